"""Write the sample inputs and their expected reconciliation.

    python scripts/make_sample_data.py        (from the repository root)

writes
    data/hmicfrs_definitive_list.xlsx   the HMICFRS "definitive list" for West Midlands Police
    data/force_tracker.xlsx             the force's own tracker, messy like a real one
    tests/data/sample_expected.csv      one line per reconciliation item, with its category

Everything is deterministic: no randomness, fixed workbook properties and fixed zip
timestamps, so running it twice gives byte-identical files.

Where the texts come from (all Open Government Licence material):
- Stolen freedom (2017), the DASH cause of concern and recommendation, Policing in Austerity
  (2014) and the PEEL efficiency 2017 items (8521, 8522): the West Midlands Police Joint Audit
  Committee paper "HMICFRS update", 30 November 2017, verbatim (including the stray footnote
  "86").
- PEEL: police legitimacy 2017, the national stop and search cause of concern and its
  recommendations (8540-8544; the register page gives 8541 for the theme, the other numbers
  are invented next to it): HMICFRS's register page, verbatim (its "•" without a space too).
- Disproportionate use of police powers: a spotlight on stop and search and the use of force
  (February 2021; 13871-13875): the five recommendations as quoted on a public blog.
- The missing-children cause of concern and recommendation (register 8796), Core Business
  (4822, 1504), Integrity matters (902), Everyone's business (2321), Stop and search 2013
  (3827 and two from the BTP progress chart), Targeting the risk (6998, 7476 and four from
  the Avon and Somerset FOI page), Building the picture (829), CDI 2014 (5811): HMICFRS's
  public register pages, verbatim.
- Sample data, not West Midlands' own wording: some force-level texts were made by other
  forces' inspections and are filed here under a West Midlands report so the sample has
  enough items: West Mercia PEEL 2018/19 (the investigation cause of concern and its
  recommendations, the skills and consultation recommendations), Hampshire PEEL 2016
  (domestic abuse, filed under PEEL 2015 vulnerability), Northamptonshire PEEL efficiency
  2015 (three AFIs, filed under PEEL efficiency 2016), City of London PEEL 2018/19 (one AFI),
  Devon and Cornwall CDI 2017 (register 6989, filed as West Midlands' CDI 2017
  recommendation), West Mercia 2018/19 (the released-under-investigation recommendation
  11206, filed under West Midlands' PEEL 2018/19).
- The West Midlands vetting cause of concern and recommendation (11204, 11205) are West
  Midlands' own, from the register (first status 2 May 2019: PEEL 2018/19).
- Tracker rows that are not on the list: West Mercia's recommendation to agree arrangements
  with Warwickshire Police (its 2018/19 report, verbatim) pasted into this tracker by
  mistake; the abuse-of-position plan, in the tracker's own words after the JAC paper.
- Constructed: the "Stop and search powers 2" (2015) item 6105 is the 2013 recommendation
  3827 re-worded the way a repeated all-forces recommendation reads ("police and crime
  commissioners" for "elected local policing bodies", capitals): a near-duplicate on purpose.
  The PEEL 2018/19 area for improvement on supervising investigations (11207) is written in
  HMICFRS's style so that it and 8800 both ask for better supervision of investigations.
- Register references are real where the text came from a register page, invented (but in
  the same style) otherwise. Dates and statuses are plausible, not West Midlands' own.

Tracker texts are the tracker's own shortened, re-worded, split and mistyped versions.

The list is "as at 1 June 2021"; the tracker was last updated 10 June 2021, for the Joint
Audit Committee of 24 June 2021. The hard cases, on purpose:
- Stop and search: the row under "Stop and search – various" is near-identical to both 6105
  (2015) and its 2013 original 3827, and names neither report: `review` with 6105, the
  closer text; 3827 is `missing_from_force`.
- Supervision of investigations: the short row "Improve supervision of investigations – see
  Investigation Standards plan" (group "Investigation Standards Improvement Plan") could be
  the PEEL 2018/19 area for improvement 11207 or PEEL effectiveness 2016 rec 8800 (which has
  its own referenced row): `review` with 11207, the closer text.
- Conflicts: a timescale (9311, 13875), a number (3542), a deadline (1504), a type (8802), a
  report (4822).
- WHITE (not the force's to deliver) on 8521 and 13874, BLUE on 8799, 8213 and 13872: done
  on the force's side, open at HMICFRS, so `closeable_submit`.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
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

ROOT = Path(__file__).resolve().parent.parent
HMICFRS_PATH = ROOT / "data" / "hmicfrs_definitive_list.xlsx"
FORCE_PATH = ROOT / "data" / "force_tracker.xlsx"
EXPECTED_PATH = ROOT / "tests" / "data" / "sample_expected.csv"

HMICFRS_SHEET = "Definitive list"
TRACKER_SHEET = "Tracker"
NATIONAL_SHEET = "National reports"

# ---------------------------------------------------------------------------------------------
# The HMICFRS side: reports, then items (register reference, report key, type, text, status,
# status date). Types and statuses are HMICFRS's own words.
# ---------------------------------------------------------------------------------------------


AWAITING = "Awaiting review"
PROGRESSED = "Being progressed"
COMPLETE = "Complete"
SUPERSEDED = "Superseded"
NFA = "No further action required"

HMICFRS_OPEN = {AWAITING, PROGRESSED}
HMICFRS_CLOSED = {COMPLETE, SUPERSEDED, NFA}

REPORTS: dict[str, tuple[str, date]] = {
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24)),
    "eff16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2)),
    "vul15": ("PEEL: Police effectiveness 2015 (Vulnerability)", date(2015, 12, 15)),
    "efc16": ("PEEL: Police efficiency 2016", date(2016, 11, 3)),
    "efc17": ("PEEL: Police efficiency 2017", date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017", date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", date(2021, 2, 26)),
    "cdi17": ("Crime data integrity inspection 2017", date(2017, 9, 7)),
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
}

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
CDI_VICTIMS = "Within six months the force should " + CDI_VICTIMS_BODY + "."
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
EFC17_DIGITAL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
    "Council and Association of Police and Crime Commissioners should support the development "
    "of these plans by establishing a national framework which allows for the provision of "
    "digitally enabled services across force boundaries."
)
EVERYONE_PLAN = EVERYONE_PLAN_RUN_ON


@dataclass(frozen=True)
class HItem:
    """One item on the HMICFRS definitive list."""

    ref: int
    report: str
    type: str
    text: str
    status: str
    status_date: date


H = HItem
HMICFRS_ITEMS: list[HItem] = [
    # Stolen freedom (national; published 24 October 2017)
    H(9310, "stolen", NAT, SF_LEADERSHIP, PROGRESSED, date(2019, 1, 15)),
    H(9311, "stolen", NAT,
      "Within six months, forces should have in place active information-sharing agreements "
      "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
      "safeguard victims better and to identify suspects as early as possible",
      AWAITING, date(2017, 10, 24)),
    H(9312, "stolen", NAT,
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.",
      AWAITING, date(2017, 10, 24)),
    H(9313, "stolen", NAT, MSHT_NRM, AWAITING, date(2017, 10, 24)),
    H(9314, "stolen", NAT,
      "Immediately, forces should take steps to ensure they fully comply with national crime "
      "recording standard (NCRS) requirements for offences identified as modern slavery and "
      "human trafficking and that sufficient audit capacity is available to the force crime "
      "registrar to provide reassurance that each force is identifying and managing any gaps in "
      "its crime-recording accuracy for these types of offences.",
      PROGRESSED, date(2018, 6, 29)),
    H(9315, "stolen", NAT,
      "Immediately, forces should ensure that allegations or indications of modern slavery and "
      "human trafficking are thoroughly investigated and effectively supervised by teams and "
      "individuals with the skills and experience to undertake them (this should include the "
      "use where appropriate of joint intelligence teams and other means to obtain intelligence "
      "and evidence from agencies overseas).",
      AWAITING, date(2017, 10, 24)),
    H(9316, "stolen", NAT,
      "Immediately, forces should review their use of preventative powers under the Modern "
      "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
      "to pose a clear threat to others in respect of modern slavery and human trafficking "
      "offences are exploited.",
      AWAITING, date(2017, 10, 24)),
    # PEEL: Police efficiency 2017 (published 9 November 2017)
    H(8521, "efc17", NAT, EFC17_DIGITAL, PROGRESSED, date(2019, 9, 30)),
    H(8522, "efc17", AFI, CONTROL_ROOM, SUPERSEDED, date(2019, 5, 2)),
    # PEEL: Police effectiveness 2016 (published 2 March 2017)
    H(8795, "eff16", COC, DASH_COC, PROGRESSED, date(2018, 3, 22)),
    H(8797, "eff16", REC,
      "To address this cause of concern, HMIC recommends the force should immediately take "
      "steps to ensure that:\n"
      "• there is effective supervision of the initial risk assessment process, specifically "
      "in relation to the completion of DASH risk assessment in appropriate cases.",
      PROGRESSED, date(2018, 3, 22)),
    H(8794, "eff16", COC, MISSING_COC, PROGRESSED, date(2017, 6, 30)),
    H(8796, "eff16", REC,
      "To address this cause of concern the force should immediately review its approach to "
      "reports of missing children and take steps to ensure that:\n"
      "• call takers understand and use the missing and absent category appropriately;\n"
      "• call takers and frontline staff have the necessary knowledge to identify risk factors "
      "associated with child sexual exploitation and how to respond to such cases; and\n"
      "• supervisors provide the correct oversight of missing person enquiries and direct "
      "appropriate and timely investigative and safeguarding action",
      PROGRESSED, date(2017, 6, 30)),
    H(8798, "eff16", COC,
      "The force does not have the capacity or capability to investigate crime effectively and "
      "this is affecting the service being provided to the public. There are failings in the "
      "way that crimes are being investigated.",
      PROGRESSED, date(2017, 6, 30)),
    H(8799, "eff16", REC,
      "HMIC recommends that the force should immediately: conduct a review of officers’ "
      "capabilities and capacity to manage their investigative workload, to better understand "
      "investigative demand and the pressures placed upon them; and",
      PROGRESSED, date(2017, 6, 30)),
    H(8800, "eff16", REC,
      "HMIC recommends that within six months the force should: ensure regular and active "
      "supervision of the quality and progress of investigations. This supervision should be "
      "properly recorded;",
      COMPLETE, date(2017, 10, 6)),
    H(8801, "eff16", REC,
      "HMIC recommends that within six months the force should: improve its ability to retrieve "
      "digital evidence from mobile phones, computers and other electronic devices quickly "
      "enough to ensure investigations are not delayed;",
      PROGRESSED, date(2017, 6, 30)),
    H(8802, "eff16", AFI,
      "The force should improve its use of its crime-recording and management system to better "
      "manage its case files and investigative processes.",
      AWAITING, date(2017, 3, 2)),
    H(8803, "eff16", REC,
      "HMIC recommends that the force should immediately: conduct a review, involving its "
      "partners, of the approach to vulnerability to better safeguard vulnerable people.",
      PROGRESSED, date(2017, 6, 30)),
    # PEEL: Police effectiveness 2015 (vulnerability) (published 15 December 2015)
    H(7655, "vul15", COC,
      "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
      "who fail to support the investigation and the low use of police powers of arrest and "
      "prosecution is a cause of concern to HMIC.",
      SUPERSEDED, date(2017, 3, 2)),
    H(7656, "vul15", REC,
      "In order to improve the service it provides to victims of domestic abuse, offer the best "
      "possible protection and bring more perpetrators to justice, the force should immediately "
      "consider ways of increasing the use of arrest, ancillary orders and other available "
      "powers.",
      SUPERSEDED, date(2017, 3, 2)),
    H(7657, "vul15", REC,
      "To improve the service provided to victims of domestic abuse the force should immediately "
      "take steps to understand and address the reason behind why such a high proportion of "
      "victims of domestic abuse do not support the police investigation.",
      SUPERSEDED, date(2017, 3, 2)),
    # PEEL: Police efficiency 2016 (published 3 November 2016)
    H(8211, "efc16", AFI,
      "The force should undertake further work to gain a fuller understanding of current demand "
      "for its services, and likely future changes in demand. This is so it can make best use "
      "of its resources by matching them to demand to meet the needs of the public",
      COMPLETE, date(2017, 10, 6)),
    H(8212, "efc16", AFI,
      "The force should develop its understanding of the links between its outcomes, outputs "
      "and costs",
      PROGRESSED, date(2017, 10, 6)),
    H(8213, "efc16", AFI,
      "The force should develop a future workforce plan that is aligned with its overall demand "
      "and budget. The plan should include future resource allocations, the mix of skills "
      "required by the workforce and behaviours expected of them.",
      PROGRESSED, date(2017, 10, 6)),
    H(8214, "efc16", REC,
      "HMIC recommends that the force should immediately: expand the skills project work to "
      "include an assessment of all skills, not only operational, including potential future "
      "skills requirements. This assessment should inform workforce plans;",
      SUPERSEDED, date(2017, 10, 6)),
    H(8215, "efc16", REC,
      "HMIC recommends that the force should immediately:improve its arrangements both to "
      "consult with the public about business planning and to feed back on changes made to "
      "service delivery as a result of such consultation.",
      AWAITING, date(2016, 11, 3)),
    # PEEL 2018/19 (published 2 May 2019)
    H(11204, "peel1819", COC,
      "The size of the vetting backlog within West Midlands Police is a cause of concern.",
      PROGRESSED, date(2020, 9, 30)),
    H(11205, "peel1819", REC,
      "The force should ensure all staff have received at least the lowest level of vetting "
      "clearance for their roles as quickly as possible, working to clear both the vetting "
      "backlog and new vetting renewals when they become due so that it complies fully with the "
      "national vetting guidelines.",
      PROGRESSED, date(2020, 9, 30)),
    H(11206, "peel1819", REC,
      "HMIC recommends that within six months the force should: improve its understanding of "
      "suspects released under investigation and the management of those released on bail;",
      AWAITING, date(2019, 5, 2)),
    H(11207, "peel1819", AFI,
      "The force should improve the supervision of investigations, so that investigation plans "
      "are set, reviewed and recorded and victims receive a consistently good service.",
      AWAITING, date(2019, 5, 2)),
    # Crime data integrity 2017 (published 7 September 2017) and 2014
    H(9087, "cdi17", REC, CDI_VICTIMS, AWAITING, date(2017, 9, 7)),
    H(5811, "cdi14", REC,
      "The force should revise its approach to cautions, cannabis warning and penalty notices "
      "for disorder to ensure that there is a clear and auditable explanation to the offender of "
      "the implications of receiving the warning and that, for victim-based crimes, there is a "
      "clear and auditable record that views of the victim are considered prior to their issue.",
      PROGRESSED, date(2016, 9, 7)),
    # Policing in Austerity (national; July 2014) - all "no further action" per the JAC paper
    H(3541, "austerity", NAT,
      "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
      "are doing all they can to continue to reduce crime and protect the front line while "
      "balancing their budgets. They should use the data and information contained in this "
      "report, and in HMIC's Value for Money profiles, when conducting their reviews",
      NFA, date(2017, 10, 20)),
    H(3542, "austerity", NAT,
      "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
      "through collaboration should assess whether there is scope to improve on this position. "
      "HMIC will follow up the assessments in the autumn.",
      NFA, date(2017, 10, 20)),
    H(3543, "austerity", NAT,
      "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
      "workforce and/or police officers on the front line should assess whether they have taken "
      "the decisive action seen in many forces in order to maintain their crime fighting "
      "capacity. HMIC will follow up the assessments in the autumn.",
      NFA, date(2017, 10, 20)),
    H(3544, "austerity", NAT,
      "In preparation for the next spending round period all Chief Constables and PCCs should "
      "review their plans for collaboration. In particular they should consider whether there "
      "is scope to deliver better value for money and improved capability and capacity through "
      "joint working with other forces, the public and/or the private sector.",
      NFA, date(2017, 10, 20)),
    # Core Business (national; 2014)
    H(4822, "core", NAT,
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
      "not yet done so, should provide call-handlers with specific, sound and comprehensible "
      "criteria against which they can assess threat, harm and risk.",
      SUPERSEDED, date(2017, 8, 30)),
    H(1504, "core", NAT,
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.",
      NFA, date(2017, 8, 30)),
    # Integrity matters (national; 30 January 2015)
    H(902, "integrity", NAT,
      "By 31 August 2015, all chief constables should satisfy themselves that they have "
      "processes in place to ensure that investigations into misconduct by officers and staff "
      "resulting in “no further action” are fair and free of any form of discrimination.",
      COMPLETE, date(2016, 9, 30)),
    # Everyone's business (national; 27 March 2014)
    H(2321, "everyone", NAT, EVERYONE_PLAN, SUPERSEDED, date(2017, 7, 17)),
    # Targeting the risk (national; 15 September 2015)
    H(6991, "firearms", NAT,
      "Within three months, all chief constables should assess how well the governance of "
      "firearms licensing in his or her force meets the standards set out in Authorised "
      "Professional Practice. Chief constables of forces where the governance standards are not "
      "being complied with should put in place immediately the correct arrangements and "
      "procedures in order to meet the standards in full.",
      COMPLETE, date(2016, 9, 9)),
    H(6992, "firearms", NAT, FIREARMS, PROGRESSED, date(2016, 9, 9)),
    H(6993, "firearms", NAT,
      "Immediately, all chief constables should satisfy themselves that all appropriate action "
      "is being taken by their force with regard to ‘total expired’ licensing records.",
      COMPLETE, date(2016, 9, 9)),
    H(6994, "firearms", NAT,
      "Within three months, all chief constables should ensure that their arrangements in "
      "respect of the use of temporary permits are in accordance with the Home Office guidance; "
      "that temporary permits are properly recorded without delay on the National Firearms "
      "Licensing Management System; and that effective systems exist to ensure certificate "
      "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
      PROGRESSED, date(2016, 9, 9)),
    H(7476, "firearms", NAT,
      "Within three months, all chief constables should ensure that systems designed to "
      "identify, prior to police attendance, whether a reported incident involves or is at the "
      "address of a firearm certificate holder are in place and are always applied by staff "
      "dispatching officers to incidents; and that officers understand the risk assessment "
      "which they should be undertaking in such circumstances, and their power, when "
      "appropriate, to seize firearms and firearm certificates.",
      PROGRESSED, date(2016, 9, 9)),
    H(6998, "firearms", NAT,
      "Within six months, all chief constables should either satisfy him or herself that they "
      "have completed, or complete, a retrospective review of the certificate holders’ "
      "continued suitability to have access to or possession of firearms in the case of section "
      "1 firearms and shotgun certificates issued before the Home Office guidance was updated in "
      "relation to the on-going monitoring of the activity of a certificate holder or "
      "associates. This review should extend to all such activity which may give rise to "
      "concern for public safety.",
      COMPLETE, date(2016, 9, 9)),
    # Stop and search (national; 2013 and its 2015 follow-up)
    H(3826, "sas13", NAT,
      "Chief Constables and the College of Policing should establish in the Stop and Search "
      "Authorised Professional Practice document a clear specification of what constitutes the "
      "effective and fair exercise of stop and search powers, and guidance in this respect. This "
      "should be compliant with the Code of Practice.",
      NFA, date(2016, 9, 30)),
    H(3828, "sas13", NAT,
      "Chief Constables should establish or improve monitoring of the way officers stop and "
      "search people, so that they can be satisfied their officers are acting in accordance "
      "with the law (including equality legislation and the Code of Practice), and that the "
      "power is used effectively to prevent crime, catch criminals and maintain public trust.",
      SUPERSEDED, date(2016, 9, 30)),
    H(3827, "sas13", NAT, SAS_SCRUTINY_2013, NFA, date(2016, 9, 30)),
    H(6105, "sas15", NAT, SAS_SCRUTINY_2015, PROGRESSED, date(2016, 9, 30)),
    # PEEL: Police legitimacy 2017 (national; 12 December 2017) - stop and search
    H(8540, "leg17", COC,
      "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
      "search powers is consistently reasonable and fair. In particular, there is "
      "over-representation of BAME people, and black people in particular, in stop and search "
      "data which many forces are unable to explain.",
      PROGRESSED, date(2020, 1, 31)),
    H(8541, "leg17", NAT, SAS_MONITORING_2017, COMPLETE, date(2020, 11, 20)),
    H(8542, "leg17", NAT,
      "Where forces identify disparities through monitoring, they should demonstrate to the "
      "public that they have:\n"
      "•carried out research and analysis in an attempt to understand the reasons for the "
      "disparity, and •taken action to reduce the disparity, where necessary;",
      PROGRESSED, date(2020, 11, 20)),
    H(8543, "leg17", NAT,
      "We expect forces to publish this analysis and any actions taken at least on an annual "
      "basis, from July 2018.",
      AWAITING, date(2017, 12, 12)),
    H(8544, "leg17", NAT,
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use stop and search powers have been provided with, and understand, training on "
      "unconscious bias and College of Policing APP on stop and search.",
      PROGRESSED, date(2019, 7, 31)),
    # Disproportionate use of police powers (national; 26 February 2021)
    H(13871, "powers", NAT,
      "By July 2022, forces should ensure that officers and staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This should "
      "be in addition to existing training on conflict management and de-escalation.",
      AWAITING, date(2021, 2, 26)),
    H(13872, "powers", NAT,
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of continuing professional development for officers and staff, and that "
      "supervisors are supported to routinely and frequently debrief officers on these skills "
      "using body-worn video footage.",
      AWAITING, date(2021, 2, 26)),
    H(13873, "powers", NAT, BWV_2021, AWAITING, date(2021, 2, 26)),
    H(13874, "powers", NAT,
      "The Home Office and the NPCC should take steps to ensure that the quality of the data "
      "collected on the number of incidents where force has been used to effect a stop and "
      "search is sufficient for publication. The Home Office should publish this data as soon "
      "as possible.",
      AWAITING, date(2021, 2, 26)),
    H(13875, "powers", NAT,
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.",
      AWAITING, date(2021, 2, 26)),
    # Building the picture (national; 1 July 2015)
    H(829, "picture", NAT,
      "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
      "audits of compliance with the APP on information management through the force "
      "information management governance structure. This should include measures to ensure "
      "that categorisation of records are regularly adjusted.",
      COMPLETE, date(2016, 9, 13)),
]

# ---------------------------------------------------------------------------------------------
# The force side. `h` is the HMICFRS reference the row really corresponds to (None: it is not
# on the list). `conflict` / `review` hold the reason when the pair is one; otherwise the
# category follows from the two statuses. `why` overrides the computed explanation.
# ---------------------------------------------------------------------------------------------

FORCE_DONE = {"green", "blue", "white", "complete", "closed", "pending sign off"}
FORCE_OPEN = {"amber", "red", "in progress", "open"}


@dataclass
class FRow:
    """One item row of the force tracker (either sheet)."""

    h: int | None
    text: str
    status: str
    no: object = None  # Tracker: running number; National reports: "Rec n"
    ref: int | None = None  # Tracker only: the "HMICFRS Ref" column, when the force filled it
    type: str | None = None
    lead: str | None = None
    progress: str | None = None
    submitted: date | None = None
    conflict: str | None = None
    review: str | None = None
    why: str | None = None
    part: tuple[int, int] | None = None  # (k, n) for part k of a recommendation split in n
    sheet: str = field(default="", init=False)
    row: int = field(default=0, init=False)


F = FRow
DASH_UPDATE = (
    "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. A "
    "Task & Finish group has been set up and a full implementation/project plan, policy rewrite "
    "and communications plan is now completed. The policy is now signed off and in place with an "
    "implementation date of the end of October."
)

# Tracker sheet: (report-title row, rows). The report comes only from the title row above.
TRACKER_GROUPS: list[tuple[str, list[FRow]]] = [
    ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
     "published 24 October 2017", [
        F(9310, "Review MSHT leadership & governance arrangements (1 of 4):\n"
                "senior leaders prioritise the response to modern slavery and human trafficking;",
          "GREEN", no="1a", ref=9310, type="National recommendation", lead="ACC Crime",
          progress="MSHT Gold group chaired by ACC Crime since Oct 17; MSHT in force control "
                   "strategy.", part=(1, 4)),
        F(9310, "Leadership & governance (2 of 4): every incident of modern slavery identified "
                "to police is allocated appropriate resources with the skills, experience and "
                "capacity to investigate it effectively",
          "AMBER", no="1b", ref=9310, type="National recommendation", lead="Det Ch Supt Force CID",
          progress="Resourcing model for MSHT investigations being drafted with Force CID.",
          part=(2, 4)),
        F(9310, "Leadership & governance (3 of 4): forces develop effective partnership "
                "arrangements to co-ordinate activity in order to share information and "
                "safeguard victims",
          "Amber", no="1c", ref=9310, type="National recommendation", lead="C/Supt Bell",
          progress="Regional anti-slavery network meeting 5/12/17.", part=(3, 4)),
        F(9310, "Leadership & governance (4 of 4): performance and QA measures in place so "
                "senior leaders can assess the nature and quality of service to victims",
          "GREEN", no="1d", ref=9310, type="National recommendation", lead="ACC Crime",
          progress="MSHT performance pack added to monthly Force Performance meeting.",
          part=(4, 4)),
        F(9311, "Intelligence - Within twelve months, forces should have in place active "
                "information-sharing agreements with other agencies to facilitate speedy "
                "exchange of intelligence and in order to safeguard victims better and to "
                "identify suspects as early as possible",
          "Amber", no=2, type="National recommendation", lead="Head of Intelligence",
          progress="ISAs with three local authorities in draft.",
          conflict="timescale differs: HMICFRS 'Within six months', tracker 'Within twelve "
                   "months'"),
        F(9312, "Victim ID & initial response: ensure all victims carrying out criminal acts "
                "under compulsion attributable to slavery/exploitation get early and continuing "
                "consideration of the s.45 defence",
          "GREEN", no=3, ref=9312, type="National recommendation", lead="Head of Criminal Justice",
          progress="s45 defence briefing issued to custody sergeants and investigators 3/11/17; "
                   "CPS liaison agreed. Submitted for closure.",
          submitted=date(2017, 11, 10)),
        F(9313, "Immediately, forces should take steps to ensure they are fully compliant with "
                "the NRM  process as it evolves and are implementing the requirement placed upon "
                "them under the Modern Slavery Act 2015 to notify the Home Office of any "
                "individual suspected to be an adult victim of modern slavery or human "
                "trafficking.",
          "Complete", no=4, type="National recommendation", lead="C/Supt Bell",
          progress="NRM single point of contact in PPU; duty to notify (MS1 form) in force "
                   "policy.", submitted=date(2017, 11, 8)),
        F(9314, "Crime recording – comply with NCRS for MSHT offences; sufficient audit "
                "capacity for the FCR to identify and manage gaps in crime-recording accuracy",
          "Amber", no=5, type="National recommendation", lead="Force Crime Registrar",
          progress="MSHT added to FCR audit plan 2018."),
        F(9316, "PREVENTION - Immediately, forces should review their use of preventative "
                "powers under the Modern Slavery Act 2015 to ensure that opportunities to "
                "restrict the activities of those deemed to pose a clear threat to others in "
                "respect of modern slavery and human trafficking offences are exploited.",
          "In progress", no=6, type="National recommendation", lead=None,
          progress="Review of STPO/STRO use commissioned."),
    ]),
    ("PEEL: Police efficiency 2017 – published 9 November 2017", [
        F(8521, "By September 2018, chief constables should produce an ambitious plan to "
                "improve digitally-enabled services within their force. The Home Office, "
                "National Police Chiefs' Council and Association of Police and Crime "
                "Commissioners should support the development of these plans by establishing a "
                "national framework which allows for the provision of digitally enabled services "
                "across force boundaries.",
          "WHITE", no=1, type="National recommendation", lead="WMP2020 Programme Director",
          progress="National framework is for HO/NPCC/APCC; force plan already part of "
                   "WMP2020 digital programme (Digital Experience for Citizens live 2019)."),
        F(8522, "AFI 1 - The force should ensure that it has sufficient resources available in "
                "the control room to fulfil its resourcing model, and so to meet its demand, "
                "while also taking into account the wellbeing of its workforce.",
          "RED", no=2, type="AFI", lead="Head of Contact",
          progress="Recruitment of 40 contact handlers approved; wellbeing survey Dec 17. "
                   "Call abandonment still above target (May 21)."),
    ]),
    ("PEEL Effectiveness 2016 – published 2 March 2017", [
        F(8795, "Cause of concern – The force's response to domestic abuse is a cause of "
                "concern to HMIC. The force policy which allows an officer discretion to "
                "complete a DASH risk assessment in some crimes and incidents does not provide "
                "confidence that risk is always assessed appropriately.",
          "RED", no=1, type="Cause of Concern", lead="C/Supt Bell",
          progress="See rec 2 – Vulnerability Improvement Delivery Plan."),
        F(8797, "there is effective supervision of the initial risk assessment process, "
                "specifically in relation to the completion of DASH risk assessment in "
                "appropriate cases.",
          "RED", no=2, ref=8797, type="Recommendation", lead="C/Supt Bell",
          progress=DASH_UPDATE),
        F(8794, "The force's response to missing and absent children is a cause of concern to "
                "HMIC.\nChildren classed as 'absent' when they should have been 'missing'; risk "
                "levels sometimes incorrectly assessed at a lower grade.",
          "Amber", no=3, type="Cause of Concern", lead="C/Supt Bell",
          progress="Missing persons dip-sample monthly; results to Vulnerability Board."),
        F(8796, "Review approach to missing children –\ncall takers use the missing/absent "
                "category appropriately; call takers & frontline staff can identify CSE risk "
                "factors; supervisors provide the correct oversight of missing person enquiries",
          "pending sign off", no=4, ref=8796, type="Recommendation", lead="C/Supt Bell",
          progress="Absent category withdrawn; CSE awareness training delivered to all call "
                   "takers; missing persons policy rewritten. Evidence pack with DCC for sign "
                   "off.", submitted=date(2017, 10, 27)),
        F(8798, "CoC: The force does not have the capacity or capability to investigate crime "
                "effectively and this is affecting the service being provided to the public.  "
                "There are failings in the way that crimes are being investigated.",
          "Amber", no=5, type="CoC", lead="Det Ch Supt Force CID",
          progress="Investigation standards board established."),
        F(8799, "conduct a review of officers capabilities and capacity to manage their "
                "investigative workload, to better understand investigative demand and the "
                "pressures placed upon them",
          "BLUE", no=6, type="Recommendation", lead="Det Ch Supt Force CID",
          progress="Workload review completed Aug 17 and reported to FET.",
          submitted=date(2017, 9, 29)),
        F(8800, "Rec 3: Ensure regular and active supervision of the quality and progress of "
                "investigations – supervision to be properly recorded",
          "Amber", no=7, ref=8800, type="Recommendation", lead="Det Ch Supt Force CID",
          progress="Supervisory review template on CRIMES being tested."),
        F(8801, "Improve ability to retrieve digital evidence from mobile phones, computers & "
                "other devices quickly enough so investigations are not delayed",
          "GREEN", no=8, ref=8801, type="Recommendation", lead="Head of Forensic Services",
          progress="Kiosks in all LPUs; backlog cleared Oct 17.", submitted=date(2017, 11, 6)),
        F(8802, "Rec 7: The force should improve its use of its crime-recording and management "
                "system to better manage its case files and investigative processes.",
          "GREEN", no=9, ref=8802, type="Recommendation", lead="Head of Criminal Justice",
          progress="File management module live.", submitted=date(2017, 10, 20),
          conflict="type differs: HMICFRS area for improvement, tracker recommendation"),
        F(8803, "VIDP workstream 4 – multi-agency review of vulnerability; safeguard "
                "vulnerable people with partners",
          "Amber", no=10, type="Recommendation", lead="C/Supt Bell",
          progress="Workshops with LSCB partners Nov 17."),
        F(4822, "Not later than 31 March 2015 those forces using a threat, harm and risk "
                "policy, that have not yet done so, should provide call-handlers with specific, "
                "sound and comprehensible criteria against which they can assess threat, harm "
                "and risk.",
          "Amber", no=11, lead="Head of Contact",
          progress="THRIVE refresher for call handlers in Q4.",
          conflict="filed under PEEL Effectiveness 2016; HMICFRS has it under Core Business "
                   "(2014)"),
    ]),
    ("PEEL Effectiveness 2015 (Vulnerability) – published 15 December 2015", [
        F(7655, "Cause of concern - current approach to domestic abuse unacceptable; proportion "
                "of victims who fail to support the investigation and low use of arrest and "
                "prosecution",
          "Complete", no=1, type="Cause of Concern", lead="C/Supt Bell",
          progress="Superseded by 2016 DASH cause of concern.", submitted=date(2017, 2, 15)),
        F(7656, "Increase use of arrest, ancillary orders and other available powers to "
                "protect DA victims and bring more perpetrators to justice",
          "Amber", no=2, ref=7656, type="Rec", lead="C/Supt Bell",
          progress="DVPO use up 30%; arrest rate monitored at Vulnerability Board."),
        F(7657, "To improve the service provided to victims of domestic abuse the force should "
                "immediately take steps to understand and address the reason behind why such a "
                "high proportion of victims of domestic abuse do not support the police "
                "investigation.",
          "In progress", no=3, type="Rec", lead=None,
          progress="Outcome 16 analysis with University of Birmingham."),
        F(None, "In addition, the practice of conducting domestic abuse risk assessments over "
                "the telephone and dealing with domestic abuse in the resolution centre should "
                "cease",
          "GREEN", no=4, ref=7658, type="Rec", lead="Head of Contact",
          progress="No DA risk assessments are now conducted over the telephone.",
          submitted=date(2016, 12, 1),
          why="HMICFRS Ref 7658 is not on the definitive list (already closed and dropped by "
              "HMICFRS?) – query with HMICFRS"),
    ]),
    ("PEEL: Police efficiency 2016 – published 3 November 2016", [
        F(8211, "AFI 1 - The force should undertake further work to gain a fuller understanding "
                "of current demand for its services, and likely future changes in demand.",
          "GREEN", no=1, ref=8211, type="AFI", lead="Head of Corporate Development",
          progress="Demand model v3 signed off.", submitted=date(2017, 6, 30)),
        F(8212, "AFI 2 - develop understanding of the links between outcomes, outputs and costs",
          "Amber", no=2, type="AFI", lead="Director of Finance",
          progress="Activity-based costing pilot in two LPUs."),
        F(8213, "AFI 3 - The force should develop a future workforce plan that is aligned with "
                "its overall demand and budget.\nThe plan should include future resource "
                "allocations, the mix of skills required by the workforce and behaviours "
                "expected of them.",
          "BLUE", no=3, type="Area for Improvement", lead="Director of People",
          progress="Workforce plan 2017-20 approved by FET.", submitted=date(2017, 8, 31)),
        F(8214, "Rec 1: Expand the skills project to include an assessment of ALL skills (not "
                "only operational) incl. potential future skills requirements – to inform "
                "workforce plans",
          "Complete", no=4, type="Rec", lead="Director of People",
          progress="Skills audit complete; feeds workforce plan (AFI 3)."),
    ]),
    ("PEEL Legitimacy 2016 – published 8 December 2016", [
        F(None, "Abuse of position for a sexual purpose (national CoC) – force plan: review "
                "CCU capability & capacity; IT monitoring; seek intelligence from organisations "
                "that support vulnerable people",
          "GREEN", no=1, type="Cause of Concern", lead="Head of Professional Standards",
          progress="Plan assessed by HMICFRS (letter Oct 17); CCU uplift and IT monitoring in "
                   "place.", submitted=date(2018, 1, 12),
          why="national cause of concern on abuse of position for a sexual purpose is not on "
              "the definitive list (HMICFRS assessed the force's plan in October 2017; closed?) "
              "– query with HMICFRS"),
    ]),
    ("PEEL 2018/19 (integrated PEEL assessment) – published 2 May 2019", [
        F(11204, "Cause of concern - the size of the vetting backlog",
          "RED", no=1, type="Cause of Concern", lead="Head of Professional Standards",
          progress="Backlog 1,140 at 30/04/21 (2,100 at 31/10/17); additional vetting officers "
                   "recruited."),
        F(11205, "The force should ensure all staff have received at least the lowest level of "
                "vetting clearance for their roles as quickly as possible, working to clear both "
                "the vetting backlog and new vetting renewals when they become due so that it "
                "complies fully with the national vetting guidelines.",
          "Amber", no=2, ref=11205, type="Recommendation", lead="Head of Professional Standards",
          progress="Trajectory to clear backlog by March 2022."),
        F(None, "HMIC recommends that the force should immediately:agree arrangements with "
                "Warwickshire Police to secure a smooth transition to its future operating "
                "model, ensuring no disruption to public services; and",
          "Amber", no=3, type="Recommendation", lead=None,
          progress="Added from PEEL 2018/19 – owner TBC.",
          why="West Mercia Police's recommendation (its alliance with Warwickshire Police), "
              "pasted into this tracker by mistake: never WMP's – remove after checking"),
    ]),
    ("Crime Data Integrity (CDI) 2017 – published 7 September 2017", [
        F(9087, "Rec 1a – at the point of report, victims are believed", "GREEN", no=1,
          type="Recommendation", lead="Force Crime Registrar",
          progress="'Believe the victim' message in all call handling training.", part=(1, 5)),
        F(9087, "Rec 1b – conversations between call handlers and callers are summarised "
                "accurately in the incident log", "Amber", no=2, type="Recommendation",
          lead="Force Crime Registrar", progress="Incident log QA by Contact supervisors.",
          part=(2, 5)),
        F(9087, "Rec 1c – multiple crimes are always recorded when described within incident "
                "records or identified as part of other recorded crime investigations",
          "Amber", no=3, type="Recommendation", lead="Force Crime Registrar",
          progress="Crime Recording Bureau checks all DA incidents.", part=(3, 5)),
        F(9087, "Rec 1d – STOP the practice of awaiting the results of medical examinations or "
                "video interviews before making crime-recording decisions",
          "GREEN", no=4, type="Recommendation", lead="Force Crime Registrar",
          progress="Instruction issued to PPU 15/9/17.", part=(4, 5)),
        F(9087, "Rec 1e – online reports of crime are triaged at the point of receipt to ensure "
                "any ongoing risks to the victim or the wider public are identified and "
                "appropriately managed", "Amber", no=5, type="Recommendation",
          lead="Force Crime Registrar", progress="Online triage desk from Jan 18.",
          part=(5, 5)),
    ]),
    ("Crime Data Integrity 2014 – recommendations carried forward", [
        F(5811, "The force should revise its approach to cautions, cannabis warnings and "
                "penalty notices for disorder to ensure that there is a clear and auditable "
                "explanation to the offender of the implications of receiving the warning and "
                "that, for victim-based crimes, there is a clear and auditable record that views "
                "of the victim are considered prior to their issue.",
          "GREEN", no=1, ref=5811, type="Recommendation", lead="Force Crime Registrar",
          progress="OOCD scrutiny panel established; revised forms issued to officers and "
                   "supervisors.", submitted=date(2017, 10, 13)),
    ]),
    ("Stop and search – various", [
        F(6105, "Chief constables should, in consultation with police and crime "
                "commissioners, ensure they comply with the Code of Practice by explaining to "
                "the public the way stop & search powers are used in their areas and by making "
                "arrangements for stop and search records to be scrutinised by community "
                "representatives. This should be done in a way that involves those people who "
                "are stopped and searched, e.g. young people.",
          "In progress", no=1, lead="Supt Stop & Search lead",
          progress="Community scrutiny panels in all LPUs; youth panel being set up.",
          review="near-identical to 6105 (Stop and search powers 2, 2015) and 3827 (2013), "
                 "closer to 6105; no ref and the group names neither report"),
    ]),
    ("Disproportionate use of police powers – spotlight on S&S and use of force (Feb 2021)", [
        F(13871, "By July 2022 – officers & staff to have effective communication skills in "
                 "line with National Policing Guidelines on Conflict Management (in addition "
                 "to existing conflict management / de-escalation training)",
          "AMBER", no=1, type="National recommendation", lead="Head of Learning & Development",
          progress="Communication skills input being added to OST from Sept 21."),
        F(13872, "Communication skills reinforced as part of CPD for officers and staff;\n"
                 "supervisors supported to routinely & frequently debrief officers on these "
                 "skills using BWV footage",
          "BLUE", no=2, type="National recommendation", lead="Head of Learning & Development",
          progress="CPD input delivered Mar 21; BWV debrief guide issued to sergeants Apr 21. "
                   "Evidence accepted by lead.", submitted=date(2021, 5, 14)),
        F(13873, "BWV (a) – record on body-worn video the ENTIRETY of all stop and search "
                 "encounters, incl. traffic stops and use of force incidents",
          "GREEN", no="3a", type="National recommendation", lead="Supt Stop & Search lead",
          progress="Policy mandates BWV for all S&S and UoF; compliance 97% (Apr 21).",
          part=(1, 3)),
        F(13873, "BWV (b) – structured process for regularly reviewing & monitoring internally "
                 "a sufficient sample of BWV footage, to disseminate learning and hold officers "
                 "to account",
          "AMBER", no="3b", type="National recommendation", lead="Supt Stop & Search lead",
          progress="Dip-sample process drafted; PSD to agree.", part=(2, 3)),
        F(13873, "BWV (c) – external scrutiny panel members to have access to samples of BWV "
                 "footage (S&S and use of force), taking account of the safeguards in the APP",
          "Amber", no="3c", type="National recommendation", lead="Supt Stop & Search lead",
          progress="Legitimacy Scrutiny Panel to view footage from July 21.", part=(3, 3)),
        F(13874, "The Home Office and the NPCC should take steps to ensure that the quality of "
                 "the data collected on the number of incidents where force has been used to "
                 "effect a stop and search is sufficient for publication.",
          "WHITE", no=4, type="National recommendation", lead="Supt Stop & Search lead",
          progress="For the Home Office / NPCC. WMP already returns use of force data in the "
                   "annual data requirement.", submitted=date(2021, 5, 14)),
        F(13875, "Use of force – By July 2022, forces should ensure they have effective internal "
                 "monitoring processes on the use of force, to help them identify and understand "
                 "disproportionate use, explain the reasons and implement any necessary "
                 "improvement action.",
          "AMBER", no=5, type="National recommendation", lead="Supt Stop & Search lead",
          progress="Use of force dashboard in build.",
          conflict="timescale differs: HMICFRS 'By July 2021', tracker 'By July 2022'"),
    ]),
    ("Investigation Standards Improvement Plan", [
        F(11207, "Improve supervision of investigations – see Investigation Standards plan",
          "Amber", no=1, lead="Det Ch Supt Force CID",
          progress="Supervisory review dip-sample monthly; results to Investigation Standards "
                   "Board.",
          review="short generic row under a group naming neither report: better supervision of "
                 "investigations is asked by both PEEL 2018/19 AFI 11207 (closer wording, "
                 "'improve the supervision of investigations') and PEEL effectiveness 2016 rec "
                 "8800 (which has its own referenced row); the text cannot say which the force "
                 "means"),
    ]),
    ("Force actions (not HMICFRS)", [
        F(None, "Reconcile the HMICFRS definitive list with force records; update and sign off "
                "as many recommendations as possible before JAC 24/06/21",
          "In progress", no=1, type="Local action",
          lead="Risk and Organisational Learning Manager",
          progress="Definitive list (as at 1 June 2021) received; reconciliation under way.",
          why="local action, not an HMICFRS recommendation"),
    ]),
]

# National reports sheet: (report, rows). The report cell is merged down its block.
NATIONAL_GROUPS: list[tuple[str, list[FRow]]] = [
    ("Policing in Austerity – Meeting the Challenge", [
        F(3541, "Review plans to deliver savings – continue to reduce crime & protect the front "
                "line while balancing budgets (use HMIC VfM profiles)",
          "Complete", no="Rec 1", lead="Director of Finance",
          progress="Addressed through WMP2020 and MTFP."),
        F(3542, "Chief Constables and PCCs in forces planning to deliver less than 15% of their "
                "savings through collaboration should assess whether there is scope to improve "
                "on this position.",
          "In Progress", no="Rec 2", lead="Director of Finance",
          progress="Collaboration options paper to Strategic Policing & Crime Board.",
          conflict="number differs: HMICFRS 'less than 10%', tracker 'less than 15%'"),
        F(3543, "Chief Constables and PCCs in forces that are planning to reduce the proportion "
                "of their workforce and/or police officers on the front line should assess "
                "whether they have taken the decisive action seen in many forces in order to "
                "maintain their crime fighting capacity.",
          "Open", no="Rec 3", lead="ACC Operations",
          progress="Addressed holistically through WMP2020 – front line model under review."),
        F(3544, "In preparation for the next spending round period all Chief Constables and "
                "PCCs should review their plans for collaboration.",
          "Closed", no="Rec 4", lead="Director of Finance", progress="Regional collaboration "
          "review complete."),
    ]),
    ("Core Business", [
        F(1504, "By 31 March 2016 all forces should ensure that crime prevention or disruption "
                "activity carried out is systematically recorded and subsequently evaluated to "
                "determine the effectiveness of tactics being employed.",
          "Closed", no="Rec 1", lead="Head of Partnerships",
          progress="Problem-solving database records and evaluates all disruption activity.",
          conflict="deadline differs: HMICFRS 'By 31 March 2015', tracker 'By 31 March 2016'"),
    ]),
    ("Integrity Matters", [
        F(902, "By 31 August 2015, all chief constables should satisfy themselves that they have "
               "processes in place to ensure that investigations into misconduct by officers and "
               "staff resulting in \"no further action\" are fair and free of any form of "
               "discrimination.",
          "Complete", no="Rec 1", lead="Head of Professional Standards",
          progress="NFA outcomes dip-sampled quarterly by the People Intelligence Board."),
    ]),
    ("Everyone's Business (domestic abuse)", [
        F(2321, "Establish and publish a DA action plan specifying in detail what steps the "
                "force will take to improve its approach to domestic abuse (developed with PCC, "
                "DA support organisations & victims' representatives)",
          "In Progress", no="Rec 1", lead="C/Supt Bell",
          progress="DA action plan now part of Vulnerability Improvement Delivery Plan."),
    ]),
    ("Targeting the Risk – firearms licensing", [
        F(6992, "Within three months, all chief constables should assess the demand placed on "
                "their firearms licensing department and ensure it has the capacity to meet this "
                "demand and provide an efficient and effective service at all times.",
          "In Progress", no="Rec 1", lead="Head of Firearms Licensing",
          progress="Demand review done; 3 extra FEOs in 2018/19 budget bid."),
        F(6993, "Immediately, all chief constables should satisfy themselves that all "
                "appropriate action is being taken by their force with regard to 'total "
                "expired' licensing records.",
          "In Progress", no="Rec 2", lead="Head of Firearms Licensing",
          progress="Monthly total-expired report to Head of Firearms Licensing."),
        F(6994, "Within three months, all chief constables should ensure that their arrangements "
                "in respect of the use of temporary permits are in accordance with the Home "
                "Office guidance; that temporary permits are properly recorded without delay on "
                "NFLMS; and that effective systems exist to ensure certificate holders are not "
                "permitted, at any time, to remain in unlawful possession of a firearm.",
          "Complete", no="Rec 3", lead="Head of Firearms Licensing",
          progress="Temporary permit process audited Sept 17; all permits on NFLMS."),
        F(6998, "Retrospective review of certificate holders' continued suitability (s1 "
                "firearms and shotgun certificates issued before the Home Office guidance was "
                "updated)",
          "Closed", no="Rec 4", lead="Head of Firearms Licensing",
          progress="Retrospective review completed; a number of certificates revoked. Reviews "
                   "now cyclical."),
    ]),
    ("Stop & Search Powers (HMIC 2013)", [
        F(3826, "Chief Constables and the College of Policing should establish in the Stop and "
                "Search Authorised Professional Practice document a clear specification of what "
                "constitutes the effective and fair exercise of stop and search powers, and "
                "guidance in this respect.",
          "Closed", no="Rec 1", lead="Supt Stop & Search lead",
          progress="College of Policing definition of a fair and effective stop and search "
                   "adopted."),
        F(3828, "Chief Constables should establish or improve monitoring of the way officers "
                "stop and search people, so that they can be satisfied their officers are acting "
                "in accordance with the law (including equality legislation and the Code of "
                "Practice), and that the power is used effectively to prevent crime, catch "
                "criminals and maintain public trust.",
          "Open", no="Rec 2", lead="Supt Stop & Search lead",
          progress="Stop and search dashboard in development."),
    ]),
    ("PEEL Legitimacy 2017 (national) – Stop & Search", [
        F(8540, "CoC - forces not able to demonstrate that use of S&S powers is consistently "
                "reasonable and fair;\nover-representation of BAME people (black people in "
                "particular) in stop and search data which many forces are unable to explain",
          "In Progress", no="CoC", lead="Supt Stop & Search lead",
          progress="Disproportionality explained in quarterly S&S report to Legitimacy Board."),
        F(8541, "Rec 1(i) By July 2018 regularly and frequently monitor a comprehensive set of "
                "S&S data to understand the reasons for any disproportionate representation of "
                "different ethnic groups",
          "Complete", no="Rec 1", lead="Supt Stop & Search lead",
          progress="Stop and search dashboard live Jun 18.", part=(1, 3)),
        F(8541, "Rec 1(ii) the extent to which find rates differ between people from different "
                "ethnicities, and across different types of searches (incl. drug possession "
                "and supply-type offences)",
          "Complete", no="Rec 1", lead="Supt Stop & Search lead",
          progress="Find rates by ethnicity and search type on the dashboard.", part=(2, 3)),
        F(8541, "Rec 1(iii) prevalence of possession-only drug searches & whether they align "
                "with local / force priorities",
          "Open", no="Rec 1", lead="Supt Stop & Search lead",
          progress="Possession-only analysis waiting for the new drugs priorities.",
          part=(3, 3)),
        F(8542, "Where disparities are identified through monitoring, demonstrate to the "
                "public that we have:\n- carried out research and analysis to understand the "
                "reasons for the disparity, and\n- taken action to reduce the disparity where "
                "necessary",
          "Complete", no="Rec 2", lead="Supt Stop & Search lead",
          progress="Disproportionality research with Birmingham City University published "
                   "on the force website Nov 20."),
        F(8544, "By July 2018 (and ongoing) all officers who use S&S powers to have been "
                "provided with, and understand, training on UNCONSCIOUS BIAS and College of "
                "Policing APP on stop and search",
          "Closed", no="Rec 4", lead="Head of Learning & Development",
          progress="Unconscious bias e-learning mandatory; completion 96%."),
    ]),
    ("Building the Picture – information management", [
        F(829, "By 30 November 2015, chief constables should put in place arrangements to "
               "scrutinise audits of compliance with the APP on information management through "
               "the force information management governance structure.",
          "Complete", no="Rec 1", lead="Information Management Lead",
          progress="Information Assurance Board reviews MoPI audits quarterly."),
    ]),
]

# HMICFRS items deliberately absent from the tracker, with the reason shown in `why`.
MISSING_WHY: dict[int, str] = {
    9315: "Stolen freedom investigation recommendation not yet added to the tracker",
    6991: "Targeting the risk rec on governance not in the tracker's firearms block",
    7476: "Targeting the risk rec on flagging certificate holders' addresses not in tracker",
    8215: "PEEL efficiency 2016 consultation recommendation not in tracker",
    8543: "PEEL legitimacy 2017 expectation to publish the analysis annually not in tracker; "
          "the tracker jumps from Rec 2 to Rec 4",
    11206: "PEEL 2018/19 recommendation on released under investigation / bail not in "
           "tracker",
    3827: "2013 original of 6105; the tracker's stop and search row is a review candidate for "
          "both",
}

KEY_ROWS = [
    ("GREEN", "The recommendation is implemented"),
    ("AMBER", "The recommendation is subject to ongoing work and monitoring but is anticipated "
              "will be implemented"),
    ("RED", "The recommendation is beyond designated deadline or cannot / will not be "
            "implemented (rationale required)"),
    ("WHITE", "Not WMP responsibility to deliver or is dependent upon another organisation"),
    ("BLUE", "Complete – evidence accepted by the lead, awaiting HMICFRS closure"),
    ("pending sign off", "Lead proposes closure; evidence pack with the DCC"),
]
NOTES = [
    "Definitive list of recommendations held by HMICFRS against WMP (as at 1 June 2021) "
    "received June 2021.",
    "Reconciliation with this tracker is in hand for the Joint Audit Committee, 24 June 2021.",
    "All-forces (national) recommendations are tracked on the 'National reports' tab.",
    "Where a recommendation has been split into parts, each part is graded separately; the "
    "recommendation is complete only when every part is GREEN.",
    "Policing in Austerity recommendations are addressed holistically through WMP2020.",
    "Owners: please send updates to Risk and Organisational Learning by the 5th of each month.",
]

RAG_FILLS = {"green": "92D050", "amber": "FFC000", "red": "FF0000", "blue": "5B9BD5",
             "white": "FFFFFF"}
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_hmicfrs(path: Path) -> dict[int, str]:
    """Write the definitive list; return each reference's provenance (`Sheet!Row`)."""
    wb = Workbook()
    ws = wb.active
    ws.title = HMICFRS_SHEET
    ws["A1"] = "HMICFRS recommendations held against West Midlands Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Definitive list as at 1 June 2021"
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status", "Status date"]
    ws.append([])
    ws.append(header)
    for cell in ws[4]:
        cell.font = BOLD
    rows: dict[int, str] = {}
    for item in HMICFRS_ITEMS:
        title, published = REPORTS[item.report]
        ws.append([item.ref, title, published, item.type, item.text, item.status,
                   item.status_date])
        r = ws.max_row
        rows[item.ref] = f"{HMICFRS_SHEET}!{r}"
        for col in (3, 7):
            ws.cell(r, col).number_format = "dd/mm/yyyy"
        for col in (2, 5):
            ws.cell(r, col).alignment = WRAP
    for col, width in zip("ABCDEFG", (11, 40, 14, 24, 90, 26, 12), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    save_stable(wb, path, datetime(2021, 6, 1, 9, 0))
    return rows


def write_force(path: Path) -> None:
    """Write the tracker workbook; set each FRow's sheet and row as it is written."""
    wb = Workbook()
    ws = wb.active
    ws.title = TRACKER_SHEET
    ws["A1"] = "West Midlands Police – HMICFRS Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risk and Organisational Learning"
    ws["A3"] = "Last updated: 10 June 2021"
    ws.append([])
    ws.append(["No.", "HMICFRS Ref", "Recommendations & Areas for Improvement", "Type", "Lead",
               "RAG", "Progress update", "Date submitted for closure"])
    for cell in ws[5]:
        cell.font = BOLD
    for index, (title, rows) in enumerate(TRACKER_GROUPS):
        if index in (2, 5, 8):  # blank rows here and there between groups
            ws.append([])
        ws.append([title])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        for row in rows:
            ws.append([row.no, row.ref, row.text, row.type, row.lead, row.status, row.progress,
                       row.submitted])
            row.sheet, row.row = TRACKER_SHEET, ws.max_row
            style_item_row(ws, row.row, text_cols=(3, 7), rag_col=6, date_col=8)
    for col, width in zip("ABCDEFGH", (6, 12, 70, 22, 30, 16, 60, 14), strict=True):
        ws.column_dimensions[col].width = width

    ws = wb.create_sheet(NATIONAL_SHEET)
    ws["A1"] = "National (all forces) HMIC / HMICFRS recommendations"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Report", "Ref", "Action", "Owner", "Status", "Update"])
    for cell in ws[2]:
        cell.font = BOLD
    for index, (report, rows) in enumerate(NATIONAL_GROUPS):
        if index in (3, 5):
            ws.append([])
        for k, row in enumerate(rows):
            ws.append([report if k == 0 else None, row.no, row.text, row.lead, row.status,
                       row.progress])
            row.sheet, row.row = NATIONAL_SHEET, ws.max_row
            style_item_row(ws, row.row, text_cols=(3, 6), rag_col=None, date_col=None)
        first = rows[0].row
        if len(rows) > 1:  # the report cell is merged down its block, value in the top cell
            ws.merge_cells(start_row=first, start_column=1, end_row=rows[-1].row, end_column=1)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 1).font = BOLD
    for col, width in zip("ABCDEF", (28, 8, 80, 28, 13, 55), strict=True):
        ws.column_dimensions[col].width = width

    ws = wb.create_sheet("Key")
    ws.append(["RAG key"])
    ws["A1"].font = BOLD
    ws.append(["Colour", "Meaning"])
    for colour, meaning in KEY_ROWS:
        ws.append([colour, meaning])
        fill = RAG_FILLS.get(colour.lower())
        if fill:
            ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=fill)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Notes")
    for line in NOTES:
        ws.append([line])
    ws.column_dimensions["A"].width = 110
    save_stable(wb, path, datetime(2021, 6, 10, 16, 30))


