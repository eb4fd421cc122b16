"""Build the case `web_scraper_register_csv` (round 67, listfree23).

HMICFRS side: the force's copy of its entries on HMICFRS's public recommendation register
(justiceinspectorates.gov.uk/hmicfrs/recommendation/<force-slug>/<id>/), pulled into a CSV
with the "Web Scraper" Chrome extension (legacy 0.3 export) because the register had no
download. The force side: its own Excel tracker.

Run:  /work/main/.venv/bin/python build_web_scraper_register_csv.py
Rebuilds web_scraper_register_csv/ byte for byte (fixed seed, fixed zip/document dates).
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

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (real public texts, OGL)
    BODIES, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, NATIONAL, SF_LEADERSHIP, STEMS, TAILS,
    TOPIC_BODIES, LOCAL_ACTIONS, SAS_MONITORING_2017,
)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

SEED = 6723
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "web_scraper_register_csv"

FORCE = "Cheshire Constabulary"
SLUG = "cheshire"
SCRAPE_TS = 1526291147          # 14 May 2018 09:45:47 UTC: the scraping job's start
SCRAPE_DAY = dt.date(2018, 5, 14)
BASE = "https://www.justiceinspectorates.gov.uk/hmicfrs/"

# --------------------------------------------------------------------------- helpers


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def force_stem(stem_idx: int, body: str, deadline: str = "", tail: int | None = None) -> str:
    t = STEMS[stem_idx][1].format(b=body, force=FORCE, deadline=deadline)
    if tail is not None:
        t = t + " " + TAILS[tail]
    return t


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# Register comment texts, as seen on the register (research notes 1.2). The superseded one is
# adapted to the inspection that replaced the area (the JAC paper gives the efficiency form).
C_NEW = "New recommendation"
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the {team} inspection team in recent inspection activity.")
C_DONE = "This recommendation is complete"
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL {pillar} "
                "inspections. Where a cause of concern still exists this will appear in the "
                "register against these subsequent inspections.")


def history(kind: str, d0: dt.date, extra: dict) -> str:
    """The register's event log, in the markup the pages carry."""
    ev: list[tuple[dt.date, str, str]] = [(d0, "status", "awaiting-review"),
                                           (d0 + dt.timedelta(days=1), "comment", C_NEW)]
    if kind == "await":
        pass
    else:
        d1 = extra.get("d1") or d0 + dt.timedelta(days=rng.randint(20, 90))
        ev.append((d1, "status", "being-progressed"))
        d2 = extra.get("d2") or d1 + dt.timedelta(days=rng.randint(60, 300))
        if kind == "prog":
            pass
        elif kind == "prog_mon":
            ev.append((d2, "comment", C_MONITOR))
        elif kind == "prog_rev":
            ev.append((d2, "comment", C_REVIEW))
        elif kind == "prog_fc":       # the force's own update pasted in; HMICFRS not closed it
            ev.append((d2, "comment", "Completed" + extra["fc"]))
        elif kind == "complete":
            ev.append((d2, "status", "complete"))
        elif kind == "complete_c":
            ev.append((d2, "comment", C_DONE))
            ev.append((d2, "status", "complete"))
        elif kind == "complete_auth":
            ev.append((d2, "comment", C_AUTH.format(team=extra.get("team", "PEEL"))))
            ev.append((d2, "status", "complete"))
        elif kind == "complete_fc":   # Devon and Cornwall 6989 pattern
            ev.append((d2, "comment", "Completed" + extra["fc"]))
            ev.append((d2 + dt.timedelta(days=rng.randint(40, 120)), "status", "complete"))
        elif kind == "superseded":
            ev.append((d2, "comment", C_REVIEW))
            d3 = extra.get("d3") or d2 + dt.timedelta(days=rng.randint(100, 250))
            ev.append((d3, "comment", C_SUPERSEDED.format(pillar=extra["pillar"])))
        else:
            raise ValueError(kind)
    for d, _, _ in ev:
        assert d < SCRAPE_DAY, (kind, d)
    return "".join(f"[on]{ordinal(d)} [{t}]{v}[/{t}][/on]" for d, t, v in ev)


def hm_state(kind: str) -> str:
    return "closed" if kind.startswith("complete") or kind == "superseded" else "open"


# --------------------------------------------------------------------------- the reports
# key: (register title, published, theme, id range)
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "stop-search"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "harm"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), "plan"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), None),
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 11, 18), "harm"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "misconduct"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "stop-search"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "plan"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "harm"),
    "eff15": ("PEEL: police efficiency 2015", dt.date(2015, 10, 15), "plan"),
    "leg15": ("PEEL: police legitimacy 2015", dt.date(2016, 2, 11), None),
    "effv15": ("PEEL: police effectiveness 2015", dt.date(2016, 2, 18), "harm"),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 5, 26), "harm"),
    "cust16": ("Report on an unannounced inspection visit to police custody suites 2016",
               dt.date(2016, 8, 9), "harm"),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 13), "harm"),
    "eff16": ("PEEL: police efficiency 2016", dt.date(2016, 11, 3), "plan"),
    "leg16": ("PEEL: police legitimacy 2016", dt.date(2016, 12, 8), None),
    "effv16": ("PEEL: police effectiveness 2016", dt.date(2017, 3, 2), "harm"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "harm"),
    "eff17": ("PEEL: police efficiency 2017", dt.date(2017, 11, 9), "plan"),
    "leg17": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12), None),
    "effv17": ("PEEL: police effectiveness 2017", dt.date(2018, 3, 22), "harm"),
}

# Tracker report names (the force's own), in its section order.
TRK_REPORT = {
    "sas13": "Stop & Search powers (HMIC 2013)",
    "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity – Meeting the Challenge",
    "core": "Core Business 2014",
    "cdi14": "CDI 2014",
    "integrity": "Integrity Matters 2015",
    "sas15": "Stop & search powers 2",
    "picture": "Building the Picture 2015",
    "firearms": "Firearms licensing 2015",
    "eff15": "PEEL Efficiency 2015",
    "leg15": "PEEL Legitimacy 2015",
    "effv15": "PEEL Effectiveness 2015",
    "ncpi16": "NCPI 2016",
    "cust16": "HMICFRS/HMIP custody 2016",
    "cdi16": "Crime Data Integrity 2016",
    "eff16": "PEEL Efficiency 16",
    "leg16": "PEEL Legitimacy 2016",
    "effv16": "PEEL Effectiveness 2016",
    "stolen": "Stolen Freedom (MSHT) 2017",
    "eff17": "PEEL Efficiency 2017",
    "leg17": "PEEL Legitimacy 2017",
    "leg17n": "PEEL Legit 17 S&S (national)",
    "effv17": "PEEL Effectiveness 2017",
    "cdi18": "CDI 2018",
}
CDI18_PUB = dt.date(2018, 4, 26)   # published after the register page was last touched

L = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
     "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
     "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
     "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
     "Head of Information Management", "DCC", "Director of Finance",
     "Supt Firearms Licensing"]

# --------------------------------------------------------------------------- the items
# Each list item: key, report, theme (override), coc, text, hm kind, extra, category, and the
# tracker rows [(text, rag, ref_mode, type, lead, progress, submitted, report override)].
# ref_mode: "id" = the register id, "" = blank, "swap" = two digits transposed, "tbc" = TBC.
# category is the truth category for every tracker line of the item.

DA_FC = ("Arrest rates for DA have risen to 41% and DVPN/DVPO use has doubled since January. "
         "Positive action is now dip sampled weekly by PPU and reported to the Force Performance "
         "Board.")
