"""Build the evaluation case `reports_lookup_relational`.

HMICFRS side: a relational monitoring-portal export. The workbook holds a
"Recommendations" sheet whose items carry only a Report ID code (RPT-nnnn), a
separate "Reports" lookup sheet (code, title, publication date, programme, scope)
and a "Field guide" sheet. Items are sorted by Status then Rec ID, so reports are
interleaved; the report of an item is only known through the lookup.

Force side: an ordinary Excel tracker grouped under the force's own report
headings, with a RAG column, a partly filled "HMICFRS ref" column, split rows and
local actions.

Run:  /work/main/.venv/bin/python build_reports_lookup_relational.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts  # noqa: E402  (real public HMICFRS texts, OGL)
from texts import force as TF  # noqa: E402
from texts import national as TN  # noqa: E402
from texts import tracker as TT  # noqa: E402

SEED = 5814
random.seed(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "reports_lookup_relational")
os.makedirs(CASE, exist_ok=True)

FORCE = "Cheshire Constabulary"
AREA = "Cheshire"
NEIGH = "Merseyside Police"

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

NATIONAL = TN.NATIONAL


def nat(key, i):
    return NATIONAL[key][2][i][1]


B = TF.BODIES


def body(prefix):
    for b in B:
        if b.startswith(prefix):
            return b.replace("{area}", AREA).replace("{neighbour}", NEIGH)
    raise KeyError(prefix)


def tb(prefix, topic):
    for b in TT.TOPIC_BODIES:
        if b.startswith(prefix):
            return b.replace("{t}", topic)
    raise KeyError(prefix)


CAUSES = [c.replace("{force}", FORCE).replace("{neighbour}", NEIGH) for c in TF.CAUSES]

# ---------------------------------------------------------------------------
# Reports lookup: code -> (title, published, programme, scope, force heading)
# ---------------------------------------------------------------------------
REPORTS = {
    "RPT-0118": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Thematic", "All forces",
                 "Stop & Search powers (HMIC 2013) – published July 2013"),
    "RPT-0131": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Thematic", "All forces",
                 "Domestic abuse - Everyone's business (March 2014)"),
    "RPT-0140": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Valuing the Police", "All forces",
                 "Policing in Austerity – Meeting the Challenge (July 2014)"),
    "RPT-0146": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Thematic", "All forces",
                 "Core business (Sept 2014)"),
    "RPT-0152": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Thematic", "All forces",
                 "Integrity Matters 2015"),
    "RPT-0158": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Thematic", "All forces", None),
    "RPT-0163": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Thematic", "All forces",
                 "Information management (Building the Picture) July 2015"),
    "RPT-0171": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Thematic", "All forces",
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "RPT-0185": ("Crime data integrity inspection 2016 – Cheshire Constabulary", dt.date(2016, 9, 22),
                 "Crime data integrity", "Force", "CDI inspection 2016 (published 22/09/2016)"),
    "RPT-0192": ("PEEL: Police effectiveness 2016 – Cheshire Constabulary", dt.date(2017, 3, 2),
                 "PEEL", "Force", "PEEL Effectiveness 2016 (published March 2017)"),
    "RPT-0205": ("National child protection inspection 2017 – Cheshire Constabulary", dt.date(2017, 6, 15),
                 "National child protection inspection", "Force", "NCPI 2017 (June 2017)"),
    "RPT-0211": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Thematic", "All forces",
                 "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                 "published 24 October 2017"),
    "RPT-0214": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL", "All forces",
                 "PEEL Efficiency 17 (all forces)"),
    "RPT-0217": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL", "All forces",
                 "PEEL Legit 17 S&S (national)"),
    "RPT-0220": ("PEEL: Police legitimacy 2017 – Cheshire Constabulary", dt.date(2017, 12, 12),
                 "PEEL", "Force", "PEEL Legitimacy 2017 (Cheshire) – December 2017"),
    "RPT-0224": ("PEEL: Police effectiveness 2017 – Cheshire Constabulary", dt.date(2018, 3, 22),
                 "PEEL", "Force", "PEEL Eff 17 (published March 2018)"),
    "RPT-0236": ("Report on an unannounced inspection visit to police custody suites in Cheshire",
                 dt.date(2018, 8, 14), "Custody (joint with HMIP)", "Force",
                 "HMICFRS/HMIP custody 2018"),
    "RPT-0247": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cheshire Constabulary",
                 dt.date(2019, 5, 2), "PEEL", "Force", "PEEL 2018/19 (published May 2019)"),
    "RPT-0288": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Spotlight", "All forces",
                 "Police powers spotlight (Feb 21)"),
    "RPT-0302": ("Crime data integrity inspection 2021 – Cheshire Constabulary", dt.date(2021, 9, 16),
                 "Crime data integrity", "Force", "CDI 2021"),
    "RPT-0311": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire Constabulary",
                 dt.date(2022, 5, 12), "PEEL", "Force", "PEEL 2021/22 (published 12 May 2022)"),
    "RPT-0334": ("PEEL 2023–25: An inspection of Cheshire Constabulary", dt.date(2024, 2, 8),
                 "PEEL", "Force", "PEEL 2023-25 (Feb 2024) – NEW"),
    # lookup rows with no items against the force (other forces' collaborations etc.)
    "RPT-0197": ("PEEL: Police efficiency 2016 – Cheshire Constabulary", dt.date(2016, 11, 3),
                 "PEEL", "Force", None),
    "RPT-0296": ("A joint thematic inspection of the police and Crown Prosecution Service’s response "
                 "to rape – Phase 2", dt.date(2022, 2, 24), "Joint thematic", "All forces", None),
}

# ---------------------------------------------------------------------------
# Items.  Each: key, report, type, text, hstatus, hcomment, force spec.
# force spec: None (missing) or dict(cat, rag, text, type, ref, upd, sub, heading, split, why)
# ---------------------------------------------------------------------------
SAS13_3 = nat("sas13", 2)
SAS15 = nat("sas15", 0)
MISSING_KIDS = ("Within three months, the force should " + body("review its approach to reports of missing")
                + ".")

ITEMS = []


def item(key, rpt, typ, text, hst, force, hcomment="", link=None):
    ITEMS.append(dict(key=key, rpt=rpt, type=typ, text=text, hst=hst, force=force,
                      hcomment=hcomment, link=link))


def F(cat, rag, why, text=None, type=None, ref=False, upd=None, sub=None, heading=None,
      split=None, lead=None):
    return dict(cat=cat, rag=rag, why=why, text=text, type=type, ref=ref, upd=upd, sub=sub,
                heading=heading, split=split, lead=lead)


def abbr(t, n=3):
    """The force analyst's shorthand: apply a few of the common abbreviations."""
    out = t
    done = 0
    for pat, rep in TT.ABBREVIATIONS:
        if pat == r"\band\b":
            continue
        new = re.sub(pat, lambda m: (rep[0].upper() + rep[1:]) if m.group(0)[0].isupper() and m.start() == 0 else rep,
                     out, flags=re.I)
        if new != out:
            out = new
            done += 1
        if done >= n:
            break
    return out


