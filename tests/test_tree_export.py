"""A force's improvement plan kept in a work tracker and exported as a tree: Jira Plans'
"Hierarchy" of Theme > Initiative > Epic > Story, each row naming its parent's key; Azure
Boards' "Work Item Type" of Epic > Feature > Task. The items are one level of the tree; the
levels above are headings (the one right above names the items' report), the levels below
their parts.

Texts are real public HMICFRS texts (Open Government Licence); keys, owners, statuses and the
force's abridgements are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

SAS_TITLE, SAS_DATE, SAS = NATIONAL["sas13"]
FL_TITLE, FL_DATE, FL = NATIONAL["firearms"]
SF_TITLE, SF_DATE, SF = NATIONAL["stolen"]

JIRA = ["Hierarchy", "Issue key", "Title", "Parent", "Project", "Assignee", "Status",
        "Resolution", "Labels", "HMICFRS Ref", "Due date", "Progress (%)"]


def _cut(text: str) -> str:
    """A summary as Jira keeps it: one line, at most 255 characters."""
    return " ".join(text.split())[:255]


def _jira_rows() -> list[list]:
    def row(level, key, title, parent, status, labels=None, ref=None, resolution=None):
        done = status == "Done"
        return [level, key, title, parent, "HMIP", "ACC Local Policing", status,
                resolution or ("Done" if done else None), labels, ref, None, None]
    rows = [
        row("Theme", "HMIP-128", "National thematic inspections", None, "In Progress"),
        # A heading closed while an item under it is open: its Done is not the item's.
        row("Initiative", "HMIP-90", "Stop & Search powers (HMIC 2013)", "HMIP-128", "Done"),
        row("Epic", "HMIP-19", "S&S APP - clear spec of what effective and fair use of S&S "
            "looks like (College of Policing/national lead)", "HMIP-90", "Done", "National_Rec"),
        row("Epic", "HMIP-75", "Establish or improve monitoring of the way officers stop and "
            "search people - satisfied acting in accordance with law", "HMIP-90", "In Progress",
            "National_Rec"),
        row("Epic", "HMIP-217", _cut(SAS[2][1]), "HMIP-90", "Done", "National_Rec"),
        row("Initiative", "HMIP-118", "Firearms licensing 2015", "HMIP-128", "In Progress"),
        row("Epic", "HMIP-225", "FL governance - assess against APP standards and put correct "
            "arrangements in place", "HMIP-118", "Done", "National_Rec", 5901),
        # An epic done while one of its stories is not: the item is open.
        row("Epic", "HMIP-36", "Within three months, assess demand on FL dept and ensure "
            "capacity to meet demand + efficient & effective service", "HMIP-118",
            "Done", "National_Rec", 5902),
        row("Story", "HMIP-11", "Map demand on the FL department against its staffing",
            "HMIP-36", "Done"),
        row("Story", "HMIP-12", "Business case for two more FL enquiry officers", "HMIP-36",
            "In Progress"),
        row("Epic", "HMIP-10", "Total expired licensing records - appropriate action",
            "HMIP-118", "Done", "National_Rec", 5903),
        row("Initiative", "HMIP-202", "Stolen Freedom (MSHT) 2017", "HMIP-128", "In Progress"),
        row("Epic", "HMIP-61", "MSHT leadership & governance review (within 12 months)",
            "HMIP-202", "In Progress", "National_Rec", 7701),
        row("Epic", "HMIP-62", "Info sharing agreements with other agencies - speedy exchange "
            "of intel, safeguard victims, ID suspects early", "HMIP-202", "Done",
            "National_Rec", 7702),
        row("Epic", "HMIP-63", "s45 defence - early & continuing consideration for victims "
            "committing offences under compulsion", "HMIP-202", "In Progress", "National_Rec",
            7703),
        # An initiative with nothing under it yet.
        row("Initiative", "HMIP-133", "Information management (Building the Picture)",
            "HMIP-128", "To Do"),
    ]
    return [JIRA, *rows]


def _write_csv(path, rows):
    import csv
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _definitive_list(path):
    header = ["Register ID", "Force", "Report", "Publication date", "Type", "Recommendation",
              "Status"]
    rows = [header]
    ids = {"sas13": [101, 102, 103], "firearms": [5901, 5902, 5903],
           "stolen": [7701, 7702, 7703]}
    statuses = {"sas13": ["Complete", "Complete", "Being progressed"],
                "firearms": ["Complete", "Being progressed", "Being progressed"],
                "stolen": ["Being progressed"] * 3}
    for key in ("sas13", "firearms", "stolen"):
        title, (y, m, d), items = NATIONAL[key]
        for rid, (kind, text), status in zip(ids[key], items, statuses[key], strict=False):
            rows.append([rid, "All forces", title, datetime(y, m, d), kind, text, status])
    return write_xlsx(path, {"Definitive list": rows})


def test_the_levels_above_the_items_are_headings_naming_their_report(tmp_path):
    side = load_side(_write_csv(tmp_path / "plan.csv", _jira_rows()), "force")
    items = side.items.set_index("row")
    # Epics (rows 4-6, 8, 9, 12, 14-16) are the items, each under its initiative's title;
    # the stories (10, 11) are parts of their epic.
    assert sorted(items.index) == [4, 5, 6, 8, 9, 10, 11, 12, 14, 15, 16]
    assert items.loc[4, "report"] == "Stop & Search powers (HMIC 2013)"
    assert items.loc[11, "report"] == "Firearms licensing 2015"
    assert items.loc[14, "report"] == "Stolen Freedom (MSHT) 2017"
    assert items.loc[11, "text"] == items.loc[9, "text"]     # a story is its epic's part
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[2].startswith("a record of the kind 'Theme' ('Hierarchy'): a heading over")
    for r in (3, 7, 13, 17):
        assert "the report the items under it are filed under" in why[r], r
    # Every row is an item or explained.
    assert len(side.items) + len(side.skipped) == 17
    assert "a plan exported as a tree" in side.sheets[0].note


def test_a_tree_plan_reconciled_by_its_initiatives_and_stories(tmp_path):
    rec = reconcile_files(_definitive_list(tmp_path / "list.xlsx"),
                          _write_csv(tmp_path / "plan.csv", _jira_rows()))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    pair = dict(zip(rec.items["force_row"], rec.items["hmicfrs_row"], strict=True))
    assert pair["plan.csv!4"] == "Definitive list!2"
    assert pair["plan.csv!6"] == "Definitive list!4"
    # The initiative's Done does not close the open epic under it (list: complete).
    assert cat["plan.csv!5"] == "closeable_local"
    # Epic done, list open: closeable; epic done but a story open: the item is open.
    assert cat["plan.csv!15"] == "closeable_submit"
    assert pair["plan.csv!10"] == pair["plan.csv!11"] == "Definitive list!6"
    assert cat["plan.csv!9"] == cat["plan.csv!11"] == "in_sync"
    # No heading is output as a force item.
    assert not {"plan.csv!2", "plan.csv!3", "plan.csv!7", "plan.csv!13", "plan.csv!17"} & set(cat)


def test_an_azure_boards_export_whose_items_are_the_longest_wording(tmp_path):
    """No reference or type on any level: the items are the level written out at length
    (Features), over the force's tasks, under epics naming the reports."""
    rows = [["ID", "Work Item Type", "Title", "Parent", "Assigned To", "State", "Tags"]]
    rows.append([3001, "Epic", "Targeting the risk (firearms licensing, Sept 2015)", None,
                 "Supt Firearms", "Active", "HMICFRS"])
    for k, (_, text) in enumerate(FL[:3]):
        rows.append([3010 + k, "Feature", _cut(text), 3001, "Supt Firearms",
                     "Closed" if k == 2 else "Active", "HMICFRS"])
    rows.append([3020, "Task", "Map demand on FL dept against staffing", 3011, "FL Manager",
                 "Closed", None])
    rows.append([3021, "Task", "Business case for two more FL enquiry officers", 3011,
                 "FL Manager", "Active", None])
    rows.append([3002, "Epic", "Stolen freedom (MSHT, Oct 2017)", None, "Det Ch Supt CID",
                 "Active", "HMICFRS"])
    for k, (_, text) in enumerate(SF[1:3]):
        rows.append([3030 + k, "Feature", _cut(text), 3002, "Det Ch Supt CID", "Active",
                     "HMICFRS"])
    side = load_side(write_xlsx(tmp_path / "boards.xlsx", {"Query": rows}), "force")
    items = side.items.set_index("row")
    assert sorted(items.index) == [3, 4, 5, 6, 7, 9, 10]
    assert items.loc[3, "report"] == "Targeting the risk (firearms licensing, Sept 2015)"
    assert items.loc[10, "report"] == "Stolen freedom (MSHT, Oct 2017)"
    assert items.loc[6, "text"] == items.loc[4, "text"]        # a task is its feature's part
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "'Work Item Type'" in why[2] and "report" in why[8]


