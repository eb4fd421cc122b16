#!/usr/bin/env python3
"""Build the evaluation case `filemaker_merge_export_repeating_fields`.

HMICFRS side : an ordinary definitive-list export (xlsx, one sheet, header on row 1).
Force side   : a FileMaker Pro "Merge" export (renamed .csv) of West Mercia Police's
               in-house "Inspection Recommendations" database, written exactly as
               FileMaker writes that format: every value quoted, first record = field
               names (related fields as "Table::Field"), returns inside a field written
               as vertical tab (0x0B), repetitions of a repeating field separated by the
               group separator (0x1D), Windows (ANSI) = cp1252 character set, number
               fields stripped of anything non-numeric.

Deterministic: no randomness is used at all; workbook properties are fixed.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "filemaker_merge_export_repeating_fields"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

VT = "\x0b"   # FileMaker: carriage return inside a field -> vertical tab
GS = "\x1d"   # FileMaker: separator between repetitions of a repeating field

FORCE = "West Mercia Police"

# ---------------------------------------------------------------------------
# Reports (HMICFRS title, publication date) and the force's own name for each
# (the force database keeps reports in a related table "Reports").
# ---------------------------------------------------------------------------
REPORTS = {
    "A": ("Stop and search powers: Are the police using them effectively and fairly?",
          dt.date(2013, 7, 9), "HMIC Stop & Search 2013 (National)", "09/07/2013"),
    "B": ("Everyone's business: Improving the police response to domestic abuse",
          dt.date(2014, 3, 27), "Everyone's Business - Domestic Abuse (National)", "27/03/2014"),
    "C": ("Core Business: an inspection into crime prevention, police attendance and the use of police time",
          dt.date(2014, 9, 4), "Core Business (National)", ""),
    "D": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the "
          "capability to tackle corruption in policing", dt.date(2015, 1, 30), None, None),
    "E": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing "
          "in police forces in England and Wales", dt.date(2015, 9, 15),
          "Targeting the Risk - Firearms Licensing", "15/09/2015"),
    "F": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 15),
          "PEEL Efficiency 2015", "15/10/2015"),
    "H": ("Crime data integrity inspection 2016 – West Mercia Police", dt.date(2017, 2, 9),
          "Crime Data Integrity 2016", "09/02/2017"),
    "G": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2),
          "PEEL Effectiveness 2016", "02/03/2017"),
    "I": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12),
          "PEEL Legitimacy 2017 - National S&S", "12/12/2017"),
    "J": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
          dt.date(2019, 5, 2), "PEEL 2018/19", "02/05/2019"),
    "K": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
          dt.date(2021, 2, 26), "Disproportionate Use of Police Powers (Spotlight)", "26/02/2021"),
}

# ---------------------------------------------------------------------------
# HMICFRS items: code -> (report, id, type, text, status, status date, comment)
# Texts are real public HMICFRS texts (see README for provenance).
# ---------------------------------------------------------------------------
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when "
         "this review is complete.")

T = {}
T["A1"] = ("Chief Constables and the College of Policing should establish in the Stop and Search Authorised "
           "Professional Practice document a clear specification of what constitutes the effective and fair "
           "exercise of stop and search powers, and guidance in this respect. This should be compliant with "
           "the Code of Practice.")
T["A2"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search people, "
           "so that they can be satisfied their officers are acting in accordance with the law (including "
           "equality legislation and the Code of Practice), and that the power is used effectively to prevent "
           "crime, catch criminals and maintain public trust.")
T["B1"] = ("By September 2014, every police force in England and Wales should establish and publish an action "
           "plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
           "This action plan should be developed:\n\n"
           "  • in consultation with police and crime commissioners, domestic abuse support organisations and "
           "victims' representatives;\n"
           "  • after close consideration of all the recommendations in this report;\n"
           "  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection "
           "with the force in question or another force; and 20\n"
           "  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny "
           "panels and MARAC self-assessments.The action plan should be established on the basis of best "
           "practice, based on revised relevant guidance from the College of Policing. To ensure consistency, "
           "the College and the national policing lead on domestic abuse have agreed to provide advice on the "
           "areas that each plan should cover by the end of April 2014.\n\n"
           "Chief officers in each police force should oversee and ensure full implementation of these action "
           "plans. This should be a personal responsibility in each case. Police and crime commissioners should "
           "hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part "
           "of its new annual all-force inspection programme. Police and crime commissioners and chief constables "
           "should be called upon to report publicly on progress, as well as to the national oversight and "
           "monitoring group.")
T["C1"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done "
           "so, should provide call-handlers with specific, sound and comprehensible criteria against which they "
           "can assess threat, harm and risk.")
T["D1"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place "
           "to ensure that investigations into misconduct by officers and staff resulting in “no further action” "
           "are fair and free of any form of discrimination.")
T["E1"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing "
           "in his or her force meets the standards set out in Authorised Professional Practice. Chief constables "
           "of forces where the governance standards are not being complied with should put in place immediately "
           "the correct arrangements and procedures in order to meet the standards in full.")
T["E2"] = ("Within three months, all chief constables should assess the demand placed on their firearms licensing "
           "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
           "service at all times.")
T["E3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken "
           "by their force with regard to ‘total expired’ licensing records.")
T["E4"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the use "
           "of temporary permits are in accordance with the Home Office guidance; that temporary permits are "
           "properly recorded without delay on the National Firearms Licensing Management System; and that "
           "effective systems exist to ensure certificate holders are not permitted, at any time, to remain in "
           "unlawful possession of a firearm.")
T["F1"] = ("The force should undertake further work to gain a fuller understanding of current demand for its "
           "services, and likely future changes in demand. This is so it can make best use of its resources by "
           "matching them to demand to meet the needs of the public")
T["F2"] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T["F3"] = ("The force should develop a future workforce plan that is aligned with its overall demand and budget. "
           "The plan should include future resource allocations, the mix of skills required by the workforce and "
           "behaviours expected of them.")
T["G1"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to "
           "support the investigation and the low use of police powers of arrest and prosecution is a cause of "
           "concern to HMIC.")
T["G2"] = ("In order to improve the service it provides to victims of domestic abuse, offer the best possible "
           "protection and bring more perpetrators to justice, the force should immediately consider ways of "
           "increasing the use of arrest, ancillary orders and other available powers.")
T["G3"] = ("To improve the service provided to victims of domestic abuse the force should immediately take steps "
           "to understand and address the reason behind why such a high proportion of victims of domestic abuse "
           "do not support the police investigation.")
T["G4"] = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing "
           "with domestic abuse in the resolution centre should cease")
T["G5"] = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the "
           "assessment of risk for children who go missing from home was inappropriate in some cases. We found "
           "some instances where children were classed as ‘absent’ when they should have been recorded as "
           "‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. "
           "We also found incidents where the risk had not been identified, even where good information was "
           "available on the police database. In some cases there was information to indicate that children were "
           "at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. "
           "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of "
           "harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
T["G6"] = ("To address this cause of concern the force should immediately review its approach to reports of "
           "missing children and take steps to ensure that:\n"
           "• call takers understand and use the missing and absent category appropriately; • call takers and "
           "frontline staff have the necessary knowledge to identify risk factors associated with child sexual "
           "exploitation and how to respond to such cases; and • supervisors provide the correct oversight of "
           "missing person enquiries and direct appropriate and timely investigative and safeguarding action")
T["H1"] = ("Within six months the force should put in place arrangements to ensure that:\n"
           "• at the point of report, victims are believed;\n"
           "• conversations between the call handlers and callers are summarised accurately in the incident log, "
           "thus providing attending officers with full facts on which to base crime-recording decisions;\n"
           "• multiple crimes are always recorded when described within incident records or identified as part "
           "of other recorded crime investigations;\n"
           "• the practice of awaiting the results of medical examinations or video interviews before making "
           "crime-recording decisions is stopped; and\n"
           "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
           "victim or the wider public are identified and appropriately managed.")
T["I1"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is "
           "consistently reasonable and fair. In particular, there is over-representation of BAME people, and "
           "black people in particular, in stop and search data which many forces are unable to explain.")
T["I2"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring "
           "a comprehensive set of data and information on use of stop and search powers to understand:\n"
           "•the reasons for any disproportionate representation of different ethnic groups in the use of stop "
           "and search; •the extent to which find rates differ between people from different ethnicities, and "
           "across different types of searches (including separate identification of find rates for drug "
           "possession and supply-type offences); and •the prevalence of possession-only drug searches, and the "
           "extent to which these align with local or force level priorities.")
T["I3"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that they "
           "have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, "
           "and •taken action to reduce the disparity, where necessary;")
T["I4"] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, from "
           "July 2018.")
T["I5"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and "
           "search powers have been provided with, and understand, training on unconscious bias and College of "
           "Policing APP on stop and search.")
T["J1"] = ("The force does not have suitable arrangements in place to make sure it can maintain the full range of "
           "public services when its alliance with Warwickshire Police ends. There are gaps in its workforce "
           "skills assessment, and weaknesses in both its investigative approach and its approach to "
           "safeguarding vulnerable people.")
T["J2"] = ("The force does not have the capacity or capability to investigate crime effectively and this is "
           "affecting the service being provided to the public. There are failings in the way that crimes are "
           "being investigated.")
T["J3"] = ("HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and "
           "capacity to manage their investigative workload, to better understand investigative demand and the "
           "pressures placed upon them; and")
T["J4"] = ("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the "
           "approach to vulnerability to better safeguard vulnerable people.")
T["J5"] = ("HMIC recommends that the force should immediately: expand the skills project work to include an "
           "assessment of all skills, not only operational, including potential future skills requirements. "
           "This assessment should inform workforce plans;")
T["J6"] = ("HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure "
           "a smooth transition to its future operating model, ensuring no disruption to public services; and")
T["J7"] = ("HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all "
           "operational and support services are affordable and fit to protect the communities of West Mercia;")
T["J8"] = ("HMIC recommends that the force should immediately:improve its arrangements both to consult with the "
           "public about business planning and to feed back on changes made to service delivery as a result of "
           "such consultation.")
T["J9"] = ("HMIC recommends that within six months the force should: ensure regular and active supervision of the "
           "quality and progress of investigations. This supervision should be properly recorded;")
T["J10"] = ("HMIC recommends that within six months the force should: improve its ability to retrieve digital "
            "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed;")
T["J11"] = ("HMIC recommends that within six months the force should: improve its understanding of suspects "
            "released under investigation and the management of those released on bail;")
T["J12"] = ("The force should improve its use of its crime-recording and management system to better manage its "
            "case files and investigative processes.")
T["J13"] = ("The force should ensure all staff have received at least the lowest level of vetting clearance for "
            "their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
            "renewals when they become due so that it complies fully with the national vetting guidelines.")
T["J14"] = "The size of the vetting backlog within West Mercia Police is a cause of concern."
T["K1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in line "
           "with the National Policing Guidelines on Conflict Management. This should be in addition to existing "
           "training on conflict management and de-escalation.")
T["K2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of "
           "continuing professional development for officers and staff, and that supervisors are supported to "
           "routinely and frequently debrief officers on these skills using body-worn video footage.")
T["K3"] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is "
           "available) the entirety of all stop and search encounters, including traffic stops and use of force "
           "incidents.\n"
           "have a structured process for regularly reviewing and monitoring internally a sufficient sample of "
           "body-worn video footage to identify and disseminate learning and hold officers to account when "
           "behaviour falls below acceptable standards.\n"
           "provide external scrutiny panel members with access to samples of body-worn video footage showing "
           "stop and search encounters and use of force incidents, taking account of the safeguards in the "
           "College of Policing’s Authorised Professional Practice.")
T["K4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the "
           "number of incidents where force has been used to effect a stop and search is sufficient for "
           "publication. The Home Office should publish this data as soon as possible.")
T["K5"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use of "
           "force, to help them to identify and understand disproportionate use, explain the reasons and "
           "implement any necessary improvement action.")

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
D = dt.date

# Order on the HMICFRS list: publication date, then reference.
HM = [
    # code, report, id, type, status, status date, comment
    ("A2", "A", 1544, NAT, CO, D(2016, 4, 11), C_DONE),
    ("B1", "B", 2321, NAT, CO, D(2018, 2, 6), C_DONE),
    ("C1", "C", 4822, NAT, SU, D(2017, 3, 2), C_SUP),
    ("D1", "D", 902, NAT, AR, D(2019, 7, 22), C_REV),
    ("E1", "E", 5630, NAT, CO, D(2017, 6, 19), C_DONE),
    ("E2", "E", 5631, NAT, BP, D(2019, 7, 22), C_MON),
    ("E3", "E", 5632, NAT, CO, D(2017, 6, 19), C_DONE),
    ("E4", "E", 5633, NAT, BP, D(2019, 7, 22), C_MON),
    ("F1", "F", 5841, AFI, CO, D(2018, 1, 15), C_DONE),
    ("F3", "F", 5843, AFI, BP, D(2019, 7, 22), C_MON),
    ("H1", "H", 6995, REC, BP, D(2018, 9, 3), C_MON),
    ("G1", "G", 8790, COC, CO, D(2019, 5, 2), C_DONE),
    ("G2", "G", 8791, REC, BP, D(2019, 5, 2), C_MON),
    ("G3", "G", 8792, REC, BP, D(2019, 5, 2), C_MON),
    ("G4", "G", 8793, REC, BP, D(2019, 5, 2), C_MON),
    ("G5", "G", 8794, COC, CO, D(2019, 5, 2), C_DONE),
    ("G6", "G", 8795, REC, BP, D(2019, 5, 2), C_MON),
    ("I1", "I", 8541, COC, BP, D(2018, 7, 31), C_MON),
    ("I2", "I", 8542, NAT, BP, D(2018, 7, 31), C_MON),
    ("I3", "I", 8543, NAT, BP, D(2018, 7, 31), C_MON),
    ("I4", "I", 8544, NAT, CO, D(2020, 1, 14), C_DONE),
    ("I5", "I", 8545, NAT, BP, D(2018, 7, 31), C_MON),
    ("J1", "J", 10471, COC, BP, D(2019, 11, 4), C_MON),
    ("J3", "J", 10472, REC, BP, D(2019, 11, 4), C_MON),
    ("J4", "J", 10473, REC, BP, D(2019, 11, 4), C_MON),
    ("J5", "J", 10474, REC, BP, D(2019, 11, 4), C_MON),
    ("J6", "J", 10475, REC, CO, D(2020, 3, 9), C_DONE),
    ("J7", "J", 10476, REC, CO, D(2021, 2, 15), C_DONE),
    ("J8", "J", 10477, REC, BP, D(2019, 11, 4), C_MON),
    ("J2", "J", 10478, COC, BP, D(2019, 11, 4), C_MON),
    ("J9", "J", 10479, REC, BP, D(2019, 11, 4), C_MON),
    ("J10", "J", 10480, REC, BP, D(2019, 11, 4), C_MON),
    ("J11", "J", 10481, REC, BP, D(2019, 11, 4), C_MON),
    ("J14", "J", 10482, COC, BP, D(2019, 11, 4), C_MON),
    ("J13", "J", 10483, REC, BP, D(2019, 11, 4), C_MON),
    ("J12", "J", 10484, AFI, BP, D(2019, 11, 4), C_MON),
    ("K1", "K", 12203, NAT, AR, D(2021, 3, 1), C_NEW),
    ("K2", "K", 12204, NAT, BP, D(2021, 8, 2), C_MON),
    ("K3", "K", 12205, NAT, BP, D(2021, 8, 2), C_MON),
    ("K5", "K", 12207, NAT, AR, D(2021, 3, 1), C_NEW),
]

# ---------------------------------------------------------------------------
# Force side: the FileMaker "Recommendations" table, exported in Rec ID order.
# RAG is a repeating field (8 repetitions, one per review, the last filled one
# is current). Stage is a checkbox field (values stored in the order clicked,
# return-separated).
# ---------------------------------------------------------------------------
R, A, G, B = "R - Off track", "A - Some slippage", "G - On track", "B - Complete"
EV, SUB, FEB, OLDC = "Evidence received", "Submitted to HMICFRS", "Closed by FEB", "Closed"


def rag(*vals):
    return GS.join(vals)


def lines(*vals):
    return VT.join(vals)


# each: dict(id, item (HMICFRS code, or None), kind ('item' | 'not_item'), rep (report letter or ''),
#            ref, recno, part, type, text, lead, dept, rag, update, stage, submitted, created, modified)
F = []


def rec(rid, code, rep, ref, recno, part, typ, text, lead, dept, rg, upd, stage, sub, created, modified,
        kind="item", note=""):
    F.append(dict(id=rid, code=code, rep=rep, ref=ref, recno=recno, part=part, type=typ, text=text,
                  lead=lead, dept=dept, rag=rg, update=upd, stage=stage, sub=sub, created=created,
                  modified=modified, kind=kind, note=note))


rec(1, None, "", "", "", "", "", "TEST RECORD - please do not delete (used to check layouts and the export script)",
    "S Pryce", "Strategic Planning", "", "", "", "", "05/08/2013 10:14:52", "05/08/2013 10:16:03",
    kind="not_item", note="developer's test record left in the database")
rec(2, "A1", "A", "", "Rec 1", "", "National Rec",
    "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear "
    "specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in "
    "this respect. This should be compliant with the Code of Practice.",
    "Supt Operations Support", "Ops Support", rag(A, B),
    lines("Nov 13 - awaiting revised APP from College.", "Jun 14 - APP published, force policy updated. Complete."),
    OLDC, "", "05/08/2013 10:31:40", "17/06/2014 09:02:11")
rec(3, "A2", "A", "", "Rec 2", "", "National Rec", T["A2"], "Supt Operations Support", "Ops Support",
    rag(A, G, B),
    lines("Nov 13 - S&S monitoring by Ops Support monthly.",
          "Apr 15 - scrutiny panel now reviewing all S&S records, quarterly report to COG. Complete."),
    OLDC, "", "05/08/2013 10:33:05", "20/04/2015 15:44:29")
rec(57, "B1", "B", "", "NR1", "", "National Rec",
    lines("By September 2014, every police force in England and Wales should establish and publish an action plan "
          "that specifies in detail what steps it will take to improve its approach to domestic abuse.", "",
          "This action plan should be developed:",
          "- in consultation with police and crime commissioners, domestic abuse support organisations and victims' "
          "representatives;",
          "- after close consideration of all the recommendations in this report;",
          "- with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with "
          "the force in question or another force; and",
          "- drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and "
          "MARAC self-assessments."),
    "Det Supt Public Protection", "PPU", rag(A, G),
    lines("Sept 14 - DA action plan published on force website.",
          "2016 - plan refreshed via DA Strategic Group, monitored by PPU. Ongoing."),
    "", "", "02/04/2014 11:20:17", "08/03/2016 14:10:55")
rec(83, "C1", "C", "", "NR1", "", "National Rec", T["C1"], "Supt OCC", "OCC", rag(R, A),
    lines("THRIVE introduced in OCC Feb 2016.",
          "Awaiting internal audit of call grading compliance before closure."),
    "", "", "16/09/2014 09:48:33", "11/07/2016 16:27:40")
rec(141, "E1", "E", "", "R1", "", "National Rec",
    "Within three months, all chief constables should assess how well the governance of firearms licensing in his "
    "or her force meets the standards set out in APP. Chief constables of forces where the governance standards are "
    "not being complied with should put in place immediately the correct arrangements and procedures in order to "
    "meet the standards in full.",
    "Head of Firearms Licensing", "Firearms Licensing", rag(A, B),
    "Gap analysis against APP completed Dec 15, FLU governance board in place.", OLDC, "",
    "12/10/2015 13:05:19", "25/01/2016 10:41:02")
rec(142, "E2", "E", "", "R2", "", "National Rec",
    "Within 3 months all CC's should assess the demand placed on their firearms licensing dept and ensure it has the "
    "capacity to meet this demand and provide an efficient and effective service at all times",
    "Head of Firearms Licensing", "Firearms Licensing", rag(A, A, B),
    lines("Demand review done 2016 - 2 x additional enquiry officers.",
          "Mar 21 - renewals backlog cleared, grant times within target for 6 months. Evidence with OL team."),
    EV, "", "12/10/2015 13:07:44", "19/03/2021 11:52:36")
rec(143, "E3", "E", "", "R3", "", "National Rec",
    "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their "
    "force with regard to 'total expired' licensing records.",
    "Head of Firearms Licensing", "Firearms Licensing", rag(B),
    "All total expired records reviewed Oct 15, none outstanding.", OLDC, "", "12/10/2015 13:09:02",
    "03/11/2015 08:55:14")
rec(151, "F1", "F", "", "AFI 1", "", "AFI", T["F1"], "Head of Strategic Planning", "Strategic Planning",
    rag(A, B), "Demand profile produced 2016 and refreshed annually in FMS.", lines(SUB, FEB), "01/02/2017",
    "23/10/2015 10:12:48", "14/02/2017 12:30:09")
rec(152, "F2", "F", "", "AFI 2", "", "AFI", T["F2"], "Director of Finance", "Finance", rag(A),
    "Activity based costing work paused - Finance restructure.", "", "", "23/10/2015 10:14:20",
    "04/09/2018 09:21:45")
rec(153, "F3", "F", "", "AFI 3", "", "AFI", T["F3"], "Head of People Services", "HR", rag(A, G),
    lines("Strategic workforce plan 2020-23 drafted.", "Jul 21 - awaiting sign off at People Board."),
    EV, "", "23/10/2015 10:16:57", "27/07/2021 15:03:32")
rec(262, "G1", "G", "", "CoC 1", "", "Cause of Concern", T["G1"], "ACC Crime & Vulnerability", "PPU",
    rag(R, A, B), "See recs below. DA arrest rate now above MSF average.", FEB, "", "06/03/2017 09:30:11",
    "12/11/2018 10:05:58")
rec(263, "G2", "G", "", "Rec 1", "", "Recommendation", T["G2"], "Det Supt Public Protection", "PPU",
    rag(R, A, G),
    lines("DVPN/DVPO use doubled 2018.", "Jul 21 - closure pack sent to FLL."),
    lines(EV, SUB), "21/07/2021", "06/03/2017 09:33:40", "21/07/2021 14:48:27")
rec(264, "G3", "G", "", "Rec 2", "", "Recommendation",
    "To improve the service provided to victims of DA the force should immediately take steps to understand and "
    "address the reason behind why such a high proportion of victims of DA do not support the police investigation.",
    "Det Supt Public Protection", "PPU", rag(A),
    lines("Victim survey phase 1 complete Mar 2019.", "Phase 2 (VAWG analyst) ongoing."), "", "",
    "06/03/2017 09:35:02", "02/06/2021 10:11:19")
rec(266, "G5", "G", "", "CoC 2", "", "Cause of Concern", T["G5"], "Det Supt Public Protection", "PPU",
    rag(A, B), "Missing persons policy rewritten, absent category removed Apr 2017.", FEB, "",
    "06/03/2017 09:41:26", "12/11/2018 10:07:31")
rec(267, "G6", "G", "", "Rec 3", "", "Recommendation",
    lines("To address this cause of concern the force should immediately review its approach to reports of missing "
          "children and take steps to ensure that:",
          "- call takers understand and use the missing and absent category appropriately;",
          "- call takers and frontline staff have the necessary knowledge to identify risk factors associated with "
          "child sexual exploitation and how to respond to such cases; and",
          "- supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely "
          "investigative and safeguarding action"),
    "Det Supt Public Protection", "PPU", rag(A, A),
    "CSE training for OCC delivered. Supervisor dip sampling to be evidenced.", "", "", "06/03/2017 09:44:58",
    "18/05/2021 13:26:44")
rec(281, "H1", "H", "", "Rec 1", "1", "Recommendation",
    lines("Within six months the force should put in place arrangements to ensure that:",
          "at the point of report, victims are believed;"),
    "Force Crime Registrar", "Crime Standards", rag(B), "Victim believed - in all call handling training.",
    "", "", "13/02/2017 14:02:37", "30/11/2017 11:17:05")
rec(282, "H1", "H", "", "Rec 1", "2", "Recommendation",
    "conversations between the call handlers and callers are summarised accurately in the incident log, thus "
    "providing attending officers with full facts on which to base crime-recording decisions;",
    "Force Crime Registrar", "Crime Standards", rag(A, A), "OCC QA dip samples monthly - still below 90%.",
    "", "", "13/02/2017 14:04:10", "22/04/2021 09:40:51")
rec(283, "H1", "H", "", "Rec 1", "3", "Recommendation",
    "multiple crimes are always recorded when described within incident records or identified as part of other "
    "recorded crime investigations;",
    "Force Crime Registrar", "Crime Standards", rag(A, B), "Audit Jan 2018 - 96% compliant.", "", "",
    "13/02/2017 14:05:33", "09/02/2018 16:02:28")
rec(284, "H1", "H", "", "Rec 1", "4", "Recommendation",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the "
    "wider public are identified and appropriately managed.",
    "Force Crime Registrar", "Crime Standards", rag(A), "Online reporting moving to Single Online Home.", "", "",
    "13/02/2017 14:06:49", "22/04/2021 09:42:15")
rec(330, "I1", "I", "8541", "CoC", "", "Cause of Concern", T["I1"], "ACC Local Policing", "Local Policing",
    rag(A, A), "S&S disproportionality reported to Trust & Confidence Board quarterly.", "", "",
    "18/01/2018 10:22:04", "06/07/2021 12:14:36")
rec(331, "I2", "I", "8542", "NR1", "a",
    "National Rec",
    lines("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
          "comprehensive set of data and information on use of stop and search powers to understand:",
          "the reasons for any disproportionate representation of different ethnic groups in the use of stop and "
          "search;"),
    "Supt Operations Support", "Ops Support", rag(A, B), "Power BI S&S dashboard live Jul 2018.", "", "",
    "18/01/2018 10:25:50", "30/07/2018 15:36:12")
rec(332, "I2", "I", "8542", "NR1", "b", "National Rec",
    "the extent to which find rates differ between people from different ethnicities, and across different types "
    "of searches (including separate identification of find rates for drug possession and supply-type offences); and",
    "Supt Operations Support", "Ops Support", rag(A, B), "Find rates by ethnicity on dashboard.", "", "",
    "18/01/2018 10:27:13", "30/07/2018 15:37:40")
rec(333, "I2", "I", "8542", "NR1", "c", "National Rec",
    "the prevalence of possession-only drug searches, and the extent to which these align with local or force "
    "level priorities.",
    "Supt Operations Support", "Ops Support", rag(A, A, A),
    "Possession-only searches not yet split out on Niche - change request raised.", "", "",
    "18/01/2018 10:28:31", "06/07/2021 12:16:02")
rec(334, "I3", "I", "8543", "NR2", "", "National Rec",
    lines("Where forces identify disparities through monitoring, they should demonstrate to the public that they "
          "have:",
          "- carried out research and analysis in an attempt to understand the reasons for the disparity, and",
          "- taken action to reduce the disparity, where necessary;"),
    "Supt Operations Support", "Ops Support", rag(A, B),
    "Disparity research with Univ. of Worcester published on website Mar 2021.", "", "",
    "18/01/2018 10:30:09", "29/03/2021 10:48:57")
rec(335, "I4", "I", "8544", "NR3", "", "National Rec", T["I4"], "Supt Operations Support", "Ops Support",
    rag(A, B), "Annual S&S report published Sept 2018 and Sept 2019.", SUB, "11/10/2019",
    "18/01/2018 10:31:44", "11/10/2019 09:12:30")
rec(336, "I5", "K", "8545", "NR4", "", "National Rec",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search "
    "powers have been provided with, and understand, training on unconcious bias and College of Policing APP on stop "
    "and search.",
    "Head of L&D", "L&D", rag(A, A),
    lines("Unconscious bias e-learning 78% complete.",
          "Mar 21 - moved under Disproportionate Use report as training now covered there."),
    "", "", "18/01/2018 10:33:20", "08/03/2021 14:22:08")
rec(402, None, "J", "", "", "", "Note",
    lines("Overall grading - Requires Improvement (Effectiveness, Efficiency, Legitimacy).",
          "Report to FEB 14/05/2019. CoCs and recs entered below."),
    "S Pryce", "Strategic Planning", "", "", "", "", "03/05/2019 09:01:15", "03/05/2019 09:04:47",
    kind="not_item", note="report note record (overall grading), not a recommendation")
rec(403, "J1", "J", "10471", "CoC 1", "", "Cause of Concern", T["J1"], "DCC", "Change Team", rag(R, A, A),
    "Alliance exit programme - all services stood up 07/10/2019. Skills and safeguarding strands ongoing.",
    "", "", "03/05/2019 09:10:36", "14/09/2021 11:05:52")
rec(404, "J2", "J", "10478", "Rec 8", "", "Recommendation", T["J2"], "ACC Crime & Vulnerability", "CID",
    rag(A, A), "Investigation Standards Board set up. New crime allocation policy.", "", "",
    "03/05/2019 09:13:01", "14/09/2021 11:07:20")
rec(405, "J3", "J", "10472", "Rec 1", "", "Recommendation",
    lines("HMIC recommends that the force should immediately: conduct a review of o?cers’ capabilities and capacity "
          "to manage their",
          "investigative workload, to better understand investigative demand and the pressures placed upon them; and"),
    "ACC Crime & Vulnerability", "CID", rag(A, G),
    lines("Workload review complete Dec 19 (phase 1).", "Phase 2 - PIP2 uplift ongoing, on track."),
    "", "", "03/05/2019 09:15:28", "14/09/2021 11:08:44")
rec(406, "J4", "J", "10473", "Rec 2", "", "Recommendation",
    "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach "
    "to vulnerability to better safegaurd vulnerable people.",
    "Det Supt Public Protection", "PPU", rag(A, G), "Joint review with LSCBs / SABs done. Pack sent to HMICFRS.",
    lines(EV, SUB), "30/06/2021", "03/05/2019 09:17:55", "30/06/2021 16:20:03")
rec(407, "J6", "J", "10475", "Rec 4", "", "Recommendation",
    "agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, "
    "ensuring no disruption to public services",
    "DCC", "Change Team", rag(A, B), "Alliance ended 07/10/2019 - no service disruption.", FEB, "",
    "03/05/2019 09:20:14", "18/02/2020 10:33:41")
rec(408, "J7", "J", "10476", "Rec 5", "", "Recommendation",
    "clearly define its new operating model, ensuring all operational and support services are affordable and fit "
    "to protect the communities of West Mercia",
    "DCC", "Change Team", rag(A, A), "Operating model review stage 2 - report to FEB autumn 21.", "", "",
    "03/05/2019 09:22:37", "14/09/2021 11:10:06")
rec(409, "J8", "J", "10477", "Rec 6", "", "Recommendation", T["J8"], "Head of Corporate Communications",
    "Corporate Comms", rag(A, B), "Public consultation on budget + 'You said we did' page live Jan 21.", "", "",
    "03/05/2019 09:24:50", "01/02/2021 12:45:18")
rec(410, "J9", "J", "10479", "Rec 9", "", "Recommendation",
    "HMIC recommends that within twelve months the force should: ensure regular and active supervision of the "
    "quality and progress of investigations. This supervision should be properly recorded;",
    "ACC Crime & Vulnerability", "CID", rag(A, A), "Supervisory review template on Niche. Compliance 71%.", "", "",
    "03/05/2019 09:27:09", "14/09/2021 11:11:29")
rec(411, "J10", "J", "10480", "Rec 10", "", "Recommendation", T["J10"], "Head of Digital Forensics", "DFU",
    rag(A, B, A),
    lines("Jan 21 - DFU backlog under 3 months.",
          "FEB 09/06/2021 did not support closure - backlog back over 3 months. Returned to owner."),
    EV, "", "03/05/2019 09:29:33", "10/06/2021 08:57:12")
rec(412, "J11", "J", "10481", "Rec 11", "", "Recommendation", T["J11"], "Ch Insp Custody", "Custody",
    rag(A, A, A), "RUI review team in place. Bail management dashboard in development.", "", "",
    "03/05/2019 09:31:47", "14/09/2021 11:12:55")
rec(413, "J11", "J", "10481", "Rec 11", "", "Recommendation", T["J11"], "Ch Insp Custody", "Custody",
    rag(A), "", "", "", "03/05/2019 09:31:49", "03/05/2019 09:31:49",
    note="accidental duplicate (Records > Duplicate Record) of Rec ID 412, never updated")
rec(414, "J12", "J", "10484", "AFI 1", "", "AFI", T["J12"], "Force Crime Registrar", "Crime Standards",
    rag(A, B), "Niche case file QA process embedded. Complete.", "", "", "03/05/2019 09:34:05",
    "22/04/2021 09:45:37")
rec(415, "J13", "J", "10438", "Rec 7", "", "Recommendation", T["J13"], "Head of Professional Standards",
    "PSD Vetting", rag(R, A), "Backlog down from 1,900 to 640.", "", "", "03/05/2019 09:36:22",
    "14/09/2021 11:14:40")
rec(416, "J14", "J", "10482", "CoC 3", "", "Cause of Concern", T["J14"], "Head of Professional Standards",
    "PSD Vetting", rag(R, A), "See Rec 7.", "", "", "03/05/2019 09:38:09", "14/09/2021 11:15:02")
rec(455, None, "", "", "", "", "", "", "", "", "", "", "", "", "16/11/2020 14:37:51", "16/11/2020 14:37:51",
    kind="not_item", note="empty record (New Record pressed and left blank)")
rec(470, "K1", "K", "12203", "R1", "", "National Rec", T["K1"], "Head of L&D", "L&D", rag(G),
    "Conflict mgmt refresh in OST 2021/22 programme.", "", "", "03/03/2021 10:02:44", "06/07/2021 12:20:31")
rec(471, "K2", "K", "12204", "R2", "", "National Rec",
    "By July 2021, forces should ensure that communication skills are reinforced as part of CPD for officers and "
    "staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using "
    "BWV footage.",
    "Head of L&D", "L&D", rag(A, B), "CPD days include comms skills; BWV debrief guide issued to Sgts Jun 21.",
    "", "", "03/03/2021 10:05:12", "28/06/2021 09:18:40")
rec(472, "K3", "K", "12205", "R3", "a", "National Rec",
    lines("By September 2021, forces should:",
          "ensure that officers record on body-worn video (when this is available) the entirety of all stop and "
          "search encounters, including traffic stops and use of force incidents."),
    "Supt Operations Support", "Ops Support", rag(G, B), "BWV policy mandates recording of all S&S.", SUB,
    "02/09/2021", "03/03/2021 10:08:36", "02/09/2021 15:30:14")
rec(473, "K3", "K", "12205", "R3", "b", "National Rec",
    "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn "
    "video footage to identify and disseminate learning and hold officers to account when behaviour falls below "
    "acceptable standards.",
    "Supt Operations Support", "Ops Support", rag(B), "Monthly BWV dip sample by Ops Support Sgts.", "", "",
    "03/03/2021 10:10:02", "02/09/2021 15:31:40")
rec(474, "K3", "K", "12205", "R3", "c", "National Rec",
    "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and "
    "search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s "
    "APP.",
    "Supt Operations Support", "Ops Support", rag(G, B), "Panel viewing BWV at each meeting since Jun 21.", SUB,
    "02/09/2021", "03/03/2021 10:11:27", "02/09/2021 15:33:05")
rec(475, "K4", "K", "TBC", "R4", "", "National Rec", T["K4"], "N/A - Home Office / NPCC", "", "",
    "For info - not for the force.", "", "", "03/03/2021 10:13:50", "03/03/2021 10:15:09")
rec(476, "K5", "K", "12207", "R5", "", "National Rec", T["K5"], "Supt Operations Support", "Ops Support",
    rag(A), "UoF data now on Power BI. Internal monitoring group to be set up.", "", "", "03/03/2021 10:15:42",
    "06/07/2021 12:22:19")

# ---------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------
DONE_STAGES = {SUB, FEB, OLDC}


def force_done(r):
    stages = [s for s in r["stage"].split(VT) if s]
    if any(s in DONE_STAGES for s in stages):
        return True
    reps = [x for x in r["rag"].split(GS) if x]
    return bool(reps) and reps[-1] == B


CONFLICTS = {
    "H1": "conflict: HMICFRS recommendation has five bullets; the force split it into four part records (1-4) and "
          "has no record for the bullet on awaiting medical examinations / video interviews before recording crime",
    "J2": "conflict (type): HMICFRS lists this text as a cause of concern; the force record is typed Recommendation",
    "I5": "conflict (report): same text and same HMIC Ref 8545, but the force record is linked to the 2021 "
          "Disproportionate Use report instead of PEEL: police legitimacy 2017",
    "J9": "conflict (timescale): HMICFRS says within six months, the force record says within twelve months",
    "J13": "conflict (reference): same text and report, but the force HMIC Ref is 10438 and HMICFRS's reference is "
           "10483",
}


def hm_open(status):
    return status in (BP, AR)


def build_truth(hm_rows, f_rows):
    """hm_rows: code -> excel row; f_rows: list of (excel row, record)."""
    hm_by_code = {h[0]: h for h in HM}
    lines_out = []
    # group force rows per HMICFRS item
    per_item = {}
    for row, r in f_rows:
        if r["kind"] != "item":
            continue
        per_item.setdefault(r["code"], []).append((row, r))
    for code, hrow in hm_rows.items():
        h = hm_by_code[code]
        status = h[4]
        frs = per_item.get(code, [])
        if not frs:
            lines_out.append((f"Definitive list!{hrow}", "", "missing_from_force",
                              f"HMICFRS {h[2]} ({status}); no force record for this text"))
            continue
        if code in CONFLICTS:
            cat, why = "conflict", CONFLICTS[code]
        else:
            done = all(force_done(r) for _, r in frs)
            if hm_open(status) and done:
                cat = "closeable_submit"
                why = f"HMICFRS {status}; force done"
            elif not hm_open(status) and not done:
                cat = "closeable_local"
                why = f"HMICFRS {status}; force still open"
            else:
                cat = "in_sync"
                why = f"HMICFRS {status}; force {'done' if done else 'open'}"
            details = []
            for _, r in frs:
                reps = [x for x in r["rag"].split(GS) if x]
                st = [s for s in r["stage"].split(VT) if s]
                details.append(f"Rec ID {r['id']}: RAG now '{reps[-1] if reps else ''}'"
                               + (f", stage {'+'.join(st)}" if st else ""))
            why += " (" + "; ".join(details) + ")"
            if len(frs) > 1 and frs[0][1]["part"]:
                why += "; force split the item into part records, item done only if every part is done"
            if code == "J11":
                why += "; Rec ID 413 is an accidental duplicate of 412"
        for row, r in frs:
            lines_out.append((f"Definitive list!{hrow}", f"tracker.csv!{row}", cat, why))
    for row, r in f_rows:
        if r["kind"] == "item" and r["code"] not in hm_rows:
            lines_out.append(("", f"tracker.csv!{row}", "not_on_hmicfrs_list",
                              {"A1": "Stop and search 2013 rec to chief constables and the College (APP "
                                     "specification): not on the HMICFRS list (closed and removed long ago); force "
                                     "closed it in 2014",
                               "F2": "PEEL efficiency 2015 AFI (outcomes, outputs and costs): not on the HMICFRS "
                                     "list; force still Amber - query with HMICFRS",
                               "K4": "Disproportionate use rec addressed to the Home Office and NPCC: not on the "
                                     "force's HMICFRS list; force recorded it for information"}[r["code"]]))
    return lines_out


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
HM_HEADERS = ["Force", "Report title", "Publication date", "Recommendation ID", "Type", "Recommendation text",
              "Status", "Status date", "Comment"]


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"title": "Definitive list - West Mercia Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": dt.datetime(2021, 10, 11, 9, 30, 0)})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    for c, h in enumerate(HM_HEADERS):
        ws.write_string(0, c, h, hdr)
    rows = {}
    for i, (code, rep, rid, typ, status, sdate, comment) in enumerate(HM):
        r = i + 1
        title, pub = REPORTS[rep][0], REPORTS[rep][1]
        ws.write_string(r, 0, FORCE, top)
        ws.write_string(r, 1, title, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), date)
        ws.write_number(r, 3, rid, top)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, T[code], wrap)
        ws.write_string(r, 6, status, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), date)
        ws.write_string(r, 8, comment, wrap)
        rows[code] = r + 1
    for c, w in enumerate([18, 40, 13, 12, 22, 90, 16, 12, 45]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(HM), len(HM_HEADERS) - 1)
    wb.close()
    return rows


FM_FIELDS = ["Rec ID", "Reports::Report Title", "Reports::Pub Date", "HMIC Ref", "Rec No", "Part", "Type",
             "Recommendation Text", "Lead Officer", "Dept", "RAG", "Progress Update", "Stage", "Date Submitted",
             "Created", "Modified"]


def fm_number(s):
    """FileMaker exports only the numeric characters of a number field."""
    return "".join(ch for ch in s if ch.isdigit() or ch in ".-")


def fm_field(v):
    v = v.replace("\r\n", VT).replace("\n", VT).replace("\r", VT)
    return '"' + v.replace('"', '""') + '"'


def write_force(path):
    out = [",".join(fm_field(h) for h in FM_FIELDS)]
    f_rows = []
    for i, r in enumerate(sorted(F, key=lambda x: x["id"])):
        rep = REPORTS.get(r["rep"]) if r["rep"] else None
        vals = [fm_number(str(r["id"])),
                rep[2] if rep else "", rep[3] if rep else "",
                fm_number(r["ref"]), r["recno"], r["part"], r["type"], r["text"], r["lead"], r["dept"],
                r["rag"], r["update"], r["stage"], r["sub"], r["created"], r["modified"]]
        out.append(",".join(fm_field(v) for v in vals))
        f_rows.append((i + 2, r))
    data = ("\r\n".join(out) + "\r\n").encode("cp1252")
    with open(path, "wb") as fh:
        fh.write(data)
    return f_rows


def write_truth(path, lines_out):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for l in lines_out:
        w.writerow(l)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def readme(hm_rows, f_rows, lines_out):
    counts = {}
    for l in lines_out:
        counts.setdefault(l[2], [0, set()])
        counts[l[2]][0] += 1
        counts[l[2]][1].add(l[0] or l[1])
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    count_lines = []
    for k in order:
        if k in counts:
            n_lines, keys = counts[k]
            n_items = len(keys)
            count_lines.append(f"| `{k}` | {n_items} | {n_lines} |")
    total_lines = len(lines_out)
    non_items = [(row, r) for row, r in f_rows if r["kind"] == "not_item"]
    ni_lines = ["- `tracker.csv!1`: the Merge-format header record (FileMaker field names; related fields "
                "written as `Reports::Report Title`, `Reports::Pub Date`)."]
    for row, r in non_items:
        ni_lines.append(f"- `tracker.csv!{row}`: Rec ID {r['id']} - {r['note']}.")
    dup = [row for row, r in f_rows if r["id"] == 413][0]
    orig = [row for row, r in f_rows if r["id"] == 412][0]
    hrow = hm_rows
    frow = {r["id"]: row for row, r in f_rows}
    return f"""# {CASE}

