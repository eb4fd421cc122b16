"""Build the evaluation case `numbered_stages_lists_dropdown` for `reconcile`.

HMICFRS side: a definitive-list export (hmicfrs.xlsx, one sheet, title rows above the header).
Force side: West Mercia Police's tracker (tracker.xlsx) whose status column is a numbered
workflow stage chosen from a drop-down fed by a "Lists" sheet, with hand-typed stages outside
the drop-down and rows migrated from an older tracker that still carry the old status words.

Run:  /work/main/.venv/bin/python /tmp/indep77/build_numbered_stages_lists_dropdown.py
Deterministic: no clock, no randomness, fixed document properties; XlsxWriter writes fixed
zip timestamps.
"""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import datetime

import xlsxwriter

CASE = "numbered_stages_lists_dropdown"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "West Mercia Police"
FIXED_CREATED = datetime(2024, 9, 30, 8, 15, 0)


def D(y, m, d):
    return datetime(y, m, d)


# --------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from the project's text
# lists (casegen/texts/national.py, force.py, tracker.py) and /work/shared/data.
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PICT = "Building the picture: an inspection of police information management"
R_EFF15 = "PEEL: Police efficiency 2015 – West Mercia Police"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_CDI16 = "Crime data integrity inspection 2016 – West Mercia Police"
R_EFFV16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFF17 = "PEEL: Police efficiency 2017 – West Mercia Police"
R_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_LEG17WM = "PEEL: Police legitimacy 2017 – West Mercia Police"
R_NCPI = "National child protection inspection 2018 – West Mercia Police"
R_PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_PEEL22 = "PEEL 2021/22 – An inspection of West Mercia Police"

