# Real HMICFRS wording (Open Government Licence), copied verbatim from the project text lists.
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

# Force-level items: real wording (real_recommendations.csv and casegen force stems/bodies),
# with the inspected force's name put in.
FORCE = "Lincolnshire Police"
FORCE_REPORTS = {
    "eff15": ("PEEL: Police efficiency 2015", (2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "ncpi18": ("National child protection inspection 2018", (2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", (2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", (2019, 9, 12)),
}
F_TEXTS = {
    "f1": ("eff15", "Area for improvement",
           "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public"),
    "f2": ("eff15", "Area for improvement",
           "The force should develop its understanding of the links between its outcomes, outputs and costs"),
    "f3": ("eff15", "Area for improvement",
           "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them."),
    "f4": ("eff16", "Cause of concern",
           "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."),
    "f5": ("eff16", "Recommendation",
           "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases."),
    "f6": ("eff16", "Area for improvement",
           "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service."),
    "f9": ("ncpi18", "Recommendation",
           "Within six months Lincolnshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested."),
    "f10": ("ncpi18", "Recommendation",
            "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action"),
    "f11": ("peel18", "Cause of concern",
            "The size of the vetting backlog within Lincolnshire Police is a cause of concern."),
    "f12": ("peel18", "Recommendation",
            "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines."),
    "f13": ("peel18", "Area for improvement",
            "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce."),
    "f14": ("peel18", "Recommendation",
            "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;"),
    "f15": ("peel18", "Recommendation",
            "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;"),
    "f16": ("peel18", "Recommendation",
            "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;"),
    "f7": ("cdi19", "Recommendation",
           "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed."),
    "f8": ("cdi19", "Recommendation",
           "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."),
}

README_TEXT = r"""# Case: monday_board_group_export (round 74, case C)

## Story

Lincolnshire Police's Organisational Learning team moved its HMICFRS tracker off Excel onto a
monday.com board ("HMICFRS Recs & AFIs"). Work moves by dragging items between **groups**
(New from HMICFRS, Working on it, Evidence submitted, Closed, Local actions); bulleted
recommendations were broken into **subitems** so each bullet has an owner. Before the Joint
Audit Committee the analyst used monday's *Export board to Excel (with updates)* and must
reconcile that export with the HMICFRS register export for the force.

## Files

- `hmicfrs.csv` — HMICFRS register export, UTF-8 with BOM, CRLF. Header row 1; 52 item rows
  (rows 2–53), one per item, sorted by publication date then ID. Columns: Recommendation ID
  (plain integer), Force, Report, Published (dd/mm/yyyy), Type (Recommendation / Area for
  improvement / Cause of concern / National recommendation), Recommendation (verbatim, several
  quoted multi-line cells with bullets), Status (Awaiting review / Being progressed / Complete /
  Superseded / No further action required), Status date. 36 items are national
  (all-forces) reports, 16 are Lincolnshire's own reports.
- `tracker.xlsx` — monday.com export. Sheet `HMICFRS Recs & AFIs` (86 rows) and sheet
  `Updates` (the update log).
  - Row 1 board title, row 2 blank.
  - Five groups. Each group = a group-title row, then its **own repeated header row**
    (Name | Subitems | Owner | Status | HMICFRS Ref | Report | Type | HMICFRS wording |
    Due date | Last updated | Item ID (auto generated)), then its items, then a blank row
    (none after the last group).
  - Groups: New from HMICFRS – awaiting allocation (title row 3, header 4, items 5–7);
    Working on it (9, 10, items 11–39); Evidence submitted – awaiting HMICFRS (41, 42, items
    43–68); Closed (70, 71, items 72–80); Local actions (not HMICFRS) (82, 83, items 84–86).
  - Subitem blocks sit directly under their parent: a subitem header row
    (Subitems | Name | Owner | Status | Date | Item ID) **shifted one column right**, then
    subitem rows whose name is in column B (under the parent header "Subitems") and status in
    column D, with no HMICFRS ref, report or type of their own. Blocks: rows 25 (header) 26–30 under row 24;
    44 / 45–48 under 43; 55 / 56–58 under 54; 62 / 63–65 under 61.
  - `Updates` sheet: header row 1, rows 2–11 are update-log entries (Item ID, Item Name,
    Content, Created At, User). Not items.

## What the layout brings (row numbers are Excel rows)

1. **Status is split between a Status label and the group.** Labels: Done / Evidence
   submitted (force done), Working on it / Stuck / Not started (open). Two rows have a blank
   Status and the group decides: row 7 (blank, in *New from HMICFRS*) is open; row 77 (blank,
   in *Closed*) is done. Row 61 (blank parent in *Evidence submitted*) is decided by its
   subitems.
2. **Subitems are parts of one recommendation.** The parent and every subitem row each get a
   truth line with the same `hmicfrs_row`; the item is done only when every subitem is Done.
   - Row 24 (CDI 7410): parent Working on it, subitem 28 still Working on it → open; register
     open → in_sync (6 lines).
   - Row 43 (Everyone's business 2321): parent and all four subitems Done → closeable_submit
     (5 lines).
   - Row 54 (S&S monitoring 8541): parent says **Done** but subitem 58 is Working on it → not
     done → in_sync with the open register item (4 lines). The Updates sheet even says the
     parent was marked Done in error.
   - Row 61 (BWV 9903): parent status blank, all three subitems Done → closeable_submit
     (4 lines).
3. **Repeated header rows** per group and **shifted subitem header rows** (rows 4, 10, 42,
   71, 83; 25, 44, 55, 62).
4. **Item ID (auto generated)** is a 10-digit monday ID, not an HMICFRS reference. The real
   reference, where kept, is in *HMICFRS Ref*, written "6012", "Ref: 6011" (row 50), "#7631"
   (row 51), "TBC" (row 39), "IA 23/24-07" (row 86, an internal-audit ref), or blank (17 item rows).
5. **Force wording** is the force's own: abbreviated (S&S, MSHT, CCs, CoP, BWV, RUI, ISAs,
   NFLMS, FL), misspelt ("goverance" row 17, "supervison" row 37, "neccessary"/"accomodation"
   row 32), truncated (row 79 keeps only the first sentence), or just a stem with the bullets
   pushed into subitems (rows 24, 43, 54, 61).
6. **Owner** is a People column: sometimes two names, sometimes blank. Due date is
   yyyy-mm-dd; Last updated is "Name Mon d, yyyy" text.

## Traps and how the truth decides

- Near-twins on the register: 1189 (2013, "elected local policing bodies") vs 5304 (2015,
  "police and crime commissioners") → rows 73 and 13, decided by wording + report label.
  4821 (Core Business, "Not later than 31 March 2015") vs 7411 (CDI 2019, "Within three
  months") → rows 75 and 31. 6982 (2016 AFI, investigation plans) vs 9425 (2018/19
  supervision rec) → rows 80 and 37. Internal audit action row 86 (firearms licensing
  governance) is not register 6011 (row 50).
- Conflicts (7): row 12 "less than 20%" vs register 10% (3011); row 75 deadline 31 March 2016
  vs 2015 (4821, both closed); row 51 "Within 12 months" vs "Within six months" (7631);
  row 59 ref 8534 on the board, wording is 8543 (digits transposed; 8534 does not exist);
  row 21 use-of-force monitoring (9905, 2021 powers report) filed under "PEEL Legit 17 S&S";
  row 33 missing-children rec with the third bullet (supervisors' oversight) missing (7721);
  row 35 vetting rec typed AFI vs Recommendation (9421).
- Closeable_local (5): rows 5 (No further action required), 11 and 31 (Superseded), 16 and 22
  (Complete) — board still open.
- Closeable_submit (10 items): rows 43, 49, 50, 52, 53, 60, 61, 66, 67, 68.
- Missing from force (6): register rows 9 (3013), 11 (4822, Superseded – still missing), 14
  (5788), 30 (7634), 45 (9424), 52 (9904, addressed to Home Office/NPCC but on the force's list).
- Not on the HMICFRS list (5): rows 38, 39 (PEEL 2023-25 AFIs, a report not on the list),
  84, 85, 86 (the Local actions group).
- No `review` lines: every pair is decidable by reference, wording and report.

## Counts (truth lines)

in_sync 32 (24 items), closeable_submit 17 (10 items), conflict 7, missing_from_force 6,
closeable_local 5, not_on_hmicfrs_list 5 — 72 lines. HMICFRS items 52; force rows in truth 66
(51 item rows + 15 subitem rows).

## Rows that are not items

- `HMICFRS Recs & AFIs`: 1 (board title), 2 (blank), 3, 9, 41, 70, 82 (group titles),
  4, 10, 42, 71, 83 (repeated column headers), 25, 44, 55, 62 (subitem header rows),
  8, 40, 69, 81 (blank rows after groups).
- `Updates`: row 1 header, rows 2–11 update-log entries about items (not items themselves).
- `hmicfrs.csv`: row 1 header.

## Checks run

- Every HMICFRS row 2–53 appears in truth at least once; every non-empty row of the board
  sheet that is not listed above appears exactly once (66 rows), none twice.
- Category of every non-conflict pair recomputed from the statuses (subitems and group rule)
  inside the builder.
- Files read back with pandas (`read_csv(encoding="utf-8-sig")`, `read_excel(sheet_name=None)`)
  and openpyxl.
- Two builds produce byte-identical files (fixed seed, fixed workbook created date, zip
  entries rewritten with 1980 timestamps).
"""

import csv
import datetime as dt
import io
import os
import random
import zipfile

import xlsxwriter

CASE = "monday_board_group_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
rng = random.Random(7403)

NAT_KEYS = [(k, i) for k in NATIONAL for i in range(len(NATIONAL[k][2]))]
# n1..n36 in the order of NATIONAL; f-keys for the force's own reports.
H = {}
for n, (k, i) in enumerate(NAT_KEYS, start=1):
    title, ymd, items = NATIONAL[k]
    H[f"n{n}"] = dict(report=title, pub=dt.date(*ymd), type=items[i][0], text=items[i][1])
for fk, (rk, ty, tx) in F_TEXTS.items():
    title, ymd = FORCE_REPORTS[rk]
    H[fk] = dict(report=title, pub=dt.date(*ymd), type=ty, text=tx)
assert len(NAT_KEYS) == 36

# HMICFRS register: reference and status per item.
HSTAT = {
    "n1": (1187, "Superseded"), "n2": (1188, "Complete"), "n3": (1189, "Superseded"),
    "n4": (2321, "Being progressed"), "n5": (3010, "Complete"), "n6": (3011, "Being progressed"),
    "n7": (3012, "No further action required"), "n8": (3013, "Being progressed"),
    "n9": (4821, "Complete"), "n10": (4822, "Superseded"), "n11": (5120, "Being progressed"),
    "n12": (5304, "Awaiting review"), "n13": (5788, "Being progressed"),
    "n14": (6011, "Being progressed"), "n15": (6012, "Being progressed"), "n16": (6013, "Complete"),
    "n17": (6014, "Being progressed"), "n18": (6015, "Complete"),
    "n19": (7630, "Being progressed"), "n20": (7631, "Being progressed"),
    "n21": (7632, "Awaiting review"), "n22": (7633, "Being progressed"),
    "n23": (7634, "Being progressed"), "n24": (7635, "Complete"), "n25": (7636, "Being progressed"),
    "n26": (8102, "Being progressed"), "n27": (8540, "Being progressed"),
    "n28": (8541, "Being progressed"), "n29": (8542, "Complete"), "n30": (8543, "Being progressed"),
    "n31": (8544, "Being progressed"), "n32": (9901, "Being progressed"),
    "n33": (9902, "Awaiting review"), "n34": (9903, "Being progressed"),
    "n35": (9904, "Being progressed"), "n36": (9905, "Being progressed"),
    "f1": (2705, "Complete"), "f2": (2706, "Complete"), "f3": (2707, "Being progressed"),
    "f4": (6980, "Being progressed"), "f5": (6981, "Being progressed"), "f6": (6982, "Complete"),
    "f9": (7720, "Being progressed"), "f10": (7721, "Being progressed"),
    "f11": (9420, "Being progressed"), "f12": (9421, "Being progressed"),
    "f13": (9422, "Awaiting review"), "f14": (9423, "Awaiting review"),
    "f15": (9424, "Being progressed"), "f16": (9425, "Being progressed"),
    "f7": (7410, "Being progressed"), "f8": (7411, "Superseded"),
}
assert set(HSTAT) == set(H)
OPEN_H = {"Awaiting review", "Being progressed"}

# ---------------------------------------------------------------- force board (monday.com)
# Each row: key, Name, wording, type label, report label, ref cell, status, subitems, cat, why
R = {
    "sas13": "Stop & Search 2013", "everyone": "DA – Everyone's Business 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & Search 2 (2015)",
    "firearms": "Firearms Licensing 2015", "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 2017 (national)", "leg17": "PEEL Legit 17 S&S",
    "powers": "Police powers spotlight Feb 21", "eff15": "PEEL Efficiency 2015",
    "eff16": "PEEL Eff 2016", "ncpi18": "NCPI 2018", "peel18": "PEEL 2018/19", "cdi19": "CDI 2019",
    "peel23": "PEEL 2023-25", "local": "Local / internal",
}
NR, REC_, AFI_, COC_ = "National rec", "Rec", "AFI", "CoC"


def row(key, name, wording, typ, rep, ref, status, cat, why, subs=None):
    return dict(key=key, name=name, wording=wording, typ=typ, rep=R[rep], ref=ref, status=status,
                cat=cat, why=why, subs=subs or [])


GROUPS = [
    ("New from HMICFRS – awaiting allocation", [
        row("n7", "Front line workforce reduction – assess", "Forces reducing proportion of workforce/officers on the front line to assess whether decisive action taken to maintain crime fighting capacity. HMIC to follow up in autumn.", NR, "austerity", "", "Not started",
            "closeable_local", "Same ask as register 3012 (Policing in austerity, front-line reduction); HMICFRS shows No further action required, the board still has it Not started in the New group."),
        row("n25", "STPOs/STROs – use of preventative powers", "Review use of preventative powers under MSA 2015 (STPOs/STROs) so opportunities to restrict those posing a clear threat are exploited", NR, "stolen", "", "Not started",
            "in_sync", "Stolen Freedom preventative-powers item = register 7636; both open (Being progressed / Not started)."),
        row("n33", "CPD – comms skills & BWV debriefs", "By July 2021 reinforce communication skills through CPD for officers & staff; supervisors supported to routinely debrief officers using BWV footage", NR, "powers", "", "",
            "in_sync", "Matches register 9902 (CPD communication skills, BWV debriefs). Status cell is blank but the item sits in the 'New from HMICFRS – awaiting allocation' group, so the force has not delivered it: open on both sides (HMICFRS Awaiting review)."),
    ]),
    ("Working on it", [
        row("n1", "S&S – APP spec of effective & fair use", "CCs & CoP to establish in S&S APP a clear specification of what constitutes effective and fair exercise of S&S powers + guidance (compliant w/ Code of Practice)", NR, "sas13", "1187", "Working on it",
            "closeable_local", "Ref 1187 and wording match the 2013 APP specification item; HMICFRS has Superseded it, the board is still Working on it."),
        row("n6", "Collaboration savings <20%", "CCs & PCCs in forces planning to deliver less than 20% of their savings through collaboration should assess whether there is scope to improve on this position.", NR, "austerity", "3011", "Working on it",
            "conflict", "Ref 3011 and wording match, but the force copied the threshold as 'less than 20%' where the register says 'less than 10%': a figure disagrees."),
        row("n12", "S&S 2 – community scrutiny of records", "In consultation with PCCs, comply with the Code of Practice by explaining to the public how S&S powers are used in the area & making arrangements for S&S records to be scrutinised by community representatives – involve young people.", NR, "sas15", "5304", "Working on it",
            "in_sync", "Ref 5304, report 'Stop & Search 2 (2015)' and 'in consultation with PCCs' make this the 2015 item, not the near-identical 2013 one (1189, 'elected local policing bodies'); open on both."),
        row("n15", "FL demand & capacity", "Within three months assess demand on firearms licensing dept & ensure capacity to meet demand and provide efficient & effective service at all times", NR, "firearms", "6012", "Working on it",
            "in_sync", "Ref 6012, firearms licensing demand; open on both."),
        row("n17", "Temporary permits – NFLMS", "Arrangements for temporary permits in line with HO guidance; permits recorded without delay on NFLMS; systems so certificate holders are never in unlawful possession of a firearm", NR, "firearms", "6014", "Stuck",
            "in_sync", "Ref 6014, temporary permits; HMICFRS Being progressed, board Stuck (open)."),
        row("n18", "Flagging certificate holders' addresses for dispatch", "Within 3 months ensure systems identify, prior to attendance, whether an incident involves or is at the address of a firearm certificate holder and are always applied by dispatchers; officers understand the risk assessment and power to seize firearms & certificates", NR, "firearms", "6015", "Working on it",
            "closeable_local", "Ref 6015; HMICFRS Complete, board still Working on it."),
        row("n19", "MSHT leadership & governance review", "Within 12 months review leadership and goverance arrangements for MSHT to ensure:\n- senior leaders prioritise MSHT response\n- every MS incident allocated appropriate resources w/ skills, experience & capacity\n- effective partnership arrangements to share info & safeguard victims\n- performance & QA measures in place so senior leaders can assess quality of service to victims", NR, "stolen", "7630", "Working on it",
            "in_sync", "Ref 7630; all four bullets present (abbreviated, 'goverance' misspelt), twelve months on both; open on both."),
        row("n21", "s45 defence – victims compelled to offend", "Ensure all victims carrying out criminal acts under compulsion attributable to slavery/exploitation get early & continuing consideration of the s45 defence", NR, "stolen", "", "Working on it",
            "in_sync", "No ref on the board, but the section 45 defence wording is unique to register 7632; open on both."),
        row("n27", "CoC – S&S reasonable & fair / BAME over-representation", "Forces not able to demonstrate S&S use is consistently reasonable and fair; over-representation of BAME people (black people in particular) which many forces unable to explain.", COC_, "leg17", "8540", "Working on it",
            "in_sync", "Ref 8540, the 2017 legitimacy cause of concern; open on both."),
        row("n31", "Unconscious bias training – S&S officers", "By July 2018 and ongoing, all officers using S&S powers trained on unconscious bias and CoP APP on S&S", NR, "leg17", "8544", "Working on it",
            "in_sync", "Ref 8544; open on both."),
        row("n36", "Use of force – internal monitoring", "Effective internal monitoring processes on the use of force to identify & understand disproportionate use, explain reasons & implement any necessary improvement action", NR, "leg17", "", "Working on it",
            "conflict", "Wording is the 2021 'Disproportionate use of police powers' item 9905 (use of force monitoring, not in the 2017 report), but the board files it under 'PEEL Legit 17 S&S': report disagrees. Both open."),
        row("f2", "Outcomes, outputs & costs", "Develop understanding of links between outcomes, outputs and costs", AFI_, "eff15", "", "Working on it",
            "closeable_local", "PEEL Efficiency 2015 AFI = register 2706; HMICFRS Complete, board Working on it."),
        row("f4", "CoC – DA risk assessment (DASH discretion)", "Force's response to DA is a cause of concern. Policy allowing officer discretion to complete DASH does not give confidence risk is always assessed appropriately; officers not consistently completing DASH where policy requires.", COC_, "eff16", "6980", "Working on it",
            "in_sync", "Ref 6980, the 2016 domestic abuse cause of concern; open on both."),
        row("f7", "CDI – victims believed / crime recording (5 bullets)", "Within six months put in place arrangements to ensure that: (split into subitems – see below)", REC_, "cdi19", "7410", "Working on it",
            "in_sync", "Ref 7410. The force split the five bullets into subitems; one (multiple crimes) is still Working on it, so the item is open, as on the register (Being progressed).",
            subs=[("At point of report, victims are believed", "Done"),
                  ("Call handler conversations summarised accurately in incident log", "Done"),
                  ("Multiple crimes always recorded (incident records / other investigations)", "Working on it"),
                  ("Stop waiting for medical / video interview results before recording decisions", "Done"),
                  ("Online reports triaged on receipt – risk to victim / public", "Done")]),
        row("f8", "CDI – call handler THR criteria", "Within 3 months provide call handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk", REC_, "cdi19", "", "Working on it",
            "closeable_local", "CDI 2019 'within three months' call-handler criteria = register 7411 (not the 2014 Core Business item, which says 'Not later than 31 March 2015'); HMICFRS Superseded, board open."),
        row("f9", "Detention of children in custody", "Within 6 months, with children's social care, review how we manage detention of children – detained only when absolutely neccessary & for minimum time; early assessment of need for alternative accomodation; detention certificates after charge; record all actions/decisions; timelier AA support", REC_, "ncpi18", "7720", "Working on it",
            "in_sync", "Ref 7720; all five minimum requirements present in short form; open on both."),
        row("f10", "Missing children – risk assessment", "Immediately review approach to reports of missing children so that:\n• call takers understand and use missing/absent category appropriately;\n• call takers & frontline staff can identify CSE risk factors and know how to respond", REC_, "ncpi18", "7721", "Working on it",
            "conflict", "Ref 7721 matches, but the board lists two bullets; the register's third (supervisors' oversight of missing person enquiries) is missing."),
        row("f11", "CoC – vetting backlog", "Size of the vetting backlog is a cause of concern", COC_, "peel18", "9420", "Working on it",
            "in_sync", "Ref 9420, vetting backlog cause of concern; open on both."),
        row("f12", "Vetting backlog & renewals", "All staff to have at least lowest level vetting clearance ASAP, clearing backlog and new renewals so we comply fully with national vetting guidelines", AFI_, "peel18", "9421", "Working on it",
            "conflict", "Ref 9421 and wording match, but the board types it AFI where the register has Recommendation (it answers the vetting cause of concern)."),
        row("f13", "Control room resourcing", "Ensure sufficient resources in the control room to fulfil resourcing model & meet demand, taking into account workforce wellbeing", AFI_, "peel18", "9422", "Working on it",
            "in_sync", "Ref 9422; open on both."),
        row("f16", "Supervision of investigations (PEEL 18/19)", "Within 6 months ensure regular and active supervison of the quality and progress of investigations – properly recorded", REC_, "peel18", "", "Working on it",
            "in_sync", "PEEL 2018/19 supervision recommendation = register 9425 (the 2016 AFI 6982 is a different, closed item about investigation plans); open on both."),
        row(None, "County lines – partnership safeguarding", "The force should improve how it works with partner organisations to safeguard people at risk from county lines drug dealing.", AFI_, "peel23", "", "Working on it",
            "not_on_hmicfrs_list", "PEEL 2023-25 AFI; no such item or report on the HMICFRS list."),
        row(None, "RASSO victim updates (VCOP)", "The force should make sure victims of rape and serious sexual offences are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", AFI_, "peel23", "TBC", "Working on it",
            "not_on_hmicfrs_list", "PEEL 2023-25 AFI, ref 'TBC'; not on the HMICFRS list."),
    ]),
    ("Evidence submitted – awaiting HMICFRS", [
        row("n4", "DA action plan (Everyone's Business)", "By Sept 2014 establish and publish a DA action plan specifying in detail the steps the force will take to improve its approach to DA. Plan to be developed:", NR, "everyone", "2321", "Done",
            "closeable_submit", "Ref 2321; the plan's four 'developed…' bullets are subitems, all Done, parent Done; HMICFRS still Being progressed.",
            subs=[("Consult PCC, DA support orgs & victims' reps", "Done"),
                  ("Consider all recs in the report", "Done"),
                  ("Reference DHRs and IPCC findings", "Done"),
                  ("Draw on CPS scrutiny panels / MARAC self-assessments", "Done")]),
        row("n11", "Misconduct NFA outcomes – fairness", "By 31 Aug 2015 satisfy ourselves processes ensure misconduct investigations resulting in 'no further action' are fair and free of any form of discrimination", NR, "integrity", "5120", "Evidence submitted",
            "closeable_submit", "Ref 5120; board says Evidence submitted (force done), HMICFRS Being progressed."),
        row("n14", "FL governance vs APP", "Within 3 months assess how well governance of firearms licensing meets APP standards; where not, put correct arrangements in place immediately", NR, "firearms", "Ref: 6011", "Done",
            "closeable_submit", "'Ref: 6011' = register 6011; Done on the board, Being progressed on the register."),
        row("n20", "MSHT ISAs with other agencies", "Within 12 months have active ISAs in place with other agencies to facilitate speedy exchange of intelligence, safeguard victims & identify suspects early", NR, "stolen", "#7631", "Evidence submitted",
            "conflict", "'#7631' and wording match, but the board says 'Within 12 months' where the register says 'Within six months': timescale disagrees."),
        row("n22", "NRM compliance / duty to notify", "Fully compliant with NRM process & duty to notify HO of adult victims of MS/HT under the MSA 2015", NR, "stolen", "7633", "Done",
            "closeable_submit", "Ref 7633; Done on the board, Being progressed on the register."),
        row("n26", "Digital services plan", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the force", NR, "efc17", "8102", "Done",
            "closeable_submit", "Ref 8102; Done, register Being progressed."),
        row("n28", "S&S data monitoring (3 strands)", "By July 2018 regularly & frequently monitor comprehensive S&S data to understand: (see subitems)", NR, "leg17", "8541", "Done",
            "in_sync", "Ref 8541. Parent says Done but the third subitem (possession-only drug searches) is still Working on it, so the item is not done: open on both.",
            subs=[("Reasons for disproportionate representation of ethnic groups", "Done"),
                  ("Find rates by ethnicity & search type (drug possession v supply)", "Done"),
                  ("Prevalence of possession-only drug searches v local/force priorities", "Working on it")]),
        row("n30", "Publish S&S analysis annually", "Publish analysis & actions taken at least annually from July 2018", NR, "leg17", "8534", "Done",
            "conflict", "Wording is register 8543 (publish the analysis annually from July 2018), but the board's ref is 8534, which is no item on the list (digits transposed): reference disagrees."),
        row("n32", "Communication skills (conflict mgmt guidelines)", "By July 2022 ensure officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management – in addition to existing conflict mgmt / de-escalation training", NR, "powers", "9901", "Done",
            "closeable_submit", "Ref 9901; Done, register Being progressed."),
        row("n34", "BWV – S&S and use of force (3 parts)", "By Sept 2021:", NR, "powers", "9903", "",
            "closeable_submit", "Ref 9903. Parent status blank in the 'Evidence submitted' group; all three subitems (the three parts of the recommendation) Done, so the force is done; register Being progressed.",
            subs=[("Record entirety of all S&S encounters on BWV incl traffic stops & UoF", "Done"),
                  ("Structured process to review a sample of BWV footage – learning & accountability", "Done"),
                  ("External scrutiny panel access to BWV samples (S&S & UoF)", "Done")]),
        row("f3", "Future workforce plan", "Develop future workforce plan aligned with overall demand & budget, incl future resource allocations, skills mix & behaviours expected", AFI_, "eff15", "", "Done",
            "closeable_submit", "PEEL Efficiency 2015 workforce plan AFI = register 2707; Done, register Being progressed."),
        row("f5", "Supervision of initial DASH risk assessment", "Immediately ensure effective supervision of initial risk assessment process, specifically completion of DASH in appropriate cases", REC_, "eff16", "6981", "Done",
            "closeable_submit", "Ref 6981; Done, register Being progressed."),
        row("f14", "RUI & bail management", "Improve understanding of suspects RUI and management of those on bail", REC_, "peel18", "9423", "Evidence submitted",
            "closeable_submit", "Ref 9423; Evidence submitted, register Awaiting review."),
    ]),
    ("Closed", [
        row("n2", "S&S monitoring of officers", "Establish or improve monitoring of the way officers stop & search people so we are satisfied they act in accordance with the law (incl equality legislation & Code of Practice)", NR, "sas13", "", "Done",
            "in_sync", "2013 monitoring item = register 1188; Complete and Done."),
        row("n3", "S&S – explain use to public / community scrutiny", "In consultation with elected local policing bodies, comply with code of practice by explaining to the public the way S&S powers are used and arranging for records to be scrutinised by community reps. Involve those stopped & searched eg young people.", NR, "sas13", "", "Done",
            "in_sync", "'Elected local policing bodies' and report 'Stop & Search 2013' make this register 1189 (not the 2015 twin 5304); Superseded and Done: closed on both."),
        row("n5", "Review savings plans (austerity)", "Review plans to deliver savings to ensure we are doing all we can to reduce crime & protect the front line while balancing budget – use HMIC VfM profiles", NR, "austerity", "", "Done",
            "in_sync", "Register 3010; Complete and Done."),
        row("n9", "THRIVE criteria for call handlers", "Not later than 31 March 2016 provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk.", NR, "core", "4821", "Done",
            "conflict", "Ref 4821 (Core Business) and wording match, both closed, but the board's deadline is 31 March 2016 where the register says 31 March 2015."),
        row("n16", "Total expired licences", "Immediately satisfy ourselves all appropriate action being taken re ‘total expired’ licensing records", NR, "firearms", "6013", "Done",
            "in_sync", "Ref 6013; Complete and Done."),
        row("n24", "MSHT investigations – skills & supervision", "Allegations of MSHT thoroughly investigated & effectively supervised by teams with the skills & experience (incl JITs / overseas intel)", NR, "stolen", "", "",
            "in_sync", "Register 7635. Status cell blank but the item was moved into the 'Closed' group: force done; register Complete."),
        row("n29", "Disparities – research & action, tell the public", "Where disparities identified, demonstrate to the public we have: carried out research & analysis to understand the reasons; taken action to reduce the disparity where necessary", NR, "leg17", "8542", "Done",
            "in_sync", "Ref 8542; Complete and Done."),
        row("f1", "Understand current & future demand", "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand.", AFI_, "eff15", "", "Done",
            "in_sync", "Register 2705 (wording cut after the first sentence); Complete and Done."),
        row("f6", "Investigation plans – supervision (2016)", "Improve supervision of investigations so plans are set, reviewed & recorded and victims receive consistently good service", AFI_, "eff16", "6982", "Done",
            "in_sync", "Ref 6982; Complete and Done."),
    ]),
    ("Local actions (not HMICFRS)", [
        row(None, "Stalking & harassment policy T&F", "Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team", "Force action", "local", "", "Working on it",
            "not_on_hmicfrs_list", "The force's own action (group 'Local actions (not HMICFRS)'); not an HMICFRS item."),
        row(None, "Hate crime dip-sampling", "Dip-sample 50 hate crime crime reports each quarter and report findings to the Crime Standards Board", "Force action", "local", "", "Done",
            "not_on_hmicfrs_list", "The force's own action; not an HMICFRS item."),
        row(None, "IA – firearms licensing governance", "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)", "Internal audit", "local", "IA 23/24-07", "Working on it",
            "not_on_hmicfrs_list", "Internal audit action (ref IA 23/24-07). It touches firearms licensing governance but is the auditor's action, not the 2015 HMICFRS item 6011, which has its own row."),
    ]),
]

MISSING = {
    "n8": "Policing in austerity collaboration-review item (3013, Being progressed); no board row mentions the next spending round or collaboration plans.",
    "n10": "Core Business crime prevention recording item (4822, Superseded); nothing on the board about recording and evaluating prevention activity.",
    "n13": "Building the picture information-management audits item (5788, Being progressed); not on the board.",
    "n23": "Stolen Freedom NCRS/crime registrar audit item (7634, Being progressed); not on the board.",
    "n35": "Home Office / NPCC use-of-force data item (9904, Being progressed); addressed to national bodies, but it is on the force's list and the board has no row for it.",
    "f15": "PEEL 2018/19 digital evidence retrieval recommendation (9424, Being progressed); not on the board.",
}

PEOPLE = ["Claire Ashby", "Mark Dale", "Priya Natt", "Tom Wilkes", "Sarah Jenkins", "Gareth Lowe",
          "Helen Pryce", "Dan Okafor", "Ruth Bellamy", "Simon Tate"]


def owner():
    k = rng.random()
    if k < 0.08:
        return ""
    if k < 0.25:
        a, b = rng.sample(PEOPLE, 2)
        return f"{a}, {b}"
    return rng.choice(PEOPLE)


def due():
    if rng.random() < 0.15:
        return None
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))


def updated():
    d = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 300))
    return f"{rng.choice(PEOPLE)} {d.strftime('%b')} {d.day}, {d.year}"


