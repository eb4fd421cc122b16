"""A force's name as a key, the same wherever forces are compared (blocking candidates by
force, scoping a national list to the tracker's force): 'West Midlands Police' and 'West
Midlands' are one; 'All forces' and 'National' name no one force."""

from __future__ import annotations

import re

import pandas as pd

from .. import vocab

_GENERIC = re.compile(r"\b(police|constabulary|service|force|fire and rescue|fire & rescue)\b")
#: A "Force" value held against every force: a national recommendation listed once.
_EVERY_FORCE = re.compile(r"^(all|all forces|all police forces|every force|national|n a|na|"
                          r"england and wales|all forces in england and wales)$")


def force_key(value: object) -> str:
    """'west midlands' for 'West Midlands Police'; '' for none, or for every force."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    k = " ".join(_GENERIC.sub(" ", vocab.key(value)).split())
    return "" if _EVERY_FORCE.match(k) else k
