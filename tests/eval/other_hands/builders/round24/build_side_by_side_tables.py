"""Build the evaluation case `side_by_side_tables` (round 24).

A force tracker whose single sheet holds two tables side by side: "Recommendations" in A:H and
"Areas for improvement" in K:Q (I:J blank), each with its own title cell (row 4) and its own
header row (row 5), different row counts and different columns.  The HMICFRS side is a plain
register export.  Texts are real public HMICFRS wording (copied from
/work/shared/data/real_recommendations.csv and reconcile/casegen/texts); rewordings, progress
notes and local actions are written as a force analyst would.

Run:  /work/main/.venv/bin/python build_side_by_side_tables.py
Rebuilds side_by_side_tables/ byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 2406
CASE = "side_by_side_tables"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED_TS = dt.datetime(2025, 11, 7, 9, 0, 0)

rng = random.Random(SEED)

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence)
# --------------------------------------------------------------------------------------------
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
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
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
NCPI_DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
COC_ALLIANCE = (
    "The force does not have suitable arrangements in place to make sure it can maintain the "
    "full range of public services when its alliance with Warwickshire Police ends. There are "
    "gaps in its workforce skills assessment, and weaknesses in both its investigative approach "
    "and its approach to safeguarding vulnerable people."
)
COC_CAPACITY = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the way "
    "that crimes are being investigated."
)
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce."
)

# --------------------------------------------------------------------------------------------
# HMICFRS reports: key -> (register title, publication date, tracker name, tracker date cell)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013", dt.datetime(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", dt.datetime(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "July 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "Sep 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  None, None),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)",
                dt.datetime(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015", dt.datetime(2015, 9, 15)),
    "peel16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
               "March 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", dt.datetime(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", dt.datetime(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", dt.datetime(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018",
               dt.datetime(2018, 6, 14)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19", dt.datetime(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019",
              dt.datetime(2019, 9, 12)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", "Feb 2021"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 4, 28), "PEEL 2021/22", dt.datetime(2022, 4, 28)),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
                 dt.date(2024, 5, 16), "PEEL 2023-25", dt.datetime(2024, 5, 16)),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, ref, report, type, text, status, category, why
# --------------------------------------------------------------------------------------------
H = []


def h(key, ref, report, typ, text, status, cat, why):
    H.append(dict(key=key, ref=ref, report=report, type=typ, text=text, status=status, cat=cat,
                  why=why))


h("everyone", 2321, "everyone", REC, EVERYONE_PLAN, CO, "in_sync",
  "closed on both sides (Complete / GREEN); force copy drops the stray footnote '20'")
h("core1", 4822, "core", REC,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
  "not yet done so, should provide call-handlers with specific, sound and comprehensible "
  "criteria against which they can assess threat, harm and risk.", SU, "closeable_local",
  "HMICFRS Superseded, force still AMBER")
h("core2", 4823, "core", REC,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", CO, "in_sync", "closed on both sides")
h("integrity", 902, "integrity", REC,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
  "in place to ensure that investigations into misconduct by officers and staff resulting in "
  "“no further action” are fair and free of any form of discrimination.", CO,
  "missing_from_force", "no row in either table (HMICFRS has it Complete; the force dropped it)")
h("picture", 5170, "picture", REC,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
  "of compliance with the APP on information management through the force information "
  "management governance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.", BP, "closeable_submit",
  "HMICFRS Being progressed, force GREEN")
h("fa1", 5391, "firearms", REC,
  "Within three months, all chief constables should assess how well the governance of firearms "
  "licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied "
  "with should put in place immediately the correct arrangements and procedures in order to "
  "meet the standards in full.", CO, "in_sync", "closed on both sides")
h("fa2", 5392, "firearms", REC,
  "Within three months, all chief constables should assess the demand placed on their firearms "
  "licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.", BP, "conflict",
  "timescale: HMICFRS 'Within three months', force 'Within six months' (due date 15/03/2016 "
  "follows the force's six months)")
h("fa3", 5393, "firearms", REC,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.", CO,
  "closeable_local", "HMICFRS Complete, force AMBER")
h("fa4", 5394, "firearms", REC,
  "Within three months, all chief constables should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.", BP,
  "closeable_submit", "HMICFRS Being progressed, force GREEN; force text abridged (HO, NFLMS)")
h("fa5", 5395, "firearms", REC,
  "Within three months, all chief constables should ensure that systems designed to identify, "
  "prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching "
  "officers to incidents; and that officers understand the risk assessment which they should "
  "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
  "and firearm certificates.", BP, "in_sync", "open on both sides (Being progressed / RED)")
h("p16coc", 6611, "peel16", COC, MISSING_CHILDREN_COC, BP, "missing_from_force",
  "the cause of concern itself has no row; the force tracks only its recommendation (6612, "
  "split into rows 17-19)")
h("p16rec", 6612, "peel16", REC, MISSING_CHILDREN_REC, BP, "closeable_submit",
  "split one row per bullet, all three GREEN; HMICFRS Being progressed")
h("p16afi1", 6613, "peel16", AFI,
  "The force should improve how it works with partner organisations to safeguard people at "
  "risk from child sexual exploitation.", CO, "in_sync", "closed on both sides")
h("p16afi2", 6614, "peel16", AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to honour-based abuse.", SU, "closeable_local",
  "HMICFRS Superseded, force 'In progress'")
h("sf1", 8302, "stolen", REC, SF_LEADERSHIP, BP, "in_sync",
  "split one row per bullet (4 rows, all AMBER); HMICFRS Being progressed")
h("sf2", 8303, "stolen", REC,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", AR, "in_sync",
  "open on both sides; HMICFRS text carries the stray footnote '86', force abbreviates ISAs")
h("sf3", 8304, "stolen", REC,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.", CO, "in_sync",
  "closed on both sides")
h("sf4", 8305, "stolen", REC,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
  "process as it evolves and are implementing the requirement placed upon them under the "
  "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
  "adult victim of modern slavery or human trafficking.", BP, "closeable_submit",
  "HMICFRS Being progressed, force GREEN")
h("sf5", 8306, "stolen", REC,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar to "
  "provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", BP, "missing_from_force",
  "open on HMICFRS, no row in either table (the CDI AFIs on the right are different asks)")
h("sf6", 8307, "stolen", REC,
  "Immediately, forces should ensure that allegations or indications of modern slavery and "
  "human trafficking are thoroughly investigated and effectively supervised by teams and "
  "individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).", SU, "closeable_local", "HMICFRS Superseded, force AMBER")
h("sf7", 8308, "stolen", REC,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery "
  "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
  "clear threat to others in respect of modern slavery and human trafficking offences are "
  "exploited.", BP, "closeable_submit", "HMICFRS Being progressed, force GREEN")
h("digital", 8417, "efc17", REC,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development of "
  "these plans by establishing a national framework which allows for the provision of "
  "digitally enabled services across force boundaries.", CO, "closeable_local",
  "HMICFRS Complete, force RED")
h("l17coc", 8541, "leg17", COC, COC_SAS, BP, "in_sync",
  "cause of concern kept in the Recommendations table with the prefix 'Cause of concern:' "
  "(type agrees); open on both sides")
h("l17mon", 8542, "leg17", REC, SAS_MONITORING_2017, BP, "closeable_submit",
  "HMICFRS Being progressed, force GREEN; all three bullets present")
h("l17disp", 8543, "leg17", REC,
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
  "for the disparity, and •taken action to reduce the disparity, where necessary;", BP,
  "in_sync", "open on both sides")
h("l17pub", 8544, "leg17", REC,
  "We expect forces to publish this analysis and any actions taken at least on an annual "
  "basis, from July 2018.", CO, "closeable_local", "HMICFRS Complete, force AMBER")
h("l17ub", 8545, "leg17", REC,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who "
  "use stop and search powers have been provided with, and understand, training on "
  "unconscious bias and College of Policing APP on stop and search.", CO, "in_sync",
  "closed on both sides")
h("ncpirec", 8790, "ncpi18", REC, NCPI_DETENTION, BP, "in_sync",
  "open on both sides; all five bullets present in the force copy")
h("ncpiafi1", 8791, "ncpi18", AFI,
  "The force should improve its understanding of the nature and scale of online child sexual "
  "abuse in its area.", AR, "closeable_submit", "HMICFRS Awaiting review, force Complete")
h("ncpiafi2", 8792, "ncpi18", AFI,
  "The force should make sure it has enough specialist capacity and capability to investigate "
  "online child sexual abuse.", BP, "in_sync", "open on both sides")
h("cocA", 9604, "peel1819", COC, COC_ALLIANCE, BP, "in_sync",
  "cause of concern kept in the Recommendations table as 'Cause of concern 1:' (type agrees); "
  "open on both sides")
h("r1819a", 9605, "peel1819", REC,
  "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
  "Police to secure a smooth transition to its future operating model, ensuring no disruption "
  "to public services; and", CO, "in_sync", "closed on both sides")
h("r1819b", 9606, "peel1819", REC,
  "HMIC recommends that the force should immediately:clearly define its new operating model, "
  "ensuring all operational and support services are affordable and fit to protect the "
  "communities of West Mercia;", CO, "closeable_local", "HMICFRS Complete, force AMBER")
h("r1819c", 9607, "peel1819", REC,
  "HMIC recommends that the force should immediately: expand the skills project work to "
  "include an assessment of all skills, not only operational, including potential future "
  "skills requirements. This assessment should inform workforce plans;", BP,
  "closeable_submit", "HMICFRS Being progressed, force GREEN")
h("r1819d", 9608, "peel1819", REC,
  "HMIC recommends that the force should immediately:improve its arrangements both to consult "
  "with the public about business planning and to feed back on changes made to service "
  "delivery as a result of such consultation.", BP, "in_sync", "open on both sides")
h("r1819e", 9609, "peel1819", REC,
  "HMIC recommends that the force should immediately: conduct a review, involving its "
  "partners, of the approach to vulnerability to better safeguard vulnerable people.", BP,
  "in_sync", "open on both sides")
h("cocB", 9610, "peel1819", COC, COC_CAPACITY, BP, "conflict",
  "type: HMICFRS Cause of concern, force put it in the Areas for improvement table with no "
  "'Cause of concern' prefix (the force's own legend says causes of concern go in the "
  "Recommendations table)")
h("r1819f", 9611, "peel1819", REC,
  "HMIC recommends that the force should immediately: conduct a review of officers’ "
  "capabilities and capacity to manage their investigative workload, to better understand "
  "investigative demand and the pressures placed upon them; and", BP, "in_sync",
  "open on both sides")
h("r1819g", 9612, "peel1819", REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", BP, "closeable_submit", "HMICFRS Being progressed, force GREEN")
h("r1819h", 9613, "peel1819", REC,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;", BP, "conflict",
  "type: HMICFRS Recommendation, force tracks it in the Areas for improvement table reworded "
  "as 'The force should…' (and the 'within six months' timescale is lost)")
h("r1819i", 9614, "peel1819", REC,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;", AR,
  "in_sync", "open on both sides")
h("a1819a", 9615, "peel1819", AFI,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", CO, "in_sync", "closed on both sides")
h("a1819b", 9616, "peel1819", AFI,
  "The force should make sure its analysis of serious and organised crime informs its "
  "strategic assessment and control strategy.", BP, "closeable_submit",
  "HMICFRS Being progressed, force Complete")
h("a1819c", 9617, "peel1819", AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", BP, "in_sync", "open on both sides")
h("cdirec", 10112, "cdi19", REC, CDI_VICTIMS, BP, "conflict",
  "missing bullet: the force copy has four of the five bullets ('multiple crimes are always "
  "recorded…' is gone)")
h("cdiafi1", 10113, "cdi19", AFI,
  "The force should make sure it records reports of stalking and harassment accurately and "
  "without delay.", AR, "closeable_submit",
  "HMICFRS Awaiting review, force 'Pending sign off' (done, awaiting chief officer sign-off)")
h("cdiafi2", 10114, "cdi19", AFI,
  "The force should take steps to ensure that there is effective supervision of the initial "
  "risk assessment process, specifically in relation to the completion of DASH risk "
  "assessment in appropriate cases.", BP, "in_sync", "open on both sides ('Ongoing')")
h("pw1", 12387, "powers", REC,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should "
  "be in addition to existing training on conflict management and de-escalation.", BP,
  "in_sync", "open on both sides")
h("pw2", 12388, "powers", REC,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills "
  "using body-worn video footage.", CO, "closeable_local", "HMICFRS Complete, force AMBER")
h("pw3", 12389, "powers", REC, BWV_2021, BP, "closeable_submit",
  "HMICFRS Being progressed, force GREEN; all three parts present")
h("pw4", 12390, "powers", REC,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.", BP, "in_sync",
  "open on both sides")
h("p22r", 13921, "peel2122", REC,
  "Within six months, the force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.", BP, "in_sync", "open on both sides")
h("p22a1", 13922, "peel2122", AFI,
  "The force should improve the timeliness of its response to calls for service involving "
  "domestic abuse.", BP, "in_sync", "open on both sides")
h("p22a2", 13923, "peel2122", AFI,
  "The force should make sure victims of stalking and harassment are kept informed about the "
  "progress of their case, in line with the Code of Practice for Victims of Crime.", CO,
  "in_sync", "closed on both sides; paired with the AFI-table row (the copy in the "
  "Recommendations table is a duplicate)")
h("p22a3", 13924, "peel2122", AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", BP, "closeable_submit", "HMICFRS Being progressed, force Complete")
h("p22a4", 13925, "peel2122", AFI, CONTROL_ROOM, CO, "closeable_local",
  "HMICFRS Complete, force 'In progress'")
h("p22a5", 13926, "peel2122", AFI,
  "The force should make sure it consistently uses ancillary orders and other powers to "
  "protect victims of violence against women and girls.", BP, "conflict",
  "report: PEEL 2021/22 item filed under the 'PEEL 2023-25' heading of the AFI table")
h("p22a6", 13927, "peel2122", AFI,
  "The force should review how it gathers and uses equality and diversity data to improve its "
  "understanding of its workforce demographics.", BP, "missing_from_force",
  "open on HMICFRS, no row in either table")
h("p22a7", 13928, "peel2122", AFI,
  "The force should develop a problem-solving approach to anti-social behaviour, working with "
  "local communities and partners.", BP, "conflict",
  "type: HMICFRS Area for improvement, force tracks it in the Recommendations table")
h("p25r", 16705, "peel2325", REC,
  "Within six months, the force should make sure there are appropriate strategic oversight "
  "arrangements in place to manage risks, performance and improvement plans effectively.", AR,
  "in_sync", "open on both sides (force ref 'TBC')")
h("p25a1", 16706, "peel2325", AFI,
  "The force should make sure investigations of rape and serious sexual offences are allocated "
  "to officers with the right skills and are effectively supervised.", AR, "in_sync",
  "open on both sides ('Not started')")
h("p25a2", 16707, "peel2325", AFI,
  "The force should improve its understanding of the nature and scale of fraud in its area.",
  AR, "in_sync", "open on both sides")
h("p25a3", 16708, "peel2325", AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to stalking and harassment.", AR, "closeable_submit",
  "HMICFRS Awaiting review, force Complete")
h("p25a4", 16709, "peel2325", AFI,
  "The force should improve the timeliness of its response to calls for service involving "
  "people with mental ill health.", AR, "missing_from_force",
  "open on HMICFRS, no row in either table (near-twin of 13922, which is tracked)")
h("p25a5", 16710, "peel2325", AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", AR, "in_sync", "open on both sides")

HBY = {x["key"]: x for x in H}

# --------------------------------------------------------------------------------------------
# Force tracker rows
# --------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Supt Firearms Licensing", None]

FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}

# Left table (A:H): groups of (report key, [rows]); row = dict(key, ref, text, rag, due, prog,
# lead).  key None = not on the HMICFRS list (cat/why given).
LEFT = []


def grp(report, rows):
    LEFT.append((report, rows))


def r(key, ref, text, rag, due, prog, lead="*", cat=None, why=None):
    return dict(key=key, ref=ref, text=text, rag=rag, due=due, prog=prog, lead=lead, cat=cat,
                why=why)


grp("sas13", [
    r(None, 3110,
      "Chief Constables should, in consultation with elected local policing bodies, ensure that "
      "they comply with the code of practice by explaining to the public the way S&S powers are "
      "used in their areas and by making arrangements for S&S records to be scrutinised by "
      "community representatives.", "GREEN", "Not specified",
      "Community scrutiny panel meets quarterly; S&S data published monthly on the force "
      "website since 2014.", cat="not_on_hmicfrs_list",
      why="Stop and search 2013 recommendation no longer on the HMICFRS list (ref 3110 is not "
          "on it): query with HMICFRS"),
])
grp("everyone", [
    r("everyone", 2321,
      "By September 2014, every police force in England and Wales should establish and publish "
      "an action plan that specifies in detail what steps it will take to improve its approach "
      "to DA.\nThis action plan should be developed:\n• in consultation with PCCs, DA support "
      "organisations and victims' representatives;\n• after close consideration of all the "
      "recommendations in this report;\n• with reference to all relevant domestic homicide "
      "reviews and IPCC findings, whether in connection with the force in question or another "
      "force; and\n• drawing on relevant knowledge acquired or available from other sources "
      "such as CPS scrutiny panels and MARAC self-assessments.", "GREEN", dt.datetime(2014, 9, 30),
      "DA action plan published Sept 2014, now part of the VAWG delivery plan. Closed by HMIC."),
])
grp("austerity", [
    r(None, None,
      "In preparation for the next spending round all CCs and PCCs should review their plans for "
      "collaboration, in particular whether there is scope to deliver better value for money "
      "and improved capability and capacity through joint working with other forces, the "
      "public and/or the private sector.", "AMBER", "Next spending review",
      "Collaboration plans reviewed by the Strategic Alliance Board after the alliance ended "
      "(Oct 2019). Regional collaboration review with Warwickshire ongoing.",
      cat="not_on_hmicfrs_list",
      why="Policing in austerity 2014 recommendation not on the HMICFRS list (no ref on either "
          "side)"),
])
grp("core", [
    r("core1", 4822,
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
      "have not yet done so, should provide call-handlers with specific, sound and "
      "comprehensible criteria against which they can assess THR.", "AMBER",
      dt.datetime(2015, 3, 31),
      "THRIVE+ refresh for the OCC being scoped; revised call-handling criteria due with the "
      "Contact Transformation project (Q4 25/26)."),
    r("core2", 4823,
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.", "GREEN", dt.datetime(2015, 3, 31),
      "Problem-solving database live; evaluation template in use. Closed by HMIC 2016."),
])
grp("picture", [
    r("picture", 5170,
      "By 30 November 2015, CCs should put in place arrangements to scrutinise audits of "
      "compliance with the APP on information management through the force information "
      "management goverance structure. This should include measures to ensure that "
      "categorisation of records are regularly adjusted.", "GREEN", dt.datetime(2015, 11, 30),
      "Information Assurance Board reviews MoPI audit results quarterly. Evidence pack with "
      "sign-off lead for submission to HMICFRS."),
])
grp("firearms", [
    r("fa1", 5391,
      "Within three months, assess how well the governance of firearms licensing in the force "
      "meets the standards set out in APP. Where the governance standards are not being "
      "complied with, put in place immediately the correct arrangements and procedures in "
      "order to meet the standards in full.", "GREEN", dt.datetime(2015, 12, 15),
      "Governance review completed Dec 2015. Closed by HMIC."),
    r("fa2", 5392,
      "Within six months, assess the demand placed on the firearms licensing department and "
      "ensure it has the capacity to meet this demand and provide an efficient and effective "
      "service at all times.", "AMBER", dt.datetime(2016, 3, 15),
      "Demand review re-run 2025 after renewals peak; business case for 4 additional FEOs "
      "going to Force Executive Board.", lead="Supt Firearms Licensing"),
    r("fa3", 5393,
      "Immediately, all chief constables should satisfy themselves that all appropriate action "
      "is being taken by their force with regard to 'total expired' licensing records.",
      "AMBER", "Immediate",
      "Expired records down to 14; weekly review by the FLU manager.",
      lead="Supt Firearms Licensing"),
    r("fa4", 5394,
      "Within three months, ensure arrangements for temporary permits are in line with HO "
      "guidance; that temporary permits are recorded without delay on NFLMS; and that "
      "effective systems exist to ensure certificate holders are not permitted, at any time, "
      "to remain in unlawful possession of a firearm.", "GREEN", dt.datetime(2015, 12, 15),
      "Completed. Temporary permit process audited Aug 2025 - 100% recorded on NFLMS.",
      lead="Supt Firearms Licensing"),
    r("fa5", 5395,
      "Within three months, all chief constables should ensure that systems designed to "
      "identify, prior to police attendance, whether a reported incident involves or is at the "
      "address of a firearm certificate holder are in place and are always applied by staff "
      "dispatching officers to incidents; and that officers understand the risk assessment "
      "which they should be undertaking in such circumstances, and their power, when "
      "appropriate, to seize firearms and firearm certificates.", "RED",
      dt.datetime(2015, 12, 15),
      "STORM address flag live, but dispatcher compliance audit (Sept 25) found flag checked "
      "in only 61% of incidents. Re-audit Jan 2026."),
])
grp("peel16", [
    r("p16rec", 6612,
      "Immediately review approach to reports of missing children and ensure that: (a) call "
      "takers understand and use the missing and absent category appropriately", "GREEN",
      "Immediate", "Missing/absent categories removed in line with APP; call taker training "
      "delivered 2018."),
    r("p16rec", 6612,
      "(b) call takers and frontline staff have the necessary knowledge to identify risk "
      "factors associated with CSE and how to respond to such cases", "GREEN", "Immediate",
      "CSE risk indicators in the OCC script; frontline CSE input on the PDR day."),
    r("p16rec", 6612,
      "(c) supervisors provide the correct oversight of missing person enquiries and direct "
      "appropriate and timely investigative and safeguarding action", "GREEN", "Immediate",
      "Missing person supervisory review mandatory on COMPACT at 2, 6 and 24 hours."),
])
grp("stolen", [
    r("sf1", 8302,
      "Within 12 months review leadership & governance arrangements for MSHT to ensure that: "
      "senior leaders prioritise the response to MSHT", "AMBER", dt.datetime(2018, 10, 24),
      "MSHT now a control strategy priority; gold group chaired by ACC Crime."),
    r("sf1", 8302,
      "every incident of modern slavery identified to police is allocated appropriate "
      "resources with the skills, experience and capacity to investigate it effectively",
      "AMBER", dt.datetime(2018, 10, 24),
      "Allocation policy being rewritten; MSHT investigations to move to the exploitation hub."),
    r("sf1", 8302,
      "forces develop effective partnership arrangements to co-ordinate activity in order to "
      "share information and safeguard victims", "AMBER", dt.datetime(2018, 10, 24),
      "Anti-slavery partnership meets bi-monthly."),
    r("sf1", 8302,
      "performance and QA measures are in place to allow senior leaders to assess the nature "
      "and quality of the service provided to victims", "AMBER", dt.datetime(2018, 10, 24),
      "MSHT measures to be added to the monthly Force Performance pack."),
    r("sf2", 8303,
      "Within 6 months, forces should have in place active ISAs with other agencies to "
      "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
      "to identify suspects as early as possible.", "AMBER", dt.datetime(2018, 4, 24),
      "ISAs agreed with 3 of 4 local authorities; Herefordshire outstanding."),
    r("sf3", 8304,
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.", "GREEN",
      "Immediate", "s45 prompt built into custody and CPS file checklists. Closed by HMICFRS."),
    r("sf4", 8305,
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
      "process as it evolves and are implementing the requirement placed upon them under the "
      "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
      "victim of MSHT.", "GREEN", "Immediate",
      "Duty to Notify process embedded; NRM SPOC in the exploitation hub. Ready to submit."),
    r("sf6", 8307,
      "Immediately, forces should ensure that allegations or indications of MSHT are "
      "thoroughly investigated and effectively supervised by teams and individuals with the "
      "skills and experience to undertake them (this should include the use where appropriate "
      "of joint intelligence teams and other means to obtain intelligence and evidence from "
      "agencies overseas).", "AMBER", "Immediate",
      "Dependent on the allocation policy rewrite (see 8302)."),
    r("sf7", 8308,
      "Immediately, forces should review their use of preventative powers under the Modern "
      "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
      "deemed to pose a clear threat to others in respect of MSHT offences are exploited.",
      "GREEN", "Immediate",
      "STPO/STRO review done; orders now considered at every MSHT charging decision."),
])
grp("efc17", [
    r("digital", 8417,
      "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
      "services within their force.", "RED", dt.datetime(2018, 9, 30),
      "Digital Policing Strategy delayed pending new RMS; revised date March 2026."),
])
grp("leg17", [
    r("l17coc", 8541,
      "Cause of concern: HMICFRS is concerned that forces are not able to demonstrate that the "
      "use of S&S powers is consistently reasonable and fair. In particular, there is "
      "over-representation of BAME people, and black people in particular, in S&S data which "
      "many forces are unable to explain.", "AMBER", "No deadline set by HMICFRS",
      "Tracked through the S&S Scrutiny Board; see recommendations below."),
    r("l17mon", 8542,
      "By July 2018, all police forces across England and Wales should be regularly and "
      "frequently monitoring a comprehensive set of data and information on use of S&S powers "
      "to understand:\n• the reasons for any disproportionate representation of different "
      "ethnic groups in the use of S&S;\n• the extent to which find rates differ between people "
      "from different ethnicities, and across different types of searches (including seperate "
      "identification of find rates for drug possession and supply-type offences); and\n• the "
      "prevalence of possession-only drug searches, and the extent to which these align with "
      "local or force level priorities.", "GREEN", dt.datetime(2018, 7, 31),
      "Power BI S&S dashboard live with ethnicity, find rate and drug-search breakdowns. "
      "Ready to move to closure."),
    r("l17disp", 8543,
      "Where forces identify disparities through monitoring, they should demonstrate to the "
      "public that they have: • carried out research and analysis in an attempt to understand "
      "the reasons for the disparity, and • taken action to reduce the disparity, where "
      "necessary;", "AMBER", "No deadline set by HMICFRS",
      "Disparity research commissioned from the university; report due spring 2026."),
    r("l17pub", 8544,
      "We expect forces to publish this analysis and any actions taken at least on an annual "
      "basis, from July 2018.", "AMBER", dt.datetime(2018, 7, 31),
      "Annual S&S report for 2024/25 drafted; publication awaiting sign-off."),
    r("l17ub", 8545,
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use S&S powers have been provided with, and understand, training on unconscious "
      "bias and CoP APP on S&S.", "GREEN", dt.datetime(2018, 7, 31),
      "Training delivered; part of the PDR day. Closed by HMICFRS."),
])
grp("ncpi18", [
    r("ncpirec", 8790,
      "Within six months West Mercia Police should, in conjunction with children's social care "
      "services, review how it manages the detention of children. As a minimum it should:\n"
      "• ensure that all children are only detained when absolutely necessary and for the "
      "absolute minimum amount of time;\n• ensure that officers and staff in the custody suite "
      "assess at an early stage a child's need for alternative accomodation (secure or "
      "otherwise) and work with children's social care services to achieve the most "
      "appropriate option for the child;\n• ensure that custody staff comply with their "
      "statutory duties to complete detention certificates if a child is detained for any "
      "reason in police custody following charge;\n• ensure that custody staff make a record of "
      "all actions taken and decisions made on the relevant documentation; and\n• improve the "
      "timeliness of adequate appropriate adult support for children who are arrested.",
      "AMBER", dt.datetime(2018, 12, 14),
      "Concordat on children in custody signed with 3 LAs; PACE bed availability still the "
      "gap.", lead="Ch Insp Custody"),
])
grp("peel1819", [
    r("cocA", 9604,
      "Cause of concern 1: The force does not have suitable arrangements in place to make sure "
      "it can maintain the full range of public services when its alliance with Warwickshire "
      "Police ends. There are gaps in its workforce skills assessment, and weaknesses in both "
      "its investigative approach and its approach to safeguarding vulnerable people.", "AMBER",
      "No deadline set by HMICFRS",
      "Post-alliance operating model in place; skills and safeguarding strands still open."),
    r("r1819a", 9605,
      "Immediately: agree arrangements with Warwickshire Police to secure a smooth transition "
      "to its future operating model, ensuring no disruption to public services.", "GREEN",
      "Immediate", "Transition completed Oct 2019. Closed by HMICFRS."),
    r("r1819b", 9606,
      "Immediately: clearly define its new operating model, ensuring all operational and "
      "support services are affordable and fit to protect the communities of West Mercia.",
      "AMBER", "Immediate",
      "Operating model refresh (Horizon 2) in design; target April 2026."),
    r("r1819c", 9607,
      "Immediately: expand the skills project work to include an assessment of all skills, "
      "not only operational, including potential future skills requirements. This assessment "
      "should inform workforce plans.", "GREEN", "Immediate",
      "Skills audit complete and built into the Strategic Workforce Plan 2025-28."),
    r("r1819d", 9608,
      "Immediately: improve its arrangements both to consult with the public about business "
      "planning and to feed back on changes made to service delivery as a result of such "
      "consultation.", "AMBER", "Immediate",
      "'You said, we did' page drafted; consultation calendar with the OPCC being agreed."),
    r("r1819e", 9609,
      "Immediately: conduct a review, involving its partners, of the approach to vulnerability "
      "to better safeguard vulnerable people.", "AMBER", "Immediate",
      "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."),
    r("r1819f", 9611,
      "Immediately: conduct a review of officers' capabilities and capacity to manage their "
      "investigative workload, to better understand investigative demand and the pressures "
      "placed upon them.", "AMBER", "Immediate",
      "Workload review of CID and PPU complete; response and neighbourhood teams next."),
    r("r1819g", 9612,
      "Within six months: ensure regular and active supervision of the quality and progress of "
      "investigations. This supervison should be properly recorded.", "GREEN",
      dt.datetime(2019, 11, 2),
      "Supervisory review fields mandatory on Athena; dip-sample compliance 94%."),
    r("r1819i", 9614,
      "Within six months: improve its understanding of suspects released under investigation "
      "and the management of those released on bail.", "AMBER", dt.datetime(2019, 11, 2),
      "RUI/bail dashboard built; Bail Act 2022 changes being worked through."),
])
grp("cdi19", [
    r("cdirec", 10112,
      "Within six months the force should put in place arrangements to ensure that:\n• at the "
      "point of report, victims are believed;\n• conversations between the call handlers and "
      "callers are summarised accurately in the incident log, thus providing attending "
      "officers with full facts on which to base crime-recording decisions;\n• the practice of "
      "awaiting the results of medical examinations or video interviews before making "
      "crime-recording decisions is stopped; and\n• online reports of crime are triaged at the "
      "point of receipt to ensure any ongoing risks to the victim or the wider public are "
      "identified and appropriately managed.", "AMBER", dt.datetime(2020, 3, 12),
      "Online reporting triage live; victim-belief message in OCC training. Quarterly audits by "
      "the FCR.", lead="Force Crime Registrar"),
    r(None, "Local",
      "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
      "findings to the Crime Standards Board", "AMBER", "Quarterly",
      "Q2 25/26 sample: 46/50 compliant.", lead="Force Crime Registrar",
      cat="not_on_hmicfrs_list", why="force's own local action ('Local' in the ref column)"),
])
grp("powers", [
    r("pw1", 12387,
      "By July 2022, forces should ensure that officers and staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This "
      "should be in addition to existing training on conflict management and de-escalation.",
      "AMBER", "Jul-22", "Communication skills module in the 2026 PST refresh."),
    r("pw2", 12388,
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of CPD for officers & staff, and that supervisors are supported to "
      "routinely and frequently debrief officers on these skills using BWV footage.", "AMBER",
      "Jul-21", "BWV debrief guide for sergeants in draft."),
    r("pw3", 12389,
      "By September 2021, forces should: ensure that officers record on BWV (when this is "
      "available) the entirety of all S&S encounters, including traffic stops and use of force "
      "incidents.\nhave a structured process for regularly reviewing and monitoring "
      "internally a sufficient sample of BWV footage to identify and disseminate learning and "
      "hold officers to account when behaviour falls below acceptable standards.\nprovide "
      "external scrutiny panel members with access to samples of BWV footage showing S&S "
      "encounters and use of force incidents, taking account of the safeguards in the CoP's "
      "APP.", "GREEN", "Sep-21",
      "BWV activation policy, monthly internal review and panel viewing sessions all in place. "
      "Pending sign off by the chief officer lead."),
    r("pw4", 12390,
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.", "AMBER", "Jul-21",
      "Use of force data now in the Power BI dashboard; scrutiny via the Legitimacy Board."),
    r(None, None,
      "The HO and the NPCC should take steps to ensure that the quality of the data collected "
      "on the number of incidents where force has been used to effect a stop and search is "
      "sufficient for publication. The HO should publish this data as soon as possible.",
      "WHITE", "N/A",
      "Not the force's responsibility to deliver; dependent upon another organisation.",
      lead=None, cat="not_on_hmicfrs_list",
      why="recommendation to the Home Office and NPCC, tracked for information (WHITE); not on "
          "the force's HMICFRS list"),
    r(None, "Local",
      "JAC action: Internal audit of the stop and search governance arrangements (audit plan "
      "2023/24)", "GREEN", dt.datetime(2024, 3, 31), "Audit reported to JAC March 2024 - "
      "reasonable assurance.", cat="not_on_hmicfrs_list",
      why="Joint Audit Committee action, the force's own"),
])
grp("peel2122", [
    r("p22r", 13921,
      "Within six months, the force should improve the supervision of investigations, so that "
      "investigation plans are set, reviewed and recorded and victims receive a consistently "
      "good service.", "AMBER", dt.datetime(2022, 10, 28),
      "Investigation standards QA framework launched; compliance not yet at target."),
    r("p22a7", None,
      "The force should develop a problem-solving approach to anti-social behaviour, working "
      "with local communities and partners.", "GREEN", "Mar-23",
      "OSARA problem-solving now standard for ASB hotspots; evaluation shared via the "
      "problem-solving hub."),
    r(None, None,
      "The force should make sure victims of stalking and harassment are kept informed about "
      "the progress of their case, in line with the Code of Practice for Victims of Crime.",
      "GREEN", "Mar-23", "VCOP compliance now on the monthly performance dashboard.",
      cat="not_on_hmicfrs_list",
      why="duplicate: the same PEEL 2021/22 AFI (13923) is also in the AFI table (row 23), "
          "where the type matches; that row takes the pair and this copy has no HMICFRS item of "
          "its own"),
])
grp("peel2325", [
    r("p25r", "TBC",
      "Within six months, the force should make sure there are appropriate strategic "
      "oversight arrangements in place to manage risks, performance and improvement plans "
      "effectively.", "AMBER", dt.datetime(2024, 11, 16),
      "New Strategic Performance Board from Jan 2025; corporate risk register refresh "
      "underway.", lead="DCC"),
])

# Right table (K:Q): headings (str) and rows: dict(key, no, text, status, prog, sub, lead)
RIGHT = []


def head(text):
    RIGHT.append(text)


def a(key, no, text, status, prog, sub=None, lead="*", cat=None, why=None):
    RIGHT.append(dict(key=key, no=no, text=text, status=status, prog=prog, sub=sub, lead=lead,
                      cat=cat, why=why))


head("PEEL Effectiveness 2016 (published March 2017)")
a("p16afi1", "AFI 1",
  "The force should improve how it works with partner organisations to safeguard people at "
  "risk from child sexual exploitation.", "Complete",
  "Closed by HMICFRS. CSE partnership hub co-located with the MASH.", dt.datetime(2018, 6, 1))
a("p16afi2", "AFI 2",
  "Improve training so officers & staff can identify and respond to honour-based abuse.",
  "In progress", "HBA e-learning relaunched; uptake 58%.")
head("National Child Protection Inspection 2018")
a("ncpiafi1", "AFI 1",
  "The force should improve its understanding of the nature and scale of online child sexual "
  "abuse in its area.", "Complete",
  "OCSA problem profile completed and adopted into the control strategy.",
  dt.datetime(2025, 9, 30))
a("ncpiafi2", "AFI 2",
  "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.", "In progress",
  "POLIT growth bid approved; 4 DCs in post, 2 vacancies.")
head("PEEL 2018/19 (May 2019)")
a("cocB", "AFI 1",
  "The force does not have the capacity or capability to investigate crime effectively and "
  "this is affecting the service being provided to the public. There are failings in the way "
  "that crimes are being investigated.", "In progress",
  "Investigative capacity uplift (Op Keystone) and PIP2 programme running.")
a("r1819h", "AFI 2",
  "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not "
  "delayed.", "In progress", "Digital forensics backlog down from 410 to 160 devices; kiosks in "
  "all hubs.", lead="Head of Intelligence")
a("a1819a", "AFI 3",
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", "Complete",
  "Closed by HMICFRS March 2021.", dt.datetime(2020, 11, 20))
a("a1819b", "AFI 4",
  "The force should make sure its analysis of SOC informs its strategic assessment and "
  "control strategy.", "Complete",
  "SOC strategic assessment 2025 informs the control strategy. Evidence pack ready.")
a("a1819c", "AFI 5",
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", "In progress",
  "Confidential reporting line relaunched; awareness survey due Jan 2026.",
  lead="Head of Professional Standards")
head("Crime Data Integrity 2019")
a("cdiafi1", "AFI 1",
  "The force should make sure it records reports of stalking and harassment accurately and "
  "without delay.", "Pending sign off",
  "FCR audit Sept 2025: 96% compliance. Pending sign off by the chief officer lead.",
  dt.datetime(2025, 10, 15), lead="Force Crime Registrar")
a("cdiafi2", "AFI 2",
  "Take steps to ensure effective supervision of the initial risk assessment process, "
  "specifically the completion of DASH risk assessment in appropriate cases.", "Ongoing",
  "DASH supervisory review now in the PPU daily management meeting.")
head("PEEL 2021/22")
a("p22a1", 1,
  "The force should improve the timeliness of its response to calls for service involving "
  "DA.", "In progress", "Grade 2 DA attendance median 5h10 (target 4h).")
a("p22a2", 2,
  "The force should make sure victims of stalking and harassment are kept informed about the "
  "progress of their case, in line with the Code of Practice for Victims of Crime.",
  "Complete", "Closed by HMICFRS Sept 2024.", dt.datetime(2024, 3, 1))
a("p22a3", 3,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "Complete",
  "Intelligence development process for county lines in place; submitted for closure.",
  dt.datetime(2025, 6, 30), lead="Head of Intelligence")
a("p22a4", 4,
  "Make sure there are sufficient resources in the control room to fulfil its resourcing "
  "model and meet demand, while taking into account the wellbeing of the workforce.",
  "In progress", "OCC recruitment ongoing; 11 vacancies.", lead="Supt Contact Centre")
a(None, 5,
  "Local action: Refresh the county lines drug dealing problem profile and add it to the "
  "control strategy", "In progress", "Problem profile due Feb 2026.",
  lead="Head of Intelligence", cat="not_on_hmicfrs_list",
  why="force's own local action (near-twin of 13924, the AFI at K24 two rows above)")
head("PEEL 2023-25 (published May 2024)")
a("p25a1", 1,
  "The force should make sure investigations of RASSO are allocated to officers with the "
  "right skills and are effectively supervised.", "Not started", "Awaiting allocation.")
a("p25a2", 2,
  "The force should improve its understanding of the nature and scale of fraud in its area.",
  "In progress", "Fraud problem profile commissioned.")
a("p25a3", 3,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to stalking and harassment.", "Complete",
  "Stalking and harassment training delivered to 92% of frontline staff.",
  dt.datetime(2025, 10, 1))
a("p25a5", 4,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", "In progress",
  "VAWG measures added to the Force Performance pack from Q3.")
a("p22a5", 5,
  "The force should make sure it consistently uses ancillary orders and other powers to "
  "protect victims of violence against women and girls.", "In progress",
  "DAPO pilot live from Nov 2024; SPOs reviewed at VAWG board.")

# --------------------------------------------------------------------------------------------
# Write files
# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFF")
GRP_FILL = PatternFill("solid", fgColor="D9E1F2")


def normalise_xlsx(path):
    """Rewrite the zip with fixed timestamps and a fixed core.xml so builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_props(wb):
    wb.properties.creator = "OL Team"
    wb.properties.lastModifiedBy = "OL Team"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS


