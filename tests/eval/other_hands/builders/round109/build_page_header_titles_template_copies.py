"""Build the evaluation case `page_header_titles_template_copies` (round 109, brief C).

Force side: West Mercia Police's Organisational Learning tracker, one sheet per report made
with "Move or Copy > Create a copy" of a Template tab. The report title lives ONLY in the
Page Setup custom header (it prints on every page of the JAC pack); the cells carry a generic
banner. Half the tabs still have Excel's default copy names ("Template (2)"...). The template
was changed in 2019 (HMICFRS ID and closure-date columns added), so older and newer tabs have
different columns. HMICFRS side: an ordinary definitive-list export, one header row.

Deterministic: fixed workbook properties, no randomness. Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "page_header_titles_template_copies"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2022, 3, 7, 9, 0, 0)

D = dt.datetime

# --------------------------------------------------------------------------------------
# Reports (real titles; dates see README)
# --------------------------------------------------------------------------------------
R_EFF15 = "PEEL: Police efficiency 2015 – West Mercia Police"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_DA14 = "Everyone's business: Improving the police response to domestic abuse"
R_EFF16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
R_CDI = "Crime data integrity inspection – West Mercia Police"
R_LEG17 = "PEEL: Police legitimacy 2017"
R_PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
R_DISP21 = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"

PUB = {
    R_SS13: D(2013, 7, 9), R_DA14: D(2014, 3, 27), R_CORE: D(2014, 9, 4),
    R_INTEG: D(2015, 1, 30), R_FIRE: D(2015, 9, 15), R_EFF15: D(2015, 10, 15),
    R_CDI: D(2017, 2, 9), R_EFF16: D(2017, 3, 2), R_LEG17: D(2017, 12, 12),
    R_PEEL19: D(2019, 9, 27), R_DISP21: D(2021, 2, 26),
}
NATIONAL = {R_SS13, R_DA14, R_CORE, R_INTEG, R_FIRE, R_LEG17, R_DISP21}

# --------------------------------------------------------------------------------------
# HMICFRS items: key, id, report, type, text (verbatim public text), status, status date
# --------------------------------------------------------------------------------------
H = [
    # Stop and search 2013
    ("SS1", 1467, R_SS13, "Recommendation",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2015, 6, 18)),
    ("SS2", 1468, R_SS13, "Recommendation",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2015, 6, 18)),
    # Everyone's business 2014
    ("DA14", 2321, R_DA14, "Recommendation",
     "By September 2014, every police force in England and Wales should establish and publish an "
     "action plan that specifies in detail what steps it will take to improve its approach to "
     "domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police "
     "and crime commissioners, domestic abuse support organisations and victims' representatives;\n"
     "  • after close consideration of all the recommendations in this report;\n  • with reference "
     "to all relevant domestic homicide reviews and IPCC findings, whether in connection with the "
     "force in question or another force; and 20\n  • drawing on relevant knowledge acquired or "
     "available from other sources such as CPS scrutiny panels and MARAC self-assessments.The "
     "action plan should be established on the basis of best practice, based on revised relevant "
     "guidance from the College of Policing. To ensure consistency, the College and the national "
     "policing lead on domestic abuse have agreed to provide advice on the areas that each plan "
     "should cover by the end of April 2014.\n\nChief officers in each police force should oversee "
     "and ensure full implementation of these action plans. This should be a personal "
     "responsibility in each case. Police and crime commissioners should hold forces to account "
     "in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new "
     "annual all-force inspection programme. Police and crime commissioners and chief constables "
     "should be called upon to report publicly on progress, as well as to the national oversight "
     "and monitoring group.", "Complete", D(2016, 11, 1)),
    # Core Business 2014
    ("CORE", 4822, R_CORE, "Recommendation",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete", D(2016, 3, 14)),
    # Integrity matters 2015
    ("INTEG", 902, R_INTEG, "Recommendation",
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.",
     "Complete", D(2016, 2, 5)),
    # Targeting the risk 2015
    ("F1", 5317, R_FIRE, "Recommendation",
     "Within three months, all chief constables should assess how well the governance of firearms "
     "licensing in his or her force meets the standards set out in Authorised Professional "
     "Practice. Chief constables of forces where the governance standards are not being complied "
     "with should put in place immediately the correct arrangements and procedures in order to "
     "meet the standards in full.", "Complete", D(2017, 4, 24)),
    ("F2", 5318, R_FIRE, "Recommendation",
     "Within three months, all chief constables should assess the demand placed on their firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an "
     "efficient and effective service at all times.", "Being progressed", D(2019, 1, 10)),
    ("F3", 5319, R_FIRE, "Recommendation",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2020, 7, 2)),
    ("F4", 5320, R_FIRE, "Recommendation",
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2019, 1, 10)),
    # PEEL efficiency 2015
    ("B1", 5861, R_EFF15, "Area for improvement",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public",
     "Complete", D(2017, 11, 9)),
    ("B2", 5862, R_EFF15, "Area for improvement",
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs", "Complete", D(2017, 11, 9)),
    ("B3", 5863, R_EFF15, "Area for improvement",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them.", "Complete", D(2019, 9, 27)),
    # CDI
    ("CDI", 7013, R_CDI, "Recommendation",
     "Within six months the force should put in place arrangements to ensure that:\n• at the "
     "point of report, victims are believed;\n• conversations between the call handlers and "
     "callers are summarised accurately in the incident log, thus providing attending officers "
     "with full facts on which to base crime-recording decisions;\n• multiple crimes are always "
     "recorded when described within incident records or identified as part of other recorded "
     "crime investigations;\n• the practice of awaiting the results of medical examinations or "
     "video interviews before making crime-recording decisions is stopped; and\n• online reports "
     "of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or "
     "the wider public are identified and appropriately managed.",
     "Being progressed", D(2018, 8, 30)),
    # PEEL effectiveness 2016
    ("C_COC_DA", 6620, R_EFF16, "Cause of concern",
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.", "Superseded", D(2019, 9, 27)),
    ("C_DA1", 6621, R_EFF16, "Recommendation",
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "Superseded", D(2019, 9, 27)),
    ("C_DA2", 6622, R_EFF16, "Recommendation",
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.",
     "Superseded", D(2019, 9, 27)),
    ("C_DA3", 6623, R_EFF16, "Recommendation",
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
     "and dealing with domestic abuse in the resolution centre should cease",
     "Complete", D(2018, 6, 21)),
    ("C_COC_MIS", 6624, R_EFF16, "Cause of concern",
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were sometimes "
     "incorrectly assessed at a lower grade. We also found incidents where the risk had not been "
     "identified, even where good information was available on the police database. In some "
     "cases there was information to indicate that children were at risk of sexual exploitation, "
     "but this did not influence the assigned risk and categorisation. Children were incorrectly "
     "graded at a lower level and could have been exposed to an increased risk of harm. This is "
     "an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
     "Complete", D(2018, 6, 21)),
    ("C_MIS", 6625, R_EFF16, "Recommendation",
     "To address this cause of concern the force should immediately review its approach to "
     "reports of missing children and take steps to ensure that:\n• call takers understand and "
     "use the missing and absent category appropriately; • call takers and frontline staff have "
     "the necessary knowledge to identify risk factors associated with child sexual exploitation "
     "and how to respond to such cases; and • supervisors provide the correct oversight of "
     "missing person enquiries and direct appropriate and timely investigative and safeguarding "
     "action", "Being progressed", D(2018, 6, 21)),
    # PEEL legitimacy 2017 (national)
    ("L_COC", 8541, R_LEG17, "Cause of concern",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2017, 12, 12)),
    ("L1", 8542, R_LEG17, "Recommendation",
     "By July 2018, all police forces across England and Wales should be regularly and frequently "
     "monitoring a comprehensive set of data and information on use of stop and search powers to "
     "understand:\n•the reasons for any disproportionate representation of different ethnic "
     "groups in the use of stop and search; •the extent to which find rates differ between people "
     "from different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with local "
     "or force level priorities.", "Being progressed", D(2017, 12, 12)),
    ("L2", 8543, R_LEG17, "Recommendation",
     "Where forces identify disparities through monitoring, they should demonstrate to the public "
     "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
     "for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2017, 12, 12)),
    ("L3", 8544, R_LEG17, "Recommendation",
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", D(2017, 12, 12)),
    ("L4", 8545, R_LEG17, "Recommendation",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2020, 2, 3)),
    # PEEL 2018/19 West Mercia
    ("A_COC1", 9412, R_PEEL19, "Cause of concern",
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative approach "
     "and its approach to safeguarding vulnerable people.", "Being progressed", D(2019, 9, 27)),
    ("A1", 9413, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Being progressed",
     D(2019, 9, 27)),
    ("A2", 9414, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Complete", D(2021, 5, 12)),
    ("A3", 9415, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", "Being progressed",
     D(2019, 9, 27)),
    ("A4", 9416, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
     "Police to secure a smooth transition to its future operating model, ensuring no disruption "
     "to public services; and", "Complete", D(2020, 11, 19)),
    ("A5", 9417, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately:clearly define its new operating model, "
     "ensuring all operational and support services are affordable and fit to protect the "
     "communities of West Mercia;", "Being progressed", D(2019, 9, 27)),
    ("A6", 9418, R_PEEL19, "Recommendation",
     "HMIC recommends that the force should immediately:improve its arrangements both to consult "
     "with the public about business planning and to feed back on changes made to service "
     "delivery as a result of such consultation.", "Being progressed", D(2019, 9, 27)),
    ("A_COC2", 9419, R_PEEL19, "Cause of concern",
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", "Being progressed", D(2019, 9, 27)),
    ("A7", 9420, R_PEEL19, "Recommendation",
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Being progressed", D(2019, 9, 27)),
    ("A8", 9421, R_PEEL19, "Recommendation",
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly enough "
     "to ensure investigations are not delayed;", "Being progressed", D(2019, 9, 27)),
    ("A9", 9422, R_PEEL19, "Recommendation",
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Awaiting review", D(2019, 9, 27)),
    ("A_AFI", 9423, R_PEEL19, "Area for improvement",
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Being progressed", D(2019, 9, 27)),
    # Disproportionate use 2021
    ("D1", 11286, R_DISP21, "Recommendation",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2021, 9, 6)),
    ("D2", 11287, R_DISP21, "Recommendation",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2021, 9, 6)),
    ("D3", 11288, R_DISP21, "Recommendation",
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic stops "
     "and use of force incidents.\nhave a structured process for regularly reviewing and "
     "monitoring internally a sufficient sample of body-worn video footage to identify and "
     "disseminate learning and hold officers to account when behaviour falls below acceptable "
     "standards.\nprovide external scrutiny panel members with access to samples of body-worn "
     "video footage showing stop and search encounters and use of force incidents, taking "
     "account of the safeguards in the College of Policing’s Authorised Professional Practice.",
     "Awaiting review", D(2021, 2, 26)),
    ("D4", 11289, R_DISP21, "Recommendation",
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.", "Awaiting review",
     D(2021, 2, 26)),
]

# --------------------------------------------------------------------------------------
# Force tracker. Two template generations.
# --------------------------------------------------------------------------------------
OLD_COLS = ["No.", "Type", "Recommendation / AFI", "Lead", "Progress update", "RAG",
            "Target date"]
NEW_COLS = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "Progress update",
            "Status (RAG)", "Target date", "Date submitted for closure"]

RAG_KEY = ("RAG key:  RED – beyond deadline / not progressing (rationale required)   AMBER – "
           "work ongoing, expected to be delivered   GREEN – complete, evidence held / "
           "submitted to HMICFRS for closure   WHITE – not for West Mercia to deliver   GREY – "
           "closed / superseded")

# Row tuples. Kinds:
#   ("item", key_or_None, category, why, fields-dict)
#   ("blank", reason)   ("note", text, reason)
def it(key, cat, why, **f):
    return ("item", key, cat, why, f)


SHEETS = []  # (name, layout, header_title, last_updated_text, rows)

SHEETS.append(("Template (2)", "old", R_EFF15 + " (published October 2015)",
               "Last updated: 11/01/2022", [
    it("B1", "in_sync", "HMICFRS Complete; force GREY (closed). Closed on both.",
       no=1, type="AFI",
       text="The force should undertake further work to gain a fuller understanding of current "
            "demand for its services, and likely future changes in demand. This is so it can "
            "make best use of its resources by matching them to demand to meet the needs of the "
            "public",
       lead="Head of Strategic Planning",
       upd="Superseded by Force Management Statement (FMS1, 2018) and annual demand review. "
           "Closed.", rag="GREY", target=D(2016, 3, 31)),
    it("B2", "in_sync", "HMICFRS Complete; force GREEN. Closed / done on both.",
       no=2, type="AFI",
       text="The force should develop its understanding of the links between its outcomes, "
            "outputs and costs",
       lead="Director of Finance",
       upd="Priority based budgeting completed 2016/17. Evidence sent to HMIC 03/2017.",
       rag="GREEN", target=D(2016, 9, 30)),
    it("B3", "closeable_local",
       "HMICFRS Complete (27/09/2019); force still AMBER. Force closes its own entry.",
       no=3, type="AFI",
       text="Develop a future workforce plan aligned w/ overall demand and budget - to include "
            "future resource allocations, the mix of skills req'd by the workforce and "
            "behaviours expected",
       lead="Head of HR",
       upd="Workforce plan to be refreshed post-alliance (see PEEL 18/19 tab, skills rec). "
           "Draft to COG Apr 22.", rag="AMBER", target="Apr-22"),
]))

SHEETS.append(("Template (3)", "old",
               "Targeting the risk – firearms licensing (HMIC national, Sept 2015)",
               "Last updated: 11/01/2022", [
    it("F1", "in_sync", "HMICFRS Complete; force GREEN.",
       no=1, type="Nat Rec",
       text="Within three months, all chief constables should assess how well the governance of "
            "firearms licensing in his or her force meets the standards set out in Authorised "
            "Professional Practice. Chief constables of forces where the governance standards are "
            "not being complied with should put in place immediately the correct arrangements and "
            "procedures in order to meet the standards in full.",
       lead="Ch Insp Firearms Licensing",
       upd="Governance review v APP done Dec 2015. Gold group stood down.", rag="GREEN",
       target=D(2015, 12, 15)),
    it("F2", "closeable_submit",
       "HMICFRS Being progressed; force Green (review done, extra FEOs recruited, 'ready to "
       "submit'). Submit for closure.",
       no=2, type="Nat Rec",
       text="Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.",
       lead="Ch Insp Firearms Licensing",
       upd="FLU demand review completed 2016; 3 additional FEOs recruited 2021 after alliance "
           "split. Renewals backlog cleared. Ready to submit.", rag="Green",
       target=D(2016, 1, 31)),
    it("F3", "closeable_local", "HMICFRS Complete (02/07/2020); force AMBER.",
       no=3, type="Nat Rec",
       text="Immediately, all chief constables should satisfy themselves that all appropriate "
            "action is being taken by their force with regard to 'total expired' licensing "
            "records.",
       lead="Ch Insp Firearms Licensing",
       upd="Total expired list reviewed monthly. 12 records o/s with Shotgun/FAC enquiry team.",
       rag="AMBER", target="Ongoing"),
    ("blank", "blank row left after a row was deleted"),
]))

SHEETS.append(("Nat thematic", "old",
               "National thematic inspections – recommendations for all forces",
               "Last updated: 02/2020", [
    it("CORE", "in_sync", "HMICFRS Complete; force GREY 'Closed'. Report only in the text prefix.",
       no=1, type="Nat Rec",
       text="Core Business (2014) - Not later than 31 March 2015 those forces using a threat, "
            "harm and risk policy, that have not yet done so, should provide call-handlers with "
            "specific, sound and comprehensible criteria against which they can assess threat, "
            "harm and risk.",
       lead="Supt OCC", upd="THRIVE+ embedded in OCC. Closed.", rag="GREY – closed",
       target=D(2015, 3, 31)),
    it("INTEG", "conflict",
       "Deadline differs: HMICFRS 'By 31 August 2015', force 'By 31 August 2016' (text otherwise "
       "identical). Both sides closed/done.",
       no=2, type="Nat Rec",
       text="Integrity Matters (2015) - By 31 August 2016, all chief constables should satisfy "
            "themselves that they have processes in place to ensure that investigations into "
            "misconduct by officers and staff resulting in \"no further action\" are fair and "
            "free of any form of discrimination.",
       lead="Supt PSD", upd="Dip sample of NFA misconduct outcomes by PSD + staff associations "
                           "annually.", rag="GREEN", target=D(2016, 8, 31)),
    it("SS1", "in_sync",
       "HMICFRS Complete; force WHITE (for the College of Policing to deliver) = done.",
       no=3, type="Nat Rec",
       text="S&S 2013 rec 1 - Chief Constables and the College of Policing should establish in "
            "the Stop and Search APP a clear specification of what constitutes the effective and "
            "fair exercise of stop and search powers, and guidance in this respect. This should "
            "be compliant with the Code of Practice.",
       lead="Ch Insp Stop Search lead",
       upd="College of Policing lead - APP published. Nothing for WMP.", rag="WHITE",
       target="n/a"),
    it("SS2", "in_sync", "HMICFRS Complete; force GREEN.",
       no=4, type="Nat Rec",
       text="S&S 2013 rec 2 - Chief Constables should establish or improve monitoring of the way "
            "officers stop and search people, so that they can be satisfied their officers are "
            "acting in accordance with the law (including equality legislation and the Code of "
            "Practice), and that the power is used effectively to prevent crime, catch criminals "
            "and maintain public trust.",
       lead="Ch Insp Stop Search lead",
       upd="Stop search scrutiny panel + monthly dip sample of grounds. BUSSS compliant.",
       rag="GREEN", target=D(2014, 10, 31)),
]))

SHEETS.append(("PEEL Eff 16", "old",
               R_EFF16 + " – causes of concern (published March 2017)",
               "Last updated: 24/02/2022", [
    it("C_COC_DA", "closeable_local",
       "HMICFRS Superseded (27/09/2019); force AMBER. HMICFRS has closed it; force closes its entry.",
       no=1, type="CoC",
       text="The force's current approach to domestic abuse is unacceptable. The proportion of "
            "victims who fail to support the investigation and the low use of police powers of "
            "arrest and prosecution is a cause of concern to HMIC.",
       lead="D/Supt PVP",
       upd="DA improvement plan – see DA Gold minutes. Arrest rate 41% (Jan 22).",
       rag="AMBER", target="Mar-22"),
    it("C_DA1", "closeable_local", "HMICFRS Superseded; force AMBER.",
       no=2, type="Rec",
       text="...the force should immediately consider ways of increasing the use of arrest, "
            "ancillary orders and other available powers.",
       lead="D/Supt PVP", upd="DVPN/DVPO use up 30%. Positive action audit quarterly.",
       rag="AMBER", target="Mar-22"),
    it("C_DA2", "in_sync", "HMICFRS Superseded (closed); force GREEN (done).",
       no=3, type="Rec",
       text="Take steps to understand and address the reason behind why such a high proportion "
            "of victims of DA do not support the police investigation.",
       lead="D/Supt PVP", upd="Victim survey + evidence-led prosecution guidance issued.",
       rag="GREEN", target=D(2017, 9, 30)),
    it("C_DA3", "in_sync", "HMICFRS Complete; force GREEN.",
       no=4, type="Rec",
       text="In addition, the practice of conducting domestic abuse risk assessments over the "
            "telephone and dealing with domestic abuse in the resolution centre should cease",
       lead="Supt OCC", upd="Ceased 05/2017. Resolution centre DA policy withdrawn.",
       rag="GREEN", target=D(2017, 5, 31)),
    it("DA14", "conflict",
       "Report differs: the 2014 national 'Everyone's business' recommendation is filed on the "
       "PEEL effectiveness 2016 tab (numbered 4a, added when the DA plan was refreshed). Status "
       "agrees (HMICFRS Complete, force GREEN).",
       no="4a", type="Rec",
       text="By September 2014, every police force in England and Wales should establish and "
            "publish an action plan that specifies in detail what steps it will take to improve "
            "its approach to domestic abuse. (developed with PCC, DA support orgs and victims "
            "reps; chief officer personal responsibility - see report for full text)",
       lead="D/Supt PVP", upd="DA action plan published 09/2014, refreshed 2017 in response to "
                             "CoC above.", rag="GREEN", target=D(2014, 9, 30)),
    ("blank", "blank separator row between the domestic abuse and missing children groups"),
    it("C_COC_MIS", "in_sync", "HMICFRS Complete; force GREEN. Text abridged by the force.",
       no=5, type="CoC",
       text="The force's response to missing and absent children is a cause of concern to HMIC. "
            "HMIC found that the assessment of risk for children who go missing from home was "
            "inappropriate in some cases…  Children were incorrectly graded at a lower level and "
            "could have been exposed to an increased risk of harm.",
       lead="D/Supt PVP", upd="Missing Persons Unit established. Audit 2018 – 96% correctly "
                             "graded.", rag="GREEN", target=D(2017, 9, 30)),
    it("C_MIS", "in_sync",
       "Split row (bullet 1 of 3). Item: HMICFRS Being progressed; force parts GREEN, GREEN, "
       "AMBER so the force item is still open. Open on both.",
       no="6a", type="Rec",
       text="Review approach to reports of missing children and ensure that call takers "
            "understand and use the missing and absent category appropriately",
       lead="Supt OCC", upd="'Absent' category removed from STORM 2018 in line with APP.",
       rag="GREEN", target=D(2017, 6, 30)),
    it("C_MIS", "in_sync", "Split row (bullet 2 of 3) of the same recommendation; see 6a.",
       no="6b", type="Rec",
       text="call takers and frontline staff have the necessary knowledge to identify risk "
            "factors associated with CSE and how to respond to such cases",
       lead="D/Supt PVP", upd="CSE input delivered to all OCC + response staff (94%).",
       rag="GREEN", target=D(2017, 12, 31)),
    it("C_MIS", "in_sync", "Split row (bullet 3 of 3); AMBER keeps the force item open.",
       no="6c", type="Rec",
       text="supervisors provide the correct oversight of missing person enquiries and direct "
            "appropriate and timely investigative and safeguarding action",
       lead="D/Supt PVP", upd="Supervisory review compliance 71% (Jan 22) – target 90%.",
       rag="AMBER", target="Q1 22/23"),
]))

SHEETS.append(("Template (5)", "old",
               "Crime data integrity – West Mercia Police (HMIC)",
               "Last updated: 24/02/2022", [
    it("CDI", "conflict",
       "Split row (bullet i of the force's 4). The recommendation has 5 bullets; the force has no "
       "row for the fifth (online reports triaged at the point of receipt). Missing bullet = "
       "conflict, even though all 4 force rows are GREEN and HMICFRS has it open.",
       no="1 (i)", type="Rec",
       text="Within 6 months - arrangements to ensure that at the point of report, victims are "
            "believed",
       lead="Force Crime Registrar", upd="Victim believed ethos in OCC training. Audited.",
       rag="GREEN", target=D(2017, 8, 9)),
    it("CDI", "conflict", "Split row (bullet ii) of the CDI recommendation; see 1 (i).",
       no="1 (ii)", type="Rec",
       text="conversations between call handlers and callers are summarised accurately in the "
            "incident log, thus providing attending officers with full facts on which to base "
            "crime-recording decisions",
       lead="Supt OCC", upd="Incident log QA by OCC supervisors.", rag="GREEN",
       target=D(2017, 8, 9)),
    it("CDI", "conflict", "Split row (bullet iii) of the CDI recommendation; see 1 (i).",
       no="1 (iii)", type="Rec",
       text="multiple crimes are always recorded when described within incident records or "
            "identified as part of other recorded crime investigations",
       lead="Force Crime Registrar", upd="FCR audit Q3 21/22 – 93% compliance.",
       rag="GREEN", target=D(2017, 8, 9)),
    it("CDI", "conflict", "Split row (bullet iv) of the CDI recommendation; see 1 (i).",
       no="1 (iv)", type="Rec",
       text="the practice of awaiting the results of medical examinations or video interviews "
            "before making crime recording decisions is stopped",
       lead="Force Crime Registrar", upd="Briefed to PVP + CID. Stopped.", rag="GREEN",
       target=D(2017, 8, 9)),
    ("blank", "blank row"),
    ("note", "NB HMIC grouped these as one recommendation – split out by OL team so each part has "
             "an owner.", "note row under the table"),
]))

SHEETS.append(("Legit 17", "old",
               R_LEG17 + " – national (stop and search)",
               "Last updated: 24/02/2022", [
    it("L_COC", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=1, type="CoC",
       text="HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
            "and search powers is consistently reasonable and fair. In particular, there is "
            "over-representation of BAME people, and black people in particular, in stop and "
            "search data which many forces are unable to explain.",
       lead="ACC Local Policing", upd="Disproportionality 3.1 (Black v White) – see S&S board.",
       rag="AMBER", target="Ongoing"),
    it("L1", "closeable_submit",
       "Split row (bullet 1 of 3). All three force parts GREEN; HMICFRS Being progressed. Submit.",
       no="2a", type="Rec",
       text="By July 2018 forces should be regularly and frequently monitoring a comprehensive set "
            "of data on S&S to understand the reasons for any disproportionate representation of "
            "different ethnic groups in the use of stop and search",
       lead="Ch Insp Stop Search lead", upd="Power BI S&S dashboard live 06/2018.",
       rag="GREEN", target=D(2018, 7, 31)),
    it("L1", "closeable_submit", "Split row (bullet 2 of 3); see 2a.",
       no="2b", type="Rec",
       text="...the extent to which find rates differ between people from different ethnicities, "
            "and across different types of searches (incl. separate identification of find rates "
            "for drug possession and supply-type offences)",
       lead="Ch Insp Stop Search lead", upd="Find rates by ethnicity + search type on dashboard.",
       rag="GREEN", target=D(2018, 7, 31)),
    it("L1", "closeable_submit", "Split row (bullet 3 of 3); see 2a.",
       no="2c", type="Rec",
       text="...the prevalence of possession-only drug searches, and the extent to which these "
            "align with local or force level priorities",
       lead="Ch Insp Stop Search lead", upd="Possession only searches reported to S&S board qtrly.",
       rag="GREEN", target=D(2018, 7, 31)),
    it("L2", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=3, type="Rec",
       text="Where forces identify disparities through monitoring, demonstrate to the public that "
            "they have carried out research and analysis to understand the reasons for the "
            "disparity, and taken action to reduce the disparity where necessary",
       lead="ACC Local Policing",
       upd="Academic partnership (Worcester Uni) on disparity – report due summer 22.",
       rag="AMBER", target=D(2022, 7, 31)),
    it("L3", "closeable_submit",
       "HMICFRS Being progressed; force GREEN (annual publication since 2018). Submit.",
       no=4, type="Rec",
       text="Publish analysis + actions taken at least annually, from July 2018",
       lead="Ch Insp Stop Search lead",
       upd="Annual S&S report published on website 2018, 2019, 2020, 2021.", rag="GREEN",
       target=D(2018, 7, 31)),
    it("L4", "in_sync", "HMICFRS Complete; force GREEN.",
       no=5, type="Rec",
       text="By July 2018, and ongoing following that date, forces should ensure that all officers "
            "who use stop and search powers have been provided with, and understand, training on "
            "unconscious bias and College of Policing APP on stop and search.",
       lead="Head of L&D", upd="Unconscious bias + APP module mandatory. 97% completion.",
       rag="GREEN", target=D(2018, 7, 31)),
]))

SHEETS.append(("Template (7)", "new",
               R_PEEL19 + " (published 27/09/2019)",
               "Last updated: 03/03/2022", [
    it("A_COC1", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=1, hid="9412", type="CoC",
       text="The force does not have suitable arrangements in place to make sure it can maintain "
            "the full range of public services when its alliance with Warwickshire Police ends. "
            "There are gaps in its workforce skills assessment, and weaknesses in both its "
            "investigative approach and its approach to safeguarding vulnerable people.",
       lead="DCC", upd="Post-alliance delivery board. All recs below to be closed before CoC "
                       "closure request.", rag="AMBER", target="Jun-22", sub=None),
    it("A1", "closeable_submit",
       "HMICFRS Being progressed; force GREEN, submitted for closure 14/10/2020. Submit / chase.",
       no=1.1, hid="9413", type="Rec",
       text="Conduct a review of officers' capabilities and capacity to manage their "
            "investigative workload, to better understand investigative demand and the pressures "
            "placed upon them",
       lead="D/Supt Investigations",
       upd="Investigative workload review completed 06/2020 (Crime Allocation Policy v3). "
           "Evidence pack sent to FLL.", rag="GREEN", target=D(2020, 3, 31),
       sub=D(2020, 10, 14)),
    it("A2", "in_sync", "HMICFRS Complete; force GREEN.",
       no=1.2, hid="9414", type="Rec",
       text="Conduct a review, involving its partners, of the approach to vulnerability to better "
            "safeguard vulnerable people.",
       lead="D/Supt PVP", upd="Vulnerability review with LSCPs/SABs complete. HMICFRS closed "
                             "05/21 – move to GREY at next refresh.", rag="GREEN",
       target=D(2020, 3, 31), sub=D(2021, 1, 22)),
    it("A3", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=1.3, hid="9415", type="Rec",
       text="Expand the skills project work to include an assessment of all skills, not only "
            "operational, including potential future skills requirements. This assessment should "
            "inform workforce plans",
       lead="Head of HR", upd="Skills audit phase 2 (police staff) delayed by Oracle Fusion "
                             "go-live.", rag="AMBER", target="Sep-22", sub=None),
    it("A4", "closeable_local",
       "HMICFRS Complete (19/11/2020); force AMBER (residual collaboration agreements). Force "
       "closes its entry or re-raises residual work outside the tracker.",
       no=1.4, hid="9416", type="Rec",
       text="Agree arrangements with Warwickshire Police to secure a smooth transition to its "
            "future operating model, ensuring no disruption to public services",
       lead="DCC", upd="Alliance ended 01/10/2019. s22A agreements for remaining shared services "
                       "(ICT, firearms licensing) still being negotiated.", rag="AMBER",
       target=D(2019, 10, 1), sub=None),
    it("A5", "conflict",
       "Reference differs: force ID 9471, HMICFRS ID 9417 (digits transposed; 9471 is not on the "
       "list). Text is the same recommendation. Status agrees (open both: Amber/Green is not done).",
       no=1.5, hid="9471", type="Rec",
       text="Clearly define its new operating model, ensuring all operational and support "
            "services are affordable and fit to protect the communities of West Mercia",
       lead="Director of Commercial Services",
       upd="Target operating model agreed; support services costed, 2 of 5 business cases "
           "outstanding.", rag="Amber/Green", target="Jun-22", sub=None),
    it("A6", "closeable_submit",
       "HMICFRS Being progressed; force GREEN, submitted 26/02/2021.",
       no=1.6, hid="9418", type="Rec",
       text="Improve its arrangements both to consult with the public about business planning and "
            "to feed back on changes made to service delivery as a result of such consultation.",
       lead="Head of Corporate Comms",
       upd="Engagement strategy approved COG 12/2020. 'You said, we did' published quarterly.",
       rag="GREEN", target=D(2020, 12, 31), sub=D(2021, 2, 26)),
    ("blank", "blank separator row between the two causes of concern"),
    it("A_COC2", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=2, hid="9419", type="CoC",
       text="The force does not have the capacity or capability to investigate crime effectively "
            "and this is affecting the service being provided to the public. There are failings "
            "in the way that crimes are being investigated.",
       lead="ACC Crime", upd="Investigation standards programme (ISP) – see ISP highlight report.",
       rag="AMBER", target="Sep-22", sub=None),
    it("A7", "conflict",
       "Timescale differs: HMICFRS 'within six months', force 'Within twelve months' (and its "
       "target date is 12 months after publication). Status agrees (open both).",
       no=2.1, hid="9420", type="Rec",
       text="Within twelve months the force should: ensure regular and active supervision of the "
            "quality and progress of investigations. This supervision should be properly recorded;",
       lead="ACC Crime", upd="Supervisory review template on Athena; compliance 78%.",
       rag="AMBER", target=D(2020, 9, 27), sub=None),
    it("A8", "in_sync", "HMICFRS Being progressed; force RED (open).",
       no=2.2, hid="9421", type="Rec",
       text="Improve ability to retrieve digital evidence from mobile phones, computers and other "
            "electronic devices quickly enough to ensure investigations are not delayed",
       lead="Head of Digital Forensics",
       upd="DFU backlog 1,140 devices (Feb 22). Kiosk roll-out paused – funding.", rag="RED",
       target=D(2020, 3, 27), sub=None),
    it("A_AFI", "conflict",
       "Type differs: HMICFRS Area for improvement, force 'Rec'. Status agrees (open both).",
       no=3, hid="9423", type="Rec",
       text="The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.",
       lead="Athena Business Lead", upd="Athena case file housekeeping project – phase 1 done.",
       rag="AMBER", target="Dec-22", sub=None),
    ("blank", "blank row"),
    ("note", "Rec 2.3 (RUI / bail) – awaiting owner. Raised at COG 14/02/22.",
     "note row (mentions the RUI/bail recommendation, which has no item row)"),
]))

SHEETS.append(("Template (8)", "new",
               "Disproportionate use of police powers – S&S and use of force (Feb 2021)",
               "Last updated: 03/03/2022", [
    it("D1", "in_sync", "HMICFRS Being progressed; force AMBER.",
       no=1, hid="11286", type="Nat Rec",
       text="By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict management "
            "and de-escalation.",
       lead="Head of L&D", upd="Comms skills in PST refresher from 04/22.", rag="AMBER",
       target=D(2022, 7, 31), sub=None),
    it("D2", "in_sync", "HMICFRS Being progressed; force RED (overdue, open).",
       no=2, hid="11287", type="Nat Rec",
       text="By July 2021 - comms skills reinforced as part of CPD for officers & staff; "
            "supervisors supported to routinely and frequently debrief officers on these skills "
            "using BWV footage",
       lead="Head of L&D", upd="Overdue. BWV debrief guidance drafted, not yet launched.",
       rag="RED", target=D(2021, 7, 31), sub=None),
    it("D3", "in_sync",
       "No ID on the force row; text is the full BWV recommendation. HMICFRS Awaiting review "
       "(open); force AMBER.",
       no=3, hid=None, type="Nat Rec",
       text="By September 2021, forces should:\n- ensure that officers record on body-worn video "
            "(when this is available) the entirety of all stop and search encounters, including "
            "traffic stops and use of force incidents.\n- have a structured process for regularly "
            "reviewing and monitoring internally a sufficient sample of body-worn video footage to "
            "identify and disseminate learning and hold officers to account when behaviour falls "
            "below acceptable standards.\n- provide external scrutiny panel members with access to "
            "samples of body-worn video footage showing stop and search encounters and use of "
            "force incidents, taking account of the safeguards in the College of Policing's "
            "Authorised Professional Practice.",
       lead="Ch Insp Stop Search lead",
       upd="BWV mandatory for S&S in policy. Panel BWV viewing started 11/21; internal review "
           "sample not yet agreed.", rag="AMBER", target=D(2021, 9, 30), sub=None),
    it(None, "not_on_hmicfrs_list",
       "Recommendation addressed to the Home Office and NPCC, not to forces; HMICFRS does not "
       "list it against West Mercia. Force tracks it WHITE for information.",
       no=4, hid=None, type="Nat Rec",
       text="The Home Office and the NPCC should take steps to ensure that the quality of the data "
            "collected on the number of incidents where force has been used to effect a stop and "
            "search is sufficient for publication. The Home Office should publish this data as "
            "soon as possible.",
       lead="n/a", upd="For HO / NPCC - no action for WMP. Kept for info.", rag="WHITE",
       target="n/a", sub=None),
]))

SHEETS.append(("Other forces", "new",
               "Learning from other forces' inspections (for information – not WMP recs)",
               "Last updated: 15/12/2021", [
    it(None, "not_on_hmicfrs_list",
       "Learning taken from Bedfordshire Police's national child protection inspection; not a "
       "West Mercia recommendation.",
       no=1, hid=None, type="Learning",
       text="Bedfordshire NCPI (2017) - Within six months Bedfordshire Police should, in "
            "conjunction with children's social care services, review how it manages the "
            "detention of children. As a minimum it should: ensure that all children are only "
            "detained when absolutely necessary and for the absolute minimum amount of time; "
            "(+4 further bullets - custody)",
       lead="Supt Custody", upd="Custody to self-assess against Beds recs – report to Custody "
                               "Board.", rag="AMBER", target="Mar-22", sub=None),
    it(None, "not_on_hmicfrs_list",
       "Learning taken from a West Midlands Police vetting inspection; not a West Mercia "
       "recommendation.",
       no=2, hid=None, type="Learning",
       text="WMP vetting (2019) - The force should ensure all staff have received at least the "
            "lowest level of vetting clearance for their roles as quickly as possible, working to "
            "clear both the vetting backlog and new vetting renewals when they become due so that "
            "it complies fully with the national vetting guidelines.",
       lead="Head of Vetting", upd="Self-assessed. Our renewals backlog cleared 12/2020.",
       rag="GREEN", target=D(2020, 12, 31), sub=None),
]))

SHEETS.append(("Template", "new", "[Report title – Page Layout > Header]",
               "Last updated: dd/mm/yyyy", [
    ("example", "template example row (placeholder text, not an item)"),
]))

RAG_FILL = {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#00B050", "WHITE": "#FFFFFF",
            "GREY": "#BFBFBF", "AMBER/GREEN": "#C4D79B"}


def rag_colour(v):
    u = v.upper()
    for k in ("AMBER/GREEN", "GREY", "WHITE", "GREEN", "AMBER", "RED"):
        if u.startswith(k):
            return RAG_FILL[k]
    return None


def hdr_escape(s):
    return s.replace("&", "&&")


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Definitive List")
    bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True,
                          "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Recommendation ID", "Force", "Inspection", "Report Type", "Publication Date",
            "Type", "Recommendation", "Status", "Status Date"]
    widths = [12, 18, 45, 16, 12, 18, 90, 16, 12]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(0, c, h, bold)
        ws.set_column(c, c, w)
    order = sorted(H, key=lambda r: (PUB[r[2]], r[2], r[1]))
    rows = {}
    for i, (key, rid, rep, typ, text, st, sd) in enumerate(order, start=1):
        ws.write_number(i, 0, rid, wrap)
        ws.write(i, 1, "West Mercia Police", wrap)
        ws.write(i, 2, rep, wrap)
        ws.write(i, 3, "National thematic" if rep in NATIONAL else "Force inspection", wrap)
        ws.write_datetime(i, 4, PUB[rep], datef)
        ws.write(i, 5, typ, wrap)
        ws.write(i, 6, text, wrap)
        ws.write(i, 7, st, wrap)
        ws.write_datetime(i, 8, sd, datef)
        rows[key] = i + 1
    ws.autofilter(0, 0, len(order), len(cols) - 1)
    ws.freeze_panes(1, 0)
    wb.close()
    return rows, order


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "OL Team",
                       "company": "West Mercia Police", "created": FIXED,
                       "keywords": "OFFICIAL"})
    f_off = wb.add_format({"bold": True, "font_color": "#C00000"})
    f_banner = wb.add_format({"bold": True, "font_size": 14})
    f_upd = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "border": 1, "text_wrap": True, "valign": "top"})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                            "align": "left"})
    f_note = wb.add_format({"italic": True, "font_size": 9})
    f_example = wb.add_format({"italic": True, "font_color": "#808080", "text_wrap": True,
                               "valign": "top", "border": 1})
    rag_fmts = {}

    def rag_fmt(v):
        col = rag_colour(v)
        if col not in rag_fmts:
            props = {"text_wrap": True, "valign": "top", "border": 1, "bold": True}
            if col:
                props["bg_color"] = col
            rag_fmts[col] = wb.add_format(props)
        return rag_fmts[col]

    truth_rows = []   # (sheet, excel_row, key, cat, why)
    nonitems = []     # (sheet, excel_row, what)
    for name, layout, title, updated, rows in SHEETS:
        ws = wb.add_worksheet(name)
        cols = OLD_COLS if layout == "old" else NEW_COLS
        ws.set_header("&L&\"Arial,Bold\"OFFICIAL&C&\"Arial,Bold\"&12" + hdr_escape(title)
                      + "&R&8Printed &D")
        ws.set_footer("&L&8&F  [&A]&RPage &P of &N")
        ws.set_landscape()
        ws.set_paper(8)  # A3
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(4)
        ws.write(0, 0, "OFFICIAL", f_off)
        ws.write(1, 0, "West Mercia Police – HMICFRS Recommendations Tracker", f_banner)
        ws.write(2, 0, updated, f_upd)
        nonitems += [(name, 1, "protective marking 'OFFICIAL'"),
                     (name, 2, "banner 'West Mercia Police – HMICFRS Recommendations Tracker'"),
                     (name, 3, "'Last updated' line"),
                     (name, 4, "blank row above the header"),
                     (name, 5, "column header row")]
        for c, h in enumerate(cols):
            ws.write(4, c, h, f_head)
        if layout == "old":
            widths = [7, 9, 70, 22, 50, 12, 12]
        else:
            widths = [7, 11, 9, 70, 22, 50, 12, 12, 14]
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        ws.freeze_panes(5, 0)
        r = 5
        for row in rows:
            excel_row = r + 1
            kind = row[0]
            if kind == "blank":
                nonitems.append((name, excel_row, row[1]))
            elif kind == "note":
                ws.write(r, 0, row[1], f_note)
                nonitems.append((name, excel_row, row[2] + ": '" + row[1] + "'"))
            elif kind == "example":
                vals = ["e.g. 1", "", "AFI", "e.g. The force should … (paste text from report)",
                        "Rank / role", "Short update – what, when, evidence", "AMBER",
                        "dd/mm/yyyy", ""]
                for c, v in enumerate(vals):
                    ws.write(r, c, v, f_example)
                nonitems.append((name, excel_row, row[1]))
            else:
                _, key, cat, why, f = row
                vals = []
                if layout == "old":
                    vals = [f["no"], f["type"], f["text"], f["lead"], f["upd"], f["rag"],
                            f["target"]]
                else:
                    vals = [f["no"], f["hid"], f["type"], f["text"], f["lead"], f["upd"],
                            f["rag"], f["target"], f["sub"]]
                for c, v in enumerate(vals):
                    is_rag = (cols[c] in ("RAG", "Status (RAG)"))
                    if v is None:
                        ws.write_blank(r, c, None, f_wrap)
                    elif isinstance(v, dt.datetime):
                        ws.write_datetime(r, c, v, f_date)
                    elif isinstance(v, (int, float)):
                        ws.write_number(r, c, v, f_wrap)
                    else:
                        ws.write_string(r, c, v, rag_fmt(v) if is_rag else f_wrap)
                truth_rows.append((name, excel_row, key, cat, why))
            r += 1
        # key row under every table (after one blank row)
        nonitems.append((name, r + 1, "blank row above the RAG key"))
        ws.write(r + 1, 0, RAG_KEY, f_note)
        nonitems.append((name, r + 2, "RAG key note row"))
        ws.autofilter(4, 0, r - 1, len(cols) - 1)
    wb.close()
    return truth_rows, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, horder = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    truth_rows, nonitems = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    hcat = {}
    lines = []
    for sheet, row, key, cat, why in truth_rows:
        if key is not None:
            prev = hcat.setdefault(key, cat)
            assert prev == cat, (key, prev, cat)
        lines.append((f"Definitive List!{hrows[key]}" if key else "", f"{sheet}!{row}", cat, why))
    missing_why = {
        "A9": "PEEL 2018/19 recommendation on suspects released under investigation / bail: no "
              "item row in the tracker (only a note under the table saying it awaits an owner). "
              "HMICFRS Awaiting review.",
        "F4": "Firearms licensing recommendation on temporary permits: the firearms tab has only "
              "three rows (1-3). HMICFRS Being progressed.",
        "D4": "Disproportionate use 2021 recommendation on internal monitoring of use of force: "
              "not on the force's tab. HMICFRS Awaiting review.",
    }
    for key in [r[0] for r in horder]:
        if key not in hcat:
            assert key in missing_why, key
            lines.append((f"Definitive List!{hrows[key]}", "", "missing_from_force",
                          missing_why[key]))
            hcat[key] = "missing_from_force"
    assert set(hcat) == {r[0] for r in H}

    def sort_key(l):
        h = int(l[0].split("!")[1]) if l[0] else 10**6
        return (h, l[1])
    lines.sort(key=sort_key)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for l in lines:
            w.writerow(l)

    # counts
    from collections import Counter
    item_counts = Counter(hcat.values())
    item_counts["not_on_hmicfrs_list"] = sum(1 for l in lines if l[2] == "not_on_hmicfrs_list")
    line_counts = Counter(l[2] for l in lines)
    write_readme(item_counts, line_counts, nonitems, len(truth_rows))


README_HEAD = """# page_header_titles_template_copies

