"""Build the evaluation case `fll_blocks_unmerged_resorted`.

HMICFRS side: the definitive list for Lincolnshire Police as the force liaison lead (FLL) sent
it: one block per report, the report title and publication date in merged cells down each
block. The force analyst unmerged everything (Excel leaves the value on the block's first row
only) and sorted the data range by Status (A to Z) then Reference (smallest to largest), so the
report title and date now sit on scattered rows and most rows have none beside them.

Force side: the force's own tracker (Strategic Development), one sheet grouped by report, with a
Key sheet.

Texts are real public HMICFRS wording (Open Government Licence), copied from the project's
casegen text lists and research CSV; the force's rewordings, updates and local actions are
written here as a force analyst would.

Run: /work/main/.venv/bin/python build_fll_blocks_unmerged_resorted.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip entry times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 6401
CASE = "fll_blocks_unmerged_resorted"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
FIXED_TIME = dt.datetime(2025, 3, 4, 9, 30, 0)

rng = random.Random(SEED)
D = dt.date

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force tracker name, force date style)
# date style: "d" = real date cell, or a text the force typed instead.
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop and Search 2013", "Jul 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014", "d"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", "d"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "Core Business 2014", "Sept 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015", "d"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop and Search 2 (2015)", "d"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015", "d"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015", "d"),
    "eff15": ("PEEL: Police effectiveness 2015", D(2016, 2, 18), "PEEL Effectiveness 2015", "d"),
    "efy16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), "PEEL Efficiency 2016", "d"),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016",
              "Mar 2017"),
    "ncpi17": ("National child protection inspection 2017", D(2017, 6, 20), "NCPI 2017", "d"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 14), "CDI 2017", "d"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "d"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "d"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S", "d"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
                 "PEEL 2018/19", "May 2019"),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 12), "Crime Data Integrity 2019",
              "d"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)", "d"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 12),
                 "PEEL 2021/22", "d"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 16),
                 "PEEL Assessment 2023/24", "d"),
}

# Real texts --------------------------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

CDI_STEM = ("HMIC recommends that within six months the force should: put in place arrangements "
            "to ensure that:")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)

SAS_MON_HEAD = ("By July 2018, all police forces across England and Wales should be regularly and "
                "frequently monitoring a comprehensive set of data and information on use of stop "
                "and search powers to understand:\n"
                "•the reasons for any disproportionate representation of different ethnic groups "
                "in the use of stop and search; •the extent to which find rates differ between "
                "people from different ethnicities, and across different types of searches "
                "(including separate identification of find rates for drug possession and "
                "supply-type offences)")
SAS_MON_TAIL = ("; and •the prevalence of possession-only drug searches, and the extent to which "
                "these align with local or force level priorities.")
SAS_MONITORING_2017 = SAS_MON_HEAD + SAS_MON_TAIL

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
EVERYONE_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case."
)

FIREARMS_DEMAND = ("Within three months, all chief constables should assess the demand placed on "
                   "their firearms licensing department and ensure it has the capacity to meet "
                   "this demand and provide an efficient and effective service at all times.")

# ---------------------------------------------------------------------------------------------
# HMICFRS items. Each: ref, report, type, text, HMICFRS status, status date, force spec.
# Force spec: None = not in the tracker; else dict with rag, and optional style / text / ref /
# report / date / type / split / why. Category is derived below.
# ---------------------------------------------------------------------------------------------
AR, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")

ITEMS: list[dict] = []


def item(ref, rep, typ, text, hstat, hdate, force=None):
    ITEMS.append(dict(ref=ref, rep=rep, type=typ, text=text, hstat=hstat, hdate=hdate,
                      force=force))


F = dict  # force spec shorthand

item(318, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO, D(2016, 4, 11),
     F(rag="GREEN", ref=False))
item(319, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.", BP,
     D(2024, 9, 30), F(rag="GREEN", ref=False, style="abbr"))
item(320, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", CO,
     D(2018, 1, 22), F(rag="AMBER", ref=False))
item(2321, "everyone", NAT, EVERYONE_PLAN, SU, D(2017, 3, 2),
     F(rag="AMBER", ref=False, text=EVERYONE_RUN_ON))
item(3107, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", CO,
     D(2015, 6, 8), F(rag="GREEN", ref=False))
item(3108, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", CO, D(2015, 6, 8),
     F(rag="GREEN", ref=False))
item(3109, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", BP, D(2024, 9, 30), None)
item(3110, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", NF,
     D(2024, 11, 18), F(rag="AMBER", ref=False, style="abbr"))
item(4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", SU, D(2016, 3, 3),
     F(rag="AMBER", ref=False))
item(902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", BP,
     D(2024, 9, 30), F(rag="AMBER", ref=False, style="quotes"))
item(5210, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", BP,
     D(2024, 9, 30), F(rag="GREEN", ref=False))
item(5634, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", AR, D(2024, 11, 18),
     F(rag="AMBER", ref=False, style="misspell"))
item(5902, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, D(2016, 6, 14),
     F(rag="GREEN"))
item(5903, "firearms", NAT, FIREARMS_DEMAND, BP, D(2024, 9, 30),
     F(rag="AMBER", text=FIREARMS_DEMAND.replace("Within three months", "Within six months"),
       conflict="timescale: HMICFRS text says 'Within three months', the tracker's copy says "
                "'Within six months'"))
item(5904, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", CO,
     D(2019, 2, 7), F(rag="AMBER", style="quotes"))
item(5905, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", BP,
     D(2024, 9, 30), F(rag="GREEN", style="abbr"))
item(5906, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of "
     "a firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(6620, "efy16", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", CO, D(2018, 10, 1), F(rag="GREEN"))
item(6621, "efy16", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", BP,
     D(2024, 9, 30), F(rag="GREEN"))
item(6622, "efy16", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", SU, D(2019, 5, 2),
     F(rag="AMBER", style="misspell"))
item(6871, "eff16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In cases "
     "where a DASH risk assessment is not completed the officer should record an assessment on "
     "the crime management system. HMIC found that officers are not consistently completing a "
     "DASH in circumstances where force policy requires that they should do so. This means that "
     "some victims of domestic abuse who may be at risk of harm are not being appropriately "
     "risk-assessed.", CO, D(2018, 4, 27), F(rag="GREEN", style="abbr"))
item(6872, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     CO, D(2018, 4, 27), F(rag="GREEN", style="nostem"))
item(6873, "eff16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.", BP,
     D(2024, 9, 30), F(rag="AMBER", style="misspell"))
item(6874, "eff16", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", BP, D(2024, 9, 30),
     F(rag="GREEN", style="nostem"))
item(6875, "eff16", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;", AR,
     D(2024, 11, 18), None)
item(6876, "eff16", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", SU, D(2019, 5, 2), F(rag="AMBER", style="abbr"))
item(7650, "ncpi17", REC,
     "To address this cause of concern the force should immediately review its approach to "
     "reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate actions.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(7651, "ncpi17", REC,
     "Within six months the force should, in conjunction with children’s social care services, "
     "review how it manages the detention of children. As a minimum it should:• ensure that all "
     "children are only detained when absolutely necessary and for the absolute minimum amount "
     "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
     "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
     "social care services to achieve the most appropriate option for the child;• ensure that "
     "custody staff make a record of all actions taken and decisions made on the relevant "
     "documentation; and• improve the timeliness of adequate appropriate adult support for "
     "children who are arrested.", CO, D(2019, 8, 5), F(rag="GREEN", style="misspell"))
item(7652, "ncpi17", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.", CO,
     D(2019, 8, 5), F(rag="AMBER", style="quotes"))
item(7653, "ncpi17", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", BP, D(2024, 9, 30),
     F(rag="GREEN", style="abbr"))
item(8104, "cdi17", REC, CDI_VICTIMS, BP, D(2024, 9, 30), F(rag="GREEN", split="cdi"))
item(8105, "cdi17", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", CO,
     D(2018, 7, 16), F(rag="GREEN"))
item(8320, "stolen", NAT, SF_LEADERSHIP, BP, D(2024, 9, 30),
     F(rag="AMBER", split="sf", split_rags=["GREEN", "GREEN", "AMBER", "GREEN"]))
item(8321, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", CO, D(2019, 3, 18),
     F(rag="GREEN",
       text="Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence and in "
            "order to safeguard victims better and to identify suspects as early as possible."))
item(8322, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", BP,
     D(2024, 9, 30), F(rag="GREEN", style="abbr"))
item(8323, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, D(2024, 9, 30),
     F(rag="AMBER"))
item(8324, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", CO, D(2020, 1, 13),
     F(rag="AMBER", style="abbr"))
item(8325, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", BP, D(2024, 9, 30), F(rag="GREEN"))
item(8326, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to "
     "pose a clear threat to others in respect of modern slavery and human trafficking offences "
     "are exploited.", AR, D(2024, 11, 18), None)
item(8402, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, D(2024, 9, 30), None)
item(8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search data "
     "which many forces are unable to explain.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(8542, "leg17", NAT, SAS_MONITORING_2017, BP, D(2024, 9, 30),
     F(rag="GREEN", text=SAS_MON_HEAD + ".",
       conflict="missing bullet: the tracker's copy stops after the find-rates bullet; the third "
                "bullet (prevalence of possession-only drug searches) is not in it"))
item(8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     BP, D(2024, 9, 30), F(rag="GREEN"))
item(8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", CO, D(2019, 10, 21), F(rag="GREEN"))
item(8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", BP, D(2024, 9, 30),
     F(rag="AMBER", ref=8554,
       conflict="reference: the tracker records HMICFRS ref 8554 (digits transposed); the list's "
                "ref is 8545 and 8554 is not on the list"))
item(9310, "peel1819", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", CO, D(2021, 3, 29), F(rag="GREEN"))
item(9311, "peel1819", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", CO, D(2021, 3, 29),
     F(rag="GREEN", style="nostem"))
item(9312, "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", BP, D(2024, 9, 30), F(rag="GREEN", style="misspell"))
item(9313, "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(9314, "peel1819", AFI,
     "Lincolnshire Police should ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", BP, D(2024, 9, 30),
     F(rag="AMBER", report="PEEL: Police legitimacy 2017", date=D(2017, 12, 12), place="leg17",
       conflict="report and date: HMICFRS ref 9314 belongs to the PEEL 2018/19 block (published "
                "2 May 2019); the tracker files it under PEEL legitimacy 2017, 12/12/2017, the "
                "title that sits above it in the sorted list"))
item(9315, "peel1819", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", CO, D(2021, 3, 29), F(rag="GREEN"))
item(9720, "cdi19", REC,
     "Within three months, the force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", CO, D(2020, 11, 9), F(rag="AMBER"))
item(9721, "cdi19", REC,
     "Within six months the force should make sure it records reports of domestic abuse "
     "accurately and without delay.", BP, D(2024, 9, 30), F(rag="GREEN", style="abbr"))
item(9722, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(10466, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     D(2024, 9, 30), F(rag="AMBER"))
item(10467, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, D(2024, 9, 30), F(rag="GREEN", style="abbr"))
item(10468, "powers", NAT,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice.", BP,
     D(2024, 9, 30), F(rag="AMBER", style="quotes"))
item(10470, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", CO, D(2023, 2, 20),
     F(rag="GREEN"))
item(11204, "peel2122", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.", BP,
     D(2024, 9, 30), F(rag="AMBER"))
item(11205, "peel2122", REC,
     "Within three months, the force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", BP,
     D(2024, 9, 30), F(rag="GREEN"))
item(11206, "peel2122", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", CO, D(2023, 10, 2), F(rag="GREEN"))
item(11207, "peel2122", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", BP, D(2024, 9, 30),
     F(rag="AMBER", type="Rec",
       conflict="type: HMICFRS lists it as an area for improvement, the tracker records it as a "
                "recommendation"))
item(11208, "peel2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", BP, D(2024, 9, 30), F(rag="AMBER"))
item(11209, "peel2122", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", CO, D(2024, 6, 10),
     F(rag="AMBER"))
item(11210, "peel2122", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", BP,
     D(2024, 9, 30), F(rag="GREEN", style="abbr"))
item(11211, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", BP, D(2024, 9, 30), F(rag="AMBER", style="abbr"))
item(11212, "peel2122", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", AR, D(2024, 11, 18), None)
item(11213, "peel2122", AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", NF, D(2024, 11, 18), F(rag="AMBER"))
item(12650, "peel2324", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     AR, D(2024, 11, 18), F(rag="AMBER"))
item(12651, "peel2324", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", AR,
     D(2024, 11, 18), F(rag="AMBER", style="misspell"))
item(12652, "peel2324", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", AR, D(2024, 11, 18), F(rag="RED"))
item(12653, "peel2324", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", AR, D(2024, 11, 18), F(rag="GREEN"))
item(12654, "peel2324", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", AR, D(2024, 11, 18), F(rag="AMBER"))
item(12655, "peel2324", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", AR, D(2024, 11, 18), None)
item(12656, "peel2324", AFI,
     "The force should review the support available for those who have raised concerns and take "
     "any action needed to make sure these provisions are suitable.", AR, D(2024, 11, 18),
     F(rag="AMBER"))
item(12657, "peel2324", REC,
     "Within six months the force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", AR,
     D(2024, 11, 18), F(rag="RED", style="nostem"))

# Force-only rows (not on the HMICFRS list): (report key, type, text, rag, hmicfrs ref, why)
FORCE_ONLY = [
    ("core", "Nat rec",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "GREEN", 4823,
     "real HMICFRS item (Core Business) closed by HMICFRS long ago and no longer on the "
     "definitive list; the force still carries it (4822 from the same report is on the list)"),
    ("eff15", "AFI",
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.", "AMBER", 6231,
     "PEEL effectiveness 2015 AFI the force still tracks; ref 6231 is not on the list (closed "
     "or superseded by HMICFRS); not the same item as 12650 (fraud, PEEL 2023/24)"),
    ("eff16", "Local action",
     "Force action - Rewrite the domestic abuse policy and publish it on the intranet with a "
     "communications plan", "GREEN", None, "force's own local action, never an HMICFRS item"),
    ("stolen", "Local action",
     "Local action: Appoint a single point of contact for modern slavery and human trafficking "
     "in each local policing area", "GREEN", None,
     "force's own local action, never an HMICFRS item"),
    ("cdi19", "Local action",
     "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
     "findings to the Crime Standards Board", "AMBER", None,
     "force's own local action (no prefix), never an HMICFRS item"),
    ("powers", "Nat rec",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "WHITE", None,
     "national recommendation addressed to the Home Office and NPCC, not held against the force; "
     "tracked as WHITE (not ours to deliver)"),
    ("peel2122", "Local action",
     "Force improvement plan: Add violence against women and girls measures to the monthly Force "
     "Performance pack", "AMBER", None, "force's own local action, never an HMICFRS item"),
    ("peel2324", "Local action",
     "JAC action: Internal audit of the fraud governance arrangements (audit plan 2024/25)",
     "AMBER", None, "force's own local action, never an HMICFRS item"),
]

# ---------------------------------------------------------------------------------------------
# Force wording helpers
# ---------------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"[Cc]hief [Cc]onstables", "CCs"),
    (r"police and crime commissioners", "PCCs"),
    (r"Authorised Professional Practice", "APP"), (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"), (r"continuing professional development", "CPD"),
    (r"Home Office", "HO"), (r"within six months", "within 6 months"),
    (r"Within six months", "Within 6 months"), (r"Within three months", "Within 3 months"),
    (r"officers and staff", "officers & staff"),
]
MISSPELL = {"receive": "recieve", "separate": "seperate", "accommodation": "accomodation",
            "governance": "goverance", "supervision": "supervison", "necessary": "neccessary",
            "arrangements": "arrangments", "appropriate": "appropiate",
            "investigations": "investigatons", "workforce": "work force"}


def straight(t: str) -> str:
    return (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def nostem(t: str) -> str:
    t2 = re.sub(r"^(HMIC recommends that (within six months )?the force should( immediately)?:?\s*"
                r"|To address this cause of concern, HMIC recommends the force should immediately "
                r"|Within six months the force should )", "", t)
    t2 = re.sub(r";( and)?$", ".", t2.strip())
    return t2[0].upper() + t2[1:]


def abbr(t: str) -> str:
    for a, b in ABBR:
        t = re.sub(a, b, t)
    return t


def misspell(t: str) -> str:
    for right, wrong in MISSPELL.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def force_text(it: dict) -> str:
    f = it["force"]
    if "text" in f:
        return f["text"]
    t = it["text"]
    style = f.get("style", "verbatim")
    if style == "nostem":
        return nostem(t)
    if style == "abbr":
        return abbr(straight(t))
    if style == "misspell":
        return misspell(straight(t))
    if style == "quotes":
        return straight(t)
    return t


LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
LEAD_BY_REPORT = {
    "sas13": "ACC Local Policing", "sas15": "ACC Local Policing", "leg17": "ACC Local Policing",
    "powers": "ACC Local Policing", "everyone": "Ch Supt Public Protection",
    "austerity": "Director of Finance", "core": "Supt Contact Centre",
    "integrity": "Head of Professional Standards", "picture": "Head of Information Management",
    "firearms": "Supt Firearms Licensing", "eff15": "ACC Crime", "efy16": "Director of Finance",
    "eff16": "Ch Supt Public Protection", "ncpi17": "Ch Supt Public Protection",
    "cdi17": "Force Crime Registrar", "cdi19": "Force Crime Registrar", "stolen": "Det Ch Supt Force CID",
    "efc17": "Head of Corporate Development", "peel1819": "ACC Crime", "peel2122": "DCC",
    "peel2324": "DCC",
}
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Ready to move to GREEN status.",
    "Pending sign off by the chief officer lead.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Closure pack agreed at Organisational Learning Board; evidence uploaded to the portal.",
    "Policy in place and audited by Force Crime Registrar. Proposed for closure.",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Update requested from lead for March OLB.",
    "Awaiting allocation.",
    "No update received this quarter.",
]
UPD_RED = ["Little work yet undertaken in this area. Unlikely to reach deadlines."]


def update_for(rag: str) -> str | None:
    if rag == "GREEN":
        return rng.choice(UPD_DONE)
    if rag == "RED":
        return UPD_RED[0]
    if rag == "WHITE":
        return "Not the force's responsibility to deliver; dependent upon another organisation."
    u = rng.choice(UPD_OPEN + [None])
    return u


FORCE_TYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat rec"}

# ---------------------------------------------------------------------------------------------
# Categories
# ---------------------------------------------------------------------------------------------
H_CLOSED = {CO, SU, NF}
F_DONE = {"GREEN", "WHITE"}


def category(it: dict, rag: str) -> tuple[str, str]:
    f = it["force"]
    hclosed = it["hstat"] in H_CLOSED
    if f.get("conflict"):
        return "conflict", f["conflict"]
    fdone = rag in F_DONE
    if not hclosed and fdone:
        return "closeable_submit", f"HMICFRS '{it['hstat']}', force {rag}"
    if hclosed and not fdone:
        return "closeable_local", f"HMICFRS '{it['hstat']}', force {rag}"
    if hclosed:
        return "in_sync", f"closed on both: HMICFRS '{it['hstat']}', force {rag}"
    return "in_sync", f"open on both: HMICFRS '{it['hstat']}', force {rag}"


# ---------------------------------------------------------------------------------------------
# HMICFRS workbook
# ---------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
REPORT_FILL = PatternFill("solid", fgColor="DDEBF7")


def build_hmicfrs() -> tuple[dict, list]:
    # The FLL's list: blocks in order of publication, items by reference inside each block.
    order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    blocks = []
    for k in order:
        its = sorted([i for i in ITEMS if i["rep"] == k], key=lambda i: i["ref"])
        if not its:
            continue
        for n, it in enumerate(its):
            blocks.append((it, n == 0))
    # The analyst: unmerge (value stays on the block's first row), sort Status A-Z, Ref 1-9.
    rows = sorted(blocks, key=lambda b: (b[0]["hstat"], b[0]["ref"]))

    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS definitive list of recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Source: HMICFRS monitoring portal, status as at 28 February 2025. Sent by the "
                "Force Liaison Lead on 3 March 2025. Items closed since the September 2024 list "
                "are included for information.")
    ws["A2"].font = Font(italic=True, size=9)
    header = ["Report title", "Publication date", "Reference", "Type",
              "Recommendation / area for improvement / cause of concern", "Status",
              "Status date"]
    HR = 4
    for c, h in enumerate(header, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    pos = {}
    r = HR + 1
    for it, first in rows:
        title, pub = REPORTS[it["rep"]][0], REPORTS[it["rep"]][1]
        a = ws.cell(r, 1, title if first else None)
        b = ws.cell(r, 2, pub if first else None)
        # Excel copies the merged cell's format to every cell of the range when unmerging.
        for cell in (a, b):
            cell.fill = REPORT_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = BOX
            cell.font = Font(bold=True)
        b.number_format = "d mmmm yyyy"
        ws.cell(r, 3, it["ref"])
        ws.cell(r, 4, it["type"])
        ws.cell(r, 5, it["text"])
        ws.cell(r, 6, it["hstat"])
        g = ws.cell(r, 7, it["hdate"])
        g.number_format = "dd/mm/yyyy"
        for c in range(3, 8):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        pos[it["ref"]] = r
        r += 1
    last = r - 1
    ws.cell(r + 1, 1, "Please return the force position on each open item to the FLL by "
                      "31 March 2025. Queries to the FLL mailbox.").font = Font(italic=True,
                                                                                size=9)
    ws.auto_filter.ref = f"A{HR}:G{last}"
    ws.freeze_panes = f"A{HR + 1}"
    for col, w in zip("ABCDEFG", (38, 16, 11, 22, 90, 20, 12)):
        ws.column_dimensions[col].width = w
    save(wb, OUT / "hmicfrs.xlsx")

    # forward-fill check: what a naive fill-down of the report column would give each row
    ff, cur = {}, None
    for it, first in rows:
        if first:
            cur = it["rep"]
        ff[it["ref"]] = cur
    return pos, [(it, ff[it["ref"]]) for it, _ in rows]


# ---------------------------------------------------------------------------------------------
# Force tracker workbook
# ---------------------------------------------------------------------------------------------
def build_tracker(hpos: dict) -> list[tuple]:
    truth = []
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Development – Organisational Learning. Version 14, updated 24/02/2025. "
                "RAG key on the Key tab.")
    ws["A2"].font = Font(italic=True, size=9)
    header = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
              "Recommendation / AFI (HMICFRS wording)", "Lead", "Progress update", "RAG",
              "Date proposed for closure"]
    HR = 4
    for c, h in enumerate(header, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rag_fill = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}

    # force rows grouped by the report the force files them under, in publication order
    entries = []  # (placekey, sortref, kind, payload)
    for it in ITEMS:
        f = it["force"]
        if f is None:
            continue
        place = f.get("place", it["rep"])
        entries.append((place, it["ref"], "item", it))
    for n, fo in enumerate(FORCE_ONLY):
        entries.append((fo[0], fo[4] if fo[4] else 99999 + n, "only", fo))
    order = {k: REPORTS[k][1] for k in REPORTS}
    entries.sort(key=lambda e: (order[e[0]], e[1]))

    r = HR + 1
    no = 0
    closure_day = [D(2024, 10, 7), D(2024, 11, 4), D(2024, 12, 2), D(2025, 1, 13),
                   D(2025, 2, 10)]

    def put_row(num, ref, rep_key, rep_name, pub, ftype, text, rag):
        nonlocal r
        ws.cell(r, 1, num)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, rep_name)
        style = REPORTS[rep_key][3] if pub is None else "d"
        if pub is None:
            pub = REPORTS[rep_key][1]
        pc = ws.cell(r, 4, pub if style == "d" else style)
        pc.number_format = "dd/mm/yyyy"
        ws.cell(r, 5, ftype)
        ws.cell(r, 6, text)
        ws.cell(r, 7, LEAD_BY_REPORT[rep_key] if rng.random() > 0.15 else rng.choice(LEADS))
        ws.cell(r, 8, update_for(rag))
        rc = ws.cell(r, 9, rag)
        rc.fill = PatternFill("solid", fgColor=rag_fill[rag])
        if rag == "GREEN" and rng.random() > 0.25:
            d = ws.cell(r, 10, rng.choice(closure_day))
            d.number_format = "dd/mm/yyyy"
        for c in range(1, 11):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        return r - 1

    for place, _, kind, p in entries:
        if kind == "only":
            rep_key, ftype, text, rag, ref, why = p
            no += 1
            row = put_row(no, ref, rep_key, REPORTS[rep_key][2], None, ftype, text, rag)
            truth.append(("", f"Tracker!{row}", "not_on_hmicfrs_list", why))
            continue
        it = p
        f = it["force"]
        href = f"Definitive list!{hpos[it['ref']]}"
        ref_shown = f.get("ref", True)
        ref_val = it["ref"] if ref_shown is True else (None if ref_shown is False else ref_shown)
        rep_name = f.get("report", REPORTS[it["rep"]][2])
        pub = f.get("date")
        ftype = f.get("type", FORCE_TYPE[it["type"]])
        no += 1
        if f.get("split"):
            if f["split"] == "cdi":
                parts = [("Put in place arrangements to ensure that " + b).rstrip(";")
                         .removesuffix("; and").removesuffix(" and").rstrip(";") + "."
                         for b in CDI_BULLETS]
                rags = ["GREEN"] * len(parts)
                why_all = ("split: one tracker row per bullet of the recommendation, all GREEN; "
                           f"HMICFRS '{it['hstat']}' -> the whole recommendation can be submitted")
                cat_all = "closeable_submit"
            else:
                parts = [abbr("Within 12 months, review leadership & governance arrangements for "
                              "MSHT to ensure that " + b).rstrip(";").removesuffix(" and")
                         .removesuffix("; and").rstrip(";").rstrip(".") + "."
                         for b in SF_BULLETS]
                rags = f["split_rags"]
                why_all = ("split: one tracker row per bullet; bullet 3 still AMBER so the force "
                           "item is open overall; HMICFRS 'Being progressed' -> open on both")
                cat_all = "in_sync"
            for k, (txt, rg) in enumerate(zip(parts, rags)):
                row = put_row(f"{no}{'abcde'[k]}", ref_val, it["rep"], rep_name, pub, ftype,
                              txt, rg)
                truth.append((href, f"Tracker!{row}", cat_all,
                              f"{why_all} (bullet {k + 1}, {rg})"))
            continue
        rag = f["rag"]
        row = put_row(no, ref_val, it["rep"], rep_name, pub, ftype, force_text(it), rag)
        cat, why = category(it, rag)
        extra = []
        if ref_val is None:
            extra.append("tracker has no HMICFRS ref: matched on text and report")
        truth.append((href, f"Tracker!{row}", cat, "; ".join([why] + extra)))
    last = r - 1
    ws.auto_filter.ref = f"A{HR}:J{last}"
    ws.freeze_panes = f"C{HR + 1}"
    for col, w in zip("ABCDEFGHIJ", (6, 11, 26, 12, 10, 80, 24, 50, 9, 14)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("GREEN", "The recommendation is implemented; proposed to HMICFRS for closure"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("WHITE", "Not Lincolnshire Police responsibility to deliver or is dependent upon another "
                  "organisation"),
    ], start=3):
        key.cell(i, 1, k).fill = PatternFill("solid", fgColor=rag_fill[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 90
    save(wb, OUT / "tracker.xlsx")
    return truth


# ---------------------------------------------------------------------------------------------
def save(wb: Workbook, path: Path) -> None:
    """Save with fixed document timestamps and zip entry times, so rebuilds are byte-identical."""
    wb.properties.creator = "HMICFRS FLL" if path.name.startswith("hmicfrs") else "OL team"
    wb.properties.created = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-03-04T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hpos, ffill = build_hmicfrs()
    truth = build_tracker(hpos)
    for it in ITEMS:
        if it["force"] is None:
            truth.append((f"Definitive list!{hpos[it['ref']]}", "", "missing_from_force",
                          f"on the HMICFRS list ('{it['hstat']}'), no row in the force tracker"))
    # the fill-down trap: report the rows where a naive fill-down gives the wrong report
    wrong = [(it["ref"], it["rep"], f) for it, f in ffill if f != it["rep"]]
    assert any(ref == 9314 and f == "leg17" for ref, _, f in wrong), "trap lost for 9314"

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        fr = int(t[1].split("!")[1]) if t[1] else 10**6
        return (h, fr)

    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    print(f"fill-down gives the wrong report on {len(wrong)} of {len(ffill)} HMICFRS rows")
    for ref, rep, f in wrong:
        print(f"  {ref}\ttrue={rep}\tfill-down={f}")


if __name__ == "__main__":
    main()
