"""Case register_copied_from_web: the HMICFRS register copied from its web pages into Excel
by an analyst (HTML remnants, URL references, 'Status:' and 'Published:' prefixes, two-row
items); the force tracker is an ordinary xlsx with an open sheet and a closed sheet."""
from __future__ import annotations

import datetime as dt
import os
import random
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from common import (F, N, T, body, category, drift, nat, status_why, topic, write_truth)

SEED = 20231114
rng = random.Random(SEED)
OUT = "/tmp/indep6/web/register_copied_from_web"
os.makedirs(OUT, exist_ok=True)

FORCE = "West Midlands Police"
SLUG = "west-midlands"
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
BP, AR, CO = "Being progressed", "Awaiting review", "Complete"

# report key -> (HMICFRS title, publication date, force tracker label, force type word for recs)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone’s business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – An inspection of West Midlands Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efc17wm": ("PEEL: Police efficiency 2017 – An inspection of West Midlands Police", dt.date(2017, 11, 9),
                "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17wm": ("PEEL: Police legitimacy 2017 – An inspection of West Midlands Police", dt.date(2017, 12, 12),
                "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018 – West Midlands Police",
               dt.date(2018, 6, 14), "NCPI 2018"),
    "cdi18": ("Crime data integrity inspection 2018 – West Midlands Police",
              dt.date(2018, 9, 27), "CDI inspection 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands "
                 "Police", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
}

WM = dict(area="the West Midlands", neighbour="Staffordshire Police")


def bullets(text: str) -> tuple[str, list[str]]:
    """Split a bulleted text into its stem and bullets."""
    parts = re.split(r"\s*•\s*", text)
    return parts[0].strip(), [p.strip() for p in parts[1:]]


# ------------------------------------------------------------------ the items
# Each item: id, report, type, text, HMICFRS status, optional comment, web style,
# force rows (None = the force lost it), conflict (why) or None.
# A force row: dict(text=..., rag=..., sheet="open"/"closed", ftype=..., ref=True/False/int,
#                   report=<label override>, pub=<date override>)
ITEMS: list[dict] = []


def item(id_, rep, typ, text, hs, force, conflict=None, comment=None, two=False, web=""):
    ITEMS.append(dict(id=id_, rep=rep, type=typ, text=text, hs=hs, force=force,
                      conflict=conflict, comment=comment, two=two, web=web))


def fr(text, rag, sheet="open", ftype=None, ref=False, **kw):
    d = dict(text=text, rag=rag, sheet=sheet, ftype=ftype, ref=ref)
    d.update(kw)
    return d


SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")
REVIEW_NOTE = ("The status of this recommendation is currently being reviewed by HMIC and will "
               "be updated when this review is complete.")
MONITOR_NOTE = ("The progress of the implementation of this recommendation is currently being "
                "monitored by HMICFRS and this record will, in due course, be updated.")

# --- national reports
t = nat("sas13", 0)
item(1023, "sas13", REC, t, CO, [fr(drift(t, "abbr:3"), "GREEN", "closed", "National Rec")],
     comment="This recommendation is complete", web="readmore")
t = nat("sas13", 1)
item(1024, "sas13", REC, t, CO, [fr(drift(t, "nat,abbr:2"), "AMBER", ftype="Rec")],
     comment="[on]9th February 2017 [status]complete[/status][/on]", two=True)
t = nat("sas13", 2)
item(1025, "sas13", REC, t, BP, [fr(drift(t, "nat,trunc:150"), "GREEN", "closed", "Rec", ref=True)],
     web="readmore")
t = N.EVERYONE_PLAN
item(2321, "everyone", REC, t, CO,
     [fr("Establish and publish an action plan that specifies in detail what steps the force will "
         "take to improve its approach to domestic abuse (developed with PCC, DA support orgs and "
         "victims' reps; considering all recs in the report, DHRs and IPCC findings, CPS "
         "scrutiny panels and MARAC self-assessments)", "GREY", "closed", "National Rec", ref=True)],
     comment=SUPERSEDED_NOTE, web="excerpt")