# key: (id, report, published, type, text, status, status date)
H = {
    "sas13a": (1012, R_SAS13, D(2013, 7, 9), NAT,
               "Chief Constables and the College of Policing should establish in the Stop and "
               "Search Authorised Professional Practice document a clear specification of what "
               "constitutes the effective and fair exercise of stop and search powers, and "
               "guidance in this respect. This should be compliant with the Code of Practice.",
               "Awaiting review", D(2019, 1, 14)),
    "sas13b": (1013, R_SAS13, D(2013, 7, 9), NAT,
               "Chief Constables should establish or improve monitoring of the way officers stop "
               "and search people, so that they can be satisfied their officers are acting in "
               "accordance with the law (including equality legislation and the Code of "
               "Practice), and that the power is used effectively to prevent crime, catch "
               "criminals and maintain public trust.",
               "Complete", D(2018, 4, 27)),
    "sas13c": (1014, R_SAS13, D(2013, 7, 9), NAT,
               "Chief Constables should, in consultation with elected local policing bodies, "
               "ensure that they comply with the code of practice by explaining to the public "
               "the way stop and search powers are used in their areas and by making "
               "arrangements for stop and search records to be scrutinised by community "
               "representatives. This should be done in a way that involves those people who "
               "are stopped and searched, for example, young people.",
               "Superseded", D(2015, 3, 24)),
    "every": (2321, R_EVERY, D(2014, 3, 27), NAT,
              "By September 2014, every police force in England and Wales should establish and "
              "publish an action plan that specifies in detail what steps it will take to "
              "improve its approach to domestic abuse.\n\nThis action plan should be "
              "developed:\n\n• in consultation with police and crime commissioners, domestic "
              "abuse support organisations and victims' representatives;\n• after close "
              "consideration of all the recommendations in this report;\n• with reference to "
              "all relevant domestic homicide reviews and IPCC findings, whether in connection "
              "with the force in question or another force; and 20\n• drawing on relevant "
              "knowledge acquired or available from other sources such as CPS scrutiny panels "
              "and MARAC self-assessments.",
              "Superseded", D(2017, 3, 2)),
    "aust1": (2480, R_AUST, D(2014, 7, 22), NAT,
              "All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
              "No further action required", D(2017, 11, 9)),
    "aust2": (2481, R_AUST, D(2014, 7, 22), NAT,
              "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve on "
              "this position. HMIC will follow up the assessments in the autumn.",
              "No further action required", D(2017, 11, 9)),
    "aust3": (2482, R_AUST, D(2014, 7, 22), NAT,
              "Chief Constables and PCCs in forces that are planning to reduce the proportion of "
              "their workforce and/or police officers on the front line should assess whether "
              "they have taken the decisive action seen in many forces in order to maintain "
              "their crime fighting capacity. HMIC will follow up the assessments in the "
              "autumn.",
              "No further action required", D(2017, 11, 9)),
    "aust4": (2483, R_AUST, D(2014, 7, 22), NAT,
              "In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved capability "
              "and capacity through joint working with other forces, the public and/or the "
              "private sector.",
              "No further action required", D(2017, 11, 9)),
    "core1": (4821, R_CORE, D(2014, 9, 4), NAT,
              "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
              "Complete", D(2016, 6, 20)),
    "core2": (4822, R_CORE, D(2014, 9, 4), NAT,
              "By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
              "Being progressed", D(2023, 5, 11)),
    "integ": (902, R_INTEG, D(2015, 1, 30), NAT,
              "By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers and "
              "staff resulting in “no further action” are fair and free of any form of "
              "discrimination.",
              "Being progressed", D(2022, 10, 3)),
    "sas15": (5230, R_SAS15, D(2015, 3, 24), NAT,
              "Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public the "
              "way stop and search powers are used in their areas and by making arrangements "
              "for stop and search records to be scrutinised by community representatives. This "
              "should be done in a way that involves those people who are stopped and searched, "
              "for example young people.",
              "Awaiting review", D(2015, 3, 24)),
    "pict": (5611, R_PICT, D(2015, 7, 1), NAT,
             "By 30 November 2015, chief constables should put in place arrangements to "
             "scrutinise audits of compliance with the APP on information management through "
             "the force information management governance structure. This should include "
             "measures to ensure that categorisation of records are regularly adjusted.",
             "Complete", D(2024, 2, 19)),
    "eff15a": (5804, R_EFF15, D(2015, 10, 15), AFI,
               "The force should undertake further work to gain a fuller understanding of "
               "current demand for its services, and likely future changes in demand. This is so "
               "it can make best use of its resources by matching them to demand to meet the "
               "needs of the public",
               "Complete", D(2018, 8, 30)),
    "eff15b": (5805, R_EFF15, D(2015, 10, 15), AFI,
               "The force should develop its understanding of the links between its outcomes, "
               "outputs and costs",
               "Being progressed", D(2021, 1, 12)),
    "eff15c": (5806, R_EFF15, D(2015, 10, 15), AFI,
               "The force should develop a future workforce plan that is aligned with its overall "
               "demand and budget. The plan should include future resource allocations, the mix "
               "of skills required by the workforce and behaviours expected of them.",
               "Being progressed", D(2021, 1, 12)),
    "fire1": (6101, R_FIRE, D(2015, 9, 15), NAT,
              "Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the governance "
              "standards are not being complied with should put in place immediately the correct "
              "arrangements and procedures in order to meet the standards in full.",
              "Complete", D(2016, 11, 7)),
    "fire2": (6102, R_FIRE, D(2015, 9, 15), NAT,
              "Within three months, all chief constables should assess the demand placed on "
              "their firearms licensing department and ensure it has the capacity to meet this "
              "demand and provide an efficient and effective service at all times.",
              "Complete", D(2016, 11, 7)),
    "fire3": (6103, R_FIRE, D(2015, 9, 15), NAT,
              "Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.",
              "Being progressed", D(2020, 7, 1)),
    "fire4": (6104, R_FIRE, D(2015, 9, 15), NAT,
              "Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home Office "
              "guidance; that temporary permits are properly recorded without delay on the "
              "National Firearms Licensing Management System; and that effective systems exist "
              "to ensure certificate holders are not permitted, at any time, to remain in "
              "unlawful possession of a firearm.",
              "Being progressed", D(2020, 7, 1)),
    "fire5": (6105, R_FIRE, D(2015, 9, 15), NAT,
              "Within three months, all chief constables should ensure that systems designed to "
              "identify, prior to police attendance, whether a reported incident involves or is "
              "at the address of a firearm certificate holder are in place and are always "
              "applied by staff dispatching officers to incidents; and that officers understand "
              "the risk assessment which they should be undertaking in such circumstances, and "
              "their power, when appropriate, to seize firearms and firearm certificates.",
              "Complete", D(2018, 3, 5)),
    "cdi": (7215, R_CDI16, D(2016, 8, 25), REC,
            "Within six months the force should put in place arrangements to ensure that:\n• at "
            "the point of report, victims are believed;\n• conversations between the call "
            "handlers and callers are summarised accurately in the incident log, thus providing "
            "attending officers with full facts on which to base crime-recording decisions;\n• "
            "multiple crimes are always recorded when described within incident records or "
            "identified as part of other recorded crime investigations;\n• the practice of "
            "awaiting the results of medical examinations or video interviews before making "
            "crime-recording decisions is stopped; and\n• online reports of crime are triaged "
            "at the point of receipt to ensure any ongoing risks to the victim or the wider "
            "public are identified and appropriately managed.",
            "Being progressed", D(2019, 6, 4)),
    "da_coc": (7601, R_EFFV16, D(2017, 3, 2), COC,
               "The force’s current approach to domestic abuse is unacceptable. The proportion of "
               "victims who fail to support the investigation and the low use of police powers "
               "of arrest and prosecution is a cause of concern to HMIC.",
               "Being progressed", D(2019, 6, 4)),
    "da1": (7602, R_EFFV16, D(2017, 3, 2), REC,
            "In order to improve the service it provides to victims of domestic abuse, offer the "
            "best possible protection and bring more perpetrators to justice, the force should "
            "immediately consider ways of increasing the use of arrest, ancillary orders and "
            "other available powers.",
            "Complete", D(2019, 6, 4)),
    "da2": (7603, R_EFFV16, D(2017, 3, 2), REC,
            "To improve the service provided to victims of domestic abuse the force should "
            "immediately take steps to understand and address the reason behind why such a high "
            "proportion of victims of domestic abuse do not support the police investigation.",
            "Being progressed", D(2019, 6, 4)),
    "da3": (7604, R_EFFV16, D(2017, 3, 2), REC,
            "In addition, the practice of conducting domestic abuse risk assessments over the "
            "telephone and dealing with domestic abuse in the resolution centre should cease",
            "Complete", D(2018, 2, 22)),
    "mc_coc": (7605, R_EFFV16, D(2017, 3, 2), COC,
               "The force’s response to missing and absent children is a cause of concern to "
               "HMIC. HMIC found that the assessment of risk for children who go missing from "
               "home was inappropriate in some cases. We found some instances where children "
               "were classed as ‘absent’ when they should have been recorded as ‘missing’, and "
               "risk levels for missing children were sometimes incorrectly assessed at a lower "
               "grade. We also found incidents where the risk had not been identified, even "
               "where good information was available on the police database. In some cases there "
               "was information to indicate that children were at risk of sexual exploitation, "
               "but this did not influence the assigned risk and categorisation. Children were "
               "incorrectly graded at a lower level and could have been exposed to an increased "
               "risk of harm. This is an enduring cause of concern from HMIC’s report on "
               "vulnerability in 2015.",
               "Complete", D(2019, 6, 4)),
    "mc1": (7606, R_EFFV16, D(2017, 3, 2), REC,
            "To address this cause of concern the force should immediately review its approach "
            "to reports of missing children and take steps to ensure that:\n• call takers "
            "understand and use the missing and absent category appropriately; • call takers and "
            "frontline staff have the necessary knowledge to identify risk factors associated "
            "with child sexual exploitation and how to respond to such cases; and • supervisors "
            "provide the correct oversight of missing person enquiries and direct appropriate "
            "and timely investigative and safeguarding action",
            "Complete", D(2019, 6, 4)),
    "sf1": (8201, R_STOLEN, D(2017, 10, 24), NAT,
            "Within twelve months, forces should review their leadership and governance "
            "arrangements for modern slavery and human trafficking, to ensure that:\n• senior "
            "leaders prioritise the response to modern slavery and human trafficking;\n• every "
            "incident of modern slavery identified to police is allocated appropriate resources "
            "with the skills, experience and capacity to investigate it effectively;\n• forces "
            "develop effective partnership arrangements to co-ordinate activity in order to "
            "share information and safeguard victims; and\n• performance and quality assurance "
            "measures are in place to allow senior leaders to assess the nature and quality of "
            "the service provided to victims.",
            "Being progressed", D(2021, 9, 14)),
    "sf2": (8202, R_STOLEN, D(2017, 10, 24), NAT,
            "Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 and "
            "in order to safeguard victims better and to identify suspects as early as possible",
            "Being progressed", D(2021, 9, 14)),
    "sf3": (8203, R_STOLEN, D(2017, 10, 24), NAT,
            "Immediately, forces should ensure that all victims carrying out criminal acts under "
            "compulsion attributable to slavery or exploitation are afforded the protection of "
            "early and continuing consideration of the applicability of the section 45 defence.",
            "Complete", D(2021, 9, 14)),
    "sf4": (8204, R_STOLEN, D(2017, 10, 24), NAT,
            "Immediately, forces should take steps to ensure they are fully compliant with the "
            "NRM process as it evolves and are implementing the requirement placed upon them "
            "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
            "suspected to be an adult victim of modern slavery or human trafficking.",
            "Being progressed", D(2021, 9, 14)),
    "sf5": (8205, R_STOLEN, D(2017, 10, 24), NAT,
            "Immediately, forces should take steps to ensure they fully comply with national "
            "crime recording standard (NCRS) requirements for offences identified as modern "
            "slavery and human trafficking and that sufficient audit capacity is available to "
            "the force crime registrar to provide reassurance that each force is identifying and "
            "managing any gaps in its crime-recording accuracy for these types of offences.",
            "Awaiting review", D(2017, 10, 24)),
    "sf6": (8206, R_STOLEN, D(2017, 10, 24), NAT,
            "Immediately, forces should ensure that allegations or indications of modern slavery "
            "and human trafficking are thoroughly investigated and effectively supervised by "
            "teams and individuals with the skills and experience to undertake them (this should "
            "include the use where appropriate of joint intelligence teams and other means to "
            "obtain intelligence and evidence from agencies overseas).",
            "Being progressed", D(2021, 9, 14)),
    "sf7": (8207, R_STOLEN, D(2017, 10, 24), NAT,
            "Immediately, forces should review their use of preventative powers under the Modern "
            "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
            "deemed to pose a clear threat to others in respect of modern slavery and human "
            "trafficking offences are exploited.",
            "Being progressed", D(2021, 9, 14)),
    "efc17": (8398, R_EFC17, D(2017, 11, 9), NAT,
              "By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should support "
              "the development of these plans by establishing a national framework which allows "
              "for the provision of digitally enabled services across force boundaries.",
              "Complete", D(2020, 2, 17)),
    "ctrl": (8412, R_EFF17, D(2017, 11, 9), AFI,
             "The force should ensure that it has sufficient resources available in the control "
             "room to fulfil its resourcing model, and so to meet its demand, while also taking "
             "into account the wellbeing of its workforce.",
             "Being progressed", D(2021, 1, 12)),
    "leg_coc": (8541, R_LEG17, D(2017, 12, 12), COC,
                "HMICFRS is concerned that forces are not able to demonstrate that the use of "
                "stop and search powers is consistently reasonable and fair. In particular, there "
                "is over-representation of BAME people, and black people in particular, in stop "
                "and search data which many forces are unable to explain.",
                "Being progressed", D(2022, 10, 3)),
    "leg1": (8542, R_LEG17, D(2017, 12, 12), NAT,
             "By July 2018, all police forces across England and Wales should be regularly and "
             "frequently monitoring a comprehensive set of data and information on use of stop "
             "and search powers to understand:\n•the reasons for any disproportionate "
             "representation of different ethnic groups in the use of stop and search; •the "
             "extent to which find rates differ between people from different ethnicities, and "
             "across different types of searches (including separate identification of find "
             "rates for drug possession and supply-type offences); and •the prevalence of "
             "possession-only drug searches, and the extent to which these align with local or "
             "force level priorities.",
             "Being progressed", D(2022, 10, 3)),
    "leg2": (8543, R_LEG17, D(2017, 12, 12), NAT,
             "Where forces identify disparities through monitoring, they should demonstrate to "
             "the public that they have:\n•carried out research and analysis in an attempt to "
             "understand the reasons for the disparity, and •taken action to reduce the "
             "disparity, where necessary;",
             "Being progressed", D(2022, 10, 3)),
    "leg3": (8544, R_LEG17, D(2017, 12, 12), NAT,
             "We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.",
             "Awaiting review", D(2017, 12, 12)),
    "leg4": (8545, R_LEG17, D(2017, 12, 12), NAT,
             "By July 2018, and ongoing following that date, forces should ensure that all "
             "officers who use stop and search powers have been provided with, and understand, "
             "training on unconscious bias and College of Policing APP on stop and search.",
             "Complete", D(2022, 10, 3)),
    "vet_coc": (8560, R_LEG17WM, D(2017, 12, 12), COC,
                "The size of the vetting backlog within West Mercia Police is a cause of "
                "concern.",
                "Being progressed", D(2020, 3, 9)),
    "vet1": (8561, R_LEG17WM, D(2017, 12, 12), REC,
             "The force should ensure all staff have received at least the lowest level of "
             "vetting clearance for their roles as quickly as possible, working to clear both "
             "the vetting backlog and new vetting renewals when they become due so that it "
             "complies fully with the national vetting guidelines.",
             "Being progressed", D(2020, 3, 9)),
    "ncpi": (8790, R_NCPI, D(2018, 6, 28), REC,
             "Within six months West Mercia Police should, in conjunction with children’s social "
             "care services, review how it manages the detention of children. As a minimum it "
             "should:• ensure that all children are only detained when absolutely necessary and "
             "for the absolute minimum amount of time;• ensure that officers and staff in the "
             "custody suite assess at an early stage a child’s need for alternative "
             "accommodation (secure or otherwise) and work with children’s social care services "
             "to achieve the most appropriate option for the child;• ensure that custody staff "
             "comply with their statutory duties to complete detention certificates if a child "
             "is detained for any reason in police custody following charge;• ensure that "
             "custody staff make a record of all actions taken and decisions made on the "
             "relevant documentation; and• improve the timeliness of adequate appropriate adult "
             "support for children who are arrested.",
             "Being progressed", D(2020, 11, 23)),
    "p19_cocA": (9101, R_PEEL19, D(2019, 5, 2), COC,
                 "The force does not have suitable arrangements in place to make sure it can "
                 "maintain the full range of public services when its alliance with Warwickshire "
                 "Police ends. There are gaps in its workforce skills assessment, and weaknesses "
                 "in both its investigative approach and its approach to safeguarding vulnerable "
                 "people.",
                 "Being progressed", D(2023, 5, 11)),
    "p19_a1": (9102, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately:agree arrangements with "
               "Warwickshire Police to secure a smooth transition to its future operating model, "
               "ensuring no disruption to public services; and",
               "Complete", D(2021, 1, 12)),
    "p19_a2": (9103, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately:clearly define its new "
               "operating model, ensuring all operational and support services are affordable "
               "and fit to protect the communities of West Mercia;",
               "Complete", D(2021, 1, 12)),
    "p19_a3": (9104, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately: expand the skills project "
               "work to include an assessment of all skills, not only operational, including "
               "potential future skills requirements. This assessment should inform workforce "
               "plans;",
               "Being progressed", D(2023, 5, 11)),
    "p19_a4": (9105, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately: conduct a review, involving "
               "its partners, of the approach to vulnerability to better safeguard vulnerable "
               "people.",
               "Being progressed", D(2023, 5, 11)),
    "p19_a5": (9106, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately:improve its arrangements both "
               "to consult with the public about business planning and to feed back on changes "
               "made to service delivery as a result of such consultation.",
               "Being progressed", D(2023, 5, 11)),
    "p19_cocB": (9107, R_PEEL19, D(2019, 5, 2), COC,
                 "The force does not have the capacity or capability to investigate crime "
                 "effectively and this is affecting the service being provided to the public. "
                 "There are failings in the way that crimes are being investigated.",
                 "Being progressed", D(2023, 5, 11)),
    "p19_b1": (9108, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that the force should immediately: conduct a review of officers’ "
               "capabilities and capacity to manage their investigative workload, to better "
               "understand investigative demand and the pressures placed upon them; and",
               "Being progressed", D(2023, 5, 11)),
    "p19_b2": (9109, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that within six months the force should: ensure regular and "
               "active supervision of the quality and progress of investigations. This "
               "supervision should be properly recorded;",
               "Awaiting review", D(2019, 5, 2)),
    "p19_b3": (9110, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that within six months the force should: improve its ability to "
               "retrieve digital evidence from mobile phones, computers and other electronic "
               "devices quickly enough to ensure investigations are not delayed;",
               "Being progressed", D(2023, 5, 11)),
    "p19_b4": (9111, R_PEEL19, D(2019, 5, 2), REC,
               "HMIC recommends that within six months the force should: improve its "
               "understanding of suspects released under investigation and the management of "
               "those released on bail;",
               "Being progressed", D(2023, 5, 11)),
    "p19_afi": (9112, R_PEEL19, D(2019, 5, 2), AFI,
                "The force should improve its use of its crime-recording and management system "
                "to better manage its case files and investigative processes.",
                "Being progressed", D(2023, 5, 11)),
    "pow1": (11401, R_POWERS, D(2021, 2, 26), NAT,
             "By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict management "
             "and de-escalation.",
             "Being progressed", D(2023, 8, 1)),
    "pow2": (11402, R_POWERS, D(2021, 2, 26), NAT,
             "By July 2021, forces should ensure that communication skills are reinforced as "
             "part of the programme of continuing professional development for officers and "
             "staff, and that supervisors are supported to routinely and frequently debrief "
             "officers on these skills using body-worn video footage.",
             "Being progressed", D(2023, 8, 1)),
    "pow3": (11403, R_POWERS, D(2021, 2, 26), NAT,
             "By September 2021, forces should: ensure that officers record on body-worn video "
             "(when this is available) the entirety of all stop and search encounters, including "
             "traffic stops and use of force incidents.\nhave a structured process for regularly "
             "reviewing and monitoring internally a sufficient sample of body-worn video footage "
             "to identify and disseminate learning and hold officers to account when behaviour "
             "falls below acceptable standards.\nprovide external scrutiny panel members with "
             "access to samples of body-worn video footage showing stop and search encounters "
             "and use of force incidents, taking account of the safeguards in the College of "
             "Policing’s Authorised Professional Practice.",
             "Being progressed", D(2023, 8, 1)),
    "pow4": (11404, R_POWERS, D(2021, 2, 26), NAT,
             "The Home Office and the NPCC should take steps to ensure that the quality of the "
             "data collected on the number of incidents where force has been used to effect a "
             "stop and search is sufficient for publication. The Home Office should publish this "
             "data as soon as possible.",
             "No further action required", D(2021, 2, 26)),
    "pow5": (11405, R_POWERS, D(2021, 2, 26), NAT,
             "By July 2021, forces should ensure they have effective internal monitoring "
             "processes on the use of force, to help them to identify and understand "
             "disproportionate use, explain the reasons and implement any necessary improvement "
             "action.",
             "Complete", D(2023, 8, 1)),
    "p22_1": (12601, R_PEEL22, D(2022, 4, 12), AFI,
              "The force should improve its understanding of the nature and scale of county "
              "lines drug dealing in its area.",
              "Being progressed", D(2024, 3, 18)),
    "p22_2": (12602, R_PEEL22, D(2022, 4, 12), AFI,
              "The force should make sure victims of stalking and harassment are kept informed "
              "about the progress of their case, in line with the Code of Practice for Victims "
              "of Crime.",
              "Awaiting review", D(2024, 9, 2)),
    "p22_3": (12603, R_PEEL22, D(2022, 4, 12), AFI,
              "The force should improve the timeliness of its response to calls for service "
              "involving vulnerable adults.",
              "Being progressed", D(2024, 3, 18)),
    "p22_4": (12604, R_PEEL22, D(2022, 4, 12), AFI,
              "The force should make sure it records reports of anti-social behaviour accurately "
              "and without delay.",
              "Complete", D(2024, 3, 18)),
    "p22_5": (12605, R_PEEL22, D(2022, 4, 12), AFI,
              "The force should make sure its performance framework gives senior leaders a clear "
              "picture of its response to violence against women and girls.",
              "Being progressed", D(2024, 3, 18)),
}

