"""Columns take their role from what they hold as well as from their heading (issue 13, kinds
1 and 10): the layouts here are real trackers' and exports' layouts, filled with real public
HMICFRS texts, and none of them needs a config."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from builders import write_xlsx
from click.testing import CliRunner

from reconcile import InputError, SideSettings, load_side, reconcile_files
from reconcile.cli import main
from reconcile.load.columns import Profile, profile_columns
from reconcile.load.refs import ref_evidence
from reconcile.normalise import ref_key

DATA = Path(__file__).parent / "data" / "real_texts.csv"


@pytest.fixture(scope="module")
def texts() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["text"] for r in rows}) == len(rows)
    return rows


def ids_for(n: int) -> list[int]:
    """Register ids as HMICFRS numbers them: four digits, far apart, not 1..N."""
    return [8541 + 37 * i for i in range(n)]


def hmicfrs_list(tmp_path: Path, texts: list[dict[str, str]]) -> Path:
    rows = [["Reference", "Report title", "Type", "Recommendation", "Status"]]
    rows += [[i, t["report"], t["type"], t["text"], "Awaiting review"]
             for i, t in zip(ids_for(len(texts)), texts, strict=True)]
    return write_xlsx(tmp_path / "hmicfrs definitive list.xlsx", {"Definitive list": rows})


# ------------------------------------------------------------------------- kind 1

def action_plan(tmp_path: Path, texts: list[dict[str, str]], text_header: str) -> Path:
    """A force action plan: short report names first, the text under a type-like heading."""
    rows = [["Force action plan – HMICFRS recommendations and AFIs"], [],
            ["Report", "Ref", text_header, "Lead", "RAG", "Update"]]
    owners = ["ACC Crime", "Head of PSD", "Ch Supt Operations"]
    rows += [[t["report"], f"R{i + 1}", t["text"], owners[i % 3], ["Green", "Amber", "Red"][i % 3],
              "Work under way; evidence to the board in March."]
             for i, t in enumerate(texts)]
    return write_xlsx(tmp_path / "action plan.xlsx", {"Action plan": rows})


@pytest.mark.parametrize("header", ["Recommendation / AFI", "Rec / AFI text",
                                    "Recommendation/Area for Improvement", "Action", "Title"])
def test_action_plan_text_column_found_without_config(tmp_path, texts, header):
    side = load_side(action_plan(tmp_path, texts[:12], header), "force")
    rep = side.sheets[0]
    assert rep.header_row == 3
    assert rep.mapping["text"] == header
    assert rep.mapping["report"] == "Report"
    assert rep.mapping["owner"] == "Lead" and rep.mapping["status"] == "RAG"
    assert rep.mapping["progress"] == "Update"
    assert "type" not in rep.mapping          # the text is not a type column, whatever its name
    assert "free text" in rep.why["text"]
    assert list(side.items["text"]) == [t["text"] for t in texts[:12]]


def test_text_under_an_unknown_heading_is_found_by_what_it_holds(tmp_path, texts):
    rows = [["Inspection", "What HMICFRS asked", "Lead", "RAG"]]
    rows += [[t["report"], t["text"], "DCI Khan", "Amber"] for t in texts[:6]]
    side = load_side(write_xlsx(tmp_path / "t.xlsx", {"Plan": rows}), "force")
    rep = side.sheets[0]
    assert rep.mapping["text"] == "What HMICFRS asked"
    assert rep.why["text"].startswith("by content: free text")
    assert rep.mapping["report"] == "Inspection"


def test_refusal_suggests_the_column_that_holds_the_text(tmp_path, texts):
    # Too little to go on (one named field, two rows): refused, but the suggestion is the
    # column of wording, not the first heading (which holds short report names).
    rows = [["Report", "Colour", "What HMICFRS asked"]]
    rows += [[t["report"], "GREEN", t["text"]] for t in texts[:2]]
    path = write_xlsx(tmp_path / "t.xlsx", {"Sheet1": rows})
    with pytest.raises(InputError) as err:
        load_side(path, "force")
    assert '[force.columns] text = "What HMICFRS asked"' in str(err.value)


def test_config_wins_over_content(tmp_path, texts):
    path = action_plan(tmp_path, texts[:8], "Recommendation / AFI")
    side = load_side(path, "force", SideSettings(columns={"text": "Update"}))
    rep = side.sheets[0]
    assert rep.mapping["text"] == "Update" and rep.why["text"] == "config"
    assert set(side.items["text"]) == {"Work under way; evidence to the board in March."}


# ------------------------------------------------------------------------ kind 10

ALL_FORMS = ("{}", "HMICFRS {}", "Ref: {}", "#{}", "{} ")


def sharepoint_export(tmp_path: Path, texts: list[dict[str, str]], hidden: str,
                      forms: tuple[str, ...] = ALL_FORMS) -> Path:
    """A SharePoint list exported to Excel: ID, Title, a constant Source, Report Name, a
    half-filled Source Reference with prefixes, and a hidden constant content-type column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(["ID", "Title", "Source", "Report Name", "Source Reference", "Status",
               "Assigned To", hidden, "Modified"])
    ids = ids_for(len(texts))
    for i, t in enumerate(texts):
        ref = forms[i % len(forms)].format(ids[i]) if i % 2 == 0 else None
        ws.append([i + 1, t["text"], "HMICFRS", t["report"], ref,
                   ["In Progress", "Complete", "Not Started"][i % 3], "Supt Rowe", "Item",
                   "14/03/2019 10:12"])
    ws.column_dimensions["H"].hidden = True
    path = tmp_path / "force sharepoint export.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("hidden", ["Item Type", "Content Type"])
