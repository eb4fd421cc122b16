"""Build case `liaison_slide_deck_tables` (round 72, case B).

HMICFRS side: the Force Liaison Lead's slide pack for the quarterly liaison meeting, its
tables copied slide by slide into one Excel sheet by the force's analyst.
Force side: an ordinary two-sheet tracker (live + completed) kept by Strategic Planning.

Run:  /work/main/.venv/bin/python /tmp/indep72/build_liaison_slide_deck_tables.py
Deterministic: no clock, fixed document properties, fixed zip timestamps.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

CASE = "liaison_slide_deck_tables"
OUT = Path("/tmp/indep72") / CASE
FIXED = dt.datetime(2022, 9, 15, 9, 30, 0)
ZIP_TIME = (2022, 9, 15, 9, 30, 0)
HSHEET = "FLL slides 14-09-22"
LIVE = "Live tracker"
DONE = "Completed"

# --------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from
# /work/shared/data/real_recommendations.csv and reconcile/casegen/texts (national.py,
# force.py). Force names put into "{force}" templates as the texts package does.
# --------------------------------------------------------------------------------------
T = {
    # PEEL 2018/19 West Mercia: causes of concern and their recommendations
    "coc1": "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    "r_warks": "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "r_opmodel": "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "r_skills": "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "r_vuln": "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "r_consult": "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "coc2": "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    "r_capab": "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "r_superv": "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "r_digital": "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "r_rui": "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    # force-level, other reports
    "afi_crimesys": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "coc_missing": "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    "r_missing": "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    "coc_da": "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    "r_da_arrest": "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    "r_da_support": "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    "r_da_phone": "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    "afi_demand": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "afi_workforce": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "afi_control": "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
    "coc_vetting": "The size of the vetting backlog within West Mercia Police is a cause of concern.",
    "r_vetting": "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "r_cdi": "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    "r_ncpi": "Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.",
    "a_oversight": "The force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.",
    "a_data": "The force should make sure it has access to accurate data and analysis to support effective performance management.",
    "a_edi": "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.",
    "a_whistle": "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
    "a_invsup": "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.",
    "a_dash": "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
    # national (all forces)
    "sas13_1": "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    "sas13_2": "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    "sas13_3": "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.",
    "everyone": "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    "core_1": "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "core_2": "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.",
    "integrity": "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "sas15": "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.",
    "picture": "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.",
    "fa_1": "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    "fa_2": "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    "fa_3": "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    "fa_4": "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "fa_5": "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.",
    "sf_1": "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
    "sf_2": "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible",
    "sf_3": "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.",
    "sf_4": "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
    "sf_5": "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
    "sf_6": "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.",
    "efc17": "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    "leg_coc": "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    "leg_1": "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
    "leg_2": "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    "leg_3": "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    "leg_4": "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    "pow_1": "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    "pow_2": "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    "pow_3": "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
    "pow_5": "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
}

# --------------------------------------------------------------------------------------
# HMICFRS side: the slide pack. Each item: key -> (register id, report label on slide,
# published as shown, type, status). Status for the "submitted for closure" slide is
# "Awaiting review" (the slide has no status column); closed slides carry a closure reason.
# --------------------------------------------------------------------------------------
P1819 = "PEEL 2018/19"
H = {
    # slide 4/5 (report only in the slide title)
    "coc1": dict(ref=11402, type="Cause of concern", status="Being progressed", comment="Engage – improvement plan v4 received 01/08/22"),
    "r_warks": dict(ref=11403, type="Recommendation", status="Complete", comment="Closed 04/2020 (alliance ended)"),
    "r_opmodel": dict(ref=11404, type="Recommendation", status="Complete", comment="Closed at June meeting – evidence accepted"),
    "r_skills": dict(ref=11405, type="Recommendation", status="Being progressed", comment=None),
    "r_vuln": dict(ref=11406, type="Recommendation", status="Being progressed", comment="Partner review report awaited"),
    "r_consult": dict(ref=11407, type="Recommendation", status="Awaiting review", comment="Evidence pack received – to be reviewed"),
    "coc2": dict(ref=11408, type="Cause of concern", status="Being progressed", comment="To be tested in PEEL 2023"),
    "r_capab": dict(ref=11409, type="Recommendation", status="Being progressed", comment=None),
    "r_superv": dict(ref=11410, type="Recommendation", status="Being progressed", comment="Dip-sample results requested"),
    "r_digital": dict(ref=11411, type="Recommendation", status="Complete", comment="Closed 11/2021"),
    "r_rui": dict(ref=11412, type="Recommendation", status="Being progressed", comment=None),
    # slides 6/7 force-specific open
    "afi_crimesys": dict(ref=11413, report="PEEL 2018/19", pub=dt.datetime(2019, 5, 1), type="AFI", status="Being progressed"),
    "coc_missing": dict(ref=7751, report="PEEL Effectiveness 2016", pub=dt.datetime(2017, 3, 1), type="Cause of concern", status="Being progressed"),
    "r_missing": dict(ref=7752, report="PEEL Effectiveness 2016", pub=dt.datetime(2017, 3, 1), type="Recommendation", status="Being progressed"),
    "afi_workforce": dict(ref=6312, report="PEEL Efficiency 2015", pub=dt.datetime(2015, 10, 1), type="AFI", status="Being progressed"),
    "afi_control": dict(ref=8490, report="PEEL Efficiency 2017", pub=dt.datetime(2017, 11, 1), type="AFI", status="Being progressed"),
    "coc_vetting": dict(ref=8551, report="PEEL Legitimacy 2017", pub=dt.datetime(2017, 12, 1), type="Cause of concern", status="Being progressed"),
    "r_cdi": dict(ref=10877, report="Crime Data Integrity 2019", pub=dt.datetime(2019, 9, 1), type="Recommendation", status="Being progressed"),
    "r_ncpi": dict(ref=9645, report="National Child Protection Inspection 2018", pub=dt.datetime(2018, 6, 1), type="Recommendation", status="Being progressed"),
    "a_oversight": dict(ref=13904, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    "a_data": dict(ref=13905, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    "a_edi": dict(ref=13906, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    "a_whistle": dict(ref=13907, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    "a_invsup": dict(ref=13908, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    "a_dash": dict(ref=13909, report="PEEL 2021/22", pub=dt.datetime(2022, 4, 1), type="AFI", status="Awaiting review"),
    # slides 9-11 national open
    "core_1": dict(ref=4519, report="Core Business (Sep 2014)", status="Being progressed"),
    "core_2": dict(ref=4520, report="Core Business (Sep 2014)", status="Being progressed"),
    "integrity": dict(ref=5012, report="Integrity Matters (Jan 2015)", status="Being progressed"),
    "sas15": dict(ref=5274, report="Stop and Search Powers 2 (Mar 2015)", status="Being progressed"),
    "fa_2": dict(ref=6022, report="Targeting the Risk – firearms licensing (Sep 2015)", status="Being progressed"),
    "fa_3": dict(ref=6023, report="Targeting the Risk – firearms licensing (Sep 2015)", status="Being progressed"),
    "fa_4": dict(ref=6024, report="Targeting the Risk – firearms licensing (Sep 2015)", status="Being progressed"),
    "fa_5": dict(ref=6025, report="Targeting the Risk – firearms licensing (Sep 2015)", status="Being progressed"),
    "sf_1": dict(ref=8302, report="Stolen Freedom – MSHT (Oct 2017)", status="Being progressed"),
    "sf_3": dict(ref=8304, report="Stolen Freedom – MSHT (Oct 2017)", status="Being progressed"),
    "sf_4": dict(ref=8305, report="Stolen Freedom – MSHT (Oct 2017)", status="Being progressed"),
    "sf_6": dict(ref=8307, report="Stolen Freedom – MSHT (Oct 2017)", status="Being progressed"),
    "efc17": dict(ref=8488, report="PEEL Efficiency 2017 – national", status="Being progressed"),
    "leg_coc": dict(ref=8539, report="PEEL Legitimacy 2017 – national (CAUSE OF CONCERN)", status="Being progressed"),
    "leg_1": dict(ref=8540, report="PEEL Legitimacy 2017 – national", status="Being progressed"),
    "leg_2": dict(ref=8541, report="PEEL Legitimacy 2017 – national", status="Being progressed"),
    "leg_4": dict(ref=8543, report="PEEL Legitimacy 2017 – national", status="Being progressed"),
    "pow_1": dict(ref=12617, report="Disproportionate use of police powers (Feb 2021)", status="Being progressed"),
    "pow_2": dict(ref=12618, report="Disproportionate use of police powers (Feb 2021)", status="Being progressed"),
    "pow_3": dict(ref=12619, report="Disproportionate use of police powers (Feb 2021)", status="Being progressed"),
    "pow_5": dict(ref=12621, report="Disproportionate use of police powers (Feb 2021)", status="Being progressed"),
    # slide 12 submitted for closure (status column absent -> Awaiting review)
    "picture": dict(ref=5630, report="Building the Picture (Jul 2015)", status="Awaiting review", received=dt.datetime(2022, 7, 21), view="Evidence reviewed – minded to close at next portal review"),
    "sf_5": dict(ref=8306, report="Stolen Freedom – MSHT (Oct 2017)", status="Awaiting review", received=dt.datetime(2022, 6, 28), view="FCR audit results seen – to confirm with MSHT portfolio lead"),
    "r_vetting": dict(ref=8552, report="PEEL Legitimacy 2017 (force)", status="Awaiting review", received=dt.datetime(2022, 7, 4), view="Further evidence requested – current backlog figures"),
    # slides 13/14 closed since last meeting
    "sas13_2": dict(ref=2207, report="Stop and Search Powers (Jul 2013)", status="Superseded", closed=dt.datetime(2022, 7, 12), note="Superseded by PEEL Legitimacy 2017 rec 8540"),
    "sas13_3": dict(ref=2208, report="Stop and Search Powers (Jul 2013)", status="Superseded", closed=dt.datetime(2022, 7, 12), note="Superseded by 5274"),
    "everyone": dict(ref=2893, report="Everyone's Business – domestic abuse (Mar 2014)", status="No further action required", closed=dt.datetime(2022, 6, 30), note=None),
    "fa_1": dict(ref=6021, report="Targeting the Risk – firearms licensing (Sep 2015)", status="Complete", closed=dt.datetime(2022, 8, 3), note=None),
    "sf_2": dict(ref=8303, report="Stolen Freedom – MSHT (Oct 2017)", status="Complete", closed=dt.datetime(2022, 8, 3), note="ISAs seen with all 6 local authorities"),
    "leg_3": dict(ref=8542, report="PEEL Legitimacy 2017 – national", status="Complete", closed=dt.datetime(2022, 8, 24), note="2021/22 analysis published on force website"),
    "coc_da": dict(ref=7748, report="PEEL Effectiveness 2016 (force) – cause of concern", status="Superseded", closed=dt.datetime(2022, 7, 12), note="DA now assessed through PEEL 2021/22"),
    "r_da_arrest": dict(ref=7749, report="PEEL Effectiveness 2016 (force)", status="Superseded", closed=dt.datetime(2022, 7, 12), note=None),
    "r_da_support": dict(ref=7750, report="PEEL Effectiveness 2016 (force)", status="Superseded", closed=dt.datetime(2022, 7, 12), note=None),
    "r_da_phone": dict(ref=7753, report="PEEL Effectiveness 2016 (force)", status="Superseded", closed=dt.datetime(2022, 7, 12), note=None),
    "afi_demand": dict(ref=6310, report="PEEL Efficiency 2015 (force)", status="No further action required", closed=dt.datetime(2022, 8, 24), note="FMS 2022 accepted as evidence"),
}
CLOSED_SLIDE_KEYS = {"sas13_2", "sas13_3", "everyone", "fa_1", "sf_2", "leg_3", "coc_da",
                     "r_da_arrest", "r_da_support", "r_da_phone", "afi_demand"}
NATIONAL_KEYS = {k for k in H if k in {
    "core_1", "core_2", "integrity", "sas15", "fa_1", "fa_2", "fa_3", "fa_4", "fa_5",
    "sf_1", "sf_2", "sf_3", "sf_4", "sf_5", "sf_6", "efc17", "leg_coc", "leg_1", "leg_2",
    "leg_3", "leg_4", "pow_1", "pow_2", "pow_3", "pow_5", "picture", "sas13_2", "sas13_3",
    "everyone"}}
OPEN = {"Being progressed", "Awaiting review"}
for k, v in H.items():
    v["text"] = T[k]

# --------------------------------------------------------------------------------------
# Styles (the pasted PowerPoint table style: dark header, banded light rows, Calibri 12)
# --------------------------------------------------------------------------------------
HDR_FILL = PatternFill("solid", fgColor="1F3864")
BAND1 = PatternFill("solid", fgColor="CFD5EA")
BAND2 = PatternFill("solid", fgColor="E9EBF5")
HDR_FONT = Font(name="Calibri", size=12, bold=True, color="FFFFFF")
CELL_FONT = Font(name="Calibri", size=12)
TITLE_FONT = Font(name="Calibri Light", size=20, bold=False, color="1F3864")
SLIDE_FONT = Font(name="Calibri", size=10, italic=True, color="7F7F7F")
WHITE_SIDE = Side(style="thin", color="FFFFFF")
WBORDER = Border(left=WHITE_SIDE, right=WHITE_SIDE, top=WHITE_SIDE, bottom=WHITE_SIDE)
WRAP = Alignment(wrap_text=True, vertical="top")


class Sheet:
    """Append rows to a worksheet and remember the row numbers Excel shows."""

    def __init__(self, ws):
        self.ws = ws
        self.r = 0
        self.nonitems: list[tuple[int, str]] = []

    def row(self, values, font=CELL_FONT, fill=None, numfmt=None, reason=None):
        self.r += 1
        for c, v in enumerate(values, start=1):
            if v is None:
                continue
            cell = self.ws.cell(row=self.r, column=c, value=v)
            cell.font = font
            cell.alignment = WRAP
            if fill is not None:
                cell.fill = fill
                cell.border = WBORDER
            if numfmt and c in numfmt:
                cell.number_format = numfmt[c]
        if fill is not None:  # style the empty cells of a table row too
            for c in range(1, len(values) + 1):
                cell = self.ws.cell(row=self.r, column=c)
                cell.fill = fill
                cell.border = WBORDER
        if reason:
            self.nonitems.append((self.r, reason))
        return self.r

    def blank(self, reason="blank row between pasted slides"):
        self.r += 1
        self.nonitems.append((self.r, reason))


# --------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------
def build_hmicfrs() -> tuple[bytes, dict, list, list]:
    wb = Workbook()
    notes = wb.active
    notes.title = "Notes"
    note_lines = [
        "HMICFRS definitive list – West Mercia Police",
        "As presented by the HMICFRS Force Liaison Lead at the force liaison meeting, Hindlip, 14 September 2022.",
        "Source: FLL slide pack 'WMP Force Liaison Meeting Sept 22 v2.pptx' (15 slides), received by email 13/09/2022.",
        "The tables on slides 2 and 4–14 and the text of slide 15 are copied into the next sheet, one slide under another. Slides 1 (title), 3 and 8 (section dividers) had no table: their titles only.",
        "Where a slide table cell had several paragraphs Excel split it over several rows and merged the other cells of that row.",
        "Slide 12 has no status column: the FLL says these are 'Awaiting review' on the portal (force has submitted evidence).",
        "Slides 13–14 are items closed since the June meeting (for information).",
        "Copied by J. Pritchard, Strategic Planning & Insight, 15/09/2022 – for reconciliation with the force tracker before the October JAC.",
    ]
    for i, line in enumerate(note_lines, start=1):
        c = notes.cell(row=i, column=1, value=line)
        c.font = Font(name="Calibri", size=11, bold=(i == 1))
    notes.column_dimensions["A"].width = 140

    ws = wb.create_sheet(HSHEET)
    for col, w in zip("ABCDEF", (11, 26, 70, 18, 70, 22)):
        ws.column_dimensions[col].width = w
    s = Sheet(ws)
    hrow: dict[str, int] = {}
    split_rows: list[tuple[int, str]] = []  # (row, reason) for continuation rows

    def title(slide, text):
        r = s.row([f"Slide {slide}", text], font=TITLE_FONT, reason=f"slide title (slide {slide})")
        ws.cell(row=r, column=1).font = SLIDE_FONT
        return r

    def header(cols, slide):
        return s.row(cols, font=HDR_FONT, fill=HDR_FILL, reason=f"table header row (slide {slide})")

    band = [0]

    def fill():
        band[0] += 1
        return BAND1 if band[0] % 2 else BAND2

    def item(key, values, text_col, ncols, numfmt=None, split=False, keep_unmerged=()):
        """Write an item; if split, its text's paragraphs go one per row with the other
        cells merged over those rows (Excel's paste of a multi-paragraph table cell)."""
        f = fill()
        text = H[key]["text"]
        if not split:
            vals = list(values)
            vals[text_col - 1] = text
            r = s.row(vals, fill=f, numfmt=numfmt)
            hrow[key] = r
            return r
        parts = text.split("\n")
        first = None
        for i, part in enumerate(parts):
            vals = list(values) if i == 0 else [None] * ncols
            vals[text_col - 1] = part
            r = s.row(vals, fill=f, numfmt=numfmt if i == 0 else None)
            if i == 0:
                first = r
            else:
                s.nonitems.append((r, f"paragraph {i + 1} of the text of the item at row {first} "
                                      f"(multi-paragraph slide cell split over rows by the paste)"))
        last = s.r
        for c in range(1, ncols + 1):
            if c != text_col and c not in keep_unmerged:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        hrow[key] = first
        return first

    # ---- slide 2: summary (counts as on the slide; one is stale, see README) ----
    title(2, "Summary – recommendations, causes of concern and AFIs held by HMICFRS")
    header(["Status", "Force-specific", "National", "Total"], 2)
    band[0] = 0
    def n(st, nat, keys=None):
        return sum(1 for k, v in H.items() if v["status"] in st and (k in NATIONAL_KEYS) == nat
                   and (keys is None or k in keys))
    closed_since = CLOSED_SLIDE_KEYS
    summary = []
    for label, st, keys, stale in [("Awaiting review", {"Awaiting review"}, None, 0),
                                   ("Being progressed", {"Being progressed"}, None, 1),
                                   ("Closed since June meeting", {"Complete", "Superseded", "No further action required"}, closed_since, 0)]:
        a, b = n(st, False, keys), n(st, True, keys) + stale
        summary.append((label, a, b, a + b))
    for st, a, b, c in summary:
        s.row([st, a, b, c], fill=fill(), reason="summary count row (slide 2), not an item")
    s.blank()

    # ---- slide 3: divider ----
    title(3, "Section 1 – Force-specific recommendations, causes of concern and AFIs")
    s.blank()

    # ---- slides 4/5: PEEL 2018/19 causes of concern (report only in the slide title) ----
    coc_cols = ["Ref", "Type", "Cause of concern / recommendation", "HMICFRS status", "FLL comment"]
    title(4, "PEEL 2018/19 (published May 2019) – causes of concern and recommendations (Engage)")
    header(coc_cols, 4)
    band[0] = 0

    def coc_item(key):
        h = H[key]
        item(key, [h["ref"], h["type"], None, h["status"], h["comment"]], 3, 5)

    for k in ["coc1", "r_warks", "r_opmodel", "r_skills", "r_vuln"]:
        coc_item(k)
    # r_consult: text runs off the bottom of slide 4 and carries on at the top of slide 5
    h = H["r_consult"]
    cut = "business planning and"
    i = h["text"].index(cut) + len(cut)
    part1, part2 = h["text"][:i], h["text"][i + 1:]
    assert part1 + " " + part2 == h["text"]
    r = s.row([h["ref"], h["type"], part1, h["status"], h["comment"]], fill=fill())
    hrow["r_consult"] = r
    consult_row = r
    s.blank()
    title(5, "PEEL 2018/19 – causes of concern and recommendations (cont.)")
    header(coc_cols, 5)
    band[0] = 0
    r = s.row(["(cont.)", None, part2, None, "continued from slide 4"], fill=fill(),
              reason=f"end of the text of the item at row {consult_row}, carried over to slide 5 ('(cont.)')")
    for k in ["coc2", "r_capab", "r_superv", "r_digital", "r_rui"]:
        coc_item(k)
    s.blank()

    # ---- slides 6/7: force-specific open ----
    fcols = ["Ref", "Report", "Published", "Type", "Recommendation / AFI", "Status"]

    def f_item(key, split=False):
        h = H[key]
        item(key, [h["ref"], h["report"], h["pub"], h["type"], None, h["status"]], 5, 6,
             numfmt={3: "mmm-yy"}, split=split)

    title(6, "Force-specific recommendations and AFIs – open (1 of 2)")
    header(fcols, 6)
    band[0] = 0
    for k in ["afi_crimesys", "coc_missing", "r_missing", "afi_workforce", "afi_control",
              "coc_vetting"]:
        f_item(k)
    f_item("r_cdi", split=True)
    s.blank()
    title(7, "Force-specific recommendations and AFIs – open (2 of 2)")
    header(fcols, 7)
    band[0] = 0
    for k in ["r_ncpi", "a_oversight", "a_data", "a_edi", "a_whistle", "a_invsup", "a_dash"]:
        f_item(k)
    s.row([None, None, None, None, "PEEL 2021/22 AFIs: new on the portal – force response due with the 56-day letter."],
          font=Font(name="Calibri", size=10, italic=True), reason="note under the slide 7 table")
    s.blank()

    # ---- slide 8: divider ----
    title(8, "Section 2 – National recommendations (all forces)")
    s.blank()

    # ---- slides 9-11: national open; Report cells merged over a report's items ----
    ncols = ["Ref", "Report", "Recommendation", "Status"]

    def national_slide(slide, name, keys, splits=()):
        title(slide, name)
        header(ncols, slide)
        band[0] = 0
        start = None
        prev = None
        for k in keys:
            h = H[k]
            rep = h["report"] if h["report"] != prev else None
            r = item(k, [h["ref"], rep, None, h["status"]], 3, 4, split=(k in splits),
                     keep_unmerged=(2,))
            if h["report"] != prev:
                if start is not None and s_prev_end[0] > start:
                    ws.merge_cells(start_row=start, start_column=2, end_row=s_prev_end[0], end_column=2)
                start = r
            s_prev_end[0] = s.r
            prev = h["report"]
        if start is not None and s_prev_end[0] > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=s_prev_end[0], end_column=2)
        s.row([None, None, "Source: HMICFRS monitoring portal extract 31/08/2022. National recommendations are held against every force."],
              font=Font(name="Calibri", size=9, italic=True, color="595959"),
              reason=f"source footnote under the slide {slide} table")
        s.blank()

    s_prev_end = [0]
    national_slide(9, "National recommendations – open (1 of 3)",
                   ["core_1", "core_2", "integrity", "sas15", "fa_2", "fa_3", "fa_4", "fa_5"])
    national_slide(10, "National recommendations – open (2 of 3)",
                   ["sf_1", "sf_3", "sf_4", "sf_6", "efc17"], splits={"sf_1"})
    national_slide(11, "National recommendations – open (3 of 3)",
                   ["leg_coc", "leg_1", "leg_2", "leg_4", "pow_1", "pow_2", "pow_3", "pow_5"],
                   splits={"pow_3"})

    # ---- slide 12: submitted for closure (no status column) ----
    title(12, "Submitted for closure – awaiting HMICFRS review")
    header(["Ref", "Report", "Recommendation / AFI", "Evidence received", "FLL view"], 12)
    band[0] = 0
    for k in ["picture", "sf_5", "r_vetting"]:
        h = H[k]
        item(k, [h["ref"], h["report"], None, h["received"], h["view"]], 3, 5, numfmt={4: "dd/mm/yyyy"})
    s.blank()

    # ---- slides 13/14: closed since last meeting ----
    ccols = ["Ref", "Report", "Recommendation / AFI", "Date closed", "Closure reason", "Note"]
    for slide, name, keys in [
        (13, "Closed since the last liaison meeting (9 June 2022) – national – for information",
         ["sas13_2", "sas13_3", "everyone", "fa_1", "sf_2", "leg_3"]),
        (14, "Closed since the last liaison meeting (9 June 2022) – force-specific – for information",
         ["coc_da", "r_da_arrest", "r_da_support", "r_da_phone", "afi_demand"]),
    ]:
        title(slide, name)
        header(ccols, slide)
        band[0] = 0
        for k in keys:
            h = H[k]
            item(k, [h["ref"], h["report"], None, h["closed"], h["status"], h["note"]], 3, 6,
                 numfmt={4: "dd/mm/yyyy"})
        s.blank()

    # ---- slide 15: AOB (text box, one paragraph per row) ----
    title(15, "Actions and any other business")
    for line in [
        "• Force to provide current vetting backlog figures for 8552 before the next portal review",
        "• FLL to confirm with the NPCC lead whether the Disproportionate use of police powers recommendations will be tested in PEEL 2023–25",
        "• Force to send the updated Engage improvement plan (causes of concern 11402 and 11408) by 31 October 2022",
        "• Next liaison meeting: 7 December 2022, Hindlip",
    ]:
        s.row([line], reason="action / AOB bullet from slide 15, not an item")

    ws.freeze_panes = None
    ws.sheet_view.zoomScale = 80
    return save(wb), hrow, s.nonitems, summary


