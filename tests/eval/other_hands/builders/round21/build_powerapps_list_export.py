"""Build the `powerapps_list_export` evaluation case (round 21).

Force: Lincolnshire Police. The force keeps its HMICFRS tracker in a Microsoft Lists list
("HMICFRS Recommendations Tracker") edited through a Power Apps canvas app, and exports it with a
Power Automate flow (Get items -> Select -> Create CSV table -> Create file, UTF-8 with BOM).
The HMICFRS side is the register ("definitive list") export as xlsx.

Run:  /work/main/.venv/bin/python build_powerapps_list_export.py
Rebuilds powerapps_list_export/ byte for byte (fixed seed, fixed xlsx timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import random
import sys
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  real public HMICFRS wording (OGL)
    BWV_2021, CDI_VICTIMS_BODY, CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_NRM, NATIONAL,
    SAS_MONITORING_2017, SF_LEADERSHIP,
)

SEED = 2121
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "powerapps_list_export"
FORCE = "Lincolnshire Police"
LONDON = ZoneInfo("Europe/London")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force lookup Id, force lookup value, national)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), 2, "Core Business 2014", True),
    "austerity": (NATIONAL["austerity"][0], dt.date(2014, 7, 22), 1, "Policing in Austerity 2014", True),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), 3, "Integrity Matters 2015", True),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), 4, "Building the Picture 2015", True),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), 5, "Firearms licensing 2015", True),
    "ncpi": ("National child protection inspection 2016 – Lincolnshire Police", dt.date(2016, 6, 14),
             6, "NCPI 2016", False),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), 7, "Stolen Freedom (MSHT) 2017", True),
    "efc17": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), 8, "PEEL Efficiency 17 (all forces)", True),
    "leg17": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), 9, "PEEL Legit 17 S&S", True),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police",
               dt.date(2019, 5, 2), 10, "PEEL 2018/19", False),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 12),
              11, "CDI 2019", False),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), 12, "Police powers spotlight (Feb 21)", True),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
               dt.date(2022, 6, 28), 13, "PEEL 2021/22", False),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Lincolnshire Police",
               dt.date(2024, 3, 14), 14, "PEEL 2023-25", False),
}

NAT_T, REC_T, AFI_T, COC_T = ("National recommendation", "Recommendation",
                              "Area for improvement", "Cause of concern")


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# --------------------------------------------------------------------------------------------
# HMICFRS items: key, report, ref, type, text, status, status date, comment
# --------------------------------------------------------------------------------------------
C_COMPLETE = "This recommendation is complete"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW = "New recommendation"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUPER_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                "inspections. Where a cause of concern still exists this will appear in the register "
                "against these subsequent inspections.")

CDI_REC = "Within six months the force should " + CDI_VICTIMS_BODY + "."
NCPI_MISSING = (
    "Within six months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
NCPI_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)

H = [
    # key, report, ref, type, text, status, status date, comment
    ("H01", "core", 4822, NAT_T, nat("core", 0), "Complete", dt.date(2016, 2, 18), C_COMPLETE),
    ("H02", "core", 4826, NAT_T, nat("core", 1), "Superseded", dt.date(2017, 3, 2), C_SUPER_PEEL),
    ("H03", "integrity", 5107, NAT_T, nat("integrity", 0), "Being progressed", dt.date(2018, 6, 11), C_MONITOR),
    ("H04", "picture", 5390, NAT_T, nat("picture", 0), "Complete", dt.date(2017, 5, 9), C_COMPLETE),
    ("H05", "firearms", 5611, NAT_T, nat("firearms", 0), "Complete", dt.date(2017, 1, 24), C_AUTH),
    ("H06", "firearms", 5612, NAT_T, FIREARMS, "Being progressed", dt.date(2023, 6, 30), C_MONITOR),
    ("H07", "firearms", 5613, NAT_T, nat("firearms", 2), "Complete", dt.date(2016, 11, 3), C_COMPLETE),
    ("H08", "firearms", 5614, NAT_T, nat("firearms", 3), "Being progressed", dt.date(2019, 2, 12), C_MONITOR),
    ("H09", "firearms", 5615, NAT_T, nat("firearms", 4), "Being progressed", dt.date(2019, 2, 12), C_MONITOR),
    ("H10", "ncpi", 7024, REC_T, NCPI_MISSING, "Complete", dt.date(2018, 4, 27), C_AUTH),
    ("H11", "ncpi", 7025, REC_T, NCPI_DETENTION, "Being progressed", dt.date(2022, 9, 6), C_MONITOR),
    ("H12", "stolen", 8390, NAT_T, SF_LEADERSHIP, "Being progressed", dt.date(2019, 3, 1), C_MONITOR),
    # register copy carries the report's stray footnote digit "86"
    ("H13", "stolen", 8391, NAT_T, nat("stolen", 1) + ".", "Being progressed", dt.date(2019, 3, 1), C_MONITOR),
    ("H14", "stolen", 8392, NAT_T, nat("stolen", 2), "Complete", dt.date(2020, 1, 14), C_COMPLETE),
    ("H15", "stolen", 8393, NAT_T, MSHT_NRM, "Complete", dt.date(2019, 12, 5), C_COMPLETE),
    ("H16", "stolen", 8394, NAT_T, nat("stolen", 4), "Being progressed", dt.date(2019, 3, 1), C_MONITOR),
    ("H17", "stolen", 8395, NAT_T, nat("stolen", 5), "Being progressed", dt.date(2019, 3, 1), C_MONITOR),
    ("H18", "stolen", 8396, NAT_T, nat("stolen", 6), "Being progressed", dt.date(2019, 3, 1), C_MONITOR),
    ("H19", "efc17", 8470, NAT_T, nat("efc17", 0), "Superseded", dt.date(2021, 3, 1),
     "Superseded: digital services are now assessed through the PEEL 2021/22 inspection programme."),
    ("H20", "leg17", 8541, COC_T, nat("leg17", 0), "Being progressed", dt.date(2018, 1, 9), C_MONITOR),
    ("H21", "leg17", 8542, NAT_T, SAS_MONITORING_2017, "Being progressed", dt.date(2018, 1, 9), C_MONITOR),
    ("H22", "leg17", 8543, NAT_T, nat("leg17", 2), "Complete", dt.date(2021, 9, 30), C_COMPLETE),
    ("H23", "leg17", 8544, NAT_T, nat("leg17", 3), "Being progressed", dt.date(2018, 1, 9), C_MONITOR),
    ("H24", "leg17", 8545, NAT_T, nat("leg17", 4), "Complete", dt.date(2022, 2, 11), C_COMPLETE),
    ("H25", "peel18", 9120, AFI_T, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", dt.date(2021, 11, 19), C_COMPLETE),
    ("H26", "peel18", 9121, AFI_T, "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. This "
     "is so it can make best use of its resources by matching them to demand to meet the needs of "
     "the public.", "Being progressed", dt.date(2019, 5, 2), C_NEW),
    ("H27", "peel18", 9122, AFI_T, "The force should develop a future workforce plan that is "
     "aligned with its overall demand and budget. The plan should include future resource "
     "allocations, the mix of skills required by the workforce and behaviours expected of them.",
     "Superseded", dt.date(2022, 7, 1),
     "Superseded by the PEEL 2021/22 inspection of Lincolnshire Police."),
    ("H28", "peel18", 9123, AFI_T, "The force should make sure it provides a confidential way for "
     "staff to raise concerns and that staff are aware of whistleblowing processes.",
     "Being progressed", dt.date(2019, 5, 2), C_NEW),
    ("H29", "cdi19", 9480, REC_T, CDI_REC, "Being progressed", dt.date(2020, 6, 3), C_MONITOR),
    ("H30", "cdi19", 9481, AFI_T, "The force should make sure it records reports of rape and "
     "serious sexual offences accurately and without delay.", "Complete", dt.date(2021, 6, 22),
     C_COMPLETE),
    ("H31", "cdi19", 9482, REC_T, "Within three months, the force should revise its approach to "
     "cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear "
     "and auditable explanation to the offender of the implications of receiving the warning and "
     "that, for victim-based crimes, there is a clear and auditable record that views of the "
     "victim are considered prior to their issue.", "Being progressed", dt.date(2020, 6, 3), C_MONITOR),
    ("H32", "powers", 10311, NAT_T, nat("powers", 0), "Being progressed", dt.date(2021, 3, 9), C_NEW),
    ("H33", "powers", 10312, NAT_T, nat("powers", 1), "Being progressed", dt.date(2021, 3, 9), C_NEW),
    ("H34", "powers", 10313, NAT_T, BWV_2021, "Being progressed", dt.date(2021, 3, 9), C_NEW),
    ("H35", "powers", 10314, NAT_T, nat("powers", 3), "Being progressed", dt.date(2021, 3, 9), C_NEW),
    ("H36", "powers", 10315, NAT_T, nat("powers", 4), "Complete", dt.date(2023, 3, 10), C_COMPLETE),
    ("H37", "peel21", 11840, AFI_T, "The force should improve its understanding of the nature and "
     "scale of violence against women and girls in its area.", "Being progressed",
     dt.date(2022, 6, 28), C_NEW),
    ("H38", "peel21", 11841, AFI_T, "The force should make sure investigations of domestic abuse "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", dt.date(2022, 6, 28), C_NEW),
    ("H39", "peel21", 11842, AFI_T, "The force should improve the timeliness of its response to "
     "calls for service involving vulnerable adults.", "Being progressed", dt.date(2022, 6, 28), C_NEW),
    ("H40", "peel21", 11843, AFI_T, "The force should make sure victims of fraud are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete", dt.date(2024, 1, 19), C_COMPLETE),
    ("H41", "peel21", 11844, AFI_T, CONTROL_ROOM, "Being progressed", dt.date(2022, 6, 28), C_NEW),
    ("H42", "peel21", 11845, AFI_T, "The force should improve its understanding of suspects "
     "released under investigation and the management of those released on bail.",
     "Being progressed", dt.date(2022, 6, 28), C_NEW),
    ("H43", "peel21", 11846, AFI_T, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", "Complete",
     dt.date(2024, 6, 27), C_COMPLETE),
    ("H44", "peel21", 11847, AFI_T, "The force should improve its ability to retrieve digital "
     "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Being progressed", dt.date(2022, 6, 28), C_NEW),
    ("H45", "peel21", 11848, AFI_T, "The force should make sure it consistently uses ancillary "
     "orders and other powers to protect victims of stalking and harassment.", "Being progressed",
     dt.date(2022, 6, 28), C_NEW),
    ("H46", "peel21", 11849, AFI_T, "The force should make sure its analysis of county lines drug "
     "dealing informs its strategic assessment and control strategy.", "Being progressed",
     dt.date(2022, 6, 28), C_NEW),
    ("H47", "peel23", 12630, COC_T, "The force does not have the capacity or capability to "
     "investigate crime effectively and this is affecting the service being provided to the "
     "public. There are failings in the way that crimes are being investigated.",
     "Being progressed", dt.date(2024, 4, 2), C_MONITOR),
    ("H48", "peel23", 12631, REC_T, "Within six months, the force should ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded.", "Being progressed", dt.date(2024, 4, 2), C_MONITOR),
    ("H49", "peel23", 12632, AFI_T, "The force should make sure it records reports of anti-social "
     "behaviour accurately and without delay.", "Awaiting review", dt.date(2024, 3, 14), C_NEW),
    ("H50", "peel23", 12633, AFI_T, "The force should improve how it works with partner "
     "organisations to safeguard people at risk from child sexual exploitation.",
     "Being progressed", dt.date(2024, 4, 2), C_MONITOR),
    ("H51", "peel23", 12634, AFI_T, "The force should make sure officers and staff have the "
     "training they need to identify and respond to people with mental ill health.",
     "Awaiting review", dt.date(2024, 3, 14), C_NEW),
    ("H52", "peel23", 12635, AFI_T, "The force should make sure its performance framework gives "
     "senior leaders a clear picture of its response to neighbourhood crime.", "Being progressed",
     dt.date(2024, 4, 2), C_MONITOR),
    ("H53", "peel23", 12636, AFI_T, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed", dt.date(2024, 4, 2), C_MONITOR),
    ("H54", "peel23", 12637, AFI_T, "The force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", "Being progressed", dt.date(2024, 4, 2),
     C_MONITOR),
]
HMAP = {h[0]: h for h in H}
HM_CLOSED = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# People (SharePoint user-information-list ids) and formatting helpers
# --------------------------------------------------------------------------------------------
PEOPLE = {
    "Sarah Whitfield": 14, "Mark Ellison": 22, "Priya Nair": 31, "Daniel Okafor": 17,
    "Helen Brady": 9, "Tom Castleton": 26, "Rebecca Lunn": 38, "Gareth Pryce": 12,
    "Joanne Metcalf": 41, "Ian Sowerby": 19, "Hannah Cole": 7, "Lewis Varley": 44,
}
MIGRATION = "svc-spmigration@lincs.police.uk"


def email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@lincs.police.uk"


def person(spec) -> str:
    """'Name' -> 'Name;#id'; '@Name' -> e-mail; tuple -> multi-person lookup; None -> ''."""
    if spec is None:
        return ""
    if isinstance(spec, tuple):
        return ";#".join(f"{n};#{PEOPLE[n]}" for n in spec)
    if spec.startswith("@"):
        return email(spec[1:])
    return f"{spec};#{PEOPLE[spec]}"


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def dateonly(d: dt.date | None) -> str:
    """A SharePoint date-only column as the flow exports it: local midnight in UTC (BST -> 23:00Z
    on the previous day)."""
    if d is None:
        return ""
    local = dt.datetime(d.year, d.month, d.day, tzinfo=LONDON)
    return iso(local.astimezone(dt.timezone.utc))


def choice(v: str | None) -> str:
    return "" if v is None else json.dumps({"Value": v}, ensure_ascii=False, separators=(",", ":"))


def multichoice(vs: list[str]) -> str:
    return json.dumps([{"Value": v} for v in vs], ensure_ascii=False, separators=(",", ":"))


def lookup(rep: str | None) -> str:
    if rep is None:
        return ""
    _, _, lid, lval, _ = REPORTS[rep]
    return json.dumps({"Id": lid, "Value": lval}, ensure_ascii=False, separators=(",", ":"))


def esc(s: str) -> str:
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def hexid() -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


def as_html(text: str, fmt: str) -> str:
    """plain: as typed (line breaks kept); div: classic SharePoint enhanced rich text;
    p: Power Apps rich text editor output."""
    if not text or fmt == "plain":
        return text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if fmt == "div":
        return f'<div class="ExternalClass{hexid()}"><div>' + "<br>".join(
            esc(ln).replace("  ", " &#160;") for ln in lines) + "</div></div>"
    if fmt == "p":
        out, items = [], []
        for ln in lines:
            if ln.startswith("•"):
                items.append(ln.lstrip("• ").strip())
                continue
            if items:
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
                items = []
            out.append(f"<p>{esc(ln)}</p>")
        if items:
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        return "".join(out)
    raise ValueError(fmt)


# --------------------------------------------------------------------------------------------
# Force rows (the SharePoint list, in ID order). "key": HMICFRS item (None = not on list).
# --------------------------------------------------------------------------------------------
G, B, AM, RD = "Green - complete", "Blue - closed", "Amber - on track", "Red - off track"
LEG_AMBER, LEG_COMPLETE = "Amber", "Complete"        # choice values from before the 2022 rename
FORCE_DONE = {G, B, LEG_COMPLETE}

MIG = dt.datetime(2021, 3, 15, 10, 2, 11)
_mig_clock = [MIG]


def mig_created() -> dt.datetime:
    _mig_clock[0] += dt.timedelta(seconds=rng.randint(2, 6))
    return _mig_clock[0]


def R(**kw):
    kw.setdefault("ref", "")
    kw.setdefault("types", [])
    kw.setdefault("fmt", "plain")
    kw.setdefault("upd_fmt", "plain")
    kw.setdefault("update", "")
    kw.setdefault("owner", None)
    kw.setdefault("target", None)
    kw.setdefault("submitted", None)
    kw.setdefault("pub", "report")
    kw.setdefault("attach", kw.get("submitted") is not None)   # evidence attached
    kw.setdefault("why", "")
    return kw


SF_B = [b.strip("• ;.").replace("; and", "").strip() for b in SF_LEADERSHIP.split("\n")[1:]]
SF_STEM = ("Within 12 months, forces should review their leadership and governance arrangements "
           "for MSHT, to ensure that ")
CDI_B = [b.strip("• ;").replace("; and", "").strip() for b in CDI_VICTIMS_BODY.split("\n")[1:]]
BWV_P = BWV_2021.split("\n")

ROWS = [
    # ---- migrated from the Excel tracker, 15 March 2021 (bulk import, seconds apart) -------
    R(id=1, key="H01", title="THR criteria for call handlers", rep="core", fmt="plain",
      text=nat("core", 0), owner="Gareth Pryce", rag=LEG_COMPLETE,
      update="THRIVE+ criteria embedded in the FCC from Jan 2015. Closed by HMIC Feb 2016.",
      why="text verbatim, no ref; HMICFRS Complete, legacy choice 'Complete' = done"),
    R(id=2, key="H02", title="Crime prevention activity - record & evaluate", rep="core",
      text=nat("core", 1), owner="Ian Sowerby", rag=LEG_AMBER,
      update="Evaluation framework still in draft.\nTo be picked up in the Prevention Strategy "
             "refresh (Neighbourhood Policing Board).",
      why="HMICFRS Superseded (closed); force legacy 'Amber' = open"),
    R(id=3, key=None, title="Savings plans review (Austerity)", rep="austerity", types=[REC_T],
      text=nat("austerity", 0), owner="@Lewis Varley", rag=LEG_COMPLETE,
      update="MTFP savings plan reviewed 2014/15. Closed.",
      why="Policing in Austerity 2014 item; not on the HMICFRS list"),
    R(id=4, key="H03", title="Misconduct NFA outcomes - fairness", ref="5107", rep="integrity",
      types=[NAT_T], text=nat("integrity", 0).replace("“", '"').replace("”", '"'),
      owner="Rebecca Lunn", rag=G, submitted=dt.date(2019, 11, 20),
      update="PSD dip-sample of NFA outcomes by protected characteristic completed and reported to "
             "the Ethics & Integrity Board (Oct 2019).\nEvidence pack submitted to HMICFRS "
             "20/11/2019.",
      why="HMICFRS Being progressed; force Green - complete, submitted 2019"),
    R(id=6, key="H05", title="FL governance v APP", ref="5611", rep="firearms", types=[NAT_T],
      text="Assess governance of firearms licensing against APP. Put correct arrangements in place "
           "immediately where standards are not met.", owner="Tom Castleton", rag=B,
      why="ref 5611; abridged text; Complete on both sides"),
    R(id=7, key="H06", title="FL demand & capacity", ref="5612", rep="firearms", types=[NAT_T],
      text=FIREARMS, owner="Tom Castleton", rag=AM, upd_fmt="div",
      update="Renewals peak 2024/25 modelled. 3 x temporary FEOs recruited.\nBacklog 412 at end "
             "of Sept 2024 (down from 690).", target=dt.date(2025, 3, 31),
      mod_after=dt.date(2024, 10, 2),
      why="ref 5612; open on both sides"),
    R(id=8, key="H07", title="Total expired records", rep="firearms", text=nat("firearms", 2),
      owner="Tom Castleton", rag=LEG_AMBER,
      update="Monthly NFLMS report of total expired records reviewed by the FL manager.",
      why="HMICFRS Complete; force legacy 'Amber' = open"),
    R(id=9, key="H08", title="Temporary permits - HO guidance", ref="5614", rep="firearms",
      types=[NAT_T], text=nat("firearms", 3), owner="Tom Castleton", rag=G,
      submitted=dt.date(2024, 5, 17), update="Temporary permit process rewritten; NFLMS entries "
      "audited (0 exceptions in Q4 23/24). Submitted for closure 17/05/2024.",
      why="HMICFRS Being progressed; force Green - complete"),
    R(id=10, key="H09", title="FL - STORM flag for certificate holders", ref="5615",
      rep="firearms", types=[NAT_T], text="", owner="Tom Castleton", rag=AM,
      update="STORM address flagging live for SGC/FAC holders. Dispatcher briefing and risk "
             "assessment training still to be rolled out (L&D).",
      why="RecommendationText empty: paired on ref 5615 alone; open on both sides"),
    R(id=11, key="H10", title="Missing children - absent category & risk", ref="7024",
      rep="ncpi", types=[REC_T], text=NCPI_MISSING, fmt="div", owner="Sarah Whitfield", rag=B,
      why="ref 7024; HTML text; Complete on both sides"),
    R(id=12, key="H11", title="Detention of children in custody", rep="ncpi", types=[REC_T],
      text=NCPI_DETENTION.replace("’", "'").replace(":•", ":\n•").replace(";•", ";\n•")
      .replace("and• ", "\n• "), fmt="p", owner="Joanne Metcalf", rag=AM,
      update="Concordat on children in custody signed with the LA. AA timeliness still poor "
             "out of hours.",
      why="no ref; Power Apps HTML with &#39; and <ul><li>; open on both sides"),
    R(id=13, key="H12", title="MSHT leadership (1/4) - senior leaders prioritise", ref="8390",
      rep="stolen", types=[NAT_T], text=SF_STEM + SF_B[0] + ".", owner="Daniel Okafor", rag=G,
      submitted=dt.date(2024, 2, 2), why="split row 1/4; all four parts Green - complete; HMICFRS open"),
    R(id=14, key="H12", title="MSHT leadership (2/4) - resourcing of investigations", ref="8390",
      rep="stolen", types=[NAT_T], text=SF_STEM + SF_B[1] + ".", owner="Daniel Okafor", rag=G,
      submitted=dt.date(2024, 2, 2), why="split row 2/4; all parts done; HMICFRS open"),
    R(id=15, key="H12", title="MSHT leadership (3/4) - partnership arrangements", ref="8390",
      rep="stolen", types=[NAT_T], text=SF_STEM + SF_B[2] + ".", owner="Daniel Okafor", rag=G,
      submitted=dt.date(2024, 2, 2), why="split row 3/4; all parts done; HMICFRS open"),
    R(id=16, key="H12", title="MSHT leadership (4/4) - performance & QA", ref="8390",
      rep="stolen", types=[NAT_T], text=SF_STEM + SF_B[3].replace("quality assurance", "QA") + ".",
      owner="Daniel Okafor", rag=G, submitted=dt.date(2024, 2, 2),
      update="All four strands evidenced via the MSHT Strategic Board minutes. Submitted "
             "02/02/2024.", why="split row 4/4; all parts done; HMICFRS open"),
    R(id=17, key="H13", title="MSHT info sharing agreements", rep="stolen", types=[NAT_T],
      text="Within 12 months, forces should have in place active ISAs with other agencies to "
           "facilitate speedy exchange of intelligence & in order to safeguard victims better & "
           "to identify suspects as early as possible.", owner="Daniel Okafor", rag=AM,
      why="timescale differs: HMICFRS 'Within six months', force 'Within 12 months'"),
    R(id=18, key="H14", title="s45 defence", ref="8392", rep="stolen", types=[NAT_T],
      text=nat("stolen", 2), owner="Daniel Okafor", rag=G,
      why="ref 8392; Complete / Green - complete"),
    R(id=19, key="H15", title="NRM compliance & duty to notify", rep="stolen", types=[NAT_T],
      text=MSHT_NRM.rstrip(".") + " (duty to notify).", owner="@Daniel Okafor", rag=AM,
      update="Duty to notify compliance dip-sample due Q3.",
      why="HMICFRS Complete; force Amber - on track"),
    R(id=20, key="H16", title="NCRS compliance for MSHT", ref="8394", rep="stolen", types=[NAT_T],
      text="Immediately, forces should take steps to ensure they fully comply with NCRS "
           "requirements for offences identified as MSHT & that sufficient audit capacity is "
           "available to the FCR to provide reassurance that each force is identifying & managing "
           "any gaps in its crime-recording accuracy for these types of offences.",
      owner="Sarah Whitfield", rag=AM, why="ref 8394; abbreviated text; open on both sides"),
    R(id=21, key="H17", title="MSHT investigation & supervision", ref="8395", rep="stolen",
      types=[NAT_T], text=nat("stolen", 5), owner="Daniel Okafor", rag=G,
      submitted=dt.date(2024, 2, 2), why="HMICFRS Being progressed; force Green - complete"),
    R(id=22, key="H18", title="MSHT preventative powers (STPOs/STROs)", ref="8396", rep="stolen",
      types=[NAT_T], text=nat("stolen", 6), owner="Daniel Okafor", rag=AM,
      why="ref 8396; open on both sides"),
    R(id=23, key=None, title="Local - MSHT SPOC per LPA", rep="stolen", types=["Local action"],
      text="Appoint a single point of contact for modern slavery and human trafficking in each "
           "local policing area.", owner="Daniel Okafor", rag=LEG_COMPLETE,
      why="force's own action filed under Stolen Freedom; not an HMICFRS item"),
    R(id=25, key="H19", title="Digital services plan", ref="8470", rep="efc17", types=[REC_T],
      text=DIGITAL, owner="@Mark Ellison", rag=RD,
      update="Digital Services Strategy delayed pending ICT restructure.",
      why="HMICFRS Superseded; force Red - off track (type 'Recommendation' for a national "
          "recommendation is not a type conflict; the omitted sentence is addressed to the Home "
          "Office/NPCC/APCC)"),
    R(id=26, key="H20", title="S&S disproportionality - CoC", ref="8541", rep="leg17",
      types=[COC_T], text=nat("leg17", 0), owner="Priya Nair", rag=AM,
      why="ref 8541; cause of concern; open on both sides"),
    R(id=27, key="H21", title="S&S monitoring data", ref="8542", rep="leg17", types=[NAT_T],
      text=SAS_MONITORING_2017.replace(" •", "\n•"), fmt="div", owner="Priya Nair", rag=G,
      submitted=dt.date(2024, 7, 5), upd_fmt="div",
      update="S&S dashboard (ethnicity, find rates, possession-only drug searches) live in "
             "Qlik.\nSubmitted for closure 05/07/2024.",
      why="HMICFRS Being progressed; force Green - complete"),
    R(id=28, key="H22", title="S&S disparities - research & action", rep="leg17", types=[NAT_T],
      text=nat("leg17", 2).replace("\n", " "), owner="Priya Nair", rag=G,
      why="no ref; Complete / Green - complete"),
    R(id=29, key="H24", title="S&S unconscious bias training", ref="8545", rep="leg17",
      types=[REC_T], text=nat("leg17", 4), owner="Priya Nair", rag=AM,
      update="Unconscious bias e-learning completion 78% of S&S-trained officers.",
      why="HMICFRS Complete; force Amber - on track"),
    R(id=31, key="H25", title="AFI - Niche case file management", ref="9120", rep="peel18",
      types=["AFI"], text="The force should improve its use of its crime-recording and management "
      "system to better manage its case files and investigative processes.", owner="Helen Brady",
      rag=B, why="ref 9120; Complete / Blue - closed"),
    R(id=32, key="H26", title="AFI - demand understanding", ref="9121", rep="peel18",
      types=["AFI"], text="The force should undertake further work to gain a fuller understanding "
      "of current demand for its services, and likely future changes in demand.",
      owner="Mark Ellison", rag=G, submitted=dt.date(2023, 11, 30),
      update="FMS 2023 and demand model signed off at Strategic Planning Board.",
      why="HMICFRS Being progressed; force Green - complete"),
    R(id=33, key="H27", title="AFI - workforce plan", rep="peel18", types=["AFI"],
      text="The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget.", owner="Lewis Varley", rag=AM,
      why="HMICFRS Superseded; force Amber - on track"),
    R(id=34, key="H28", title="AFI - whistleblowing", ref="9123", rep="peel18", types=["AFI"],
      text="The force should make sure it provides a confidential way for staff to raise concerns "
           "and that staff are aware of whistleblowing processes.", owner="Rebecca Lunn", rag=AM,
      why="ref 9123; open on both sides"),
    R(id=35, key="H29", title="CDI Rec 1(a) - victims believed", ref="9480", rep="cdi19",
      types=[REC_T], text="Within six months the force should put in place arrangements to ensure "
      "that: " + CDI_B[0], owner="Sarah Whitfield", rag=AM,
      why="split row; force split the recommendation into 4 rows but it has 5 bullets: "
          "'online reports of crime are triaged' is missing"),
    R(id=36, key="H29", title="CDI Rec 1(b) - call summaries in incident log", ref="9480",
      rep="cdi19", types=[REC_T], text="Within six months the force should put in place "
      "arrangements to ensure that: " + CDI_B[1], owner="Sarah Whitfield", rag=G,
      why="split row of 9480; bullet 5 missing across the split"),
    R(id=37, key="H29", title="CDI Rec 1(c) - multiple crimes recorded", ref="9480", rep="cdi19",
      types=[REC_T], text="Within six months the force should put in place arrangements to ensure "
      "that: " + CDI_B[2], owner="Sarah Whitfield", rag=AM,
      why="split row of 9480; bullet 5 missing across the split"),
    R(id=38, key="H29", title="CDI Rec 1(d) - no waiting for medical/VRI", ref="9480", rep="cdi19",
      types=[REC_T], text="Within six months the force should put in place arrangements to ensure "
      "that: " + CDI_B[3], owner="Sarah Whitfield", rag=G,
      why="split row of 9480; bullet 5 missing across the split"),
    R(id=39, key="H30", title="CDI AFI - RASSO recording", ref="9481", rep="cdi19", types=["AFI"],
      text="The force should make sure it records reports of rape and serious sexual offences "
           "accurately and without delay.", owner="Sarah Whitfield", rag=G,
      why="ref 9481; Complete / Green - complete"),
    R(id=40, key="H31", title="CDI Rec 2 - OOCD explanations & victim views", ref="9482",
      rep="cdi19", types=[REC_T], text="Within 3 months, the force should revise its approach to "
      "cautions, cannabis warning & penalty notices for disorder to ensure that there is a clear "
      "& auditable explanation to the offender of the implications of receiving the warning and "
      "that, for victim-based crimes, there is a clear & auditable record that views of the victim "
      "are considered prior to their issue.", owner="@Ian Sowerby", rag=AM,
      why="ref 9482; open on both sides"),
    R(id=41, key="H32", title="Comms skills / conflict management", ref="10311", rep="powers",
      types=[NAT_T], text=nat("powers", 0), owner="Joanne Metcalf", rag=G,
      submitted=dt.date(2023, 9, 14), why="HMICFRS Being progressed; force Green - complete"),
    R(id=42, key="H33", title="CPD & BWV debriefs", ref="10312", rep="powers", types=[NAT_T],
      text=nat("powers", 1), owner="Joanne Metcalf", rag=AM, why="ref 10312; open on both sides"),
    R(id=43, key="H34", title="BWV (a) - record whole S&S encounter", ref="10313", rep="powers",
      types=[NAT_T], text=BWV_P[0], owner="Priya Nair", rag=G,
      why="split row 1/3; part (b) still Amber so the item is open on the force side; HMICFRS open"),
    R(id=44, key="H34", title="BWV (b) - internal review of footage", ref="10313", rep="powers",
      types=[NAT_T], text="By September 2021, forces should " + BWV_P[1], owner="Priya Nair",
      rag=AM, why="split row 2/3; open; HMICFRS open"),
    R(id=45, key="H34", title="BWV (c) - scrutiny panel access", ref="10313", rep="powers",
      types=[NAT_T], text="By September 2021, forces should " + BWV_P[2], owner="Priya Nair",
      rag=G, why="split row 3/3; item open on the force side because part (b) is open; HMICFRS open"),
    R(id=46, key="H36", title="Use of force monitoring", ref="10315", rep="powers", types=[NAT_T],
      text=nat("powers", 4), owner=("Priya Nair", "Joanne Metcalf"), rag=G,
      why="ref 10315; Complete / Green - complete; two owners in one person field"),
    # ---- PEEL 2021/22, entered through the Power App, July 2022 ----------------------------
    R(id=58, key="H37", title="AFI 1 - VAWG understanding", ref="11840", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H37"][4], owner="Sarah Whitfield", rag=AM,
      why="ref 11840; open on both sides"),
    R(id=59, key="H38", title="AFI 2 - DA investigation allocation", ref="11841", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H38"][4], owner="Sarah Whitfield", rag=G,
      submitted=dt.date(2024, 8, 1), upd_fmt="p",
      update="Allocation policy revised; DA investigations now PIP2 only.\nSubmitted for closure "
             "01/08/2024.", why="HMICFRS Being progressed; force Green - complete"),
    R(id=60, key=None, title="Local - DA dip sampling", rep="peel21", types=["Local action"],
      fmt="p", text="Dip-sample 50 domestic abuse crime reports each quarter and report findings "
      "to the Crime Standards Board.", owner="Sarah Whitfield", rag=AM,
      why="force's own action under PEEL 2021/22 (near the DA AFI); not an HMICFRS item"),
    R(id=61, key="H39", title="Rec 3 - response times (vulnerable adults)", ref="11842",
      rep="peel21", types=[REC_T], fmt="p", text=HMAP["H39"][4], owner="Gareth Pryce", rag=AM,
      why="type differs: HMICFRS Area for improvement, force Recommendation"),
    R(id=62, key="H40", title="AFI 4 - fraud victim updates", ref="11843", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H40"][4], owner="Ian Sowerby", rag=G,
      why="ref 11843; Complete / Green - complete"),
    R(id=63, key="H41", title="AFI 5 - FCC resourcing", ref="11844", rep="peel21", types=["AFI"],
      fmt="p", text=CONTROL_ROOM, owner="Gareth Pryce", rag=AM, upd_fmt="p",
      update="FCC establishment review complete. 14 call handler vacancies at Sept 2024.",
      mod_after=dt.date(2024, 10, 2),
      why="ref 11844; open on both sides"),
    R(id=65, key="H43", title="AFI 7 - E&D workforce data", ref="11846", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H43"][4], owner="Lewis Varley", rag=AM,
      why="HMICFRS Complete; force Amber - on track"),
    R(id=66, key="H44", title="AFI 8 - DFU timeliness", ref="11847", rep="peel21", types=["AFI"],
      fmt="p", text=HMAP["H44"][4], owner="Helen Brady", rag=G, submitted=dt.date(2024, 9, 12),
      why="HMICFRS Being progressed; force Green - complete"),
    R(id=67, key="H45", title="AFI 9 - ancillary orders (stalking)", ref="11884", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H45"][4], owner="Sarah Whitfield", rag=AM,
      why="reference differs: force 11884, HMICFRS 11848 (transposed); text, report and type agree"),
    R(id=68, key=None, title="Local - stalking policy T&F", rep="peel21", types=["Local action"],
      fmt="p", text="Task & Finish group to review the stalking and harassment policy and report "
      "to the Force Executive Team.", owner="Sarah Whitfield", rag=G,
      why="force's own action (near the stalking AFI); not an HMICFRS item"),
    R(id=69, key="H46", title="AFI 10 - county lines analysis", ref="11849", rep="peel21",
      types=["AFI"], fmt="p", text=HMAP["H46"][4], owner="Helen Brady", rag=AM,
      why="ref 11849; open on both sides"),
    # ---- later additions ------------------------------------------------------------------
    R(id=81, key=None, title="IA 23/24 - FL governance audit", rep="firearms",
      types=["Local action"], fmt="p",
      text="Internal audit of the firearms licensing governance arrangements (audit plan "
           "2023/24). Auditors to test compliance with APP and report to JARAP.",
      owner="@Tom Castleton", rag=AM,
      why="internal audit action filed under Firearms licensing 2015; not an HMICFRS item"),
    # ---- PEEL 2023-25, entered March/April 2024 ------------------------------------------
    R(id=88, key="H47", title="CoC - investigation capacity & capability", ref="12630",
      rep="peel23", types=[COC_T], fmt="p", text=HMAP["H47"][4], owner="Helen Brady", rag=AM,
      why="ref 12630; cause of concern; open on both sides"),
    R(id=89, key="H48", title="CoC Rec - supervision of investigations", ref="12631",
      rep="peel23", types=[COC_T, REC_T], fmt="p", text=HMAP["H48"][4], owner="Helen Brady",
      rag=AM, why="ref 12631; tagged Cause of concern + Recommendation (the recommendation of the "
      "cause of concern: type agrees); open on both sides"),
    R(id=90, key="H49", title="AFI - ASB recording", ref="12632", rep="peel23", types=["AFI"],
      fmt="p", text=HMAP["H49"][4], owner=None, rag=None, update="Awaiting allocation.",
      why="RAG blank (not yet graded) = open; HMICFRS Awaiting review"),
    R(id=91, key="H50", title="AFI - CSE partnership safeguarding", ref="12633", rep="peel23",
      types=["AFI"], fmt="p", text=HMAP["H50"][4], owner="Sarah Whitfield", rag=AM,
      why="ref 12633; open on both sides"),
    R(id=92, key="H42", title="AFI - RUI & bail management", ref="11845", rep="peel23",
      types=["AFI"], fmt="p", text=HMAP["H42"][4], owner="Ian Sowerby", rag=AM,
      why="report/date differ: filed under PEEL 2023-25 (published 14/03/2024); HMICFRS has it "
          "under PEEL 2021/22 (28/06/2022)"),
    R(id=93, key="H52", title="AFI - neighbourhood crime performance", ref="12635", rep="peel23",
      types=["AFI"], fmt="p", text=HMAP["H52"][4], owner="Mark Ellison", rag=G,
      submitted=dt.date(2024, 10, 1), upd_fmt="p",
      update="Neighbourhood crime measures added to the monthly performance pack.\nSubmitted "
             "01/10/2024.", why="HMICFRS Being progressed; force Green - complete"),
    R(id=94, key="H53", title="AFI - vetting backlog", ref="12636", rep="peel23", types=["AFI"],
      fmt="p", text=HMAP["H53"][4], owner="Rebecca Lunn", rag=RD,
      update="Backlog 1,140 renewals. Additional vetting officers approved in 2025/26 budget.",
      mod_after=dt.date(2024, 10, 8),
      why="ref 12636; open on both sides (Red)"),
    R(id=95, key="H54", title="AFI - online CSA offender management", ref="12637", rep="peel23",
      types=["AFI"], fmt="p", text=HMAP["H54"][4], owner="Sarah Whitfield", rag=AM,
      why="ref 12637; open on both sides"),
]

# which HMICFRS items the force never entered
MISSING_WHY = {
    "H04": "Building the Picture 2015 item (closed by HMICFRS) never carried into the list",
    "H23": "annual publication of S&S analysis: not in the tracker",
    "H35": "addressed to the Home Office and NPCC; the force did not track it",
    "H51": "new PEEL 2023-25 AFI not yet entered",
}

# hand-decided category per HMICFRS item (checked against the statuses below)
CONFLICTS = {"H13", "H29", "H39", "H42", "H45"}


def stamps(row) -> None:
    """Created/Modified and who, by batch."""
    i = row["id"]
    if i <= 46:
        row["created"] = mig_created()
        row["created_by"] = MIGRATION
    elif i <= 69:
        row["created"] = dt.datetime(2022, 7, 11, 9, 0) + dt.timedelta(
            minutes=(i - 58) * 7 + rng.randint(0, 5), seconds=rng.randint(0, 59))
        row["created_by"] = email("Hannah Cole")
    elif i == 81:
        row["created"] = dt.datetime(2023, 5, 9, 13, 41, rng.randint(0, 59))
        row["created_by"] = email("Tom Castleton")
    else:
        row["created"] = dt.datetime(2024, 3, 26, 10, 15) + dt.timedelta(
            minutes=(i - 88) * 4 + rng.randint(0, 3), seconds=rng.randint(0, 59))
        row["created_by"] = email("Hannah Cole")
    lo = max(row["created"], dt.datetime(2022, 8, 1))
    if row["submitted"]:                       # the closure date was typed in on that edit
        lo = max(lo, dt.datetime.combine(row["submitted"], dt.time(0)))
    if row.get("mod_after"):
        lo = max(lo, dt.datetime.combine(row["mod_after"], dt.time(0)))
    days = (dt.date(2024, 10, 31) - lo.date()).days
    day = lo.date() + dt.timedelta(days=rng.randint(days // 3, days))
    while day.weekday() >= 5:                  # edited in office hours, on a weekday
        day -= dt.timedelta(days=1)
    t = dt.datetime.combine(day, dt.time(7, 30)) + dt.timedelta(seconds=rng.randint(0, 9 * 3600))
    row["modified"] = max(t, row["created"] + dt.timedelta(minutes=3))
    editors = ["Hannah Cole", "Hannah Cole", "Sarah Whitfield", "Tom Castleton", "Priya Nair",
               "Mark Ellison"]
    row["modified_by"] = email(rng.choice(editors))
    row["version"] = f"{rng.randint(2, 14)}.0"


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
SHEET = "Recommendations"
HEADER_ROW = 4


def build_hmicfrs() -> dict[str, int]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "HMICFRS monitoring – recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Force: {FORCE}    Extracted: 04/11/2024 08:52    Status filter: All"
    ws["A2"].font = Font(italic=True)
    heads = ["Reference", "Applies to", "Report title", "Publication date", "Type",
             "Recommendation / area for improvement", "Status", "Status date", "HMICFRS comment"]
    fill = PatternFill("solid", fgColor="1F3864")
    for c, h in enumerate(heads, 1):
        cell = ws.cell(HEADER_ROW, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    items = sorted(H, key=lambda h: (REPORTS[h[1]][1], h[2]))
    rows = {}
    for n, (key, rep, ref, typ, text, status, sdate, comment) in enumerate(items):
        r = HEADER_ROW + 1 + n
        title, pub, _, _, national = REPORTS[rep]
        vals = [ref, "All forces" if national else FORCE, title, pub, typ, text, status, sdate,
                comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        rows[key] = r
    for col, w in zip("ABCDEFGHI", (11, 18, 48, 14, 24, 90, 17, 13, 60)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:I{HEADER_ROW + len(items)}"
    about = wb.create_sheet("About this extract")
    for i, line in enumerate([
        "This extract lists every recommendation, cause of concern and area for improvement "
        "held against the force, open and closed.",
        "Status values: Awaiting review; Being progressed; Complete; Superseded.",
        "National recommendations are listed against every force they apply to.",
        "Queries to the Force Liaison Lead.",
    ], 1):
        about.cell(i, 1, line)
    buf = io.BytesIO()
    wb.save(buf)
    (CASE / "hmicfrs.xlsx").write_bytes(fix_zip(buf.getvalue()))
    return rows


def fix_zip(data: bytes) -> bytes:
    """Make the xlsx byte-reproducible: fixed member timestamps and core.xml dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2024-11-04T08:52:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 8, 52, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