#: HMICFRS items with no force row: key -> why.
MISSING = {
    "sas13a": "No tracker row holds the 2013 APP-specification recommendation (Chief Constables "
              "and the College of Policing to set out fair and effective stop and search in APP); "
              "the two Stop & Search 2013 rows are monitoring and community scrutiny. HMICFRS "
              "still has it Awaiting review.",
    "leg3": "Nothing in the tracker about publishing the stop and search analysis annually from "
            "July 2018; the PEEL Legit 17 rows cover the CoC, monitoring, disparities and "
            "training only.",
    "vet_coc": "The force tracks the vetting recommendation (under a wrong ref) but has no row for "
               "the vetting-backlog cause of concern itself, unlike the other causes of concern "
               "it tracks as their own rows.",
    "pow4": "Addressed to the Home Office and NPCC, not forces; HMICFRS lists it as No further "
            "action required and the force never tracked it. Still absent from the tracker, so "
            "missing_from_force (low risk: nothing for the force to do).",
    "p22_2": "New on the list (status dated 02/09/2024): the stalking and harassment "
             "victim-updates AFI from PEEL 2021/22 is not among the tracker's PEEL 21/22 rows.",
}

# --------------------------------------------------------------------------------------------
# The force's numbered workflow stages (the Lists sheet) and the analyst's reading of them.
# --------------------------------------------------------------------------------------------
STAGES = [
    ("1 - Allocated",
     "Recommendation received and allocated to a chief officer and a lead."),
    ("2 - Action plan agreed",
     "Lead's action plan agreed by the chief officer; actions and target date set."),
    ("3 - In progress",
     "Actions under way; lead gives a monthly update."),
    ("4 - Evidence submitted",
     "Lead reports all actions complete and has uploaded the closure evidence for review at the "
     "Inspection Assurance Board (IAB)."),
    ("5 - Closed (force)",
     "Signed off by the chief officer at IAB; closure proposed to HMICFRS via the FLL / "
     "monitoring portal."),
    ("6 - Closed (HMICFRS confirmed)",
     "HMICFRS has confirmed the closure on the monitoring portal. No further action."),
    ("7 - Superseded / transferred",
     "Replaced by a later HMICFRS recommendation or moved into another improvement plan; no "
     "further action on this row."),
]
TYPES = ["Recommendation", "AFI", "Cause of Concern", "National Rec"]
CHIEFS = ["DCC", "ACC Local Policing", "ACC Crime & Vulnerability", "ACC Operations",
          "Director of People", "Director of Finance", "Director of Enabling Services"]
LEGACY = [("Open", "Not yet started (2019 tracker)"), ("Ongoing", "Work under way (2019 tracker)"),
          ("Complete", "Force considers complete (2019 tracker)"),
          ("Closed", "Closed by HMIC (2019 tracker)"),
          ("Closed - NFA", "HMIC: no further action (2019 tracker)")]

DONE_STAGES = {4, 5, 6, 7}


def read_stage(stage, legacy):
    """The analyst's reading of the Stage cell (and the 2019 status when Stage is blank).

    Returns (description, state) with state 'open' or 'done'."""
    if stage is None or (isinstance(stage, str) and not stage.strip()):
        word = legacy
        state = "done" if word in ("Complete", "Closed", "Closed - NFA") else "open"
        return (f"Stage blank; the 2019 status '{word}' still applies → force {state}", state)
    if isinstance(stage, int):
        n = stage
        st = "done" if n in DONE_STAGES else "open"
        return (f"Stage typed as the bare number {n} (outside the drop-down) = stage "
                f"'{STAGES[n - 1][0]}' → force {st}", st)
    s = stage
    m = re.match(r"^\s*(?:stage\s*)?([1-7])(?:\s*[-–]?\s*(.*))?$", s, re.I)
    if m:
        n = int(m.group(1))
        st = "done" if n in DONE_STAGES else "open"
        if s in [x[0] for x in STAGES]:
            how = f"Stage '{s}' from the drop-down"
        else:
            how = f"Stage typed by hand as '{s}' (not a drop-down value) = '{STAGES[n - 1][0]}'"
        return (f"{how} → force {st}", st)
    word = s.strip()
    st = "done" if word in ("Complete", "Closed") else "open"
    return (f"Stage cell holds the old 2019 word '{word}' (pasted over the drop-down) → force "
            f"{st}", st)


def hmi_state(status):
    return "open" if status in ("Awaiting review", "Being progressed") else "closed"


# --------------------------------------------------------------------------------------------
# The force tracker, row by row, in sheet order.
#   ("title"/"info"/"blank"/"banner"/"footer", text)  non-item rows
#   dict(...)                                           item rows
# Item keys: no, ref, rep, pub, typ, text, chief, lead, stage, sdate, upd, target, legacy,
#            items (HMICFRS keys), cat, how (how a person matched it), note (extra why)
# --------------------------------------------------------------------------------------------
def R(no, ref, rep, pub, typ, text, chief, lead, stage, sdate, upd, target, legacy, items,
      cat, how, note=""):
    return dict(no=no, ref=ref, rep=rep, pub=pub, typ=typ, text=text, chief=chief, lead=lead,
                stage=stage, sdate=sdate, upd=upd, target=target, legacy=legacy, items=items,
                cat=cat, how=how, note=note)


