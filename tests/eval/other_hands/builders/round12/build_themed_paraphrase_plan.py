"""Builder for the independent case `themed_paraphrase_plan` (round 12).

West Mercia Police keeps its HMICFRS improvement plan by THEME, not by report. Each item is the
force's own paraphrased "Objective"; the real HMICFRS wording is copied only on some rows.
HMICFRS side: a UTF-8 (BOM) CSV export of the register, one row per item.
Texts: only the real texts in /work/shared/data/real_recommendations.csv and
/work/main/reconcile/casegen/texts (read as data).
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import BODIES, NATIONAL, TOPIC_BODIES  # noqa: E402  (data only)

random.seed(20250203)
OUT = Path("/tmp/indep12/themed/themed_paraphrase_plan")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv").fillna("")
WM = REAL[REAL.force == "West Mercia Police"].text.tolist()   # 11 real West Mercia texts
BEDS_DETENTION = REAL[REAL.force == "Bedfordshire Police"].text.iloc[0]


def body(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def topic(prefix: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].format(t=t)


def nat(key: str, i: int) -> tuple[str, str]:
    return NATIONAL[key][2][i]


def wm(prefix: str) -> str:
    hits = [t for t in WM if prefix in t]
    assert len(hits) == 1, prefix
    return hits[0]


# ---------------------------------------------------------------- HMICFRS register -----------
REPORTS = {  # key: (register title, publication date dd/mm/yyyy)
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "09/07/2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", "27/03/2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "04/09/2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30/01/2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24/03/2015"),
    "picture": ("Building the picture: an inspection of police information management", "01/07/2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15/09/2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24/10/2017"),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", "09/11/2017"),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", "12/12/2017"),
    "ncpi18": ("National child protection inspection – West Mercia Police", "19/06/2018"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites in West Mercia", "21/08/2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "02/05/2019"),
    "cdi19": ("Crime data integrity inspection 2019 – West Mercia Police", "12/09/2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26/02/2021"),
    "peel21": ("PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of West Mercia Police", "20/05/2022"),
    "peel23": ("PEEL 2023–2025 Police effectiveness, efficiency and legitimacy: An inspection of West Mercia Police", "18/06/2024"),
}
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
BP, AR, CP, SUP = "Being progressed", "Awaiting review", "Complete", "Superseded"

missing_children = ("Within six months the force should " + body("review its approach to reports of missing children")
                    + ".")
# key: (report, type, text, status)
ITEMS: dict[str, tuple[str, str, str, str]] = {
    "sas13_mon": ("sas13", NAT, nat("sas13", 1)[1], CP),
    "sas13_code": ("sas13", NAT, nat("sas13", 2)[1], CP),
    "da14_plan": ("everyone", NAT, nat("everyone", 0)[1], SUP),
    "core_thr": ("core", NAT, nat("core", 0)[1], BP),
    "int_nfa": ("integrity", NAT, nat("integrity", 0)[1], BP),
    "sas15_code": ("sas15", NAT, nat("sas15", 0)[1], BP),
    "btp_audit": ("picture", NAT, nat("picture", 0)[1], AR),
    "fl_gov": ("firearms", NAT, nat("firearms", 0)[1], CP),
    "fl_demand": ("firearms", NAT, nat("firearms", 1)[1], BP),
    "fl_expired": ("firearms", NAT, nat("firearms", 2)[1], BP),
    "fl_permits": ("firearms", NAT, nat("firearms", 3)[1], CP),
    "fl_dispatch": ("firearms", NAT, nat("firearms", 4)[1], BP),
    "sf_lead": ("stolen", NAT, nat("stolen", 0)[1], BP),
    "sf_isa": ("stolen", NAT, nat("stolen", 1)[1], BP),
    "sf_s45": ("stolen", NAT, nat("stolen", 2)[1], CP),
    "sf_nrm": ("stolen", NAT, nat("stolen", 3)[1], BP),
    "sf_ncrs": ("stolen", NAT, nat("stolen", 4)[1], BP),
    "sf_inv": ("stolen", NAT, nat("stolen", 5)[1], BP),
    "sf_prev": ("stolen", NAT, nat("stolen", 6)[1], AR),
    "eff17_dig": ("efc17", NAT, nat("efc17", 0)[1], SUP),
    "leg_coc": ("leg17", COC, nat("leg17", 0)[1], BP),
    "leg_mon": ("leg17", NAT, nat("leg17", 1)[1], CP),
    "leg_disp": ("leg17", NAT, nat("leg17", 2)[1], BP),
    "leg_pub": ("leg17", NAT, nat("leg17", 3)[1], BP),
    "leg_ub": ("leg17", NAT, nat("leg17", 4)[1], BP),
    "ncpi_missing": ("ncpi18", REC, missing_children, BP),
    "ncpi_cse_intel": ("ncpi18", REC, "Within six months, the force should "
                       + topic("improve how it gathers, assesses", "child sexual exploitation") + ".", CP),
    "ncpi_cse_partners": ("ncpi18", REC, "Within six months, the force should "
                          + topic("improve how it works with partner", "child sexual exploitation") + ".", BP),
    "ncpi_ocsa": ("ncpi18", REC, "Within twelve months, the force should "
                  + topic("make sure investigations of {t}".split("{")[0], "online child sexual abuse") + ".", BP),
    "ncpi_detention": ("ncpi18", REC, BEDS_DETENTION.replace("Bedfordshire Police", "West Mercia Police"), BP),
    "cust_mh": ("cust18", AFI, "The force should "
                + topic("make sure officers and staff have the training", "people with mental ill health") + ".", BP),
    "p18_coc1": ("peel18", COC, wm("alliance with Warwickshire Police ends"), CP),
    "p18_coc2": ("peel18", COC, wm("capacity or capability to investigate"), BP),
    "p18_workload": ("peel18", REC, wm("capabilities and capacity to manage"), CP),
    "p18_vuln": ("peel18", REC, wm("approach to vulnerability"), CP),
    "p18_skills": ("peel18", REC, wm("skills project"), BP),
    "p18_warks": ("peel18", REC, wm("agree arrangements with Warwickshire"), CP),
    "p18_opmodel": ("peel18", REC, wm("clearly define its new operating model"), CP),
    "p18_consult": ("peel18", REC, wm("consult with the public"), BP),
    "p18_superv": ("peel18", REC, wm("regular and active supervision"), BP),
    "p18_digital": ("peel18", REC, wm("retrieve digital evidence"), BP),
    "p18_rui": ("peel18", REC, wm("released under investigation"), CP),
    "cdi_victims": ("cdi19", REC, "Within six months the force should " + body("put in place arrangements to ensure that") + ".", BP),
    "cdi_oocd": ("cdi19", REC, "Within three months, the force should " + body("revise its approach to cautions") + ".", CP),
    "cdi_system": ("cdi19", AFI, "The force should " + body("improve its use of its crime-recording") + ".", BP),
    "pow_comms": ("powers", NAT, nat("powers", 0)[1], BP),
    "pow_cpd": ("powers", NAT, nat("powers", 1)[1], BP),
    "pow_bwv": ("powers", NAT, nat("powers", 2)[1], BP),
    "pow_uof": ("powers", NAT, nat("powers", 4)[1], BP),
    "p21_da_inv": ("peel21", AFI, "The force should " + topic("make sure investigations of {t}".split("{")[0], "domestic abuse") + ".", SUP),
    "p21_prevent": ("peel21", AFI, "The force should " + body("develop a clear prevention strategy") + ".", BP),
    "p21_dash": ("peel21", AFI, "The force should " + body("take steps to ensure that there is effective supervision") + ".", BP),
    "p21_superv": ("peel21", AFI, "The force should " + body("improve the supervision of investigations") + ".", BP),
    "p21_divers": ("peel21", AFI, "The force should " + body("specify in succession plans") + ".", BP),
    "p21_eddata": ("peel21", AFI, "The force should " + body("review how it gathers and uses equality") + ".", CP),
    "p21_confid": ("peel21", AFI, "The force should " + body("make sure it provides a confidential way") + ".", BP),
    "p21_access": ("peel21", AFI, "The force should " + body("make sure it provides accessible information") + ".", BP),
    "p21_support": ("peel21", AFI, "The force should " + body("review the support available") + ".", BP),
    "p21_rasso": ("peel21", AFI, "The force should " + topic("make sure victims of {t}".split("{")[0], "rape and serious sexual offences") + ".", BP),
    "p21_county": ("peel21", AFI, "The force should " + topic("improve its understanding of the nature", "county lines drug dealing") + ".", CP),
    "p21_control": ("peel21", AFI, "The force should " + body("ensure that it has sufficient resources available in the control room") + ".", BP),
    "p23_da_inv": ("peel23", AFI, "The force should " + topic("make sure investigations of {t}".split("{")[0], "domestic abuse") + ".", AR),
    "p23_control": ("peel23", AFI, "The force should " + body("ensure that it has sufficient resources available in the control room") + ".", AR),
    "p23_vawg": ("peel23", AFI, "The force should " + topic("make sure its performance framework", "violence against women and girls") + ".", AR),
    "p23_oversight": ("peel23", AFI, "The force should " + body("make sure there are appropriate strategic oversight") + ".", AR),
    "p23_vetting": ("peel23", AFI, "The force should " + body("ensure all staff have received at least the lowest level of vetting") + ".", AR),
    "p23_asb": ("peel23", AFI, "The force should " + topic("make sure it records reports of", "anti-social behaviour") + ".", AR),
}
# the recurring PEEL wording really is identical across the two years
assert ITEMS["p21_da_inv"][2] == ITEMS["p23_da_inv"][2]
assert ITEMS["p21_control"][2] == ITEMS["p23_control"][2]
assert len(ITEMS) == 67, len(ITEMS)

# register reference numbers: plain integers, unique across the register, rising with time
ID_BASE = {"sas13": 1187, "everyone": 2321, "core": 4822, "integrity": 5391, "sas15": 5546,
           "picture": 6104, "firearms": 6617, "stolen": 8302, "efc17": 8466, "leg17": 8540,
           "ncpi18": 9140, "cust18": 9377, "peel18": 10052, "cdi19": 10418, "powers": 13209,
           "peel21": 15730, "peel23": 19964}
refs: dict[str, int] = {}
_next: dict[str, int] = {}
for key, (rep, *_rest) in ITEMS.items():
    gap = 1 if rep in ("leg17", "everyone", "core") else random.choice([1, 1, 1, 2, 3])
    cur = _next.get(rep, ID_BASE[rep] - gap)
    refs[key] = cur + gap
    _next[rep] = refs[key]
assert refs["leg_mon"] == 8541 and refs["da14_plan"] == 2321 and refs["core_thr"] == 4822  # real register ids
assert len(set(refs.values())) == len(refs)

order = sorted(ITEMS, key=lambda k: (pd.to_datetime(REPORTS[ITEMS[k][0]][1], dayfirst=True), refs[k]))
hmic_row: dict[str, str] = {}
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Reference number", "Report title", "Publication date", "Type", "Status", "Text"])
    for i, k in enumerate(order):
        rep, typ, text, status = ITEMS[k]
        w.writerow([refs[k], REPORTS[rep][0], REPORTS[rep][1], typ, status, text])
        hmic_row[k] = f"hmicfrs.csv!{i + 2}"

# ---------------------------------------------------------------- force tracker --------------
# Each row: (kind, keys, objective, wording, source, sref, owner, milestones, rag, comments)
# kind: "obj" (an objective), "ptr" (a "See objective" cross-reference row, not an item)
FULL = "FULL"   # copy the register text as it stands


def trunc(k: str, n: int) -> str:
    t = ITEMS[k][2].replace("\n", " ")
    return t[:n].rstrip() + "..."


def nostem(k: str) -> str:
    t = ITEMS[k][2]
    for stem in ("The force should ", "Within six months the force should ", "Within six months, the force should ",
                 "Within three months, the force should ", "Within twelve months, the force should "):
        if t.startswith(stem):
            return t[len(stem)].upper() + t[len(stem) + 1:]
    return t


THEMES: list[tuple[str, str, list[tuple]]] = []

THEMES.append(("Theme 1: Protecting vulnerable people", "Theme lead: Ch Supt Public Protection", [
    ("obj", ["da14_plan"],
     "Keep a published DA action plan, developed with the PCC, DA support services and victims' reps, and keep it under review",
     None, "DA 14", "", "Ch Supt Public Protection",
     "30/09/2014 – plan published\nAnnual refresh each April\n31/03/2025 – fold into VAWG delivery plan",
     "AMBER", "Plan refreshed April 2024. 2025 version being merged into VAWG delivery plan – awaiting FET sign off (Jan 25)."),
    ("obj", ["p21_dash"],
     "Review DA risk assessment process to make sure DASH is used consistently and initial risk assessments are supervised",
     FULL, "PEEL 21/22", "PEEL21-AFI3", "D/Supt Public Protection",
     "31/10/2022 – DASH dip sample (100 cases)\n31/03/2023 – supervisor guidance issued\nQ1 25/26 – re-audit",
     "AMBER", "Update 09/01/2025: DASH completion 91% (Dec). Supervisory review rate still below target in South LPA."),
    ("obj", ["p18_vuln"],
     "Review our approach to vulnerability with partners so that vulnerable people are better safeguarded",
     None, "PEEL 18/19", "PEEL18-R2", "ACC Crime",
     "30/11/2019 – joint review with LSCBs/SABs\n31/03/2020 – findings to Safeguarding Board",
     "GREEN", "Review completed with partners; findings adopted by Safeguarding Board 03/2020. Evidence pack held by SP&I."),
    ("obj", ["ncpi_missing"],
     "Review how we handle missing children reports – correct use of missing/absent, CSE risk awareness for call takers and frontline staff, supervisory oversight of enquiries",
     "Review its approach to reports of missing children and take steps to ensure that:\n- call takers understand and use the missing and absent category appropriately;\n- call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n- supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
     "NCPI 18", "NCPI18-R1", "Supt Contact Centre",
     "31/12/2018 – absent category withdrawn\n31/03/2019 – CSE input to OCC staff\n30/06/2019 – missing persons SOP",
     "GREEN", "Complete. Absent category removed Dec 2018; all call takers trained. Proposed for closure at FAB 12/11/2024."),
    ("obj", ["ncpi_cse_partners"],
     "Work better with partner agencies to safeguard children at risk of CSE",
     None, "NCPI 18", "NCPI18-R3", "Ch Supt Public Protection",
     "30/09/2019 – MACE panels in all LPAs\n31/03/2025 – joint CSE/CCE audit with LAs",
     "Amber", "MACE arrangements reviewed with Telford & Wrekin and Shropshire; Herefordshire still outstanding."),
    ("obj", ["sf_nrm", "sf_s45"],
     "Make sure MSHT victims are referred through the NRM (incl. duty to notify the Home Office for adults) and that the s45 defence is considered early and throughout",
     None, "MSHT 17", "MSHT17-R3 / R4", "D/Supt Serious Organised Crime",
     "30/04/2018 – NRM SPOC network\n31/07/2018 – s45 guidance with CPS\n31/10/2018 – audit of NRM referrals",
     "BLUE", "Both complete. NRM referral audit showed 100% DtN compliance (Oct 2018). s45 guidance agreed with CPS West Midlands."),
    ("obj", ["sf_lead"],
     "Review MSHT leadership & governance: senior leaders prioritise MSHT, every incident resourced with the right skills, partnership arrangements, performance and QA measures",
     trunc("sf_lead", 230), "MSHT 17", "MSHT17-R1", "D/Supt Serious Organised Crime",
     "31/10/2018 – MSHT strategic lead appointed\n31/03/2019 – MSHT partnership board\nQ4 24/25 – QA framework",
     "AMBER", "Partnership board in place. QA/performance measures not yet agreed – target Q4 24/25."),
    ("obj", ["sf_isa"],
     "Put information-sharing agreements in place with partner agencies so MSHT intelligence is exchanged quickly",
     "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
     "MSHT 17", "MSHT17-R2", "Head of Intelligence",
     "30/04/2018 – ISAs drafted\n31/12/2018 – ISAs signed (4 LAs, GLAA)",
     "GREEN", "ISAs signed with all four local authorities and GLAA. Ready to submit for closure."),
    ("obj", ["ncpi_detention"],
     "With children's social care, review how we detain children in custody – only when necessary, early request for alternative accommodation, detention certificates completed, decisions recorded, timely appropriate adults",
     trunc("ncpi_detention", 260), "Custody 18", "CUST18-R1", "Ch Insp Custody",
     "31/12/2018 – protocol with children's services\n31/03/2019 – PACE beds audit\nQ1 25/26 – AA contract retender",
     "AMBER", "Concordat signed with all LAs. Appropriate adult timeliness still an issue out of hours – raised at Custody Board 11/2024."),
    ("obj", ["cust_mh"],
     "Train custody officers and staff to identify and respond to people with mental ill health",
     None, "Custody 18", "CUST18-AFI1", "Ch Insp Custody",
     "31/03/2019 – MH input in custody refresher\n31/03/2025 – Right Care Right Person training",
     "AMBER", "Refresher delivered 2019; RCRP training for custody staff scheduled Feb–Mar 2025."),
    ("obj", ["ncpi_cse_intel"],
     "Improve how CSE intelligence is gathered, assessed and acted on",
     None, "NCPI 18", "NCPI18-R2", "Head of Intelligence",
     "31/12/2018 – CSE intel flag on Niche\n31/03/2019 – monthly CSE tasking",
     "BLUE", "Closed by HMICFRS 2020."),
    ("obj", ["p21_rasso"],
     "Keep RASSO victims updated on the progress of their case in line with the Victims' Code",
     None, "PEEL 21/22", "PEEL21-AFI10", "D/Supt Public Protection",
     "31/12/2022 – VCOP compliance dip sample\n30/06/2023 – victim update template on Niche",
     "GREEN", "Complete – VCOP compliance 94% in Q2 24/25 audit. Evidence to FAB 12/11/2024."),
    ("obj", ["p23_vawg"],
     "Build VAWG measures into the performance framework so chief officers get a clear picture of our response",
     None, "PEEL 23/25", "PEEL23-AFI3", "Head of Corporate Development",
     "30/09/2024 – VAWG measures drafted\n31/03/2025 – VAWG section in Force Performance pack",
     "AMBER", "New AFI (June 2024). Draft measures with VAWG lead."),
    ("obj", [],
     "Task & Finish group to review the DA policy and report to the Force Executive Team",
     None, "DA Review 23", "", "D/Supt Public Protection",
     "31/07/2023 – T&F group set up\n31/10/2023 – policy rewrite & comms plan",
     "GREEN", "Local DA review action (not HMICFRS). Policy rewrite signed off 10/2023."),
]))

THEMES.append(("Theme 2: Workforce and wellbeing", "Theme lead: Director of People", [
    ("obj", ["p18_skills"],
     "Widen the skills project to assess all skills (not just operational) and future skills needs, and use it to inform workforce plans",
     None, "PEEL 18/19", "PEEL18-R3", "Director of People",
     "31/12/2019 – skills audit (all staff)\n31/03/2020 – workforce plan 2020-23\n31/03/2024 – refreshed workforce plan",
     "GREEN", "Skills audit complete; workforce plan 2024-27 signed off 03/2024. Submit for closure."),
    ("obj", ["p21_divers"],
     "Set out in succession plans how diversity will be improved at all levels, including more direct entry opportunities",
     nostem("p21_divers"), "PEEL 21/22", "PEEL21-AFI5", "Head of HR",
     "31/03/2023 – succession planning framework\n31/03/2025 – direct entry (inspector) pilot",
     "AMBER", "Succession plans in place for ACPO/Supt ranks. Direct entry inspector pilot paused (budget)."),
    ("obj", ["p21_confid", "p21_access"],
     "Refresh speak-up and whistleblowing routes and publish how staff and the public can raise concerns confidentially and get support (incl. external agencies)",
     ITEMS["p21_confid"][2] + "\n" + ITEMS["p21_access"][2], "PEEL 21/22", "PEEL21-AFI7 & AFI8", "Head of Professional Standards",
     "31/01/2023 – Integrity line relaunch\n30/06/2023 – public 'raise a concern' web page\n31/03/2025 – staff survey question",
     "AMBER", "Merged AFI 7 & 8 (agreed FAB 14/11/2022). Web page live; staff awareness 61% in 2024 survey – target 80%."),
    ("obj", ["p21_support"],
     "Review support for people who have raised concerns and act on any gaps",
     None, "PEEL 21/22", "PEEL21-AFI9", "Head of Professional Standards",
     "31/03/2023 – review of support\n30/09/2024 – welfare SPOC for reporters",
     "RED", "Review done but welfare SPOC not yet funded. Escalated to People Board 12/2024."),
    ("obj", ["p21_eddata"],
     "Improve how we collect and use equality & diversity data to understand our workforce demographics",
     None, "PEEL 21/22", "PEEL21-AFI6", "Head of HR",
     "31/12/2022 – self-declaration campaign\n31/03/2025 – E&D dashboard in Power BI",
     "AMBER", "Declaration rate up to 88%. Dashboard build delayed to Q1 25/26."),
    ("obj", ["p23_vetting"],
     "Clear the vetting backlog and renewals so that all staff hold at least the lowest level of vetting clearance, in line with national vetting guidelines",
     None, "PEEL 23/25", "PEEL23-AFI5", "Head of Professional Standards",
     "31/08/2024 – backlog recovery plan\n31/12/2024 – all renewals in date",
     "GREEN", "Backlog cleared 12/2024; all staff hold at least RV. Evidence to FAB 02/2025."),
    ("obj", ["pow_comms"],
     "Make sure officers and staff have effective communication skills in line with the NPG on Conflict Management, on top of existing de-escalation training",
     None, "Powers 21", "POW21-R1", "Head of Learning & Development",
     "31/03/2022 – comms skills module designed\n31/07/2022 – PST rollout\n31/03/2025 – staff (PCSO/OCC) rollout",
     "AMBER", "Officer rollout complete via PST; police staff rollout outstanding."),
    ("obj", ["pow_cpd"],
     "Reinforce communication skills through CPD; supervisors to debrief officers regularly using BWV footage",
     None, "Powers 21", "POW21-R2", "Head of Learning & Development",
     "31/07/2021 – CPD package\n30/09/2021 – supervisor BWV debrief guide",
     "Green ", "Complete – CPD package live, supervisor debrief guide issued 09/2021."),
    ("obj", [],
     "Internal audit of vetting governance arrangements (audit plan 2023/24) – implement agreed management actions",
     None, "Int Audit 23/24", "IA2324-07", "Head of Professional Standards",
     "31/03/2024 – audit report\n30/09/2024 – management actions complete",
     "BLUE", "All 4 management actions complete – confirmed by internal audit follow-up 10/2024."),
]))

THEMES.append(("Theme 3: Investigations", "Theme lead: Det Ch Supt Force CID", [
    ("obj", ["p18_coc2"],
     "Address cause of concern: capacity and capability to investigate crime effectively",
     None, "PEEL 18/19", "PEEL18-CoC2", "Det Ch Supt Force CID",
     "31/03/2020 – investigations improvement plan\n31/03/2025 – investigative standards review",
     "AMBER", "Investigation standards improving (PEEL 23/25 'adequate'). CoC remains open with HMICFRS."),
    ("obj", ["p18_workload"],
     "Review investigators' capability, capacity and workloads to understand investigative demand and pressures",
     trunc("p18_workload", 150), "PEEL 18/19", "PEEL18-R1", "Det Ch Supt Force CID",
     "31/08/2019 – workload review\n31/12/2019 – demand model",
     "BLUE", "Closed."),
    ("obj", ["p18_superv"],
     "Make sure investigations get regular, active supervison of quality and progress, and that it is recorded",
     None, "PEEL 18/19", "PEEL18-R7", "Det Ch Supt Force CID",
     "31/10/2019 – supervisory review template\nQuarterly – investigation quality audit",
     "AMBER", "Audit Q3 24/25: supervisory reviews recorded in 78% of cases."),
    ("obj", ["p18_digital"],
     "Speed up retrieval of digital evidence from phones, computers and other devices so investigations aren't delayed",
     None, "PEEL 18/19", "PEEL18-R8", "Head of Digital Forensics",
     "31/03/2020 – kiosk rollout\n31/03/2025 – DFU backlog < 8 weeks",
     "RED", "DFU backlog 19 weeks (Dec 24). Recruitment of 4 examiners ongoing."),
    ("obj", ["p18_rui"],
     "Improve understanding and management of suspects released under investigation and on bail",
     None, "PEEL 18/19", "PEEL18-R9", "Head of Criminal Justice",
     "31/12/2019 – RUI/bail dashboard\n31/03/2020 – bail management unit",
     "GREEN", "Complete – bail management unit in place since 2020."),
    ("obj", ["p21_superv"],
     "Improve supervision of investigations so plans are set, reviewed and recorded and victims get a consistent service",
     nostem("p21_superv"), "PEEL 21/22", "PEEL21-AFI4", "Det Ch Supt Force CID",
     "30/09/2022 – investigation plan on Niche mandatory\nQuarterly – crime standards audit",
     "AMBER", "Linked to 3.3. Plans set in 85% of cases; reviews recorded in 71%."),
    ("obj", ["p21_da_inv"],
     "Make sure DA investigations are allocated to skilled officers and are effectively supervised",
     None, "PEEL 21/22", "PEEL21-AFI1", "D/Supt Public Protection",
     "31/12/2022 – DA allocation policy\n31/03/2023 – DA investigator course",
     "BLUE", "Closed 07/2024 – AFI repeated in PEEL 23/25, now tracked at 3.10."),
    ("obj", ["ncpi_ocsa"],
     "Allocate online child sexual abuse investigations to officers with the right skills, with effective supervision",
     None, "NCPI 18", "NCPI18-R4", "D/Supt Public Protection",
     "31/12/2018 – OCSA team (POLIT) uplift\n31/03/2025 – triage review",
     "AMBER", "POLIT uplift complete. Triage of KIRAT referrals under review."),
    ("obj", ["sf_inv"],
     "Make sure MSHT allegations are thoroughly investigated and supervised by teams with the right skills (incl. JITs/overseas evidence where appropriate)",
     None, "MSHT 17", "MSHT17-R6", "D/Supt Serious Organised Crime",
     "31/03/2018 – MSHT investigation team\n31/03/2025 – MSHT investigation audit",
     "RED", "MSHT team disbanded in 2023 restructure; allocation now via CID. Audit overdue."),
    ("obj", ["p23_da_inv"],
     "Make sure DA investigations are given to officers with the right skills and are effectively supervised",
     None, "PEEL 23/25", "PEEL23-AFI1", "D/Supt Public Protection",
     "30/09/2024 – DA investigation dip sample\n31/03/2025 – PIP1 DA uplift",
     "AMBER", "AFI re-raised June 2024 (see 3.7). Dip sample found 64% allocated to trained officers."),
    ("obj", ["p21_county"],
     "Improve our understanding of the nature and scale of county lines in West Mercia",
     None, "PEEL 21/22", "PEEL21-AFI11", "Head of Intelligence",
     "31/12/2022 – county lines problem profile",
     "BLUE", "Problem profile complete. Closed by HMICFRS."),
    ("ptr", ["sf_s45"], "See objective 1.6", None, "MSHT 17", "MSHT17-R3", None, None, None, "Covered under 1.6"),
]))

THEMES.append(("Theme 4: Crime recording and data quality", "Theme lead: Force Crime Registrar", [
    ("obj", ["cdi_victims"],
     "Put arrangements in place so victims are believed at point of report, call logs are summarised accurately, multiple crimes are recorded, decisions aren't delayed for medicals/video interviews, and online reports are triaged for risk",
     ITEMS["cdi_victims"][2].replace("’", "'"), "CDI 19", "CDI19-R1", "Force Crime Registrar",
     "31/12/2019 – OCC crime recording input\n31/03/2020 – online reports triage\nQuarterly – FCR audit",
     "AMBER", "Recording accuracy 92% (FCR audit Q3). Multiple crimes recording remains the weak area."),
    ("obj", ["cdi_oocd"],
     "Revise use of cautions, cannabis warnings and PNDs – auditable explanation to the offender and victim's views recorded before issue",
     None, "CDI 19", "CDI19-R2", "Head of Criminal Justice",
     "31/12/2019 – OOCD scrutiny panel\n31/03/2020 – Niche OOCD template",
     "GREEN", "Complete. HMICFRS closed 2021."),
    ("obj", ["cdi_system"],
     "Make better use of the crime recording and case management system to manage case files and investigations",
     None, "CDI 19", "CDI19-AFI1", "Head of Information Management",
     "31/03/2021 – Niche case file module\n30/06/2021 – user training",
     "GREEN", "Niche case file module live; training complete. Submit for closure."),
    ("obj", ["sf_ncrs"],
     "Make sure MSHT offences are recorded in line with NCRS and the FCR has enough audit capacity to check",
     None, "MSHT 17", "MSHT17-R5", "Force Crime Registrar",
     "31/03/2018 – MSHT audit added to FCR plan\nAnnual – MSHT recording audit",
     "AMBER", "Audit capacity reduced in 2024 (1 auditor vacancy)."),
    ("obj", [],
     "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board",
     None, "CSB review 23", "", "Force Crime Registrar",
     "Quarterly from Q2 23/24",
     "GREEN", "Local action from Crime Standards Board review (2023). Now business as usual."),
]))

THEMES.append(("Theme 5: Stop and search, use of force and legitimacy", "Theme lead: ACC Local Policing", [
    ("obj", ["leg_coc"],
     "Show that our use of stop and search is reasonable and fair, and be able to explain over-representation of BAME people (cause of concern)",
     None, "Legit 17", "LEG17-CoC1", "ACC Local Policing",
     "31/07/2018 – S&S scrutiny framework\n31/03/2025 – disproportionality review",
     "AMBER", "Black people 3.1x more likely to be searched (2023/24). Disproportionality review with OPCC ongoing."),
    ("obj", ["leg_disp", "leg_pub"],
     "Research and analyse S&S disparities, take action to reduce them, and publish the analysis and actions every year",
     None, "Legit 17", "LEG17-R2/R3", "Supt Local Policing",
     "31/07/2018 – first annual publication\nJuly each year – annual S&S report",
     "GREEN", "Annual S&S report published each July since 2018 (latest 07/2024). Ready for closure."),
    ("obj", ["leg_mon"],
     "Monitor S&S data regularly: reasons for ethnic disproportionality, find rates by ethnicity and search type, possession-only drug searches",
     nostem("leg_mon"), "Legit 17", "LEG17-R1", "Supt Local Policing",
     "31/07/2018 – S&S dashboard",
     "BLUE", "Closed by HMICFRS."),
    ("obj", ["leg_ub"],
     "Make sure all officers using S&S powers are trained in unconscious bias and the CoP APP",
     None, "Legit 17", "LEG17-R4", "Head of Learning & Development",
     "31/07/2018 – UB e-learning\nOngoing – new starters",
     "AMBER", "Compliance 87%; specials and transferees not yet captured."),
    ("obj", ["pow_bwv"],
     "(a) Record the whole of every S&S encounter on BWV, including traffic stops and use of force",
     "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.",
     "Powers 21", "POW21-R3a", "Supt Local Policing",
     "30/09/2021 – BWV policy amended",
     "BLUE", "BWV policy updated 09/2021."),
    ("obj", ["pow_bwv"],
     "(b) Set up a structured internal review of a sample of BWV footage to share learning and hold officers to account",
     None, "Powers 21", "POW21-R3b", "Supt Local Policing",
     "31/12/2021 – monthly BWV review by LPA supervisors",
     "GREEN", "Monthly review in place in all LPAs."),
    ("obj", ["pow_bwv"],
     "(c) Give the external scrutiny panel access to samples of BWV footage of S&S and use of force (with APP safeguards)",
     None, "Powers 21", "POW21-R3c", "Supt Local Policing",
     "31/03/2022 – panel data sharing agreement\n31/03/2025 – panel viewing in all LPAs",
     "AMBER", "Panel viewing in place in 3 of 5 LPAs."),
    ("obj", ["pow_uof"],
     "Put internal monitoring of use of force in place to identify, understand and explain disproportionate use and act on it – deadline July 2022",
     "By July 2022, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     "Powers 21", "POW21-R5", "Supt Local Policing",
     "31/07/2022 – HMICFRS deadline\n30/09/2024 – UoF dashboard in Power BI",
     "AMBER", "UoF dashboard live 09/2024; quarterly UoF scrutiny meeting from Q4."),
    ("obj", ["sas13_mon"],
     "Improve monitoring of how officers use S&S so we are satisfied it is lawful (incl. equality legislation and the Code) and effective",
     None, "S&S 13", "SS13-R2", "Supt Local Policing",
     "31/03/2014 – S&S monitoring group",
     "BLUE", "Closed."),
    ("obj", ["sas13_code"],
     "Explain to the public how S&S is used and have S&S records scrutinised by community representatives, including young people (in consultation with the PCC)",
     None, "S&S 13", "SS13-R3", "ACC Local Policing",
     "30/09/2014 – community scrutiny panel",
     "BLUE", "Closed – panel established 2014."),
    ("obj", ["sas15_code"],
     "Explain to the public how S&S is used and have S&S records scrutinised by community representatives, including young people (in consultation with the PCC)",
     None, "S&S 15", "SS15-R1", "ACC Local Policing",
     "31/03/2016 – youth panel members\n30/11/2024 – evidence to HMICFRS",
     "GREEN", "Youth representatives on panel since 2016. Evidence pack sent to HMICFRS liaison lead 11/2024."),
    ("obj", ["int_nfa"],
     "Satisfy ourselves that misconduct investigations ending in 'no further action' are fair and free from discrimination",
     None, "Integrity 15", "", "Head of Professional Standards",
     "31/08/2015 – PSD dip sample\n31/03/2025 – NFA disproportionality analysis",
     "AMBER", "Ethnicity analysis of NFA outcomes commissioned from OPCC analyst."),
    ("ptr", ["p21_access"], "See objective 2.3", None, "PEEL 21/22", "PEEL21-AFI8", None, None, None, None),
]))

THEMES.append(("Theme 6: Contact, demand and operating model", "Theme lead: DCC", [
    ("obj", ["p18_coc1"],
     "Address cause of concern: make sure we can keep the full range of public services when the alliance with Warwickshire ends",
     None, "PEEL 18/19", "PEEL18-CoC1", "DCC",
     "30/09/2019 – transition programme\n31/03/2020 – alliance exit",
     "BLUE", "Closed – alliance ended 31/03/2020 without service disruption."),
    ("obj", ["p18_warks"],
     "Agree transition arrangments with Warwickshire Police so there is no disruption to public services",
     None, "PEEL 18/19", "PEEL18-R4", "DCC",
     "31/08/2019 – collaboration agreements\n31/03/2020 – exit",
     "BLUE", "Closed."),
    ("obj", ["p18_opmodel"],
     "Define the new operating model – affordable and fit to protect the communities of West Mercia",
     trunc("p18_opmodel", 110), "PEEL 18/19", "PEEL18-R5", "Head of Corporate Development",
     "31/03/2020 – operating model v1\n31/03/2025 – operating model review phase 2",
     "AMBER", "Operating model review (phase 2) ongoing; keep open until phase 2 complete."),
    ("obj", ["p23_control"],
     "Make sure the control room has enough resources to meet its resourcing model and demand, with workforce wellbeing in mind",
     None, "PEEL 23/25", "PEEL23-AFI2", "Supt Contact Centre",
     "30/09/2024 – OCC demand & resourcing review\n31/03/2025 – revised shift pattern",
     "AMBER", "New AFI June 2024. Resourcing review commissioned; 999 answer within 10s 81%."),
    ("obj", ["core_thr"],
     "Give call handlers clear criteria (THRIVE) to assess threat, harm and risk",
     None, "Core Bus 14", "CB14-R1", "Supt Contact Centre",
     "31/03/2015 – THRIVE adopted",
     "GREEN", "THRIVE in place since 2015. Pending sign off for submission."),
    ("obj", [],
     "Record and evaluate crime prevention and disruption activity to see which tactics work",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.",
     "Core Bus 14", "CB14-R2", "Supt Neighbourhood Policing",
     "31/03/2015 – problem solving database",
     "BLUE", "Closed."),
    ("obj", ["p21_prevent"],
     "Develop a prevention strategy that targets and prioritises the people most at risk",
     None, "PEEL 21/22", "PEEL21-AFI2", "Supt Neighbourhood Policing",
     "31/03/2023 – prevention strategy\n30/09/2023 – LPA prevention hubs",
     "GREEN", "Prevention strategy published 03/2023; hubs in all LPAs. Submit for closure."),
    ("obj", ["eff17_dig"],
     "Produce an ambitious plan to improve digitally-enabled services",
     None, "Eff 17", "", "Head of ICT",
     "30/09/2018 – digital strategy",
     "GREEN", "Digital strategy 2018-21 approved. HMICFRS now treats as superseded."),
    ("obj", ["p23_oversight"],
     "Make sure strategic oversight arrangements manage risks, performance and improvement plans effectively",
     None, "PEEL 23/25", "PEEL23-AFI4", "Head of Corporate Development",
     "31/10/2024 – governance review\n31/03/2025 – Force Assurance Board ToR refresh",
     "AMBER", "Governance review reported 10/2024; this plan now reported to FAB monthly."),
]))

THEMES.append(("Theme 7: Firearms licensing", "Theme lead: Supt Firearms Licensing", [
    ("obj", ["fl_gov"],
     "Assess firearms licensing governance against APP and put the correct arrangements in place where standards aren't met",
     None, "Firearms 15", "FL15-R1", "Supt Firearms Licensing",
     "15/12/2015 – APP self-assessment",
     "BLUE", "Closed."),
    ("obj", ["fl_demand"],
     "Assess demand on the firearms licensing department and make sure it has the capacity to meet it",
     nostem("fl_demand"), "Firearms 15", "FL15-R2", "Supt Firearms Licensing",
     "15/12/2015 – demand assessment\n31/03/2025 – renewals peak plan",
     "AMBER", "Renewals peak 2024-26; 6 temporary staff recruited. Backlog 410 (Dec 24)."),
    ("obj", ["fl_permits"],
     "Make sure temporary permits follow Home Office guidance, are recorded on NFLMS without delay, and no one is left in unlawful possession",
     None, "Firearms 15", "FL15-R4", "Supt Firearms Licensing",
     "15/12/2015 – temporary permit process\n31/03/2025 – NFLMS data cleanse",
     "AMBER", "Permit process compliant; NFLMS cleanse still running so kept open."),
    ("obj", ["fl_dispatch"],
     "Make sure dispatchers can see if an incident involves a firearm certificate holder's address before attendance, and officers know the risk assessment and seizure powers",
     None, "Firearms 15", "FL15-R5", "Supt Contact Centre",
     "15/12/2015 – NFLMS/STORM address flag",
     "GREEN", "STORM flags firearm certificate addresses automatically since 2016. Ready for sign off."),
]))

# ---- write the workbook
wb = Workbook()
ws = wb.active
ws.title = "Improvement Plan"
HEAD = ["No.", "Objective", "HMICFRS wording (where copied)", "Source", "Source ref", "Owner", "Milestones", "RAG", "Comments"]
thin = Side(style="thin", color="999999")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
RAGFILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0"}
THEMEFILL = ["1F4E78", "375623", "7030A0", "833C0B", "203764", "806000", "3A3838"]

ws["A1"] = "West Mercia Police – HMICFRS Improvement Plan (by theme)"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Owner: Strategic Planning & Improvement (SP&I) | Version 14 | Last updated 20/01/2025 | Reported to Force Assurance Board (FAB) monthly"
ws["A2"].font = Font(italic=True)
hr = 4
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(hr, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="404040")
    cell.border = border
    cell.alignment = Alignment(wrap_text=True, vertical="center")

r = hr + 1
force_row: list[tuple[str, list[str], str, str, str]] = []   # (kind, keys, row, no, rag)
no_of: dict[str, str] = {}
for ti, (title, lead, rows) in enumerate(THEMES, 1):
    ws.cell(r, 1, f"{title}   ({lead})")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEAD))
    c = ws.cell(r, 1)
    c.font = Font(bold=True, color="FFFFFF", size=12)
    c.fill = PatternFill("solid", fgColor=THEMEFILL[ti - 1])
    r += 1
    n = 0
    for row in rows:
        kind, keys, objective, wording, source, sref, owner, miles, rag, comments = row
        if kind == "obj":
            n += 1
            no = f"{ti}.{n}"
        else:
            no = ""
        if wording == FULL:
            wording = ITEMS[keys[0]][2]
        vals = [no, objective, wording, source, sref or None, owner, miles, rag, comments]
        for ci, v in enumerate(vals, 1):
            cell = ws.cell(r, ci, v)
            cell.alignment = wrap
            cell.border = border
            if ci == 1:
                cell.number_format = "@"
        if rag:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=RAGFILL[rag.strip().upper()])
            ws.cell(r, 8).font = Font(bold=True)
        if kind == "ptr":
            for ci in range(1, len(HEAD) + 1):
                ws.cell(r, ci).font = Font(italic=True, color="7F7F7F")
        force_row.append((kind, keys, f"Improvement Plan!{r}", no, rag or ""))
        r += 1

# every "See objective x.y" row must point at an objective that carries its item
for kind, keys, row, no, rag in force_row:
    if kind == "ptr":
        target = ws.cell(int(row.split("!")[1]), 2).value.split()[-1]
        hit = [fr for fr in force_row if fr[0] == "obj" and fr[3] == target]
        assert hit and keys[0] in hit[0][1], (row, target)

# blank, totals and legend rows (not items)
r += 1
rags = [fr[4].strip().upper() for fr in force_row if fr[0] == "obj"]
ws.cell(r, 1, f"Total objectives: {len(rags)}   BLUE {rags.count('BLUE')} | GREEN {rags.count('GREEN')} | "
              f"AMBER {rags.count('AMBER')} | RED {rags.count('RED')}").font = Font(bold=True)
r += 2
ws.cell(r, 1, "RAG key").font = Font(bold=True)
r += 1
for word, meaning in [("BLUE", "Complete – signed off at FAB and closed (by HMICFRS where applicable)"),
                      ("GREEN", "Complete – evidence held, awaiting FAB sign off / submission to HMICFRS for closure"),
                      ("AMBER", "In progress – on track"),
                      ("RED", "Off track or past milestone date – exception report to FAB")]:
    ws.cell(r, 1, word).fill = PatternFill("solid", fgColor=RAGFILL[word])
    ws.cell(r, 2, meaning)
    r += 1
r += 1
ws.cell(r, 1, "Notes: objectives are worded by the force; HMICFRS wording is copied only where the owner asked for it. "
              "Where one objective answers more than one HMICFRS item the other item shows 'See objective x.y'. "
              "Source ref = report code + item number as numbered in the report.")

for col, wdt in zip("ABCDEFGHI", [6, 48, 55, 12, 16, 24, 36, 9, 48]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "C5"

log = wb.create_sheet("Change log")
log.append(["Date", "Change", "By"])
for d, ch, by in [
    ("14/11/2022", "PEEL 21/22 AFIs added (12). AFI 7 and AFI 8 merged into objective 2.3 (agreed FAB).", "SP&I"),
    ("14/11/2022", "PEEL 21/22 AFI 12 (control room) not added – covered by OCC change programme.", "SP&I"),
    ("08/07/2024", "PEEL 23/25 AFIs added. PEEL 21/22 AFI 1 closed as repeated in PEEL 23/25 (see 3.10).", "SP&I"),
    ("09/09/2024", "Plan re-ordered by theme (previously by report). Themes 1–7 agreed at FAB.", "SP&I"),
    ("20/01/2025", "January updates from owners; RAG refresh.", "SP&I"),
]:
    log.append([d, ch, by])
for col, wdt in zip("ABC", [12, 90, 8]):
    log.column_dimensions[col].width = wdt
wb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth ----------------------
CLOSED = {CP, SUP}
DONE = {"GREEN", "BLUE"}
rows_of: dict[str, list[tuple[str, str, str]]] = {}
for kind, keys, row, no, rag in force_row:
    if kind == "obj":
        for k in keys:
            rows_of.setdefault(k, []).append((row, no, rag.strip().upper()))

CONFLICT_WHY = {
    "ncpi_detention": "different report: HMICFRS lists the detention-of-children recommendation under the National child "
                      "protection inspection (19/06/2018); the force files it as Source 'Custody 18' / 'CUST18-R1' "
                      "(custody suites inspection, 21/08/2018); text otherwise the same item",
    "pow_uof": "timescale differs: HMICFRS text 'By July 2021, forces should ensure they have effective internal monitoring "
               "processes on the use of force'; the force's copied wording and objective say 'By July 2022' / "
               "'deadline July 2022' (milestone 31/07/2022)",
}
NOTES = {
    "p21_da_inv": "recurring wording: same AFI text as PEEL 23/25; Source 'PEEL 21/22' picks this copy (comment: closed as repeated, tracked at 3.10)",
    "p23_da_inv": "recurring wording: same AFI text as PEEL 21/22; Source 'PEEL 23/25' picks this copy (3.10)",
    "p23_control": "recurring wording: same AFI text as PEEL 21/22; force row is Source 'PEEL 23/25' ('New AFI June 2024')",
    "sas13_code": "recurring wording (S&S 2013 vs S&S 2 2015); Source 'S&S 13' picks this copy",
    "sas15_code": "recurring wording (S&S 2013 vs S&S 2 2015); Source 'S&S 15' picks this copy",
    "sf_nrm": "merged objective 1.6 answers MSHT17 R3 (s45) and R4 (NRM); pointer row 'See objective 1.6' under Theme 3",
    "sf_s45": "merged objective 1.6 answers MSHT17 R3 (s45) and R4 (NRM); the Theme 3 row 'See objective 1.6' only points here",
    "p21_confid": "merged objective 2.3 answers PEEL21 AFI7 and AFI8",
    "p21_access": "merged objective 2.3 answers PEEL21 AFI7 and AFI8; the Theme 5 row 'See objective 2.3' only points here",
    "leg_disp": "merged objective 5.2 answers LEG17 R2 (disparities) and R3 (publish annually); no pointer row",
    "leg_pub": "merged objective 5.2 answers LEG17 R2 (disparities) and R3 (publish annually); no pointer row",
    "pow_bwv": "force split the three BWV asks into 5.5 (a), 5.6 (b), 5.7 (c); item open on force side because (c) is AMBER",
    "eff17_dig": "GREEN = done per the plan's RAG key; HMICFRS Superseded = closed",
}
MISSING_WHY = {
    "p21_control": "recurring wording: the PEEL 21/22 copy of the control-room AFI is still open on the register; the force "
                   "tracks only the PEEL 23/25 copy (6.4, Source 'PEEL 23/25'); change log says AFI 12 was never added",
    "p23_asb": "new PEEL 23/25 AFI (ASB recording) not in the plan",
    "btp_audit": "Building the picture 2015 information-management audit recommendation not in the plan",
    "fl_expired": "firearms 'total expired' licensing records recommendation not in the plan (the other four are, 7.1-7.4)",
    "sf_prev": "Stolen freedom preventative powers (Modern Slavery Act 2015) recommendation not in the plan",
    "p18_consult": "PEEL 18/19 public consultation / feedback recommendation not in the plan",
}
LOCAL_WHY = {
    "DA Review 23": "force-only objective from the local DA review 2023 (Source 'DA Review 23', no Source ref)",
    "Int Audit 23/24": "internal audit management action (IA2324-07), not an HMICFRS item",
    "CSB review 23": "force-only objective from the Crime Standards Board review 2023",
    "Core Bus 14": "Core Business 2014 crime-prevention recording recommendation (CB14-R2): tracked as BLUE/closed but not on "
                   "the HMICFRS list (only CB14-R1 is)",
}

truth = []
for kind, keys, row, no, rag in force_row:
    if kind != "obj":
        continue
    if not keys:
        truth.append(("", row, "not_on_hmicfrs_list", None, no))
        continue
    for k in keys:
        rep, typ, text, status = ITEMS[k]
        hclosed = status in CLOSED
        parts = rows_of[k]
        fdone = all(p[2] in DONE for p in parts)
        if k in CONFLICT_WHY:
            cat, why = "conflict", CONFLICT_WHY[k]
        else:
            if not hclosed and fdone:
                cat = "closeable_submit"
            elif hclosed and not fdone:
                cat = "closeable_local"
            else:
                cat = "in_sync"
            pr = ", ".join(f"{p[1]} {p[2]}" for p in parts)
            why = (f"HMICFRS {status} ({'closed' if hclosed else 'open'}); force objective {pr} "
                   f"({'done' if fdone else 'open'})")
            if k in NOTES:
                why += "; " + NOTES[k]
        truth.append((hmic_row[k], row, cat, why, no))

# fill local whys
src_by_row = {}
r2 = hr + 1
for title, lead, rows in THEMES:
    r2 += 1
    for row in rows:
        src_by_row[f"Improvement Plan!{r2}"] = row[4]
        r2 += 1
truth = [(h, f, c, w if w else LOCAL_WHY[src_by_row[f]], no) for h, f, c, w, no in truth]

tracked = set()
for kind, keys, *_ in force_row:
    if kind == "obj":
        tracked.update(keys)
for k in order:
    if k not in tracked:
        truth.append((hmic_row[k], "", "missing_from_force", MISSING_WHY[k], ""))

tdf = pd.DataFrame([t[:4] for t in truth], columns=["hmicfrs_row", "force_row", "category", "why"])
tdf.to_csv(OUT / "truth.csv", index=False)
print(tdf.category.value_counts().to_string())
print("items", len(ITEMS), "truth lines", len(tdf))
