"""Build the evaluation case `powerbi_summarised_export` (round 53, listfree9).

HMICFRS side: the definitive list as the analyst gets it out of a Power BI report: the
table visual "Recommendations by force" exported with More options (...) > Export data >
Summarized data > .xlsx. What that export does (Microsoft's own documentation,
powerbi-docs/visuals/power-bi-visualization-export-data.md): the first row of the sheet holds
"Applied filters: ..." and the data is filtered by them; the headers are the model's field
names; dates come out as date/datetime cells; the rows come in the visual's sort order.

Force side: a plain Excel tracker kept by the force's organisational learning team.

Run with /work/main/.venv/bin/python build_powerbi_summarised_export.py ; it rebuilds the case
folder byte for byte (fixed seed, fixed workbook timestamps).
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

SEED = 20261206
CASE = "powerbi_summarised_export"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "West Mercia Police"
EXPORT_DAY = dt.date(2024, 11, 4)
FIXED_TS = dt.datetime(2024, 11, 4, 9, 30, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_BULLETS))
SAS_MON_HEAD = ("By July 2018, all police forces across England and Wales should be regularly "
                "and frequently monitoring a comprehensive set of data and information on use "
                "of stop and search powers to understand:\n")
SAS_MON_B1 = ("•the reasons for any disproportionate representation of different ethnic groups "
              "in the use of stop and search; ")
SAS_MON_B2 = ("•the extent to which find rates differ between people from different "
              "ethnicities, and across different types of searches (including separate "
              "identification of find rates for drug possession and supply-type offences); and ")
SAS_MON_B3 = ("•the prevalence of possession-only drug searches, and the extent to which these "
              "align with local or force level priorities.")
SAS_MONITORING_2017 = SAS_MON_HEAD + SAS_MON_B1 + SAS_MON_B2 + SAS_MON_B3
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
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
    "connection with the force in question or another force; and\n"
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
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_REC = ("To address this cause of concern the force should immediately review its "
               "approach to reports of missing children and take steps to ensure that:\n"
               + "\n".join("• " + b for b in MISSING_BULLETS))
DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
CAUSE_INVESTIGATE = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")
CAUSE_ALLIANCE = (
    "The force does not have suitable arrangements in place to make sure it can maintain the "
    "full range of public services when its alliance with Warwickshire Police ends. There are "
    "gaps in its workforce skills assessment, and weaknesses in both its investigative "
    "approach and its approach to safeguarding vulnerable people.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS PublicationTitle, PublicationDate, force tracker report name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "eff14": ("PEEL: Police efficiency 2014", dt.date(2014, 11, 20), "PEEL Efficiency 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and "
                  "to provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15), "PEEL Efficiency 2015"),
    "effv15": ("PEEL: Police effectiveness 2015", dt.date(2016, 2, 25), "PEEL Eff 15"),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 22), "CDI 2016"),
    "eff16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 16"),
    "leg16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legit 16"),
    "effv16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16"),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 14), "NCPI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "effv17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Eff 17"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites 2018",
                  dt.date(2018, 8, 16), "HMICFRS/HMIP custody 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 3, 10), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
               dt.date(2024, 7, 18), "PEEL 2023-25"),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"}

# --------------------------------------------------------------------------------------------
# Items. Each: key, report, type, HMICFRS text, HMICFRS status, force treatment.
# force: None (missing) or dict(mode=..., rag=..., [text=...], [ftype=...], [freport=...],
#        [ref=...], [cat=...]). hstat: awaiting-review / being-progressed / complete / superseded
# Category is derived: conflict if 'conflict' given; else open/closed comparison.
# --------------------------------------------------------------------------------------------
I = []  # noqa: E741


def item(key, rep, typ, text, hstat, force, blank_title=False, why=""):
    I.append(dict(key=key, rep=rep, typ=typ, text=text, hstat=hstat, force=force,
                  blank_title=blank_title, why=why))


def F(rag, mode="verbatim", **kw):
    d = dict(rag=rag, mode=mode)
    d.update(kw)
    return d


# ---- national reports (all forces) ----
item("aus1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "complete",
     F("GREEN", "own", text="Review our savings plans so we keep reducing crime and protect the "
       "front line while balancing the budget - use the HMIC VfM profiles in the review."))
item("aus2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "being-progressed", None)
item("aus3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "being-progressed", None)
item("aus4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "complete", F("AMBER"))
item("core1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "complete",
     F("GREEN", "own", text="Not later than 31 March 2015 - provide call handlers with clear "
       "criteria (THRIVE) to assess threat, harm and risk."))
item("core2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "complete", F("Complete"))
item("integ1", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "complete",
     F("GREEN", "explicit", conflict="deadline",
       text="By 31 August 2016, all chief constables should satisfy themselves that they have "
       "processes in place to ensure that investigations into misconduct by officers and staff "
       "resulting in \"no further action\" are fair and free of any form of discrimination."),
     why="deadline differs: HMICFRS 'By 31 August 2015', tracker 'By 31 August 2016'")
item("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "being-progressed", F("GREEN"))
item("pic1", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "superseded", F("AMBER", "abbrev"))
item("fa1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "complete",
     F("GREEN", "own", text="Within 3 months assess governance of firearms licensing against "
       "APP and put the correct arrangements in place where the standards are not met."))
item("fa2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "complete", F("GREEN"))
item("fa3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "being-progressed", F("GREEN"))
item("fa4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "complete", F("RED", "abbrev"))
item("fa5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "being-progressed", F("AMBER"))
item("sf1", "stolen", NAT, SF_LEADERSHIP, "being-progressed", F("AMBER", "split_sf"),
     why="tracker splits the four bullets into four rows")
item("sf2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "being-progressed",
     F("AMBER", "explicit", conflict="timescale",
       text="Within 12 months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence and in order to safeguard victims better "
       "and to identify suspects as early as possible"),
     why="timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'")
item("sf3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "complete", F("GREEN"))
item("sf4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "being-progressed",
     F("Complete", "abbrev"))
item("sf5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "complete", F("AMBER"))
item("sf6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "being-progressed", F("AMBER", "abbrev"))
item("sf7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "being-progressed", F("GREEN"))
item("efc17", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "complete",
     F("GREEN", "own", text="Produce an ambitious plan to improve digitally-enabled services "
       "within the force (by Sept 2018)."))
item("lg_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "being-progressed", F("AMBER"))
item("lg_mon", "leg17", NAT, SAS_MONITORING_2017, "being-progressed",
     F("AMBER", "explicit", conflict="bullet", text=SAS_MON_HEAD + SAS_MON_B1
       + SAS_MON_B2.replace("; and ", ".")),
     why="tracker text drops the third bullet (possession-only drug searches)")
item("lg_disp", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "complete", F("GREEN"))
item("lg_pub", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "complete", F("AMBER"))
item("lg_train", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "being-progressed",
     F("Complete"))
item("pw1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "being-progressed", F("AMBER"))
item("pw2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "complete",
     F("GREEN", "own", text="By July 2021 - reinforce communication skills through the CPD "
       "programme; supervisors supported to debrief officers on these skills using BWV "
       "footage."))
item("pw3", "powers", NAT, BWV_2021, "being-progressed", F("GREEN"))
item("pw5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "complete", F("GREEN"))

# ---- force reports (West Mercia Police) ----
item("b1", "eff15", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public",
     "complete", F("GREEN"))
item("b2", "eff15", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs", "complete", F("AMBER"))
item("b3", "eff15", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "being-progressed",
     F("GREEN"))
item("a1", "effv15", AFI,
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.", "superseded", F("AMBER"))
item("a2", "effv15", AFI,
     "The force should make sure investigations of fraud are allocated to officers with the "
     "right skills and are effectively supervised.", "complete", F("GREEN"))
item("a3", "effv15", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "superseded", F("Complete", "abbrev"))
item("g1", "cdi16", REC, CDI_VICTIMS, "complete", F("GREEN"))
item("g2", "cdi16", REC,
     "Within three months, the force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", "superseded", F("RED"))
item("e1", "eff16", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "being-progressed", F("AMBER"), blank_title=True)
item("e2", "eff16", AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", "complete", F("GREEN"))
item("d1", "leg16", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "complete",
     F("GREEN", "own", text="Provide a confidential route for staff to raise concerns and "
       "raise awareness of the whistleblowing process."))
item("d2", "leg16", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "being-progressed", F("AMBER"))
item("c1", "effv16", COC, CAUSE_DA, "superseded", F("Complete", "abbrev"))
item("c2", "effv16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "superseded", F("AMBER", "nostem"))
item("c4", "effv16", COC, CAUSE_MISSING, "being-progressed", F("AMBER"))
item("c3", "effv16", REC, MISSING_REC, "being-progressed", F("GREEN", "split_missing"),
     why="tracker splits the three bullets into three rows, all GREEN")
item("c5", "effv16", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "complete", F("GREEN", "abbrev"))
item("h1", "ncpi17", REC, DETENTION, "being-progressed", F("GREEN"), blank_title=True)
item("h2", "ncpi17", REC,
     "Within three months, the force should make sure its analysis of child sexual "
     "exploitation informs its strategic assessment and control strategy.", "complete",
     F("GREEN", "abbrev"))
item("f1", "effv17", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", "being-progressed", F("GREEN"))
item("f2", "effv17", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "being-progressed",
     F("AMBER", conflict="report", freport="effv16"),
     why="report differs: HMICFRS PEEL effectiveness 2017 (Mar 2018), tracker 'PEEL Eff 16' "
         "(Mar 2017)")
item("f3", "effv17", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "complete", F("GREEN"))
item("i1", "custody18", REC,
     "The force should ensure that custody staff make a record of all actions taken and "
     "decisions made on the relevant documentation.", "complete", F("AMBER"),
     blank_title=True)
item("i2", "custody18", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.", "being-progressed", F("AMBER", "abbrev"))
item("j1", "peel18", COC, CAUSE_ALLIANCE, "being-progressed", F("AMBER"))
item("j2", "peel18", REC,
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
     "Police to secure a smooth transition to its future operating model, ensuring no "
     "disruption to public services; and", "complete",
     F("GREEN", "own", text="Agree arrangements with Warwickshire Police for a smooth "
       "transition out of the alliance to the new operating model - no disruption to public "
       "services."))
item("j3", "peel18", REC,
     "HMIC recommends that the force should immediately:clearly define its new operating "
     "model, ensuring all operational and support services are affordable and fit to protect "
     "the communities of West Mercia;", "complete", F("AMBER", "nostem"))
item("j4", "peel18", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;",
     "being-progressed", F("GREEN", "nostem"))
item("j5", "peel18", REC,
     "HMIC recommends that the force should immediately:improve its arrangements both to "
     "consult with the public about business planning and to feed back on changes made to "
     "service delivery as a result of such consultation.", "being-progressed", None)
item("j6", "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "being-progressed", F("AMBER", "nostem", conflict="ref"),
     why="reference differs: tracker ref has two digits transposed")
item("j7", "peel18", COC, CAUSE_INVESTIGATE, "being-progressed", F("AMBER"))
item("j8", "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "complete",
     F("GREEN", "nostem"))
item("j9", "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "being-progressed", F("GREEN"))
item("j10", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to "
     "retrieve digital evidence from mobile phones, computers and other electronic devices "
     "quickly enough to ensure investigations are not delayed;", "being-progressed",
     F("AMBER", "nostem"))
item("j11", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "complete", F("GREEN", "abbrev"))
item("g3", "cdi19", REC,
     "Within six months the force should take steps to ensure it fully complies with national "
     "crime recording standard (NCRS) requirements for offences identified as modern slavery "
     "and human trafficking.", "being-progressed", F("AMBER", "abbrev"))
item("g4", "cdi19", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to vulnerable adults.", "being-progressed", F("GREEN"))
item("k1", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "being-progressed", F("GREEN", "abbrev"))
item("k2", "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "being-progressed",
     F("AMBER", conflict="type", ftype="Rec"),
     why="type differs: HMICFRS area for improvement, tracker 'Rec'")
item("k3", "peel21", AFI, CONTROL_ROOM, "being-progressed", F("AMBER"))
item("k4", "peel21", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "complete",
     F("GREEN", "own", text="Develop a problem-solving approach to ASB with local communities "
       "and partners."))
item("k5", "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "being-progressed", None)
item("k6", "peel21", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "complete", F("AMBER"))
item("l1", "peel23", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "awaiting-review", F("AMBER"))
item("l2", "peel23", AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.",
     "awaiting-review", F("AMBER"))
item("l3", "peel23", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "awaiting-review", F("GREEN"))
item("l4", "peel23", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "awaiting-review", None)
item("l5", "peel23", AFI,
     "The force should make sure it records reports of violence against women and girls "
     "accurately and without delay.", "awaiting-review", None)
item("l6", "peel23", AFI,
     "The force should review its approach to repeat victims to make sure victims receive a "
     "consistently good service.", "awaiting-review", F("AMBER", "abbrev"))

# Force-only rows: (after report key, report name for tracker, type, text, rag, ref, why)
FORCE_ONLY = [
    ("sas13", "sas13", "National rec",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", None,
     "Stop and search 2013 report: published before the export's date filter (on or after "
     "01/04/2014), so not in the HMICFRS file"),
    ("sas13", "sas13", "National rec",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "GREEN", None,
     "Stop and search 2013 report: excluded by the export's date filter"),
    ("sas13", "sas13", "National rec",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     "GREEN", None,
     "2013 near-twin of the 2015 'Stop and search powers 2' item; the 2015 item pairs with its "
     "own tracker row, this 2013 row is not in the HMICFRS file (date filter)"),
    ("everyone", "everyone", "National rec", EVERYONE_PLAN, "Complete", None,
     "Everyone's business (27/03/2014): excluded by the export's date filter"),
    ("eff14", "eff14", "AFI",
     "The force should make sure its analysis of fraud informs its strategic assessment and "
     "control strategy.", "GREEN", 4417,
     "PEEL efficiency 2014 AFI with ref 4417: no such item on the HMICFRS list"),
    ("effv16", "effv16", "Local action",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings "
     "to the Crime Standards Board", "AMBER", None,
     "force's own action (DASH compliance), never an HMICFRS item"),
    ("peel18", "peel18", "Local action",
     "Force action - Appoint a single point of contact for missing children in each local "
     "policing area", "GREEN", None, "force's own action, never an HMICFRS item"),
    ("peel21", "peel21", "Local action",
     "JAC action: Internal audit of the domestic abuse governance arrangements (audit plan "
     "2023/24)", "AMBER", None, "Joint Audit Committee action, never an HMICFRS item"),
    ("peel23", "peel23", "Local action",
     "Force improvement plan: Add repeat victims measures to the monthly Force Performance pack",
     "AMBER", None, "force's own improvement-plan action, never an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
ABBREV = [("modern slavery and human trafficking", "MSHT"), ("domestic abuse", "DA"),
          ("stop and search", "S&S"), ("Authorised Professional Practice", "APP"),
          ("child sexual exploitation", "CSE"), ("officers and staff", "officers & staff"),
          ("information-sharing agreements", "ISAs"), ("within six months", "within 6 months"),
          ("Within three months", "Within 3 months"), ("Home Office", "HO"),
          ("national crime recording standard (NCRS)", "NCRS"),
          ("released under investigation", "RUI"), ("people with mental ill health", "MH")]


def abbrev(t):
    for a, b in ABBREV:
        t = t.replace(a, b)
    return t


def plain_quotes(t):
    return (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def nostem(t):
    for stem in ("HMIC recommends that the force should immediately:",
                 "HMIC recommends that within six months the force should:",
                 "To address this cause of concern, HMIC recommends the force should "
                 "immediately"):
        if t.startswith(stem):
            t = t[len(stem):].strip()
            t = t.rstrip(";").removesuffix("; and").rstrip(";").strip()
            return t[0].upper() + t[1:] + ("" if t.endswith(".") else ".")
    return t


PROGRESS_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; implementation plan and policy rewrite under way.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
    "Update requested from lead 14/10/2024 - awaiting response.",
    "Progress reported to Force Assurance Board in September; next review December.",
    "No deadline set by HMICFRS. Target date aligned with the next PEEL inspection.",
    "Awaiting allocation.",
]
PROGRESS_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place. Evidence pack held by Org Learning.",
    "Ready to move to GREEN status - signed off by chief officer lead.",
    "Completed; confirmed at Force Assurance Board.",
    "Implemented. Closure evidence uploaded to the HMICFRS portal.",
    "Closed by HMICFRS - retained on tracker for audit trail.",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]

HMICFRS_OPEN = {"awaiting-review", "being-progressed"}
FORCE_DONE = {"GREEN", "Complete"}

COMMENTS = {
    "awaiting-review": ["New recommendation"],
    "being-progressed": [
        "The progress of the implementation of this recommendation is currently being "
        "monitored by HMICFRS and this record will, in due course, be updated.",
        "The status of this recommendation is currently being reviewed by HMIC and will be "
        "updated when this review is complete.",
        None],
    "complete": [
        "This recommendation is complete",
        "Authorised for closure on the basis of the additional observations offered by members "
        "of the inspection team in recent inspection activity.",
        None],
    "superseded": [
        "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections."],
}


def assign_ids():
    """Register ids: plain integers unique across the register, rising with publication."""
    order = sorted(I, key=lambda it: (REPORTS[it["rep"]][1], I.index(it)))
    nid = 1480
    for it in order:
        nid += rng.randint(3, 140)
        it["rid"] = nid
    used = {it["rid"] for it in I}
    assert 4417 not in used


def category(it):
    f = it["force"]
    if f is None:
        return "missing_from_force"
    if f.get("conflict"):
        return "conflict"
    h_open = it["hstat"] in HMICFRS_OPEN
    f_done = f["rag"] in FORCE_DONE
    if h_open and f_done:
        return "closeable_submit"
    if not h_open and not f_done:
        return "closeable_local"
    return "in_sync"


# --------------------------------------------------------------------------------------------
def build_hmicfrs():
    rows = []
    for it in I:
        title, pub, _ = REPORTS[it["rep"]]
        st = it["hstat"]
        if st == "awaiting-review":
            sdate = dt.datetime.combine(pub + dt.timedelta(days=rng.randint(3, 20)),
                                        dt.time(0, 0))
        else:
            lo = pub + dt.timedelta(days=120)
            span = max(30, (dt.date(2024, 10, 1) - lo).days)
            sdate = dt.datetime.combine(lo + dt.timedelta(days=rng.randint(0, span)),
                                        dt.time(rng.choice([9, 10, 11, 14, 15, 16]),
                                                rng.choice([0, 12, 27, 41, 55]),
                                                rng.choice([0, 7, 33, 58])))
        comment = rng.choice(COMMENTS[st])
        days_open = (EXPORT_DAY - pub).days if st in HMICFRS_OPEN else None
        rows.append(dict(it=it, RecID=it["rid"],
                         ForceName="All forces" if it["rep"] in NATIONAL_KEYS else FORCE,
                         PublicationTitle=None if it["blank_title"] else title,
                         PublicationDate=pub, RecType=it["typ"], RecText=it["text"],
                         CurrentStatus=st, StatusDate=sdate, LatestComment=comment,
                         DaysOpen=days_open))
    # the visual is sorted by PublicationTitle ascending: blanks first (Power BI sorts blank
    # lowest); ties keep the model's order (RecID)
    rows.sort(key=lambda r: ((r["PublicationTitle"] or "").lower() if r["PublicationTitle"]
                             else "", r["RecID"]))
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = ("Applied filters:\nForceName is West Mercia Police or All forces\n"
                "PublicationDate is on or after 01/04/2014")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    heads = ["RecID", "ForceName", "PublicationTitle", "PublicationDate", "RecType", "RecText",
             "CurrentStatus", "StatusDate", "LatestComment", "Days Open"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = Font(bold=True)
    for n, r in enumerate(rows, 3):
        vals = [r["RecID"], r["ForceName"], r["PublicationTitle"], r["PublicationDate"],
                r["RecType"], r["RecText"], r["CurrentStatus"], r["StatusDate"],
                r["LatestComment"], r["DaysOpen"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=n, column=c, value=v)
        ws.cell(row=n, column=1).number_format = "#,##0"
        ws.cell(row=n, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=n, column=8).number_format = "dd/mm/yyyy hh:mm:ss"
        ws.cell(row=n, column=10).number_format = "#,##0"
        r["it"]["hrow"] = f"Export!{n}"
    for col, w in zip("ABCDEFGHIJ", [9, 18, 48, 14, 22, 90, 16, 19, 50, 10]):
        ws.column_dimensions[col].width = w
    return wb, rows


def split_rows(it):
    f = it["force"]
    if f["mode"] == "split_sf":
        heads = "Review leadership & governance for MSHT (within 12 months) so that"
        return [f"{heads} ({chr(97 + i)}): {b}" for i, b in enumerate(SF_BULLETS)]
    if f["mode"] == "split_missing":
        n = len(MISSING_BULLETS)
        return [f"Missing children CoC rec ({i + 1} of {n}) - ensure that "
                f"{plain_quotes(b).rstrip(';').removesuffix('; and').removesuffix(' and').rstrip(';')}"
                for i, b in enumerate(MISSING_BULLETS)]
    raise ValueError(f["mode"])


def force_text(it):
    f = it["force"]
    m = f["mode"]
    t = it["text"]
    if m in ("own", "explicit"):
        return f["text"]
    if m == "verbatim":
        return plain_quotes(t) if rng.random() < 0.5 else t
    if m == "nostem":
        return plain_quotes(nostem(t))
    if m == "abbrev":
        return abbrev(plain_quotes(t))
    raise ValueError(m)


def build_force():
    TYPE_WORD = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}
    # tracker order: by report date, items in the tracker's order, force-only rows after
    # their report's items
    lines = []  # (report key, dict)
    reps = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    for rk in reps:
        for it in [x for x in I if x["rep"] == rk and x["force"] is not None]:
            f = it["force"]
            frep = f.get("freport", rk)
            ftype = f.get("ftype", TYPE_WORD[it["typ"]])
            nat = rk in NATIONAL_KEYS
            show_ref = (not nat and rng.random() < 0.8) or (nat and rng.random() < 0.3)
            ref = it["rid"]
            if f.get("conflict") == "ref":
                s = str(ref)
                ref = int(s[:-2] + s[-1] + s[-2])
                assert ref not in {x["rid"] for x in I}
                show_ref = True
                it["fref"] = ref
            if f.get("conflict") in ("report", "type", "deadline", "timescale", "bullet"):
                show_ref = False if f.get("conflict") != "type" else True
            texts = split_rows(it) if f["mode"].startswith("split") else [force_text(it)]
            for t in texts:
                lines.append(dict(it=it, ref=ref if show_ref else None, rep=frep, typ=ftype,
                                  text=t, rag=f["rag"]))
        for fo in [x for x in FORCE_ONLY if x[0] == rk]:
            _, frk, ftype, text, rag, ref, why = fo
            lines.append(dict(it=None, ref=ref, rep=frk, typ=ftype, text=text, rag=rag,
                              why=why))
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "West Mercia Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Organisational Learning & Assurance. Last updated 28/10/2024 (for JAC December 2024)"
    heads = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
             "Lead", "RAG", "Progress update", "Submitted for closure"]
    HR = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
    fills = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "Complete": "BDD7EE"}
    for n, ln in enumerate(lines, 1):
        r = HR + n
        pub = REPORTS[ln["rep"]][1]
        done = ln["rag"] in FORCE_DONE
        if ln["rag"] == "Complete":
            prog = PROGRESS_DONE[-1]
        else:
            prog = rng.choice(PROGRESS_DONE[:-1] if done else PROGRESS_OPEN)
        sub = None
        if ln["rag"] == "GREEN" and rng.random() < 0.55:
            lo = max(dt.date(2024, 1, 8), pub + dt.timedelta(days=45))
            sub = lo + dt.timedelta(days=rng.randint(0, (dt.date(2024, 10, 25) - lo).days))
        vals = [n, ln["ref"], REPORTS[ln["rep"]][2], dt.date(pub.year, pub.month, 1),
                ln["typ"], ln["text"], rng.choice(LEADS), ln["rag"], prog, sub]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=4).number_format = "mmm-yy"
        ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[ln["rag"]])
        ln["frow"] = f"Tracker!{r}"
    last = HR + len(lines)
    ws.cell(row=last + 2, column=1,
            value="RAG key: GREEN - implemented, evidence held; AMBER - in progress; RED - off "
                  "track or overdue; Complete - closed, retained for audit trail")
    for col, w in zip("ABCDEFGHIJ", [6, 12, 30, 10, 12, 90, 26, 10, 50, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{HR + 1}"
    return wb, lines


WHY_DEFAULT = {
    "in_sync": "matched; both {state} (HMICFRS {h}, tracker {f})",
    "closeable_submit": "HMICFRS still open ({h}); tracker {f}",
    "closeable_local": "HMICFRS closed ({h}); tracker still {f}",
}


def write_truth(lines):
    out = []
    seen_items = set()
    for ln in lines:
        it = ln["it"]
        if it is None:
            out.append(("", ln["frow"], "not_on_hmicfrs_list", ln["why"]))
            continue
        cat = category(it)
        state = "open" if it["hstat"] in HMICFRS_OPEN else "closed"
        if cat == "conflict":
            why = f"{it['why']} (HMICFRS {it['hstat']}, tracker {it['force']['rag']})"
        else:
            why = WHY_DEFAULT[cat].format(h=it["hstat"], f=it["force"]["rag"], state=state)
            if it["why"]:
                why = f"{it['why']}; {why}"
        if it["blank_title"]:
            why += "; PublicationTitle blank in the export (relationship gap), matched on text"
        if it["force"]["mode"] == "own":
            why += "; tracker text in the force's own words"
        out.append((it["hrow"], ln["frow"], cat, why))
        seen_items.add(it["key"])
    for it in I:
        if it["force"] is None:
            out.append((it["hrow"], "", "missing_from_force",
                        f"on the HMICFRS list ({it['hstat']}), no tracker row"))
    def rowkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    out.sort(key=rowkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(out)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return out


def save_deterministic(wb, path):
    wb.properties.creator = "Microsoft Power BI" if path.name == "hmicfrs.xlsx" else "OL&A"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.lastModifiedBy = None
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    zin = zipfile.ZipFile(raw)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the current time on save: pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-04T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    assign_ids()
    hwb, _ = build_hmicfrs()
    fwb, lines = build_force()
    save_deterministic(hwb, OUT / "hmicfrs.xlsx")
    save_deterministic(fwb, OUT / "tracker.xlsx")
    truth = write_truth(lines)
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    print("HMICFRS items:", len(I), " force rows:", len(lines), " truth lines:", len(truth))
    for k, v in sorted(cnt.items()):
        print(f"  {k}: {v}")
    j6 = next(x for x in I if x["key"] == "j6")
    print("j6 RecID", j6["rid"], "tracker ref", j6.get("fref"))


if __name__ == "__main__":
    main()
