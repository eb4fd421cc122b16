"""Build case `notion_database_csv_export` (round 92, case C).

HMICFRS side: the register's ordinary xlsx export for Gloucestershire Constabulary.
Force side: the force's HMICFRS tracker kept as a Notion database, handed over with Notion's
"Export -> Markdown & CSV" (current view), i.e. one CSV, UTF-8 with BOM, Notion's own marks.
Run: /work/main/.venv/bin/python /tmp/indep92/build_notion_database_csv_export.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re

import xlsxwriter

CASE = "notion_database_csv_export"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "Gloucestershire Constabulary"
rng = random.Random(92_0307)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- real HMICFRS wording (OGL)
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
    "scrutiny panels and MARAC self-assessments.")
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
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
DETENTION = (
    "Within six months Gloucestershire Constabulary should in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")

# Reports on the HMICFRS list: key -> (title, publication date)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 6, 14)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 12)),
}

AB = "Awaiting review"
BP = "Being progressed"
CO = "Complete"
SU = "Superseded"
NF = "No further action required"

# HMICFRS items: key, report, type, text, status
H = [
    ("sas13_1", "sas13", NAT, "Chief Constables and the College of Policing should establish in "
     "the Stop and Search Authorised Professional Practice document a clear specification of "
     "what constitutes the effective and fair exercise of stop and search powers, and guidance "
     "in this respect. This should be compliant with the Code of Practice.", CO),
    ("sas13_2", "sas13", NAT, "Chief Constables should establish or improve monitoring of the way "
     "officers stop and search people, so that they can be satisfied their officers are acting "
     "in accordance with the law (including equality legislation and the Code of Practice), and "
     "that the power is used effectively to prevent crime, catch criminals and maintain public "
     "trust.", SU),
    ("sas13_3", "sas13", NAT, "Chief Constables should, in consultation with elected local "
     "policing bodies, ensure that they comply with the code of practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example, "
     "young people.", CO),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, CO),
    ("aus_1", "austerity", NAT, "All Chief Constables and PCCs should review their plans to "
     "deliver savings to ensure they are doing all they can to continue to reduce crime and "
     "protect the front line while balancing their budgets. They should use the data and "
     "information contained in this report, and in HMIC's Value for Money profiles, when "
     "conducting their reviews", NF),
    ("aus_2", "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less "
     "than 10% of their savings through collaboration should assess whether there is scope to "
     "improve on this position. HMIC will follow up the assessments in the autumn.", NF),
    ("aus_3", "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce "
     "the proportion of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to maintain their "
     "crime fighting capacity. HMIC will follow up the assessments in the autumn.", NF),
    ("aus_4", "austerity", NAT, "In preparation for the next spending round period all Chief "
     "Constables and PCCs should review their plans for collaboration. In particular they should "
     "consider whether there is scope to deliver better value for money and improved capability "
     "and capacity through joint working with other forces, the public and/or the private "
     "sector.", CO),
    ("core_1", "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and "
     "risk policy, that have not yet done so, should provide call-handlers with specific, sound "
     "and comprehensible criteria against which they can assess threat, harm and risk.", CO),
    ("core_2", "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.", CO),
    ("integrity", "integrity", NAT, "By 31 August 2015, all chief constables should satisfy "
     "themselves that they have processes in place to ensure that investigations into misconduct "
     "by officers and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", BP),
    ("sas15", "sas15", NAT, "Chief constables should, in consultation with police and crime "
     "commissioners, ensure that they comply with the Code of Practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example "
     "young people.", CO),
    ("picture", "picture", NAT, "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.", AB),
    ("fa_1", "firearms", NAT, "Within three months, all chief constables should assess how well "
     "the governance of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the governance "
     "standards are not being complied with should put in place immediately the correct "
     "arrangements and procedures in order to meet the standards in full.", CO),
    ("fa_2", "firearms", NAT, "Within three months, all chief constables should assess the demand "
     "placed on their firearms licensing department and ensure it has the capacity to meet this "
     "demand and provide an efficient and effective service at all times.", CO),
    ("fa_3", "firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
     "all appropriate action is being taken by their force with regard to ‘total expired’ "
     "licensing records.", BP),
    ("fa_4", "firearms", NAT, "Within three months, all chief constables should ensure that their "
     "arrangements in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on the "
     "National Firearms Licensing Management System; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of a "
     "firearm.", AB),
    ("fa_5", "firearms", NAT, "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", BP),
    ("ncpi_coc", "ncpi16", COC, "The force’s response to missing and absent children is a cause "
     "of concern to HMIC. HMIC found that the assessment of risk for children who go missing "
     "from home was inappropriate in some cases. We found some instances where children were "
     "classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
     "missing children were sometimes incorrectly assessed at a lower grade. Children were "
     "incorrectly graded at a lower level and could have been exposed to an increased risk of "
     "harm.", CO),
    ("ncpi_miss", "ncpi16", REC, MISSING_CHILDREN, CO),
    ("ncpi_det", "ncpi16", REC, DETENTION, BP),
    ("eff_coc", "eff16", COC, "The force’s current approach to domestic abuse is unacceptable. "
     "The proportion of victims who fail to support the investigation and the low use of police "
     "powers of arrest and prosecution is a cause of concern to HMIC.", SU),
    ("eff_arrest", "eff16", REC, "To address this cause of concern, HMIC recommends the force "
     "should immediately consider ways of increasing the use of arrest, ancillary orders and "
     "other available powers, in order to improve the service it provides to victims of domestic "
     "abuse, offer the best possible protection and bring more perpetrators to justice.", SU),
    ("eff_support", "eff16", REC, "Immediately, the force should take steps to understand and "
     "address the reason behind why such a high proportion of victims of domestic abuse do not "
     "support the police investigation.", CO),
    ("eff_dash", "eff16", AFI, "The force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases.", CO),
    ("cdi_vict", "cdi17", REC, CDI_VICTIMS, BP),
    ("cdi_thr", "cdi17", AFI, "The force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", CO),
    ("sf_1", "stolen", NAT, SF_LEADERSHIP, BP),
    ("sf_2", "stolen", NAT, "Within six months, forces should have in place active "
     "information-sharing agreements with other agencies to facilitate speedy exchange of "
     "intelligence 86 and in order to safeguard victims better and to identify suspects as early "
     "as possible", CO),
    ("sf_3", "stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
     "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the section 45 "
     "defence.", BP),
    ("sf_4", "stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
     "compliant with the NRM process as it evolves and are implementing the requirement placed "
     "upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
     "suspected to be an adult victim of modern slavery or human trafficking.", BP),
    ("sf_5", "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
     "with national crime recording standard (NCRS) requirements for offences identified as "
     "modern slavery and human trafficking and that sufficient audit capacity is available to "
     "the force crime registrar to provide reassurance that each force is identifying and "
     "managing any gaps in its crime-recording accuracy for these types of offences.", AB),
    ("sf_6", "stolen", NAT, "Immediately, forces should ensure that allegations or indications of "
     "modern slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake them "
     "(this should include the use where appropriate of joint intelligence teams and other means "
     "to obtain intelligence and evidence from agencies overseas).", BP),
    ("sf_7", "stolen", NAT, "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.", BP),
    ("efc17", "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan "
     "to improve digitally-enabled services within their force. The Home Office, National "
     "Police Chiefs' Council and Association of Police and Crime Commissioners should support "
     "the development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.", SU),
    ("leg_coc", "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that "
     "the use of stop and search powers is consistently reasonable and fair. In particular, "
     "there is over-representation of BAME people, and black people in particular, in stop and "
     "search data which many forces are unable to explain.", BP),
    ("leg_mon", "leg17", NAT, SAS_MONITORING_2017, BP),
    ("leg_disp", "leg17", NAT, "Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have:\n•carried out research and analysis in an "
     "attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;", BP),
    ("leg_pub", "leg17", NAT, "We expect forces to publish this analysis and any actions taken at "
     "least on an annual basis, from July 2018.", CO),
    ("leg_train", "leg17", NAT, "By July 2018, and ongoing following that date, forces should "
     "ensure that all officers who use stop and search powers have been provided with, and "
     "understand, training on unconscious bias and College of Policing APP on stop and "
     "search.", BP),
    ("p18_coc", "peel18", COC, "The force does not have the capacity or capability to "
     "investigate crime effectively and this is affecting the service being provided to the "
     "public. There are failings in the way that crimes are being investigated.", BP),
    ("p18_sup", "peel18", REC, "HMIC recommends that within six months the force should: ensure "
     "regular and active supervision of the quality and progress of investigations. This "
     "supervision should be properly recorded;", BP),
    ("p18_dig", "peel18", REC, "HMIC recommends that within six months the force should: improve "
     "its ability to retrieve digital evidence from mobile phones, computers and other "
     "electronic devices quickly enough to ensure investigations are not delayed;", BP),
    ("p18_rui", "peel18", REC, "HMIC recommends that within six months the force should: improve "
     "its understanding of suspects released under investigation and the management of those "
     "released on bail;", CO),
    ("p18_cost", "peel18", AFI, "The force should develop its understanding of the links between "
     "its outcomes, outputs and costs.", BP),
    ("pw_1", "powers", NAT, "By July 2022, forces should ensure that officers and staff have "
     "effective communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict management and "
     "de-escalation.", BP),
    ("pw_2", "powers", NAT, "By July 2021, forces should ensure that communication skills are "
     "reinforced as part of the programme of continuing professional development for officers "
     "and staff, and that supervisors are supported to routinely and frequently debrief officers "
     "on these skills using body-worn video footage.", BP),
    ("pw_bwv", "powers", NAT, BWV_2021, BP),
    ("pw_ho", "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the "
     "quality of the data collected on the number of incidents where force has been used to "
     "effect a stop and search is sufficient for publication. The Home Office should publish "
     "this data as soon as possible.", BP),
    ("pw_5", "powers", NAT, "By July 2021, forces should ensure they have effective internal "
     "monitoring processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary improvement "
     "action.", AB),
    ("p21_ctrl", "peel21", AFI, "The force should ensure that it has sufficient resources "
     "available in the control room to fulfil its resourcing model, and so to meet its demand, "
     "while also taking into account the wellbeing of its workforce.", AB),
    ("p21_inv", "peel21", AFI, "The force should improve the supervision of investigations, so "
     "that investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", AB),
    ("p21_data", "peel21", AFI, "Gloucestershire Constabulary should make sure it has access to "
     "accurate data and analysis to support effective performance management.", AB),
    ("p21_wf", "peel21", AFI, "The force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource allocations, "
     "the mix of skills required by the workforce and behaviours expected of them.", BP),
    ("p21_vet", "peel21", AFI, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", BP),
]

# ------------------------------------------------------------------ HMICFRS workbook
order = sorted(range(len(H)), key=lambda i: (REPORTS[H[i][1]][1], i))
H = [H[i] for i in order]
ref = {}
n = 1480
for item in H:
    n += rng.randint(3, 140)
    ref[item[0]] = n
HROW = {item[0]: i + 2 for i, item in enumerate(H)}   # header is row 1
HSTAT = {item[0]: item[4] for item in H}
HOPEN = {k: v in (AB, BP) for k, v in HSTAT.items()}


def status_date(item):
    pub = REPORTS[item[1]][1]
    if item[4] == AB:
        return pub + dt.timedelta(days=rng.randint(2, 20))
    d = pub + dt.timedelta(days=rng.randint(200, 1500))
    return min(d, dt.date(2025, 10, 20))


os.makedirs(OUT, exist_ok=True)
FIXED = dt.datetime(2025, 11, 14, 9, 0, 0)
wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
wb.set_properties({"title": "Recommendations register extract", "author": "HMICFRS",
                   "company": "HMICFRS", "created": FIXED})
ws = wb.add_worksheet("Definitive list")
hdr = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
         "Recommendation text", "Status", "Status date"]
ws.write_row(0, 0, heads, hdr)
for c, w in enumerate([12, 26, 48, 12, 22, 90, 18, 12]):
    ws.set_column(c, c, w)
for r, item in enumerate(H, start=1):
    key, rep, typ, text, st = item
    ws.write_number(r, 0, ref[key], wrap)
    ws.write_string(r, 1, FORCE, wrap)
    ws.write_string(r, 2, REPORTS[rep][0], wrap)
    ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), datef)
    ws.write_string(r, 4, typ, wrap)
    ws.write_string(r, 5, text, wrap)
    ws.write_string(r, 6, st, wrap)
    ws.write_datetime(r, 7, dt.datetime.combine(status_date(item), dt.time()), datef)
ws.freeze_panes(1, 0)
ws.autofilter(0, 0, len(H), len(heads) - 1)
wb.close()

# ------------------------------------------------------------------ Notion export
# The force's report pages (a second Notion database "Inspection reports", linked by relation)
FREPORT = {
    "sas13": "Stop & Search 2013 (HMIC)", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & search powers 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
    "ncpi16": "NCPI 2016", "eff16": "PEEL Eff 16", "cdi17": "CDI 2017",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S", "peel18": "PEEL 2018/19", "powers": "Police powers spotlight (Feb 21)",
    "peel21": "PEEL 2021/22", "cdi14": "CDI 2014", "eff15": "PEEL Eff 15",
    "local": "PSD local learning",
}


def nid():
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def slug(title):
    s = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")
    return s


PAGE_ID = {k: nid() for k in FREPORT}


def rel(title, pid):
    return f"{title} (https://www.notion.so/{slug(title)}-{pid}?pvs=21)"


def report_rel(k):
    return rel(FREPORT[k], PAGE_ID[k]) if k else ""


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def ndate(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def ntime(t):
    h = t.hour % 12 or 12
    return f"{ndate(t)} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


LEADS = ["Sarah Okafor", "Tom Hale", "Gemma Price", "DCI Rob Thewlis", "Priya Nair",
         "Mark Jennings", "Ch Supt Alison Crane", "Dan Whitlock", "Helen Moss", "Insp Kerry Lowe"]

# Force rows. Fields: title, status, hkey (HMICFRS item or None), report key, type, wording,
# href (HMICFRS ref typed in), update, category, why, extra dict (parent/sub)
# Status words: Not started / In progress / Submitted for closure / Done / Not for us
DONE = {"Done", "Submitted for closure", "Not for us"}
F = []


def row(title, status, hkey, rep, typ, wording, cat, why, href=None, update="", tags="",
        sub=None):
    F.append(dict(title=title, status=status, hkey=hkey, rep=rep, typ=typ, wording=wording,
                  cat=cat, why=why, href=href, update=update, tags=tags, sub=sub))


row("S&S – APP spec of effective & fair use", "Done", "sas13_1", "sas13", "National rec",
    "Chief Constables and College of Policing to set out in the S&S APP a clear spec of what "
    "effective and fair use of stop and search looks like", "in_sync",
    "Same report (Stop & Search 2013) and same ask (APP specification); both closed (Complete / Done).",
    href=True, update="APP published by College. Closed at FMB.", tags="Stop & search")
row("S&S monitoring of officers' use", "In progress", "sas13_2", "sas13", "National rec",
    "Chief Constables should establish or improve monitoring of the way officers stop and search "
    "people...", "closeable_local",
    "Text and report match sas13 item 2; HMICFRS Superseded (closed), force still In progress.",
    update="Now picked up under Legit 17 S&S monitoring work", tags="Stop & search")
row("S&S – explain use to public + community scrutiny of records", "Done", "sas13_3", "sas13",
    "National rec",
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives.", "in_sync",
    "Near-twin of the 2015 item; decided by the Report relation (Stop & Search 2013) and the "
    "words 'elected local policing bodies' (2013 wording). Complete / Done.", tags="Stop & search")
row("Domestic abuse action plan (Everyone's Business)", "Done", "everyone", "everyone",
    "National rec", EVERYONE_PLAN.replace("\n\n", "\n"), "in_sync",
    "Wording pasted from the report incl. the stray footnote '20'; Complete / Done.",
    href=True, tags="DA / VAWG")
row("Savings plans – protect front line", "Done", "aus_1", "austerity", "National rec",
    "", "in_sync", "Title-only page under Policing in Austerity 2014; only aus item about "
    "reviewing savings plans. HMICFRS NFA (closed), force Done.", tags="Finance")
row("Collab <10% of savings – assess scope", "Not started", "aus_2", "austerity",
    "National rec", "", "closeable_local",
    "Title names the under-10% collaboration item; HMICFRS 'No further action required' "
    "(closed), force page never started.", tags="Finance")
row("Spending round – review collaboration plans", "Done", "aus_4", "austerity",
    "National rec", "In preparation for the next spending round all CCs and PCCs should review "
    "their plans for collaboration", "in_sync",
    "Wording matches aus item 4; Complete / Done.", tags="Finance")
row("THRR criteria for call handlers (Core Business)", "Done", "core_1", "core",
    "National rec",
    "Not later than 31 March 2016 those forces using a threat, harm and risk policy, that have "
    "not yet done so, should provide call-handlers with specific, sound and comprehensible "
    "criteria against which they can assess threat, harm and risk.", "conflict",
    "Same item (report and words), both closed, but the force typed the deadline as 31 March "
    "2016, HMICFRS says 31 March 2015: a date in the text disagrees.", tags="Contact")
row("Crime prevention activity recorded & evaluated", "Done", "core_2", "core",
    "National rec", "", "in_sync", "Title-only; Core Business item 2 (record and evaluate "
    "prevention/disruption activity). Complete / Done.", href=True, tags="Neighbourhoods")
row("Misconduct NFA outcomes – fair & free of discrimination", "Submitted for closure",
    "integrity", "integrity", "National rec",
    "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
    "in place to ensure that investigations into misconduct by officers and staff resulting in "
    "\"no further action\" are fair and free of any form of discrimination.", "closeable_submit",
    "Same text (straight quotes in the force copy); HMICFRS Being progressed, force 'Submitted "
    "for closure' = the force says done.", href=True, update="Disproportionality dip sample "
    "to PSD board 09/24. Evidence pack sent to FLL.", tags="PSD")
row("S&S 2 – community scrutiny / explaining use", "Done", "sas15", "sas15", "National rec",
    "", "in_sync", "Title-only twin of the 2013 item; the Report relation says Stop & search "
    "powers 2 (2015), and the 2013 item has its own page. Complete / Done.", tags="Stop & search")
row("Info mgmt – scrutinise APP compliance audits", "In progress", "picture", "picture",
    "National rec", "By 30 November 2015, CCs should put in place arrangements to scrutinise "
    "audits of compliance with the APP on information management through the force IM "
    "governance structure.", "in_sync",
    "Shortened wording of the Building the Picture item; Awaiting review / In progress.",
    tags="Information mgmt")
row("FL governance vs APP", "Done", "fa_1", "firearms", "National rec",
    "assess how well governance of firearms licensing meets APP standards", "in_sync",
    "Firearms licensing item 1; Complete / Done.", href=True, tags="Firearms licensing")
row("FL demand & capacity", "Done", "fa_2", "firearms", "National rec",
    "Within 3 months assess demand on FL dept and ensure capacity to meet it", "in_sync",
    "Firearms licensing item 2 (demand/capacity); Complete / Done.", tags="Firearms licensing")
row("'Total expired' records", "Done", "fa_3", "firearms", "National rec",
    "Immediately, all chief constables should satisfy themselves that all appropriate action is "
    "being taken by their force with regard to ‘total expired’ licensing records.",
    "closeable_submit", "Exact text; HMICFRS Being progressed, force Done.", href=True,
    tags="Firearms licensing")
row("Incidents at certificate holders' addresses – flag before attendance", "In progress",
    "fa_5", "firearms", "AFI",
    "ensure systems identify, prior to police attendance, whether an incident involves or is at "
    "the address of a firearm certificate holder, and are always applied by dispatchers",
    "conflict", "Matches firearms item 5 by report and text, both open, but the force's Type "
    "select says AFI where HMICFRS has a national recommendation.", tags="Firearms licensing, Contact")
row("MSHT leadership & governance review", "In progress", "sf_1", "stolen", "National rec",
    SF_LEADERSHIP.replace("Within twelve months", "Within six months"), "conflict",
    "Full wording of the Stolen Freedom leadership item, both open, but the force copy says "
    "'Within six months' where HMICFRS says 'Within twelve months'.", href=True, tags="MSHT")
row("MSHT info sharing agreements", "Done", "sf_2", "stolen", "National rec",
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
    "victims better and to identify suspects as early as possible", "in_sync",
    "Same text without the stray footnote '86'; Complete / Done.", tags="MSHT")
row("Section 45 defence", "In progress", "sf_3", "stolen", "National rec", "", "in_sync",
    "Title-only; the only item about the s45 defence. Being progressed / In progress.",
    tags="MSHT")
row("NRM compliance + duty to notify", "Submitted for closure", "sf_4", "stolen",
    "National rec", "Immediately, forces should take steps to ensure they are fully compliant "
    "with the NRM process as it evolves and are implementing the requirement … to notify the "
    "Home Office of any individual suspected to be an adult victim", "closeable_submit",
    "Truncated copy of the NRM item; HMICFRS Being progressed, force Submitted for closure.",
    tags="MSHT")
row("MSHT crime recording (NCRS) + FCR audit capacity", "In progress", "sf_5", "stolen",
    "National rec", "", "in_sync", "Title-only; NCRS/audit item. Awaiting review / In progress.",
    tags="MSHT, Crime recording")
row("MSHT investigations – skilled teams & supervision", "Done", "sf_6", "stolen",
    "National rec", "allegations of MSHT thoroughly investigated and supervised by teams with "
    "the right skills & experience (incl. JITs / overseas evidence)", "closeable_submit",
    "Abridged text of item 6; HMICFRS Being progressed, force Done.", href=True, tags="MSHT")
row("Digital services plan (PEEL Efficiency 17)", "In progress", "efc17", "efc17",
    "National rec", "By September 2018, chief constables should produce an ambitious plan to "
    "improve digitally-enabled services within their force.", "closeable_local",
    "First sentence of the efficiency 2017 item; HMICFRS Superseded, force In progress.",
    tags="Digital")
row("CoC – S&S not shown to be reasonable & fair (BAME disproportionality)", "In progress",
    "leg_coc", "leg17", "CoC", "", "in_sync",
    "Title-only; the only cause of concern in Legitimacy 2017. Being progressed / In progress.",
    href=True, tags="Stop & search")
row("S&S data monitoring (3 strands)", "Done", "leg_mon", "leg17", "National rec",
    SAS_MONITORING_2017, "closeable_submit",
    "Parent page of a recommendation split into three sub-items; all three parts Done, so the "
    "item is done; HMICFRS Being progressed.", href=True, tags="Stop & search",
    sub=("parent", "mon"))
row("Monitoring – reasons for disproportionality by ethnicity", "Done", "leg_mon", "leg17",
    "National rec", "the reasons for any disproportionate representation of different ethnic "
    "groups in the use of stop and search", "closeable_submit",
    "Sub-item 1 of the monitoring recommendation (bullet 1); all parts Done, HMICFRS open.",
    tags="Stop & search", sub=("child", "mon"))
row("Monitoring – find rates by ethnicity & search type", "Done", "leg_mon", "leg17",
    "National rec", "the extent to which find rates differ between people from different "
    "ethnicities, and across different types of searches (incl. drug possession vs supply)",
    "closeable_submit", "Sub-item 2 (bullet 2); all parts Done, HMICFRS open.",
    tags="Stop & search", sub=("child", "mon"))
row("Monitoring – possession-only drug searches vs priorities", "Done", "leg_mon", "leg17",
    "National rec", "the prevalence of possession-only drug searches, and the extent to which "
    "these align with local or force level priorities", "closeable_submit",
    "Sub-item 3 (bullet 3); all parts Done, HMICFRS open.", tags="Stop & search",
    sub=("child", "mon"))
row("Disparities – research, analysis & action", "In progress", "leg_disp", "leg17",
    "National rec", "Where forces identify disparities they should show the public they have "
    "researched the reasons and taken action to reduce them", "in_sync",
    "Paraphrase of the disparities item; Being progressed / In progress.", tags="Stop & search")
row("Publish analysis annually", "In progress", "leg_pub", "leg17", "National rec",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.", "closeable_local",
    "Exact text; HMICFRS Complete, force In progress.", tags="Stop & search")
row("Unconscious bias training – S&S officers", "In progress", "leg_train", "leg17",
    "National rec", "By July 2018, and ongoing following that date, forces should ensure that "
    "all officers who use stop and search powers have been provided with, and understand, "
    "training on unconscious bias and College of Policing APP on stop and search.", "conflict",
    "Exact text and report of the training item, both open, but the HMICFRS ref typed on the "
    "page is the ref of the 'publish analysis' item: the reference disagrees.", href="wrong",
    tags="Stop & search, Training")
row("Comms skills – conflict mgmt guidelines", "Done", "pw_1", "powers", "National rec",
    "By July 2022 officers and staff to have effective comms skills in line with National "
    "Policing Guidelines on Conflict Management", "closeable_submit",
    "Police powers item 1 (July 2022); HMICFRS Being progressed, force Done.", tags="Training")
row("Comms skills in CPD + BWV debriefs", "In progress", "pw_2", "powers", "National rec",
    "", "in_sync", "Title-only; item 2 (CPD, debrief using BWV). Being progressed / In progress.",
    tags="Training, BWV")
row("BWV – stop & search and use of force", "In progress", "pw_bwv", "powers", "National rec",
    BWV_2021, "in_sync", "Parent page of the BWV recommendation, split into three sub-items; "
    "one part still In progress so the item is open; HMICFRS Being progressed.", href=True,
    tags="BWV", sub=("parent", "bwv"))
row("BWV – record entire S&S encounter", "Done", "pw_bwv", "powers", "National rec",
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "in_sync", "Sub-item 1 (part 1 of BWV item); done, but the item stays open (part 3 open).",
    tags="BWV", sub=("child", "bwv"))
row("BWV – internal review of footage sample", "Done", "pw_bwv", "powers", "National rec",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage", "in_sync",
    "Sub-item 2 (part 2); done, item still open.", tags="BWV", sub=("child", "bwv"))
row("BWV – scrutiny panel access to footage", "In progress", "pw_bwv", "powers",
    "National rec", "provide external scrutiny panel members with access to samples of BWV "
    "footage (S&S and UoF), taking account of APP safeguards", "in_sync",
    "Sub-item 3 (part 3); open, so the item is open on both sides.", tags="BWV",
    sub=("child", "bwv"))
row("Home Office/NPCC – UoF data quality for publication", "Not for us", "pw_ho", "powers",
    "National rec", "The Home Office and the NPCC should take steps to ensure that the quality "
    "of the data collected on the number of incidents where force has been used to effect a "
    "stop and search is sufficient for publication.", "closeable_submit",
    "Same item; force status 'Not for us' (not the force's to deliver, the WHITE of older "
    "trackers) counts as done; HMICFRS Being progressed, so submit with that rationale.",
    tags="Use of force")
row("Internal monitoring of use of force", "In progress", "pw_5", "powers", "National rec",
    "By July 2021 – effective internal monitoring processes on use of force to identify & "
    "explain disproportionate use", "in_sync",
    "Item 5; Awaiting review / In progress.", tags="Use of force")
# force-level
row("CoC – missing & absent children", "Done", "ncpi_coc", "ncpi16", "CoC",
    "Force’s response to missing and absent children is a cause of concern – absent/missing "
    "misclassification, risk graded too low", "in_sync",
    "The NCPI cause of concern; Complete / Done.", href=True, tags="Child protection")
row("Missing children – call takers, CSE risk, supervision", "Done", "ncpi_miss", "ncpi16",
    "Rec", MISSING_CHILDREN, "in_sync", "Full wording; Complete / Done.",
    tags="Child protection, Contact")
row("CoC – DA approach unacceptable (Eff 16)", "Done", "eff_coc", "eff16", "CoC", "",
    "in_sync", "Title-only; the 2016 effectiveness cause of concern. HMICFRS Superseded (closed), "
    "force Done: closed on both.", tags="DA / VAWG")
row("DA – increase use of arrest / ancillary orders", "In progress", "eff_arrest", "eff16",
    "Rec", "consider ways of increasing the use of arrest, ancillary orders and other powers to "
    "improve service to DA victims", "closeable_local",
    "Same item; HMICFRS Superseded, force In progress.", tags="DA / VAWG")
row("DA – why victims don't support investigations", "Done", "eff_support", "eff16", "Rec",
    "", "in_sync", "Title-only; Complete / Done.", tags="DA / VAWG")
row("DASH – supervision of initial risk assessment", "Done", "eff_dash", "eff16", "Rec",
    "The force should take steps to ensure that there is effective supervision of the initial "
    "risk assessment process, specifically in relation to the completion of DASH risk "
    "assessment in appropriate cases.", "conflict",
    "Exact text, both closed, but the force's Type says Rec where HMICFRS lists an area for "
    "improvement.", tags="DA / VAWG")
row("CDI – victims believed, call summaries, triage", "In progress", "cdi_vict", "cdi17", "Rec",
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.", "conflict",
    "Same CDI recommendation, both open, but the force copy lacks the bullet 'multiple crimes "
    "are always recorded…' (4 bullets against 5).", href=True, tags="Crime recording")
row("THRR criteria for call handlers (CDI AFI)", "In progress", "cdi_thr", "cdi17", "AFI",
    "", "closeable_local",
    "Title-only page filed under CDI 2017 with Type AFI, so it is the CDI area for improvement, "
    "not the Core Business item (which has its own page); HMICFRS Complete, force In progress.",
    tags="Contact, Crime recording")
row("CoC – capacity & capability to investigate", "In progress", "p18_coc", "peel18", "CoC",
    "The force does not have the capacity or capability to investigate crime effectively",
    "in_sync", "PEEL 2018/19 cause of concern; Being progressed / In progress.", href=True,
    tags="Investigations")
row("Supervision of investigations – recorded", "Done", "p18_sup", "peel18", "Rec",
    "HMIC recommends that within 6 months the force should: ensure regular and active "
    "supervision of the quality and progress of investigations. This supervision should be "
    "properly recorded", "closeable_submit",
    "PEEL 2018/19 supervision recommendation ('6 months' typed as a digit: same timescale); "
    "HMICFRS Being progressed, force Done. Not the 2021/22 AFI about investigation plans.",
    tags="Investigations")
row("Digital evidence retrieval (DMI backlog)", "In progress", "p18_dig", "peel18", "Rec",
    "improve ability to retrieve digital evidence from phones, computers etc quickly enough "
    "that investigations aren't delayed", "in_sync",
    "Being progressed / In progress.", tags="Investigations, Digital")
row("RUI & bail management", "Done", "p18_rui", "peel18", "Rec", "", "in_sync",
    "Title-only; released under investigation item. Complete / Done.", href=True,
    tags="Investigations")
row("Outcomes, outputs & costs – understand links", "In progress", "p18_cost", "peel21", "AFI",
    "The force should develop its understanding of the links between its outcomes, outputs and "
    "costs.", "conflict",
    "Exact text of the 2018/19 AFI, both open, but the page's Report relation is PEEL 2021/22: "
    "the report disagrees.", tags="Finance")
row("Control room resourcing & wellbeing", "In progress", "p21_ctrl", "peel21", "AFI",
    "The force should ensure that it has sufficient resources available in the control room to "
    "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
    "wellbeing of its workforce.", "in_sync", "Awaiting review / In progress.", href=True,
    tags="Contact")
row("Investigation plans set, reviewed, recorded", "Not started", "p21_inv", "peel21", "AFI",
    "improve supervision of investigations so plans are set, reviewed and recorded and victims "
    "get a consistently good service", "in_sync",
    "The 2021/22 AFI (investigation plans); Awaiting review / Not started, both open.",
    tags="Investigations")
row("Performance data & analysis", "Done", "p21_data", "peel21", "AFI", "", "closeable_submit",
    "Title-only; the only 2021/22 item about data and analysis for performance management; "
    "HMICFRS Awaiting review, force Done.", tags="Performance")
row("Workforce plan aligned to demand & budget", "In progress", "p21_wf", "peel21", "AFI",
    "The force should develop a future workforce plan that is aligned with its overall demand "
    "and budget.", "in_sync", "Being progressed / In progress.", tags="People")
row("Vetting backlog & renewals", "Submitted for closure", "p21_vet", "peel21", "AFI",
    "ensure all staff have at least the lowest level of vetting clearance for their roles asap, "
    "clearing backlog and renewals in line with national vetting guidelines", "closeable_submit",
    "Being progressed at HMICFRS, force Submitted for closure.", href=True, tags="PSD, People")
# not on the HMICFRS list
row("Cautions, CWs & PNDs – auditable explanation & victim views", "In progress", None,
    "cdi14", "Rec", "Within six months the force should revise its approach to cautions, "
    "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
    "auditable explanation to the offender of the implications of receiving the warning and "
    "that, for victim-based crimes, there is a clear and auditable record that views of the "
    "victim are considered prior to their issue.", "not_on_hmicfrs_list",
    "CDI 2014 recommendation; no CDI 2014 report and no such text on the HMICFRS list "
    "(register closed it or never listed it): query with HMICFRS.", tags="Crime recording")
row("CoC – DASH discretion (Eff 15)", "Done", None, "eff15", "CoC",
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately.",
    "not_on_hmicfrs_list",
    "PEEL Effectiveness 2015 cause of concern; the list has no 2015 effectiveness report and "
    "its DA cause of concern (2016) is a different text with its own page.", tags="DA / VAWG")
row("Vetting appeals process review (IOPC learning)", "In progress", None, "local", "Local",
    "PSD to review the vetting appeals process following IOPC learning report", 
    "not_on_hmicfrs_list", "The force's own action (Type Local, report PSD local learning); not "
    "an HMICFRS item.", tags="PSD")

# ---------------------------------------------------------------- force row attributes
for i, f in enumerate(F):
    f["pid"] = nid()
    f["lead"] = rng.choice(LEADS)
    if rng.random() < 0.15:
        f["lead"] = f["lead"] + ", " + rng.choice([x for x in LEADS if x != f["lead"]])
    base = dt.datetime(2022, 3, 1, 8, 0) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 40))
    f["created"] = base.replace(hour=rng.randint(8, 17))
    f["edited"] = dt.datetime(2023, 6, 1, 8) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 880))
    f["edited"] = f["edited"].replace(hour=rng.randint(8, 18))
    due = dt.date(2023, 1, 31) + dt.timedelta(days=30 * rng.randint(0, 36))
    if f["status"] in ("Done", "Not for us") and rng.random() < 0.5:
        f["due"] = ""
    elif rng.random() < 0.2:
        start = due - dt.timedelta(days=90)
        f["due"] = f"{ndate(start)} → {ndate(due)}"
    else:
        f["due"] = ndate(due)
    f["evidence"] = "Yes" if f["status"] in ("Done", "Submitted for closure") and rng.random() < 0.8 else "No"

# the two non-item pages: a pinned guide page and an empty "Untitled" page
GUIDE = dict(title="📌 READ ME – how to use this tracker", status="Not started", hkey=None,
             rep=None, typ="", wording="One page per HMICFRS recommendation/AFI/CoC. Split big "
             "recs into sub-items. Put the register number in HMICFRS ref if you know it. Move "
             "to Submitted for closure once the evidence pack has gone to the FLL.",
             href=None, update="", tags="", sub=None, pid=nid(), lead="Helen Moss",
             created=dt.datetime(2022, 3, 1, 9, 12), edited=dt.datetime(2024, 2, 6, 14, 3),
             due="", evidence="No", cat=None, why=None)
BLANK = dict(title="", status="Not started", hkey=None, rep=None, typ="", wording="", href=None,
             update="", tags="", sub=None, pid=nid(), lead="",
             created=dt.datetime(2025, 9, 17, 11, 48), edited=dt.datetime(2025, 9, 17, 11, 48),
             due="", evidence="No", cat=None, why=None)

items = sorted(F, key=lambda f: f["edited"], reverse=True)
# Notion view: sorted by Last edited time, descending; the guide page is pinned first by a
# manual sort? No: views export in the view's sort, so put it where its time falls.
allrows = sorted(items + [GUIDE, BLANK], key=lambda f: f["edited"], reverse=True)

groups = {}
for f in F:
    if f["sub"]:
        groups.setdefault(f["sub"][1], {"parent": None, "children": []})
        if f["sub"][0] == "parent":
            groups[f["sub"][1]]["parent"] = f
        else:
            groups[f["sub"][1]]["children"].append(f)

# the ref typed on the page: True = right one, "wrong" = another item's ref
REFWRONG = {"leg_train": "leg_pub"}
header = ["Recommendation", "Status", "Report", "Type", "HMICFRS ref", "HMICFRS wording",
          "Lead", "Due", "Latest update", "Evidence uploaded", "Tags", "Parent item",
          "Sub-item", "ID", "Created", "Last edited time"]
seq = {id(f): k for k, f in enumerate(sorted(F + [GUIDE, BLANK], key=lambda f: f["created"]),
                                       start=1)}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(header)
FROW = {}
for r, f in enumerate(allrows, start=2):
    FROW[id(f)] = r
    hr = ""
    if f["href"] is True:
        hr = str(ref[f["hkey"]])
    elif f["href"] == "wrong":
        hr = str(ref[REFWRONG[f["hkey"]]])
    parent = sub = ""
    if f["sub"]:
        g = groups[f["sub"][1]]
        if f["sub"][0] == "parent":
            sub = ", ".join(rel(c["title"], c["pid"]) for c in g["children"])
        else:
            parent = rel(g["parent"]["title"], g["parent"]["pid"])
    w.writerow([f["title"], f["status"], report_rel(f["rep"]), f["typ"], hr, f["wording"],
                f["lead"], f["due"], f["update"], f["evidence"], f["tags"], parent, sub,
                f"GLOS-{seq[id(f)]}", ntime(f["created"]), ntime(f["edited"])])
with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
    fh.write(("\ufeff" + buf.getvalue()).encode("utf-8"))

# ---------------------------------------------------------------- truth
tb = io.StringIO()
tw = csv.writer(tb, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
lines = []
used = set()
for f in F:
    h = f"Definitive list!{HROW[f['hkey']]}" if f["hkey"] else ""
    if f["hkey"]:
        used.add(f["hkey"])
    lines.append((HROW.get(f["hkey"], 10_000), FROW[id(f)], h, f"tracker.csv!{FROW[id(f)]}",
                  f["cat"], f["why"]))
MISSING_WHY = {
    "aus_3": "No page mentions reducing front-line workforce/decisive action; closed at HMICFRS "
             "(NFA) but absent from the tracker.",
    "fa_4": "No page about temporary permits (the firearms pages cover governance, demand, "
            "total expired and certificate holders' addresses).",
    "sf_7": "No page about preventative powers under the Modern Slavery Act.",
    "ncpi_det": "No page about the detention of children in custody; the NCPI pages are the "
                "missing-children CoC and recommendation only.",
}
for item in H:
    if item[0] not in used:
        lines.append((HROW[item[0]], 0, f"Definitive list!{HROW[item[0]]}", "",
                      "missing_from_force", MISSING_WHY[item[0]]))
lines.sort(key=lambda x: (x[0], x[1]))
for ln in lines:
    tw.writerow(ln[2:])
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(tb.getvalue())

# sanity: categories consistent with statuses
for f in F:
    if not f["hkey"] or f["cat"] == "conflict":
        continue
    if f["sub"]:
        g = groups[f["sub"][1]]
        fdone = all(x["status"] in DONE for x in [g["parent"]] + g["children"])
    else:
        fdone = f["status"] in DONE
    hopen = HOPEN[f["hkey"]]
    exp = {(True, True): "closeable_submit", (True, False): "in_sync",
           (False, True): "in_sync", (False, False): "closeable_local"}[(hopen, fdone)]
    assert exp == f["cat"], (f["title"], exp, f["cat"])
assert set(MISSING_WHY) == {i[0] for i in H} - used



# ---------------------------------------------------------------- README
def fr(key, nth=0):
    rows = [FROW[id(f)] for f in F if f["hkey"] == key]
    return rows[nth] if key else None


def ft(title):
    return next(FROW[id(f)] for f in F if f["title"] == title)


def hr(key):
    return HROW[key]


counts = {}
for ln in lines:
    counts[ln[4]] = counts.get(ln[4], 0) + 1
cnt = "\n".join(f"| {k} | {counts.get(k, 0)} |" for k in
                ["in_sync", "closeable_submit", "closeable_local", "conflict",
                 "missing_from_force", "not_on_hmicfrs_list", "review"])
mon = sorted(FROW[id(f)] for f in F if f["hkey"] == "leg_mon")
bwv = sorted(FROW[id(f)] for f in F if f["hkey"] == "pw_bwv")
README = f"""# Case `notion_database_csv_export`

