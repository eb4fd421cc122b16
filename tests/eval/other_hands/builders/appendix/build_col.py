"""Case col_appendix_blocks: City of London Police style "Appendix 1 ... HMICFRS Report
Recommendations" (one sheet, report header-block rows, No. restarting per report, type inside
the row, colour words in Status, free-text Due Date) against an HMICFRS definitive list xlsx
(title row, header on row 3)."""
from __future__ import annotations

import os
import re
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from common import (
    CAUSES, CDI_VICTIMS_BODY, EVERYONE_PLAN, FIREARMS, LOCAL_ACTIONS, MSHT_INTEL, NATIONAL, RNG,
    SAS_MONITORING_2017, SF_LEADERSHIP, BWV_2021, abbr, body, flat, missp, nat, strip_stem,
    topic, trunc, write_truth, category,
)

OUT = "/tmp/indep/appendix/col_appendix_blocks"
os.makedirs(OUT, exist_ok=True)

FORCE = "City of London Police"
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
HS = {"BP": "Being progressed", "AR": "Awaiting review", "C": "Complete", "S": "Superseded"}
HCLOSED = {"C", "S"}
FDONE = {"G", "W"}
FWORD = {"G": "GREEN", "A": "AMBER", "R": "RED", "W": "WHITE"}
FFILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "W": None}
FTYPE = {REC: "Recommendation", AFI: "Area for Improvement", COC: "Cause of Concern"}

REPORTS = {k: (v[0], date(*v[1])) for k, v in NATIONAL.items()}
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016 – City of London Police", date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017 – City of London Police", date(2017, 9, 14)),
    "efc17col": ("PEEL: Police efficiency 2017 – City of London Police", date(2017, 11, 9)),
    "leg17col": ("PEEL: Police legitimacy 2017 – City of London Police", date(2017, 12, 12)),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – City of London "
               "Police", date(2019, 5, 2)),
    "peel22": ("PEEL 2021/22: An inspection of City of London Police", date(2022, 5, 12)),
})

F = "The force should {}."


def fs(text, st, **kw):
    """A force row spec."""
    d = dict(text=text, st=st)
    d.update(kw)
    return d


# ---------------------------------------------------------------- HMICFRS items + force rows
# (report, type, HMICFRS text, HMICFRS status, force spec | [split specs] | None, conflict-why)
ITEMS = []


def item(rep, typ, text, hs, force, conflict=None):
    ITEMS.append(dict(rep=rep, type=typ, text=text, hs=hs, force=force, conflict=conflict))


# Stop and search 2013
item("sas13", REC, nat("sas13", 0), "C",
     fs(trunc(abbr(nat("sas13", 0), "S&S", "APP", "CoP"), 26), "G", due="Complete",
        com="Complete – S&S APP published by the College; force policy aligned."))
item("sas13", REC, nat("sas13", 1), "C",
     fs(abbr(nat("sas13", 1), "S&S"), "G", due="March 2014",
        com="Monthly S&S scrutiny in place; reported to the Police Committee."))
item("sas13", REC, nat("sas13", 2), "BP",
     fs(abbr(nat("sas13", 2), "S&S").replace("elected local policing bodies",
                                            "the Police Authority"), "G", due="December 2014",
        com="Community Scrutiny Group reviews S&S records quarterly. Completed. Evidence "
            "submitted to HMICFRS for closure."))
# Everyone's business 2014: HMICFRS holds the clean text, the tracker kept the footnote "20"
EVERYONE_CLEAN = EVERYONE_PLAN.replace("or another force; and 20", "or another force; and")
item("everyone", REC, EVERYONE_CLEAN, "S",
     fs(EVERYONE_PLAN.replace("• ", "- "), "A", due="September 2014",
        com="DA action plan refreshed annually; 2019 refresh with the Safer City Partnership "
            "in progress."))
# Core business 2014
item("core", REC, nat("core", 0), "C",
     fs(nat("core", 0).replace("31 March 2015", "31 March 2016"), "G", due="31/03/2016",
        com="THRIVE criteria issued to call handlers in the Control Room."),
     conflict="Deadline differs: HMICFRS 'Not later than 31 March 2015', tracker 'Not later "
              "than 31 March 2016' (due date 31/03/2016).")