t = nat("austerity", 0)
item(2590, "austerity", REC, t, CO, [fr(drift(t, "nat,trunc:140"), "Complete", "closed", "Rec")])
t = nat("austerity", 1)
item(2591, "austerity", REC, t, CO, None, comment="This recommendation is complete")
t = nat("austerity", 2)
item(2592, "austerity", REC, t, BP, [fr(drift(t, "abbr"), "AMBER", ftype="Rec")], two=True)
t = nat("austerity", 3)
item(2593, "austerity", REC, t, BP,
     [fr(drift(t, "miss"), "Open - Actions on going on track", ftype="Rec")], web="readmore")
t = nat("core", 0)
item(4822, "core", REC, t, AR, [fr(drift(t, "straight"), "GREEN", ftype="Rec", ref=True)],
     comment=REVIEW_NOTE)
t = nat("core", 1)
item(4823, "core", REC, t, BP, None)
t = nat("integrity", 0)
item(902, "integrity", REC, t, BP,
     [fr(drift(t, "nat,straight"), "AMBER", ftype="AFI", ref=True)],
     conflict="type differs: HMICFRS lists it as a Recommendation, the tracker as an AFI",
     web="readmore")
t = nat("sas15", 0)
item(3105, "sas15", REC, t, BP, [fr(drift(t, "nat,abbr:3"), "AMBER", ftype="Rec")])
t = nat("picture", 0)
item(3380, "picture", REC, t, BP, [fr(drift(t, "nat"), "In progress", ftype="Rec", ref=True)],
     comment=MONITOR_NOTE)
t = nat("firearms", 0)
item(3701, "firearms", REC, t, CO, [fr(drift(t, "nat,trunc:160"), "GREEN", "closed", "Rec")],
     comment="This recommendation is complete")
t = nat("firearms", 1)
item(3702, "firearms", REC, t, BP, [fr(drift(t, "nat"), "GREEN", ftype="Rec", ref=True)])
t = nat("firearms", 2)
item(3703, "firearms", REC, t, CO, [fr(drift(t, "nat"), "AMBER", ftype="Rec")],
     comment="[on]27th April 2018 [status]complete[/status][/on]")
t = nat("firearms", 3)
item(3704, "firearms", REC, t, BP,
     [fr(drift(t, "nat,abbr:2"), "AMBER", ftype="Rec", pub=dt.date(2016, 9, 15))],
     conflict="publication date differs: HMICFRS 'Published: 15 September 2015', tracker "
              "15/09/2016 (other rows of the same report say 15/09/2015)", two=True)
t = nat("firearms", 4)
item(3705, "firearms", REC, t, BP, [fr(drift(t, "nat,trunc:170"), "AMBER", ftype="Rec")])

t = nat("stolen", 0)
stem, bl = bullets(t)
item(8601, "stolen", REC, t, BP,
     [fr(drift(stem + " " + bl[0], "abbr"), "GREEN", ftype="Rec", ref=True),
      fr(drift(bl[1], "abbr"), "AMBER", ftype="Rec", ref=True),
      fr(drift(bl[2], "abbr"), "GREEN", ftype="Rec", ref=True),
      fr(drift(bl[3], "abbr"), "AMBER", ftype="Rec", ref=True)], two=True, web="li")
t = nat("stolen", 1)
item(8602, "stolen", REC, t, BP,
     [fr("Within 12 months, the force should have in place active information-sharing "
         "agreements with other agencies to facilitate speedy exchange of intelligence and in "
         "order to safeguard victims better and to identify suspects as early as possible.",
         "AMBER", ftype="Rec")],
     conflict="timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'")
t = nat("stolen", 2)
item(8603, "stolen", REC, t, BP, [fr(drift(t, "nat,abbr"), "GREEN", ftype="Rec")])
t = nat("stolen", 3)
item(8604, "stolen", REC, t, BP, [fr(drift(t, "nat,abbr"), "Pending sign off", ftype="Rec")],
     web="readmore")
