"""Pairs + both sides → one categorised line per item, with flags that say why.

Every HMICFRS item and every force row ends up on exactly one line: a matched pair (one line
per part of a split recommendation), an HMICFRS item the force does not have, or a force row
HMICFRS does not list.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from . import vocab
from .match import Scores
from .normalise import (
    concern_then_recommendation,
    numbers,
    phrase_due,
    report_in_code,
    report_key,
    text_ref,
    timescales,
)
from .textdiff import covered_texts, word_diff_text
from .vocab import CATEGORIES

SIDE_FIELDS = ["ref", "local_ref", "force", "report", "published", "type", "text", "status",
               "owner", "progress", "due", "closed_on", "state"]
RESULT_COLUMNS = (["category", "hmicfrs_row", "force_row", "score", "flags", "decision",
                   "method", "part", "text_score", "report_score", "margin", "runner_up",
                   "score_parts", "text_diff", "hmicfrs_due_date"]
                  + [f"hmicfrs_{c}" for c in SIDE_FIELDS] + [f"force_{c}" for c in SIDE_FIELDS])

_STATE_WORDS = {"": "no status",
                "unknown": "status not recognised: counted as open, see Run info"}


def _status_phrase(row: dict, who: str) -> str:
    raw = row["status"]
    shown = " ".join(str(raw).split()) if raw is not None and not pd.isna(raw) else "(blank)"
    note = _STATE_WORDS.get(row["state"])
    return f"{who}: {shown}" + (f" ({note})" if note else "")


def _is_open(state: str) -> bool:
    """Blank or unrecognised statuses count as open: nothing is closed on a guess."""
    return state not in ("closed", "done")


#: A part whose text is this share of its item's as long holds the whole text, no bullet.
_WHOLE = 0.9


#: What a row's other items state, for a row holding several (`_held_with`): their
#: timescales, figures, references and types; () for a row holding one.
HeldWith = tuple[set[str], set[str], set[str], set[str]] | tuple[()]


def _conflicts(h: dict, f: dict, p: object, partial: bool, merged: bool,
               others: HeldWith = ()) -> list[str]:
    """Facts that disagree on a matched pair. Parts of a split or merged row are compared on
    report and reference only: a bullet lacks its recommendation's timescale by nature.
    `others`: the timescales, figures, references and types the row's other items state (a
    row answering several items by their references; a reference or a type naming one of
    them is no conflict on the others)."""
    others = others or (set(), set(), set(), set())
    out = []
    if not merged and _types_differ(h, f, partial) and f["type_norm"] not in others[3]:
        out.append(f"type differs: HMICFRS {h['type_norm']} vs force {f['type_norm']}")
    if p.other_report:
        out.append(f"report differs: HMICFRS '{h['report']}' vs force {_force_report(f)}")
    if p.ref_differs and not (h["ref_key"] and f["ref_key"]):
        out.append(f"number in the report differs: HMICFRS {_number(h['item_no'])} vs force "
                   f"{_number(f['item_no'])}")
    elif p.ref_differs and f["ref_key"] not in others[2]:
        out.append(f"reference differs: HMICFRS {h['ref']} vs force {f['ref']}")
    elif not f["ref_key"] and h["ref_key"] and (said := text_ref(f["text"])) \
            and said != h["ref_key"]:
        out.append(f"reference differs: HMICFRS {h['ref']} vs {said} in the force's text")
    # An action row carrying its recommendation's whole text (the cell merged down, "As
    # above") states what the recommendation states: compared like a row of its own.
    if not partial or len(str(f["text"] or "")) >= _WHOLE * len(str(h["text"] or "")):
        out += _stated_differences(h, f, others)
    hp, fp = h["published_date"], f["published_date"]
    if hp and fp and _dates_differ(hp, fp):
        out.append(f"publication date differs: HMICFRS {hp:%d %b %Y} vs force {fp:%d %b %Y}")
    return out


def _force_report(f: dict) -> str:
    """The force's report as its row gives it: its report cell, or, where that names none
    ("HMICFRS"), the code it is named by ("'PEEL 2017 AFI 4' (its reference)")."""
    if not report_key(f["report"]) and report_in_code(f["ref"]):
        return f"'{f['ref']}' (its reference)"
    return f"'{f['report']}'"


_KIND_SHOWN = {"afi": "AFI", "rec": "Recommendation", "coc": "Cause of concern"}


def _number(item_no: str) -> str:
    """'afi 3' as a report prints it: 'AFI 3'."""
    kind, _, no = item_no.partition(" ")
    return f"{_KIND_SHOWN.get(kind, kind)} {no}"


def _dates_differ(a, b) -> bool:
    """More than a month apart; or, both written to the day (neither the 1st, which a month
    alone reads as: "Oct 2017"), more than a week apart (9 Nov for 24 Oct 2017). A date
    read with day and month the other way round ("3/2/2017" from a US export) is the same."""
    if a.year == b.year and a.day == b.month and a.month == b.day:
        return False
    apart = abs((a - b).days)
    return apart > 31 or (apart > 7 and a.day != 1 and b.day != 1)


def _types_differ(h: dict, f: dict, partial: bool) -> bool:
    """A cause of concern carries its own recommendations: a force row that holds one of
    them as a part of the cause of concern, or a cause-of-concern row that holds its
    recommendation too, is not of another type."""
    ht, ft = h["type_norm"], f["type_norm"]
    if not ht or not ft or ht == ft:
        return False
    if {ht, ft} != vocab.KINDRED_TYPES:
        return True
    if ht == "cause of concern":
        return not partial
    # The list's cell holds the concern before its recommendation: a row of either is its.
    return not (_HOLDS_RECOMMENDATION.search(str(f["text"] or ""))
                or concern_then_recommendation(h["text"]))


#: A cause of concern's text that carries its recommendation: "… / Rec 1: …", "HMIC
#: recommends that …".
_HOLDS_RECOMMENDATION = re.compile(r"\brec(?:ommendation)?\s*\d+\b|\brecommend", re.IGNORECASE)


def _disagree(a: set, b: set) -> bool:
    """Each side states something the other does not: one side silent on a point, or
    stating less of it, is not a disagreement."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


