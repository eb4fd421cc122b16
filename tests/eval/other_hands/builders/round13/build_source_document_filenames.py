"""Builder for the case `source_document_filenames` (West Midlands Police, risk/assurance
system CSV export whose only report identifier is the attached file's name).

Run with /work/main/.venv/bin/python. Writes only under /tmp/indep13/riskfiles/.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    NATIONAL,
)

random.seed(1313)
OUT = Path("/tmp/indep13/riskfiles/source_document_filenames")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv", keep_default_na=False)
WMP_VET_COC = REAL.text[19]
WMP_VET_REC = REAL.text[20]
WMP_MISSING_COC = REAL.text[25]
WMP_MISSING_REC = REAL.text[26]
assert "West Midlands" in WMP_VET_COC and "missing children" in WMP_MISSING_REC

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"


def nat(key, i):
    title, ymd, items = NATIONAL[key]
    typ, text = items[i]
    return title, dt.date(*ymd), typ, text


# ---------------------------------------------------------------------------------------
# HMICFRS side: key -> (ref, title, date, type, status, text)
# ---------------------------------------------------------------------------------------
H: dict[str, tuple] = {}


def add_nat(key, idx, ref, status, hkey):
    title, d, typ, text = nat(key, idx)
    H[hkey] = (ref, title, d, typ, status, text)


BP, AR, CP, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

add_nat("sas13", 0, 1187, CP, "sas13_1")
add_nat("sas13", 1, 1188, CP, "sas13_2")
add_nat("sas13", 2, 1189, CP, "sas13_3")
add_nat("everyone", 0, 2321, SU, "everyone")
add_nat("austerity", 0, 3310, CP, "aust_1")
add_nat("austerity", 1, 3311, CP, "aust_2")
add_nat("austerity", 2, 3312, CP, "aust_3")
add_nat("austerity", 3, 3313, CP, "aust_4")
add_nat("core", 0, 4822, CP, "core_1")
add_nat("core", 1, 4823, BP, "core_2")
add_nat("integrity", 0, 902, BP, "integrity")
add_nat("sas15", 0, 5216, CP, "sas15")
add_nat("picture", 0, 5804, BP, "picture")
add_nat("firearms", 0, 6120, CP, "fa_1")
add_nat("firearms", 1, 6121, CP, "fa_2")
add_nat("firearms", 2, 6122, BP, "fa_3")
add_nat("firearms", 3, 6123, BP, "fa_4")
add_nat("firearms", 4, 6124, BP, "fa_5")
add_nat("stolen", 0, 8402, BP, "sf_1")
add_nat("stolen", 1, 8403, BP, "sf_2")
add_nat("stolen", 2, 8404, BP, "sf_3")
add_nat("stolen", 3, 8405, AR, "sf_4")
add_nat("stolen", 4, 8406, BP, "sf_5")
add_nat("stolen", 5, 8407, BP, "sf_6")
add_nat("stolen", 6, 8408, CP, "sf_7")
add_nat("efc17", 0, 8477, BP, "efc17")
add_nat("leg17", 0, 8540, BP, "leg_coc")
add_nat("leg17", 1, 8541, BP, "leg_1")
add_nat("leg17", 2, 8542, BP, "leg_2")
add_nat("leg17", 3, 8543, AR, "leg_3")
add_nat("leg17", 4, 8544, BP, "leg_4")
add_nat("powers", 0, 11231, BP, "pw_1")
add_nat("powers", 1, 11232, BP, "pw_2")
add_nat("powers", 2, 11233, BP, "pw_3")
add_nat("powers", 3, 11234, BP, "pw_4")
add_nat("powers", 4, 11235, BP, "pw_5")

WM = "West Midlands Police"
EFF16 = (f"PEEL: Police effectiveness 2016 – {WM}", dt.date(2017, 3, 2))
EFF17 = (f"PEEL: Police effectiveness 2017 – {WM}", dt.date(2018, 3, 22))
EFC17 = (f"PEEL: Police efficiency 2017 – {WM}", dt.date(2017, 11, 9))
CDI18 = (f"Crime data integrity inspection 2018 – {WM}", dt.date(2018, 9, 13))
PEEL19 = (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {WM}",
          dt.date(2019, 5, 2))

SUPERVISION = ("The force should ensure regular and active supervision of the quality and "
               "progress of investigations. This supervision should be properly recorded.")
DASH = ("The force should take steps to ensure that there is effective supervision of the "
        "initial risk assessment process, specifically in relation to the completion of DASH "
        "risk assessment in appropriate cases.")
OUTCOMES = "The force should develop its understanding of the links between its outcomes, outputs and costs."


def add_force(hkey, ref, rep, typ, status, text):
    H[hkey] = (ref, rep[0], rep[1], typ, status, text)


add_force("e16_coc", 8795, EFF16, COC, CP, WMP_MISSING_COC)
add_force("e16_rec", 8796, EFF16, REC, BP, WMP_MISSING_REC)
add_force("e16_sup", 8797, EFF16, AFI, SU, SUPERVISION)
add_force("e16_dash", 8798, EFF16, AFI, CP, DASH)
add_force("e16_crs", 8799, EFF16, AFI, BP,
          "The force should improve its use of its crime-recording and management system to "
          "better manage its case files and investigative processes.")
add_force("e17_sup", 8911, EFF17, AFI, BP, SUPERVISION)
add_force("e17_dash", 8912, EFF17, AFI, BP, DASH)
add_force("e17_dig", 8913, EFF17, AFI, BP,
          "The force should improve its ability to retrieve digital evidence from mobile "
          "phones, computers and other electronic devices quickly enough to ensure "
          "investigations are not delayed.")
add_force("e17_rui", 8914, EFF17, AFI, AR,
          "The force should improve its understanding of suspects released under investigation "
          "and the management of those released on bail.")
add_force("f17_wf", 8489, EFC17, AFI, CP,
          "The force should develop a future workforce plan that is aligned with its overall "
          "demand and budget. The plan should include future resource allocations, the mix of "
          "skills required by the workforce and behaviours expected of them.")
add_force("f17_cr", 8490, EFC17, AFI, BP, CONTROL_ROOM)
add_force("f17_oc", 8491, EFC17, AFI, BP, OUTCOMES)
add_force("cdi_rec", 9307, CDI18, REC, BP,
          "Within six months the force should " + CDI_VICTIMS_BODY + ".")
add_force("cdi_afi", 9308, CDI18, AFI, CP,
          "The force should make sure it records reports of hate crime accurately and without "
          "delay.")
add_force("p19_coc", 9702, PEEL19, COC, BP, WMP_VET_COC)
add_force("p19_rec", 9703, PEEL19, REC, BP, WMP_VET_REC)
add_force("p19_sup", 9704, PEEL19, AFI, BP,
          "The force should improve the supervision of investigations, so that investigation "
          "plans are set, reviewed and recorded and victims receive a consistently good "
          "service.")
add_force("p19_perf", 9705, PEEL19, AFI, AR,
          "The force should make sure it has access to accurate data and analysis to support "
          "effective performance management.")

# order of the register export: publication date, then reference
H_ORDER = sorted(H, key=lambda k: (H[k][2], H[k][0]))
H_TITLE_ROWS = 3          # title, extract note, blank; header on row 4
H_ROW = {k: H_TITLE_ROWS + 2 + i for i, k in enumerate(H_ORDER)}   # data from row 5


def h_open(k):
    return H[k][4] in (BP, AR)


# ---------------------------------------------------------------------------------------
# Force side: the risk/assurance system export
# ---------------------------------------------------------------------------------------
DONE = {"Completed", "Closed - Verified"}


def d(s):  # "dd/mm/yyyy" -> date
    return dt.datetime.strptime(s, "%d/%m/%Y").date()


def notes(*entries):
    """entries: (dd/mm/yyyy, text), newest first."""
    return "\n".join(f"{a} - {b}" for a, b in entries)


# Each force row: dict(order, hkey or None, asr, src, desc, owner, status, pct, target, notes)
# `order` is the creation order in the system (Action IDs are allocated in it).
F: list[dict] = []


def fr(order, hkey, asr, src, desc, owner, status, pct, target, nts, note_why=""):
    F.append(dict(order=order, hkey=hkey, asr=asr, src=src, desc=desc, owner=owner,
                  status=status, pct=pct, target=target, notes=nts, note_why=note_why))


# -- legacy items migrated into the system in 2019 (orders 100..) -----------------------
fr(101, "aust_1", "ASR-HMI-001", "Policing_in_Austerity_Meeting_the_Challenge_2014.pdf",
   "All CCs and PCCs should review their plans to deliver savings to ensure they are doing all "
   "they can to continue to reduce crime and protect the front line while balancing their "
   "budgets. Use the data in the report & HMIC VfM profiles.",
   "Director of Finance", "Closed - Verified", 100, "31/03/2015",
   notes(("14/06/2019", "Migrated from legacy HMIC tracker. Closed on legacy tracker 02/2016.")))
fr(102, "aust_3", "ASR-HMI-001", "policing-in-austerity-meeting-the-challenge.pdf",
   "CCs & PCCs in forces planning to reduce the proportion of their workforce and/or officers "
   "on the front line should assess whether they have taken the decisive action seen in many "
   "forces in order to maintain crime fighting capacity.",
   "Director of Finance", "Completed", 100, "30/11/2014",
   notes(("14/06/2019", "Migrated from legacy HMIC tracker."),))
fr(103, "aust_4", "ASR-HMI-001", "Policing_in_Austerity_Meeting_the_Challenge_2014.pdf",
   "In preparation for the next spending round review plans for collaboration - scope to "
   "deliver better VfM and improved capability & capacity through joint working with other "
   "forces, the public and/or the private sector",
   "Head of Corporate Development", "In Progress", 60, "31/03/2016",
   notes(("22/09/2025", "Regional collaboration review still with the Regional Board. Target "
          "date to be reset."),
         ("10/03/2025", "Addressed holistically as part of the force change programme.")))
fr(104, "sas13_1", "ASR-HMI-002", "HMIC_StopSearch_2013_FINAL.pdf",
   "HMICFRS Rec 1 – CCs & College of Policing to establish in the S&S APP a clear "
   "specification of what constitutes the effective and fair exercise of S&S powers, and "
   "guidance. Compliant with the Code of Practice.",
   "ACC Local Policing", "Closed - Verified", 100, "31/03/2014",
   notes(("14/06/2019", "Migrated from legacy HMIC tracker. APP published by CoP."),))
fr(105, "sas13_2", "ASR-HMI-002", "HMIC_StopSearch_2013_FINAL.pdf",
   "HMICFRS Rec 2 – Chief Constables should establish or improve monitoring of the way officers "
   "stop and search people, so they can be satisfied officers are acting in accordance with the "
   "law (incl. equality legislation and the Code of Practice)",
   "Supt J. Whitmore (Stop & Search lead)", "In Progress", 85, "31/12/2014",
   notes(("30/09/2025", "S&S dashboard live; monthly scrutiny at Legitimacy Board. "
          "Awaiting final sign off by the chief officer lead."),
         ("18/02/2025", "Work undertaken in area but still requires development to complete.")))
fr(106, "everyone", "ASR-HMI-003", "Everyones-business-domestic-abuse-2014.pdf",
   "Everyone's business – establish and publish a DA action plan specifying in detail what steps "
   "the force will take to improve its approach to DA. Develop in consultation with PCC, DA "
   "support orgs & victims' reps; after consideration of all recs in the report; with "
   "reference to DHRs and IPCC findings; drawing on CPS scrutiny panels & MARAC "
   "self-assessments.",
   "Ch Supt Public Protection", "Completed", 100, "30/09/2014",
   notes(("14/06/2019", "Migrated. DA action plan published Sept 2014, refreshed 2016."),))
fr(107, "core_1", "ASR-HMI-004", "Core_Business_HMIC_Sept2014.pdf",
   "Not later than 31 March 2015 provide call-handlers with specific, sound and comprehensible "
   "criteria against which they can assess threat, harm and risk (THRIVE).",
   "Supt Contact Centre", "Completed", 100, "31/03/2015",
   notes(("14/06/2019", "Migrated. THRIVE embedded in Force Contact."),))
fr(108, "core_2", "ASR-HMI-004", "Core_Business_HMIC_Sept2014.pdf",
   "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
   "carried out is systematically recorded and subsequently evaluated to determine the "
   "effectiveness of tactics being employed.",
   "Head of Corporate Development", "In Progress", 70, "31/03/2015",
   notes(("02/10/2025", "Problem-solving database rolled out to 6 of 7 LPAs. Evaluation "
          "template agreed."),
         ("11/04/2025", "Work undertaken in area but still requires development to complete.")))
fr(109, "integrity", "ASR-HMI-005", "integrity-matters-HMIC-Jan2015 v1.2.pdf",
   "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
   "in place to ensure that investigations into misconduct by officers and staff resulting in "
   "'no further action' are fair and free of any form of discrimination.",
   "Head of Professional Standards", "Completed", 100, "31/08/2015",
   notes(("16/07/2025", "Completed. Evidence submitted to HMICFRS for closure."),
         ("03/02/2025", "Disproportionality dip sample of NFA misconduct outcomes reported to "
          "PSD Board.")))
fr(110, "sas15", "ASR-HMI-002", "HMIC_StopSearch_2015_FINAL.pdf",
   "Comply with the Code of Practice by explaining to the public the way stop and search powers "
   "are used in our area and by making arrangements for stop and search records to be "
   "scrutinised by community representatives. Done in a way that involves those people who are "
   "stopped and searched, e.g. young people.",
   "Supt J. Whitmore (Stop & Search lead)", "In Progress", 90, "31/03/2016",
   notes(("30/09/2025", "Youth scrutiny panel established in 5 LPAs; remaining 2 by Dec."),
         ("18/02/2025", "Ready to move to GREEN status once panel ToR signed.")))
fr(111, "picture", "ASR-HMI-006", "Building-the-picture-information-management-2015.pdf",
   "HMICFRS Rec 1 – By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance "
   "with the APP on information management through the force IM governance structure. Incl. "
   "measures to ensure categorisation of records are regularly adjusted.",
   "Head of Information Management", "In Progress", 50, "30/11/2015",
   notes(("24/09/2025", "MoPI review backlog reduced; IM Board now receives quarterly audit."),
         ("07/03/2025", "Little work yet undertaken in this area. Unlikely to reach deadlines.")))
fr(112, "fa_1", "ASR-HMI-007", "Targeting_the_Risk_Firearms_Licensing_Sept2015.pdf",
   "Within 3 months assess how well goverance of firearms licensing meets the standards in APP; "
   "where not complied with put in place immediately the correct arrangements and procedures to "
   "meet the standards in full.",
   "Supt Firearms Licensing", "Closed - Verified", 100, "15/12/2015",
   notes(("14/06/2019", "Migrated. Closed by HMICFRS 2017."),))
fr(113, "fa_2", "ASR-HMI-007", "targeting-the-risk-firearms-licensing.pdf",
   "Within three months, assess the demand placed on the firearms licensing dept and ensure it "
   "has the capacity to meet this demand and provide an efficient and effective service at all "
   "times.",
   "Supt Firearms Licensing", "Completed", 100, "15/12/2015",
   notes(("14/06/2019", "Migrated. Demand review complete, 6 additional FEOs recruited."),))
fr(114, "fa_3", "ASR-HMI-007", "Targeting_the_Risk_Firearms_Licensing_Sept2015.pdf",
   "HMICFRS Rec 3 – Immediately, satisfy ourselves that all appropriate action is being taken "
   "with regard to 'total expired' licensing records.",
   "Supt Firearms Licensing", "Completed", 100, "15/09/2015",
   notes(("05/08/2025", "Completed. Nil 'total expired' records on NFLMS at 31/07/2025. Evidence "
          "pack to be submitted for closure."),))
fr(115, "fa_5", "ASR-HMI-007", "Targeting_the_Risk_Firearms_Licensing_Sept2015.pdf",
   "Within 3 months ensure systems to identify, prior to police attendance, whether a reported "
   "incident involves or is at the address of a firearm certificate holder are in place and "
   "always applied by staff dispatching officers; officers understand the risk assessment and "
   "their power to seize firearms & certificates.",
   "Supt Contact Centre", "On Hold", 40, "15/12/2015",
   notes(("12/08/2025", "On hold pending replacement command & control system (go-live 2026)."),
         ("20/01/2025", "Interim PNC flag process in place.")))
fr(116, None, "ASR-HMI-008", "HMIC_PEEL_Legitimacy_2015_WestMids.pdf",
   "Revise approach to cautions, cannabis warning and penalty notices for disorder to ensure a "
   "clear and auditable explanation to the offender of the implications of receiving the "
   "warning and, for victim-based crimes, a clear and auditable record that views of the "
   "victim are considered prior to their issue.",
   "Head of Criminal Justice", "Cancelled", 0, "31/03/2016",
   notes(("14/06/2019", "Migrated. Cancelled - replaced by two-tier out of court disposals "
          "framework; closed by HMIC on legacy tracker.")),
   "PEEL legitimacy 2015 is not on the list at all (closed by HMIC long ago per the note); the "
   "action is Cancelled.")
fr(117, None, "ASR-HMI-009", "PEEL_Effectiveness_2015_WestMidlands_Feb16.pdf",
   "HMICFRS AFI – The force should ensure regular and active supervision of the quality and "
   "progress of investigations. This supervision should be properly recorded.",
   "Det Ch Supt Force CID", "Closed - Verified", 100, "31/03/2017",
   notes(("14/06/2019", "Migrated. Carried forward into PEEL Effectiveness 2016 AFI."),),
   "Same wording as the 2016 and 2017 AFIs on the list, but the file is the PEEL "
   "Effectiveness 2015 report, which has no items on the list.")
fr(118, "e16_coc", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "Cause of concern – response to missing and absent children. Assessment of risk for children "
   "who go missing from home inappropriate in some cases; children classed as 'absent' when "
   "they should have been recorded as 'missing'; risk levels sometimes incorrectly assessed at "
   "a lower grade.",
   "Ch Supt Public Protection", "Closed - Verified", 100, "02/09/2017",
   notes(("14/06/2019", "Migrated. CoC discharged following HMICFRS revisit."),))
fr(119, "e16_rec", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "Missing children rec (1 of 3) – Immediately review approach to reports of missing children "
   "and take steps to ensure call takers understand and use the missing and absent category "
   "appropriately",
   "Supt Contact Centre", "Completed", 100, "02/04/2017",
   notes(("21/05/2025", "Completed. Absent category removed from Force Contact scripts in line "
          "with APP."),))
fr(120, "e16_rec", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "Missing children rec (2 of 3) – call takers and frontline staff have the necessary knowledge "
   "to identify risk factors associated with CSE and how to respond to such cases",
   "Head of Learning & Development", "Closed - Verified", 100, "02/06/2017",
   notes(("21/05/2025", "CSE/missing e-learning completion 96%. Verified by Assurance Team."),))
fr(121, "e16_rec", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "Missing children rec (3 of 3) – supervisors provide the correct oversight of missing person "
   "enquiries and direct appropriate and timely investigative and safeguarding action",
   "Ch Supt Public Protection", "Completed", 100, "02/06/2017",
   notes(("21/05/2025", "Completed. Evidence submitted to HMICFRS for closure (all 3 parts)."),))
fr(122, "e16_sup", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "HMICFRS AFI – The force should ensure regular and active supervision of the quality and "
   "progress of investigations. This supervision should be properly recorded.",
   "Det Ch Supt Force CID", "In Progress", 75, "31/03/2018",
   notes(("15/09/2025", "Work continues under the 2017 action - keep open until investigation "
          "standards audit reports."),
         ("03/03/2025", "Work undertaken in area but still requires development to complete.")))
fr(123, "e16_dash", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "The force should take steps to ensure that there is effective supervision of the initial "
   "risk assessment process, specifically in relation to the completion of DASH risk "
   "assessment in appropriate cases.",
   "Ch Supt Public Protection", "Closed - Verified", 100, "31/03/2018",
   notes(("14/06/2019", "Migrated. Closed by HMICFRS."),))
fr(124, "e16_crs", "ASR-HMI-009", "PEEL_Effectiveness_2016_WestMidlands_Mar17.pdf",
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.",
   "Head of Criminal Justice", "Completed", 100, "31/03/2018",
   notes(("29/08/2025", "Completed. Case file module live since Connect go-live; evidence pack "
          "with Assurance Team for submission."),))
fr(125, "sf_1", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "Stolen Freedom R1 – Within 12 months review leadership & governance arrangements for MSHT to "
   "ensure that: (a) senior leaders prioritise the response to MSHT",
   "ACC Crime", "Completed", 100, "24/10/2018",
   notes(("09/04/2025", "Completed. MSHT Gold Group chaired by ACC Crime."),))
fr(126, "sf_2", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "HMICFRS Rec 2 – Within 12 months, forces should have in place active ISAs with other "
   "agencies to facilitate speedy exchange of intelligence & in order to safeguard victims "
   "better & to identify suspects as early as possible.",
   "Head of Intelligence", "In Progress", 55, "24/10/2018",
   notes(("01/10/2025", "ISA with 4 of 7 local authorities signed; GLAA ISA in draft."),
         ("09/04/2025", "Work undertaken in area but still requires development to complete.")),
   )
fr(127, "sf_3", "ASR-HMI-011",
   "stolen-freedom-the-policing-response-to-modern-slavery-and-human-trafficking.pdf",
   "HMICFRS Rec 3 – Immediately ensure all victims carrying out criminal acts under compulsion "
   "attributable to slavery/exploitation are afforded the protection of early & continuing "
   "consideration of the applicability of the s45 defence.",
   "Head of Criminal Justice", "Completed", 100, "24/10/2017",
   notes(("09/04/2025", "Completed. s45 prompt added to charging template; CPS liaison agreed."),))
fr(128, "sf_4", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "Immediately, take steps to ensure we are fully compliant with the NRM process as it evolves "
   "and are implementing the requirement under the Modern Slavery Act 2015 to notify the Home "
   "Office of any individual suspected to be an adult victim of MSHT (duty to notify).",
   "Ch Supt Public Protection", "In Progress", 80, "24/10/2017",
   notes(("01/10/2025", "DtN compliance 88% (Q2). Single Competent Authority referrals "
          "audited monthly."),))
fr(129, "sf_5", "ASR-HMI-011", "HMICFRS Stolen Freedom Oct17 FINAL.pdf",
   "Immediately ensure we fully comply with NCRS for offences identified as MSHT and that "
   "sufficient audit capacity is available to the FCR to provide reassurance that the force is "
   "identifying and managing any gaps in its crime-recording accuracy for these offences.",
   "Force Crime Registrar", "Completed", 100, "24/10/2017",
   notes(("17/06/2025", "Completed. MSHT audit 98% compliant. Submitted for closure."),))
fr(130, "sf_7", "ASR-HMI-011", "HMICFRS Stolen Freedom Oct17 FINAL.pdf",
   "HMICFRS Rec 7 – Review use of preventative powers under the Modern Slavery Act 2015 (STPOs / "
   "STROs) to ensure that opportunities to restrict the activities of those deemed to pose a "
   "clear threat to others in respect of MSHT offences are exploited.",
   "ACC Crime", "In Progress", 40, "24/10/2017",
   notes(("01/10/2025", "STPO tracker being built by Legal Services."),))
fr(131, "efc17", "ASR-HMI-012", "peel-police-efficiency-2017-national-overview.pdf",
   "By September 2018 produce an ambitious plan to improve digitally-enabled services within "
   "the force. (HO, NPCC & APCC to support by establishing a national framework.)",
   "Director of Commercial & Digital", "Completed", 100, "30/09/2018",
   notes(("26/06/2025", "Completed. Digital Policing Strategy 2025-28 approved by FET."),))
fr(132, "f17_wf", "ASR-HMI-010", "PEEL-Efficiency-2017-West-Midlands-Police.pdf",
   "AFI – The force should develop a future workforce plan that is aligned with its overall "
   "demand and budget. The plan should include future resource allocations, mix of skills "
   "required and behaviours expected.",
   "Director of People", "Completed", 100, "31/03/2019",
   notes(("14/06/2019", "Migrated. Strategic Workforce Plan 2019-22 approved."),))
fr(133, "f17_cr", "ASR-HMI-010", "PEEL-Efficiency-2017-West-Midlands-Police.pdf",
   "AFI – ensure sufficient resources available in the control room to fulfil its resourcing "
   "model and meet demand, while taking into account the wellbeing of the workforce.",
   "Supt Contact Centre", "In Progress", 65, "31/03/2019",
   notes(("28/08/2025", "Uplift of 40 contact handlers; abandonment rate improving. Wellbeing "
          "survey due Nov."),))
fr(134, "f17_oc", "ASR-HMI-010", "PEEL-Efficiency-2017-West-Midlands-Police.pdf",
   "The force should develop its understanding of the links between its outcomes, outputs and "
   "costs.",
   "Director of Finance", "Completed", 100, "31/03/2019",
   notes(("30/07/2025", "Completed. Priority based budgeting model in place; evidence to be "
          "submitted to HMICFRS."),))
fr(135, None, "ASR-HMI-010", "PEEL_Efficiency_2016_WMP.pdf",
   "The force should develop its understanding of the links between its outcomes, outputs and "
   "costs.",
   "Director of Finance", "Closed - Verified", 100, "31/03/2018",
   notes(("14/06/2019", "Migrated. Repeated in PEEL Efficiency 2017 - see that action."),),
   "Same wording as the PEEL efficiency 2017 AFI on the list, but the file is the 2016 "
   "efficiency report, which has no items on the list.")
fr(136, "leg_coc", "ASR-HMI-013", "PEEL-Legitimacy-2017-national-overview.pdf",
   "Cause of concern – forces not able to demonstrate that use of S&S powers is consistently "
   "reasonable and fair. Over-representation of BAME people, and black people in particular, "
   "in S&S data which many forces unable to explain.",
   "ACC Local Policing", "In Progress", 70, "31/07/2018",
   notes(("30/09/2025", "Disproportionality ratio reported to Legitimacy Board monthly."),))
fr(137, "leg_1", "ASR-HMI-013", "HMICFRS_PEEL_Legitimacy_2017_National_Dec17.pdf",
   "By July 2018, all police forces across England and Wales should be regularly and frequently "
   "monitoring a comprehensive set of data and information on use of stop and search powers to "
   "understand: •the reasons for any disproportionate representation of diff",
   "Supt J. Whitmore (Stop & Search lead)", "Completed", 100, "31/07/2018",
   notes(("30/09/2025", "Completed. S&S dashboard includes find rates by ethnicity and "
          "possession-only drug searches. Submitted for closure."),))
fr(138, "leg_2", "ASR-HMI-013", "HMICFRS_PEEL_Legitimacy_2017_National_Dec17.pdf",
   "Where disparities are identified through monitoring, demonstrate to the public that we "
   "have: carried out research & analysis to understand the reasons for the disparity, and "
   "taken action to reduce the disparity where necessary",
   "Head of Corporate Development", "Not Started", 0, "31/07/2018",
   notes(("30/09/2025", "Awaiting allocation."),))
fr(139, "leg_4", "ASR-HMI-013", "PEEL-Legitimacy-2017-national-overview.pdf",
   "By July 2018 & ongoing, ensure all officers who use S&S powers have been provided with, and "
   "understand, training on unconscious bias and CoP APP on S&S.",
   "Head of Learning & Development", "In Progress", 90, "31/07/2018",
   notes(("30/09/2025", "Completion 91% of S&S-trained officers; refresher module live."),))
fr(140, "e17_sup", "ASR-HMI-009", "PEEL_Effectiveness_2017_WestMidlands_Mar18.pdf",
   "HMICFRS AFI – The force should ensure regular and active supervision of the quality and "
   "progress of investigations. This supervision should be properly recorded.",
   "Det Ch Supt Force CID", "Completed", 100, "31/03/2019",
   notes(("15/09/2025", "Completed. Investigation standards audit Q1 shows 87% supervisory "
          "review recorded. Evidence submitted."),))
fr(141, "e17_dash", "ASR-HMI-009", "PEEL_Effectiveness_2017_WestMidlands_Mar18.pdf",
   "The force should take steps to ensure that there is effective supervision of the initial "
   "risk assessment process, specifically in relation to the completion of DASH risk "
   "assessment in appropriate cases.",
   "Ch Supt Public Protection", "In Progress", 60, "31/03/2019",
   notes(("15/09/2025", "DARA pilot in 2 LPAs; supervisory DASH review rate 71%."),))
fr(142, "e17_dig", "ASR-HMI-009", "PEEL_Effectiveness_2017_WestMidlands_Mar18.pdf",
   "The force should improve its ability to retrieve digital evidence from mobile phones, "
   "computers & other electronic devices quickly enough to ensure investigations are not "
   "delayed.",
   "Head of Digital Forensics", "On Hold", 30, "31/03/2019",
   notes(("12/08/2025", "On hold pending accreditation (ISO 17025) of the new kiosks."),))

# -- 2019 onwards ------------------------------------------------------------------------
fr(201, "sf_1", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "Stolen Freedom R1(b) – every incident of MSHT identified to police is allocated appropriate "
   "resources with the skills, experience & capacity to investigate it effectively",
   "Det Ch Supt Force CID", "In Progress", 70, "24/10/2018",
   notes(("09/04/2025", "MSHT allocation policy drafted; Op Aidant SPOCs in place."),))
fr(202, "sf_1", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "Stolen Freedom R1(c) – effective partnership arrangements to co-ordinate activity in order "
   "to share information & safeguard victims",
   "Ch Supt Public Protection", "Completed", 100, "24/10/2018",
   notes(("09/04/2025", "Completed. Regional anti-slavery partnership in place."),))
fr(203, "sf_1", "ASR-HMI-011", "Stolen-freedom-MSHT-2017.pdf",
   "Stolen Freedom R1(d) – performance & QA measures in place to allow senior leaders to assess "
   "the nature and quality of the service provided to victims",
   "Head of Corporate Development", "Completed", 100, "24/10/2018",
   notes(("09/04/2025", "Completed. MSHT measures added to Force Performance pack."),))
fr(204, "p19_coc", "ASR-HMI-017", "PEEL_2018-19_West_Midlands_Police_May19.pdf",
   "Cause of concern – the size of the vetting backlog within WMP",
   "Head of Professional Standards", "In Progress", 60, "02/11/2019",
   notes(("14/10/2025", "Backlog 412 (from 3,100 in 2019). Plan to clear by 31/03/2026."),
         ("11/06/2025", "Work undertaken in area but still requires development to complete.")))
fr(205, "p19_rec", "ASR-HMI-017", "PEEL_2018-19_West_Midlands_Police_May19.pdf",
   "Ensure all staff have received at least the lowest level of vetting clearance for their "
   "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
   "renewals when they become due so that we comply fully with the national vetting guidelines.",
   "Head of Professional Standards", "Completed", 100, "02/11/2019",
   notes(("14/10/2025", "Completed. 100% of workforce hold at least RV/CTC. Pending sign off "
          "by the chief officer lead before submission."),))
fr(206, "p19_sup", "ASR-HMI-021", "HMICFRS_PEEL_2021-22_WestMidlands_v2.pdf",
   "HMICFRS AFI 3 – The force should improve the supervision of investigations, so that "
   "investigation plans are set, reviewed and recorded and victims receive a consistently good "
   "service.",
   "Det Ch Supt Force CID", "In Progress", 50, "31/03/2023",
   notes(("15/09/2025", "Investigation plan template mandated on Connect."),
         ("04/03/2024", "Action moved to the PEEL 2021-22 assurance record when the 2019 PEEL "
          "record was archived; source document re-attached.")))
fr(207, "p19_perf", "ASR-HMI-017", "PEEL_2018-19_West_Midlands_Police_May19.pdf",
   "The force should make sure it has access to accurate data and analysis to support effective "
   "performance management.",
   "Head of Corporate Development", "Not Started", 0, "31/03/2020",
   notes(("14/10/2025", "Awaiting allocation - new Head of Performance starts Jan 2026."),))
fr(208, "cdi_rec", "ASR-HMI-014", "CDI_2018_WMP_Final_Report.pdf",
   "Within six months the force should put in place arrangements to ensure that: victims are "
   "believed at the point of report; conversations between call handlers and callers are "
   "summarised accurately in the incident log; multiple crimes always recorded; practice of "
   "awaiting results of medical examinations / video interviews before crime-recording "
   "decisions is stopped; online reports triaged at point of receipt.",
   "Force Crime Registrar", "Completed", 100, "13/03/2019",
   notes(("17/06/2025", "Completed. CDI audit 94% compliance. Submitted for closure."),
         ("20/01/2025", "Online reporting triage desk live.")))
fr(209, "cdi_afi", "ASR-HMI-014", "CDI_2018_WMP_Final_Report.pdf",
   "AFI – The force should make sure it records reports of hate crime accurately and without "
   "delay.",
   "Force Crime Registrar", "In Progress", 85, "13/09/2019",
   notes(("17/06/2025", "Hate crime flag audit 89%; re-audit in Q3."),))
fr(210, None, "ASR-IA-004", "IA_Report_MOSOVO_2022-23_v3.docx",
   "Rewrite the registered sex offenders policy and publish it on the intranet with a "
   "communications plan",
   "Ch Supt Public Protection", "Cancelled", 0, "31/12/2023",
   notes(("19/02/2024", "Cancelled - superseded by national MOSOVO APP revision."),),
   "Internal audit action (MOSOVO audit file), cancelled; not an HMICFRS item.")
fr(211, "pw_1", "ASR-HMI-019", "Disproportionate-use-of-police-powers-spotlight-Feb21.pdf",
   "By July 2022 ensure officers & staff have effective communication skills in line with the "
   "National Policing Guidelines on Conflict Management (in addition to existing conflict "
   "management & de-escalation training).",
   "Head of Learning & Development", "In Progress", 75, "31/07/2022",
   notes(("30/09/2025", "PST refresher includes communication skills; 78% trained."),))
fr(212, "pw_2", "ASR-HMI-019", "HMICFRS_Police_Powers_Spotlight_2021.pdf",
   "By July 2021, ensure communication skills are reinforced as part of CPD for officers and "
   "staff, and supervisors supported to routinely & frequently debrief officers on these skills "
   "using BWV footage.",
   "Head of Learning & Development", "Completed", 100, "31/07/2021",
   notes(("30/09/2025", "Completed. BWV debrief guide issued to all sergeants; CPD session "
          "delivered."),))
fr(213, "pw_3", "ASR-HMI-019", "HMICFRS_Police_Powers_Spotlight_2021.pdf",
   "By September 2021: officers record on BWV the entirety of all S&S encounters incl. traffic "
   "stops & use of force incidents; structured process for regularly reviewing a sufficient "
   "sample of BWV footage; external scrutiny panel access to samples of BWV footage.",
   "Supt J. Whitmore (Stop & Search lead)", "In Progress", 80, "30/09/2021",
   notes(("30/09/2025", "BWV activation compliance 93%. External panel access agreed, MoU "
          "awaiting signature."),))
fr(214, "pw_5", "ASR-HMI-019", "Disproportionate-use-of-police-powers-spotlight-Feb21.pdf",
   "By July 2021 ensure effective internal monitoring processes on the use of force, to "
   "identify & understand disproportionate use, explain the reasons & implement any necessary "
   "improvement action.",
   "ACC Local Policing", "Completed", 100, "31/07/2021",
   notes(("30/09/2025", "Completed. Use of force dashboard and quarterly Legitimacy Board "
          "review."),))
fr(215, None, "ASR-IOPC-002", "IOPC-Learning-the-Lessons-Issue-41-Domestic-Abuse.pdf",
   "Task & Finish group to review the domestic abuse policy and report to the Force Executive "
   "Team",
   "Ch Supt Public Protection", "Completed", 100, "30/06/2023",
   notes(("25/07/2023", "Completed. A Task & Finish group has been set up and a full "
          "implementation/project plan, policy rewrite and communications plan is now "
          "completed."),),
   "IOPC learning report action; not an HMICFRS item.")
fr(216, None, "ASR-IOPC-003", "IOPC_Learning_Recommendations_MissingPersons_2023.pdf",
   "Deliver refresher training on missing children to all response and neighbourhood officers",
   "Head of Learning & Development", "In Progress", 45, "31/03/2026",
   notes(("21/05/2025", "Module written; roll-out via PST days from Nov."),),
   "IOPC learning action on missing children; looks like the PEEL 2016 missing-children rec but "
   "the file is an IOPC learning report.")
fr(217, None, "ASR-IA-006", "IA_Firearms_Licensing_Governance_2023-24_FINAL.pdf",
   "Internal audit action: Review the firearms licensing demand profile as part of the force "
   "management statement",
   "Supt Firearms Licensing", "Completed", 100, "31/03/2024",
   notes(("08/05/2024", "Completed. FMS 2024 section 7 updated."),),
   "Internal audit action; near the firearms demand recommendation but the file is an internal "
   "audit report.")
fr(218, None, "ASR-IA-007", "Internal Audit - Vetting & Counter Corruption Jan 2024 FINAL.pdf",
   "Add counter-corruption measures to the monthly Force Performance pack",
   "Head of Professional Standards", "Completed", 100, "30/04/2024",
   notes(("02/05/2024", "Completed."),),
   "Internal audit action; not an HMICFRS item.")
fr(219, None, "ASR-IA-008", "RSM-WMP-IA-Crime-Data-Quality-2024-25-v1.0-FINAL.pdf",
   "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
   "Standards Board",
   "Force Crime Registrar", "In Progress", 50, "31/03/2026",
   notes(("17/06/2025", "Q1 and Q2 dip samples complete."),),
   "Internal audit action; not an HMICFRS item.")
fr(220, None, "ASR-IA-009", "Internal_Audit_Partnership_Data_Sharing_2024-25.pdf",
   "Agree an information-sharing protocol on county lines drug dealing with the local "
   "authorities",
   "Head of Intelligence", "In Progress", 30, "31/12/2025",
   notes(("01/10/2025", "Draft protocol with 3 LAs."),),
   "Internal audit action on information sharing; near the MSHT ISA recommendation but the file "
   "is an internal audit report.")
fr(221, None, "ASR-IOPC-004", "IOPC_learning_report_mental_health_S136_2024.pdf",
   "Review the people with mental ill health demand profile as part of the force management "
   "statement",
   "Supt Contact Centre", "On Hold", 20, "31/03/2026",
   notes(("12/08/2025", "On hold pending Right Care Right Person phase 3."),),
   "IOPC learning action; not an HMICFRS item.")
fr(222, None, "ASR-IA-010", "IA rural crime review 2024 FINAL.pdf",
   "Appoint a single point of contact for rural crime in each local policing area",
   "ACC Local Policing", "Not Started", 0, "31/03/2026",
   notes(("22/09/2025", "Awaiting allocation."),),
   "Internal audit action; not an HMICFRS item.")

assert len(F) == 64, len(F)

# Action IDs: allocation in creation order with gaps (other categories share the sequence)
F.sort(key=lambda r: r["order"])
n = 388
for r in F:
    n += random.randint(1, 9)
    r["act"] = f"ACT-{n:05d}"

# Last review date = newest dated note
for r in F:
    r["last"] = r["notes"].split(" - ", 1)[0]
    d(r["last"])
    d(r["target"])

# ---------------------------------------------------------------------------------------
# Categories
# ---------------------------------------------------------------------------------------
CONFLICT_WHY = {
    "sf_2": ("Same Stolen Freedom information-sharing recommendation, but the list says "
             "'Within six months' and the force row says 'Within 12 months'."),
    "p19_sup": ("Same AFI text, but the list holds it under PEEL 2018/19 (published 2 May 2019) "
                "while the force row's Source Document is the PEEL 2021-22 report file (the "
                "review note says it was moved there from the 2019 record)."),
}

by_h: dict[str, list[dict]] = {}
for r in F:
    if r["hkey"]:
        by_h.setdefault(r["hkey"], []).append(r)


def category(hk):
    if hk in CONFLICT_WHY:
        return "conflict"
    rows = by_h[hk]
    done = all(r["status"] in DONE for r in rows)
    if h_open(hk):
        return "closeable_submit" if done else "in_sync"
    return "in_sync" if done else "closeable_local"


# ---------------------------------------------------------------------------------------
# Write tracker.csv
# ---------------------------------------------------------------------------------------
HEADER = ["Action ID", "Risk/Assurance Ref", "Source Document", "Action Description",
          "Action Owner", "Action Status", "% Complete", "Target Date", "Last Review Date",
          "Review Notes"]
PRE = ["Report: Assurance Actions Export", "Generated: 03/11/2025 09:14",
       "Filters: Category = HMICFRS; Status = All", ""]
buf = io.StringIO(newline="")
for line in PRE:
    buf.write(line + "\r\n")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEADER)
header_row = len(PRE) + 1
# export is sorted by Action ID
F.sort(key=lambda r: r["act"])
for i, r in enumerate(F):
    r["row"] = header_row + 1 + i
    w.writerow([r["act"], r["asr"], r["src"], r["desc"], r["owner"], r["status"], r["pct"],
                r["target"], r["last"], r["notes"]])
buf.write(f"Total records: {len(F)}\r\n")
(OUT / "tracker.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

# ---------------------------------------------------------------------------------------
# Write hmicfrs.xlsx
# ---------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = ("HMICFRS recommendations register – definitive list: West Midlands Police")
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Extracted 20 October 2025. Includes items closed since the last definitive list."
hdr = ["Reference", "Report title", "Publication date", "Type", "Status", "Recommendation text"]
for c, v in enumerate(hdr, 1):
    cell = ws.cell(row=H_TITLE_ROWS + 1, column=c, value=v)
    cell.font = Font(bold=True)
for k in H_ORDER:
    ref, title, pub, typ, status, text = H[k]
    row = H_ROW[k]
    ws.cell(row=row, column=1, value=ref)
    ws.cell(row=row, column=2, value=title).alignment = Alignment(wrap_text=True, vertical="top")
    c = ws.cell(row=row, column=3, value=pub)
    c.number_format = "dd/mm/yyyy"
    ws.cell(row=row, column=4, value=typ)
    ws.cell(row=row, column=5, value=status)
    ws.cell(row=row, column=6, value=text).alignment = Alignment(wrap_text=True, vertical="top")
for col, wdt in zip("ABCDEF", (11, 48, 14, 24, 17, 100)):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = ws.cell(row=H_TITLE_ROWS + 2, column=1)
wb.save(OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------------------------------
# truth.csv
# ---------------------------------------------------------------------------------------
SHEET = "Definitive list"
WHY_MATCH = {
    "closeable_submit": "HMICFRS {hs}; force {fs}",
    "closeable_local": "HMICFRS {hs}; force {fs}",
    "in_sync": "HMICFRS {hs}; force {fs}",
}
FAMILY_NOTE = {
    "e16_sup": " (wording repeated in the 2015 and 2017 PEEL effectiveness files; the file name "
               "year 2016 decides)",
    "e17_sup": " (wording repeated in the 2015 and 2016 files; the file name year 2017 decides)",
    "e16_dash": " (wording repeated in PEEL effectiveness 2017; file name year 2016 decides)",
    "e17_dash": " (wording repeated in PEEL effectiveness 2016; file name year 2017 decides)",
    "sas15": " (wording nearly identical to Stop and search 2013 rec 3, which the force does not "
             "track; file name HMIC_StopSearch_2015 decides)",
    "f17_oc": " (same wording in the force's 2016 efficiency row; file name year 2017 decides)",
}
lines = []
for r in sorted(F, key=lambda r: r["row"]):
    fref = f"tracker.csv!{r['row']}"
    hk = r["hkey"]
    if hk is None:
        lines.append(("", fref, "not_on_hmicfrs_list", r["note_why"]))
        continue
    cat = category(hk)
    parts = by_h[hk]
    if cat == "conflict":
        why = CONFLICT_WHY[hk]
    else:
        fs = r["status"]
        if len(parts) > 1:
            fs = (f"{r['status']} (part {parts.index(r) + 1} of {len(parts)}; parts: "
                  + ", ".join(p["status"] for p in parts) + ")")
        why = WHY_MATCH[cat].format(hs=H[hk][4], fs=fs) + FAMILY_NOTE.get(hk, "")
    lines.append((f"{SHEET}!{H_ROW[hk]}", fref, cat, why))
tracked = set(by_h)
for k in H_ORDER:
    if k not in tracked:
        ref, title, pub, typ, status, text = H[k]
        lines.append((f"{SHEET}!{H_ROW[k]}", "", "missing_from_force",
                      f"{ref} ({title[:60]}…, {status}) has no action in the export"))
truth = pd.DataFrame(lines, columns=["hmicfrs_row", "force_row", "category", "why"])
truth.to_csv(OUT / "truth.csv", index=False, encoding="utf-8")

# summary for the README
print("HMICFRS items:", len(H), "rows", min(H_ROW.values()), "-", max(H_ROW.values()))
print("tracker records:", len(F), "rows", F[0]["row"], "-", F[-1]["row"])
print("truth lines:", len(truth))
print(truth.category.value_counts().to_string())
items = {}
for k in H:
    items[k] = category(k) if k in tracked else "missing_from_force"
print("by HMICFRS item:", pd.Series(items).value_counts().to_dict())