## Story

West Mercia Police's Strategic Planning team has kept its inspection recommendations since 2013 in a small
in-house **FileMaker Pro** database ("Inspection Recommendations", built by an analyst who has since moved on).
It has two tables: `Reports` (one record per inspection report: the force's own short title and the publication
date) and `Recommendations` (one record per recommendation, AFI or cause of concern, or per bullet where the
team chose to split one). Owners are chased quarterly; when a review changes an item's RAG the team types the
new RAG into the next empty repetition of the repeating field `RAG` rather than overwriting it, so the field
carries the history of changes.

In October 2021, before the Joint Audit Committee, HMICFRS sent the force its definitive list (`hmicfrs.xlsx`).
The analyst did *Show All Records*, sorted by `Rec ID`, and *File > Export Records*, choosing the **Merge**
format (the FileMaker text format that writes the field names as its first record) with the default Windows (ANSI) character set,
and saved the file as `tracker.csv`. Nobody has touched the file since: it is exactly what FileMaker writes.

Report titles and dates are real. The texts are real public HMICFRS texts (from the project's collection of real
recommendations). Texts that HMICFRS addressed to other forces in the same inspection series (PEEL efficiency
2015, PEEL effectiveness 2016, crime data integrity, PEEL 2018/19 vetting) have been re-used as if they were
West Mercia's, so that one force's list has 40 items; the vetting cause of concern has the force name changed to
West Mercia Police. The Core Business date is the first entry on the old HMICFRS register (4 Sep 2014); the
crime data integrity date is the first register entry of the source record (9 Feb 2017).