item("core", REC, nat("core", 1), "BP", None)
# Integrity matters 2015: tracker block says Published January 2016
item("integrity", REC, nat("integrity", 0), "C",
     fs(nat("integrity", 0).replace("“no further action”", '"no further action"'), "G",
        due="31 August 2015",
        com="PSD dip-sample of NFA outcomes by the Head of Professional Standards. Complete."),
     conflict="Publication date differs: HMICFRS 30/01/2015, the tracker's report header "
              "'Integrity Matters … Published January 2016'.")
# Stop and search 2 (2015)
item("sas15", REC, nat("sas15", 0), "C",
     fs(abbr(nat("sas15", 0), "S&S", "PCCs"), "G", due="Complete",
        com="Covered by the Community Scrutiny Group (see 2013 report, item 3)."))
# Building the picture 2015: lost by the force
item("picture", REC, nat("picture", 0), "AR", None)
# Firearms licensing 2015
item("firearms", REC, nat("firearms", 0), "C",
     fs(trunc(nat("firearms", 0), 30), "G", due="December 2015",
        com="Governance review completed by Supt Firearms Licensing."))
item("firearms", REC, FIREARMS, "BP",
     fs(FIREARMS.replace("Within three months", "Within six months"), "A", due="March 2016",
        com="Demand profile complete; recruitment of 2 x licensing officers outstanding."),
     conflict="Timescale differs: HMICFRS 'Within three months', tracker 'Within six months'.")
item("firearms", REC, nat("firearms", 2), "C",
     fs(nat("firearms", 2).replace("‘total expired’", "'total expired'"), "A",
        due="No deadline set by HMICFRS",
        com="Weekly review of expired records; backlog of 14 files remaining (update 12/04/2019)."))
item("firearms", REC, nat("firearms", 3), "BP",
     fs(trunc(nat("firearms", 3), 40), "A", due="31/03/2020",
        com="NFLMS recording audit scheduled for Q4."))
item("firearms", REC, nat("firearms", 4), "BP", None)
# PEEL effectiveness 2016 (force): causes of concern
DASH_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
            + body(41) + ".")
item("eff16", COC, DASH_REC, "BP",
     fs("Cause of concern: " + CAUSES[0].replace("force's", "force’s") + " Recommendation: "
        "HMIC recommends that the force should immediately " + missp(body(41), "supervision")
        + ".", "G", type="Cause of Concern", due="Complete",
        com="DASH now mandatory for all DA incidents; supervisor review checked in daily "
            "management meeting. Pending sign off by the chief officer lead."))
MISSING_REC = ("To address this cause of concern the force should immediately "
               + body(19) + ".")
item("eff16", COC, "Cause of concern: " + CAUSES[1] + "\nRecommendation: " + MISSING_REC, "C",
     fs(flat(MISSING_REC, " "), "A", type="Cause of Concern", due="December 2019",
        com="Missing persons policy rewrite with Public Protection; CSE training for call "
            "takers booked."))
item("eff16", AFI, F.format(topic(8, "domestic abuse")), "C",
     fs(F.format(abbr(topic(8, "domestic abuse"), "DA")), "G", due="Complete",
        com="DVPN/DVPO use monitored monthly."))
item("eff16", AFI, F.format(topic(2, "child sexual exploitation")), "C",
     fs(F.format(abbr(topic(2, "child sexual exploitation"), "CSE")), "G", due="Complete",
        com="CSE sub-group of the Safeguarding Board established."))
item("eff16", AFI, F.format(topic(6, "county lines drug dealing")), "BP",
     fs(F.format(topic(6, "county lines drug dealing")), "A", due="No deadline set by HMICFRS",
        com="Strategic assessment 2019/20 being drafted by the Intelligence Bureau."))
item("eff16", AFI, F.format(topic(7, "online child sexual abuse")), "S",
     fs(F.format(topic(7, "online child sexual abuse")), "A", due="March 2020",
        com="Work undertaken in area but still requires development to complete."))