## The story

West Mercia Police's Organisational Learning (OL) team has kept its HMICFRS tracker in one
workbook since 2015. Every time a report lands, the analyst right-clicks the `Template` tab,
chooses *Move or Copy > Create a copy*, and types the report's name into **Page Setup > Custom
Header** so that it prints at the top of every page of the Joint Audit Committee (JAC) pack.
The report's name is never typed into a cell. The cells in rows 1-3 are the same on every tab:
the `OFFICIAL` protective marking, the banner "West Mercia Police – HMICFRS Recommendations
Tracker", and a "Last updated" line. Some tabs were later renamed ("Nat thematic", "PEEL Eff 16",
"Legit 17", "Other forces"). The rest still have Excel's copy names: `Template (2)`,
`Template (3)`, `Template (5)`, `Template (7)`, `Template (8)`. The gaps in the numbering are
the copies that were renamed. In 2019, for the PEEL 2018/19 report, the template itself was
changed: an `HMICFRS ID` column and a `Date submitted for closure` column were added and `RAG`
became `Status (RAG)`. Tabs copied before then keep the old seven columns. The `Template` tab
(last) still holds its greyed example row.

In March 2022, before the JAC, HMICFRS sends the force its definitive list (40 items). The analyst
has to reconcile the two.

## Files