def style_item_row(ws, r: int, text_cols: tuple[int, ...], rag_col: int | None,
                   date_col: int | None) -> None:
    for col in text_cols:
        ws.cell(r, col).alignment = WRAP
    if rag_col is not None:
        fill = RAG_FILLS.get(str(ws.cell(r, rag_col).value).lower())
        if fill:
            ws.cell(r, rag_col).fill = PatternFill("solid", fgColor=fill)
    if date_col is not None:
        ws.cell(r, date_col).number_format = "dd/mm/yyyy"


def save_stable(wb: Workbook, path: Path, when: datetime) -> None:
    """Save so that the same workbook gives the same bytes: fixed properties and zip dates."""
    wb.properties.creator = "Risk and Organisational Learning"
    wb.properties.created = when
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl stamps `modified` with the current time: put ours back below
    wb.properties.modified = when
    core = tostring(wb.properties.to_tree())
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = core if info.filename == "docProps/core.xml" else src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2021, 6, 10, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)


# ---------------------------------------------------------------------------------------------
# Expected outcome
# ---------------------------------------------------------------------------------------------


def force_state(status: str) -> str:
    word = status.strip().lower()
    if word in FORCE_DONE:
        return "done"
    if word in FORCE_OPEN:
        return "open"
    raise ValueError(f"force status {status!r} is in neither FORCE_DONE nor FORCE_OPEN")


