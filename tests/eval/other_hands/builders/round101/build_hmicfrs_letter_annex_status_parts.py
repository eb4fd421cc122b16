"""Build case hmicfrs_letter_annex_status_parts (round 101, case B).

The HMICFRS side is "Annex A" of the Force Liaison Lead's letter to the chief constable: a Word
table converted into Excel. Status is given only by the Part heading an item sits under; report
headings sit inside each Part; the Type column keeps Word's vertical merges; two long items broke
across a Word page and arrived as two Excel rows; "No." (1.1, 2.10 ...) became numbers.
Deterministic: no clock, no randomness, fixed document properties.
"""
import csv
import datetime as dt
import hashlib
import os
import shutil

import xlsxwriter

CASE = "hmicfrs_letter_annex_status_parts"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FIXED = dt.datetime(2021, 11, 3, 9, 0, 0)

# ---------------------------------------------------------------- reports (title, published)
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "9th July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", "27th March 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", "22nd July 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "4th September 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30th January 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24th March 2015"),
    "picture": ("Building the picture: an inspection of police information management", "1st July 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15th September 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", "2nd March 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24th October 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "9th November 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12th December 2017"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "2nd May 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26th February 2021"),
}

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

# key -> (report, type, register id, text)
ITEMS = {
    "A1": ("sas13", "Nat rec", "3120", "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice."),
    "A2": ("sas13", "Nat rec", "3121", "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust."),
    "A3": ("sas13", "Nat rec", "3122", "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people."),
    "B1": ("everyone", "Nat rec", "2321", EVERYONE_PLAN),
    "C1": ("austerity", "Nat rec", "4410", "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    "C2": ("austerity", "Nat rec", "4411", "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn."),
    "C3": ("austerity", "Nat rec", "4412", "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn."),
    "C4": ("austerity", "Nat rec", "4413", "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector."),
    "D1": ("core", "Nat rec", "4822", "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."),
    "D2": ("core", "Nat rec", "4823", "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed."),
    "E1": ("integrity", "Nat rec", "902", "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination."),
    "F1": ("sas15", "Nat rec", "5307", "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people."),
    "G1": ("picture", "Nat rec", "5588", "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted."),
    "H1": ("firearms", "Nat rec", "5790", "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full."),
    "H2": ("firearms", "Nat rec", "5791", "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times."),
    "H3": ("firearms", "Nat rec", "5792", "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records."),
    "H4": ("firearms", "Nat rec", "5793", "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm."),
    "H5": ("firearms", "Nat rec", "5794", "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates."),
    "I1": ("eff16", "CoC", "6870", "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."),
    "I2": ("eff16", "Rec", "6871", "HMIC recommends that within six months the force should: take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases;"),
    "I3": ("eff16", "Rec", "6872", "Within six months the force should consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice."),
    "J1": ("stolen", "Nat rec", "8203", SF_LEADERSHIP),
    "J2": ("stolen", "Nat rec", "8204", "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible"),
    "J3": ("stolen", "Nat rec", "8205", "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence."),
    "J4": ("stolen", "Nat rec", "8206", "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking."),
    "J5": ("stolen", "Nat rec", "8207", "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences."),
    "J6": ("stolen", "Nat rec", "8208", "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas)."),
    "J7": ("stolen", "Nat rec", "8209", "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited."),
    "K1": ("efc17", "Nat rec", "8377", "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    "L1": ("leg17", "CoC", "8541", "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain."),
    "L2": ("leg17", "Nat rec", "8542", SAS_MONITORING_2017),
    "L3": ("leg17", "Nat rec", "8543", "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;"),
    "L4": ("leg17", "Nat rec", "8544", "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."),
    "L5": ("leg17", "Nat rec", "8545", "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search."),
    "M1": ("peel1819", "Rec", "9610", "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and"),
    "M2": ("peel1819", "Rec", "9611", "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people."),
    "M3": ("peel1819", "Rec", "9612", "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;"),
    "M4": ("peel1819", "Rec", "9613", "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and"),
    "M5": ("peel1819", "Rec", "9614", "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;"),
    "M6": ("peel1819", "Rec", "9615", "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation."),
    "M7": ("peel1819", "Rec", "9616", "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;"),
    "M8": ("peel1819", "CoC", "9617", "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people."),
    "M9": ("peel1819", "CoC", "9618", "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated."),
    "M10": ("peel1819", "Rec", "9619", "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;"),
    "M11": ("peel1819", "Rec", "9620", "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;"),
    "N1": ("powers", "Nat rec", "10412", "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation."),
    "N2": ("powers", "Nat rec", "10413", "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage."),
    "N3": ("powers", "Nat rec", "TBC", BWV_2021),
    "N4": ("powers", "Nat rec", "10415", "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible."),
    "N5": ("powers", "Nat rec", "TBC", "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action."),
}

# Word page breaks: the item's text continues on a second Excel row (key -> split marker)
PAGE_BREAK = {"B1": "• with reference to all relevant", "J1": "• forces develop effective"}

C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_DONE = "This recommendation is complete"
C_NFA = "Recommendation directed at other bodies; no further action required of the force."

# Parts: (heading, [(report, [keys])]), comment per key
PARTS = [
    ("Part 1 – Open: awaiting review (new or re-opened since the list of 30 April 2021)", [
        ("peel1819", ["M6"]),
        ("powers", ["N1", "N2", "N3", "N5"]),
    ]),
    ("Part 2 – Open: being progressed", [
        ("sas13", ["A3"]), ("core", ["D1"]), ("sas15", ["F1"]), ("picture", ["G1"]),
        ("firearms", ["H3", "H4", "H5"]), ("eff16", ["I3"]),
        ("stolen", ["J1", "J3", "J5", "J6", "J7"]), ("efc17", ["K1"]),
        ("leg17", ["L1", "L2", "L3", "L5"]),
        ("peel1819", ["M2", "M3", "M5", "M7", "M8", "M9", "M10", "M11"]),
    ]),
    ("Part 3 – Closed: complete (closed since the list of 30 April 2021 or earlier)", [
        ("sas13", ["A2"]), ("everyone", ["B1"]), ("austerity", ["C1"]), ("core", ["D2"]),
        ("integrity", ["E1"]), ("firearms", ["H1", "H2"]), ("stolen", ["J2", "J4"]),
        ("leg17", ["L4"]), ("peel1819", ["M1", "M4"]),
    ]),
    ("Part 4 – Closed: superseded by later inspection", [
        ("sas13", ["A1"]), ("austerity", ["C4"]), ("eff16", ["I1", "I2"]),
    ]),
    ("Part 5 – Closed: no further action required", [
        ("austerity", ["C2", "C3"]), ("powers", ["N4"]),
    ]),
]
PART_STATUS = {0: "Awaiting review", 1: "Being progressed", 2: "Complete", 3: "Superseded",
               4: "No further action required"}
COMMENT = {"M6": "Re-opened: force update of 12 May 2021 did not evidence public consultation.",
           "B1": C_SUP, "J4": C_CDI, "H1": C_DONE, "A2": C_DONE}
for k in ("N1", "N2", "N3", "N5"):
    COMMENT[k] = C_NEW
for k in ("A1", "C4", "I1", "I2"):
    COMMENT.setdefault(k, C_SUP)
for k in ("C2", "C3", "N4"):
    COMMENT[k] = C_NFA
for k in ("D1", "L1", "M8", "M9"):
    COMMENT[k] = C_MON


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Annex A", "author": "HMICFRS Force Liaison Lead",
                       "company": "HMICFRS", "created": FIXED})
    ws = wb.add_worksheet("Annex A")
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    wrap_c = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    part = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    rep = wb.add_format({"italic": True, "bold": True, "border": 1, "text_wrap": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True})
    num = wb.add_format({"num_format": "0.0#", "valign": "top", "border": 1})
    for c, w in enumerate([7, 11, 9, 90, 48]):
        ws.set_column(c, c, w)
    rows = {}        # key -> excel row
    nonitems = []    # (excel row, reason)
    r = 0

    def put(vals, fmt=None):
        nonlocal r
        for c, v in enumerate(vals):
            if v is not None:
                ws.write(r, c, v, fmt)
        r += 1
        return r  # excel row number of the row just written

    nonitems.append((put(["OFFICIAL"], bold), "protective marking"))
    nonitems.append((put(["Annex A: Recommendations, areas for improvement and causes of concern held "
                          "by HMICFRS against West Mercia Police"], title), "title"))
    nonitems.append((put(["Position as at 31 October 2021. To accompany letter ref. FLL/WMP/2021-10 "
                          "to the Chief Constable. Register IDs are those shown on the HMICFRS "
                          "website; TBC = not yet allocated."]), "letter reference / note"))
    nonitems.append((r + 1, "blank")); r += 1
    nonitems.append((put(["No.", "Register ID", "Type", "Recommendation / area for improvement / "
                          "cause of concern", "HMICFRS comment"], hdr), "header row"))
    for pi, (heading, blocks) in enumerate(PARTS):
        ws.merge_range(r, 0, r, 4, heading, part); r += 1
        nonitems.append((r, "Part heading (carries the status of the items under it)"))
        n = 0
        for rk, keys in blocks:
            t, pub = R[rk]
            ws.merge_range(r, 0, r, 4, f"{t} (published {pub})", rep); r += 1
            nonitems.append((r, "report heading"))
            # plan the rows of this block, continuation rows included
            plan = []
            for k in keys:
                n += 1
                text = ITEMS[k][3]
                if k in PAGE_BREAK:
                    i = text.index(PAGE_BREAK[k])
                    plan.append((k, n, text[:i].rstrip("\n"), False))
                    plan.append((k, None, text[i:], True))
                else:
                    plan.append((k, n, text, False))
            start = r
            for k, no, text, cont in plan:
                if cont:
                    ws.write(r, 3, text, wrap)
                    ws.write_blank(r, 0, None, wrap); ws.write_blank(r, 1, None, wrap)
                    ws.write_blank(r, 4, None, wrap)
                    r += 1
                    nonitems.append((r, f"continuation of row {rows[k]}: the Word table row broke "
                                        "across a page, the rest of the text landed in its own row"))
                    continue
                noval = float(f"{pi + 1}.{no}")     # Word '2.10' pasted as the number 2.1
                ws.write_number(r, 0, noval, num)
                rid = ITEMS[k][2]
                if rid.isdigit():
                    ws.write_number(r, 1, int(rid), wrap)
                else:
                    ws.write_string(r, 1, rid, wrap)
                ws.write_string(r, 3, text, wrap)
                ws.write(r, 4, COMMENT.get(k, ""), wrap) if COMMENT.get(k) else ws.write_blank(r, 4, None, wrap)
                r += 1
                rows[k] = r
            # Type column: Word's vertical merges kept (a run of equal types = one merged cell)
            i = 0
            while i < len(plan):
                j = i
                typ = ITEMS[plan[i][0]][1]
                while j + 1 < len(plan) and ITEMS[plan[j + 1][0]][1] == typ:
                    j += 1
                if j > i:
                    ws.merge_range(start + i, 2, start + j, 2, typ, wrap_c)
                else:
                    ws.write(start + i, 2, typ, wrap_c)
                i = j + 1
    nonitems.append((r + 1, "blank")); r += 1
    nonitems.append((put(["Summary"], bold), "summary heading"))
    counts = []
    for pi, (heading, blocks) in enumerate(PARTS):
        cnt = sum(len(k) for _, k in blocks)
        counts.append(cnt)
        nonitems.append((put([heading.split(" – ")[0], None, cnt, heading.split(" – ")[1]]),
                         "summary count"))
    nonitems.append((put(["Total", None, sum(counts)], bold), "summary total"))
    nonitems.append((r + 1, "blank")); r += 1
    nonitems.append((put(["Key: Nat rec = recommendation made to all forces in a national "
                          "(thematic) report; Rec = recommendation to the force; CoC = cause of "
                          "concern; AFI = area for improvement."]), "key / legend"))
    nonitems.append((put(["OFFICIAL"], bold), "protective marking"))
    ws.set_landscape(); ws.repeat_rows(4)
    wb.close()
    return rows, nonitems


