"""Settings as small frozen dataclasses, and the TOML file that overrides them.

Every key is optional. Unknown keys and wrong types are refused with the key's name and the
valid choices, because a silently ignored typo ("acept = 90") would change a sign-off list.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import vocab
from .errors import ConfigError


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds and weights for pairing. Defaults are documented in the README."""

    #: A pair scoring at least this (0-100) is accepted, if it is also clear of the runner-up.
    accept: float = 80.0
    #: Pairs between `review` and `accept` (or near-ties) go to a person on the Review sheet.
    review: float = 60.0
    #: An accepted pair must beat the best alternative for either of its rows by this much.
    margin: float = 5.0
    #: A pair between `review` and `accept` is accepted all the same when no other candidate
    #: for either row comes within this many points (a summary with no rival) ...
    clear_margin: float = 12.0
    #: An item and a row left over under one report, each the other's best among those left
    #: by `margin`, scoring at least this, go to review: a row in the force's own words.
    own_words: float = 45.0
    #: ... and are accepted when they score this much or more with no rival left at all (on
    #: the train and 200 fresh seeds every such proposal at 54 or more was right, 23 of 23;
    #: below, 8 of 10 were wrong).
    own_words_accept: float = 56.0
    #: ... if the report confirms it, or the shorter text is a summary: this much of its
    #: words' weight is in the other.
    summary_containment: float = 75.0
    #: Added when both sides name the same report, subtracted when they name different ones.
    same_report_bonus: float = 6.0
    other_report_penalty: float = 12.0
    #: ... and this much more when the two reports' years differ too.
    other_year_penalty: float = 6.0
    #: Subtracted when both sides carry an HMICFRS reference and the two differ.
    ref_conflict_penalty: float = 25.0
    #: ... instead, when the force's reference names no item on the list at all (a run the
    #: fill handle dragged on, a typing slip): it speaks against every item alike, so it
    #: says little against the one the words name; and against the item it names with two
    #: digits swapped ("9827" for 9872). Still shown as a conflict.
    ref_unknown_penalty: float = 10.0
    #: Subtracted when two like texts differ in subject, each naming one the other does not
    #: ("prevent road harm" / "prevent knife crime"): two recommendations of one formula.
    topic_penalty: float = 40.0
    #: Subtracted when both sides name a type and they differ (recommendation / area for
    #: improvement); a cause of concern and its own recommendation are not another type.
    #: Learnt weight on the train split: a different type is x12 less likely a pair.
    type_conflict_penalty: float = 8.0
    #: National lists: how many candidates per row (each side) the word index keeps.
    candidates: float = 10
    #: ... and every item holding this share (0-1) of a force row's word weight, however
    #: many: a row cut short ("Improve how it gathers, assesses and...") lies inside dozens of
    #: items, and its own may not rank among the best few.
    held_candidates: float = 0.8
    #: Below this many possible pairs (about 140 x 140) every pair sharing a word is scored;
    #: above it, only each row's `candidates` best (no change in outcome on the evaluation
    #: set or the benchmark's 300 x 400 lists; 66,583 pairs scored -> 4,833).
    all_pairs_limit: int = 20_000
    #: Above `all_pairs_limit`, pairs whose weighted word overlap (cosine, 0-1) is below this
    #: are not candidates: they never reach review, and ranking them is the costly step.
    min_overlap: float = 0.1
    #: Report names at least this similar (0-100) count as the same report.
    same_report: float = 80.0
    #: ... and names less similar than this (or with different years) are different reports.
    different_report: float = 60.0
    #: A force row is a part of a split recommendation when this much of its words' weight
    #: (0-100) sits inside the HMICFRS text (at least one part of a group must reach
    #: `split_containment`, the others `part_containment`) ...
    split_containment: float = 88.0
    part_containment: float = 60.0
    #: ... and the parts together cover this share of the HMICFRS text's words.
    split_coverage: float = 0.3
    #: One force row holds several HMICFRS items (a cause of concern and its recommendation)
    #: when those items, each `part_containment` inside it, cover this share of its words.
    merge_coverage: float = 0.6
    #: A part (or a summary) is the shorter text: its words weigh less than this share of
    #: the whole's.
    shorter_weight: float = 0.95
    #: A text score this high is one text repeated on each row of a block (a summary cell
    #: merged down over its sub-actions): a part of the split however long.
    same_text: float = 99.5
    #: Two HMICFRS items whose words (in any order) read this alike are repeats of one text
    #: across years, not a cause of concern and its recommendation merged in one row.
    repeat_text: float = 90.0
    #: A row next to another part joins a split only when this share of its words of the
    #: item are not in that part (it holds the rest of the item, not a repeat).
    beside_new_words: float = 0.5
    #: Under a report that contradicts the item's, a row holding less than this share (0-100)
    #: of the item's words is a piece of it (a split), not a copy filed under another report.
    piece_cover: float = 70.0
    #: A part sits "as well" inside another item when its containment there is within this
    #: many points of its own: it says nothing of which item it belongs to.
    shared_fit: float = 5.0
    #: A part not written next to another adds to a split when at least this share of its
    #: words of the item are in no part that fits the item as well or better.
    new_words: float = 0.25
    #: How many rows in a row may join a split, one step from a clear part at a time.
    next_steps: int = 3
    #: A force row reading an item this well (text score) under another report, with no
    #: rival near it, is that item's row filed under the wrong report.
    copy_text: float = 90.0
    #: ... and so is one reading it at `accept` (text score) in its own words, when no other
    #: candidate of either comes within this many points.
    far_margin: float = 36.0
    #: A force row reading an item this well (text score) is its copy, not a paraphrase: a
    #: rival with a row of its own may then be set aside.
    verbatim_text: float = 95.0
    #: A row whose reference names an item it reads this poorly (text score), and which
    #: reads another item at `accept`, mistyped the reference: paired on its words.
    ref_unlike_text: float = 30.0
    #: A force row reading items at least this well (text score) ...
    twin_text: float = 85.0
    #: ... and another within this many points of the best reads a recurring text: only the
    #: report, year or reference can choose between those items.
    twin_gap: float = 10.0
    #: A swap of two pairs' partners that leaves this many more points of words unexplained
    #: (`cover`, summed over the two pairs) is no rival.
    explained_gap: float = 40.0
    #: At most this many HMICFRS items apart, the items of a row's neighbours bracket its
    #: place in the list's order.
    place_span: int = 4
    #: How many rounds of placing rows by their neighbours (an item one row leaves is free
    #: for the next).
    place_steps: int = 3
    #: Two pairs of one report made crosswise are made in the list's order instead when that
    #: scores within this many points of it (the two pairs together).
    order_gap: float = 10.0
    #: Words in this share of all texts or more (the force's name, "crime") name no subject.
    subject_common_share: float = 0.1
    #: Two texts differ in subject when the words only one side has weigh this share of its
    #: telling words ...
    subject_share: float = 0.08
    #: ... checked only where the texts score this much on text (0-100) ...
    subject_text: float = 60.0
    #: ... and the shorter holds this share of the longer's words (one formula, two subjects).
    subject_cover: float = 0.3
    #: ... and, in order, this share of the shorter text's subject words are the other's: a
    #: formula with its subject swapped keeps most; a text in the force's own words few.
    subject_formula: float = 0.6
    #: Compared clause against clause (two formulas in one text, their subjects crossed),
    #: two clauses of one formula keep this share of the longer one's words in order: a
    #: short clause in the force's own words keeps most of its own by chance, not of both.
    subject_clause_formula: float = 0.7
    #: rapidfuzz's character scores are worked out only for pairs whose words score this much
    #: (dice, or discounted containment, 0-1): others cannot reach `review` on characters.
    char_floor: float = 0.2
    #: A cell that is a numbered list of items: an entry is paired with the item that shares
    #: this much of the two texts' word weight (2 x shared / both, 0-1) ...
    list_dice: float = 0.45
    #: ... holding this share of the entry's own (0-1) ...
    list_held: float = 0.6
    #: ... and this much ahead of the next item (0-1); accepted from `list_sure` up (and
    #: twice that lead), else sent to review.
    list_ahead: float = 0.08
    list_sure: float = 0.6


