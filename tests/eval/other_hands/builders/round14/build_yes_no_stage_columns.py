"""Builder for the independent case `yes_no_stage_columns` (West Mercia Police).

HMICFRS side: a register export as CSV (Reference, Report title, Publication date, Type,
Status, Text). Force side: an xlsx tracker with no status column, only stage columns.
All recommendation texts are real public texts (real_recommendations.csv and the casegen text
lists); the force side retypes/abridges them by hand.
"""
import csv
import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402

random.seed(14)
OUT = Path("/tmp/indep14/stages/yes_no_stage_columns")
OUT.mkdir(parents=True, exist_ok=True)

real = pd.read_csv("/work/shared/data/real_recommendations.csv")
R = real.text.tolist()

NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
BP, AR, CO = "being-progressed", "awaiting-review", "complete"


def nat(key, i):
    return N.NATIONAL[key][2][i][1]


def ordinal(d):
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suf} {d:%B %Y}"


REPORTS = {  # key -> (title, date)
    "sas13": (N.NATIONAL["sas13"][0], dt.date(2013, 7, 9)),
    "everyone": (N.NATIONAL["everyone"][0], dt.date(2014, 3, 27)),
    "austerity": (N.NATIONAL["austerity"][0], dt.date(2014, 7, 22)),
    "core": (N.NATIONAL["core"][0], dt.date(2014, 9, 4)),
    "integrity": (N.NATIONAL["integrity"][0], dt.date(2015, 1, 30)),
    "sas15": (N.NATIONAL["sas15"][0], dt.date(2015, 3, 24)),
    "picture": (N.NATIONAL["picture"][0], dt.date(2015, 7, 1)),
    "firearms": (N.NATIONAL["firearms"][0], dt.date(2015, 9, 15)),
    "stolen": (N.NATIONAL["stolen"][0], dt.date(2017, 10, 24)),
    "efc17": (N.NATIONAL["efc17"][0], dt.date(2017, 11, 9)),
    "leg17": (N.NATIONAL["leg17"][0], dt.date(2017, 12, 12)),
    "powers": (N.NATIONAL["powers"][0], dt.date(2021, 2, 26)),
    "eff16c": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3)),
    "effv16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 14)),
    "legwm17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "effv17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
}

MSHT_AFI = "The force should improve its understanding of the nature and scale of modern slavery and human trafficking in its area."