### `hmicfrs.xlsx`: sheet `Definitive List` (an ordinary export)
- Row 1 is the header: `Recommendation ID` (a plain integer, unique across the register, no
  prefix), `Force`, `Inspection` (report title), `Report Type` (Force inspection / National
  thematic), `Publication Date` (dd/mm/yyyy date cell), `Type` (Recommendation / Area for
  improvement / Cause of concern), `Recommendation` (verbatim text, with the bullets and line
  breaks as published), `Status`, `Status Date`.
- Rows 2-41 are the 40 items, sorted by publication date, then report, then ID. There are no
  other rows.
- Status: `Awaiting review` and `Being progressed` mean **open**; `Complete` and `Superseded`
  mean **closed**. These are the register's own slugs, written as words.

### `tracker.xlsx`: West Mercia OL tracker, 10 sheets
On every sheet, rows 1-4 are the marking, the banner, the "Last updated" line and a blank row.
**Row 5 is the header** (it is set to repeat on every printed page). Items start at row 6. Under
each table there is one blank row and then the RAG key note.

**The report title exists only in the page header** (centre section, `&C`). Open
*Page Layout* view, or read `worksheet.oddHeader.center.text` in openpyxl:

| Tab | Columns | Page-header centre text (as Excel shows it) | Report(s) on the tab | Item rows |
|---|---|---|---|---|
"""

README_TAIL = """
The header text is the OL team's own wording, not the register's title (for example
"Targeting the risk – firearms licensing (HMIC national, Sept 2015)"). In the file it is stored
in Excel's header code, so a literal `&` is written `&&` (`S&&S` on `Template (8)`), and the text
is preceded by the codes `&"Arial,Bold"&12`. The left section holds `OFFICIAL` and the right
section `Printed &D`. The footer holds `&F  [&A]` and `Page &P of &N`.

