"""Build the evaluation case `coc_children_register` (round 18, held out).

HMICFRS side: a definitive list for West Mercia Police in which every cause of concern is a
row of its own, followed by its recommendations as child rows (type "Recommendation", own
reference, indented text starting with a bullet or "(a)", "Parent reference" naming the
cause).  Force side: an ordinary West Mercia Police tracker that tracks causes of concern in
three different ways (one row holding everything, one row per recommendation with no row for
the cause, or both).

Run:  /work/main/.venv/bin/python build_coc_children_register.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip dates).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 18_2023
CASE = "coc_children_register"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED = dt.datetime(2023, 11, 1, 9, 0, 0)

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from /work/shared/data/
# real_recommendations.csv and /work/main/reconcile/casegen/texts/ (national.py, force.py).
# ---------------------------------------------------------------------------------------------
SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and guidance "
           "in this respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of Practice), "
           "and that the power is used effectively to prevent crime, catch criminals and "
           "maintain public trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, "
           "young people.")
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
EVERYONE_RUN_ON = EVERYONE_PLAN + (
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
    "and monitoring group.")
AUST_1 = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
          "they are doing all they can to continue to reduce crime and protect the front line "
          "while balancing their budgets. They should use the data and information contained "
          "in this report, and in HMIC's Value for Money profiles, when conducting their "
          "reviews")
AUST_2 = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
          "savings through collaboration should assess whether there is scope to improve on "
          "this position. HMIC will follow up the assessments in the autumn.")
AUST_4 = ("In preparation for the next spending round period all Chief Constables and PCCs "
          "should review their plans for collaboration. In particular they should consider "
          "whether there is scope to deliver better value for money and improved capability "
          "and capacity through joint working with other forces, the public and/or the "
          "private sector.")
CORE_1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
          "have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
          "activity carried out is systematically recorded and subsequently evaluated to "
          "determine the effectiveness of tactics being employed.")
INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in “no further action” are fair and free of any form of "
             "discrimination.")
SAS15 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
         "that they comply with the Code of Practice by explaining to the public the way stop "
         "and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done "
         "in a way that involves those people who are stopped and searched, for example young "
         "people.")
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through the "
           "force information management governance structure. This should include measures to "
           "ensure that categorisation of records are regularly adjusted.")
FA_1 = ("Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are "
        "not being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full.")
FA_2 = ("Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times.")
FA_3 = ("Immediately, all chief constables should satisfy themselves that all appropriate "
        "action is being taken by their force with regard to ‘total expired’ licensing "
        "records.")
FA_4 = ("Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the Home Office "
        "guidance; that temporary permits are properly recorded without delay on the National "
        "Firearms Licensing Management System; and that effective systems exist to ensure "
        "certificate holders are not permitted, at any time, to remain in unlawful possession "
        "of a firearm.")
FA_5 = ("Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at "
        "the address of a firearm certificate holder are in place and are always applied by "
        "staff dispatching officers to incidents; and that officers understand the risk "
        "assessment which they should be undertaking in such circumstances, and their power, "
        "when appropriate, to seize firearms and firearm certificates.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_B1 = "call takers understand and use the missing and absent category appropriately"
MISSING_B2 = ("call takers and frontline staff have the necessary knowledge to identify risk "
              "factors associated with child sexual exploitation and how to respond to such "
              "cases")
MISSING_B3 = ("supervisors provide the correct oversight of missing person enquiries and direct "
              "appropriate and timely investigative and safeguarding action")
MISSING_BODY = ("review its approach to reports of missing children and take steps to ensure "
                "that:\n• " + MISSING_B1 + ";\n• " + MISSING_B2 + "; and\n• " + MISSING_B3)
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
SF_INTEL = ("Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
            "and in order to safeguard victims better and to identify suspects as early as "
            "possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of "
          "early and continuing consideration of the applicability of the section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under "
          "the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to "
          "be an adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available to "
           "the force crime registrar to provide reassurance that each force is identifying and "
           "managing any gaps in its crime-recording accuracy for these types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern "
             "slavery and human trafficking are thoroughly investigated and effectively "
             "supervised by teams and individuals with the skills and experience to undertake "
             "them (this should include the use where appropriate of joint intelligence teams "
             "and other means to obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.")
EFC17 = ("By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force. The Home Office, National Police "
         "Chiefs' Council and Association of Police and Crime Commissioners should support the "
         "development of these plans by establishing a national framework which allows for the "
         "provision of digitally enabled services across force boundaries.")
LEG17_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
             "and search powers is consistently reasonable and fair. In particular, there is "
             "over-representation of BAME people, and black people in particular, in stop and "
             "search data which many forces are unable to explain.")
LEG17_MON = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
LEG17_DISP = ("Where forces identify disparities through monitoring, they should demonstrate to "
              "the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;")
LEG17_PUB = ("We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.")
LEG17_TRAIN = ("By July 2018, and ongoing following that date, forces should ensure that all "
               "officers who use stop and search powers have been provided with, and "
               "understand, training on unconscious bias and College of Policing APP on stop "
               "and search.")
CAUSE_ALLIANCE = ("The force does not have suitable arrangements in place to make sure it can "
                  "maintain the full range of public services when its alliance with "
                  "Warwickshire Police ends. There are gaps in its workforce skills assessment, "
                  "and weaknesses in both its investigative approach and its approach to "
                  "safeguarding vulnerable people.")
SKILLS = ("expand the skills project work to include an assessment of all skills, not only "
          "operational, including potential future skills requirements. This assessment should "
          "inform workforce plans")
CAPAB = ("conduct a review of officers’ capabilities and capacity to manage their investigative "
         "workload, to better understand investigative demand and the pressures placed upon "
         "them")
VULN = ("conduct a review, involving its partners, of the approach to vulnerability to better "
        "safeguard vulnerable people")
CAUSE_INVEST = ("The force does not have the capacity or capability to investigate crime "
                "effectively and this is affecting the service being provided to the public. "
                "There are failings in the way that crimes are being investigated.")
SUPERV = ("ensure regular and active supervision of the quality and progress of investigations. "
          "This supervision should be properly recorded")
DIGI = ("improve its ability to retrieve digital evidence from mobile phones, computers and "
        "other electronic devices quickly enough to ensure investigations are not delayed")
RUI = ("improve its understanding of suspects released under investigation and the management "
       "of those released on bail")
AGREE = ("HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
         "Police to secure a smooth transition to its future operating model, ensuring no "
         "disruption to public services; and")
DEFINE = ("HMIC recommends that the force should immediately:clearly define its new operating "
          "model, ensuring all operational and support services are affordable and fit to "
          "protect the communities of West Mercia;")
CONSULT = ("HMIC recommends that the force should immediately:improve its arrangements both to "
           "consult with the public about business planning and to feed back on changes made to "
           "service delivery as a result of such consultation.")
PW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict management "
            "and de-escalation.")
PW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
          "the programme of continuing professional development for officers and staff, and "
          "that supervisors are supported to routinely and frequently debrief officers on these "
          "skills using body-worn video footage.")
PW_BWV_1 = ("By September 2021, forces should: ensure that officers record on body-worn video "
            "(when this is available) the entirety of all stop and search encounters, including "
            "traffic stops and use of force incidents.")
PW_BWV_2 = ("have a structured process for regularly reviewing and monitoring internally a "
            "sufficient sample of body-worn video footage to identify and disseminate learning "
            "and hold officers to account when behaviour falls below acceptable standards.")
PW_BWV_3 = ("provide external scrutiny panel members with access to samples of body-worn video "
            "footage showing stop and search encounters and use of force incidents, taking "
            "account of the safeguards in the College of Policing’s Authorised Professional "
            "Practice.")
PW_BWV = PW_BWV_1 + "\n" + PW_BWV_2 + "\n" + PW_BWV_3
PW_HODATA = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
             "data collected on the number of incidents where force has been used to effect a "
             "stop and search is sufficient for publication. The Home Office should publish "
             "this data as soon as possible.")
PW_UOF = ("By July 2021, forces should ensure they have effective internal monitoring processes "
          "on the use of force, to help them to identify and understand disproportionate use, "
          "explain the reasons and implement any necessary improvement action.")


def afi(body: str, topic: str) -> str:
    """PEEL's formulaic AFI wording (casegen TOPIC_BODIES), 'The force should ...'."""
    return "The force should " + body.format(t=topic) + "."


