#!/usr/bin/env python3
"""Build the evaluation case `filemaker_merge_export_lookalike` (round 106, brief A).

HMICFRS side: an ordinary definitive-list workbook (hmicfrs.xlsx) for Cleveland Police.
Force side: the corporate development team's FileMaker Pro tracker exported as a FileMaker
"Merge" file (.mer: comma separated, every value quoted, CRLF records, first record = field
names), Windows (ANSI) = cp1252, renamed tracker.csv by the analyst.

Deterministic: fixed seed, no clock, fixed workbook properties.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "filemaker_merge_export_lookalike"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
random.seed(106)

EXPORT_DATE = dt.date(2022, 2, 10)      # FileMaker export (found set: all records)
LIST_DATE = dt.date(2022, 2, 7)         # HMICFRS definitive list "as at"
HM_SHEET = "Definitive list"
FORCE_FILE = "tracker.csv"
GS = "\x1d"   # FileMaker: repetitions of a repeating field
VT = "\x0b"   # FileMaker: a return inside a field

# ---------------------------------------------------------------------------------------
# Real public texts, copied from /work/shared/data/real_recommendations.csv (key = row index
# in that file) and from the West Midlands JAC paper of 30 November 2017. Not read at run time.
# ---------------------------------------------------------------------------------------
CSV_TEXTS = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
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

JAC_TEXTS = {
    "msht_leadership": (
        "Within twelve months, forces should review their leadership and governance arrangements "
        "for modern slavery and human trafficking, to ensure that:\n"
        "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
        "• every incident of modern slavery identified to police is allocated appropriate resources "
        "with the skills, experience and capacity to investigate it effectively;\n"
        "• forces develop effective partnership arrangements to co-ordinate activity in order to "
        "share information and safeguard victims; and\n"
        "• performance and quality assurance measures are in place to allow senior leaders to assess "
        "the nature and quality of the service provided to victims."),
    "msht_intel": (
        "Within six months, forces should have in place active information-sharing agreements with "
        "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
        "victims better and to identify suspects as early as possible"),
    "msht_s45": (
        "Immediately, forces should ensure that all victims carrying out criminal acts under "
        "compulsion attributable to slavery or exploitation are afforded the protection of early and "
        "continuing consideration of the applicability of the section 45 defence."),
    "msht_nrm": (
        "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
        "process as it evolves and are implementing the requirement placed upon them under the "
        "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
        "adult victim of modern slavery or human trafficking."),
    "msht_ncrs": (
        "Immediately, forces should take steps to ensure they fully comply with national crime "
        "recording standard (NCRS) requirements for offences identified as modern slavery and human "
        "trafficking and that sufficient audit capacity is available to the force crime registrar to "
        "provide reassurance that each force is identifying and managing any gaps in its "
        "crime-recording accuracy for these types of offences."),
    "msht_invest": (
        "Immediately, forces should ensure that allegations or indications of modern slavery and "
        "human trafficking are thoroughly investigated and effectively supervised by teams and "
        "individuals with the skills and experience to undertake them (this should include the use "
        "where appropriate of joint intelligence teams and other means to obtain intelligence and "
        "evidence from agencies overseas)."),
    "msht_prevent": (
        "Immediately, forces should review their use of preventative powers under the Modern Slavery "
        "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
        "clear threat to others in respect of modern slavery and human trafficking offences are "
        "exploited."),
    "eff17_digital": (
        "By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force. The Home Office, National Police Chiefs’ "
        "Council and Association of Police and Crime Commissioners should support the development of "
        "these plans by establishing a national framework which allows for the provision of "
        "digitally enabled services across force boundaries."),
    "eff17_afi": (
        "The force should ensure that it has sufficient resources available in the control room to "
        "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
        "wellbeing of its workforce."),
    "dash": (
        "To address this cause of concern, HMIC recommends the force should immediately take steps "
        "to ensure that: there is effective supervision of the initial risk assessment process, "
        "specifically in relation to the completion of DASH risk assessment in appropriate cases."),
    "aus1": (
        "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
        "are doing all they can to continue to reduce crime and protect the front line while "
        "balancing their budgets. They should use the data and information contained in this "
        "report, and in HMIC’s Value for Money profiles, when conducting their reviews"),
    "aus2": (
        "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
        "through collaboration should assess whether there is scope to improve on this position. "
        "HMIC will follow up the assessments in the autumn."),
    "aus3": (
        "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
        "workforce and/or police officers on the front line should assess whether they have taken "
        "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
        "HMIC will follow up the assessments in the autumn."),
    "aus4": (
        "In preparation for the next spending round period all Chief Constables and PCCs should "
        "review their plans for collaboration. In particular they should consider whether there is "
        "scope to deliver better value for money and improved capability and capacity through joint "
        "working with other forces, the public and/or the private sector."),
}
T = dict(CSV_TEXTS)
T.update(JAC_TEXTS)


def d(s):
    return dt.datetime.strptime(s, "%d/%m/%Y").date()


# ---------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, HMICFRS date, force Reports::Report Title, Reports::Published)
# ---------------------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?",
             "09/07/2013", "Stop & Search Powers (HMIC 2013)", "09/07/2013"),
    "DA14": ("Everyone’s business: Improving the police response to domestic abuse",
             "27/03/2014", "Everyones Business - Domestic Abuse", "27/03/2014"),
    "AUS14": ("Policing in Austerity: Meeting the Challenge",
              "22/07/2014", "Policing in Austerity - Meeting the Challenge", "22/07/2014"),
    "CORE14": ("Core Business: an inspection into crime prevention, police attendance and the use "
               "of police time", "04/09/2014", "Core Business", "04/09/2014"),
    "INT15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
              "the capability to tackle corruption in policing", "30/01/2015",
              "Integrity Matters", "30/01/2015"),
    "FIRE15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
               "licensing in police forces in England and Wales", "15/09/2015",
               "Targeting the Risk (Firearms Licensing)", "15/09/2015"),
    "EFF15": ("PEEL: Police efficiency 2015 – Cleveland Police", "20/10/2015",
              "PEEL Efficiency 2015", "20/10/2015"),
    "EFF16": ("PEEL: Police effectiveness 2016 – Cleveland Police", "02/03/2017",
              "PEEL Effectiveness 2016", "02/03/2017"),
    "MSHT17": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "24/10/2017", "Stolen Freedom – MSHT", "24/10/2017"),
    "EFF17N": ("PEEL: Police efficiency 2017 – A national overview", "09/11/2017",
               "PEEL Efficiency 2017", "09/11/2017"),
    "EFF17F": ("PEEL: Police efficiency 2017 – Cleveland Police", "09/11/2017",
               "PEEL Efficiency 2017", "09/11/2017"),
    "DAPR17": (None, None, "DA Progress Report 2017", "14/11/2017"),
    "LEG17": ("PEEL: Police legitimacy 2017 – A national overview", "12/12/2017",
              "PEEL Legitimacy 2017 (national)", "12/12/2017"),
    "CDI18": ("Cleveland Police: Crime Data Integrity inspection 2018", "07/08/2018",
              "CDI 2018", "07/08/2018"),
    "IPA19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cleveland Police",
              "27/09/2019", "PEEL 2018/19 (IPA)", "27/09/2019"),
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
              "of force", "26/02/2021", "Disproportionate Use of Police Powers (Spotlight)",
              "26/02/2021"),
}

C_DONE = "This recommendation is complete"
C_PROG = ("The progress of the implementation of this recommendation is currently being monitored "
          "by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC’s PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_NFA = ("This area of activity has subsequently been inspected each year, most recently in "
         "HMICFRS’s PEEL Efficiency inspections. No further action is required.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the PEEL inspection team in recent inspection activity.")

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"


def F(ref, rep, typ, text, owner, lead, rag, created, modified=None, stages=(), upd="",
      upd_date="", evid="", target=""):
    """One FileMaker record of the Recommendations table (as the export shows it)."""
    return dict(ref=ref, rep=rep, typ=typ, text=text, owner=owner, lead=lead, rag=list(rag),
                created=created, modified=modified or created, stages=list(stages), upd=upd,
                upd_date=upd_date, evid=evid, target=target)


ITEMS = []


def I(hid, rep, typ, text, status, sdate, comment, cat, why, force=()):
    ITEMS.append(dict(hid=hid, rep=rep, typ=typ, text=text, status=status, sdate=sdate,
                      comment=comment, cat=cat, why=why, force=list(force)))


# ---- Stop and search 2013 ------------------------------------------------------------------
I(1187, "SS13", REC, T[27], "Complete", "26/06/2015", C_DONE, "in_sync",
  "HMICFRS Complete; force RAG Open→Open→Closed (pre-2017 'Closed' = done). Closed on both.",
  [F("1187", "SS13", "Recommendation",
     "Chief Constables and the College of Policing should establish in the Stop and Search APP a "
     "clear specification of what constitutes the effective and fair exercise of stop and search "
     "powers, and guidance in this respect. This should be compliant with the Code of Practice.",
     "Supt D Readman", "ACC", ["Open", "Open", "Closed"], "14/10/2014 09:12:03",
     "11/03/2015 16:40:22",
     upd="11/03/2015 DR: APP published by College Oct 2014. Force S&S policy re-written to align."
         "\nClosed at Force Management Board 11/03/2015.",
     upd_date="11/03/2015", evid="S&S policy v4.doc")])
I(1188, "SS13", REC, T[28], "Complete", "26/06/2015", C_DONE, "closeable_local",
  "HMICFRS Complete; force current RAG (last repetition) 'G - On track' = still open.",
  [F("1188", "SS13", "Recommendation",
     "Establish/improve monitoring of the way officers stop and search people - so we are satisfied "
     "they act in accordance with the law (incl equality legislation and PACE Code A) and the power "
     "is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Insp K Nixon (S&S lead)", "ACC", ["Open", "Open", "Open", "G - On track"],
     "14/10/2014 09:14:40", "06/12/2021 11:03:51",
     upd="06/12/2021 KN: Monthly S&S scrutiny panel continues, dip sample of 40 BWV clips per qtr."
         "\nKeep open until new S&S dashboard (Qlik) goes live.",
     upd_date="06/12/2021")])

# ---- Everyone's business 2014 --------------------------------------------------------------
I(2321, "DA14", REC, T[56], "Superseded", "21/03/2017", C_SUPER, "in_sync",
  "HMICFRS Superseded (closed); force Open→Closed. Closed on both; force text is the first "
  "paragraph and bullets only.",
  [F("2321", "DA14", "Recommendation",
     "By September 2014, every police force in England and Wales should establish and publish an "
     "action plan that specifies in detail what steps it will take to improve its approach to "
     "domestic abuse.\nThis action plan should be developed:\n• in consultation with police and "
     "crime commissioners, domestic abuse support organisations and victims' representatives;\n"
     "• after close consideration of all the recommendations in this report;\n• with reference to "
     "all relevant domestic homicide reviews and IPCC findings\n(see report for full text)",
     "D/Supt M Gowland (PVP)", "ACC", ["Open", "Closed"], "14/10/2014 09:20:47",
     "02/06/2015 10:12:05",
     upd="DA action plan published on force website 29/09/2014. Progress monitored via DA "
         "Strategic Group. Closed FMB 02/06/2015.",
     upd_date="02/06/2015", evid="DA Action Plan 2014 (published).pdf")])

# ---- Policing in Austerity 2014 ------------------------------------------------------------
I(1391, "AUS14", REC, T["aus1"], "No further action needed", "30/08/2017", C_NFA, "in_sync",
  "HMICFRS 'No further action needed' (closed); force 'Closed'. Closed on both.",
  [F("1391", "AUS14", "Recommendation",
     "All CC's and PCCs should review plans to deliver savings to ensure doing all they can to "
     "continue to reduce crime and protect front line while balancing budgets - use data in report "
     "and HMIC VfM profiles",
     "Head of Finance (Mr P Ridley)", "Dir of Resources", ["Closed"], "14/10/2014 09:31:12",
     "19/03/2015 14:25:50", upd="Reviewed as part of MTFP 2015/16. Closed.",
     upd_date="19/03/2015")])
I(1392, "AUS14", REC, T["aus2"], "No further action needed", "30/08/2017", C_NFA,
  "closeable_local",
  "HMICFRS 'No further action needed' (closed); force current RAG 'G - On track' = open.",
  [F("1392", "AUS14", "Recommendation", T["aus2"],
     "Head of Finance (Mr P Ridley)", "Dir of Resources", ["Open", "G - On track"],
     "14/10/2014 09:33:08", "17/05/2018 09:41:10",
     upd="17/05/2018 PR: Evolve collaboration (Durham / N Yorks) reviewed annually by "
         "Collaboration Board. Keep open until 2018/19 MTFP signed off.",
     upd_date="17/05/2018")])
I(1393, "AUS14", REC, T["aus3"], "No further action needed", "30/08/2017", C_NFA, "in_sync",
  "HMICFRS 'No further action needed' (closed); force 'Closed'. Closed on both.",
  [F("1393", "AUS14", "Recommendation", T["aus3"].replace("’", "'"),
     "Head of Finance (Mr P Ridley)", "Dir of Resources", ["Closed"], "14/10/2014 09:34:55",
     "19/03/2015 14:27:02", upd="Workforce mix modelled in Evolve business case. Closed.",
     upd_date="19/03/2015")])
I(1394, "AUS14", REC, T["aus4"], "No further action needed", "30/08/2017", C_NFA,
  "closeable_local",
  "HMICFRS 'No further action needed' (closed); force current RAG 'G - On track' = open.",
  [F("1394", "AUS14", "Recommendation",
     "In preparation for the next spending round all Chief Constables and PCCs should review their "
     "plans for collaboration - scope for better VfM and improved capability/capacity through "
     "joint working with other forces, the public and/or private sector.",
     "Head of Finance (Mr P Ridley)", "Dir of Resources", ["Open", "G - On track", "G - On track"],
     "14/10/2014 09:36:21", "17/05/2018 09:43:37",
     upd="17/05/2018 PR: see 1392 - Collaboration Board.", upd_date="17/05/2018")])

# ---- Core Business 2014 --------------------------------------------------------------------
I(4822, "CORE14", REC, T[12], "Being progressed", "30/09/2016", C_REVIEW, "closeable_submit",
  "HMICFRS Being progressed (open); force Open→Open→Closed - a pre-2017 'Closed' = done. "
  "Force done, HMICFRS open.",
  [F("4822", "CORE14", "Recommendation", T[12],
     "C/Insp S Atkinson (FCR)", "ACC", ["Open", "Open", "Closed"], "14/10/2014 09:41:19",
     "14/06/2016 15:02:44",
     upd="THRIVE introduced in FCR 02/2016 - all call handlers trained (98%).\nClosed at FMB "
         "14/06/2016.", upd_date="14/06/2016", evid="THRIVE training record.xlsx",
     target="31/03/2015")])

# ---- Integrity matters 2015 ----------------------------------------------------------------
I(902, "INT15", REC, T[13], "Complete", "12/01/2016", C_DONE, "in_sync",
  "HMICFRS Complete; force Open→Closed. Closed on both (force types straight quotes, so the CSV "
  "doubles them).",
  [F("902", "INT15", "Recommendation", T[13].replace("“", '"').replace("”", '"'),
     "Head of PSD (Supt J Lumsden)", "DCC", ["Open", "Closed"], "09/02/2015 10:05:31",
     "03/12/2015 12:11:40",
     upd="PSD dip sample of NFA outcomes by protected characteristic - no disparity found. "
         "Closed 03/12/2015.", upd_date="03/12/2015", target="31/08/2015")])

# ---- Targeting the risk 2015 ---------------------------------------------------------------
I(3118, "FIRE15", REC, T[58], "Complete", "04/10/2016", C_DONE, "in_sync",
  "HMICFRS Complete; force Open→Closed. Closed on both.",
  [F("3118", "FIRE15", "Recommendation",
     "Within 3 months, all CC's should assess how well the governance of firearms licensing in "
     "their force meets the standards set out in APP. Where not being complied with put in place "
     "immediately the correct arrangements and procedures to meet the standards in full.",
     "Firearms Licensing Manager", "Dir of Resources", ["Open", "Closed"], "01/10/2015 14:10:02",
     "22/03/2016 09:55:18", upd="Gap analysis v APP done 12/2015, FLM reports to ACC quarterly.",
     upd_date="22/03/2016", target="15/12/2015")])
I(3119, "FIRE15", REC, T[59], "Complete", "04/10/2016", C_DONE, "in_sync",
  "HMICFRS Complete; force 'Closed'. Closed on both.",
  [F("3119", "FIRE15", "Recommendation", T[59],
     "Firearms Licensing Manager", "Dir of Resources", ["Closed"], "01/10/2015 14:12:37",
     "22/03/2016 09:57:40", upd="Demand review complete - 2 x FTE added to FLU.",
     upd_date="22/03/2016", target="15/12/2015")])
I(3120, "FIRE15", REC, T[60], "Complete", "04/10/2016", C_DONE, "conflict",
  "Report conflict: the force record (HMIC Ref 3120, same text) is linked to the Core Business "
  "report (04/09/2014) instead of Targeting the risk (15/09/2015). Statuses agree (closed/done).",
  [F("3120", "CORE14", "Recommendation", T[60],
     "Firearms Licensing Manager", "Dir of Resources", ["Open", "Closed"], "01/10/2015 14:15:09",
     "22/03/2016 09:59:12",
     upd="All 'total expired' records reviewed, 11 referred to firearms enquiry officers, 0 "
         "outstanding.", upd_date="22/03/2016")])
I(3121, "FIRE15", REC, T[61], "Being progressed", "04/10/2016", C_PROG, "missing_from_force",
  "No force record for the temporary permits recommendation (no HMIC Ref 3121, no matching text).")

# ---- PEEL efficiency 2015 (Cleveland) ------------------------------------------------------
I(3402, "EFF15", AFI, T[14], "Complete", "15/02/2017", C_AUTH.replace("PEEL", "PEEL efficiency"),
  "in_sync", "HMICFRS Complete; force Open→Closed. Closed on both.",
  [F("3402", "EFF15", "AFI", T[14], "Supt A Hymers (Demand)", "DCC", ["Open", "Closed"],
     "03/11/2015 11:20:45", "09/01/2017 10:30:00",
     upd="Demand profile 2016 completed with Process Evolution. Closed.", upd_date="09/01/2017")])
I(3403, "EFF15", AFI, T[15], "Being progressed", "15/02/2017", C_PROG, "closeable_submit",
  "HMICFRS Being progressed (open); force current RAG 'B - Complete' (stages all ticked, "
  "submitted 28/10/2021). Force done, HMICFRS open.",
  [F("3403", "EFF15", "AFI", "Develop understanding of the links between outcomes, outputs and costs",
     "Head of Finance (Mr P Ridley)", "Dir of Resources", ["Open", "G - On track", "B - Complete"],
     "03/11/2015 11:22:10", "28/10/2021 16:12:09",
     stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="21/10/2021 PR: Priority based budgeting complete; outcomes/costs model presented to COG."
         "\nSubmitted to FLL for closure 28/10/2021.",
     upd_date="28/10/2021", evid="PBB outcomes model COG 21-10-21.pptx")])
I(3404, "EFF15", AFI, T[16], "Complete", "15/02/2017", C_DONE, "conflict",
  "Type conflict: HMICFRS 'Area for improvement', the force record is typed "
  "'Recommendation' (the same value list had 'AFI', used for 3402/3403). Statuses agree "
  "(closed/done).",
  [F("3404", "EFF15", "Recommendation", T[16], "Head of HR (Mrs S Kaur)", "Dir of Resources",
     ["Open", "Closed"], "03/11/2015 11:24:31", "09/01/2017 10:34:12",
     upd="Workforce plan 2016-20 approved at COG.", upd_date="09/01/2017")])

# ---- PEEL effectiveness 2016 (Cleveland) ---------------------------------------------------
I(6712, "EFF16", COC, T[21], "Complete", "19/12/2019", C_AUTH, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("6712", "EFF16", "Cause of Concern", T[21], "D/Supt M Gowland (PVP)", "ACC",
     ["Open", "G - On track", "B - Complete"], "20/03/2017 10:40:12", "02/12/2019 14:20:31",
     stages=["Lead sign-off", "Submitted to HMICFRS"],
     upd="CoC closed by HMICFRS following 2019 PEEL fieldwork.", upd_date="02/12/2019")])
I(6713, "EFF16", REC, T[22], "Complete", "19/12/2019", C_AUTH, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("6713", "EFF16", "Recommendation", T[22], "D/Supt M Gowland (PVP)", "ACC",
     ["Open", "A - At risk", "G - On track", "B - Complete"], "20/03/2017 10:42:50",
     "02/12/2019 14:22:08", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Arrest rate for DA 41% (from 29%). DVPN/DVPO use up 60%.", upd_date="02/12/2019",
     evid="DA performance pack Q2 19-20.pdf")])
I(6714, "EFF16", REC, T[23], "Complete", "19/12/2019", C_AUTH, "closeable_local",
  "HMICFRS Complete; force current RAG 'G - On track' (last of Open, A, G) = open.",
  [F("6714", "EFF16", "Recommendation", T[23], "D/Supt M Gowland (PVP)", "ACC",
     ["Open", "A - At risk", "G - On track"], "20/03/2017 10:44:03", "13/01/2022 09:10:44",
     upd="13/01/2022 MG: Victim engagement survey Q3 - 61% of DA victims supporting prosecution."
         "\nContinue monitoring through DA Strategic Group.", upd_date="13/01/2022")])
I(6715, "EFF16", REC, T[24], "Complete", "19/12/2019", C_DONE, "in_sync",
  "HMICFRS Complete; force Open→Closed. Closed on both.",
  [F("6715", "EFF16", "Recommendation",
     "In addition, the practice of conducting DA risk assessments over the telephone and dealing "
     "with DA in the resolution centre should cease",
     "C/Insp S Atkinson (FCR)", "ACC", ["Open", "Closed"], "20/03/2017 10:45:30",
     "28/06/2017 11:01:15", upd="Ceased from 01/05/2017 - all DA now attended.",
     upd_date="28/06/2017")])
I(6716, "EFF16", COC, T[25], "Being progressed", "19/12/2019", C_PROG, "in_sync",
  "HMICFRS Being progressed (open); force current RAG 'G - On track' = open. Open on both "
  "(force text abridged to its first two sentences).",
  [F("6716", "EFF16", "Cause of Concern",
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found "
     "that the assessment of risk for children who go missing from home was inappropriate in some "
     "cases. (see report for full CoC)",
     "Supt C Dunn (Vulnerability)", "ACC", ["Open", "A - At risk", "A - At risk", "G - On track"],
     "20/03/2017 10:48:22", "24/11/2021 15:33:05",
     upd="See 6717.", upd_date="24/11/2021")])
I(6717, "EFF16", REC, T[26], "Being progressed", "24/11/2021",
  "Closure evidence reviewed - not accepted. Further dip sample required.", "in_sync",
  "HMICFRS Being progressed (open). Force stages show all three ticked, but the current RAG (last "
  "repetition) is 'A - At risk' after HMICFRS returned the submission - the RAG decides: open. "
  "Open on both.",
  [F("6717", "EFF16", "Recommendation", T[26], "Supt C Dunn (Vulnerability)", "ACC",
     ["Open", "G - On track", "B - Complete", "A - At risk"], "20/03/2017 10:50:17",
     "24/11/2021 15:35:48", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="24/11/2021 CD: HMICFRS FLL returned closure submission - dip sample still shows "
         "absent/missing misclassification.\nRAG back to Amber. Re-audit Feb 22.",
     upd_date="24/11/2021", evid="Missing children audit Sept 21.xlsx")])

# ---- Stolen freedom 2017 -------------------------------------------------------------------
I(8190, "MSHT17", REC, T["msht_leadership"], "Being progressed", "12/03/2019", C_PROG, "in_sync",
  "HMICFRS Being progressed; force 'G - On track'. Open on both.",
  [F("8190", "MSHT17", "National Rec",
     T["msht_leadership"].replace("• ", "- "),
     "D/Supt R Coulson (MSHT)", "ACC", ["G - On track", "G - On track"], "13/11/2017 13:02:11",
     "30/09/2021 10:14:27",
     upd="MSHT Gold group chaired by ACC, partnership board with Teesside councils established.",
     upd_date="30/09/2021")])
I(8191, "MSHT17", REC, T["msht_intel"], "Being progressed", "12/03/2019", C_PROG, "conflict",
  "Timescale conflict: HMICFRS 'Within six months', the force text says 'Within twelve months' "
  "(copied from the report PDF with the stray footnote digit 86). Both open.",
  [F("8191", "MSHT17", "National Rec",
     "Within twelve months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "D/Supt R Coulson (MSHT)", "ACC", ["G - On track"], "13/11/2017 13:04:40",
     "30/09/2021 10:16:02", upd="ISA with Border Force and GLAA signed; LA ISA in draft.",
     upd_date="30/09/2021", target="24/10/2018")])
I(8192, "MSHT17", REC, T["msht_s45"], "Being progressed", "12/03/2019", C_PROG,
  "missing_from_force", "No force record for the section 45 defence recommendation.")
I(8193, "MSHT17", REC, T["msht_nrm"], "Complete", "08/07/2020", C_DONE, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("8193", "MSHT17", "National Rec", T["msht_nrm"],
     "D/Supt R Coulson (MSHT)", "ACC", ["G - On track", "B - Complete"], "13/11/2017 13:06:15",
     "14/07/2020 09:20:11", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="NRM SPOC in PVP, DTN process live. Closed by HMICFRS 08/07/2020.",
     upd_date="14/07/2020", evid="8193_NRM_closure_pack.pdf")])
I(8194, "MSHT17", REC, T["msht_ncrs"], "Being progressed", "12/03/2019", C_PROG,
  "closeable_submit",
  "HMICFRS Being progressed; force RAG G, (empty), B - the last filled repetition is 'B - "
  "Complete' = done (stages not yet 'Submitted'). Force done, HMICFRS open.",
  [F("8194", "MSHT17", "National Rec", T["msht_ncrs"],
     "Force Crime Registrar", "DCC", ["G - On track", "", "B - Complete"], "13/11/2017 13:08:44",
     "10/01/2022 12:45:20", stages=["Lead sign-off", "Evidence gathered"],
     upd="FCR audit 12/2021: MSHT crime recording compliance 96%.\nLead signed off 10/01/2022 - to "
         "go to FLL with next batch.", upd_date="10/01/2022")])
I(8195, "MSHT17", REC, T["msht_invest"], "Being progressed", "12/03/2019", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track'. Open on both.",
  [F("8195", "MSHT17", "National Rec", T["msht_invest"],
     "D/Supt R Coulson (MSHT)", "ACC", ["A - At risk", "A - At risk", "G - On track"],
     "13/11/2017 13:10:02", "30/09/2021 10:19:55",
     upd="MSHT investigations allocated to Major Crime / Op Sentinel. JIT with NCA on 1 op.",
     upd_date="30/09/2021")])
I(8196, "MSHT17", REC, T["msht_prevent"], "Being progressed", "12/03/2019", C_PROG,
  "closeable_submit",
  "HMICFRS Being progressed; force RAG 'B - Complete' with no stages ticked - the RAG decides: "
  "done. Force done, HMICFRS open.",
  [F("8196", "MSHT17", "National Rec",
     "Review use of preventative powers under MSA 2015 (STPOs / STROs) to restrict activities of "
     "those posing a clear threat re MSHT offences",
     "D/Supt R Coulson (MSHT)", "ACC", ["B - Complete"], "13/11/2017 13:11:39",
     "19/02/2019 08:52:33", upd="STRO/STPO process in place, 4 orders obtained 2018.",
     upd_date="19/02/2019")])

# ---- PEEL efficiency 2017 ------------------------------------------------------------------
I(8402, "EFF17N", REC, T["eff17_digital"], "Complete", "22/01/2020", C_DONE, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("8402", "EFF17N", "National Rec", T["eff17_digital"].replace("’", "'"),
     "Head of ICT (Mr N Pybus)", "Dir of Resources", ["G - On track", "G - On track", "B - Complete"],
     "20/11/2017 10:15:27", "30/01/2020 11:11:11",
     stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Digital Policing Strategy 2018-21 approved; SDP online reporting live.",
     upd_date="30/01/2020", evid="Digital Policing Strategy 2018-21.pdf", target="30/09/2018")])
I(8433, "EFF17F", AFI, T["eff17_afi"], "Being progressed", "22/01/2020", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'A - At risk'. Open on both.",
  [F("8433", "EFF17F", "AFI", T["eff17_afi"], "C/Insp S Atkinson (FCR)", "ACC",
     ["A - At risk", "R - Off track", "A - At risk"], "20/11/2017 10:18:02",
     "18/01/2022 14:40:09",
     upd="18/01/2022 SA: Control room uplift - 14 new call handlers, £310k growth in 2021/22 "
         "budget.\nAttrition still high (19%). Wellbeing TRiM offer in place.",
     upd_date="18/01/2022")])

# ---- PEEL legitimacy 2017 (national) -------------------------------------------------------
I(8540, "LEG17", COC, T[46], "Being progressed", "10/06/2019", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track'. Open on both.",
  [F("8540", "LEG17", "CoC", T[46], "Insp K Nixon (S&S lead)", "ACC",
     ["A - At risk", "G - On track"], "08/01/2018 09:30:18", "06/12/2021 11:10:40",
     upd="See 8541 / 8542.", upd_date="06/12/2021")])
I(8541, "LEG17", REC, T[47], "Being progressed", "10/06/2019", C_PROG, "closeable_submit",
  "Split into three force records, one per bullet (8541 (a)-(c)); the current RAG of all three "
  "is 'B - Complete', so the force has the whole item done; HMICFRS Being progressed.",
  [F("8541", "LEG17", "National Rec",
     "8541 (a) By July 2018 monitor S&S data to understand the reasons for any disproportionate "
     "representation of different ethnic groups in the use of stop and search",
     "Insp K Nixon (S&S lead)", "ACC", ["G - On track", "B - Complete"], "08/01/2018 09:33:45",
     "06/12/2021 11:12:20", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Disproportionality dashboard live (Qlik). Reviewed monthly at S&S scrutiny panel.",
     upd_date="06/12/2021", target="31/07/2018"),
   F("8541", "LEG17", "National Rec",
     "8541 (b) the extent to which find rates differ between people from different ethnicities, "
     "and across different types of searches (including separate identification of find rates "
     "for drug possession and supply-type offences)",
     "Insp K Nixon (S&S lead)", "ACC", ["G - On track", "", "B - Complete"],
     "08/01/2018 09:35:02", "06/12/2021 11:13:01",
     stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Find rate by ethnicity / search type in monthly S&S pack.", upd_date="06/12/2021",
     target="31/07/2018"),
   F("8541", "LEG17", "National Rec",
     "8541 (c) the prevalence of possession-only drug searches, and the extent to which these "
     "align with local or force level priorities.",
     "Insp K Nixon (S&S lead)", "ACC", ["A - At risk", "G - On track", "B - Complete"],
     "08/01/2018 09:36:30", "06/12/2021 11:13:44",
     stages=["Evidence gathered", "Submitted to HMICFRS"],
     upd="Possession-only searches reported quarterly to OPCC scrutiny.", upd_date="06/12/2021",
     target="31/07/2018")])
I(8542, "LEG17", REC, T[48], "Being progressed", "10/06/2019", C_PROG, "conflict",
  "Reference conflict: the force record carries HMIC Ref 8524 (digits transposed; 8524 is not "
  "on the list) for this text and report. Both open.",
  [F("8524", "LEG17", "National Rec", T[48], "Insp K Nixon (S&S lead)", "ACC",
     ["G - On track"], "08/01/2018 09:38:11", "06/12/2021 11:15:30",
     upd="Annual disproportionality report published on website (Oct 2021).",
     upd_date="06/12/2021")])
I(8544, "LEG17", REC, T[50], "Complete", "20/05/2020", C_DONE, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("8544", "LEG17", "National Rec", T[50], "Insp K Nixon (S&S lead)", "ACC",
     ["G - On track", "B - Complete"], "08/01/2018 09:41:27", "26/05/2020 10:05:19",
     stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Unconscious bias + APP S&S training 97% of officers who use S&S (NCALT).",
     upd_date="26/05/2020", evid="NCALT completion report May 2020.xlsx", target="31/07/2018")])

# ---- CDI 2018 (Cleveland) ------------------------------------------------------------------
_cdi_b = T[11].split("\n")
I(9209, "CDI18", REC, T[11], "Being progressed", "05/03/2021", C_PROG, "in_sync",
  "Split into five force records, one per bullet (9209/1-9209/5). Four are 'B - Complete' but "
  "9209/4 is 'A - At risk', so the force has the item open; HMICFRS Being progressed. Open on both.",
  [F("9209/%d" % (k + 1), "CDI18", "Rec",
     "Within six months the force should put in place arrangements to ensure that: "
     + _cdi_b[k + 1].lstrip("• ").rstrip(),
     owner, "DCC", rag, "20/08/2018 %s" % tm, mod, stages=st, upd=up, upd_date=mod[:10])
   for k, (owner, rag, tm, mod, st, up) in enumerate([
       ("Force Crime Registrar", ["A - At risk", "G - On track", "B - Complete"], "11:02:30",
        "15/12/2021 10:20:00", ["Evidence gathered", "Lead sign-off"],
        "Victim-first training delivered to FCR and response. CDI audit 12/21: 93%."),
       ("C/Insp S Atkinson (FCR)", ["G - On track", "B - Complete"], "11:04:12",
        "15/12/2021 10:21:40", ["Evidence gathered"], "STORM log quality dip sample monthly."),
       ("Force Crime Registrar", ["B - Complete"], "11:05:58", "04/03/2020 16:00:12", [],
        "Multiple crime recording in Niche guidance issued."),
       ("D/Supt M Gowland (PVP)", ["A - At risk", "A - At risk"], "11:07:31",
        "15/12/2021 10:25:33", [],
        "Still some delay awaiting ABE before recording - PVP reminder issued 12/21."),
       ("C/Insp S Atkinson (FCR)", ["G - On track", "B - Complete"], "11:09:02",
        "15/12/2021 10:27:48", ["Evidence gathered", "Lead sign-off"],
        "Online reports triaged by FCR THRIVE desk 24/7."),
   ])])

# ---- PEEL 2018/19 (Cleveland) --------------------------------------------------------------
I(10561, "IPA19", COC, T[8], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track'. Open on both.",
  [F("10561", "IPA19", "CoC", T[8], "D/Ch Supt L Fenwick (Crime)", "ACC",
     ["R - Off track", "A - At risk", "A - At risk", "G - On track"], "07/10/2019 09:10:05",
     "14/01/2022 15:12:41", upd="Engage - see Force Improvement Plan workstream 2.",
     upd_date="14/01/2022")])
I(10562, "IPA19", REC, T[0], "Complete", "14/01/2022", C_DONE, "in_sync",
  "HMICFRS Complete; force current RAG 'B - Complete'. Closed on both.",
  [F("10562", "IPA19", "Rec",
     "Immediately - conduct a review of officers’ capabilities and capacity to manage their "
     "investigative workload, to better understand investigative demand and the pressures placed "
     "upon them", "D/Ch Supt L Fenwick (Crime)", "ACC",
     ["A - At risk", "G - On track", "B - Complete"], "07/10/2019 09:12:40",
     "20/01/2022 10:02:13", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Investigative capacity review (Op Phoenix) complete, workload tool in Niche.",
     upd_date="20/01/2022", evid="Op Phoenix final report.pdf")])
I(10563, "IPA19", REC, T[1], "Being progressed", "14/01/2022", C_PROG, "closeable_submit",
  "HMICFRS Being progressed; force current RAG 'B - Complete' (submitted 02/2022). Force done, "
  "HMICFRS open.",
  [F("10563", "IPA19", "Rec",
     "Immediately - conduct a review, involving partners, of the approach to vulnerability to "
     "better safeguard vulnerable people.", "Supt C Dunn (Vulnerability)", "ACC",
     ["A - At risk", "G - On track", "B - Complete"], "07/10/2019 09:14:22",
     "03/02/2022 12:30:55", stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="03/02/2022 CD: Vulnerability review with Teesside Safeguarding Partnership complete,\n"
         "Vulnerability Desk live. Submitted to FLL 03/02/2022.", upd_date="03/02/2022",
     evid="Vulnerability review - partnership sign off.pdf")])
I(10564, "IPA19", REC, T[2], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track'. Open on both (the duplicate "
  "record created 6 seconds later is not an item).",
  [F("10564", "IPA19", "Rec",
     "Immediately - expand the skills project work to include an assessment of all skills, not only "
     "operational, incl potential future skills requirements. Should inform workforce plans",
     "Head of HR (Mrs S Kaur)", "Dir of Resources", ["A - At risk", "G - On track"],
     "07/10/2019 09:16:05", "11/01/2022 13:48:20",
     upd="Skills audit (all staff) 78% complete. Feeds Strategic Workforce Plan 2022.",
     upd_date="11/01/2022")])
I(10565, "IPA19", REC, T[5], "Complete", "14/01/2022", C_DONE, "closeable_local",
  "HMICFRS Complete; force current RAG 'G - On track' = open.",
  [F("10565", "IPA19", "Rec",
     "Immediately - improve arrangements both to consult with the public about business planning "
     "and to feed back on changes made to service delivery as a result.",
     "Head of Corp Comms", "DCC", ["A - At risk", "G - On track"], "07/10/2019 09:18:44",
     "11/01/2022 13:55:02",
     upd="Your Force Your Voice survey 2021 done, 'You said we did' page live. Budget consultation "
         "with OPCC Jan 22.", upd_date="11/01/2022")])
I(10566, "IPA19", REC, T[6], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track'. Open on both (typo 'supervison').",
  [F("10566", "IPA19", "Rec",
     "Within six months the force should ensure regular and active supervison of the quality and "
     "progress of investigations. This supervision should be properly recorded",
     "D/Ch Supt L Fenwick (Crime)", "ACC", ["R - Off track", "A - At risk", "G - On track"],
     "07/10/2019 09:20:31", "14/01/2022 15:20:10",
     upd="Supervisory review template in Niche mandatory from 09/2021; compliance 71%.",
     upd_date="14/01/2022", target="31/03/2020")])
I(10567, "IPA19", REC, T[9], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'G - On track' (only 'Evidence gathered' "
  "ticked). Open on both.",
  [F("10567", "IPA19", "Rec", T[9].replace("HMIC recommends that within six months the force "
                                           "should: ", "Within six months - "),
     "Head of Digital Forensics", "ACC", ["A - At risk", "G - On track"], "07/10/2019 09:22:15",
     "14/01/2022 15:22:47", stages=["Evidence gathered"],
     upd="DFU backlog down from 640 to 210 devices; kiosks in 3 stations. £85k for 2 more "
         "kiosks.", upd_date="14/01/2022", target="31/03/2020")])
I(10568, "IPA19", REC, T[10], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force 'A - At risk'. Open on both.",
  [F("10568", "IPA19", "Rec",
     "Within six months - improve understanding of suspects released under investigation and "
     "management of those released on bail", "Supt G Trotter (Custody & CJ)", "ACC",
     ["A - At risk"], "07/10/2019 09:24:02", "14/01/2022 15:25:30",
     upd="RUI review team set up; 1,140 RUI cases at 12/21.", upd_date="14/01/2022",
     target="31/03/2020")])
I(10569, "IPA19", AFI, T[18], "Being progressed", "14/01/2022", C_PROG, "missing_from_force",
  "No force record for the crime-recording and management system AFI.")
I(10570, "IPA19", REC, T[20], "Being progressed", "14/01/2022", C_PROG, "in_sync",
  "HMICFRS Being progressed; force current RAG 'A - At risk'. Open on both.",
  [F("10570", "IPA19", "Rec", T[20], "Head of Vetting (Ms H Pearson)", "DCC",
     ["R - Off track", "R - Off track", "A - At risk"], "07/10/2019 09:26:40",
     "14/01/2022 15:28:05",
     upd="Vetting backlog 312 (from 1,050). Temp vetting officers x3 to 03/2022.",
     upd_date="14/01/2022")])

# ---- Disproportionate use of police powers 2021 -------------------------------------------
_dup53 = T[53].split("\n")
I(11893, "DUP21", REC, T[51], "Being progressed", "30/07/2021", C_PROG, "conflict",
  "Deadline conflict: HMICFRS 'By July 2022', the force text and target date say July 2021. "
  "Both open.",
  [F("11893", "DUP21", "National Rec", T[51].replace("By July 2022", "By July 2021"),
     "Head of L&D (Mrs J Cowley)", "ACC", ["G - On track"], "15/03/2021 14:01:20",
     "17/01/2022 09:30:12",
     upd="Conflict management / comms skills module in OST refresher from 04/2021.",
     upd_date="17/01/2022", target="31/07/2021")])
I(11894, "DUP21", REC, T[52], "Being progressed", "30/07/2021", C_PROG, "missing_from_force",
  "No force record for the CPD / BWV debrief recommendation (By July 2021).")
I(11895, "DUP21", REC, T[53], "Being progressed", "30/07/2021", C_PROG, "conflict",
  "Missing bullet: the force split this into two records (11895 (1) BWV recording, 11895 (2) "
  "internal BWV review); it has no record for the third part (external scrutiny panel access to "
  "BWV footage). Both lines of the item are conflict.",
  [F("11895", "DUP21", "National Rec",
     "11895 (1) By September 2021 - ensure that officers record on body-worn video (when this is "
     "available) the entirety of all stop and search encounters, including traffic stops and use "
     "of force incidents.", "Insp K Nixon (S&S lead)", "ACC", ["G - On track", "B - Complete"],
     "15/03/2021 14:04:55", "17/01/2022 09:33:40",
     stages=["Evidence gathered", "Lead sign-off"],
     upd="BWV policy mandates full S&S encounter recording; compliance 94%.",
     upd_date="17/01/2022", target="30/09/2021"),
   F("11895", "DUP21", "National Rec",
     "11895 (2) " + _dup53[1], "Insp K Nixon (S&S lead)", "ACC", ["A - At risk", "G - On track"],
     "15/03/2021 14:06:31", "17/01/2022 09:35:02",
     upd="Internal BWV review process agreed; sampling 40 clips/qtr.", upd_date="17/01/2022",
     target="30/09/2021")])
I(11897, "DUP21", REC, T[55], "Being progressed", "30/07/2021", C_PROG, "closeable_submit",
  "HMICFRS Being progressed; force current RAG 'B - Complete' (all stages ticked). Force done, "
  "HMICFRS open.",
  [F("11897", "DUP21", "National Rec", T[55], "Ch Insp P Morrow (OST)", "ACC",
     ["G - On track", "B - Complete"], "15/03/2021 14:09:18", "27/01/2022 11:40:00",
     stages=["Evidence gathered", "Lead sign-off", "Submitted to HMICFRS"],
     upd="Use of force monitoring board quarterly, disproportionality analysis in UoF dashboard.\n"
         "Submitted to FLL 27/01/2022.", upd_date="27/01/2022",
     evid="UoF board ToR and minutes.pdf", target="31/07/2021")])

# ---------------------------------------------------------------------------------------
# Force records that are items with no HMICFRS counterpart
# ---------------------------------------------------------------------------------------
NOT_ON = [
    (F("", "EFF16", "Recommendation", T["dash"], "D/Supt M Gowland (PVP)", "ACC",
       ["Open", "G - On track", "B - Complete"], "20/03/2017 10:52:44", "15/03/2018 10:00:31",
       upd="Risk assessment of all DA incidents in place since 10/2017.\nTaken from hot debrief "
           "notes - HMIC ref to be confirmed.", upd_date="15/03/2018"),
     "A DASH supervision recommendation logged from the hot debrief, no HMIC Ref; nothing on the "
     "HMICFRS list has this text."),
    (F("", "LEG17", "National Rec", T[49], "Insp K Nixon (S&S lead)", "ACC",
       ["G - On track", "G - On track"], "08/01/2018 09:40:02", "06/12/2021 11:16:48",
       upd="Annual S&S report published Oct each year.", upd_date="06/12/2021"),
     "The 'We expect forces to publish this analysis' expectation from the legitimacy 2017 "
     "report; HMICFRS holds no item for it against the force."),
    (F("", "DUP21", "National Rec", T[54], "n/a - Home Office / NPCC", "ACC", ["G - On track"],
       "15/03/2021 14:07:50", "15/03/2021 14:07:50",
       upd="Not for force - logged for info. UoF data returned to HO quarterly.",
       upd_date="15/03/2021"),
     "A recommendation addressed to the Home Office and NPCC, tracked 'for info'; not on the "
     "force's HMICFRS list."),
]

# ---------------------------------------------------------------------------------------
# Force records that are not items
# ---------------------------------------------------------------------------------------
NOTE_REC = F("", "DAPR17", "",
             "NOTE - report logged, no recommendations for forces.\nA progress report on the "
             "police response to domestic abuse (14/11/2017).\nRecord kept for audit trail - do "
             "not delete.", "Corporate Development", "", [], "20/11/2017 10:21:09",
             "20/11/2017 10:23:40")
TEST_REC = F("TEST", None, "Rec", "test record - checking new export script, please ignore (DW)",
             "Corporate Development", "", ["G - On track"], "04/06/2019 15:22:10",
             "04/06/2019 15:24:03")
BLANK_REC = F("", None, "", "", "", "", [], "12/02/2020 10:01:33", "12/02/2020 10:01:33")


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------
FIELDS = ["Rec ID", "HMIC Ref", "Reports::Report Title", "Reports::Published", "Type", "Rec Text",
          "Owner", "Chief Officer Lead", "Target Date", "RAG", "Closure Stages",
          "Updates::Latest Update", "Updates::Update Date", "Closure Evidence", "Days Open",
          "Created", "Modified"]


def ts(s):
    return dt.datetime.strptime(s, "%d/%m/%Y %H:%M:%S")


def build_force_records():
    """All FileMaker records in creation order, with their role for the truth."""
    recs = []
    for it in ITEMS:
        for fr in it["force"]:
            recs.append((fr, ("item", it)))
    for fr, why in NOT_ON:
        recs.append((fr, ("not_on", why)))
    recs.append((NOTE_REC, ("nonitem", "Note record: logs a report with no recommendations for "
                                      "forces (A progress report on the police response to "
                                      "domestic abuse, 14/11/2017); RAG empty.")))
    recs.append((TEST_REC, ("nonitem", "Test record (HMIC Ref 'TEST', 'please ignore'), no "
                                       "report linked.")))
    recs.append((BLANK_REC, ("nonitem", "Empty record: only the auto-entered Rec ID, Created/"
                                        "Modified timestamps and the Days Open calculation are "
                                        "filled (New Record pressed, nothing typed).")))
    # the accidental duplicate of 10564: created 6 seconds after it, never edited since
    orig = [fr for fr, role in recs if fr["ref"] == "10564"][0]
    dup = dict(orig)
    c = ts(orig["created"]) + dt.timedelta(seconds=6)
    dup.update(created=c.strftime("%d/%m/%Y %H:%M:%S"), modified=c.strftime("%d/%m/%Y %H:%M:%S"),
               rag=[], stages=[], upd="", upd_date="", evid="")
    recs.append((dup, ("nonitem", "Accidental duplicate of the record for HMIC Ref 10564 "
                                  "(Duplicate Record): same ref, report and text, created 6 "
                                  "seconds after the original, never modified, no RAG, no "
                                  "updates. The original record is the item.")))
    recs.sort(key=lambda r: ts(r[0]["created"]))
    serial = 1003
    out = []
    for fr, role in recs:
        gap = 0 if fr is dup else random.choice([1, 1, 1, 1, 2, 3])
        serial += gap
        fr = dict(fr)
        fr["recid"] = serial
        out.append((fr, role))
    return out


def fm_value(s):
    s = "" if s is None else str(s)
    s = s.replace("\r\n", "\n").replace("\n", VT)
    return '"' + s.replace('"', '""') + '"'


def write_force(records):
    lines = [",".join(fm_value(f) for f in FIELDS)]
    for fr, role in records:
        rep = REPORTS.get(fr["rep"]) if fr["rep"] else None
        created = ts(fr["created"])
        vals = [
            fr["recid"], fr["ref"],
            rep[2] if rep else "", rep[3] if rep else "",
            fr["typ"], fr["text"], fr["owner"], fr["lead"], fr["target"],
            GS.join(fr["rag"]), "\n".join(fr["stages"]),
            fr["upd"], fr["upd_date"], fr["evid"],
            (EXPORT_DATE - created.date()).days,
            fr["created"], fr["modified"],
        ]
        lines.append(",".join(fm_value(v) for v in vals))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    with open(os.path.join(OUT, FORCE_FILE), "wb") as fh:
        fh.write(data)


HM_HEADER_ROW = 4          # Excel row of the header
HM_FIRST_ROW = 5


def hm_sorted_items():
    return sorted(ITEMS, key=lambda it: (d(REPORTS[it["rep"]][1]), it["hid"]))


def write_hmicfrs():
    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Definitive list - Cleveland Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": dt.datetime(2022, 2, 7, 9, 30, 0)})
    ws = wb.add_worksheet(HM_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    numf = wb.add_format({"valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS recommendations, areas for improvement and causes of concern held "
                   "against Cleveland Police", bold)
    ws.write(1, 0, "Definitive list as at %s. Open and closed items recorded against the force."
             % LIST_DATE.strftime("%d/%m/%Y"))
    cols = ["ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation / AFI / cause of concern", "Status", "Status date", "Comment"]
    widths = [8, 16, 45, 13, 18, 80, 16, 12, 50]
    for c, (name, w) in enumerate(zip(cols, widths)):
        ws.write(HM_HEADER_ROW - 1, c, name, hdr)
        ws.set_column(c, c, w)
    rows = {}
    r = HM_FIRST_ROW - 1
    for it in hm_sorted_items():
        rep = REPORTS[it["rep"]]
        ws.write_number(r, 0, it["hid"], numf)
        ws.write(r, 1, "Cleveland Police", wrap)
        ws.write(r, 2, rep[0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(d(rep[1]), dt.time()), datef)
        ws.write(r, 4, it["typ"], wrap)
        ws.write(r, 5, it["text"], wrap)
        ws.write(r, 6, it["status"], wrap)
        ws.write_datetime(r, 7, dt.datetime.combine(d(it["sdate"]), dt.time()), datef)
        ws.write(r, 8, it["comment"], wrap)
        rows[it["hid"]] = r + 1
        r += 1
    last = r
    ws.write(last + 1, 0, "%d records" % len(ITEMS))
    ws.freeze_panes(HM_FIRST_ROW - 1, 0)
    ws.autofilter(HM_HEADER_ROW - 1, 0, last - 1, len(cols) - 1)
    wb.close()
    return rows, last + 1, last + 2


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows, hm_blank_row, hm_total_row = write_hmicfrs()
    records = build_force_records()
    write_force(records)

    truth = []
    nonitems_force = []
    seen_items = set()
    for n, (fr, role) in enumerate(records, start=2):
        where = "%s!%d" % (FORCE_FILE, n)
        kind = role[0]
        if kind == "item":
            it = role[1]
            truth.append(("%s!%d" % (HM_SHEET, hm_rows[it["hid"]]), where, it["cat"], it["why"]))
            seen_items.add(it["hid"])
        elif kind == "not_on":
            truth.append(("", where, "not_on_hmicfrs_list", role[1]))
        else:
            nonitems_force.append((where, fr["recid"], role[1]))
    for it in hm_sorted_items():
        if not it["force"]:
            assert it["cat"] == "missing_from_force"
            truth.append(("%s!%d" % (HM_SHEET, hm_rows[it["hid"]]), "", it["cat"], it["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    counts_lines, counts_items = {}, {}
    for t in truth:
        counts_lines[t[2]] = counts_lines.get(t[2], 0) + 1
    for it in ITEMS:
        counts_items[it["cat"]] = counts_items.get(it["cat"], 0) + 1
    counts_items["not_on_hmicfrs_list"] = len(NOT_ON)
    write_readme(records, hm_rows, hm_blank_row, hm_total_row, nonitems_force, counts_lines,
                 counts_items, len(truth))


def write_readme(records, hm_rows, hm_blank_row, hm_total_row, nonitems_force, counts_lines,
                 counts_items, n_truth):
    def frow(ref, nth=0):
        hits = ["%s!%d" % (FORCE_FILE, n) for n, (fr, role) in enumerate(records, start=2)
                if fr["ref"] == ref and role[0] != "nonitem"]
        return hits[nth]

    def hrow(hid):
        return "%s!%d" % (HM_SHEET, hm_rows[hid])

    n_force_items = sum(1 for fr, role in records if role[0] != "nonitem")
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    count_table = "\n".join("| `%s` | %d | %d |" % (c, counts_items.get(c, 0),
                                                    counts_lines.get(c, 0)) for c in cats)
    dup_row = [w for w, rid, why in nonitems_force if "duplicate" in why][0]
    nonitem_lines = "\n".join("- `%s` (Rec ID %s): %s" % (w, rid, why)
                              for w, rid, why in nonitems_force)
    text = f"""# {CASE}