t = nat("stolen", 4)
item(8605, "stolen", REC, t, AR, [fr(drift(t, "nat,abbr,trunc:180"), "AMBER", ftype="Rec")])
t = nat("stolen", 5)
item(8606, "stolen", REC, t, BP, None, web="excerpt")
t = nat("stolen", 6)
item(8607, "stolen", REC, t, BP, [fr(drift(t, "nat,abbr"), "RED", ftype="Rec")])
t = nat("efc17", 0)
item(8650, "efc17", REC, t, BP,
     [fr("By Sept 2018, the Chief Constable should produce an ambitious plan to improve "
         "digitally-enabled services within the force.", "GREEN", ftype="Rec", ref=True)],
     web="excerpt")

t = nat("leg17", 0)
item(8541, "leg17", COC, t, BP,
     [fr(drift(t, "abbr:2"), "AMBER", ftype="Cause of Concern", ref=True)])
t = nat("leg17", 1)
stem, bl = bullets(t)
item(8542, "leg17", REC, t, BP,
     [fr(drift(stem + " " + bl[0], "nat,abbr:1"), "AMBER", ftype="Rec", ref=True),
      fr(drift(bl[1], "abbr:1"), "GREEN", ftype="Rec", ref=True)],
     conflict="the tracker splits this into rows for two of its three bullets; no row for "
              "'the prevalence of possession-only drug searches ...'", web="li")
t = nat("leg17", 2)
item(8543, "leg17", REC, t, BP, [fr(drift(t, "single,nat"), "GREEN", ftype="Rec")])
t = nat("leg17", 3)
item(8544, "leg17", REC, t, CO,
     [fr("We expect the force to publish this analysis and any actions taken at least on an "
         "annual basis, from July 2018.", "In progress", ftype="Rec")],
     comment="This recommendation is complete")
t = nat("leg17", 4)
item(8545, "leg17", REC, t, BP,
     [fr(drift(t, "nat,abbr:2"), "AMBER", ftype="Rec", ref=8554)],
     conflict="reference differs: register id 8545 (URL .../8545/), tracker 'HMICFRS Ref' 8554; "
              "same text")

t = nat("powers", 0)
item(12101, "powers", REC, t, BP, [fr(drift(t, "nat,abbr"), "AMBER", ftype="Rec")])
t = nat("powers", 1)
item(12102, "powers", REC, t, BP, [fr(drift(t, "nat,abbr"), "GREEN", ftype="Rec", ref=True)],
     web="readmore")
t = nat("powers", 2)
p = t.split("\n")
item(12103, "powers", REC, t, BP,
     [fr(drift(p[0], "nat,abbr"), "GREEN", ftype="Rec", ref=True),
      fr(drift(p[1], "abbr"), "GREEN", ftype="Rec", ref=True),
      fr(drift(p[2], "abbr"), "Complete", ftype="Rec", ref=True)], two=True)
t = nat("powers", 3)
item(12104, "powers", REC, t, BP,
     [fr(drift(t, "v"), "WHITE", ftype="National Rec")])
t = nat("powers", 4)
item(12105, "powers", REC, t, BP, None)

# --- force-level reports, West Midlands
t = "The force should " + topic(12, "domestic abuse") + "."
item(8794, "eff16", AFI, t, BP, [fr(drift(t, "abbr"), "AMBER", ftype="AFI")])
coc_mc = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had "
    "not been identified, even where good information was available on the police database. In "
    "some cases there was information to indicate that children were at risk of sexual "
    "exploitation, but this did not influence the assigned risk and categorisation. Children "
    "were incorrectly graded at a lower level and could have been exposed to an increased risk "
    "of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
rec_mc = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
item(8796, "eff16", REC, ("COC", coc_mc, rec_mc), BP,
     [fr("Review approach to reports of missing children – call takers to use missing/absent "
         "category appropriately; call takers & frontline staff to identify CSE risk factors; "
         "supervisors to provide correct oversight of missing person enquiries", "GREEN",
         ftype="Rec", ref=True)],
     comment=("[on]2nd March 2017 [status]awaiting-review[/status][/on][on]3rd March 2017 "
              "[comment]New recommendation[/comment][/on]"), two=True)
