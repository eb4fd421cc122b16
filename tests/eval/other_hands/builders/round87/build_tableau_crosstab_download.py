"""Build the case `tableau_crosstab_download` (round 87, case A).

West Mercia Police keeps its HMICFRS items in the Organisational Learning database and reports
on them through Tableau Server. The force side is what Tableau's "Download > Crosstab > Excel"
of the worksheet "Rec Tracker (JAC)" writes; the HMICFRS side is the register's ordinary export
of the definitive list. Run: /work/main/.venv/bin/python build_tableau_crosstab_download.py
All recommendation texts are real HMICFRS wording (Open Government Licence), copied as literals
from the project's text lists (casegen/texts/national.py) and /work/shared/data/real_recommendations.csv.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import xlsxwriter

CASE = "tableau_crosstab_download"
OUT = Path(__file__).resolve().parent / CASE
FIXED = dt.datetime(2024, 3, 4, 9, 0, 0)

# ---- real texts, copied literally from casegen/texts/national.py --------------------------
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

#: Named items the tests, the corpus and the sample build their cases from.
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
MSHT_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
            "process as it evolves and are implementing the requirement placed upon them under the "
            "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
            "adult victim of modern slavery or human trafficking.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")
DIGITAL = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force.")
FIREARMS = ("Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.")
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

#: key -> (title, publication date as (y, m, d), [(type, text)]): all-forces reports.
NATIONAL: dict[str, tuple[str, tuple[int, int, int], list[tuple[str, str]]]] = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              (2013, 7, 9), [
        (NAT, "Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice."),
        (NAT, "Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust."),
        (NAT, "Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people."),
    ]),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 (2014, 3, 27), [(NAT, EVERYONE_PLAN)]),
    "austerity": ("Policing in austerity: Meeting the challenge", (2014, 7, 22), [
        (NAT, "All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews"),
        (NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn."),
        (NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn."),
        (NAT, "In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector."),
    ]),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", (2014, 9, 4), [
        (NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk."),
        (NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed."),
    ]),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", (2015, 1, 30), [
        (NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers "
              "and staff resulting in “no further action” are fair and free of any form of "
              "discrimination."),
    ]),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              (2015, 3, 24), [
        (NAT, "Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people."),
    ]),
    "picture": ("Building the picture: an inspection of police information management",
                (2015, 7, 1), [
        (NAT, "By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted."),
    ]),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", (2015, 9, 15), [
        (NAT, "Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full."),
        (NAT, FIREARMS),
        (NAT, "Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records."),
        (NAT, "Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm."),
        (NAT, "Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates."),
    ]),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               (2017, 10, 24), [
        (NAT, SF_LEADERSHIP),
        (NAT, "Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible"),
        (NAT, "Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence."),
        (NAT, "Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the Home Office of any "
              "individual suspected to be an adult victim of modern slavery or human "
              "trafficking."),
        (NAT, "Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences."),
        (NAT, "Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas)."),
        (NAT, "Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited."),
    ]),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", (2017, 11, 9), [
        (NAT, "By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries."),
    ]),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", (2017, 12, 12), [
        (COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, "
              "there is over-representation of BAME people, and black people in particular, "
              "in stop and search data which many forces are unable to explain."),
        (NAT, SAS_MONITORING_2017),
        (NAT, "Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;"),
        (NAT, "We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018."),
        (NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search."),
    ]),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", (2021, 2, 26), [
        (NAT, "By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation."),
        (NAT, "By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage."),
        (NAT, BWV_2021),
        (NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible."),
        (NAT, "By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action."),
    ]),
}

# ---- real texts, West Mercia PEEL 2018/19, copied literally from real_recommendations.csv --
WM_COC_ALLIANCE = ("The force does not have suitable arrangements in place to make sure it can "
                   "maintain the full range of public services when its alliance with Warwickshire "
                   "Police ends. There are gaps in its workforce skills assessment, and weaknesses in "
                   "both its investigative approach and its approach to safeguarding vulnerable people.")
WM_COC_CAPACITY = ("The force does not have the capacity or capability to investigate crime "
                   "effectively and this is affecting the service being provided to the public. "
                   "There are failings in the way that crimes are being investigated.")
WM_RECS = [
    "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
]

# ---- PEEL 2021/22 areas for improvement: real stem "The force should {b}." with real bodies
#      from casegen/texts/force.py (BODIES) and national.py (CONTROL_ROOM) -------------------
AFI_TEXTS = [
    CONTROL_ROOM,
    "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
    "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.",
    "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
    "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.",
    "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.",
    "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
]

FORCE = "West Mercia Police"

# ---- the HMICFRS definitive list ------------------------------------------------------------
# (national key or local key, first register id, statuses in item order, status dates)
# Statuses: Awaiting review / Being progressed (open); Complete / Superseded / No further action required (closed)
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
REG_IDS = {
    "sas13": [1203, 1204, 1205], "everyone": [2321], "austerity": [3810, 3811, 3812, 3813],
    "core": [4821, 4822], "integrity": [902], "sas15": [5117], "picture": [5530],
    "firearms": [6120, 6121, 6122, 6123, 6124], "stolen": [8210, 8211, 8212, 8213, 8214, 8215, 8216],
    "efc17": [8455], "leg17": [8541, 8542, 8543, 8544, 8545],
    "powers": [11402, 11403, 11404, 11405, 11406],
}
STATUS = {
    1203: CO, 1204: CO, 1205: BP, 2321: SU, 3810: AR, 3811: CO, 3812: CO, 3813: CO,
    4821: BP, 4822: CO, 902: CO, 5117: BP, 5530: NFA,
    6120: CO, 6121: BP, 6122: CO, 6123: BP, 6124: AR,
    8210: BP, 8211: BP, 8212: BP, 8213: CO, 8214: AR, 8215: BP, 8216: SU,
    8455: BP, 8541: CO, 8542: BP, 8543: BP, 8544: CO, 8545: BP,
    11402: BP, 11403: BP, 11404: BP, 11405: AR, 11406: CO,
    9630: CO, 9631: CO, 9632: BP, 9633: CO, 9634: NFA, 9635: CO, 9636: BP,
    9637: BP, 9638: BP, 9639: BP, 9640: AR,
    12750: BP, 12751: AR, 12752: BP, 12753: AR, 12754: BP, 12755: CO, 12756: BP, 12757: BP,
}
WM1819 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
          (2019, 5, 2), [(COC, WM_COC_ALLIANCE)] + [(REC, t) for t in WM_RECS[:6]]
          + [(COC, WM_COC_CAPACITY)] + [(REC, t) for t in WM_RECS[6:]])
WM2122 = ("PEEL 2021/22: An inspection of West Mercia Police", (2022, 9, 29),
          [(AFI, t) for t in AFI_TEXTS])
REG_IDS["wm1819"] = list(range(9630, 9641))
REG_IDS["wm2122"] = list(range(12750, 12758))
REPORTS = dict(NATIONAL)
REPORTS["wm1819"] = WM1819
REPORTS["wm2122"] = WM2122
REPORT_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                "firearms", "stolen", "efc17", "leg17", "wm1819", "powers", "wm2122"]


def status_date(ref: int, pub: dt.date) -> dt.date:
    """A fixed, invented date of the register's last status change (after publication)."""
    days = 120 + (ref * 37) % 900
    d = pub + dt.timedelta(days=days)
    return min(d, dt.date(2024, 2, 12))