def _stated_differences(h: dict, f: dict, others: tuple[set[str], set[str]] = (set(), set())
                        ) -> list[str]:
    """Timescales and figures both texts state for the same action, and differ on.

    A row answering several items ("Recs 1 & 2", "11230/11231") often gives one item's text:
    a timescale or figure another of its items states is that item's, not this one's.

    Worked out cheaply for every pair; only a pair that seems to differ is looked at again,
    for a deadline said in other words or a text cut off before its timescale or figure (a
    deadline the force wrote in a column of its own, `said_apart`, is not in its text).
    """
    hs, fs = h["timescales"], [t for t in f["timescales"] if t not in others[0]]
    hn, fn = h["numbers"], [n for n in f["numbers"] if n not in others[1]]
    time_differs = _disagree(set(hs), set(fs)) and not _same_deadline(h, f)
    figure_differs = _disagree(set(hn), set(fn))
    if (time_differs or figure_differs) and (covered := covered_texts(h["text"], f["text"])):
        # A deadline the force wrote in a column of its own is no part of its text's words.
        if not f["said_apart"]:
            hs, fs = timescales(covered[0]), timescales(covered[1])
            time_differs = time_differs and _disagree(set(hs), set(fs))
        hn, fn = numbers(covered[0]), numbers(covered[1])
        figure_differs = figure_differs and _disagree(set(hn), set(fn))
    out = []
    if time_differs:
        out.append("timescale differs: HMICFRS '" + ", ".join(hs) + "' vs force '"
                   + ", ".join(fs) + "'")
    if figure_differs:
        out.append("figure differs: HMICFRS '" + ", ".join(hn) + "' vs force '"
                   + ", ".join(fn) + "'")
    return out


def _same_deadline(h: dict, f: dict) -> bool:
    """'By the end of the financial year' and 'by 31 March 2019' set one date."""
    published = h["published_date"] or f["published_date"]
    hd = {phrase_due(published, s) for s in h["timescales"]}
    fd = {phrase_due(published, s) for s in f["timescales"]}
    return None not in hd | fd and not _disagree(hd, fd)


def _side_columns(frame: pd.DataFrame, rows: list[int], prefix: str) -> dict[str, pd.Series]:
    """Each side field for each line, taken from the side's row (-1: the line has none).

    Column by column: a national list has 60,000 lines, too many for a dict of fields each.
    """
    out = {}
    for c in SIDE_FIELDS:
        values = frame[c].tolist()
        out[f"{prefix}_{c}"] = pd.Series([values[i] if i >= 0 else None for i in rows],
                                         dtype=object)
    return out