t = "The force should " + body(41) + "."
item(8797, "eff16", AFI, t, CO, [fr(drift(t, "abbr"), "GREEN", "closed", "AFI")],
     comment="This recommendation is complete")
t = "The force should " + body(7) + "."
item(8798, "eff16", AFI, t, BP, None)
t = "The force should " + body(51) + "."
item(8799, "eff16", AFI, t, BP, [fr(drift(t, "miss"), "AMBER", ftype="AFI")], web="readmore")
t = "The force should " + topic(1, "domestic abuse") + "."
item(8793, "eff16", AFI, t, CO, [fr(drift(t, "abbr"), "GREY", "closed", "AFI")],
     comment=SUPERSEDED_NOTE)

t = "The force should " + body(11)
item(8660, "efc17wm", AFI, t, BP, [fr(drift(t, "trunc:120"), "AMBER", ftype="AFI")])
t = "The force should " + body(12)
item(8661, "efc17wm", AFI, t, CO, [fr(drift(t, "v"), "In progress", ftype="AFI")],
     comment="This recommendation is complete", two=True)
t = "The force should " + body(13) + "."
item(8662, "efc17wm", AFI, t, BP, [fr(drift(t, "miss"), "GREEN", ftype="AFI", ref=True)])
t = "The force should " + body(27) + "."
item(8700, "leg17wm", AFI, t, BP, [fr(drift(t, "v"), "AMBER", ftype="AFI")])
t = "The force should " + body(28) + "."
item(8701, "leg17wm", AFI, t, BP, None, web="readmore")
t = "The force should " + body(29) + "."
item(8702, "leg17wm", AFI, t, CO, [fr(drift(t, "v"), "Complete", "closed", "AFI")],
     comment="This recommendation is complete")

t = ("Within six months West Midlands Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:"
     + body(35).split("As a minimum it should:")[1] + ".")
item(9010, "ncpi18", REC, t, BP,
     [fr(drift(t, "straight,trunc:200"), "AMBER", ftype="Rec", ref=True)], web="li")
t = "Within three months, the force should " + topic(2, "child sexual exploitation") + "."
item(9011, "ncpi18", REC, t, AR, None, two=True)

t = "Within six months the force should " + F.CDI_VICTIMS_BODY + "."
stem, bl = bullets(t)
item(9120, "cdi18", REC, t, BP,
     [fr(stem + " " + bl[0] + " " + bl[1], "Complete", ftype="Rec", ref=True),
      fr(bl[2] + " " + bl[3], "Complete", ftype="Rec", ref=True),
      fr(bl[4], "GREEN", ftype="Rec", ref=True)], web="br")
t = "Immediately, the force should " + body(14) + "."
item(9121, "cdi18", REC, t, BP, [fr(drift(t, "v"), "AMBER", ftype="Rec")])

t = "The size of the vetting backlog within West Midlands Police is a cause of concern."
item(9905, "peel1819", COC, t, BP, [fr(t, "AMBER", ftype="CoC", ref=True)])
t = "The force should " + body(15) + "."
item(9906, "peel1819", REC, t, BP, [fr(drift(t, "trunc:110"), "GREEN", ftype="Rec", ref=True)],
     two=True)
t = "The force should " + body(6) + "."
item(9907, "peel1819", AFI, t, BP, [fr(drift(t, "v"), "RED", ftype="AFI")])
t = "The force should " + topic(5, "hate crime") + "."
item(9908, "peel1819", AFI, t, CO, [fr(drift(t, "v"), "AMBER", ftype="AFI")],
     comment="This recommendation is complete")
t = "The force should " + body(1) + "."
item(9909, "peel1819", AFI, t, BP,
     [fr(drift(t, "v"), "AMBER", ftype="AFI", report="PEEL Effectiveness 2016",
         pub=dt.date(2017, 3, 2))],
     conflict="report differs: HMICFRS lists it under PEEL 2018/19 (published 2 May 2019), the "
              "tracker files it under PEEL Effectiveness 2016 (02/03/2017)")
