"""Write the labelled evaluation cases for the matcher (issue 3) and their truth.

    python tests/eval/make_cases.py        (from the repository root)

writes, for each case, tests/eval/cases/<case>/
    hmicfrs.xlsx   the HMICFRS "definitive list" held against one force (or fire service)
    tracker.xlsx   the force's own tracker (tracker.csv for the CSV case)
    truth.csv      one line per reconciliation item, as a careful person decides it

Each case is a different force, layout and mix of the hard cases in issue 3; the README next
to this script says, case by case, what it tests and where its texts come from. Everything
is deterministic (no randomness, fixed workbook properties and zip timestamps): running it
twice gives byte-identical files.

Truth rules (DESIGN.md): HMICFRS "Awaiting review" / "Being progressed" are open, "Complete" /
"Superseded" / "No further action required" closed; force RED / AMBER / In progress / Open
(and "Open - actions on going ...") are open, GREEN / BLUE / WHITE / Complete / Closed /
pending sign off done. `review` (only where the two rows cannot decide it) wins over
`conflict` (type, report, timescale or figure differs), which wins over the statuses. A
recommendation the force split into several rows is done only when every part is done; each
part has its own line with the same `hmicfrs_row`. A force row that holds two HMICFRS items
(a cause of concern and its recommendation in one cell) has one line per item, with the same
`force_row`. Provenance is `Sheet!Row` as Excel shows it; for the CSV tracker the sheet part
is the file name and the header is row 1.

Texts are public HMICFRS recommendation texts (Open Government Licence), copied in as
literals; tracker texts are the forces' own shortened, re-worded, split and mistyped versions,
written for these cases. The trackers, statuses and dates are invented.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.xml.functions import tostring

from reconcile.casegen.texts import (  # one copy of the real texts
    AFI,
    BWV_2021,
    CDI_VICTIMS_BODY,
    COC,
    CONTROL_ROOM,
    EVERYONE_PLAN_RUN_ON,
    FIREARMS,
    MSHT_NRM,
    NAT,
    REC,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

# =============================================================================================
# Texts. Sources are given per block; "register" means HMICFRS's public recommendation pages.
# =============================================================================================

# Stolen freedom (24 October 2017), all forces: West Midlands Police Joint Audit Committee
# paper "HMICFRS update", 30 November 2017, verbatim (footnote "86" included).
SF_INTEL = (
    "Within six months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
    "safeguard victims better and to identify suspects as early as possible"
)
SF_S45 = (
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence."
)
SF_NRM = MSHT_NRM
SF_NCRS = (
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and "
    "human trafficking and that sufficient audit capacity is available to the force crime "
    "registrar to provide reassurance that each force is identifying and managing any gaps in "
    "its crime-recording accuracy for these types of offences."
)
SF_INVESTIGATE = (
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the "
    "use where appropriate of joint intelligence teams and other means to obtain intelligence "
    "and evidence from agencies overseas)."
)
SF_PREVENT = (
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited."
)

# PEEL: Police efficiency 2017 (9 November 2017): the all-forces recommendation and West
# Midlands' area for improvement, from the same JAC paper, verbatim.
EFC17_DIGITAL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
    "Council and Association of Police and Crime Commissioners should support the development "
    "of these plans by establishing a national framework which allows for the provision of "
    "digitally enabled services across force boundaries."
)

# Policing in austerity: meeting the challenge (July 2014), all forces: the JAC paper.
AUSTERITY_SAVINGS = (
    "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
    "are doing all they can to continue to reduce crime and protect the front line while "
    "balancing their budgets. They should use the data and information contained in this "
    "report, and in HMIC's Value for Money profiles, when conducting their reviews"
)
AUSTERITY_COLLABORATION = (
    "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
    "through collaboration should assess whether there is scope to improve on this position. "
    "HMIC will follow up the assessments in the autumn."
)
AUSTERITY_FRONT_LINE = (
    "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
    "workforce and/or police officers on the front line should assess whether they have taken "
    "the decisive action seen in many forces in order to maintain their crime fighting "
    "capacity. HMIC will follow up the assessments in the autumn."
)
AUSTERITY_SPENDING_ROUND = (
    "In preparation for the next spending round period all Chief Constables and PCCs should "
    "review their plans for collaboration. In particular they should consider whether there "
    "is scope to deliver better value for money and improved capability and capacity through "
    "joint working with other forces, the public and/or the private sector."
)

# PEEL: Police effectiveness 2016, West Midlands Police: the DASH cause of concern and its
# recommendation (the JAC paper), the missing-children cause of concern and recommendation
# (register 8796).
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. This is "
    "an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still "
    "needs to be implemented. In cases where a DASH risk assessment is not completed the "
    "officer should record an assessment on the crime management system. HMIC found that "
    "officers are not consistently completing a DASH in circumstances where force policy "
    "requires that they should do so. This means that some victims of domestic abuse who may "
    "be at risk of harm are not being appropriately risk-assessed."
)
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take "
    "steps to ensure that:\n"
    "• there is effective supervision of the initial risk assessment process, specifically "
    "in relation to the completion of DASH risk assessment in appropriate cases."
)
MISSING_COC = (
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
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)

# PEEL 2018/19, West Midlands Police: the vetting cause of concern and recommendation
# (register).
VETTING_COC = "The size of the vetting backlog within West Midlands Police is a cause of concern."
VETTING_REC = (
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due so that it complies fully with the "
    "national vetting guidelines."
)

# PEEL 2018/19, West Mercia Police: the two causes of concern (inquirytracker.uk's cause of
# concern tracker) and the recommendations (accountabilityindex.uk), verbatim.
WM_COC_ALLIANCE = (
    "The force does not have suitable arrangements in place to make sure it can maintain the "
    "full range of public services when its alliance with Warwickshire Police ends. There are "
    "gaps in its workforce skills assessment, and weaknesses in both its investigative "
    "approach and its approach to safeguarding vulnerable people."
)
WM_COC_INVESTIGATE = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
WM_WARWICKSHIRE = (
    "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
    "Police to secure a smooth transition to its future operating model, ensuring no "
    "disruption to public services; and"
)
WM_OPERATING_MODEL = (
    "HMIC recommends that the force should immediately:clearly define its new operating "
    "model, ensuring all operational and support services are affordable and fit to protect "
    "the communities of West Mercia;"
)
WM_SKILLS = (
    "HMIC recommends that the force should immediately: expand the skills project work to "
    "include an assessment of all skills, not only operational, including potential future "
    "skills requirements. This assessment should inform workforce plans;"
)
WM_VULNERABILITY = (
    "HMIC recommends that the force should immediately: conduct a review, involving its "
    "partners, of the approach to vulnerability to better safeguard vulnerable people."
)
WM_CONSULT = (
    "HMIC recommends that the force should immediately:improve its arrangements both to "
    "consult with the public about business planning and to feed back on changes made to "
    "service delivery as a result of such consultation."
)
WM_CAPABILITY = (
    "HMIC recommends that the force should immediately: conduct a review of officers’ "
    "capabilities and capacity to manage their investigative workload, to better understand "
    "investigative demand and the pressures placed upon them; and"
)
WM_SUPERVISION = (
    "HMIC recommends that within six months the force should: ensure regular and active "
    "supervision of the quality and progress of investigations. This supervision should be "
    "properly recorded;"
)
WM_DIGITAL = (
    "HMIC recommends that within six months the force should: improve its ability to "
    "retrieve digital evidence from mobile phones, computers and other electronic devices "
    "quickly enough to ensure investigations are not delayed;"
)
WM_RUI = (
    "HMIC recommends that within six months the force should: improve its understanding of "
    "suspects released under investigation and the management of those released on bail;"
)

# PEEL: Police effectiveness 2016, Hampshire Constabulary: register 8787 and its siblings.
HA_COC = (
    "The force’s current approach to domestic abuse is unacceptable. The proportion of "
    "victims who fail to support the investigation and the low use of police powers of "
    "arrest and prosecution is a cause of concern to HMIC."
)
HA_ARREST = (
    "In order to improve the service it provides to victims of domestic abuse, offer the best "
    "possible protection and bring more perpetrators to justice, the force should immediately "
    "consider ways of increasing the use of arrest, ancillary orders and other available "
    "powers."
)
HA_SUPPORT = (
    "To improve the service provided to victims of domestic abuse the force should "
    "immediately take steps to understand and address the reason behind why such a high "
    "proportion of victims of domestic abuse do not support the police investigation."
)
HA_TELEPHONE = (
    "In addition, the practice of conducting domestic abuse risk assessments over the "
    "telephone and dealing with domestic abuse in the resolution centre should cease"
)

# PEEL: Police efficiency 2015, Northamptonshire Police: the three areas for improvement as
# listed in the PCC's audit committee paper (December 2015), verbatim.
NH_DEMAND = (
    "The force should undertake further work to gain a fuller understanding of current demand "
    "for its services, and likely future changes in demand. This is so it can make best use of "
    "its resources by matching them to demand to meet the needs of the public"
)
NH_COSTS = (
    "The force should develop its understanding of the links between its outcomes, outputs "
    "and costs"
)
NH_WORKFORCE = (
    "The force should develop a future workforce plan that is aligned with its overall demand "
    "and budget. The plan should include future resource allocations, the mix of skills "
    "required by the workforce and behaviours expected of them."
)

# City of London Police, PEEL 2018/19 area for improvement (the force's June 2019 tracker).
CRIME_SYSTEM = (
    "The force should improve its use of its crime-recording and management system to better "
    "manage its case files and investigative processes."
)

# Crime data integrity, Devon and Cornwall Police (register 6989), verbatim.
CDI_VICTIMS = "Within six months the force should " + CDI_VICTIMS_BODY + "."
# Crime data integrity 2014 (register 5811).
CDI14_CAUTIONS = (
    "The force should revise its approach to cautions, cannabis warning and penalty notices "
    "for disorder to ensure that there is a clear and auditable explanation to the offender of "
    "the implications of receiving the warning and that, for victim-based crimes, there is a "
    "clear and auditable record that views of the victim are considered prior to their issue."
)

# National child protection inspection, Bedfordshire Police (register 8548), verbatim (its
# bullets run on without spaces).
NCPI_DETENTION = (
    "Within six months Bedfordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

# National reports on the register's theme pages, verbatim.
CORE_THR = (
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
    "not yet done so, should provide call-handlers with specific, sound and comprehensible "
    "criteria against which they can assess threat, harm and risk."
)
CORE_PREVENTION = (
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed."
)
INTEGRITY_NFA = (
    "By 31 August 2015, all chief constables should satisfy themselves that they have "
    "processes in place to ensure that investigations into misconduct by officers and staff "
    "resulting in “no further action” are fair and free of any form of discrimination."
)
PICTURE_AUDITS = (
    "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
    "audits of compliance with the APP on information management through the force "
    "information management governance structure. This should include measures to ensure "
    "that categorisation of records are regularly adjusted."
)
EVERYONE_PLAN = EVERYONE_PLAN_RUN_ON

# Targeting the risk (15 September 2015), all forces: Avon and Somerset Police FOI page and
# the register, verbatim.
TR_GOVERNANCE = (
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in Authorised "
    "Professional Practice. Chief constables of forces where the governance standards are not "
    "being complied with should put in place immediately the correct arrangements and "
    "procedures in order to meet the standards in full."
)
TR_DEMAND = FIREARMS
TR_EXPIRED = (
    "Immediately, all chief constables should satisfy themselves that all appropriate action "
    "is being taken by their force with regard to ‘total expired’ licensing records."
)
TR_PERMITS = (
    "Within three months, all chief constables should ensure that their arrangements in "
    "respect of the use of temporary permits are in accordance with the Home Office guidance; "
    "that temporary permits are properly recorded without delay on the National Firearms "
    "Licensing Management System; and that effective systems exist to ensure certificate "
    "holders are not permitted, at any time, to remain in unlawful possession of a firearm."
)
TR_FLAGGING = (
    "Within three months, all chief constables should ensure that systems designed to "
    "identify, prior to police attendance, whether a reported incident involves or is at the "
    "address of a firearm certificate holder are in place and are always applied by staff "
    "dispatching officers to incidents; and that officers understand the risk assessment "
    "which they should be undertaking in such circumstances, and their power, when "
    "appropriate, to seize firearms and firearm certificates."
)
TR_RETROSPECTIVE = (
    "Within six months, all chief constables should either satisfy him or herself that they "
    "have completed, or complete, a retrospective review of the certificate holders’ "
    "continued suitability to have access to or possession of firearms in the case of section "
    "1 firearms and shotgun certificates issued before the Home Office guidance was updated in "
    "relation to the on-going monitoring of the activity of a certificate holder or "
    "associates. This review should extend to all such activity which may give rise to "
    "concern for public safety."
)

# Stop and search powers (HMIC, July 2013), all forces: British Transport Police's progress
# chart and the register, verbatim. The 2015 follow-up text is CONSTRUCTED: the 2013
# scrutiny recommendation re-worded the way a repeated all-forces recommendation reads.
SAS_APP = (
    "Chief Constables and the College of Policing should establish in the Stop and Search "
    "Authorised Professional Practice document a clear specification of what constitutes the "
    "effective and fair exercise of stop and search powers, and guidance in this respect. This "
    "should be compliant with the Code of Practice."
)
SAS_MONITOR = (
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance "
    "with the law (including equality legislation and the Code of Practice), and that the "
    "power is used effectively to prevent crime, catch criminals and maintain public trust."
)
SAS_SCRUTINY_2013 = (
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people."
)
SAS_SCRUTINY_2015 = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people."
)

# PEEL: Police legitimacy 2017 (12 December 2017), all forces: the register's stop-search
# theme page (8541), verbatim, its "•" without a space included.
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)
LEG17_MONITOR = SAS_MONITORING_2017
LEG17_DISPARITY = (
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have:\n"
    "•carried out research and analysis in an attempt to understand the reasons for the "
    "disparity, and •taken action to reduce the disparity, where necessary;"
)
LEG17_PUBLISH = (
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018."
)
LEG17_TRAINING = (
    "By July 2018, and ongoing following that date, forces should ensure that all officers who "
    "use stop and search powers have been provided with, and understand, training on "
    "unconscious bias and College of Policing APP on stop and search."
)

# Disproportionate use of police powers (26 February 2021), all forces: as quoted on a
# public blog, verbatim.
DUP_COMMS = (
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management and de-escalation."
)
DUP_CPD = (
    "By July 2021, forces should ensure that communication skills are reinforced as part of "
    "the programme of continuing professional development for officers and staff, and that "
    "supervisors are supported to routinely and frequently debrief officers on these skills "
    "using body-worn video footage."
)
DUP_BWV = BWV_2021
DUP_HO_DATA = (
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon "
    "as possible."
)
DUP_UOF = (
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action."
)

# Values and culture in fire and rescue services (30 March 2023), verbatim from services'
# published action plans; VC_UPDATES_DRIFT is the same recommendation as one service's
# tracker copied it (a real drift), VC_ETHICS_ABRIDGED a service's abridged restatement.
VC_CULTURES = (
    "By 1 October 2023, chief fire officers should put plans in place to monitor, including "
    "through the gathering and analysis of staff feedback, watch and team cultures and "
    "provide prompt remedial action for any issues they identify."
)
VC_TRAINING = (
    "By 1 October 2023, as a precursor to the development of the College of Fire and Rescue, "
    "chief fire officers and the National Fire Chiefs Council should work with the Home "
    "Office to consider how they can improve the training and support they offer to staff in "
    "management and leadership development. This should include authority members in respect "
    "of their assurance leadership roles and should ensure that opportunities are offered "
    "fairly across all staff groups."
)
VC_UPDATES = (
    "By 1 June 2023, chief fire officers should assure themselves that updates on how "
    "concerns are being handled are shared with those who have raised them. The updates "
    "should be given in an accessible way that encourages trust and confidence in the "
    "service response. Consideration should be given to creating a professional standards "
    "function to handle conduct concerns in service (or from an external service) to have "
    "oversight of cases, to make sure they are conducted in a fair and transparent way and "
    "to act as a point of contact for all staff involved."
)
VC_UPDATES_DRIFT = (
    "By 1 June 2023, Chief Fire Officers should assure themselves that updates on how "
    "concerns are being handled are shared with those who have raised them. The updates "
    "should be given in an accessible way that encourages trust and confidence in the "
    "service response. Consideration should be given to creating professional standards "
    "function to handle concerns in Service (or from an external service) to have oversight "
    "of cases, to make sure they are conducted in a fair and transparent way and act as a "
    "point of contact for all staff involved."
)
VC_SUCCESSION = (
    "By 1 June 2023, chief fire officers should, as a priority, specify in succession plans "
    "how they intend to improve diversity across all levels of the service. This should "
    "include offering increased direct-entry opportunities."
)
VC_CHECKS = (
    "By 1 January 2024, chief fire officers should:\n"
    "• immediately review their current background checks arrangements, and make sure that "
    "suitable and sufficient background checks are in place to safeguard their staff and "
    "communities they serve; and\n"
    "• make sure that appropriate DBS check requests have been submitted for all existing, "
    "new staff, and volunteers, according to their roles as identified by the Fire Standards "
    "Board."
)
VC_CONFIDENTIAL = (
    "By 1 October 2023, Chief Fire Officers should make sure their services provide a "
    "confidential way for staff to raise concerns and that staff are aware of whistleblowing "
    "processes."
)
VC_INDEPENDENT_LINE = (
    "By 1 October 2023, National Employer, the Local Government Association and the National "
    "Fire Chiefs Council should review any current independent arrangements whereby staff can "
    "raise concerns outside their FRS. They should then ensure that all FRS staff have access "
    "to an independent reporting line that can be used as a confidential way to raise "
    "concerns outside their own FRS."
)
VC_SUPPORT = (
    "By 1 June 2023, Chief Fire Officers should review the support available for those who "
    "have raised concerns and take any action needed to make sure these provisions are "
    "suitable."
)
VC_INFORMATION = (
    "By 1 June 2023, Chief Fire Officers should make sure they provide accessible information "
    "for all staff and members of the public on how they can raise concerns and access "
    "confidential support (including through external agencies). Chief Officers should also "
    "make sure accessible information is provided on how concerns and allegations will be "
    "investigated in a way that ensures confidentiality and is independent of the alleged "
    "perpetrator."
)
VC_EDI_DATA = (
    "By 1 June 2023, chief fire officers should review how they gather and use equality and "
    "diversity data to improve their understanding of their staff demographics, including "
    "applying and meeting the requirements of the National Fire Chiefs Council equality, "
    "diversity and inclusion data toolkit."
)
VC_ETHICS_ABRIDGED = "Chief Fire Officers should review their implementation of the Core Code of Ethics"

# Fire and rescue service inspections: Shropshire FRS 2021/22 (risk information) and its
# 2023-25 cause of concern with the areas for improvement listed under it (the service's
# own page, its capitals and double space kept); Derbyshire FRS (prevention), verbatim.
FIRE_RISK_INFO = (
    "The service should make sure its firefighters and fire control staff have good access to "
    "relevant and up-to-date risk information."
)
SH_COC = (
    "The Service Should make sure there are appropriate strategic oversight arrangements in "
    "place to manage risks, performance and improvement plans effectively"
)
SH_RISK_REGISTER = (
    "The Service Should make sure the corporate risk register is actively used  to mitigate "
    "and manage known risks"
)
SH_PERFORMANCE = (
    "The Service Should make sure all processes in place to support performance management "
    "are effective"
)
SH_DATA = (
    "The Service Should make sure it has access to accurate data and analysis to support "
    "effective performance management"
)
DB_PREVENTION = (
    "The service should develop a clear prevention strategy targeting people most at risk and "
    "make sure activity undertaken prioritises people most at risk"
)
# Areas for improvement that recur, with small variations, in many services' 2021/22
# inspection reports: RECALLED wording, not checked against one report.
R2_DEBRIEF = (
    "The service should make sure it has an effective system for staff to use learning and "
    "debriefs to improve operational response and incident command."
)
R2_SECONDARY = (
    "The service should monitor secondary contracts to make sure working hours are not "
    "exceeded."
)
R2_EDI = (
    "The service should make sure that all staff understand the benefits of equality, "
    "diversity and inclusion and their role in promoting it."
)


def cut(text: str, n: int) -> str:
    """The first n characters, as a cell limit or a careless paste leaves them (mid-word)."""
    return text[:n]


def flat(text: str) -> str:
    """One line: what a paste into a single-line field makes of bullets and breaks."""
    return " ".join(text.split())


# =============================================================================================
# Model
# =============================================================================================


HMICFRS_OPEN = {"awaiting review", "being progressed", "awaiting-review", "being-progressed"}
HMICFRS_CLOSED = {"complete", "superseded", "no further action required"}
FORCE_DONE = {"green", "blue", "white", "complete", "closed", "pending sign off"}
FORCE_OPEN = {"amber", "red", "in progress", "open", "open - actions on going on track",
              "open - actions on going off track"}

#: report key -> (title as HMICFRS writes it, publication date)
REPORTS: dict[str, tuple[str, date]] = {
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24)),
    "efc15": ("PEEL: Police efficiency 2015", date(2015, 10, 15)),
    "efc16": ("PEEL: Police efficiency 2016", date(2016, 11, 3)),
    "efc17": ("PEEL: Police efficiency 2017", date(2017, 11, 9)),
    "eff16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2)),
    "eff17": ("PEEL: Police effectiveness 2017", date(2018, 3, 22)),
    "leg17": ("PEEL: Police legitimacy 2017", date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", date(2021, 2, 26)),
    "cdi17": ("Crime data integrity inspection 2017", date(2017, 2, 9)),
    "cdi14": ("Crime data integrity inspection 2014", date(2014, 11, 18)),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", date(2015, 1, 30)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 date(2014, 3, 27)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", date(2015, 9, 15)),
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              date(2013, 7, 9)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                date(2015, 7, 1)),
    "ncpi": ("National child protection inspection: Bedfordshire Police – post-inspection "
             "review", date(2017, 11, 24)),
    "values": ("Values and culture in fire and rescue services", date(2023, 3, 30)),
    "frs2122": ("Fire and rescue service inspection 2021/22: effectiveness, efficiency and "
                "people", date(2022, 7, 27)),
    "frs2325": ("Fire and rescue service inspection 2023–25: effectiveness, efficiency and "
                "people", date(2024, 7, 2)),
}


@dataclass
class Item:
    """One item on an HMICFRS list. `key` links tracker rows to it inside this script."""

    key: str
    ref: int
    report: str
    type: str
    text: str
    status: str
    status_date: date
    where: str = field(default="", init=False)

    @property
    def title(self) -> str:
        return REPORTS[self.report][0]

    @property
    def published(self) -> date:
        return REPORTS[self.report][1]


@dataclass
class Row:
    """One item row of a force tracker, with the truth about it.

    `h` holds the keys of the HMICFRS items the row really is: none (not on the list), one,
    or two (a cause of concern and its recommendation in one cell). `part` is (k, n) when the
    force split one item over n rows. `conflict` / `review` / `why` hold the reasons.
    """

    h: tuple[str, ...]
    text: str
    status: str
    no: object = None
    ref: object = None
    report: str | None = None
    published: object = None
    type: str | None = None
    lead: str | None = None
    progress: str | None = None
    due: object = None
    closed: object = None
    action: str | None = None
    pct: object = None
    part: tuple[int, int] | None = None
    conflict: str | None = None
    review: str | None = None
    why: str | None = None
    where: str = field(default="", init=False)


def r(h: str | tuple[str, ...] | None, text: str, status: str, **kw: object) -> Row:
    keys = () if h is None else (h,) if isinstance(h, str) else tuple(h)
    return Row(keys, text, status, **kw)  # type: ignore[arg-type]


def coc_cell(coc: str, rec: str) -> str:
    """A cause of concern and its recommendation in one cell, as the CoC tracker pages show."""
    return f"Cause of concern: {coc}\nRecommendation: {rec}"


Getter = Callable[[object], object]


@dataclass
class Block:
    """Rows under one report-title row (or none)."""

    title: str | None
    rows: list


@dataclass
class Sheet:
    """One sheet of a written workbook: lines above the header, the header, the blocks."""

    name: str
    top: list[str]
    columns: list[tuple[str, Getter, float]]
    blocks: list[Block]
    title_style: str = "merged"          # "merged" (bold, merged across, filled) or "bold"
    merge_down: tuple[str, ...] = ()     # headers merged down runs of equal values in a block
    blank_before: tuple[int, ...] = ()   # block indices preceded by a blank row
    notes: list[str] = field(default_factory=list)  # lines after the table
    status_header: str | None = None      # RAG fills on this column


@dataclass
class Case:
    name: str
    items: list[Item]
    hmicfrs: list[Sheet]
    tracker: list[Sheet] | Sheet          # a lone Sheet is written as tracker.csv
    missing: dict[str, str]               # item key -> why it is not in the tracker
    hmicfrs_when: datetime
    tracker_when: datetime
    extra_sheets: list[tuple[str, list[list[object]]]] = field(default_factory=list)

    @property
    def rows(self) -> list[Row]:
        sheets = [self.tracker] if isinstance(self.tracker, Sheet) else self.tracker
        return [row for s in sheets for b in s.blocks for row in b.rows]


def items_by_report(items: list[Item]) -> list[Block]:
    """Blocks of consecutive items with the same report, titled with the report."""
    blocks: list[Block] = []
    for item in items:
        if blocks and blocks[-1].title == item.title:
            blocks[-1].rows.append(item)
        else:
            blocks.append(Block(item.title, [item]))
    return blocks


def attr(name: str) -> Getter:
    return lambda x: getattr(x, name)


# =============================================================================================
# Case 1: West Mercia Police. HMICFRS cells hold a cause of concern and its recommendation.
# =============================================================================================


def case_west_mercia() -> Case:
    aw, bp, cp = "awaiting-review", "being-progressed", "complete"
    d = date
    items = [
        Item("T1", 10901, "peel1819", REC, coc_cell(WM_COC_ALLIANCE, WM_WARWICKSHIRE), cp,
             d(2019, 12, 16)),
        Item("T2", 10902, "peel1819", REC, coc_cell(WM_COC_ALLIANCE, WM_OPERATING_MODEL), cp,
             d(2019, 12, 16)),
        Item("T3", 10903, "peel1819", REC, coc_cell(WM_COC_ALLIANCE, WM_SKILLS), cp,
             d(2019, 12, 16)),
        Item("T4", 10904, "peel1819", REC, coc_cell(WM_COC_ALLIANCE, WM_VULNERABILITY), cp,
             d(2020, 1, 10)),
        Item("T5", 10905, "peel1819", REC, coc_cell(WM_COC_ALLIANCE, WM_CONSULT), bp,
             d(2019, 9, 30)),
        Item("T6", 10906, "peel1819", REC, coc_cell(WM_COC_INVESTIGATE, WM_CAPABILITY), cp,
             d(2019, 12, 16)),
        Item("T7", 10907, "peel1819", REC, coc_cell(WM_COC_INVESTIGATE, WM_SUPERVISION), bp,
             d(2019, 9, 30)),
        Item("T8", 10908, "peel1819", REC, coc_cell(WM_COC_INVESTIGATE, WM_DIGITAL), bp,
             d(2019, 9, 30)),
        Item("T9", 10909, "peel1819", REC, coc_cell(WM_COC_INVESTIGATE, WM_RUI), aw,
             d(2019, 5, 2)),
        Item("T10", 8810, "eff16", REC, coc_cell(DASH_COC, DASH_REC), bp, d(2018, 3, 22)),
        Item("T11", 8811, "eff16", REC, coc_cell(MISSING_COC, MISSING_REC), bp,
             d(2018, 3, 22)),
        Item("6991", 6991, "firearms", NAT, TR_GOVERNANCE, cp, d(2016, 9, 9)),
        Item("6992", 6992, "firearms", NAT, TR_DEMAND, bp, d(2016, 9, 9)),
        Item("6993", 6993, "firearms", NAT, TR_EXPIRED, cp, d(2016, 9, 9)),
        Item("6994", 6994, "firearms", NAT, TR_PERMITS, bp, d(2016, 9, 9)),
        Item("7476", 7476, "firearms", NAT, TR_FLAGGING, bp, d(2016, 9, 9)),
        Item("6998", 6998, "firearms", NAT, TR_RETROSPECTIVE, cp, d(2016, 9, 9)),
        Item("829", 829, "picture", NAT, PICTURE_AUDITS, cp, d(2016, 9, 13)),
        Item("902", 902, "integrity", NAT, INTEGRITY_NFA, cp, d(2016, 9, 30)),
    ]
    # The register export lists items by reference sorted as text (10901 before 6991).
    listed = sorted(items, key=lambda i: str(i.ref))
    hmicfrs = Sheet(
        "Recommendations",
        ["HMICFRS monitoring – recommendations held against West Mercia Police",
         "Definitive list as at 31 January 2020"],
        [("Ref", attr("ref"), 9), ("Report", attr("title"), 40),
         ("Published", attr("published"), 12), ("Recommendation", attr("text"), 90),
         ("Directed at", lambda i: "All forces" if i.type == NAT else "West Mercia Police", 18),
         ("Status", attr("status"), 16), ("Last updated", attr("status_date"), 12)],
        [Block(None, listed)])

    peel, eff16 = "PEEL 18/19", "PEEL Effectiveness 2016"
    tr, nat = "Targeting the Risk", "National"
    blocks = [
        Block("PEEL 2018/19 – Cause of concern 1: the end of the alliance with Warwickshire "
              "Police; skills; investigation; safeguarding", [
            r("T1", "T1 - Agree arrangements with Warwickshire Police to secure a smooth "
                    "transition to our future operating model, ensuring no disruption to "
                    "public services", "Complete", no="T1", report=peel, type=REC,
                    lead="DCC", progress="Separation agreement signed; transition board "
                    "closed Oct 19.", due=d(2019, 10, 31)),
            r("T2", "T2 - Clearly define the new operating model, ensuring all operational "
                    "and support services are affordable and fit to protect the communities "
                    "of West Mercia", "Complete", no="T2", report=peel, type=REC,
                    lead="Director of Transformation",
                    progress="Operating model approved by PCC Sept 19.", due=d(2019, 10, 1)),
            r("T3", "T3 - Expand the skills project work to include an assessment of all "
                    "skills, not only operational, incl. potential future skills "
                    "requirements; assessment to inform workforce plans", "In progress",
                    no="T3", report=peel, type=REC, lead="Director of People",
                    progress="Skills audit of staff roles under way.", due=d(2020, 3, 31)),
            r("T5", "T5 - Improve arrangements to consult with the public about business "
                    "planning and to feed back on changes made to service delivery as a "
                    "result", "Complete", no="T5", report=peel, type=REC,
                    lead="Head of Corporate Communications",
                    progress="Budget consultation and 'You said, we did' pages live."),
        ]),
        Block("PEEL 2018/19 – Cause of concern 2: capacity and capability to investigate "
              "crime", [
            r("T6", "T6 - HMIC recommends that the force should immediately: conduct a review "
                    "of officers' capabilities and capacity to manage their investigative "
                    "workload, to better understand investigative demand and the pressures "
                    "placed upon them", "Closed", no="T6", report=peel, type=REC,
                    lead="Head of Crime", progress="Workload review reported to FET."),
            r("T7", "T7 - Within twelve months the force should ensure regular and active "
                    "supervision of the quality and progress of investigations, and that "
                    "this supervision is properly recorded", "In progress", no="T7",
                    report=peel, type=REC, lead="Head of Crime",
                    progress="Supervisory review template on Athena being piloted.",
                    conflict="timescale differs: HMICFRS 'within six months', tracker "
                             "'within twelve months'"),
            r("T8", "T8 - Improve ability to retrieve digital evidence from phones, computers "
                    "and other devices quickly enough so investigations are not delayed",
                    "Open", no="T8", report=peel, type=REC, lead="Head of Forensics",
                    progress="Digital media kiosks being installed."),
            r("T9", "T9 - Improve understanding of suspects released under investigation "
                    "(RUI) & the management of those released on bail", "In progress",
                    no="T9", report=peel, type=REC, lead="Head of Criminal Justice",
                    progress="RUI dashboard in development."),
        ]),
        Block("PEEL Effectiveness 2016 – causes of concern carried forward", [
            r("T10", "T10 Cause of concern - the force's response to domestic abuse: officer "
                     "discretion to complete a DASH risk assessment does not give confidence "
                     "that risk is always assessed appropriately", "Closed", no="T10",
                     report=eff16, type=COC, lead="Head of Protecting Vulnerable People",
                     progress="DASH now mandatory for all DA incidents.", part=(1, 2)),
            r("T10", "T10 Recommendation - there is effective supervision of the initial risk "
                     "assessment process, specifically the completion of DASH risk "
                     "assessment in appropriate cases", "In progress", no="T10",
                     report=eff16, type=REC, lead="Head of Protecting Vulnerable People",
                     progress="Supervisor review of DASH being dip-sampled.", part=(2, 2)),
            r("T11", "T11 Cause of concern - response to missing and absent children: risk "
                     "for children who go missing from home inappropriately assessed in some "
                     "cases; 'absent' used where 'missing' was right", "Complete", no="T11",
                     report=eff16, type=COC, lead="Head of Protecting Vulnerable People",
                     progress="Absent category withdrawn.", part=(1, 4)),
            r("T11", "T11 (a) call takers understand and use the missing and absent category "
                     "appropriately", "Complete", no="T11a", report=eff16, type=REC,
                     lead="Head of Contact", progress="Call-taker briefing and guidance.",
                     part=(2, 4)),
            r("T11", "T11 (b) call takers and frontline staff have the knowledge to identify "
                     "risk factors associated with child sexual exploitation and how to "
                     "respond", "Complete", no="T11b", report=eff16, type=REC,
                     lead="Head of Contact", progress="CSE training delivered.", part=(3, 4)),
            r("T11", "T11 (c) supervisors provide the correct oversight of missing person "
                     "enquiries and direct timely investigative and safeguarding action",
                     "Closed", no="T11c", report=eff16, type=REC, lead="Head of Operations",
                     progress="Missing persons supervision checklist in place.", part=(4, 4)),
        ]),
        Block("National – Targeting the risk (firearms licensing, 2015)", [
            r("6992", "Within three months, assess the demand placed on the firearms licensing "
                      "department and ensure it has the capacity to meet this demand and "
                      "provide an efficient and effective service at all times",
              "In progress", no="FL2", report=tr, type=nat, lead="Firearms Licensing Manager",
              progress="Demand review done; two extra enquiry officers in budget bid."),
            r("6993", "Immediately satisfy ourselves that all appropriate action is being "
                      "taken with regard to 'total expired' licensing records", "Complete",
              no="FL3", report=tr, type=nat, lead="Firearms Licensing Manager",
              progress="Weekly total-expired report."),
            r("6994", "Within three months, all chief constables should ensure that their "
                      "arrangements in respect of the use of temporary permits are in "
                      "accordance with the Home Office guidance; that temporary permits are "
                      "properly recorded without delay on NFLMS; and that effective systems "
                      "exist to ensure certificate holders are not permitted, at any time, to "
                      "remain in unlawful possession of a firearm.", "Open", no="FL4",
              report=tr, type=nat, lead="Firearms Licensing Manager",
              progress="Permit process being re-written."),
            r("7476", "Systems to identify, before police attend, whether an incident involves "
                      "or is at the address of a firearm certificate holder – always applied "
                      "by dispatchers; officers understand the risk assessment and the power "
                      "to seize firearms & certificates", "Complete", no="FL5", report=tr,
              type=nat, lead="Head of Contact", progress="NFLMS markers on the command and "
              "control address gazetteer."),
            r("6998", "Retrospective review of certificate holders' continued suitability (s1 "
                      "firearms & shotgun certificates issued before the updated Home Office "
                      "guidance)", "Open", no="FL6", report=tr, type=nat,
              lead="Firearms Licensing Manager", progress="Review 80% complete."),
            r(None, "Temporary permits issued by the firearms licensing unit to be recorded on "
                    "NFLMS within 24 hours of issue and reconciled monthly (priority 2)",
              "In progress", no="IA-7", report="Internal Audit 2019/20 – Firearms licensing",
              type="Audit recommendation", lead="Firearms Licensing Manager",
              why="internal audit recommendation, not an HMICFRS one; close in wording to "
                  "6994 (temporary permits on NFLMS), which has its own row"),
        ]),
        Block("National – other reports", [
            r("829", "By 30 November 2015, put in place arrangements to scrutinise audits of "
                     "compliance with the APP on information management through the force "
                     "information management governance structure", "Complete", no="BP1",
              report="Building the Picture", type=nat, lead="Information Manager"),
            r("902", "By 31 August 2016, all chief constables should satisfy themselves that "
                     "they have processes in place to ensure that investigations into "
                     "misconduct by officers and staff resulting in 'no further action' are "
                     "fair and free of any form of discrimination.", "Closed", no="IM1",
              report="Integrity Matters", type=nat, lead="Head of Professional Standards",
              conflict="deadline differs: HMICFRS 'By 31 August 2015', tracker 'By 31 August "
                       "2016'"),
        ]),
        Block("Local actions and earlier items", [
            r(None, "Alliance exit: set up a joint Transition Board with Warwickshire Police "
                    "to manage the separation of shared services by October 2019", "Complete",
              no="L1", report="Alliance exit programme", type="Local action", lead="DCC",
              why="local action of the alliance exit programme; close in wording to T1 "
                  "(agree arrangements with Warwickshire Police), which has its own row"),
            r(None, "Vulnerability Board: quarterly dip-sample of DASH risk assessments "
                    "completed by response officers", "Open", no="L2",
              report="Vulnerability Improvement Plan", type="Local action",
              lead="Head of Protecting Vulnerable People",
              why="local action; close in wording to T10 (supervision of DASH risk "
                  "assessment), which has its own rows"),
            r(None, "AFI - The force should undertake further work to gain a fuller "
                    "understanding of current demand for its services, and likely future "
                    "changes in demand.", "Closed", no="E17-1", report="PEEL Efficiency 2017",
              type="AFI", lead="Head of Corporate Services",
              why="an earlier area for improvement HMICFRS no longer lists (closed and "
                  "dropped?) – query with HMICFRS"),
        ]),
    ]
    tracker = Sheet(
        "CoC & recommendations",
        ["West Mercia Police – HMICFRS causes of concern and recommendations: action tracker"],
        [("No.", attr("no"), 6), ("Report", attr("report"), 22), ("Type", attr("type"), 18),
         ("Recommendation", attr("text"), 80), ("Owner", attr("lead"), 26),
         ("Status", attr("status"), 12), ("Update", attr("progress"), 50),
         ("Target date", attr("due"), 12)],
        blocks, blank_before=(2, 3))
    missing = {
        "T4": "T4 (review, with partners, of the approach to vulnerability) has no row: the "
              "tracker jumps from T3 to T5; T6, which also begins 'conduct a review', has its own",
        "6991": "Targeting the risk governance recommendation not in the tracker's firearms "
                "block; its neighbour 6992 ('Within three months, all chief constables should "
                "assess …') is",
    }
    return Case("c1_west_mercia_coc_cells", items, [hmicfrs], [tracker], missing,
                datetime(2020, 1, 31, 9, 0), datetime(2020, 2, 10, 15, 0))


# =============================================================================================
# Case 2: Hampshire Constabulary. One tracker row holds a cause of concern and its
# recommendation; City of London style layout with report header blocks.
# =============================================================================================


def case_hampshire() -> Case:
    aw, bp, cp, sup = "Awaiting review", "Being progressed", "Complete", "Superseded"
    d = date
    items = [
        Item("8784", 8784, "eff16", COC, HA_COC, bp, d(2018, 4, 20)),
        Item("8785", 8785, "eff16", REC, HA_ARREST, cp, d(2018, 4, 20)),
        Item("8786", 8786, "eff16", REC, HA_SUPPORT, cp, d(2018, 4, 20)),
        Item("8787", 8787, "eff16", REC, HA_TELEPHONE, cp, d(2018, 4, 20)),
        Item("8231", 8231, "efc16", AFI, NH_DEMAND, bp, d(2017, 11, 9)),
        Item("8232", 8232, "efc16", AFI, NH_COSTS, bp, d(2017, 11, 9)),
        Item("8233", 8233, "efc16", AFI, NH_WORKFORCE, aw, d(2016, 11, 3)),
        Item("9630", 9630, "eff17", AFI, CRIME_SYSTEM, aw, d(2018, 3, 22)),
        Item("6980", 6980, "cdi17", REC, CDI_VICTIMS, aw, d(2017, 2, 9)),
        Item("9340", 9340, "stolen", NAT, SF_LEADERSHIP, bp, d(2019, 1, 15)),
        Item("9341", 9341, "stolen", NAT, SF_INTEL, bp, d(2019, 1, 15)),
        Item("9342", 9342, "stolen", NAT, SF_S45, aw, d(2017, 10, 24)),
        Item("9343", 9343, "stolen", NAT, SF_NRM, aw, d(2017, 10, 24)),
        Item("9344", 9344, "stolen", NAT, SF_NCRS, bp, d(2018, 6, 29)),
        Item("9345", 9345, "stolen", NAT, SF_INVESTIGATE, aw, d(2017, 10, 24)),
        Item("9346", 9346, "stolen", NAT, SF_PREVENT, aw, d(2017, 10, 24)),
        Item("13901", 13901, "powers", NAT, DUP_COMMS, aw, d(2021, 2, 26)),
        Item("13902", 13902, "powers", NAT, DUP_CPD, aw, d(2021, 2, 26)),
        Item("13903", 13903, "powers", NAT, DUP_BWV, aw, d(2021, 2, 26)),
        Item("13904", 13904, "powers", NAT, DUP_HO_DATA, aw, d(2021, 2, 26)),
        Item("13905", 13905, "powers", NAT, DUP_UOF, aw, d(2021, 2, 26)),
        Item("829", 829, "picture", NAT, PICTURE_AUDITS, cp, d(2016, 9, 13)),
        Item("2321", 2321, "everyone", NAT, EVERYONE_PLAN, sup, d(2017, 7, 17)),
    ]
    hmicfrs = Sheet(
        "Definitive list", [],
        [("Reference", attr("ref"), 10), ("Report title", attr("title"), 40),
         ("Publication date", attr("published"), 13), ("Type", attr("type"), 24),
         ("Recommendation", attr("text"), 90), ("Status", attr("status"), 18),
         ("Status date", attr("status_date"), 12)],
        [Block(None, items)])

    blocks = [
        Block("PEEL 2016 Effectiveness – A national report by HMICFRS. Published March 2017. "
              "This report makes 1 cause of concern and 3 recommendations", [
            r(("8784", "8785"),
              "Cause of concern: The force's current approach to domestic abuse is "
              "unacceptable – the proportion of victims who fail to support the investigation "
              "and the low use of police powers of arrest and prosecution.\n"
              "Recommendation 1: consider ways of increasing the use of arrest, ancillary "
              "orders and other available powers to improve the service to DA victims and "
              "bring more perpetrators to justice.", "AMBER", no=1,
              type="Cause of Concern / Recommendation", due="Immediately",
              progress="Domestic Abuse Matters training delivered; arrest rate reported "
                       "monthly to the Vulnerability Board."),
            r("8786", "Rec 2: Take steps to understand and address why such a high proportion "
                      "of victims of domestic abuse do not support the police investigation",
              "GREEN", no=2, ref=8786, type="Recommendation", due="Immediately",
              progress="Victim attrition research with the University of Portsmouth "
                       "reported Jan 18."),
            r("8787", "Rec 3: Stop conducting DA risk assessments over the telephone and "
                      "dealing with domestic abuse in the resolution centre", "GREEN", no=3,
              ref=8787, type="Recommendation", due="Immediately",
              progress="No DA risk assessments are now conducted over the telephone."),
        ]),
        Block("PEEL 2016 Efficiency – A national report by HMICFRS. Published November 2016. "
              "This report makes 3 areas for improvement", [
            r("8231", "The force should undertake further work to gain a fuller understanding "
                      "of current demand for its services and likely future changes in demand",
              "GREEN", no=1, type="Area for Improvement", due="No deadline set by HMICFRS",
              progress="Demand model v2 signed off by the Chief Officer Group."),
            r("8232", "Develop understanding of the links between outcomes, outputs and costs",
              "AMBER", no=2, type="AFI", due="No deadline set by HMICFRS",
              progress="Activity-based costing pilot in Southampton district."),
            r("8233", "Future workforce plan aligned with overall demand and budget (resource "
                      "allocations, skills mix, behaviours expected)", "pending sign off",
              no=3, type="Area for Improvement", due="December 2017 set to align with the "
              "next inspection", progress="Workforce plan 2018-21 with the DCC for sign off."),
        ]),
        Block("PEEL 2017 Effectiveness – Published March 2018", [
            r("9630", "The force should improve its use of its crime-recording and management "
                      "system to better manage its case files and investigative processes.",
              "AMBER", no=1, type="Recommendation", due="No deadline set by HMICFRS",
              progress="RMS case file module training for investigators.",
              conflict="type differs: HMICFRS area for improvement, tracker recommendation"),
        ]),
        Block("Crime Data Integrity 2017 – Published February 2017 – 1 recommendation "
              "(tracked in 5 parts)", [
            r("6980", "1(a) at the point of report, victims are believed", "GREEN", no="1a",
              ref=6980, type="Recommendation", due="Within six months",
              progress="'Believe the victim' in all call-handler training.", part=(1, 5)),
            r("6980", "1(b) conversations between call handlers and callers summarised "
                      "accurately in the incident log", "GREEN", no="1b", ref=6980,
              type="Recommendation", due="Within six months",
              progress="Incident log QA by Contact supervisors.", part=(2, 5)),
            r("6980", "1(c) multiple crimes always recorded when described in incident "
                      "records or identified in other crime investigations", "AMBER", no="1c",
              ref=6980, type="Recommendation", due="Within six months",
              progress="Crime Recording Bureau checks all DA incidents.", part=(3, 5)),
            r("6980", "1(d) stop awaiting results of medical examinations / video interviews "
                      "before crime-recording decisions", "GREEN", no="1d", ref=6980,
              type="Recommendation", due="Within six months",
              progress="Instruction to PPU teams 3/3/17.", part=(4, 5)),
            r("6980", "1(e) online crime reports triaged at the point of receipt so risks to "
                      "the victim or wider public are identified and managed", "RED",
              no="1e", ref=6980, type="Recommendation", due="Within six months",
              progress="Online triage desk not yet funded.", part=(5, 5)),
        ]),
        Block("Stolen Freedom (national) – Published 24 October 2017", [
            r("9340", "Leadership & governance – review MSHT leadership and governance "
                      "arrangements (senior leaders prioritise MSHT; resources with the right "
                      "skills; partnership arrangements; performance & QA measures)", "GREEN",
              no=1, ref=9340, type="National recommendation", due="Within twelve months",
              progress="MSHT Gold group; MSHT in control strategy; performance pack."),
            r("9341", "Within six months, active information-sharing agreements with other "
                      "agencies (speedy exchange of intelligence, safeguard victims, identify "
                      "suspects early)", "GREEN", no=2, ref=9341,
              type="National recommendation", due="Within six months",
              progress="ISAs with all four local authorities signed."),
            r("9343", SF_NRM, "AMBER", no=4, type="National recommendation",
              due="Immediately", progress="NRM SPOC in the Modern Slavery team."),
            r("9344", "Crime recording – comply with NCRS for MSHT offences; sufficient audit "
                      "capacity for the FCR", "RED", no=5, type="National recommendation",
              due="Immediately", progress="Audit capacity bid in 2019/20 budget."),
            r("9345", "Investigation – MSHT allegations thoroughly investigated & effectively "
                      "supervised by teams with the right skills and experience (incl. JITs / "
                      "intelligence from overseas)", "AMBER", no=6,
              type="National recommendation", due="Immediately",
              progress="MSHT investigations moved to Major Crime."),
            r("9346", "Prevention – review use of preventative powers (STPOs / STROs) under "
                      "the MSA 2015", "GREEN", no=7, type="National recommendation",
              due="Immediately", progress="Review done; 4 STROs obtained in 2018."),
        ]),
        Block("Disproportionate use of police powers – spotlight on stop and search and use "
              "of force (Feb 2021)", [
            r("13901", "By July 2021 – officers and staff to have effective communication "
                       "skills in line with National Policing Guidelines on Conflict "
                       "Management (in addition to existing conflict management & "
                       "de-escalation training)", "AMBER", no=1,
              type="National recommendation", due="July 2021",
              progress="Communication skills input in OST from September.",
              conflict="timescale differs: HMICFRS 'By July 2022', tracker 'By July 2021'"),
            r("13903", "Body-worn video: record the entirety of all S&S encounters (incl. "
                       "traffic stops & use of force); structured internal review of a sample "
                       "of footage; scrutiny panel access to footage", "GREEN", no=3,
              ref=13903, type="National recommendation", due="September 2021",
              progress="BWV policy, dip-sample and panel viewing all in place."),
            r("13904", "Home Office & NPCC to ensure quality of use of force data is sufficient "
                       "for publication", "WHITE", no=4, type="National recommendation",
              due="No deadline set by HMICFRS",
              progress="Not for Hampshire to deliver – national; we submit use of force data "
                       "via the annual data requirement."),
            r("13905", DUP_UOF, "AMBER", no=5, type="National recommendation",
              due="July 2021", progress="Use of force dashboard in build."),
        ]),
        Block("Other national reports", [
            r("829", "By 30 November 2015 – arrangements to scrutinise audits of compliance "
                     "with the APP on information management (Building the Picture)", "GREEN",
              no=1, ref=829, type="National recommendation", due="30/11/2015",
              progress="Information Assurance Board reviews MoPI audits."),
            r("2321", "Everyone's Business – establish and publish a domestic abuse action "
                      "plan (with the PCC, DA support organisations and victims' "
                      "representatives)", "AMBER", no=2, type="National recommendation",
              due="September 2014", progress="DA action plan refreshed annually."),
        ]),
        Block("Other inspectorates, audit and local actions", [
            r(None, "CDI 2014 – revise approach to cautions, cannabis warnings and PNDs: "
                    "auditable explanation to the offender; victim's views recorded for "
                    "victim-based crimes", "GREEN", no=1, ref=5811, type="Recommendation",
              progress="Out of court disposals scrutiny panel in place.",
              why="HMICFRS Ref 5811 is not on the definitive list (CDI 2014; closed and "
                  "dropped by HMICFRS?) – query with HMICFRS"),
            r(None, "IOPC learning recommendation (2019): supervisors to review every domestic "
                    "abuse risk assessment taken over the telephone within 24 hours", "AMBER",
              no=2, type="IOPC recommendation", progress="Supervisor checklist drafted.",
              why="IOPC learning recommendation, not an HMICFRS one; close in wording to 8787 "
                  "(DA risk assessments over the telephone), which has its own row"),
            r(None, "Internal audit (crime data quality, 2018): crimes to be recorded within "
                    "24 hours of the incident log and victims' accounts believed at the point "
                    "of report", "AMBER", no=3, type="Audit recommendation",
              progress="Compliance 91% (target 95%).",
              why="internal audit recommendation; close in wording to parts (a) and (c) of "
                  "CDI rec 6980, which have their own rows"),
            r(None, "Modern slavery – create a network of MSHT single points of contact across "
                    "districts (force MSHT action plan)", "GREEN", no=4, type="Local action",
              progress="SPOC in every district since Jan 18.",
              why="local action; close in wording to Stolen freedom leadership rec 9340, "
                  "which has its own row"),
        ]),
    ]
    tracker = Sheet(
        "HMICFRS Recommendations",
        ["Hampshire Constabulary – HMICFRS Report Recommendations (Appendix 1)",
         "Joint Audit Committee – July 2021"],
        [("No.", attr("no"), 5), ("HMICFRS Ref", attr("ref"), 10), ("Type", attr("type"), 22),
         ("Recommendations & Areas for Improvement", attr("text"), 80),
         ("Status", attr("status"), 14), ("Due Date", attr("due"), 22),
         ("Comment", attr("progress"), 50)],
        blocks, status_header="Status")
    key = [["Status", "Meaning"],
           ["GREEN", "The recommendation is implemented"],
           ["AMBER", "The recommendation is subject to ongoing work and monitoring but is "
                     "anticipated will be implemented"],
           ["RED", "The recommendation is beyond designated deadline or cannot / will not be "
                   "implemented (rationale required)"],
           ["WHITE", "Not Hampshire's responsibility to deliver or is dependent upon another "
                     "organisation"],
           ["pending sign off", "Lead proposes closure; evidence with the DCC"]]
    missing = {
        "9342": "Stolen freedom s45-defence recommendation not in the tracker (it jumps from 2 "
                "to 4); its neighbour 9343 (also 'Immediately, forces should …' about victims) "
                "is",
        "13902": "Disproportionate use CPD / body-worn video debrief recommendation not in the "
                 "tracker; its neighbour 13901 (communication skills) is",
    }
    return Case("c2_hampshire_combined_row", items, [hmicfrs], [tracker], missing,
                datetime(2021, 6, 1, 9, 0), datetime(2021, 6, 28, 11, 0),
                extra_sheets=[("Key", key)])


# =============================================================================================
# Case 3: a fire and rescue service. Values and culture plus inspection AFIs, each split by
# the service into sub-actions (the summary merged down its actions).
# =============================================================================================


def case_fire() -> Case:
    aw, bp, cp = "Awaiting review", "Being progressed", "Complete"
    d = date
    items = [
        Item("VC1", 21001, "values", NAT, VC_CULTURES, bp, d(2024, 3, 1)),
        Item("VC2", 21002, "values", NAT, VC_TRAINING, aw, d(2023, 3, 30)),
        Item("VC3", 21003, "values", NAT, VC_UPDATES, bp, d(2024, 3, 1)),
        Item("VC4", 21004, "values", NAT, VC_SUCCESSION, bp, d(2024, 3, 1)),
        Item("VC5", 21005, "values", NAT, VC_CHECKS, bp, d(2024, 3, 1)),
        Item("VC6", 21006, "values", NAT, VC_CONFIDENTIAL, cp, d(2024, 3, 1)),
        Item("VC7", 21007, "values", NAT, VC_INDEPENDENT_LINE, aw, d(2023, 3, 30)),
        Item("VC8", 21008, "values", NAT, VC_SUPPORT, bp, d(2024, 3, 1)),
        Item("VC9", 21009, "values", NAT, VC_INFORMATION, aw, d(2023, 3, 30)),
        Item("VC10", 21010, "values", NAT, VC_EDI_DATA, aw, d(2023, 3, 30)),
        Item("RISK", 19401, "frs2122", AFI, FIRE_RISK_INFO, bp, d(2023, 9, 1)),
        Item("PREV", 19402, "frs2122", AFI, DB_PREVENTION, cp, d(2023, 9, 1)),
        Item("DEBRIEF", 19403, "frs2122", AFI, R2_DEBRIEF, bp, d(2023, 9, 1)),
        Item("SECONDARY", 19404, "frs2122", AFI, R2_SECONDARY, aw, d(2022, 7, 27)),
        Item("EDI", 19405, "frs2122", AFI, R2_EDI, aw, d(2022, 7, 27)),
        Item("COC", 23301, "frs2325", COC, SH_COC, aw, d(2024, 7, 2)),
        Item("REGISTER", 23302, "frs2325", AFI, SH_RISK_REGISTER, aw, d(2024, 7, 2)),
        Item("PERFORMANCE", 23303, "frs2325", AFI, SH_PERFORMANCE, aw, d(2024, 7, 2)),
        Item("DATA", 23304, "frs2325", AFI, SH_DATA, aw, d(2024, 7, 2)),
    ]
    hmicfrs = Sheet(
        "HMICFRS recommendations",
        ["HMICFRS – recommendations and areas for improvement: Shropshire Fire and Rescue "
         "Service (as at 1 October 2024)"],
        [("ID", attr("ref"), 8), ("Inspection", attr("title"), 40),
         ("Date published", attr("published"), 13), ("Category", attr("type"), 24),
         ("Recommendation / AFI text", attr("text"), 90), ("Status", attr("status"), 18),
         ("Status date", attr("status_date"), 12)],
        [Block(None, items)])

    vc, i22, i25 = "Values & Culture (Mar 2023)", "Inspection 2021/22", "Inspection 2023-25"
    on, off, done = ("Open - Actions on going on track", "Open - Actions on going off track",
                     "Complete")
    vc1 = ("Rec 1 - By 1 October 2023, chief fire officers should put plans in place to "
           "monitor, including through the gathering and analysis of staff feedback, watch and "
           "team cultures and provide prompt remedial action for any issues they identify.")
    vc5 = ("Rec 5 - By 1 January 2024 chief fire officers should: immediately review background "
           "checks arrangements, make sure suitable and sufficient checks are in place to "
           "safeguard staff and communities; make sure appropriate DBS check requests have "
           "been submitted for all existing, new staff and volunteers (Fire Standards Board "
           "roles)")
    coc = ("CfC - The Service should make sure there are appropriate strategic oversight "
           "arrangements in place to manage risks, performance and improvement plans "
           "effectively")
    risk = ("AFI 4 - The service should make sure its firefighters and fire control staff have "
            "good access to relevant and up-to-date risk information.")
    rows = [
        r("VC1", vc1, done, no="VC1", report=vc, action="Six-monthly culture pulse survey; "
          "results reported by watch", lead="Head of People", due="30 Sep 2023", pct=100,
          part=(1, 3)),
        r("VC1", vc1, done, no="VC1", report=vc, action="SLT station visits – watch culture "
          "conversations, logged and followed up", lead="Area Manager Response",
          due="30 Sep 2023", pct=100, part=(2, 3)),
        r("VC1", vc1, done, no="VC1", report=vc, action="Remedial action log reviewed monthly "
          "at People Board", lead="Head of People", due="30 Sep 2023", pct=100, part=(3, 3)),
        r("VC2", "Rec 2 - Improve the training and support offered to staff in management and "
                 "leadership development (with NFCC / Home Office, ahead of the College of "
                 "Fire and Rescue); include authority members; opportunities offered fairly "
                 "across all staff groups", on, no="VC2", report=vc,
          action="Leadership development offer reviewed against the NFCC leadership framework",
          lead="Head of Learning & Development", due="31 Mar 2025", pct=60),
        r("VC3", "Rec 3 - " + VC_UPDATES_DRIFT, done, no="VC3", report=vc,
          action="Updates to those raising concerns within 10 working days; professional "
                 "standards function scoped", lead="Head of People", due="1 Jun 2023",
          pct=100),
        r("VC4", "Rec 4 - As a priority, specify in succession plans how we will improve "
                 "diversity across all levels of the service, incl. increased direct-entry "
                 "opportunities", off, no="VC4", report=vc,
          action="Succession plan refresh; direct-entry station manager scheme",
          lead="Head of People", due="1 Jun 2023", pct=40),
        r("VC5", vc5, done, no="VC5", report=vc, action="Background checks review – suitable "
          "and sufficient checks for all roles", lead="Head of People", due="1 Jan 2024",
          pct=75, part=(1, 2)),
        r("VC5", vc5, on, no="VC5", report=vc, action="DBS checks requested for all existing "
          "staff, new staff and volunteers per Fire Standards Board roles",
          lead="HR Manager", due="1 Jan 2024", pct=75, part=(2, 2)),
        r("VC6", "Rec 6 - Provide a confidential way for staff to raise concerns; make sure "
                 "staff are aware of whistleblowing processes", done, no="VC6", report=vc,
          action="Safecall confidential line launched; whistleblowing policy relaunched",
          lead="Head of People", due="1 Oct 2023", pct=100),
        r("VC9", "Rec 9 - Provide accessible information for all staff and the public on how "
                 "to raise concerns and acess confidential support (incl. external "
                 "agencies); how concerns and allegations will be investigated "
                 "confidentialy and independently of the alleged perpetrator", on,
          no="VC9", report=vc, action="'Raising concerns' pages on the intranet and website",
          lead="Head of Communications", due="1 Jun 2023", pct=70),
        r("VC10", "Rec 10 - By 1 October 2023, review how we gather and use equality and "
                  "diversity data to improve our understanding of staff demographics, "
                  "applying the NFCC EDI data toolkit", on, no="VC10", report=vc,
          action="EDI data audit against the NFCC toolkit", lead="EDI Officer",
          due="1 Oct 2023", pct=50,
          conflict="timescale differs: HMICFRS 'By 1 June 2023', tracker 'By 1 October 2023'"),
        r("COC", coc, done, no="CfC", report=i25, action="New Service Management Board terms "
          "of reference", lead="Chief Fire Officer", due="31 Dec 2024", pct=45, part=(1, 3)),
        r("COC", coc, on, no="CfC", report=i25, action="Improvement plan goverance board "
          "chaired by the Chief Fire Officer", lead="Chief Fire Officer", due="31 Dec 2024",
          pct=45, part=(2, 3)),
        r("COC", coc, off, no="CfC", report=i25, action="Quarterly assurance report to the "
          "Fire Authority", lead="Deputy Chief Fire Officer", due="31 Mar 2025", pct=45,
          part=(3, 3)),
        r("REGISTER", "AFI 1 - The Service should make sure the corporate risk register is "
                      "actively used to mitigate and manage known risks", done, no="AFI1",
          report=i25, action="Corporate risk register reviewed monthly at SMB",
          lead="Head of Corporate Services", due="30 Nov 2024", pct=100),
        r("PERFORMANCE", "AFI 2 - The Service should make sure all processes in place to "
                         "support performance managment are effective", on, no="AFI2",
          report=i25, action="Performance management framework refresh",
          lead="Head of Corporate Services", due="31 Mar 2025", pct=30),
        r("DATA", "AFI 3 - Make sure we have access to accurate data and analysis to support "
                  "effective performance management", off, no="AFI3", report=i25,
          action="Business intelligence analyst post", lead="Head of Corporate Services",
          due="31 Mar 2025", pct=10),
        r("RISK", risk, done, no="AFI4", report=i22, action="Site-specific risk information "
          "(SSRI) review programme", lead="Area Manager Protection", due="31 Mar 2024",
          pct=80, part=(1, 4)),
        r("RISK", risk, done, no="AFI4", report=i22, action="Mobile data terminals upgraded "
          "on all appliances", lead="Head of ICT", due="31 Mar 2024", pct=80, part=(2, 4)),
        r("RISK", risk, off, no="AFI4", report=i22, action="Fire control access to SSRI in "
          "the mobilising system", lead="Fire Control Manager", due="31 Mar 2024", pct=80,
          part=(3, 4)),
        r("RISK", risk, done, no="AFI4", report=i22, action="Risk information audit – "
          "quarterly dip sample", lead="Area Manager Protection", due="31 Mar 2024", pct=80,
          part=(4, 4)),
        r("PREV", "AFI 5 - develop a clear prevention strategy targeting people most at risk "
                  "and make sure activity prioritises them", done, no="AFI5", report=i22,
          action="Prevention strategy 2023-26 approved", lead="Area Manager Prevention",
          due="31 Mar 2023", pct=100),
        r("DEBRIEF", "AFI 6 - The service should make sure it has an effective system for "
                     "staff to use learning and debriefs to improve operational response and "
                     "incident command", on, no="AFI6", report=i22,
          action="Operational learning app and monthly learning bulletin",
          lead="Area Manager Response", due="31 Dec 2024", pct=60),
        r("SECONDARY", "AFI 7 - Monitor secondary contracts to make sure working hours are not "
                       "exceeded", done, no="AFI7", report=i22,
          action="Working time checks in the rostering system", lead="HR Manager",
          due="30 Sep 2023", pct=100),
        r(None, "Introduce an independent, confidential reporting line so staff can raise "
                "concerns outside the line management chain", on, no="LFB1",
          report="LFB Independent Culture Review (Nov 2022)",
          action="Options paper to the Fire Authority", lead="Head of People",
          due="31 Mar 2025", pct=20,
          why="a recommendation of the Independent Culture Review of London Fire Brigade, "
              "adopted locally; close in wording to Values and culture rec VC7 (independent "
              "reporting line, for the national bodies), which is not in the plan"),
        r(None, "Rec 11 - " + VC_ETHICS_ABRIDGED, done, no="VC11", report=vc,
          action="Core Code of Ethics gap analysis and training", lead="Head of People",
          due="1 Mar 2024", pct=100,
          why="a Values and culture recommendation that HMICFRS does not list against this "
              "service (closed?) – query with HMICFRS"),
        r(None, "Be able to receive and store electronic plans of high-rise buildings and make "
                "them available to incident commanders and control room managers", on,
          no="GTI1", report="Grenfell Tower Inquiry Phase 1",
          action="Premises information system procurement", lead="Head of ICT",
          due="31 Mar 2025", pct=40,
          why="Grenfell Tower Inquiry recommendation, not an HMICFRS one; close in wording to "
              "AFI 4 (risk information for firefighters and fire control), which has its own "
              "rows"),
        r(None, "Refresh the Service's People Strategy 2024-27 (culture, wellbeing, "
                "inclusion)", done, no="L1", report="Local", action="Strategy approved by "
          "the Fire Authority", lead="Head of People", due="30 Apr 2024", pct=100,
          why="local action, not an HMICFRS recommendation"),
    ]
    tracker = Sheet(
        "Action plan",
        ["HMICFRS Values and Culture and Inspection Action Plan – Summary Report as of "
         "1 November 2024"],
        [("Ref", attr("no"), 7), ("Source", attr("report"), 24), ("Summary", attr("text"), 70),
         ("Sub actions", attr("action"), 50), ("Lead", attr("lead"), 26),
         ("Deadline date", attr("due"), 13), ("Status", attr("status"), 30),
         ("Overall %", attr("pct"), 10)],
        [Block(None, rows)], merge_down=("Summary", "Overall %"))
    missing = {
        "VC7": "Values and culture rec for the National Employer, LGA and NFCC (independent "
               "reporting line): the service did not put it in its plan; the LFB culture "
               "review row about a confidential reporting line is not it",
        "VC8": "Values and culture rec on support for those who raised concerns not in the "
               "plan; its neighbours VC3 (updates on concerns) and VC9 (information on "
               "raising concerns) are",
        "EDI": "2021/22 AFI on staff understanding the benefits of equality, diversity and "
               "inclusion not in the plan; the diversity rows (Rec 4, Rec 10) are other items",
    }
    return Case("c3_fire_values_culture", items, [hmicfrs], [tracker], missing,
                datetime(2024, 10, 1, 9, 0), datetime(2024, 11, 1, 12, 0))


# =============================================================================================
# Case 4: Bedfordshire Police, tracker exported as CSV (Windows-1252, 255-character cells).
# =============================================================================================


def case_bedfordshire() -> Case:
    aw, bp, cp, sup, nfa = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                            "No further action required")
    d = date
    force_items = [
        Item("8548", 8548, "ncpi", REC, NCPI_DETENTION, bp, d(2018, 6, 1)),
        Item("5820", 5820, "cdi14", REC, CDI14_CAUTIONS, cp, d(2016, 9, 7)),
    ]
    national = [
        Item("3826", 3826, "sas13", NAT, SAS_APP, nfa, d(2016, 9, 30)),
        Item("3827", 3827, "sas13", NAT, SAS_SCRUTINY_2013, nfa, d(2016, 9, 30)),
        Item("3828", 3828, "sas13", NAT, SAS_MONITOR, sup, d(2016, 9, 30)),
        Item("6105", 6105, "sas15", NAT, SAS_SCRUTINY_2015, bp, d(2016, 9, 30)),
        Item("8540", 8540, "leg17", COC, LEG17_COC, bp, d(2020, 1, 31)),
        Item("8541", 8541, "leg17", NAT, LEG17_MONITOR, cp, d(2020, 11, 20)),
        Item("8542", 8542, "leg17", NAT, LEG17_DISPARITY, bp, d(2020, 11, 20)),
        Item("8543", 8543, "leg17", NAT, LEG17_PUBLISH, aw, d(2017, 12, 12)),
        Item("8544", 8544, "leg17", NAT, LEG17_TRAINING, bp, d(2019, 7, 31)),
        Item("13871", 13871, "powers", NAT, DUP_COMMS, aw, d(2021, 2, 26)),
        Item("13872", 13872, "powers", NAT, DUP_CPD, aw, d(2021, 2, 26)),
        Item("13873", 13873, "powers", NAT, DUP_BWV, bp, d(2021, 11, 1)),
        Item("13874", 13874, "powers", NAT, DUP_HO_DATA, aw, d(2021, 2, 26)),
        Item("13875", 13875, "powers", NAT, DUP_UOF, aw, d(2021, 2, 26)),
        Item("9310", 9310, "stolen", NAT, SF_LEADERSHIP, bp, d(2019, 1, 15)),
        Item("9311", 9311, "stolen", NAT, SF_INTEL, bp, d(2019, 1, 15)),
        Item("9312", 9312, "stolen", NAT, SF_S45, aw, d(2017, 10, 24)),
        Item("9313", 9313, "stolen", NAT, SF_NRM, aw, d(2017, 10, 24)),
        Item("9314", 9314, "stolen", NAT, SF_NCRS, bp, d(2018, 6, 29)),
        Item("9315", 9315, "stolen", NAT, SF_INVESTIGATE, aw, d(2017, 10, 24)),
        Item("9316", 9316, "stolen", NAT, SF_PREVENT, aw, d(2017, 10, 24)),
        Item("2321", 2321, "everyone", NAT, EVERYONE_PLAN, sup, d(2017, 7, 17)),
        Item("4822", 4822, "core", NAT, CORE_THR, sup, d(2017, 8, 30)),
        Item("1504", 1504, "core", NAT, CORE_PREVENTION, nfa, d(2017, 8, 30)),
        Item("902", 902, "integrity", NAT, INTEGRITY_NFA, cp, d(2016, 9, 30)),
        Item("829", 829, "picture", NAT, PICTURE_AUDITS, cp, d(2016, 9, 13)),
    ]
    columns = [("Recommendation ID", attr("ref"), 12), ("Report", attr("title"), 40),
               ("Report published", attr("published"), 13), ("Type", attr("type"), 24),
               ("Recommendation text", attr("text"), 90), ("HMICFRS status", attr("status"), 26)]
    hmicfrs = [Sheet("Force", [], columns, [Block(None, force_items)]),
               Sheet("National", [], columns, [Block(None, national)])]

    lim = 255  # the SharePoint list the CSV came from keeps 255 characters of a text field
    ncpi, ncpi_date = "NCPI revisit (Nov 2017)", "24/11/2017"
    sas, leg, dup, sf = ("HMIC Stop and Search 2013", "PEEL Legitimacy 2017",
                         "Disproportionate use of police powers (2021)", "Stolen Freedom (MSHT) 2017")
    rows = [
        r("8548", "Review how we manage the detention of children (with children's social "
                  "care) – ensure all children are only detained when absolutely necessary "
                  "and for the absolute minimum amount of time", "Closed", ref=8548,
          no="NCPI-1a", report=ncpi, published=ncpi_date, lead="Ch Insp Custody",
          progress="Custody inspector authorises every detention of a child.",
          closed="12/03/2018", part=(1, 5)),
        r("8548", "Custody officers and staff assess at an early stage a child's need for "
                  "alternative accommodation (secure or otherwise) and work with children's "
                  "services to achieve the most appropriate option", "In Progress", ref=8548,
          no="NCPI-1b", report=ncpi, published=ncpi_date, lead="Ch Insp Custody",
          progress="Protocol with the three local authorities in draft.", part=(2, 5)),
        r("8548", "Custody staff comply with statutory duties to complete detention "
                  "certificates if a child is detained following charge", "Closed", ref=8548,
          no="NCPI-1c", report=ncpi, published=ncpi_date, lead="Ch Insp Custody",
          progress="Certificate checked at every custody review.", closed="12/03/2018",
          part=(3, 5)),
        r("8548", "Custody staff record all actions taken and decisions made on the relevant "
                  "documentation", "Closed", ref=8548, no="NCPI-1d", report=ncpi,
          published=ncpi_date, lead="Ch Insp Custody", progress="Dip-sample monthly.",
          closed="12/03/2018", part=(4, 5)),
        r("8548", "Improve the timeliness of adequate appropriate adult support for children "
                  "who are arrested", "Open", ref=8548, no="NCPI-1e", report=ncpi,
          published=ncpi_date, lead="Ch Insp Custody",
          progress="Appropriate adult contract being re-tendered.", part=(5, 5)),
        r("5820", "Revise approach to cautions, cannabis warnings and PNDs – clear and "
                  "auditable explanation to the offender; victims' views considered before "
                  "issue (victim-based crimes)", "Closed", ref=5820, no="CDI-1",
          report="Crime Data Integrity 2014", lead="Force Crime Registrar",
          progress="OOCD scrutiny panel.", closed="30/06/2016"),
        r("3826", "Chief Constables and the College of Policing should establish in the Stop "
                  "and Search APP a clear specification of what constitutes the effective and "
                  "fair exercise of stop and search powers", "Closed", no="SS13-1", report=sas,
          published="09/07/2013", lead="Supt Operations",
          progress="College definition adopted.", closed="31/03/2016"),
        r("3828", SAS_MONITOR, "Open", ref=3828, no="SS13-3", report=sas,
          published="09/07/2013", lead="Supt Operations",
          progress="Stop and search dashboard in development."),
        r("6105", "Chief constables should, in consultation with PCCs, ensure they comply with "
                  "the Code of Practice by explaining to the public the way S&S powers are "
                  "used in their areas and by making arrangements for stop and search records "
                  "to be scrutinised by community representatives, involving those who are "
                  "stopped and searched (e.g. young people)", "In Progress", no="SS15-1",
          report="Stop and search powers 2 (HMIC 2015)", published="24/03/2015",
          lead="Supt Operations", progress="Youth scrutiny panel from September."),
        r("8540", "Cause of concern – forces not able to demonstrate that use of stop and "
                  "search powers is consistently reasonable and fair; over-representation of "
                  "BAME people (black people in particular) which many forces cannot explain",
          "In Progress", no="LEG17-CoC", report=leg, published="12/12/2017",
          lead="Supt Operations", progress="Disproportionality in quarterly S&S report."),
        r("8541", "1(i) By July 2018 regularly and frequently monitor a comprehensive set of "
                  "S&S data to understand the reasons for any disproportionate representation "
                  "of different ethnic groups", "Closed", ref=8541, no="LEG17-1i", report=leg,
          published="12/12/2017", lead="Supt Operations", progress="Dashboard live Jun 18.",
          closed="30/06/2018", part=(1, 3)),
        r("8541", "1(ii) the extent to which find rates differ between people from different "
                  "ethnicities and across types of search (incl. drug possession and "
                  "supply-type offences)", "Closed", ref=8541, no="LEG17-1ii", report=leg,
          published="12/12/2017", lead="Supt Operations", progress="On the dashboard.",
          closed="30/06/2018", part=(2, 3)),
        r("8541", "1(iii) prevalence of possession-only drug searches and whether they align "
                  "with local or force priorities", "Closed", ref=8541, no="LEG17-1iii",
          report=leg, published="12/12/2017", lead="Supt Operations",
          progress="Analysis to the Strategic Board.", closed="31/10/2018", part=(3, 3)),
        r("8542", "Where disparities are identified through monitoring, demonstrate to the "
                  "public that we have:\n- carried out research and analysis to understand the "
                  "reasons\n- taken action to reduce the disparity where necessary",
          "Complete", ref=8542, no="LEG17-2", report=leg, published="12/12/2017",
          lead="Supt Operations", progress="Research with the University of Bedfordshire "
          "published Nov 20.", closed="20/11/2020"),
        r("8544", LEG17_TRAINING, "Complete", no="LEG17-4", report=leg, published="12/12/2017",
          lead="Head of Learning", progress="Unconscious bias e-learning 97% complete.",
          closed="31/07/2019"),
        r("13871", "Effective communication skills for officers & staff in line with the "
                   "National Policing Guidelines on Conflict Management (in addition to "
                   "existing conflict management / de-escalation training)", "In Progress",
          no="DUP-1", report=dup, published="26/02/2021", lead="Head of Learning",
          progress="OST input from Sept 21."),
        r("13872", "Communication skills reinforced in CPD; supervisors supported to routinely "
                   "debrief officers using BWV footage", "Complete", no="DUP-2", report=dup,
          published="26/02/2021", lead="Head of Learning", progress="CPD day delivered.",
          closed="30/06/2021"),
        r("13873", "(a) record on BWV the entirety of all S&S encounters incl. traffic stops "
                   "and use of force incidents", "Complete", ref=13873, no="DUP-3a",
          report=dup, published="26/02/2021", lead="Supt Operations",
          progress="Policy mandates BWV.", closed="30/09/2021", part=(1, 3)),
        r("13873", "(b) structured process for regularly reviewing and monitoring internally "
                   "a sufficient sample of BWV footage, to disseminate learning and hold "
                   "officers to account", "Open", ref=13873, no="DUP-3b", report=dup,
          published="26/02/2021", lead="Professional Standards",
          progress="Dip-sample process drafted.", part=(2, 3)),
        r("13873", "(c) scrutiny panel members to have access to samples of BWV footage of "
                   "S&S encounters and use of force incidents, with the APP safeguards",
          "Complete", ref=13873, no="DUP-3c", report=dup, published="26/02/2021",
          lead="Supt Operations", progress="Panel views footage quarterly.",
          closed="30/09/2021", part=(3, 3)),
        r("13875", DUP_UOF, "In Progress", no="DUP-5", report=dup, published="26/02/2021",
          lead="Supt Operations", progress="Use of force dashboard in build."),
        r("9310", "Within twelve months review leadership and governance arrangements for "
                  "MSHT:\n• senior leaders prioritise the response\n• incidents allocated "
                  "resources with the skills, experience and capacity to investigate\n"
                  "• partnership arrangements to share information and safeguard victims\n"
                  "• performance and QA measures", "In Progress", no="SF-1", report=sf,
          published="24/10/2017", lead="Det Supt Public Protection",
          progress="MSHT governance board since Jan 18."),
        r("9311", "Within six months, forces should have in place active information-sharing "
                  "agreements with other agencies to facilitate speedy exchange of "
                  "intelligence", "Closed", no="SF-2", report=sf, published="24/10/2017",
          lead="Head of Intelligence", progress="ISAs signed.", closed="31/05/2018"),
        r("9312", "Immediately ensure all victims carrying out criminal acts under compulsion "
                  "attributable to slavery or exploitation get early & continuing "
                  "consideration of the s45 defence", "Complete", no="SF-3", report=sf,
          published="24/10/2017", lead="Head of Criminal Justice",
          progress="s45 briefing to custody and CPS liaison.", closed="15/01/2018"),
        r("9313", SF_NRM, "Open", no="SF-4", report=sf, published="24/10/2017",
          lead="Det Supt Public Protection", progress="NRM SPOC in post."),
        r("9314", cut(SF_NCRS, lim), "In Progress", no="SF-5", report=sf,
          published="24/10/2017", lead="Force Crime Registrar",
          progress="MSHT in the FCR audit plan."),
        r("9316", "Immediately review our use of preventative powers under the MSA 2015 "
                  "(STPOs / STROs)", "Open", no="SF-7", report=sf, published="24/10/2017",
          lead="Det Supt Public Protection", progress="Review commissioned."),
        r("2321", cut(flat(EVERYONE_PLAN), lim), "Closed", no="EB-1",
          report="Everyone's Business (DA) 2014", published="27/03/2014",
          lead="Det Supt Public Protection", progress="DA plan superseded by VAWG plan.",
          closed="31/03/2017"),
        r("4822", "Not later than 31 March 2015 forces using a threat, harm and risk policy "
                  "should provide call-handlers with specific, sound and comprehensible "
                  "criteria against which they can assess threat, harm and risk", "Closed",
          no="CB-1", report="Core Business 2014", published="04/09/2014",
          lead="Head of Contact", progress="THRIVE in the call-handling script.",
          closed="31/03/2015"),
        r("1504", CORE_PREVENTION, "Closed", no="IM-2", report="Integrity Matters 2015",
          published="30/01/2015", lead="Head of Partnerships",
          progress="Problem-solving database records disruption activity.",
          closed="30/09/2016",
          conflict="filed under Integrity Matters (2015); HMICFRS has it under Core Business "
                   "(2014)"),
        r("902", INTEGRITY_NFA.replace("“", '"').replace("”", '"'), "Closed", no="IM-1",
          report="Integrity Matters 2015", published="30/01/2015",
          lead="Head of Professional Standards", progress="NFA outcomes dip-sampled.",
          closed="30/09/2016"),
        r("829", PICTURE_AUDITS, "Closed", no="BP-1", report="Building the Picture 2015",
          published="01/07/2015", lead="Information Manager",
          progress="Information Assurance Board.", closed="13/09/2016"),
        r(None, "Children in custody: request local authority accommodation at the earliest "
                "opportunity after charge and record the outcome on the custody record",
          "In Progress", no="CUS-4", report="Custody inspection 2019 (HMIP / HMICFRS joint)",
          published="14/05/2019", lead="Ch Insp Custody",
          progress="PACE transfer requests audited.",
          why="a joint custody inspection recommendation (HMI Prisons-led), not on this "
              "HMICFRS list; close in wording to part (b) of NCPI 8548, which has its own row"),
        r(None, "Officers to switch on body-worn video before a stop and search encounter "
                "begins and keep it running throughout", "In Progress", no="IOPC-2",
          report="IOPC national learning (2020)", lead="Supt Operations",
          progress="Briefing issued; compliance checks monthly.",
          why="IOPC learning recommendation, not an HMICFRS one; close in wording to part (a) "
              "of 13873, which has its own row"),
        r(None, "Publish stop and search records data on the force website every month",
          "Closed", no="BUSS-1", report="Best Use of Stop and Search scheme (Home Office 2014)",
          lead="Supt Operations", progress="Monthly data published since 2014.",
          closed="31/12/2014",
          why="a Home Office scheme commitment, not an HMICFRS recommendation; close in "
              "wording to 8543 (publish the analysis annually), which is not in the tracker"),
        r(None, "Stop and search app – move recording of searches to mobile devices",
          "Open", no="DIG-9", report="Force digital programme", lead="Head of IT",
          progress="Pilot in Luton.", why="local action, not an HMICFRS recommendation"),
    ]
    tracker = Sheet(
        "tracker.csv", [],
        [("HMICFRS Ref", attr("ref"), 0), ("Item", attr("no"), 0), ("Report", attr("report"), 0),
         ("Date published", attr("published"), 0), ("Recommendation", attr("text"), 0),
         ("Lead officer", attr("lead"), 0), ("Status", attr("status"), 0),
         ("Latest update", attr("progress"), 0), ("Date closed", attr("closed"), 0)],
        # The export leaves a blank record between its two views (local, then national).
        [Block(None, rows[:9]), Block(None, rows[9:])], blank_before=(1,))
    missing = {
        "3827": "2013 original of 6105; the tracker's scrutiny row names the 2015 report (Stop "
                "and search powers 2) and has the 2015 wording",
        "8543": "PEEL legitimacy 2017 expectation to publish the analysis annually not in the "
                "tracker; its neighbour 8542 is, and the monthly publication row is the Home "
                "Office scheme's",
        "13874": "for the Home Office and NPCC: the force did not track it; its neighbour 13875 "
                 "(use of force monitoring) is in the tracker",
        "9315": "Stolen freedom investigation recommendation not in the tracker; its "
                "neighbours 9314 and 9316 ('Immediately, forces should …') are",
    }
    return Case("c4_bedfordshire_csv", force_items + national, hmicfrs, tracker, missing,
                datetime(2021, 11, 1, 9, 0), datetime(2021, 11, 15, 10, 0))


# =============================================================================================
# Case 5: Northamptonshire Police. The same areas for improvement in two years' reports;
# report names written every which way; an item filed under the wrong report.
# =============================================================================================


def case_northamptonshire() -> Case:
    aw, bp, cp, sup, nfa = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                            "No further action required")
    d = date
    items = [
        Item("D15", 7301, "efc15", AFI, NH_DEMAND, sup, d(2016, 11, 3)),
        Item("C15", 7302, "efc15", AFI, NH_COSTS, sup, d(2016, 11, 3)),
        Item("W15", 7303, "efc15", AFI, NH_WORKFORCE, sup, d(2016, 11, 3)),
        Item("D16", 8251, "efc16", AFI, NH_DEMAND, bp, d(2017, 11, 9)),
        Item("C16", 8252, "efc16", AFI, NH_COSTS + ".", bp, d(2017, 11, 9)),
        Item("W16", 8253, "efc16", AFI, NH_WORKFORCE, cp, d(2017, 11, 9)),
        Item("R16", 8254, "efc16", AFI, CONTROL_ROOM, sup, d(2017, 11, 9)),
        Item("8531", 8531, "efc17", NAT, EFC17_DIGITAL, bp, d(2018, 1, 31)),
        Item("R17", 8532, "efc17", AFI, CONTROL_ROOM, aw, d(2017, 11, 9)),
        Item("8540", 8540, "leg17", COC, LEG17_COC, bp, d(2018, 1, 31)),
        Item("8541", 8541, "leg17", NAT, LEG17_MONITOR, cp, d(2018, 2, 20)),
        Item("8542", 8542, "leg17", NAT, LEG17_DISPARITY, bp, d(2018, 1, 31)),
        Item("8543", 8543, "leg17", NAT, LEG17_PUBLISH, aw, d(2017, 12, 12)),
        Item("8544", 8544, "leg17", NAT, LEG17_TRAINING, bp, d(2018, 1, 31)),
        Item("9312", 9312, "stolen", NAT, SF_S45, aw, d(2017, 10, 24)),
        Item("9313", 9313, "stolen", NAT, SF_NRM, bp, d(2018, 1, 31)),
        Item("902", 902, "integrity", NAT, INTEGRITY_NFA, cp, d(2016, 9, 30)),
        Item("1504", 1504, "core", NAT, CORE_PREVENTION, nfa, d(2017, 8, 30)),
        Item("829", 829, "picture", NAT, PICTURE_AUDITS, cp, d(2016, 9, 13)),
    ]
    blocks = []
    for b in items_by_report(items):
        published = b.rows[0].published
        b.title = f"{b.title} (published {published.day} {published:%B %Y})"
        blocks.append(b)
    hmicfrs = Sheet(
        "Definitive list",
        ["HMICFRS – recommendations and areas for improvement held against Northamptonshire "
         "Police", "As at 1 March 2018"],
        [("Ref", attr("ref"), 8), ("Type", attr("type"), 24), ("Recommendation", attr("text"), 90),
         ("Status", attr("status"), 18), ("Status date", attr("status_date"), 12)],
        blocks)

    peel_rows = [
        r("C15", NH_COSTS, "Blue", no="EFF15-2", report="Efficiency 2015", type="AFI",
          lead="Director of Finance", progress="Superseded by the 2016 AFI; ABC model built."),
        r("W15", NH_WORKFORCE, "Amber", no="EFF15-3", ref=7303,
          report="PEEL: Police efficiency 2015", type="Area for Improvement",
          lead="Director of HR", progress="Workforce plan drafted."),
        r("D16", NH_DEMAND, "Green", no="EFF-1", report="PEEL Efficiency", type="AFI",
          lead="Head of Corporate Development", progress="Demand model signed off.",
          review="report 'PEEL Efficiency' with no year, no publication date and no "
                 "reference: the text is word for word both the 2015 AFI 7301 and its 2016 "
                 "repeat 8251, so only a person can say which one the force means (paired "
                 "with 8251, the later report, still open at HMICFRS)"),
        r("C16", NH_COSTS, "Amber", no="EFF16-2", report="PEEL Efficiency",
          published=d(2016, 11, 3), type="area of improvement", lead="Director of Finance",
          progress="Costing linked to outcomes in the 2018/19 budget."),
        r("W16", NH_WORKFORCE, "Amber", no="EFF16-3", report="PEEL Effic 2016", type="AFI",
          lead="Director of HR", progress="Workforce plan to be refreshed."),
        r("R17", "AFI 1 - " + CONTROL_ROOM, "Red", no="EFF17-1", report="PEEL Effic 17",
          type="AFI", lead="Head of Contact Management",
          progress="Abandonment rate 9% (target 5%); recruitment under way."),
        r("8531", EFC17_DIGITAL, "Green", no="EFF17-2", ref=8531,
          report="PEEL Efficiency 2017", published=d(2017, 11, 9), type="National rec",
          lead="Head of Digital", progress="Digital plan approved by the PCC."),
        r("8540", "HMICFRS concerned forces cannot demonstrate use of stop and search powers is "
                  "consistently reasonable and fair; over-representation of BAME people, "
                  "black people in particular, unexplained", "Amber", no="LEG17-CoC",
          report="PEEL Legit 17", type="Cause for Concern", lead="Supt Local Policing",
          progress="Disproportionality reported to the scrutiny panel."),
        r("8541", "By July 2018 – regularly & frequently monitor a comprehensive set of S&S "
                  "data to understand: disproportionality by ethnic group; find rates by "
                  "ethnicity and search type (incl. drug possession / supply); prevalence of "
                  "possession-only drug searches vs local priorities", "Green", no="LEG17-1",
          ref=8541, report="Legitimacy 2017", type="Rec", lead="Supt Local Policing",
          progress="Dashboard live."),
        r("8542", "Where we identify disparities through monitoring, demonstrate to the public "
                  "that we have carried out research and analysis to understand the reasons "
                  "and taken action to reduce the disparity where necessary", "Amber",
          no="LEG17-2", ref=8542, report="PEEL: Police legitimacy 2017", type="Rec",
          lead="Supt Local Policing", progress="Research with the University of Northampton."),
        r("8544", LEG17_TRAINING, "Green", no="LEG17-4", report="PEEL Efficiency 2017",
          type="Rec", lead="Head of Learning", progress="Unconscious bias training 95%.",
          conflict="filed under PEEL efficiency 2017; HMICFRS has it under PEEL legitimacy "
                   "2017"),
    ]
    national_blocks = [
        Block("Stolen Freedom (2017)", [
            r("9312", "s45 defence – early and continuing consideration for victims compelled "
                      "to commit offences through slavery or exploitation", "Green",
              lead="Head of Criminal Justice", progress="Custody and CPS briefing."),
            r("9313", SF_NRM, "Amber", lead="Det Supt Protecting Vulnerable People",
              progress="NRM referrals audited."),
        ]),
        Block("Integrity Matters (2015)", [
            r("902", "By 31 August 2015, satisfy ourselves that misconduct investigations "
                     "resulting in 'no further action' are fair and free of any form of "
                     "discrimination", "Blue", lead="Head of Professional Standards",
              progress="NFA outcomes dip-sampled."),
        ]),
        Block("Core Business (2014)", [
            r("1504", "By 31 March 2015 ensure crime prevention / disruption activity is "
                      "systematically recorded and evaluated to determine the effectiveness "
                      "of tactics", "Amber", lead="Head of Crime Prevention",
              progress="Problem-solving tracker in pilot."),
        ]),
        Block("Local / other", [
            r(None, "Force Management Statement 2018: assess current and likely future demand "
                    "for our services and the resources to meet it", "Green",
              lead="Head of Corporate Development", progress="FMS 1 submitted May 2018.",
              why="the force's Force Management Statement work, not a recommendation on the "
                  "list; close in wording to the demand areas for improvement 7301 / 8251"),
            r(None, "Enabling services collaboration with Northamptonshire Fire and Rescue "
                    "Service: joint workforce plan", "Amber", lead="Director of HR",
              progress="Joint HR service from April.",
              why="local collaboration action; close in wording to the workforce plan areas "
                  "for improvement 7303 / 8253, which have their own rows"),
            r(None, "Internal audit 2017/18: activity-based costing to link costs to outputs "
                    "and outcomes", "Amber", lead="Director of Finance",
              progress="Model in test.",
              why="internal audit recommendation; close in wording to the outcomes/outputs/"
                  "costs areas for improvement 7302 / 8252, which have their own rows"),
            r(None, "Police and Crime Plan: publish the stop and search scrutiny panel's "
                    "findings every quarter", "Green", lead="OPCC",
              progress="Published on the OPCC website.",
              why="a Police and Crime Plan commitment, not an HMICFRS recommendation"),
        ]),
    ]
    tracker = [
        Sheet("PEEL", [],
              [("Rec No", attr("no"), 10), ("HMICFRS Ref", attr("ref"), 10),
               ("Report", attr("report"), 26), ("Date published", attr("published"), 12),
               ("Type", attr("type"), 18), ("Recommendation", attr("text"), 80),
               ("Lead", attr("lead"), 26), ("BRAG", attr("status"), 8),
               ("Update", attr("progress"), 50)],
              [Block(None, peel_rows)], status_header="BRAG"),
        Sheet("National & thematic", [],
              [("Report", lambda _r: None, 24), ("Recommendation", attr("text"), 80),
               ("Lead", attr("lead"), 28), ("BRAG", attr("status"), 8),
               ("Update", attr("progress"), 50)],
              national_blocks, title_style="merged-column", status_header="BRAG"),
    ]
    missing = {
        "D15": "2015 original of the demand AFI; the tracker's only demand row names neither "
               "year and is paired for review with the 2016 repeat 8251",
        "R16": "2016 control room AFI not in the tracker; the word-for-word 2017 repeat has its "
               "own row, which names PEEL efficiency 2017",
        "8543": "PEEL legitimacy 2017 expectation to publish the analysis annually not in the "
                "tracker (it jumps from LEG17-2 to LEG17-4)",
        "829": "Building the picture recommendation not in the tracker",
    }
    return Case("c5_northamptonshire_repeats", items, [hmicfrs], tracker, missing,
                datetime(2018, 3, 1, 9, 0), datetime(2018, 3, 12, 14, 0))


# =============================================================================================
# Case 6: West Midlands Police. Mistyped, truncated, summarised texts; stems on one side;
# type words; timescales, a figure and a deadline changed; open and closed sheets.
# =============================================================================================


def case_west_midlands() -> Case:
    aw, bp, cp, sup, nfa = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                            "No further action required")
    d = date
    items = [
        Item("9310", 9310, "stolen", NAT, SF_LEADERSHIP, bp, d(2019, 1, 15)),
        Item("9311", 9311, "stolen", NAT, SF_INTEL, bp, d(2019, 1, 15)),
        Item("9312", 9312, "stolen", NAT, SF_S45, aw, d(2017, 10, 24)),
        Item("9313", 9313, "stolen", NAT, SF_NRM, cp, d(2018, 6, 29)),
        Item("9314", 9314, "stolen", NAT, SF_NCRS, bp, d(2018, 6, 29)),
        Item("9315", 9315, "stolen", NAT, SF_INVESTIGATE, aw, d(2017, 10, 24)),
        Item("9316", 9316, "stolen", NAT, SF_PREVENT, bp, d(2019, 1, 15)),
        Item("8521", 8521, "efc17", NAT, EFC17_DIGITAL, bp, d(2019, 3, 29)),
        Item("8522", 8522, "efc17", AFI, CONTROL_ROOM, aw, d(2017, 11, 9)),
        Item("8794", 8794, "eff16", COC, MISSING_COC, bp, d(2017, 6, 30)),
        Item("8796", 8796, "eff16", REC, MISSING_REC, bp, d(2017, 6, 30)),
        Item("8795", 8795, "eff16", COC, DASH_COC, bp, d(2018, 3, 22)),
        Item("8797", 8797, "eff16", REC, DASH_REC, bp, d(2018, 3, 22)),
        Item("3541", 3541, "austerity", NAT, AUSTERITY_SAVINGS, nfa, d(2017, 10, 20)),
        Item("3542", 3542, "austerity", NAT, AUSTERITY_COLLABORATION, nfa, d(2017, 10, 20)),
        Item("3543", 3543, "austerity", NAT, AUSTERITY_FRONT_LINE, nfa, d(2017, 10, 20)),
        Item("3544", 3544, "austerity", NAT, AUSTERITY_SPENDING_ROUND, nfa, d(2017, 10, 20)),
        Item("5811", 5811, "cdi14", REC, CDI14_CAUTIONS, bp, d(2016, 9, 7)),
        Item("11204", 11204, "peel1819", COC, VETTING_COC, bp, d(2019, 5, 2)),
        Item("11205", 11205, "peel1819", REC, VETTING_REC, bp, d(2019, 5, 2)),
        Item("11206", 11206, "peel1819", REC, WM_RUI, aw, d(2019, 5, 2)),
        Item("11207", 11207, "peel1819", REC, WM_SUPERVISION, bp, d(2019, 8, 1)),
        Item("4822", 4822, "core", NAT, CORE_THR, sup, d(2017, 8, 30)),
        Item("902", 902, "integrity", NAT, INTEGRITY_NFA, cp, d(2016, 9, 30)),
    ]
    hmicfrs = Sheet(
        "Recommendations",
        ["HMICFRS – recommendations held against West Midlands Police",
         "Definitive list as at 1 September 2019"],
        [("HMICFRS ID", attr("ref"), 10), ("Inspection", attr("title"), 40),
         ("Published", attr("published"), 12), ("Rec type", attr("type"), 24),
         ("Recommendation text", attr("text"), 90), ("Current status", attr("status"), 26)],
        [Block(None, items)])

    nat = "National"
    open_blocks = [
        Block("Stolen Freedom – Modern Slavery & Human Trafficking (Oct 2017)", [
            r("9310", "Review MSHT leadership & goverance arrangements", "AMBER", no="SF1",
              type=nat, lead="ACC Crime", progress="MSHT Gold group; performance pack."),
            r("9311", "Intelligence – Within six months have active information sharing "
                      "agreements with other agencies to facilitate speedy exchange of "
                      "intelligence and in order to safeguard victims better and to identify "
                      "suspects as early as posible", "GREEN", no="SF2", type=nat,
              lead="Head of Intelligence", progress="ISAs signed with all seven LAs.",
              closed=d(2019, 7, 1)),
            r("9312", "Within six months, forces should ensure that all victims carrying out "
                      "criminal acts under compulsion attributable to slavery or exploitation "
                      "are afforded the protection of early and continuing consideration of "
                      "the applicability of the section 45 defence.", "AMBER", no="SF3",
              type=nat, lead="Head of Criminal Justice", progress="s45 guidance drafted.",
              conflict="timescale differs: HMICFRS 'Immediately', tracker 'Within six "
                       "months'"),
            r("9314", "Crime recording - " + cut(SF_NCRS, SF_NCRS.index("available") + 5),
              "AMBER", no="SF5", type=nat,
              lead="Force Crime Registrar", progress="MSHT in the 2019 audit plan."),
            r("9316", "PREVENTION - review use of preventative powers under the Modern Slavery "
                      "Act 2015 (STPOs / STROs) so opportunities to restrict the activities of "
                      "those who pose a clear threat are exploited", "GREEN", no="SF7",
              type=nat, lead="Det Supt PPU", progress="Review complete; STPO guidance issued.",
              closed=d(2019, 8, 20)),
        ]),
        Block("PEEL Efficiency 2017 (Nov 2017)", [
            r("8521", "By September 2019, chief constables should produce an ambitious plan to "
                      "improve digitally-enabled services within their force. The Home Office, "
                      "NPCC and APCC should support the development of these plans by "
                      "establishing a national framework which allows for the provision of "
                      "digitally enabled services across force boundaries.", "WHITE",
              no="EF1", type=nat, lead="WMP2020 Programme Director",
              progress="National framework is for HO/NPCC/APCC; force plan in WMP2020.",
              conflict="deadline differs: HMICFRS 'By September 2018', tracker 'By September "
                       "2019'"),
        ]),
        Block("PEEL Eff 2016 (Mar 2017)", [
            r(("8795", "8797"),
              "Cause for concern / Rec 1 – DASH: officer discretion to complete a DASH risk "
              "assessment does not provide confidence risk is always assessed appropriately. "
              "To address this, ensure effective supervision of the initial risk assessment "
              "process (DASH completion in appropriate cases).", "RED", no="EFF1",
              type="Cause for concern", lead="C/Supt Public Protection",
              progress="All DA incidents now risk-assessed; supervision dip-sample monthly."),
            r("8794", "The force's response to missing and absent children is a cause of "
                      "concern – risk for missing children sometimes incorrectly assessed at a "
                      "lower grade; 'absent' used where 'missing' should be", "AMBER",
              no="EFF2", type="Cause for concern", lead="C/Supt Public Protection",
              progress="Missing persons dip-sample to the Vulnerability Board."),
            r("8796", "Rec 3: Review approach to reports of missing children - call takers use "
                      "the missing/absent category appropriately; call takers & frontline "
                      "staff can identify CSE risk factors; supervisors provide the correct "
                      "oversight of missing person enquiries", "pending sign off", no="EFF3",
              type="Rec", lead="C/Supt Public Protection",
              progress="Evidence pack with the DCC.", closed=d(2019, 8, 30)),
        ]),
        Block("PEEL 2018/19 (May 2019)", [
            r("11204", "The size of the vetting backlog is a cause of concern", "RED",
              no="P1", type="AFI", lead="Head of Professional Standards",
              progress="Backlog 2,050 (Aug 19).",
              conflict="type differs: HMICFRS cause of concern, tracker area for improvement"),
            r("11205", "Rec 1: Ensure all staff recieve at least the lowest level of vetting "
                       "clearance for their roles as quickly as possible – clear both the "
                       "vetting backlog and new vetting renewals when they become due so that "
                       "we comply fully with the the national vetting guidelines", "AMBER",
              no="P2", type="Rec", lead="Head of Professional Standards",
              progress="Trajectory to clear the backlog by March 2021."),
            r("11206", "Rec 2: improve its understanding of suspects released under "
                       "investigation and the management of those released on", "AMBER",
              no="P3", type="Rec", lead="Head of Criminal Justice",
              progress="RUI reviews by custody inspectors."),
            r("11207", "Rec 3: Ensure regular and active supervision of the quality and "
                       "progress of investigations - properly recorded", "GREEN", no="P4",
              type="Rec", lead="Det Ch Supt Force CID",
              progress="Supervisory review on CRIMES; 92% compliance.", closed=d(2019, 9, 2)),
        ]),
        Block("Policing in Austerity (Jul 2014)", [
            r("3542", "Chief Constables and PCCs in forces planning to deliver less than 20% of "
                      "their savings through collaboration should assess whether there is "
                      "scope to improve on this position.", "AMBER", no="PA2", type=nat,
              lead="Director of Finance", progress="Collaboration options paper.",
              conflict="number differs: HMICFRS 'less than 10%', tracker 'less than 20%'"),
            r("3544", "In preparation for the next spending round, review plans for "
                      "collaboration - scope for better value for money and improved "
                      "capability and capacity through joint working with other forces, the "
                      "public and/or the private sector", "AMBER", no="PA4", type=nat,
              lead="Director of Finance", progress="Regional review under way."),
        ]),
        Block("CDI 2014", [
            r("5811", "The force should revise its approach to cautions, cannabis warnings and "
                      "penalty notices for disorder to ensure that there is a clear and "
                      "auditable explanation to the offender of the implications of recieving "
                      "the warning and that, for victim-based crimes, there is a clear and "
                      "auditable record that views of the victim are considered prior to to "
                      "their issue.", "GREEN", no="CDI1", type="Rec",
              lead="Force Crime Registrar", progress="OOCD scrutiny panel.",
              closed=d(2019, 6, 14)),
        ]),
        Block("PEEL Legitimacy 2017", [
            r("902", "By 31 August 2015, all chief constables should satisfy themselves that "
                     "they have processes in place to ensure that investigations into "
                     "misconduct by officers and staff resulting in \"no further action\" "
                     "are fair and free of any form of discrimination.", "AMBER", no="LEG1",
              type="Rec", lead="Head of Professional Standards",
              progress="NFA outcomes to be dip-sampled.",
              conflict="filed under PEEL legitimacy 2017; HMICFRS has it under Integrity "
                       "matters (2015)"),
        ]),
        Block("Force Change Programme (WMP2020)", [
            r("8522", "Contact – review control room resourcing against the resourcing model "
                      "(demand and staff wellbeing)", "AMBER", no="FCP3",
              lead="Head of Contact", progress="Contact Transformation business case.",
              review="in the change programme block with no report or type: it may be the "
                     "force's tracking of PEEL efficiency 2017 AFI 8522 (control room "
                     "resources to meet demand, workforce wellbeing), which has no other row, "
                     "or a programme action of its own; a person must decide"),
            r(None, "Digital Experience for Citizens – online crime reporting and live chat",
              "GREEN", no="FCP1", lead="WMP2020 Programme Director",
              progress="Live since April 2019.",
              why="WMP2020 programme action; close in wording to the digital-services "
                  "recommendation 8521, which has its own row"),
        ]),
        Block("Other inspectorates, audit and local actions", [
            r(None, "Internal Audit 2018/19 (Vetting): renewals to be diarised and completed "
                    "before clearance expires; backlog reported monthly to the DCC", "AMBER",
              no="IA3", type="Audit", lead="Head of Professional Standards",
              why="internal audit recommendation; close in wording to vetting rec 11205, "
                  "which has its own row"),
            r(None, "IOPC learning (2018): make sure DASH risk assessments are completed and "
                    "supervised for all domestic abuse incidents and recorded on CRIMES",
              "AMBER", no="IOPC1", type="IOPC", lead="C/Supt Public Protection",
              why="IOPC learning recommendation; close in wording to the DASH cause of concern "
                  "and recommendation 8795 / 8797, which have their own row"),
            r(None, "Reconcile the HMICFRS definitive list with force records and sign off as "
                    "many recommendations as possible before JAC", "AMBER", no="L1",
              type="Local", lead="Risk and Organisational Learning Manager",
              why="local action, not an HMICFRS recommendation"),
        ]),
    ]
    closed_blocks = [
        Block("Policing in Austerity (Jul 2014)", [
            r("3541", "Review plans to deliver savings - continue to reduce crime and protect "
                      "the front line while balancing the budget (use HMIC VfM profiles)",
              "Complete", no="PA1", type=nat, lead="Director of Finance",
              progress="Addressed through WMP2020.", closed=d(2015, 3, 31)),
        ]),
        Block("Core Business (2014)", [
            r("4822", "THRIVE - provide call handlers with specific, sound and comprehensible "
                      "criteria against which they can assess threat, harm and risk",
              "Complete", no="CB1", type=nat, lead="Head of Contact",
              progress="THRIVE in all call handling.", closed=d(2015, 3, 31)),
        ]),
        Block("Stolen Freedom – Modern Slavery & Human Trafficking (Oct 2017)", [
            r("9313", "Immediately, forces should take steps to ensure they are fully compliant "
                      "with the the NRM process as it evolves and are implementing the "
                      "requirement placed upon them under the Modern Slavery Act 2015 to "
                      "notify the Home Office of any individual suspected to be an adult "
                      "victim of modern slavery or human trafficking.", "Complete", no="SF4",
              type=nat, lead="Det Supt PPU", progress="NRM SPOC; MS1 duty to notify in policy.",
              closed=d(2018, 5, 1)),
        ]),
        Block("PEEL Legitimacy 2016 (Dec 2016)", [
            r(None, "Abuse of position for a sexual purpose (national cause of concern) – force "
                    "plan: counter-corruption unit capability & capacity; IT monitoring; "
                    "intelligence from organisations that support vulnerable people",
              "Complete", no="LEG16-1", type="Cause for concern",
              lead="Head of Professional Standards", progress="Plan assessed by HMICFRS.",
              closed=d(2018, 1, 12),
              why="national cause of concern on abuse of position for a sexual purpose is not "
                  "on the definitive list (HMICFRS assessed the force's plan in October 2017) "
                  "– query with HMICFRS"),
        ]),
    ]
    columns = [("Ref", attr("no"), 7), ("Recommendation", attr("text"), 80),
               ("Type", attr("type"), 18), ("Owner", attr("lead"), 28),
               ("RAG", attr("status"), 14), ("Progress", attr("progress"), 50),
               ("Date submitted for closure", attr("closed"), 14)]
    tracker = [
        Sheet("Open", ["West Midlands Police – HMIC / HMICFRS recommendations",
                       "Risk and Organisational Learning – updated 20/09/2019"],
              columns, open_blocks, title_style="bold", status_header="RAG"),
        Sheet("Closed", [], columns, closed_blocks, title_style="bold", status_header="RAG"),
    ]
    missing = {
        "9315": "Stolen freedom investigation recommendation not in the tracker; its "
                "neighbours SF5 and SF7 ('Immediately, forces should …') are",
        "3543": "Policing in austerity front-line recommendation not in the tracker; its "
                "neighbours 3542 and 3544 ('Chief Constables and PCCs …') are",
    }
    return Case("c6_west_midlands_messy_text", items, [hmicfrs], tracker, missing,
                datetime(2019, 9, 1, 9, 0), datetime(2019, 9, 20, 16, 0),
                extra_sheets=[("Notes", [
                    ["Definitive list (as at 1 September 2019) received from HMICFRS."],
                    ["Items closed by the force are moved to the 'Closed' tab."],
                    ["Owners: updates to Risk and Organisational Learning by the 5th of the "
                     "month."]])])


# =============================================================================================
# Writers
# =============================================================================================

RAG_FILLS = {"green": "92D050", "amber": "FFC000", "red": "FF0000", "blue": "5B9BD5",
             "white": "FFFFFF"}
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
TITLE_FILL = PatternFill("solid", fgColor="D9E1F2")


def write_sheet(ws, sheet: Sheet) -> None:
    """Write one sheet; set each written item's or row's `where`."""
    for line in sheet.top:
        ws.append([line])
    if sheet.top:
        ws.cell(1, 1).font = Font(bold=True, size=14)
        ws.append([])
    headers = [h for h, _, _ in sheet.columns]
    ws.append(headers)
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = BOLD
    width = len(headers)
    for index, block in enumerate(sheet.blocks):
        if index in sheet.blank_before:
            ws.append([])
        if block.title and sheet.title_style in ("merged", "bold"):
            ws.append([block.title])
            t = ws.max_row
            ws.cell(t, 1).font = BOLD
            if sheet.title_style == "merged":
                ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=width)
                ws.cell(t, 1).fill = TITLE_FILL
        first = ws.max_row + 1
        for thing in block.rows:
            ws.append([getter(thing) for _, getter, _ in sheet.columns])
            thing.where = f"{sheet.name}!{ws.max_row}"
            style_row(ws, ws.max_row, sheet)
        last = ws.max_row
        if block.title and sheet.title_style == "merged-column":
            # The report sits in the first column, merged down its block (value on top).
            ws.cell(first, 1).value = block.title
            ws.cell(first, 1).font = BOLD
            ws.cell(first, 1).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        if sheet.merge_down:
            merge_runs(ws, [headers.index(h) + 1 for h in sheet.merge_down], first, last)
    for col, (_, _, w) in enumerate(sheet.columns, start=1):
        ws.column_dimensions[ws.cell(header_row, col).column_letter].width = w
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    for line in sheet.notes:
        ws.append([line])


def merge_runs(ws, cols: list[int], first: int, last: int) -> None:
    """Merge `cols` down each run of rows whose first column holds the same value.

    This is a summary written once over its sub-actions, with the item's other shared cells
    (its overall %) merged alongside it.
    """
    key = cols[0]
    start = first
    for row in range(first + 1, last + 2):
        if row <= last and ws.cell(row, key).value == ws.cell(start, key).value:
            continue
        if row - 1 > start:
            for col in cols:
                ws.merge_cells(start_row=start, start_column=col, end_row=row - 1,
                               end_column=col)
        start = row


def style_row(ws, row: int, sheet: Sheet) -> None:
    for col, (header, _, _) in enumerate(sheet.columns, start=1):
        cell = ws.cell(row, col)
        if isinstance(cell.value, (date, datetime)):
            cell.number_format = "dd/mm/yyyy"
        elif isinstance(cell.value, str) and len(cell.value) > 30:
            cell.alignment = WRAP
        if header == sheet.status_header:
            fill = RAG_FILLS.get(str(cell.value).lower())
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)


def write_workbook(path: Path, sheets: list[Sheet], when: datetime,
                   extra: list[tuple[str, list[list[object]]]] = ()) -> None:
    wb = Workbook()
    ws = wb.active
    for index, sheet in enumerate(sheets):
        if index:
            ws = wb.create_sheet()
        ws.title = sheet.name
        write_sheet(ws, sheet)
    for name, lines in extra:
        ws = wb.create_sheet(name)
        for line in lines:
            ws.append(line)
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 90
    save_stable(wb, path, when)


def save_stable(wb: Workbook, path: Path, when: datetime) -> None:
    """Save so that the same workbook gives the same bytes: fixed properties and zip dates."""
    wb.properties.creator = "reconcile evaluation cases"
    wb.properties.created = when
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl stamps `modified` with the current time: put ours back below
    wb.properties.modified = when
    core = tostring(wb.properties.to_tree())
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = core if info.filename == "docProps/core.xml" else src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)


def write_csv(path: Path, sheet: Sheet) -> None:
    """A tracker saved from Excel as 'CSV (Comma delimited)': Windows-1252, CRLF.

    Row numbers are record numbers as Excel shows them (header = 1), so a cell with a line
    break inside still counts as one row.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([h for h, _, _ in sheet.columns])
    record = 1
    for index, block in enumerate(sheet.blocks):
        if index in sheet.blank_before:
            writer.writerow([""] * len(sheet.columns))
            record += 1
        for row in block.rows:
            writer.writerow(["" if (v := getter(row)) is None else v
                             for _, getter, _ in sheet.columns])
            record += 1
            row.where = f"{sheet.name}!{record}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode("cp1252"))


