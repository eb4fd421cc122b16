"""Build the evaluation case `opcc_public_copy_redacted_rows` (round 110, brief B).

HMICFRS side: the OPCC's published copy of the HMICFRS definitive list (JAC public pack, Appendix B)
with OFFICIAL-SENSITIVE items redacted by hand - overwritten, blacked out by formatting (text still in
the cell), partly blocked out, or withheld in full.  Force side: an ordinary organisational-learning
tracker.  Deterministic: no randomness, fixed workbook properties.
"""
import csv
import io
import os
from datetime import date, datetime

import xlsxwriter

CASE = "opcc_public_copy_redacted_rows"

TEXTS = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    3: 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    4: 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    7: 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    8: 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    9: 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    12: 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    13: 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    15: 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    22: 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    23: 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    27: 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    28: 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    46: 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    47: 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    48: 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    49: 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    50: 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    51: 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    52: 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    53: 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    54: 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    55: 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    56: "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    58: 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    59: 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    60: 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    61: 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
}

# ---------------------------------------------------------------------------
# Reports: key -> (HMICFRS title as on the list, publication date,
#                  force tracker label, force tracker "Date Published" cell)
# ---------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?",
             date(2013, 7, 9), "Stop & Search 2013", "Jul 2013"),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse",
             date(2014, 3, 27), "Everyone's Business (DA) 2014", date(2014, 3, 27)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time",
             date(2014, 9, 23), "Core Business 2014", "Sept 2014"),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing",
             date(2015, 1, 30), None, None),
    "TTR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales",
              date(2015, 9, 15), "Targeting the Risk 2015 (Firearms Licensing)", date(2015, 9, 15)),
    "EFF15": ("PEEL: Police efficiency 2015 – An inspection of West Mercia Police",
              date(2015, 10, 15), "PEEL Efficiency 2015", date(2015, 10, 15)),
    "EFF16": ("PEEL: Police effectiveness 2016 – An inspection of West Mercia Police",
              date(2017, 3, 2), "PEEL Effectiveness 2016", date(2017, 3, 2)),
    "LEG17N": ("PEEL: Police legitimacy 2017 – A national overview",
               date(2017, 12, 12), "PEEL Legitimacy 2017 - National", date(2017, 12, 12)),
    "LEG17WM": ("PEEL: Police legitimacy 2017 – An inspection of West Mercia Police",
                date(2017, 12, 12), "PEEL Legitimacy 2017 - WMP", date(2017, 12, 12)),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
                 date(2019, 9, 27), "PEEL 2018/19", date(2019, 9, 27)),
    "CDI19": ("West Mercia Police – Crime Data Integrity inspection 2019",
              date(2019, 10, 8), "CDI 2019", date(2019, 10, 8)),
    "DISP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
               date(2021, 2, 26), "Disproportionate Use of Police Powers (Feb 21)", "Feb 2021"),
}

# HMICFRS register comments (wording as seen on the public register)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
         "when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of the "
          "inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. Where a "
         "cause of concern still exists this will appear in the register against these subsequent "
         "inspections.")

REDACTED = "REDACTED – OFFICIAL-SENSITIVE (FOIA s.31(1)(a))"
BLOCK = "\u2588"

# ---------------------------------------------------------------------------
# HMICFRS items, in the order of the list (ascending register id).
# mode: none | full (text overwritten) | black (black fill + black font, text
# still in the cell) | partial (words overwritten with blocks) | withheld
# (whole item replaced by one line, id withheld too)
# ---------------------------------------------------------------------------
def H(key, ref, rep, typ, text, status, sdate, comment, mode="none"):
    return dict(key=key, ref=ref, rep=rep, typ=typ, text=text, status=status,
                sdate=sdate, comment=comment, mode=mode)

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