## Story

Cleveland Police's Corporate Development team has kept its HMICFRS tracker since 2014 in a
small FileMaker Pro solution ("HMIC Recs.fmp12"): a **Recommendations** table related to a
**Reports** table (one record per inspection report, joined on a report key) and an **Updates**
table (one record per progress update, joined on Rec ID; the relationship is sorted newest
first, so `Updates::Latest Update` shows the latest). Before the February 2022 Joint
Independent Audit Committee, HMICFRS sent the force its definitive list as at
{LIST_DATE.strftime('%d/%m/%Y')}. On {EXPORT_DATE.strftime('%d/%m/%Y')} the analyst showed all
records and used File > Export Records > **Merge** (.mer), character set *Windows (ANSI)*, and
renamed `HMIC_Recs.mer` to `tracker.csv` to open it in Excel. The export is exactly what
FileMaker writes; nothing was edited afterwards. Cleveland Police was placed in HMICFRS's
Engage phase after the inadequate PEEL 2018/19 report (27/09/2019), which is why the list is long.

The recommendation texts are real public HMICFRS texts (from `real_recommendations.csv` and
the West Midlands JAC paper of 30/11/2017). National recommendations are the real national
texts; the force-level texts come from real reports on other forces (West Mercia, Hampshire,
West Midlands, Northamptonshire, Devon and Cornwall, City of London) and are filed here under
the real Cleveland Police report of the same kind and date. Report titles and publication
dates are the real ones. Register IDs are plain integers as on the HMICFRS register (902,
2321, 4822 and 8541 are real register IDs for those reports; the others are made up in the
same style). Owner names are invented.

