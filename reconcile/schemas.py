"""pandera checks on the frames passed between stages.

The loaded frames are checked as input (a failure names the file, sheet, row and column and
exits 2); the result frame is checked as our own promise (a failure is a bug).

The schemas below are the definition. Importing pandera costs about 0.3 s, a fifth of a
typical force's whole run, so each check first asks the same questions with a few vectorised
pandas expressions and brings pandera in only when one fails, to produce its full report.
tests/test_schemas.py keeps the two in step on good and broken frames.
"""

from __future__ import annotations

import pandas as pd

from .errors import InputError
from .vocab import CATEGORIES


def _pa():
    import pandera.pandas as pa  # heavy import: only when a run validates

    return pa


def items_schema():
    pa = _pa()
    return pa.DataFrameSchema(
        {
            "row_id": pa.Column(str, unique=True, nullable=False),
            "sheet": pa.Column(str, nullable=False),
            "row": pa.Column(int, pa.Check.ge(1)),
            "text": pa.Column(None, pa.Check(lambda s: s.map(lambda v: bool(str(v).strip())),
                                               element_wise=False, error="text is blank"),
                              nullable=False),
        },
        strict=False, coerce=False)


def result_schema():
    pa = _pa()
    return pa.DataFrameSchema(
        {
            "category": pa.Column(str, pa.Check.isin(CATEGORIES)),
            "hmicfrs_row": pa.Column(object, nullable=True),
            "force_row": pa.Column(object, nullable=True),
            "score": pa.Column(float, pa.Check.in_range(0, 100), nullable=True),
            "flags": pa.Column(str),
        },
        checks=[pa.Check(lambda df: df["hmicfrs_row"].notna() | df["force_row"].notna(),
                         error="a line with neither an HMICFRS nor a force row")],
        strict=False, coerce=True)


def items_look_valid(frame: pd.DataFrame) -> bool:
    """The items schema's questions, asked cheaply."""
    if not {"row_id", "sheet", "row", "text"} <= set(frame.columns):
        return False
    ids, rows = frame["row_id"], frame["row"]
    return bool(
        ids.notna().all() and ids.map(type).eq(str).all() and ids.is_unique
        and frame["sheet"].notna().all() and frame["sheet"].map(type).eq(str).all()
        and pd.api.types.is_integer_dtype(rows) and (rows >= 1).all()
        and frame["text"].notna().all()
        and frame["text"].map(lambda v: bool(str(v).strip())).all())


def result_looks_valid(frame: pd.DataFrame) -> bool:
    """The result schema's questions, asked cheaply."""
    needed = {"category", "hmicfrs_row", "force_row", "score", "flags"}
    if not needed <= set(frame.columns):
        return False
    score = pd.to_numeric(frame["score"], errors="coerce")
    return bool(
        frame["category"].isin(CATEGORIES).all()
        and (frame["hmicfrs_row"].notna() | frame["force_row"].notna()).all()
        and (score.isna() == frame["score"].isna()).all()
        and score.dropna().between(0, 100).all()
        and frame["flags"].map(type).eq(str).all())


def check_items(frame: pd.DataFrame, path: object) -> pd.DataFrame:
    """Validate a loaded side; turn a failure into a message a person can act on."""
    if items_look_valid(frame):
        return frame
    pa = _pa()
    try:
        return items_schema().validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        where = []
        for case in cases.itertuples(index=False):
            idx = getattr(case, "index", None)
            loc = frame["row_id"].iat[int(idx)] if idx is not None and not pd.isna(idx) else "?"
            where.append(f"{loc} column '{case.column}': {case.check}")
        raise InputError(f"{path}: some rows could not be read as items ({'; '.join(where)}). "
                         "Fix those cells in the file and run again.") from exc


def check_result(frame: pd.DataFrame) -> pd.DataFrame:
    """Our promise to downstream tools: categories from the vocabulary, every line has a row."""
    if result_looks_valid(frame):
        return frame
    return result_schema().validate(frame, lazy=True)