CDI_FC = ("Victims are clearly believed at the point of report and this has been reinforced "
          "through the CDI training. Croimes are now recorded at the first point of contact and "
          "the FCR audits show 94% compliance.")
LEG17_BUNDLE = "\n\n".join([SAS_MONITORING_2017, nat("leg17", 2), nat("leg17", 3),
                            nat("leg17", 4)])

I: list[dict] = []


def item(key, rep, text, hm, cat, rows, coc=None, theme=None, extra=None, name=""):
    assert theme or R[rep][2], key
    I.append(dict(key=key, rep=rep, text=text, hm=hm, cat=cat, rows=rows, coc=coc,
                  theme=theme or R[rep][2], extra=extra or {}, name=name))


G, A, RD, C = "GREEN", "AMBER", "RED", "COMPLETE"

# ---- national reports, as they sit on the force's register
item("N1", "sas13", nat("sas13", 0), "complete", "in_sync", [
    ("CCs & CoP to set out in the S&S APP a clear specification of what constitutes effective and "
     "fair use of stop and search, compliant with the Code of Practice", C, "id", "Recommendation",
     "ACC Local Policing", "APP published by CoP. Force S&S policy rewritten to APP. Closed.", None,
     None)])
item("N2", "sas13", nat("sas13", 1), "complete", "closeable_local", [
    ("Establish or improve monitoring of the way officers stop and search people so we can be "
     "satisfied officers act in accordance with the law (inc. equality legislation and the Code) "
     "and the power is used effectively", A, "id", "Recommendation", "ACC Local Policing",
     "S&S dashboard in development with Corporate Performance. Ground-truthing of grounds for "
     "search still outstanding.", None, None)])
item("N3", "sas13", nat("sas13", 2), "prog", "closeable_submit", [
    ("Chief Constables, in consultation with elected local policing bodies, to comply with the "
     "code of practice by explaining to the public how S&S powers are used in their areas and "
     "arranging for S&S records to be scrutinised by community representatives (involving those "
     "stopped and searched, e.g. young people)", G, "", "Recommendation", "Supt Contact Centre",
     "Independent S&S scrutiny panel meets quarterly, youth panel members recruited via the "
     "Youth Commission. Moved to GREEN - evidence pack with OPCC for sign off.",
     dt.date(2018, 3, 19), None)])
item("N4", "everyone", nat("everyone", 0), "complete_auth", "in_sync", [
    ("Every force to establish and publish a DA action plan specifying in detail the steps it "
     "will take to improve its approach to domestic abuse (developed with PCCs, DA support orgs "
     "and victims' representatives; after considering all the report's recommendations; with "
     "reference to DHRs and IPCC findings; drawing on CPS scrutiny panels & MARAC "
     "self-assessments)", C, "id", "Recommendation", "Ch Supt Public Protection",
     "DA Action Plan published Sept 2014, refreshed annually. Closed by HMIC.", None, None)],
     extra={"team": "domestic abuse"})
item("N5", "austerity", nat("austerity", 0), "superseded", "closeable_local", [
    ("Review plans to deliver savings - doing all we can to continue to reduce crime and protect "
     "the front line while balancing the budget (use HMIC VfM profiles)", A, "id",
     "Recommendation", "Director of Finance",
     "Addressed holistically as part of the force change programme. MTFP refresh due to Police "
     "& Crime Panel in Feb.", None, None)],
     extra={"pillar": "Efficiency", "d3": dt.date(2017, 11, 20)})
item("N6", "austerity", nat("austerity", 1), "complete", "in_sync", [
    ("CCs and PCCs planning to deliver <10% of savings through collaboration to assess whether "
     "there is scope to improve on this position", G, "id", "Recommendation",
     "Director of Finance", "Assessment completed and reported to HMIC in the autumn 2014 "
     "return.", None, None)])
item("N7", "austerity", nat("austerity", 2), "await", "missing_from_force", [])
item("N8", "austerity", nat("austerity", 3), "complete_c", "in_sync", [
    ("In preparation for the next spending round review plans for collaboration - scope for "
     "better VfM and improved capability & capacity through joint working with other forces, the "
     "public and/or private sector", C, "", "Recommendation", "DCC",
     "Collaboration strategy agreed with NW forces. Closed.", None, None)])
item("N9", "core", nat("core", 0), "superseded", "in_sync", [
    ("Not later than 31/03/2015 forces using a THRR policy to give call-handlers specific, "
     "sound & comprehensible criteria to assess threat, harm and risk", G, "id",
     "Recommendation", "Supt Contact Centre",
     "THRIVE adopted in the control room Feb 2015. Evidence submitted.", dt.date(2015, 4, 2),
     None)], theme="harm", extra={"pillar": "Effectiveness", "d3": dt.date(2016, 6, 3)})
item("N10", "core", nat("core", 1), "prog", "conflict", [
    ("By 31 March 2016 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed", A, "id", "Recommendation",
     "ACC Local Policing", "Problem-solving database (OSARA) live on Niche; evaluation template "
     "not yet mandated.", None, None)], theme="plan")
item("N11", "integrity", nat("integrity", 0), "complete_c", "closeable_local", [
    ("By 31 Aug 2015 - satisfy ourselves that processes are in place to ensure misconduct "
     "investigations resulting in 'NFA' are fair and free of any form of discrimination", A, "id",
     "Recommendation", "Head of Professional Standards",
     "PSD NFA outcomes dip sampled by the Ethics Committee; protected characteristics data not "
     "yet captured on Centurion.", None, None)])
item("N12", "sas15", nat("sas15", 0), "prog", "in_sync", [
    ("CCs, in consultation with PCCs, to comply with the Code of Practice by explaining to the "
     "public the way S&S powers are used and arranging for S&S records to be scrutinised by "
     "community representatives, involving those who are stopped and searched e.g. young people",
     A, "", "Recommendation", "Supt Contact Centre",
     "Publication of S&S data on the force website monthly. Scrutiny of BWV footage by the panel "
     "to be agreed.", None, None)])
item("N13", "picture", nat("picture", 0), "complete", "closeable_local", [
    ("By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with the APP "
     "on information management (MoPI) through the force IM governance structure, inc. measures "
     "to ensure categorisation of records is regularly adjusted", A, "id", "Recommendation",
     "Head of Information Management",
     "MoPI review backlog 3,100 records. IM Board receives quarterly audit report.", None, None)])
item("N14", "firearms", nat("firearms", 0), "complete", "in_sync", [
    ("Within 3 months assess how well the governance of firearms licensing meets the standards in "
     "APP; put the correct arrangements in place immediately where not complied with", C, "id",
     "Recommendation", "Supt Firearms Licensing", "Gap analysis against APP completed Dec 2015. "
     "Closed.", None, None)])
item("N15", "firearms", nat("firearms", 1), "prog", "conflict", [
    ("Within 3 months CCs to assess the demand placed on their firearms licensing dept and ensure "
     "it has the capacity to meet this demand and provide an efficient and effective service at "
     "all times", A, "id", "Recommendation", "Supt Firearms Licensing",
     "Demand profile done. Business case for 2 additional enquiry officers with Finance.", None,
     "effv15")])
item("N16", "firearms", nat("firearms", 2), "complete", "in_sync", [
    ("Immediately satisfy ourselves that all appropriate action is being taken with regard to "
     "'total expired' licensing records", G, "id", "Recommendation", "Supt Firearms Licensing",
     "All total expired records reviewed and actioned. Weekly NFLMS report in place.",
     dt.date(2016, 1, 11), None)])
