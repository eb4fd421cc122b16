"""A force's quality management system's CAPA register (corrective and preventive actions)
exported to CSV: HMICFRS items among other bodies' actions, the "Source" naming the body
(HMICFRS, UKAS, IOPC), the staff typing the register's id freely in "Source Reference"
("HMICFRS 7025", "Ref: 9813") or the force's own code for the item ("PEEL 2017 AFI 4"), and
short titles opening with the item's type ("CoC 1 – …"), some after the report ("PEEL 2016 AFI
– …").

Texts are real public HMICFRS texts (Open Government Licence); record numbers, owners and
stages are invented.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from builders import write_xlsx

from reconcile import reconcile_files

EFF16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
EFC15 = "PEEL: Police efficiency 2015 – West Mercia Police"
PEEL18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"

DA_COC = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
          "victims who fail to support the investigation and the low use of police powers of "
          "arrest and prosecution is a cause of concern to HMIC.")
MISSING_COC = ("The force’s response to missing and absent children is a cause of concern to "
               "HMIC. HMIC found that the assessment of risk for children who go missing from "
               "home was inappropriate in some cases. We found some instances where children "
               "were classed as ‘absent’ when they should have been recorded as ‘missing’, and "
               "risk levels for missing children were sometimes incorrectly assessed at a lower "
               "grade.")
DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand. This is so it can make "
          "best use of its resources by matching them to demand to meet the needs of the public")
COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs"
WORKLOAD = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the pressures placed upon them; and")
VULNERABILITY = ("HMIC recommends that the force should immediately: conduct a review, involving "
                 "its partners, of the approach to vulnerability to better safeguard vulnerable "
                 "people.")
CASE_FILES = ("The force should improve its use of its crime-recording and management system to "
              "better manage its case files and investigative processes.")

LIST = [
    # id, report, published, type, text, status
    (6112, EFC15, datetime(2015, 10, 15), "Area for improvement", DEMAND, "Being progressed"),
    (6113, EFC15, datetime(2015, 10, 15), "Area for improvement", COSTS, "Complete"),
    (7021, EFF16, datetime(2017, 3, 2), "Cause of concern", DA_COC, "Being progressed"),
    (7025, EFF16, datetime(2017, 3, 2), "Cause of concern", MISSING_COC, "Being progressed"),
    (9812, PEEL18, datetime(2019, 5, 2), "Recommendation", WORKLOAD, "Being progressed"),
    (9813, PEEL18, datetime(2019, 5, 2), "Recommendation", VULNERABILITY, "Being progressed"),
    (9822, PEEL18, datetime(2019, 5, 2), "Area for improvement", CASE_FILES, "Awaiting review"),
]

CAPA = ["Number", "Title", "Description", "Type", "Source", "Source Reference", "Stage",
        "Owner", "Raised Date", "Target Date"]


def _capa(number: int, title: str, text: str, source: str, ref: str, stage: str,
          kind: str = "Corrective") -> list[str]:
    return [f"CAPA-{number:05d}", title, text, kind, source, ref, stage, "DI S Okafor",
            "01/04/2019 00:00", "30/09/2022"]


def _register() -> list[list[str]]:
    return [
        _capa(79, "Demand - fuller understanding current + future", DEMAND, "HMICFRS",
              "PEEL 15 AFI 1", "3. Root cause", "Improvement"),
        _capa(80, "Outcomes / outputs / costs links", COSTS, "HMICFRS", "PEEL 15 AFI 2",
              "6. Closed", "Improvement"),
        _capa(82, "CoC - approach to DA unacceptable", DA_COC, "HMICFRS", "HMICFRS 7021",
              "4. Implementation"),
        # The title names the type after the report: an AFI, where the list has a concern.
        _capa(83, "PEEL 2016 AFI - missing/absent children risk", MISSING_COC, "HMICFRS",
              "HMICFRS 7025", "4. Implementation"),
        # The first recommendation under the cause of concern: a recommendation, as listed.
        _capa(116, "PEEL 18/19 CoC1 R1 - investigative workload review", WORKLOAD, "HMICFRS",
              "Ref: 9812", "4. Implementation"),
        _capa(117, "Review approach to vulnerability w/ partners", VULNERABILITY, "HMICFRS",
              "#9813", "4. Implementation"),
        # No id, only the force's code for the item: a report the list does not file it under.
        _capa(123, "Crime recording system / case files", CASE_FILES, "HMICFRS",
              "PEEL 2017 AFI 4", "2. Assigned", "Improvement"),
        _capa(131, "UKAS NC - fingerprint bureau competency records incomplete",
              "Two fingerprint examiners' competency records did not show the annual "
              "proficiency test had been reviewed and signed off by the technical manager "
              "(ISO/IEC 17025 cl. 6.2.5).", "UKAS", "UKAS NC-2019-07", "6. Closed"),
    ]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    hmicfrs = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["Reference", "Report title", "Publication date", "Type",
         "Recommendation / AFI / cause of concern", "Status"], *map(list, LIST)]})
    tracker = tmp_path / "tracker.csv"
    with tracker.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, lineterminator="\r\n").writerows([CAPA, *_register()])
    return hmicfrs, tracker


def _lines(tmp_path: Path) -> dict[str, dict]:
    rec = reconcile_files(*_files(tmp_path))
    return {str(r["force_row"]).split("!")[-1]: r for r in rec.items.to_dict("records")
            if isinstance(r["force_row"], str)}


def test_a_code_for_the_item_names_its_report_where_the_row_gives_none(tmp_path):
    lines = _lines(tmp_path)
    coded = lines["8"]
    assert coded["hmicfrs_row"] == "Recommendations!8"
    assert coded["category"] == "conflict"
    assert "report differs" in coded["flags"]
    # Said in the force's words: the code it wrote, not the "Source" body.
    assert "'PEEL 2017 AFI 4' (its reference)" in coded["flags"]
    # The efficiency report's codes name the report the list has: no conflict.
    for row in ("2", "3"):
        assert "report differs" not in lines[row]["flags"], lines[row]["flags"]


def test_a_title_naming_the_type_after_the_report_is_the_rows_type(tmp_path):
    lines = _lines(tmp_path)
    missing = lines["5"]
    assert missing["hmicfrs_row"] == "Recommendations!5"
    assert missing["category"] == "conflict"
    assert "type differs: HMICFRS cause of concern vs force area for improvement" in \
        missing["flags"]
    # A title opening with the type alone still types its row, and agrees with the list.
    assert lines["4"]["category"] != "conflict", lines["4"]["flags"]
    # "CoC1 R1": a recommendation of the cause of concern, not the concern itself.
    assert lines["6"]["hmicfrs_row"] == "Recommendations!6"
    assert "type differs" not in lines["6"]["flags"], lines["6"]["flags"]
    # Another body's action is no item of the list.
    assert lines["9"]["category"] == "not_on_hmicfrs_list"