COLS = ["ID", "Title", "HMICFRSRef", "InspectionReport", "ItemType", "PublicationDate",
        "RecommendationText", "ActionOwner", "RAGStatus", "LatestUpdate", "TargetDate",
        "DateSubmittedForClosure", "Attachments", "Modified", "Created", "Created By",
        "Modified By", "OData__UIVersionString"]


def build_tracker() -> dict[int, int]:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLS)
    rows = {}
    for n, row in enumerate(ROWS):
        stamps(row)
        pub = REPORTS[row["rep"]][1] if row["pub"] == "report" else row["pub"]
        w.writerow([
            row["id"], row["title"], row["ref"], lookup(row["rep"]), multichoice(row["types"]),
            dateonly(pub), as_html(row["text"], row["fmt"]), person(row["owner"]),
            choice(row["rag"]), as_html(row["update"], row["upd_fmt"]), dateonly(row["target"]),
            dateonly(row["submitted"]), "true" if row["attach"] else "false",
            iso(row["modified"]), iso(row["created"]), row["created_by"], row["modified_by"],
            row["version"],
        ])
        rows[row["id"]] = n + 2          # header is Excel row 1
    (CASE / "tracker.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return rows


def category(key: str, frows: list[dict]) -> str:
    hm_closed = HMAP[key][5] in HM_CLOSED
    if key in CONFLICTS:
        return "conflict"
    f_done = all(r["rag"] in FORCE_DONE for r in frows)   # a split item is done when every part is
    if hm_closed and f_done or not hm_closed and not f_done:
        return "in_sync"
    return "closeable_local" if hm_closed else "closeable_submit"


def main() -> None:
    CASE.mkdir(exist_ok=True)
    hrows = build_hmicfrs()
    frows = build_tracker()
    by_key: dict[str, list[dict]] = {}
    for r in ROWS:
        if r["key"]:
            by_key.setdefault(r["key"], []).append(r)
    assert set(by_key) | set(MISSING_WHY) == set(HMAP) and not set(by_key) & set(MISSING_WHY)
    lines = []
    for key in sorted(HMAP, key=lambda k: hrows[k]):
        hr = f"{SHEET}!{hrows[key]}"
        if key in MISSING_WHY:
            lines.append((hr, "", "missing_from_force", MISSING_WHY[key]))
            continue
        cat = category(key, by_key[key])
        for r in by_key[key]:
            lines.append((hr, f"tracker.csv!{frows[r['id']]}", cat, r["why"]))
    for r in ROWS:
        if r["key"] is None:
            lines.append(("", f"tracker.csv!{frows[r['id']]}", "not_on_hmicfrs_list", r["why"]))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print(f"HMICFRS items {len(H)}, tracker rows {len(ROWS)}, truth lines {len(lines)}")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