Old layout (7 columns): `No.` · `Type` · `Recommendation / AFI` · `Lead` · `Progress update` ·
`RAG` · `Target date`.
New layout (9 columns, from 2019): `No.` · `HMICFRS ID` · `Type` · `Recommendation / AFI` ·
`Lead` · `Progress update` · `Status (RAG)` · `Target date` · `Date submitted for closure`.

`No.` is the OL team's own running number (1, 2, 4a, 6a-6c, 1 (i), 1.1 …). It is **not** an
HMICFRS reference. Only the `HMICFRS ID` column on the new-layout tabs holds register IDs, and
not on every row. The Type words the force uses are `AFI`, `Rec`, `CoC`, `Nat Rec` and
`Learning`. Target dates are a mix of date cells and text (`Apr-22`, `Ongoing`, `n/a`,
`Q1 22/23`).

The RAG cells are filled with their colour, and the word is always written as well.

## Status rules applied

The force's own key (the note row under every table):
RED "beyond deadline / not progressing", AMBER "work ongoing", GREEN "complete, evidence held /
submitted to HMICFRS for closure", WHITE "not for West Mercia to deliver", GREY "closed /
superseded".
- Force **done**: `GREEN`, `Green`, `GREY`, `GREY – closed`, `WHITE`.
- Force **open**: `AMBER`, `RED`, `Amber/Green` (on the force's scale this is still amber:
  not done).