def strip_stem(t):
    return re.sub(r"^(HMIC recommends that (within six months )?the force should( immediately)?:\s*)",
                  "", t)


SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
              "inspections. Where a cause of concern still exists this will appear in the register "
              "against these subsequent inspections.")
AUTH_CLOSE = "This recommendation is complete"

# --- national: Stop and search 2013
item("sas13_1", "RPT-0118", NAT, nat("sas13", 0), "Complete",
     F("in_sync", "GREEN", "closed on both; force text verbatim",
       upd="Complete – APP adopted in force policy 2014."), AUTH_CLOSE)
item("sas13_2", "RPT-0118", NAT, nat("sas13", 1), "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS Being progressed; force GREEN with closure submission date",
       text=abbr(nat("sas13", 1)), upd="Monthly S&S scrutiny board in place; BWV dip-sampling embedded.",
       sub="14/09/2023"))
item("sas13_3", "RPT-0118", NAT, SAS13_3, "Complete",
     F("closeable_local", "AMBER",
       "HMICFRS closed (Complete); force AMBER. Text says 'elected local policing bodies' and sits under "
       "the 2013 heading, so it is the 2013 item, not the near-identical 2015 one",
       upd="Scrutiny panel ToR under review with OPCC.", ref=True), AUTH_CLOSE)
# --- Everyone's business
item("everyone", "RPT-0131", NAT, TN.EVERYONE_PLAN, "Superseded",
     F("closeable_local", "AMBER", "HMICFRS closed as Superseded; force still AMBER",
       text=("By September 2014, every police force should establish & publish an action plan that "
             "specifies in detail what steps it will take to improve its approach to DA (developed in "
             "consultation with PCCs, DA support organisations and victims' reps; after consideration of "
             "all recs; with reference to DHRs and IPCC findings; drawing on CPS scrutiny panels and MARAC "
             "self-assessments)."),
       upd="DA action plan refreshed annually – next refresh due April.", ref=True), SUPERSEDED)
# --- Core business (item 2 only on HMICFRS list; force also has item 1)
item("core_2", "RPT-0146", NAT, nat("core", 1), "Being progressed",
     F("in_sync", "AMBER", "open on both", upd=TT.PROGRESS[10]))
# --- Integrity matters
item("integrity", "RPT-0152", NAT, nat("integrity", 0), "Complete",
     F("in_sync", "GREEN", "closed on both", upd="PSD disproportionality review completed 2016."),
     AUTH_CLOSE)
# --- Stop and search 2 (2015): not tracked by the force
item("sas15", "RPT-0158", NAT, SAS15, "Awaiting review", None)
# --- Building the picture
item("picture", "RPT-0163", NAT, nat("picture", 0), "Being progressed",
     F("in_sync", "AMBER", "open on both; force text abbreviated",
       text=abbr(nat("picture", 0)), upd="Information Management Board quarterly audit report."))
# --- Firearms licensing 2015
item("fa_1", "RPT-0171", NAT, nat("firearms", 0), "Complete",
     F("in_sync", "GREEN", "closed on both", upd="Governance aligned to APP.", ref=True), AUTH_CLOSE)
