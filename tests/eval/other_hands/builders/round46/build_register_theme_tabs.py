"""Build the evaluation case `register_theme_tabs` (round 46, HMICFRS-side layout).

HMICFRS side: a liaison officer's workbook copied, theme by theme, from the older public
HMICFRS recommendations register (one tab per recommendation theme, each entry labelled
"<Report title> (<register id>)" as the theme listing pages show it, status slugs
awaiting-review / being-progressed / complete, ordinal dates, the latest register comment).
Force side: an ordinary Devon and Cornwall Police HMIC(FRS) recommendations tracker (xlsx).

Run:  /work/main/.venv/bin/python build_register_theme_tabs.py
Rebuilds register_theme_tabs/ byte for byte (fixed seed, fixed zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 46_2019_09_02
CASE = "register_theme_tabs"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
TEXTS = Path("/work/main/reconcile/casegen/texts")

# --- real public texts (OGL), imported from the casegen text lists ------------------------
_spec = importlib.util.spec_from_file_location(
    "casetexts", TEXTS / "__init__.py", submodule_search_locations=[str(TEXTS)])
T = importlib.util.module_from_spec(_spec)
sys.modules["casetexts"] = T
_spec.loader.exec_module(T)

rng = random.Random(SEED)

FORCE = "Devon and Cornwall Police"
AREA = "Devon and Cornwall"
NEIGHBOUR = "Dorset Police"


def body(prefix: str) -> str:
    hits = [b for b in T.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, (prefix, len(hits))
    return hits[0].format(area=AREA, neighbour=NEIGHBOUR)


def topic(prefix: str, t: str) -> str:
    hits = [b for b in T.TOPIC_BODIES if b.startswith(prefix)]
    assert len(hits) == 1, (prefix, len(hits))
    return hits[0].format(t=t)


def nat(key: str, i: int) -> str:
    return T.NATIONAL[key][2][i][1]


def coc_cell(cause: str, rec: str) -> str:
    """Register record body: the optional cause-of-concern paragraph, then the recommendation."""
    return f"Cause of concern\n{cause}\n\nRecommendation\n{rec}"


# --- force-side rewording helpers (a force analyst's habits) -------------------------------
def abbr(text: str, amp: bool = False) -> str:
    for pat, rep in T.ABBREVIATIONS:
        if pat == r"\band\b" and not amp:
            continue
        text = re.sub(pat, lambda m, rep=rep: rep[0].upper() + rep[1:]
                      if m.group(0)[0].isupper() else rep, text, flags=re.IGNORECASE)
    return text


def missp(text: str, n: int = 2) -> str:
    done = 0
    for right, wrong in T.MISSPELLINGS.items():
        if done >= n:
            break
        if right in text:
            text = text.replace(right, wrong, 1)
            done += 1
    return text


def unstem(text: str) -> str:
    text = re.sub(r"^HMIC(FRS)? recommends that ", "", text)
    text = text.replace("the force should immediately:", "the force should immediately ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r";( and)?$", ".", text)
    return text[0].upper() + text[1:]


def bullet(line: str) -> str:
    line = line.strip().lstrip("•").strip()
    for suf in ("; and", ";", "."):
        line = line.removesuffix(suf)
    return line


def straight(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


# --- reports -------------------------------------------------------------------------------
# key: (register title, tracker name, published date, tracker's way of writing the date)
D = dt.date
REPORTS = {
    "sas13": (T.NATIONAL["sas13"][0], "Stop and Search 2013", D(2013, 7, 9), "Jul 2013"),
    "everyone": (T.NATIONAL["everyone"][0], "Everyone's Business (DA) 2014", D(2014, 3, 27), None),
    "austerity": (T.NATIONAL["austerity"][0], "Policing in Austerity 2014", D(2014, 7, 22), "Jul-14"),
    "core": (T.NATIONAL["core"][0], "Core Business 2014", D(2014, 9, 4), None),
    "cdi14": ("Crime data integrity inspection 2014 – Devon and Cornwall Police", "CDI 2014",
              D(2014, 11, 18), "Nov 2014"),
    "integrity": (T.NATIONAL["integrity"][0], "Integrity Matters 2015", D(2015, 1, 30), None),
    "sas15": (T.NATIONAL["sas15"][0], "Stop and Search 2 (2015)", D(2015, 3, 24), None),
    "picture": (T.NATIONAL["picture"][0], "Building the Picture 2015", D(2015, 7, 1), None),
    "firearms": (T.NATIONAL["firearms"][0], "Targeting the Risk (Firearms Licensing) 2015",
                 D(2015, 9, 15), None),
    "efc15": ("PEEL: Police efficiency 2015 – Devon and Cornwall Police", "PEEL Efficiency 2015",
              D(2015, 10, 15), "Oct 2015"),
    "leg15": ("PEEL: Police legitimacy 2015 – Devon and Cornwall Police", "PEEL Legitimacy 2015",
              D(2016, 2, 11), None),
    "eff15": ("PEEL: Police effectiveness 2015 – Devon and Cornwall Police",
              "PEEL Effectiveness 2015", D(2016, 2, 25), None),
    "ncpi16": ("National child protection inspection 2016 – Devon and Cornwall Police",
               "NCPI 2016", D(2016, 6, 16), "June 2016"),
    "cust16": ("Report on an unannounced inspection visit to police custody suites in Devon and "
               "Cornwall (2016)", "Custody inspection 2016", D(2016, 8, 9), None),
    "leg16n": (None, "PEEL Legitimacy 2016 - national (S&S)", D(2016, 12, 8), "Dec 2016"),
    "cdi16": ("Crime data integrity inspection 2016 – Devon and Cornwall Police", "CDI 2016",
              D(2017, 2, 9), None),
    "eff16": ("PEEL: Police effectiveness 2016 – Devon and Cornwall Police",
              "PEEL Effectiveness 2016", D(2017, 3, 2), None),
    "stolen": (T.NATIONAL["stolen"][0], "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), None),
    "efc17n": (T.NATIONAL["efc17"][0], "PEEL Efficiency 2017 - national", D(2017, 11, 9), "Nov 2017"),
    "efc17": ("PEEL: Police efficiency 2017 – Devon and Cornwall Police", "PEEL Efficiency 17",
              D(2017, 11, 9), None),
    "leg17n": ("PEEL: police legitimacy 2017", "PEEL Legit 17 S&S (national)", D(2017, 12, 12), None),
    "leg17": ("PEEL: Police legitimacy 2017 – Devon and Cornwall Police", "PEEL Legitimacy 2017",
              D(2017, 12, 12), None),
    "eff17": ("PEEL: Police effectiveness 2017 – Devon and Cornwall Police",
              "PEEL Effectiveness 2017", D(2018, 3, 22), None),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Devon and Cornwall "
              "Police", "PEEL 2018/19", D(2019, 5, 2), "May 2019"),
    "local": (None, "Force actions (not HMICFRS)", None, None),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17n", "leg17n", "leg16n"}

LIST_DATE = D(2019, 9, 2)

COMMENT_NEW = "New recommendation"
COMMENT_MONITOR = ("The progress of the implementation of this recommendation is currently being "
                   "monitored by HMICFRS and this record will, in due course, be updated.")
COMMENT_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will "
                  "be updated when this review is complete.")
COMMENT_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                      "Effectiveness inspections. Where a cause of concern still exists this will "
                      "appear in the register against these subsequent inspections.")
COMMENT_CDI = ("Authorised for closure on the basis of the additional observations offered by "
               "members of the CDI inspection team in recent inspection activity.")
COMMENT_DONE = "This recommendation is complete"

# --- the HMICFRS items ---------------------------------------------------------------------
# Each: id, theme tab, report key, register text, status slug, comment, force rows, category, why
# A force row: dict(ref, type, text, lead, update, rag, sub) -- everything as the tracker has it.
ITEMS: list[dict] = []


def item(hid, theme, rep, text, status, comment, category, why, force=None):
    ITEMS.append(dict(id=hid, theme=theme, rep=rep, text=text, status=status, comment=comment,
                      category=category, why=why, force=force or []))


def F(text, rag, type_="Rec", ref="auto", lead=None, update=None, sub=None, rep=None):
    return dict(text=text, rag=rag, type=type_, ref=ref, lead=lead, update=update, sub=sub, rep=rep)


# National (all forces) -----------------------------------------------------------------
item(403, "stop-search", "sas13", nat("sas13", 1), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green",
     [F(abbr(nat("sas13", 1)), "Green", "National", update="S&S scrutiny via monthly Stop Search "
       "Board; BWV dip-sampling embedded.", lead="Supt Neighbourhood Policing")])
item(404, "stop-search", "sas13", nat("sas13", 2), "complete", None, "in_sync",
     "complete on register; force Complete. Near-twin of 4901 (2015 report)",
     [F(nat("sas13", 2), "Complete", "National", update="Community scrutiny panels in place in "
       "all 4 BCUs.")])
item(2321, "harm", "everyone", T.EVERYONE_PLAN, "complete", COMMENT_SUPERSEDED, "closeable_local",
     "register closed it as superseded by PEEL Effectiveness (comment); force still Amber",
     [F(T.EVERYONE_PLAN.replace(" 20\n", "\n").replace("\n\n", "\n").replace("• ", "- "),
        "Amber", "National", lead="Ch Supt Public Protection",
        update="DA action plan refreshed annually; now sits in the Vulnerability Improvement "
        "Delivery Plan.")])
item(2588, "plan", "austerity", nat("austerity", 0), "being-progressed", COMMENT_MONITOR,
     "missing_from_force", "open on register; the tracker has no Policing in Austerity savings-plan row")
item(2589, "plan", "austerity", nat("austerity", 1), "complete", COMMENT_DONE,
     "missing_from_force", "on the register (complete); not in the tracker")
item(2590, "plan", "austerity", nat("austerity", 2), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Closed",
     [F(nat("austerity", 2), "Closed", "National", lead="Director of Finance",
        update="Assessment returned to HMIC Oct 2014.")])
item(2591, "plan", "austerity", nat("austerity", 3), "being-progressed", None, "in_sync",
     "open on register; force Amber",
     [F(missp(nat("austerity", 3)), "Amber", "National", lead="Director of Finance",
        update="Strategic alliance with Dorset ended; collaboration options being re-scoped.")])
item(4822, "harm", "core", nat("core", 0), "being-progressed", COMMENT_REVIEW, "closeable_submit",
     "register still open (under review); force Green",
     [F(abbr(nat("core", 0)).replace("threat, harm and risk", "THR"), "Green", "National",
        lead="Supt Contact Centre", update="THRIVE criteria in place in the contact centre "
        "since 2016. Ready to move to GREEN status.", sub="14/03/2019")])
item(4823, "investigation", "core", nat("core", 1), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Complete",
     [F(nat("core", 1), "Complete", "National", lead="Head of Corporate Development")])
item(902, "misconduct", "integrity", nat("integrity", 0), "complete", COMMENT_DONE,
     "closeable_local", "complete on register; force Amber. Near-twin of force-level 5520",
     [F(abbr(straight(nat("integrity", 0))), "Amber", "National",
        lead="Head of Professional Standards",
        update="Disproportionality in misconduct outcomes to be reviewed with the IAG.")])
item(4901, "stop-search", "sas15", nat("sas15", 0), "being-progressed", None, "closeable_submit",
     "open on register; force Green (submitted). Near-twin of 404",
     [F(abbr(nat("sas15", 0)), "GREEN", "National", lead="Supt Neighbourhood Policing",
        update="Completed. Evidence submitted to HMICFRS for closure.", sub="22/03/2019")])
item(5104, "investigation", "picture", nat("picture", 0), "being-progressed", None, "in_sync",
     "open on register; force Amber",
     [F(missp(nat("picture", 0)), "Amber", "National", lead="Head of Information Management",
        update="MoPI audit schedule agreed; IM Board to scrutinise from Q3.")])
item(5301, "harm", "firearms", nat("firearms", 0), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green",
     [F(abbr(nat("firearms", 0)), "Green", "National", lead="Supt Firearms Licensing")])
item(5302, "harm", "firearms", nat("firearms", 1), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force split it into two actions, both Complete",
     [F("Action 1 - assess demand on the Firearms & Explosives Licensing Unit (FELU); demand "
        "profile to Chief Officer Group", "Complete", "National - action", ref="5302 (1)",
        lead="Supt Firearms Licensing"),
      F("Action 2 - recruit 3 additional Firearms Enquiry Officers to meet the demand identified "
        "in the FELU assessment", "Complete", "National - action", ref="5302 (2)",
        lead="Supt Firearms Licensing", update="Posts filled Feb 2016.")])
item(5303, "harm", "firearms", nat("firearms", 2), "being-progressed", None, "closeable_submit",
     "open on register; force Complete",
     [F(straight(nat("firearms", 2)), "Complete", "National", lead="Supt Firearms Licensing",
        update="All total expired records reviewed; weekly report to FELU manager.")])
item(5304, "harm", "firearms", nat("firearms", 3), "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Amber",
     [F(abbr(nat("firearms", 3)), "Amber", "National", lead="Supt Firearms Licensing",
        update="Temporary permit process being rewritten.")])
item(5305, "harm", "firearms", nat("firearms", 4), "being-progressed", None, "conflict",
     "timescale differs: register 'Within three months', tracker 'Within six months'",
     [F(nat("firearms", 4).replace("Within three months", "Within six months"), "Amber",
        "National", lead="Supt Contact Centre",
        update="Storm flag for FAC holder addresses being tested.")])
_sf = T.SF_LEADERSHIP.split("\n")
item(8212, "harm", "stolen", T.SF_LEADERSHIP, "being-progressed", None, "closeable_submit",
     "open on register; force split it one row per bullet (8212a-d), all Green",
     [F("Within 12 months review MSHT leadership & governance to ensure: "
        + abbr(bullet(_sf[i + 1])), "Green",
        "National", ref=f"8212{'abcd'[i]}", lead="Det Ch Supt Force CID",
        update=["MSHT gold group chaired by ACC Crime.", "All MSHT crimes allocated to CID.",
                "Anti-Slavery Partnership meets quarterly.", "MSHT dashboard live."][i],
        sub="05/04/2019") for i in range(4)])
item(8213, "harm", "stolen", nat("stolen", 1), "being-progressed", None, "in_sync",
     "open on register; force Amber",
     [F(abbr(nat("stolen", 1).replace(" 86 ", " ")), "Amber", "National",
        lead="Head of Intelligence")])
item(8214, "harm", "stolen", nat("stolen", 2), "being-progressed", None, "closeable_submit",
     "open on register; force Green",
     [F(nat("stolen", 2), "Green", "National", lead="Head of Criminal Justice",
        update="s45 defence guidance issued to all investigators and CPS liaison.")])
item(8215, "harm", "stolen", nat("stolen", 3), "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green",
     [F(abbr(nat("stolen", 3)), "Green", "National", lead="Det Ch Supt Force CID")])
item(8216, "harm", "stolen", nat("stolen", 4), "being-progressed", None, "in_sync",
     "open on register; force Amber. Near-twin of force-level 6992 (CDI 2016)",
     [F(abbr(nat("stolen", 4)), "Amber", "National", lead="Force Crime Registrar")])
item(8217, "harm", "stolen", nat("stolen", 5), "being-progressed", None, "missing_from_force",
     "open on register; tracker has no row for the MSHT investigation/supervision recommendation")
item(8218, "harm", "stolen", nat("stolen", 6), "being-progressed", None, "in_sync",
     "open on register; force Red",
     [F(nat("stolen", 6), "Red", "National", lead="Det Ch Supt Force CID",
        update="Little work yet undertaken in this area. Unlikely to reach deadlines.")])
item(8330, "plan", "efc17n", nat("efc17", 0), "being-progressed", None, "closeable_submit",
     "open on register; force Complete (tracker gives a one-line summary)",
     [F("By Sept 2018 produce an ambitious plan to improve digitally-enabled services (Digital "
        "Policing Strategy)", "Complete", "National", lead="DCC",
        update="Digital Policing Strategy 2018-21 approved by COG.")])
_leg = T.NATIONAL["leg17"][2]
_sas_two_bullets = ("By July 2018, all police forces across England and Wales should be regularly "
                    "and frequently monitoring a comprehensive set of data and information on use "
                    "of stop and search powers to understand:\n- the reasons for any "
                    "disproportionate representation of different ethnic groups in the use of stop "
                    "and search;\n- the extent to which find rates differ between people from "
                    "different ethnicities, and across different types of searches (including "
                    "separate identification of find rates for drug possession and supply-type "
                    "offences).")
item(8541, "stop-search", "leg17n", coc_cell(_leg[0][1], _leg[1][1]), "being-progressed", None,
     "conflict", "tracker text lacks the third bullet (possession-only drug searches)",
     [F(_sas_two_bullets, "Amber", "National", lead="Supt Neighbourhood Policing",
        update="S&S dashboard covers ethnicity and find rates.")])
item(8542, "stop-search", "leg17n", _leg[2][1], "being-progressed", None, "closeable_submit",
     "open on register; force Green",
     [F(abbr(_leg[2][1]).replace("•", "- "), "Green", "National",
        lead="Supt Neighbourhood Policing", sub="05/04/2019")])
item(8543, "stop-search", "leg17n", _leg[3][1], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Ongoing",
     [F(_leg[3][1], "Ongoing", "National", lead="Supt Neighbourhood Policing",
        update="2018 analysis published on website; next due July 2019.")])
item(8544, "stop-search", "leg17n", _leg[4][1], "being-progressed", None, "conflict",
     "report differs: tracker files it under PEEL Legitimacy 2016 (Dec 2016), register under "
     "PEEL legitimacy 2017",
     [F(_leg[4][1], "Green", "National", lead="Head of Learning & Development", rep="leg16n",
        update="Unconscious bias module mandatory for all S&S-trained officers.")])

# Force-level -----------------------------------------------------------------------------
def fl(stem: str, b: str, end: str = ".") -> str:
    return f"{stem}{b}{end}"


txt = {}
txt[3307] = fl("Within three months, the force should ", body("revise its approach to cautions"))
txt[3308] = fl("Within six months the force should ", body("improve its use of its crime-recording"))
txt[3309] = fl("Immediately, the force should ", body("provide call-handlers"))
txt[5612] = coc_cell(T.CAUSES[0], fl("To address this cause of concern, HMIC recommends the force "
                                      "should immediately ", body("take steps to ensure that there is effective")))
txt[5613] = fl("HMIC recommends that the force should immediately: ", body("consider ways of increasing"), ";")
txt[5614] = fl("HMIC recommends that within six months the force should: ",
               body("take steps to understand and address"), ";")
txt[5520] = fl("Within six months, the force should ", body("satisfy itself that it has processes"))
txt[5521] = fl("HMIC recommends that within six months the force should: ",
               body("establish or improve monitoring"), ";")
txt[5801] = fl("Within six months the force should ",
               topic("improve how it works with partner", "child sexual exploitation"))
txt[5802] = fl(f"Within six months {FORCE} should ",
               topic("make sure investigations of", "online child sexual abuse"))
txt[5803] = fl("Within three months, the force should ",
               topic("make sure officers and staff have the training", "child sexual exploitation"))
txt[5804] = fl("Immediately, the force should ",
               topic("improve how it gathers", "child sexual exploitation"))
txt[6120] = fl(f"Within six months {FORCE} should, ", body("in conjunction with children"))
txt[6950] = coc_cell(T.CAUSES[1], fl("To address this cause of concern, HMIC recommends the force "
                                      "should immediately ", body("review its approach to reports of missing")))
txt[6951] = fl("HMIC recommends that within six months the force should: ",
               body("ensure regular and active supervision").replace(". This", ".\nThis"), "")
txt[6989] = fl("Within six months the force should ", T.CDI_VICTIMS_BODY)
txt[6990] = fl("Within three months, the force should ",
               topic("make sure it records reports of", "rape and serious sexual offences"))
txt[6991] = fl("Within six months the force should ", topic("make sure it records reports of", "hate crime"))
txt[6992] = fl("Within three months, the force should ", body("take steps to ensure it fully complies"))
txt[6993] = fl("Immediately, the force should ", topic("make sure it records reports of", "domestic abuse"))
txt[8371] = fl("Within six months the force should ", body("undertake further work"))
txt[8372] = fl("Within twelve months, the force should ", body("develop a future workforce plan"))
txt[8373] = fl("By November 2018, the force should ", body("develop its understanding of the links"))
txt[8590] = fl("Within six months the force should ", body("put plans in place to monitor"))
txt[8591] = fl("Within three months, the force should ", body("make sure it provides a confidential"))
txt[8592] = coc_cell(T.CAUSES[4].format(force=FORCE),
                     fl(f"Within six months {FORCE} should ", body("ensure all staff have received")))
txt[8593] = fl("Within six months the force should ", body("review how it gathers and uses"))
txt[8702] = fl("Within six months the force should ",
               topic("improve its understanding of the nature", "county lines drug dealing"))
txt[8703] = fl("Within three months, the force should ",
               topic("make sure victims of", "stalking and harassment"))
txt[8704] = fl("Within six months the force should ", body("improve its ability to retrieve"))
txt[8705] = fl("Within six months the force should ", body("improve its understanding of suspects"))
txt[8706] = fl("Immediately, the force should ",
               topic("improve the way it manages the risk", "serious and organised crime"))
_alliance = T.CAUSES[5].format(neighbour=NEIGHBOUR)
txt[9420] = fl("HMIC recommends that the force should immediately: ", body("conduct a review of officers"), "; and")
txt[9421] = fl("HMIC recommends that the force should immediately: ", body("conduct a review, involving"))
txt[9422] = coc_cell(_alliance, fl("HMIC recommends that the force should immediately: ",
                                   body("expand the skills project"), ";"))
txt[9423] = coc_cell(_alliance, fl("HMIC recommends that the force should immediately:",
                                   body("agree arrangements with"), "; and"))
txt[9424] = coc_cell(_alliance, fl("HMIC recommends that the force should immediately:",
                                   body("clearly define its new operating"), ";"))
txt[9425] = fl("HMIC recommends that the force should immediately:", body("improve its arrangements both"))


def rec_part(cell: str) -> str:
    return cell.split("\nRecommendation\n", 1)[-1]


item(3307, "investigation", "cdi14", txt[3307], "complete",
     "CompletedOut of court disposals policy rewritten; OOCD scrutiny panel audits 20 cases a quarter.",
     "in_sync", "complete on register (force update pasted into comment); force Complete",
     [F(txt[3307], "Complete", lead="Head of Criminal Justice")])
item(3308, "investigation", "cdi14", txt[3308], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Amber",
     [F(missp(txt[3308]), "Amber", lead="Force Crime Registrar",
        update="Niche case file module roll-out delayed to 2020.")])
item(3309, "investigation", "cdi14", txt[3309], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green. Near-twin of national 4822",
     [F(txt[3309], "Green", lead="Supt Contact Centre")])
item(5612, "harm", "eff15", txt[5612], "complete", COMMENT_SUPERSEDED, "in_sync",
     "one register record (cause of concern + recommendation); tracker keeps the CoC and the "
     "recommendation as two rows, both Green; register complete",
     [F(T.CAUSES[0].split(" In cases where")[0] + " (see full report)", "Green", "CoC",
        lead="Ch Supt Public Protection"),
      F("Effective supervision of the initial risk assessment process, specifically completion "
        "of DASH in appropriate cases (immediately)", "Green", "CoC rec",
        lead="Ch Supt Public Protection", update="DASH supervisory review mandatory on Niche.")])
item(5613, "harm", "eff15", txt[5613], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Amber",
     [F(abbr(unstem(txt[5613])), "Amber", lead="Ch Supt Public Protection",
        update="DVPN/DVPO use up 40% but still below peers.")])
item(5614, "harm", "eff15", txt[5614], "being-progressed", COMMENT_MONITOR, "closeable_submit",
     "open on register; force Green",
     [F(abbr(unstem(txt[5614])), "GREEN", lead="Ch Supt Public Protection",
        update="Victim attrition research with University of Plymouth completed.",
        sub="01/02/2019")])
item(5520, "misconduct", "leg15", txt[5520], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green. Near-twin of national 902",
     [F(straight(txt[5520]), "Green", lead="Head of Professional Standards")])
item(5521, "stop-search", "leg15", txt[5521], "being-progressed", None, "missing_from_force",
     "open on register; the tracker only has the national 2013 twin (403), not this force-level one")
item(5801, "harm", "ncpi16", txt[5801], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Complete",
     [F(abbr(txt[5801]), "Complete", lead="Ch Supt Public Protection")])
item(5802, "harm", "ncpi16", txt[5802], "being-progressed", None, "in_sync",
     "open on register; force Amber",
     [F(txt[5802], "amber", lead="Det Ch Supt Force CID", update="POLIT capacity review underway.")])
item(5803, "harm", "ncpi16", txt[5803], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Amber",
     [F(abbr(txt[5803]), "Amber", lead="Head of Learning & Development",
        update="CSE e-learning at 78% completion.")])
item(5804, "harm", "ncpi16", txt[5804], "being-progressed", None, "closeable_submit",
     "open on register; force Green (summary wording)",
     [F("Improve how we gather, assess & act on intelligence about CSE (immediate)", "Green",
        lead="Head of Intelligence", update="CSE intelligence SPOC in each BCU.", sub="14/03/2019")])
item(6120, "harm", "cust16", txt[6120], "being-progressed", None, "in_sync",
     "open on register; force Amber",
     [F(missp(straight(txt[6120]), 1), "Amber", lead="Ch Insp Custody",
        update="Concordat on children in custody signed with 3 of 4 local authorities.")])
item(6950, "harm", "eff16", txt[6950], "being-progressed", None, "closeable_submit",
     "open on register (cause of concern + recommendation in one record); tracker holds the "
     "recommendation only, Green",
     [F(abbr(rec_part(txt[6950]).replace("To address this cause of concern, HMIC recommends the "
                                         "force should immediately review", "Immediately review")),
        "Green", "CoC rec", lead="Ch Supt Public Protection",
        update="Missing persons policy rewritten; absent category withdrawn.", sub="01/02/2019")])
item(6951, "investigation", "eff16", txt[6951], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green",
     [F(unstem(txt[6951]), "Green", lead="Det Ch Supt Force CID")])
item(6989, "investigation", "cdi16", txt[6989], "complete", COMMENT_CDI, "closeable_local",
     "register authorised it for closure; tracker split it one row per bullet (6989a-e), four "
     "Green and one Amber, so the force still has it open",
     [F("Within 6 months: " + bullet(b),
        ["Green", "Green", "Green", "Amber", "Green"][i], ref=f"6989{'abcde'[i]}",
        lead="Force Crime Registrar",
        update=[None, "Call handler QA checks in place.", None,
                "Awaiting results of RASSO audit before sign off.", "Online triage team live."][i])
      for i, b in enumerate(T.CDI_VICTIMS_BODY.split("\n")[1:])])
item(6990, "investigation", "cdi16", txt[6990], "being-progressed", None, "closeable_submit",
     "open on register; force Green (reworded: RASSO)",
     [F("Within 3 months, make sure reports of RASSO are recorded accurately & without delay",
        "Submitted to HMIC", lead="Force Crime Registrar", sub="05/04/2019")])
item(6991, "investigation", "cdi16", txt[6991], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Complete",
     [F(txt[6991], "Complete", lead="Force Crime Registrar")])
item(6992, "investigation", "cdi16", txt[6992], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Green. Near-twin of national 8216 (open both sides)",
     [F(abbr(txt[6992]), "Green", lead="Force Crime Registrar")])
item(6993, "investigation", "cdi16", txt[6993], "being-progressed", None, "conflict",
     "reference differs: tracker ref 6939, register id 6993 (6939 is not on the list); text and "
     "report agree",
     [F(txt[6993], "Amber", ref="6939", lead="Force Crime Registrar")])
item(8371, "plan", "efc17", txt[8371], "being-progressed", None, "in_sync",
     "open on register; force Amber. Same ask as the 2015 efficiency AFI the tracker also holds",
     [F(txt[8371], "Amber", lead="Head of Corporate Development",
        update="Demand modelling in FMS 2019.")])
item(8372, "plan", "efc17", txt[8372], "being-progressed", None, "closeable_submit",
     "open on register; force Green",
     [F(missp(txt[8372]), "Green", lead="Director of People", update="Workforce plan 2019-22 "
        "approved at Force Executive Board.", sub="22/03/2019")])
item(8373, "plan", "efc17", txt[8373], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Amber",
     [F(txt[8373], "Amber", lead="Director of Finance", update="Priority based budgeting year 2.")])
item(8590, "misconduct", "leg17", txt[8590], "being-progressed", None, "closeable_submit",
     "open on register; force Green",
     [F(txt[8590], "Green", lead="Director of People", update="Staff survey and culture "
        "dashboard in place.", sub="14/03/2019")])
item(8591, "misconduct", "leg17", txt[8591], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Complete",
     [F(abbr(txt[8591]), "Complete", lead="Head of Professional Standards")])
item(8592, "misconduct", "leg17", txt[8592], "being-progressed", None, "in_sync",
     "open on register (CoC + recommendation); tracker holds the recommendation, Amber",
     [F("Within 6 months ensure all staff have at least the lowest level of vetting clearance "
        "asap - clear the vetting backlog & renewals so we comply fully with the national "
        "vetting guidelines", "Amber", "CoC rec", lead="Head of Professional Standards",
        update="Backlog down from 1,100 to 240.")])
item(8593, "misconduct", "leg17", txt[8593], "complete", COMMENT_DONE, "closeable_local",
     "complete on register; force Ongoing",
     [F(txt[8593], "Ongoing", lead="Director of People")])
item(8702, "harm", "eff17", txt[8702], "being-progressed", None, "closeable_submit",
     "open on register; force Green",
     [F(abbr(txt[8702]), "Green", lead="Head of Intelligence",
        update="County lines problem profile completed.", sub="01/02/2019")])
item(8703, "harm", "eff17", txt[8703], "complete", COMMENT_DONE, "in_sync",
     "complete on register; force Complete",
     [F(txt[8703], "Complete", lead="Ch Supt Public Protection")])
item(8704, "investigation", "eff17", txt[8704], "being-progressed", None, "in_sync",
     "open on register; force Red",
     [F(txt[8704], "Red", lead="Det Ch Supt Force CID", update="Digital forensics backlog 9 months.")])
item(8705, "investigation", "eff17", txt[8705], "being-progressed", None, "conflict",
     "type differs: tracker records it as an AFI, the register holds it as a recommendation",
     [F(txt[8705], "Amber", "AFI", lead="Det Ch Supt Force CID")])
item(8706, "harm", "eff17", txt[8706], "being-progressed", None, "missing_from_force",
     "open on register; no SOC offender-management row in the tracker")
item(9420, "investigation", "p1819", txt[9420], "awaiting-review", COMMENT_NEW, "in_sync",
     "new on register; force Amber",
     [F(unstem(txt[9420]), "Amber", lead="ACC Crime")])
item(9421, "harm", "p1819", txt[9421], "awaiting-review", COMMENT_NEW, "in_sync",
     "new on register; force Amber",
     [F(unstem(txt[9421]), "Amber", lead="ACC Local Policing")])
item(9422, "plan", "p1819", txt[9422], "awaiting-review", COMMENT_NEW, "in_sync",
     "new on register (CoC + recommendation); force Not started",
     [F(unstem(rec_part(txt[9422])), "Not started", "CoC rec", lead="Director of People")])
item(9423, "plan", "p1819", txt[9423], "awaiting-review", COMMENT_NEW, "missing_from_force",
     "new on register; the tracker has not added the Dorset transition recommendation")
item(9424, "plan", "p1819", txt[9424], "awaiting-review", COMMENT_NEW, "closeable_submit",
     "new on register; force Green (new operating model launched)",
     [F(unstem(rec_part(txt[9424])), "Green", "CoC rec", lead="DCC",
        update="New operating model went live 1 April 2019.", sub="20/06/2019")])
item(9425, "plan", "p1819", txt[9425], "awaiting-review", COMMENT_NEW, "in_sync",
     "new on register; force Amber",
     [F(unstem(txt[9425]), "Amber", lead="Head of Corporate Development")])

# Force rows that are not on the HMICFRS list: (after which report group, row, why)
EXTRA: list[tuple[str, dict, str]] = [
    ("sas13", F(abbr(nat("sas13", 0)), "White", "National", ref="401",
                update="Not D&C responsibility to deliver - College of Policing APP."),
     "2013 recommendation addressed to chief constables and the College (APP); not on the "
     "force's register list"),
    ("everyone", F("Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
                   "report findings to the Crime Standards Board", "Ongoing", "Local action",
                   ref=None, lead="Force Crime Registrar"),
     "force's own local action"),
    ("efc15", F("The force should undertake further work to gain a fuller understanding of "
                "current demand for its services, and likely future changes in demand. This is "
                "so it can make best use of its resources by matching them to demand to meet "
                "the needs of the public.", "Closed", "AFI", ref="AFI 1",
                lead="Head of Corporate Development"),
     "PEEL Efficiency 2015 area for improvement (AFIs are not on the register); same wording as "
     "8371 but a different report and type"),
    ("efc15", F("The force should make sure it has access to accurate data and analysis to "
                "support effective performance management.", "Green", "AFI", ref="AFI 2",
                lead="Head of Corporate Development"),
     "PEEL Efficiency 2015 AFI; not on the register"),
    ("efc15", F("The force should make sure its performance framework gives senior leaders a "
                "clear picture of its response to fraud.", "Amber", "AFI", ref="AFI 3",
                lead="Det Ch Supt Force CID"),
     "PEEL Efficiency 2015 AFI; not on the register"),
    ("cust16", F("Within three months, the force should make sure officers and staff have the "
                 "training they need to identify and respond to people with mental ill health.",
                 "Amber", "Rec", ref=None, lead="Ch Insp Custody",
                 update="HMIP recommendation - check whether on HMIC register?"),
     "custody report recommendation the force tracks but HMICFRS does not list; query it"),
    ("stolen", F("Local action: Appoint a single point of contact for modern slavery and human "
                 "trafficking in each local policing area", "Complete", "Local action", ref=None,
                 lead="Det Ch Supt Force CID"),
     "force's own local action"),
    ("leg17", F("Internal audit action: Internal audit of the counter-corruption governance "
                "arrangements (audit plan 2018/19)", "Amber", "Local action", ref=None,
                lead="Head of Professional Standards"),
     "force's own local action (internal audit)"),
    ("p1819", F("The force should make sure it consistently uses ancillary orders and other "
                "powers to protect victims of stalking and harassment.", "Amber", "AFI", ref=None,
                lead="Ch Supt Public Protection"),
     "PEEL 2018/19 area for improvement; not on the register"),
    ("p1819", F("The force should make sure investigations of rape and serious sexual offences "
                "are allocated to officers with the right skills and are effectively supervised.",
                "Red", "AFI", ref=None, lead="Det Ch Supt Force CID"),
     "PEEL 2018/19 area for improvement; not on the register"),
    ("local", F("JAC action: Add stop and search measures to the monthly Force Performance pack",
                "Green", "Local action", ref=None, lead="Supt Neighbourhood Policing"),
     "force's own local action (Joint Audit Committee)"),
]

# --- dates on the register -------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def status_date(it) -> dt.date:
    pub = REPORTS[it["rep"]][2]
    if it["status"] == "awaiting-review":
        return pub
    lo = pub + dt.timedelta(days=90 if it["status"] == "complete" else 30)
    hi = D(2019, 8, 20)
    if lo > hi:
        lo = pub
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


for it in ITEMS:
    it["sdate"] = status_date(it)
D6989 = D(2018, 4, 27)  # the real register date for record 6989
next(i for i in ITEMS if i["id"] == 6989)["sdate"] = D6989

# --- write the HMICFRS workbook ----------------------------------------------------------
THEMES = [("harm", "Harm"), ("misconduct", "Misconduct"), ("stop-search", "Stop and search"),
          ("plan", "Plan"), ("investigation", "Investigation")]
HDR = ["Entry", "Applies to", "Recommendation", "Status", "Status date", "Latest comment"]
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")

truth: list[tuple[str, str, str, str]] = []
hrow_of: dict[int, str] = {}

wb = Workbook()
ws = wb.active
ws.title = "About"
about = [
    "HMICFRS recommendations register - Devon and Cornwall Police",
    "Compiled by the force liaison officer (Strategic Planning & Governance) from the HMICFRS "
    "online recommendations register, one tab per recommendation theme.",
    "Each theme page was filtered to Devon and Cornwall Police and the all-force (national) "
    "recommendations; each record was opened to copy the recommendation text, its latest status "
    "and the latest comment.",
    "The register id is the number in brackets at the end of each Entry, as the theme page shows "
    "it.",
    "Status as shown on the register: awaiting-review, being-progressed, complete.",
    f"Copied {ordinal(LIST_DATE)} for the JAC reconciliation.",
    "The 'investigation' tab holds records that were not listed under the other four themes.",
]
for i, line in enumerate(about, 1):
    ws.cell(i, 1, line)
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 120

for slug, name in THEMES:
    ws = wb.create_sheet(slug)
    its = sorted((i for i in ITEMS if i["theme"] == slug), key=lambda i: -i["id"])
    ws.cell(1, 1, f"Recommendation theme: {name}").font = Font(bold=True, size=13)
    ws.cell(2, 1, "https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme="
                  f"{slug} - filtered to Devon and Cornwall Police and national; copied "
                  f"{ordinal(LIST_DATE)}")
    for c, h in enumerate(HDR, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = GREY
    r = 5
    for it in its:
        title = REPORTS[it["rep"]][0]
        ws.cell(r, 1, f"{title} ({it['id']})")
        ws.cell(r, 2, "All forces" if it["rep"] in NATIONAL_KEYS else FORCE)
        ws.cell(r, 3, it["text"])
        ws.cell(r, 4, it["status"])
        ws.cell(r, 5, ordinal(it["sdate"]))
        if it["comment"]:
            ws.cell(r, 6, it["comment"])
        for c in range(1, 7):
            ws.cell(r, c).alignment = WRAP
        hrow_of[it["id"]] = f"{slug}!{r}"
        r += 1
    ws.cell(r + 1, 1, f"{len(its)} recommendations listed under this theme")
    ws.cell(r + 1, 1).font = Font(italic=True)
    for col, w in zip("ABCDEF", (48, 22, 90, 16, 20, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

# --- write the force tracker --------------------------------------------------------------
ORDER = ["sas13", "everyone", "austerity", "core", "cdi14", "integrity", "sas15", "picture",
         "firearms", "efc15", "leg15", "eff15", "ncpi16", "cust16", "leg16n", "cdi16", "eff16",
         "stolen", "efc17n", "efc17", "leg17n", "leg17", "eff17", "p1819", "local"]
assert set(ORDER) == set(REPORTS)

REF_STYLES = ["{}", "int", "Ref {}", "HMIC {}", "#{}", "{} ", "HMICFRS ref: {}", "", ""]


def ref_text(hid: int, given):
    if given != "auto":
        return given
    style = rng.choice(REF_STYLES)
    if style == "int":
        return hid
    return style.format(hid) if style else None


rows: list[tuple[str, dict, int | None, str, str]] = []  # (group, frow, hid, category, why)
for key in ORDER:
    for it in ITEMS:
        for fr in it["force"]:
            if (fr["rep"] or it["rep"]) == key:
                rows.append((key, fr, it["id"], it["category"], it["why"]))
    for k, fr, why in EXTRA:
        if k == key:
            rows.append((key, fr, None, "not_on_hmicfrs_list", why))

SUBMIT_DONE_WORDS = {"green", "complete", "closed", "blue", "submitted to hmic", "white"}
LEADS_FALLBACK = [x for x in T.LEADS if x]

wb2 = Workbook()
ws = wb2.active
ws.title = "HMIC Recs"
ws.cell(1, 1, "Devon and Cornwall Police - HMIC / HMICFRS Recommendations Tracker").font = Font(bold=True, size=14)
ws.cell(2, 1, "Strategic Planning & Governance   |   Last updated 19/08/2019   |   OFFICIAL")
TH = ["No.", "Report", "Published", "HMIC ref", "Type", "Recommendation / AFI", "Lead",
      "Progress update", "RAG", "Date submitted for closure"]
for c, h in enumerate(TH, 1):
    cell = ws.cell(4, c, h)
    cell.font = BOLD
    cell.fill = PatternFill("solid", fgColor="1F4E78")
    cell.font = Font(bold=True, color="FFFFFF")
RAG_FILL = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "complete": "BDD7EE",
            "closed": "BDD7EE", "blue": "BDD7EE"}
r = 5
no = 0
frow_of: list[tuple[str, int | None, str, str]] = []
group_start: dict[str, int] = {}
last_hid = None
sub_i = 0
for key, fr, hid, cat, why in rows:
    split = hid is not None and sum(1 for x in rows if x[2] == hid) > 1
    if split and hid == last_hid:
        sub_i += 1
    else:
        no += 1
        sub_i = 1
    last_hid = hid
    ws.cell(r, 1, f"{no}.{sub_i}" if split else no)
    if key not in group_start:
        group_start[key] = r
        title, tname, pub, pubtxt = REPORTS[key]
        ws.cell(r, 2, tname)
        if pub is not None:
            if pubtxt:
                ws.cell(r, 3, pubtxt)
            else:
                ws.cell(r, 3, dt.datetime(pub.year, pub.month, pub.day)).number_format = "dd/mm/yyyy"
    ws.cell(r, 4, ref_text(hid, fr["ref"]) if hid is not None else fr["ref"])
    ws.cell(r, 5, fr["type"])
    ws.cell(r, 6, fr["text"])
    ws.cell(r, 7, fr["lead"] or rng.choice(LEADS_FALLBACK))
    if fr["update"]:
        ws.cell(r, 8, fr["update"])
    ws.cell(r, 9, fr["rag"])
    fill = RAG_FILL.get(fr["rag"].strip().lower())
    if fill:
        ws.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
    if fr["sub"]:
        ws.cell(r, 10, fr["sub"])
    for c in range(1, 11):
        ws.cell(r, c).alignment = WRAP
    frow_of.append((f"HMIC Recs!{r}", hid, cat, why))
    r += 1
# merge the report and published cells of each group (as the tracker's owner did)
ends = {}
for (key, *_), (rid, *_r) in zip(rows, frow_of):
    ends[key] = int(rid.split("!")[1])
for key, start in group_start.items():
    if ends[key] > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=ends[key], end_column=2)
        ws.merge_cells(start_row=start, start_column=3, end_row=ends[key], end_column=3)
last_item_row = r - 1
r += 1
legend = ["RAG key:", "Green - complete / ready for HMIC sign off", "Amber - in progress",
          "Red - off track or beyond deadline", "Blue / Complete / Closed - closed",
          "White - not D&C responsibility to deliver"]
for line in legend:
    ws.cell(r, 2, line).font = Font(italic=True)
    r += 1
for col, w in zip("ABCDEFGHIJ", (6, 26, 12, 14, 12, 80, 26, 45, 14, 14)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"

# --- truth -------------------------------------------------------------------------------
paired = {}
for rid, hid, cat, why in frow_of:
    if hid is not None:
        paired.setdefault(hid, []).append((rid, cat, why))
for slug, _ in THEMES:
    for it in sorted((i for i in ITEMS if i["theme"] == slug), key=lambda i: -i["id"]):
        h = hrow_of[it["id"]]
        if it["id"] in paired:
            for rid, cat, why in paired[it["id"]]:
                truth.append((h, rid, cat, f"{it['id']}: {why}"))
        else:
            assert it["category"] == "missing_from_force", it["id"]
            truth.append((h, "", it["category"], f"{it['id']}: {it['why']}"))
for rid, hid, cat, why in frow_of:
    if hid is None:
        truth.append(("", rid, cat, why))
for it in ITEMS:
    assert (it["id"] in paired) == (it["category"] != "missing_from_force"), it["id"]


# --- save reproducibly ---------------------------------------------------------------------
FIXED = dt.datetime(2019, 9, 2, 9, 0, 0)


def save_fixed(book: Workbook, path: Path) -> None:
    book.properties.creator = "Strategic Planning & Governance"
    book.properties.created = FIXED
    buf = io.BytesIO()
    book.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2019-09-02T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 9, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


OUT.mkdir(exist_ok=True)
save_fixed(wb, OUT / "hmicfrs.xlsx")
save_fixed(wb2, OUT / "tracker.xlsx")
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(ITEMS), "force item rows:", len(frow_of), "truth lines:", len(truth))
    print("by item:", dict(Counter(i["category"] for i in ITEMS)))
    print("by line:", dict(Counter(t[2] for t in truth)))
    print("last tracker item row:", last_item_row)
