"""Build case hmicfrs_hub_attribute_value_extract (round 96, case B).

HMICFRS side: a regional performance hub's entity-attribute-value (EAV) extract of the
HMICFRS monitoring data for West Mercia Police (hmicfrs.csv). Force side: an ordinary
tracker (tracker.xlsx). Deterministic: no clock, no randomness, fixed zip timestamps.
"""
import csv, io, os, zipfile, datetime as dt
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

OUT = "/tmp/indep96/hmicfrs_hub_attribute_value_extract"
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- HMICFRS texts (verbatim, OGL)
T = {}
T["n1"] = ("Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.")
T["n2"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.")
T["n3"] = ("Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.")
T["n4"] = ("By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.")
T["n5"] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews")
T["n6"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.")
T["n7"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.")
T["n8"] = ("In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.")
T["n9"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.")
T["n10"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.")
T["n11"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.")
T["n12"] = ("Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.")
T["n13"] = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.")
T["n14"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.")
T["n15"] = ("Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.")
T["n16"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.")
T["n17"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.")
T["n18"] = ("Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.")
T["n19"] = ("Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.")
T["n20"] = ("Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible")
T["n21"] = ("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.")
T["n22"] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.")
T["n23"] = ("Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.")
T["n24"] = ("Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).")
T["n25"] = ("Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.")
T["n26"] = ("By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.")
T["n27"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.")
T["n28"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.")
T["n29"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;")
T["n30"] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.")
T["n31"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.")
T["w0"] = "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and"
T["w1"] = "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people."
T["w2"] = "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;"
T["w3"] = "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and"
T["w4"] = "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;"
T["w5"] = "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation."
T["w6"] = "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;"
T["w7"] = "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people."
T["w8"] = "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated."
T["w9"] = "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;"
T["w10"] = "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;"
T["p1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.")
T["p2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.")
T["p3"] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.")
T["p4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.")
T["p5"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.")

# ---------------------------------------------------------------- reports (REPORT entities)
REPORTS = [  # report key, title, published, inspection type, [item keys]
    (70011, "Stop and search powers: Are the police using them effectively and fairly?", "2013-07-09", "THEMATIC", ["n1", "n2", "n3"]),
    (70014, "Everyone's business: Improving the police response to domestic abuse", "2014-03-27", "THEMATIC", ["n4"]),
    (70016, "Policing in austerity: Meeting the challenge", "2014-07-22", "VFM", ["n5", "n6", "n7", "n8"]),
    (70019, "Core Business: an inspection into crime prevention, police attendance and the use of police time", "2014-09-04", "THEMATIC", ["n9", "n10"]),
    (70023, "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "2015-01-30", "THEMATIC", ["n11"]),
    (70025, "Stop and search powers 2: are the police using them effectively and fairly?", "2015-03-24", "THEMATIC", ["n12"]),
    (70031, "Building the picture: an inspection of police information management", "2015-07-01", "THEMATIC", ["n13"]),
    (70034, "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "2015-09-15", "THEMATIC", ["n14", "n15", "n16", "n17", "n18"]),
    (70052, "Stolen freedom: the policing response to modern slavery and human trafficking", "2017-10-24", "THEMATIC", ["n19", "n20", "n21", "n22", "n23", "n24", "n25"]),
    (70055, "PEEL: Police efficiency 2017 (national overview)", "2017-11-09", "PEEL", ["n26"]),
    (70058, "PEEL: Police legitimacy 2017 (national overview)", "2017-12-12", "PEEL", ["n27", "n28", "n29", "n30", "n31"]),
    (70066, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "", "PEEL", ["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10"]),
    (70081, "Disproportionate use of police powers: A spotlight on stop and search and the use of force", "2021-02-26", "THEMATIC", ["p1", "p2", "p3", "p4", "p5"]),
]
REPORT_OF = {k: r for r in REPORTS for k in r[4]}
PUB = {r[0]: r[2] for r in REPORTS}

# item meta: key -> (ref or None, type code, status history [(slug, date)], current index or -1, comment or None, parent item key or None)
NAT = "NATREC"; REC = "REC"; COC = "COC"
AR, BP, CO, SU, NFA = "awaiting-review", "being-progressed", "complete", "superseded", "no-further-action-required"
SUPERSEDED_COMMENT = ("This area of activity has subsequently been inspected in HMIC's PEEL Legitimacy inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
NFA_COMMENT = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
M = {
 "n1": (1204, NAT, [(AR, "2013-07-09"), (CO, "2016-03-14")], None, None),
 "n2": (1205, NAT, [(AR, "2013-07-09"), (BP, "2014-02-03"), (CO, "2017-06-20")], None, None),
 "n3": (1206, NAT, [(AR, "2013-07-09"), (BP, "2014-02-03")], None, None),
 "n4": (2321, NAT, [(AR, "2014-03-27"), (CO, "2019-11-04")], "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity.", None),
 "n5": (3390, NAT, [(AR, "2014-07-22"), (NFA, "2017-10-18")], NFA_COMMENT, None),
 "n6": (3391, NAT, [(AR, "2014-07-22"), (NFA, "2017-10-18")], NFA_COMMENT, None),
 "n7": (3392, NAT, [(AR, "2014-07-22"), (NFA, "2017-10-18")], NFA_COMMENT, None),
 "n8": (3393, NAT, [(AR, "2014-07-22"), (NFA, "2017-10-18")], NFA_COMMENT, None),
 "n9": (4822, NAT, [(AR, "2014-09-04"), (CO, "2016-01-12")], None, None),
 "n10": (4823, NAT, [(AR, "2014-09-04"), (BP, "2015-04-01")], "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.", None),
 "n11": (902, NAT, [(AR, "2015-01-30"), (CO, "2016-08-22")], "This recommendation is complete", None),
 "n12": (5127, NAT, [(AR, "2015-03-24"), (SU, "2018-01-09")], SUPERSEDED_COMMENT, None),
 "n13": (5540, NAT, [(AR, "2015-07-01"), (BP, "2016-02-15")], None, None),
 "n14": (6031, NAT, [(AR, "2015-09-15"), (CO, "2016-06-30")], None, None),
 "n15": (6032, NAT, [(AR, "2015-09-15"), (BP, "2016-06-30")], None, None),
 "n16": (6033, NAT, [(AR, "2015-09-15"), (CO, "2016-06-30")], None, None),
 # n17: marked complete in error, then re-opened; current row is being-progressed
 "n17": (6034, NAT, [(AR, "2015-09-15"), (CO, "2016-06-30"), (BP, "2017-02-03")], "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete.", None),
 "n18": (6035, NAT, [(AR, "2015-09-15")], None, None),
 "n19": (8312, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11")], None, None),
 "n20": (8313, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11")], None, None),
 "n21": (8314, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11"), (CO, "2020-09-29")], None, None),
 "n22": (8315, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11")], None, None),
 "n23": (8316, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11")], None, None),
 "n24": (8317, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11"), (CO, "2020-09-29")], None, None),
 "n25": (8318, NAT, [(AR, "2017-10-24"), (BP, "2018-05-11")], None, None),
 "n26": (8466, NAT, [(AR, "2017-11-09"), (CO, "2019-12-02")], None, None),
 "n27": (8541, COC, [(AR, "2017-12-12"), (BP, "2018-07-30")], None, None),
 "n28": (8542, NAT, [(AR, "2017-12-12"), (BP, "2018-07-30")], None, "n27"),
 "n29": (8543, NAT, [(AR, "2017-12-12"), (BP, "2018-07-30")], None, "n27"),
 "n30": (8544, NAT, [(AR, "2017-12-12"), (CO, "2019-08-14")], None, "n27"),
 "n31": (8545, NAT, [(AR, "2017-12-12"), (BP, "2018-07-30")], None, "n27"),
 "w0": (9604, REC, [(AR, "2019-05-02"), (BP, "2019-09-16"), (CO, "2021-01-25")], None, "w8"),
 "w1": (9605, REC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, "w7"),
 "w2": (9606, REC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, "w7"),
 "w3": (9607, REC, [(AR, "2019-05-02"), (BP, "2019-09-16"), (SU, "2020-03-02")], "Alliance with Warwickshire Police ended 30 September 2019. Superseded by the cause of concern revisit.", "w7"),
 "w4": (9608, REC, [(AR, "2019-05-02"), (BP, "2019-09-16"), (CO, "2020-11-30")], None, "w7"),
 "w5": (9609, REC, [(AR, "2019-05-02")], None, "w7"),
 "w6": (9610, REC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, "w8"),
 "w7": (9611, COC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, None),
 "w8": (9612, COC, [(AR, "2019-05-02"), (BP, "2019-09-16"), (CO, "2021-01-25")], None, None),
 "w9": (9613, REC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, "w8"),
 "w10": (9614, REC, [(AR, "2019-05-02"), (BP, "2019-09-16")], None, "w8"),
 "p1": (None, NAT, [(AR, "2021-02-26")], None, None),
 "p2": (None, NAT, [(AR, "2021-02-26")], None, None),
 "p3": (None, NAT, [(AR, "2021-02-26")], None, None),
 "p4": (None, NAT, [(AR, "2021-02-26")], None, None),
 "p5": (None, NAT, [(AR, "2021-02-26")], None, None),
}
# the current status row: last by date, except n17 (re-opened, still last by date)
def current(k):
    return M[k][2][-1][0]

# hub surrogate keys: loaded in this order (West Mercia CoC revisit loaded after the 2021 report)
LOAD_ORDER = (["n%d" % i for i in range(1, 32)] + ["w0", "w1", "w2", "w3", "w4", "w5", "w6"]
              + ["p1", "p2", "p3", "p4", "p5"] + ["w7", "w8", "w9", "w10"])
EKEY = {k: 410100 + 7 * i for i, k in enumerate(LOAD_ORDER)}

EXTRACT = "WMRPH-HMI-EXT-20210630-01"
FORCE_CODE = "WMERC"
CHUNK = 500

def ts(d):
    return d + "T00:00:00.000Z"

rows = []  # dicts
for k in LOAD_ORDER:
    ref, typ, hist, comment, parent = M[k]
    rk = REPORT_OF[k][0]
    pub = PUB[rk] or "2019-05-02"
    fc = "ALL" if typ == NAT or k == "n27" else FORCE_CODE
    base = dict(extract_id=EXTRACT, force_code=fc, entity_type="ITEM", entity_key=EKEY[k])
    if comment:
        rows.append(dict(base, attribute="Comment", value_seq=1, value=comment, is_current="Y", valid_from=ts(hist[-1][1])))
    if ref is not None:
        rows.append(dict(base, attribute="HMICFRSRef", value_seq=1, value=str(ref), is_current="Y", valid_from=ts(pub)))
    text = T[k]
    chunks = [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)]
    for j, c in enumerate(chunks, 1):
        rows.append(dict(base, attribute="ItemText", value_seq=j, value=c, is_current="Y", valid_from=ts(pub)))
    rows.append(dict(base, attribute="ItemType", value_seq=1, value=typ, is_current="Y", valid_from=ts(pub)))
    if parent:
        rows.append(dict(base, attribute="ParentKey", value_seq=1, value=str(EKEY[parent]), is_current="Y", valid_from=ts(pub)))
    rows.append(dict(base, attribute="ReportKey", value_seq=1, value=str(rk), is_current="Y", valid_from=ts(pub)))
    for i, (slug, d) in enumerate(hist):
        rows.append(dict(base, attribute="Status", value_seq=1, value=slug,
                         is_current="Y" if i == len(hist) - 1 else "N", valid_from=ts(d)))
for rk, title, pub, itype, keys in REPORTS:
    base = dict(extract_id=EXTRACT, force_code=FORCE_CODE, entity_type="REPORT", entity_key=rk, is_current="Y")
    vf = ts(pub or "2019-05-02")
    rows.append(dict(base, attribute="InspectionType", value_seq=1, value=itype, valid_from=vf))
    rows.append(dict(base, attribute="ItemCount", value_seq=1, value=str(len(keys)), valid_from=vf))
    if pub:
        rows.append(dict(base, attribute="PublishedDate", value_seq=1, value=pub, valid_from=vf))
    rows.append(dict(base, attribute="ReportTitle", value_seq=1, value=title, valid_from=vf))

# ORDER BY entity_type, entity_key, attribute, value_seq, value  (as the hub's SQL does)
rows.sort(key=lambda r: (r["entity_type"], r["entity_key"], r["attribute"], r["value_seq"], r["value"]))
rows.append(dict(extract_id=EXTRACT, force_code=FORCE_CODE, entity_type="TRAILER", entity_key="",
                 attribute="RowCount", value_seq=1, value=str(len(rows)), is_current="", valid_from=""))
COLS = ["extract_id", "force_code", "entity_type", "entity_key", "attribute", "value_seq", "value", "is_current", "valid_from"]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=COLS, lineterminator="\n")
w.writeheader()
for r in rows:
    w.writerow(r)
with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

# Excel row of each record (header = 1); first row of each ITEM block is the item's row
HROW = {}
BLOCK = {}
for i, r in enumerate(rows):
    rn = i + 2
    if r["entity_type"] == "ITEM":
        k = [x for x in EKEY if EKEY[x] == r["entity_key"]][0]
        HROW.setdefault(k, rn)
        BLOCK.setdefault(k, [rn, rn])[1] = rn
REPORT_ROWS = {}
for i, r in enumerate(rows):
    if r["entity_type"] == "REPORT":
        REPORT_ROWS.setdefault(r["entity_key"], [i + 2, i + 2])[1] = i + 2
TRAILER_ROW = len(rows) + 1

# ---------------------------------------------------------------- force tracker
D = dt.datetime
F = []  # (hmicfrs keys list or [], ref, report, published, type, text, lead, rag, update, submitted, category list, why list)
def add(keys, ref, rep, pub, typ, text, lead, rag, upd, sub, cats, whys):
    F.append((keys, ref, rep, pub, typ, text, lead, rag, upd, sub, cats, whys))

S13 = ("Stop & Search powers (HMIC 2013)", D(2013, 7, 9))
add(["n1"], 1204, *S13, "Nat rec", "CCs and College of Policing to set out in S&S APP a clear spec of what constitutes effective and fair use of S&S powers (compliant with Code of Practice)", "Supt Operations Support", "Closed", "Closed by HMIC 2016. APP published by the College.", None,
    ["in_sync"], ["Ref 1204 and text agree; HMICFRS current status complete, force Closed: closed on both."])
add(["n2"], 1205, *S13, "Nat rec", "Establish/improve monitoring of how officers use stop and search so we are satisfied it is lawful (incl. equality legislation & Code A) and used effectively", "Supt Operations Support", "Green", "S&S scrutiny dashboard live; monthly review at Legitimacy Board.", None,
    ["in_sync"], ["Ref 1205 and text agree; HMICFRS complete (is_current=Y), force Green: done on both."])
add(["n3"], 1206, *S13, "Nat rec", "In consultation with the PCC, explain to the public how S&S powers are used and have S&S records scrutinised by community representatives (involving young people)", "Supt Operations Support", "Green", "External scrutiny panel meets quarterly; youth panel est. Jan 2021. Evidence pack sent to FLL.", D(2021, 3, 12),
    ["closeable_submit"], ["Ref 1206 and report (2013) agree; near-identical 2015 text (5127) is a separate item. HMICFRS being-progressed, force Green and submitted 12/03/2021: submit for closure."])
EB = ("Domestic abuse - Everyone's business", D(2014, 3, 27))
add(["n4"], 2321, *EB, "Nat rec", "Establish and publish a DA action plan setting out what steps we will take to improve our approach to domestic abuse – developed with PCC, support orgs & victims reps, all report recs, DHRs/IPCC findings, CPS panels & MARAC self-assessments", "Ch Supt Public Protection", "Amber", "DA action plan refreshed for 2021-23; awaiting DA Board sign-off.", None,
    ["closeable_local"], ["Ref 2321 and text (all four bullets) agree; HMICFRS complete since 2019 (comment: authorised for closure), force still Amber: close locally."])
PA = ("Policing in Austerity 2014", D(2014, 7, 22))
add(["n5"], 3390, *PA, "Nat rec", "Review plans to deliver savings so we continue to reduce crime and protect the front line while balancing the budget (use HMIC VfM profiles)", "Director of Finance", "Amber", "MTFP refresh 2021/22 in progress.", None,
    ["closeable_local"], ["Ref 3390 and text agree; HMICFRS no-further-action-required (closed), force Amber: close locally."])
add(["n6", "n7"], "3391 / 3392", *PA, "Nat rec", "Assess scope to improve where <10% of savings come through collaboration; assess whether decisive action taken to maintain crime fighting capacity where front line workforce is reducing", "Director of Finance", "Green", "Addressed holistically as part of the force change programme.", None,
    ["in_sync", "in_sync"], ["One force row holds two items (refs 3391 / 3392); first half is 3391 (less than 10% through collaboration). HMICFRS no-further-action-required, force Green: closed/done on both.",
                             "Same force row, second half is 3392 (front-line reduction, crime fighting capacity). HMICFRS no-further-action-required, force Green: closed/done on both."])
add(["n8"], 3393, *PA, "Nat rec", "Review plans for collaboration ahead of next spending round – scope for better VfM and capability through joint working with other forces, public and/or private sector", "Director of Finance", "Closed", "NFA per HMICFRS list Nov 2017.", None,
    ["in_sync"], ["Ref 3393 and text agree; HMICFRS no-further-action-required, force Closed: closed on both."])
CB = ("Core business", D(2014, 9, 4))
add(["n9"], 4822, *CB, "Nat rec", "Provide call handlers with specific, sound and comprehensible threat, harm & risk criteria (THRIVE)", "Supt Contact Centre", "Green", "THRIVE embedded in OCC. Completed.", None,
    ["in_sync"], ["Ref 4822 and text agree; HMICFRS complete, force Green: done on both."])
add(["n10"], 4823, *CB, "Nat rec", "By 31 March 2016 ensure crime prevention/disruption activity is systematically recorded and evaluated to determine the effectiveness of tactics used", "Head of Corporate Development", "Amber", "Problem-solving database being rolled out.", None,
    ["conflict"], ["Ref 4823 and text match, but the deadline differs: HMICFRS 'By 31 March 2015', tracker 'By 31 March 2016'. Both open (being-progressed / Amber); the date must be corrected."])
S15 = ("Stop & search powers 2 (2015)", D(2015, 3, 24))
add(["n12"], 5127, *S15, "Nat rec", "Comply with Code of Practice by explaining to the public how S&S is used in our area and arranging for S&S records to be scrutinised by community reps – involve those stopped, e.g. young people", "Supt Operations Support", "Amber", "Linked to 2013 rec – see above. Youth panel recruitment ongoing.", None,
    ["closeable_local"], ["Ref 5127 and report (2015, 'in consultation with police and crime commissioners') agree; not the 2013 item 1206. HMICFRS superseded (closed), force Amber: close locally."])
BP_ = ("Information management (Building the Picture)", D(2015, 7, 1))
add(["n13"], 5540, *BP_, "Nat rec", "Put arrangements in place to scrutinise audits of compliance with the APP on information management through the force IM governance structure (incl. regular adjustment of record categorisation)", "Head of Information Management", "Green", "Information Assurance Board ToR updated; audit schedule in place.", D(2021, 5, 4),
    ["closeable_submit"], ["Ref 5540 and text agree; HMICFRS being-progressed, force Green and submitted 04/05/2021: submit for closure."])
FL = ("Firearms licensing 2015", D(2015, 9, 15))
add(["n14"], 6031, *FL, "Nat rec", "Assess how well governance of firearms licensing meets APP standards; put the correct arrangements in place where not", "Supt Firearms Licensing", "Green", "Governance review completed; FLM Board in place.", None,
    ["in_sync"], ["Ref 6031 and text agree; HMICFRS complete, force Green: done on both."])
add(["n15"], 6032, *FL, "Nat rec", "Assess demand on the Firearms Licensing Dept and ensure it has capacity to meet it", "Supt Firearms Licensing", "Amber", "Backlog recovery plan; 4 additional staff recruited.", None,
    ["in_sync"], ["Ref 6032 and text agree; HMICFRS being-progressed, force Amber: open on both."])
add(["n16"], 6033, *FL, "Nat rec", "Satisfy ourselves all appropriate action is taken re 'total expired' licensing records", "Supt Firearms Licensing", "Green", "Completed.", None,
    ["in_sync"], ["Ref 6033 and text agree; HMICFRS complete, force Green: done on both."])
add(["n17"], 6034, *FL, "Nat rec", "Ensure temporary permits are in line with HO guidance, recorded without delay on NFLMS, and systems ensure holders are not in unlawful possession", "Supt Firearms Licensing", "Green", "Re-audit completed Apr 2021, all permits recorded on NFLMS.", D(2021, 4, 30),
    ["closeable_submit"], ["Ref 6034 and text agree. HMICFRS status rows: 'complete' (2016, is_current=N, sorts last) then re-opened 'being-progressed' (2017, is_current=Y): open. Force Green, submitted 30/04/2021: submit for closure."])
SF = ("Stolen Freedom (MSHT) 2017", D(2017, 10, 24))
parts = [("MSHT leadership & governance review (a) – senior leaders prioritise the response to MSHT", "Green"),
         ("MSHT leadership & governance review (b) – every MSHT incident allocated appropriate resources with the skills, experience and capacity", "Green"),
         ("MSHT leadership & governance review (c) – effective partnership arrangements to co-ordinate activity, share info and safeguard victims", "Amber"),
         ("MSHT leadership & governance review (d) – performance & QA measures so senior leaders can assess the service to victims", "Green")]
for i, (txt, rag) in enumerate(parts):
    add(["n19"], 8312, *SF, "Nat rec", txt, "Det Ch Supt Force CID", rag,
        ["MSHT Gold group in place.", "Allocation policy revised.", "Regional partnership protocol in draft.", "MSHT dashboard live."][i], None,
        ["in_sync"], ["Force split ref 8312 into four bullet rows (a)-(d); this is part %s. Part (c) is still Amber so the item is open on the force side; HMICFRS being-progressed: open on both." % "abcd"[i]])
add(["n20"], 8313, *SF, "Nat rec", "Within twelve months have active info-sharing agreements with other agencies for speedy exchange of intelligence, to safeguard victims and identify suspects early", "Head of Intelligence", "Amber", "ISA with local authorities signed; health pending.", None,
    ["conflict"], ["Ref 8313 and text match, but the timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months'. Both open."])
add(["n21"], 8314, *SF, "Nat rec", "Ensure victims who commit offences under compulsion get early & continuing consideration of the s45 defence", "Head of Criminal Justice", "Amber", "CPS liaison ongoing; guidance issued to custody.", None,
    ["closeable_local"], ["Ref 8314 and text agree; HMICFRS complete (2020), force Amber: close locally."])
add(["n22"], 8315, *SF, "Nat rec", "Be fully compliant with the NRM process and the duty to notify the HO of adult victims (MSA 2015)", "Det Ch Supt Force CID", "Green", "DtN process audited; 100% compliance Q3.", D(2021, 2, 18),
    ["closeable_submit"], ["Ref 8315 and text agree; HMICFRS being-progressed, force Green and submitted 18/02/2021: submit for closure."])
add(["n23"], 8316, *SF, "Nat rec", "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR", "Force Crime Registrar", "Amber", "Audit plan agreed; capacity review with FCR.", None,
    ["in_sync"], ["Ref 8316 and text agree; HMICFRS being-progressed, force Amber: open on both."])
add(["n24"], 8317, *SF, "Nat rec", "MSHT allegations thoroughly investigated and supervised by skilled teams (incl. JITs / evidence from overseas)", "Det Ch Supt Force CID", "Green", "Completed.", None,
    ["in_sync"], ["Ref 8317 and text agree; HMICFRS complete (is_current=Y), force Green: done on both."])
add(["n25"], 8318, *SF, "Nat rec", "Review use of preventative powers under MSA 2015 (STPOs/STROs)", "Det Ch Supt Force CID", "Red", "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
    ["in_sync"], ["Ref 8318 and text agree; HMICFRS being-progressed, force Red: open on both."])
AP = ("Abuse of position for a sexual purpose (Oct 2017)", D(2017, 10, 5))
add([], None, *AP, "Nat rec", "Seek intelligence on potential abuse of position for a sexual purpose – review CCU capacity, IT monitoring and links with support organisations", "Head of Professional Standards", "Amber", "CCU uplift approved; IT monitoring software procured.", None,
    ["not_on_hmicfrs_list"], ["No item on the hub extract for this report (no REPORT record either); force's own row with no ref: query with HMICFRS."])
EF = ("PEEL Efficiency 17 (all forces)", D(2017, 11, 9))
add(["n26"], 8466, *EF, "Nat rec", "Produce an ambitious plan to improve digitally-enabled services", "Director of Digital Services", "Green", "Digital strategy 2019-22 approved by FET.", None,
    ["in_sync"], ["Ref 8466 and text agree; HMICFRS complete, force Green: done on both."])
add([], None, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI", "Ensure sufficient resources in the control room to meet demand and the resourcing model, taking account of workforce wellbeing", "Supt Contact Centre", "Green", "OCC resourcing model reviewed; wellbeing plan in place.", None,
    ["not_on_hmicfrs_list"], ["A force-level AFI with no ref; nothing like it in the extract (the only PEEL efficiency 2017 item is the digital plan 8466): query with HMICFRS."])
LG = ("PEEL Legit 17 S&S", D(2017, 12, 12))
add(["n27"], 8541, *LG, "CoC", "Cause of concern – force not able to demonstrate S&S use is consistently reasonable and fair; over-representation of BAME people", "ACC Local Policing", "Amber", "S&S improvement plan in place, reported to Legitimacy Board.", None,
    ["in_sync"], ["Ref 8541, type COC and text agree; HMICFRS being-progressed, force Amber: open on both."])
add(["n28"], 8542, *LG, "Nat rec", "By July 2018 regularly monitor comprehensive S&S data to understand: • reasons for any disproportionality between ethnic groups; • extent to which find rates differ between ethnicities and search types (incl. drug possession/supply)", "ACC Local Policing", "Amber", "Quarterly disproportionality report to Legitimacy Board.", None,
    ["conflict"], ["Ref 8542 matches (HMICFRS text is split over two ItemText rows, value_seq 1-2). The tracker lists only two of the three bullets: the third (possession-only drug searches vs local priorities) is missing. Both open."])
add(["n29"], 8543, *LG, "Nat rec", "Where disparities identified, show the public we have researched/analysed the reasons and taken action to reduce them", "ACC Local Policing", "Green", "Published on force website with action plan.", D(2021, 3, 12),
    ["closeable_submit"], ["Ref 8543 and text agree; HMICFRS being-progressed, force Green and submitted: submit for closure."])
add(["n30"], 8544, *LG, "Nat rec", "Publish the analysis and actions at least annually from July 2018", "ACC Local Policing", "Green", "Annual S&S report published.", None,
    ["in_sync"], ["Ref 8544 and text agree; HMICFRS complete, force Green: done on both."])
add(["n31"], 8545, *LG, "Nat rec", "Ensure all officers using S&S have had unconscious bias training and the College APP on S&S", "Head of Learning & Development", "Amber", "87% of officers trained.", None,
    ["in_sync"], ["Ref 8545 and text agree; HMICFRS being-progressed, force Amber: open on both."])
CU = ("Custody inspection 2018", D(2018, 8, 14))
add([], None, *CU, "Rec", "Improve timeliness of appropriate adult support for children who are arrested", "Ch Insp Custody", "Amber", "AA contract re-tendered with LA.", None,
    ["not_on_hmicfrs_list"], ["Custody (joint HMIP) recommendation with no ref; no custody report or item in the extract: query with HMICFRS."])
PE = ("PEEL 2018/19", D(2019, 5, 2))
add(["w7"], 9611, *PE, "CoC", "CoC – alliance ending: maintain full range of services when the alliance with Warwickshire ends; gaps in workforce skills, investigation & safeguarding", "DCC", "Amber", "Transition programme closed; residual risks on corporate risk register.", None,
    ["in_sync"], ["Ref 9611, type COC and text agree; HMICFRS being-progressed, force Amber: open on both."])
add(["w1"], 9605, *PE, "Rec", "Review approach to vulnerability with partners to better safeguard vulnerable people", "Ch Supt Public Protection", "Green", "Vulnerability review with partners completed; signed off at PPB.", D(2021, 1, 18),
    ["closeable_submit"], ["Ref 9605 and text agree; HMICFRS being-progressed, force Green and submitted: submit for closure."])
add(["w2"], 9606, *PE, "Rec", "Expand the skills project to assess all skills (not just operational) incl. future requirements, to inform workforce plans", "Director of People", "Amber", "Skills audit phase 2 under way.", None,
    ["in_sync"], ["Ref 9606 and text agree; HMICFRS being-progressed, force Amber: open on both."])
add(["w3"], 9607, *PE, "Rec", "Agree arrangements with Warwickshire for a smooth transition to the future operating model – no disruption to public services", "DCC", "Amber", "Residual collaboration agreements (firearms, ICT) still being finalised.", None,
    ["closeable_local"], ["Ref 9607 and text agree; HMICFRS superseded (closed) in 2020 after the alliance ended, force still Amber: close locally."])
add(["w4"], 9608, *PE, "Rec", "Clearly define the new operating model – all services affordable and fit to protect West Mercia communities", "DCC", "Green", "New operating model live 1 Oct 2019.", None,
    ["in_sync"], ["Ref 9608 and text agree; HMICFRS complete, force Green: done on both."])
add(["w8"], 9612, *PE, "CoC", "CoC – capacity and capability to investigate crime effectively", "ACC Crime", "Green", "Investigative capacity uplift complete.", None,
    ["in_sync"], ["Ref 9612, type COC and text agree; HMICFRS complete, force Green: done on both."])
add(["w0"], 9604, *PE, "Rec", "Review officers' capability & capacity to manage investigative workload – understand investigative demand and pressures", "ACC Crime", "Green", "Workload review completed.", None,
    ["in_sync"], ["Ref 9604 and text agree; HMICFRS complete, force Green: done on both."])
add(["w6"], 9610, *PE, "AFI", "Ensure regular and active supervision of quality & progress of investigations, properly recorded", "ACC Crime", "Amber", "Supervisory review template on Niche.", None,
    ["conflict"], ["Ref 9610 and text match, but type differs: HMICFRS REC (a cause-of-concern recommendation, 'within six months'), tracker AFI. Both open."])
add(["w9"], 9631, *PE, "Rec", "Improve ability to retrieve digital evidence from mobiles, computers & other devices quickly so investigations are not delayed", "Head of Digital Forensics", "Amber", "DFU backlog reduced to 6 weeks.", None,
    ["conflict"], ["Text is clearly 9613 (digital evidence retrieval); the tracker's ref 9631 does not exist in the extract (transposed digits): reference disagrees. Both open."])
add(["w10"], 9614, *PE, "Rec", "Improve understanding of RUI suspects and management of those on bail", "Head of Criminal Justice", "Green", "RUI/bail dashboard and daily review in place.", D(2021, 4, 12),
    ["closeable_submit"], ["Ref 9614 and text agree; HMICFRS being-progressed, force Green and submitted: submit for closure."])
PP = ("Police powers spotlight (Feb 21)", D(2021, 2, 26))
add(["p1"], None, *PP, "Nat rec", "By July 2022 officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management", "Head of Learning & Development", "Amber", "Training needs analysis done.", None,
    ["in_sync"], ["No ref on either side (new 2021 items); text and report match p1 (communication skills, July 2022). HMICFRS awaiting-review, force Amber: open on both."])
add(["p2"], None, *PP, "Nat rec", "By July 2021 communication skills reinforced through CPD; supervisors debrief officers using BWV", "Head of Learning & Development", "Amber", "CPD module drafted.", None,
    ["in_sync"], ["No ref either side; text matches (CPD, supervisors debrief with BWV, July 2021). HMICFRS awaiting-review, force Amber: open on both."])
add(["p3"], None, *PP, "Nat rec", "By Sept 2021: record entire S&S encounters on BWV (incl. traffic stops/use of force); structured internal review of BWV sample; scrutiny panel access to BWV footage", "ACC Local Policing", "Amber", "BWV policy updated; panel access being arranged.", None,
    ["in_sync"], ["No ref either side; text matches all three parts of the BWV item (HMICFRS text split over two ItemText rows). HMICFRS awaiting-review, force Amber: open on both."])
add(["p5"], None, *PP, "Nat rec", "By July 2021 effective internal monitoring of use of force to identify & understand disproportionate use", "ACC Local Policing", "Amber", "Use of force dashboard in development.", None,
    ["in_sync"], ["No ref either side; text matches (internal monitoring of use of force, July 2021). HMICFRS awaiting-review, force Amber: open on both."])

MISSING = {
    "n11": "Ref 902 (Integrity matters, 'no further action' misconduct outcomes): no row in the tracker under any report or wording. HMICFRS has it complete, but it is on the list and the force holds no record of it.",
    "n18": "Ref 6035 (firearms: identifying certificate holders before attendance): the tracker's firearms block has only 6031-6034. HMICFRS awaiting-review: nobody owns it.",
    "w5": "Ref 9609 (consult the public about business planning and feed back): absent from the tracker's PEEL 2018/19 block. HMICFRS awaiting-review.",
    "p4": "Home Office / NPCC data-quality recommendation (no ref): not in the tracker; addressed to other bodies, but it is on the force's list. HMICFRS awaiting-review.",
}

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
ws["A1"] = "West Mercia Police – HMICFRS Recommendations and Areas for Improvement Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Strategic Planning & Insight  |  last updated 21/06/2021  |  OFFICIAL"
ws["A2"].font = Font(italic=True)
HDR = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead", "RAG", "Progress update", "Date submitted for closure"]
HR = 4
for c, h in enumerate(HDR, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Closed": "D9D9D9"}
FROW = []
r = HR + 1
for n, (keys, ref, rep, pub, typ, text, lead, rag, upd, sub, cats, whys) in enumerate(F, 1):
    vals = [n, ref, rep, pub, typ, text, lead, rag, upd, sub]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[rag])
    FROW.append(r)
    r += 1
last_item = r - 1
r += 1
legend_start = r
for line in ["RAG key:", "Green – implemented / complete", "Amber – work in progress, on track",
             "Red – off track or beyond deadline", "Closed – closed by HMICFRS, kept for audit trail"]:
    ws.cell(r, 1, line).font = Font(italic=True)
    r += 1
legend_end = r - 1
for col, wdt in zip("ABCDEFGHIJ", [5, 11, 30, 11, 8, 70, 26, 8, 45, 13]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
ws.auto_filter.ref = "A4:J%d" % last_item
FIXED = dt.datetime(2021, 6, 21, 9, 0, 0)
wb.properties.creator = "Strategic Planning & Insight"
wb.properties.lastModifiedBy = "Strategic Planning & Insight"
wb.properties.created = FIXED
wb.properties.modified = FIXED
tmp = io.BytesIO()
wb.save(tmp)
# re-zip with fixed timestamps and order
zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
outb = io.BytesIO()
with zipfile.ZipFile(outb, "w", zipfile.ZIP_DEFLATED) as zout:
    for name in zin.namelist():
        zi = zipfile.ZipInfo(name, date_time=(2021, 6, 21, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        data = zin.read(name)
        if name == "docProps/core.xml":
            import re
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2021-06-21T09:00:00Z\g<3>", data)
        zout.writestr(zi, data)
with open(os.path.join(OUT, "tracker.xlsx"), "wb") as f:
    f.write(outb.getvalue())

# ---------------------------------------------------------------- truth
SHEET = "HMICFRS Tracker"
truth = []
for (keys, ref, rep, pub, typ, text, lead, rag, upd, sub, cats, whys), fr in zip(F, FROW):
    if not keys:
        truth.append(("", "%s!%d" % (SHEET, fr), cats[0], whys[0]))
    for k, cat, why in zip(keys, cats, whys):
        truth.append(("hmicfrs.csv!%d" % HROW[k], "%s!%d" % (SHEET, fr), cat, why))
for k, why in MISSING.items():
    truth.append(("hmicfrs.csv!%d" % HROW[k], "", "missing_from_force", why))
truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6, int(t[1].split("!")[1]) if t[1] else 0))
tb = io.StringIO()
tw = csv.writer(tb, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
tw.writerows(truth)
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(tb.getvalue())

# coverage checks
covered_h = {t[0] for t in truth if t[0]}
assert covered_h == {"hmicfrs.csv!%d" % HROW[k] for k in M}, "HMICFRS coverage"
assert {t[1] for t in truth if t[1]} == {"%s!%d" % (SHEET, x) for x in FROW}, "force coverage"
from collections import Counter
COUNTS = Counter(t[2] for t in truth)

# ---------------------------------------------------------------- README
KEYNAME = {k: k for k in M}
def blk(k):
    a, b = BLOCK[k]
    return "%d" % a if a == b else "%d–%d" % (a, b)
item_table = "\n".join("| %s | %s | %s | %s | %s | %s |" % (
    HROW[k], blk(k), EKEY[k], M[k][0] if M[k][0] else "(none)", M[k][1], current(k)) for k in sorted(M, key=lambda x: HROW[x]))
rep_table = "\n".join("| %d–%d | %d | %s |" % (REPORT_ROWS[rk][0], REPORT_ROWS[rk][1], rk, title) for rk, title, *_ in REPORTS)
IDX_COMBINED = [i for i, x in enumerate(F) if len(x[0]) == 2][0]
IDX_SPLIT = [i for i, x in enumerate(F) if x[0] == ["n19"]]
CHUNKED = "; ".join("%s rows %s" % (M[k][0] or "(no ref, %s)" % k, ", ".join(str(i + 2) for i, r in enumerate(rows) if r["entity_type"] == "ITEM" and r["entity_key"] == EKEY[k] and r["attribute"] == "ItemText")) for k in sorted(M, key=lambda x: HROW[x]) if len(T[k]) > CHUNK)
README = f"""# hmicfrs_hub_attribute_value_extract

## Story

West Mercia Police's Strategic Planning & Insight team does not receive the HMICFRS definitive
list as a spreadsheet of rows. The force's regional collaboration (an invented "West Midlands
Regional Performance Hub", WMRPH) pulls the HMICFRS monitoring data for the four regional
forces into its data lake and hands each force a flat **entity–attribute–value (EAV) extract**:
one CSV record per *field* of an item, not per item, because the hub stores the monitoring
fields as name/value pairs (the portal keeps changing its fields). The analyst must read an
item across several records: its reference, text, type, parent cause of concern, report key
and its status history. National (all-forces) items carry `force_code` `ALL`; the force's own
items carry `WMERC`. Report titles and dates live in separate `REPORT` entities joined by
`ReportKey`. Long texts are cut into 500-character pieces (`value_seq` 1, 2) mid-word. Status
is kept as a history (one `Status` record per change, `is_current` Y/N), and the extract is
sorted by `entity_type, entity_key, attribute, value_seq, value` — so status records come out
in **alphabetical** order, not date order. The extract is dated 30 June 2021. The force side is
an ordinary tracker kept by the same team.

## Files

- `hmicfrs.csv` — UTF-8 (no BOM), LF line ends, comma separated, minimal quoting. Row 1 is the
  header `{",".join(COLS)}`. {len(rows)} data records (rows 2–{TRAILER_ROW}), of which
  the last is a trailer. Several `ItemText`/`Comment` values hold line breaks inside quotes
  (bullets); each such record still counts as one row. Status vocabulary (the old register's
  slugs): `awaiting-review`, `being-progressed` (open); `complete`, `superseded`,
  `no-further-action-required` (closed). Item types: `NATREC`, `REC`, `COC`.
- `tracker.xlsx` — one sheet `HMICFRS Tracker`. Row 1 title, row 2 subtitle, row 3 blank, row 4
  header (`{" | ".join(HDR)}`), item rows {FROW[0]}–{FROW[-1]}, row {last_item+1} blank, legend
  rows {legend_start}–{legend_end}. RAG text: Green (done), Closed (done), Amber / Red (open); the RAG
  cell is also shaded. `No.` is the tracker's running number, not a reference.
- `truth.csv` — {len(truth)} lines.

## HMICFRS provenance convention

An item spans a block of consecutive records with the same `entity_key`. **The item's row is
the first record of its block** (Comment if it has one, else HMICFRSRef, else ItemText for the
2021 items that have no reference yet). Item blocks (item row, block, hub key, ref, type,
current status):

| item row | block rows | entity_key | HMICFRS ref | type | current status |
|---|---|---|---|---|---|
{item_table}

## What the layout brings

1. **One record per field.** An item is rows {BLOCK['n1'][0]}–{BLOCK['n1'][1]} (ref 1204) etc.; nothing
   on any single row is a whole item. Headers are the generic `attribute`/`value`.
2. **Report by key only.** Items carry `ReportKey` (e.g. 70034); the report title and date
   are on `REPORT` records at rows {REPORT_ROWS[REPORTS[0][0]][0]}–{REPORT_ROWS[REPORTS[-1][0]][1]}, after all the items.
   The West Mercia PEEL 2018/19 report has no `PublishedDate` record.
3. **Text split mid-word** into `value_seq` 1 and 2 for the items longer than 500 characters:
   {CHUNKED}.
4. **Status history in alphabetical order.** Usually that is also date order, but ref 6034
   (rows {blk('n17')}) was marked `complete` in 2016 in error and re-opened as
   `being-progressed` in 2017: the `complete` record sorts last but has `is_current=N`. The
   truth uses `is_current=Y`.
5. **Parent links.** Recommendations under a cause of concern carry `ParentKey` (the CoC's
   entity_key): 8542–8545 under 8541; the West Mercia recs under 9611 / 9612.
6. **Closure reasons in `Comment`** records (register wording: "This area of activity has
   subsequently been inspected…", "This recommendation is complete").
7. **No reference yet** for the five 2021 police-powers items (no `HMICFRSRef` record).
8. **Hub key order ≠ report order**: the West Mercia CoC revisit (9611–9614) was loaded after
   the 2021 report, so its blocks come last among the items.
9. Verbatim quirks kept: curly quotes, "•" bullets with and without spaces, "86" and "20"
   footnote digits, "immediately:agree" without a space.

## Traps and how the truth decides them

- **Re-opened status** (6034): current = being-progressed, force Green + submitted → closeable_submit.
- **Near-duplicate texts** 1206 (2013, "elected local policing bodies") and 5127 (2015, "police
  and crime commissioners"): the tracker has both under their own report names and refs;
  1206 → closeable_submit, 5127 (superseded) → closeable_local.
- **Two items in one force row** (tracker row {FROW[IDX_COMBINED]}, refs "3391 / 3392"): two truth lines, both in_sync.
- **One item split over four force rows** (8312, tracker rows {FROW[IDX_SPLIT[0]]}–{FROW[IDX_SPLIT[-1]]}): part (c) Amber, so the
  item is open on the force side; HMICFRS being-progressed → four in_sync lines.
- **Conflicts**: 4823 deadline 31 March 2015 vs tracker 2016; 8313 six vs twelve months; 8542
  third bullet missing from the tracker; 9610 REC vs tracker AFI; 9613 tracker ref typed 9631.
- **Closed at HMICFRS, open at force**: 2321, 3390 (no-further-action-required), 5127
  (superseded), 8314, 9607 (superseded) → closeable_local.
- **Missing from force**: 902, 6035, 9609 and the Home Office/NPCC data item (no ref).
- **Force-only rows**: abuse of position (2017), PEEL efficiency 2017 control-room AFI, custody
  2018 → not_on_hmicfrs_list.
- No `review` lines: every pair is decided by ref, report and text.

## Counts per category

{chr(10).join("- %s: %d" % (c, COUNTS[c]) for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"])}
- HMICFRS items: {len(M)}; force item rows: {len(FROW)}; truth lines: {len(truth)}.

## Rows that are not items

- `hmicfrs.csv` row 1: header.
- `hmicfrs.csv` every non-first record of an item block (see the table above): further fields
  of the item whose row is the block's first record.
- `hmicfrs.csv` rows {REPORT_ROWS[REPORTS[0][0]][0]}–{REPORT_ROWS[REPORTS[-1][0]][1]}: `REPORT` entities (report title, published date, inspection
  type, item count), one block per report:

| rows | ReportKey | title |
|---|---|---|
{rep_table}

- `hmicfrs.csv` row {TRAILER_ROW}: `TRAILER` record (RowCount {len(rows)-1}).
- `tracker.xlsx` rows 1–2 title/subtitle, row 3 blank, row 4 header, row {last_item+1} blank,
  rows {legend_start}–{legend_end} RAG key.

## Checks run

- Every HMICFRS item row and every force item row appears in truth.csv (asserted in the builder).
- Both files read back with pandas (`read_csv`, `read_excel(header=3)`) and openpyxl; record
  counts and row numbers checked against the truth.
- Two consecutive builds compared with sha256: identical.
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(README)
print(COUNTS, len(truth), len(rows), TRAILER_ROW)