t = "The force should " + body(22) + "."
item(9910, "peel1819", AFI, t, BP, [fr(drift(t, "v"), "GREEN", ftype="AFI")])
t = "The force should " + body(23) + "."
item(9911, "peel1819", AFI, t, BP, [fr(drift(t, "v"), "AMBER", ftype="AFI")])
t = "The force should " + body(24) + "."
item(9912, "peel1819", AFI, t, BP, None)

assert len(ITEMS) == 60, len(ITEMS)
assert len({i["id"] for i in ITEMS}) == 60

# force rows that are not on the HMICFRS list: (report label, pub, type, text, rag, sheet, why)
LOCAL = [
    ("Targeting the Risk (Firearms Licensing) 2015", None, "Local",
     "Internal audit action: " + T.LOCAL_ACTIONS[8].format(t="firearms licensing"), "AMBER",
     "open", "internal audit action, not an HMICFRS item"),
    ("Everyone's Business (DA) 2014", None, "Local",
     T.LOCAL_ACTIONS[0].format(t="domestic abuse"), "GREEN", "open",
     "the force's own Task & Finish action, not an HMICFRS item"),
    ("Stolen Freedom (MSHT) 2017", None, "Force action",
     "Force action - " + T.LOCAL_ACTIONS[7].format(t="modern slavery and human trafficking"),
     "AMBER", "open", "force's own action under the Stolen Freedom heading; not on the list"),
    ("PEEL 2018/19", None, "JAC action",
     "JAC action: " + T.LOCAL_ACTIONS[5].format(t="hate crime"), "In progress", "open",
     "Joint Audit Committee action, not an HMICFRS item"),
    ("PEEL Legitimacy 2015", dt.date(2016, 2, 11), "AFI",
     "The force should " + body(58) + ".", "GREEN", "closed",
     "older PEEL Legitimacy 2015 AFI kept on the closed sheet; not on the HMICFRS list"),
    ("PEEL Effectiveness 2015", dt.date(2016, 3, 3), "Rec",
     "The force should immediately " + body(16) + ".", "Complete", "closed",
     "older PEEL Effectiveness 2015 item kept on the closed sheet; not on the HMICFRS list"),
]

# ------------------------------------------------------------------ HMICFRS web copy
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def web_date(d: dt.date) -> str:
    r = rng.random()
    if r < 0.6:
        return f"Published: {d.day} {d:%B %Y}"
    if r < 0.8:
        return f"Published:\xa0{d.day}{ORD.get(d.day, 'th')} {d:%B %Y}"
    return f"Published {d.day} {d:%B %Y}"


def web_status(s: str) -> str:
    r = rng.random()
    if r < 0.7:
        return f"Status: {s}"
    if r < 0.85:
        return f"Status:\xa0{s}"
    return "Status: " + s.lower().replace(" ", "-")


def entities(s: str) -> str:
    s = s.replace("&", "&amp;")
    s = s.replace("’", "&rsquo;").replace("‘", "&lsquo;")
    s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
    s = s.replace("'", "&#8217;")
    s = s.replace("–", rng.choice(["&ndash;", "&#8211;", "–"]))
    return s


def nbsp(s: str, k: int) -> str:
    idx = [m.start() for m in re.finditer(" ", s)]
    for i in rng.sample(idx, min(k, len(idx))):
        s = s[:i] + "\xa0" + s[i + 1:]
    # typical: after the timescale word
    s = re.sub(r"^(By|Within|Immediately,) ", lambda m: m.group(1) + "\xa0", s)
    return s


def bullets_html(s: str, style: str) -> str:
    if "•" not in s and "\n" not in s:
        return s
    if style == "li":
        stem, bl = bullets(s)
        if bl:
            return stem + "<ul><li>" + "</li><li>".join(bl) + "</li></ul>"
    if style == "br":
        return s.replace("\n", "<br>")
    s = re.sub(r"\n\n", "<br /><br />", s)
    s = s.replace("\n", "<br>")
    s = re.sub(r"\s*•\s*", "<br>• ", s) if "<br>•" not in s else s
    return s