def test_sharepoint_export_columns_follow_their_content(tmp_path, texts, hidden):
    side = load_side(sharepoint_export(tmp_path, texts[:20], hidden), "force")
    rep = side.sheets[0]
    assert rep.mapping["text"] == "Title"
    assert rep.mapping["report"] == "Report Name"          # not the constant "Source"
    assert rep.runner_up["report"][0] == "Source"
    assert "'HMICFRS' on every row" in rep.runner_up["report"][1]
    assert "type" not in rep.mapping                       # "Item" is no type
    assert set(side.items["report"]) == {t["report"] for t in texts[:20]}
    assert side.items["type"].isna().all()


def test_sharepoint_source_reference_is_the_reference_by_the_lists_ids(tmp_path, texts):
    sample = texts[:20]
    hp = hmicfrs_list(tmp_path, sample)
    # No value names the register: only the list's ids can say these are its references.
    fp = sharepoint_export(tmp_path, sample, "Content Type", ("{}", "Ref: {}", "#{}", "{} "))
    assert "ref" not in load_side(fp, "force").sheets[0].mapping
    rec = reconcile_files(hp, fp)
    rep = rec.force.sheets[0]
    assert rep.mapping["ref"] == "Source Reference"
    assert rep.why["ref"] == "by content: 10 of its 10 values are references on the HMICFRS list"
    f = rec.f.set_index("row_id")
    ids = ids_for(len(sample))
    for i in range(len(sample)):
        expected = str(ids[i]) if i % 2 == 0 else ""
        assert f.loc[f"owssvr!{i + 2}", "ref_key"] == expected, i
    # Every row is paired with its own item: the references and reports agree.
    pairs = rec.items.dropna(subset=["hmicfrs_row", "force_row"])
    assert len(pairs) == len(sample)
    assert all(int(h.split("!")[1]) == int(fr.split("!")[1])
               for h, fr in zip(pairs["hmicfrs_row"], pairs["force_row"], strict=True))


def test_values_written_with_the_registers_name_make_the_reference_without_the_list(
        tmp_path, texts):
    side = load_side(sharepoint_export(tmp_path, texts[:20], "Item Type"), "force")
    rep = side.sheets[0]
    assert rep.mapping["ref"] == "Source Reference"
    assert rep.why["ref"] == "by content: some values are written 'HMICFRS <number>'"
    keys = [ref_key(v) for v in side.items["ref"]]
    ids = ids_for(20)
    assert keys == [str(ids[i]) if i % 2 == 0 else "" for i in range(20)]


def test_running_number_is_never_the_reference(tmp_path, texts):
    """A tracker's "No." 1..N against a list numbered 1..N: numbers that match by chance."""
    sample = texts[:15]
    rows = [["Ref", "Report", "Recommendation", "Status"]]
    rows += [[i + 1, t["report"], t["text"], "Open"] for i, t in enumerate(sample)]
    hp = write_xlsx(tmp_path / "hmicfrs list.xlsx", {"List": rows})
    tracker = [["No.", "Report", "Recommendation", "RAG"]]
    tracker += [[i + 1, t["report"], t["text"], "Amber"] for i, t in enumerate(reversed(sample))]
    fp = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker})
    rec = reconcile_files(hp, fp)
    rep = rec.force.sheets[0]
    assert "ref" not in rep.mapping and rep.mapping["local_ref"] == "No."
    assert (rec.f["ref_key"] == "").all()
    assert (rec.items["category"] != "conflict").all()