# --------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------
RAG_FILL = {
    "RED": PatternFill("solid", fgColor="FF0000"),
    "AMBER": PatternFill("solid", fgColor="FFC000"),
    "GREEN": PatternFill("solid", fgColor="00B050"),
    "WHITE": PatternFill("solid", fgColor="FFFFFF"),
    "COMPLETE": PatternFill("solid", fgColor="A9D08E"),
}
D = dt.datetime


def m(key, cat, why):
    return (key, cat, why)


# Each row: no, hid, insp, pub, type, text, portfolio, lead, rag, update, submitted, maps
LIVE_ROWS = [
    # --- national ---
    dict(no=3, hid=None, insp="Stop and Search 2013", pub=D(2013, 7, 9), type="Recommendation",
         text="Establish/improve monitoring of officers' use of S&S so satisfied they act in accordance with the law (incl. equality legislation & Code of Practice) & power used effectively to prevent crime, catch criminals & maintain public trust",
         port="Local Policing", lead="Supt Operational Support", rag="AMBER",
         upd="S&S scrutiny dashboard in development; quarterly report to PCC.", sub=None,
         maps=[m("sas13_2", "closeable_local", "Same monitoring recommendation from the 2013 stop and search report (slide 13 shows 2207 closed 12/07/2022 as Superseded); force still AMBER on the live tracker, so the force can close its own entry.")]),
    dict(no=6, hid=5274, insp="Stop & Search powers 2 (2015)", pub=D(2015, 3, 24), type="Recommendation",
         text="CCs, in consultation with PCCs, to comply with the Code of Practice – explain to the public how S&S powers are used in the area & arrange for S&S records to be scrutinised by community reps (involving those stopped & searched e.g. young people)",
         port="Local Policing", lead="Supt Operational Support", rag="AMBER",
         upd="Independent scrutiny panel reviewing BWV footage monthly; youth panel pilot in Telford.", sub=None,
         maps=[m("sas15", "in_sync", "ID 5274 and 'in consultation with PCCs' + 2015 report identify Stop and Search Powers 2 (slide 9), not the near-identical 2013 rec; HMICFRS Being progressed, force AMBER: both open.")]),
    dict(no=8, hid=None, insp="Core Business 2014", pub="Sep-14", type="Recommendation",
         text="Provide call handlers with specific, sound & comprehensible criteria to assess threat, harm and risk (THR policy)",
         port="Operations Support", lead="Supt Contact Centre", rag="GREEN",
         upd="THRIVE+ criteria embedded in OCC; QA shows 94% compliance. Ready to submit.", sub=None,
         maps=[m("core_1", "closeable_submit", "Call-handler threat/harm/risk criteria, Core Business (slide 9, 4519, Being progressed); force GREEN, so submit evidence to HMICFRS.")]),
    dict(no=9, hid=4520, insp="Core Business 2014", pub="Sep-14", type="Recommendation",
         text="Crime prevention / disruption activity to be systematically recorded & evaluated to determine effectiveness of tactics",
         port="Local Policing", lead="Head of Corporate Development", rag="AMBER",
         upd="Problem-solving database (OSARA) rolled out; evaluation framework not yet agreed.", sub=None,
         maps=[m("core_2", "in_sync", "ID 4520 and text match the second Core Business rec (slide 9, Being progressed); force AMBER: both open.")]),
    dict(no=12, hid=5630, insp="Building the Picture (Info Mgmt) 2015", pub=D(2015, 7, 1), type="Recommendation",
         text="Put in place arrangements to scrutinise audits of compliance with APP on information management via the force IM governance structure; incl. measures so that categorisation of records is regularly adjusted",
         port="Corporate Services", lead="Head of Information Management", rag="GREEN",
         upd="Information Assurance Board minutes & MoPI audit schedule submitted as evidence.", sub=D(2022, 7, 21),
         maps=[m("picture", "closeable_submit", "ID 5630; on the 'Submitted for closure – awaiting HMICFRS review' slide 12 (status Awaiting review = open); force GREEN and submitted 21/07/2022. Force done, HMICFRS not yet closed.")]),
    dict(no=14, hid=None, insp="Targeting the Risk (Firearms Licensing) 2015", pub=D(2015, 9, 15), type="Recommendation",
         text="Recs 1 & 2 – assess governance of firearms licensing against APP standards AND assess demand on the Firearms Licensing Dept / capacity to meet it (within 3 months)",
         port="Operations Support", lead="Supt Firearms Licensing", rag="GREEN",
         upd="Governance review completed; FLD restructure and 4 additional enquiry officers in post.", sub=None,
         maps=[m("fa_1", "in_sync", "One tracker row holds firearms recs 1 and 2. Rec 1 (governance against APP) is 6021, closed Complete on slide 13; force GREEN: both closed/done."),
               m("fa_2", "closeable_submit", "Same combined row, second half: demand/capacity of the licensing department is 6022, still Being progressed on slide 9; force GREEN, so submit for closure.")]),
    dict(no=15, hid=6023, insp="Targeting the Risk (Firearms Licensing) 2015", pub=D(2015, 9, 15), type="Recommendation",
         text="Take all appropriate action re 'total expired' licensing records",
         port="Operations Support", lead="Supt Firearms Licensing", rag="AMBER",
         upd="Backlog of 212 total-expired records reduced to 37.", sub=None,
         maps=[m("fa_3", "in_sync", "ID 6023, 'total expired' records; slide 9 Being progressed, force AMBER: both open.")]),
    dict(no=16, hid=6024, insp="Targeting the Risk (Firearms Licensing) 2015", pub=D(2015, 9, 15), type="Recommendation",
         text="Within six months – ensure temporary permit arrangements comply with HO guidance, permits recorded without delay on NFLMS, & effective systems so certificate holders are never in unlawful possession of a firearm",
         port="Operations Support", lead="Supt Firearms Licensing", rag="AMBER",
         upd="Temporary permit process mapped; NFLMS data cleanse under way.", sub=None,
         maps=[m("fa_4", "conflict", "ID 6024 and the temporary-permit text match slide 9, but the tracker says 'Within six months' where HMICFRS says 'Within three months': timescale disagrees.")]),
    dict(no=17, hid=6052, insp="Targeting the Risk (Firearms Licensing) 2015", pub=D(2015, 9, 15), type="Recommendation",
         text="Systems to identify before attendance whether an incident involves / is at the address of a firearm certificate holder – in place & always applied by dispatchers; officers understand the risk assessment & their power to seize firearms & certificates",
         port="Operations Support", lead="Supt Contact Centre", rag="AMBER",
         upd="STORM flag for certificate holders live; briefing to response officers scheduled.", sub=None,
         maps=[m("fa_5", "conflict", "Text is plainly the dispatch/certificate-holder rec, 6025 on slide 9 (Being progressed, force AMBER: both open), but the tracker's HMICFRS ID is 6052 – digits transposed; reference disagrees.")]),
    dict(no=19, hid=None, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Within 12 months review MSHT leadership & governance arrangements to ensure:\n- senior leaders prioritise the response to MSHT;\n- every MSHT incident allocated appropriate resources with skills, experience & capacity to investigate;\n- performance & QA measures in place so senior leaders can assess the nature & quality of service to victims",
         port="Crime", lead="Det Ch Supt Force CID", rag="AMBER",
         upd="MSHT governance now via Exploitation Board (chair ACC Crime).", sub=None,
         maps=[m("sf_1", "conflict", "MSHT leadership and governance rec (8302, slide 10, split over rows); tracker copies only 3 of its 4 bullets – the partnership arrangements bullet is missing. Both open otherwise.")]),
    dict(no=21, hid=8304, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Victims carrying out criminal acts under compulsion – early & continuing consideration of the s45 defence",
         port="Crime", lead="Head of Criminal Justice", rag="GREEN",
         upd="s45 checklist added to custody and CPS file build; CJ audit Q1 22/23 shows full compliance.", sub=None,
         maps=[m("sf_3", "closeable_submit", "ID 8304, section 45 defence; slide 10 Being progressed, force GREEN: submit for closure.")]),
    dict(no=22, hid=8305, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Full compliance with NRM process & the duty to notify the HO of any suspected adult victim (MSA 2015)",
         port="Crime", lead="Det Ch Supt Force CID", rag="AMBER",
         upd="Duty to Notify returns now monthly; NRM SPOC in each LPA.", sub=None,
         maps=[m("sf_4", "in_sync", "ID 8305, NRM / duty to notify; slide 10 Being progressed, force AMBER: both open.")]),
    dict(no=23, hid=8306, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Comply with NCRS for MSHT offences & ensure sufficient audit capacity for the FCR",
         port="Crime", lead="Force Crime Registrar", rag="GREEN",
         upd="FCR audit of MSHT recording complete (98% compliant). Evidence sent to FLL.", sub=D(2022, 6, 28),
         maps=[m("sf_5", "closeable_submit", "ID 8306, on slide 12 'Submitted for closure – awaiting HMICFRS review' (open until HMICFRS decides); force GREEN, submitted 28/06/2022.")]),
    dict(no="24a", hid=8307, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Review use of preventative powers under MSA 2015 (STPOs/STROs) – part 1: review of applications made since 2016",
         port="Crime", lead="Det Ch Supt Force CID", rag="GREEN",
         upd="Review complete – 4 STROs, 1 STPO since 2016.", sub=None,
         maps=[m("sf_6", "in_sync", "Part 1 of the force's split of 8307 (preventative powers, slide 10, Being progressed). Part 1 GREEN but part 2 (row below) AMBER, so the item is still open on both sides.")]),
    dict(no="24b", hid=8307, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Preventative powers part 2: guidance & training for investigators on STPO/STRO applications",
         port="Crime", lead="Head of Learning & Development", rag="AMBER",
         upd="Training package with L&D; delivery from Nov 22.", sub=None,
         maps=[m("sf_6", "in_sync", "Part 2 of the split of 8307; AMBER. Item open on both sides.")]),
    dict(no=25, hid=None, insp="PEEL Efficiency 2017 (force report)", pub=D(2017, 11, 9), type="AFI",
         text="Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)",
         port="Corporate Services", lead="Director of Digital Services", rag="AMBER",
         upd="Digital Strategy 2021-25 approved; online reporting (SDE) live.", sub=None,
         maps=[m("efc17", "conflict", "Digital services plan by September 2018 is the all-forces national recommendation 8488 (slide 10, Being progressed); tracker files it as an AFI of the force's own PEEL Efficiency 2017 report: type and report disagree.")]),
    dict(no=27, hid=8539, insp="PEEL Legitimacy 2017 – S&S (national)", pub=D(2017, 12, 12), type="Cause of concern",
         text="Forces unable to demonstrate S&S use is consistently reasonable & fair – over-representation of BAME (esp. black) people unexplained",
         port="Local Policing", lead="ACC Local Policing", rag="AMBER",
         upd="Disproportionality now reported to the S&S board each quarter.", sub=None,
         maps=[m("leg_coc", "in_sync", "ID 8539; slide 11 marks it a cause of concern in the Report cell; Being progressed, force AMBER: both open.")]),
    dict(no=28, hid=8540, insp="PEEL Legitimacy 2017 – S&S (national)", pub=D(2017, 12, 12), type="Recommendation",
         text="By July 2018 regularly monitor comprehensive S&S data to understand: reasons for disproportionality; find-rate differences by ethnicity & search type; prevalence of possession-only drug searches",
         port="Local Policing", lead="ACC Local Policing", rag="AMBER",
         upd="Power BI S&S dashboard live; possession-only analysis outstanding.", sub=None,
         maps=[m("leg_1", "in_sync", "ID 8540, monitoring S&S data (3 bullets all present); slide 11 Being progressed (one cell, inline bullets), force AMBER: both open.")]),
    dict(no=29, hid=8541, insp="PEEL Legitimacy 2017 – S&S (national)", pub=D(2017, 12, 12), type="Recommendation",
         text="Where disparities identified, demonstrate to the public the research/analysis done & action taken to reduce disparity",
         port="Local Policing", lead="ACC Local Policing", rag="GREEN",
         upd="Disproportionality research with University of Worcester published Mar 22.", sub=None,
         maps=[m("leg_2", "closeable_submit", "ID 8541, disparities; slide 11 Being progressed, force GREEN: submit for closure.")]),
    dict(no=30, hid=8542, insp="PEEL Legitimacy 2017 – S&S (national)", pub=D(2017, 12, 12), type="Recommendation",
         text="Publish the analysis & actions taken at least annually from July 2018",
         port="Local Policing", lead="ACC Local Policing", rag="AMBER",
         upd="2021/22 analysis drafted – awaiting sign-off for website.", sub=None,
         maps=[m("leg_3", "closeable_local", "ID 8542; slide 13 shows it closed Complete on 24/08/2022 (analysis published); force still AMBER, so close locally.")]),
    dict(no=31, hid=8543, insp="PEEL Legitimacy 2017 – S&S (national)", pub=D(2017, 12, 12), type="Recommendation",
         text="All officers using S&S to have had & understood unconscious bias training + CoP APP on S&S (by July 2018 & ongoing)",
         port="People", lead="Head of Learning & Development", rag="AMBER",
         upd="87% of S&S-trained officers completed the refreshed package.", sub=None,
         maps=[m("leg_4", "in_sync", "ID 8543, unconscious bias training; slide 11 Being progressed, force AMBER: both open.")]),
    dict(no=33, hid=None, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="By July 2021 – officers & staff to have effective communication skills in line with the National Policing Guidelines on Conflict Management (in addition to existing de-escalation training)",
         port="People", lead="Head of Learning & Development", rag="AMBER",
         upd="Conflict management module rewritten; rollout with OST 2022/23.", sub=None,
         maps=[m("pow_1", "conflict", "The ask (effective communication skills, National Policing Guidelines on Conflict Management) is 12617 on slide 11, whose deadline is By July 2022; tracker says By July 2021 (the date of the next rec). Deadline disagrees; both open.")]),
    dict(no=34, hid=12618, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="By July 2021 – comms skills reinforced through CPD; supervisors supported to debrief officers using BWV footage",
         port="People", lead="Head of Learning & Development", rag="AMBER",
         upd="Supervisor BWV debrief guide issued; CPD sessions being scheduled.", sub=None,
         maps=[m("pow_2", "in_sync", "ID 12618, CPD and BWV debrief; slide 11 Being progressed, force AMBER: both open.")]),
    dict(no="35a", hid=12619, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="BWV (1): record the entirety of all S&S encounters incl. traffic stops & use of force incidents on BWV",
         port="Local Policing", lead="Supt Operational Support", rag="GREEN",
         upd="Policy amended; compliance 96% (Aug 22).", sub=None,
         maps=[m("pow_3", "closeable_submit", "Part 1 of 3 of the BWV rec 12619 (slide 11, split over 3 rows, Being progressed). All three tracker parts are GREEN, so the item is done for the force: submit.")]),
    dict(no="35b", hid=12619, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="BWV (2): structured process to review / monitor internally a sufficient sample of BWV footage, disseminate learning & hold officers to account",
         port="Local Policing", lead="Supt Operational Support", rag="GREEN",
         upd="Monthly supervisor dip-sample of 5 S&S BWV clips per team.", sub=None,
         maps=[m("pow_3", "closeable_submit", "Part 2 of 3 of 12619; GREEN like the others: item done, HMICFRS open.")]),
    dict(no="35c", hid=12619, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="BWV (3): external scrutiny panel access to samples of BWV footage of S&S / UoF, with APP safeguards",
         port="Local Policing", lead="Supt Operational Support", rag="GREEN",
         upd="Panel viewing footage at each meeting since Jan 22.", sub=None,
         maps=[m("pow_3", "closeable_submit", "Part 3 of 3 of 12619; GREEN: item done, HMICFRS open.")]),
    dict(no=36, hid=None, insp="Police powers spotlight (Feb 21)", pub=D(2021, 2, 26), type="Recommendation",
         text="Home Office & NPCC to ensure quality of data on use of force to effect a S&S is sufficient for publication",
         port="Local Policing", lead=None, rag="WHITE",
         upd="Not the force's responsibility to deliver; dependent upon another organisation.", sub=None,
         maps=[m(None, "not_on_hmicfrs_list", "Addressed to the Home Office and NPCC, not forces; it is not on any slide of the FLL pack (nearest are 12617-12621, all different asks).")]),
    # --- force-specific ---
    dict(no=40, hid=7751, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Cause of concern",
         text="Response to missing & absent children – risk assessment inappropriate in some cases; children classed 'absent' not 'missing'; CSE risk information not influencing grading (enduring from 2015)",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="AMBER",
         upd="Missing persons improvement plan – see PVP board.", sub=None,
         maps=[m("coc_missing", "in_sync", "ID 7751, missing and absent children cause of concern (slide 6, Being progressed); force AMBER: both open.")]),
    dict(no="41.1", hid=7752, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Recommendation",
         text="Missing children (i): call takers understand & use the missing / absent category appropriately",
         port="Protecting Vulnerable People", lead="Supt Contact Centre", rag="GREEN",
         upd="'Absent' category withdrawn in line with APP 2021.", sub=None,
         maps=[m("r_missing", "in_sync", "Part (i) of the force's 3-way split of 7752 (slide 6, Being progressed). Part (iii) is still AMBER, so the item is open on both sides.")]),
    dict(no="41.2", hid=7752, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Recommendation",
         text="Missing children (ii): call takers & frontline staff have knowledge to identify CSE risk factors & how to respond",
         port="Protecting Vulnerable People", lead="Head of Learning & Development", rag="GREEN",
         upd="CSE awareness on Vulnerability Matters day – 92% attendance.", sub=None,
         maps=[m("r_missing", "in_sync", "Part (ii) of 7752; GREEN but the item is not done until part (iii) is: open on both sides.")]),
    dict(no="41.3", hid=7752, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Recommendation",
         text="Missing children (iii): supervisors provide correct oversight of missing person enquiries & direct timely investigative / safeguarding action",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="AMBER",
         upd="Supervisory review audit due Oct 22.", sub=None,
         maps=[m("r_missing", "in_sync", "Part (iii) of 7752; AMBER, item open; HMICFRS Being progressed.")]),
    dict(no=42, hid=None, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Cause of concern",
         text="DA approach unacceptable – high proportion of victims not supporting the investigation & low use of arrest / prosecution",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="AMBER",
         upd="Addressed through the DA delivery plan.", sub=None,
         maps=[m("coc_da", "closeable_local", "The domestic abuse cause of concern (7748) is on slide 14, closed 12/07/2022 as Superseded; force still AMBER: close locally.")]),
    dict(no=44, hid=7750, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Recommendation",
         text="Understand & address why such a high proportion of DA victims do not support the police investigation",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="GREEN",
         upd="Victim attrition research complete; evidence-led prosecution guidance issued.", sub=None,
         maps=[m("r_da_support", "in_sync", "ID 7750; slide 14 closed as Superseded; force GREEN (done) though still on the live sheet: closed on both sides.")]),
    dict(no=47, hid=6312, insp="PEEL Efficiency 2015", pub="Oct-15", type="Recommendation",
         text="Develop a future workforce plan aligned to demand & budget (future resource allocation, skills mix, expected behaviours)",
         port="People", lead="Director of People", rag="AMBER",
         upd="Strategic Workforce Plan 2022-25 in draft.", sub=None,
         maps=[m("afi_workforce", "conflict", "ID 6312 and text match slide 6, where HMICFRS lists it as an AFI; tracker calls it a Recommendation: type disagrees. Both open.")]),
    dict(no=48, hid=6310, insp="PEEL Efficiency 2015", pub="Oct-15", type="AFI",
         text="Further work to understand current & likely future demand so resources can be matched to demand",
         port="Corporate Services", lead="Head of Corporate Development", rag="AMBER",
         upd="Demand modelling via FMS; awaiting new analyst post.", sub=None,
         maps=[m("afi_demand", "closeable_local", "ID 6310; slide 14 closed as No further action required (FMS 2022 accepted); force AMBER: close locally.")]),
    dict(no=52, hid=8551, insp="PEEL Legitimacy 2017", pub=D(2017, 12, 12), type="Cause of concern",
         text="Size of the vetting backlog",
         port="Professional Standards", lead="Head of Professional Standards", rag="AMBER",
         upd="Backlog 310 (Aug 22) from 1,450 peak.", sub=None,
         maps=[m("coc_vetting", "in_sync", "ID 8551, vetting backlog cause of concern (slide 6, Being progressed); force AMBER: both open.")]),
    dict(no=53, hid=8552, insp="PEEL Legitimacy 2017", pub=D(2017, 12, 12), type="Recommendation",
         text="All staff to hold at least the lowest level of vetting ASAP – clear backlog & renewals; full compliance with national vetting guidelines",
         port="Professional Standards", lead="Head of Professional Standards", rag="GREEN",
         upd="All staff hold at least RV. Evidence submitted to HMICFRS for closure.", sub=D(2022, 7, 4),
         maps=[m("r_vetting", "closeable_submit", "ID 8552 on slide 12 (submitted, awaiting HMICFRS review = open); force GREEN, submitted 04/07/2022.")]),
    dict(no=55, hid=11402, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Cause of concern",
         text="CoC 1 – no suitable arrangements to maintain full range of services when the alliance with Warwickshire ends; gaps in skills assessment; weaknesses in investigation & safeguarding",
         port="Corporate Services", lead="DCC", rag="AMBER",
         upd="Engage improvement plan v4 submitted 01/08/22.", sub=None,
         maps=[m("coc1", "in_sync", "ID 11402, cause of concern 1 on slide 4 (report known only from the slide title, PEEL 2018/19), Being progressed; force AMBER: both open.")]),
    dict(no=57, hid=11404, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Clearly define the new operating model – all operational & support services affordable & fit to protect the communities of West Mercia",
         port="Corporate Services", lead="DCC", rag="AMBER",
         upd="Operating model refresh to COG Nov 22.", sub=None,
         maps=[m("r_opmodel", "closeable_local", "ID 11404; slide 4 status Complete ('closed at June meeting'); force still AMBER: close locally.")]),
    dict(no=58, hid=11405, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Expand skills project to all skills (not only operational) incl. future requirements – to inform workforce plans",
         port="People", lead="Director of People", rag="AMBER",
         upd="Skills audit of police staff 60% complete.", sub=None,
         maps=[m("r_skills", "in_sync", "ID 11405 (slide 4, Being progressed); force AMBER: both open.")]),
    dict(no=59, hid=11406, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Review approach to vulnerability with partners to better safeguard vulnerable people",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="GREEN",
         upd="Joint review with the 4 safeguarding partnerships complete; report to PVP board Jul 22.", sub=None,
         maps=[m("r_vuln", "closeable_submit", "ID 11406 (slide 4, Being progressed); force GREEN: submit for closure.")]),
    dict(no=60, hid=11407, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Improve arrangements to consult the public about business planning & to feed back on changes made as a result",
         port="Corporate Services", lead="Head of Corporate Development", rag="GREEN",
         upd="Consultation & feedback framework in place ('You said, we did'). Submitted to HMICFRS.", sub=D(2022, 8, 11),
         maps=[m("r_consult", "closeable_submit", "ID 11407: its text starts at the bottom of slide 4 (status Awaiting review, open) and runs on to a '(cont.)' row on slide 5; force GREEN, submitted 11/08/2022.")]),
    dict(no=61, hid=11408, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Cause of concern",
         text="CoC 2 – insufficient capacity / capability to investigate crime effectively; failings in how crimes are investigated",
         port="Crime", lead="ACC Crime", rag="AMBER",
         upd="Investigative Standards programme; see Engage plan.", sub=None,
         maps=[m("coc2", "in_sync", "ID 11408, cause of concern 2 on slide 5 (PEEL 2018/19 from the slide title), Being progressed; force AMBER: both open.")]),
    dict(no=62, hid=11409, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Review officers' capability & capacity to manage investigative workloads – understand investigative demand & pressures",
         port="Crime", lead="ACC Crime", rag="AMBER",
         upd="Workload review complete in CID; response and PPU to follow.", sub=None,
         maps=[m("r_capab", "in_sync", "ID 11409 (slide 5, Being progressed); force AMBER: both open.")]),
    dict(no=63, hid=11410, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Regular & active supervision of quality & progress of investigations, properly recorded (within 6 months)",
         port="Crime", lead="ACC Crime", rag="AMBER",
         upd="Supervisory review template on Athena; dip-sample Q2.", sub=None,
         maps=[m("r_superv", "in_sync", "ID 11410 (slide 5, Being progressed); force AMBER: both open. Not to be confused with PEEL 2021/22 AFI 13908 (row below).")]),
    dict(no=64, hid=None, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="AFI",
         text="Improve supervision of investigations so investigation plans are set, reviewed & recorded and victims get a consistently good service",
         port="Crime", lead="Det Ch Supt Force CID", rag="AMBER",
         upd="Linked to Investigative Standards programme.", sub=None,
         maps=[m("a_invsup", "conflict", "Wording (investigation plans set, reviewed and recorded; consistently good service) is the PEEL 2021/22 AFI 13908 on slide 7 (Awaiting review, open), not PEEL 2018/19 rec 11410, which has its own row; the tracker files it under PEEL 2018/19: report disagrees.")]),
    dict(no=65, hid=11412, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Improve understanding of suspects released under investigation (RUI) & management of those on bail",
         port="Criminal Justice", lead="Head of Criminal Justice", rag="GREEN",
         upd="RUI/bail dashboard live; weekly RUI review meeting.", sub=None,
         maps=[m("r_rui", "closeable_submit", "ID 11412 (slide 5, Being progressed); force GREEN: submit for closure.")]),
    dict(no=66, hid=11413, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="AFI",
         text="Improve use of the crime recording & management system (Athena) to better manage case files & investigative processes",
         port="Crime", lead="Head of Criminal Justice", rag="AMBER",
         upd="Athena case file QA process under review.", sub=None,
         maps=[m("afi_crimesys", "in_sync", "ID 11413 (slide 6, Being progressed); force AMBER: both open.")]),
    dict(no=70, hid=None, insp="Crime Data Integrity 2019", pub=D(2019, 9, 19), type="Recommendation",
         text="Within 6 months – arrangements so that: victims believed at point of report; call-handler/caller conversations summarised accurately on the incident log; multiple crimes always recorded; no waiting for medical / VRI results before recording decisions; online reports triaged on receipt for risk",
         port="Crime", lead="Force Crime Registrar", rag="AMBER",
         upd="CDI audit Jun 22 – 91% compliance.", sub=None,
         maps=[m("r_cdi", "in_sync", "All five CDI arrangements listed; slide 6 item 10877 (its bullets split over rows by the paste), Being progressed; force AMBER: both open.")]),
    dict(no=72, hid=9645, insp="Child protection inspection 2018 (NCPI)", pub=D(2018, 6, 26), type="Recommendation",
         text="Within 6 months, with children's social care, review how detention of children is managed: only detain when absolutely necessary & min time; early assessment of need for alternative accommodation; detention certificates completed; record all actions & decisions; timely AA support",
         port="Criminal Justice", lead="Ch Insp Custody", rag="RED",
         upd="Alternative accommodation protocol with LAs still not agreed.", sub=None,
         maps=[m("r_ncpi", "in_sync", "ID 9645, detention of children (all 5 bullets); slide 7 Being progressed, force RED: both open.")]),
    dict(no=75, hid=13904, insp="PEEL 2021/22", pub=D(2022, 4, 7), type="AFI",
         text="Make sure there are appropriate strategic oversight arrangements to manage risks, performance & improvement plans",
         port="Corporate Services", lead="DCC", rag="AMBER",
         upd="New Force Performance Board from Oct 22.", sub=None,
         maps=[m("a_oversight", "in_sync", "ID 13904 (slide 7, Awaiting review = open, new); force AMBER: both open.")]),
    dict(no=77, hid=13906, insp="PEEL 2021/22", pub=D(2022, 4, 7), type="AFI",
         text="Review how E&D data is gathered & used to understand workforce demographics",
         port="People", lead="Director of People", rag="AMBER",
         upd="Self-declaration campaign Sept 22.", sub=None,
         maps=[m("a_edi", "in_sync", "ID 13906 (slide 7, Awaiting review = open); force AMBER: both open.")]),
    dict(no=78, hid=13907, insp="PEEL 2021/22", pub=D(2022, 4, 7), type="AFI",
         text="Confidential route for staff to raise concerns & staff aware of whistleblowing processes",
         port="Professional Standards", lead="Head of Professional Standards", rag="GREEN",
         upd="Safecall line re-launched; intranet page & comms complete.", sub=None,
         maps=[m("a_whistle", "closeable_submit", "ID 13907 (slide 7, Awaiting review = open); force GREEN: submit evidence.")]),
    dict(no=80, hid=13909, insp="PEEL 2021/22", pub=D(2022, 4, 7), type="AFI",
         text="Effective supervision of initial risk assessment – DASH completion in appropriate cases",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="AMBER",
         upd="DASH QA by OCC supervisors from Aug 22.", sub=None,
         maps=[m("a_dash", "in_sync", "ID 13909 (slide 7, Awaiting review = open); force AMBER: both open.")]),
    # --- local actions ---
    dict(no=81, hid=None, insp="Force improvement plan", pub=None, type="Local action",
         text="Force action - Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="AMBER",
         upd="T&F group meets monthly.", sub=None,
         maps=[m(None, "not_on_hmicfrs_list", "The force's own action, not an HMICFRS item; nothing like it in the FLL pack.")]),
    dict(no=82, hid=None, insp="JAC", pub=None, type="Local action",
         text="JAC action: Add violence against women and girls measures to the monthly Force Performance pack",
         port="Corporate Services", lead="Head of Corporate Development", rag="GREEN",
         upd="Measures in the pack from July 22.", sub=None,
         maps=[m(None, "not_on_hmicfrs_list", "Audit committee action, not an HMICFRS item; not in the FLL pack.")]),
]