HMICFRS = [
    H("IM15-1", 917, "IM15", REC, 13, "being-progressed", "3rd November 2021", C_MON, "full"),
    H("SS13-1", 1447, "SS13", REC, 27, "complete", "11th January 2016", C_DONE),
    H("SS13-2", 1448, "SS13", REC, 28, "complete", "19th March 2018", C_AUTH),
    H("EB14-1", 2344, "EB14", REC, 56, "complete", "2nd June 2015", C_DONE),
    H("TTR15-1", 5690, "TTR15", REC, 58, "complete", "14th April 2016", C_DONE),
    H("TTR15-2", 5691, "TTR15", REC, 59, "being-progressed", "3rd November 2021", C_MON),
    H("TTR15-3", 5692, "TTR15", REC, 60, "complete", "22nd September 2020", C_AUTH, "black"),
    H("TTR15-4", 5693, "TTR15", REC, 61, "complete", "22nd September 2020", C_DONE, "full"),
    H("EFF15-1", 5912, "EFF15", AFI, 14, "complete", "2nd March 2017", C_DONE),
    H("EFF15-2", 5913, "EFF15", AFI, 15, "complete", "2nd March 2017", C_DONE),
    H("EFF15-3", 5914, "EFF15", AFI, 16, "complete", "2nd March 2017", C_DONE),
    H("EFF16-C1", 6805, "EFF16", COC, 21, "complete", "12th December 2017", C_SUP),
    H("EFF16-1", 6806, "EFF16", REC, 22, "complete", "12th December 2017", C_SUP),
    H("EFF16-2", 6807, "EFF16", REC, 23, "being-progressed", "3rd November 2021", C_MON),
    H("EFF16-3", 6808, "EFF16", REC, 24, "complete", "8th August 2018", C_DONE),
    H("EFF16-C2", 6811, "EFF16", COC, 25, "complete", "27th September 2019", C_SUP, "black"),
    H("EFF16-4", 6812, "EFF16", REC, 26, "being-progressed", "3rd November 2021", C_MON, "partial"),
    H("LEG17N-C1", 8560, "LEG17N", COC, 46, "being-progressed", "3rd November 2021", C_MON),
    H("LEG17N-1", 8561, "LEG17N", REC, 47, "being-progressed", "3rd November 2021", C_MON),
    H("LEG17N-2", 8562, "LEG17N", REC, 48, "complete", "9th March 2021", C_DONE),
    H("LEG17N-3", 8563, "LEG17N", REC, 49, "awaiting-review", "12th December 2017", C_REV),
    H("LEG17N-4", 8564, "LEG17N", REC, 50, "being-progressed", "3rd November 2021", C_MON),
    H("LEG17WM-C1", None, "LEG17WM", COC, None, "being-progressed", "3rd November 2021", None, "withheld"),
    H("LEG17WM-1", 8577, "LEG17WM", REC, 20, "being-progressed", "3rd November 2021", C_MON, "full"),
    H("PEEL1819-C1", 9960, "PEEL1819", COC, 7, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-1", 9961, "PEEL1819", REC, 0, "complete", "9th March 2021", C_DONE),
    H("PEEL1819-2", 9962, "PEEL1819", REC, 1, "complete", "3rd November 2021", C_DONE),
    H("PEEL1819-3", 9963, "PEEL1819", REC, 2, "complete", "3rd November 2021", C_SUP),
    H("PEEL1819-4", 9964, "PEEL1819", REC, 3, "complete", "9th March 2021", C_DONE),
    H("PEEL1819-5", 9965, "PEEL1819", REC, 4, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-6", 9966, "PEEL1819", REC, 5, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-C2", 9967, "PEEL1819", COC, 8, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-7", 9968, "PEEL1819", REC, 6, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-8", 9969, "PEEL1819", REC, 9, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-9", 9970, "PEEL1819", REC, 10, "being-progressed", "3rd November 2021", C_MON),
    H("PEEL1819-A1", 9975, "PEEL1819", AFI, 18, "awaiting-review", "27th September 2019", C_NEW),
    H("CDI19-1", 10212, "CDI19", REC, 11, "being-progressed", "3rd November 2021", C_MON),
    H("DISP21-1", 11203, "DISP21", REC, 51, "awaiting-review", "26th February 2021", C_NEW),
    H("DISP21-2", 11204, "DISP21", REC, 52, "being-progressed", "3rd November 2021", C_MON),
    H("DISP21-3", 11205, "DISP21", REC, 53, "being-progressed", "3rd November 2021", C_MON),
    H("DISP21-4", 11206, "DISP21", REC, 55, "awaiting-review", "26th February 2021", C_NEW),
]

def hmicfrs_cell_text(h):
    if h["mode"] == "withheld":
        return "1 item withheld in full – OFFICIAL-SENSITIVE"
    if h["mode"] == "full":
        return REDACTED
    t = TEXTS[h["text"]]
    if h["mode"] == "partial":
        t = t.replace("child sexual exploitation", BLOCK * 26)
    return t

# ---------------------------------------------------------------------------
# Force tracker rows, in sheet order.  item = HMICFRS key (None: not on list)
# ---------------------------------------------------------------------------
def F(no, ref, rep, typ, text, lead, rag, status, update, submitted, item, cat, why):
    return dict(no=no, ref=ref, rep=rep, typ=typ, text=text, lead=lead, rag=rag,
                status=status, update=update, submitted=submitted, item=item, cat=cat, why=why)

FORCE = [
    F(1, 1447, "SS13", "Rec",
      "Chief Constables & College of Policing to set out in the S&S APP a clear spec of what constitutes "
      "the effective and fair exercise of stop and search powers + guidance. Compliant with Code of Practice.",
      "Ch Insp Stop & Search", "Green", "Closed",
      "APP on S&S published by CoP. Force policy re-written to APP Oct 2015.", date(2015, 11, 2),
      "SS13-1", "in_sync", "ref 1447; HMICFRS complete, force Closed"),
    F(2, 1448, "SS13", "Rec",
      "Chief Constables should establish or improve monitoring of the way officers stop and search people, "
      "so they can be satisified officers are acting in accordance with the law (inc equality legislation and "
      "the Code of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust",
      "Ch Insp Stop & Search", "Amber", "Open",
      "Monitoring now via S&S scrutiny panel + Legitimacy 2017 recs - keep open until those close (JM)", None,
      "SS13-2", "closeable_local", "ref 1448; HMICFRS complete (authorised for closure), force still Open"),
    F(3, 2344, "EB14", "National Rec",
      "Establish & publish DA action plan - in consultation with PCC, DA support orgs and victims reps; consider "
      "all recs in report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments. Chief officer to "
      "oversee full implementation (personal responsibility).",
      "D/Supt Public Protection", "Green", "Closed",
      "DA action plan published Sept 2014, overseen by DCC. Closed by HMIC 2015.", date(2014, 10, 1),
      "EB14-1", "in_sync", "ref 2344; HMICFRS complete, force Closed"),
    F(4, None, "CB14", "National Rec",
      "Not later than 31 March 2015 forces using a threat, harm & risk policy to give call-handlers specific, "
      "sound and comprehensible criteria to assess threat, harm and risk (THRIVE)",
      "Head of OCC", "Green", "Proposed for closure",
      "THRIVE embedded in OCC. Submitted 2016 - no response recd. Chase FLL?", date(2016, 2, 8),
      None, "not_on_hmicfrs_list",
      "Core Business 2014 item; nothing from this report is on the HMICFRS list - query with HMICFRS (probably closed and dropped)"),
    F(5, None, "TTR15", "National Rec",
      "Within 3 months CC to assess how well governance of firearms licensing meets APP standards; where not "
      "complied with put correct arrangements & procedures in place immediately",
      "Head of Firearms Licensing", "Green", "Closed",
      "Governance review completed Dec 2015, FLM board in place", date(2016, 1, 20),
      "TTR15-1", "in_sync", "no force ref; text = 5690 (governance vs APP); HMICFRS complete, force Closed"),
    F(6, None, "TTR15", "National Rec",
      "Within three months assess demand placed on FEU and ensure it has capacity to meet demand and provide "
      "efficient & effective service at all times",
      "Head of Firearms Licensing", "Green", "Proposed for closure",
      "Demand review done; 6 additional enquiry officers funded 2021/22. Evidence pack sent to FLL.", date(2021, 12, 17),
      "TTR15-2", "closeable_submit", "no force ref; text = 5691 (FEU demand/capacity); HMICFRS being-progressed, force Proposed for closure"),
    F(7, None, "TTR15", "National Rec",
      "Immediately, CC to satisfy themselves all appropriate action is being taken re 'total expired' licensing records",
      "Head of Firearms Licensing", "Amber", "Open",
      "Total expireds down to 41 (from 300+). Weekly report to Supt. Keep open until nil.", None,
      "TTR15-3", "closeable_local",
      "no force ref; text = 5692 (black-filled on the list but the text is in the cell); HMICFRS complete, force Open"),
    F(8, None, "TTR15", "National Rec",
      "Temporary permits - arrangements in line with HO guidance, permits recorded without delay on NFLMS, "
      "holders never left in unlawful possession",
      "Head of Firearms Licensing", "Green", "Closed",
      "Process mapped & audited by IA 2016.", date(2016, 5, 9),
      "TTR15-4", "in_sync",
      "no force ref and 5693 text redacted on the list: the only Targeting the risk item left once 5690-5692 are matched by text; HMICFRS complete, force Closed"),
    F(9, 5912, "EFF15", "AFI",
      "The force should undertake further work to gain a fuller understanding of current demand for its services, "
      "and likely future changes in demand so it can match resources to demand",
      "Supt Change & Demand", "Green", "Closed",
      "Demand analysis (FMS) completed.", date(2016, 9, 30),
      "EFF15-1", "in_sync", "ref 5912; HMICFRS complete, force Closed"),
    F(10, 5913, "EFF15", "AFI",
      "Develop understanding of the links between its outcomes, outputs and costs",
      "Director of Finance", "Green", "Closed",
      "Priority based budgeting 2016/17", date(2016, 9, 30),
      "EFF15-2", "in_sync", "ref 5913; HMICFRS complete, force Closed"),
    F(11, 5914, "EFF15", "AFI",
      "Develop a future workforce plan aligned to overall demand and budget - to incl. future resource allocations, "
      "skills mix required & behaviours expected",
      "Director of People", "Green", "Closed",
      "Workforce plan 2016-2020 approved at COG", date(2016, 9, 30),
      "EFF15-3", "in_sync", "ref 5914; HMICFRS complete, force Closed"),
    F(12, 6805, "EFF16", "CoC",
      "Forces current approach to DA is unacceptable - proportion of victims who fail to support the investigation "
      "and low use of arrest & prosecution powers",
      "D/Supt Public Protection", "Green", "Closed",
      "DA Gold group closed Nov 2017", date(2017, 11, 14),
      "EFF16-C1", "in_sync", "ref 6805; HMICFRS complete (superseded comment), force Closed"),
    F(13, 6806, "EFF16", "Rec",
      "Force should immediately consider ways of increasing use of arrest, ancillary orders and other available "
      "powers (DA)",
      "D/Supt Public Protection", "Amber", "Open",
      "Arrest rate improved; DVPO use still low vs MSG. Keep open.", None,
      "EFF16-1", "closeable_local", "ref 6806; HMICFRS complete (superseded comment), force Open"),
    F(14, 6807, "EFF16", "Rec",
      "Understand & address the reasons why such a high proportion of DA victims do not support the police investigation",
      "D/Supt Public Protection", "Amber", "Open",
      "Victim attrition research with Uni of Worcester ongoing", None,
      "EFF16-2", "in_sync", "ref 6807; HMICFRS being-progressed, force Open"),
    F(15, 6808, "EFF16", "Rec",
      "Practice of DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
      "Head of OCC", "Amber", "Open",
      "Ceased April 2017. Dip sample to be done before closure.", None,
      "EFF16-3", "closeable_local", "ref 6808; HMICFRS complete, force Open"),
    F(16, 6811, "EFF16", "CoC",
      "Response to missing & absent children - risk assessment inappropriate, absent v missing, CSE risk not "
      "influencing grading. Enduring CoC from 2015 vulnerability report.",
      "D/Supt Public Protection", "Green", "Closed",
      "Absent category withdrawn 2018; MFH policy reviewed.", date(2018, 3, 1),
      "EFF16-C2", "in_sync", "ref 6811 (black-filled on the list, text in the cell); HMICFRS complete, force Closed"),
    F(17, 6812, "EFF16", "Rec",
      "Review approach to reports of missing children: call takers use missing/absent category appropriately; "
      "call takers & frontline staff can identify CSE risk factors & how to respond; supervisors provide correct "
      "oversight of missing person enquiries",
      "D/Supt Public Protection", "Green", "Proposed for closure",
      "CSE/MFH training complete (94% frontline). Evidence submitted to FLL 10/12/21", date(2021, 12, 10),
      "EFF16-4", "closeable_submit", "ref 6812 (words blocked out on the list); HMICFRS being-progressed, force Proposed for closure"),
    F(18, 8560, "LEG17N", "AFI",
      "National - forces not able to demonstrate S&S use is consistently reasonable & fair, over-representation "
      "of BAME people (esp. black people) which many forces cannot explain",
      "Ch Insp Stop & Search", "Amber", "Open",
      "Disproportionality dashboard live; explanation work with scrutiny panel ongoing", None,
      "LEG17N-C1", "conflict", "ref 8560; HMICFRS cause of concern, force records it as AFI (type); both open"),
    F("19a", 8561, "LEG17N", "Rec",
      "By July 2018 monitor comprehensive S&S data to understand: the reasons for any disproportionate "
      "representation of different ethnic groups",
      "Ch Insp Stop & Search", "Green", "Closed", "Dashboard in Qlik", date(2018, 7, 30),
      "LEG17N-1", "in_sync", "ref 8561 bullet 1 of 3; item open on force side (19c open); HMICFRS being-progressed"),
    F("19b", 8561, "LEG17N", "Rec",
      "...find rates by ethnicity and across types of search (inc drug possession v supply)",
      "Ch Insp Stop & Search", "Green", "Closed", "As above", date(2018, 7, 30),
      "LEG17N-1", "in_sync", "ref 8561 bullet 2 of 3; item open on force side (19c open); HMICFRS being-progressed"),
    F("19c", 8561, "LEG17N", "Rec",
      "...prevelance of possession-only drug searches and whether these align with local/force priorities",
      "Ch Insp Stop & Search", "Amber", "Open", "Analysis Q4 21/22", None,
      "LEG17N-1", "in_sync", "ref 8561 bullet 3 of 3, Open; HMICFRS being-progressed"),
    F(20, 8562, "LEG17N", "Rec",
      "Where disparities identified demonstrate to public that research/analysis has been done to understand "
      "reasons and action taken to reduce disparity where necessary",
      "Ch Insp Stop & Search", "Green", "Closed", "Published on website annually", date(2020, 11, 2),
      "LEG17N-2", "in_sync", "ref 8562; HMICFRS complete, force Closed"),
    F(21, 8564, "LEG17N", "Rec",
      "By July 2018 and ongoing - all officers using S&S powers to have had unconscious bias training and "
      "CoP APP on S&S",
      "Head of L&D", "Green", "Proposed for closure",
      "98% compliance, NCALT + classroom. Submitted", date(2021, 11, 22),
      "LEG17N-4", "closeable_submit", "ref 8564; HMICFRS being-progressed, force Proposed for closure"),
    F(22, None, "LEG17WM", "CoC",
      "Vetting backlog (CoC)",
      "Head of PSD", "Amber", "Open", "Backlog 212 (from 1,100). See 8577", None,
      "LEG17WM-C1", "in_sync",
      "no ref, no text on the list (item withheld): the list's withheld row is the only cause of concern under Legitimacy 2017 WMP, as is this row; both open"),
    F(23, 8577, "LEG17WM", "Rec",
      "Vetting - all staff to hold at least lowest level of vetting for their role asap, clear backlog and renewals "
      "when due - full compliance with Nat. Vetting Guidelines",
      "Head of PSD", "Green", "Proposed for closure",
      "All staff now vetted to min level. Renewals on track. Submitted", date(2022, 1, 14),
      "LEG17WM-1", "closeable_submit", "ref 8577 (text redacted on the list); HMICFRS being-progressed, force Proposed for closure"),
    F(24, 9960, "PEEL1819", "CoC",
      "No suitable arrangements to maintain full range of services when alliance with Warwickshire ends. Gaps in "
      "workforce skills assessment, weaknesses in investigative approach & safeguarding vulnerable people",
      "DCC", "Amber", "Open", "Post-alliance op model live Oct 2019; skills audit phase 2", None,
      "PEEL1819-C1", "in_sync", "ref 9960; HMICFRS being-progressed, force Open"),
    F(25, 9961, "PEEL1819", "Rec",
      "Immediately: review officers capabilities and capacity to manage investigative workload - understand "
      "investigative demand & pressures",
      "ACC Crime", "Green", "Closed", "Investigative demand review complete", date(2020, 6, 1),
      "PEEL1819-1", "in_sync", "ref 9961; HMICFRS complete, force Closed"),
    F(26, 9962, "PEEL1819", "Rec",
      "Immediately: review, with partners, approach to vulnerablity to better safeguard vulnerable people",
      "D/Supt Public Protection", "Amber", "Open", "Vulnerability strategy refresh - partnership board Feb 22", None,
      "PEEL1819-2", "closeable_local", "ref 9962; HMICFRS complete, force Open"),
    F(27, 9963, "PEEL1819", "Rec",
      "Immediately: expand skills project to assess all skills (not only operational) incl future skills - to "
      "inform workforce plans",
      "Director of People", "Amber", "Open", "Skills audit phase 2 - 60% staff done", None,
      "PEEL1819-3", "closeable_local", "ref 9963; HMICFRS complete (superseded comment), force Open"),
    F(28, 9964, "PEEL1819", "Rec",
      "Agree arrangements with Warwickshire to secure smooth transition to future operating model - no "
      "disruption to public services",
      "DCC", "Green", "Closed", "Alliance ended 7/10/19, s22a agreements in place", date(2020, 1, 15),
      "PEEL1819-4", "in_sync", "ref 9964; HMICFRS complete, force Closed"),
    F(29, 9965, "PEEL1819", "Rec",
      "Clearly define new operating model - all operational & support services affordable and fit to protect "
      "communities of West Mercia",
      "DCC", "Green", "Proposed for closure", "Op model + MTFP approved. Submitted", date(2021, 10, 4),
      "PEEL1819-5", "closeable_submit", "ref 9965; HMICFRS being-progressed, force Proposed for closure"),
    F(30, 9956, "PEEL1819", "Rec",
      "Improve arrangements to consult with the public about business planning and feed back on changes made to "
      "service delivery as a result",
      "Head of Corp Comms", "Amber", "Open", "Consultation framework drafted with OPCC", None,
      "PEEL1819-6", "conflict",
      "text is 9966 (consult the public); force ref 9956 is on no item of the list (reference); both open"),
    F(31, 9967, "PEEL1819", "CoC",
      "Force does not have the capacity or capability to investigate crime effectively - affecting service to public. "
      "Failings in the way crimes are investigated",
      "ACC Crime", "Red", "Open", "Investigations improvement plan - see Gold", None,
      "PEEL1819-C2", "in_sync", "ref 9967; HMICFRS being-progressed, force Open"),
    F(32, 9968, "PEEL1819", "Rec",
      "HMIC recommends that within twelve months the force should ensure regular and active supervision of the "
      "quality and progress of investigations, properly recorded",
      "ACC Crime", "Amber", "Open", "Supervision template on Athena; compliance 61%", None,
      "PEEL1819-7", "conflict",
      "ref 9968; HMICFRS text 'within six months', force 'within twelve months' (timescale); both open"),
    F(33, 9969, "PEEL1819", "Rec",
      "Within 6 months - improve ability to retrieve digital evidence from mobile phones, computers and other "
      "devices quickly enough so investigations not delayed",
      "Head of Digital Forensics", "Green", "Proposed for closure", "Backlog cleared, kiosks in all hubs", date(2021, 12, 3),
      "PEEL1819-8", "closeable_submit", "ref 9969; HMICFRS being-progressed, force Proposed for closure"),
    F(34, 9970, "PEEL1819", "Rec",
      "Within six months improve understanding of suspects RUI and management of those released on bail",
      "Ch Insp Criminal Justice", "Amber", "Open", "RUI review process live; awaiting PACE bail changes", None,
      "PEEL1819-9", "in_sync", "ref 9970; HMICFRS being-progressed, force Open"),
    F("35a", 10212, "CDI19", "Rec",
      "Within 6 months arrangements to ensure: at point of report victims are believed",
      "Force Crime Registrar", "Green", "Closed", "Victim believed - training complete", date(2020, 5, 1),
      "CDI19-1", "in_sync", "ref 10212 bullet 1 of 5; item open on force side (35e open); HMICFRS being-progressed"),
    F("35b", 10212, "CDI19", "Rec",
      "call handler/caller conversations summarised accurately in incident log",
      "Force Crime Registrar", "Green", "Closed", "OCC QA dip samples", date(2020, 5, 1),
      "CDI19-1", "in_sync", "ref 10212 bullet 2 of 5; item open on force side (35e open); HMICFRS being-progressed"),
    F("35c", 10212, "CDI19", "Rec",
      "multiple crimes always recorded when described in incidents / identified in other investigations",
      "Force Crime Registrar", "Green", "Closed", "Crime bureau", date(2020, 5, 1),
      "CDI19-1", "in_sync", "ref 10212 bullet 3 of 5; item open on force side (35e open); HMICFRS being-progressed"),
    F("35d", 10212, "CDI19", "Rec",
      "stop waiting for medical exam / video interview results before crime recording decision",
      "Force Crime Registrar", "Green", "Closed", "", date(2020, 5, 1),
      "CDI19-1", "in_sync", "ref 10212 bullet 4 of 5; item open on force side (35e open); HMICFRS being-progressed"),
    F("35e", 10212, "CDI19", "Rec",
      "online reports triaged at point of receipt - risks to victim / public identified & managed",
      "Head of OCC", "Amber", "Open", "Single Online Home triage - go live Mar 22", None,
      "CDI19-1", "in_sync", "ref 10212 bullet 5 of 5, Open; HMICFRS being-progressed"),
    F(36, None, "CDI19", "AFI",
      "Improve use of crime recording & management system to better manage case files and investigative processes",
      "Force Crime Registrar", "Amber", "Open", "Athena case file module training", None,
      "PEEL1819-A1", "conflict",
      "no force ref; text = 9975, a PEEL 2018/19 AFI, filed by the force under CDI 2019 (report); both open"),
    F(37, 11203, "DISP21", "National Rec",
      "By July 2022 - officers & staff to have effective communication skills in line with National Policing "
      "Guidelines on Conflict Management (on top of existing conflict mgmt / de-escalation training)",
      "Head of L&D", "Green", "Proposed for closure", "Comms skills module in PST from Sept 21", date(2022, 1, 10),
      "DISP21-1", "closeable_submit", "ref 11203; HMICFRS awaiting-review, force Proposed for closure"),
    F(38, 11204, "DISP21", "National Rec",
      "By July 2022, forces should ensure that communication skills are reinforced as part of CPD for officers and "
      "staff, and supervisors are supported to routinely and frequently debrief officers on these skills using BWV footage",
      "Head of L&D", "Amber", "Open", "CPD package in design", None,
      "DISP21-2", "conflict",
      "ref 11204; HMICFRS 'By July 2021', force 'By July 2022' (deadline); both open"),
    F("39a", 11205, "DISP21", "National Rec",
      "By Sept 2021 - officers to record on BWV the entirety of all S&S encounters incl traffic stops & use of force",
      "Ch Insp Stop & Search", "Green", "Closed", "Policy updated, compliance 88%", date(2021, 10, 1),
      "DISP21-3", "conflict",
      "ref 11205 part 1; HMICFRS item has 3 parts, force has no row for the scrutiny-panel access part (bullet missing)"),
    F("39b", 11205, "DISP21", "National Rec",
      "By Sept 2021 - structured process for regularly reviewing a sample of BWV footage to identify learning and "
      "hold officers to account",
      "Ch Insp Stop & Search", "Amber", "Open", "Monthly dip sample by PS - 20 videos", None,
      "DISP21-3", "conflict",
      "ref 11205 part 2; HMICFRS item has 3 parts, force has no row for the scrutiny-panel access part (bullet missing)"),
    F(40, None, "DISP21", "National Rec",
      "Home Office & NPCC - quality of use of force data for S&S incidents sufficient for publication; HO to publish "
      "asap. (For info - WMP supports via ADR return)",
      "Performance & Insight", "", "Open", "Not for WMP to deliver - monitor", None,
      None, "not_on_hmicfrs_list",
      "addressed to the Home Office and NPCC, not to the force; not on the HMICFRS list"),
    F(41, None, "INT", "Internal action",
      "JAC action (Sept 21): Org Learning to hold monthly review of all open HMICFRS recs with FLL and report "
      "position to JAC quarterly",
      "Org Learning Manager", "Green", "Open", "Monthly meeting set up from Nov 21", None,
      None, "not_on_hmicfrs_list", "the force's own action from its audit committee; no HMICFRS item"),
]

MISSING = {
    "IM15-1": "ref 917 (text redacted on the list); no force row carries 917 and the force has nothing from Integrity matters",
    "LEG17N-3": "ref 8563 (publish the analysis annually, from July 2018); no force row for it",
    "DISP21-4": "ref 11206 (internal monitoring of use of force, by July 2021); no force row for it",
}

def readme_text(counts, n_not_on, line_counts, hrows, frows, hlast):
    hr = lambda k: "%s!%d" % (H_SHEET, hrows[k])
    fr_of = {}
    for f, r in zip(FORCE, frows):
        fr_of.setdefault(f["item"], []).append(r)
    def frs(k):
        return ", ".join("%s!%d" % (F_SHEET, r) for r in fr_of[k])
    first_h, last_h = H_HEADER_ROW + 1, hlast
    first_f, last_f = F_HEADER_ROW + 1, frows[-1]
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "review"]
    count_lines = "\n".join("| %s | %d | %d |" % (c, counts.get(c, 0), line_counts.get(c, 0)) for c in cats)
    count_lines += "\n| not_on_hmicfrs_list | – | %d |" % n_not_on
    return f"""# {CASE}

## The story

West Mercia Police, January–March 2022. HMICFRS's Force Liaison Lead (FLL) e-mailed the force and the
Office of the Police and Crime Commissioner (OPCC) the definitive list of HMICFRS recommendations, areas
for improvement and causes of concern held against West Mercia, as at 31 January 2022. The export marks a
few items OFFICIAL-SENSITIVE (firearms licensing, counter-corruption/vetting, missing children).

The OPCC's governance officer put the list into the public pack of the Joint Audit Committee (JAC) of
24 March 2022 as **Appendix B**. Before publication the officer redacted the OFFICIAL-SENSITIVE items, by
hand, in Excel, and not consistently:

* most were **overwritten** with `REDACTED – OFFICIAL-SENSITIVE (FOIA s.31(1)(a))` (the text is gone;
  the id, report, type and status remain);
* two were **"blacked out" by formatting** – black fill and black font over the text and comment cells.
  On screen and on paper they are black bars, but the text is still in the cells (a classic failed
  redaction: click the cell and the formula bar shows it);
* one had only some words **blocked out** with `█` characters;
* one (a cause of concern on vetting) was **withheld in full**: the row keeps report, type, status and
  status date, but the id cell says `Withheld` and the text cell `1 item withheld in full – OFFICIAL-SENSITIVE`.

The organisational-learning analyst has to reconcile before the same JAC. The FLL's original e-mail sits
in a mailbox she cannot reach (the previous analyst left in December), so the copy she has of the
definitive list is the OPCC's published Appendix B. The other side is the force's ordinary tracker.
The HMICFRS side is the hard part: ids are plain register integers, statuses are the register's slugs,
"superseded" lives only in a comment, and seven items cannot be read (or at first sight look unreadable).

Texts are real public HMICFRS wording from the shared data set. West Mercia's own items (PEEL 2018/19,
the causes of concern) are West Mercia's; national items are the national wording. To reach 40 items,
some generic force-level texts from other forces' reports of the same programme (PEEL efficiency 2015,
PEEL effectiveness 2016, CDI, PEEL legitimacy 2017 vetting, PEEL 2018/19 AFI) are reused here as
West Mercia's items; none names another force. Report titles and publication dates are real. Register
ids are invented in the register's format (plain integers, unique across the register, no prefix).

## Files

### `hmicfrs.xlsx` – sheet `{H_SHEET}` (the OPCC's published copy of the definitive list)

* Rows 1–3: committee title, appendix title, redaction note. Row 4 blank. **Header row {H_HEADER_ROW}.**
* Columns: `HMICFRS Ref` (integer; `Withheld` for the withheld item) · `Report` (full HMICFRS title) ·
  `Published` (date, dd/mm/yyyy) · `Type` (`Recommendation` / `Area for improvement` / `Cause of concern`) ·
  `Recommendation / AFI / cause of concern` · `Protective marking` (`OFFICIAL` / `OFFICIAL-SENSITIVE`) ·
  `HMICFRS status` · `Status date` (text, register style "3rd November 2021") · `Latest HMICFRS comment`.
* **Items: rows {first_h}–{last_h}** ({len(HMICFRS)} items, one row each, sorted by register id; the withheld
  row sits where its id would be, between 8564 and 8577).
* Redacted rows: overwritten {hr('IM15-1')} (917), {hr('TTR15-4')} (5693), {hr('LEG17WM-1')} (8577);
  black-filled (text still present) {hr('TTR15-3')} (5692), {hr('EFF16-C2')} (6811);
  partly blocked out {hr('EFF16-4')} (6812, "child sexual exploitation" replaced by █);
  withheld in full {hr('LEG17WM-C1')}.

### `tracker.xlsx` – sheet `{F_SHEET}` (the force tracker) and sheet `Key`

* Rows 1–2 title and owner line, row 3 blank, **header row {F_HEADER_ROW}**, autofilter on the header.
* Columns: `No.` (the tracker's own running number, not an HMICFRS reference; `19a`–`19c`, `35a`–`35e`,
  `39a`–`39b` for split items) · `HMICFRS Ref` (register id as a number; blank where never recorded) ·
  `Report` (the force's short names: "PEEL 2018/19", "CDI 2019", "Targeting the Risk 2015 (Firearms
  Licensing)" …) · `Date Published` (date, or text "Jul 2013", "Sept 2014", "Feb 2021") · `Type`
  (`Rec`, `National Rec`, `AFI`, `CoC`, `Internal action`) · `Recommendation / AFI` (the force's own
  abridgements, with its typos: "satisified", "vulnerablity", "prevelance") · `Lead Officer` (role) ·
  `RAG` (Red / Amber / Green with matching cell fill; blank for one row) · `Status` · `Latest Update` ·
  `Date Submitted to HMICFRS`.
* **Items: rows {first_f}–{last_f}** ({len(FORCE)} rows). Three items are split into one row per bullet:
  8561 (3 rows), 10212 (5 rows), 11205 (2 rows – the HMICFRS item has 3 parts).
* Sheet `Key` holds no items.

## Status rules applied

* HMICFRS (register slugs, as on the public register): `awaiting-review` and `being-progressed` = **open**;
  `complete` = **closed**. Comments only explain: "This area of activity has subsequently been inspected
  …" marks a superseded closure but the item is already `complete`; "Authorised for closure …" likewise.
  The protective marking and the redactions change nothing about status.
* Force: `Status` decides. `Open` = **open**; `Proposed for closure` (lead says done, evidence sent to the
  FLL) and `Closed` = **done**. RAG agrees with it throughout (Green for done; Red/Amber for open; blank
  on the Home Office/NPCC row). A split item is done only if every one of its rows is done.

## Traps and how the truth decides them

1. **Overwritten text, id kept** – 8577 ({hr('LEG17WM-1')}): matched on the id the force recorded
   ({frs('LEG17WM-1')}); closeable_submit.
2. **Overwritten text, force has no id** – 5693 ({hr('TTR15-4')}): the force keeps its four Targeting the
   risk rows without ids. 5690, 5691 and 5692 match their force rows by text; the one force row left
   (temporary permits, {frs('TTR15-4')}) is 5693 by elimination: same report, only candidate. in_sync (both closed).
3. **Overwritten text, nothing on the force side** – 917 Integrity matters ({hr('IM15-1')}): no force row
   has 917 and the force tracks nothing from that report: missing_from_force, although nobody can read
   what the item says.
4. **Black-filled "redaction"** – 5692 and 6811: the text is in the cells; read it. 5692 ({hr('TTR15-3')}) is
   closeable_local (HMICFRS complete, force Open); 6811 ({hr('EFF16-C2')}) in_sync.
5. **Partial redaction** – 6812 ({hr('EFF16-4')}): most words remain and the id matches; closeable_submit.
6. **Withheld item, no id, no text** – {hr('LEG17WM-C1')}: report "PEEL: Police legitimacy 2017 – An
   inspection of West Mercia Police", type Cause of concern, status being-progressed. The force has exactly
   one cause of concern under that report ("Vetting backlog (CoC)", {frs('LEG17WM-C1')}, no id, Open) and
   its other row under that report is 8577, a recommendation. Paired; in_sync (both open).
7. **Superseded only in a comment** – 9963, 6805, 6806, 6811 are `complete` with the "subsequently been
   inspected" comment: closed. 9963 and 6806 are still Open on the tracker: closeable_local.
8. **Split items** – 8561 (3 rows, one still Open) and 10212 (5 rows, one still Open): item open on both
   sides, every row in_sync. 11205: the force has rows for two of its three parts (no row for giving
   scrutiny panel members access to body-worn video): conflict on both rows.
9. **Deadline look-alikes** – 11203 says "By July 2022", 11204 "By July 2021". The force's row for 11204
   ({frs('DISP21-2')}) carries the id 11204 and 11204's words but "By July 2022": conflict (deadline), not a
   match to 11203.
10. **Timescale** – 9968: HMICFRS "within six months", force "within twelve months": conflict.
11. **Reference** – the force row for 9966 (consult the public, {frs('PEEL1819-6')}) carries 9956, an id on
    no item of the list; the text is 9966's and no other row claims 9966: conflict (reference).
12. **Type** – 8560 is a cause of concern on the list, an AFI on the tracker: conflict.
13. **Report** – 9975 (PEEL 2018/19 AFI on the crime-recording system) is filed by the force under
    "CDI 2019" with no id: conflict (report).
14. **Not on the list** – Core Business 2014 (the force still shows it Proposed for closure since 2016;
    nothing from that report is on the list), the Home Office/NPCC recommendation from Disproportionate use
    of police powers (not addressed to forces), and the force's own JAC action: not_on_hmicfrs_list.
15. **Missing** – 8563 (publish the analysis annually) and 11206 (internal monitoring of use of force) have
    no force row; with 917, three missing_from_force.

No pair is left to `review`: each redacted or withheld item is decided by id, by type within its report,
or by elimination within its report.

## Counts

Per HMICFRS item ({len(HMICFRS)} items) and per truth line ({sum(line_counts.values())} lines; split force rows
give one line each):

| category | HMICFRS items | truth lines |
|---|---|---|
{count_lines}

## Rows that are not items

`hmicfrs.xlsx`, sheet `{H_SHEET}`:

* Row 1 – committee title ("Joint Audit Committee – 24 March 2022 – Agenda item 8 …").
* Row 2 – appendix title ("Appendix B: HMICFRS definitive list … as at 31 January 2022 …").
* Row 3 – redaction note ("OFFICIAL – version for publication …").
* Row 4 – blank.
* Row {H_HEADER_ROW} – header row.
* Row {last_h + 1} – blank.
* Row {last_h + 2} – note: counts of redacted and withheld items and total items.
* Row {last_h + 3} – note: HMICFRS status key.
* Row {last_h + 4} – note: source and who prepared the copy.

(Row {hr('LEG17WM-C1').split('!')[1]}, the withheld row, **is** an item.)

`tracker.xlsx`, sheet `{F_SHEET}`:

* Row 1 – title. Row 2 – owner / last-updated line. Row 3 – blank. Row {F_HEADER_ROW} – header row.

`tracker.xlsx`, sheet `Key`: every row (row 1 header, rows 2–7 the RAG and status key) – no items.
"""

FORCE_REPORT_LABEL = {k: v[2] for k, v in REPORTS.items()}
FORCE_REPORT_LABEL["INT"] = "Internal / JAC"
FORCE_REPORT_PUB = {k: v[3] for k, v in REPORTS.items()}
FORCE_REPORT_PUB["INT"] = None

H_SHEET = "Appendix B"
F_SHEET = "Master Tracker"
H_HEADER_ROW = 5          # Excel row of the HMICFRS header
F_HEADER_ROW = 4          # Excel row of the force header
PROPS_DT = datetime(2022, 2, 1, 9, 0, 0)


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "JAC 24 March 2022 - Item 8 - Appendix B",
                       "author": "OPCC Governance", "company": "Office of the PCC",
                       "created": PROPS_DT})
    ws = wb.add_worksheet(H_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 12})
    note = wb.add_format({"italic": True, "font_size": 9})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dcell = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    blackout = wb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                              "bg_color": "#000000", "font_color": "#000000"})
    red = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bold": True,
                         "font_color": "#C00000"})
    for c, w in enumerate([10, 38, 11, 18, 80, 18, 16, 18, 48]):
        ws.set_column(c, c, w)
    ws.write(0, 0, "Joint Audit Committee – 24 March 2022 – Agenda item 8: HMICFRS recommendations update", bold)
    ws.write(1, 0, "Appendix B: HMICFRS definitive list of recommendations for West Mercia Police as at "
                   "31 January 2022 (provided by the HMICFRS Force Liaison Lead)")
    ws.write(2, 0, "OFFICIAL – version for publication. Where HMICFRS has marked an item OFFICIAL-SENSITIVE "
                   "its text has been redacted (FOIA s.31(1)(a) – law enforcement).", note)
    heads = ["HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI / cause of concern",
             "Protective marking", "HMICFRS status", "Status date", "Latest HMICFRS comment"]
    r0 = H_HEADER_ROW - 1
    ws.write_row(r0, 0, heads, hdr)
    ws.freeze_panes(H_HEADER_ROW, 0)
    rows = {}
    for i, h in enumerate(HMICFRS):
        r = r0 + 1 + i
        rows[h["key"]] = r + 1
        title, pub = REPORTS[h["rep"]][0], REPORTS[h["rep"]][1]
        mode = h["mode"]
        if h["ref"] is None:
            ws.write(r, 0, "Withheld", cell)
        else:
            ws.write_number(r, 0, h["ref"], cell)
        ws.write(r, 1, title, cell)
        ws.write_datetime(r, 2, datetime(pub.year, pub.month, pub.day), dcell)
        ws.write(r, 3, h["typ"], cell)
        txt = hmicfrs_cell_text(h)
        if mode == "black":
            ws.write(r, 4, txt, blackout)
        elif mode in ("full", "withheld"):
            ws.write(r, 4, txt, red)
        else:
            ws.write(r, 4, txt, cell)
        ws.write(r, 5, "OFFICIAL" if mode == "none" else "OFFICIAL-SENSITIVE", cell)
        ws.write(r, 6, h["status"], cell)
        ws.write(r, 7, h["sdate"], cell)
        if mode == "black":
            ws.write(r, 8, h["comment"], blackout)
        elif mode == "full":
            ws.write(r, 8, "REDACTED", red)
        elif mode == "withheld":
            ws.write_blank(r, 8, None, cell)
        else:
            ws.write(r, 8, h["comment"], cell)
    last = r0 + len(HMICFRS)
    n_red = sum(1 for h in HMICFRS if h["mode"] in ("full", "black", "partial"))
    n_wh = sum(1 for h in HMICFRS if h["mode"] == "withheld")
    ws.write(last + 2, 0, "Redactions: %d items marked OFFICIAL-SENSITIVE redacted in whole or part; "
                          "%d item withheld in full. Total items on the HMICFRS list: %d."
             % (n_red, n_wh, len(HMICFRS)), note)
    ws.write(last + 3, 0, "HMICFRS status key: awaiting-review = new, not yet assessed by HMICFRS; "
                          "being-progressed = open; complete = closed by HMICFRS.", note)
    ws.write(last + 4, 0, "Source: HMICFRS monitoring export e-mailed by the FLL 31/01/2022. "
                          "Prepared for publication by the OPCC Governance Officer.", note)
    wb.close()
    return rows, last + 1