item("N17", "firearms", nat("firearms", 3), "prog", "closeable_submit", [
    ("Within 3 months - arrangements for temporary permits to be in accordance with HO guidance; "
     "permits recorded without delay on NFLMS; systems in place so certificate holders are never "
     "in unlawful possession of a firearm", "Green", "id", "Recommendation",
     "Supt Firearms Licensing",
     "Pending sign off by the chief officer lead. Temporary permit process audited by Internal "
     "Audit (substantial assurance).", dt.date(2018, 2, 26), None)])
item("N18", "firearms", nat("firearms", 4), "await", "missing_from_force", [])

SF_ROWS = [
    ("MSHT leadership & governance review (within 12 months) – senior leaders prioritise the "
     "response to MSHT", A),
    ("MSHT leadership & governance review – every incident of modern slavery identified to "
     "police is allocated appropriate resources with the skills, experience & capacity to "
     "investigate it effectively", A),
    ("MSHT leadership & governance review – develop effective partnership arrangements to "
     "co-ordinate activity to share information & safeguard victims", A),
    ("MSHT leadership & governance review – performance & QA measures in place so senior leaders "
     "can assess the nature & quality of the service to victims", "RED"),
]
item("N19", "stolen", SF_LEADERSHIP, "await", "in_sync", [
    (t, rag, "id" if i == 0 else "", "Recommendation", "Det Ch Supt Force CID",
     ["MSHT Gold group chaired by ACC Crime, first meeting 12 Jan.",
      "Allocation criteria drafted for the MSHT SPOC network.",
      "Partnership MSHT subgroup under the LSCB/LSAB being set up.",
      "No performance framework yet. Little work yet undertaken in this area."][i], None, None)
    for i, (t, rag) in enumerate(SF_ROWS)], name="split 4")
item("N20", "stolen", nat("stolen", 1), "await", "conflict", [
    ("Within twelve months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible", A, "", "Recommendation",
     "Head of Intelligence", "ISA with Border Force and GLAA in draft.", None, None)])
item("N21", "stolen", nat("stolen", 2), "await", "closeable_submit", [
    ("Immediately ensure all victims carrying out criminal acts under compulsion attributable to "
     "slavery or exploitation are afforded the protection of early and continuing consideration "
     "of the s45 defence", G, "", "Recommendation", "Head of Criminal Justice",
     "s45 defence built into custody and CJ file checklists; CPS protocol agreed. Completed. "
     "Evidence submitted to HMICFRS for closure.", dt.date(2018, 4, 23), None)])
item("N22", "stolen", nat("stolen", 3), "await", "in_sync", [
    ("Immediately - fully compliant with the NRM process and the duty to notify the HO of any "
     "individual suspected to be an adult victim of MSHT (MSA 2015)", A, "", "Recommendation",
     "Det Ch Supt Force CID", "Duty to notify (MS1) process live; NRM compliance audit in Q1.",
     None, None)])
item("N23", "stolen", nat("stolen", 4), "await", "missing_from_force", [])
item("N24", "stolen", nat("stolen", 5), "await", "in_sync", [
    ("Immediately ensure allegations or indications of MSHT are thoroughly investigated and "
     "effectively supervised by teams and individuals with the skills and experience to "
     "undertake them (inc. JITs and other means to obtain intelligence/evidence from overseas)",
     A, "", "Recommendation", "Det Ch Supt Force CID",
     "MSHT investigations now owned by the Complex Crime Unit.", None, None)])
item("N25", "stolen", nat("stolen", 6), "await", "in_sync", [
    ("Immediately review our use of preventative powers under the MSA 2015 (STPOs / STROs) so "
     "that opportunities to restrict those posing a clear threat are exploited", A, "id",
     "Recommendation", "Det Ch Supt Force CID", "2 STROs obtained since Nov. Guidance to be "
     "issued.", None, None)])
item("N26", "eff17", nat("efc17", 0), "await", "in_sync", [
    ("By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.", A, "", "Recommendation",
     "Head of Corporate Development", "Digital Strategy 2018-21 drafted; to Chief Officer Group "
     "in June.", None, None)])
LEG_ROWS = [
    ("By July 2018 - regular & frequent monitoring of a comprehensive set of S&S data to "
     "understand: reasons for disproportionate representation of ethnic groups; how find rates "
     "differ between ethnicities and across search types (inc. drug possession vs supply); "
     "prevalence of possession-only drug searches vs local/force priorities", A),
    ("Where disparities are identified, demonstrate to the public we have carried out research "
     "& analysis to understand the reasons and taken action to reduce the disparity where "
     "necessary", A),
    ("Publish the analysis and any actions taken at least annually, from July 2018", A),
    ("By July 2018 and ongoing, all officers who use S&S powers to have been provided with, and "
     "understand, training on unconscious bias and the CoP APP on S&S", A),
]
item("N27", "leg17", LEG17_BUNDLE, "await", "in_sync", [
    (t, rag, "id", "Recommendation (CoC)", "ACC Local Policing",
     ["S&S data now in Qlik; ethnicity breakdown by search type live from April.",
      "Analysis of disparity commissioned from the University.",
      "First annual publication planned for July 2018 on the force website.",
      "Unconscious bias e-learning 71% complete (NCALT)."][i], None, "leg17n")
    for i, (t, rag) in enumerate(LEG_ROWS)],
     coc=NATIONAL["leg17"][2][0][1], theme="stop-search", name="bundle split 4")

# ---- force-level reports
item("F1", "effv15", force_stem(7, BODIES[41], tail=13), "complete_auth", "in_sync", [
    ("Effective supervision of the initial DASH risk assessment process in appropriate cases; "
     "where no DASH is completed the officer should record an assessment on Niche", C, "id",
     "Recommendation", "Ch Supt Public Protection",
     "DASH supervision built into PPU daily management meeting. Closed by HMIC.", None, None)],
     extra={"team": "PEEL"})
item("F2", "effv15", force_stem(5, BODIES[0]), "complete", "closeable_local", [
    ("Review officers' capabilities & capacity to manage their investigative workload, to "
     "better understand investigative demand and the pressures on them", A, "id",
     "Recommendation", "Det Ch Supt Force CID",
     "Workload review part of the Investigations Standards project; report due to COG.", None,
     None)])
item("F3", "effv15", force_stem(6, BODIES[5]), "prog", "closeable_submit", [
    ("Ensure regular and active supervision of the quality and progress of investigations – to "
     "be properly recorded (within 3 months)", G, "id", "Recommendation",
     "Det Ch Supt Force CID",
     "Supervisory review field mandatory on Niche since Oct 16; monthly compliance 92%. Ready "
     "for closure.", dt.date(2017, 9, 4), None)])
item("F4", "eff15", force_stem(8, BODIES[11]), "complete", "in_sync", [
    ("Within twelve months undertake further work to gain a fuller understanding of current "
     "demand and likely future changes in demand, so resources can be matched to demand", G, "",
     "Recommendation", "Head of Corporate Development",
     "Demand analysis completed; informs the FMS.", dt.date(2016, 11, 1), None)])
item("F5", "eff15", force_stem(7, BODIES[12]), "superseded", "closeable_local", [
    ("Develop our understanding of the links between outcomes, outputs and costs", A, "id",
     "Recommendation", "Director of Finance",
     "Priority based budgeting pilot in Local Policing. Awaiting allocation of an analyst.", None,
     None)], extra={"pillar": "Efficiency", "d3": dt.date(2017, 11, 20)})