HM_ITEMS = []  # dicts: ref, title, pub, type, text, status, sdate
for key in REPORT_ORDER:
    title, (y, m, d), items = REPORTS[key]
    pub = dt.date(y, m, d)
    ids = REG_IDS[key]
    assert len(ids) == len(items), key
    for ref, (typ, text) in zip(ids, items):
        HM_ITEMS.append(dict(ref=ref, title=title, pub=pub, type=typ, text=text,
                             status=STATUS[ref], sdate=status_date(ref, pub)))
HM_ROW = {it["ref"]: i + 2 for i, it in enumerate(HM_ITEMS)}  # header is row 1
assert 45 <= len(HM_ITEMS) <= 130

# ---- the force's database, as the Tableau view shows it --------------------------------------
# Each view row: report, ref shown, item key, type, text, lead, status, target, actions,
# pct complete (None = no value), last updated, [hmicfrs refs], category, why
D = dt.date
R = []


def row(report, ref, key, typ, text, lead, status, target, actions, pct, upd, hm, cat, why):
    R.append(dict(report=report, ref=ref, key=key, type=typ, text=text, lead=lead,
                  status=status, target=target, actions=actions, pct=pct, upd=upd,
                  hm=hm, cat=cat, why=why))


CSL, CFL, PPU = "Ch Insp Stop Search Lead", "Head of Firearms Licensing", "D/Supt Public Protection"
row("Stop & Search 2013", "1203", "OL-0012", "National Rec",
    "CCs & College of Policing to set out in S&S APP what effective and fair use of powers looks like (Code of Practice compliant)",
    CSL, "Complete", "Null", 2, 1.0, D(2016, 3, 14), [1203], "in_sync",
    "Ref 1203 and the APP wording agree; HMICFRS Complete, force Complete: closed on both sides.")
row("Stop & Search 2013", "1204", "OL-0013", "National Rec",
    "CCs to establish/improve monitoring of S&S - officers acting within law (incl equality legislation & CoP), power used effectively",
    CSL, "In Progress", "Null", 4, 0.75, D(2023, 11, 2), [1204], "closeable_local",
    "Ref 1204, same monitoring wording; HMICFRS has it Complete, force still In Progress (3 of 4 actions): close locally.")
row("Stop & Search 2013", "1205", "OL-0014", "National Rec",
    "CCs, consulting elected local policing bodies, to explain S&S use to public + community scrutiny of records (involve young people)",
    CSL, "Complete", "Null", 3, 1.0, D(2023, 6, 19), [1205], "closeable_submit",
    "Ref 1205 under the 2013 report, 'elected local policing bodies' as in the 2013 text (the 2015 item says PCCs); HMICFRS Being progressed, force Complete: submit.")
row("Everyone's Business DA 2014", "2321", "OL-0031", "National Rec",
    "Publish DA action plan - consult PCC, DA support orgs & victims' reps; consider all recs in report, DHRs and IPCC findings; draw on CPS panels / MARAC self-assessments",
    PPU, "Complete", "30 September 2014", 5, 1.0, D(2015, 2, 27), [2321], "in_sync",
    "Ref 2321, same action plan and its four bullets; HMICFRS Superseded (closed), force Complete: closed on both sides.")
row("Policing in Austerity 2014", "3811, 3812", "OL-0040", "National Rec",
    "Savings: assess scope beyond <10% collaboration savings AND whether decisive action taken where frontline proportion reducing (HMIC follow up in autumn)",
    "Director of Finance", "Complete", "30 November 2014", 2, 1.0, D(2015, 1, 9), [3811, 3812], "in_sync",
    "One row holds refs 3811 and 3812 (collaboration under 10% and front line reduction); both Complete at HMICFRS, force Complete: closed on both.")
row("Policing in Austerity 2014", "3813", "OL-0041", "National Rec",
    "Review collab plans ahead of next spending round - joint working with other forces, public and/or private sector for VfM",
    "Director of Finance", "Complete", "Null", 1, 1.0, D(2015, 6, 1), [3813], "in_sync",
    "Ref 3813, collaboration plans for the next spending round; Complete on both sides.")
row("Core Business 2014", "4821", "OL-0052", "National Rec",
    "THRR policy - give call-handlers specific, sound & comprehensible criteria to assess threat, harm and risk",
    "Head of Contact", "Submitted for closure", "31 March 2015", 3, 1.0, D(2023, 12, 5), [4821], "closeable_submit",
    "Ref 4821, call-handler criteria; HMICFRS Being progressed, force 'Submitted for closure' (done): submit / chase the closure.")
