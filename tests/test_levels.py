"""An audit-management system's export of its records at three levels in one list (Ideagen
Pentana's "Findings and Actions by Audit"): an "Item Type" of Audit, Finding and Action in
tree order, the audit's status copied onto every row, each action's own "Resolution". The
findings are the items, each done when every action under it is; the audits are headings,
named by their code ("HMI/23/01 PEEL 2023-25"); an action coded under no finding ("A01") is
an item of its own.

Texts are real public HMICFRS texts (Open Government Licence); the system's records, codes,
owners and dates are invented.
"""

from __future__ import annotations

from builders import COUNTY, OCSA, PEEL23, RASSO, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

HEADER = ["Item Type", "Audit", "Audit Status", "Ref", "Title", "Category", "HMICFRS Rec ID",
          "Recommendation", "Owner", "Resolution"]
AUDIT = "HMI/23/01 PEEL 2023-25"


def _export(path):
    def row(kind, ref, title, category=None, rec_id=None, text=None, resolution=None):
        return [kind, AUDIT, "Follow-up", ref, title, category, rec_id, text, "Kaur, Priya",
                resolution]
    rows = [["Pentana Audit - Findings and Actions by Audit"],
            ["Criteria: Entity = 'EXT-HMI External Inspections'"],
            ["Exported by ELLISJ on 04/03/2024 09:14"],
            [],
            HEADER,
            row("Audit", "HMI/23/01", "PEEL 2023-25", "HMICFRS - Force inspection"),
            row("Finding", "F01", "County lines intelligence", "Area for Improvement", "13401",
                COUNTY),
            row("Action", "F01.A1", "County lines problem profile refreshed quarterly",
                resolution="Implemented"),
            row("Action", "F01.A2", "Intelligence collection plan for county lines",
                resolution="Partially Implemented"),
            row("Finding", "F02", "OCSA specialist capacity", "Area for Improvement", "13402",
                OCSA),
            row("Action", "F02.A1", "POLIT team uplift of four DCs", resolution="Implemented"),
            row("Finding", "F03", "RASSO victims kept informed", "Area for Improvement", "13403",
                RASSO),
            row("Action", "A01", SOC, resolution="Implemented"),
            ["5 record(s)"]]
    return write_xlsx(path, {"Findings and Actions": rows})


def _list(path):
    items = [(13401, COUNTY, "Being progressed"), (13402, OCSA, "Being progressed"),
             (13403, RASSO, "Complete"), (13404, SOC, "Being progressed")]
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        *[[ref, PEEL23, "Area for improvement", text, status] for ref, text, status in items]]})


def test_findings_are_the_items_and_their_actions_give_the_status(tmp_path):
    side = load_side(_export(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row")
    assert sorted(items.index) == [7, 10, 12, 13]
    assert items.loc[7, "status"] == "Open (1 of 2 actions done; Follow-up)"
    assert items.loc[10, "status"] == "Closed (1 of 1 actions done; Follow-up)"
    assert items.loc[12, "status"] == "Open (no action recorded; Follow-up)"
    # An action coded under no finding is an item, with its own resolution.
    assert items.loc[13, "status"] == "Implemented; Follow-up"
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[6].startswith("a record of the kind 'audit'")
    assert reasons[8].startswith("an action ('action') of the item on row 7")
    assert reasons[11].startswith("an action ('action') of the item on row 10")
    assert "'finding' the items" in side.sheets[0].note


def test_an_audit_systems_export_reconciled(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _export(tmp_path / "tracker.xlsx"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    # The audit's code before the report's name names no other report.
    assert cats == {
        ("Definitive list!2", "Findings and Actions!7"): "in_sync",
        ("Definitive list!3", "Findings and Actions!10"): "closeable_submit",
        ("Definitive list!4", "Findings and Actions!12"): "closeable_local",
        ("Definitive list!5", "Findings and Actions!13"): "closeable_submit"}
