"""Build the evaluation case `frs_eleven_areas_plan` (round 48, forcefree5).

A fire and rescue service's HMICFRS improvement plan, laid out the way Round 3 reports are
graded: every finding the service holds (2019, 2021 and 2023 inspections, the March 2023
values and culture thematic, plus its own actions) is filed under one of HMICFRS's 11 judgment
areas, grouped under the three pillars, with the service's own plan IDs and a BRAG column.
The HMICFRS side is the Service Liaison Lead's extract of the findings HMICFRS holds for the
service (assumed layout; see README.md).

Run:  /work/main/.venv/bin/python build_frs_eleven_areas_plan.py
Rebuilds frs_eleven_areas_plan/ byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 48005
random.seed(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "frs_eleven_areas_plan"
FIXED_TIME = (2024, 11, 29, 9, 0, 0)
FIXED_ISO = "2024-11-29T09:00:00Z"

SERVICE = "Wyvern Fire and Rescue Service"

# --------------------------------------------------------------------------------------------
# Reports (HMICFRS titles as HMICFRS writes them; service name is fictional)
# --------------------------------------------------------------------------------------------
R1 = ("Fire & Rescue Service Effectiveness, efficiency and people 2018/19 – An inspection of "
      f"{SERVICE}", dt.date(2019, 12, 17))
R2 = (f"Effectiveness, efficiency and people 2021/22 – {SERVICE}", dt.date(2021, 12, 15))
VC = ("Values and culture in fire and rescue services", dt.date(2023, 3, 30))
R3 = (f"Effectiveness, efficiency and people 2023–25: {SERVICE}", dt.date(2023, 10, 19))

AREAS = {
    "UR": "Understanding the risk of fire and other emergencies",
    "PV": "Preventing fires and other risks",
    "PT": "Protecting the public through fire regulation",
    "RS": "Responding to fires and other emergencies",
    "MI": "Responding to major and multi-agency incidents",
    "BR": "Making best use of resources",
    "AF": "Making the FRS affordable now and in the future",
    "VC": "Promoting the right values and culture",
    "RP": "Getting the right people with the right skills",
    "FD": "Ensuring fairness and promoting diversity",
    "PL": "Managing performance and developing leaders",
}
PILLAR = {"UR": "Effectiveness", "PV": "Effectiveness", "PT": "Effectiveness",
          "RS": "Effectiveness", "MI": "Effectiveness", "BR": "Efficiency", "AF": "Efficiency",
          "VC": "People", "RP": "People", "FD": "People", "PL": "People"}
# Round 1 called area 5 "Responding to national risks" and area 7 by its longer name.
R1_AREA = dict(AREAS, MI="Responding to national risks",
               AF="Making the fire and rescue service affordable now and in the future")

# --------------------------------------------------------------------------------------------
# HMICFRS texts (real public HMICFRS wording; sources in README.md)
# --------------------------------------------------------------------------------------------
T = {
    # Round 1 (2018/19) areas for improvement
    "a1": "The service should ensure it gathers and records relevant and up-to-date risk "
          "information to help protect firefighters, the public and property during an emergency.",
    "a2": "The service should ensure it targets its prevention work at people most at risk.",
    "a3": "The service should evaluate its prevention work, so it understands the benefits better.",
    "a4": "The service should ensure it allocates enough resources to a prioritised and "
          "risk-based inspection programme.",
    "a5": "The service should ensure it addresses effectively the burden of false alarms (termed "
          "‘unwanted fire signals’).",
    "a6": "The service should ensure it works with local businesses and large organisations to "
          "share information and expectations on compliance with fire safety regulations.",
    "a7": "The service should ensure it has an effective system for staff to use learning and "
          "debriefs to improve operational response and incident command.",
    "a8": "The service should ensure it is well-prepared to form part of a multi-agency response "
          "to a community risk identified by its local resilience forum, including a marauding "
          "terrorist attack, and that its procedures for responding to terrorist-related "
          "incidents are understood by all staff and are well tested.",
    "a9": "The service should make sure it effectively monitors, reviews and evaluates the "
          "benefits and outcomes of any collaboration.",
    "a10": "The service should put in place an open and fair process to identify, develop and "
           "support high-potential staff and aspiring leaders.",
    # Round 2 (2021/22) areas for improvement
    "b1": "The service needs to improve how it engages with the local community to build up a "
          "comprehensive profile of risk in the service area.",
    "b2": "The service should make sure its firefighters have good access to relevant and "
          "up-to-date risk information.",
    "b3": "The service should make sure it quality assures its prevention activity, so staff "
          "carry out safe and well visits to an appropriate standard.",
    "b4": "The service should evaluate its prevention work, so it understands the benefits better.",
    "b5": "The service should ensure it allocates enough resources to a prioritised and "
          "risk-based inspection programme.",
    "b6": "The service should make sure it has an effective quality assurance process, so staff "
          "carry out audits to an appropriate standard.",
    "b7": "The service should ensure it has an effective system for staff to use learning and "
          "debriefs to improve operational response and incident command.",
    "b8": "The service should make sure it has appropriate business continuity arrangements in "
          "place, which are regularly reviewed and tested, and that take account of all "
          "foreseeable threats and risks.",
    "b9": "The service should make sure it effectively monitors, reviews and evaluates the "
          "benefits and outcomes of any collaboration.",
    "b10": "The service should ensure senior managers are visible and demonstrate service values "
           "through their behaviours.",
    "b11": "The service should monitor secondary contracts to make sure working hours are not "
           "exceeded.",
    "b12": "The service should review its succession planning to make sure that it has effective "
           "arrangements in place to manage staff turnover while continuing to provide its core "
           "service to the public.",
    "b13": "The service should put in place an open and fair process to identify, develop and "
           "support high-potential staff and aspiring leaders.",
    "b14": "The service should assure itself that staff are confident using its feedback "
           "mechanisms.",
    # Round 2 cause of concern recommendations
    "c1": "By 30 September 2021, the service should have the following in place:\n"
          "• an effective system to define the levels of risk in the community;\n"
          "• a revised prevention strategy that clearly prioritises the people most at risk "
          "giving focus and direction to specialist teams; and\n"
          "• a review of systems and processes for dealing with referrals making sure that those "
          "with highest identified risk are prioritised.",
    "c2": "By 31 January 2022, the service should:\n"
          "• give greater priority to how it increases awareness of equality, diversity and "
          "inclusion;\n"
          "• make sure it has appropriate ways to engage with and seek feedback from all staff;\n"
          "• make improvements to the way it collects equality data to better understand its "
          "workforce demographics and needs;\n"
          "• ensure it has robust processes in place to undertake equality impact assessments; "
          "and\n"
          "• be more ambitious in its efforts to attract a more diverse workforce which better "
          "reflects the community it serves.",
    # Round 3 causes of concern and recommendations
    "d1": "Some improvements in prevention have been made since our last inspection. The service "
          "has revised its prevention strategy, and this is giving its prevention and response "
          "teams better direction. But the service is still not adequately identifying and "
          "prioritising those most at risk from fire.",
    "d2": "Within 28 days, the service should review its action plan to make sure that:\n"
          "• it has an effective system to define the levels of risk in the community; and\n"
          "• its systems and processes for dealing with referrals from individuals and partner "
          "agencies effectively manage and prioritise those referrals with the highest identified "
          "risk.",
    "d3": "The service hasn’t done enough since our last inspection to address its areas for "
          "improvement and provide clear direction to make sure that its teams can prioritise "
          "work according to risk.",
    "d4": "Within 28 days, the service should provide an action plan that clearly defines its "
          "risk-based inspection programme, within a revised protection strategy, which is "
          "aligned to its next public safety plan.",
    # Round 3 areas for improvement
    "e1": "The service should make sure its firefighters and fire control staff have good access "
          "to relevant and up-to-date risk information.",
    "e2": "The service should make sure that staff understand how to identify vulnerability and "
          "safeguard vulnerable people.",
    "e3": "The service should evaluate its prevention work, so it understands the benefits better.",
    "e4": "The service should make sure it uses its full range of enforcement powers, and in "
          "particular prosecutes those who don’t comply with fire safety regulations, when "
          "appropriate.",
    "e5": "The service should make sure it effectively addresses the burden of false alarms "
          "(termed ‘unwanted fire signals’).",
    "e6": "The service should make sure it has an effective system for staff to use learning and "
          "debriefs to improve operational response and incident command.",
    "e7": "The service should make sure it is well-prepared to form part of a multi-agency "
          "response to a terrorist incident, and its procedures for responding are understood by "
          "all staff and are well tested.",
    "e8": "The service should make sure its workforce plan takes full account of the necessary "
          "skills and capabilities to carry out its community risk management plan.",
    "e9": "The service should make sure there is a testing programme for its business continuity "
          "plans, particularly in high-risk areas of service.",
    "e10": "The service should assure itself that its values and behaviours are understood and "
           "demonstrated at all levels of the organisation.",
    "e11": "The service should monitor secondary contracts to make sure working hours are not "
           "exceeded.",
    "e12": "The service should make sure it has a reliable system to record and monitor "
           "operational staff competence.",
    "e13": "The service should make sure it has robust processes in place to undertake equality "
           "impact assessments and review any actions agreed as a result.",
    "e14": "The service should make improvements to the way it collects equality data to better "
           "understand its workforce demographics and needs.",
    "e15": "The service should put in place an open and fair process to identify, develop and "
           "support high-potential staff and aspiring leaders.",
    "e16": "The service should make sure the corporate risk register is actively used to "
           "mitigate and manage known risks.",
    "e17": "The service should make sure all processes in place to support performance "
           "management are effective.",
    "e18": "The service should make sure it has access to accurate data and analysis to support "
           "effective performance management.",
    # Values and culture in fire and rescue services (30 March 2023), recommendations to CFOs
    "f1": "By 1 October 2023, chief fire officers should put plans in place to monitor, including "
          "through the gathering and analysis of staff feedback, watch and team cultures and "
          "provide prompt remedial action for any issues they identify.",
    "f2": "By 1 October 2023, as a precursor to the development of the College of Fire and "
          "Rescue, chief fire officers and the National Fire Chiefs Council should work with the "
          "Home Office to consider how they can improve the training and support they offer to "
          "staff in management and leadership development. This should include authority "
          "members in respect of their assurance leadership roles and should ensure that "
          "opportunities are offered fairly across all staff groups.",
    "f3": "By 1 June 2023, chief fire officers should assure themselves that updates on how "
          "concerns are being handled are shared with those who have raised them. The updates "
          "should be given in an accessible way that encourages trust and confidence in the "
          "service response. Consideration should be given to creating a professional standards "
          "function to handle conduct concerns in service (or from an external service) to have "
          "oversight of cases, to make sure they are conducted in a fair and transparent way and "
          "to act as a point of contact for all staff involved.",
    "f4": "By 1 June 2023, chief fire officers should, as a priority, specify in succession plans "
          "how they intend to improve diversity across all levels of the service. This should "
          "include offering increased direct-entry opportunities.",
    "f5": "By 1 January 2024, chief fire officers should:\n"
          "• immediately review their current background checks arrangements, and make sure that "
          "suitable and sufficient background checks are in place to safeguard their staff and "
          "communities they serve; and\n"
          "• make sure that appropriate DBS check requests have been submitted for all existing, "
          "new staff, and volunteers, according to their roles as identified by the Fire "
          "Standards Board.",
    "f6": "By 1 October 2023, Chief Fire Officers should make sure their services provide a "
          "confidential way for staff to raise concerns and that staff are aware of "
          "whistleblowing processes.",
    "f7": "By 1 June 2023, Chief Fire Officers should review the support available for those who "
          "have raised concerns and take any action needed to make sure these provisions are "
          "suitable.",
    "f8": "By 1 June 2023, Chief Fire Officers should make sure they provide accessible "
          "information for all staff and members of the public on how they can raise concerns "
          "and access confidential support (including through external agencies). Chief Officers "
          "should also make sure accessible information is provided on how concerns and "
          "allegations will be investigated in a way that ensures confidentiality and is "
          "independent of the alleged perpetrator.",
    "f9": "By 1 June 2023, chief fire officers should review how they gather and use equality and "
          "diversity data to improve their understanding of their staff demographics, including "
          "applying and meeting the requirements of the National Fire Chiefs Council equality, "
          "diversity and inclusion data toolkit.",
}
# The values and culture recommendation aimed at national bodies (not at services)
VC_EXTERNAL = ("By 1 October 2023, National Employer, the Local Government Association and the "
               "National Fire Chiefs Council should review any current independent arrangements "
               "whereby staff can raise concerns outside their FRS. They should then ensure that "
               "all FRS staff have access to an independent reporting line that can be used as a "
               "confidential way to raise concerns outside their own FRS.")

# --------------------------------------------------------------------------------------------
# HMICFRS side: (key, report, area code, type, cause-of-concern link, status, status date, note)
# --------------------------------------------------------------------------------------------
SUP21 = ("Closed – superseded", dt.date(2021, 12, 15),
         "Reviewed at 2021/22 inspection. Any continuing finding reissued in that report.")
SUP23 = ("Closed – superseded", dt.date(2023, 10, 19),
         "Reviewed at 2023–25 inspection. Any continuing finding reissued in that report.")
COC21 = ("Closed – superseded", dt.date(2023, 10, 19),
         "Cause of concern not fully addressed; reissued with new recommendations 19/10/2023.")
OPEN = ("Open", None, None)

H = []  # list of dicts in HMICFRS sheet order


def h(key, rep, area, ftype, coc, status):
    st, sd, note = status
    H.append(dict(key=key, rep=rep, area=area, type=ftype, coc=coc, status=st, sdate=sd,
                  note=note, text=T[key]))


AFI = "Area for improvement"
REC = "Recommendation"
COC = "Cause of concern"
NREC = "National recommendation"

for k, a in [("a1", "UR"), ("a2", "PV"), ("a3", "PV"), ("a4", "PT"), ("a5", "PT"), ("a6", "PT"),
             ("a7", "RS"), ("a8", "MI"), ("a9", "BR"), ("a10", "PL")]:
    h(k, R1, a, AFI, None, SUP21)
for k, a, t, c, s in [("b1", "UR", AFI, None, SUP23), ("b2", "UR", AFI, None, SUP23),
                      ("c1", "PV", REC, "Prevention (2021)", COC21),
                      ("b3", "PV", AFI, None, SUP23), ("b4", "PV", AFI, None, SUP23),
                      ("b5", "PT", AFI, None, SUP23), ("b6", "PT", AFI, None, SUP23),
                      ("b7", "RS", AFI, None, SUP23), ("b8", "BR", AFI, None, SUP23),
                      ("b9", "BR", AFI, None, SUP23), ("b10", "VC", AFI, None, SUP23),
                      ("b11", "VC", AFI, None, SUP23), ("b12", "RP", AFI, None, SUP23),
                      ("c2", "FD", REC, "Equality, diversity and inclusion (2021)", COC21),
                      ("b14", "FD", AFI, None, SUP23), ("b13", "PL", AFI, None, SUP23)]:
    h(k, R2, a, t, c, s)
VC_UPD = ("Open", dt.date(2024, 9, 30), "Service update received 30/09/2024.")
for k, s in [("f3", ("Open", None, None)),
             ("f4", ("Closed – complete", dt.date(2024, 3, 28),
                     "Succession plan with diversity actions seen; closed.")),
             ("f7", OPEN), ("f8", VC_UPD), ("f9", OPEN), ("f5", VC_UPD),
             ("f6", ("Closed – complete", dt.date(2024, 6, 14),
                     "Confidential reporting line and whistleblowing policy in place; closed.")),
             ("f1", VC_UPD), ("f2", OPEN)]:
    h(k, VC, None, NREC, None, s)
PREV_CLOSED = ("Closed – complete", dt.date(2024, 11, 8),
               "Closed following revisit; see progress letter of 8 November 2024.")
h("d1", R3, "PV", COC, "Prevention (2023)", PREV_CLOSED)
h("d2", R3, "PV", REC, "Prevention (2023)", PREV_CLOSED)
h("d3", R3, "PT", COC, "Protection (2023)",
  ("Open", dt.date(2024, 11, 8), "Good progress noted at revisit; remains open."))
h("d4", R3, "PT", REC, "Protection (2023)",
  ("Open", dt.date(2024, 11, 8), "Action plan received 16/11/2023; progress monitored in Engage."))
for k, a in [("e1", "UR"), ("e2", "PV"), ("e3", "PV"), ("e4", "PT"), ("e5", "PT"), ("e6", "RS"),
             ("e7", "MI"), ("e16", "BR"), ("e9", "BR"), ("e10", "VC"), ("e11", "VC"),
             ("e8", "RP"), ("e12", "RP"), ("e13", "FD"), ("e14", "FD"), ("e15", "PL"),
             ("e17", "PL"), ("e18", "PL")]:
    h(k, R3, a, AFI, None, OPEN)

# Finding IDs: plain integers, one block per inspection (as the police register's ids)
_next = {R1[0]: 31204, R2[0]: 52117, VC[0]: 66501, R3[0]: 70342}
for item in H:
    item["fid"] = _next[item["rep"][0]]
    _next[item["rep"][0]] += random.choice([1, 1, 2, 3])

# --------------------------------------------------------------------------------------------
# Tracker side. Each row: (key or None, area, plan id, source, type, text, response, owner,
#   lead, target, brag, update, evidence, category, why)
# key None = not an HMICFRS item. Split rows share a key.
# --------------------------------------------------------------------------------------------
S19, S21, S23, SVC = "HMICFRS 2019", "HMICFRS 2021", "HMICFRS 2023", "HMICFRS V&C 2023"
OWN = {
    "UR": ("AM Community Risk", "GM Risk & Intelligence"),
    "PV": ("AM Prevention", "GM Prevention"),
    "PT": ("AM Protection", "GM Protection"),
    "RS": ("AM Response", "GM Operational Assurance"),
    "MI": ("AM Response", "SM Resilience"),
    "BR": ("Director of Finance & Assets", "Head of Corporate Planning"),
    "AF": ("Director of Finance & Assets", "Head of Finance"),
    "VC": ("Director of People", "Head of HR"),
    "RP": ("Director of People", "Head of Training & Development"),
    "FD": ("Director of People", "Head of EDI"),
    "PL": ("DCFO", "Head of Performance & Data"),
}

F = []


def f(key, area, pid, src, typ, text, resp, target, brag, update, evidence, cat, why,
      owner=None):
    o, lead = OWN[area]
    if owner:
        o = owner
    F.append(dict(key=key, area=area, pid=pid, src=src, typ=typ, text=text, resp=resp,
                  owner=o, lead=lead, target=target, brag=brag, update=update,
                  evidence=evidence, cat=cat, why=why))


GREY21 = "Closed by HMICFRS at 2021 inspection"
GREY23 = "Closed by HMICFRS at 2023 inspection"

# ---- 1 Understanding risk
f("a1", "UR", "UR01", S19, "AFI",
  "The service should ensure it gathers and records relevant and up to date risk information "
  "to help protect firefighters, the public and property during an emergency.",
  "Site-specific risk information (SSRI) review programme; MDT upgrade.", "Complete", "Grey",
  "Superseded – see UR03 (2021) and UR05 (2023).", GREY21,
  "in_sync", "2019 AFI closed by HMICFRS (superseded); tracker Grey = closed. Hyphens dropped only.")
f("b1", "UR", "UR02", S21, "AFI", T["b1"],
  "CRMP 2022-25 consultation with seldom-heard groups; community risk profile refresh.",
  "Complete", "Grey", "Community risk profile published with CRMP. Not repeated in 2023 report.",
  GREY23, "in_sync", "2021 AFI closed by HMICFRS at 2023 inspection; tracker Grey.")
f("b2", "UR", "UR03", S21, "AFI", T["b2"],
  "Move SSRI to the new MDT platform; 12-monthly review cycle for high-risk premises.",
  "31/03/2023", "Blue",
  "All SSRI migrated; review compliance 94%. Evidence pack EV-031 approved IB 14/02/2023.",
  "EV-031; Closed by HMICFRS at 2023 inspection", "in_sync",
  "2021 AFI closed by HMICFRS; tracker Blue = complete. Both closed.")
f(None, "UR", "UR04", S23, "Other comment",
  "Report comment (not an AFI): risk information held for thatched and heritage properties in "
  "the north of the county was found to be out of date.",
  "Add thatched/heritage premises to SSRI review list.", "Mar-25", "Green",
  "Survey of 140 thatched properties under way with Stations 11 and 14.", "",
  "not_on_hmicfrs_list",
  "A narrative comment from the 2023 report the service chose to track; HMICFRS lists only "
  "causes of concern, recommendations and AFIs.")
f("e1", "UR", "UR05", S23, "AFI", T["e1"],
  "Give Fire Control read access to SSRI; align Control and crew risk information.",
  "30/09/2024", "Blue",
  "Fire Control access to SSRI live since 01/10/2024. Evidence pack EV-111 approved IB "
  "07/11/2024.", "EV-111", "closeable_submit",
  "2023 AFI open at HMICFRS; tracker Blue (complete, evidence approved) - submit for closure.")
# ---- 2 Prevention
f("a2", "PV", "PV01", S19, "AFI", T["a2"], "Targeting strategy using Exeter data.",
  "Complete", "Grey", "Superseded by 2021 cause of concern (PV04-PV06).", GREY21, "in_sync",
  "2019 AFI closed (superseded); tracker Grey.")
f("a3", "PV", "PV02", S19, "AFI", T["a3"], "Evaluation framework for Safe and Well.",
  "Complete", "Grey", "Repeated in 2021 (PV08) and 2023 (PV13).", GREY21, "in_sync",
  "Same wording recurs in 2021 and 2023; this is the 2019 row, closed on both sides.")
f("b3", "PV", "PV03", S21, "AFI",
  "The service should make sure it quality assures its prevention activity, so staff carry out "
  "S&W visits to an appropriate standard.",
  "Dip-sample 5% of Safe and Well visits monthly; QA feedback to watches.", "Dec-24", "Amber",
  "QA sampling in place at 3 of 4 hubs; north hub behind due to vacancies.", "",
  "closeable_local",
  "HMICFRS closed the 2021 AFI at the 2023 inspection (not reissued); tracker still Amber. "
  "'S&W' = safe and well.")
C1_STEM = "CfC Prevention (2021) – Rec part {} of 3. By 30 September 2021, the service should " \
          "have in place: "
f("c1", "PV", "PV04", S21, "Rec (CfC)",
  C1_STEM.format(1) + "an effective system to define the levels of risk in the community.",
  "Household risk model using partner data.", "30/09/2021", "Grey",
  "Carried into 2023 CfC – see PV09/PV10.", "Superseded by 2023 CfC", "in_sync",
  "Split row 1 of 3 of the 2021 prevention CfC recommendation; HMICFRS closed it "
  "(superseded); tracker Grey.")
f("c1", "PV", "PV05", S21, "Rec (CfC)",
  C1_STEM.format(2) + "a revised prevention strategy that clearly prioritises the people most "
  "at risk giving focus and direction to specialist teams.",
  "Prevention Strategy 2022-25.", "30/09/2021", "Grey",
  "Strategy approved by CFA Dec 2021. Carried into 2023 CfC.", "Superseded by 2023 CfC",
  "in_sync", "Split row 2 of 3 of the same recommendation; closed on both sides.")
f("c1", "PV", "PV06", S21, "Rec (CfC)",
  C1_STEM.format(3) + "a review of systems and processes for dealing with referrals making "
  "sure that those with highest identified risk are prioritised.",
  "Referral triage review with partners.", "30/09/2021", "Grey",
  "Carried into 2023 CfC – see PV10.", "Superseded by 2023 CfC", "in_sync",
  "Split row 3 of 3 of the same recommendation; closed on both sides.")
f(None, "PV", "PV07", "Improvement Board", "Action",
  "Commission an independent review of Safe and Well referral pathways with Adult Social Care "
  "and report the findings to the Improvement Board.",
  "Terms of reference agreed with ASC.", "Jan-25", "Green",
  "Reviewer appointed; fieldwork Nov-Dec 2024.", "", "not_on_hmicfrs_list",
  "The service's own Improvement Board action, not an HMICFRS finding.")
f("b4", "PV", "PV08", S21, "AFI", T["b4"], "Evaluation framework v2 with university partner.",
  "Complete", "Grey", "Repeated again in 2023 – see PV13.", GREY23, "in_sync",
  "2021 copy of the recurring 'evaluate its prevention work' AFI; closed on both sides.")
f("d1", "PV", "PV09", S23, "CfC", T["d1"],
  "Prevention CfC action plan (Engage).", "31/03/2024", "Blue",
  "All actions complete. HMICFRS revisit May 2024.", "EV-088 approved IB 11/04/2024",
  "in_sync", "2023 prevention cause of concern closed by HMICFRS 08/11/2024; tracker Blue.")
f("d2", "PV", "PV10", S23, "Rec (CfC)",
  "Within 28 days, the service should review its action plan to make sure that: "
  "• it has an effective system to define the levels of risk in the community; and "
  "• its systems and processes for dealing with referrals from individuals and partner agencies "
  "effectively manage and prioritise those referrals with the highest identified risk.",
  "Risk stratification of all referrals (very high / high / medium / low); 5-day target for "
  "very high.", "31/03/2024", "Amber",
  "Referral triage live. HMICFRS revisit May 2024 – awaiting outcome letter.", "",
  "closeable_local",
  "HMICFRS closed the recommendation with the cause of concern on 08/11/2024; the tracker row "
  "was not updated after the letter and is still Amber.")
f("e2", "PV", "PV12", S23, "AFI", "AFI – " + T["e2"],
  "Level 1 safeguarding e-learning for all staff; Level 2 for supervisors.", "30/06/2024",
  "Blue", "Completion 96% (L1), 91% (L2). Evidence pack EV-102 approved IB 12/09/2024.",
  "EV-102 submitted to HMICFRS SLL 20/09/2024", "closeable_submit",
  "2023 AFI still open at HMICFRS; tracker Blue with evidence submitted - submit for closure.")
f("e3", "PV", "PV13", S23, "AFI", "Repeat AFI (2019, 2021) – " + T["e3"],
  "Evaluation of Safe and Well outcomes (fire deaths, repeat referrals) in performance pack.",
  "31/03/2025", "Green", "Evaluation methodology agreed; first report due Q4.", "", "in_sync",
  "The 2023 instance of the recurring AFI: open at HMICFRS, Green in tracker. Must not be "
  "confused with PV02/PV08.")
# ---- 3 Protection
f("a4", "PT", "PT01", S19, "AFI",
  "The service should ensure it allocates enough resources to a prioritised and risk based "
  "inspection programme (RBIP).",
  "Protection growth bid.", "Complete", "Grey", "Repeated in 2021 – PT05.", GREY21, "in_sync",
  "2019 AFI closed (superseded); tracker Grey. Same text recurs in 2021 (PT05).")
f("a5", "PT", "PT02", S19, "AFI",
  "The service should ensure it addresses effectively the burden of false alarms (UwFS).",
  "UwFS policy: call challenge in Fire Control; no attendance to AFAs at low-risk premises "
  "in daytime.", "Mar-25", "Amber",
  "Call challenge live. Non-attendance policy delayed pending consultation. Also raised in 2023 "
  "(PT09).", "", "closeable_local",
  "HMICFRS closed the 2019 AFI (superseded at the 2021 inspection); the service still carries "
  "the 2019 row as Amber. 'UwFS' = unwanted fire signals.")
f("a6", "PT", "PT03", S19, "AFI", T["a6"], "Business engagement plan.", "Complete", "Grey",
  "Business Safety newsletter and events in place.", GREY21, "in_sync",
  "2019 AFI closed; tracker Grey.")
f(None, "PT", "PT04", "Service", "Action",
  "Recruit and train four additional fire safety inspectors (Level 4 Diploma) to increase "
  "RBIP capacity.",
  "Growth approved in 2024/25 budget.", "Sep-25", "Green",
  "Two appointed; two posts re-advertised.", "", "not_on_hmicfrs_list",
  "A local resourcing action supporting the protection CfC; not an HMICFRS finding.")
f("b5", "PT", "PT05", S21, "AFI", T["b5"], "RBIP 2022 model.", "Complete", "Grey",
  "Replaced by 2023 protection CfC – PT07/PT08.", GREY23, "in_sync",
  "2021 AFI closed by HMICFRS at 2023 inspection; tracker Grey.")
f("b6", "PT", "PT06", S21, "AFI",
  "The service should make sure it has an effective QA process, so staff carry out fire safety "
  "audits to an appropriate standard.",
  "QA of 10% of audits by GM Protection.", "Dec-24", "Green",
  "QA process drafted; competency framework alignment outstanding.", "", "closeable_local",
  "HMICFRS closed the 2021 AFI (not reissued in 2023); tracker still Green = on track (open).")
f("d3", "PT", "PT07", S23, "CfC", T["d3"], "Protection improvement plan (Engage).",
  "31/03/2025", "Green",
  "Revisit May 2024 noted good progress. Protection strategy 2024-27 approved.", "", "in_sync",
  "2023 protection cause of concern open at HMICFRS; tracker Green (open).")
f("d4", "PT", "PT08", S23, "Rec (CfC)",
  "Within 28 days, the service should provide an action plan that clearly defines its RBIP, "
  "within a revised protection strategy, aligned to its next public safety plan.",
  "Action plan to HMICFRS.", "16/11/2023", "Blue",
  "Action plan submitted 16/11/2023 (within 28 days). Delivery tracked under PT07.",
  "Submitted 16/11/2023", "closeable_submit",
  "HMICFRS still shows the recommendation open; the service records it complete (the plan was "
  "delivered). Submit for closure.")
f("e5", "PT", "PT09", S23, "AFI", T["a5"],
  "See PT02 – UwFS non-attendance policy; AFA reduction target 20%.", "30/06/2024", "Blue",
  "Policy in force from 01/07/2024; AFA attendances down 23% on last year. EV-097 approved IB.",
  "EV-097 submitted to SLL 20/09/2024", "closeable_submit",
  "2023 AFI open at HMICFRS; tracker Blue. The row pastes the 2019 wording ('ensure it "
  "addresses effectively') but is marked HMICFRS 2023: same finding.")
f("e4", "PT", "PT10", S23, "AFI", T["e4"],
  "Enforcement and prosecution policy; legal services SLA.", "31/03/2025", "Amber",
  "Policy approved; no prosecution files yet; SLA with county legal team not signed.", "",
  "in_sync", "2023 AFI open at HMICFRS; tracker Amber (open).")
# ---- 4 Response
f("a7", "RS", "RS01", S19, "AFI", T["a7"], "Operational assurance debrief system.",
  "Complete", "Blue", "Debrief app introduced 2020.", "Closed by HMICFRS 2021", "in_sync",
  "2019 AFI closed by HMICFRS; tracker Blue (complete). Same text recurs 2021 and 2023.")
f("b7", "RS", "RS02", S21, "AFI", T["b7"], "Learning from incidents group.", "Mar-25", "Amber",
  "Carried forward – repeated in 2023, see RS03. Debrief compliance still below target.", "",
  "closeable_local",
  "HMICFRS closed the 2021 AFI at the 2023 inspection (reissued as a new 2023 AFI); the 2021 "
  "row is still Amber. Identical text to the 2019 row RS01.")
f("e6", "RS", "RS03", S23, "AFI", T["e6"],
  "Operational learning board; national operational learning (NOL) returns; debrief "
  "compliance reporting.", "31/03/2025", "Green",
  "Hot debrief compliance 82% against 95% target.", "", "in_sync",
  "2023 AFI open at HMICFRS; tracker Green (open).")
f(None, "RS", "RS04", "Service", "Action",
  "Self-identified: review on-call availability and crewing arrangements at day-crewed "
  "stations.",
  "On-call review project.", "Jun-25", "Amber", "Options paper to SLT Jan 2025.", "",
  "not_on_hmicfrs_list", "The service's own (self-identified) improvement action.")
# ---- 5 Major incidents
f("a8", "MI", "MI01", S19, "AFI",
  "The service should ensure it is well prepared to form part of a multi-agency response to a "
  "community risk identified by its LRF, including a MTA, and that its procedures for "
  "responding to terrorist related incidents are understood by all staff and are well tested.",
  "MTA training for all crews; JESIP exercises.", "Complete", "Blue",
  "All crews trained; exercise programme in place.", "Closed by HMICFRS 2021", "in_sync",
  "2019 AFI closed by HMICFRS; tracker Blue. Note the 2023 terrorism AFI is NOT in the "
  "tracker: this row must not absorb it.")
# ---- 6 Best use of resources
f("b8", "BR", "BR01", S21, "AFI", T["b8"], "Business continuity framework refresh.",
  "Complete", "Blue", "BC plans reviewed for all departments 2022.", "Closed by HMICFRS 2023",
  "in_sync", "2021 AFI closed by HMICFRS; tracker Blue.")
f("b9", "BR", "BR02", S21, "AFI", T["b9"],
  "Collaboration register with benefits tracking (police estates share, ambulance co-response).",
  "Mar-25", "Green", "Register built; benefits reviews for 3 of 7 collaborations done.", "",
  "closeable_local",
  "HMICFRS closed the 2021 AFI (not reissued in 2023); tracker Green (open). The 2019 AFI with "
  "identical text has no tracker row.")
f("e9", "BR", "BR03", S21, "AFI", T["e9"],
  "BC testing calendar: Fire Control, ICT and fleet tested annually.", "31/12/2024", "Amber",
  "Fire Control test done Sep 2024; ICT test slipped to Feb 2025.", "", "conflict",
  "HMICFRS holds this AFI against the 2023–25 report; the tracker files it under HMICFRS 2021 "
  "(report conflict). The 2021 business continuity AFI is a different text (BR01).")
f("e16", "BR", "BR04", S23, "AFI",
  "The Service Should make sure the corporate risk register is actively used  to mitigate and "
  "manage known risks",
  "Risk management policy refresh; monthly SLT risk review.", "30/09/2024", "Blue",
  "Risk register reviewed monthly at SLT since May 2024; internal audit 'reasonable assurance'.",
  "EV-109 approved IB 10/10/2024", "closeable_submit",
  "2023 AFI open at HMICFRS; tracker Blue (complete). Text in odd capitals with a double space.")
# ---- 7 Affordability
f(None, "AF", "AF01", "CRMP", "Action",
  "Align the Medium Term Financial Plan with the CRMP 2025-30 and reduce reliance on earmarked "
  "reserves.",
  "MTFP 2025-29.", "Feb-25", "Green", "Draft MTFP to CFA Finance Committee Jan 2025.", "",
  "not_on_hmicfrs_list", "A CRMP/finance commitment of the service, not an HMICFRS finding.")
# ---- 8 Values and culture
f("b10", "VC", "VC01", S21, "AFI", T["b10"], "SLT station visit programme.", "Complete", "Blue",
  "Quarterly SLT visits to all stations.", "Closed by HMICFRS 2023", "in_sync",
  "2021 AFI closed by HMICFRS; tracker Blue.")
f("b11", "VC", "VC02", S21, "AFI", T["b11"], "Secondary contracts policy.", "Complete", "Grey",
  "Repeated 2023 – VC04.", GREY23, "in_sync", "2021 AFI closed; tracker Grey.")
f("e10", "VC", "VC03", S23, "AFI", T["e10"],
  "Core Code of Ethics embedded in PDRs and promotion boards; culture survey.", "30/09/2024",
  "Blue", "Culture survey done; Code of Ethics in all PDRs. EV-110 approved IB.",
  "EV-110", "closeable_submit", "2023 AFI open at HMICFRS; tracker Blue (complete).")
f("e11", "VC", "VC04", S23, "AFI", T["e11"],
  "Monthly working-time report for staff with secondary contracts.", "31/03/2025", "Amber",
  "Report built; 11 staff still without a declared secondary contract record.", "", "in_sync",
  "2023 AFI (same text as 2021's VC02) open at HMICFRS; tracker Amber (open).")
f("f1", "VC", "VC05", SVC, "National rec",
  "Rec 24 – By 1 October 2023, chief fire officers should put plans in place to monitor, "
  "including through the gathering and analysis of staff feedback, watch and team cultures and "
  "provide prompt remedial action for any issues they identify.",
  "Watch culture pulse survey; exit interview analysis.", "01/10/2023", "Blue",
  "Pulse survey twice yearly; results to People Committee.", "EV-071", "closeable_submit",
  "HMICFRS shows the recommendation open (update received); tracker Blue - submit for closure.")
f("f3", "VC", "VC06", SVC, "National rec",
  "Rec 4 – By 1 June 2023, Chief Fire Officers should assure themselves that updates on how "
  "concerns are being handled are shared with those who have raised them. The updates should be "
  "given in an accessible way that encourages trust and confidence in the service response. "
  "Consideration should be given to creating professional standards function to handle concerns "
  "in Service (or from an external service) to have oversight of cases, to make sure they are "
  "conducted in a fair and transparent way and act as a point of contact for all staff involved.",
  "Professional Standards Unit set up (shared with police).", "01/06/2023", "Blue",
  "PSU live April 2024; case update standard 10 working days.", "EV-090", "closeable_submit",
  "Open at HMICFRS; tracker Blue. Tracker text is the drifted wording circulated in FRS papers "
  "('creating professional standards function to handle concerns in Service') - same rec.")
f("f6", "VC", "VC07", SVC, "National rec", T["f6"],
  "Independent confidential reporting line (Safecall) and whistleblowing policy refresh.",
  "01/10/2023", "Green", "Safecall contract signed; policy awaiting union consultation.", "",
  "closeable_local",
  "HMICFRS closed the recommendation on 14/06/2024; tracker still Green (open).")
f("f7", "VC", "VC08", SVC, "National rec",
  "By 1 October 2023, Chief Fire Officers should review the support available for those who "
  "have raised concerns and take any action needed to make sure these provisions are suitable.",
  "Support offer for people raising concerns (EAP, TRiM, union).", "01/10/2023", "Amber",
  "Review complete; new support leaflet in draft.", "", "conflict",
  "Same recommendation but the tracker's deadline is 'By 1 October 2023' where HMICFRS has "
  "'By 1 June 2023' (timescale conflict).")
f("f8", "VC", "VC09", SVC, "National rec",
  "By 1 June 2023, CFOs should make sure they provide accessible information for all staff and "
  "members of the public on how they can raise concerns and access confidential support "
  "(including through external agencies). Chief Officers should also make sure accessible "
  "information is provided on how concerns and allegations will be investigated in a way that "
  "ensures confidentiality and is independent of the alleged perpetrator.",
  "'Raising a concern' pages on intranet and public website; Easy Read version.", "01/06/2023",
  "Blue", "Published Aug 2023; Easy Read and Welsh versions added Mar 2024.",
  "EV-074 submitted to SLL 20/09/2024", "closeable_submit",
  "HMICFRS shows the recommendation open (update received); tracker Blue - submit for closure.")
f(None, "VC", "VC10", SVC, "National rec", VC_EXTERNAL, "None – national bodies.", "n/a", "Grey",
  "Not for the service – directed at National Employers, LGA and NFCC. Noted only.", "",
  "not_on_hmicfrs_list",
  "Values and culture recommendation aimed at national bodies; HMICFRS does not hold it against "
  "the service.")
f(None, "VC", "VC11", "LFB review", "Action",
  "Gap analysis against the Independent Culture Review of London Fire Brigade (November 2022) "
  "and report to the Fire Authority.",
  "Gap analysis.", "Complete", "Blue", "Reported to CFA 19/07/2023.", "", "not_on_hmicfrs_list",
  "Local action arising from a non-HMICFRS review.")
# ---- 9 Right people
f("b12", "RP", "RP01", S21, "AFI",
  "The service should review its succession planning to make sure that it has effective "
  "arrangments in place to manage staff turnover while continuing to provide its core service "
  "to the public.",
  "Workforce succession plan for flexi-duty officers and specialists.", "Dec-24", "Amber",
  "Plan drafted for FDS; specialist roles outstanding.", "", "closeable_local",
  "HMICFRS closed the 2021 AFI at the 2023 inspection; tracker Amber (open). Typo "
  "'arrangments'.")
f("e8", "RP", "RP02", S23, "AFI",
  "The service should make sure its workforce plan takes full account of the necessary skills "
  "and capabilities to carry out its CRMP.",
  "Strategic Workforce Plan 2024-27.", "30/06/2024", "Blue",
  "Workforce plan approved by CFA June 2024.", "EV-099 submitted to SLL 20/09/2024",
  "closeable_submit",
  "2023 AFI open at HMICFRS; tracker Blue. 'CRMP' abbreviates 'community risk management plan'.")
f("e12", "RP", "RP03", S23, "AFI", T["e12"],
  "Replace paper competence records with the new training management system.", "31/03/2025",
  "Red", "System procurement failed; re-tender Jan 2025.", "", "in_sync",
  "2023 AFI open at HMICFRS; tracker Red (open).")
f("f5", "RP", "RP04", SVC, "National rec",
  "Rec 9 – By 1 January 2024, chief fire officers should: immediately review their current "
  "background checks arrangements, and make sure that suitable and sufficient background checks "
  "are in place to safeguard their staff and communities they serve; and make sure that "
  "appropriate DBS check requests have been submitted for all existing, new staff, and "
  "volunteers, according to their roles as identified by the Fire Standards Board.",
  "DBS for all roles per Fire Standards Board list.", "01/01/2024", "Amber",
  "DBS submitted for 97% of staff; 31 outstanding (long-term absence).", "", "in_sync",
  "Open at HMICFRS; tracker Amber (open). Bullets flattened into one sentence.")
# ---- 10 Fairness and diversity
f("c2", "FD", "FD01", S21, "Rec (CfC)",
  "By 31 January 2022, the service should: give greater priority to how it increases awareness "
  "of ED&I; make improvements to the way it collects equality data to better understand its "
  "workforce demographics and needs; ensure it has robust processes in place to undertake EIAs; "
  "and be more ambitious in its efforts to attract a more diverse workforce which better "
  "reflects the community it serves.",
  "EDI action plan 2022.", "31/01/2022", "Red",
  "Positive action recruitment campaign paused (budget).", "", "conflict",
  "Same 2021 EDI recommendation, but the tracker copy drops a bullet ('make sure it has "
  "appropriate ways to engage with and seek feedback from all staff'); statuses also disagree "
  "(HMICFRS closed as superseded, tracker Red).")
f("b14", "FD", "FD02", S21, "AFI", T["b14"], "Staff engagement forum; 'Ask the Chief' sessions.",
  "Complete", "Blue", "Forum meets monthly.", "Closed by HMICFRS 2023", "in_sync",
  "2021 AFI closed by HMICFRS; tracker Blue.")
f("e13", "FD", "FD03", S23, "AFI",
  "The service should make sure it has robust processes in place to undertake equality impact "
  "assessments (EIAs) and review any actions agreed as a result.",
  "EIA toolkit and EIA review panel.", "30/06/2024", "Blue",
  "EIA panel meets monthly; all 2024 policies assessed. EV-104 approved IB.", "EV-104",
  "closeable_submit", "2023 AFI open at HMICFRS; tracker Blue.")
f("e14", "FD", "FD04", S23, "Rec (CfC)",
  "make improvements to the way it collects equality data to better understand its workforce "
  "demographics and needs",
  "Self-declaration campaign; HR system equality fields.", "31/03/2025", "Green",
  "Declaration rate up from 61% to 78%.", "", "conflict",
  "HMICFRS holds this 2023 finding as an area for improvement; the tracker records it as a "
  "cause-of-concern recommendation (type conflict), in the bullet wording of the 2021 CfC.")
f("f4", "FD", "FD05", SVC, "National rec",
  "Rec 32 – By 1 June 2023, CFOs should, as a priority, specify in succession plans how they "
  "intend to improve diversity across all levels of the service. This should include offering "
  "increased direct-entry opportunities.",
  "Succession plan diversity actions; direct entry station manager scheme.", "01/06/2023",
  "Blue", "Direct entry SM scheme launched Jan 2024.", "Closed by HMICFRS 28/03/2024", "in_sync",
  "HMICFRS closed it as complete; tracker Blue. 'CFOs' abbreviates 'chief fire officers'.")
# ---- 11 Performance and leaders
f("a10", "PL", "PL01", S19, "AFI", T["a10"], "Talent management scheme.", "Dec-24", "Green",
  "Talent pool pilot for crew and watch managers. Also raised 2021 (PL02) and 2023 (PL03).", "",
  "closeable_local",
  "HMICFRS closed the 2019 AFI (superseded at 2021); the tracker still carries the 2019 row as "
  "Green (open).")
f("b13", "PL", "PL02", S21, "AFI", T["b13"], "Talent management scheme.", "Complete", "Grey",
  "See PL03.", GREY23, "in_sync", "2021 AFI closed by HMICFRS; tracker Grey.")
f("e15", "PL", "PL03", S23, "AFI", "Repeat AFI – " + T["e15"],
  "Leadership development pathway with NFCC leadership framework.", "31/03/2025", "Green",
  "Pathway launched; first cohort Jan 2025.", "", "in_sync",
  "2023 AFI (third time the same text) open at HMICFRS; tracker Green.")
f("f2", "PL", "PL04", SVC, "National rec",
  "Rec 26 – By 1 October 2023, as a precursor to the development of the College of Fire and "
  "Rescue, CFOs and the NFCC should work with the HO to consider how they can improve the "
  "training and support they offer to staff in management and leadership development. This "
  "should include authority members in respect of their assurance leadership roles and should "
  "ensure that opportunities are offered fairly across all staff groups.",
  "Leadership programme includes CFA members.", "01/10/2023", "Green",
  "Member development session held; awaiting NFCC framework.", "", "in_sync",
  "Open at HMICFRS; tracker Green. Abbreviations CFOs / NFCC / HO.")
f("e17", "PL", "PL05", S23, "AFI",
  "The Service Should make sure all processes in place to support performance management are "
  "effective",
  "Performance management framework; quarterly performance clinics.", "31/03/2025", "Amber",
  "Framework approved; clinics started Oct 2024.", "", "in_sync",
  "2023 AFI open at HMICFRS; tracker Amber.")
f(None, "PL", "PL06", "Internal audit", "Action",
  "Internal audit 2023/24 (HMICFRS action tracking): hold a central evidence pack for every "
  "finding proposed for closure and record Improvement Board approval.",
  "Evidence log on SharePoint.", "Complete", "Blue", "Evidence log in use since April 2024.", "",
  "not_on_hmicfrs_list", "Internal audit action about the plan itself; not an HMICFRS finding.")

# ---- findings with no tracker row (for truth only)
MISSING = {
    "a9": "2019 collaboration AFI has no row; the tracker only carries the identical 2021 AFI "
          "(BR02), which belongs to the 2021 finding.",
    "e7": "2023 terrorist-incident AFI was never added to the plan; the 2019 MTA row (MI01) is a "
          "different, closed finding.",
    "e18": "2023 AFI on data and analysis for performance management has no row (only its two "
           "sister AFIs BR04 and PL05 were added).",
    "f9": "Values and culture rec on equality data (NFCC EDI data toolkit) is not in this plan "
          "(kept in the separate EDI plan); FD04 is a different finding.",
}

# --------------------------------------------------------------------------------------------
# Write HMICFRS workbook
# --------------------------------------------------------------------------------------------
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Findings"
    ws["A1"] = f"HMICFRS – fire and rescue service monitoring: findings held for {SERVICE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Extract provided by the Service Liaison Lead on 29/11/2024. Includes findings "
                "closed since the 2018/19 inspection.")
    headers = ["Finding ID", "Inspection", "Published", "Pillar", "Judgment area",
               "Finding type", "Cause of concern", "Finding", "Status", "Status date",
               "SLL comment"]
    for c, v in enumerate(headers, 1):
        ws.cell(row=4, column=c, value=v).font = BOLD
    r = 5
    for item in H:
        area = item["area"]
        if item["rep"] is R1 and area:
            aname = R1_AREA[area]
        elif area:
            aname = AREAS[area]
        else:
            aname = None
        row = [item["fid"], item["rep"][0], item["rep"][1],
               PILLAR[area] if area else "Thematic", aname, item["type"], item["coc"],
               item["text"], item["status"], item["sdate"], item["note"]]
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = WRAP
        item["row"] = f"Findings!{r}"
        r += 1
    for col, w in zip("ABCDEFGHIJK", [11, 45, 12, 13, 30, 22, 24, 80, 20, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.properties.creator = "HMICFRS"
    wb.properties.created = dt.datetime(2024, 11, 29, 9, 0, 0)
    save_fixed(wb, path)


# --------------------------------------------------------------------------------------------
# Write tracker workbook
# --------------------------------------------------------------------------------------------
BRAG_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B084",
             "Grey": "D9D9D9"}
PILLAR_FILL = PatternFill("solid", fgColor="1F3864")
AREA_FILL = PatternFill("solid", fgColor="D6DCE4")


def write_tracker(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = f"{SERVICE}"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "HMICFRS Improvement Plan"
    cov["A4"] = "Version control"
    cov["A4"].font = BOLD
    for c, v in enumerate(["Version", "Date", "Author", "Change"], 1):
        cov.cell(row=5, column=c, value=v).font = BOLD
    hist = [("1.0", "12/01/2022", "Corporate Planning", "Plan created from 2021/22 report"),
            ("2.0", "20/11/2023", "Corporate Planning",
             "2023–25 findings added; plan re-mapped to the 11 inspection areas"),
            ("2.4", "29/11/2024", "Assurance & Improvement", "November update for IB")]
    for i, row in enumerate(hist, 6):
        for c, v in enumerate(row, 1):
            cov.cell(row=i, column=c, value=v)
    cov["A10"] = ("Distribution: SLT, Improvement Board, Audit & Governance Committee, "
                  "HMICFRS Service Liaison Lead")
    for col, w in zip("ABCD", [12, 14, 26, 60]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Plan")
    ws["A1"] = f"{SERVICE} – HMICFRS Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("All HMICFRS findings and related service actions, mapped to the 11 inspection "
                "areas")
    ws["A3"] = ("Position as at 29/11/2024 | Reported to: Improvement Board (monthly), Audit & "
                "Governance Committee (quarterly)")
    headers = ["Plan ID", "Source", "Type", "HMICFRS finding (as published) / action",
               "How we will address it", "SLT owner", "Action lead", "Target", "BRAG",
               "Update – Nov 2024", "Evidence / closure"]
    for c, v in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = BOLD
        cell.alignment = WRAP
    r = 6
    ncol = len(headers)
    cur_pillar = cur_area = None
    area_no = {k: i for i, k in enumerate(AREAS, 1)}
    for row in F:
        area = row["area"]
        if PILLAR[area] != cur_pillar:
            cur_pillar = PILLAR[area]
            c = ws.cell(row=r, column=1, value=cur_pillar.upper())
            c.font = Font(bold=True, color="FFFFFF")
            for cc in range(1, ncol + 1):
                ws.cell(row=r, column=cc).fill = PILLAR_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        if area != cur_area:
            cur_area = area
            c = ws.cell(row=r, column=1, value=f"{area_no[area]}. {AREAS[area]}")
            c.font = BOLD
            for cc in range(1, ncol + 1):
                ws.cell(row=r, column=cc).fill = AREA_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        vals = [row["pid"], row["src"], row["typ"], row["text"], row["resp"], row["owner"],
                row["lead"], row["target"], row["brag"], row["update"], row["evidence"] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
        ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=BRAG_FILL[row["brag"]])
        row["row"] = f"Plan!{r}"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="BRAG key").font = BOLD
    r += 1
    key = [("Blue", "Complete – evidence pack approved by the Improvement Board"),
           ("Green", "On track to meet target date"),
           ("Amber", "At risk of missing target date"),
           ("Red", "Off track / target date missed"),
           ("Grey", "Closed – superseded by a later inspection, or not for the service to "
                    "deliver")]
    for k, v in key:
        ws.cell(row=r, column=1, value=k).fill = PatternFill("solid", fgColor=BRAG_FILL[k])
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: Plan IDs are the service's own (HMICFRS does not number areas for improvement in "
        "its reports). Findings repeated across inspections are kept as separate rows, one per "
        "report. Evidence packs are held on the Improvement Board SharePoint (EV numbers)."))
    for col, w in zip("ABCDEFGHIJK", [9, 16, 13, 70, 40, 24, 26, 12, 8, 50, 34]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.properties.creator = "Assurance & Improvement Team"
    wb.properties.created = dt.datetime(2022, 1, 12, 9, 0, 0)
    save_fixed(wb, path)


def save_fixed(wb, path):
    """Save with fixed timestamps so the file rebuilds byte for byte."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
def main():
    CASE.mkdir(exist_ok=True)
    write_hmicfrs(CASE / "hmicfrs.xlsx")
    write_tracker(CASE / "tracker.xlsx")
    lines = []
    seen_keys = set()
    for item in H:  # HMICFRS order
        k = item["key"]
        rows = [row for row in F if row["key"] == k]
        if not rows:
            lines.append((item["row"], "", "missing_from_force", MISSING[k]))
        for row in rows:
            lines.append((item["row"], row["row"], row["cat"], row["why"]))
        seen_keys.add(k)
    for row in F:
        if row["key"] is None:
            lines.append(("", row["row"], row["cat"], row["why"]))
        else:
            assert row["key"] in seen_keys, row["key"]
    assert set(MISSING) == {i["key"] for i in H} - {r["key"] for r in F}
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for _, _, c, _ in lines:
        counts[c] = counts.get(c, 0) + 1
    print("HMICFRS items:", len(H), "tracker item rows:", len(F), "truth lines:", len(lines))
    print(counts)


if __name__ == "__main__":
    main()