## Files

### `hmicfrs.xlsx` (HMICFRS side)
One sheet, `{HM_SHEET}`.
- Row 1: title; row 2: "Definitive list as at …"; row 3: blank; **row {HM_HEADER_ROW}: header**.
- Rows {HM_FIRST_ROW}–{HM_FIRST_ROW + len(ITEMS) - 1}: the {len(ITEMS)} items, sorted by publication date, then ID.
- Row {hm_blank_row}: blank; row {hm_total_row}: "{len(ITEMS)} records".
- Columns: `ID` (register integer), `Force`, `Report title`, `Publication date` (Excel date),
  `Type` (Recommendation / Area for improvement / Cause of concern), `Recommendation / AFI /
  cause of concern` (text, with line breaks and "•" bullets where the report has them),
  `Status`, `Status date` (Excel date), `Comment` (the register's closure or progress note).

### `tracker.csv` (force side, FileMaker Merge export)
- Windows-1252 (curly quotes ’ “ ”, en dash –, bullet •, £), **every value in double quotes**
  (FileMaker quotes numbers and dates too), a `"` inside a value doubled, records ended by CRLF.
- **Row 1 is the Merge header of field names** (written by FileMaker, not added by the analyst).
  Rows 2–{len(records) + 1}: one FileMaker record each, in creation order (the found set was not sorted).
- A return inside a field is written as a **vertical tab (0x0B)**, never as a new record; a
  CSV reader sees one record per line. Repetitions of the repeating field are separated by the
  **group separator (0x1D)**; trailing empty repetitions are not written, an empty repetition
  between two filled ones is (two GS in a row).
- Fields (export order):
  - `Rec ID` – FileMaker auto-enter serial (gaps = deleted records). Not an HMICFRS reference.
  - `HMIC Ref` – text field, the HMICFRS register ID as typed by the team. Split records carry
    the same ref (`8541`, `11895`) or a suffixed one (`9209/1` … `9209/5`); blank when unknown.
  - `Reports::Report Title`, `Reports::Published` – related fields from the Reports table (the
    team's short report names; date dd/mm/yyyy).
  - `Type` – value list. Records made before the 2017 rework use `Recommendation`, `AFI`,
    `Cause of Concern`; later ones `Rec`, `National Rec`, `AFI`, `CoC`. `National Rec`,
    `Rec` and `Recommendation` are all recommendations.
  - `Rec Text` – pasted or abridged by the team (typos, "CC's", "incl", dropped stems).
  - `Owner`, `Chief Officer Lead`, `Target Date` (the force's own target, not HMICFRS's deadline).
  - `RAG` – **repeating field, 6 repetitions**; the next repetition is filled when a lead gives
    a grade at an Organisational Learning Board review (not every review was entered, and an
    unchanged grade is sometimes entered again); the **last filled repetition is the current
    status**.
  - `Closure Stages` – **checkbox value list** ("Evidence gathered", "Lead sign-off",
    "Submitted to HMICFRS"), exported as the ticked values separated by the field's return
    (0x0B), **in the order they were ticked** (not value-list order).
  - `Updates::Latest Update`, `Updates::Update Date` – from the related Updates table.
  - `Closure Evidence` – container field; the export gives the stored file's name.
  - `Days Open` – unstored calculation `Get(CurrentDate) - GetAsDate(Created)`; it keeps counting
    for closed records (meaningless for status).
  - `Created`, `Modified` – auto-enter timestamps, dd/mm/yyyy hh:mm:ss.

## Status rules applied

HMICFRS side: **open** = `Awaiting review`, `Being progressed`; **closed** = `Complete`,
`Superseded`, `No further action needed` (the register's own status words; `No further action
needed` with the note that the area is now inspected through PEEL efficiency).

Force side: the **current RAG = the last non-empty repetition** of `RAG`.
- **done** = `B - Complete` (Blue) and, on records from before the 2017 change of the value
  list (when HMIC became HMICFRS and the solution was reworked), the plain `Closed`.
- **open** = `G - On track`, `A - At risk`, `R - Off track`, and the old plain `Open`.
  Green here means *on track to deliver*, not delivered: the value list has a separate Blue.
- **`Closure Stages` does not decide.** It is the closure workflow trail. The RAG decides:
  a record with all three stages ticked but a later `A - At risk` is open (HMICFRS returned the
  submission); a `B - Complete` record with no stage ticked, or without "Submitted to HMICFRS",
  is done (the force thinks it finished; submitting it is exactly what `closeable_submit` asks).
  No record in this file has `G`/`A`/`R` as its current RAG while its update says it is
  finished, so the two never have to be weighed against each other beyond that.
- An item the force split over several records is done only if every record is done.

## Traps and how the truth decides them

- **Repeating RAG, last repetition wins**: `{frow('6717')}` reads `Open|G|B|A` → open (all
  three stages ticked, HMICFRS returned the submission) → in_sync with `{hrow(6717)}`.
  `{frow('1188')}` `Open|Open|Open|G` → open vs HMICFRS Complete → closeable_local.
- **Empty repetition in the middle**: `{frow('8194')}` `G||B` → done → closeable_submit;
  also the split record `{frow('8541', 1)}`.
- **Stages vs RAG**: `{frow('8196')}` is `B - Complete` with no stages → done → closeable_submit;
  `{frow('10567')}` has "Evidence gathered" ticked but `G - On track` → open → in_sync;
  `{frow('8194')}` has stages ticked in the order "Lead sign-off", "Evidence gathered".
- **Pre-2017 plain `Closed`**: done. `{frow('4822')}` (Core Business) is `Open|Open|Closed`
  while HMICFRS still has 4822 `Being progressed` → closeable_submit. Austerity 1392/1394
  moved from `Open` into the new codes and are still `G - On track` while HMICFRS says
  no further action → closeable_local.
- **Split items**: 8541 → 3 records, all `B` → closeable_submit ×3; 9209 → 5 records
  (`9209/1`…`9209/5`), four `B` and `9209/4` `A` → the item is open → in_sync ×5;
  11895 → 2 records for a three-part recommendation → conflict ×2 (missing bullet).
- **Conflicts** (each visible from the two rows):
  - report: `{frow('3120')}` (HMIC Ref 3120, Targeting the risk text on ‘total expired’ records)
    is linked to the *Core Business* report record (04/09/2014) instead of *Targeting the risk*
    (15/09/2015).
  - type: `{frow('3404')}` typed `Recommendation`; HMICFRS 3404 is an *Area for improvement*
    (its neighbours 3402/3403 from the same report are correctly `AFI`).
  - reference: `{frow('8524')}` carries HMIC Ref `8524` (transposed) for the text and report of
    HMICFRS 8542; 8524 is not on the list.
  - timescale: `{frow('8191')}` says "Within twelve months", HMICFRS 8191 "Within six months"
    (the force pasted from the PDF, with the footnote digit "86" left in).
  - deadline: `{frow('11893')}` says "By July 2021" (and targets 31/07/2021); HMICFRS 11893
    says "By July 2022".
  - missing bullet: 11895, see above.
- **Not on the HMICFRS list**: a DASH supervision recommendation logged from a hot debrief
  (no ref), the legitimacy 2017 "We expect forces to publish this analysis…" sentence, and a
  Disproportionate-use recommendation addressed to the Home Office and NPCC tracked "for info".
- **Missing from force**: 3121 (temporary permits), 8192 (section 45 defence), 10569 (crime
  recording system AFI), 11894 (CPD / BWV debrief).
- **Encoding / CSV**: straight quotes doubled inside values (`"no further action"` in 902);
  curly quotes and en dashes in cp1252; £ in updates; commas inside every text.
- **Abridged texts** (e.g. 3403, 8196, 10562–10568) still match by report + ref + gist; they are
  not conflicts because they state no different fact.
- Not a trap, but a temptation: `Rec ID` is the FileMaker serial, never the HMICFRS ID.

## Counts

HMICFRS items: {len(ITEMS)}. Force records: {len(records)}, of which {n_force_items} are items and
{len(nonitems_force)} are not. truth.csv lines: {n_truth}.

| category | items | truth lines |
| --- | --- | --- |
{count_table}

(Items: HMICFRS items by category, plus force-only items for `not_on_hmicfrs_list`.
Truth lines count one line per force record of a split item.)

## Rows that are not items

`hmicfrs.xlsx`, sheet `{HM_SHEET}`:
- `{HM_SHEET}!1`: title.
- `{HM_SHEET}!2`: "Definitive list as at …" sub-title.
- `{HM_SHEET}!3`: blank.
- `{HM_SHEET}!{HM_HEADER_ROW}`: header row.
- `{HM_SHEET}!{hm_blank_row}`: blank row after the table.
- `{HM_SHEET}!{hm_total_row}`: "{len(ITEMS)} records" total line.

`tracker.csv`:
- `{FORCE_FILE}!1`: the Merge header of field names.
{nonitem_lines}

The duplicate (`{dup_row}`) is left out of truth.csv: it is the same item as its original
(same ref, report and text, created seconds later, never edited), and the original carries
the status.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