@dataclass(frozen=True)
class SideSettings:
    """What the tool cannot guess about one input: header names and status words."""

    #: canonical field -> header as written in the file
    columns: dict[str, str] = field(default_factory=dict)
    #: state ("open"/"closed" for HMICFRS, "open"/"done" for the force) -> extra words
    status: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PaperSettings:
    """What the committee paper (``reconcile.paper``) cannot know: who it is for and from.
    Blank means the paper shows a marked gap for the analyst to fill in Word."""

    committee: str = ""
    contact_name: str = ""
    contact_title: str = ""


@dataclass(frozen=True)
class Config:
    hmicfrs: SideSettings = field(default_factory=SideSettings)
    force: SideSettings = field(default_factory=SideSettings)
    match: MatchSettings = field(default_factory=MatchSettings)
    source: str | None = None
    paper: PaperSettings = field(default_factory=PaperSettings)

    def side(self, name: str) -> SideSettings:
        return self.hmicfrs if name == "hmicfrs" else self.force

    def as_rows(self) -> list[tuple[str, str]]:
        """Flat (setting, value) pairs for the Run info sheet."""
        rows = [("config file", self.source or "(none: built-in defaults)")]
        for name in vocab.SIDES:
            s = self.side(name)
            for fld, header in s.columns.items():
                rows.append((f"{name}.columns.{fld}", header))
            for state, words in s.status.items():
                rows.append((f"{name}.status.{state}", ", ".join(words)))
        for f in dataclasses.fields(MatchSettings):
            rows.append((f"match.{f.name}", str(getattr(self.match, f.name))))
        return rows


