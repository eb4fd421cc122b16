"""Build the case `fll_chase_list_due_date_bands` (round 99, case B).

HMICFRS side: the Force Liaison Lead's "chase list" sent before a quarterly liaison meeting,
one sheet, items grouped into bands by their expected completion date (overdue / due within 90
days / due later / no date set / closed since 1 April 2023), band heading rows with counts,
title and note rows above the header, totals and a status key below.
Force side: a plain tracker workbook, one row per item, sorted by report.

Run: /work/main/.venv/bin/python build_fll_chase_list_due_date_bands.py
Deterministic: no clock, no randomness beyond a fixed seed, fixed document properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "fll_chase_list_due_date_bands"
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2023, 10, 31, 9, 0, 0)
POSITION = dt.date(2023, 10, 31)
DUE_SOON_END = POSITION + dt.timedelta(days=90)  # 29/01/2024
FORCE = "Severn Vale Constabulary"

random.seed(202612071458)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- reports
REPORTS = {
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2017, 3, 2)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 19)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 12)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt.date(2022, 8, 23)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 5, 19)),
}

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

# ---------------------------------------------------------------- HMICFRS items
# (id, report, type, text, status, expected completion or None, status date, FLL comment)
D = dt.date
H = [
    (7012, "eff17", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.",
     "Being progressed", None, D(2019, 5, 21), "Recommendations 7013-7015 sit under this CoC."),
    (7013, "eff17", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.",
     "Being progressed", D(2017, 3, 2), D(2019, 5, 21), "Linked to CoC 7012."),
    (7014, "eff17", REC,
     "Within six months the force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.",
     "Being progressed", D(2017, 9, 2), D(2019, 5, 21), "Linked to CoC 7012."),
    (7015, "eff17", REC,
     "Within three months, the force should cease the practice of conducting domestic abuse "
     "risk assessments over the telephone and dealing with domestic abuse in the resolution "
     "centre.",
     "Complete", D(2017, 6, 2), D(2023, 6, 14),
     "Closed 14/06/2023 following PEEL 2023 fieldwork."),
    (2321, "everyone", NAT, EVERYONE_PLAN,
     "Superseded", D(2014, 9, 30), D(2023, 4, 20),
     "Superseded – this area is now inspected through PEEL; any remaining issue will appear "
     "against the PEEL 2021/22 and 2023/24 reports."),
    (8420, "stolen", NAT, SF_LEADERSHIP,
     "Being progressed", D(2018, 10, 24), D(2020, 2, 11), ""),
    (8421, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2018, 4, 24), D(2020, 2, 11), ""),
    (8422, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Awaiting review", D(2017, 10, 24), D(2017, 10, 30), ""),
    (8423, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", D(2017, 10, 24), D(2023, 5, 2), "Closed 02/05/2023."),
    (8424, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.",
     "Being progressed", D(2017, 10, 24), D(2021, 3, 8), ""),
    (8425, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", D(2017, 10, 24), D(2021, 3, 8), ""),
    (8426, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Awaiting review", D(2017, 10, 24), D(2017, 10, 30),
     "No force update received on this item."),
    (8498, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", D(2018, 9, 30), D(2019, 1, 15), ""),
    (8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", None, D(2018, 12, 3), ""),
    (8542, "leg17", NAT, SAS_MONITORING_2017,
     "Being progressed", D(2018, 7, 31), D(2018, 12, 3), "Linked to CoC 8541."),
    (8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", None, D(2018, 12, 3), "Linked to CoC 8541."),
    (8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Complete", D(2018, 7, 31), D(2023, 7, 11), "Closed 11/07/2023 – annual publication seen."),
    (8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Being progressed", D(2018, 7, 31), D(2018, 12, 3), "Linked to CoC 8541."),
    (8927, "ncpi18", REC,
     "Within six months the force should review its approach to reports of missing children "
     "and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action.",
     "Being progressed", D(2018, 12, 14), D(2020, 6, 30), "NCPI revisit planned."),
    (8928, "ncpi18", REC,
     "Within six months the force should make sure investigations of child sexual exploitation "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", D(2018, 12, 14), D(2020, 6, 30), ""),
    (9381, "cdi19", REC,
     "Within six months the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", D(2020, 3, 19), D(2021, 11, 2), ""),
    (9382, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2019, 12, 19), D(2023, 10, 27),
     "Closed 27/10/2023 – will move to the closed section at the next refresh."),
    (9383, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "Being progressed", None, D(2021, 11, 2), ""),
    (10123, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 7, 31), D(2022, 9, 6), ""),
    (10124, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", D(2021, 7, 31), D(2022, 9, 6),
     "Force update received 12/09/2023 – closure evidence under review."),
    (10125, "powers", NAT, BWV_2021,
     "Being progressed", D(2021, 9, 30), D(2022, 9, 6), ""),
    (10127, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Complete", D(2021, 7, 31), D(2023, 10, 3), "Closed 03/10/2023."),
    (10561, "peel21", AFI,
     "The force should improve its understanding of the nature and scale of serious and "
     "organised crime in its area.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10562, "peel21", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10563, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10564, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10565, "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     "Awaiting review", None, D(2022, 5, 16), ""),
    (10566, "peel21", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.",
     "Complete", None, D(2023, 9, 5), "Closed 05/09/2023."),
    (10567, "peel21", AFI,
     "The force should make sure its analysis of county lines drug dealing informs its "
     "strategic assessment and control strategy.",
     "No further action required", None, D(2023, 8, 18),
     "NFA 18/08/2023 – carried into the PEEL 2023/24 assessment."),
    (10568, "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10569, "peel21", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     "Being progressed", None, D(2022, 11, 8), "No force update received on this item."),
    (10570, "peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "Being progressed", None, D(2022, 11, 8), ""),
    (10571, "peel21", COC,
     "The size of the vetting backlog within Severn Vale Constabulary is a cause of concern.",
     "Being progressed", None, D(2022, 11, 8), "Recommendation 10572 sits under this CoC."),
    (10572, "peel21", REC,
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     "Being progressed", D(2022, 11, 12), D(2022, 11, 8), "Linked to CoC 10571."),
    (11204, "cust22", REC,
     "Within six months the force should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
     "assess at an early stage a child’s need for alternative accommodation (secure or "
     "otherwise) and work with children’s social care services to achieve the most "
     "appropriate option for the child;• ensure that custody staff make a record of all "
     "actions taken and decisions made on the relevant documentation; and• improve the "
     "timeliness of adequate appropriate adult support for children who are arrested.",
     "Being progressed", D(2023, 2, 23), D(2023, 3, 14), "Joint HMICFRS/HMIP item."),
    (11205, "cust22", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to vulnerable adults.",
     "Being progressed", None, D(2023, 3, 14), "Joint HMICFRS/HMIP item."),
    (12840, "peel23", AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12841, "peel23", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12842, "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "sexual offences against children.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12843, "peel23", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12844, "peel23", REC,
     "Within six months the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.",
     "Awaiting review", D(2023, 11, 19), D(2023, 5, 22), ""),
    (12845, "peel23", REC,
     "By 31 December 2023, the force should make sure all processes in place to support "
     "performance management are effective.",
     "Awaiting review", D(2023, 12, 31), D(2023, 5, 22), ""),
    (12846, "peel23", REC,
     "Within three months, the force should make sure it records reports of hate crime "
     "accurately and without delay.",
     "Being progressed", D(2023, 8, 19), D(2023, 9, 1), ""),
    (12847, "peel23", AFI,
     "The force should review its approach to honour-based abuse to make sure victims receive "
     "a consistently good service.",
     "Awaiting review", None, D(2023, 5, 22), "No force update received on this item."),
    (12848, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to female genital mutilation.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12849, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to forced marriage.",
     "Awaiting review", None, D(2023, 5, 22), ""),
    (12850, "peel23", REC,
     "Within twelve months, the force should review its plans to deliver savings to ensure it "
     "is doing all it can to continue to reduce crime and protect the front line while "
     "balancing its budget.",
     "Awaiting review", D(2024, 5, 19), D(2023, 5, 22), ""),
    (12851, "peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to neighbourhood crime.",
     "Awaiting review", None, D(2023, 5, 22), ""),
]
CLOSED = {"Complete", "Superseded", "No further action required"}


def band_of(item):
    _id, rep, typ, text, status, exp, sdate, note = item
    if status in CLOSED and sdate >= D(2023, 4, 1) and not note.startswith("Closed 27/10"):
        return 4
    if exp is None:
        return 3
    if exp < POSITION:
        return 0
    if exp <= DUE_SOON_END:
        return 1
    return 2


BANDS = [
    "OVERDUE – expected completion date has passed",
    "DUE WITHIN 90 DAYS (by 29/01/2024)",
    "DUE AFTER 29/01/2024",
    "NO DATE SET – areas for improvement, causes of concern and items without a timescale",
    "CLOSED SINCE 01/04/2023 (for information)",
]

# ---------------------------------------------------------------- force tracker rows
# (hmicfrs ref as typed or None, tracker report, type, text, lead, RAG, update, submitted,
#  truth: list of (hmicfrs id or None, category, why))
G, A, R, B = "GREEN", "AMBER", "RED", "BLUE"
F = [
    ("2321", "Everyone's Business (DA) 2014", "Rec",
     "Publish a DA action plan – consult PCC, DA support orgs & victims reps; consider all "
     "recs in report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments",
     "Ch Supt Public Protection", A,
     "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.", None,
     [(2321, "closeable_local", "Ref 2321 and the action-plan text agree; HMICFRS status "
       "Superseded (closed), tracker AMBER (open): the force closes its own entry.")]),
    ("", "Stop & Search powers (HMIC 2013)", "Rec",
     "CCs should establish or improve monitoring of the way officers S&S people, so they are "
     "satisfied officers act in accordance with the law (incl. equality legislation & Code of "
     "Practice)", "ACC Local Policing", B, "Complete – closed by HMIC 2016.", D(2015, 10, 29),
     [(None, "not_on_hmicfrs_list", "2013 stop and search report: no item on the FLL list "
       "(the list leaves out items closed before 01/04/2023); tracker BLUE.")]),
    ("", "Core business", "Rec",
     "Not later than 31/03/2015 – forces using a THR policy to give call-handlers specific, "
     "sound & comprehensible criteria to assess threat, harm & risk", "Supt Contact Centre", B,
     "Complete.", D(2015, 4, 2),
     [(None, "not_on_hmicfrs_list", "Core Business 2014 item (deadline 31/03/2015). Its "
       "wording resembles CDI 2019 item 9382, but the force tracks 9382 on its own CDI row; "
       "this older national item is not on the list.")]),
    ("", "Integrity matters", "Rec",
     "By 31 Aug 2015 satisfy ourselves that misconduct investigations resulting in 'NFA' are "
     "fair & free of discrimination", "Head of Professional Standards", B, "Complete.",
     D(2015, 9, 14),
     [(None, "not_on_hmicfrs_list", "Integrity matters 2015: not on the FLL list; tracker "
       "BLUE.")]),
    ("", "Firearms licensing 2015", "Rec",
     "Within 3 months assess how well goverance of firearms licensing meets APP standards",
     "Supt Firearms Licensing", B, "Complete.", D(2016, 1, 20),
     [(None, "not_on_hmicfrs_list", "Targeting the risk 2015: not on the FLL list; tracker "
       "BLUE.")]),
    ("", "Firearms licensing 2015", "Rec",
     "Immediately – all appropiate action taken re 'total expired' licensing records",
     "Supt Firearms Licensing", B, "Complete.", D(2016, 1, 20),
     [(None, "not_on_hmicfrs_list", "Targeting the risk 2015: not on the FLL list; tracker "
       "BLUE.")]),
    ("", "Policing in Austerity – Meeting the Challenge", "Rec",
     "CCs & PCCs to review plans to deliver savings – continue to reduce crime & protect the "
     "front line while balancing budgets (use VfM profiles)", "Director of Finance", B,
     "Complete.", D(2015, 3, 2),
     [(None, "not_on_hmicfrs_list", "Policing in austerity 2014: not on the list. Its wording "
       "resembles PEEL 2023/24 item 12850 (savings), which the force tracks separately on its "
       "own PEEL 23/24 row.")]),
    ("7012", "PEEL Eff 17", "Cause of concern",
     "CoC – force response to DA: DASH discretion policy means risk not always assessed; "
     "officers not consistently completing DASH where policy says they should",
     "Ch Supt Public Protection", A,
     "A Task & Finish group has been set up and a full implementation/project plan, policy "
     "rewrite and communications plan is now completed.", None,
     [(7012, "in_sync", "Ref 7012 and the DASH cause-of-concern text agree; open on both "
       "(Being progressed / AMBER).")]),
    ("7013", "PEEL Eff 17", "Rec",
     "Effective supervision of initial risk assessment (DASH completion); where no DASH the "
     "officer records an assessment on the crime system", "Ch Supt Public Protection", G,
     "Completed. Evidence submitted to HMICFRS for closure.", D(2023, 9, 15),
     [(7013, "closeable_submit", "Ref 7013 and text agree; HMICFRS Being progressed, tracker "
       "GREEN with closure date: submit for closure.")]),
    ("7014", "PEEL Eff 17", "Rec",
     "Within 6 months understand & address why such a high proportion of DA victims do not "
     "support the police investigaton", "Ch Supt Public Protection", A,
     "Work undertaken in area but still requires development to complete.", None,
     [(7014, "in_sync", "Ref 7014 and text agree; open on both.")]),
    ("7015", "PEEL Eff 17", "Rec",
     "Within 3 months cease DA risk assessments over the telephone & dealing with DA in the "
     "resolution centre", "Supt Contact Centre", A,
     "Resolution centre DA desk to close December 2023.", None,
     [(7015, "closeable_local", "Ref 7015 and text agree; HMICFRS Complete (closed band, "
       "14/06/2023), tracker AMBER: close locally.")]),
    ("8420", "Stolen Freedom (MSHT) 2017", "National rec",
     "Within 12 months review leadership & goverance arrangements for MSHT so that:\n"
     "• senior leaders prioritise the response to MSHT;\n"
     "• every incident is allocated appropriate resources with the skills, experience & "
     "capacity to investigate it;\n"
     "• effective partnership arrangements co-ordinate activity to share information & "
     "safeguard victims.", "Det Ch Supt Force CID", A,
     "MSHT governance board meets monthly.", None,
     [(8420, "conflict", "Ref 8420 and the leadership/governance text agree, both open, but "
       "the tracker lists three bullets: the fourth (performance and quality assurance "
       "measures) is missing.")]),
    ("8421", "Stolen Freedom (MSHT) 2017", "National rec",
     "Within 6 months have active ISAs with other agencies for speedy exchange of intelligence, "
     "to safeguard victims & identify suspects early", "Head of Intelligence", A,
     "Draft ISA with the three local authorities out for signature.", None,
     [(8421, "in_sync", "Ref 8421 and text agree (the list keeps the stray footnote 86); open "
       "on both.")]),
    ("8422", "Stolen Freedom (MSHT) 2017", "National rec",
     "Victims committing offences under compulsion get early & continuing consideration of "
     "the s45 defence", "Head of Criminal Justice", G,
     "Already complete / believed to be complete within short time scale (and within "
     "deadline).", D(2023, 7, 3),
     [(8422, "closeable_submit", "Ref 8422 and section 45 text agree; HMICFRS Awaiting review "
       "(open), tracker GREEN: submit for closure.")]),
    ("8423", "Stolen Freedom (MSHT) 2017", "National rec",
     "Comply with the NRM process & duty to notify the HO of suspected adult victims (MSA "
     "2015)", "Det Ch Supt Force CID", B, "Closed by HMICFRS May 2023.", D(2022, 12, 1),
     [(8423, "in_sync", "Ref 8423 and NRM text agree; HMICFRS Complete, tracker BLUE: closed "
       "on both.")]),
    ("8424", "Stolen Freedom (MSHT) 2017", "National rec",
     "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
     "Force Crime Registrar", A,
     "Allocated to the Force Crime Registrar. Audit of MSHT crimes scheduled Q4.", None,
     [(8424, "in_sync", "Ref 8424 and NCRS text agree; open on both.")]),
    ("8425", "Stolen Freedom (MSHT) 2017", "National rec",
     "MSHT allegations thoroughly investigated & effectively supervised by teams with the "
     "right skills (incl. JITs / overseas intel)", "Det Ch Supt Force CID", R,
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
     [(8425, "in_sync", "Ref 8425 and text agree; open on both (Being progressed / RED).")]),
    ("8498", "PEEL Efficiency 17 (all forces)", "National rec",
     "By September 2019 CCs should produce an ambitious plan to improve digitally-enabled "
     "services within their force", "Head of Corporate Development", A,
     "Digital strategy refresh with the Digital Board.", None,
     [(8498, "conflict", "Ref 8498 and text agree, both open, but the deadline differs: "
       "HMICFRS 'By September 2018', tracker 'By September 2019'.")]),
    ("8541", "PEEL Legit 17 S&S", "Cause of concern",
     "Forces unable to show S&S use is consistently reasonable & fair – over-representation "
     "of BAME people (black people in particular) in S&S data", "ACC Local Policing", A,
     "Disproportionality reported to the S&S scrutiny panel quarterly.", None,
     [(8541, "in_sync", "Ref 8541 and cause-of-concern text agree; open on both.")]),
    ("8542", "PEEL Legit 17 S&S", "National rec",
     "By July 2018 monitor a comprehensive set of S&S data: disproportionality by ethnicity; "
     "find rates by ethnicity & search type; possession-only drug searches vs priorities",
     "ACC Local Policing", G, "Ready to move to GREEN status. Dashboard live.", D(2023, 8, 1),
     [(8542, "closeable_submit", "Ref 8542 and monitoring text agree; HMICFRS Being "
       "progressed, tracker GREEN: submit for closure.")]),
    ("8534", "PEEL Legit 17 S&S", "National rec",
     "Where monitoring shows disparities show the public research/analysis done & action "
     "taken to reduce the disparity", "ACC Local Policing", A,
     "Analysis published annually; action plan in draft.", None,
     [(8543, "in_sync", "Tracker ref 8534 is not on the list (digits transposed); by text "
       "this is 8543 (disparities: research and action). Open on both.")]),
    ("8544", "PEEL Legit 17 S&S", "National rec",
     "Publish the analysis & any actions taken at least annually from July 2018",
     "ACC Local Policing", G, "Published on force website July 2023.", D(2023, 7, 4),
     [(8544, "in_sync", "Ref 8544 and text agree; HMICFRS Complete (closed band), tracker "
       "GREEN: closed/done on both.")]),
    ("8545", "PEEL Legit 17 S&S", "National rec",
     "By July 2018 all officers using S&S trained on unconscious bias & CoP APP on S&S",
     "Head of Learning & Development", A, "Training 87% complete.", None,
     [(8545, "in_sync", "Ref 8545 and training text agree; open on both.")]),
    ("8927", "NCPI 2018", "Rec",
     "Missing children: call takers use missing/absent category correctly; call takers & "
     "frontline staff know CSE risk factors; supervisors oversee missing enquiries",
     "Ch Supt Public Protection", A, "Revisit by HMICFRS expected 2024.", None,
     [(8927, "in_sync", "Ref 8927 and the three missing-children bullets agree; open on "
       "both.")]),
    ("8928", "NCPI 2018", "Rec",
     "CSE investigations allocated to officers with the right skills & effectively supervised "
     "(6 months)", "Ch Supt Public Protection", G,
     "Completed. Evidence submitted to HMICFRS for closure.", D(2023, 6, 20),
     [(8928, "closeable_submit", "Ref 8928 and text agree; HMICFRS Being progressed, tracker "
       "GREEN: submit for closure.")]),
    ("9381", "CDI 2019", "Rec",
     "Part 1 of 3 – victims believed at point of report; call handler/caller conversations "
     "summarised accurately in the incident log", "Force Crime Registrar", G,
     "Audit Q1 23/24 96% compliant.", D(2023, 9, 28),
     [(9381, "closeable_submit", "Part 1 of 3 of 9381 (first two bullets). All three parts "
       "are GREEN, HMICFRS Being progressed: submit for closure.")]),
    ("9381", "CDI 2019", "Rec",
     "Part 2 of 3 – multiple crimes always recorded when described in incident records or "
     "other investigations", "Force Crime Registrar", G, "Audit Q1 23/24 94% compliant.",
     D(2023, 9, 28),
     [(9381, "closeable_submit", "Part 2 of 3 of 9381 (third bullet); all parts GREEN.")]),
    ("9381", "CDI 2019", "Rec",
     "Part 3 of 3 – stop awaiting medical exam / video interview results before crime-"
     "recording decisions; triage online reports on receipt", "Force Crime Registrar", G,
     "Online crime triage live since March 2023.", D(2023, 9, 28),
     [(9381, "closeable_submit", "Part 3 of 3 of 9381 (fourth and fifth bullets); all parts "
       "GREEN.")]),
    ("9382", "CDI 2019", "Rec",
     "Within 3 months give call-handlers specific, sound & comprehensible criteria to assess "
     "THR", "Supt Contact Centre", G, "THRIVE+ criteria embedded.", D(2023, 7, 31),
     [(9382, "in_sync", "Ref 9382 and text agree. On the list it sits in the OVERDUE band "
       "but its status is Complete (closed 27/10/2023): closed; tracker GREEN: done on "
       "both.")]),
    ("11204", "Custody 2022", "Rec",
     "With children's social care review detention of children – detain only when "
     "neccessary & for minimum time; early assessment of need for alternative accomodation; "
     "record all actions/decisions; timely AA support", "Ch Insp Custody", A,
     "Concordat on children in custody signed with two of three LAs.", None,
     [(11204, "in_sync", "Ref 11204 and the four custody bullets agree; open on both.")]),
    ("11205", "Custody 2022", "AFI",
     "Training for officers & staff to identify & respond to vulnerable adults",
     "Ch Insp Custody", A, "Training package with L&D.", None,
     [(11205, "in_sync", "Ref 11205 and text agree; open on both.")]),
    ("10561", "PEEL 21/22", "AFI",
     "Improve understanding of the nature & scale of SOC in the force area",
     "Head of Intelligence", A, "SOC local profiles being refreshed.", None,
     [(10561, "in_sync", "Ref 10561 and text agree; open on both.")]),
    ("10562", "PEEL 21/22", "AFI",
     "Keep victims of fraud informed about progress of their case (VCOP)",
     "Det Ch Supt Force CID", G, "Ready to move to GREEN status.", D(2023, 5, 30),
     [(10562, "closeable_submit", "Ref 10562 and text agree; HMICFRS Being progressed, "
       "tracker GREEN: submit for closure.")]),
    ("10563", "PEEL 21/22", "AFI",
     "Improve timeliness of response to calls for service involving repeat victims",
     "Supt Contact Centre", A, "Repeat victim flag in STORM from Nov 23.", None,
     [(10563, "in_sync", "Ref 10563 and text agree; open on both.")]),
    ("10564", "PEEL 21/22", "AFI",
     "Enough specialist capacity & capability to investigate online CSA",
     "Det Ch Supt Force CID", "Complete", "POLIT uplift of 6 DCs in post.", D(2023, 4, 17),
     [(10564, "closeable_submit", "Ref 10564 and text agree; HMICFRS Being progressed, "
       "tracker 'Complete': submit for closure.")]),
    ("10565", "PEEL 21/22", "AFI",
     "Sufficient resources in the control room to fulfil resourcing model & meet demand, "
     "taking account of workforce wellbeing", "Supt Contact Centre", A,
     "Recruitment of 24 call handlers under way.", None,
     [(10565, "in_sync", "Ref 10565 and control room text agree; open on both.")]),
    ("10566", "PEEL 21/22", "AFI",
     "Problem-solving approach to ASB with local communities & partners",
     "ACC Local Policing", A, "Problem-solving hub pilot in two LPAs.", None,
     [(10566, "closeable_local", "Ref 10566 and text agree; HMICFRS Complete (05/09/2023), "
       "tracker AMBER: close locally.")]),
    ("10567", "PEEL 21/22", "AFI",
     "County lines analysis to inform the strategic assessment & control strategy",
     "Head of Intelligence", G, "Included in the 2023 strategic assessment.", D(2023, 6, 2),
     [(10567, "in_sync", "Ref 10567 and text agree; HMICFRS No further action required "
       "(closed), tracker GREEN: closed/done on both.")]),
    ("10568", "PEEL 21/22", "Recommendation",
     "Improve how we gather, assess & act on intelligence about counter-corruption",
     "Head of Professional Standards", A, "CCU intelligence development plan.", None,
     [(10568, "conflict", "Ref 10568 and text agree, both open, but the type differs: "
       "HMICFRS area for improvement, tracker Recommendation.")]),
    ("10570", "PEEL 21/22", "AFI",
     "Review how we gather & use E&D data to understand workforce demographics",
     "Director of People", A, "HR system data fields being updated.", None,
     [(10570, "in_sync", "Ref 10570 and text agree; open on both.")]),
    ("10571", "PEEL 21/22", "Cause of concern",
     "Size of the vetting backlog", "Head of Professional Standards", A,
     "Backlog down from 1,140 to 310.", None,
     [(10571, "in_sync", "Ref 10571 and vetting-backlog CoC agree; open on both.")]),
    ("10572", "PEEL 21/22", "Rec",
     "Within 6 months all staff to have at least the lowest level of vetting clearance; clear "
     "backlog & renewals; comply with national vetting guidelines",
     "Head of Professional Standards", G,
     "Completed. Evidence submitted to HMICFRS for closure.", D(2023, 10, 2),
     [(10572, "closeable_submit", "Ref 10572 and vetting text agree; HMICFRS Being "
       "progressed, tracker GREEN: submit for closure.")]),
    ("", "PEEL 21/22", "AFI",
     "Performance framework to give senior leaders a clear picture of the response to "
     "neighbourhood crime", "Head of Corporate Development", A,
     "Neighbourhood measures added to the Force Performance pack.", None,
     [(12851, "conflict", "No ref; by text this is 12851 (performance framework, "
       "neighbourhood crime). Both open, but the tracker files it under PEEL 21/22 while "
       "HMICFRS has it under PEEL 2023/24: report disagrees.")]),
    ("", "PEEL 21/22", "AFI",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board", "Force Crime Registrar", A, None, None,
     [(None, "not_on_hmicfrs_list", "The force's own local action (prefix 'Local action:'); "
       "no HMICFRS item asks for it.")]),
    ("12840", "PEEL 23/24", "AFI",
     "Stalking & harassment investigations allocated to officers with the right skills & "
     "effectively supervised", "Det Ch Supt Force CID", A, None, None,
     [(12840, "in_sync", "Ref 12840 and text agree; open on both.")]),
    ("12814", "PEEL 23/24", "AFI",
     "Consistently use ancillary orders & other powers to protect victims of VAWG",
     "Ch Supt Public Protection", A, "DVPO/SPO usage monitored monthly.", None,
     [(12841, "in_sync", "Tracker ref 12814 is not on the list (digits swapped); by text "
       "this is 12841 (ancillary orders, VAWG). Open on both.")]),
    ("12842", "PEEL 23/24", "AFI",
     "Improve management of the risk posed by offenders involved in sexual offences against "
     "children", "Ch Supt Public Protection", R,
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
     [(12842, "in_sync", "Ref 12842 and text agree; open on both.")]),
    ("12843", "PEEL 23/24", "AFI",
     "Improve supervison of investigations – plans set, reviewed & recorded; consistently "
     "good service to victims", "Det Ch Supt Force CID", A, None, None,
     [(12843, "in_sync", "Ref 12843 and text agree; open on both.")]),
    ("12844", "PEEL 23/24", "Rec",
     "Within 12 months improve understanding of RUI & management of those on bail",
     "Head of Criminal Justice", A, "Bail/RUI dashboard in build.", None,
     [(12844, "conflict", "Ref 12844 and text agree, both open, but the timescale differs: "
       "HMICFRS 'Within six months', tracker 'Within 12 months'.")]),
    ("12845", "PEEL 23/24", "Rec",
     "By 31/12/2023 make sure all performance management processes are effective",
     "Head of Corporate Development", A, "New performance framework to COG in December.",
     None,
     [(12845, "in_sync", "Ref 12845 and text agree (same deadline); open on both.")]),
    ("12846", "PEEL 23/24", "Rec",
     "Within 3 months record reports of hate crime accurately & without delay",
     "Force Crime Registrar", G, "Completed. Evidence submitted to HMICFRS for closure.",
     D(2023, 8, 25),
     [(12846, "closeable_submit", "Ref 12846 and text agree; HMICFRS Being progressed, "
       "tracker GREEN: submit for closure.")]),
    ("12848 / 12849", "PEEL 23/24", "AFI",
     "AFIs 12848 & 12849 – training for officers & staff to identify and respond to FGM and "
     "forced marriage", "Head of Learning & Development", A, "HBA/FGM/FM e-learning in build.",
     None,
     [(12848, "in_sync", "One tracker row holds both training AFIs (refs 12848 / 12849); "
       "this line is the FGM item, open on both."),
      (12849, "in_sync", "Same tracker row, second item: forced marriage, open on both.")]),
    ("12850", "PEEL 23/24", "Rec",
     "Within 12 months review plans to deliver savings – reduce crime & protect the front "
     "line while balancing the budget", "Director of Finance", A, "MTFP review Feb 2024.",
     None,
     [(12850, "in_sync", "Ref 12850 and text agree (same twelve months); open on both.")]),
    ("", "PEEL 23/24", "Action",
     "Force improvement plan: Refresh the neighbourhood crime problem profile and add it to "
     "the control strategy", "Head of Intelligence", A, None, None,
     [(None, "not_on_hmicfrs_list", "The force's own improvement-plan action; no HMICFRS "
       "item (12851 asks for a performance framework, not a problem profile).")]),
    ("10123", "Police powers spotlight (Feb 21)", "National rec",
     "By July 2022 officers & staff to have effective communication skills (National Policing "
     "Guidelines on Conflict Management)", "Head of Learning & Development", A,
     "Module added to OST from April 2024.", None,
     [(10123, "in_sync", "Ref 10123 and text agree; open on both.")]),
    ("10124", "Police powers spotlight (Feb 21)", "National rec",
     "By July 2021 reinforce communication skills through CPD; supervisors debrief officers "
     "using BWV footage", "Head of Learning & Development", G,
     "Completed. Evidence submitted to HMICFRS for closure.", D(2023, 9, 12),
     [(10124, "closeable_submit", "Ref 10124 and text agree; HMICFRS Being progressed (FLL "
       "note: evidence under review), tracker GREEN: submit/confirm closure.")]),
    ("10125", "Police powers spotlight (Feb 21)", "National rec",
     "BWV (a) – record the entirety of all S&S encounters incl. traffic stops & use of force "
     "on BWV", "ACC Local Policing", G, "BWV policy updated.", D(2022, 3, 1),
     [(10125, "in_sync", "Part (a) of 10125 (split over three rows). Parts (a) and (b) "
       "GREEN, part (c) AMBER: the item is not done; HMICFRS Being progressed: open on "
       "both.")]),
    ("10125", "Police powers spotlight (Feb 21)", "National rec",
     "BWV (b) – structured process to review a sample of BWV footage, disseminate learning & "
     "hold officers to account", "ACC Local Policing", G, "Monthly dip sample in place.",
     D(2022, 3, 1),
     [(10125, "in_sync", "Part (b) of 10125; item still open because part (c) is AMBER.")]),
    ("10125", "Police powers spotlight (Feb 21)", "National rec",
     "BWV (c) – external scrutiny panel access to samples of BWV footage of S&S and use of "
     "force", "ACC Local Policing", A, "Panel viewing protocol with OPCC.", None,
     [(10125, "in_sync", "Part (c) of 10125, AMBER; open on both.")]),
    ("10127", "Police powers spotlight (Feb 21)", "National rec",
     "By July 2021 effective internal monitoring of use of force – identify & explain "
     "disproportionate use", "ACC Local Policing", A, "Use of force dashboard v2 in test.",
     None,
     [(10127, "closeable_local", "Ref 10127 and text agree; HMICFRS Complete (03/10/2023), "
       "tracker AMBER: close locally.")]),
]


def props(wb, title):
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED})


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    props(wb, "Liaison list")
    ws = wb.add_worksheet("Liaison list")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    band = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ital = wb.add_format({"italic": True})
    widths = [9, 34, 11, 16, 80, 17, 12, 8, 12, 40]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.write(0, 0, "HMICFRS – Force Liaison Lead: recommendations and areas for improvement",
             title)
    ws.write(1, 0, f"{FORCE} – quarterly liaison meeting 14/11/2023 – position at 31/10/2023",
             bold)
    ws.write(2, 0, "Items are grouped by expected completion date. Items closed before "
             "01/04/2023 are not shown.", ital)
    ws.write(3, 0, "Please send updates on overdue items to your FLL by 10/11/2023. "
             "OFFICIAL-SENSITIVE", ital)
    headers = ["Rec ID", "Inspection", "Published", "Type", "Recommendation / AFI",
               "HMICFRS status", "Expected completion", "Days past", "Status date",
               "FLL comment"]
    hrow = 5
    ws.write_row(hrow, 0, headers, hdr)
    ws.freeze_panes(hrow + 1, 0)
    r = hrow + 1
    rows = {}
    nonitems = [(1, "title"), (2, "subtitle: force, meeting, position date"),
                (3, "note: grouping and items left out"), (4, "note: return date, marking"),
                (5, "blank"), (6, "header")]
    groups = {b: [] for b in range(5)}
    for it in H:
        groups[band_of(it)].append(it)
    for b in range(5):
        its = groups[b]
        if b == 3:
            its.sort(key=lambda x: (REPORTS[x[1]][1], x[0]))
        else:
            its.sort(key=lambda x: (x[5] or D(1900, 1, 1), x[0]))
        if b > 0:
            nonitems.append((r + 1, "blank row between bands"))
            r += 1
        ws.merge_range(r, 0, r, len(headers) - 1, f"{b + 1}. {BANDS[b]} ({len(its)})", band)
        nonitems.append((r + 1, f"band heading {b + 1}: {BANDS[b]} ({len(its)})"))
        r += 1
        for it in its:
            _id, rep, typ, text, status, exp, sdate, note = it
            rname, pub = REPORTS[rep]
            ws.write_number(r, 0, _id, cell)
            ws.write_string(r, 1, rname, wrap)
            ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), date)
            ws.write_string(r, 3, typ, cell)
            ws.write_string(r, 4, text, wrap)
            ws.write_string(r, 5, status, cell)
            if exp is None:
                ws.write_string(r, 6, "n/a", cell)
            else:
                ws.write_datetime(r, 6, dt.datetime.combine(exp, dt.time()), date)
            if exp is not None and exp < POSITION and b == 0:
                ws.write_number(r, 7, (POSITION - exp).days, cell)
            else:
                ws.write_blank(r, 7, None, cell)
            ws.write_datetime(r, 8, dt.datetime.combine(sdate, dt.time()), date)
            if note:
                ws.write_string(r, 9, note, wrap)
            else:
                ws.write_blank(r, 9, None, cell)
            rows[_id] = r + 1
            r += 1
    n_open = sum(1 for it in H if it[4] not in CLOSED)
    n_closed = len(H) - n_open
    r += 1
    nonitems.append((r, "blank"))
    ws.write(r, 0, f"Total items listed: {len(H)}   Open: {n_open}   Closed: {n_closed}", bold)
    nonitems.append((r + 1, "totals line"))
    r += 2
    nonitems.append((r, "blank"))
    keys = [
        "Status key:",
        "Awaiting review – HMICFRS has not yet assessed the force's progress",
        "Being progressed – HMICFRS has seen progress; the item remains open",
        "Complete / Superseded / No further action required – closed by HMICFRS",
    ]
    for k in keys:
        ws.write(r, 0, k, ital if k != "Status key:" else bold)
        nonitems.append((r + 1, "status key"))
        r += 1
    ws.autofilter(hrow, 0, hrow, len(headers) - 1)
    wb.close()
    return rows, nonitems


def build_tracker(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    props(wb, "HMICFRS tracker")
    ws = wb.add_worksheet("Tracker")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#C6E0B4", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        G: wb.add_format({"bg_color": "#00B050", "border": 1, "valign": "top"}),
        A: wb.add_format({"bg_color": "#FFC000", "border": 1, "valign": "top"}),
        R: wb.add_format({"bg_color": "#FF0000", "border": 1, "valign": "top"}),
        B: wb.add_format({"bg_color": "#00B0F0", "border": 1, "valign": "top"}),
    }
    for i, w in enumerate([5, 13, 26, 14, 70, 26, 9, 45, 12]):
        ws.set_column(i, i, w)
    ws.write(0, 0, f"{FORCE} – HMICFRS recommendations & AFIs tracker (Strategic Planning & "
             "Insight) – updated 20/10/2023", bold)
    ws.write_row(1, 0, ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI",
                        "Lead", "RAG", "Latest update", "Date submitted for closure"], hdr)
    ws.freeze_panes(2, 0)
    rows = []
    r = 2
    for n, fr in enumerate(F, start=1):
        ref, rep, typ, text, lead, rag, upd, sub, truth = fr
        ws.write_number(r, 0, n, cell)
        if ref:
            ws.write_string(r, 1, ref, cell)
        else:
            ws.write_blank(r, 1, None, cell)
        ws.write_string(r, 2, rep, wrap)
        ws.write_string(r, 3, typ, cell)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, lead, cell)
        ws.write_string(r, 6, rag, rag_fmt.get(rag, cell))
        if upd:
            ws.write_string(r, 7, upd, wrap)
        else:
            ws.write_blank(r, 7, None, cell)
        if sub:
            ws.write_datetime(r, 8, dt.datetime.combine(sub, dt.time()), date)
        else:
            ws.write_blank(r, 8, None, cell)
        rows.append((r + 1, fr))
        r += 1
    ws.autofilter(1, 0, r - 1, 8)
    key = wb.add_worksheet("RAG key")
    key.set_column(0, 0, 10)
    key.set_column(1, 1, 70)
    key.write_row(0, 0, ["RAG", "Meaning"], hdr)
    for i, (k, v) in enumerate([
        (R, "Beyond deadline / little work undertaken"),
        (A, "Work under way, not yet complete"),
        (G, "Complete – evidence submitted or ready to submit to HMICFRS"),
        (B, "Closed by HMICFRS / no further action"),
    ], start=1):
        key.write_string(i, 0, k, rag_fmt[k])
        key.write_string(i, 1, v)
    wb.close()
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, h_nonitems = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    seen = set()
    for frow, fr in frows:
        for hid, cat, why in fr[8]:
            h = f"Liaison list!{hrows[hid]}" if hid else ""
            lines.append((h, f"Tracker!{frow}", cat, why))
            if hid:
                seen.add(hid)
    missing_why = {
        8426: "Stolen freedom preventative-powers item (Awaiting review) has no tracker row "
              "by ref or by text (the tracker's MSHT block has no preventative powers / "
              "STRO/SRO line).",
        9383: "CDI 2019 AFI on recording rape and serious sexual offences: no tracker row; the "
              "tracker's hate crime recording row is 12846, a different item.",
        10569: "PEEL 2021/22 AFI on monitoring team cultures: no tracker row by ref or text.",
        12847: "PEEL 2023/24 AFI on honour-based abuse: no tracker row (the FGM/forced "
               "marriage training row covers 12848/12849 only).",
    }
    for it in H:
        if it[0] not in seen:
            lines.append((f"Liaison list!{hrows[it[0]]}", "", "missing_from_force",
                          missing_why[it[0]]))
            seen.add(it[0])
    assert seen == {it[0] for it in H}, "every HMICFRS item covered"
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10**6,
                              int(x[1].split("!")[1]) if x[1] else 10**6))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_TEXT)
    for rr, why in h_nonitems:
        print(f"non-item Liaison list!{rr}\t{why}")


README_TEXT = '# Case `fll_chase_list_due_date_bands` (round 99, case B)\n\n## Story\nSevern Vale Constabulary is an invented force. Its HMICFRS Force Liaison Lead (FLL) sends a **chase list**\nbefore each quarterly liaison meeting (this one is for the meeting on 14/11/2023, position at 31/10/2023).\nThe chase list is the definitive list, but it is laid out for chasing rather than by report. The FLL sorts\nevery item into **bands by its expected completion date**: overdue, due within 90 days, due later, no date\nset, and "closed since 01/04/2023" for information. Each band has its own heading row with a count. Within a\nband the rows are in date order, so items from one report are spread across the sheet. Items closed before\n01/04/2023 are left out (a note in row 3 says so). So older items that the force completed long ago are\nsimply not on this list. The analyst in Strategic Planning & Insight reconciles the list with the force\'s\nplain tracker.\n\n## Files\n- `hmicfrs.xlsx` has one sheet, `Liaison list`. Rows 1–4 are titles and notes, row 5 is blank and row 6 is\n  the header. Columns: `Rec ID` (a plain integer, old-register style: 2321, 7012 … 12851), `Inspection` (the\n  full report title), `Published` (a date, dd/mm/yyyy), `Type` (Recommendation / Area for improvement /\n  Cause of concern / National recommendation), `Recommendation / AFI` (verbatim HMICFRS text: curly quotes,\n  bullets, line breaks, the stray footnote digits "86" and "20"), `HMICFRS status` (Awaiting review / Being\n  progressed / Complete / Superseded / No further action required), `Expected completion` (a date, or the\n  text "n/a"), `Days past` (a number in the overdue band only), `Status date` and `FLL comment`. The header\n  row has an autofilter, panes are frozen under the header, and the band headings are merged across A:J.\n  There are 53 item rows.\n- `tracker.xlsx` has two sheets.\n  - `Tracker`: row 1 is the title, row 2 is the header and rows 3–62 hold 60 item rows. Columns: `No.`\n    (running number, not a reference), `HMICFRS Ref` (text), `Report` (the force\'s short names),\n    `Type`, `Recommendation / AFI` (shortened, abbreviated and mistyped), `Lead`, `RAG`\n    (GREEN/AMBER/RED/BLUE/"Complete", with cell fill), `Latest update` and `Date submitted for closure`.\n  - `RAG key`: a legend, no items.\n- `truth.csv` has 65 lines.\n\n## What the layout brings (HMICFRS side), with row numbers\n1. **Band heading rows** carry a count and are merged: row 7 "1. OVERDUE … (21)", row 30 "2. DUE WITHIN 90\n   DAYS (by 29/01/2024) (2)", row 34 "3. DUE AFTER 29/01/2024 (1)", row 37 "4. NO DATE SET … (22)" and row 61\n   "5. CLOSED SINCE 01/04/2023 (for information) (7)". Blank rows 29, 33, 36 and 60 separate the bands.\n2. **The order is by date, not by report.** Stolen freedom items are in rows 10–14 and 18. PEEL 2023/24 items\n   are in rows 28, 31, 32, 35, 52–59. In band 4 the rows are sorted by report, then ID.\n3. **A band does not give the status.** Row 21 (9382) sits in the OVERDUE band with `Days past` 1412, but its\n   status is **Complete** (FLL comment: "Closed 27/10/2023 – will move to the closed section at the next\n   refresh"). The status column decides: the item is closed.\n4. The **closed band** (rows 62–68) mixes Complete, Superseded (2321) and No further action required (10567).\n   All of these are closed.\n5. `Days past` (numbers such as 2434) and `Status date` are not references. The expected completion date is\n   the FLL\'s reading of the timescale in the text. AFIs and causes of concern show "n/a".\n6. Notes (rows 1–4), the totals line (row 70) and the status key (rows 72–75) sit above and below the table.\n7. Row 10 (8422) is still "Awaiting review" six years on.\n\n## Traps and how the truth decides them\n- **Ref typos in the tracker.** Row 23 has ref 8534, which is not on the list; its text is 8543 (row 40).\n  Row 48 has ref 12814; its text is 12841 (row 53). Both are in_sync by text.\n- **Old closed items are missing from the list, not unknown.** Tracker rows 4–9 (S&S 2013, Core business,\n  Integrity matters, Firearms 2015 ×2, Austerity) are BLUE and absent from the list → `not_on_hmicfrs_list`.\n  Two of them look like current items: row 5 (Core business call-handler criteria) resembles 9382, which the\n  force tracks on row 31; row 9 (Austerity savings) resembles 12850, which the force tracks on row 55.\n  The report and the deadline decide.\n- **Split rows.** 9381 (list row 22, CDI victims with five bullets) is split over tracker rows 28–30, all\n  GREEN → three `closeable_submit` lines. 10125 (list row 24, BWV, three paragraphs) is split over tracker\n  rows 59–61. Parts (a) and (b) are GREEN and (c) is AMBER, so the item is not done → three `in_sync` lines.\n- **One row holds two items.** Tracker row 54 ("12848 / 12849", FGM and forced marriage training) has two\n  `in_sync` lines, one for list row 57 and one for list row 58.\n- **Conflicts**:\n  - 8420: the tracker drops the fourth bullet (performance and QA measures).\n  - 8498: the deadline is September 2018 on the list and September 2019 in the tracker.\n  - 10568: the list has an AFI; the tracker says "Recommendation".\n  - 12844: the list says within six months; the tracker says within 12 months.\n  - 12851: tracker row 45 has no ref, and its text matches 12851, but it is filed under PEEL 21/22 while\n    HMICFRS has it under PEEL 2023/24.\n- **Closeable.** In every case the status on the list (not its band) is compared with the tracker\'s RAG.\n  - `closeable_local` (list closed, tracker AMBER): 2321 Superseded, 7015, 10566, 10127.\n  - `closeable_submit` (list open, tracker GREEN or "Complete"): 7013, 8422, 8542, 8928, 9381 ×3, 10124\n    (the FLL notes evidence is under review), 10562, 10564, 10572, 12846.\n- **Missing from the force**: 8426 (row 13), 9383 (row 41), 10569 (row 48) and 12847 (row 56). The FLL\n  comments "No force update received" on three of them.\n- **Local actions** (tracker rows 46 and 56, "Local action:" and "Force improvement plan:") →\n  `not_on_hmicfrs_list`.\n- `review` is not used.\n\n## Counts (65 truth lines)\nin_sync 32 · closeable_submit 12 · not_on_hmicfrs_list 8 · conflict 5 · closeable_local 4 · missing_from_force 4.\nHMICFRS items: 53 (45 open, 8 closed). Force item rows: 60.\n\n## Rows that are not items\n- `Liaison list!1`–`4`: title and notes. `!5`: blank. `!6`: header.\n- `!7`, `!30`, `!34`, `!37`, `!61`: band headings. `!29`, `!33`, `!36`, `!60`: blank separators.\n- `!69`: blank. `!70`: totals line. `!71`: blank. `!72`–`!75`: status key.\n- `Tracker!1`: title. `Tracker!2`: header.\n- The whole `RAG key` sheet (a legend).\n\n## Checks run\n- Every item row of both files is in truth.csv: the set of `hmicfrs_row` equals the 53 integer-ID rows, and\n  the set of `force_row` equals the 60 tracker rows; row 54 appears twice and no other row repeats.\n- Both files were read back with openpyxl (cell by cell) and with pandas (`header=5` gives 69 rows including\n  bands and blanks; `header=1` for the tracker gives 60 rows).\n- Two builds are byte-identical. The fixed document `created` date is 31/10/2023; zip entries are dated\n  1980-01-31. `cmp` was run on all three generated files.\n- The texts are copied as literals from `/work/main/reconcile/casegen/texts/` and the shared data. The\n  "{force}" slot is filled with the invented force name. The reconcile tool was not read, run or imported.\n'


if __name__ == "__main__":
    main()