item_id = [1623458801]


def next_id():
    item_id[0] += rng.randrange(3, 4000)
    return item_id[0]


# ---------------------------------------------------------------- write HMICFRS CSV
os.makedirs(OUT, exist_ok=True)
order = sorted(H, key=lambda k: (H[k]["pub"], HSTAT[k][0]))
hrow = {}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Recommendation ID", "Force", "Report", "Published", "Type", "Recommendation",
            "Status", "Status date"])
for n, k in enumerate(order, start=2):
    ref, st = HSTAT[k]
    h = H[k]
    sd = h["pub"] + dt.timedelta(days=60 + (ref * 37) % 2200)
    sd = min(sd, dt.date(2025, 9, 30))
    w.writerow([ref, FORCE, h["report"], h["pub"].strftime("%d/%m/%Y"), h["type"], h["text"], st,
                sd.strftime("%d/%m/%Y")])
    hrow[k] = f"hmicfrs.csv!{n}"
with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as f:
    f.write(buf.getvalue().encode("utf-8-sig"))

# ---------------------------------------------------------------- write monday workbook
SHEET = "HMICFRS Recs & AFIs"
path = os.path.join(OUT, "tracker.xlsx")
wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
wb.set_properties({"title": "HMICFRS Recs & AFIs", "author": "monday.com",
                   "created": dt.datetime(2025, 10, 6, 9, 14, 0)})