# =============================================================================================
# Truth
# =============================================================================================


def force_state(status: str) -> str:
    word = status.strip().lower()
    if word in FORCE_DONE:
        return "done"
    if word in FORCE_OPEN:
        return "open"
    raise ValueError(f"force status {status!r} is in neither FORCE_DONE nor FORCE_OPEN")


def hmicfrs_state(status: str) -> str:
    word = status.strip().lower()
    if word in HMICFRS_OPEN:
        return "open"
    if word in HMICFRS_CLOSED:
        return "closed"
    raise ValueError(f"HMICFRS status {status!r} is unknown")


def truth_lines(case: Case) -> list[dict[str, str]]:
    """One line per reconciliation item, with its category and a checkable reason."""
    items = {item.key: item for item in case.items}
    parts: dict[str, list[Row]] = {}
    for row in case.rows:
        for key in row.h:
            parts.setdefault(key, []).append(row)
    lines = []
    for row in case.rows:
        if not row.h:
            assert row.why, f"{case.name} {row.where}: a row not on the list needs a why"
            lines.append(line("", row.where, "not_on_hmicfrs_list", row.why))
        for key in row.h:
            item = items[key]
            group = parts[key]
            h_state = hmicfrs_state(item.status)
            f_state = "done" if all(force_state(p.status) == "done" for p in group) else "open"
            said = f"HMICFRS {item.status.lower()}; force {row.status}"
            if row.part:
                said += f" (part {row.part[0]} of {row.part[1]}"
                said += "; all parts done)" if f_state == "done" else "; not every part done)"
            if len(row.h) > 1:
                said += " (one row holds the cause of concern and its recommendation)"
            if row.review:
                category, why = "review", row.review
            elif row.conflict:
                category, why = "conflict", row.conflict
            elif h_state == "open" and f_state == "done":
                category, why = "closeable_submit", said + " – submit for closure"
            elif h_state == "closed" and f_state == "open":
                category, why = "closeable_local", said + " – close the force's entry"
            else:
                category, why = "in_sync", said
            lines.append(line(item.where, row.where, category, row.why or why))
    for key, item in items.items():
        if key not in parts:
            why = case.missing[key] + f" (HMICFRS {item.status.lower()})"
            lines.append(line(item.where, "", "missing_from_force", why))
    assert set(case.missing) == set(items) - set(parts), f"{case.name}: missing out of step"
    return sorted(lines, key=lambda d: (d["hmicfrs_row"] == "", natural(d["hmicfrs_row"]),
                                        natural(d["force_row"])))