# Crime data integrity 2017 (force): the recommendation split into its five bullets
CDI_REC = "Within six months the force should " + CDI_VICTIMS_BODY + "."
cdi_bul = [b.strip().rstrip(";.").removesuffix("; and").removesuffix(" and")
           for b in CDI_VICTIMS_BODY.split("•")[1:]]
item("cdi17", REC, CDI_REC, "BP", [
    fs("Within 6 months the force should put in place arrangements to ensure that: "
       + cdi_bul[0], "G", no="1a", due="March 2018",
       com="Victim-focused recording message in all briefings. Complete."),
    fs(cdi_bul[1][0].upper() + cdi_bul[1][1:], "G", no="1b", due="March 2018",
       com="Control Room QA of incident logs – complete."),
    fs(cdi_bul[2][0].upper() + cdi_bul[2][1:], "G", no="1c", due="March 2018",
       com="FCR audit 2018 shows 96% compliance."),
    fs(cdi_bul[3][0].upper() + cdi_bul[3][1:], "G", no="1d", due="March 2018",
       com="Practice stopped; reminder issued to Public Protection Unit."),
    fs(cdi_bul[4][0].upper() + cdi_bul[4][1:], "G", no="1e", due="June 2018",
       com="Online reports triaged by the Crime Management Unit on receipt. Complete."),
])
item("cdi17", AFI, F.format(topic(5, "rape and serious sexual offences")), "C",
     fs(F.format(topic(5, "rape and serious sexual offences")), "G", due="Complete",
        com="Force Crime Registrar audit – complete."))
item("cdi17", AFI, F.format(topic(5, "hate crime")), "BP",
     fs(F.format(topic(5, "hate crime")), "G", due="Complete",
        com="Hate crime recording audit completed 2018. Ready for closure submission."))
# Stolen freedom 2017: leadership recommendation split, last bullet lost
sfb = [b.strip().rstrip(";.").removesuffix("; and") for b in SF_LEADERSHIP.split("•")[1:]]
item("stolen", REC, SF_LEADERSHIP, "BP", [
    fs("Within twelve months, forces should review their leadership and governance "
       "arrangements for MSHT, to ensure that senior leaders prioritise the response to MSHT",
       "G", no="1a", due="October 2018", com="MSHT lead appointed at Det Supt level."),
    fs(abbr(sfb[1][0].upper() + sfb[1][1:], "MSHT"), "G", no="1b", due="October 2018",
       com="All MSHT referrals allocated to the Public Protection Unit."),
    fs(sfb[2][0].upper() + sfb[2][1:], "A", no="1c", due="31/03/2020",
       com="Partnership protocol with the City Corporation in draft."),
], conflict="Split item with a bullet missing: tracker rows 1a–1c cover three of the four "
            "bullets; no row for 'performance and quality assurance measures are in place…'.")
MSHT_INTEL_86 = nat("stolen", 1)  # the copy with the stray footnote number "86"
item("stolen", REC, MSHT_INTEL, "BP",
     fs(abbr(MSHT_INTEL_86, "ISAs") + ".", "G", due="April 2018",
        com="ISAs signed with the City Corporation and the MPS. Completed. Evidence submitted "
            "to HMICFRS for closure."))
item("stolen", REC, nat("stolen", 2), "AR", None)
item("stolen", REC, nat("stolen", 3), "C",
     fs(abbr(nat("stolen", 3), "HO"), "G", due="Complete", com="NRM SPOC in place."))
item("stolen", REC, nat("stolen", 4), "BP",
     fs(trunc(abbr(nat("stolen", 4), "NCRS", "MSHT"), 28), "A", due="December 2019",
        com="FCR audit capacity under review (one vacancy)."))
item("stolen", REC, nat("stolen", 5), "C",
     fs(abbr(nat("stolen", 5), "MSHT"), "A", due="December 2019",
        com="Awaiting allocation."))
item("stolen", REC, nat("stolen", 6), "BP",
     fs(nat("stolen", 6), "G", word="GREEN ", due="Complete",
        com="STRO/SRO use reviewed; guidance issued to investigators."))
