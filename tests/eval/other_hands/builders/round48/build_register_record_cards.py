"""Build the evaluation case `register_record_cards`.

HMICFRS side: the force liaison officer opened each of the force's records on the HMICFRS
recommendation register (one web page per recommendation, /hmicfrs/recommendation/<force>/<id>/)
and pasted them, one record card under another, into a single worksheet: URL line, heading
"<Report title> (<id>)", label/value lines (Type, Theme, Status, Cause of concern, the text)
and the record's dated history (status changes and comments), then a blank line.

Force side: an ordinary tracker workbook (one sheet, title rows, header on row 4, a RAG key
under the data).

Run:  /work/main/.venv/bin/python build_register_record_cards.py
Rebuilds register_record_cards/ byte for byte (fixed seed, fixed workbook timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 4848
CASE = "register_record_cards"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE

FORCE = "Lincolnshire Police"
SLUG = "lincolnshire"
HSHEET = "Register"
FSHEET = "HMIC Tracker"

D = dt.date

# --------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
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
    "to the victim or the wider public are identified and appropriately managed."
)
CHILD_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
MISSING_CHILDREN = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
COC_DA = (
    "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
    "who fail to support the investigation and the low use of police powers of arrest and "
    "prosecution is a cause of concern to HMIC."
)
COC_VETTING = "The size of the vetting backlog within Lincolnshire Police is a cause of concern."
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)

# Report titles as the register heads its records (national reports: their own titles).
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
                 "licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15)),
    "efx15": ("PEEL: Police effectiveness 2015", D(2016, 2, 18)),
    "ncpi16": ("National child protection inspection 2016", D(2016, 6, 16)),
    "cust16": ("Report on an unannounced inspection visit to police custody suites 2016", D(2016, 8, 23)),
    "eff16": ("PEEL: Police efficiency 2016", D(2016, 11, 3)),
    "leg16": ("PEEL: Police legitimacy 2016", D(2016, 12, 8)),
    "efx16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 14)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "eff17": ("PEEL: Police efficiency 2017", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "lg17f": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "efx17": ("PEEL: Police effectiveness 2017", D(2018, 3, 22)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 12, 11)),
}

NATREC, REC, AFI = "National recommendation", "Recommendation", "Area for improvement"

# --------------------------------------------------------------------------------------
# The HMICFRS records. status: awaiting-review / being-progressed / complete.
# close: how it closed (complete / authorised / superseded) or, for open ones, an optional
# extra: monitored / forceupdate / reviewing.  cat: the truth category of the pair.
# f: the force's row(s): None (missing), a dict, or a list of dicts (split).
# --------------------------------------------------------------------------------------
def fr(text, rag, ref="auto", rtype=None, report=None, pub=None, progress=None, sub=None, lead="auto"):
    return dict(text=text, rag=rag, ref=ref, rtype=rtype, report=report, pub=pub,
                progress=progress, sub=sub, lead=lead)


ITEMS = []


def item(rid, rep, typ, theme, text, status, close, cat, f, coc=None, why="", closed_on=None):
    ITEMS.append(dict(id=rid, rep=rep, type=typ, theme=theme, text=text, status=status,
                      close=close, cat=cat, f=f, coc=coc, why=why, closed_on=closed_on))


# ---- national reports ----------------------------------------------------------------
item(1203, "sas13", NATREC, "stop-search",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "complete", "complete", "in_sync",
     fr("CCs and the CoP should establish in the S&S APP a clear specification of what constitutes "
        "the effective and fair exercise of S&S powers, and guidance in this respect.", "WHITE",
        ref="", rtype="National", progress="College of Policing action - APP published. Not the "
        "force's to deliver."),
     why="both closed: register complete; force WHITE (not the force's to deliver = done)",
     closed_on=D(2015, 6, 4))
item(1204, "sas13", NATREC, "stop-search",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "complete", "complete", "in_sync",
     fr("Establish or improve monitoring of the way officers stop and search people, so that we "
        "can be satisfied officers are acting in accordance with the law (incl equality legislation "
        "and the Code of Practice) and that the power is used effectively.", "Complete",
        ref="", rtype="National", progress="Monthly S&S scrutiny in place via Legitimacy Board."),
     why="both closed; near-identical wording to 8562 (PEEL Legitimacy 2017 AFI): report decides",
     closed_on=D(2015, 6, 4))
item(1205, "sas13", NATREC, "stop-search",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example, young people.",
     "complete", "authorised", "closeable_local",
     fr("In consultation with the PCC, comply with the code of practice by explaining to the "
        "public how S&S powers are used and arrange for S&S records to be scrutinised by community "
        "representatives, involving those stopped & searched e.g. young people.", "Amber",
        ref="", rtype="National", progress="Youth panel still to be recruited - target March 2019."),
     why="register complete (authorised for closure); force Amber", closed_on=D(2016, 1, 12))
item(2321, "everyone", NATREC, "harm", EVERYONE_PLAN, "complete", "superseded", "closeable_local",
     fr("By Sept 2014 establish and publish a DA action plan specifying what steps the force will "
        "take to improve its approach to DA (developed with PCC, support organisations, DHRs/IPCC "
        "findings, CPS scrutiny panels and MARAC self-assessments).", "AMBER",
        ref="2321", rtype="Rec", progress="DA action plan refreshed annually - 2018/19 version at "
        "DA Delivery Group."),
     why="register complete with the 'subsequently been inspected in PEEL Effectiveness' comment "
     "(superseded); force AMBER", closed_on=D(2016, 3, 30))
item(3010, "austerity", NATREC, "plan",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "complete", "complete", "in_sync",
     fr("Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
        "doing all they can to continue to reduce crime and protect the front line while balancing "
        "budgets (use HMIC VfM profiles).", "Complete", ref="3010", rtype="National",
        progress="MTFP review completed Nov 2014."),
     why="both closed; the force also has a PEEL Efficiency 2014 AFI with similar wording that is "
     "not on the register", closed_on=D(2015, 2, 20))
item(3011, "austerity", NATREC, "plan",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "complete", "complete", "missing_from_force", None,
     why="on the register (complete), no tracker row", closed_on=D(2015, 2, 20))
item(3012, "austerity", NATREC, "plan",
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
     "HMIC will follow up the assessments in the autumn.",
     "complete", "complete", "in_sync",
     fr("Forces reducing the proportion of workforce/officers on the front line to assess whether "
        "they have taken decisive action to maintain crime fighting capacity.", "Closed",
        ref="3012", rtype="National", progress="Assessment returned to HMIC Oct 2014."),
     why="both closed", closed_on=D(2015, 2, 20))
item(3013, "austerity", NATREC, "plan",
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.",
     "being-progressed", "monitored", "closeable_submit",
     fr("In preparation for the next spending round all Chief Constables and PCCs should review "
        "their plans for collaboration, considering scope for better VfM and improved capability "
        "and capacity through joint working with other forces, the public and/or the private "
        "sector.", "Green", ref="3013", rtype="National",
        progress="Collaboration review completed 2016 (strategic partnership and EMSOU). Ready to "
        "move to GREEN status."),
     why="register open (being-progressed); force Green")
item(4822, "core", NATREC, "harm",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "complete", "superseded", "closeable_local",
     fr("By 31/03/15 provide call-handlers with specific, sound & comprehensible criteria to assess "
        "threat, harm and risk (THRIVE).", "Amber", ref="HMIC 4822", rtype="National",
        progress="THRIVE refresher for FCR staff being rolled out."),
     why="register complete with 'currently being reviewed' then 'subsequently been inspected' "
     "comments (superseded); force Amber", closed_on=D(2016, 3, 30))
item(4823, "core", NATREC, "harm",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "being-progressed", "reviewing", "closeable_submit",
     fr("By 31 March 2015 ensure crime prevention or disruption activity is systematically recorded "
        "and subsequently evaluated to determine the effectiveness of tactics.", "GREEN",
        ref="4823", rtype="National", progress="Disruption tactics now recorded on Niche and "
        "evaluated quarterly. Evidence pack with Strategic Development.", sub=D(2018, 10, 2)),
     why="register open; force GREEN with a submission date")
item(902, "integrity", NATREC, "misconduct",
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.",
     "complete", "complete", "in_sync",
     fr("By 31 August 2015 the Chief Constable should satisfy himself that there are processes in "
        "place to ensure investigations into misconduct resulting in 'no further action' are fair "
        "and free of any form of discrimination.", "Complete", ref="902", rtype="National",
        progress="PSD NFA dip-sampling in place."),
     why="both closed", closed_on=D(2016, 4, 14))
item(5530, "sas15", NATREC, "stop-search",
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example young people.",
     "being-progressed", "monitored", "in_sync",
     fr("Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
        "of Practice by explaining to the public the way S&S powers are used in their areas and by "
        "making arrangements for S&S records to be scrutinised by community representatives. This "
        "should be done in a way that involves those people who are stopped and searched, for "
        "example young people.", "Amber", ref="", rtype="National",
        progress="Linked to 1205 - youth panel recruitment ongoing."),
     why="both open; near-identical wording to 1205 (2013 report): report and year decide")
item(5871, "picture", NATREC, "plan",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
     "of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "being-progressed", "monitored", "missing_from_force", None,
     why="open on the register, no tracker row")
item(6120, "firearms", NATREC, "firearms-licensing",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and procedures "
     "in order to meet the standards in full.",
     "complete", "complete", "in_sync",
     fr("Within 3 months assess how well the governance of firearms licensing meets the standards "
        "in APP; where not complied with put in place the correct arrangements immediately.",
        "GREEN", ref="6120", rtype="National", progress="Governance review to COG Dec 2015."),
     why="both closed", closed_on=D(2016, 9, 1))
item(6121, "firearms", NATREC, "firearms-licensing",
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "being-progressed", "monitored", "conflict",
     fr("Within six months, assess the demand placed on the firearms licensing dept and ensure it "
        "has the capacity to meet this demand and provide an efficient and effective service at "
        "all times.", "Amber", ref="6121", rtype="National",
        progress="Demand review part of FMS 2018; additional staff recruited."),
     why="timescale differs: register 'Within three months', tracker 'Within six months'")
item(6122, "firearms", NATREC, "firearms-licensing",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     "being-progressed", "monitored", "missing_from_force", None,
     why="open on the register, no tracker row")
item(6123, "firearms", NATREC, "firearms-licensing",
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "being-progressed", "forceupdate", "closeable_submit",
     fr("Within three months ensure use of temporary permits is in accordance with HO guidance; "
        "permits recorded without delay on NFLMS; and effective systems exist so certificate "
        "holders are not permitted to remain in unlawful possession of a firearm.",
        "Submitted for closure", ref="6123", rtype="National",
        progress="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2018, 11, 2)),
     why="register still being-progressed (the pasted force update 'Completed...' in its history "
     "is not an HMICFRS closure); force submitted for closure")
item(6124, "firearms", NATREC, "firearms-licensing",
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.",
     "being-progressed", "monitored", "in_sync",
     fr("Within three months ensure systems to identify, prior to police attendance, whether an "
        "incident involves or is at the address of a firearm certificate holder are in place and "
        "always applied by dispatchers; and officers understand the risk assessment and their power "
        "to seize firearms and certificates.", "AMBER", ref="6124", rtype="National",
        progress="STORM flag for certificate holders live; briefing for response officers to follow."),
     why="both open")

# ---- force reports 2015-2016 -----------------------------------------------------------
item(5640, "eff15", AFI, "plan",
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "complete", "complete", "in_sync",
     fr("Develop understanding of the links between outcomes, outputs and costs.", "Complete",
        ref="5640", progress="Priority based budgeting completed 2016."),
     why="both closed", closed_on=D(2016, 11, 3))
item(5641, "eff15", AFI, "plan",
     "The force should clearly define its new operating model, ensuring all operational and "
     "support services are affordable and fit to protect the communities of Lincolnshire.",
     "being-progressed", "monitored", "closeable_submit",
     fr("The force should clearly define its new operating model, ensuring all operational and "
        "support services are affordable and fit to protect the communities of Lincolnshire.",
        "Green", ref="5641", progress="Operating model agreed by COG and implemented April 2018."),
     why="register open; force Green")
item(5702, "efx15", AFI, "harm",
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.", "complete", "superseded", "closeable_local",
     fr("Improve understanding of the nature & scale of hate crime in the county.", "Amber",
        ref="5702", progress="Hate crime problem profile being refreshed."),
     why="register complete (superseded by later PEEL effectiveness inspection); force Amber",
     closed_on=D(2017, 3, 2))
item(5703, "efx15", AFI, "harm",
     "Lincolnshire Police should improve how it works with partner organisations to safeguard "
     "people at risk from child sexual exploitation.", "complete", "superseded", "in_sync",
     fr("Improve how we work with partner organisations to safeguard people at risk from CSE.",
        "Closed", ref="5703", progress="Superseded by PEEL 2016 - closed by HMICFRS."),
     why="both closed; near-identical wording to 8895 (NCPI 2018, missing from force): report "
     "and ref decide", closed_on=D(2017, 3, 2))
item(6610, "ncpi16", REC, "child-protection",
     "Within six months the force should conduct a review, involving its partners, of the "
     "approach to vulnerability to better safeguard vulnerable people.",
     "complete", "authorised", "in_sync",
     fr("Within six months conduct a review, involving partners, of the approach to vulnerability "
        "to better safeguard vulnerable people.", "Complete", ref="NCPI 6610",
        progress="Vulnerability review completed; reported to Safeguarding Board."),
     why="both closed", closed_on=D(2017, 11, 24))
item(6611, "ncpi16", REC, "child-protection", CHILD_DETENTION,
     "being-progressed", "monitored", "in_sync",
     fr(CHILD_DETENTION.replace("Lincolnshire Police should", "the force should")
        .replace("accommodation", "accomodation"), "Amber", ref="6611",
        progress="Concordat on children in custody signed with LCC; AA provision under review."),
     why="both open; all five bullets kept (one misspelling)")
item(6612, "ncpi16", REC, "child-protection",
     "Immediately, the force should make sure investigations of sexual offences against children "
     "are allocated to officers with the right skills and are effectively supervised.",
     "complete", "authorised", "closeable_local",
     fr("Make sure investigations of sexual offences against children are allocated to officers "
        "with the right skills and are effectively supervised", "Amber", ref="6612",
        progress="PVP restructure - CAIU supervision ratios being reviewed."),
     why="register complete; force Amber", closed_on=D(2018, 6, 7))
item(6705, "cust16", REC, "custody",
     "Within three months, the force should make sure officers and staff have the training they "
     "need to identify and respond to people with mental ill health.",
     "complete", "complete", "in_sync",
     fr("Within three months make sure officers & staff have the training they need to identify "
        "and respond to people with mental ill health.", "Complete", ref="6705",
        progress="Mental health training delivered to all custody staff."),
     why="both closed", closed_on=D(2017, 5, 18))
item(7010, "eff16", AFI, "workforce",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them.",
     "being-progressed", "monitored", "in_sync",
     fr("Develop a future workforce plan aligned with overall demand and budget incl. resource "
        "allocations, skills mix and behaviours expected.", "Amber", ref="7010",
        progress="Workforce plan in draft - to People Board Feb 2019."),
     why="both open")
item(7011, "eff16", AFI, "plan",
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     "complete", "complete", "closeable_local",
     fr("Improve use of crime-recording and management system (Niche) to better manage case files "
        "and investigative processes.", "Amber", ref="7011",
        progress="Niche upgrade delayed to 2019."),
     why="register complete; force Amber", closed_on=D(2018, 3, 22))
item(7012, "eff16", AFI, "workforce",
     "The force should expand the skills project work to include an assessment of all skills, "
     "not only operational, including potential future skills requirements. This assessment "
     "should inform workforce plans.",
     "being-progressed", "monitored", "closeable_submit",
     fr("Expand the skills project work to include an assessment of all skills, not only "
        "operational, incl. future skills requirements, to inform workforce plans.", "Complete",
        ref="7012", progress="Skills audit of all staff completed Sept 2018."),
     why="register open; force Complete")
item(7205, "leg16", REC, "misconduct",
     "Within six months the force should ensure all staff have received at least the lowest level "
     "of vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.",
     "being-progressed", "monitored", "in_sync",
     fr("Ensure all staff have at least the lowest level of vetting clearance as quickly as "
        "possible, clearing the vetting backlog and renewals so we comply fully with national "
        "vetting guidelines.", "Red", ref="7205", rtype="CoC rec",
        progress="Backlog 312 at 31/12/18. Unlikely to reach deadline."),
     coc=COC_VETTING, why="both open")
item(7206, "leg16", AFI, "misconduct",
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     "complete", "complete", "in_sync",
     fr("Provide a confidential way for staff to raise concerns and make sure staff are aware of "
        "whistleblowing processes.", "Complete", ref="7206",
        progress="Confidential reporting line relaunched."),
     why="both closed", closed_on=D(2017, 12, 12))
item(7207, "leg16", AFI, "misconduct",
     "The force should review the support available for those who have raised concerns and take "
     "any action needed to make sure these provisions are suitable.",
     "complete", "complete", "closeable_local",
     fr("Review the support available to those who have raised concerns and take any action "
        "needed to make sure provisions are suitable.", "Amber", ref="7207",
        progress="Welfare support pathway being written with Federation."),
     why="register complete; force Amber", closed_on=D(2017, 12, 12))
item(7208, "leg16", AFI, "workforce",
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.",
     "being-progressed", "monitored", "conflict",
     fr("Review how we gather and use equality & diversity data to improve understanding of "
        "workforce demographics.", "Amber", ref="", report="PEEL Legitimacy 2017",
        pub="Dec-17", progress="HR system data fields being updated."),
     why="report/date differ: register PEEL: Police legitimacy 2016 (Dec 2016); tracker files it "
     "under PEEL Legitimacy 2017 (Dec-17), no ref")

# ---- 2017 onwards ----------------------------------------------------------------------
item(7420, "efx16", REC, "harm",
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "being-progressed", "monitored", "in_sync",
     fr("Consider ways of increasing the use of arrest, ancillary orders and other available "
        "powers to improve service to DA victims.", "Amber", ref="Ref 7420", rtype="CoC rec",
        progress="DA arrest rate now 48%; DVPN use reviewed monthly at DA Delivery Group."),
     coc=COC_DA, why="both open")
item(7421, "efx16", REC, "harm",
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.",
     "complete", "authorised", "in_sync",
     fr("Understand and address why a high proportion of DA victims do not support the police "
        "investigation.", "Complete", ref="Ref 7421", rtype="CoC rec",
        progress="Victim survey and evidence-led prosecution guidance complete."),
     coc=COC_DA, why="both closed", closed_on=D(2018, 3, 22))
item(7422, "efx16", REC, "harm",
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
     "and dealing with domestic abuse in the resolution centre should cease",
     "being-progressed", "monitored", "in_sync",
     fr("Cease DA risk assessments over the telephone and dealing with DA in the resolution centre.",
        "In progress", ref="Ref 7422", rtype="CoC rec",
        progress="Resolution centre DA diary appointments stopped; telephone DASH being phased out."),
     coc=COC_DA, why="both open")
item(7423, "efx16", AFI, "investigation",
     "The force should improve the supervision of investigations, so that investigation plans are "
     "set, reviewed and recorded and victims receive a consistently good service.",
     "being-progressed", "monitored", "closeable_submit",
     fr("Improve supervision of investigations so that investigation plans are set, reviewed and "
        "recorded.", "GREEN", ref="7423",
        progress="Investigation plan template mandatory on Niche since June 2018."),
     why="register open; force GREEN")
item(7424, "efx16", AFI, "harm",
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "being-progressed", "monitored", "in_sync",
     fr("Make sure victims of stalking & harassment are kept informed of progress in line with the "
        "Victims Code.", "Amber", ref="7424", progress="VCOP compliance audit planned Q4."),
     why="both open")
item(7425, "efx16", AFI, "investigation",
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "being-progressed", "monitored", "missing_from_force", None,
     why="open on the register, no tracker row")
item(8120, "cdi17", REC, "crime-recording", CDI_VICTIMS,
     "being-progressed", "monitored", "closeable_submit",
     [fr("Victims are believed at the point of report.", "Complete", ref="8120 (1)",
         progress="Victim-first message in FCR training."),
      fr("Call handler / caller conversations summarised accurately in the incident log so "
         "attending officers have full facts for crime-recording decisions.", "Complete",
         ref="8120 (2)", progress="STORM QA dip-sample shows 94% compliance."),
      fr("Multiple crimes always recorded when described within incident records or identified "
         "in other recorded crime investigations.", "Complete", ref="8120 (3)",
         progress="FCR audit Q2 - no issues."),
      fr("Stop the practice of awaiting medical examination / video interview results before "
         "making crime-recording decisions.", "Complete", ref="8120 (4)",
         progress="Policy amended Jan 2018."),
      fr("Online reports of crime triaged at point of receipt so ongoing risks to the victim or "
         "wider public are identified and managed.", "Complete", ref="8120 (5)",
         progress="Online reports now triaged by the Crime Management Bureau.")],
     why="split: one tracker row per bullet, all Complete; register open")
item(8121, "cdi17", REC, "crime-recording",
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "complete", "complete", "in_sync",
     fr("Within 3 months provide call-handlers with specific, sound & comprehensible criteria to "
        "assess threat, harm and risk.", "Complete", ref="8121",
        progress="THRIVE+ embedded in FCR."),
     why="both closed; near-identical wording to 4822 (Core Business 2014, force Amber): report "
     "and ref decide", closed_on=D(2018, 9, 20))
item(8122, "cdi17", REC, "crime-recording",
     "Within six months the force should revise its approach to cautions, cannabis warning and "
     "penalty notices for disorder to ensure that there is a clear and auditable explanation to "
     "the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered prior "
     "to their issue.",
     "being-progressed", "monitored", "in_sync",
     fr("Revise approach to cautions, cannabis warnings and PNDs so there is a clear and auditable "
        "explanation to the offender and, for victim-based crimes, an auditable record that the "
        "victim's views were considered.", "In progress", ref="8122",
        progress="Out of court disposals policy rewrite with Legal."),
     why="both open")
item(8390, "stolen", NATREC, "modern-slavery", SF_LEADERSHIP,
     "being-progressed", "monitored", "in_sync",
     [fr("MSHT leadership & governance review (within 12 months): senior leaders prioritise the "
         "response to MSHT", "Amber", ref="8390", progress="MSHT Gold group chaired by ACC."),
      fr("MSHT leadership & governance review (within 12 months): every incident of modern slavery "
         "allocated appropriate resources with the skills, experience & capacity to investigate it "
         "effectively", "Amber", ref="8390", progress="Allocation policy drafted."),
      fr("MSHT leadership & governance review (within 12 months): effective partnership "
         "arrangements to co-ordinate activity, share information and safeguard victims",
         "In progress", ref="8390", progress="Anti-slavery partnership meets quarterly."),
      fr("MSHT leadership & governance review (within 12 months): performance & QA measures so "
         "senior leaders can assess the nature and quality of service to victims", "Amber",
         ref="8390", progress="MSHT measures to be added to performance pack.")],
     why="split: one tracker row per bullet, all open; register open")
item(8391, "stolen", NATREC, "modern-slavery",
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible",
     "being-progressed", "monitored", "closeable_submit",
     fr("Within 6 months have in place active ISAs with other agencies to facilitate speedy "
        "exchange of intelligence, safeguard victims better and identify suspects early.", "Green",
        ref="8391", progress="ISA signed with GLAA, LCC and UK Border Force."),
     why="register open (text carries a stray footnote digit '86'); force Green")
item(8392, "stolen", NATREC, "modern-slavery",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.",
     "being-progressed", "monitored", "in_sync",
     fr("Ensure victims carrying out criminal acts under compulsion are afforded early and "
        "continuing consideration of the s45 defence.", "Amber", ref="8392",
        progress="Custody and CJ guidance being drafted with CPS."),
     why="both open")
item(8393, "stolen", NATREC, "modern-slavery",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "complete", "complete", "closeable_local",
     fr("Ensure full compliance with the NRM process and the duty to notify under the MSA 2015.",
        "Amber", ref="8393", progress="NRM SPOC in PVP; duty to notify process being audited."),
     why="register complete; force Amber", closed_on=D(2018, 10, 11))
item(8394, "stolen", NATREC, "modern-slavery",
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar to "
     "provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.",
     "being-progressed", "monitored", "in_sync",
     fr("Ensure full compliance with NCRS for MSHT offences and sufficient audit capacity for the "
        "FCR to identify gaps in crime-recording accuracy.", "In progress", ref="8394",
        lead="Force Crime Registrar", progress="MSHT audit in FCR audit plan 2018/19."),
     why="both open")
item(8395, "stolen", NATREC, "modern-slavery",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "being-progressed", "monitored", "closeable_submit",
     fr("Ensure MSHT allegations are thoroughly investigated and effectively supervised by teams "
        "with the skills and experience to undertake them (incl. JITs where appropriate).",
        "Complete", ref="8395", progress="All MSHT investigations now held by the Serious Crime "
        "Unit."),
     why="register open; force Complete")
item(8396, "stolen", NATREC, "modern-slavery",
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to "
     "pose a clear threat to others in respect of modern slavery and human trafficking offences "
     "are exploited.",
     "awaiting-review", "", "in_sync",
     fr("Review use of preventative powers under the MSA 2015 (STPOs/SRPOs).", "Not started",
        ref="8396", progress="Awaiting allocation."),
     why="both open (register awaiting-review)")
item(8470, "efc17", NATREC, "plan",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development of "
     "these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "being-progressed", "monitored", "in_sync",
     fr("By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
        "services within their force. The HO, NPCC and APCC should support the development of "
        "these plans by establishing a national framework.", "Amber", ref="8470",
        progress="Digital strategy drafted; to be agreed with PCC."),
     why="both open")
item(8480, "eff17", AFI, "plan",
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.",
     "being-progressed", "monitored", "in_sync",
     fr("Ensure sufficient resources in the control room to fulfil its resourcing model and meet "
        "demand, taking into account wellbeing of the workforce.", "Amber", ref="8480",
        progress="FCR recruitment of 14 call handlers ongoing."),
     why="both open")
item(8481, "eff17", AFI, "plan",
     "The force should make sure it has access to accurate data and analysis to support effective "
     "performance management.",
     "being-progressed", "monitored", "closeable_submit",
     fr("Make sure the force has access to accurate data and analysis to support effective "
        "performance management.", "Pending sign off", ref="8481",
        progress="Qlik performance dashboards live. Pending sign off by the chief officer lead."),
     why="register open; force Pending sign off (done)")
item(8482, "eff17", AFI, "workforce",
     "The force should specify in succession plans how it intends to improve diversity across all "
     "levels of the force. This should include offering increased direct-entry opportunities.",
     "complete", "complete", "closeable_local",
     fr("Specify in succession plans how we intend to improve diversity across all levels incl. "
        "increased direct entry opportunities.", "Amber", ref="8482",
        progress="Positive action plan being refreshed."),
     why="register complete; force Amber", closed_on=D(2018, 12, 6))
item(8541, "leg17", NATREC, "stop-search", SAS_MONITORING_2017,
     "being-progressed", "monitored", "in_sync",
     fr("By July 2018 regularly and frequently monitor a comprehensive set of S&S data to "
        "understand: reasons for any disproportionate representation of different ethnic groups; "
        "the extent to which find rates differ between ethnicities and across types of search "
        "(incl. drug possession v supply); and the prevalence of possession-only drug searches and "
        "whether these align with local/force priorities.", "Amber", ref="8541",
        progress="S&S dashboard live; find-rate analysis by ethnicity in development."),
     coc=COC_SAS, why="both open; all three bullets kept")
item(8542, "leg17", NATREC, "stop-search",
     "Where forces identify disparities through monitoring, they should demonstrate to the public "
     "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
     "for the disparity, and •taken action to reduce the disparity, where necessary;",
     "being-progressed", "monitored", "closeable_submit",
     fr("Where disparities are identified, demonstrate to the public that research and analysis has "
        "been carried out to understand the reasons and action taken to reduce the disparity.",
        "Green", ref="8542", progress="Disproportionality report published on force website "
        "Oct 2018."),
     coc=COC_SAS, why="register open; force Green")
item(8543, "leg17", NATREC, "stop-search",
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
     "from July 2018.",
     "being-progressed", "monitored", "conflict",
     fr("Publish S&S analysis and actions taken at least annually from July 2018.", "Amber",
        ref="8543", rtype="AFI", progress="First annual publication due July 2019."),
     coc=COC_SAS,
     why="type differs: register national recommendation, tracker AFI")
item(8544, "leg17", NATREC, "stop-search",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on unconscious "
     "bias and College of Policing APP on stop and search.",
     "complete", "complete", "in_sync",
     fr("By July 2018 all officers who use S&S powers to have been provided with, and understand, "
        "training on unconscious bias and CoP APP on S&S.", "Completed", ref="8544",
        progress="NCALT + classroom input complete, 98% compliance."),
     coc=COC_SAS, why="both closed", closed_on=D(2018, 11, 15))
item(8560, "lg17f", AFI, "workforce",
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any issues "
     "it identifies.",
     "being-progressed", "monitored", "in_sync",
     fr("Put plans in place to monitor team cultures (incl. staff feedback) and provide prompt "
        "remedial action for any issues identified.", "Amber", ref="8560",
        progress="Staff survey 2018 results being analysed by department."),
     why="both open")
item(8561, "lg17f", AFI, "misconduct",
     "The force should make sure it provides accessible information for all staff and members of "
     "the public on how they can raise concerns and access confidential support (including "
     "through external agencies).",
     "being-progressed", "monitored", "closeable_submit",
     fr("Provide accessible information for all staff and the public on how to raise concerns and "
        "access confidential support (incl. external agencies).", "Pending sign off", ref="8561",
        progress="Intranet and website pages updated. Pending sign off by DCC."),
     why="register open; force Pending sign off (done)")
item(8562, "lg17f", AFI, "stop-search",
     "The force should establish or improve monitoring of the way officers stop and search "
     "people, so that it can be satisfied its officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.",
     "being-progressed", "monitored", "in_sync",
     fr("Establish or improve monitoring of the way officers stop and search people, so that it "
        "can be satisfied its officers are acting in accordance with the law (including equality "
        "legislation and the Code of Practice), and that the power is used effectively.", "Amber",
        ref="8562", progress="BWV review of S&S encounters to be added to supervisors' checks."),
     why="both open; near-identical wording to 1204 (2013, both closed): report decides")
item(8650, "efx17", REC, "harm", MISSING_CHILDREN,
     "being-progressed", "monitored", "conflict",
     fr("Review approach to reports of missing children and ensure that: call takers understand "
        "and use the missing and absent category appropriately; and call takers and frontline "
        "staff have the knowledge to identify CSE risk factors and how to respond.", "Amber",
        ref="8650", rtype="CoC rec", progress="Absent category withdrawn Sept 2018; CSE training "
        "for FCR in progress."),
     coc=COC_MISSING,
     why="missing bullet: tracker drops 'supervisors provide the correct oversight of missing "
     "person enquiries...'")
item(8651, "efx17", AFI, "harm",
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "online child sexual abuse.",
     "being-progressed", "monitored", "in_sync",
     fr("Enough specialist capacity and capability to investigate online CSA (POLIT).", "Amber",
        ref="8651", progress="Two additional POLIT investigators funded 2019/20."),
     why="both open")
item(8652, "efx17", AFI, "investigation",
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "being-progressed", "monitored", "closeable_submit",
     fr("Improve ability to retrieve digital evidence from mobiles, computers and other devices "
        "quickly enough that investigations are not delayed.", "Green", ref="8652",
        progress="Digital forensics backlog cleared; kiosks in all custody suites."),
     why="register open; force Green")
item(8653, "efx17", AFI, "harm",
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.",
     "being-progressed", "monitored", "conflict",
     fr("Improve how we gather, assess and act on intelligence about county lines.", "Amber",
        ref="8635", progress="County lines intelligence cell set up in Force Intelligence Bureau."),
     why="reference differs: tracker ref 8635 (transposed digits, no such register record); "
     "text, report and date match 8653")
item(8895, "ncpi18", REC, "child-protection",
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     "awaiting-review", "", "missing_from_force", None,
     why="new record (Dec 2018), no tracker row; tracker row for 5703 (2015, closed) is a "
     "different item")
item(8896, "ncpi18", REC, "child-protection",
     "Immediately, the force should make sure investigations of child sexual exploitation are "
     "allocated to officers with the right skills and are effectively supervised.",
     "awaiting-review", "", "missing_from_force", None,
     why="new record (Dec 2018), no tracker row; 6612 (sexual offences against children) is a "
     "different item")
item(8897, "ncpi18", REC, "child-protection",
     "Within three months, the force should improve the timeliness of its response to calls for "
     "service involving missing children.",
     "awaiting-review", "", "in_sync",
     fr("Within 3 months improve timeliness of response to calls for service involving missing "
        "children.", "Not started", ref="", pub="Dec-18",
        progress="Report received 11/12/18 - lead to be confirmed."),
     why="both open (new on both sides; tracker has no ref yet)")

# Force rows with no HMICFRS record: (insert after the force rows of record id, row, why).
EXTRAS = [
    (5641, dict(text="Review plans to deliver savings to make sure we are doing all we can to "
                "reduce crime and protect the front line while balancing the budget.",
                rag="Amber", ref="", rtype="AFI", report="PEEL Efficiency 2014", pub="Oct-14",
                progress="MTFP 2019-23 refresh.", sub=None, lead="Director of Finance"),
     "PEEL Efficiency 2014 AFI not on the register (closed and dropped by HMICFRS, or never "
     "there); resembles 3010 but 3010 is matched to its own row"),
    (7424, dict(text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and "
                "report findings to the Crime Standards Board", rag="Amber", ref="",
                rtype="Local", report="PEEL Effectiveness 2016", pub=None,
                progress="Q3 dip-sample completed.", sub=None, lead="Force Crime Registrar"),
     "force's own local action"),
    (7208, dict(text="JAC action: Internal audit of the vetting governance arrangements "
                "(audit plan 2018/19)", rag="Amber", ref="", rtype="Local",
                report="PEEL Legitimacy 2016", pub=None, progress="Audit fieldwork Feb 2019.",
                sub=None, lead="Head of Professional Standards"),
     "force's own local action (audit committee)"),
    (8396, dict(text="Force action - Appoint a single point of contact for modern slavery and "
                "human trafficking in each local policing area", rag="Complete", ref="",
                rtype="Local", report="Stolen Freedom (MSHT) 2017", pub=None,
                progress="SPOCs in place East, West and South.", sub=None,
                lead="Ch Supt Public Protection"),
     "force's own local action"),
    (8653, dict(text="Task & Finish group to review the missing children policy and report to "
                "the Force Executive Team", rag="Green", ref="", rtype="Local",
                report="PEEL Eff 17", pub=None,
                progress="Policy rewrite and communications plan now completed.", sub=None,
                lead="Ch Supt Public Protection"),
     "force's own local action"),
]

# Tracker's own report names (force wording) and publication text.
FREP = {
    "sas13": "Stop & Search powers (HMIC 2013)", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
    "eff15": "PEEL Efficiency 15", "efx15": "PEEL Effectiveness 2015", "ncpi16": "NCPI 2016",
    "cust16": "Custody inspection 2016", "eff16": "PEEL Efficiency 2016",
    "leg16": "PEEL Legitimacy 2016", "efx16": "PEEL Effectiveness 2016",
    "cdi17": "CDI 2017", "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)", "eff17": "PEEL Efficiency 2017",
    "leg17": "PEEL Legit 17 S&S", "lg17f": "PEEL Legitimacy 2017", "efx17": "PEEL Eff 17",
    "ncpi18": "NCPI 2018",
}
# The tracker's report order (chronological by the force's own reckoning).
FORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
          "eff15", "efx15", "ncpi16", "cust16", "eff16", "leg16", "efx16", "cdi17", "stolen",
          "efc17", "eff17", "leg17", "lg17f", "efx17", "ncpi18"]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing", None]
THEME_LEAD = {
    "stop-search": ["ACC Local Policing", "C/Supt Bell"],
    "harm": ["Ch Supt Public Protection", "ACC Crime", "Det Ch Supt Force CID"],
    "plan": ["Head of Corporate Development", "Director of Finance", "DCC"],
    "misconduct": ["Head of Professional Standards", "DCC"],
    "firearms-licensing": ["Supt Firearms Licensing"],
    "workforce": ["Director of People", "Head of Learning & Development"],
    "child-protection": ["Ch Supt Public Protection", "Det Ch Supt Force CID"],
    "custody": ["Ch Insp Custody", "Head of Criminal Justice"],
    "crime-recording": ["Force Crime Registrar", "Supt Contact Centre"],
    "modern-slavery": ["Det Ch Supt Force CID", "Ch Supt Public Protection"],
    "investigation": ["Det Ch Supt Force CID", "ACC Crime"],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {MONTHS[d.month - 1]} {d.year}"


def history(it, rng):
    """The record's dated log as the register page shows it (status changes and comments)."""
    pub = R[it["rep"]][1]
    ev = [(pub, "Status: awaiting-review"), (pub + dt.timedelta(days=1), "New recommendation")]
    if it["status"] == "awaiting-review":
        return ev
    bp = pub + dt.timedelta(days=rng.randint(40, 120))
    ev.append((bp, "Status: being-progressed"))
    if it["status"] == "being-progressed":
        x = it["close"]
        when = bp + dt.timedelta(days=rng.randint(60, 300))
        when = min(when, D(2018, 12, 20))
        if x == "monitored" and rng.random() < 0.5:
            ev.append((when, "The progress of the implementation of this recommendation is "
                             "currently being monitored by HMICFRS and this record will, in due "
                             "course, be updated."))
        elif x == "reviewing":
            ev.append((when, "The status of this recommendation is currently being reviewed by "
                             "HMIC and will be updated when this review is complete."))
        elif x == "forceupdate":
            ev.append((D(2018, 11, 2), "CompletedTemporary permits are now recorded on NFLMS on "
                                       "the day of issue and expiry reports are checked weekly by "
                                       "the Firearms Licensing Manager."))
        return ev
    # complete
    c = it["closed_on"]
    if it["close"] == "superseded":
        mid = bp + (c - bp) / 2
        ev.append((mid, "The status of this recommendation is currently being reviewed by HMIC "
                        "and will be updated when this review is complete."))
        ev.append((c, "Status: complete"))
        ev.append((c, "This area of activity has subsequently been inspected in HMIC's PEEL "
                      "Effectiveness inspections. Where a cause of concern still exists this will "
                      "appear in the register against these subsequent inspections."))
    elif it["close"] == "authorised":
        team = {"sas13": "stop and search", "ncpi16": "NCPI", "efx16": "PEEL"}.get(it["rep"], "PEEL")
        ev.append((c, "Status: complete"))
        ev.append((c, "Authorised for closure on the basis of the additional observations offered "
                      f"by members of the {team} inspection team in recent inspection activity."))
    else:
        ev.append((c, "Status: complete"))
        ev.append((c, "This recommendation is complete"))
    return ev