row("Core Business 2014", "4822", "OL-0053", "National Rec",
    "Crime prevention/disruption activity to be systematically recorded and evaluated for effectiveness of tactics",
    "Supt Neighbourhood Policing", "In Progress", "31 March 2015", 3, 0.33, D(2023, 10, 30), [4822], "closeable_local",
    "Ref 4822, crime prevention recording; HMICFRS Complete, force In Progress: close locally.")
row("Integrity Matters 2015", "902", "OL-0060", "National Rec",
    "Satisfy ourselves misconduct investigations ending in 'no further action' are fair and free of discrimination",
    "Head of Professional Standards", "Complete", "31 August 2015", 2, 1.0, D(2016, 1, 22), [902], "in_sync",
    "Ref 902, 'no further action' misconduct outcomes; Complete on both sides.")
row("Stop & Search 2015", "5117", "OL-0071", "National Rec",
    "CCs with PCCs - comply with CoP by explaining S&S use to public and community scrutiny of records, involving young people",
    CSL, "In Progress", "Null", 2, 0.5, D(2023, 9, 8), [5117], "in_sync",
    "Ref 5117 under the 2015 report; the wording (PCCs) matches the 2015 item, not its 2013 twin 1205; open on both sides.")
row("Building the Picture 2015", "5530", "OL-0080", "National Rec",
    "Scrutinise audits of compliance with APP Information Mgt via IM governance board; review categorisation of records regularly",
    "Information Manager", "In Progress", "30 November 2015", 4, 0.5, D(2023, 8, 14), [5530], "closeable_local",
    "Ref 5530, information management audits; HMICFRS 'No further action required' (closed), force In Progress: close locally.")
row("Firearms Licensing 2015", "6120", "OL-0091", "National Rec",
    "Assess governance of FEL against APP standards; put correct arrangements in place immediately where not met",
    CFL, "Complete", "15 December 2015", 2, 1.0, D(2016, 4, 11), [6120], "in_sync",
    "Ref 6120, firearms licensing governance; Complete on both sides.")
row("Firearms Licensing 2015", "6121", "OL-0092", "National Rec",
    "Within six months - assess demand on firearms licensing dept and ensure capacity to meet it / efficient & effective service",
    CFL, "In Progress", "15 March 2016", 3, 0.67, D(2023, 11, 20), [6121], "conflict",
    "Ref 6121, same demand and capacity ask, but the force wrote 'Within six months' (and a March 2016 target) where HMICFRS says 'Within three months': timescale conflict.")
row("Firearms Licensing 2015", "6122", "OL-0093", "National Rec",
    "Satisfy ourselves all appropriate action taken re 'total expired' licensing records",
    CFL, "Complete", "15 September 2015", 1, 1.0, D(2016, 2, 2), [6122], "in_sync",
    "Ref 6122, 'total expired' records; Complete on both sides.")
row("Firearms Licensing 2015", "6123", "OL-0094", "National Rec",
    "Temporary permits - per HO guidance, recorded on NFLMS without delay, no certificate holder in unlawful possession",
    CFL, "Complete", "15 December 2015", 2, 1.0, D(2023, 7, 3), [6123], "closeable_submit",
    "Ref 6123, temporary permits; HMICFRS Being progressed, force Complete: submit.")
row("MSHT Stolen Freedom 2017", "8210", "OL-0120", "National Rec",
    "Review MSHT leadership & governance so that: senior leaders prioritise MSHT; every incident allocated resources w/ skills & capacity to investigate; effective partnership arrangements to share info & safeguard victims",
    "D/Supt Crime", "In Progress", "24 October 2018", 4, 0.5, D(2023, 12, 11), [8210], "conflict",
    "Ref 8210, same leadership and governance item, but the force copied three of the four bullets: 'performance and quality assurance measures' is missing. Missing bullet: conflict.")
row("MSHT Stolen Freedom 2017", "8211", "OL-0121", "National Rec",
    "Info-sharing agreements with other agencies - speedy exchange of intelligence, safeguard victims, identify suspects early",
    "D/Supt Crime", "Complete", "24 April 2018", 2, 1.0, D(2023, 5, 17), [8211], "closeable_submit",
    "Ref 8211, information-sharing agreements (the register's stray footnote '86' ignored); HMICFRS Being progressed, force Complete: submit.")
row("MSHT Stolen Freedom 2017", "8212", "OL-0122", "National Rec",
    "Victims committing offences under compulsion - early & continuing consideration of s45 defence",
    "D/Supt Crime", "In Progress", "Null", 2, 0.5, D(2023, 10, 2), [8212], "in_sync",
    "Ref 8212, section 45 defence; open on both sides.")
row("MSHT Stolen Freedom 2017", "8213", "OL-0123", "National Rec",
    "Full compliance with NRM process incl. duty to notify Home Office of suspected adult victims (MSA 2015)",
    "D/Supt Crime", "Complete", "Null", 3, 1.0, D(2019, 3, 29), [8213], "in_sync",
    "Ref 8213, NRM compliance and duty to notify; Complete on both sides.")
row("MSHT Stolen Freedom 2017", "8214", "OL-0124", "National Rec",
    "NCRS compliance for MSHT offences; FCR audit capacity to identify gaps in crime-recording accuracy",
    "Force Crime Registrar", "Null", "Null", 1, None, D(2024, 1, 15), [8214], "in_sync",
    "Ref 8214, NCRS compliance; the force has not set a status (Tableau shows 'Null', % complete blank): still open, and HMICFRS Awaiting review: open on both.")
row("MSHT Stolen Freedom 2017", "8215", "OL-0125", "National Rec",
    "MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas intel & evidence)",
    "D/Supt Crime", "Complete", "Null", 3, 1.0, D(2023, 9, 25), [8215], "closeable_submit",
    "Ref 8215, investigation and supervision of MSHT allegations; HMICFRS Being progressed, force Complete: submit.")
row("MSHT Stolen Freedom 2017", "8216", "OL-0126", "National Rec",
    "Review use of preventative powers under MSA 2015 (STPOs/SRPOs) to restrict those posing clear threat",
    "D/Supt Crime", "In Progress", "Null", 2, 0.5, D(2023, 11, 6), [8216], "closeable_local",
    "Ref 8216, preventative powers; HMICFRS Superseded (closed), force In Progress: close locally.")
