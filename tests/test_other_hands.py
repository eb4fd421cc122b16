"""Cases built by other hands than the matcher's (tests/eval/other_hands/, see its README):
each held at the figures it reached when its failures were mended. Raise a floor when the
matcher improves; never lower one to let a change in."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.evaluate import evaluate_case

CASES = Path(__file__).parent / "eval" / "other_hands"
#: case -> (pair F1, category accuracy, wrong pairs accepted without review) at the least.
FLOOR = {
    "ids_as_text_tracker": (0.99, 0.98, 0),
    "ten_years_joint": (0.99, 0.98, 1),
    "register_vs_plan_csv": (0.99, 0.96, 0),
    "sp_list_export": (0.99, 0.99, 0),
    "derbyshire_fire_plan": (0.98, 0.96, 0),
    "hostile_layout": (1.0, 1.0, 0),
    "btp_progress_chart": (1.0, 0.98, 0),
    "col_appendix_blocks": (1.0, 1.0, 0),
    # Held out at first (figures before any change they led to are in the README).
    "leics_frs_improvement_plan": (0.94, 0.87, 0),
    "jac_committee_appendix": (0.97, 0.93, 0),
    "opcc_mixed_tracker_csv": (1.0, 1.0, 0),
    # Held out in a third round (see the README).
    "shropshire_vertical_items": (0.88, 0.75, 0),
    "one_sheet_per_report": (0.98, 0.95, 0),
    "national_list_one_force": (1.0, 1.0, 0),
    # Round 4: held out for a whole session (0.976 / 0.845, 2 wrong and 0.906 / 0.723),
    # then mended in the next one.
    "word_appendix_pasted": (1.0, 0.98, 0),
    "performance_system_export": (1.0, 0.99, 0),
    # Round 5: first looked at 0.977 / 0.851, 1 wrong (six cases); four mended at once.
    "audit_and_inspection_mixed": (1.0, 0.97, 0),
    "open_and_archive_sheets": (0.995, 0.995, 0),    # 0.994 / 0.982 until round 59's rules
    "paragraph_afis": (0.98, 0.95, 0),
    "pct_complete_tracker": (1.0, 0.98, 0),
    # ... and two held out, never looked at for a change (first seen at 1.000 / 0.966 and
    # 1.000 / 0.923; lifted since by fixes found on other cases).
    "national_applicability": (1.0, 1.0, 0),
    "two_row_header": (1.0, 0.98, 0),   # struck-through rows read since (no longer held out)
    # Round 6: first looked at 0.946 / 0.761, 8 wrong (six cases); four mended at once.
    "closed_yes_no": (1.0, 0.98, 0),
    "semicolon_csv_european": (1.0, 1.0, 0),
    "two_text_columns": (1.0, 1.0, 0),
    "welsh_bilingual": (1.0, 1.0, 0),
    # ... and two held out, never looked at for a change (figures as first seen).
    "register_copied_from_web": (1.0, 0.985, 0),     # 0.959 until "Read more" rows (s19)
    "sharepoint_us_dates": (1.0, 1.0, 0),
    # Round 7: first looked at 0.525 / 0.453, 71 wrong (three cases); all three mended.
    "alliance_two_forces": (0.95, 0.92, 0),
    "planner_export": (0.98, 0.95, 0),
    "pdf_converted_appendix": (0.99, 1.0, 1),   # its slid pages read back (seventh session)
    # Round 8: first looked at 0.958 / 0.709, no wrong pair (four cases); three mended.
    "quarterly_committee_columns": (1.0, 1.0, 0),
    "narrative_cells_register": (1.0, 0.98, 0),
    "pcc_response_table": (1.0, 0.98, 0),
    # ... and one held out, never looked at for a change (figures as first seen).
    "liaison_list_department_sheets": (0.995, 0.93, 0),
    # Round 9: first looked at 0.760 / 0.535, 5 wrong (four cases); three mended.
    "risk_system_csv_export": (1.0, 0.97, 0),
    "outline_numbered_plan": (0.99, 0.955, 0),
    "one_row_per_report": (1.0, 0.96, 0),
    # ... and one held out (first seen 0.737 / 0.585; looked at in the sixteenth session,
    # after five rounds: fire rounds named by number, "As above" under an item).
    "fire_service_culture_plan": (0.9, 0.85, 0),
    # Round 10: first looked at 0.945 / 0.860 (three cases; the log's 20 "wrong" pairs were
    # its update rows read as actions); two mended.
    "updates_log_long_format": (1.0, 1.0, 0),
    "sharepoint_rich_text_export": (1.0, 1.0, 0),
    # ... and one held out, never looked at (figures as first seen).
    "portfolio_acronym_tracker": (1.0, 0.98, 0),
    # Round 11: first looked at 0.810 / 0.588, 5 wrong (three cases); two mended, one in part.
    "regional_five_forces": (0.85, 0.73, 0),
    "hmicfrs_list_from_pdf": (1.0, 0.96, 0),
    # ... and one held out (1.000 / 0.832 as first seen; looked at in the ninth session: its
    # BRAG key was written in one cell, GREEN "On track").
    "brag_formula_tracker": (1.0, 0.995, 0),     # 0.960 until round 59's rules
    # Round 12: first looked at 0.992 / 0.887 and 0.879 / 0.644 (two cases); both mended.
    "excel_table_with_summary": (1.0, 1.0, 0),
    "grouped_recs_combined_rows": (0.99, 0.98, 1),   # a range one wider than its row: 8542
    # Built after the held-out case's first look, to find its failures without looking at
    # it: every item in the force's own words (first looked at 0.617 / 0.492).
    "own_words_action_plan": (0.91, 0.71, 0),
    # ... and one held out (first seen 0.337 / 0.260, 20 wrong: a plan by theme in the
    # force's own words); looked at after three rounds: a copy of the HMICFRS wording on a few
    # rows had been taken for the text column.
    "themed_paraphrase_plan": (0.95, 0.88, 0),
    # Round 13: first looked at 0.038 / 0.268 (a risk system's export: dated notes read as
    # the text), 1.000 / 0.958 and 0.966 / 0.905, 2 wrong.
    "source_document_filenames": (1.0, 1.0, 0),
    "older_register_two_text_columns": (0.995, 0.995, 0),
    "theme_tracker_source_codes": (1.0, 0.98, 0),
    # ... and one held out, never looked at (figures as first seen).
    "dates_only_no_report_names": (1.0, 0.95, 0),
    # Round 14: first looked at 0.992 / 0.949 (type only in the sheet's name) and 0.904 /
    # 0.795, 2 wrong (the list pasted from an email, one column a row); both mended.
    "sheets_per_type": (1.0, 1.0, 0),
    "list_pasted_one_column": (1.0, 1.0, 0),
    # ... and one held out, never looked at: 1.000 / 0.612 as first seen (stages as Y/N
    # columns); lifted by round 15's checklist case, built like it by other hands.
    "yes_no_stage_columns": (1.0, 1.0, 0),
    # Round 15: built to find the held-out cases' failures without looking at them; first
    # looked at 1.000 / 0.545 and 0.814 / 0.621, 2 wrong.
    "stage_checklist_tracker": (1.0, 1.0, 0),
    "priority_plan_composite_codes": (0.96, 0.73, 0),
    # Round 16: first looked at 0.984 / 0.653 (a stale copy of HMICFRS's status read as the
    # force's), 0.981 / 0.748 (actions under an "Overall status") and 0.923 / 0.677 (one-line
    # summaries, "(HMICFRS 8411)" after them); all three mended, the last in part (0.953 /
    # 0.815 in the twenty-first session, a row's summaries of several items read one by one).
    "tracker_with_hmicfrs_status_copy": (0.99, 0.985, 0),
    "action_rows_per_recommendation": (0.985, 0.969, 0),
    "committee_one_line_summaries": (0.95, 0.81, 0),
    # ... and one held out, never looked at (figures as first seen).
    "hyperlink_report_column": (1.0, 0.96, 0),
    # Round 17: first looked at 0.991 / 0.971 (closed rows trimmed to their reference), 0.973
    # / 0.920 (sections by department) and 0.028 / 0.136 (a web register's export: "title"
    # read as the text, "field_reference" not read, a renamed force's items left out).
    "closed_rows_without_text": (0.99, 0.97, 0),
    "department_sections_tracker": (0.97, 0.93, 0),
    "register_html_export": (1.0, 0.98, 0),
    # ... and one held out, never looked at: 0.992 / 0.563, 1 wrong as first seen (each item's
    # status on the row under it); lifted by round 18's look-alike, built by other hands.
    "alternating_response_rows": (1.0, 0.98, 0),
    # Round 18: first looked at 0.800 / 0.609, 23 wrong (updates under each item, built like
    # round 17's held-out case), 0.826 / 0.393 (a report's items numbered in one cell) and
    # 0.958 / 0.571 (a sheet per year, items carried forward).
    "update_rows_under_items": (1.0, 1.0, 0),
    "several_items_in_one_cell": (0.96, 0.81, 0),
    "yearly_sheets_carried_forward": (0.985, 0.95, 0),
    # ... and one held out, never looked at (figures as first seen).
    "coc_children_register": (0.93, 0.87, 1),
    # Round 19: first looked at 0.883 / 0.893, 8 wrong (the list one row per bullet), 1.000 /
    # 0.634 (status by the text's colour) and 0.400 / 0.357 (tables stacked on one sheet,
    # each with its own header); all three mended.
    "hmicfrs_list_row_per_bullet": (1.0, 0.995, 0),
    "status_by_font_colour": (1.0, 0.92, 0),
    "stacked_tables_different_columns": (1.0, 0.98, 0),     # first look 0.400 / 0.357
    # ... and one held out, never looked at: 0.667 / 0.662 with 44 wrong as first seen; lifted
    # by round 20's look-alike (a pasted copy of the list beside the tracker sheet).
    "lookup_formula_text": (0.98, 0.965, 0),     # 0.942 / 0.923 until round 57's rules
    # Round 20: built like round 19's held-out case, first looked at 0.654 / 0.652, 49 wrong.
    "tracker_with_pasted_list_sheet": (0.98, 0.95, 0),
    # Round 21: first looked at 0.991 / 0.627 (a Lists app's CSV: CamelCase names, JSON
    # choices), 0.294 / 0.167 (a PCC's response table: its evidence read as the text) and
    # exit 2 (no header row); all three mended.
    "powerapps_list_export": (1.0, 0.98, 0),
    "response_accepted_statuses": (0.98, 0.79, 0),
    "tracker_without_header_row": (1.0, 1.0, 0),
    # ... and one held out, never looked at: 0.889 / 0.857 as first seen; 1.000 / 0.986 once
    # a link to an item's register page gave its reference (the rule written from the brief
    # of the case; round 23's look-alike, built after it, came out at 1.000 / 1.000).
    "ref_only_in_link": (1.0, 0.98, 0),
    # Round 22: first looked at 0.457 / 0.343 (a report's items across its row in pairs),
    # 1.000 / 0.973 (a RAG per review date) and 1.000 / 0.981 (an assurance register of many
    # sources); the first mended.
    "recs_across_columns": (0.97, 0.79, 0),
    "rag_history_columns": (1.0, 1.0, 0),
    "assurance_register_many_sources": (1.0, 0.98, 0),
    # ... and one held out, never looked at (figures as first seen).
    "pfcc_fire_and_police_one_sheet": (0.97, 0.89, 1),
    # Round 23: built like round 21's held-out case after its rule was written: first looked
    # at 0.905 / 0.863, 2 wrong (at da4c3b8); 1.000 / 1.000 with the rule.
    "portal_links_tracker": (1.0, 1.0, 0),
    # Round 24 (the tenth session; first runs at 1932cf1): first looked at 0.811 / 0.688, 1
    # wrong (two tables side by side), 0.987 / 0.932 (the list as the workbook a force is
    # sent) and 0.887 / 0.721 (a board's action log, reports only in labels); all mended.
    "side_by_side_tables": (0.98, 0.98, 1),      # an AFI typed into both tables: one item
    "definitive_list_workbook": (1.0, 1.0, 0),
    "governance_action_log": (0.97, 0.93, 0),
    # ... and one held out, never looked at: 1.000 / 0.930 as first seen (done by
    # strikethrough); lifted by rules found on other cases.
    "status_by_strikethrough": (1.0, 0.93, 0),
    # Round 25: built like held-out cases, to find their failures without looking at them:
    # report_link_addresses (like hyperlink_report_column; 0.947 / 0.739, 1 wrong),
    # pfcc_joint_tracker (like pfcc_fire_and_police_one_sheet; 0.976 / 0.844) and
    # causes_of_concern_parent_rows (like coc_children_register; 0.994 / 0.979).
    "report_link_addresses": (1.0, 0.985, 0),
    "pfcc_joint_tracker": (1.0, 1.0, 0),
    "causes_of_concern_parent_rows": (0.98, 0.97, 0),
    # Round 26: first looked at 1.000 / 0.987 (Excel's "Unicode Text" export), 1.000 / 0.765
    # (ticks in Wingdings beside a RAG) and 1.000 / 1.000 (superseded items in chains).
    "unicode_text_export": (1.0, 1.0, 0),
    "wingdings_ticks": (1.0, 1.0, 0),
    "superseded_chain": (1.0, 1.0, 0),
    # ... and one held out, never looked at: 0.959 / 0.793 as first seen (the force's own
    # transcription of the reports for a list, no register ids); lifted since by rules
    # found on other cases.
    "list_without_register_ids": (0.97, 0.91, 0),
    # Round 27: two built like held-out cases (struck_through_done like the strikethrough
    # case, 1.000 / 0.900 at 1932cf1; transcribed_definitive_list like the list without
    # ids, 0.993 / 0.931) and type_by_row_colour (a type in the row's fill, 1.000 / 0.930).
    "struck_through_done": (1.0, 0.92, 0),
    "transcribed_definitive_list": (0.995, 0.995, 0),
    "type_by_row_colour": (1.0, 0.97, 0),
    # ... and one held out: 1.000 / 0.805 as first seen (check boxes linked to TRUE / FALSE
    # cells beside a stale RAG); 1.000 / 0.988 by a rule written from its brief, not its files.
    "checkbox_linked_cells": (1.0, 0.98, 0),
    # Round 28 (first looks at 7ab9bfe): one recommendation on a row per division
    # (0.959 / 0.905), the force's status words defined on a guidance sheet (1.000 / 0.678),
    # a risk system's report printed to Excel (0.992 / 0.974, not changed since).
    "per_division_rows": (0.984, 0.966, 0),
    "status_key_sheet": (0.995, 0.995, 0),
    "print_report_export": (0.995, 0.985, 0),
    # ... and one held out, never looked at: 1.000 / 1.000 as first seen (completed rows
    # hidden by a filter, a collapsed group, hidden columns).
    "hidden_filtered_rows": (0.995, 0.995, 0),
    # Round 29 (first looks at 7ab9bfe): a tracker kept by dates alone (1.000 / 0.588), each
    # item's wording in its cell's note (0.785 / 0.467), a joint inspection's copies for
    # partners (0.993 / 0.979, 1 wrong).
    "status_by_dates_only": (0.995, 0.995, 0),
    "text_in_cell_notes": (0.987, 0.928, 0),
    "joint_inspection_agencies": (0.995, 0.995, 0),
    # ... and one held out, never looked at: 0.992 / 0.772, 1 wrong as first seen (done
    # items cut and pasted under a "COMPLETED" banner, their status cells left stale);
    # 0.992 / 0.975 by a rule written from its brief, not its files.
    "completed_section_banner": (0.987, 0.970, 1),
    # Round 30 (first looks at 7ab9bfe): status symbols in a Teams list (1.000 / 0.886), a
    # PCC's tracker published as .ods (0.993 / 0.837), a count of actions done (1.000 / 0.761).
    "emoji_status_list": (0.995, 0.995, 0),
    "pcc_ods_publication": (0.995, 0.983, 0),
    "actions_fraction_done": (0.995, 0.967, 0),
    # ... and one held out, never looked at: 1.000 / 0.816 as first seen (a 0-4 score with
    # its key on the sheet beside a stale RAG); 1.000 / 0.987 by a rule written from its brief.
    "numeric_score_status": (0.995, 0.982, 0),
    # Round 31 (first looks at 7ab9bfe): web addresses typed out as text (1.000 / 0.985),
    # Excel's Data > Subtotal count rows (1.000 / 0.986, not changed since), a sign-off
    # written in words beside a RAG of delivery (1.000 / 0.614).
    "urls_as_text": (0.995, 0.995, 0),
    "excel_subtotal_rows": (0.995, 0.981, 0),
    "signoff_column_text": (0.995, 0.995, 0),
    # ... and one held out, never looked at: 1.000 / 1.000 as first seen (a pasted pivot of
    # counts on the first sheet, the items on the second, drop-down lists on a third).
    "pivot_summary_first_sheet": (0.995, 0.995, 0),
    # Round 32 (two cases, first looks at 7ab9bfe): dates written in the status column
    # (0.972 / 0.690) ...
    "dates_in_status_column": (0.995, 0.995, 0),
    # ... and one held out, never looked at: 1.000 / 0.632 as first seen (a status history
    # kept in one cell, one dated line per change); unchanged by the rule written from its
    # brief; 1.000 / 0.974 after round 33's look-alike of it; 1.000 / 1.000 in the
    # twenty-first session.
    "status_history_in_cell": (0.995, 0.995, 0),
    # Round 33: one case built like round 32's held-out one from a line describing it
    # (1.000 / 0.948 at 7ab9bfe).
    "status_log_one_cell": (0.995, 0.995, 0),
    # Round 34 (first looks at b822924): a risk register holding the HMICFRS items, its RAG
    # a risk's rating (0.954 / 0.684); a report given by a footnote number keyed below the
    # table (0.943 / 0.904); a status typed before the text, the status column stale
    # (1.000 / 0.761) ...
    "risk_scored_register": (0.968, 0.929, 0),
    "report_key_footnotes": (0.984, 0.98, 0),
    "status_prefix_in_text": (0.995, 0.980, 0),
    # ... and one held out, never looked at: 1.000 / 0.933 as first seen (the force's own
    # decision on each item, "Not accepted", "Closed – risk accepted", beside its status).
    "force_declined_statuses": (0.995, 0.928, 0),
    # Round 35 (first looks at b822924): built like round 34's held-out case from one line
    # (1.000 / 1.000: its loss is elsewhere, a category the two builders judged apart); an
    # alliance's tracker with a status column per force (0.990 / 0.492, 1 wrong) ...
    "force_response_decisions": (0.995, 0.995, 0),
    "status_per_force_columns": (0.995, 0.995, 0),
    # ... and one held out, never looked at: 1.000 / 0.773 as first seen (rows greyed out
    # when finished, their RAG left as it was); 1.000 / 1.000 after round 36's look-alike.
    "greyed_out_done_rows": (0.995, 0.995, 0),
    # Round 36: one case built like round 35's held-out one from a line describing it
    # (1.000 / 0.694 at b822924).
    "closed_rows_shaded_grey": (0.995, 0.995, 0),
    # Round 37 (first looks at b822924): a status line inside the text cell (1.000 / 0.729);
    # the register's ids as text codes from a portal (0.972 / 0.905); a tracker sorted under
    # grade headings, no status column (1.000 / 0.774) ...
    "status_line_in_text_cell": (0.995, 0.995, 0),
    "string_register_ids": (0.967, 0.932, 0),
    "rag_section_headings": (0.995, 0.995, 0),
    # ... and one held out, never looked at: 0.907 / 0.891, 1 wrong as first seen (a sheet
    # per report named by a short tab name, the titles on a contents sheet).
    "contents_sheet_tab_names": (0.902, 0.886, 1),
    # Round 38 (first looks at b822924): built like round 37's held-out case from one line
    # (1.000 / 0.909, not changed); report, reference and number in one "Source" cell
    # (0.990 / 0.583) ...
    "tabs_named_short_with_index": (0.995, 0.904, 0),
    "source_cell_composite": (0.995, 0.945, 0),
    # ... and one held out, never looked at: 0.991 / 0.924 as first seen (a SharePoint
    # list's CSV with its lookup, person and choice columns in raw ";#" form).
    "sharepoint_lookup_values": (0.995, 0.98, 0),   # 0.924 until round 59's rules
    # Round 39 (first looks at eb32f48): built like round 38's held-out case from one line
    # (0.991 / 0.986, 1 wrong: a row the force marked "DUPLICATE" paired as a split, left);
    # a tracker whose headings are plain-English questions (0.832 / 0.529) ...
    "sharepoint_list_raw_lookups": (0.986, 0.981, 1),
    "question_style_headings": (0.974, 0.948, 0),
    # ... and one held out: 0.825 / 0.663, 2 wrong as first seen (a work-tracking tool's
    # CSV: epics, stories, sub-tasks). Not clean after: it showed this session's parents
    # read by name filing stories under their epics (0.688 / 0.495), mended by a rule
    # (a parent whose rows have rows of their own is a level above the items); 0.969 /
    # 0.884 in the seventeenth session (the other epics, whose tasks have no sub-tasks, are
    # of that level too: "Issue Type" says so; a task with no description read by its
    # summary, not carried down); one wrong pair fewer once the epics are headings, not
    # items.
    "workitem_tracker_export": (0.97, 0.89, 1),
    # Round 40 (first looks at eb32f48): a no-code database's CSV, type among the tags,
    # actions linked by the parent record's name (0.981 / 0.913); texts pasted from a
    # scanned report (0.984 / 0.935) ...
    "airtable_tags_export": (0.995, 0.995, 0),
    "ocr_noise_texts": (0.995, 0.982, 0),
    # ... and one held out, never looked at: 1.000 / 0.589 as first seen (a programme
    # office's tracker in its own stage words: Initiate, Deliver, Embed, Transferred to BAU);
    # 0.737 after round 42's sheet-name rule; 0.884 after the sixteenth session's (a panel's
    # refusal reopens a grade; an archive tab's unknown words are closed), not looked at.
    "pmo_stage_tracker": (0.995, 0.879, 0),
    # Round 41 (first looks at eb32f48): built like round 40's held-out case from one line
    # (1.000 / 0.965: the held-out case's loss is not in the stage words); a tab per
    # department, each with its own way of saying done, an item on two tabs (0.963 / 0.782)
    "programme_office_stages": (0.995, 0.995, 0),
    "department_tabs_own_vocab": (0.983, 0.975, 0),
    # ... and one held out, never looked at: 0.993 / 0.795 as first seen (a self-assessment
    # "Met / Partially met / Not met" with an assurance panel's outcome beside it). Not
    # clean after: its figure (0.693) showed round 42's first reading of a panel's "Outcome"
    # as the status was too eager; with the outcome's cells required to be status words,
    # 0.830. Opened in the sixteenth session (no longer clean): a banner's bracketed note
    # on its items made it another report; the panel's "Returned" / "Deferred" reopen a
    # "Met"; an archive tab's "Accepted" is closed: 0.989.
    "self_assessment_met_tracker": (0.988, 0.984, 0),
    # Round 42 (first looks at eb32f48): built like round 41's held-out case from one line
    # (0.971 / 0.595: a panel's "Met" and a lead's self-assessment, neither read); the list
    # sent as a sheet per status, no status column (1.000 / 0.808) ...
    "met_partially_met_register": (0.995, 0.975, 0),
    "hmicfrs_sheet_per_status": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.262 / 0.132, 47 wrong as first seen (the list
    # as a portal's history, a row per update, the latest the item's status; its truth
    # names each item by its latest row); 1.000 / 1.000 by a rule written from its brief
    # and its builder's report (load/history_export.py).
    "hmicfrs_history_long_format": (0.995, 0.995, 0),
    # Round 43: one case built like round 42's held-out one from a line (0.042 / 0.138, 51
    # wrong at eb32f48: rows of one item spread through the sheet, the text on every row,
    # two id columns, updates of one day told apart by their time); 1.000 / 1.000 with the
    # history reader written before it arrived.
    "register_update_history": (0.995, 0.995, 0),
    # Round 44 (first looks at e7265d1), two HMICFRS-side layouts: the list in report
    # blocks, banners "title | Published … | n items (k open)", type headings, an item's
    # paragraphs pasted on rows of their own (0.994 / 0.925, 1 wrong); the list's own
    # words, type only in its codes ("PEEL2122-AFI-03"), statuses as long phrases, texts
    # numbered "4.Within" (1.000 / 0.976) ...
    "report_blocks_pasted_paragraphs": (0.995, 0.995, 0),
    "typed_ref_phrased_status": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.768 as first seen (an owner's quarterly
    # return checked by the learning team: "OL validation" Agreed / Not agreed); 1.000 /
    # 0.963 by a rule written from its builder's report (a "validation" heading is a
    # sign-off column).
    "owner_return_validation": (0.995, 0.958, 0),
    # Round 45 (first looks at e7265d1 and 2cfa246): built like round 44's held-out case
    # from one line (quarterly owner ratings under bare quarter headings, the learning
    # team's validation, then the board's sign-off: 1.000 / 0.918 at e7265d1, 0.612 at
    # 2cfa246, whose validation rule read the validation column before the board's and
    # did not know "Validated"); the list pasted from an email's body, merged cells over an
    # item's lines (1.000 / 0.977) ...
    "senior_owner_returns": (0.995, 0.995, 0),
    "email_body_pasted_list": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.849 as first seen (a tracker grouped by
    # governance board, a RAG of delivery confidence, the board's position deciding);
    # 1.000 / 0.986 by a rule written from its builder's report; 1.000 after round 46's
    # look-alike (a Green RAG with no sign-off beside a board's decisions is open).
    "board_position_tracker": (0.995, 0.995, 0),
    # Round 46 (first looks at e7265d1 and fb50f5c): built like round 45's held-out case
    # from one line (a board's decision alone closes; "Closure ratified", "Discharged", a
    # sub-board's "for FEB ratification": 1.000 / 0.837, 0.898); a force's items kept as
    # an audit committee's agreed management actions (1.000 / 1.000) ...
    "oversight_board_closure": (0.995, 0.995, 0),
    "audit_style_agreed_actions": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.978 / 0.885 as first seen (the old register's
    # theme pages copied tab by tab, the id only after the report's name in an "Entry"
    # cell); 1.000 / 0.989 by rules written from its builder's report.
    "register_theme_tabs": (0.995, 0.984, 0),
    # Round 47 (first looks at e7265d1 and 13348c9 alike): built like round 46's held-out
    # case from one line (the register's pages copied a tab per theme, labels linked to
    # their pages, one tab's raw event log, pointer rows: 0.589 / 0.407); the list rebuilt
    # from a mirror site's report tables (title, kind · date, counts, a table per report:
    # 0.986 / 0.214) ...
    "web_register_theme_copy": (0.995, 0.995, 0),
    "mirror_site_report_tables": (0.995, 0.983, 0),
    # ... and one held out, never opened: 1.000 / 1.000 as first seen (a committee's
    # tracker with the report merged down each block, rotated, a two-row header).
    "merged_cells_jiac_tracker": (0.995, 0.995, 0),
    # Round 48 (first looks at e7265d1 and 03e3050): the register's pages pasted as record
    # cards (0.928 / 0.608; 0.803 / 0.481, 9 wrong at 03e3050, whose ids-after-report rule
    # read a card's heading id onto every row under it); a fire service's plan under the
    # eleven judgement areas, one finding recurring three rounds (0.953 / 0.642) ...
    "register_record_cards": (0.995, 0.995, 0),
    "frs_eleven_areas_plan": (0.97, 0.92, 0),
    # ... and one held out, never opened: 1.000 / 0.906 as first seen (a Gold group's plan
    # by workstream, the group's decision closing); 1.000 / 0.988 by rules written from its
    # builder's report.
    "gold_group_workstreams": (0.995, 0.983, 0),
    # Round 49 (first looks at e7265d1 and 1c06148): built like round 48's held-out case
    # from one line (a Gold group's plan, its decision log on a sheet of its own: 0.947 /
    # 0.636, 3 wrong; 0.697 at 1c06148); an inspection liaison officer's log asking "Applies
    # to force?" Y / N (1.000 / 0.000 / 0.000 / 0.122: every row scoped to a force named "Y")
    # ...
    "gold_closure_decisions": (0.995, 0.884, 0),
    "ilo_liaison_log": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 1.000 as first seen (the list inside a
    # pre-filled force-return workbook from the Force Liaison Lead).
    "fll_return_template": (0.995, 0.995, 0),
    # Round 50 (first looks at d0b5799): built like round 49's held-out case from one line
    # (a pre-filled monitoring return, locked columns and drop-downs: 1.000 / 1.000); the
    # list as a database's query export cutting every text at 255 characters (1.000 /
    # 0.974: a word cut part-way read as a subject swapped, a bullet dropped from a copy that
    # lost its bullet marks) ...
    "prefilled_monitoring_return": (0.995, 0.995, 0),
    "db_export_text_cut_255": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.736 as first seen (a delivery plan kept
    # as a Gantt chart, month columns marked, RAG as delivery confidence).
    "gantt_delivery_plan": (0.995, 0.955, 0),
    # Round 51 (first looks at d0b5799 and 6dccdc4 alike): built like round 50's held-out
    # case from one line (a Gantt-style delivery plan: 1.000 / 1.000, so the held-out case's
    # loss is not in what the two share); a status-code column per lettered part beside an
    # overall RAG, an item's fifth part on a "(cont.)" row (0.992 / 0.947) ...
    "gantt_workstream_plan": (0.995, 0.995, 0),
    "part_status_columns": (0.995, 0.956, 0),
    # ... and one held out, never opened: 0.994 / 0.978 as first seen (the list as a Freedom
    # of Information release laid out as accessible statistics tables).
    "foi_release_gss_tables": (0.989, 0.973, 0),
    # Round 52 (first looks at d0b5799 and 6dccdc4 alike): built like round 51's held-out
    # case from one line (an FOI release as accessible tables: 1.000 / 0.989, a table of AFIs
    # typed only by its text column's heading); a board's tracker whose fills are portfolios
    # and a "PEEL grade" column beside the status (1.000 / 0.988) ...
    "foi_accessible_workbook": (0.995, 0.995, 0),
    "portfolio_colour_bands": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 1.000 as first seen (the list as the PCC's
    # office annotated it for its accountability board).
    "opcc_assurance_annotations": (0.995, 0.995, 0),
    # Round 53 (first looks at d0b5799, 6dccdc4 and bf0d780 alike): built like round 52's
    # held-out case from one line (the list as an OPCC's board appendix: 1.000 / 1.000); an
    # inspection liaison officer's findings log, hot-debrief and draft-report rows beside the
    # published ones (1.000 / 0.988: a debrief paraphrase with no id goes to review) ...
    "opcc_board_appendix": (0.995, 0.995, 0),
    "debrief_draft_findings_log": (0.995, 0.983, 0),
    # ... and one held out, never opened: 0.994 / 0.989 as first seen (the list as a
    # dashboard's "export data", its filters in the first cell).
    "powerbi_summarised_export": (0.989, 0.984, 0),
    # Round 54 (first looks at d0b5799 and ad542c8 alike): built like round 53's held-out
    # case from one line (a dashboard matrix exported "with current layout", totals rows and
    # merged groups: 1.000 / 1.000); a plan rebaselined by its board, lines split, merged
    # and renamed, its key "Delivered – deliverables complete, closure paper awaiting
    # approval" (0.980 / 0.805, 1 wrong: a reference with its digits swapped names another
    # item whose own row has no reference; left) ...
    "bi_matrix_current_layout_export": (0.995, 0.995, 0),
    "rebaselined_improvement_plan": (0.975, 0.972, 1),
    # ... and one held out, never opened: 1.000 / 0.793 as first seen (the list returned by
    # the liaison lead marked up in its cells, the old value struck through before the new);
    # 1.000 / 0.976 by a rule written from its builder's report (struck words on the list's
    # side are deleted).
    "inline_strike_amendments": (0.995, 0.971, 0),
    # Round 55 (first looks at d0b5799 and e6b9e3b): built like round 54's held-out case from
    # one line (last quarter's list marked up in its cells: 1.000 / 0.758 at d0b5799, 0.864
    # at e6b9e3b with round 54's rule; rows struck through whole, "Being progressed ->
    # Complete"); an organisational learning register whose merged and duplicate entries
    # point at the entry carrying the work (0.957 / 0.887, left) ...
    "excel_markup_returned_list": (0.995, 0.965, 0),
    "ol_register_merge_pointers": (0.995, 0.995, 0),    # 1.000 / 1.000 by round 57's pointers
    # ... and one held out, never opened: 1.000 / 0.790 as first seen (the liaison lead's
    # quarterly movement report, a status column per list date); 1.000 / 1.000 by a rule
    # written from its builder's report (the latest dated status column, on the list too).
    "quarterly_movement_list": (0.995, 0.995, 0),
    # Round 56 (first looks at 5ea13c7): built like round 55's held-out case from one line
    # (a "what has changed since the last list" report, a status per list: 1.000 / 0.711,
    # its current column headed "Status on this list (11/03/2024)" beside "Status on list of
    # 04/12/2023"); the list as a portal's CSV with line breaks and blank lines inside its
    # cells, Windows-1252 (1.000 / 1.000) ...
    "changes_since_last_list": (0.995, 0.995, 0),
    "portal_csv_multiline_cells": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.915 as first seen (a delivery schedule
    # grouped by target quarter, a board's decision beside the status).
    "target_quarter_schedule": (0.995, 0.955, 0),   # 0.930 by round 57's board letters
    # Round 57 (first looks at 0a4f017): built like round 56's held-out case from one line (a
    # delivery schedule under target-quarter banners, an assurance board's decision beside
    # the lead's status: 1.000 / 0.924, "OLAB decision" unread; "Deferred" ruled as no
    # decision by its builder, open by four earlier ones: left); a risk system's CSV opened
    # in Excel and saved (1.000 / 0.943: #NAME? texts, mojibake, local numbers made dates) ...
    "quarter_banner_board_schedule": (0.995, 0.945, 0),
    "csv_roundtrip_excel_damage": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.697 as first seen (a CRM portal's Export
    # to Excel, Status Active / Inactive beside a Status Reason); 1.000 / 1.000 by rules
    # written from its builder's report (the record's state decides, its reason beside it).
    "dynamics_crm_export": (0.995, 0.995, 0),
    # Round 58 (first looks at 0a4f017): built like round 57's held-out case from one line
    # (a CRM view's export: 1.000 / 0.705 at 0a4f017, 0.923 with round 57's rule; "Force
    # reports complete" on an Active record, "REC-21744"); an OL closure-submission
    # workflow, HMICFRS's decision on each submission beside the force's status
    # (1.000 / 1.000) ...
    "dynamics_view_export": (0.995, 0.98, 0),
    "closure_evidence_workflow": (0.995, 0.995, 0),
    # ... and one held out: 1.000 / 0.299 as first seen (items filed under report codes, the
    # titles on a lookup sheet); 1.000 / 1.000 by rules written from its builder's report and
    # a probe built from it (measured after each of the probe's variants: no longer clean).
    "reports_lookup_relational": (0.995, 0.995, 0),
    # Round 59 (first looks at bd6b649): built like round 58's held-out case from one line
    # (items filed under report codes, titles on a lookup sheet, a guide to the statuses:
    # 1.000 / 0.935, 0.286 at 0a4f017 before round 58's rules; the guide read as items, a
    # split's rows each opening with the item's words); a Smartsheet export nesting items
    # under report rows in Excel's outline (1.000 / 0.973) ...
    "reports_lookup_portal": (0.995, 0.98, 0),
    "smartsheet_hierarchy_export": (0.995, 0.98, 0),
    # ... and one held out, never opened: 0.982 / 0.859 as first seen (a portal's new
    # references beside the old register numbers); 1.000 / 1.000 by a rule written from its
    # builder's report (both ids are the item's).
    "legacy_ref_crosswalk": (0.995, 0.995, 0),
    # Round 60 (first looks at bd6b649): built like round 59's held-out case from one line
    # (new references and old numbers: 1.000 / 0.987); the list after a migration, old ids
    # in a column and in report names (1.000 / 0.986; "2310" for legacy 2130 ruled no
    # conflict here, a conflict by two other builders: left) ...
    "crosswalk_legacy_refs": (0.995, 0.98, 0),
    "register_migration_legacy_ids": (0.995, 0.98, 0),
    # ... and one held out, never opened: 1.000 / 0.889 as first seen (most rows' status is
    # their change project's stage on a Portfolio sheet); 1.000 / 0.963 by round 61's rules
    # (written from its look-alike, built from one line of its builder's report).
    "change_portfolio_project_status": (0.995, 0.96, 0),
    # Round 61 (first looks at 8453254): built like round 60's held-out case from one line
    # ("See project", the project's stage on a portfolio sheet: 1.000 / 0.684); a plan by
    # PEEL area, each area's grade on a section row, a key writing "GREEN (G)" (0.979 / 0.805,
    # 3 wrong, 9 rows not items) ...
    "see_project_portfolio": (0.995, 0.995, 0),
    "peel_area_graded_sections": (0.995, 0.98, 0),
    # ... and one held out, never opened: 1.000 / 0.933 as first seen (a portal extract with
    # the force's self-reported position beside HMICFRS's status); left.
    "portal_force_position_list": (0.995, 0.93, 0),
    # Round 62 (first looks at 8453254 and 7e18b76): built like round 61's held-out case from
    # one line (1.000 / 1.000); a tracker of closure submission rounds (0.977 / 0.950: a
    # Green RAG after HMICFRS returned the submission; rows pasted one column to the right;
    # left) ...
    "position_and_status_portal": (0.995, 0.995, 0),
    "closure_submission_rounds": (0.995, 0.985, 0),   # 0.977 / 0.950 until rows pasted right
    # ... and one held out, never opened: 0.882 / 0.324 as first seen (a SharePoint list's
    # text across 255-character columns, the register id in "Title"); 0.991 / 0.986 by rules
    # written from its builder's report and a probe built from it.
    "text_continued_columns": (0.99, 0.98, 0),
    # Nineteenth session. Round 63 (first looks at 30b65b1): built like round 62's held-out
    # case from one line (1.000 / 1.000); returns combined by Power Query (0.987 / 0.978) ...
    "sp_title_ref_cont_columns": (0.995, 0.995, 0),
    "power_query_combined_returns": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 1.000 as first seen (a list in report
    # blocks, unmerged and re-sorted).
    "unmerged_sorted_list": (0.995, 0.995, 0),
    # Round 64: built like round 63's held-out case from one line (1.000 / 0.989); a plan
    # saved from Microsoft Project (0.897 / 0.782, 20 rows not items) ...
    "fll_blocks_unmerged_resorted": (0.995, 0.985, 0),
    "msproject_export_wizard": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.674 as first seen (a PCC office's pivot
    # pasted as values); 1.000 / 1.000 by rules from its builder's report and round 65's
    # look-alike.
    "pivot_pasted_values_list": (0.995, 0.995, 0),
    # Round 65: built like round 64's held-out case from one line (1.000 / 0.580); the old
    # register as raw web-page fields (0.986 / 0.605, 1 wrong) ...
    "opcc_pivot_status_counts": (0.995, 0.995, 0),
    "wp_register_post_export": (0.99, 0.975, 0),
    # ... and one held out, never opened: 1.000 / 0.978 as first seen (a RACI matrix);
    # 1.000 / 1.000 by rules from round 66's look-alike (2 rows not items left).
    "raci_responsibility_matrix": (0.995, 0.995, 0),
    # Round 66: built like round 65's held-out case from one line (1.000 / 0.962); a
    # Microsoft Forms census of owners (0.992 / 0.911) ...
    "raci_status_letter_clash": (0.995, 0.995, 0),
    "forms_census_responses": (0.99, 0.985, 0),
    # ... and one held out, never opened: 1.000 / 0.671 as first seen (the register's
    # history in numbered column groups); 1.000 / 1.000 by rules from round 67's look-alike.
    "register_events_across_columns": (0.995, 0.995, 0),
    # Round 67: built like round 66's held-out case from one line (1.000 / 0.642); the old
    # register scraped by a browser extension (stopped with exit 2) ...
    "register_extract_history_groups": (0.995, 0.995, 0),
    "web_scraper_register_csv": (0.99, 0.95, 0),
    # ... and one held out, never opened: 1.000 / 0.744 as first seen (ditto marks for the
    # value above, "As No. 23"); 1.000 / 1.000 by rules from round 68's look-alike.
    "ditto_as_above_tracker": (0.995, 0.995, 0),
    # Round 68 (first looks at 304f090 and 6ad23b5): built like round 67's held-out case from
    # one line (0.987 / 0.747); HMICFRS downloads joined by "copy *.csv" (0.988 / 0.958, 1
    # wrong: two near-twin closed items, left) ...
    "ditto_marks_handkept_tracker": (0.995, 0.995, 0),
    "copy_concatenated_csv_exports": (0.975, 0.955, 1),
    # ... and one held out, never opened: 1.000 / 0.927 (7 rows not items) as first seen (a
    # query's results pasted from SQL Server Management Studio); 1.000 / 0.976 by rules from
    # round 69's look-alike.
    "ssms_grid_paste_tracker": (0.995, 0.97, 0),
    # Round 69 (a1c6e86): built like round 68's held-out case from one line (1.000 / 0.807,
    # 19 rows not items); a list saved as CSV by Excel for Mac (1.000 / 0.988) ...
    "sql_results_grid_broken_rows": (0.995, 0.995, 0),
    "mac_excel_csv_opcc_copy": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.987 / 0.968 as first seen (a Jira export);
    # unchanged by round 70's look-alike's rules.
    "jira_csv_issue_export": (0.985, 0.975, 0),
    # Round 70 (d2aa21e): built like round 69's held-out case from one line (1.000 / 0.939);
    # the list pasted into a template of custom number formats (1.000 / 0.950, left) ...
    "jira_epic_parent_all_fields": (0.995, 0.995, 0),
    "custom_number_formats_list": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.891 / 0.667 as first seen (an Outlook Tasks
    # folder's CSV export); 0.961 / 0.910 (1 wrong pair in review) by rules from round 71's
    # look-alike.
    "outlook_tasks_csv_export": (0.96, 0.905, 0),
    # Round 71 (7630d84): built like round 70's held-out case from one line (0.852 / 0.650);
    # a Trello board's CSV export (0.985 / 0.405, 1 wrong) ...
    "outlook_task_body_register": (0.995, 0.945, 0),
    "trello_board_csv_export": (0.995, 0.97, 0),
    # ... and one held out, never opened: 0.000 / 0.051 as first seen (the monitoring
    # portal's print report exported to Excel, each item a record of two or three rows under
    # report group headers); 0.993 / 0.949 by rules from its builder's report and round 72's
    # look-alike (load/tworow.py); 1.000 / 0.974 by a row's summaries read one by one.
    "report_server_two_line_records": (0.995, 0.97, 0),
    # Round 72 (096482b): built like round 71's held-out case from one line (exit 2 at first:
    # no text under the header; 0.976 / 0.880, then 1.000 / 0.960 in the twenty-first
    # session); the Force Liaison Lead's slide pack, its tables copied into one sheet (0.992 /
    # 0.944; 0.958 in the twenty-first session) ...
    "crystal_page_export_report_bands": (0.995, 0.995, 0),
    "liaison_slide_deck_tables": (0.99, 0.955, 0),
    # ... and one held out, never opened: 0.000 / 0.075 as first seen, as the baseline (an
    # improvement plan kept as one worksheet per item, a label/value form on each, the closed
    # items' tabs hidden); 0.957 / 0.925, 2 wrong (19 rows not items, from 186) by rules from
    # round 73's look-alike (load/formsheet.py).
    "sheet_per_item_plan_forms": (0.955, 0.92, 2),
    # Round 73 (646ace4): built like round 72's held-out case from one line (0.000 / 0.062,
    # 247 rows not items; now 0.993 / 0.988); the list as an Access query exported to Excel
    # (0.942 / 0.824, 1 wrong; 0.984 / 0.932, none wrong, in the twenty-first session: a
    # row listed twice by the query's join read once, bullets left out of a row's own, a
    # concern and its recommendation in one row, a row's summaries of several items) ...
    "tab_per_item_forms_three_templates": (0.99, 0.985, 0),
    "access_query_export_leszynski": (0.98, 0.93, 0),
    # ... and one held out, never opened: 0.596 / 0.349, 1 wrong, as first seen (a SharePoint
    # list pulled by a notebook through Microsoft Graph, written by pandas with a merged
    # two-level index); left for the next round's look-alike. Opened in the twenty-fourth
    # session: its headings are Graph's field paths ("fields.Rec_x0020_Text"), read since.
    "pandas_multiindex_graph_extract": (0.985, 0.975, 0),
    # Round 74 (682e78b): built like round 73's held-out case from one line (1.000 / 0.970 as
    # first seen: the look-alike did not find what the held-out case trips on); a monday.com
    # board's export with subitems (0.860 / 0.750; 1.000 / 0.986 by load/subitems.py) ...
    "sharepoint_graph_multiindex_notebook": (0.995, 0.98, 0),
    "monday_board_group_export": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.975 / 0.899 as first seen (the planners' copy of
    # the list, who and when cut out of the wording into columns of their own, sorted by due
    # date); left for the next round's look-alike.
    "stem_split_who_when_what": (0.98, 0.91, 0),
    # Round 75 (twenty-first session): built like round 73's held-out case from its report's
    # line "a RAG column that lags behind the Status column" (1.000 / 0.548 as first seen;
    # 1.000 / 1.000 by load/reweigh.py's lagging grades), and like round 74's from "who and
    # when cut out of the wording" (0.985 / 0.908; 1.000 / 1.000 by load/saidwhen.py, short
    # months, part-numbered references); the list pasted into an email and split by Text to
    # Columns (0.982 / 0.924, left: its broken records' statuses are not read) ...
    "rag_lags_current_position": (0.995, 0.995, 0),
    "planners_who_when_due_sorted": (0.995, 0.995, 0),
    "emailed_csv_text_to_columns": (0.98, 0.92, 0),
    # ... and one held out, never opened: 0.952 / 0.904 as first seen (an Excel shared
    # workbook with its change history copied to a sheet); 0.984 / 0.959 by rules from
    # round 76's look-alike of it (a row's summaries of several items read one by one).
    "shared_workbook_change_log": (0.98, 0.955, 0),
    # Round 76 (twenty-first session): built like round 75's held-out case from its report's
    # line "one row holds all four Policing in austerity recommendations" (0.660 / 0.532 as
    # first seen; 0.911 / 0.831 by a row's summaries in clauses or bullets read one by one,
    # and "What we were asked to do" read as the text, "Action taken" as progress); the list
    # as form data merged from two versions of a PDF form (0.350 / 0.203; 1.000 / 0.987 by
    # load/alternates.py, a BRAG key parted by dots, split rows naming two parts each) ...
    "consolidated_response_rows": (0.925, 0.855, 0),    # 0.919 until round 80's rules
    "pdf_forms_merged_csv": (0.995, 0.985, 0),
    # ... and one held out, never opened: 0.951 / 0.822 as first seen, 4 rows not items
    # (a tracker whose status vocabulary changed over three eras, a block pasted one column
    # right); measured twice (the second time by an all-cases run, same figure).
    "status_vocab_eras_shifted_paste": (0.95, 0.82, 0),
    # Round 77 (twenty-second session): built like round 76's held-out case from its report's
    # line on a status column of numbered stages defined on a Lists sheet (1.000 / 0.636, 7
    # rows not items as first seen; 1.000 / 1.000 by load/stages.py, the Lists sheet read as
    # drop-down lists, a split row's semicolon clauses read as its parts); a register whose
    # block of rows was sorted without its hand-typed id column (0.877 / 0.893, 9 wrong;
    # 1.000 / 1.000 by ids the block's rows name among themselves released, "VCOP") ...
    "numbered_stages_lists_dropdown": (0.995, 0.995, 0),
    "partial_sort_stale_id_column": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.986 as first seen (at d7a4826: the
    # liaison lead's working sheet, statuses of earlier dates in hidden columns).
    "fll_list_hidden_status_columns": (0.995, 0.985, 0),
    # Round 78: built like round 76's held-out case from its report's line on drag-filled
    # references (0.946 / 0.879, 1 wrong as first seen; 1.000 / 0.970 by a reference naming
    # no item counting for little, a split's mistyped ids released to its words); the
    # monitoring portal's grid pasted page by page (1.000 / 0.947; 0.989 by a split row's
    # bullet chosen without the item's opening words) ...
    "shifted_block_dragfill_refs": (0.995, 0.98, 0),
    "portal_grid_pasted_by_page": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.962 as first seen (at ef08b3e and at
    # a3338bd: a tracker of formulas years of use broke, #REF! where the refs and RAG were).
    "formula_errors_aged_tracker": (0.995, 0.96, 0),
    # Round 79: built like round 78's held-out case from its report's line on a RAG formula
    # a deleted column broke (0.969 / 0.767 as first seen; 0.911 by the typed Status column
    # taking the broken formula's place); the list sorted by status with its header taken for
    # data (0.993 / 0.961, its stranded header read as an item; no longer) ...
    "rag_ref_errors_status_added_2021": (0.965, 0.91, 0),
    "status_sort_header_mid_list": (0.99, 0.96, 0),
    # ... and one held out, never opened: 0.232 / 0.127, 7 rows not items as first seen (at
    # fdbb1d6 and at that session's end: a board kept in Excel, one card per cell, the
    # column a card sits in its stage); 0.849 / 0.634, 2 not items, once round 80's
    # look-alike led to load/board.py (still never opened).
    "excel_kanban_board": (0.845, 0.685, 0),
    # Round 80: built like round 79's held-out board from its report (0.197 / 0.176 as first
    # seen; 0.984 / 0.919 read as a board: each card an item named by its cell, its stage
    # its column's heading); a mind map's Excel export, each topic's text in the column of
    # its depth (0.833 / 0.429, 2 wrong, as first seen; 0.970 / 0.805 read by depth: headings
    # over report topics over items over actions, a branch's status, "% Complete" no
    # pivot's column, "Not for Cumbria" the force's "not for us") ...
    "swimlane_postit_cards_in_cells": (0.98, 0.915, 0),
    "mindmap_staircase_outline_export": (0.965, 0.8, 0),
    # ... and one held out, never opened: 0.986 / 0.627, 1 wrong, 8 rows not items as first
    # seen (at 86f94fa: a committee's appendix of report rows by status columns, each cell
    # the ids in that status, the wording on a second appendix of ids); 0.986 / 0.916, none
    # wrong, once round 81's look-alike led to load/statusgrid.py (still never opened).
    "report_status_grid_id_lists": (0.985, 0.915, 0),
    # Round 81: built like round 80's held-out grid from its report (0.992 / 0.618 as first
    # seen; 0.992 / 0.974 each id taking its report and status from the grid's cell); a
    # Lotus Notes categorised view exported to CSV, report and status on rows of their own
    # (0.898 / 0.395, 14 wrong, 15 rows not items; 0.978 / 0.987, 2 wrong, 1 not an item by
    # load/categorised.py) ...
    "panel_status_grid_wording_appendix": (0.99, 0.97, 0),
    "lotus_notes_categorised_view_csv": (0.975, 0.985, 2),
    # ... and one held out, never opened: 0.993 / 0.988 as first seen (at 45fe1ce: the list
    # opened in Apple Numbers and exported, grouped by status then report).
    "apple_numbers_categorised_export": (0.99, 0.985, 0),
    # Round 82: a second look-alike of round 79's held-out board (a Kanban board on
    # SharePoint: unknown stages, cards in any line order with unlabelled lead lines, a key
    # in words, an Archive sheet; 0.775 / 0.580 as first seen, 0.912 / 0.802 by a card's
    # report line found wherever it is, "DI Nowak; 30/06/27" read as lead and date, "Card
    # colour:" keys and "Sent to HMI"); the portal's export cut to one force in R, the
    # reports' own records among the items (1.000 / 0.989, 20 rows not items; none) ...
    "kanban_sharepoint_portfolio_lanes": (0.91, 0.8, 0),
    "r_write_csv_regional_extract": (0.995, 0.985, 0),
    # ... and one held out, never opened: 1.000 / 0.975, 3 rows not items as first seen (at
    # cca0d14: a mail merge's data source kept as the tracker, one row per addressee); 0.987
    # once round 83's look-alike led to statuses typed with one slip read as the word.
    "mailmerge_owner_chase_source": (0.995, 0.985, 0),
    # Round 83: built like round 82's held-out mail merge from its report (0.994 / 0.884 as
    # first seen; 0.926 by statuses typed with one slip, "Compelte", "In Progess", read as
    # the word); a query tool's CSV that never quotes, commas spilling fields (0.894 / 0.618,
    # 1 row not an item; 1.000 / 0.974 by load/spilled.py and the dashes under the header) ...
    "merge_datasource_row_per_addressee": (0.99, 0.92, 0),
    "sqlcmd_unquoted_comma_spill": (0.995, 0.97, 0),
    # ... and one held out, never opened: 1.000 / 0.962, 1 row not an item as first seen (at
    # 6fba221: a SharePoint list exported by Power Automate, JSON in its cells).
    "power_automate_csv_json_cells": (0.995, 0.97, 0),   # 0.974 by the template item (s24)
    # Round 84: built like round 83's held-out Power Automate export from its report (a
    # SharePoint list exported by PowerShell's Export-Csv: a "#TYPE" line, internal names,
    # .NET type names in cells, folders and a template among the items; 0.993 / 0.936, 1 row
    # not an item as first seen; 1.000 / 0.987 by the "Closed" folder, the template, "#8543
    # #8544", own words filed under another report); HMICFRS's migration load report, legacy
    # and portal ids and statuses side by side, rejected and not-migrated sheets (1.000 /
    # 0.944; 0.978 by a bullet's terse clause and the same rule of reports) ...
    "pnp_powershell_export_csv": (0.995, 0.985, 0),
    "migration_load_report_list": (0.995, 0.975, 0),
    # ... and one held out, never opened: 0.692 / 0.585, 12 rows not items as first seen (at
    # 986a0f4: ServiceNow GRC's Issue list exported to Excel, the reports' parent records
    # among the items, State and Response for status).
    "servicenow_grc_issue_export": (0.69, 0.58, 0),
    # Round 85: built like round 84's held-out ServiceNow list from its report (Ideagen
    # Pentana's "Findings and Actions by Audit": audits, findings and their actions in one
    # list; 0.985 / 0.487, 1 wrong, 94 rows not items as first seen; 0.993 / 0.962 by
    # load/levels.py and the audit's code before its name); HMICFRS's portal data feed, a
    # file of record types with no header (HDR, RPT, ITM, TXT, NTE, TRL; coded statuses),
    # 0.832 / 0.427, unchanged ...
    "pentana_audit_findings_actions": (0.99, 0.96, 0),
    "interface_feed_record_types": (0.83, 0.425, 0),
    # ... and one held out, never opened: 0.931 / 0.705, 3 rows not items as first seen (at
    # 6e2bdac: an Asana project's CSV export, subtasks as rows, done by a date).
    "asana_project_csv_export": (0.93, 0.70, 0),
    # Round 86: built like round 85's held-out Asana export from its report (ClickUp's CSV of
    # a whole space: a list per report, subtasks by Parent ID, checklists in one cell, epoch
    # dates; 1.000 / 0.939, 4 rows not items as first seen; 3 by "Duplicate this task …" read
    # as a template); HMICFRS's portal XML opened in Excel as an XML table ("id" the report's,
    # "id2" the item's, a row per theme; 0.980 / 0.295; 1.000 / 1.000 by the item's own ids) ...
    "clickup_space_csv_export": (0.995, 0.935, 0),
    "portal_xml_opened_as_xml_table": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.991 / 0.969 as first seen (at 34f93d7: a Qlik
    # Sense straight table exported to Excel, its totals row under the header, "-" for null).
    "qlik_straight_table_totals_top": (0.99, 0.965, 0),
    # Round 87: built like round 86's held-out Qlik export from its report (Tableau's
    # crosstab download: row headers merged down, a Total row per report and a Grand Total,
    # "Null"; 0.990 / 0.983 as first seen); a regional collaboration's register of its forces'
    # lists, every force's status in one cell, codes keyed under the table (0.471 / 0.271;
    # 0.915 by "All EM forces", "NORTHANTS" read as Northamptonshire, the force's own part of
    # the cell and a key of codes on one line) ...
    "tableau_crosstab_download": (0.99, 0.98, 0),
    "regional_register_force_status_cell": (0.995, 0.91, 0),
    # ... and one held out, never opened: 1.000 / 0.667 as first seen (at 85d9af2: a
    # portfolio office's template, progress as Harvey balls, only a full ball done).
    "harvey_ball_progress_glyphs": (0.995, 0.665, 0),
    # Round 88: built like round 87's held-out Harvey-ball template from its report (progress
    # as REPT bars "█████░░░░░ 50%" pasted as values, a hand-typed full bar, "▒▒▒ N/A" not the
    # force's; 1.000 / 0.586 as first seen, 0.983 by the bar read as the status); a regional
    # group's template of the list, a header on two rows, the status a tick under one of five
    # coded columns spelt out in a key line (1.000 / 0.567; 0.985 by the grouped header, the
    # key's codes, "HMICFRS URN" and a row's own bullets leaving one out) ...
    "rept_progress_bars_tracker": (0.995, 0.98, 0),
    "regional_template_status_tick_columns": (0.995, 0.98, 0),
    # ... and one held out, never opened: 0.990 / 0.914 as first seen (at 9b5e26f: a
    # Salesforce report exported as CSV, "Details Only", ISO-8859-1, long texts cut at 255).
    "salesforce_report_csv_export": (0.985, 0.91, 0),
    # Round 89: built like round 88's held-out Salesforce export from its report (HubSpot's
    # ticket view exported to Excel: pipeline stages as statuses, multi-selects joined by ";",
    # a ticket holding two items of two reports; 1.000 / 0.984 as first seen, 1.000 by each
    # report of a multi-select read); the portal's CSV extract mailed by a Force Liaison Lead,
    # "sep=," on its first line, ids in Excel's ="008541" guards (0.028 / 0.062: every row one
    # off; 1.000 by the hint not counted as a row, and a row's type taken as its other item's)
    # ...
    "hubspot_ticket_pipeline_export": (0.995, 0.995, 0),
    "portal_csv_sep_line_text_guards": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.991 / 0.956 as first seen (at 6979d6a: an
    # in-house PHP app's records exported by phpMyAdmin as CSV, NULL, zero dates, HTML);
    # 0.991 / 0.941 since round 103 reads a record the app soft-deleted as no item, where
    # this truth has two such records not_on_hmicfrs_list (two conventions: see the README).
    "phpmyadmin_inhouse_app_csv": (0.99, 0.94, 0),
    # Round 90: built like round 89's held-out phpMyAdmin export from its report (an in-house
    # Oracle application's records exported raw by SQL Developer: STATUS_CD beside STATUS_DESC,
    # an empty record, Oracle's dates as text; 0.992 / 0.632 as first seen, 0.987 by the
    # description read before the code, the empty record no item, "THR" and "NLT"); the list
    # loaded into a force's warehouse and given back as a BusinessObjects report, a section
    # per report (1.000 / 1.000 as first seen) ...
    "oracle_sqldev_xlsx_export": (0.99, 0.985, 0),
    "hmicfrs_webi_sectioned_export": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.718 / 0.983, 40 wrong as first seen (at 6979d6a: a
    # SharePoint wiki page's table pasted into Excel, each line of a cell a row of its own);
    # 1.000 / 1.000 since its look-alike's fix (1923066), summary line only.
    "intranet_wiki_table_pasted_rows": (0.995, 0.995, 0),
    # Round 91: built like round 90's held-out wiki paste from its report (a committee paper's
    # Word appendix with Track Changes showing, pasted into Excel: 0.812 / 0.857, 21 wrong as
    # first seen; 0.981 / 0.921 by a cell's lines read into their item and a struck RAG word
    # replaced); a tracker begun as a Word table, four columns of two facts a cell around a
    # slash (0.971 / 0.444; 0.938 by each column split in two) ...
    "word_paper_tracked_changes_paste": (0.98, 0.92, 0),
    "two_fields_per_cell_columns": (0.975, 0.935, 0),
    # ... and one held out, never opened: 1.000 / 0.673 as first seen (at 81d04e8: a portal's
    # scheduled report mailed raw, system field names over a row of labels, coded statuses);
    # 0.945 since a code list on another sheet is read (summary line only).
    "portal_extract_coded_fields_label_row": (0.995, 0.94, 0),
    # Round 92: built like round 91's held-out coded portal report from its report (a data
    # warehouse's star-schema extract, a sheet per table: STATUS_SK resolved only on a
    # DIM_STATUS sheet, old versions of a record beside the current one; 0.935 / 0.692, 3
    # wrong as first seen, unchanged: no join of a fact sheet's keys to its dimension sheets
    # yet); a SAS PROC PRINT of the list, a block per report, the type cut at 14 characters
    # (0.991 / 0.952; 0.968 by a type word cut short read) ...
    "dwh_star_extract_dim_sheets": (0.93, 0.69, 3),
    "sas_ods_proc_print_by_report": (0.99, 0.965, 0),
    # ... and one held out, never opened: 0.752 / 0.281, 6 wrong as first seen (at 02973b2: a
    # Notion database's CSV export, a short title, the text in a later column, reports as
    # links, parent and sub-item pages).
    "notion_database_csv_export": (0.75, 0.28, 6),
    # Round 93: built like round 92's held-out Notion export from its report (Baserow's grid
    # view CSV: its row id first, links joined by a comma, "unnamed row 14" for a linked row
    # with no name, a "Parent rec" link; 0.992 / 0.910 as first seen, 1.000 / 1.000 by those
    # read); a Google Sheets download, checkboxes as TRUE / FALSE, people as e-mail addresses
    # (0.989 / 0.962; 1.000 / 1.000 by "right skills" naming no other subject) ...
    "baserow_grid_view_csv_export": (0.995, 0.995, 0),
    "google_sheets_download_checkboxes": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.992 / 0.957 as first seen (at 7d9e10b: the list as
    # a pivot's drill-down sheets, one per status, the pivot itself on a Summary sheet).
    "hmicfrs_pivot_drilldown_sheets": (0.99, 0.955, 0),
    # Round 94: built like round 93's held-out drill-down sheets from its report (a pivot's
    # report filter pages pasted as values: labels once per block, "<type> Total" rows, the
    # report only in the filter cell; 0.953 / 0.766 as first seen, 1.000 / 1.000 by the
    # labels written down their blocks, the filter read, a row lettering its items a merge);
    # an SSRS report's CSV, a block of counts above the items' own header, "Textbox47" the
    # type (stopped with exit 2 as first seen; 1.000 / 1.000 by the tables put back one by
    # one) ...
    "hmicfrs_pivot_report_filter_pages": (0.995, 0.995, 0),
    "ssrs_csv_export_textbox_headers": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.989 / 0.961 as first seen (at 7d9e10b: a status
    # kept as a number 1-3 shown only as a conditional format's icon).
    "icon_set_status_hidden_numbers": (0.985, 0.96, 0),
    # Round 95: built like round 94's held-out icon set from its report (a RAG column of
    # colour only, each cell coloured by a conditional format from a hidden "RAG code"
    # column a key spells out; 0.982 / 0.641, 1 wrong as first seen; 0.991 / 0.984 by the
    # code column read through the key, the row typing another item's id released); a
    # programme office's RAID log, the items on its Actions and Issues tabs (0.940 / 0.797;
    # 0.950 / 0.828 by "Resolved" read as done) ...
    "rag_colour_from_hidden_code": (0.99, 0.98, 0),
    "raid_log_actions_issues_tabs": (0.945, 0.82, 0),
    # ... and one held out, never opened: 0.961 / 0.908 as first seen (at 7d9e10b: the list
    # copied page by page from a secure mail service's read-only preview, its row numbers
    # and column letters with it).
    "secure_mail_preview_grid_paste": (0.955, 0.90, 0),
    # Round 96: built like round 95's held-out preview paste from its report (the list
    # copied screen by screen out of Excel for the web in Teams, one screen a column to the
    # right; 0.851 / 0.774 as first seen, 1.000 / 1.000 by the shifted screen read back on the
    # list's side too); a tracker with a key and counts in a panel beside the table (1.000 /
    # 1.000 as first seen) ...
    "teams_excel_web_preview_screen_paste": (0.995, 0.995, 0),
    "status_key_panel_beside_table": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.090 / 0.208, 33 wrong, 278 rows not items as
    # first seen (at 7d9e10b: the list as an entity-attribute-value CSV, a record per field);
    # 1.000 / 0.925 by load/longform.py (its summary line was looked at while that reader was
    # written, so it is no longer a clean held-out measure).
    "hmicfrs_hub_attribute_value_extract": (0.995, 0.92, 0),
    # Round 97: built like round 96's held-out entity-attribute-value extract from its report
    # (a Power Query of the register's JSON feed left as Record.id | Name | Value, a row per
    # field; 0.000 / 0.127, 36 wrong, 422 rows not items as first seen; 1.000 / 1.000 by
    # load/longform.py, a record per field read one row per record); a committee appendix with
    # no status column, "Further action required" None / Nil / N/A for done (0.991 / 0.574;
    # 0.951 by that column read) ...
    "powerquery_json_name_value_rows": (0.995, 0.995, 0),
    "further_action_column_no_status": (0.99, 0.95, 0),
    # ... and one held out, never opened: 0.992 / 0.943 as first seen (at 2cc8ae9: the list as
    # Annex C of a PEEL data-request workbook, ids "MR-06113", numbered statuses).
    "peel_data_request_annex_list": (0.99, 0.94, 0),
    # Round 98: built like round 97's held-out data-request annex from its report (the list
    # inside a revisit's evidence schedule: a worked example row, the evidence wanted under
    # each item a row each, a force row numbering the four items it holds "1) … 4)"; 0.978 /
    # 0.949, 25 rows not items as first seen; 1.000 / 1.000 by load/labelled.py, the example
    # row read as one and match/groups._marked_merges); a wiki's page properties report
    # copied into Excel, two template versions' columns side by side (0.983 / 0.956, 2 wrong;
    # 0.992 / 0.971, 1 wrong by the moved bullet and "Completed Dec 2015" read; 1.000 / 0.971
    # by the "Copy of" page read once, load/copyof.py) ...
    "revisit_evidence_schedule_template": (0.995, 0.995, 0),
    "confluence_page_properties_report": (0.995, 0.965, 0),
    # ... and one held out, never opened: 0.992 / 0.986, 9 rows not items as first seen (at
    # 022b05b: a regional learning network's findings register, graded judgements and
    # innovative practice logged among the items).
    "regional_findings_register_grades_and_practice": (0.99, 0.98, 0),
    # Round 99: built like round 98's held-out findings register from its report (a force's
    # learning log exported from its risk system, the inspectorate's items among IOPC,
    # coroner, audit and good-practice rows, each "n/a" where the items give HMICFRS's
    # status; 0.964 / 0.862, 2 wrong, 20 rows not items as first seen; 1.000 / 1.000 by
    # load/untracked.py, "Source Ref" read as the reference, a repeat keyed with another type
    # word read once, a two-digit slip no bar to the item it names); a tracker kept in
    # Microsoft Lists' issue-tracker template, exported as CSV (0.982 / 0.954, 1 wrong; 1.000
    # / 1.000 by the title's "REC –" read as the type and "By design" as done) ...
    "jcad_learning_log_mixed_sources": (0.995, 0.995, 0),
    "lists_issue_tracker_template_csv": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.990 / 0.969 as first seen (at a51f41a: a Force
    # Liaison Lead's chase list, its items in bands by due date).
    "fll_chase_list_due_date_bands": (0.985, 0.96, 0),
    # Round 100: built like round 99's held-out chase list from its report (a DCC's chase
    # sheet, the list regrouped by chief officer, RAG counts in merged group headings,
    # sub-totals, "see also" pointer rows; 1.000 / 1.000 as first seen); a PCC office's
    # working copy of the list, a stale copy of the force's tracker on a second sheet for its
    # look-ups (0.903 / 0.839, 7 wrong, 59 rows not items; 1.000 / 0.984 by the tracker copy
    # set aside, listcopy.without_tracker_copies) ...
    "dcc_chase_sheet_chief_officer_groups": (0.995, 0.995, 0),
    "opcc_annotated_list_stale_lookup_sheet": (0.995, 0.98, 0),
    # ... and one held out, never opened: 0.595 / 0.426, 23 wrong, 12 rows not items as first
    # seen (at 90985d6: an Azure Boards tree query's CSV, the title in "Title 1/2/3" by the
    # row's depth, epics for reports, features for items, child tasks for parts); 0.863 /
    # 0.738, 0 wrong by the tree's reading (load/tree.py, staircase.py's "Title n"), never
    # opened.
    "azure_boards_tree_query_csv": (0.86, 0.73, 0),
    # Round 101: built like round 100's held-out tree query from its report (Jira Plans' CSV,
    # Theme -> Initiative (a report) -> Epic (an item) -> Story (a part), the level in
    # "Hierarchy", the parent's key in "Parent"; exit 2 as first seen, the sheet read as a
    # list a record per field; 0.889 / 0.795 by that reader's guards, the tree still unread);
    # the list as a liaison letter's Annex A in parts by status, no status column (1.000 /
    # 0.661, 5 rows not items; 1.000 / 1.000 by each item taking its part's status,
    # sections.status_from_parts, and the summary's "Open: …" lines read as not items) ...
    # (1.000 / 1.000 once the tree is read: load/tree.py) ...
    "jira_plans_hierarchy_csv": (0.995, 0.995, 0),
    "hmicfrs_letter_annex_status_parts": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.851 as first seen (at 4ad3838: a quality
    # management system's CAPA register, numbered workflow stages for status); 1.000 / 0.973
    # once "Effectiveness check" reads as done (round 102), never opened.
    "qms_capa_register_csv_export": (0.995, 0.97, 0),
    # Round 102: built like round 101's held-out CAPA register from its report (Q-Pulse's CSV,
    # numbered stages, other bodies' records among the items, descriptions cut at 250; truth
    # amended to the convention for other bodies' rows: 0.900 / 0.556 as first seen at
    # 5292b43, the Priority column misread as the tree's levels; 1.000 / 0.968 by the tree's
    # guard and "Effectiveness check" done); the list as a liaison lead's cause-of-concern
    # monitoring pack (1.000 / 0.960, 3 rows not items: pointer stubs and a repeat) ...
    # Both 1.000 / 1.000 in round 103 (a code's report, a title's type after the report; a
    # pack's stubs and repeats read once, status words beside a plain RAG).
    "qms_capa_register_lookalike": (0.995, 0.995, 0),
    "coc_monitoring_pack_linked_repeats": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.905 / 0.694, 8 wrong, 8 rows not items as first
    # seen (at 5292b43: a SharePoint document library of closure packs, exported to Excel);
    # 0.989 / 0.980, none wrong, once round 103 read a library's files, stages and approval.
    "sharepoint_closure_pack_library": (0.985, 0.975, 0),
    # Round 103: built like round 102's held-out library from its report (another force's
    # library, its own stage words, approval Rejected and Draft, evidence carrying refs:
    # 0.918 / 0.615, 7 wrong, 15 rows not items as first seen at b17e5a2; 1.000 / 1.000 by
    # load/library.py, load/approval.py and stage headings); a Power Apps app saving to an
    # Excel table (0.988 / 0.900, 1 wrong, 1 row not items; 1.000 / 1.000 by a key after the
    # lookups' choice lists and load/deleted.py) ...
    "sharepoint_closure_library_lookalike": (0.995, 0.995, 0),
    "powerapps_excel_table_datasource": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.978 / 0.942, 40 rows not items as first seen (at
    # b17e5a2: the portal's report rendered to Excel by Reporting Services, a sheet per report,
    # a document map, status history in hidden outline rows; no rows not items since round
    # 104's drill-down reading).
    "ssrs_excel_render_docmap_outline": (0.975, 0.94, 0),
    # Round 104: built like round 103's held-out render from its report (a report server's
    # Excel render, drill-down rows collapsed under each item: 1.000 / 1.000, 133 rows not
    # items as first seen at 9496382; none by load/drilldown.py); the list as the portal's
    # notification emails, an Outlook folder exported to CSV (0.747 / 0.294, 2 wrong, 24 rows
    # not items; 0.989 / 0.980 by load/cellfields.py and the history's fold) ...
    "ssrs_report_render_lookalike": (0.995, 0.995, 0),
    "outlook_csv_portal_notifications": (0.985, 0.975, 0),
    # ... and one held out, never opened: 1.000 / 1.000 as first seen (at 9496382: a police
    # and crime plan's priorities as sections, items copied under two of them).
    "pcp_priority_sections_duplicate_rows": (0.995, 0.995, 0),
    # Round 105: built like round 104's held-out tracker from its report (a PCP re-cut,
    # status letters spelt out by a key, copies under two priorities, one row per bullet:
    # 0.989 / 0.755 as first seen at 9c56ae8; 1.000 / 1.000 by the key's letters, copies read
    # as whole tellings and "misper"); the list as a portal report joined to themes and
    # evidence, each item on several rows (1.000 / 1.000 as first seen) ...
    "pcp_priority_sections_lookalike": (0.995, 0.995, 0),
    "portal_report_join_fanout": (0.995, 0.995, 0),
    # ... and one held out, never opened: 1.000 / 0.843, 2 rows not items as first seen (at
    # 057163f: a FileMaker database's Merge export, a repeating RAG field, tick-box stages).
    "filemaker_merge_export_repeating_fields": (0.995, 0.84, 0),
    # Round 106: built like round 105's held-out FileMaker export from its report (a repeating
    # RAG field split by 0x1D, vertical tabs, a duplicated record never filled in, a test and
    # a note record: 0.991 / 0.667, 1 wrong, 3 rows not items as first seen at 926f562; 1.000 /
    # 1.000 by load/repetitions.py and the copy, test and note rows); the list as a liaison
    # lead's email both sides answered in, the force's queries typed under it, the tracker's
    # key calling Green done (0.988 / 0.917, 1 wrong, 2 rows not items; 1.000 / 0.979) ...
    "filemaker_merge_export_lookalike": (0.995, 0.995, 0),
    "fll_email_thread_inline_replies": (0.995, 0.975, 0),
    # ... and one held out, never opened: 0.963 / 0.717, 2 wrong, 27 rows not items as first
    # seen (at 926f562: a recommendations register whose rows say "See FIP", the status in the
    # linked actions of an improvement plan's sheet); 1.000 / 1.000 since 93c2f5c.
    "register_links_to_plan_actions": (0.995, 0.995, 0),
    # Round 107: built like round 106's held-out register from its report (rows saying "See
    # plan" beside pointers to an improvement plan's actions: 1.000 / 0.750, 39 rows not items
    # as first seen at 0690456; 1.000 / 1.000 by load/projects.py reading a plan's actions,
    # which took round 106's held-out case from 0.963 / 0.717 to 1.000 / 1.000 too); the list
    # as a compact PivotTable pasted as values (stopped with exit 2; 0.950 / 0.918 by
    # load/compactpivot.py) ...
    "register_plan_pointers_lookalike": (0.995, 0.995, 0),
    "hmicfrs_pivot_compact_ids_under_status": (0.995, 0.995, 0),   # 1.000 / 1.000 in round 109
    # ... and one held out, never opened: 0.936 / 0.860, 6 wrong, 6 rows not items as first
    # seen (at 0690456: a SharePoint form library of InfoPath forms exported to Excel, two
    # template eras, closure-request forms in the same library); 1.000 / 0.900 in round 108.
    "infopath_form_library_export": (0.995, 0.895, 0),
    # Round 108: built like round 107's held-out InfoPath library from its report (two
    # templates, closure requests filed beside the forms, a test form: 0.850 / 0.460, 2 wrong,
    # 7 rows not items as first seen at 1613127; 0.914 / 0.840 by load/contenttypes.py, a grade
    # with its meaning in brackets, a heading-named second reference column and the report's
    # folder, which took round 107's held-out case to 1.000 / 0.900 too); a tracker with a
    # OneDrive conflict copy's rows pasted under it, its own header a column wider (1.000 /
    # 0.922, unchanged) ...
    "infopath_form_library_lookalike": (0.91, 0.835, 0),
    "onedrive_conflict_copy_pasted_below": (0.995, 0.995, 0),   # 1.000 / 1.000 in round 109
    # ... and one held out, never opened: 0.920 / 0.880, 4 wrong, 2 rows not items as first
    # seen (at 1613127: the list as a data warehouse's history table, a row per version of
    # each record, "IsCurrent" beside "ValidFrom" / "ValidTo"); 0.976 / 0.960, none, in
    # round 109 (the rules made on its look-alike; summary line only).
    "hmicfrs_dwh_scd2_version_rows": (0.97, 0.955, 0),
    # Round 109: built like round 108's held-out history table from its report (an SSMS grid
    # pasted: "HMICFRS_RecID" beside a surrogate key, "IsCurrent" / "IsDeleted", a record
    # ended with no current row, one re-created under a new id: 0.383 / 0.264, 4 wrong, 26
    # in review, 61 rows not items as first seen at b003a18; 1.000 / 0.981 by reading a
    # warehouse's names, its current flag over the update-history rule, records with no
    # current version, a duty "from July 2018"); the list as a SharePoint list exported with
    # its folders (the report only in "Path", a "Closed" folder under each report's, archive
    # items with a title and the register's closing comment: 1.000 / 0.857 -> 1.000 / 1.000)
    "dwh_history_table_lookalike": (0.995, 0.975, 0),
    "hmicfrs_sp_folder_path_export": (0.995, 0.995, 0),
    # ... and one held out, never opened: 0.977 / 0.940, 1 row not an item as first seen (at
    # b003a18: one sheet per report made from a template tab, the report named only in the
    # page header).
    "page_header_titles_template_copies": (0.96, 0.935, 0),   # 0.965 / 0.940 in round 110
    # Round 110: built like round 109's held-out tracker from its report (one sheet per report
    # copied from a template tab, the report only in the printed page header: 1.000 / 0.980,
    # 9 rows not items as first seen at 30a6ebf; 1.000 / 1.000 by load/pageheader.py and the
    # template tab set aside; its 8 rows left "not items" are an "Other forces" learning tab,
    # which the brief called no items and the tool reads as not on the list); the list as a
    # PCC office's public copy, items redacted or withheld (0.977 / 0.941, unchanged: the
    # withheld item is read as an item now, but nothing pairs a text-less item yet) ...
    "page_header_report_tabs_lookalike": (0.995, 0.995, 0),
    "opcc_public_copy_redacted_rows": (0.97, 0.935, 0),
    # ... and one held out, never opened: 1.000 / 0.725 as first seen (at 30a6ebf: a force's
    # actions across the row in repeating blocks, no overall status, a sign-off block).
    "action_blocks_across_columns": (0.995, 0.72, 0),
}


#: Held-out cases, never looked at, on which reconcile does no better than the plain
#: baseline as first seen: kept visible here (and failing the moment that changes) rather
#: than left out. Round 42's history export was (0.262 against the baseline's 0.279) until
#: load/history_export.py, and round 71's portal print report (0.000, as the baseline) until
#: load/tworow.py, and round 72's plan of one worksheet per item (0.000) until
#: load/formsheet.py, and round 97's Power Query name-value rows (0.000, as the baseline)
#: until load/longform.py. None now.
BELOW_BASELINE: set[str] = set()


def test_every_case_has_a_floor():
    assert sorted(p.name for p in CASES.iterdir() if (p / "truth.csv").exists()) == sorted(FLOOR)


@pytest.mark.parametrize("case", sorted(FLOOR))
def test_a_case_built_by_other_hands_holds_its_floor(case):
    ours, baseline = evaluate_case(CASES / case)
    min_f1, min_accuracy, max_wrong = FLOOR[case]
    why = f"{case}: wrong {ours.accepted_wrong}, missed {ours.missed[:10]}"
    assert ours.f1 >= min_f1, why
    assert ours.category_accuracy >= min_accuracy, why
    assert len(ours.accepted_wrong) <= max_wrong, why
    if case in BELOW_BASELINE:
        assert ours.f1 <= baseline.f1, f"{case} now beats the baseline: take it off the list"
    else:
        assert ours.f1 > baseline.f1
