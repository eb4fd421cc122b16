"""Build case further_action_column_no_status (round 97, case C). Texts: OGL HMICFRS wording copied as literals."""
from __future__ import annotations
NATIONAL = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        ('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
        ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
        ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ]),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        ('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ]),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        ('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
        ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ]),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        ('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
        ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ]),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        ('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ]),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        ('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ]),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [
        ('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ]),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        ('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
        ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
        ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ]),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        ('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
        ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
        ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
        ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
        ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ]),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        ('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ]),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        ('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
        ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
        ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
        ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
        ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ]),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        ('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
        ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
        ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
        ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
        ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ]),
}
WM = [
    ('recommendation', 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    ('recommendation', 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    ('recommendation', 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    ('recommendation', 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    ('recommendation', 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    ('recommendation', 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    ('recommendation', 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    ('cause of concern', 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    ('cause of concern', 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    ('recommendation', 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    ('recommendation', 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
]
CDI = 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'

import csv, io, os, random, datetime as dt
import xlsxwriter

CASE = "further_action_column_no_status"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2025, 3, 3, 9, 0, 0)
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

NCPI_BODY = ("in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")

def N(key, i):
    return NATIONAL[key][2][i]

# ---------------------------------------------------------------- HMICFRS register items
# (key, report title, published, type, text, status, status date)
def reports():
    out = []
    for k in ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
              "firearms", "stolen", "efc17", "leg17", "powers"]:
        title, d, items = NATIONAL[k]
        for i, (ty, tx) in enumerate(items):
            if k == "austerity" and i == 3:
                continue  # HMICFRS no longer holds it (the force still does)
            out.append((f"{k}{i}", title, dt.date(*d), ty, tx))
    wm = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
    tmap = {"recommendation": REC, "cause of concern": COC}
    for i, (ty, tx) in enumerate(WM):
        out.append((f"wm{i}", wm, dt.date(2019, 5, 2), tmap[ty], tx))
    out.append(("cdi0", "Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 26), REC, CDI))
    out.append(("cdi1", "Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 26), REC,
                "Immediately, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."))
    out.append(("ncpi0", "National child protection inspection 2017 – West Mercia Police", dt.date(2017, 6, 20), REC,
                "Within six months the force should " + NCPI_BODY + "."))
    p21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia Police"
    out.append(("p21a", p21, dt.date(2022, 5, 19), AFI,
                "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce."))
    out.append(("p21b", p21, dt.date(2022, 5, 19), AFI,
                "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases."))
    out.append(("p21c", p21, dt.date(2022, 5, 19), AFI,
                "West Mercia Police should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines."))
    out.append(("p21d", p21, dt.date(2022, 5, 19), AFI,
                "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service."))
    return out

AR, BP, CO, SU, NF = "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action required"
HSTATUS = {
    "sas130": CO, "sas131": BP, "sas132": AR, "everyone0": SU, "austerity0": NF, "austerity1": NF,
    "austerity2": CO, "core0": CO, "core1": BP, "integrity0": BP, "sas150": AR, "picture0": BP,
    "firearms0": CO, "firearms1": BP, "firearms2": BP, "firearms3": BP, "firearms4": BP,
    "stolen0": BP, "stolen1": AR, "stolen2": BP, "stolen3": BP, "stolen4": CO, "stolen5": BP,
    "stolen6": BP, "efc170": BP, "leg170": AR, "leg171": BP, "leg172": BP, "leg173": BP,
    "leg174": CO, "powers0": BP, "powers1": BP, "powers2": BP, "powers3": NF, "powers4": AR,
    "wm0": BP, "wm1": BP, "wm2": AR, "wm3": CO, "wm4": SU, "wm5": BP, "wm6": BP, "wm7": CO,
    "wm8": BP, "wm9": BP, "wm10": BP, "cdi0": BP, "cdi1": AR, "ncpi0": BP, "p21a": AR,
    "p21b": BP, "p21c": BP, "p21d": CO,
}

# ---------------------------------------------------------------- force tracker rows
# (No., key or None, HMICFRS ID shown?, Inspection, Type, summary, action taken, further action, lead, target)
D = dt.date
T = [
 ("1.01", "sas130", 0, "Stop & Search powers (HMIC 2013)", "Nat rec", "Clear spec in S&S APP of what is effective and fair use of powers (with College) – compliant with Code A", "Force policy aligned to APP; Code A training delivered 2014/15", "None", "Supt Operations Support", D(2014, 12, 31)),
 ("1.02", "sas131", 0, "Stop & Search powers (HMIC 2013)", "Nat rec", "Establish/improve monitoring of stop & search so satisfied officers act lawfully (incl. equality legislation & Code of Practice) and power used effectively", "Monthly S&S scrutiny at Legitimacy Board; BWV dip sampling; Power BI dashboard", "None – evidence pack sent to FLL 11/24", "Supt Operations Support", D(2024, 11, 30)),
 ("1.03", "sas132", 0, "Stop & Search powers (HMIC 2013)", "Nat rec", "In consultation with elected local policing bodies, explain to public how S&S is used & have records scrutinised by community reps, involving those stopped e.g. young people", "External scrutiny panel meets quarterly", "Refresh panel ToR to include youth members; recruit via Youth IAG", "Ch Insp Diversity & Inclusion", D(2025, 6, 30)),
 ("2.01", "everyone0", 0, "Domestic abuse - Everyone's business", "Nat rec", "Publish DA action plan setting out steps to improve approach to DA (consult PCC, support orgs, victims; DHRs & IPCC findings; CPS panels/MARAC)", "DA action plan published 2014, refreshed 2019", "Update DA action plan to reflect new VAWG/DA strategy 2024–27", "DCI Public Protection", D(2025, 4, 30)),
 ("3.01", "austerity0", 0, "Policing in Austerity 2014", "Nat rec", "Review savings plans to keep reducing crime and protect front line while balancing budget (use HMIC VfM profiles)", "MTFS reviewed against VfM profiles 2014", "None", "Director of Finance", None),
 ("3.02", "austerity1", 0, "Policing in Austerity 2014", "Nat rec", "If <10% savings via collaboration – assess scope to improve", "Alliance with Warwickshire delivered >10%", "Nil", "Director of Finance", None),
 ("3.03", "austerity2", 0, "Policing in Austerity 2014", "Nat rec", "Forces reducing front line proportion to assess whether decisive action taken to keep crime fighting capacity", "Front line definition agreed; establishment tracked in workforce plan", "Workforce plan refresh due alongside MTFS 2025/26", "Director of People", D(2025, 3, 31)),
 ("3.04", None, 0, "Policing in Austerity 2014", "Nat rec", "Review collaboration plans ahead of next spending round – scope for better VfM & capability through joint working (forces/public/private sector)", "Collaboration review commissioned post-alliance", "Report to COG on regional collaboration options", "Director of Finance", D(2025, 9, 30)),
 ("4.01", "core0", 0, "Core business", "Nat rec", "THR policy – give call handlers specific, sound & comprehensible criteria to assess threat, harm and risk (by 31/03/15)", "THRIVE+ introduced in FCC 2015", "None", "Head of Contact", D(2015, 3, 31)),
 ("5.01", "integrity0", 0, "Integrity Matters 2015", "Nat rec", "Satisfy ourselves misconduct investigations ending in NFA are fair and free of discrimination", "PSD disproportionality dashboard live; quarterly review at Ethics Board", "None", "Head of PSD", D(2024, 12, 31)),
 ("6.01", "picture0", 0, "Information management (Building the Picture)", "Nat rec", "Scrutinise audits of compliance with APP on info management via force IM governance; records categorisation adjusted regularly", "IMB in place; MoPI review team established", "MoPI audit schedule to go to Information Management Board (May)", "Head of Information Management", D(2025, 5, 31)),
 ("7.01", "firearms0", 0, "Firearms licensing 2015", "Nat rec", "Assess governance of firearms licensing against APP; fix arrangements where not met", "Gap analysis 2016; APP compliant", "None", "Head of Firearms Licensing", D(2016, 3, 31)),
 ("7.02", "firearms1", 0, "Firearms licensing 2015", "Nat rec", "Within 6 months, assess demand on firearms licensing department and ensure capacity to meet it & give efficient and effective service at all times", "Demand profile completed; 3 additional enquiry officers funded", "Review backlog trajectory at FL Board", "Head of Firearms Licensing", D(2025, 6, 30)),
 ("7.03", "firearms2", 0, "Firearms licensing 2015", "Nat rec", "Immediately – ensure appropriate action taken on 'total expired' licensing records", "All total expired records reviewed and actioned 2016; weekly NFLMS report", "N/A – complete", "Head of Firearms Licensing", None),
 ("7.04", "firearms3+firearms4", 0, "Firearms licensing 2015", "Nat rec", "Temporary permits per HO guidance & recorded on NFLMS without delay / certificate holder markers checked by dispatchers before attendance & officers know powers to seize", "Permit process rewritten; NFLMS markers pushed to STORM; FCC briefing completed", "None", "Head of Firearms Licensing", D(2024, 10, 31)),
 ("8.01", "stolen0", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Within 12 months review leadership & governance for MSHT so that:\n• senior leaders prioritise MSHT;\n• every incident allocated appropriate resources with skills/experience/capacity to investigate;\n• performance & QA measures in place so leaders can assess service to victims", "MSHT governance through Vulnerability Board; MSHT SPOC network", "QA framework for MSHT investigations to be agreed", "DCI Exploitation Hub", D(2025, 6, 30)),
 ("8.02", "stolen1", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Within 6 months – active info sharing agreements with other agencies (speedy intel exchange, safeguard victims, identify suspects early)", "ISA with GLAA signed; LA agreements in draft", "Sign remaining 3 local authority ISAs", "DCI Exploitation Hub", D(2025, 4, 30)),
 ("8.03", "stolen2", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Immediately – early and continuing consideration of s45 defence for victims committing offences under compulsion", "s45 prompt added to custody & investigation templates; CPS liaison", "None", "DCI Exploitation Hub", D(2024, 9, 30)),
 ("8.04", "stolen3", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Immediately – full compliance with NRM process & duty to notify (MS1) adult victims to Home Office", "NRM SPOC in PPU", "MS1 compliance audit Q1 25/26", "DCI Exploitation Hub", D(2025, 6, 30)),
 ("8.05", "stolen4", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Immediately – NCRS compliance for MSHT offences & FCR audit capacity", "FCR audit plan includes MSHT", "FCR audit of MSHT crimes Q1 2025 – report to Crime Data Integrity Board", "Force Crime Registrar", D(2025, 6, 30)),
 ("8.06", "stolen5", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Immediately – MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas intel)", "Exploitation Hub investigative team formed 2023", "Embed supervisory review standard; training for 40 DCs", "DCI Exploitation Hub", D(2025, 9, 30)),
 ("8.07", "stolen6", 1, "Stolen Freedom (MSHT) 2017", "Nat rec", "Immediately – review use of preventative powers under MSA 2015 (STPOs/STROs)", "Use of STPOs reviewed 2018; 4 orders obtained 2024", "None at this stage – awaiting revised national STPO guidance, then policy review", "DCI Exploitation Hub", D(2025, 12, 31)),
 ("9.01", "leg170", 1, "PEEL Legit 17 S&S", "CoC", "Cause of concern – cannot show S&S use consistently reasonable and fair; over-representation of BAME/black people unexplained", "See 9.02 a–c and 9.03", "See 9.02c", "Supt Operations Support", D(2025, 6, 30)),
 ("9.02a", "leg171", 1, "PEEL Legit 17 S&S", "Nat rec", "By July 2018 monitor S&S data to understand: (a) reasons for any disproportionate representation of ethnic groups", "Disproportionality analysis monthly in Power BI", "None", "Supt Operations Support", D(2018, 7, 31)),
 ("9.02b", "leg171", 1, "PEEL Legit 17 S&S", "Nat rec", "(b) how find rates differ by ethnicity & search type (incl. drug possession / supply)", "Find rate by ethnicity & object in dashboard", "Nil", "Supt Operations Support", D(2018, 7, 31)),
 ("9.02c", "leg171", 1, "PEEL Legit 17 S&S", "Nat rec", "(c) prevalence of possession-only drug searches & whether they align with local/force priorities", "Initial analysis 2019", "Possession-only searches not yet split in dashboard – data fix with IT", "Supt Operations Support", D(2025, 6, 30)),
 ("9.03", "leg172", 1, "PEEL Legit 17 S&S", "Nat rec", "Where disparities found, show public research/analysis into reasons and action taken to reduce", "Annual disproportionality report to Legitimacy Board & scrutiny panel", "None", "Supt Operations Support", D(2024, 7, 31)),
 ("9.04", "leg174", 1, "PEEL Legit 17 S&S", "Nat rec", "By July 2018 (and ongoing) all S&S officers trained on unconscious bias & College APP", "Mandatory NCALT + classroom input; 98% compliance", "None", "Head of L&D", D(2018, 7, 31)),
 ("10.01", "efc170", 1, "PEEL Efficiency 17 (all forces)", "Nat rec", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services", "Digital Strategy 2019–24 approved; Single Online Home live", "No further action required by the force – remainder is for HO/NPCC/APCC (national framework)", "Director of Digital Services", D(2019, 3, 31)),
 ("11.01", "powers0", 1, "Police powers spotlight (Feb 21)", "Nat rec", "By July 2022 officers & staff have effective communication skills (NPG on Conflict Management) on top of de-escalation training", "Comms skills module designed with College", "Roll-out to response officers via PSTT 2025", "Head of L&D", D(2025, 10, 31)),
 ("11.02", "powers1", 1, "Police powers spotlight (Feb 21)", "Nat rec", "By July 2021 reinforce comms skills in CPD & support supervisors to debrief using BWV", "Supervisor BWV debrief guide issued; CPD day content", "Nil", "Head of L&D", D(2021, 7, 31)),
 ("11.03", "powers2", 1, "Police powers spotlight (Feb 21)", "Nat rec", "By Sept 2021 – record entirety of all S&S encounters on BWV incl traffic stops & use of force", "BWV policy mandates full recording", "None", "Supt Operations Support", D(2021, 9, 30)),
 ("11.04", "powers2", 1, "Police powers spotlight (Feb 21)", "Nat rec", "Structured process to review & monitor a sample of BWV footage internally – learning & accountability", "Monthly BWV dip sample by Ops Support", "None", "Supt Operations Support", D(2021, 9, 30)),
 ("11.05", "powers2", 1, "Police powers spotlight (Feb 21)", "Nat rec", "External scrutiny panel access to BWV samples of S&S & use of force", "Panel views footage each quarter", "None", "Supt Operations Support", D(2021, 9, 30)),
 ("11.06", "powers3", 1, "Police powers spotlight (Feb 21)", "Nat rec", "HO & NPCC – quality of use of force data on S&S to be fit for publication (not for WMP)", "For Home Office / NPCC", "None – not for WMP", "Supt Operations Support", None),
 ("11.07", "powers4", 1, "Police powers spotlight (Feb 21)", "Nat rec", "By July 2021 effective internal monitoring of use of force – identify & explain disproportionate use & improve", "UoF forms reviewed by Ops Support", "UoF disproportionality analysis to be added to Legitimacy Board pack", "Supt Operations Support", D(2025, 6, 30)),
 ("11.08", "leg173", 1, "Police powers spotlight (Feb 21)", "Nat rec", "Publish S&S analysis & any actions at least annually (from July 2018)", "Annual report published on force website each July", "None", "Supt Operations Support", D(2024, 7, 31)),
 ("12.01", "wm0", 1, "PEEL 18-19", "Rec", "Review officers' capability & capacity to manage investigative workload", "Investigative demand review commissioned", "Report due to COG – workload allocation model", "DCS Crime", D(2025, 4, 30)),
 ("12.02", "wm1", 1, "PEEL 18-19", "Rec", "Review approach to vulnerability with partners", "Joint vulnerability review with LSCPs completed; Vulnerability Strategy 2023", "None", "DCS Public Protection", D(2023, 12, 31)),
 ("12.03", "wm2", 1, "PEEL 18-19", "Rec", "Expand skills project to all skills (not only operational) incl. future requirements – inform workforce plans", "Operational skills matrix complete", "Extend to staff roles via new HR system", "Director of People", D(2025, 12, 31)),
 ("12.04", "wm3", 1, "PEEL 18-19", "Rec", "Agree arrangements with Warwickshire for smooth transition to future operating model", "Alliance exit completed 1 Oct 2019", "None", "DCC", D(2019, 10, 1)),
 ("12.05", "wm4", 1, "PEEL 18-19", "Rec", "Clearly define new operating model – affordable and fit to protect communities", "Operating model agreed 2019", "Operating model review (OM25) – report to PCC", "DCC", D(2025, 7, 31)),
 ("12.06", "wm5", 1, "PEEL 18-19", "AFI", "Improve arrangements to consult public on business planning & feed back changes made", "Annual budget consultation with PCC", "You said/we did page for website", "Head of Corporate Comms", D(2025, 5, 31)),
 ("12.07", "wm6", 1, "PEEL 18-19", "Rec", "Within 6 months – regular & active supervision of investigation quality & progress; supervision properly recorded", "Supervisory review template on Athena", "Compliance currently 71% – target 90%", "DCS Crime", D(2025, 6, 30)),
 ("12.08", "wm7", 1, "PEEL 18-19", "CoC", "CoC – arrangements to maintain full range of public services when alliance with Warwickshire ends (skills, investigations, safeguarding)", "Transition programme closed 2020", "None", "DCC", D(2020, 3, 31)),
 ("12.09", "wm8", 1, "PEEL 18-19", "CoC", "CoC – capacity & capability to investigate crime effectively", "Investigations improvement plan in place", "See 12.01 and 12.07", "DCS Crime", D(2025, 6, 30)),
 ("12.10", "wm9", 2, "PEEL 18-19", "Rec", "Within 6 months – improve ability to retrieve digital evidence from phones/computers quickly so investigations not delayed", "Kiosks in every hub; DFU backlog reduced", "Reduce DFU turnaround to 30 days", "Head of Digital Forensics", D(2025, 9, 30)),
 ("12.11", "wm10", 1, "PEEL 18-19", "Rec", "Within 6 months – understanding of suspects released under investigation & management of those on bail", "RUI/bail dashboard live; PACE bail changes 2022 embedded", "Nil – submitted for closure 03/02/25", "DCS Crime", D(2025, 2, 3)),
 ("12.12", None, 0, "PEEL 18-19", "AFI", "Improve use of crime recording & mgmt system (Athena) to better manage case files & investigations", "Athena case file module training", "Case file quality audit to Criminal Justice Board", "Head of Criminal Justice", D(2025, 6, 30)),
 ("13.01", "cdi0", 1, "CDI 2019", "Rec", "Within 6 months arrangements so that:\n• victims believed at point of report\n• call handler/caller conversations summarised accurately in incident log\n• multiple crimes always recorded\n• no waiting for medical/ABE results before recording decision\n• online reports triaged on receipt for risk", "Crime recording decision makers in FCC; online triage desk", "Re-audit of multiple crimes & ABE waiting (FCR) due June", "Force Crime Registrar", D(2025, 6, 30)),
 ("14.01", "ncpi0", 1, "NCPI 2017", "Rec", "With children's services, review detention of children in custody: detained only when necessary & minimum time; early alternative accommodation assessment; record actions/decisions; timely appropriate adult support", "Joint protocol with 4 LAs; AA contract retendered; custody records audited", "None", "Head of Custody", D(2024, 3, 31)),
 ("15.01", "p21a", 1, "PEEL 21/22", "AFI", "Sufficient control room resources to fulfil resourcing model & meet demand, taking into account staff wellbeing", "FCC uplift of 18 call handlers", "Recruitment of remaining 6 posts; wellbeing survey", "Head of Contact", D(2025, 6, 30)),
 ("15.02", "p21b", 1, "PEEL 21/22", "AFI", "Effective supervision of initial risk assessment – DASH completion in appropriate cases", "Completed – DASH supervisory review built into Athena DA investigation, audited Nov 2024 (94%)", "", "DCI Public Protection", D(2024, 11, 30)),
 ("15.03", "p21c", 1, "PEEL 21/22", "AFI", "Vetting – all staff at least lowest level of vetting ASAP, clear backlog & renewals (national vetting guidelines)", "Vetting unit uplift; backlog down from 1,150 to 212", "Clear remaining 212 renewals", "Force Vetting Manager", D(2025, 3, 31)),
 ("15.04", "p21d", 1, "PEEL 21/22", "AFI", "Improve supervision of investigations – plans set, reviewed & recorded; consistent service to victims", "Investigation plan mandatory field on Athena", "None", "DCS Crime", D(2023, 9, 30)),
 ("15.05", None, 0, "PEEL 21/22", "AFI", "Develop future workforce plan aligned to demand & budget (resource allocation, skills mix, behaviours)", "Strategic Workforce Plan draft", "Sign-off at People Board", "Director of People", D(2025, 4, 30)),
 ("16.01", None, 0, "Custody inspection 2016", "Rec", "Revise approach to cautions, cannabis warnings & PNDs – auditable explanation to offender & victim views recorded for victim-based crime", "OOCD policy revised; Outcomes 22 scrutiny panel", "None", "Head of Criminal Justice", D(2017, 6, 30)),
]

DONE_ROWS = {"1.01", "1.02", "3.01", "3.02", "4.01", "5.01", "7.01", "7.03", "7.04", "8.03",
             "9.02a", "9.02b", "9.03", "9.04", "10.01", "11.02", "11.03", "11.04", "11.05", "11.06",
             "11.08", "12.02", "12.04", "12.08", "12.11", "14.01", "15.02", "15.04", "16.01"}
CONFLICT = {
    "firearms1": "conflict: timescale – register says 'Within three months', tracker 7.02 says 'Within 6 months'",
    "stolen0": "conflict: missing bullet – tracker 8.01 lists three of the four bullets; 'forces develop effective partnership arrangements…' is absent",
    "leg173": "conflict: report – the tracker files it (11.08) under 'Police powers spotlight (Feb 21)' but it is PEEL: Police legitimacy 2017",
    "wm5": "conflict: type – register Recommendation, tracker 12.06 says AFI",
    "wm9": "conflict: reference – tracker 12.10 HMICFRS ID has two digits transposed",
}
WHY_DONE = {
    "None": "'None'", "Nil": "'Nil'", "N/A – complete": "'N/A – complete'",
}

def is_open_h(s):
    return s in (AR, BP)

def build():
    os.makedirs(OUT, exist_ok=True)
    items = reports()
    order = sorted(range(len(items)), key=lambda i: (items[i][2], i))
    items = [items[i] for i in order]
    rng = random.Random(202697)
    ids, cur = {}, 2090
    for it in items:
        cur += rng.randint(7, 260)
        ids[it[0]] = cur
    used = set(ids.values())
    typo = int(str(ids["wm9"])[:-2] + str(ids["wm9"])[-1] + str(ids["wm9"])[-2])
    assert typo not in used and typo != ids["wm9"]

    # ---------------- HMICFRS register export
    hrow = {}
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Recommendations – West Mercia Police", "author": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    widths = [14, 20, 45, 13, 22, 90, 18, 12]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(0, c, h, hdr); ws.set_column(c, c, w)
    srng = random.Random(97)
    for r, (key, title, pub, ty, tx) in enumerate(items, start=1):
        st = HSTATUS[key]
        if st in (AR,):
            sd = pub + dt.timedelta(days=srng.randint(1, 20))
        else:
            sd = dt.date(2024, 1, 1) + dt.timedelta(days=srng.randint(0, 400))
        ws.write_number(r, 0, ids[key], wrap)
        ws.write(r, 1, "West Mercia Police", wrap)
        ws.write(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), datef)
        ws.write(r, 4, ty, wrap)
        ws.write_string(r, 5, tx, wrap)
        ws.write(r, 6, st, wrap)
        ws.write_datetime(r, 7, dt.datetime(sd.year, sd.month, sd.day), datef)
        hrow[key] = f"Recommendations!{r + 1}"
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(items), len(cols) - 1)
    wb.close()

    # ---------------- force tracker
    frow = {}
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS recommendations – assurance tracker",
                       "author": "Strategic Planning & Assurance", "company": "West Mercia Police",
                       "created": FIXED})
    ws = wb.add_worksheet("Assurance tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dcell = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    note = wb.add_format({"italic": True, "font_size": 9, "text_wrap": False})
    ws.write(0, 0, "West Mercia Police – HMICFRS recommendations and areas for improvement: action taken and further action required", title)
    ws.write(1, 0, "Audit & Risk Assurance Committee, 13 March 2025 – Appendix B (position as at 28 February 2025)", sub)
    cols = ["No.", "HMICFRS ID", "Inspection", "Type", "Recommendation / AFI (summary)",
            "Action taken to date", "Further action required", "Lead", "Target date"]
    widths = [7, 11, 26, 8, 60, 45, 45, 24, 11]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(3, c, h, hdr); ws.set_column(c, c, w)
    r = 4
    for (no, key, showid, insp, ty, summ, act, fur, lead, tgt) in T:
        ws.write_string(r, 0, no, cell)
        if key and showid:
            k0 = key.split("+")[0]
            ws.write_number(r, 1, typo if showid == 2 else ids[k0], cell)
        else:
            ws.write_blank(r, 1, None, cell)
        for c, v in ((2, insp), (3, ty), (4, summ), (5, act), (6, fur), (7, lead)):
            if v == "":
                ws.write_blank(r, c, None, cell)
            else:
                ws.write_string(r, c, v, cell)
        if tgt:
            ws.write_datetime(r, 8, dt.datetime(tgt.year, tgt.month, tgt.day), dcell)
        else:
            ws.write_string(r, 8, "n/a", cell)
        frow[no] = f"Assurance tracker!{r + 1}"
        r += 1
    last_item = r
    notes = [
        "Key: where 'Further action required' reads None / Nil the lead officer considers the recommendation discharged; it is proposed to HMICFRS for closure via the Force Liaison Lead.",
        "Items shown without an HMICFRS ID pre-date the register IDs or were added by the force. Prepared by Strategic Planning & Assurance, 28/02/2025.",
    ]
    for i, n in enumerate(notes):
        ws.write(r + 1 + i, 0, n, note)
    ws.freeze_panes(4, 0)
    ws.set_landscape(); ws.repeat_rows(3)
    wb.close()

    # ---------------- truth
    by_key = {}
    for row in T:
        if row[1]:
            for k in row[1].split("+"):
                by_key.setdefault(k, []).append(row)
    lines = []
    for key, title, pub, ty, tx in items:
        st = HSTATUS[key]
        hopen = is_open_h(st)
        rows = by_key.get(key, [])
        if not rows:
            if key == "sas150":
                why = ("Stop and search powers 2 (2015) item is on the register but the tracker holds only the near-identical 2013 "
                       "wording ('elected local policing bodies', row 1.03 under 'HMIC 2013'); the 2015 text says 'police and crime commissioners' – nobody tracks it")
            elif key == "cdi1":
                why = ("CDI 2019 'provide call-handlers with … criteria … threat, harm and risk' is on the register; the tracker's only similar row "
                       "(4.01) is the national Core Business 2014 item with its 31/03/15 deadline, already matched – the CDI item is not tracked")
            else:
                why = "on the register, no tracker row covers it (crime prevention activity recorded and evaluated)"
            lines.append((hrow[key], "", "missing_from_force", why))
            continue
        fdone = all(r_[0] in DONE_ROWS for r_ in rows)
        if key in CONFLICT:
            cat = "conflict"; base = CONFLICT[key]
        elif hopen and not fdone:
            cat = "in_sync"; base = f"register '{st}' (open); tracker still lists further action (open)"
        elif not hopen and fdone:
            cat = "in_sync"; base = f"register '{st}' (closed); tracker further action None/Nil (done)"
        elif hopen and fdone:
            cat = "closeable_submit"; base = f"register '{st}' (open); tracker says no further action (done)"
        else:
            cat = "closeable_local"; base = f"register '{st}' (closed); tracker still lists further action (open)"
        for r_ in rows:
            no = r_[0]
            extra = EXTRA.get((key, no), "")
            why = f"tracker {no}: {base}" + (f"; {extra}" if extra else "")
            lines.append((hrow[key], frow[no], cat, why))
    for r_ in T:
        if r_[1] is None:
            lines.append(("", frow[r_[0]], "not_on_hmicfrs_list", EXTRA_NOT[r_[0]]))
    def sortkey(l):
        f = int(l[1].split("!")[1]) if l[1] else 10**6
        h = int(l[0].split("!")[1]) if l[0] else 10**6
        return (f, h)
    lines.sort(key=sortkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(readme(len(items), len(T), last_item, counts, len(lines), hrow, frow, ids, typo))
    return counts

EXTRA = {
    ("sas132", "1.03"): "2013 wording ('elected local policing bodies'), not the 2015 near-twin which is missing",
    ("core0", "4.01"): "Core Business 2014 (national, 31/03/15) – not the CDI 2019 item with similar words",
    ("firearms2", "7.03"): "'N/A – complete' read as done",
    ("firearms3", "7.04"): "one tracker row covers two register items (temporary permits / certificate-holder markers); both halves summarised and both done",
    ("firearms4", "7.04"): "same tracker row as the temporary-permits item; both halves done",
    ("stolen6", "8.07"): "'None at this stage – awaiting revised national STPO guidance, then policy review' is NOT done: work is still to come",
    ("leg170", "9.01"): "cause of concern row points at 9.02c, which is still open",
    ("leg171", "9.02a"): "split over three rows 9.02a–c (one per bullet); a and b done, c open, so the item is open",
    ("leg171", "9.02b"): "part b of a three-row split; part c still open, so the item is open",
    ("leg171", "9.02c"): "part c of the split, still open",
    ("efc170", "10.01"): "'No further action required by the force – remainder is for HO/NPCC/APCC' read as done for the force",
    ("powers2", "11.03"): "split over three rows 11.03–11.05 (one per paragraph), all None",
    ("powers2", "11.04"): "second of three split rows, None",
    ("powers2", "11.05"): "third of three split rows, None",
    ("powers3", "11.06"): "not for the force; 'None – not for WMP' is done, register NFA",
    ("wm8", "12.09"): "'See 12.01 and 12.07' – both still open",
    ("wm10", "12.11"): "'Nil – submitted for closure 03/02/25' read as done",
    ("p21b", "15.02"): "Further action cell blank but Action taken opens 'Completed – … audited Nov 2024' – done",
    ("p21c", "15.03"): "register text says 'West Mercia Police should', tracker summarises",
}
EXTRA_NOT = {
    "3.04": "Policing in Austerity 2014, fourth recommendation ('In preparation for the next spending round…'): the register holds only the first three of that report – query with HMICFRS",
    "12.12": "PEEL 18-19 AFI on Athena case files: no such item on the register (AFIs of that report are not on it) – query with HMICFRS",
    "15.05": "PEEL 21/22 AFI on a future workforce plan: not on the register",
    "16.01": "Custody inspection 2016 item (cautions, cannabis warnings, PNDs): not on the register; done on the force side – query with HMICFRS",
}

def readme(n_h, n_t, last_item, counts, n_lines, hrow, frow, ids, typo):
    c = "\n".join(f"- `{k}`: {counts.get(k, 0)}" for k in
                  ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
                   "not_on_hmicfrs_list", "review"])
    return f"""# Case `{CASE}` (round 97, case C)

## Story

West Mercia Police's Strategic Planning & Assurance team keeps its HMICFRS tracker as a committee
appendix for the Audit & Risk Assurance Committee. Its habit, common in committee papers, is two
narrative columns – **"Action taken to date"** and **"Further action required"** – and **no status
or RAG column at all**. A lead signals "done" by writing *None* / *Nil* / *N/A – complete* (or
leaving the further-action cell empty when the action text says "Completed") in "Further action
required"; anything else (a task, a pointer to another open row, "None at this stage – awaiting…")
means open. A note under the table says so. HMICFRS's side is the ordinary register export.

## Files

- `hmicfrs.xlsx`, sheet `Recommendations`: header row 1, item rows 2–{n_h + 1} ({n_h} items). Columns:
  Recommendation ID (integer), Force, Report title, Publication date (date), Type, Recommendation
  (verbatim OGL text with its quirks: curly quotes, `•` bullets without spaces, footnote "86",
  "immediately:agree"), Status (Awaiting review / Being progressed / Complete / Superseded / No
  further action required), Status date. Sorted by ID (≈ publication date). Autofilter, frozen header.
- `tracker.xlsx`, sheet `Assurance tracker`: row 1 title, row 2 committee/date subtitle, row 3 blank,
  **header row 4**, item rows 5–{last_item} ({n_t} rows), row {last_item + 1} blank, rows {last_item + 2}–{last_item + 3}
  notes (key to the None/Nil convention; provenance). Columns: No. (force numbering "1.01", "9.02a"),
  HMICFRS ID (register integer, blank for sections 1–7 and for force-only rows), Inspection (the
  force's short report names: "PEEL Legit 17 S&S", "NCPI 2017"…), Type (Nat rec / Rec / AFI / CoC),
  Recommendation / AFI (summary) – the force's own shortened wording with "&", "S&S", "6 months",
  Action taken to date, Further action required, Lead, Target date (date or "n/a").
- `truth.csv`: {n_lines} lines. `README.md`: this file. Both UTF-8.

## What the layout brings

1. No status column: the force status must be read from the wording of "Further action required"
   (column G). Done words vary: "None" (most), "Nil" (3.02, 9.02b, 11.02), "N/A – complete" (7.03),
   "None – evidence pack sent to FLL 11/24" (1.02), "Nil – submitted for closure 03/02/25" (12.11),
   "None – not for WMP" (11.06), "No further action required by the force – remainder is for
   HO/NPCC/APCC" (10.01).
2. Open despite looking closed: 8.07 starts "None at this stage – awaiting revised national STPO
   guidance, then policy review" → open. 9.01 ("See 9.02c") and 12.09 ("See 12.01 and 12.07") are
   pointers to open rows → open.
3. Blank further action (15.02, row {frow['15.02'].split('!')[1]}): decided from "Action taken" ("Completed – … audited Nov 2024") → done.
4. HMICFRS ID column present only from section 8 on; older items must be matched by text and report.
5. Split item: PEEL legitimacy 2017 monitoring recommendation (register row {hrow['leg171'].split('!')[1]}) over 9.02a/b/c (a, b done; c open → item
   open, in_sync). Body-worn video recommendation (register row {hrow['powers2'].split('!')[1]}) over 11.03–11.05 (all done → closeable_submit).
6. One row, two items: 7.04 (row {frow['7.04'].split('!')[1]}) covers the temporary-permits item and the certificate-holder-markers item
   (register rows {hrow['firearms3'].split('!')[1]} and {hrow['firearms4'].split('!')[1]}): two truth lines.

## Traps and how the truth decides

- Near-twin texts: Stop and search 2013 item 3 ("in consultation with elected local policing
  bodies") vs Stop and search powers 2 (2015) ("in consultation with police and crime
  commissioners"). The tracker has only the 2013 one (1.03, under "HMIC 2013") → the 2015 item
  (register row {hrow['sas150'].split('!')[1]}) is `missing_from_force`.
- Core Business 2014 THR call-handler criteria (national, tracker 4.01) vs CDI 2019 "Immediately, the
  force should provide call-handlers with …" (register row {hrow['cdi1'].split('!')[1]}): 4.01 names Core business and the
  31/03/15 deadline, so it pairs with Core Business; the CDI item is `missing_from_force`.
- Conflicts: 7.02 "Within 6 months" vs register "Within three months" (timescale); 8.01 drops the
  partnership bullet of the Stolen Freedom leadership recommendation (missing bullet); 11.08 files the
  PEEL legitimacy 2017 "publish this analysis … annually" item under "Police powers spotlight (Feb 21)"
  (report); 12.06 types a Recommendation as "AFI" (type); 12.10 shows HMICFRS ID {typo} where the
  register has {ids['wm9']} (reference typo; the text is unmistakable and {typo} is no register ID).
- Register closed, force open → `closeable_local`: 2.01 (Superseded), 3.03 (Complete), 8.05 (Complete), 12.05 (Superseded).
- Register "No further action required", force "None – not for WMP" (11.06) → in_sync (both closed).
- Force-only rows → `not_on_hmicfrs_list`: 3.04 (austerity 4th rec, not held by the register), 12.12, 15.05, 16.01.
- `review` is not used: every pair can be decided from the two rows.

## Counts

{c}

Total truth lines {n_lines} ({n_h} register items; {n_t} tracker item rows; row 7.04 yields two lines).

## Rows that are not items

- `hmicfrs.xlsx` Recommendations!1: header.
- `tracker.xlsx` Assurance tracker!1 (title), !2 (committee subtitle), !3 (blank), !4 (header),
  !{last_item + 1} (blank), !{last_item + 2} (note: key to None/Nil), !{last_item + 3} (note: IDs and provenance).

## Checks run

- Every register row 2–{n_h + 1} appears in truth at least once; every tracker row 5–{last_item} appears once
  (7.04 twice, one per item); no non-item row appears.
- Both files read back with pandas (`header=0` / `header=3`) and openpyxl; row numbers verified
  against the text in the cells.
- Built twice; all four files identical byte for byte (sha256).
"""


if __name__ == "__main__":
    print(build())