DONE_ROWS = [
    dict(no=1, hid=2206, insp="Stop and Search 2013", pub=D(2013, 7, 9), type="Recommendation",
         text="CCs & CoP to set out in S&S APP a clear specification of effective & fair use of S&S powers (Code of Practice compliant)",
         port="Local Policing", lead="Supt Operational Support", rag="COMPLETE",
         upd="APP published by CoP 2014.", done=D(2016, 3, 31), by="ACC Local Policing",
         maps=[m(None, "not_on_hmicfrs_list", "2013 rec 1 (APP specification) is on no slide: HMICFRS closed it before this list; force COMPLETE. Query/confirm with HMICFRS only if needed.")]),
    dict(no=2, hid=None, insp="Stop and Search 2013", pub=D(2013, 7, 9), type="Recommendation",
         text="Explain to public how S&S powers are used & arrange community scrutiny of S&S records (incl. young people)",
         port="Local Policing", lead="Supt Operational Support", rag="COMPLETE",
         upd="S&S scrutiny panel established 2015.", done=D(2017, 1, 31), by="ACC Local Policing",
         maps=[m("sas13_3", "in_sync", "2013 report label separates it from the near-identical 2015 rec: this is 2208 (slide 13, closed Superseded); force COMPLETE: closed on both sides.")]),
    dict(no=4, hid=2893, insp="Everyone's Business (DA) 2014", pub=D(2014, 3, 27), type="Recommendation",
         text="Establish & publish a DA action plan (developed with PCC, DA support orgs & victims' reps; all DHRs / IPCC findings considered)",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="COMPLETE",
         upd="DA action plan published Sept 2014; refreshed annually.", done=D(2015, 6, 30), by="DCC",
         maps=[m("everyone", "in_sync", "ID 2893, DA action plan; slide 13 closed No further action required; force COMPLETE: closed on both sides.")]),
    dict(no=5, hid=None, insp="Policing in Austerity 2014", pub=D(2014, 7, 22), type="Recommendation",
         text="Policing in Austerity – recs 1-4 (savings plans, collaboration <10% savings, front line reductions, spending round collaboration) – addressed holistically via change programme",
         port="Corporate Services", lead="Director of Finance", rag="COMPLETE",
         upd="Addressed holistically as part of the force change programme.", done=D(2017, 11, 30), by="DCC",
         maps=[m(None, "not_on_hmicfrs_list", "Four Policing in Austerity recs combined in one row; none is on any slide (HMICFRS recorded no further action long ago). One line for the row.")]),
    dict(no=7, hid=None, insp="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), type="Recommendation",
         text="Within 6 months – active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims & identify suspects early",
         port="Crime", lead="Head of Intelligence", rag="COMPLETE",
         upd="ISAs signed with all six local authorities.", done=D(2022, 5, 31), by="ACC Crime",
         maps=[m("sf_2", "in_sync", "Information-sharing agreements rec is 8303 (slide 13, closed Complete); force COMPLETE: closed on both sides.")]),
    dict(no=10, hid=8490, insp="PEEL Efficiency 2017", pub=D(2017, 11, 9), type="AFI",
         text="Sufficient resources in the control room to fulfil the resourcing model & meet demand, taking account of workforce wellbeing",
         port="Operations Support", lead="Supt Contact Centre", rag="COMPLETE",
         upd="OCC uplift of 28 FTE complete; wellbeing plan in place.", done=D(2021, 3, 31), by="ACC Local Policing",
         maps=[m("afi_control", "closeable_submit", "ID 8490 still Being progressed on slide 6, but the force moved it to its Completed sheet in 2021: submit to HMICFRS for closure.")]),
    dict(no=11, hid=7749, insp="PEEL Effectiveness 2016", pub=D(2017, 3, 2), type="Recommendation",
         text="Consider ways of increasing use of arrest, ancillary orders & other powers for DA",
         port="Protecting Vulnerable People", lead="Ch Supt Public Protection", rag="COMPLETE",
         upd="DVPN/DVPO use up 40%; positive action policy reissued.", done=D(2019, 9, 30), by="DCC",
         maps=[m("r_da_arrest", "in_sync", "ID 7749; slide 14 closed Superseded; force COMPLETE: closed on both sides.")]),
    dict(no=13, hid=6311, insp="PEEL Efficiency 2015", pub="Oct-15", type="AFI",
         text="Develop understanding of the links between outcomes, outputs & costs",
         port="Corporate Services", lead="Director of Finance", rag="COMPLETE",
         upd="Outcome-based budgeting in place from 2017/18.", done=D(2018, 3, 31), by="DCC",
         maps=[m(None, "not_on_hmicfrs_list", "ID 6311 is on no slide of the FLL pack (already closed by HMICFRS); force COMPLETE.")]),
    dict(no=56, hid=11403, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Agree arrangements with Warwickshire Police for a smooth transition to the future operating model – no disruption to public services",
         port="Corporate Services", lead="DCC", rag="COMPLETE",
         upd="Alliance ended 31/03/2020 with transition agreement; no service disruption.", done=D(2020, 4, 30), by="Chief Constable",
         maps=[m("r_warks", "in_sync", "ID 11403; slide 4 status Complete; force COMPLETE: closed on both sides.")]),
    dict(no=67, hid=11411, insp="PEEL 2018/19", pub=D(2019, 5, 2), type="Recommendation",
         text="Improve ability to retrieve digital evidence from phones, computers & other devices quickly enough so investigations are not delayed",
         port="Crime", lead="Head of Digital Forensics", rag="COMPLETE",
         upd="Digital forensic kiosks in all hubs; backlog < 30 days.", done=D(2021, 10, 31), by="ACC Crime",
         maps=[m("r_digital", "in_sync", "ID 11411; slide 5 status Complete; force COMPLETE: closed on both sides.")]),
]