T = []
T.append(("banner", "NATIONAL / THEMATIC INSPECTIONS (ALL FORCES)"))
T += [
    R(1, None, "Stop and Search 2013", "Jul 2013", "National Rec",
      "Establish/improve monitoring of how officers use S&S - lawful (incl. equality legislation "
      "& Code of Practice), effective, maintains public trust",
      "ACC Local Policing", "Supt Operations Support", "6 - Closed (HMICFRS confirmed)",
      D(2018, 5, 3), "HMIC confirmed complete Apr 2018 (register).", "Complete", "Closed",
      ["sas13b"], "in_sync",
      "Matched by text and report: S&S 2013 monitoring recommendation, reworded and abbreviated; "
      "no ref on the row."),
    R(2, None, "Stop and Search 2013", "Jul 2013", "National Rec",
      "Explain to the public how S&S powers are used and arrange for S&S records to be "
      "scrutinised by community reps (involve those stopped e.g. young people)",
      "ACC Local Policing", "Supt Operations Support", "3 - In progress", D(2023, 2, 6),
      "Scrutiny panel terms of reference being refreshed with OPCC. Youth panel pilot in "
      "Telford.", "Mar-25", "Ongoing", ["sas13c"], "closeable_local",
      "Matched by text AND report: the 2013 wording (report 'Stop and Search 2013', 'e.g. young "
      "people'); its near-twin from Stop and search powers 2 (2015) sits on tracker row {sas15} "
      "under its own report.",
      "HMICFRS marked the 2013 item Superseded (by the 2015 rec)."),
    R(4, 2321, "Everyone's Business (DA) 2014", "March 2014", "National Rec",
      "Establish & publish DA action plan - developed with PCC, DA support orgs & victims' reps; "
      "consider all recs in the report; DHRs & IPCC findings; CPS scrutiny panels & MARAC "
      "self-assessments",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection", "Complete", D(2019, 1, 31),
      "DA action plan published Sept 2014, refreshed 2016.", "Sep-14", "Complete", ["every"],
      "in_sync", "Matched on HMICFRS Ref 2321 and text (all four bullets summarised).",
      "HMICFRS Superseded = closed."),
    R(5, None, "Policing in Austerity 2014", "Jul 2014", "National Rec",
      "Review savings plans - keep reducing crime & protect front line while balancing budget "
      "(use HMIC VfM profiles)",
      "Director of Finance", "Head of Finance", "6 - Closed (HMICFRS confirmed)",
      D(2017, 11, 30), "NFA per HMICFRS definitive list Nov 2017 (JAC 30/11/17).", None,
      "Closed - NFA", ["aust1"], "in_sync", "Matched by text: austerity savings-plans "
      "recommendation."),
    R(6, None, "Policing in Austerity 2014", "Jul 2014", "National Rec",
      "(2 recs) Assess scope to improve where <10% of savings from collaboration; AND where front "
      "line workforce reducing, assess whether decisive action taken to keep crime fighting "
      "capacity. HMIC follow-up autumn 2014.",
      "Director of Finance", "Head of Finance", "5 Closed", D(2017, 11, 30),
      "Both addressed holistically through WMP2020 change programme.", None, "Closed - NFA",
      ["aust2", "aust3"], "in_sync",
      "One tracker row holds two HMICFRS items (it says '(2 recs)'): the <10% collaboration "
      "savings assessment and the front-line workforce assessment; one truth line per item."),
    R(7, None, "Policing in Austerity 2014", "Jul 2014", "National Rec",
      "Before next spending round review collaboration plans - joint working with other forces, "
      "public &/or private sector for VfM, capability & capacity",
      "Director of Finance", "Head of Collaboration", "3 - In progress", D(2022, 6, 1),
      "Picked up in the new collaboration strategy after the alliance ended.", "Dec-24",
      "Ongoing", ["aust4"], "closeable_local",
      "Matched by text: austerity collaboration-plans recommendation."),
    R(8, None, "Core Business 2014", "Sept 2014", "National Rec",
      "Give call-handlers specific, sound criteria to assess threat, harm & risk (THR)",
      "ACC Operations", "Supt Contact Centre", "6 - Closed (HMICFRS confirmed)", D(2016, 7, 1),
      "THRIVE embedded in OCC.", None, "Complete", ["core1"], "in_sync",
      "Matched by text: Core Business THR criteria for call-handlers."),
    R(9, 4822, "Core Business 2014", "Sept 2014", "National Rec",
      "Crime prevention / disruption activity systematically recorded and evaluated for "
      "effectiveness of tactics",
      "ACC Local Policing", "Head of Neighbourhood Policing", "Stage 4", D(2024, 7, 22),
      "Problem-solving tracker live on Niche; evaluation framework agreed. Evidence pack with "
      "OL team for IAB.", "Jul-24", "Ongoing", ["core2"], "closeable_submit",
      "Matched on HMICFRS Ref 4822 and text."),
    R(10, 902, "Integrity Matters 2015", "Jan 2015", "National Rec",
      "By 31 August 2016, CC to be satisfied there are processes so misconduct investigations "
      "ending in 'no further action' are fair and free of discrimination",
      "DCC", "Head of Professional Standards", "5 - Closed (force)", D(2023, 11, 20),
      "PSD dip-sample of NFA outcomes with disproportionality review. Signed off IAB Nov 23.",
      "Aug-16", "Ongoing", ["integ"], "conflict",
      "Matched on HMICFRS Ref 902 and text.",
      "The deadline disagrees: tracker says 'By 31 August 2016', HMICFRS says 'By 31 August "
      "2015'. Statuses alone would give closeable_submit (stage 5 vs Being progressed); the date "
      "must be put right first."),
    R(12, None, "Stop & search powers 2 (2015)", "Mar 2015", "National Rec",
      "CC (with PCC) to explain use of S&S powers to the public and arrange community scrutiny "
      "of S&S records - involve those stopped & searched, e.g. young people",
      "ACC Local Policing", "Supt Operations Support", "2 - Action plan agreed", D(2023, 2, 6),
      "Combined with 2013 community scrutiny action. Plan agreed with OPCC.", "Mar-25", "Open",
      ["sas15"], "in_sync",
      "Matched by report (Stop & search powers 2, 2015) and its PCC wording; the 2013 twin is "
      "tracker row {sas13c}."),
    R(13, None, "Building the Picture 2015", "Jul 2015", "National Rec",
      "By 30 Nov 2015 - arrangements to scrutinise audits of compliance with APP on information "
      "management through force IM governance; record categorisation regularly adjusted",
      "Director of Enabling Services", "Head of Information Management", 4, D(2024, 1, 15),
      "IM Board scrutinises quarterly MoPI audit. Evidence uploaded.", "Nov-15", "Ongoing",
      ["pict"], "in_sync", "Matched by text: information management APP audits, same deadline."),
    R(15, None, "Firearms licensing 2015", "Sept 2015", "National Rec",
      "Assess governance of firearms licensing against APP; put correct arrangements in place "
      "where not compliant",
      "ACC Operations", "Supt Firearms Licensing", "Closed", D(2016, 11, 30),
      "Governance review completed Dec 2015.", None, "Complete", ["fire1"], "in_sync",
      "Matched by text: firearms licensing governance against APP."),
    R(16, None, "Firearms licensing 2015", "Sept 2015", "National Rec",
      "Assess demand on firearms licensing dept and ensure capacity to meet it at all times",
      "ACC Operations", "Supt Firearms Licensing", "5 - Closed (force)", D(2019, 2, 12),
      "Demand review done; 3 additional FEOs funded.", None, "Complete", ["fire2"], "in_sync",
      "Matched by text: firearms licensing demand and capacity."),
    R(17, None, "Firearms licensing 2015", "Sept 2015", "National Rec",
      "Satisfy ourselves all appropriate action is being taken on 'total expired' licensing "
      "records",
      "ACC Operations", "Supt Firearms Licensing", "4-Evidence submitted", D(2024, 8, 5),
      "All total-expired records reviewed and actioned; weekly NFLMS report in place.",
      "Aug-24", "Ongoing", ["fire3"], "closeable_submit",
      "Matched by text: 'total expired' licensing records."),
    R(18, None, "Firearms licensing 2015", "Sept 2015", "National Rec",
      "Temporary permits - in line with HO guidance, recorded on NFLMS without delay, certificate "
      "holders never left in unlawful possession",
      "ACC Operations", "Supt Firearms Licensing", "3 - In progress", D(2023, 9, 18),
      "Backlog of renewals Q3; permits process under review.", "Mar-25", "Ongoing", ["fire4"],
      "in_sync", "Matched by text: temporary permits."),
    R(19, None, "Firearms licensing 2015", "Sept 2015", "National Rec",
      "Systems to identify before attendance whether incident involves / is at address of a "
      "certificate holder, always applied by dispatchers; officers understand risk assessment & "
      "power to seize",
      "ACC Operations", "Supt Contact Centre", "3 - In progress", D(2022, 3, 14),
      "Re-opened after firearms incident review Feb 22 - OCC flagging not consistently applied.",
      "Dec-24", "Complete", ["fire5"], "closeable_local",
      "Matched by text: certificate-holder flagging before attendance.",
      "The 2019 status says 'Complete' but the Stage (changed 14/03/2022) says 3 - In progress: "
      "the force re-opened it, so the Stage governs → force open; HMICFRS Complete."),
    R(40, None, "Abuse of position (APSP) 2017", "Oct 2017", "National Rec",
      "Abuse of position for a sexual purpose - review CCU capability & capacity, IT monitoring, "
      "seek intel from orgs supporting vulnerable people",
      "DCC", "Head of Professional Standards", "6 - Closed (HMICFRS confirmed)", D(2020, 3, 2),
      "Plan assessed by HMICFRS Oct 2017; CCU uplift delivered.", None, "Ongoing", [],
      "not_on_hmicfrs_list",
      "No HMICFRS item from the abuse-of-position report is on the definitive list (the force's "
      "own note says HMICFRS confirmed closure, so it has dropped off). Query with HMICFRS."),
    R(41, 8201, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "MSHT governance (1 of 4) - senior leaders prioritise the response to MSHT",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "5 - Closed (force)",
      D(2024, 5, 20), "MSHT Gold group chaired by ACC; in control strategy.", "Oct-18", None,
      ["sf1"], "closeable_submit",
      "Ref 8201 and bullet 1 of the MSHT leadership & governance recommendation; the force split "
      "its four bullets over tracker rows {sf1}.",
      "Every part is done (stages 5, 5, 4, 5), so the item is done."),
    R("41a", 8201, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "MSHT governance (2 of 4) - every MS incident allocated resources with right skills, "
      "experience & capacity",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "5 - Closed (force)",
      D(2024, 5, 20), "All MS crimes allocated to PVP investigators.", "Oct-18", None, ["sf1"],
      "closeable_submit", "Ref 8201, bullet 2 (split row).",
      "Every part is done (stages 5, 5, 4, 5), so the item is done."),
    R("41b", 8201, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "MSHT governance (3 of 4) - effective partnership arrangements to share info & safeguard "
      "victims",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "4 - Evidence submitted",
      D(2024, 8, 12), "Anti-slavery partnership ISP signed by all 5 LAs. Evidence with OL.",
      "Oct-18", None, ["sf1"], "closeable_submit", "Ref 8201, bullet 3 (split row).",
      "Every part is done (stages 5, 5, 4, 5), so the item is done."),
    R("41c", 8201, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "MSHT governance (4 of 4) - performance & QA measures so senior leaders can assess service "
      "to victims",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "5 - Closed (force)",
      D(2024, 5, 20), "MSHT measures in monthly performance pack.", "Oct-18", None, ["sf1"],
      "closeable_submit", "Ref 8201, bullet 4 (split row).",
      "Every part is done (stages 5, 5, 4, 5), so the item is done."),
    R(42, 8202, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "Within 12 months - active ISAs with other agencies for speedy exchange of intel, to "
      "safeguard victims & identify suspects early",
      "ACC Crime & Vulnerability", "Head of Intelligence", "3 - In progress", D(2023, 10, 9),
      "ISAs with GLAA and Border Force signed; LA agreements outstanding.", "Oct-18", None,
      ["sf2"], "conflict", "Matched on HMICFRS Ref 8202 and text.",
      "Timescale disagrees: tracker 'Within 12 months', HMICFRS 'Within six months' (target "
      "Oct-18 was set from the wrong timescale)."),
    R(43, None, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "Local action: Refresh the MSHT problem profile and add it to the control strategy",
      "ACC Crime & Vulnerability", "Head of Intelligence", "3 - In progress", D(2024, 4, 2),
      "Profile refresh commissioned from FIB.", "Nov-24", None, [], "not_on_hmicfrs_list",
      "The force's own action ('Local action:'), not an HMICFRS item; no Stolen Freedom "
      "recommendation asks for a problem profile."),
    R(44, 8203, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "Victims committing offences under compulsion - early & continuing consideration of s45 "
      "defence",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "5 - Closed (force)",
      D(2021, 6, 7), "CPS/force protocol agreed; s45 in MSHT investigation checklist.", None,
      None, ["sf3"], "in_sync", "Matched on HMICFRS Ref 8203 and text."),
    R(45, 8204, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "Full compliance with NRM process & duty to notify HO of suspected adult victims (MSA "
      "2015)",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "4 - Evidence submitted",
      D(2024, 9, 2), "DtN compliance audit 98%. Evidence uploaded for IAB Oct 24.", "Sep-24",
      None, ["sf4"], "closeable_submit", "Matched on HMICFRS Ref 8204 and text."),
    R(46, 8205, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "NCRS compliance for MSHT offences + sufficient audit capacity for FCR",
      "Director of Enabling Services", "Force Crime Registrar", "1 - Allocated", D(2024, 6, 3),
      "Re-allocated to new FCR June 24.", "TBC", None, ["sf5"], "in_sync",
      "Matched on HMICFRS Ref 8205 and text."),
    R(47, 8206, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs / "
      "intel from overseas agencies)",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "2 - Action plan agreed",
      D(2023, 12, 4), "Training plan for PVP DSs agreed.", "Jun-25", None, ["sf6"], "in_sync",
      "Matched on HMICFRS Ref 8206 and text."),
    R(48, 8207, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National Rec",
      "Review use of preventative powers under MSA 2015 (STPOs / STROs)",
      "ACC Crime & Vulnerability", "Det Supt Public Protection", "Stage 2", D(2024, 2, 26),
      "Review of STPO applications agreed with legal services.", "Mar-25", None, ["sf7"],
      "in_sync", "Matched on HMICFRS Ref 8207 and text."),
    R(50, 8398, "PEEL Efficiency 17 (all forces)", D(2017, 11, 9), "National Rec",
      "By Sept 2018 produce an ambitious plan to improve digitally-enabled services (HO / NPCC / "
      "APCC national framework)",
      "Director of Enabling Services", "Chief Digital Officer", "5 - Closed (force)",
      D(2019, 10, 1), "Digital strategy 2019-22 approved.", "Sep-18", None, ["efc17"],
      "in_sync", "Matched on HMICFRS Ref 8398 and text."),
    R(52, 8541, "PEEL Legit 17 S&S", D(2017, 12, 12), "Cause of Concern",
      "CoC - force can't show S&S is consistently reasonable & fair; over-representation of "
      "BAME / black people not explained",
      "ACC Local Policing", "Supt Operations Support", "3 - In progress", D(2023, 2, 6),
      "Tracked through S&S scrutiny board.", "Mar-25", None, ["leg_coc"], "in_sync",
      "Matched on HMICFRS Ref 8541 and text (cause of concern on both sides)."),
    R(53, 8542, "PEEL Legit 17 S&S", D(2017, 12, 12), "National Rec",
      "By July 2018 regularly monitor comprehensive S&S data to understand: reasons for "
      "disproportionate representation of ethnic groups; how find rates differ by ethnicity & "
      "type of search (incl. drug possession / supply)",
      "ACC Local Policing", "Supt Operations Support", "4 - Evidence submitted", D(2024, 6, 17),
      "S&S dashboard live; quarterly scrutiny. Evidence with OL team.", "Jul-18", None,
      ["leg1"], "conflict", "Matched on HMICFRS Ref 8542 and text.",
      "A bullet is missing: the tracker lists only two of the three things to understand; 'the "
      "prevalence of possession-only drug searches, and ... local or force level priorities' is "
      "not there. Statuses alone would give closeable_submit."),
    R(54, 8543, "PEEL Legit 17 S&S", D(2017, 12, 12), "National Rec",
      "Where monitoring shows disparity - show the public we researched the reasons and acted to "
      "reduce it",
      "ACC Local Policing", "Supt Operations Support", "5 - Closed (force)", D(2024, 3, 4),
      "Annual disproportionality report published; signed off IAB Mar 24.", "Jul-18", None,
      ["leg2"], "closeable_submit", "Matched on HMICFRS Ref 8543 and text."),
    R(55, 8545, "PEEL Legit 17 S&S", D(2017, 12, 12), "National Rec",
      "All officers using S&S trained in unconscious bias and CoP APP on S&S (July 2018 & "
      "ongoing)",
      "Director of People", "Head of Learning & Development", "3 - In progress", D(2023, 4, 24),
      "New PCs covered in PEQF; refresher for existing officers 71%.", "Mar-25", None,
      ["leg4"], "closeable_local", "Matched on HMICFRS Ref 8545 and text."),
    R(70, 11401, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National Rec",
      "By July 2022 officers & staff to have effective communication skills (National Policing "
      "Guidelines on Conflict Management) - in addition to conflict mgmt training",
      "Director of People", "Head of Learning & Development", "3 - In progress",
      D(2023, 9, 11), "Module added to PST; 64% trained.", "Jul-22", None, ["pow1"], "in_sync",
      "Matched on HMICFRS Ref 11401 and text."),
    R(71, 11402, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National Rec",
      "Comms skills reinforced through CPD; supervisors supported to debrief officers using BWV "
      "footage",
      "Director of People", "Head of Learning & Development", "4 - Evidence submitted",
      D(2024, 9, 9), "BWV debrief guide issued; CPD days include it. Evidence submitted.",
      "Jul-21", None, ["pow2"], "closeable_submit", "Matched on HMICFRS Ref 11402 and text."),
    R(72, 11403, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National Rec",
      "BWV - record whole S&S encounter incl. traffic stops & UoF; structured internal review of "
      "a sample of footage; scrutiny panel access to footage (APP safeguards)",
      "ACC Local Policing", "Supt Operations Support", "3 - In progress", D(2023, 9, 11),
      "Panel viewing protocol drafted.", "Sep-21", None, ["pow3"], "in_sync",
      "Matched on HMICFRS Ref 11403 and text (all three parts summarised)."),
    R(74, 11405, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National Rec",
      "Internal monitoring of use of force to identify, understand & explain disproportionate "
      "use and act on it",
      "ACC Local Policing", "Supt Operations Support", "6 - Closed (HMICFRS confirmed)",
      D(2023, 8, 14), "Confirmed closed by HMICFRS Aug 23.", "Jul-21", None, ["pow5"],
      "in_sync", "Matched on HMICFRS Ref 11405 and text."),
]
T.append(("blank", None))
T.append(("banner", "WEST MERCIA POLICE INSPECTIONS"))
T += [
    R(20, None, "PEEL Efficiency 2015", "Oct 2015", "AFI",
      "Better understanding of current and likely future demand so resources are matched to "
      "demand",
      "DCC", "Head of Corporate Development", None, None,
      "Demand model completed 2017 (migrated - no stage set).", None, "Complete", ["eff15a"],
      "in_sync", "Matched by text: PEEL Efficiency 2015 demand AFI."),
    R(21, None, "PEEL Efficiency 2016", D(2016, 11, 3), "AFI",
      "Develop understanding of links between outcomes, outputs & costs",
      "Director of Finance", "Head of Finance", "3 - In progress", D(2022, 11, 7),
      "Activity-based costing pilot in LPAs.", "Mar-25", "Ongoing", ["eff15b"], "conflict",
      "Matched by text: the only outcomes/outputs/costs item on either list.",
      "Report disagrees: the tracker files it under 'PEEL Efficiency 2016' (published "
      "03/11/2016); HMICFRS lists it under PEEL: Police efficiency 2015 (15/10/2015), like the "
      "force's own rows {eff15a} and {eff15c}."),
    R(22, None, "PEEL Efficiency 2015", "Oct 2015", "AFI",
      "Future workforce plan aligned to demand & budget - resource allocation, skills mix, "
      "behaviours",
      "Director of People", "Head of HR", "Ongoing", D(2019, 1, 31),
      "Linked to PEEL 18/19 skills project.", "TBC", "Ongoing", ["eff15c"], "in_sync",
      "Matched by text: PEEL Efficiency 2015 workforce plan AFI."),
    R(24, None, "CDI 2016", "Aug 2016", "Recommendation",
      "CDI - at point of report victims are believed; call handler / caller conversations "
      "summarised accurately on incident log",
      "Director of Enabling Services", "Force Crime Registrar", "5 - Closed (force)",
      D(2022, 5, 16), "OCC QA shows 96% compliance.", "Feb-17", "Ongoing", ["cdi"], "in_sync",
      "The CDI 'put in place arrangements' recommendation, split by the force into three rows "
      "({cdi}) covering its five bullets: this row has bullets 1-2.",
      "Not every part is done (row {no:24b} is stage 3), so the item is still open on the force side."),
    R("24a", None, "CDI 2016", "Aug 2016", "Recommendation",
      "CDI - multiple crimes always recorded; stop waiting for medical exam / video interview "
      "results before crime recording decision",
      "Director of Enabling Services", "Force Crime Registrar", "5 - Closed (force)",
      D(2022, 5, 16), "FCR audit Mar 22 - no awaiting-results cases found.", "Feb-17",
      "Ongoing", ["cdi"], "in_sync", "CDI recommendation, bullets 3-4 (split row).",
      "Not every part is done (row {no:24b} is stage 3), so the item is still open on the force side."),
    R("24b", None, "CDI 2016", "Aug 2016", "Recommendation",
      "CDI - online crime reports triaged on receipt so ongoing risk to victim / public is "
      "identified & managed",
      "Director of Enabling Services", "Force Crime Registrar", "3 - In progress",
      D(2024, 1, 8), "New online reporting portal - triage SLA not yet met.", "Dec-24",
      "Ongoing", ["cdi"], "in_sync", "CDI recommendation, bullet 5 (split row).",
      "This part is open, so the whole item is open on the force side."),
    R(25, None, "PEEL Effectiveness 2016", "Mar 2017", "Cause of Concern",
      "CoC - DA approach unacceptable: high proportion of victims not supporting the "
      "investigation; low use of arrest & prosecution",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection", "3 – In progress",
      D(2023, 3, 20), "All DA incidents now risk assessed (FET 25 July); audit ongoing.",
      "Dec-24", "Ongoing", ["da_coc"], "in_sync",
      "Matched by text and report: the PEEL Effectiveness 2016 domestic abuse cause of concern "
      "('current approach ... unacceptable'), paraphrased."),
    R(26, None, "PEEL Effectiveness 2016", "Mar 2017", "Recommendation",
      "Increase use of arrest, ancillary orders & other powers for DA victims",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection", "5 - Closed (force)",
      D(2019, 5, 13), "Arrest rate up 14 points; DVPO use doubled.", None, "Ongoing", ["da1"],
      "in_sync", "Matched by text: DA arrest / ancillary orders recommendation."),
    R(27, None, "PEEL Effectiveness 2016", "Mar 2017", "Recommendation",
      "Understand & address why a high proportion of DA victims do not support the "
      "investigation",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection",
      "6 - Closed (HMICFRS confirmed)", D(2023, 3, 27),
      "HMICFRS confirmed closure at FLL meeting 21/03/2023.", None, "Ongoing", ["da2"],
      "closeable_submit", "Matched by text: DA victims not supporting investigations.",
      "The force believes HMICFRS confirmed closure (stage 6, FLL meeting 21/03/2023) but the "
      "definitive list still says Being progressed: force done, HMICFRS open. Resubmit / query "
      "with the FLL."),
    R(28, None, "PEEL Effectiveness 2016", "Mar 2017", "Recommendation",
      "Stop telephone DA risk assessments and dealing with DA in the resolution centre",
      "ACC Crime & Vulnerability", "Supt Contact Centre", "Ongoing", D(2019, 1, 31),
      "Resolution centre DA policy withdrawn - awaiting audit.", None, "Ongoing", ["da3"],
      "closeable_local", "Matched by text: cease telephone DA risk assessments."),
    R(29, None, "PEEL Effectiveness 2016", "Mar 2017", "Cause of Concern",
      "CoC - missing & absent children: risk assessment inappropriate, children classed absent "
      "not missing, CSE risk not influencing grading",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection",
      "6 - Closed (HMICFRS confirmed)", D(2019, 6, 10), "Closed by HMICFRS June 2019.", None,
      "Complete", ["mc_coc"], "in_sync",
      "Matched by text: missing and absent children cause of concern."),
    R(30, None, "PEEL Effectiveness 2016", "Mar 2017", "Recommendation",
      "Review approach to missing children: call takers use missing / absent category "
      "correctly & know CSE risk factors; supervisors oversee missing enquiries",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection",
      "6 - Closed (HMICFRS confirmed) ", D(2019, 6, 10), "Closed by HMICFRS June 2019.", None,
      "Complete", ["mc1"], "in_sync",
      "Matched by text: missing children recommendation (three bullets summarised)."),
    R(51, 8412, "PEEL Efficiency 2017", D(2017, 11, 9), "Recommendation",
      "Sufficient resources in the control room to fulfil resourcing model & meet demand, "
      "taking account of workforce wellbeing",
      "ACC Operations", "Supt Contact Centre", "3 - In progress", D(2023, 10, 2),
      "OCC uplift of 22 call handlers; wellbeing plan in place. Abandonment rate still high.",
      "Mar-25", None, ["ctrl"], "conflict", "Matched on HMICFRS Ref 8412 and text.",
      "Type disagrees: the tracker calls it a Recommendation, HMICFRS an Area for improvement."),
    R(56, 8516, "PEEL Legitimacy 2017", D(2017, 12, 12), "Recommendation",
      "Vetting - all staff to hold at least lowest level of vetting clearance ASAP; clear "
      "backlog & renewals; comply fully with national vetting guidelines",
      "DCC", "Head of Professional Standards", "3 - In progress", D(2024, 4, 15),
      "Backlog down from 1,900 to 310.", "Mar-25", None, ["vet1"], "conflict",
      "Matched by text: the vetting clearance recommendation of PEEL Legitimacy 2017 (West "
      "Mercia), same wording.",
      "Reference disagrees: the tracker's HMICFRS Ref is 8516, HMICFRS has 8561 (digits "
      "transposed; 8516 is not on the list)."),
    R(58, 8790, "NCPI 2018", D(2018, 6, 28), "Recommendation",
      "With children's social care review detention of children: detain only when absolutely "
      "necessary & for minimum time; early assessment of need for alternative accommodation; "
      "detention certificates completed after charge; record all actions & decisions; timely "
      "AA support",
      "ACC Crime & Vulnerability", "Ch Insp Custody", "5 - Closed (force)", D(2024, 2, 5),
      "Joint protocol with 3 LAs; AA contract re-let. Signed off IAB Feb 24.", "Dec-18", None,
      ["ncpi"], "closeable_submit",
      "Matched on HMICFRS Ref 8790 and text (all five bullets summarised)."),
    R(60, 9101, "PEEL 2018/19", D(2019, 5, 2), "Cause of Concern",
      "CoC 1 - no suitable arrangements to keep full range of services when alliance with "
      "Warwickshire ends; gaps in skills assessment; weak investigation & safeguarding",
      "DCC", "Head of Corporate Development", "3 - In progress", D(2021, 1, 18),
      "Covered by recs below.", None, None, ["p19_cocA"], "in_sync",
      "Matched on HMICFRS Ref 9101 and text (cause of concern)."),
    R(61, 9102, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 1 - agree arrangements with Warwickshire Police for smooth transition to future "
      "operating model, no disruption to services",
      "DCC", "Alliance Transition Lead", "6 - Closed (HMICFRS confirmed)", D(2021, 1, 25),
      "Alliance ended 1 April 2019 - transition completed.", None, None, ["p19_a1"], "in_sync",
      "Matched on HMICFRS Ref 9102 and text."),
    R(62, 9103, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 1 - clearly define new operating model, affordable and fit to protect communities",
      "DCC", "Head of Corporate Development", "5 - Closed (force)", D(2020, 9, 14),
      "Operating model approved by PCC.", None, None, ["p19_a2"], "in_sync",
      "Matched on HMICFRS Ref 9103 and text."),
    R(63, 9104, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 1 - expand skills project to assess all skills (not only operational) incl. future "
      "needs; to inform workforce plans",
      "Director of People", "Head of HR", "4 - Evidence submitted", D(2024, 9, 16),
      "Skills audit of all staff complete; feeds SWP. Evidence with OL.", "Nov-19", None,
      ["p19_a3"], "closeable_submit", "Matched on HMICFRS Ref 9104 and text."),
    R(64, 9105, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 1 - review approach to vulnerability with partners to better safeguard vulnerable "
      "people",
      "ACC Crime & Vulnerability", "Ch Supt Public Protection", "3 - In progress",
      D(2023, 6, 5), "Vulnerability Improvement Delivery Plan.", "Mar-25", None, ["p19_a4"],
      "in_sync", "Matched on HMICFRS Ref 9105 and text."),
    R(65, 9106, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 1 - improve consultation with public on business planning and feedback on changes "
      "made",
      "DCC", "Head of Corporate Communications", "7 - Superseded / transferred",
      D(2022, 6, 20), "Transferred to PCC engagement strategy - no further force action.", None,
      None, ["p19_a5"], "closeable_submit", "Matched on HMICFRS Ref 9106 and text.",
      "Stage 7 'Superseded / transferred' is the force's 'no further action on this row' (like "
      "GREY/WHITE), so force done; HMICFRS still Being progressed - propose closure."),
    R(66, 9107, "PEEL 2018/19", D(2019, 5, 2), "Cause of Concern",
      "CoC 2 - no capacity / capability to investigate crime effectively",
      "ACC Crime & Vulnerability", "Det Ch Supt Force CID", "2 - Action plan agreed",
      D(2022, 1, 10), "Investigation Standards Improvement Plan.", None, None, ["p19_cocB"],
      "in_sync", "Matched on HMICFRS Ref 9107 and text (cause of concern)."),
    R(67, 9108, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 2 - review officers' capability & capacity to manage investigative workloads",
      "ACC Crime & Vulnerability", "Det Ch Supt Force CID", "3 - In progress", D(2023, 6, 5),
      "Workload tool piloted in 2 LPAs.", "Mar-25", None, ["p19_b1"], "in_sync",
      "Matched on HMICFRS Ref 9108 and text."),
    R(68, 9109, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 2 - regular & active supervision of quality & progress of investigations, properly "
      "recorded",
      "ACC Crime & Vulnerability", "Det Ch Supt Force CID", 5, D(2024, 7, 1),
      "Supervisory review compliance 91% (Niche). Signed off IAB July 24.", "Nov-19", None,
      ["p19_b2"], "closeable_submit", "Matched on HMICFRS Ref 9109 and text."),
    R(69, 9110, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 2 - retrieve digital evidence from phones, computers etc quickly so investigations "
      "not delayed",
      "ACC Crime & Vulnerability", "Head of Digital Forensics", "3 - In progress",
      D(2024, 2, 12), "Backlog 420 devices; kiosks in all hubs.", "Mar-25", None, ["p19_b3"],
      "in_sync", "Matched on HMICFRS Ref 9110 and text."),
    R(73, 9111, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
      "CoC 2 - understanding & management of suspects RUI and on bail",
      "ACC Crime & Vulnerability", "Head of Criminal Justice", "1 - Allocated", D(2024, 5, 7),
      "New lead following restructure.", "TBC", None, ["p19_b4"], "in_sync",
      "Matched on HMICFRS Ref 9111 and text."),
    R(75, 9112, "PEEL 2018/19", D(2019, 5, 2), "AFI",
      "Better use of crime recording & management system to manage case files and "
      "investigative processes",
      "Director of Enabling Services", "Head of Criminal Justice", "2 - Action plan agreed",
      D(2023, 1, 16), "Niche optimisation project.", "Dec-24", None, ["p19_afi"], "in_sync",
      "Matched on HMICFRS Ref 9112 and text."),
    R(80, 12601, "PEEL 21/22", D(2022, 4, 12), "AFI",
      "Improve understanding of the nature & scale of county lines in West Mercia",
      "ACC Crime & Vulnerability", "Head of Intelligence", "2 - Action plan agreed",
      D(2023, 5, 2), "County lines problem profile commissioned.", "Dec-24", None, ["p22_1"],
      "in_sync", "Matched on HMICFRS Ref 12601 and text."),
    R(82, 12603, "PEEL 21/22", D(2022, 4, 12), "AFI",
      "Improve timeliness of response to calls for service involving vulnerable adults",
      "ACC Operations", "Supt Contact Centre", "4 - Evidence submitted", D(2024, 8, 27),
      "P2 attendance within 1 hr now 83%. Evidence submitted.", "Mar-24", None, ["p22_3"],
      "closeable_submit", "Matched on HMICFRS Ref 12603 and text."),
    R(83, 12604, "PEEL 21/22", D(2022, 4, 12), "AFI",
      "Record ASB reports accurately & without delay",
      "ACC Local Policing", "Force Crime Registrar", "5 - closed (force)", D(2023, 11, 6),
      "ASB audit 95% compliant.", "Mar-24", None, ["p22_4"], "in_sync",
      "Matched on HMICFRS Ref 12604 and text."),
    R(84, 12605, "PEEL 21/22", D(2022, 4, 12), "AFI",
      "Performance framework to give senior leaders a clear picture of the VAWG response",
      "DCC", "Head of Performance", "1 - Allocated", D(2024, 3, 25), "Allocated Mar 24.",
      "TBC", None, ["p22_5"], "in_sync", "Matched on HMICFRS Ref 12605 and text."),
    R(85, None, "PEEL 21/22", D(2022, 4, 12), "AFI",
      "Make sure RASSO investigations are allocated to officers with the right skills and are "
      "effectively supervised",
      "ACC Crime & Vulnerability", "Det Ch Supt Force CID", "3 - In progress", D(2024, 2, 19),
      "Op Soteria roll-out.", "Mar-25", None, [], "not_on_hmicfrs_list",
      "No PEEL 2021/22 item on the HMICFRS list is about rape / RASSO investigations; the "
      "missing PEEL 21/22 AFI (12602) is about stalking victims' updates, a different ask. Query "
      "with HMICFRS."),
]
T.append(("blank", None))
T.append(("banner", "OTHER - HMIP / INTERNAL AUDIT / JAC"))
T += [
    R(77, None, "Custody inspection 2022 (HMIP/HMICFRS)", D(2022, 8, 16), "Recommendation",
      "Custody - children charged & refused bail transferred to LA accommodation (PACE "
      "transfers) - agree protocol with LAs",
      "ACC Crime & Vulnerability", "Ch Insp Custody", "2 - Action plan agreed", D(2023, 3, 6),
      "Draft concordat with LAs.", "Mar-25", None, [], "not_on_hmicfrs_list",
      "Joint custody inspection item: no custody report is on the HMICFRS definitive list; "
      "query with HMICFRS (custody recommendations may be monitored by HMIP)."),
    R(86, None, "Internal audit 2023/24", D(2023, 9, 27), "Recommendation",
      "JAC action: internal audit of HMICFRS recommendation governance arrangements (audit plan "
      "2023/24)",
      "DCC", "Head of Corporate Development", "1 - Allocated", D(2023, 10, 2),
      "Scoping meeting with auditors booked.", "Jun-25", None, [], "not_on_hmicfrs_list",
      "JAC / internal audit action, not an HMICFRS item."),
]
T.append(("blank", None))
T.append(("footer", "Rows from before 2018 were migrated from the 2019 HMIC tracker (v7). The "
                    "'Status (2019 tracker)' column is kept for reference only - Stage is the "
                    "current position; where Stage is blank the 2019 status still stands."))

# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
DATE_FMT = "dd/mm/yyyy"


def props(wb, title):
    wb.set_properties({"title": title, "author": "Strategic Planning & Inspection",
                       "company": FORCE, "created": FIXED_CREATED})


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    props(wb, "HMICFRS recommendations - definitive list")
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": DATE_FMT, "valign": "top"})
    ws.write(0, 0, f"HMICFRS – Recommendations held against {FORCE}", bold)
    ws.write(1, 0, f"Definitive list as at 14 October 2024. {len(H)} items. Includes items "
                   "closed since the last list.")
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation text", "Status", "Status date"]
    widths = [12, 20, 45, 13, 22, 90, 24, 12]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(3, c, h, hdr)
        ws.set_column(c, c, w)
    order = sorted(H, key=lambda k: (H[k][2], H[k][0]))
    rows = {}
    for i, k in enumerate(order):
        r = 4 + i
        rid, rep, pub, typ, text, st, sd = H[k]
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, rep, wrap)
        ws.write_datetime(r, 3, pub, dfmt)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, sd, dfmt)
        rows[k] = f"Definitive list!{r + 1}"
    ws.autofilter(3, 0, 3 + len(order), len(cols) - 1)
    ws.freeze_panes(4, 0)
    wb.close()
    return rows, order


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    props(wb, "HMICFRS Recommendations & AFIs Tracker")
    wb.define_name("StageList", "=Lists!$A$2:$A$8")
    wb.define_name("TypeList", "=Lists!$D$2:$D$5")
    wb.define_name("ChiefList", "=Lists!$F$2:$F$8")

    # formats
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#002060"})
    info = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#002060", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "vcenter", "border": 1})
    banner = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dcell = wb.add_format({"valign": "top", "border": 1, "num_format": DATE_FMT,
                           "align": "left"})
    grey = wb.add_format({"valign": "top", "border": 1, "font_color": "#808080",
                          "italic": True})
    note = wb.add_format({"italic": True, "font_color": "#595959", "text_wrap": True})

    # ---------------- Guidance
    g = wb.add_worksheet("Guidance")
    g.set_column(0, 0, 110)
    guidance = [
        ("HMICFRS Recommendations & AFIs Tracker - guidance for leads", title),
        ("", None),
        ("1. Every HMICFRS recommendation, area for improvement (AFI) and cause of concern held "
         "against the force has a row on the Tracker tab.", None),
        ("2. Leads update the 'Progress update' column monthly and move the Stage on using the "
         "drop-down. Please do not type in the Stage column - the Summary tab only counts "
         "drop-down values.", None),
        ("3. The stages and what each one means are on the Lists tab. Stage 4 means you have "
         "finished and uploaded your evidence; the OL team then takes it to the Inspection "
         "Assurance Board (IAB).", None),
        ("4. Stage 5 is set by the OL team after IAB sign-off, when the closure is proposed to "
         "HMICFRS; stage 6 only when HMICFRS confirms on the portal.", None),
        ("5. Do not delete rows. Items superseded by a later report or moved into another plan "
         "go to stage 7.", None),
        ("6. Rows migrated from the 2019 tracker keep their old status in the last column for "
         "reference.", None),
        ("", None),
        ("Contact: Organisational Learning, Strategic Planning & Inspection.", info),
    ]
    for i, (t, f) in enumerate(guidance):
        if t:
            g.write(i, 0, t, f) if f else g.write(i, 0, t)

    # ---------------- Tracker
    ws = wb.add_worksheet("Tracker")
    cols = [("No.", 6), ("HMICFRS Ref", 10), ("Report", 24), ("Published", 12), ("Type", 15),
            ("Recommendation / AFI (summary)", 60), ("Chief Officer", 18), ("Lead", 24),
            ("Stage", 27), ("Stage changed", 12), ("Progress update", 45),
            ("Target date", 10), ("Status (2019 tracker)", 14)]
    ncol = len(cols)
    ws.merge_range(0, 0, 0, ncol - 1,
                   f"{FORCE} – HMICFRS Recommendations & AFIs Tracker", title)
    ws.merge_range(1, 0, 1, ncol - 1,
                   "Maintained by Strategic Planning & Inspection (Organisational Learning). "
                   "Select the Stage from the drop-down - stage definitions on the 'Lists' tab. "
                   "Last reviewed 30/09/2024.", info)
    for c, (h, w) in enumerate(cols):
        ws.write(3, c, h, hdr)
        ws.set_column(c, c, w)
    ws.set_row(3, 30)
    r = 4
    frows = []  # (excel row, spec) for item rows
    nonitems = []
    for spec in T:
        if isinstance(spec, tuple):
            kind, text = spec
            if kind == "banner":
                ws.merge_range(r, 0, r, ncol - 1, text, banner)
                nonitems.append((r + 1, f"section banner '{text}'"))
            elif kind == "blank":
                nonitems.append((r + 1, "blank spacer row"))
            elif kind == "footer":
                ws.merge_range(r, 0, r, ncol - 1, text, note)
                ws.set_row(r, 30)
                nonitems.append((r + 1, "footer note about the migrated rows"))
            r += 1
            continue
        s = spec
        if isinstance(s["no"], int):
            ws.write_number(r, 0, s["no"], cell)
        else:
            ws.write_string(r, 0, s["no"], cell)
        if s["ref"] is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, s["ref"], cell)
        ws.write_string(r, 2, s["rep"], wrap)
        if isinstance(s["pub"], datetime):
            ws.write_datetime(r, 3, s["pub"], dcell)
        else:
            ws.write_string(r, 3, s["pub"], cell)
        ws.write_string(r, 4, s["typ"], cell)
        ws.write_string(r, 5, s["text"], wrap)
        ws.write_string(r, 6, s["chief"], cell)
        ws.write_string(r, 7, s["lead"], wrap)
        st = s["stage"]
        if st is None:
            ws.write_blank(r, 8, None, cell)
        elif isinstance(st, int):
            ws.write_number(r, 8, st, cell)
        else:
            ws.write_string(r, 8, st, cell)
        if s["sdate"] is None:
            ws.write_blank(r, 9, None, cell)
        else:
            ws.write_datetime(r, 9, s["sdate"], dcell)
        ws.write_string(r, 10, s["upd"], wrap)
        if s["target"] is None:
            ws.write_blank(r, 11, None, cell)
        else:
            ws.write_string(r, 11, s["target"], cell)
        if s["legacy"] is None:
            ws.write_blank(r, 12, None, grey)
        else:
            ws.write_string(r, 12, s["legacy"], grey)
        frows.append((r + 1, s))
        r += 1
    last = r
    # drop-downs: warning style, so a typed value is allowed after a warning
    ws.data_validation(4, 8, 299, 8, {
        "validate": "list", "source": "=StageList", "error_type": "warning",
        "input_title": "Stage", "input_message": "Pick the stage from the list (see Lists tab)",
        "error_title": "Not a listed stage",
        "error_message": "Please choose a stage from the drop-down list."})
    ws.data_validation(4, 4, 299, 4, {"validate": "list", "source": "=TypeList",
                                      "error_type": "warning"})
    ws.data_validation(4, 6, 299, 6, {"validate": "list", "source": "=ChiefList",
                                      "error_type": "information"})
    # stage colours keyed on the leading digit (typed variants such as "Stage 4" stay white)
    fills = {"1": "#F8CBAD", "2": "#FFE699", "3": "#FFE699", "4": "#C6E0B4", "5": "#A9D08E",
             "6": "#70AD47", "7": "#D9D9D9"}
    for dgt, colr in fills.items():
        ws.conditional_format(4, 8, 299, 8, {
            "type": "formula", "criteria": f'=LEFT($I5,1)="{dgt}"',
            "format": wb.add_format({"bg_color": colr})})
    ws.autofilter(3, 0, last - 1, ncol - 1)
    ws.freeze_panes(4, 3)

    # ---------------- Summary (COUNTIF of the drop-down values only)
    sm = wb.add_worksheet("Summary")
    sm.set_column(0, 0, 34)
    sm.set_column(1, 1, 10)
    sm.write(0, 0, "Tracker summary by stage", title)
    sm.write(2, 0, "Stage", hdr)
    sm.write(2, 1, "Items", hdr)
    stage_values = [s["stage"] for _, s in frows]
    listed = [x[0] for x in STAGES]
    tot_listed = 0
    for i, name in enumerate(listed):
        # COUNTIF matches whole cell text, ignoring case (so "5 - closed (force)" counts)
        n = sum(1 for v in stage_values if isinstance(v, str) and v.lower() == name.lower())
        tot_listed += n
        sm.write_formula(3 + i, 0, f"=Lists!A{2 + i}", None, name)
        sm.write_formula(3 + i, 1, f"=COUNTIF(Tracker!$I$5:$I$300,A{4 + i})", None, n)
    rr = 3 + len(listed)
    n_items = len(frows)
    sm.write(rr, 0, "Not from drop-down / blank")
    sm.write_formula(rr, 1, f"=COUNTA(Tracker!$F$5:$F$300)-SUM(B4:B{rr})", None,
                     n_items - tot_listed)
    sm.write(rr + 1, 0, "Total rows", wb.add_format({"bold": True}))
    sm.write_formula(rr + 1, 1, "=COUNTA(Tracker!$F$5:$F$300)",
                     wb.add_format({"bold": True}), n_items)

    # ---------------- Lists (validation sources)
    ls = wb.add_worksheet("Lists")
    lh = wb.add_format({"bold": True, "bottom": 1})
    for c, (h, w) in enumerate([("Stage", 30), ("Meaning", 70), ("", 3), ("Type", 18),
                                ("", 3), ("Chief Officer", 28), ("", 3),
                                ("Status (2019 tracker)", 20), ("Meaning", 40)]):
        if h:
            ls.write(0, c, h, lh)
        ls.set_column(c, c, w)
    for i, (name, meaning) in enumerate(STAGES):
        ls.write(1 + i, 0, name)
        ls.write(1 + i, 1, meaning)
    for i, t in enumerate(TYPES):
        ls.write(1 + i, 3, t)
    for i, t in enumerate(CHIEFS):
        ls.write(1 + i, 5, t)
    for i, (w, m) in enumerate(LEGACY):
        ls.write(1 + i, 7, w)
        ls.write(1 + i, 8, m)
    wb.close()
    return frows, nonitems, last


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, horder = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows, fnonitems, flast = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    # ---------------- truth, with a consistency check of my own labels
    by_key_force = {}
    for rown, s in frows:
        for k in s["items"]:
            by_key_force.setdefault(k, []).append((rown, s))
    def expand(txt):
        def sub(m):
            k = m.group(1)
            if k.startswith("no:"):
                return ", ".join(str(x) for x in frow_of(frows, no=k[3:]))
            rs = frow_of(frows, key=k)
            return f"{rs[0]}-{rs[-1]}" if len(rs) > 2 else " and ".join(map(str, rs))
        return re.sub(r"\{([\w:]+)\}", sub, txt)

    for _, s in frows:
        s["how"], s["note"] = expand(s["how"]), expand(s["note"])
    lines = []
    for rown, s in frows:
        sdesc, fstate = read_stage(s["stage"], s["legacy"])
        if not s["items"]:
            assert s["cat"] == "not_on_hmicfrs_list"
            lines.append(("", f"Tracker!{rown}", s["cat"],
                          f"{s['how']} ({sdesc.split(' → ')[0]}.)"))
            continue
        for k in s["items"]:
            rid, rep, pub, typ, text, hst, sd = H[k]
            parts = by_key_force[k]
            states = [read_stage(p["stage"], p["legacy"])[1] for _, p in parts]
            agg = "done" if all(x == "done" for x in states) else "open"
            expect = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                      ("open", "done"): "closeable_submit",
                      ("closed", "open"): "closeable_local"}[(hmi_state(hst), agg)]
            if s["cat"] != "conflict":
                assert s["cat"] == expect, (rown, k, s["cat"], expect)
            why = f"{s['how']} {sdesc}; HMICFRS '{hst}' ({hmi_state(hst)})."
            if s["note"]:
                why += " " + s["note"]
            lines.append((hrows[k], f"Tracker!{rown}", s["cat"], why))
    for k, why in MISSING.items():
        assert k not in by_key_force
        lines.append((hrows[k], "", "missing_from_force", why))
    covered = {ln[0] for ln in lines if ln[0]}
    assert covered == set(hrows.values()), set(hrows.values()) - covered
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    write_readme(hrows, horder, frows, fnonitems, flast, lines, counts)
    print("hmicfrs items", len(hrows), "force item rows", len(frows), "truth lines", len(lines))
    print(counts)