item("F6", "eff15", force_stem(9, BODIES[13], deadline="October 2016"), "prog_mon",
     "in_sync", [
    ("By October 2016 develop a future workforce plan aligned with overall demand and budget "
     "(future resource allocations, skills mix and behaviours expected)", RD, "id",
     "Recommendation", "Director of People",
     "Beyond designated deadline - workforce plan delayed by the Local Policing review. New date "
     "Sept 2018.", None, None)], extra={"d2": dt.date(2017, 10, 2)})
item("F36", "eff15", force_stem(8, BODIES[48]), "complete_c", "in_sync", [
    ("Review plans to deliver savings - doing all we can to continue to reduce crime & protect "
     "the front line while balancing our budget (within 12 months)", C, "id", "Recommendation",
     "Director of Finance", "Savings plan reviewed; MTFP approved by PCC. Closed.", None, None)])
item("F7", "leg15", force_stem(9, BODIES[10], deadline="August 2016"), "complete", "in_sync", [
    ("By August 2016 satisfy ourselves that processes ensure misconduct investigations resulting "
     "in 'no further action' are fair and free of any form of discrimination", G, "id",
     "Recommendation", "Head of Professional Standards",
     "NFA decisions reviewed by the Ethics Committee quarterly.", dt.date(2016, 9, 12), None)],
     theme="misconduct")
item("F8", "leg15", force_stem(7, BODIES[27]), "prog", "closeable_submit", [
    ("Provide a confidential way for staff to raise concerns and make sure staff are aware of "
     "whistleblowing processes", G, "", "Recommendation", "Head of Professional Standards",
     "Confidential reporting line (Safecall) launched; intranet campaign completed.",
     dt.date(2017, 6, 30), None)], theme="misconduct")
item("F38", "leg15", force_stem(6, BODIES[20]), "complete", "in_sync", [
    ("Within 3 months establish or improve monitoring of the way our officers use S&S so we are "
     "satisfied they act in accordance with the law and the power is used effectively", C, "id",
     "Recommendation", "ACC Local Policing", "Monthly S&S scrutiny in place. Closed by HMIC.",
     None, None)], theme="stop-search")
item("F9", "cdi14", force_stem(8, BODIES[14]), "complete", "closeable_local", [
    ("Within 12 months improve use of the crime recording and management system (Niche) to "
     "better manage case files and investigative processes", A, "id", "Recommendation",
     "Force Crime Registrar", "Niche case file module upgrade slipped to Q3.", None, None)])
item("F10", "cdi14", force_stem(11, BODIES[9]), "complete_c", "closeable_local", [
    ("Immediately provide call handlers with specific, sound and comprehensible criteria to "
     "assess threat, harm and risk", A, "", "Recommendation", "Supt Contact Centre",
     "THRIVE refresher for call handlers in progress; QA of call grading still below target.",
     None, None)])
item("F11", "ncpi16", force_stem(3, BODIES[1]), "prog", "in_sync", [
    ("Immediately conduct a review, with partners, of the approach to vulnerability to better "
     "safeguard vulnerable people", A, "id", "Recommendation", "Ch Supt Public Protection",
     "Vulnerability review with LSCB partners under way; MASH review reported in March.", None,
     None)])
item("F12", "cust16", force_stem(13, BODIES[35]), "prog", "conflict", [
    ("Within 6 months, with children's social care, review how we manage the detention of "
     "children - as a minimum: children only detained when absolutely necessary and for the "
     "minimum time; custody staff assess early a child's need for alternative accommodation "
     "(secure or otherwise) and work with CSC to achieve the best option; improve the timeliness "
     "of appropriate adult support for children who are arrested", A, "id", "Recommendation",
     "Ch Insp Custody", "Concordat on children in custody signed; AA contract retendered.",
     None, None)])
cdi_bul = [
    "CDI - victims are believed at the point of report",
    "CDI - conversations between call handlers and callers summarised accurately in the incident "
    "log, giving attending officers full facts for crime recording decisions",
    "CDI - multiple crimes always recorded when described in incident records or identified "
    "as part of other recorded crime investigations",
    "CDI - stop the practice of awaiting medical examination or video interview results before "
    "making crime-recording decisions",
    "CDI - online reports of crime triaged at the point of receipt so ongoing risks to the victim "
    "or public are identified and managed",
]
item("F35", "cdi16", force_stem(7, CDI_VICTIMS_BODY), "complete_fc", "in_sync", [
    (t, C, "id" if i == 0 else "", "Recommendation", "Force Crime Registrar",
     "Completed. Closed by HMICFRS." if i == 0 else "Complete - see row above.",
     None, None) for i, t in enumerate(cdi_bul)], extra={"fc": CDI_FC}, name="split 5")
item("F18", "eff16", force_stem(8, BODIES[2]), "complete", "closeable_local", [
    ("Within 12 months expand the skills project to assess all skills (not only operational), "
     "inc. future skills requirements, to inform workforce plans", A, "id", "Recommendation",
     "Head of Learning & Development", "Skills audit of police staff roles not yet started.",
     None, None)])
item("F19", "eff16", force_stem(11, BODIES[3].format(area="Cheshire")), "prog", "closeable_submit", [
    ("Immediately clearly define our new operating model, ensuring all operational and support "
     "services are affordable and fit to protect the communities of Cheshire", G, "id",
     "Recommendation", "DCC", "Target Operating Model agreed by COG and PCC, implemented April "
     "2018.", dt.date(2018, 4, 30), None)])
item("F20", "eff16", force_stem(7, BODIES[4]), "prog", "in_sync", [
    ("Improve arrangements both to consult the public about business planning and to feed back "
     "on changes to service delivery as a result", A, "", "Recommendation",
     "Head of Corporate Development", "Joint consultation with OPCC on the precept; 'You said, "
     "we did' page in design.", None, None)])
item("F39", "eff16", force_stem(8, BODIES[49]), "prog", "in_sync", [
    ("Consider scope for better VfM and improved capability & capacity through joint working "
     "with other forces, the public and/or private sector", A, "id", "Recommendation",
     "Director of Finance", "Blue light collaboration with Cheshire FRS (estates) ongoing.",
     None, None)], name="text null")
item("F21", "leg16", force_stem(0, BODIES[15]), "prog_mon", "in_sync", [
    ("Vetting backlog (cause of concern) - ensure all staff have at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, clearing the backlog", A, "id",
     "Recommendation (CoC)", "Head of Professional Standards",
     "Backlog down from 1,140 to 420. Additional vetting officers funded to March 2019.", None,
     None)], coc=CAUSES[4].format(force=FORCE), theme="misconduct",
     extra={"d2": dt.date(2017, 9, 14)})
item("F22", "leg16", force_stem(8, BODIES[28]), "complete", "closeable_local", [
    ("Review the support available for those who have raised concerns and take any action needed "
     "so provisions are suitable", A, "", "Recommendation", "Head of Professional Standards",
     "Welfare support offer for reporters being redrafted with Unison/Fed.", None, None)],
     theme="misconduct")
item("F23", "leg16", force_stem(7, BODIES[29]), "prog", "closeable_submit", [
    ("Review how we gather and use equality & diversity data to improve our understanding of "
     "workforce demographics", C, "id", "Recommendation", "Director of People",
     "E&D data capture on SAP refreshed; workforce profile report to People Board Jan 2018.",
     dt.date(2018, 1, 22), None)], theme="misconduct")
item("F24", "leg16", force_stem(9, BODIES[25], deadline="June 2017"), "prog", "missing_from_force",
     [], theme="misconduct")
