"""Build the evaluation case `governance_action_log` (round 24).

The force side is a governance board ACTION LOG (Strategic Governance Board / Force Assurance
Board) of Lincolnshire Police and its OPCC, not a dedicated HMICFRS tracker: HMICFRS items are
mixed with finance, estates, ICT and other board actions, the report named only inside the
action text. The HMICFRS side is a plain register export.

Run:  /work/main/.venv/bin/python build_governance_action_log.py
Rebuilds governance_action_log/ byte for byte (fixed seed, fixed zip and document timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 20240209
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "governance_action_log"

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (real public texts only)
    BWV_2021,
    DIGITAL,
    MSHT_INTEL,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

D = dt.date
FORCE = "Lincolnshire Police"

# --------------------------------------------------------------------------------------------
# HMICFRS register (the definitive list export)
# --------------------------------------------------------------------------------------------
REC, AFI, NAT = "Recommendation", "Area for improvement", "National recommendation"
BP, AR, COMP, SUP, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                          "No further action required")
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW_R = "New recommendation"
C_NEW_A = "New area for improvement"
C_COMP = "This recommendation is complete"
C_AUTH = "Authorised for closure on the basis of evidence provided by the force."
C_SUP17 = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_SUP23 = ("This area of activity has subsequently been inspected in HMICFRS's PEEL 2023–25 "
           "inspection. Where it remains an area for improvement it appears in the register "
           "against that inspection.")
C_NFA = ("Reviewed during PEEL 2023–25 fieldwork. No further action required by HMICFRS.")


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


R_PICTURE = ("Building the picture: an inspection of police information management", D(2015, 7, 1))
R_FIREARMS = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
              "licensing in police forces in England and Wales", D(2015, 9, 15))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking",
            D(2017, 10, 24))
R_EFF17 = ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", D(2021, 2, 26))
R_CDI = ("Crime Data Integrity inspection 2021 – Lincolnshire Police", D(2021, 8, 19))
R_PEEL21 = ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection of "
            "Lincolnshire Police", D(2022, 5, 13))
R_CUST = ("Report on an unannounced inspection visit to police custody suites in Lincolnshire",
          D(2022, 9, 27))
R_PEEL23 = ("PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: An inspection of "
            "Lincolnshire Police", D(2023, 11, 17))

CDI_REC = (
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
CUST_CHILDREN = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)


def afi(body: str) -> str:
    return f"The force should {body}."


# key, id, report, type, text, status, status date, comment
H = [
    ("pic1", 5127, R_PICTURE, NAT, nat("picture", 0), NFA, D(2021, 7, 14), C_AUTH),
    ("fa1", 5388, R_FIREARMS, NAT, nat("firearms", 0), BP, D(2021, 5, 4), C_MON),
    ("fa4", 5391, R_FIREARMS, NAT, nat("firearms", 3), NFA, D(2022, 1, 20), C_AUTH),
    ("sf1", 8402, R_STOLEN, NAT, SF_LEADERSHIP, BP, D(2021, 5, 4), C_MON),
    ("sf2", 8403, R_STOLEN, NAT, MSHT_INTEL, BP, D(2021, 5, 4), C_MON),
    ("sf3", 8404, R_STOLEN, NAT, nat("stolen", 2), COMP, D(2021, 12, 8), C_COMP),
    ("sf4", 8405, R_STOLEN, NAT, nat("stolen", 3), COMP, D(2022, 9, 12), C_AUTH),
    ("sf5", 8406, R_STOLEN, NAT, nat("stolen", 4), BP, D(2021, 5, 4), C_MON),
    ("sf6", 8407, R_STOLEN, NAT, nat("stolen", 5), BP, D(2021, 5, 4), C_MON),
    ("sf7", 8408, R_STOLEN, NAT, nat("stolen", 6), AR, D(2023, 6, 1),
     "The status of this recommendation is currently being reviewed by HMICFRS and will be "
     "updated when this review is complete."),
    ("dig", 8533, R_EFF17, NAT, DIGITAL, BP, D(2019, 2, 11), C_MON),
    ("lg1", 8542, R_LEG17, NAT, SAS_MONITORING_2017, COMP, D(2022, 3, 8), C_COMP),
    ("lg2", 8543, R_LEG17, NAT, nat("leg17", 2), BP, D(2021, 5, 4), C_MON),
    ("lg3", 8544, R_LEG17, NAT, nat("leg17", 3), BP, D(2021, 5, 4), C_MON),
    ("lg4", 8545, R_LEG17, NAT, nat("leg17", 4), SUP, D(2022, 6, 10), C_SUP17),
    ("pw1", 10211, R_POWERS, NAT, nat("powers", 0), BP, D(2022, 8, 1), C_MON),
    ("pw2", 10212, R_POWERS, NAT, nat("powers", 1), BP, D(2021, 8, 2), C_MON),
    ("pw3", 10213, R_POWERS, NAT, BWV_2021, BP, D(2021, 10, 1), C_MON),
    ("pw5", 10215, R_POWERS, NAT, nat("powers", 4), COMP, D(2023, 2, 14), C_AUTH),
    ("cdi1", 10640, R_CDI, REC, CDI_REC, BP, D(2022, 2, 21), C_MON),
    ("cdi2", 10641, R_CDI, AFI, afi("take steps to ensure it fully complies with national crime "
                                    "recording standard (NCRS) requirements for offences "
                                    "identified as modern slavery and human trafficking"),
     COMP, D(2022, 11, 30), C_COMP),
    ("cdi3", 10642, R_CDI, REC, "Within three months, the force should make sure it records "
     "reports of rape and serious sexual offences accurately and without delay.", BP,
     D(2021, 11, 19), C_MON),
    ("p1", 12840, R_PEEL21, AFI, afi("make sure victims of stalking and harassment are kept "
                                     "informed about the progress of their case, in line with "
                                     "the Code of Practice for Victims of Crime"), BP,
     D(2022, 5, 13), C_NEW_A),
    ("p2", 12841, R_PEEL21, AFI, afi("improve the timeliness of its response to calls for "
                                     "service involving domestic abuse"), BP, D(2022, 5, 13),
     C_NEW_A),
    ("p3", 12842, R_PEEL21, AFI, afi("improve the supervision of investigations, so that "
                                     "investigation plans are set, reviewed and recorded and "
                                     "victims receive a consistently good service"), COMP,
     D(2023, 5, 16), C_AUTH),
    ("p4", 12843, R_PEEL21, AFI, afi("improve its understanding of suspects released under "
                                     "investigation and the management of those released on "
                                     "bail"), COMP, D(2023, 5, 16), C_AUTH),
    ("p5", 12844, R_PEEL21, AFI, afi("make sure it records reports of anti-social behaviour "
                                     "accurately and without delay"), BP, D(2022, 5, 13), C_NEW_A),
    ("p7", 12845, R_PEEL21, AFI, afi("make sure it has enough specialist capacity and capability "
                                     "to investigate online child sexual abuse"), BP,
     D(2022, 5, 13), C_NEW_A),
    ("p6", 12846, R_PEEL21, AFI, afi("improve how it gathers, assesses and acts on intelligence "
                                     "about county lines drug dealing"), BP, D(2022, 5, 13),
     C_NEW_A),
    ("p8", 12847, R_PEEL21, AFI, afi("put plans in place to monitor, including through the "
                                     "gathering and analysis of staff feedback, team cultures "
                                     "and provide prompt remedial action for any issues it "
                                     "identifies"), COMP, D(2023, 9, 4), C_AUTH),
    ("p10", 12848, R_PEEL21, AFI, afi("develop a future workforce plan that is aligned with its "
                                      "overall demand and budget. The plan should include future "
                                      "resource allocations, the mix of skills required by the "
                                      "workforce and behaviours expected of them"), COMP,
     D(2023, 9, 4), C_COMP),
    ("p11", 12849, R_PEEL21, AFI, afi("improve the way it manages the risk posed by offenders "
                                      "involved in serious and organised crime"), NFA,
     D(2023, 11, 17), C_NFA),
    ("p12", 12850, R_PEEL21, AFI, afi("make sure its performance framework gives senior leaders "
                                      "a clear picture of its response to violence against women "
                                      "and girls"), SUP, D(2023, 11, 17), C_SUP23),
    ("p13", 12851, R_PEEL21, AFI, afi("improve its ability to retrieve digital evidence from "
                                      "mobile phones, computers and other electronic devices "
                                      "quickly enough to ensure investigations are not delayed"),
     BP, D(2022, 5, 13), C_NEW_A),
    ("p14", 12852, R_PEEL21, AFI, afi("improve its understanding of the nature and scale of fraud "
                                      "in its area"), BP, D(2022, 5, 13), C_NEW_A),
    ("p15", 12853, R_PEEL21, AFI, afi("provide call-handlers with specific, sound and "
                                      "comprehensible criteria against which they can assess "
                                      "threat, harm and risk"), BP, D(2022, 5, 13), C_NEW_A),
    ("p9", 12854, R_PEEL21, AFI, afi("review how it gathers and uses equality and diversity data "
                                     "to improve its understanding of its workforce "
                                     "demographics"), BP, D(2022, 5, 13), C_NEW_A),
    ("p16", 12855, R_PEEL21, AFI, afi("make sure officers and staff have the training they need "
                                      "to identify and respond to honour-based abuse"), BP,
     D(2022, 5, 13), C_NEW_A),
    ("p17", 12856, R_PEEL21, AFI, afi("make sure it consistently uses ancillary orders and other "
                                      "powers to protect victims of domestic abuse"), COMP,
     D(2023, 5, 16), C_AUTH),
    ("p18", 12857, R_PEEL21, AFI, afi("make sure there are appropriate strategic oversight "
                                      "arrangements in place to manage risks, performance and "
                                      "improvement plans effectively"), BP, D(2022, 5, 13),
     C_NEW_A),
    ("cu1", 13210, R_CUST, REC, CUST_CHILDREN, BP, D(2023, 4, 3), C_MON),
    ("cu2", 13211, R_CUST, AFI, afi("ensure it has effective internal monitoring processes on "
                                    "the use of force, to help it to identify and understand "
                                    "disproportionate use, explain the reasons and implement any "
                                    "necessary improvement action"), BP, D(2022, 9, 27), C_NEW_A),
    ("cu3", 13212, R_CUST, AFI, afi("make sure it has access to accurate data and analysis to "
                                    "support effective performance management"), BP,
     D(2022, 9, 27), C_NEW_A),
    ("n1", 15102, R_PEEL23, AFI, afi("ensure all staff have received at least the lowest level of "
                                     "vetting clearance for their roles as quickly as possible, "
                                     "working to clear both the vetting backlog and new vetting "
                                     "renewals when they become due so that it complies fully "
                                     "with the national vetting guidelines"), AR, D(2023, 11, 17),
     C_NEW_A),
    ("n2", 15103, R_PEEL23, AFI, afi("make sure victims of domestic abuse are kept informed about "
                                     "the progress of their case, in line with the Code of "
                                     "Practice for Victims of Crime"), AR, D(2023, 11, 17), C_NEW_A),
    ("n3", 15104, R_PEEL23, AFI, afi("improve how it works with partner organisations to "
                                     "safeguard people at risk from child sexual exploitation"),
     AR, D(2023, 11, 17), C_NEW_A),
    ("n4", 15105, R_PEEL23, AFI, afi("make sure its analysis of serious and organised crime "
                                     "informs its strategic assessment and control strategy"), AR,
     D(2023, 11, 17), C_NEW_A),
    ("n5", 15106, R_PEEL23, AFI, afi("evaluate its work to prevent knife crime and share what "
                                     "works across the force"), AR, D(2023, 11, 17), C_NEW_A),
    ("n6", 15107, R_PEEL23, AFI, afi("make sure it provides accessible information for all staff "
                                     "and members of the public on how they can raise concerns "
                                     "and access confidential support (including through "
                                     "external agencies)"), AR, D(2023, 11, 17), C_NEW_A),
    ("n7", 15108, R_PEEL23, AFI, afi("make sure its performance framework gives senior leaders a "
                                     "clear picture of its response to violence against women "
                                     "and girls"), AR, D(2023, 11, 17), C_NEW_A),
    ("n8", 15109, R_PEEL23, REC, "Within six months, the force should make sure investigations "
     "of rape and serious sexual offences are allocated to officers with the right skills and "
     "are effectively supervised.", AR, D(2023, 11, 17), C_NEW_R),
    ("n9", 15110, R_PEEL23, AFI, afi("review the support available for those who have raised "
                                     "concerns and take any action needed to make sure these "
                                     "provisions are suitable"), BP, D(2024, 1, 22), C_MON),
    ("n10", 15111, R_PEEL23, AFI, afi("make sure it records reports of hate crime accurately and "
                                      "without delay"), AR, D(2023, 11, 17), C_NEW_A),
]
HKEYS = [h[0] for h in H]
assert len(set(HKEYS)) == len(HKEYS)
assert len({h[1] for h in H}) == len(H)
HMAP = {h[0]: h for h in H}

# --------------------------------------------------------------------------------------------
# Force side: the board action log
# --------------------------------------------------------------------------------------------
SGB, FAB = "Strategic Governance Board", "Force Assurance Board"
LEG = "SGB (transfer from OL tracker)"
OPEN, CF, PFC, CLOSED = "Open", "Carried forward", "Proposed for closure", "Closed"

# Each force row: dict(h=HMICFRS key or None, cat=intended category or "EXCLUDE",
# raised, meeting, action, owner, due, update, status, closed (date closed, Closed tab),
# split=suffix letter for split rows sharing one action number, tag=name for cross refs)
F: list[dict] = []


def row(h, cat, raised, meeting, action, owner, due, update, status, closed=None, split=None,
        tag=None, why=""):
    F.append(dict(h=h, cat=cat, raised=raised, meeting=meeting, action=action, owner=owner,
                  due=due, update=update, status=status, closed=closed, split=split, tag=tag,
                  why=why))


# ---- legacy HMIC/HMICFRS items transferred from the old Organisational Learning tracker ----
T0 = D(2021, 9, 14)
row("pic1", "in_sync", T0, LEG,
    "Legacy HMIC rec (Building the Picture, 2015) transferred from the OL tracker: By 30 Nov "
    "2015, CCs should put in place arrangements to scrutinise audits of compliance with the APP "
    "on information management through the force information management governance structure, "
    "incl. measures to ensure that categorisation of records is regularly adjusted.",
    "Head of Information Management", "Next meeting",
    "Information Management Board now receives the quarterly MoPI audit results. Closed at SGB "
    "18/01/22.", CLOSED, closed=D(2022, 1, 18))
row("fa4", "closeable_local", T0, LEG,
    "Legacy HMIC rec – Targeting the Risk (firearms licensing, 2015): within 3 months, make sure "
    "arrangements for "
    "temporary permits are in line with HO guidance, permits are recorded without delay on "
    "NFLMS, and certificate holders are never left in unlawful possession of a firearm.",
    "Supt Firearms Licensing", "Mar-24",
    "06/02/24 – new NFLMS workflow live; awaiting dip sample of Q3 permits before proposing "
    "closure.\n05/12/23 – carried forward.\n12/09/23 – process map agreed with FLU.", CF)
row("sf1", "conflict", T0, LEG,
    "Legacy HMICFRS rec (Stolen Freedom, Oct 2017) carried over from OL tracker:\n"
    "Within twelve months, forces should review their leadership and governance arrangements for "
    "MSHT, to ensure that:\n"
    "• senior leaders prioritise the response to MSHT;\n"
    "• every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively; and\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims.",
    "ACC Crime", "Q4 23/24",
    "06/02/24 – MSHT governance now through the Exploitation Board (chair D/Supt PVP). "
    "Partnership protocol with the county council signed 11/23.", OPEN)
row("sf2", "conflict", T0, LEG,
    "Stolen Freedom (MSHT) 2017 – Within 12 months, forces should have in place active ISAs with "
    "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
    "victims better and to identify suspects as early as possible",
    "Head of Intelligence", "TBC",
    "09/01/24 – ISA with Border Force agreed; GLAA and local authority ISAs still in draft.", OPEN)
row("sf3", "in_sync", T0, LEG,
    "HMICFRS Stolen Freedom rec: Immediately, forces should ensure that all victims carrying out "
    "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
    "protection of early and continuing consideration of the applicability of the section 45 "
    "defence.",
    "Head of Criminal Justice", D(2021, 11, 16),
    "s45 defence guidance issued to custody and CJ staff; CPS liaison agreed. Closed.", CLOSED,
    closed=D(2021, 11, 16))
row("sf4", "closeable_local", T0, LEG,
    "Stolen Freedom (HMICFRS 2017): immediately take steps to be fully compliant with the NRM "
    "process as it evolves and implement the MS Act 2015 requirement to notify the HO of any "
    "individual suspected to be an adult victim of MSHT (Duty to Notify).",
    "Ch Supt Public Protection", "Next meeting",
    "12/12/23 – Duty to Notify compliance 94% (Q2). Target 100% before closure is proposed.", CF)
row("sf6", "closeable_submit", T0, LEG,
    "Stolen Freedom (2017) legacy rec – immediately, ensure allegations or indications of MSHT are thoroughly "
    "investigated and effectively supervised by teams and individuals with the skills and "
    "experience to undertake them (incl. use of joint intelligence teams and other means to "
    "obtain intelligence and evidence from agencies overseas).",
    "Det Ch Supt Force CID", D(2024, 2, 6),
    "06/02/24 – all MSHT crimes now allocated to the Exploitation Team; supervisory review audit "
    "100% compliant. Proposed for closure and submission to HMICFRS.", PFC)
row("sf7", "in_sync", T0, LEG,
    "Stolen Freedom 2017: immediately review our use of preventative powers under the Modern Slavery Act 2015 "
    "(STPOs/SROs) so that opportunities to restrict the activities of those who pose a clear "
    "threat to others are exploited.",
    "ACC Crime", "Ongoing",
    "Only 2 STPOs obtained in 2023. Training for PVP supervisors booked March 2024.", OPEN)
row("lg1", "in_sync", T0, LEG,
    "HMICFRS PEEL Legitimacy 2017 (national) – By July 2018, forces to be regularly and "
    "frequently monitoring a comprehensive set of data on use of S&S powers to understand: the "
    "reasons for any disproportionate representation of different ethnic groups; the extent to "
    "which find rates differ between ethnicities and types of search (incl. drug possession and "
    "supply); and the prevalence of possession-only drug searches and how these align with local "
    "or force priorities.",
    "ACC Local Policing", D(2022, 1, 18),
    "S&S dashboard live in Qlik and reviewed monthly at the Stop Search Scrutiny Group. Closed.",
    CLOSED, closed=D(2022, 1, 18))
row("lg2", "closeable_submit", T0, LEG,
    "PEEL Legitimacy 2017 national rec: where disparities are identified through monitoring, "
    "demonstrate to the public that we have (a) carried out research and analysis to understand "
    "the reasons for the disparity and (b) taken action to reduce it where necessary.",
    "ACC Local Policing", D(2023, 6, 13),
    "Disproportionality report with actions published on the force website 05/23. Closed by "
    "SGB 13/06/23.", CLOSED, closed=D(2023, 6, 13))
row("lg4", "closeable_local", T0, LEG,
    "HMICFRS Legitimacy 2017 rec (legacy): By July 2018, and ongoing, ensure all officers who use "
    "S&S powers have been provided with, and understand, training on unconscious bias and CoP APP "
    "on S&S.",
    "Head of Learning & Development", "31/03/24",
    "06/02/24 – 87% of frontline officers have completed the refreshed S&S / unconscious bias "
    "package. Chasing the remainder via line managers.", OPEN)
row(None, "not_on_hmicfrs_list", T0, LEG,
    "Legacy AFI – HMIC PEEL Legitimacy 2017: make sure the force provides a confidential way for "
    "staff to raise concerns and that staff are aware of whistleblowing processes.",
    "Head of Professional Standards", "Next meeting",
    "05/12/23 – Integrity line relaunched 2022; awaiting staff survey results before proposing "
    "closure.", CF,
    why="HMIC PEEL Legitimacy 2017 force AFI still open on the log; no such item on the HMICFRS "
        "export (which lists open items and items closed since 01/04/2021), so HMICFRS closed it "
        "before April 2021 or never held it: query with HMICFRS. Not the same ask as PEEL "
        "2023-25 AFI 15107 (accessible information on raising concerns) or 15110 (support).")

# ---- 2021 ----
row("pw1", "closeable_submit", D(2021, 10, 5), FAB,
    "HMICFRS national rec – Disproportionate use of police powers (Feb 2021): By July 2022, "
    "forces should ensure that officers and staff have effective communication skills, in line "
    "with the National Policing Guidelines on Conflict Management. This should be in addition to "
    "existing training on conflict management and de-escalation.",
    "Head of Learning & Development", D(2022, 7, 31),
    "06/02/24 – Communication skills module in OST since 04/23; all frontline staff trained by "
    "31/12/23. Proposed for closure.\n04/10/22 – carried forward, module in design.", PFC)
row("pw2", "in_sync", D(2021, 10, 5), FAB,
    "Police powers spotlight (Feb 21): By July 2021, reinforce communication skills as part of "
    "the CPD programme for officers & staff, and support supervisors to routinely and frequently "
    "debrief officers on these skills using BWV footage.",
    "ACC Local Policing", "Q1 24/25",
    "09/01/24 – supervisor BWV debrief guidance drafted; CPD day content still to be agreed.", OPEN)
row("pw3", "closeable_submit", D(2021, 10, 5), FAB,
    "Police powers spotlight (HMICFRS, Feb 2021) – BWV rec (by Sept 2021), part 1 of 3: officers to record on "
    "BWV (when available) the entirety of all S&S encounters, incl. traffic stops and use of "
    "force incidents.",
    "ACC Local Policing", D(2021, 9, 30),
    "BWV policy amended; compliance checked monthly by the Stop Search Scrutiny Group. Closed.",
    CLOSED, closed=D(2022, 6, 21), split="a")
row("pw3", "closeable_submit", D(2021, 10, 5), FAB,
    "Police powers spotlight (HMICFRS, Feb 2021) – BWV rec (by Sept 2021), part 2 of 3: structured process for "
    "regularly reviewing and monitoring internally a sufficient sample of BWV footage to identify "
    "and disseminate learning and hold officers to account when behaviour falls below acceptable "
    "standards.",
    "Head of Professional Standards", D(2021, 9, 30),
    "Monthly BWV dip sample by PSD/LPA inspectors in place since 08/22. Closed.", CLOSED,
    closed=D(2022, 9, 20), split="b")
row("pw3", "closeable_submit", D(2021, 10, 5), FAB,
    "Police powers spotlight (HMICFRS, Feb 2021) – BWV rec (by Sept 2021), part 3 of 3: provide external "
    "scrutiny panel members with access to samples of BWV footage showing S&S encounters and use "
    "of force incidents, taking account of the safeguards in the CoP APP.",
    "OPCC Head of Scrutiny", D(2021, 9, 30),
    "Closed at SGB 06/02/24 – scrutiny panel has viewed BWV monthly since 10/23. To move to "
    "Closed tab at next version.", CLOSED, split="c")
row("pw5", "in_sync", D(2021, 10, 5), FAB,
    "HMICFRS Disproportionate use of police powers (2021): By July 2021, forces should ensure "
    "they have effective internal monitoring processes on the use of force, to help them to "
    "identify and understand disproportionate use, explain the reasons and implement any "
    "necessary improvement action.",
    "ACC Local Policing", D(2021, 7, 31),
    "Use of force monitoring through the Use of Force Scrutiny Panel and Qlik app. Closed.",
    CLOSED, closed=D(2022, 12, 13))
row(None, "not_on_hmicfrs_list", D(2021, 10, 5), FAB,
    "Police powers spotlight (Feb 21) – The Home Office and the NPCC should take steps to ensure "
    "that the quality of the data collected on the number of incidents where force has been used "
    "to effect a stop and search is sufficient for publication. For information – force to adopt "
    "the NPCC data standard when issued.",
    "Head of Corporate Development", "TBC (national)",
    "No national data standard issued yet. Keep open for information.", OPEN,
    why="Real recommendation of the Feb 2021 police powers spotlight, but addressed to the Home "
        "Office and NPCC, not to forces; HMICFRS does not hold it against the force and it is "
        "not on the export. Force row with no HMICFRS item.")
TC = D(2021, 9, 14)
cdi_bul = [
    ("at the point of report, victims are believed", CLOSED, D(2022, 1, 18),
     "Victim-focused recording message in all call handler training; FCR audit 98%. Closed."),
    ("conversations between call handlers and callers are summarised accurately in the incident "
     "log, thus providing attending officers with full facts on which to base crime-recording "
     "decisions", CLOSED, D(2022, 3, 15),
     "STORM opening-log template changed 02/22; QA by Contact Management supervisors. Closed."),
    ("multiple crimes are always recorded when described within incident records or identified "
     "as part of other recorded crime investigations", OPEN, None,
     "09/01/24 – FCR audit Q3: 81% compliance for additional crimes. Remains open.\n"
     "04/10/22 – additional crimes reminder issued to CID and PPU."),
    ("stop the practice of awaiting the results of medical examinations or video interviews "
     "before making crime-recording decisions", CLOSED, D(2022, 3, 15),
     "Crime recording policy rewritten; practice stopped and audited. Closed."),
    ("online reports of crime are triaged at the point of receipt so that any ongoing risks to "
     "the victim or the wider public are identified and managed", PFC, None,
     "06/02/24 – Single Online Home reports triaged within 1 hour (Q3 audit 96%). Proposed for "
     "closure once bullet 3 is complete."),
]
for i, (txt, st, cl, upd) in enumerate(cdi_bul):
    row("cdi1", "in_sync", TC, SGB,
        f"CDI inspection 2021 (HMICFRS) – Rec 1 (within 6 months), bullet {i + 1} of 5: {txt}.",
        "Force Crime Registrar", D(2022, 2, 19), upd, st, closed=cl, split="abcde"[i])
row("cdi2", "in_sync", TC, SGB,
    "CDI inspection 2021 AFI – the force should take steps to ensure it fully complies with NCRS "
    "requirements for offences identified as MSHT.",
    "Force Crime Registrar", D(2022, 3, 31),
    "MSHT crime recording audit 100% compliant (Q2 22/23). Closed at FAB.", CLOSED,
    closed=D(2022, 10, 4))
row("cdi3", "closeable_submit", TC, SGB,
    "CDI 2021 rec 2 – within 3 months, make sure reports of rape and serious sexual offences are "
    "recorded accurately and without delay.",
    "Force Crime Registrar", D(2021, 11, 19),
    "06/02/24 – RASSO recording audit 97% within 24 hrs for three quarters running. Evidence "
    "pack ready – proposed for closure and submission to HMICFRS.", PFC)

# ---- PEEL 2021/22 (published May 2022) ----
TP, TP2 = D(2022, 6, 7), D(2022, 6, 21)
row("p1", "closeable_submit", TP, FAB,
    "HMICFRS PEEL 2021/22 AFI – the force should make sure victims of stalking and harassment are "
    "kept informed about the progress of their case, in line with the Code of Practice for "
    "Victims of Crime.",
    "Ch Supt Public Protection", D(2023, 3, 31),
    "VCOP compliance for stalking 92% (Q1 23/24). Closed by SGB – evidence to go to HMICFRS.",
    CLOSED, closed=D(2023, 9, 12))
row("p2", "closeable_submit", TP, FAB,
    "PEEL 21/22 AFI: improve the timeliness of our response to calls for service involving "
    "domestic abuse – action 1 of 2: review the THRIVE deployment model for DA incidents graded "
    "P2.",
    "Supt Contact Centre", D(2022, 12, 31),
    "Deployment model revised 01/23; P2 DA median attendance down from 3h10 to 1h45. Closed.",
    CLOSED, closed=D(2023, 3, 14), tag="p2a")
row("p2", "closeable_submit", TP, FAB,
    "PEEL 21/22 AFI (DA response times) – action 2 of 2: add DA attendance times to the monthly "
    "Force Performance pack and report exceptions to FAB.",
    "Head of Corporate Development", "Next meeting",
    "09/01/24 – in the pack since 04/23, three quarters of data. Proposed for closure (see also "
    "action 1, closed).", PFC)
row("p3", "in_sync", TP, FAB,
    "HMICFRS PEEL 2021/22 AFI: improve the supervison of investigations so that investigation "
    "plans are set, reviewed and recorded and victims receive a consistently good service.",
    "Det Ch Supt Force CID", D(2023, 3, 31),
    "Investigation plan template mandatory in Niche; supervisory review audit 91%. Closed.",
    CLOSED, closed=D(2023, 3, 14))
row("p4", "closeable_local", TP, FAB,
    "PEEL 2021/22 (HMICFRS) AFI – improve our understanding of suspects released under "
    "investigation (RUI) and the management of those released on bail.",
    "Head of Criminal Justice", "Q4 23/24",
    "06/02/24 – bail & RUI dashboard still in development; ICT resource delayed (see "
    "{ref:it_niche}).\n12/09/23 – carried forward.", CF)
row("p5", "in_sync", TP, FAB,
    "HMICFRS PEEL 2021/22 AFI – make sure ASB reports are recorded accurately and without delay.",
    "ACC Local Policing", "31/03/24",
    "09/01/24 – ASB incident/crime audit shows 84% accuracy; training for OCC in Feb.", OPEN)
row("p6", "in_sync", TP, FAB,
    "HMICFRS PEEL 2021/22 AFI – improve how the force gathers, assesses and acts on intelligence "
    "about county lines drug dealing.",
    "Det Supt SOC", D(2023, 3, 31),
    "Closed as duplicate – action re-raised at SGB 14/03/23 as {ref:p6new} with a new owner.",
    CLOSED, closed=D(2023, 3, 14), tag="p6old")
row("p7", "closeable_submit", TP, FAB,
    "HMICFRS PEEL 2021/22 AFI – make sure the force has enough specialist capacity and capability "
    "to investigate online child sexual abuse.",
    "Ch Supt Public Protection", D(2023, 12, 31),
    "06/02/24 – POLIT uplift of 4 DCs complete; backlog of CAID/NCA referrals cleared 12/23. "
    "Proposed for closure.", PFC)
row("p8", "in_sync", TP2, SGB,
    "PEEL 2021/22 AFI – put plans in place to monitor team cultures (incl. the gathering and "
    "analysis of staff feedback) and provide prompt remedial action for any issues identified.",
    "Director of People", D(2023, 3, 31),
    "Pulse survey and culture dashboard in place; team interventions logged. Closed.", CLOSED,
    closed=D(2023, 6, 13))
row("p9", "conflict", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI (HMICFRS ref 12845) – review how we gather and use equality & "
    "diversity data to improve our understanding of workforce demographics.",
    "Director of People", "Q1 24/25",
    "06/02/24 – self-declaration campaign raised completion from 61% to 74%. New HR system "
    "fields live April.", OPEN)
row("p10", "in_sync", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI: develop a future workforce plan aligned with overall demand and "
    "budget, including future resource allocations, the mix of skills required and the "
    "behaviours expected.",
    "Director of People", D(2023, 3, 31),
    "Strategic Workforce Plan 2023–26 approved at SGB. Closed.", CLOSED, closed=D(2023, 6, 13))
row("p11", "closeable_local", TP2, SGB,
    "PEEL 2021/22 AFI – improve the way we manage the risk posed by offenders involved in serious "
    "and organised crime (lifetime offender management).",
    "Det Supt SOC", "Q4 23/24",
    "09/01/24 – LTOM process drafted; 12 nominals adopted. Remains open.", OPEN)
row("p12", "closeable_local", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI – make sure our performance framework gives senior leaders a clear "
    "picture of our response to violence against women and girls.",
    "Head of Corporate Development", "Next meeting",
    "06/02/24 – VAWG section of the performance pack under design. NB the PEEL 2023–25 report "
    "repeats this AFI.", OPEN)
row("p13", "in_sync", TP2, SGB,
    "PEEL 21/22 AFI (digital evidence): cut DFU turnaround so that retrieving digital evidence "
    "from mobile phones, computers and other devices does not delay investigations.",
    "Head of Digital Forensics", "Q2 24/25",
    "06/02/24 – kiosk roll-out to 3 of 5 hubs; backlog 312 devices (was 540).\n"
    "05/12/23 – carried forward.", CF)
row("p15", "closeable_submit", TP2, SGB,
    "PEEL 2021/22 AFI – provide call-handlers with specific, sound and comprehensible criteria "
    "against which they can assess threat, harm and risk (THRIVE+).",
    "Supt Contact Centre", D(2023, 3, 31),
    "THRIVE+ aide-memoire and STORM prompts live; QA shows 95% compliance. Closed.", CLOSED,
    closed=D(2023, 9, 12))
row("p16", "in_sync", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI – make sure officers & staff have the training they need to "
    "identify and respond to honour-based abuse.",
    "Head of Learning & Development", "30/06/24",
    "09/01/24 – HBA e-learning launched; 58% completion.", OPEN)
row("p17", "in_sync", TP2, SGB,
    "PEEL 2021/22 AFI – make sure we consistently use ancillary orders and other powers "
    "(DVPNs/DVPOs, restraining orders) to protect victims of domestic abuse.",
    "Ch Supt Public Protection", D(2023, 3, 31),
    "DVPO applications up 40%; DA Orders pilot. Closed.", CLOSED, closed=D(2023, 3, 14))
row("p18", "closeable_submit", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI: make sure there are appropriate strategic oversight arrangements in "
    "place to manage risks, performance and improvement plans effectively.",
    "DCC", D(2022, 9, 30),
    "Closed – SGB and FAB terms of reference agreed 09/22; risk and improvement plans reported "
    "to FAB monthly.", CLOSED, closed=D(2022, 12, 13))
row(None, "not_on_hmicfrs_list", TP2, SGB,
    "HMICFRS PEEL 2021/22 AFI – the force should make sure it consistently uses ancillary orders "
    "and other powers to protect victims of stalking and harassment.",
    "Ch Supt Public Protection", "31/03/24",
    "09/01/24 – SPO applications reviewed; 9 SPOs obtained in 2023.", OPEN,
    why="Recorded as a PEEL 2021/22 AFI but the HMICFRS list holds no such item: the report's "
        "ancillary-orders AFI is about domestic abuse (12856, tracked separately and closed). "
        "Mis-recorded or drawn from the report narrative: query with HMICFRS.")
row(None, "not_on_hmicfrs_list", TP2, SGB,
    "HMICFRS PEEL 2021/22 hot debrief (feedback – not a published AFI): review 101 call "
    "abandonment rates and the call-back process.",
    "Supt Contact Centre", "Next meeting",
    "06/02/24 – 101 abandonment 18% (Jan). Call-back pilot evaluated; report to next FAB.", OPEN,
    why="The force's own action from inspection hot-debrief feedback, labelled as not a "
        "published AFI; nothing on the HMICFRS list.")
row(None, "not_on_hmicfrs_list", D(2022, 7, 5), FAB,
    "PEEL 2021/22 improvement plan – local action (not an HMICFRS AFI): refresh the rural crime "
    "problem profile and add it to the control strategy.",
    "Head of Intelligence", D(2023, 12, 31),
    "Profile refreshed 11/23 and adopted in the control strategy. Proposed for closure.", PFC,
    why="The force's own local action in its PEEL improvement plan, labelled as not an HMICFRS "
        "AFI; no rural crime item on the HMICFRS list.")

# ---- custody inspection (published Sep 2022) ----
TK = D(2022, 10, 4)
row("cu1", "closeable_submit", TK, FAB,
    "Following the HMICFRS custody inspection (2022): within 6 months, in conjunction with "
    "children’s social care services, review how we manage the detention of children – (a) "
    "children only detained when absolutely necessary and for the minimum time; early assessment "
    "of a child’s need for alternative accommodation (secure or otherwise), working with CSC.",
    "Ch Insp Custody", D(2023, 3, 27),
    "06/02/24 – joint protocol with the county council signed; PACE beds audit quarterly. "
    "Proposed for closure with part (b).", PFC, split="a")
row("cu1", "closeable_submit", TK, FAB,
    "Following the HMICFRS custody inspection (2022): children in custody (within 6 months) – (b) custody staff "
    "to record all actions taken and decisions made on the relevant documentation; improve the "
    "timeliness of appropriate adult support for children who are arrested.",
    "Ch Insp Custody", D(2023, 3, 27),
    "06/02/24 – AA contract extended to overnight cover; median AA wait 2h05 (was 5h). Proposed "
    "for Closure.", "Proposed for Closure", split="b")
row("cu2", "in_sync", TK, FAB,
    "Following the HMICFRS/HMIP custody inspection (2022): make sure there is effective internal "
    "monitoring of use of force in custody, to identify and understand disproportionate use, "
    "explain the reasons and implement any necessary improvement action.",
    "Ch Insp Custody", "Q4 23/24",
    "09/01/24 – custody use of force forms now on Qlik; first quarterly review at FAB in April.",
    OPEN)
row(None, "not_on_hmicfrs_list", TK, FAB,
    "Custody inspection 2022 follow-up (local action – not an HMICFRS rec): appoint a single "
    "point of contact for people with mental ill health in each custody suite.",
    "Ch Insp Custody", D(2023, 1, 31),
    "SPOCs appointed at Lincoln, Grantham and Skegness. Closed.", CLOSED, closed=D(2023, 1, 10),
    why="The force's own local action after the custody inspection, labelled as not an HMICFRS "
        "recommendation; nothing on the HMICFRS list about mental health in custody.")

# ---- 2023 ----
row("p6", "in_sync", D(2023, 3, 14), SGB,
    "PEEL 21/22 AFI (re-raised, see closed action {ref:p6old}): improve how we gather, assess and "
    "act on intelligence about county lines drug dealing – new owner Head of Intelligence.",
    "Head of Intelligence", "Q1 24/25",
    "06/02/24 – county lines intelligence requirement issued; 3 lines closed in Q3.", OPEN,
    tag="p6new")
row("p14", "conflict", D(2023, 12, 5), SGB,
    "HMICFRS PEEL 2023 AFI – the force should improve its understanding of the nature and scale "
    "of fraud in its area.",
    "Det Supt Economic Crime", "Q2 24/25",
    "09/01/24 – fraud problem profile commissioned from the analysis team.", OPEN)
TN, TN2 = D(2023, 12, 5), D(2024, 1, 9)
row("n1", "in_sync", TN, SGB,
    "HMICFRS PEEL 2023–25 AFI – the force should ensure all staff have received at least the "
    "lowest level of vetting clearance for their roles as quickly as possible, clearing both the "
    "vetting backlog and renewals as they fall due, so that it complies fully with the national "
    "vetting guidelines.",
    "Head of Professional Standards", "30/09/24",
    "06/02/24 – backlog 214 (was 390); two agency vetting officers start March.", OPEN)
row("n2", "in_sync", TN, SGB,
    "PEEL 2023–25 AFI: make sure victims of DA are kept informed about the progress of their "
    "case, in line with the Victims' Code.",
    "Ch Supt Public Protection", "Q2 24/25", "New action.", OPEN)
row("n3", "in_sync", TN, SGB,
    "PEEL 2023-25 AFI – improve how we work with partner organisations to safeguard people at "
    "risk from CSE.",
    "Ch Supt Public Protection", "Q2 24/25",
    "09/01/24 – to be taken through the Safeguarding Children Partnership.", OPEN)
row("n8", "in_sync", TN2, FAB,
    "HMICFRS PEEL 2023–25 rec – within six months, make sure investigations of rape and serious "
    "sexual offences are allocated to officers with the right skills and are effectively "
    "supervised.",
    "Det Ch Supt Force CID", D(2024, 5, 17),
    "Op Soteria allocation model being extended to all RASSO investigations.", OPEN)
row("n9", "closeable_submit", TN2, FAB,
    "PEEL 2023–25 AFI – review the support available for those who have raised concerns and take "
    "any action needed to make sure these provisions are suitable.",
    "Head of Professional Standards", D(2024, 2, 6),
    "06/02/24 – PSD review of support for reporters completed 01/24 (report to FAB 09/01/24). "
    "Proposed for closure.", PFC)
row("n10", "in_sync", TN2, FAB,
    "HMICFRS PEEL 2023–25 AFI – make sure reports of hate crime are recorded accurately and "
    "without delay.",
    "Force Crime Registrar", "Q2 24/25", "New action.", OPEN)

# ---- ordinary board business: not HMICFRS items (left out of truth.csv) ----
X = "EXCLUDE"
row(None, X, D(2021, 9, 14), SGB,
    "SGB terms of reference to be circulated to members for comment before the next meeting.",
    "Board Secretary (OPCC)", "Next meeting", "Circulated 20/09/21. Closed.", CLOSED,
    closed=D(2021, 11, 16))
row(None, X, D(2021, 10, 5), FAB,
    "Head of ICT to report on the Microsoft 365 migration plan, including data retention "
    "settings for Teams chats.", "Head of ICT", D(2022, 2, 1),
    "Reported to FAB 01/02/22. Closed.", CLOSED, closed=D(2022, 3, 15))
row(None, X, D(2021, 11, 16), SGB,
    "CFO to present the revised Medium Term Financial Plan 2022/23–2025/26 to the January SGB.",
    "Chief Finance Officer", D(2022, 1, 18), "Presented 18/01/22. Closed.", CLOSED,
    closed=D(2022, 1, 18))
row(None, X, D(2022, 2, 1), FAB,
    "Director of People to circulate police officer uplift recruitment and attrition figures "
    "monthly.", "Director of People", "Monthly", "Now in the monthly workforce report. Closed.",
    CLOSED, closed=D(2022, 6, 21))
row(None, X, D(2022, 3, 15), SGB,
    "Head of Estates to bring an options appraisal for the replacement of Boston police station.",
    "Head of Estates", "Mar-24",
    "06/02/24 – site survey complete; appraisal to March SGB.\n13/06/23 – carried forward.", CF)
row(None, X, D(2022, 6, 7), FAB,
    "Internal audit (TIAA) – Payroll: implement a monthly reconciliation of overtime claims "
    "against duty records.", "Director of Finance", D(2022, 10, 31),
    "Reconciliation in place from 09/22. Closed.", CLOSED, closed=D(2022, 12, 13))
row(None, X, D(2022, 6, 21), SGB,
    "OPCC to publish the PCC's response to the HMICFRS PEEL 2021/22 report within 56 days "
    "(s55 Police Act 1996).", "OPCC Chief Executive", D(2022, 7, 8),
    "Published on the OPCC website 05/07/22. Closed.", CLOSED, closed=D(2022, 9, 20))
row(None, X, D(2022, 7, 5), FAB,
    "Head of ICT to report progress on replacing end-of-life control room workstations.",
    "Head of ICT", D(2022, 12, 31), "All 64 workstations replaced 11/22. Closed.", CLOSED,
    closed=D(2023, 1, 10))
row(None, X, D(2022, 9, 20), SGB,
    "Estates to confirm the completion date for the Lincoln custody suite cell refurbishment "
    "(capital programme 2022/23).", "Head of Estates", "TBC",
    "06/02/24 – contractor on site; 8 of 12 cells complete. Completion now May 24.", OPEN)
row(None, X, D(2022, 10, 4), FAB,
    "OPCC to publish the PCC's response to the HMICFRS/HMIP custody inspection report on the "
    "OPCC website within 56 days.", "OPCC Chief Executive", D(2022, 11, 22),
    "Published 21/11/22. Closed.", CLOSED, closed=D(2022, 12, 13))
row(None, X, D(2022, 12, 13), SGB,
    "Deputy CFO to confirm capital slippage and reprofiling for Q3 and report to JAC.",
    "Deputy CFO", D(2023, 3, 14), "Reported to JAC 08/03/23. Closed.", CLOSED,
    closed=D(2023, 3, 14))
row(None, X, D(2023, 1, 10), FAB,
    "Head of ICT to confirm the go-live date for the Niche RMS upgrade and the bail & RUI "
    "dashboard.", "Head of ICT", "Q4 23/24",
    "06/02/24 – Niche upgrade slipped to April 24 (supplier); dashboard follows.", CF,
    tag="it_niche")
row(None, X, D(2023, 3, 14), SGB,
    "IOPC learning recommendation (death following police contact investigation): review the "
    "guidance to custody staff on rousing checks for intoxicated detainees and report back.",
    "Ch Insp Custody", "Next meeting",
    "09/01/24 – guidance revised; awaiting sign-off by the custody lead.", OPEN)
row(None, X, D(2023, 4, 4), FAB,
    "Fleet Manager to present the business case for electric response vehicles.",
    "Fleet Manager", D(2023, 10, 3), "Presented 03/10/23; pilot of 6 vehicles approved. Closed.",
    CLOSED, closed=D(2023, 10, 3))
row(None, X, D(2023, 6, 13), SGB,
    "Strategic Development to coordinate the HMICFRS PEEL 2023–25 document request and return it "
    "by 15/09/2023.", "Head of Strategic Development", D(2023, 9, 15),
    "Returned 08/09/23. Closed.", CLOSED, closed=D(2023, 9, 12))
row(None, X, D(2023, 7, 4), FAB,
    "Head of Information Management to complete the ROPA review ahead of the ICO audit.",
    "Head of Information Management", D(2023, 12, 31),
    "ROPA review complete 12/23. Proposed for closure.", PFC)
row(None, X, D(2023, 9, 12), SGB,
    "JAC action: internal audit of the firearms licensing governance arrangements (audit plan "
    "2023/24) – findings to SGB.", "Supt Firearms Licensing", "Jun-24",
    "Audit fieldwork scheduled April 24.", OPEN)
row(None, X, D(2023, 10, 3), FAB,
    "Director of Finance to provide a breakdown of overtime spend by department for Q2.",
    "Director of Finance", D(2023, 12, 5), "Provided 28/11/23. Closed.", CLOSED,
    closed=D(2023, 12, 5))
row(None, X, D(2023, 12, 5), SGB,
    "CFO to present the draft 2024/25 budget and precept proposal to the February SGB.",
    "Chief Finance Officer", D(2024, 2, 6), "On the 06/02/24 agenda; PCP meets 09/02/24.", OPEN)
row(None, X, D(2023, 12, 5), SGB,
    "Strategic Development to reconcile the HMICFRS definitive list with this action log and "
    "report the outcome to the JAC in March 2024.", "Head of Strategic Development",
    D(2024, 3, 13), "Definitive list received 02/02/24; reconciliation under way.", OPEN)
row(None, X, D(2024, 1, 9), FAB,
    "Head of Corporate Development to refresh the corporate risk register and bring it to the "
    "next FAB.", "Head of Corporate Development", "Next meeting", "", OPEN)
row(None, X, D(2024, 2, 6), SGB,
    "Minutes of 05/12/23 to be amended to record the Chief Constable's apologies.",
    "Board Secretary (OPCC)", "Next meeting", "", OPEN)
row(None, X, D(2024, 2, 6), SGB,
    "Chief Constable to brief SGB on the Force Management Statement 5 submission.",
    "Chief Constable", "Next meeting", "", OPEN)

# --------------------------------------------------------------------------------------------
# Action numbers: per-year running numbers with gaps (older closed actions archived), split
# rows share a number with a letter suffix.
# --------------------------------------------------------------------------------------------
order = sorted(range(len(F)), key=lambda i: (F[i]["raised"], i))
counters: dict[int, int] = {}
last_key = None
for i in order:
    r = F[i]
    y = r["raised"].year
    key = (r["h"], r["raised"]) if r["split"] else None
    if r["split"] and key == last_key:
        n = counters[y]
    else:
        n = counters.get(y, 0) + rng.randint(1, 3)
        counters[y] = n
    last_key = key
    r["no"] = f"{y}/{n:03d}" + (r["split"] or "")
tags = {r["tag"]: r["no"] for r in F if r["tag"]}
for r in F:
    r["update"] = re.sub(r"\{ref:(\w+)\}", lambda m: tags[m.group(1)], r["update"])
    r["action"] = re.sub(r"\{ref:(\w+)\}", lambda m: tags[m.group(1)], r["action"])

# Where each row goes: "Closed Actions" tab if it has a closing date, else the live log
# (one Closed row, BWV part 3, closed at the last meeting and not yet moved).
for r in F:
    r["sheet"] = "Closed Actions" if r["closed"] else "Action Log"
    if r["status"] == CLOSED:
        assert r["closed"] or r["split"] == "c", r["action"][:40]

# Meeting column as typed: sometimes abbreviated.
ABBR = {SGB: "SGB", FAB: "FAB"}
for r in F:
    if r["meeting"] in ABBR and rng.random() < 0.3:
        r["meeting"] = ABBR[r["meeting"]]
    if r["status"] == OPEN and rng.random() < 0.15:
        r["status"] = "open"
    if r["status"] == CF and rng.random() < 0.4:
        r["status"] = "Carried Forward"

# --------------------------------------------------------------------------------------------
# Categories: computed from the statuses and checked against the intended ones
# --------------------------------------------------------------------------------------------
H_CLOSED = {COMP, SUP, NFA}


def force_done(st: str) -> bool:
    s = st.strip().lower()
    return s in ("closed", "proposed for closure")


by_h: dict[str, list[dict]] = {}
for r in F:
    if r["h"]:
        by_h.setdefault(r["h"], []).append(r)
for k, rows in by_h.items():
    hclosed = HMAP[k][5] in H_CLOSED
    fdone = all(force_done(x["status"]) for x in rows)
    if hclosed and fdone:
        c = "in_sync"
    elif hclosed:
        c = "closeable_local"
    elif fdone:
        c = "closeable_submit"
    else:
        c = "in_sync"
    for x in rows:
        if x["cat"] != "conflict":
            assert x["cat"] == c, (k, x["cat"], c)

# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 2, 9, 16, 42, 0)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def save_stable(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "Strategic Development"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-02-09T16:42:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 9, 16, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def put(ws, r, c, v, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if isinstance(v, (dt.date, dt.datetime)):
        cell.number_format = fmt or "dd/mm/yyyy"
    return cell


OUT.mkdir(exist_ok=True)
truth: list[tuple[str, str, str, str]] = []
hrow: dict[str, str] = {}

# ---- hmicfrs.xlsx ----
wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
heads = ["ID", "Force", "Report", "Publication date", "Type", "Recommendation / AFI text",
         "Status", "Status date", "Latest comment"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(row=1, column=c, value=h)
    cell.font = HDR_FONT
    cell.fill = HDR_FILL
    cell.alignment = WRAP
Hsorted = sorted(H, key=lambda h: (h[2][1], h[1]))
for i, (k, ident, (title, pub), typ, text, st, sdate, com) in enumerate(Hsorted, start=2):
    vals = [ident, FORCE, title, pub, typ, text, st, sdate, com]
    for c, v in enumerate(vals, 1):
        put(ws, i, c, v)
    hrow[k] = f"Recommendations!{i}"
for col, w in zip("ABCDEFGHI", [8, 18, 48, 14, 22, 90, 18, 13, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:I{len(H) + 1}"
save_stable(wb, OUT / "hmicfrs.xlsx")

# ---- tracker.xlsx ----
wb = Workbook()
live = wb.active
live.title = "Action Log"
closed = wb.create_sheet("Closed Actions")

title_font = Font(bold=True, size=14)
live["A1"] = "Office of the Police and Crime Commissioner for Lincolnshire and Lincolnshire Police"
live["A1"].font = title_font
live["A2"] = "Strategic Governance Board (SGB) and Force Assurance Board (FAB) – Action Log"
live["A2"].font = Font(bold=True, size=12)
live["A3"] = "Version 14 – updated 09/02/2024 following SGB 06/02/2024. OFFICIAL-SENSITIVE"
live["A4"] = ("Status key: Open – action in progress; Carried forward – not complete, carried to "
              "the next meeting; Proposed for closure – owner asks the board to close; Closed – "
              "agreed closed by the board (moved to the Closed Actions tab at the next version).")
live.merge_cells("A4:H4")
live["A4"].alignment = WRAP
live.row_dimensions[4].height = 30
LHEAD = ["Action No.", "Date raised", "Meeting", "Action", "Owner", "Due date", "Update",
         "Status"]
LSTART = 6
for c, h in enumerate(LHEAD, 1):
    cell = live.cell(row=LSTART, column=c, value=h)
    cell.font = HDR_FONT
    cell.fill = HDR_FILL
    cell.alignment = WRAP

closed["A1"] = "Closed actions – SGB / FAB (actions closed before 01/09/2021 archived)"
closed["A1"].font = Font(bold=True, size=12)
CHEAD = LHEAD + ["Date closed"]
CSTART = 2
for c, h in enumerate(CHEAD, 1):
    cell = closed.cell(row=CSTART, column=c, value=h)
    cell.font = HDR_FONT
    cell.fill = HDR_FILL
    cell.alignment = WRAP

STATUS_FILL = {"open": "FFC7CE", "carried forward": "FFEB9C", "proposed for closure": "C6EFCE",
               "closed": "D9D9D9"}


def nokey(r):
    y, n = r["no"].split("/")
    return int(y), int(n[:3]), n[3:]


frow: list[tuple[str, dict]] = []
ri = LSTART + 1
for r in sorted([r for r in F if r["sheet"] == "Action Log"], key=nokey):
    vals = [r["no"], r["raised"], r["meeting"], r["action"], r["owner"], r["due"], r["update"],
            r["status"]]
    for c, v in enumerate(vals, 1):
        put(live, ri, c, v)
    live.cell(row=ri, column=8).fill = PatternFill(
        "solid", fgColor=STATUS_FILL[r["status"].strip().lower()])
    frow.append((f"Action Log!{ri}", r))
    ri += 1
ri += 1  # blank row, then a note
live.cell(row=ri, column=1, value="Note: actions closed at a meeting are moved to the Closed "
          "Actions tab when the log is next re-issued. HMICFRS items are also reported to the "
          "Joint Audit Committee.")
live.merge_cells(start_row=ri, start_column=1, end_row=ri, end_column=8)
LIVE_NOTE = ri

ri = CSTART + 1
for r in sorted([r for r in F if r["sheet"] == "Closed Actions"], key=nokey):
    vals = [r["no"], r["raised"], r["meeting"], r["action"], r["owner"], r["due"], r["update"],
            r["status"], r["closed"]]
    for c, v in enumerate(vals, 1):
        put(closed, ri, c, v)
    frow.append((f"Closed Actions!{ri}", r))
    ri += 1

for ws_, widths in ((live, [11, 12, 20, 70, 24, 13, 55, 18]),
                    (closed, [11, 12, 20, 70, 24, 13, 55, 12, 12])):
    for i, w in enumerate(widths):
        ws_.column_dimensions["ABCDEFGHI"[i]].width = w
live.freeze_panes = f"A{LSTART + 1}"
closed.freeze_panes = f"A{CSTART + 1}"
save_stable(wb, OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
def why_pair(k: str, rows: list[dict], r: dict, cat: str) -> str:
    h = HMAP[k]
    hst = h[5]
    n = len(rows)
    split = f" One of {n} force rows split off this item; aggregated force status " \
            f"{'done' if all(force_done(x['status']) for x in rows) else 'open'}." if n > 1 else ""
    special = {
        "sf1": "Text matches Stolen Freedom leadership rec but the force row has only 3 of the 4 "
               "bullets (the performance and quality assurance bullet is missing). Both open.",
        "sf2": "Same intelligence-sharing rec, but the force row says 'Within 12 months' where "
               "HMICFRS says 'Within six months' (timescale). Both open.",
        "p9": "Text matches PEEL 2021/22 AFI 12854 (equality and diversity data) but the row "
              "quotes HMICFRS ref 12845, which is the online child sexual abuse AFI (tracked on "
              "its own row): reference conflict. Both open.",
        "p14": "Text matches PEEL 2021/22 AFI 12852 (fraud) but the row calls it a PEEL 2023 AFI; "
               "the PEEL 2023-25 report has no fraud item: report conflict. Both open.",
        "p6": "County lines AFI tracked on two rows: the first closed as a duplicate when re-raised "
              "under a new number, the re-raised row open. Item open on both sides.",
        "p12": "HMICFRS superseded the PEEL 2021/22 VAWG AFI by the PEEL 2023-25 repeat (15108); "
               "the force still holds the 2021/22 row open: close it locally (and raise 15108).",
        "cdi1": "CDI rec 1 split into one action per bullet; bullet 3 open, so the item is still "
                "open on the force side; HMICFRS being progressed.",
        "pw3": "BWV rec split into its 3 parts; all three closed (part 3 still on the live tab "
               "with status Closed); HMICFRS being progressed.",
        "cu1": "Children-in-custody rec split into two actions (a)/(b), both proposed for "
               "closure; HMICFRS being progressed.",
        "p2": "DA response-times AFI split into two actions, one closed, one proposed for "
              "closure; HMICFRS being progressed.",
    }
    if k in special:
        return special[k]
    base = {
        "in_sync": f"Matched; HMICFRS {hst}, force {r['status'].strip()}: both "
                   f"{'closed' if hst in H_CLOSED else 'open'}.",
        "closeable_submit": f"Matched; HMICFRS {hst} (open), force {r['status'].strip()} (done): "
                            "submit to HMICFRS for closure.",
        "closeable_local": f"Matched; HMICFRS {hst} (closed), force {r['status'].strip()} (open): "
                           "close the force's own entry.",
    }[cat]
    return base + split


for k in [h[0] for h in Hsorted]:
    rows = by_h.get(k)
    if not rows:
        h = HMAP[k]
        assert h[5] not in H_CLOSED
        special = {
            "sf5": "Stolen Freedom NCRS rec not on the log. The CDI 2021 AFI on MSHT crime "
                   "recording (10641) is a different item with its own row.",
            "fa1": "Firearms licensing governance rec (2015) still open with HMICFRS; not on the "
                   "log. The JAC internal-audit action on firearms licensing governance is an "
                   "internal audit, not this recommendation.",
            "n7": "PEEL 2023-25 repeat of the VAWG performance-framework AFI; the log only holds "
                  "the superseded 2021/22 version (12850), whose update notes the repeat.",
            "n6": "PEEL 2023-25 AFI not yet raised on the log. Not the same ask as the legacy "
                  "2017 whistleblowing row or 15110.",
        }
        truth.append((hrow[k], "", "missing_from_force",
                      special.get(k, f"On the HMICFRS list ({h[5]}), no action on the log.")))
        continue
# pairs in HMICFRS order, then force-only rows
rid_of = {id(r): rid for rid, r in frow}
lines = []
for k in [h[0] for h in Hsorted]:
    rows = by_h.get(k)
    if not rows:
        continue
    for r in sorted(rows, key=lambda x: nokey(x)):
        lines.append((hrow[k], rid_of[id(r)], r["cat"], why_pair(k, rows, r, r["cat"])))
missing = [t for t in truth]
force_only = []
for rid, r in frow:
    if r["h"] is None and r["cat"] == "not_on_hmicfrs_list":
        force_only.append(("", rid, "not_on_hmicfrs_list", r["why"]))

# Put lines in HMICFRS row order, missing ones in place.
all_h = lines + missing


def hsort(t):
    return int(t[0].split("!")[1]), (t[1].split("!")[0], int(t[1].split("!")[1])) if t[1] else ("", 0)


all_h.sort(key=hsort)
all_f = sorted(force_only, key=lambda t: (t[1].split("!")[0] != "Action Log",
                                           int(t[1].split("!")[1])))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in all_h + all_f:
        w.writerow(t)

# Excluded rows (ordinary board business), printed for the README
excluded = [(rid, r) for rid, r in frow if r["cat"] == "EXCLUDE"]
for rid, r in sorted(excluded, key=lambda t: (t[0].split("!")[0], int(t[0].split("!")[1]))):
    print(f"  excluded {rid}\t{r['no']}\t{r['action'][:80]}")
print(f"  note row Action Log!{LIVE_NOTE}")

counts: dict[str, int] = {}
for t in all_h + all_f:
    counts[t[2]] = counts.get(t[2], 0) + 1
print("HMICFRS items:", len(H), " force rows:", len(F), " excluded board actions:",
      len(excluded))
print("truth lines:", len(all_h) + len(all_f), counts)

# --------------------------------------------------------------------------------------------
# README.md
# --------------------------------------------------------------------------------------------
hid = {k: HMAP[k][1] for k in HMAP}
rid_no = {rid: r["no"] for rid, r in frow}
n_closed_h = sum(1 for rid, r in frow if rid.startswith("Closed") and r["h"])
excl_lines = "\n".join(
    f"| {rid} | {r['no']} | {r['action'][:95].rstrip()}{'…' if len(r['action']) > 95 else ''} |"
    for rid, r in sorted(excluded, key=lambda t: (t[0].split("!")[0] != "Action Log",
                                                  int(t[0].split("!")[1]))))
count_lines = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in
                        ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
                         "not_on_hmicfrs_list", "in_sync"])
README = f"""# Case `governance_action_log` (round 24)