- HMICFRS **open**: `Awaiting review`, `Being progressed`. **Closed**: `Complete`, `Superseded`.
- Where the force split one recommendation into several rows, the item is done only if every
  part is done. This is how the OL team reports it ("each part has an owner").

Category = HMICFRS open + force done → `closeable_submit`; HMICFRS closed + force open →
`closeable_local`; both open or closed/done on both → `in_sync`. A factual disagreement
(report, type, reference, timescale/deadline, missing bullet) → `conflict` whatever the
statuses.

## Traps and how the truth decides them

1. **Report only in the page header; tab names say nothing.** `Template (2)` is PEEL efficiency
   2015, `Template (7)` is PEEL 2018/19 and so on (see the table above). The truth does not rely
   on the header. Every pair is decidable from the text alone, and the header confirms it.
2. **Two template generations.** Old tabs have no ID column and call the status column `RAG`.
   New tabs have `HMICFRS ID` and `Status (RAG)` and one more date column. Column positions
   differ between the two kinds of tab.
3. **Running numbers that look like references** (`1.1`-`1.6`, `2.1`, `4a`, `1 (iii)`). They
   are ignored.
4. **Reference typo**: `Template (7)!11` has HMICFRS ID `9471`, but the text is item 9417
   ("clearly define its new operating model"). 9471 is not on the list. → `conflict`
   (reference).
