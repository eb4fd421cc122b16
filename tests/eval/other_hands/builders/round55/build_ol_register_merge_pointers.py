"""Build case ol_register_merge_pointers: a force Organisational Learning Register in which
entries were merged into one another, entered twice, or split into sub-actions, with the
pointer rows kept ("Merged", "Duplicate", "Split") and a Linked OL ref column.
Run: /work/main/.venv/bin/python build_ol_register_merge_pointers.py  (seed 5512)"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main/reconcile/casegen")  # the text lists only, loaded as "texts"
from texts import (  # noqa: E402
    BWV_2021, CAUSES, CDI_VICTIMS_BODY, EVERYONE_PLAN_RUN_ON, NATIONAL,
)

SEED = 5512
rng = random.Random(SEED)
CASE = "ol_register_merge_pointers"
OUT = Path(__file__).resolve().parent / CASE
OUT.mkdir(parents=True, exist_ok=True)
FORCE = "Lincolnshire Police"

# ---------------------------------------------------------------- HMICFRS items
H: dict[str, dict] = {}
order: list[str] = []


def hitem(key, rid, report, pub, typ, text, status, upd):
    H[key] = dict(id=rid, report=report, pub=pub, type=typ, text=text, status=status, upd=upd)
    order.append(key)


def nat(k, i):
    title, (y, m, d), items = NATIONAL[k]
    return title, dt.date(y, m, d), items[i][1]


OPEN1, OPEN2, DONE, SUP = "Awaiting review", "Being progressed", "Complete", "Superseded"
spec_nat = [  # key, national key, index, id, status
    ("S1", "sas13", 0, 1204, DONE), ("S2", "sas13", 1, 1205, DONE), ("S3", "sas13", 2, 1206, DONE),
    ("E1", "everyone", 0, 2321, DONE),
    ("A1", "austerity", 0, 3310, DONE), ("A2", "austerity", 1, 3311, SUP),
    ("A3", "austerity", 2, 3312, SUP), ("A4", "austerity", 3, 3313, DONE),
    ("C1", "core", 0, 4821, DONE), ("C2", "core", 1, 4822, OPEN2),
    ("I1", "integrity", 0, 902, OPEN1),
    ("S15", "sas15", 0, 5130, OPEN2),
    ("P1", "picture", 0, 5566, OPEN2),
    ("F1", "firearms", 0, 5901, DONE), ("F2", "firearms", 1, 5902, OPEN2),
    ("F3", "firearms", 2, 5903, DONE), ("F4", "firearms", 3, 5904, OPEN2),
    ("F5", "firearms", 4, 5905, OPEN2),
    ("M1", "stolen", 0, 8310, OPEN2), ("M2", "stolen", 1, 8311, OPEN2),
    ("M3", "stolen", 2, 8312, DONE), ("M4", "stolen", 3, 8313, OPEN2),
    ("M5", "stolen", 4, 8314, OPEN2), ("M6", "stolen", 5, 8315, DONE),
    ("M7", "stolen", 6, 8316, OPEN1),
    ("D1", "efc17", 0, 8402, SUP),
    ("L0", "leg17", 0, 8536, OPEN2), ("L1", "leg17", 1, 8537, OPEN2),
    ("L2", "leg17", 2, 8538, OPEN2), ("L3", "leg17", 3, 8539, DONE),
    ("L4", "leg17", 4, 8540, OPEN2),
    ("W1", "powers", 0, 12011, OPEN2), ("W2", "powers", 1, 12012, OPEN2),
    ("W3", "powers", 2, 12013, OPEN2), ("W5", "powers", 4, 12015, OPEN1),
]
for key, nk, i, rid, st in spec_nat:
    title, pub, text = nat(nk, i)
    typ = "Cause of concern" if key == "L0" else "Recommendation"
    hitem(key, rid, title, pub, typ, text, st, None)

LEG = ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12))
CDI = ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 26))
P21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
       dt.date(2022, 5, 10))
P23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Lincolnshire Police",
       dt.date(2024, 5, 14))
CUS = ("Report on an unannounced inspection visit to police custody suites in Lincolnshire",
       dt.date(2022, 8, 16))
AFI, REC, COC = "Area for improvement", "Recommendation", "Cause of concern"
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
CHILDREN_BODY = (
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested")
spec_force = [
    ("U1", 8541, LEG, AFI, "The force should ensure that all officers who use stop and search "
     "powers have been provided with, and understand, training on unconscious bias and College "
     "of Policing APP on stop and search.", DONE),
    ("U2", 8542, LEG, AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", DONE),
    ("K1", 10220, CDI, REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".", OPEN2),
    ("K2", 10221, CDI, REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", DONE),
    ("K3", 10222, CDI, REC, "Within six months the force should improve its use of its "
     "crime-recording and management system to better manage its case files and investigative "
     "processes.", OPEN2),
    ("K0", 12840, P21, COC, CAUSES[1], OPEN2),
    ("P21h", 12841, P21, REC, "Within six months the force should " + MISSING_BODY + ".", OPEN2),
    ("P21a", 12842, P21, AFI, "The force should assess the demand placed on its firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an "
     "efficient and effective service at all times.", DONE),
    ("P21b", 12843, P21, AFI, "The force should improve its understanding of suspects released "
     "under investigation and the management of those released on bail.", OPEN2),
    ("P21c", 12844, P21, AFI, "The force should make sure investigations of stalking and "
     "harassment are allocated to officers with the right skills and are effectively "
     "supervised.", DONE),
    ("P21d", 12845, P21, AFI, "The force should improve how it works with partner organisations "
     "to safeguard people at risk from child sexual exploitation.", OPEN2),
    ("P21e", 12846, P21, AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", OPEN1),
    ("P21f", 12847, P21, AFI, "The force should make sure victims of domestic abuse are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", OPEN2),
    ("P21g", 12848, P21, AFI, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", DONE),
    ("Q1", 13105, CUS, REC, "In conjunction with children’s social care services, the force "
     "should " + CHILDREN_BODY + ".", OPEN2),
    ("P23a", 14514, P23, AFI, "The force should improve the timeliness of its response to calls "
     "for service involving people with mental ill health.", OPEN2),
    ("P23b", 14515, P23, AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", OPEN2),
    ("P23c", 14516, P23, AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", OPEN2),
    ("P23d", 14517, P23, AFI, "The force should improve the supervision of investigations, so "
     "that investigation plans are set, reviewed and recorded and victims receive a "
     "consistently good service.", OPEN1),
    ("P23e", 14518, P23, AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", OPEN1),
]
for key, rid, (title, pub), typ, text, st in spec_force:
    hitem(key, rid, title, pub, typ, text, st, None)

for k in order:  # a status date after publication
    h = H[k]
    base = max(h["pub"], dt.date(2019, 1, 1)) if h["status"] in (DONE, SUP) else max(
        h["pub"], dt.date(2023, 6, 1))
    h["upd"] = base + dt.timedelta(days=rng.randint(30, 400))
    h["upd"] = min(h["upd"], dt.date(2024, 11, 8))

hrows = sorted(order, key=lambda k: (H[k]["pub"], H[k]["id"]))
hrow_of = {k: i + 2 for i, k in enumerate(hrows)}  # header = row 1
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"])
for k in hrows:
    h = H[k]
    w.writerow([h["id"], FORCE, h["report"], h["pub"].strftime("%d/%m/%Y"), h["type"], h["text"],
                h["status"], h["upd"].strftime("%d/%m/%Y")])
(OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

# ---------------------------------------------------------------- force register
OWN = {  # owner by theme
    "sas": "Supt Neighbourhood Policing", "da": "Ch Supt Public Protection",
    "fin": "Director of Finance", "cr": "Force Crime Registrar", "psd": "Head of Professional Standards",
    "im": "Head of Information Management", "fl": "Supt Firearms Licensing",
    "msht": "Det Ch Supt Force CID", "dig": "Head of Digital & IT", "cc": "Supt Contact Centre",
    "ppl": "Director of People", "cus": "Ch Insp Custody", "cid": "Det Ch Supt Force CID",
    "ld": "Head of Learning & Development", "vet": "Head of Vetting", "cd": "Head of Corporate Development",
}
NAMES = {"sas13": "Stop & Search powers (HMIC 2013)", "everyone": "Everyone's Business (DA) 2014",
         "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
         "integrity": "Integrity Matters 2015", "sas15": "Stop & search powers 2",
         "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
         "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
         "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)",
         "LEG": "PEEL Legitimacy 2017", "CDI": "CDI 2019", "P21": "PEEL 2021/22",
         "P23": "PEEL 2023-25", "CUS": "HMICFRS/HMIP custody 2022"}
RKEY = {k: nk for k, nk, *_ in spec_nat}
for k, _, rep, *_ in spec_force:
    RKEY[k] = {LEG: "LEG", CDI: "CDI", P21: "P21", P23: "P23", CUS: "CUS"}[rep]

F: list[dict] = []
TRUTH: list[tuple] = []  # (force index or None, hkey or None, category, why)


def frow(hkey, status, text=None, owner="cd", cat=None, ref=True, linked=None, update=None,
         closed=None, source="HMICFRS", doc=None, date=None, category=None, why=""):
    h = H.get(hkey) if hkey else None
    r = dict(source=source,
             doc=doc or (NAMES[RKEY[hkey]] if h else ""),
             date=date if date is not None else (h["pub"] if h else None),
             cat=cat or ({"Area for improvement": "AFI"}.get(h["type"], h["type"]) if h else ""),
             href=(h["id"] if (h and ref is True) else (ref if ref not in (True, False) else None)),
             text=text if text is not None else (h["text"] if h else ""),
             owner=OWN.get(owner, owner), status=status, linked=linked, update=update,
             closed=closed)
    F.append(r)
    TRUTH.append((len(F) - 1, hkey, category, why))
    return len(F) - 1


def cdate(y, m, d):
    return dt.date(y, m, d)


# 2013-2015 national reports: old entries, no HMICFRS ref recorded
frow("S1", "Closed", ref=False, owner="sas", closed=cdate(2015, 3, 31),
     update="APP adopted; force S&S policy rewritten.", category="in_sync",
     why="HMICFRS Complete; force Closed")
frow("S2", "Closed – BAU", ref=False, owner="sas",
     text="CCs should establish or improve monitoring of the way officers S&S people, so that they "
     "can be satisfied their officers are acting in accordance with the law (including equality "
     "legislation & the Code of Practice), & that the power is used effectively to prevent crime, "
     "catch criminals & maintain public trust.",
     closed=cdate(2016, 1, 20), update="Monthly S&S scrutiny embedded in Local Policing board.",
     category="in_sync", why="HMICFRS Complete; force Closed – BAU (done); text abbreviated")
frow("S3", "Closed", ref=False, owner="sas", closed=cdate(2016, 6, 30),
          update="External scrutiny panel established with OPCC; records published quarterly. Also "
          "covers Stop & Search 2 (2015) rec – see {OL:S15}.", category="in_sync",
          why="HMICFRS Complete; force Closed (master of merged {OL:S15})")
frow("E1", "Open", ref=False, owner="da", text=EVERYONE_PLAN_RUN_ON,
     update="DA action plan refreshed annually; 2024 refresh with DA Strategic Board in Dec.",
     category="closeable_local",
     why="HMICFRS Complete; force Open (text pasted with the run-on paragraph)")
frow("A1", "Closed", ref=False, owner="fin", closed=cdate(2015, 4, 1),
     update="Savings plan reviewed as part of MTFS.", category="in_sync",
     why="HMICFRS Complete; force Closed")
frow("A2", "Open", ref=False, owner="fin",
     update="Collaboration review with EMSCU partners ongoing.", category="closeable_local",
     why="HMICFRS Superseded (closed); force Open")
# A3 deliberately absent (missing_from_force)
frow("A4", "Open - overdue", ref=False, owner="fin",
     update="Awaiting outcome of regional collaboration review.", category="closeable_local",
     why="HMICFRS Complete; force Open - overdue")
frow("C1", "Closed", ref=False, owner="cc", closed=cdate(2015, 5, 12),
     update="THRIVE introduced in the control room.", category="in_sync",
     why="HMICFRS Complete; force Closed")
frow("C2", "Pending closure", ref=False, owner="cd",
     update="Crime prevention activity now recorded on Niche and evaluated by the Prevention "
     "Hub. Evidence pack with OL team for Force Assurance Board.", category="closeable_submit",
     why="HMICFRS Being progressed; force Pending closure (= done, awaiting sign-off)")
# 2015
frow("I1", "Open", ref=False, owner="psd",
     update="PSD dip-sample of NFA outcomes by protected characteristic planned Q4.",
     category="in_sync", why="open both")
frow("F1", "Closed", ref=False, owner="fl", closed=cdate(2016, 2, 1),
     update="Governance reviewed against APP.", category="in_sync", why="closed both")
frow("F2", "Open - overdue", ref=False, owner="fl",
          update="Demand review completed; business case for 3 additional FEOs deferred to "
          "2025/26 budget. Also covers PEEL 2021/22 AFI – see {OL:P21a}.",
          category="in_sync", why="open both (master of merged {OL:P21a})")
frow("F3", "Closed", ref=False, owner="fl", closed=cdate(2016, 2, 1),
     update="Total expired records cleared.", category="in_sync", why="closed both")
frow("F4", "Closed", ref=False, owner="fl", closed=cdate(2023, 10, 3),
     update="Temporary permit process aligned to HO guidance; NFLMS recording audited.",
     category="closeable_submit", why="HMICFRS Being progressed; force Closed")
frow("F5", "Closed – BAU", ref=False, owner="cc", closed=cdate(2024, 2, 19),
     update="STORM flag for certificate holders live; dispatcher training complete.",
     category="closeable_submit", why="HMICFRS Being progressed; force Closed – BAU")
frow("S15", "Merged", ref=False, owner="sas", linked="{OL:S3}",
     update="Same ask as 2013 rec 3 – tracked under {OL:S3}.", category="closeable_submit",
     why="pointer row: Merged into {OL:S3}, which is Closed -> force done; HMICFRS Being "
     "progressed")
# P1 absent (missing_from_force)
# local: internal audit 2016
frow(None, "Closed", source="Internal Audit", doc="Internal audit – Information management "
     "2016/17", date=cdate(2016, 11, 4), cat="Audit action", ref=False, owner="im",
     text="Information Asset Owners to complete quarterly review of retention schedules and "
     "report exceptions to the Information Assurance Board.", closed=cdate(2017, 9, 1),
     update="Quarterly IAO returns in place.", category="not_on_hmicfrs_list",
     why="internal audit action, not an HMICFRS item")
# 2017
frow("M1", "Split", ref=False, owner="msht", linked="{SUBS:M1}",
          update="Split into four sub-actions, one per bullet. Status follows the sub-actions.",
          category="closeable_submit",
          why="split parent {OL:M1}; all four sub-actions closed -> force done; HMICFRS Being progressed")
sub_txt = [
    "MSHT leadership review (a): senior leaders prioritise the response to modern slavery and "
    "human trafficking",
    "MSHT leadership review (b): every incident of modern slavery identified to police is "
    "allocated appropriate resources with the skills, experience and capacity to investigate it "
    "effectively",
    "MSHT leadership review (c): develop effective partnership arrangements to co-ordinate "
    "activity in order to share information and safeguard victims",
    "MSHT leadership review (d): performance and QA measures in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims",
]
for i, (tx, st) in enumerate(zip(sub_txt, ["Closed", "Closed", "Closed – BAU", "Closed"])):
    frow("M1", st, ref=False, owner="msht", text=tx, cat="Sub-action",
         closed=cdate(2023, 3 + i, 14),
         update=["MSHT lead is ACC Crime; MSHT Gold group meets monthly.",
                 "All MSHT crimes allocated to CID or Complex Investigations Team.",
                 "Anti-Slavery Partnership ISA signed.",
                 "MSHT measures added to Force Performance pack."][i],
         category="closeable_submit", why="sub-action of split {OL:M1}; all sub-actions done -> force done; HMICFRS Being progressed")
frow("M2", "Open", ref=False, owner="msht",
     text="Within twelve months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence and in order "
     "to safeguard victims better and to identify suspects as early as possible",
     update="ISA drafted with Lincolnshire County Council; GLAA and HO Immigration Enforcement "
     "to follow.", category="conflict",
     why="timescale differs: force 'Within twelve months' vs HMICFRS 'Within six months'")
frow("M3", "Closed", ref=False, owner="msht", closed=cdate(2019, 6, 28),
     update="S45 defence guidance issued to investigators.", category="in_sync",
     why="closed both")
frow("M4", "Open", ref=False, owner="msht",
          update="NRM first responder training 78% complete; Duty to Notify returns audited.",
          category="in_sync", why="open both (master of duplicate {DUP:M4})")
frow("M5", "Pending closure", ref=False, owner="cr",
     update="FCR audit of MSHT crime recording 96% compliant; submitted to FAB 14/11/2024.",
     category="closeable_submit", why="HMICFRS Being progressed; force Pending closure")
frow("M6", "Open", ref=False, owner="cid",
     update="Supervisory review template for MSHT investigations being designed.",
     category="closeable_local", why="HMICFRS Complete; force Open")
frow("M7", "Open", ref=False, owner="msht",
     update="Slavery and Trafficking Prevention Orders: 2 applied for in 2024.",
     category="in_sync", why="open both")
frow("D1", "Open", ref=False, owner="dig",
     text="Produce an ambitious plan to improve digitally-enabled services within the force "
     "(by Sept 2018).", update="Digital strategy 2025-28 in draft.", category="closeable_local",
     why="HMICFRS Superseded; force Open (abridged text)")
frow("L0", "Open", ref=8536, owner="sas", date="Dec 2017",
     update="Disproportionality remains; see S&S Scrutiny Board minutes.", category="in_sync",
     why="cause of concern open both")
frow("L1", "Closed – BAU", ref=8537, owner="sas", date="Dec 2017", closed=cdate(2024, 6, 30),
     update="S&S dashboard (ethnicity, find rates, possession-only searches) reviewed monthly.",
     category="closeable_submit", why="HMICFRS Being progressed; force Closed – BAU")
# L2 absent (missing_from_force)
frow("L3", "Closed", ref=8539, owner="sas", date="Dec 2017", closed=cdate(2019, 7, 31),
     update="Annual S&S report published on force website.", category="in_sync",
     why="closed both")
frow("L4", "Closed", ref=8540, owner="ld", date="Dec 2017", closed=cdate(2024, 9, 2),
          update="Unconscious bias and S&S APP training 100% for S&S-authorised officers. Also "
          "covers force PEEL Legitimacy 2017 AFI – see {OL:U1}.", category="closeable_submit",
          why="HMICFRS Being progressed; force Closed (master of merged {OL:U1})")
frow("U1", "Merged", ref=8541, owner="ld", linked="{OL:L4}",
     text="The force should ensure that all officers who use stop & search powers have been "
     "provided with, and understand, training on unconscious bias & CoP APP on stop & search.",
     update="Merged with national rec {OL:L4}.", category="in_sync",
     why="pointer row: Merged into {OL:L4} (Closed) -> done; HMICFRS Complete")
frow("U2", "Closed", ref=8542, owner="psd", closed=cdate(2018, 10, 1),
     update="Confidential reporting line (Integrity Line) relaunched.", category="in_sync",
     why="closed both")
# local: peer review 2018
frow(None, "Open", source="Peer review", doc="College of Policing peer review – Public "
     "Protection 2018", date=cdate(2018, 11, 20), cat="Learning", ref=False, owner="da",
     text="Create a single Public Protection Unit referral hub so that all DA, child and "
     "vulnerable adult referrals are triaged in one place.", update="PPU hub pilot in West "
     "LPA.", category="not_on_hmicfrs_list", why="peer review item, not an HMICFRS item")
# 2019 CDI: split without parent, bullet 5 never carried over
k1_txt = [
    "CDI victims (a): at the point of report, victims are believed",
    "CDI victims (b): call handler / caller conversations summarised accurately in the incident "
    "log so attending officers have full facts for crime-recording decisions",
    "CDI victims (c): multiple crimes always recorded when described within incident records or "
    "identified as part of other recorded crime investigations",
    "CDI victims (d): stop the practice of awaiting medical examinations or video interviews "
    "before making crime-recording decisions",
]
for i, tx in enumerate(k1_txt):
    frow("K1", "Closed", ref=10220, owner="cr", cat="Sub-action", text=tx, date="Sept 2019",
         closed=cdate(2021, 2 + i, 1),
         update=["Victim-first message in all CDI training.", "Contact centre QA of incident "
                 "logs in place.", "FCR audit shows improvement.", "Policy amended."][i],
         category="conflict", why="CDI 2019 rec split into 4 sub-actions for 5 bullets; 'online reports triaged' "
         "bullet never tracked, yet all sub-actions closed")
frow("K2", "Closed", ref=10221, owner="cc", date="Sept 2019", closed=cdate(2020, 3, 9),
     update="THRIVE+ criteria in place.", category="in_sync", why="closed both")
frow("K3", "Pending closure", ref=10222, owner="cr", date="Sept 2019",
     update="Niche case file workflow live; evidence submitted to FAB.",
     category="closeable_submit", why="HMICFRS Being progressed; force Pending closure")
# duplicate entry of M4 when MSHT plan refreshed
frow("M4", "Closed", ref=False, owner="msht", doc="Modern slavery – Stolen Freedom",
     linked="Duplicate of {OL:M4}",
     text="Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves & are implementing the requirement placed upon them under the Modern "
     "Slavery Act 2015 to notify the HO of any individual suspected to be an adult victim of "
     "MSHT.", closed=cdate(2020, 1, 15),
     update="Closed as duplicate – tracked under {OL:M4}.", category="in_sync",
     why="duplicate row closed as duplicate; item tracked on {OL:M4} (Open) -> open both")
# local: OPCC
frow(None, "Closed", source="OPCC", doc="PCC Accountability Board action log", date=cdate(2020, 7, 9),
     cat="Action", ref=False, owner="cd",
     text="Provide the PCC with a quarterly update on progress against all open HMICFRS "
     "recommendations.", closed=cdate(2020, 10, 1), update="Standing item on PAB agenda.",
     category="not_on_hmicfrs_list", why="OPCC action, not an HMICFRS item")
# 2021 powers: W3 split without parent, one sub-action still open
frow("W1", "Open", ref=12011, owner="ld", update="Conflict management module in OST 2025.",
     category="in_sync", why="open both")
frow("W2", "Closed", ref=12012, owner="ld", closed=cdate(2024, 4, 30),
     update="BWV debrief guidance issued to sergeants; CPD session delivered.",
     category="closeable_submit", why="HMICFRS Being progressed; force Closed")
w3_txt = BWV_2021.split("\n")
w3_txt[0] = w3_txt[0].replace("By September 2021, forces should: ", "")
for i, (tx, st) in enumerate(zip(w3_txt, ["Closed", "Closed", "Open"])):
    frow("W3", st, ref=12013, owner="sas", cat="Sub-action", text=f"BWV ({'abc'[i]}) – {tx}",
         closed=cdate(2022, 5 + i, 2) if st == "Closed" else None,
         update=["BWV mandatory for all S&S encounters.", "Monthly BWV review by S&S Scrutiny "
                 "Board.", "Scrutiny panel access awaiting data-sharing agreement."][i],
         category="in_sync", why="BWV rec split into 3 sub-actions; (c) still open -> force open; HMICFRS "
         "Being progressed")
frow("W5", "Open", ref=12015, owner="sas", update="Use of force dashboard in build.",
     category="in_sync", why="open both")
# local: force review 2021
frow(None, "Open - overdue", source="Force review", doc="Contact Management Review 2021",
     date=cdate(2021, 10, 4), cat="Learning", ref=False, owner="cc",
     text="Implement a call-back service for non-emergency callers waiting more than 10 minutes.",
     update="Telephony upgrade delayed.", category="not_on_hmicfrs_list",
     why="force review item, not an HMICFRS item")
# 2022 PEEL
frow("K0", "Open", ref=12840, owner="da", cat="Cause of concern",
     update="Missing Persons Improvement Plan, see {OL:P21h}.", category="in_sync",
     why="cause of concern open both")
frow("P21h", "Open", ref=12841, owner="da",
     update="Missing children triage by MASH; supervisor oversight audit Jan 2025.",
     category="in_sync", why="open both")
frow("P21b", "Closed", ref=12843, owner="cid", closed=cdate(2024, 8, 12),
     update="RUI/bail dashboard and monthly review panel in place.", category="closeable_submit",
     why="HMICFRS Being progressed; force Closed")
frow("P21c", "Open", ref=12844, owner="cid", update="Stalking clinic established; "
     "allocation policy under review.", category="closeable_local",
     why="HMICFRS Complete; force Open")
frow("P21d", "Open", ref=12845, owner="da",
     text="Improve partnership working to safeguard children at risk of CSE.",
     update="CSE sub-group of LSCP re-established.", category="in_sync",
     why="open both (force's own short wording)")
# P21e absent (missing_from_force)
frow("P21f", "Open", ref=False, owner="da", doc="PEEL 2023-25", date=cdate(2024, 5, 14),
     update="VCOP compliance audit planned.", category="conflict",
     why="filed under PEEL 2023-25 (May 2024); HMICFRS item is PEEL 2021/22 (May 2022)")
frow("P21g", "Closed – BAU", ref=12848, owner="vet", closed=cdate(2023, 11, 30),
     update="Vetting backlog cleared; renewals tracked on Core-Vet.", category="in_sync",
     why="closed both")
frow("P21a", "Merged", ref=12842, owner="fl", linked="{OL:F2}",
     text="The force should assess the demand placed on its firearms licensing dept & ensure it "
     "has the capacity to meet this demand.",
     update="Same ask as national Firearms licensing 2015 rec – tracked under {OL:F2}.",
     category="closeable_local",
     why="pointer row: Merged into {OL:F2} (Open - overdue) -> force open; HMICFRS Complete")
frow("Q1", "Open", ref=13105, owner="cus", date=cdate(2022, 8, 16),
     text="Review, with children's social care, how we manage detention of children: detain "
     "only when necessary; early assessment of need for alternative accommodation; record all "
     "actions and decisions; timely appropriate adult support.",
     update="Joint protocol with LCC children's services in draft.", category="in_sync",
     why="open both (abridged but all four bullets kept)")
# 2024 PEEL 2023-25
frow("P23a", "Open", ref=14514, owner="cc", update="Right Care Right Person phase 2.",
     category="in_sync", why="open both")
frow("P23b", "Pending closure", ref=14515, owner="cr",
     update="RASSO crime recording audit 97%; evidence to FAB 14/11/2024.",
     category="closeable_submit", why="HMICFRS Being progressed; force Pending closure")
frow("P23c", "Open", ref=14516, owner="cid", cat="Recommendation",
     update="POLIT uplift of 2 DCs approved.", category="conflict",
     why="type differs: force Recommendation vs HMICFRS Area for improvement")
frow("P23d", "Open", ref=14571, owner="cid", update="Investigation Standards Board launched.",
     category="conflict", why="reference differs: force 14571 (no such id) vs HMICFRS 14517")
# old HMICFRS item no longer on the list
frow(None, "Open", source="HMICFRS", doc="PEEL Effectiveness 2016", date=cdate(2017, 3, 2),
     cat="AFI", ref=False, owner="cid",
     text="The force should improve its understanding of the nature and scale of hate crime in "
     "its area.", update="Hate crime problem profile refreshed 2023.",
     category="not_on_hmicfrs_list",
     why="HMICFRS-sourced entry not on the definitive list (query with HMICFRS)")
# local: internal audit 2024
frow(None, "Open", source="Internal Audit", doc="Internal audit – Vetting 2024/25",
     date=cdate(2024, 7, 1), cat="Audit action", ref=False, owner="vet",
     text="Internal audit of the counter-corruption governance arrangements (audit plan "
     "2024/25): vetting decisions to be quality assured by a second reviewer.",
     update="QA process drafted.", category="not_on_hmicfrs_list",
     why="internal audit action, not an HMICFRS item")

# ---- OL refs, chronological entry order; sub-actions take parent number + letter
refs = []
n = 100
letters = {}
prev_key = None
for i, (fi, hk, cat, why) in enumerate(TRUTH):
    r = F[fi]
    if r["cat"] == "Sub-action" and prev_key == hk:
        letters[hk] += 1
        r["ol"] = f"OL-{n:04d}{'abcdefgh'[letters[hk]]}"
    elif r["cat"] == "Sub-action":
        n += 1
        letters[hk] = 0
        r["ol"] = f"OL-{n:04d}a"
    else:
        n += 1
        r["ol"] = f"OL-{n:04d}"
        if r["status"] == "Split":
            letters[hk] = -1
    prev_key = hk


def first_ol(hk):
    return next(F[fi]["ol"] for fi, k, *_ in TRUTH if k == hk)


def resolve(text):
    if not isinstance(text, str):
        return text
    text = re.sub(r"\{OL:(\w+)\}", lambda m: first_ol(m.group(1)), text)
    text = re.sub(r"\{DUP:(\w+)\}", lambda m: [F[fi]["ol"] for fi, k, *_ in TRUTH
                                                  if k == m.group(1)][-1], text)
    return re.sub(r"\{SUBS:(\w+)\}", lambda m: "{} to {}".format(
        *[F[fi]["ol"] for fi, k, *_ in TRUTH if k == m.group(1)
          and F[fi]["cat"] == "Sub-action"][::3]), text)


for r in F:
    for fld in ("linked", "update", "text"):
        r[fld] = resolve(r[fld])
TRUTH = [(fi, hk, cat, resolve(why)) for fi, hk, cat, why in TRUTH]

# ---------------------------------------------------------------- write tracker.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "OL Register"
ws["A1"] = "Lincolnshire Police – Organisational Learning Register"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("HMICFRS, internal audit, peer review and OPCC recommendations. Maintained by the "
            "Organisational Learning & Assurance Team. Extract for the Joint Independent Audit "
            "Committee.")
ws["A3"] = "Version 14.2 – updated 22/11/2024 – OFFICIAL"
HDR = ["OL Ref", "Source", "Source document", "Date of report", "Category", "HMICFRS ref",
       "Learning / recommendation", "Owner", "Status", "Linked OL ref", "Latest update",
       "Closed date"]
HR = 5
for c, v in enumerate(HDR, 1):
    cell = ws.cell(HR, c, v)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
grey = PatternFill("solid", fgColor="D9D9D9")
frow_of = {}
for i, r in enumerate(F):
    row = HR + 1 + i
    frow_of[i] = row
    vals = [r["ol"], r["source"], r["doc"], r["date"], r["cat"], r["href"], r["text"], r["owner"],
            r["status"], r["linked"], r["update"], r["closed"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
        if r["status"] in ("Closed", "Closed – BAU", "Merged"):
            cell.fill = grey
last = HR + len(F)
ws.cell(last + 2, 1, "Closed, merged and duplicate entries are retained for audit trail. "
        "See 'Status key'.").font = Font(italic=True)
for col, wdt in zip("ABCDEFGHIJKL", [10, 13, 26, 12, 14, 11, 70, 24, 15, 20, 50, 12]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A6"
ws.auto_filter.ref = f"A{HR}:L{last}"
key = wb.create_sheet("Status key")
for rr in [("Status", "Meaning"),
           ("Open", "Work in progress, within target date"),
           ("Open - overdue", "Work in progress, past target date"),
           ("Pending closure", "Owner reports complete; evidence with OL team for Force "
            "Assurance Board sign-off"),
           ("Closed", "Signed off by Force Assurance Board"),
           ("Closed – BAU", "Signed off; now monitored as business as usual"),
           ("Merged", "Same ask as another entry; tracked under the Linked OL ref and takes its "
            "status"),
           ("Duplicate", "Entered twice in error; closed, and tracked under the Linked OL ref"),
           ("Split", "Broken into sub-actions (a, b, c ...); status follows the sub-actions")]:
    key.append(list(rr))
key["A1"].font = key["B1"].font = Font(bold=True)
key.column_dimensions["B"].width = 90
wb.properties.creator = "OL&A Team"
wb.properties.created = wb.properties.modified = dt.datetime(2024, 11, 22, 9, 0)
tmp = io.BytesIO()
wb.save(tmp)
# rewrite the zip with fixed timestamps so the build is byte for byte repeatable
import zipfile  # noqa: E402
src = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
outb = io.BytesIO()
with zipfile.ZipFile(outb, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-11-22T09:00:00Z", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-11-22T09:00:00Z", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 22, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
(OUT / "tracker.xlsx").write_bytes(outb.getvalue())

# ---------------------------------------------------------------- truth.csv
lines = []
matched = set()
for fi, hk, cat, why in TRUTH:
    hr = f"hmicfrs.csv!{hrow_of[hk]}" if hk else ""
    if hk:
        matched.add(hk)
    lines.append((hr, f"OL Register!{frow_of[fi]}", cat, why))
for k in hrows:
    if k not in matched:
        lines.append((f"hmicfrs.csv!{hrow_of[k]}", "", "missing_from_force",
                      f"HMICFRS {H[k]['status']}; no entry in the OL Register"))
lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 999,
                          int(x[1].split("!")[1]) if x[1] else 0))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(lines)
(OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
print(len(hrows), "hmicfrs items;", len(F), "force rows;", len(lines), "truth lines")