def line(hmicfrs_row: str, force_row: str, category: str, why: str) -> dict[str, str]:
    return {"hmicfrs_row": hmicfrs_row, "force_row": force_row, "category": category,
            "why": why}


def natural(text: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def write_truth(path: Path, lines: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["hmicfrs_row", "force_row", "category",
                                                    "why"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(lines)


# =============================================================================================
# Checks: the truth accounts for every item row once, and the files say what we think
# =============================================================================================


def check(case: Case, lines: list[dict[str, str]]) -> None:
    rows, items = case.rows, case.items
    assert 15 <= len(items) <= 45, f"{case.name}: {len(items)} HMICFRS items"
    assert 15 <= len(rows) <= 45, f"{case.name}: {len(rows)} tracker rows"
    assert len({i.key for i in items}) == len(items), f"{case.name}: duplicate item key"
    assert len({i.where for i in items}) == len(items), f"{case.name}: item rows collide"
    assert len({r.where for r in rows}) == len(rows), f"{case.name}: tracker rows collide"
    # Every tracker row once, or once per HMICFRS item it holds.
    want_force = sorted(r.where for r in rows for _ in range(max(1, len(r.h))))
    assert sorted(d["force_row"] for d in lines if d["force_row"]) == want_force, \
        f"{case.name}: a tracker row is missing or repeated"
    assert {d["hmicfrs_row"] for d in lines if d["hmicfrs_row"]} == {i.where for i in items}, \
        f"{case.name}: an HMICFRS row is missing"
    # Only split items repeat on the HMICFRS side, once per part, parts numbered 1..n.
    split = {}
    for row in rows:
        if row.part:
            assert len(row.h) == 1, f"{case.name} {row.where}: a part of two items"
            split.setdefault(row.h[0], []).append(row.part)
    for key, got in split.items():
        n = len(got)
        assert sorted(got) == [(k, n) for k in range(1, n + 1)], f"{case.name}: parts of {key}"
    for row in rows:
        if len(row.h) == 1 and not row.part:
            assert sum(row.h[0] in x.h for x in rows) == 1, \
                f"{case.name} {row.where}: {row.h[0]} on two rows but not marked as parts"
    by_item = {i.key: i.where for i in items}
    repeated = {h for h in (d["hmicfrs_row"] for d in lines if d["hmicfrs_row"])
                if sum(d["hmicfrs_row"] == h for d in lines) > 1}
    assert repeated == {by_item[k] for k in split}, f"{case.name}: only split items repeat"
    pairs = [(d["hmicfrs_row"], d["force_row"]) for d in lines]
    assert len(set(pairs)) == len(pairs), f"{case.name}: a pair appears twice"
    reviews = sum(d["category"] == "review" for d in lines)
    assert reviews <= 2, f"{case.name}: {reviews} review lines (keep them few)"


TEXT_HEADERS = ("Recommendation", "Recommendation text", "Recommendation / AFI text",
                "Summary", "Recommendations & Areas for Improvement")
STATUS_HEADERS = ("Status", "HMICFRS status", "Current status", "RAG", "BRAG")


def read_back(case: Case, folder: Path) -> None:
    """Open what was written and check each recorded row holds the text and status we meant."""
    if isinstance(case.tracker, Sheet):
        with (folder / "tracker.csv").open(encoding="cp1252", newline="") as handle:
            records = list(csv.reader(handle))
        heads = records[0]
        for row in case.rows:
            got = records[int(row.where.split("!")[1]) - 1]
            assert got[heads.index("Recommendation")] == row.text, row.where
            assert got[heads.index("Status")] == row.status, row.where
        sheets = [("hmicfrs.xlsx", case.hmicfrs)]
    else:
        sheets = [("hmicfrs.xlsx", case.hmicfrs), ("tracker.xlsx", case.tracker)]
    for file, specs in sheets:
        book = load_workbook(folder / file, data_only=True)
        for sheet in specs:
            ws = book[sheet.name]
            heads = [h for h, _, _ in sheet.columns]
            text_col = heads.index(next(h for h in TEXT_HEADERS if h in heads)) + 1
            status_col = heads.index(next(h for h in STATUS_HEADERS if h in heads)) + 1
            header_row = len(sheet.top) + 2 if sheet.top else 1
            assert [c.value for c in ws[header_row]][:len(heads)] == heads, sheet.name
            covered = {(rr, m.min_col) for m in ws.merged_cells.ranges
                       for rr in range(m.min_row + 1, m.max_row + 1)}
            for thing in (x for b in sheet.blocks for x in b.rows):
                name, n = thing.where.split("!")
                assert name == sheet.name, thing.where
                assert ws.cell(int(n), status_col).value == thing.status, thing.where
                if (int(n), text_col) in covered:
                    continue  # a summary merged down its sub-actions: the top cell holds it
                assert ws.cell(int(n), text_col).value == thing.text, thing.where


# =============================================================================================


def main() -> None:
    cases = [case_west_mercia(), case_hampshire(), case_fire(), case_bedfordshire(),
             case_northamptonshire(), case_west_midlands()]
    print(f"{'case':34} {'HMICFRS':>7} {'tracker':>7}  categories")
    for case in cases:
        folder = CASES / case.name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("tracker.*"):
            old.unlink()
        write_workbook(folder / "hmicfrs.xlsx", case.hmicfrs, case.hmicfrs_when)
        if isinstance(case.tracker, Sheet):
            write_csv(folder / "tracker.csv", case.tracker)
        else:
            write_workbook(folder / "tracker.xlsx", case.tracker, case.tracker_when,
                           case.extra_sheets)
        lines = truth_lines(case)
        check(case, lines)
        read_back(case, folder)
        write_truth(folder / "truth.csv", lines)
        counts: dict[str, int] = {}
        for d in lines:
            counts[d["category"]] = counts.get(d["category"], 0) + 1
        shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{case.name:34} {len(case.items):7} {len(case.rows):7}  {shown}")


if __name__ == "__main__":
    main()
