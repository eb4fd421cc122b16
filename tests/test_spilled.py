"""A list written by a database's command-line client (`sqlcmd -s","`), which never quotes:
every comma inside a report's title or a text spills the rest of the line into more fields.
Each record's fields are put back under their columns by the columns' shapes (ids, dates,
codes, "NULL"); the rule of dashes under the header is no item.

Texts are real public HMICFRS texts (Open Government Licence); the export is invented.
"""

from __future__ import annotations

from builders import OCSA, PEEL19, PEEL23, SOC, WORKLOAD, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen import texts as T
from reconcile.casegen.texts import MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side

SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
HEADER = ["RecommendationID", "ForceName", "ReportTitle", "PublicationDate", "RecType",
          "ParentCoCID", "RecommendationText", "CurrentStatus", "StatusChangedDate"]
ROWS = [(8411, SF, "2017-10-24", "NREC", "NULL", MSHT_INTEL, "being-progressed"),
        (8413, SF, "2017-10-24", "NREC", "NULL", MSHT_NRM, "complete"),
        (9620, PEEL19, "2019-05-02", "REC", "9619", WORKLOAD, "awaiting-review"),
        # Texts and titles with no comma in them: as the header has it, one field each.
        (13401, PEEL23, "2023-05-10", "AFI", "NULL", OCSA, "no-further-action"),
        (13402, PEEL23, "2023-05-10", "AFI", "NULL", SOC, "being-progressed"),
        (13403, PEEL23, "2023-05-10", "AFI", "NULL", "The force should " + T.BODIES[14],
         "awaiting-review")]


def _export(path):
    lines = ["Changed database context to 'HMICFRS_Monitoring'.", ",".join(HEADER),
             ",".join("-" * len(h) for h in HEADER)]
    lines += [",".join([str(ref), "West Mercia Police", report, date, kind, parent, text,
                        status, "2018-06-01 14:27:44.000"])
              for ref, report, date, kind, parent, text, status in ROWS]
    lines += ["", f"({len(ROWS)} rows affected)"]
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace") + b"\r\n")
    return path


def test_fields_spilled_by_unquoted_commas_are_put_back(tmp_path):
    side = load_side(_export(tmp_path / "hmicfrs.csv"), "hmicfrs")
    items = side.items.set_index(side.items["ref"].astype(str))
    assert sorted(items.index) == ["13401", "13402", "13403", "8411", "8413", "9620"]
    assert items.loc["8411", "text"] == MSHT_INTEL          # its commas back in place
    assert items.loc["8411", "status"] == "being-progressed"
    assert items.loc["9620", "report"] == PEEL19
    assert items.loc["9620", "text"] == WORKLOAD
    assert "had more fields than the header" in side.sheets[0].note
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[3].startswith("a rule drawn under the header")


def test_an_unquoted_export_reconciled(tmp_path):
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "RAG"],
        [8411, "Stolen Freedom 2017", "Information-sharing agreements with partners within "
         "six months", "Green"],
        [9620, "PEEL 2018/19", "Review officers' capability and capacity to manage "
         "investigative workload", "Amber"]]})
    rec = reconcile_files(_export(tmp_path / "hmicfrs.csv"), f)
    lines = rec.items.set_index("hmicfrs_row")
    assert lines.loc["hmicfrs.csv!4", "category"] == "closeable_submit"
    assert lines.loc["hmicfrs.csv!6", "category"] == "in_sync"
    # The committee sees the whole wording and the report's whole name, not the first clause
    # and the part of the title before its comma.
    assert lines.loc["hmicfrs.csv!4", "hmicfrs_text"] == MSHT_INTEL
    assert lines.loc["hmicfrs.csv!6", "hmicfrs_report"] == PEEL19
    assert lines.loc["hmicfrs.csv!6", "hmicfrs_status"] == "awaiting-review"