row("PEEL Legitimacy 2017", "8541", "OL-0140", "Cause of Concern",
    "CoC - force unable to demonstrate S&S consistently reasonable and fair; over-representation of BAME / black people not explained",
    CSL, "Complete", "Null", 1, 1.0, D(2019, 8, 30), [8541], "in_sync",
    "Ref 8541, the stop and search cause of concern; type agrees; Complete on both sides.")
row("PEEL Legitimacy 2017", "8542", "OL-0141", "National Rec",
    "By July 2018 regularly monitor S&S data: reasons for disproportionality, find rates by ethnicity & search type (drugs possession/supply), possession-only drug searches vs priorities",
    CSL, "In Progress", "31 July 2018", 5, 0.8, D(2024, 1, 29), [8542], "in_sync",
    "Ref 8542, the monitoring item with its three bullets; open on both sides.")
row("PEEL Legitimacy 2017", "8534", "OL-0142", "National Rec",
    "Where disparities identified - show public we have researched/analysed reasons and taken action to reduce where necessary",
    CSL, "In Progress", "Null", 2, 0.5, D(2023, 12, 18), [8543], "conflict",
    "The force shows ref 8534, which is not on the list; the text and report are plainly HMICFRS 8543 (digits transposed). Matched by text, reference disagrees: conflict.")
row("PEEL Legitimacy 2017", "8544", "OL-0143", "National Rec",
    "Publish disparity analysis & actions at least annually from July 2018",
    CSL, "Complete", "31 July 2018", 1, 1.0, D(2019, 7, 31), [8544], "in_sync",
    "Ref 8544, annual publication; Complete on both sides.")
row("PEEL Legitimacy 2017", "8545", "OL-0144", "National Rec",
    "By July 2019 all officers using S&S trained in unconscious bias and College APP on S&S (and ongoing)",
    "Head of L&D", "In Progress", "31 July 2019", 2, 0.5, D(2023, 10, 16), [8545], "conflict",
    "Ref 8545, same training ask, but the force has 'By July 2019' (target 31 July 2019) where HMICFRS says 'By July 2018': deadline conflict.")
row("Disproportionate Use of Powers 2021", "11402", "OL-0301", "National Rec",
    "By July 2022 - officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Mgt",
    "Head of L&D", "In Progress", "31 July 2022", 3, 0.67, D(2024, 2, 5), [11402], "in_sync",
    "Ref 11402, communication skills; open on both sides.")
row("Disproportionate Use of Powers 2021", "11403", "OL-0302", "National Rec",
    "Comms skills in CPD; supervisors supported to debrief officers using BWV footage",
    "Head of L&D", "Complete", "31 July 2021", 2, 1.0, D(2023, 4, 24), [11403], "closeable_submit",
    "Ref 11403, CPD and BWV debriefs; HMICFRS Being progressed, force Complete: submit.")
row("Disproportionate Use of Powers 2021", "11404", "OL-0303", "National Rec",
    "(a) BWV - record entirety of all S&S encounters incl traffic stops and UoF",
    CSL, "Complete", "30 September 2021", 1, 1.0, D(2022, 6, 6), [11404], "in_sync",
    "Part (a) of 11404 (BWV recording), split by the force over three rows under one merged ref cell; parts a and b are Complete but part c is In Progress, so the item is open; HMICFRS Being progressed: open on both.")
row("Disproportionate Use of Powers 2021", "11404", "OL-0304", "National Rec",
    "(b) structured internal review of sample of BWV footage - learning & holding officers to account",
    CSL, "Complete", "30 September 2021", 2, 1.0, D(2022, 11, 21), [11404], "in_sync",
    "Part (b) of 11404 (internal BWV review); Complete itself, but the item stays open while part (c) is open; HMICFRS Being progressed: open on both.")
row("Disproportionate Use of Powers 2021", "11404", "OL-0305", "National Rec",
    "(c) external scrutiny panel access to BWV samples of S&S and UoF (APP safeguards)",
    "OPCC / " + CSL, "In Progress", "30 September 2021", 2, 0.5, D(2024, 1, 8), [11404], "in_sync",
    "Part (c) of 11404 (scrutiny panel access) is In Progress, so the item is open; HMICFRS Being progressed: open on both.")
row("Disproportionate Use of Powers 2021", "11406", "OL-0307", "National Rec",
    "By July 2021 effective internal monitoring of use of force - identify/understand/explain disproportionate use, improvement action",
    "Supt Operations", "Complete", "31 July 2021", 3, 1.0, D(2022, 3, 14), [11406], "in_sync",
    "Ref 11406, use of force monitoring; Complete on both sides.")
OPS = "ACC Local Policing"
row("PEEL 2018/19", "9630", "OL-0201", "Cause of Concern",
    "CoC - no suitable arrangements to maintain full range of services when alliance with Warwickshire ends; gaps in skills assessment; weak investigation & safeguarding",
    "DCC", "Complete", "Null", 6, 1.0, D(2021, 3, 1), [9630], "in_sync",
    "Ref 9630, the alliance cause of concern; Complete on both sides.")
row("PEEL 2018/19", "9631", "OL-0202", "Recommendation",
    "Review officers' capabilities/capacity to manage investigative workload - understand investigative demand & pressures",
    "Head of Crime", "Complete", "Null", 2, 1.0, D(2020, 7, 13), [9631], "in_sync",
    "Ref 9631, investigative workload review; Complete on both sides.")
row("PEEL 2018/19", "9632", "OL-0203", "Recommendation",
    "Review approach to vulnerability with partners to better safeguard vulnerable people",
    PPU, "Complete", "Null", 4, 1.0, D(2023, 8, 29), [9632], "closeable_submit",
    "Ref 9632, vulnerability review with partners; HMICFRS Being progressed, force Complete: submit.")