def _tree_query(described: bool) -> list[list]:
    """Azure Boards' "Export to CSV" of a tree query: each work item's title in the column of
    its depth ("Title 1" an Epic, "Title 2" a Feature, "Title 3" a Task); the HMICFRS text
    pasted whole into the Feature's title, or into its HTML description under the force's
    short title; the type among the tags."""
    header = ["ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "State", "Assigned To",
              "Tags"] + (["Description"] if described else [])
    rows = [header]

    def add(key, kind, depth, title, state, who, tags=None, text=None):
        titles = [None, None, None]
        titles[depth] = title
        html = f"<div><p>{text.replace('&', '&amp;')}</p></div>" if text else None
        rows.append([key, kind, *titles, state, who, tags] + ([html] if described else []))

    short = ["FL governance against APP standards", "Demand on the FL department",
             "Total expired licensing records"]
    add(3001, "Epic", 0, "Targeting the risk – firearms licensing (Sept 2015)", "Active",
        "Supt Firearms", "HMICFRS")
    for k, (_, text) in enumerate(FL[:3]):
        add(3010 + k, "Feature", 1, short[k] if described else _cut(text),
            "Closed" if k == 2 else "Active", "Supt Firearms",
            "HMICFRS; National recommendation", text)
        if k == 1:
            add(3020, "Task", 2, "Map demand on FL dept against staffing", "Closed", "FL Manager")
            add(3021, "Task", 2, "Business case for two more FL enquiry officers", "Active",
                "FL Manager")
    add(3002, "Epic", 0, "Stolen freedom – modern slavery (Oct 2017)", "Active",
        "Det Ch Supt CID", "HMICFRS")
    for k, (_, text) in enumerate(SF[1:3]):
        add(3030 + k, "Feature", 1, ["Information-sharing agreements",
                                     "Section 45 defence"][k] if described else _cut(text),
            "Active", "Det Ch Supt CID", "HMICFRS; National recommendation", text)
        add(3040 + k, "Task", 2, "Brief the MSHT single points of contact", "Active", "DI MSHT")
    return rows