ws = wb.add_worksheet(SHEET)
f_title = wb.add_format({"bold": True, "font_size": 16})
f_group = wb.add_format({"bold": True, "font_size": 12, "font_color": "#579BFC"})
f_head = wb.add_format({"bold": True, "bg_color": "#F5F6F8", "border": 1})
f_shead = wb.add_format({"bold": True, "italic": True, "bg_color": "#F5F6F8", "border": 1})
f_wrap = wb.add_format({"text_wrap": True, "valign": "top"})
f_date = wb.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
f_top = wb.add_format({"valign": "top"})
HEAD = ["Name", "Subitems", "Owner", "Status", "HMICFRS Ref", "Report", "Type",
        "HMICFRS wording", "Due date", "Last updated", "Item ID (auto generated)"]
SHEAD = ["Subitems", "Name", "Owner", "Status", "Date", "Item ID (auto generated)"]
widths = [38, 30, 20, 16, 12, 26, 12, 70, 12, 26, 16]
for c, wd in enumerate(widths):
    ws.set_column(c, c, wd)
r = 0
ws.write(r, 0, "HMICFRS Recs & AFIs – Lincolnshire Police (Org Learning)", f_title)
nonitems = [(1, "board title row")]
r = 2  # row 2 (Excel) blank
nonitems.append((2, "blank"))
truth = []
ids_by_name = []
for gname, rows in GROUPS:
    ws.write(r, 0, gname, f_group)
    nonitems.append((r + 1, f"group title '{gname}'"))
    r += 1
    ws.write_row(r, 0, HEAD, f_head)
    nonitems.append((r + 1, "column header row (repeated for each group)"))
    r += 1
    for it in rows:
        iid = next_id()
        ids_by_name.append((iid, it["name"]))
        vals = [it["name"], ", ".join(s[0] for s in it["subs"]), owner(), it["status"], it["ref"],
                it["rep"], it["typ"], it["wording"]]
        for c, v in enumerate(vals):
            ws.write_string(r, c, v, f_wrap if c in (1, 7) else f_top) if v != "" else None
        d = due()
        if d:
            ws.write_datetime(r, 8, dt.datetime(d.year, d.month, d.day), f_date)
        ws.write_string(r, 9, updated(), f_top)
        ws.write_number(r, 10, iid, f_top)
        hr = hrow[it["key"]] if it["key"] else ""
        truth.append((hr, f"{SHEET}!{r + 1}", it["cat"], it["why"]))
        r += 1
        if it["subs"]:
            ws.write_row(r, 0, SHEAD, f_shead)
            nonitems.append((r + 1, f"subitem header row under '{it['name']}'"))
            r += 1
            for k, (sname, sst) in enumerate(it["subs"], start=1):
                sid = next_id()
                ws.write_string(r, 1, sname, f_wrap)
                ws.write_string(r, 2, owner() or rng.choice(PEOPLE), f_top)
                ws.write_string(r, 3, sst, f_top)
                d = due()
                if d:
                    ws.write_datetime(r, 4, dt.datetime(d.year, d.month, d.day), f_date)
                ws.write_number(r, 5, sid, f_top)
                truth.append((hr, f"{SHEET}!{r + 1}", it["cat"],
                              f"Subitem {k} of '{it['name']}' ({sst}); part of the same item. " + it["why"]))
                r += 1
    if gname != GROUPS[-1][0]:
        nonitems.append((r + 1, "blank row after group"))
        r += 1

