"""Real HMICFRS wording the benchmark generator builds its items from.

All text here is Open Government Licence material, copied in as literals (nothing reads outside
the repository at run time). Sources: HMICFRS register pages and reports as collected in the
project's research notes, and the West Midlands Police Joint Audit Committee paper "HMICFRS
update" of 30 November 2017 (the same sources as ``scripts/make_sample_data.py``).

- ``NATIONAL``: all-forces reports, their items verbatim. Every force's register holds them.
- ``BODIES``: what a force-level recommendation asks for, i.e. the real text after its stem
  ("HMIC recommends that the force should immediately:"), put in the singular where the
  original addressed all forces ("their" → "its"). Stems and tails are recombined with them.
- ``STEMS``, ``TAILS``, ``CAUSES``: real stems, real follow-on sentences and real causes of
  concern.
- ``TOPIC_BODIES`` x ``TOPICS``: the formulaic asks PEEL reports repeat across forces, so that
  a force's ~700 items need not repeat a body; ``LOCAL_ACTIONS``: a force's own actions.
- Tracker furniture: forces, leads, progress updates and the abbreviations trackers use.
"""

from __future__ import annotations

from .force import (
    BODIES,
    CAUSES,
    CDI_VICTIMS_BODY,
    FORCE_REPORTS,
    FORCES,
    NATIONAL_TRACKER_NAMES,
    STEMS,
    TAILS,
)
from .national import (
    AFI,
    BWV_2021,
    COC,
    CONTROL_ROOM,
    DIGITAL,
    EVERYONE_PLAN,
    EVERYONE_PLAN_RUN_ON,
    FIREARMS,
    MSHT_INTEL,
    MSHT_NRM,
    NAT,
    NATIONAL,
    REC,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)
from .tracker import (
    ABBREVIATIONS,
    FORCE_DONE,
    FORCE_OPEN,
    HMICFRS_CLOSED,
    HMICFRS_OPEN,
    LEADS,
    LOCAL_ACTIONS,
    LOCAL_PREFIXES,
    MISSPELLINGS,
    PROGRESS,
    TOPIC_BODIES,
    TOPICS,
)

__all__ = [
    "ABBREVIATIONS",
    "AFI",
    "BODIES",
    "BWV_2021",
    "CAUSES",
    "CDI_VICTIMS_BODY",
    "COC",
    "CONTROL_ROOM",
    "DIGITAL",
    "EVERYONE_PLAN",
    "EVERYONE_PLAN_RUN_ON",
    "FIREARMS",
    "FORCES",
    "FORCE_DONE",
    "FORCE_OPEN",
    "FORCE_REPORTS",
    "HMICFRS_CLOSED",
    "HMICFRS_OPEN",
    "LEADS",
    "LOCAL_ACTIONS",
    "LOCAL_PREFIXES",
    "MISSPELLINGS",
    "MSHT_INTEL",
    "MSHT_NRM",
    "NAT",
    "NATIONAL",
    "NATIONAL_TRACKER_NAMES",
    "PROGRESS",
    "REC",
    "SAS_MONITORING_2017",
    "SF_LEADERSHIP",
    "STEMS",
    "TAILS",
    "TOPICS",
    "TOPIC_BODIES",
]