def web_text(it: dict) -> str:
    text = it["text"]
    if isinstance(text, tuple):  # cause of concern + recommendation in one record
        _, coc, rec = text
        s = ("<strong>Cause of concern</strong><br>" + entities(coc) + "<br><br>"
             "<strong>Recommendation</strong><br>" + bullets_html(entities(rec), "li"))
        return nbsp(s, 2)
    s = entities(text)
    s = bullets_html(s, it["web"] if it["web"] in ("li", "br") else "brx")
    s = nbsp(s, rng.choice([1, 2, 3]))
    if it["web"] == "excerpt":
        cut = s[:170].rsplit(" ", 1)[0]
        s = cut + " […] Read more"
    elif it["web"] == "readmore" or (not it["two"] and rng.random() < 0.25):
        s = s + rng.choice([" Read more", "\xa0Read more »", "\nRead more"])
    if rng.random() < 0.15:
        s = "<p>" + s + "</p>"
    return s


def label(it: dict) -> str:
    title = REPORTS[it["rep"]][0]
    r = rng.random()
    if r < 0.75:
        return f"{entities(title)} ({it['id']})"
    return entities(title)


def url(it: dict) -> str:
    return f"https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{SLUG}/{it['id']}/"


# web listing order: newest report first, the register's own order within a report
rep_order = sorted(REPORTS, key=lambda k: REPORTS[k][1], reverse=True)
h_items = sorted(ITEMS, key=lambda i: (rep_order.index(i["rep"]), -i["id"]))

hwb = Workbook()
hs = hwb.active
hs.title = "Sheet1"
H_HEAD = ["Report", "Recommendation", "Type", "Status", "Date", "Link", "Latest update"]
hrows: list[list] = [
    ["Recommendations | His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue "
     "Services"],
    [f"Force: {FORCE}\xa0\xa0|\xa0\xa0copied from justiceinspectorates.gov.uk 14/11/2023 (JB)"],
    [],
    H_HEAD,
]
h_row_of: dict[int, int] = {}
page_breaks = {22: "« Previous\xa0\xa01\xa0\xa02\xa0\xa03\xa0\xa0Next »",
               44: "« Previous\xa0\xa01\xa0\xa02\xa0\xa03\xa0\xa0Next »"}
for n, it in enumerate(h_items):
    if n in page_breaks:
        hrows.append([None, page_breaks[n]])
        hrows.append([])
        hrows.append([f"Recommendations for {FORCE} – page {n // 22 + 1} of 3"])
    typ = it["type"]
    if rng.random() < 0.2:
        typ = typ.replace(" ", "\xa0", 1)
    status = web_status(it["hs"])
    date = web_date(REPORTS[it["rep"]][1])
    comment = entities(it["comment"]) if it["comment"] else None
    h_row_of[it["id"]] = len(hrows) + 1
    if it["two"]:
        hrows.append([label(it), web_text(it), typ, None, None, None, None])
        hrows.append([None, "Read more", None, status, date, url(it), comment])
    else:
        hrows.append([label(it), web_text(it), typ, status, date, url(it), comment])
hrows.append([])
hrows.append([None, "« Previous\xa0\xa01\xa0\xa02\xa0\xa03\xa0\xa0Next"])
hrows.append(["© Crown copyright | Accessibility | Cookies | Privacy | Open Government Licence"])
for r in hrows:
    hs.append(r)
for c in "ABCDEFG":
    hs.column_dimensions[c].width = {"A": 40, "B": 90, "G": 50}.get(c, 22)
for row in hs.iter_rows(min_row=5):
    for c in row:
        c.alignment = Alignment(wrap_text=False, vertical="top")
hs["A4"].font = Font(bold=True)
hwb.save(f"{OUT}/hmicfrs.xlsx")