item("F37", "leg16", force_stem(6, BODIES[31]), "prog", "closeable_submit", [
    ("Within 3 months ensure all officers who use S&S powers have been given, and understand, "
     "training on unconscious bias and the CoP APP on S&S", G, "", "Recommendation",
     "Head of Learning & Development",
     "All response and NPT officers trained (PDR evidence). Submitted for closure.",
     dt.date(2017, 12, 4), None)], theme="stop-search")
da_coc = CAUSES[3]
item("F13", "effv16", force_stem(12, BODIES[16]), "prog_fc", "closeable_submit", [
    ("DA (CoC) - increase the use of arrest, ancillary orders and other available powers to "
     "improve the service to victims of DA, offer the best possible protection and bring more "
     "perpetrators to justice", G, "id", "Recommendation (CoC)", "Ch Supt Public Protection",
     "Arrest rate and DVPO use up; update sent to HMICFRS liaison lead. Awaiting HMICFRS to "
     "close.", dt.date(2018, 2, 5), None)], coc=da_coc, extra={"fc": DA_FC})
item("F14", "effv16", force_stem(12, BODIES[17]), "prog", "conflict", [
    ("Take steps to understand and address why such a high proportion of DA victims do not "
     "support the police investigation", RD, "id", "AFI", "Ch Supt Public Protection",
     "Victim attrition research with the University delayed. Unlikely to reach deadlines.", None,
     None)], coc=da_coc)
item("F15", "effv16", force_stem(12, BODIES[18]), "complete_auth", "in_sync", [
    ("Cease conducting DA risk assessments over the telephone and dealing with DA in the "
     "resolution centre", C, "id", "Recommendation (CoC)", "Ch Supt Public Protection",
     "Practice ceased 1 May 2017; all DA now attended. Closed.", None, None)], coc=da_coc,
     extra={"team": "PEEL effectiveness"})
item("F16", "effv16", force_stem(5, BODIES[6]), "prog", "missing_from_force", [])
item("F17", "effv16", force_stem(5, TOPIC_BODIES[1].format(t="child sexual exploitation")),
     "prog", "in_sync", [
    ("CSE investigations to be allocated to officers with the right skills and effectively "
     "supervised (within 6 months)", A, "", "Recommendation", "Det Ch Supt Force CID",
     "CSE investigations moved to the Child Protection Team; supervision audit in Q2.", None,
     None)])
item("F30", "eff17", force_stem(8, BODIES[21]), "await", "conflict", [
    ("Within 12 months make sure there are appropriate strategic oversight arrangements to "
     "manage risks, performance and improvement plans effectively", A, "swap", "Recommendation",
     "DCC", "Strategic Performance Board ToR redrafted.", None, None)])
item("F31", "eff17", force_stem(7, BODIES[24]), "prog", "closeable_submit", [
    ("Make sure we have access to accurate data and analysis to support effective performance "
     "management", G, "id", "Recommendation", "Head of Corporate Development",
     "Qlik performance app live for all supervisors from March 2018. Completed. Evidence "
     "submitted to HMICFRS for closure.", dt.date(2018, 4, 9), None)])
item("F40", "eff17", force_stem(7, BODIES[23]), "await", "in_sync", [
    ("Make sure all processes supporting performance management are effective", A, "",
     "Recommendation", "Head of Corporate Development",
     "Performance framework review linked to the Qlik roll out.", None, None)])
item("F32", "leg17", force_stem(0, BODIES[55]), "await", "in_sync", [
    ("Immediately review current background check arrangements and make sure suitable and "
     "sufficient background checks are in place to safeguard staff and communities", A, "id",
     "Recommendation", "Head of Professional Standards",
     "Vetting policy review against the new APP.", None, None)], theme="misconduct")
item("F33", "leg17", force_stem(7, BODIES[56]), "await", "in_sync", [
    ("Provide accessible information for all staff and the public on how to raise concerns and "
     "access confidential support (inc. external agencies)", A, "", "Recommendation",
     "Head of Professional Standards", "Intranet and website pages being rewritten.", None,
     None)], theme="misconduct")
item("F34", "leg17", force_stem(8, BODIES[26]), "await", "in_sync", [
    ("Specify in succession plans how we will improve diversity at all levels of the force, "
     "inc. increased direct-entry opportunities", A, "id", "Recommendation", "Director of People",
     "Positive action plan drafted; direct entry inspector scheme joined for 2019 intake.", None,
     None)], theme="misconduct")
mc_coc = CAUSES[1]
item("F25", "effv17", force_stem(12, BODIES[19]), "await", "in_sync", [
    ("Missing children (CoC) - review approach to reports of missing children: call takers use "
     "the missing/absent category appropriately; call takers & frontline staff can identify CSE "
     "risk factors and respond; supervisors provide correct oversight of missing enquiries and "
     "direct timely investigative and safeguarding action", RD, "", "Recommendation (CoC)",
     "Ch Supt Public Protection",
     "Absent category withdrawn 1 April. Missing Persons Coordinator posts advertised.", None,
     None)], coc=mc_coc)
item("F26", "effv17", force_stem(5, BODIES[7]), "await", "in_sync", [
    ("Within six months improve understanding of suspects released under investigation (RUI) and "
     "the management of those released on bail", A, "", "Recommendation", "Head of Criminal "
     "Justice", "RUI tracker built on Niche; weekly review by custody inspectors.", None, None)],
     name="coc empty")
item("F27", "effv17", force_stem(7, BODIES[51]), "await", "closeable_submit", [
    ("Improve supervision of investigations so that investigation plans are set, reviewed and "
     "recorded and victims receive a consistently good service", G, "", "Recommendation",
     "Det Ch Supt Force CID", "Investigation plan template mandatory on Niche (crime "
     "standards audit April: 96%). Proposed for closure.", dt.date(2018, 5, 8), None)])
item("F28", "effv17", force_stem(8, BODIES[30]), "await", "in_sync", [
    ("Develop a clear prevention strategy targeting people most at risk and make sure activity "
     "prioritises them", A, "", "Recommendation", "ACC Local Policing",
     "Prevention strategy to be drafted by the Prevention Hub.", None, None)])

