"""Builder for the independent case `theme_tracker_source_codes`.

Bedfordshire Police keeps its HMICFRS tracker by strategic theme of the Police and Crime Plan
(PRIORITY 1..5 heading rows), not by report.  Each row carries a short source code with a year
("PEEL 21/22", "CDI 20", "S&S 13" ...) and the force's own composite reference
("PEEL21-AFI3", "CDI20-R1" ...), sometimes the real register number instead.

All recommendation wording comes from /work/shared/data/real_recommendations.csv and the text
lists in /work/main/reconcile/casegen/texts (read as data).  Writes only under this folder.
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # never write into /work/main
sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    BWV_2021, CONTROL_ROOM, EVERYONE_PLAN, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP,
)
from reconcile.casegen.texts.force import CDI_VICTIMS_BODY  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

RNG = random.Random(1313)
OUT = Path(__file__).resolve().parent / "theme_tracker_source_codes"
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Bedfordshire Police"
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
OPEN_H = {"Being progressed", "Awaiting review"}
CLOSED_H = {"Complete", "Superseded"}

# Real Bedfordshire NCPI recommendation (register 8548), verbatim from real_recommendations.csv.
with open("/work/shared/data/real_recommendations.csv", encoding="utf-8") as fh:
    _real = list(csv.DictReader(fh))
NCPI_TEXT = next(r["text"] for r in _real if "Bedfordshire Police should, in conjunction" in r["text"])
CDI_STEMMED = "Within six months the force should " + CDI_VICTIMS_BODY + "."
assert CDI_STEMMED == next(r["text"] for r in _real if r["text"].startswith(
    "Within six months the force should put in place"))

# ----------------------------------------------------------------------------------------
# Reports on the HMICFRS list: key -> (title, publication date dd/mm/yyyy)
# ----------------------------------------------------------------------------------------
def _nat(key):
    t, (y, m, d), _ = NATIONAL[key]
    return t, f"{d:02d}/{m:02d}/{y}"


REPORTS = {k: _nat(k) for k in ("sas13", "sas15", "everyone", "core", "integrity",
                                 "firearms", "stolen", "leg17", "powers")}
REPORTS["ncpi17"] = ("National child protection inspection: Bedfordshire Police", "24/11/2017")
REPORTS["cdi20"] = ("Crime data integrity inspection 2020: Bedfordshire Police", "10/09/2020")
REPORTS["peel21"] = ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: "
                     "An inspection of Bedfordshire Police", "12/05/2022")
REPORTS["peel23"] = ("PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: "
                     "An inspection of Bedfordshire Police", "21/05/2024")

N = {k: [t for _, t in NATIONAL[k][2]] for k in NATIONAL}
# Stolen freedom item 2 as the register holds it, with the stray footnote digit "86".
assert " 86 " in N["stolen"][1]

# ----------------------------------------------------------------------------------------
# HMICFRS items: key -> (reference, report, type, status, text)
# ----------------------------------------------------------------------------------------
H: dict[str, tuple[str, str, str, str, str]] = {}


def h(key, ref, rep, typ, status, text):
    assert key not in H
    H[key] = (str(ref), rep, typ, status, text)


# Stop and search 2013 / 2015 (national)
h("ss13_1", 1511, "sas13", NAT, "Complete", N["sas13"][0])
h("ss13_2", 1512, "sas13", NAT, "Being progressed", N["sas13"][1])
h("ss13_3", 1513, "sas13", NAT, "Complete", N["sas13"][2])
h("ss15_1", 5190, "sas15", NAT, "Being progressed", N["sas15"][0])
h("da14", 2338, "everyone", NAT, "Complete", EVERYONE_PLAN)
h("core_1", 4839, "core", NAT, "Complete", N["core"][0])
h("core_2", 4840, "core", NAT, "Superseded", N["core"][1])
h("integ", 5032, "integrity", NAT, "Being progressed", N["integrity"][0])
# Firearms licensing 2015
h("flu_1", 6012, "firearms", NAT, "Complete", N["firearms"][0])
h("flu_2", 6013, "firearms", NAT, "Being progressed", N["firearms"][1])
h("flu_3", 6014, "firearms", NAT, "Complete", N["firearms"][2])
h("flu_4", 6015, "firearms", NAT, "Being progressed", N["firearms"][3])
h("flu_5", 6016, "firearms", NAT, "Awaiting review", N["firearms"][4])
# Stolen freedom 2017
assert N["stolen"][0] == SF_LEADERSHIP
h("msht_1", 8302, "stolen", NAT, "Being progressed", N["stolen"][0])
h("msht_2", 8303, "stolen", NAT, "Complete", N["stolen"][1])
h("msht_3", 8304, "stolen", NAT, "Being progressed", N["stolen"][2])
h("msht_4", 8305, "stolen", NAT, "Being progressed", N["stolen"][3])
h("msht_5", 8306, "stolen", NAT, "Complete", N["stolen"][4])
h("msht_6", 8307, "stolen", NAT, "Being progressed", N["stolen"][5])
h("msht_7", 8308, "stolen", NAT, "Being progressed", N["stolen"][6])
# NCPI 2017 (real register number 8548)
h("ncpi", 8548, "ncpi17", REC, "Being progressed", NCPI_TEXT)
# PEEL legitimacy 2017 national (stop and search)
leg = NATIONAL["leg17"][2]
assert leg[1][1] == SAS_MONITORING_2017
h("leg_coc", 8560, "leg17", COC, "Complete", leg[0][1])
h("leg_1", 8561, "leg17", NAT, "Being progressed", leg[1][1])
h("leg_2", 8562, "leg17", NAT, "Complete", leg[2][1])
h("leg_3", 8563, "leg17", NAT, "Complete", leg[3][1])
h("leg_4", 8564, "leg17", NAT, "Being progressed", leg[4][1])
# Crime data integrity 2020 (force)
h("cdi_1", 10950, "cdi20", REC, "Being progressed", CDI_STEMMED)
h("cdi_2", 10951, "cdi20", REC, "Being progressed",
  "Within three months, the force should revise its approach to cautions, cannabis warning "
  "and penalty notices for disorder to ensure that there is a clear and auditable explanation "
  "to the offender of the implications of receiving the warning and that, for victim-based "
  "crimes, there is a clear and auditable record that views of the victim are considered "
  "prior to their issue.")
h("cdi_3", 10952, "cdi20", REC, "Complete",
  "Immediately, the force should provide call-handlers with specific, sound and "
  "comprehensible criteria against which they can assess threat, harm and risk.")
h("cdi_4", 10953, "cdi20", AFI, "Being progressed",
  "The force should make sure it records reports of rape and serious sexual offences "
  "accurately and without delay.")
# Disproportionate use of police powers 2021 (national; the Home Office/NPCC one is not the force's)
pw = N["powers"]
assert pw[2] == BWV_2021
h("pwr_1", 11720, "powers", NAT, "Complete", pw[0])
h("pwr_2", 11721, "powers", NAT, "Being progressed", pw[1])
h("pwr_3", 11722, "powers", NAT, "Being progressed", pw[2])
h("pwr_5", 11723, "powers", NAT, "Superseded", pw[4])
# PEEL 2021/22
h("p21_afi1", 12395, "peel21", AFI, "Superseded", CONTROL_ROOM)
h("p21_afi2", 12396, "peel21", AFI, "Being progressed",
  "The force should make sure victims of domestic abuse are kept informed about the progress "
  "of their case, in line with the Code of Practice for Victims of Crime.")
h("p21_afi3", 12397, "peel21", AFI, "Superseded",
  "The force should improve the supervision of investigations, so that investigation plans "
  "are set, reviewed and recorded and victims receive a consistently good service.")
h("p21_afi4", 12398, "peel21", AFI, "Being progressed",
  "The force should develop a future workforce plan that is aligned with its overall demand "
  "and budget. The plan should include future resource allocations, the mix of skills "
  "required by the workforce and behaviours expected of them.")
h("p21_coc1", 12399, "peel21", COC, "Being progressed",
  "The size of the vetting backlog within Bedfordshire Police is a cause of concern.")
h("p21_r1", 12400, "peel21", REC, "Being progressed",
  "Within six months the force should ensure all staff have received at least the lowest "
  "level of vetting clearance for their roles as quickly as possible, working to clear both "
  "the vetting backlog and new vetting renewals when they become due so that it complies "
  "fully with the national vetting guidelines.")
h("p21_afi5", 12401, "peel21", AFI, "Being progressed",
  "The force should improve how it gathers, assesses and acts on intelligence about serious "
  "and organised crime.")
h("p21_afi6", 12402, "peel21", AFI, "Being progressed",
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.")
h("p21_afi7", 12403, "peel21", AFI, "Being progressed",
  "The force should improve its understanding of suspects released under investigation and "
  "the management of those released on bail.")
h("p21_afi8", 12404, "peel21", AFI, "Superseded",
  "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.")
h("p21_afi9", 12405, "peel21", AFI, "Being progressed",
  "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not "
  "delayed.")
h("p21_afi10", 12406, "peel21", AFI, "Complete",
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to people with mental ill health.")
h("p21_afi11", 12407, "peel21", AFI, "Being progressed",
  "The force should review its approach to anti-social behaviour to make sure victims "
  "receive a consistently good service.")
h("p21_afi12", 12408, "peel21", AFI, "Complete",
  "The force should improve its arrangements both to consult with the public about business "
  "planning and to feed back on changes made to service delivery as a result of such "
  "consultation.")
# PEEL 2023-25 (recurring wording from 2021/22 on AFI1, AFI2, AFI3)
h("p23_afi1", 14880, "peel23", AFI, "Being progressed",
  "Bedfordshire Police should ensure that it has sufficient resources available in the "
  "control room to fulfil its resourcing model, and so to meet its demand, while also taking "
  "into account the wellbeing of its workforce.")
h("p23_afi2", 14881, "peel23", AFI, "Being progressed",
  "The force should improve the supervision of investigations, so that investigation plans "
  "are set, reviewed and recorded and victims receive a consistently good service.")
h("p23_afi3", 14882, "peel23", AFI, "Awaiting review",
  "Bedfordshire Police should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.")
h("p23_afi4", 14883, "peel23", AFI, "Being progressed",
  "The force should make sure victims of stalking and harassment are kept informed about the "
  "progress of their case, in line with the Code of Practice for Victims of Crime.")
h("p23_coc1", 14884, "peel23", COC, "Being progressed",
  "The force does not have the capacity or capability to investigate crime effectively and "
  "this is affecting the service being provided to the public. There are failings in the way "
  "that crimes are being investigated.")
h("p23_r1", 14885, "peel23", REC, "Being progressed",
  "Within three months, the force should conduct a review of officers’ capabilities and "
  "capacity to manage their investigative workload, to better understand investigative "
  "demand and the pressures placed upon them.")
h("p23_r2", 14886, "peel23", REC, "Being progressed",
  "Within six months the force should ensure regular and active supervision of the quality "
  "and progress of investigations. This supervision should be properly recorded.")
h("p23_afi5", 14887, "peel23", AFI, "Awaiting review",
  "The force should make sure it consistently uses ancillary orders and other powers to "
  "protect victims of stalking and harassment.")
h("p23_afi6", 14888, "peel23", AFI, "Awaiting review",
  "The force should make sure its analysis of county lines drug dealing informs its "
  "strategic assessment and control strategy.")
h("p23_afi7", 14889, "peel23", AFI, "Being progressed",
  "The force should review how it gathers and uses equality and diversity data to improve its "
  "understanding of its workforce demographics.")
h("p23_afi8", 14890, "peel23", AFI, "Being progressed",
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.")

# ----------------------------------------------------------------------------------------
# Tracker rows, by theme.  ("item", hkey, ...) | ("force", None, ...) | ("pointer", None, ...)
# fields: kind, hkey, source, sref, text, lead, rag, milestones, comments
# ----------------------------------------------------------------------------------------
THEMES = [
    ("PRIORITY 1 – Keeping people safe", "C6E0B4"),
    ("PRIORITY 2 – Supporting victims", "F8CBAD"),
    ("PRIORITY 3 – An effective workforce", "BDD7EE"),
    ("PRIORITY 4 – Fair and trusted policing", "FFE699"),
    ("PRIORITY 5 – Efficient and effective services", "D9D2E9"),
]

T: dict[int, list[tuple]] = {1: [], 2: [], 3: [], 4: [], 5: []}


def r(theme, kind, hkey, source, sref, text, lead, rag, milestones, comments, note=""):
    T[theme].append((kind, hkey, source, sref, text, lead, rag, milestones, comments, note))


# ---------------- PRIORITY 1 – Keeping people safe
r(1, "item", "msht_1", "MSHT 17", "MSHT17-R1",
  "Within 12 months, forces should review their leadership & governance arrangements for MSHT, "
  "to ensure that:\n• senior leaders prioritise the response to MSHT;\n• every incident of "
  "modern slavery identified to police is allocated appropriate resources with the skills, "
  "experience and capacity to investigate it effectively;\n• forces develop effective "
  "partnership arrangements ...",
  "Det Ch Supt Force CID", "AMBER",
  "30/06/2025 – MSHT governance board ToR refreshed\n31/12/2025 – QA framework live",
  "Feb-25: Board meeting quarterly; QA measures still being developed with the Anti-Slavery "
  "Partnership. Work undertaken in area but still requires development to complete.")
r(1, "item", "msht_2", "MSHT 17", "MSHT17-R2",
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
  "victims better and to identify suspects as early as possible",
  "Head of Intelligence", "BLUE",
  "31/03/2019 – ISA signed with Beds Borough, Central Beds & Luton (complete)",
  "Completed 2019. HMICFRS portal shows complete.")
r(1, "item", "msht_7", "MSHT 17", "MSHT17-R7",
  "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs/SROs) so that "
  "opportunities to restrict those posing a clear threat are exploited",
  "Det Ch Supt Force CID", "AMBER",
  "30/09/2025 – STPO/SRO application guidance issued",
  "Jan-25: only 2 STPOs obtained in 2024. Guidance with Legal Services.")
r(1, "item", "msht_5", "MSHT 17", "MSHT17-R5",
  "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
  "for offences identified as MSHT and that sufficient audit capacity is available to the "
  "force crime registrar ...",
  "Force Crime Registrar", "RED",
  "31/03/2025 – MSHT audit (slipped)\n30/09/2025 – additional auditor post",
  "Mar-25: Little work yet undertaken in this area. Unlikely to reach deadlines – audit "
  "capacity gap in FCR team, growth bid submitted.")
for i, (bullet, rag, lead, ms, com) in enumerate([
    ("Detention of children – ensure that all children are only detained when absolutely "
     "necessary and for the absolute minimum amount of time",
     "BLUE", "Ch Insp Custody", "31/05/2018 – Custody SOP amended (complete)",
     "Complete. Monthly dip-sample by custody inspector continues."),
    ("Detention of children – officers & staff in the custody suite to assess at an early "
     "stage a child's need for alternative accomodation (secure or otherwise) and work with "
     "children's social care services to achieve the most appropriate option",
     "BLUE", "Ch Insp Custody", "31/05/2018 – PACE bed protocol agreed with 3 LAs (complete)",
     "Complete – protocol signed by all three local authorities."),
    ("Detention of children – custody staff to comply with statutory duties to complete "
     "detention certificates if a child is detained in police custody following charge",
     "BLUE", "Ch Insp Custody", "30/04/2018 – briefing to all custody sergeants (complete)",
     "Complete."),
    ("Detention of children – custody staff to make a record of all actions taken and "
     "decisions made on the relevant documentation",
     "BLUE", "Ch Insp Custody", "30/04/2018 – NICHE custody record template updated (complete)",
     "Complete."),
    ("Detention of children – improve the timeliness of adequate appropriate adult support for "
     "children who are arrested",
     "GREEN", "Head of Criminal Justice",
     "30/06/2025 – new AA contract (joint with Herts)\n31/10/2025 – 3-month review of AA times",
     "Feb-25: Appropriate adult contract re-tendered jointly with Hertfordshire; average wait "
     "down from 4h10 to 2h55. On track."),
]):
    r(1, "item", "ncpi", "NCPI 17", "8548", bullet, lead, rag, ms, com)
r(1, "item", "flu_1", "FLU 15", "FLU15-R1",
  "Within three months, all chief constables should assess how well the governance of "
  "firearms licensing in his or her force meets the standards set out in APP. ...",
  "Supt Firearms Licensing", "BLUE", "31/12/2015 – governance review (complete)",
  "Complete. Closed by HMIC.")
r(1, "item", "flu_2", "FLU 15", "6013",
  "Within three months, all chief constables should assess the demand placed on their firearms "
  "licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.",
  "Supt Firearms Licensing", "GREEN",
  "31/07/2025 – demand model refresh\n31/12/2025 – backlog of renewals cleared",
  "Mar-25: renewals backlog 412 (from 690 in Sep-24). Temporary staff in post to Dec-25. "
  "On track.")
r(1, "item", "flu_3", "FLU 15", "6041",
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to 'total expired' licensing records.",
  "Supt Firearms Licensing", "BLUE", "31/03/2016 – expired records reviewed (complete)",
  "Complete – all 'total expired' records reviewed and actioned.")
r(1, "item", "flu_4", "FLU 15", "6015",
  "Within 3 months, all CCs should ensure that their arrangements in respect of the use of "
  "temporary permits are in accordance with the HO guidance; that temporary permits are "
  "properly recorded without delay on NFLMS; and that effective systems exist to ensure "
  "certificate holders are not permitted, at any time, to remain in unlawful possession of a "
  "firearm.",
  "Supt Firearms Licensing", "BLUE", "31/01/2025 – NFLMS audit of temporary permits (complete)",
  "14/02/2025: Completed. Evidence submitted to HMICFRS for closure.")
r(1, "item", "p21_afi5", "PEEL 21/22", "PEEL21-AFI5",
  "The force should improve how it gathers, assesses and acts on intelligence about serious & "
  "organised crime.",
  "Head of Intelligence", "GREEN",
  "30/06/2025 – intelligence requirement refresh\n30/09/2025 – SOC local profiles published",
  "Jan-25: intelligence development team uplift complete; collection plan in draft.")
r(1, "item", "p21_afi8", "PEEL 21/22", "PEEL21-AFI8",
  "The force should make sure it has enough specialist capacity & capability to investigate "
  "online CSA.",
  "Ch Supt Public Protection", "BLUE", "31/03/2024 – POLIT uplift +4 DCs (complete)",
  "Complete – POLIT establishment increased. (Repeated as PEEL 23/25 AFI3 – see below.)")
r(1, "item", "p23_afi3", "PEEL 23/25", "PEEL23-AFI3",
  "The force should make sure it has enough specialist capacity & capability to investigate "
  "online CSA.",
  "Ch Supt Public Protection", "AMBER",
  "30/09/2025 – POLIT demand review\n31/03/2026 – digital triage kiosk roll-out",
  "Mar-25: referrals up 38% since uplift; capacity review commissioned.")
r(1, "item", "p23_afi6", "PEEL 23/25", "PEEL23-AFI6",
  "The force should make sure its analysis of county lines drug dealing informs its strategic "
  "assessment and control strategy.",
  "Head of Intelligence", "GREEN", "31/05/2025 – strategic assessment 2025/26",
  "Feb-25: county lines chapter drafted for the 2025/26 strategic assessment.")
r(1, "pointer", None, "PEEL 21/22", "PEEL21-AFI2", "See Priority 2 row 14",
  "Ch Supt Public Protection", "AMBER", "See Priority 2",
  "Tracked under Priority 2 (victim updates). DA lead also reports here for the Safeguarding "
  "Board.")
r(1, "force", None, "PCP 21-24", "",
  "Appoint a single point of contact for rural crime in each local policing area",
  "C/Supt Bell", "GREEN", "30/04/2025 – SPOCs named for all 3 LPAs",
  "Police and Crime Plan commitment. 2 of 3 SPOCs in post.")
r(1, "item", "p21_afi10", "PEEL 21/22", "PEEL21-AFI10",
  "The force should make sure officers & staff have the training they need to identify and "
  "respond to people with mental ill health.",
  "Head of Learning & Development", "BLUE", "31/10/2023 – Right Care Right Person training (complete)",
  "Complete – 96% of frontline officers trained.")

# ---------------- PRIORITY 2 – Supporting victims
r(2, "item", "da14", "DA 14", "",
  "By September 2014, every police force in England and Wales should establish and publish an "
  "action plan that specifies in detail what steps it will take to improve its approach to "
  "domestic abuse. This action plan should be developed: • in consultation with PCCs, DA "
  "support organisations and victims' representatives; ...",
  "Ch Supt Public Protection", "BLUE", "30/09/2014 – DA action plan published (complete)",
  "Complete. Closed.")
r(2, "item", "cdi_1", "CDI 20", "CDI20-R1",
  "Within six months the force should put in place arrangements to ensure that: at the point "
  "of report, victims are believed; conversations between call handlers & callers are "
  "summarised accurately in the incident log; multiple crimes are always recorded; the "
  "practice of awaiting results of medical examinations or video interviews before making "
  "crime-recording decisions is stopped; online reports are triaged at the point of receipt.",
  "Force Crime Registrar", "AMBER",
  "31/03/2025 – CDI audit (multiple crimes)\n30/06/2025 – online reporting triage live",
  "Mar-25: 4 of 5 elements complete; online triage dependent on Single Online Home upgrade.")
r(2, "item", "cdi_2", "CDI 20", "CDI20-R2",
  "Within six months, the force should revise its approach to cautions, cannabis warning & "
  "penalty notices for disorder to ensure that there is a clear & auditable explanation to the "
  "offender of the implications of receiving the warning and that, for victim-based crimes, "
  "there is a clear & auditable record that views of the victim are considered prior to their "
  "issue.",
  "Head of Criminal Justice", "AMBER",
  "30/04/2025 – OOCD scrutiny panel review\n31/07/2025 – revised OOCD policy",
  "Jan-25: policy rewrite in progress alongside the two-tier OOCD framework.")
r(2, "item", "cdi_3", "CDI 20", "CDI20-R3",
  "Immediately, the force should provide call-handlers with specific, sound & comprehensible "
  "criteria against which they can assess threat, harm and risk.",
  "Supt Contact Centre", "BLUE", "31/12/2020 – THRIVE+ criteria issued (complete)",
  "Complete. Closed by HMICFRS 2021.")
r(2, "item", "cdi_4", "CDI 20", "CDI20-AFI1",
  "The force should make sure it records reports of rape & serious sexual offences accurately "
  "and without delay.",
  "Force Crime Registrar", "AMBER", "30/06/2025 – RASSO recording audit",
  "Feb-25: compliance 91% in last audit (target 95%).")
r(2, "item", "p23_afi4", "PEEL 23/25", "PEEL23-AFI4",
  "The force should make sure victims of stalking & harassment are kept informed about the "
  "progress of their case, in line with the Victims' Code.",
  "Head of Criminal Justice", "GREEN", "30/09/2025 – VCOP compliance dip-sample",
  "Mar-25: stalking SPOCs trained on VCOP updates. On track.")
r(2, "item", "p21_afi11", "PEEL 21/22", "PEEL21-AFI11",
  "ASB – review how we respond so victims get a consistently good service (ASB case review "
  "process and victim call-backs)",
  "ACC Local Policing", "GREEN", "31/08/2025 – ASB victim survey\n31/12/2025 – evaluation",
  "Feb-25: ASB victim call-back pilot in Luton running.")
r(2, "item", "p21_afi6", "PEEL 21/22", "PEEL21-AFI6",
  "The force should make sure its performance framework gives senior leaders a clear picture of "
  "its response to VAWG.",
  "Head of Corporate Development", "RED",
  "31/12/2024 – VAWG dashboard (missed)\n30/06/2025 – revised date",
  "Mar-25: dashboard build delayed by data warehouse migration. Beyond milestone date.")
r(2, "force", None, "VAWG 21", "VAWG21-R2",
  "Improve how we work with partner organisations to safeguard people at risk from violence "
  "against women and girls",
  "Ch Supt Public Protection", "AMBER", "30/09/2025 – joint VAWG strategy with CSPs",
  "Jan-25: draft joint strategy with community safety partnerships.")
r(2, "force", None, "VAWG 21", "VAWG21-R4",
  "Make sure officers & staff have the training they need to identify and respond to violence "
  "against women and girls",
  "Head of Learning & Development", "BLUE", "31/03/2024 – VAWG e-learning (complete)",
  "Complete.")
r(2, "force", None, "PCP 21-24", "",
  "Agree an information-sharing protocol on domestic abuse with the local authorities",
  "Ch Supt Public Protection", "GREEN", "30/06/2025 – ISP signed",
  "PCC plan priority. Draft ISP with Luton BC legal.")
r(2, "item", "msht_3", "MSHT 17", "MSHT17-R3",
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.",
  "Head of Criminal Justice", "GREEN", "31/07/2025 – s45 guidance to investigators",
  "Feb-25: guidance agreed with CPS Thames & Chiltern.")
r(2, "item", "msht_4", "MSHT 17", "MSHT17-R4",
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
  "as it evolves and are implementing the duty to notify the HO of any individual suspected to "
  "be an adult victim of MSHT.",
  "Det Ch Supt Force CID", "BLUE", "31/01/2025 – duty to notify audit (complete)",
  "Pending sign off by the chief officer lead. Ready to submit.")
r(2, "item", "p21_afi2", "PEEL 21/22", "PEEL21-AFI2",
  "The force should make sure victims of domestic abuse are kept informed about the progress of "
  "their case, in line with the Code of Practice for Victims of Crime.",
  "Head of Criminal Justice", "AMBER",
  "30/04/2025 – VCOP compliance dip-sample\n30/09/2025 – Witness Care Unit restructure",
  "Mar-25: VCOP compliance for DA 78%. Also shown under Priority 1.")
r(2, "force", None, "PCP 21-24", "PCP-2.4",
  "Add violence against women and girls measures to the monthly Force Performance pack",
  "Head of Corporate Development", "BLUE", "31/10/2024 – measures added (complete)",
  "Complete.")

# ---------------- PRIORITY 3 – An effective workforce
r(3, "item", "p21_afi4", "PEEL 21/22", "PEEL21-AFI4",
  "The force should develop a future workforce plan aligned with its overall demand and budget. "
  "The plan should include future resource allocations, the mix of skills required & behaviours "
  "expected.",
  "Director of People", "BLUE", "31/12/2024 – Strategic Workforce Plan 2025-28 approved (complete)",
  "Jan-25: SWP approved at Chief Officer Group. Completed. Evidence submitted to HMICFRS for "
  "closure.")
r(3, "item", "p21_coc1", "PEEL 21/22", "PEEL21-CoC1",
  "Cause of concern – the size of the vetting backlog within Bedfordshire Police.",
  "Head of Professional Standards", "GREEN",
  "31/05/2025 – backlog below 100\n30/09/2025 – steady state",
  "Mar-25: backlog 164 (from 1,120). On track.")
r(3, "item", "p21_r1", "PEEL 21/22", "PEEL21-R1",
  "Within six months the force should ensure all staff have received at least the lowest level "
  "of vetting clearance for their roles as quickly as possible, working to clear both the "
  "vetting backlog and new vetting renewals when they become due ...",
  "Head of Professional Standards", "GREEN", "30/09/2025 – all renewals in date",
  "See CoC above – same plan.")
r(3, "force", None, "IA 23/24", "IA-07",
  "Internal audit of the vetting governance arrangements (audit plan 2023/24)",
  "Head of Professional Standards", "BLUE", "31/03/2024 – audit report (complete)",
  "Complete – reasonable assurance. 3 low-priority actions closed.")
r(3, "item", "p23_afi7", "PEEL 23/25", "PEEL23-AFI7",
  "The force should review how it gathers & uses equality and diversity data to improve its "
  "understanding of its workforce demographics.",
  "Director of People", "AMBER", "30/06/2025 – HR system self-declaration campaign",
  "Feb-25: declaration rate 61%.")
r(3, "item", "p23_afi8", "PEEL 23/25", "PEEL23-AFI8",
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.",
  "Head of Professional Standards", "BLUE", "31/01/2025 – Integrity line relaunched (complete)",
  "Complete – pending sign off by DCC.")
r(3, "item", "p23_r1", "PEEL 23/25", "PEEL23-R1",
  "Within three months, the force should conduct a review of officers' capabilities & capacity "
  "to manage their investigative workload, to better understand investigative demand and the "
  "pressures placed upon them.",
  "ACC Crime", "BLUE", "31/08/2024 – workload review to FET (complete)",
  "Complete. Evidence submitted 03/03/2025.")
r(3, "item", "pwr_1", "Powers 21", "",
  "By July 2022, forces should ensure that officers & staff have effective communication skills, "
  "in line with the National Policing Guidelines on Conflict Management.",
  "Head of Learning & Development", "BLUE", "31/07/2022 – PST module (complete)",
  "Complete. Closed.")
r(3, "item", "pwr_2", "Powers 21", "PWR21-R2",
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of CPD for officers & staff, and that supervisors are supported to routinely and "
  "frequently debrief officers on these skills using BWV footage.",
  "Head of Learning & Development", "BLUE", "31/12/2024 – supervisor debrief guide (complete)",
  "Completed Dec-24. Evidence submitted to HMICFRS for closure.")
r(3, "item", "leg_4", "PEEL Legit 17", "",
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use "
  "S&S powers have been provided with, and understand, training on unconscious bias and CoP APP "
  "on S&S.",
  "Head of Learning & Development", "BLUE", "31/07/2018 – training (complete)",
  "Complete – refresher now in annual PST.")
r(3, "item", "integ", "Integrity 15", "",
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
  "place to ensure that investigations into misconduct by officers & staff resulting in \"no "
  "further action\" are fair and free of any form of discrimination.",
  "Head of Professional Standards", "GREEN", "30/06/2025 – disproportionality review of NFA outcomes",
  "Feb-25: NFA outcomes now reviewed by the Misconduct Disproportionality Panel.")

# ---------------- PRIORITY 4 – Fair and trusted policing
r(4, "item", "ss13_1", "S&S 13", "SS13-R1",
  "Chief Constables and the College of Policing should establish in the S&S APP document a clear "
  "specification of what constitutes the effective and fair exercise of S&S powers ...",
  "ACC Local Policing", "BLUE", "2014 – APP published (complete)", "Complete.")
r(4, "item", "ss13_2", "S&S 13", "SS13-R2",
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law "
  "(including equality legislation and the Code of Practice), and that the power is used "
  "effectively to prevent crime, catch criminals and maintain public trust.",
  "ACC Local Policing", "BLUE", "31/12/2024 – S&S monitoring dashboard (complete)",
  "Dec-24: dashboard live; reviewed monthly at Fairness & Trust Board. Ready to move to closure.")
r(4, "item", "ss13_3", "S&S 13", "SS13-R3",
  "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by "
  "explaining to the public the way S&S powers are used in their areas & by making arrangements "
  "for S&S records to be scrutinised by community representatives.",
  "ACC Local Policing", "AMBER", "30/06/2025 – youth scrutiny panel",
  "Jan-25: external scrutiny panel meets quarterly; youth panel not yet established.")
r(4, "item", "ss15_1", "S&S 15", "SS15-R1",
  "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by "
  "explaining to the public the way S&S powers are used in their areas & by making arrangements "
  "for S&S records to be scrutinised by community representatives.",
  "ACC Local Policing", "GREEN", "30/06/2025 – youth scrutiny panel",
  "As SS13-R3. Youth panel recruitment with the OPCC.")
r(4, "item", "leg_coc", "PEEL Legit 17", "Legit17-CoC",
  "CoC – HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers "
  "is consistently reasonable and fair (over-representation of BAME people in S&S data).",
  "ACC Local Policing", "BLUE", "2019 (complete)", "Complete. Closed by HMICFRS.")
r(4, "item", "leg_1", "PEEL Legit 17", "Legit17-R1",
  "By July 2018, all police forces should be regularly and frequently monitoring a comprehensive "
  "set of data and information on use of S&S powers to understand: the reasons for any "
  "disproportionate representation of different ethnic groups ...",
  "ACC Local Policing", "GREEN", "30/09/2025 – find-rate analysis by search type",
  "Feb-25: possession-only drug search analysis added to the quarterly report.")
r(4, "item", "leg_2", "PEEL Legit 17", "Legit17-R2",
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have: carried out research & analysis to understand the reasons for the disparity, "
  "and taken action to reduce the disparity, where necessary;",
  "ACC Local Policing", "BLUE", "31/03/2020 – disparity report published (complete)",
  "Complete.")
for txt, ms in [
    ("BWV – ensure that officers record on body-worn video (when this is available) the entirety "
     "of all S&S encounters, including traffic stops and use of force incidents.",
     "30/09/2021 – BWV policy updated (complete)"),
    ("BWV – have a structured process for regularly reviewing and monitoring internally a "
     "sufficient sample of BWV footage to identify and disseminate learning and hold officers to "
     "account ...",
     "31/03/2024 – monthly supervisor BWV review (complete)"),
    ("BWV – provide external scrutiny panel members with access to samples of BWV footage showing "
     "S&S encounters and use of force incidents.",
     "31/10/2024 – panel access to footage (complete)"),
]:
    r(4, "item", "pwr_3", "Powers 21", "PWR21-R3", txt, "ACC Local Policing", "BLUE", ms,
      "Complete. Evidence submitted to HMICFRS for closure 20/01/2025.")
r(4, "item", "pwr_5", "Powers 21", "PWR21-R5",
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.",
  "ACC Local Policing", "GREEN", "30/06/2025 – use of force data in Fairness & Trust Board pack",
  "Jan-25: use of force form compliance 88%.")
r(4, "item", "p21_afi12", "PEEL 21/22", "PEEL21-AFI12",
  "Improve arrangements to consult with the public about business planning and feed back on "
  "changes made as a result (\"You said, we did\")",
  "Head of Corporate Development", "GREEN", "31/05/2025 – You said, we did web page",
  "Feb-25: PCC budget consultation complete; feedback page being built.")
r(4, "force", None, "BtP 15", "",
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of "
  "compliance with the APP on information management through the force information management "
  "governance structure.",
  "Head of Information Management", "AMBER", "30/09/2025 – IM audit schedule",
  "Jan-25: Information Assurance Board to take audit results quarterly.")

# ---------------- PRIORITY 5 – Efficient and effective services
r(5, "item", "p21_afi1", "PEEL 21/22", "PEEL21-AFI1",
  "The force should ensure that it has sufficient resources available in the control room to "
  "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
  "wellbeing of its workforce.",
  "Supt Contact Centre", "AMBER", "30/06/2025 – control room establishment review",
  "Mar-25: 101 abandonment 21%. Recruitment course Apr-25.")
r(5, "item", "p23_afi1", "PEEL 23/25", "PEEL23-AFI1",
  "The force should ensure that it has sufficient resources available in the control room to "
  "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
  "wellbeing of its workforce.",
  "Supt Contact Centre", "GREEN",
  "30/06/2025 – control room establishment review\n31/12/2025 – new shift pattern",
  "Mar-25: 2 recruitment courses booked for 2025. On track.")
r(5, "item", "p23_afi2", "PEEL 23/25", "PEEL23-AFI2",
  "The force should improve the supervision of investigations, so that investigation plans are "
  "set, reviewed and recorded and victims receive a consistently good service.",
  "ACC Crime", "AMBER", "30/09/2025 – investigation standards audit",
  "Feb-25: supervisory review compliance 67%.")
r(5, "item", "p23_coc1", "PEEL 23/25", "PEEL23-CoC1",
  "Cause of concern: the force does not have the capacity or capability to investigate crime "
  "effectively and this is affecting the service being provided to the public.",
  "ACC Crime", "RED", "31/03/2025 – Investigation Improvement Plan (missed)\n30/09/2025 – revised",
  "Mar-25: HMICFRS Engage phase. Improvement plan milestones slipped.")
r(5, "item", "p23_r2", "PEEL 23/25", "PEEL23-R2",
  "Within six months the force should ensure regular & active supervision of the quality and "
  "progress of investigations. This supervison should be properly recorded.",
  "ACC Crime", "AMBER", "30/06/2025 – NICHE supervisory review template",
  "Feb-25: template built, roll-out pending.")
r(5, "item", "p21_afi7", "PEEL 21/22", "12403",
  "The force should improve its understanding of suspects RUI and the management of those "
  "released on bail.",
  "Head of Criminal Justice", "BLUE", "31/10/2024 – bail & RUI management unit (complete)",
  "Complete. Evidence submitted to HMICFRS for closure 07/11/2024.")
r(5, "item", "core_2", "Core Bus 14", "",
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried "
  "out is systematically recorded and subsequently evaluated ...",
  "ACC Local Policing", "AMBER", "31/12/2025 – problem-solving database",
  "Jan-25: POP database procured; evaluation module not yet live.")
r(5, "force", None, "Austerity 14", "",
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
  "doing all they can to continue to reduce crime and protect the front line while balancing "
  "their budgets.",
  "Director of Finance", "BLUE", "31/03/2015 – MTFS review (complete)",
  "Complete. Retained for reference.")
r(5, "force", None, "PCP 21-24", "PCP-5.2",
  "Review the serious and organised crime demand profile as part of the force management "
  "statement",
  "Head of Corporate Development", "GREEN", "31/05/2025 – FMS 2025",
  "Police and Crime Plan action.")

assert T[2][13][1] == "p21_afi2" and T[1][-3][4] == "See Priority 2 row 14"

# ----------------------------------------------------------------------------------------
# Truth: manual decisions layered on the status rules
# ----------------------------------------------------------------------------------------
CONFLICT = {
    "cdi_2": "timescale differs: HMICFRS text says 'Within three months' (ref 10951), tracker "
             "row says 'Within six months'",
    "flu_3": "reference differs: tracker quotes register number 6041, the list holds this text "
             "('total expired' licensing records, Targeting the risk 2015) as 6014; no 6041 on "
             "the list",
}
FORCE_DONE = {"BLUE"}
FORCE_OPEN = {"RED", "AMBER", "GREEN"}


def category(hkey, rags):
    status = H[hkey][3]
    if hkey in CONFLICT:
        return "conflict"
    done = all(x in FORCE_DONE for x in rags)
    hopen = status in OPEN_H
    if hopen and done:
        return "closeable_submit"
    if not hopen and not done:
        return "closeable_local"
    return "in_sync"


# ----------------------------------------------------------------------------------------
# Write hmicfrs.csv (register export, sorted by reference)
# ----------------------------------------------------------------------------------------
href_order = sorted(H, key=lambda k: int(H[k][0]))
hrow = {}
with open(OUT / "hmicfrs.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Reference", "Report title", "Publication date", "Type", "Status", "Text"])
    for i, k in enumerate(href_order, start=2):
        ref, rep, typ, status, text = H[k]
        title, date = REPORTS[rep]
        w.writerow([ref, title, date, typ, status, text])
        hrow[k] = f"hmicfrs.csv!{i}"

# ----------------------------------------------------------------------------------------
# Write tracker.xlsx
# ----------------------------------------------------------------------------------------
SHEET = "Tracker"
wb = Workbook()
ws = wb.active
ws.title = SHEET
HEAD = ["Item", "Source", "Source ref", "Recommendation / AFI", "Lead", "Milestones", "RAG",
        "Comments"]
thin = Side(style="thin", color="999999")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
RAG_FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0"}
wrap = Alignment(wrap_text=True, vertical="top")

ws["A1"] = "Bedfordshire Police – HMICFRS Recommendations and AFIs: progress by Police and Crime Plan priority"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:H1")
ws["A2"] = ("Owner: Strategic Development – Inspection & Organisational Learning.  Last updated "
            "14/03/2025.  For: Joint Audit Committee 27/03/2025.  RAG key on the 'Key' tab.")
ws["A2"].font = Font(italic=True)
ws.merge_cells("A2:H2")
row = 4
for c, name in enumerate(HEAD, start=1):
    cell = ws.cell(row=row, column=c, value=name)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.border = border
    cell.alignment = Alignment(wrap_text=True, vertical="center")
ws.freeze_panes = "A5"

frows: dict[str, list[tuple[str, str]]] = {}  # hkey -> [(provenance, rag)]
force_only: list[tuple[str, tuple]] = []
pointer_rows: list[str] = []
row = 5
for ti, (theme, colour) in enumerate(THEMES, start=1):
    if ti > 1:
        row += 1  # blank spacer row between themes
    ws.cell(row=row, column=1, value=theme)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    ws.cell(row=row, column=1).font = Font(bold=True, size=12)
    for c in range(1, 9):
        ws.cell(row=row, column=c).fill = PatternFill("solid", fgColor=colour)
    row += 1
    for n, rec in enumerate(T[ti], start=1):
        kind, hkey, source, sref, text, lead, rag, ms, com, _ = rec
        vals = [n, source, sref or None, text, lead, ms, rag, com]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = wrap
            cell.border = border
        if sref and sref.isdigit():
            ws.cell(row=row, column=3).value = sref  # keep as text, as typed with a leading '
        rc = ws.cell(row=row, column=7)
        rc.fill = PatternFill("solid", fgColor=RAG_FILL[rag])
        rc.font = Font(bold=True, color="FFFFFF" if rag in ("RED", "BLUE", "GREEN") else "000000")
        prov = f"{SHEET}!{row}"
        if kind == "item":
            frows.setdefault(hkey, []).append((prov, rag))
        elif kind == "force":
            force_only.append((prov, rec))
        else:
            pointer_rows.append(prov)
        row += 1
# notes below the table (not items)
row += 1
ws.cell(row=row, column=1, value="Notes: Source ref is our own reference (report code + "
        "AFI/R number as numbered in the report); where the HMICFRS portal number is known it is "
        "shown instead. Items tracked under two priorities are shown in full once and "
        "cross-referenced.")
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
ws.cell(row=row, column=1).font = Font(italic=True)
row += 1
ws.cell(row=row, column=1, value="BLUE = complete (evidence held / submitted to HMICFRS). "
        "GREEN = on track. AMBER = at risk. RED = off track.")
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
ws.cell(row=row, column=1).font = Font(italic=True)

for col, width in zip("ABCDEFGH", (6, 13, 14, 70, 24, 34, 9, 48)):
    ws.column_dimensions[col].width = width

# Key sheet
ks = wb.create_sheet("Key")
ks["A1"] = "RAG key"
ks["A1"].font = Font(bold=True, size=12)
key_rows = [
    ("BLUE", "Complete – action implemented, evidence held; submitted or ready to submit to "
             "HMICFRS for closure"),
    ("GREEN", "On track – work in progress and expected to be delivered by the milestone date"),
    ("AMBER", "At risk – some slippage; milestone may be missed without intervention"),
    ("RED", "Off track – beyond milestone date or cannot / will not be delivered (rationale "
            "required)"),
]
ks["A2"], ks["B2"] = "RAG", "Meaning"
ks["A2"].font = ks["B2"].font = Font(bold=True)
for i, (k, v) in enumerate(key_rows, start=3):
    ks.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
    ks.cell(row=i, column=2, value=v)
ks["A9"] = "Source codes"
ks["A9"].font = Font(bold=True, size=12)
ks["A10"], ks["B10"] = "Code", "Report"
ks["A10"].font = ks["B10"].font = Font(bold=True)
codes = [
    ("S&S 13", "HMIC Stop and search powers (July 2013)"),
    ("DA 14", "HMIC Everyone's business – domestic abuse (March 2014)"),
    ("Austerity 14", "HMIC Policing in austerity (July 2014)"),
    ("Core Bus 14", "HMIC Core Business (September 2014)"),
    ("Integrity 15", "HMIC Integrity matters (January 2015)"),
    ("S&S 15", "HMIC Stop and search powers 2 (March 2015)"),
    ("BtP 15", "HMIC Building the picture – information management (July 2015)"),
    ("FLU 15", "HMIC Targeting the risk – firearms licensing (September 2015)"),
    ("MSHT 17", "HMICFRS Stolen freedom – modern slavery (October 2017)"),
    ("NCPI 17", "HMICFRS National child protection inspection – Bedfordshire (November 2017)"),
    ("PEEL Legit 17", "PEEL legitimacy 2017 national – stop and search (December 2017)"),
    ("CDI 20", "HMICFRS Crime data integrity inspection 2020"),
    ("Powers 21", "HMICFRS Disproportionate use of police powers (February 2021)"),
    ("VAWG 21", "HMICFRS Police response to violence against women and girls (September 2021)"),
    ("PEEL 21/22", "PEEL 2021/22 inspection of Bedfordshire Police"),
    ("PEEL 23/25", "PEEL 2023–25 inspection of Bedfordshire Police"),
    ("PCP 21-24", "Police and Crime Plan 2021–24 commitment (not HMICFRS)"),
    ("IA 23/24", "Internal audit plan 2023/24 action (not HMICFRS)"),
]
for i, (k, v) in enumerate(codes, start=11):
    ks.cell(row=i, column=1, value=k)
    ks.cell(row=i, column=2, value=v)
ks.column_dimensions["A"].width = 16
ks.column_dimensions["B"].width = 90
wb.save(OUT / "tracker.xlsx")

# ----------------------------------------------------------------------------------------
# truth.csv
# ----------------------------------------------------------------------------------------
WHY = {
    "closeable_submit": "HMICFRS {st}; tracker {rag} (BLUE = complete per the Key tab)",
    "closeable_local": "HMICFRS {st}; tracker still {rag} (open: GREEN = on track, not done)",
    "in_sync": "HMICFRS {st}; tracker {rag}",
}
EXTRA = {
    "ncpi": "; split into 5 rows, one per bullet (ref 8548 on each); 4 BLUE + 1 GREEN so the "
            "item is still open",
    "pwr_3": "; split into 3 rows, one per part; all BLUE so the item is done",
    "p21_afi1": "; same wording as PEEL 23/25 AFI (14880); Source 'PEEL 21/22' picks this one",
    "p23_afi1": "; same wording as PEEL 2021/22 AFI (12395); Source 'PEEL 23/25' picks this one",
    "p21_afi8": "; same wording as PEEL 23/25 AFI (14882); tracker text identical on both rows, "
                "Source year tells them apart",
    "p23_afi3": "; same wording as PEEL 2021/22 AFI (12404); Source 'PEEL 23/25' picks this one",
    "p23_afi2": "; identical text to PEEL 2021/22 AFI 12397 (which the force lost); Source "
                "'PEEL 23/25' picks this one",
    "ss13_3": "; near-identical to S&S 15 item 5190 (tracker text identical); Source 'S&S 13'",
    "ss15_1": "; near-identical to S&S 13 item 1513 (tracker text identical); Source 'S&S 15'",
    "p21_afi2": "; also a pointer row under Priority 1 ('See Priority 2 row 14', no truth line)",
    "p21_afi7": "; tracker Source ref is the register number 12403",
    "flu_2": "; tracker Source ref is the register number 6013",
    "flu_4": "; tracker Source ref is the register number 6015",
    "p21_afi12": "; tracker paraphrases the text",
    "p21_afi11": "; tracker paraphrases the text",
    "p23_afi4": "; near miss with PEEL 2021/22 DA 'kept informed' AFI (12396) – different topic",
}
lines = []
tally: dict[str, int] = {}
for k in href_order:
    ref, rep, typ, status, text = H[k]
    if k not in frows:
        cat = "missing_from_force"
        why = f"on the list ({REPORTS[rep][0][:40]}..., {status}); no tracker row"
        lines.append((hrow[k], "", cat, why))
        tally[cat] = tally.get(cat, 0) + 1
        continue
    rags = [rg for _, rg in frows[k]]
    cat = category(k, rags)
    if cat == "conflict":
        why = CONFLICT[k]
    else:
        ragtxt = "/".join(sorted(set(rags))) if len(rags) > 1 else rags[0]
        why = WHY[cat].format(st=status, rag=ragtxt) + EXTRA.get(k, "")
    for prov, _ in frows[k]:
        lines.append((hrow[k], prov, cat, why))
        tally[cat] = tally.get(cat, 0) + 1
for prov, rec in force_only:
    cat = "not_on_hmicfrs_list"
    src = rec[2]
    why = {"PCP 21-24": "Police and Crime Plan commitment, not an HMICFRS item",
           "IA 23/24": "internal audit action, not an HMICFRS item",
           "VAWG 21": "VAWG 2021 national report item; nothing like it on the force's list",
           "Austerity 14": "Policing in austerity 2014 item; not on the list (HMICFRS no longer "
                           "holds it)",
           "BtP 15": "Building the picture 2015 item; not on the list"}[src]
    lines.append(("", prov, cat, why))
    tally[cat] = tally.get(cat, 0) + 1


def _rowkey(p):
    return int(p.split("!")[1]) if p else 10 ** 6


lines.sort(key=lambda x: (_rowkey(x[0]), _rowkey(x[1])))
with open(OUT / "truth.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

print("HMICFRS items:", len(H))
print("tracker item rows:", sum(len(v) for v in frows.values()) + len(force_only),
      "(+", len(pointer_rows), "pointer row)", "pointer at", pointer_rows)
print("truth lines:", len(lines), tally)