Built by `../build_governance_action_log.py`, seed `{SEED}` (Python `random.Random`), run with
`/work/main/.venv/bin/python`. The build rewrites both workbooks with fixed document and zip
timestamps, so it reproduces every file here byte for byte.

## Layout

**HMICFRS side – `hmicfrs.xlsx`**, one sheet `Recommendations`, header on row 1, {len(H)} items
on rows 2–{len(H) + 1}, sorted by publication date then ID. Columns: `ID` (plain integer, unique
across the register, as on the old public register), `Force`, `Report`, `Publication date`,
`Type` (Recommendation / Area for improvement / National recommendation), `Recommendation / AFI
text` (verbatim; bullets inline or on new lines), `Status` (Awaiting review, Being progressed =
open; Complete, Superseded, No further action required = closed), `Status date`, `Latest
comment`. Scenario: the definitive list produced 02/02/2024, holding every item open and every
item closed since 01/04/2021 for Lincolnshire Police (national and force reports, 2015–2023).

**Force side – `tracker.xlsx`**, the combined **action log of the OPCC/force Strategic
Governance Board (SGB) and Force Assurance Board (FAB)**, version 14 of 09/02/2024. It is not an
HMICFRS tracker: HMICFRS recommendations and AFIs sit among the boards' other actions.