# ---- tracker-only rows: AFIs (never on the recommendation register), local actions, CDI 2018
EXTRA: list[dict] = [
    dict(sec="eff17", text=CONTROL_ROOM, rag=A, type="AFI", lead="Supt Contact Centre",
         prog="Control room resourcing model reviewed; 12 new call handlers start in June.",
         why="AFI: the register scraped holds recommendations only; query with HMICFRS"),
    dict(sec="leg17", text="The force should make sure officers and staff have the training they "
         "need to identify and respond to hate crime.", rag=G, type="AFI",
         lead="Head of Learning & Development", prog="Hate crime e-learning completed by 88%.",
         why="AFI: not on the recommendation register"),
    dict(sec="effv17", text="The force should improve its understanding of the nature and scale "
         "of county lines drug dealing in its area.", rag=A, type="AFI",
         lead="Head of Intelligence", prog="County lines problem profile commissioned.",
         why="AFI: not on the recommendation register"),
    dict(sec="effv17", text="The force should make sure victims of stalking and harassment are "
         "kept informed about the progress of their case, in line with the Code of Practice for "
         "Victims of Crime.", rag=A, type="AFI", lead="Head of Criminal Justice",
         prog="VCOP compliance dip sample booked.", why="AFI: not on the recommendation register"),
    dict(sec="effv16", text="Local action: " + LOCAL_ACTIONS[0].format(t="domestic abuse"),
         rag=G, type="Local action", lead="Ch Supt Public Protection",
         prog="T&F group reported to FET 25 July.",
         why="force's own action next to the DA cause of concern; not an HMICFRS item"),
    dict(sec="stolen", text="Force action - " + LOCAL_ACTIONS[5].format(
        t="modern slavery and human trafficking"), rag=G, type="Local action",
         lead="Det Ch Supt Force CID", prog="SPOCs named for all 3 LPAs.",
         why="force's own action beside the MSHT leadership rows; not an HMICFRS item"),
    dict(sec="cdi16", text="Internal audit action: " + LOCAL_ACTIONS[2].format(
        t="rape and serious sexual offences"), rag=A, type="Local action",
         lead="Force Crime Registrar", prog="Q4 dip sample 47/50 compliant.",
         why="internal audit action; not an HMICFRS item"),
    dict(sec="leg16", text="JAC action: Internal audit of the counter-corruption governance "
         "arrangements (audit plan 2017/18)", rag=A, type="Local action",
         lead="Head of Professional Standards", prog="Fieldwork June 2018.",
         why="Joint Audit Committee action; not an HMICFRS item"),
    dict(sec="effv17", text="Force improvement plan: " + LOCAL_ACTIONS[3].format(
        t="missing children"), rag=A, type="Local action", lead="Ch Supt Public Protection",
         prog="Analyst allocated.",
         why="force action beside the missing-children cause of concern; not an HMICFRS item"),
    dict(sec="cdi18", text="Within three months, the force should make sure it records reports of "
         "rape and serious sexual offences accurately and without delay.", rag=A,
         type="Recommendation", lead="Force Crime Registrar",
         prog="Allocated to the FCR. 56-day response sent to OPCC.",
         why="CDI 2018 (published 26 April 2018): not yet on the register when scraped"),
    dict(sec="cdi18", text="Immediately, the force should " + BODIES[58] + ".", rag=A,
         type="Recommendation", lead="Head of Criminal Justice",
         prog="OOCD scrutiny panel to review the audit trail.",
         why="CDI 2018 (published 26 April 2018): not yet on the register when scraped"),
]

# --------------------------------------------------------------------------- register ids
used: set[int] = set()


def id_block(pub: dt.date, n: int) -> list[int]:
    if pub.year <= 2015:
        lo, hi = 900, 5600
    elif pub.year == 2016:
        lo, hi = 5600, 8000
    elif pub < dt.date(2018, 1, 1):
        lo, hi = 8000, 8990
    else:
        lo, hi = 9000, 9500
    while True:
        start = rng.randint(lo, hi - 5 * n)
        step = rng.choice([1, 1, 2, 43])
        ids = [start + k * step for k in range(n)]
        if ids[-1] < hi + 200 and not (set(ids) & used):
            used.update(ids)
            return ids


by_rep: dict[str, list[dict]] = {}
for it in I:
    by_rep.setdefault(it["rep"], []).append(it)
for rep, its in by_rep.items():
    for it, i in zip(its, id_block(R[rep][1], len(its))):
        it["id"] = i

# register entry dates and histories
for it in I:
    pub = R[it["rep"]][1]
    d0 = pub + dt.timedelta(days=rng.randint(6, 40))
    if d0 >= SCRAPE_DAY:
        d0 = SCRAPE_DAY - dt.timedelta(days=10)
    it["d0"] = d0
    ex = dict(it["extra"])
    it["history"] = history(it["hm"], d0, ex)
    it["hm_state"] = hm_state(it["hm"])

# --------------------------------------------------------------------------- the scrape CSV
IND = "\n\t\t\t\t\t\t"


def scraped(text: str, style: str) -> str:
    """jQuery .text() of the entry's content div: indentation runs, <li> items without glyph."""
    lines = [ln.strip() for ln in text.split("\n")]
    out = []
    for ln in lines:
        if not ln:
            continue
        if style == "ul" and ln.startswith("•"):
            out.append("\t" + ln.lstrip("• ").strip())
        else:
            out.append(ln)
    return IND + IND.join(out) + "\n\t\t\t\t\t"


THEMES = ["stop-search", "harm", "misconduct", "plan"]   # the order the start URLs were pasted
PER_PAGE = 15
rows_out: list[list[str]] = []
order = 0
for theme in THEMES:
    start = f"{BASE}?recommendation-theme={theme}"
    its = sorted([it for it in I if it["theme"] == theme],
                 key=lambda x: (x["d0"], x["id"]), reverse=True)   # newest first, as listed
    for pos, it in enumerate(its):
        page = pos // PER_PAGE + 1
        order += 1
        pag = "null" if page == 1 else str(page)
        pag_href = "null" if page == 1 else f"{BASE}page/{page}/?recommendation-theme={theme}"
        link = f"{R[it['rep']][0]} ({it['id']})"
        href = f"{BASE}recommendation/{SLUG}/{it['id']}/"
        style = "ul" if rng.random() < 0.5 else "typed"
        if it["coc"]:
            coc = scraped(it["coc"], style)
        elif it["name"] == "coc empty":
            coc = ""                                   # element present, no text
        else:
            coc = "null"                               # element not found on the page
        text = "null" if it["name"] == "text null" else scraped(it["text"], style)
        rows_out.append([f"{SCRAPE_TS}-{order}", start, pag, pag_href, link, href, coc, text,
                         it["history"]])
        it["hm_row"] = f"hmicfrs.csv!{len(rows_out) + 1}"

HEADER = ["web-scraper-order", "web-scraper-start-url", "pagination", "pagination-href",
          "recommendation", "recommendation-href", "cause_of_concern", "recommendation_text",
          "history"]

# --------------------------------------------------------------------------- the tracker
SEC_ORDER = ["sas13", "everyone", "austerity", "core", "cdi14", "integrity", "sas15", "picture",
             "firearms", "eff15", "leg15", "effv15", "ncpi16", "cust16", "cdi16", "eff16", "leg16",
             "effv16", "stolen", "eff17", "leg17", "effv17", "cdi18"]
SEC_TITLE = {
    "sas13": "Stop and Search Powers (HMIC, July 2013) – all forces",
    "everyone": "Everyone's Business: Improving the police response to domestic abuse (March 2014)",
    "austerity": "Policing in Austerity – Meeting the Challenge (July 2014)",
    "core": "Core Business (September 2014)",
    "cdi14": "Crime Data Integrity – Cheshire (November 2014)",
    "integrity": "Integrity Matters (January 2015)",
    "sas15": "Stop and Search Powers 2 (March 2015)",
    "picture": "Building the Picture – information management (July 2015)",
    "firearms": "Targeting the Risk – firearms licensing (September 2015)",
    "eff15": "PEEL Efficiency 2015 (October 2015)",
    "leg15": "PEEL Legitimacy 2015 (February 2016)",
    "effv15": "PEEL Effectiveness 2015 (February 2016)",
    "ncpi16": "National Child Protection Inspection – Cheshire (May 2016)",
    "cust16": "Custody suites – joint HMIC/HMIP unannounced inspection (August 2016)",
    "cdi16": "Crime Data Integrity – re-inspection (September 2016)",
    "eff16": "PEEL Efficiency 2016 (November 2016)",
    "leg16": "PEEL Legitimacy 2016 (December 2016)",
    "effv16": "PEEL Effectiveness 2016 (March 2017)",
    "stolen": "Stolen Freedom – modern slavery & human trafficking (October 2017)",
    "eff17": "PEEL Efficiency 2017 (November 2017) – force & national",
    "leg17": "PEEL Legitimacy 2017 (December 2017) – force & national",
    "effv17": "PEEL Effectiveness 2017 (March 2018)",
    "cdi18": "Crime Data Integrity 2018 (April 2018) – NEW",
}
PUB = {k: v[1] for k, v in R.items()}
PUB["cdi18"] = CDI18_PUB
PUB["leg17n"] = R["leg17"][1]


