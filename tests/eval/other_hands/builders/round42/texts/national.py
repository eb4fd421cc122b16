"""All-forces reports and their items verbatim, and the item types: every force's register
holds them. Open Government Licence material (see the package's docstring)."""

from __future__ import annotations

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

#: What a force-level recommendation asks the force to do: real wording after the stem.
#: "{area}" and "{neighbour}" are filled with the force's area and a neighbouring force.
#: EVERYONE_PLAN with the next paragraph run on, as one source document has it.
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
)