# Updates sheet: monday's "export with updates" log; not items.
wu = wb.add_worksheet("Updates")
wu.set_column(0, 0, 16); wu.set_column(1, 1, 38); wu.set_column(2, 2, 80); wu.set_column(3, 4, 20)
wu.write_row(0, 0, ["Item ID", "Item Name", "Content", "Created At", "User"], f_head)
UPD = [
    ("Misconduct NFA outcomes – fairness", "Evidence pack (PSD dip sample + Equality Impact Assessment) uploaded to the HMICFRS portal."),
    ("CDI – victims believed / crime recording (5 bullets)", "FCR audit Q2: multiple-crime recording still 81% compliant, target 95%. Keep open."),
    ("S&S data monitoring (3 strands)", "Marked parent Done in error? Possession-only strand still with the S&S board – @Priya Natt please check."),
    ("BWV – S&S and use of force (3 parts)", "All three parts signed off at the Stop & Search Board 14/03. Submitted."),
    ("Temporary permits – NFLMS", "NFLMS upgrade delayed nationally – blocked until Home Office release."),
    ("Collaboration savings <20%", "Finance to confirm the collaboration % from the MTFP."),
    ("MSHT investigations – skills & supervision", "HMICFRS confirmed closure by email. Moved to Closed."),
    ("Vetting backlog & renewals", "Backlog now 212 renewals (was 640). Trajectory to clear by March."),
    ("DA action plan (Everyone's Business)", "Plan republished on website; DA board minutes attached as evidence."),
    ("Hate crime dip-sampling", "Q1 and Q2 dip samples complete – report to Crime Standards Board."),
]
name2id = {n: i for i, n in ids_by_name}
for k, (nm, txt) in enumerate(UPD, start=1):
    d = dt.datetime(2025, 1, 6, 9, 0) + dt.timedelta(days=23 * k, minutes=37 * k)
    wu.write_number(k, 0, name2id[nm])
    wu.write_string(k, 1, nm)
    wu.write_string(k, 2, txt)
    wu.write_string(k, 3, d.strftime("%d/%m/%Y %H:%M"))
    wu.write_string(k, 4, PEOPLE[k % len(PEOPLE)])