row("PEEL 2018/19", "9633", "OL-0204", "Recommendation",
    "Expand skills project to all skills (not just operational) incl future skills; to inform workforce plans",
    "Head of People Services", "In Progress", "Null", 3, 0.67, D(2023, 12, 4), [9633], "closeable_local",
    "Ref 9633, skills project; HMICFRS Complete, force In Progress: close locally.")
row("PEEL 2018/19", "9634", "OL-0205", "Recommendation",
    "Agree arrangements w/ Warwickshire for smooth transition to future op model - no disruption to services",
    "DCC", "Complete", "Null", 5, 1.0, D(2020, 2, 17), [9634], "in_sync",
    "Ref 9634, transition arrangements with Warwickshire; HMICFRS 'No further action required' (closed), force Complete: closed on both.")
row("PEEL 2018/19", "9635", "OL-0206", "Recommendation",
    "Clearly define new operating model - all ops & support services affordable and fit to protect communities of West Mercia",
    "DCC", "Complete", "Null", 3, 1.0, D(2020, 2, 17), [9635], "in_sync",
    "Ref 9635, new operating model; Complete on both sides.")
row("PEEL 2018/19", "9636", "OL-0207", "Recommendation",
    "Improve public consultation on business planning + 'you said we did' feedback on service changes",
    "Head of Corporate Comms", "In Progress", "Null", 2, 0.5, D(2023, 11, 27), [9636], "in_sync",
    "Ref 9636, public consultation; open on both sides.")
row("PEEL 2018/19", "9637", "OL-0208", "Area for Improvement",
    "Force does not have capacity/capability to investigate crime effectively - affecting service to public; failings in how crimes are investigated",
    "Head of Crime", "In Progress", "Null", 4, 0.5, D(2024, 1, 22), [9637], "conflict",
    "Ref 9637 and the same words, but HMICFRS types it a cause of concern and the force's Type says 'Area for Improvement': type conflict.")
row("PEEL 2018/19", "9638", "OL-0209", "Recommendation",
    "Within 6 months - regular & active supervision of quality and progress of investigations, properly recorded",
    "Head of Crime", "Not Started", "2 November 2019", 2, 0.0, D(2023, 6, 5), [9638], "in_sync",
    "Ref 9638, supervision of investigations (within six months; not the 2021/22 AFI 12752 on investigation plans); Not Started is open; HMICFRS Being progressed: open on both.")
row("PEEL 2018/19", "9639", "OL-0210", "Recommendation",
    "Improve ability to retrieve digital evidence from phones, computers etc quickly enough so investigations not delayed (DFU backlog)",
    "Head of Forensics", "Complete", "2 November 2019", 4, 1.0, D(2023, 9, 11), [9639], "closeable_submit",
    "Ref 9639, digital evidence retrieval; HMICFRS Being progressed, force Complete: submit.")
row("PEEL 2018/19", "9640", "OL-0211", "Recommendation",
    "Improve understanding of RUI suspects and management of those on bail",
    "Head of Crime", "In Progress", "2 November 2019", 3, 0.33, D(2024, 2, 1), [9640], "in_sync",
    "Ref 9640, released under investigation and bail; HMICFRS Awaiting review (open), force In Progress: open on both.")
row("PEEL 2018/19", "Null", "OL-0212", "National Rec",
    "By Sept 2018 produce ambitious plan to improve digitally-enabled services (national framework via HO/NPCC/APCC)",
    "Head of Digital Services", "In Progress", "30 September 2018", 3, 0.67, D(2023, 10, 9), [8455], "conflict",
    "No ref, but the text is plainly HMICFRS 8455 (digital services plan, PEEL: Police efficiency 2017 national overview); the force filed it under PEEL 2018/19. Open on both, report disagrees: conflict.")
row("PEEL 2021/22", "12750", "OL-0401", "Area for Improvement",
    "Sufficient resources in control room to fulfil resourcing model & meet demand, incl workforce wellbeing",
    "Head of Contact", "In Progress", "Null", 3, 0.33, D(2024, 2, 5), [12750], "in_sync",
    "Ref 12750, control room resourcing; open on both sides.")
row("PEEL 2021/22", "12751", "OL-0402", "Area for Improvement",
    "Effective supervision of initial risk assessment - DASH completed in appropriate cases",
    PPU, "Complete", "Null", 2, 1.0, D(2023, 12, 12), [12751], "closeable_submit",
    "Ref 12751, DASH supervision; HMICFRS Awaiting review (open), force Complete: submit.")
row("PEEL 2021/22", "12752", "OL-0403", "Area for Improvement",
    "Improve supervision of investigations - plans set, reviewed & recorded; consistently good service to victims",
    "Head of Crime", "In Progress", "Null", 3, 0.33, D(2024, 1, 22), [12752], "in_sync",
    "Ref 12752, investigation plans (not the 2018/19 recommendation 9638); open on both sides.")
row("PEEL 2021/22", "12754", "OL-0405", "Area for Improvement",
    "Review how we gather & use E&D data to understand workforce demographics",
    "Head of People Services", "In Progress", "Null", 2, 0.5, D(2023, 11, 13), [12754], "in_sync",
    "Ref 12754, equality and diversity data; open on both sides.")
row("PEEL 2021/22", "12755", "OL-0406", "Area for Improvement",
    "Monitor team cultures (staff feedback analysis) and prompt remedial action",
    "Head of People Services", "In Progress", "Null", 2, 0.5, D(2023, 10, 23), [12755], "closeable_local",
    "Ref 12755, team cultures; HMICFRS Complete, force In Progress: close locally.")
row("PEEL 2021/22", "12756", "OL-0407", "Area for Improvement",
    "Vetting - all staff at least lowest level clearance asap; clear backlog & renewals; full compliance with national vetting guidelines",
    "Head of Professional Standards", "In Progress", "Null", 4, 0.75, D(2024, 2, 5), [12756], "in_sync",
    "Ref 12756, vetting clearance; open on both sides.")