def test_an_azure_boards_tree_query_with_titles_by_depth(tmp_path):
    for described in (False, True):
        path = _write_csv(tmp_path / f"query{int(described)}.csv", _tree_query(described))
        side = load_side(path, "force")
        items = side.items.set_index("row")
        assert sorted(items.index) == [3, 4, 7, 9, 11], described        # the Features
        assert items.loc[4, "report"] == "Targeting the risk – firearms licensing (Sept 2015)"
        assert items.loc[11, "report"] == "Stolen freedom – modern slavery (Oct 2017)"
        # The whole HMICFRS text, whichever cell the force pasted it into.
        assert items.loc[4, "text"].startswith("Within three months, all chief constables "
                                               "should assess the demand placed")
        assert "&amp;" not in items.loc[9, "text"] and "<p>" not in items.loc[9, "text"]
        assert list(items["status"]) == ["Active", "Active", "Closed", "Active", "Active"]
        why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
        assert "report" in why[2] and "report" in why[8]            # the Epics
        assert "the item on row 4" in why[5] and 4 not in why        # a Task, its Feature
        # The tags name the type, not a report ("HMICFRS" is where an item came from).
        assert side.sheets[0].mapping.get("report") != "Tags"


def test_a_tree_query_reconciled(tmp_path):
    rec = reconcile_files(_definitive_list(tmp_path / "list.xlsx"),
                          _write_csv(tmp_path / "query.csv", _tree_query(True)))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    pair = dict(zip(rec.items["force_row"], rec.items["hmicfrs_row"], strict=True))
    assert pair["query.csv!3"] == "Definitive list!5"
    assert pair["query.csv!9"] == "Definitive list!9"
    assert cat["query.csv!3"] == "closeable_local"        # Active, the list's Complete
    assert cat["query.csv!7"] == "closeable_submit"       # Closed, list being progressed
    assert not {"query.csv!2", "query.csv!8"} & set(cat)
    reports = dict(zip(rec.force.items["row"], rec.force.items["report"], strict=True))
    assert reports[9] == "Stolen freedom – modern slavery (Oct 2017)"


