"""The rows a force wrote as one item's: numbered "316a", "316b", "316c" (or "12(i)", "4.b"),
one text on each of adjacent rows (a summary cell merged, or left blank and carried down,
over its actions), or one long text on two rows far apart (an item archived and its copy
left on the live sheet). They are the parts of one item, whatever other items their words
fit."""

from __future__ import annotations

import re

import pandas as pd

from ..config import MatchSettings

# A running number, then a letter or a small roman numeral as its sub-part: "316a", "316 b",
# "12(a)", "12.a", "7-c", "4(ii)", "RR-0311a", "2.6a" (report 2's sixth item, part a). "3.1"
# is not one: many trackers number report 3's items so.
_PART = re.compile(r"^\s*(?:[A-Za-z]{2,5}\s*[-_/]?\s*)?(\d{1,5}(?:\.\d{1,3})?)\s*[.\-]?\s*"
                   r"\(?([a-h]|i{1,3}|iv|vi{0,3})\)?\s*$", re.IGNORECASE)


#: ... or a code ending in a number, then a division's (or a part's) letters after a
#: separator: "EFF16-R2-W" and "EFF16-R2-S" (one recommendation tracked by each division).
_CODED_PART = re.compile(r"^\s*(.*?\d)\s*[.\-_/]\s*\(?[A-Za-z]{1,2}\)?\s*$")