def frow_of(frows, key=None, no=None):
    out = []
    for rown, s in frows:
        if (key and key in s["items"]) or (no is not None and s["no"] == no):
            out.append(rown)
    return out


def write_readme(hrows, horder, frows, fnonitems, flast, lines, counts):
    def fr(key):
        return ", ".join(str(x) for x in frow_of(frows, key=key))

    def frn(no):
        return ", ".join(str(x) for x in frow_of(frows, no=no))

    def hr(key):
        return hrows[key].split("!")[1]

    # rows per stage reading
    typed = [(r, s["stage"]) for r, s in frows
             if s["stage"] is not None and s["stage"] not in [x[0] for x in STAGES]]
    typed_txt = "; ".join(f"row {r}: {v!r}" for r, v in typed)
    n_items = len(frows)
    first_h, last_h = 5, 4 + len(hrows)
    cat_order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
                 "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_txt = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in cat_order)
    nonitem_txt = "\n".join(f"- Tracker!{r}: {why}" for r, why in fnonitems)
    text = f"""# Case `{CASE}`

## The story

{FORCE}'s Strategic Planning & Inspection team (Organisational Learning) keeps the force's
HMICFRS tracker in Excel. In 2021 it replaced the old free-text "Status" of its 2019 tracker
with a **numbered workflow**: the Stage column is a data-validation drop-down fed from a
`Lists` sheet ("1 - Allocated" … "6 - Closed (HMICFRS confirmed)", plus "7 - Superseded /
transferred"). Leads are asked to pick from the drop-down, but the validation is set to the
*warning* style, so a lead who types "Stage 4" or just `4` gets a warning, clicks Yes and keeps
it. Rows from before 2018 were pasted across from the 2019 tracker: they keep the old status
in a grey "Status (2019 tracker)" column, and on a few rows the old word was pasted straight
over the Stage cell ("Complete", "Ongoing", "Closed"), which pasting allows because paste
bypasses validation. HMICFRS has sent its definitive list (14 October 2024) and the analyst
reconciles it before the Joint Audit Committee.

## Files

- `hmicfrs.xlsx` — one sheet `Definitive list`. Row 1 title, row 2 "as at" note, row 3 blank,
  **row 4 header**: `Recommendation ID` (plain integer register ID), `Force`, `Report title`,
  `Publication date` (real date, dd/mm/yyyy), `Type` (Recommendation / Area for improvement /
  Cause of concern / National recommendation), `Recommendation text` (verbatim, line breaks
  and bullets kept), `Status` (Awaiting review / Being progressed / Complete / Superseded /
  No further action required), `Status date`. **Item rows {first_h}–{last_h}** ({len(hrows)}
  items), sorted by publication date then ID. Autofilter, frozen header.
- `tracker.xlsx` — four sheets:
  - `Guidance`: text for leads (not items). Says stage 4 = lead finished and uploaded evidence
    for the Inspection Assurance Board (IAB); stage 5 set after IAB sign-off when closure is
    proposed to HMICFRS; stage 6 only when HMICFRS confirms; stage 7 for superseded/moved items.
  - `Tracker`: row 1 merged title, row 2 merged note, row 3 blank, **row 4 header**:
    `No.` (the force's running number, with gaps and letter suffixes on split rows — *not* an
    HMICFRS reference), `HMICFRS Ref` (integer; blank on most migrated rows), `Report` (the
    force's short names: "PEEL Legit 17 S&S", "NCPI 2018"…), `Published` (a real date on newer
    rows, text such as "Sept 2015" on migrated rows), `Type` (Recommendation / AFI / Cause of
    Concern / National Rec), `Recommendation / AFI (summary)` (the force's own abridged
    wording), `Chief Officer`, `Lead`, **`Stage`**, `Stage changed` (date), `Progress update`,
    `Target date` (text "Mar-25", "TBC"), `Status (2019 tracker)` (grey, old vocabulary).
    Item rows {frows[0][0]}–{frows[-1][0]}: {n_items} item rows, under three section
    banners. Data validation on I5:I300 (list `=StageList` → `Lists!$A$2:$A$8`, warning
    style), on E (types) and G (chief officers). Conditional fill on the Stage column keyed on
    its first character. Autofilter, panes frozen at D5.
  - `Summary`: COUNTIF of each drop-down stage over `Tracker!I5:I300` (cached values written),
    a "Not from drop-down / blank" line and a total — it misses most typed stages (COUNTIF
    ignores case, so only "5 - closed (force)" is counted). Not items.
  - `Lists`: A1 `Stage`, A2:A8 the seven stage names with their meaning in column B; D2:D5 the
    types; F2:F8 chief officers; H2:I6 the 2019 vocabulary (Open, Ongoing, Complete, Closed,
    Closed - NFA) with meanings. Not items.
- `truth.csv` — `hmicfrs_row,force_row,category,why`, UTF-8, one line per reconciliation item.

## How the stages are read (the analyst's decision)

| Stage | Meaning (Lists tab) | Force side |
|---|---|---|
| 1 - Allocated | allocated to a chief officer and lead | open |
| 2 - Action plan agreed | plan and target agreed | open ("agreed" is the *plan*, not the closure) |
| 3 - In progress | actions under way | open |
| 4 - Evidence submitted | lead reports all actions complete, evidence uploaded for IAB | **done** — the force's "pending sign-off": exactly what the sign-off lead checks before submitting to HMICFRS |
| 5 - Closed (force) | signed off at IAB, closure proposed to HMICFRS | done |
| 6 - Closed (HMICFRS confirmed) | HMICFRS confirmed on the portal | done (the force's claim; if HMICFRS still shows it open the pair is closeable_submit — resubmit/query) |
| 7 - Superseded / transferred | replaced / moved to another plan, no further action on the row | done (like GREY/WHITE: nothing more for the force to do) |
| 2019 words | Open, Ongoing → open; Complete, Closed, Closed - NFA → done | |

Stage cells that are not drop-down values (typed by hand or pasted), each read by its stage
number or, for the 2019 words, by the 2019 meaning: {typed_txt}.
Stage is the current position; the grey 2019 column is read only where Stage is blank.

## What the layout brings (row numbers as Excel shows them)

1. Numbered stages from a drop-down on another sheet: the words alone mislead ("Action plan
   *agreed*" is open; "Closed (HMICFRS confirmed)" is the force's claim, not HMICFRS's status).
2. Stage 4 is the done/open boundary; most closeable_submit rows are stage 4 or 5.
3. Hand-typed stages outside the drop-down: "Stage 4" (row {frn(9)}), bare number `4` stored as
   a number (row {frn(13)}), "4-Evidence submitted" (row {frn(17)}), "5 Closed" (row {frn(6)}),
   "Stage 2" (row {frn(48)}), bare number `5` (row {frn(68)}), en dash "3 – In progress" (row
   {frn(25)}), trailing space "6 - Closed (HMICFRS confirmed) " (row {frn(30)}), lower-case
   "5 - closed (force)" (row {frn(83)}).
4. Old 2019 words in the Stage cell: "Complete" (row {frn(4)}), "Closed" (row {frn(15)}),
   "Ongoing" (rows {frn(22)}, {frn(28)}); Stage blank with 2019 "Complete" (row {frn(20)}).
5. 2019 column contradicts the Stage: row {frn(19)} (2019 "Complete", Stage "3 - In progress"
   since 14/03/2022 — re-opened) → force open, closeable_local against HMICFRS Complete.
6. Stage 7 "Superseded / transferred" on row {frn(65)} → force done → closeable_submit.
7. Stage 6 while HMICFRS still says Being progressed: row {frn(27)} → closeable_submit.
8. One recommendation split over rows: MSHT leadership & governance (ref 8201) over rows
   {fr('sf1')} (stages 5, 5, 4, 5 → all done → closeable_submit on every row); CDI 2016
   "put in place arrangements" over rows {fr('cdi')} (5, 5, 3 → not all done → in_sync with
   HMICFRS Being progressed on every row).
9. One row holding two recommendations: row {frn(6)} "(2 recs)" = austerity items
   {hrows['aust2']} and {hrows['aust3']}.
10. The 2013 and 2015 stop and search "community scrutiny" recommendations are near-identical
    texts; the force keeps each under its own report (rows {fr('sas13c')} and {fr('sas15')}), and
    the report decides the pair (2013 Superseded → closeable_local; 2015 Awaiting review vs
    stage 2 → in_sync).
11. HMICFRS Ref is blank on most migrated rows (text matching needed) and is wrong on row
    {fr('vet1')} (8516 for 8561).
12. Title rows on both sides, section banners inside the tracker, a footer note, a Summary sheet
    of formulas and a Lists sheet — none of them items.

## Traps and how the truth decides them

- **Conflicts** (matched, but a fact disagrees; the status comparison is not used):
  deadline "By 31 August 2016" vs "2015" (row {fr('integ')} / {hrows['integ']}); report filed
  under "PEEL Efficiency 2016" vs PEEL: Police efficiency 2015 (row {fr('eff15b')} /
  {hrows['eff15b']}); "Within 12 months" vs "Within six months" (row {fr('sf2')} /
  {hrows['sf2']}); type Recommendation vs Area for improvement (row {fr('ctrl')} /
  {hrows['ctrl']}); a missing bullet (possession-only drug searches) (row {fr('leg1')} /
  {hrows['leg1']}); reference 8516 vs 8561 (row {fr('vet1')} / {hrows['vet1']}).
- **Missing from force**: {', '.join(hrows[k] for k in MISSING)} — the 2013 APP-specification
  rec, the "publish this analysis annually" rec, the vetting cause of concern (its
  recommendation is tracked), the Home Office/NPCC data rec (NFA, not for forces) and the new
  PEEL 2021/22 stalking AFI.
- **Not on HMICFRS list**: the force's own "Local action" (row {frn(43)}), the abuse-of-position
  row (row {frn(40)}, confirmed closed by HMICFRS per the force and off the list), the PEEL 21/22
  RASSO AFI (row {frn(85)}), the joint custody inspection item (row {frn(77)}) and the JAC /
  internal audit action (row {frn(86)}).
- Causes of concern are tracked as their own rows (type "Cause of Concern") next to their
  recommendations (e.g. rows {fr('da_coc')}, {fr('mc_coc')}, {fr('p19_cocA')}, {fr('p19_cocB')}); each pairs with the
  HMICFRS cause of concern, not with a recommendation of the same report.
- No `review` lines: every pair could be decided from the two rows.

## Counts

| category | lines |
|---|---|
{count_txt}
| **total** | {len(lines)} |

HMICFRS items: {len(hrows)}; force item rows: {n_items}; truth lines: {len(lines)} (one force row
holds two items, so {n_items} rows give {n_items + 1} force-side lines; plus
{len(MISSING)} missing_from_force lines).

## Rows that are not items

- Definitive list!1 (title), !2 ("as at" note), !3 (blank), !4 (header).
- Tracker!1 (title), !2 (instruction note), !3 (blank), !4 (header).
{nonitem_txt}
- Sheets `Guidance`, `Summary` and `Lists` hold no items (guidance text, COUNTIF formulas,
  validation lists).

## Checks run

- The builder asserts every HMICFRS item row appears in the truth at least once and every
  tracker item row exactly once per item it holds; for every non-conflict line it recomputes
  the category from the stage reading above (split items aggregated: done only when every part
  is) and the HMICFRS status, and asserts it equals the hand-written label.
- Files read back with pandas (`header=3`) and openpyxl: row counts, header positions, the
  validation on `Tracker!I5:I300` pointing at `StageList`, the typed stage cells (numbers 4 and
  5 read back as numbers), and every truth `Sheet!Row` pointing at a non-empty item row.
- Two builds byte-identical (sha256 of all four files compared).
- `reconcile` was never run or imported on this case.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