def test_a_column_of_tags_or_keys_names_no_report():
    """A work tracker's tags ("HMICFRS; National recommendation") and its keys ("HMIC-10")
    hold the inspectorate's name but name no report; a tag naming one among them does."""
    from reconcile.load.columns import names_reports, profile_columns

    def column(values):
        return profile_columns([[v] for v in values], 1)[0]

    assert not names_reports(column(["HMICFRS", "HMICFRS; National recommendation"] * 4))
    assert not names_reports(column([f"HMIC-{n}" for n in (10, 10, 14, 14, 93, 93)]))
    assert names_reports(column(["HMICFRS; AFI; PEEL 2021/22", "HMICFRS; Cause of concern; "
                                 "PEEL 2021/22", "HMICFRS; AFI; PEEL 2023/25"] * 2))


def test_a_record_state_beside_its_reason_is_still_not_the_status(tmp_path):
    """"Active" is a work item's open state (Azure Boards); a portal's record state "Active"
    / "Inactive" beside a "Status Reason" still gives way to the reason."""
    header = ["Reference", "Report Title", "Type", "Recommendation Text", "Status",
              "Status Reason"]
    rows = [header]
    reasons = ["Being progressed", "Complete", "Force reports complete", "Superseded",
               "Being progressed"]
    for k, ((kind, text), reason) in enumerate(zip(SF, reasons, strict=False)):
        state = "Inactive" if reason in ("Complete", "Superseded") else "Active"
        rows.append([f"REC-{10900 + k}", SF_TITLE, kind, text, state, reason])
    side = load_side(write_xlsx(tmp_path / "portal.xlsx", {"All Recommendations": rows}),
                     "hmicfrs")
    assert side.sheets[0].mapping["status"] == "Status Reason"
    assert list(side.items["status"])[:3] == [
        "Open (record Active; Being progressed)", "Closed (record Inactive; Complete)",
        "Open (record Active; Force reports complete)"]


def test_a_column_of_a_few_words_is_no_tree_with_one_row_filed_under_another():
    """A CAPA register's "Priority" (Low / Medium / High), one record cancelled as a duplicate
    of another (so filed under it): no levels of a tree, every record still an item. (At
    5292b43 the High and Low records were set aside as headings.)"""
    from reconcile.load.tree import read_tree

    priority = ["High", "High", "Medium", "Low", "High", "Medium", "Low", "High", "Medium",
                "Medium"]
    # The Medium records' descriptions the longest, as a tree's items' wording would be.
    items = [{"row": r, "text": SF[0][1] if priority[r - 2] == "Medium" else SF[2][1][:120],
              "ref": None, "type": None, "parent": "CAPA-00116" if r == 11 else None}
             for r in range(2, 12)]
    rows = {r: [f"CAPA-{110 + r:05d}", items[r - 2]["text"], priority[r - 2]]
            for r in range(2, 12)}
    named = {f"capa {110 + r:05d}": items[r - 2] for r in range(2, 12)}
    named["capa 00116"] = items[4]
    assert read_tree(items, lambda r: rows[r], named, None, {0, 1}) is None


def test_a_tree_query_two_levels_deep(tmp_path):
    """A tree query of Epics over Features only ("Title 1", "Title 2"): two level columns are
    a staircase too."""
    three = _tree_query(True)
    drop = three[0].index("Title 3")
    rows = [r[:drop] + r[drop + 1:] for r in three if r[1] != "Task"]
    side = load_side(_write_csv(tmp_path / "query.csv", rows), "force")
    items = side.items.set_index("row")
    assert sorted(items.index) == [3, 4, 5, 7, 8]                       # the Features
    assert items.loc[4, "report"] == "Targeting the risk – firearms licensing (Sept 2015)"
    assert items.loc[8, "report"] == "Stolen freedom – modern slavery (Oct 2017)"
    assert items.loc[4, "text"] == " ".join(FL[1][1].split())
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "report" in why[2] and "report" in why[6]                    # the Epics