def hmicfrs_state(status: str) -> str:
    if status in HMICFRS_OPEN:
        return "open"
    if status in HMICFRS_CLOSED:
        return "closed"
    raise ValueError(f"HMICFRS status {status!r} is unknown")


def expected_lines(hrows: dict[int, str]) -> list[dict[str, str]]:
    """One line per reconciliation item, with its category and a checkable reason."""
    items = {item.ref: item for item in HMICFRS_ITEMS}
    force_rows = [row for _, rows in TRACKER_GROUPS + NATIONAL_GROUPS for row in rows]
    by_ref: dict[int, list[FRow]] = {}
    for row in force_rows:
        if row.h is not None:
            by_ref.setdefault(row.h, []).append(row)
    lines = []
    for row in force_rows:
        where = f"{row.sheet}!{row.row}"
        if row.h is None:
            lines.append(line("", where, "not_on_hmicfrs_list", row.why or "not on the list"))
            continue
        item = items[row.h]
        parts = by_ref[row.h]
        h_state = hmicfrs_state(item.status)
        f_state = "done" if all(force_state(p.status) == "done" for p in parts) else "open"
        said = f"HMICFRS {item.status.lower()}; force {row.status}"
        if row.part:
            said += f" (part {row.part[0]} of {row.part[1]}"
            said += "; all parts done)" if f_state == "done" else "; not every part done)"
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
        lines.append(line(hrows[row.h], where, category, row.why or why))
    for ref, item in items.items():
        if ref not in by_ref:
            why = MISSING_WHY[ref] + f" (HMICFRS {item.status.lower()})"
            lines.append(line(hrows[ref], "", "missing_from_force", why))
    assert set(MISSING_WHY) == set(items) - set(by_ref), "MISSING_WHY out of step with data"
    return sorted(lines, key=lambda d: (d["hmicfrs_row"] == "", natural(d["hmicfrs_row"]),
                                        natural(d["force_row"])))