row("PEEL 2021/22", "12757", "OL-0408", "Area for Improvement",
    "Review support for those who have raised concerns + action to make provisions suitable",
    "Head of Professional Standards", "Complete", "Null", 1, 1.0, D(2023, 9, 4), [12757], "closeable_submit",
    "Ref 12757, support for those who raise concerns; HMICFRS Being progressed, force Complete: submit.")
row("PEEL 2021/22", "Null", "OL-0410", "Local Action",
    "Hot debrief action - refresh THRIVE+ input for control room supervisors",
    "Head of Contact", "Complete", "31 March 2023", 1, 1.0, D(2023, 4, 3), [], "not_on_hmicfrs_list",
    "Type 'Local Action', no ref: the force's own action from the inspection hot debrief, no HMICFRS item words it; not on the list.")
row("PEEL 2021/22", "Null", "OL-0411", "Local Action",
    "Debrief action - dip sample of S&S grounds recorded on BWV (quarterly)",
    CSL, "In Progress", "Null", 1, 0.0, D(2023, 12, 4), [], "not_on_hmicfrs_list",
    "Type 'Local Action', no ref (its 'Null' cell is merged with OL-0410's): a local dip sample, not the HMICFRS BWV item 11404; not on the list.")
row("Crime Data Integrity 2016", "7112", "OL-0100", "Recommendation",
    "CDI - victims believed at point of report; call logs summarised accurately; multiple crimes recorded; online reports triaged",
    "Force Crime Registrar", "In Progress", "Null", 5, 0.6, D(2023, 7, 24), [], "not_on_hmicfrs_list",
    "Ref 7112 and the crime data integrity report are on nobody's line of the definitive list, and no HMICFRS text asks this; query with HMICFRS (probably closed by them).")

# ---- checks on the spec ------------------------------------------------------------------------
MISSING = {3810: "Ref 3810 (review savings plans, Policing in austerity) is on the list, Awaiting review; no row in the force's view carries its ref or its words: missing from the force.",
           6124: "Ref 6124 (systems to flag firearm certificate holders before attendance) is on the list, Awaiting review; no force row has it (6120-6123 are the other four firearms items): missing.",
           11405: "Ref 11405 asks the Home Office and the NPCC, not forces; it is still on the force's list (Awaiting review) but the force never recorded it: missing from the force (query it with HMICFRS).",
           12753: "Ref 12753 (confidential way to raise concerns, whistleblowing) is on the list, Awaiting review; the force has 12757 (support for those who raised concerns) but nothing on the confidential route itself: missing."}
_linked = {h for r in R for h in r["hm"]}
assert _linked | set(MISSING) == set(HM_ROW), set(HM_ROW) ^ (_linked | set(MISSING))
assert not (_linked & set(MISSING))

# ---- Tableau's sort: first dimension A-Z, then the ref (a string field) A-Z with Null last,
#      then the item key ------------------------------------------------------------------------
R.sort(key=lambda r: (r["report"].lower(), r["ref"] == "Null", r["ref"], r["key"]))

HEAD = ["Report (Force)", "HMICFRS Ref", "Item Key", "Type", "Recommendation / Action",
        "Lead Officer", "Status", "Day of Target Date", "Actions (Count)", "% Actions Complete",
        "Max. Last Updated"]
NDIM = 8
SHEET = "Rec Tracker (JAC)"


