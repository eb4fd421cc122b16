"""A person's decisions, one module per job, in the order a decision meets them:

- ``records``: the typed records (`Decision`, `Kind`, `Outcome`, a Decision log row);
- ``identity``: the stable identity of an item, so a decision finds it again after sorting;
- ``words``: the words a sheet's drop-down offers, and their short forms;
- ``tables``: the tables of a returned workbook or CSV, found by their headings;
- ``read``: the decisions in the returned files;
- ``resolve``: each decision tied to this run's rows (pairs forced / forbidden, stale ones);
- ``annotate``: the decisions laid on the run's lines, and the Decision log.

Sign-off leads pick a decision on each row and send the workbook back; the next run honours
each decision, and a decision on an item whose text or status changed since is shown beside it
for deciding again, never silently applied.
"""

from ..vocab import HEADINGS, LOG_SHEET
from .annotate import annotate
from .identity import IDENTITY_COLUMNS, Identity, identify, side_id, with_identity
from .read import DecisionFile, DecisionSet, Returned, decision_warnings, read_decisions
from .records import (
    LOG_FIELDS,
    PERSON_FIELDS,
    RECORD_FIELDS,
    RESULT_FIELDS,
    Decision,
    Kind,
    Logged,
    Outcome,
    empty_log,
    line_id,
    outcome_count,
    split_line_id,
    stale_count,
)
from .resolve import Placed, Resolution, resolve
from .tables import Table, read_tables
from .words import CHOICES, MATCH_CHOICES, canonical_decision, choice_on

__all__ = [
    "CHOICES",
    "HEADINGS",
    "IDENTITY_COLUMNS",
    "LOG_FIELDS",
    "LOG_SHEET",
    "MATCH_CHOICES",
    "PERSON_FIELDS",
    "RECORD_FIELDS",
    "RESULT_FIELDS",
    "Decision",
    "DecisionFile",
    "DecisionSet",
    "Identity",
    "Kind",
    "Logged",
    "Outcome",
    "Placed",
    "Resolution",
    "Returned",
    "Table",
    "annotate",
    "canonical_decision",
    "choice_on",
    "decision_warnings",
    "empty_log",
    "identify",
    "line_id",
    "outcome_count",
    "read_decisions",
    "read_tables",
    "resolve",
    "side_id",
    "split_line_id",
    "stale_count",
    "with_identity",
]
