"""Build the case `register_events_across_columns` (round 66, listfree22).

HMICFRS side: a force's own extract of the (2014-2019) HMICFRS recommendations register, one row
per register record, with each record's dated history (the register page's
"[on]date [status]...[/status][/on][on]date [comment]...[/comment][/on]" log) copied into
successive "On n / Status n / Comment n" column groups, oldest first. The current HMICFRS status is
the LAST non-empty "Status n" of the row, which sits in a different column on each row; the
right-most filled group is often a comment-only entry.

Force side: the force's tracker (Cheshire Constabulary), report-title rows between item rows, RAG.

Run with /work/main/.venv/bin/python. Fixed seed; rebuilds byte for byte.
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

# The casegen text lists (real OGL texts), loaded on their own from their files, so that nothing
# else of the package is imported.
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "cg_texts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_texts = importlib.util.module_from_spec(_spec)
sys.modules["cg_texts"] = _texts
_spec.loader.exec_module(_texts)
CAUSES = _texts.CAUSES
CDI_VICTIMS_BODY = _texts.CDI_VICTIMS_BODY
EVERYONE_PLAN = _texts.EVERYONE_PLAN
FIREARMS = _texts.FIREARMS
NATIONAL = _texts.NATIONAL
SAS_MONITORING_2017 = _texts.SAS_MONITORING_2017
SF_LEADERSHIP = _texts.SF_LEADERSHIP

SEED = 66022
rng = random.Random(SEED)

CASE = "register_events_across_columns"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Cheshire Constabulary"
SLUG = "cheshire"
BASE = "https://www.justiceinspectorates.gov.uk/hmicfrs"

NAT_T = {k: v[2] for k, v in NATIONAL.items()}


def nat(key: str, i: int) -> str:
    return NAT_T[key][i][1]


# ----------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS register title, first register entry date, tracker name, theme)
# National reports are copied from the theme listing pages, labelled "<title> (<id>)".
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 15), "Stop and Search 2013", "stop-search"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business", "plan"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 24),
                  "Policing in Austerity 2014", "plan"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "harm"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 2, 2),
                  "Integrity Matters 2015", "misconduct"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2", "stop-search"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "plan"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015", "harm"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "harm"),
    "efc17": ("PEEL: police efficiency 2017", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "plan"),
    "leg17": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legit 17 S&S",
              "stop-search"),
    # force-level reports (register page under /recommendation/cheshire/)
    "peff15": ("PEEL: Police effectiveness 2015", dt.date(2016, 2, 25),
               "PEEL Effectiveness 2015", None),
    "cust16": ("Report on an unannounced inspection visit to police custody suites 2016",
               dt.date(2016, 8, 16), "Custody inspection 2016", None),
    "peffc16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 2016", None),
    "pleg16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legitimacy 2016", None),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2017, 2, 9), "CDI 2016", None),
    "peff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16", None),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 20), "NCPI 2017",
               None),
    "peffc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 17", None),
    "pleg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "Legitimacy 2017", None),
    "peff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL: Effectiveness 2017",
               None),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               dt.date(2018, 8, 14), "HMICFRS/HMIP custody 2018", None),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19", None),
    # on the force tracker only
    "cust14": ("Report on an unannounced inspection visit to police custody suites 2014",
               dt.date(2014, 8, 12), "Custody 2014", None),
}
PUBLISHED_LABEL = {  # the month the tracker's report-title rows give
    "sas13": "July 2013", "everyone": "March 2014", "austerity": "July 2014",
    "core": "September 2014", "integrity": "January 2015", "sas15": "March 2015",
    "picture": "July 2015", "firearms": "September 2015", "stolen": "October 2017",
    "efc17": "November 2017", "leg17": "December 2017", "peff15": "February 2016",
    "cust16": "August 2016", "peffc16": "November 2016", "pleg16": "December 2016",
    "cdi16": "February 2017", "peff16": "March 2017", "ncpi17": "June 2017",
    "peffc17": "November 2017", "pleg17": "December 2017", "peff17": "March 2018",
    "cust18": "August 2018", "peel1819": "May 2019", "cust14": "August 2014",
}

COC_DASH = CAUSES[0]
COC_MISSING = CAUSES[1]
COC_INVEST = CAUSES[2]
COC_VETTING = CAUSES[4].format(force=FORCE)
COC_LEG17 = NATIONAL["leg17"][2][0][1]

MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CUSTODY_CHILDREN = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)

# HMICFRS comment texts seen on the register (research notes 1.2), verbatim.
C_NEW = "New recommendation"
C_COMPLETE = "This recommendation is complete"
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
               "updated when this review is complete.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")

EXTRACT_DATE = dt.date(2019, 5, 10)


# ----------------------------------------------------------------------------------------------
# Items. state: new (awaiting-review only) | open (being-progressed) | closed (complete).
# force: None = not on the tracker; else dict(rag, text, ref, rep, type, cat, why, split).
def I(rid, rep, text, state, force, coc=None, story=None, coc_in_text=False):  # noqa: E741
    return dict(id=rid, rep=rep, text=text, state=state, force=force, coc=coc, story=story,
                coc_in_text=coc_in_text)


def F(rag, text="ns", ref=True, rep=None, typ=None, cat=None, why=None, split=None, upd=None,
      target=None, lead=None):
    return dict(rag=rag, text=text, ref=ref, rep=rep, typ=typ, cat=cat, why=why, split=split,
                upd=upd, target=target, lead=lead)


ITEMS = [
    # ---- national (copied from the theme listing pages) ----
    I(611, "sas13", nat("sas13", 0), "closed", F("GREEN", "v")),
    I(612, "sas13", nat("sas13", 1), "closed", F("AMBER", "ab")),
    I(613, "sas13", nat("sas13", 2), "closed", F("GREEN", "ab")),
    I(2321, "everyone", EVERYONE_PLAN, "closed",
      F("AMBER", "Establish and publish a DA action plan specifying the steps the force will take "
                 "to improve its approach to domestic abuse (developed with the PCC, DA support "
                 "organisations and victims' representatives, DHRs and IPCC findings, CPS "
                 "scrutiny panels and MARAC self-assessments)."),
      story="superseded"),
    I(2710, "austerity", nat("austerity", 0), "closed", F("GREEN", "v")),
    I(2711, "austerity", nat("austerity", 1), "closed", F("GREEN", "ab", ref=False)),
    I(2712, "austerity", nat("austerity", 2), "closed", F("GREEN", "v", ref=False)),
    I(2713, "austerity", nat("austerity", 3), "open", F("GREEN", "ab"), story="reviewing"),
    I(4822, "core", nat("core", 0), "closed", F("AMBER", "v"), story="superseded_reviewing"),
    I(4823, "core", nat("core", 1), "open",
      F("GREEN", "By 31 March 2016 all forces should ensure that crime prevention or disruption "
                 "activity carried out is systematically recorded and subsequently evaluated to "
                 "determine the effectiveness of tactics being employed.",
        cat="conflict",
        why="deadline differs: register text 'By 31 March 2015', tracker 'By 31 March 2016'")),
    I(902, "integrity", nat("integrity", 0), "closed", F("GREEN", "v")),
    I(3390, "sas15", nat("sas15", 0), "open", F("AMBER", "v", ref=False)),
    I(4105, "picture", nat("picture", 0), "open", F("GREEN", "ab")),
    I(5190, "firearms", nat("firearms", 0), "closed", F("GREEN", "v")),
    I(5191, "firearms", FIREARMS, "open", F("AMBER", "ab"), story="residue"),
    I(5192, "firearms", nat("firearms", 2), "closed", F("AMBER", "v")),
    I(5193, "firearms", nat("firearms", 3), "open",
      F("AMBER", nat("firearms", 3).replace("Within three months", "Within six months"),
        cat="conflict",
        why="timescale differs: register 'Within three months', tracker 'Within six months'")),
    I(5194, "firearms", nat("firearms", 4), "open", F("GREEN", "ab")),
    I(7804, "stolen", SF_LEADERSHIP, "open",
      F("AMBER", "drop_bullet", cat="conflict",
        why="tracker text has 3 of the 4 bullets: the partnership-arrangements bullet is "
            "missing")),
    I(7805, "stolen", nat("stolen", 1), "open", F("AMBER", "ab")),
    I(7806, "stolen", nat("stolen", 2), "open", F("AMBER", "ab"), story="force_says_completed"),
    I(7807, "stolen", nat("stolen", 3), "closed", F("GREEN", "ab")),
    I(7808, "stolen", nat("stolen", 4), "open", F("GREEN", "ab")),
    I(7809, "stolen", nat("stolen", 5), "open", F("AMBER", "v", ref=False)),
    I(7810, "stolen", nat("stolen", 6), "new", None),
    I(8402, "efc17", nat("efc17", 0), "open",
      F("AMBER", "Produce an ambitious plan to improve digitally-enabled services within the "
                 "force (national framework to be developed by HO, NPCC and APCC).")),
    I(8541, "leg17", SAS_MONITORING_2017, "open", F("GREEN", "ab"), coc=COC_LEG17,
      story="monitor"),
    I(8542, "leg17", nat("leg17", 2), "open", F("AMBER", "v"), coc=COC_LEG17),
    I(8543, "leg17", nat("leg17", 3), "closed", F("AMBER", "v", ref=False), coc=COC_LEG17),
    I(8544, "leg17", nat("leg17", 4), "open", F("GREEN", "ab"), coc=COC_LEG17),
    # ---- force-level (register pages under /recommendation/cheshire/) ----
    I(5630, "peff15", "To address this cause of concern, HMIC recommends the force should "
      "immediately take steps to ensure that there is effective supervision of the initial risk "
      "assessment process, specifically in relation to the completion of DASH risk assessment in "
      "appropriate cases.", "closed",
      F("GREEN", "Ensure effective supervision of the initial risk assessment process, "
                 "specifically completion of DASH risk assessment in appropriate cases."),
      coc=COC_DASH),
    I(5631, "peff15", "HMIC recommends that within six months the force should: consider ways of "
      "increasing the use of arrest, ancillary orders and other available powers, in order to "
      "improve the service it provides to victims of domestic abuse, offer the best possible "
      "protection and bring more perpetrators to justice;", "closed", F("AMBER", "ab"),
      coc=COC_DASH),
    I(5632, "peff15", "Within three months, the force should review its approach to honour-based "
      "abuse to make sure victims receive a consistently good service.", "closed",
      F("GREEN", "ns")),
    I(6220, "cust16", "Immediately, the force should " + CUSTODY_CHILDREN + ".", "open",
      F("GREEN", "ns", ref=False)),
    I(6410, "peffc16", "Within six months, Cheshire Constabulary should undertake further work to "
      "gain a fuller understanding of current demand for its services, and likely future changes "
      "in demand. This is so it can make best use of its resources by matching them to demand to "
      "meet the needs of the public.", "closed", F("GREEN", "ns")),
    I(6411, "peffc16", "Within twelve months, the force should develop a future workforce plan "
      "that is aligned with its overall demand and budget. The plan should include future "
      "resource allocations, the mix of skills required by the workforce and behaviours expected "
      "of them.", "open", F("AMBER", "ns")),
    I(6412, "peffc16", "Within six months the force should develop a clear prevention strategy "
      "targeting people most at risk and make sure activity undertaken prioritises people most "
      "at risk.", "open", F("RED", "ns", ref=False)),
    I(6530, "pleg16", "Within six months the force should ensure all staff have received at least "
      "the lowest level of vetting clearance for their roles as quickly as possible, working to "
      "clear both the vetting backlog and new vetting renewals when they become due so that it "
      "complies fully with the national vetting guidelines.", "open", F("GREEN", "ab"),
      coc=COC_VETTING),
    I(6531, "pleg16", "Within three months, the force should make sure it provides a confidential "
      "way for staff to raise concerns and that staff are aware of whistleblowing processes.",
      "closed", F("GREEN", "ns")),
    I(6870, "peff16", "Within three months, the force should " + MISSING_BODY + ".", "open",
      F("AMBER", split=[
          "Call takers understand and use the missing and absent category appropriately",
          "Call takers and frontline staff have the necessary knowledge to identify risk factors "
          "associated with CSE and how to respond to such cases",
          "Supervisors provide the correct oversight of missing person enquiries and direct "
          "appropriate and timely investigative and safeguarding action"]),
      coc=COC_MISSING),
    I(6871, "peff16", "Within six months the force should improve the supervision of "
      "investigations, so that investigation plans are set, reviewed and recorded and victims "
      "receive a consistently good service.", "open", F("GREEN", "ns")),
    I(6872, "peff16", "Within six months the force should improve its ability to retrieve "
      "digital evidence from mobile phones, computers and other electronic devices quickly "
      "enough to ensure investigations are not delayed.", "open",
      F("AMBER", "ns", ref=False, rep="peff17", cat="conflict",
        why="report differs: register 'PEEL: Police effectiveness 2016', tracker files it under "
            "'PEEL: Effectiveness 2017' (published March 2018); same text")),
    I(6873, "peff16", "Within six months the force should make sure victims of stalking and "
      "harassment are kept informed about the progress of their case, in line with the Code of "
      "Practice for Victims of Crime.", "closed", F("AMBER", "ns")),
    I(6991, "cdi16", "HMIC recommends that the force should immediately: " + CDI_VICTIMS_BODY + ".",
      "open",
      F("GREEN", split=[
          "At the point of report, victims are believed",
          "Conversations between call handlers and callers are summarised accurately in the "
          "incident log, giving attending officers full facts on which to base crime-recording "
          "decisions",
          "Multiple crimes are always recorded when described within incident records or "
          "identified as part of other recorded crime investigations",
          "The practice of awaiting the results of medical examinations or video interviews "
          "before making crime-recording decisions is stopped",
          "Online reports of crime are triaged at the point of receipt so that any ongoing risks "
          "to the victim or wider public are identified and managed"]),
      story="force_says_completed_cdi"),
    I(6992, "cdi16", "Within three months, the force should revise its approach to cautions, "
      "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
      "auditable explanation to the offender of the implications of receiving the warning and "
      "that, for victim-based crimes, there is a clear and auditable record that views of the "
      "victim are considered prior to their issue.", "closed", F("AMBER", "ns"), story="cdi_closed"),
    I(6993, "cdi16", "Within six months the force should improve its use of its crime-recording "
      "and management system to better manage its case files and investigative processes.",
      "open",
      F("AMBER", "ns", ref="6939", cat="conflict",
        why="reference differs: register ID 6993, tracker 'HMIC Ref' 6939 (no register record "
            "6939 on the list); same report and text")),
    I(7310, "ncpi17", "Within six months, the force should make sure officers and staff have the "
      "training they need to identify and respond to child sexual exploitation.", "open",
      F("AMBER", "ab")),
    I(7311, "ncpi17", "Within three months, the force should improve how it works with partner "
      "organisations to safeguard people at risk from online child sexual abuse.", "closed",
      F("AMBER", "ns")),
    I(7312, "ncpi17", "Within six months, the force should make sure its analysis of sexual "
      "offences against children informs its strategic assessment and control strategy.",
      "open", None, story="monitor"),
    I(7313, "ncpi17", "Immediately, the force should make sure it records reports of child sexual "
      "exploitation accurately and without delay.", "open", F("GREEN", "ab", ref=False)),
    I(8380, "peffc17", "By May 2018, the force should develop its understanding of the links "
      "between its outcomes, outputs and costs.", "open", F("GREEN", "ns")),
    I(8381, "peffc17", "Within twelve months, the force should make sure it has access to "
      "accurate data and analysis to support effective performance management.", "closed",
      F("GREEN", "ns"), story="residue"),
    I(8560, "pleg17", "Within six months the force should review the support available for those "
      "who have raised concerns and take any action needed to make sure these provisions are "
      "suitable.", "open", F("AMBER", "ns")),
    I(8561, "pleg17", "Within twelve months, the force should review how it gathers and uses "
      "equality and diversity data to improve its understanding of its workforce demographics.",
      "closed", F("AMBER", "ns", ref=False)),
    I(8562, "pleg17", "Within three months, the force should put plans in place to monitor, "
      "including through the gathering and analysis of staff feedback, team cultures and provide "
      "prompt remedial action for any issues it identifies.", "open", None),
    I(8770, "peff17", "HMIC recommends that within six months the force should: ensure regular "
      "and active supervision of the quality and progress of investigations. This supervision "
      "should be properly recorded;", "open", F("AMBER", "ab"), story="monitor"),
    I(8771, "peff17", "Immediately, the force should cease the practice of conducting domestic "
      "abuse risk assessments over the telephone and dealing with domestic abuse in the "
      "resolution centre.", "closed", F("GREEN", "ab")),
    I(8772, "peff17", "To address this cause of concern, HMIC recommends the force should "
      "immediately improve its understanding of suspects released under investigation and the "
      "management of those released on bail.", "open",
      F("GREEN", "Improve understanding of suspects released under investigation (RUI) and the "
                 "management of those released on bail."),
      coc=COC_INVEST, coc_in_text=True),
    I(8773, "peff17", "Within six months, the force should make sure investigations of rape and "
      "serious sexual offences are allocated to officers with the right skills and are "
      "effectively supervised.", "open", F("AMBER", "ns")),
    I(8774, "peff17", "Within six months, the force should improve how it gathers, assesses and "
      "acts on intelligence about county lines drug dealing.", "closed", F("GREEN", "ns")),
    I(9013, "cust18", "Within six months, the force should make sure officers and staff have the "
      "training they need to identify and respond to people with mental ill health.", "open",
      F("GREEN", "ns")),
    I(9605, "peel1819", "HMICFRS recommends that the force should immediately:make sure there are "
      "appropriate strategic oversight arrangements in place to manage risks, performance and "
      "improvement plans effectively; and", "new", None),
    I(9606, "peel1819", "HMICFRS recommends that the force should immediately:make sure the "
      "corporate risk register is actively used to mitigate and manage known risks; and", "new",
      F("AMBER", "ns", ref=False)),
    I(9607, "peel1819", "HMICFRS recommends that the force should immediately:make sure all "
      "processes in place to support performance management are effective;", "new", None),
]

# Force rows with no register record (not_on_hmicfrs_list): (report key, type, text, rag, why)
LOCALS = [
    ("peff15", "Local action", "Local action: Task & Finish group to review the domestic abuse "
     "policy and report to the Force Executive Team", "AMBER",
     "force's own local action, not an HMICFRS item"),
    ("firearms", "JAC action", "JAC action: Internal audit of the firearms licensing governance "
     "arrangements (audit plan 2018/19)", "GREEN",
     "Joint Audit Committee action added by the force, not an HMICFRS item"),
    ("peff17", "Force action", "Force improvement plan: Refresh the county lines drug dealing "
     "problem profile and add it to the control strategy", "AMBER",
     "force improvement-plan action, not an HMICFRS item"),
    ("pleg17", "AFI", "The force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).", "AMBER",
     "area for improvement: the register holds recommendations only, so no register record"),
    ("peffc17", "Area for Improvement", "Cheshire Constabulary should develop a problem-solving "
     "approach to anti-social behaviour, working with local communities and partners.", "GREEN",
     "area for improvement: the register holds recommendations only, so no register record"),
    ("cust14", "Recommendation", "The force should make sure officers and staff have the training "
     "they need to identify and respond to vulnerable adults.", "AMBER",
     "joint HMIP-led custody 2014 recommendation with no HMIC register record; query with "
     "HMICFRS (similar wording to 9013, custody 2018, which has its own tracker row)"),
]

# ----------------------------------------------------------------------------------------------
STEMS = [  # (stem regex, the timescale the tracker keeps)
    (r"HMICFRS recommends that the force should immediately: ?", "Immediately: "),
    (r"HMIC recommends that the force should immediately: ?", "Immediately: "),
    (r"HMIC recommends that within six months the force should: ?", "Within six months: "),
    (r"To address this cause of concern, HMIC recommends the force should immediately ",
     "Immediately: "),
    (r"Immediately, the force should ", "Immediately: "),
    (r"Within (three|six|twelve) months,? (the force|Cheshire Constabulary) should ",
     "Within \\1 months: "),
    (r"By May 2018, the force should ", "By May 2018: "),
]


def keep_stem_deadline(text: str) -> str:
    """Drop an HMIC stem but keep the timescale it carried, as trackers do."""
    for pat, keep in STEMS:
        m = re.match(pat, text)
        if m:
            rest = text[m.end():]
            rest = rest.rstrip(" ;").removesuffix("; and").rstrip(" ;")
            if not rest.endswith("."):
                rest += "."
            return m.expand(keep) + rest
    return text


ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"[Cc]hief [Cc]onstables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"child sexual exploitation", "CSE"), (r"information-sharing agreements", "ISAs"),
    (r"Within six months", "Within 6 months"), (r"Within three months", "Within 3 months"),
    (r"Within twelve months", "Within 12 months"), (r"officers and staff", "officers & staff"),
    (r"Home Office", "HO"), (r"supervision", "supervison"), (r"arrangements", "arrangments"),
]


def flatten(text: str) -> str:
    t = text.replace("\n\n", " ").replace(":\n•", ": -").replace(";\n•", "; -")
    t = t.replace("\n•", " -").replace("•", " - ").replace("\n", " ")
    return re.sub(r"\s+", " ", t).strip()


def force_text(item) -> str:
    f = item["force"]
    mode = f["text"]
    t = item["text"]
    if mode == "v":
        return t
    if mode == "ns":
        return flatten(keep_stem_deadline(t))
    if mode == "ab":
        t = flatten(keep_stem_deadline(t))
        picks = [a for a in ABBR if re.search(a[0], t)]
        rng.shuffle(picks)
        for pat, rep in picks[: max(1, min(3, len(picks)))]:
            t = re.sub(pat, rep, t, count=1)
        return t
    if mode == "drop_bullet":
        lines = [ln for ln in t.split("\n") if "partnership arrangements" not in ln]
        return flatten("\n".join(lines).replace("; and\n", ";\n"))
    return mode


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def later(d: dt.date, lo: int, hi: int) -> dt.date:
    """A date lo..hi days after d, kept before the extract date and always after d."""
    cap = EXTRACT_DATE - dt.timedelta(days=3)
    x = d + dt.timedelta(days=rng.randint(lo, hi))
    if x > cap:
        x = d + dt.timedelta(days=max(1, (cap - d).days // 2))
    return x


FORCE_UPDATES_OPEN = [
    "Update from force: Task & Finish group established; policy rewrite under way, target date "
    "end of March.",
    "Update from force: Working group in place. Progress reported to the Force Executive Board "
    "monthly.",
    "Force update - action plan agreed by the DCC; implementation ongoing.",
]


def events(item) -> list[tuple[str, str, str]]:
    d0 = REPORTS[item["rep"]][1]
    if item["id"] in (7804, 7805, 7806, 7807, 7808, 7809, 7810):
        d0 = dt.date(2017, 10, 26)
    ev = [(ordinal(d0), "awaiting-review", ""), (ordinal(d0 + dt.timedelta(days=1)), "", C_NEW)]
    st = item["state"]
    story = item["story"]
    if st == "new":
        return ev
    d1 = later(d0, 40, 200)
    ev.append((ordinal(d1), "being-progressed", ""))
    if story == "reviewing":
        d1 = later(d1, 300, 900)
        ev.append((ordinal(d1), "", C_REVIEWING))
    if story == "superseded_reviewing":
        d2 = later(d1, 400, 500)
        ev.append((ordinal(d2), "", C_REVIEWING))
        ev.append((ordinal(later(d2, 250, 300)), "complete", C_SUPERSEDED))
        return ev
    if story == "superseded":
        d2 = later(d1, 700, 800)
        ev.append((ordinal(d2), "", C_SUPERSEDED))
        ev.append((ordinal(d2), "complete", ""))
        return ev
    if story == "force_says_completed":
        d1 = later(d1, 120, 200)
        ev.append((ordinal(d1), "",
                   "CompletedAll MSHT investigatiors and supervisers have been briefed on the "
                   "section 45 defence and it is now included in the MSHT investigation "
                   "checklist.Awaiting confirmation from CPS re charging advice."))
        ev.append((ordinal(later(d1, 130, 200)), "", C_MONITOR))
        return ev
    if story == "force_says_completed_cdi":
        ev.append((ordinal(later(d1, 200, 300)), "",
                   "CompletedVictims are now believed at the point of report and THRIVE is "
                   "applied by call handlers.Croimes are now recorded at the point of report "
                   "and online reports triaged same day."))
        return ev
    if story == "cdi_closed":
        d2 = later(d1, 300, 400)
        ev.append((ordinal(d2), "", FORCE_UPDATES_OPEN[1]))
        ev.append((ordinal(later(d2, 60, 90)), "complete", C_CDI))
        return ev
    if st == "open":
        k = rng.random()
        if k < 0.35:
            d1 = later(d1, 100, 300)
            ev.append((ordinal(d1), "", rng.choice(FORCE_UPDATES_OPEN)))
        if story == "monitor" or k > 0.8:
            ev.append((ordinal(later(d1, 150, 420)), "", C_MONITOR))
        return ev
    # closed
    d2 = later(d1, 150, 500)
    if rng.random() < 0.4:
        ev.append((ordinal(d2), "", rng.choice(FORCE_UPDATES_OPEN)))
        d2 = later(d2, 60, 200)
    if rng.random() < 0.5:
        ev.append((ordinal(d2), "complete", C_COMPLETE))
    else:
        ev.append((ordinal(d2), "complete", ""))
        ev.append((ordinal(d2 + dt.timedelta(days=rng.randint(0, 3))), "", C_COMPLETE))
    return ev


# ----------------------------------------------------------------------------------------------
THIN = Font(name="Calibri", size=11)
BOLD = Font(name="Calibri", size=11, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")
NEVENTS = 7


def build_hmicfrs(path: Path) -> dict[int, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register extract"
    ws["A1"] = f"HMICFRS recommendations register – {FORCE} – records and history"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Compiled by Corporate Development from the register pages "
                f"({BASE}/recommendation/{SLUG}/…) and, for national recommendations, the "
                "theme pages. One row per register record; each dated entry on the page is "
                "copied into the next On / Status / Comment columns, oldest first. "
                f"Extract as at {ordinal(EXTRACT_DATE)}.")
    hdr = ["Register ID", "Page", "Report", "Cause of concern", "Recommendation"]
    for n in range(1, NEVENTS + 1):
        hdr += [f"On {n}", f"Status {n}", f"Comment {n}"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = GREY
    # order: force pages newest first, then national theme pages (newest first on each page)
    force_items = [it for it in ITEMS if REPORTS[it["rep"]][3] is None]
    nat_items = [it for it in ITEMS if REPORTS[it["rep"]][3] is not None]
    force_items.sort(key=lambda it: (-REPORTS[it["rep"]][1].toordinal(), it["id"]))
    themes = ["stop-search", "harm", "plan", "misconduct"]
    nat_items.sort(key=lambda it: (themes.index(REPORTS[it["rep"]][3]),
                                   -REPORTS[it["rep"]][1].toordinal(), it["id"]))
    rowmap: dict[int, int] = {}
    r = 5
    for it in force_items + nat_items:
        title, _, _, theme = REPORTS[it["rep"]]
        if theme is None:
            page = f"{BASE}/recommendation/{SLUG}/{it['id']}/"
            report = title
        else:
            page = f"{BASE}/?recommendation-theme={theme}"
            report = f"{title} ({it['id']})"
        text = it["text"]
        coc = it["coc"] or ""
        if it["coc_in_text"]:
            text = f"Cause of concern\n{coc}\nRecommendation\n{text}"
            coc = ""
        vals = [it["id"], page, report, coc or None, text]
        evs = events(it)
        assert len(evs) <= NEVENTS, (it["id"], len(evs))
        for n, (on, stt, com) in enumerate(evs):
            if it["story"] == "residue" and stt and n == max(
                    i for i, e in enumerate(evs) if e[1]):
                stt = stt + "[/status]"
            vals += [on, stt or None, com or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
        rowmap[it["id"]] = r
        it["_events"] = evs
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status values as shown on the register: awaiting-review, "
            "being-progressed, complete. Comments are HMICFRS's, or a force update HMICFRS "
            "pasted in.")
    ws.cell(row=r + 1, column=1, value="National recommendations carry no force on the register; "
            "their Report column is the label used on the theme page: '<report title> (<id>)'.")
    widths = {"A": 11, "B": 30, "C": 40, "D": 40, "E": 70}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "F5"
    save(wb, path)
    return rowmap


RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000"}
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Implemented. Evidence pack signed off by the chief officer lead in March.",
    "Policy signed off and in place; dip sample in February showed full compliance.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Complete - new process embedded and audited by Corporate Development.",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Draft procedure with the lead for comment; training package being scoped.",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Force Crime Registrar", "Head of Professional Standards", "Ch Supt Public Protection",
         "Director of People", "Head of Corporate Development", "Supt Contact Centre",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]
TARGETS = ["Dec 2018", "31/03/2019", "No deadline set by HMICFRS", "June 2019", "Q2 2019/20",
           "30/09/2019", "Complete", "TBC"]


def build_tracker(path: Path) -> list[tuple]:
    """Returns truth lines for force rows: (hmicfrs id or None, force row, cat, why)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMIC / HMICFRS Recommendations Tracker (updated 08/05/2019)"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    hdr = ["No.", "HMIC Ref", "Type", "Recommendation / AFI", "Lead", "RAG", "Progress update",
           "Target date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.fill = GREY
    # group force rows by tracker report
    groups: dict[str, list] = {}
    for it in ITEMS:
        if it["force"] is None:
            continue
        rep = it["force"]["rep"] or it["rep"]
        groups.setdefault(rep, []).append(("item", it))
    for rep, typ, text, rag, why in LOCALS:
        groups.setdefault(rep, []).append(("local", (typ, text, rag, why)))
    order = sorted(groups, key=lambda k: (REPORTS[k][1], k))
    lines = []
    r = 4
    for rep in order:
        ws.cell(row=r, column=1,
                value=f"{REPORTS[rep][2]} (published {PUBLISHED_LABEL[rep]})").font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        n = 0
        national = REPORTS[rep][3] is not None
        for kind, obj in groups[rep]:
            n += 1
            if kind == "local":
                typ, text, rag, why = obj
                vals = [str(n), None, typ, text, rng.choice(LEADS), rag,
                        rng.choice(UPD_DONE if rag == "GREEN" else UPD_OPEN),
                        rng.choice(TARGETS[:-2])]
                write_row(ws, r, vals)
                lines.append((None, r, "not_on_hmicfrs_list", why))
                r += 1
                continue
            it = obj
            f = it["force"]
            ref = None if f["ref"] is False else (it["id"] if f["ref"] is True else int(f["ref"]))
            typ = "National rec" if national else rng.choice(["Recommendation", "Rec"])
            hm_open = it["state"] in ("open", "new")
            done = f["rag"] == "GREEN"
            if f["cat"]:
                cat = f["cat"]
                why = f["why"] + "; statuses: register {} (last status {{}}), tracker {{}}".format(
                    "open" if hm_open else "closed")
            elif hm_open and done:
                cat, why = "closeable_submit", "register open (last status {}), tracker GREEN"
            elif hm_open:
                cat, why = "in_sync", "register open (last status {}), tracker {}"
            elif done:
                cat, why = "in_sync", "register closed (last status {}), tracker GREEN"
            else:
                cat, why = "closeable_local", "register closed (last status {}), tracker {}"
            last = [e for e in it["_events"] if e[1]][-1][1]
            why = why.format(last, f["rag"])
            if it["story"] in ("force_says_completed", "force_says_completed_cdi"):
                why += "; the 'Completed…' comment is the force's update pasted by HMICFRS, " \
                       "not a status"
            if it["story"] == "residue":
                why += "; status cell carries leftover '[/status]' markup"
            if it["coc_in_text"]:
                why += "; cause of concern pasted into the Recommendation cell"
            if it["state"] == "closed" and it["story"] in ("superseded", "superseded_reviewing"):
                why += " (closed as superseded by later PEEL inspections)"
            if f["split"]:
                for k, sub in enumerate(f["split"]):
                    vals = [f"{n}{'abcde'[k]}", ref, typ, sub, rng.choice(LEADS), f["rag"],
                            rng.choice(UPD_DONE if done else UPD_OPEN),
                            rng.choice(TARGETS[:-2] if done else TARGETS[:6])]
                    write_row(ws, r, vals)
                    lines.append((it["id"], r, cat,
                                  f"bullet {k + 1} of {len(f['split'])} split onto its own "
                                  f"row; {why}"))
                    r += 1
                continue
            upd = rng.choice(UPD_DONE if done else UPD_OPEN)
            vals = [str(n), ref, typ, force_text(it), rng.choice(LEADS), f["rag"], upd,
                    "Complete" if done and rng.random() < 0.3 else rng.choice(TARGETS[:6])]
            write_row(ws, r, vals)
            lines.append((it["id"], r, cat, why))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: GREEN – the recommendation is implemented; AMBER – "
            "work ongoing, expected to be implemented; RED – beyond deadline or cannot be "
            "implemented (rationale required).")
    ws.column_dimensions["D"].width = 80
    ws.column_dimensions["G"].width = 50
    ws.freeze_panes = "A4"
    save(wb, path)
    return lines