_STATES = {"hmicfrs": ("open", "closed"), "force": ("open", "done")}


def _unknown(path: str, bad: str, valid: list[str] | tuple[str, ...]) -> ConfigError:
    return ConfigError(
        f"{path}: unknown key '{bad}'. Valid keys here are: {', '.join(valid)}. "
        "Check the spelling against the README's config section.")


def _side(path: str, name: str, raw: Any) -> SideSettings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [{name}] must be a table of settings. Write it as [{name}.columns].")
    for k in raw:
        if k not in ("columns", "status"):
            raise _unknown(f"{path} [{name}]", k, ["columns", "status"])
    columns = raw.get("columns", {})
    if not isinstance(columns, dict):
        raise ConfigError(f"{path}: [{name}.columns] must be a table like: text = \"Recommendation\".")
    for fld, header in columns.items():
        if fld not in vocab.FIELDS:
            raise _unknown(f"{path} [{name}.columns]", fld, vocab.FIELDS)
        if not isinstance(header, str) or not header.strip():
            raise ConfigError(f"{path}: [{name}.columns] {fld} must be the header text in quotes, "
                              f"e.g. {fld} = \"My header\"; found {header!r}.")
    status = raw.get("status", {})
    if not isinstance(status, dict):
        raise ConfigError(f"{path}: [{name}.status] must be a table like: open = [\"AMBER\", \"RED\"].")
    words: dict[str, tuple[str, ...]] = {}
    for state, values in status.items():
        if state not in _STATES[name]:
            raise _unknown(f"{path} [{name}.status]", state, _STATES[name])
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(f"{path}: [{name}.status] {state} must be a list of words in quotes, "
                              f"e.g. {state} = [\"GREEN\", \"Complete\"]; found {values!r}.")
        words[state] = tuple(values)
    return SideSettings(columns=dict(columns), status=words)


def _match(path: str, raw: Any) -> MatchSettings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [match] must be a table of numbers, e.g. accept = 85.")
    valid = [f.name for f in dataclasses.fields(MatchSettings)]
    counts = {f.name for f in dataclasses.fields(MatchSettings) if f.type == "int"}
    values: dict[str, float] = {}
    for k, v in raw.items():
        if k not in valid:
            raise _unknown(f"{path} [match]", k, valid)
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ConfigError(f"{path}: [match] {k} must be a number, e.g. {k} = "
                              f"{getattr(MatchSettings, k)}; found {v!r}.")
        if k in counts and not float(v).is_integer():
            raise ConfigError(f"{path}: [match] {k} counts rows or steps, so it must be a whole "
                              f"number, e.g. {k} = {getattr(MatchSettings, k)}; found {v!r}.")
        values[k] = int(v) if k in counts else float(v)
    settings = MatchSettings(**values)
    if settings.review > settings.accept:
        raise ConfigError(f"{path}: [match] review ({settings.review:g}) must not be above accept "
                          f"({settings.accept:g}). Lower review or raise accept.")
    return settings


def _paper(path: str, raw: Any) -> PaperSettings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [paper] must be a table of settings, e.g. committee = "
                          "\"Joint Audit Committee\".")
    valid = [f.name for f in dataclasses.fields(PaperSettings)]
    for k, v in raw.items():
        if k not in valid:
            raise _unknown(f"{path} [paper]", k, valid)
        if not isinstance(v, str):
            raise ConfigError(f"{path}: [paper] {k} must be text in quotes, e.g. {k} = "
                              f"\"Joint Audit Committee\"; found {v!r}.")
    return PaperSettings(**{k: " ".join(v.split()) for k, v in raw.items()})


def load_config(path: str | Path | None) -> Config:
    """Read a TOML config; `None` gives the built-in defaults."""
    if path is None:
        return Config()
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{p}: config file not found. Check the path given to --config.") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{p}: is a folder, not a config file. Give the path of a .toml file.") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: is not a text file. Save the config as UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: is not valid TOML ({exc}). Put header names and words in "
                          "double quotes, e.g. text = \"Recommendation\".") from exc
    for k in raw:
        if k not in ("hmicfrs", "force", "match", "paper"):
            raise _unknown(str(p), k, ["hmicfrs", "force", "match", "paper"])
    return Config(
        hmicfrs=_side(str(p), "hmicfrs", raw.get("hmicfrs", {})),
        force=_side(str(p), "force", raw.get("force", {})),
        match=_match(str(p), raw.get("match", {})),
        source=str(p),
        paper=_paper(str(p), raw.get("paper", {})),
    )
