"""Build the `register_html_export` evaluation case.

HMICFRS side: a CSV (UTF-8) that the force liaison lead copied out of a web system's export.
The export kept the markup: text cells hold HTML entities and tags around the real texts,
report titles carry &amp; and &#8211;, dates are ISO 8601, statuses are lower-case slugs,
the id column is "nid" (the web system's node id) and "field_reference" holds the register's
reference on most rows (the reference the force quotes).

Force side: Hampshire Constabulary's ordinary xlsx tracker with plain text, "HMICFRS Ref" on
most rows, RAG and progress updates.

Run with /work/main/.venv/bin/python; rebuilds the case byte for byte (fixed seed, fixed
xlsx timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 1717
HERE = Path(__file__).resolve().parent
OUT = HERE / "register_html_export"
FORCE = "Hampshire Constabulary"
HMI_FILE = "hmicfrs.csv"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title as the export holds it (HTML), publication date,
#                  tracker's own name for the report)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone&#8217;s business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "peel15efc": ("PEEL: Police efficiency 2015 &#8211; An inspection of Hampshire Constabulary",
                  dt.date(2015, 10, 15), "PEEL Efficiency 2015"),
    "ncpi16": ("National child protection inspection &#8211; Hampshire Constabulary",
               dt.date(2016, 6, 21), "NCPI 2016"),
    "peel16eff": ("PEEL: Police effectiveness 2016 &#8211; An inspection of Hampshire Constabulary",
                  dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017 &#8211; Hampshire Constabulary",
              dt.date(2017, 9, 28), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 &#8211; A national overview", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 &#8211; A national overview", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites in "
                  "Hampshire &amp; the Isle of Wight", dt.date(2018, 8, 14),
                  "Custody inspection 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency &amp; legitimacy 2018/19 &#8211; "
                 "Hampshire Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers &#8211; A spotlight on stop and search "
               "and the use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL 2021/22 &#8211; Police effectiveness, efficiency and legitimacy: An "
                 "inspection of Hampshire Constabulary", dt.date(2022, 4, 22), "PEEL 2021/22"),
    "peel2325": ("PEEL 2023&#8211;2025: Police effectiveness, efficiency and legitimacy &#8211; "
                 "An inspection of Hampshire &amp; Isle of Wight Constabulary",
                 dt.date(2024, 3, 20), "PEEL 2023-25"),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"}

# HMICFRS type slugs, and the tracker's words for them
H_TYPE = {"NAT": "national-recommendation", "REC": "recommendation",
          "AFI": "area-for-improvement", "COC": "cause-of-concern"}
F_TYPE = {"NAT": "National Rec", "REC": "Recommendation", "AFI": "AFI",
          "COC": "Cause of Concern"}

# --------------------------------------------------------------------------------------------
# Real recommendation texts (Open Government Licence; copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n"
    "This action plan should be developed:\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and{sup20}\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015.")
REC_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CUSTODY_CHILDREN = (
    "Within six months Hampshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it "
    "should:\n"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;\n"
    "• ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;\n"
    "• ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and\n"
    "• improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.")

# --------------------------------------------------------------------------------------------
# Tracker furniture
# --------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Management", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]
GREEN_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete - evidence pack held by OL&I team and sent to the HMICFRS liaison lead.",
    "Implemented. Policy published on the intranet; closure evidence provided to HMICFRS.",
    "Signed off by the chief officer lead at Force Improvement Board; submitted for closure.",
    "Completed. Assurance dip-sample showed compliance; recommended for closure.",
]
AMBER_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; implementation plan agreed at Force Executive Team.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme. Update due at next board.",
    "In progress - owner reviewing evidence before proposing closure.",
    "Policy rewrite under way; consultation with staff associations ends next month.",
]
RED_NOTES = ["Little work yet undertaken in this area. Unlikely to reach deadlines."]


LEAD_RULES = [  # (keyword in the text, lead): first match wins
    ("firearm", "Supt Firearms Licensing"), ("custody", "Ch Insp Custody"),
    ("control room", "Supt Contact Management"), ("digital evidence", "Det Ch Supt Force CID"),
    ("county lines", "ACC Crime"), ("serious and organised", "Head of Intelligence"),
    ("misconduct", "Head of Professional Standards"), ("vetting", "Head of Professional Standards"),
    ("raise concerns", "Head of Professional Standards"),
    ("stop and search", "ACC Local Policing"), ("S&S", "ACC Local Policing"),
    ("use of force", "ACC Local Policing"), ("body-worn", "ACC Local Policing"),
    ("modern slavery", "Det Ch Supt Force CID"), ("MSHT", "Det Ch Supt Force CID"),
    ("information-sharing", "Det Ch Supt Force CID"),
    ("missing", "Ch Supt Public Protection"), ("domestic abuse", "Ch Supt Public Protection"),
    ("DA ", "Ch Supt Public Protection"), ("rape", "Ch Supt Public Protection"),
    ("child sexual", "Ch Supt Public Protection"), ("violence against women", "ACC Crime"),
    ("crime-recording", "Force Crime Registrar"), ("victims are believed", "Force Crime Registrar"),
    ("records reports", "Force Crime Registrar"), ("crime prevention", "Force Crime Registrar"),
    ("information management", "Head of Information Management"),
    ("digital", "Head of Corporate Development"), ("savings", "Director of Finance"),
    ("collaboration", "Director of Finance"), ("costs", "Director of Finance"),
    ("workforce", "Director of People"), ("equality", "Director of People"),
    ("call-handlers", "Supt Contact Management"), ("control room", "Supt Contact Management"),
    ("calls for service", "Supt Contact Management"),
    ("communication skills", "Head of Learning & Development"),
    ("mental ill health", "Head of Learning & Development"),
    ("investigat", "Det Ch Supt Force CID"), ("consult", "Head of Corporate Development"),
]


def lead_for(text: str) -> str | None:
    for kw, lead in LEAD_RULES:
        if kw in text:
            return lead
    return rng.choice(["ACC Crime", "DCC", "Head of Corporate Development"])


def plain(s: str) -> str:
    """How a tracker holds a copied text: straight quotes."""
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("{sup20}", "").replace("{sup86}", ""))


def F(text, rag, note=None, **kw):
    """A force row."""
    d = {"text": text, "rag": rag, "note": note}
    d.update(kw)
    return d


# --------------------------------------------------------------------------------------------
# The HMICFRS items, each with its force row(s) and the truth.
# hs = HMICFRS status slug; ref = field_reference (None: empty); html = rendering options.
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(key, rep, typ, text, hs, ref, force, cat, why, **html):
    ITEMS.append(dict(key=key, rep=rep, typ=typ, text=text, hs=hs, ref=ref, force=force,
                      cat=cat, why=why, html=html))


# ---- national ----
T = ("Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.")
item("N1", "sas13", "NAT", T, "complete", 1104, [F(T, "GREEN")], "in_sync",
     "closed on both: complete / GREEN")
T = ("Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.")
item("N2", "sas13", "NAT", T, "complete", 1105,
     [F("CCs should establish or improve monitoring of the way officers stop & search people, so "
        "that they can be satisfied their officers are acting in accordance with the law "
        "(including equality legislation and the Code of Practice), and that the power is used "
        "effectively to prevent crime, catch criminals and maintain public trust.", "AMBER",
        "S&S scrutiny dashboard being rebuilt in Power BI; BWV dip-sampling to be added.")],
     "closeable_local", "HMICFRS complete, force AMBER (abbreviated text: CCs, S&S)")
T = ("Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.")
item("N3", "sas13", "NAT", T, "superseded", 1106,
     [F(T, "AMBER", "Youth IAG for S&S being re-established with the OPCC.", ref=None)],
     "closeable_local",
     "HMICFRS superseded, force AMBER; force row has no ref and is near-identical to the 2015 "
     "item N12 - report (2013) and date decide it")
item("N4", "everyone", "NAT", EVERYONE_PLAN, "complete", 2321,
     [F("By September 2014 every force should establish and publish a DA action plan that "
        "specifies in detail what steps it will take to improve its approach to domestic abuse, "
        "developed in consultation with PCCs, DA support organisations and victims' "
        "representatives, after close consideration of all the recommendations in the report, "
        "with reference to all relevant DHRs and IPCC findings, and drawing on CPS scrutiny "
        "panels and MARAC self-assessments.", "GREEN",
        "DA action plan published Sept 2014 and refreshed annually. Closed.")],
     "in_sync", "closed on both; HMICFRS body has <ul><li> bullets and a <sup>20</sup> footnote "
     "marker; force summarised the bullets into one sentence", sup=True)
T = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews")
item("N5", "austerity", "NAT", T, "complete", 3050, [F(T, "GREEN")], "in_sync",
     "closed on both")
T = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.")
item("N6", "austerity", "NAT", T, "complete", 3051, [F(T, "GREEN")], "in_sync",
     "closed on both")
T = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.")
item("N7", "austerity", "NAT", T, "superseded", 3052,
     [F(T, "GREEN", "Superseded by PEEL efficiency inspections - closed locally.")],
     "in_sync", "closed on both: superseded / GREEN")
T = ("In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.")
item("N8", "austerity", "NAT", T, "complete", 3053, [F(T, "GREEN")], "in_sync",
     "closed on both")
T = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.")
item("N9", "core", "NAT", T, "superseded", 4822,
     [F(T, "AMBER", "THRIVE refresher for contact management staff scheduled.")],
     "closeable_local", "HMICFRS superseded (comment: subsequently inspected in PEEL), force AMBER")
T = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.")
item("N10", "core", "NAT", T, "complete", 4823, [F(T, "GREEN")], "in_sync", "closed on both")
T = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.")
item("N11", "integrity", "NAT", T, "being-progressed", 902,
     [F(T, "GREEN", "PSD assurance process in place; disproportionality reviewed quarterly at "
        "Ethics Committee. Submitted for closure.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN; &quot;no further action&quot; "
     "in the HMICFRS body")
T = ("Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.")
item("N12", "sas15", "NAT", T, "being-progressed", 5210,
     [F(T, "GREEN", "Independent S&S scrutiny panel meets quarterly, youth panel established. "
        "Evidence sent to HMICFRS.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN; near-duplicate of N3 (2013)")
T = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.")
item("N13", "picture", "NAT", T, "complete", 5633, [F(T, "GREEN")], "in_sync", "closed on both")
T = ("Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.")
item("N14", "firearms", "NAT", T, "being-progressed", 5917,
     [F(T.replace("Within three months", "Within six months"), "AMBER",
        "Governance review against APP under way; report to Chief Officer Group.")],
     "conflict", "timescale differs: HMICFRS 'Within three months', force text 'Within six "
     "months' (both open)")
T = ("Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.")
item("N15", "firearms", "NAT", T, "complete", 5918,
     [F(T, "AMBER", "Demand model refreshed; recruitment of 3 FEOs outstanding.")],
     "closeable_local", "HMICFRS complete, force AMBER")
T = ("Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.")
item("N16", "firearms", "NAT", T, "complete", 5919, [F(T, "GREEN")], "in_sync",
     "closed on both; HMICFRS body double-encoded (&amp;#8216;total expired&amp;#8217;)",
     double=True, style="p")
T = ("Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.")
item("N17", "firearms", "NAT", T, "being-progressed", 5920, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.")
item("N18", "firearms", "NAT", T, "being-progressed", 5921,
     [F(T, "GREEN", "STORM address flagging live for all certificate holders; briefing to "
        "response officers complete.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN")
item("N19", "stolen", "NAT", SF_LEADERSHIP, "being-progressed", 8102,
     [F("Within twelve months, forces should review their leadership and governance arrangements "
        "for modern slavery and human trafficking, to ensure that: senior leaders prioritise the "
        "response to modern slavery and human trafficking;", "GREEN",
        "MSHT gold group chaired by ACC Crime.", no_sub=1),
      F("every incident of modern slavery identified to police is allocated appropriate "
        "resources with the skills, experience and capacity to investigate it effectively;",
        "GREEN", "Allocation policy agreed; MSHT SPOCs in each district.", ref=None, no_sub=2),
      F("forces develop effective partnership arrangements to co-ordinate activity in order to "
        "share information and safeguard victims; and", "GREEN",
        "Anti-slavery partnership with 4 local authorities in place.", ref=None, no_sub=3),
      F("performance and quality assurance measures are in place to allow senior leaders to "
        "assess the nature and quality of the service provided to victims.", "AMBER",
        "MSHT performance measures not yet in the Force Performance pack.", ref=None, no_sub=4)],
     "in_sync", "split into 4 rows (one per bullet; Ref/Report/Published/Type merged over the 4 "
     "rows); 3 bullets GREEN, 1 AMBER so the item is still open on the force side, and open on "
     "HMICFRS", merged=True)
T = ("Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence{sup86} and in order to "
     "safeguard victims better and to identify suspects as early as possible")
item("N20", "stolen", "NAT", T, "being-progressed", 8103,
     [F("Within six months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
        "to identify suspects as early as possible.", "GREEN",
        "ISAs signed with all 4 upper-tier LAs and the GLAA. Evidence submitted.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN; HMICFRS body has footnote "
     "<sup>86</sup> mid-sentence", sup=True)
T = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.")
item("N21", "stolen", "NAT", T, "complete", 8104, [F(T, "GREEN")], "in_sync", "closed on both")
T = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.")
item("N22", "stolen", "NAT", T, "being-progressed", 8105,
     [F(T, "AMBER", "NRM single competent authority changes - process being updated.")],
     "in_sync", "open on both", nbsp=True)
T = ("Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.")
item("N23", "stolen", "NAT", T, "complete", 8106,
     [F(T, "AMBER", "FCR audit of MSHT crimes scheduled for Q3.")],
     "closeable_local", "HMICFRS complete, force AMBER")
T = ("Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).")
item("N24", "stolen", "NAT", T, "being-progressed", 8107, [], "missing_from_force",
     "open on HMICFRS, no force row")
T = ("Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.")
item("N25", "stolen", "NAT", T, "being-progressed", 8108, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.")
item("N26", "efc17", "NAT", T, "being-progressed", 8390,
     [F(T, "AMBER", "Digital strategy 2023-26 drafted; awaiting COG approval.", ref_text=True)],
     "in_sync", "open on both (force ref stored as text)")
T = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.")
item("N27", "leg17", "COC", T, "being-progressed", 8540, [F(T, "AMBER")], "in_sync",
     "open on both (cause of concern)")
item("N28", "leg17", "NAT", SAS_MONITORING_2017, "being-progressed", 8541,
     [F("By July 2018, all police forces across England and Wales should be regularly and "
        "frequently monitoring a comprehensive set of data and information on use of S&S powers "
        "to understand: - the reasons for any disproportionate representation of different "
        "ethnic groups in the use of S&S; - the extent to which find rates differ between people "
        "from different ethnicities, and across different types of searches (including "
        "seperate identification of find rates for drug possession and supply-type offences); "
        "and - the prevalence of possession-only drug searches, and the extent to which these "
        "align with local or force level priorities.", "GREEN",
        "Monthly S&S disproportionality report to the Stop and Search Board since 2019.",
        ref_text=True)],
     "closeable_submit", "HMICFRS being-progressed, force GREEN")
T = ("Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;")
item("N29", "leg17", "NAT", T, "being-progressed", 8542, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.")
item("N30", "leg17", "NAT", T, "complete", 8543,
     [F(T, "GREEN", "Annual S&S report published on the force website.")], "in_sync",
     "closed on both")
T = ("By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.")
item("N31", "leg17", "NAT", T, "being-progressed", 8544,
     [F(T, "AMBER", "Unconscious bias e-learning completion at 87%.",
        report="PEEL Legitimacy 2016", published=dt.date(2016, 12, 8))],
     "conflict", "same ref and text, but the force files it under PEEL Legitimacy 2016, "
     "published 08/12/2016 (HMICFRS: PEEL legitimacy 2017 national, 12/12/2017)")
T = ("By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.")
item("N32", "powers", "NAT", T, "being-progressed", 11874, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.")
item("N33", "powers", "NAT", T, "being-progressed", 11875,
     [F(T, "GREEN", "Included in the 2021/22 CPD days; BWV debrief guide issued to sergeants.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN")
item("N34", "powers", "NAT", BWV_2021, "being-progressed", 11876,
     [F("By September 2021, forces should: ensure that officers record on BWV (when this is "
        "available) the entirety of all S&S encounters, including traffic stops and use of force "
        "incidents. Have a structured process for regularly reviewing and monitoring internally "
        "a sufficient sample of BWV footage to identify and disseminate learning and hold "
        "officers to account when behaviour falls below acceptable standards.", "GREEN",
        "BWV policy mandates recording; monthly supervisor review in place. Complete.")],
     "conflict", "missing bullet: the force row omits the third part (external scrutiny panel "
     "access to BWV footage) yet is GREEN; HMICFRS open - not safe to submit")
T = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.")
item("N35", "powers", "NAT", T, "awaiting-review", 11877,
     [F(T, "WHITE", "Not the force's responsibility to deliver; for the Home Office and NPCC.")],
     "closeable_submit", "HMICFRS awaiting-review (open), force WHITE = not the force's to "
     "deliver (done per the tracker's key); submit to HMICFRS")
T = ("By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.")
item("N36", "powers", "NAT", T, "being-progressed", 11878, [F(T, "AMBER")], "in_sync",
     "open on both")

# ---- Hampshire force-level ----
T = ("The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public")
item("F5", "peel15efc", "AFI", T, "superseded", 6402,
     [F(T, "AMBER", "Demand work rolled into the Force Management Statement.")],
     "closeable_local", "HMICFRS superseded, force AMBER")
T = "The force should develop its understanding of the links between its outcomes, outputs and costs"
item("F6", "peel15efc", "AFI", T, "complete", 6403, [], "missing_from_force",
     "on the HMICFRS list (complete), no force row")
T = ("The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.")
item("F7", "peel15efc", "AFI", T, "complete", 6404, [F(T, "GREEN")], "in_sync", "closed on both")
item("F8", "ncpi16", "COC", COC_MISSING, "being-progressed", 7240,
     [F(plain(COC_MISSING), "AMBER", "Missing children improvement plan - see rec below.")],
     "in_sync", "open on both (cause of concern)", style="rsquo")
item("F9", "ncpi16", "REC", REC_MISSING, "being-progressed", 7241,
     [F("Review approach to reports of missing children and ensure that: call takers understand "
        "and use the missing and absent category appropriately; call takers and frontline staff "
        "have the necessary knowledge to identify risk factors associated with CSE and how to "
        "respond to such cases; and supervisors provide the correct oversight of missing person "
        "enquiries and direct appropriate and timely investigative and safeguarding action.",
        "AMBER", "Missing from home policy rewritten; supervisor audit due.")],
     "in_sync", "open on both; HMICFRS body carries the whole cause-of-concern paragraph "
     "(<strong>Cause of concern</strong>) before the recommendation, so it also resembles the "
     "force's CoC row F8", coc_preamble=True)
T = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.")
item("F1", "peel16eff", "COC", T, "complete", 8786, [F(plain(T), "GREEN")], "in_sync",
     "closed on both (cause of concern)", style="raw")
T = ("In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.")
item("F2", "peel16eff", "REC", T, "complete", 8787, [F(T, "GREEN")], "in_sync",
     "closed on both")
T = ("To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.")
item("F3", "peel16eff", "REC", T, "being-progressed", 8788,
     [F("To improve the service provided to victims of DA the force should immediately take "
        "steps to understand and address the reason behind why such a high proportion of victims "
        "of DA do not support the police investigation.", "GREEN",
        "Victim attrition research completed with University of Portsmouth; actions embedded.",
        ref=None)],
     "closeable_submit", "HMICFRS being-progressed, force GREEN; force row has no ref")
T = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone "
     "and dealing with domestic abuse in the resolution centre should cease")
item("F4", "peel16eff", "REC", T, "superseded", 8789,
     [F(T + ".", "AMBER", "Resolution centre DA triage under review.")],
     "closeable_local", "HMICFRS superseded, force AMBER")
item("F10", "cdi17", "REC", CDI_VICTIMS, "being-progressed", 8012,
     [F("Within six months the force should put in place arrangements to ensure that: (a) at the "
        "point of report, victims are believed;", "GREEN",
        "Victim believed principle in NCRS training for all call handlers.", no_sub=1),
      F("(b) conversations between the call handlers and callers are summarised accurately in "
        "the incident log, thus providing attending officers with full facts on which to base "
        "crime-recording decisions;", "GREEN", "QA of incident logs monthly.", no_sub=2),
      F("(c) multiple crimes are always recorded when described within incident records or "
        "identified as part of other recorded crime investigations;", "GREEN",
        "FCR audit shows 94% compliance.", no_sub=3),
      F("(d) the practice of awaiting the results of medical examinations or video interviews "
        "before making crime-recording decisions is stopped; and", "GREEN",
        "Practice stopped; guidance reissued to PPU.", no_sub=4),
      F("(e) online reports of crime are triaged at the point of receipt to ensure any ongoing "
        "risks to the victim or the wider public are identified and appropriately managed.",
        "GREEN", "Online triage desk in place 24/7.", no_sub=5)],
     "closeable_submit", "split into 5 rows, one per bullet, ref repeated on each; all 5 GREEN, "
     "HMICFRS being-progressed")
T = ("Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.")
item("F11", "cdi17", "REC", T, "complete", 8013, [F(T, "GREEN")], "in_sync", "closed on both")
item("F12", "custody18", "REC", CUSTODY_CHILDREN, "being-progressed", 9455,
     [F(plain(CUSTODY_CHILDREN).replace("\n", " "), "AMBER",
        "Joint protocol with children's services agreed; appropriate adult contract retendered.")],
     "in_sync", "open on both")
T = ("The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.")
item("F13", "peel1819", "AFI", T, "complete", 10206,
     [F("The force should improve its understanding of suspects RUI and the management of those "
        "released on bail.", "GREEN")], "in_sync", "closed on both")
T = ("The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.")
item("F14", "peel1819", "AFI", T, "being-progressed", 10207,
     [F("The force should ensure regular and active supervison of the quality and progress of "
        "investigations. This supervison should be properly recorded.", "AMBER",
        "Investigation standards audit quarterly.")], "in_sync", "open on both (misspelt)")
T = ("The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.")
item("F15", "peel1819", "AFI", T, "being-progressed", 10208,
     [F(T, "AMBER", "Digital Forensics Unit backlog reducing; kiosk rollout.", typ="REC")],
     "conflict", "type differs: HMICFRS area-for-improvement, force 'Recommendation'")
T = ("The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.")
item("F16", "peel1819", "AFI", T, "complete", 10209,
     [F(T, "AMBER", "Public consultation framework with the OPCC in draft.")],
     "closeable_local", "HMICFRS complete, force AMBER")
T = ("The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.")
item("F17", "peel1819", "AFI", T, "being-progressed", 10210,
     [F(T, "GREEN", "Confidential reporting line (Bad Apple) relaunched; staff survey shows "
        "awareness at 81%.")], "closeable_submit", "HMICFRS being-progressed, force GREEN")
T = ("The force should conduct a review of officers’ capabilities and capacity to manage their "
     "investigative workload, to better understand investigative demand and the pressures placed "
     "upon them.")
item("F18", "peel1819", "AFI", T, "superseded", 10211, [F(plain(T), "GREEN")], "in_sync",
     "closed on both: superseded / GREEN", style="raw")
T = ("The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.")
item("F19", "peel2122", "AFI", T, "being-progressed", 13411, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.")
item("F20", "peel2122", "AFI", T, "complete", 13412,
     [F(T, "AMBER", "VCOP compliance dip-sample planned.")], "closeable_local",
     "HMICFRS complete, force AMBER")
T = "The force should make sure it records reports of hate crime accurately and without delay."
item("F21", "peel2122", "AFI", T, "being-progressed", 13413,
     [F(T, "GREEN", "Hate crime recording audit: 96% compliant. Proposed for closure.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN")
T = ("The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.")
item("F22", "peel2122", "AFI", T, "being-progressed", 13414, [F(T, "RED", RED_NOTES[0])],
     "in_sync", "open on both (RED)")
T = ("The force should develop a problem-solving approach to anti-social behaviour, working with "
     "local communities and partners.")
item("F23", "peel2122", "AFI", T, "being-progressed", 13415, [], "missing_from_force",
     "open on HMICFRS, no force row")
T = ("The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.")
item("F24", "peel2122", "AFI", T, "being-progressed", 13416,
     [F(T, "AMBER", "SOC strategic assessment refresh due.", ref=13461)],
     "conflict", "reference differs: force 13461, HMICFRS 13416 (transposed digits; 13461 is not "
     "on the list); text, report, date agree")
T = "The force should improve its understanding of the nature and scale of fraud in its area."
item("F25", "peel2122", "AFI", T, "complete", 13417, [F(T, "GREEN")], "in_sync",
     "closed on both")
T = ("The force should make sure officers and staff have the training they need to identify and "
     "respond to people with mental ill health.")
item("F26", "peel2122", "AFI", T, "being-progressed", 13418, [F(T, "AMBER")], "in_sync",
     "open on both")
T = ("The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.")
item("F32", "peel2122", "AFI", T, "being-progressed", 13419,
     [F(T, "GREEN", "Grade 2 DA attendance within target for 6 consecutive months.")],
     "closeable_submit", "HMICFRS being-progressed, force GREEN")
T = ("The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.")
item("F27", "peel2325", "AFI", T, "awaiting-review", None,
     [F(T, "AMBER", "Op Soteria model being embedded.", ref="TBC")], "in_sync",
     "open on both; no field_reference, force ref 'TBC'")
T = ("The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.")
item("F28", "peel2325", "AFI", T, "awaiting-review", None,
     [F(T, "AMBER", "POLIT growth bid in the 2024/25 budget.", ref="NID")], "in_sync",
     "open on both; no field_reference - the force copied the nid into HMICFRS Ref")
T = ("The force should improve the way it manages the risk posed by offenders involved in "
     "violence against women and girls.")
item("F29", "peel2325", "AFI", T, "awaiting-review", None, [], "missing_from_force",
     "open on HMICFRS (no field_reference), no force row")
T = ("The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to violence against women and girls.")
item("F30", "peel2325", "AFI", T, "awaiting-review", None,
     [F(T, "AMBER", "VAWG dashboard in development.", ref=None)], "in_sync",
     "open on both; no ref either side")
T = ("The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.")
item("F31", "peel2325", "AFI", T, "awaiting-review", 15872, [], "missing_from_force",
     "open on HMICFRS, no force row")

# Force rows that are not on the HMICFRS list (placed in the tracker by report / section)
NOT_ON_LIST = [
    dict(section="force", after="peel15efc", report="CDI 2014", published=dt.date(2014, 11, 18),
         typ="REC", ref=3127,
         text="The force should revise its approach to cautions, cannabis warning and penalty "
              "notices for disorder to ensure that there is a clear and auditable explanation to "
              "the offender of the implications of receiving the warning and that, for "
              "victim-based crimes, there is a clear and auditable record that views of the "
              "victim are considered prior to their issue.",
         rag="GREEN", note="Out of court disposals scrutiny panel in place. Closed.",
         why="HMICFRS ref 3127 (CDI 2014) is not on the list: closed and dropped by HMICFRS; "
             "query it"),
    dict(section="force", after="leg17f", report="PEEL Legitimacy 2017", published=dt.date(2017, 12, 12),
         typ="AFI", ref=9083,
         text="The force should ensure all staff have received at least the lowest level of "
              "vetting clearance for their roles as quickly as possible, working to clear both "
              "the vetting backlog and new vetting renewals when they become due so that it "
              "complies fully with the national vetting guidelines.",
         rag="AMBER", note="Vetting backlog down to 212; additional vetting officers recruited.",
         why="force-level PEEL Legitimacy 2017 AFI (ref 9083) not on the HMICFRS list"),
    dict(section="local", report="Local action", typ=None, ref=None,
         text="Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
              "findings to the Crime Standards Board",
         rag="AMBER", note="Q1 and Q2 dip-samples done.", why="force's own local action"),
    dict(section="local", report="Local action", typ=None, ref=None,
         text="Local action: Refresh the county lines drug dealing problem profile and add it to "
              "the control strategy",
         rag="GREEN", note="Problem profile refreshed March 2024.",
         why="force's own local action (near the topic of F19 but not an HMICFRS item)"),
    dict(section="local", report="Internal audit", typ=None, ref=None,
         text="Internal audit action: Internal audit of the missing children governance "
              "arrangements (audit plan 2023/24)",
         rag="AMBER", note="Fieldwork complete; draft report with ACC Local Policing.",
         why="internal audit action, not an HMICFRS item"),
    dict(section="local", report="Force improvement plan", typ=None, ref=None,
         text="Force improvement plan: Appoint a single point of contact for hate crime in each "
              "local policing area",
         rag="GREEN", note="SPOCs appointed in all districts.",
         why="force improvement plan action, not an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# HTML rendering of an HMICFRS text
# --------------------------------------------------------------------------------------------
DEADLINE = re.compile(r"^(Within (?:three|six|twelve) months|By (?:\d+ )?[A-Z][a-z]+ \d{4}|"
                      r"Immediately|Not later than \d+ [A-Z][a-z]+ \d{4})")


def enc(s: str, apos: str = "&#8217;") -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("’", apos).replace("‘", "&#8216;").replace("“", "&quot;").replace("”", "&quot;")
    s = s.replace("{sup20}", "<sup>20</sup>").replace("{sup86}", "<sup>86</sup>")
    return s


def split_bullets(text: str) -> list[tuple[str, str]]:
    """[(kind, text)]: kind 'p' for a paragraph, 'li' for a bullet."""
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        if "•" in para:
            head, *bullets = para.split("•")
            if head.strip():
                out.append(("p", head.strip()))
            out += [("li", b.strip()) for b in bullets if b.strip()]
        else:
            out.append(("p", para))
    return out


def render(it: dict, style: str) -> str:
    opts = it["html"]
    apos = {"rsquo": "&rsquo;", "raw": "’"}.get(style, "&#8217;")
    parts = split_bullets(it["text"])
    # a paragraph that does not end a sentence and is followed by further plain paragraphs of
    # the same recommendation (BWV_2021's three asks) becomes a list
    if it["key"] == "N34":
        parts = [("p", "By September 2021, forces should:")] + [
            ("li", p[1].replace("By September 2021, forces should: ", "")) for p in parts]
    p_open = '<p class="MsoNormal">' if style == "mso" else "<p>"
    blocks, cur, in_ul = [], None, False
    for i, (kind, t) in enumerate(parts):
        t = enc(t, apos)
        if i == 0 and style == "strong":
            t = DEADLINE.sub(lambda m: f"<strong>{m.group(1)}</strong>", t)
        if opts.get("nbsp") or style == "nbsp":
            t = re.sub(r"(months|Immediately|should),? ", lambda m: m.group(0)[:-1] + "&nbsp;",
                       t, count=1)
        if style == "br":  # bullets as <br /> + &bull; inside the paragraph
            if kind == "p":
                if cur is not None:
                    blocks.append(cur + "</p>")
                cur = p_open + t
            else:
                cur = (cur or p_open) + f"<br />\n&bull; {t}"
            continue
        if kind == "li":
            if not in_ul:
                blocks.append("<ul>")
                in_ul = True
            blocks.append(f"<li>{t}</li>")
        else:
            if in_ul:
                blocks.append("</ul>")
                in_ul = False
            blocks.append(f"{p_open}{t}</p>")
    if cur is not None:
        blocks.append(cur + "</p>")
    if in_ul:
        blocks.append("</ul>")
    body = "\n".join(blocks)
    if opts.get("double"):
        body = body.replace("&#8216;total expired&#8217;",
                            "&amp;#8216;total expired&amp;#8217;")
    if opts.get("coc_preamble"):
        body = ("<p><strong>Cause of concern</strong><br />" + enc(COC_MISSING) + "</p>\n"
                "<p><strong>Recommendation</strong></p>\n" + body)
    if style == "trail":
        body += "\n<p>&nbsp;</p>"
    return body.strip()


COMMENTS = {
    "complete": ["<p>This recommendation is complete</p>",
                 "<p>Force update received &#8211; evidence reviewed by the Force Liaison Lead "
                 "&amp; portfolio lead. Recommendation closed.</p>",
                 "<p>Authorised for closure on the basis of the additional observations offered "
                 "by members of the inspection team in recent inspection activity.</p>"],
    "superseded": ["<p>This area of activity has subsequently been inspected in HMIC&#8217;s "
                   "PEEL Effectiveness inspections. Where a cause of concern still exists this "
                   "will appear in the register against these subsequent inspections.</p>"],
    "being-progressed": ["<p>The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.</p>"],
    "awaiting-review": ["<p>New recommendation</p>"],
}


def iso(d: dt.date | dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
def build():
    OUT.mkdir(parents=True, exist_ok=True)
    order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    rep_rank = {k: i for i, k in enumerate(order)}
    items = sorted(ITEMS, key=lambda it: (rep_rank[it["rep"]], ITEMS.index(it)))

    # nids: created report by report, with gaps
    nid = 21340
    for it in items:
        nid += rng.randint(1, 9)
        it["nid"] = nid
    # a few national items were re-keyed later (re-created in the new system): higher nids
    for key in ("N11", "N35", "F9"):
        nxt = max(i["nid"] for i in ITEMS) + rng.randint(40, 400)
        next(i for i in ITEMS if i["key"] == key)["nid"] = nxt

    styles = ["p", "p", "p", "strong", "nbsp", "mso", "trail", "rsquo", "raw", "br", "ul"]
    for it in items:
        has_bullets = "•" in it["text"] or it["key"] == "N34"
        st = rng.choice(styles)
        if st in ("br", "ul") and not has_bullets:
            st = "p"
        if has_bullets and st not in ("br", "ul"):
            st = "ul"
        st = it["html"].get("style", st)
        it["body"] = render(it, st)
        pub = REPORTS[it["rep"]][1]
        hs = it["hs"]
        if hs == "awaiting-review":
            sd = pub + dt.timedelta(days=rng.randint(2, 20))
        else:
            sd = pub + dt.timedelta(days=rng.randint(120, 1900))
            sd = min(sd, dt.date(2024, 5, 31))
        it["status_dt"] = dt.datetime(sd.year, sd.month, sd.day, rng.randint(8, 17),
                                      rng.randint(0, 59), rng.randint(0, 59))
        it["comment"] = rng.choice(COMMENTS[hs])

    # ---------------- HMICFRS CSV ----------------
    rows_sorted = sorted(items, key=lambda it: it["nid"])
    header = ["nid", "field_reference", "title", "field_report", "field_force",
              "field_publication_date", "field_recommendation_type", "body", "field_status",
              "field_status_changed", "field_comment", "path"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for n, it in enumerate(rows_sorted, start=2):
        it["hrow"] = f"{HMI_FILE}!{n}"
        rep_title = REPORTS[it["rep"]][0]
        ref = it["ref"]
        force_name = ("Hampshire and Isle of Wight Constabulary" if it["rep"] == "peel2325"
                      else FORCE)
        title = f"{rep_title} ({ref})" if ref else rep_title
        path = (f"/hmicfrs/recommendation/hampshire/{ref}/" if ref else f"/node/{it['nid']}")
        w.writerow([it["nid"], ref if ref else "", title, rep_title, force_name,
                    iso(REPORTS[it["rep"]][1]), H_TYPE[it["typ"]], it["body"], it["hs"],
                    iso(it["status_dt"]), it["comment"], path])
    (OUT / HMI_FILE).write_bytes(buf.getvalue().encode("utf-8"))

    # ---------------- force tracker ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    cols = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
            "Lead", "RAG", "Progress update", "Date submitted for closure"]
    widths = [7, 12, 30, 12, 16, 80, 24, 9, 50, 14]
    ws["A1"] = "Hampshire Constabulary - HMICFRS Recommendations and Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning & Improvement Team - position at 28/06/2024 "
                "(for Joint Audit Committee, July 2024)")
    ws["A3"] = "OFFICIAL"
    ws["A3"].font = Font(bold=True, color="FF0000")
    HEADER_ROW = 5
    thin = Side(style="thin", color="999999")
    for c, (h, wdt) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[chr(64 + c)].width = wdt
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}

    r = HEADER_ROW + 1
    counter = 0
    truth_force = []  # (force_row, item or None, category, why)

    def section(title):
        nonlocal r
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        for cc in range(1, len(cols) + 1):
            ws.cell(row=r, column=cc).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1

    def write_row(no, ref, report, published, typ, text, rag, note, submitted, lead):
        nonlocal r
        vals = [no, ref, report, published, typ, text, lead, rag, note, submitted]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if isinstance(v, (dt.date, dt.datetime)):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
        r += 1
        return r - 1

    sub_dates, leads = {}, {}

    def force_rows_for(it):
        nonlocal counter
        counter += 1
        rep_name = REPORTS[it["rep"]][2]
        pub = REPORTS[it["rep"]][1]
        first_row = None
        for fr in it["force"]:
            if "ref" in fr:
                ref = fr["ref"]
                if ref == "NID":
                    ref = it["nid"]
            else:
                ref = it["ref"]
                if fr.get("ref_text") and ref is not None:
                    ref = str(ref)
            no = f"{counter}.{fr['no_sub']}" if fr.get("no_sub") else counter
            report = fr.get("report", rep_name)
            published = fr.get("published", pub)
            typ = F_TYPE[fr.get("typ", it["typ"])]
            text = plain(fr["text"])
            rag = fr["rag"]
            note = fr["note"]
            if note is None:
                note = rng.choice(GREEN_NOTES if rag == "GREEN" else AMBER_NOTES)
            submitted = None
            if rag == "GREEN" and it["cat"] != "in_sync" or (
                    rag == "GREEN" and it["hs"] in ("complete", "superseded")):
                if it["key"] not in sub_dates:
                    d = pub + dt.timedelta(days=rng.randint(150, 1500))
                    sub_dates[it["key"]] = (min(d, dt.date(2024, 6, 14))
                                            if rng.random() < 0.8 else None)
                submitted = sub_dates[it["key"]]
            if it["key"] not in leads:
                leads[it["key"]] = lead_for(it["text"]) if rng.random() < 0.94 else None
            lead = leads[it["key"]]
            if it["html"].get("merged") and fr.get("no_sub", 1) > 1:
                ref = report = published = typ = None
            row = write_row(no, ref, report, dt.datetime.combine(published, dt.time())
                            if published else None, typ, text, rag, note,
                            dt.datetime.combine(submitted, dt.time()) if submitted else None,
                            lead)
            first_row = first_row or row
            truth_force.append((f"Tracker!{row}", it, it["cat"], it["why"]))
        if it["html"].get("merged"):
            last = first_row + len(it["force"]) - 1
            for col in "BCDE":
                ws.merge_cells(f"{col}{first_row}:{col}{last}")

    def not_on_list_row(nl):
        nonlocal counter
        counter += 1
        typ = F_TYPE[nl["typ"]] if nl["typ"] else "Local action"
        pub = nl.get("published")
        row = write_row(counter, nl["ref"], nl["report"],
                        dt.datetime.combine(pub, dt.time()) if pub else None, typ, nl["text"],
                        nl["rag"], nl["note"], None, lead_for(nl["text"]))
        truth_force.append((f"Tracker!{row}", None, "not_on_hmicfrs_list", nl["why"]))

    # National section, then force section, each by report date (tracker order)
    section("NATIONAL / THEMATIC REPORTS (all forces)")
    for k in order:
        if k not in NATIONAL_KEYS:
            continue
        for it in [i for i in ITEMS if i["rep"] == k]:
            if it["force"]:
                force_rows_for(it)
    r += 1  # blank separator row
    section("HAMPSHIRE CONSTABULARY INSPECTIONS")
    force_order = [k for k in order if k not in NATIONAL_KEYS]
    for k in force_order:
        for it in [i for i in ITEMS if i["rep"] == k]:
            if it["force"]:
                force_rows_for(it)
        for nl in NOT_ON_LIST:
            if nl["section"] == "force" and nl["after"] == k:
                not_on_list_row(nl)
        if k == "cdi17":  # PEEL Legitimacy 2017 force AFI sits after CDI 2017 by date
            for nl in NOT_ON_LIST:
                if nl["section"] == "force" and nl["after"] == "leg17f":
                    not_on_list_row(nl)
    r += 1
    section("LOCAL ACTIONS (force improvement plan / internal audit)")
    for nl in NOT_ON_LIST:
        if nl["section"] == "local":
            not_on_list_row(nl)
    ws.auto_filter.ref = f"A{HEADER_ROW}:J{r - 1}"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    legend = [("GREEN", "The recommendation is implemented (submitted / proposed for closure)"),
              ("AMBER", "Subject to ongoing work and monitoring; expected to be implemented"),
              ("RED", "Beyond designated deadline or cannot / will not be implemented "
                      "(rationale required)"),
              ("WHITE", "Not Hampshire Constabulary's responsibility to deliver, or dependent "
                        "upon another organisation")]
    for i, (rag, txt) in enumerate(legend, start=3):
        key.cell(row=i, column=1, value=rag).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 90

    wb.properties.creator = "OL&I Team"
    wb.properties.created = dt.datetime(2019, 4, 1, 9, 0, 0)
    save_deterministic(wb, OUT / "tracker.xlsx", dt.datetime(2024, 6, 28, 16, 5, 0))

    # ---------------- truth ----------------
    lines = []
    for it in rows_sorted:
        frs = [t for t in truth_force if t[1] is it]
        if not frs:
            lines.append((it["hrow"], "", it["cat"], f"{it['key']}: {it['why']}"))
        for fr in frs:
            lines.append((it["hrow"], fr[0], it["cat"], f"{it['key']}: {it['why']}"))
    for fr in truth_force:
        if fr[1] is None:
            lines.append(("", fr[0], fr[2], fr[3]))
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(lines)
    (OUT / "truth.csv").write_bytes(tb.getvalue().encode("utf-8"))
    return items, lines


def save_deterministic(wb, path: Path, modified: dt.datetime):
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + modified.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                              + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 28, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    items, lines = build()
    from collections import Counter
    print(len(items), "HMICFRS items;", len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