# PEEL efficiency 2017 national + force
item("efc17", REC, nat("efc17", 0), "BP",
     fs(trunc(nat("efc17", 0), 20), "A", due="September 2018",
        com="Digital plan folded into the Force Transformation Programme."))
item("efc17col", AFI, F.format(body(11)), "C",
     fs(F.format(body(11)), "G", due="Complete", com="Demand analysis in the FMS 2018."))
item("efc17col", AFI, F.format(body(48)), "C",
     fs(F.format(body(48)), "G", due="Complete", com="Savings plan agreed by the Police Committee."))
item("efc17col", AFI, F.format(body(40)), "BP",
     fs(F.format(body(40)), "G", due="April 2019",
        com="Control Room uplift complete; resourcing model met since April 2019."))
item("efc17col", AFI, F.format(body(24)), "S",
     fs(F.format(body(24)), "R", due="31/03/2019",
        com="Little work yet undertaken in this area. Unlikely to reach deadlines. Performance "
            "analyst post unfilled."))
# PEEL legitimacy 2017 national: the force numbered the recommendations inside the text
item("leg17", COC, nat("leg17", 0), "BP",
     fs(nat("leg17", 0), "A", type="Area for Improvement", no="1",
        due="No deadline set by HMICFRS",
        com="Addressed through the S&S scrutiny panel and the items below."),
     conflict="Type differs: HMICFRS 'Cause of concern', tracker Type 'Area for Improvement'.")
item("leg17", REC, SAS_MONITORING_2017, "BP",
     fs("1." + SAS_MONITORING_2017.replace("\n", " "), "G", no="2", due="July 2018",
        com="S&S dashboard reviewed monthly at the Equality & Inclusion board. Complete."))
item("leg17", REC, nat("leg17", 2), "C",
     fs("2." + flat(nat("leg17", 2), " "), "G", no="3", due="July 2018", com="Complete."))
item("leg17", REC, nat("leg17", 3), "AR",
     fs("3." + nat("leg17", 3) + " 31", "G", no="4", due="Annual from July 2018",
        com="Annual analysis published on the force website (2018 and 2019)."))
item("leg17", REC, nat("leg17", 4), "C",
     fs("By July 2018 and ongoing following that date, forces should ensure that all officers "
        "who use S&S powers have been provided with, and understand, training on unconscious "
        "bias and CoP APP on S&S.", "G", block="sas15", due="July 2018",
        com="Unconscious bias training in the S&S refresher package."),
     conflict="Different report: the tracker lists it under 'Stop and Search Powers 2 … "
              "Published March 2015'; HMICFRS holds it under PEEL: Police legitimacy 2017.")
# PEEL legitimacy 2017 force
item("leg17col", AFI, F.format(body(58)), "C",
     fs(F.format(body(58)), "G", due="Complete", com="OOCD scrutiny panel reviews samples."))
item("leg17col", AFI, F.format(body(27)), "BP",
     fs(F.format(body(27)), "A", due="December 2019",
        com="Confidential reporting line procured; launch planned."))
item("leg17col", AFI, F.format(body(29)), "BP",
     fs(F.format(missp(body(29), "necessary") if "necessary" in body(29) else body(29)), "G",
        due="Complete", com="Workforce data dashboard live. Pending sign off."))
item("leg17col", AFI, F.format(body(20)), "C",
     fs(F.format(abbr(body(20), "S&S")), "A", due="December 2019",
        com="Monitoring of S&S in the monthly performance pack; BWV review to follow."))
# PEEL 2018/19 (force): 11 AFIs, one lost
item("peel19", AFI, F.format(body(14)), "BP",
     fs(F.format(body(14)), "A", due="No deadline set by HMICFRS",
        com="December 2019 set to align with the next inspection."))
item("peel19", AFI, F.format(body(5)), "BP",
     fs(F.format(missp(body(5), "supervision")), "G", due="December 2019",
        com="Supervisory review template mandated on the crime system. Complete."))