# ------------------------------------------------------------------ force tracker
LEADS = [l for l in T.LEADS if l]
DONE_PROGRESS = {
    "GREEN": ["Completed. Evidence submitted to HMICFRS for closure.",
              "Already complete / believed to be complete within short time scale (and within "
              "deadline).", "Policy in place and audited. Recommend closure."],
    "Complete": ["Completed. Evidence submitted to HMICFRS for closure.",
                 "Closed at Force Assurance Board."],
    "Pending sign off": ["Pending sign off by the chief officer lead."],
    "WHITE": ["Not the force's responsibility to deliver; dependent upon another organisation."],
    "GREY": ["Superseded – area re-inspected in PEEL 2018/19."],
}
OPEN_PROGRESS = {
    "AMBER": ["Work undertaken in area but still requires development to complete.",
              "A Task & Finish group has been set up and a full implementation/project plan, "
              "policy rewrite and communications plan is now completed.",
              "Addressed holistically as part of the force change programme.",
              "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
              "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
              "xxx", None],
    "RED": ["Little work yet undertaken in this area. Unlikely to reach deadlines."],
    "In progress": ["Allocated to the Force Crime Registrar. Progress sent to the OPCC on "
                    "2 November to inform the 56-day response.", "Awaiting allocation."],
    "Open - Actions on going on track": ["Addressed holistically as part of the force change "
                                         "programme."],
}
FILL = {"GREEN": "C6EFCE", "Complete": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE",
        "GREY": "D9D9D9", "WHITE": "FFFFFF", "Pending sign off": "C6EFCE",
        "In progress": "FFEB9C", "Open - Actions on going on track": "FFEB9C"}


def progress(rag: str):
    pool = DONE_PROGRESS.get(rag) or OPEN_PROGRESS.get(rag)
    return rng.choice(pool)


def upd_date():
    return dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))


# build force rows per sheet, grouped by tracker report label in chronological order
frows = []  # dicts with item id (or None), split index
for it in ITEMS:
    for k, r in enumerate(it["force"] or []):
        rep = r.get("report", REPORTS[it["rep"]][2])
        pub = r.get("pub", REPORTS[it["rep"]][1])
        ref = r["ref"]
        ref = it["id"] if ref is True else (ref if ref else None)
        frows.append(dict(item=it, k=k, n=len(it["force"]), rep=rep, pub=pub, ref=ref,
                          ftype=r["ftype"], text=r["text"], rag=r["rag"], sheet=r["sheet"]))
for rep, pub, ftype, text, rag, sheet, why in LOCAL:
    frows.append(dict(item=None, why=why, k=0, n=1, rep=rep, pub=pub, ref=None, ftype=ftype,
                      text=text, rag=rag, sheet=sheet))

label_pub = {v[2]: v[1] for v in REPORTS.values()}
label_pub.update({"PEEL Legitimacy 2015": dt.date(2016, 2, 11),
                  "PEEL Effectiveness 2015": dt.date(2016, 3, 3)})

fwb = Workbook()
fo = fwb.active
fo.title = "Open tracker"
fc = fwb.create_sheet("Closed items")
HEAD = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
        "Recommendation / Area for Improvement", "Lead Officer", "RAG", "Progress update",
        "Last updated", "Submitted to HMICFRS"]
bold = Font(bold=True)
fo.append(["WEST MIDLANDS POLICE – HMICFRS RECOMMENDATIONS & AREAS FOR IMPROVEMENT TRACKER"])
fo.append(["Organisational Learning Team | Version 14 | Last updated 03/11/2023 | for Joint Audit "
           "Committee 23/11/2023"])
fo.append([])
fo.append(HEAD)
fo.merge_cells("A1:K1")
fo["A1"].font = Font(bold=True, size=14)
for c in fo[4]:
    c.font = bold
fc.append(["Closed / archived items (moved from the main tracker once GREEN and signed off)"])
fc.append(HEAD)
for c in fc[2]:
    c.font = bold

f_row_of: dict[tuple, tuple[str, int]] = {}  # (item id, k) -> (sheet, row)
local_rows: list[tuple[str, int, str]] = []


