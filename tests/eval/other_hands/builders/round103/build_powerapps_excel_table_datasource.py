#!/usr/bin/env python3
"""Build the evaluation case `powerapps_excel_table_datasource` (round 103, brief C).

Force side: West Midlands Police's organisational-learning team moved its 2019 Excel
tracker into a Power Apps canvas app in September 2020.  The app's data source is an Excel
table (tblRecs) in a OneDrive workbook, so the "tracker" the analyst receives is that
workbook: the table the app reads and writes, with everything Power Apps and people have
done to it since (see README.md written next to the data).

HMICFRS side: an ordinary definitive-list export (one sheet, title rows, one row per item).

Deterministic: no randomness beyond a fixed-seed generator for the app's row ids, fixed
workbook properties.  Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "powerapps_excel_table_datasource"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

RNG = random.Random(103)
CREATED = dt.datetime(2022, 3, 14, 9, 30, 0)

D = dt.date

# --------------------------------------------------------------------------------------
# HMICFRS side: the definitive list
# --------------------------------------------------------------------------------------

R_SS13 = ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9))
R_EB14 = ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27))
R_AUS14 = ("Policing in Austerity: Meeting the Challenge", D(2014, 7, 22))
R_CORE14 = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4))
R_INT15 = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30))
R_TTR15 = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15))
R_EFF16 = ("PEEL: Police effectiveness 2016 – West Midlands Police", D(2017, 3, 2))
R_SF17 = ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24))
R_EFFN17 = ("PEEL: Police efficiency 2017 – A national overview", D(2017, 11, 9))
R_EFFW17 = ("PEEL: Police efficiency 2017 – West Midlands Police", D(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands Police", D(2019, 5, 2))
R_DISP21 = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26))

REC, NREC, AFI, COC = "Recommendation", "National recommendation", "Area for improvement", "Cause of concern"

C_BP = "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."
C_NEW = "New recommendation"
C_DONE = "This recommendation is complete"
C_AUTH = "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity."
C_SUP_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of "
             "concern still exists this will appear in the register against these subsequent inspections.")
C_SUP_AUS = ("This area of activity has subsequently been inspected each year, most recently in HMICFRS's PEEL Efficiency "
             "inspections. No further action is required in relation to this recommendation.")
C_REV = "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."

T_LEG_MON = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
             "comprehensive set of data and information on use of stop and search powers to understand: ")
T_LEG_DISP = "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: "
T_SF_LEAD = ("Within twelve months, forces should review their leadership and governance arrangements for modern slavery "
             "and human trafficking, to ensure that: ")
T_BWV = "By September 2021, forces should: "

# key: (id, report, type, text, status, status_date, comment)
H = {}


def h(key, hid, report, typ, text, status, sdate, comment):
    H[key] = dict(id=hid, report=report[0], pub=report[1], type=typ, text=text, status=status, sdate=sdate,
                  comment=comment)


h("H1", 1187, R_SS13, NREC,
  "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice "
  "document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and "
  "guidance in this respect. This should be compliant with the Code of Practice.",
  "Complete", D(2016, 4, 18), C_DONE)
h("H2", 1188, R_SS13, NREC,
  "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can "
  "be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of "
  "Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
  "Complete", D(2018, 2, 26), C_AUTH)
h("H3", 2321, R_EB14, NREC,
  "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies "
  "in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n"
  "  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' "
  "representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all "
  "relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another "
  "force; and\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and "
  "MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant "
  "guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic "
  "abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
  "officers in each police force should oversee and ensure full implementation of these action plans. This should be a "
  "personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. "
  "HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police "
  "and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the "
  "national oversight and monitoring group.",
  "Superseded", D(2017, 8, 3), C_SUP_EFF)
h("H4", 3350, R_AUS14, NREC,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to "
  "continue to reduce crime and protect the front line while balancing their budgets. They should use the data and "
  "information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
  "Superseded", D(2017, 10, 31), C_SUP_AUS)
h("H5", 3351, R_AUS14, NREC,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should "
  "assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.",
  "Superseded", D(2017, 10, 31), C_SUP_AUS)
h("H6", 3352, R_AUS14, NREC,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police "
  "officers on the front line should assess whether they have taken the decisive action seen in many forces in order to "
  "maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
  "Superseded", D(2017, 10, 31), C_SUP_AUS)
h("H7", 3353, R_AUS14, NREC,
  "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for "
  "collaboration. In particular they should consider whether there is scope to deliver better value for money and "
  "improved capability and capacity through joint working with other forces, the public and/or the private sector.",
  "Superseded", D(2017, 10, 31), C_SUP_AUS)
h("H8", 4822, R_CORE14, NREC,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should "
  "provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and "
  "risk.",
  "Awaiting review", D(2014, 9, 4), C_REV)
h("H9", 902, R_INT15, NREC,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that "
  "investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form "
  "of discrimination.",
  "Being progressed", D(2016, 1, 12), C_BP)
h("H10", 5101, R_TTR15, NREC,
  "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her "
  "force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance "
  "standards are not being complied with should put in place immediately the correct arrangements and procedures in order "
  "to meet the standards in full.",
  "Complete", D(2019, 7, 22), C_DONE)
h("H11", 5102, R_TTR15, NREC,
  "Within three months, all chief constables should assess the demand placed on their firearms licensing department and "
  "ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
  "Complete", D(2019, 7, 22), C_DONE)
h("H12", 5103, R_TTR15, NREC,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force "
  "with regard to ‘total expired’ licensing records.",
  "Being progressed", D(2019, 7, 22), C_BP)
h("H13", 5104, R_TTR15, NREC,
  "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary "
  "permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on "
  "the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are "
  "not permitted, at any time, to remain in unlawful possession of a firearm.",
  "Being progressed", D(2019, 7, 22), C_BP)
h("H14", 8795, R_EFF16, COC,
  "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of "
  "risk for children who go missing from home was inappropriate in some cases. We found some instances where children were "
  "classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were "
  "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even "
  "where good information was available on the police database. In some cases there was information to indicate that "
  "children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. "
  "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an "
  "enduring cause of concern from HMIC’s report on vulnerability in 2015.",
  "Being progressed", D(2017, 3, 2), C_BP)
h("H15", 8796, R_EFF16, REC,
  "To address this cause of concern the force should immediately review its approach to reports of missing children and "
  "take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call "
  "takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual "
  "exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person "
  "enquiries and direct appropriate and timely investigative and safeguarding action",
  "Being progressed", D(2017, 3, 2), C_BP)
h("H16", 8801, R_EFF16, COC,
  "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer "
  "discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is "
  "always assessed appropriately. This is an enduring cause of concern from HMIC's report on vulnerability in 2015 and is "
  "one of the recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs to be "
  "implemented. In cases where a DASH risk assessment is not completed the officer should record an assessment on the "
  "crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force "
  "policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are "
  "not being appropriately risk-assessed.",
  "Being progressed", D(2018, 3, 22), C_BP)
h("H17", 8802, R_EFF16, REC,
  "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that: there is "
  "effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk "
  "assessment in appropriate cases.",
  "Being progressed", D(2018, 3, 22), C_BP)
h("H26", 8611, R_SF17, NREC, T_SF_LEAD + "senior leaders prioritise the response to modern slavery and human trafficking;",
  "Complete", D(2020, 1, 14), C_AUTH)
h("H27", 8612, R_SF17, NREC, T_SF_LEAD + "every incident of modern slavery identified to police is allocated appropriate "
  "resources with the skills, experience and capacity to investigate it effectively;",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H28", 8613, R_SF17, NREC, T_SF_LEAD + "forces develop effective partnership arrangements to co-ordinate activity in "
  "order to share information and safeguard victims; and",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H29", 8614, R_SF17, NREC, T_SF_LEAD + "performance and quality assurance measures are in place to allow senior leaders "
  "to assess the nature and quality of the service provided to victims.",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H30", 8615, R_SF17, NREC,
  "Within six months, forces should have in place active information-sharing agreements with other agencies to "
  "facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early "
  "as possible",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H31", 8617, R_SF17, NREC,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are "
  "implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any "
  "individual suspected to be an adult victim of modern slavery or human trafficking.",
  "Complete", D(2020, 1, 14), C_DONE)
h("H32", 8618, R_SF17, NREC,
  "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) "
  "requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is "
  "available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in "
  "its crime-recording accuracy for these types of offences.",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H33", 8619, R_SF17, NREC,
  "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are "
  "thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to "
  "undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain "
  "intelligence and evidence from agencies overseas).",
  "Being progressed", D(2018, 11, 6), C_BP)
h("H34", 8620, R_SF17, NREC,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that "
  "opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery "
  "and human trafficking offences are exploited.",
  "Complete", D(2021, 6, 8), C_AUTH)
h("H35", 8701, R_EFFN17, NREC,
  "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within "
  "their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should "
  "support the development of these plans by establishing a national framework which allows for the provision of "
  "digitally enabled services across force boundaries.",
  "Being progressed", D(2019, 2, 4), C_BP)
h("H36", 8702, R_EFFW17, AFI,
  "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing "
  "model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
  "Being progressed", D(2019, 2, 4), C_BP)
h("H18", 8540, R_LEG17, COC,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently "
  "reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in "
  "stop and search data which many forces are unable to explain.",
  "Being progressed", D(2017, 12, 12), C_BP)
h("H19", 8541, R_LEG17, NREC, T_LEG_MON + "the reasons for any disproportionate representation of different ethnic groups "
  "in the use of stop and search;",
  "Complete", D(2020, 9, 29), C_DONE)
h("H20", 8542, R_LEG17, NREC, T_LEG_MON + "the extent to which find rates differ between people from different "
  "ethnicities, and across different types of searches (including separate identification of find rates for drug "
  "possession and supply-type offences); and",
  "Being progressed", D(2018, 8, 14), C_BP)
h("H21", 8543, R_LEG17, NREC, T_LEG_MON + "the prevalence of possession-only drug searches, and the extent to which "
  "these align with local or force level priorities.",
  "Being progressed", D(2018, 8, 14), C_BP)
h("H22", 8544, R_LEG17, NREC, T_LEG_DISP + "carried out research and analysis in an attempt to understand the reasons for "
  "the disparity, and",
  "Being progressed", D(2018, 8, 14), C_BP)
h("H23", 8545, R_LEG17, NREC, T_LEG_DISP + "taken action to reduce the disparity, where necessary;",
  "Being progressed", D(2018, 8, 14), C_BP)
h("H24", 8546, R_LEG17, NREC,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
  "Being progressed", D(2018, 8, 14), C_BP)
h("H25", 8547, R_LEG17, NREC,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers "
  "have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
  "Complete", D(2020, 9, 29), C_DONE)
h("H37", 9310, R_PEEL19, COC, "The size of the vetting backlog within West Midlands Police is a cause of concern.",
  "Being progressed", D(2019, 5, 2), C_BP)
h("H38", 9311, R_PEEL19, REC,
  "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as "
  "quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that "
  "it complies fully with the national vetting guidelines.",
  "Being progressed", D(2019, 5, 2), C_BP)
h("H39", 10452, R_DISP21, NREC,
  "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the "
  "National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict "
  "management and de-escalation.",
  "Awaiting review", D(2021, 2, 26), C_NEW)
h("H40", 10453, R_DISP21, NREC,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing "
  "professional development for officers and staff, and that supervisors are supported to routinely and frequently "
  "debrief officers on these skills using body-worn video footage.",
  "Awaiting review", D(2021, 2, 26), C_NEW)
h("H41", 10454, R_DISP21, NREC, T_BWV + "ensure that officers record on body-worn video (when this is available) the "
  "entirety of all stop and search encounters, including traffic stops and use of force incidents.",
  "Being progressed", D(2021, 11, 15), C_BP)
h("H42", 10455, R_DISP21, NREC, T_BWV + "have a structured process for regularly reviewing and monitoring internally a "
  "sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when "
  "behaviour falls below acceptable standards.",
  "Being progressed", D(2021, 11, 15), C_BP)
h("H43", 10456, R_DISP21, NREC, T_BWV + "provide external scrutiny panel members with access to samples of body-worn "
  "video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the "
  "College of Policing’s Authorised Professional Practice.",
  "Awaiting review", D(2021, 2, 26), C_NEW)
h("H44", 10458, R_DISP21, NREC,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help "
  "them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement "
  "action.",
  "Being progressed", D(2021, 11, 15), C_BP)

H_ORDER = sorted(H, key=lambda k: (H[k]["pub"], H[k]["id"]))
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------
# Force side: tblRecs in the Power Apps data-source workbook
# --------------------------------------------------------------------------------------

DOM = "@westmidlands.police.uk"
LW = "lisa.wheeler" + DOM          # organisational learning officer, does most app edits
OWN = {
    "crime": ("daniel.whitcombe" + DOM, "ACC Crime"),
    "crime2": ("sarah.okafor" + DOM, "ACC Crime"),
    "local": ("mark.bramley" + DOM, "ACC Local Policing"),
    "sec": ("helen.tranter" + DOM, "ACC Security"),
    "dcc": ("priya.mistry" + DOM, "DCC"),
    "people": ("gareth.lloyd" + DOM, "Director of People"),
    "comm": ("joanne.fairclough" + DOM, "Director of Commercial Services"),
}

F_DONE = {"ready for closure", "submitted to hmicfrs", "closed", "not applicable", "blue"}
F_OPEN = {"not started", "in progress", "ongoing", "green", "amber", "red"}


def bst(d):
    """True when local midnight of date d falls in British Summer Time (last Sun Mar < d <= last Sun Oct)."""
    def last_sunday(y, m):
        x = D(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) < d <= last_sunday(d.year, 10)


def pa_date(d):
    """A date picked in the app and written by Power Apps into the Excel table: ISO text in UTC."""
    if bst(d):
        u = dt.datetime(d.year, d.month, d.day) - dt.timedelta(hours=1)
    else:
        u = dt.datetime(d.year, d.month, d.day)
    return u.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def pa_stamp(y, mo, d, hh, mm, ss, ms):
    """Now() written by the app (already UTC)."""
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, hh, mm, ss, ms)


def pa_id():
    return "%032x" % RNG.getrandbits(128)


IMPORT_STAMP = dt.datetime(2020, 9, 14, 16, 2, 0)   # legacy rows pasted in when the app went live

# Each force row: dict of table fields + 'key' (HMICFRS key or None) + 'kind'
#   kind: item | deleted | blank_id ; 'cat' forces a category (conflicts) ; 'why' explanation
FR = []


def fr(**kw):
    kw.setdefault("kind", "item")
    kw.setdefault("Deleted", None)
    kw.setdefault("LastJAC", None)
    kw.setdefault("ClosureSubmitted", None)
    kw.setdefault("__PowerAppsId__", pa_id())
    FR.append(kw)


def legacy(key, title_from_text=True, **kw):
    """A row imported from the 2019 tracker in Sept 2020 and never edited in the app since."""
    kw.setdefault("UpdatedBy", None)
    kw.setdefault("UpdatedOn", IMPORT_STAMP)
    if title_from_text:
        kw["RecTitle"] = kw["RecText"].replace("\n", " ")[:60]   # =LEFT([@RecText],60), pasted as values
    fr(key=key, **kw)


# ---- legacy block (old tracker order: by report) -------------------------------------
legacy("H1", HMICFRSRef="1187", ReportName="HMIC Stop & Search 2013", ReportDate=D(2013, 7, 9), RecType="National rec",
       RecText="Chief Constables and the College of policing should establish in the Stop and Search Authorised "
               "Professional Practice document a clear specification of what constitutes the effective and fair "
               "exercise of stop and search powers, and guidance in this respect. This should be compliant with the "
               "Code of Practice.",
       Owner="Ch Supt Bramley", Portfolio="ACC Local Policing", Status="BLUE", TargetDate="Complete",
       LatestUpdate="APP published by CoP. HMIC confirmed closed Apr 16.")
legacy("H2", HMICFRSRef="1188", ReportName="HMIC Stop & Search 2013", ReportDate=D(2013, 7, 9), RecType="National rec",
       RecText="Chief Constables should establish or improve monitoring of the way officers stop and search people, so "
               "that they can be satisfied their officers are acting in accordance with the law (including equality "
               "legislation and the Code of Practice), and that the power is used effectivly to prevent crime, catch "
               "criminals and maintain public trust.",
       Owner="Ch Supt Bramley", Portfolio="ACC Local Policing", Status="RED", TargetDate=D(2019, 12, 31),
       LatestUpdate="Update 11/19: S&S scrutiny panel relaunch delayed. Monitoring dashboard awaiting Niche data "
                    "feed - overdue.")
legacy("H4", HMICFRSRef=None, ReportName="Policing in Austerity – Meeting the Challenge", ReportDate=D(2014, 7, 22),
       RecType="National rec",
       RecText="CCs & PCCs review savings plans - continue to reduce crime & protect the front line while balancing "
               "budgets (use HMIC VfM profiles)",
       Owner="Head of Finance", Portfolio="Director of Commercial Services", Status="GREEN", TargetDate="WMP2020",
       LatestUpdate="Addressed through WMP2020 programme.")
legacy("H5", HMICFRSRef=None, ReportName="Policing in Austerity – Meeting the Challenge", ReportDate=D(2014, 7, 22),
       RecType="National rec",
       RecText="Forces planning to deliver <10% of savings through collaboration to assess scope to improve on this",
       Owner="Head of Finance", Portfolio="Director of Commercial Services", Status="GREEN", TargetDate="WMP2020",
       LatestUpdate="Addressed through WMP2020 programme.")
legacy("H6", HMICFRSRef=None, ReportName="Policing in Austerity – Meeting the Challenge", ReportDate=D(2014, 7, 22),
       RecType="National rec",
       RecText="Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or "
               "police officers on the front line should assess whether they have taken the decisive action seen in "
               "many forces in order to maintain their crime fighting capacity.",
       Owner="Head of Finance", Portfolio="Director of Commercial Services", Status="BLUE", TargetDate="Complete",
       LatestUpdate="Complete - assessment done for WMP2020 business case.")
fr(key="H7", kind="item", RecTitle="Austerity - collaboration plans (next spending round)", HMICFRSRef=None,
   ReportName="Policing in Austerity 2014", ReportDate=pa_date(D(2014, 7, 22)), RecType="National Recommendation",
   RecText="In preparation for the next spending round period all Chief Constables and PCCs should review their plans "
           "for collaboration. In particular they should consider whether there is scope to deliver better value for "
           "money and improved capability and capacity through joint working with other forces, the public and/or the "
           "private sector.",
   Owner=OWN["comm"][0], Portfolio=OWN["comm"][1], Status="In progress", TargetDate=pa_date(D(2022, 3, 31)),
   LatestUpdate="Regional collaboration review (ROCU / CMPG) in scope of Fit for the Future. Owner to confirm if "
                "this can now close.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 10, 4, 10, 12, 47, 233), Deleted=False)
fr(key="H10", RecTitle="Firearms licensing governance v APP", HMICFRSRef="5101", ReportName="Targeting the Risk 2015",
   ReportDate=pa_date(D(2015, 9, 15)), RecType="National Recommendation",
   RecText="Within three months, all chief constables should assess how well the governance of ﬁrearms licensing in his "
           "or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces "
           "where the governance standards are not being complied with should put in place immediately the correct "
           "arrangements and procedures in order to meet the standards in full.",
   Owner=OWN["sec"][0], Portfolio=OWN["sec"][1], Status="Closed", TargetDate=pa_date(D(2019, 6, 30)),
   LatestUpdate="Closed by HMICFRS Jul 19.", UpdatedBy=LW, UpdatedOn=pa_stamp(2020, 10, 2, 9, 41, 5, 880),
   Deleted=False, LastJAC="JAC Dec-20")
fr(key="H11", cat="conflict", why="force row's text is the firearms-licensing demand recommendation (5102) but its "
   "HMICFRSRef says 5103, the 'total expired' item that has its own force row: reference disagrees",
   RecTitle="FLU demand & capacity", HMICFRSRef="5103", ReportName="Targeting the Risk 2015",
   ReportDate=pa_date(D(2015, 9, 15)), RecType="National Recommendation",
   RecText="Within three months, all chief constables should assess the demand placed on their ﬁrearms licensing "
           "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
           "service at all times.",
   Owner=OWN["sec"][0], Portfolio=OWN["sec"][1], Status="Closed", TargetDate=pa_date(D(2019, 6, 30)),
   LatestUpdate="FLU demand review complete, 4 x FLEs recruited. Closed by HMICFRS.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2020, 10, 2, 9, 44, 51, 112), Deleted=False, LastJAC="JAC Dec-20")
fr(key="H12", RecTitle="Total expired licences", HMICFRSRef="5103", ReportName="Targeting the Risk 2015",
   ReportDate=pa_date(D(2015, 9, 15)), RecType="National Recommendation",
   RecText="Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by "
           "their force with regard to 'total expired' licensing records.",
   Owner=OWN["sec"][0], Portfolio=OWN["sec"][1], Status="Submitted to HMICFRS", TargetDate=pa_date(D(2021, 9, 30)),
   LatestUpdate="All 212 total expired records reviewed & actioned, weekly NFLMS report now in place. Evidence pack "
                "uploaded to portal.",
   ClosureSubmitted=pa_date(D(2022, 1, 19)), UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 1, 19, 15, 3, 22, 941),
   Deleted=False, LastJAC="JAC Mar-22")
legacy("H13", title_from_text=True, HMICFRSRef=None, ReportName="Targeting the risk (Firearms Licensing)",
       ReportDate=D(2015, 9, 15), RecType="National rec",
       RecText="Temp permits - arrangements in line with HO guidance, recorded on NFLMS w/o delay & systems so "
               "certificate holders never in unlawful possession",
       Owner="FLU Manager", Portfolio="ACC Security", Status="AMBER", TargetDate=D(2020, 12, 31),
       LatestUpdate="NFLMS recording backlog (approx 60) - temp staff in post.")
fr(key="H14", RecTitle="Missing & absent children - CoC", HMICFRSRef="8795", ReportName="PEEL Effectiveness 2016",
   ReportDate=pa_date(D(2017, 3, 2)), RecType="Cause of Concern",
   RecText="Force response to missing and absent children is a CoC - risk assessment inappropriate in some cases, "
           "children classed absent who should be missing, CSE information not influencing risk grading. Enduring CoC "
           "from 2015 vulnerability report.",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="In progress", TargetDate=pa_date(D(2022, 6, 30)),
   LatestUpdate="Absent category removed from THRIVE+ guidance. Missing persons audit Q3 - 87% correctly graded.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 2, 10, 11, 20, 3, 402), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H15", cat="conflict", why="HMICFRS 8796 has three bullets; the force's text stops after the second ('...such "
   "cases; and') and no force row covers the third (supervisors' oversight of missing person enquiries): a bullet the "
   "force has no row for",
   RecTitle="Missing children - call takers / CSE", HMICFRSRef="8796", ReportName="PEEL Effectiveness 2016",
   ReportDate=pa_date(D(2017, 3, 2)), RecType="Recommendation",
   RecText="To address this cause of concern the force should immediately review its approach to reports of missing "
           "children and take steps to ensure that:\n• call takers understand and use the missing and absent category "
           "appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors "
           "associated with child sexual exploitation and how to respond to such cases; and",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="In progress", TargetDate=pa_date(D(2022, 6, 30)),
   LatestUpdate="CSE risk factors input delivered to FCC (94% staff). Refresher for new starters Apr 22.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 2, 10, 11, 24, 40, 17), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H16", RecTitle="DA - DASH CoC", HMICFRSRef="8801", ReportName="PEEL Effectiveness 2016",
   ReportDate=pa_date(D(2017, 3, 2)), RecType="Cause of Concern",
   RecText="The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an "
           "officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide "
           "confidence that risk is always assessed appropriately.",
   Owner=OWN["crime"][0], Portfolio=OWN["crime"][1], Status="Submitted to HMICFRS",
   TargetDate=pa_date(D(2021, 12, 31)),
   LatestUpdate="All DA incidents now risk assessed (FET decision). Closure submitted with rec 8802.",
   ClosureSubmitted=pa_date(D(2022, 2, 28)), UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 2, 28, 16, 45, 9, 560),
   Deleted=False, LastJAC="JAC Mar-22")
fr(key="H17", RecTitle="DASH supervision", HMICFRSRef="8802", ReportName="PEEL Effectiveness 2016",
   ReportDate=pa_date(D(2017, 3, 2)), RecType="Recommendation",
   RecText="the force should immediately take steps to ensure that there is effective supervision of the initial risk "
           "assessment process, specifically in relation to the completion of DASH risk assessment in appropriate "
           "cases.",
   Owner=OWN["crime"][0], Portfolio=OWN["crime"][1], Status="Ready for closure", TargetDate=pa_date(D(2021, 12, 31)),
   LatestUpdate="Supervisor DASH review field mandatory on Connect since Nov 21. Dip sample 96% compliance. For OL "
                "sign off before submission.",
   UpdatedBy=OWN["crime"][0], UpdatedOn=pa_stamp(2022, 3, 1, 8, 58, 31, 704), Deleted=False, LastJAC="JAC Mar-22")
fr(key=None, kind="blank_id", RecTitle=None, HMICFRSRef=None, ReportName=None, ReportDate=None, RecType=None,
   RecText=None, Owner=None, Portfolio=None, Status=None, TargetDate=None, LatestUpdate=None, UpdatedBy=None,
   UpdatedOn=None)
fr(key=None, cat="not_on_hmicfrs_list", why="force's own entry for the national abuse-of-position cause of concern "
   "(HMICFRS letter of 5 Oct 2017); HMICFRS holds no recommendation for it on this list: query with HMICFRS",
   RecTitle="Abuse of position for sexual purpose", HMICFRSRef=None, ReportName="Abuse of Position 2017",
   ReportDate=pa_date(D(2017, 10, 5)), RecType="Cause of Concern",
   RecText="National CoC - forces' ability to seek intelligence on potential abuse of position for sexual gain. HMICFRS "
           "letter 05/10/17: WMP plan comprehensive but does not fully reflect NPCC strategy (Apr 17). Actions: CCU "
           "capability & capacity review; IT monitoring; intel from orgs supporting vulnerable people.",
   Owner=OWN["dcc"][0], Portfolio=OWN["dcc"][1], Status="In progress", TargetDate=pa_date(D(2022, 9, 30)),
   LatestUpdate="CCU uplift agreed. Centurion/IT monitoring software procurement slipped to Q2.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 12, 6, 14, 11, 52, 88), Deleted=False, LastJAC="JAC Dec-21")
fr(key="H26", RecTitle="MSHT leadership - senior leaders prioritise", HMICFRSRef="8611",
   ReportName="Stolen Freedom 2017", ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Review leadership & governance for MSHT so that senior leaders prioritise the response to modern slavery "
           "and human trafficking",
   Owner=OWN["crime"][0], Portfolio=OWN["crime"][1], Status="Closed", TargetDate=pa_date(D(2018, 10, 24)),
   LatestUpdate="Closed by HMICFRS Jan 20.", UpdatedBy=LW, UpdatedOn=pa_stamp(2020, 10, 2, 10, 2, 14, 305),
   Deleted=False, LastJAC="JAC Dec-20")
legacy("H27", HMICFRSRef="8612", ReportName="Stolen Freedom (MSHT)", ReportDate=D(2017, 10, 24), RecType="National rec",
       RecText="Within twelve months, forces should review their leadership and governance arrangements for modern "
               "slavery and human trafficking, to ensure that: every incident of modern slavery identified to police is "
               "allocated appropriate resources with the skills, experience and capacity to investigate it effectively;",
       Owner="DCI Okafor", Portfolio="ACC Crime", Status="GREEN", TargetDate=D(2020, 3, 31),
       LatestUpdate="MSHT allocation policy drafted. On track.")
fr(key="H28", RecTitle="MSHT - partnership arrangements", HMICFRSRef="8613", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Within twelve months, forces should review their leadership and governance arrangements for modern slavery "
           "and human trafficking, to ensure that forces develop effective partnership arrangements to co-ordinate "
           "activity in order to share information and safeguard victims",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="Not started", TargetDate=pa_date(D(2022, 7, 31)),
   LatestUpdate="Re-assigned from DCI Okafor (retired). Awaiting regional anti-slavery network ToR.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 11, 22, 13, 37, 0, 611), Deleted=False, LastJAC="JAC Dec-21")
fr(key="H29", RecTitle="MSHT - performance & QA", HMICFRSRef="8614", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="... ensure that performance and quality assurance measures are in place to allow senior leaders to assess "
           "the nature and quality of the service provided to victims.",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="Submitted to HMICFRS",
   TargetDate=pa_date(D(2021, 10, 31)),
   LatestUpdate="MSHT performance product live on Power BI, victim survey added. Submitted for closure.",
   ClosureSubmitted=pa_date(D(2021, 11, 30)), UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 11, 30, 10, 5, 43, 129),
   Deleted=False, LastJAC="JAC Dec-21")
fr(key="H30", cat="conflict", why="same information-sharing recommendation (8615) but the force's text says 'Within "
   "twelve months' and its target date is a year after publication; HMICFRS's text says 'Within six months': timescale "
   "disagrees",
   RecTitle="MSHT intel sharing agreements", HMICFRSRef="8615", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Within twelve months, forces should have in place active information-sharing agreements with other "
           "agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to "
           "identify suspects as early as possible",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="In progress", TargetDate=pa_date(D(2018, 10, 24)),
   LatestUpdate="ISAs in place with 3 of 4 LAs + GLAA. Walsall outstanding.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 11, 22, 13, 40, 26, 2), Deleted=False, LastJAC="JAC Dec-21")
fr(key=None, cat="not_on_hmicfrs_list", why="Stolen freedom's section 45 defence recommendation: the force tracks it "
   "(ref 8616, Closed) but it is not on HMICFRS's list (already closed there, or never held): query with HMICFRS",
   RecTitle="MSHT - s45 defence", HMICFRSRef="8616", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
           "attributable to slavery or exploitation are afforded the protection of early and continuing consideration "
           "of the applicability of the section 45 defence.",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="Closed", TargetDate=pa_date(D(2018, 4, 30)),
   LatestUpdate="s45 prompt added to custody & investigation checklist. Closed.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2020, 10, 2, 10, 9, 2, 777), Deleted=False, LastJAC="JAC Dec-20")
fr(key="H31", RecTitle="NRM compliance / DtN", HMICFRSRef="8617", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves "
           "and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home "
           "Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="Closed", TargetDate=pa_date(D(2018, 4, 30)),
   LatestUpdate="Closed by HMICFRS.", UpdatedBy=LW, UpdatedOn=pa_stamp(2020, 10, 2, 10, 10, 38, 415), Deleted=False,
   LastJAC="JAC Dec-20")
fr(key="H33", RecTitle="MSHT investigations - supervision", HMICFRSRef="8619", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking "
           "are thoroughly investigated and effectively supervised by teams and individuals with the skills and "
           "experience to undertake them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="Ready for closure", TargetDate=pa_date(D(2022, 3, 31)),
   LatestUpdate="All MSHT crimes now allocated to PPU/ MSHT team, DI review at 7 & 28 days. Evidence collated.",
   UpdatedBy=OWN["crime2"][0], UpdatedOn=pa_stamp(2022, 3, 3, 9, 15, 20, 650), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H34", RecTitle="MSHT preventative orders (STPO/SRO)", HMICFRSRef="8620", ReportName="Stolen Freedom 2017",
   ReportDate=pa_date(D(2017, 10, 24)), RecType="National Recommendation",
   RecText="Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to "
           "ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in "
           "respect of modern slavery and human trafficking offences are exploited.",
   Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="In progress", TargetDate=pa_date(D(2021, 12, 31)),
   LatestUpdate="STPO applications up (9 in 2021). Legal services guidance being refreshed.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 11, 22, 13, 44, 9, 350), Deleted=False, LastJAC="JAC Dec-21")
fr(key="H35", RecTitle="Digital services plan", HMICFRSRef="8701", ReportName="PEEL Efficiency 2017",
   ReportDate=pa_date(D(2017, 11, 9)), RecType="National Recommendation",
   RecText="By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services "
           "within their force.",
   Owner=OWN["comm"][0], Portfolio=OWN["comm"][1], Status="In progress", TargetDate=pa_date(D(2022, 3, 31)),
   LatestUpdate="Digital strategy 2021-25 approved; SDP roll out of online reporting continuing.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 12, 6, 14, 20, 31, 930), Deleted=False, LastJAC="JAC Dec-21")
fr(key="H36", cat="conflict", why="same control-room text (8702) but HMICFRS records it as an area for improvement and "
   "the force as a Recommendation: type disagrees",
   RecTitle="FCC resourcing & wellbeing", HMICFRSRef="8702", ReportName="PEEL Efficiency 2017",
   ReportDate=pa_date(D(2017, 11, 9)), RecType="Recommendation",
   RecText="The force should ensure that it has sufficient resources available in the control room to fulfil its "
           "resourcing model, and so to meet its demand, while also taking into account the wellbeing of its "
           "workforce.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2022, 6, 30)),
   LatestUpdate="FCC establishment uplift (+38) part recruited. Wellbeing TRiM in place.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2022, 2, 10, 11, 31, 17, 820), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H18", RecTitle="S&S disproportionality - national CoC", HMICFRSRef="8540",
   ReportName="PEEL Legitimacy 2017", ReportDate=pa_date(D(2017, 12, 12)), RecType="Cause of Concern",
   RecText="HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is "
           "consistently reasonable and fair. In particular, there is over-representation of BAME people, and black "
           "people in particular, in stop and search data which many forces are unable to explain.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2022, 9, 30)),
   LatestUpdate="See recs 8541-8547.", UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 12, 6, 14, 25, 0, 145), Deleted=False,
   LastJAC="JAC Dec-21")
fr(key="H19", RecTitle="S&S data - reasons for disproportionality", HMICFRSRef="8541",
   ReportName="PEEL Legitimacy 2017", ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
           "comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons "
           "for any disproportionate representation of different ethnic groups in the use of stop and search;",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="Closed", TargetDate=pa_date(D(2018, 7, 31)),
   LatestUpdate="Closed by HMICFRS Sept 20.", UpdatedBy=LW, UpdatedOn=pa_stamp(2020, 10, 2, 10, 21, 48, 503),
   Deleted=False, LastJAC="JAC Dec-20")
fr(key="H20", RecTitle="S&S data - find rates by ethnicity", HMICFRSRef="8542", ReportName="PEEL Legitimacy 2017",
   ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="•the extent to which find rates differ between people from different ethnicities, and across different "
           "types of searches (including separate identification of find rates for drug possession and supply-type "
           "offences); and",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="Submitted to HMICFRS", TargetDate=pa_date(D(2021, 9, 30)),
   LatestUpdate="Find rate by ethnicity & search type on S&S dashboard (monthly to scrutiny panel).",
   ClosureSubmitted=pa_date(D(2021, 10, 12)), UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 10, 12, 12, 0, 59, 71),
   Deleted=False, LastJAC="JAC Dec-21")
fr(key="H21", RecTitle="S&S data - possession only drug searches", HMICFRSRef="8543",
   ReportName="PEEL Legitimacy 2017", ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="•the prevalence of possession-only drug searches, and the extent to which these align with local or force "
           "level priorities.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2022, 6, 30)),
   LatestUpdate="Possession-only searches 61% of drug searches. Analyst reviewing against NPT priorities.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 2, 10, 11, 40, 2, 226), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H22", RecTitle="Disparities - research & analysis", HMICFRSRef="8544", ReportName="PEEL Legitimacy 2017",
   ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="Where forces identify disparities through monitoring, they should demonstrate to the public that they have "
           "carried out research and analysis in an attempt to understand the reasons for the disparity",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="Ready for closure", TargetDate=pa_date(D(2022, 3, 31)),
   LatestUpdate="Univ. of Birmingham disproportionality study published on website Feb 22.",
   UpdatedBy=OWN["local"][0], UpdatedOn=pa_stamp(2022, 2, 24, 17, 2, 11, 980), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H23", RecTitle="Disparities - action taken", HMICFRSRef="8545", ReportName="PEEL Legitimacy 2017",
   ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="... and taken action to reduce the disparity where necessary",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2022, 9, 30)),
   LatestUpdate="Action plan from study recs being agreed with IAG.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2022, 2, 24, 17, 5, 40, 3), Deleted=False, LastJAC="JAC Mar-22")
legacy("H25", HMICFRSRef="8547", ReportName="PEEL Legitimacy 2017 (National)", ReportDate=D(2017, 12, 12),
       RecType="National rec",
       RecText="By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and "
               "search powers have been provided with, and understand, training on unconcious bias and College of "
               "Policing APP on stop and search.",
       Owner="Supt Bramley", Portfolio="ACC Local Policing", Status="GREEN", TargetDate=D(2020, 3, 31),
       LatestUpdate="UB e-learning 89% completion. S&S refresher in OST 2020.")
fr(key="H37", RecTitle="Vetting backlog CoC", HMICFRSRef="9310", ReportName="PEEL 2018/19",
   ReportDate=pa_date(D(2019, 5, 2)), RecType="Cause of Concern",
   RecText="The size of the vetting backlog within West Midlands Police is a cause of concern.",
   Owner=OWN["dcc"][0], Portfolio=OWN["dcc"][1], Status="In progress", TargetDate=pa_date(D(2022, 3, 31)),
   LatestUpdate="Backlog 312 (from 2,140 in 2019).", UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 2, 10, 11, 45, 29, 560),
   Deleted=False, LastJAC="JAC Mar-22")
fr(key="H38", RecTitle="Vetting - all staff vetted / renewals", HMICFRSRef="9311", ReportName="PEEL 2018/19",
   ReportDate=pa_date(D(2019, 5, 2)), RecType="Recommendation",
   RecText="The force should ensure all staff have received at least the lowest level of vetting clearance for their "
           "roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they "
           "become due so that it complies fully with the national vetting guidelines.",
   Owner=OWN["dcc"][0], Portfolio=OWN["dcc"][1], Status="Submitted to HMICFRS", TargetDate=pa_date(D(2021, 12, 31)),
   LatestUpdate="All staff hold min. RV/NPPV1. Renewals within SLA since Sept 21. Submitted - HMICFRS to test at PEEL "
                "fieldwork.",
   ClosureSubmitted=pa_date(D(2022, 1, 27)), UpdatedBy=LW, UpdatedOn=pa_stamp(2022, 1, 27, 9, 12, 44, 190),
   Deleted=False, LastJAC="JAC Mar-22")

# ---- rows created in the app after go-live (appended in creation order) ---------------
fr(key=None, kind="deleted", RecTitle="test", HMICFRSRef=None, ReportName="PEEL 2018/19",
   ReportDate=pa_date(D(2020, 9, 15)), RecType="Recommendation", RecText="test - please ignore",
   Owner=LW, Portfolio="DCC", Status="Not started", TargetDate=pa_date(D(2020, 9, 15)), LatestUpdate=None,
   UpdatedBy=LW, UpdatedOn=pa_stamp(2020, 9, 15, 10, 31, 7, 16), Deleted=True)
fr(key="H3", RecTitle="DA action plan (Everyone's Business)", HMICFRSRef="2321",
   ReportName="Everyone's Business (DA) 2014", ReportDate=pa_date(D(2014, 3, 27)), RecType="National Recommendation",
   RecText="By September 2014, every police force in England and Wales should establish and publish an action plan "
           "that specifies in detail what steps it will take to improve its approach to domestic abuse.\nThis action "
           "plan should be developed:\n• in consultation with police and crime commissioners, domestic abuse support "
           "organisations and victims' representatives;\n• after close consideration of all the recommendations in "
           "this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
           "connection with the force in question or another force; and\n• drawing on relevant knowledge acquired or "
           "available from other sources such as CPS scrutiny panels and MARAC self-assessments.\n(remainder of rec - "
           "chief officer oversight / PCC accountability - see report p.21)",
   Owner=OWN["crime"][0], Portfolio=OWN["crime"][1], Status="Closed", TargetDate=pa_date(D(2014, 9, 30)),
   LatestUpdate="Added 11/05/21 after FLL query. HMICFRS confirm superseded by PEEL Effectiveness - no further action.",
   UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 5, 11, 14, 2, 36, 447), Deleted=False, LastJAC="JAC Jun-21")
fr(key="H39", RecTitle="Comms skills - conflict mgmt guidelines", HMICFRSRef="10452",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation",
   RecText="By July 2022, forces should ensure that officers and staff have effective communication skills, in line "
           "with the National Policing Guidelines on Conflict Management. This should be in addition to existing "
           "training on conflict management and de-escalation.",
   Owner=OWN["people"][0], Portfolio=OWN["people"][1], Status="Not started", TargetDate=pa_date(D(2022, 7, 31)),
   LatestUpdate="L&D scoping with CoP national package (due summer 22).", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 5, 11, 14, 20, 12, 508), Deleted=False, LastJAC="JAC Jun-21")
DUP_TEXT = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of "
            "continuing professional development for officers and staff, and that supervisors are supported to "
            "routinely and frequently debrief officers on these skills using body-worn video footage.")
fr(key="H40", RecTitle="Comms skills CPD + BWV debriefs", HMICFRSRef="10453",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation", RecText=DUP_TEXT,
   Owner=OWN["people"][0], Portfolio=OWN["people"][1], Status="In progress", TargetDate=pa_date(D(2021, 7, 31)),
   LatestUpdate="Comms skills module in 21/22 PDU CPD. BWV debrief guide for sgts drafted.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 5, 11, 14, 26, 3, 112), Deleted=False, LastJAC="JAC Jun-21")
fr(key="H40", why="second copy of the 10453 record created by a double-tap on Submit (same content, saved 2 s later, "
   "never deleted); both rows are the force's record of 10453",
   RecTitle="Comms skills CPD + BWV debriefs", HMICFRSRef="10453",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation", RecText=DUP_TEXT,
   Owner=OWN["people"][0], Portfolio=OWN["people"][1], Status="In progress", TargetDate=pa_date(D(2021, 7, 31)),
   LatestUpdate="Comms skills module in 21/22 PDU CPD. BWV debrief guide for sgts drafted.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 5, 11, 14, 26, 5, 389), Deleted=False, LastJAC="JAC Jun-21")
BWV1 = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the "
        "entirety of all stop and search encounters, including traffic stops and use of force incidents.")
fr(key="H41", RecTitle="BWV - record entire S&S / UoF encounters", HMICFRSRef="10454",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation", RecText=BWV1,
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="Ready for closure", TargetDate=pa_date(D(2021, 9, 30)),
   LatestUpdate="BWV policy v4 mandates full-encounter recording; compliance 93% (Jan 22 audit).",
   UpdatedBy=OWN["local"][0], UpdatedOn=pa_stamp(2022, 2, 24, 16, 51, 27, 331), Deleted=False, LastJAC="JAC Mar-22")
fr(key=None, kind="deleted", RecTitle="BWV - record entire S&S / UoF encounters", HMICFRSRef="10454",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation", RecText=BWV1,
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2021, 9, 30)),
   LatestUpdate=None, UpdatedBy=LW, UpdatedOn=pa_stamp(2021, 5, 11, 14, 31, 40, 760), Deleted=True)
fr(key="H42", RecTitle="BWV - internal review of sample", HMICFRSRef="10455",
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation",
   RecText="have a structured process for regularly reviewing and monitoring internally a sufficient sample of "
           "body-worn video footage to identify and disseminate learning and hold officers to account when behaviour "
           "falls below acceptable standards.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2021, 9, 30)),
   LatestUpdate="Monthly dip sample by NPU sgts started Nov 21 - learning log via PSD.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2022, 2, 10, 11, 52, 8, 614), Deleted=False, LastJAC="JAC Mar-22")
fr(key="H44", cat="conflict", why="text is the Disproportionate use (Feb 2021) use-of-force monitoring recommendation "
   "(10458) but the force files it under PEEL Legitimacy 2017 with that report's date: report disagrees",
   RecTitle="UoF internal monitoring - disproportionality", HMICFRSRef=None, ReportName="PEEL Legitimacy 2017",
   ReportDate=pa_date(D(2017, 12, 12)), RecType="National Recommendation",
   RecText="By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, "
           "to help them to identify and understand disproportionate use, explain the reasons and implement any "
           "necessary improvement action.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="In progress", TargetDate=pa_date(D(2021, 7, 31)),
   LatestUpdate="UoF forms now on Power BI with ethnicity breakdown; UoF scrutiny panel from Apr 22.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 5, 11, 14, 40, 55, 21), Deleted=False, LastJAC="JAC Jun-21")
fr(key=None, cat="not_on_hmicfrs_list", why="Disproportionate use recommendation addressed to the Home Office and "
   "NPCC, logged by the force as Not applicable; HMICFRS does not hold it against WMP",
   RecTitle="HO/NPCC - UoF data quality (not WMP)", HMICFRSRef=None,
   ReportName="Disproportionate Use of Powers 2021", ReportDate=pa_date(D(2021, 2, 26)),
   RecType="National Recommendation",
   RecText="The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the "
           "number of incidents where force has been used to effect a stop and search is sufficient for publication. "
           "The Home Office should publish this data as soon as possible.",
   Owner=OWN["local"][0], Portfolio=OWN["local"][1], Status="Not applicable", TargetDate=None,
   LatestUpdate="For HO/NPCC - no action for WMP. Logged for completeness.", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 5, 11, 14, 44, 30, 870), Deleted=False, LastJAC="JAC Jun-21")
fr(key="H35", why="the force split 8701 in two: the force's own digital plan (row above, In progress) and the "
   "national-framework sentence for HO/NPCC/APCC (Not applicable); the item is still open on the force side because "
   "its own part is In progress",
   RecTitle="Digital - national framework (HO/NPCC/APCC)", HMICFRSRef="8701", ReportName="PEEL Efficiency 2017",
   ReportDate=pa_date(D(2017, 11, 9)), RecType="National Recommendation",
   RecText="The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework which allows for the "
           "provision of digitally enabled services across force boundaries.",
   Owner=OWN["comm"][0], Portfolio=OWN["comm"][1], Status="Not applicable", TargetDate=None,
   LatestUpdate="National element - not for WMP. Split from 8701 (digital plan).", UpdatedBy=LW,
   UpdatedOn=pa_stamp(2021, 6, 17, 9, 8, 14, 902), Deleted=False, LastJAC="JAC Jun-21")

# ---- rows typed under the table in Excel (outside tblRecs, no app id) -----------------
BELOW_NOTE = ("NB rows below added by LW 03/03/22 - app wouldn't save (file locked by sync). To add to app once fixed. "
              "DO NOT SORT")
BELOW = []
BELOW.append(dict(key="H32", RecTitle="MSHT crime recording / FCR audit", HMICFRSRef="8618",
                  ReportName="Stolen Freedom 2017", ReportDate=D(2017, 10, 24), RecType="National Recommendation",
                  RecText="Immediately, forces should take steps to ensure they fully comply with NCRS requirements for "
                          "offences identified as modern slavery and human trafficking and that sufficient audit "
                          "capacity is available to the FCR ...",
                  Owner=OWN["crime2"][0], Portfolio=OWN["crime2"][1], Status="in progress",
                  TargetDate=D(2022, 6, 30), LatestUpdate="Found missing from app during HMICFRS list recon. FCR audit "
                                                          "of MSHT crimes scheduled Q1 22/23.",
                  UpdatedBy="LW", UpdatedOn=D(2022, 3, 3), kind="item"))
BELOW.append(dict(key=None, cat="not_on_hmicfrs_list", why="Crime Data Integrity 2017 recommendations and AFIs, "
                  "tracked by the force on the FCR's separate action plan; HMICFRS's list holds nothing from that "
                  "report: query with HMICFRS",
                  RecTitle="CDI 2017 - 4 recs + 2 AFIs", HMICFRSRef=None, ReportName="Crime Data Integrity 2017",
                  ReportDate=D(2017, 9, 7), RecType=None,
                  RecText="CDI 2017 (graded Inadequate) - 4 recommendations & 2 AFIs. Tracked on FCR's CDI action plan, "
                          "not in app. Not on HMICFRS list?? - query with FLL",
                  Owner="Force Crime Registrar", Portfolio="ACC Crime", Status="Ongoing", TargetDate=None,
                  LatestUpdate="CDI revisit expected 2022.", UpdatedBy="LW", UpdatedOn=D(2022, 3, 3), kind="item"))

COLS = ["RecTitle", "HMICFRSRef", "ReportName", "ReportDate", "RecType", "RecText", "Owner", "Portfolio", "Status",
        "TargetDate", "LatestUpdate", "ClosureSubmitted", "UpdatedBy", "UpdatedOn", "__PowerAppsId__", "Deleted",
        "LastJAC"]

# --------------------------------------------------------------------------------------
# write files
# --------------------------------------------------------------------------------------


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Recommendations held against West Midlands Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": CREATED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1,
                          "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "OFFICIAL", bold)
    ws.write(1, 0, "HMICFRS – Recommendations held against West Midlands Police", title)
    ws.write(2, 0, "Definitive list as at 14/03/2022. Includes recommendations closed since the last list.")
    hdr = ["ID", "Report title", "Publication date", "Type", "Recommendation / AFI / Cause of concern", "Status",
           "Status date", "Latest comment"]
    for c, t in enumerate(hdr):
        ws.write(4, c, t, head)
    rows = {}
    r = 5
    for k in H_ORDER:
        x = H[k]
        ws.write_number(r, 0, x["id"], cell)
        ws.write_string(r, 1, x["report"], wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(x["pub"], dt.time()), date)
        ws.write_string(r, 3, x["type"], cell)
        ws.write_string(r, 4, x["text"], wrap)
        ws.write_string(r, 5, x["status"], cell)
        ws.write_datetime(r, 6, dt.datetime.combine(x["sdate"], dt.time()), date)
        ws.write_string(r, 7, x["comment"], wrap)
        rows[k] = "Definitive list!%d" % (r + 1)
        r += 1
    ws.write(r + 1, 0, "%d records" % len(H_ORDER), bold)
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 3, 20)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 6, 14)
    ws.set_column(7, 7, 50)
    ws.freeze_panes(5, 0)
    ws.autofilter(4, 0, r - 1, len(hdr) - 1)
    wb.close()
    notes = {
        "Definitive list!1": "protective marking line",
        "Definitive list!2": "title",
        "Definitive list!3": "'as at' line",
        "Definitive list!4": "blank",
        "Definitive list!5": "header row",
        "Definitive list!%d" % (r + 1): "blank",
        "Definitive list!%d" % (r + 2): "record count ('%d records')" % len(H_ORDER),
    }
    return rows, notes


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "", "author": "Lisa Wheeler", "company": "West Midlands Police",
                       "created": dt.datetime(2020, 9, 14, 15, 40, 0)})
    ws = wb.add_worksheet("Recs")
    lk = wb.add_worksheet("Lookups")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    dtfmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm", "valign": "top"})
    note_fmt = wb.add_format({"bold": True, "font_color": "#C00000"})

    def put(r, c, v):
        if v is None:
            return
        if isinstance(v, bool):
            ws.write_boolean(r, c, v, top)
        elif isinstance(v, dt.datetime):
            ws.write_datetime(r, c, v, dtfmt)
        elif isinstance(v, dt.date):
            ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), dfmt)
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, top)
        else:
            ws.write_string(r, c, v, wrap if c in (5, 10) else top)

    rows = []
    r = 1
    for row in FR:
        for c, col in enumerate(COLS):
            put(r, c, row.get(col))
        rows.append(("Recs!%d" % (r + 1), row))
        r += 1
    last = r - 1
    ws.add_table(0, 0, last, len(COLS) - 1, {
        "name": "tblRecs", "style": "Table Style Medium 2",
        "columns": [{"header": c} for c in COLS]})
    notes = {"Recs!1": "header row of the Excel table tblRecs"}
    for ref, row in rows:
        if row["kind"] == "deleted":
            notes[ref] = "record soft-deleted in the app (Deleted = TRUE): %s" % (
                "developer's test record ('test - please ignore')" if row["RecTitle"] == "test"
                else "double-submit duplicate of the 10454 record, deleted by the OL team")
        elif row["kind"] == "blank_id":
            notes[ref] = ("row inside tblRecs whose contents were cleared in Excel; only the app's __PowerAppsId__ "
                          "remains")
    # outside the table: one blank row, a note, then rows typed by hand
    r = last + 2            # leave one blank row (last+1)
    notes["Recs!%d" % (last + 2)] = "blank row between the end of tblRecs and the hand-typed rows"
    ws.write_string(r, 0, BELOW_NOTE, note_fmt)
    notes["Recs!%d" % (r + 1)] = "hand-typed note above the rows added outside the table"
    r += 1
    for row in BELOW:
        for c, col in enumerate(COLS):
            put(r, c, row.get(col))
        rows.append(("Recs!%d" % (r + 1), row))
        r += 1
    widths = [34, 11, 30, 25, 22, 80, 34, 26, 20, 25, 55, 25, 34, 25, 34, 8, 11]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 1)

    # Lookups sheet: the app's choice lists and the legacy RAG key
    lk_rows = [
        ["Status", None, "RecType", None, "Portfolio", None, "Report", None, "Legacy RAG (2019 tracker, imported 14/09/20)", None],
        ["Not started", None, "Recommendation", None, "ACC Crime", None, "Everyone's Business (DA) 2014", None, "BLUE", "Complete - signed off by OL Board"],
        ["In progress", None, "AFI", None, "ACC Local Policing", None, "Policing in Austerity 2014", None, "GREEN", "On track"],
        ["Ready for closure", None, "Cause of Concern", None, "ACC Security", None, "Targeting the Risk 2015", None, "AMBER", "Some slippage - at risk"],
        ["Submitted to HMICFRS", None, "National Recommendation", None, "DCC", None, "PEEL Effectiveness 2016", None, "RED", "Off track / overdue"],
        ["Closed", None, None, None, "Director of People", None, "Abuse of Position 2017", None, None, None],
        ["Not applicable", None, None, None, "Director of Commercial Services", None, "Stolen Freedom 2017", None, None, None],
        [None, None, None, None, None, None, "PEEL Efficiency 2017", None, None, None],
        [None, None, None, None, None, None, "PEEL Legitimacy 2017", None, None, None],
        [None, None, None, None, None, None, "PEEL 2018/19", None, None, None],
        [None, None, None, None, None, None, "Disproportionate Use of Powers 2021", None, None, None],
        [None] * 10,
        ["Status guide (app help screen): Ready for closure = owner says complete, awaiting OL sign off; Submitted to "
         "HMICFRS = closure evidence sent via portal; Closed = HMICFRS confirmed closed / NFA; Not applicable = not for "
         "WMP to deliver.", None, None, None, None, None, None, None, None, None],
        ["Legacy rows keep their old RAG in Status until edited in the app.", None, None, None, None, None, None, None,
         None, None],
    ]
    hb = wb.add_format({"bold": True})
    for ri, lrow in enumerate(lk_rows):
        for ci, v in enumerate(lrow):
            if v is not None:
                lk.write_string(ri, ci, v, hb if ri == 0 else None)
    lk.set_column(0, 0, 22)
    lk.set_column(2, 2, 24)
    lk.set_column(4, 4, 30)
    lk.set_column(6, 6, 34)
    lk.set_column(8, 8, 12)
    lk.set_column(9, 9, 34)
    wb.close()
    lk_notes = {
        "Lookups!1": "headers of the app's choice lists (Status, RecType, Portfolio, Report) and of the legacy RAG key",
        "Lookups!2-11": "choice-list values and the legacy RAG key (BLUE/GREEN/AMBER/RED meanings)",
        "Lookups!12": "blank",
        "Lookups!13": "status guide text from the app's help screen",
        "Lookups!14": "note: legacy rows keep their old RAG",
    }
    return rows, notes, lk_notes


def fstatus(v):
    v = (v or "").strip().lower()
    if v in F_DONE:
        return "done"
    if v in F_OPEN:
        return "open"
    raise ValueError(v)


def category(hkey, frows):
    hs = "closed" if H[hkey]["status"] in H_CLOSED else "open"
    fs = "open" if any(fstatus(r["Status"]) == "open" for r in frows) else "done"
    return {("open", "open"): "in_sync", ("closed", "done"): "in_sync", ("open", "done"): "closeable_submit",
            ("closed", "open"): "closeable_local"}[(hs, fs)]


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, hnotes = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows, fnotes, lk_notes = write_tracker(os.path.join(OUT, "tracker.xlsx"))

    by_key = {}
    for ref, row in frows:
        if row["kind"] == "item" and row["key"]:
            by_key.setdefault(row["key"], []).append(row)

    truth = []
    cats = {}
    for ref, row in frows:
        if row["kind"] != "item":
            continue
        k = row["key"]
        if k is None:
            truth.append(("", ref, row["cat"], row["why"]))
            continue
        cat = row.get("cat")
        if cat is None:
            items = by_key[k]
            cat = category(k, items)
            for other in items:
                if other.get("cat"):
                    cat = other["cat"]
        why = row.get("why") or default_why(k, by_key[k], cat)
        truth.append((hrows[k], ref, cat, why))
        cats[k] = cat
    for k in H_ORDER:
        if k not in by_key:
            truth.append((hrows[k], "", "missing_from_force",
                          "%s (%d, %s) has no row in the force's tracker" % (H[k]["type"], H[k]["id"], H[k]["status"])))
            cats[k] = "missing_from_force"

    def sort_key(t):
        h_ = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f_ = int(t[1].split("!")[1]) if t[1] else 0
        return (h_, f_)
    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    item_counts = {}
    for k, c in cats.items():
        item_counts[c] = item_counts.get(c, 0) + 1
    item_counts["not_on_hmicfrs_list"] = sum(1 for t in truth if t[2] == "not_on_hmicfrs_list")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(counts, item_counts, hnotes, fnotes, lk_notes, len(H_ORDER)))


def default_why(k, items, cat):
    x = H[k]
    fs = ", ".join(repr(r["Status"]) for r in items)
    base = "%d: HMICFRS '%s', force %s" % (x["id"], x["status"], fs)
    extra = {
        "in_sync": " - both open" if x["status"] in H_OPEN else " - closed on both sides",
        "closeable_submit": " - force records it done, HMICFRS still open",
        "closeable_local": " - HMICFRS closed it, force still open",
    }[cat]
    s = base + extra
    if any(r["Status"] == "GREEN" for r in items):
        s += " (legacy GREEN = 'On track', i.e. open, per the Lookups key)"
    if any(r["Status"] == "BLUE" for r in items):
        s += " (legacy BLUE = complete)"
    return s


def readme(counts, item_counts, hnotes, fnotes, lk_notes, n_items):
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    crow = "\n".join("| %s | %d | %d |" % (c, item_counts.get(c, 0), counts.get(c, 0)) for c in order)
    not_items = "\n".join("- `hmicfrs.xlsx` %s: %s" % (k, v) for k, v in hnotes.items())
    not_items += "\n" + "\n".join("- `tracker.xlsx` %s: %s" % (k, v) for k, v in
                                  sorted(fnotes.items(), key=lambda kv: int(kv[0].split("!")[1])))
    not_items += "\n" + "\n".join("- `tracker.xlsx` %s: %s" % (k, v) for k, v in lk_notes.items())
    return README_TEMPLATE.format(counts_table=crow, not_items=not_items, n_items=n_items,
                                  n_truth=sum(counts.values()), last_h=5 + n_items, last_t=len(FR) + 1)


README_TEMPLATE = """# powerapps_excel_table_datasource