def swap_digits(n: int) -> int:
    s = list(str(n))
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1]:
            s[i], s[i + 1] = s[i + 1], s[i]
            m = int("".join(s))
            if m not in used:
                return m
            s[i], s[i + 1] = s[i + 1], s[i]
    raise ValueError(n)


trk: list[dict] = []   # tracker item rows, in sheet order, before numbering
for sec in SEC_ORDER:
    sec_rows = []
    for it in I:
        for r in it["rows"]:
            text, rag, refm, typ, lead, prog, sub, rep_over = r
            home = rep_over or it["rep"]
            if home == "leg17n":
                home_sec = "leg17"
            else:
                home_sec = home
            if home_sec != sec:
                continue
            ref = {"id": it["id"], "": None, "swap": swap_digits(it["id"]) if refm == "swap"
                   else None, "tbc": "TBC"}[refm]
            sec_rows.append(dict(item=it, text=text, rag=rag, ref=ref, type=typ, lead=lead,
                                 prog=prog, sub=sub, report=TRK_REPORT[home], pub=PUB[home]))
    for e in EXTRA:
        if e["sec"] == sec:
            sec_rows.append(dict(item=None, text=e["text"], rag=e["rag"], ref=None,
                                 type=e["type"], lead=e["lead"], prog=e["prog"], sub=None,
                                 report=TRK_REPORT[sec], pub=PUB[sec], why=e["why"]))
    # the force orders rows within a report by its own sense; keep insertion but move local
    # actions and AFIs to the end, as an analyst appends them
    sec_rows.sort(key=lambda r: {"Local action": 2, "AFI": 1}.get(r["type"], 0))
    trk.append(dict(heading=SEC_TITLE[sec]))
    trk.extend(sec_rows)

SHEET = "Recs Tracker"
wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = f"{FORCE} – HMIC/HMICFRS Recommendations Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Inspection & Audit Team, Corporate Services. Last updated 04/05/2018 for the Joint "
            "Audit Committee. RAG key on the next tab.")
ws["A2"].font = Font(italic=True)
HDR = ["No.", "HMIC Ref", "Report", "Published", "Type", "Recommendation / AFI",
       "Lead", "RAG", "Progress update", "Date submitted to HMICFRS"]
HR = 4
for c, h in enumerate(HDR, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "92D050", "Green": "92D050",
        "COMPLETE": "BFBFBF"}
