"""Build the evaluation case `rag_colour_from_hidden_code` (round 95, case A).

Force side: Staffordshire Police's HMICFRS tracker, where the RAG column holds no value at all.
Its colour comes from conditional-format rules ("=$M6=1" ... "=$M6=5") that read a hidden
helper column M ("RAG code", a 1-5 drop-down). Marks left by that route: manual fills under the
rules (the rule wins where it matches), a word typed into the colour column, stray codes typed
over the drop-down ("G", 0), and rows appended below the rules' "Applies to" range, which only
show the colour someone painted by hand (or none at all).

HMICFRS side: the register's ordinary xlsx export.
Run with /work/main/.venv/bin/python; rebuilds byte for byte (no clock, fixed properties).
"""
from __future__ import annotations

import csv
import datetime as dt
import os

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "rag_colour_from_hidden_code"
OUT = os.path.join(HERE, CASE)
FORCE = "Staffordshire Police"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (OGL), copied as literals from the project's text lists.
# ---------------------------------------------------------------------------------------------
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
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
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
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

# Reports: key -> (HMICFRS title, publication date, tracker's own name for it)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 6, 14), "NCPI 2016"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Eff 17"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites 2018",
                  dt.date(2018, 8, 21), "HMICFRS/HMIP custody 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 18-19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 12), "PEEL 2021/22"),
}

AR, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")
CLOSED = {CO, SU, NF}