def test_running_number_against_register_ids_is_not_a_reference(tmp_path, texts):
    sample = texts[:10]
    hp = hmicfrs_list(tmp_path, sample)
    tracker = [["Item", "Recommendation", "Lead", "RAG"]]
    tracker += [[i + 1, t["text"], "ACC", "Green"] for i, t in enumerate(sample)]
    fp = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker})
    rec = reconcile_files(hp, fp)
    assert "ref" not in rec.force.sheets[0].mapping
    assert rec.force.items["ref"].isna().all()


def test_ref_evidence_needs_ids_that_chance_would_not_give():
    ids = sorted(ids_for(40))
    assert ref_evidence([ids[3], f"HMICFRS {ids[5]}", f"#{ids[9]}", None], ids) == (3, 3)
    # Mostly other numbers: not the list's references.
    assert ref_evidence([ids[3], 1234, 4567, 7777, ids[4]], ids) is None
    # The list's ids fill the range the values span: any number would hit.
    assert ref_evidence([1, 2, 3, 4, 5], list(range(1, 60))) is None
    assert ref_key("Ref: 8541") == "8541"


# --------------------------------------------------------------------- header words

@pytest.mark.parametrize(("side", "header", "field"), [
    ("force", "Action", "text"), ("force", "HMICFRS ref", "ref"), ("hmicfrs", "URN", "ref"),
    ("force", "URN", "local_ref"), ("force", "Lead", "owner"), ("force", "Action owner", "owner"),
    ("force", "RAG", "status"), ("force", "Position", "progress"), ("force", "Update", "progress"),
    ("force", "Report Name", "report"), ("hmicfrs", "Source Reference", "ref"),
    ("force", "Senior Responsible Officer", "owner"), ("force", "Current position", "progress"),
    ("force", "Grading R/A/G", "status"), ("force", "Estimated completion date / updated", "due"),
    ("force", "Force update / assessment of progress", "progress"),
])
def test_real_header_words_need_no_config(tmp_path, texts, side, header, field):
    t = texts[0]
    values = {"text": t["text"], "ref": 8541, "local_ref": 1, "owner": "ACC Crime",
              "status": "Amber", "progress": "Board paper in May", "report": t["report"],
              "due": "31/03/2019"}
    heads = ["Recommendation", header] if field != "text" else ["Report", header]
    first = t["text"] if field != "text" else t["report"]
    rows = [heads, [first, values[field]]]
    side_loaded = load_side(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), side)
    assert side_loaded.sheets[0].mapping[field] == header


# ------------------------------------------------------------------------- inspect

