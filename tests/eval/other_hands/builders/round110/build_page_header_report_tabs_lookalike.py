"""Build the evaluation case `page_header_report_tabs_lookalike` (round 110, brief A).

Devon and Cornwall Police keep their HMICFRS tracker as one worksheet per inspection report,
each a copy of a `Template` tab; the report's name is typed only into Page Setup > Custom
Header. The HMICFRS side is a definitive-list export as at 14 June 2021.

Deterministic: no randomness is needed (random is seeded anyway), workbook properties fixed.
Only the standard library, XlsxWriter and pandas/openpyxl (for the read-back checks) are used.
"""
import csv
import datetime as dt
import os
import random

import xlsxwriter

random.seed(110)

CASE = "page_header_report_tabs_lookalike"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
CREATED = dt.datetime(2021, 6, 14, 9, 12, 0)

# --------------------------------------------------------------------------------------------
# Real report titles (HMICFRS wording) and real recommendation texts.
# --------------------------------------------------------------------------------------------
R_SS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EB = "Everyone's business: Improving the police response to domestic abuse"
R_CORE = ("Core Business: An inspection into crime prevention, police attendance and the use "
          "of police time")
R_AUST = "Policing in Austerity: Meeting the Challenge"
R_INT = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
         "the capability to tackle corruption in policing")
R_TTR = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
         "licensing in police forces in England and Wales")
R_CDI = "Devon and Cornwall Police: Crime Data Integrity inspection 2016"
R_SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_PE17 = "PEEL: Police efficiency 2017"
R_PL17 = "PEEL: Police legitimacy 2017"
R_DUP = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
         "of force")

T = {}
T["ss_a"] = ("Chief Constables and the College of Policing should establish in the Stop and Search "
             "Authorised Professional Practice document a clear specification of what constitutes "
             "the effective and fair exercise of stop and search powers, and guidance in this "
             "respect. This should be compliant with the Code of Practice.")
T["ss_b"] = ("Chief Constables should establish or improve monitoring of the way officers stop and "
             "search people, so that they can be satisfied their officers are acting in accordance "
             "with the law (including equality legislation and the Code of Practice), and that the "
             "power is used effectively to prevent crime, catch criminals and maintain public trust.")
T["eb_1"] = ("By September 2014, every police force in England and Wales should establish and publish "
             "an action plan that specifies in detail what steps it will take to improve its approach "
             "to domestic abuse.\n\nThis action plan should be developed:\n\n"
             "  \u2022 in consultation with police and crime commissioners, domestic abuse support "
             "organisations and victims' representatives;\n"
             "  \u2022 after close consideration of all the recommendations in this report;\n"
             "  \u2022 with reference to all relevant domestic homicide reviews and IPCC findings, "
             "whether in connection with the force in question or another force; and 20\n"
             "  \u2022 drawing on relevant knowledge acquired or available from other sources such as "
             "CPS scrutiny panels and MARAC self-assessments.")
T["eb_2"] = ("The action plan should be established on the basis of best practice, based on revised "
             "relevant guidance from the College of Policing. To ensure consistency, the College and "
             "the national policing lead on domestic abuse have agreed to provide advice on the areas "
             "that each plan should cover by the end of April 2014.")
T["eb_3"] = ("Chief officers in each police force should oversee and ensure full implementation of "
             "these action plans. This should be a personal responsibility in each case. Police and "
             "crime commissioners should hold forces to account in this respect. HMIC will inspect "
             "forces' progress on domestic abuse as part of its new annual all-force inspection "
             "programme. Police and crime commissioners and chief constables should be called upon to "
             "report publicly on progress, as well as to the national oversight and monitoring group.")
T["core"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
             "not yet done so, should provide call-handlers with specific, sound and comprehensible "
             "criteria against which they can assess threat, harm and risk.")
T["aus_1"] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
              "are doing all they can to continue to reduce crime and protect the front line while "
              "balancing their budgets. They should use the data and information contained in this "
              "report, and in HMIC's Value for Money profiles, when conducting their reviews")
T["aus_2"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
              "through collaboration should assess whether there is scope to improve on this position. "
              "HMIC will follow up the assessments in the autumn.")
T["aus_3"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
              "workforce and/or police officers on the front line should assess whether they have taken "
              "the decisive action seen in many forces in order to maintain their crime fighting "
              "capacity. HMIC will follow up the assessments in the autumn.")
T["aus_4"] = ("In preparation for the next spending round period all Chief Constables and PCCs should "
              "review their plans for collaboration. In particular they should consider whether there "
              "is scope to deliver better value for money and improved capability and capacity through "
              "joint working with other forces, the public and/or the private sector.")
T["int"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes "
            "in place to ensure that investigations into misconduct by officers and staff resulting in "
            "\u201cno further action\u201d are fair and free of any form of discrimination.")
T["ttr_1"] = ("Within three months, all chief constables should assess how well the governance of firearms "
              "licensing in his or her force meets the standards set out in Authorised Professional "
              "Practice. Chief constables of forces where the governance standards are not being complied "
              "with should put in place immediately the correct arrangements and procedures in order to "
              "meet the standards in full.")
T["ttr_2"] = ("Within three months, all chief constables should assess the demand placed on their firearms "
              "licensing department and ensure it has the capacity to meet this demand and provide an "
              "efficient and effective service at all times.")
T["ttr_3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is "
              "being taken by their force with regard to \u2018total expired\u2019 licensing records.")
T["ttr_4"] = ("Within three months, all chief constables should ensure that their arrangements in respect "
              "of the use of temporary permits are in accordance with the Home Office guidance; that "
              "temporary permits are properly recorded without delay on the National Firearms Licensing "
              "Management System; and that effective systems exist to ensure certificate holders are not "
              "permitted, at any time, to remain in unlawful possession of a firearm.")
CDI_BUL = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the incident "
    "log, thus providing attending officers with full facts on which to base crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified as part "
    "of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before making "
    "crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
    "victim or the wider public are identified and appropriately managed.",
]
T["cdi"] = ("Within six months the force should put in place arrangements to ensure that:\n"
            + "\n".join("\u2022 " + b for b in CDI_BUL))
SF_STEM = ("Within twelve months, forces should review their leadership and governance arrangements for "
           "modern slavery and human trafficking, to ensure that: ")
SF_BUL = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources with the "
    "skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess the "
    "nature and quality of the service provided to victims.",
]
for i, b in enumerate(SF_BUL):
    T["sf_l%d" % (i + 1)] = SF_STEM + b
T["sf_intel"] = ("Within six months, forces should have in place active information-sharing agreements "
                 "with other agencies to facilitate speedy exchange of intelligence and in order to "
                 "safeguard victims better and to identify suspects as early as possible")
T["sf_s45"] = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
               "compulsion attributable to slavery or exploitation are afforded the protection of early "
               "and continuing consideration of the applicability of the section 45 defence.")
T["sf_nrm"] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
               "process as it evolves and are implementing the requirement placed upon them under the "
               "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
               "adult victim of modern slavery or human trafficking.")
T["sf_ncrs"] = ("Immediately, forces should take steps to ensure they fully comply with national crime "
                "recording standard (NCRS) requirements for offences identified as modern slavery and "
                "human trafficking and that sufficient audit capacity is available to the force crime "
                "registrar to provide reassurance that each force is identifying and managing any gaps "
                "in its crime-recording accuracy for these types of offences.")
T["sf_inv"] = ("Immediately, forces should ensure that allegations or indications of modern slavery and "
               "human trafficking are thoroughly investigated and effectively supervised by teams and "
               "individuals with the skills and experience to undertake them (this should include the use "
               "where appropriate of joint intelligence teams and other means to obtain intelligence and "
               "evidence from agencies overseas).")
T["sf_prev"] = ("Immediately, forces should review their use of preventative powers under the Modern "
                "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
                "to pose a clear threat to others in respect of modern slavery and human trafficking "
                "offences are exploited.")
