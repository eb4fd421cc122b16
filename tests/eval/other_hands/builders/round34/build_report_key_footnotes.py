"""Build the evaluation case `report_key_footnotes` (round 34).

Layout: a force tracker whose only report information is a small number in a "Src" column
(1, [3], 3*, ...) keyed to a legend block at the BOTTOM of the sheet, as committee papers use
footnotes. The HMICFRS side is a register export (CSV) for the same force.

Run:  /work/main/.venv/bin/python build_report_key_footnotes.py
Rebuilds report_key_footnotes/ byte for byte (fixed seed, fixed workbook timestamps).

HMICFRS texts are real public wording (OGL), copied from the project's text lists
(/work/main/reconcile/casegen/texts/) and /work/shared/data/real_recommendations.csv.
The force's shortened wordings, updates and local actions are written here, as a force
analyst would write them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 34_2026_1206
HERE = Path(__file__).resolve().parent
CASE = HERE / "report_key_footnotes"
FORCE = "Staffordshire Police"

REC, AFI, NAT = "Recommendation", "Area for improvement", "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports on the HMICFRS register. key -> (register title, publication date)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 22)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 12)),
}

# The tracker's key (legend at the bottom). Number -> legend text.
KEY = {
    "peel22": (1, "1 = PEEL: Police effectiveness, efficiency and legitimacy 2021/22 "
                  "(published 2022-05-12)"),
    "ncpi17": (2, "2 = NCPI 2017"),
    "sas13": (3, "3 = Stop and search powers: are the police using them effectively and "
                 "fairly? (HMIC, published July 2013)"),
    "sas15": (4, "4 = Stop and search powers 2 (HMIC, published March 2015)"),
    "stolen": (5, "5 = Stolen Freedom (MSHT) 2017"),
    "powers": (6, "6 = Disproportionate use of police powers: a spotlight on stop and search "
                  "and the use of force (published 2021-02-26)"),
}

# --------------------------------------------------------------------------------------------
# Real texts
# --------------------------------------------------------------------------------------------
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
NCPI_CHILDREN = (
    "Within six months Staffordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested"
)
NCPI_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
SAS13_APP = (
    "Chief Constables and the College of Policing should establish in the Stop and Search "
    "Authorised Professional Practice document a clear specification of what constitutes the "
    "effective and fair exercise of stop and search powers, and guidance in this respect. This "
    "should be compliant with the Code of Practice."
)
SAS13_MONITOR = (
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust."
)
SAS13_CODE = (
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people."
)
SAS15_CODE = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people."
)
STOLEN = [
    SF_LEADERSHIP,
    "Within six months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
    "safeguard victims better and to identify suspects as early as possible",
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of modern slavery or human trafficking.",
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and "
    "human trafficking and that sufficient audit capacity is available to the force crime "
    "registrar to provide reassurance that each force is identifying and managing any gaps in "
    "its crime-recording accuracy for these types of offences.",
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the use "
    "where appropriate of joint intelligence teams and other means to obtain intelligence and "
    "evidence from agencies overseas).",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited.",
]
POWERS = [
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management and de-escalation.",
    "By July 2021, forces should ensure that communication skills are reinforced as part of "
    "the programme of continuing professional development for officers and staff, and that "
    "supervisors are supported to routinely and frequently debrief officers on these skills "
    "using body-worn video footage.",
    BWV_2021,
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon as "
    "possible.",
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.",
]


def afi(body: str) -> str:
    return f"The force should {body}."


# --------------------------------------------------------------------------------------------
# The items. Each: HMICFRS side (report, type, text, status) and the force rows that go with
# it: (src as written, type, text, status, group) where group is where the row sits in the
# tracker. category/why per force row (or one for a missing item).
# --------------------------------------------------------------------------------------------
# HMICFRS statuses: open = Being progressed / Awaiting review; closed = Complete / Superseded.
# Force statuses: open = Open / On track; done = Complete / Closed / Awaiting closure.

ITEMS: list[dict] = []


def item(key, report, typ, text, hstat, rows, category, why):
    ITEMS.append(dict(key=key, report=report, type=typ, text=text, hstat=hstat, rows=rows,
                      category=category, why=why))


# ---- 1 = PEEL 2021/22 ---------------------------------------------------------------------
item("p01", "peel22", AFI, afi("improve its understanding of the nature and scale of county "
                               "lines drug dealing in its area"), "Being progressed",
     [(1, "AFI", "The force should improve its understanding of the nature and scale of county "
       "lines drug dealing in its area.", "On track", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; same AFI; open on both sides")
item("p02", "peel22", AFI, afi("ensure regular and active supervision of the quality and "
                               "progress of investigations. This supervision should be "
                               "properly recorded"), "Being progressed",
     [("[1]", "AFI", "Ensure regular & active supervision of the quality and progress of "
       "investigations – supervision to be properly recorded", "Complete", "peel")],
     "closeable_submit", "Src [1] = PEEL 2021/22; force shortened wording; HMICFRS open, "
     "force Complete")
item("p03", "peel22", AFI, afi("improve its ability to retrieve digital evidence from mobile "
                               "phones, computers and other electronic devices quickly enough "
                               "to ensure investigations are not delayed"), "Being progressed",
     [(1, "AFI", "The force should improve its ability to retrieve digital evidence from mobile "
       "phones, computers and other electronic devices quickly enough to ensure investigations "
       "are not delayed.", "Open", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; verbatim; open on both sides")
item("p04", "peel22", AFI, afi("improve its understanding of suspects released under "
                               "investigation and the management of those released on bail"),
     "Complete",
     [(1, "AFI", "Improve understanding of suspects RUI and management of those released on "
       "bail", "On track", "peel")],
     "closeable_local", "Src 1 = PEEL 2021/22; HMICFRS Complete (closed), force still On track")
item("p05", "peel22", REC, "Within six months, the force should ensure all staff have received "
     "at least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines.", "Being progressed",
     [(1, "AFI", "Within six months, the force should ensure all staff have received at least "
       "the lowest level of vetting clearance for their roles as quickly as possible, working to "
       "clear both the vetting backlog and new vetting renewals when they become due so that it "
       "complies fully with the national vetting guidelines.", "On track", "peel")],
     "conflict", "Type disagrees: HMICFRS Recommendation (six-month deadline), force records "
     "it as AFI; same text, Src 1 = PEEL 2021/22")
item("p06", "peel22", AFI, afi("ensure that it has sufficient resources available in the "
                               "control room to fulfil its resourcing model, and so to meet its "
                               "demand, while also taking into account the wellbeing of its "
                               "workforce"), "Being progressed",
     [(1, "AFI", "Sufficient resources in the control room to fulfil the resourcing model and "
       "meet demand, taking into account workforce wellbeing", "Awaiting closure", "peel")],
     "closeable_submit", "Src 1 = PEEL 2021/22; HMICFRS open, force Awaiting closure (done)")
item("p07", "peel22", REC, "Within three months, the force should take steps to ensure that "
     "there is effective supervision of the initial risk assessment process, specifically in "
     "relation to the completion of DASH risk assessment in appropriate cases.", "Complete",
     [(1, "Rec", "Within 3 months – effective supervision of the initial risk assessment "
       "process, specifically completion of DASH risk assessments in appropriate cases",
       "Closed", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; same timescale (3 months); closed on both sides")
item("p08", "peel22", AFI, afi("make sure victims of rape and serious sexual offences are kept "
                               "informed about the progress of their case, in line with the "
                               "Code of Practice for Victims of Crime"), "Being progressed",
     [("[1]", "AFI", "The force should make sure victims of rape and serious sexual offences "
       "are kept informed about the progress of their case, in line with the Code of Practice "
       "for Victims of Crime.", "On track", "peel")],
     "in_sync", "Src [1] = PEEL 2021/22; open on both sides")
item("p09", "peel22", AFI, afi("improve how it works with partner organisations to safeguard "
                               "people at risk from child sexual exploitation"), "Awaiting review",
     [(1, "AFI", "Improve how we work with partner organisations to safeguard people at risk "
       "from CSE", "Open", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; CSE = child sexual exploitation; open on both sides")
item("p10", "peel22", AFI, afi("make sure it records reports of stalking and harassment "
                               "accurately and without delay"), "Being progressed",
     [(11, "AFI", "The force should make sure it records reports of stalking & harassment "
       "accurately and without delay.", "Complete", "peel")],
     "closeable_submit", "Src 11 has no key line (typo, key runs 1-6); text is this PEEL "
     "2021/22 AFI and nothing else; HMICFRS open, force Complete")
item("p11", "peel22", AFI, afi("improve the timeliness of its response to calls for service "
                               "involving domestic abuse"), "Being progressed",
     [], "missing_from_force", "PEEL 2021/22 AFI on the register, no tracker row")
item("p12", "peel22", AFI, afi("put plans in place to monitor, including through the gathering "
                               "and analysis of staff feedback, team cultures and provide prompt "
                               "remedial action for any issues it identifies"),
     "Being progressed",
     [(1, "AFI", "The force should put plans in place to monitor, including through the "
       "gathering and analysis of staff feedback, team cultures and provide prompt remedial "
       "action for any issues it identifies.", "On track", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; open on both sides")
item("p13", "peel22", AFI, afi("make sure it provides a confidential way for staff to raise "
                               "concerns and that staff are aware of whistleblowing processes"),
     "Complete",
     [(1, "AFI", "Confidential route for staff to raise concerns; staff aware of whistleblowing "
       "processes", "Closed", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; closed on both sides")
item("p14", "peel22", AFI, afi("review how it gathers and uses equality and diversity data to "
                               "improve its understanding of its workforce demographics"),
     "Superseded",
     [(1, "AFI", "Review how the force gathers and uses E&D data to improve understanding of "
       "workforce demographics", "On track", "peel")],
     "closeable_local", "Src 1 = PEEL 2021/22; HMICFRS Superseded (closed), force On track")
item("p15", "peel22", AFI, afi("make sure it has enough specialist capacity and capability to "
                               "investigate online child sexual abuse"), "Being progressed",
     [(1, "AFI", "The force should make sure it has enough specialist capacity and capability "
       "to investigate online child sexual abuse.", "Open", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; open on both sides")
item("p16", "peel22", AFI, afi("improve the way it manages the risk posed by offenders involved "
                               "in serious and organised crime"), "Being progressed",
     [(1, "AFI", "Improve management of the risk posed by offenders involved in SOC",
       "Complete", "peel")],
     "closeable_submit", "Src 1 = PEEL 2021/22; SOC = serious and organised crime; HMICFRS "
     "open, force Complete")
item("p17", "peel22", AFI, afi("make sure officers and staff have the training they need to "
                               "identify and respond to honour-based abuse"), "Being progressed",
     [("[1]", "AFI", "Make sure officers & staff have the training they need to identify and "
       "respond to honour-based abuse (HBA)", "On track", "peel")],
     "in_sync", "Src [1] = PEEL 2021/22; open on both sides")
item("p18", "peel22", AFI, afi("develop a problem-solving approach to anti-social behaviour, "
                               "working with local communities and partners"), "Complete",
     [(1, "AFI", "The force should develop a problem-solving approach to anti-social "
       "behaviour, working with local communities and partners.", "Complete", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; closed by HMICFRS, Complete on tracker")
item("p19", "peel22", AFI, afi("make sure its performance framework gives senior leaders a "
                               "clear picture of its response to violence against women and "
                               "girls"), "Being progressed",
     [], "missing_from_force", "PEEL 2021/22 AFI on the register, no tracker row")
item("p20", "peel22", REC, "By November 2022, the force should conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them.", "Being progressed",
     [(1, "Rec", "By November 2022, the force should conduct a review of officers' capabilities "
       "and capacity to manage their investigative workload, to better understand investigative "
       "demand and the pressures placed upon them.", "On track", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; same deadline; open on both sides")
item("p21", "peel22", AFI, afi("evaluate its work to prevent knife crime and share what works "
                               "across the force"), "Complete",
     [(1, "AFI", "Evaluate knife crime prevention work & share what works across the force",
       "Open", "peel")],
     "closeable_local", "Src 1 = PEEL 2021/22; HMICFRS Complete, force Open")
item("p22", "peel22", AFI, afi("improve how it gathers, assesses and acts on intelligence about "
                               "fraud"), "Being progressed",
     [(1, "AFI", "The force should improve how it gathers, assesses and acts on intelligence "
       "about fraud.", "Awaiting closure", "peel")],
     "closeable_submit", "Src 1 = PEEL 2021/22; HMICFRS open, force Awaiting closure")
item("p23", "peel22", AFI, afi("develop a future workforce plan that is aligned with its "
                               "overall demand and budget. The plan should include future "
                               "resource allocations, the mix of skills required by the "
                               "workforce and behaviours expected of them"), "Being progressed",
     [(1, "AFI", "Develop a future workforce plan aligned with overall demand and budget "
       "(resource allocations, skills mix, behaviours expected)", "On track", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; open on both sides")
item("p24", "peel22", AFI, afi("make sure it consistently uses ancillary orders and other "
                               "powers to protect victims of domestic abuse"), "Being progressed",
     [(1, "AFI", "The force should make sure it consistently uses ancillary orders and other "
       "powers to protect victims of DA.", "On track", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; open on both sides")
item("p25", "peel22", AFI, afi("undertake further work to gain a fuller understanding of "
                               "current demand for its services, and likely future changes in "
                               "demand. This is so it can make best use of its resources by "
                               "matching them to demand to meet the needs of the public"),
     "Complete",
     [(1, "AFI", "Undertake further work to understand current and likely future demand for "
       "services so resources are matched to demand", "Closed", "peel")],
     "in_sync", "Src 1 = PEEL 2021/22; closed on both sides")

# ---- 2 = NCPI 2017 ------------------------------------------------------------------------
item("n01", "ncpi17", REC, NCPI_CHILDREN, "Being progressed",
     [(2, "Rec", "Detention of children (with children's social care): only detain children "
       "when absolutely necessary and for the absolute minimum amount of time", "Complete",
       "ncpi"),
      (2, "Rec", "Detention of children: custody officers & staff to assess at an early stage a "
       "child's need for alternative accommodation (secure or otherwise) and work with CSC on "
       "the most appropriate option", "Complete", "ncpi"),
      (2, "Rec", "Detention of children: custody staff to record all actions taken and "
       "decisions made on the relevant documentation", "Complete", "ncpi"),
      (2, "Rec", "Detention of children: improve timeliness of appropriate adult support for "
       "children who are arrested", "Complete", "ncpi")],
     "closeable_submit", "Src 2 = NCPI 2017; force split the recommendation into one row per "
     "bullet (4 rows), all Complete; HMICFRS open")
item("n02", "ncpi17", REC, NCPI_MISSING, "Complete",
     [(2, "Rec", "Review approach to reports of missing children: call takers use "
       "missing/absent category appropriately; call takers & frontline staff can identify CSE "
       "risk factors and respond; supervisors provide correct oversight of missing person "
       "enquiries", "Open", "ncpi")],
     "closeable_local", "Src 2 = NCPI 2017; all three bullets kept in one row; HMICFRS "
     "Complete, force Open")
item("n03", "ncpi17", REC, "HMIC recommends that within six months the force should: make sure "
     "officers and staff have the training they need to identify and respond to child sexual "
     "exploitation;", "Being progressed",
     [(2, "Rec", "Within 6 months – training for officers & staff to identify and respond to "
       "CSE", "On track", "ncpi")],
     "in_sync", "Src 2 = NCPI 2017; open on both sides")

# ---- 3 = Stop and search 2013, 4 = Stop and search 2 (2015): recurring wording -------------
SAS_SHORT = ("Explain to the public how S&S powers are used in our area and arrange for S&S "
             "records to be scrutinised by community representatives, involving those who are "
             "stopped & searched (e.g. young people)")
item("s01", "sas13", NAT, SAS13_MONITOR, "Complete",
     [("[3]", "Rec", "Establish or improve monitoring of the way officers stop and search "
       "people (lawful incl. equality legislation & Code of Practice; effective; maintains "
       "public trust)", "Closed", "sas13")],
     "in_sync", "Src [3] = S&S 2013; closed on both sides")
item("s02", "sas13", NAT, SAS13_CODE, "Complete",
     [("3*", "Rec", SAS_SHORT, "Closed", "sas13")],
     "in_sync", "RECURRING WORDING: force text identical to the Src 4* row; Src 3* = S&S 2013 "
     "decides it is this 2013 item; closed on both sides (pairing it with the 2015 item would "
     "wrongly give closeable_submit)")
item("s03", "sas15", NAT, SAS15_CODE, "Being progressed",
     [("4*", "Rec", SAS_SHORT, "On track", "sas15")],
     "in_sync", "RECURRING WORDING: force text identical to the Src 3* row; Src 4* = S&S 2 "
     "(2015) decides it is this 2015 item; open on both sides (pairing it with the 2013 item "
     "would wrongly give closeable_local)")

# ---- 5 = Stolen Freedom 2017 --------------------------------------------------------------
item("m01", "stolen", NAT, STOLEN[0], "Being progressed",
     [("5*", "Rec", "Within twelve months, review MSHT leadership & governance arrangements to "
       "ensure:\n• senior leaders prioritise the response to MSHT;\n• every MSHT incident is "
       "allocated appropriate resources with the skills, experience & capacity to investigate "
       "it effectively;\n• effective partnership arrangements to co-ordinate activity, share "
       "information & safeguard victims", "On track", "stolen")],
     "conflict", "Missing bullet: the force row drops the fourth bullet (performance and "
     "quality assurance measures); Src 5* = Stolen Freedom; open on both sides")
item("m02", "stolen", NAT, STOLEN[1], "Being progressed",
     [(5, "Rec", "Within 12 months, forces should have in place active ISAs with other "
       "agencies to facilitate speedy exchange of intelligence, safeguard victims better & "
       "identify suspects as early as possible", "On track", "stolen")],
     "conflict", "Timescale disagrees: HMICFRS 'Within six months', force 'Within 12 months'; "
     "Src 5 = Stolen Freedom")
item("m03", "stolen", NAT, STOLEN[2], "Complete",
     [("[5]", "Rec", "Immediately – ensure victims carrying out criminal acts under compulsion "
       "are afforded early & continuing consideration of the s45 defence", "Closed", "stolen")],
     "in_sync", "Src [5] = Stolen Freedom; closed on both sides")
item("m04", "stolen", NAT, STOLEN[3], "Being progressed",
     [(7, "Rec", "Immediately, forces should take steps to ensure they are fully compliant "
       "with the NRM process as it evolves and notify the Home Office of any individual "
       "suspected to be an adult victim of MSHT (MSA 2015 duty to notify)", "Awaiting closure",
       "late")],
     "closeable_submit", "Src 7 has no key line (typo, key runs 1-6); text is this Stolen "
     "Freedom item and nothing else; HMICFRS open, force Awaiting closure")
item("m05", "stolen", NAT, STOLEN[4], "Complete",
     [("5*", "Rec", "Comply fully with NCRS for MSHT offences; sufficient audit capacity "
       "available to the FCR", "On track", "stolen")],
     "closeable_local", "Src 5* = Stolen Freedom; HMICFRS Complete, force On track")
item("m06", "stolen", NAT, STOLEN[5], "Being progressed",
     [], "missing_from_force", "Stolen Freedom item on the register, no tracker row")
item("m07", "stolen", NAT, STOLEN[6], "Superseded",
     [(5, "Rec", "Review use of preventative powers under the Modern Slavery Act 2015 "
       "(STPOs/STROs) so opportunities to restrict offenders' activities are exploited",
       "Open", "stolen")],
     "closeable_local", "Src 5 = Stolen Freedom; HMICFRS Superseded (closed), force Open")

# ---- 6 = Disproportionate use of police powers 2021 ---------------------------------------
item("u01", "powers", NAT, POWERS[0], "Being progressed",
     [(6, "Rec", "Officers & staff to have effective communication skills in line with the "
       "National Policing Guidelines on Conflict Management (by July 2022)", "Complete",
       "powers")],
     "closeable_submit", "Src 6 = Police powers 2021; same deadline; HMICFRS open, force "
     "Complete")
item("u02", "powers", NAT, POWERS[1], "Complete",
     [(6, "Rec", "By July 2021 – communication skills reinforced through CPD; supervisors "
       "supported to debrief officers routinely using BWV footage", "Closed", "powers")],
     "in_sync", "Src 6 = Police powers 2021; closed on both sides")
item("u03", "powers", NAT, POWERS[2], "Being progressed",
     [(6, "Rec", "BWV (by Sept 2021): officers to record the entirety of all S&S encounters on "
       "BWV, incl. traffic stops and use of force incidents", "On track", "powers"),
      (6, "Rec", "BWV: structured process for regularly reviewing & monitoring internally a "
       "sufficient sample of BWV footage; disseminate learning & hold officers to account",
       "On track", "powers"),
      (6, "Rec", "BWV: external scrutiny panel members to have access to samples of BWV "
       "footage of S&S and use of force, taking account of the CoP APP safeguards", "Open",
       "powers")],
     "in_sync", "Src 6 = Police powers 2021; force split the three parts into 3 rows, all "
     "open; HMICFRS open")
item("u04", "powers", NAT, POWERS[3], "Awaiting review",
     [], "missing_from_force", "On the register against the force, no tracker row (addressed "
     "to the Home Office and NPCC: query with HMICFRS)")
item("u05", "powers", NAT, POWERS[4], "Being progressed",
     [(3, "Rec", "By July 2021, effective internal monitoring processes on the use of force to "
       "identify and understand disproportionate use, explain the reasons and implement "
       "improvement action", "On track", "sas13")],
     "conflict", "Report disagrees: force keys it Src 3 (= S&S 2013, a valid key line) but the "
     "text is the 2021 police powers item ('By July 2021'); open on both sides")

# ---- Force rows with no HMICFRS item ------------------------------------------------------
LOCAL_ROWS = [
    # (src, type, text, status, group, why)
    (3, "Rec", "CCs & College of Policing to set out in the S&S APP a clear specification of "
     "the effective and fair exercise of S&S powers (compliant with the Code of Practice)",
     "Closed", "sas13",
     "S&S 2013 recommendation 1 (for chief constables and the College of Policing) is not on "
     "the HMICFRS register export for the force; query with HMICFRS"),
    (1, None, "Force action - Add rural crime measures to the monthly Force Performance pack",
     "Complete", "peel", "Force's own action filed under Src 1; not an HMICFRS item"),
    ("L", None, "Local action: Appoint a single point of contact for hate crime in each local "
     "policing area", "On track", "local", "Src L = force's own action (key line); not an "
     "HMICFRS item"),
    ("L", None, "JAC action: Internal audit of the counter-corruption governance arrangements "
     "(audit plan 2023/24)", "Open", "local", "Src L = force's own action (key line); not an "
     "HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Tracker furniture
# --------------------------------------------------------------------------------------------
UPD_OPEN = [
    "A Task & Finish group has been set up; implementation plan drafted, policy rewrite under "
    "way.",
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Owner changed Sept 24 – new lead reviewing the plan.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
    "Progress reported to Organisational Learning Board 3 Oct.",
    None,
]
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Evidence pack sent to the FLL; awaiting HMICFRS decision.",
    "Policy signed off and in place. Ready to close.",
    "Pending sign off by the chief officer lead – evidence held on SharePoint.",
]
UPD_CLOSED = [
    "Closed by HMICFRS.",
    "Closed – agreed with the FLL at the quarterly meeting.",
    "Complete. No further action.",
]


def build_rows(rng: random.Random):
    """Force rows in tracker order: (src, type, text, status, item_key or None, why or None)."""
    groups: dict[str, list] = {g: [] for g in
                               ("peel", "ncpi", "stolen", "powers", "sas15", "sas13", "local",
                                "late")}
    for it in ITEMS:
        for r in it["rows"]:
            src, typ, text, status, group = r
            groups[group].append((src, typ, text, status, it["key"], None))
    for src, typ, text, status, group, why in LOCAL_ROWS:
        groups[group].append((src, typ, text, status, None, why))
    # The force's own action sits among the PEEL rows, after item 12 of the block.
    peel = groups["peel"]
    local_peel = [r for r in peel if r[4] is None]
    peel = [r for r in peel if r[4] is not None]
    peel[12:12] = local_peel
    groups["peel"] = peel
    # S&S 2013 block: rec 1 (not on register) first, then the keyed 3 rows, the mis-keyed
    # 2021 use-of-force row last.
    sas = groups["sas13"]
    order = {None: 0, "s01": 1, "s02": 2, "u05": 3}
    groups["sas13"] = sorted(sas, key=lambda r: order[r[4]])
    out = []
    for g in ("peel", "ncpi", "stolen", "powers", "sas15", "sas13", "local", "late"):
        out.extend(groups[g])
    return out


# Lead officer per item (the tracker's "Lead"); split rows share their item's lead.
ITEM_LEAD = {
    "p01": "Head of Intelligence", "p02": "Det Ch Supt Force CID",
    "p03": "Det Ch Supt Force CID", "p04": "Head of Criminal Justice",
    "p05": "Head of Professional Standards", "p06": "Supt Contact Centre",
    "p07": "Ch Supt Public Protection", "p08": "Ch Supt Public Protection",
    "p09": "Ch Supt Public Protection", "p10": "Force Crime Registrar",
    "p12": "Director of People", "p13": "Head of Professional Standards",
    "p14": "Director of People", "p15": "Ch Supt Public Protection", "p16": "ACC Crime",
    "p17": "Head of Learning & Development", "p18": "ACC Local Policing",
    "p20": "Det Ch Supt Force CID", "p21": "ACC Local Policing",
    "p22": "Head of Intelligence", "p23": "Director of People",
    "p24": "Ch Supt Public Protection", "p25": "Head of Corporate Development",
    "n01": "Ch Insp Custody", "n02": "Ch Supt Public Protection",
    "n03": "Head of Learning & Development",
    "s01": "ACC Local Policing", "s02": "ACC Local Policing", "s03": "ACC Local Policing",
    "m01": "ACC Crime", "m02": "Head of Intelligence", "m03": "Head of Criminal Justice",
    "m04": "Ch Supt Public Protection", "m05": "Force Crime Registrar",
    "m06": "Det Ch Supt Force CID", "m07": "Ch Supt Public Protection",
    "u01": "Head of Learning & Development", "u02": "Head of Learning & Development",
    "u03": "ACC Local Policing", "u05": "ACC Local Policing",
}
# Explicit leads and updates for the rows with no HMICFRS item (by text prefix).
LOCAL_LEAD_UPDATE = {
    "CCs & College": ("ACC Local Policing",
                      "For the College of Policing – APP published. No force action."),
    "Force action": ("Head of Corporate Development",
                     "Rural crime measures in the pack from the September edition."),
    "Local action": ("ACC Local Policing",
                     "SPOCs named for 4 of 6 LPAs; remaining two by December."),
    "JAC action": ("Head of Professional Standards",
                   "Fieldwork scheduled Q4 2024/25 (internal audit plan)."),
}
# Updates the force wrote for the recurring-wording pair.
ITEM_UPDATE = {
    "s02": "Community Scrutiny Panel set up 2014; S&S data published quarterly. Closed by "
           "HMICFRS.",
    "s03": "Same ask repeated in the 2015 report. Scrutiny panel ToR refreshed; youth panel "
           "pilot running in two LPAs.",
}


def update_for(status: str, rng: random.Random):
    if status in ("Open", "On track"):
        return rng.choice(UPD_OPEN)
    if status in ("Complete", "Awaiting closure"):
        return rng.choice(UPD_DONE)
    return rng.choice(UPD_CLOSED)


def fixed_zip(path: Path) -> None:
    """Rewrite an xlsx so it is byte-identical between builds."""
    stamp = "2024-11-01T09:00:00Z"
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def main() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)

    # ---------------- HMICFRS register export (CSV) ----------------
    order = ["sas13", "sas15", "ncpi17", "stolen", "powers", "peel22"]
    base_id = {"sas13": 402, "sas15": 1519, "ncpi17": 8102, "stolen": 8231, "powers": 11540,
               "peel22": 13871}
    hrows = []
    for rep in order:
        its = [it for it in ITEMS if it["report"] == rep]
        for n, it in enumerate(its):
            rid = base_id[rep] + n
            title, pub = REPORTS[rep]
            hstat = it["hstat"]
            if hstat in ("Complete", "Superseded"):
                upd = pub + dt.timedelta(days=rng.randint(300, 900))
                upd = min(upd, dt.date(2024, 9, 30))
            else:
                upd = dt.date(2024, rng.randint(3, 9), rng.randint(1, 28))
            hrows.append(dict(it=it, id=rid, title=title, pub=pub, upd=upd))
    hmic_row = {}
    with open(CASE / "hmicfrs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
                    "Recommendation", "Status", "Status date"])
        for i, h in enumerate(hrows):
            it = h["it"]
            hmic_row[it["key"]] = f"hmicfrs.csv!{i + 2}"
            w.writerow([h["id"], FORCE, h["title"], h["pub"].strftime("%d/%m/%Y"), it["type"],
                        it["text"], it["hstat"], h["upd"].strftime("%d/%m/%Y")])

    # ---------------- Force tracker (xlsx) ----------------
    frows = build_rows(rng)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F3864")
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement: Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joint Audit Committee – 21 November 2024 – Agenda item 9, Appendix A "
                "(position as at 31 October 2024)")
    ws["A2"].font = Font(italic=True)
    headers = ["No.", "Src", "Type", "Recommendation", "Lead", "Status", "Update",
               "Date last reviewed"]
    HDR = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(HDR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    truth = []
    item_by_key = {it["key"]: it for it in ITEMS}
    no = 0
    r = HDR
    for src, typ, text, status, key, why in frows:
        r += 1
        no += 1
        if no == 31:          # a row deleted after the last committee: numbering skips 31
            no += 1
        if key is None:
            lead, upd = next(v for k, v in LOCAL_LEAD_UPDATE.items() if text.startswith(k))
        else:
            lead = ITEM_LEAD[key]
            upd = ITEM_UPDATE.get(key) or update_for(status, rng)
        if rng.random() < 0.08:
            reviewed = rng.choice(["Sept 24", "tbc"])
        else:
            reviewed = dt.datetime(2024, rng.randint(6, 10), rng.randint(1, 28))
        stat_txt = status
        if rng.random() < 0.1:
            stat_txt = status.lower() if rng.random() < 0.5 else status + " "
        vals = [no, src, typ, text, lead, stat_txt, upd, reviewed]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 8 and isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        frow = f"{ws.title}!{r}"
        if key is None:
            truth.append(("", frow, "not_on_hmicfrs_list", why))
        else:
            it = item_by_key[key]
            truth.append((hmic_row[key], frow, it["category"], it["why"]))
    last_item = r
    # two blank rows, then the key
    r = last_item + 3
    legend = ["Key to source reports:"] + [KEY[k][1] for k in
                                           ("peel22", "ncpi17", "sas13", "sas15", "stolen",
                                            "powers")]
    legend += ["* = all-forces (national) recommendation",
               "L = force's own action (not an HMICFRS recommendation)",
               "Status: Complete / Awaiting closure = evidence submitted or with the FLL for "
               "HMICFRS closure; Closed = closed by HMICFRS or no further action."]
    legend_rows = []
    for i, line in enumerate(legend):
        ws.cell(r, 1, line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        if i == 0:
            ws.cell(r, 1).font = bold
        else:
            ws.cell(r, 1).font = Font(size=9)
        legend_rows.append(r)
        r += 1
    widths = [6, 6, 7, 70, 24, 14, 50, 14]
    for c, wdt in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = wdt
    ws.freeze_panes = "A5"
    wb.properties.creator = "Organisational Learning Team"
    wb.properties.created = dt.datetime(2024, 11, 1, 9, 0, 0)
    out = CASE / "tracker.xlsx"
    wb.save(out)
    fixed_zip(out)

    # HMICFRS items with no force row
    for it in ITEMS:
        if not it["rows"]:
            truth.append((hmic_row[it["key"]], "", it["category"], it["why"]))

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        fr = int(t[1].split("!")[1]) if t[1] else 0
        return (h, fr)

    truth.sort(key=sort_key)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    print(f"HMICFRS items: {len(hrows)}; force item rows {HDR + 1}..{last_item} "
          f"({last_item - HDR}); legend rows {legend_rows[0]}..{legend_rows[-1]}; "
          f"truth lines: {len(truth)}")


if __name__ == "__main__":
    main()