def test_inspect_shows_why_and_the_runner_up_with_its_config_line(tmp_path, texts):
    path = sharepoint_export(tmp_path, texts[:12], "Item Type")
    result = CliRunner().invoke(main, ["inspect", str(path), "--side", "force"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "'Report Name'" in out and "-> report" in out
    assert ("runner-up: 'Source' (header word, though 'HMICFRS' on every row); to use it "
            "instead: [force.columns] report = \"Source\"") in out
    assert "why: header word; free text on 100% of 12 rows, 12 different" in out
    assert ("'Source Reference' holds numbers: a run takes it as the HMICFRS reference if most "
            "of them are ids on the HMICFRS list") in out


def test_profiles_tell_constant_text_and_type_columns_apart(texts):
    rows = [[t["text"], "HMICFRS", "AFI 3" if i % 2 else "Recommendation", "Item"]
            for i, t in enumerate(texts[:8])]
    text, const, kind, item = profile_columns(rows, 4)
    assert text.free_text == 1.0 and text.distinct == 8 and not text.constant
    assert const.constant and const.top == "HMICFRS"
    assert kind.type_words == 1.0 and item.type_words == 0.0
    assert Profile().says() == "empty below the header"


def test_a_type_column_mixing_type_words_with_sources_stays_the_type(tmp_path, texts):
    kinds = ["National", "Rec", "AFI", "Audit", "National", "Cause for concern", "IOPC", "Local"]
    rows = [["Ref", "Recommendation", "Type", "Owner", "RAG"]]
    rows += [[f"R{i}", t["text"], k, "ACC", "Amber"]
             for i, (t, k) in enumerate(zip(texts[:8], kinds, strict=True))]
    rep = load_side(write_xlsx(tmp_path / "t.xlsx", {"Open": rows}), "force").sheets[0]
    assert rep.mapping["type"] == "Type"


def test_an_items_own_ids_beat_a_repeated_id_as_the_reference(tmp_path, texts):
    """The portal's XML opened in Excel "as an XML table": the report's id on every item of
    the report ("id"), the item's own beside it ("id2", as Excel names a second "id"). The
    reference is the column with an id of its own on each item; the tracker quotes those."""
    chosen = texts[:12]
    ids = ids_for(len(chosen))
    rows = [["force", "generated", "id", "ns1:Title", "id2", "ns1:Text", "ns1:Status"]]
    rows += [["Cheshire Constabulary", "2026-11-02T09:14:33+00:00", 118 + k // 4, t["report"],
              i, t["text"], "being-progressed" if k % 3 else "complete"]
             for k, (i, t) in enumerate(zip(ids, chosen, strict=True))]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"DefinitiveList_CHE_20261102": rows})
    side = load_side(h, "hmicfrs")
    assert side.sheets[0].mapping["ref"] == "id2"
    assert [ref_key(r) for r in side.items["ref"]] == [str(i) for i in ids]
    tracker = [["Ref", "Recommendation", "RAG"]]
    tracker += [[i, " ".join(t["text"].split()[:14]), "Amber"] for i, t in zip(ids, chosen,
                                                                                  strict=True)]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker})
    rec = reconcile_files(h, f)
    assert (rec.items["hmicfrs_row"].str.split("!").str[1].astype(int)
            == rec.items["force_row"].str.split("!").str[1].astype(int)).all()
    assert not rec.items["flags"].str.contains("reference differs").any()


def _rag_and_status(tmp_path: Path, texts: list[dict[str, str]], status: list) -> Path:
    """A master tracker with a "RAG" of delivery confidence before a "Status" of words: the
    tracker's note says a Green row still Open is open."""
    rags = ["Green", "Amber", "Green", "Red", "Green", "Amber"]
    rows = [["No.", "HMICFRS Ref", "Report", "Recommendation / AFI / CoC", "Lead", "RAG",
             "Status", "Latest update"]]
    rows += [[k + 1, i, t["report"], t["text"], "Supt Ellis", rags[k], status[k],
              "Evidence pack with the portfolio lead."]
             for k, (i, t) in enumerate(zip(ids_for(6), texts[:6], strict=False))]
    rows += [[], ["RAG = confidence in delivery by the due date, not completion."]]
    return write_xlsx(tmp_path / "master tracker.xlsx", {"Tracker": rows})


def test_status_words_beside_a_rag_of_colour_grades_are_the_status(tmp_path, texts):
    status = ["Open", "Open", "Complete - awaiting sign off", "Open", "Closed", "Open"]
    side = load_side(_rag_and_status(tmp_path, texts, status), "force")
    rep = side.sheets[0]
    assert rep.mapping["status"] == "Status"
    assert "grades delivery" in rep.why["status"]
    assert list(side.items["status"]) == status
    # The Green rows whose Status is Open are open: paired, they are no closeable_submit.
    rec = reconcile_files(hmicfrs_list(tmp_path, texts[:6]),
                          _rag_and_status(tmp_path, texts, status))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert cat["Tracker!2"] == "in_sync" and cat["Tracker!4"] == "closeable_submit"


def test_a_rag_stays_the_status_when_the_status_column_is_mostly_blank(tmp_path, texts):
    status = [None, None, "Complete", None, None, None]
    rep = load_side(_rag_and_status(tmp_path, texts, status), "force").sheets[0]
    assert rep.mapping["status"] == "RAG"


def test_a_brag_beside_status_words_stays_the_status(tmp_path, texts):
    """A BRAG's Blue says done: its colours are a scale of completion, not a delivery grade,
    and where the words beside it agree the heading's choice stands."""
    status = ["Complete", "Open", "Complete", "Open", "Complete", "Open"]
    path = _rag_and_status(tmp_path, texts, status)
    book = openpyxl.load_workbook(path)
    for r, grade in zip(range(2, 8), ["Blue", "Amber", "Blue", "Red", "Blue", "Amber"], strict=True):
        book["Tracker"][f"F{r}"] = grade
    book.save(path)
    rep = load_side(path, "force").sheets[0]
    assert rep.mapping["status"] == "RAG"
