"""Tracker furniture: leads, progress updates, status words, abbreviations and misspellings,
PEEL topics and a force's own local actions."""

from __future__ import annotations

LEADS: list[str] = [
    "ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
    "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
    "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
    "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
    "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
    "Supt Firearms Licensing", None,
]

#: Progress updates in the words trackers use (JAC paper, BTP and City of London trackers).
PROGRESS: list[str | None] = [
    "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform "
    "the 56-day response.",
    "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
    "Ready to move to GREEN status.",
    "Pending sign off by the chief officer lead.",
    "Awaiting allocation.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Not the force's responsibility to deliver; dependent upon another organisation.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "xxx",
    None,
    None,
]

#: Force RAG words by state, and the HMICFRS statuses by state.
FORCE_DONE = ["GREEN", "Green", "BLUE", "Complete", "WHITE", "Pending sign off"]
FORCE_OPEN = ["AMBER", "Amber", "RED", "In progress", "Open - Actions on going on track"]
HMICFRS_OPEN = ["Awaiting review", "Being progressed"]
HMICFRS_CLOSED = ["Complete", "Superseded", "No further action required"]

#: Abbreviations trackers use for HMICFRS wording (regex, replacement).
ABBREVIATIONS: list[tuple[str, str]] = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"national crime recording standards?(?: \(NCRS\))?", "NCRS"),
    (r"police and crime commissioners", "PCCs"),
    (r"police and crime commissioner", "PCC"),
    (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"),
    (r"National Police Chiefs' Council", "NPCC"),
    (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"),
    (r"information-sharing agreements", "ISAs"),
    (r"continuing professional development", "CPD"),
    (r"quality assurance", "QA"),
    (r"Home Office", "HO"),
    (r"within six months", "within 6 months"),
    (r"within twelve months", "within 12 months"),
    (r"within three months", "within 3 months"),
    (r"officers and staff", "officers & staff"),
    (r"\band\b", "&"),
]

#: Common misspellings seen in trackers (right -> wrong).
MISSPELLINGS: dict[str, str] = {
    "receive": "recieve", "separate": "seperate", "occurred": "occured",
    "accommodation": "accomodation", "governance": "goverance", "supervision": "supervison",
    "investigation": "investigaton", "necessary": "neccessary", "independent": "independant",
    "commissioners": "comissioners", "arrangements": "arrangments", "appropriate": "appropiate",
}

#: Prefixes of the local actions a force adds that HMICFRS never asked for.
LOCAL_PREFIXES: list[str] = [
    "Local action: ", "Force action - ", "Internal audit action: ", "Force improvement plan: ",
    "JAC action: ", "",
]

#: Policing topics HMICFRS reports return to, for the formulaic items below.
TOPICS: list[str] = [
    "domestic abuse", "stalking and harassment", "child sexual exploitation",
    "modern slavery and human trafficking", "hate crime", "missing children",
    "serious and organised crime", "county lines drug dealing", "online child sexual abuse",
    "fraud", "rape and serious sexual offences", "violence against women and girls",
    "honour-based abuse", "anti-social behaviour", "knife crime", "cyber crime",
    "vulnerable adults", "people with mental ill health", "female genital mutilation",
    "forced marriage", "residential burglary", "road harm", "firearms licensing",
    "counter-corruption", "digital forensics", "repeat victims", "youth violence",
    "sexual offences against children", "registered sex offenders", "economic crime",
    "neighbourhood crime", "rural crime",
]

#: Formulaic force-level asks in HMICFRS's PEEL wording (after "the force should"); "{t}" is
#: a topic. Each reads like the areas for improvement PEEL reports repeat across forces.
TOPIC_BODIES: list[str] = [
    "improve its understanding of the nature and scale of {t} in its area",
    "make sure investigations of {t} are allocated to officers with the right skills and are "
    "effectively supervised",
    "improve how it works with partner organisations to safeguard people at risk from {t}",
    "review its approach to {t} to make sure victims receive a consistently good service",
    "make sure officers and staff have the training they need to identify and respond to {t}",
    "make sure it records reports of {t} accurately and without delay",
    "make sure its analysis of {t} informs its strategic assessment and control strategy",
    "improve the way it manages the risk posed by offenders involved in {t}",
    "make sure it consistently uses ancillary orders and other powers to protect victims of {t}",
    "improve how it gathers, assesses and acts on intelligence about {t}",
    "make sure its performance framework gives senior leaders a clear picture of its response "
    "to {t}",
    "improve the timeliness of its response to calls for service involving {t}",
    "make sure victims of {t} are kept informed about the progress of their case, in line "
    "with the Code of Practice for Victims of Crime",
    "develop a problem-solving approach to {t}, working with local communities and partners",
    "make sure it has enough specialist capacity and capability to investigate {t}",
    "evaluate its work to prevent {t} and share what works across the force",
]

#: A force's own actions, not HMICFRS items: tracker wording from action plans (the JAC
#: paper's "Task & Finish group", "policy rewrite", "communications plan"); "{t}" a topic.
LOCAL_ACTIONS: list[str] = [
    "Task & Finish group to review the {t} policy and report to the Force Executive Team",
    "Deliver refresher training on {t} to all response and neighbourhood officers",
    "Dip-sample 50 {t} crime reports each quarter and report findings to the Crime Standards "
    "Board",
    "Refresh the {t} problem profile and add it to the control strategy",
    "Rewrite the {t} policy and publish it on the intranet with a communications plan",
    "Appoint a single point of contact for {t} in each local policing area",
    "Add {t} measures to the monthly Force Performance pack",
    "Agree an information-sharing protocol on {t} with the local authorities",
    "Internal audit of the {t} governance arrangements (audit plan 2023/24)",
    "Review the {t} demand profile as part of the force management statement",
]