def emit(ws, sheetname, rows, numbering, heading_rows):
    groups: dict[str, list] = {}
    for r in rows:
        groups.setdefault(r["rep"], []).append(r)
    order = sorted(groups, key=lambda g: label_pub.get(g, dt.date(2000, 1, 1)))
    num = 0
    for g in order:
        if heading_rows:
            pub = label_pub.get(g)
            ws.append([f"{g} – published {pub:%d/%m/%Y}" if pub else g])
            rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=11)
            ws.cell(rr, 1).font = bold
            ws.cell(rr, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        grp = groups[g]
        rng.shuffle(grp)
        grp.sort(key=lambda r: (r["item"]["id"] if r["item"] else 10**6, r["k"]))
        last_id = None
        for r in grp:
            it = r["item"]
            if it is None or it["id"] != last_id:
                num += 1
                sub = 0
            if r["n"] > 1:
                sub += 1
                no = f"{num}.{sub}"
            else:
                no = num
            last_id = it["id"] if it else None
            rag = r["rag"]
            lead = rng.choice(LEADS)
            submitted = None
            if rag in ("GREEN", "Complete", "Pending sign off") and rng.random() < 0.5:
                submitted = upd_date()
            rowvals = [no, r["ref"], g, r["pub"], r["ftype"], r["text"], lead, rag,
                       progress(rag), upd_date(), submitted]
            ws.append(rowvals)
            rr = ws.max_row
            ws.cell(rr, 4).number_format = "dd/mm/yyyy"
            ws.cell(rr, 10).number_format = "dd/mm/yyyy"
            ws.cell(rr, 11).number_format = "dd/mm/yyyy"
            ws.cell(rr, 8).fill = PatternFill("solid", fgColor=FILL[rag])
            for c in (6, 9):
                ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
            if it:
                f_row_of[(it["id"], r["k"])] = (sheetname, rr)
            else:
                local_rows.append((sheetname, rr, r["why"]))
        if heading_rows and rng.random() < 0.5:
            ws.append([])


emit(fo, "Open tracker", [r for r in frows if r["sheet"] == "open"], True, True)
fo.append([])
fo.append(["RAG key:"])
fo.append(["GREEN – the recommendation is implemented / ready to close"])
fo.append(["AMBER – subject to ongoing work and monitoring"])
fo.append(["RED – beyond deadline or cannot be implemented (rationale required)"])
fo.append(["WHITE – not WMP responsibility to deliver or dependent upon another organisation"])
fo.append(["GREY – superseded / closed by HMICFRS"])
emit(fc, "Closed items", [r for r in frows if r["sheet"] == "closed"], True, False)
widths = [6, 11, 30, 12, 12, 80, 24, 12, 50, 12, 14]
for ws in (fo, fc):
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
fo.freeze_panes = "A5"
fwb.save(f"{OUT}/tracker.xlsx")

# ------------------------------------------------------------------ truth
lines = []
for it in ITEMS:
    hrow = f"Sheet1!{h_row_of[it['id']]}"
    if not it["force"]:
        lines.append((hrow, "", "missing_from_force",
                      f"register id {it['id']} ({REPORTS[it['rep']][2]}), HMICFRS "
                      f"'{it['hs']}'; no tracker row"))
        continue
    rags = [r["rag"] for r in it["force"]]
    cat = category(it["hs"], rags, it["conflict"])
    why = it["conflict"] if it["conflict"] else status_why(it["hs"], rags)
    if len(it["force"]) > 1:
        why += f"; tracker splits the item into {len(it['force'])} rows"
    for k in range(len(it["force"])):
        s, r = f_row_of[(it["id"], k)]
        lines.append((hrow, f"{s}!{r}", cat, why))
for s, r, why in local_rows:
    lines.append(("", f"{s}!{r}", "not_on_hmicfrs_list", why))


def sk(ln):
    return (int(ln[0].split("!")[1]) if ln[0] else 10**6, ln[1])


lines.sort(key=sk)
write_truth(f"{OUT}/truth.csv", lines)

from collections import Counter  # noqa: E402
print("hmicfrs items", len(ITEMS), "sheet rows", len(hrows))
print("force item rows", len(f_row_of) + len(local_rows), "open max", fo.max_row,
      "closed max", fc.max_row)
print(Counter(l[2] for l in lines), len(lines))