item("peel19", AFI, F.format(body(7)), "BP",
     fs(F.format(abbr(body(7), "RUI")), "A", due="December 2019",
        com="RUI/bail review group chaired by the Head of Criminal Justice."))
item("peel19", AFI, F.format(body(6)), "BP",
     fs(F.format(trunc(body(6), 12)), "R", due="December 2019",
        com="Digital forensic backlog growing; business case rejected. Rationale to be provided."))
item("peel19", AFI, F.format(body(4)), "C",
     fs(F.format(body(4)), "G", due="Complete", com="Consultation through the PCC survey."))
item("peel19", AFI, F.format(body(12)), "BP",
     fs(F.format(body(12)), "A", type="Recommendation", due="No deadline set by HMICFRS",
        com="Outcome-based budgeting pilot in Economic Crime."),
     conflict="Type differs: HMICFRS 'Area for improvement', tracker Type 'Recommendation'.")
item("peel19", AFI, F.format(body(13)), "BP",
     fs(F.format(trunc(body(13), 17)), "A", due="March 2020",
        com="Ready to move to GREEN status."))
item("peel19", AFI, F.format(topic(0, "fraud")), "BP",
     fs(F.format(topic(0, "fraud")), "G", due="December 2019",
        com="Fraud problem profile complete and shared with partners."))
item("peel19", AFI, F.format(topic(12, "fraud")), "C",
     fs(F.format(topic(12, "fraud")), "A", due="December 2019",
        com="Victim care unit expansion in progress."))
item("peel19", AFI, F.format(topic(9, "serious and organised crime")), "BP", None)
item("peel19", AFI, F.format(topic(4, "hate crime")), "AR",
     fs(F.format(abbr(topic(4, "hate crime"), "officers & staff")), "G", due="December 2019",
        com="Hate crime e-learning completed by 94% of officers & staff. Complete."))
# Disproportionate use of police powers 2021
item("powers", REC, nat("powers", 0), "BP",
     fs(nat("powers", 0), "A", due="July 2022", com="Training needs analysis with L&D."))
item("powers", REC, nat("powers", 1), "BP",
     fs(abbr(nat("powers", 1), "CPD", "BWV"), "G", due="July 2021",
        com="CPD day delivered; BWV debriefs recorded. Complete."))
item("powers", REC, BWV_2021, "BP",
     fs(flat(abbr(BWV_2021, "BWV"), " "), "G", due="September 2021",
        com="BWV mandatory for all S&S; monthly review panel; external panel access granted."))
item("powers", REC, nat("powers", 3), "BP",
     fs(abbr(nat("powers", 3), "HO"), "W", due="No deadline set by HMICFRS",
        com="Not the force's responsibility to deliver; dependent upon another organisation."))
item("powers", REC, nat("powers", 4), "AR",
     fs(nat("powers", 4), "A", due="July 2021",
        com="Use of force data now in the S&S dashboard; analysis of disproportionality to "
            "follow."))
# PEEL 2021/22 (force)
VET_COC = ("Cause of concern: " + CAUSES[4].format(force=FORCE)
           + " Recommendation: The force should " + body(15) + ".")
item("peel22", COC, VET_COC, "BP",
     fs(VET_COC.replace(" Recommendation:", "\nRecommendation:"), "A", due="30 Sep 2023",
        com="Vetting backlog reduced from 412 to 160 (update 01/06/2023). Additional vetting "
            "officers recruited."))
item("peel22", AFI, F.format(topic(1, "fraud")), "BP",
     fs(F.format(topic(1, "fraud")), "A", word="Amber", due="30 Sep 2023", com="In progress."))
item("peel22", AFI, F.format(topic(11, "violence against women and girls")), "BP",
     fs(F.format(topic(11, "violence against women and girls")), "G", due="31 Mar 2023",
        com="Graded response times met for 3 consecutive quarters. Complete."))
item("peel22", AFI, F.format(topic(14, "cyber crime")), "BP",
     fs(F.format(topic(14, "cyber crime")), "R", due="30 Sep 2023",
        com="Recruitment to the cyber team paused (budget)."))
