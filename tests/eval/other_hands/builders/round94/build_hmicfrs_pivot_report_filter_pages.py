"""Build case hmicfrs_pivot_report_filter_pages (round 94, case A).

HMICFRS side: the regional analyst's definitive-list pivot (Tabular form, "Repeat item labels"
off, subtotals on Type only, Count of Ref as the value), split with PivotTable Analyze >
Options > "Show Report Filter Pages" on the Report filter: one sheet per report, tabs renamed
by hand, pivots pasted as values before sending.  Force side: an ordinary xlsx tracker.

Run with /work/main/.venv/bin/python. Deterministic: no clock, no randomness, XlsxWriter with
fixed document properties (XlsxWriter writes fixed zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import os

import xlsxwriter

CASE = "hmicfrs_pivot_report_filter_pages"
OUT = os.path.join("/tmp/indep94", CASE)
FIXED = dt.datetime(2024, 10, 1, 9, 0, 0)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (OGL), copied literally from the project's text lists and data files.
# ---------------------------------------------------------------------------------------------
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
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that:\n\n"
    "- there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases."
)
NCPI_DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)

# Reports: key -> (title as in the register, tab name given by hand, published)
REPORTS = {
    "picture": ("Building the picture: an inspection of police information management",
                "Building the Picture", "01/07/2015"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", "Core Business", "04/09/2014"),
    "cdi17": ("Crime data integrity inspection 2017", "CDI 2017", "07/09/2017"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", "Police powers 2021", "26/02/2021"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 "DA Everyones business", "27/03/2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", "Integrity matters",
                  "30/01/2015"),
    "ncpi17": ("National child protection inspection 2017", "NCPI 2017", "22/06/2017"),
    "eff16": ("PEEL: Police effectiveness 2016", "PEEL Eff 16", "02/03/2017"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", "PEEL 18-19",
                 "02/05/2019"),
    "efc17f": ("PEEL: Police efficiency 2017", "PEEL Efficiency 17 force", "09/11/2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "PEEL Efficiency 17 natl",
              "09/11/2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "PEEL Legit 17", "12/12/2017"),
    "austerity": ("Policing in austerity: Meeting the challenge", "Austerity", "22/07/2014"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "Stolen Freedom MSHT", "24/10/2017"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              "S&S 2015", "24/03/2015"),
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "S&S 2013", "09/07/2013"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", "Firearms licensing",
                 "15/09/2015"),
}

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")

# HMICFRS items: key -> (report, type, ref or None, status, text, count in source register)
H = {}


def h(key, rep, typ, ref, status, text, count=1):
    H[key] = dict(rep=rep, typ=typ, ref=ref, status=status, text=text, count=count)


# Stop and search 2013
h("sas13_1", "sas13", NAT, 1201, CO,
  "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This "
  "should be compliant with the Code of Practice.")
h("sas13_2", "sas13", NAT, 1202, CO,
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law "
  "(including equality legislation and the Code of Practice), and that the power is used "
  "effectively to prevent crime, catch criminals and maintain public trust.")
h("sas13_3", "sas13", NAT, 1203, BP,
  "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.")
h("everyone", "everyone", NAT, 2321, BP, EVERYONE_PLAN)
h("aus_1", "austerity", NAT, 3101, NFA,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
  "are doing all they can to continue to reduce crime and protect the front line while "
  "balancing their budgets. They should use the data and information contained in this report, "
  "and in HMIC's Value for Money profiles, when conducting their reviews")
h("aus_2", "austerity", NAT, 3102, NFA,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. HMIC "
  "will follow up the assessments in the autumn.")
h("aus_3", "austerity", NAT, 3103, NFA,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken the "
  "decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
  "will follow up the assessments in the autumn.")
h("aus_4", "austerity", NAT, 3104, NFA,
  "In preparation for the next spending round period all Chief Constables and PCCs should "
  "review their plans for collaboration. In particular they should consider whether there is "
  "scope to deliver better value for money and improved capability and capacity through joint "
  "working with other forces, the public and/or the private sector.")
h("core_1", "core", NAT, 4822, SU,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not "
  "yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess threat, harm and risk.")
h("core_2", "core", NAT, 4823, CO,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.")
h("integrity", "integrity", NAT, 902, CO,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
  "in place to ensure that investigations into misconduct by officers and staff resulting in "
  "“no further action” are fair and free of any form of discrimination.")
h("sas15", "sas15", NAT, 5510, BP,
  "Chief constables should, in consultation with police and crime commissioners, ensure that "
  "they comply with the Code of Practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example young people.")
h("picture", "picture", NAT, 5620, BP,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
  "of compliance with the APP on information management through the force information "
  "management governance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.")
h("fa_1", "firearms", NAT, 6101, CO,
  "Within three months, all chief constables should assess how well the governance of firearms "
  "licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied "
  "with should put in place immediately the correct arrangements and procedures in order to "
  "meet the standards in full.")
h("fa_2", "firearms", NAT, 6102, BP,
  "Within three months, all chief constables should assess the demand placed on their firearms "
  "licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.")
h("fa_3", "firearms", NAT, 6103, BP,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.")
h("fa_4", "firearms", NAT, 6104, BP,
  "Within three months, all chief constables should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.")
h("fa_5", "firearms", NAT, 6105, AR,
  "Within three months, all chief constables should ensure that systems designed to identify, "
  "prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching officers "
  "to incidents; and that officers understand the risk assessment which they should be "
  "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
  "firearm certificates.")
h("sf_lead", "stolen", NAT, 8601, BP, SF_LEADERSHIP)
h("sf_intel", "stolen", NAT, 8602, BP,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", count=2)
h("sf_s45", "stolen", NAT, 8603, AR,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.")
h("sf_nrm", "stolen", NAT, 8604, CO,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
  "process as it evolves and are implementing the requirement placed upon them under the "
  "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
  "victim of modern slavery or human trafficking.")
h("sf_ncrs", "stolen", NAT, 8605, BP,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar to "
  "provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.")
h("sf_inv", "stolen", NAT, 8606, BP,
  "Immediately, forces should ensure that allegations or indications of modern slavery and "
  "human trafficking are thoroughly investigated and effectively supervised by teams and "
  "individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).")
h("sf_prev", "stolen", NAT, 8607, CO,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery "
  "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
  "clear threat to others in respect of modern slavery and human trafficking offences are "
  "exploited.")
h("efc17", "efc17", NAT, 8301, BP,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development of "
  "these plans by establishing a national framework which allows for the provision of "
  "digitally enabled services across force boundaries.")
h("efc17f", "efc17f", AFI, 8390, AR,
  "The force should ensure that it has sufficient resources available in the control room to "
  "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
  "wellbeing of its workforce.")
h("leg_coc", "leg17", COC, 8541, BP,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
  "powers is consistently reasonable and fair. In particular, there is over-representation of "
  "BAME people, and black people in particular, in stop and search data which many forces are "
  "unable to explain.")
h("leg_mon", "leg17", NAT, 8542, BP, SAS_MONITORING_2017)
h("leg_disp", "leg17", NAT, 8543, BP,
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
  "for the disparity, and •taken action to reduce the disparity, where necessary;")
h("leg_pub", "leg17", NAT, 8544, BP,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
  "from July 2018.")
h("leg_train", "leg17", NAT, 8545, CO,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who "
  "use stop and search powers have been provided with, and understand, training on unconscious "
  "bias and College of Policing APP on stop and search.")
h("pw_1", "powers", NAT, 9101, BP,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
  "in addition to existing training on conflict management and de-escalation.")
h("pw_2", "powers", NAT, 9102, AR,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills using "
  "body-worn video footage.")
h("pw_3", "powers", NAT, 9103, BP, BWV_2021)
h("pw_4", "powers", NAT, 9104, NFA,
  "The Home Office and the NPCC should take steps to ensure that the quality of the data "
  "collected on the number of incidents where force has been used to effect a stop and search "
  "is sufficient for publication. The Home Office should publish this data as soon as possible.")
h("pw_5", "powers", NAT, 9105, BP,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.")
# PEEL 2018/19 West Mercia (real_recommendations.csv rows 0-10, verbatim)
h("wm_coc1", "peel1819", COC, 10211, BP,
  "The force does not have suitable arrangements in place to make sure it can maintain the full "
  "range of public services when its alliance with Warwickshire Police ends. There are gaps in "
  "its workforce skills assessment, and weaknesses in both its investigative approach and its "
  "approach to safeguarding vulnerable people.")
h("wm_coc2", "peel1819", COC, 10212, BP,
  "The force does not have the capacity or capability to investigate crime effectively and this "
  "is affecting the service being provided to the public. There are failings in the way that "
  "crimes are being investigated.")
h("wm_r0", "peel1819", REC, 10213, BP,
  "HMIC recommends that the force should immediately: conduct a review of officers’ "
  "capabilities and capacity to manage their investigative workload, to better understand "
  "investigative demand and the pressures placed upon them; and")
h("wm_r1", "peel1819", REC, 10214, AR,
  "HMIC recommends that the force should immediately: conduct a review, involving its partners, "
  "of the approach to vulnerability to better safeguard vulnerable people.")
h("wm_r2", "peel1819", REC, 10215, CO,
  "HMIC recommends that the force should immediately: expand the skills project work to include "
  "an assessment of all skills, not only operational, including potential future skills "
  "requirements. This assessment should inform workforce plans;")
h("wm_r3", "peel1819", REC, 10216, BP,
  "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
  "Police to secure a smooth transition to its future operating model, ensuring no disruption "
  "to public services; and")
h("wm_r4", "peel1819", REC, 10217, SU,
  "HMIC recommends that the force should immediately:clearly define its new operating model, "
  "ensuring all operational and support services are affordable and fit to protect the "
  "communities of West Mercia;")
h("wm_r5", "peel1819", REC, 10218, BP,
  "HMIC recommends that the force should immediately:improve its arrangements both to consult "
  "with the public about business planning and to feed back on changes made to service "
  "delivery as a result of such consultation.")
h("wm_r6", "peel1819", REC, 10219, BP,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;")
h("wm_r9", "peel1819", REC, 10220, BP,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;")
h("wm_r10", "peel1819", REC, 10221, BP,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;")
# PEEL effectiveness 2016 (JAC paper wording; stem + body from the texts list)
h("e16_coc", "eff16", COC, 7401, BP, DASH_COC)
h("e16_dash", "eff16", REC, 7402, BP, DASH_REC)
h("e16_sup", "eff16", REC, 7403, CO,
  "Within six months the force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.")
# CDI 2017
h("cdi_vic", "cdi17", REC, 8011, BP, CDI_VICTIMS)
h("cdi_thr", "cdi17", REC, 8012, BP,
  "Within six months the force should provide call-handlers with specific, sound and "
  "comprehensible criteria against which they can assess threat, harm and risk.")
h("cdi_oocd", "cdi17", REC, 8013, AR,
  "Immediately, the force should revise its approach to cautions, cannabis warning and penalty "
  "notices for disorder to ensure that there is a clear and auditable explanation to the "
  "offender of the implications of receiving the warning and that, for victim-based crimes, "
  "there is a clear and auditable record that views of the victim are considered prior to "
  "their issue.")
h("cdi_afi1", "cdi17", AFI, 8014, BP,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.")
h("cdi_afi2", "cdi17", AFI, 8015, CO,
  "The force should make sure it records reports of stalking and harassment accurately and "
  "without delay.")
# NCPI 2017
h("ncpi_det", "ncpi17", REC, 8548, BP, NCPI_DETENTION)
h("ncpi_new", "ncpi17", AFI, None, AR,
  "The force should make sure it has enough specialist capacity and capability to investigate "
  "online child sexual abuse.")

# ---------------------------------------------------------------------------------------------
# Force tracker rows, in the force's order: (report label, published, type, text, lead, RAG,
# update, submitted, [(hmicfrs key or None, category, why)])
# ---------------------------------------------------------------------------------------------
F = []


def f(report, pub, typ, text, lead, rag, update, submitted, links):
    F.append(dict(report=report, pub=pub, typ=typ, text=text, lead=lead, rag=rag,
                  update=update, submitted=submitted, links=links))


f("Stop & Search powers (HMIC 2013)", "Jul 2013", "Recommendation",
  "CCs & CoP to set out in the S&S APP a clear spec of what effective & fair use of S&S powers "
  "looks like – compliant with the Code of Practice", "Supt Operational Support", "Complete",
  "APP published by CoP. Closed by HMIC.", "",
  [("sas13_1", "in_sync", "Same ask (APP specification of fair and effective stop and search); "
    "HMICFRS Complete and force Complete: both closed.")])
f("Stop & Search powers (HMIC 2013)", "Jul 2013", "Recommendation",
  "Establish/improve monitoring of how officers stop & search people so we are satisfied they act "
  "within the law (incl equality legislation & Code of Practice)", "Supt Operational Support",
  "Amber", "S&S scrutiny dashboard in development, go-live planned Q4.", "",
  [("sas13_2", "closeable_local", "Same ask (monitoring of stop and search against the law and "
    "Code); HMICFRS Complete (closed) but the force still Amber: close the force entry.")])
f("Stop & search powers 2", "Mar 2015", "Recommendation",
  "CCs, in consultation with PCCs, to comply with the Code of Practice by explaining to the "
  "public how S&S powers are used & arranging for S&S records to be scrutinised by community "
  "reps (involve young people)", "Supt Operational Support", "Green",
  "Stop Search Scrutiny Panel meets quarterly incl youth panel. Ready to move to GREEN status.",
  "12/08/2024",
  [("sas15", "closeable_submit", "Filed under 'Stop & search powers 2' and says 'in consultation "
    "with PCCs' – the 2015 wording (5510), not the 2013 one ('elected local policing bodies', "
    "1203). HMICFRS Being progressed, force Green and submitted: submit for closure.")])
f("Domestic abuse - Everyone's business", "Mar 2014", "Recommendation",
  "By Sept 2014 establish & publish a DA action plan setting out the steps to improve our "
  "approach to DA. Plan to be developed:\n• in consultation with PCC, DA support orgs & victims' "
  "reps;\n• after close consideration of all the recs in the report;\n• drawing on knowledge "
  "from other sources eg CPS scrutiny panels & MARAC self-assessments.", "Ch Supt Public "
  "Protection", "Amber", "DA delivery plan refreshed March 2024.", "",
  [("everyone", "conflict", "Same item (2321, DA action plan); the force copied the bullets but "
    "lists three of the four – the bullet on domestic homicide reviews and IPCC findings is "
    "missing. Both open, but a missing bullet is a conflict.")])
f("Policing in Austerity – Meeting the Challenge", "Jul 2014", "Recommendation",
  "Review plans to deliver savings so we continue to reduce crime & protect the front line while "
  "balancing the budget (use HMIC VfM profiles)", "Director of Finance", "Amber",
  "Addressed holistically as part of the force change programme.", "",
  [("aus_1", "closeable_local", "Savings plans review (3101); HMICFRS 'No further action "
    "required' (closed), force Amber: close locally.")])
f("Policing in Austerity – Meeting the Challenge", "Jul 2014", "Recommendation",
  "CCs & PCCs to assess (a) scope to improve where <10% of savings come from collaboration and "
  "(b) whether decisive action taken where front line workforce being reduced. HMIC to follow "
  "up in the autumn.", "Director of Finance", "Amber",
  "Addressed holistically as part of the force change programme.", "",
  [("aus_2", "closeable_local", "One force row holds two items: part (a) is 3102 (less than 10% "
    "of savings through collaboration). HMICFRS NFA (closed), force Amber: close locally."),
   ("aus_3", "closeable_local", "Same force row, part (b) is 3103 (reducing the front line, "
    "decisive action). HMICFRS NFA (closed), force Amber: close locally.")])
f("Policing in Austerity – Meeting the Challenge", "Jul 2014", "Recommendation",
  "Review plans for collaboration for the next spending round – scope for better VfM through "
  "joint working with other forces, public and/or private sector", "Director of Finance",
  "Complete", "Alliance review completed.", "",
  [("aus_4", "in_sync", "Collaboration plans for the next spending round (3104); HMICFRS NFA "
    "and force Complete: both closed.")])
f("Core business", "Sep 2014", "Recommendation",
  "Provide call handlers with specific, sound & comprehensible THRIVE criteria to assess "
  "threat, harm & risk (by 31/03/2015)", "Supt Contact Centre", "Green",
  "THRIVE embedded in OCC.", "",
  [("core_1", "in_sync", "Not later than 31 March 2015 threat, harm and risk criteria for "
    "call-handlers, filed under Core business (4822). HMICFRS Superseded (closed), force Green "
    "(done): both closed. Not the CDI 2017 item 8012, which has no date and is filed under CDI.")])
f("Core business", "Sep 2014", "Recommendation",
  "Crime prevention / disruption activity to be systematically recorded & evaluated to assess "
  "the effectiveness of tactics", "Head of Corporate Development", "Complete",
  "Problem-solving database in place.", "",
  [("core_2", "in_sync", "Crime prevention activity recorded and evaluated (4823); HMICFRS "
    "Complete, force Complete: both closed.")])
f("Integrity matters", "Jan 2015", "Recommendation",
  "By 31 Aug 2015 satisfy ourselves that misconduct investigations ending in 'no further action' "
  "are fair & free from discrimination", "Head of Professional Standards", "Complete",
  "PSD dip-sample completed 2016.", "",
  [("integrity", "in_sync", "NFA misconduct outcomes fair and free of discrimination (902); "
    "HMICFRS Complete, force Complete: both closed.")])
f("Information management (Building the Picture)", "Jul 2015", "Recommendation",
  "By 30 November 2016, put in place arrangements to scrutinise audits of compliance with APP "
  "on information management through force IM governance – incl regular adjustment of record "
  "categorisation", "Head of Information Management", "Amber",
  "Information Assurance Board now reviewing MoPI audits.", "",
  [("picture", "conflict", "Same ask (5620, scrutiny of information management audits) but "
    "the force's deadline is 30 November 2016 where HMICFRS says 30 November 2015. Both open; "
    "the date differs.")])
f("Firearms licensing 2015", "Sep 2015", "Recommendation",
  "Within 3 months assess how well governance of firearms licensing meets the APP standards – "
  "put correct arrangements in place immediately where not", "Supt Firearms Licensing",
  "Complete", "Governance review done; FLM board in place.", "",
  [("fa_1", "in_sync", "Governance of firearms licensing against APP (6101); HMICFRS Complete, "
    "force Complete: both closed.")])
f("Firearms licensing 2015", "Sep 2015", "Recommendation",
  "Within 6 months assess the demand on the firearms licensing dept & ensure capacity to meet it "
  "and provide an efficient & effective service at all times", "Supt Firearms Licensing",
  "Amber", "Demand review with workforce planning; backlog reducing.", "",
  [("fa_2", "conflict", "Same ask (6102, firearms licensing demand and capacity) but the force "
    "has 'within 6 months' where HMICFRS says 'Within three months'. Both open; the timescale "
    "differs.")])
f("Firearms licensing 2015", "Sep 2015", "Recommendation",
  "Immediately satisfy ourselves re 'total expired' licensing records; AND ensure temporary "
  "permits are in line with HO guidance, recorded without delay on NFLMS and no certificate "
  "holder left in unlawful possession", "Supt Firearms Licensing", "Green",
  "Both completed Jan 2024 – evidence pack with FLL.", "19/02/2024",
  [("fa_3", "closeable_submit", "One force row holds two items: the 'total expired' part is "
    "6103. HMICFRS Being progressed, force Green and submitted: submit for closure."),
   ("fa_4", "closeable_submit", "Same force row, the temporary permits / NFLMS part is 6104. "
    "HMICFRS Being progressed, force Green: submit for closure.")])
f("Firearms licensing 2015", "Sep 2015", "Recommendation",
  "Within 3 months ensure systems identify before attendance whether an incident involves / is at "
  "the address of a firearm certificate holder, and officers understand risk assessment & power "
  "to seize", "Supt Contact Centre", "Amber", "STORM flag work with IT.", "",
  [("fa_5", "in_sync", "Firearm certificate holder flag before attendance (6105); HMICFRS "
    "Awaiting review (open), force Amber: both open.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "MSHT leadership & governance review (within 12 months) – part 1: senior leaders prioritise "
  "the response to MSHT", "Det Ch Supt Force CID", "Green", "MSHT gold group chaired by ACC.", "",
  [("sf_lead", "in_sync", "The force split 8601 (four bullets) over four rows; this is bullet 1. "
    "Green, but the item is done only when all parts are and part 3 is Amber, so force open; "
    "HMICFRS Being progressed: both open.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "MSHT governance – part 2: every MS incident allocated appropriate resources with the skills, "
  "experience & capacity to investigate", "Det Ch Supt Force CID", "Green",
  "MSHT investigations now allocated to the exploitation team.", "",
  [("sf_lead", "in_sync", "Part 2 of 8601 (bullet 2). Item still open on the force side "
    "because part 3 is Amber; HMICFRS open: in sync.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "MSHT governance – part 3: effective partnership arrangements to co-ordinate activity, share "
  "info & safeguard victims", "Det Ch Supt Force CID", "Amber",
  "Partnership protocol with LAs in draft.", "",
  [("sf_lead", "in_sync", "Part 3 of 8601 (bullet 3), Amber: the force item is open; HMICFRS "
    "Being progressed: in sync.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "MSHT governance – part 4: performance & QA measures so senior leaders can assess the service "
  "to victims", "Det Ch Supt Force CID", "Green", "MSHT measures in the performance pack.", "",
  [("sf_lead", "in_sync", "Part 4 of 8601 (bullet 4). Item open overall (part 3 Amber); "
    "HMICFRS open: in sync.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "Within 6 months – active ISAs with other agencies for speedy exchange of intelligence, to "
  "safeguard victims & identify suspects early", "Head of Intelligence", "Complete",
  "ISAs signed with all LAs and Border Force. Evidence submitted to HMICFRS for closure.",
  "03/06/2024",
  [("sf_intel", "closeable_submit", "Information-sharing agreements (8602; the register row "
    "shows Count of Ref 2 because the register holds it twice, still one item). HMICFRS Being "
    "progressed, force Complete: submit for closure.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "Victims committing offences under compulsion – early & continuing consideration of the s45 "
  "defence", "Head of Criminal Justice", "Amber", "CPS liaison; guidance issued to OICs.", "",
  [("sf_s45", "in_sync", "Section 45 defence (8603); HMICFRS Awaiting review, force Amber: both "
    "open.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "Fully compliant with NRM process & duty to notify the HO of adult victims (MSA 2015)",
  "Det Ch Supt Force CID", "Green", "Duty to notify process audited.", "",
  [("sf_nrm", "in_sync", "NRM and duty to notify (8604); HMICFRS Complete, force Green: both "
    "closed.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "MSHT allegations thoroughly investigated & supervised by teams with the right skills & "
  "experience (incl JITs / overseas evidence)", "Det Ch Supt Force CID", "Amber",
  "Training for exploitation team ongoing.", "",
  [("sf_inv", "in_sync", "MSHT investigations by skilled teams, joint intelligence teams "
    "(8606); HMICFRS Being progressed, force Amber: both open.")])
f("Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation",
  "Review use of preventative powers under MSA 2015 (STPOs/SRPOs)", "Det Ch Supt Force CID",
  "Red", "Little work yet undertaken in this area. Unlikely to reach deadlines.", "",
  [("sf_prev", "closeable_local", "Preventative powers under the Modern Slavery Act (8607); "
    "HMICFRS Complete (closed), force Red (open): close locally.")])
f("PEEL Efficiency 17 (all forces)", "Nov 2017", "National recommendation",
  "By Sept 2018 produce an ambitious plan to improve digitally-enabled services", "ACC Local "
  "Policing", "Amber", "Digital strategy 2024-27 drafted.", "",
  [("efc17", "in_sync", "Digital services plan (8301); HMICFRS Being progressed, force Amber: "
    "both open.")])
f("PEEL Efficiency 2017", "Nov 2017", "Recommendation",
  "Ensure sufficient resources in the control room to fulfil the resourcing model & meet demand, "
  "taking account of workforce wellbeing", "Supt Contact Centre", "Amber",
  "OCC uplift of 12 call handlers agreed.", "",
  [("efc17f", "conflict", "Control room resources (8390): same text, same report, both open, "
    "but HMICFRS types it an Area for improvement and the force a Recommendation.")])
f("PEEL Legit 17 S&S", "Dec 2017", "Cause of concern",
  "Force unable to demonstrate S&S is consistently reasonable & fair; over-representation of "
  "BAME (esp. black) people not explained", "Supt Operational Support", "Amber",
  "Disproportionality analysis published annually.", "",
  [("leg_coc", "in_sync", "The stop and search cause of concern (8541); HMICFRS Being "
    "progressed, force Amber: both open.")])
f("PEEL Legit 17 S&S", "Dec 2017", "Recommendation",
  "By July 2018 regularly monitor comprehensive S&S data to understand: reasons for "
  "disproportionality; find rates by ethnicity & search type (incl drugs possession v supply); "
  "prevalence of possession-only drug searches", "Supt Operational Support", "Green",
  "Monthly S&S dashboard live since 2019. Pending sign off by the chief officer lead.", "",
  [("leg_mon", "closeable_submit", "Stop and search monitoring, all three bullets (8542); "
    "HMICFRS Being progressed, force Green: submit for closure.")])
f("PEEL Legit 17 S&S", "Dec 2017", "Recommendation",
  "Where disparities identified – show the public we have researched the reasons & taken action "
  "to reduce them", "Supt Operational Support", "Amber", "Research with university partner.", "",
  [("leg_disp", "in_sync", "Disparities research and action (8543); HMICFRS Being progressed, "
    "force Amber: both open.")])
f("PEEL Legit 17 S&S", "Dec 2017", "Recommendation",
  "Publish the analysis & actions taken at least annually from July 2018", "Supt Operational "
  "Support", "Complete", "Published on force website Jul 2024.", "15/07/2024",
  [("leg_pub", "closeable_submit", "Publish the analysis annually from July 2018 (8544); "
    "HMICFRS Being progressed, force Complete: submit for closure.")])
f("PEEL Legit 17 S&S", "Dec 2017", "Recommendation",
  "All officers using S&S trained on unconscious bias & CoP APP on S&S", "Head of Learning & "
  "Development", "Complete", "", "",
  [("leg_train", "in_sync", "Unconscious bias training (8545); HMICFRS Complete, force "
    "Complete: both closed.")])
f("PEEL 2018/19", "May 2019", "Cause of concern",
  "Force lacks arrangements to maintain full range of services when the alliance with "
  "Warwickshire ends; gaps in skills assessment; weaknesses in investigation & safeguarding",
  "DCC", "Amber", "Alliance exit programme – see Gold minutes.", "",
  [("wm_coc1", "in_sync", "Alliance cause of concern (10211); HMICFRS Being progressed, force "
    "Amber: both open.")])
f("PEEL 2018/19", "May 2019", "Cause of concern",
  "No capacity/capability to investigate crime effectively – failings in the way crimes are "
  "investigated", "ACC Crime", "Amber", "Investigation standards plan.", "",
  [("wm_coc2", "in_sync", "Investigative capacity cause of concern (10212); HMICFRS Being "
    "progressed, force Amber: both open.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Review officers' capability & capacity to manage investigative workload", "ACC Crime",
  "Green", "Workload review completed and reported to FET.", "01/05/2024",
  [("wm_r0", "closeable_submit", "Review of officers' investigative workload (10213); HMICFRS "
    "Being progressed, force Green and submitted: submit for closure.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Review, with partners, approach to vulnerabilty to better safeguard vulnerable people",
  "Ch Supt Public Protection", "Amber", "", "",
  [("wm_r1", "in_sync", "Vulnerability review with partners (10214; 'vulnerabilty' is the "
    "force's typo); HMICFRS Awaiting review, force Amber: both open.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Expand skills project to assess all skills (not just operational) incl future needs – to "
  "inform workforce plans", "Director of People", "Complete", "", "",
  [("wm_r2", "in_sync", "Skills project (10215); HMICFRS Complete, force Complete: both "
    "closed.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Agree arrangments with Warwickshire for smooth transition to future operating model – no "
  "disruption to public services", "DCC", "Complete", "Alliance ended Apr 2019; s22A agreements "
  "in place.", "",
  [("wm_r3", "closeable_submit", "Transition arrangements with Warwickshire (10216); HMICFRS "
    "Being progressed, force Complete: submit for closure.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Clearly define new operating model – affordable & fit to protect communities", "DCC", "Amber",
  "Operating model review phase 2.", "",
  [("wm_r4", "closeable_local", "New operating model (10217); HMICFRS Superseded (closed), "
    "force Amber: close locally.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Within 6 months ensure regular & active supervison of investigations – properly recorded",
  "ACC Crime", "Amber", "Supervision template on Athena.", "",
  [("wm_r6", "in_sync", "Supervision of investigations, within six months (10219); HMICFRS "
    "Being progressed, force Amber: both open. Not the PEEL 2016 item 7403, which is filed "
    "under PEEL 2016 and speaks of investigation plans.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Improve ability to retrieve digital evidence from phones, computers etc quickly so "
  "investigations not delayed", "Det Ch Supt Force CID", "Red", "DFU backlog 9 months.", "",
  [("wm_r9", "in_sync", "Digital evidence retrieval (10220); HMICFRS Being progressed, force "
    "Red: both open.")])
f("PEEL 2018/19", "May 2019", "Recommendation",
  "Improve understanding of RUI suspects & management of those on bail", "Head of Criminal "
  "Justice", "Green", "RUI reduction plan delivered.", "",
  [("wm_r10", "closeable_submit", "Released under investigation and bail (10221); HMICFRS "
    "Being progressed, force Green: submit for closure.")])
f("PEEL Effectiveness 2016", "Mar 2017", "Cause of concern",
  "Response to DA is a cause of concern – discretion on DASH completion; officers not "
  "consistently completing DASH", "Ch Supt Public Protection", "Red",
  "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.", "",
  [("e16_coc", "in_sync", "DASH cause of concern (7401); HMICFRS Being progressed, force Red: "
    "both open.")])
f("PEEL Effectiveness 2017", "Mar 2018", "Recommendation",
  "Effective supervision of the initial risk assessment process – DASH completion in "
  "appropriate cases", "C/Supt Bell", "Red", "The Force Executive Team agreed on 25 July that "
  "we would risk-assess all DA incidents.", "",
  [("e16_dash", "conflict", "Same DASH supervision recommendation (7402, its only candidate) "
    "but the force files it under PEEL Effectiveness 2017 (Mar 2018) where HMICFRS has PEEL "
    "effectiveness 2016. Both open; the report differs.")])
f("PEEL Effectiveness 2016", "Mar 2017", "Recommendation",
  "Improve supervision of investigations – investigation plans set, reviewed & recorded so "
  "victims get a consistently good service", "ACC Crime", "Amber", "", "",
  [("e16_sup", "closeable_local", "Investigation plans set, reviewed and recorded (7403), "
    "filed under PEEL 2016 as HMICFRS has it; HMICFRS Complete, force Amber: close locally.")])
f("CDI 2017", "Sep 2017", "Recommendation",
  "Within 6 months put arrangements in place so that: victims are believed at point of report; "
  "call handler/caller conversations summarised accurately in incident log; multiple crimes "
  "always recorded; no waiting for medical/video interview results before recording; online "
  "reports triaged on receipt", "Force Crime Registrar", "Green",
  "All five strands complete; FCR audit Mar 2024 shows 94% compliance.", "28/03/2024",
  [("cdi_vic", "closeable_submit", "CDI victims recommendation, all five bullets (8011); "
    "HMICFRS Being progressed, force Green and submitted: submit for closure.")])
f("CDI 2017", "Sep 2017", "Recommendation",
  "Call handlers to have specific, sound & comprehensible criteria to assess threat, harm & risk "
  "(within 6 months)", "Force Crime Registrar", "Amber", "THRIVE refresher for call handlers.",
  "",
  [("cdi_thr", "in_sync", "CDI call-handler criteria within six months (8012), filed under "
    "CDI 2017; HMICFRS Being progressed, force Amber: both open.")])
f("CDI 2017", "Sep 2017", "Area for improvement",
  "Improve use of crime recording & management system (Athena) to manage case files & "
  "investigative processes", "Force Crime Registrar", "Complete", "", "",
  [("cdi_afi1", "closeable_submit", "Crime-recording system for case files (8014); HMICFRS "
    "Being progressed, force Complete: submit for closure.")])
f("CDI 2017", "Sep 2017", "Area for improvement",
  "Record reports of stalking & harassment accurately & without delay", "Force Crime Registrar",
  "Complete", "", "",
  [("cdi_afi2", "in_sync", "Stalking and harassment recording (8015); HMICFRS Complete, force "
    "Complete: both closed.")])
f("Child protection inspection 2017", "Jun 2017", "Recommendation",
  "Within 6 months review, with children's social care, how we manage detention of children: "
  "detain only when absolutely necessary; early assessment of need for alternative accomodation; "
  "record all actions & decisions; timely appropriate adult support", "Ch Insp Custody", "Amber",
  "Concordat on children in custody signed with 3 LAs.", "",
  [("ncpi_det", "in_sync", "Detention of children (8548), the same four bullets; HMICFRS Being "
    "progressed, force Amber: both open.")])
f("Child protection inspection 2017", "Jun 2017", "Area for improvement",
  "Enough specialist capacity & capability to investigate online CSA (POLIT)", "Det Ch Supt Force "
  "CID", "Amber", "POLIT uplift bid in 2025/26 budget.", "",
  [("ncpi_new", "in_sync", "Online child sexual abuse capacity: the register row has no Ref "
    "('(blank)', no count) but the text and report match; HMICFRS Awaiting review, force Amber: "
    "both open.")])
f("Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation",
  "By July 2021 ensure officers & staff have effective communication skills in line with "
  "National Policing Guidelines on Conflict Management", "Head of Learning & Development",
  "Amber", "Conflict management module in OST.", "",
  [("pw_1", "conflict", "Communication skills in line with the Conflict Management guidelines "
    "(9101): HMICFRS says By July 2022, the force By July 2021 (the date of the next item, "
    "9102, which is about CPD and BWV debriefs). Both open; the deadline differs.")])
f("Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation",
  "Communication skills reinforced through CPD; supervisors supported to debrief officers using "
  "BWV", "Head of Learning & Development", "Amber", "", "",
  [("pw_2", "in_sync", "CPD and BWV debriefs (9102); HMICFRS Awaiting review, force Amber: both "
    "open.")])
f("Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation",
  "By Sept 2021: record entire S&S encounters (incl traffic stops & UoF) on BWV; structured "
  "internal review of BWV sample; external scrutiny panel access to BWV footage",
  "Supt Operational Support", "Green", "All three strands in place since 2022.", "",
  [("pw_3", "closeable_submit", "Body-worn video, all three strands (9103); HMICFRS Being "
    "progressed, force Green: submit for closure.")])
f("Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation",
  "HO & NPCC to ensure quality of UoF-to-effect-S&S data is sufficient for publication",
  "Supt Operational Support", "WHITE",
  "Not the force's responsibility to deliver; dependent upon another organisation.", "",
  [("pw_4", "in_sync", "Home Office and NPCC data quality (9104); HMICFRS 'No further action "
    "required' (closed) and force WHITE (not the force's to deliver, i.e. done for tracking): "
    "both closed.")])
f("Local", "", "Local action",
  "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings to "
  "the Crime Standards Board", "Force Crime Registrar", "Amber", "Q2 dip sample done.", "",
  [(None, "not_on_hmicfrs_list", "A force action HMICFRS never made (no report, 'Local action'); "
    "nothing on the list matches.")])
f("Abuse of position for a sexual purpose 2017", "Oct 2017", "Recommendation",
  "Seek intelligence on potential abuse of position for sexual gain – review capability & "
  "capacity of counter-corruption unit", "Head of Professional Standards", "Amber",
  "CCU uplift approved.", "",
  [(None, "not_on_hmicfrs_list", "The abuse of position report is not on the definitive list "
    "(no tab for it, no matching text): query with HMICFRS.")])
f("JAC", "", "Audit action",
  "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan "
  "2023/24)", "Supt Firearms Licensing", "Green", "Audit opinion: reasonable assurance.", "",
  [(None, "not_on_hmicfrs_list", "An internal audit action raised by the Joint Audit Committee, "
    "not an HMICFRS item; the firearms governance item 6101 is matched to its own row.")])


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list - West Mercia Police - filter pages",
                       "author": "Regional FLL analyst", "company": "", "created": FIXED})
    wb.set_calc_mode("auto")
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    tot = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "top": 1})
    grand = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "top": 1, "bottom": 6})
    prov = {}
    not_items = []

    # Read me sheet (written last in the code, but first in the workbook order)
    rm = wb.add_worksheet("Read me")
    order = sorted(REPORTS, key=lambda k: REPORTS[k][0])
    sheets = {k: wb.add_worksheet(REPORTS[k][1]) for k in order}

    rm.set_column(0, 0, 70)
    rm.set_column(1, 3, 14)
    lines = [
        ("HMICFRS definitive list – West Mercia Police", bold),
        ("Status as held on the register at 30/09/2024", None),
        ("", None),
        ("Made from the regional register pivot (Force filter = West Mercia Police). One tab per "
         "report via PivotTable Analyze > Options > Show Report Filter Pages; tabs renamed to "
         "short names. Pivots pasted as values before sending so the file opens without the "
         "regional data source.", wrap),
        ("Each tab: Type and Status are shown once per block (repeat labels off). 'Count of "
         "Ref' counts register rows – 2 means the register holds the line twice. '(blank)' Ref = "
         "not yet numbered by HMICFRS.", wrap),
        ("Open = Awaiting review / Being progressed. Closed = Complete / Superseded / No further "
         "action required.", wrap),
        ("", None),
    ]
    for i, (t, fmt) in enumerate(lines):
        if t:
            rm.write(i, 0, t, fmt) if fmt else rm.write(i, 0, t)
        not_items.append(("Read me", i + 1, "cover note" if t else "blank"))
    r = len(lines)
    rm.write_row(r, 0, ["Report (tab)", "Open", "Closed", "Total"], hdr)
    not_items.append(("Read me", r + 1, "header of the count table"))
    r += 1
    t_open = t_closed = 0
    for k in order:
        items = [v for v in H.values() if v["rep"] == k]
        op = sum(v["count"] for v in items if v["status"] in (AR, BP))
        cl = sum(v["count"] for v in items if v["status"] not in (AR, BP))
        rm.write(r, 0, REPORTS[k][1])
        rm.write_number(r, 1, op)
        rm.write_number(r, 2, cl)
        rm.write_number(r, 3, op + cl)
        t_open += op
        t_closed += cl
        not_items.append(("Read me", r + 1, "count table line (a report, not an item)"))
        r += 1
    rm.write(r, 0, "Total", tot)
    rm.write_number(r, 1, t_open, tot)
    rm.write_number(r, 2, t_closed, tot)
    rm.write_number(r, 3, t_open + t_closed, tot)
    not_items.append(("Read me", r + 1, "count table total"))

    type_order = sorted({v["typ"] for v in H.values()})
    for k in order:
        ws = sheets[k]
        name = REPORTS[k][1]
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 18)
        ws.set_column(2, 2, 8)
        ws.set_column(3, 3, 95)
        ws.set_column(4, 4, 12)
        ws.write(0, 0, "Force", bold)
        ws.write(0, 1, "West Mercia Police")
        ws.write(1, 0, "Report", bold)
        ws.write(1, 1, REPORTS[k][0])
        not_items += [(name, 1, "pivot filter (Force)"), (name, 2, "pivot filter (Report) – the "
                       "report title for every item on this tab"), (name, 3, "blank")]
        ws.write_row(3, 0, ["Type", "Status", "Ref", "Recommendation", "Count of Ref"], hdr)
        not_items.append((name, 4, "pivot header"))
        r = 4
        grand_n = 0
        for typ in type_order:
            items = [(key, v) for key, v in H.items() if v["rep"] == k and v["typ"] == typ]
            if not items:
                continue
            items.sort(key=lambda kv: (kv[1]["status"], kv[1]["ref"] is None, kv[1]["ref"] or 0))
            first_type = True
            last_status = None
            n = 0
            for key, v in items:
                if first_type:
                    ws.write(r, 0, typ, top)
                    first_type = False
                if v["status"] != last_status:
                    ws.write(r, 1, v["status"], top)
                    last_status = v["status"]
                if v["ref"] is None:
                    ws.write(r, 2, "(blank)", top)
                else:
                    ws.write_number(r, 2, v["ref"], top)
                    ws.write_number(r, 4, v["count"], top)
                ws.write(r, 3, v["text"], wrap)
                n += v["count"] if v["ref"] is not None else 0
                prov[key] = f"{name}!{r + 1}"
                r += 1
            ws.write(r, 0, f"{typ} Total", tot)
            for c in (1, 2, 3):
                ws.write_blank(r, c, None, tot)
            if n:
                ws.write_number(r, 4, n, tot)
            else:  # Count of Ref over blank refs only: Excel leaves the cell empty
                ws.write_blank(r, 4, None, tot)
            not_items.append((name, r + 1, f"pivot subtotal ('{typ} Total')"))
            grand_n += n
            r += 1
        ws.write(r, 0, "Grand Total", grand)
        for c in (1, 2, 3):
            ws.write_blank(r, c, None, grand)
        ws.write_number(r, 4, grand_n, grand)
        not_items.append((name, r + 1, "pivot Grand Total"))
        ws.freeze_panes(4, 0)
    wb.close()
    return prov, not_items


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS recommendations tracker", "author": "SPIT",
                       "company": "West Mercia Police", "created": FIXED})
    bold = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    rag_fmt = {
        "Red": wb.add_format({"valign": "top", "border": 1, "bg_color": "#FF0000"}),
        "Amber": wb.add_format({"valign": "top", "border": 1, "bg_color": "#FFC000"}),
        "Green": wb.add_format({"valign": "top", "border": 1, "bg_color": "#00B050"}),
        "Complete": wb.add_format({"valign": "top", "border": 1, "bg_color": "#00B0F0"}),
        "WHITE": wb.add_format({"valign": "top", "border": 1}),
    }
    ws = wb.add_worksheet("Tracker")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 28)
    ws.set_column(2, 2, 10)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 70)
    ws.set_column(5, 5, 22)
    ws.set_column(6, 6, 10)
    ws.set_column(7, 7, 40)
    ws.set_column(8, 8, 12)
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker", bold)
    ws.write(1, 0, "Strategic Planning & Inspection Team. Last updated 27/09/2024")
    ws.write_row(2, 0, ["No.", "Report", "Published", "Type", "Recommendation / AFI (summary)",
                        "Lead", "RAG", "Latest update", "Submitted for closure"], hdr)
    not_items = [("Tracker", 1, "title"), ("Tracker", 2, "team and last-updated note"),
                 ("Tracker", 3, "header")]
    prov = []
    r = 3
    for i, row in enumerate(F, start=1):
        ws.write_number(r, 0, i, cell)
        ws.write(r, 1, row["report"], wrap)
        ws.write(r, 2, row["pub"], cell)
        ws.write(r, 3, row["typ"], cell)
        ws.write(r, 4, row["text"], wrap)
        ws.write(r, 5, row["lead"], wrap)
        ws.write(r, 6, row["rag"], rag_fmt[row["rag"]])
        if row["update"]:
            ws.write(r, 7, row["update"], wrap)
        else:
            ws.write_blank(r, 7, None, wrap)
        if row["submitted"]:
            d = dt.datetime.strptime(row["submitted"], "%d/%m/%Y")
            ws.write_datetime(r, 8, d, wb.add_format({"num_format": "dd/mm/yyyy",
                                                       "valign": "top", "border": 1}))
        else:
            ws.write_blank(r, 8, None, cell)
        prov.append(f"Tracker!{r + 1}")
        r += 1
    r += 1
    not_items.append(("Tracker", r, "blank"))
    ws.write(r, 0, "RAG key: Red – off track / beyond deadline; Amber – work ongoing; Green – "
                   "implemented, ready for closure; Complete – closed; WHITE – not WMP's "
                   "responsibility to deliver")
    not_items.append(("Tracker", r + 1, "RAG key (legend)"))
    ws.freeze_panes(3, 0)
    ws.autofilter(2, 0, 2 + len(F), 8)
    wb.close()
    return prov, not_items


def write_readme(lines, h_not, f_not, hprov):
    from collections import Counter, OrderedDict
    cats = Counter(c for _, _, c, _ in lines)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    n_force_rows = len(F)
    P = hprov
    byhs = OrderedDict()
    for s_, r_, why in h_not:
        byhs.setdefault(s_, []).append(f"{r_} ({why})")
    out = []
    a = out.append
    a("# hmicfrs_pivot_report_filter_pages")
    a("")
    a("## Story")
    a("")
    a("The regional Force Liaison Lead analyst keeps HMICFRS's definitive list for five forces "
      "in one register table and answers each force from a PivotTable over it (Force and Report "
      "as report filters; rows Type, Status, Ref, Recommendation in Tabular form with 'Repeat "
      "item labels' off; subtotals only on Type; value 'Count of Ref'). For West Mercia Police "
      "she set Force = West Mercia Police and used PivotTable Analyze > Options > **Show Report "
      "Filter Pages** on Report: Excel made one sheet per report, each a copy of the pivot "
      "filtered to that report, in the sort order of the report titles. She renamed the tabs "
      "to short names by hand, pasted every pivot as values (so the file opens without the "
      "regional source), and put a 'Read me' sheet in front with a count table. The force's "
      "Strategic Planning & Inspection Team keeps an ordinary one-sheet tracker. Status on the "
      "HMICFRS side is as at 30/09/2024; the tracker was updated 27/09/2024.")
    a("")
    a("## Files")
    a("")
    a(f"- `hmicfrs.xlsx` (XlsxWriter, 18 sheets). `Read me`: cover note rows 1-7, count "
      "table header row 8, one line per report rows 9-25, total row 26 – no items. Then 17 "
      "report sheets, one per report: A1 'Force' / B1 'West Mercia Police'; A2 'Report' / B2 "
      "the full report title (the only place the report is named in full: tab names are short "
      "hand-made names); row 3 blank; row 4 header `Type | Status | Ref | Recommendation | "
      "Count of Ref`; items from row 5; after each Type block a '<Type> Total' row; last a "
      "'Grand Total' row. "
      f"{len(H)} HMICFRS items. Text cells hold line breaks and the register's bullets.")
    a(f"- `tracker.xlsx`, sheet `Tracker`: row 1 title, row 2 team/last-updated note, row 3 "
      "header `No. | Report | Published | Type | Recommendation / AFI (summary) | Lead | RAG | "
      f"Latest update | Submitted for closure`, items rows 4-{3 + n_force_rows} "
      f"({n_force_rows} rows), row {4 + n_force_rows} blank, row {5 + n_force_rows} RAG key. "
      "RAG words: Red, Amber (open); Green, Complete, WHITE (done / not the force's to "
      "deliver). 'Submitted for closure' is a real date cell (dd/mm/yyyy) or empty.")
    a("- `truth.csv`: `hmicfrs_row,force_row,category,why`, UTF-8, one line per "
      "reconciliation item.")
    a("")
    a("## What the layout brings (HMICFRS side)")
    a("")
    a("1. **Report only in the filter cell.** No Report column: every item on a sheet takes "
      "the report in B2 of that sheet. Tab names are hand-shortened ('S&S 2013', 'PEEL Eff 16', "
      "'DA Everyones business') and do not carry the full title.")
    a("2. **Repeat item labels off.** Type is written only on the first row of its block and "
      "Status only where it changes, e.g. `Stolen Freedom MSHT` rows 5-11: Type only in A5, "
      "Status in B5 ('Awaiting review'), B6 ('Being progressed', also for rows 7-9) and B10 "
      "('Complete', also for row 11). Blank Type/Status cells must be filled down within the "
      "sheet, never across the subtotal row.")
    a("3. **Pivot order, not register order.** Types alphabetically (Area for improvement, "
      "Cause of concern, National recommendation, Recommendation), then Status alphabetically, "
      "then Ref; a cause of concern appears above its recommendations only by alphabet. Sheets "
      "are in the alphabetical order of the full titles ('Building the picture…' first, "
      "'Targeting the risk…' last), not by date.")
    a("4. **Subtotal and Grand Total rows** in column A ('Recommendation Total', 'National "
      "recommendation Total', 'Grand Total') with the count in E: not items.")
    a(f"5. **Count of Ref = 2** at {P['sf_intel']} (8602): the regional register holds that "
      "line twice, the pivot folds it into one row. One item.")
    a(f"6. **(blank) Ref** at {P['ncpi_new']}: an AFI not yet numbered by HMICFRS; Ref shows "
      "'(blank)', Count of Ref is empty, and its 'Area for improvement Total' (row 6) is empty "
      "too. It is still an item. (The Read me count table counts register lines, so NCPI "
      "shows 2 there against the pivot's Grand Total 1.)")
    a("7. Texts are verbatim register wording with quirks: curly quotes, '•' bullets with and "
      "without spaces, the stray footnote '86' in 8602 and '20' in 2321, a '- ' bullet in "
      "7402, 'immediately:agree' without a space.")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    a(f"- Two near-identical stop and search items: 1203 ({P['sas13_3']}, 2013, 'elected "
      f"local policing bodies') and 5510 ({P['sas15']}, 2015, 'police and crime "
      "commissioners'). The force has one row, filed 'Stop & search powers 2' and saying "
      "'PCCs' (Tracker!6) → 5510; 1203 is missing_from_force.")
    a(f"- Threat/harm/risk criteria twice: Core Business 4822 ({P['core_1']}, 'Not later than "
      f"31 March 2015') and CDI 2017 8012 ({P['cdi_thr']}, 'Within six months'). Tracker!11 "
      "(Core business, by 31/03/2015) → 4822; Tracker!49 (CDI 2017, within 6 months) → 8012.")
    a(f"- Supervision of investigations twice: PEEL 18-19 10219 ({P['wm_r6']}) ↔ Tracker!43; "
      f"PEEL 2016 7403 ({P['e16_sup']}, investigation plans) ↔ Tracker!47.")
    a("- One force row, two items: Tracker!9 (Austerity 3102 + 3103) and Tracker!17 "
      "(firearms 6103 + 6104): one truth line per item, same force_row.")
    a("- One item, four force rows: Stolen Freedom 8601 split by bullet over Tracker!19-22; "
      "part 3 is Amber, so the item is open on the force side → four in_sync lines.")
    a("- Conflicts: missing bullet (2321, Tracker!7, drops the domestic homicide reviews / "
      "IPCC bullet); date (5620, Tracker!14: 30 November 2016 v 2015); timescale (6102, "
      "Tracker!16: within 6 months v three); type (8390, Tracker!29: Recommendation v Area for "
      "improvement); report (7402, Tracker!46: PEEL Effectiveness 2017 v 2016); deadline "
      "(9101, Tracker!54: By July 2021 v July 2022).")
    a("- WHITE (Tracker!57, Home Office/NPCC data 9104) counts as done; HMICFRS 'No further "
      "action required' is closed → in_sync.")
    a("- Force-only rows: Tracker!58 local DA dip-sample, Tracker!59 abuse of position report "
      "(not on the list), Tracker!60 JAC internal audit action → not_on_hmicfrs_list.")
    a("- No `review` lines: every pair was decidable from report and wording.")
    a("")
    a("## Counts")
    a("")
    a(f"HMICFRS items: {len(H)}; force item rows: {n_force_rows}; truth lines: {len(lines)}.")
    a("")
    a("| category | lines |")
    a("|---|---|")
    for c in order:
        a(f"| {c} | {cats.get(c, 0)} |")
    a("")
    a("## Rows that are not items")
    a("")
    for s_, rows in byhs.items():
        a(f"- hmicfrs.xlsx `{s_}`: " + "; ".join(rows))
    a("- tracker.xlsx `Tracker`: " + "; ".join(f"{r_} ({w})" for _, r_, w in f_not))
    a("")
    a("## Checks run")
    a("")
    a("- Every HMICFRS item row (each report sheet, rows between the header and the Grand "
      "Total that are not '… Total' rows) appears in truth.csv at least once, and every "
      "tracker item row (4 to last numbered row) exactly once per item it holds; no truth line "
      "points at a non-item row.")
    a("- Both workbooks read back with pandas (`read_excel(sheet_name=None)`) and openpyxl; "
      "texts compared with the source literals.")
    a("- The builder run twice: all four files identical byte for byte (sha256).")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    hprov, h_not = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    fprov, f_not = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    used = set()
    for frow, row in zip(fprov, F):
        for key, cat, why in row["links"]:
            lines.append((hprov[key] if key else "", frow, cat, why))
            if key:
                used.add(key)
    missing_why = {
        "sas13_3": "Stop and search 2013 item 1203 ('in consultation with elected local policing "
                   "bodies'): the force row with this wording is the 2015 version ('PCCs', filed "
                   "under Stop & search powers 2, matched to 5510); nothing else matches.",
        "sf_ncrs": "MSHT crime recording and audit capacity for the force crime registrar (8605): "
                   "no force row on NCRS for modern slavery.",
        "wm_r5": "Consulting the public about business planning (10218): no force row on public "
                 "consultation.",
        "cdi_oocd": "Out-of-court disposals, cautions, cannabis warnings and PNDs (8013): no "
                    "force row.",
        "pw_5": "Internal monitoring of use of force (9105): the force's Police powers rows cover "
                "9101-9104 only.",
    }
    for key in H:
        if key not in used:
            lines.append((hprov[key], "", "missing_from_force", missing_why[key]))
    assert set(missing_why) == set(H) - used, sorted(set(H) - used)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(lines, h_not, f_not, hprov)


if __name__ == "__main__":
    main()
