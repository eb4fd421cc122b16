"""Build the `unicode_text_export` evaluation case (round 26).

HMICFRS side: a normal register export, hmicfrs.xlsx, one sheet "Definitive list".
Force side:   tracker.txt, the force tracker as Excel writes it with
              File > Save As > "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab between
              cells, CRLF at the end of every row (the last one too), LF alone inside a cell
              (Alt+Enter), a cell holding a tab, a line break or a straight double quote
              wrapped in double quotes with inner quotes doubled, every row padded with tabs
              to the used range (A:K), values written as displayed (dd/mm/yyyy dates,
              "75%" percentages, "########" for a date too wide for its column, merged cells
              only in their top-left cell).

Run with /work/main/.venv/bin/python. Fixed seed; rebuilds byte for byte.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 2612060101
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "unicode_text_export"
CASE.mkdir(parents=True, exist_ok=True)

FORCE = "Cheshire Constabulary"
H_SHEET = "Definitive list"
T_FILE = "tracker.txt"

# --------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
)
CDI_VICTIMS_BULLETS = [
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
MISSING_CHILDREN_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
CUSTODY_CHILDREN_BODY = (
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
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name, tracker "Date published")
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse – Everyone’s business", "27/03/2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014", "04/09/2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015", "30/01/2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)", "24/03/2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)",
                "01/07/2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015", "15/09/2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016", "02/03/2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "24/10/2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "09/11/2017"),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017", "09/11/2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "12/12/2017"),
    "lgy17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017", "12/12/2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14),
               "NCPI 2018", "14/06/2018"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 13),
              "CDI inspection 2019", "13/09/2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               dt.date(2020, 8, 18), "HMICFRS/HMIP custody 2020", "18/08/2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "26/02/2021"),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 13), "PEEL 2021/22", "13/05/2022"),
}

# HMICFRS status words (register slugs seen: awaiting-review, being-progressed, complete;
# mirrors: Completed, Superseded).
OPEN_BP, OPEN_AR, CL_COMPLETE, CL_SUPER = ("Being progressed", "Awaiting review",
                                           "Complete", "Superseded")
COMMENT = {
    OPEN_BP: "The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.",
    OPEN_AR: "New recommendation",
    CL_COMPLETE: "This recommendation is complete",
    CL_SUPER: "This area of activity has subsequently been inspected in HMIC's PEEL "
              "Effectiveness inspections. Where a cause of concern still exists this will "
              "appear in the register against these subsequent inspections.",
}
CLOSED = {CL_COMPLETE, CL_SUPER}


# --------------------------------------------------------------------------------------
# The items. Each HMICFRS item: key, report, type, HMICFRS text, HMICFRS status, and the
# force rows (list of dicts; [] = missing from force), category and why.
# Force row dict keys: text, type, rag, ref ("=" means the register ref), plus optional
# report / published override, progress, summary flags.
# --------------------------------------------------------------------------------------
def F(text, typ, rag, ref="=", **kw):
    d = dict(text=text, type=typ, rag=rag, ref=ref)
    d.update(kw)
    return d


ITEMS: list[dict] = []


def item(key, report, typ, text, status, rows, cat, why, fixed_ref=None, comment=None):
    ITEMS.append(dict(key=key, report=report, type=typ, text=text, status=status,
                      rows=rows, cat=cat, why=why, fixed_ref=fixed_ref,
                      comment=comment or COMMENT[status]))


# --- Stop and search 2013 (national) ---
SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.")
SAS15_1 = ("Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example young people.")

item("sas13_1", "sas13", NAT, SAS13_1, CL_COMPLETE,
     [F(SAS13_1.replace("Stop and Search Authorised Professional Practice document",
                        "S&S APP document"), "National rec", "GREEN")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN; text abbreviated (S&S APP)")
item("sas13_2", "sas13", NAT, SAS13_2, CL_COMPLETE,
     [F(SAS13_2, "National rec", "AMBER")],
     "closeable_local", "HMICFRS Complete, force still AMBER: close the force entry")
item("sas13_3", "sas13", NAT, SAS13_3, CL_SUPER,
     [F(SAS13_3, "National rec", "Amber")],
     "closeable_local", "HMICFRS Superseded (subsequently inspected in PEEL), force Amber; "
     "near-twin of the 2015 Stop and Search 2 rec on tracker row that is NOT on the list",
     comment=COMMENT[CL_SUPER].replace("PEEL Effectiveness", "PEEL Legitimacy"))

# --- Everyone's business ---
item("everyone", "everyone", NAT, EVERYONE_PLAN, CL_COMPLETE,
     [F(EVERYONE_PLAN_RUN_ON, "National rec", "GREEN")],
     "in_sync", "closed on both; force cell holds the plan text with the next paragraphs run "
     "on (copied from the report), stray footnote '20' kept on both sides")

# --- Core business ---
CORE_1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
          "that have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
          "activity carried out is systematically recorded and subsequently evaluated to "
          "determine the effectiveness of tactics being employed.")
item("core_1", "core", NAT, CORE_1, CL_COMPLETE, [], "missing_from_force",
     "on the HMICFRS list (Complete) but not in the tracker; the force tracks only the other "
     "Core Business rec")
item("core_2", "core", NAT, CORE_2, OPEN_BP,
     [F(CORE_2, "National rec", "GREEN", submitted="14/02/2019")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN with a closure submission date")

# --- Integrity matters ---
INTEG = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
         "processes in place to ensure that investigations into misconduct by officers "
         "and staff resulting in “no further action” are fair and free of any form of "
         "discrimination.")
item("integrity", "integrity", NAT, INTEG, CL_COMPLETE,
     [F(INTEG.replace("“", '"').replace("”", '"'), "National rec", "Green")],
     "in_sync", "closed on both; force copy has straight double quotes, so Excel quoted the "
     "cell and doubled them")

# --- Stop and search 2 (2015): NOT on the HMICFRS list ---
NOT_ON_LIST: list[dict] = []
NOT_ON_LIST.append(dict(section="sas15", row=F(SAS15_1, "National rec", "AMBER", ref="6218"),
                        why="2015 Stop and Search 2 rec (ref 6218) is not on the HMICFRS "
                            "list; near-duplicate wording of the 2013 rec that is on it"))

# --- Building the picture ---
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.")
item("picture", "picture", NAT, PICTURE, OPEN_BP,
     [F(PICTURE, "National rec", "AMBER")], "in_sync", "open on both")

# --- Firearms licensing ---
FA_GOV = ("Within three months, all chief constables should assess how well the governance "
          "of firearms licensing in his or her force meets the standards set out in "
          "Authorised Professional Practice. Chief constables of forces where the "
          "governance standards are not being complied with should put in place "
          "immediately the correct arrangements and procedures in order to meet the "
          "standards in full.")
FA_DEMAND = ("Within three months, all chief constables should assess the demand placed on "
             "their firearms licensing department and ensure it has the capacity to meet this "
             "demand and provide an efficient and effective service at all times.")
FA_EXPIRED = ("Immediately, all chief constables should satisfy themselves that all "
              "appropriate action is being taken by their force with regard to ‘total "
              "expired’ licensing records.")
FA_PERMITS = ("Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.")
FA_DISPATCH = ("Within three months, all chief constables should ensure that systems designed "
               "to identify, prior to police attendance, whether a reported incident involves "
               "or is at the address of a firearm certificate holder are in place and are "
               "always applied by staff dispatching officers to incidents; and that officers "
               "understand the risk assessment which they should be undertaking in such "
               "circumstances, and their power, when appropriate, to seize firearms and "
               "firearm certificates.")
item("fa_gov", "firearms", NAT, FA_GOV, CL_COMPLETE,
     [F(FA_GOV, "National rec", "GREEN", ref="")], "in_sync",
     "closed on both; force row has no ref (match by text)")
item("fa_demand", "firearms", NAT, FA_DEMAND, OPEN_BP,
     [F(FA_DEMAND.replace("Within three months", "Within six months"), "National rec",
        "AMBER")], "conflict",
     "timescale differs: HMICFRS 'Within three months', force 'Within six months'")
item("fa_expired", "firearms", NAT, FA_EXPIRED, CL_COMPLETE,
     [F(FA_EXPIRED.replace("‘", "'").replace("’", "'"), "National rec", "AMBER")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item("fa_permits", "firearms", NAT, FA_PERMITS, OPEN_BP,
     [F(FA_PERMITS, "National rec", "GREEN", submitted="########")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN (its closure date shows as ######## in the "
     "export: column too narrow for the cell's long date format)")
item("fa_dispatch", "firearms", NAT, FA_DISPATCH, OPEN_BP,
     [F(FA_DISPATCH, "National rec", "RED")], "in_sync", "open on both (force RED)")

# --- PEEL effectiveness 2016 (force) ---
EFF16_R1 = ("To address this cause of concern, HMIC recommends the force should immediately "
            "take steps to ensure that there is effective supervision of the initial risk "
            "assessment process, specifically in relation to the completion of DASH risk "
            "assessment in appropriate cases.")
EFF16_R2 = ("To address this cause of concern, HMIC recommends the force should immediately "
            "cease the practice of conducting domestic abuse risk assessments over the "
            "telephone and dealing with domestic abuse in the resolution centre.")
EFF16_A1 = ("The force should improve its understanding of suspects released under "
            "investigation and the management of those released on bail.")
EFF16_A2 = ("The force should improve its ability to retrieve digital evidence from mobile "
            "phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed.")
EFF16_A3 = ("The force should improve the supervision of investigations, so that investigation "
            "plans are set, reviewed and recorded and victims receive a consistently good "
            "service.")
item("eff16_coc", "eff16", COC, COC_DA, CL_COMPLETE,
     [F(COC_DA, "Cause for Concern", "Complete")], "in_sync",
     "closed on both (force 'Complete'); 'Cause for Concern' = cause of concern")
item("eff16_r1", "eff16", REC, EFF16_R1, CL_COMPLETE,
     [F(EFF16_R1.replace("To address this cause of concern, HMIC recommends the force should "
                         "immediately take", "Immediately take"), "Rec", "AMBER")],
     "closeable_local", "HMICFRS Complete, force AMBER; force dropped the stem")
item("eff16_r2", "eff16", REC, EFF16_R2, OPEN_BP,
     [F("Immediately cease the practice of conducting DA risk assessments over the telephone "
        "and dealing with DA in the resolution centre.", "Rec", "GREEN",
        submitted="30/06/2017")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN; stem dropped, DA abbreviation")
item("eff16_a1", "eff16", AFI, EFF16_A1, OPEN_BP,
     [F(EFF16_A1.replace("released under investigation", "released under investigation "
                         "(RUI)"), "AFI", "AMBER")], "in_sync", "open on both")
item("eff16_a2", "eff16", AFI, EFF16_A2, CL_SUPER,
     [F(EFF16_A2, "AFI", "RED")], "closeable_local",
     "HMICFRS Superseded, force RED: close the force entry")
item("eff16_a3", "eff16", AFI, EFF16_A3, OPEN_BP,
     [F(EFF16_A3, "Recommendation", "AMBER", ref="")], "conflict",
     "type differs: HMICFRS area for improvement, force 'Recommendation' (row has no ref)")

# --- Stolen freedom (national) ---
SF_INTEL_H = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible")
SF_INTEL_F = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible.")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts "
          "under compulsion attributable to slavery or exploitation are afforded the "
          "protection of early and continuing consideration of the applicability of the "
          "section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the "
          "NRM process as it evolves and are implementing the requirement placed upon them "
          "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
          "suspected to be an adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern "
             "slavery and human trafficking are thoroughly investigated and effectively "
             "supervised by teams and individuals with the skills and experience to undertake "
             "them (this should include the use where appropriate of joint intelligence teams "
             "and other means to obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.")
sf_lines = SF_LEADERSHIP.split("\n")
item("sf_lead", "stolen", NAT, SF_LEADERSHIP, OPEN_BP,
     [F(sf_lines[0].replace("modern slavery and human trafficking", "MSHT") + "\n"
        + sf_lines[1], "National rec", "GREEN", no_suffix="a"),
      F(sf_lines[2], "National rec", "AMBER", no_suffix="b"),
      F(sf_lines[3], "National rec", "GREEN", no_suffix="c"),
      F(sf_lines[4], "National rec", "AMBER", no_suffix="d")],
     "in_sync", "split into one row per bullet (4 rows, all bullets present); two bullets "
     "still AMBER so the force item is open; HMICFRS Being progressed")
item("sf_intel", "stolen", NAT, SF_INTEL_H, OPEN_BP,
     [F(SF_INTEL_F, "National rec", "Pending sign off")], "closeable_submit",
     "HMICFRS Being progressed, force 'Pending sign off' (done); HMICFRS text carries a "
     "stray footnote '86' and no full stop")
item("sf_s45", "stolen", NAT, SF_S45, CL_COMPLETE,
     [F(SF_S45, "National rec", "GREEN")], "in_sync", "closed on both")
item("sf_nrm", "stolen", NAT, SF_NRM, OPEN_BP,
     [F(SF_NRM, "National rec", "AMBER")], "in_sync", "open on both")
item("sf_ncrs", "stolen", NAT, SF_NCRS, OPEN_BP,
     [F("Immediately, forces should take steps to ensure they fully comply with NCRS "
        "requirements for offences identified as MSHT & that sufficient audit capacity is "
        "available to the force crime registrar to provide reassurance that each force is "
        "identifying & managing any gaps in its crime-recording accuracy for these types of "
        "offences.", "National rec", "Green", submitted="19/07/2019")],
     "closeable_submit", "HMICFRS Being progressed, force Green; heavy abbreviation "
     "(NCRS, MSHT, &)")
item("sf_invest", "stolen", NAT, SF_INVEST, OPEN_BP, [], "missing_from_force",
     "open on HMICFRS list, no tracker row (nobody owns it)")
item("sf_prevent", "stolen", NAT, SF_PREVENT, OPEN_BP,
     [F(SF_PREVENT, "National rec", "AMBER", ref="")], "in_sync",
     "open on both; no ref on the force row")

# --- PEEL efficiency 2017 national ---
EFC17 = ("By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force. The Home Office, National Police "
         "Chiefs' Council and Association of Police and Crime Commissioners should "
         "support the development of these plans by establishing a national framework "
         "which allows for the provision of digitally enabled services across force "
         "boundaries.")
item("efc17", "efc17", NAT, EFC17, OPEN_BP,
     [F("By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force.", "National rec", "GREEN",
        submitted="28/09/2018")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN; force keeps only the first sentence (the part "
     "addressed to chief constables)")

# --- PEEL efficiency 2017 (force) ---
EFY17_1 = ("The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of "
           "the public.")
EFY17_2 = ("Cheshire Constabulary should develop a future workforce plan that is aligned with "
           "its overall demand and budget. The plan should include future resource "
           "allocations, the mix of skills required by the workforce and behaviours expected "
           "of them.")
EFY17_3 = ("The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.")
item("efy17_1", "efy17", AFI, EFY17_1, CL_COMPLETE,
     [F(EFY17_1, "AFI", "GREEN")], "in_sync", "closed on both")
item("efy17_2", "efy17", AFI, EFY17_2, OPEN_BP,
     [F("Workforce plan aligned to demand & budget (resource allocation, skills mix, "
        "behaviours)", "AFI", "AMBER")], "in_sync",
     "open on both; force row is a short summary, matched by its ref")
item("efy17_3", "efy17", AFI, EFY17_3, OPEN_BP, [], "missing_from_force",
     "open on HMICFRS list, not in tracker")

# --- PEEL legitimacy 2017 national ---
LEG17_DISP = ("Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;")
LEG17_PUB = ("We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.")
LEG17_BIAS = ("By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search.")
sas_f = SAS_MONITORING_2017.replace("•the", "• the").replace("; • the", ";\n• the").replace(
    "; and • the", "; and\n• the")
item("leg17_coc", "leg17", COC, LEG17_COC, CL_COMPLETE,
     [F(LEG17_COC, "CoC", "GREEN")], "in_sync", "closed on both")
item("leg17_mon", "leg17", NAT, SAS_MONITORING_2017, OPEN_BP,
     [F(sas_f, "National rec", "AMBER")], "in_sync",
     "open on both; HMICFRS has inline bullets, the force put each bullet on its own line")
item("leg17_disp", "leg17", NAT, LEG17_DISP, OPEN_BP,
     [F(LEG17_DISP.replace("•", "- "), "National rec", "GREEN", submitted="03/10/2019")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN; bullets as '- '")
item("leg17_pub", "leg17", NAT, LEG17_PUB, CL_COMPLETE,
     [F(LEG17_PUB, "National rec", "AMBER")], "closeable_local",
     "HMICFRS Complete, force AMBER")
item("leg17_bias", "leg17", NAT, LEG17_BIAS, OPEN_BP,
     [F(LEG17_BIAS.replace("stop and search", "S&S").replace("College of Policing", "CoP"),
        "National rec", "AMBER")], "in_sync", "open on both; abbreviations S&S, CoP")

# --- PEEL legitimacy 2017 (force) ---
LGY17_1 = ("The force should ensure all staff have received at least the lowest level of "
           "vetting clearance for their roles as quickly as possible, working to clear both "
           "the vetting backlog and new vetting renewals when they become due so that it "
           "complies fully with the national vetting guidelines.")
LGY17_2 = ("The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.")
LGY17_3 = ("The force should review the support available for those who have raised concerns "
           "and take any action needed to make sure these provisions are suitable.")
item("lgy17_1", "lgy17", AFI, LGY17_1, OPEN_BP,
     [F(LGY17_1.replace("received", "recieved"), "AFI", "GREEN", submitted="31/03/2023")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN; misspelling 'recieved'")
item("lgy17_2", "lgy17", AFI, LGY17_2, CL_COMPLETE,
     [F(LGY17_2, "AFI", "GREEN")], "in_sync",
     "closed on both; NOT to be paired with the PEEL 2021/22 'accessible information ... "
     "raise concerns' AFI, which is missing from the tracker")
item("lgy17_3", "lgy17", AFI, LGY17_3, OPEN_BP,
     [F(LGY17_3, "AFI", "AMBER", section="efy17", report="PEEL Efficiency 2017",
        published="09/11/2017")], "conflict",
     "report differs: HMICFRS PEEL legitimacy 2017, force files it under PEEL Efficiency 2017 "
     "(09/11/2017); same ref and text")

# --- National child protection inspection 2018 ---
NCPI_R1 = ("Within three months, the force should review its approach to reports of missing "
           "children and take steps to ensure that:\n"
           + "\n".join("• " + b for b in MISSING_CHILDREN_BULLETS) + ".")
NCPI_R2 = ("Immediately, the force should conduct a review, involving its partners, of the "
           "approach to vulnerability to better safeguard vulnerable people.")
NCPI_R3 = ("HMIC recommends that within six months the force should: ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision "
           "should be properly recorded;")
item("ncpi_coc", "ncpi18", COC, COC_MISSING, OPEN_BP,
     [F(COC_MISSING, "Cause of concern", "AMBER")], "in_sync", "open on both")
item("ncpi_r1", "ncpi18", REC, NCPI_R1, OPEN_BP,
     [F("Within 3 months, review approach to reports of missing children and ensure that:\n"
        "• " + MISSING_CHILDREN_BULLETS[0], "Rec", "GREEN", no_suffix="a",
        submitted="17/01/2023"),
      F("• " + MISSING_CHILDREN_BULLETS[1].replace("child sexual exploitation", "CSE"), "Rec",
        "GREEN", no_suffix="b", submitted="17/01/2023"),
      F("• " + MISSING_CHILDREN_BULLETS[2], "Rec", "GREEN", no_suffix="c",
        submitted="17/01/2023")],
     "closeable_submit", "split into one row per bullet (3 rows), all GREEN with a closure "
     "date; HMICFRS Being progressed")
item("ncpi_r2", "ncpi18", REC, NCPI_R2, CL_COMPLETE,
     [F(NCPI_R2, "Rec", "GREEN")], "in_sync", "closed on both")
item("ncpi_r3", "ncpi18", REC, NCPI_R3, OPEN_BP,
     [F("Within six months the force should ensure regular and active supervision of the "
        "quality and progress of investigations. This supervision should be properly "
        "recorded.", "Rec", "AMBER")], "in_sync", "open on both; stem reworded")

# --- Crime data integrity 2019 ---
CDI_R1 = ("Within three months, the force should put in place arrangements to ensure that:\n"
          + "\n".join("• " + b for b in CDI_VICTIMS_BULLETS) + ".")
CDI_R1_F = ("Within three months, the force should put in place arrangements to ensure that:\n"
            + "\n".join("• " + b for i, b in enumerate(CDI_VICTIMS_BULLETS) if i != 3) + ".")
CDI_A1 = "The force should make sure it records reports of hate crime accurately and without delay."
CDI_A2 = ("The force should make sure it records reports of stalking and harassment accurately "
          "and without delay.")
item("cdi_r1", "cdi19", REC, CDI_R1, OPEN_BP,
     [F(CDI_R1_F.replace("• multiple crimes are always recorded when described within "
                         "incident records or identified as part of other recorded crime "
                         "investigations;",
                         "• multiple crimes are always recorded when described within "
                         "incident records or identified as part of other recorded crime "
                         "investigations; and"), "Rec", "AMBER")],
     "conflict", "missing bullet: the force copy drops the 'awaiting the results of medical "
     "examinations or video interviews' bullet (4 of 5 bullets)")
item("cdi_a1", "cdi19", AFI, CDI_A1, OPEN_BP,
     [F(CDI_A1, "AFI", "GREEN", submitted="12/05/2021")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN; twin of the stalking AFI (differs by topic only)")
item("cdi_a2", "cdi19", AFI, CDI_A2, OPEN_BP,
     [F(CDI_A2, "AFI", "AMBER")], "in_sync", "open on both; twin of the hate crime AFI")

# --- Custody 2020 ---
CUST_R1 = "The force should " + CUSTODY_CHILDREN_BODY + "."
cust_f = CUST_R1.replace(":• ", ":\n• ").replace(";• ", ";\n• ").replace("and• ", "and\n• ")
item("cust_r1", "cust20", REC, CUST_R1, OPEN_BP,
     [F(cust_f, "Recommendation", "AMBER", ref="10427")], "conflict",
     "reference differs: register 10472, force row 10427 (digits transposed; 10427 is not on "
     "the list); same text, bullets on their own lines in the force copy",
     fixed_ref=10472)

# --- Disproportionate use of police powers 2021 ---
POW_1 = ("By July 2022, forces should ensure that officers and staff have effective "
         "communication skills, in line with the National Policing Guidelines on Conflict "
         "Management. This should be in addition to existing training on conflict "
         "management and de-escalation.")
POW_2 = ("By July 2021, forces should ensure that communication skills are reinforced as "
         "part of the programme of continuing professional development for officers and "
         "staff, and that supervisors are supported to routinely and frequently debrief "
         "officers on these skills using body-worn video footage.")
POW_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
          "data collected on the number of incidents where force has been used to effect a "
          "stop and search is sufficient for publication. The Home Office should publish "
          "this data as soon as possible.")
POW_4 = ("By July 2021, forces should ensure they have effective internal monitoring "
         "processes on the use of force, to help them to identify and understand "
         "disproportionate use, explain the reasons and implement any necessary "
         "improvement action.")
bwv = BWV_2021.split("\n")
item("pow_1", "powers", NAT, POW_1, OPEN_BP,
     [F(POW_1.replace("officers and staff", "officers & staff"), "National rec", "AMBER")],
     "in_sync", "open on both")
item("pow_2", "powers", NAT, POW_2, OPEN_BP,
     [F(POW_2.replace("continuing professional development", "CPD").replace(
         "body-worn video", "BWV"), "National rec", "GREEN", submitted="22/11/2021")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN; CPD/BWV abbreviations")
item("pow_bwv", "powers", NAT, BWV_2021, CL_COMPLETE,
     [F(bwv[0], "National rec", "GREEN", no_suffix="a"),
      F("By September 2021, forces should: " + bwv[1], "National rec", "GREEN", no_suffix="b"),
      F("By September 2021, forces should: " + bwv[2], "National rec", "GREEN", no_suffix="c")],
     "in_sync", "split into one row per action (3 rows, all GREEN); HMICFRS Complete: closed "
     "on both")
item("pow_4", "powers", NAT, POW_4, OPEN_BP,
     [F(POW_4, "National rec", "AMBER")], "in_sync", "open on both")
NOT_ON_LIST.append(dict(section="powers", row=F(POW_HO, "National rec", "WHITE", ref=""),
                        why="addressed to the Home Office and NPCC, not on the force's "
                            "HMICFRS list; force logged it as WHITE (not ours to deliver)"))

# --- PEEL 2021/22 (force) ---
P = "The force should "
PEEL22 = {
    "a": P + "ensure that it has sufficient resources available in the control room to fulfil "
         "its resourcing model, and so to meet its demand, while also taking into account "
         "the wellbeing of its workforce.",
    "b": P + "make sure there are appropriate strategic oversight arrangements in place to "
         "manage risks, performance and improvement plans effectively.",
    "c": P + "make sure the corporate risk register is actively used to mitigate and manage "
         "known risks.",
    "d": P + "make sure all processes in place to support performance management are "
         "effective.",
    "e": P + "make sure it has access to accurate data and analysis to support effective "
         "performance management.",
    "f": "Cheshire Constabulary should put plans in place to monitor, including through the "
         "gathering and analysis of staff feedback, team cultures and provide prompt remedial "
         "action for any issues it identifies.",
    "g": P + "specify in succession plans how it intends to improve diversity across all "
         "levels of the force. This should include offering increased direct-entry "
         "opportunities.",
    "h": P + "review how it gathers and uses equality and diversity data to improve its "
         "understanding of its workforce demographics.",
    "i": P + "develop a clear prevention strategy targeting people most at risk and make sure "
         "activity undertaken prioritises people most at risk.",
    "j": P + "immediately review its current background checks arrangements, and make sure "
         "that suitable and sufficient background checks are in place to safeguard its staff "
         "and the communities it serves.",
    "k": P + "make sure it provides accessible information for all staff and members of the "
         "public on how they can raise concerns and access confidential support (including "
         "through external agencies).",
    "l": P + "improve its use of its crime-recording and management system to better manage "
         "its case files and investigative processes.",
    "m": P + "consider ways of increasing the use of arrest, ancillary orders and other "
         "available powers, in order to improve the service it provides to victims of "
         "domestic abuse, offer the best possible protection and bring more perpetrators to "
         "justice.",
}
item("p22_a", "peel22", AFI, PEEL22["a"], OPEN_AR,
     [F("Control room resourcing model – capacity v demand & staff wellbeing", "AFI",
        "AMBER")], "in_sync", "open on both; force row is a one-line summary, matched by ref")
item("p22_b", "peel22", AFI, PEEL22["b"], OPEN_BP,
     [F(PEEL22["b"], "AFI", "GREEN", submitted="31/05/2023")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN")
item("p22_c", "peel22", AFI, PEEL22["c"], OPEN_BP,
     [F(PEEL22["c"], "AFI", "AMBER")], "in_sync", "open on both")
item("p22_d", "peel22", AFI, PEEL22["d"], OPEN_BP,
     [F(PEEL22["d"], "AFI", "AMBER")], "in_sync", "open on both")
item("p22_e", "peel22", AFI, PEEL22["e"], OPEN_BP,
     [F(PEEL22["e"], "AFI", "Amber", ref="")], "in_sync",
     "open on both; no ref, near-twin of the 'performance management processes' AFI")
item("p22_f", "peel22", AFI, PEEL22["f"], OPEN_BP,
     [F(PEEL22["f"].replace("Cheshire Constabulary", "The force"), "AFI", "RED")],
     "in_sync", "open on both (force RED)")
item("p22_g", "peel22", AFI, PEEL22["g"], OPEN_BP,
     [F(PEEL22["g"], "AFI", "GREEN", submitted="25/09/2023")], "closeable_submit",
     "HMICFRS Being progressed, force GREEN")
item("p22_h", "peel22", AFI, PEEL22["h"], CL_COMPLETE,
     [F(PEEL22["h"], "AFI", "AMBER")], "closeable_local", "HMICFRS Complete, force AMBER")
item("p22_i", "peel22", AFI, PEEL22["i"], OPEN_BP, [], "missing_from_force",
     "open on HMICFRS list, not in tracker")
item("p22_j", "peel22", AFI, PEEL22["j"], OPEN_BP,
     [F(PEEL22["j"], "AFI", "AMBER")], "in_sync", "open on both")
item("p22_k", "peel22", AFI, PEEL22["k"], OPEN_AR, [], "missing_from_force",
     "Awaiting review on HMICFRS list, not in tracker; resembles the 2017 whistleblowing AFI "
     "the tracker does hold")
item("p22_l", "peel22", AFI, PEEL22["l"], OPEN_BP,
     [F(PEEL22["l"], "AFI", "AMBER")], "in_sync", "open on both")
item("p22_m", "peel22", AFI, PEEL22["m"], CL_COMPLETE,
     [F(PEEL22["m"].replace("domestic abuse", "DA"), "AFI", "GREEN")], "in_sync",
     "closed on both")

# Local actions (force's own; not HMICFRS items)
NOT_ON_LIST.append(dict(section="stolen", after="sf_prevent",
                        row=F("Force action - Appoint a single point of contact for modern "
                              "slavery and human trafficking in each local policing area",
                              "Local action", "GREEN", ref=""),
                        why="force's own local action, not an HMICFRS item"))
NOT_ON_LIST.append(dict(section="cdi19", after="cdi_a2",
                        row=F("Internal audit action: Internal audit of the hate crime "
                              "governance arrangements (audit plan 2023/24)", "Local action",
                              "AMBER", ref="N/A"),
                        why="internal audit action logged against the CDI report; not an "
                            "HMICFRS item"))
NOT_ON_LIST.append(dict(section="peel22", after="p22_m",
                        row=F("Local action: Dip-sample 50 domestic abuse crime reports each "
                              "quarter and report findings to the Crime Standards Board",
                              "Local", "AMBER", ref="Local"),
                        why="force's own local action under the PEEL 2021/22 block; not an "
                            "HMICFRS item"))
NOT_ON_LIST.append(dict(section="local", row=F("JAC action: Add stalking and harassment "
                                               "measures to the monthly Force Performance pack",
                                               "JAC action", "GREEN", ref=""),
                        why="Joint Audit Committee action, force-only"))

# --------------------------------------------------------------------------------------
# HMICFRS register: refs ascending by publication date, then by order above.
# --------------------------------------------------------------------------------------
BASE_REF = {"sas13": 2311, "everyone": 3187, "core": 4822, "integrity": 5104,
            "picture": 6405, "firearms": 6890, "eff16": 7764, "stolen": 8412, "efc17": 8536,
            "efy17": 8549, "leg17": 8601, "lgy17": 8633, "ncpi18": 9217, "cdi19": 9968,
            "cust20": 10472, "powers": 10911, "peel22": 11820}
next_ref: dict[str, int] = {}
for it in ITEMS:
    r = it["report"]
    next_ref[r] = BASE_REF[r] if r not in next_ref else next_ref[r] + rng.randint(1, 4)
    it["ref"] = next_ref[r]
for it in ITEMS:
    if it["fixed_ref"]:
        assert it["ref"] == it["fixed_ref"]
refs = [it["ref"] for it in ITEMS]
assert len(set(refs)) == len(refs)
assert 10427 not in refs and 6218 not in refs
# keep the register sorted by ref, and refs increasing with publication
ITEMS_H = sorted(ITEMS, key=lambda it: it["ref"])


def status_date(it):
    pub = REPORTS[it["report"]][1]
    if it["status"] in CLOSED:
        base = pub + dt.timedelta(days=rng.randint(300, 1400))
    elif it["status"] == OPEN_AR:
        base = pub + dt.timedelta(days=rng.randint(5, 40))
    else:
        base = pub + dt.timedelta(days=rng.randint(20, 300))
    return min(base, dt.date(2023, 9, 29))


wb = openpyxl.Workbook()
ws = wb.active
ws.title = H_SHEET
H_HEAD = ["Reference", "Force", "Report title", "Publication date", "Type",
          "Recommendation", "Status", "Status date", "HMICFRS comment"]
ws.append(H_HEAD)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="top")
H_ROW = {}
for it in ITEMS_H:
    title, pub, _, _ = REPORTS[it["report"]]
    ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["status"],
               status_date(it), it["comment"]])
    r = ws.max_row
    H_ROW[it["key"]] = f"{H_SHEET}!{r}"
    ws.cell(r, 4).number_format = "dd/mm/yyyy"
    ws.cell(r, 8).number_format = "dd/mm/yyyy"
    for c in ws[r]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHI", (11, 22, 48, 14, 24, 90, 17, 12, 50)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:I{ws.max_row}"

# deterministic xlsx: fixed document times, then rewrite the zip with fixed entry times
wb.properties.creator = "HMICFRS"
wb.properties.created = dt.datetime(2023, 10, 2, 9, 0, 0)
wb.properties.modified = dt.datetime(2023, 10, 2, 9, 0, 0)
buf = io.BytesIO()
wb.save(buf)
zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(2023, 10, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        data = zin.read(name)
        if name == "docProps/core.xml":   # openpyxl stamps "modified" with the save time
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2023-10-02T09:00:00Z\g<2>", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          rb"\g<1>2023-10-02T09:00:00Z\g<2>", data)
        zout.writestr(zi, data)
(CASE / "hmicfrs.xlsx").write_bytes(out.getvalue())

# --------------------------------------------------------------------------------------
# The tracker as an Excel sheet (cells as displayed), then the Unicode Text export.
# --------------------------------------------------------------------------------------
NCOL = 11
HEADER = ["No.", "HMICFRS ref", "Report", "Date published", "Type",
          "Recommendation / AFI\n(HMICFRS wording)", "Nominated owner", "RAG",
          "Progress update", "Submitted for closure", "% complete"]
OWNERS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Ch Supt Siân Pritchard",
          "Head of Intelligence", "Force Crime Registrar", "Head of Professional Standards",
          "Supt Zoë Alder", "Director of People", "Head of Corporate Development",
          "Supt Contact Centre", "Head of Learning & Development",
          "Head of Information Management", "DCC",
          "D/Supt Renée O’Connor", ""]
SECTION_OWNER = {"firearms": "Supt Firearms Licensing", "cust20": "Ch Insp Custody",
                 "cdi19": "Force Crime Registrar"}


def d(y, m, dd):
    return f"{dd:02d}/{m:02d}/{y}"


def rand_date(lo_year=2019, hi_year=2023):
    start = dt.date(lo_year, 1, 1)
    end = dt.date(hi_year, 10, 20)
    x = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return x


def two_dates(after, hi=None):
    """Two progress-note dates: after publication, and before the closure submission if any."""
    if hi is None:
        lo = max(after + dt.timedelta(days=60), dt.date(2020, 6, 1))
        top = dt.date(2023, 6, 30)
        a = lo + dt.timedelta(days=rng.randint(0, max(0, (top - lo).days)))
        b = min(a + dt.timedelta(days=rng.randint(40, 120)), dt.date(2023, 10, 18))
    else:
        b = hi - dt.timedelta(days=rng.randint(0, 12))
        lo = min(after + dt.timedelta(days=30), b - dt.timedelta(days=90))
        a = lo + dt.timedelta(days=rng.randint(0, max(0, (b - lo).days - 45)))
    return a.strftime("%d/%m/%Y"), b.strftime("%d/%m/%Y")


OPEN_NOTES = [
    "{a} – Task & Finish group set up, chaired by {o}.\n{b} – Draft policy out for "
    "consultation; on track for Q4.",
    "Work undertaken in area but still requires development to complete.",
    "{a} – Gap analysis complete.\n{b} – Improvement plan agreed at Strategic Assurance Board; "
    "actions with Local Policing.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "{a} – Dependent on Niche upgrade (release 5.2), now slipped to {b}.",
    "{a} – Update requested from lead; none received.\nxxx",
    "Addressed holistically as part of the force change programme.",
    "{a} – Briefing products drafted – awaiting sign off by the “gold” lead.\n"
    "{b} – Training package on Moodle; 62% of response officers completed.",
]
RED_NOTES = [
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "{a} – No lead allocated since restructure. Escalated to DCC.",
]
DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "{a} – Policy \"{t}\" v2.0 signed off and published on the intranet.\n{b} – Dip sample "
    "shows compliance; proposed for closure.",
    "{a} – Closure report agreed at Force Assurance Board:\n• evidence pack on SharePoint\n"
    "• 56-day response updated",
    "Already complete / believed to be complete within short time scale (and within "
    "deadline).",
    "{a} – Signed off by chief officer lead.",
]
TOPIC_WORDS = {"sas13": "Stop and Search", "sas15": "Stop and Search", "leg17": "Stop and Search",
               "powers": "Use of Force and Stop and Search", "everyone": "Domestic Abuse",
               "eff16": "Domestic Abuse – Risk Assessment", "firearms": "Firearms Licensing",
               "ncpi18": "Missing Persons", "lgy17": "Vetting", "cdi19": "Crime Recording",
               "core": "Crime Prevention", "efy17": "Workforce Planning",
               "efc17": "Digital Services", "stolen": "Modern Slavery",
               "integrity": "Misconduct Outcomes", "picture": "Information Management",
               "cust20": "Children in Custody", "peel22": "Force Performance Framework",
               "local": "Force Performance Framework"}


def pct_for(rag):
    r = rag.strip().upper()
    if r in ("GREEN", "COMPLETE", "PENDING SIGN OFF"):
        return "100%"
    if r == "AMBER":
        return rng.choice(["25%", "40%", "50%", "60%", "75%", "80%", ""])
    if r == "RED":
        return rng.choice(["0%", "10%", ""])
    return ""


def progress_for(rag, pub, owner, sec, submitted):
    r = rag.strip().upper()
    try:
        hi = dt.datetime.strptime(submitted, "%d/%m/%Y").date()
    except ValueError:
        hi = None
    a, b = two_dates(pub, hi)
    if r in ("GREEN", "COMPLETE", "PENDING SIGN OFF"):
        tmpl = rng.choice(DONE_NOTES)
    elif r == "RED":
        tmpl = rng.choice(RED_NOTES)
    elif r == "WHITE":
        tmpl = ("Not the force's responsibility to deliver; dependent upon another "
                "organisation (Home Office / NPCC).")
    else:
        tmpl = rng.choice(OPEN_NOTES)
    return tmpl.format(a=a, b=b, o=owner or "DCC", t=TOPIC_WORDS[sec])


# sections in tracker order: (key, heading)
SECTIONS = [
    ("sas13", "STOP & SEARCH POWERS (HMIC, July 2013) – national recommendations"),
    ("everyone", "EVERYONE’S BUSINESS – domestic abuse (HMIC, March 2014)"),
    ("core", "CORE BUSINESS (HMIC, September 2014)"),
    ("integrity", "INTEGRITY MATTERS (HMIC, January 2015)"),
    ("sas15", "STOP & SEARCH POWERS 2 (HMIC, March 2015)"),
    ("picture", "BUILDING THE PICTURE – information management (July 2015)"),
    ("firearms", "TARGETING THE RISK – firearms licensing (September 2015)"),
    ("eff16", "PEEL EFFECTIVENESS 2016 – 1 cause of concern, 2 recommendations, 3 AFIs"),
    ("stolen", "STOLEN FREEDOM – modern slavery & human trafficking (24 October 2017)"),
    ("efc17", "PEEL EFFICIENCY 2017 – national recommendation"),
    ("efy17", "PEEL EFFICIENCY 2017 – Cheshire"),
    ("leg17", "PEEL LEGITIMACY 2017 – national (stop and search)"),
    ("lgy17", "PEEL LEGITIMACY 2017 – Cheshire"),
    ("ncpi18", "NATIONAL CHILD PROTECTION INSPECTION 2018"),
    ("cdi19", "CRIME DATA INTEGRITY 2019"),
    ("cust20", "CUSTODY – joint HMICFRS/HMIP unannounced inspection 2020"),
    ("powers", "DISPROPORTIONATE USE OF POLICE POWERS – spotlight (February 2021)"),
    ("peel22", "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy (published "
               "13/05/2022)"),
    ("local", "FORCE-IDENTIFIED ACTIONS (not HMICFRS)"),
]
MERGED = {"stolen", "peel22"}   # Report and Date published merged down the block

# Rows per section: (kind, payload)
sec_rows: dict[str, list] = {k: [] for k, _ in SECTIONS}
for it in ITEMS:
    for fr in it["rows"]:
        sec_rows[fr.get("section", it["report"])].append(("item", it, fr))
for n in NOT_ON_LIST:
    lst = sec_rows[n["section"]]
    if "after" in n:
        idx = max(i for i, e in enumerate(lst) if e[1] is not None and
                  e[1]["key"] == n["after"]) + 1
        lst.insert(idx, ("local", None, n["row"], n))
    else:
        lst.append(("local", None, n["row"], n))

lines: list[list[str]] = []
TRUTH: list[tuple[str, str, str, str]] = []


def blank():
    return [""] * NCOL


def add(cells):
    cells = list(cells) + [""] * (NCOL - len(cells))
    lines.append(cells)
    return len(lines)        # Excel row number


add(["Cheshire Constabulary – HMICFRS Recommendations & Areas for Improvement Tracker"])
add(["Strategic Change & Assurance | OFFICIAL | Reported to Joint Audit Committee | "
     "Last updated 20/10/2023 (v14)"])
add(blank())
add(HEADER)

no = 0
for key, heading in SECTIONS:
    add(blank())
    add([heading])
    first = True
    for entry in sec_rows[key]:
        kind, it, fr = entry[0], entry[1], entry[2]
        suffix = fr.get("no_suffix")
        if suffix in (None, "a"):
            no += 1
        no_disp = f"{no}{suffix}" if suffix else str(no)
        if kind == "item":
            rkey = it["report"]
            ref_disp = str(it["ref"]) if fr["ref"] == "=" else fr["ref"]
        else:
            rkey = key if key in REPORTS else None
            ref_disp = fr["ref"]
        if fr.get("report"):
            rep_disp, pub_disp = fr["report"], fr["published"]
        elif rkey:
            rep_disp, pub_disp = REPORTS[rkey][2], REPORTS[rkey][3]
        else:
            rep_disp, pub_disp = "Force", ""
        if key in MERGED and not first and not fr.get("report"):
            rep_disp, pub_disp = "", ""
        first = False
        pub = REPORTS[rkey][1] if rkey else dt.date(2022, 6, 1)
        owner = SECTION_OWNER.get(key) or rng.choice(OWNERS)
        rag = fr["rag"]
        submitted = fr.get("submitted", "")
        progress = fr.get("progress") or progress_for(rag, pub, owner, key, submitted)
        row = add([no_disp, ref_disp, rep_disp, pub_disp, fr["type"], fr["text"], owner, rag,
                   progress, submitted, pct_for(rag)])
        if kind == "item":
            TRUTH.append((H_ROW[it["key"]], f"{T_FILE}!{row}", it["cat"], it["why"]))
        else:
            TRUTH.append(("", f"{T_FILE}!{row}", "not_on_hmicfrs_list", entry[3]["why"]))

# one progress cell pasted from a Word table keeps its tab
for ln in lines:
    if ln[1] == str(next(it["ref"] for it in ITEMS if it["key"] == "p22_b")):
        ln[8] = ("25/05/2023 – Governance review complete.\tSee Board paper SAB/23/041.\n"
                 "31/05/2023 – Proposed for closure.")

add(blank())
add(["RAG key:", "", "GREEN – the recommendation is implemented"])
add(["", "", "AMBER – subject to ongoing work and monitoring but is anticipated will be "
             "implemented"])
add(["", "", "RED – beyond designated deadline or cannot / will not be implemented "
             "(rationale required)"])
add(["", "", "WHITE – not Cheshire’s responsibility to deliver or is dependent upon another "
             "organisation"])
add(["Note:", "", "Items closed by HMICFRS are kept on this tracker for 12 months after "
                  "closure, then archived."])

for m in [it for it in ITEMS if not it["rows"]]:
    TRUTH.append((H_ROW[m["key"]], "", "missing_from_force", m["why"]))


def excel_cell(s: str) -> str:
    if any(ch in s for ch in ('\t', '\n', '\r', '"')):
        return '"' + s.replace('"', '""') + '"'
    return s


text = "".join("\t".join(excel_cell(c) for c in ln) + "\r\n" for ln in lines)
(CASE / T_FILE).write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))

# truth.csv, sorted: by force row, then missing ones by HMICFRS row
def rownum(s):
    return int(s.split("!")[1]) if s else 10**6


TRUTH.sort(key=lambda t: (rownum(t[1]), rownum(t[0])))
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(TRUTH)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(ITEMS_H), " tracker rows:", len(lines),
          " truth lines:", len(TRUTH))
    print(Counter(t[2] for t in TRUTH))