# --------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------
FIXED = dt.datetime(2019, 1, 14, 9, 0, 0)


def set_props(wb, title, creator):
    p = wb.properties
    p.creator = creator
    p.lastModifiedBy = creator
    p.created = FIXED
    p.modified = FIXED
    p.title = title


def normalise_zip(path: Path):
    """Rewrite the xlsx zip with fixed member timestamps so rebuilds are byte-identical."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2019, 1, 14, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' at save time
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2019-01-14T09:00:00Z\g<2>", body)
            zout.writestr(ni, body)
    path.write_bytes(buf.getvalue())


def build_hmicfrs(rng):
    wb = Workbook()
    ws = wb.active
    ws.title = HSHEET
    set_props(wb, "HMICFRS register records", "Force Liaison Officer")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    link = Font(color="0563C1", underline="single")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 95
    ws.column_dimensions["C"].width = 70
    r = 1
    ws.cell(r, 1, f"HMICFRS recommendations register – {FORCE} – records as at 7 January 2019").font = Font(bold=True, size=13)
    r += 1
    ws.cell(r, 1, "Each record copied from its page on justiceinspectorates.gov.uk (the ids are the "
                  "ones on the list HMICFRS sent on 7/1/19). Status = the status shown on the "
                  "page; History copied as shown, oldest first. Copied by FLO 14/01/2019.")
    r += 2
    rowmap = {}
    items = sorted(ITEMS, key=lambda x: x["id"])
    for it in items:
        title, pub = R[it["rep"]]
        url = f"https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{SLUG}/{it['id']}/"
        c = ws.cell(r, 1, url)
        c.font = link
        r += 1
        ws.cell(r, 1, f"{title} ({it['id']})").font = bold
        r += 1
        ws.cell(r, 1, "Type")
        ws.cell(r, 2, it["type"])
        r += 1
        ws.cell(r, 1, "Theme")
        ws.cell(r, 2, it["theme"])
        r += 1
        ws.cell(r, 1, "Status")
        ws.cell(r, 2, it["status"])
        r += 1
        if it["coc"]:
            ws.cell(r, 1, "Cause of concern")
            ws.cell(r, 2, it["coc"]).alignment = wrap
            r += 1
        ws.cell(r, 1, "Area for improvement" if it["type"] == AFI else "Recommendation")
        ws.cell(r, 2, it["text"]).alignment = wrap
        rowmap[it["id"]] = r
        r += 1
        for k, (d, e) in enumerate(history(it, rng)):
            if k == 0:
                ws.cell(r, 1, "History")
            ws.cell(r, 2, ordinal(d))
            ws.cell(r, 3, e).alignment = wrap
            r += 1
        r += 1  # blank line between records
    ws.cell(r, 1, f"End of list – {len(items)} records copied.")
    return wb, rowmap


def ref_text(it, spec, rng):
    ref = spec["ref"]
    if ref != "auto":
        return ref
    return str(it["id"])


def force_type(it, spec, rng):
    if spec["rtype"]:
        return spec["rtype"]
    return {AFI: rng.choice(["AFI", "AFI", "Area for Improvement"]),
            REC: rng.choice(["Rec", "Recommendation"]), NATREC: "National"}[it["type"]]


def force_pub(rep, spec, rng):
    if spec["pub"]:
        return spec["pub"]
    d = R[rep][1]
    style = rng.choice(["date", "date", "mmm-yy", "month yyyy"])
    if style == "date":
        return dt.datetime(d.year, d.month, d.day)
    if style == "mmm-yy":
        return d.strftime("%b-%y")
    return f"{MONTHS[d.month - 1]} {d.year}"


def build_tracker(rng, hrow):
    wb = Workbook()
    ws = wb.active
    ws.title = FSHEET
    set_props(wb, "HMIC Recommendations Tracker", "Strategic Development")
    ws.cell(1, 1, f"{FORCE} – HMIC / HMICFRS Recommendations & AFIs Tracker").font = Font(bold=True, size=13)
    ws.cell(2, 1, "Owner: Strategic Development (Organisational Learning). Last updated 10/01/2019 "
                  "for the JAC on 24/01/2019.")
    headers = ["No.", "HMIC Ref", "Report", "Date published", "Type", "Recommendation / AFI",
               "Lead", "RAG", "Progress update", "Date submitted to HMIC"]
    HR = 4
    for j, h in enumerate(headers, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    widths = [6, 12, 30, 14, 18, 90, 26, 18, 60, 16]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "white": "FFFFFF"}

    def rag_fill(word):
        w = word.lower()
        if w.startswith("amber") or w in ("in progress", "not started"):
            return fills["amber"]
        if w.startswith("red"):
            return fills["red"]
        if w == "white":
            return None
        return fills["green"]

    # order the force rows: by report (force order), then by id; extras after their anchor
    by_rep = {k: [] for k in FORDER}
    for it in ITEMS:
        by_rep[it["rep"]].append(it)
    extras_after = {}
    for anchor, spec, why in EXTRAS:
        extras_after.setdefault(anchor, []).append((spec, why))

    truth = []
    r = HR + 1
    no = 0
    for rep in FORDER:
        for it in sorted(by_rep[rep], key=lambda x: x["id"]):
            specs = it["f"]
            hr = f"{HSHEET}!{hrow[it['id']]}"
            if specs is None:
                truth.append((hr, "", it["cat"], it["why"]))
            else:
                if isinstance(specs, dict):
                    specs = [specs]
                no += 1
                for k, spec in enumerate(specs):
                    label = no if len(specs) == 1 else f"{no}{'abcdefgh'[k]}"
                    lead = spec["lead"]
                    if lead == "auto":
                        lead = rng.choice(THEME_LEAD[it["theme"]]) if rng.random() < 0.9 else None
                    ref = ref_text(it, spec, rng)
                    if ref and ref.isdigit() and rng.random() < 0.5:
                        ref = int(ref)
                    elif ref and ref.isdigit():
                        ref = rng.choice([ref, ref, ref + " ", "#" + ref])
                    pub = force_pub(it["rep"], spec, rng) if k == 0 or rng.random() < 0.7 else None
                    rep_name = spec["report"] or FREP[rep]
                    vals = [label, ref, rep_name, pub, force_type(it, spec, rng), spec["text"], lead,
                            spec["rag"], spec["progress"], spec["sub"]]
                    write_row(ws, r, vals, rag_fill)
                    truth.append((hr, f"{FSHEET}!{r}", it["cat"], it["why"]))
                    r += 1
            for spec, why in extras_after.get(it["id"], []):
                no += 1
                vals = [no, spec["ref"], spec["report"], spec["pub"], spec["rtype"], spec["text"],
                        spec["lead"], spec["rag"], spec["progress"], spec["sub"]]
                write_row(ws, r, vals, rag_fill)
                truth.append(("", f"{FSHEET}!{r}", "not_on_hmicfrs_list", why))
                r += 1
    last = r - 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [("GREEN", "The recommendation is implemented / complete (submit to HMICFRS for closure)"),
           ("AMBER", "Subject to ongoing work and monitoring but anticipated to be implemented"),
           ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
           ("WHITE", "Not the force's responsibility to deliver or dependent upon another organisation")]
    for w, desc in key:
        r += 1
        ws.cell(r, 1, w)
        ws.cell(r, 3, desc)
    ws.freeze_panes = f"A{HR + 1}"
    ws.auto_filter.ref = f"A{HR}:J{last}"
    return wb, truth


def write_row(ws, r, vals, rag_fill):
    wrap = Alignment(wrap_text=True, vertical="top")
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.alignment = wrap
        if j == 4 and isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if j == 10 and isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
    f = rag_fill(vals[7])
    if f:
        ws.cell(r, 8).fill = PatternFill("solid", fgColor=f)


def main():
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    hwb, hrow = build_hmicfrs(rng)
    hp = OUT / "hmicfrs.xlsx"
    hwb.save(hp)
    normalise_zip(hp)
    fwb, truth = build_tracker(rng, hrow)
    fp = OUT / "tracker.xlsx"
    fwb.save(fp)
    normalise_zip(fp)
    # truth in HMICFRS register order, then force-only rows
    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)
    from collections import Counter
    print(Counter(t[2] for t in truth), len(truth), "lines;", len(ITEMS), "HMICFRS items")


if __name__ == "__main__":
    main()