item("fa_2", "RPT-0171", NAT, nat("firearms", 1), "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       text=abbr(nat("firearms", 1)), upd=TT.PROGRESS[9], sub="03/11/2023"))
item("fa_3", "RPT-0171", NAT, nat("firearms", 2), "Complete",
     F("in_sync", "Green", "closed on both (force 'Green' in mixed case)",
       upd="All total expired records reviewed."), AUTH_CLOSE)
item("fa_4", "RPT-0171", NAT, nat("firearms", 3), "Being progressed", None)
item("fa_5", "RPT-0171", NAT, nat("firearms", 4), "Being progressed",
     F("conflict", "AMBER",
       "timescale differs: HMICFRS 'Within three months', force row 'Within six months'",
       text=nat("firearms", 4).replace("Within three months", "Within six months"),
       upd="Control room flag on STORM being tested."))
# --- CDI 2016 (force)
CDI_VICTIMS = "HMIC recommends that the force should immediately: " + TF.CDI_VICTIMS_BODY + ";"
cdi_bullets = [b.strip().rstrip(";").rstrip(" and").rstrip(";") for b in TF.CDI_VICTIMS_BODY.split("•")[1:]]
item("cdi_victims", "RPT-0185", REC, CDI_VICTIMS, "Closure requested",
     F("closeable_submit", "GREEN",
       "HMICFRS 'Closure requested' is still open; force split the recommendation into one row per "
       "bullet, all GREEN",
       split=[("Put in place arrangements to ensure that " + b[0].lower() + b[1:] + ".", "GREEN",
               u) for b, u in zip(cdi_bullets, [
                   "Victim-first ethos in CDI training; audit shows 96% compliance.",
                   "Incident log QA by Contact Centre supervisors.",
                   "Multiple crimes check added to crime bureau workflow.",
                   "Practice stopped – policy amended Jan 2017.",
                   "Online reports triaged by THRIVE desk since 2018."])],
       sub="02/02/2024", ref=True),
     "Force evidence received 02/02/2024 – with CDI team for review.")
item("cdi_cms", "RPT-0185", REC, "Within six months the force should " + body("improve its use of its crime-recording") + ".",
     "Complete", F("in_sync", "GREEN", "closed on both", upd="Niche case file module rolled out."),
     AUTH_CLOSE)
item("cdi_cautions", "RPT-0185", REC,
     "Within three months, the force should " + body("revise its approach to cautions") + ".",
     "Being progressed",
     F("in_sync", "AMBER", "open on both; force abbreviation and misspelling",
       text=("Within 3 months, the force should revise its approach to cautions, cannabis warning & PNDs "
             "to ensure there is a clear & auditable explanation to the offender of the implications of "
             "recieving the warning and that, for victim-based crimes, the views of the victim are "
             "considered prior to their issue."),
       upd="OOCD scrutiny panel reviewing sample."))
# --- PEEL effectiveness 2016 (force)
item("eff16_coc", "RPT-0192", COC, CAUSES[0], "Superseded",
     F("closeable_local", "AMBER", "HMICFRS closed (Superseded); force still AMBER",
       upd="See PEEL Eff 2017 DA items."), SUPERSEDED)
item("eff16_dash", "RPT-0192", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + body("take steps to ensure that there is effective supervision") + ".",
     "Superseded",
     F("in_sync", "GREEN", "closed on both (HMICFRS Superseded, force GREEN)",
       upd="DASH supervision check on Niche.", ref=True), SUPERSEDED, link="eff16_coc")
CSE_UNDERSTAND = "The force should " + tb("improve its understanding of the nature", "child sexual exploitation") + "."
item("eff16_cse", "RPT-0192", AFI, CSE_UNDERSTAND, "Superseded",
     F("closeable_local", "AMBER",
       "HMICFRS closed (Superseded); force AMBER. Same text as the 2017 AFI: decided by report "
       "(Reports lookup RPT-0192 = PEEL effectiveness 2016, force row under PEEL Effectiveness 2016)",
       upd="Carried forward to PEEL Eff 17 AFI."), SUPERSEDED)
item("eff16_osca", "RPT-0192", AFI,
     "The force should " + tb("make sure it has enough specialist", "online child sexual abuse") + ".",
     "Complete", F("in_sync", "GREEN", "closed on both", upd="POLIT uplift of 6 DCs."), AUTH_CLOSE)
# --- NCPI 2017
item("ncpi_coc", "RPT-0205", COC, CAUSES[1], "Being progressed",
     F("in_sync", "AMBER", "open on both", upd="Missing Persons Improvement Plan in place."))
item("ncpi_missing", "RPT-0205", REC, MISSING_KIDS, "Being progressed",
     F("conflict", "AMBER",
       "force row omits the third bullet (supervisors' oversight of missing person enquiries)",
       text=("Within three months, the force should review its approach to reports of missing children "
             "and take steps to ensure that:\n• call takers understand and use the missing and absent "
             "category appropriately;\n• call takers and frontline staff have the necessary knowledge to "
             "identify risk factors associated with CSE and how to respond to such cases."),
       upd="Call taker training delivered Q3."), link="ncpi_coc")
item("ncpi_partners", "RPT-0205", REC,
     "Within six months the force should " + tb("improve how it works with partner", "child sexual exploitation") + ".",
     "Complete",
     F("closeable_local", "AMBER", "HMICFRS closed (Complete); force still AMBER",
       upd="Pan-Cheshire CSE sub-group meeting monthly."), AUTH_CLOSE)
item("ncpi_training", "RPT-0205", REC,
     "Within six months the force should " + tb("make sure officers and staff have the training", "online child sexual abuse") + ".",
     "Being progressed",
     F("closeable_submit", "Pending sign off",
       "HMICFRS open; force status 'Pending sign off' = force says done",
       upd="Training complete (94%). Pending sign off by ACC Crime."))
# --- Stolen freedom 2017
item("sf_1", "RPT-0211", NAT, TN.SF_LEADERSHIP, "Being progressed",
     F("in_sync", "AMBER", "open on both; force abbreviates MSHT",
       text=("Within twelve months, forces should review their leadership & governance arrangements for "
             "MSHT, to ensure that: senior leaders prioritise the response to MSHT; every incident of "
             "modern slavery identified to police is allocated appropriate resources with the skills, "
             "experience & capacity to investigate it effectively; forces develop effective partnership "
             "arrangements to co-ordinate activity in order to share information & safeguard victims; "
             "and performance & QA measures are in place to allow senior leaders to assess the nature & "
             "quality of the service provided to victims."),
       upd="MSHT Gold group chaired by ACC Crime."))
item("sf_2", "RPT-0211", NAT, nat("stolen", 1), "Complete",
     F("in_sync", "GREEN", "closed on both; HMICFRS text has a stray footnote '86', force text has not",
       text=TN.MSHT_INTEL, upd="ISAs signed with all four local authorities."), AUTH_CLOSE)
item("sf_3", "RPT-0211", NAT, nat("stolen", 2), "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="s45 defence guidance issued; CPS liaison agreed.", sub="21/12/2023", ref=True))
item("sf_4", "RPT-0211", NAT, nat("stolen", 3), "Complete",
     F("closeable_local", "AMBER", "HMICFRS closed (Complete); force still AMBER",
       text=abbr(nat("stolen", 3)), upd="Duty to Notify compliance audit planned."), AUTH_CLOSE)
item("sf_5", "RPT-0211", NAT, nat("stolen", 4), "Being progressed", None)
item("sf_6", "RPT-0211", NAT, nat("stolen", 5), "Being progressed",
     F("in_sync", "AMBER", "open on both", upd="MSHT investigations moved to Force CID."))
item("sf_7", "RPT-0211", NAT, nat("stolen", 6), "Awaiting review",
     F("in_sync", "RED", "open on both (RED)", upd=TT.PROGRESS[11]))
# --- PEEL efficiency 2017 national
item("digital", "RPT-0214", NAT, nat("efc17", 0), "Being progressed",
     F("closeable_submit", "GREEN",
       "HMICFRS open; force GREEN. Force copied only the first sentence (the second is addressed to "
       "the Home Office, NPCC and APCC, not a force ask)",
       text=TN.DIGITAL, upd="Digital Policing Strategy 2019-24 approved by COG.", sub="07/08/2023"))
# --- PEEL legitimacy 2017 national
item("leg17_coc", "RPT-0217", COC, nat("leg17", 0), "Complete",
     F("in_sync", "GREEN", "closed on both", upd="Covered by S&S recs below."), AUTH_CLOSE)
sas_b = [s.strip().rstrip(";").removesuffix(" and").rstrip(";").strip() for s in TN.SAS_MONITORING_2017.split("•")[1:]]
item("leg17_mon", "RPT-0217", NAT, TN.SAS_MONITORING_2017, "Complete",
     F("in_sync", "GREEN", "closed on both; force split into one row per bullet, all GREEN",
       split=[("S&S monitoring to understand " + b.rstrip(".") + ".", "GREEN", u)
              for b, u in zip(sas_b, ["Disproportionality dashboard live.", "Find rates by ethnicity published.",
                                      "Possession-only searches reviewed quarterly."])]),
     AUTH_CLOSE, link="leg17_coc")
item("leg17_disp", "RPT-0217", NAT, nat("leg17", 2), "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="Independent analysis by university partner published.", sub="30/01/2024"), link="leg17_coc")
item("leg17_pub", "RPT-0217", NAT, nat("leg17", 3), "Being progressed",
     F("in_sync", "AMBER", "open on both", upd="2023 annual report drafted."), link="leg17_coc")
item("leg17_train", "RPT-0217", NAT, nat("leg17", 4), "Complete",
     F("in_sync", "GREEN", "closed on both", upd="Unconscious bias training 98% complete."),
     AUTH_CLOSE, link="leg17_coc")
# --- PEEL legitimacy 2017 (force)
item("leg_whistle", "RPT-0220", AFI, "The force should " + body("make sure it provides a confidential way") + ".",
     "Complete", F("in_sync", "GREEN", "closed on both", upd="Integrity line relaunched."), AUTH_CLOSE)
item("leg_support", "RPT-0220", AFI, "The force should " + body("review the support available") + ".",
     "Being progressed", F("in_sync", "AMBER", "open on both", upd="Welfare support review with Federation."))
item("leg_eqdata", "RPT-0220", AFI, "The force should " + body("review how it gathers and uses equality") + ".",
     "Being progressed",
     F("conflict", "AMBER",
       "type differs: HMICFRS 'Area for improvement', force row typed 'Recommendation'",
       type="Recommendation", upd="HR system self-declaration campaign."))
# --- PEEL effectiveness 2017 (force)
item("eff17_cse", "RPT-0224", AFI, CSE_UNDERSTAND, "Being progressed",
     F("in_sync", "AMBER",
       "open on both. Same text as the 2016 AFI: decided by report (RPT-0224 = PEEL effectiveness 2017)",
       upd="CSE problem profile refreshed Nov 2023."))
item("eff17_cl", "RPT-0224", AFI,
     "The force should " + tb("improve the way it manages the risk", "county lines drug dealing") + ".",
     "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="Op Encompass county lines team established.", sub="12/10/2023"))
item("eff17_phone", "RPT-0224", AFI, "The force should " + body("cease the practice of conducting") + ".",
     "Complete", F("in_sync", "GREEN", "closed on both", upd="Telephone DASH stopped."), AUTH_CLOSE)
item("eff17_arrest", "RPT-0224", AFI, "The force should " + body("consider ways of increasing the use of arrest") + ".",
     "Complete",
     F("closeable_local", "AMBER", "HMICFRS closed (Complete); force still AMBER",
       text=abbr("The force should " + body("consider ways of increasing the use of arrest") + "."),
       upd="Arrest rate monitored at DA Board."), AUTH_CLOSE)
item("eff17_support", "RPT-0224", AFI, "The force should " + body("take steps to understand and address") + ".",
     "Being progressed", None)
# --- Custody 2018
CUSTODY = body("in conjunction with children")
cust_parts = CUSTODY.split("•")
cust_b = [p.strip().removesuffix("; and").rstrip(";").strip() for p in cust_parts[1:]]
item("custody_kids", "RPT-0236", REC, "The force should, " + CUSTODY + ".", "Being progressed",
     F("in_sync", None,
       "HMICFRS open; force split into four rows (two GREEN, two AMBER): the recommendation as a whole "
       "is not done, so open on both",
       split=[("Children in custody: " + cust_b[0] + ".", "GREEN", "Custody inspector authority required."),
              ("Children in custody: " + cust_b[1] + ".", "AMBER", "Concordat with LA children's services not yet signed."),
              ("Children in custody: " + cust_b[2] + ".", "GREEN", "NICHE custody record template amended."),
              ("Children in custody: " + cust_b[3] + ".", "AMBER", "AA scheme re-tender with OPCC.")]))
# --- PEEL 2018/19 (force)
item("p19_coc", "RPT-0247", COC, CAUSES[2], "Complete",
     F("in_sync", "GREEN", "closed on both", upd="Investigative capacity uplift delivered.", ref=True), AUTH_CLOSE)
item("p19_digi", "RPT-0247", REC,
     "HMIC recommends that within six months the force should: " + body("improve its ability to retrieve digital") + ";",
     "Complete", F("in_sync", "GREEN", "closed on both; force dropped the stem",
                   text=strip_stem("HMIC recommends that within six months the force should: "
                                   + body("improve its ability to retrieve digital") + ";"),
                   upd="DMI kiosks in all hubs."), AUTH_CLOSE, link="p19_coc")
item("p19_rui", "RPT-0247", REC,
     "HMIC recommends that within six months the force should: " + body("improve its understanding of suspects released") + ";",
     "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="RUI/bail management unit live.", sub="18/07/2023"), link="p19_coc")
item("p19_costs", "RPT-0247", AFI, "The force should " + body("develop its understanding of the links") + ".",
     "No further action required",
     F("closeable_local", "AMBER", "HMICFRS closed (No further action required); force AMBER",
       upd="Priority-based budgeting pilot."),
     "No further action required – considered as part of PEEL 2021/22 efficiency assessment.")
item("p19_demand", "RPT-0247", AFI, "The force should " + body("undertake further work to gain a fuller") + ".",
     "Being progressed", F("in_sync", "AMBER", "open on both", upd="FMS 2024 demand modelling."))
# --- Police powers spotlight 2021
item("pow_1", "RPT-0288", NAT, nat("powers", 0), "Being progressed",
     F("in_sync", "AMBER", "open on both", upd="Conflict management training in OST 2024."))
item("pow_2", "RPT-0288", NAT, nat("powers", 1), "Being progressed",
     F("conflict", "AMBER", "deadline differs: HMICFRS 'By July 2021', force row 'By July 2022'",
       text=nat("powers", 1).replace("By July 2021", "By July 2022"),
       upd="CPD module drafted; BWV debrief guidance with L&D."))
item("pow_3", "RPT-0288", NAT, TN.BWV_2021, "Complete",
     F("in_sync", "GREEN", "closed on both", upd="BWV policy mandates recording of all S&S encounters."),
     AUTH_CLOSE)
item("pow_4", "RPT-0288", NAT, nat("powers", 3), "No further action required",
     F("in_sync", "WHITE", "HMICFRS closed (NFA, aimed at the Home Office/NPCC); force WHITE = not the "
       "force's to deliver, counted done", upd=TT.PROGRESS[13]),
     "Recommendation directed at the Home Office and NPCC. No action required by forces.")
item("pow_5", "RPT-0288", NAT, nat("powers", 4), "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="Use of force dashboard reviewed at S&S board.", sub="09/01/2024", ref=True))
# --- CDI 2021 (force)
item("cdi21_stalk", "RPT-0302", AFI,
     "The force should " + tb("make sure it records reports of", "stalking and harassment") + ".",
     "Being progressed", F("in_sync", "AMBER", "open on both", upd="Stalking SPOC in crime bureau."))
item("cdi21_hate", "RPT-0302", AFI,
     "The force should " + tb("make sure it records reports of", "hate crime") + ".",
     "Complete", F("in_sync", "GREEN", "closed on both", upd="Hate crime audit 97% compliant."), AUTH_CLOSE)
item("cdi21_msht", "RPT-0302", REC,
     "Within three months, the force should " + body("take steps to ensure it fully complies with national crime") + ".",
     "Being progressed",
     F("in_sync", "AMBER",
       "open on both. Not the Stolen Freedom NCRS item (that one is national, 'Immediately', with audit "
       "capacity clause, and is missing from the tracker): this row sits under CDI 2021",
       text=abbr("Within three months, the force should " + body("take steps to ensure it fully complies with national crime") + "."),
       upd="FCR audit of MSHT crimes scheduled.", ref=True))
# --- PEEL 2021/22 (force)
item("p22_coc", "RPT-0311", COC, CAUSES[4], "Being progressed",
     F("in_sync", "AMBER", "open on both", upd="Vetting backlog down to 212."))
item("p22_vet", "RPT-0311", REC, "Within six months, the force should " + body("ensure all staff have received at least") + ".",
     "Closure requested",
     F("closeable_submit", "GREEN", "HMICFRS 'Closure requested' is still open; force GREEN, submitted",
       upd=TT.PROGRESS[9], sub="15/12/2023", ref=True),
     "Evidence pack received 15/12/2023. Awaiting revisit.", link="p22_coc")
item("p22_victims", "RPT-0311", AFI,
     "The force should " + tb("make sure victims of", "domestic abuse") + ".", "Being progressed",
     F("in_sync", "AMBER", "open on both", type="AFI", upd="VCOP compliance dip-sample monthly."))
item("p22_superv", "RPT-0311", AFI, "The force should " + body("improve the supervision of investigations") + ".",
     "Being progressed",
     F("conflict", "AMBER",
       "report differs: HMICFRS RPT-0311 (PEEL 2021/22), force row filed under PEEL 2018/19",
       heading="RPT-0247", upd="Investigation standards QA framework."))
item("p22_vawg", "RPT-0311", AFI,
     "The force should " + tb("make sure its performance framework", "violence against women and girls") + ".",
     "Complete",
     F("closeable_local", "AMBER", "HMICFRS closed (Complete); force still AMBER",
       upd="VAWG measures added to Force Performance pack."), AUTH_CLOSE)
item("p22_culture", "RPT-0311", AFI, "The force should " + body("put plans in place to monitor") + ".",
     "Being progressed",
     F("closeable_submit", "GREEN", "HMICFRS open; force GREEN, submitted",
       upd="Pulse survey and culture dashboard live.", sub="20/11/2023"))
item("p22_control", "RPT-0311", AFI, TN.CONTROL_ROOM, "Being progressed",
     F("conflict", "AMBER",
       "reference differs: the force's HMICFRS ref has two digits transposed and matches no item on "
       "the list; text and report agree with this item",
       ref="transposed", upd="Contact centre establishment review."))
# --- PEEL 2023-25 (force) - new items
item("p25_oversight", "RPT-0334", AFI, "The force should " + body("make sure there are appropriate strategic") + ".",
     "Awaiting review", F("in_sync", "AMBER", "open on both", upd="Force Improvement Board established."))
item("p25_risk", "RPT-0334", AFI, "The force should " + body("make sure the corporate risk register") + ".",
     "Awaiting review", None)
item("p25_perf", "RPT-0334", AFI, "The force should " + body("make sure all processes in place to support") + ".",
     "Awaiting review", F("in_sync", "RED", "open on both (RED)", upd=None))
item("p25_data", "RPT-0334", AFI, "The force should " + body("make sure it has access to accurate data") + ".",
     "Awaiting review", None)
item("p25_access", "RPT-0334", AFI, "The force should " + body("make sure it provides accessible information") + ".",
     "Awaiting review",
     F("closeable_submit", "GREEN", "HMICFRS open (Awaiting review); force GREEN, submitted",
       upd="Speak Up intranet page and external signposting published.", sub="29/02/2024"))
item("p25_checks", "RPT-0334", AFI, "The force should " + body("immediately review its current background") + ".",
     "Awaiting review", F("in_sync", "AMBER", "open on both", upd="Vetting unit reviewing checks."))

# Force rows that are not on the HMICFRS list: (heading report, type, text, rag, update, why)
NOT_ON_LIST = [
    ("RPT-0140", "National Rec", nat("austerity", 0), "AMBER",
     "MTFP savings plan reviewed annually.",
     "Policing in Austerity item: the report is on the Reports lookup but no item against the force "
     "is on the list (closed earlier by HMICFRS)"),
    ("RPT-0146", "National Rec", nat("core", 0), "GREEN",
     "THRIVE+ adopted in Contact Centre.",
     "Core Business first recommendation: only the second Core Business item is on the list"),
    ("RPT-0311", "Local action", "Local action: " + TT.LOCAL_ACTIONS[6].replace("{t}", "vetting"), "GREEN",
     "Added Jan 2024.", "force's own local action"),
    ("RPT-0334", "Local action", "Force improvement plan: " + TT.LOCAL_ACTIONS[0].replace("{t}", "corporate risk management"),
     "AMBER", "T&F group first meeting 14/03.", "force's own local action"),
    ("RPT-0211", "", "JAC action: " + TT.LOCAL_ACTIONS[2].replace("{t}", "modern slavery"), "AMBER",
     "First sample Q4.", "force's own local action (type blank, 'JAC action:' prefix)"),
    ("RPT-0205", "Local action", "Local action: " + TT.LOCAL_ACTIONS[5].replace("{t}", "missing children"),
     "GREEN", "SPOCs named in all 3 LPAs.", "force's own local action"),
]

# ---------------------------------------------------------------------------
# Assign Rec IDs: ascending with publication date, with gaps.
# ---------------------------------------------------------------------------
order = sorted(REPORTS, key=lambda c: (REPORTS[c][1], c))
rid = 2290
ids = {}
for code in order:
    rid += random.randint(180, 900)
    for it in [i for i in ITEMS if i["rpt"] == code]:
        rid += random.randint(1, 9)
        ids[it["key"]] = rid
for it in ITEMS:
    it["id"] = ids[it["key"]]
all_ids = set(ids.values())
# the transposed reference
tr = str(ids["p22_control"])
for a in range(1, len(tr) - 1):
    cand = tr[:a] + tr[a + 1] + tr[a] + tr[a + 2:]
    if cand != tr and int(cand) not in all_ids and cand[0] != "0":
        TRANSPOSED = cand
        break

STATUS_ORDER = ["Awaiting review", "Being progressed", "Closure requested", "Complete",
                "No further action required", "Superseded"]

# status dates
for it in ITEMS:
    pub = REPORTS[it["rpt"]][1]
    if it["hst"] == "Awaiting review":
        d = pub + dt.timedelta(days=random.randint(1, 20))
    elif it["hst"] in ("Being progressed",):
        d = max(pub + dt.timedelta(days=random.randint(30, 400)), dt.date(2015, 1, 1))
    elif it["hst"] == "Closure requested":
        d = dt.date(2024, 2, 2) if it["key"] == "cdi_victims" else dt.date(2023, 12, 15)
    else:
        d = pub + dt.timedelta(days=random.randint(300, 1500))
    it["hdate"] = min(d, dt.date(2024, 3, 1))

# ---------------------------------------------------------------------------
# HMICFRS workbook
# ---------------------------------------------------------------------------
thin = Side(style="thin", color="BFBFBF")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="1F3864")
HFONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
ws["A1"] = ("HMICFRS Monitoring Portal – Recommendations and AFIs export   |   Force: Cheshire Constabulary   |   "
            "Extracted 04/03/2024 07:52 by Force Liaison Lead   |   OFFICIAL-SENSITIVE")
ws["A1"].font = Font(bold=True)
ws["A2"] = "Filter applied: Force = Cheshire Constabulary; Status = All; Sort: Status, Rec ID"
ws["A2"].font = Font(italic=True, color="595959")
hhead = ["Rec ID", "Report ID", "Item type", "Recommendation / AFI text", "Linked CoC (Rec ID)",
         "Status", "Status date", "HMICFRS comment", "Last updated by"]
HEADER_ROW = 4
for c, h in enumerate(hhead, 1):
    cell = ws.cell(HEADER_ROW, c, h)
    cell.fill, cell.font, cell.border = HFILL, HFONT, BORDER
    cell.alignment = Alignment(wrap_text=True, vertical="center")
hitems = sorted(ITEMS, key=lambda i: (STATUS_ORDER.index(i["hst"]), i["id"]))
HTYPE = {REC: "Recommendation", AFI: "Area for improvement", COC: "Cause of concern",
         NAT: "National recommendation"}
r = HEADER_ROW + 1
for it in hitems:
    link = ids[it["link"]] if it["link"] else None
    upd_by = {"Awaiting review": "System (import)", "Closure requested": "Force Liaison Lead"}.get(
        it["hst"], random.choice(["Force Liaison Lead", "Portfolio Lead – Crime", "Monitoring team"]))
    if not it["hcomment"] and it["hst"] == "Being progressed" and random.random() < 0.35:
        it["hcomment"] = random.choice([
            "The progress of the implementation of this recommendation is currently being monitored by "
            "HMICFRS and this record will, in due course, be updated.",
            "The status of this recommendation is currently being reviewed by HMICFRS and will be updated "
            "when this review is complete."])
    vals = [it["id"], it["rpt"], HTYPE[it["type"]], it["text"], link, it["hst"], it["hdate"],
            it["hcomment"] or None, upd_by]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border, cell.alignment = BORDER, WRAP
    ws.cell(r, 7).number_format = "dd/mm/yyyy"
    it["hrow"] = f"Recommendations!{r}"
    r += 1
last_h = r - 1
ws.cell(r + 1, 1, f"{len(hitems)} records").font = Font(italic=True)
ws.auto_filter.ref = f"A{HEADER_ROW}:I{last_h}"
ws.freeze_panes = f"A{HEADER_ROW + 1}"
for col, w in zip("ABCDEFGHI", [9, 11, 22, 90, 12, 20, 12, 45, 22]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("Reports")
rhead = ["Report ID", "Report title", "Publication date", "Inspection programme", "Scope"]
for c, h in enumerate(rhead, 1):
    cell = ws2.cell(1, c, h)
    cell.fill, cell.font, cell.border = HFILL, HFONT, BORDER
# sorted by title, as the portal's lookup table is
for i, code in enumerate(sorted(REPORTS, key=lambda c: REPORTS[c][0].lower()), 2):
    t, d, prog, scope, _ = REPORTS[code]
    for c, v in enumerate([code, t, d, prog, scope], 1):
        cell = ws2.cell(i, c, v)
        cell.border = BORDER
    ws2.cell(i, 3).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDE", [11, 100, 14, 34, 12]):
    ws2.column_dimensions[col].width = w

ws3 = wb.create_sheet("Field guide")
guide = [
    ("Field", "Meaning"),
    ("Rec ID", "Unique register number of the recommendation / AFI."),
    ("Report ID", "Key to the Reports sheet (title and publication date)."),
    ("Item type", "Recommendation, Area for improvement, Cause of concern, National recommendation."),
    ("Linked CoC (Rec ID)", "For recommendations made to address a cause of concern: the Rec ID of that cause of concern."),
    ("Status", "Awaiting review / Being progressed / Closure requested – open.  Complete / Superseded / "
               "No further action required – closed."),
    ("Status date", "Date the current status was set."),
]
for i, (a, b) in enumerate(guide, 1):
    ws3.cell(i, 1, a).font = Font(bold=(i == 1))
    ws3.cell(i, 2, b).font = Font(bold=(i == 1))
ws3.column_dimensions["A"].width = 22
ws3.column_dimensions["B"].width = 100

FIXED = dt.datetime(2024, 3, 4, 7, 52, 0)


def save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "HMICFRS" if "hmicfrs" in path else "Strategic Planning & Insight"
    wb.properties.lastModifiedBy = None
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T07:52:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 7, 52, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


save(wb, os.path.join(CASE, "hmicfrs.xlsx"))

# ---------------------------------------------------------------------------
# Force tracker
# ---------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
ws["A1"] = "Cheshire Constabulary – HMICFRS Recommendations & Areas for Improvement Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Owner: Strategic Planning & Insight   |   Version 14   |   Last updated 19/02/2024 (JB)   |   OFFICIAL"
ws["A2"].font = Font(italic=True)
fhead = ["No.", "HMICFRS ref", "Type", "Recommendation / AFI", "Lead", "RAG", "Progress update",
         "Date submitted for closure"]
FH = 4
for c, h in enumerate(fhead, 1):
    cell = ws.cell(FH, c, h)
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
    cell.font, cell.border = Font(bold=True), BORDER
RAGFILL = {"GREEN": "C6EFCE", "Green": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF",
           "Pending sign off": "E2EFDA"}
SECFILL = PatternFill("solid", fgColor="F2F2F2")
LEADS = [l for l in TT.LEADS if l]

FIRST = {"RPT-0146"}  # core business: the force's row for the first recommendation sits above the second

LEAD_RULES = [
    (r"firearm", "Supt Firearms Licensing"),
    (r"custody|detain", "Ch Insp Custody"),
    (r"stop and search|body-worn|use of force|communication skills|S&S", "ACC Local Policing"),
    (r"vetting|misconduct|whistleblow|raise concerns|raised concerns|background checks|integrity",
     "Head of Professional Standards"),
    (r"crime-recording|crime recording|NCRS|records reports of|victims are believed", "Force Crime Registrar"),
    (r"domestic abuse|DASH|missing|child|CSE|vulnerab", "Ch Supt Public Protection"),
    (r"diversity|equality|workforce|cultures", "Director of People"),
    (r"control room|call-handlers|Contact", "Supt Contact Centre"),
    (r"information management", "Head of Information Management"),
    (r"savings|costs|budget|demand for its services|austerity", "Director of Finance"),
    (r"modern slavery|MSHT|county lines|investigat|digital evidence|suspects", "Det Ch Supt Force CID"),
    (r"cautions|disorder", "Head of Criminal Justice"),
    (r"digitally|performance|risk register|oversight", "Head of Corporate Development"),
    (r"crime prevention", "ACC Local Policing"),
]


def lead_for(text):
    if random.random() < 0.06:
        return None
    for pat, lead in LEAD_RULES:
        if re.search(pat, text, flags=re.I):
            return lead
    return "DCC"


FTYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern", NAT: "National Rec"}

force_sections_force = ["RPT-0334", "RPT-0311", "RPT-0302", "RPT-0247", "RPT-0236", "RPT-0224",
                        "RPT-0220", "RPT-0205", "RPT-0192", "RPT-0185"]
force_sections_nat = ["RPT-0118", "RPT-0131", "RPT-0140", "RPT-0146", "RPT-0152", "RPT-0163",
                      "RPT-0171", "RPT-0211", "RPT-0214", "RPT-0217", "RPT-0288"]

truth = []  # (hmicfrs_row, force_row, category, why)
row = FH + 1


def write_row(vals, rag):
    global row
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.border, cell.alignment = BORDER, WRAP
    if rag in RAGFILL:
        ws.cell(row, 6).fill = PatternFill("solid", fgColor=RAGFILL[rag])
    r0 = row
    row += 1
    return f"HMICFRS Tracker!{r0}"


def section(title):
    global row
    ws.cell(row, 1, title).font = Font(bold=True, color="FFFFFF")
    ws.cell(row, 1).fill = PatternFill("solid", fgColor="2F5597")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1


def heading(code):
    global row
    ws.cell(row, 1, REPORTS[code][4]).font = Font(bold=True)
    for c in range(1, 9):
        ws.cell(row, c).fill = SECFILL
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1


def refval(it, spec):
    if spec["ref"] == "transposed":
        return int(TRANSPOSED)
    if spec["ref"]:
        return it["id"] if random.random() < 0.6 else f"ID {it['id']}"
    return None


def sub_date(spec, rag):
    return spec["sub"]


for sect_title, codes in [("FORCE INSPECTIONS (Cheshire Constabulary)", force_sections_force),
                          ("NATIONAL / THEMATIC REPORTS (all forces)", force_sections_nat)]:
    section(sect_title)
    for code in codes:
        heading(code)
        n = 0
        for rpt, typ, txt, rag, upd, why in [x for x in NOT_ON_LIST if x[0] == code and x[0] in FIRST]:
            n += 1
            fr = write_row([n, None, typ or None, txt, lead_for(txt), rag, upd, None], rag)
            truth.append(("", fr, "not_on_hmicfrs_list", why))
        for it in sorted([i for i in ITEMS if i["force"] is not None
                          and (i["force"]["heading"] or i["rpt"]) == code], key=lambda i: i["id"]):
            spec = it["force"]
            n += 1
            lead = spec["lead"] or lead_for(it["text"])
            ftype = spec["type"] or FTYPE[it["type"]]
            if spec["split"]:
                ref = refval(it, spec)
                for k, (txt, rag, upd) in enumerate(spec["split"]):
                    fr = write_row([f"{n}{'abcdefgh'[k]}", ref, ftype, txt, lead, rag, upd,
                                    spec["sub"] if rag in ("GREEN",) and spec["cat"] == "closeable_submit" else None],
                                   rag)
                    truth.append((it["hrow"], fr, spec["cat"], spec["why"] + f" (split row {k + 1} of {len(spec['split'])})"))
            else:
                txt = spec["text"] or it["text"]
                fr = write_row([n, refval(it, spec), ftype, txt, lead, spec["rag"], spec["upd"],
                                spec["sub"]], spec["rag"])
                truth.append((it["hrow"], fr, spec["cat"], spec["why"]))
        for rpt, typ, txt, rag, upd, why in [x for x in NOT_ON_LIST if x[0] == code and x[0] not in FIRST]:
            n += 1
            fr = write_row([n, None, typ or None, txt, lead_for(txt), rag, upd, None], rag)
            truth.append(("", fr, "not_on_hmicfrs_list", why))

row += 1
legend = [
    "RAG key:",
    "GREEN – the recommendation is implemented (submit to HMICFRS for closure and record the date)",
    "AMBER – subject to ongoing work and monitoring but is anticipated will be implemented",
    "RED – beyond designated deadline or cannot / will not be implemented (rationale required)",
    "WHITE – not Cheshire Constabulary's responsibility to deliver or dependent upon another organisation",
    "Pending sign off – lead reports complete; awaiting chief officer sign off before submission",
]
for t in legend:
    ws.cell(row, 1, t).font = Font(italic=True, bold=(t == "RAG key:"))
    row += 1
for col, w in zip("ABCDEFGH", [6, 12, 18, 90, 26, 16, 50, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = f"A{FH + 1}"
save(wb, os.path.join(CASE, "tracker.xlsx"))

# missing_from_force
for it in ITEMS:
    if it["force"] is None:
        why = "on the HMICFRS list, no row in the tracker"
        if it["key"] == "sas15":
            why += ("; the tracker's near-identical row ('elected local policing bodies') is the 2013 item "
                    "under the 2013 heading, and the force has no Stop and Search 2 heading")
        if it["key"] == "sf_5":
            why += "; the tracker's NCRS/MSHT row is the CDI 2021 recommendation"
        truth.append((it["hrow"], "", "missing_from_force", why))


def rowkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10**6
    f = int(t[1].split("!")[1]) if t[1] else 10**6
    return (h, f)


truth.sort(key=rowkey)
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

counts = {}
for t in truth:
    counts[t[2]] = counts.get(t[2], 0) + 1
print("HMICFRS items:", len(ITEMS), " truth lines:", len(truth))
print(counts)
print("transposed ref:", TRANSPOSED, "for", ids["p22_control"])