def write_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    cols = ["Reference", "Report", "Publication date", "Type", "Text", "HMICFRS status"]
    ws.append(cols)
    for c in ws[1]:
        c.font = BOLD
    items = sorted(H, key=lambda x: (REPORTS[x["report"]][1], x["ref"]))
    for i, it in enumerate(items):
        row = i + 2
        it["hrow"] = f"Definitive list!{row}"
        pub = REPORTS[it["report"]][1]
        ws.append([it["ref"], REPORTS[it["report"]][0], dt.datetime(pub.year, pub.month, pub.day),
                   it["type"], it["text"], it["status"]])
        ws.cell(row, 3).number_format = "dd/mm/yyyy"
        ws.cell(row, 5).alignment = WRAP
    for col, w in zip("ABCDEF", (11, 50, 14, 22, 100, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    fix_props(wb)
    p = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(p)
    wb.properties.modified = FIXED_TS
    normalise_xlsx(p)
    return items


def write_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    S = "Tracker"
    ws["A1"] = "West Mercia Police – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Planning & Organisational Learning. Last updated 03/11/2025 for the "
                "Joint Audit Committee (December 2025). OFFICIAL")
    ws["A2"].font = Font(italic=True)
    # table titles (row 4) and headers (row 5)
    ws["A4"] = "Recommendations"
    ws.merge_cells("A4:H4")
    ws["K4"] = "Areas for improvement"
    ws.merge_cells("K4:Q4")
    for ref in ("A4", "K4"):
        ws[ref].font = Font(bold=True, size=12, color="1F4E78")
    lh = ["HMICFRS Ref", "Report", "Published", "Recommendation", "Lead", "RAG", "Due date",
          "Progress update"]
    rh = ["AFI No.", "Area for Improvement", "Owner", "Status", "Update",
          "Submitted for closure", "Last reviewed"]
    for j, t in enumerate(lh):
        c = ws.cell(5, 1 + j, t)
        c.font, c.fill, c.border, c.alignment = HDR_FONT, HDR_FILL, BOX, WRAP
    for j, t in enumerate(rh):
        c = ws.cell(5, 11 + j, t)
        c.font, c.fill, c.border, c.alignment = HDR_FONT, HDR_FILL, BOX, WRAP

    force_lines = []  # (key, cell_anchor, row, table, cat, why)
    row = 6
    for report, rows in LEFT:
        first = row
        for x in rows:
            lead = x["lead"] if x["lead"] != "*" else rng.choice(LEADS)
            ws.cell(row, 1, x["ref"])
            ws.cell(row, 4, x["text"])
            ws.cell(row, 5, lead)
            rag = ws.cell(row, 6, x["rag"])
            rag.fill = PatternFill("solid", fgColor=FILL[x["rag"]])
            due = ws.cell(row, 7, x["due"])
            if isinstance(x["due"], dt.datetime):
                due.number_format = "dd/mm/yyyy"
            ws.cell(row, 8, x["prog"])
            for col in range(1, 9):
                ws.cell(row, col).border = BOX
                ws.cell(row, col).alignment = WRAP
            force_lines.append((x["key"], f"A{row}", row, "Recommendations", x["cat"], x["why"]))
            row += 1
        last = row - 1
        _, _, tname, tdate = REPORTS[report]
        ws.cell(first, 2, tname)
        dc = ws.cell(first, 3, tdate)
        if isinstance(tdate, dt.datetime):
            dc.number_format = "dd/mm/yyyy"
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    left_end = row - 1
    # note under the left table
    ws.cell(left_end + 2, 1, "Refs are HMICFRS monitoring portal references. 'Local' = force "
                             "action, not an HMICFRS item. TBC = awaiting reference from HMICFRS.")
    ws.cell(left_end + 2, 1).font = Font(italic=True, size=9)

    row = 6
    for x in RIGHT:
        if isinstance(x, str):
            c = ws.cell(row, 11, x)
            c.font, c.fill = BOLD, GRP_FILL
            ws.merge_cells(start_row=row, start_column=11, end_row=row, end_column=17)
            row += 1
            continue
        lead = x["lead"] if x["lead"] != "*" else rng.choice(LEADS)
        ws.cell(row, 11, x["no"])
        ws.cell(row, 12, x["text"])
        ws.cell(row, 13, lead)
        ws.cell(row, 14, x["status"])
        ws.cell(row, 15, x["prog"])
        if x["sub"] is not None:
            ws.cell(row, 16, x["sub"]).number_format = "dd/mm/yyyy"
        lr = ws.cell(row, 17, dt.datetime(2025, 10, rng.randint(1, 31)))
        lr.number_format = "dd/mm/yyyy"
        for col in range(11, 18):
            ws.cell(row, col).border = BOX
            ws.cell(row, col).alignment = WRAP
        force_lines.append((x["key"], f"K{row}", row, "Areas for improvement", x["cat"],
                            x["why"]))
        row += 1
    right_end = row - 1
    # legend / notes in the free space under the AFI table (rows beside left-table items)
    legend = [
        ("Key", True),
        ("GREEN – implemented; evidence with sign-off lead or closed by HMICFRS", False),
        ("AMBER – subject to ongoing work, expected to be implemented", False),
        ("RED – beyond deadline or cannot be implemented (rationale required)", False),
        ("WHITE – not the force's responsibility to deliver", False),
        ("AFI Status: Not started / In progress / Ongoing / Pending sign off / Complete", False),
        ("Causes of concern are recorded in the Recommendations table, prefixed "
         "'Cause of concern'.", False),
    ]
    lrow = right_end + 3
    for i, (t, b) in enumerate(legend):
        c = ws.cell(lrow + i, 11, t)
        c.font = Font(bold=b, italic=not b, size=9)
    for col, w in zip("ABCDEFGHIJKLMNOPQ",
                      (10, 20, 12, 70, 20, 9, 14, 45, 3, 3, 8, 60, 20, 14, 45, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fix_props(wb)
    p = os.path.join(OUT, "tracker.xlsx")
    wb.save(p)
    normalise_xlsx(p)
    return force_lines, left_end, right_end, lrow, lrow + len(legend) - 1, S


README = r"""# Case `side_by_side_tables` (round 24)

Built by `../build_side_by_side_tables.py` with seed **2406** (`random.Random(2406)` picks the
lead/owner names and the "Last reviewed" dates; everything else is written out in the script).
The zip entries use fixed timestamps, so running the script again gives the same bytes.
Force: West Mercia Police. Texts are real public HMICFRS wording (from `real_recommendations.csv`
and `reconcile/casegen/texts`). The rewordings, progress notes and local actions are the force's
own, written for this case.

## Files
- `hmicfrs.xlsx`: sheet `Definitive list`, header on row 1, 65 items on rows 2-66. Columns
  `Reference` (plain integer register id), `Report` (full title), `Publication date`
  (dd/mm/yyyy), `Type` (Recommendation / Area for improvement / Cause of concern), `Text`,
  `HMICFRS status` (Awaiting review, Being progressed = open; Complete, Superseded = closed).
  Rows are sorted by publication date, then reference.
- `tracker.xlsx`: one sheet, `Tracker`, holding **two tables side by side**:
  - rows 1-2: the workbook title and an "updated" line; row 3 is blank.
  - **Left, A:H, "Recommendations"**: title in A4 (merged A4:H4), header in row 5
    (`HMICFRS Ref | Report | Published | Recommendation | Lead | RAG | Due date | Progress update`),
    51 item rows on rows 6-56. `Report` and `Published` are merged down each report group (B/C),
    so only the group's first row carries them. `Published` mixes real dates with text
    ("Sep 2014", "March 2017", "Feb 2021"). `Due date` mixes dates with free text ("Immediate",
    "No deadline set by HMICFRS", "Jul-21", "N/A"). RAG is written as text and also shown by
    cell fill: GREEN / AMBER / RED / WHITE. Row 58 holds a footnote about refs.
  - Columns I:J are blank.
  - **Right, K:Q, "Areas for improvement"**: title in K4 (merged K4:Q4), header in row 5
    (`AFI No. | Area for Improvement | Owner | Status | Update | Submitted for closure |
    Last reviewed`). It has **no report column, no date column, no reference column and no
    due date**: the report is given by group-heading rows merged K:Q (rows 6, 9, 12, 18, 21,
    27; the heading text includes the publication month for some). It has 21 item rows in
    rows 7-32. `AFI No.` is the force's own running number, restarting in each report ("AFI 1",
    "AFI 2" … and plain 1, 2 … from PEEL 2021/22 on). It is **not** an HMICFRS reference.
    Status words: Not started / In progress / Ongoing = open; Complete / Pending sign off = done.
  - Rows K35:K41 (under the AFI table, **on the same rows as left-table items 35-41**) hold a
    key/legend and a note that causes of concern are kept in the Recommendations table. These
    cells are not items.
- `truth.csv`: 77 lines.

## Row ids when two tables share a row
A row id is `Tracker!<row>`. Excel shows one row number for both tables, so rows 7-8, 10-11,
13-17, 19-20, 22-26 and 28-32 each hold **two items**: one in A:H and one in K:Q. Each item has
its own line in truth.csv, so 21 `force_row` ids appear twice, **once per table**. The two lines
differ in `hmicfrs_row` (no two lines have the same `(hmicfrs_row, force_row)` pair). The `why`
column begins with the cell that anchors the item: `[Recommendations A13]` or
`[Areas for improvement K13]`. A scorer that needs to tell them apart can use that anchor.
Rows 6, 9, 12, 18, 21 and 27 hold a left-table item next to a right-table heading. Rows 33-56
hold left-table items only, and rows 35-41 of those have legend text at K.

## Counts (truth.csv lines; HMICFRS items in brackets)
| category | lines | HMICFRS items |
|---|---|---|
| in_sync | 34 | 31 (8302 split into 4 rows) |
| closeable_submit | 16 | 14 (6612 split into 3 rows) |
| closeable_local | 9 | 9 |
| conflict | 6 | 6 |
| missing_from_force | 5 | 5 |
| not_on_hmicfrs_list | 7 | – |

65 HMICFRS items and 72 force item rows (51 left, 21 right). 23 of the 65 items are closed on one
side only (14 submit + 9 local), about a third.

## Traps and how the truth decides them
1. **Two tables on one sheet, one header row each, on the same row**: read both tables. Each row
   can hold two items, or one item plus a heading or legend cell (see above).
2. **Type comes from the table**: an item in the left table is a recommendation and one in the
   right table is an AFI. The exception is causes of concern, which the force keeps in the left
   table with the prefix "Cause of concern:" / "Cause of concern 1:". For 8541 and 9604 the type
   agrees, so they are in_sync.
   - 9610 (HMICFRS **Cause of concern**) is at K13 in the AFI table with no prefix → **conflict**
     (type).
   - 9613 (HMICFRS **Recommendation**, "within six months") is at K14 in the AFI table, reworded
     "The force should…" without the timescale → **conflict** (type, and the timescale is lost).
   - 13928 (HMICFRS **AFI**) is at A54 in the Recommendations table, GREEN → **conflict** (type
     beats closeable_submit).
3. **Duplicate across tables**: AFI 13923 is at K23 (Complete) and again at A55 (GREEN). The
   copy at K23, where the type matches, takes the pair (in_sync, closed on both sides). A55 →
   **not_on_hmicfrs_list**, as a duplicate.
4. **Report from a heading row in one table and from a merged column in the other**: K32 (AFI
   13926, PEEL 2021/22) sits under the "PEEL 2023-25" heading → **conflict** (report). On the
   left, B/C are merged down each group and must be filled down.
5. **AFI No. is not a reference**: the right-table numbers restart per report. They must not be
   matched to HMICFRS references.
6. **Split rows**: 8302 (Stolen freedom leadership, 4 bullets) is split over A20-A23, all AMBER
   → in_sync ×4. 6612 (missing children, 3 bullets) is split over A17-A19, all GREEN with
   HMICFRS Being progressed → closeable_submit ×3. Only the first row of each split carries
   the stem.
7. **Missing bullet**: 10112 (CDI, 5 bullets) at A45 has 4 bullets; "multiple crimes are always
   recorded…" is gone → **conflict**. By contrast, 8790 (5 bullets), 8542 (3), 12389 (3 parts)
   and 2321 have every bullet → not conflicts.
8. **Timescale**: 5392 says "Within three months" on HMICFRS and "Within six months" in the
   force copy at A13 (due date 15/03/2016 follows the six months) → **conflict**.
9. **Cause of concern not tracked**: 6611 (PEEL 2016 missing children CoC). The force tracks
   only its recommendation 6612 → **missing_from_force**.
10. **Missing items**: 902 (closed on HMICFRS; the force dropped it), 8306 (MSHT NCRS), 13927
    (equality data), 16709 (mental ill health timeliness, a near-twin of the tracked 13922)
    → missing_from_force.
11. **Not on the HMICFRS list**: A6 (S&S 2013, ref 3110 is not on the list), A8 (Policing in
    austerity 2014), A46 ("Force action - Dip-sample…", ref "Local"), A51 (Home Office/NPCC
    recommendation, WHITE, N/A), A52 ("JAC action: Internal audit…", ref "Local"), A55 (the
    duplicate), K26 ("Local action: Refresh the county lines… problem profile", a near-twin of
    13924 at K24).
12. **Status vocabularies differ between the tables**: the left uses RAG (GREEN = done; AMBER,
    RED = open; WHITE = not the force's). The right uses words ("Pending sign off" = done, as
    at K19 for 10113 → closeable_submit; "Ongoing" = open, as at K20 → in_sync). Superseded on
    HMICFRS = closed (4822, 6614, 8307 → closeable_local).
13. **Text noise that is not a conflict**: abbreviations (S&S, MSHT, DA, HO, CCs, CoP, APP,
    ISAs, SOC, RASSO, BWV, CPD), misspellings (goverance, supervison, seperate, accomodation),
    straight and curly quotes, stems rewritten ("HMIC recommends that the force should
    immediately:" → "Immediately:"), HMICFRS footnote digits ("and 20", "intelligence 86")
    that the force copy drops, abridged texts (5391, 5394, 8417, 10114, 13925, 6614). Where a
    timescale appears, it is kept in the same words or with digits ("Within 6 months",
    "Within 12 months").
14. **Refs on the left**: mostly the HMICFRS integer. Blank for 13928, the duplicate, the
    austerity row and the HO/NPCC row; "Local" for the local actions; "TBC" for 16705
    (in_sync by text).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    items = write_hmicfrs()
    force_lines, left_end, right_end, lg0, lg1, S = write_tracker()
    lines = []
    used = set()
    for it in items:
        rows = [f for f in force_lines if f[0] == it["key"]]
        if not rows:
            assert it["cat"] == "missing_from_force", it["key"]
            lines.append((it["hrow"], "", it["cat"], f"{it['ref']}: {it['why']}"))
        for f in rows:
            assert it["cat"] != "missing_from_force", it["key"]
            used.add(id(f))
            lines.append((it["hrow"], f"{S}!{f[2]}", it["cat"],
                          f"[{f[3]} {f[1]}] {it['ref']}: {it['why']}"))
    for f in force_lines:
        if f[0] is None:
            assert f[4] == "not_on_hmicfrs_list"
            lines.append(("", f"{S}!{f[2]}", f[4], f"[{f[3]} {f[1]}] {f[5]}"))
        else:
            assert f[0] in HBY, f[0]
    pairs = [(x[0], x[1]) for x in lines]
    assert len(pairs) == len(set(pairs)), "duplicate (hmicfrs_row, force_row) in truth"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    print(f"hmicfrs items {len(items)}, force item rows {len(force_lines)}, truth lines "
          f"{len(lines)}; left table rows 6-{left_end}, right table rows 6-{right_end}, "
          f"legend K{lg0}:K{lg1}")
    from collections import Counter
    print(Counter(x[2] for x in lines))


if __name__ == "__main__":
    main()
