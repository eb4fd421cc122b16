#!/usr/bin/env python
"""Round 72, case C: the force keeps one worksheet per HMICFRS item (an improvement-plan form).

Builds /tmp/indep72/sheet_per_item_plan_forms/ :
  hmicfrs.csv  - a plain register export from HMICFRS (UTF-8 with BOM, CRLF)
  tracker.xlsx - Lincolnshire Police "HMICFRS Improvement Plan" workbook: an Index sheet and one
                 form-style worksheet per recommendation / AFI, in three template generations
                 (pre-2019 "HMIC RECOMMENDATION - ACTION PLAN" with a BRAG letter, 2019 v2 form,
                 2024 v3 delivery plan), closed items' tabs hidden, templates and lists hidden.
  truth.csv, README.md

Deterministic: fixed seed, fixed document properties; XlsxWriter writes fixed zip timestamps.
Run:  /work/main/.venv/bin/python /tmp/indep72/build_sheet_per_item_plan_forms.py
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
from collections import OrderedDict

import xlsxwriter

CASE = "sheet_per_item_plan_forms"
OUT = os.path.join("/tmp/indep72", CASE)
FORCE = "Lincolnshire Police"
RNG = random.Random(7203)
D = dt.date

# --------------------------------------------------------------------------------------------
# HMICFRS side: the register export. Texts are real HMICFRS wording (OGL), copied as literals.
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "every": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "aus": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of "
             "police time", D(2014, 9, 4)),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
              "the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "fa": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
           "licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 7)),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "eff17": ("PEEL: Police efficiency 2017", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 19)),
    "p19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "pw21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
             "force", D(2021, 2, 26)),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 24)),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 16)),
}

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
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
DA_COC_JAC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
    "allows an officer discretion to complete a DASH risk assessment in some crimes and incidents "
    "does not provide confidence that risk is always assessed appropriately. This is an enduring "
    "cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs "
    "to be implemented. In cases where a DASH risk assessment is not completed the officer should "
    "record an assessment on the crime management system. HMIC found that officers are not "
    "consistently completing a DASH in circumstances where force policy requires that they should "
    "do so. This means that some victims of domestic abuse who may be at risk of harm are not "
    "being appropriately risk-assessed.")

# key, register id, report key, type, text, status, status date
REG = [
    ("sas13_1", 1187, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO, D(2015, 2, 12)),
    ("sas13_2", 1188, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.", CO, D(2015, 2, 12)),
    ("sas13_3", 1189, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example, young people.", SU, D(2015, 3, 24)),
    ("every", 2321, "every", NAT, EVERYONE_PLAN, CO, D(2015, 11, 18)),
    ("aus_1", 3056, "aus", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this report, "
     "and in HMIC's Value for Money profiles, when conducting their reviews", NFA, D(2017, 10, 9)),
    ("aus_2", 3057, "aus", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 9)),
    ("aus_3", 3058, "aus", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 9)),
    ("aus_4", 3059, "aus", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.", NFA, D(2017, 10, 9)),
    ("core_1", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", CO, D(2016, 4, 27)),
    ("core_2", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, D(2016, 5, 11)),
    ("integ", 902, "integ", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", AR, D(2015, 1, 30)),
    ("sas15", 5140, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example young people.", SU, D(2017, 12, 12)),
    ("fa_1", 5561, "fa", NAT,
     "Within three months, all chief constables should assess how well the governance of firearms "
     "licensing in his or her force meets the standards set out in Authorised Professional "
     "Practice. Chief constables of forces where the governance standards are not being complied "
     "with should put in place immediately the correct arrangements and procedures in order to "
     "meet the standards in full.", CO, D(2016, 3, 3)),
    ("fa_2", 5562, "fa", NAT,
     "Within three months, all chief constables should assess the demand placed on their firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an "
     "efficient and effective service at all times.", BP, D(2016, 3, 3)),
    ("fa_3", 5563, "fa", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", CO,
     D(2015, 12, 14)),
    ("fa_4", 5564, "fa", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", BP, D(2016, 6, 21)),
    ("fa_5", 5565, "fa", NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching officers "
     "to incidents; and that officers understand the risk assessment which they should be "
     "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
     "firearm certificates.", BP, D(2016, 6, 21)),
    ("eff16_coc", 6412, "eff16", COC, DA_COC_JAC, CO, D(2019, 3, 13)),
    ("eff16_rec", 6413, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that:\n• there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     CO, D(2019, 3, 13)),
    ("eff16_afi", 6420, "eff16", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.", SU, D(2019, 5, 2)),
    ("cdi_r1", 7710, "cdi17", REC, CDI_VICTIMS, BP, D(2018, 3, 19)),
    ("cdi_r2", 7711, "cdi17", REC,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", CO,
     D(2018, 7, 4)),
    ("cdi_afi1", 7712, "cdi17", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", BP, D(2018, 7, 4)),
    ("cdi_afi2", 7713, "cdi17", AFI,
     "The force should make sure it records reports of hate crime accurately and without delay.",
     AR, D(2017, 9, 7)),
    ("sf_1", 7902, "sf", NAT, SF_LEADERSHIP, BP, D(2018, 11, 6)),
    ("sf_2", 7903, "sf", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", BP, D(2018, 11, 6)),
    ("sf_3", 7904, "sf", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.", CO,
     D(2019, 1, 22)),
    ("sf_4", 7905, "sf", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, D(2018, 11, 6)),
    ("sf_5", 7906, "sf", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar to "
     "provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", BP, D(2018, 11, 6)),
    ("sf_6", 7907, "sf", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", CO, D(2020, 2, 17)),
    ("sf_7", 7908, "sf", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern Slavery "
     "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
     "clear threat to others in respect of modern slavery and human trafficking offences are "
     "exploited.", AR, D(2017, 10, 24)),
    ("efc17", 8120, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development of "
     "these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, D(2019, 9, 30)),
    ("eff17_afi", 8133, "eff17", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", BP, D(2019, 9, 30)),
    ("leg_coc", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
     "powers is consistently reasonable and fair. In particular, there is over-representation of "
     "BAME people, and black people in particular, in stop and search data which many forces are "
     "unable to explain.", BP, D(2019, 2, 8)),
    ("leg_1", 8542, "leg17", NAT, SAS_MONITORING_2017, BP, D(2019, 2, 8)),
    ("leg_2", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the public "
     "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
     "for the disparity, and •taken action to reduce the disparity, where necessary;", BP,
     D(2019, 2, 8)),
    ("leg_3", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", CO, D(2020, 7, 14)),
    ("leg_4", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on unconscious "
     "bias and College of Policing APP on stop and search.", BP, D(2019, 2, 8)),
    ("ncpi_1", 9310, "ncpi18", REC,
     "Within six months Lincolnshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• ensure "
     "that all children are only detained when absolutely necessary and for the absolute minimum "
     "amount of time;• ensure that officers and staff in the custody suite assess at an early "
     "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
     "children’s social care services to achieve the most appropriate option for the child;• "
     "ensure that custody staff comply with their statutory duties to complete detention "
     "certificates if a child is detained for any reason in police custody following charge;• "
     "ensure that custody staff make a record of all actions taken and decisions made on the "
     "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
     "for children who are arrested.", BP, D(2019, 1, 10)),
    ("ncpi_2", 9311, "ncpi18", REC,
     "Within six months the force should review its approach to reports of missing children and "
     "take steps to ensure that:\n• call takers understand and use the missing and absent category "
     "appropriately;\n• call takers and frontline staff have the necessary knowledge to identify "
     "risk factors associated with child sexual exploitation and how to respond to such cases; "
     "and\n• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action.", BP, D(2019, 1, 10)),
    ("p19_coc", 10102, "p19", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", CO, D(2022, 5, 24)),
    ("p19_r1", 10103, "p19", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly enough "
     "to ensure investigations are not delayed;", BP, D(2022, 5, 24)),
    ("p19_r2", 10104, "p19", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;", CO,
     D(2022, 5, 24)),
    ("p19_r3", 10105, "p19", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", BP, D(2022, 5, 24)),
    ("p19_afi1", 10118, "p19", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public", BP,
     D(2022, 5, 24)),
    ("p19_afi2", 10119, "p19", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them.", BP, D(2022, 5, 24)),
    ("pw_comms", 11873, "pw21", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
     "in addition to existing training on conflict management and de-escalation.", AR,
     D(2021, 2, 26)),
    ("pw_cpd", 11874, "pw21", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, D(2022, 1, 18)),
    ("pw_bwv", 11876, "pw21", NAT, BWV_2021, BP, D(2022, 1, 18)),
    ("pw_uof", 11878, "pw21", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.", BP, D(2022, 1, 18)),
    ("p21_coc", 12951, "p21", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.", BP,
     D(2023, 11, 2)),
    ("p21_rec", 12952, "p21", REC,
     "Within six months the force should ensure all staff have received at least the lowest level "
     "of vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", BP, D(2023, 11, 2)),
    ("p21_afi1", 12960, "p21", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", BP, D(2023, 11, 2)),
    ("p21_afi2", 12961, "p21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", CO, D(2023, 6, 2)),
    ("p21_afi3", 12964, "p21", AFI,
     "Lincolnshire Police should improve its understanding of the nature and scale of county lines "
     "drug dealing in its area.", BP, D(2023, 11, 2)),
    ("p21_afi4", 12965, "p21", AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.", BP, D(2023, 11, 2)),
    ("p21_afi5", 12966, "p21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", AR, D(2022, 5, 24)),
    ("p23_afi1", 14230, "p23", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", AR, D(2024, 5, 16)),
    ("p23_afi2", 14231, "p23", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime.", AR, D(2024, 5, 16)),
    ("p23_afi3", 14232, "p23", AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "online child sexual abuse.", AR, D(2024, 5, 16)),
    ("p23_afi4", 14233, "p23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious and "
     "organised crime.", AR, D(2024, 5, 16)),
]
HMICFRS_CLOSED = {CO, SU, NFA}

# --------------------------------------------------------------------------------------------
# Force side: one worksheet per item. Each tab: (name, template, fields, item rows, ...).
# Item rows: (label, force's own text, [(hmicfrs key or None, category, why)]).
# --------------------------------------------------------------------------------------------
OLD_KEY = ("RAG key:  B = complete & signed off   |   G = on track   |   A = some slippage   |   "
           "R = off track / no progress")


def T(name, tpl, report, rows, status, lead, *, recno=None, published=None, typ=None, ref=None,
      tactical=None, board=None, submitted=None, signoff=None, hidden=False, topic="",
      notes=(), due=None, actions_status=None):
    return dict(name=name, tpl=tpl, report=report, rows=rows, status=status, lead=lead,
                recno=recno, published=published, typ=typ, ref=ref, tactical=tactical,
                board=board, submitted=submitted, signoff=signoff, hidden=hidden, topic=topic,
                notes=list(notes), due=due, actions_status=actions_status)


S_ON, S_RISK, S_OFF, S_NS = "On track", "At risk", "Off track", "Not started"
S_CAS, S_CL, S_NFF = "Complete – awaiting sign-off", "Closed", "Not for force"
V_DONE = {S_CAS, S_CL, S_NFF}

TABS = [
    # ---------------- pre-2019 template: "HMIC RECOMMENDATION – ACTION PLAN", BRAG letter -------
    T("S&S13 R1", "old", "Stop & Search powers (HMIC 2013)", [
        ("Recommendation:",
         "Chief Constables & the College of Policing should establish in the S&S APP document a "
         "clear specification of what constitutes the effective and fair exercise of stop and "
         "search powers, and guidance in this respect. This should be compliant with the Code of "
         "Practice.",
         [("sas13_1", "in_sync", "Same 2013 stop and search item (APP specification); register "
           "Complete, tab graded B = complete & signed off per the tab's RAG key; tab hidden as "
           "closed. Closed on both sides.")]),
    ], "B", "ACC Local Policing", recno="Rec 1", signoff="ACC Ops – 14/01/2015", hidden=True,
      topic="stop and search"),
    T("S&S13 R2", "old", "Stop & Search powers (HMIC 2013)", [
        ("Recommendation:",
         "CCs should establish or improve monitoring of the way officers stop & search people, so "
         "that they can be satisfied their officers are acting in accordance with the law (incl. "
         "equality legislation & the Code of Practice), and that the power is used effectively "
         "to prevent crime, catch criminals & maintain public trust.",
         [("sas13_2", "closeable_local", "Same 2013 monitoring item. Register Complete; tab graded "
           "G, which the tab's own key defines as 'on track' (not complete - B is complete), and "
           "the update describes ongoing work. HMICFRS closed, force open: close locally.")]),
    ], "G", "ACC Local Policing", recno="Rec 2", topic="stop and search"),
    T("S&S13 R3", "old", "Stop & Search powers (HMIC 2013)", [
        ("Recommendation:",
         "Chief Constables should, in consultation with elected local policing bodies, ensure that "
         "they comply with the code of practice by explaining to the public the way stop and "
         "search powers are used in their areas and by making arrangements for stop and search "
         "records to be scrutinised by community representatives. This should be done in a way "
         "that involves those people who are stopped and searched, for example, young people.",
         [("sas13_3", "in_sync", "Near-twin of the 2015 item 5140; the 2013 report, 'elected local "
           "policing bodies' and 'code of practice' in lower case tie it to 1189. Register "
           "Superseded, tab B (complete & signed off, hidden): closed on both sides.")]),
    ], "B", "ACC Local Policing", recno="Rec 3", signoff="ACC Ops – 14/01/2015", hidden=True,
      topic="stop and search"),
    T("DA Everyone's Bus", "old", "Domestic abuse - Everyone's business", [
        ("Recommendation:",
         "By September 2014, every police force in England and Wales should establish and publish "
         "an action plan that specifies in detail what steps it will take to improve its approach "
         "to domestic abuse.\nThis action plan should be developed:\n- in consultation with PCCs, "
         "DA support organisations and victims' representatives;\n- after close consideration of "
         "all the recommendations in this report;\n- with reference to all relevant DHRs and IPCC "
         "findings, whether in connection with the force in question or another force; and\n- "
         "drawing on relevant knowledge acquired or available from other sources such as CPS "
         "scrutiny panels and MARAC self-assessments.",
         [("every", "in_sync", "Same DA action plan item with all four bullets (dashes for bullets, "
           "the stray footnote '20' dropped). Register Complete, tab B (hidden): closed on both.")]),
    ], "B", "Ch Supt Public Protection", recno="Rec 1", signoff="DCC – 02/12/2015", hidden=True,
      topic="domestic abuse"),
    T("Austerity 2014", "old", "Policing in Austerity 2014", [
        ("Recommendation:",
         "All force recommendations (x4) – addressed together:\n"
         "1. All Chief Constables and PCCs should review their plans to deliver savings to ensure "
         "they are doing all they can to continue to reduce crime and protect the front line while "
         "balancing their budgets. They should use the data and information contained in this "
         "report, and in HMIC's Value for Money profiles, when conducting their reviews\n"
         "2. Chief Constables and PCCs in forces planning to deliver less than 10% of their "
         "savings through collaboration should assess whether there is scope to improve on this "
         "position. HMIC will follow up the assessments in the autumn.\n"
         "3. Chief Constables and PCCs in forces that are planning to reduce the proportion of "
         "their workforce and/or police officers on the front line should assess whether they "
         "have taken the decisive action seen in many forces in order to maintain their crime "
         "fighting capacity.\n"
         "4. In preparation for the next spending round period all Chief Constables and PCCs "
         "should review their plans for collaboration. In particular they should consider whether "
         "there is scope to deliver better value for money and improved capability and capacity "
         "through joint working with other forces, the public and/or the private sector.",
         [("aus_1", "closeable_local", "Paragraph 1 of the one cell holding all four austerity "
           "items. Register 'No further action required'; tab G = on track (per its key), update "
           "'addressed holistically'. HMICFRS closed, force open."),
          ("aus_2", "closeable_local", "Paragraph 2 of the same cell (less than 10% of savings "
           "through collaboration). Register NFA, tab G = on track: close locally."),
          ("aus_3", "closeable_local", "Paragraph 3 of the same cell (decisive action on front-line "
           "workforce; the force left off the 'HMIC will follow up' sentence). Register NFA, tab "
           "G: close locally."),
          ("aus_4", "closeable_local", "Paragraph 4 of the same cell (collaboration plans for the "
           "next spending round). Register NFA, tab G: close locally.")]),
    ], "G", "Director of Finance", recno="Recs 1-4", topic="collaboration"),
    T("Core Bus R1", "old", "Core Business 2014", [
        ("Recommendation:",
         "Not later than 31 March 2015 those forces using a threat, harm & risk policy, that have "
         "not yet done so, should provide call-handlers with specific, sound and comprehensible "
         "criteria against which they can assess threat, harm and risk.",
         [("core_1", "in_sync", "Same THRIVE/threat-harm-risk criteria item, same deadline. "
           "Register Complete, tab B (hidden): closed on both.")]),
    ], "B", "Supt Contact Centre", recno="Rec 1", signoff="ACC Local Policing – 30/03/2016",
      hidden=True, topic="threat, harm and risk"),
    T("Core Bus R2", "old", "Core Business 2014", [
        ("Recommendation:",
         "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
         "carried out is systematically recorded and subsequently evaluated to determine the "
         "effectiveness of tactics being employed.",
         [("core_2", "closeable_submit", "Same crime prevention recording item. Register Being "
           "progressed; tab B = complete & signed off (sign-off dated, tab hidden as closed). "
           "HMICFRS open, force done: submit for closure.")]),
    ], "B", "Head of Corporate Development", recno="Rec 2",
      signoff="ACC Local Policing – 30/03/2016", hidden=True, topic="crime prevention"),
    T("Integrity 2015", "old", "Integrity Matters 2015", [
        ("Recommendation:",
         "By 31 August 2015, all CCs should satisfy themselves that they have processes in place "
         "to ensure that investigations into misconduct by officers & staff resulting in \"no "
         "further action\" are fair and free of any form of discrimination.",
         [("integ", "in_sync", "Same misconduct 'no further action' item (straight quotes for "
           "curly). Register Awaiting review (open), tab A = some slippage (open): open on "
           "both.")]),
    ], "A", "Head of Professional Standards", recno="Rec 1", topic="misconduct outcomes"),
    T("Bldg the Picture", "old", "Information management (Building the Picture)", [
        ("Recommendation:",
         "By 30 November 2015, CCs should put in place arrangements to scrutinise audits of "
         "compliance with the APP on information management through the force information "
         "management goverance structure. This should include measures to ensure that "
         "categorisation of records are regularly adjusted.",
         [(None, "not_on_hmicfrs_list", "Building the Picture (2015) information management "
           "recommendation. No item from that report is on the HMICFRS list; tab A (open). "
           "Query with HMICFRS (probably closed and dropped from the register).")]),
    ], "A", "Head of Information Management", recno="Rec 1", topic="information management"),
    T("Firearms R1", "old", "Firearms licensing 2015", [
        ("Recommendation:",
         "Within three months, all chief constables should assess how well the governance of "
         "firearms licensing in his or her force meets the standards set out in APP. Chief "
         "constables of forces where the governance standards are not being complied with should "
         "put in place immediately the correct arrangements and procedures in order to meet the "
         "standards in full.",
         [("fa_1", "in_sync", "Same firearms governance item. Register Complete, tab B (hidden): "
           "closed on both.")]),
    ], "B", "Supt Firearms Licensing", recno="Rec 1", signoff="ACC Ops – 11/02/2016", hidden=True,
      topic="firearms licensing"),
    T("Firearms R2", "old", "Firearms licensing 2015", [
        ("Recommendation:",
         "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
         "dept and ensure it has the capacity to meet this demand and provide an efficient & "
         "effective service at all times.",
         [("fa_2", "in_sync", "Same firearms licensing demand item (abbreviated). Register Being "
           "progressed; tab G = on track per the tab's key, i.e. still open: open on both.")]),
    ], "G", "Supt Firearms Licensing", recno="Rec 2", topic="firearms licensing"),
    T("Firearms R3", "old", "Firearms licensing 2015", [
        ("Recommendation:",
         "Immediately, all CCs should satisfy themselves that all appropriate action is being "
         "taken by their force with regard to 'total expired' licensing records.",
         [("fa_3", "in_sync", "Same 'total expired' records item. Register Complete, tab B "
           "(hidden): closed on both.")]),
    ], "B", "Supt Firearms Licensing", recno="Rec 3", signoff="ACC Ops – 11/02/2016", hidden=True,
      topic="firearms licensing"),
    T("Firearms R4", "old", "Firearms licensing 2015", [
        ("Recommendation:",
         "Within three months, all chief constables should ensure that their arrangements in "
         "respect of the use of temporary permits are in accordance with the HO guidance; that "
         "temporary permits are properly recorded without delay on NFLMS; and that effective "
         "systems exist to ensure certificate holders are not permitted, at any time, to remain in "
         "unlawful possession of a firearm.",
         [("fa_4", "closeable_submit", "Same temporary permits item (NFLMS abbreviated). Register "
           "Being progressed; tab B = complete & signed off (hidden). HMICFRS open, force done: "
           "submit for closure.")]),
    ], "B", "Supt Firearms Licensing", recno="Rec 4", signoff="ACC Ops – 19/09/2016", hidden=True,
      topic="firearms licensing"),
    T("Firearms R5", "old", "Firearms licensing 2015", [
        ("Recommendation:",
         "Within six months, all chief constables should ensure that systems designed to "
         "identify, prior to police attendance, whether a reported incident involves or is at the "
         "address of a firearm certificate holder are in place and are always applied by staff "
         "dispatching officers to incidents; and that officers understand the risk assessment "
         "which they should be undertaking in such circumstances, and their power, when "
         "appropriate, to seize firearms and firearm certificates.",
         [("fa_5", "conflict", "Clearly the same item (firearm certificate holder flag on "
           "dispatch) but the tab says 'Within six months' where HMICFRS says 'Within three "
           "months': the timescale disagrees. Both open (register Being progressed, tab A).")]),
    ], "A", "Supt Contact Centre", recno="Rec 5", topic="firearms licensing"),
    T("S&S 2 (2015)", "old", "Stop and Search 2 (2015)", [
        ("Recommendation:",
         "CCs should, in consultation with PCCs, ensure that they comply with the Code of Practice "
         "by explaining to the public the way S&S powers are used in their areas & by making "
         "arrangements for S&S records to be scrutinised by community reps. This should be done "
         "in a way that involves those people who are stopped & searched, e.g. young people.",
         [("sas15", "closeable_local", "The 2015 twin of the 2013 item: report 'Stop and Search 2 "
           "(2015)' and 'in consultation with PCCs' tie it to 5140, not 1189. Register "
           "Superseded; tab A (open): close locally.")]),
    ], "A", "ACC Local Policing", recno="Rec 1", topic="stop and search"),
    T("PEEL Eff 16 CoC", "old", "PEEL Effectiveness 2016", [
        ("Cause of concern:",
         "The force's response to DA is a cause of concern to HMIC. The force policy which allows "
         "an officer discretion to complete a DASH risk assessment in some crimes & incidents does "
         "not provide confidence that risk is always assessed appropriately. In cases where a "
         "DASH is not completed the officer should record an assessment on the crime management "
         "system. Officers are not consistently completing a DASH where force policy requires "
         "them to.",
         [("eff16_coc", "in_sync", "The 2016 DA/DASH cause of concern, shortened by the force. "
           "Register Complete, tab B (hidden): closed on both.")]),
        ("Recommendation:",
         "To address this CoC, HMIC recommends the force should immediately take steps to ensure "
         "that there is effective supervison of the initial risk assessment process, specifically "
         "in relation to the completion of DASH risk assessment in appropriate cases.",
         [("eff16_rec", "in_sync", "Its recommendation (DASH supervision; 'supervison' "
           "misspelt). Register Complete, tab B (hidden): closed on both.")]),
    ], "B", "Ch Supt Public Protection", recno="CoC 1 / Rec 1", signoff="DCC – 21/02/2019",
      hidden=True, topic="domestic abuse"),
    T("PEEL Eff 16 AFI1", "old", "PEEL Effectiveness 2016", [
        ("Recommendation:",
         "AFI - make sure DA victims are kept informed re progress of their case in line with "
         "the Victims Code",
         [("eff16_afi", "closeable_local", "Force's short form of the 2016 DA victim-updates AFI "
           "(not the 2023/24 fraud one: report and 'DA' decide). Register Superseded; tab A "
           "(open): close locally.")]),
    ], "A", "Ch Supt Public Protection", recno="AFI 1", topic="victim updates"),
    T("CDI17 R1 (a-c)", "old", "CDI inspection 2017", [
        ("Recommendation:",
         "Within six months the force should put in place arrangements to ensure that:\n• at the "
         "point of report, victims are believed;\n• conversations between the call handlers and "
         "callers are summarised accurately in the incident log, thus providing attending "
         "officers with full facts on which to base crime-recording decisions;\n• multiple crimes "
         "are always recorded when described within incident records or identified as part of "
         "other recorded crime investigations;",
         [("cdi_r1", "in_sync", "First three bullets of the CDI victims recommendation; the note "
           "on the tab says bullets 4-5 are on 'CDI17 R1 (d-e)'. This part is B, the other part A, "
           "so the item is not done. Register Being progressed: open on both.")]),
    ], "B", "Force Crime Registrar", recno="Rec 1 (bullets 1-3)", signoff="DCC – 05/11/2018",
      hidden=True, topic="crime recording",
      notes=[("Note:", "Bullets 4 and 5 of this recommendation are on tab 'CDI17 R1 (d-e)' "
              "(different owner).")]),
    T("CDI17 R1 (d-e)", "old", "CDI inspection 2017", [
        ("Recommendation:",
         "CDI Rec 1 (cont.)\n• the practice of awaiting the results of medical examinations or "
         "video interviews before making crime-recording decisions is stopped; and\n• online "
         "reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
         "victim or the wider public are identified and appropriately managed.",
         [("cdi_r1", "in_sync", "Bullets 4-5 of the same CDI victims recommendation. This part "
           "is A (slippage), so the whole item is open; register Being progressed: open on "
           "both.")]),
    ], "A", "Force Crime Registrar", recno="Rec 1 (bullets 4-5)", topic="crime recording"),
    T("CDI17 R2", "old", "CDI inspection 2017", [
        ("Recommendation:",
         "Within 3 months, the force should improve its use of its crime-recording & management "
         "system (Niche) to better manage its case files and investigative processes.",
         [("cdi_r2", "in_sync", "Same crime-recording system item. The RAG cell is blank but the "
           "sign-off line reads 'closed' with the DCC's date and the tab is hidden with the "
           "closed tabs: force done. Register Complete: closed on both.")]),
    ], "", "Force Crime Registrar", recno="Rec 2",
      signoff="DCC – 12/06/2018 – closed, evidence on file", hidden=True, topic="crime recording"),
    T("CDI17 AFI1", "old", "CDI inspection 2017", [
        ("Recommendation:",
         "AFI: make sure we record reports of RASSO accurately & without delay",
         [("cdi_afi1", "closeable_submit", "RASSO = rape and serious sexual offences: the "
           "recording AFI 7712 (not the hate crime twin 7713). Register Being progressed; tab B "
           "(hidden): submit for closure.")]),
    ], "B", "Force Crime Registrar", recno="AFI 1", signoff="DCC – 05/11/2018", hidden=True,
      topic="RASSO recording"),
    T("MSHT R1 Leadership", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Within 12 months, forces should review their leadership & governance arrangements for "
         "MSHT, to ensure that:\n• senior leaders prioritise the response to MSHT;\n• every "
         "incident of modern slavery identified to police is allocated appropriate resources with "
         "the skills, experience and capacity to investigate it effectively; and\n• forces develop "
         "effective partnership arrangements to co-ordinate activity in order to share "
         "information and safeguard victims.",
         [("sf_1", "conflict", "Same MSHT leadership item, but the tab has only three of the four "
           "bullets: 'performance and quality assurance measures ...' is missing. Both open "
           "(register Being progressed, tab A).")]),
    ], "A", "Det Ch Supt Force CID", recno="R1", topic="modern slavery"),
    T("MSHT R2 Intel", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Within 6 months, forces should have in place active ISAs with other agencies to "
         "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
         "to identify suspects as early as possible",
         [("sf_2", "closeable_submit", "Same information-sharing agreements item (ISAs, footnote "
           "'86' dropped). Register Being progressed; tab B (hidden): submit for closure.")]),
    ], "B", "Head of Intelligence", recno="R2", signoff="ACC Crime – 17/07/2018", hidden=True,
      topic="modern slavery"),
    T("MSHT R3 s45", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Immediately, forces should ensure that all victims carrying out criminal acts under "
         "compulsion attributable to slavery or exploitation are afforded the protection of early "
         "and continuing consideration of the applicability of the s45 defence.",
         [("sf_3", "in_sync", "Same section 45 defence item. Register Complete, tab B (hidden): "
           "closed on both.")]),
    ], "B", "Head of Criminal Justice", recno="R3", signoff="ACC Crime – 17/07/2018", hidden=True,
      topic="modern slavery"),
    T("MSHT R4 NRM", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
         "process as it evolves and are implementing the requirement placed upon them under the "
         "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
         "victim of MSHT.",
         [("sf_4", "in_sync", "Same NRM / duty to notify item. Register Being progressed, tab A: "
           "open on both.")]),
    ], "A", "Det Ch Supt Force CID", recno="R4", topic="modern slavery"),
    T("MSHT R5 NCRS", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Immediately, forces should take steps to ensure they fully comply with NCRS "
         "requirements for offences identified as MSHT and that sufficient audit capacity is "
         "available to the force crime registrar to provide reassurance that each force is "
         "identifying and managing any gaps in its crime-recording accuracy for these types of "
         "offences.",
         [("sf_5", "in_sync", "Same NCRS/audit capacity item. Tab G = on track under the tab's "
           "own key (B is complete), so open; register Being progressed: open on both.")]),
    ], "G", "Force Crime Registrar", recno="R5", topic="modern slavery"),
    T("MSHT R6 Investign", "old", "Stolen Freedom (MSHT) 2017", [
        ("Recommendation:",
         "Immediately, forces should ensure that allegations or indications of MSHT are "
         "thoroughly investigated and effectively supervised by teams and individuals with the "
         "skills and experience to undertake them (this should include the use where appropriate "
         "of JITs and other means to obtain intelligence and evidence from agencies overseas).",
         [("sf_6", "closeable_local", "Same MSHT investigation item. Register Complete; tab A "
           "(open): close locally.")]),
    ], "A", "Det Ch Supt Force CID", recno="R6", topic="modern slavery"),
    T("Eff17 Control Room", "old", "PEEL Efficiency 2017", [
        ("Recommendation:",
         "AFI – The force should ensure that it has sufficient resources available in the control "
         "room to fulfil its resourcing model, and so to meet its demand, while also taking into "
         "account the wellbeing of its workforce.",
         [("eff17_afi", "in_sync", "Same control room AFI (force-level PEEL efficiency 2017). "
           "Register Being progressed, tab A: open on both.")]),
    ], "A", "Supt Contact Centre", recno="AFI 1", topic="control room resourcing"),
    T("Eff17 Digital (Nat)", "old", "PEEL Efficiency 2017 - national", [
        ("Recommendation:",
         "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
         "services within their force.",
         [("efc17", "in_sync", "The national digital services recommendation; the force copied "
           "only the sentence addressed to chief constables (the dropped sentence asks the Home "
           "Office/NPCC/APCC for a framework), so not a conflict. Register Being progressed, tab "
           "G = on track: open on both.")]),
    ], "G", "Head of Corporate Development", recno="Nat Rec", topic="digital services"),
    T("Legit17 S&S", "old", "PEEL Legit 17 S&S", [
        ("Cause of concern:",
         "HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers "
         "is consistently reasonable and fair. In particular, there is over-representation of "
         "BAME people, and black people in particular, in S&S data which many forces are unable "
         "to explain.",
         [("leg_coc", "in_sync", "The 2017 stop and search cause of concern (8541). Register "
           "Being progressed, tab A (one RAG for the whole tab): open on both.")]),
        ("Recommendation 1:",
         "By July 2018, all police forces across England and Wales should be regularly and "
         "frequently monitoring a comprehensive set of data and information on use of S&S powers "
         "to understand:\n• the reasons for any disproportionate representation of different "
         "ethnic groups in the use of S&S;\n• the extent to which find rates differ between people "
         "from different ethnicities, and across different types of searches (including separate "
         "identification of find rates for drug possession and supply-type offences); and\n• the "
         "prevalence of possession-only drug searches, and the extent to which these align with "
         "local or force level priorities.",
         [("leg_1", "in_sync", "Monitoring recommendation, all three bullets (one per line here). "
           "Register Being progressed, tab A: open on both.")]),
        ("Recommendation 2:",
         "Where forces identify disparities through monitoring, they should demonstrate to the "
         "public that they have: • carried out research and analysis in an attempt to understand "
         "the reasons for the disparity, and • taken action to reduce the disparity, where "
         "necessary; We expect forces to publish this analysis and any actions taken at least on "
         "an annual basis, from July 2018.",
         [("leg_2", "in_sync", "First of the two register items run together in this one cell "
           "(disparities: research and action). Register Being progressed, tab A: open on both."),
          ("leg_3", "closeable_local", "Second item in the same cell ('We expect forces to publish "
           "this analysis ... annually from July 2018'). Register Complete; tab A: close "
           "locally.")]),
        ("Recommendation 3:",
         "By July 2018, and ongoing following that date, forces should ensure that all officers "
         "who use S&S powers have been provided with, and understand, training on unconscious bias "
         "and CoP APP on S&S.",
         [("leg_4", "in_sync", "Unconscious bias / APP training item. Register Being progressed, "
           "tab A: open on both.")]),
    ], "A", "ACC Local Policing", recno="CoC + Recs 1-3", topic="stop and search"),
    T("NCPI18 R1 Children", "old", "NCPI 2018", [
        ("Recommendation:",
         "Within six months Lincolnshire Police should, in conjunction with children's social care "
         "services, review how it manages the detention of children. As a minimum it should:\n"
         "• ensure that all children are only detained when absolutely necessary and for the "
         "absolute minimum amount of time;\n• ensure that officers and staff in the custody suite "
         "assess at an early stage a child's need for alternative accommodation (secure or "
         "otherwise) and work with children's social care services to achieve the most "
         "appropriate option for the child;\n• ensure that custody staff comply with their "
         "statutory duties to complete detention certificates if a child is detained for any "
         "reason in police custody following charge;\n• ensure that custody staff make a record of "
         "all actions taken and decisions made on the relevant documentation; and\n• improve the "
         "timeliness of adequate appropriate adult support for children who are arrested.",
         [("ncpi_1", "in_sync", "Same detention of children recommendation, all five bullets. "
           "Register Being progressed, tab A: open on both.")]),
    ], "A", "Ch Insp Custody", recno="Rec 1", topic="children in custody"),
    T("NCPI18 R2 Missing", "old", "NCPI 2018", [
        ("Recommendation:",
         "Within six months the force should review its approach to reports of missing children "
         "and take steps to ensure that: call takers understand & use the missing and absent "
         "category appropriately; call takers and frontline staff have the necessary knowledge to "
         "identify risk factors associated with CSE and how to respond to such cases; and "
         "supervisors provide the correct oversight of missing person enquiries and direct "
         "appropriate and timely investigative and safeguarding action.",
         [("ncpi_2", "closeable_submit", "Same missing children recommendation (bullets run "
           "into one paragraph). Register Being progressed; tab B (hidden): submit for "
           "closure.")]),
    ], "B", "Ch Supt Public Protection", recno="Rec 2", signoff="DCC – 28/03/2019", hidden=True,
      topic="missing children"),
    # ---------------- 2019 template v2: "Overall status" in words --------------------------------
    T("PEEL19 CoC", "v2", "PEEL 2018/19", [
        ("Cause of Concern",
         "The force does not have the capacity or capability to investigate crime effectively and "
         "this is affecting the service being provided to the public. There are failings in the "
         "way that crimes are being investigated.",
         [("p19_coc", "in_sync", "Same 2018/19 investigation capacity cause of concern. Register "
           "Complete, tab Closed (hidden): closed on both.")]),
    ], S_CL, "ACC Crime", published=D(2019, 5, 2), typ="Cause of Concern", ref="10102",
      tactical="Det Ch Supt Force CID", board="Crime & Justice Board",
      submitted="Submitted 21/01/2022", signoff="ACC Crime – 14/06/2022", hidden=True,
      topic="investigation standards"),
    T("PEEL19 R1 Digital", "v2", "PEEL 2018/19", [
        ("Recommendation / AFI",
         "Within 6 months the force should improve its ability to retrieve digital evidence from "
         "mobile phones, computers and other electronic devices quickly enough to ensure "
         "investigations are not delayed.",
         [("p19_r1", "in_sync", "Same digital evidence recommendation; ref 10103 agrees. Register "
           "Being progressed, tab On track: open on both.")]),
    ], S_ON, "ACC Crime", published="May 2019", typ="Recommendation", ref="10103",
      tactical="Head of Digital Forensics", board="Crime & Justice Board", topic="digital forensics"),
    T("PEEL19 R2 RUI", "v2", "PEEL 2018/19", [
        ("Recommendation / AFI",
         "Within 6 months the force should improve its understanding of suspects RUI and the "
         "management of those released on bail.",
         [("p19_r2", "closeable_local", "Same RUI/bail recommendation (RUI = released under "
           "investigation); ref 10104 agrees. Register Complete; tab At risk (open): close "
           "locally.")]),
    ], S_RISK, "ACC Crime", published="May 2019", typ="Recommendation", ref="10104",
      tactical="Head of Criminal Justice", board="Crime & Justice Board",
      topic="released under investigation"),
    T("PEEL19 R3 Supervision", "v2", "PEEL 2018/19", [
        ("Recommendation / AFI",
         "Within six months the force should ensure regular and active supervision of the quality "
         "and progress of investigations. This supervision should be properly recorded.",
         [("p19_r3", "conflict", "Same supervision of investigations item (ref 10105 agrees) but "
           "the tab's Type says 'Area for Improvement' where the register says Recommendation "
           "(it sits under the cause of concern). Type disagrees; both open (Being progressed / "
           "On track).")]),
    ], S_ON, "ACC Crime", published="May 2019", typ="Area for Improvement", ref="10105",
      tactical="Det Ch Supt Force CID", board="Crime & Justice Board",
      topic="investigation supervision"),
    T("PEEL19 AFI1 Demand", "v2", "PEEL 2018/19", [
        ("Recommendation / AFI",
         "The force should undertake further work to gain a fuller understanding of current "
         "demand for its services, and likely future changes in demand. This is so it can make "
         "best use of its resources by matching them to demand to meet the needs of the public",
         [("p19_afi1", "closeable_submit", "Same demand AFI; ref 10118 agrees. Register Being "
           "progressed; tab 'Complete – awaiting sign-off' (force done): submit for "
           "closure.")]),
    ], S_CAS, "DCC", published="May 2019", typ="Area for Improvement", ref="10118",
      tactical="Head of Corporate Development", board="Force Executive Board",
      topic="demand"),
    T("PEEL19 AFI2 Workforce", "v2", "PEEL 2021/22", [
        ("Recommendation / AFI",
         "The force should develop a future workforce plan that is aligned with its overall "
         "demand and budget. The plan should include future resource allocations, the mix of "
         "skills required by the workforce and behaviours expected of them.",
         [("p19_afi2", "conflict", "Same workforce plan AFI (ref 10119, tab name PEEL19, "
           "published 02/05/2019 all agree with the register), but the tab's Report field says "
           "'PEEL 2021/22' (copied from another tab): the report disagrees. Both open.")]),
    ], S_ON, "Director of People", published=D(2019, 5, 2), typ="Area for Improvement",
      ref="10119", tactical="Head of HR", board="People Board", topic="workforce planning"),
    T("Powers21 Comms", "v2", "Police powers spotlight (Feb 21)", [
        ("Recommendation / AFI",
         "By July 2021, forces should ensure that officers & staff have effective communication "
         "skills, in line with the National Policing Guidelines on Conflict Management. This "
         "should be in addition to existing training on conflict management and de-escalation.",
         [("pw_comms", "conflict", "Ref 11873 and the wording tie it to the communication skills "
           "item, but the tab says 'By July 2021' where HMICFRS says 'By July 2022' (the force "
           "took the date of the next item). Deadline disagrees; both open.")]),
    ], S_ON, "ACC Local Policing", published="26/02/2021", typ="National Rec", ref="11873",
      tactical="Head of Learning & Development", board="Organisational Learning Board",
      topic="conflict management"),
    T("Powers21 CPD", "v2", "Police powers spotlight (Feb 21)", [
        ("Recommendation / AFI",
         "By July 2021, forces should ensure that communication skills are reinforced as part of "
         "the programme of CPD for officers & staff, and that supervisors are supported to "
         "routinely and frequently debrief officers on these skills using BWV footage.",
         [("pw_cpd", "closeable_submit", "Same CPD/BWV debrief item; ref 11874 agrees. Register "
           "Being progressed; tab 'Complete – awaiting sign-off': submit for closure.")]),
    ], S_CAS, "ACC Local Policing", published="26/02/2021", typ="National Rec", ref="11874",
      tactical="Head of Learning & Development", board="Organisational Learning Board",
      topic="conflict management"),
    T("Powers21 BWV (1)", "v2", "Police powers spotlight (Feb 21)", [
        ("Recommendation / AFI",
         "By September 2021, forces should: ensure that officers record on BWV (when this is "
         "available) the entirety of all S&S encounters, including traffic stops and use of force "
         "incidents.",
         [("pw_bwv", "in_sync", "First part of the three-part BWV recommendation (ref '11876 "
           "(part 1)'). This part is 'Complete – awaiting sign-off' but part 2 is On track, so the "
           "item is open; register Being progressed: open on both.")]),
    ], S_CAS, "ACC Local Policing", published="26/02/2021", typ="National Rec",
      ref="11876 (part 1)", tactical="Supt Operational Support", board="Organisational Learning Board",
      topic="body-worn video"),
    T("Powers21 BWV (2)", "v2", "Police powers spotlight (Feb 21)", [
        ("Recommendation / AFI",
         "(cont.) have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of BWV footage to identify and disseminate learning and hold officers "
         "to account when behaviour falls below acceptable standards.\nprovide external scrutiny "
         "panel members with access to samples of BWV footage showing S&S encounters and use of "
         "force incidents, taking account of the safeguards in the CoP APP.",
         [("pw_bwv", "in_sync", "Parts 2-3 of the same BWV recommendation (ref '11876 (part 2)'). "
           "On track, so the item is open; register Being progressed: open on both.")]),
    ], S_ON, "ACC Local Policing", published="26/02/2021", typ="National Rec",
      ref="11876 (part 2)", tactical="Head of Professional Standards",
      board="Organisational Learning Board", topic="body-worn video"),
    T("Powers21 HO-NPCC data", "v2", "Police powers spotlight (Feb 21)", [
        ("Recommendation / AFI",
         "The HO and the NPCC should take steps to ensure that the quality of the data collected "
         "on the number of incidents where force has been used to effect a stop and search is "
         "sufficient for publication. The HO should publish this data as soon as possible.",
         [(None, "not_on_hmicfrs_list", "Recommendation addressed to the Home Office and NPCC, "
           "not to forces; HMICFRS does not hold it against the force. Tab says 'Not for force'. "
           "Not on the list: confirm with HMICFRS and remove.")]),
    ], S_NFF, "ACC Local Policing", published="26/02/2021", typ="National Rec", ref=None,
      tactical="Head of Performance", board="Organisational Learning Board",
      topic="use of force data"),
    T("PEEL21 CoC+R1 Vetting", "v2", "PEEL 2021/22", [
        ("Cause of Concern",
         "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
         [("p21_coc", "in_sync", "Vetting backlog cause of concern (ref 12951 on the tab). "
           "Register Being progressed, tab At risk: open on both.")]),
        ("Recommendation / AFI",
         "Within six months the force should ensure all staff have received at least the lowest "
         "level of vetting clearance for their roles as quickly as possible, working to clear "
         "both the vetting backlog and new vetting renewals when they become due so that it "
         "complies fully with the national vetting guidelines.",
         [("p21_rec", "in_sync", "Its vetting clearance recommendation (12952). Register Being "
           "progressed, tab At risk: open on both.")]),
    ], S_RISK, "DCC", published="May 2022", typ="Cause of Concern / Recommendation",
      ref="12951 / 12952", tactical="Force Vetting Manager", board="People Board", topic="vetting"),
    T("PEEL21 AFI1 Whistleblow", "v2s", "PEEL 21-22", [
        ("Recommendation / AFI",
         "The force should make sure it provides a confidential way for staff to raise concerns "
         "and that staff are aware of whistleblowing processes.",
         [("p21_afi1", "in_sync", "Same whistleblowing AFI; ref 12960 agrees (this tab's form "
           "sits one column to the right). Register Being progressed, tab On track: open on "
           "both.")]),
    ], S_ON, "Director of People", published="24/05/2022", typ="AFI", ref="12960",
      tactical="Head of Professional Standards", board="People Board", topic="whistleblowing"),
    T("PEEL21 AFI2 EDI data", "v2", "PEEL 2021/22", [
        ("Recommendation / AFI",
         "The force should review how it gathers and uses equality and diversity data to improve "
         "its understanding of its workforce demographics.",
         [("p21_afi2", "in_sync", "Same EDI data AFI; ref 12961 agrees. Register Complete, tab "
           "Closed (hidden): closed on both.")]),
    ], S_CL, "Director of People", published="24/05/2022", typ="AFI", ref="12961",
      tactical="EDI Manager", board="People Board",
      submitted="Submitted 14/03/2023 – HMICFRS closed 02/06/2023", signoff="DCC – 20/06/2023",
      hidden=True, topic="equality data"),
    T("PEEL21 AFI3 County lines", "v2", "PEEL 2021/22", [
        ("Recommendation / AFI",
         "Lincolnshire Police should improve its understanding of the nature and scale of county "
         "lines drug dealing in its area.",
         [("p21_afi3", "conflict", "Word-for-word the county lines AFI 12964, but the tab's "
           "HMICFRS ref is 12946 (digits transposed; no register item has that number). "
           "Reference disagrees; both open (Being progressed / On track).")]),
    ], S_ON, "ACC Crime", published="24/05/2022", typ="AFI", ref="12946",
      tactical="Det Supt Serious & Organised Crime", board="Crime & Justice Board",
      topic="county lines"),
    T("PEEL21 AFI4 Stalking", "v2s", "PEEL 21-22", [
        ("Recommendation / AFI",
         "Make sure investigations of stalking & harassment are allocated to officers with the "
         "right skills and are effectively supervised.",
         [("p21_afi4", "closeable_submit", "Same stalking and harassment AFI; ref 12965 agrees "
           "(form shifted one column right). Register Being progressed; tab 'Complete – awaiting "
           "sign-off': submit for closure.")]),
    ], S_CAS, "Ch Supt Public Protection", published="24/05/2022", typ="AFI", ref="12965",
      tactical="Det Supt Public Protection", board="Public Protection Board",
      topic="stalking and harassment"),
    T("PEEL21 AFI5 Vuln adults", "v2", "PEEL 2021/22", [
        ("Recommendation / AFI",
         "Improve timeliness of response to calls involving vulnerable adults (see PEEL report "
         "p.31)",
         [("p21_afi5", "in_sync", "Force's one-line version of the vulnerable adults response "
           "AFI; ref 12966 agrees. Register Awaiting review, tab Off track: open on both.")]),
    ], S_OFF, "ACC Local Policing", published="24/05/2022", typ="AFI", ref="12966",
      tactical="Supt Contact Centre", board="Public Protection Board", topic="vulnerable adults"),
    # ---------------- 2024 template v3: wording under a heading, two fields per row ---------------
    T("PEEL23 AFI1 CSE", "v3", "PEEL 23-25", [
        ("", "The force should improve how it works with partner organisations to safeguard "
             "people at risk from child sexual exploitation.",
         [("p23_afi1", "in_sync", "Same CSE partnership AFI (text on the row under the "
           "'wording (verbatim)' heading); ref 14230 agrees. Register Awaiting review, tab Not "
           "started: open on both.")]),
    ], S_NS, "Ch Supt Public Protection", published="16/05/2024", typ="Area for improvement",
      ref="14230", tactical="Det Supt Public Protection", due="31/03/2025", topic="child sexual exploitation"),
    T("PEEL23 AFI4 SOC intel", "v3", "PEEL 23-25", [
        ("", "The force should improve how it gathers, assesses and acts on intelligence about "
             "serious and organised crime",
         [("p23_afi4", "in_sync", "Same SOC intelligence AFI; portal ref 'tbc' on the tab, "
           "matched on wording and report. Register Awaiting review, tab On track: open on "
           "both.")]),
    ], S_ON, "ACC Crime", published="16/05/2024", typ="Area for improvement", ref="tbc",
      tactical="Head of Intelligence", due="30/06/2025", topic="serious and organised crime"),
    T("PEEL23 debrief", "v3", "PEEL 23-25 (hot debrief 14/11/2023)", [
        ("", "Hot debrief – improve the quality and supervision of initial investigations into "
             "neighbourhood crime (burglary / vehicle crime). Not yet confirmed as an AFI in the "
             "final report.",
         [(None, "not_on_hmicfrs_list", "The force's own note of a hot-debrief finding, 'not yet "
           "confirmed as an AFI'. No register item asks this (the 2023/24 AFIs are CSE, fraud "
           "victims, online CSA capacity, SOC intelligence). Not on the list.")]),
    ], S_ON, "ACC Local Policing", published=None, typ="Debrief finding", ref=None,
      tactical="Supt Neighbourhood Policing", due="31/12/2024", topic="neighbourhood crime"),
    T("Local - DA policy", "v3", "Force action (JAC 09/2024)", [
        ("", "Task & Finish group to review the domestic abuse policy and report to the Force "
             "Executive Team",
         [(None, "not_on_hmicfrs_list", "A local action raised by the Joint Audit Committee, not "
           "an HMICFRS item (Type 'Local action', no report). Not on the list.")]),
    ], S_ON, "Ch Supt Public Protection", published=None, typ="Local action", ref="n/a",
      tactical="DA Strategic Lead", due="31/01/2025", topic="domestic abuse"),
]

MISSING = [
    ("cdi_afi2", "Hate crime recording AFI 7713: no tab. The only CDI 2017 AFI tab is about "
                 "RASSO ('CDI17 AFI1'), which is 7712. Nobody owns this one."),
    ("sf_7", "MSHT preventative powers (7908): the Stolen Freedom tabs run R1-R6; there is no "
             "tab for preventative orders."),
    ("pw_uof", "Use of force internal monitoring (11878): the Powers21 tabs cover comms, CPD, "
               "BWV and the HO/NPCC item; no tab for use-of-force monitoring."),
    ("p23_afi2", "PEEL 2023/24 fraud victims updates AFI (14231): no tab. The only 'kept "
                 "informed' tab is the 2016 DA AFI on 'PEEL Eff 16 AFI1'."),
    ("p23_afi3", "PEEL 2023/24 online CSA capacity AFI (14232): no tab (tabs exist only for "
                 "AFIs 1 and 4 of that report)."),
]

# Action-table furniture (the force's own words)
ACTION_TPL = [
    "Task & Finish group to review the {t} policy and report to the Force Executive Team",
    "Deliver refresher training on {t} to response and neighbourhood officers",
    "Dip-sample {t} records each quarter and report findings to the {b}",
    "Rewrite the {t} procedure and publish on the intranet with a comms plan",
    "Appoint a single point of contact for {t} in each local policing area",
    "Add {t} measures to the monthly Force Performance pack",
    "Agree an information-sharing protocol on {t} with the local authorities",
    "Review the {t} demand profile as part of the force management statement",
    "Gap analysis against the report findings on {t}",
]
UPD_OPEN = [
    "Task & Finish group set up; terms of reference agreed.",
    "Draft policy with Corporate Policy Unit for consultation.",
    "Training package written; roll-out delayed by abstraction.",
    "First dip-sample done – results to next board.",
    "Awaiting allocation.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
]
UPD_DONE = [
    "Completed. Evidence saved to the HMICFRS evidence folder.",
    "Policy signed off and published.",
    "Delivered – attendance 94%.",
    "Complete – report to board minuted.",
    "Done. See board minutes.",
]
OWNERS = ["DI Hargreaves", "Ch Insp Patel", "PS Whitmore", "Mrs J Clarke", "Supt Okafor",
          "Insp Bramley", "Ms R Dunn", "DCI Lowther"]
BOARDS = ["Crime & Justice Board", "Force Executive Board", "People Board",
          "Public Protection Board", "Organisational Learning Board"]


def force_done(tab):
    s = tab["status"]
    if tab["tpl"] == "old":
        if s == "B":
            return True
        if s == "" and tab["signoff"] and "closed" in tab["signoff"].lower():
            return True
        return False
    return s in V_DONE


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def write_hmicfrs(path):
    rows = sorted(REG, key=lambda r: (REPORTS[r[2]][1], r[1]))
    prov = {}
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Recommendation ID", "Force", "Report title", "Date published", "Type",
                    "Recommendation", "Status", "Status date"])
        for i, (key, rid, rep, typ, text, status, sdate) in enumerate(rows, start=2):
            title, pub = REPORTS[rep]
            w.writerow([rid, FORCE, title, pub.strftime("%d/%m/%Y"), typ, text, status,
                        sdate.strftime("%d/%m/%Y")])
            prov[key] = f"hmicfrs.csv!{i}"
    return prov


def lines_needed(text, width):
    n = 0
    for part in str(text).split("\n"):
        n += max(1, -(-len(part) // width))
    return n


class Book:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
        self.wb.set_properties({
            "title": "HMICFRS Improvement Plan", "author": "Strategic Planning & Inspection",
            "company": "Lincolnshire Police", "created": dt.datetime(2024, 10, 4, 9, 15, 0),
            "comments": "OFFICIAL"})
        wb = self.wb
        self.f = {
            "title": wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"}),
            "mark": wb.add_format({"bold": True, "font_color": "#C00000", "font_size": 9}),
            "label": wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1,
                                    "valign": "top", "text_wrap": True}),
            "val": wb.add_format({"border": 1, "valign": "top", "text_wrap": True}),
            "date": wb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy",
                                   "align": "left"}),
            "hdr": wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                                  "border": 1, "text_wrap": True, "valign": "top"}),
            "cell": wb.add_format({"border": 1, "valign": "top", "text_wrap": True}),
            "key": wb.add_format({"italic": True, "font_size": 9, "font_color": "#595959"}),
            "head3": wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1}),
            "link": wb.add_format({"font_color": "#0563C1", "underline": 1}),
            "plain": wb.add_format({"text_wrap": True, "valign": "top"}),
            "num": wb.add_format({"border": 1, "align": "left", "valign": "top"}),
        }
        fills = {"B": "#00B0F0", "G": "#00B050", "A": "#FFC000", "R": "#FF0000",
                 S_ON: "#00B050", S_RISK: "#FFC000", S_OFF: "#FF0000", S_NS: "#D9D9D9",
                 S_CAS: "#00B0F0", S_CL: "#A6A6A6", S_NFF: "#FFFFFF"}
        self.fill = {k: wb.add_format({"border": 1, "bold": True, "bg_color": v,
                                       "valign": "top", "align": "center" if len(k) == 1 else "left"})
                     for k, v in fills.items()}
        self.fill[""] = self.f["val"]
        self.tabcolour = {"B": "#808080", "G": "#00B050", "A": "#FFC000", "R": "#FF0000",
                          S_ON: "#00B050", S_RISK: "#FFC000", S_OFF: "#FF0000", S_CAS: "#00B0F0",
                          S_CL: "#808080", S_NFF: "#FFFFFF"}

    def close(self):
        self.wb.close()


def actions_for(tab, done):
    n = 2 + RNG.randrange(3)
    tpls = RNG.sample(ACTION_TPL, n)
    board = tab["board"] or RNG.choice(BOARDS)
    out = []
    for i, tp in enumerate(tpls):
        txt = tp.format(t=tab["topic"], b=board)
        owner = RNG.choice(OWNERS)
        if done:
            st, upd = "Complete", RNG.choice(UPD_DONE)
        else:
            st = ["Complete", "In progress", "Not started"][min(i, 2)] if tab["status"] not in (
                S_NS,) else "Not started"
            if tab["status"] == S_OFF and i > 0:
                st = "Overdue"
            upd = RNG.choice(UPD_DONE) if st == "Complete" else RNG.choice(UPD_OPEN)
        out.append((txt, owner, st, upd))
    return out


def write_old(bk, ws, tab, nonitem):
    f = bk.f
    ws.set_column("A:A", 24)
    ws.set_column("B:B", 60)
    ws.set_column("C:C", 22)
    ws.set_column("D:D", 14)
    ws.set_column("E:F", 40)
    r = 0
    ws.merge_range(r, 0, r, 5, "HMIC RECOMMENDATION – ACTION PLAN", f["title"])
    nonitem.append((r + 1, "form title"))
    r = 1
    ws.write(r, 0, "Lincolnshire Police  |  Strategic Planning & Inspection", f["key"])
    nonitem.append((r + 1, "form title"))
    r = 3
    for lab, val in (("Inspection:", tab["report"]), ("Rec No.:", tab["recno"])):
        ws.write(r, 0, lab, f["label"])
        ws.merge_range(r, 1, r, 5, val, f["val"])
        nonitem.append((r + 1, "form field (report / report's own numbering)"))
        r += 1
    items = []
    for lab, text, lines in tab["rows"]:
        ws.write(r, 0, lab, f["label"])
        ws.merge_range(r, 1, r, 5, text, f["val"])
        ws.set_row(r, 15 * lines_needed(text, 150) + 4)
        items.append((r + 1, lines))
        r += 1
    for lab, text in tab["notes"]:
        ws.write(r, 0, lab, f["label"])
        ws.merge_range(r, 1, r, 5, text, f["val"])
        nonitem.append((r + 1, "note pointing to the other part of a split item"))
        r += 1
    ws.write(r, 0, "Lead:", f["label"])
    ws.merge_range(r, 1, r, 5, tab["lead"], f["val"])
    nonitem.append((r + 1, "form field (lead)"))
    r += 1
    ws.write(r, 0, "RAG:", f["label"])
    ws.write(r, 1, tab["status"], bk.fill[tab["status"]])
    ws.data_validation(r, 1, r, 1, {"validate": "list", "source": ["B", "G", "A", "R"]})
    nonitem.append((r + 1, "form field (RAG)"))
    r += 1
    ws.merge_range(r, 0, r, 5, OLD_KEY, f["key"])
    nonitem.append((r + 1, "RAG legend"))
    r += 2
    ws.merge_range(r, 0, r, 1, "Action", f["hdr"])
    ws.write(r, 2, "Who", f["hdr"])
    ws.write(r, 3, "When", f["hdr"])
    ws.merge_range(r, 4, r, 5, "Update", f["hdr"])
    nonitem.append((r + 1, "action table header"))
    r += 1
    done = force_done(tab)
    acts = actions_for(tab, done)
    pub_year = tab["year"]
    for i, (txt, owner, st, upd) in enumerate(acts, start=1):
        ws.merge_range(r, 0, r, 1, f"{i}. {txt}", f["cell"])
        ws.write(r, 2, owner, f["cell"])
        when = ["Mar", "Jun", "Sep", "Dec"][RNG.randrange(4)] + f"-{str(pub_year + 1)[2:]}"
        ws.write(r, 3, when, f["cell"])
        ws.merge_range(r, 4, r, 5, upd + ("" if done else f" ({st.lower()})"), f["cell"])
        ws.set_row(r, 30)
        nonitem.append((r + 1, "action row (the force's own action under the item)"))
        r += 1
    r += 1
    ws.write(r, 0, "Signed off (Ch Off / date):", f["label"])
    ws.merge_range(r, 1, r, 5, tab["signoff"] or "", f["val"])
    nonitem.append((r + 1, "sign-off line"))
    return items


def write_v2(bk, ws, tab, nonitem, shift=0):
    f = bk.f
    c0 = shift
    if shift:
        ws.set_column(0, 0, 3)
    ws.set_column(c0, c0, 26)
    ws.set_column(c0 + 1, c0 + 1, 50)
    ws.set_column(c0 + 2, c0 + 2, 20)
    ws.set_column(c0 + 3, c0 + 3, 13)
    ws.set_column(c0 + 4, c0 + 4, 22)
    ws.set_column(c0 + 5, c0 + 5, 42)
    ws.set_column(c0 + 6, c0 + 6, 22)
    last = c0 + 6
    ws.merge_range(0, c0, 0, last, "Lincolnshire Police – HMICFRS Recommendation Improvement Plan",
                   f["title"])
    nonitem.append((1, "form title"))
    ws.write(1, c0, "OFFICIAL", f["mark"])
    nonitem.append((2, "protective marking"))
    r = 3

    def field(label, value, fmt=None, why="form field"):
        nonlocal r
        ws.write(r, c0, label, f["label"])
        if isinstance(value, dt.date):
            ws.merge_range(r, c0 + 1, r, last, "", f["date"])
            ws.write_datetime(r, c0 + 1, dt.datetime(value.year, value.month, value.day),
                              f["date"])
        else:
            ws.merge_range(r, c0 + 1, r, last, "" if value is None else value, fmt or f["val"])
        nonitem.append((r + 1, why))
        r += 1

    field("Report", tab["report"], why="form field (report)")
    field("Date published", tab["published"], why="form field (publication date)")
    field("Type", tab["typ"], why="form field (type)")
    ref = tab["ref"]
    if ref is not None and ref.isdigit():
        ws.write(r, c0, "HMICFRS ref", f["label"])
        ws.merge_range(r, c0 + 1, r, last, "", f["val"])
        ws.write_number(r, c0 + 1, int(ref), f["num"])
        nonitem.append((r + 1, "form field (HMICFRS ref)"))
        r += 1
    else:
        field("HMICFRS ref", ref, why="form field (HMICFRS ref)")
    items = []
    for lab, text, lines in tab["rows"]:
        ws.write(r, c0, lab, f["label"])
        ws.merge_range(r, c0 + 1, r, last, text, f["val"])
        ws.set_row(r, 15 * lines_needed(text, 150) + 4)
        items.append((r + 1, lines))
        r += 1
    field("Chief officer lead", tab["lead"], why="form field (lead)")
    field("Tactical lead", tab["tactical"], why="form field (lead)")
    field("Governance board", tab["board"], why="form field (board)")
    ws.write(r, c0, "Overall status", f["label"])
    ws.merge_range(r, c0 + 1, r, last, tab["status"], bk.fill[tab["status"]])
    ws.data_validation(r, c0 + 1, r, c0 + 1,
                       {"validate": "list", "source": "=Lists!$A$2:$A$8"})
    nonitem.append((r + 1, "form field (overall status)"))
    r += 1
    field("Submitted to HMICFRS for closure", tab["submitted"], why="form field (closure)")
    r += 1
    for c, h in enumerate(["Action no.", "Action", "Owner", "Target date", "Status",
                           "Latest update", "Evidence"]):
        ws.write(r, c0 + c, h, f["hdr"])
    nonitem.append((r + 1, "action table header"))
    r += 1
    done = force_done(tab)
    acts = actions_for(tab, done)
    year = tab["year"]
    for i, (txt, owner, st, upd) in enumerate(acts, start=1):
        ws.write(r, c0, f"{i}.0", f["cell"])
        ws.write(r, c0 + 1, txt, f["cell"])
        ws.write(r, c0 + 2, owner, f["cell"])
        due = dt.datetime(year + 1, [3, 6, 9, 12][RNG.randrange(4)], 28 if RNG.random() < .5 else 30)
        ws.write_datetime(r, c0 + 3, due, f["date"])
        ws.write(r, c0 + 4, st, f["cell"])
        ws.write(r, c0 + 5, upd, f["cell"])
        ws.write(r, c0 + 6, "See evidence folder" if st == "Complete" else "", f["cell"])
        ws.set_row(r, 30)
        nonitem.append((r + 1, "action row (the force's own action under the item)"))
        r += 1
    r += 1
    ws.write(r, c0, "Chief officer sign-off", f["label"])
    ws.merge_range(r, c0 + 1, r, last, tab["signoff"] or "", f["val"])
    nonitem.append((r + 1, "sign-off line"))
    r += 1
    ws.write(r, c0, "Last reviewed", f["label"])
    ws.merge_range(r, c0 + 1, r, last, "", f["date"])
    ws.write_datetime(r, c0 + 1, dt.datetime(2024, 9, RNG.randrange(2, 27)), f["date"])
    nonitem.append((r + 1, "form field (review date)"))
    return items


def write_v3(bk, ws, tab, nonitem):
    f = bk.f
    for c, wdt in enumerate([24, 34, 4, 22, 30, 16, 40]):
        ws.set_column(c, c, wdt)
    ws.merge_range(0, 0, 0, 6, "HMICFRS AFI / Recommendation Delivery Plan  (template v3 – Jan 2024)",
                   f["title"])
    nonitem.append((1, "form title"))
    ws.write(1, 0, "OFFICIAL", f["mark"])
    nonitem.append((2, "protective marking"))
    pairs = [(("Report", tab["report"]), ("Published", tab["published"])),
             (("Type", tab["typ"]), ("HMICFRS portal ref", tab["ref"])),
             (("Chief officer lead", tab["lead"]), ("Delivery lead", tab["tactical"])),
             (("Status", tab["status"]), ("Target completion", tab["due"]))]
    r = 3
    for (l1, v1), (l2, v2) in pairs:
        ws.write(r, 0, l1, f["label"])
        ws.write(r, 1, v1 or "", bk.fill[v1] if l1 == "Status" else f["val"])
        ws.write(r, 3, l2, f["label"])
        ws.merge_range(r, 4, r, 6, v2 or "", f["val"])
        if l1 == "Status":
            ws.data_validation(r, 1, r, 1, {"validate": "list", "source": "=Lists!$A$2:$A$8"})
        nonitem.append((r + 1, "form fields (two per row)"))
        r += 1
    ws.merge_range(r, 0, r, 6, "Recommendation / AFI wording (verbatim from the report)",
                   f["head3"])
    nonitem.append((r + 1, "heading above the wording"))
    r += 1
    items = []
    for lab, text, lines in tab["rows"]:
        ws.merge_range(r, 0, r, 6, text, f["val"])
        ws.set_row(r, 15 * lines_needed(text, 150) + 4)
        items.append((r + 1, lines))
        r += 1
    r += 1
    for c, h in enumerate(["Ref", "Milestone", "", "Owner", "Status", "Due", "Commentary"]):
        ws.write(r, c, h, f["hdr"])
    nonitem.append((r + 1, "milestone table header"))
    r += 1
    done = force_done(tab)
    acts = actions_for(tab, done)
    for i, (txt, owner, st, upd) in enumerate(acts, start=1):
        ws.write(r, 0, f"M{i}", f["cell"])
        ws.merge_range(r, 1, r, 2, txt, f["cell"])
        ws.write(r, 3, owner, f["cell"])
        ws.write(r, 4, st, f["cell"])
        ws.write(r, 5, ["Dec-24", "Mar-25", "Jun-25"][min(i - 1, 2)], f["cell"])
        ws.write(r, 6, upd, f["cell"])
        ws.set_row(r, 30)
        nonitem.append((r + 1, "milestone row (the force's own action under the item)"))
        r += 1
    return items


def write_template(bk, ws, kind, nonitem):
    f = bk.f
    if kind == "old":
        ws.merge_range(0, 0, 0, 5, "HMIC RECOMMENDATION – ACTION PLAN", f["title"])
        labels = ["Inspection:", "Rec No.:", "Recommendation:", "Lead:", "RAG:"]
        for i, lab in enumerate(labels):
            ws.write(3 + i, 0, lab, f["label"])
            ws.merge_range(3 + i, 1, 3 + i, 5,
                           "[paste recommendation wording from report]" if lab == "Recommendation:"
                           else "", f["val"])
        ws.merge_range(8, 0, 8, 5, OLD_KEY, f["key"])
        rows = [1, 4, 5, 6, 7, 8, 9]
    elif kind == "v2":
        ws.merge_range(0, 0, 0, 6, "Lincolnshire Police – HMICFRS Recommendation Improvement Plan",
                       f["title"])
        ws.write(1, 0, "OFFICIAL", f["mark"])
        labels = ["Report", "Date published", "Type", "HMICFRS ref", "Recommendation / AFI",
                  "Chief officer lead", "Tactical lead", "Governance board", "Overall status",
                  "Submitted to HMICFRS for closure"]
        for i, lab in enumerate(labels):
            ws.write(3 + i, 0, lab, f["label"])
            ws.merge_range(3 + i, 1, 3 + i, 6,
                           "[paste the wording exactly as in the HMICFRS report]"
                           if lab == "Recommendation / AFI" else "", f["val"])
        rows = [1, 2] + list(range(4, 14))
    else:
        ws.merge_range(0, 0, 0, 6,
                       "HMICFRS AFI / Recommendation Delivery Plan  (template v3 – Jan 2024)",
                       f["title"])
        ws.write(1, 0, "OFFICIAL", f["mark"])
        for i, (a, b) in enumerate([("Report", "Published"), ("Type", "HMICFRS portal ref"),
                                    ("Chief officer lead", "Delivery lead"),
                                    ("Status", "Target completion")]):
            ws.write(3 + i, 0, a, f["label"])
            ws.write(3 + i, 3, b, f["label"])
        ws.merge_range(7, 0, 7, 6, "Recommendation / AFI wording (verbatim from the report)",
                       f["head3"])
        ws.merge_range(8, 0, 8, 6, "[paste wording here]", f["val"])
        rows = [1, 2, 4, 5, 6, 7, 8, 9]
    for x in rows:
        nonitem.append((x, "hidden blank template (placeholder, not an item)"))
    ws.set_column("A:A", 26)
    ws.set_column("B:B", 50)
    ws.hide()


def build():
    os.makedirs(OUT, exist_ok=True)
    hprov = write_hmicfrs(os.path.join(OUT, "hmicfrs.csv"))
    regd = {r[0]: r for r in REG}
    bk = Book(os.path.join(OUT, "tracker.xlsx"))
    wb, f = bk.wb, bk.f
    nonitems = OrderedDict()
    truth = []

    index = wb.add_worksheet("Index")
    nonitems["Index"] = []
    sheets = []
    for tab in TABS:
        assert len(tab["name"]) <= 31, tab["name"]
        ws = wb.add_worksheet(tab["name"])
        sheets.append((tab, ws))
        nonitems[tab["name"]] = []
    tpl_ws = {k: wb.add_worksheet(n) for k, n in
              (("old", "TEMPLATE (pre-2019)"), ("v2", "TEMPLATE v2"), ("v3", "TEMPLATE v3"))}
    lists = wb.add_worksheet("Lists")

    # Lists (hidden)
    lists.write(0, 0, "Overall status", f["hdr"])
    for i, s in enumerate([S_NS, S_ON, S_RISK, S_OFF, S_CAS, S_CL, S_NFF], start=1):
        lists.write(i, 0, s)
    lists.write(0, 1, "Chief officer lead", f["hdr"])
    for i, s in enumerate(["DCC", "ACC Crime", "ACC Local Policing", "Director of People",
                           "Director of Finance"], start=1):
        lists.write(i, 1, s)
    lists.set_column("A:B", 28)
    lists.hide()
    nonitems["Lists"] = [(i, "drop-down source list (hidden sheet)") for i in range(1, 9)]

    for k, ws in tpl_ws.items():
        nonitems[ws.name] = []
        write_template(bk, ws, k, nonitems[ws.name])

    # split-item bookkeeping: an item is done only when every part is
    parts = {}
    for tab in TABS:
        for lab, text, lines in tab["rows"]:
            for key, cat, why in lines:
                if key:
                    parts.setdefault(key, []).append(force_done(tab))

    for tab, ws in sheets:
        keys = [k for _, _, ls in tab["rows"] for k, _, _ in ls if k]
        tab["year"] = REPORTS[regd[keys[0]][2]][1].year if keys else (
            2015 if "2015" in tab["report"] else 2024)
        ni = nonitems[tab["name"]]
        if tab["tpl"] == "old":
            items = write_old(bk, ws, tab, ni)
        elif tab["tpl"] == "v2":
            items = write_v2(bk, ws, tab, ni)
        elif tab["tpl"] == "v2s":
            items = write_v2(bk, ws, tab, ni, shift=1)
        else:
            items = write_v3(bk, ws, tab, ni)
        if tab["hidden"]:
            ws.hide()
            ws.set_tab_color("#808080")
        elif tab["status"] in bk.tabcolour:
            ws.set_tab_color(bk.tabcolour[tab["status"]])
        ws.hide_gridlines(2)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        for row, lines in items:
            for key, cat, why in lines:
                prov = f"{tab['name']}!{row}"
                truth.append((hprov[key] if key else "", prov, cat, why))
                # self-check of the category against the statuses
                if key:
                    h_closed = regd[key][5] in HMICFRS_CLOSED
                    f_done = all(parts[key])
                    exp = ("in_sync" if h_closed == f_done else
                           "closeable_submit" if f_done else "closeable_local")
                    assert cat == exp or cat in ("conflict", "review"), (tab["name"], key, cat, exp)
    for key, why in MISSING:
        assert key not in parts, key
        truth.append((hprov[key], "", "missing_from_force", why))
    covered = {t[0] for t in truth if t[0]}
    assert covered == set(hprov.values()), set(hprov.values()) - covered

    # Index (visible, first). The two newest tabs were never added to it.
    index.set_column("A:A", 6)
    index.set_column("B:B", 26)
    index.set_column("C:C", 40)
    index.set_column("D:D", 30)
    index.set_column("E:E", 26)
    index.set_column("F:F", 30)
    index.merge_range(0, 0, 0, 5, "HMICFRS Improvement Plan – Index", f["title"])
    index.merge_range(1, 0, 1, 5, "Maintained by Strategic Planning & Inspection. One tab per "
                      "recommendation / AFI. Tabs for closed items are hidden (right-click any tab "
                      "> Unhide). Do not rename tabs – the links below will break.", f["plain"])
    index.set_row(1, 32)
    index.write(2, 0, "Last updated: 04/10/2024 (ahead of JAC 17/10/2024)", f["key"])
    nonitems["Index"] += [(1, "index title"), (2, "index note"), (3, "index note")]
    hdr = ["No.", "Tab", "Report", "Type / Rec No.", "Chief officer lead", "Note"]
    for c, h in enumerate(hdr):
        index.write(4, c, h, f["hdr"])
    nonitems["Index"].append((5, "index header"))
    r = 5
    n = 0
    for tab, ws in sheets:
        if tab["name"] in ("PEEL23 debrief", "Local - DA policy"):
            continue
        n += 1
        index.write(r, 0, n)
        qn = tab["name"].replace("'", "''")
        index.write_url(r, 1, f"internal:'{qn}'!A1", f["link"], tab["name"])
        index.write(r, 2, tab["report"])
        index.write(r, 3, tab["typ"] if tab["tpl"] != "old" else tab["recno"])
        index.write(r, 4, tab["lead"])
        index.write(r, 5, "tab hidden" if tab["hidden"] else "")
        nonitems["Index"].append((r + 1, "index entry (link to a tab, no wording or status)"))
        r += 1
    index.activate()
    index.freeze_panes(5, 0)
    bk.close()

    # truth.csv ordered by HMICFRS row, then force-only lines in workbook order
    def hkey(t):
        return (0, int(t[0].split("!")[1])) if t[0] else (1, 0)
    order = {s[0]["name"]: i for i, s in enumerate(sheets)}
    truth.sort(key=lambda t: (hkey(t), order.get(t[1].split("!")[0], -1) if t[1] else -1,
                              int(t[1].split("!")[1]) if t[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    write_readme(truth, nonitems, sheets, hprov)


def ranges(nums):
    nums = sorted(set(nums))
    out, start, prev = [], None, None
    for x in nums:
        if start is None:
            start = prev = x
        elif x == prev + 1:
            prev = x
        else:
            out.append((start, prev))
            start = prev = x
    if start is not None:
        out.append((start, prev))
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in out)


def write_readme(truth, nonitems, sheets, hprov):
    from collections import Counter
    cats = Counter(t[2] for t in truth)
    n_items_force = sum(len(tab["rows"]) for tab, _ in sheets)
    hidden = [tab["name"] for tab, _ in sheets if tab["hidden"]]
    L = []
    a = L.append
    a(f"# {CASE}: one worksheet per recommendation (improvement-plan forms)\n")
    a("## Story\n")
    a("Lincolnshire Police's Strategic Planning & Inspection team keeps its HMICFRS tracker as an "
      "*improvement plan workbook*: every recommendation, area for improvement (AFI) or cause of "
      "concern has its own worksheet, a small form (report, type, ref, the wording, leads, status) "
      "with the force's action table under it. An Index sheet links to the tabs. The workbook has "
      "been in use since 2014, so its tabs come in three template generations, made by different "
      "people: the pre-2019 'HMIC RECOMMENDATION – ACTION PLAN' form graded with a BRAG letter, "
      "the 2019 'v2' form with an 'Overall status' in words, and the 2024 'v3' delivery plan. "
      "By house rule, tabs of closed items are hidden rather than deleted. Before the October "
      "2024 Joint Audit Committee the analyst must reconcile it with the HMICFRS definitive list "
      "(a plain register export).\n")
    a("## Files\n")
    a("- `hmicfrs.csv` – HMICFRS register export. UTF-8 with BOM, CRLF record ends, comma "
      "separated, quoted where needed; some `Recommendation` fields hold line breaks (LF) inside "
      "quotes (each such record is still one row). Header on row 1, 61 item rows (rows 2-62), "
      "sorted by publication date then ID. Columns: `Recommendation ID` (plain integer register "
      "id), `Force`, `Report title`, `Date published` (dd/mm/yyyy), `Type` (Recommendation / Area "
      "for improvement / Cause of concern / National recommendation), `Recommendation` (verbatim, "
      "curly quotes, `•` bullets, stray footnote digits '20' and '86' kept), `Status` (Awaiting "
      "review, Being progressed = open; Complete, Superseded, No further action required = "
      "closed), `Status date`.\n")
    a(f"- `tracker.xlsx` – {len(sheets)} item worksheets plus `Index` (visible, first), "
      "`TEMPLATE (pre-2019)`, `TEMPLATE v2`, `TEMPLATE v3`, `Lists` (all four hidden). "
      f"{len(hidden)} item tabs are hidden (closed items). {n_items_force} item rows in all (some "
      "tabs hold two or four item rows; one cell holds four items, one holds two). No sheet has a "
      "header row in the table sense: each item tab is a label/value form. Provenance in "
      "truth.csv is `Tab name!Row` with the tab name as written (no quotes), row as Excel shows "
      "it.\n")
    a("### The three form generations (row numbers as Excel shows them)\n")
    a("- **pre-2019 (`old`)**: A1 title 'HMIC RECOMMENDATION – ACTION PLAN'; A4 `Inspection:`; A5 "
      "`Rec No.:` (the report's own numbering such as 'Rec 2', 'R5', 'AFI 1' – *not* a register "
      "reference); the item row(s) from row 6 (`Recommendation:` / `Cause of concern:` / "
      "`Recommendation 1:` in A, wording merged B:F); then `Lead:`, `RAG:` (a letter B/G/A/R with "
      "fill colour), the legend row 'RAG key: B = complete & signed off | G = on track | A = some "
      "slippage | R = off track / no progress', an action table (Action/Who/When/Update), and "
      "`Signed off (Ch Off / date):`.\n")
    a("- **2019 v2 (`v2`)**: A1 title, A2 'OFFICIAL', rows 4-7 `Report`, `Date published` (a real "
      "date on some tabs, text such as 'May 2019' or '24/05/2022' on others), `Type`, `HMICFRS "
      "ref` (register id as a number, or text such as '11876 (part 1)', '12951 / 12952'); the "
      "item row(s) from row 8 (`Recommendation / AFI`, or `Cause of Concern` then `Recommendation "
      "/ AFI`); then leads, `Governance board`, `Overall status` (drop-down: Not started, On "
      "track, At risk, Off track, Complete – awaiting sign-off, Closed, Not for force), "
      "`Submitted to HMICFRS for closure`, an action table, sign-off, last reviewed. On the two "
      "tabs 'PEEL21 AFI1 Whistleblow' and 'PEEL21 AFI4 Stalking' someone inserted a narrow "
      "column A, so the whole form sits one column to the right (labels in B, values in C:H); "
      "rows are unchanged.\n")
    a("- **2024 v3 (`v3`)**: A1 title, A2 'OFFICIAL', rows 4-7 hold two label/value pairs each "
      "(`Report` | `Published`; `Type` | `HMICFRS portal ref`; `Chief officer lead` | `Delivery "
      "lead`; `Status` | `Target completion`), row 8 a heading 'Recommendation / AFI wording "
      "(verbatim from the report)', and the wording on **row 9** with no label beside it; then "
      "a milestone table.\n")
    a("## What the layout brings, and how the truth decides\n")
    a("1. **One item per worksheet.** The item row is the row holding the wording on each tab "
      "(row 6 on old tabs, row 8 on v2, row 9 on v3; later rows when a tab holds a cause of "
      "concern and its recommendations). Everything else on a tab – title, protective marking, "
      "form labels, RAG legend, action/milestone tables, sign-off – is not an item. The action "
      "rows are the force's plan *under* the item (they carry their own 'Complete'/'In progress' "
      "words); they are not items and are not in truth.csv.\n")
    a(f"2. **Hidden tabs are real items.** {len(hidden)} closed tabs are hidden: "
      + ", ".join(f"'{h}'" for h in hidden) + ". A person sees them listed on the Index with "
      "'tab hidden' and unhides them. Several of them are the `closeable_submit` items (B = "
      "complete and signed off locally, still open at HMICFRS): 'Core Bus R2', 'Firearms R4', "
      "'CDI17 AFI1', 'MSHT R2 Intel', 'NCPI18 R2 Missing'. The hidden *templates* and `Lists` are "
      "not items (placeholders '[paste ... wording ...]').\n")
    a("3. **BRAG letters with the force's own key: G is not done.** On the old tabs the legend "
      "says B = complete & signed off, G = on track. So G is open: 'S&S13 R2' (G) against a "
      "Complete register item is `closeable_local`; 'Firearms R2', 'MSHT R5 NCRS', 'Eff17 "
      "Digital (Nat)' (G) against open register items are `in_sync`; 'Austerity 2014' (G) is "
      "`closeable_local` x4.\n")
    a("4. **Blank RAG decided by the sign-off line.** 'CDI17 R2' row 6: RAG empty, but 'Signed off "
      "(Ch Off / date): DCC – 12/06/2018 – closed, evidence on file' and the tab is hidden with "
      "the closed ones: force done; register Complete: `in_sync`.\n")
    a("5. **Several items on one tab; several items in one cell.** 'PEEL Eff 16 CoC' rows 6-7 "
      "(cause of concern + recommendation), 'PEEL21 CoC+R1 Vetting' rows 8-9, 'Legit17 S&S' rows "
      "6-9 (cause of concern + three 'Recommendation n:' rows, one status for the whole tab). "
      "'Legit17 S&S'!8 holds two register items run together (8543 disparities + 8544 'We expect "
      "forces to publish...'): two truth lines on that row, `in_sync` and `closeable_local`. "
      "'Austerity 2014'!6 holds all four austerity items as numbered paragraphs: four truth lines "
      "on one row.\n")
    a("6. **Items split over tabs.** CDI victims recommendation 7710: 'CDI17 R1 (a-c)' (bullets "
      "1-3, B, hidden, with a note pointing to the other tab) and 'CDI17 R1 (d-e)' (bullets 4-5, "
      "A). BWV recommendation 11876: 'Powers21 BWV (1)' (Complete – awaiting sign-off) and "
      "'Powers21 BWV (2)' (On track). One part is still open in each case, so the item is open; "
      "register Being progressed: both parts `in_sync`.\n")
    a("7. **Near-twin texts in different reports.** 1189 (2013, 'elected local policing bodies') "
      "vs 5140 (2015, 'police and crime commissioners'): tabs 'S&S13 R3' and 'S&S 2 (2015)' decide "
      "by report and by that phrase. DA victims kept informed (2016 AFI 6420, tab 'PEEL Eff 16 "
      "AFI1') vs fraud victims kept informed (2023/24 AFI 14231, no tab). RASSO recording "
      "(7712, tab 'CDI17 AFI1') vs hate crime recording (7713, no tab). PEEL efficiency 2017 "
      "force AFI (control room) vs the national overview's digital recommendation.\n")
    a("8. **References.** Old tabs have only `Rec No.` (the report's numbering) – never a register "
      "id. v2/v3 tabs carry the register id, sometimes as text ('11876 (part 1)', '12951 / 12952', "
      "'tbc', 'n/a'). One ref is wrong: 'PEEL21 AFI3 County lines' says 12946, the register item "
      "with that exact wording is 12964 (no 12946 exists) -> `conflict`.\n")
    a("9. **Conflicts** (matched, facts disagree; statuses both open in each): 'Firearms R5' "
      "'Within six months' vs 'Within three months'; 'MSHT R1 Leadership' misses the fourth "
      "bullet (performance and quality assurance measures); 'PEEL19 R3 Supervision' Type 'Area "
      "for Improvement' vs Recommendation; 'PEEL19 AFI2 Workforce' Report 'PEEL 2021/22' vs "
      "2018/19 (tab name, ref and date say 2018/19); 'Powers21 Comms' 'By July 2021' vs 'By July "
      "2022' (ref 11873 agrees); 'PEEL21 AFI3 County lines' wrong ref.\n")
    a("10. **Abridged or reworded force text that is still the same item** (not conflicts): "
      "abbreviations (CCs, S&S, MSHT, ISAs, NCRS, NFLMS, RUI, BWV, CPD, CoP APP, RASSO, DA), "
      "misspellings ('supervison', 'goverance'), straight for curly quotes, dashes for bullets, "
      "footnote digits dropped, one-line summaries ('Improve timeliness of response to calls "
      "involving vulnerable adults (see PEEL report p.31)'), the national digital item copied "
      "without its sentence addressed to the Home Office/NPCC/APCC, the austerity paragraph 3 "
      "without its 'HMIC will follow up' sentence.\n")
    a("11. **Force-only tabs** (`not_on_hmicfrs_list`): 'Bldg the Picture' (2015 report, nothing "
      "from it on the list), 'Powers21 HO-NPCC data' (addressed to the Home Office/NPCC, status "
      "'Not for force'), 'PEEL23 debrief' (a hot-debrief finding 'not yet confirmed as an AFI'), "
      "'Local - DA policy' (a JAC local action). The last two are missing from the Index (added "
      "after it was last updated).\n")
    a(f"12. **Index sheet** lists {len(sheets) - 2} tabs with hyperlinks, report, type/rec no., lead and "
      "a 'tab hidden' note; it carries no wording and no RAG/status: navigation, not items.\n")
    a("## Counts (truth.csv lines)\n")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        a(f"- {c}: {cats.get(c, 0)}")
    a(f"- total lines: {len(truth)}; HMICFRS item rows: {len(hprov)} (every one appears at least "
      f"once); force item rows: {n_items_force} (every one appears; 'Austerity 2014'!6 four times, "
      "'Legit17 S&S'!8 twice).\n")
    a("No `review` line: every pair can be decided from the two rows.\n")
    a("## Rows that are not items\n")
    a("- `hmicfrs.csv`: row 1 (header).\n")
    a("- Blank rows on any sheet are not items and are not listed. Non-blank rows that are not "
      "items, by sheet (row numbers as Excel shows them):\n")
    for sheet, rows in nonitems.items():
        by = OrderedDict()
        for row, why in rows:
            by.setdefault(why, []).append(row)
        parts = "; ".join(f"{ranges(v)} {k}" for k, v in by.items())
        a(f"  - `{sheet}`: {parts}")
    a("")
    a("## Checks run\n")
    a("- The builder asserts: every HMICFRS row appears in truth at least once; every "
      "force item row appears; each non-conflict category agrees with the two statuses "
      "(HMICFRS open/closed; force done per the tab's own vocabulary, a split item done only if "
      "every part is); tab names at most 31 characters.\n")
    a("- Read back with pandas (`read_csv(encoding='utf-8-sig')`: 61 records, 8 columns) and "
      "openpyxl (all sheets, hidden states, the item rows' cells hold the wording; every "
      "truth force_row names an existing sheet and a non-empty wording cell; every non-blank "
      "row of every sheet is either an item row in truth or listed above).\n")
    a("- Built twice: all four files identical byte for byte (md5).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    build()