## The story

West Midlands Police's Risk and Organisational Learning team kept its HMICFRS recommendations in an
Excel tracker until September 2020, when a member of the team built a Power Apps canvas app so that
owners could update their own items. The app's data source is not a SharePoint list but an **Excel
table (`tblRecs`) in a workbook on OneDrive** – the cheapest route, and a common one. On 14/09/2020
the rows of the 2019 tracker were pasted into the table; since then owners and the OL officer (LW)
have added and edited records through the app. In March 2022 HMICFRS sent its definitive list; the
analyst has to reconcile it with "the tracker", which is this workbook, exactly as the app leaves it.

What Power Apps and people have done to the workbook (all of them real behaviours of an app on an
Excel table):

- **`__PowerAppsId__`**: the connector adds this column to the table and fills it with a 32-character
  id per row. Columns added to the table afterwards (`Deleted`, `LastJAC`) therefore sit to the
  *right* of it.
- **Dates written by the app are ISO-8601 text in UTC** (`2017-10-23T23:00:00.000Z`), not Excel dates.
  A date picked in British Summer Time is stored as 23:00 on the previous day: `2017-10-23T23:00:00.000Z`
  *is* 24 October 2017 (Stolen freedom's publication date) and `2019-05-01T23:00:00.000Z` is 2 May 2019.
  These look one day early but are **not** date conflicts. Rows imported from the old tracker and never
  edited since keep real Excel dates (and text such as `Complete` or `WMP2020` in `TargetDate`).
- **Two status vocabularies in one column**: rows edited in the app carry the app's choices
  (`Not started`, `In progress`, `Ready for closure`, `Submitted to HMICFRS`, `Closed`, `Not applicable`);
  rows imported in 2020 and never touched keep the 2019 tracker's RAG word (`BLUE`, `GREEN`, `AMBER`,
  `RED`). The `Lookups` sheet gives the legacy key: **BLUE = complete, GREEN = on track** (open).
