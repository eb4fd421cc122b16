"""Builder for the independent case `word_appendix_pasted`.

A committee paper's Appendix A (a Word table) pasted into Excel by the analyst, reconciled against
an HMICFRS definitive list (xlsx). Texts are real HMICFRS wording from the project's text lists
(read as data). Fixed seed; writes only under /tmp/indep4/wordtable/.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen import texts as T  # noqa: E402  (data only)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

random.seed(20240326)
OUT = Path("/tmp/indep4/wordtable/word_appendix_pasted")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "West Mercia Police"
NEIGHBOUR = "Warwickshire Police"
AREA = "West Mercia"
NAT, REC, AFI, COC = T.NAT, T.REC, T.AFI, T.COC
N = T.NATIONAL
B = T.BODIES

# ---------------------------------------------------------------- HMICFRS reports
REPORTS = {
    "everyone": (N["everyone"][0], dt.date(2014, 3, 27)),
    "core": (N["core"][0], dt.date(2014, 9, 4)),
    "integrity": (N["integrity"][0], dt.date(2015, 1, 30)),
    "sas15": (N["sas15"][0], dt.date(2015, 3, 24)),
    "picture": (N["picture"][0], dt.date(2015, 7, 1)),
    "firearms": (N["firearms"][0], dt.date(2015, 9, 15)),
    "stolen": (N["stolen"][0], dt.date(2017, 10, 24)),
    "efc17": (N["efc17"][0], dt.date(2017, 11, 9)),
    "leg17": (N["leg17"][0], dt.date(2017, 12, 12)),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 11)),
    "powers": (N["powers"][0], dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 24)),
}

def nat(key, i):
    return N[key][2][i][1]

def tb(i, topic):
    return T.TOPIC_BODIES[i].format(t=topic)

CSV_WM = {  # West Mercia PEEL 2018/19 texts exactly as in real_recommendations.csv rows 0-10
    0: "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    1: "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    2: "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    3: "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    4: "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    5: "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    6: "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    7: "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    8: "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    9: "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    10: "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
}

OPEN_C = ("The progress of the implementation of this recommendation is currently being monitored "
          "by HMICFRS and this record will, in due course, be updated.")
NEW_C = "New recommendation"
REVIEW_C = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
DONE_C = "This recommendation is complete"
AUTH_C = ("Authorised for closure on the basis of the additional observations offered by members of "
          "the inspection team in recent inspection activity.")
SUPER_C = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")

# key: (reference, report, type, text, status, status date, comment)
H: dict[str, tuple] = {}
def h(key, ref, rep, typ, text, status, sdate, comment):
    H[key] = (ref, rep, typ, text, status, sdate, comment)

h("everyone", 2321, "everyone", NAT, nat("everyone", 0), "Superseded", "2nd March 2017", SUPER_C)
h("core0", 4822, "core", NAT, nat("core", 0), "Complete", "14th June 2016", DONE_C)
h("core1", 4826, "core", NAT, nat("core", 1), "Being progressed", "4th September 2014", OPEN_C)
h("integrity", 5102, "integrity", NAT, nat("integrity", 0), "Superseded", "11th May 2017",
  SUPER_C.replace("HMIC's PEEL Effectiveness", "HMIC's PEEL Legitimacy"))
h("sas15", 5380, "sas15", NAT, nat("sas15", 0), "Being progressed", "24th March 2015", OPEN_C)
h("picture", 5911, "picture", NAT, nat("picture", 0), "Being progressed", "1st July 2015", OPEN_C)
for i in range(5):
    st = ("Complete", "27th April 2018", DONE_C) if i < 2 else ("Being progressed", "15th September 2015", OPEN_C)
    h(f"fa{i}", 6120 + i, "firearms", NAT, nat("firearms", i), *st)
for i in range(7):
    h(f"sf{i}", 7012 + i, "stolen", NAT, nat("stolen", i), "Being progressed", "24th October 2017", OPEN_C)
h("digital", 7420, "efc17", NAT, nat("efc17", 0), "Complete", "8th November 2019", AUTH_C)
for i in range(5):
    typ = COC if i == 0 else NAT
    h(f"leg{i}", 8541 + i, "leg17", typ, nat("leg17", i), "Being progressed", "12th December 2017", OPEN_C)
E17 = [B[41], B[58], B[40], B[51]]
for i, body in enumerate(E17):
    st = ("Superseded", "2nd May 2019", SUPER_C) if i == 0 else ("Being progressed", "22nd March 2018", OPEN_C)
    h(f"e17_{i}", 7740 + i, "eff17", AFI, f"The force should {body}.", *st)
h("ncpi0", 9016, "ncpi18", REC,
  f"To address this cause of concern, HMIC recommends the force should immediately {B[19]}.",
  "Being progressed", "21st June 2018", OPEN_C)
h("ncpi1", 9017, "ncpi18", REC,
  f"Within three months, the force should {tb(2, 'child sexual exploitation')}.",
  "Being progressed", "21st June 2018", OPEN_C)
h("ncpi2", 9018, "ncpi18", REC,
  f"Within six months the force should {tb(1, 'online child sexual abuse')}.",
  "Being progressed", "21st June 2018", OPEN_C)
# PEEL 2018/19 West Mercia, in the report's order (cause of concern, then its recommendations)
WM_ORDER = [7, 0, 1, 2, 3, 4, 5, 8, 6, 9, 10]
for j, ci in enumerate(WM_ORDER):
    typ = COC if ci in (7, 8) else REC
    h(f"wm{ci}", 9630 + j, "peel1819", typ, CSV_WM[ci], "Being progressed", "2nd May 2019", OPEN_C)
h("cdi0", 10212, "cdi19", REC, f"Within six months the force should {T.CDI_VICTIMS_BODY}.",
  "Being progressed", "26th September 2019", OPEN_C)
h("cdi1", 10213, "cdi19", AFI, f"The force should {B[14]}.", "Being progressed", "26th September 2019", OPEN_C)
h("cdi2", 10214, "cdi19", AFI, f"The force should {tb(5, 'stalking and harassment')}.",
  "Awaiting review", "26th September 2019", NEW_C)
h("cus0", 11090, "custody20", REC, f"Within six months {FORCE} should, {B[35]}.",
  "Being progressed", "11th August 2020", OPEN_C)
h("cus1", 11091, "custody20", AFI, f"The force should {tb(4, 'people with mental ill health')}.",
  "Complete", "19th October 2022", AUTH_C)
for i in range(5):
    h(f"pw{i}", 11802 + i, "powers", NAT, nat("powers", i), "Awaiting review" if i in (1, 3) else "Being progressed",
      "26th February 2021", NEW_C if i in (1, 3) else OPEN_C)
P2122 = [(0, "violence against women and girls"), (1, "rape and serious sexual offences"),
         (11, "domestic abuse"), (12, "fraud"), (10, "anti-social behaviour"),
         (7, "county lines drug dealing"), (13, "neighbourhood crime"), (14, "cyber crime")]
for i, (bi, topic) in enumerate(P2122):
    h(f"p22_{i}", 12955 + i, "peel2122", AFI, f"The force should {tb(bi, topic)}.",
      "Awaiting review" if i % 3 == 2 else "Being progressed", "24th May 2022", NEW_C if i % 3 == 2 else OPEN_C)

# ---------------------------------------------------------------- truth decisions per HMICFRS item
CAT: dict[str, tuple[str, str]] = {}
def cat(keys, c, why):
    for k in keys.split():
        CAT[k] = (c, why)

cat("core1 fa4 sf6 leg3 p22_4", "missing_from_force",
    "open on the HMICFRS list; no row for it anywhere in Appendix A")
cat("everyone", "closeable_local", "HMICFRS Superseded (PEEL Effectiveness comment); force AMBER, still refreshing the DA plan")
cat("core0", "closeable_local", "HMICFRS Complete (14th June 2016); force AMBER (THRIVE refresh ongoing)")
cat("integrity", "closeable_local", "HMICFRS Superseded; force RED")
cat("e17_0", "closeable_local", "HMICFRS Superseded (2nd May 2019); force AMBER")
cat("cus1", "closeable_local", "HMICFRS Complete (authorised for closure Oct 2022); force AMBER, training still being rolled out")
cat("fa0 fa1 digital", "in_sync", "closed on both: HMICFRS Complete, force GREEN with a note that HMICFRS closed it")
cat("sas15 fa2 sf2 sf4 leg2 e17_1 wm0 wm2 wm3 cdi1 ncpi1 pw0 pw4 p22_0 p22_3 p22_7",
    "closeable_submit", "HMICFRS open; force GREEN (implemented / submitted for closure)")
cat("e17_3", "closeable_submit", "HMICFRS open; force GREY = superseded, proposed for closure (done per the paper's key)")
cat("pw3", "closeable_submit", "HMICFRS open; force WHITE = not the force's to deliver (Home Office/NPCC), done per the key")
cat("fa3 sf0 sf3 sf5 leg0 e17_2 wm7 wm1 wm4 wm5 wm8 wm9 wm10 cdi2 ncpi0 ncpi2 cus0 pw1 pw2 p22_1 p22_2 p22_5 p22_6",
    "in_sync", "open on both: HMICFRS Being progressed/Awaiting review, force AMBER/RED")
cat("leg1", "in_sync", "open on both: force split the three bullets into 11.2a-c, one of them AMBER, so the item is not done")
cat("picture", "conflict", "publication date differs: force heading 'published 1 July 2016', HMICFRS 1 July 2015")
cat("sf1", "conflict", "timescale differs: HMICFRS 'Within six months', force text 'Within twelve months'")
cat("leg4", "conflict", "report differs: HMICFRS PEEL legitimacy 2017 (national overview); force files it under Police powers spotlight (Feb 21)")
cat("wm6", "conflict", "type differs: HMICFRS Recommendation, force labels it 'AFI –' among the report's recommendations")
cat("cdi0", "conflict", "force split the five bullets into 14.1a-d; bullet 'multiple crimes are always recorded…' has no force row")
assert set(CAT) == set(H), set(H) ^ set(CAT)

# ---------------------------------------------------------------- force appendix (Word table)
BUL = "•\t"      # Word list bullet as pasted
SYM = "\uf0b7\t"  # Word Symbol-font bullet as it often pastes into Excel

SECTIONS = []  # (report label, [row dicts])
def sec(label, rows):
    SECTIONS.append((label, rows))
def r(hkey, text, lead, rag, update, split=None, ref=None):
    return dict(hkey=hkey, text=text, lead=lead, rag=rag, update=update, split=split, ref=ref)

sec("Everyone's Business (DA) 2014", [
    r("everyone",
      "By September 2014, every police force in England and Wales should establish and publish an action plan "
      "that specifies in detail what steps it will take to improve its approach to domestic abuse.\n"
      "This action plan should be developed:\n"
      f"{BUL}in consultation with PCCs, DA support organisations and victims’ representatives;\n"
      f"{BUL}after close consideration of all the recommendations in this report;\n"
      f"{BUL}with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and\n"
      f"{BUL}drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
      "Ch Supt Public Protection", "AMBER",
      "18/09/2023 – DA action plan being refreshed as part of the VAWG Delivery Plan.\n"
      "06/02/2024 – refreshed plan to Vulnerability Board in April, then to be published on the website."),
])
sec("Policing in Austerity – Meeting the Challenge (2014)", [
    r(None,
      "All CCs and PCCs should review their plans to deliver savings to ensure they are doing all they can to "
      "continue to reduce crime and protect the front line while balancing their budgets.",
      "Director of Finance", "AMBER",
      "Medium Term Financial Plan 2024/25 – 2027/28 approved by the PCC Feb 2024.\n"
      "Savings plan monitored through the Force Change Board."),
])
sec("Core Business 2014", [
    r("core0",
      "Not later than 31 March 2015 forces using a threat, harm & risk policy should provide call-handlers "
      "with specific, sound and comprehensible criteria to assess threat, harm and risk.",
      "Supt Contact Centre", "AMBER",
      "THRIVE+ refresh in the OCC – new call-handling training package being written by L&D.\n"
      "12/02/2024 – delivery now expected Q1 2024/25."),
])
sec("Integrity Matters 2015", [
    r("integrity",
      "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to "
      "ensure that investigations into misconduct by officers & staff resulting in \"no further action\" are "
      "fair and free of any form of discrimination.",
      "Head of Professional Standards", "RED",
      "Disproportionality dip-sample of NFA outcomes not started – PSD capacity.\n"
      "02/2024 – scoping paper to go to PSD Board."),
])
sec("Stop & Search powers (HMIC 2013)", [
    r(None,
      "Chief Constables should establish or improve monitoring of the way officers stop and search people, so "
      "that they can be satisfied their officers are acting in accordance with the law (including equality "
      "legislation and the Code of Practice)…",
      "ACC Local Policing", "GREEN",
      "Monthly S&S performance pack to the Legitimacy Board since 2019."),
    r(None,
      "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with "
      "the code of practice by explaining to the public the way S&S powers are used in their areas and by making "
      "arrangements for S&S records to be scrutinised by community representatives. This should be done in a way "
      "that involves those people who are stopped and searched, for example, young people.",
      "ACC Local Policing", "AMBER",
      "See 6.1 – youth engagement for the scrutiny panel still being developed."),
])
sec("Stop & search powers 2 (2015)", [
    r("sas15",
      "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of Practice by "
      "explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S "
      "records to be scrutinised by community representatives. This should be done in a way that involves those "
      "people who are stopped and searched, for example young people.",
      "ACC Local Policing", "GREEN",
      "Independent scrutiny panel has included youth representatives since 2022; S&S data published monthly on the force website.\n"
      "15/01/2024 – evidence pack compiled for HMICFRS."),
])
sec("Building the Picture – information management\n(published 1 July 2016)", [
    r("picture",
      "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance "
      "with the APP on information management through the force information management governance structure. "
      "This should include measures to ensure that categorisation of records are regularly adjusted.",
      "Head of Information Management", "AMBER",
      "MoPI review backlog reported to the Information Assurance Board quarterly.\n"
      "Nov 2023 – new records review team in post."),
])
sec("Targeting the Risk (Firearms Licensing) 2015", [
    r("fa0",
      "Within 3 months, all CCs should assess how well the governance of firearms licensing in his or her force "
      "meets the standards set out in APP. Chief constables of forces where the governance standards are not being "
      "complied with should put in place immediately the correct arrangements and procedures in order to meet the "
      "standards in full.",
      "Supt Firearms Licensing", "GREEN",
      "Governance review completed 2016.\nClosed by HMICFRS 27/04/2018."),
    r("fa1",
      "Within three months, all chief constables should assess the demand placed on their firearms licensing "
      "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
      "service at all times.",
      "Supt Firearms Licensing", "GREEN", "Completed – closed by HMICFRS April 2018."),
    r("fa2",
      "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by "
      "their force with regard to 'total expired' licensing records.",
      "Supt Firearms Licensing", "GREEN",
      "All total expired records reviewed; weekly NFLMS exception report checked by FLU supervisor.\n"
      "20/12/2023 – submitted for closure via the force liaison lead."),
    r("fa3",
      "Within three months, all CCs should ensure that their arrangements in respect of the use of temporary "
      "permits are in accordance with the HO guidance; that temporary permits are properly recorded without delay "
      "on NFLMS; and that effective systems exist to ensure certificate holders are not permitted, at any time, to "
      "remain in unlawful possession of a firearm.",
      "Supt Firearms Licensing", "AMBER",
      "Temporary permit process re-written Oct 2023. Audit of NFLMS entries due April 2024."),
])
sec("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017", [
    r("sf0",
      "Within twelve months, forces should review their leadership and governance arrangements for MSHT, to ensure that:\n"
      f"{BUL}senior leaders prioritise the response to MSHT;\n"
      f"{BUL}every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n"
      f"{BUL}forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n"
      f"{BUL}performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
      "Det Ch Supt Force CID", "AMBER",
      "14/11/2023 – MSHT governance moved under the Serious & Organised Crime Board.\n"
      "09/02/2024 – performance framework for MSHT still in development."),
    r("sf1",
      "Within twelve months, forces should have in place active information-sharing agreements with other "
      "agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
      "identify suspects as early as possible.",
      "Head of Intelligence", "AMBER",
      "ISAs agreed with 3 of 4 local authorities; Herefordshire outstanding."),
    r("sf2",
      "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable "
      "to slavery or exploitation are afforded early and continuing consideration of the s.45 defence.",
      "Head of Criminal Justice", "GREEN",
      "s.45 guidance issued to all investigators; CPS liaison in place.\n"
      "05/01/2024 – proposed for closure."),
    r("sf3",
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves "
      "and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home "
      "Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
      "Det Ch Supt Force CID", "AMBER",
      "Duty to Notify compliance dip-sampled quarterly – 87% at last check (Dec 2023)."),
    r("sf4",
      "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for offences "
      "identified as MSHT and that sufficient audit capacity is available to the FCR…",
      "Force Crime Registrar", "GREEN",
      "Completed. Evidence submitted to HMICFRS for closure."),
    r("sf5",
      "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly investigated and "
      "effectively supervised by teams and individuals with the skills and experience to undertake them (this "
      "should include the use where appropriate of joint intelligence teams and other means to obtain intelligence "
      "and evidence from agencies overseas).",
      "Det Ch Supt Force CID", "AMBER",
      "Work undertaken in area but still requires development to complete."),
])
sec("PEEL Efficiency 2017 – national", [
    r("digital",
      "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled services within their force.",
      "Head of Corporate Development", "GREEN",
      "Digital Services Strategy 2018-21 agreed.\nHMICFRS closed Nov 2019 – no further action."),
])
sec("PEEL Legitimacy 2017 – national (stop and search)", [
    r("leg0",
      "Cause of concern: HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
      "search powers is consistently reasonable and fair. In particular, there is over-representation of BAME "
      "people, and black people in particular, in S&S data which many forces are unable to explain.",
      "ACC Local Policing", "AMBER",
      "Disproportionality ratio reported to the Legitimacy Board each quarter.\n"
      "Jan 2024 – external academic review of S&S disproportionality commissioned.",
      split=("…in S&S data which", " many forces are unable to explain.")),
    r("leg1",
      "By July 2018, all police forces should be regularly and frequently monitoring a comprehensive set of data "
      "and information on use of S&S powers to understand:\n"
      "(a) the reasons for any disproportionate representation of different ethnic groups in the use of S&S",
      "ACC Local Policing", "GREEN", "Monthly S&S pack includes ethnicity breakdown by BCU.", ref="11.2a"),
    r("leg1",
      "(b) the extent to which find rates differ between people from different ethnicities, and across different "
      "types of searches (including separate identification of find rates for drug possession and supply-type offences)",
      "Head of Corporate Development", "AMBER",
      "Find-rate by search type not yet available from the new records system – due summer 2024.", ref="11.2b"),
    r("leg1",
      "(c) the prevalence of possession-only drug searches, and the extent to which these align with local or "
      "force level priorities",
      "ACC Local Policing", "GREEN", "Included in quarterly drugs search analysis.", ref="11.2c"),
    r("leg2",
      "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n"
      f"{BUL}carried out research and analysis in an attempt to understand the reasons for the disparity, and\n"
      f"{BUL}taken action to reduce the disparity, where necessary",
      "ACC Local Policing", "GREEN",
      "Annual disproportionality report published on the website (Nov 2023).\n"
      "Proposed for closure – awaiting HMICFRS review."),
])
sec("PEEL Effectiveness 2017 (West Mercia)", [
    r("e17_0",
      "The force should take steps to ensure there is effective supervision of the initial risk assessment "
      "process, specifically the completion of DASH risk assessment in appropriate cases.",
      "Ch Supt Public Protection", "AMBER",
      "DARA (Domestic Abuse Risk Assessment) pilot – roll-out to all response teams planned for June 2024."),
    r("e17_1",
      "The force should revise its approach to cautions, cannabis warnings and PNDs to ensure there is a clear "
      "and auditable explanation to the offender of the implications of receiving the warning and that, for "
      "victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.",
      "Head of Criminal Justice", "GREEN",
      "Out of Court Resolutions policy (two-tier framework) implemented; Out of Court Scrutiny Panel reviews a sample each quarter."),
    r("e17_2",
      "The force should ensure that it has sufficient resources available in the control room to fulfil its "
      "resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
      "Supt Contact Centre", "AMBER",
      "OCC recruitment ongoing – 14 call handlers in training (Feb 2024)."),
    r("e17_3",
      "The force should improve the supervision of investigations, so that investigation plans are set, reviewed "
      "and recorded and victims receive a consistently good service.",
      "Det Ch Supt Force CID", "GREY",
      "Superseded by PEEL 2018/19 (see 13.9). Propose closure."),
])
WM_F = {
    7: ("Cause of concern – The force does not have suitable arrangements in place to make sure it can maintain "
        "the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its "
        "workforce skills assessment, and weaknesses in both its investigative approach and its approach to "
        "safeguarding vulnerable people.", "DCC", "AMBER",
        "Alliance ended 30/09/2019. Improvement plan monitored by the Force Executive Board; see 13.2–13.7."),
    0: ("Recommendation – conduct a review of officers' capabilities and capacity to manage their investigative "
        "workload, to better understand investigative demand and the pressures placed upon them",
        "Det Ch Supt Force CID", "GREEN",
        "Investigative workload review completed Aug 2021; findings built into the Investigations Improvement Plan.\n"
        "Pending sign off by the chief officer lead."),
    1: ("Recommendation – conduct a review, involving partners, of the approach to vulnerability to better "
        "safeguard vulnerable people", "Ch Supt Public Protection", "AMBER",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."),
    2: ("Recommendation – expand the skills project work to include an assessment of all skills (not only "
        "operational), including potential future skills requirements. This assessment should inform workforce plans",
        "Director of People", "GREEN", "Skills audit complete; Strategic Workforce Plan 2023-26 agreed."),
    3: ("Recommendation – agree arrangements with Warwickshire Police to secure a smooth transition to its future "
        "operating model, ensuring no disruption to public services", "DCC", "GREEN",
        "All collaborated services transitioned by 30/09/2019; legacy agreements closed.\nProposed for closure."),
    4: ("Recommendation – clearly define its new operating model, ensuring all operational and support services are "
        "affordable and fit to protect the communities of West Mercia", "DCC", "AMBER",
        "Operating model review (phase 2) reports to the PCC in May 2024."),
    5: ("Recommendation – improve its arrangements both to consult with the public about business planning and to "
        "feed back on changes made to service delivery as a result of such consultation",
        "Head of Corporate Development", "Amber", "xxx"),
    8: ("Cause of concern – The force does not have the capacity or capability to investigate crime effectively "
        "and this is affecting the service being provided to the public. There are failings in the way that crimes "
        "are being investigated.", "ACC Crime", "AMBER",
        "Investigations Improvement Plan – 11 of 17 actions complete (Feb 2024)."),
    6: ("AFI – Within six months the force should ensure regular and active supervision of the quality and "
        "progress of investigations. This supervision should be properly recorded.", "ACC Crime", "AMBER",
        "Supervisor review field made mandatory on Athena Nov 2023; compliance 71%."),
    9: ("Recommendation – within six months improve its ability to retrieve digital evidence from mobile phones, "
        "computers and other electronic devices quickly enough to ensure investigations are not delayed",
        "Det Ch Supt Force CID", "RED",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.\n"
        "01/2024 – DFU backlog 640 devices; business case for kiosks to Force Change Board March 2024."),
    10: ("Recommendation – within six months improve its understanding of suspects released under investigation "
         "and the management of those released on bail", "Head of Criminal Justice", "AMBER",
         "RUI/bail dashboard live Sept 2023; supervisory reviews being embedded."),
}
sec("PEEL 2018/19 – West Mercia Police\n(published May 2019)",
    [r(f"wm{ci}", *WM_F[ci]) for ci in WM_ORDER])
# the cause of concern 13.1 breaks over a page inside its cell
SECTIONS[-1][1][0]["split"] = ("There are gaps in its workforce skills", " assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.")
sec("Crime Data Integrity 2019", [
    r("cdi0", "Within six months the force should put in place arrangements to ensure that:\n"
      "(a) at the point of report, victims are believed", "Force Crime Registrar", "GREEN",
      "Victim-believed principle in call-handling script and NCRS training.", ref="14.1a"),
    r("cdi0", "(b) conversations between the call handlers and callers are summarised accurately in the incident "
      "log, thus providing attending officers with full facts on which to base crime-recording decisions",
      "Supt Contact Centre", "GREEN", "OCC QA dip-samples 40 logs per month.", ref="14.1b"),
    r("cdi0", "(c) the practice of awaiting the results of medical examinations or video interviews before making "
      "crime-recording decisions is stopped", "Force Crime Registrar", "AMBER",
      "Audit Oct 2023 found 6 cases of delayed recording; refresher briefing issued.", ref="14.1c"),
    r("cdi0", "(d) online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
      "victim or the wider public are identified and appropriately managed", "Supt Contact Centre", "GREEN",
      "Single Online Home reports triaged by the OCC digital desk 24/7.", ref="14.1d"),
    r("cdi1", "AFI – improve use of the crime recording & management system (Athena) to better manage case files and "
      "investigative processes", "Head of Criminal Justice", "GREEN",
      "Athena case file quality now 92% (Jan 2024).\nReady to move to GREEN status – signed off by ACC Crime 30/01/2024."),
    r("cdi2", "AFI – make sure it records reports of stalking & harassment accurately and without delay",
      "Force Crime Registrar", "AMBER", "Stalking recording audit Q4 2023/24: 84% compliant."),
])
sec("National Child Protection Inspection 2018", [
    r("ncpi0",
      "To address this cause of concern, HMIC recommends the force should immediately review its approach to "
      "reports of missing children and take steps to ensure that:\n"
      f"{SYM}call takers understand and use the missing and absent category appropriately;\n"
      f"{SYM}call takers and frontline staff have the necessary knowledge to identify risk factors associated with CSE and how to respond to such cases; and\n"
      f"{SYM}supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
      "Ch Supt Public Protection", "AMBER",
      "'Absent' category withdrawn 2019 (national change).\n"
      "Missing persons supervision audit Dec 2023 – 78% compliant; re-audit June 2024."),
    r("ncpi1",
      "Within 3 months the force should improve how it works with partner organisations to safeguard people at risk from CSE.",
      "Ch Supt Public Protection", "GREEN",
      "Multi-agency CSE panels in all 5 local authority areas; joint protocol signed Oct 2023.\nCompleted. Evidence submitted to HMICFRS for closure."),
    r("ncpi2",
      "Within six months the force should make sure investigations of online child sexual abuse are allocated to "
      "officers with the right skills and are effectively supervised.",
      "Det Ch Supt Force CID", "AMBER",
      "POLIT team uplift approved; 4 posts still vacant."),
])
sec("Custody inspection 2020 (HMICFRS/HMIP)", [
    r("cus0",
      "Within six months West Mercia Police should, in conjunction with children's social care services, review how "
      "it manages the detention of children. As a minimum it should:\n"
      f"{BUL}ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;\n"
      f"{BUL}ensure that officers and staff in the custody suite assess at an early stage a child's need for alternative accommodation (secure or otherwise) and work with children's social care services to achieve the most appropriate option for the child;\n"
      f"{BUL}ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and\n"
      f"{BUL}improve the timeliness of adequate appropriate adult support for children who are arrested",
      "Ch Insp Custody", "AMBER",
      "Concordat on children in custody signed with 2 of 3 local authorities.\n"
      "Appropriate adult contract re-tendered – new provider from April 2024.",
      split=("to achieve the most appropriate option for the child;\n", f"{BUL}ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and\n{BUL}improve the timeliness of adequate appropriate adult support for children who are arrested")),
    r("cus1",
      "The force should make sure officers & staff have the training they need to identify and respond to people "
      "with mental ill health.",
      "Ch Insp Custody", "AMBER",
      "Mental health awareness module on NCALT – 63% of custody staff completed."),
])
sec("Police powers spotlight (Feb 21)", [
    r("pw0",
      "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with "
      "the National Policing Guidelines on Conflict Management. This should be in addition to existing training on "
      "conflict management and de-escalation.",
      "Head of Learning & Development", "GREEN",
      "Communication skills input added to PST refresher from April 2022.\nSubmitted for closure 11/2023."),
    r("pw1",
      "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of CPD "
      "for officers & staff, and that supervisors are supported to routinely and frequently debrief officers on "
      "these skills using BWV footage.",
      "Head of Learning & Development", "AMBER",
      "Supervisor BWV debrief guidance drafted – awaiting approval at Legitimacy Board."),
    r("pw2",
      "By September 2021, forces should:\n"
      "- ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\n"
      "- have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\n"
      "- provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing's APP.",
      "ACC Local Policing", "AMBER",
      "BWV activation for S&S 94% (Jan 2024).\nScrutiny panel BWV viewing sessions started Feb 2024."),
    r("pw3",
      "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number "
      "of incidents where force has been used to effect a stop and search is sufficient for publication. The Home "
      "Office should publish this data as soon as possible.",
      None, "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation."),
    r("pw4",
      "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to "
      "help them to identify and understand disproportionate use, explain the reasons and implement any necessary "
      "improvement action.",
      "ACC Local Policing", "Green ",
      "Use of force dashboard and Use of Force Scrutiny Group in place.\nProposed for closure 12/2023."),
    r("leg4",
      "By July 2018, and ongoing following that date, forces should ensure that all officers who use S&S powers have "
      "been provided with, and understand, training on unconscious bias and CoP APP on S&S.",
      "Head of Learning & Development", "AMBER",
      "Unconscious bias e-learning mandatory; APP S&S refresher 81% complete."),
])
P22_F = {
    0: ("GREEN", "Ch Supt Public Protection", "VAWG problem profile completed Nov 2023 and adopted in the control strategy."),
    1: ("AMBER", "Det Ch Supt Force CID", "Operation Soteria joined Sept 2023; RASSO accreditation 58% of investigators."),
    2: ("RED", "Supt Contact Centre", "Attendance times for DA grade 2 calls remain outside target (Jan 2024)."),
    3: ("GREEN", "Head of Criminal Justice", "Action Fraud victim update letters automated; VCOP compliance 96%."),
    5: ("AMBER", "Det Ch Supt Force CID", "County lines offender management – CLIP referrals embedded; IOM review ongoing."),
    6: ("Amber", "ACC Local Policing", "OSARA problem-solving training delivered to 60% of neighbourhood teams."),
    7: ("Complete", "Head of Intelligence", "Regional Cyber Crime Unit capacity uplift completed Oct 2023.\nPending sign off."),
}
p22_rows = []
n = 0
for i, (bi, topic) in enumerate(P2122):
    if i == 4:
        continue  # the force lost AFI p22_4 (performance framework / anti-social behaviour)
    n += 1
    rag, lead, upd = P22_F[i]
    body = tb(bi, topic)
    body = body.replace("violence against women and girls", "VAWG").replace("rape and serious sexual offences", "RASSO")
    p22_rows.append(r(f"p22_{i}", f"AFI {n} – The force should {body}.", lead, rag, upd))
sec("PEEL 2021/22 – West Mercia Police", p22_rows)
sec("Internal audit / JAC actions (not HMICFRS)", [
    r(None, "Internal audit action: Internal audit of the domestic abuse governance arrangements (audit plan 2023/24)",
      "Ch Supt Public Protection", "AMBER", "Fieldwork complete; draft report expected March 2024."),
    r(None, "Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
      "Ch Supt Public Protection", "GREEN",
      "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed."),
    r(None, "JAC action: Add rural crime measures to the monthly Force Performance pack",
      "Head of Corporate Development", "AMBER", "Awaiting allocation."),
])

# Check split tuples are consistent with the texts
for _, rows in SECTIONS:
    for row in rows:
        if row["split"]:
            a, b = row["split"]
            t = row["text"]
            if a.startswith("…"):
                k = t.index(a[1:]) + len(a) - 1
            else:
                k = t.index(a) + len(a)
            assert t[k:] == b, (t[k:], b)
            # a page break falls inside the cell: Word wraps there, so no edge spaces/newlines
            row["part1"], row["part2"] = t[:k].rstrip(), t[k:].lstrip()

# Page layout: a repeated page-header block before these force refs (the Word table's pages)
PAGE_BREAK_BEFORE = {"11.2a": "", "14.3": "(continued)", "18.7": "(continued)"}
# ---------------------------------------------------------------- write the force tracker
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF", "GREY": "BFBFBF",
           "COMPLETE": "92D050"}
HDR = ["Ref", "Report", "Recommendation / Area for Improvement", "Lead", "RAG", "Update"]
WIDTHS = [7, 24, 72, 18, 10, 48]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for i, w in enumerate(WIDTHS):
    ws.column_dimensions["ABCDEF"[i]].width = w

row_no = 0
def est_height(values):
    lines = 1
    for v, w in zip(values, WIDTHS):
        if not v:
            continue
        n_ = sum(max(1, math.ceil(len(part) / (w * 1.15))) for part in str(v).split("\n"))
        lines = max(lines, n_)
    return min(409, 15 * lines)

def put(values, bold=False, fill=None, border=True, height=None):
    global row_no
    row_no += 1
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row_no, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BORDER
        if bold:
            cell.font = Font(bold=True)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
    ws.row_dimensions[row_no].height = height or est_height(values)
    return row_no

def title_row(text):
    global row_no
    row_no += 1
    ws.cell(row=row_no, column=1, value=text).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=row_no, start_column=1, end_row=row_no, end_column=6)
    ws.row_dimensions[row_no].height = 18
    return row_no

def header_row():
    return put(HDR, bold=True, fill="D9D9D9", height=15)

title_row("Appendix A – HMICFRS recommendations")
put(["Position as at 29 February 2024. RAG key at the end of this appendix.", None, None, None, None, None],
    border=False, height=15)
ws.merge_cells(start_row=row_no, start_column=1, end_row=row_no, end_column=6)
header_row()

force_item_rows = []  # (force_row, hkey, ref)
nonitem_notes = []
for s_i, (label, rows) in enumerate(SECTIONS, start=1):
    block_start = None
    block_label = label
    def close_block(end):
        if block_start is not None and end > block_start:
            ws.merge_cells(start_row=block_start, start_column=2, end_row=end, end_column=2)
    k = 0
    for row in rows:
        if row["ref"]:
            ref = row["ref"]
            k = int("".join(ch for ch in ref.split(".")[1] if ch.isdigit()))
        else:
            k += 1
            ref = f"{s_i}.{k}"
        if ref in PAGE_BREAK_BEFORE:
            close_block(row_no)
            style = PAGE_BREAK_BEFORE[ref]
            title_row("Appendix A – HMICFRS recommendations (continued)")
            header_row()
            block_start = None
            block_label = (label.split("\n")[0] + " (continued)") if style else None
        # Ref typed as 1.1 in Word; Excel turns it into a number on paste (so 13.10 becomes 13.1)
        ref_val = float(ref) if all(ch.isdigit() or ch == "." for ch in ref) else ref
        rag = row["rag"]
        fill = RAGFILL.get(rag.strip().upper())
        text = row.get("part1", row["text"])
        rr = put([ref_val, block_label if block_start is None else None, text, row["lead"], rag, row["update"]])
        if fill:
            ws.cell(row=rr, column=5).fill = PatternFill("solid", fgColor=fill)
        if isinstance(ref_val, float):
            ws.cell(row=rr, column=1).number_format = "General"
        if block_start is None:
            block_start = rr
        force_item_rows.append((rr, row["hkey"], ref, ref_val))
        if row.get("part2"):
            cr = put([None, None, row["part2"], None, None, None])
            nonitem_notes.append((cr, f"continuation of {ref} (row {rr}): the rest of its text after a page break"))
    close_block(row_no)

# key (a second small Word table pasted under the appendix)
row_no += 1
title_row("Key")
KEY = [
    ("GREEN", "The recommendation is implemented – proposed to HMICFRS for closure"),
    ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
    ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
    ("WHITE", "Not West Mercia Police responsibility to deliver or is dependent upon another organisation"),
    ("GREY", "Superseded by a later inspection – proposed for closure"),
]
for word, meaning in KEY:
    rr = put([word, meaning, None, None, None, None], height=15)
    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=6)
    ws.cell(row=rr, column=1).fill = PatternFill("solid", fgColor=RAGFILL[word])
wb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- write the HMICFRS definitive list
hb = Workbook()
hs = hb.active
hs.title = "Definitive list"
hs["A1"] = f"HMICFRS – recommendations and areas for improvement held against {FORCE}"
hs["A1"].font = Font(bold=True, size=12)
hs["A2"] = "Definitive list as at 12 February 2024 (open items and items closed since the last list)"
HH = ["Reference", "Report title", "Published", "Type", "Recommendation / AFI", "Status", "Status date",
      "Latest comment"]
for c, v in enumerate(HH, start=1):
    cell = hs.cell(row=4, column=c, value=v)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="1F4E78")
    cell.font = Font(bold=True, color="FFFFFF")
for i, w in enumerate([11, 46, 12, 22, 90, 16, 20, 50]):
    hs.column_dimensions["ABCDEFGH"[i]].width = w
order = sorted(H, key=lambda k: (REPORTS[H[k][1]][1], H[k][0]))
h_rows = {}
rn = 4
for k in order:
    ref, rep, typ, text, status, sdate, comment = H[k]
    rn += 1
    vals = [ref, REPORTS[rep][0], REPORTS[rep][1], typ, text, status, sdate, comment]
    for c, v in enumerate(vals, start=1):
        cell = hs.cell(row=rn, column=c, value=v)
        cell.alignment = Alignment(wrap_text=c in (2, 5, 8), vertical="top")
    hs.cell(row=rn, column=3).number_format = "dd/mm/yyyy"
    h_rows[k] = rn
hs.freeze_panes = "A5"
hs.auto_filter.ref = f"A4:H{rn}"
hb.save(OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------- truth
lines = []
tracked = set()
for fr, hkey, ref, ref_val in force_item_rows:
    if hkey is None:
        lines.append(("", f"Sheet1!{fr}", "not_on_hmicfrs_list",
                      f"force {ref}: not on the HMICFRS list (older report closed off the register, or a local/internal audit action)"))
    else:
        tracked.add(hkey)
        c, why = CAT[hkey]
        extra = ""
        if ref != f"{ref_val}" and isinstance(ref_val, float):
            extra = f" [Ref typed {ref} shows as {ref_val:g} after paste]"
        lines.append((f"Definitive list!{h_rows[hkey]}", f"Sheet1!{fr}", c, f"force {ref}: {why}{extra}"))
for k in order:
    if k not in tracked:
        c, why = CAT[k]
        assert c == "missing_from_force", k
        lines.append((f"Definitive list!{h_rows[k]}", "", c, why))
for k in tracked:
    assert CAT[k][0] != "missing_from_force", k
lines.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6, int(t[1].split("!")[1]) if t[1] else 0))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# summary for the README
from collections import Counter
print("hmicfrs items", len(H), "rows 5 ..", rn)
print("force item rows", len(force_item_rows), "sheet rows", ws.max_row)
print("truth lines", len(lines), Counter(l[2] for l in lines))
print("non-item continuation rows", nonitem_notes)