AFI_1 = afi("make sure victims of {t} are kept informed about the progress of their case, in "
            "line with the Code of Practice for Victims of Crime", "domestic abuse")
AFI_2 = afi("improve the timeliness of its response to calls for service involving {t}",
            "people with mental ill health")
AFI_3 = afi("improve how it gathers, assesses and acts on intelligence about {t}",
            "county lines drug dealing")
AFI_4 = afi("make sure it records reports of {t} accurately and without delay",
            "anti-social behaviour")
AFI_5 = afi("make sure investigations of {t} are allocated to officers with the right skills and "
            "are effectively supervised", "rape and serious sexual offences")
AFI_6 = afi("make sure it consistently uses ancillary orders and other powers to protect victims "
            "of {t}", "stalking and harassment")
AFI_7 = afi("improve the way it manages the risk posed by offenders involved in {t}",
            "online child sexual abuse")

# ---------------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# ---------------------------------------------------------------------------------------------
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.datetime(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.datetime(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.datetime(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.datetime(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.datetime(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.datetime(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.datetime(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.datetime(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.datetime(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.datetime(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", dt.datetime(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", dt.datetime(2017, 12, 12)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia "
               "Police", dt.datetime(2019, 9, 27)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.datetime(2021, 2, 26)),
    "peel21": ("PEEL 2021/22 – An inspection of West Mercia Police", dt.datetime(2022, 7, 1)),
}

REC, NAT, COC, AFI = ("Recommendation", "National recommendation", "Cause of concern",
                      "Area for improvement")
OPEN1, OPEN2, DONE, SUPER = "Awaiting review", "Being progressed", "Complete", "Superseded"

# ---------------------------------------------------------------------------------------------
# HMICFRS definitive list: (key, ref, type, parent, report, text, status, child?)
# ---------------------------------------------------------------------------------------------
H: list[dict] = []


def h(key, ref, typ, report, text, status, parent="", child=False, missing_why=None):
    H.append(dict(key=key, ref=ref, type=typ, parent=parent, report=report, text=text,
                  status=status, child=child, missing_why=missing_why))


h("sas13_1", "3310", NAT, "sas13", SAS13_1, DONE)
h("sas13_2", "3311", NAT, "sas13", SAS13_2, DONE)
h("sas13_3", "3312", NAT, "sas13", SAS13_3, SUPER)
h("everyone", "4101", NAT, "everyone", EVERYONE_PLAN, DONE)
h("aust_1", "4310", NAT, "austerity", AUST_1, DONE)
h("aust_4", "4313", NAT, "austerity", AUST_4, SUPER)
h("core_1", "4520", NAT, "core", CORE_1, DONE)
h("core_2", "4521", NAT, "core", CORE_2, SUPER)
h("integrity", "5050", NAT, "integrity", INTEGRITY, DONE)
h("sas15", "5210", NAT, "sas15", SAS15, DONE)
h("picture", "5390", NAT, "picture", PICTURE, DONE)
h("fa_1", "5601", NAT, "firearms", FA_1, DONE)
h("fa_2", "5602", NAT, "firearms", FA_2, DONE)
h("fa_3", "5603", NAT, "firearms", FA_3, DONE)
h("fa_4", "5604", NAT, "firearms", FA_4, DONE)
h("fa_5", "5605", NAT, "firearms", FA_5, OPEN2)
# G4: cause of concern, one child recommendation with three bullets (suffix reference)
h("g4_coc", "7105", COC, "eff16", CAUSE_MISSING + "\nTo address this cause of concern, we "
  "recommend that the force should immediately:", DONE)
h("g4_r", "7105a", REC, "eff16", "• " + MISSING_BODY + ".", DONE, parent="7105", child=True)
h("sf_lead", "8301", NAT, "stolen", SF_LEADERSHIP, OPEN2)
h("sf_intel", "8302", NAT, "stolen", SF_INTEL, OPEN2)
h("sf_s45", "8303", NAT, "stolen", SF_S45, DONE)
h("sf_nrm", "8304", NAT, "stolen", SF_NRM, DONE)
h("sf_ncrs", "8305", NAT, "stolen", SF_NCRS, OPEN2)
h("sf_invest", "8306", NAT, "stolen", SF_INVEST, OPEN2,
  missing_why="No tracker row holds this recommendation (investigation and supervision of MSHT "
              "allegations); the tracker's MSHT block jumps from the NCRS row to the "
              "preventative-powers row. Open on the list, nobody owns it.")
h("sf_prevent", "8307", NAT, "stolen", SF_PREVENT, DONE)
h("efc17", "8410", NAT, "efc17", EFC17, OPEN2)
# G1: national cause of concern with four child recommendations (suffix references)
h("g1_coc", "8541", COC, "leg17", LEG17_COC + "\nTo address this cause of concern, we "
  "recommend that:", OPEN2,
  missing_why="The cause of concern itself has no tracker row: the force tracks only its four "
              "recommendations (8541a-d, as separate National Rec rows) and nothing in the "
              "tracker states the concern, owns it or records its status. The list keeps the "
              "cause open as an item of its own, so it is missing from the force's records "
              "(truth rule 2 in the README).")
h("g1_a", "8541a", REC, "leg17", "• " + LEG17_MON, DONE, parent="8541", child=True)
h("g1_b", "8541b", REC, "leg17", "• " + LEG17_DISP, OPEN2, parent="8541", child=True)
h("g1_c", "8541c", REC, "leg17", "• " + LEG17_PUB, OPEN2, parent="8541", child=True)
h("g1_d", "8541d", REC, "leg17", "• " + LEG17_TRAIN, DONE, parent="8541", child=True)
# G2: cause of concern (efficiency), three children with consecutive references
h("g2_coc", "11203", COC, "peel18", CAUSE_ALLIANCE + "\nTo address this cause of concern, we "
  "recommend that the force should immediately:", OPEN2)
h("g2_a", "11204", REC, "peel18", "(a) " + SKILLS + ";", SUPER, parent="11203", child=True)
h("g2_b", "11205", REC, "peel18", "(b) " + CAPAB + "; and", DONE, parent="11203", child=True)
h("g2_c", "11206", REC, "peel18", "(c) " + VULN + ".", OPEN2, parent="11203", child=True,
  missing_why="Child (c) of cause of concern 11203. The tracker has a row for the cause (text "
              "of the cause only) and rows for children (a) and (b), but no row for (c) and "
              "the cause row does not mention it. Open on the list, nobody owns it.")
# G3: cause of concern (effectiveness), three children with consecutive references
h("g3_coc", "11207", COC, "peel18", CAUSE_INVEST + "\nTo address this cause of concern, we "
  "recommend that within six months the force should:", OPEN2)
h("g3_a", "11208", REC, "peel18", "(a) " + SUPERV + ";", DONE, parent="11207", child=True)
h("g3_b", "11209", REC, "peel18", "(b) " + DIGI + ";", OPEN2, parent="11207", child=True)
h("g3_c", "11210", REC, "peel18", "(c) " + RUI + ".", OPEN2, parent="11207", child=True)
h("agree", "11211", REC, "peel18", AGREE, DONE)
h("define", "11212", REC, "peel18", DEFINE, DONE)
h("consult", "11213", REC, "peel18", CONSULT, OPEN2)
h("pw_comms", "12120", NAT, "powers", PW_COMMS, OPEN2)
h("pw_cpd", "12121", NAT, "powers", PW_CPD, OPEN2)
h("pw_bwv", "12122", NAT, "powers", PW_BWV, OPEN2)
h("pw_uof", "12124", NAT, "powers", PW_UOF, DONE)
h("afi_1", "13501", AFI, "peel21", AFI_1, OPEN2)
h("afi_2", "13502", AFI, "peel21", AFI_2, OPEN1)
h("afi_3", "13503", AFI, "peel21", AFI_3, OPEN1,
  missing_why="PEEL 2021/22 AFI on county lines intelligence: no tracker row (the force's "
              "PEEL 2021/22 block skips from AFI 2 to AFI 4). Open on the list, nobody owns "
              "it.")
h("afi_4", "13504", AFI, "peel21", AFI_4, DONE)
h("afi_5", "13505", AFI, "peel21", AFI_5, OPEN2)
h("afi_6", "13506", AFI, "peel21", AFI_6, DONE)
h("afi_7", "13507", AFI, "peel21", AFI_7, OPEN2)

HBY = {x["key"]: x for x in H}

# Status dates: the last event on the register (deterministic, after publication).
AS_AT = dt.datetime(2023, 10, 31)
for x in H:
    pub = R[x["report"]][1]
    if x["status"] == OPEN1:
        lo, hi = pub + dt.timedelta(days=20), pub + dt.timedelta(days=60)
    else:
        lo, hi = pub + dt.timedelta(days=120), min(AS_AT, pub + dt.timedelta(days=1500))
    span = max(1, (hi - lo).days)
    x["status_date"] = lo + dt.timedelta(days=rng.randrange(span))

# ---------------------------------------------------------------------------------------------
# Force tracker (West Mercia Police).  Each item row carries its truth links:
# (hmicfrs key or None, category, why).  A row holding a whole cause of concern links to the
# parent and to every child it contains; a row split off one item links to that item.
# ---------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "DCC", "ACC Operations", "Director of People",
         "Director of Commercial Services"]
OWNERS = ["Det Ch Supt Head of Crime", "Supt Public Protection", "Head of Strategy, Planning & "
          "Insight", "Force Crime Registrar", "Supt Operations Communications Centre",
          "Head of Professional Standards", "Ch Insp Stop & Search lead", "Supt Firearms "
          "Licensing", "Head of Learning & Development", "Head of Information Management",
          "Det Supt Serious Organised Crime"]

F: list = []  # entries: ("title", text) | ("banner", text) | ("blank",) | ("legend", text) | dict


def f(no, ref, report, pub, typ, text, rag, update, links, lead=None, owner=None, proposed=None):
    F.append(dict(no=no, ref=ref, report=report, pub=pub, type=typ, text=text, rag=rag,
                  update=update, links=links, proposed=proposed,
                  lead=lead if lead is not None else rng.choice(LEADS),
                  owner=owner if owner is not None else rng.choice(OWNERS)))


def d(y, m, dd):
    return dt.datetime(y, m, dd)


F.append(("title", "West Mercia Police – HMICFRS Recommendations, Causes of Concern & AFI "
                   "Tracker"))
F.append(("title", "Maintained by Strategy, Planning & Insight. Last updated 20/10/2023. "
                   "Prepared for the Joint Audit Committee (JAC), November 2023."))
F.append(("blank",))
F.append(("header",))
F.append(("banner", "FORCE INSPECTIONS"))

# --- G4: PEEL effectiveness 2016 — cause of concern row (cause + recommendation in one cell)
#         AND the recommendation split into its three bullets ("both").
f("1", "7105", "PEEL Effectiveness 2016", "Mar-17", "Cause of Concern",
  "Cause of concern: " + CAUSE_MISSING + "\nRecommendation: To address this cause of concern "
  "the force should immediately " + MISSING_BODY + ".", "GREEN",
  "Missing persons procedure rewritten and absent category withdrawn (Apr 2017). HMICFRS "
  "revisit found the concern addressed. See 1.1-1.3 for the recommendation.",
  [("g4_coc", "in_sync",
    "The cause-of-concern row (its cell also repeats the recommendation, but the "
    "recommendation has its own bullet rows 1.1-1.3, so this row stands for the cause). "
    "HMICFRS Complete, force GREEN: closed on both sides.")],
  lead="ACC Local Policing", owner="Supt Public Protection", proposed=d(2017, 11, 30))
G4_WHY = ("Row {n} of 3 split off recommendation 7105a (one row per bullet). The item is "
          "judged on all its rows together: HMICFRS has it Complete, but bullet rows 1.2 and "
          "1.3 are still AMBER, so the force still records it as open; close the force's "
          "entries.")
f("1.1", "7105a", "PEEL Effectiveness 2016", "Mar-17", "Recommendation",
  "1a. Call takers understand and use the missing and absent category appropriately.", "GREEN",
  "Absent category removed from STORM; all call takers briefed.",
  [("g4_r", "closeable_local", G4_WHY.format(n=1))],
  lead="ACC Local Policing", owner="Supt Operations Communications Centre",
  proposed=d(2017, 9, 29))
f("1.2", "7105a", "PEEL Effectiveness 2016", "Mar-17", "Recommendation",
  "1b. Call takers & frontline staff have the neccessary knowledge to identify risk factors "
  "associated with CSE and how to respond to such cases.", "AMBER",
  "CSE awareness input in the 2023/24 training plan; refresher for new call takers.",
  [("g4_r", "closeable_local", G4_WHY.format(n=2))],
  lead="ACC Local Policing", owner="Head of Learning & Development")
f("1.3", "7105a", "PEEL Effectiveness 2016", "Mar-17", "Recommendation",
  "1c. Supervisors provide the correct oversight of missing person enquiries and direct "
  "appropriate & timely investigative and safeguarding action.", "AMBER",
  "Dip sampling of missing person supervision continues monthly via the Vulnerability Board.",
  [("g4_r", "closeable_local", G4_WHY.format(n=3))],
  lead="ACC Local Policing", owner="Supt Public Protection")
f("L1", "", "PEEL Effectiveness 2016", "", "Local action",
  "Force action - Appoint a single point of contact for missing children in each local "
  "policing area", "AMBER", "SPOCs in place for Shropshire and Herefordshire; Worcestershire "
  "and Telford to follow.",
  [(None, "not_on_hmicfrs_list",
    "The force's own action (type 'Local action', no HMICFRS reference), filed under the "
    "missing-children cause of concern. It is not a bullet of recommendation 7105a and not on "
    "the list.")],
  lead="ACC Local Policing", owner="Supt Public Protection")

# --- G2: PEEL 2018/19 efficiency cause of concern — a cause row AND recommendation rows
#         ("both"), but child (c) has no row.
f("2", "11203", "PEEL 2018/19", d(2019, 9, 27), "Cause of Concern",
  "CoC (Efficiency) – The force does not have suitable arrangements in place to make sure it "
  "can maintain the full range of public services when its alliance with Warwickshire Police "
  "ends. There are gaps in its workforce skills assessment, and weaknesses in both its "
  "investigative approach and its approach to safeguarding vulnerable people.", "AMBER",
  "Alliance ended 8 Oct 2019. Standalone operating model in place; remaining work is the "
  "workforce plan (see 2.1) and vulnerability review.",
  [("g2_coc", "in_sync", "Cause-of-concern row for 11203 (cause text only). Open on both "
                         "sides (Being progressed / AMBER).")],
  lead="DCC", owner="Head of Strategy, Planning & Insight")
f("2.1", "11204", "PEEL 2018/19", d(2019, 9, 27), "Recommendation",
  "Expand the skills project work to include an assessment of all skills, not only "
  "operational, including potential future skills requirements. This assessment should "
  "inform workforce plans.", "AMBER",
  "Skills audit of police staff roles planned for Q4 2023/24.",
  [("g2_a", "closeable_local",
    "Child (a) of 11203. HMICFRS has closed it as Superseded; the force still shows AMBER. "
    "Close the force's entry.")],
  lead="Director of People", owner="Head of Learning & Development")
f("2.2", "11205", "PEEL 2018/19", d(2019, 9, 27), "AFI",
  "Conduct a review of officers' capabilities & capacity to manage their investigative "
  "workload, to better understand investigative demand and the pressures placed upon them.",
  "GREEN", "Investigative capacity review completed (Crime Transformation Board, Feb 2020).",
  [("g2_b", "conflict",
    "Child (b) of 11203, same text and reference, but the force records it as an AFI while the "
    "list has it as a Recommendation belonging to a cause of concern (type disagrees). Statuses "
    "agree (Complete / GREEN).")],
  lead="ACC Crime", owner="Det Ch Supt Head of Crime", proposed=d(2020, 3, 31))

# --- G3: PEEL 2018/19 effectiveness cause of concern — ONE row holding the cause and all three
#         recommendations.
G3_TEXT = ("CAUSE OF CONCERN (Effectiveness): " + CAUSE_INVEST + "\nRECOMMENDATIONS – within "
           "6 months the force should:\n1. " + SUPERV + ";\n2. " + DIGI + ";\n3. improve its "
           "understanding of suspects released under investigation (RUI) and the management "
           "of those released on bail.")
f("3", "11207", "PEEL 2018/19", d(2019, 9, 27), "Cause of Concern", G3_TEXT, "AMBER",
  "1. Supervision: investigation standards audit Q2 2023/24 shows 87% of investigations with "
  "a recorded supervisory review – complete. 2. DFU backlog down to 6 weeks; kiosk roll-out "
  "continuing. 3. RUI/bail performance reported monthly to the Crime Standards Board.",
  [("g3_coc", "in_sync",
    "One tracker row holds cause 11207 and all three of its recommendations. For the cause "
    "itself: open on both sides (Being progressed / AMBER)."),
   ("g3_a", "closeable_local",
    "Child (a) 11208 is recommendation 1 inside the single cause-of-concern row. HMICFRS has it "
    "Complete; the row's only status is AMBER (the update even says the supervision element is "
    "complete). Record (a) as closed in the force's entry."),
   ("g3_b", "in_sync",
    "Child (b) 11209 is recommendation 2 inside the single cause-of-concern row. Open on both "
    "sides."),
   ("g3_c", "in_sync",
    "Child (c) 11210 is recommendation 3 inside the single cause-of-concern row (the force "
    "added '(RUI)'). Open on both sides.")],
  lead="ACC Crime", owner="Det Ch Supt Head of Crime")

# --- PEEL 2018/19 ordinary recommendations
f("4", "11211", "PEEL 2018/19", d(2019, 9, 27), "Recommendation", AGREE, "GREEN",
  "Transition agreement signed with Warwickshire Police; alliance ended 8 Oct 2019.",
  [("agree", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="DCC", proposed=d(2019, 12, 20))
f("5", "11212", "PEEL 2018/19", d(2019, 9, 27), "Recommendation", DEFINE, "GREEN",
  "Operating model approved by Chief Officer Group Sept 2019.",
  [("define", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="DCC", proposed=d(2020, 1, 31))
f("6", "11213", "PEEL 2018/19", d(2019, 9, 27), "Recommendation", CONSULT, "GREEN",
  "Budget consultation run jointly with the OPCC each year; 'You said, we did' published on "
  "the force website. Evidence pack ready for submission.",
  [("consult", "closeable_submit",
    "Open on the list (Being progressed); the force records it GREEN and proposed for closure. "
    "Submit to HMICFRS.")],
  lead="DCC", owner="Head of Strategy, Planning & Insight", proposed=d(2023, 9, 14))
f("7", "", "PEEL 2018/19", d(2019, 9, 27), "AFI", AFI_5, "AMBER",
  "RASSO investigations moved to the new Public Protection investigation teams; supervision "
  "dip sample due Dec 2023.",
  [("afi_5", "conflict",
    "Same text as PEEL 2021/22 AFI 13505, but the force has filed it under PEEL 2018/19 "
    "(published 27/09/2019) with no reference: report and date disagree. Statuses agree (open).")],
  lead="ACC Crime", owner="Det Ch Supt Head of Crime")

# --- PEEL 2021/22
F.append(("banner", "PEEL 2021/22"))
f("8", "13501", "PEEL 2021/22", "Jul 2022", "AFI", AFI_1.replace("domestic abuse", "DA"), "RED",
  "Victim contact compliance 61% (target 90%). Victim Code audit repeated Sept 2023, still "
  "below target.",
  [("afi_1", "in_sync", "Open on both sides (Being progressed / RED).")],
  lead="ACC Crime", owner="Supt Public Protection")
f("9", "13502", "PEEL 2021/22", "Jul 2022", "AFI", AFI_2, "GREEN",
  "Right Care Right Person phase 1 live; mental health triage car 7 days a week. Ready to move "
  "to GREEN – proposed for closure.",
  [("afi_2", "closeable_submit",
    "Open on the list (Awaiting review); the force records it GREEN and proposed for closure. "
    "Submit to HMICFRS.")],
  lead="ACC Operations", owner="Supt Operations Communications Centre", proposed=d(2023, 8, 31))
f("10", "13504", "PEEL 2021/22", "Jul 2022", "AFI", AFI_4, "GREEN",
  "ASB recording audit by the Force Crime Registrar: 96% compliant.",
  [("afi_4", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Local Policing", owner="Force Crime Registrar", proposed=d(2023, 3, 31))
f("11", "13506", "PEEL 2021/22", "Jul 2022", "AFI", AFI_6, "AMBER",
  "Stalking Protection Order applications up 40%; awaiting Q3 data before proposing closure.",
  [("afi_6", "closeable_local",
    "HMICFRS has closed it (Complete); the force still shows AMBER. Close the force's entry.")],
  lead="ACC Crime", owner="Supt Public Protection")
AFI7_WHY = ("Row {n} of 2 split off AFI 13507 (one row per action, both carrying the "
            "reference). Open on both sides (Being progressed / AMBER).")
f("12a", "13507", "PEEL 2021/22", "Jul 2022", "AFI",
  AFI_7 + "\nAction 1: increase POLIT capacity so that online CSA referrals are actioned "
  "within risk-graded timescales.", "AMBER",
  "Two additional investigators in post Sept 2023.",
  [("afi_7", "in_sync", AFI7_WHY.format(n=1))],
  lead="ACC Crime", owner="Det Supt Serious Organised Crime")
f("12b", "13507", "PEEL 2021/22", "Jul 2022", "AFI",
  "As above – Action 2: introduce KIRAT risk reviews for every nominal arrested for online CSA "
  "offences.", "AMBER", "Policy drafted; xxx",
  [("afi_7", "in_sync", AFI7_WHY.format(n=2))],
  lead="ACC Crime", owner="Supt Public Protection")
f("L2", "", "PEEL 2021/22", "", "Local action",
  "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report findings "
  "to the Crime Standards Board", "GREEN", "Quarterly dip sample embedded since Q1 2023/24.",
  [(None, "not_on_hmicfrs_list",
    "The force's own action (type 'Local action', no reference); not on the list.")],
  lead="ACC Crime", owner="Force Crime Registrar")

F.append(("blank",))
F.append(("banner", "NATIONAL / THEMATIC INSPECTIONS"))

f("13", "", "Stop & Search powers (HMIC 2013)", "2013", "National Rec", SAS13_1, "GREEN",
  "APP on stop and search published by the College of Policing; force policy aligned.",
  [("sas13_1", "in_sync", "Complete on the list, GREEN in the tracker (no reference in the "
                          "tracker; matched on report and text).")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("14", "", "Stop & Search powers (HMIC 2013)", "2013", "National Rec",
  SAS13_2.replace("stop and search", "S&S"), "AMBER",
  "Monitoring via the S&S Scrutiny Board continues; keep open until the new BWV review process "
  "beds in.",
  [("sas13_2", "closeable_local",
    "HMICFRS has closed it (Complete); the force keeps it AMBER. Close the force's entry.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("15", "", "Stop & Search powers (HMIC 2013)", "2013", "National Rec", SAS13_3, "GREEN",
  "Quarterly S&S data published on the force website; external scrutiny panel in place.",
  [("sas13_3", "in_sync",
    "The 2013 version of the Code of Practice recommendation (near-duplicate of 2015 item "
    "5210, force No. 22). Superseded on the list, GREEN in the tracker: closed on both sides.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("L3", "", "Stop & Search powers (HMIC 2013)", "", "Local action",
  "JAC action: Internal audit of the stop and search governance arrangements (audit plan "
  "2023/24)", "AMBER", "Fieldwork scheduled for January 2024.",
  [(None, "not_on_hmicfrs_list",
    "Joint Audit Committee action, the force's own (no reference); not on the list.")],
  lead="DCC", owner="Head of Strategy, Planning & Insight")
f("16", "", "Domestic abuse - Everyone's business", "27/03/2014", "National Rec",
  EVERYONE_RUN_ON, "GREEN", "DA action plan published Sept 2014; superseded by the VAWG "
  "delivery plan.",
  [("everyone", "in_sync",
    "Same recommendation; the tracker copied the following paragraphs of the report into the "
    "cell as well. Complete / GREEN.")],
  lead="ACC Crime", owner="Supt Public Protection")
f("17", "", "Policing in Austerity 2014", "Jul 2014", "National Rec", AUST_1, "GREEN",
  "Savings plan reviewed in the MTFP; no further action.",
  [("aust_1", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="Director of Commercial Services", owner="Head of Strategy, Planning & Insight")
f("18", "", "Policing in Austerity 2014", "Jul 2014", "National Rec", AUST_2, "AMBER",
  "Collaboration savings to be reassessed after the end of the alliance.",
  [(None, "not_on_hmicfrs_list",
    "A real Policing in austerity recommendation, but it is not on West Mercia's definitive "
    "list (the list holds 4310 and 4313 only). Query with HMICFRS or close locally.")],
  lead="Director of Commercial Services", owner="Head of Strategy, Planning & Insight")
f("19", "", "Policing in Austerity 2014", "Jul 2014", "National Rec", AUST_4, "Complete",
  "Collaboration plans reviewed; regional collaboration (ROCU, CTPWM) continues.",
  [("aust_4", "in_sync", "Superseded on the list, Complete in the tracker.")],
  lead="Director of Commercial Services", owner="Head of Strategy, Planning & Insight")
f("20", "", "Core Business 2014", "04/09/2014", "National Rec", CORE_1, "AMBER",
  "THRIVE+ refresh for call handlers due with the new contact platform.",
  [("core_1", "closeable_local",
    "HMICFRS has closed it (Complete); the force still shows AMBER. Close the force's entry.")],
  lead="ACC Operations", owner="Supt Operations Communications Centre")
f("20a", "", "Core Business 2014", "04/09/2014", "National Rec", CORE_2, "GREEN",
  "Problem-solving database records and evaluates prevention activity.",
  [("core_2", "in_sync", "Superseded on the list, GREEN in the tracker.")],
  lead="ACC Local Policing")
f("21", "", "Integrity matters 2015", "Jan 2015", "National Rec", INTEGRITY,
  "Pending sign off", "PSD disproportionality review of NFA outcomes complete; awaiting DCC "
  "sign off.",
  [("integrity", "in_sync",
    "Complete on the list; the force says done ('Pending sign off' = the work is finished and "
    "awaiting internal sign-off).")],
  lead="DCC", owner="Head of Professional Standards")
f("22", "", "Stop & search powers 2", "Mar 2015", "National Rec", SAS15, "AMBER",
  "Community scrutiny panel terms of reference being refreshed.",
  [("sas15", "closeable_local",
    "The 2015 Code of Practice recommendation (near-duplicate of 2013 item 3312, matched on "
    "the report name). HMICFRS has it Complete, the force AMBER. Close the force's entry.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("23", "", "Building the Picture 2015", "Jul 2015", "National Rec", PICTURE, "GREEN",
  "MoPI audits reported to the Information Management Board.",
  [("picture", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="DCC", owner="Head of Information Management")
FA_REPORT = "Firearms licensing 2015 (Targeting the Risk)"
f("24", "5601", FA_REPORT, "Sept 2015", "National Rec", FA_1, "GREEN",
  "Governance assessed against APP; FLU board chaired by ACC.",
  [("fa_1", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Operations", owner="Supt Firearms Licensing")
f("25", "5602", FA_REPORT, "Sept 2015", "National Rec", FA_2, "GREEN",
  "Demand assessment complete; two additional enquiry officers funded.",
  [("fa_2", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Operations", owner="Supt Firearms Licensing")
f("26", "5603", FA_REPORT, "Sept 2015", "National Rec", FA_3, "GREEN",
  "Total expired records cleared.",
  [("fa_3", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Operations", owner="Supt Firearms Licensing")
f("27", "5604", FA_REPORT, "Sept 2015", "National Rec",
  FA_4.replace("Within three months", "Within six months"), "GREEN",
  "Temporary permits recorded on NFLMS; process audited.",
  [("fa_4", "conflict",
    "Reference and text match except the timescale: the tracker says 'Within six months', the "
    "list 'Within three months'. A timescale disagreement is a conflict. Statuses agree "
    "(Complete / GREEN).")],
  lead="ACC Operations", owner="Supt Firearms Licensing")
f("28", "5605", FA_REPORT, "Sept 2015", "National Rec", FA_5, "GREEN",
  "STORM flags firearm certificate holders' addresses at dispatch; briefing delivered to all "
  "dispatchers. Proposed for closure.",
  [("fa_5", "closeable_submit",
    "Open on the list (Being progressed); GREEN and proposed for closure in the tracker. "
    "Submit to HMICFRS.")],
  lead="ACC Operations", owner="Supt Operations Communications Centre", proposed=d(2023, 6, 30))
SF_REPORT = "Stolen Freedom (MSHT) 2017"
SF_WHY = ("Row {n} of 4 split off 8301 (one row per bullet of the leadership and governance "
          "recommendation). Judged on all four rows: three are AMBER, so the force has it open; "
          "open on the list too.")
f("29.1", "8301", SF_REPORT, "24/10/2017", "National Rec",
  "Within 12 months, review leadership & governance arrangements for MSHT to ensure that: "
  "senior leaders prioritise the response to MSHT", "AMBER",
  "MSHT now a control strategy priority; ACC Crime is strategic lead.",
  [("sf_lead", "in_sync", SF_WHY.format(n=1))], lead="ACC Crime",
  owner="Det Supt Serious Organised Crime")
f("29.2", "8301", SF_REPORT, "24/10/2017", "National Rec",
  "every incident of modern slavery identified to police is allocated appropriate resources "
  "with the skills, experience and capacity to investigate it effectively", "AMBER",
  "Allocation policy under review.",
  [("sf_lead", "in_sync", SF_WHY.format(n=2))], lead="ACC Crime",
  owner="Det Supt Serious Organised Crime")
f("29.3", "8301", SF_REPORT, "24/10/2017", "National Rec",
  "forces develop effective partnership arrangements to co-ordinate activity in order to share "
  "information and safeguard victims", "GREEN",
  "Anti-slavery partnership in each county.",
  [("sf_lead", "in_sync", SF_WHY.format(n=3))], lead="ACC Crime",
  owner="Det Supt Serious Organised Crime")
f("29.4", "8301", SF_REPORT, "24/10/2017", "National Rec",
  "performance and QA measures are in place to allow senior leaders to assess the nature and "
  "quality of the service provided to victims", "AMBER",
  "MSHT measures to be added to the performance pack.",
  [("sf_lead", "in_sync", SF_WHY.format(n=4))], lead="ACC Crime",
  owner="Det Supt Serious Organised Crime")
f("30", "8302", SF_REPORT, "24/10/2017", "National Rec",
  "Within 6 months, forces should have in place active ISAs with other agencies to facilitate "
  "speedy exchange of intelligence & in order to safeguard victims better and to identify "
  "suspects as early as possible", "GREEN",
  "ISAs signed with all four local authorities and the GLAA. Proposed for closure.",
  [("sf_intel", "closeable_submit",
    "Open on the list (Being progressed); GREEN and proposed for closure in the tracker "
    "(abbreviated text; the list's copy carries a stray footnote '86'). Submit to HMICFRS.")],
  lead="ACC Crime", owner="Det Supt Serious Organised Crime", proposed=d(2023, 7, 31))
f("31", "8303", SF_REPORT, "24/10/2017", "National Rec", SF_S45, "GREEN",
  "s45 defence guidance issued to investigators and CPS liaison.",
  [("sf_s45", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Crime", owner="Det Supt Serious Organised Crime")
f("32", "8304", SF_REPORT, "24/10/2017", "National Rec", SF_NRM, "AMBER",
  "NRM duty to notify: compliance checked quarterly.",
  [("sf_nrm", "closeable_local",
    "HMICFRS has closed it (Complete); the force still shows AMBER. Close the force's entry.")],
  lead="ACC Crime", owner="Det Supt Serious Organised Crime")
f("33", "8305", SF_REPORT, "24/10/2017", "National Rec",
  SF_NCRS.replace("national crime recording standard (NCRS)", "NCRS"), "RED",
  "FCR audit capacity reduced; MSHT audit deferred to 2024.",
  [("sf_ncrs", "in_sync", "Open on both sides (Being progressed / RED).")],
  lead="ACC Crime", owner="Force Crime Registrar")
f("34", "8307", SF_REPORT, "24/10/2017", "National Rec", SF_PREVENT, "GREEN",
  "Slavery and trafficking prevention orders now considered at every charge decision.",
  [("sf_prevent", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Crime", owner="Det Supt Serious Organised Crime")
f("35", "", "PEEL Efficiency 2017 - national", "Nov 2017", "National Rec",
  "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
  "services within their force.", "GREEN",
  "Digital Strategy 2019-23 approved; online reporting via Single Online Home live.",
  [("efc17", "closeable_submit",
    "The force copied the first sentence only (the second is addressed to the Home Office, "
    "NPCC and APCC). Open on the list, GREEN in the tracker: submit to HMICFRS.")],
  lead="Director of Commercial Services", owner="Head of Strategy, Planning & Insight")
# --- G1: national cause of concern 8541 tracked as one row per recommendation, no cause row.
LEG_REPORT = "PEEL Legitimacy 2017 (national) – stop & search"
f("36", "", LEG_REPORT, "Dec 2017", "National Rec", LEG17_MON, "GREEN",
  "Monthly S&S disproportionality dashboard in place since June 2018.",
  [("g1_a", "in_sync",
    "Child 8541a (recommendation row; the force has no row for the cause 8541). Complete on "
    "the list, GREEN in the tracker.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("37", "", LEG_REPORT, "Dec 2017", "National Rec", LEG17_DISP, "GREEN",
  "Disparity research with the University of Worcester published; action plan agreed with the "
  "scrutiny panel. Proposed for closure.",
  [("g1_b", "closeable_submit",
    "Child 8541b. Open on the list (Being progressed); GREEN and proposed for closure in the "
    "tracker. Submit to HMICFRS.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead", proposed=d(2023, 5, 31))
f("38", "", LEG_REPORT, "Dec 2017", "National Rec", LEG17_PUB, "AMBER",
  "2022/23 annual analysis due for publication Dec 2023.",
  [("g1_c", "in_sync", "Child 8541c. Open on both sides.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("39", "", LEG_REPORT, "Dec 2017", "National Rec", LEG17_TRAIN, "AMBER",
  "Unconscious bias e-learning: 91% of S&S-trained officers complete; chasing the remainder.",
  [("g1_d", "closeable_local",
    "Child 8541d. HMICFRS has closed it (Complete); the force still shows AMBER. Close the "
    "force's entry.")],
  lead="ACC Local Policing", owner="Head of Learning & Development")
PW_REPORT = "Police powers spotlight (Feb 21)"
f("40", "12120", PW_REPORT, "Feb 2021", "National Rec", PW_COMMS, "AMBER",
  "Conflict management and communication skills in the 2023 OST programme.",
  [("pw_comms", "in_sync", "Open on both sides.")],
  lead="ACC Operations", owner="Head of Learning & Development")
f("41", "12121", PW_REPORT, "Feb 2021", "National Rec", PW_CPD, "GREEN",
  "Supervisor BWV debrief guidance issued; included in CPD days. Proposed for closure.",
  [("pw_cpd", "closeable_submit",
    "Open on the list (Being progressed); GREEN and proposed for closure in the tracker. "
    "Submit to HMICFRS.")],
  lead="ACC Operations", owner="Head of Learning & Development", proposed=d(2023, 4, 28))
f("42", "12122", PW_REPORT, "Feb 2021", "National Rec", PW_BWV_1 + "\n" + PW_BWV_2, "AMBER",
  "BWV activation for all S&S encounters mandated; monthly internal review of a sample of "
  "footage by the S&S lead.",
  [("pw_bwv", "conflict",
    "Reference matches, but the tracker holds only the first two of the three parts: the part "
    "on giving external scrutiny panel members access to BWV footage is missing (a missing "
    "bullet). Both sides open.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("43", "", PW_REPORT, "Feb 2021", "National Rec", PW_HODATA, "WHITE",
  "Not West Mercia's to deliver – Home Office / NPCC.",
  [(None, "not_on_hmicfrs_list",
    "The report's recommendation to the Home Office and NPCC; the force tracks it as WHITE but "
    "it is not on the force's definitive list.")],
  lead="ACC Local Policing", owner="Ch Insp Stop & Search lead")
f("44", "12124", PW_REPORT, "Feb 2021", "National Rec", PW_UOF, "GREEN",
  "Use of force data reviewed quarterly by the Use of Force Scrutiny Group.",
  [("pw_uof", "in_sync", "Complete on the list, GREEN in the tracker.")],
  lead="ACC Operations", owner="Ch Insp Stop & Search lead")

F.append(("blank",))
F.append(("legend", "RAG key: GREEN = complete / proposed for closure; AMBER = in progress, on "
                    "track; RED = off track or at risk; WHITE = not West Mercia's responsibility "
                    "to deliver."))
F.append(("legend", "Numbers 1.1, 2.1 etc. are the force's own numbering of the recommendations "
                    "under each cause of concern."))

# ---------------------------------------------------------------------------------------------
# Write workbooks
# ---------------------------------------------------------------------------------------------
WRAP = Alignment(wrap_text=True, vertical="top")
CHILD = Alignment(wrap_text=True, vertical="top", indent=2)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
FILLS = {"GREEN": "FF92D050", "AMBER": "FFFFC000", "RED": "FFFF0000", "WHITE": "FFFFFFFF",
         "Complete": "FF92D050", "Pending sign off": "FFC6E0B4"}


def stable_save(wb: Workbook, path: Path) -> None:
    """Save with fixed document timestamps and fixed zip entry dates (byte-for-byte rebuild)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "openpyxl"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2023-11-01T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs() -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = ("HMICFRS – Definitive list of recommendations, causes of concern and areas for "
                "improvement")
    ws["A1"].font = TITLE
    ws["A2"] = ("Force: West Mercia Police.  Extract as at 31/10/2023.  Includes open and closed "
                "items.  Recommendations that answer a cause of concern are listed under it, "
                "with the cause's reference in 'Parent reference'.")
    headers = ["Reference", "Type", "Parent reference", "Report", "Publication date", "Text",
               "Status", "Status date"]
    for c, name in enumerate(headers, 1):
        ws.cell(row=4, column=c, value=name).font = BOLD
    rows: dict[str, int] = {}
    r = 5
    for x in H:
        title, pub = R[x["report"]]
        vals = [x["ref"], x["type"], x["parent"] or None, title, pub, x["text"], x["status"],
                x["status_date"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = CHILD if (c == 6 and x["child"]) else WRAP
            if c in (5, 8):
                cell.number_format = "dd/mm/yyyy"
            if x["type"] == COC:
                cell.font = BOLD
        rows[x["key"]] = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Awaiting review – new, not yet assessed; Being "
                                    "progressed – open; Complete – closed, implemented; "
                                    "Superseded – closed, replaced by later inspection "
                                    "activity."))
    for col, w in zip("ABCDEFGH", (11, 22, 11, 40, 13, 90, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    stable_save(wb, OUT / "hmicfrs.xlsx")
    return rows


def build_tracker() -> list[tuple[int, dict]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    headers = ["No.", "HMICFRS Ref", "Inspection / Report", "Published", "Type",
               "Recommendation / AFI", "Chief Officer Lead", "Action Owner", "RAG",
               "Progress Update", "Date proposed for closure"]
    items: list[tuple[int, dict]] = []
    r = 1
    for e in F:
        if isinstance(e, tuple):
            kind = e[0]
            if kind == "title":
                ws.cell(row=r, column=1, value=e[1]).font = TITLE if r == 1 else Font(italic=True)
            elif kind == "header":
                for c, name in enumerate(headers, 1):
                    cell = ws.cell(row=r, column=c, value=name)
                    cell.font = Font(bold=True, color="FFFFFFFF")
                    cell.fill = PatternFill("solid", fgColor="FF1F3864")
            elif kind == "banner":
                cell = ws.cell(row=r, column=1, value=e[1])
                cell.font = BOLD
                for c in range(1, 12):
                    ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="FFD9E1F2")
            elif kind == "legend":
                ws.cell(row=r, column=1, value=e[1]).font = Font(italic=True)
            r += 1
            continue
        vals = [e["no"], e["ref"] or None, e["report"], e["pub"] or None, e["type"], e["text"],
                e["lead"], e["owner"], e["rag"], e["update"], e["proposed"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if e["rag"] in FILLS:
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILLS[e["rag"]])
        items.append((r, e))
        r += 1
    for col, w in zip("ABCDEFGHIJK", (6, 10, 30, 11, 16, 80, 20, 26, 10, 50, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    stable_save(wb, OUT / "tracker.xlsx")
    return items


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    items = build_tracker()
    lines = []
    linked: set[str] = set()
    for frow, e in items:
        for key, cat, why in e["links"]:
            hr = f"Register!{hrows[key]}" if key else ""
            if key:
                linked.add(key)
            lines.append((hrows[key] if key else 10**6, frow, hr, f"Tracker!{frow}", cat, why))
    for x in H:
        if x["key"] not in linked:
            assert x["missing_why"], x["key"]
            lines.append((hrows[x["key"]], 0, f"Register!{hrows[x['key']]}", "",
                          "missing_from_force", x["missing_why"]))
        else:
            assert not x["missing_why"], x["key"]
    lines.sort(key=lambda t: (t[0], t[1]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for _, _, hr, fr, cat, why in lines:
            w.writerow([hr, fr, cat, why])


if __name__ == "__main__":
    main()
