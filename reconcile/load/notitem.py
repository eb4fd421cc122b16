"""A row that is no item, told by its own cells: a key's line, a count or totals row, a
test entry, a note pointing elsewhere, an email's sign-off. `walk` asks these of each row;
each is short and asks nothing, so a recommendation is never taken for one."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise import builtin_statuses, reads_as_status
from ..normalise.entries import ASKS
from .blocks import legend_heading


def not_an_item(text: str, own: bool = False) -> str | None:
    """Why a text is no recommendation, whatever else its row holds: a template's worked
    example ("EXAMPLE ONLY – …"), a key's line ("Status
    key: Complete – …", "GREEN – the recommendation is implemented"), a count ("76 items",
    "Open - on track: 11  Complete: 7", "Totals (BLUE / GREEN …)"), a test entry ("test –
    please ignore") or a pointer to another row ("See objective 1.6"); else None. `own`:
    the row has a status, type or reference of its own ("See closure report" beside them is
    an item whose words are elsewhere). Each is short, and asks nothing."""
    if _EXAMPLE.match(text):    # however it is worded: a template's sample, not an item
        return ("a template's worked example ('EXAMPLE ONLY – …'), showing whoever completes "
                "it how: not an item")
    why = None
    if _KEY_LINE.match(text):
        why = "legend row: a key's line, what a status or colour means"
    elif (_COUNTED.fullmatch(text) or _TOTALS.match(text)
          or (len(text) <= _TALLY_CHARS and text.count(":") >= 2
              and len(_TALLY.findall(text)) >= 2)):
        why = "counts row: how many items the table holds, by status"
    elif _NONE_MADE.match(text):
        why = "a note that a section holds no items ('No areas for improvement were made …')"
    elif (m := _STATE_LINE.match(text)) and len(m.group(1).split()) <= _STATE_WORDS and (
            reads_as_status(m.group(1), builtin_statuses("hmicfrs"))):
        why = ("a status's name with its count or meaning ('Open: being progressed'), a "
               "summary's or key's line, not an item")
    elif _TEST_ROW.match(text):
        why = "a test entry ('test – please ignore'), not an item"
    elif _PLACEHOLDER.match(text):
        why = ("a template's placeholder ('Paste the recommendation text here'), telling whoever "
               "copies it what to write: not an item")
    elif not own and len(text) <= _SEE_CHARS and _SEE_ROW.match(text) and len(text.split()) <= 6:
        why = "a note pointing to another row ('See objective 1.6'), not an item of its own"
    elif not own and _NOTE_ROW.match(text):
        why = ("a note kept among the records ('NOTE – report logged, no recommendations …'), "
               "with no status, type or reference: not an item")
    if why is None or ASKS.search(text) or (own and _OWN_ROW.search(text)):
        return None
    return why


#: A line of counts, a pointer: short.
_TALLY_CHARS, _SEE_CHARS = 200, 60


#: "Status key: Complete – …", "Key: Complete = …", "GREEN – the recommendation is
#: implemented", "Blue - closed by HMICFRS".
_KEY_LINE = re.compile(r"\s*(?:(?:status|rag|colour|color)\s+)?(?:key|legend)\s*:\s*\S|"
                       r"\s*(?:red|amber|green|blue|white|grey|gray|black)\s*(?:[-–—=:]|\()\s*\w",
                       re.IGNORECASE)
#: "76 items", "76 recommendations: 34 Outstanding".
_COUNTED = re.compile(r"\s*\d+\s+(?:items?|recommendations?|actions?|lines?|areas?\s+for\s+"
                      r"improvement|afis?|records?)\b.{0,40}", re.IGNORECASE)
#: "Open - on track: 11", "Complete: 7": a status and its count.
_TALLY = re.compile(r"[A-Za-z][\w /-]{1,30}:\s*\d+\b")
_TOTALS = re.compile(r"\s*(?:grand\s+)?totals?\b\s*(?:\(|:|$)", re.IGNORECASE)
_TEST_ROW = re.compile(r"\s*test\b(?:.{0,20}|.{0,60}\bplease\s+)\b(?:ignore|delete)\b|\s*test(?:ing)?\s*$|"
                       r"\s*test\s+test\b", re.IGNORECASE)
#: "NOTE – report logged, no recommendations for forces", "Note: kept for the audit trail": a
#: record that is a note (on a row with no status, type or reference of its own).
_NOTE_ROW = re.compile(r"\s*(?:n\.?b\.?|note)\s*[-:\u2013\u2014]\s*\S", re.IGNORECASE)
_SEE_ROW = re.compile(r"\s*see\s+\S", re.IGNORECASE)
#: A list's template item: "Paste the recommendation text exactly as published …", "Enter the
#: AFI here", "TEMPLATE – copy this item", "Duplicate this task into the right report list".
_PLACEHOLDER = re.compile(r"\s*(?:template\s*[-\u2013\u2014:(]|(?:copy|duplicate)\s+this\s+"
                          r"(?:item|row|task|card|template)\b|"
                          r"[\[<(]?\s*"
                          r"(?:paste|enter|type|insert|write|add)\s+(?:the\s+|your\s+)?[^.\n]{0,30}?"
                          r"\b(?:text|wording|recommendation|afi|number|reference|ref|details|"
                          r"description|title)\b[^.\n]{0,40}?\b(?:here\b|exactly\s+as\b|as\s+"
                          r"(?:published|written)\b|in\s+this\s+(?:field|box|cell|column)\b))",
                          re.IGNORECASE)
#: "Open: awaiting review (new since …)", "Closed – superseded by later inspection": a state
#: and the register's status, a summary's or key's line.
_STATE_LINE = re.compile(r"\s*(?:open|closed)\s*[:\-\u2013\u2014]\s*([^()]+?)\s*(?:\(.*)?$",
                         re.IGNORECASE | re.DOTALL)
_STATE_WORDS = 6
#: A template's worked example: "EXAMPLE ONLY - the recommendation text …", "Worked example:",
#: "[Example] …", "Example: …".
_EXAMPLE = re.compile(r"\s*[\[(]?\s*(?:example\s+only\b|worked\s+example\b|example\s+"
                      r"(?:row|entry|item|line)\b|example\s*(?:[:\]\)\u2013\u2014]|-\s))",
                      re.IGNORECASE)
#: "No areas for improvement were made in this area", "No recommendations held on this tab".
_NONE_MADE = re.compile(r"\s*no\s+(?:areas?\s+for\s+improvement|recommendations?|items?|actions?|"
                        r"afis?|causes?\s+of\s+concern)\s+(?:were|was|have\s+been|has\s+been|are|is|"
                        r"held|made|raised)\b", re.IGNORECASE)
#: Words that, on a row with its own status or reference, may still be an item's.
_OWN_ROW = re.compile(r"^\s*see\b|\b(?:withheld|redacted)\b", re.IGNORECASE)


def keyed(row: list[Any], filled: list[int], text_col: int) -> bool:
    """'Key: | GREEN – the recommendation is implemented': a key's label beside its first
    line, the lines under it the key's."""
    return (2 <= len(filled) <= 3 and filled[0] != text_col and isinstance(row[filled[0]], str)
            and legend_heading(row[filled[0]]))




def colour_named(row: list[Any], filled: list[int], text_col: int) -> bool:
    """'RED | Little work yet undertaken …' with the colour where the text goes: no
    recommendation is a colour's name."""
    text = row[text_col] if text_col < len(row) else None
    return (text_col in filled and len(filled) <= 2 and isinstance(text, str)
            and vocab.key(text) in vocab.LEGEND_WORDS - {"key", "legend"})


#: A copied list's pointer to an item kept elsewhere: "see harm tab (same rec shows on both
#: themes)", "also listed under this theme - already copied on harm pg2 tab".
_POINTER = re.compile(r"\s*(?:see|also\s+listed|already\s+(?:copied|listed)|listed\s+under|"
                      r"copied\s+(?:on|to))\b.*\b(?:tab|sheet|theme|page)\b", re.IGNORECASE)
_POINTER_WORDS = 15


def points_elsewhere(text: str, alone: bool) -> bool:
    """A short note pointing to the item on another tab or theme ("see harm tab", "AFI 13 &
    AFI 14 – see Closed tab"; `alone`: the only cell of its row)."""
    return len(text.split()) <= _POINTER_WORDS and bool(
        _POINTER.match(text) or (alone and _TAB_NOTE.search(text)))
#: A note alone on its row saying items are on another tab: "AFI 13 & AFI 14 – see Closed
#: tab", "Rec 1.3 (RUI/bail) moved to Closed tab 11/2022".
_TAB_NOTE = re.compile(r"\b(?:see|moved\s+to|now\s+on|transferred\s+to)\s+(?:the\s+)?['\"‘’]?"
                       r"[\w &/-]{1,30}?['\"‘’]?\s+(?:tab|sheet|worksheet)\b", re.IGNORECASE)
#: An email's sign-off, pasted under the table with it; its name and title follow.
SIGN_OFF = re.compile(r"\s*(kind regards|best regards|regards|many thanks|thanks|best wishes|"
                      r"yours sincerely|yours faithfully)\b[\s,.!]*$", re.IGNORECASE)

#: The words a table's totals row starts with.
_TOTAL_WORDS = frozenset({"total", "totals", "grand total", "count", "sum"})


#: Excel's Subtotal labels each group's row by its name: "CDI 2019 Count", "Grand Total".
_SUBTOTAL = re.compile(r"\b(?:total|count|sum|average)$")


def totals(row: list[Any], filled: list[int], text: Any) -> bool:
    """A row saying "Total" with a number where the text goes (`=SUBTOTAL(103, …)`)."""
    if not (isinstance(text, int | float) or (isinstance(text, str)
                                                and not re.search(r"[A-Za-z]", text))):
        return False
    return any(isinstance(row[c], str) and (vocab.key(row[c]) in _TOTAL_WORDS
                                            or bool(_SUBTOTAL.search(vocab.key(row[c]))))
               for c in filled)


#: A label of counts in the text's place: "Total Responsible (R)", "Number of actions",
#: "RAG summary".
_TALLY_LABEL = re.compile(r"\s*(?:(?:total|count|number)\b.{0,30}|(?:rag|brag|status)\s+"
                          r"(?:summary|totals?|counts?))\s*", re.IGNORECASE)


def tallied(row: list[Any], filled: list[int], text: Any) -> bool:
    """A short label of counts where the text goes, and beside it only figures (two at least:
    a department's count of rows) or a tally ("R 6 | A 36 | G 29")."""
    if not (isinstance(text, str) and _TALLY_LABEL.fullmatch(text)):
        return False
    others = [str(row[c]).strip() for c in filled if row[c] is not text]
    figures = sum(bool(re.fullmatch(r"\d+(?:\.0)?", v)) for v in others)
    return bool(others) and (figures == len(others) >= 2 or all(
        len(re.findall(r"\b[A-Za-z]{1,6}\s*[:=]?\s*\d+\b", v)) >= 2 for v in others))


#: A type cell naming a report, not a kind of item: a register's record of the report itself
#: ("Report", "National report"), exported among its recommendations.
_REPORT_TYPES = frozenset({"report", "inspection report", "national report", "thematic report",
                           "force report", "inspection"})


def report_record(row: list[Any], type_col: int | None) -> bool:
    """Whether a row is a register's record of a report among its items (its type "Report":
    "This report makes 4 recommendations for all forces")."""
    if type_col is None or type_col >= len(row) or not isinstance(row[type_col], str):
        return False
    return vocab.key(row[type_col]) in _REPORT_TYPES


#: A rule drawn with characters ("-----------", "=====", "───"): a divider's ends, a cell of a
#: rule under a header.
RULE = r"[-=_*~#\u2013\u2014\u2500\u2501\u2550]{3,}"
_RULE_CELL = re.compile(rf"\s*{RULE}\s*")


def ruled(row: list[Any], filled: list[int]) -> bool:
    """Whether a row is only a rule drawn under a header, cell by cell, as a query tool's
    output draws one ("----------------,---------,…")."""
    return bool(filled) and all(isinstance(row[c], str) and _RULE_CELL.fullmatch(row[c])
                                for c in filled)


#: A risk log's line: "There is a risk that …", "Risk that …", "Risk of …".
_RISK = re.compile(r"\s*(?:there\s+is\s+a\s+risk\b|(?:the\s+)?risks?\s+(?:that|of)\b)",
                   re.IGNORECASE)
#: Rows of a sheet, and the share of them so worded, that make it a risk log.
_RISK_ROWS, _RISK_SHARE = 3, 0.8


def risk_sheets(items: list[dict[str, Any]]) -> set[str]:
    """The sheets whose items are a programme's risks ("There is a risk that evidence …"),
    as a RAID log keeps them on a tab beside its actions and issues: not items."""
    texts: dict[str, list[str]] = {}
    for item in items:
        texts.setdefault(item["sheet"], []).append(str(item.get("text") or ""))
    return {sheet for sheet, said in texts.items() if len(said) >= _RISK_ROWS
            and sum(bool(_RISK.match(t)) for t in said) >= _RISK_SHARE * len(said)}


#: A sheet kept to copy report sheets from: "Template", "Blank template", "TEMPLATE - do not
#: use", "Master template" (not "Template (2)", a copy made from it and filled in).
_TEMPLATE = re.compile(r"^\s*(?:blank\s+|master\s+|new\s+)?template\b(?!\s*\(\d+\))"
                       r"(?:\s*[-\u2013:]?\s*(?:do\s+not\s+(?:use|delete|edit)|master|blank|copy\s+me))?\s*$",
                       re.IGNORECASE)


def template_sheets(items: list[dict[str, Any]]) -> set[str]:
    """The template sheet the report sheets were copied from, where other sheets hold items:
    its rows are the example a template carries, not items."""
    sheets = {item["sheet"] for item in items}
    named = {s for s in sheets if _TEMPLATE.match(s)}
    return named if sheets - named else set()