def write_row(ws, r, vals):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
    rag = vals[5]
    ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=RAG_FILL[rag])


FIXED_TS = "2019-05-10T09:00:00Z"


def save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so the file is byte-identical."""
    wb.properties.creator = "Corporate Development"
    wb.properties.lastModifiedBy = "Corporate Development"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                           rf"\g<1>{FIXED_TS}\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                           rf"\g<1>{FIXED_TS}\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 5, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    flines = build_tracker(OUT / "tracker.xlsx")
    truth = []
    matched = set()
    for hid, frow, cat, why in flines:
        if hid is None:
            truth.append(("", f"Tracker!{frow}", cat, why))
        else:
            matched.add(hid)
            truth.append((f"Register extract!{hrows[hid]}", f"Tracker!{frow}", cat, why))
    for it in ITEMS:
        if it["id"] not in matched:
            last = [e for e in it["_events"] if e[1]][-1][1]
            truth.append((f"Register extract!{hrows[it['id']]}", "", "missing_from_force",
                          f"register record {it['id']} (last status {last}) has no tracker row"))
    truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6,
                              int(t[1].split("!")[1]) if t[1] else 0))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    counts: dict[str, int] = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(len(hrows), "register rows;", len(flines), "tracker item rows;", counts)


if __name__ == "__main__":
    main()