5. **Timescale changed**: `Template (7)!15` says "Within twelve months", HMICFRS says "within six
   months" (ID 9420 on both). → `conflict`.
6. **Deadline changed**: `Nat thematic!7`, Integrity matters, says "By 31 August 2016" against
   HMICFRS "By 31 August 2015". → `conflict`.
7. **Type changed**: `Template (7)!17`: the force typed `Rec` for HMICFRS's area for improvement
   9423. → `conflict`.
8. **Report changed**: `PEEL Eff 16!10`, numbered `4a`, is the 2014 national "Everyone's
   business" action-plan recommendation (HMICFRS 2321). It was filed on the PEEL
   effectiveness 2016 tab when the domestic abuse plan was refreshed. → `conflict` (report).
   Both sides say closed/done.
9. **Missing bullet**: the crime data integrity recommendation (5 bullets) is split into 4
   rows, `Template (5)!6-9`. The fifth bullet ("online reports of crime are triaged …") has no
   row. All 4 rows are GREEN and HMICFRS has the item open, so without the missing bullet it
   would be closeable_submit. It is a `conflict` on all 4 rows.
10. **Split rows with mixed RAG**: `PEEL Eff 16!13-15` (6a-6c, missing children) are GREEN,
    GREEN, AMBER. The item is still open on the force side, and HMICFRS has it open →
    `in_sync` on all three rows. `Legit 17!7-9` (2a-2c) are all GREEN against HMICFRS open →
    `closeable_submit` on all three rows.