def _family_key(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    if m := _PART.match(raw):
        return m.group(1)
    m = _CODED_PART.match(raw)
    return " ".join(m.group(1).lower().split()) if m else None


def families(f: pd.DataFrame) -> dict[int, tuple[int, ...]]:
    """Per force row of a family, the rows of its family (itself included): rows of one sheet
    sharing a running number with sub-part letters, else adjacent rows of one text. Rows in
    no family are not keys."""
    if not len(f):
        return {}
    sheets = f["sheet"].astype(str).tolist() if "sheet" in f else [""] * len(f)
    keys: dict[tuple[str, str], list[int]] = {}
    if "local_ref" in f:
        for j, raw in enumerate(f["local_ref"].tolist()):
            if (k := _family_key(raw)) is not None:
                keys.setdefault((sheets[j], k), []).append(j)
    out = {j: tuple(js) for js in keys.values() if len(js) > 1 for j in js}
    out |= {j: run for run in _runs(f, sheets, "item_no") for j in run if not set(run) & set(out)}
    out |= {j: run for run in _runs(f, sheets) for j in run if not set(run) & set(out)}
    return out | {j: copy for copy in _copies(f) for j in copy if not set(copy) & set(out)}


#: A text this long, word for word on two rows far apart, is one item tracked twice.
_COPY_WORDS = 12


def _copies(f: pd.DataFrame) -> list[tuple[int, ...]]:
    """Rows holding the same long text under the same report (or none), not next to each
    other: one item tracked twice (an archived row and the copy left on the live sheet)."""
    if "text" not in f:
        return []
    # Under two reports, one text is two items: a recommendation repeated year after year.
    reports = f["report_key"].tolist() if "report_key" in f else [""] * len(f)
    seen: dict[tuple[str, str], list[int]] = {}
    for j, text in enumerate(f["text"].tolist()):
        if isinstance(text, str) and text.count(" ") + 1 >= _COPY_WORDS:
            seen.setdefault((" ".join(text.split()).lower(), reports[j] or ""), []).append(j)
    return [tuple(js) for js in seen.values() if len(js) > 1]


def _runs(f: pd.DataFrame, sheets: list[str], column: str = "text") -> list[tuple[int, ...]]:
    """Adjacent rows (one sheet, row after row) holding the same text under the same report
    (or none): a summary carried down over its actions is one report's; one text under two
    reports, or named on one row only, is a recommendation made again, tracked twice.
    `column` "item_no": the same number in the report ("AFI 3" on two action rows)."""
    if "row" not in f or column not in f:
        return []
    texts, rows = f[column].tolist(), f["row"].tolist()
    reports = [r or "" for r in f["report_key"].tolist()] if "report_key" in f else [""] * len(f)
    runs, run = [], [0]
    for j in range(1, len(f)):
        if (sheets[j] == sheets[j - 1] and rows[j] == rows[j - 1] + 1
                and isinstance(texts[j], str) and texts[j] and texts[j] == texts[j - 1]
                and reports[j] == reports[j - 1]):
            run.append(j)
            continue
        if len(run) > 1:
            runs.append(tuple(run))
        run = [j]
    if len(run) > 1:
        runs.append(tuple(run))
    return runs


def sibling_pairs(t: pd.DataFrame, numbered: dict[int, tuple[int, ...]], top: int = 2
                  ) -> list[tuple[int, int]]:
    """(item, row) for each numbered row and the `top` items each of its siblings reads best,
    when not scored yet: a split's closing sentence ("This should be done in a way that
    involves those people who are stopped and searched") fits dozens of items, and the word
    index may not offer the one its siblings hold."""
    if not numbered or t.empty:
        return []
    rows = t[t["f"].isin(list(numbered))].sort_values("total", ascending=False, kind="stable")
    best = rows.groupby("f", sort=False).head(top)
    items_of: dict[int, set[int]] = {}
    for i, j in zip(best["h"].tolist(), best["f"].tolist(), strict=True):
        items_of.setdefault(int(j), set()).add(int(i))
    scored = set(zip(rows["h"].tolist(), rows["f"].tolist(), strict=True))
    want = {(i, p) for q, items in items_of.items() for p in numbered[q] if p != q
            for i in items}
    return sorted(want - scored)


def family_items(fits: pd.DataFrame, anchored: dict[int, list[int]],
                  families: dict[int, tuple[int, ...]], settings: MatchSettings,
                  texts: pd.Series | None = None) -> set[tuple[int, int]]:
    """(item, row) for the rows the force wrote as one item's (`families.families`: "3a",
    "3b", "3c", or one text on adjacent rows): the item one of them is paired with on the
    reference, else the one item that holds every one of them, each well enough to be
    accepted on its own (`accept`), clearly (`margin`) the best such by their summed scores,
    whatever other items a row reads as well. "Holds": shaped as a part (`part_containment`
    at least, not as much as a piece copied, since the force's grouping tells), the report
    not contradicting. A family of one text (`texts`: each row's) that two items hold whole
    says no more than one row would: a sentence two items share (one formula), theirs to
    tell apart, not the family's."""
    if not families:
        return set()
    fits_ = fits[~fits["other_report"]]
    by_row: dict[int, dict[int, float]] = {}
    inside: set[tuple[int, int]] = set()          # (item, row): the row wholly in the item
    for w, p, s, c in zip(fits_["h"].tolist(), fits_["f"].tolist(), fits_["total"].tolist(),
                          fits_["contain"].tolist(), strict=True):
        by_row.setdefault(int(p), {})[int(w)] = float(s)
        if c >= settings.split_containment:
            inside.add((int(w), int(p)))
    ref_item = {q: w for w, qs in anchored.items() for q in qs}
    want: set[tuple[int, int]] = set()
    for family in set(families.values()):
        anchors = {ref_item[q] for q in family if q in ref_item}
        if len(anchors) == 1:
            w = anchors.pop()
            want.update((w, p) for p in family if p not in ref_item and w in by_row.get(p, {}))
            continue
        if anchors or any(p not in by_row for p in family):
            continue
        holders = set.intersection(*({w for w, s in by_row[p].items() if s >= settings.accept}
                                     for p in family))
        ranked = sorted(((sum(by_row[p][w] for p in family), w) for w in holders), reverse=True)
        if (len(ranked) > 1 and texts is not None and len({texts.iat[p] for p in family}) == 1
                and all((w, p) in inside for _, w in ranked[:2] for p in family)):
            continue
        if ranked and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= settings.margin):
            want.update((ranked[0][1], p) for p in family)
    return want


def given_to(clear: pd.DataFrame, fits: pd.DataFrame, vouched: set[tuple[int, int]]
          ) -> pd.DataFrame:
    """`clear`, each row of `vouched` given to its item there instead."""
    if not vouched:
        return clear
    joining = fits[[pair in vouched for pair in zip(fits["h"].tolist(), fits["f"].tolist(),
                                                    strict=True)]]
    return pd.concat([clear[~clear["f"].isin(joining["f"])], joining])