wb.close()

# Normalise the zip (fixed timestamps, fixed order) so builds are byte-identical.
with zipfile.ZipFile(path) as z:
    parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts:
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, data)

# ---------------------------------------------------------------- truth
matched = {t[0] for t in truth if t[0]}
for k in order:
    if hrow[k] not in matched:
        truth.append((hrow[k], "", "missing_from_force", MISSING[k]))
assert {k for k in order if hrow[k] not in matched} == set(MISSING)


def sortkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10**6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sortkey)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    tw = csv.writer(f, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(truth)

# Consistency check of categories that follow from status alone.
FORCE_DONE = {"Done", "Evidence submitted"}
for gname, rows in GROUPS:
    for it in rows:
        if not it["key"] or it["cat"] == "conflict":
            continue
        if it["subs"]:
            done = all(s[1] in FORCE_DONE for s in it["subs"])
        elif it["status"]:
            done = it["status"] in FORCE_DONE
        else:
            done = gname in ("Closed", "Evidence submitted – awaiting HMICFRS")
        hopen = HSTAT[it["key"]][1] in OPEN_H
        exp = ("in_sync" if hopen != done else
               "closeable_submit" if hopen else "closeable_local")
        assert exp == it["cat"], (it["name"], exp, it["cat"])

import json
from collections import Counter
cnt = Counter(t[2] for t in truth)
assert dict(cnt) == {"in_sync": 32, "closeable_submit": 17, "conflict": 7, "missing_from_force": 6, "closeable_local": 5, "not_on_hmicfrs_list": 5}, cnt
README = README_TEXT
os.makedirs(os.path.join(HERE, "gen"), exist_ok=True)
with open(os.path.join(HERE, "gen", "layout.json"), "w") as f:
    json.dump({"nonitems": nonitems, "hrow": hrow, "last_row": r}, f, indent=1)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(README)
print("rows", r, "truth", len(truth))