T["pe_cc"] = ("By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force.")
T["pe_nat"] = ("The Home Office, National Police Chiefs' Council and Association of Police and Crime "
               "Commissioners should support the development of these plans by establishing a national "
               "framework which allows for the provision of digitally enabled services across force "
               "boundaries.")
T["pl_coc"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
               "search powers is consistently reasonable and fair. In particular, there is "
               "over-representation of BAME people, and black people in particular, in stop and search "
               "data which many forces are unable to explain.")
PL_STEM = ("By July 2018, all police forces across England and Wales should be regularly and frequently "
           "monitoring a comprehensive set of data and information on use of stop and search powers to "
           "understand: ")
PL_BUL = [
    "the reasons for any disproportionate representation of different ethnic groups in the use of stop "
    "and search;",
    "the extent to which find rates differ between people from different ethnicities, and across "
    "different types of searches (including separate identification of find rates for drug possession "
    "and supply-type offences); and",
    "the prevalence of possession-only drug searches, and the extent to which these align with local or "
    "force level priorities.",
]
for i, b in enumerate(PL_BUL):
    T["pl_m%d" % (i + 1)] = PL_STEM + "\u2022" + b
T["pl_disp"] = ("Where forces identify disparities through monitoring, they should demonstrate to the "
                "public that they have:\n\u2022carried out research and analysis in an attempt to "
                "understand the reasons for the disparity, and \u2022taken action to reduce the "
                "disparity, where necessary;")
T["pl_pub"] = ("We expect forces to publish this analysis and any actions taken at least on an annual "
               "basis, from July 2018.")
T["pl_train"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers "
                 "who use stop and search powers have been provided with, and understand, training on "
                 "unconscious bias and College of Policing APP on stop and search.")
T["du_comm"] = ("By July 2022, forces should ensure that officers and staff have effective communication "
                "skills, in line with the National Policing Guidelines on Conflict Management. This should "
                "be in addition to existing training on conflict management and de-escalation.")
T["du_cpd"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the "
               "programme of continuing professional development for officers and staff, and that "
               "supervisors are supported to routinely and frequently debrief officers on these skills "
               "using body-worn video footage.")
DU_STEM = "By September 2021, forces should: "
T["du_bwv1"] = DU_STEM + ("ensure that officers record on body-worn video (when this is available) the "
                          "entirety of all stop and search encounters, including traffic stops and use of "
                          "force incidents.")
T["du_bwv2"] = DU_STEM + ("have a structured process for regularly reviewing and monitoring internally a "
                          "sufficient sample of body-worn video footage to identify and disseminate "
                          "learning and hold officers to account when behaviour falls below acceptable "
                          "standards.")
T["du_bwv3"] = DU_STEM + ("provide external scrutiny panel members with access to samples of body-worn "
                          "video footage showing stop and search encounters and use of force incidents, "
                          "taking account of the safeguards in the College of Policing\u2019s Authorised "
                          "Professional Practice.")
T["du_ho"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
              "collected on the number of incidents where force has been used to effect a stop and search "
              "is sufficient for publication. The Home Office should publish this data as soon as possible.")
T["du_mon"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the "
               "use of force, to help them to identify and understand disproportionate use, explain the "
               "reasons and implement any necessary improvement action.")

# Register comments (real wordings from the public HMICFRS register).
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when "
         "this review is complete.")
C_DONE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members of the "
         "CDI inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
         "Where a cause of concern still exists this will appear in the register against these subsequent "
         "inspections.")
C_SUP_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency inspections. "
             "No further action required.")

