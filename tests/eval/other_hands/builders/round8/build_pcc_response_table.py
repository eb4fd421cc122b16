"""Build the independent case `pcc_response_table`.

A Police and Crime Commissioner's office keeps its HMICFRS tracker as the section 55 (Police
Act 1996) response table it publishes: one sheet per financial year.  The HMICFRS side is a
definitive-list export (URN, Inspection title, Published, Type, Text, HMICFRS status).

All recommendation texts come from the real public texts in
/work/main/reconcile/casegen/texts (read as data) and /work/shared/data/real_recommendations.csv.
Run: /work/main/.venv/bin/python /tmp/indep8/pcc/build_pcc.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_NRM,
    NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

random.seed(55_1996)

OUT = Path("/tmp/indep8/pcc/pcc_response_table")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Gloucestershire Constabulary"


def body(prefix: str) -> str:
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def topic(prefix: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{t}", t)


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def natd(key: str) -> dt.date:
    return dt.date(*NATIONAL[key][1])


REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------
R = {
    "sas13": (NATIONAL["sas13"][0], natd("sas13"), "National"),
    "core": (NATIONAL["core"][0], natd("core"), "National"),
    "integrity": (NATIONAL["integrity"][0], natd("integrity"), "National"),
    "firearms": (NATIONAL["firearms"][0], natd("firearms"), "National"),
    "stolen": (NATIONAL["stolen"][0], natd("stolen"), "National"),
    "efc17": (NATIONAL["efc17"][0], natd("efc17"), "National"),
    "leg17": (NATIONAL["leg17"][0], natd("leg17"), "National"),
    "ncpi19": ("National child protection inspection 2019", dt.date(2019, 6, 18), FORCE),
    "powers": (NATIONAL["powers"][0], natd("powers"), "National"),
    "cdi21": ("Crime data integrity inspection 2021", dt.date(2021, 9, 16), FORCE),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 19), FORCE),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt.date(2022, 8, 23), FORCE),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 10, 12), FORCE),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items: key -> (report, type, text, HMICFRS status)
# --------------------------------------------------------------------------------------------
missing_children = body("review its approach to reports of missing children")
H = {
    # legacy national items
    "sas13_cop": ("sas13", NAT, nat("sas13", 0), "awaiting-review"),
    "core_thr": ("core", NAT, nat("core", 0), "being-progressed"),
    "integrity": ("integrity", NAT, nat("integrity", 0), "being-progressed"),
    "fa_demand": ("firearms", NAT, FIREARMS, "being-progressed"),
    "sf_lead": ("stolen", NAT, SF_LEADERSHIP, "awaiting-review"),
    "sf_s45": ("stolen", NAT, nat("stolen", 2), "complete"),
    "sf_nrm": ("stolen", NAT, MSHT_NRM, "being-progressed"),
    "efc17": ("efc17", NAT, nat("efc17", 0), "being-progressed"),
    "leg_coc": ("leg17", COC, nat("leg17", 0), "being-progressed"),
    "leg_mon": ("leg17", NAT, SAS_MONITORING_2017, "complete"),
    "leg_disp": ("leg17", NAT, nat("leg17", 2), "awaiting-review"),
    "leg_pub": ("leg17", NAT, nat("leg17", 3), "being-progressed"),
    "leg_train": ("leg17", NAT, nat("leg17", 4), "Superseded"),
    "ncpi_mc": ("ncpi19", REC, f"Immediately, the force should {missing_children}.",
                "being-progressed"),
    # Disproportionate use of police powers (Feb 2021)
    "p_comm": ("powers", NAT, nat("powers", 0), "being-progressed"),
    "p_cpd": ("powers", NAT, nat("powers", 1), "complete"),
    "p_bwv": ("powers", NAT, BWV_2021, "being-progressed"),
    "p_uof": ("powers", NAT, nat("powers", 4), "awaiting-review"),
    # CDI 2021
    "c_vict": ("cdi21", REC, f"Within six months the force should {CDI_VICTIMS_BODY}.",
               "being-progressed"),
    "c_thr": ("cdi21", REC, "Immediately, the force should "
              + body("provide call-handlers with specific") + ".", "being-progressed"),
    "c_dash": ("cdi21", REC, "Within six months the force should "
               + body("take steps to ensure that there is effective supervision") + ".",
               "complete"),
    "c_stalk": ("cdi21", AFI, "The force should "
                + topic("make sure it records reports of", "stalking and harassment") + ".",
                "complete"),
    "c_msht": ("cdi21", AFI, "The force should "
               + topic("make sure it records reports of",
                       "modern slavery and human trafficking") + ".", "being-progressed"),
    # PEEL 2021/22
    "e_coc": ("peel21", COC, CAUSES[2], "being-progressed"),
    "e_sup": ("peel21", REC, "Within six months the force should "
              + body("improve the supervision of investigations") + ".", "being-progressed"),
    "e_dig": ("peel21", REC, "Within six months the force should "
              + body("improve its ability to retrieve digital evidence") + ".",
              "being-progressed"),
    "e_fraud": ("peel21", AFI, "The force should "
                + topic("improve its understanding of the nature and scale", "fraud") + ".",
                "complete"),
    "e_dainf": ("peel21", AFI, "The force should "
                + topic("make sure victims of", "domestic abuse") + ".", "being-progressed"),
    "e_eqd": ("peel21", AFI, "The force should "
              + body("review how it gathers and uses equality and diversity data") + ".",
              "awaiting-review"),
    "e_whistle": ("peel21", AFI, "The force should "
                  + body("make sure it provides a confidential way for staff") + ".",
                  "complete"),
    "e_rui": ("peel21", AFI, "The force should "
              + body("improve its understanding of suspects released under investigation") + ".",
              "being-progressed"),
    "e_demand": ("peel21", AFI, "The force should "
                 + body("undertake further work to gain a fuller understanding") + ".",
                 "being-progressed"),
    "e_culture": ("peel21", AFI, "The force should "
                  + body("put plans in place to monitor, including through") + ".", "complete"),
    # Custody 2022
    "k_child": ("cust22", REC, f"Within six months {FORCE} should "
                + body("in conjunction with children’s social care services") + ".",
                "being-progressed"),
    "k_mh": ("cust22", AFI, "The force should "
             + topic("make sure officers and staff have the training",
                     "people with mental ill health") + ".", "awaiting-review"),
    "k_va": ("cust22", AFI, "The force should "
             + topic("make sure officers and staff have the training", "vulnerable adults")
             + ".", "being-progressed"),
    # PEEL 2023/24
    "n_rasso": ("peel23", AFI, "The force should "
                + topic("make sure investigations of", "rape and serious sexual offences") + ".",
                "awaiting-review"),
    "n_time": ("peel23", AFI, "The force should "
               + topic("improve the timeliness of its response", "domestic abuse") + ".",
               "awaiting-review"),
    "n_ctrl": ("peel23", AFI, CONTROL_ROOM, "being-progressed"),
    "n_ocsa": ("peel23", AFI, "The force should "
               + topic("make sure it has enough specialist capacity",
                       "online child sexual abuse") + ".", "awaiting-review"),
    "n_vawg": ("peel23", AFI, "The force should "
               + topic("make sure its performance framework",
                       "violence against women and girls") + ".", "awaiting-review"),
    "n_cl": ("peel23", AFI, "The force should "
             + topic("improve how it gathers, assesses", "county lines drug dealing") + ".",
             "awaiting-review"),
    "n_access": ("peel23", AFI, "The force should "
                 + body("make sure it provides accessible information") + ".",
                 "being-progressed"),
    "n_succ": ("peel23", AFI, "The force should "
               + body("specify in succession plans") + ".", "complete"),
    "n_vet": ("peel23", REC, "Within three months, the force should "
              + body("ensure all staff have received at least the lowest level") + ".",
              "being-progressed"),
    "n_support": ("peel23", AFI, "The force should "
                  + body("review the support available for those who have raised") + ".",
                  "awaiting-review"),
    "n_anc": ("peel23", AFI, "The force should "
              + topic("make sure it consistently uses ancillary orders",
                      "stalking and harassment") + ".", "awaiting-review"),
    "n_asb": ("peel23", AFI, "The force should "
              + topic("develop a problem-solving approach", "anti-social behaviour") + ".",
              "awaiting-review"),
}
HO_DATA = nat("powers", 3)          # for the Home Office and NPCC: not on the force's list
assert HO_DATA.startswith("The Home Office and the NPCC")
EFC_FORCE = DIGITAL                 # the force's half of the efc17 item
EFC_HO = nat("efc17", 0)[len(DIGITAL) + 1:]
assert nat("efc17", 0) == EFC_FORCE + " " + EFC_HO

CLOSED = {"complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------------
order = sorted(H, key=lambda k: (R[H[k][0]][1], list(H).index(k)))
urn = {}
cur = 1400
prev_rep = None
for k in order:
    rep = H[k][0]
    if rep != prev_rep:
        # register ids are plain integers rising with time; a report's items are close together
        cur += 40 + 15 * max(0, (R[rep][1] - (R[prev_rep][1] if prev_rep else R[rep][1])).days
                             // 30) + random.randint(0, 60)
        prev_rep = rep
    cur += random.randint(1, 3)
    urn[k] = cur
assert len(set(urn.values())) == len(urn)

status_date = {}
for k in order:
    pub = R[H[k][0]][1]
    st = H[k][3]
    if st == "awaiting-review":
        d = pub + dt.timedelta(days=random.randint(1, 12))
    else:
        d = min(pub + dt.timedelta(days=random.randint(150, 900)), dt.date(2024, 3, 20))
    status_date[k] = d

wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Definitive list extracted from the HMICFRS monitoring portal on 28/03/2024"
hdr = ["URN", "Force", "Inspection title", "Published", "Type", "Text", "HMICFRS status",
       "Status date"]
HROW = 4
for j, h in enumerate(hdr, 1):
    c = ws.cell(HROW, j, h)
    c.font = Font(bold=True)
hrow_of = {}
r = HROW + 1
for k in order:
    rep, typ, text, st = H[k]
    title, pub, who = R[rep]
    vals = [urn[k], "All forces (national)" if who == "National" else FORCE, title, pub, typ,
            text, st, status_date[k]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        if isinstance(v, dt.date):
            c.number_format = "d mmmm yyyy"
        c.alignment = Alignment(wrap_text=(j == 6), vertical="top")
    hrow_of[k] = f"Recommendations!{r}"
    r += 1
for col, w in zip("ABCDEFGH", [8, 22, 45, 16, 24, 90, 18, 14]):
    ws.column_dimensions[col].width = w
wb.save(OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# PCC s55 response table
# --------------------------------------------------------------------------------------------
# A tracker row: dict(kind=item|title|heading|blank|note|header, key=H key or None,
#   cells=list, cat=category for force-only rows, why=...)
PCC_STD = ("The PCC welcomes the report and will hold the Chief Constable to account for "
           "delivery through the quarterly Accountability Board.")
PCC_NOTED = "Noted."

sheets: dict[str, list[dict]] = {}


def it(key, insp, date, text, resp, pcc, target, status, lead=None, **kw):
    d = dict(kind="item", key=key, insp=insp, date=date, text=text, resp=resp, pcc=pcc,
             target=target, status=status, lead=lead)
    d.update(kw)
    return d


def other(kind, text=None):
    return dict(kind=kind, text=text)


POW = "Disproportionate use of police powers 2021"
CDI = "CDI inspection 2021"
P21 = "PEEL 2021/22"
CUS = "Custody inspection 2022"
P23 = "PEEL Assessment 2023/24"

# ---- 2021-22 (no Force lead column; Inspection / Date merged down each report block) ----
s1 = [
    other("title", "Office of the Police and Crime Commissioner for Gloucestershire"),
    other("title", "HMICFRS reports – Chief Constable's response and PCC comments (section 55 "
                   "Police Act 1996) – reports received 2021-22"),
    other("blank"),
    other("header"),
    # block: powers (merged A/B)
    it("p_comm", POW, dt.date(2021, 2, 26),
       "By July 2022, forces should ensure that officers & staff have effective communication "
       "skills, in line with the National Policing Guidelines on Conflict Management. This "
       "should be in addition to existing training on conflict management & de-escalation.",
       "Conflict management and communication skills module added to Officer Safety Training "
       "from January 2022. All frontline staff trained by 30/06/2022.",
       PCC_STD, "July 2022", "Complete", merge_start=True),
    it("p_cpd", POW, None,
       "By July 2021, forces should ensure that communication skills are reinforced as part of "
       "the CPD programme for officers and staff, and that supervisors are supported to "
       "routinely and frequently debrief officers on these skills using BWV footage.",
       "Included in the PDR conversation guide and the sergeants' CPD days (June 2021).",
       "", "July 2021", "Complete"),
    it("p_bwv", POW, None,
       "By September 2021, forces should: ensure that officers record on BWV (when this is "
       "available) the entirety of all S&S encounters, including traffic stops and use of "
       "force incidents.",
       "BWV policy amended 01/09/2021 – mandatory recording of the whole encounter.",
       "", "Sept 2021", "Complete", part="a"),
    it("p_bwv", POW, None,
       "have a structured process for regularly reviewing and monitoring internally a "
       "sufficient sample of BWV footage to identify and disseminate learning and hold "
       "officers to account when behaviour falls below acceptable standards.",
       "Monthly dip sample of 20 BWV clips by the Stop Search and Use of Force Board.",
       "", "Sept 2021", "Complete", part="b"),
    it("p_bwv", POW, None,
       "provide external scrutiny panel members with access to samples of BWV footage showing "
       "S&S encounters and use of force incidents, taking account of the safeguards in the "
       "CoP APP.",
       "Scrutiny panel access agreed in principle; awaiting data protection impact assessment "
       "(update Nov 2022).",
       "The PCC's Independent Scrutiny Panel will review footage once the DPIA is signed off.",
       "By end of Q3 2023", "In progress", part="c"),
    it(None, POW, None, HO_DATA,
       "This recommendation is not for the force.", PCC_NOTED, "", "",
       cat="not_on_hmicfrs_list",
       why="Recommendation addressed to the Home Office and the NPCC (Status blank, 'not for "
           "the force'); the HMICFRS list does not hold it against the force."),
    it("p_uof", POW, None,
       "By July 2021, forces should ensure they have effective internal monitoring processes "
       "on the use of force, to help them identify & understand disproportionate use, explain "
       "the reasons and implement any necessary improvement action.",
       "Use of force data reviewed quarterly at the Stop Search and Use of Force Board; "
       "disproportionality dashboard live since May 2021.",
       "", "July 2021", "Complete", merge_end=True),
    other("blank"),
    # block: CDI 2021 (merged A/B)
    it("c_vict", CDI, dt.date(2021, 9, 16),
       "Recommendation 1 (a) – Within 6 months the force should put in place arrangements to "
       "ensure that at the point of report, victims are believed",
       "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to "
       "inform the 56-day response. 'Believe the victim' input delivered to the control room.",
       PCC_STD, "March 2022", "Complete", merge_start=True, part="a"),
    it("c_vict", CDI, None,
       "1 (b) – conversations between the call handlers and callers are summarised accurately "
       "in the incident log, thus providing attending officers with full facts on which to "
       "base crime-recording decisions",
       "Control room QA checks now include the incident summary.", "", "March 2022",
       "Complete", part="b"),
    it("c_vict", CDI, None,
       "1 (c) – multiple crimes are always recorded when described within incident records or "
       "identified as part of other recorded crime investigations",
       "Crime Data Integrity audit team dip-sampling; compliance 91% (Jan 2023).", "",
       "31/03/2023", "In progress", part="c"),
    it("c_vict", CDI, None,
       "1 (d) – the practice of awaiting the results of medical examinations or video "
       "interviews before making crime-recording decisions is stopped",
       "Crime recording policy amended and briefed to CID and PPU.", "", "Complete",
       "Complete", part="d"),
    it("c_thr", CDI, None,
       "Recommendation 2 – Immediately, the force should provide call-handlers with specific, "
       "sound & comprehensible criteria against which they can assess threat, harm and risk.",
       "THRIVE+ criteria embedded in the call-handling system from 15/11/2021.", "",
       "Complete", "Complete"),
    it("c_dash", CDI, None,
       "Recommendation 3 – Within six months the force should take steps to ensure there is "
       "effective supervison of the initial risk assessment process, specifically the "
       "completion of DASH in appropriate cases.",
       "Supervisor DASH review field made mandatory on the DA module (Feb 2022).", "",
       "March 2022", "Complete"),
    it("c_stalk", CDI, None,
       "AFI 1 – The force should make sure it records reports of stalking & harassment "
       "accurately and without delay.",
       "Stalking and harassment crime recording training being rolled out to response "
       "teams.", "", "Ongoing", "In progress"),
    it("c_msht", CDI, None,
       "AFI 2 – The force should make sure it records reports of MSHT accurately and without "
       "delay",
       "MSHT SPOC network reviewing NRM referrals against crime records.", "", "Ongoing",
       "In progress"),
    it(None, CDI, None,
       "AFI 3 – The force should make sure it records reports of hate crime accurately and "
       "without delay.",
       "Complete. HMICFRS force liaison lead confirmed closure by letter of 14/06/2022.", "",
       "Complete", "Complete", merge_end=True, cat="not_on_hmicfrs_list",
       why="Force row (CDI 2021 AFI 3, hate crime recording) with no item on the HMICFRS list: "
           "the response says HMICFRS already closed it (June 2022), so the list no longer "
           "holds it. Other 'records reports of ...' AFIs on the list are about other crime "
           "types."),
    other("blank"),
    other("heading", "Legacy national recommendations (reports published before April 2021) "
                     "still shown as open on the HMICFRS portal at 1 April 2021 – added for "
                     "completeness"),
    it("sas13_cop", "Stop & Search powers (HMIC 2013)", "Jul 2013",
       "Chief Constables and the College of Policing should establish in the Stop and Search "
       "Authorised Professional Practice document a clear specification of what constitutes "
       "the effective and fair exercise of stop and search powers...",
       "For the College of Policing. The College published the APP on stop and search; the "
       "force policy follows it.", PCC_NOTED, "", ""),
    it("efc17", "PEEL Efficiency 17 (all forces)", "Nov 2017", EFC_FORCE,
       "Digital Services Strategy 2019-2022 approved by the Chief Officer Group, March 2019.",
       "", "Complete", "Complete", part="force"),
    it("efc17", "PEEL Efficiency 17 (all forces)", "Nov 2017",
       EFC_HO.replace("National Police Chiefs' Council", "NPCC")
             .replace("Association of Police and Crime Commissioners", "APCC"),
       "This recommendation is not for the force.", PCC_NOTED, "", "", part="HO"),
    it("leg_mon", "PEEL Legit 17 S&S", "Dec 2017",
       "By July 2018 all forces should be regularly & frequently monitoring a comprehensive "
       "set of data on use of S&S powers to understand: the reasons for any disproportionate "
       "representation of different ethnic groups; find rates by ethnicity and type of search; "
       "the prevalence of possession-only drug searches.",
       "Stop search dashboard in place since 2018; reviewed at the Stop Search and Use of "
       "Force Board.", "", "Complete", "Complete"),
    it("leg_pub", "PEEL Legit 17 S&S", "Dec 2017",
       "We expect forces to publish this analysis and any actions taken at least on an annual "
       "basis, from July 2018.",
       "Annual stop and search report published on the force website each July.", "",
       "Ongoing", "In progress"),
    it("leg_train", "PEEL Legit 17 S&S", "Dec 2017",
       "By July 2018, and ongoing following that date, forces should ensure all officers who "
       "use S&S powers have been provided with, and understand, training on unconscious bias "
       "and CoP APP on S&S.",
       "Unconscious bias e-learning completion 84%; refresher planned.", "", "31/03/2022",
       "In progress"),
    it("integrity", "Integrity matters", dt.date(2016, 1, 30),
       "By 31 August 2015, all chief constables should satisfy themselves that they have "
       "processes in place to ensure that investigations into misconduct by officers and "
       "staff resulting in 'no further action' are fair and free of any form of "
       "discrimination.",
       "PSD disproportionality review of NFA outcomes completed; reported to the Ethics "
       "Committee.", "", "Complete", "Complete"),
    other("blank"),
    other("note", "Status key: Complete – the Chief Constable has confirmed the action is "
                  "implemented; In progress – work under way; blank – the recommendation is not "
                  "addressed to the force (Home Office, NPCC or College of Policing)."),
    other("note", "Responses are published on the OPCC website within 56 days of each report."),
]
sheets["2021-22"] = s1

# ---- 2022-23 (Force lead column added; report heading rows; Inspection repeated) ----
s2 = [
    other("title", "Office of the Police and Crime Commissioner for Gloucestershire"),
    other("title", "Section 55 responses to HMICFRS reports published 2022-23"),
    other("title", "Updated for the Accountability Board, 14 March 2023"),
    other("blank"),
    other("header"),
    other("heading", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – "
                     "Gloucestershire Constabulary (published 19 May 2022): 1 cause of concern, "
                     "2 recommendations, 7 areas for improvement"),
    it("e_coc", P21, dt.date(2022, 5, 19),
       "Cause of concern – The force does not have the capacity or capability to investigate "
       "crime effectively and this is affecting the service being provided to the public. "
       "There are failings in the way crimes are being investigated.",
       "Investigation Improvement Plan launched June 2022 (Gold group chaired by ACC Crime). "
       "Update Feb 2023: 38 additional investigators in post; plan continues into 2023-24.",
       PCC_STD, "31/03/2024", "Carried forward to 2023-24", lead="ACC Crime", copy="old"),
    it("e_sup", P21, dt.date(2022, 5, 19),
       "Recommendation 1 – Within six months, the force should improve the supervision of "
       "investigations, so that investigation plans are set, reviewed and recorded and victims "
       "receive a consistently good service.",
       "Investigation plan template and supervisory review checklist introduced Sept 2022.",
       "", "Nov 2022", "Carried forward to 2023-24", lead="Det Ch Supt Force CID", copy="old"),
    it("e_dig", P21, dt.date(2022, 5, 19),
       "Recommendation 2 – Within twelve months the force should improve its ability to "
       "retrieve digital evidence from mobile phones, computers and other electronic devices "
       "quickly enough to ensure investigations are not delayed.",
       "Digital Forensics Unit backlog reduced from 410 to 260 devices; kiosk roll-out to "
       "hubs under way.", "", "By end of Q3 2023", "In progress",
       lead="Head of Intelligence"),
    it("k_child", P21, dt.date(2022, 5, 19),
       "Recommendation 3 – Within six months the force should, in conjunction with children's "
       "social care services, review how it manages the detention of children. As a minimum "
       "it should: • ensure that all children are only detained when absolutely necessary and "
       "for the absolute minimum amount of time; • assess at an early stage a child's need for "
       "alternative accomodation; • record all actions and decisions; • improve the timeliness "
       "of appropriate adult support for children who are arrested",
       "Joint protocol with children's services drafted; PACE bed availability escalation "
       "agreed with the local authority.", "", "30/06/2023", "In progress",
       lead="Ch Insp Custody"),
    it("e_fraud", P21, dt.date(2022, 5, 19),
       "AFI 1 – The force should improve its understanding of the nature and scale of fraud "
       "in its area.",
       "Fraud problem profile commissioned from the analysis team.", "", "31/03/2023",
       "Carried forward to 2023-24", lead="Head of Intelligence", copy="old"),
    it("e_dainf", P21, dt.date(2022, 5, 19),
       "AFI 2 – The force should make sure victims of DA are kept informed about the progress "
       "of their case, in line with the Victims' Code.",
       "Victim contact plans now mandatory on the DA module; compliance audit Jan 2023 (94%).",
       "", "Complete", "Complete", lead="Ch Supt Public Protection"),
    it("e_eqd", P21, dt.date(2022, 5, 19),
       "AFI 3 – Review how we gather and use equality & diversity data to improve "
       "understanding of workforce demographics",
       "HR system self-declaration campaign running; declaration rate 71%.", "", "Ongoing",
       "In progress", lead="Director of People"),
    it("e_whistle", P21, dt.date(2022, 5, 19),
       "AFI 4 – The force should make sure it provides a confidential way for staff to raise "
       "concerns and that staff are aware of whistleblowing processes.",
       "Confidential reporting line relaunched October 2022 with an intranet campaign.", "",
       "Complete", "Complete", lead="Head of Professional Standards"),
    it("e_demand", P21, dt.date(2022, 5, 19),
       "AFI 5 – The force should undertake further work to gain a fuller understanding of "
       "current demand for its services, and likely future changes in demand. This is so it "
       "can make best use of its resources by matching them to demand to meet the needs of "
       "the public",
       "Force Management Statement 2023 demand chapter in preparation.", "", "31/05/2023",
       "Carried forward to 2023-24", lead="Head of Corporate Development", copy="old"),
    it("e_culture", P21, dt.date(2022, 5, 19),
       "AFI 6 – The force should put plans in place to monitor, including through gathering "
       "and analysis of staff feedback, team cultures and provide prompt remedial action for "
       "any issues it identifies.",
       "Annual staff survey and 'culture check' pulse surveys in place; results to People "
       "Board.", "", "Complete", "Complete", lead="Director of People"),
    other("blank"),
    other("heading", "Report on an unannounced inspection visit to police custody suites in "
                     "Gloucestershire (joint HMICFRS / HMI Prisons) – published 23 August 2022"),
    it("k_mh", CUS, dt.date(2022, 8, 23),
       "AFI – The force should make sure officers and staff have the training they need to "
       "identify and respond to people with mental ill health.",
       "Mental health awareness input delivered to all custody staff; evidence with the chief "
       "officer lead for sign off.", "", "March 2023", "pending sign off",
       lead="Ch Insp Custody"),
    other("blank"),
    other("heading", "Other assurance actions monitored by the OPCC (not HMICFRS)"),
    it(None, "Joint Audit Committee", "Nov 2022",
       "JAC action: Agree an information-sharing protocol on forced marriage with the local "
       "authorities",
       "Protocol signed by both local safeguarding partnerships, January 2023.", "",
       "Complete", "Complete", lead="Ch Supt Public Protection", cat="not_on_hmicfrs_list",
       why="Joint Audit Committee action listed under 'Other assurance actions (not "
           "HMICFRS)'; no HMICFRS item."),
    other("blank"),
    other("note", "Status: Complete / In progress / pending sign off (awaiting chief officer "
                  "sign-off) / Carried forward to 2023-24 (see the 2023-24 sheet for the "
                  "current position)."),
]
sheets["2022-23"] = s2

# ---- 2023-24 (RAG words with fills; carried-forward rows first) ----
s3 = [
    other("title", "OPCC Gloucestershire – HMICFRS recommendations tracker 2023-24 (s55 "
                   "responses)"),
    other("title", "RAG: GREEN = complete; AMBER = in progress, on track; RED = off track / "
                   "beyond target date"),
    other("blank"),
    other("header"),
    other("heading", "Carried forward from 2022-23"),
    it("e_coc", "PEEL 2021/22 (carried forward)", "19/05/2022",
       "CoC – force lacks the capacity/capability to investigate crime effectively; failings "
       "in the way crimes are investigated",
       "Mar 2024: Investigation Standards Board in place; outcome rates improving but "
       "HMICFRS revisit awaited.", "The PCC continues to monitor this closely.", "31/03/2024",
       "AMBER", lead="ACC Crime", copy="new"),
    it("e_sup", "PEEL 2021/22 (carried forward)", "19/05/2022",
       "Rec 1 – Within 6 months improve supervision of investigations so plans are set, "
       "reviewed & recorded and victims receive a consistently good service",
       "Complete – evidence pack submitted to the HMICFRS force liaison lead 12/02/2024.", "",
       "Complete", "GREEN", lead="Det Ch Supt Force CID", copy="new"),
    it("e_fraud", "PEEL 2021/22 (carried forward)", "19/05/2022",
       "AFI 1 – Improve understanding of the nature and scale of fraud in the area",
       "Problem profile delayed by analyst vacancies; now due June 2024.", "", "30/06/2024",
       "AMBER", lead="Head of Intelligence", copy="new"),
    it("e_demand", "PEEL 2021/22 (carried forward)", "19/05/2022",
       "AFI 5 – The force should undertake further work to gain a fuller understanding of "
       "current demand for its services, and likely future changes in demand. This is so it "
       "can make best use of its res…",
       "FMS 2023 published; demand modelling tool in test.", "", "By end of Q2 2024",
       "AMBER", lead="Head of Corporate Development", copy="new"),
    other("blank"),
    other("heading", "PEEL Assessment 2023/24 – published 12 October 2023"),
    it("n_ocsa", P23, dt.date(2023, 10, 12),
       "Recommendation 1 – The force should make sure it has enough specialist capacity and "
       "capability to investigate online child sexual abuse.",
       "POLIT growth bid (4 DCs) approved in the 2024/25 budget.", PCC_STD, "30/09/2024",
       "AMBER", lead="Ch Supt Public Protection"),
    it("n_vet", P23, dt.date(2023, 10, 12),
       "Recommendation 2 – Within three months, the force should ensure all staff have "
       "received at least the lowest level of vetting clearance for their roles as quickly as "
       "possible, working to clear both the vetting backlog and new vetting renewals...",
       "Vetting backlog cleared 19/01/2024; all staff hold at least RV clearance.", "",
       "Complete", "GREEN", lead="Head of Professional Standards"),
    it("n_rasso", P23, dt.date(2023, 10, 12),
       "AFI 1 – The force should make sure investigations of rape and serious sexual offences "
       "(RASSO) are allocated to officers with the right skills and are effectively supervised.",
       "Operation Soteria model being adopted; RASSO team uplift in 2024.", "", "31/03/2025",
       "AMBER", lead="Det Ch Supt Force CID"),
    it("n_time", P23, dt.date(2023, 10, 12),
       "AFI 2 – improve the timeliness of its response to calls for service involving DA",
       "DA calls now graded under the revised THRIVE+ policy; attendance times within target "
       "since Jan 2024.", "", "Complete", "GREEN", lead="Supt Contact Centre"),
    it("n_ctrl", P23, dt.date(2023, 10, 12),
       "AFI 3 – The force should ensure it has sufficient resources in the control room to "
       "fulfil its resourcing model and meet demand, while taking into account the wellbeing "
       "of its workforce.",
       "Recruitment behind plan: 22 vacancies at Feb 2024. Off track.", "", "31/12/2023",
       "RED", lead="Supt Contact Centre"),
    it("n_cl", P23, dt.date(2023, 10, 12),
       "AFI 4 – Improve how we gather, assess and act on intelligence about county lines",
       "County lines intelligence requirement refreshed; tasking via the Force Tasking and "
       "Co-ordination Group.", "", "Ongoing", "AMBER", lead="Head of Intelligence"),
    it("n_access", P23, dt.date(2023, 10, 12),
       "AFI 5 – The force should make sure it provides accessible information for all staff "
       "and members of the public on how they can raise concerns and access confidential "
       "support (including through external agencies).",
       "Speak Up pages published on the intranet and the force website (Dec 2023).", "",
       "Complete", "GREEN", lead="Head of Professional Standards"),
    it("n_succ", P23, dt.date(2023, 10, 12),
       "AFI 6 – The force should specify in succession plans how it intends to improve "
       "diversity across all levels of the force. This should include offering increased "
       "direct-entry opportunities.",
       "Succession planning framework being redrafted with the Positive Action team.", "",
       "By end of Q3 2024", "AMBER", lead="Director of People"),
    it("n_support", P23, dt.date(2023, 10, 12),
       "AFI 7 – review the support available for those who have raised concerns & take any "
       "action needed to make sure these provisions are suitable",
       "Review by PSD and the staff networks under way.", "", "31/07/2024", "AMBER",
       lead="Head of Professional Standards"),
    it("n_anc", P23, dt.date(2023, 10, 12),
       "AFI 8 – The force should make sure it consistently uses ancillary orders and other "
       "powers to protect victims of stalking and harassment",
       "Stalking Protection Order applications tracked monthly; 11 SPOs obtained 2023.", "",
       "Ongoing", "AMBER", lead="Ch Supt Public Protection"),
    it("n_asb", P23, dt.date(2023, 10, 12),
       "AFI 9 – Develop a problem-solving approach to ASB, working with local communities and "
       "partners",
       "OSARA problem-solving training complete for all neighbourhood teams; ASB problem-"
       "solving plans on each LPA.", "", "Complete", "GREEN", lead="ACC Local Policing"),
    other("blank"),
    other("heading", "Other assurance actions (not HMICFRS)"),
    it(None, "Force improvement plan", "Jan 2024",
       "Force action - Rewrite the knife crime policy and publish it on the intranet with a "
       "communications plan",
       "Draft policy with the Serious Violence Duty lead.", "", "31/05/2024", "AMBER",
       lead="ACC Local Policing", cat="not_on_hmicfrs_list",
       why="Force's own improvement-plan action ('Force action -'), listed under 'Other "
           "assurance actions (not HMICFRS)'; no HMICFRS item."),
    it(None, "Internal audit 2023/24", "Feb 2024",
       "Internal audit action: Internal audit of the rural crime governance arrangements "
       "(audit plan 2023/24)",
       "Audit fieldwork complete; substantial assurance.", "", "Complete", "GREEN",
       lead="Head of Corporate Development", cat="not_on_hmicfrs_list",
       why="Internal audit action under 'Other assurance actions (not HMICFRS)'; no HMICFRS "
           "item."),
    other("blank"),
    other("note", "Items carried forward from 2022-23 are shown first; their 2022-23 rows "
                  "are marked 'Carried forward to 2023-24'."),
]
sheets["2023-24"] = s3

FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}
COLS1 = ["Inspection", "Date of report", "HMICFRS recommendation / AFI",
         "Chief Constable's response", "PCC comment", "Target date", "Status"]
COLS2 = ["Inspection", "Date of report", "HMICFRS recommendation / AFI",
         "Chief Constable's response", "PCC comment", "Force lead", "Target date", "Status"]

wb = Workbook()
wb.remove(wb.active)
frow_of: list[tuple[str, dict]] = []   # (provenance, row dict)
for name, rows in sheets.items():
    ws = wb.create_sheet(name)
    cols = COLS1 if name == "2021-22" else COLS2
    merge_from = None
    for i, row in enumerate(rows, 1):
        k = row["kind"]
        if k == "title":
            ws.cell(i, 1, row["text"]).font = Font(bold=True, size=12 if i == 1 else 11)
        elif k in ("heading", "note"):
            c = ws.cell(i, 1, row["text"])
            c.font = Font(bold=(k == "heading"), italic=(k == "note"))
            if k == "heading":
                ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=len(cols))
                c.fill = PatternFill("solid", fgColor="D9E1F2")
        elif k == "header":
            for j, h in enumerate(cols, 1):
                c = ws.cell(i, j, h)
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = PatternFill("solid", fgColor="1F3864")
                c.alignment = Alignment(wrap_text=True)
        elif k == "item":
            vals = [row["insp"], row["date"], row["text"], row["resp"], row["pcc"]]
            if name != "2021-22":
                vals.append(row["lead"])
            vals += [row["target"], row["status"]]
            for j, v in enumerate(vals, 1):
                if v is None or v == "":
                    continue
                c = ws.cell(i, j, v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(wrap_text=True, vertical="top")
            st = row["status"]
            if st in FILL:
                ws.cell(i, len(cols)).fill = PatternFill("solid", fgColor=FILL[st])
            if row.get("merge_start"):
                merge_from = i
            if row.get("merge_end"):
                for j in (1, 2):
                    ws.merge_cells(start_row=merge_from, start_column=j, end_row=i,
                                   end_column=j)
                    ws.cell(merge_from, j).alignment = Alignment(vertical="top", wrap_text=True)
                merge_from = None
            frow_of.append((f"{name}!{i}", row))
    widths = [26, 13, 70, 50, 40] + ([22] if name != "2021-22" else []) + [16, 22]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = ws.cell(rows.index(next(r for r in rows if r["kind"] == "header")) + 2, 1)
wb.save(OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------------
DONE = {"complete", "green", "pending sign off", ""}   # "" = not for the force (see README)
OPEN = {"in progress", "amber", "red"}


def force_state(rows_of_item: list[dict]) -> str:
    # carried-forward copies defer to the newer copy
    live = [r for r in rows_of_item if r.get("copy") != "old"]
    sts = [r["status"].strip().lower() for r in live]
    for s in sts:
        assert s in DONE | OPEN, s
    return "done" if all(s in DONE for s in sts) else "open"


CONFLICT = {
    "c_vict": "Split into bullets (a)-(d) on 2021-22 rows; the fifth bullet of the HMICFRS item "
              "('online reports of crime are triaged at the point of receipt ...') has no force "
              "row.",
    "e_dig": "Timescale differs: HMICFRS 'Within six months the force should improve its "
             "ability to retrieve digital evidence' vs PCC table 'Within twelve months'.",
    "k_child": "Different report: HMICFRS has it under the 2022 custody inspection (published "
               "23 Aug 2022); the PCC table files it as 'Recommendation 3' under PEEL 2021/22 "
               "(19/05/2022).",
    "integrity": "Publication date differs: Integrity matters published 30 January 2015 on the "
                 "list; the PCC table's Date of report is 30/01/2016.",
    "n_ocsa": "Type differs: HMICFRS lists it as an Area for improvement; the PCC table labels "
              "it 'Recommendation 1'.",
}

by_key: dict[str, list[tuple[str, dict]]] = {}
for prov, row in frow_of:
    if row["key"]:
        by_key.setdefault(row["key"], []).append((prov, row))

lines = []
cat_of_item = {}
for k in order:
    rep, typ, text, st = H[k]
    hopen = st not in CLOSED
    frs = by_key.get(k)
    if not frs:
        why = (f"On the HMICFRS list ({R[rep][0]}, {st}); no row in any year sheet of the PCC "
               f"table")
        if R[rep][1] < dt.date(2021, 4, 1) and k not in ("sas13_cop",):
            why += " (report predates the table, which starts in 2021-22, and the legacy " \
                   "section does not include it)"
        if not hopen:
            why += "; HMICFRS has it closed but it is still on the list, so still one line"
        lines.append((hrow_of[k], "", "missing_from_force", why + "."))
        cat_of_item[k] = "missing_from_force"
        continue
    fs = force_state([r for _, r in frs])
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    elif hopen and fs == "done":
        cat = "closeable_submit"
        why = f"HMICFRS {st}; PCC table records it done"
    elif not hopen and fs == "open":
        cat = "closeable_local"
        why = f"HMICFRS {st}; PCC table still open"
    else:
        cat = "in_sync"
        why = f"HMICFRS {st}; PCC table {'done' if fs == 'done' else 'open'}"
    if len(frs) > 1 and cat != "conflict":
        why += f" (item {'done' if fs == 'done' else 'open'} taken over all its rows)"
    cat_of_item[k] = cat
    for prov, r in frs:
        w = why
        if cat != "conflict":
            w += f" (this row: '{r['status'] or 'blank – not for the force'}')"
            if r.get("copy") == "old":
                w += "; 2022-23 copy marked 'Carried forward to 2023-24' – same item, the " \
                     "2023-24 row carries the current status"
            elif r.get("copy") == "new":
                w += "; 2023-24 copy of a row carried forward from 2022-23"
            if r.get("part"):
                w += f"; force split the item, this row is part {r['part']}"
            if r["status"] == "":
                w += "; blank Status with response 'not for the force'/'For the College of " \
                     "Policing' read as done (like WHITE)"
        else:
            w += f" (this row: '{r['status']}'"
            if r.get("part"):
                w += f", part {r['part']}"
            w += ")"
        lines.append((hrow_of[k], prov, cat, w + "."))

for prov, row in frow_of:
    if row["key"] is None:
        lines.append(("", prov, row["cat"], row["why"]))


def sort_key(line):
    h, f = line[0], line[1]
    if h:
        return (0, int(h.split("!")[1]), f)
    return (1, 0, f)


lines.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# sanity
from collections import Counter  # noqa: E402
n_force = len(frow_of)
assert len({p for _, p, _, _ in lines if p}) == n_force
assert len({h for h, _, _, _ in lines if h}) == len(H)
print("HMICFRS items", len(H), "force item rows", n_force, "truth lines", len(lines))
print("lines by category", Counter(c for _, _, c, _ in lines))
print("items by category", Counter(cat_of_item.values()))
