"""Build the case `register_extract_history_groups`.

HMICFRS side: the force's own extract of the old HMICFRS recommendations register
(justiceinspectorates.gov.uk/hmicfrs/recommendation/...), one row per register record, with the
record's dated event log spread across column groups 'On n | Status n | Comment n', oldest first.
The record's current status is the last filled 'Status n' on its row; comment-only groups after
it do not change it.

Force side: Cheshire Constabulary's own tracker, report heading rows, RAG column, split rows.

Run:  /work/main/.venv/bin/python build_register_extract_history_groups.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed document properties).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6702
CASE = "register_extract_history_groups"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
TEXTS = Path("/work/main/reconcile/casegen/texts")


def _load(name):
    spec = importlib.util.spec_from_file_location(f"_texts_{name}", TEXTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NATMOD = _load("national")
TRK = _load("tracker")
NATIONAL = NATMOD.NATIONAL

rng = random.Random(SEED)

FORCE = "Cheshire Constabulary"
SLUG = "cheshire"
EXTRACT_DATE = dt.date(2019, 3, 8)
H_SHEET = "Register extract"
F_SHEET = "HMICFRS Tracker"
MAX_GROUPS = 8

REC, AFI, NATR = "Recommendation", "Area for improvement", "National recommendation"

# --------------------------------------------------------------------------------------------
# Causes of concern (real wording, casegen/texts/force.py CAUSES)
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
COC_LEG17 = NATIONAL["leg17"][2][0][1]

CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_TEXT = ("Within three months the force should put in place arrangements to ensure that:\n"
            + "\n".join("• " + b for b in CDI_BULLETS) + ".")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_TEXT = ("HMIC recommends that within six months the force should: review its approach to "
                "reports of missing children and take steps to ensure that:\n"
                + "\n".join("• " + b for b in MISSING_BULLETS) + ";")


def nat(key, i):
    return NATIONAL[key][2][i][1]


def natpub(key):
    y, m, d = NATIONAL[key][1]
    return dt.date(y, m, d)


def nattitle(key):
    return NATIONAL[key][0]


# --------------------------------------------------------------------------------------------
# Reports. key -> (HMICFRS register title, tracker heading, published)
REPORTS = {
    "sas13": (nattitle("sas13"), "Stop & Search powers (HMIC 2013)", natpub("sas13")),
    "everyone": (nattitle("everyone"), "Everyone's Business (DA) 2014", natpub("everyone")),
    "austerity": (nattitle("austerity"), "Policing in Austerity 2014", natpub("austerity")),
    "core": (nattitle("core"), "Core Business 2014", natpub("core")),
    "integrity": (nattitle("integrity"), "Integrity Matters 2015", natpub("integrity")),
    "sas15": (nattitle("sas15"), "Stop and Search 2 (2015)", natpub("sas15")),
    "picture": (nattitle("picture"), "Building the Picture 2015", natpub("picture")),
    "firearms": (nattitle("firearms"), "Firearms licensing 2015 (Targeting the Risk)",
                 natpub("firearms")),
    "stolen": (nattitle("stolen"), "Stolen Freedom (MSHT) 2017", natpub("stolen")),
    "efc17": (nattitle("efc17"), "PEEL Efficiency 17 (all forces)", natpub("efc17")),
    "leg17": (nattitle("leg17"), "PEEL Legitimacy 2017 - national (stop and search)",
              natpub("leg17")),
    "eff15": ("PEEL: Police efficiency 2015", "PEEL Efficiency 2015", dt.date(2015, 10, 20)),
    "efv15": ("PEEL: Police effectiveness 2015", "PEEL Effectiveness 2015",
              dt.date(2016, 2, 25)),
    "leg15": ("PEEL: Police legitimacy 2015", "PEEL Legitimacy 2015", dt.date(2016, 2, 11)),
    "ncpi16": ("National child protection inspection 2016", "NCPI 2016", dt.date(2016, 6, 16)),
    "cdi16": ("Crime data integrity inspection 2016", "Crime Data Integrity 2016",
              dt.date(2016, 9, 8)),
    "eff16": ("PEEL: Police efficiency 2016", "PEEL Efficiency 2016", dt.date(2016, 11, 3)),
    "leg16": ("PEEL: Police legitimacy 2016", "PEEL Legitimacy 2016", dt.date(2016, 12, 8)),
    "efv16": ("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016",
              dt.date(2017, 3, 2)),
    "eff17": ("PEEL: Police efficiency 2017", "PEEL Efficiency 2017", dt.date(2017, 11, 9)),
    "leg17f": ("PEEL: Police legitimacy 2017", "PEEL Legitimacy 2017", dt.date(2017, 12, 12)),
    "efv17": ("PEEL: Police effectiveness 2017", "PEEL Effectiveness 2017",
              dt.date(2018, 3, 22)),
    # tracker only
    "peel1819": (None, "PEEL 2018/19", dt.date(2019, 5, 2)),
    "custody18": (None, "HMICFRS/HMIP custody inspection 2018", dt.date(2018, 8, 14)),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17"}

THEME = {
    "sas13": "stop-search", "sas15": "stop-search", "leg17": "stop-search",
    "everyone": "harm", "austerity": "plan", "core": "harm", "integrity": "misconduct",
    "picture": "plan", "firearms": "harm", "stolen": "harm", "efc17": "plan",
    "eff15": "plan", "eff16": "plan", "eff17": "plan", "efv15": "harm", "efv16": "harm",
    "efv17": "harm", "leg15": "stop-search", "leg16": "misconduct", "leg17f": "stop-search",
    "ncpi16": "harm", "cdi16": "harm",
}

# --------------------------------------------------------------------------------------------
# The register records.
# (id, report, type, coc, text, hstate, category, force spec)
#   hstate: open_new (last status awaiting-review), open (being-progressed), closed (complete)
#   force spec: dict(status=..., ref=bool, variant=..., special=...)
I = []


def item(rid, rep, typ, text, hstate, cat, fstat=None, coc=None, **kw):
    I.append(dict(id=rid, rep=rep, type=typ, text=text, coc=coc, hstate=hstate, cat=cat,
                  fstat=fstat, **kw))


# national
item(611, "sas13", NATR, nat("sas13", 0), "closed", "in_sync", "WHITE")
item(612, "sas13", NATR, nat("sas13", 1), "closed", "in_sync", "GREEN")
item(613, "sas13", NATR, nat("sas13", 2), "closed", "closeable_local", "AMBER")
item(902, "integrity", NATR, nat("integrity", 0), "closed", "closeable_local", "AMBER",
     closing="This recommendation is complete")
item(2321, "everyone", NATR, nat("everyone", 0), "closed", "in_sync", "GREEN",
     closing="superseded")
item(3105, "austerity", NATR, nat("austerity", 0), "closed", "in_sync", "GREEN")
item(3106, "austerity", NATR, nat("austerity", 1), "closed", "missing_from_force")
item(3107, "austerity", NATR, nat("austerity", 2), "closed", "in_sync", "Complete")
item(3108, "austerity", NATR, nat("austerity", 3), "open", "closeable_submit", "GREEN")
item(4822, "core", NATR, nat("core", 0), "closed", "closeable_local", "AMBER",
     special="core4822")
item(4823, "core", NATR, nat("core", 1), "open", "missing_from_force")
item(5013, "sas15", NATR, nat("sas15", 0), "closed", "in_sync", "GREEN")
item(5240, "picture", NATR, nat("picture", 0), "closed", "missing_from_force")
item(5507, "firearms", NATR, nat("firearms", 0), "closed", "in_sync", "GREEN")
item(5508, "firearms", NATR, nat("firearms", 1), "closed", "conflict", "GREEN",
     conflict="timescale")
item(5509, "firearms", NATR, nat("firearms", 2), "closed", "in_sync", "GREEN")
item(5510, "firearms", NATR, nat("firearms", 3), "open", "closeable_submit", "GREEN")
item(5511, "firearms", NATR, nat("firearms", 4), "open", "in_sync", "AMBER")
item(8410, "stolen", NATR, nat("stolen", 0), "open", "in_sync", "AMBER", split="msht")
item(8411, "stolen", NATR, nat("stolen", 1), "open", "closeable_submit", "GREEN",
     pasted="Force update 03/12/2018: Completed - information sharing agreements now in "
            "place with Cheshire East, Cheshire West & Chester, Halton and Warrington "
            "councils and with the GLAA. Copies available on request.")
item(8412, "stolen", NATR, nat("stolen", 2), "open_new", "in_sync", "AMBER")
item(8413, "stolen", NATR, nat("stolen", 3), "closed", "closeable_local", "AMBER")
item(8414, "stolen", NATR, nat("stolen", 4), "open", "closeable_submit", "Pending sign off")
item(8415, "stolen", NATR, nat("stolen", 5), "open", "in_sync", "AMBER")
item(8416, "stolen", NATR, nat("stolen", 6), "open", "in_sync", "RED")
item(8502, "efc17", NATR, nat("efc17", 0), "open", "closeable_submit", "GREEN")
item(8541, "leg17", NATR, nat("leg17", 1), "open", "in_sync", "AMBER", coc=COC_LEG17)
item(8542, "leg17", NATR, nat("leg17", 2), "open", "closeable_submit", "GREEN")
item(8543, "leg17", NATR, nat("leg17", 3), "closed", "in_sync", "GREEN", handclose=True)
item(8544, "leg17", NATR, nat("leg17", 4), "open", "in_sync", "AMBER")

# force level (Cheshire)
item(5631, "eff15", AFI, "The force should undertake further work to gain a fuller understanding "
     "of current demand for its services, and likely future changes in demand. This is so it "
     "can make best use of its resources by matching them to demand to meet the needs of the "
     "public.", "closed", "in_sync", "GREEN")
item(5632, "eff15", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", "closed", "missing_from_force")
item(5633, "eff15", AFI, "The force should develop a future workforce plan that is aligned with "
     "its overall demand and budget. The plan should include future resource allocations, the "
     "mix of skills required by the workforce and behaviours expected of them.", "closed",
     "closeable_local", "AMBER")
item(5988, "leg15", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to hate crime.", "closed", "in_sync", "GREEN")
item(5989, "leg15", AFI, "The force should comply with the code of practice by explaining to the "
     "public the way stop and search powers are used in its area and by making arrangements for "
     "stop and search records to be scrutinised by community representatives.", "closed",
     "in_sync", "GREEN")
item(5990, "leg15", AFI, "Cheshire Constabulary should make sure it provides a confidential way "
     "for staff to raise concerns and that staff are aware of whistleblowing processes.",
     "open", "in_sync", "AMBER")
item(6012, "efv15", AFI, "The force should improve its understanding of the nature and scale of "
     "child sexual exploitation in its area.", "closed", "in_sync", "GREEN")
item(6013, "efv15", AFI, "The force should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively "
     "supervised.", "closed", "closeable_local", "AMBER")
item(6014, "efv15", AFI, "The force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", "open",
     "closeable_submit", "GREEN")
item(6015, "efv15", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from honour-based abuse.", "closed", "in_sync", "GREEN")
item(6871, "ncpi16", REC, MISSING_TEXT, "open", "conflict", "AMBER", coc=COC_MISSING,
     conflict="bullet")
item(6872, "ncpi16", REC, "Within six months the force should improve how it works with partner "
     "organisations to safeguard people at risk from child sexual exploitation.", "closed",
     "closeable_local", "AMBER")
item(6873, "ncpi16", REC, "Immediately, the force should make sure officers and staff have the "
     "training they need to identify and respond to child sexual exploitation.", "open",
     "missing_from_force")
item(7104, "cdi16", REC, CDI_TEXT, "open", "closeable_submit", "GREEN", split="cdi",
     pasted="CompletedVictims are believed at the point of report and crimes are now recorded "
            "at the first point of contact. Crime Registrar audit Nov 2018 shows 93% "
            "compliance, Croimes reported online are triaged by the Contact Centre within "
            "the hour.")
item(7105, "cdi16", REC, "Immediately, the force should revise its approach to cautions, cannabis "
     "warning and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", "closed", "in_sync", "GREEN")
item(7380, "eff16", AFI, "The force should expand the skills project work to include an "
     "assessment of all skills, not only operational, including potential future skills "
     "requirements. This assessment should inform workforce plans.", "closed", "in_sync",
     "GREEN")
item(7381, "eff16", AFI, "The force should improve its arrangements both to consult with the "
     "public about business planning and to feed back on changes made to service delivery as a "
     "result of such consultation.", "open", "conflict", "AMBER", conflict="report")
item(7382, "eff16", AFI, "The force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", "open", "closeable_submit",
     "Complete")
item(7455, "leg16", AFI, "The force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "open", "in_sync", "RED")
item(7456, "leg16", AFI, "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination.", "closed", "closeable_local",
     "AMBER")
item(7457, "leg16", AFI, "The force should make sure victims of hate crime are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "closed", "in_sync", "GREEN")
item(7721, "efv16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment "
     "in appropriate cases.", "closed", "in_sync", "GREEN", coc=COC_DA)
item(7722, "efv16", REC, "Within three months, the force should consider ways of increasing the "
     "use of arrest, ancillary orders and other available powers, in order to improve the "
     "service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice.", "open", "closeable_submit", "GREEN", coc=COC_DA,
     special="reopened")
item(7723, "efv16", REC, "Within three months, the force should take steps to understand and "
     "address the reason behind why such a high proportion of victims of domestic abuse do not "
     "support the police investigation.", "closed", "closeable_local", "AMBER", coc=COC_DA)
item(7724, "efv16", AFI, "The force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.", "open",
     "in_sync", "AMBER")
item(7725, "efv16", AFI, "The force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "open", "closeable_submit", "GREEN")
item(7726, "efv16", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", "closed",
     "closeable_local", "AMBER", handclose=True)
item(8488, "eff17", AFI, "The force should clearly define its new operating model, ensuring all "
     "operational and support services are affordable and fit to protect the communities of "
     "Cheshire.", "open", "in_sync", "AMBER")
item(8489, "eff17", AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "open", "closeable_submit", "GREEN")
item(8490, "eff17", AFI, "The force should make sure it has access to accurate data and analysis "
     "to support effective performance management.", "open_new", "in_sync", "AMBER")
item(8601, "leg17f", AFI, "The force should establish or improve monitoring of the way officers "
     "stop and search people, so that it can be satisfied its officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "open", "conflict", "AMBER", conflict="type")
item(8602, "leg17f", AFI, "The force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).", "open", "closeable_submit", "GREEN")
item(8755, "efv17", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "open", "in_sync",
     "AMBER")
item(8756, "efv17", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "open_new", "in_sync", "RED")
item(8757, "efv17", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in county lines drug dealing.", "open", "closeable_submit", "GREEN")
item(8758, "efv17", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "closed", "closeable_local",
     "AMBER", handclose=True)

assert len({x["id"] for x in I}) == len(I)

# --------------------------------------------------------------------------------------------
# Event histories


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def clamp(d):
    return min(d, EXTRACT_DATE - dt.timedelta(days=3))


MONITOR = ("The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated.")
REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
             "updated when this review is complete.")
SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
              "inspections. Where a cause of concern still exists this will appear in the "
              "register against these subsequent inspections.")
AUTHORISED = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the inspection team in recent inspection activity.")
CLOSE_COMMENTS = [AUTHORISED, "This recommendation is complete",
                  "Closed following review of the force's evidence by the force liaison lead.",
                  "Authorised for closure following the PEEL fieldwork."]
PROG_COMMENTS = [MONITOR,
                 "Force update received and reviewed by the force liaison lead.",
                 "Force update: action plan agreed at the Force Executive Team; progress "
                 "reported to the OPCC.",
                 "Further evidence requested from the force before this can be closed."]


def history(x):
    """List of (date|None, status|None, comment|None, hand) events, oldest first."""
    pub = REPORTS[x["rep"]][2]
    ev = []
    d = pub + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
    if x["id"] == 4822:
        # modelled on the real register record 4822 (Core Business)
        return [(dt.date(2014, 9, 4), "awaiting-review", None, False),
                (dt.date(2014, 9, 5), None, "New recommendation", False),
                (dt.date(2015, 6, 11), "being-progressed", None, False),
                (dt.date(2016, 4, 19), None, REVIEWING, False),
                (dt.date(2017, 1, 26), "complete", SUPERSEDED, False)]
    ev.append((d, "awaiting-review", None, False))
    if rng.random() < 0.6:
        ev.append((d + dt.timedelta(days=1), None, "New recommendation", False))
    if x["hstate"] == "open_new":
        # awaiting-review still; a trail of comments follows
        for k in range(rng.choice([2, 3, 4])):
            d = clamp(d + dt.timedelta(days=rng.randint(60, 150)))
            ev.append((d, None, rng.choice(PROG_COMMENTS[1:]) if k else MONITOR, False))
        return ev
    d = clamp(d + dt.timedelta(days=rng.randint(40, 200)))
    ev.append((d, "being-progressed", rng.choice([None, None, MONITOR]), False))
    n_mid = rng.choice([0, 1, 1, 2]) if x["hstate"] == "open" else rng.choice([0, 0, 1])
    for _ in range(n_mid):
        d = clamp(d + dt.timedelta(days=rng.randint(60, 220)))
        ev.append((d, None, rng.choice(PROG_COMMENTS), False))
    if x.get("pasted"):
        d = clamp(d + dt.timedelta(days=rng.randint(40, 120)))
        ev.append((d, None, x["pasted"], False))
    if x.get("special") == "reopened":
        d = clamp(d + dt.timedelta(days=150))
        ev.append((d, "complete", rng.choice(CLOSE_COMMENTS), False))
        d = clamp(d + dt.timedelta(days=140))
        ev.append((d, "being-progressed",
                   "Re-opened following the domestic abuse revisit: arrest rates have fallen "
                   "again and the force has been asked to provide a further update.", False))
        d = clamp(d + dt.timedelta(days=90))
        ev.append((d, None, MONITOR, False))
    if x["hstate"] == "closed" and not x.get("handclose"):
        d = clamp(d + dt.timedelta(days=rng.randint(90, 300)))
        closing = x.get("closing")
        if closing == "superseded":
            ev.append((d, "complete", None, False))
            ev.append((d, None, SUPERSEDED, False))
        elif closing:
            ev.append((d, "complete", None, False))
            ev.append((d + dt.timedelta(days=1), None, closing, False))
        else:
            if rng.random() < 0.5:
                ev.append((d, "complete", rng.choice(CLOSE_COMMENTS), False))
            else:
                ev.append((d, "complete", None, False))
                ev.append((d, None, rng.choice(CLOSE_COMMENTS), False))
        if rng.random() < 0.3:
            # a trailing comment that does not re-open anything
            ev.append((clamp(d + dt.timedelta(days=rng.randint(30, 200))), None,
                       rng.choice([REVIEWING, "This recommendation is complete"]), False))
    if x.get("handclose"):
        hd = EXTRACT_DATE + dt.timedelta(days=rng.randint(20, 120))
        ev.append((hd, "Complete", f"Closure confirmed by FLL email {hd:%d/%m/%Y}", True))
    return ev


for x in I:
    ev = history(x)
    assert len(ev) <= MAX_GROUPS, (x["id"], len(ev))
    x["events"] = ev

# extra hand-added comment-only group on two open records (does not change status)
for rid, txt in [(5990, "FLL asked for the whistleblowing policy and staff survey results "
                  "before closure can be considered"),
                 (8488, "Update sent to FLL with the Operating Model 2020 paper")]:
    x = next(y for y in I if y["id"] == rid)
    hd = EXTRACT_DATE + dt.timedelta(days=rng.randint(20, 90))
    x["events"].append((hd, None, f"{txt} ({hd:%d/%m/%Y})", True))
    assert len(x["events"]) <= MAX_GROUPS
# one record lost the date of one group in the copy
x = next(y for y in I if y["id"] == 7457)
e = x["events"]
idx = next(k for k, v in enumerate(e) if v[1] == "being-progressed")
e[idx] = (None,) + e[idx][1:]


def last_status(ev):
    s = [v[1] for v in ev if v[1]]
    return s[-1]


for x in I:
    ls = last_status(x["events"]).lower()
    want = {"open_new": "awaiting-review", "open": "being-progressed", "closed": "complete"}
    assert ls == want[x["hstate"]], (x["id"], ls)

# --------------------------------------------------------------------------------------------
# HMICFRS workbook

THIN_FILL = PatternFill("solid", fgColor="D9E1F2")


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    ws["A1"] = (f"HMICFRS recommendations register - extract for {FORCE} (force and national "
                "records)")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Copied from the register pages at justiceinspectorates.gov.uk/hmicfrs/recommendation/"
                f" on {EXTRACT_DATE:%d/%m/%Y} by Strategic Planning & Organisational Learning. "
                "Event log spread across columns, oldest first. Entries after that date added by "
                "hand from FLL correspondence.")
    ws["A2"].font = Font(italic=True)
    head = ["ID", "Force", "Report", "Type", "Theme", "Cause of concern", "Recommendation", "Link"]
    for g in range(1, MAX_GROUPS + 1):
        head += [f"On {g}", f"Status {g}", f"Comment {g}"]
    HR = 4
    for c, h in enumerate(head, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True)
        cell.fill = THIN_FILL
    rows = sorted(I, key=lambda x: x["id"])
    r = HR + 1
    for x in rows:
        national = x["rep"] in NATIONAL_KEYS
        vals = [x["id"], "" if national else "Cheshire", REPORTS[x["rep"]][0], x["type"],
                THEME[x["rep"]], x["coc"] or "", x["text"],
                "" if national else
                f"https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{SLUG}/{x['id']}/"]
        for c, v in enumerate(vals, 1):
            if v != "":
                ws.cell(r, c, v)
        for g, (d, st, cm, hand) in enumerate(x["events"]):
            c0 = 9 + 3 * g
            if d is not None:
                if hand:
                    cell = ws.cell(r, c0, dt.datetime(d.year, d.month, d.day))
                    cell.number_format = "dd/mm/yyyy"
                else:
                    ws.cell(r, c0, ordinal(d))
            if st:
                ws.cell(r, c0 + 1, st)
            if cm:
                ws.cell(r, c0 + 2, cm)
        x["hrow"] = f"{H_SHEET}!{r}"
        r += 1
    ws.cell(r + 1, 1, "Status key (register): awaiting-review = new, not yet reviewed; "
                      "being-progressed = open; complete = closed by HMICFRS. A comment on its own "
                      "does not change the status.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    widths = {"A": 8, "B": 10, "C": 40, "D": 22, "E": 12, "F": 40, "G": 70, "H": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "B5"
    for row in ws.iter_rows(min_row=HR + 1, max_row=r - 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return wb


# --------------------------------------------------------------------------------------------
# Force tracker

ABBR = [(re.compile(p, re.I), s) for p, s in TRK.ABBREVIATIONS if p != r"\band\b"]


def abbreviate(t):
    for p, s in ABBR:
        t = p.sub(s, t)
    return t


def misspell(t):
    for right, wrong in TRK.MISSPELLINGS.items():
        t = t.replace(right, wrong)
    return t


def strip_stem(t):
    t = re.sub(r"^HMIC recommends that ", "", t)
    t = re.sub(r"^To address this cause of concern, HMIC recommends ", "", t)
    return t[0].upper() + t[1:]


def flatten_bullets(t):
    return re.sub(r"\s*\n\s*•\s*", " - ", t).replace("•", " - ")


LEADS = [l for l in TRK.LEADS if l]

PROG_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan and policy rewrite under way. Next update to "
    "Strategic Planning in September.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Ready to move to GREEN status once the audit results are reported to FET.",
    "Awaiting the outcome of the dip-sample. Lead to confirm revised timescale.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Addressed holistically as part of the force change programme.",
]
PROG_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; audit shows compliance. Evidence pack with FLL.",
    "Complete - new process embedded and reported to the Joint Audit Committee.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Implemented. Closure evidence sent to the force liaison lead.",
]

RAG_FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF"}


def force_text(x, variant):
    t = x["text"]
    if x["rep"] in NATIONAL_KEYS:
        t = t.replace(" 86 ", " ").replace("; and 20\n", "; and\n")
    if variant == "verbatim":
        return t
    if variant == "stem":
        return strip_stem(t)
    if variant == "abbr":
        return cap(abbreviate(strip_stem(t)))
    if variant == "misspell":
        return misspell(t)
    if variant == "flat":
        return flatten_bullets(t)
    raise ValueError(variant)


def submitted_date(x):
    """When the force sent its closure evidence: before HMICFRS closed a closed record, after
    HMICFRS's last entry on a record it still holds open."""
    ev = x["events"]
    if x["hstate"] == "closed":
        closed_on = [e[0] for e in ev if e[1] and e[1].lower() == "complete" and e[0]][-1]
        return max(closed_on - dt.timedelta(days=rng.randint(20, 90)),
                   REPORTS[x["rep"]][2] + dt.timedelta(days=30))
    last = max(e[0] for e in ev if e[0])
    lo = max(last + dt.timedelta(days=10), EXTRACT_DATE - dt.timedelta(days=120))
    hi = dt.date(2019, 8, 16)
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def cap(t):
    return t[0].upper() + t[1:]


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ws["A1"] = f"{FORCE} - HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Strategic Planning & Organisational Learning | Last updated 23/08/2019 | "
                "OFFICIAL - SENSITIVE")
    head = ["No.", "HMIC ID", "Type", "Recommendation / AFI", "Lead", "Progress update",
            "RAG", "Date submitted to HMICFRS"]
    HR = 4
    for c, h in enumerate(head, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")

    # rows per report heading, in tracker order
    order = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
             "firearms", "stolen", "efc17", "leg17", "eff15", "leg15", "efv15", "ncpi16",
             "cdi16", "eff16", "leg16", "efv16", "eff17", "leg17f", "efv17", "peel1819",
             "custody18"]
    by_rep = {k: [] for k in order}
    variants = ["verbatim"] * 4 + ["stem"] * 2 + ["abbr"] * 2 + ["misspell", "flat"]
    truth = []
    for x in sorted(I, key=lambda y: y["id"]):
        if x["cat"] == "missing_from_force":
            truth.append((x["hrow"], "", "missing_from_force",
                          f"register record {x['id']} has no row in the force tracker"))
            continue
        rep = x["rep"]
        if x.get("conflict") == "report":
            rep = "eff17"  # filed under the wrong PEEL year
        ref = x["id"] if rng.random() < 0.62 else None
        typ = {AFI: "AFI", REC: "Rec (CoC)" if x["coc"] else "Recommendation",
               NATR: "National rec"}[x["type"]]
        if x.get("conflict") == "type":
            typ = "Recommendation"
        if x.get("conflict") in ("report", "bullet", "timescale"):
            ref = x["id"]
        rows = []
        if x.get("split") == "cdi":
            for k, b in enumerate(CDI_BULLETS):
                b = b.rstrip(";").removesuffix("; and").rstrip(";")
                rows.append(dict(text=f"CDI Rec 1 ({'abcde'[k]}) - within three months put in "
                                      f"place arrangements to ensure that {b}.", ref=x["id"],
                                 sub="abcde"[k]))
        elif x.get("split") == "msht":
            parts = [
                "Within 12 months review leadership & governance arrangements for MSHT so that "
                "senior leaders prioritise the response to MSHT",
                "Within 12 months review leadership & governance for MSHT so that every incident "
                "of MSHT identified to police is allocated appropriate resources with the "
                "skills, experience and capacity to investigate it effectively",
                "Within 12 months review leadership & governance for MSHT so that the force "
                "develops effective partnership arrangements to co-ordinate activity in order "
                "to share information and safeguard victims",
                "Within 12 months review leadership & governance for MSHT so that performance "
                "and QA measures are in place to allow senior leaders to assess the nature and "
                "quality of the service provided to victims",
            ]
            for k, p in enumerate(parts):
                rows.append(dict(text=p, ref=None if k else x["id"], sub="abcd"[k]))
        elif x.get("conflict") == "bullet":
            kept = [MISSING_BULLETS[0], MISSING_BULLETS[2]]
            t = ("Within six months the force should review its approach to reports of missing "
                 "children and take steps to ensure that:\n• " + kept[0].rstrip(";") + "; and\n• "
                 + kept[1] + ".")
            rows.append(dict(text=t, ref=ref))
        elif x.get("conflict") == "timescale":
            t = ("Within six months, all chief constables should assess the demand placed on "
                 "their firearms licensing department and ensure it has the capacity to meet "
                 "this demand and provide an efficient and effective service at all times.")
            rows.append(dict(text=t, ref=ref))
        else:
            v = rng.choice(variants)
            rows.append(dict(text=force_text(x, v), ref=ref))
        for rw in rows:
            rw.update(item=x, type=typ, status=x["fstat"])
            by_rep[rep].append(rw)

    # force-only rows
    local = [
        ("efv16", "Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
                  "report findings to the Crime Standards Board", "AMBER"),
        ("efv16", "Local action: Rewrite the stalking and harassment policy and publish it on "
                  "the intranet with a communications plan", "GREEN"),
        ("stolen", "Force action - Appoint a single point of contact for modern slavery and "
                   "human trafficking in each local policing area", "GREEN"),
        ("leg17", "JAC action: Add stop and search measures to the monthly Force Performance "
                  "pack", "AMBER"),
        ("eff17", "Internal audit action: Review the demand profile as part of the force "
                  "management statement", "AMBER"),
    ]
    for rep, t, st in local:
        by_rep[rep].append(dict(item=None, text=t, ref=None, type="Local action", status=st,
                                why="the force's own local action, not an HMICFRS item"))
    by_rep["peel1819"] += [
        dict(item=None, text="The force should improve the timeliness of its response to calls "
                             "for service involving domestic abuse.", ref=None, type="AFI",
             status="AMBER", why="PEEL 2018/19 (published 2 May 2019) came after the register "
                                 "extract of 8 March 2019; not on the HMICFRS list"),
        dict(item=None, text="The force should make sure it records reports of stalking and "
                             "harassment accurately and without delay.", ref=None, type="AFI",
             status="RED", why="PEEL 2018/19 (published 2 May 2019) came after the register "
                               "extract of 8 March 2019; not on the HMICFRS list"),
    ]
    by_rep["custody18"].append(dict(
        item=None, type="Recommendation", status="AMBER", ref=None,
        text="In conjunction with children’s social care services, the force should review how "
             "it manages the detention of children. As a minimum it should:• ensure that all "
             "children are only detained when absolutely necessary and for the absolute minimum "
             "amount of time;• ensure that officers and staff in the custody suite assess at an "
             "early stage a child’s need for alternative accommodation (secure or otherwise) "
             "and work with children’s social care services to achieve the most appropriate "
             "option for the child;• ensure that custody staff make a record of all actions "
             "taken and decisions made on the relevant documentation; and• improve the "
             "timeliness of adequate appropriate adult support for children who are arrested.",
        why="joint HMICFRS/HMIP custody report recommendation; not carried on the register "
            "extract"))

    r = HR + 1
    no = 0
    for rep in order:
        rows = by_rep[rep]
        if not rows:
            continue
        _, heading, pub = REPORTS[rep]
        ws.cell(r, 1, f"{heading} (published {pub:%d/%m/%Y})")
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, len(head) + 1):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for rw in rows:
            if rw.get("sub", "a") == "a":
                no += 1
            label = f"{no}{rw['sub']}" if rw.get("sub") else no
            ws.cell(r, 1, label)
            if rw["ref"]:
                ws.cell(r, 2, rw["ref"])
            ws.cell(r, 3, rw["type"])
            ws.cell(r, 4, rw["text"])
            ws.cell(r, 5, rng.choice(LEADS))
            st = rw["status"]
            done = st in ("GREEN", "WHITE", "Complete", "Pending sign off")
            if st == "WHITE":
                prog = ("Not Cheshire's responsibility to deliver; dependent upon the College of "
                        "Policing (APP). Force complies with the published APP.")
            elif st == "Pending sign off":
                prog = "Pending sign off by the chief officer lead."
            else:
                prog = rng.choice(PROG_DONE if done else PROG_OPEN)
            ws.cell(r, 6, prog)
            ws.cell(r, 7, st)
            if st in RAG_FILL:
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=RAG_FILL[st])
            if (done and st not in ("WHITE", "Pending sign off") and rw["item"] is not None
                    and rng.random() < 0.6):
                sd = submitted_date(rw["item"])
                cell = ws.cell(r, 8, dt.datetime(sd.year, sd.month, sd.day))
                cell.number_format = "dd/mm/yyyy"
            for c in (4, 6):
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            frow = f"{F_SHEET}!{r}"
            x = rw["item"]
            if x is None:
                truth.append(("", frow, "not_on_hmicfrs_list", rw["why"]))
            else:
                truth.append((x["hrow"], frow, x["cat"], why(x, rw, rep)))
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for k, (w, meaning) in enumerate([
        ("GREEN", "The recommendation is implemented"),
        ("AMBER", "Subject to ongoing work and monitoring; expected to be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented"),
        ("WHITE", "Not Cheshire's responsibility to deliver or dependent upon another "
                  "organisation"),
    ], 1):
        ws.cell(r + k, 1, w)
        ws.cell(r + k, 2, meaning)
    widths = {"A": 8, "B": 9, "C": 14, "D": 80, "E": 24, "F": 50, "G": 16, "H": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    return wb, truth


def hstatus_word(x):
    return last_status(x["events"])


def why(x, rw, rep):
    hs = hstatus_word(x)
    fs = rw["status"]
    col = None
    for g, e in enumerate(x["events"], 1):
        if e[1]:
            col = g
    base = f"record {x['id']}: last filled status is 'Status {col}' = {hs}"
    trail = len(x["events"]) - col
    if trail:
        base += f" ({trail} later comment-only group{'s' if trail > 1 else ''})"
    cat = x["cat"]
    if cat == "conflict":
        c = x["conflict"]
        return {
            "timescale": f"{base}; force text says 'Within six months', register says 'Within "
                         "three months' - timescale differs",
            "bullet": f"{base}; force row drops the second bullet (call takers and frontline "
                      "staff identifying CSE risk factors)",
            "report": f"{base}; force files it under PEEL Efficiency 2017 (09/11/2017), register "
                      "record is PEEL: Police efficiency 2016 - report and date differ",
            "type": f"{base}; register type Area for improvement, force type Recommendation",
        }[c]
    extra = ""
    if x.get("special") == "reopened":
        extra = "; an earlier 'complete' was followed by being-progressed (re-opened)"
    if x.get("pasted"):
        extra = "; a later comment pasting the force's 'Completed' update does not change status"
    if x.get("handclose"):
        extra = "; the closing group was added by hand after the extract"
    if x.get("special") == "core4822":
        extra = "; closed as superseded by later PEEL effectiveness inspections"
    if rw.get("sub"):
        extra += f"; force row {rw['sub']} of a recommendation split one row per bullet"
    return f"{base}{extra}; force RAG {fs} -> {cat}"


# --------------------------------------------------------------------------------------------
# Deterministic saving

FIXED = (2019, 8, 23, 9, 0, 0)


def save(wb, path: Path):
    wb.properties.creator = "Strategic Planning"
    wb.properties.lastModifiedBy = "Strategic Planning"
    wb.properties.created = dt.datetime(2019, 3, 8, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2019-08-23T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hwb = build_hmicfrs()
    fwb, truth = build_tracker()
    save(hwb, OUT / "hmicfrs.xlsx")
    save(fwb, OUT / "tracker.xlsx")

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(len(I), "register records;", len(truth), "truth lines;", counts)


if __name__ == "__main__":
    main()