## Files

### `hmicfrs.xlsx` - HMICFRS side (ordinary definitive-list export)

One sheet, `Definitive list`. Header on row 1; items on rows 2-{len(HM) + 1}, one row per item, sorted by
publication date then reference. Columns: `Force`, `Report title`, `Publication date` (real Excel dates shown
dd/mm/yyyy), `Recommendation ID` (plain integer, unique across the register, no prefix), `Type`
(`Recommendation`, `Area for improvement`, `Cause of concern`, `National recommendation`),
`Recommendation text` (as published; bullets, line breaks and the published quirks such as
"immediately:agree", "•the reasons", the stray footnote "and 20" kept), `Status`, `Status date`, `Comment`
(HMICFRS's stock comments). Autofilter and frozen header only; nothing else on the sheet.

### `tracker.csv` - force side (FileMaker Pro Merge export)

Byte-level facts, all as FileMaker documents for Merge / comma-separated export:

- **Encoding Windows-1252** (FileMaker "Windows (ANSI)"): curly quotes and the en dash are single cp1252 bytes.
  Read with `encoding="cp1252"`; as UTF-8 it fails.
- Every value is enclosed in double quotes, including numbers and empty values (`""`); `"` inside a value is
  doubled. Records end with CR LF.
- Record 1 is the header of **field names**. Fields from the related `Reports` table are named with their table
  occurrence: `Reports::Report Title`, `Reports::Pub Date`.
- **A return inside a field is written as a vertical tab (0x0B)**, not a newline, so every record is on one
  physical line. Line breaks in texts, progress updates and in the checkbox field appear as `\\x0b`.
- **Repeating field `RAG`** (8 repetitions; a new one is filled each time a review changes the RAG): repetitions are separated by the **group
  separator (0x1D)**; empty trailing repetitions are not written. The **last non-empty repetition is the current
  RAG**; earlier ones are history.
- **Checkbox field `Stage`**: FileMaker stores ticked values as a return-separated list in the order they were
  ticked (so 0x0B-separated here), e.g. `Evidence received\\x0bSubmitted to HMICFRS`.
- **Number fields** (`Rec ID`, `HMIC Ref`): FileMaker exports only the numeric characters, so the "TBC" typed in
  `HMIC Ref` for Rec ID 475 comes out empty.
- Dates are dd/mm/yyyy, timestamps dd/mm/yyyy hh:mm:ss (the file's UK date format).
- Texts pasted from PDFs keep the PDF's hard line breaks (0x0B mid-sentence, e.g. Rec ID 405), and one PDF
  ligature that has no cp1252 character was written as `?` ("o?cers’", Rec ID 405).

Columns: `Rec ID` (FileMaker serial; gaps are deleted records), `Reports::Report Title` (the force's own short
report name), `Reports::Pub Date`, `HMIC Ref` (HMICFRS's reference, only filled in from 2018 when the force
started recording it), `Rec No` (the force's own running label: "Rec 1", "AFI 2", "CoC 1", "NR1" - not an
HMICFRS reference), `Part` (set when one recommendation was split into several records), `Type` (`Recommendation`,
`AFI`, `Cause of Concern`, `National Rec`, and `Note`), `Recommendation Text`, `Lead Officer`, `Dept`, `RAG`,
`Progress Update`, `Stage`, `Date Submitted`, `Created`, `Modified`.

Rows 2-{len(F) + 1} are records ({len(F)} records); {len(F) - len(non_items)} of them are items.

## Status rules

HMICFRS side: `Awaiting review` and `Being progressed` = **open**; `Complete` and `Superseded` = **closed**.

Force side (the database's own value lists are self-describing):

- RAG values: `R - Off track`, `A - Some slippage`, `G - On track`, `B - Complete`. **Green here means "on track",
  not done**; only Blue means complete.
- Stage values: `Evidence received`, `Submitted to HMICFRS`, `Closed by FEB` (Force Executive Board), and the
  legacy value `Closed` left over from the value list used before 2017.
- A record is **done** if `Stage` contains `Submitted to HMICFRS`, `Closed by FEB` or `Closed`, *or* its current
  (last) RAG repetition is `B - Complete`. Otherwise it is **open** (including `G - On track`, `Evidence received`
  alone, and an empty RAG). Once submitted, owners often stop updating the RAG, so a submitted record whose last
  RAG is still `G - On track` is done.
- Where one HMICFRS item was split into part records, the item is done only when every part is done; each part
  row carries the item's category.

## Traps and how the truth decides them

1. **Reading the file**: cp1252, every field quoted, 0x0B for line breaks, 0x1D between repetitions.
2. **Current RAG = last repetition.** Rec ID {411} (digital evidence, tracker.csv!{frow[411]}) reads
   `A - Some slippage|B - Complete|A - Some slippage`: FEB refused closure and it was reopened, so it is open
   (HMICFRS open -> `in_sync`). Rec ID 142 (firearms demand, tracker.csv!{frow[142]}) reads `A|A|B` -> done ->
   `closeable_submit`.
3. **Green is not done.** Rec IDs 153, 405, 470 end in `G - On track` (with or without `Evidence received`) -> open
   -> `in_sync`. Rec ID 57 (Everyone's business, tracker.csv!{frow[57]}) ends in `G - On track` while HMICFRS has it
   Complete -> `closeable_local`.
4. **Submitted overrides a stale RAG.** Rec IDs 263 and 406 end in `G - On track` but `Stage` has
   `Submitted to HMICFRS` -> done -> `closeable_submit` (HMICFRS still Being progressed).
5. **Legacy stage `Closed`** (2013-2015 records) counts as done.
6. **Split items.** PEEL legitimacy 2017 (ref 8542) is three records a/b/c (tracker.csv!{frow[331]}-{frow[333]}); part c
   is open, so the item is open -> `in_sync` on all three. Disproportionate use BWV (ref 12205) is three
   records (tracker.csv!{frow[472]}-{frow[474]}), all done -> `closeable_submit` on all three.
7. **Missing bullet.** The crime data integrity recommendation (Definitive list!{hrow['H1']}) has five bullets; the
   force has four part records numbered 1-4 (tracker.csv!{frow[281]}-{frow[284]}) and none for "the practice of awaiting
   the results of medical examinations or video interviews ... is stopped" -> `conflict` on all four rows.
8. **Type conflict.** The PEEL 2018/19 cause of concern on capacity and capability to investigate (Definitive list!{hrow['J2']}) is typed `Recommendation` by the force (tracker.csv!{frow[404]}) -> `conflict`.
9. **Report conflict.** The unconscious-bias training recommendation (PEEL: police legitimacy 2017, ref 8545,
   Definitive list!{hrow['I5']}) was re-linked in 2021 to the Disproportionate Use report (tracker.csv!{frow[336]}, see its
   progress update); same text (with the typo "unconcious") and same HMIC Ref -> `conflict`.
10. **Timescale conflict.** Supervision of investigations: HMICFRS "within six months", force "within twelve
    months" (tracker.csv!{frow[410]}) -> `conflict`.
11. **Reference conflict.** Vetting recommendation: HMICFRS ID 10483, force `HMIC Ref` 10438 (tracker.csv!{frow[415]}), same
    text and report -> `conflict`.
12. **Accidental duplicate.** Rec ID 413 (tracker.csv!{dup}) is a copy of Rec ID 412 (tracker.csv!{orig}) made two seconds later
    with *Duplicate Record* and never updated. Both are rows for the same item and both are open -> `in_sync`
    on both rows.
13. **Numbers stripped.** `HMIC Ref` "TBC" exported as empty (tracker.csv!{frow[475]}); refs are absent on all pre-2018
    records, so matching those is by text and report.
14. **Abridged / re-typed texts**: "APP" for Authorised Professional Practice, "CC's", "dept", "CPD", "BWV", "DA",
    the Everyone's business text cut after the bullets, stems dropped ("agree arrangements with Warwickshire..."),
    typos ("safegaurd", "unconcious"). None of these changes a fact, so none is a conflict.
15. **Not on the HMICFRS list.** Stop and search 2013 rec to chief constables and the College (closed long ago),
    a PEEL efficiency 2015 AFI HMICFRS no longer lists, and the Disproportionate use recommendation addressed to the
    Home Office and NPCC (recorded "for info") -> `not_on_hmicfrs_list`.
16. **Missing from force**: Integrity matters (ref 902), Targeting the risk temporary permits (5633), PEEL
    effectiveness 2016 telephone risk assessments (8793), PEEL 2018/19 skills project (10474).

## Counts

| category | items | truth lines |
|---|---|---|
{chr(10).join(count_lines)}

{total_lines} truth lines: {len(HM)} HMICFRS items, {len(F) - len(non_items)} force item rows.

## Rows that are not items

`hmicfrs.xlsx`:
- `Definitive list!1`: header row.

`tracker.csv`:
{chr(10).join(ni_lines)}
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    f_rows = write_force(os.path.join(OUT, "tracker.csv"))
    lines_out = build_truth(hm_rows, f_rows)
    write_truth(os.path.join(OUT, "truth.csv"), lines_out)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(hm_rows, f_rows, lines_out))


if __name__ == "__main__":
    main()
