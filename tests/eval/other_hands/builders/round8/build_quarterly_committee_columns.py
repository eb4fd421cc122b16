"""Builder for the independent case `quarterly_committee_columns`.

A West Mercia Police tracker kept for four Joint Audit Committee cycles (Mar/Jun/Sep/Dec 2022)
by adding an "Update <month>" | "RAG <month>" pair of columns per committee, reconciled against
an HMICFRS definitive list (xlsx). Texts are real public texts (real_recommendations.csv and
the casegen text lists, read as data). Fixed seed; writes only under this folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import force as FT  # noqa: E402  (data only)
from reconcile.casegen.texts import national as NT  # noqa: E402
from reconcile.casegen.texts import tracker as TT  # noqa: E402

SEED = 20230109
rng = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "quarterly_committee_columns"
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
R = REAL.text.tolist()

REC, AFI, COC, NAT = NT.REC, NT.AFI, NT.COC, NT.NAT
NATL = {k: v for k, v in NT.NATIONAL.items()}
FORCE = "West Mercia Police"

def nat(key, i):
    return NATL[key][2][i][1]

def body(start):
    hits = [b for b in FT.BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]

def topic(start, t):
    hits = [b for b in TT.TOPIC_BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].format(t=t)

# ---------------------------------------------------------------- HMICFRS reports
REPORTS = {  # key -> (HMICFRS title, publication date, first reference)
    "integrity": (NATL["integrity"][0], dt.date(2015, 1, 30), 902),
    "sas13": (NATL["sas13"][0], dt.date(2013, 7, 9), 1204),
    "everyone": (NATL["everyone"][0], dt.date(2014, 3, 27), 2321),
    "core": (NATL["core"][0], dt.date(2014, 9, 4), 4822),
    "sas15": (NATL["sas15"][0], dt.date(2015, 3, 24), 5310),
    "firearms": (NATL["firearms"][0], dt.date(2015, 9, 15), 5876),
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 22), 6120),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2), 6981),
    "stolen": (NATL["stolen"][0], dt.date(2017, 10, 24), 8102),
    "efc17": (NATL["efc17"][0], dt.date(2017, 11, 9), 8467),
    "leg17": (NATL["leg17"][0], dt.date(2017, 12, 12), 8541),
    "leg17wm": ("PEEL: Police legitimacy 2017 – West Mercia Police", dt.date(2017, 12, 12), 8560),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
                 dt.date(2019, 5, 2), 10233),
    "cdi19": ("Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 26), 11012),
    "powers": (NATL["powers"][0], dt.date(2021, 2, 26), 13420),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia Police",
                 dt.date(2022, 5, 13), 15601),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in West Mercia",
                  dt.date(2022, 10, 18), 16204),
}

SUPERSEDED_COMMENT = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                      "Effectiveness inspections. Where a cause of concern still exists this will "
                      "appear in the register against these subsequent inspections.")
COMPLETE_COMMENTS = ["This recommendation is complete",
                     "Authorised for closure on the basis of the additional observations offered "
                     "by members of the inspection team in recent inspection activity.", ""]
OPEN_COMMENTS = ["The progress of the implementation of this recommendation is currently being "
                 "monitored by HMICFRS and this record will, in due course, be updated.",
                 "The status of this recommendation is currently being reviewed by HMIC and will "
                 "be updated when this review is complete.", "", ""]

# ---------------------------------------------------------------- item specs
# Force row: dict(t=text, ty=type label, rag="4 codes", lead=..., [report=, pub=] overrides)
# rag codes per committee Mar Jun Sep Dec:
#   R A G B W  = RAG word given;  '-' = nothing in Update or RAG;  '_' = update text, RAG blank;
#   '.' = not yet published (nothing).
def F(t, ty, rag, lead=None, **kw):
    d = dict(t=t, ty=ty, rag=rag.split(), lead=lead)
    d.update(kw)
    return d

ITEMS = []  # (report key, HMICFRS type, HMICFRS text, HMICFRS status, [force rows] or None, conflict why)

def item(rep, ty, text, status, rows, conflict=None):
    ITEMS.append(dict(rep=rep, ty=ty, text=text, status=status, rows=rows, conflict=conflict))

WM = FORCE
WAR = "Warwickshire Police"

# --- national, Stop and search 2013
item("sas13", NAT, nat("sas13", 0), "Complete",
     [F("CCs & the College of Policing should establish in the S&S APP document a clear "
        "specification of what constitutes the effective and fair exercise of stop and search "
        "powers, and guidance in this respect.", "Rec", "B - - -", "ACC Local Policing")])
item("sas13", NAT, nat("sas13", 1), "Complete",
     [F(nat("sas13", 1), "Rec", "B - - -", "ACC Local Policing")])
item("sas13", NAT, nat("sas13", 2), "Being progressed",
     [F("Chief Constables should, in consultation with elected local policing bodies, ensure that "
        "they comply with the code of practice by explaining to the public the way S&S powers are "
        "used in their areas and by making arrangements for S&S records to be scrutinised by "
        "community representatives.", "Rec", "A G G _", "Supt Neighbourhood Policing")])
# --- Everyone's business (date conflict)
item("everyone", NAT, nat("everyone", 0), "Being progressed",
     [F("By September 2014, every police force in England and Wales should establish and publish "
        "an action plan that specifies in detail what steps it will take to improve its approach "
        "to DA. This action plan should be developed in consultation with PCCs, DA support "
        "organisations and victims' representatives; after close consideration of all the "
        "recommendations in this report; ...", "Rec", "A A A A", "Ch Supt Public Protection")],
     conflict="publication date: tracker 'March 2015' vs HMICFRS 27/03/2014 (same single-item "
              "report, Everyone's business)")
# --- Core business
item("core", NAT, nat("core", 0), "Complete",
     [F(nat("core", 0), "Rec", "G B - -", "Supt Contact Centre")])
item("core", NAT, nat("core", 1), "Being progressed",
     [F("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
        "carried out is systematically recorded & subsequently evaluated to determine the "
        "effectivness of tactics being employed.", "Rec", "A A A A", "Head of Corporate Development")])
# --- Integrity matters (filed by the force under PEEL Legitimacy 2017 -> report/date conflict)
item("integrity", NAT, nat("integrity", 0), "Being progressed",
     [F("By 31 Aug 2015, all CCs should satisfy themselves that they have processes in place to "
        "ensure that investigations into misconduct by officers and staff resulting in 'no further "
        "action' are fair and free of any form of discrimination.", "Rec", "A A A G",
        "Head of Professional Standards", group="leg17wm")],
     conflict="report and date: tracker files it under 'PEEL Legit 17' (Dec-17); HMICFRS lists it "
              "under Integrity matters, published 30/01/2015")
# --- Stop and search 2 (2015): superseded, force still amber
item("sas15", NAT, nat("sas15", 0), "Superseded",
     [F("CCs should, in consultation with PCCs, ensure that they comply with the Code of Practice "
        "by explaining to the public the way S&S powers are used in their areas and by making "
        "arrangements for S&S records to be scrutinised by community representatives.", "Rec",
        "A A A A", "Supt Neighbourhood Policing")])
# --- Firearms licensing 2015
item("firearms", NAT, nat("firearms", 0), "Complete",
     [F(nat("firearms", 0), "Rec", "B - - -", "Supt Firearms Licensing")])
item("firearms", NAT, nat("firearms", 1), "Being progressed",
     [F("Within 3 months, all CCs should assess the demand placed on their firearms licensing "
        "department and ensure it has the capacity to meet this demand and provide an efficient "
        "and effective service at all times.", "Rec", "R A A G", "Supt Firearms Licensing")])
item("firearms", NAT, nat("firearms", 2), "Complete",
     [F(nat("firearms", 2), "Rec", "G - - -", "Supt Firearms Licensing")])
item("firearms", NAT, nat("firearms", 3), "Being progressed",
     [F("Within three months, all CCs should ensure their arrangements in respect of the use of "
        "temporary permits are in accordance with the HO guidance; that temporary permits are "
        "properly recorded without delay on NFLMS; and that effective systems exist to ensure "
        "certificate holders are not permitted, at any time, to remain in unlawful possession of a "
        "firearm.", "Rec", "A A A _", "Supt Firearms Licensing")])
item("firearms", NAT, nat("firearms", 4), "Being progressed",
     [F("Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at the "
        "address of a firearm certificate holder are in place and are always applied by staff "
        "dispatching officers to incidents ...", "Rec", "G G A A", "Supt Contact Centre")])
# --- Stolen freedom 2017
sf = nat("stolen", 0)
item("stolen", NAT, sf, "Being progressed", [
    F("Within 12 months review leadership & governance arrangements for MSHT to ensure that: "
      "(a) senior leaders prioritise the response to modern slavery and human trafficking", "Rec",
      "A B - -", "Det Ch Supt Force CID", no="a"),
    F("(b) every incident of modern slavery identified to police is allocated appropriate "
      "resources with the skills, experience and capacity to investigate it effectively", "Rec",
      "A A G G", "Det Ch Supt Force CID", no="b"),
    F("(c) forces develop effective partnership arrangements to co-ordinate activity in order to "
      "share information and safeguard victims", "Rec", "A G - -", "Det Ch Supt Force CID", no="c"),
    F("(d) performance and QA measures are in place to allow senior leaders to assess the nature "
      "and quality of the service provided to victims", "Rec", "R A A A", "Det Ch Supt Force CID",
      no="d"),
])
item("stolen", NAT, nat("stolen", 1), "Being progressed",
     [F(NT.MSHT_INTEL, "Rec", "A A G G", "Head of Intelligence")])
item("stolen", NAT, nat("stolen", 2), "Being progressed", None)          # lost: section 45
item("stolen", NAT, nat("stolen", 3), "Complete",
     [F("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
        "process as it evolves and are implementing the requirement ... to notify the HO of any "
        "individual suspected to be an adult victim of MSHT (duty to notify).", "Rec",
        "A A G B", "Det Ch Supt Force CID")])
item("stolen", NAT, nat("stolen", 4), "Superseded",
     [F("Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
        "for offences identified as MSHT and that sufficient audit capacity is available to the "
        "force crime registrar.", "Rec", "A A A A", "Force Crime Registrar")])
item("stolen", NAT, nat("stolen", 5), "Being progressed",
     [F("Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
        "investigated and effectively supervised by teams and individuals with the skills and "
        "experience to undertake them", "Rec", "A A A A", "Det Ch Supt Force CID")])
item("stolen", NAT, nat("stolen", 6), "Being progressed",
     [F("Review use of preventative powers (STPOs / STROs) under the Modern Slavery Act 2015", "Rec",
        "A A A A", "Det Ch Supt Force CID")])
# --- PEEL efficiency 2017 national
item("efc17", NAT, nat("efc17", 0), "Being progressed",
     [F("By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force.", "Rec", "A G - -", "Head of Digital")])
# --- PEEL legitimacy 2017 national (stop and search)
item("leg17", COC, nat("leg17", 0), "Being progressed",
     [F(nat("leg17", 0), "CoC", "A A A A", "ACC Local Policing")])
item("leg17", NAT, nat("leg17", 1), "Being progressed",
     [F("By July 2018, all police forces should be regularly and frequently monitoring a "
        "comprehensive set of data on use of S&S powers to understand: the reasons for any "
        "disproportionate representation of different ethnic groups; find rates by ethnicity and "
        "search type; and the prevalence of possession-only drug searches.", "Rec", "A A G G",
        "ACC Local Policing")])
item("leg17", NAT, nat("leg17", 2), "Complete",
     [F("Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have carried out research & analysis to understand the reasons for the "
        "disparity, and taken action to reduce the disparity where neccessary", "Rec", "A A A A",
        "ACC Local Policing")])
item("leg17", NAT, nat("leg17", 3), "Being progressed",
     [F(nat("leg17", 3), "Rec", "G G B -", "Head of Corporate Communications")])
item("leg17", NAT, nat("leg17", 4), "Complete",
     [F(nat("leg17", 4), "Rec", "B - - -", "Head of Learning & Development")])
# --- Disproportionate use of police powers 2021
item("powers", NAT, nat("powers", 0), "Being progressed",
     [F("By July 2022, forces should ensure that officers & staff have effective communication "
        "skills, in line with the National Policing Guidelines on Conflict Management.", "Rec",
        "A A A A", "Head of Learning & Development")])
item("powers", NAT, nat("powers", 1), "Being progressed",
     [F(nat("powers", 1), "Rec", "R R A A", "Head of Learning & Development")])
item("powers", NAT, nat("powers", 2), "Being progressed", [
    F("By September 2021 – ensure that officers record on BWV (when available) the entirety of "
      "all S&S encounters, including traffic stops and use of force incidents.", "Rec", "A A G G",
      "ACC Local Policing", no="a"),
    F("Have a structured process for regularly reviewing and monitoring internally a sufficient "
      "sample of BWV footage to identify and disseminate learning and hold officers to account "
      "when behaviour falls below acceptable standards.", "Rec", "A A A A", "ACC Local Policing",
      no="b"),
], conflict="split item: HMICFRS text has three parts; tracker rows cover only (1) record the "
            "entirety on BWV and (2) internal review of footage; part (3) external scrutiny panel "
            "access to BWV footage has no tracker row")
item("powers", NAT, nat("powers", 3), "Being progressed",
     [F(nat("powers", 3), "Rec", "W - - -", None)])
item("powers", NAT, nat("powers", 4), "Being progressed", None)          # lost: internal monitoring

# --- force: PEEL efficiency 2015 (real Northamptonshire AFI texts)
item("eff15", AFI, R[14], "Complete", [F(R[14], "AFI", "B - - -", "Head of Corporate Development")])
item("eff15", AFI, R[15], "Superseded", None)                            # lost, closed
item("eff15", AFI, R[16], "Superseded",
     [F("Develop a future workforce plan aligned with overall demand & budget, to include future "
        "resource allocations, the mix of skills required by the workforce and behaviours "
        "expected of them.", "AFI", "A A A _", "Director of People")])
# --- force: PEEL effectiveness 2016 (real texts, Hampshire DA and West Midlands missing children)
item("eff16", COC, R[21], "Superseded",
     [F("Current approach to DA is unacceptable. The proportion of victims who fail to support the "
        "investigation and the low use of police powers of arrest and prosecution is a cause of "
        "concern to HMIC.", "CoC", "A A A A", "Ch Supt Public Protection")])
item("eff16", REC, "To address this cause of concern, HMIC recommends the force should immediately "
     + body("take steps to ensure that there is effective supervision") + ".", "Superseded",
     [F("Take steps to ensure effective supervison of the initial risk assessment process, "
        "specifically in relation to completion of DASH risk assessment in appropriate cases.",
        "Rec", "G G - -", "Ch Supt Public Protection")])
item("eff16", REC, R[22], "Complete",
     [F("Immediately consider ways of increasing the use of arrest, ancillary orders and other "
        "available powers (DA).", "Rec", "B - - -", "Ch Supt Public Protection")])
item("eff16", REC, R[23], "Being progressed",
     [F("Take steps to understand & address the reason behind why such a high proportion of "
        "victims of DA do not support the police investigation.", "Rec", "A A A G",
        "Ch Supt Public Protection")])
item("eff16", REC, R[24] + ".", "Complete",
     [F("Cease the practice of conducting DA risk assessments over the telephone and dealing with "
        "DA in the resolution centre.", "Rec", "G A A A", "Supt Contact Centre")])
item("eff16", COC, R[25], "Being progressed",
     [F("The force's response to missing and absent children is a cause of concern to HMIC ... "
        "children classed as 'absent' when they should have been recorded as 'missing' and risk "
        "levels sometimes incorrectly assessed at a lower grade.", "CoC", "A A G G",
        "Ch Supt Public Protection")])
item("eff16", REC, R[26], "Being progressed", [
    F("Review approach to reports of missing children – (i) call takers understand and use the "
      "missing and absent category appropriately", "Rec", "G B - -", "Supt Contact Centre", no="i"),
    F("(ii) call takers and frontline staff have the necessary knowledge to identify risk factors "
      "associated with CSE and how to respond to such cases", "Rec", "A G G G",
      "Head of Learning & Development", no="ii"),
    F("(iii) supervisors provide the correct oversight of missing person enquiries and direct "
      "appropriate and timely investigative and safeguarding action", "Rec", "A A G -",
      "Ch Supt Public Protection", no="iii"),
])
# --- force: PEEL legitimacy 2017 West Mercia (vetting; real West Midlands texts)
item("leg17wm", COC, R[19].replace("West Midlands Police", WM), "Being progressed",
     [F("The size of the vetting backlog within West Mercia Police is a cause of concern.", "CoC",
        "R A A A", "Head of Professional Standards")])
item("leg17wm", REC, R[20], "Being progressed",
     [F("Ensure all staff have received at least the lowest level of vetting clearance for their "
        "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
        "renewals ...", "Rec", "R R A G", "Head of Professional Standards")])
# --- force: PEEL 2018/19 (real West Mercia texts)
item("peel1819", COC, R[7], "Being progressed",
     [F(R[7], "CoC", "A A A A", "DCC")])
item("peel1819", REC, R[3], "Complete",
     [F("Agree arrangements with Warwickshire Police to secure a smooth transition to its future "
        "operating model, ensuring no disruption to public services", "Rec", "G B - -", "DCC")])
item("peel1819", REC, R[4], "Being progressed",
     [F("Clearly define its new operating model, ensuring all operational and support services are "
        "affordable and fit to protect the communities of West Mercia", "Rec", "A A G G", "DCC")])
item("peel1819", REC, R[2], "Being progressed",
     [F("Expand the skills project work to include an assessment of all skills, not only "
        "operational, including potential future skills requirements.", "Rec", "A A A _",
        "Director of People")])
item("peel1819", REC, R[5], "Complete",
     [F("Improve arrangments both to consult with the public about business planning and to feed "
        "back on changes made to service delivery as a result of such consultation", "Rec",
        "A A A A", "Head of Corporate Communications")])
item("peel1819", COC, R[8], "Being progressed",
     [F(R[8], "CoC", "A A A A", "ACC Crime")])
item("peel1819", REC, R[0], "Being progressed",
     [F("Conduct a review of officers' capabilities and capacity to manage their investigative "
        "workload, to better understand investigative demand and the pressures placed upon them",
        "Rec", "R A A A", "Det Ch Supt Force CID")])
item("peel1819", REC, R[1], "Being progressed",
     [F("Conduct a review, involving partners, of the approach to vulnerability to better safeguard "
        "vulnerable people.", "Rec", "A A G G", "Ch Supt Public Protection")])
item("peel1819", REC, R[6], "Being progressed",
     [F("Within six months – ensure regular and active supervision of the quality and progress of "
        "investigations. This supervision should be properly recorded.", "Rec", "A A A A",
        "Det Ch Supt Force CID")])
item("peel1819", REC, R[9], "Being progressed",
     [F("Improve ability to retrieve digital evidence from mobile phones, computers & other "
        "electronic devices quickly enough to ensure investigations are not delayed", "Rec",
        "R R R A", "Head of Digital Forensics")])
item("peel1819", REC, R[10], "Complete",
     [F("Improve understanding of suspects released under investigation (RUI) and the management "
        "of those released on bail", "Rec", "B - - -", "Head of Criminal Justice")])
# --- force: CDI 2019 (timescale conflict)
item("cdi19", REC, R[11], "Being progressed",
     [F("Within twelve months the force should put in place arrangments to ensure that: victims "
        "are believed at the point of report; call handler / caller conversations are summarised "
        "accurately in the incident log; multiple crimes are always recorded; the practice of "
        "awaiting medical examination or video interview results before making crime-recording "
        "decisions is stopped; and online reports are triaged at the point of receipt.", "Rec",
        "A A A A", "Force Crime Registrar")],
     conflict="timescale: HMICFRS text 'Within six months the force should put in place "
              "arrangements…'; tracker text 'Within twelve months the force should…'")
item("cdi19", AFI, R[18], "Being progressed",
     [F(R[18], "AFI", "A A A A", "Force Crime Registrar")])
# --- force: PEEL 2021/22 (new: no Mar 2022 column; some first appear in Sep)
p = "The force should "
item("peel2122", AFI, p + body("ensure that it has sufficient resources available in the control") + ".",
     "Being progressed",
     [F("Ensure it has sufficient resources available in the control room to fulfil its "
        "resourcing model, and so meet its demand, while also taking into account the wellbeing "
        "of its workforce.", "Recommendation", ". A A A", "Supt Contact Centre")],
     conflict="type: HMICFRS lists it as an Area for improvement; tracker Type column says "
              "'Recommendation'")
item("peel2122", AFI, p + topic("improve its understanding of the nature", "fraud") + ".",
     "Awaiting review",
     [F("Improve understanding of the nature and scale of fraud in its area", "AFI", ". A A A",
        "Head of Economic Crime")])
item("peel2122", AFI, p + topic("make sure investigations of", "rape and serious sexual offences") + ".",
     "Being progressed",
     [F("Make sure investigations of RASSO are allocated to officers with the right skills and are "
        "effectively supervised", "AFI", ". A A A", "Det Ch Supt Force CID")])
item("peel2122", AFI, p + topic("improve how it works with partner", "child sexual exploitation") + ".",
     "Awaiting review", None)                                            # lost, new
item("peel2122", AFI, p + topic("make sure victims of", "stalking and harassment") + ".",
     "Being progressed",
     [F("Make sure victims of stalking & harassment are kept informed about the progress of their "
        "case, in line with the Victims' Code", "AFI", ". A G G", "Ch Supt Public Protection")])
item("peel2122", AFI, p + topic("make sure it records reports of", "hate crime") + ".",
     "Awaiting review",
     [F("Make sure it records reports of hate crime accurately and without delay", "AFI",
        ". . A A", "Force Crime Registrar")])
item("peel2122", AFI, p + topic("make sure its performance framework", "violence against women and girls") + ".",
     "Being progressed",
     [F("Performance framework to give senior leaders a clear picture of the response to VAWG",
        "AFI", ". A A _", "ACC Crime")])
item("peel2122", AFI, p + topic("make sure it has enough specialist", "digital forensics") + ".",
     "Awaiting review",
     [F("Make sure it has enough specialist capacity and capability to investigate digital "
        "forensics", "AFI", ". R A A", "Head of Digital Forensics")])
item("peel2122", AFI, p + topic("improve the timeliness of its response", "anti-social behaviour") + ".",
     "Being progressed",
     [F("Improve timeliness of response to calls for service involving ASB", "AFI", ". A G _",
        "Supt Contact Centre")])
item("peel2122", AFI, p + body("develop a clear prevention strategy") + ".", "Being progressed",
     [F("Develop a clear prevention strategy targeting people most at risk and make sure activity "
        "undertaken prioritises people most at risk", "AFI", ". A A A", "ACC Local Policing")])
item("peel2122", AFI, p + body("make sure it provides a confidential way") + ".", "Complete",
     [F("Make sure it provides a confidential way for staff to raise concerns and that staff are "
        "aware of whistleblowing processes", "AFI", ". A A A", "Head of Professional Standards")])
# --- force: custody 2022 (published Oct 2022: Dec 2022 columns only)
cust = R[57].replace("Bedfordshire Police", WM)
item("custody22", REC, cust, "Awaiting review",
     [F("Within six months, in conjunction with children's social care services, review how we "
        "manage the detention of children (detained only when absolutely necessary; early "
        "assessment of need for alternative accomodation; detention certificates; records of "
        "actions & decisions; timeliness of appropriate adult support).", "Rec", ". . . A",
        "Ch Insp Custody")])
item("custody22", AFI, p + topic("make sure officers and staff have the training", "people with mental ill health") + ".",
     "Awaiting review", None)                                            # lost, new
item("custody22", AFI, p + topic("make sure officers and staff have the training", "vulnerable adults") + ".",
     "Awaiting review",
     [F("Make sure officers & staff have the training they need to identify and respond to "
        "vulnerable adults", "AFI", ". . . A", "Ch Insp Custody")])

# ---------------------------------------------------------------- force-only rows
ONLY = {  # group -> rows
    "austerity": [
        F(nat("austerity", 0), "Rec", "B - - -", "Director of Finance"),
        F("In preparation for the next spending round period all CCs and PCCs should review their "
          "plans for collaboration, in particular whether there is scope to deliver better value "
          "for money through joint working with other forces, the public and/or the private sector.",
          "Rec", "A A A A", "Director of Finance"),
    ],
    "picture": [
        F(nat("picture", 0), "Rec", "A G G G", "Head of Information Management"),
    ],
    "audit": [
        F("Internal audit action: " + TT.LOCAL_ACTIONS[8].format(t="counter-corruption"),
          "Internal audit", "A A A A", "Head of Professional Standards"),
        F("JAC action: " + TT.LOCAL_ACTIONS[6].format(t="firearms licensing"), "JAC action",
          ". A G B", "Supt Firearms Licensing"),
        F("Force action - " + TT.LOCAL_ACTIONS[2].format(t="domestic abuse"), "Force action",
          "R A A A", "Force Crime Registrar"),
    ],
}

# ---------------------------------------------------------------- tracker groups (order, labels)
SECTION = {"force": "FORCE-SPECIFIC INSPECTIONS",
           "national": "NATIONAL / THEMATIC INSPECTIONS (ALL FORCES)",
           "other": "OTHER ACTIONS – INTERNAL AUDIT / JAC"}
# key -> (section, Report label, Published value, heading text, merge report+published cells)
D = dt.date
GROUPS = [
    ("custody22", "force", "HMICFRS/HMIP custody 2022", "October 2022",
     "Custody – unannounced inspection of police custody suites (joint HMICFRS / HMIP) – report "
     "received 18/10/22 – 1 recommendation, 2 AFIs", False),
    ("peel2122", "force", "PEEL 2021/22", D(2022, 5, 1),
     "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy – 11 areas for improvement", True),
    ("cdi19", "force", "CDI 2019", 2019, "Crime Data Integrity inspection 2019", False),
    ("peel1819", "force", "PEEL 2018/19", D(2019, 5, 1),
     "PEEL 2018/19 – 2 causes of concern, 9 recommendations", True),
    ("leg17wm", "force", "PEEL Legit 17", D(2017, 12, 1), "PEEL Legitimacy 2017 (force report)", False),
    ("eff16", "force", "PEEL Eff 16", "March 2017", "PEEL Effectiveness 2016", False),
    ("eff15", "force", "PEEL Efficiency 2015", 2015, "PEEL Efficiency 2015", False),
    ("sas13", "national", "Stop & Search powers (HMIC 2013)", D(2013, 7, 1),
     "Stop and search powers: are the police using them effectively and fairly? (2013)", False),
    ("everyone", "national", "Everyone's Business (DA)", "March 2015",
     "Everyone's business: improving the police response to domestic abuse", False),
    ("austerity", "national", "Policing in Austerity 2014", D(2014, 7, 1),
     "Policing in Austerity – Meeting the Challenge", False),
    ("core", "national", "Core Business 2014", "September 2014", "Core Business", False),
    ("sas15", "national", "Stop & search powers 2", D(2015, 3, 1), "Stop and search powers 2 (2015)", False),
    ("picture", "national", "Building the Picture 2015", 2015,
     "Building the Picture – police information management", False),
    ("firearms", "national", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1),
     "Targeting the Risk – firearms licensing", True),
    ("stolen", "national", "Stolen Freedom (MSHT) 2017", "October 2017",
     "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published "
     "24 October 2017", False),
    ("efc17", "national", "PEEL Efficiency 17 (all forces)", D(2017, 11, 1),
     "PEEL Efficiency 2017 – national", False),
    ("leg17", "national", "PEEL Legit 17 S&S", D(2017, 12, 1),
     "PEEL Legitimacy 2017 – national (stop and search)", False),
    ("powers", "national", "Police powers spotlight (Feb 21)", D(2021, 2, 1),
     "Disproportionate use of police powers – a spotlight on stop and search and use of force", True),
    ("audit", "other", "Internal Audit 2022/23", None, "Internal audit and JAC actions", False),
]
GROUP_KEYS = [g[0] for g in GROUPS]

# ---------------------------------------------------------------- progress updates
CYCLES = ["Mar 2022", "Jun 2022", "Sep 2022", "Dec 2022"]
STAMP = ["02/03/22", "01/06/22", "05/09/22", "28/11/22"]
UPD = {
    "R": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
          "Deadline passed – revised date agreed with chief officer lead; resourcing bid with FET.",
          "Off track: dependent on the new records system going live."],
    "A": ["Work undertaken in area but still requires development to complete.",
          "A Task & Finish group has been set up and a full implementation/project plan, policy "
          "rewrite and communications plan is now completed.",
          "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
          "Addressed holistically as part of the force change programme.",
          "Policy rewrite in draft; consultation with staff associations under way.",
          "Dip-sample of 30 records completed; findings to the next Force Assurance Board.",
          "Allocated to lead. Progress sent to the OPCC to inform the 56-day response."],
    "G": ["Ready to move to GREEN status.",
          "Pending sign off by the chief officer lead.",
          "Already complete / believed to be complete within short time scale (and within deadline).",
          "Action complete – closure report drafted for the sign-off lead."],
    "B": ["Completed. Evidence submitted to HMICFRS for closure.",
          "Signed off by the DCC at Force Assurance Board. No further update required.",
          "Complete – signed off."],
    "W": ["Not the force's responsibility to deliver; dependent upon another organisation."],
    "_": ["No update received from lead by the paper deadline.",
          "Update to follow – lead on leave.",
          "As above – no change this quarter.",
          "Chased 21/11/22 – awaiting response from owner."],
}
REOPEN = "Re-opened: internal audit dip-sample found the process not consistently applied."

RAG_WORD = {"R": "RED", "A": "AMBER", "G": "GREEN", "B": "BLUE", "W": "WHITE"}
DONE = {"G", "B", "W"}

def updates(rag):
    out = []
    prev = None
    for i, c in enumerate(rag):
        if c in "-.":
            out.append((None, None))
            continue
        if c == "_":
            out.append((STAMP[i] + " – " + rng.choice(UPD["_"]), None))
            continue
        if prev in DONE and c in ("A", "R"):
            txt = REOPEN
        elif prev == c and rng.random() < 0.3:
            txt = "No change – " + rng.choice(UPD[c]).lower()
        else:
            txt = rng.choice(UPD[c])
        if rng.random() < 0.6:
            txt = STAMP[i] + " – " + txt
        word = RAG_WORD[c]
        if word in ("AMBER", "GREEN") and rng.random() < 0.12:
            word = word.title()
        out.append((txt, word))
        prev = c
    return out

def current(rag):
    """Latest non-empty RAG code and the committee it came from."""
    for i in range(3, -1, -1):
        if rag[i] in RAG_WORD:
            return rag[i], i
    raise ValueError(rag)

# ---------------------------------------------------------------- HMICFRS workbook
ref_next = {k: v[2] for k, v in REPORTS.items()}
for it in ITEMS:
    it["ref"] = ref_next[it["rep"]]
    ref_next[it["rep"]] += 1
hm_sorted = sorted(ITEMS, key=lambda x: x["ref"])

HM_SHEET = "Definitive list"
wb = Workbook()
ws = wb.active
ws.title = HM_SHEET
ws["A1"] = "HMICFRS – definitive list of recommendations, causes of concern and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Force: West Mercia Police    Extracted: 6 January 2023    Please reconcile and return by 10 February 2023"
hdr = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation text",
       "HMICFRS status", "Status date", "Latest comment"]
HM_HDR_ROW = 4
for j, h in enumerate(hdr, 1):
    c = ws.cell(HM_HDR_ROW, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
r = HM_HDR_ROW
for it in hm_sorted:
    r += 1
    it["hm_row"] = r
    title, pub, _ = REPORTS[it["rep"]]
    st = it["status"]
    if st == "Superseded":
        sdate, com = D(2020, 2, 14), SUPERSEDED_COMMENT if it["rep"] in ("eff15", "eff16") else \
            "Superseded by subsequent inspection activity."
    elif st == "Complete":
        sdate = rng.choice([D(2019, 11, 4), D(2021, 6, 30), D(2022, 3, 17), D(2022, 12, 8)])
        if it["rep"] == "peel2122":
            sdate = D(2022, 12, 8)
        com = rng.choice(COMPLETE_COMMENTS)
    elif st == "Awaiting review":
        sdate, com = max(pub, D(2022, 6, 1)), "New recommendation"
    else:
        sdate = rng.choice([D(2021, 9, 1), D(2022, 4, 11), D(2022, 10, 3)])
        sdate = max(sdate, pub)
        com = rng.choice(OPEN_COMMENTS)
    vals = [it["ref"], FORCE, title, pub, it["ty"], it["text"], st, sdate, com or None]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
for j, w in enumerate([10, 18, 40, 14, 22, 90, 16, 12, 50], 1):
    ws.column_dimensions[get_column_letter(j)].width = w
ws.freeze_panes = ws.cell(HM_HDR_ROW + 1, 1)
ws.auto_filter.ref = f"A{HM_HDR_ROW}:I{r}"
wb.save(OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------- tracker workbook
TR_SHEET = "Tracker"
FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0", "WHITE": None}
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

tb = Workbook()
ts = tb.active
ts.title = TR_SHEET
fixed = ["No.", "Report", "Published", "Type", "Recommendation / AFI", "Lead"]
pairs = []
for cyc in CYCLES:
    u = f"Update {cyc}"
    g = f"RAG {cyc}"
    if cyc == "Jun 2022":
        g = "RAG Jun 22"          # a hand-typed header: the month pair copied and edited
    if cyc == "Sep 2022":
        u = "Sep 2022 update"
    pairs += [u, g]
headers = fixed + pairs
NCOL = len(headers)
ts["A1"] = "West Mercia Police – HMICFRS Recommendations, Causes of Concern & AFIs – Progress Tracker"
ts["A1"].font = Font(bold=True, size=14)
ts["A2"] = ("Joint Audit Committee quarterly update – latest columns: Dec 2022 (JAC 14 December "
            "2022). Maintained by Organisational Learning & Assurance.")
ts["A3"] = ("KEY:  BLUE = completed and signed off  |  GREEN = implemented – awaiting sign-off / "
            "HMICFRS closure  |  AMBER = in progress, on track  |  RED = off track / beyond "
            "deadline  |  WHITE = not WMP's responsibility to deliver")
ts["A3"].font = Font(italic=True)
HDR = 5
for j, h in enumerate(headers, 1):
    c = ts.cell(HDR, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="203764")
    c.alignment = Alignment(wrap_text=True, vertical="center")
    c.border = box

# assemble force rows per group
by_group = {k: [] for k in GROUP_KEYS}
for it in ITEMS:
    if not it["rows"]:
        continue
    for fr in it["rows"]:
        g = fr.get("group", it["rep"])
        by_group[g].append((it, fr))
for g, rows in ONLY.items():
    for fr in rows:
        by_group[g].append((None, fr))
# a little shuffling inside some groups (trackers are not in HMICFRS order)
for g in ("peel2122", "stolen", "leg17", "peel1819"):
    rows = by_group[g]
    keep = [x for x in rows if x[1].get("no") is None]
    split = [x for x in rows if x[1].get("no") is not None]
    rng.shuffle(keep)
    # split parts stay together, in order
    if split:
        pos = rng.randrange(len(keep) + 1)
        keep[pos:pos] = split
    by_group[g] = keep
# put the misfiled integrity item at the end of its group
by_group["leg17wm"].sort(key=lambda x: x[0] is not None and x[0]["rep"] == "integrity")

r = HDR
num = 0
truth = []
from_earlier = []
section_done = set()
for key, sec, label, pub, heading, merge in GROUPS:
    rows = by_group[key]
    if not rows:
        continue
    if sec not in section_done:
        r += 1
        if section_done:
            r += 1           # blank row before a new section
        ts.cell(r, 1, SECTION[sec]).font = Font(bold=True, size=12, color="FFFFFF")
        for j in range(1, NCOL + 1):
            ts.cell(r, j).fill = PatternFill("solid", fgColor="404040")
        section_done.add(sec)
    r += 1
    ts.cell(r, 1, heading).font = Font(bold=True)
    ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for j in range(1, NCOL + 1):
        ts.cell(r, j).fill = PatternFill("solid", fgColor="D9E1F2")
    first = r + 1
    parent_no = None
    for it, fr in rows:
        r += 1
        part = fr.get("no")
        if part is None or part in ("a", "i"):
            num += 1
            parent_no = num
        no = f"{parent_no}{part}" if part else num
        if part in ("a", "i") and False:
            pass
        vals = [no, label, pub, fr["ty"], fr["t"], fr["lead"]]
        if it is not None and it["rep"] == "integrity":
            vals[1], vals[2] = "PEEL Legit 17", D(2017, 12, 1)
        for j, v in enumerate(vals, 1):
            c = ts.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy"
        ups = updates(fr["rag"])
        for i, (txt, word) in enumerate(ups):
            cu = ts.cell(r, 7 + 2 * i, txt)
            cg = ts.cell(r, 8 + 2 * i, word)
            cu.alignment = Alignment(wrap_text=True, vertical="top")
            cg.alignment = Alignment(horizontal="center", vertical="top")
            cu.border = cg.border = box
            if word and FILL[word.upper()]:
                cg.fill = PatternFill("solid", fgColor=FILL[word.upper()])
                cg.font = Font(bold=True, color="FFFFFF" if word.upper() in ("RED", "BLUE") else "000000")
        code, ci = current(fr["rag"])
        fr["row"] = r
        fr["cur"] = code
        fr["cur_col"] = ci
        fr["cur_word"] = RAG_WORD[code]
        if ci < 3:
            dec = fr["rag"][3]
            how = ("Dec 2022 update written but RAG left blank" if dec == "_" else
                   "no Dec 2022 entry" if ci == 2 else
                   f"no entries after {CYCLES[ci]}")
            from_earlier.append((r, no, label, CYCLES[ci], RAG_WORD[code], how, fr["rag"]))
    last = r
    if merge and last > first:
        for col in (2, 3):
            ts.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            ts.cell(first, col).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1   # blank row after each group

r += 1
ts.cell(r, 1, "Notes:").font = Font(bold=True)
ts.cell(r + 1, 1, "1. Items signed off (BLUE) are not updated at later committees.")
ts.cell(r + 2, 1, "2. Items HMICFRS has closed are removed from this tracker at the year-end refresh "
                  "(next refresh March 2023).")
ts.cell(r + 3, 1, "3. Internal audit actions are reported to JAC here for completeness; they are not "
                  "HMICFRS recommendations.")
widths = [6, 22, 11, 12, 70, 22] + [38, 9] * 4
for j, w in enumerate(widths, 1):
    ts.column_dimensions[get_column_letter(j)].width = w
ts.freeze_panes = ts.cell(HDR + 1, 6)

# JAC summary sheet (counts of RAG words per committee column)
ss = tb.create_sheet("JAC summary")
ss["A1"] = "RAG summary by committee (count of items graded in each column)"
ss["A1"].font = Font(bold=True)
ss.cell(3, 1, "RAG")
for i, cyc in enumerate(CYCLES):
    ss.cell(3, 2 + i, cyc)
counts = {w: [0] * 4 for w in RAG_WORD.values()}
for row in ts.iter_rows(min_row=HDR + 1, max_row=ts.max_row):
    for i in range(4):
        v = row[7 + 2 * i].value
        if isinstance(v, str) and v.upper() in counts:
            counts[v.upper()][i] += 1
for k, w in enumerate(["RED", "AMBER", "GREEN", "BLUE", "WHITE"]):
    ss.cell(4 + k, 1, w)
    for i in range(4):
        ss.cell(4 + k, 2 + i, counts[w][i])
ss.cell(9, 1, "Total")
for i in range(4):
    col = get_column_letter(2 + i)
    ss.cell(9, 2 + i, f"=SUM({col}4:{col}8)")
tb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
HM_OPEN = {"Awaiting review", "Being progressed"}

def fdesc(fr):
    s = f"latest RAG {fr['cur_word']} ({CYCLES[fr['cur_col']]}"
    if fr["cur_col"] < 3:
        s += "; later RAG columns blank"
    return s + ")"

lines = []
for it in hm_sorted:
    hrow = f"{HM_SHEET}!{it['hm_row']}"
    st = it["status"]
    if not it["rows"]:
        lines.append((hrow, "", "missing_from_force",
                      f"HMICFRS {it['ref']} ({st}) not in the tracker under any report"))
        continue
    rows = it["rows"]
    done = all(fr["cur"] in DONE for fr in rows)
    hopen = st in HM_OPEN
    if it["conflict"]:
        cat = "conflict"
    elif hopen and done:
        cat = "closeable_submit"
    elif (not hopen) and (not done):
        cat = "closeable_local"
    else:
        cat = "in_sync"
    for fr in rows:
        frow = f"{TR_SHEET}!{fr['row']}"
        if cat == "conflict":
            why = it["conflict"]
        else:
            why = f"HMICFRS {st}; tracker {fdesc(fr)}"
            if len(rows) > 1:
                parts = ", ".join(f"{p['no']}={p['cur_word']}" for p in rows)
                why += f"; item split into {len(rows)} rows ({parts}): " + \
                       ("all parts done" if done else "not all parts done")
            if fr["rag"][0] in DONE and fr["cur"] not in DONE:
                why += "; was GREEN earlier, re-opened"
            if fr["cur"] == "W":
                why += " (WHITE = not the force's to deliver, counted as done)"
        lines.append((hrow, frow, cat, why))
for g, rows in ONLY.items():
    for fr in rows:
        frow = f"{TR_SHEET}!{fr['row']}"
        why = {"austerity": "Policing in Austerity 2014 item: report not on the HMICFRS list",
               "picture": "Building the Picture 2015 item: report not on the HMICFRS list",
               "audit": "internal audit / JAC / force action, not an HMICFRS item"}[g]
        lines.append(("", frow, "not_on_hmicfrs_list", why + f"; {fdesc(fr)}"))

def sort_key(l):
    return (0 if l[0] else 1, int(l[0].split("!")[1]) if l[0] else 0,
            int(l[1].split("!")[1]) if l[1] else 0)
lines.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# ---------------------------------------------------------------- report to stdout
from collections import Counter
n_items_force = sum(len(v) for v in by_group.values())
print("HMICFRS items:", len(ITEMS), " force item rows:", n_items_force, " truth lines:", len(lines))
print(Counter(l[2] for l in lines))
print("current status taken from an earlier column:")
for x in from_earlier:
    print("  ", x)