## Story
{FORCE}'s Strategic Planning & Insight team moved its HMICFRS tracker out of Excel into a
Notion workspace in spring 2022 (a pilot of Notion for team task boards). Each HMICFRS
recommendation, area for improvement (AFI) or cause of concern is a **page** in a Notion database
"HMICFRS recommendations"; its report is a **relation** to a second database "Inspection reports";
large recommendations were split into Notion **sub-items**. For the November 2025 reconciliation
against HMICFRS's definitive list, the analyst used Notion's *Export → Markdown & CSV (current
view)* and got one CSV, which is what a first-time user would feed the tool. The HMICFRS side is
the register's ordinary extract.

## Files
- `hmicfrs.xlsx`: one sheet `Definitive list`; header on row 1; items rows 2–{len(H)+1} ({len(H)} items,
  17 reports, sorted by publication date). Columns: Recommendation ID (integer, unique across the
  register), Force, Report title, Publication date (real Excel date, dd/mm/yyyy), Type
  (Recommendation / Area for improvement / Cause of concern / National recommendation),
  Recommendation text (verbatim, line breaks and bullets kept), Status (Awaiting review, Being
  progressed = open; Complete, Superseded, No further action required = closed), Status date.
  Autofilter, frozen header. Written with XlsxWriter, fixed document properties.
