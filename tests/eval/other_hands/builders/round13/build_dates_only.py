"""Build the independent case `dates_only_no_report_names` (West Mercia Police).

The force's tracker never names the report: only the programme ("PEEL", "Thematic", ...),
the publication date, the force's own item number, an abridged text, lead, progress and RAG.
Rows are sorted by Lead, so one report's rows are scattered through the sheet.

Texts: real HMICFRS wording only, from /work/shared/data/real_recommendations.csv and the
casegen text lists (read as data). Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    BODIES, CAUSES, FIREARMS, LOCAL_ACTIONS, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP,
    BWV_2021, EVERYONE_PLAN, TOPIC_BODIES,
)

SEED = 13
rng = random.Random(SEED)
OUT = Path("/tmp/indep13/datesonly/dates_only_no_report_names")
OUT.mkdir(parents=True, exist_ok=True)
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
FORCE = "West Mercia Police"


def real(i: int) -> str:
    return REAL.text[i]


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def body(start: str) -> str:
    hits = [b for b in BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def topic(start: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].format(t=t)


def local(start: str, t: str) -> str:
    hits = [b for b in LOCAL_ACTIONS if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].format(t=t)


# ---------------------------------------------------------------- reports on the register
# key -> (register title, publication date, tracker programme label, first reference)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Thematic", 1104),
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Thematic", 2297),
    "austerity": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Thematic", 3013),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Thematic", 4817),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Thematic", 5203),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Thematic", 5519),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Thematic", 5902),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Thematic", 6140),
    "eff15": (f"PEEL: Police efficiency 2015 – {FORCE}", dt.date(2015, 10, 15), "PEEL", 6407),
    "eff16": (f"PEEL: Police efficiency 2016 – {FORCE}", dt.date(2016, 11, 3), "PEEL", 6981),
    "effv16": (f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2), "PEEL", 7433),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Thematic", 8102),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), "PEEL", 8266),
    "leg17": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12), "PEEL", 8530),
    "effv17": (f"PEEL: Police effectiveness 2017 – {FORCE}", dt.date(2018, 3, 22), "PEEL", 8893),
    "ncpi": (f"National child protection inspection: post-inspection review – {FORCE}",
             dt.date(2018, 6, 21), "Revisit", 9120),
    "custody": ("Report on an unannounced inspection visit to police custody suites in West Mercia",
                dt.date(2018, 8, 14), "Custody", 9287),
    "p1819": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
              dt.date(2019, 9, 27), "PEEL", 10452),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Spotlight", 12871),
    "p2122": (f"PEEL 2021/22: An inspection of {FORCE}", dt.date(2022, 6, 17), "PEEL", 14020),
}

REC, AFI, COC, NATR = ("Recommendation", "Area for improvement", "Cause of concern",
                       "National recommendation")


def D(key):  # tracker date as a real date cell: the report's own date
    return ("date", REPORTS[key][1])


def T(s):  # tracker date typed as text
    return ("text", s)


ITEMS = []  # each: dict(key, rep, type, status, text, rows=[...], cat, why)


def item(name, rep, typ, status, text, rows, cat, why):
    ITEMS.append(dict(name=name, rep=rep, type=typ, status=status, text=text, rows=rows,
                      cat=cat, why=why))


def row(recno, text, lead, progress, rag, date=None, prog=None):
    return dict(recno=recno, text=text, lead=lead, progress=progress, rag=rag, date=date,
                prog=prog)


# ---- Stop and search 2013 (three national items)
item("sas13-1", "sas13", NATR, "complete", nat("sas13", 0), [
    row("R1", "CCs & CoP to establish in the S&S APP a clear specification of what constitutes "
        "effective & fair exercise of S&S powers, and guidance", "ACC Local Policing",
        "Already complete / believed to be complete within short time scale (and within deadline).",
        "GREEN", T("Jul 2013"))],
    "in_sync", "Closed on both: HMICFRS complete, tracker GREEN.")
item("sas13-2", "sas13", NATR, "complete", nat("sas13", 1), [
    row("R2", "CCs should establish or improve monitoring of the way officers stop & search "
        "people so they can be satisfied officers are acting in accordance with the law "
        "(incl. equality legislation & the Code of Practice)", "ACC Local Policing",
        "12/05/2016 - S&S scrutiny dashboard live. Complete.", "GREEN", D("sas13"))],
    "in_sync", "Closed on both: HMICFRS complete, tracker GREEN.")
item("sas13-3", "sas13", NATR, "complete", nat("sas13", 2), [
    row("R3", "CCs should, in consultation with PCCs, comply with the code of practice by "
        "explaining to the public the way S&S powers are used & by arranging for S&S records "
        "to be scrutinised by community reps", "ACC Local Policing",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        T("Jul 2013"))],
    "closeable_local",
    "HMICFRS complete, tracker AMBER. Near-identical wording to ref {sas15} (Stop and search "
    "powers 2, 24 Mar 2015); the tracker row dated Jul 2013 is this one.")
# ---- Everyone's business 2014
item("everyone", "everyone", NATR, "superseded", EVERYONE_PLAN, [
    row("R1", "Establish & publish a DA action plan specifying what steps the force will take "
        "to improve its approach to DA. Plan to be developed in consultation with PCC, DA "
        "support orgs & victims reps; after considering all recs in the report; with ref to "
        "DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC self-assessments",
        "Ch Supt Public Protection",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
        "AMBER", T("27/03/2014"))],
    "closeable_local", "HMICFRS superseded (closed), tracker AMBER (open).")
# ---- Policing in austerity 2014
item("austerity-1", "austerity", NATR, "complete", nat("austerity", 0), [
    row("R1", "Review plans to deliver savings to ensure doing all we can to continue to reduce "
        "crime & protect the front line while balancing budgets (use HMIC VfM profiles)",
        "Director of Finance", "Addressed holistically as part of the force change programme. "
        "Closed at JAC 09/2015.", "GREEN", D("austerity"))],
    "in_sync", "Closed on both.")
item("austerity-4", "austerity", NATR, "complete", nat("austerity", 3), [
    row("R4", "In prep for next spending round review plans for collaboration - scope for "
        "better VfM & capability/capacity through joint working w/ other forces, the public "
        "&/or private sector", "Director of Finance", "Complete - alliance business case.",
        "GREEN", T("Jul 2014"))],
    "in_sync", "Closed on both.")
# ---- Core business 2014
item("core-1", "core", NATR, "being-progressed", nat("core", 0), [
    row("R1", "Not later than 31 March 2015 provide call-handlers with specific, sound & "
        "comprehensible criteria to assess threat, harm & risk", "Supt Contact Centre",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", T("Sep 2014"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN with evidence submitted.")
item("core-2", "core", NATR, "being-progressed", nat("core", 1), [],
     "missing_from_force", "No tracker row about recording/evaluating crime prevention activity.")
# ---- Integrity matters 2015 (date conflict)
item("integrity", "integrity", NATR, "being-progressed", nat("integrity", 0), [
    row("R1", "By 31 Aug 2015 CC to satisfy himself that processes are in place to ensure "
        "misconduct investigations resulting in 'no further action' are fair & free of any "
        "form of discrimination", "Head of Professional Standards",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        ("date", dt.date(2015, 3, 24)))],
    "conflict",
    "Text is the Integrity matters item (only one on the list), published 30 Jan 2015; the "
    "tracker gives Date published 24/03/2015, which is the date of Stop and search powers 2 "
    "(ref {sas15}). Publication date disagrees (both open).")
# ---- Stop and search 2 (2015): near-identical to sas13-3
item("sas15", "sas15", NATR, "awaiting-review", nat("sas15", 0), [
    row("R4", "CCs should, in consultation with PCCs, comply with the Code of Practice by "
        "explaining to the public the way S&S powers are used & by arranging for S&S records "
        "to be scrutinised by community reps", "C/Supt Bell",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", D("sas15"))],
    "closeable_submit",
    "HMICFRS awaiting-review, tracker GREEN. Same tracker wording as the Jul 2013 row (ref "
    "{sas13-3}); the date 24/03/2015 tells it is the 2015 report.")
# ---- Building the picture 2015
item("picture", "picture", NATR, "awaiting-review", nat("picture", 0), [
    row("R5", "By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with "
        "APP on information management through force IM governance structure (incl. "
        "categorisation of records regularly adjusted)", "Head of Information Management",
        "Awaiting allocation.", "AMBER", T("Jul 2015"))],
    "in_sync", "Open on both.")
# ---- Targeting the risk 2015 (firearms)
item("fa-1", "firearms", NATR, "complete", nat("firearms", 0), [
    row("R1", "Assess how well governance of firearms licensing meets APP standards; put "
        "correct arrangements in place immediately where not complied with",
        "Supt Firearms Licensing", "Complete - gap analysis to FET 01/2016.", "GREEN",
        D("firearms"))],
    "in_sync", "Closed on both.")
item("fa-2", "firearms", NATR, "being-progressed", FIREARMS, [
    row("R2", "Within 3 months assess demand on the firearms licensing dept & ensure it has "
        "capacity to meet demand & provide an efficient & effective service at all times",
        "Supt Firearms Licensing", "Ready to move to GREEN status. 03/2023 backlog cleared.",
        "GREEN", D("firearms"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("fa-3", "firearms", NATR, "complete", nat("firearms", 2), [
    row("R3", "Immediately satisfy ourselves all appropriate action taken re 'total expired' "
        "licensing records", "Supt Firearms Licensing", "Complete.", "GREEN", T("Sep 2015"))],
    "in_sync", "Closed on both.")
item("fa-4", "firearms", NATR, "being-progressed", nat("firearms", 3), [
    row("R4", "Temporary permits: arrangements in accordance with HO guidance; recorded without "
        "delay on NFLMS; effective systems so certificate holders are not in unlawful "
        "possession of a firearm", None, "Awaiting allocation.", "AMBER", D("firearms"))],
    "in_sync", "Open on both (tracker row has no lead).")
item("fa-5", "firearms", NATR, "being-progressed", nat("firearms", 4), [],
     "missing_from_force",
     "No tracker row about flagging firearm certificate holders' addresses before attendance.")
# ---- PEEL efficiency 2015 and 2016: same wording, told apart by date only
item("eff15-1", "eff15", AFI, "complete", real(14), [
    row("AFI 1", "Further work to gain a fuller understanding of current demand for our "
        "services & likely future changes in demand, to make best use of resources by "
        "matching them to demand", "Head of Corporate Development",
        "Demand model v1 signed off 06/2016. Complete.", "GREEN", T("Oct 2015"))],
    "in_sync",
    "Closed on both. Same text as ref {eff16-1} (efficiency 2016); tracker date Oct 2015 = "
    "efficiency 2015.")
item("eff15-2", "eff15", AFI, "complete", real(15), [
    row("AFI 2", "Develop understanding of the links between outcomes, outputs & costs",
        "Director of Finance", "Complete.", "GREEN", T("Oct 2015"))],
    "in_sync", "Closed on both.")
item("eff15-3", "eff15", AFI, "complete", real(16), [
    row("AFI 3", "Develop a future workforce plan aligned with overall demand & budget - incl. "
        "future resource allocations, skills mix & behaviours expected", "Director of People",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        T("Oct 2015"))],
    "closeable_local",
    "HMICFRS complete, tracker AMBER. Near-identical to ref {eff16-2} (2016); Oct 2015 = the "
    "2015 report.")
item("eff16-1", "eff16", AFI, "being-progressed", real(14), [
    row("AFI 1", "Further work to gain a fuller understanding of current demand for our "
        "services & likely future changes in demand, to make best use of resources by "
        "matching them to demand", "Head of Corporate Development",
        "14/11/2023 - FMS demand refresh in progress; AMBER until FMS5 published.", "AMBER",
        D("eff16"))],
    "in_sync",
    "Open on both. Text identical to ref {eff15-1} (2015); tracker date 03/11/2016 = "
    "efficiency 2016.")
item("eff16-2", "eff16", AFI, "being-progressed",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget.", [
    row("AFI 2", "Develop a future workforce plan aligned with overall demand & budget",
        "Director of People", "Completed. Evidence submitted to HMICFRS for closure.", "GREEN",
        D("eff16"))],
    "closeable_submit",
    "HMICFRS being-progressed, tracker GREEN. Near-identical to ref {eff15-3} (2015); date "
    "03/11/2016.")
# ---- PEEL effectiveness 2016 (type conflict; first of three identical CSE AFIs)
item("effv16-coc", "effv16", COC, "complete", CAUSES[0], [
    row("CoC", "CoC - Response to DA: force policy allows officer discretion to complete DASH; "
        "not confident risk always assessed appropriately. Officers not consistently "
        "completing DASH where policy requires", "Ch Supt Public Protection",
        "The Force Executive Team agreed on 25 July that we would risk-assess all DA "
        "incidents.", "GREEN", T("02/03/2017"))],
    "in_sync", "Closed on both.")
item("effv16-rec", "effv16", REC, "being-progressed",
     "To address this cause of concern, HMIC recommends the force should immediately "
     + body("take steps to ensure that there is effective supervision") + ".", [
    row("AFI 3", "Ensure effective supervison of initial risk assessment process, specifically "
        "completion of DASH in appropriate cases", "Ch Supt Public Protection",
        "A Task & Finish group has been set up and a full implementation/project plan, policy "
        "rewrite and communications plan is now completed.", "AMBER", T("02/03/2017"))],
    "conflict",
    "Type disagrees: HMICFRS lists it as a Recommendation (under the cause of concern), the "
    "tracker numbers it 'AFI 3'. Text and date match; both open.")
item("effv16-cse", "effv16", AFI, "superseded", "The force should "
     + topic("improve its understanding of the nature and scale", "child sexual exploitation") + ".", [
    row("AFI 1", "Improve understanding of the nature & scale of CSE in our area",
        "Det Ch Supt Force CID", "Superseded - repeated as an AFI in the next PEEL report.",
        "GREY", T("02/03/2017"))],
    "in_sync",
    "Closed on both (superseded / GREY). Identical text also in refs {effv17-cse} (Mar 2018) "
    "and {p2122-cse} (Jun 2022); the tracker date 02/03/2017 picks this one.")
item("effv16-da", "effv16", AFI, "complete", "The force should "
     + topic("make sure victims of {t} are kept informed", "domestic abuse") + ".", [
    row("AFI 2", "Make sure victims of DA are kept informed about progress of their case in "
        "line with the Victims' Code", "Ch Supt Public Protection",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        T("Mar 2017"))],
    "closeable_local", "HMICFRS complete, tracker AMBER.")
# ---- PEEL effectiveness 2017 (CSE AFI lost by the force)
item("effv17-cse", "effv17", AFI, "being-progressed", "The force should "
     + topic("improve its understanding of the nature and scale", "child sexual exploitation") + ".", [],
     "missing_from_force",
     "Identical text to refs {effv16-cse} and {p2122-cse}, but the tracker has only two CSE "
     "rows, dated 02/03/2017 and 17/06/2022; nothing dated 22/03/2018 / Mar 2018 for it.")
item("effv17-sup", "effv17", AFI, "being-progressed", "The force should "
     + body("improve the supervision of investigations") + ".", [
    row("AFI 1", "Improve supervison of investigations so investigation plans are set, reviewed "
        "& recorded & victims receive a consistently good service", "ACC Crime",
        "Addressed holistically as part of the force change programme.", "AMBER",
        D("effv17"))],
    "in_sync", "Open on both.")
item("effv17-stalk", "effv17", AFI, "being-progressed", "The force should "
     + topic("make sure it consistently uses ancillary orders", "stalking and harassment") + ".", [
    row("AFI 3", "Consistently use ancillary orders & other powers to protect victims of "
        "stalking & harassment", "Ch Supt Public Protection",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", T("Mar 2018"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
# ---- Stolen freedom 2017
item("sf-1", "stolen", NATR, "being-progressed", SF_LEADERSHIP, [
    row("R1", "Within 12 months review MSHT leadership & governance: senior leaders prioritise "
        "response; every incident allocated appropriate resources; effective partnership "
        "arrangements; performance & QA measures in place", "Det Ch Supt Force CID",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        D("stolen"))],
    "in_sync", "Open on both (one tracker row for the whole bulleted item).")
item("sf-2", "stolen", NATR, "being-progressed", nat("stolen", 1), [
    row("R2", "Within 6 months active ISAs with other agencies for speedy exchange of "
        "intelligence to safeguard victims & identify suspects early", "Head of Intelligence",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", T("Oct 2017"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("sf-3", "stolen", NATR, "complete", nat("stolen", 2), [
    row("R3", "Ensure victims carrying out criminal acts under compulsion are afforded early & "
        "continuing consideration of the s45 defence", "Head of Criminal Justice",
        "Complete.", "GREEN", D("stolen"))],
    "in_sync", "Closed on both.")
item("sf-4", "stolen", NATR, "being-progressed", nat("stolen", 3), [
    row("R4", "Immediately ensure full compliance with NRM process & duty to notify HO of "
        "suspected adult victims of MSHT (MSA 2015)", "Det Ch Supt Force CID",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.", "AMBER",
        D("stolen"))],
    "in_sync", "Open on both.")
item("sf-5", "stolen", NATR, "complete", nat("stolen", 4), [
    row("R5", "Comply fully with NCRS for MSHT offences; sufficient audit capacity for the FCR",
        "Force Crime Registrar", "Audit 2 of 4 complete.", "AMBER", T("Oct 2017"))],
    "closeable_local", "HMICFRS complete, tracker AMBER.")
item("sf-6", "stolen", NATR, "being-progressed", nat("stolen", 5), [],
     "missing_from_force", "No tracker row on investigation/supervision of MSHT allegations.")
item("sf-7", "stolen", NATR, "being-progressed", nat("stolen", 6), [
    row("R7", "Review use of preventative powers under the Modern Slavery Act 2015 so "
        "opportunities to restrict the activities of those posing a clear threat are "
        "exploited", "Det Ch Supt Force CID", "Pending sign off by the chief officer lead.",
        "Pending sign off", D("stolen"))],
    "closeable_submit", "HMICFRS being-progressed, tracker 'Pending sign off' (force says done).")
# ---- PEEL efficiency 2017 national (tracker calls it PEEL)
item("efc17", "efc17", NATR, "being-progressed", nat("efc17", 0), [
    row("R1", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services "
        "within the force. HO, NPCC & APCC should support the development of these plans by ...",
        "Head of Corporate Development", "Digital strategy draft with COT.", "AMBER",
        T("Nov 2017"))],
    "in_sync", "Open on both.")
# ---- PEEL legitimacy 2017 national (stop and search)
item("leg17-coc", "leg17", COC, "being-progressed", nat("leg17", 0), [
    row("CoC", "CoC: HMICFRS concerned forces cannot demonstrate use of S&S is consistently "
        "reasonable & fair; over-representation of BAME people (black people in particular) "
        "in S&S data", "ACC Local Policing", "See R1-R4.", "AMBER", D("leg17"))],
    "in_sync", "Open on both.")
item("leg17-1", "leg17", NATR, "being-progressed", SAS_MONITORING_2017, [
    row("R1", "By July 2018 regularly & frequently monitor comprehensive S&S data to "
        "understand: reasons for disproportionality; find rates by ethnicity & search type "
        "(incl. drugs possession/supply); prevalence of possession-only drug searches vs local "
        "priorities", "ACC Local Policing",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", D("leg17"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("leg17-2", "leg17", NATR, "being-progressed", nat("leg17", 2), [
    row("R2", "Where disparities identified, show public we have researched & analysed reasons "
        "& taken action to reduce disparity", None, "xxx", "AMBER", T("Dec 2017"))],
    "in_sync", "Open on both (placeholder 'xxx' progress, no lead).")
item("leg17-3", "leg17", NATR, "complete", nat("leg17", 3), [
    row("R3", "Publish this analysis & actions taken at least annually from July 2018",
        "ACC Local Policing", "Published on website annually since 2019.", "GREEN",
        T("Dec 2017"))],
    "in_sync", "Closed on both.")
item("leg17-4", "leg17", NATR, "being-progressed", nat("leg17", 4), [
    row("R4", "By July 2018 & ongoing, all officers using S&S powers trained on unconscious "
        "bias & CoP APP on S&S", "Head of Learning & Development",
        "87% trained at 31/01/2024.", "AMBER", D("leg17"))],
    "in_sync", "Open on both.")
# ---- NCPI post-inspection review (Revisit)
item("ncpi", "ncpi", REC, "being-progressed",
     f"Within six months {FORCE} should " + body("review its approach to reports of missing "
                                                 "children") + ".", [
    row("R1", "Review approach to reports of missing children: call takers use missing/absent "
        "category appropriately; call takers & frontline staff can identify CSE risk factors; "
        "supervisors provide correct oversight of missing person enquiries",
        "Ch Supt Public Protection",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
        "AMBER", D("ncpi"))],
    "in_sync", "Open on both.")
# ---- Custody (split into one row per bullet)
cust_text = real(57).replace("Bedfordshire Police", FORCE)
item("custody", "custody", REC, "being-progressed", cust_text, [
    row("R1 (i)", "Children only detained when absolutely neccessary & for the absolute minimum "
        "amount of time", "Ch Insp Custody", "Complete - PACE inspector review at 6 hrs.",
        "GREEN", D("custody")),
    row("R1 (ii)", "Custody officers & staff to assess at an early stage a child's need for "
        "alternative accomodation (secure or otherwise) & work with children's social care to "
        "achieve most appropriate option", "Ch Insp Custody", "Protocol with LAs signed.",
        "GREEN", D("custody")),
    row("R1 (iii)", "Custody staff comply with statutory duty to complete detention "
        "certificates if a child is detained in custody following charge", "Ch Insp Custody",
        "Complete.", "GREEN", D("custody")),
    row("R1 (iv)", "Custody staff to record all actions taken & decisions made on the relevant "
        "documentation", "Ch Insp Custody", "Dip sampling shows 71% compliance - AMBER.",
        "AMBER", D("custody")),
    row("R1 (v)", "Improve timeliness of adequate appropriate adult support for children who "
        "are arrested", "Ch Insp Custody", "Complete.", "GREEN", D("custody")),
], "in_sync",
    "Split item: five tracker rows, one per bullet; four GREEN and R1 (iv) AMBER, so the "
    "force's item is not done; HMICFRS being-progressed -> open on both.")
# ---- PEEL 2018/19 (two causes of concern, each followed by sub-clause recommendations)
item("p1819-coc1", "p1819", COC, "being-progressed", real(7), [
    row("CoC", "CoC - no suitable arrangements to maintain full range of public services when "
        "alliance with Warwickshire ends; gaps in workforce skills assessment; weaknesses in "
        "investigative approach & safeguarding", "DCC", "Reported to PCC monthly.", "AMBER",
        D("p1819"))],
    "in_sync", "Open on both.")
item("p1819-r1", "p1819", REC, "complete", real(3), [
    row("R1", "Agree arrangements with Warwickshire Police for smooth transition to future "
        "operating model with no disruption to public services", "DCC",
        "Alliance ended 07/10/2019. Complete.", "GREEN", D("p1819"))],
    "in_sync", "Closed on both.")
item("p1819-r2", "p1819", REC, "complete", real(4), [
    row("R2", "Clearly define new operating model - all operational & support services "
        "affordable & fit to protect communities of West Mercia", "DCC", "Complete.", "GREEN",
        T("Sep 2019"))],
    "in_sync", "Closed on both.")
item("p1819-r3", "p1819", REC, "being-progressed", real(2), [
    row("R3", "Expand skills project to assess all skills (not only operational) incl. future "
        "skills requirements, to inform workforce plans", "Director of People",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", D("p1819"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("p1819-r4", "p1819", REC, "being-progressed", real(1), [
    row("R4", "Review, with partners, approach to vulnerability to better safeguard vulnerable "
        "people", "Ch Supt Public Protection",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
        "AMBER", D("p1819"))],
    "in_sync", "Open on both.")
item("p1819-r5", "p1819", REC, "being-progressed", real(5), [],
     "missing_from_force", "No tracker row on consulting the public about business planning.")
item("p1819-coc2", "p1819", COC, "being-progressed", real(8), [
    row("CoC", "CoC - no capacity/capability to investigate crime effectively; affecting service "
        "to public; failings in the way crimes are investigated", "ACC Crime",
        "Investigation improvement plan in place.", "AMBER", D("p1819"))],
    "in_sync", "Open on both.")
item("p1819-r6", "p1819", REC, "being-progressed", real(0), [
    row("R6", "Review officers' capabilities & capacity to manage investigative workload, to "
        "understand investigative demand & pressures on them", "ACC Crime",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.", "RED",
        D("p1819"))],
    "in_sync", "Open on both (RED).")
item("p1819-r7", "p1819", REC, "being-progressed", real(6), [
    row("R7", "Within 6 months ensure regular & active supervision of quality & progress of "
        "investigations, properly recorded", "ACC Crime",
        "Work undertaken in area but still requires development to complete.", "AMBER",
        T("Sep 2019"))],
    "in_sync", "Open on both.")
item("p1819-r8", "p1819", REC, "being-progressed", real(9), [
    row("R8", "Within 6 months improve ability to retrieve digital evidence from mobiles, "
        "computers & other devices quickly enough that investigations are not delayed",
        "Det Ch Supt Force CID", "Completed. Evidence submitted to HMICFRS for closure.",
        "GREEN", D("p1819"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("p1819-r9", "p1819", REC, "complete", real(10), [
    row("R9", "Within 6 months improve understanding of suspects RUI & management of those on "
        "bail", "Head of Criminal Justice", "Bail/RUI performance pack monthly.", "AMBER",
        D("p1819"))],
    "closeable_local",
    "HMICFRS complete, tracker AMBER. Near-identical wording returns as 2021/22 AFI ref "
    "{p2122-rui}; tracker date 27/09/2019 (and 'R9') picks this one.")
# ---- Disproportionate use of police powers 2021 (Spotlight)
item("pw-1", "powers", NATR, "being-progressed", nat("powers", 0), [
    row("R1", "By July 2022 officers & staff to have effective communication skills in line "
        "with National Policing Guidelines on Conflict Management", "Head of Learning & "
        "Development", "Work undertaken in area but still requires development to complete.",
        "AMBER", D("powers"))],
    "in_sync", "Open on both.")
item("pw-2", "powers", NATR, "being-progressed", nat("powers", 1), [
    row("R2", "By July 2021 reinforce comms skills through CPD; supervisors supported to debrief "
        "officers using BWV footage", "Head of Learning & Development",
        "Completed. Evidence submitted to HMICFRS for closure.", "GREEN", T("Feb 2021"))],
    "closeable_submit", "HMICFRS being-progressed, tracker GREEN.")
item("pw-3", "powers", NATR, "being-progressed", BWV_2021, [
    row("R3", "By Sept 2021: record entire S&S encounters on BWV (incl. traffic stops & use of "
        "force); structured internal review of BWV sample; external scrutiny panel access to "
        "BWV samples", "ACC Local Policing", "External panel access agreed; internal review "
        "process being drafted.", "AMBER", D("powers"))],
    "in_sync", "Open on both.")
item("pw-5", "powers", NATR, "awaiting-review", nat("powers", 4), [],
     "missing_from_force", "No tracker row on internal monitoring of the use of force.")
# ---- PEEL 2021/22
item("p2122-cse", "p2122", AFI, "awaiting-review", "The force should "
     + topic("improve its understanding of the nature and scale", "child sexual exploitation") + ".", [
    row("AFI 2", "Improve understanding of the nature & scale of CSE in our area",
        "Det Ch Supt Force CID", "CSE problem profile refreshed 10/2023.", "Complete",
        D("p2122"))],
    "closeable_submit",
    "HMICFRS awaiting-review, tracker Complete. Identical text to refs {effv16-cse} and "
    "{effv17-cse}; the tracker date 17/06/2022 picks this one.")
item("p2122-rui", "p2122", AFI, "awaiting-review", "The force should "
     + body("improve its understanding of suspects released") + ".", [
    row("AFI 1", "Improve understanding of suspects RUI & management of those released on bail",
        "Head of Criminal Justice", "Work undertaken in area but still requires development "
        "to complete.", "AMBER", T("Jun 2022"))],
    "in_sync", "Open on both. Near-identical to PEEL 2018/19 ref {p1819-r9}; tracker date Jun 2022.")
item("p2122-perf", "p2122", AFI, "awaiting-review", "The force should "
     + body("make sure it has access to accurate data") + ".", [
    row("AFI 3", "Make sure we have access to accurate data & analysis to support effective "
        "performance management", "Head of Corporate Development", "Power BI rollout Q2.",
        "AMBER", D("p2122"))],
    "in_sync", "Open on both.")

# ---------------------------------------------------------------- force-only rows
FORCE_ONLY = [
    dict(prog="Thematic", date=T("Jul 2014"), recno="R3",
         text="CCs & PCCs in forces reducing the proportion of workforce/officers on the front "
              "line to assess whether they have taken the decisive action seen in many forces "
              "to maintain crime fighting capacity. HMIC will follow up in the autumn",
         lead="Director of Finance", progress="Complete.", rag="GREEN",
         why="Policing in austerity item not on the definitive list (already closed by "
             "HMICFRS or never carried on the register)."),
    dict(prog="Spotlight", date=D("powers"), recno="R4",
         text="HO & NPCC to ensure quality of data on use of force to effect a S&S is sufficient "
              "for publication",
         lead=None, progress="Not the force's responsibility to deliver; dependent upon another "
                             "organisation.", rag="WHITE",
         why="Spotlight item addressed to the Home Office and NPCC; not on the force's list."),
    dict(prog=None, date=("date", dt.date(2023, 10, 5)), recno="IA 4",
         text="Internal audit action: " + local("Internal audit of the", "counter-corruption"),
         lead="Head of Professional Standards", progress="Fieldwork complete; report due "
                                                         "03/2024.", rag="AMBER",
         why="Internal audit action, not an HMICFRS item."),
    dict(prog="PEEL", date=T("02/03/2017"), recno="Local",
         text="Force action - " + local("Task & Finish group", "domestic abuse"),
         lead="Ch Supt Public Protection", progress="Reported to FET 09/2017.", rag="GREEN",
         why="Force's own action added under the effectiveness 2016 DA cause of concern; not "
             "an HMICFRS item."),
    dict(prog="Joint", date=T("Nov 2019"), recno="R2",
         text=local("Agree an information-sharing protocol", "child sexual exploitation"),
         lead="Ch Supt Public Protection", progress="Work undertaken in area but still requires "
                                                    "development to complete.", rag="AMBER",
         why="Joint (multi-agency) inspection action; joint inspections of the partnership are "
             "not on the force's HMICFRS list."),
    dict(prog=None, date=None, recno="IA 2",
         text="Internal audit action: " + local("Dip-sample 50", "domestic abuse"),
         lead="Force Crime Registrar", progress="Quarterly since Q1 2023/24.", rag="GREEN",
         why="Internal audit action, not an HMICFRS item."),
    dict(prog="PEEL", date=T("Dec 2016"), recno="AFI 2",
         text="Make sure we record reports of hate crime accurately & without delay",
         lead="Force Crime Registrar", progress="Closed by HMICFRS following 2017 inspection - "
                                                "kept for audit trail.", rag="GREEN",
         why="Old PEEL (Dec 2016) AFI, closed by HMICFRS and not on the definitive list."),
    dict(prog="Custody", date=D("custody"), recno="Local",
         text="Local action: " + local("Appoint a single point of contact",
                                       "people with mental ill health"),
         lead="Ch Insp Custody", progress="Complete.", rag="GREEN",
         why="Force's own custody action, not an HMICFRS item."),
    dict(prog="Revisit", date=T("Jun 2018"), recno="Local",
         text="Force improvement plan: " + local("Review the", "missing children"),
         lead="Ch Supt Public Protection", progress="Awaiting allocation.", rag="AMBER",
         why="Force improvement-plan action added under the NCPI revisit; not an HMICFRS item."),
]


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


# ---------------------------------------------------------------- HMICFRS CSV
order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
counters: dict[str, int] = {}
for i in order:
    it = ITEMS[i]
    base = REPORTS[it["rep"]][3]
    k = counters.get(it["rep"], 0)
    counters[it["rep"]] = k + 1
    it["ref"] = base + k
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Reference", "Report title", "Publication date", "Type", "Status", "Text"])
    for n, i in enumerate(order):
        it = ITEMS[i]
        title, pub, _, _ = REPORTS[it["rep"]]
        w.writerow([it["ref"], title, ordinal(pub), it["type"], it["status"], it["text"]])
        it["hrow"] = f"hmicfrs.csv!{n + 2}"

# ---------------------------------------------------------------- tracker rows
trows = []
for it in ITEMS:
    for r in it["rows"]:
        r = dict(r)
        r["prog"] = REPORTS[it["rep"]][2]
        r["item"] = it
        trows.append(r)
for fo in FORCE_ONLY:
    r = dict(fo)
    r["item"] = None
    trows.append(r)
rng.shuffle(trows)  # then a stable sort by Lead: within a lead the order is arbitrary
trows.sort(key=lambda r: (r["lead"] is None, (r["lead"] or "").lower()))

SHEET = "Recs tracker"
wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "West Mercia Police - HMICFRS Recommendations & AFIs Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Strategic Planning & Performance. Last updated 11/03/2024. "
            "Sorted by Lead - filter on Inspection type / Date published to see a report.")
ws["A2"].font = Font(italic=True)
HEAD = ["Inspection type", "Date published", "Rec no.", "Recommendation", "Lead", "Progress",
        "RAG"]
HR = 4
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
FILL = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "GREY": "BFBFBF",
        "WHITE": "FFFFFF", "Complete": "00B050", "Pending sign off": "92D050"}
r = HR + 1
truth = []
unalloc_done = False
for tr in trows:
    if tr["lead"] is None and not unalloc_done:
        r += 1  # blank row, then a heading row for the unallocated block
        ws.cell(r, 1, "Unallocated - awaiting allocation by DCC").font = Font(bold=True)
        r += 1
        unalloc_done = True
    ws.cell(r, 1, tr["prog"])
    if tr["date"] is not None:
        kind, v = tr["date"]
        c = ws.cell(r, 2, v)
        if kind == "date":
            c.number_format = "dd/mm/yyyy"
    ws.cell(r, 3, tr["recno"])
    ws.cell(r, 4, tr["text"]).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 5, tr["lead"])
    ws.cell(r, 6, tr["progress"]).alignment = Alignment(wrap_text=True, vertical="top")
    rc = ws.cell(r, 7, tr["rag"])
    if tr["rag"] in FILL:
        rc.fill = PatternFill("solid", fgColor=FILL[tr["rag"]])
    tr["frow"] = f"{SHEET}!{r}"
    r += 1
r += 1
ws.cell(r, 1, "RAG key: GREEN - implemented / complete; AMBER - in progress, expected to be "
              "implemented; RED - beyond deadline or will not be implemented; GREY - "
              "superseded; WHITE - not WMP's to deliver.")
ws.cell(r + 1, 1, "Rec no. 'Local' = force's own action; 'IA' = internal audit action.")
for col, wdt in zip("ABCDEFG", (14, 14, 9, 80, 28, 50, 16)):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = ws.cell(HR + 1, 1)
ws.auto_filter.ref = f"A{HR}:G{HR + len(trows) + 1}"
wb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
REFS = {it["name"]: it["ref"] for it in ITEMS}
for it in ITEMS:
    it["why"] = it["why"].format_map(REFS)
for it in ITEMS:
    if not it["rows"]:
        truth.append((it["hrow"], "", it["cat"], it["why"]))
for tr in trows:
    it = tr["item"]
    if it is None:
        truth.append(("", tr["frow"], "not_on_hmicfrs_list", tr["why"]))
    else:
        truth.append((it["hrow"], tr["frow"], it["cat"], it["why"]))


def sortkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10**6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sortkey)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# summary for the README
from collections import Counter  # noqa: E402
print("HMICFRS items:", len(ITEMS))
print("tracker item rows:", len(trows), "last sheet row:", r + 1)
print("truth lines:", len(truth))
print(Counter(t[2] for t in truth))