item("peel22", AFI, F.format(topic(13, "anti-social behaviour")), "AR", None)
item("peel22", AFI, F.format(topic(10, "serious and organised crime")), "C",
     fs(F.format(topic(10, "serious and organised crime")), "A", due="31 Dec 2023",
        com="SOC performance framework being redesigned."))
item("peel22", AFI, F.format(body(25)), "BP",
     fs(F.format(body(25)), "A", due="31 Mar 2024", com="Culture survey planned for autumn."))
item("peel22", AFI, F.format(body(26)), "BP",
     fs(F.format(body(26)), "G", due="30 Sep 2023",
        com="Succession plans include diversity targets; direct entry detective scheme live."))

# ---------------------------------------------------------------- force rows not on the list
EXTRA = [
    ("peel22", fs(F.format(topic(15, "knife crime")), "A", type="Area for Improvement",
                  due="31 Mar 2024", com="Knife crime evaluation with the Safer City "
                                         "Partnership."),
     "Tracker lists an AFI on evaluating knife crime prevention under PEEL 2021/22; HMICFRS "
     "holds no such item."),
    ("austerity", fs(nat("austerity", 0), "G", type="Recommendation", due="Complete",
                     com="Savings plan reviewed against the VfM profiles."),
     "Policing in Austerity 2014 is not on the HMICFRS list at all."),
    ("austerity", fs(trunc(nat("austerity", 3), 24), "A", type="Recommendation",
                     due="No deadline set by HMICFRS",
                     com="Collaboration with the MPS and BTP under review."),
     "Policing in Austerity 2014 is not on the HMICFRS list at all."),
]
LOCAL_TOPICS = ["fraud", "hate crime", "domestic abuse", "counter-corruption", "cyber crime"]
for i, (la, t) in enumerate(zip([0, 2, 4, 8, 6], LOCAL_TOPICS)):
    pre = ["Internal audit action: ", "Force improvement plan: ", "JAC action: ",
           "Internal audit action: ", ""][i]
    EXTRA.append(("local", fs(pre + LOCAL_ACTIONS[la].format(t=t),
                              ["A", "G", "A", "R", "G"][i], type="Action",
                              due=["31/03/2020", "Complete", "December 2019", "31/03/2019",
                                   "Complete"][i],
                              com=["Lead: Head of Corporate Development.", "Complete.",
                                   "Report to JAC in September.",
                                   "Audit deferred to 2019/20 plan.", "Complete."][i]),
                  "Force's own action (internal audit / improvement plan), not an HMICFRS item."))