11. **Abridged text, stems dropped, abbreviations and typos**: "w/", "req'd", "S&S", "DA",
    "CSE", "BWV", a leading "..." where the stem was cut, and "…" in the middle of the
    missing-children cause of concern. The report name is added as a text prefix on the
    `Nat thematic` tab ("Core Business (2014) - ", "S&S 2013 rec 1 - "), because one tab holds
    several reports.
12. **WHITE counts as done**: `Nat thematic!8` (S&S 2013 rec 1, the College of Policing's to
    deliver) is WHITE and HMICFRS says Complete → `in_sync`. `Template (8)!9` is WHITE too, but
    it is the Home Office / NPCC recommendation, which HMICFRS never lists against a force →
    `not_on_hmicfrs_list`.
13. **Learning from other forces**: the `Other forces` tab tracks a Bedfordshire child
    protection recommendation and a West Midlands Police vetting recommendation as local
    learning. Both are real HMICFRS texts but they are not West Mercia's →
    `not_on_hmicfrs_list`.
14. **Notes that mention a recommendation**: `Template (7)!19` says "Rec 2.3 (RUI / bail) –
    awaiting owner". This is a note, not an item row. HMICFRS 9422 stays `missing_from_force`.
15. **Closed by HMICFRS but the force still open**: 9416 (alliance transition), 5863, 5319, and
    the PEEL 2016 domestic abuse cause of concern and its first recommendation, which HMICFRS
    superseded → `closeable_local`.
