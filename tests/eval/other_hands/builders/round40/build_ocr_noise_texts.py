"""Build the `ocr_noise_texts` evaluation case (round 40).

An older force tracker (xlsx) whose recommendation texts were pasted from scanned report
PDFs run through OCR, reconciled against a clean HMICFRS definitive list (xlsx).

Run:  /work/main/.venv/bin/python build_ocr_noise_texts.py
Rebuilds ocr_noise_texts/ byte for byte (fixed seed, fixed zip timestamps, fixed document
properties).

Texts: real HMICFRS wording (Open Government Licence) copied from the project's casegen text
lists and /work/shared/data/real_recommendations.csv. Progress notes, local actions, owners'
words and the abridged row are written here as a force analyst would write them.
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
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 40_0612
HERE = Path(__file__).resolve().parent
CASE = HERE / "ocr_noise_texts"

FORCE = "Gloucestershire Constabulary"
HM_SHEET = "Definitive list"
LIVE = "Live tracker"
DONE = "Completed"
LISTS = "Lists"

# ---------------------------------------------------------------------------------------------
# Real texts (copied from reconcile/casegen/texts and real_recommendations.csv)
# ---------------------------------------------------------------------------------------------
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

SAS13_APP = ("Chief Constables and the College of Policing should establish in the Stop and "
             "Search Authorised Professional Practice document a clear specification of what "
             "constitutes the effective and fair exercise of stop and search powers, and "
             "guidance in this respect. This should be compliant with the Code of Practice.")
SAS13_MON = ("Chief Constables should establish or improve monitoring of the way officers stop "
             "and search people, so that they can be satisfied their officers are acting in "
             "accordance with the law (including equality legislation and the Code of "
             "Practice), and that the power is used effectively to prevent crime, catch "
             "criminals and maintain public trust.")
SAS13_SCRUTINY = ("Chief Constables should, in consultation with elected local policing bodies, "
                  "ensure that they comply with the code of practice by explaining to the public "
                  "the way stop and search powers are used in their areas and by making "
                  "arrangements for stop and search records to be scrutinised by community "
                  "representatives. This should be done in a way that involves those people who "
                  "are stopped and searched, for example, young people.")
SAS15_SCRUTINY = ("Chief constables should, in consultation with police and crime commissioners, "
                  "ensure that they comply with the Code of Practice by explaining to the public "
                  "the way stop and search powers are used in their areas and by making "
                  "arrangements for stop and search records to be scrutinised by community "
                  "representatives. This should be done in a way that involves those people who "
                  "are stopped and searched, for example young people.")
EVERYONE_CLEAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n"
    "This action plan should be developed:\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
# As the PDF text layer has it: footnote marker "20" run into the third bullet.
EVERYONE_PDF = EVERYONE_CLEAN.replace("another force; and\n", "another force; and 20\n")
AUST_10PC = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
             "savings through collaboration should assess whether there is scope to improve "
             "on this position. HMIC will follow up the assessments in the autumn.")
AUST_COLLAB = ("In preparation for the next spending round period all Chief Constables and PCCs "
               "should review their plans for collaboration. In particular they should consider "
               "whether there is scope to deliver better value for money and improved "
               "capability and capacity through joint working with other forces, the public "
               "and/or the private sector.")
CORE_THR = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
            "that have not yet done so, should provide call-handlers with specific, sound and "
            "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_PREV = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
             "activity carried out is systematically recorded and subsequently evaluated to "
             "determine the effectiveness of tactics being employed.")
INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers "
             "and staff resulting in “no further action” are fair and free of any form of "
             "discrimination.")
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.")
FA_GOV = ("Within three months, all chief constables should assess how well the governance "
          "of firearms licensing in his or her force meets the standards set out in "
          "Authorised Professional Practice. Chief constables of forces where the "
          "governance standards are not being complied with should put in place "
          "immediately the correct arrangements and procedures in order to meet the "
          "standards in full.")
FA_DEMAND = ("Within three months, all chief constables should assess the demand placed on their "
             "firearms licensing department and ensure it has the capacity to meet this demand "
             "and provide an efficient and effective service at all times.")
FA_EXPIRED = ("Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.")
FA_PERMITS = ("Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.")
FA_SYSTEMS = ("Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates.")
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
MSHT_INTEL_PDF = ("Within six months, forces should have in place active information-sharing "
                  "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
                  "and in order to safeguard victims better and to identify suspects as early as "
                  "possible")
MSHT_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.")
MSHT_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
            "process as it evolves and are implementing the requirement placed upon them under the "
            "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
            "adult victim of modern slavery or human trafficking.")
MSHT_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
             "crime recording standard (NCRS) requirements for offences identified as modern "
             "slavery and human trafficking and that sufficient audit capacity is available "
             "to the force crime registrar to provide reassurance that each force is "
             "identifying and managing any gaps in its crime-recording accuracy for these "
             "types of offences.")
MSHT_INV = ("Immediately, forces should ensure that allegations or indications of modern "
            "slavery and human trafficking are thoroughly investigated and effectively "
            "supervised by teams and individuals with the skills and experience to undertake "
            "them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).")
MSHT_PREV = ("Immediately, forces should review their use of preventative powers under the "
             "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
             "of those deemed to pose a clear threat to others in respect of modern slavery "
             "and human trafficking offences are exploited.")
DIGITAL = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework "
           "which allows for the provision of digitally enabled services across force "
           "boundaries.")
LEG17_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
             "stop and search powers is consistently reasonable and fair. In particular, "
             "there is over-representation of BAME people, and black people in particular, "
             "in stop and search data which many forces are unable to explain.")
SAS_MON17 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "• the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search;\n• the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and\n• the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
LEG17_DISP = ("Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "• carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and\n• taken action to reduce the disparity, where necessary;")
LEG17_PUB = ("We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.")
LEG17_TRAIN = ("By July 2018, and ongoing following that date, forces should ensure that all "
               "officers who use stop and search powers have been provided with, and "
               "understand, training on unconscious bias and College of Policing APP on stop "
               "and search.")
PW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.")
PW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as "
          "part of the programme of continuing professional development for officers and "
          "staff, and that supervisors are supported to routinely and frequently debrief "
          "officers on these skills using body-worn video footage.")
PW_BWV = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
PW_MON = ("By July 2021, forces should ensure they have effective internal monitoring "
          "processes on the use of force, to help them to identify and understand "
          "disproportionate use, explain the reasons and implement any necessary "
          "improvement action.")

MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
CDI_TRUNCATED = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS[:3])
NCPI_DETENTION = (
    f"Within six months {FORCE} should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:\n"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;\n"
    "• ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;\n"
    "• ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;\n"
    "• ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and\n"
    "• improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.")

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force? , tracker group title)
# ---------------------------------------------------------------------------------------------
D = dt.date
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), False, "Stop & Search powers (HMIC 2013) – published July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), False,
                 "Domestic abuse - Everyone's business (HMIC) – published 27 March 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22), False,
                  "Policing in Austerity – Meeting the Challenge – July 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), False, "Core business – Sept 2014"),
    "eff14": ("PEEL: Police effectiveness 2014", D(2014, 11, 27), True,
              "PEEL Effectiveness 2014 – published Nov 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  False, "Integrity matters – Jan 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), False, "Stop & search powers 2 – published March 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), False, "Information management (Building the Picture) – July 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 False, "Firearms licensing 2015 (Targeting the Risk) – Sept 2015"),
    "efc15": ("PEEL: Police efficiency 2015", D(2015, 10, 15), True,
              "PEEL Efficiency 2015 – published October 2015"),
    "leg15": ("PEEL: Police legitimacy 2015", D(2016, 2, 11), True,
              "PEEL Legitimacy 2015 – published February 2016"),
    "eff15": ("PEEL: Police effectiveness 2015", D(2016, 2, 25), True,
              "PEEL Effectiveness 2015 – published February 2016"),
    "efc16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), True,
              "PEEL Efficiency 2016 – published November 2016"),
    "leg16": ("PEEL: Police legitimacy 2016", D(2016, 12, 8), True,
              "PEEL Legitimacy 2016 – published December 2016"),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), True,
              "PEEL Effectiveness 2016 – published March 2017"),
    "ncpi17": ("National child protection inspection 2017", D(2017, 6, 29), True,
               "NCPI 2017 (National Child Protection Inspection) – June 2017"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 8, 31), True,
              "Crime Data Integrity 2017 – published August 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), False,
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), True,
              "PEEL Efficiency 2017 – published November 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9), False,
               "PEEL Efficiency 2017 - national (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), True,
              "PEEL Legitimacy 2017 – published December 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12), False,
               "PEEL Legitimacy 2017 - national (stop and search)"),
    "eff17": ("PEEL: Police effectiveness 2017", D(2018, 3, 22), True,
              "PEEL Effectiveness 2017 – published March 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
                 True, "PEEL 2018/19 – published May 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), False, "Police powers spotlight (Feb 21)"),
    "local": (None, None, False, "Force-identified actions (internal audit / JAC / force reviews)"),
}
# Short names the Completed sheet uses in its Report column.
SHORT = {
    "sas13": "Stop & Search 2013", "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014", "eff14": "PEEL Eff 2014", "integrity": "Integrity Matters 2015",
    "firearms": "Firearms licensing 2015", "efc15": "PEEL Efficiency 2015",
    "leg15": "PEEL Legit 15", "eff15": "PEEL Effectiveness 2015", "efc16": "PEEL Efficiency 16",
    "eff16": "PEEL Eff 16", "cdi17": "CDI 2017", "leg17n": "PEEL Legit 17 S&S",
    "eff17": "PEEL Effectiveness 2017",
}

# ---------------------------------------------------------------------------------------------
# Items. One dict per HMICFRS item (hm=True) or force-only item (hm=False).
#   hm_status: HMICFRS status; place: "L" live sheet, "C" completed sheet, None not in tracker
#   rag: force status word; noise: "clean" | "light" | "heavy" | explicit op list
#   cat: expected category; ftext: force text override; why: reason in truth.csv
# ---------------------------------------------------------------------------------------------
I = []


def item(key, rep, typ, text, hm_status, place, rag, noise, cat, why, **kw):
    d = dict(key=key, rep=rep, typ=typ, text=text, hm_status=hm_status, place=place, rag=rag,
             noise=noise, cat=cat, why=why, hm=hm_status is not None)
    d.update(kw)
    I.append(d)


S = "the force should"
# --- national --------------------------------------------------------------------------------
item("sas13_app", "sas13", NAT, SAS13_APP, None, "C", "Complete", "light", "not_on_hmicfrs_list",
     "2013 item the force closed; HMICFRS closed it before the list's scope (open on/after "
     "1 Apr 2017) so it is not on the definitive list: query")
item("sas13_mon", "sas13", NAT, SAS13_MON, "Complete", "C", "Complete", "heavy", "in_sync",
     "closed both sides (Completed tab)")
item("sas13_scr", "sas13", NAT, SAS13_SCRUTINY, "Complete", "L", "AMBER", "heavy",
     "closeable_local", "HMICFRS complete, force AMBER; twin of the 2015 text: 'elected local "
     "policing bodies' and the 2013 group decide")
item("everyone", "everyone", NAT, EVERYONE_CLEAN, "Superseded", "L", "AMBER", "heavy",
     "closeable_local", "HMICFRS superseded, force AMBER; PDF footnote '20' in bullet 3 is "
     "noise", ftext=EVERYONE_PDF)
item("aust_10pc", "austerity", NAT, AUST_10PC, "Being progressed", "L", "WHITE", "light",
     "closeable_submit", "force WHITE (not the force's to deliver, per the legend) = done; "
     "HMICFRS open: submit with rationale")
item("aust_collab", "austerity", NAT, AUST_COLLAB, "Complete", "C", "Complete", "clean",
     "in_sync", "closed both sides; near-twin of PEEL Efficiency 2016 collaboration AFI")
item("core_thr", "core", NAT, CORE_THR, "Complete", "C", "Complete",
     ["digit31", "digit2015", "lig"], "in_sync",
     "closed both sides; '3l March 2O15' is OCR, not a date change")
item("core_prev", "core", NAT, CORE_PREV, "Being progressed", None, None, None,
     "missing_from_force", "not in either tracker sheet")
item("integrity", "integrity", NAT, INTEGRITY, "Awaiting review", "C", "Complete",
     ["digit31", "digit2015", "wrap", "footer", "quotes"], "closeable_submit",
     "force closed (Completed tab), HMICFRS awaiting review; '3l August 2O15' is OCR; "
     "near-twin of PEEL Legitimacy 2016 misconduct AFI")
item("sas15", "sas15", NAT, SAS15_SCRUTINY, "Being progressed", "L", "AMBER", "light",
     "in_sync", "open both sides; twin of the 2013 text ('police and crime commissioners')")
item("picture", "picture", NAT, PICTURE, "Being progressed", "L", "AMBER", ["rn_m"],
     "conflict", "deadline differs: HMICFRS 'By 30 November 2015', tracker 'By 30 November "
     "2016' (a clean digit, not OCR)",
     ftext=PICTURE.replace("30 November 2015", "30 November 2016"))
item("fa_gov", "firearms", NAT, FA_GOV, "Complete", "C", "Complete", "heavy", "in_sync",
     "closed both sides")
item("fa_demand", "firearms", NAT, FA_DEMAND, "Being progressed", "L", "GREEN", "light",
     "closeable_submit", "force GREEN with submitted date, HMICFRS open")
item("fa_expired", "firearms", NAT, FA_EXPIRED, "Complete", "L", "AMBER", ["quotes", "lig", "I_l"],
     "closeable_local", "HMICFRS complete, force AMBER")
item("fa_permits", "firearms", NAT, FA_PERMITS, "Complete", "C", "Complete", "heavy", "in_sync",
     "closed both sides")
item("fa_systems", "firearms", NAT, FA_SYSTEMS, "Being progressed", "L", "AMBER", "clean",
     "in_sync", "open both sides")
item("sf_lead", "stolen", NAT, SF_LEADERSHIP, "Being progressed", "L", "AMBER", "split",
     "in_sync", "open both sides; force split the recommendation one row per bullet")
item("msht_intel", "stolen", NAT, MSHT_INTEL, "Being progressed", "L", "AMBER", "heavy",
     "in_sync", "open both sides; PDF footnote '86' mid-sentence is noise", ftext=MSHT_INTEL_PDF)
item("msht_s45", "stolen", NAT, MSHT_S45, "Complete", "L", "GREEN", ["footnote23", "lig", "nospace"],
     "in_sync", "HMICFRS complete, force GREEN (submitted): closed/done both sides")
item("msht_nrm", "stolen", NAT, MSHT_NRM, "Awaiting review", "L", "GREEN", "clean",
     "closeable_submit", "force GREEN, HMICFRS awaiting review")
item("msht_ncrs", "stolen", NAT, MSHT_NCRS, "Being progressed", "L", "RED", "heavy", "in_sync",
     "open both sides (RED)")
item("msht_inv", "stolen", NAT, MSHT_INV, "Complete", "L", "AMBER", ["modem", "dspace"],
     "closeable_local", "HMICFRS complete, force AMBER; 'modem slavery' is OCR")
item("msht_prev", "stolen", NAT, MSHT_PREV, "Being progressed", None, None, None,
     "missing_from_force", "not in the tracker (Stolen Freedom group has 5 of its 7 items; "
     "the SF leadership rec is the split one)")
item("digital", "efc17n", NAT, DIGITAL, "Being progressed", "L", "AMBER", "light", "in_sync",
     "open both sides")
item("leg17_coc", "leg17n", COC, LEG17_COC, "Being progressed", "L", "AMBER", "heavy", "in_sync",
     "open both sides")
item("leg17_mon", "leg17n", NAT, SAS_MON17, "Being progressed", "L", "GREEN", "heavy",
     "closeable_submit", "force GREEN with submitted date, HMICFRS open")
item("leg17_disp", "leg17n", NAT, LEG17_DISP, "Being progressed", "L", "AMBER", "light",
     "in_sync", "open both sides")
item("leg17_pub", "leg17n", NAT, LEG17_PUB, "Complete", "C", "Complete", "clean", "in_sync",
     "closed both sides")
item("leg17_train", "leg17n", NAT, LEG17_TRAIN, "Awaiting review", "C", "Complete", "light",
     "closeable_submit", "force closed (Completed tab), HMICFRS awaiting review")
item("pw_comms", "powers", NAT, PW_COMMS, "Awaiting review", None, None, None,
     "missing_from_force", "2021 report: tracker has only 2 of its 4 force items")
item("pw_cpd", "powers", NAT, PW_CPD, "Awaiting review", "L", "AMBER", "clean", "in_sync",
     "open both sides (typed from the web page, no OCR)")
item("pw_bwv", "powers", NAT, PW_BWV, "Awaiting review", "L", "AMBER", "clean", "in_sync",
     "open both sides (typed from the web page, no OCR)")
item("pw_mon", "powers", NAT, PW_MON, "Awaiting review", None, None, None, "missing_from_force",
     "2021 report: tracker has only 2 of its 4 force items")

# --- force level -----------------------------------------------------------------------------
item("eff14_da", "eff14", AFI, "The force should improve how it works with partner organisations "
     "to safeguard people at risk from domestic abuse.", None, "L", "AMBER", "light",
     "not_on_hmicfrs_list", "2014 AFI, outside the list's scope (HMICFRS closed it earlier); "
     "force still AMBER: query. Not the NCPI 2017 CSE rec (different topic and report)")
item("eff14_hate", "eff14", AFI, "The force should improve its understanding of the nature and "
     "scale of hate crime in its area.", None, "C", "Complete", "heavy", "not_on_hmicfrs_list",
     "2014 AFI, outside the list's scope: query. Not the 2015 CSE AFI (different topic)")
item("efc15_demand", "efc15", AFI, "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public.", "Complete", "C", "Complete", "heavy", "in_sync", "closed both sides")
item("efc15_links", "efc15", AFI, "The force should develop its understanding of the links "
     "between its outcomes, outputs and costs.", "Complete", "L", "AMBER", "light",
     "closeable_local", "HMICFRS complete, force AMBER")
item("efc15_wfp", "efc15", AFI, "The force should develop a future workforce plan that is "
     "aligned with its overall demand and budget. The plan should include future resource "
     "allocations, the mix of skills required by the workforce and behaviours expected of "
     "them.", "Being progressed", "L", "GREEN", "clean", "closeable_submit",
     "force GREEN with submitted date, HMICFRS open")
item("leg15_hate", "leg15", AFI, "The force should make sure officers and staff have the "
     "training they need to identify and respond to hate crime.", "Complete", "C", "Complete",
     "light", "in_sync", "closed both sides")
item("leg15_corr", "leg15", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about counter-corruption.", "Superseded", "L", "AMBER", "heavy",
     "closeable_local", "HMICFRS superseded, force AMBER")
item("eff15_cse", "eff15", AFI, "The force should improve its understanding of the nature and "
     "scale of child sexual exploitation in its area.", "Complete", "C", "Complete", "heavy",
     "in_sync", "closed both sides")
item("eff15_da", "eff15", AFI, "The force should review its approach to domestic abuse to make "
     "sure victims receive a consistently good service.", "Superseded", "L", "GREY", "light",
     "in_sync", "HMICFRS superseded, force GREY (superseded, per the legend): closed both sides")
item("eff15_ocsa", "eff15", AFI, f"{FORCE} should make sure it has enough specialist capacity "
     "and capability to investigate online child sexual abuse.", "Being progressed", "L",
     "AMBER", "clean", "in_sync", "open both sides")
item("eff15_soc", "eff15", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in serious and organised crime.", "Complete", "L", "GREEN", "light",
     "in_sync", "HMICFRS complete, force GREEN (not yet moved to Completed): closed/done")
item("efc16_skills", "efc16", AFI, "The force should expand the skills project work to include "
     "an assessment of all skills, not only operational, including potential future skills "
     "requirements. This assessment should inform workforce plans.", "Complete", "C",
     "Complete", "heavy", "in_sync", "closed both sides")
item("efc16_consult", "efc16", AFI, "The force should improve its arrangements both to consult "
     "with the public about business planning and to feed back on changes made to service "
     "delivery as a result of such consultation.", "Being progressed", "L", "AMBER", "light",
     "in_sync", "open both sides")
item("efc16_collab", "efc16", AFI, "The force should consider whether there is scope to deliver "
     "better value for money and improved capability and capacity through joint working with "
     "other forces, the public and/or the private sector.", "Awaiting review", "L", "GREEN",
     "heavy", "closeable_submit", "force GREEN with submitted date, HMICFRS awaiting review; "
     "near-twin of the 2014 Austerity collaboration rec (in sync)")
item("leg16_vet", "leg16", AFI, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to "
     "clear both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.", "Being progressed", "L", "RED",
     "heavy", "in_sync", "open both sides (RED)")
item("leg16_misc", "leg16", AFI, "The force should satisfy itself that it has processes in place "
     "to ensure that investigations into misconduct by officers and staff resulting in “no "
     "further action” are fair and free of any form of discrimination.", "Complete", "L",
     "GREEN", "light", "in_sync", "HMICFRS complete, force GREEN: closed/done; near-twin of the "
     "Integrity matters national rec (closeable_submit)")
item("eff16_coc", "eff16", COC, MISSING_COC, "Being progressed", "L", "AMBER", "heavy", "in_sync",
     "open both sides")
item("eff16_rec", "eff16", REC, MISSING_REC, "Being progressed", "L", "AMBER", "heavy", "conflict",
     "type differs: HMICFRS recommendation (with the cause of concern), tracker says AFI",
     ftype="AFI")
item("eff16_dash", "eff16", AFI, "The force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases. In cases where a DASH risk "
     "assessment is not completed the officer should record an assessment on the crime "
     "management system.", "Awaiting review", "C", "Complete", "heavy", "closeable_submit",
     "force closed (Completed tab), HMICFRS awaiting review")
item("eff16_stalk", "eff16", AFI, "The force should make sure investigations of stalking and "
     "harassment are allocated to officers with the right skills and are effectively "
     "supervised.", "Being progressed", "L", "AMBER", "light", "in_sync", "open both sides")
item("eff16_df", "eff16", AFI, "The force should improve its ability to retrieve digital "
     "evidence from mobile phones, computers and other electronic devices quickly enough to "
     "ensure investigations are not delayed.", "Complete", "L", "AMBER", "clean",
     "closeable_local", "HMICFRS complete, force AMBER; force's own abridged wording",
     ftext="Improve DF turnaround - digital evidence from mobile phones / computers taking too "
           "long, investigations delayed (see DF backlog plan)")
item("leg17_conf", "leg17", AFI, "The force should make sure it provides a confidential way for "
     "staff to raise concerns and that staff are aware of whistleblowing processes.",
     "Being progressed", "L", "AMBER", "light", "conflict",
     "report/date differ: HMICFRS PEEL Legitimacy 2017 (Dec 2017), tracker files it under "
     "PEEL Legitimacy 2016 (Dec 2016)", fgroup="leg16")
item("ncpi_det", "ncpi17", REC, NCPI_DETENTION, "Being progressed", "L", "AMBER", "heavy",
     "in_sync", "open both sides")
item("ncpi_cse", "ncpi17", REC, "Within six months the force should improve how it works with "
     "partner organisations to safeguard people at risk from child sexual exploitation.",
     "Complete", "L", "AMBER", "light", "closeable_local", "HMICFRS complete, force AMBER")
item("cdi_vict", "cdi17", REC, CDI_VICTIMS, "Being progressed", "L", "AMBER", "truncated",
     "conflict", "missing bullets: the paste stops at a page break ('Page 17 of 42') after "
     "bullet 3; bullets 4 and 5 are not in the tracker", ftext=CDI_TRUNCATED)
item("cdi_caut", "cdi17", REC, "Within three months, the force should revise its approach to "
     "cautions, cannabis warning and penalty notices for disorder to ensure that there is a "
     "clear and auditable explanation to the offender of the implications of receiving the "
     "warning and that, for victim-based crimes, there is a clear and auditable record that "
     "views of the victim are considered prior to their issue.", "Complete", "C", "Complete",
     "heavy", "in_sync", "closed both sides")
item("cdi_rasso", "cdi17", AFI, "The force should make sure it records reports of rape and "
     "serious sexual offences accurately and without delay.", "Being progressed", "L", "GREEN",
     "light", "closeable_submit", "force GREEN with submitted date, HMICFRS open")
item("efc17_ctrl", "efc17", AFI, "The force should ensure that it has sufficient resources "
     "available in the control room to fulfil its resourcing model, and so to meet its demand, "
     "while also taking into account the wellbeing of its workforce.", "Being progressed", "L",
     "AMBER", "light", "conflict", "reference differs: tracker HMIC ref {fref} (digits "
     "transposed, no such item), HMICFRS ID {hid}; text and report agree", badref=True)
item("efc17_vuln", "efc17", AFI, "The force should improve the timeliness of its response to "
     "calls for service involving vulnerable adults.", "Being progressed", "L", "AMBER", "light",
     "in_sync", "open both sides")
item("leg17_eq", "leg17", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", "Complete",
     "L", "AMBER", "clean", "closeable_local", "HMICFRS complete, force AMBER")
item("eff17_sup", "eff17", AFI, "The force should improve the supervision of investigations, so "
     "that investigation plans are set, reviewed and recorded and victims receive a "
     "consistently good service.", "Being progressed", "L", "AMBER", "clean", "in_sync",
     "open both sides")
item("eff17_vcop", "eff17", AFI, "The force should make sure victims of domestic abuse are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", "Being progressed", "C", "Complete", "light", "closeable_submit",
     "force closed (Completed tab), HMICFRS open")
item("eff17_rui", "eff17", AFI, "The force should improve its understanding of suspects "
     "released under investigation and the management of those released on bail.", "Complete",
     "C", "Complete", "heavy", "in_sync", "closed both sides")
item("p1819_crms", "peel1819", AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Being progressed", "L", "AMBER", "light", "in_sync", "open both sides")
item("p1819_asb", "peel1819", AFI, "The force should develop a problem-solving approach to "
     "anti-social behaviour, working with local communities and partners.", "Being progressed",
     "L", "GREEN", "clean", "closeable_submit", "force GREEN with submitted date, HMICFRS open")
item("p1819_cl", "peel1819", AFI, "The force should make sure its analysis of county lines drug "
     "dealing informs its strategic assessment and control strategy.", "Awaiting review", None,
     None, None, "missing_from_force", "never logged in the tracker")
item("p1819_knife", "peel1819", AFI, "The force should evaluate its work to prevent knife crime "
     "and share what works across the force.", "Awaiting review", None, None, None,
     "missing_from_force", "never logged in the tracker")

# --- the force's own local actions (written here, as an analyst would) -------------------------
LOCAL = [
    ("Internal audit action: audit of the counter-terrorism special branch information-sharing "
     "arrangements with the regional unit (audit plan 2019/20)", "AMBER"),
    ("JAC action: add a missing-from-home repeat-episode measure to the monthly Force "
     "Performance pack", "GREEN"),
    ("Force action - dip-sample 50 domestic abuse crime reports each quarter and report the "
     "findings to the Crime Standards Board", "AMBER"),
    ("Local action: refresh the rural crime problem profile and add it to the control strategy",
     "RED"),
]
for n, (t, rag) in enumerate(LOCAL, 1):
    item(f"local{n}", "local", "Local", t, None, "L", rag, "clean", "not_on_hmicfrs_list",
         "the force's own action, not an HMICFRS item")

# ---------------------------------------------------------------------------------------------
# OCR noise
# ---------------------------------------------------------------------------------------------
LIGS = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ")]


def ligatures(s):
    for a, b in LIGS:
        s = s.replace(a, b)
    return s


def sub_one(rng, s, pattern, repl):
    """Replace one randomly chosen match of pattern; return (s, changed)."""
    ms = list(re.finditer(pattern, s))
    if not ms:
        return s, False
    m = rng.choice(ms)
    new = repl(m) if callable(repl) else m.expand(repl)
    return s[:m.start()] + new + s[m.end():], True


CONFUSIONS = {
    # l -> 1 inside a lower-case word ("po1ice", "vu1nerable")
    "l_1": (r"(?<=[a-z])l(?=[a-z])", "1"),
    # 1 -> l inside a number ("3l", "20l8")
    "digit1": (r"(?<=\d)1|1(?=\d)", "l"),
    # 0 -> O inside a number ("2O15", "3O")
    "digit0": (r"(?<=\d)0|0(?=\d)", "O"),
    # rn -> m ("govemance", "concem", "intemal")
    "rn_m": (r"rn(?=[a-z])", "m"),
    # m -> rn ("rnonitoring", "perforrnance")
    "m_rn": (r"(?<=[a-z])m(?=[aeiou])|\bm(?=[aeiou])", "rn"),
    # I -> l at a word start ("lmmediately", "ln order")
    "I_l": (r"\bI(?=[a-z])", "l"),
    # O -> 0 at a word start ("0ffice")
    "O_0": (r"\bO(?=[a-z])", "0"),
}
KIND_WORDS = {
    "lig": "ligatures", "l_1": "l/1", "digit1": "1/l in a number", "digit0": "0/O in a number",
    "rn_m": "rn/m", "m_rn": "m/rn", "I_l": "I/l", "O_0": "O/0", "dspace": "doubled space",
    "nospace": "dropped space", "hyph": "hyphen break", "wrap": "line breaks",
    "footer": "page footer", "heading": "pasted heading", "bullets": "OCR bullets",
    "footnote": "footnote digits", "quotes": "OCR quotes",
}


VOW = set("aeiouy")


ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gr", "ph", "pl", "pr", "sc", "sh",
          "sp", "st", "th", "tr", "wh"}


def break_points(w):
    """Typesetter-like hyphenation points: the right part starts with the last consonant
    (or a common two-letter onset) of a consonant run between vowels (arrange-ments,
    work-force, dis-trict); never fewer than three letters either side."""
    pts = []
    i = 0
    while i < len(w):
        if w[i] in VOW:
            j = i + 1
            while j < len(w) and w[j] not in VOW:
                j += 1
            if j < len(w) and j - i > 1:  # consonants w[i+1:j] between two vowels
                run = w[i + 1:j]
                if len(run) >= 3 and run[-2:] in ONSETS:
                    p = j - 2
                else:
                    p = j - 1
                if 3 <= p <= len(w) - 4:
                    pts.append(p)
            i = j
        else:
            i += 1
    return pts


def hyphen_inline(rng, s):
    words = [m for m in re.finditer(r"\b[a-z]{9,}\b", s) if break_points(m.group(0))]
    if not words:
        return s, False
    m = rng.choice(words)
    w = m.group(0)
    p = rng.choice(break_points(w))
    return s[:m.start()] + w[:p] + "- " + w[p:] + s[m.end():], True


def wrap_lines(rng, s, width, hyph_p=0.45):
    """Break s into PDF-like lines, hyphenating some long words at a line end."""
    out_lines = []
    for para in s.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - 2
            core = re.match(r"[a-z]+", w)
            if (line and core and len(core.group(0)) >= 8 and room >= 3
                    and rng.random() < hyph_p):
                pts = [p for p in break_points(core.group(0)) if p <= room]
                if pts:
                    p = max(pts)
                    out_lines.append(line + " " + w[:p] + "-")
                    line = w[p:]
                    continue
            if line:
                out_lines.append(line)
            line = w
        out_lines.append(line)
    return out_lines


def footer_text(rng, rep_key):
    total = rng.choice([42, 56, 64, 88, 96, 120, 134])
    page = rng.randint(8, total - 4)
    title = REPORTS[rep_key][0] or ""
    style = rng.random()
    if style < 0.6:
        return f"Page {page} of {total}"
    if style < 0.8 or not title:
        return str(page)
    short = title.split(":")[0] if len(title) > 60 else title
    return f"{page} {short}"


def ocr(rng, text, level, rep_key, typ):
    """Return (noisy text, [kinds])."""
    kinds = []
    s = text
    if level == "clean":
        return s, kinds
    ops = level if isinstance(level, list) else None

    def conf(name):
        nonlocal s
        pat, rep = CONFUSIONS[name]
        s, ok = sub_one(rng, s, pat, rep)
        if ok:
            kinds.append(name)
        return ok

    if ops is not None:  # explicit recipe
        for op in ops:
            if op == "lig":
                t = ligatures(s)
                if t != s:
                    s = t
                    kinds.append("lig")
            elif op == "digit31":
                s = s.replace(" 31 ", " 3l ", 1)
                kinds.append("digit1")
            elif op == "digit2015":
                s = s.replace("2015", "2O15", 1)
                kinds.append("digit0")
            elif op == "modem":
                s = s.replace("modern", "modem", 1)
                kinds.append("rn_m")
            elif op == "quotes":
                s = s.replace("‘", "'").replace("’", "'").replace("“", "\"").replace("”", "\"")
                s = s.replace("'total", "`total").replace("\"no", "\"n0")
                kinds.append("quotes")
            elif op == "footnote23":
                s = s.replace("defence.", "defence.23")
                kinds.append("footnote")
            elif op == "dspace":
                s, _ = sub_one(rng, s, r"(?<=[a-z]) (?=[a-z])", "  ")
                kinds.append("dspace")
            elif op == "nospace":
                s, _ = sub_one(rng, s, r"(?<=[a-z]{3}) (?=[a-z]{3})", "")
                kinds.append("nospace")
            elif op == "wrap":
                lines = wrap_lines(rng, s, rng.randint(78, 92))
                s = "\n".join(lines)
                kinds.append("wrap")
            elif op == "footer":
                lines = s.split("\n")
                k = rng.randint(1, max(1, len(lines) - 1))
                lines.insert(k, footer_text(rng, rep_key))
                s = "\n".join(lines)
                kinds.append("footer")
            elif op in CONFUSIONS:
                conf(op)
            else:
                raise ValueError(op)
        return s, kinds

    if level == "light":
        pool = ["lig", "conf", "conf", "dspace", "nospace", "hyph"]
        chosen = rng.sample(pool, rng.randint(1, 3))
        for op in chosen:
            if op == "lig":
                t = ligatures(s)
                if t != s:
                    s = t
                    kinds.append("lig")
            elif op == "conf":
                for name in rng.sample(sorted(CONFUSIONS), len(CONFUSIONS)):
                    if conf(name):
                        break
            elif op == "dspace":
                s, ok = sub_one(rng, s, r"(?<=[a-z,]) (?=[a-z])", "  ")
                if ok:
                    kinds.append("dspace")
            elif op == "nospace":
                s, ok = sub_one(rng, s, r"(?<=[a-z]{3}) (?=[a-z]{3})", "")
                if ok:
                    kinds.append("nospace")
            elif op == "hyph":
                s, ok = hyphen_inline(rng, s)
                if ok:
                    kinds.append("hyph")
        if not kinds:
            s = s.replace(" ", "  ", 1)
            kinds.append("dspace")
        return s, kinds

    # heavy: a PDF text layer pasted whole
    if rng.random() < 0.35:
        head = {"Area for improvement": "Area for improvement",
                "Cause of concern": "Cause of concern"}.get(typ)
        head = head or rng.choice(["Recommendation", f"Recommendation {rng.randint(1, 9)}"])
        s = head + "\n" + s
        kinds.append("heading")
    lines = wrap_lines(rng, s, rng.randint(74, 95))
    if any(l.endswith("-") for l in lines):
        kinds.append("hyph")
    if len(lines) > 2 and rng.random() < 0.55:
        k = rng.randint(1, len(lines) - 1)
        lines.insert(k, footer_text(rng, rep_key))
        kinds.append("footer")
    keep_breaks = rng.random() < 0.7
    if keep_breaks:
        s = "\n".join(lines)
        kinds.append("wrap")
    else:  # someone joined the lines up: "vulner- able"
        s = " ".join(lines)
    if rng.random() < 0.8:
        t = ligatures(s)
        if t != s:
            s = t
            kinds.append("lig")
    if "•" in s:
        s = s.replace("• ", rng.choice(["e ", "« ", "* ", "· "]))
        kinds.append("bullets")
    for name in rng.sample(sorted(CONFUSIONS), rng.randint(1, 3)):
        conf(name)
    if rng.random() < 0.5:
        s, ok = sub_one(rng, s, r"(?<=[a-z]{3}) (?=[a-z]{3})", "")
        if ok:
            kinds.append("nospace")
    if rng.random() < 0.4:
        s, ok = sub_one(rng, s, r"(?<=[a-z,]) (?=[a-z])", "  ")
        if ok:
            kinds.append("dspace")
    return s, kinds


# ---------------------------------------------------------------------------------------------
# Furniture
# ---------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]
AMBER_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; policy rewrite in draft. Next update to Organisational "
    "Learning Board.",
    "Owner changed following restructure - update requested from new lead.",
    "Action plan agreed. Training package being designed with L&D, target completion {m}.",
    "Partially delivered. Dip-sample planned to evidence compliance before submitting for "
    "closure.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Allocated. Progress sent to the OPCC to inform the 56-day response.",
    "No update received this quarter - chased {m}.",
]
RED_NOTES = ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Beyond deadline - resourcing issue escalated to DCC {m}."]
GREEN_NOTES = ["Completed. Evidence submitted to HMICFRS for closure.",
               "Complete - evidence pack sent to HMICFRS liaison lead.",
               "Ready to move to GREEN status. Submitted for closure, awaiting HMICFRS."]
DONE_NOTES_OPEN = ["Closure agreed at COG {d1}. Evidence submitted to HMICFRS {d2}.",
                   "Closed by force - audit of 50 records showed compliance. Sent to HMICFRS "
                   "{d2}, no response yet."]
DONE_NOTES_CLOSED = ["Closure agreed at COG {d1}. HMICFRS confirmed complete {d2}.",
                     "Complete. Evidence: revised policy, briefing and training records. "
                     "Closed on HMICFRS register {d2}.",
                     "Closure agreed at COG {d1}."]
RAG_FILL = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
            "GREY": "BFBFBF", "Complete": "C6EFCE"}
HM_COMMENT = {
    "Awaiting review": ["New recommendation",
                        "The status of this recommendation is currently being reviewed by "
                        "HMICFRS and will be updated when this review is complete."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated."],
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered "
                 "by members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMICFRS's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
}
LIST_DATE = D(2021, 6, 7)
TRACKER_UPDATED = D(2021, 2, 19)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, min(d.day, 28))


def rand_date(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def due_value(rng, it):
    pub = REPORTS[it["rep"]][1]
    t = it.get("ftext", it["text"])  # the force's own text drives its due date
    if it["rep"] == "local":
        return rng.choice(["Mar-20", "Q4 2020/21", D(2020, 9, 30)])
    m = re.search(r"\b(?:By|Not later than) (\d{1,2} )?([A-Z][a-z]+) (\d{4})", t)
    if m:
        mon = dt.datetime.strptime(m.group(2), "%B").month
        d = D(int(m.group(3)), mon, int(m.group(1)) if m.group(1) else 28)
        return rng.choice([d, d.strftime("%b-%y"), d.strftime("%B %Y")])
    for word, n in (("three months", 3), ("six months", 6), ("twelve months", 12)):
        if word in t.lower():
            d = add_months(pub, n)
            return rng.choice([d, f"{n} months ({d.strftime('%b %Y')})", d.strftime("%b-%y")])
    if t.startswith("Immediately") or "immediately" in t[:120]:
        return "Immediate"
    return rng.choice(["No deadline set by HMICFRS",
                       "No deadline set by HMICFRS. " + add_months(pub, 12).strftime("%B %Y")
                       + " set to align with the next inspection.",
                       add_months(pub, 12)])


README = """# Case `ocr_noise_texts` (round 40)