# HMICFRS items: ref -> (report key, type, status, text)
H = {
    1204: ("sas13", NAT, CO, nat("sas13", 1)),
    1205: ("sas13", NAT, CO, nat("sas13", 2)),
    2318: ("everyone", NAT, CO, nat("everyone", 0)),
    2904: ("austerity", NAT, CO, nat("austerity", 0)),
    2905: ("austerity", NAT, CO, nat("austerity", 1)),
    2906: ("austerity", NAT, CO, nat("austerity", 2)),
    2907: ("austerity", NAT, CO, nat("austerity", 3)),
    3370: ("core", NAT, CO, nat("core", 0)),
    3371: ("core", NAT, CO, nat("core", 1)),
    3702: ("integrity", NAT, BP, nat("integrity", 0)),
    3915: ("sas15", NAT, CO, nat("sas15", 0)),
    4460: ("picture", NAT, BP, nat("picture", 0)),
    4803: ("firearms", NAT, CO, nat("firearms", 0)),
    4804: ("firearms", NAT, CO, nat("firearms", 1)),
    4805: ("firearms", NAT, CO, nat("firearms", 2)),
    4806: ("firearms", NAT, BP, nat("firearms", 3)),
    4807: ("firearms", NAT, BP, nat("firearms", 4)),
    6120: ("eff16c", AFI, CO, R[14] + "."),
    6121: ("eff16c", AFI, BP, R[15] + "."),
    6122: ("eff16c", AFI, CO, R[16]),
    6512: ("effv16", AFI, CO, MSHT_AFI),
    6513: ("effv16", AFI, CO, "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases."),
    6514: ("effv16", AFI, BP, "The force should make sure investigations of domestic abuse are allocated to officers with the right skills and are effectively supervised."),
    7102: ("cdi17", REC, BP, R[11]),
    7301: ("stolen", NAT, BP, nat("stolen", 0)),
    7302: ("stolen", NAT, BP, nat("stolen", 1)),
    7303: ("stolen", NAT, BP, nat("stolen", 2)),
    7304: ("stolen", NAT, AR, nat("stolen", 3)),
    7305: ("stolen", NAT, BP, nat("stolen", 4)),
    7306: ("stolen", NAT, CO, nat("stolen", 5)),
    7307: ("stolen", NAT, CO, nat("stolen", 6)),
    7522: ("efc17", NAT, BP, nat("efc17", 0)),
    7918: ("leg17", COC, CO, nat("leg17", 0)),
    7919: ("leg17", NAT, BP, nat("leg17", 1)),
    7920: ("leg17", NAT, BP, nat("leg17", 2)),
    7921: ("leg17", NAT, BP, nat("leg17", 3)),
    7922: ("leg17", NAT, CO, nat("leg17", 4)),
    7940: ("legwm17", AFI, BP, "The force should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search."),
    7941: ("legwm17", AFI, AR, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics."),
    8230: ("effv17", AFI, BP, MSHT_AFI),
    8231: ("effv17", AFI, BP, "The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation."),
    8604: ("ncpi18", REC, BP, R[57].replace("Bedfordshire Police", "West Mercia Police")),
    9120: ("peel1819", COC, CO, R[7]),
    9121: ("peel1819", REC, CO, R[3]),
    9122: ("peel1819", REC, CO, R[4]),
    9123: ("peel1819", REC, CO, R[2]),
    9124: ("peel1819", REC, CO, R[5]),
    9125: ("peel1819", COC, BP, R[8]),
    9126: ("peel1819", REC, CO, R[0]),
    9127: ("peel1819", REC, BP, R[6]),
    9128: ("peel1819", REC, BP, R[9]),
    9129: ("peel1819", REC, BP, R[10]),
    9130: ("peel1819", REC, AR, R[1]),
    10411: ("powers", NAT, BP, nat("powers", 0)),
    10412: ("powers", NAT, BP, nat("powers", 1)),
    10413: ("powers", NAT, AR, nat("powers", 2)),
    10414: ("powers", NAT, BP, nat("powers", 4)),
}
assert "Bedfordshire" not in H[8604][3] and "West Mercia Police should" in H[8604][3]

CONFLICT = {
    3702: "Published differs: HMICFRS 30th January 2015, tracker 30/01/2016 (same ref 3702, same text, report 'Integrity matters')",
    9129: "Timescale differs: HMICFRS 'within six months', tracker 'Within 12 months' (same ref 9129, same ask on RUI/bail)",
}

# ---------------------------------------------------------------- HMICFRS CSV
hrows = {}
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Reference", "Report title", "Publication date", "Type", "Status", "Text"])
    for i, ref in enumerate(sorted(H)):
        rk, typ, st, txt = H[ref]
        title, date = REPORTS[rk]
        w.writerow([ref, title, ordinal(date), typ, st, txt])
        hrows[ref] = f"hmicfrs.csv!{i + 2}"

# ---------------------------------------------------------------- force tracker
D = dt.date


def it(ref, text, owner, acc, plan, comp, evid, dcc, comment, h=None, report=None, pub=None, merge=False):
    """One tracker item row. h: HMICFRS ref it belongs to (None = not on the list)."""
    return dict(kind="item", ref=ref, text=text, owner=owner, acc=acc, plan=plan, comp=comp,
                evid=evid, dcc=dcc, comment=comment, h=h, report=report, pub=pub)


def grp(report, pub, rows, merge=True, every_row=False):
    rows[0]["report"], rows[0]["pub"] = report, pub
    if every_row:
        for r in rows:
            r["report"], r["pub"] = report, pub
    return [dict(kind="group", merge=merge and not every_row, n=len(rows))] + rows


live = [
    dict(kind="section", text="NATIONAL / THEMATIC INSPECTIONS (all forces)"),
    *grp("Policing in Austerity 2014", "Jul-14", [
        it(2904, "All CCs & PCCs to review plans to deliver savings – continue to reduce crime & protect the front line while balancing budget (use HMIC VfM profiles)",
           "Director of Finance", "Y", None, None, None, None,
           "Being reviewed as part of MTFS refresh. Query whether still live (03/2019)", h=2904),
    ]),
    dict(kind="blank"),
    *grp("Core Business 2014", "Sep-14", [
        it(3370, "Not later than 31 March 2015 – forces using a THR policy to give call-handlers specific, sound & comprehensible criteria to assess threat, harm & risk",
           "Supt Contact Centre", "Y", D(2015, 2, 10), "N", None, None,
           "THRIVE embedded 2016; refresh of OCC risk criteria under way as part of control room review (11/2023)", h=3370),
    ]),
    dict(kind="blank"),
    *grp("Integrity matters", D(2016, 1, 30), [
        it(3702, "By 31 August 2015, CC to satisfy themselves processes are in place so that misconduct investigations ending in 'no further action' are fair & free of any discrimination",
           "Head of Professional Standards", "Y", "Y", "N", None, None,
           "PSD disproportionality dip sample planned Q1 2024", h=3702),
    ]),
    dict(kind="blank"),
    *grp("Stop & search powers 2", "Mar-15", [
        it(3915, "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas & by making arrangements for S&S records to be scrutinised by community reps (involve young people)",
           "ACC Local Policing", "Y", D(2015, 6, 1), "Partial", None, None,
           "Scrutiny panel in place; youth representation still to be secured (06/2023)", h=3915),
    ]),
    dict(kind="blank"),
    *grp("Targeting the Risk (Firearms Licensing) 2015", "Sept 2015", [
        it(4803, "Within 3 months assess how well governance of firearms licensing meets the APP standards; where not met put correct arrangements in place immediately",
           "Supt Firearms Licensing", "Y", D(2015, 12, 1), None, None, None,
           "Governance review reported to COG Dec 2015", h=4803),
        it(4804, "Within 3 months assess demand on the firearms licensing dept & ensure it has capacity to meet demand and provide an efficient & effective service at all times",
           "Supt Firearms Licensing", "Y", D(2015, 11, 20), "Y", D(2016, 3, 14), "Y",
           "Demand model agreed; 2 additional FEOs recruited", h=4804),
        it(4805, "Immediately – satisfy ourselves all appropriate action is being taken re 'total expired' licensing records",
           "Supt Firearms Licensing", "Y", "N/A", D(2015, 10, 30), None, "Y",
           "All total expired records reviewed & actioned 30/10/15", h=4805),
        it(4806, "Within 3 months – temporary permits in line with HO guidance & recorded without delay on NFLMS; systems so certificate holders are never in unlawful possession of a firearm",
           "Supt Firearms Licensing", "Y", D(2015, 12, 1), "Y", D(2023, 10, 17), "Y",
           "17/10/2023 – evidence submitted to HMICFRS, awaiting closure", h=4806),
        it("IA 23/24-07", "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
           "Head of Corporate Development", "Y", D(2023, 9, 5), "N", None, None,
           "Fieldwork complete, draft report due 02/2024", h=None),
    ]),
    dict(kind="blank"),
    *grp("Stolen Freedom (MSHT) 2017", D(2017, 10, 24), [
        it(7301, "Within 12 months review leadership & governance for MSHT to ensure: (a) senior leaders prioritise the response to MSHT",
           "Det Ch Supt Force CID", "Y", D(2018, 2, 12), "Y", None, "Y",
           "MSHT strategic lead appointed; quarterly MSHT board", h=7301),
        it(7301, "(b) every MSHT incident identified to police is allocated appropriate resources with the skills, experience & capacity to investigate it effectively",
           "Det Ch Supt Force CID", "Y", D(2018, 2, 12), "N", None, None,
           "Capacity in Force CID still stretched – see PEEL 18/19 CoC. Revised target 03/2024", h=7301),
        it(7301, "(c) effective partnership arrangements to co-ordinate activity, share information & safeguard victims",
           "Ch Supt Public Protection", "Y", D(2018, 2, 12), "Y", None, "Y",
           "Anti-slavery partnership set up with the LAs", h=7301),
        it(7301, "(d) performance & QA measures in place so senior leaders can assess the nature & quality of service to victims",
           "Head of Corporate Development", "Y", D(2018, 2, 12), "Y", None, None,
           "MSHT measures added to monthly performance pack", h=7301),
        it(7302, "Within 6 months – active ISAs with other agencies for speedy exchange of intel, to safeguard victims better & identify suspects as early as possible",
           "Head of Intelligence", "Y", D(2018, 1, 10), "N", None, None,
           "ISA with 3 of 5 LAs signed; remaining 2 with Legal (08/2023)", h=7302),
        it(7304, "Immediately – ensure fully compliant with the NRM process & the MSA 2015 duty to notify the HO of any individual suspected to be an adult victim of MSHT",
           "Ch Supt Public Protection", "Y", D(2017, 11, 1), "Y", D(2019, 4, 15), "Y",
           "Duty to Notify process live; evidence sent 15/04/19", h=7304),
        it(7305, "Immediately – comply fully with NCRS for MSHT offences; sufficient audit capacity available to the FCR",
           "Force Crime Registrar", "Y", D(2017, 11, 1), D(2018, 9, 30), None, "Y",
           "FCR audit of MSHT crimes complete 30/09/18", h=7305),
        it(7306, "Immediately – MSHT allegations thoroughly investigated & effectively supervised by teams with the right skills & experience (incl. JITs / intel from overseas agencies)",
           "Det Ch Supt Force CID", "Y", D(2017, 11, 1), "Y", D(2019, 4, 15), "Y",
           None, h=7306),
        it(7307, "Immediately – review use of preventative powers under MSA 2015 (STPOs/STROs) so opportunities to restrict those posing a clear threat are exploited",
           "Det Ch Supt Force CID", "Yes", "Y", "Yes", None, "Y",
           "STPO/STRO guidance issued; 6 orders obtained 2019", h=7307),
    ]),
    dict(kind="blank"),
    *grp("PEEL Efficiency 17 (all forces)", "Nov-17", [
        it(7522, "By Sept 2018 – produce an ambitious plan to improve digitally-enabled services within the force",
           "Head of Corporate Development", "Y", D(2018, 3, 1), "Yes", None, None,
           "Digital Policing Strategy 2019-22 approved at FET 14/08/2018. Awaiting DCC sign off.", h=7522),
    ]),
    dict(kind="blank"),
    *grp("PEEL Legit 17 S&S", "Dec-17", [
        it(7918, "CoC: forces not able to demonstrate use of S&S is consistently reasonable & fair; over-representation of BAME people (black people in particular) in S&S data",
           "ACC Local Policing", "Y", D(2018, 1, 22), "N", None, None,
           "Monitored via S&S Scrutiny Board", h=7918),
        it(7919, "By July 2018 – regularly & frequently monitor a comprehensive set of S&S data to understand: reasons for disproportionality; find rates by ethnicity & search type (incl. drug possession/supply); prevalence of possession-only drug searches vs local priorities",
           "ACC Local Policing", "Y", D(2018, 1, 22), "N", None, None,
           "Power BI S&S dashboard in test (10/2023)", h=7919),
        it(7920, "Where disparities identified through monitoring – demonstrate to the public that research & analysis has been done to understand the reasons, and action taken to reduce the disparity",
           "ACC Local Policing", "Y", None, None, None, None,
           "Awaiting allocation.", h=7920),
        it(None, "JAC action: Add stop and search measures to the monthly Force Performance pack",
           "Head of Corporate Development", "Y", None, "Y", None, None,
           "Added from March 2019 pack", h=None),
        it(7922, "By July 2018 & ongoing – all officers who use S&S powers trained on unconscious bias & CoP APP on S&S",
           "Head of Learning & Development", "Y", D(2018, 1, 22), "Y", D(2018, 8, 30), "Y",
           None, h=7922),
    ]),
    dict(kind="blank"),
    *grp("Police powers spotlight (Feb 21)", D(2021, 2, 26), [
        it(10411, "By July 2022 – officers & staff to have effective communication skills in line with the National Policing Guidelines on Conflict Management (in addition to existing conflict mgmt / de-escalation training)",
           "Head of Learning & Development", "Y", D(2021, 5, 4), "Y", D(2023, 12, 1), "N",
           "DCC returned 09/01/2024 – evidence pack incomplete, L&D to resubmit", h=10411),
        it(10412, "By July 2021 – communication skills reinforced in CPD for officers & staff; supervisors supported to debrief officers routinely using BWV footage",
           "Head of Learning & Development", "Y", D(2021, 5, 4), "N", None, None,
           "CPD module drafted; supervisor debrief guidance outstanding", h=10412),
        it("10413 a", "By Sept 2021 – record on BWV the entirety of all S&S encounters incl. traffic stops & use of force incidents",
           "ACC Local Policing", "Y", D(2021, 5, 4), "Y", D(2022, 6, 30), "Y", None, h=10413),
        it("10413 b", "Structured process to regularly review & monitor internally a sufficient sample of BWV footage – identify/disseminate learning & hold officers to account",
           "ACC Local Policing", "Y", D(2021, 5, 4), "Y", D(2022, 6, 30), "Y", None, h=10413),
        it("10413 c", "Give external scrutiny panel members access to samples of BWV footage of S&S & use of force (safeguards in CoP APP)",
           "ACC Local Policing", "Y", D(2021, 5, 4), "Y", D(2022, 6, 30), "Y",
           "Panel viewing sessions monthly since 04/2022", h=10413),
        it("n/a", "HO & NPCC to ensure data on the number of incidents where force used to effect a S&S is of publishable quality; HO to publish",
           None, "N", None, None, None, None,
           "Not for the force – Home Office / NPCC recommendation. Noted only.", h=None),
        it(10414, "By July 2021 – effective internal monitoring of use of force to identify & understand disproportionate use, explain the reasons & implement improvement",
           "ACC Local Policing", "Y", "Y", None, None, None,
           "Use of force panel ToR agreed 03/2023", h=10414),
    ]),
    dict(kind="blank"),
    dict(kind="section", text="WEST MERCIA POLICE – FORCE INSPECTIONS"),
    *grp("PEEL Efficiency 2016", "Nov 2016", [
        it(6120, "AFI - Gain a fuller understanding of current & likely future demand so resources can be matched to demand",
           "Head of Corporate Development", "Y", D(2017, 1, 9), "Y", D(2018, 5, 1), "Y",
           "Force Management Statement 1 completed", h=6120),
        it(6122, "AFI - Develop a future workforce plan aligned with overall demand & budget (future resource allocations, skills mix, behaviours)",
           "Director of People", "Y", D(2017, 1, 9), "N", None, None,
           "Workforce plan refreshed annually at People Board – Q: close?", h=6122),
    ]),
    dict(kind="blank"),
    *grp("PEEL Eff 16", "Mar-17", [
        it(6512, "AFI - Improve understanding of the nature & scale of MSHT in its area",
           "Head of Intelligence", "Y", D(2017, 4, 3), "Y", None, "Y",
           "MSHT problem profile completed 09/2017", h=6512),
        it(6513, "AFI - Effective supervison of the initial risk assessment process – completion of DASH in appropriate cases",
           "Ch Supt Public Protection", "Y", D(2017, 4, 3), "Y", D(2017, 12, 1), "Y", None, h=6513),
        it(6514, "AFI - Make sure DA investigations are allocated to officers with the right skills & are effectively supervised",
           "Det Ch Supt Force CID", "Y", D(2017, 4, 3), "N", None, None,
           "Linked to PEEL 18/19 CoC – investigative capacity", h=6514),
        it(None, "Task & Finish group to review the domestic abuse policy and report to the Force Executive Team",
           "Ch Supt Public Protection", "Y", D(2017, 5, 15), "Y", None, None,
           "Policy rewrite signed off at FET 25/07/2017", h=None),
    ]),
    dict(kind="blank"),
    *grp("CDI 2017", "Sep-17", [
        it(7102, "Within 6 months – arrangements so that: victims are believed at point of report; call handler/caller conversations summarised accurately on the log; multiple crimes always recorded; no waiting for medical exam / video interview results before recording decision; online reports triaged on receipt for risk",
           "Force Crime Registrar", "Y", D(2017, 10, 2), "Y", D(2019, 2, 28), None,
           "FCR re-audit Feb 2019 shows 94% compliance. Pending sign off.", h=7102),
    ]),
    dict(kind="blank"),
    *grp("PEEL Legit 17", "Dec-17", [
        it(7940, "AFI - Ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias & CoP APP on S&S",
           "Head of Learning & Development", "Y", D(2018, 1, 22), "Y", None, None,
           "Same training as national rec 7922", h=7940),
        it(7941, "AFI - Review how equality & diversity data is gathered and used to understand workforce demographics",
           None, None, None, None, None, None,
           "New – to be allocated", h=7941),
    ]),
    dict(kind="blank"),
    *grp("PEEL Eff 17", "Mar-18", [
        it(None, "AFI - Improve understanding of the nature & scale of MSHT in its area (repeat of 2016 AFI)",
           "Head of Intelligence", "Y", D(2018, 4, 16), "N", None, None,
           "2017 profile out of date; refresh commissioned 11/2023", h=8230),
        it(8231, "AFI - Improve how it works with partner organisations to safeguard people at risk from CSE",
           "Ch Supt Public Protection", "Y", D(2018, 4, 16), D(2019, 6, 28), None, "Y", None, h=8231),
    ]),
    dict(kind="blank"),
    *grp("NCPI 2018", "Jun-18", [
        it(8604, "Within 6 months, with children's social care, review how detention of children is managed: detained only when absolutely necessary & for minimum time; early assessment of need for alternative accommodation; detention certificates completed after charge; all actions/decisions recorded; timelier appropriate adult support",
           "Ch Insp Custody", "Y", D(2018, 7, 2), "Y", D(2019, 3, 11), "Y",
           "Concordat on children in custody signed with the LAs", h=8604),
    ]),
    dict(kind="blank"),
    *grp("PEEL 2018/19", "May 2019", [
        it(9120, "CoC: no suitable arrangements to maintain full range of public services when the alliance with Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigative approach & safeguarding vulnerable people",
           "DCC", "Y", D(2019, 5, 20), None, None, None,
           "Monitored via Alliance Exit Board", h=9120),
        it(9121, "Immediately: agree arrangements with Warwickshire Police to secure a smooth transition to the future operating model, with no disruption to public services",
           "DCC", "Y", D(2019, 5, 20), "Y", D(2019, 11, 4), "Y", None, h=9121),
        it(9122, "Immediately: clearly define the new operating model – all operational & support services affordable & fit to protect the communities of West Mercia",
           "DCC", "Y", D(2019, 5, 20), D(2019, 10, 7), None, "Y", None, h=9122),
        it(9123, "Immediately: expand the skills project to assess all skills (not only operational) incl. future skills requirements – to inform workforce plans",
           "Director of People", "Y", D(2019, 5, 20), "Y", D(2020, 1, 31), "Y", None, h=9123),
        it(9125, "CoC: force does not have the capacity or capability to investigate crime effectively – affecting service to the public; failings in the way crimes are investigated",
           "ACC Crime", "Y", D(2019, 5, 20), "N", D(2021, 3, 1), None,
           "Interim evidence sent to HMICFRS 01/03/21 for revisit; Investigative Standards programme continues", h=9125),
        it(9126, "Immediately: review officers' capabilities & capacity to manage their investigative workload – understand investigative demand & pressures",
           "ACC Crime", "Y", D(2019, 5, 20), "Y", D(2019, 12, 16), "Y", None, h=9126),
        it(9127, "Within 6 months: ensure regular & active supervision of the quality & progress of investigations – properly recorded",
           "ACC Crime", "Y", D(2019, 5, 20), "N", None, None,
           "Supervisory review compliance 71% (Dec 23); target 90%", h=9127),
        it(9128, "Within 6 months: improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly enough so investigations are not delayed",
           "Det Ch Supt Force CID", "Y", D(2019, 5, 20), "Y", D(2023, 6, 30), None,
           "DFU backlog cleared; kiosks in all hubs. Awaiting DCC sign off", h=9128),
        it(9129, "Within 12 months: improve understanding of suspects released under investigation (RUI) & the management of those released on bail",
           "Head of Criminal Justice", "Y", D(2019, 5, 20), "N", None, None,
           "Bail & RUI review group meets monthly; Bail Act changes (Oct 2022) absorbed", h=9129),
        it(9130, "Immediately: review, with partners, the approach to vulnerability to better safeguard vulnerable people",
           "Ch Supt Public Protection", "Y", D(2019, 5, 20), "y", None, "Pending",
           "Vulnerability Improvement Delivery Plan completed; see latest plan update", h=9130),
    ], every_row=True),
]

closed = [
    *grp("Stop and Search 2013", "Jul-13", [
        it(1203, "CCs & College of Policing to establish in the S&S APP a clear specification of what constitutes effective & fair exercise of S&S powers (compliant with Code of Practice)",
           "ACC Local Policing", "Y", D(2013, 9, 2), "Y", D(2014, 6, 30), "Y", "Closed – APP published", h=None),
        it(1204, "Establish or improve monitoring of the way officers stop and search people, so we can be satisfied officers act in accordance with the law (incl. equality legislation & Code of Practice)...",
           "ACC Local Policing", "Y", D(2013, 9, 2), "Y", D(2014, 6, 30), "Y", None, h=1204),
        it(None, "Explain to the public the way S&S powers are used & arrange for S&S records to be scrutinised by community reps (involve those stopped, e.g. young people)",
           "ACC Local Policing", "Y", D(2013, 9, 2), "Y", None, "Y", "Best Use of S&S scheme adopted", h=1205),
    ]),
    dict(kind="blank"),
    *grp("Everyone's Business (DA) 2014", D(2014, 3, 27), [
        it(2318, "By Sept 2014 establish & publish a DA action plan specifying in detail the steps to improve our approach to DA (consult PCC, DA support orgs & victims' reps; consider all recs in report; DHRs & IPCC findings; CPS panels / MARAC self-assessments)",
           "Ch Supt Public Protection", "Y", D(2014, 5, 1), "Y", D(2014, 9, 26), "Y", "DA Action Plan v3 published", h=2318),
    ]),
    dict(kind="blank"),
    *grp("Policing in Austerity 2014", "Jul-14", [
        it(2906, "Forces planning to reduce proportion of workforce / officers on front line to assess whether decisive action taken to maintain crime fighting capacity",
           "Director of Finance", "Y", None, "Y", None, "Y", None, h=2906),
        it(2907, "Ahead of next spending round review plans for collaboration – scope for better VfM & capability through joint working with other forces, public and/or private sector",
           "Director of Finance", "Y", None, "Y", None, "Y", "Alliance with Warwickshire", h=2907),
    ]),
    dict(kind="blank"),
    *grp("Core Business 2014", "Sep-14", [
        it(3371, "By 31 March 2015 ensure crime prevention / disruption activity is systematically recorded & evaluated to determine effectiveness of tactics",
           "ACC Local Policing", "Y", D(2014, 11, 3), "Y", D(2015, 4, 2), "Y", None, h=3371),
    ]),
    dict(kind="blank"),
    *grp("Building the Picture 2015", "Jul-15", [
        it(4460, "By 30 Nov 2015 – arrangements to scrutinise audits of compliance with the APP on information management through the force IM governance structure (categorisation of records regularly adjusted)",
           "Head of Information Management", "Y", D(2015, 9, 7), "Y", D(2016, 2, 29), "Y",
           "Moved to Closed tab 04/2019", h=4460),
    ]),
]


def is_done(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return True
    return isinstance(v, str) and v.strip().lower() in {"y", "yes"}


HEAD = ["Report", "Published", "Rec Ref", "Recommendation", "Owner", "Accepted (Y/N)",
        "Action plan agreed", "Actions complete (Y/N)", "Evidence submitted to HMICFRS",
        "Signed off by DCC (Y/N)", "Comments"]
BOLD = Font(bold=True)
HFILL = PatternFill("solid", fgColor="1F3864")
SFILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws_live = wb.active
ws_live.title = "Tracker"
ws_closed = wb.create_sheet("Closed")
placed = []  # (sheet, row, item dict)


def write_sheet(ws, top, rows, footer):
    r = 1
    for line in top:
        if line is None:
            r += 1
            continue
        ws.cell(r, 1, line).font = Font(bold=(r == 1), size=14 if r == 1 else 10)
        r += 1
    for c, h in enumerate(HEAD, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HFILL
        cell.alignment = WRAP
    header_row = r
    r += 1
    pending_merge = None
    for row in rows:
        k = row["kind"]
        if k == "section":
            ws.cell(r, 1, row["text"]).font = BOLD
            for c in range(1, len(HEAD) + 1):
                ws.cell(r, c).fill = SFILL
            r += 1
        elif k == "blank":
            r += 1
        elif k == "group":
            pending_merge = (r, row["n"]) if row["merge"] and row["n"] > 1 else None
            if pending_merge:
                ws.merge_cells(start_row=r, end_row=r + row["n"] - 1, start_column=1, end_column=1)
                ws.merge_cells(start_row=r, end_row=r + row["n"] - 1, start_column=2, end_column=2)
        elif k == "item":
            vals = [row["report"], row["pub"], row["ref"], row["text"], row["owner"], row["acc"],
                    row["plan"], row["comp"], row["evid"], row["dcc"], row["comment"]]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            placed.append((ws.title, r, row))
            r += 1
    r += 1
    for f in footer:
        ws.cell(r, 1, f(placed) if callable(f) else f).font = Font(italic=True)
        r += 1
    widths = [26, 12, 10, 70, 24, 10, 12, 12, 14, 12, 50]
    for c, wdt in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = wdt
    ws.freeze_panes = ws.cell(header_row + 1, 4)
    return header_row


write_sheet(ws_live, [
    "West Mercia Police – HMICFRS Recommendations Tracker",
    "Strategic Planning & Organisational Learning. Last updated 12/01/2024 – for Joint Audit Committee 25/01/2024",
    "Stage columns: Y = yes, N = no, or the date the stage was reached. An item is complete once 'Actions complete' = Y and it is signed off by the DCC.",
    None,
], live, [
    "Notes: items completed before April 2019 have been moved to the 'Closed' tab.",
    "Custody (HMIP/HMICFRS) recommendations are tracked on the Custody Improvement Plan, not here.",
    lambda p: "Totals (live tab): {} rows, {} actions complete, {} outstanding".format(
        sum(1 for s, _, _ in p if s == "Tracker"),
        sum(1 for s, _, x in p if s == "Tracker" and is_done(x["comp"])),
        sum(1 for s, _, x in p if s == "Tracker" and not is_done(x["comp"]))),
])
write_sheet(ws_closed, [
    "CLOSED ITEMS – archived from live tracker (do not edit)",
    None,
], closed, [])
wb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
by_h = {}
for s, r, x in placed:
    if x["h"] is not None:
        by_h.setdefault(x["h"], []).append((s, r, x))


def category(ref):
    rows = by_h.get(ref)
    if not rows:
        return "missing_from_force"
    if ref in CONFLICT:
        return "conflict"
    h_closed = H[ref][2] == CO
    f_done = all(is_done(x["comp"]) for _, _, x in rows)
    if h_closed and f_done or (not h_closed and not f_done):
        return "in_sync"
    return "closeable_submit" if f_done else "closeable_local"


def stage_desc(x):
    def s(v):
        if v is None:
            return "blank"
        if isinstance(v, dt.date):
            return f"{v:%d/%m/%Y}"
        return str(v)
    return f"Actions complete={s(x['comp'])}, DCC={s(x['dcc'])}"


truth = []
for ref in sorted(H):
    cat = category(ref)
    st = H[ref][2]
    rows = by_h.get(ref, [])
    if not rows:
        truth.append((hrows[ref], "", cat, f"HMICFRS {ref} ({st}) has no row in the tracker (either tab)"))
        continue
    n = len(rows)
    open_parts = [x for _, _, x in rows if not is_done(x["comp"])]
    for s, r, x in rows:
        fstate = "done" if is_done(x["comp"]) else "open"
        if cat == "conflict":
            why = CONFLICT[ref]
        elif n > 1:
            why = (f"HMICFRS {st}; split into {n} tracker rows, this part {fstate} ({stage_desc(x)}); "
                   + ("item open because a part is not complete" if open_parts else "all parts complete so item done"))
        else:
            fs = "done" if fstate == "done" else "open"
            why = f"HMICFRS {st}; tracker {fs} ({stage_desc(x)})"
        if ref == 10411:
            why += "; DCC sign-off refused but actions complete = Y, read as done"
        if ref == 8230:
            why += "; no Rec Ref, same text as 6512 but under PEEL Eff 17"
        if ref == 1205:
            why += "; no Rec Ref, near-identical to sas15 item 3915"
        truth.append((hrows[ref], f"{s}!{r}", cat, why))
for s, r, x in placed:
    if x["h"] is None:
        truth.append(("", f"{s}!{r}", "not_on_hmicfrs_list",
                      f"Tracker row (Rec Ref {x['ref'] or 'blank'}) not on the HMICFRS list: {x['text'][:60]}"))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

cats = pd.Series([t[2] for t in truth]).value_counts()
print(cats.to_string())
print("items", len(H), "truth lines", len(truth), "tracker item rows", len(placed))