def write_force(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Organisational Learning",
                       "company": "West Mercia Police", "created": PROPS_DT})
    ws = wb.add_worksheet(F_SHEET)
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dcell = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag = {"Red": wb.add_format({"bg_color": "#FF0000", "border": 1, "valign": "top"}),
           "Amber": wb.add_format({"bg_color": "#FFC000", "border": 1, "valign": "top"}),
           "Green": wb.add_format({"bg_color": "#00B050", "border": 1, "valign": "top"}),
           "": cell}
    for c, w in enumerate([6, 10, 26, 12, 13, 70, 22, 8, 18, 44, 14]):
        ws.set_column(c, c, w)
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations & AFI Tracker", title)
    ws.write(1, 0, "Owner: Organisational Learning (Strategy, Planning & Performance)   |   Last updated 25/01/2022 JM")
    heads = ["No.", "HMICFRS Ref", "Report", "Date Published", "Type", "Recommendation / AFI",
             "Lead Officer", "RAG", "Status", "Latest Update", "Date Submitted to HMICFRS"]
    r0 = F_HEADER_ROW - 1
    ws.write_row(r0, 0, heads, hdr)
    ws.autofilter(r0, 0, r0 + len(FORCE), len(heads) - 1)
    ws.freeze_panes(F_HEADER_ROW, 0)
    rows = []
    for i, f in enumerate(FORCE):
        r = r0 + 1 + i
        rows.append(r + 1)
        if isinstance(f["no"], int):
            ws.write_number(r, 0, f["no"], cell)
        else:
            ws.write_string(r, 0, f["no"], cell)
        if f["ref"] is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, f["ref"], cell)
        ws.write(r, 2, FORCE_REPORT_LABEL[f["rep"]], cell)
        pub = FORCE_REPORT_PUB[f["rep"]]
        if isinstance(pub, date):
            ws.write_datetime(r, 3, datetime(pub.year, pub.month, pub.day), dcell)
        elif pub:
            ws.write_string(r, 3, pub, cell)
        else:
            ws.write_blank(r, 3, None, cell)
        ws.write(r, 4, f["typ"], cell)
        ws.write(r, 5, f["text"], cell)
        ws.write(r, 6, f["lead"], cell)
        if f["rag"]:
            ws.write(r, 7, f["rag"], rag[f["rag"]])
        else:
            ws.write_blank(r, 7, None, cell)
        ws.write(r, 8, f["status"], cell)
        if f["update"]:
            ws.write(r, 9, f["update"], cell)
        else:
            ws.write_blank(r, 9, None, cell)
        if f["submitted"]:
            s = f["submitted"]
            ws.write_datetime(r, 10, datetime(s.year, s.month, s.day), dcell)
        else:
            ws.write_blank(r, 10, None, cell)
    key = wb.add_worksheet("Key")
    key.set_column(0, 0, 22)
    key.set_column(1, 1, 80)
    key.write_row(0, 0, ["RAG / Status", "Meaning"], hdr)
    key_rows = [
        ("Red", "Off track / past HMICFRS deadline"),
        ("Amber", "Work ongoing, on track"),
        ("Green", "Implemented - evidence held"),
        ("Open", "Still being worked on by the lead"),
        ("Proposed for closure", "Lead says complete; evidence sent to HMICFRS FLL, awaiting HMICFRS decision"),
        ("Closed", "Closed by HMICFRS / closed on this tracker"),
    ]
    for i, (a, b) in enumerate(key_rows):
        key.write(i + 1, 0, a, rag.get(a, cell))
        key.write(i + 1, 1, b, cell)
    wb.close()
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
    os.makedirs(out, exist_ok=True)
    hrows, hlast = write_hmicfrs(os.path.join(out, "hmicfrs.xlsx"))
    frows = write_force(os.path.join(out, "tracker.xlsx"))

    # truth
    lines = []
    by_item = {}
    for f, r in zip(FORCE, frows):
        by_item.setdefault(f["item"], []).append((f, r))
    for h in HMICFRS:
        hr = "%s!%d" % (H_SHEET, hrows[h["key"]])
        if h["key"] in MISSING:
            assert h["key"] not in by_item
            lines.append((hr, "", "missing_from_force", MISSING[h["key"]]))
            continue
        for f, r in by_item[h["key"]]:
            lines.append((hr, "%s!%d" % (F_SHEET, r), f["cat"], f["why"]))
    for f, r in by_item.get(None, []):
        lines.append(("", "%s!%d" % (F_SHEET, r), f["cat"], f["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    # counts per category: per HMICFRS item, plus force-only rows
    item_cat = {}
    for hr, fr, cat, _ in lines:
        if hr:
            item_cat[hr] = cat
    counts = {}
    for cat in item_cat.values():
        counts[cat] = counts.get(cat, 0) + 1
    n_not_on = sum(1 for hr, fr, cat, _ in lines if not hr)
    line_counts = {}
    for _, _, cat, _ in lines:
        line_counts[cat] = line_counts.get(cat, 0) + 1
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme_text(counts, n_not_on, line_counts, hrows, frows, hlast))


if __name__ == "__main__":
    main()