def props(wb, title):
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED})


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    props(wb, "Definitive list")
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    for c, h in enumerate(cols):
        ws.write(0, c, h, bold)
    for i, it in enumerate(HM_ITEMS, start=1):
        ws.write_number(i, 0, it["ref"], top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, it["title"], wrap)
        ws.write_datetime(i, 3, dt.datetime.combine(it["pub"], dt.time()), dfmt)
        ws.write_string(i, 4, it["type"], top)
        ws.write_string(i, 5, it["text"], wrap)
        ws.write_string(i, 6, it["status"], top)
        ws.write_datetime(i, 7, dt.datetime.combine(it["sdate"], dt.time()), dfmt)
    for c, w in enumerate([12, 20, 40, 12, 22, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(HM_ITEMS), len(cols) - 1)
    wb.close()


def write_tableau(path):
    """What Tableau Server's Download > Crosstab > Excel writes for a text table with
    subtotals and grand total on: one sheet named after the worksheet, one header row (row
    dimensions by field name, then Measure Names), row headers merged down over the rows they
    span, 'Total' rows per Report pane, 'Grand Total' at the bottom, 'Null' for null
    dimension members, empty cells for null measures."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    props(wb, SHEET)
    ws = wb.add_worksheet(SHEET)
    hdr = wb.add_format({"bold": True, "valign": "top", "text_wrap": True, "bottom": 1})
    dim = wb.add_format({"valign": "top", "text_wrap": True})
    num = wb.add_format({"valign": "top", "num_format": "#,##0"})
    pct = wb.add_format({"valign": "top", "num_format": "0%"})
    dte = wb.add_format({"valign": "top", "num_format": "dd/mm/yyyy"})
    tot = wb.add_format({"bold": True, "valign": "top", "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "valign": "top", "num_format": "#,##0", "bg_color": "#F2F2F2"})
    totp = wb.add_format({"bold": True, "valign": "top", "num_format": "0%", "bg_color": "#F2F2F2"})
    totd = wb.add_format({"bold": True, "valign": "top", "num_format": "dd/mm/yyyy", "bg_color": "#F2F2F2"})
    for c, h in enumerate(HEAD):
        ws.write_string(0, c, h, hdr)

    def measures(r0, rows, fmts):
        nf, pf, df = fmts
        acts = sum(r["actions"] for r in rows)
        scored = [r for r in rows if r["pct"] is not None]
        done = sum(round(r["pct"] * r["actions"]) for r in scored)
        ws.write_number(r0, 8, acts, nf)
        if scored:
            ws.write_number(r0, 9, round(done / sum(r["actions"] for r in scored), 4), pf)
        else:
            ws.write_blank(r0, 9, None, pf)
        ws.write_datetime(r0, 10, dt.datetime.combine(max(r["upd"] for r in rows), dt.time()), df)

    x = 1  # 0-based sheet row
    reports = []
    for r in R:
        if not reports or reports[-1][0] != r["report"]:
            reports.append((r["report"], []))
        reports[-1][1].append(r)
    for name, rows in reports:
        first = x
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1]["ref"] == rows[i]["ref"]:
                j += 1
            if j > i:
                ws.merge_range(x + i, 1, x + j, 1, rows[i]["ref"], dim)
            else:
                ws.write_string(x + i, 1, rows[i]["ref"], dim)
            i = j + 1
        for k, r in enumerate(rows):
            rr = x + k
            r["xl"] = rr + 1
            ws.write_string(rr, 2, r["key"], dim)
            ws.write_string(rr, 3, r["type"], dim)
            ws.write_string(rr, 4, r["text"], dim)
            ws.write_string(rr, 5, r["lead"], dim)
            ws.write_string(rr, 6, r["status"], dim)
            ws.write_string(rr, 7, r["target"], dim)
            ws.write_number(rr, 8, r["actions"], num)
            if r["pct"] is None:
                ws.write_blank(rr, 9, None, pct)
            else:
                ws.write_number(rr, 9, r["pct"], pct)
            ws.write_datetime(rr, 10, dt.datetime.combine(r["upd"], dt.time()), dte)
        x += len(rows)
        ws.merge_range(x, 1, x, NDIM - 1, "Total", tot)
        measures(x, rows, (totn, totp, totd))
        TOTAL_ROWS.append((x + 1, name))
        ws.merge_range(first, 0, x, 0, name, dim)
        x += 1
    ws.merge_range(x, 0, x, NDIM - 1, "Grand Total", tot)
    measures(x, R, (totn, totp, totd))
    TOTAL_ROWS.append((x + 1, "Grand Total"))
    for c, w in enumerate([24, 12, 10, 18, 70, 26, 18, 18, 10, 10, 12]):
        ws.set_column(c, c, w)
    wb.close()


TOTAL_ROWS: list = []


def truth_lines():
    out = []
    for r in sorted(R, key=lambda r: r["xl"]):
        frow = f"{SHEET}!{r['xl']}"
        if not r["hm"]:
            out.append(("", frow, r["cat"], r["why"]))
        for h in r["hm"]:
            out.append((f"Definitive list!{HM_ROW[h]}", frow, r["cat"], r["why"]))
    for h, why in sorted(MISSING.items(), key=lambda kv: HM_ROW[kv[0]]):
        out.append((f"Definitive list!{HM_ROW[h]}", "", "missing_from_force", why))
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    TOTAL_ROWS.clear()
    write_hmicfrs(OUT / "hmicfrs.xlsx")
    write_tableau(OUT / "tracker.xlsx")
    lines = truth_lines()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "README.md").write_text(readme(lines), encoding="utf-8")


def readme(lines):
    from collections import Counter
    cnt = Counter(l[2] for l in lines)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| `{c}` | {cnt.get(c, 0)} |" for c in order)
    by_key = {r["key"]: r for r in R}
    xl = lambda k: by_key[k]["xl"]
    hm = lambda ref: HM_ROW[ref]
    tot = ", ".join(f"{n} ({name})" for n, name in TOTAL_ROWS if name != "Grand Total")
    last = max(r["xl"] for r in R) + 1
    return f"""# Case `{CASE}` — the tracker as a Tableau crosstab download

## The story

West Mercia Police's Organisational Learning team no longer keeps its HMICFRS tracker as a
spreadsheet: recommendations and their actions live in a small database (one record per action,
linked to an item), and the team reports on them through **Tableau Server**. Before the Joint
Audit Committee of March 2024 the analyst opened the workbook "HMICFRS Recommendations", went to
the worksheet **"Rec Tracker (JAC)"** (a text table: eight dimensions on Rows, Measure Names on
Columns, *Analysis > Totals > Add all subtotals* and *Show row grand totals* switched on) and
used **Download > Crosstab > Excel**. That file is `tracker.xlsx`, untouched. HMICFRS's
definitive list of what it holds open against the force came as the register's ordinary export,
`hmicfrs.xlsx`. The analyst must reconcile the two by eye.

## The files

- `hmicfrs.xlsx` — sheet `Definitive list`, header in row 1, items in rows 2–{len(HM_ITEMS) + 1}
  ({len(HM_ITEMS)} items, 14 reports: 12 all-forces reports and two West Mercia PEEL reports).
  Columns: Recommendation ID (a plain integer register id), Force, Report title, Publication
  date (date, dd/mm/yyyy), Type (Recommendation / Area for improvement / Cause of concern /
  National recommendation), Recommendation (verbatim HMICFRS text with its curly quotes, bullets,
  line breaks and stray footnote digits: "… another force; and 20", "… intelligence 86 and …"),
  Status (Awaiting review, Being progressed, Complete, Superseded, No further action required),
  Status date. Autofilter, frozen header.
- `tracker.xlsx` — sheet `{SHEET}` (Tableau names the sheet after the worksheet), header in row 1,
  rows 2–{last}: {len(R)} item rows, one `Total` row per report and a `Grand Total` row.
  Columns, exactly as Tableau heads them: `Report (Force)`, `HMICFRS Ref`, `Item Key`, `Type`,
  `Recommendation / Action`, `Lead Officer`, `Status`, `Day of Target Date` (the eight row
  dimensions), then the measures `Actions (Count)`, `% Actions Complete`, `Max. Last Updated`.
- `truth.csv` — `hmicfrs_row,force_row,category,why`, UTF-8, {len(lines)} lines.

## What the layout brings (the marks Tableau leaves)

1. **Merged row headers.** Tableau writes a row header once and merges it down over every row it
   spans. Column A (`Report (Force)`) is one merged cell per report, covering its item rows *and*
   its `Total` row: only the top cell holds the name; pandas reads NaN below it. Column B
   (`HMICFRS Ref`) is merged where consecutive rows share a value inside a report: the three rows
   of ref 11404 (rows {xl('OL-0303')}–{xl('OL-0305')}) and the two `Null` refs of the PEEL 2021/22
   local actions (rows {xl('OL-0410')}–{xl('OL-0411')}).
2. **Subtotal rows** labelled `Total` sit under each report, the word in column B, merged across
   B:H, measures filled, and the whole row bold on grey: rows {tot}.
   `Grand Total` is the last row, merged A:H.
3. **`Null`** is Tableau's word for a null dimension member: `HMICFRS Ref` = `Null` (no ref
   recorded), `Status` = `Null` (status never set, row {xl('OL-0124')}), `Day of Target Date`
   = `Null`. A null *measure* is an empty cell (`% Actions Complete` on row {xl('OL-0124')}).