- **Legacy `RecTitle` is `=LEFT(RecText,60)` pasted as values** (cut mid-word); app rows have a
  human-written short title.
- **Soft delete**: the app's delete button sets `Deleted` = TRUE and filters those rows out; the rows
  stay in the table. Legacy rows never touched have `Deleted` empty; app rows have FALSE.
- **Double-submit duplicates**: a double tap on Submit created two identical records 2 s apart. One
  such pair is still live (10453: both rows are the force's record), in the other the copy was later
  deleted (10454: the deleted copy is not an item).
- **A cleared row**: someone pressed Delete on a row's cells in Excel instead of deleting the record;
  only its `__PowerAppsId__` remains.
- **Rows typed under the table**: when the app could not save (file locked by OneDrive sync) LW typed
  two records under the table, after a blank row and a red note. They are outside `tblRecs`, have no
  app id, real Excel dates, and free status words (`in progress`, `Ongoing`).
- Owners' pasted texts: PDF ligatures (`ﬁrearms`), a footnote digit caught in the text (`intelligence 86 and`),
  bullets as `•`, abridgements (`CCs & PCCs review savings plans ...`), clause-only texts starting
  `...`/`•` for bullet records, typos (`effectivly`, `unconcious`).

## Files

### `hmicfrs.xlsx` (HMICFRS side) – sheet `Definitive list`

Rows 1–3: protective marking, title, "as at 14/03/2022" line; row 4 blank; **row 5 header**:
`ID` · `Report title` · `Publication date` · `Type` · `Recommendation / AFI / Cause of concern` ·
`Status` · `Status date` · `Latest comment`. **Items: rows 6–{last_h}** ({n_items} items), sorted by
publication date then ID. Then one blank row and a record count. IDs are plain register integers
(902, 2321, 4822, 8541, 8796 are the real register ids seen on the public register; the others
follow the same scheme). Multi-clause recommendations (PEEL legitimacy 2017 stop-and-search
monitoring and disparities, Stolen freedom leadership, Disproportionate use body-worn video) are
held as one record per clause, stem repeated, as public mirrors of the register show for West
Mercia's 2018/19 recommendations; each clause record is an item. Causes of concern are records of type
`Cause of concern`.

### `tracker.xlsx` (force side)

- Sheet `Recs`: **row 1 is the header of Excel table `tblRecs`**; table rows 2–{last_t}; then a blank
  row, a note row, and two hand-typed rows outside the table. Columns: `RecTitle` · `HMICFRSRef` (the
  register ID as typed by owners; empty on some rows, wrong on one) · `ReportName` · `ReportDate` · `RecType` ·
  `RecText` · `Owner` (e-mail in app rows, rank and name in legacy rows) · `Portfolio` · `Status` ·
  `TargetDate` · `LatestUpdate` · `ClosureSubmitted` · `UpdatedBy` · `UpdatedOn` · `__PowerAppsId__` ·
  `Deleted` · `LastJAC`.
- Sheet `Lookups`: the app's choice lists and the legacy RAG key. No items.

Items are the rows of `Recs` that hold a record and are not soft-deleted, including the two rows
under the table. The table starts with the legacy block (old tracker order, by report), then the rows
created in the app, in creation order.

## Status rules applied

HMICFRS: open = `Awaiting review`, `Being progressed`; closed = `Complete`, `Superseded`
(the superseded comments say no further action is needed).

Force (case-insensitive): done = `Ready for closure` (owner says complete, awaiting the force's own
sign-off = proposed for closure), `Submitted to HMICFRS`, `Closed`, `Not applicable` (not the force's
to deliver), `BLUE`; open = `Not started`, `In progress`, `Ongoing`, `GREEN` (legacy "on track"),
`AMBER`, `RED`. Where the force split one HMICFRS item into several rows, the item is done only when
every row is done.

open/open and closed/done → `in_sync`; HMICFRS open + force done → `closeable_submit`;
HMICFRS closed + force open → `closeable_local`; facts disagreeing → `conflict` regardless of status.

## Traps and how the truth decides them

1. **Legacy GREEN means open.** Four untouched legacy rows say `GREEN`; by the key on `Lookups` that is
   "On track", so: 8612 (HMICFRS open) is `in_sync`, and Austerity 3350/3351 and 8547 (HMICFRS closed)
   are `closeable_local` – not closeable_submit / in_sync as "Green = done" would suggest. `BLUE`
   (1187, 3352) is done → `in_sync` with HMICFRS's closed; `RED` on 1188 (HMICFRS Complete) →
   `closeable_local`; `AMBER` on 5104 → `in_sync`.
2. **UTC dates one day early** (BST): not conflicts (Stolen freedom, Targeting the risk, PEEL 2018/19
   rows).
3. **Reference conflict**: the firearms-licensing demand text (5102) carries `HMICFRSRef` 5103; the real
   5103 ('total expired') has its own correct row. Text decides the pairing; the wrong reference makes
   it a `conflict`.
4. **Missing bullet**: 8796 (missing children) is held by HMICFRS as one record with three bullets;
   the force's text stops after the second bullet ("...such cases; and") and no force row covers the
   supervisors' bullet → `conflict`. Contrast: where HMICFRS holds each clause as its own record
   (body-worn video 10454–10456), the clause the force has no row for (10456) is `missing_from_force`.
5. **Timescale conflict**: 8615 information-sharing – force text "Within twelve months" (copied from
   the leadership stem) and a target a year out; HMICFRS "Within six months" → `conflict`.
6. **Type conflict**: 8702 control room is an area for improvement on the HMICFRS list, a
   `Recommendation` on the force's row → `conflict`. (National recommendation vs `Recommendation`,
   `National rec` or `Rec` is not a type conflict: all are recommendations; "national" says who it is
   addressed to.)