# HMICFRS items: (ref, report key, type, text, status, status date)
H = [
    (1203, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and "
     "Search Authorised Professional Practice document a clear specification of what "
     "constitutes the effective and fair exercise of stop and search powers, and "
     "guidance in this respect. This should be compliant with the Code of Practice.", CO,
     dt.date(2016, 2, 11)),
    (1204, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop "
     "and search people, so that they can be satisfied their officers are acting in "
     "accordance with the law (including equality legislation and the Code of "
     "Practice), and that the power is used effectively to prevent crime, catch "
     "criminals and maintain public trust.", CO, dt.date(2017, 6, 30)),
    (1205, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, "
     "ensure that they comply with the code of practice by explaining to the public "
     "the way stop and search powers are used in their areas and by making "
     "arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who "
     "are stopped and searched, for example, young people.", SU, dt.date(2015, 4, 2)),
    (2321, "everyone", NAT, EVERYONE_PLAN, BP, dt.date(2023, 11, 8)),
    (2870, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to "
     "ensure they are doing all they can to continue to reduce crime and protect the "
     "front line while balancing their budgets. They should use the data and "
     "information contained in this report, and in HMIC's Value for Money profiles, "
     "when conducting their reviews", NF, dt.date(2016, 3, 1)),
    (2871, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
     "savings through collaboration should assess whether there is scope to improve "
     "on this position. HMIC will follow up the assessments in the autumn.", BP,
     dt.date(2022, 1, 19)),
    (2872, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion "
     "of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to "
     "maintain their crime fighting capacity. HMIC will follow up the assessments in "
     "the autumn.", NF, dt.date(2016, 3, 1)),
    (2873, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs "
     "should review their plans for collaboration. In particular they should consider "
     "whether there is scope to deliver better value for money and improved "
     "capability and capacity through joint working with other forces, the public "
     "and/or the private sector.", CO, dt.date(2018, 10, 4)),
    (4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
     "that have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", AR,
     dt.date(2024, 6, 3)),
    (4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption "
     "activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.", AR, dt.date(2024, 6, 3)),
    (902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers "
     "and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", BP, dt.date(2023, 2, 14)),
    (5110, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, "
     "ensure that they comply with the Code of Practice by explaining to the public "
     "the way stop and search powers are used in their areas and by making "
     "arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who "
     "are stopped and searched, for example young people.", BP, dt.date(2023, 2, 14)),
    (5544, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to "
     "scrutinise audits of compliance with the APP on information management through "
     "the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.", CO,
     dt.date(2019, 7, 25)),
    (6120, "firearms", NAT, "Within three months, all chief constables should assess how well the governance "
     "of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the "
     "governance standards are not being complied with should put in place "
     "immediately the correct arrangements and procedures in order to meet the "
     "standards in full.", CO, dt.date(2017, 1, 12)),
    (6121, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, dt.date(2024, 9, 17)),
    (6122, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate "
     "action is being taken by their force with regard to ‘total expired’ licensing "
     "records.", CO, dt.date(2024, 12, 2)),
    (6123, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements "
     "in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on "
     "the National Firearms Licensing Management System; and that effective systems "
     "exist to ensure certificate holders are not permitted, at any time, to remain "
     "in unlawful possession of a firearm.", BP, dt.date(2024, 9, 17)),
    (6124, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed "
     "to identify, prior to police attendance, whether a reported incident involves "
     "or is at the address of a firearm certificate holder are in place and are "
     "always applied by staff dispatching officers to incidents; and that officers "
     "understand the risk assessment which they should be undertaking in such "
     "circumstances, and their power, when appropriate, to seize firearms and firearm "
     "certificates.", AR, dt.date(2024, 9, 17)),
    (6340, "ncpi16", REC, "Within three months, the force should take steps to ensure that there is "
     "effective supervision of the initial risk assessment process, specifically in relation "
     "to the completion of DASH risk assessment in appropriate cases.", CO,
     dt.date(2018, 5, 9)),
    (6341, "ncpi16", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", CO, dt.date(2019, 2, 20)),
    (8202, "eff17", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.", BP,
     dt.date(2024, 4, 22)),
    (8203, "eff17", REC, "Within six months the force should " + MISSING_CHILDREN_BODY + ".", BP,
     dt.date(2024, 4, 22)),
    (8204, "eff17", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", BP, dt.date(2023, 10, 5)),
    (8205, "eff17", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", CO, dt.date(2021, 8, 31)),
    (8206, "eff17", AFI, "Staffordshire Police should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", AR,
     dt.date(2018, 3, 22)),
    (8310, "stolen", NAT, SF_LEADERSHIP, BP, dt.date(2024, 1, 30)),
    (8311, "stolen", NAT, "Within six months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
     "and in order to safeguard victims better and to identify suspects as early as "
     "possible", BP, dt.date(2024, 1, 30)),
    (8312, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts "
     "under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the "
     "section 45 defence.", CO, dt.date(2020, 3, 12)),
    (8313, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with "
     "the NRM process as it evolves and are implementing the requirement placed upon "
     "them under the Modern Slavery Act 2015 to notify the Home Office of any "
     "individual suspected to be an adult victim of modern slavery or human "
     "trafficking.", CO, dt.date(2020, 3, 12)),
    (8314, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national "
     "crime recording standard (NCRS) requirements for offences identified as modern "
     "slavery and human trafficking and that sufficient audit capacity is available "
     "to the force crime registrar to provide reassurance that each force is "
     "identifying and managing any gaps in its crime-recording accuracy for these "
     "types of offences.", BP, dt.date(2024, 1, 30)),
    (8315, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern "
     "slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake "
     "them (this should include the use where appropriate of joint intelligence teams "
     "and other means to obtain intelligence and evidence from agencies overseas).", BP,
     dt.date(2024, 1, 30)),
    (8316, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the "
     "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery "
     "and human trafficking offences are exploited.", SU, dt.date(2022, 5, 12)),
    (8450, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police "
     "Chiefs' Council and Association of Police and Crime Commissioners should "
     "support the development of these plans by establishing a national framework "
     "which allows for the provision of digitally enabled services across force "
     "boundaries.", BP, dt.date(2023, 6, 6)),
    (8541, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
     "stop and search powers is consistently reasonable and fair. In particular, "
     "there is over-representation of BAME people, and black people in particular, "
     "in stop and search data which many forces are unable to explain.", CO,
     dt.date(2021, 11, 18)),
    (8542, "leg17", NAT, SAS_MONITORING_2017, CO, dt.date(2021, 11, 18)),
    (8543, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate "
     "to the public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for "
     "the disparity, and •taken action to reduce the disparity, where necessary;", BP,
     dt.date(2023, 2, 14)),
    (8544, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an "
     "annual basis, from July 2018.", BP, dt.date(2023, 2, 14)),
    (8545, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
     "officers who use stop and search powers have been provided with, and "
     "understand, training on unconscious bias and College of Policing APP on stop "
     "and search.", CO, dt.date(2021, 11, 18)),
    (8790, "custody18", REC, "Within six months the force should " + CUSTODY_CHILDREN_BODY + ".", BP,
     dt.date(2024, 7, 1)),
    (8791, "custody18", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to people with mental ill health.", AR,
     dt.date(2018, 8, 21)),
    (9105, "peel1819", COC, "The force does not have the capacity or capability to investigate crime "
     "effectively and this is affecting the service being provided to the public. There are "
     "failings in the way that crimes are being investigated.", BP, dt.date(2024, 10, 9)),
    (9106, "peel1819", REC, "HMIC recommends that the force should immediately: conduct a review of "
     "officers’ capabilities and capacity to manage their investigative workload, to better "
     "understand investigative demand and the pressures placed upon them;", BP,
     dt.date(2024, 10, 9)),
    (9107, "peel1819", REC, "HMICFRS recommends that the force should immediately:improve the "
     "supervision of investigations, so that investigation plans are set, reviewed and "
     "recorded and victims receive a consistently good service; and", BP,
     dt.date(2024, 10, 9)),
    (9108, "peel1819", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", CO, dt.date(2021, 3, 4)),
    (9109, "peel1819", AFI, "The force should undertake further work to gain a fuller understanding "
     "of current demand for its services, and likely future changes in demand. This is so it "
     "can make best use of its resources by matching them to demand to meet the needs of the "
     "public.", BP, dt.date(2023, 10, 5)),
    (9110, "peel1819", AFI, "The force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", NF, dt.date(2022, 5, 12)),
    (9111, "peel1819", COC, "The size of the vetting backlog within Staffordshire Police is a cause "
     "of concern.", SU, dt.date(2022, 5, 12)),
    (9420, "cdi19", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".", BP,
     dt.date(2024, 11, 27)),
    (9421, "cdi19", REC, "Immediately, the force should provide call-handlers with specific, sound "
     "and comprehensible criteria against which they can assess threat, harm and risk.", BP,
     dt.date(2024, 11, 27)),
    (9422, "cdi19", AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", AR, dt.date(2019, 9, 26)),
    (10012, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective "
     "communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict "
     "management and de-escalation.", BP, dt.date(2024, 2, 21)),
    (10013, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as "
     "part of the programme of continuing professional development for officers and "
     "staff, and that supervisors are supported to routinely and frequently debrief "
     "officers on these skills using body-worn video footage.", CO, dt.date(2024, 2, 21)),
    (10014, "powers", NAT, BWV_2021, BP, dt.date(2024, 2, 21)),
    (10015, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the "
     "data collected on the number of incidents where force has been used to effect a "
     "stop and search is sufficient for publication. The Home Office should publish "
     "this data as soon as possible.", NF, dt.date(2021, 6, 8)),
    (10016, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring "
     "processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary "
     "improvement action.", BP, dt.date(2024, 2, 21)),
    (10840, "peel2122", AFI, "The force should make sure it provides a confidential way for staff to "
     "raise concerns and that staff are aware of whistleblowing processes.", BP,
     dt.date(2024, 12, 10)),
    (10841, "peel2122", AFI, "The force should review the support available for those who have "
     "raised concerns and take any action needed to make sure these provisions are suitable.",
     AR, dt.date(2022, 5, 12)),
    (10842, "peel2122", AFI, "The force should review how it gathers and uses equality and diversity "
     "data to improve its understanding of its workforce demographics.", AR,
     dt.date(2022, 5, 12)),
    (10843, "peel2122", AFI, "The force should develop a clear prevention strategy targeting people "
     "most at risk and make sure activity undertaken prioritises people most at risk.", BP,
     dt.date(2024, 12, 10)),
    (10844, "peel2122", REC, "The force should immediately review its current background checks "
     "arrangements, and make sure that suitable and sufficient background checks are in place "
     "to safeguard its staff and the communities it serves.", CO, dt.date(2024, 12, 10)),
]
HBY = {h[0]: h for h in H}

# ---------------------------------------------------------------------------------------------
# Force tracker rows.  Each: dict(ref=HMICFRS item it is (None = force-only), rep, typ,
# tref=ref typed in the tracker, text, lead, target, update, code=value in hidden M,
# fill=manual fill under the RAG cell, typed=word typed into the RAG cell, note=trap note,
# part=split marker).
# Display colour is what Excel shows: CF rule (inside range, numeric code 1-5) beats the manual
# fill; otherwise the manual fill; otherwise nothing.
# ---------------------------------------------------------------------------------------------
def R(ref, text, lead, target, update, code, **kw):
    d = dict(ref=ref, text=text, lead=lead, target=target, update=update, code=code,
             fill=None, typed=None, note="", tref=ref, rep=None, typ=None, part=None,
             own=False)
    d.update(kw)
    # the ref column was only added in 2017: rows for reports before 2016 were never given one
    if ref is not None and ref < 6000 and "tref" not in kw:
        d["tref"] = None
    return d


MAIN = [
    R(1203, "CCs & CoP to set out in S&S APP what effective & fair use looks like (compliant with Code of Practice)",
      "ACC Local Policing", "Mar 2014", "National APP published; force policy aligned. Closed.", 3),
    R(1204, "Establish / improve monitoring of the way officers stop & search people - lawful, effective, maintains public trust",
      "ACC Local Policing", "Dec 2014", "S&S scrutiny dashboard being rebuilt on Power BI; first quarterly report due to Legitimacy Board.", 2),
    R(1205, "Explain use of S&S to public & community scrutiny of records (in consultation w/ elected local policing bodies) - involve young people",
      "ACC Local Policing", "Mar 2015", "Superseded by S&S 2 (2015) rec - see next line.", 5),
    R(5110, "Comply w/ Code of Practice - explain S&S to public, records scrutinised by community reps (consult PCC); involve those stopped e.g. young people",
      "ACC Local Policing", "Sep 2025", "Youth panel pilot running in Stoke LPA; external scrutiny panel ToR being refreshed.", 2),
    R(2321, "Establish & publish a DA action plan (consult PCC, support orgs & victims; consider all recs, DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments)",
      "Ch Supt Public Protection", "Sep 2014", "Completed. Evidence submitted to HMICFRS for closure.", 4),
    R(2870, "Review savings plans - continue to reduce crime & protect front line while balancing budget (use VfM profiles)",
      "Director of Finance", "Mar 2015", "MTFS reviewed. Complete.", 3),
    R(2872, "Where reducing front-line workforce, assess whether decisive action taken to maintain crime fighting capacity",
      "Director of Finance", "Oct 2014", "Linked to the force change programme - workforce plan refresh.", 2),
    R(2873, "Next spending round - review collaboration plans (other forces, public & private sector) for VfM",
      "Head of Corporate Development", "Mar 2015", "Collaboration board review completed 2018.", 3, fill="red",
      note="manual red fill left under the rule; code 3 so the rule shows green"),
    R(4822, "Provide call-handlers with specific, sound & comprehensible THRIVE criteria to assess threat, harm & risk (Core Business)",
      "Supt Contact Centre", "31/03/2015", "THRIVE+ embedded in contact centre; audit Jan 24 shows 96% compliance.", 3),
    R(902, "By 31 Aug 2016 CCs to satisfy themselves that misconduct investigations ending in NFA are fair & free of discrimination",
      "Head of Professional Standards", "31/08/2016", "Disproportionality dip-sample of NFA outcomes under way with staff networks.", 2,
      note="deadline typed as 31 Aug 2016"),
    R(5544, "Scrutinise audits of compliance with APP on information management via force IM governance (incl. regular adjustment of record categorisation)",
      "Head of Information Management", "30/11/2015", "MoPI review & retention audits reported to Information Assurance Board.", None,
      typed="Complete", note="word typed into the RAG cell; no code"),
    R(6120, "Assess governance of firearms licensing against APP & put correct arrangements in place",
      "Supt Firearms Licensing", "Dec 2015", "Governance review complete 2016.", 3),
    R(6121, "Assess demand on firearms licensing dept & ensure capacity to meet it, efficient & effective service at all times",
      "Supt Firearms Licensing", "Dec 2015", "Backlog of renewals still c.400; additional staff agreed in 25/26 budget, recruitment under way.", 2,
      fill="green", note="manual green fill left under the rule; code 2 so the rule shows amber"),
    R(6122, "Satisfy ourselves all appropriate action taken re 'total expired' licensing records",
      "Supt Firearms Licensing", "Oct 2015", "All total expired records reconciled; closure accepted by HMICFRS Dec 24.", 4),
    R(6123, "Temporary permits in line with HO guidance, recorded without delay on NFLMS; certificate holders not in unlawful possession",
      "Supt Firearms Licensing", "Dec 2015", "Process rewritten and audited. Ready to submit.", 3),
    R(6124, "Systems to identify before attendance whether incident involves / at address of certificate holder; officers understand risk assessment & power to seize",
      "Supt Firearms Licensing", "Dec 2015", "STORM flag project stalled - supplier issue.", 1),
    R(None, "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
      "Head of Corporate Development", "Mar 2024", "Audit report received - substantial assurance.", 3,
      rep="Internal audit 2023/24", typ="Audit action", tref=None, own=True),
    R(6340, "Effective supervision of the initial risk assessment process - DASH completed in appropriate cases",
      "Ch Supt Public Protection", "Sep 2016", "DASH supervision built into Niche workflow. Closed by HMICFRS.", 3),
    R(6341, "Improve partnership working to safeguard people at risk from CSE",
      "Ch Supt Public Protection", "2017", "CSE hub co-located with LA. Next step: joint performance framework.", 2),
    R(8202, "CoC: response to missing & absent children - risk assessed inappropriately, 'absent' used wrongly, risk graded too low",
      "Ch Supt Public Protection", "Sep 2018", "Absent category withdrawn Apr 2018; revisit by HMICFRS expected.", 2),
    R(8203, "Review approach to missing children: call takers use missing/absent correctly; CSE risk factors known; supervisors oversee enquiries",
      "Ch Supt Public Protection", "Sep 2018", "All three strands delivered; evidence pack with sign-off lead.", 3),
    R(8204, "Improve understanding of suspects RUI & management of those on bail",
      "Head of Criminal Justice", "Dec 2018", "Complete - RUI/bail dashboard live, evidence pack filed.", "G",
      note="'G' typed over the drop-down; no rule matches, cell shows no colour"),
    R(8205, "Enough specialist capacity & capability to investigate online CSA (POLIT)",
      "Det Ch Supt Force CID", "Mar 2019", "POLIT uplift completed.", 3),
    R(8206, "Improve use of crime recording & management system (Niche) to manage case files & investigative processes",
      "Head of Information Management", "TBC", "Awaiting allocation.", 0,
      note="code 0 typed; no rule for 0, cell shows no colour"),
    R(8310, "Within 12 months review leadership & goverance for MSHT so that: senior leaders prioritise MSHT; every incident allocated resources w/ skills to investigate; partnership arrangements to share info & safeguard victims",
      "Det Ch Supt Force CID", "Oct 2018", "MSHT governance board refreshed; partnership MoU drafted.", 2,
      note="fourth bullet (performance and QA measures) missing"),
    R(8311, "Within 3 months put active ISAs in place w/ other agencies - speedy exchange of intelligence, safeguard victims, identify suspects early",
      "Head of Intelligence", "Jan 2018", "ISA with Stoke CC signed; Staffs CC draft with legal.", 2,
      note="timescale 3 months against HMICFRS six months"),
    R(8312, "Victims committing crime under compulsion - early & continuing consideration of s45 defence",
      "Head of Criminal Justice", "Oct 2017", "Guidance issued; CPS liaison in place.", 3),
    R(8313, "Full compliance with NRM process & duty to notify HO of suspected adult victims (MSA 2015)",
      "Det Ch Supt Force CID", "Oct 2017", "NRM duty to notify - FCR dip-sampling shows gaps, re-opened Feb 25.", 2),
    R(8314, "Comply with NCRS for MSHT offences; FCR audit capacity to identify & manage recording gaps",
      "Force Crime Registrar", "Oct 2017", "MSHT audit completed Q3 24/25 - 98% compliant. Pending sign off by the chief officer lead.", 3),
    R(8315, "MSHT allegations thoroughly investigated & supervised by skilled teams (JITs / overseas evidence where appropriate)",
      "Det Ch Supt Force CID", "Oct 2017", "Training for MSHT SPOCs rolled out; supervision audit planned.", 2),
    R(8316, "Review use of preventative powers (STPOs/STROs) under MSA 2015",
      "Det Ch Supt Force CID", "Oct 2017", "Orders guidance drafted.", 2),
    R(8450, "By Sept 2018 produce ambitious plan to improve digitally-enabled services (national framework via HO/NPCC/APCC)",
      "Head of Corporate Development", "Sep 2018", "Digital strategy delayed by ERP programme.", 1),
    R(8541, "CoC: S&S use not shown to be reasonable & fair; over-representation of BAME / black people unexplained",
      "ACC Local Policing", "Jul 2018", "Closed by HMICFRS Nov 21.", 3, typ="CoC"),
    R(8542, "From July 2018 monitor S&S data: reasons for disproportionality; find rates by ethnicity & search type (drugs possession v supply); possession-only drug searches v priorities",
      "ACC Local Policing", "Jul 2018", "Monthly S&S disproportionality report live. Accepted by HMICFRS.", 4),
    R(8543, "Where disparities found, show public research/analysis of reasons & action taken to reduce",
      "ACC Local Policing", "Jul 2018", "Disparity analysis published on force website Jan 25 with action plan.", 3,
      fill="amber", note="manual amber fill left under the rule; code 3 so the rule shows green"),
    R(8544, "Publish S&S analysis & actions taken at least annually, from July 2018",
      "ACC Local Policing", "Jul 2019", "2023/24 annual report drafted, awaiting Legitimacy Board.", 2, tref=8545,
      note="reference typed 8545, which is the unconscious-bias training item"),
    R(8545, "All officers using S&S trained in unconscious bias & CoP APP on S&S (by July 18 & ongoing)",
      "Head of Learning & Development", "Jul 2018", "Training at 99% of S&S-trained officers; in annual refresher.", 3),
    R(None, "Local action: Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
      "Ch Supt Public Protection", "Jun 2025", "Task & Finish group has met twice; draft policy out for consultation.", 2,
      rep="Force improvement plan", typ="Local action", tref=None, own=True),
    R(8790, "Review detention of children with children's social care: detain only when necessary/min time; early assessment of need for alternative accomodation; record actions & decisions; timely appropriate adult",
      "Ch Insp Custody", "Feb 2019", "PACE beds protocol with LA not agreed; AA provision still a gap out of hours.", 1),
    R(9105, "CoC: capacity & capability to investigate crime effectively - failings in how crimes investigated",
      "Det Ch Supt Force CID", "Nov 2019", "Investigative standards programme phase 2.", 2),
    R(9106, "Immediately review officers' capabilities & capacity to manage investigative workload / understand demand & pressures",
      "Det Ch Supt Force CID", "Aug 2019", "Workload review complete & reported to FET. Submitted to HMICFRS for closure 12/02/25.", 4),
    R(9107, "Immediately improve supervison of investigations - plans set, reviewed & recorded; victims get consistently good service",
      "Det Ch Supt Force CID", "Aug 2019", "Supervisory review compliance 71% (target 90%).", 2),
    R(9108, "Develop understanding of links between outcomes, outputs & costs",
      "Director of Finance", "2020", "Outcome-based budgeting embedded.", 3),
    R(9109, "Undertake further work to understand current & future demand so resources matched to demand (FMS)",
      "Head of Corporate Development", "Mar 2020", "FMS 2025 in draft; demand model refresh with analytics team.", 2,
      typ="Recommendation", note="type typed as Recommendation; HMICFRS has an AFI"),
    R(9110, "All staff to have at least lowest level vetting clearance asap - clear backlog & renewals (national vetting guidelines)",
      "Head of Professional Standards", "Mar 2020", "Renewals backlog 212 - plan to clear by Sept 25.", 1),
    R(9111, "CoC: size of the vetting backlog",
      "Head of Professional Standards", "Mar 2020", "Superseded by PEEL 21/22 findings.", 3),
    R(None, "PEEL Legitimacy 2014: revise approach to cautions, cannabis warnings & PNDs - auditable explanation to offender; victim's views recorded before issue",
      "Head of Criminal Justice", "Mar 2015", "OOCD scrutiny panel reviews 40 cases a quarter.", 2,
      rep="PEEL Legit 14", typ="AFI", tref=4410, own=True,
      note="item from a report no longer on the register"),
    R(9420, "CDI: arrangements so that victims are believed at point of report; call handler/caller conversations summarised accurately in incident log",
      "Force Crime Registrar", "Dec 2019", "Victims believed campaign done; STORM log QA in place.", 3, part="1 of 2"),
    R(9420, "CDI (cont.): multiple crimes always recorded; stop waiting for medical/video interview results; online reports triaged on receipt",
      "Force Crime Registrar", "Dec 2019", "Online triage not yet resourced - bid in 25/26 growth.", 2, part="2 of 2"),
    R(9421, "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk (CDI 2019)",
      "Supt Contact Centre", "Sep 2019", "Contact centre THRIVE refresh complete; CDI re-audit passed.", 3),
    R(9422, "Record reports of RASSO accurately & without delay",
      "Force Crime Registrar", "Mar 2020", "RASSO recording audit quarterly; 91% compliance.", 2),
    R(10012, "By July 22 officers & staff have effective communication skills (National Policing Guidelines on Conflict Management) - in addition to existing training",
      "Head of Learning & Development", "Jul 2022", "Module in PST since Apr 23; all officers trained. Ready to move to GREEN status.", 3),
    R(10013, "By July 21 reinforce communication skills via CPD; supervisors debrief using BWV footage",
      "Head of Learning & Development", "Jul 2021", "Complete.", 3),
    R(10014, "By Sept 21: record entire S&S / traffic stop / use of force encounters on BWV; structured internal review of BWV samples; scrutiny panel access to BWV footage",
      "ACC Local Policing", "Sep 2021", "Panel access agreed; internal review process only in two LPAs so far.", 2),
    R(10015, "HO & NPCC to ensure quality of use of force in S&S data sufficient for publication (not for force)",
      "ACC Local Policing", "n/a", "Not the force's responsibility to deliver; dependent upon another organisation.", 5),
    R(10016, "By July 21 effective internal monitoring of use of force - identify/understand disproportionate use, explain, improve",
      "ACC Local Policing", "Jul 2021", "Use of force dashboard v2 in test.", 2),
]
# Rows added in January 2025 for the PEEL 2021/22 items: below the rules' "Applies to" range.
ADDED = [
    R(10840, "Confidential way for staff to raise concerns; staff aware of whistleblowing processes",
      "Head of Professional Standards", "Sep 2022", "Integrity line relaunched; awareness survey 78%. Evidence with HMICFRS FLL.", None,
      fill="green", note="below the CF range; green painted by hand, no code"),
    R(10841, "Review support for those who raised concerns & act so provisions suitable",
      "Director of People", "Mar 2023", "Review with staff networks started Feb 25.", None,
      fill="amber", note="below the CF range; amber painted by hand, no code"),
    R(10843, "Clear prevention strategy targeting people most at risk; activity prioritises them",
      "ACC Local Policing", "Dec 2022", "Strategy signed off at FET 12/02/25. Ready to move to GREEN status.", 3,
      note="below the CF range; code 3 entered but no rule reaches the row and no fill: shows no colour"),
    R(10844, "Immediately review background checks arrangements - suitable & sufficient checks to safeguard staff & communities",
      "Head of Professional Standards", "Jun 2022", "Completed. Closure confirmed by HMICFRS Dec 24.", None,
      fill="blue", note="below the CF range; blue painted by hand, no code"),
]

COLOURS = {"red": "#FF5B5B", "amber": "#FFC000", "green": "#00B050", "blue": "#00B0F0",
           "grey": "#A6A6A6"}
CODE_COLOUR = {1: "red", 2: "amber", 3: "green", 4: "blue", 5: "grey"}
DONE_COLOURS = {"green", "blue", "grey"}


def displayed(row, in_range):
    """What Excel shows in the RAG cell: (colour or None, text or '')."""
    c = row["code"]
    if in_range and isinstance(c, int) and c in CODE_COLOUR:
        return CODE_COLOUR[c], row["typed"] or ""
    return row["fill"], row["typed"] or ""


def force_state(row, in_range):
    """How a person decides the row's state, and why."""
    colour, typed = displayed(row, in_range)
    c = row["code"]
    if colour:
        state = "done" if colour in DONE_COLOURS else "open"
        how = f"RAG cell shows {colour}"
        if row["fill"] and in_range and isinstance(c, int):
            how += f" (rule from code {c} overrides the {row['fill']} fill left underneath)"
        elif not in_range:
            how += " (hand-painted fill; row is below the rules' range)"
        else:
            how += f" (code {c})"
        return state, how
    if typed:
        return "done", f"RAG cell shows no colour but has '{typed}' typed in it"
    if c == "G":
        return "done", ("RAG cell shows no colour; hidden code column holds 'G' typed over the "
                        "drop-down, and the update says complete, evidence filed")
    if c == 0:
        return "open", ("RAG cell shows no colour; hidden code is 0 (no rule) and the update "
                        "says 'Awaiting allocation': not started")
    if c == 3 and not in_range:
        return "done", ("RAG cell shows no colour because the row is below the rules' range; "
                        "hidden code is 3 (Green per the key) and the update says signed off, "
                        "ready to move to GREEN")
    raise ValueError(row)


# ---------------------------------------------------------------------------------------------
def build():
    os.makedirs(OUT, exist_ok=True)
    props = dict(title="", author="", company="", created=dt.datetime(2025, 3, 14, 9, 0, 0))

    # ---------------- HMICFRS export ----------------
    hm_sorted = sorted(H, key=lambda h: h[0])
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties(dict(props, author="HMICFRS", title="Recommendations export"))
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    cols = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Status date"]
    for j, c in enumerate(cols):
        ws.write(0, j, c, hdr)
    for j, w in enumerate([10, 22, 45, 12, 22, 90, 18, 12]):
        ws.set_column(j, j, w)
    hrow = {}
    for i, (ref, rep, typ, text, st, sd) in enumerate(hm_sorted):
        r = i + 1
        hrow[ref] = f"Recommendations!{r + 1}"
        ws.write_number(r, 0, ref, top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, REPORTS[rep][0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), dfmt)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), dfmt)
    ws.autofilter(0, 0, len(hm_sorted), len(cols) - 1)
    ws.freeze_panes(1, 0)
    wb.close()

    # ---------------- Force tracker ----------------
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties(dict(props, author="OL&A Team", title="HMICFRS tracker",
                           company="Staffordshire Police"))
    ws = wb.add_worksheet("Tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True})
    keyf = {k: wb.add_format({"bg_color": v, "border": 1, "font_size": 9, "text_wrap": True})
            for k, v in COLOURS.items()}
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cdate = wb.add_format({"num_format": "mmm yyyy", "valign": "top", "border": 1})
    rdate = wb.add_format({"num_format": "dd/mm/yy", "valign": "top", "border": 1})
    rag_plain = wb.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    rag_fill = {k: wb.add_format({"border": 1, "align": "center", "valign": "vcenter",
                                  "bg_color": v}) for k, v in COLOURS.items()}
    cf_fmt = {k: wb.add_format({"bg_color": v}) for k, v in COLOURS.items()}
    codef = wb.add_format({"align": "center"})
    bold = wb.add_format({"bold": True})

    ws.write(0, 0, "Staffordshire Police – HMICFRS Recommendations, AFIs & Causes of Concern Tracker", title)
    ws.write(1, 0, "Organisational Learning & Assurance Team · position at 14/03/2025 · for JAC 27/03/2025 · OFFICIAL", sub)
    ws.write(2, 0, "KEY:", bold)
    key = [("red", "1 = Red – not started / off track"),
           ("amber", "2 = Amber – in progress"),
           ("green", "3 = Green – complete, evidence held"),
           ("blue", "4 = Blue – submitted to HMICFRS / closure accepted"),
           ("grey", "5 = Grey – superseded / not for the force to deliver")]
    for j, (k, t) in enumerate(key):
        ws.write(2, 1 + j, t, keyf[k])
    ws.write(3, 0, "RAG column is colour only. Set the colour with the RAG code drop-down "
                   "(column M, hidden for printing). Please do not type in the RAG column.", sub)
    heads = ["No.", "Report", "Published", "Type", "HMICFRS ref",
             "Recommendation / AFI (summary)", "Lead officer", "Target date", "RAG",
             "Latest update", "Last reviewed", "Evidence ref", "RAG code"]
    HR = 4  # zero-based header row (Excel row 5)
    for j, h in enumerate(heads):
        ws.write(HR, j, h, hdr)
    for j, w in enumerate([5, 18, 10, 12, 9, 60, 20, 11, 6, 45, 10, 10, 6]):
        ws.set_column(j, j, w)
    ws.set_column(12, 12, 6, codef, {"hidden": True})

    rows = MAIN + ADDED
    first = HR + 1
    last_rule = first + len(MAIN) - 1  # zero-based last row the rules apply to
    frow = []
    review_base = dt.date(2025, 1, 6)
    for i, row in enumerate(rows):
        r = first + i
        ref = row["ref"]
        if ref is not None:
            hm = HBY[ref]
            rep_name = REPORTS[hm[1]][2]
            pub = REPORTS[hm[1]][1]
            typ = row["typ"] or {NAT: "National rec", REC: "Recommendation", AFI: "AFI",
                                 COC: "Cause of concern"}[hm[2]]
        else:
            rep_name, pub, typ = row["rep"], None, row["typ"]
        ws.write_number(r, 0, i + 1, cell)
        ws.write_string(r, 1, rep_name, cell)
        if pub:
            ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), cdate)
        else:
            ws.write_blank(r, 2, None, cell)
        ws.write_string(r, 3, typ, cell)
        if row["tref"] is not None:
            ws.write_number(r, 4, row["tref"], cell)
        else:
            ws.write_blank(r, 4, None, cell)
        txt = row["text"]
        ws.write_string(r, 5, txt, cell)
        ws.write_string(r, 6, row["lead"], cell)
        ws.write_string(r, 7, row["target"], cell)
        fmt = rag_fill[row["fill"]] if row["fill"] else rag_plain
        if row["typed"]:
            ws.write_string(r, 8, row["typed"], fmt)
        else:
            ws.write_blank(r, 8, None, fmt)
        ws.write_string(r, 9, row["update"], cell)
        rv = review_base + dt.timedelta(days=(i * 7) % 63)
        ws.write_datetime(r, 10, dt.datetime.combine(rv, dt.time()), rdate)
        ws.write_string(r, 11, f"EV/{(ref or 0) % 1000:03d}" if row["code"] in (3, 4) else "", cell)
        c = row["code"]
        if isinstance(c, int):
            ws.write_number(r, 12, c, codef)
        elif isinstance(c, str):
            ws.write_string(r, 12, c, codef)
        frow.append(f"Tracker!{r + 1}")
    # the conditional-format rules: colour the RAG cell (fill and font) from hidden M
    rng = f"I{first + 1}:I{last_rule + 1}"
    for code, k in CODE_COLOUR.items():
        ws.conditional_format(rng, {"type": "formula", "criteria": f"=$M{first + 1}={code}",
                                    "format": cf_fmt[k], "stop_if_true": True})
    ws.data_validation(f"M{first + 1}:M{last_rule + 1}",
                       {"validate": "list", "source": ["1", "2", "3", "4", "5"],
                        "error_type": "warning", "input_title": "RAG code",
                        "input_message": "1 Red, 2 Amber, 3 Green, 4 Blue, 5 Grey"})
    # totals (not items)
    tot = first + len(rows) + 1
    ws.write(tot, 5, "Totals by RAG code (col M)", bold)
    labels = ["Red", "Amber", "Green", "Blue", "Grey"]
    for j, code in enumerate(range(1, 6)):
        n = sum(1 for row in rows if row["code"] == code)
        ws.write_string(tot + 1 + j, 5, labels[j])
        ws.write_formula(tot + 1 + j, 6, f"=COUNTIF($M${first + 1}:$M${first + len(rows)},{code})",
                         None, n)
    ws.freeze_panes(HR + 1, 0)
    ws.autofilter(HR, 0, first + len(rows) - 1, len(heads) - 1)
    ws.set_landscape()
    ws.set_paper(8)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(HR)
    wb.close()

    # ---------------- truth ----------------
    truth = []
    seen = set()
    by_ref_rows = {}
    for i, row in enumerate(rows):
        if row["ref"] is not None:
            by_ref_rows.setdefault(row["ref"], []).append(i)
    for i, row in enumerate(rows):
        in_range = (first + i) <= last_rule
        state, how = force_state(row, in_range)
        fr = frow[i]
        if row["own"]:
            extra = f" ({row['note']})" if row["note"] else ""
            why = (f"force's own {row['typ'] if row['typ'].isupper() else row['typ'].lower()} under '{row['rep']}'{extra}; no register "
                   f"row has this text or subject; {how}")
            truth.append(("", fr, "not_on_hmicfrs_list", why))
            continue
        ref = row["ref"]
        hm = HBY[ref]
        hst = "closed" if hm[4] in CLOSED else "open"
        parts = by_ref_rows[ref]
        if len(parts) > 1:
            states = [force_state(rows[k], (first + k) <= last_rule)[0] for k in parts]
            item_state = "done" if all(s == "done" for s in states) else "open"
        else:
            item_state = state
        conflict = None
        n = row["note"]
        if "fourth bullet" in n:
            conflict = "tracker lists only three of the four bullets: performance and QA measures missing"
        elif "timescale" in n:
            conflict = "tracker says within 3 months, HMICFRS text says within six months"
        elif "reference typed" in n:
            conflict = ("text is plainly 8544 (publish analysis annually) but the tracker's ref "
                        "column says 8545, the unconscious-bias training item, which has its own row")
        elif "type typed" in n:
            conflict = "tracker calls it a Recommendation, HMICFRS lists an Area for improvement"
        elif "deadline" in n:
            conflict = "tracker deadline 31 Aug 2016, HMICFRS text says by 31 August 2015"
        if conflict:
            cat = "conflict"
        elif hst == "open" and item_state == "done":
            cat = "closeable_submit"
        elif hst == "closed" and item_state == "open":
            cat = "closeable_local"
        else:
            cat = "in_sync"
        match = (f"matched to {ref} by ref and text" if row["tref"] == ref
                 else f"matched to {ref} by text ({'no ref typed' if row['tref'] is None else 'ref differs'})")
        if ref in (4822, 9421):
            match += ("; the two call-handler THRIVE items (Core Business 4822 and CDI 2019 9421) "
                      "read alike, told apart by report and ref")
        if ref in (1205, 5110):
            match += ("; the two near-identical S&S code-of-practice items (2013 1205, 2015 5110) "
                      "told apart by report and 'elected local policing bodies' vs 'PCC'")
        why = f"{match}; HMICFRS '{hm[4]}' ({hst}); force {how} -> {state}"
        if row["part"]:
            why += (f"; split row {row['part']} of the item: the item is done only when both parts "
                    f"are, so it is {item_state}")
        if conflict:
            why += f"; conflict: {conflict}"
        truth.append((hrow[ref], fr, cat, why))
        seen.add(ref)
    for h in hm_sorted:
        if h[0] not in seen:
            truth.append((hrow[h[0]], "", "missing_from_force",
                          f"{h[0]} ({REPORTS[h[1]][2]}, '{h[4]}') has no row in the tracker: no "
                          f"ref, and no row covers its text"))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    return rows, truth, first, last_rule, tot


README = '# rag_colour_from_hidden_code\n\n## Story\n\nStaffordshire Police\'s Organisational Learning & Assurance team keeps the force\'s HMICFRS\ntracker in one workbook and prints it on A3 for the Joint Audit Committee. To save width on\nthe print, the team turned the old RAG drop-down into a **colour-only** column: the RAG cell\n(column I) holds no value at all. Its colour comes from five conditional-format rules that read\na helper column M ("RAG code", a 1–5 drop-down) which is **hidden** so that it does not print.\nThe totals under the table count the codes in M with COUNTIF. Over time the sheet picked up the\nmarks this route leaves: fills painted by hand before the rules existed (still there underneath\nthe rules), a word typed into the colour column, codes typed over the drop-down, and four rows\nadded in January 2025 for the PEEL 2021/22 items that sit **below** the rules\' "Applies to"\nrange, so the rules never reach them; whoever added them painted most of them by hand.\nThe HMICFRS side is the register\'s ordinary xlsx export of the definitive list (60 items).\n\n## Files\n\n- `hmicfrs.xlsx`: sheet `Recommendations`, header row 1, items rows 2–61 (60 items, sorted by\n  Reference). Columns: Reference (register integer), Force, Report (full HMICFRS title),\n  Publication date (date, dd/mm/yyyy), Type (Recommendation / Area for improvement / Cause of\n  concern / National recommendation), Recommendation (verbatim, with line breaks, bullets,\n  curly quotes and stray footnote digits "and 20", "intelligence 86"), Status (Awaiting review,\n  Being progressed, Complete, Superseded, No further action required), Status date.\n- `tracker.xlsx`: sheet `Tracker`. Row 1 title, row 2 team / position date / JAC date, row 3\n  colour key (B3:F3 filled with the five colours and their meaning: 1 Red not started/off track,\n  2 Amber in progress, 3 Green complete evidence held, 4 Blue submitted to HMICFRS / closure\n  accepted, 5 Grey superseded / not for the force), row 4 instruction ("RAG column is colour\n  only … column M, hidden for printing"), row 5 header, item rows 6–65 (60 rows), row 66 blank,\n  rows 67–72 totals. Columns: A No. (running number, not a reference), B Report (the force\'s own\n  short name, e.g. "PEEL Eff 17", "Stolen Freedom (MSHT) 2017"), C Published (date shown\n  "mmm yyyy"), D Type (National rec / Recommendation / AFI / Cause of concern / CoC / Local\n  action / Audit action), E HMICFRS ref (integer; blank for reports before 2016, the column was\n  added in 2017), F Recommendation / AFI (summary) (the force\'s own shortened wording), G Lead\n  officer, H Target date (text), **I RAG (empty; colour only)**, J Latest update, K Last\n  reviewed (date), L Evidence ref, **M RAG code (hidden column)**.\n  Conditional formatting on I6:I61: `=$M6=1` red FF5B5B, `=$M6=2` amber FFC000, `=$M6=3`\n  green 00B050, `=$M6=4` blue 00B0F0, `=$M6=5` grey A6A6A6 (each Stop If True). Data\n  validation on M6:M61: list 1,2,3,4,5, error style Warning (so other values can be typed).\n  Totals G68:G72 are `=COUNTIF($M$6:$M$65,n)` with cached values.\n\n## What a person sees, and how the truth reads each RAG cell\n\nThe rule wins over a manual fill wherever it matches; a manual fill shows only where no rule\nmatches. Green, Blue and Grey are done; Red and Amber open; no colour at all is read from what\nthe row itself says.\n\n- Rows 6–61 with a numeric code 1–5: the rule\'s colour (the ordinary case).\n- Row 13 (2873): code 3 over a **red** manual fill → shows green → done.\n- Row 18 (6121): code 2 over a **green** manual fill → shows amber → open (a fill reader says\n  green: wrong).\n- Row 40 (8543): code 3 over an **amber** manual fill → shows green → done.\n- Row 16 (5544): no code; "Complete" typed into the colour column → done.\n- Row 27 (8204): "G" typed in M over the drop-down; no rule matches, no colour shows; the\n  analyst unhides M, reads G (Green) and the update "Complete - … evidence pack filed" → done.\n- Row 29 (8206): code 0 typed; no rule, no colour; update "Awaiting allocation" → open.\n- Rows 62–65 (PEEL 2021/22, added Jan 2025) are outside I6:I61 and outside the validation:\n  row 62 green painted by hand (no code) → done; row 63 amber painted (no code) → open;\n  row 65 blue painted (no code) → done; row 64 has code 3 in M but **no colour at all** (no\n  rule reaches it, no fill); the key says 3 = Green and the update says "Strategy signed off\n  … Ready to move to GREEN status" → done.\n- The key cells B3:F3 are coloured with static fills and words: not items.\n- The COUNTIF totals disagree with what is on screen (they miss "G", the typed "Complete" and\n  the hand-painted rows, and count row 64\'s 3): the totals are not used for the truth.\n\n## Other traps and how the truth decides them\n\n- Refs: rows for pre-2016 reports have no HMICFRS ref (matched by text and report).\n- Near-duplicate texts in different reports: S&S 2013 1205 ("elected local policing bodies",\n  Superseded, tracker grey) vs S&S 2 2015 5110 ("police and crime commissioners", open, tracker\n  amber), rows 8 and 9; Core Business 4822 vs CDI 2019 9421 (both "call-handlers … criteria …\n  threat, harm and risk"), rows 14 and 55: told apart by report name.\n- Split: CDI 2019 9420 (five bullets) is split over rows 53 (bullets 1–2, green) and 54 (bullets\n  3–5, amber): the item is open, HMICFRS open → both rows in_sync.\n- Conflicts: row 15 (902) deadline "By 31 Aug 2016" vs "By 31 August 2015"; row 30 (8310) three\n  of the four bullets (performance and QA measures missing); row 31 (8311) "Within 3 months" vs\n  "Within six months"; row 41 (8544) ref typed 8545, which is the unconscious-bias training item\n  (row 42 also carries 8545, correctly); row 49 (9109) typed "Recommendation", HMICFRS has an\n  Area for improvement.\n- Force-only rows (not_on_hmicfrs_list): row 22 JAC internal-audit action, row 43 local Task &\n  Finish action, row 52 an AFI from PEEL Legitimacy 2014 with ref 4410, which is not on the list.\n- Missing from the tracker: 2871 (austerity, <10% collaboration), 4823 (Core Business crime\n  prevention recording), 8791 (custody 2018 AFI, mental ill health), 10842 (PEEL 2021/22 equality\n  and diversity data).\n- Grey (code 5) counts as done: row 8 (1205 Superseded) and row 60 (10015, Home Office/NPCC, not\n  for the force; HMICFRS No further action required) → in_sync.\n- Blue (code 4) counts as done (submitted for closure): rows 10 (2321) and 46 (9106) → \n  closeable_submit against open HMICFRS items.\n\n## Counts\n\nCOUNTS\n\nTotal truth lines: TOTAL (60 force rows, 60 HMICFRS items; 9420 appears twice).\nNo `review` lines: every pair is decidable by text, report and ref.\n\n## Rows that are not items\n\n- hmicfrs.xlsx: row 1 (header).\n- tracker.xlsx: rows 1–2 (title, position line), row 3 (colour key, static fills), row 4\n  (instruction note), row 5 (header), row 66 (blank), row 67 ("Totals by RAG code (col M)"),\n  rows 68–72 (COUNTIF totals per colour).\n\n## Checks run\n\n- Every tracker row 6–65 appears in truth.csv exactly once; every HMICFRS row 2–61 at least once\n  (9420 twice, for the split).\n- Both files read back with pandas (`read_excel`, header=0 and header=4) and openpyxl; with\n  openpyxl confirmed column M hidden, the five rules on I6:I61 with their formulas and fills,\n  the validation on M6:M61, the manual fills and stray codes on the rows listed above.\n- Built twice: all four files identical by SHA-256 (fixed document properties, XlsxWriter\'s\n  fixed 1980 zip timestamps, no clock).\n- `reconcile` was not run or imported.\n'


def write_readme(truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    lines = "\n".join(f"- {k}: {cnt.get(k, 0)}" for k in order)
    text = README.replace("COUNTS", lines).replace("TOTAL", str(len(truth)))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    rows, truth, first, last_rule, tot = build()
    write_readme(truth)
    from collections import Counter
    print(Counter(t[2] for t in truth), len(truth))
    print("items rows", first + 1, "to", first + len(rows), "rules to", last_rule + 1, "totals at", tot + 1)