MISSING = [
    ("integrity", "Integrity Matters 'no further action' misconduct rec (5012, slide 9, Being progressed) has no row on either tracker sheet."),
    ("pow_5", "Internal monitoring of use of force by July 2021 (12621, slide 11, Being progressed) is not on the tracker; the tracker's Police powers rows are 12617-12619 and the Home Office/NPCC one."),
    ("a_data", "PEEL 2021/22 AFI on accurate data and analysis for performance management (13905, slide 7, Awaiting review) has no tracker row (tracker has 13904, 13906, 13907, 13909 and the misfiled 13908)."),
    ("r_da_phone", "Telephone DA risk assessments / resolution centre rec (7753, slide 14, closed Superseded) is not on the tracker; HMICFRS has closed it, but it is still on the list and the force has no row."),
]


def build_tracker() -> tuple[bytes, dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = LIVE
    heads = ["No.", "HMICFRS ID", "Inspection", "Published", "Type", "Recommendation / AFI",
             "Portfolio", "Lead", "RAG", "Latest update", "Submitted to HMICFRS"]
    widths = (7, 11, 30, 12, 16, 70, 22, 26, 11, 50, 14)
    bold = Font(name="Arial", size=10, bold=True)
    norm = Font(name="Arial", size=10)
    hfill = PatternFill("solid", fgColor="D9D9D9")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    frow: dict[int, tuple[str, int]] = {}  # id(row dict) -> (sheet, row)
    nonitems: list[tuple[str, int, str]] = []

    def setup(sheet, title, sub, heads, widths):
        sheet.cell(row=1, column=1, value=title).font = Font(name="Arial", size=14, bold=True)
        sheet.cell(row=2, column=1, value=sub).font = Font(name="Arial", size=10, italic=True)
        for c, (h, w) in enumerate(zip(heads, widths), start=1):
            cell = sheet.cell(row=4, column=c, value=h)
            cell.font = bold
            cell.fill = hfill
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            sheet.column_dimensions[chr(64 + c)].width = w
        sheet.freeze_panes = "A5"
        nonitems.extend([(sheet.title, 1, "title"), (sheet.title, 2, "subtitle / last updated"),
                         (sheet.title, 3, "blank"), (sheet.title, 4, "header row")])

    def write(sheet, r, vals, rag_col):
        for c, v in enumerate(vals, start=1):
            cell = sheet.cell(row=r, column=c, value=v)
            cell.font = norm
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rc = sheet.cell(row=r, column=rag_col)
        if rc.value in RAG_FILL:
            rc.fill = RAG_FILL[rc.value]
            rc.font = Font(name="Arial", size=10, bold=True,
                           color="FFFFFF" if rc.value in ("RED", "GREEN") else "000000")

    setup(ws, "West Mercia Police – HMICFRS Recommendations & Areas for Improvement Tracker",
          "Strategic Planning & Insight  |  Last updated 02/09/2022  |  OFFICIAL", heads, widths)
    r = 4
    for row in LIVE_ROWS:
        r += 1
        write(ws, r, [row["no"], row["hid"], row["insp"], row["pub"], row["type"], row["text"],
                      row["port"], row["lead"], row["rag"], row["upd"], row["sub"]], 9)
        row["_prov"] = f"{LIVE}!{r}"
    ws.auto_filter.ref = f"A4:K{r}"

    ws2 = wb.create_sheet(DONE)
    heads2 = heads[:10] + ["Date completed", "Signed off by"]
    setup(ws2, "Completed / closed items (moved from live tracker)",
          "Moved here once signed off at Gold group. Not necessarily closed by HMICFRS – check the portal.",
          heads2, widths[:10] + (14, 22))
    r = 4
    for row in DONE_ROWS:
        r += 1
        write(ws2, r, [row["no"], row["hid"], row["insp"], row["pub"], row["type"], row["text"],
                       row["port"], row["lead"], row["rag"], row["upd"], row["done"], row["by"]], 9)
        row["_prov"] = f"{DONE}!{r}"

    ws3 = wb.create_sheet("RAG key")
    key = [
        ("RAG", "Meaning"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
        ("AMBER", "Subject to ongoing work and monitoring; anticipated to be implemented"),
        ("GREEN", "Implemented – evidence held; submit to HMICFRS for closure"),
        ("WHITE", "Not WMP responsibility to deliver or dependent upon another organisation"),
        ("COMPLETE", "Signed off at Gold group and moved to the Completed tab"),
    ]
    for i, (a, b) in enumerate(key, start=1):
        ws3.cell(row=i, column=1, value=a).font = bold if i == 1 else norm
        ws3.cell(row=i, column=2, value=b).font = bold if i == 1 else norm
        if a in RAG_FILL:
            ws3.cell(row=i, column=1).fill = RAG_FILL[a]
    ws3.column_dimensions["A"].width = 12
    ws3.column_dimensions["B"].width = 90
    for i in range(1, len(key) + 1):
        nonitems.append(("RAG key", i, "legend sheet"))
    return save(wb), nonitems


# --------------------------------------------------------------------------------------
def save(wb) -> bytes:
    wb.properties.creator = "Strategic Planning & Insight"
    wb.properties.lastModifiedBy = "Strategic Planning & Insight"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hbytes, hrow, hnon, summary = build_hmicfrs()
    tbytes, tnon = build_tracker()
    (OUT / "hmicfrs.xlsx").write_bytes(hbytes)
    (OUT / "tracker.xlsx").write_bytes(tbytes)

    # ---- truth ----
    lines = []
    for row in LIVE_ROWS + DONE_ROWS:
        for key, cat, why in row["maps"]:
            lines.append(((f"{HSHEET}!{hrow[key]}" if key else ""), row["_prov"], cat, why))
    for key, why in MISSING:
        lines.append((f"{HSHEET}!{hrow[key]}", "", "missing_from_force", why))
    covered = {k for row in LIVE_ROWS + DONE_ROWS for k, _, _ in row["maps"] if k} | {k for k, _ in MISSING}
    assert covered == set(H), (set(H) - covered, covered - set(H))
    # sanity: categories agree with statuses
    done_rag = {"GREEN", "WHITE", "COMPLETE"}
    for row in LIVE_ROWS + DONE_ROWS:
        for key, cat, _ in row["maps"]:
            if key is None or cat == "conflict":
                continue
            parts = [x for x in LIVE_ROWS + DONE_ROWS if any(k == key for k, _, _ in x["maps"])]
            fdone = all(p["rag"] in done_rag for p in parts)
            hopen = H[key]["status"] in OPEN
            want = {(True, True): "closeable_submit", (True, False): "in_sync",
                    (False, True): "in_sync", (False, False): "closeable_local"}[(hopen, fdone)]
            assert cat == want, (key, cat, want)

    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)

    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    (OUT / "README.md").write_text(readme(hrow, hnon, tnon, counts, len(lines), summary), encoding="utf-8")


def readme(hrow, hnon, tnon, counts, nlines, summary) -> str:
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    cnt = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in order)
    hn = "\n".join(f"- `{HSHEET}!{r}` – {why}" for r, why in hnon)
    tn_by: dict[tuple[str, str], list[int]] = {}
    for sh, r, why in tnon:
        tn_by.setdefault((sh, why), []).append(r)
    tn = "\n".join(f"- `{sh}!{','.join(map(str, rs))}` – {why}" for (sh, why), rs in tn_by.items())
    def fp(key):
        return ", ".join(x["_prov"] for x in LIVE_ROWS + DONE_ROWS if any(k == key for k, _, _ in x["maps"]))

    n_live = len(LIVE_ROWS)
    n_done = len(DONE_ROWS)
    R = hrow
    return f"""# Case `{CASE}` (round 72, case B)

## The story

West Mercia Police's HMICFRS Force Liaison Lead (FLL) runs a quarterly liaison meeting with the
force. For the September 2022 meeting she sent a PowerPoint pack, "WMP Force Liaison Meeting
Sept 22 v2.pptx": a summary slide, the PEEL 2018/19 causes of concern being monitored under
Engage, the other open force-specific items, the open national (all-force) recommendations, the
items the force has submitted for closure, and the items HMICFRS closed since the June meeting.
It is the list HMICFRS holds against the force, as the force actually received it. The force's
analyst in Strategic Planning & Insight copied each slide's table (and the slide title) into one
Excel sheet, one slide under another, to reconcile it with the force tracker before the October
Joint Audit Committee. `hmicfrs.xlsx` is that workbook.

The force side, `tracker.xlsx`, is Strategic Planning's own tracker: a live sheet with RAG
grades and a Completed sheet for items signed off at Gold group, written in the force's own
shorthand (S&S, MSHT, CoP, NFLMS, BWV…).

## The files

**hmicfrs.xlsx** (openpyxl, fixed properties)
- `Notes` – the analyst's note on where the sheet came from (8 lines, no items).
- `{HSHEET}` – {sum(1 for _ in H)} HMICFRS items over rows 1–{max(r for r, _ in hnon)}. Every
  slide starts with a title row (`Slide N` in A, the slide title in B), then the slide
  table's header row (dark fill, white bold), then its rows (banded fills as in the PowerPoint
  table style), then a blank row. The tables have **different columns per kind of slide**:
  - slide 2 summary: `Status | Force-specific | National | Total` (counts, no items);
  - slides 4–5 (PEEL 2018/19 causes of concern): `Ref | Type | Cause of concern / recommendation | HMICFRS status | FLL comment` – **no report column; the report is only in the slide title**;
  - slides 6–7 (force-specific open): `Ref | Report | Published | Type | Recommendation / AFI | Status` – text in column E; "Published" pasted as text "Mar 2017" which Excel turned into a date shown `Mar-17`;
  - slides 9–11 (national open): `Ref | Report | Recommendation | Status` – no type column; the Report cell is **merged down over a report's items**; the one cause of concern says so only inside its Report cell ("… (CAUSE OF CONCERN)"); a source footnote row under each table;
  - slide 12 (submitted for closure): `Ref | Report | Recommendation / AFI | Evidence received | FLL view` – **no status column**; the slide title says they await HMICFRS review (status Awaiting review = open);
  - slides 13–14 (closed since June): `Ref | Report | Recommendation / AFI | Date closed | Closure reason | Note` – the status is the Closure reason (Complete / Superseded / No further action required);
  - slide 15: the AOB text box, one bullet per row in column A.
  Refs are HMICFRS register numbers (integers). Dates are real Excel dates.

**tracker.xlsx** (openpyxl, fixed properties)
- `{LIVE}` – title row 1, subtitle row 2, blank row 3, header row 4, {n_live} item rows 5–{4 + n_live}:
  `No. | HMICFRS ID | Inspection | Published | Type | Recommendation / AFI | Portfolio | Lead | RAG | Latest update | Submitted to HMICFRS`.
  RAG is text with a matching cell fill: RED, AMBER (open), GREEN, WHITE (done / not ours).
  No. keeps the original numbering (gaps where rows moved to Completed; split items numbered 24a/24b, 35a–c, 41.1–41.3). HMICFRS ID is filled on most rows, blank on some, wrong on one.
- `{DONE}` – same layout (rows 1–4 furniture), {n_done} item rows 5–{4 + n_done}, RAG = COMPLETE, plus `Date completed`, `Signed off by`.
- `RAG key` – legend only.

## What the layout brings (row numbers on `{HSHEET}`)

1. **Report only in the slide title**: rows {R['coc1']}–{R['r_consult']} and {R['coc2']}–{R['r_rui']} (slides 4–5) have no report column; a reader takes "PEEL 2018/19" from the title rows above.
2. **Text running over two slides**: item 11407 starts at row {R['r_consult']} (ends "…business planning and") and finishes in the `(cont.)` row at the top of slide 5 (row {R['r_consult'] + 4}). That row is not an item; the item is row {R['r_consult']}.
3. **Multi-paragraph cells split over rows** by the paste, other cells merged: CDI 10877 at row {R['r_cdi']} (6 rows), MSHT leadership 8302 at row {R['sf_1']} (5 rows), BWV 12619 at row {R['pow_3']} (3 rows). Only the first row of each is an item; the text is the rows joined with line breaks.
4. **Status from the slide, not a column**: slide 12 rows {R['picture']}, {R['sf_5']}, {R['r_vetting']} have no status (title says awaiting HMICFRS review = open); slides 13–14 give the closure reason instead of a status.
5. **Columns move**: the text sits in column C on most slides but in column E on slides 6–7; status in D, F, none, or E (closure reason).
6. **Type carried in odd places**: slides 9–11 have no Type; the national cause of concern 8539 (row {R['leg_coc']}) says "(CAUSE OF CONCERN)" in its Report cell.
7. **Merged Report cells** on slides 9–11: only the first item of a report shows it.
8. **Furniture with item-like content**: the slide 2 summary counts (its "Being progressed" national count, {summary[1][2]}, is stale – the tables hold {summary[1][2] - 1} national items Being progressed; the FLL did not update the summary slide after editing the tables); the AOB bullets on slide 15 quote register numbers 8552, 11402, 11408; source footnotes.

## Traps and how the truth decides them

- **Near-identical national texts**: the 2013 and 2015 stop and search "explain to the public … community representatives" recs differ only in "elected local policing bodies"/"police and crime commissioners" and a comma. The tracker's report labels decide: `{fp('sas13_3')}` ("Stop and Search 2013") ↔ 2208 (row {R['sas13_3']}, closed), `{fp('sas15')}` ("Stop & Search powers 2 (2015)") ↔ 5274 (row {R['sas15']}).
- **Two "supervision of investigations" items**: PEEL 2018/19 rec 11410 and PEEL 2021/22 AFI 13908. The tracker files the AFI's wording under PEEL 2018/19 (`{fp('a_invsup')}`) → conflict (report) on 13908 (row {R['a_invsup']}), while 11410 has its own row `{fp('r_superv')}` (in_sync).
- **Wrong reference**: tracker ID 6052 on the dispatch/certificate-holder firearms row `{fp('fa_5')}`; the text is 6025 (row {R['fa_5']}) → conflict (reference).
- **Timescales**: firearms temporary permits "Within six months" vs HMICFRS "Within three months"; communication skills "By July 2021" vs "By July 2022" (the July 2021 date belongs to the next rec, which has its own row) → conflicts.
- **Missing bullet**: the MSHT leadership rec is copied with 3 of 4 bullets (partnership arrangements missing) → conflict.
- **Type / report**: the national digital-services rec filed as an AFI of the force's PEEL Efficiency 2017; the PEEL Efficiency 2015 workforce-plan AFI typed Recommendation → conflicts.
- **One row, two items**: `{fp('fa_2')}` holds firearms recs 1 & 2 → two truth lines: 6021 (closed, force GREEN: in_sync) and 6022 (open, force GREEN: closeable_submit).
- **One item, several rows**: MSHT preventative powers (2 rows, one AMBER → open: in_sync ×2), missing children (3 rows, one AMBER → in_sync ×3), BWV (3 rows, all GREEN → closeable_submit ×3).
- **Completed sheet ≠ closed by HMICFRS**: the control-room AFI 8490 is on the force's Completed sheet (`{fp('afi_control')}`) but still Being progressed → closeable_submit.
- **GREEN on the live sheet, closed by HMICFRS** (7750) → in_sync (closed/done both sides).
- **Not on the list**: items HMICFRS closed before this pack (2013 rec 1, Austerity recs 1–4 in one row, Efficiency 2015 outcomes/costs), a rec addressed to the Home Office and NPCC (WHITE), two local actions.
- **Missing from force**: Integrity Matters 5012, use-of-force monitoring 12621, PEEL 2021/22 AFI 13905, and the closed (Superseded) DA telephone risk-assessment rec 7753.
- No `review` lines: every pair could be decided by eye.

## Counts

{nlines} truth lines; {len(H)} HMICFRS items ({len(NATIONAL_KEYS)} national, {len(H) - len(NATIONAL_KEYS)} force-specific); {n_live + n_done} force item rows.

| category | lines |
|---|---|
{cnt}

## Rows that are not items

{hn}
- `Notes!1-8` – the analyst's note sheet.

{tn}

## Checks run

- Builder asserts every HMICFRS item is covered by at least one truth line and no key is unknown; every force item row maps to one line per HMICFRS item it holds; the category of every non-conflict line agrees with the two statuses (split items: done only when every part is).
- Both workbooks read back with pandas (`read_excel(sheet_name=None, header=None)`) and openpyxl; every `Sheet!Row` in truth.csv points at a row whose text cell is non-empty; every item row of both files is in truth.csv and every non-item row is listed above.
- Built twice; `cmp` of every file identical (fixed seedless data, fixed document properties, fixed zip timestamps).
- The HMICFRS texts were checked against the source literals (each item's text, re-joined over split / continued rows, equals the literal). Sources: `/work/shared/data/real_recommendations.csv` and `reconcile/casegen/texts` (national.py, force.py). Two texts carry the case's force name where the original named another force, as the texts package's `{{force}}` templates do: the vetting cause of concern (West Midlands Police in the original) and the child-detention rec 9645 (Bedfordshire Police in the original). The PEEL 2021/22 AFIs are the package's AFI stem "The force should …" with its real bodies. Force-specific attributions, register numbers, statuses and dates are invented.
- Merged ranges checked for overlap (none).
"""


if __name__ == "__main__":
    main()
