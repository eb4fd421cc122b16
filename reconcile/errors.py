"""Errors the user can fix. Anything else is a bug and keeps its traceback (exit 1)."""

from __future__ import annotations


class ReconcileError(Exception):
    """Base for every problem the person running the tool can fix (exit status 2)."""


class InputError(ReconcileError):
    """An input file cannot be read or does not look like a recommendations list."""


class ConfigError(ReconcileError):
    """The TOML config has a typo, a wrong type or an unknown key."""


class OutputError(ReconcileError):
    """An output cannot be written where it was asked to go."""


def where(path: object, sheet: str | None = None, row: int | None = None,
          column: str | None = None) -> str:
    """Format a location the way a person finds it in Excel: file, sheet, row, column."""
    parts = [f"{path}"]
    if sheet:
        parts.append(f"sheet '{sheet}'")
    if row is not None:
        parts.append(f"row {row}")
    if column:
        parts.append(f"column '{column}'")
    return ", ".join(parts)
