"""Builder for case hmicfrs_webi_sectioned_export (round 90, case B)."""
NAT_TEXTS = {
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

# West Mercia PEEL 2018/19 items, verbatim from /work/shared/data/real_recommendations.csv rows 0-10.
WM_TITLE = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
WM = {
    "wm0": ("Recommendation", 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    "wm1": ("Recommendation", 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    "wm2": ("Recommendation", 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    "wm3": ("Recommendation", 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    "wm4": ("Recommendation", 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    "wm5": ("Recommendation", 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    "wm6": ("Recommendation", 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    "coc1": ("Cause of Concern", 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    "coc2": ("Cause of Concern", 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    "wm9": ("Recommendation", 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    "wm10": ("Recommendation", 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
}

import datetime as dt
import csv
import io
import os
import shutil
import sys

import xlsxwriter

CASE = "hmicfrs_webi_sectioned_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2023, 11, 14, 7, 2, 15)

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key -> (report key, Rec ID, type shown by the warehouse, text, status,
# status date, latest HMICFRS comment).  Type words are the warehouse lookup's Title Case.
NATTYPE = "National Recommendation"
S_AR, S_BP, S_C, S_SU, S_NFA = ("Awaiting Review", "Being Progressed", "Complete", "Superseded",
                                "No Further Action Required")


def nat(rk, i):
    return NAT_TEXTS[rk][2][i][1]


ITEMS = [
    # key, report, id, type, text, status, status date, comment
    ("sas13_1", "sas13", 1187, NATTYPE, nat("sas13", 0), S_SU, "24/03/2015",
     "Superseded by Stop and search powers 2 (2015)."),
    ("sas13_2", "sas13", 1188, NATTYPE, nat("sas13", 1), S_C, "27/04/2018",
     "This recommendation is complete"),
    ("sas13_3", "sas13", 1189, NATTYPE, nat("sas13", 2), S_SU, "24/03/2015",
     "Superseded by Stop and search powers 2 (2015)."),
    ("everyone", "everyone", 2321, NATTYPE, NAT_TEXTS["everyone"][2][0][1], S_C, "09/02/2017",
     "This recommendation is complete"),
    ("aus_1", "austerity", 3105, NATTYPE, nat("austerity", 0), S_NFA, "12/12/2017",
     "Addressed to chief constables and PCCs jointly; no further action required by the force."),
    ("aus_2", "austerity", 3106, NATTYPE, nat("austerity", 1), S_NFA, "12/12/2017",
     "Addressed to chief constables and PCCs jointly; no further action required by the force."),
    ("aus_3", "austerity", 3107, NATTYPE, nat("austerity", 2), S_NFA, "12/12/2017",
     "Addressed to chief constables and PCCs jointly; no further action required by the force."),
    ("aus_4", "austerity", 3108, NATTYPE, nat("austerity", 3), S_C, "12/12/2017",
     "This recommendation is complete"),
    ("core_1", "core", 4822, NATTYPE, nat("core", 0), S_C, "27/04/2018",
     "Authorised for closure on the basis of the additional observations offered by members of the CDI inspection team in recent inspection activity."),
    ("core_2", "core", 4823, NATTYPE, nat("core", 1), S_BP, "04/09/2019",
     "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."),
    ("integrity", "integrity", 902, NATTYPE, nat("integrity", 0), S_BP, "03/03/2020",
     "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."),
    ("sas15", "sas15", 5316, NATTYPE, nat("sas15", 0), S_C, "27/04/2018",
     "This recommendation is complete"),
    ("picture", "picture", 5740, NATTYPE, nat("picture", 0), S_C, "18/06/2019",
     "This recommendation is complete"),
    ("fa_1", "firearms", 6120, NATTYPE, nat("firearms", 0), S_C, "27/04/2018", "This recommendation is complete"),
    ("fa_2", "firearms", 6121, NATTYPE, nat("firearms", 1), S_C, "27/04/2018", "This recommendation is complete"),
    ("fa_3", "firearms", 6122, NATTYPE, nat("firearms", 2), S_C, "27/04/2018", "This recommendation is complete"),
    ("fa_4", "firearms", 6123, NATTYPE, nat("firearms", 3), S_BP, "11/01/2022",
     "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."),
    ("fa_5", "firearms", 6124, NATTYPE, nat("firearms", 4), S_BP, "11/01/2022",
     "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."),
    ("sf_1", "stolen", 8012, NATTYPE, nat("stolen", 0), S_BP, "06/07/2021",
     "Force update received; to be reviewed at next liaison meeting."),
    ("sf_2", "stolen", 8013, NATTYPE, nat("stolen", 1), S_C, "06/07/2021", "This recommendation is complete"),
    ("sf_3", "stolen", 8014, NATTYPE, nat("stolen", 2), S_C, "06/07/2021", "This recommendation is complete"),
    ("sf_4", "stolen", 8015, NATTYPE, nat("stolen", 3), S_BP, "06/07/2021",
     "Force update received; to be reviewed at next liaison meeting."),
    ("sf_5", "stolen", 8016, NATTYPE, nat("stolen", 4), S_AR, "24/10/2017", "New recommendation"),
    ("sf_6", "stolen", 8017, NATTYPE, nat("stolen", 5), S_BP, "06/07/2021",
     "Force update received; to be reviewed at next liaison meeting."),
    ("sf_7", "stolen", 8018, NATTYPE, nat("stolen", 6), S_BP, "06/07/2021",
     "Force update received; to be reviewed at next liaison meeting."),
    ("efc17", "efc17", 8470, NATTYPE, nat("efc17", 0), S_SU, "27/09/2019",
     "This area of activity has subsequently been inspected in HMICFRS's PEEL 2018/19 inspection. Where a cause of concern still exists this will appear in the register against that inspection."),
    ("leg_coc", "leg17", 8541, "Cause of Concern", nat("leg17", 0), S_C, "02/03/2021", "This recommendation is complete"),
    ("leg_1", "leg17", 8542, NATTYPE, nat("leg17", 1), S_C, "02/03/2021", "This recommendation is complete"),
    ("leg_2", "leg17", 8543, NATTYPE, nat("leg17", 2), S_BP, "02/03/2021",
     "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."),
    ("leg_3", "leg17", 8544, NATTYPE, nat("leg17", 3), S_BP, "02/03/2021",
     "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."),
    ("leg_4", "leg17", 8545, NATTYPE, nat("leg17", 4), S_C, "02/03/2021", "This recommendation is complete"),
    ("pw_1", "powers", 11873, NATTYPE, nat("powers", 0), S_BP, "15/06/2023",
     "Force update received; to be reviewed at next liaison meeting."),
    ("pw_2", "powers", 11874, NATTYPE, nat("powers", 1), S_BP, "15/06/2023",
     "Force update received; to be reviewed at next liaison meeting."),
    ("pw_3", "powers", 11875, NATTYPE, nat("powers", 2), S_BP, "15/06/2023",
     "Force update received; to be reviewed at next liaison meeting."),
    ("pw_4", "powers", 11876, NATTYPE, nat("powers", 3), S_NFA, "26/02/2021",
     "Directed at the Home Office and the NPCC; no action required by forces."),
    ("pw_5", "powers", 11877, NATTYPE, nat("powers", 4), S_AR, "26/02/2021", "New recommendation"),
    ("coc1", "wm", 10412, WM["coc1"][0], WM["coc1"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("wm3", "wm", 10413, "Recommendation", WM["wm3"][1], S_C, "31/03/2021", "This recommendation is complete"),
    ("wm4", "wm", 10414, "Recommendation", WM["wm4"][1], S_C, "20/01/2023", "This recommendation is complete"),
    ("wm5", "wm", 10415, "Recommendation", WM["wm5"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("coc2", "wm", 10416, WM["coc2"][0], WM["coc2"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("wm0", "wm", 10417, "Recommendation", WM["wm0"][1], S_C, "20/01/2023", "This recommendation is complete"),
    ("wm6", "wm", 10418, "Recommendation", WM["wm6"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("wm9", "wm", 10419, "Recommendation", WM["wm9"][1], S_AR, "20/01/2023", "Force submission received 11/2023 – awaiting HMICFRS review."),
    ("wm10", "wm", 10420, "Recommendation", WM["wm10"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("wm1", "wm", 10421, "Recommendation", WM["wm1"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
    ("wm2", "wm", 10422, "Recommendation", WM["wm2"][1], S_BP, "20/01/2023", "Engage phase: improvement plan monitored quarterly."),
]

REPORTS = {k: (v[0], "%02d/%02d/%04d" % (v[1][2], v[1][1], v[1][0])) for k, v in NAT_TEXTS.items()}
REPORTS["wm"] = (WM_TITLE, "#MULTIVALUE")
CLOSED = {S_C, S_SU, S_NFA}

# ---------------------------------------------------------------------------------------------
# Force tracker rows (West Mercia Police, Strategy & Inspection team).
# (item key or None, HMICFRS ID as the force typed it, report, published, type, text, lead,
#  update, RAG, status, submitted, category, why)
D = lambda y, m, d: dt.datetime(y, m, d)

FORCE = [
    # --- PEEL 2018/19
    ("coc1", 10412, "PEEL 2018/19", None, "Cause of Concern",
     "No suitable arrangements to maintain full range of services when the alliance with Warwickshire ends (gaps in skills assessment, investigation, safeguarding)",
     "DCC", "Transition programme board meets monthly; improvement plan v4 shared with HMICFRS FLL.", "Amber", "Open", None,
     "in_sync", "Same ID 10412 and the same cause of concern in short form; HMICFRS Being Progressed, force Open/Amber: both open."),
    ("wm3", 10413, "PEEL 2018/19", None, "Recommendation",
     "Agree arrangements with Warwickshire Police for a smooth transition to the future operating model – no disruption to public services",
     "DCC", "Section 22 agreements signed; all services transferred 01/04/2019.", "Green", "Closed", D(2020, 11, 2),
     "in_sync", "ID 10413 and the Warwickshire transition wording agree; HMICFRS Complete, force Closed: both closed."),
    ("wm4", 10414, "PEEL 2018/19", None, "Recommendation",
     "Clearly define new operating model – all operational and support services affordable and fit to protect West Mercia communities",
     "Head of Corporate Development", "Operating model refresh being re-baselined with the MTFP.", "Amber", "Open", None,
     "closeable_local", "ID 10414 and the operating-model wording agree; HMICFRS has it Complete (20/01/2023) but the force still tracks it Open/Amber: close it locally."),
    ("wm5", 10415, "PEEL 2018/19", None, "Recommendation",
     "Improve arrangements to consult the public on business planning and feed back on changes made as a result",
     "Head of Corporate Development", "Consultation toolkit drafted; You Said We Did pages being built.", "Amber", "Open", None,
     "in_sync", "ID 10415 and the consultation wording agree; HMICFRS Being Progressed, force Open: both open."),
    ("coc2", 10416, "PEEL 2018/19", None, "Cause of Concern",
     "Force lacks capacity/capability to investigate crime effectively – affecting service to the public",
     "Det Ch Supt Force CID", "Investigation standards programme in place; quarterly audit results to FET.", "Amber", "Open", None,
     "in_sync", "ID 10416 and the investigative-capacity cause of concern agree; HMICFRS Being Progressed, force Open: both open."),
    ("wm0", 10417, "PEEL 2018/19", None, "Recommendation",
     "Review officers' capability and capacity to manage investigative workload – understand demand and pressures",
     "Det Ch Supt Force CID", "Workload review complete; findings built into the resourcing model.", "Green", "Complete", D(2022, 10, 3),
     "in_sync", "ID 10417 and the workload-review wording agree; HMICFRS Complete, force Complete: both closed."),
    ("wm6", 10481, "PEEL 2018/19", None, "Recommendation",
     "Within 6 months – regular and active supervision of the quality and progress of investigations, properly recorded",
     "Det Ch Supt Force CID", "Supervisory review template on Niche live; compliance 71%.", "Amber", "Open", None,
     "conflict", "Force ID 10481 is not on the HMICFRS list; report PEEL 2018/19 and the supervision wording are HMICFRS 10418 (digits 1 and 8 swapped). Matched to 10418, both open, but the reference disagrees: correct the force's ID."),
    ("wm9", 10419, "PEEL 2018/19", None, "Recommendation",
     "Within 6 months improve ability to retrieve digital evidence from phones, computers and other devices so investigations are not delayed",
     "Head of Intelligence", "Digital forensic kiosks in all hubs; backlog down to 6 weeks. Evidence pack sent to FLL 11/2023.", "Amber", "Open", None,
     "in_sync", "ID 10419 and the digital-evidence wording agree; HMICFRS Awaiting Review (open), force Open/Amber: both open."),
    ("wm1", 10421, "PEEL 2018/19", None, "Recommendation",
     "Review our approach to vulnerability with partners to better safeguard vulnerable people",
     "Ch Supt Public Protection", "Joint review with the safeguarding partnerships complete; vulnerability strategy launched.", "Green", "Complete", D(2023, 9, 18),
     "closeable_submit", "ID 10421 and the vulnerability-review wording agree; HMICFRS Being Progressed, force Complete (18/09/2023): submit for closure."),
    ("wm2", 10422, "PEEL 2018/19", None, "AFI",
     "Expand the skills project to assess all skills (not just operational) incl. future skills requirements, to inform workforce plans",
     "Director of People", "Skills audit tool procured; staff roll-out Q1 2024.", "Amber", "Open", None,
     "conflict", "ID 10422 and the skills-project wording agree and both are open, but the force records it as an AFI while HMICFRS lists a Recommendation (one of the PEEL 2018/19 recommendations): type disagrees."),
    # --- Disproportionate use of police powers 2021
    ("pw_1", 11873, "Disproportionate use of police powers (Feb 2021)", D(2021, 2, 26), "National rec",
     "By July 2021 – officers and staff to have effective communication skills in line with National Policing Guidelines on Conflict Management (on top of existing de-escalation training)",
     "Head of Learning & Development", "Module added to officer safety training; 62% trained.", "Amber", "Open", None,
     "conflict", "ID 11873 and the communication-skills wording agree, both open, but the force has the deadline as July 2021 where HMICFRS says By July 2022: timescale disagrees."),
    ("pw_2", 11874, "Disproportionate use of police powers (Feb 2021)", D(2021, 2, 26), "National rec",
     "Reinforce comms skills through CPD; supervisors supported to debrief officers on these skills using BWV footage",
     "Head of Learning & Development", "CPD session scheduled; supervisor debrief guide in draft.", "Amber", "Open", None,
     "in_sync", "ID 11874 and the CPD/debrief wording agree; HMICFRS Being Progressed, force Open: both open."),
    ("pw_3", 11875, "Disproportionate use of police powers (Feb 2021)", D(2021, 2, 26), "National rec",
     "BWV (a) – record the entirety of all stop and search encounters on BWV, incl. traffic stops and use of force",
     "ACC Local Policing", "BWV policy amended; compliance dip-sampled monthly.", "Green", "Complete", D(2023, 8, 7),
     "closeable_submit", "Part (a) of 3 force rows splitting HMICFRS 11875 (same ID, first paragraph). All three parts are Complete and HMICFRS is Being Progressed: submit the item for closure."),
    ("pw_3", 11875, "Disproportionate use of police powers (Feb 2021)", D(2021, 2, 26), "National rec",
     "BWV (b) – structured process to review a sample of footage, share learning and hold officers to account",
     "ACC Local Policing", "Monthly BWV review panel established.", "Green", "Complete", D(2023, 8, 7),
     "closeable_submit", "Part (b) of 3 force rows splitting HMICFRS 11875 (second paragraph). All parts Complete, HMICFRS open: submit for closure."),
    ("pw_3", 11875, "Disproportionate use of police powers (Feb 2021)", D(2021, 2, 26), "National rec",
     "BWV (c) – give external scrutiny panel members access to samples of S&S and use of force footage",
     "ACC Local Policing", "Scrutiny panel viewing footage quarterly since 04/2023.", "Green", "Complete", D(2023, 8, 7),
     "closeable_submit", "Part (c) of 3 force rows splitting HMICFRS 11875 (third paragraph). All parts Complete, HMICFRS open: submit for closure."),
    # --- PEEL legitimacy 2017
    ("leg_coc", 8541, "PEEL Legitimacy 2017", D(2017, 12, 12), "Cause of Concern",
     "Not able to show S&S use is consistently reasonable and fair – over-representation of BAME (esp. black) people not explained",
     "ACC Local Policing", "Closed by HMICFRS 02/03/2021.", "Green", "Closed", D(2020, 9, 14),
     "in_sync", "ID 8541, cause of concern on both sides; HMICFRS Complete, force Closed: both closed."),
    ("leg_1", 8542, "PEEL Legitimacy 2017", D(2017, 12, 12), "National rec",
     "By July 2018 monitor S&S data to understand: reasons for disproportionality; find rates by ethnicity and search type (incl. drug possession vs supply); prevalence of possession-only drug searches",
     "ACC Local Policing", "S&S dashboard live.", "Green", "Closed", D(2020, 9, 14),
     "in_sync", "ID 8542 and all three monitoring bullets present; HMICFRS Complete, force Closed: both closed."),
    ("leg_2", 8543, "PEEL Legitimacy 2017", D(2017, 12, 12), "National rec",
     "Where disparities found, show the public we have researched the reasons and taken action to reduce them",
     "ACC Local Policing", "Disparity research published on force website 06/2023.", "Green", "Complete", D(2023, 7, 3),
     "closeable_submit", "ID 8543 and the disparities wording agree; HMICFRS Being Progressed, force Complete: submit for closure."),
    ("leg_3", 8544, "PEEL Legitimacy 2017", D(2017, 12, 12), "National rec",
     "Publish the analysis and actions taken at least annually (from July 2018)",
     "ACC Local Policing", "2023 annual publication due Dec.", "Amber", "Open", None,
     "in_sync", "ID 8544 and the annual-publication wording agree; HMICFRS Being Progressed, force Open: both open."),
    ("leg_4", 8545, "PEEL Legitimacy 2017", D(2017, 12, 12), "National rec",
     "All officers using S&S trained on unconscious bias and College APP on stop and search",
     "Head of Learning & Development", "Refresher for new recruits being scheduled.", "Amber", "Open", None,
     "closeable_local", "ID 8545 and the training wording agree; HMICFRS Complete (02/03/2021), force still Open: close locally."),
    # --- PEEL efficiency 2017
    ("efc17", 8470, "PEEL Efficiency 2017", D(2017, 11, 9), "National rec",
     "Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)",
     "Head of Corporate Development", "Digital strategy 2018-21 approved.", "Green", "Complete", D(2018, 9, 28),
     "in_sync", "ID 8470 and the digital-plan wording agree; HMICFRS Superseded (closed), force Complete: both closed."),
    # --- Stolen freedom 2017
    ("sf_1", 8012, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "Within 12 months review MSHT leadership and governance so that: senior leaders prioritise the MSHT response; every incident gets appropriate resources with the skills, experience and capacity to investigate; effective partnership arrangements to share information and safeguard victims",
     "Det Ch Supt Force CID", "MSHT governance board in place.", "Amber", "Open", None,
     "conflict", "ID 8012 and the leadership wording agree, both open, but the force lists only three of the four bullets: the performance and quality assurance bullet is missing."),
    ("sf_2", 8013, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "Within 12 months, active info-sharing agreements with other agencies for speedy exchange of intelligence, to safeguard victims and identify suspects early",
     "Head of Intelligence", "ISAs signed with LAs and GLAA.", "Green", "Complete", D(2019, 3, 1),
     "conflict", "ID 8013 and the information-sharing wording agree and both are closed, but the force has Within 12 months where HMICFRS says Within six months: timescale disagrees."),
    ("sf_3", 8014, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "Victims committing offences under compulsion get early and continuing consideration of the s45 defence",
     "Head of Criminal Justice", "CPS joint protocol agreed.", "Green", "Complete", D(2019, 3, 1),
     "in_sync", "ID 8014 and the s45 wording agree; HMICFRS Complete, force Complete: both closed."),
    ("sf_4", 8015, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "NRM (1 of 2) – fully compliant with the NRM process as it evolves",
     "Ch Supt Public Protection", "NRM single competent authority process embedded.", "Green", "Complete", D(2021, 5, 10),
     "in_sync", "Part 1 of 2 force rows splitting HMICFRS 8015 (NRM compliance). Part 2 is still Open, so the force has not finished the item; HMICFRS Being Progressed: both open."),
    ("sf_4", 8015, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "NRM (2 of 2) – duty to notify the Home Office of suspected adult victims (MSA 2015)",
     "Ch Supt Public Protection", "Duty to Notify compliance 84% – dip sample ongoing.", "Amber", "Open", None,
     "in_sync", "Part 2 of 2 force rows splitting HMICFRS 8015 (duty to notify). Open on the force, Being Progressed at HMICFRS: both open."),
    ("sf_5", 8016, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "Comply with NCRS for MSHT offences; FCR to have audit capacity to find gaps in recording accuracy",
     "Force Crime Registrar", "MSHT recording audit 2023: 96% compliant.", "Green", "Submitted for closure", D(2023, 10, 12),
     "closeable_submit", "ID 8016 and the NCRS wording agree; HMICFRS Awaiting Review (open), force Submitted for closure (done): submit / chase closure."),
    ("sf_6", 8017, "Stolen Freedom (MSHT) Oct 2017", D(2017, 10, 24), "National rec",
     "MSHT allegations thoroughly investigated and supervised by skilled teams (JITs / overseas intel where appropriate)",
     "Det Ch Supt Force CID", "MSHT SPOC network refreshed.", "Amber", "Open", None,
     "in_sync", "ID 8017 and the investigation wording agree; HMICFRS Being Progressed, force Open: both open."),
    # --- not on the HMICFRS list
    (None, None, "Abuse of position for a sexual purpose (Oct 2017)", D(2017, 10, 5), "National CoC",
     "Plan to seek intelligence on abuse of position for a sexual purpose – CCU capability/capacity, IT monitoring, intel from support organisations",
     "Head of Professional Standards", "CCU uplift agreed; monitoring software procured.", "Amber", "Open", None,
     "not_on_hmicfrs_list", "No HMICFRS list item is about abuse of position for a sexual purpose (no such report section, no matching text): query with HMICFRS."),
    # --- Firearms 2015
    ("fa_1", 6120, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "National rec",
     "Within 3 months assess governance of firearms licensing against APP; put correct arrangements in place where not met",
     "Supt Firearms Licensing", "Governance review complete.", "Green", "Complete", D(2016, 3, 1),
     "in_sync", "ID 6120 and the governance wording agree; HMICFRS Complete, force Complete: both closed."),
    ("fa_2", 6121, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "National rec",
     "Assess demand on the firearms licensing dept and make sure it has capacity to meet it",
     "Supt Firearms Licensing", "Demand profile done; 3 extra FEOs.", "Green", "Complete", D(2016, 3, 1),
     "in_sync", "ID 6121 and the demand/capacity wording agree; both closed."),
    ("fa_3", 6122, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "National rec",
     "Satisfy ourselves appropriate action is taken on 'total expired' licensing records",
     "Supt Firearms Licensing", "All total expired records reviewed.", "Green", "Complete", D(2016, 3, 1),
     "in_sync", "ID 6122 and the total-expired wording agree; both closed."),
    ("fa_4", 6123, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "National rec",
     "Temporary permits – in line with HO guidance, recorded without delay on NFLMS, systems so holders never remain in unlawful possession",
     "Supt Firearms Licensing", "NFLMS back-record conversion 80% done.", "Amber", "Open", None,
     "in_sync", "ID 6123 and the temporary-permits wording agree; HMICFRS Being Progressed, force Open: both open."),
    ("fa_5", 6124, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "National rec",
     "Systems to identify before attendance whether an incident involves / is at the address of a certificate holder; officers understand the risk assessment and seizure powers",
     "Supt Firearms Licensing", "STORM marker and briefing complete.", "Green", "Complete", D(2023, 9, 30),
     "closeable_submit", "ID 6124 and the pre-attendance-check wording agree; HMICFRS Being Progressed, force Complete: submit for closure."),
    # --- Building the picture 2015
    ("picture", 5740, "Building the Picture (Info Mgmt) 2015", D(2015, 7, 1), "National rec",
     "Scrutinise audits of compliance with the APP on information management through the force IM governance structure, incl. regular adjustment of record categorisation",
     "Head of Information Management", "IM board paused during restructure.", "Red", "Open", None,
     "closeable_local", "ID 5740 and the information-management wording agree; HMICFRS Complete (18/06/2019), force Open/Red: close locally."),
    # --- Stop and search 2 2015 (no ID typed by the force)
    ("sas15", None, "Stop & Search Powers 2 (2015)", D(2015, 3, 24), "National rec",
     "In consultation with the PCC, explain to the public how S&S powers are used and arrange for S&S records to be scrutinised by community reps – involving those who are stopped, e.g. young people",
     "ACC Local Policing", "Community scrutiny panel in place.", "Green", "Closed", D(2016, 1, 11),
     "in_sync", "No ID on the force row. The report (Stop & Search Powers 2, 2015) and 'in consultation with the PCC' point to HMICFRS 5316, not the near-identical 2013 item 1189 which says 'elected local policing bodies'. HMICFRS Complete, force Closed: both closed."),
    # --- Integrity matters 2015
    ("integrity", 902, "Integrity Matters 2015", D(2015, 1, 30), "National rec",
     "Satisfy ourselves that misconduct investigations ending in 'no further action' are fair and free of discrimination",
     "Head of Professional Standards", "Disproportionality review of PSD outcomes underway.", "Amber", "Open", None,
     "in_sync", "ID 902 and the misconduct-NFA wording agree; HMICFRS Being Progressed, force Open: both open."),
    # --- Core business 2014
    ("core_1", 4822, "Core Business 2014", D(2014, 9, 4), "National rec",
     "Give call handlers specific, sound and comprehensible THR criteria (by 31/03/2015)",
     "Supt Contact Centre", "THRIVE adopted.", "Green", "Complete", D(2015, 4, 1),
     "in_sync", "ID 4822 and the threat-harm-risk criteria wording agree; both closed."),
    ("core_2", 4823, "Core Business 2014", D(2014, 9, 4), "National rec",
     "Make sure crime prevention / disruption activity is systematically recorded and evaluated for the effectiveness of tactics",
     "ACC Local Policing", "Problem-solving database and evaluation log in use.", "Green", "Submitted for closure", D(2023, 10, 12),
     "closeable_submit", "ID 4823 and the prevention-activity wording agree; HMICFRS Being Progressed, force Submitted for closure: submit / chase closure."),
    # --- Policing in austerity 2014
    ("aus_1", 3105, "Policing in Austerity 2014", D(2014, 7, 22), "National rec",
     "Review plans to deliver savings – keep reducing crime and protect the front line while balancing the budget (use HMIC VfM profiles)",
     "Director of Finance", "Savings plan reviewed with OPCC.", "Green", "Closed", D(2015, 2, 2),
     "in_sync", "ID 3105 and the savings-plan wording agree; HMICFRS No Further Action Required (closed), force Closed: both closed."),
    ("aus_4", 3108, "Policing in Austerity 2014", D(2014, 7, 22), "National rec",
     "Review collaboration plans before the next spending round – scope for better VfM through joint working with other forces / public / private sector",
     "Director of Finance", "Being revisited following end of the Warwickshire alliance.", "Amber", "Open", None,
     "closeable_local", "ID 3108 and the collaboration-plans wording agree; HMICFRS Complete (12/12/2017), force re-opened it as Open/Amber: close locally (track the new collaboration work under PEEL 2018/19 instead)."),
    # --- Everyone's business 2014
    ("everyone", 2321, "Everyone's Business (DA) 2014", D(2014, 3, 27), "National rec",
     "Establish and publish a DA action plan – developed with PCC, DA support orgs and victims' reps; considering all the report's recs, DHRs and IPCC findings, CPS scrutiny panels and MARAC self-assessments",
     "Ch Supt Public Protection", "DA action plan published 09/2014.", "Green", "Closed", D(2014, 10, 1),
     "in_sync", "ID 2321 and the DA action-plan wording (all four bullets) agree; HMICFRS Complete, force Closed: both closed."),
    # --- Stop and search 2013
    ("sas13_1", 1187, "Stop & Search 2013", D(2013, 7, 9), "National rec",
     "CCs and College of Policing to set out in the S&S APP a clear specification of effective and fair use of S&S, compliant with the Code of Practice",
     "ACC Local Policing", "Awaiting revised APP from the College.", "Amber", "Open", None,
     "closeable_local", "ID 1187 and the APP-specification wording agree; HMICFRS Superseded (closed), force Open/Amber: close locally."),
    ("sas13_2", 1188, "Stop & Search 2013", D(2013, 7, 9), "National rec",
     "Establish or improve monitoring of officers' use of S&S – lawful (incl. equality legislation and Code of Practice) and effective",
     "ACC Local Policing", "Monitoring via S&S board.", "Green", "Closed", D(2014, 6, 30),
     "in_sync", "ID 1188 and the monitoring wording agree; HMICFRS Complete, force Closed: both closed."),
    # --- force-only, not on the HMICFRS list
    (None, None, "Custody (joint HMIP/HMICFRS) 2019", None, "Recommendation",
     "Improve recording of use of force in custody suites and its review by custody inspectors",
     "Ch Insp Custody", "Use of force form added to NICHE custody module.", "Amber", "Open", None,
     "not_on_hmicfrs_list", "Joint custody inspection recommendation; no custody report or matching text on the HMICFRS list (joint custody recommendations are not on this register): query with HMICFRS."),
    (None, None, "Force Management Statement", None, "Local action",
     "Submit FMS2 to HMICFRS by 31 May 2019",
     "Head of Corporate Development", "Submitted 29/05/2019.", "Green", "Complete", D(2019, 5, 29),
     "not_on_hmicfrs_list", "Force's own local action about the Force Management Statement; not an HMICFRS recommendation and nothing on the list matches."),
]

MISSING_WHY = {
    "sas13_3": "2013 item 'in consultation with elected local policing bodies' – the force only tracks the 2015 repeat (5316, 'police and crime commissioners'), which is a different item. Nothing in the tracker; HMICFRS Superseded, so low risk, but absent.",
    "aus_2": "No force row about forces delivering less than 10% of savings through collaboration. HMICFRS No Further Action Required, but absent from the tracker.",
    "aus_3": "No force row about reducing the front-line workforce proportion. HMICFRS No Further Action Required, but absent from the tracker.",
    "sf_7": "No force row on preventative powers under the Modern Slavery Act (the other six Stolen freedom items are tracked). HMICFRS Being Progressed: open and unowned.",
    "pw_4": "Directed at the Home Office and the NPCC (use-of-force data); the force never took it on. HMICFRS No Further Action Required; absent.",
    "pw_5": "No force row on internal monitoring of use of force (11877). HMICFRS Awaiting Review: open and unowned.",
    "wm10": "No force row on suspects released under investigation / bail (10420), although the other PEEL 2018/19 items are tracked. HMICFRS Being Progressed: open and unowned.",
}


def props(wb, title):
    wb.set_properties({"title": title, "author": "BOE Service", "company": "",
                       "created": FIXED, "comments": ""})


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    props(wb, "HMICFRS Definitive List")
    bold = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 9})
    title = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 14, "font_color": "#1F3864"})
    small = wb.add_format({"font_name": "Arial", "font_size": 8, "italic": True, "font_color": "#595959"})
    sect = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 10, "bg_color": "#D9E1F2",
                          "text_wrap": True, "valign": "top"})
    hdr = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 9, "bg_color": "#4472C4",
                         "font_color": "#FFFFFF", "border": 1, "text_wrap": True})
    cell = wb.add_format({"font_name": "Arial", "font_size": 9, "border": 1, "text_wrap": True, "valign": "top"})
    idf = wb.add_format({"font_name": "Arial", "font_size": 9, "border": 1, "valign": "top", "num_format": "#,##0"})
    cnt = wb.add_format({"font_name": "Arial", "font_size": 9, "bold": True, "num_format": "#,##0", "top": 1})
    cntl = wb.add_format({"font_name": "Arial", "font_size": 9, "bold": True, "top": 1})

    # Sheet 1: the summary crosstab (Webi report tab 1)
    ss = wb.add_worksheet("Status Summary")
    ss.set_column(0, 0, 26)
    ss.set_column(1, 6, 16)
    ss.write(0, 0, "HMICFRS Recommendations – Status Summary", title)
    ss.write(1, 0, "Last refresh date: 14/11/2023 07:02:15", small)
    statuses = [S_AR, S_BP, S_C, S_NFA, S_SU]
    types = sorted({it[3] for it in ITEMS})
    ss.write(3, 0, "", hdr)
    for j, s in enumerate(statuses):
        ss.write(3, 1 + j, s, hdr)
    ss.write(3, 1 + len(statuses), "Sum:", hdr)
    r = 4
    for t in types:
        ss.write(r, 0, t, cell)
        tot = 0
        for j, s in enumerate(statuses):
            n = sum(1 for it in ITEMS if it[3] == t and it[5] == s)
            tot += n
            if n:
                ss.write_number(r, 1 + j, n, idf)
            else:
                ss.write_blank(r, 1 + j, None, idf)
        ss.write_number(r, 1 + len(statuses), tot, idf)
        r += 1
    ss.write(r, 0, "Sum:", cntl)
    for j, s in enumerate(statuses):
        ss.write_number(r, 1 + j, sum(1 for it in ITEMS if it[5] == s), cnt)
    ss.write_number(r, 1 + len(statuses), len(ITEMS), cnt)

    # Sheet 2: items, sectioned on Report Title (Webi default ascending section sort)
    ws = wb.add_worksheet("Recs by Report")
    ws.set_column(0, 0, 9)
    ws.set_column(1, 1, 16)
    ws.set_column(2, 2, 80)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 18)
    ws.set_column(5, 5, 44)
    ws.merge_range(0, 0, 0, 5, "HMICFRS Recommendations – Definitive List (FLL load)", title)
    ws.merge_range(1, 0, 1, 5, "Last refresh date: 14/11/2023 07:02:15", small)
    ws.merge_range(2, 0, 2, 5, "Query filters: Force Name Equal to West Mercia Police AND Include National Recommendations Equal to Y AND "
                   "Record Status In List {Awaiting Review; Being Progressed; Complete; No Further Action Required; Superseded}", small)
    rows = {}
    nonitems = [(1, "report title"), (2, "last refresh date"), (3, "query filter summary"), (4, "blank")]
    r = 4
    for rk in sorted(REPORTS, key=lambda k: REPORTS[k][0]):
        rt, pub = REPORTS[rk]
        its = sorted([it for it in ITEMS if it[1] == rk], key=lambda it: it[2])
        ws.write(r, 0, "Report Title:", sect)
        ws.merge_range(r, 1, r, 3, rt, sect)
        ws.write(r, 4, "Publication Date:", sect)
        ws.write_string(r, 5, pub, sect)
        ws.set_row(r, 26)
        nonitems.append((r + 1, "section header (Report Title / Publication Date)"))
        r += 1
        for j, h in enumerate(["Rec ID", "Rec Type", "Recommendation Text", "HMICFRS Status", "Status Date",
                               "Latest HMICFRS Comment"]):
            ws.write(r, j, h, hdr)
        nonitems.append((r + 1, "repeated column header row of the section table"))
        r += 1
        for it in its:
            key, _, rid, typ, text, st, sd, com = it
            ws.write_number(r, 0, rid, idf)
            ws.write_string(r, 1, typ, cell)
            ws.write_string(r, 2, text, cell)
            ws.write_string(r, 3, st, cell)
            ws.write_string(r, 4, sd + " 00:00:00", cell)
            ws.write_string(r, 5, com, cell)
            rows[key] = r + 1
            r += 1
        ws.write_number(r, 0, len(its), cnt)
        ws.write(r, 1, "Count", cntl)
        for j in range(2, 6):
            ws.write_blank(r, j, None, cntl)
        nonitems.append((r + 1, "section footer: =Count([Rec ID]) under the Rec ID column"))
        r += 1
        nonitems.append((r + 1, "blank row between sections"))
        r += 1
    ws.write_number(r, 0, len(ITEMS), cnt)
    ws.write(r, 1, "Total", cntl)
    nonitems.append((r + 1, "report footer: total count under the Rec ID column"))
    ws.freeze_panes(0, 0)
    wb.close()
    return rows, nonitems


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    props(wb, "HMICFRS Recommendations Tracker")
    title = wb.add_format({"bold": True, "font_size": 13})
    sub = wb.add_format({"italic": True, "font_size": 9})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    datef = wb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy"})
    rag = {"Red": wb.add_format({"border": 1, "valign": "top", "bg_color": "#FF0000"}),
           "Amber": wb.add_format({"border": 1, "valign": "top", "bg_color": "#FFC000"}),
           "Green": wb.add_format({"border": 1, "valign": "top", "bg_color": "#00B050"})}
    ws = wb.add_worksheet("Tracker")
    widths = [5, 11, 30, 11, 14, 70, 24, 45, 8, 18, 13]
    for j, w in enumerate(widths):
        ws.set_column(j, j, w)
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations Tracker", title)
    ws.write(1, 0, "Strategy & Inspection team. Last updated 06/11/2023. RAG: Green = complete / closed.", sub)
    heads = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
             "Latest update", "RAG", "Status", "Submitted for closure"]
    for j, h in enumerate(heads):
        ws.write(2, j, h, hdr)
    out = []
    r = 3
    for n, f in enumerate(FORCE, 1):
        key, ref, rep, pub, typ, text, lead, upd, rg, st, sub_d, cat, why = f
        ws.write_number(r, 0, n, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, ref, cell)
        ws.write_string(r, 2, rep, cell)
        if pub is None:
            ws.write_blank(r, 3, None, datef)
        else:
            ws.write_datetime(r, 3, pub, datef)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, cell)
        ws.write_string(r, 6, lead, cell)
        ws.write_string(r, 7, upd, cell)
        ws.write_string(r, 8, rg, rag[rg])
        ws.write_string(r, 9, st, cell)
        if sub_d is None:
            ws.write_blank(r, 10, None, datef)
        else:
            ws.write_datetime(r, 10, sub_d, datef)
        out.append((r + 1, key, cat, why))
        r += 1
    ws.autofilter(2, 0, r - 1, len(heads) - 1)
    ws.freeze_panes(3, 0)
    wb.close()
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    hrows, nonitems = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    status = {it[0]: it[5] for it in ITEMS}
    lines = []
    used = set()
    for frow, key, cat, why in frows:
        if key is None:
            lines.append(("", f"Tracker!{frow}", cat, why))
        else:
            used.add(key)
            lines.append((f"Recs by Report!{hrows[key]}", f"Tracker!{frow}", cat, why))
    for it in ITEMS:
        if it[0] not in used:
            lines.append((f"Recs by Report!{hrows[it[0]]}", "", "missing_from_force", MISSING_WHY[it[0]]))
    assert set(MISSING_WHY) == {it[0] for it in ITEMS} - used
    lines.sort(key=lambda l: (int(l[0].split("!")[1]) if l[0] else 10**6,
                              int(l[1].split("!")[1]) if l[1] else 0))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(readme(hrows, nonitems, frows, lines))


def readme(hrows, nonitems, frows, lines):
    from collections import Counter
    c = Counter(l[2] for l in lines)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| {k} | {c.get(k, 0)} |" for k in order)
    non = "\n".join(f"- `Recs by Report!{r}`: {why}" for r, why in nonitems)
    H = lambda k: f"Recs by Report!{hrows[k]}"
    F = {}
    for frow, key, cat, why in frows:
        F.setdefault(key, []).append(f"Tracker!{frow}")
    f_ = lambda k: ", ".join(F[k])
    fnone = F[None]
    ntypes = len({it[3] for it in ITEMS})
    first_item = min(hrows.values())
    last_item = max(hrows.values())
    return f"""# Case `{CASE}` (round 90, case B)

## The story

West Mercia Police's performance team loads every monthly definitive list that the HMICFRS
Force Liaison Lead (FLL) e-mails into the force data warehouse, so that the list can be
reported next to other inspection data. The Strategy & Inspection analyst does not get the
FLL's spreadsheet itself: she gets the list back as an **SAP BusinessObjects Web Intelligence
(Webi) report** that the BI team built on the warehouse table, exported to Excel
("optimised for presentation"). The Webi report has two report tabs, so the workbook has two
sheets: a status crosstab first, then the items, **sectioned on Report Title** (one Webi
section per report, sorted A–Z on the title, which is Webi's default section sort, not by
date). Each section carries a header cell block (Report Title / Publication Date), its own
copy of the table header, and a footer with `=Count([Rec ID])` placed under the Rec ID
column. The warehouse's status lookup gives the statuses in Title Case ("Being Progressed",
"No Further Action Required"). The Rec ID is the old HMICFRS register integer, shown with
Webi's default number format `#,##0` ("10,412"). Status dates come out as text with a
midnight time ("20/01/2023 00:00:00"). Where a section's `=[Publication Date]` cell meets
more than one value (the West Mercia PEEL 2018/19 section: its causes of concern and
recommendations were loaded with different dates) Webi prints **`#MULTIVALUE`**.

The force side is an ordinary tracker kept by the same team.

## Files

- `hmicfrs.xlsx` (XlsxWriter, fixed properties)
  - sheet `Status Summary`: crosstab Type × HMICFRS status with Sum row/column. Title row 1,
    refresh date row 2, crosstab header row 4, data rows 5–{4 + ntypes}, Sum row {5 + ntypes}. **No items** on this sheet.
  - sheet `Recs by Report`: rows 1–3 title / last refresh date / query-filter summary (merged
    A:F), row 4 blank, then 13 sections. Each section = section header row (A "Report Title:",
    B:D merged title, E "Publication Date:", F date as text `dd/mm/yyyy` or `#MULTIVALUE`),
    table header row (`Rec ID | Rec Type | Recommendation Text | HMICFRS Status | Status Date |
    Latest HMICFRS Comment`), item rows, footer row (A = count as a **number**, B = "Count"),
    blank row. Last row: total count number in A, "Total" in B. Item rows lie between
    row {first_item} and row {last_item}; 47 items. Texts are verbatim (curly quotes, bullets, "•the" with no
    space, the stray footnote "20" in Everyone's business and "86" in Stolen freedom).
- `tracker.xlsx`: sheet `Tracker`, row 1 title, row 2 note, header row 3
  (`No. | HMICFRS ID | Report | Published | Type | Recommendation / AFI | Lead | Latest update |
  RAG | Status | Submitted for closure`), item rows 4–{3 + len(frows)} ({len(frows)} rows), autofilter, real dates
  (dd/mm/yyyy). Status words: Open / Complete / Submitted for closure / Closed (done = the last
  three). RAG Red/Amber/Green is also a cell fill.
- `truth.csv`: {len(lines)} lines. `README.md`: this file.

## What the layout brings (HMICFRS side)

1. Summary sheet first (`Status Summary`): numbers and status words, but no items; a reader
   that takes the first sheet finds no item at all.
2. Three preamble rows (title, "Last refresh date:", "Query filters: …") above the first section.
3. Report is not a column: it lives only in each section header row (`Report Title:` in A, the
   title in merged B:D); every item must take the report of the section above it.
4. The table header repeats in every section (13 times).
5. Section footers put the count **as a number under the Rec ID column** (e.g. row
   {hrows['wm2'] + 1}: 11 / "Count"), and the final row puts 47 there: they look like items with
   IDs 1–11 / 47 and no text. They are not items.
6. Publication date only in the section header, as text; `#MULTIVALUE` for PEEL 2018/19 (row
   {hrows['coc1'] - 2}): the date is unknown, not a conflict.
7. Sections sorted alphabetically, so the order is neither date nor register order; IDs carry a
   thousands separator by number format only (values are plain integers).
8. Statuses in the warehouse's Title Case; "No Further Action Required" and "Superseded" are
   closed, "Awaiting Review" and "Being Progressed" open. The comment column holds real-style
   register comments ("This recommendation is complete", the "subsequently been inspected"
   superseded wording on {H('efc17')}), which a person reads but which do not change the status.

## Traps and how the truth decides them

- Near-duplicate national items: 2013 `{H('sas13_3')}` ("elected local policing bodies", Superseded)
  vs 2015 `{H('sas15')}` ("police and crime commissioners", Complete). The force row
  {f_('sas15')} has **no ID**, report "Stop & Search Powers 2 (2015)" and "the PCC": it is 5316
  (in_sync, both closed); 1189 is missing_from_force.
- Reference typo: {f_('wm6')} has ID 10481 (not on the list); report and text are 10418
  `{H('wm6')}` → conflict (reference).
- Type: {f_('wm2')} says AFI, HMICFRS `{H('wm2')}` Recommendation → conflict.
- Timescale: {f_('sf_2')} "Within 12 months" vs "Within six months" `{H('sf_2')}` (both closed)
  → conflict; {f_('pw_1')} "By July 2021" vs "By July 2022" `{H('pw_1')}` → conflict.
  (The force also writes "12 months" for `{H('sf_1')}`, where HMICFRS says twelve: no timescale
  conflict there.)
- Missing bullet: {f_('sf_1')} has three of the four bullets of `{H('sf_1')}` → conflict.
- Splits: HMICFRS 11875 (three BWV paragraphs, `{H('pw_3')}`) is split over {f_('pw_3')}, all
  Complete, HMICFRS open → closeable_submit on each row. HMICFRS 8015 `{H('sf_4')}` is split over
  {f_('sf_4')}; part 1 Complete, part 2 Open → item not done; HMICFRS open → in_sync on both.
- HMICFRS closed, force open → closeable_local: {", ".join(f_(k) for k in ['wm4','leg_4','picture','aus_4','sas13_1'])}.
- HMICFRS open, force done (Complete / Submitted for closure) → closeable_submit:
  {", ".join(f_(k) for k in ['wm1','leg_2','sf_5','fa_5','core_2'])} and the three BWV rows.
- "Awaiting Review" is open (`{H('wm9')}` with force Open → in_sync; `{H('sf_5')}` with force
  Submitted → closeable_submit).
- Closed-vs-closed with different words (Superseded vs Complete `{H('efc17')}`; No Further
  Action Required vs Closed `{H('aus_1')}`) → in_sync.
- Missing from the force: 7 items, including three closed ones (1189 Superseded, 3106/3107 and
  11876 No Further Action Required) and three open ones (8018, 11877, 10420), which are the
  real risk.
- Not on the HMICFRS list: {", ".join(fnone)} (abuse-of-position plan, a joint custody
  recommendation, a local FMS action).
- No `review` line: every pair is decided by ID, report and wording.

## Counts

| category | lines |
|---|---|
{counts}
| **total** | {len(lines)} |

47 HMICFRS items (all appear; 11875 three times, 8015 twice); {len(frows)} force rows (each once).

## Rows that are not items

- `Status Summary!1`–`Status Summary!{5 + ntypes}`: the whole sheet is a summary crosstab (title, refresh
  date, blank row 3, header row 4, Type rows 5–{4 + ntypes}, Sum row {5 + ntypes}).
{non}
- `Tracker!1` (title), `Tracker!2` (note), `Tracker!3` (header).

## Checks run

- Every item row of both files is in `truth.csv` (force rows exactly once; HMICFRS rows at
  least once), checked by a script that walks the sheets with openpyxl and classes each row.
- Both workbooks read back with pandas (`read_excel(sheet_name=None, header=None)`) and
  openpyxl; texts compared to the source literals.
- Two builds are byte-identical (sha256 of all four files).
"""

if __name__ == "__main__":
    main()