REC, COC = "Recommendation", "Cause of concern"
ALL, FORCE = "All forces", "Force"

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: (key, id, report, scope, type, text key, status, date added,
#                           status date, comment)
# --------------------------------------------------------------------------------------------
H = [
    ("ss_a", 1604, R_SS13, ALL, REC, "Complete", "16th July 2013", "4th May 2018", C_DONE),
    ("ss_b", 1607, R_SS13, ALL, REC, "Superseded", "16th July 2013", "12th December 2017", C_SUP),
    ("eb_1", 2338, R_EB, ALL, REC, "Being progressed", "3rd April 2014", "21st January 2019", C_MON),
    ("eb_2", 2339, R_EB, ALL, REC, "Complete", "3rd April 2014", "21st January 2019", C_DONE),
    ("eb_3", 2340, R_EB, ALL, REC, "Complete", "3rd April 2014", "21st January 2019", C_DONE),
    ("aus_1", 3012, R_AUST, ALL, REC, "Superseded", "28th July 2014", "9th November 2017", C_SUP_EFF),
    ("aus_4", 3015, R_AUST, ALL, REC, "Superseded", "28th July 2014", "9th November 2017", C_SUP_EFF),
    ("core", 4839, R_CORE, ALL, REC, "Complete", "4th September 2014", "27th April 2018", C_DONE),
    ("int", 917, R_INT, ALL, REC, "Being progressed", "2nd February 2015", "14th August 2019", C_MON),
    ("ttr_1", 5512, R_TTR, ALL, REC, "Complete", "17th September 2015", "6th March 2019", C_DONE),
    ("ttr_2", 5513, R_TTR, ALL, REC, "Being progressed", "17th September 2015", "6th March 2019", C_MON),
    ("ttr_3", 5514, R_TTR, ALL, REC, "Complete", "17th September 2015", "6th March 2019", C_DONE),
    ("ttr_4", 5515, R_TTR, ALL, REC, "Being progressed", "17th September 2015", "6th March 2019", C_MON),
    ("cdi", 6989, R_CDI, FORCE, REC, "Complete", "9th February 2017", "27th April 2018", C_CDI),
    ("sf_l1", 8166, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_l2", 8167, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_l3", 8168, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_l4", 8169, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_intel", 8170, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_s45", 8171, R_SF, ALL, REC, "Complete", "26th October 2017", "2nd December 2019", C_DONE),
    ("sf_nrm", 8172, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_ncrs", 8173, R_SF, ALL, REC, "Awaiting review", "26th October 2017", "7th June 2021", C_REV),
    ("sf_inv", 8174, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("sf_prev", 8175, R_SF, ALL, REC, "Being progressed", "26th October 2017", "10th February 2020", C_MON),
    ("pe_cc", 8420, R_PE17, ALL, REC, "Being progressed", "14th November 2017", "3rd March 2020", C_MON),
    ("pe_nat", 8421, R_PE17, ALL, REC, "Complete", "14th November 2017", "3rd March 2020", C_DONE),
    ("pl_coc", 8558, R_PL17, ALL, COC, "Being progressed", "12th December 2017", "18th May 2020", C_MON),
    ("pl_m1", 8559, R_PL17, ALL, REC, "Complete", "12th December 2017", "18th May 2020", C_DONE),
    ("pl_m2", 8560, R_PL17, ALL, REC, "Being progressed", "12th December 2017", "18th May 2020", C_MON),
    ("pl_m3", 8561, R_PL17, ALL, REC, "Being progressed", "12th December 2017", "18th May 2020", C_MON),
    ("pl_disp", 8562, R_PL17, ALL, REC, "Being progressed", "12th December 2017", "18th May 2020", C_MON),
    ("pl_pub", 8563, R_PL17, ALL, REC, "Complete", "12th December 2017", "18th May 2020", C_DONE),
    ("pl_train", 8564, R_PL17, ALL, REC, "Being progressed", "12th December 2017", "18th May 2020", C_MON),
    ("du_comm", 11734, R_DUP, ALL, REC, "Awaiting review", "1st March 2021", "1st March 2021", C_NEW),
    ("du_cpd", 11735, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
    ("du_bwv1", 11736, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
    ("du_bwv2", 11737, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
    ("du_bwv3", 11738, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
    ("du_ho", 11739, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
    ("du_mon", 11740, R_DUP, ALL, REC, "Being progressed", "1st March 2021", "19th April 2021", C_MON),
]
H_CLOSED = {"Complete", "Superseded"}
H_OPEN = {"Being progressed", "Awaiting review"}

# --------------------------------------------------------------------------------------------
# Force tracker. Each tab: name, report title typed in the page header, template version,
# "last updated" date, rows. A row is a dict; kind "item" rows carry `hkey` (None for
# not_on_hmicfrs_list) and, when needed, an explicit category with the reason.
# --------------------------------------------------------------------------------------------
D = dt.date
V1_COLS = ["No.", "Recommendation", "Lead", "Update", "RAG", "Target date"]
V2_COLS = ["No.", "HMICFRS ID", "Type", "Recommendation", "Lead", "Progress update", "Status (RAG)",
           "Target date", "Date submitted for closure"]

FORCE_DONE = {"GREEN", "WHITE", "GREY"}
FORCE_OPEN = {"AMBER", "AMBER/GREEN", "RED"}


def it(no, text, lead, update, rag, target, hkey, ref=None, typ=None, submitted=None,
       category=None, why=None):
    return dict(kind="item", no=no, text=text, lead=lead, update=update, rag=rag, target=target,
                hkey=hkey, ref=ref, typ=typ, submitted=submitted, category=category, why=why)


def note(text):
    return dict(kind="note", text=text)


def blank(why):
    return dict(kind="blank", why=why)


TABS = []

# Tab: Template (2) = Stop and search 2013, old template
TABS.append(dict(
    name="Template (2)", version=1, updated=D(2019, 2, 14),
    header="Stop && Search Powers - are the police using them effectively && fairly? (HMIC July 2013)",
    rows=[
        it("1", T["ss_a"].replace("Authorised Professional Practice document", "APP"),
           "Supt R Kellow", "APP on Stop & Search published by College. Force policy reviewed and "
           "aligned 2014, refreshed 2017. Evidence in SS/2014/07.", "GREEN", "Complete", "ss_a"),
        it("2", "Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so they can be satisfied officers are acting in accordance with the law "
           "(incl equality legislation & the Code of Practice) and that the power is used effectively "
           "to prevent crime, catch criminals and maintain public trust.",
           "Supt R Kellow", "Monthly S&S scrutiny at Legitimacy Board. Dashboard being rebuilt in Qlik "
           "- see also Legit 17 tab.", "AMBER", "Dec-19", "ss_b"),
    ]))

# Tab: Nat thematic = Everyone's business 2014 (the Core Business rec is filed here by mistake)
TABS.append(dict(
    name="Nat thematic", version=1, updated=D(2019, 2, 14),
    header="Everyone's business: Improving the police response to domestic abuse (HMIC March 2014)",
    rows=[
        it("1a", "By Sept 2014 every force to establish and publish an action plan specifying in detail "
           "the steps it will take to improve its approach to DA. Plan to be developed in consultation "
           "with PCCs, DA support organisations and victims' representatives",
           "DCI S Penhaligon", "DA action plan published Sept 2014, refreshed annually via DA Strategic "
           "Board.", "GREEN", "Sep-14", "eb_1", category="conflict",
           why="split row of 2338; the force has rows for bullets 1, 2 and 4 only - no row for the "
               "bullet 'with reference to all relevant domestic homicide reviews and IPCC findings' "
               "(its own 1c is the 4th bullet); a bullet the force has no row for"),
        it("1b", "Action plan developed after close consideration of all the recommendations in the "
           "report", "DCI S Penhaligon", "Gap analysis vs all 10 recs done 2014.", "GREEN", "Sep-14",
           "eb_1", category="conflict", why="split row of 2338 (bullet 2); the DHR/IPCC bullet has no row"),
        it("1c", "Action plan developed drawing on relevant knowledge aquired or available from other "
           "sources eg CPS scrutiny panels and MARAC self assessments", "DCI S Penhaligon",
           "MARAC self assessment (SafeLives) fed in.", "GREEN", "Sep-14", "eb_1", category="conflict",
           why="split row of 2338 (bullet 4, numbered 1c by the force); the DHR/IPCC bullet has no row"),
        it("2", "Action plan to be established on the basis of best practice, based on revised College "
           "of Policing guidance.", "DCI S Penhaligon", "Plan aligned to APP Domestic Abuse.",
           "GREEN", "Apr-15", "eb_2"),
        it("3", "Chief officers to oversee and ensure full implementation of the action plans - personal "
           "responsibility. PCCs to hold forces to account. CCs and PCCs to report publicly on progress.",
           "ACC Operations", "DA Gold group chaired by ACC. Plan refreshed 2020 - ongoing oversight.",
           "AMBER", "Ongoing", "eb_3"),
        it("4", T["core"], "Supt Contact Mgmt", "THRIVE adopted in the Force Contact Centre Jan 2015, "
           "call handler training complete.", "GREEN", "31/03/2015", "core", category="conflict",
           why="report: the Core Business (2014) recommendation 4839 sits on the tab whose page header "
               "says Everyone's business; text is word for word the same"),
    ]))

# Tab: Template (3) = Policing in Austerity 2014
TABS.append(dict(
    name="Template (3)", version=1, updated=D(2019, 2, 14),
    header="Policing in Austerity: Meeting the Challenge (HMIC July 2014)",
    rows=[
        it("1", "All CCs and PCCs should review plans to deliver savings to ensure they are doing all they "
           "can to continue to reduce crime and protect the front line while balancing budgets. Use the "
           "data in this report and in HMIC VfM profiles.", "Director of Finance",
           "Superseded by PEEL Efficiency. Closed at JAC Mar 2016.", "GREY", "n/a", "aus_1"),
        it("2", T["aus_2"], "Director of Finance", "Strategic alliance with Dorset - business case paused "
           "2018. Collaboration review to CCMT.", "AMBER", "TBC", None, category="not_on_hmicfrs_list",
           why="Austerity rec 2 (collaboration <10%) is not on the definitive list (HMICFRS dropped the "
               "report's items); force still tracks it - query with HMICFRS"),
        it("3", T["aus_3"].replace(" HMIC will follow up the assessments in the autumn.", ""),
           "Director of Finance", "Front line definition agreed; establishment maintained.", "GREEN",
           "Mar-15", None, category="not_on_hmicfrs_list",
           why="Austerity rec 3 (front line) is not on the definitive list; force row marked done"),
        it("4", T["aus_4"], "Director of Finance", "Linked to alliance work above. Part complete.",
           "Amber/Green", "Mar-20", "aus_4"),
    ]))

# Tab: Template (4) = Integrity matters 2015
TABS.append(dict(
    name="Template (4)", version=1, updated=D(2021, 5, 27),
    header="Integrity Matters (HMIC January 2015)",
    rows=[
        it("1", "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers and staff "
           "resulting in 'no further action' are fair and free of any form of discrimination.",
           "Head of PSD", "PSD dip sample of NFA outcomes by protected characteristic completed, "
           "reported to Ethics Cttee 03/21. Evidence pack sent to FLL.", "GREEN", "31/08/2015", "int"),
    ]))

# Tab: Template (5) = Targeting the risk 2015, with a note about the temporary-permits rec
TABS.append(dict(
    name="Template (5)", version=1, updated=D(2019, 2, 14),
    header="Targeting the Risk - Firearms Licensing (HMIC September 2015)",
    rows=[
        it("1", "Within 3 months all CCs should assess how well governance of firearms licensing meets "
           "the standards in APP. Where not complied with put in place immediately the correct "
           "arrangements and procedures to meet the standards in full.", "Head of FELU",
           "Governance review done Dec 15, FELU now under Head of Public Protection.", "GREEN",
           "Dec-15", "ttr_1"),
        it("2", "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.", "Head of FELU",
           "Renewals backlog 1,100+. Uplift bid with CCMT.", "RED", "Mar-16", "ttr_2"),
        it("3", "Immediately all CCs should satisfy themselves that all appropriate action is being "
           "taken by their force re 'total expired' licensing records.", "Head of FELU",
           "Weekly expired report to FELU mgr. Still some legacy records to clear.", "AMBER",
           "Immediate", "ttr_3"),
        note("NB the rec on temporary permits (HO guidance / NFLMS recording) is being picked up by "
             "FELU in their own action plan - row to be added. JW 11/18"),
    ]))

# Tab: Template (6) = Crime data integrity 2016 (D&C), split per bullet, mixed RAG
TABS.append(dict(
    name="Template (6)", version=1, updated=D(2019, 2, 14),
    header="Crime Data Integrity - Devon && Cornwall Police (HMIC 2016, pub Feb 2017)",
    rows=[
        it("1.1", "Within 6 months put in place arrangements to ensure that at the point of report, "
           "victims are believed", "Force Crime Registrar", "Victim believed message in all CDI "
           "training inputs, FCR audit Q3 shows 97%.", "GREEN", "Aug-17", "cdi",
           category="closeable_local",
           why="split row of 6989; rows 1.1-1.5 are GREEN except 1.3 AMBER so the force item is open; "
               "HMICFRS Complete (authorised for closure)"),
        it("1.2", "conversations between call handlers and callers summarised accurately in the incident "
           "log so attending officers have full facts for crime recording decisions", "Force Crime "
           "Registrar", "Storm log QA by FCC supervisors.", "GREEN", "Aug-17", "cdi",
           category="closeable_local", why="split row of 6989 (bullet 2); item open on the force side"),
        it("1.3", "multiple crimes are always recorded when described within incident records or "
           "identified as part of other recorded crime investigations", "Force Crime Registrar",
           "Still seeing under-recording of linked offences in DA incidents - audit plan 21/22.",
           "AMBER", "Mar-22", "cdi", category="closeable_local",
           why="split row of 6989 (bullet 3); the one AMBER row keeps the force item open"),
        it("1.4", "practice of awaiting results of medical examinations / video interviews before "
           "making crime recording decisions is stopped", "Force Crime Registrar",
           "Guidance issued to PPU and CID.", "GREEN", "Aug-17", "cdi", category="closeable_local",
           why="split row of 6989 (bullet 4); item open on the force side"),
        it("1.5", "online reports of crime triaged at point of receipt so ongoing risks to victim or "
           "wider public are identified and managed", "Force Crime Registrar",
           "Single Online Home triage desk live.", "GREEN", "Aug-17", "cdi",
           category="closeable_local", why="split row of 6989 (bullet 5); item open on the force side"),
    ]))

# Tab: Template (8) = Stolen freedom 2017, new template
TABS.append(dict(
    name="Template (8)", version=2, updated=D(2021, 6, 3),
    header="Stolen Freedom - policing response to Modern Slavery && Human Trafficking (Oct 2017)",
    rows=[
        it("1 (i)", SF_STEM + SF_BUL[0], "D/Supt MSHT lead", "MSHT Gold group chaired by ACC, MSHT in "
           "Control Strategy.", "GREEN", D(2018, 10, 24), "sf_l1", ref="8166", typ="Rec",
           submitted=D(2021, 3, 12)),
        it("1 (ii)", SF_STEM + SF_BUL[1], "D/Supt MSHT lead", "Allocation policy drafted - MSHT to "
           "CID/PPU by default. Awaiting sign off.", "AMBER", D(2021, 9, 30), "sf_l2", ref="8167",
           typ="Rec"),
        it("1 (iii)", SF_STEM + SF_BUL[2], "D/Supt MSHT lead", "Anti-slavery partnership for D&C and "
           "IoS in place; info sharing protocol being refreshed.", "Amber/Green", D(2021, 7, 31),
           "sf_l3", ref="8168", typ="Rec"),
        it("1 (iv)", SF_STEM + SF_BUL[3], "D/Supt MSHT lead", "MSHT performance pack to Gold monthly, "
           "QA dip sample of 20 cases/qtr.", "GREEN", D(2018, 10, 24), "sf_l4", ref="8169", typ="Rec",
           submitted=D(2021, 3, 12)),
        blank("blank row left inside the table between the leadership rows and rec 2"),
        it("2", "Within 12 months, forces should have in place active information-sharing agreements "
           "with other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
           "victims better and to identify suspects as early as possible", "D/Supt MSHT lead",
           "ISAs with GLAA and UKBF signed, LA ISA outstanding.", "AMBER", D(2018, 10, 24), "sf_intel",
           ref="8170", typ="Rec", category="conflict",
           why="timescale: force text says 'Within 12 months', HMICFRS 8170 says 'Within six months'; "
               "same ID and otherwise the same words"),
        it("3", T["sf_s45"], "D/Supt MSHT lead", "s45 consideration built into custody and CPS "
           "file checklists.", "GREEN", "Immediate", "sf_s45", ref="8171", typ="Rec",
           submitted=D(2019, 6, 20)),
        it("4", T["sf_nrm"], "D/Supt MSHT lead", "NRM/DtN SPOC in MASH, duty to notify compliance 88%.",
           "Amber/Green", "Immediate", "sf_nrm", ref="8172", typ="Rec"),
        it("5", T["sf_ncrs"].replace("national crime recording standard", "national crime recoding "
                                                                          "standard"),
           "Force Crime Registrar", "MSHT now in FCR audit programme, last audit 94% compliant.",
           "GREEN", "Immediate", "sf_ncrs", ref="8173", typ="Rec", submitted=D(2021, 6, 2)),
        it("6", T["sf_inv"], "D/Supt MSHT lead", "MSHT investigations to Major Crime / CID only. "
           "Overseas evidence via NCA ILO - ongoing.", "AMBER", "Immediate", "sf_inv", ref="8174",
           typ="Rec"),
    ]))

# Tab: PEEL Eff 16 = actually the PEEL Efficiency 2017 national recommendation
TABS.append(dict(
    name="PEEL Eff 16", version=2, updated=D(2021, 6, 3),
    header="PEEL Efficiency 2017 - national recommendation (pub 9 Nov 2017)",
    rows=[
        it("1", "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force.", "Director of ICT",
           "Digital strategy 2018-21 approved, Single Online Home adopted. Submitted Feb 21.", "GREEN",
           D(2018, 9, 30), "pe_cc", ref="8420", typ="Rec", submitted=D(2021, 2, 19)),
        it("1b", T["pe_nat"], "Director of ICT", "HO/NPCC/APCC - not for D&C to deliver.", "WHITE",
           "n/a", "pe_nat", ref="8421", typ="Rec"),
    ]))

# Tab: Legit 17 = PEEL legitimacy 2017 (national stop and search)
TABS.append(dict(
    name="Legit 17", version=2, updated=D(2021, 6, 3),
    header="PEEL Legitimacy 2017 - Stop && Search (national CoC && recs)",
    rows=[
        it("CoC", T["pl_coc"], "Supt R Kellow", "Disproportionality now reported quarterly to the "
           "Independent Scrutiny Panel.", "AMBER", D(2021, 12, 31), "pl_coc", ref="8558", typ="AFI",
           category="conflict",
           why="type: HMICFRS 8558 is a Cause of concern, the force records it as an AFI"),
        it("4a", PL_STEM + PL_BUL[0], "Supt R Kellow", "S&S dashboard by ethnicity live on Qlik.",
           "GREEN", D(2018, 7, 31), "pl_m1", ref="8559", typ="Rec", submitted=D(2019, 11, 5)),
        it("4b", PL_STEM + PL_BUL[1], "Supt R Kellow", "Find rate by ethnicity available; drug "
           "possession vs supply split not yet possible on Unify.", "AMBER", D(2021, 9, 30), "pl_m2",
           ref="8560", typ="Rec"),
        it("4c", PL_STEM + PL_BUL[2], "Supt R Kellow", "Possession-only searches reported, alignment "
           "to priorities tbc.", "AMBER", D(2021, 9, 30), "pl_m3", ref="8516", typ="Rec",
           category="conflict",
           why="reference: the force's HMICFRS ID 8516 has the last two digits of 8561 transposed; "
               "8516 is not on the list and the text is bullet 3 of the monitoring recommendation 8561"),
        it("5 (i)", "Where disparities identified through monitoring, demonstrate to the public that "
           "we have carried out research and analysis to understand the reasons for the disparity",
           "Supt R Kellow", "Research with Exeter Uni published on force website.", "GREEN",
           D(2019, 3, 31), "pl_disp", ref="8562", typ="Rec", submitted=D(2021, 4, 15),
           category="closeable_submit",
           why="split row of 8562 (bullet 1); both rows GREEN and submitted, HMICFRS Being progressed"),
        it("5 (ii)", "Where disparities identified - taken action to reduce the disparity, where "
           "necessary", "Supt R Kellow", "Action plan via Legitimacy Board, grounds recording "
           "improved.", "GREEN", D(2019, 3, 31), "pl_disp", ref="8562", typ="Rec",
           submitted=D(2021, 4, 15), category="closeable_submit",
           why="split row of 8562 (bullet 2); both rows GREEN, HMICFRS Being progressed"),
        it("6", T["pl_pub"], "Supt R Kellow", "Annual S&S report published each July on force "
           "website.", "GREEN", D(2018, 7, 31), "pl_pub", ref="8563", typ="Rec",
           submitted=D(2019, 11, 5)),
        it("7", T["pl_train"], "Head of L&D", "Unconscious bias module in S&S refresher, 92% of "
           "officers completed.", "Amber/Green", D(2021, 7, 31), "pl_train", ref="8564", typ="Rec"),
    ]))

# Tab: Template (9) = Disproportionate use of police powers 2021
TABS.append(dict(
    name="Template (9)", version=2, updated=D(2021, 6, 3),
    header="Disproportionate use of police powers - spotlight on S&&S && use of force (Feb 2021)",
    rows=[
        it("1", T["du_comm"].replace("By July 2022", "By July 2021"), "Head of L&D",
           "Conflict mgmt module being rewritten.", "AMBER", D(2021, 7, 31), "du_comm", ref="11734",
           typ="Rec", category="conflict",
           why="deadline: force text 'By July 2021', HMICFRS 11734 'By July 2022'; same ID and "
               "otherwise the same words"),
        it("2", T["du_cpd"], "Head of L&D", "CPD day content agreed, BWV debrief guide for sgts in "
           "draft.", "AMBER", D(2021, 7, 31), "du_cpd", ref="11735", typ="Rec"),
        it("3.1", "By Sept 2021 ensure officers record on BWV (when available) the entirety of all stop "
           "and search encounters, including traffic stops and use of force incidents.",
           "Supt R Kellow", "BWV policy amended - mandatory for all S&S and UoF. Compliance 96%.",
           "GREEN", D(2021, 9, 30), "du_bwv1", ref="11736", typ="Rec", submitted=D(2021, 5, 28)),
        it("3.2", "By Sept 2021 have a structured process for regularly reviewing and monitoring "
           "internally a sufficient sample of BWV footage to identify and disseminate learning and hold "
           "officers to account.", "Supt R Kellow", "Sgt dip sample process piloting in Plymouth.",
           "AMBER", D(2021, 9, 30), "du_bwv2", ref="11737", typ="Rec"),
        it("4", T["du_ho"], "Supt R Kellow", "Home Office / NPCC - not for the force.", "WHITE", "n/a",
           "du_ho", ref="11739", typ="Rec"),
        it("5", T["du_mon"], "Supt R Kellow", "UoF data by ethnicity to Legitimacy Board from Apr 21.",
           "Amber/Green", D(2021, 7, 31), "du_mon", ref="11740", typ="Rec"),
    ]))

OTHER_FORCES = [
    ("West Mercia Police", "PEEL 2018/19",
     "HMIC recommends that the force should immediately: conduct a review of officers\u2019 capabilities "
     "and capacity to manage their investigative workload, to better understand investigative demand "
     "and the pressures placed upon them; and", "Y", "Head of Crime", "Compare with our CID workload review"),
    ("West Mercia Police", "PEEL 2018/19",
     "HMIC recommends that within six months the force should: ensure regular and active supervision of "
     "the quality and progress of investigations. This supervision should be properly recorded;", "Y",
     "Head of Crime", "Investigation standards board to consider"),
    ("Hampshire Constabulary", "PEEL Effectiveness 2016",
     "To improve the service provided to victims of domestic abuse the force should immediately take "
     "steps to understand and address the reason behind why such a high proportion of victims of "
     "domestic abuse do not support the police investigation.", "Y", "DCI S Penhaligon",
     "Victimless prosecution data pulled for DA Board"),
    ("West Midlands Police", "PEEL Effectiveness 2016",
     "To address this cause of concern the force should immediately review its approach to reports of "
     "missing children and take steps to ensure that:\n\u2022 call takers understand and use the missing "
     "and absent category appropriately; \u2022 call takers and frontline staff have the necessary "
     "knowledge to identify risk factors associated with child sexual exploitation and how to respond "
     "to such cases; and \u2022 supervisors provide the correct oversight of missing person enquiries "
     "and direct appropriate and timely investigative and safeguarding action", "Y", "Head of PPU",
     "Our missing policy already has no 'absent' category"),
    ("Bedfordshire Police", "National child protection inspection (revisit)",
     "Within six months Bedfordshire Police should, in conjunction with children\u2019s social care "
     "services, review how it manages the detention of children.", "Y", "Head of Custody",
     "Custody to check PACE beds data"),
    ("Northamptonshire Police", "PEEL Efficiency 2015",
     "The force should develop its understanding of the links between its outcomes, outputs and costs",
     "N", "Director of Finance", "Covered by our FMS"),
    ("City of London Police", "PEEL 2018/19",
     "The force should improve its use of its crime-recording and management system to better manage its "
     "case files and investigative processes.", "N", "", ""),
    ("West Midlands Police", "Vetting",
     "The force should ensure all staff have received at least the lowest level of vetting clearance for "
     "their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
     "renewals when they become due so that it complies fully with the national vetting guidelines.",
     "Y", "Head of PSD", "Our backlog at 31/03/21 = 212 - report to Ethics Cttee"),
]

KEY_ROWS = [
    ("GREEN", "Complete - recommendation implemented, evidence held. Submit to HMICFRS for closure."),
    ("Amber/Green", "On track - substantially complete, evidence being gathered."),
    ("AMBER", "In progress - subject to ongoing work and monitoring."),
    ("RED", "Off track - beyond deadline or cannot be implemented (rationale required)."),
    ("WHITE", "Not D&C responsibility to deliver or dependent upon another organisation "
              "(e.g. Home Office, NPCC, College). No further force action - treat as closed."),
    ("GREY", "Superseded / closed - replaced by a later inspection or recommendation. No further "
             "action - treat as closed."),
]

FILL = {"GREEN": "#00B050", "AMBER/GREEN": "#C6E0B4", "AMBER": "#FFC000", "RED": "#FF0000",
        "WHITE": "#FFFFFF", "GREY": "#A6A6A6"}

HDR_LEFT = '&L&"Arial,Bold"&10OFFICIAL'
HDR_RIGHT = '&R&"Arial"&9Page &P of &N'
FOOTER = '&L&"Arial"&8&F - &A&R&"Arial"&8Printed &D &T'


def page_header(title):
    return HDR_LEFT + '&C&"Arial,Bold"&12' + title + HDR_RIGHT


# --------------------------------------------------------------------------------------------
def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": CREATED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 12})
    small = wb.add_format({"italic": True, "font_name": "Arial", "font_size": 9})
    hdr = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 10, "bg_color": "#D9D9D9",
                         "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"font_name": "Arial", "font_size": 10, "text_wrap": True, "valign": "top",
                          "border": 1})
    ws.write(0, 0, "Recommendations held by HMICFRS - Devon and Cornwall Police", bold)
    ws.write(1, 0, "Definitive list as at 14th June 2021. Includes recommendations closed since "
                   "1st April 2017.", small)
    cols = ["Recommendation ID", "Force", "Report", "Applies to", "Type", "Recommendation", "Status",
            "Date added", "Status date", "Latest comment"]
    widths = [12, 22, 40, 11, 16, 80, 16, 18, 18, 50]
    for c, (name, w) in enumerate(zip(cols, widths)):
        ws.write(3, c, name, hdr)
        ws.set_column(c, c, w)
    rows = {}
    for i, (key, rid, report, scope, typ, status, added, sdate, comment) in enumerate(H):
        r = 4 + i
        vals = [rid, "Devon and Cornwall Police", report, scope, typ, T[key], status, added, sdate,
                comment]
        for c, v in enumerate(vals):
            ws.write(r, c, v, cell)
        rows[key] = "Definitive list!%d" % (r + 1)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(H), len(cols) - 1)
    wb.close()
    return rows


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "J Walters",
                       "company": "Devon & Cornwall Police", "created": CREATED,
                       "comments": "OFFICIAL"})
    A = "Arial"
    f_mark = wb.add_format({"bold": True, "font_name": A, "font_size": 10, "font_color": "#C00000"})
    f_banner = wb.add_format({"bold": True, "font_name": A, "font_size": 14, "font_color": "#FFFFFF",
                              "bg_color": "#1F3864"})
    f_lbl = wb.add_format({"bold": True, "font_name": A, "font_size": 10})
    f_upd = wb.add_format({"font_name": A, "font_size": 10, "num_format": "dd/mm/yyyy",
                           "align": "left"})
    f_hdr = wb.add_format({"bold": True, "font_name": A, "font_size": 10, "bg_color": "#BDD7EE",
                           "border": 1, "text_wrap": True, "valign": "top"})
    f_txt = wb.add_format({"font_name": A, "font_size": 10, "text_wrap": True, "valign": "top",
                           "border": 1})
    f_date = wb.add_format({"font_name": A, "font_size": 10, "valign": "top", "border": 1,
                            "num_format": "dd/mm/yyyy", "align": "left"})
    f_grey_ex = wb.add_format({"font_name": A, "font_size": 10, "italic": True, "text_wrap": True,
                               "valign": "top", "border": 1, "font_color": "#808080",
                               "bg_color": "#F2F2F2"})
    f_note = wb.add_format({"font_name": A, "font_size": 9, "italic": True, "font_color": "#C00000"})
    f_rag = {}
    for k, col in FILL.items():
        f_rag[k] = wb.add_format({"font_name": A, "font_size": 10, "bold": True, "valign": "top",
                                  "border": 1, "bg_color": col, "align": "center"})

    def top_rows(ws, updated, ncols):
        ws.write(0, 0, "OFFICIAL", f_mark)
        ws.merge_range(1, 0, 1, ncols - 1,
                       "Devon & Cornwall Police - HMICFRS Recommendations Tracker", f_banner)
        ws.write(2, 0, "Last updated:", f_lbl)
        ws.write_datetime(2, 1, dt.datetime.combine(updated, dt.time()), f_upd)
        # row 4 (index 3) left blank on purpose

    def setup(ws, title, ncols):
        ws.set_header(page_header(title))
        ws.set_footer(FOOTER)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(4)
        ws.freeze_panes(5, 0)

    def widths(ws, version):
        if version == 1:
            for c, w in enumerate([7, 70, 18, 45, 12, 12]):
                ws.set_column(c, c, w)
        else:
            for c, w in enumerate([7, 11, 8, 70, 18, 45, 13, 12, 14]):
                ws.set_column(c, c, w)

    truth_force = []
    nonitems = []

    def record_top(name, version, ncols):
        nonitems.extend([
            (name, 1, "protective marking 'OFFICIAL'"),
            (name, 2, "banner 'Devon & Cornwall Police - HMICFRS Recommendations Tracker'"),
            (name, 3, "'Last updated:' and a date"),
            (name, 4, "blank row"),
            (name, 5, "column header (template v%d)" % version),
        ])

    # ---- Key tab
    ws = wb.add_worksheet("Key")
    top_rows(ws, dt.date(2019, 2, 14), 3)
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 90)
    ws.write(4, 0, "Status", f_hdr)
    ws.write(4, 1, "Meaning", f_hdr)
    for i, (k, m) in enumerate(KEY_ROWS):
        ws.write(5 + i, 0, k, f_rag[k.upper()])
        ws.write(5 + i, 1, m, f_txt)
    ws.write(12, 0, "One tab per HMIC/HMICFRS report. Copy the Template tab (Move or Copy > Create a "
                    "copy), type the report title in Page Setup > Header/Footer > Custom Header.", f_note)
    ws.set_header(page_header("Status key"))
    ws.set_footer(FOOTER)
    record_top("Key", 0, 2)
    nonitems[-1] = ("Key", 5, "key table header 'Status | Meaning'")
    for i, (k, _m) in enumerate(KEY_ROWS):
        nonitems.append(("Key", 6 + i, "status key: %s" % k))
    nonitems.append(("Key", 12, "blank row between the key and the note"))
    nonitems.append(("Key", 13, "instruction note on how tabs are made"))

    # ---- Template tab (current = v2) with a greyed example row
    ws = wb.add_worksheet("Template")
    top_rows(ws, dt.date(2017, 11, 20), len(V2_COLS))
    widths(ws, 2)
    for c, h in enumerate(V2_COLS):
        ws.write(4, c, h, f_hdr)
    example = ["e.g. 1 (i)", "1234", "Rec / AFI / CoC", "Paste the HMICFRS wording in full - do not "
               "abridge", "Rank & name", "Update monthly, date each entry", "AMBER", "dd/mm/yyyy",
               "dd/mm/yyyy"]
    for c, v in enumerate(example):
        ws.write_string(5, c, v, f_grey_ex)
    setup(ws, "[REPORT TITLE]", len(V2_COLS))
    record_top("Template", 2, len(V2_COLS))
    nonitems.append(("Template", 6, "greyed example row of the template (placeholder values)"))

    # ---- report tabs
    for tab in TABS:
        cols = V1_COLS if tab["version"] == 1 else V2_COLS
        ws = wb.add_worksheet(tab["name"])
        top_rows(ws, tab["updated"], len(cols))
        widths(ws, tab["version"])
        for c, h in enumerate(cols):
            ws.write(4, c, h, f_hdr)
        record_top(tab["name"], tab["version"], len(cols))
        r = 5
        for row in tab["rows"]:
            excel_row = r + 1
            if row["kind"] == "blank":
                nonitems.append((tab["name"], excel_row, row["why"]))
            elif row["kind"] == "note":
                ws.write(r, 0, row["text"], f_note)
                nonitems.append((tab["name"], excel_row, "note row: " + row["text"]))
            else:
                rag = row["rag"]
                ragf = f_rag[rag.upper()]
                if tab["version"] == 1:
                    ws.write_string(r, 0, row["no"], f_txt)
                    ws.write(r, 1, row["text"], f_txt)
                    ws.write(r, 2, row["lead"], f_txt)
                    ws.write(r, 3, row["update"], f_txt)
                    ws.write(r, 4, rag, ragf)
                    ws.write_string(r, 5, row["target"], f_txt)
                else:
                    ws.write_string(r, 0, row["no"], f_txt)
                    ws.write_number(r, 1, int(row["ref"]), f_txt)
                    ws.write(r, 2, row["typ"], f_txt)
                    ws.write(r, 3, row["text"], f_txt)
                    ws.write(r, 4, row["lead"], f_txt)
                    ws.write(r, 5, row["update"], f_txt)
                    ws.write(r, 6, rag, ragf)
                    if isinstance(row["target"], dt.date):
                        ws.write_datetime(r, 7, dt.datetime.combine(row["target"], dt.time()), f_date)
                    else:
                        ws.write_string(r, 7, row["target"], f_txt)
                    if row["submitted"]:
                        ws.write_datetime(r, 8, dt.datetime.combine(row["submitted"], dt.time()),
                                          f_date)
                    else:
                        ws.write_blank(r, 8, None, f_date)
                truth_force.append(("%s!%d" % (tab["name"], excel_row), row, tab))
            r += 1
        setup(ws, tab["header"], len(cols))

    # ---- Other forces (learning, not the force's items)
    ws = wb.add_worksheet("Other forces")
    ocols = ["Force", "Report", "Recommendation / AFI", "Relevant to D&C? (Y/N)", "Owner", "Comments"]
    top_rows(ws, dt.date(2021, 5, 27), len(ocols))
    for c, w in enumerate([22, 26, 70, 12, 18, 40]):
        ws.set_column(c, c, w)
    for c, h in enumerate(ocols):
        ws.write(4, c, h, f_hdr)
    record_top("Other forces", 0, len(ocols))
    nonitems[-1] = ("Other forces", 5, "column header of the learning tab")
    for i, rowv in enumerate(OTHER_FORCES):
        for c, v in enumerate(rowv):
            ws.write(5 + i, c, v, f_txt)
        nonitems.append(("Other forces", 6 + i, "learning from another force's inspection (%s, %s) "
                         "- not an HMICFRS item against D&C" % (rowv[0], rowv[1])))
    setup(ws, "Learning from other forces' HMICFRS inspections", len(ocols))
    wb.close()
    return truth_force, nonitems


MISSING_WHY = {
    "ttr_4": "5515 temporary permits (Targeting the risk): HMICFRS Being progressed, no tracker row; the "
             "note at Template (5)!9 says a row is still 'to be added' - a note is not a row",
    "sf_prev": "8175 preventative powers (Stolen freedom): HMICFRS Being progressed, no row on the "
               "Stolen freedom tab (Template (8)) or anywhere else",
    "du_bwv3": "11738 BWV access for external scrutiny panels (Disproportionate use): HMICFRS holds it as "
               "its own item; the tracker has 3.1 and 3.2 (11736, 11737) but nothing for it",
}


def category_for(hkey, force_rows):
    """Default category from the two statuses (used where a row carries no explicit category)."""
    status = next(h[5] for h in H if h[0] == hkey)
    h_open = status in H_OPEN
    rags = [fr["rag"].upper() for fr in force_rows]
    f_done = all(r in FORCE_DONE for r in rags)
    if h_open and f_done:
        return "closeable_submit"
    if h_open and not f_done:
        return "in_sync"
    if not h_open and f_done:
        return "in_sync"
    return "closeable_local"


README_HEAD = """# page_header_report_tabs_lookalike

## The story

Devon and Cornwall Police's Organisational Learning team keep their HMICFRS tracker in one
workbook, one worksheet per inspection report. Each tab is made from the `Template` tab with
Excel's *Move or Copy > Create a copy*, so most tabs keep Excel's copy names (`Template (2)`,
`Template (3)` ...; `Template (7)` was deleted long ago) and a few were loosely renamed
(`Nat thematic`, `PEEL Eff 16`, `Legit 17`, `Other forces`). The report's name is typed only
into *Page Setup > Header/Footer > Custom Header* so that it prints at the top of each page of
the audit committee pack: **no cell of any tab holds the report title**. The template was
revised in late 2017 (HMICFRS ID, Type, Status (RAG), Date submitted for closure); tabs made
before that keep the old columns. On 14 June 2021 HMICFRS sent the force its definitive list;
the analyst reconciles it with the tracker before the Joint Audit Committee.

Texts are real public HMICFRS texts (national recommendations from *Stop and search powers*
2013, *Everyone's business* 2014, *Core Business* 2014, *Policing in Austerity* 2014,
*Integrity matters* 2015, *Targeting the risk* 2015, *Stolen freedom* 2017, *PEEL: Police
efficiency 2017*, *PEEL: Police legitimacy 2017*, *Disproportionate use of police powers* 2021,
and Devon and Cornwall's own crime data integrity recommendation, register id 6989), taken from
`/work/shared/data/real_recommendations.csv` and the texts quoted in the 30 Nov 2017 JAC paper in
`/work/shared/data/`. The learning tab quotes real texts addressed to other forces. Register ids
other than 6989 are made up in the register's style (plain integers). The report title and
month in each page header are real; the CDI report's title follows the HMICFRS naming of the
2016 rolling CDI programme and its month comes from the register's first entry (9 Feb 2017).

## The files

### `hmicfrs.xlsx` - HMICFRS definitive list

One sheet, `Definitive list`. Row 1 title, row 2 "as at" note, row 3 blank, **row 4 header**,
**rows 5-44 are the 40 items** (one per row, nothing between them). Columns:
`Recommendation ID` (plain integer), `Force`, `Report` (full HMICFRS title), `Applies to`
(`All forces` / `Force`), `Type` (`Recommendation` / `Cause of concern`), `Recommendation`
(full text, bullets and line breaks as published, including the stray footnote "20" in
*Everyone's business*), `Status`, `Date added` and `Status date` (text in the register's
"9th February 2017" style), `Latest comment` (register comment wordings).

As the register did for *PEEL legitimacy 2017* and the West Mercia cause-of-concern
recommendations, some multi-part national recommendations are held one item per clause
(Stolen freedom leadership bullets 8166-8169; PEEL legitimacy monitoring bullets 8559-8561;
the three BWV parts 11736-11738; the two sentences of the PEEL efficiency 2017 recommendation
8420/8421; the three paragraphs of *Everyone's business* 2338-2340), while others are one item
with their bullets inside (2338's four bullets, 6989's five bullets, 8562's two bullets).
*Policing in Austerity* recs 2 and 3 are not on the list (HMICFRS dropped them); recs 1 and 4
are there as Superseded.

### `tracker.xlsx` - the force tracker (13 tabs)

Rows 1-4 are alike on every tab: A1 `OFFICIAL` (protective marking), row 2 merged banner
"Devon & Cornwall Police - HMICFRS Recommendations Tracker", A3 `Last updated:` with a date in
B3, row 4 blank. **Row 5 is the column header; items start at row 6.**

Page setup on every tab: header
`&L&"Arial,Bold"&10OFFICIAL&C&"Arial,Bold"&12<report title>&R&"Arial"&9Page &P of &N`
(ampersands in titles doubled, e.g. `Stop && Search`, `Devon && Cornwall`, `S&&S`), footer
`&L&"Arial"&8&F - &A&R&"Arial"&8Printed &D &T`, landscape A4, row 5 repeated as print title.

| Tab | Template | Report (page header only) |
|---|---|---|
| `Key` | - | status key (not items) |
| `Template` | v2 | `[REPORT TITLE]`; greyed example row 6 (not an item) |
| `Template (2)` | v1 | Stop and search powers (HMIC July 2013) |
| `Nat thematic` | v1 | Everyone's business: domestic abuse (HMIC March 2014) - also holds, wrongly, the Core Business rec |
| `Template (3)` | v1 | Policing in Austerity: Meeting the Challenge (July 2014) |
| `Template (4)` | v1 | Integrity Matters (January 2015) |
| `Template (5)` | v1 | Targeting the Risk - firearms licensing (September 2015) |
| `Template (6)` | v1 | Crime Data Integrity - Devon and Cornwall (2016, pub Feb 2017) |
| `Template (8)` | v2 | Stolen Freedom - modern slavery and human trafficking (Oct 2017) |
| `PEEL Eff 16` | v2 | PEEL Efficiency **2017** national recommendation (the tab name says 16) |
| `Legit 17` | v2 | PEEL Legitimacy 2017 - stop and search |
| `Template (9)` | v2 | Disproportionate use of police powers (Feb 2021) |
| `Other forces` | own | learning from other forces' inspections (not items) |

- v1 columns: `No.`, `Recommendation`, `Lead`, `Update`, `RAG`, `Target date` (free text:
  `Dec-15`, `31/03/2015`, `Immediate`, `TBC`, `n/a`, `Ongoing`, `Complete`).
- v2 columns: `No.`, `HMICFRS ID`, `Type` (`Rec`/`AFI`), `Recommendation`, `Lead`,
  `Progress update`, `Status (RAG)`, `Target date` (dates, or `Immediate`/`n/a`),
  `Date submitted for closure` (date or empty).
- `No.` is the force's own running number (`1`, `1a`, `1.1`, `1 (iii)`, `4a`, `5 (ii)`, `CoC`,
  `3.2`): it is **not** an HMICFRS reference. Only `HMICFRS ID` is.
- The status cell is also filled in its colour; the text is always there.

## Status rules applied

HMICFRS: `Being progressed`, `Awaiting review` = **open** (Awaiting review = HMICFRS has the
force's submission or a new item, not yet decided); `Complete`, `Superseded` = **closed**.

Force (from the tracker's own `Key` tab): `GREEN` = **done**; `WHITE` ("not D&C responsibility
to deliver ... treat as closed") = **done**; `GREY` ("superseded / closed ... treat as closed")
= **done**; `Amber/Green` ("on track - substantially complete") = **open**; `AMBER`, `RED` =
**open**. A recommendation the force split into several rows is done only if every row is done;
one non-done row leaves it open.

Category = open/open or closed/done -> `in_sync`; HMICFRS open + force done ->
`closeable_submit`; HMICFRS closed + force open -> `closeable_local`; unless a fact disagrees
(conflict), or one side has no row.

## Traps and how the truth decides them

1. **Report named only in the page header.** The report of every force row comes from the tab's
   custom header (`&C...`), never from a cell or the tab name.
2. **Unhelpful tab names.** `Template (n)` says nothing; `PEEL Eff 16` holds the PEEL
   Efficiency **2017** recommendation (header says so) and matches 8420/8421, no conflict;
   `Nat thematic` is *Everyone's business*.
3. **Two template versions.** Old tabs have no HMICFRS ID, `RAG` and a free-text target;
   new tabs have `HMICFRS ID`, `Status (RAG)` and `Date submitted for closure`.
4. **Running numbers that look like references** (`1.1`, `4a`, `1 (iii)`, `5 (ii)`, `3.2`).
5. **Template tab kept** with a greyed example row (`e.g. 1 (i)`, `1234`, `AMBER`): not an item.
6. **Splits per bullet.** `Template (6)` 1.1-1.5 = 6989's five bullets, four GREEN and one
   AMBER -> force open, HMICFRS Complete -> `closeable_local` (all five rows). `Legit 17`
   5 (i)/5 (ii) = 8562's two bullets, both GREEN and submitted -> `closeable_submit`.
7. **A bullet missing from a split.** `Nat thematic` 1a/1b/1c = 2338's bullets 1, 2 and 4 (the
   force's `1c` is the fourth bullet); nothing for "with reference to all relevant domestic
   homicide reviews and IPCC findings". All three rows are GREEN and HMICFRS is open, so it
   looks closeable - but the force has no row for one bullet -> `conflict`.
8. **Status words.** `Amber/Green` is open; `WHITE` and `GREY` are done per the key:
   `PEEL Eff 16`!7 (WHITE, HMICFRS Complete) -> in_sync; `Template (9)`!10 (WHITE, the
   Home Office/NPCC recommendation, HMICFRS open) -> closeable_submit; `Template (3)`!6 (GREY,
   Superseded) -> in_sync.
9. **Recommendations addressed to other bodies.** 8421 (Home Office, NPCC, APCC) and 11739
   (Home Office and NPCC) are on the list against the force; the force marks both WHITE.
10. **Learning from other forces** (`Other forces` tab): real texts addressed to West Mercia,
    Hampshire, West Midlands, Bedfordshire, Northamptonshire and City of London - not items
    against Devon and Cornwall, so not in truth.csv (listed below as non-items).
11. **A note about an item with no row.** `Template (5)`!9 says the temporary-permits
    recommendation is "row to be added": 5515 is `missing_from_force`.
12. **Conflicts, each decidable from the two rows:**
    - reference: `Legit 17`!9 HMICFRS ID `8516` = 8561 with digits transposed (8516 is not
      on the list; the text is 8561's bullet);
    - timescale: `Template (8)`!11 "Within 12 months" vs 8170 "Within six months";
    - deadline year: `Template (9)`!6 "By July 2021" vs 11734 "By July 2022";
    - type: `Legit 17`!6 typed `AFI`, 8558 is a Cause of concern;
    - report: `Nat thematic`!11 holds the Core Business recommendation 4839 on the
      *Everyone's business* tab;
    - missing bullet: 2338 (trap 7).
13. **Blank row inside a table**: `Template (8)`!10.
14. **Force abridgements and typos**: "aquired", "recoding standard", "CCs", "eg", "S&S",
    "BWV", "HO"; texts cut to the gist on the old tabs.
15. **Not on the HMICFRS list**: `Template (3)`!7 and !8 (*Policing in Austerity* recs 2 and 3,
    dropped by HMICFRS, still tracked by the force).

No pair is `review`: every pair is decidable from the two rows.

## Counts
"""


def write_readme(lines, nonitems):
    from collections import Counter, OrderedDict
    rows = Counter(l[2] for l in lines)
    items = OrderedDict()
    for h, f, cat, _w in lines:
        key = h if h else f
        items.setdefault(key, cat)
    icount = Counter(items.values())
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    out = [README_HEAD]
    out.append("HMICFRS items: %d. Force item rows: %d. truth.csv lines: %d.\n" % (
        len(H), sum(1 for l in lines if l[1]), len(lines)))
    out.append("| category | items | truth.csv lines |\n|---|---|---|")
    for c in order:
        out.append("| %s | %d | %d |" % (c, icount.get(c, 0), rows.get(c, 0)))
    out.append("")
    out.append("(Items: one per HMICFRS item, or per force row for not_on_hmicfrs_list. Lines: a "
               "force row split off one item has its own line.)\n")
    out.append("## Rows that are not items\n")
    out.append("`hmicfrs.xlsx`: `Definitive list`!1 title, !2 'as at' note, !3 blank, !4 column "
               "header. Every row from 5 to 44 is an item.\n")
    out.append("`tracker.xlsx`:\n")
    for sheet, row, why in nonitems:
        out.append("- `%s!%d` - %s" % (sheet, row, why))
    out.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    truth_force, nonitems = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    by_h = {}
    for ref, row, tab in truth_force:
        if row["hkey"]:
            by_h.setdefault(row["hkey"], []).append((ref, row))
    lines = []
    hstatus = {h[0]: h[5] for h in H}
    for ref, row, tab in truth_force:
        hkey = row["hkey"]
        if hkey is None:
            lines.append(("", ref, row["category"], row["why"]))
            continue
        default = category_for(hkey, [fr for _r, fr in by_h[hkey]])
        cat = row["category"] or default
        if row["category"] is None:
            hs = hstatus[hkey]
            why = "HMICFRS %s (%s); force %s (%s)" % (
                hs, "open" if hs in H_OPEN else "closed", row["rag"],
                "done" if row["rag"].upper() in FORCE_DONE else "open")
        else:
            why = row["why"]
        lines.append((hrows[hkey], ref, cat, why))
    for h in H:
        if h[0] not in by_h:
            lines.append((hrows[h[0]], "", "missing_from_force", MISSING_WHY[h[0]]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
    write_readme(lines, nonitems)


if __name__ == "__main__":
    main()