# ---------------------------------------------------------------- force tracker
# (key or None, HMICFRS ref as the force typed it, report as the force names it, type, text,
#  lead, RAG, update, date submitted)
F = [
    ("A1", "3120", "Stop and Search 2013", "Rec", "CCs and CoP to set out in S&S APP what effective and fair use of S&S looks like (compliant with Code of Practice)", "ACC Local Policing", "BLUE", "Closed by HMICFRS - superseded by 2015 report.", "12/06/2016"),
    ("A2", "3121", "Stop and Search 2013", "Rec", "Establish or improve monitoring of the way officers stop and search people so we are satisfied officers act within the law and the power is used effectively", "ACC Local Policing", "GREEN", "S&S scrutiny dashboard live; quarterly to PCC.", "03/03/2016"),
    ("F1", "5307", "Stop & search powers 2", "Rec", "In consultation with PCCs, comply with the Code of Practice by explaining to the public how S&S powers are used and have S&S records scrutinised by community reps - involve those stopped e.g. young people", "ACC Local Policing", "AMBER", "Youth panel pilot in Telford; wider roll out 2022.", None),
    ("B1", "2321", "Domestic abuse - Everyone's business", "Rec", "Establish and publish a DA action plan setting out in detail what steps we will take to improve our approach to DA (developed with PCC, support orgs, victims reps; DHRs/IPCC findings; CPS panels and MARAC self-assessments)...", "Ch Supt Public Protection", "AMBER", "DA plan refreshed 2020; awaiting DA board sign off.", None),
    ("C1", "4410", "Policing in Austerity 2014", "Rec", "CCs and PCCs to review plans to deliver savings - continue to reduce crime and protect the front line while balancing budgets (use HMIC VfM profiles)", "Director of Finance", "BLUE", "Complete - MTFP.", "30/09/2015"),
    ("C2", "4411", "Policing in Austerity 2014", "Rec", "Forces delivering <10% of savings through collaboration to assess scope to improve on this", "Director of Finance", "AMBER", "Alliance review ongoing.", None),
    ("C3", "4412", "Policing in Austerity 2014", "Rec", "Forces reducing front line proportion to assess whether decisive action taken to maintain crime fighting capacity", "Director of Finance", "GREEN", "Not applicable - front line protected.", "30/09/2015"),
    ("C4", "4413", "Policing in Austerity 2014", "Rec", "Review plans for collaboration for next spending round - scope for better VfM and capability through joint working with other forces, public and/or private sector", "Director of Finance", "RED", "Alliance ends Oct 2019 - new collaboration strategy not yet agreed.", None),
    ("D1", "4822", "Core business", "Rec", "Provide call handlers with specific, sound and comprehensible THR criteria (forces using a threat, harm and risk policy) - by 31/3/15", "Supt Contact Centre", "GREEN", "THRIVE embedded in OCC. Evidence pack sent to OPCC.", "14/07/2021"),
    ("D2", "4823", "Core business", "Rec", "Ensure crime prevention / disruption activity is systematically recorded and evaluated to determine effectiveness of tactics", "Head of Corporate Development", "GREEN", "Complete.", "02/02/2017"),
    ("E1", "902", "Integrity Matters 2015", "Rec", "CCs to satisfy themselves that misconduct investigations resulting in 'no further action' are fair and free of discrimination", "Head of Professional Standards", "GREEN", "PSD dip sample process in place.", "11/11/2016"),
    ("G1", "5588", "Information management (Building the Picture)", "Rec", "By 30 Nov 2015 scrutinise audits of compliance with the APP on information management through the force IM governance structure; incl. regular adjustment of record categorisation", "Head of Information Management", "AMBER", "IM board ToR being revised.", None),
    ("H1", "5790", "Firearms licensing 2015", "Rec", "Within 3 months assess governance of firearms licensing against APP standards and put correct arrangements in place", "Supt Firearms Licensing", "GREEN", "Complete.", "17/03/2016"),
    ("H2", "5791", "Firearms licensing 2015", "Rec", "Within 3 months assess demand on firearms licensing dept and ensure capacity to meet it", "Supt Firearms Licensing", "BLUE", "Closed.", "17/03/2016"),
    ("H3", "5792", "Firearms licensing 2015", "Rec", "Immediately satisfy ourselves all appropriate action taken re 'total expired' licensing records", "Supt Firearms Licensing", "GREEN", "Zero total expired since Jan 2021. Proposed for closure.", "20/08/2021"),
    ("H4", "5793", "Firearms licensing 2015", "Rec", "Temporary permits - in line with HO guidance, recorded without delay on NFLMS, no holder in unlawful possession", "Supt Firearms Licensing", "AMBER", "NFLMS replacement delayed (NFLMS/NPD).", None),
    ("I1", None, "PEEL Effectiveness 2016", "CoC", "Cause of concern - DA: officer discretion to complete DASH; DASH not consistently completed where policy requires, some victims not appropriately risk-assessed", "Ch Supt Public Protection", "AMBER", "DA audit Q3.", None),
    ("I2", None, "PEEL Effectiveness 2016", "Rec", "Within 6 months ensure effective supervision of the initial risk assessment process (completion of DASH)", "Ch Supt Public Protection", "AMBER", "Supervisor DASH review added to Athena.", None),
    ("I3", None, "PEEL Effectiveness 2016", "AFI", "Consider ways of increasing the use of arrest, ancillary orders and other available powers for DA victims - protection and bring more perpetrators to justice", "Ch Supt Public Protection", "AMBER", "Arrest rate monitored monthly at DA board.", None),
    ("J1", "8203", "Stolen Freedom (MSHT) 2017", "Rec", "Review MSHT leadership & governance - (a) senior leaders prioritise response to MSHT", "Det Ch Supt Force CID", "GREEN", "MSHT gold group chaired by ACC Crime.", "05/05/2019"),
    ("J1", "8203", "Stolen Freedom (MSHT) 2017", "Rec", "(b) every MS incident allocated appropriate resources with skills, experience and capacity to investigate", "Det Ch Supt Force CID", "GREEN", "MSHT desk in Force CID.", "05/05/2019"),
    ("J1", "8203", "Stolen Freedom (MSHT) 2017", "Rec", "(c) effective partnership arrangements to co-ordinate activity, share information and safeguard victims", "Det Ch Supt Force CID", "AMBER", "Anti-slavery partnership Herefordshire/Worcestershire in place; Shropshire/Telford partnership still forming.", None),
    ("J1", "8203", "Stolen Freedom (MSHT) 2017", "Rec", "(d) performance and QA measures so senior leaders can assess quality of service to victims", "Det Ch Supt Force CID", "GREEN", "MSHT performance pack.", "05/05/2019"),
    ("J2", "8204", "Stolen Freedom (MSHT) 2017", "Rec", "Within 6 months have active info sharing agreements with other agencies (speedy exchange of intelligence, safeguard victims, identify suspects early)", "Head of Intelligence", "GREEN", "ISAs signed.", "01/10/2018"),
    ("J3", "8205", "Stolen Freedom (MSHT) 2017", "Rec", "Victims committing offences under compulsion - early and continuing consideration of s45 defence", "Det Ch Supt Force CID", "GREEN", "CPS protocol agreed. Ready to submit.", "30/09/2021"),
    ("J4", "8206", "Stolen Freedom (MSHT) 2017", "Rec", "Fully compliant with NRM process; notify HO of any suspected adult victim of MSHT (MSA 2015)", "Det Ch Supt Force CID", "AMBER", "Duty to notify compliance audit due Dec 2021.", None),
    ("J5", "8207", "Stolen Freedom (MSHT) 2017", "Rec", "Fully comply with NCRS for MSHT offences; sufficient audit capacity for the FCR", "Force Crime Registrar", "AMBER", "FCR audit plan includes MSHT.", None),
    ("J6", "8208", "Stolen Freedom (MSHT) 2017", "Rec", "MSHT allegations thoroughly investigated and supervised by skilled teams (incl. JITs / overseas evidence)", "Det Ch Supt Force CID", "GREEN", "Complete. Evidence submitted.", "30/09/2021"),
    ("J7", "8209", "Stolen Freedom (MSHT) 2017", "Rec", "Review use of preventative powers under MSA 2015 (STROs/SROs)", "Det Ch Supt Force CID", "AMBER", "Only 2 STROs in 2020.", None),
    ("K1", "8377", "PEEL Efficiency 17 (all forces)", "Rec", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services in force", "Director of Digital Services", "AMBER", "Digital strategy 2021-24 drafted.", None),
    ("L1", "8451", "PEEL Legit 17 S&S", "CoC", "Forces unable to demonstrate S&S consistently reasonable and fair - over-representation of BAME / black people not explained", "ACC Local Policing", "AMBER", "Disproportionality analysis in progress.", None),
    ("L2", "8542", "PEEL Legit 17 S&S", "Rec", "By July 2018 regularly monitor S&S data to understand: reasons for disproportionate representation of ethnic groups; the extent to which find rates differ between ethnicities and across types of search (incl. drug possession and supply)", "ACC Local Policing", "AMBER", "Monthly S&S data to scrutiny panel.", None),
    ("L3", "8543", "PEEL Legit 17 S&S", "Rec", "Where disparities identified - show the public research / analysis done to understand them and action taken to reduce", "ACC Local Policing", "GREEN", "Published on website Sept 2021.", "01/10/2021"),
    ("L4", "8544", "PEEL Legit 17 S&S", "Rec", "Publish analysis and actions at least annually from July 2018", "ACC Local Policing", "GREEN", "Annual report published.", "15/08/2019"),
    ("L5", "8545", "PEEL Legit 17 S&S", "Rec", "By July 2018 and ongoing - all S&S officers trained on unconscious bias and CoP APP on S&S", "Head of Learning & Development", "AMBER", "82% trained.", None),
    ("M1", "9610", "PEEL 2018/19", "Rec", "Immediately review officers' capabilities and capacity to manage investigative workload", "ACC Crime", "GREEN", "Investigations review complete.", "18/12/2019"),
    ("M2", "9611", "PEEL 2018/19", "Rec", "Immediately review, with partners, approach to vulnerability to better safeguard vulnerable people", "Ch Supt Public Protection", "GREEN", "Vulnerability review signed off at FET Aug 21.", "06/09/2021"),
    ("M3", "9612", "PEEL 2018/19", "Rec", "Expand skills project to all skills (not only operational) incl. future requirements - to inform workforce plans", "Director of People", "AMBER", "Skills audit 60% complete.", None),
    ("M4", "9613", "PEEL 2018/19", "Rec", "Agree arrangements with Warwickshire to secure smooth transition to future operating model - no disruption to public services", "DCC", "AMBER", "Some residual services still under s22A agreement.", None),
    ("M5", "9614", "PEEL 2018/19", "Rec", "Clearly define new operating model - all operational and support services affordable and fit to protect West Mercia communities", "DCC", "RED", "Operating model review paused.", None),
    ("M7", "9616", "PEEL 2018/19", "Rec", "Within three months ensure regular and active supervision of quality and progress of investigations - properly recorded", "ACC Crime", "AMBER", "Supervisory review template on Athena.", None),
    ("M8", "9617", "PEEL 2018/19", "CoC", "CoC - no suitable arrangements to maintain full range of services when alliance with Warwickshire ends; gaps in skills assessment; weaknesses in investigation and safeguarding", "DCC", "AMBER", "See recs 9611-9614.", None),
    ("M9", "9618", "PEEL 2018/19", "CoC", "CoC - no capacity or capability to investigate crime effectively; failings in the way crimes are investigated", "ACC Crime", "AMBER", "Investigations improvement plan.", None),
    ("M10", "9619", "PEEL 2018/19", "Rec", "Within 6 months improve ability to retrieve digital evidence from phones, computers etc quickly so investigations not delayed", "Head of Digital Forensics", "GREEN", "Kiosks in all hubs; backlog cleared.", "22/07/2021"),
    ("M11", "9620", "PEEL 2018/19", "Rec", "Within 6 months improve understanding of RUI suspects and management of those on bail", "Head of Criminal Justice", "AMBER", "RUI review ongoing.", None),
    ("N1", None, "Police powers spotlight (Feb 21)", "Rec", "By July 2022 - officers and staff have effective communication skills in line with National Policing Guidelines on Conflict Management", "Head of Learning & Development", "AMBER", "Added to PST 2022.", None),
    ("N2", "10413", "Police powers spotlight (Feb 21)", "Rec", "By July 2021 reinforce communication skills in CPD; supervisors to debrief officers using BWV footage", "Head of Learning & Development", "GREEN", "CPD module delivered.", "29/07/2021"),
    ("N4", "10415", "Police powers spotlight (Feb 21)", "Rec", "HO and NPCC to ensure quality of use of force data for S&S sufficient for publication", None, "WHITE", "Not for the force to deliver.", None),
    ("N5", None, "Police powers spotlight (Feb 21)", "Rec", "By July 2021 effective internal monitoring of use of force - identify and understand disproportionate use, explain reasons, improvement action", "ACC Local Policing", "AMBER", "Use of force dashboard in development.", None),
    ("X1", None, "PEEL Legitimacy 2015", "AFI", "Revise approach to cautions, cannabis warnings and PNDs - auditable explanation to offender and victim's views recorded for victim-based crime", "Head of Criminal Justice", "GREEN", "OOCD scrutiny panel.", "04/04/2017"),
    ("X2", None, "PEEL Legit 16", "AFI", "All staff to have at least the lowest level of vetting clearance asap - clear backlog and renewals (national vetting guidelines)", "Head of Professional Standards", "AMBER", "Backlog 140.", None),
    ("X3", None, "Custody 2018", "Rec", "With children's social care review detention of children - only detained when absolutely necessary; early assessment of alternative accommodation; records of decisions; timely appropriate adults", "Ch Insp Custody", "AMBER", "Concordat signed with 4 LAs.", None),
]

HEAD = ["OL Ref", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI (summary)", "Lead",
        "RAG", "Latest update", "Submitted for closure"]


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS tracker", "author": "Organisational Learning",
                       "company": "West Mercia Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#BDD7EE", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    rag = {"GREEN": "#00B050", "AMBER": "#FFC000", "RED": "#FF0000", "BLUE": "#00B0F0",
           "WHITE": "#FFFFFF"}
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ragf = {k: wb.add_format({"bg_color": v, "valign": "top"}) for k, v in rag.items()}
    for c, w in enumerate([8, 11, 28, 6, 70, 26, 8, 40, 13]):
        ws.set_column(c, c, w)
    ws.write(0, 0, "West Mercia Police – HMICFRS recommendations tracker (Organisational Learning)", bold)
    ws.write(1, 0, "Last updated 15/10/2021")
    for c, h in enumerate(HEAD):
        ws.write(2, c, h, hdr)
    rows = []
    for i, (k, ref, rep, typ, text, lead, rg, upd, sub) in enumerate(F):
        r = 3 + i
        ws.write_string(r, 0, f"OL/{i + 1:03d}", wrap)
        if ref is not None:
            ws.write_number(r, 1, int(ref), wrap)
        ws.write_string(r, 2, rep, wrap)
        ws.write_string(r, 3, typ, wrap)
        ws.write_string(r, 4, text, wrap)
        if lead:
            ws.write_string(r, 5, lead, wrap)
        ws.write_string(r, 6, rg, ragf[rg])
        ws.write_string(r, 7, upd, wrap)
        if sub:
            d = dt.datetime.strptime(sub, "%d/%m/%Y")
            ws.write_datetime(r, 8, d, datef)
        rows.append((k, r + 1))
    ws.autofilter(2, 0, 2 + len(F), len(HEAD) - 1)
    ws.freeze_panes(3, 0)
    key = wb.add_worksheet("RAG key")
    for r, (a, b) in enumerate([("RAG", "Meaning"), ("GREEN", "Implemented - evidence ready / submitted to HMICFRS"),
                                ("BLUE", "Closed by HMICFRS"), ("AMBER", "In progress, on track"),
                                ("RED", "In progress, off track or past deadline"),
                                ("WHITE", "Not the force's responsibility to deliver")]):
        key.write(r, 0, a); key.write(r, 1, b)
    wb.close()
    return rows


# ---------------------------------------------------------------- truth
HSTAT = {}
for pi, (_, blocks) in enumerate(PARTS):
    for _, keys in blocks:
        for k in keys:
            HSTAT[k] = PART_STATUS[pi]

WHY = {
    "A1": "Same register ID 3120 and text (CCs and CoP, S&S APP); HMICFRS Part 4 superseded, force BLUE (closed): closed on both.",
    "A2": "ID 3121, same monitoring text; Part 3 complete, force GREEN: done on both.",
    "A3": "2013 item with 'elected local policing bodies'. The force's only row of this wording carries ID 5307 and names 'Stop & search powers 2' (PCCs), so it belongs to the 2015 item; nothing in the tracker for the 2013 one.",
    "B1": "ID 2321, DA action plan; the item broke over a page (continuation row is not an item). Part 3 complete (closed as superseded by PEEL effectiveness comment), force AMBER: close locally.",
    "C1": "ID 4410, savings review; Part 3 complete, force BLUE: closed on both.",
    "C2": "ID 4411, <10% savings through collaboration; Part 5 no further action, force AMBER: close locally.",
    "C3": "ID 4412, front line proportion; Part 5 no further action, force GREEN: closed/done on both.",
    "C4": "ID 4413, collaboration plans; Part 4 superseded, force RED (open): close locally.",
    "D1": "ID 4822, THR criteria for call handlers; Part 2 being progressed, force GREEN with evidence sent: submit for closure.",
    "D2": "ID 4823, crime prevention recorded and evaluated; Part 3 complete, force GREEN: in sync.",
    "E1": "ID 902, misconduct 'no further action' fairness; Part 3 complete, force GREEN: in sync.",
    "F1": "ID 5307 and 'in consultation with PCCs' wording of the 2015 report; Part 2 open, force AMBER: in sync.",
    "G1": "ID 5588, IM audits through governance structure, same 30 Nov 2015 deadline; Part 2 open, force AMBER: in sync.",
    "H1": "ID 5790, governance against APP; Part 3 complete, force GREEN: in sync.",
    "H2": "ID 5791, licensing demand; Part 3 complete, force BLUE: in sync.",
    "H3": "ID 5792, 'total expired' records; Part 2 open, force GREEN proposed for closure: submit.",
    "H4": "ID 5793, temporary permits; Part 2 open, force AMBER: in sync.",
    "H5": "ID 5794, identify certificate holders before attendance; no force row with this ID or wording (no row about dispatch checks/seizure): missing.",
    "I1": "CoC 6870 (DASH discretion), force row has no ID but the same DASH cause of concern under PEEL Effectiveness 2016; Part 4 superseded, force AMBER: close locally.",
    "I2": "Rec 6871 DASH supervision, force row no ID, same wording; Part 4 superseded, force AMBER: close locally.",
    "I3": "Rec 6872 (arrest, ancillary orders, DA) matched by text and report; HMICFRS type Rec, force records it as AFI: type conflict.",
    "J1": "ID 8203 MSHT leadership (four bullets; the HMICFRS item broke over a page, the continuation row is not an item). Force split it into four rows (a)-(d); (c) still AMBER so the force has not finished it, HMICFRS Part 2 open: open on both.",
    "J2": "ID 8204 info-sharing agreements (HMICFRS text has stray footnote 86); Part 3 complete, force GREEN: in sync.",
    "J3": "ID 8205 s45 defence; Part 2 open, force GREEN ready to submit: submit.",
    "J4": "ID 8206 NRM/duty to notify; Part 3 complete (authorised for closure), force AMBER: close locally.",
    "J5": "ID 8207 NCRS for MSHT; Part 2 open, force AMBER: in sync.",
    "J6": "ID 8208 MSHT investigation and supervision; Part 2 open, force GREEN evidence submitted: submit.",
    "J7": "ID 8209 preventative powers MSA 2015; Part 2 open, force AMBER: in sync.",
    "K1": "ID 8377 digital services plan, same Sept 2018 deadline; Part 2 open, force AMBER: in sync.",
    "L1": "CoC 8541 (S&S not reasonable/fair, BAME over-representation). Force row text and report agree but its HMICFRS Ref says 8451 (digits swapped; 8451 is on no list): reference conflict.",
    "L2": "ID 8542 S&S monitoring 'to understand' three bullets; force row keeps only two (drops possession-only drug searches vs local priorities): missing bullet conflict.",
    "L3": "ID 8543 disparities research and action; Part 2 open, force GREEN published: submit.",
    "L4": "ID 8544 publish annually from July 2018; Part 3 complete, force GREEN: in sync.",
    "L5": "ID 8545 unconscious bias training; Part 2 open, force AMBER: in sync.",
    "M1": "ID 9610 capability/capacity review; Part 3 complete, force GREEN: in sync.",
    "M2": "ID 9611 vulnerability review with partners; Part 2 open, force GREEN signed off: submit.",
    "M3": "ID 9612 skills project; Part 2 open, force AMBER: in sync.",
    "M4": "ID 9613 Warwickshire transition; Part 3 complete, force AMBER: close locally.",
    "M5": "ID 9614 operating model; Part 2 open, force RED: in sync.",
    "M6": "ID 9615 consult the public on business planning, Part 1 re-opened; no force row with ID 9615 or this wording: missing.",
    "M7": "ID 9616 supervision of investigations: HMICFRS 'within six months', force row 'Within three months': timescale conflict.",
    "M8": "CoC 9617 alliance ending; Part 2 open, force AMBER: in sync.",
    "M9": "CoC 9618 capacity to investigate; Part 2 open, force AMBER: in sync.",
    "M10": "ID 9619 digital evidence retrieval; Part 2 open, force GREEN backlog cleared: submit.",
    "M11": "ID 9620 RUI and bail; Part 2 open, force AMBER: in sync.",
    "N1": "ID 10412 comms skills by July 2022; force row without ID, same text and deadline; Part 1 awaiting review, force AMBER: in sync.",
    "N2": "ID 10413 CPD comms skills/BWV debrief; Part 1 open, force GREEN: submit.",
    "N3": "BWV recording/review/scrutiny (ID TBC, Part 1 new); no force row about body-worn video recording of encounters (N2's row is the CPD debrief item): missing.",
    "N4": "ID 10415 Home Office and NPCC data; Part 5 no further action, force WHITE (not for the force = done): closed on both.",
    "N5": "Use-of-force internal monitoring (ID TBC, Part 1); force row without ID, same wording and July 2021: in sync (both open).",
    "X1": "PEEL Legitimacy 2015 AFI (OOCDs); not on the annex in any Part: query with HMICFRS.",
    "X2": "PEEL Legitimacy 2016 AFI (vetting backlog); not on the annex: query with HMICFRS.",
    "X3": "Custody 2018 recommendation (children in custody); not on the annex: query with HMICFRS.",
}
CAT = {}
for k in ITEMS:
    CAT[k] = "in_sync"
for k in ("D1", "H3", "J3", "J6", "L3", "M2", "M10", "N2"):
    CAT[k] = "closeable_submit"
for k in ("B1", "C2", "C4", "I1", "I2", "J4", "M4"):
    CAT[k] = "closeable_local"
for k in ("I3", "L1", "L2", "M7"):
    CAT[k] = "conflict"
for k in ("A3", "H5", "M6", "N3"):
    CAT[k] = "missing_from_force"
for k in ("X1", "X2", "X3"):
    CAT[k] = "not_on_hmicfrs_list"


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    hrows, hnon = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    seen = set()
    for k, fr in frows:
        h = f"Annex A!{hrows[k]}" if k in hrows else ""
        lines.append((hrows.get(k, 10**6), fr, h, f"Tracker!{fr}", CAT[k], WHY[k]))
        seen.add(k)
    for k in ITEMS:
        if k not in seen:
            lines.append((hrows[k], 0, f"Annex A!{hrows[k]}", "", CAT[k], WHY[k]))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for _, _, h, f, c, y in lines:
            w.writerow([h, f, c, y])
    write_readme(hnon, lines, hrows, dict((k, r) for k, r in frows if k != 'J1'), [r for k, r in frows if k == 'J1'])



def write_readme(hnon, lines, h, f, j1):
    from collections import Counter
    cnt = Counter(x[4] for x in lines)
    parts = [r for r, why in hnon if why.startswith("Part heading")]
    conts = [r for r, why in hnon if why.startswith("continuation")]
    reps = [r for r, why in hnon if why == "report heading"]
    L = []
    a = L.append
    a(f"# {CASE}\n")
    a("## Story\n")
    a("West Mercia Police's Force Liaison Lead at HMICFRS sends the Chief Constable a letter each "
      "half-year (ref. FLL/WMP/2021-10) with **Annex A**, the definitive list of every "
      "recommendation, cause of concern and national recommendation HMICFRS holds against the "
      "force, as at 31 October 2021. The annex is a Word table. It is grouped by HMICFRS position "
      "(Part 1 awaiting review, Part 2 being progressed, Part 3 complete, Part 4 superseded, "
      "Part 5 no further action required) and, inside each Part, by report. The force's "
      "Organisational Learning analyst copied the Word table into Excel to reconcile it with the "
      "force tracker before the Joint Audit Committee. The paste kept Word's marks: merged cells, "
      "rows broken at a page break, and 'No.' values turned into numbers.\n")
    a("## Files\n")
    a("- `hmicfrs.xlsx`: one sheet `Annex A`. Rows 1-4 are the marking, title, letter note and a "
      "blank row. Row 5 is the header: `No.` | `Register ID` | `Type` | `Recommendation / area "
      "for improvement / cause of concern` | `HMICFRS comment`. There are 50 item rows, rows 6-88. "
      "Part headings and report headings (merged A:E) sit between them. After them come a "
      "summary block, a key and the marking (rows 89-99). **There is no status column**: an "
      "item's status is the Part it sits under.")
    a("- `tracker.xlsx`: sheet `Tracker`. Row 1 is the title, row 2 'Last updated', row 3 the "
      "header: `OL Ref` | `HMICFRS Ref` | `Report` | `Type` | `Recommendation / AFI (summary)` | "
      "`Lead` | `RAG` | `Latest update` | `Submitted for closure`. There are 52 item rows, rows "
      "4-55, with an autofilter. The RAG column holds GREEN/BLUE/WHITE (done) or AMBER/RED (open) "
      "as text on a fill colour. Dates are real Excel dates shown dd/mm/yyyy. Sheet `RAG key` is "
      "a legend (no items). The tracker is an ordinary one: the difficulty is on the list side.")
    a("- `truth.csv`: UTF-8, 56 lines (50 HMICFRS items; the four split rows of one item; 3 force-only rows).\n")
    a("## What the layout brings (HMICFRS side)\n")
    a(f"1. **Status only from section headings.** Part headings are at rows {', '.join(map(str, parts))}; each is one merged cell. "
      "Part 1 = Awaiting review, 2 = Being progressed (both open); 3 = Complete, 4 = Superseded, 5 = No further action required (all closed).")
    a(f"2. **Report headings inside every Part**, with the publication date as an ordinal ('(published 24th October 2017)'), merged A:E: rows {', '.join(map(str, reps))}. "
      "The same report comes back under several Parts (for example Stolen freedom in Parts 2 and 3, and PEEL 2018/19 in Parts 1, 2 and 3).")
    a(f"3. **Word page breaks.** The long items B1 (Everyone's business, row {h['B1']}) and J1 (Stolen freedom MSHT leadership, row {h['J1']}) continue on rows "
      f"{conts[0]} and {conts[1]}, which have only text and no No./ID. Those rows are not items: they hold the rest of the bullets of the row above.")
    a("4. **Type column keeps Word's vertical merges.** A run of items of the same type in one report block is one merged cell, so openpyxl reads a value only in its top row. The codes are `Nat rec`, `Rec`, `CoC` (the key is in row 98).")
    a("5. **`No.` became a number**: '2.10' is stored as 2.1 and '2.20' as 2.2, so Part 2 has duplicate numbers (2.1 twice, 2.2 twice). The numbering restarts in each Part. It is not a reference.")
    a("6. **Register IDs** are plain integers (902, 2321, 4822 ... 10415). Two new items carry the text `TBC` (rows "
      f"{h['N3']}, {h['N5']}).")
    a("7. **Rows that are not items** at the end: a summary (per-Part counts in column C, a total of 50), a key, and the OFFICIAL marking.")
    a("8. Texts are verbatim HMICFRS wording with their quirks: curly quotes, bullets with no space after them ('•the reasons'), and stray footnote digits ('intelligence 86', 'another force; and 20').\n")
    a("## Traps and how the truth decides them\n")
    a(f"- A3 (row {h['A3']}, 2013, 'elected local policing bodies', ID 3122) and F1 (row {h['F1']}, 2015, 'police and crime commissioners', ID 5307) are near-identical texts from two reports. "
      f"The force has one row (Tracker!{f['F1']}) with ID 5307 and report 'Stop & search powers 2', so it matches F1. A3 is **missing_from_force**.")
    a(f"- J1 (row {h['J1']} plus its continuation row): the force split the four bullets into Tracker rows {', '.join(map(str, j1))}. Three are GREEN and (c) is AMBER, so the force is not done, and HMICFRS Part 2 is open: four **in_sync** lines, each with hmicfrs_row {h['J1']}.")
    a(f"- L1 (row {h['L1']}, CoC 8541): the force's row (Tracker!{f['L1']}) has the same text and report but Ref 8451 (digits transposed): **conflict** (reference).")
    a(f"- L2 (row {h['L2']}): the force's summary keeps two of the three 'to understand' bullets and drops the possession-only drug searches bullet: **conflict** (missing bullet).")
    a(f"- M7 (row {h['M7']}): HMICFRS 'within six months', force 'Within three months': **conflict** (timescale).")
    a(f"- I3 (row {h['I3']}): HMICFRS type Rec, force type AFI: **conflict** (type). I1/I2 have no ID on the force side and match by text; both are superseded on the list and AMBER in the force: **closeable_local**.")
    a(f"- N1 and N5: the force rows have no HMICFRS Ref (N5's ID is TBC on the list). They match by text: **in_sync**. N3 (BWV, ID TBC) has no force row: **missing_from_force**. N2's row is about BWV *debriefing*; it is not N3.")
    a(f"- N4 (row {h['N4']}, Home Office/NPCC, Part 5): force WHITE, meaning not the force's to deliver and so done: **in_sync** (closed on both).")
    a(f"- B1 (row {h['B1']}): the force's text is cut off with '...', Part 3 complete, force AMBER: **closeable_local**.")
    a(f"- Force-only rows Tracker!{f['X1']}, {f['X2']}, {f['X3']} (PEEL Legitimacy 2015 OOCD AFI, PEEL Legitimacy 2016 vetting AFI, Custody 2018 children): these are on no Part of the annex: **not_on_hmicfrs_list**.")
    a(f"- M6 (row {h['M6']}, Part 1 re-opened, ID 9615) and H5 (row {h['H5']}, ID 5794): no force row: **missing_from_force**.")
    a("- No `review` lines.\n")
    a("## Counts\n")
    for c in ("in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"):
        a(f"- {c}: {cnt.get(c, 0)}")
    a(f"- total lines: {len(lines)} (in_sync includes the 4 J1 split lines)\n")
    a("## Rows that are not items (Annex A)\n")
    a("| Row | Reason |\n|---|---|")
    for r, why in hnon:
        a(f"| {r} | {why} |")
    a("\nTracker: rows 1-2 (title, last updated) and row 3 (header) are not items. Sheet `RAG key` is a legend.\n")
    a("## Checks run\n")
    a("- Every item row of both files appears in truth.csv: Annex A rows that are not items plus the 50 item rows account for rows 1-99; Tracker rows 4-55 appear once each.")
    a("- Both files read back with pandas (`read_excel`, header=None) and openpyxl; merged ranges confirmed with openpyxl.")
    a("- Two builds compared with sha256: identical (fixed document properties, no clock, no randomness).")
    a("- The reconcile tool was not run or imported; the truth was decided by reading the rows.")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