r = HR + 1
no = 0
prev_item = None
sub_letter = 0
for row in trk:
    if "heading" in row:
        ws.cell(r, 1, row["heading"]).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        row["xl"] = r
        r += 1
        continue
    it = row["item"]
    if it is not None and it is prev_item:
        sub_letter += 1
        label = f"{no}{'abcdefgh'[sub_letter]}"
    else:
        no += 1
        sub_letter = 0
        multi = it is not None and len(it["rows"]) > 1
        label = f"{no}a" if multi else no
    prev_item = it
    vals = [label, row["ref"], row["report"], row["pub"], row["type"], row["text"], row["lead"],
            row["rag"], row["prog"], row["sub"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
    ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[row["rag"]])
    row["xl"] = r
    r += 1
for col, w in zip("ABCDEFGHIJ", [6, 9, 24, 11, 16, 70, 24, 10, 50, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = f"A{HR + 1}"

key = wb.create_sheet("RAG key")
for i, (k, v) in enumerate([
        ("RAG", "Meaning"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("AMBER", "Subject to ongoing work and monitoring but anticipated will be implemented"),
        ("GREEN", "Implemented – evidence with sign-off lead / submitted to HMICFRS for closure"),
        ("COMPLETE", "Closed – signed off and removed from the force's open list"),
        ("HMIC Ref", "Number from the HMICFRS online recommendation register where known"),
], 1):
    key.cell(i, 1, k).font = Font(bold=(i == 1))
    key.cell(i, 2, v)
key.column_dimensions["B"].width = 90

# --------------------------------------------------------------------------- truth
truth: list[tuple[str, str, str, str]] = []
WHY = {
    "in_sync": "matched; both sides agree ({hm} on the register, force {f})",
    "closeable_submit": "register still {hm}; force records it done ({rag})",
    "closeable_local": "register closed it ({how}); force still open ({rag})",
}
CONFLICT_WHY = {
    "N10": "deadline differs: register 'By 31 March 2015', tracker 'By 31 March 2016'",
    "N15": "report differs: register 'Targeting the risk' (firearms licensing 2015); tracker "
           "files it under PEEL Effectiveness 2015",
    "N20": "timescale differs: register 'Within six months', tracker 'Within twelve months'",
    "F12": "tracker text drops the bullet 'custody staff make a record of all actions taken and "
           "decisions made on the relevant documentation'",
    "F14": "type differs: register recommendation under the DA cause of concern; tracker says "
           "AFI",
    "F30": "reference differs: tracker HMIC Ref {bad} vs register id {good} (digits transposed)",
}


def how_closed(it) -> str:
    return "superseded per register comment" if it["hm"] == "superseded" else "complete"


for it in I:
    hm_lbl = it["hm_state"]
    if not it["rows"]:
        truth.append((it["hm_row"], "", "missing_from_force",
                      f"register id {it['id']} ({hm_lbl}); no tracker row"))
        continue
    for row in [x for x in trk if x.get("item") is it]:
        cat = it["cat"]
        rag = row["rag"]
        fstate = "done" if rag.upper() in ("GREEN", "COMPLETE") else "open"
        if cat == "conflict":
            why = CONFLICT_WHY[it["key"]].format(bad=row["ref"], good=it["id"])
        elif cat == "in_sync":
            assert (hm_lbl == "closed") == (fstate == "done"), it["key"]
            why = WHY["in_sync"].format(hm=hm_lbl, f=f"{fstate} ({rag})")
            if it["hm"] == "superseded":
                why += "; register closure is the superseded comment, not a status"
        elif cat == "closeable_submit":
            assert hm_lbl == "open" and fstate == "done", it["key"]
            why = WHY["closeable_submit"].format(hm=hm_lbl, rag=rag)
            if it["hm"] == "prog_fc":
                why += "; 'Completed…' in the log is the force's pasted update, status still " \
                       "being-progressed"
        elif cat == "closeable_local":
            assert hm_lbl == "closed" and fstate == "open", it["key"]
            why = WHY["closeable_local"].format(how=how_closed(it), rag=rag)
        else:
            raise ValueError(cat)
        if len(it["rows"]) > 1:
            why += f"; one of {len(it['rows'])} tracker rows split off this register entry"
        if it["name"] == "text null":
            why += "; scraped text is 'null', paired on the register id"
        truth.append((it["hm_row"], f"{SHEET}!{row['xl']}", cat, why))
for row in trk:
    if "heading" in row or row["item"] is not None:
        continue
    truth.append(("", f"{SHEET}!{row['xl']}", "not_on_hmicfrs_list", row["why"]))


def rownum(s: str) -> int:
    return int(s.rsplit("!", 1)[1]) if s else 10 ** 6


truth.sort(key=lambda t: (rownum(t[0]), rownum(t[1])))

# --------------------------------------------------------------------------- write
CASE.mkdir(parents=True, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HEADER)
w.writerows(rows_out)
(CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8"))

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
(CASE / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))

FIXED = dt.datetime(2018, 5, 4, 16, 12, 0)
wb.properties.creator = "Inspection & Audit Team"
wb.properties.created = FIXED
raw = io.BytesIO()
wb.save(raw)
src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2018-05-04T16:12:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2018, 5, 4, 16, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        z.writestr(zi, data)
(CASE / "tracker.xlsx").write_bytes(out.getvalue())

counts: dict[str, int] = {}
for t in truth:
    counts[t[2]] = counts.get(t[2], 0) + 1
print("list rows", len(rows_out), "tracker item rows",
      sum(1 for x in trk if "heading" not in x), "truth lines", len(truth))
print(counts)

# --------------------------------------------------------------------------- README
README = """# Case `web_scraper_register_csv` (round 67, listfree23)

Seed {seed}. Rebuild: `/work/main/.venv/bin/python build_web_scraper_register_csv.py`
(byte for byte: fixed seed, fixed xlsx zip and document dates).

## The layout

**HMICFRS side, `hmicfrs.csv`: the force's copy of its entries on HMICFRS's public
recommendation register, pulled with the "Web Scraper" Chrome extension (legacy 0.3 CSV
export).** The old register had no download (research notes 1.1-1.2): one web page per
recommendation at `/hmicfrs/recommendation/<force-slug>/<id>/`, listed on theme pages
`/hmicfrs/?recommendation-theme=<theme>` as "<Report title> (<id>)", with the body holding an
optional cause-of-concern paragraph, the recommendation text and a dated event log in
`[on]…[status]…[/status][/on]` markup. An analyst at {force} (fictional state, real texts)
pasted four theme pages as start URLs (the four theme slugs the notes record: stop-search,
harm, misconduct, plan), followed the item links restricted to the `cheshire` slug, and
exported on 14 May 2018. Columns, exactly as the extension writes them:

`web-scraper-order` ("1526291147-N": job start time + running number, not a reference) ·
`web-scraper-start-url` (the theme page) · `pagination`, `pagination-href` (the pager link
followed; "null" on page 1) · `recommendation` (link text "<Report title> (<register id>)") ·
`recommendation-href` (page URL, id again) · `cause_of_concern` · `recommendation_text` ·
`history` (the event log, raw markup). UTF-8, every field quoted, `\\n` line ends, 66 records,
header = Excel row 1, record k = row k+1 (multi-line cells do not add rows).

**Force side, `tracker.xlsx`**, sheet `Recs Tracker`: title rows 1-2, header row 4 (`No.`,
`HMIC Ref`, `Report`, `Published`, `Type`, `Recommendation / AFI`, `Lead`, `RAG`,
`Progress update`, `Date submitted to HMICFRS`), 23 merged report-heading rows (not items),
82 item rows. RAG words RED / AMBER (open), GREEN / Green / COMPLETE (done); cells also
filled in RAG colours. Sheet `RAG key` is a legend (no items).

## What the scrape brings, and how the truth decides it

1. **No status column.** HMICFRS status = the last `[status]` in `history` (the first is always
   `awaiting-review`). `complete` = closed; `awaiting-review` / `being-progressed` = open.
2. **Superseded by comment only** (rows 38, 61, 66): last event is the comment "This area of
   activity has subsequently been inspected in HMIC's PEEL … inspections. Where a cause of
   concern still exists this will appear in the register against these subsequent
   inspections." with status still `being-progressed`. Read as closed (superseded), as the
   WMP JAC paper reads the same wording ("no further action is required by HMIC"). Row 38 vs
   force GREEN -> in_sync; rows 61, 66 vs force AMBER -> closeable_local.
3. **"Completed…" in a comment is the force's pasted update, not a closure** (row 22,
   "CompletedArrest rates…", status still `being-progressed`) -> HMICFRS open; force GREEN ->
   closeable_submit. Row 25 has the same pattern (after 6989, typo "Croimes" kept) but a later
   `[status]complete` -> closed.
4. "being reviewed by HMIC" and "being monitored by HMICFRS… will, in due course, be updated"
   comments leave an item open.
5. **Report and reference fused in the link text**; the id is also in the href. No type
   column: every page is a recommendation (some with a cause-of-concern paragraph). No
   publication date (only register event dates).
6. **"null" literals** = element not found: pagination on page-1 rows, `cause_of_concern` on
   most rows, and `recommendation_text` of row 56 (page with a different template). Row 56 is
   paired on the register id 6714 (tracker HMIC Ref 6714) -> in_sync. Row 12's
   cause_of_concern is an empty string (element present, empty).
7. **Whitespace from the page**: every text starts `\\n\\t\\t\\t\\t\\t\\t` and ends with tabs;
   some `<ul>` bullets come out as indented lines with no glyph, others keep typed "•"
   (inline "•the…", footnote digits "86", " 20" kept verbatim).
8. **Rows in scrape order**: by theme, then listing page, newest first; reports scattered.
9. **One register page holding a cause of concern and four recommendations** (row 2,
   PEEL legitimacy 2017 national stop-and-search set, as real id 8541): tracker rows 91-94
   (59a-d, all HMIC Ref 8403) are four split lines of that one row -> in_sync x4.
10. Same report title for force and national items (national efficiency/legitimacy 2017
    items sit under "PEEL: police efficiency 2017" / "PEEL: police legitimacy 2017").

## Force-side traps

- Splits: Stolen freedom leadership (row 14 -> tracker 74-77, 47a-d, ref only on 47a);
  CDI 2016 victims (row 25 -> 50-54, 31a-e). Every line same category as its item.
- Near twins on different reports, told apart by report section and ref: S&S community
  scrutiny 2013 (row 7 -> 8, closeable_submit) vs 2015 (row 5 -> 24, in_sync); S&S
  monitoring 2013 (row 8 -> 7) vs PEEL legitimacy 2015 (row 4 -> 39); NFA misconduct
  Integrity matters (row 49 -> 22) vs PEEL legitimacy 2015 (row 48 -> 37); savings
  austerity (row 66 -> 12) vs PEEL efficiency 2015 (row 58 -> 35); call-handler THR
  criteria Core business (row 38 -> 16) vs CDI 2014 (row 36 -> 20); S&S training PEEL
  legitimacy 2016 (row 3 -> 65) vs the 2017 national set (row 2 -> 94).
- Abridged / own-words texts, stems dropped, abbreviations (S&S, MSHT, CCs, CoP, VfM, HO).
  Row 53 tracker (85) drops the second sentence (aimed at the Home Office/NPCC): not the
  force's action, in_sync.
- Conflicts (6): row 63 -> 17 deadline "By 31 March 2015" vs "2016"; row 31 -> 41 firearms
  licensing rec filed under PEEL Effectiveness 2015 (same ref 2091); row 19 -> 78 "Within
  six months" vs "Within twelve months"; row 26 -> 48 custody children bullet "custody staff
  make a record…" missing; row 24 -> 71 Type AFI vs register recommendation under the DA
  cause of concern; row 51 -> 86 HMIC Ref 8713 vs register 8731.
- not_on_hmicfrs_list (11): 4 AFIs (the register holds recommendations only), 5 local /
  audit / JAC actions sitting beside related items, 2 CDI 2018 recommendations published
  26 April 2018 and not yet on the register.
- missing_from_force (5): rows 17, 20, 35, 45, 64 (open on the register, no tracker row).

## Counts (truth.csv lines)

{counts}

66 HMICFRS rows, 82 tracker item rows, {n} truth lines. Closed on one side only: 21 of 66
items.
"""
counts_txt = "\n".join(f"- {k}: {v}" for k, v in sorted(counts.items()))
(CASE / "README.md").write_bytes(README.format(
    seed=SEED, force=FORCE, counts=counts_txt, n=len(truth)).encode("utf-8"))