BLOCKS = [
    ("peel22", "PEEL 2021/22\nAn inspection of City of London Police by HMICFRS\nPublished May "
               "2022\nThis report identifies one cause of concern and makes 7 areas for "
               "improvement."),
    ("powers", "Disproportionate use of police powers – A spotlight on stop and search and the "
               "use of force\nA national report by HMICFRS\nPublished February 2021\nThis report "
               "makes recommendations for all forces, the Home Office and the NPCC."),
    ("peel19", "PEEL 2018/2019\nA national report by HMICFRS\nPublished May 2019\nThis report "
               "makes 11 areas for improvement"),
    ("leg17", "PEEL: Police Legitimacy 2017 (national)\nA national report by HMICFRS\nPublished "
              "December 2017\nThis report identifies a cause of concern on stop and search and "
              "makes recommendations for all forces."),
    ("leg17col", "PEEL: Police Legitimacy 2017 – City of London Police\nA force report by "
                 "HMICFRS\nPublished December 2017\nThis report makes 4 areas for improvement."),
    ("efc17", "PEEL: Police Efficiency 2017 (national)\nA national report by HMICFRS\nPublished "
              "November 2017\nThis report makes 1 recommendation for chief constables."),
    ("efc17col", "PEEL: Police Efficiency 2017 – City of London Police\nA force report by "
                 "HMICFRS\nPublished November 2017\nThis report makes 4 areas for improvement."),
    ("stolen", "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017\nA national report by HMICFRS\nThis report makes 7 "
               "recommendations for forces."),
    ("cdi17", "Crime Data Integrity 2017\nA force report by HMICFRS\nPublished September 2017\n"
              "This report makes 1 recommendation (shown below in its five parts) and 2 areas "
              "for improvement."),
    ("eff16", "PEEL: Effectiveness 2016\nA force report by HMIC\nPublished March 2017\nThis "
              "report identifies 2 causes of concern and makes 4 areas for improvement."),
    ("firearms", "Targeting the Risk (Firearms Licensing) 2015\nA national report by HMIC\n"
                 "Published September 2015\nThis report makes 5 recommendations for chief "
                 "constables."),
    ("integrity", "Integrity Matters\nA national report by HMIC\nPublished January 2016\nThis "
                  "report makes 1 recommendation for chief constables."),
    ("sas15", "Stop and Search Powers 2: are the police using them effectively and fairly?\nA "
              "national report by HMIC\nPublished March 2015"),
    ("core", "Core Business\nA national report by HMIC\nPublished September 2014\nThis report "
             "makes 2 recommendations for forces."),
    ("austerity", "Policing in Austerity – Meeting the Challenge\nA national report by HMIC\n"
                  "Published July 2014"),
    ("everyone", "Everyone's Business: Improving the police response to domestic abuse\nA "
                 "national report by HMIC\nPublished March 2014"),
    ("sas13", "Stop and Search Powers: Are the police using them effectively and fairly?\nA "
              "national report by HMIC\nPublished July 2013"),
    ("local", "Other actions – Internal Audit and Force Improvement Plan (not HMICFRS "
              "recommendations, included for completeness)"),
]