- Sheet `Action Log` (live actions): rows 1–4 title, subtitle, version line, a merged status key;
  row 5 blank; **header on row 6**; items on rows 7–55; row 56 blank; row 57 a merged note.
- Sheet `Closed Actions`: row 1 title; **header on row 2**; items on rows 3–35; an extra column
  `Date closed`.
- Columns: `Action No.` (`2022/014`; a running number per year with gaps, because older closed
  actions are archived; split actions share a number with a letter suffix, `2021/030a`…`e`),
  `Date raised` (date), `Meeting` ("Strategic Governance Board", "SGB", "Force Assurance Board",
  "FAB", "SGB (transfer from OL tracker)"), `Action` (free text; the report is named only inside
  it: "HMICFRS PEEL 2021/22 AFI – …", "Following the HMICFRS custody inspection (2022): …",
  "Stolen Freedom (MSHT) 2017 – …", "Police powers spotlight (Feb 21): …", "CDI 2021 rec 2 – …";
  no HMICFRS reference except one row), `Owner`, `Due date` (dates mixed with text: "Next
  meeting", "TBC", "Mar-24", "Q4 23/24", "31/03/24", "Ongoing"), `Update` (dated notes, several
  lines in one cell), `Status` (cell shaded by status).
- Status words and how they reduce: `Open`, `open`, `Carried forward`, `Carried Forward` →
  force **open**; `Proposed for closure`, `Proposed for Closure`, `Closed` → force **done**
  (proposed for closure = the owner says it is done, like "pending sign off").