7. **Report conflict**: 10458 use-of-force monitoring (Disproportionate use, Feb 2021) filed by the
   force under `PEEL Legitimacy 2017` with that report's date, no reference → `conflict`.
8. **Double submit**: 10453 has two live identical rows → both rows paired with 10453, `in_sync`.
   10454's deleted copy is not an item.
9. **Split row**: 8701 digital plan split by the force into its own plan (`In progress`) and the
   national-framework sentence (`Not applicable`) → both rows paired with 8701; the item is open on
   the force side → `in_sync` with HMICFRS's `Being progressed`.
10. **Abridged, reference-less legacy rows** (Austerity 3350/3351, 5104 temporary permits) are matched
    by report and content; they are unambiguous.
11. **Force-only rows** (`not_on_hmicfrs_list`): Stolen freedom s45 defence (ref 8616, Closed – not on
    HMICFRS's list); the Home Office/NPCC data-quality recommendation (Not applicable); the force's own
    entry for the 2017 abuse-of-position national cause of concern; the hand-typed CDI 2017 summary row.
12. **Not items**: deleted rows (`Deleted` = TRUE), the cleared row with only an app id, the blank row
    and note under the table, the `Lookups` sheet.
13. `missing_from_force`: Core Business 4822, Integrity matters 902 (never in the 2019 tracker), PEEL
    legitimacy 8546 (publish annually), Disproportionate use 10456 (external scrutiny panels).

No `review` pairs: every pairing is decidable from the two rows.

## Counts

| category | HMICFRS items / force-only rows | truth.csv lines |
|---|---|---|
{counts_table}

{n_items} HMICFRS items; truth.csv has {n_truth} lines.

## Rows that are not items

{not_items}

## Sources of the texts

All recommendation, AFI and cause-of-concern texts are real public HMICFRS texts from
`real_recommendations.csv` and the November 2017 West Midlands Police Joint Audit Committee HMICFRS
update (Stolen freedom, PEEL efficiency 2017, PEEL effectiveness 2016 domestic-abuse cause of
concern, Policing in Austerity). The PEEL 2018/19 vetting cause of concern's report title is inferred
from its first register entry (2 May 2019). Owners' names and e-mail addresses are fictional.
"""

if __name__ == "__main__":
    main()
