"""Build the 'closure_evidence_workflow' evaluation case (round 58, forcefree15).

Force side: an Organisational Learning closure-submission tracker. Each row carries the force's
own status plus the closure workflow columns (evidence pack, date submitted to HMICFRS, HMICFRS
decision on that submission). HMICFRS side: an ordinary definitive-list export.

Run with /work/main/.venv/bin/python; rebuilds the case byte for byte (seed 5815).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 5815
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "closure_evidence_workflow")
FIXED = dt.datetime(2024, 9, 2, 9, 0, 0)

D = dt.datetime

# ---------------------------------------------------------------- reports (HMICFRS side)
REPORTS = {
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                 "Staffordshire Police", D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", D(2019, 9, 17)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022 – "
                  "Staffordshire Police", D(2022, 8, 9)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – "
                 "Staffordshire Police", D(2022, 5, 20)),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – "
                 "Staffordshire Police", D(2024, 4, 12)),
}
# the tracker's own report names and how its Published cell was typed
FREPORT = {
    "firearms": ("Firearms licensing 2015", D(2015, 9, 15)),
    "stolen": ("Stolen Freedom (MSHT) 2017", D(2017, 10, 24)),
    "efc17": ("PEEL Efficiency 17 (all forces)", "Nov-17"),
    "leg17": ("PEEL Legit 17 S&S", D(2017, 12, 12)),
    "peel1819": ("PEEL 2018/19", "May 2019"),
    "cdi19": ("CDI 2019", D(2019, 9, 17)),
    "powers": ("Police powers spotlight (Feb 21)", D(2021, 2, 26)),
    "custody22": ("Custody inspection 2022", D(2022, 8, 9)),
    "peel2122": ("PEEL 21-22", D(2022, 5, 20)),
    "peel2325": ("PEEL 2023-25", D(2024, 4, 12)),
    "core": ("Core business 2014", D(2014, 9, 4)),
    "integrity": ("Integrity Matters 2015", "Jan 2015"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- texts (real, OGL)
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
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
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
BWV_PARTS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "\n".join(BWV_PARTS)
CDI_STEM = "Immediately, the force should put in place arrangements to ensure that:"
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
CUSTODY_CHILDREN = (
    "In conjunction with children’s social care services, the force should review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "DCC", "Supt Firearms Licensing"]


def abbreviate(t: str) -> str:
    for a, b in [("modern slavery and human trafficking", "MSHT"), ("domestic abuse", "DA"),
                 ("stop and search", "S&S"), ("body-worn video", "BWV"),
                 ("violence against women and girls", "VAWG"),
                 ("officers and staff", "officers & staff")]:
        t = t.replace(a, b)
    return t


# ---------------------------------------------------------------- the items
# Each HMICFRS item: ref, report key, type, text, HMICFRS status, status date,
# force rows (list; empty = not in tracker), category, why.
# Force row: dict(ol, ref, rep, pub, type, text, lead, status, ev, sub, dec, notes)
ITEMS: list[dict] = []


def item(ref, rep, typ, text, hst, hdate, frows, cat, why):
    ITEMS.append(dict(ref=ref, rep=rep, type=typ, text=text, hst=hst, hdate=hdate,
                      frows=frows, cat=cat, why=why))


def fr(ol, ref, rep, ftype, text, status, ev="", sub="", dec="", notes="", lead=None,
       pub=None, frep=None):
    name, fpub = FREPORT[rep]
    return dict(ol=ol, ref=ref, rep=frep or name, pub=fpub if pub is None else pub,
                type=ftype, text=text, lead=lead or rng.choice(LEADS), status=status, ev=ev,
                sub=sub, dec=dec, notes=notes)


BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

# --- Targeting the risk (firearms licensing) 2015
FA = [
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in Authorised "
    "Professional Practice. Chief constables of forces where the governance standards are not "
    "being complied with should put in place immediately the correct arrangements and "
    "procedures in order to meet the standards in full.",
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.",
    "Immediately, all chief constables should satisfy themselves that all appropriate action "
    "is being taken by their force with regard to ‘total expired’ licensing records.",
    "Within three months, all chief constables should ensure that their arrangements in "
    "respect of the use of temporary permits are in accordance with the Home Office guidance; "
    "that temporary permits are properly recorded without delay on the National Firearms "
    "Licensing Management System; and that effective systems exist to ensure certificate "
    "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "Within three months, all chief constables should ensure that systems designed to "
    "identify, prior to police attendance, whether a reported incident involves or is at the "
    "address of a firearm certificate holder are in place and are always applied by staff "
    "dispatching officers to incidents; and that officers understand the risk assessment "
    "which they should be undertaking in such circumstances, and their power, when "
    "appropriate, to seize firearms and firearm certificates.",
]
item(7401, "firearms", NAT, FA[0], CO, D(2017, 3, 14),
     [fr("OL-15-011", 7401, "firearms", "National rec", FA[0], "Closed", "Submitted",
         D(2016, 11, 2), "Accepted 14/03/2017", "Governance review to FLMS board Oct 16.",
         lead="Supt Firearms Licensing")],
     "in_sync", "closed both: HMICFRS Complete; tracker Closed with HMICFRS decision Accepted")
item(7402, "firearms", NAT, FA[1], BP, D(2023, 6, 1),
     [fr("OL-15-012", 7402, "firearms", "National rec", FA[1], "Open - off track",
         "Not started", "", "", "Demand model refresh delayed; renewals peak 2025. RED on "
         "risk register.", lead="Supt Firearms Licensing")],
     "in_sync", "open both: HMICFRS Being progressed; tracker 'Open - off track'")
item(7403, "firearms", NAT, FA[2], BP, D(2021, 2, 9), [],
     "missing_from_force", "HMICFRS item 7403 ('total expired' records) has no tracker row")
item(7404, "firearms", NAT, FA[3], BP, D(2019, 8, 20),
     [fr("OL-15-014", 7404, "firearms", "National rec", abbreviate(FA[3]), "Complete",
         "Signed off (ACC)", "tbc", "", "Evidence pack signed off by ACC 09/08/24; to go up "
         "with the next portal submission.", lead="Supt Firearms Licensing")],
     "closeable_submit", "HMICFRS Being progressed; tracker Complete (pack signed off, "
                         "Submitted = tbc): force done, not yet submitted")
item(7405, "firearms", NAT, FA[4], CO, D(2018, 1, 22),
     [fr("OL-15-015", 7405, "firearms", "National rec", FA[4], "In progress", "In draft", "",
         "", "STORM flag for certificate holders being re-tested with IT.",
         lead="Supt Contact Centre")],
     "closeable_local", "HMICFRS Complete; tracker still 'In progress'")

# --- old items in the tracker only (closed by HMICFRS long ago, off the list)
OLD_ROWS = [
    (fr("OL-14-003", 4822, "core", "National rec",
        "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
        "have not yet done so, should provide call-handlers with specific, sound and "
        "comprehensible criteria against which they can assess threat, harm and risk.",
        "Closed", "Submitted", D(2018, 10, 1), "Accepted 12/01/2019",
        "THRIVE+ criteria in place. Closed on register.", lead="Supt Contact Centre"),
     "not on the HMICFRS list (Core Business 2014, ref 4822, closed 2019); near-identical wording "
     "to CDI 2019 ref 9703 but different report, ref and date"),
    (fr("OL-15-002", 902, "integrity", "Rec",
        "By 31 August 2015, all chief constables should satisfy themselves that they have "
        "processes in place to ensure that investigations into misconduct by officers and "
        "staff resulting in “no further action” are fair and free of any form of "
        "discrimination.", "Open", "Not started", "", "",
        "Carried over from old register - check with PSD whether still live.",
        lead="Head of Professional Standards"),
     "not on the HMICFRS list (Integrity matters 2015, ref 902); tracker still has it open"),
]

# --- Stolen freedom 2017 (MSHT)
SF = [
    SF_LEADERSHIP, MSHT_INTEL,
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of modern slavery or human trafficking.",
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and "
    "human trafficking and that sufficient audit capacity is available to the force crime "
    "registrar to provide reassurance that each force is identifying and managing any gaps in "
    "its crime-recording accuracy for these types of offences.",
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the use "
    "where appropriate of joint intelligence teams and other means to obtain intelligence and "
    "evidence from agencies overseas).",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited.",
]
split_rows = []
for i, b in enumerate(SF_BULLETS):
    txt = (SF_STEM + " • " + b) if i == 0 else ("(cont.) • " + b)
    split_rows.append(fr("OL-17-006" + "abcd"[i], 8401, "stolen", "National rec",
                         abbreviate(txt), "Complete - evidence submitted", "Submitted",
                         D(2024, 6, 3), "Awaiting", "Part %d of 4. Submitted with MSHT "
                         "governance pack 03/06/24." % (i + 1), lead="Det Ch Supt Force CID"))
item(8401, "stolen", NAT, SF[0], AR, D(2024, 6, 4), split_rows, "closeable_submit",
     "split into 4 tracker rows (one per bullet), all 'Complete - evidence submitted'; "
     "HMICFRS Awaiting review")
item(8402, "stolen", NAT, SF[1], BP, D(2020, 5, 11),
     [fr("OL-17-007", 8402, "stolen", "National rec",
         SF[1].replace("Within six months", "Within twelve months"), "Open",
         "In draft", "", "", "ISA with Staffs CC and Stoke CC signed; health ISA outstanding.",
         lead="Head of Intelligence")],
     "conflict", "timescale differs: HMICFRS 'Within six months', tracker 'Within twelve "
                 "months' (both open)")
item(8403, "stolen", NAT, SF[2], CO, D(2019, 7, 2),
     [fr("OL-17-008", 8403, "stolen", "National rec", abbreviate(SF[2]), "Closed",
         "Submitted", D(2019, 4, 30), "Accepted 02/07/2019", "", lead="Head of Criminal Justice")],
     "in_sync", "closed both: HMICFRS Complete; tracker Closed/Accepted")
item(8404, "stolen", NAT, SF[3], BP, D(2022, 10, 3),
     [fr("OL-17-009", 8404, "stolen", "National rec", SF[3], "Open - on track", "In draft",
         "", "", "NRM compliance dip sample Q2 - 92% notified within 48hrs.",
         lead="Det Ch Supt Force CID")],
     "in_sync", "open both")
item(8405, "stolen", NAT, SF[4], CO, D(2024, 2, 27),
     [fr("OL-17-010", 8405, "stolen", "National rec", abbreviate(SF[4]), "In progress",
         "Not started", "", "", "FCR audit of MSHT crimes scheduled Oct 24.",
         lead="Force Crime Registrar")],
     "closeable_local", "HMICFRS Complete (27/02/2024); tracker 'In progress'")
item(8406, "stolen", NAT, SF[5], BP, D(2024, 7, 2),
     [fr("OL-17-011", 8406, "stolen", "National rec", SF[5], "Complete", "Submitted",
         D(2024, 5, 14), "Returned 02/07/2024 - further evidence requested",
         "HMICFRS asked for supervision dip-sample results. Lead says work is complete; pack "
         "to be resubmitted.", lead="Det Ch Supt Force CID")],
     "closeable_submit", "tracker status Complete although HMICFRS returned the submission; "
                         "HMICFRS Being progressed -> resubmit")
item(8407, "stolen", NAT, SF[6], BP, D(2019, 1, 15),
     [fr("OL-17-012", 8407, "stolen", "National rec", SF[6], "With lead", "", "", "",
         "Slavery & trafficking prevention orders - 3 obtained 2023/24.",
         lead="Det Ch Supt Force CID")],
     "in_sync", "open both ('With lead' is open)")

# --- PEEL efficiency 2017 national
EFC = ("By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force. The Home Office, National Police "
       "Chiefs' Council and Association of Police and Crime Commissioners should support the "
       "development of these plans by establishing a national framework which allows for the "
       "provision of digitally enabled services across force boundaries.")
item(8460, "efc17", NAT, EFC, SU, D(2022, 3, 8),
     [fr("OL-17-015", 8460, "efc17", "National rec",
         EFC.replace("The Home Office, National Police Chiefs' Council and Association of "
                     "Police and Crime Commissioners", "The HO, NPCC and APCC"), "Open", "Not started", "", "",
         "Awaiting refresh of Digital Strategy 2025.", lead="Head of Corporate Development")],
     "closeable_local", "HMICFRS Superseded; tracker Open (national bodies abbreviated HO, NPCC, APCC)")

# --- PEEL legitimacy 2017 national
LEG = [
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.",
    SAS_MONITORING_2017,
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have:\n•carried out research and analysis in an attempt to understand "
    "the reasons for the disparity, and •taken action to reduce the disparity, where "
    "necessary;",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.",
    "By July 2018, and ongoing following that date, forces should ensure that all officers "
    "who use stop and search powers have been provided with, and understand, training on "
    "unconscious bias and College of Policing APP on stop and search.",
]
item(8541, "leg17", COC, LEG[0], BP, D(2021, 4, 19),
     [fr("OL-17-020", 8541, "leg17", "CfC", abbreviate(LEG[0]), "Open", "", "", "",
         "Linked to the S&S disproportionality action plan.", lead="ACC Local Policing")],
     "in_sync", "open both; 'CfC' = Cause of concern")
item(8542, "leg17", NAT, LEG[1], CO, D(2020, 1, 13),
     [fr("OL-17-021", "'8542", "leg17", "National rec", abbreviate(LEG[1]), "Closed",
         "Submitted", D(2019, 11, 4), "Accepted 13/01/2020", "", lead="ACC Local Policing")],
     "in_sync", "closed both; tracker ref typed as text with a leading apostrophe")
item(8543, "leg17", NAT, LEG[2], BP, D(2023, 9, 5),
     [fr("OL-17-022", 8543, "leg17", "National rec", abbreviate(LEG[2]), "Submitted",
         "Submitted", "w/c 15/07/24", "Awaiting", "Disparity analysis & Scrutiny Panel minutes "
         "uploaded.", lead="ACC Local Policing")],
     "closeable_submit", "tracker 'Submitted' (awaiting decision) = force done; HMICFRS open")
item(8544, "leg17", NAT, LEG[3], BP, D(2023, 9, 5), [],
     "missing_from_force", "no tracker row for 8544 (publish analysis annually)")
item(8545, "leg17", NAT, LEG[4], CO, D(2022, 11, 30),
     [fr("OL-17-024", 8545, "leg17", "National rec", abbreviate(LEG[4]), "Ongoing", "", "",
         "", "Unconscious bias module in IOLT; refresher for 2024 intake.",
         lead="Head of Learning & Development")],
     "closeable_local", "HMICFRS Complete; tracker 'Ongoing'")

# --- PEEL 2018/19 force
P19 = [
    ("HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them;"),
    ("Within six months the force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public."),
    ("Within twelve months, the force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource "
     "allocations, the mix of skills required by the workforce and behaviours expected of "
     "them."),
    ("Immediately, the force should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded."),
    ("By May 2020, the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed."),
    ("HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;"),
]
item(9201, "peel1819", REC, P19[0], BP, D(2021, 6, 7),
     [fr("OL-19-001", 9201, "peel1819", "Rec", P19[0].replace("HMIC recommends that the force "
         "should immediately: ", "Force should immediately "), "In progress", "In draft", "", "",
         "Workload review tool piloted in CID.", lead="Det Ch Supt Force CID")],
     "in_sync", "open both")
item(9202, "peel1819", REC, P19[1], CO, D(2021, 3, 1),
     [fr("OL-19-002", 9202, "peel1819", "Rec", P19[1], "Complete", "Submitted",
         D(2020, 12, 10), "", "FMS demand model. Closed on portal early 2021.",
         lead="Head of Corporate Development")],
     "in_sync", "closed both (tracker Complete, decision cell left blank)")
item(9203, "peel1819", REC, P19[2], BP, D(2023, 11, 20),
     [fr("OL-19-003", 9203, "peel1819", "Rec", P19[2], "Closed - HMICFRS accepted",
         "Submitted", D(2024, 3, 11), "Accepted - closed 30/04/2024",
         "FLL email 30/04/24 confirms closure.", lead="Director of People")],
     "closeable_submit", "tracker records HMICFRS acceptance (30/04/2024) but the definitive "
                         "list still shows Being progressed: force done, HMICFRS open")
item(9204, "peel1819", REC, P19[3], SU, D(2022, 5, 20),
     [fr("OL-19-004", 9204, "peel1819", "Rec", P19[3], "Open", "", "", "",
         "Investigation standards - see Op Foundation.", lead="Det Ch Supt Force CID")],
     "closeable_local", "HMICFRS Superseded; tracker Open")
item(9205, "peel1819", REC, P19[4], BP, D(2021, 6, 7),
     [fr("OL-19-005", 9205, "peel1819", "Rec", P19[4], "Open - on track", "", "", "",
         "DFU backlog down to 6 weeks.", lead="Head of Intelligence")],
     "in_sync", "open both")
item(9206, "peel1819", REC, P19[5], CO, D(2022, 2, 14),
     [fr("OL-19-006", 9206, "peel1819", "Rec", abbreviate(P19[5]).replace(
         "released under investigation", "RUI"), "Closed", "Submitted", D(2021, 12, 1),
         "Accepted 14/02/2022", "", lead="Head of Criminal Justice")],
     "in_sync", "closed both")

# --- CDI 2019
cdi_rows = []
cdi_status = ["Complete", "Complete", "Complete", "Complete", "Open"]
for i, b in enumerate(CDI_BULLETS):
    txt = (CDI_STEM + " (i) " + b) if i == 0 else ("(%s) %s" % (["i", "ii", "iii", "iv", "v"][i], b))
    cdi_rows.append(fr("OL-19-02%d" % (i + 1), 9701, "cdi19", "Rec", txt, cdi_status[i],
                       "Signed off (ACC)" if i < 4 else "Not started", "", "",
                       "" if i < 4 else "Dependent on Single Online Home triage go-live "
                       "(Q4 24/25).", lead="Force Crime Registrar"))
item(9701, "cdi19", REC, CDI_VICTIMS, BP, D(2022, 8, 16), cdi_rows, "in_sync",
     "split into 5 rows, 4 Complete and bullet (v) Open: the recommendation is not done on the "
     "force side, HMICFRS Being progressed -> open both")
item(9702, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", BP,
     D(2020, 2, 3),
     [fr("OL-19-030", 9702, "cdi19", "Rec",
         "Within three months, the force should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.",
         "Complete", "With lead for sign-off", "", "", "THRIVE+ refresher delivered to all "
         "call handlers Mar 24.", lead="Supt Contact Centre")],
     "closeable_submit", "tracker Complete; HMICFRS Being progressed (do not confuse with the "
                         "tracker's old Core Business row 4822)")
item(9703, "cdi19", REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", CO,
     D(2021, 9, 28),
     [fr("OL-19-031", 9703, "cdi19", "Rec",
         "Within six months the force should improve its use of its crime-recording and "
         "management system to better manage its case files and investigative processes.",
         "Closed", "Submitted", D(2021, 7, 5), "Accepted 28/09/2021", "",
         lead="Force Crime Registrar")],
     "in_sync", "closed both")

# --- Police powers spotlight 2021
PW = [
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management and de-escalation.",
    "By July 2021, forces should ensure that communication skills are reinforced as part of the "
    "programme of continuing professional development for officers and staff, and that "
    "supervisors are supported to routinely and frequently debrief officers on these skills "
    "using body-worn video footage.",
    BWV_2021,
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.",
]
item(11201, "powers", NAT, PW[0], BP, D(2022, 9, 12),
     [fr("OL-21-004", 11201, "powers", "National rec", abbreviate(PW[0]), "open", "", "", "",
         "Conflict management module rewritten.", lead="Head of Learning & Development")],
     "in_sync", "open both ('open' lower case)")
item(11202, "powers", NAT, PW[1], BP, D(2022, 9, 12),
     [fr("OL-21-005", 11202, "powers", "National rec", abbreviate(PW[1]), "Completed",
         "Signed off (ACC)", "", "", "BWV debrief guidance in supervisors' toolkit.",
         lead="ACC Local Policing")],
     "closeable_submit", "tracker Completed; HMICFRS Being progressed")
item(11203, "powers", NAT, PW[2], BP, D(2022, 9, 12),
     [fr("OL-21-006", 11203, "powers", "National rec", abbreviate("\n".join(BWV_PARTS[:2])),
         "Open", "In draft", "", "", "BWV review process agreed at S&S board.",
         lead="ACC Local Policing")],
     "conflict", "tracker text lacks the third part (external scrutiny panel access to BWV "
                 "footage): missing bullet; both open")
item(11205, "powers", NAT, PW[3], BP, D(2022, 9, 12),
     [fr("OL-21-007", 11205, "powers", "National rec", PW[3], "Open - on track", "", "", "",
         "UoF dashboard live; quarterly to Scrutiny Panel.", lead="ACC Local Policing")],
     "in_sync", "open both")

# --- Custody 2022
CU2 = ("The force should make sure it has access to accurate data and analysis to support "
       "effective performance management.")
CU3 = ("The force should make sure all processes in place to support performance management "
       "are effective.")
item(12101, "custody22", REC, CUSTODY_CHILDREN, BP, D(2023, 2, 6),
     [fr("OL-22-030", 12101, "custody22", "Rec", CUSTODY_CHILDREN.replace("• ", "•"),
         "In progress", "In draft", "", "", "Concordat with LA signed; PACE beds audit Sept.",
         lead="Ch Insp Custody")],
     "in_sync", "open both")
item(12102, "custody22", REC, CU2, BP, D(2023, 2, 6),
     [fr("OL-22-031", 12102, "custody22", "Rec", CU2, "Open", "", "", "",
         "Custody performance dashboard in build.", lead="Ch Insp Custody",
         frep="Custody inspection 2020", pub="Aug-20")],
     "conflict", "same ref and text, but tracker files it under 'Custody inspection 2020' "
                 "published Aug-20; HMICFRS: custody 2022, 09/08/2022 (report/date)")
item(12103, "custody22", REC, CU3, BP, D(2023, 2, 6), [],
     "missing_from_force", "no tracker row for 12103")

# --- PEEL 2021/22 force AFIs
A = {
    12301: "The force should improve its understanding of the nature and scale of county lines "
           "drug dealing in its area.",
    12302: "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.",
    12303: "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.",
    12304: "The force should make sure it records reports of anti-social behaviour accurately "
           "and without delay.",
    12305: "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.",
    12306: "The force should improve the timeliness of its response to calls for service "
           "involving vulnerable adults.",
    12307: "The force should put plans in place to monitor, including through the gathering "
           "and analysis of staff feedback, team cultures and provide prompt remedial action "
           "for any issues it identifies.",
    12308: "The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.",
    12309: "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.",
    12310: "The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to neighbourhood crime.",
    12311: "The force should develop a clear prevention strategy targeting people most at risk "
           "and make sure activity undertaken prioritises people most at risk.",
    12312: "Staffordshire Police should make sure it has enough specialist capacity and "
           "capability to investigate online child sexual abuse.",
}
P22 = "peel2122"
item(12301, P22, AFI, A[12301], BP, D(2022, 7, 1),
     [fr("OL-22-001", 12301, P22, "AFI", A[12301], "Open", "", "", "",
         "County lines problem profile refreshed.", lead="Head of Intelligence")],
     "in_sync", "open both")
item(12302, P22, AFI, A[12302], BP, D(2022, 7, 1),
     [fr("OL-22-002", 12302, P22, "AFI", A[12302], "Complete - evidence submitted",
         "Submitted", D(2024, 8, 6), "Awaiting", "Op Soteria allocation policy; dip sample.",
         lead="Ch Supt Public Protection")],
     "closeable_submit", "tracker complete & submitted; HMICFRS Being progressed")
item(12303, P22, AFI, A[12303], BP, D(2024, 6, 18),
     [fr("OL-22-003", 12303, P22, "AFI", A[12303], "Open - returned by HMICFRS", "In draft",
         D(2024, 4, 22), "Returned 18/06/2024 - evidence did not show sustained improvement",
         "Reopened. New CSE partnership audit due Nov 24.", lead="Ch Supt Public Protection")],
     "in_sync", "HMICFRS returned the submission and the force reopened it ('Open - returned "
                "by HMICFRS'): open both")
item(12304, P22, AFI, A[12304], CO, D(2024, 1, 9),
     [fr("OL-22-004", 12304, P22, "AFI", A[12304], "Closed", "Submitted", D(2023, 10, 16),
         "Accepted 09/01/2024", "", lead="ACC Local Policing")],
     "in_sync", "closed both")
item(12305, P22, AFI, A[12305], BP, D(2022, 7, 1),
     [fr("OL-22-005", 12350, P22, "AFI", abbreviate(A[12305]), "Open", "", "", "",
         "VCOP compliance audit in DA teams.", lead="Ch Supt Public Protection")],
     "conflict", "reference differs: tracker 12350 (no such item) for HMICFRS 12305; same "
                 "report, type and text; both open")
item(12306, P22, AFI, A[12306], CO, D(2024, 5, 28),
     [fr("OL-22-006", 12306, P22, "AFI", A[12306], "In progress", "", "", "",
         "Right Care Right Person phase 2.", lead="Supt Contact Centre")],
     "closeable_local", "HMICFRS Complete; tracker In progress")
item(12307, P22, AFI, A[12307], BP, D(2022, 7, 1),
     [fr("OL-22-007", 12307, P22, "AFI", A[12307], "Complete", "Signed off (DCC)", "", "",
         "Culture survey + team health checks embedded.", lead="Director of People")],
     "closeable_submit", "tracker Complete (signed off by DCC, not yet submitted); HMICFRS open")
item(12308, P22, AFI, A[12308], CO, D(2023, 12, 4),
     [fr("OL-22-008", "HMICFRS 12308", P22, "AFI", A[12308], "Closed", "Submitted",
         D(2023, 9, 25), "Accepted 04/12/2023", "", lead="Head of Professional Standards")],
     "in_sync", "closed both; tracker ref written 'HMICFRS 12308'")
item(12309, P22, AFI, A[12309], SU, D(2024, 4, 12),
     [fr("OL-22-009", 12309, P22, "AFI", A[12309], "Open", "Not started", "", "",
         "", lead="Director of People")],
     "closeable_local", "HMICFRS Superseded (12/04/2024, PEEL 2023-25); tracker Open")
LOC1 = fr("OL-22-015", "n/a", P22, "Force action",
          "Force action - Dip-sample 50 rape and serious sexual offences crime reports each "
          "quarter and report findings to the Crime Standards Board", "In progress", "", "",
          "", "Local action supporting AFI 12302.", lead="Force Crime Registrar")
item(12310, P22, AFI, A[12310], BP, D(2022, 7, 1),
     [fr("OL-22-010", 12310, P22, "AFI", A[12310], "Open - on track", "", "", "",
         "Neighbourhood crime measures added to Force Performance pack.",
         lead="ACC Local Policing")],
     "in_sync", "open both")
item(12311, P22, AFI, A[12311], BP, D(2022, 7, 1),
     [fr("OL-22-011", 12311, P22, "AFI", A[12311], "complete", "Submitted", D(2024, 7, 29),
         "Awaiting", "Prevention strategy 2024-27 approved at FET.",
         lead="ACC Local Policing")],
     "closeable_submit", "tracker 'complete'; HMICFRS Being progressed")
item(12312, P22, AFI, A[12312], CO, D(2024, 3, 19),
     [fr("OL-22-012", 12312, P22, "AFI", A[12312], "With lead", "", "", "",
         "POLIT uplift of 2 DCs agreed.", lead="Det Ch Supt Force CID")],
     "closeable_local", "HMICFRS Complete; tracker 'With lead' (open)")
LOC2 = fr("OL-22-016", "Local", P22, "Force action",
          "JAC action: Add violence against women and girls measures to the monthly Force "
          "Performance pack", "Complete", "", "", "", "Raised at JAC 14/03/23.",
          lead="Head of Corporate Development")

# --- PEEL 2023/25 force (added after JAC)
C = {
    13501: "The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. There "
           "are failings in the way that crimes are being investigated.",
    13502: "Within six months the force should improve the supervision of investigations, so "
           "that investigation plans are set, reviewed and recorded and victims receive a "
           "consistently good service.",
    13503: "The force should improve how it gathers, assesses and acts on intelligence about "
           "serious and organised crime.",
    13504: "The force should make sure it consistently uses ancillary orders and other powers "
           "to protect victims of stalking and harassment.",
    13505: "The force should make sure officers and staff have the training they need to "
           "identify and respond to honour-based abuse.",
    13506: "The force should review its approach to hate crime to make sure victims receive a "
           "consistently good service.",
    13507: "The force should develop a problem-solving approach to anti-social behaviour, "
           "working with local communities and partners.",
    13508: "The force should make sure it has enough specialist capacity and capability to "
           "investigate fraud.",
    13509: "The force should improve its understanding of the nature and scale of violence "
           "against women and girls in its area.",
    13510: "The force should evaluate its work to prevent knife crime and share what works "
           "across the force.",
    13511: "The force should make sure its analysis of county lines drug dealing informs its "
           "strategic assessment and control strategy.",
    13512: "The force should improve the timeliness of its response to calls for service "
           "involving people with mental ill health.",
    13513: "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.",
    13514: "The force should immediately review its current background checks arrangements, "
           "and make sure that suitable and sufficient background checks are in place to "
           "safeguard its staff and the communities it serves.",
}
P25 = "peel2325"
POST = []  # rows after the separator, in tracker order


def post(ref, typ, hst, frow, cat, why, hdate=D(2024, 5, 7)):
    item(ref, P25, typ, C[ref], hst, hdate, [frow] if frow else [], cat, why)


post(13501, COC, BP, fr("OL-24-001", 13501, P25, "Cause for concern", C[13501], "Open",
                        "", "", "", "Investigation Improvement Plan (Op Foundation 2).",
                        lead="DCC"), "in_sync", "open both; 'Cause for concern' = CoC")
post(13502, REC, BP, fr("OL-24-002", 13502, P25, "Rec", C[13502], "Open - on track", "", "",
                        "", "Investigation plan template mandatory on Niche from 1/7.",
                        lead="Det Ch Supt Force CID"), "in_sync", "open both")
post(13503, AFI, BP, fr("OL-24-003", 13503, P25, "AFI", C[13503], "Open", "", "", "", "",
                        lead="Head of Intelligence"), "in_sync", "open both")
post(13504, AFI, BP, fr("OL-24-004", 13504, P25, "AFI", C[13504], "Open", "", "", "",
                        "SPO applications tracked monthly.", lead="Ch Supt Public Protection"),
     "in_sync", "open both")
post(13505, AFI, BP, fr("OL-24-005", 13505, P25, "Recommendation", C[13505], "Open", "", "",
                        "", "HBA e-learning commissioned.", lead="Head of Learning & Development"),
     "conflict", "type differs: HMICFRS Area for improvement, tracker 'Recommendation'")
post(13506, AFI, BP, fr("OL-24-006", 13506, P25, "AFI", C[13506], "Open", "", "", "", "",
                        lead="ACC Local Policing"), "in_sync", "open both")
post(13507, AFI, BP, None, "missing_from_force",
     "no tracker row for 13507 (ASB problem-solving); not the same as PEEL 21-22 12304 (ASB "
     "recording)")
post(13508, AFI, BP, fr("OL-24-008", 13508, P25, "AFI", C[13508], "Open", "", "", "",
                        "Economic crime unit review.", lead="Det Ch Supt Force CID"),
     "in_sync", "open both; near-twin of 12312 (online CSA) which differs by topic")
post(13509, AFI, BP, fr("OL-24-009", 13509, P25, "AFI", abbreviate(C[13509]), "Complete",
                        "Signed off (ACC)", "", "", "VAWG problem profile published Jul 24.",
                        lead="Ch Supt Public Protection"),
     "closeable_submit", "tracker Complete; HMICFRS Being progressed")
post(13510, AFI, BP, fr("OL-24-010", "TBC", P25, "AFI", C[13510], "Open", "", "", "",
                        "Ref to be confirmed by FLL.", lead="ACC Local Policing"),
     "in_sync", "open both; tracker ref 'TBC', matched by report and text")
post(13511, AFI, BP, fr("OL-24-011", 13511, P25, "AFI", C[13511], "Open", "", "", "", "",
                        lead="Head of Intelligence"),
     "in_sync", "open both; near-twin wording of 12301 (county lines)")
post(13512, AFI, BP, fr("OL-24-012", 13512, P25, "AFI", C[13512], "Open", "", "", "",
                        "RCRP phase 3.", lead="Supt Contact Centre"),
     "in_sync", "open both; similar to 12306 (vulnerable adults)")
post(13513, AFI, BP, fr("OL-24-013", 13513, P25, "AFI", C[13513], "Open - off track", "",
                        "", "", "Control room establishment 20 FTE short.",
                        lead="Supt Contact Centre"), "in_sync", "open both")
post(13514, AFI, BP, fr("OL-24-014", 13514, P25, "AFI", C[13514], "Submitted", "Submitted",
                        D(2024, 8, 19), "Awaiting", "Vetting backlog cleared; background "
                        "check SOP v2.", lead="Head of Professional Standards"),
     "closeable_submit", "tracker Submitted; HMICFRS Being progressed")
LOC3 = fr("OL-24-020", "", P25, "Audit",
          "Internal audit action: Internal audit of the violence against women and girls "
          "governance arrangements (audit plan 2023/24)", "Open", "", "", "",
          "Audit fieldwork Oct 24.", lead="Director of Finance")

# ---------------------------------------------------------------- tracker row order
by_ref = {it["ref"]: it for it in ITEMS}
LOCALS = {id(LOC1): "not on the HMICFRS list: the force's own local action (ref n/a)",
          id(LOC2): "not on the HMICFRS list: JAC action (ref 'Local')",
          id(LOC3): "not on the HMICFRS list: internal audit action (no ref)"}
for r, why in OLD_ROWS:
    LOCALS[id(r)] = why

tracker_seq: list = []  # entries: ("row", frow, hm_ref or None) | ("sep", text)
tracker_seq += [("row", OLD_ROWS[0][0], None)]
for ref in (7401, 7402, 7404, 7405):
    tracker_seq += [("row", r, ref) for r in by_ref[ref]["frows"]]
tracker_seq += [("row", OLD_ROWS[1][0], None)]
for ref in (8401, 8402, 8403, 8404, 8405, 8406, 8407, 8460, 8541, 8542, 8543, 8545,
            9201, 9202, 9203, 9204, 9205, 9206, 9701, 9702, 9703,
            11201, 11202, 11203, 11205,
            12301, 12302, 12303, 12304, 12305, 12306, 12307, 12308, 12309):
    tracker_seq += [("row", r, ref) for r in by_ref[ref]["frows"]]
tracker_seq += [("row", LOC1, None)]
for ref in (12310, 12311, 12312):
    tracker_seq += [("row", r, ref) for r in by_ref[ref]["frows"]]
tracker_seq += [("row", LOC2, None)]
for ref in (12101, 12102):
    tracker_seq += [("row", r, ref) for r in by_ref[ref]["frows"]]
tracker_seq += [("sep", "▼▼  Added after JAC 11/06/2024 – PEEL 2023-25 (rows below not yet "
                        "reported to JAC)  ▼▼")]
for ref in range(13501, 13515):
    tracker_seq += [("row", r, ref) for r in by_ref[ref]["frows"]]
tracker_seq += [("row", LOC3, None)]

# sanity: every force row of every item is placed exactly once
placed = [id(e[1]) for e in tracker_seq if e[0] == "row"]
expected = [id(r) for it in ITEMS for r in it["frows"]] + list(LOCALS)
assert sorted(placed) == sorted(expected), (len(placed), len(expected))

# ---------------------------------------------------------------- write HMICFRS side
os.makedirs(OUT, exist_ok=True)
THIN = Font(name="Arial", size=10)
BOLD = Font(name="Arial", size=10, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – recommendations and areas for improvement: Staffordshire Police"
ws["A1"].font = Font(name="Arial", size=12, bold=True)
ws["A2"] = "Definitive list as at 02/09/2024"
ws["A2"].font = THIN
HM_HEAD = ["Ref", "Report", "Published", "Type", "Recommendation / AFI", "Status",
           "Status date"]
ws.append([])
ws.append(HM_HEAD)
for c in ws[4]:
    c.font = BOLD
    c.fill = PatternFill("solid", fgColor="D9E1F2")
hm_row = {}
hm_items = sorted(ITEMS, key=lambda it: it["ref"])
for it in hm_items:
    title, pub = REPORTS[it["rep"]]
    ws.append([it["ref"], title, pub, it["type"], it["text"], it["hst"], it["hdate"]])
    r = ws.max_row
    hm_row[it["ref"]] = "Definitive list!%d" % r
    for c in ws[r]:
        c.font = THIN
        c.alignment = WRAP
    ws.cell(r, 3).number_format = "dd/mm/yyyy"
    ws.cell(r, 7).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFG", [8, 40, 12, 22, 90, 16, 12]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
ws.auto_filter.ref = "A4:G%d" % ws.max_row


def save_fixed(wb, path):
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-09-02T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


save_fixed(wb, os.path.join(OUT, "hmicfrs.xlsx"))

# ---------------------------------------------------------------- write tracker
wb = Workbook()
ws = wb.active
ws.title = "Closure tracker"
ws["A1"] = ("Staffordshire Police – HMICFRS recommendations & AFIs: closure tracker "
            "(Organisational Learning)")
ws["A1"].font = Font(name="Calibri", size=14, bold=True)
ws["A2"] = ("MASTER COPY – do not sort without selecting all columns. Last updated 23/08/2024 "
            "(KH). Status = force view; HMICFRS decision = outcome of our last portal "
            "submission.")
ws["A2"].font = Font(name="Calibri", size=10, italic=True)
TR_HEAD = ["OL Ref", "HMICFRS Ref", "Report", "Published", "Type",
           "Recommendation / AFI (as published)", "Lead", "Status", "Evidence pack",
           "Submitted to HMICFRS", "HMICFRS decision", "OL notes / last update"]
for j, h in enumerate(TR_HEAD, 1):
    c = ws.cell(3, j, h)
    c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="center")
tr_row_of = {}
r = 3
for e in tracker_seq:
    r += 1
    if e[0] == "sep":
        ws.cell(r, 1, e[1]).font = Font(name="Calibri", size=11, bold=True, color="C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        continue
    f = e[1]
    vals = [f["ol"], f["ref"], f["rep"], f["pub"], f["type"], f["text"], f["lead"],
            f["status"], f["ev"] or None, f["sub"] or None, f["dec"] or None,
            f["notes"] or None]
    if vals[1] == "":
        vals[1] = None
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.font = Font(name="Calibri", size=11)
        c.alignment = WRAP
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    tr_row_of[id(f)] = "Closure tracker!%d" % r
for col, w in zip("ABCDEFGHIJKL", [11, 13, 24, 11, 15, 80, 24, 22, 20, 14, 30, 40]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "C4"
ws.auto_filter.ref = "A3:L%d" % r
last_tracker_row = r

ls = wb.create_sheet("Lists")
ls.append(["Status", "Evidence pack", "Type", "HMICFRS decision"])
lists = [
    ["Open", "Open - on track", "Open - off track", "In progress", "With lead", "Complete",
     "Complete - evidence submitted", "Submitted", "Closed"],
    ["Not started", "In draft", "With lead for sign-off", "Signed off (ACC)",
     "Signed off (DCC)", "Submitted"],
    ["Rec", "AFI", "CfC", "National rec", "Force action", "Audit"],
    ["Awaiting", "Accepted", "Returned"],
]
for i in range(max(len(x) for x in lists)):
    ls.append([x[i] if i < len(x) else None for x in lists])
gs = wb.create_sheet("Guidance")
for line in [
    "How to use this tracker",
    "1. One row per HMICFRS item. Where a recommendation has several bullets the lead may "
    "split it into lettered rows (a, b, c…); the item is only complete when every part is.",
    "2. Status is the force's view. Set to Complete when the lead is satisfied; "
    "'Submitted' once the evidence pack has gone to HMICFRS via the FLL.",
    "3. HMICFRS decision records the outcome of the last submission (Accepted / Returned / "
    "Awaiting). If returned, the lead decides whether to reopen.",
    "4. Force actions / audit actions may be added for visibility; they are not HMICFRS items.",
    "Contact: Organisational Learning, Corporate Development.",
]:
    gs.append([line])
save_fixed(wb, os.path.join(OUT, "tracker.xlsx"))

# ---------------------------------------------------------------- truth
truth = []
for it in hm_items:
    h = hm_row[it["ref"]]
    if not it["frows"]:
        truth.append((h, "", it["cat"], it["why"]))
    for f in it["frows"]:
        truth.append((h, tr_row_of[id(f)], it["cat"], it["why"]))
for key, why in LOCALS.items():
    truth.append(("", tr_row_of[key], "not_on_hmicfrs_list", why))


def sortkey(t):
    return (int(t[0].split("!")[1]) if t[0] else 10**6,
            int(t[1].split("!")[1]) if t[1] else 0)


truth.sort(key=sortkey)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items", len(hm_items), "tracker rows 4..%d" % last_tracker_row)
    print(Counter(t[2] for t in truth))
    print(Counter(it["cat"] for it in ITEMS))