An **older force tracker** whose recommendation texts were pasted from scanned report PDFs run
through OCR, against a **clean HMICFRS definitive list**. Force: Gloucestershire Constabulary
(fictional state, real public HMICFRS texts). Seed `{seed}`; rebuild byte for byte with
`/work/main/.venv/bin/python build_ocr_noise_texts.py` (fixed zip timestamps and document
dates). `check_ocr_noise_texts.py` re-checks the row ids and coverage.

## Files

### `hmicfrs.xlsx` - sheet `Definitive list` (the clean side)
Header in row 1, one item per row from row 2 ({n_hm} items, rows 2-{last_hm}). Columns: `ID`
(plain register integer, no prefix), `Force` (`Gloucestershire Constabulary` or `All forces`),
`Report title`, `Publication date` (date), `Type` (`Recommendation`, `Area for improvement`,
`Cause of concern`, `National recommendation`), `Recommendation text` (verbatim, bullets as
`\\n• `), `Status` (`Awaiting review`, `Being progressed` = open; `Complete`, `Superseded` =
closed), `Status date`, `Latest comment` (register comment texts). Scope, as the builder
decided it: items open on or after 1 April 2017, so older items HMICFRS closed earlier are
not on it. Sorted by publication date, then ID.

### `tracker.xlsx` - the force's side, three sheets
* `Live tracker`: rows 1-3 title block (force, tracker title, "Last updated: 19/02/2021 ...
  text copied from the published reports (PDF)"), row 4 blank, **header in row 5**: `No.` |
  `Type` | `Recommendation / AFI (text as per report)` | `HMIC ref` | `Owner` | `Due date` |
  `RAG` | `Progress update` | `Submitted for closure` | `Comments`. Items are grouped under
  **report-title rows merged across A:J** (grey fill, e.g. "PEEL Effectiveness 2016 -
  published March 2017"); the report and its date come only from that group row. One
  stray blank row (row {blank_row}). After the items: blank row, `RAG key` and five legend rows
  (`GREEN`/`AMBER`/`RED`/`WHITE`/`GREY` in column A, meaning merged across B:F), blank, and a
  note row. RAG is text plus a matching cell fill; a drop-down (data validation) on column G
  points at `Lists`. `HMIC ref` is filled for most items from reports published from March
  2017 on and blank for older ones. `Due date` mixes real dates and free text ("Nov-16",
  "6 months (Feb 2018)", "No deadline set by HMICFRS. ... set to align with the next
  inspection.", "Immediate"). `No.` is the tracker's running number (gaps: the rest are on
  `Completed`), `43a`-`43d` for a split item, `L1`-`L4` for local actions; it is not an
  HMICFRS reference.
* `Completed`: title row 1, blank row 2, **header in row 3**: `No.` | `Report` (the
  tracker's short names, e.g. "PEEL Eff 16", "Stop & Search 2013") | `Type` |
  `Recommendation / AFI` | `HMIC ref` | `Owner` | `Status` (`Complete` or `Closed`) |
  `Closure evidence` | `Date closed`. Rows moved here when the force closed them; sorted by
  date closed, so `No.` is out of order. Every row here is force **done**.
* `Lists`: drop-down values (RAG words, type words, owners). No items.

Force status: GREEN, WHITE (not the force's to deliver, per the legend), GREY (superseded,
per the legend) and every `Completed` row = done; AMBER, RED = open. Force type words: `Rec`,
`Nat rec` (= recommendation / national recommendation), `AFI`, `CoC`, `Local`.

Rows that are not items (title block, headers, report-title group rows, blank rows, legend,
note, the whole `Lists` sheet) are not in `truth.csv`.

## The OCR noise (the point of this case)
{n_noisy} of the {n_force} force item rows carry OCR noise, {n_clean} are clean (typed by hand,
copied from the HTML version, or the force's own wording). Kinds, all applied without changing
what the text asks:
* ligatures `ﬁ ﬂ ﬀ ﬃ` (U+FB00-FB04) throughout a cell;
* end-of-line hyphenation: with the line breaks kept (`arrange-\\nments`) or joined up by
  someone (`vulne- rable`, `con- stables`, `safe- guard`);
* the PDF's line breaks kept mid-sentence (`\\n` every 75-95 characters);
* letter/digit confusions: `l`->`1` (`po1ice`, `shou1d`), `1`->`l` and `0`->`O` inside numbers
  (`3l March 2O15`, `1O%`, `Page l7 of 64`), `rn`<->`m` (`govemance`, `concem`, `modem
  slavery`, `dernand`, `rnake`, `perforrnance`), `I`->`l` (`lmmediately`, `ln particular`),
  `O`->`0` (`0ffice`), OCR quotes (`` `total expired' ``, `"n0 further action"`);
* dropped spaces (`theforce`, `officersand`) and doubled spaces;
* page-footer fragments pasted into the text: `Page 23 of 42`, a lone page number (`69`,
  `19`), or page number plus running header (`90 PEEL: Police legitimacy 2016`), on their own
  line or inline;
* PDF footnote markers run into the text: `another force; and 20` (real, in the source PDF),
  `intelligence 86` (real), `section 45 defence.23`;
* bullet glyphs read as `e `, `« `, `* `, `· `; a section heading pasted in front
  (`Recommendation`, `Recommendation 4`, `Area for improvement`, `Cause of concern`).

None of these is a difference: truth treats every OCR-only difference as the same text.

## Traps and how the truth decides them
1. **OCR digits in deadlines are not date changes**: Core Business "Not later than `3l` March
   `2O15`" ({hmr[core_thr]} / {row[core_thr]}, in_sync) and Integrity matters "By `3l` August
   `2O15`" ({hmr[integrity]} / {row[integrity]}, closeable_submit).
2. **A real deadline change next to OCR noise** -> conflict: Building the Picture, HMICFRS "By
   30 November 2015", tracker "By 30 November 2016" with a clean digit (its own due date says
   Nov-16); the same row also has OCR `govemance` ({hmr[picture]} / {row[picture]}).
3. **Paste stopped at a page break** -> conflict (missing bullets): CDI 2017 victims
   recommendation; the tracker text ends after bullet 3 with `Page 17 of 42`; bullets 4 and 5
   are not in the tracker ({hmr[cdi_vict]} / {row[cdi_vict]}).
4. **Type** -> conflict: the PEEL Effectiveness 2016 recommendation that goes with the cause of
   concern ("To address this cause of concern, HMIC recommends...") is typed `AFI` in the
   tracker ({hmr[eff16_rec]} / {row[eff16_rec]}; HMIC ref agrees).
5. **Report filed under the wrong group** -> conflict: PEEL Legitimacy 2017 AFI (whistleblowing)
   sits under the "PEEL Legitimacy 2016 - published December 2016" group ({hmr[leg17_conf]} /
   {row[leg17_conf]}).
6. **Mis-keyed reference** -> conflict: control-room AFI, tracker HMIC ref `{bad_ref}`, HMICFRS ID
   `{good_ref}` (last two digits swapped; `{bad_ref}` is no item); text and report agree
   ({hmr[efc17_ctrl]} / {row[efc17_ctrl]}).
7. **Split row per bullet**: Stolen Freedom leadership recommendation (4 bullets) is on four
   rows `43a`-`43d` ({row[sf_lead]}), each its own truth line with {hmr[sf_lead]},
   all in_sync (open both sides). The first row carries the stem and bullet 1.
8. **Near-twin texts, different categories** (decide by report group and wording):
   * Stop and search 2013 ("elected local policing bodies", closeable_local, {row[sas13_scr]})
     vs Stop and search 2 2015 ("police and crime commissioners", in_sync, {row[sas15]});
   * Policing in Austerity collaboration rec (in_sync, {row[aust_collab]}) vs PEEL Efficiency 2016
     AFI "consider whether there is scope to deliver better value for money..."
     (closeable_submit, {row[efc16_collab]});
   * Integrity matters national rec on misconduct "no further action" (closeable_submit,
     {row[integrity]}) vs PEEL Legitimacy 2016 AFI with the same ask (in_sync, {row[leg16_misc]});
   * "improve its understanding of the nature and scale of X in its area": CSE 2015 (in_sync,
     {row[eff15_cse]}) vs hate crime 2014 (not on the list, {row[eff14_hate]}); "improve how it works
     with partner organisations to safeguard people at risk from X": CSE, NCPI 2017
     (closeable_local, {row[ncpi_cse]}) vs domestic abuse, PEEL 2014 (not on the list,
     {row[eff14_da]}).
9. **Two sheets**: the `Completed` tab holds {n_done} items; those HMICFRS still has open are
   closeable_submit ({done_submit}), the rest in_sync or not on the list.
10. **WHITE** (not the force's to deliver, legend row {legend_white}) on Austerity "<10% savings through
    collaboration", HMICFRS Being progressed -> closeable_submit ({row[aust_10pc]}).
    **GREY** (superseded) on PEEL Effectiveness 2015 DA AFI, HMICFRS Superseded -> in_sync
    ({row[eff15_da]}).
11. **GREEN still on the live sheet** while HMICFRS already closed it -> in_sync
    ({row[eff15_soc]}, {row[leg16_misc]}, {row[msht_s45]}); GREEN with a `Submitted for closure` date and HMICFRS open ->
    closeable_submit.
12. **Force's own abridged wording**: "Improve DF turnaround - digital evidence from mobile
    phones / computers taking too long, investigations delayed" is the PEEL Effectiveness
    2016 digital evidence AFI (closeable_local, {row[eff16_df]}; HMIC ref agrees).
13. **Not on the HMICFRS list**: two PEEL Effectiveness 2014 AFIs and the 2013 stop and search
    APP rec (outside the list's scope; {row[eff14_da]}, {row[eff14_hate]}, {row[sas13_app]}) and four
    local actions `L1`-`L4` under their own group ({row[locals]}).
14. **Missing from the force**: Core Business crime-prevention rec, Stolen Freedom
    preventative-powers rec, two PEEL 2018/19 AFIs, and two of the four 2021 police-powers
    items (the tracker holds the other two, typed clean from the web page).
15. Furniture that is not items: title block, merged report-title rows, a blank row inside the
    items (row {blank_row}), the RAG legend with colour words in column A, the note row, the `Lists`
    sheet.

## Counts
HMICFRS items: {n_hm}. Force item rows: {n_force} ({n_live} on `Live tracker`, {n_done} on
`Completed`). truth.csv lines: {n_truth}.

| category | lines |
| --- | --- |
{count_rows}

About a third of the matched items are closed on one side only ({n_one_side} of {n_matched}).
"""


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def fixed_zip(data: bytes) -> bytes:
    """Re-pack an xlsx with fixed timestamps and fixed document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2021-06-07T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 6, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def save(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def main():
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # ---- HMICFRS ids, statuses ------------------------------------------------------------
    hm_items = [it for it in I if it["hm"]]
    order = sorted(REPORTS, key=lambda k: (REPORTS[k][1] or D(2100, 1, 1)))
    next_id = 355
    for rk in order:
        next_id += rng.randint(150, 560)
        for it in hm_items:
            if it["rep"] == rk:
                it["hid"] = next_id
                next_id += rng.randint(1, 9)
    ids = {it["hid"] for it in hm_items}
    for it in hm_items:
        pub = REPORTS[it["rep"]][1]
        st = it["hm_status"]
        if st in ("Complete", "Superseded"):
            lo = max(add_months(pub, 9), D(2017, 4, 3))
            # closed on both sides: HMICFRS closed it before the tracker's last update
            hi = D(2021, 1, 29) if it["rag"] in ("Complete", "GREEN", "GREY") else D(2021, 5, 28)
            it["hm_date"] = rand_date(rng, lo, hi)
        elif st == "Awaiting review" and it["rep"] == "powers":
            it["hm_date"] = D(2021, 3, 1)
        else:
            it["hm_date"] = rand_date(rng, max(add_months(pub, 3), D(2019, 1, 7)),
                                      D(2021, 5, 28))
        it["hm_comment"] = rng.choice(HM_COMMENT[st])
        if st == "Awaiting review" and it["rep"] == "powers":
            it["hm_comment"] = "New recommendation"

    # ---- force texts ------------------------------------------------------------------------
    force_rows = []  # dicts: item, sheet, text, kinds, sub
    for it in I:
        if it["place"] is None:
            continue
        base = it.get("ftext", it["text"])
        if it["noise"] == "split":
            parts = [SF_STEM + "\n• " + SF_BULLETS[0]] + ["• " + b for b in SF_BULLETS[1:]]
            recipes = [["wrap", "lig"], ["modem", "I_l"], ["dspace", "lig"], ["m_rn"]]
            for k, (p, rec) in enumerate(zip(parts, recipes)):
                t, kinds = ocr(rng, p, rec, it["rep"], it["typ"])
                t = t.replace("• ", "e ")
                kinds.append("bullets")
                force_rows.append(dict(it=it, text=t, kinds=kinds, sub="abcd"[k]))
            continue
        if it["noise"] == "truncated":
            t, kinds = ocr(rng, base, ["wrap", "lig", "l_1"], it["rep"], it["typ"])
            t = t.replace("• ", "« ") + "\nPage 17 of 42"
            kinds += ["bullets", "footer"]
            force_rows.append(dict(it=it, text=t, kinds=kinds, sub=""))
            continue
        t, kinds = ocr(rng, base, it["noise"], it["rep"], it["typ"])
        force_rows.append(dict(it=it, text=t, kinds=kinds, sub=""))

    # numbering: chronological across both sheets (tracker's running number)
    def fkey(fr):
        it = fr["it"]
        g = it.get("fgroup", it["rep"])
        return (REPORTS[g][1] or D(2100, 1, 1), I.index(it), fr["sub"])

    force_rows.sort(key=fkey)
    n = 0
    last = None
    for fr in force_rows:
        it = fr["it"]
        if it["rep"] == "local":
            continue
        if it is not last:
            n += 1
            last = it
        fr["no"] = f"{n}{fr['sub']}" if fr["sub"] else n
    for k, fr in enumerate([f for f in force_rows if f["it"]["rep"] == "local"], 1):
        fr["no"] = f"L{k}"

    # owners, refs, dates, notes
    for fr in force_rows:
        it = fr["it"]
        if "owner" not in it:
            it["owner"] = rng.choice(LEADS) if rng.random() > 0.06 else None
            pub = REPORTS[it.get("fgroup", it["rep"])][1] or D(2019, 6, 1)
            it["due"] = due_value(rng, it)
            ref = None
            if it["hm"] and pub >= D(2017, 3, 1) and rng.random() < 0.8:
                ref = it["hid"]
            if it.get("badref"):
                s = str(it["hid"])
                bad = int(s[:-2] + s[-1] + s[-2])
                assert bad not in ids and s[-1] != s[-2], s
                ref = bad
                it["why"] = it["why"].format(fref=bad, hid=it["hid"])
            it["fref"] = ref
            m = rand_date(rng, D(2020, 3, 1), D(2021, 6, 1)).strftime("%B %Y")
            if it["rag"] == "AMBER":
                it["note"] = rng.choice(AMBER_NOTES).format(m=m)
            elif it["rag"] == "RED":
                it["note"] = rng.choice(RED_NOTES).format(m=m)
            elif it["rag"] == "GREEN" and not it["hm"]:
                it["note"] = "Complete - measure in the pack from the December 2020 edition."
            elif it["rag"] == "GREEN":
                it["note"] = rng.choice(GREEN_NOTES)
                lo = max(add_months(pub, 4), D(2018, 1, 8))
                it["submitted"] = rand_date(rng, lo, D(2021, 1, 29))
            elif it["rag"] == "WHITE":
                it["note"] = ("N/A - over 10% of savings delivered through the tri-force "
                              "collaboration. Not for this force to deliver; rationale to "
                              "HMICFRS.")
            elif it["rag"] == "GREY":
                it["note"] = ("Superseded by the PEEL Effectiveness 2016 domestic abuse work - "
                              "HMICFRS to confirm.")
            elif it["rag"] == "Complete":
                d1 = rand_date(rng, add_months(pub, 5), D(2020, 12, 10))
                d2 = rand_date(rng, d1, min(add_months(d1, 4), D(2021, 1, 29)))
                if it["hm"] and it["hm_status"] in ("Complete", "Superseded"):
                    d2 = it["hm_date"]
                    d1 = rand_date(rng, min(add_months(pub, 5), d2), d2)
                    pool = DONE_NOTES_CLOSED
                elif it["hm"]:
                    pool = DONE_NOTES_OPEN
                elif it["key"] == "sas13_app":
                    pool = ["Closure agreed at COG {d1}. Already shown as complete on the "
                            "HMICFRS register (2016)."]
                else:
                    pool = ["Closure agreed at COG {d1}.",
                            "Complete - signed off by chief officer lead {d1}."]
                it["note"] = rng.choice(pool).format(d1=d1.strftime("%d/%m/%Y"),
                                                      d2=d2.strftime("%d/%m/%Y"))
                it["closed"] = d1

    # HMICFRS closed an item the force had submitted only after the submission
    for it in hm_items:
        if it.get("submitted") and it["hm_status"] in ("Complete", "Superseded"):
            it["hm_date"] = max(it["hm_date"], it["submitted"] + dt.timedelta(days=rng.randint(20, 90)))

    # ---- HMICFRS workbook (clean) ---------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    head = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation text",
            "Status", "Status date", "Latest comment"]
    ws.append(head)
    hm_sorted = sorted(hm_items, key=lambda it: (REPORTS[it["rep"]][1], it["hid"]))
    for r, it in enumerate(hm_sorted, start=2):
        title, pub, is_force, _ = REPORTS[it["rep"]]
        ws.append([it["hid"], FORCE if is_force else "All forces", title, pub, it["typ"],
                   it["text"], it["hm_status"], it["hm_date"], it["hm_comment"]])
        it["hm_row"] = f"{HM_SHEET}!{r}"
        for c in (4, 8):
            ws.cell(r, c).number_format = "dd/mm/yyyy"
        for c in range(1, 10):
            ws.cell(r, c).alignment = wrap
    for c in range(1, 10):
        ws.cell(1, c).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (8, 26, 48, 13, 22, 90, 16, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{len(hm_sorted) + 1}"
    save(wb, CASE / "hmicfrs.xlsx")

    # ---- tracker workbook -------------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = LIVE
    ws["A1"] = FORCE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMIC / HMICFRS Recommendations and Areas for Improvement - Force Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = (f"Maintained by Organisational Learning, Corporate Development. Last updated: "
                f"{TRACKER_UPDATED.strftime('%d/%m/%Y')}. Recommendation text copied from the "
                "published reports (PDF).")
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Type", "Recommendation / AFI (text as per report)", "HMIC ref", "Owner",
           "Due date", "RAG", "Progress update", "Submitted for closure", "Comments"]
    HR = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = box
    r = HR + 1
    live = [fr for fr in force_rows if fr["it"]["place"] == "L"]
    groups = []
    for fr in live:
        g = fr["it"].get("fgroup", fr["it"]["rep"])
        if not groups or groups[-1][0] != g:
            groups.append((g, []))
        groups[-1][1].append(fr)
    type_word = {NAT: "Nat rec", REC: "Rec", AFI: "AFI", COC: "CoC", "Local": "Local"}
    comments = {"eff16_rec": "Text from PDF", "cdi_vict": "Check wording v report",
                "sf_lead": "Split by bullet for ownership", "digital": "See Digital strategy",
                "efc17_ctrl": "Linked to Contact Centre review"}
    blank_after = {"firearms"}
    for g, frs in groups:
        title = REPORTS[g][3]
        ws.cell(r, 1, title).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for fr in frs:
            it = fr["it"]
            vals = [fr["no"], it.get("ftype", type_word[it["typ"]]), fr["text"], it["fref"],
                    it["owner"], it["due"], it["rag"], it["note"], it.get("submitted"),
                    comments.get(it["key"]) if fr["sub"] in ("", "a") else None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
                cell.border = box
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=RAG_FILL[it["rag"]])
            fr["row"] = f"{LIVE}!{r}"
            last_item_row = r
            r += 1
        if g in blank_after:
            blank_row = r
            r += 1  # a stray empty row, as trackers have
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    legend = [
        ("GREEN", "The recommendation is implemented"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("WHITE", "Not Gloucestershire Constabulary responsibility to deliver or is dependent "
                  "upon another organisation"),
        ("GREY", "Superseded by a later recommendation or inspection"),
    ]
    for word, desc in legend:
        if word == "WHITE":
            legend_white = r
        ws.cell(r, 1, word).fill = PatternFill("solid", fgColor=RAG_FILL[word])
        ws.cell(r, 2, desc)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    ws.cell(r + 1, 1, "Rows are moved to the 'Completed' tab once closure is agreed at Chief "
                      "Officer Group (COG).").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (6, 9, 80, 9, 24, 16, 9, 48, 13, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"D{HR + 1}"
    dv = DataValidation(type="list", formula1=f"='{LISTS}'!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G{HR + 1}:G{last_item_row}")

    # Completed sheet
    wc = wb.create_sheet(DONE)
    wc["A1"] = "Completed / closed recommendations (moved from the live tracker)"
    wc["A1"].font = Font(bold=True, size=12)
    chdr = ["No.", "Report", "Type", "Recommendation / AFI", "HMIC ref", "Owner", "Status",
            "Closure evidence", "Date closed"]
    for c, h in enumerate(chdr, 1):
        cell = wc.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = box
    done = [fr for fr in force_rows if fr["it"]["place"] == "C"]
    done.sort(key=lambda fr: (fr["it"]["closed"], str(fr["no"])))
    for k, fr in enumerate(done, start=4):
        it = fr["it"]
        status = "Closed" if rng.random() < 0.25 else "Complete"
        vals = [fr["no"], SHORT[it["rep"]], type_word[it["typ"]], fr["text"], it["fref"],
                it["owner"], status, it["note"], it["closed"]]
        for c, v in enumerate(vals, 1):
            cell = wc.cell(k, c, v)
            cell.alignment = wrap
            cell.border = box
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        fr["row"] = f"{DONE}!{k}"
    for col, w in zip("ABCDEFGHI", (6, 22, 8, 80, 9, 24, 10, 48, 12)):
        wc.column_dimensions[col].width = w
    wc.freeze_panes = "A4"

    # Lists sheet (drop-down values)
    wl = wb.create_sheet(LISTS)
    cols = [["RAG", "GREEN", "AMBER", "RED", "WHITE", "GREY"],
            ["Type", "Rec", "Nat rec", "AFI", "CoC", "Local"],
            ["Owner"] + LEADS]
    for c, col in enumerate(cols, 1):
        for k, v in enumerate(col, 1):
            wl.cell(k, c, v).font = Font(bold=(k == 1))
    save(wb, CASE / "tracker.xlsx")

    # ---- truth ----------------------------------------------------------------------------
    def row_key(s):
        sheet, n_ = s.rsplit("!", 1)
        return (sheet, int(n_))

    lines = []
    by_item = {}
    for fr in force_rows:
        by_item.setdefault(fr["it"]["key"], []).append(fr)
    for it in sorted(hm_items, key=lambda it: row_key(it["hm_row"])):
        frs = by_item.get(it["key"], [])
        if not frs:
            lines.append((it["hm_row"], "", it["cat"], it["why"]))
        for fr in frs:
            why = it["why"]
            if fr["sub"]:
                why += f" (bullet row {fr['sub']})"
            if fr["kinds"]:
                why += "; OCR: " + ", ".join(dict.fromkeys(KIND_WORDS[k] for k in fr["kinds"]))
            lines.append((it["hm_row"], fr["row"], it["cat"], why))
    for fr in sorted([f for f in force_rows if not f["it"]["hm"]], key=lambda f: row_key(f["row"])):
        why = fr["it"]["why"]
        if fr["kinds"]:
            why += "; OCR: " + ", ".join(dict.fromkeys(KIND_WORDS[k] for k in fr["kinds"]))
        lines.append(("", fr["row"], fr["it"]["cat"], why))
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    from collections import Counter
    cnt = Counter(l[2] for l in lines)
    order_c = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
               "not_on_hmicfrs_list", "in_sync"]
    bad = next(it for it in I if it.get("badref"))
    matched = [it for it in hm_items if it["place"]]
    one_side = [it for it in matched if it["cat"] in ("closeable_submit", "closeable_local")]
    n_clean = sum(1 for fr in force_rows if not fr["kinds"])
    rowmap = {}
    for fr in force_rows:
        rowmap.setdefault(fr["it"]["key"], []).append(fr["row"])
    row = {k: (v[0] if len(v) == 1 else f"{v[0]} to {v[-1]}") for k, v in rowmap.items()}
    locs = [fr["row"] for fr in force_rows if fr["it"]["rep"] == "local"]
    row["locals"] = f"{locs[0]} to {locs[-1]}"
    hmr = {it["key"]: it["hm_row"] for it in hm_items}
    done_submit = ", ".join(sorted((fr["row"] for fr in force_rows if fr["it"]["place"] == "C"
                                    and fr["it"]["cat"] == "closeable_submit"),
                                   key=lambda x: int(x.rsplit("!", 1)[1])))
    (CASE / "README.md").write_text(README.format(
        row=row, hmr=hmr, done_submit=done_submit, blank_row=blank_row,
        legend_white=legend_white,
        seed=SEED, n_hm=len(hm_items), last_hm=len(hm_items) + 1, n_force=len(force_rows),
        n_live=sum(1 for fr in force_rows if fr["it"]["place"] == "L"),
        n_done=sum(1 for fr in force_rows if fr["it"]["place"] == "C"),
        n_truth=len(lines), n_noisy=len(force_rows) - n_clean, n_clean=n_clean,
        bad_ref=bad["fref"], good_ref=bad["hid"], n_one_side=len(one_side),
        n_matched=len(matched),
        count_rows="\n".join(f"| {c} | {cnt[c]} |" for c in order_c)), encoding="utf-8")
    return lines


if __name__ == "__main__":
    out = main()
    from collections import Counter
    print(len(out), Counter(l[2] for l in out))
