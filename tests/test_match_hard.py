"""The matcher decides on the right facts: the harder shapes of issue 13 (kinds 4, 5, 7, 8, 11).

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

import pytest
from conftest import FORCE_HEADER, LEADERSHIP, SF

from reconcile import reconcile_files
from reconcile.parts import bullets, missing_parts


def tracker(*blocks):
    """Force tracker rows: title, blank, header, then (report title, rows) blocks."""
    rows = [["Force – HMICFRS tracker"], [], FORCE_HEADER]
    for title, items in blocks:
        rows.append([title])
        rows += [list(i) for i in items]
    return rows


def pair_of(rec, force_row):
    """The pairs-frame row of one force row (by its Sheet!Row), or None."""
    ids = rec.f["row_id"].tolist()
    j = ids.index(force_row)
    got = rec.pairs[rec.pairs["f"] == j]
    return None if got.empty else got.iloc[0]


# -------------------------------------------------------------- kind 4: a bullet without a row

LEADERSHIP_BULLETS = [b.strip("•;. and\n") for b in LEADERSHIP.split("\n")[1:]]
# A real five-part recommendation (Crime data integrity, Devon and Cornwall, id 6989).
CDI = ("Within six months the force should put in place arrangements to ensure that:\n"
       "• at the point of report, victims are believed;\n"
       "• crimes are recorded at the first point of contact, or within 24 hours;\n"
       "• reports of rape are recorded as crimes unless there is additional verifiable "
       "information to determine that no crime was committed;\n"
       "• all staff who record crimes are trained in the Home Office Counting Rules; and\n"
       "• decisions to cancel recorded crimes are taken by the force crime registrar.")


def test_bullets_are_read_from_lines_inline_marks_and_letters():
    assert [lab for lab, _ in bullets(CDI)] == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    inline = CDI.replace("\n", " ")
    assert len(bullets(inline)) == 5
    lettered = ("The force should: (a) review its leadership arrangements for modern slavery; "
                "(b) allocate appropriate resources to every incident; (c) develop partnership "
                "arrangements to share information")
    assert [lab for lab, _ in bullets(lettered)] == ["(a)", "(b)", "(c)"]
    assert bullets("Within six months, forces should have in place active "
                   "information-sharing agreements with other agencies.") == []


@pytest.mark.parametrize("drop", range(4))
def test_a_split_missing_one_bullet_names_it(pair_files, drop):
    kept = [b for k, b in enumerate(LEADERSHIP_BULLETS) if k != drop]
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN") for k, b in enumerate(kept, 1)])))
    rec = reconcile_files(h, f)
    assert set(rec.pairs["method"]) == {"split"} and len(rec.pairs) == 3
    label = "(" + "abcd"[drop] + ")"
    first = " ".join(LEADERSHIP_BULLETS[drop].split()[:4])
    for note in rec.pairs["missing_parts"]:
        assert note.startswith(f"bullet {label}: '") and first in note
        assert note.count("bullet") == 1


@pytest.mark.xfail(reason="diff.py (helper H3) is to turn missing_parts into a conflict flag",
                   strict=False)
def test_a_split_missing_one_bullet_is_a_conflict_never_closeable(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN")
                      for k, b in enumerate(LEADERSHIP_BULLETS[:3], 1)])))
    rec = reconcile_files(h, f)
    assert set(rec.items["category"]) == {"conflict"}
    assert "(d)" in rec.items.iloc[0]["flags"]


def test_a_complete_split_has_nothing_missing(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN")
                      for k, b in enumerate(LEADERSHIP_BULLETS, 1)])))
    rec = reconcile_files(h, f)
    assert len(rec.pairs) == 4 and set(rec.pairs["missing_parts"]) == {""}


def test_missing_parts_follows_the_rows_not_the_word_overlap():
    from reconcile.normalise import norm_text, tokens

    rows = [tokens(norm_text(t)) for t in (
        "Victims are believed at the point of report",
        "Crimes recorded at first point of contact or within 24 hours",
        "All staff who record crimes trained in HOCR (Home Office Counting Rules)",
        "Decisions to cancel crimes taken by the FCR (force crime registrar)")]
    note = missing_parts(CDI, rows)
    assert note.startswith("bullet (c): 'reports of rape are recorded as crimes")
    assert ";" not in note
    # A one-row summary is not a split: nothing is said to be missing from a text with no bullets.
    assert missing_parts("Within six months, forces should have in place active agreements",
                         rows[:1]) == ""
