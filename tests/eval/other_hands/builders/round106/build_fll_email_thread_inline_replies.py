"""Build the case `fll_email_thread_inline_replies` (round 106, brief B).

HMICFRS side: the definitive list reached the force as an HTML table in an email from the
HMICFRS Force Liaison Lead (FLL). The force's analyst answered inline (added a column and some
rows at the bottom of the table), the FLL answered inline again (another column, struck-through
overtypes in the Status cell, ref/status typed into the force's added rows). The analyst copied
the whole of the latest email (with the quoted thread) and pasted it into a blank workbook.

Force side: an ordinary West Mercia HMICFRS recommendations tracker (RAG + status).

Deterministic: no randomness, fixed workbook properties; XlsxWriter writes fixed zip dates.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "fll_email_thread_inline_replies"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

HM_SHEET = "Sheet1"
FO_SHEET = "HMICFRS Tracker"

# --------------------------------------------------------------------------------------
# Reports (real titles; the FLL's "Published" column is month and year as typed text)
# --------------------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", "July 2013"),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", "March 2014"),
    "PIA14": ("Policing in Austerity: Meeting the Challenge", "July 2014"),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "September 2014"),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "January 2015"),
    "TTR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "September 2015"),
    "SF17": ("Stolen freedom: the policing response to modern slavery and human trafficking", "October 2017"),
    "EFF17": ("PEEL: Police efficiency 2017 – A national overview", "November 2017"),
    "LEG17": ("PEEL: Police legitimacy 2017 – A national overview", "December 2017"),
    "WM19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "September 2019"),
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "February 2021"),
}

NR = "National recommendation"
REC = "Recommendation"
COC = "Cause of concern"
BP = "Being progressed"
AR = "Awaiting review"

# --------------------------------------------------------------------------------------
# HMICFRS items, in the order of the FLL's extract (sorted by Ref). `status` is the Status
# cell as pasted: a string, or ("strike", old, new) for an overtype with the old word struck
# through. `final` is the HMICFRS status a careful reader takes from the whole row.
# --------------------------------------------------------------------------------------
HM = [
    dict(k="ss_monitor", ref=1874, rep="SS13", typ=NR, status="Complete", upd="14th October 2015", final="closed",
         text="Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust."),
    dict(k="eb_plan", ref=2376, rep="EB14", typ=NR, status="Superseded", upd="3rd November 2016", final="closed",
         text="By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
         lp="Amber on our tracker – DA delivery plan still running under the vulnerability improvement plan. Can this close?",
         me="Yes – superseded, this area has since been inspected under PEEL Effectiveness. Close your entry."),
    dict(k="pia_savings", ref=3902, rep="PIA14", typ=NR, status="Superseded", upd="21st June 2016", final="closed",
         text="All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    dict(k="pia_collab10", ref=3903, rep="PIA14", typ=NR, status="Superseded", upd="21st June 2016", final="closed",
         text="Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.",
         lp="Amber – collaboration review on hold while the alliance unwinds.",
         me="Superseded in 2016 (picked up in PEEL Efficiency) – nothing further needed from the force."),
    dict(k="pia_frontline", ref=3904, rep="PIA14", typ=NR, status="Superseded", upd="21st June 2016", final="closed",
         text="Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn."),
    dict(k="pia_spending", ref=3905, rep="PIA14", typ=NR, status="Superseded", upd="21st June 2016", final="closed",
         text="In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector."),
    dict(k="cb_thrr", ref=4829, rep="CB14", typ=NR, status="Superseded", upd="3rd November 2016", final="closed",
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."),
    dict(k="ttr_governance", ref=6114, rep="TTR15", typ=NR, status="Complete", upd="8th August 2016", final="closed",
         text="Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full."),
    dict(k="ttr_demand", ref=6115, rep="TTR15", typ=NR, status=BP, upd="19th February 2020", final="open",
         text="Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
         lp="Amber – FLU restructure out to consultation."),
    dict(k="ttr_expired", ref=6116, rep="TTR15", typ=NR, status=BP, upd="19th February 2020", final="open",
         text="Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records."),
    dict(k="ttr_permits", ref=6117, rep="TTR15", typ=NR, status=BP, upd="19th February 2020", final="open",
         text="Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
         lp="Complete – NFLMS temporary permit audit done Feb 21. Evidence sent 12/03.",
         me="Received – it is with the firearms portfolio lead for review. Remains open until then."),
    dict(k="sf_leadership", ref=8395, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="open",
         text="Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
         lp="Amber – MSHT governance board set up Jan 21."),
    dict(k="sf_intel", ref=8396, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="open",
         text="Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible"),
    dict(k="sf_s45", ref=8397, rep="SF17", typ=NR, status="Complete", upd="2nd March 2020", final="closed",
         text="Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.",
         lp="Amber on our side – s45 guidance refresh due May.",
         me="This was closed as Complete in March 2020 on the basis of the revisit – no need to keep it open."),
    dict(k="sf_nrm", ref=8398, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="open",
         text="Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
         lp="Green – NRM / duty to notify SPOC in place, all referrals audited. Evidence to follow."),
    dict(k="sf_ncrs", ref=8399, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="closed",
         text="Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
         lp="FCR audit Dec 20 – 97% compliant. Evidence sent 12/03 – request closure.",
         me="Agreed – closed on the register today."),
    dict(k="sf_invest", ref=8400, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="open",
         text="Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas)."),
    dict(k="sf_prevent", ref=8401, rep="SF17", typ=NR, status=BP, upd="2nd March 2020", final="open",
         text="Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited."),
    dict(k="eff_digital", ref=8468, rep="EFF17", typ=NR, status=BP, upd="14th May 2019", final="open",
         text="By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
         lp="Green – Digital Policing Strategy approved at Exec Board."),
    dict(k="leg_coc", ref=8571, rep="LEG17", typ=COC, status=BP, upd="14th May 2019", final="open",
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain."),
    dict(k="leg_monitor", ref=8572, rep="LEG17", typ=NR, status=("strike", BP, " Complete 09/04/21 ME"), upd="14th May 2019", final="closed",
         text="By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
         lp="Green – S&S scrutiny dashboard live since 2019. Evidence sent 12/03.",
         me="Agreed – closed."),
    dict(k="leg_disparity", ref=8573, rep="LEG17", typ=NR, status=BP, upd="14th May 2019", final="open",
         text="Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;"),
    dict(k="leg_publish", ref=8574, rep="LEG17", typ=NR, status=BP, upd="14th May 2019", final="open",
         text="We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."),
    dict(k="leg_training", ref=8575, rep="LEG17", typ=NR, status=BP, upd="14th May 2019", final="open",
         text="By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
         lp="Amber – we track this under the 2021 spotlight report."),
    dict(k="wm_coc1", ref=9301, rep="WM19", typ=COC, status=BP, upd="18th January 2021", final="open",
         text="The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people."),
    dict(k="wm_capability", ref=9302, rep="WM19", typ=REC, status="Complete", upd="18th January 2021", final="closed",
         text="HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and"),
    dict(k="wm_vulnerab", ref=9303, rep="WM19", typ=REC, status=BP, upd="18th January 2021", final="open",
         text="HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
         lp="Submitted 12/03 – joint review signed off at the Safeguarding Board.",
         me="Not yet – I need to see how the review findings have been implemented. Stays open."),
    dict(k="wm_skills", ref=9304, rep="WM19", typ=REC, status="Superseded", upd="18th January 2021", final="closed",
         text="HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
         lp="Amber – skills audit phase 2 under way.",
         me="Superseded – will be looked at again in PEEL 2021/22. Close on your side."),
    dict(k="wm_warks", ref=9305, rep="WM19", typ=REC, status="Complete", upd="18th January 2021", final="closed",
         text="HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
         lp="Closed on our tracker."),
    dict(k="wm_opmodel", ref=9306, rep="WM19", typ=REC, status="Complete", upd="18th January 2021", final="closed",
         text="HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;"),
    dict(k="wm_consult", ref=9307, rep="WM19", typ=REC, status=BP, upd="18th January 2021", final="open",
         text="HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
         lp="Amber – consultation framework being agreed with the OPCC."),
    dict(k="wm_coc2", ref=9308, rep="WM19", typ=COC, status=BP, upd="18th January 2021", final="open",
         text="The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated."),
    dict(k="wm_supervise", ref=9309, rep="WM19", typ=REC, status=BP, upd="18th January 2021", final="open",
         text="HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
         lp="Green – ISU monthly supervision audits since Oct 20. Request closure.",
         me="Will close once I have seen the Q4 audit results – please send."),
    dict(k="wm_digital", ref=9310, rep="WM19", typ=REC, status=("strike", BP, " Complete (ME 09/04)"), upd="18th January 2021", final="closed",
         text="HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
         lp="Amber – DFU backlog down to 6 wks, kiosks now in all hubs.",
         me="Improvement seen at the 2020 revisit – closed on the register today."),
    dict(k="wm_rui", ref=9311, rep="WM19", typ=REC, status=BP, upd="18th January 2021", final="open",
         text="HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;"),
    dict(k="dup_comms", ref=10412, rep="DUP21", typ=NR, status=AR, upd="5th March 2021", final="open",
         text="By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation."),
    dict(k="dup_cpd", ref=10413, rep="DUP21", typ=NR, status=AR, upd="5th March 2021", final="open",
         text="By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage."),
    dict(k="dup_bwv", ref=10414, rep="DUP21", typ=NR, status=AR, upd="5th March 2021", final="open",
         text="By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice."),
    dict(k="dup_uof", ref=10416, rep="DUP21", typ=NR, status=AR, upd="5th March 2021", final="open",
         text="By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
         lp="Amber – target date July 22."),
]

# Rows the force added under the table in its reply (LP), answered by the FLL (ME).
# Only the first became an HMICFRS item: the FLL typed its Ref and Status into the row.
ADDED = [
    dict(k="im_nfa", item=True, ref=5127, rep_txt="Integrity Matters 2015", typ="National rec", status=BP, final="open",
         text="By 31 Aug 2015 all chief constables should satisfy themselves they have processes in place to ensure investigations into misconduct by officers & staff resulting in 'no further action' are fair and free of any form of discrimination.",
         lp="Open (Amber) on our tracker – not on your list?",
         me="Apologies – this dropped off the extract. Still open on the register, ref and status added."),
    dict(k=None, item=False, ref=None, rep_txt="Disproportionate use of police powers (Feb 21)", typ="National rec", status=None,
         text="The Home Office and the NPCC should take steps to ensure the quality of data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. HO to publish this data asap.",
         lp="WHITE on our tracker (HO/NPCC). Is this held against us?",
         me="No – that one is addressed to the Home Office and NPCC, it is not held against West Mercia. Nothing needed.",
         note="force query row: the FLL says this recommendation is not held against the force (not an HMICFRS item)"),
    dict(k=None, item=False, ref=None, rep_txt="PEEL Legitimacy 2017", typ="National rec", status=None,
         text="Where disparities identified – demonstrate to the public action taken to reduce the disparity, where necessary",
         lp="Amber on tracker (2nd of 2 rows) – not on your list?",
         me="This is the second bullet of 8573 above – we hold both bullets as one recommendation.",
         note="force query row: the FLL says it is the second bullet of 8573, already listed above (not a separate HMICFRS item)"),
]

# --------------------------------------------------------------------------------------
# Force tracker rows (as of 31/03/2021). `hm` = key of the HMICFRS item it belongs to
# (None = not on the HMICFRS list). `conflict` = the kind of conflict, if any.
# --------------------------------------------------------------------------------------
D = dt.datetime
SUB = D(2021, 3, 12)
FORCE = [
    dict(no="1", ref=None, rep="HMIC Stop & Search 2013", pub=D(2013, 7, 9), typ="National Rec", hm="ss_monitor",
         text="Chief Constables should establish or improve monitoring of the way officers stop and search people, so they can be satisfied officers are acting in accordance with the law (incl. equality legislation and the Code of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust.",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="S&S scrutiny panel + quarterly dip sampling in place. Closed by HMIC Oct 15.", rag="GREEN", st="Closed", sub=None),
    dict(no="2", ref=None, rep="HMIC Stop & Search 2013", pub=D(2013, 7, 9), typ="National Rec", hm=None,
         text="Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="College of Policing to deliver (APP). Force will adopt once published.", rag="WHITE", st="N/A", sub=None),
    dict(no="3", ref=None, rep="Everyone's Business (DA) 2014", pub=D(2014, 3, 27), typ="National Rec", hm="eb_plan",
         text="By Sept 2014 every force to establish and publish an action plan specifying in detail what steps it will take to improve its approach to domestic abuse (developed in consultation with PCC, DA support orgs and victims reps; after consideration of all recs in the report; with ref to DHRs & IPCC findings; drawing on CPS scrutiny panels / MARAC self-assessments). Chief officers to oversee full implementation.",
         lead="ACC Crime", owner="D/Supt Public Protection", upd="DA delivery plan now part of Vulnerability Improvement Plan - last reviewed Feb 21", rag="AMBER", st="Open", sub=None),
    dict(no="4", ref=None, rep="Policing in Austerity 2014", pub="Jul-14", typ="National Rec", hm="pia_savings",
         text="All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing budgets, using data in this report and HMIC VfM profiles.",
         lead="Director of Finance", owner="Head of Finance", upd="Addressed through MTFP. Closed.", rag="GREEN", st="Closed", sub=None),
    dict(no="5", ref=None, rep="Policing in Austerity 2014", pub="Jul-14", typ="National Rec", hm="pia_collab10",
         text="CCs & PCCs in forces planning to deliver less than 10% of savings through collaboration should assess whether there is scope to improve on this position.",
         lead="Director of Finance", owner="Head of Change", upd="Collab review on hold pending alliance exit - revisit 21/22", rag="AMBER", st="Open", sub=None),
    dict(no="6", ref=None, rep="Policing in Austerity 2014", pub="Jul-14", typ="National Rec", hm="pia_frontline",
         text="Chief Constables and PCCs in forces planning to reduce the proportion of workforce/officers on the front line should assess whether they have taken the decisive action seen in many forces to maintain crime fighting capacity.",
         lead="DCC", owner="Head of Change", upd="Closed - see PEEL Efficiency.", rag="GREEN", st="Closed", sub=None),
    dict(no="7", ref=None, rep="Policing in Austerity 2014", pub="Jul-14", typ="National Rec", hm="pia_spending",
         text="In preparation for next spending round all CCs and PCCs should review plans for collaboration - scope for better VfM and improved capability & capacity through joint working with other forces, public and/or private sector.",
         lead="DCC", owner="Head of Change", upd="Closed.", rag="GREEN", st="Closed", sub=None),
    dict(no="8", ref=None, rep="Core Business 2014", pub="Sep 2014", typ="National Rec", hm="cb_thrr",
         text="Not later than 31 March 2015, forces using a THRR policy should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
         lead="ACC Local Policing", owner="OCC Supt", upd="THRIVE adopted in OCC 2015.", rag="GREEN", st="Closed", sub=None),
    dict(no="9", ref="5127", rep="Integrity Matters 2015", pub=D(2015, 1, 30), typ="National Rec", hm="im_nfa",
         text="By 31 Aug 2015 all chief constables should satisfy themselves they have processes in place to ensure investigations into misconduct by officers & staff resulting in 'no further action' are fair and free of any form of discrimination.",
         lead="DCC", owner="Head of PSD", upd="PSD disproportionality dip sample planned Q1 21/22", rag="AMBER", st="Open", sub=None),
    dict(no="10", ref="6114", rep="Targeting the Risk (Firearms Licensing)", pub=D(2015, 9, 15), typ="National Rec", hm="ttr_governance",
         text="Within 3 months, all chief constables should assess how well governance of firearms licensing in the force meets the standards in APP. Where standards not being complied with put in place immediately correct arrangements & procedures to meet standards in full.",
         lead="ACC Local Policing", owner="Firearms Licensing Manager", upd="Governance reviewed against APP 2015. Closed by HMIC.", rag="GREEN", st="Closed", sub=None),
    dict(no="11", ref="6115", rep="Targeting the Risk (Firearms Licensing)", pub=D(2015, 9, 15), typ="National Rec", hm="ttr_demand",
         text="Within three months, assess the demand placed on the firearms licensing dept and ensure it has capacity to meet this demand and provide an efficient and effective service at all times.",
         lead="ACC Local Policing", owner="Firearms Licensing Manager", upd="FLU restructure out to consultation Mar 21", rag="AMBER", st="Open", sub=None),
    dict(no="12", ref="6117", rep="Targeting the Risk (Firearms Licensing)", pub=D(2015, 9, 15), typ="National Rec", hm="ttr_permits",
         text="Within three months, ensure arrangements for temporary permits are in accordance with HO guidance; temp permits properly recorded without delay on NFLMS; effective systems exist so certificate holders are not permitted at any time to remain in unlawful posession of a firearm.",
         lead="ACC Local Policing", owner="Firearms Licensing Manager", upd="Audit of all temp permits on NFLMS completed Feb 21 - no issues. Evidence to HMICFRS 12/03.", rag="GREEN", st="Submitted for closure", sub=SUB),
    dict(no="13a", ref="8395", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_leadership",
         text="Within twelve months, review leadership and governance arrangements for MSHT to ensure senior leaders prioritise the response to modern slavery and human trafficking",
         lead="ACC Crime", owner="D/Supt PPU", upd="MSHT governance board set up Jan 21, chaired by ACC", rag="AMBER", st="Open", sub=None),
    dict(no="13b", ref="8395", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_leadership",
         text="...to ensure every incident of MS/HT identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively",
         lead="ACC Crime", owner="D/Supt PPU", upd="MSHT investigations now allocated to CID - training for DCs booked", rag="AMBER", st="Open", sub=None),
    dict(no="13c", ref="8395", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_leadership",
         text="...to ensure the force develops effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims",
         lead="ACC Crime", owner="D/Supt PPU", upd="Anti-slavery partnership across 4 LAs - ISA being drafted", rag="AMBER", st="Open", sub=None),
    dict(no="14", ref="8396", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_intel",
         text="Within twelve months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence to safeguard victims better and identify suspects as early as possible.",
         lead="ACC Crime", owner="D/Supt PPU", upd="ISA drafted with GLAA and 2 of 4 LAs", rag="AMBER", st="Open", sub=None),
    dict(no="15", ref="8397", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_s45",
         text="Immediately, ensure all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the s45 defence.",
         lead="ACC Crime", owner="D/Supt PPU", upd="s45 guidance refresh with CPS due May 21", rag="AMBER", st="Open", sub=None),
    dict(no="16", ref="8398", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_nrm",
         text="Immediately, take steps to ensure full compliance with the NRM process as it evolves and implement the requirement under MSA 2015 to notify the Home Office of any individual suspected to be an adult victim of MS/HT (Duty to Notify).",
         lead="ACC Crime", owner="D/Supt PPU", upd="NRM/DtN SPOC in place, 100% of referrals audited Q3. Evidence pack to be sent.", rag="GREEN", st="Open", sub=None),
    dict(no="17", ref="8399", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_ncrs",
         text="Immediately, ensure full compliance with NCRS for MSHT offences, and sufficient audit capacity available to the FCR to provide reassurance gaps in crime-recording accuracy for these offences are identified and managed.",
         lead="DCC", owner="Force Crime Registrar", upd="FCR audit Dec 20 - 97% compliance. Submitted 12/03.", rag="GREEN", st="Submitted for closure", sub=SUB),
    dict(no="18", ref="8400", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_invest",
         text="Immediately, ensure allegations or indications of MSHT are thoroughly investigated and effectively supervised by teams/individuals with the skills and experience to undertake them (incl. JITs and other means to obtain intelligence & evidence from overseas agencies).",
         lead="ACC Crime", owner="Head of CID", upd="Past deadline. Supervision standards for MSHT not yet embedded - see ISU audit", rag="RED", st="Open", sub=None),
    dict(no="19", ref="8401", rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="National Rec", hm="sf_prevent",
         text="Immediately, review use of preventative powers under the MSA 2015 so that opportunities to restrict activities of those posing a clear threat re MSHT offences are exploited.",
         lead="ACC Crime", owner="D/Supt PPU", upd="STRO/STPO guidance issued; uptake still low (3 orders 2020)", rag="AMBER", st="Open", sub=None),
    dict(no="20", ref="8468", rep="PEEL Efficiency 2017 (national)", pub=D(2017, 11, 9), typ="National Rec", hm="eff_digital",
         text="By Sept 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. (HO, NPCC and APCC to support via national framework for digitally enabled services across force boundaries.)",
         lead="Director of Enabling Services", owner="Head of Digital", upd="Digital Policing Strategy 2019-22 approved at Exec Board. Ready to submit.", rag="GREEN", st="Open", sub=None),
    dict(no="21", ref=None, rep="CDI inspection - Devon & Cornwall (learning)", pub=None, typ="Learning (other force)", hm=None,
         text="Within six months the force should put in place arrangements to ensure that: at the point of report, victims are believed; call handler/caller conversations are summarised accurately in the incident log; multiple crimes are always recorded; the practice of awaiting medical examinations or video interviews before crime-recording decisions is stopped; online reports of crime are triaged at the point of receipt.",
         lead="DCC", owner="Force Crime Registrar", upd="Self assessment v D&C recs - gap on online reports triage", rag="AMBER", st="Open", sub=None),
    dict(no="22", ref="8572", rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="National Rec", hm="leg_monitor",
         text="By July 2018, forces should be regularly and frequently monitoring a comprehensive set of data on use of S&S to understand: reasons for any disproportionate representation of different ethnic groups; extent find rates differ between ethnicities and across types of search (incl. drug possession vs supply); prevalence of possession-only drug searches and alignment with local/force priorities.",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="S&S dashboard live since 2019, reviewed at scrutiny panel. Submitted 12/03.", rag="GREEN", st="Submitted for closure", sub=SUB),
    dict(no="23a", ref="8573", rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="National Rec", hm="leg_disparity",
         text="Where forces identify disparities through monitoring, demonstrate to the public they have carried out research and analysis in an attempt to understand the reasons for the disparity",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="Disproportionality analysis with Uni of Worcester - report due Jun 21", rag="AMBER", st="Open", sub=None),
    dict(no="23b", ref=None, rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="National Rec", hm="leg_disparity",
         text="Where disparities identified – demonstrate to the public action taken to reduce the disparity, where necessary",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="Dependent on 23a", rag="AMBER", st="Open", sub=None),
    dict(no="24", ref="10412", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_comms",
         text="By July 2022, ensure officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management (in addition to existing conflict management/de-escalation training).",
         lead="ACC Local Policing", owner="Head of L&D", upd="New rec - owner allocated 08/03", rag="AMBER", st="Open", sub=None),
    dict(no="25", ref="10413", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_cpd",
         text="By July 2021, ensure communication skills are reinforced as part of CPD for officers and staff, and supervisors supported to routinely and frequently debrief officers on these skills using BWV footage.",
         lead="ACC Local Policing", owner="Head of L&D", upd="New rec - owner allocated 08/03", rag="AMBER", st="Open", sub=None),
    dict(no="26a", ref="10414", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_bwv",
         text="By Sept 2021 – officers record on BWV (when available) the entirety of all stop and search encounters, incl. traffic stops and use of force incidents.",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="BWV policy being updated", rag="AMBER", st="Open", sub=None),
    dict(no="26b", ref="10414", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_bwv",
         text="By Sept 2021 – structured process for regularly reviewing & monitoring internally a sufficient sample of BWV footage to identify & disseminate learning and hold officers to account when behaviour falls below acceptable standards.",
         lead="ACC Local Policing", owner="Ch Insp S&S lead", upd="Dip sample process drafted", rag="AMBER", st="Open", sub=None),
    dict(no="26c", ref="10414", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_bwv",
         text="By Sept 2021 – provide external scrutiny panel members with access to samples of BWV footage of S&S encounters and use of force incidents, taking account of safeguards in CoP APP.",
         lead="ACC Local Policing", owner="OPCC / Ch Insp S&S lead", upd="Agreed in principle with OPCC scrutiny panel chair", rag="AMBER", st="Open", sub=None),
    dict(no="27", ref="10416", rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="dup_uof",
         text="By July 2022, forces should ensure they have effective internal monitoring processes on the use of force, to help identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
         lead="ACC Local Policing", owner="Head of OST", upd="UoF data now in Qlik - monitoring process to be agreed", rag="AMBER", st="Open", sub=None),
    dict(no="28", ref=None, rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm=None,
         text="The Home Office and the NPCC should take steps to ensure the quality of data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. HO to publish this data asap.",
         lead="n/a", owner="n/a", upd="For HO / NPCC - not ours to deliver", rag="WHITE", st="N/A", sub=None),
    dict(no="29", ref=None, rep="Disproportionate use of police powers 2021", pub=D(2021, 2, 26), typ="National Rec", hm="leg_training",
         text="By July 2018, and ongoing, forces to ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
         lead="ACC Local Policing", owner="Head of L&D", upd="UB e-learning at 84% completion", rag="AMBER", st="Open", sub=None),
    dict(no="30", ref="9301", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Cause of Concern", hm="wm_coc1",
         text="CAUSE OF CONCERN: The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment, weaknesses in investigative approach and approach to safeguarding vulnerable people.",
         lead="DCC", owner="Head of Change", upd="See recs 31-36", rag="AMBER", st="Open", sub=None),
    dict(no="31", ref="9302", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_capability",
         text="Immediately – conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and pressures placed upon them",
         lead="ACC Crime", owner="Head of CID", upd="Workload review complete. Closed by HMICFRS Jan 21.", rag="GREEN", st="Closed", sub=None),
    dict(no="32", ref="9303", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_vulnerab",
         text="Immediately – conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people.",
         lead="ACC Crime", owner="D/Supt Public Protection", upd="Joint review signed off at Safeguarding Board Feb 21. Submitted 12/03.", rag="GREEN", st="Submitted for closure", sub=SUB),
    dict(no="33", ref="9304", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_skills",
         text="Immediately – expand the skills project work to include an assessment of all skills (not only operational) incl. potential future skills requirements, to inform workforce plans.",
         lead="Director of People", owner="Head of HR", upd="Skills audit phase 2 under way - due Sept 21", rag="AMBER", st="Open", sub=None),
    dict(no="34", ref="9350", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_warks",
         text="Immediately – agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services.",
         lead="DCC", owner="Head of Change", upd="Alliance exit completed. Closed by HMICFRS.", rag="GREEN", st="Closed", sub=None),
    dict(no="35", ref="9306", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_opmodel",
         text="Immediately – clearly define new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia.",
         lead="DCC", owner="Head of Change", upd="Operating model live Oct 19. Closed by HMICFRS.", rag="GREEN", st="Closed", sub=None),
    dict(no="36", ref="9307", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="AFI", hm="wm_consult",
         text="Improve arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of consultation.",
         lead="DCC", owner="Head of Corp Comms", upd="Consultation framework being agreed with OPCC", rag="AMBER", st="Open", sub=None),
    dict(no="37", ref="9308", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Cause of Concern", hm="wm_coc2",
         text="CAUSE OF CONCERN: The force does not have the capacity or capability to investigate crime effectively and this is affecting the service provided to the public. Failings in the way crimes are being investigated.",
         lead="ACC Crime", owner="Head of CID", upd="See recs 38-40. Investigation improvement plan.", rag="AMBER", st="Open", sub=None),
    dict(no="38", ref="9309", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_supervise",
         text="Within 6 months – ensure regular and active supervision of the quality and progress of investigations. Supervision should be properly recorded.",
         lead="ACC Crime", owner="Head of CID", upd="ISU monthly supervision audits since Oct 20 - 88% compliant. Submitted 12/03.", rag="GREEN", st="Submitted for closure", sub=SUB),
    dict(no="39", ref="9310", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_digital",
         text="Within 6 months – improve ability to retrieve digital evidence from mobile phones, computers and other devices quickly enough to ensure investigations are not delayed.",
         lead="ACC Crime", owner="DFU Manager", upd="DFU backlog down to 6 wks; kiosks in all hubs", rag="AMBER", st="Open", sub=None),
    dict(no="40", ref="9311", rep="PEEL 2018/19", pub=D(2019, 9, 27), typ="Recommendation", hm="wm_rui",
         text="Within 6 months – improve understanding of suspects released under investigation (RUI) and management of those released on bail.",
         lead="ACC Crime", owner="Custody & CJ Supt", upd="RUI dashboard in development", rag="AMBER", st="Open", sub=None),
]

CONFLICTS = {
    "sf_leadership": "conflict (missing bullet): HMICFRS 8395 has four bullets; the force split it into rows 13a-13c and has no row for the fourth bullet (performance and quality assurance measures to assess the service to victims)",
    "sf_intel": "conflict (timescale): HMICFRS 8396 says 'Within six months'; the force row says 'Within twelve months'",
    "leg_training": "conflict (report): HMICFRS 8575 is from PEEL: Police legitimacy 2017 (its text is 'By July 2018'); the force files it under Disproportionate use of police powers 2021, with no ref",
    "dup_uof": "conflict (deadline): HMICFRS 10416 says 'By July 2021'; the force row says 'By July 2022' (LP's comment 'target date July 22' repeats the error)",
    "wm_warks": "conflict (reference): same text and both closed, but the force's ref is 9350 (digits transposed); HMICFRS ref is 9305 and 9350 is on no list",
    "wm_consult": "conflict (type): HMICFRS 9307 is a Recommendation under the alliance cause of concern; the force records it as an AFI",
}

FORCE_DONE_RAG = {"GREEN", "WHITE"}
FORCE_DONE_ST = {"Submitted for closure", "Closed"}


def force_done(r):
    return r["rag"] in FORCE_DONE_RAG or r["st"] in FORCE_DONE_ST


def category(hm_final, done):
    if hm_final == "open":
        return "closeable_submit" if done else "in_sync"
    return "in_sync" if done else "closeable_local"


# --------------------------------------------------------------------------------------
# Writing the HMICFRS side: the pasted email thread
# --------------------------------------------------------------------------------------
def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "", "author": "Pritchard Lauren", "company": "West Mercia Police",
                       "created": dt.datetime(2021, 4, 12, 8, 55, 0)})
    ws = wb.add_worksheet(HM_SHEET)
    base = {"font_name": "Calibri", "font_size": 11}
    f_txt = wb.add_format(dict(base))
    f_bold = wb.add_format(dict(base, bold=True))
    f_cls = wb.add_format(dict(base, bold=True, font_color="#008000"))
    f_grey = wb.add_format(dict(base, font_color="#7F7F7F", font_size=8))
    f_hdr = wb.add_format(dict(base, bold=True, bg_color="#1F3864", font_color="#FFFFFF", text_wrap=True,
                               valign="top", border=1))
    f_cell = wb.add_format(dict(base, text_wrap=True, valign="top", border=1))
    f_lp = wb.add_format(dict(base, text_wrap=True, valign="top", border=1, font_color="#0070C0"))
    f_me = wb.add_format(dict(base, text_wrap=True, valign="top", border=1, font_color="#00B050"))
    f_strike = wb.add_format(dict(base, font_strikeout=True))
    f_me_run = wb.add_format(dict(base, font_color="#00B050"))
    f_lp_hdr = wb.add_format(dict(base, bold=True, text_wrap=True, valign="top", border=1, font_color="#0070C0",
                                  bg_color="#DDEBF7"))
    f_hdr_lp = wb.add_format(dict(base, bold=True, bg_color="#0070C0", font_color="#FFFFFF", text_wrap=True,
                                  valign="top", border=1))
    f_hdr_me = wb.add_format(dict(base, bold=True, bg_color="#00B050", font_color="#FFFFFF", text_wrap=True,
                                  valign="top", border=1))
    widths = [8, 34, 13, 16, 80, 17, 17, 38, 42]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)

    nonitems = []  # (row, description)
    rows = {}      # item key -> excel row
    r = 0  # zero-based

    def line(text, fmt=f_txt, what="email text"):
        nonlocal r
        if text is None:
            nonitems.append((r + 1, "blank line of the pasted email"))
        else:
            ws.write_string(r, 0, text, fmt)
            nonitems.append((r + 1, what))
        r += 1

    line("OFFICIAL", f_cls, "email classification banner (OFFICIAL)")
    line("From: Ellison, Mark <Mark.Ellison@hmicfrs.gov.uk>", what="email header of the FLL's reply (From)")
    line("Sent: 09 April 2021 15:47", what="email header (Sent)")
    line("To: Pritchard Lauren <Lauren.Pritchard@westmercia.police.uk>", what="email header (To)")
    line("Cc: Org Learning Mailbox; HMICFRS Force Liaison Midlands", what="email header (Cc)")
    line("Subject: RE: West Mercia Police – HMICFRS recommendations held (extract 12/03/21)", what="email header (Subject)")
    line(None)
    line("Hi Lauren,", what="email body, FLL's reply")
    line("Thanks for these. My responses are in the green column on the right (ME 09/04). I have closed 8399, 8572 and 9310 on the register today. "
         "5127 dropped off the extract by mistake and is still open – I've added the ref and status to your row at the bottom.",
         what="email body, FLL's reply (names the closures made on 09/04)")
    line("Of the other two you added: the Home Office/NPCC one isn't held against West Mercia and the disparities one is part of 8573. "
         "Anything you've submitted that I haven't closed stays open until we have reviewed the evidence.",
         what="email body, FLL's reply")
    line("Kind regards", what="email sign-off")
    line("Mark", what="email sign-off")
    line(None)
    line("Mark Ellison | Force Liaison Lead | HM Inspectorate of Constabulary and Fire & Rescue Services", f_grey, "FLL signature block")
    line("West Mercia, Warwickshire, Staffordshire, West Midlands | 07700 900417", f_grey, "FLL signature block")
    line(None)
    line("From: Pritchard Lauren <Lauren.Pritchard@westmercia.police.uk>", what="quoted email header of the force's reply (From)")
    line("Sent: 29 March 2021 11:02", what="quoted email header (Sent)")
    line("To: Ellison, Mark <Mark.Ellison@hmicfrs.gov.uk>", what="quoted email header (To)")
    line("Subject: RE: West Mercia Police – HMICFRS recommendations held (extract 12/03/21)", what="quoted email header (Subject)")
    line(None)
    line("Mark,", what="quoted email body, force's reply")
    line("Our comments are in the blue column I've added (LP). Where we say complete the evidence went over on 12/03. "
         "There are also three open on our tracker that I can't see on your list – I've put them at the bottom, can you check?",
         what="quoted email body, force's reply")
    line("Thanks, Lauren", what="quoted email sign-off")
    line("Lauren Pritchard | Risk & Organisational Learning | West Mercia Police", f_grey, "force analyst's signature block")
    line(None)
    line("From: Ellison, Mark", what="quoted email header of the FLL's original message (From)")
    line("Sent: 15 March 2021 09:31", what="quoted email header (Sent)")
    line("To: Pritchard Lauren", what="quoted email header (To)")
    line("Subject: West Mercia Police – HMICFRS recommendations held (extract 12/03/21)", what="quoted email header (Subject)")
    line(None)
    line("Lauren,", what="quoted email body, FLL's original message")
    line("As discussed, below is the definitive list of the recommendations and causes of concern we hold against West Mercia, taken from the register on 12/03/21. "
         "I've left in the ones closed since the last list so you can update your tracker. Complete and Superseded = closed on our side; "
         "Awaiting review and Being progressed = still open.",
         what="quoted email body, FLL's original message (defines the status words)")
    line("Could I have your comments by the end of the month, ahead of your JAC on 22 April?", what="quoted email body, FLL's original message")
    line(None)

    header = ["Ref", "Report", "Published", "Type", "Recommendation / cause of concern", "Status", "Last update",
              "West Mercia comment (LP 29/03)", "HMICFRS response (ME 09/04)"]
    for c, h in enumerate(header):
        ws.write_string(r, c, h, f_hdr_lp if c == 7 else f_hdr_me if c == 8 else f_hdr)
    nonitems.append((r + 1, "table header row (Ref, Report, Published, Type, text, Status, Last update, then the LP and ME columns added in the replies)"))
    header_row = r + 1
    r += 1

    # group HMICFRS items by report, in list order, merge Report/Published per block
    i = 0
    while i < len(HM):
        j = i
        while j + 1 < len(HM) and HM[j + 1]["rep"] == HM[i]["rep"]:
            j += 1
        title, pub = REPORTS[HM[i]["rep"]]
        if j > i:
            ws.merge_range(r, 1, r + (j - i), 1, title, f_cell)
            ws.merge_range(r, 2, r + (j - i), 2, pub, f_cell)
        else:
            ws.write_string(r, 1, title, f_cell)
            ws.write_string(r, 2, pub, f_cell)
        for it in HM[i:j + 1]:
            ws.write_number(r, 0, it["ref"], f_cell)
            ws.write_string(r, 3, it["typ"], f_cell)
            ws.write_string(r, 4, it["text"], f_cell)
            st = it["status"]
            if isinstance(st, tuple):
                ws.write_rich_string(r, 5, f_strike, st[1], f_me_run, st[2], f_cell)
            else:
                ws.write_string(r, 5, st, f_cell)
            ws.write_string(r, 6, it["upd"], f_cell)
            if it.get("lp"):
                ws.write_string(r, 7, it["lp"], f_lp)
            else:
                ws.write_blank(r, 7, None, f_lp)
            if it.get("me"):
                ws.write_string(r, 8, it["me"], f_me)
            else:
                ws.write_blank(r, 8, None, f_me)
            rows[it["k"]] = r + 1
            r += 1
        i = j + 1

    ws.merge_range(r, 0, r, 8, "LP – open on our tracker but not on the list above – can you check?", f_lp_hdr)
    nonitems.append((r + 1, "row the force added under the table in its reply: a heading for its three query rows (merged A:I)"))
    r += 1
    for a in ADDED:
        if a["ref"] is not None:
            ws.write_number(r, 0, a["ref"], f_me)
        else:
            ws.write_blank(r, 0, None, f_lp)
        ws.write_string(r, 1, a["rep_txt"], f_lp)
        ws.write_blank(r, 2, None, f_lp)
        ws.write_string(r, 3, a["typ"], f_lp)
        ws.write_string(r, 4, a["text"], f_lp)
        if a["status"]:
            ws.write_string(r, 5, a["status"], f_me)
        else:
            ws.write_blank(r, 5, None, f_lp)
        ws.write_blank(r, 6, None, f_lp)
        ws.write_string(r, 7, a["lp"], f_lp)
        ws.write_string(r, 8, a["me"], f_me)
        if a["item"]:
            rows[a["k"]] = r + 1
        else:
            nonitems.append((r + 1, a["note"]))
        r += 1

    line(None)
    line("Thanks", what="quoted sign-off of the FLL's original message")
    line("Mark", what="quoted sign-off")
    line(None)
    line("Mark Ellison | Force Liaison Lead | HM Inspectorate of Constabulary and Fire & Rescue Services", f_grey, "FLL signature block (original message)")
    line(None)
    line("This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. "
         "If you have received this email in error please notify the sender and delete it. Communications with HMICFRS may be monitored and/or recorded.",
         f_grey, "email disclaimer")
    line("OFFICIAL", f_cls, "email classification footer (OFFICIAL)")
    wb.close()
    return rows, nonitems, header_row


# --------------------------------------------------------------------------------------
# Writing the force side: an ordinary tracker
# --------------------------------------------------------------------------------------
def build_force(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Risk & Organisational Learning",
                       "company": "West Mercia Police", "created": dt.datetime(2021, 3, 31, 16, 20, 0)})
    ws = wb.add_worksheet(FO_SHEET)
    lists = wb.add_worksheet("Lists")
    base = {"font_name": "Arial", "font_size": 10}
    f_title = wb.add_format(dict(base, bold=True, font_size=14))
    f_sub = wb.add_format(dict(base, italic=True))
    f_hdr = wb.add_format(dict(base, bold=True, bg_color="#D9D9D9", border=1, text_wrap=True, valign="top"))
    f_cell = wb.add_format(dict(base, border=1, text_wrap=True, valign="top"))
    f_date = wb.add_format(dict(base, border=1, valign="top", num_format="dd/mm/yyyy"))
    rag_fmt = {
        "GREEN": wb.add_format(dict(base, border=1, bold=True, bg_color="#00B050", valign="top")),
        "AMBER": wb.add_format(dict(base, border=1, bold=True, bg_color="#FFC000", valign="top")),
        "RED": wb.add_format(dict(base, border=1, bold=True, bg_color="#FF0000", font_color="#FFFFFF", valign="top")),
        "WHITE": wb.add_format(dict(base, border=1, bold=True, bg_color="#FFFFFF", valign="top")),
    }
    f_key = wb.add_format(dict(base, italic=True, font_size=9))
    widths = [6, 10, 30, 12, 14, 70, 20, 22, 45, 9, 20, 14]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.freeze_panes(4, 0)

    nonitems = []
    ws.write_string(0, 0, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker", f_title)
    nonitems.append((1, "title"))
    ws.write_string(1, 0, "Owner: Risk & Organisational Learning   |   Last updated 31/03/2021   |   OFFICIAL", f_sub)
    nonitems.append((2, "subtitle (owner, last updated, classification)"))
    nonitems.append((3, "blank"))
    header = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Chief Officer Lead",
              "Owner", "Latest update", "RAG", "Status", "Date submitted for closure"]
    for c, h in enumerate(header):
        ws.write_string(3, c, h, f_hdr)
    nonitems.append((4, "header row"))
    ws.autofilter(3, 0, 3 + len(FORCE), len(header) - 1)

    rows = []
    r = 4
    for f in FORCE:
        ws.write_string(r, 0, f["no"], f_cell)
        if f["ref"] is None:
            ws.write_blank(r, 1, None, f_cell)
        else:
            ws.write_number(r, 1, int(f["ref"]), f_cell)
        ws.write_string(r, 2, f["rep"], f_cell)
        if isinstance(f["pub"], dt.datetime):
            ws.write_datetime(r, 3, f["pub"], f_date)
        elif f["pub"]:
            ws.write_string(r, 3, f["pub"], f_cell)
        else:
            ws.write_blank(r, 3, None, f_cell)
        ws.write_string(r, 4, f["typ"], f_cell)
        ws.write_string(r, 5, f["text"], f_cell)
        ws.write_string(r, 6, f["lead"], f_cell)
        ws.write_string(r, 7, f["owner"], f_cell)
        ws.write_string(r, 8, f["upd"], f_cell)
        ws.write_string(r, 9, f["rag"], rag_fmt[f["rag"]])
        ws.write_string(r, 10, f["st"], f_cell)
        if f["sub"]:
            ws.write_datetime(r, 11, f["sub"], f_date)
        else:
            ws.write_blank(r, 11, None, f_date)
        rows.append(r + 1)
        r += 1
    ws.data_validation(4, 9, r - 1, 9, {"validate": "list", "source": "=Lists!$A$2:$A$5"})
    ws.data_validation(4, 10, r - 1, 10, {"validate": "list", "source": "=Lists!$B$2:$B$5"})
    nonitems.append((r + 1, "blank"))
    r += 1
    key = ["RAG key:",
           "GREEN – recommendation implemented (submit evidence to HMICFRS for closure)",
           "AMBER – work ongoing, expected to be implemented",
           "RED – beyond deadline or cannot be implemented (rationale required)",
           "WHITE – not West Mercia's responsibility to deliver / dependent on another organisation"]
    for k in key:
        ws.write_string(r, 0, k, f_key)
        nonitems.append((r + 1, "RAG key note under the table"))
        r += 1

    lists.write_row(0, 0, ["RAG", "Status"], f_hdr)
    lists.write_column(1, 0, ["GREEN", "AMBER", "RED", "WHITE"])
    lists.write_column(1, 1, ["Open", "Submitted for closure", "Closed", "N/A"])
    wb.close()
    return rows, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows, hm_non, hm_header = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    fo_rows, fo_non = build_force(os.path.join(OUT, "tracker.xlsx"))

    items = {it["k"]: it for it in HM}
    for a in ADDED:
        if a["item"]:
            items[a["k"]] = a
    assert len(items) == len(hm_rows)

    truth = []
    used = set()
    for f, frow in zip(FORCE, fo_rows):
        fr = f"{FO_SHEET}!{frow}"
        if f["hm"] is None:
            truth.append(("", fr, "not_on_hmicfrs_list", _why_not_on(f)))
            continue
        it = items[f["hm"]]
        used.add(f["hm"])
        hr = f"{HM_SHEET}!{hm_rows[f['hm']]}"
        if f["hm"] in CONFLICTS:
            truth.append((hr, fr, "conflict", CONFLICTS[f["hm"]]))
        else:
            cat = category(it["final"], force_done(f))
            truth.append((hr, fr, cat, _why(it, f, cat)))
    for k, it in items.items():
        if k not in used:
            truth.append((f"{HM_SHEET}!{hm_rows[k]}", "", "missing_from_force",
                          f"HMICFRS {it['ref']} ({_status_words(it)}, open) has no row in the force tracker"))

    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)

    write_readme(truth, hm_rows, hm_non, hm_header, fo_rows, fo_non)


def _status_words(it):
    st = it["status"]
    if isinstance(st, tuple):
        return f"Status cell '{st[1]}' struck through, overtyped '{st[2].strip()}'"
    return f"Status '{st}'"


def _why(it, f, cat):
    hs = _status_words(it)
    me = it.get("me")
    if me:
        hs += f"; FLL: '{me}'"
    fs = f"force {f['rag']}/{f['st']}"
    side = "HMICFRS closed" if it["final"] == "closed" else "HMICFRS open"
    fd = "force done" if force_done(f) else "force open"
    extra = ""
    if f["hm"] in ("sf_leadership", "dup_bwv", "leg_disparity"):
        extra = f" (force No. {f['no']} is one of the rows the force split this item into)"
    return f"{side} ({hs}); {fd} ({fs}){extra}"


def _why_not_on(f):
    if f["no"] == "2":
        return "force row for the 2013 APP recommendation addressed to chief constables and the College of Policing; not on the HMICFRS list (WHITE on the tracker)"
    if f["no"] == "21":
        return "force's own learning row copied from Devon and Cornwall's CDI report; not an HMICFRS item held against West Mercia"
    if f["no"] == "28":
        return "recommendation addressed to the Home Office and NPCC; the FLL's reply says it is not held against West Mercia (force query row at the foot of the HMICFRS table)"
    raise AssertionError(f["no"])


def write_readme(truth, hm_rows, hm_non, hm_header, fo_rows, fo_non):
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]
    hm_items = sorted(hm_rows.values())
    hm_first, hm_last = hm_items[0], hm_items[-1]
    lines = []
    A = lines.append
    A(f"# {CASE}")
    A("")
    A("## The story")
    A("")
    A("West Mercia Police, April 2021. The HMICFRS Force Liaison Lead (FLL) sent the force's Risk & "
      "Organisational Learning analyst the definitive list of recommendations and causes of concern held "
      "against the force, as an HTML table in the body of an email (15 March 2021, 'taken from the register "
      "on 12/03/21'; closed items left in so the force can close them too). The analyst replied inline on "
      "29 March: she added a blue column of comments and, under the table, three rows for items open on her "
      "tracker that she could not see on the list. The FLL replied inline again on 9 April: a green column of "
      "responses, two Status cells overtyped (old word struck through, new word after it), one closure "
      "made on the register but written only in his response column, and the missing reference and status "
      "typed into one of the force's added rows. Before the Joint Audit Committee of 22 April the analyst "
      "selected the whole of the 9 April email (with the quoted thread) and pasted it into a blank workbook: "
      "that is `hmicfrs.xlsx`. The force side, `tracker.xlsx`, is the ordinary tracker as saved on 31 March.")
    A("")
    A("Texts are real HMICFRS texts (West Mercia's PEEL 2018/19 causes of concern and recommendations, and "
      "all-force recommendations from ten national reports, including the Stolen freedom and Policing in "
      "Austerity texts quoted in the 2017 JAC paper). The refs are plain integers in the style of the "
      "HMICFRS register (unique across the register, no prefix); the numbers themselves are invented. "
      "People are fictional.")
    A("")
    A("## The files")
    A("")
    A(f"### hmicfrs.xlsx — one sheet `{HM_SHEET}` (an Outlook email pasted into Excel)")
    A("")
    A("- Rows 1-" + str(hm_header - 1) + ": the email thread in column A (classification banner, the FLL's 9 April "
      "reply, signature, the quoted 29 March reply from the force, the quoted 15 March original). The 15 March "
      "text defines the status words.")
    A(f"- Row {hm_header}: the table header: `Ref | Report | Published | Type | Recommendation / cause of concern | "
      "Status | Last update | West Mercia comment (LP 29/03) | HMICFRS response (ME 09/04)`. The last two "
      "columns were added in the replies (blue = force, green = FLL).")
    A(f"- Rows {hm_header + 1}-{hm_header + len(HM)}: the FLL's {len(HM)} items, sorted by Ref. `Report` and "
      "`Published` (month and year, as text) are merged vertically over each report's block. `Last update` is "
      "the register's date in its own style ('2nd March 2020').")
    A(f"- Row {hm_header + len(HM) + 1}: a heading row the force added (merged A:I). Rows "
      f"{hm_header + len(HM) + 2}-{hm_header + len(HM) + 4}: the force's three query rows. Only the first "
      f"(row {hm_rows['im_nfa']}) is an HMICFRS item: the FLL typed its Ref (5127) and Status (Being progressed) "
      "into it and says it dropped off the extract. Its text is the force's abridged wording, not HMICFRS's. "
      "The other two are not items (see below).")
    A("- Then the original message's sign-off, signature, disclaimer and classification footer.")
    A(f"- Items: rows {', '.join(str(x) for x in hm_items)} ({len(hm_items)} items).")
    A("")
    A(f"### tracker.xlsx — sheet `{FO_SHEET}` (plus `Lists`, the drop-down values, not items)")
    A("")
    A("- Row 1 title, row 2 owner / last updated, row 3 blank, row 4 header: `No. | HMICFRS Ref | Report | "
      "Published | Type | Recommendation / AFI | Chief Officer Lead | Owner | Latest update | RAG | Status | "
      "Date submitted for closure`.")
    A(f"- Rows {fo_rows[0]}-{fo_rows[-1]}: {len(fo_rows)} item rows, one per recommendation, or one per bullet "
      "where the force split it (No. 13a-13c, 23a-23b, 26a-26c). Report names are the force's short names; "
      "Published is a real date where the force knew it, text ('Jul-14', 'Sep 2014') or blank otherwise; refs "
      "are filled for newer items only.")
    A("- Under the table: a blank row and a five-line RAG key.")
    A("")
    A("## Status rules applied")
    A("")
    A("HMICFRS (as defined in the FLL's 15 March message): `Complete`, `Superseded` = closed; `Awaiting review`, "
      "`Being progressed` = open. The row's current HMICFRS status is the Status cell as overtyped (a struck-through "
      "word is the old value, the word after it the new one), and then the FLL's 9 April response where it states "
      "a register action: 'closed on the register today' / 'Agreed – closed' = closed. 'Not yet', 'Remains open "
      "until then', 'Will close once I have seen…' = still open. The force's own comments in the blue column "
      "never change the HMICFRS status (a force saying 'complete' or 'request closure' is a claim, not a closure).")
    A("")
    A("Force: `GREEN` (implemented) and `WHITE` (not the force's to deliver) = done; `AMBER`, `RED` = open; "
      "Status `Submitted for closure` or `Closed` = done whatever the RAG (they always agree here). The force's "
      "status comes from the tracker, not from the force's comments pasted in the HMICFRS file.")
    A("")
    A("Category: HMICFRS open + force open = in_sync; HMICFRS closed + force done = in_sync; HMICFRS open + "
      "force done = closeable_submit; HMICFRS closed + force open = closeable_local; facts disagree = conflict "
      "(whatever the statuses).")
    A("")
    A("## Traps and how the truth decides them")
    A("")
    A("1. **The email around the table**: headers, bodies, signatures, disclaimer, banner — none are items; the "
      "table header is row " + str(hm_header) + ", not row 1.")
    A("2. **Closure written only in the FLL's column** (8399, NCRS audit): Status still says `Being progressed`, "
      "FLL: 'Agreed – closed on the register today'. HMICFRS closed; force GREEN/Submitted → in_sync (not "
      "closeable_submit).")
    A("3. **Struck-through overtypes in Status** (8572 and 9310): the cell reads 'Being progressed Complete…' "
      "as plain text; the struck word is the old status. 8572: force GREEN → in_sync. 9310: force AMBER → "
      "closeable_local.")
    A("4. **Force claims in the HMICFRS file** (6117, 9303, 9309): the force says complete/submitted; the FLL keeps "
      "them open ('Remains open', 'Not yet', 'Will close once…') → closeable_submit. 8398 and 8468: force GREEN, "
      "no FLL answer → closeable_submit.")
    A("5. **FLL confirms a closure the force has not taken** (2376, 3903, 8397, 9304 superseded/complete, force AMBER) → "
      "closeable_local.")
    A("6. **Rows the force added under the HMICFRS table**: 5127 became an HMICFRS item (FLL typed Ref + Status; "
      "open; force AMBER → in_sync). The Home Office/NPCC row is not an HMICFRS item (FLL: not held against "
      "West Mercia) → the force's WHITE No. 28 is not_on_hmicfrs_list. The disparities row is not an item (FLL: "
      "part of 8573) → the force's rows 23a and 23b both belong to 8573 (in_sync).")
    A("7. **Force splits**: 8395 → 13a-13c (and the fourth bullet has no row: conflict), 8573 → 23a-23b, 10414 → "
      "26a-26c (all three parts present: in_sync).")
    A("8. **Conflicts**, each decidable from the two rows:")
    for k, v in CONFLICTS.items():
        A(f"   - {v}.")
    A("9. **Missing from the force**: 6116 ('total expired' licensing records), 8571 (the national legitimacy "
      "cause of concern; the force tracks its recommendations but not the CoC), 8574 (publish the analysis "
      "annually) — all open on the register, with no force row.")
    A("10. **Not on the HMICFRS list**: force No. 2 (2013 APP recommendation for chief constables and the College, "
      "WHITE), No. 21 (Devon and Cornwall CDI text kept as learning), No. 28 (Home Office/NPCC, WHITE).")
    A("11. Merged Report/Published cells; `Published` as text ('September 2019') against the force's real dates; "
      "the register's stray footnote digits kept in HMICFRS texts ('intelligence 86', '…another force; and 20'); "
      "the force's abridgements ('MSHT', 'BWV', 'CoP APP', 'Within 6 months –'), typos ('posession', "
      "'officers capabilities').")
    A("")
    A("No `review` lines: every pair is decidable by eye.")
    A("")
    A("## Counts")
    A("")
    A(f"HMICFRS items: {len(hm_rows)}. Force item rows: {len(fo_rows)}. Truth lines: {len(truth)}.")
    A("")
    A("| category | truth lines |")
    A("|---|---|")
    for c in order:
        A(f"| {c} | {counts.get(c, 0)} |")
    A("")
    A("Per HMICFRS item (a split item counted once): " + ", ".join(
        f"{c} {n}" for c, n in _per_item(truth).items()) + ".")
    A("")
    A("## Rows that are not items")
    A("")
    A(f"### hmicfrs.xlsx, sheet {HM_SHEET}")
    A("")
    for rr, what in sorted(hm_non):
        A(f"- {HM_SHEET}!{rr}: {what}")
    A("")
    A(f"### tracker.xlsx, sheet {FO_SHEET}")
    A("")
    for rr, what in sorted(fo_non):
        A(f"- {FO_SHEET}!{rr}: {what}")
    A("")
    A("Sheet `Lists` (rows 1-5): drop-down values for RAG and Status; no items.")
    A("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def _per_item(truth):
    seen = {}
    for h, f, c, _ in truth:
        key = h or f
        seen.setdefault(key, c)
    out = {}
    for c in seen.values():
        out[c] = out.get(c, 0) + 1
    return out


if __name__ == "__main__":
    main()