16. **HMICFRS Superseded with force GREEN** (6622) is closed on both sides → `in_sync`, not a
    conflict.
17. **Amber/Green** (`Template (7)!11`) is open. It is a conflict anyway because of the
    reference.
18. **A force row that says "HMICFRS closed 05/21 – move to GREY"** (`Template (7)!8`, GREEN)
    is closed on both sides → `in_sync`.

`review`: none. Every pair can be decided from the two rows.

## Counts
"""

README_SOURCES = """
## Sources of texts, titles and dates

All recommendation texts are real public HMICFRS texts, taken from
`/work/shared/data/real_recommendations.csv`, copied verbatim on the HMICFRS side and in the
force's own words on the tracker side. Report titles and publication dates: PEEL 2018/19 West
Mercia published 27 September 2019 (HMICFRS West Mercia PEEL 2018/19 page, "tranche two").
Targeting the risk, 15 September 2015. PEEL legitimacy 2017 national, December 2017 (12/12/2017
taken from the first register status entry). Everyone's business, 27 March 2014. Integrity
matters, 30 January 2015. Disproportionate use, February 2021 (day 26 assumed). Stop and search
powers, July 2013 (day 9 assumed). Core Business, September 2014 (day 4, from the first register
status entry).

**Re-homed texts (disclosed).** The shared text bank does not hold enough West Mercia texts for
40 items. The following real force-level texts from other forces' reports are therefore placed
under the West Mercia report *of the same series*:
- PEEL efficiency 2015 AFIs (Northamptonshire's; West Mercia's efficiency 2015 report is real,
  October 2015; day 15 assumed).
- PEEL effectiveness 2016: the domestic abuse cause of concern and three recommendations
  (Hampshire's) and the missing children cause of concern and recommendation (West Midlands').
  The all-force effectiveness 2016 reports were published 2 March 2017.
- The PEEL 2018/19 AFI on the crime-recording system (City of London's).
- The crime data integrity recommendation (Devon and Cornwall's, 2017). The title is generic
  and the date (9/2/2017) is the date of the original item's first status entry.

Register IDs are invented plain integers, except the four seen on the old public register:
902, 2321, 4822 and 8541. Status dates are invented but plausible.

## Build
`python /tmp/indep109/build_page_header_titles_template_copies.py` writes this folder. The
output is deterministic: fixed workbook properties and no randomness.
"""


def write_readme(item_counts, line_counts, nonitems, n_force_items):
    tab_desc = {
        "Template (2)": R_EFF15,
        "Template (3)": "Targeting the risk (firearms licensing, national 2015)",
        "Nat thematic": "'National thematic inspections – recommendations for all forces' "
                        "(Core Business 2014, Integrity matters 2015, Stop and search 2013)",
        "PEEL Eff 16": R_EFF16 + " (plus the 2014 'Everyone's business' rec, row 10)",
        "Template (5)": "Crime data integrity – West Mercia Police",
        "Legit 17": R_LEG17 + " (national)",
        "Template (7)": R_PEEL19,
        "Template (8)": "Disproportionate use of police powers (Feb 2021)",
        "Other forces": "'Learning from other forces' inspections (for information)'",
        "Template": "placeholder '[Report title – Page Layout > Header]'",
    }
    from collections import defaultdict
    items_by_sheet = defaultdict(list)
    with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["force_row"]:
                s, r = rec["force_row"].rsplit("!", 1)
                items_by_sheet[s].append(int(r))
    table = []
    for name, layout, title, updated, rows in SHEETS:
        rs = sorted(items_by_sheet.get(name, []))
        table.append(f"| `{name}` | {layout} | {title} | {tab_desc[name]} | "
                     f"{', '.join(str(x) for x in rs) if rs else 'none (example row only)'} |")
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    counts = ["| category | items | truth lines (force rows; missing = HMICFRS rows) |",
              "|---|---|---|"]
    for c in cats:
        counts.append(f"| {c} | {item_counts.get(c, 0)} | {line_counts.get(c, 0)} |")
    counts.append(f"| **total** | 40 HMICFRS items + {item_counts['not_on_hmicfrs_list']} "
                  f"force-only | {sum(line_counts.values())} |")
    counts.append("")
    counts.append(f"Force item rows: {n_force_items}. HMICFRS item rows: 40 "
                  f"(`Definitive List!2`-`41`).")
    non = ["", "## Rows that are not items", "",
           "`hmicfrs.xlsx`: `Definitive List!1` is the header row. It has no other non-item "
           "rows.", "", "`tracker.xlsx`:", ""]
    for s, r, what in nonitems:
        non.append(f"- `{s}!{r}`: {what}")
    text = (README_HEAD + "\n".join(table) + "\n" + README_TAIL + "\n".join(counts) + "\n"
            + "\n".join(non) + "\n" + README_SOURCES)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