def line(hmicfrs_row: str, force_row: str, category: str, why: str) -> dict[str, str]:
    return {"hmicfrs_row": hmicfrs_row, "force_row": force_row, "category": category,
            "why": why}


def natural(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def write_expected(path: Path, lines: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["hmicfrs_row", "force_row", "category",
                                                    "why"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(lines)


def check(lines: list[dict[str, str]], hrows: dict[int, str]) -> None:
    """Every item row of both files appears exactly once."""
    force_rows = [f"{r.sheet}!{r.row}" for _, rows in TRACKER_GROUPS + NATIONAL_GROUPS
                  for r in rows]
    seen_force = [d["force_row"] for d in lines if d["force_row"]]
    assert sorted(seen_force) == sorted(force_rows), "a force row is missing or repeated"
    seen_h = {d["hmicfrs_row"] for d in lines if d["hmicfrs_row"]}
    assert seen_h == set(hrows.values()), "an HMICFRS row is missing"
    singles = [d["hmicfrs_row"] for d in lines if d["hmicfrs_row"]]
    repeated = {h for h in singles if singles.count(h) > 1}
    split_refs = {r.h for _, rows in TRACKER_GROUPS + NATIONAL_GROUPS for r in rows if r.part}
    assert repeated == {hrows[ref] for ref in split_refs}, "only split items may repeat"


def main() -> None:
    hrows = write_hmicfrs(HMICFRS_PATH)
    write_force(FORCE_PATH)
    lines = expected_lines(hrows)
    check(lines, hrows)
    write_expected(EXPECTED_PATH, lines)
    counts: dict[str, int] = {}
    for d in lines:
        counts[d["category"]] = counts.get(d["category"], 0) + 1
    print(f"wrote {HMICFRS_PATH.relative_to(ROOT)} ({len(hrows)} items), "
          f"{FORCE_PATH.relative_to(ROOT)}, {EXPECTED_PATH.relative_to(ROOT)} "
          f"({len(lines)} lines)")
    for category, n in sorted(counts.items()):
        print(f"  {category:20} {n}")


if __name__ == "__main__":
    main()