- `tracker.csv`: Notion CSV export, UTF-8 **with BOM**, comma-separated, LF line ends, fields
  with line breaks quoted (several records span several physical lines; row numbers below are
  records as Excel shows them, header = row 1). Rows 2–{len(allrows)+1}: {len(F)} item rows and 2 non-item pages.
  Columns in the view's order: `Recommendation` (Notion title property: the force's short name,
  NOT the HMICFRS text), `Status` (Notion status: Not started / In progress / Submitted for closure /
  Done / Not for us), `Report` (relation, exported as `Page title (https://www.notion.so/Slug-<32 hex>?pvs=21)`),
  `Type` (select: Rec / AFI / CoC / National rec / Local), `HMICFRS ref` (text, filled on about a
  third of the pages), `HMICFRS wording` (text; full paste, shortened, truncated with "…", or empty),
  `Lead` (person; some cells have two names comma-joined), `Due` (Notion date "March 31, 2024",
  sometimes a range "January 1, 2024 → March 31, 2024", empty on many done pages),
  `Latest update`, `Evidence uploaded` (checkbox as Yes/No), `Tags` (multi-select, comma-joined),
  `Parent item` / `Sub-item` (Notion's sub-item relations, same URL form), `ID` (Notion unique-ID
  property `GLOS-n`: the tracker's own running number, **not** an HMICFRS reference),
  `Created`, `Last edited time` ("April 12, 2022 3:41 PM").
  The view is sorted by Last edited time, newest first, so reports are interleaved, and
  sub-items are not next to their parents.

## What the layout brings (points, with rows)
1. The item's text is not in the title column: the title is a short label
   (e.g. tracker.csv!{ft("Section 45 defence")} "Section 45 defence"); the HMICFRS wording sits in a later
   column and is empty on {sum(1 for f in F if not f['wording'])} pages, which must be matched on title + report + type.
2. Report is a Notion relation cell with a URL; the report name is the force's own
   ("PEEL Legit 17 S&S", "Police powers spotlight (Feb 21)", "CDI 2017"), not HMICFRS's title.
3. `ID` (GLOS-n) looks like a reference and is not one; the real register number is in
   `HMICFRS ref` when present.
4. Sub-items: the stop and search monitoring recommendation (Definitive list!{hr('leg_mon')}) is a parent
   page plus three sub-items, tracker.csv!{', '.join(map(str, mon))}; the body-worn video recommendation
   (Definitive list!{hr('pw_bwv')}) likewise, tracker.csv!{', '.join(map(str, bwv))}. Parent and children each have a truth line
   with the same hmicfrs_row. Monitoring: all four Done → closeable_submit. BWV: sub-item
   "scrutiny panel access" (tracker.csv!{ft("BWV – scrutiny panel access to footage")}) and the parent are In progress → item open → in_sync on all four.
5. BOM, multi-line quoted cells, curly quotes / bullets / "…" in UTF-8, US-style Notion dates.
6. Status words are Notion's: "Submitted for closure" and "Not for us" count as force-done
   (Not for us = the WHITE of older trackers: not the force's to deliver).

## Traps and how the truth decides
- Twin texts: Stop and search 2013 item 3 (Definitive list!{hr('sas13_3')}) and Stop and search 2 (2015)
  (Definitive list!{hr('sas15')}) are nearly the same words. tracker.csv!{fr('sas13_3')} carries the 2013 wording
  ("elected local policing bodies") and relation Stop & Search 2013; tracker.csv!{fr('sas15')} is title-only
  with relation "Stop & search powers 2 (2015)". Decided by report.
- Twin titles: "THRR criteria for call handlers (Core Business)" tracker.csv!{fr('core_1')} vs
  "(CDI AFI)" tracker.csv!{fr('cdi_thr')}: decided by relation and Type (AFI) → core_1 and cdi_thr.
- PEEL 2018/19 supervision rec (tracker.csv!{fr('p18_sup')}, "within 6 months" as a digit, same timescale)
  vs PEEL 2021/22 investigation-plans AFI (tracker.csv!{fr('p21_inv')}).
- Conflicts ({counts.get('conflict', 0)}): deadline 31 March 2016 vs 2015 (tracker.csv!{fr('core_1')} ↔ Definitive list!{hr('core_1')});
  "Within six months" vs "Within twelve months" (tracker.csv!{fr('sf_1')} ↔ {hr('sf_1')}); Type AFI vs national
  recommendation (tracker.csv!{fr('fa_5')} ↔ {hr('fa_5')}); Type Rec vs AFI (tracker.csv!{fr('eff_dash')} ↔ {hr('eff_dash')});
  missing bullet "multiple crimes are always recorded" (tracker.csv!{fr('cdi_vict')} ↔ {hr('cdi_vict')});
  HMICFRS ref typed on the page belongs to another item (tracker.csv!{fr('leg_train')} ↔ {hr('leg_train')}, ref
  {ref['leg_pub']} is the "publish analysis" item at Definitive list!{hr('leg_pub')});
  report relation PEEL 2021/22 for the 2018/19 AFI on outcomes, outputs and costs
  (tracker.csv!{fr('p18_cost')} ↔ {hr('p18_cost')}).
- Stray footnote digits: HMICFRS "intelligence 86 and" (Definitive list!{hr('sf_2')}) vs clean force copy;
  Everyone's business "and 20" kept in both. Not conflicts.
- Home Office/NPCC item (Definitive list!{hr('pw_ho')}) marked "Not for us" → done → closeable_submit.
- Closed-on-both: Superseded CoC (Definitive list!{hr('eff_coc')}) vs Done → in_sync.
- Not on the HMICFRS list: a CDI 2014 recommendation (cautions/PNDs) tracker.csv!{ft("Cautions, CWs & PNDs – auditable explanation & victim views")}; a PEEL
  Effectiveness 2015 DASH cause of concern tracker.csv!{ft("CoC – DASH discretion (Eff 15)")}; the force's own PSD action tracker.csv!{ft("Vetting appeals process review (IOPC learning)")}.
- Missing from force: Definitive list!{', '.join(str(hr(k)) for k in MISSING_WHY)} (austerity workforce item,
  firearms temporary permits, MSA preventative powers, NCPI detention of children).
- No `review` lines: every pair could be decided by eye.

## Counts (truth lines)
| category | lines |
|---|---|
{cnt}

{len(lines)} lines: {len(F)} force item rows (each once) + {counts.get('missing_from_force', 0)} HMICFRS-only lines;
all {len(H)} HMICFRS items appear (two of them on four lines each because of sub-items).

## Rows that are not items
- hmicfrs.xlsx `Definitive list!1`: header.
- tracker.csv!1: header.
- tracker.csv!{FROW[id(GUIDE)]}: "📌 READ ME – how to use this tracker", a guide page kept in the database
  (no report, no type, instructions text).
- tracker.csv!{FROW[id(BLANK)]}: an empty "Untitled" page (blank title, no report, no wording: someone clicked
  "New" in September 2025); Notion exports it as a row with only Status/ID/dates.

## Checks run
- Builder asserts each non-conflict category follows from the two statuses (sub-items: item done
  only when every part is) and that every HMICFRS item is covered.
- Read back: pandas `read_csv(encoding="utf-8-sig")` gives {len(allrows)} records; `read_excel` gives {len(H)};
  openpyxl opens hmicfrs.xlsx; every force item row appears exactly once in truth.csv, every
  HMICFRS item row at least once; the two non-item rows are absent.
- Two builds compared with sha256: identical.
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(README)