- Wording: verbatim copies, abridged/paraphrased versions ("we"/"our" for "the force",
  abbreviations MSHT, S&S, BWV, DA, CSE, ISAs, CoP APP, NFLMS, THRIVE+), one misspelling
  ("supervison"), a stray footnote digit copied from a committee paper ("intelligence 86 and").

## What is in truth.csv, and what is not

Row ids are `Sheet!Row` as Excel shows them (`Recommendations!12`, `Action Log!27`,
`Closed Actions!5`). Every HMICFRS row is in truth.csv; every force row that is an HMICFRS item,
part of one, or the force's own action arising from an HMICFRS inspection is in it exactly once.

**The boards' ordinary business is left out of truth.csv as not item rows** ({len(excluded)}
rows, listed below). The tool's job is to reconcile HMICFRS items; an analyst reconciling the
definitive list with this log filters the log to the HMICFRS work first. A finance, estates,
ICT, workforce or minutes action is not a recommendation that HMICFRS could hold, so calling it
`not_on_hmicfrs_list` ("query it with HMICFRS") would be noise, not a finding. The same goes for
recommendations from **other bodies** (an IOPC learning recommendation, internal audit actions
including the JAC's internal audit of firearms licensing governance) and for **process actions
about inspections** that are not findings (publish the PCC's s55 response within 56 days,
coordinate the PEEL document request, reconcile the definitive list for JAC).

The rule used: a row is an item of this tracker if its action is an HMICFRS/HMIC inspection
finding (recommendation, AFI, or a part of one), or an action the force itself raised from an
HMICFRS inspection and labelled as such (local action, hot-debrief feedback). Those without a
counterpart on the list are `not_on_hmicfrs_list`.

| Excluded row | Action No. | Action |
|---|---|---|
{excl_lines}

Also not items: the title/version/key rows 1–4 and header row 6 of `Action Log`, its blank row
56 and note row 57; rows 1–2 of `Closed Actions`; header row 1 of `Recommendations`.

## Rules the truth follows

- Status: HMICFRS open/closed as above; force open/done as above. Both open or both closed →
  `in_sync`; HMICFRS open and force done → `closeable_submit`; HMICFRS closed and force open →
  `closeable_local`.
- **Split items** (one HMICFRS item → several action rows): every row gets its own line with the
  same `hmicfrs_row` and the item-level category, the force side being done only when **all**
  its rows are done.
- A pair whose facts disagree in a way that matters (bullet missing, timescale, report,
  reference) is `conflict` whatever the statuses.
- An HMICFRS item with no action on the log is `missing_from_force` (all nine are open with
  HMICFRS).

## Traps and how the truth decides them

1. **Mixed log**: 23 non-HMICFRS board actions interleaved by action number on both sheets,
   some with HMICFRS-ish words: "custody suite cell refurbishment" (estates), "bail & RUI
   dashboard" (ICT, referenced from the RUI AFI's update), "IOPC learning recommendation"
   (custody), "JAC action: internal audit of the firearms licensing governance arrangements"
   (while HMICFRS firearms governance rec {hid['fa1']} is open and **missing_from_force**),
   "refresh the corporate risk register", and three HMICFRS process actions. All excluded.
2. **Two sheets**: closed actions live on `Closed Actions`, with {n_closed_h} HMICFRS item rows and one
   local-action row; one
   closed split row (2021/044c, BWV part 3) still sits on the live sheet with status `Closed`.
3. **Split CDI rec {hid['cdi1']}** into five bullet actions 2021/030a–e: three Closed, one
   Proposed for closure, bullet 3 Open → item open on both sides → all five `in_sync` (a per-row
   reading would wrongly give closeable_submit for four of them).
4. **Split BWV rec {hid['pw3']}** (2021/044a–c, two on the closed sheet, one on the live sheet):
   all done, HMICFRS Being progressed → three `closeable_submit`.
5. **Split children-in-custody rec {hid['cu1']}** into (a)/(b) 2022/057a–b, both Proposed for
   closure → two `closeable_submit`. **DA response-times AFI {hid['p2']}** split into two
   separately numbered actions ("action 1 of 2" closed, "action 2 of 2" proposed) → two
   `closeable_submit`.
6. **Re-raised duplicate**: county lines AFI {hid['p6']} on 2022/018 (Closed sheet, "Closed as
   duplicate – re-raised as 2023/006") and 2023/006 (Open) → both rows paired with it,
   `in_sync` (the item is still open on the force side).
7. **Conflicts (4)**: Stolen Freedom leadership rec {hid['sf1']} copied with 3 of its 4 bullets
   (performance/QA bullet missing); intelligence-sharing rec {hid['sf2']} copied as "Within 12
   months" (HMICFRS: six months); E&D data AFI {hid['p9']} whose row quotes "HMICFRS ref
   {hid['p7']}" – a real ID, but of the online child sexual abuse AFI, which has its own row
   2022/020; fraud AFI {hid['p14']} (PEEL 2021/22) recorded as "HMICFRS PEEL 2023 AFI" (the PEEL
   2023–25 report has no fraud item). Statuses agree (open) in all four; the disagreement is
   the conflict.
8. **AFI repeated across PEEL reports**: the VAWG performance-framework AFI is {hid['p12']}
   (PEEL 2021/22, HMICFRS Superseded) and {hid['n7']} (PEEL 2023–25, open). The log has one row,
   2022/033, labelled PEEL 2021/22, raised June 2022, open, whose update notes the repeat → it
   pairs with {hid['p12']} as `closeable_local`; {hid['n7']} is `missing_from_force` (the force
   should close its 2021/22 entry and raise the new one). Judgement call: report and date on the
   row point to 2021/22.
9. **Near-duplicates that must not pair**: Stolen Freedom NCRS rec {hid['sf5']} (missing) vs the
   CDI 2021 AFI on MSHT crime recording {hid['cdi2']} (its own row, in_sync); national use-of-force
   monitoring {hid['pw5']} (closed both sides) vs the custody AFI with the same wording
   {hid['cu2']} (open both sides, row names the custody inspection); DA ancillary-orders AFI
   {hid['p17']} (in_sync) vs a log row claiming a PEEL 2021/22 AFI on ancillary orders for
   **stalking** (2022/044: not on the list → `not_on_hmicfrs_list`, query it); RASSO recording
   rec {hid['cdi3']} (CDI 2021) vs RASSO allocation/supervision rec {hid['n8']} (PEEL 2023–25);
   legacy 2017 whistleblowing AFI row 2021/028 vs PEEL 2023–25 AFIs {hid['n6']} and {hid['n9']}
   on raising concerns.
10. **Closed by HMICFRS, still open on the log (`closeable_local`, 6)**: firearms temporary
    permits {hid['fa4']} (NFA 2022), NRM {hid['sf4']} (Complete 2022), S&S training {hid['lg4']}
    (Superseded 2022), RUI {hid['p4']} (Complete 2023), SOC offenders {hid['p11']} (NFA 2023),
    VAWG {hid['p12']} (Superseded 2023).
11. **Force-only rows (`not_on_hmicfrs_list`, 6)**: legacy HMIC PEEL Legitimacy 2017
    whistleblowing AFI (2021/028, older than the export's window); the Feb 2021 spotlight
    recommendation addressed to the Home Office and NPCC (2021/049, the force tracks it "for
    information"; HMICFRS does not hold it against the force); the stalking ancillary-orders row
    (2022/044); PEEL hot-debrief feedback "not a published AFI" (2022/045); PEEL improvement
    plan local action on rural crime (2022/050); custody inspection local action on mental-health
    SPOCs (2022/060, Closed sheet).
12. **Missing from the log (`missing_from_force`, 9)**: old national recs the board never took
    over ({hid['fa1']}, {hid['sf5']}, {hid['dig']}, {hid['lg3']}), custody AFI {hid['cu3']}, and
    four PEEL 2023–25 AFIs not yet raised ({hid['n4']}, {hid['n5']}, {hid['n6']}, {hid['n7']}).
13. Stems and timescales kept or abridged without changing them ("within 3 months" for "Within
    three months", "(by Sept 2021)" on each BWV part, "immediately" kept) so that only the rows in
    trap 7 are conflicts.

## Counts (truth.csv lines)

| category | lines |
|---|---|
{count_lines}
| **total** | {sum(counts.values())} |

Items: {len(H)} HMICFRS items (in_sync 22, closeable_submit 12, closeable_local 6, conflict 4,
missing_from_force 9); {len([r for r in F if r['cat'] != 'EXCLUDE'])} force item rows in
truth.csv (of {len(F)} action rows; {len(excluded)} excluded as board business).
"""
(OUT / "README.md").write_text(README, encoding="utf-8")