#: What building a line reads of each side's row (its side fields are taken column by column).
_ROW_FIELDS = ["row_id", "status", "state", "report", "ref", "ref_key", "item_no", "text",
               "type_norm", "timescales", "said_apart", "numbers", "published_date", "due_date",
               "sheet_year"]


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of only the columns a line uses (to_dict('records') boxes every column)."""
    columns = [frame[c].tolist() if c in frame else [None] * len(frame) for c in _ROW_FIELDS]
    return [dict(zip(_ROW_FIELDS, values, strict=True)) for values in zip(*columns, strict=True)]


def _closest(scores: Scores, side: str, index: int, ids: pd.Series, who: str,
             paired: set[int]) -> str:
    best = scores.best(side, index)
    if best is None or best[1] < 30:
        return ""
    why = "paired with another item" if best[0] in paired else "too low to pair"
    return f"closest {who} row: {ids.iat[best[0]]} (score {min(best[1], 100):.0f}, {why})"


def _overdue(h: dict, today: date) -> str:
    due = h["due_date"]
    if due and _is_open(h["state"]) and due < today:
        return f"overdue: due {due:%d %b %Y} ({', '.join(h['timescales'])})"
    return ""


def _missing_parts(pairs: pd.DataFrame) -> dict[int, str]:
    """HMICFRS item -> the parts of it no force row holds ("bullet (c)"), where the matcher
    found some. A recommendation tracked in part is not done, however its rows stand."""
    column = pairs.get("missing_parts")
    if column is None:
        return {}
    out: dict[int, str] = {}
    for i, missing in zip(pairs["h"], column, strict=True):
        if isinstance(missing, str) and missing.strip():
            out.setdefault(int(i), missing.strip())
    return out


def _held_with(pairs: pd.DataFrame, hrec: list[dict]
               ) -> dict[tuple[int, int], HeldWith]:
    """(row, item) -> the timescales and figures the row's other items state (rows paired
    whole with several items: an entry of a list has words of its own), and their
    references (any row paired with several: "3120" beside "Recs 1-4: …" is one of them), and
    the types of those paired whole ("Recommendation" on a row holding a cause of concern and
    its recommendation is the recommendation's; an entry of a list types itself)."""
    several = pairs[pairs["f"].duplicated(keep=False)]       # most rows hold one item
    items: dict[int, list[tuple[int, bool]]] = {}
    for i, j, n in zip(several["h"].tolist(), several["f"].tolist(), several["entry"].tolist(),
                       strict=True):
        items.setdefault(j, []).append((i, pd.isna(n)))
    out = {}
    for j, hs in items.items():
        whole = [k for k, w in hs if w]
        for i, _ in hs:
            told = [hrec[k] for k in whole if k != i] if len(whole) > 1 else []
            out[int(j), int(i)] = ({t for r in told for t in r["timescales"]},
                                   {n for r in told for n in r["numbers"]},
                                   {hrec[k]["ref_key"] for k, _ in hs if k != i} - {""},
                                   {r["type_norm"] for r in told} - {""})
    return out


def categorise(h: pd.DataFrame, f: pd.DataFrame, pairs: pd.DataFrame, scores: Scores,
               today: date | None = None, entries: pd.DataFrame | None = None) -> pd.DataFrame:
    """One line per item, in category order, with `flags` explaining each. `entries`: the
    items of rows holding a numbered list of them; a pair made on one compares its facts."""
    h = h.reset_index(drop=True)
    f = f.reset_index(drop=True)
    today = today or date.today()
    hrec, frec = _records(h), _records(f)
    # The force's side of each pair: its row, or the entry of its row's list it was made on.
    listed = ({(int(r), int(n)): {**rec, "clause": bool(c)} for r, n, c, rec in zip(
                  entries["list_row"], entries["entry"], entries["clause"], _records(entries),
                  strict=True)}
              if entries is not None else {})
    sides = [listed.get((int(j), int(n)), frec[j]) if pd.notna(n) else frec[j]
             for j, n in zip(pairs["f"], pairs["entry"], strict=True)]
    # A split item is done only when every part of it is: every part that has a status, when
    # some have (an action plan's summary row left blank over its actions' own statuses).
    # Of rows on sheets kept one per year ("2022-23", "2023-24"), the newest year's say it:
    # the older are the copies carried forward from them, with the status they had then.
    current = _newest_years(pairs, sides)
    parts = pairs.assign(done=[fr["state"] == "done" and c for fr, c in zip(sides, current, strict=True)],
                         said=[fr["state"] != "" and c for fr, c in zip(sides, current, strict=True)],
                         current=current).groupby("h")
    n_done_of, n_count = parts["done"].sum().to_dict(), parts["done"].count().to_dict()
    n_current = parts["current"].sum().to_dict()
    n_said = {i: int(n) or int(n_current[i]) for i, n in parts["said"].sum().to_dict().items()}
    lacking = _missing_parts(pairs)
    held = _held_with(pairs, hrec)
    copies = _whole_copies(pairs, sides, hrec)
    lines = [_pair_line(p, hrec[p.h], fr, int(n_done_of[p.h]),
                        (int(n_count[p.h]), n_said[p.h], int(n_current[p.h])),
                        lacking.get(p.h), today,
                        held.get((int(p.f), int(p.h)), ()),
                        copies.get(p.h, ()))
             for p, fr in zip(pairs.itertuples(index=False), sides, strict=True)]
    paired_h, paired_f = set(pairs["h"]), set(pairs["f"])
    lines += [_missing_line(i, hrec[i], scores, f["row_id"], paired_f, today)
              for i in range(len(h)) if i not in paired_h]
    lines += [_force_only_line(j, frec[j], scores, h["row_id"], paired_h)
              for j in range(len(f)) if j not in paired_f]
    return _frame(lines, h, f)


def _whole_copies(pairs: pd.DataFrame, sides: list[dict], hrec: list[dict]
                  ) -> dict[int, tuple[str, ...]]:
    """Items whose rows each hold the item's whole text, each on a sheet of its own (a live
    tab and a department's, the archive tab): the sheets, in order, of copies the split
    reading paired as parts. Bullets of one item are shorter than it, whatever their sheet."""
    rows: dict[int, list[dict]] = {}
    for i, part, fr in zip(pairs["h"].tolist(), pairs["part"].tolist(), sides, strict=True):
        if isinstance(part, str) and part:
            rows.setdefault(int(i), []).append(fr)
    out = {}
    for i, frs in rows.items():
        sheets = tuple(dict.fromkeys(str(fr["row_id"]).rsplit("!", 1)[0] for fr in frs))
        whole = _WHOLE * len(str(hrec[i]["text"] or ""))
        if len(sheets) == len(frs) >= 2 and all(len(str(fr["text"] or "")) >= whole for fr in frs):
            out[i] = sheets
    return out


def _newest_years(pairs: pd.DataFrame, sides: list[dict]) -> list[bool]:
    """Per pair, whether its force row is on the newest year's sheet among its item's rows
    (True wherever a sheet names no year, or the item's rows are all of one year)."""
    years = [fr.get("sheet_year") for fr in sides]
    newest: dict[int, float] = {}
    for i, y in zip(pairs["h"].tolist(), years, strict=True):
        if y is not None and not pd.isna(y):
            newest[i] = max(newest.get(i, y), y)
    return [y is None or pd.isna(y) or i not in newest or y == newest[i]
            for i, y in zip(pairs["h"].tolist(), years, strict=True)]


def _pair_category(p: object, hr: dict, conflicts: list[str], force_done: bool) -> str:
    if p.decision == "review":
        return "review"
    if conflicts:
        return "conflict"
    if _is_open(hr["state"]) and force_done:
        return "closeable_submit"
    if not _is_open(hr["state"]) and not force_done:
        return "closeable_local"
    return "in_sync"


def _pair_line(p: object, hr: dict, fr: dict, n_done: int, n_parts: tuple[int, int, int],
               lacking: str | None, today: date,
               others: HeldWith = (),
               copy_sheets: tuple[str, ...] = ()) -> dict:
    """The line of a matched pair: its category, and flags saying why in words. `n_parts`:
    the item's rows, those of them with a status, and those on the newest year's sheet;
    `copy_sheets`: the sheets of its rows where each is a whole copy, not a part."""
    merged = p.method == "merged"
    partial = bool(p.part)
    rows, said, current = n_parts
    flags = [_status_phrase(hr, "HMICFRS"), _status_phrase(fr, "force")]
    if partial and not merged and current < rows:
        flags.append(f"force has this on {rows} rows of sheets kept by year: part "
                     f"{p.part.split(' of ')[0]}; the newest year's {current} decide, "
                     f"{n_done} of {said} done ({rows - current} older copies set aside)")
    elif partial and not merged and copy_sheets:
        flags.append(f"force tracks this item whole on {rows} sheets "
                     f"({', '.join(repr(s) for s in copy_sheets)}): {n_done} of {said} copies "
                     f"done (done only when every copy is)")
    elif partial and not merged:
        flags.append(f"force split this into {rows} rows: part {p.part.split(' of ')[0]}"
                     f", {n_done} of {said} done"
                     + (f" ({rows - said} with no status of its own)" if said < rows else ""))
    if merged:
        flags.append(f"force holds this with other HMICFRS items in one row (item {p.part})")
    if p.method == "carried":
        flags.append("force carried this item forward to this row from an earlier one "
                     "(its status is this row's)")
    if p.method == "copy":
        flags.append(f"force tracks this item on another sheet too: {n_done} of its {said} "
                     "rows done (done only when every copy is)")
    if p.method == "listed" and fr.get("clause"):
        flags.append(f"force sums this up as part {int(p.entry)} of one row holding several "
                     f"items ('{_first_words(fr['text'])}')")
    elif p.method == "listed":
        flags.append(f"force lists this as item {int(p.entry)} of a numbered list in one row "
                     f"('{_first_words(fr['text'])}')")
    conflicts = _conflicts(hr, fr, p, partial, merged, others)
    if lacking:
        conflicts.append(f"the force has no row for {lacking}" if partial
                         else f"the force's text leaves out {lacking}")
    category = _pair_category(p, hr, conflicts, n_done == said)
    if category == "review":
        flags.append(f"unsure match (score {p.score:.0f}"
                     + (f", runner-up {p.runner_up}" if p.runner_up else "") + ")")
    flags += conflicts
    if p.method == "reference":
        flags.append("paired on the HMICFRS reference")
    elif p.method == "decision":
        flags.append("paired by a person's decision")
    if overdue := _overdue(hr, today):
        flags.append(overdue)
    show_diff = category in ("conflict", "review") and not partial
    return {"category": category, "hmicfrs_row": hr["row_id"], "force_row": fr["row_id"],
            "score": p.score, "flags": "; ".join(flags), "decision": p.decision,
            "method": p.method, "part": p.part, "text_score": p.text_score,
            "report_score": p.report_score, "margin": p.margin, "runner_up": p.runner_up,
            "score_parts": p.score_parts,
            "text_diff": word_diff_text(hr["text"], fr["text"]) if show_diff else None,
            "hmicfrs_due_date": hr["due_date"], "_h": p.h, "_f": p.f}


def _first_words(text: object, n: int = 8) -> str:
    words = str(text or "").split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def _missing_line(i: int, hr: dict, scores: Scores, force_ids: pd.Series, paired_f: set,
                  today: date) -> dict:
    flags = [_status_phrase(hr, "HMICFRS"), "not found in the force tracker"]
    if not _is_open(hr["state"]):
        flags.append("HMICFRS already has it closed: record it or ignore it")
    if overdue := _overdue(hr, today):
        flags.append(overdue)
    if hint := _closest(scores, "h", i, force_ids, "force", paired_f):
        flags.append(hint)
    return {"category": "missing_from_force", "hmicfrs_row": hr["row_id"], "force_row": None,
            "score": None, "flags": "; ".join(flags), "hmicfrs_due_date": hr["due_date"],
            "_h": i, "_f": -1}


def _force_only_line(j: int, fr: dict, scores: Scores, hmicfrs_ids: pd.Series,
                     paired_h: set) -> dict:
    flags = [_status_phrase(fr, "force"), "not on the HMICFRS list"]
    if hint := _closest(scores, "f", j, hmicfrs_ids, "HMICFRS", paired_h):
        flags.append(hint)
    return {"category": "not_on_hmicfrs_list", "hmicfrs_row": None, "force_row": fr["row_id"],
            "score": None, "flags": "; ".join(flags), "_h": -1, "_f": j}


def _frame(lines: list[dict], h: pd.DataFrame, f: pd.DataFrame) -> pd.DataFrame:
    """The lines as the result frame: both sides' fields beside them, in category order, then
    the HMICFRS list's order, then the tracker's."""
    sides = {f"{prefix}_{c}" for prefix in ("hmicfrs", "force") for c in SIDE_FIELDS}
    out = pd.DataFrame(lines, columns=[c for c in RESULT_COLUMNS if c not in sides] + ["_h", "_f"],
                       dtype=object)
    at_h, at_f = out.pop("_h").tolist(), out.pop("_f").tolist()
    for name, column in (_side_columns(h, at_h, "hmicfrs") | _side_columns(f, at_f, "force")).items():
        out[name] = column
    out = out[RESULT_COLUMNS]
    for col in ("score", "text_score", "report_score", "margin"):
        out[col] = pd.to_numeric(out[col]).astype(float)
    order = {c: k for k, c in enumerate(CATEGORIES)}
    h_pos = {r: k for k, r in enumerate(h["row_id"])}
    f_pos = {r: k for k, r in enumerate(f["row_id"])}
    out["_c"] = out["category"].map(order)
    out["_h"] = out["hmicfrs_row"].map(h_pos).fillna(len(h_pos))
    out["_f"] = out["force_row"].map(f_pos).fillna(len(f_pos))
    return out.sort_values(["_c", "_h", "_f"]).drop(columns=["_c", "_h", "_f"]).reset_index(drop=True)