def build():
    # ------------------------------------------------------------ HMICFRS definitive list
    order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = ("HMICFRS definitive list of recommendations, areas for improvement and causes "
                "of concern – City of London Police – as at 14 August 2023")
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["URN", "Report", "Date published", "Rec type", "Recommendation text", "HMICFRS status"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    used = set()
    row = 4
    for i in order:
        it = ITEMS[i]
        title, pub = REPORTS[it["rep"]]
        while True:
            urn = RNG.randint(1000, 9999) + (pub.year - 2013) * 1200
            if urn not in used:
                used.add(urn)
                break
        it["urn"], it["hrow"] = urn, row
        vals = [urn, title, datetime(pub.year, pub.month, pub.day), it["type"], it["text"],
                HS[it["hs"]]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 3).number_format = "dd/mm/yyyy"
        row += 1
    for col, w in zip("ABCDEF", [8, 50, 14, 20, 90, 18]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(f"{OUT}/hmicfrs.xlsx")

    # ------------------------------------------------------------ force tracker
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix 1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "City of London Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix 1"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "June 2023 HMICFRS Report Recommendations"
    ws["A3"].font = Font(bold=True, size=12)
    key = [("GREEN", "00B050", "The recommendation is implemented"),
           ("AMBER", "FFC000", "The recommendation is subject to ongoing work and monitoring but "
                               "is anticipated will be implemented"),
           ("RED", "FF0000", "The recommendation is beyond designated deadline or cannot / will "
                             "not be implemented (rationale required)"),
           ("WHITE", None, "The recommendation is not CoLP responsibility to deliver or is "
                           "dependent upon another organisation")]
    for k, (word, fill, desc) in enumerate(key):
        r = 4 + k
        ws.cell(r, 2, word).font = Font(bold=True)
        if fill:
            ws.cell(r, 2).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 3, desc)
    hdr = ["No.", "Type", "Recommendations & Areas for Improvement", "Status", "Due Date",
           "Comment"]

    def header(r):
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F3864")
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")

    header(9)
    row = 10
    truth = []
    force_rows = {}  # item index -> list of (row, st)
    frows_all = []
    nonitem = {}
    for bi, (bkey, btext) in enumerate(BLOCKS):
        if bkey == "firearms":  # the header was repeated when the paper was pasted from Word
            header(row)
            nonitem[row] = "repeated header"
            row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        c = ws.cell(row, 1, btext)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 62
        nonitem[row] = "report header block"
        row += 1
        rows = []
        for ii, it in enumerate(ITEMS):
            f = it["force"]
            if f is None:
                continue
            for part in (f if isinstance(f, list) else [f]):
                if part.get("block", it["rep"]) == bkey:
                    rows.append((ii, part, None))
        for ek, spec, why in EXTRA:
            if ek == bkey:
                rows.append((None, spec, why))
        n = 0
        for ii, spec, why in rows:
            if "no" in spec and not spec["no"][-1].isalpha():
                no = spec["no"]
                n = int(no)
            elif "no" in spec:
                no = spec["no"]
                if spec["no"].endswith("a"):
                    n += 1
            else:
                n += 1
                no = n
            typ = spec.get("type") or FTYPE[ITEMS[ii]["type"]]
            st = spec["st"]
            due = spec.get("due")
            m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", due or "")
            if m:
                due = datetime(int(m[3]), int(m[2]), int(m[1]))
            vals = [no if isinstance(no, str) else int(no), typ, spec["text"],
                    spec.get("word", FWORD[st]), due, spec.get("com")]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(due, datetime):
                ws.cell(row, 5).number_format = "dd/mm/yyyy"
            if FFILL[st]:
                ws.cell(row, 4).fill = PatternFill("solid", fgColor=FFILL[st])
            if ii is None:
                truth.append((None, row, "not_on_hmicfrs_list", why))
            else:
                force_rows.setdefault(ii, []).append((row, st))
            frows_all.append(row)
            row += 1
        row += 1  # blank row between reports
    # notes and totals at the foot
    ws.cell(row, 1, "Notes: Due dates are those set by HMICFRS where given; otherwise the date "
                    "agreed by the Strategic Management Board. Items move to GREEN only when "
                    "evidence is held by the Strategic Development team.")
    nonitem[row] = "notes"
    row += 1
    counts = {w: 0 for w in FWORD.values()}
    for r in frows_all:
        counts[ws.cell(r, 4).value.strip().upper()] += 1
    ws.cell(row, 1, "Total")
    ws.cell(row, 3, f"{len(frows_all)} items")
    ws.cell(row, 4, ", ".join(f"{k} {v}" for k, v in counts.items()))
    nonitem[row] = "totals"
    for col, w in zip("ABCDEF", [6, 22, 80, 10, 22, 60]):
        ws.column_dimensions[col].width = w
    wb.save(f"{OUT}/tracker.xlsx")

    # ------------------------------------------------------------ truth
    for ii in order:
        it = ITEMS[ii]
        h = f"Definitive list!{it['hrow']}"
        if ii not in force_rows:
            truth.append((it["hrow"], None, "missing_from_force",
                          f"On the HMICFRS list ({REPORTS[it['rep']][0]}, {it['type']}) with "
                          f"no row in the tracker."))
            continue
        parts = force_rows[ii]
        done = all(st in FDONE for _, st in parts)
        if it["conflict"]:
            cat, why = "conflict", it["conflict"]
        else:
            cat = category(it["hs"] in HCLOSED, done)
            fw = "/".join(FWORD[st] for _, st in parts)
            why = f"HMICFRS '{HS[it['hs']]}', tracker {fw}"
            if len(parts) > 1:
                why += f" (split into {len(parts)} rows)"
            if "W" in {st for _, st in parts}:
                why += "; WHITE = not CoLP's to deliver, read as done"
            why += "."
        for r, _ in parts:
            truth.append((it["hrow"], r, cat, why))
    lines = []
    for h, f, cat, why in sorted(truth, key=lambda t: (t[1] is None, t[1] or 0, t[0] or 0)):
        lines.append([f"Definitive list!{h}" if h else "", f"Appendix 1!{f}" if f else "",
                      cat, why])
    write_truth(f"{OUT}/truth.csv", lines)
    return ITEMS, lines, nonitem


if __name__ == "__main__":
    items, lines, nonitem = build()
    from collections import Counter
    print(len(items), "HMICFRS items;", sum(1 for l in lines if l[1]), "force item rows;",
          len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
    print("non-item rows:", nonitem)
