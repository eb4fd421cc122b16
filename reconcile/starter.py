"""A config to start from: what `inspect` found in a file, written as TOML the loader accepts.

Writing TOML by hand from the inspect output is where analysts go wrong (quotes, section
names, a header copied with a typo). This writes the mapping the tool chose, each line with
the column that came next, and every status word under the meaning it was given; words the
tool did not recognise are left as comments to decide. Loading it gives the same run as
without it: it only makes the tool's guesses explicit, so they can be checked and kept.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from . import vocab
from .config import SideSettings
from .load import LoadedSide
from .normalise import norm_status, status_table

_STATES = {"hmicfrs": ("open", "closed"), "force": ("open", "done")}


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes (\\", \\\\, \\n, \\uXXXX) are TOML's too."""
    return json.dumps(text, ensure_ascii=False)


def config_text(loaded: LoadedSide, settings: SideSettings | None = None) -> str:
    """The commented TOML for one side, from the sheet with the most items."""
    settings = settings or SideSettings()
    side = loaded.side
    tables = [r for r in loaded.sheets if r.header_row is not None]
    rep = max(tables, key=lambda r: r.items)
    out = [f"# reconcile config, started on {date.today().isoformat()} from {loaded.path.name}",
           f"# (the {loaded.label}). Every key is optional: it records what the tool found, so",
           "# the run is the same with or without it. Check each line, change what is wrong,",
           f"# and see the effect with: reconcile inspect \"{loaded.path.name}\" --config <this file>",
           "# One file holds both lists' sections: paste in the other list's, written the same way.",
           "", f"[{side}.columns]",
           f"# field = \"header as written\"  (sheet '{rep.sheet}', header row {rep.header_row})"]
    for fld in vocab.FIELDS:
        if fld not in rep.mapping:
            continue
        out.append(f"{fld} = {toml_string(rep.mapping[fld])}  # {vocab.FIELD_HELP[fld]}")
        if fld in rep.runner_up and not rep.runner_up[fld][0].startswith("(no header"):
            header, why = rep.runner_up[fld]
            out.append(f"# runner-up for {fld}: {toml_string(header)} ({why})")
    missing = [f for f in vocab.FIELDS if f not in rep.mapping]
    if missing:
        out.append(f"# not found: {', '.join(missing)}. Map one with: <field> = \"<header>\"")
    for other in tables:
        if other is not rep and other.mapping != rep.mapping:
            out.append(f"# sheet '{other.sheet}' has other headers; this section applies to every "
                       "sheet, so check it there too")
    out += ["", *_status_section(loaded, settings)]
    return "\n".join(out) + "\n"


def _status_section(loaded: LoadedSide, settings: SideSettings) -> list[str]:
    side = loaded.side
    table = status_table(side, settings, loaded.legend)
    words = Counter(" ".join(str(s).split()) for s in loaded.items["status"].dropna())
    by_state: dict[str, list[str]] = {s: [] for s in _STATES[side]}
    unknown: list[tuple[str, int]] = []
    for word, n in words.most_common():
        meaning = norm_status(word, table)
        if meaning in by_state:
            by_state[meaning].append(word)
        elif meaning == "unknown":
            unknown.append((word, n))
    out = [f"[{side}.status]",
           f"# Status words found in the file and the meaning the tool gave them "
           f"({' / '.join(_STATES[side])}). Built-in words are shown as comments: listing them",
           "# would change nothing (and makes legend sheets that spell them out look like tables)."]
    given = {state: set(words) for state, words in settings.status.items()}
    for state, found in by_state.items():
        mine = [w for w in settings.status.get(state, ())]
        builtin = [w for w in found if w not in given.get(state, set())]
        if mine:
            out.append(f"{state} = [{', '.join(toml_string(w) for w in mine)}]")
        if builtin:
            out.append(f"# {state}, built in: {', '.join(toml_string(w) for w in builtin)}")
    for word, n in unknown:
        out.append(f"# TO DECIDE: {toml_string(word)} ({n} rows) is not recognised and counts as "
                   f"open; say what it means, e.g. {_STATES[side][1]} = [{toml_string(word)}]")
    if not words:
        out.append("# No status words found: map the status column in the section above.")
    return out
