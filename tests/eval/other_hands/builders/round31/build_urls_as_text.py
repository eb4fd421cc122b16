"""Build the `urls_as_text` evaluation case (round 31).

Layout: a force tracker (Lincolnshire Police) whose analyst pasted HMICFRS web addresses as
plain text into an "HMICFRS page" column: per-recommendation register pages ending in the
numeric id (/hmicfrs/recommendation/lincolnshire/<id>/), report publication pages, PEEL
assessment pages and recommendation-theme pages. There is no reference column: the id is only
in the address, or in a report name copied from a theme page ("<Report title> (<id>)").
The HMICFRS side is a register export (CSV) with Reference, Report, Type, text and Status.

Recommendation texts are real public HMICFRS wording (Open Government Licence), copied from
/work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv. Force
rewordings, local actions and updates are written for this case.

Run:  /work/main/.venv/bin/python build_urls_as_text.py   (rebuilds byte for byte)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 3120231106
random.seed(SEED)

OUT = Path(__file__).resolve().parent / "urls_as_text"
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Lincolnshire Police"
SLUG = "lincolnshire"
BASE = "https://www.justiceinspectorates.gov.uk"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"


def slugify(title: str) -> str:
    s = title.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def pub(slug: str, old: bool = False) -> str:
    """Report publication page. Before the 2017 rename the site used /hmic/."""
    return f"{BASE}/{'hmic' if old else 'hmicfrs'}/publications/{slug}/"


def recpage(ident: int, trailing: bool = True) -> str:
    """HMICFRS register page of one recommendation (research notes 1.2)."""
    return f"{BASE}/hmicfrs/recommendation/{SLUG}/{ident}" + ("/" if trailing else "")


def theme(t: str) -> str:
    return f"{BASE}/hmicfrs/?recommendation-theme={t}"


# --------------------------------------------------------------------------------------------
# Real texts (copied from casegen/texts national.py / force.py and the research CSV)
# --------------------------------------------------------------------------------------------
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

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
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case."
)
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
CHILD_DETENTION_BODY = (
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
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
DASH_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
            "take steps to ensure that there is effective supervision of the initial risk "
            "assessment process, specifically in relation to the completion of DASH risk "
            "assessment in appropriate cases.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, scope, publication page)
# --------------------------------------------------------------------------------------------
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "All forces"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "All forces"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "All forces"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "All forces"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "All forces"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "All forces"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "All forces"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "All forces"),
    "peel16e": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
                FORCE),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "All forces"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "All forces"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "All forces"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
               FORCE),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police",
               dt.date(2018, 6, 19), FORCE),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police",
              dt.date(2019, 9, 24), FORCE),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", dt.date(2019, 9, 27), FORCE),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "All forces"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 5, 24), FORCE),
}
PEEL21_URL = (f"{BASE}/hmicfrs/publications/peel-2021-22-police-effectiveness-efficiency-and-"
              "legitimacy-assessment-for-lincolnshire/")

# --------------------------------------------------------------------------------------------
# HMICFRS register items: (ref, report, type, text, status, last updated)
# --------------------------------------------------------------------------------------------
H = [
    (1187, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", dt.date(2015, 6, 4)),
    (1188, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", dt.date(2016, 2, 11)),
    (1189, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Complete",
     dt.date(2015, 6, 4)),
    (2321, "everyone", NAT, EVERYONE_PLAN, "Complete", dt.date(2016, 3, 15)),
    (3301, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", dt.date(2015, 3, 2)),
    (3302, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Complete", dt.date(2015, 3, 2)),
    (3303, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Complete",
     dt.date(2015, 3, 2)),
    (3304, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Superseded",
     dt.date(2016, 11, 3)),
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Superseded",
     dt.date(2017, 3, 2)),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", dt.date(2016, 1, 19)),
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", dt.date(2022, 10, 12)),
    (5120, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Complete", dt.date(2017, 5, 23)),
    (5544, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Being progressed",
     dt.date(2021, 4, 8)),
    (5931, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", dt.date(2016, 7, 1)),
    (5932, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     dt.date(2023, 2, 14)),
    (5933, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", dt.date(2016, 7, 1)),
    (5934, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", dt.date(2023, 2, 14)),
    (5935, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Being progressed",
     dt.date(2023, 2, 14)),
    (7012, "peel16e", COC, DA_CAUSE, "Complete", dt.date(2018, 4, 27)),
    (7013, "peel16e", REC, DASH_REC + " In cases where a DASH risk assessment is not completed "
     "the officer should record an assessment on the crime management system.", "Complete",
     dt.date(2018, 4, 27)),
    (7014, "peel16e", REC,
     "Within three months, the force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.", "Complete", dt.date(2018, 4, 27)),
    (7015, "peel16e", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete", dt.date(2018, 4, 27)),
    (7016, "peel16e", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", dt.date(2022, 6, 30)),
    (7017, "peel16e", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", dt.date(2022, 6, 30)),
    (8268, "stolen", NAT, SF_LEADERSHIP, "Being progressed", dt.date(2023, 1, 20)),
    (8269, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", dt.date(2023, 1, 20)),
    (8270, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", dt.date(2019, 2, 5)),
    (8271, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", dt.date(2019, 2, 5)),
    (8272, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     dt.date(2023, 1, 20)),
    (8273, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed", dt.date(2023, 1, 20)),
    (8274, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Complete", dt.date(2019, 2, 5)),
    (8390, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the "
     "development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.", "Being progressed",
     dt.date(2021, 9, 9)),
    (8540, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete", dt.date(2021, 2, 26)),
    (8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", dt.date(2022, 11, 1)),
    (8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", dt.date(2022, 11, 1)),
    (8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", dt.date(2020, 7, 14)),
    (8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     dt.date(2020, 7, 14)),
    (8602, "leg17f", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Complete", dt.date(2019, 5, 2)),
    (8603, "leg17f", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Being progressed",
     dt.date(2022, 3, 17)),
    (8604, "leg17f", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete", dt.date(2019, 5, 2)),
    (9105, "ncpi18", REC,
     "Within six months Lincolnshire Police should, " + CHILD_DETENTION_BODY + ".",
     "Being progressed", dt.date(2022, 8, 4)),
    (9106, "ncpi18", REC, "Within three months, the force should " + MISSING_CHILDREN_BODY + ".",
     "Complete", dt.date(2019, 10, 21)),
    (9107, "ncpi18", AFI,
     "The force should make sure investigations of child sexual exploitation are allocated to "
     "officers with the right skills and are effectively supervised.", "Being progressed",
     dt.date(2022, 8, 4)),
    (10230, "cdi19", REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", dt.date(2023, 3, 28)),
    (10231, "cdi19", REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", dt.date(2021, 12, 2)),
    (10232, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Being progressed", dt.date(2023, 3, 28)),
    (10410, "peel18", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Complete", dt.date(2022, 5, 24)),
    (10411, "peel18", AFI,
     "The force should make sure investigations of sexual offences against children are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", dt.date(2022, 5, 24)),
    (11702, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", dt.date(2023, 4, 19)),
    (11703, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete", dt.date(2023, 4, 19)),
    (11704, "powers", NAT, BWV_2021, "Awaiting review", dt.date(2023, 9, 29)),
    (11705, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "Awaiting review", dt.date(2021, 2, 26)),
    (11706, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     dt.date(2023, 4, 19)),
    (12850, "peel21", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", "Being progressed", dt.date(2023, 6, 12)),
    (12851, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Being progressed", dt.date(2023, 6, 12)),
    (12852, "peel21", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Complete", dt.date(2023, 6, 12)),
    (12853, "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed", dt.date(2023, 6, 12)),
    (12854, "peel21", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Awaiting review", dt.date(2022, 5, 24)),
    (12855, "peel21", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", "Being progressed", dt.date(2023, 6, 12)),
]

# --------------------------------------------------------------------------------------------
# HMICFRS register export (CSV): sorted by publication date then reference
# --------------------------------------------------------------------------------------------
H.sort(key=lambda h: (R[h[1]][1], h[0]))
HCOLS = ["Reference", "Force", "Report", "Published", "Type", "Recommendation", "Status",
         "Last updated"]
hrow_of: dict[int, str] = {}
hbuf = io.StringIO(newline="")
w = csv.writer(hbuf, lineterminator="\r\n")
w.writerow(HCOLS)
for i, (ref, rk, typ, text, status, upd) in enumerate(H):
    title, published, scope = R[rk]
    w.writerow([ref, FORCE if scope == FORCE else "All forces", title,
                published.strftime("%d/%m/%Y"), typ, text, status, upd.strftime("%d/%m/%Y")])
    hrow_of[ref] = f"hmicfrs.csv!{i + 2}"
(OUT / "hmicfrs.csv").write_bytes(hbuf.getvalue().encode("utf-8"))
status_of = {h[0]: h[4] for h in H}

# --------------------------------------------------------------------------------------------
# Force tracker rows. Each item: (item no., report cell, page cell, text, RAG, update,
#   truth ref or None, category, why). Leads and review dates come from the seeded RNG.
# --------------------------------------------------------------------------------------------
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete – signed off at Force Learning Board.",
    "Pending sign off by the chief officer lead.",
    "Ready to move to GREEN status. Evidence pack with OPCC.",
]
OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan is being "
    "drafted.",
    "Allocated to lead. Update requested for JAC.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
]

SAS13_URL = pub("stop-and-search-powers-are-the-police-using-them-effectively-and-fairly", True)
AUST_URL = pub("policing-in-austerity-meeting-the-challenge", True)
SAS15_URL = pub("stop-and-search-powers-2-are-the-police-using-them-effectively-and-fairly",
                True)
FIRE_URL = pub(slugify(R["firearms"][0]))
STOLEN_URL = pub(slugify(R["stolen"][0]))
EFC17_URL = pub("peel-police-efficiency-2017")
LEG17_URL = pub("peel-police-legitimacy-2017")
POWERS_URL = pub(slugify(R["powers"][0]))
PEEL16_ASSESS = "http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/lincolnshire/"
PEEL18_ASSESS = "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2018/lincolnshire/"

G, A, RD = "Green", "Amber", "Red"

T = []  # tracker rows, in sheet order; tuple kinds: ("item", ...) or ("heading", ...)


POOL: list = []  # leads for the current section of the sheet


def pool(*leads):
    POOL[:] = leads


def item(no, report, page, text, rag, upd, ref, cat, why):
    T.append(("item", no, report, page, text, rag, upd, ref, cat, why, random.choice(POOL)))


n = 0


def nxt():
    global n
    n += 1
    return n


# Stop and search 2013 ---------------------------------------------------------------------
pool("Ch Supt Public Protection", "ACC Local Policing", "C/Supt Bell")
item(nxt(), "Stop & Search powers (HMIC 2013)", SAS13_URL,
     "CCs and the CoP should establish in the S&S APP a clear specification of what constitutes "
     "the effective and fair exercise of S&S powers, and guidance in this respect. This should "
     "be compliant with the Code of Practice.", "Complete",
     "APP published by CoP; force policy aligned 2015.", 1187, "in_sync",
     "Abbreviated copy of 1187 (S&S, CCs, CoP, APP); report from the /hmic/publications/ slug. "
     "HMICFRS Complete, force Complete.")
item(nxt(), "Stop & Search powers (HMIC 2013)", SAS13_URL,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     A, "Monthly S&S scrutiny continues; new dashboard due Q4.", 1188, "closeable_local",
     "Verbatim 1188. HMICFRS Complete (closed), force still Amber: close the force entry.")
item(nxt(), "Stop & Search powers (HMIC 2013)", SAS13_URL,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", G,
     "Independent S&S scrutiny panel in place since 2014.", 1189, "in_sync",
     "Verbatim 1189 ('elected local policing bodies', 2013 report URL); near-twin of 5120 (2015, "
     "'police and crime commissioners'). Both closed.")
# Everyone's business: report name copied from the register's theme page, with the id -------
pool("Ch Supt Public Protection", "Det Ch Supt Force CID")
item(nxt(), "Everyone's business: Improving the police response to domestic abuse (2321)",
     theme("plan"), EVERYONE_PLAN_RUN_ON, G, "DA action plan published Sept 2014; refreshed "
     "annually through the DA Strategic Board.", 2321, "in_sync",
     "Id 2321 only in the report name copied from the theme page (URL is ?recommendation-theme"
     "=plan, no id). Text has the next paragraph run on. Both closed.")
# Policing in austerity ---------------------------------------------------------------------
pool("Director of Finance", "Head of Corporate Development", "DCC")
item(nxt(), "Policing in Austerity 2014", AUST_URL,
     "All CCs & PCCs should review their plans to deliver savings to ensure they are doing all "
     "they can to continue to reduce crime & protect the front line while balancing their "
     "budgets.", G, "MTFP reviewed; see Director of Finance report to JAC.", 3301, "in_sync",
     "Abridged 3301 (first sentence only, '&', CCs/PCCs). Both closed.")
item(nxt(), "", AUST_URL,
     "Forces planning to reduce the proportion of workforce / officers on the front line to "
     "assess whether they have taken decisive action to maintain crime fighting capacity.", A,
     "Front line definition under review with Corporate Development.", 3303, "closeable_local",
     "Only the address gives the report (austerity slug); summarised 3303. HMICFRS Complete, "
     "force Amber.")
item(nxt(), "Policing in Austerity 2014", AUST_URL,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", G,
     "Collaboration plan agreed with the East Midlands forces.", 3304, "in_sync",
     "Verbatim 3304. HMICFRS Superseded (closed), force Green (done).")
# Core business: theme page + id in report name -------------------------------------------
pool("Supt Contact Centre", "ACC Local Policing", "Head of Professional Standards")
item(nxt(), "Core Business: an inspection into crime prevention, police attendance and the use "
     "of police time (4822)", theme("harm"),
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", A,
     "THRIVE refresher for call handlers being scheduled.", 4822, "closeable_local",
     "Id 4822 in the report name (theme page ?recommendation-theme=harm). HMICFRS Superseded "
     "(closed), force Amber.")
item(nxt(), "Core business", pub("core-business", True),
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", G, DONE_UPD[1], 4823, "in_sync",
     "Verbatim 4823, /hmic/publications/core-business/. Both closed.")
item(nxt(), "Integrity matters: An inspection of arrangements to ensure integrity and to "
     "provide the capability to tackle corruption in policing (902)", theme("misconduct"),
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in \"no further action\" are fair and free of any form of discrimination.", G,
     "Completed. PSD dip-sample of NFA outcomes 2022 found no disparity; evidence submitted to "
     "HMICFRS for closure.", 902, "closeable_submit",
     "Id 902 in report name (theme page, misconduct). Straight quotes for curly. HMICFRS Being "
     "progressed, force Green: submit for closure.")
item(nxt(), "Stop & search powers 2", SAS15_URL,
     "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by "
     "explaining to the public the way S&S powers are used in their areas & by making "
     "arrangements for S&S records to be scrutinised by community representatives.", G,
     "Covered by the independent scrutiny panel (see 2013 item).", 5120, "in_sync",
     "Abbreviated 5120 (PCCs, '&'); the 2015 report URL (slug contains '-2-', not an id) and "
     "'PCCs' separate it from its twin 1189. Both closed.")
# PEEL 2015 (not on HMICFRS list) ----------------------------------------------------------
pool("Head of Corporate Development", "Director of People")
item(nxt(), "PEEL Efficiency 2015", recpage(5871),
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", A,
     "Demand review feeds the Force Management Statement.", None, "not_on_hmicfrs_list",
     "Register page id 5871 is not on the HMICFRS list and no item has this text (PEEL 2015 "
     "report not on the list): query with HMICFRS.")
item(nxt(), "", f"{BASE}/hmicfrs/peel-assessments/peel-2015/lincolnshire/",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", G, DONE_UPD[1], None,
     "not_on_hmicfrs_list",
     "Only the PEEL 2015 assessment page (no id); no item of that report or with this text on "
     "the HMICFRS list.")
# Firearms licensing ------------------------------------------------------------------------
pool("Supt Firearms Licensing", "Supt Firearms Licensing", "Supt Contact Centre", None)
item(nxt(), "Firearms licensing 2015", FIRE_URL,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice.", G, DONE_UPD[1], 5931, "in_sync",
     "5931 without its second sentence (conditional, for non-compliant forces). Both closed.")
item(nxt(), "Firearms licensing 2015", FIRE_URL,
     "Within six months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", A,
     "Backlog of renewals being addressed with overtime; business case for 2 FTE.", 5932,
     "conflict",
     "Same as 5932 but 'Within six months' where HMICFRS says 'Within three months': timescale "
     "differs. Both open.")
item(nxt(), "Firearms licensing 2015", FIRE_URL,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to 'total expired' licensing records.", G,
     DONE_UPD[1], 5933, "in_sync", "Verbatim 5933 (straight quotes). Both closed.")
item(nxt(), "", FIRE_URL,
     "Temporary permits: arrangements in accordance with HO guidance; permits recorded without "
     "delay on NFLMS; systems to ensure certificate holders are not in unlawful possession of a "
     "firearm.", "GREEN", DONE_UPD[2], 5934, "closeable_submit",
     "Address-only row, heavy summary of 5934. HMICFRS Being progressed, force GREEN.")
item(nxt(), "Firearms licensing 2015", "",
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", A,
     "STORM flag for certificate holders being tested.", 5935, "in_sync",
     "No address on this row; verbatim 5935. Both open.")
# PEEL effectiveness 2016: register pages -------------------------------------------------
pool("Ch Supt Public Protection", "Det Ch Supt Force CID", "ACC Crime", "Head of Criminal Justice")
item(nxt(), "PEEL Eff 16", recpage(7012),
     "Cause of concern – The force's response to domestic abuse is a cause of concern to HMIC. "
     "The force policy which allows an officer discretion to complete a DASH risk assessment "
     "in some crimes and incidents does not provide confidence that risk is always assessed "
     "appropriately.", "Complete", "Closed by HMICFRS April 2018.", 7012, "in_sync",
     "Register page id 7012; truncated cause of concern. Both closed.")
item(nxt(), "PEEL Eff 16", recpage(7031),
     DASH_REC + " In cases where a DASH risk assessment is not completed the officer should "
     "record an assessment on the crime management system.", "Complete",
     "DASH supervision built into Niche workflow.", 7013, "conflict",
     "Text is 7013 word for word, same report, but the pasted page ends /7031/ (digits "
     "transposed; 7031 is not on the list): reference disagrees. Both closed.")
item(nxt(), "PEEL Eff 16", recpage(7014, trailing=False),
     "Within three months, the force should take steps to understand & address the reason "
     "behind why such a high proportion of victims of DA do not support the police "
     "investigation.", A, "Victim survey re-run; analysis with Performance.", 7014,
     "closeable_local",
     "Register page id 7014 (no trailing slash). HMICFRS Complete, force Amber.")
item(nxt(), "PEEL Eff 16", f"www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{SLUG}/7015/",
     "Improve the supervison of investigations so that plans are set, reviewed & recorded & "
     "victims recieve a consistently good service.", G, DONE_UPD[1], 7015, "in_sync",
     "Address typed without https://, id 7015; misspelt summary. Both closed.")
item(nxt(), "", PEEL16_ASSESS,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", A,
     "RUI reduction plan; weekly bail management meeting.", 7016, "in_sync",
     "Only the 2016 PEEL assessment page (no id; '2016' in path is not a reference); verbatim "
     "7016. Both open.")
item(nxt(), "PEEL Eff 16", recpage(7017),
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", G, DONE_UPD[0], 7017, "closeable_submit",
     "Register page id 7017. HMICFRS Being progressed, force Green.")
item(nxt(), "PEEL Eff 16", PEEL16_ASSESS,
     "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board", A, "Q2 dip-sample complete; Q3 under way.", None,
     "not_on_hmicfrs_list",
     "Local action ('Force action -'), filed under PEEL Eff 16 with its address, but not an "
     "HMICFRS item.")
# Stolen freedom -----------------------------------------------------------------------------
pool("Ch Supt Public Protection", "Head of Intelligence", "Force Crime Registrar", "Det Ch Supt Force CID")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     SF_STEM + "\n" + "\n".join("• " + b for k, b in enumerate(SF_BULLETS) if k != 2), A,
     "MSHT governance now through the Vulnerability Board.", 8268, "conflict",
     "8268 with its third bullet (partnership arrangements) missing. Both open.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
     "identify suspects as early as possible.", G, DONE_UPD[0], 8269, "closeable_submit",
     "8269 abbreviated (6 months, ISAs, '&'); the HMICFRS text carries a stray footnote '86'. "
     "HMICFRS Being progressed, force Green.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", G,
     DONE_UPD[1], 8270, "in_sync", "Verbatim 8270. Both closed.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of MSHT.", A, "NRM single competent authority changes being embedded.",
     8271, "closeable_local", "8271 (MSHT abbreviation). HMICFRS Complete, force Amber.")
item(nxt(), "", STOLEN_URL,
     "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
     "for offences identified as MSHT & that sufficient audit capacity is available to the "
     "force crime registrar.", A, "FCR audit of MSHT crimes scheduled for November.", 8272,
     "in_sync", "Address-only row; abridged 8272. Both open.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them.", "Green", DONE_UPD[3],
     8273, "closeable_submit",
     "8273 without its bracketed clause. HMICFRS Being progressed, force Green.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", G, DONE_UPD[1], 8274, "in_sync", "Verbatim 8274. Both closed.")
item(nxt(), "Stolen Freedom (MSHT) 2017", STOLEN_URL,
     "Local action: Appoint a single point of contact for modern slavery and human trafficking "
     "in each local policing area", G, "SPOCs appointed in all three LPAs.", None,
     "not_on_hmicfrs_list",
     "Local action ('Local action:') carrying the Stolen Freedom address; not an HMICFRS item.")
# PEEL efficiency 2017 national ------------------------------------------------------------
pool("Head of Corporate Development", "Head of Information Management")
item(nxt(), "PEEL Efficiency 17 (all forces)", EFC17_URL,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.", A,
     "Digital strategy refresh with the Digital Board.", 8390, "in_sync",
     "8390 without its second sentence (aimed at the Home Office, NPCC and APCC). Both open.")
# PEEL legitimacy 2017 national ------------------------------------------------------------
pool("ACC Local Policing", "C/Supt Bell", "Head of Learning & Development")
item(nxt(), "PEEL Legit 17 S&S", LEG17_URL,
     "Cause of concern: forces are not able to demonstrate that the use of S&S powers is "
     "consistently reasonable & fair; over-representation of BAME people in S&S data which "
     "many forces are unable to explain.", "Complete", "Closed by HMICFRS Feb 2021.", 8540,
     "in_sync", "Summarised cause of concern 8540 (national legitimacy 2017). Both closed.")
item(nxt(), "PEEL: police legitimacy 2017 (8541)", LEG17_URL + "\n" + theme("stop-search"),
     SAS_MONITORING_2017, G, DONE_UPD[0], 8541, "closeable_submit",
     "Cell holds two addresses (publication page and theme page, neither with an id); id 8541 "
     "is in the report name copied from the theme page. HMICFRS Being progressed, force Green.")
item(nxt(), "PEEL Legit 17 S&S", LEG17_URL,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have: carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and taken action to reduce the disparity, where necessary.", A,
     "Disparity analysis with the University of Lincoln.", 8542, "in_sync",
     "8542 with its inline bullets removed. Both open.")
item(nxt(), "PEEL Legit 17 S&S", LEG17_URL,
     "Publish S&S disparity analysis and actions taken at least annually, from July 2018.", A,
     "2023 analysis due on the website in December.", 8543, "closeable_local",
     "Paraphrase of 8543. HMICFRS Complete, force Amber.")
item(nxt(), "PEEL Legit 17 S&S", LEG17_URL,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", G, DONE_UPD[1], 8544,
     "in_sync", "Verbatim 8544. Both closed.")
# PEEL legitimacy 2017 Lincolnshire --------------------------------------------------------
pool("Director of People", "Head of Professional Standards")
item(nxt(), "PEEL Legitimacy 2017", recpage(8602),
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", G, DONE_UPD[1], 8602, "in_sync",
     "Register page id 8602 (force report, not the same-year national overview). Both closed.")
item(nxt(), "PEEL Legit 16",
     "http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/lincolnshire/"
     "legitimacy/",
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", A,
     "Confidential reporting line relaunched; comms plan in draft.", 8603, "conflict",
     "Text is 8603 word for word, but name and address put it under PEEL legitimacy 2016; "
     "HMICFRS holds it under PEEL legitimacy 2017 (Dec 2017): report/date disagree. Both open.")
item(nxt(), "PEEL Legitimacy 2017", recpage(8604),
     "Review how we gather & use equality and diversity data to improve understanding of "
     "workforce demographics.", A, "HR system data fields being updated.", 8604,
     "closeable_local", "Register page id 8604; paraphrase. HMICFRS Complete, force Amber.")
# NCPI 2018 -------------------------------------------------------------------------------------
pool("Ch Supt Public Protection", "Ch Insp Custody", "Supt Contact Centre")
item(nxt(), "NCPI 2018", recpage(9105),
     "Review detention of children in custody with children's social care – only detain when "
     "absolutely necessary; early assessment of need for alternative accomodation; record all "
     "actions/decisions; timely appropriate adult support.", G, DONE_UPD[2], 9105,
     "closeable_submit",
     "Register page id 9105; the four bullets summarised. HMICFRS Being progressed, force Green.")
item(nxt(), "NCPI 2018", recpage(9106) + " (page archived)",
     "Within three months, the force should review its approach to reports of missing children "
     "and take steps to ensure that: call takers understand and use the missing and absent "
     "category appropriately; call takers and frontline staff have the necessary knowledge to "
     "identify risk factors associated with CSE and how to respond to such cases; and "
     "supervisors provide the correct oversight of missing person enquiries.", G, DONE_UPD[1],
     9106, "in_sync",
     "Address followed by a note '(page archived)'; id 9106. Bullets run together. Both closed.")
item(nxt(), "", recpage(9107),
     "The force should make sure investigations of child sexual exploitation are allocated to "
     "officers with the right skills and are effectively supervised.", A,
     "CSE team restructure; skills matrix in progress.", 9107, "in_sync",
     "Address only, id 9107. Both open.")
# CDI 2019 --------------------------------------------------------------------------------------
pool("Force Crime Registrar", "Supt Contact Centre", "Director of Finance")
item(nxt(), "CDI 2019", recpage(10230),
     "Arrangements to ensure: victims believed at point of report; calls summarised accurately "
     "in the incident log; multiple crimes always recorded; stop waiting for medical/video "
     "interview results before recording; online reports triaged on receipt.", A,
     "CDI improvement plan – 3 of 5 strands complete.", 10230, "in_sync",
     "Register page id 10230; five bullets summarised on one line. Both open.")
item(nxt(), "CDI 2019", recpage(10231) + " ",
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", G,
     DONE_UPD[1], 10231, "in_sync", "Register page id 10231 (trailing space). Both closed.")
item(nxt(), "CDI 2019", recpage(10232),
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", G, DONE_UPD[0], 10232, "closeable_submit",
     "Register page id 10232. HMICFRS Being progressed, force Green.")
item(nxt(), "CDI 2019", "",
     "JAC action: Internal audit of the stalking and harassment governance arrangements (audit "
     "plan 2023/24)", A, "Fieldwork Q3.", None, "not_on_hmicfrs_list",
     "Audit committee action, no address; not an HMICFRS item.")
# PEEL 2018/19 ------------------------------------------------------------------------------------
pool("ACC Local Policing")
item(nxt(), "PEEL 2018/19", PEEL18_ASSESS,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", A, "OSARA training rolled out to NPTs; evaluation "
     "pending.", 10410, "closeable_local",
     "PEEL 2018 assessment page (hmicfrs. subdomain, no id); verbatim 10410. HMICFRS Complete, "
     "force Amber.")
# Police powers spotlight 2021 ---------------------------------------------------------------
pool("ACC Local Policing", "Head of Learning & Development", "C/Supt Bell", None)
item(nxt(), "Police powers spotlight (Feb 21)", POWERS_URL,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management.", A,
     "Conflict management module added to OST 2023/24.", 11702, "in_sync",
     "11702 without its second sentence. Both open.")
item(nxt(), "Police powers spotlight (Feb 21)", POWERS_URL,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of CPD for officers & staff, and that supervisors are supported to "
     "routinely and frequently debrief officers on these skills using BWV footage.", A,
     "CPD day content being written.", 11703, "closeable_local",
     "11703 abbreviated (CPD, BWV). HMICFRS Complete, force Amber.")
for k, (suffix, part, upd) in enumerate([
        ("a", "By September 2021, forces should: " + BWV_PARTS[0],
         "BWV policy mandates recording of all S&S encounters."),
        ("b", BWV_PARTS[1], "Monthly BWV review panel in place."),
        ("c", BWV_PARTS[2], "Scrutiny panel has BWV access under an agreed protocol.")]):
    item(f"{n + 1}{suffix}", "Police powers spotlight (Feb 21)", POWERS_URL, part, G, upd,
         11704, "closeable_submit",
         f"Split row {suffix} of 3 of 11704 (one row per part of the BWV recommendation). "
         "HMICFRS Awaiting review, force Green.")
n += 1
item(nxt(), "", POWERS_URL,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", G, DONE_UPD[0], 11706,
     "closeable_submit",
     "Address only; verbatim 11706. HMICFRS Being progressed, force Green.")
# PEEL 2021/22: heading row (not an item), then AFIs numbered in the text ---------------------
pool("ACC Crime", "Ch Supt Public Protection", "Head of Intelligence", "ACC Local Policing", None)
T.append(("heading", "PEEL 2021/22 – published May 2022 – 6 areas for improvement",
          PEEL21_URL))
item(nxt(), "PEEL 2021/22", PEEL21_URL,
     "AFI 1 – The force should make sure victims of rape and serious sexual offences are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", A, "VCOP compliance audit shows 71%; target 90%.", 12850, "in_sync",
     "'AFI 1 –' joined onto the text; same publication address on every PEEL 2021/22 row. "
     "Both open.")
item(nxt(), "", PEEL21_URL,
     "AFI 2 – The force should improve the timeliness of its response to calls for service "
     "involving vulnerable adults.", G, DONE_UPD[3], 12851, "closeable_submit",
     "Address only. HMICFRS Being progressed, force Green.")
item(nxt(), "", PEEL21_URL,
     "AFI 3 – The force should make sure its analysis of serious and organised crime informs "
     "its strategic assessment and control strategy.", A, "SOC strategic assessment refresh "
     "due January.", 12852, "closeable_local",
     "Address only. HMICFRS Complete, force Amber.")
item(nxt(), "", PEEL21_URL,
     "AFI 4 – The force should improve how it gathers, assesses and acts on intelligence about "
     "county lines drug dealing.", RD, "Intelligence collection plan overdue.", 12853, "in_sync",
     "Address only; Red is open. Both open.")
item(nxt(), "PEEL 2021/22", PEEL21_URL,
     "AFI 6 – The force should make sure it records reports of anti-social behaviour "
     "accurately and without delay.", A, "ASB recording audit by FCR.", 12855, "in_sync",
     "AFI 6 (force skipped AFI 5: 12854 is missing from the tracker). Both open.")

# --------------------------------------------------------------------------------------------
# Write the tracker workbook
# --------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
HEAD = ["Item no.", "Report", "HMICFRS page", "Recommendation", "Lead", "RAG", "Update",
        "Last reviewed"]
ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & Areas for Improvement Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Organisational Learning & Risk – position as at 31/10/2023 – web addresses copied "
            "from the HMICFRS website")
ws["A2"].font = Font(italic=True)
HEADER_ROW = 4
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(HEADER_ROW, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
FILL = {"green": "C6EFCE", "complete": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE"}

truth = []
r = HEADER_ROW + 1
for t in T:
    if t[0] == "heading":
        ws.cell(r, 2, t[1]).font = Font(bold=True)
        ws.cell(r, 3, t[2])
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        continue
    _, no, report, page, text, rag, upd, ref, cat, why, lead = t
    reviewed = dt.date(2023, 5, 1) + dt.timedelta(days=random.randrange(0, 180))
    vals = [no, report or None, page or None, text, lead, rag, upd, reviewed]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 8).number_format = "dd/mm/yyyy"
    ws.cell(r, 6).fill = PatternFill("solid", fgColor=FILL[rag.lower()])
    truth.append((hrow_of[ref] if ref else "", f"HMICFRS Tracker!{r}", cat, why))
    r += 1
r += 1  # blank row
ws.cell(r, 1, "Notes: web addresses were pasted from the HMICFRS site when each item was "
        "added. The per-recommendation register pages are no longer updated by HMICFRS.")
r += 1
ws.cell(r, 1, "RAG key: Green = complete / ready for closure; Amber = in progress; Red = beyond "
        "deadline or cannot be delivered.")
for col, width in zip("ABCDEFGH", [9, 34, 60, 90, 24, 10, 45, 13]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "A5"

buf = io.BytesIO()
wb.save(buf)

# Make the xlsx byte-for-byte reproducible: fixed zip timestamps and core properties.
FIXED = "2023-11-06T09:00:00Z"
zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
zout_buf = io.BytesIO()
with zipfile.ZipFile(zout_buf, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                          lambda m: m.group(1) + FIXED.encode() + m.group(3), data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 6, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        zout.writestr(zi, data)
(OUT / "tracker.xlsx").write_bytes(zout_buf.getvalue())

# --------------------------------------------------------------------------------------------
# truth.csv: force rows in sheet order, then HMICFRS items with no force row
# --------------------------------------------------------------------------------------------
matched = {t[7] for t in T if t[0] == "item" and t[7]}  # noqa: E501
for ref, rk, typ, text, status, upd in H:
    if ref not in matched:
        truth.append((hrow_of[ref], "", "missing_from_force",
                      f"{ref} ({R[rk][0][:50]}…, {status}) has no row in the tracker."))
MISSING_WHY = {
    3302: "Austerity 10%-collaboration item (Complete on HMICFRS) never copied into the "
          "tracker.",
    5544: "Building the picture (information management) item, still Being progressed on "
          "HMICFRS, not in the tracker: nobody owns it.",
    10411: "PEEL 2018/19 AFI on child sexual offence investigations, Being progressed, not in "
           "the tracker.",
    11705: "Addressed to the Home Office and NPCC; the force never added it, but it is on the "
           "force's list.",
    12854: "PEEL 2021/22 AFI 5 (honour-based abuse), Awaiting review; the tracker jumps from "
           "AFI 4 to AFI 6.",
}
truth = [(h, f, c, MISSING_WHY[int(next(k for k, v in hrow_of.items() if v == h))]
          if c == "missing_from_force" else w_) for h, f, c, w_ in truth]
tb = io.StringIO(newline="")
tw = csv.writer(tb, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
tw.writerows(truth)
(OUT / "truth.csv").write_bytes(tb.getvalue().encode("utf-8"))

if __name__ == "__main__":
    from collections import Counter
    print(Counter(t[2] for t in truth))
    print(len(H), "HMICFRS items;", sum(1 for t in T if t[0] == "item"), "force item rows")