4. **Measure names as Tableau writes them**: `Actions (Count)` (the count of the Actions
   table), `% Actions Complete` (a calculated field, number formatted `0%`), `Max. Last Updated`
   (an aggregated date, number formatted dd/mm/yyyy).
5. **Discrete date part as text**: the target date is on Rows as DAY(Target Date), so the header
   reads `Day of Target Date` and the values are strings in the en-GB long form ("31 March 2015").
6. **Sorted by Tableau**, not by the analyst: Report A–Z, then `HMICFRS Ref` as a *string* A–Z
   (Null last), then Item Key. Report names are the force's own ("Stop & Search 2013",
   "MSHT Stolen Freedom 2017", "PEEL 2018/19"), not HMICFRS titles.
7. **`Item Key`** (OL-0xxx) is the database's key for the item. It is not an HMICFRS reference.
8. **Two refs in one cell**: row {xl('OL-0040')} has `3811, 3812` (the force tracks the two
   austerity assessments as one item).

## Traps and how the truth decides them

- **Split recommendation** (11404, BWV): rows {xl('OL-0303')}, {xl('OL-0304')}, {xl('OL-0305')} are parts (a), (b), (c) under one merged ref.
  (a) and (b) are Complete, (c) is In Progress, so the item is open; HMICFRS Being progressed, so
  each of the three lines is `in_sync` with the same hmicfrs_row ({hm(11404)}).
- **Two items in one row**: row {xl('OL-0040')} holds 3811 and 3812 → two truth lines, both `in_sync` (Complete / Complete).
- **Twin texts in two reports**: 1205 (Stop and search 2013, "elected local policing bodies")
  and 5117 (Stop and search 2 2015, "police and crime commissioners") are almost the same words.
  The force has each under its own report with its own ref; the truth pairs row {xl('OL-0014')} with
  HMICFRS row {hm(1205)} (`closeable_submit`) and row {xl('OL-0071')} with row {hm(5117)} (`in_sync`).
- **Look-alikes across PEEL years**: 9638 (2018/19, supervision of quality and progress of
  investigations) vs 12752 (2021/22 AFI, investigation plans); kept apart by ref and wording.
- **Null status** (row {xl('OL-0124')}, 8214): no status set means not done → open; HMICFRS Awaiting review → `in_sync`.
- **Timescale conflict** (6121, row {xl('OL-0092')}): force "Within six months", HMICFRS "Within three months".
- **Deadline conflict** (8545, row {xl('OL-0144')}): force "By July 2019", HMICFRS "By July 2018".
- **Missing bullet** (8210, row {xl('OL-0120')}): force lists three of the four bullets of the
  Stolen freedom leadership recommendation (performance and quality assurance measures dropped).
- **Reference conflict** (row {xl('OL-0142')}): the force shows `8534`; the text is HMICFRS 8543
  (transposed digits; 8534 is on no list).
- **Type conflict** (9637, row {xl('OL-0208')}): HMICFRS cause of concern, force `Area for Improvement`.
- **Report conflict / no ref** (row {xl('OL-0212')}): the digital services plan (HMICFRS 8455,
  PEEL: Police efficiency 2017 national overview) is filed by the force under "PEEL 2018/19"
  with `Null` ref; matched on its unmistakable text, report disagrees → `conflict`.
- **Not on the HMICFRS list**: two local hot-debrief actions (`Local Action`, ref Null, rows
  {xl('OL-0410')}, {xl('OL-0411')}) and a Crime Data Integrity 2016 item with ref 7112 (row {xl('OL-0100')}) that HMICFRS no longer lists.
- **Missing from the force**: 3810, 6124, 11405 (addressed to the Home Office and NPCC but still
  on the force's list), 12753 (whistleblowing route; the force has the neighbouring 12757 only).
- **Closed-status words**: Superseded (2321, 8216) and No further action required (5530, 9634)
  are closed; Complete + Superseded (2321) is `in_sync`, Superseded + In Progress (8216) is
  `closeable_local`. Force "Submitted for closure" (4821) is done. "Not Started" is open.
- No `review` lines: every pair is decidable from the two rows.

## Counts per category

| category | lines |
|---|---|
{counts}
| **total** | {len(lines)} |

HMICFRS items: {len(HM_ITEMS)} (every one in the truth at least once). Force item rows: {len(R)}
(every one in the truth; row {xl('OL-0040')} twice).

## Rows that are not items

- `Definitive list!1` and `{SHEET}!1`: header rows.
- `{SHEET}` `Total` rows {", ".join(str(n) for n, name in TOTAL_ROWS if name != "Grand Total")}: Tableau subtotal rows, one per report.
- `{SHEET}!{TOTAL_ROWS[-1][0]}`: Tableau `Grand Total` row.
- No titles, legends, notes or blank rows in either file.

## Checks run

- Every force item row appears in truth.csv (once, twice for the two-ref row), every HMICFRS
  item row at least once; no truth line points at a header or total row.
- Both files read back with pandas (`read_excel`, header row 1) and openpyxl (merged ranges, values, number formats).
- Built twice; every file byte-identical (fixed document properties, XlsxWriter's fixed zip timestamps, no clock, no randomness).
- Texts: HMICFRS wording copied literally from `casegen/texts/national.py` and
  `/work/shared/data/real_recommendations.csv`; PEEL 2021/22 AFIs are the real stem "The force should …"
  with real bodies from `casegen/texts/force.py`.
"""


if __name__ == "__main__":
    main()
