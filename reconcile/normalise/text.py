"""Text for comparison: quotes, bullets, stems ("HMICFRS recommends that") and phrases made
uniform, and the words a text is indexed by."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd

from .. import vocab
from .refs import TAIL_REF, TEXT_REF

#: What is not a word character, for splitting texts into words.
NOT_WORD = re.compile(r"[^0-9a-z' ]+")

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})
_BULLETS = re.compile(f"[{vocab.BULLETS}]")
_NOT_LABEL = r"(?!should\b|recommends?\b|must\b|will\b|that\b|found\b)"
#: A label naming the report before the words, in an action log with no report column:
#: "cdi inspection 2021 (hmicfrs) - rec 1, bullet 3 of 5: …", "hmicfrs peel 2021/22 afi - …"
#: (lower case, dashes plain, as norm_display sees it). Not a sentence: no "should" in it.
LABEL = re.compile(
    rf"^(?:{_NOT_LABEL}[^:\n]){{0,60}}?\b(?:hmicfrs|hmic|peel|inspection|spotlight)\b"
    rf"(?:(?:{_NOT_LABEL}[^:\n]){{0,100}}:|(?:{_NOT_LABEL}[^:\n-]){{0,60}}?\s-)\s*")
#: A label's report word: most texts hold none in their first words, and one search is
#: cheaper than the label's pattern tried at every place.
_LABEL_HINT = re.compile(r"hmic|peel|inspection|spotlight")
_STEMS = [
    # "HMIC recommends that within six months the force should:" keeps its timescale words.
    r"^(?:to address (?:this|the) cause (?:of|for) concern,?\s*)",
    r"^(?:hmic(?:frs)?|hm inspectorate[a-z ]*)\s+recommends\s+(?:that\s+)?",
    # "Stolen Freedom R1(c) – …": a report's short name and the force's number of the item
    # (or its bullet) before the text.
    r"^(?!\S+\s+should\b|\S+\s+\S+\s+should\b)(?:[a-z0-9&'/.]+\s){1,4}"
    r"(?:recommendation|rec|afi|r)\s*\d+[a-z]?(?:\s*\([a-z]{1,4}\))?"
    r"\s*[-:\u2013\u2014]\s*",
    # "MSHT governance review (Stolen Freedom rec 1) - …": the force's title for the task,
    # the item's report and number in brackets, then the text.
    r"^(?!\S+\s+should\b)[^()\n:]{3,80}\((?:[a-z0-9&'/.]+\s){0,4}(?:recommendation|rec|afi|r)"
    r"\s*\d+[a-z]?(?:\s*\([a-z]{1,4}\))?\)\s*[-:\u2013\u2014]\s*",
    # "HMICFRS Rec 3 – …": the register's name before the force's numbering.
    r"^hmic(?:frs)?\s+(?=(?:recommendation|rec|afi|area for improvement|coc|r)\s*\d)",
    # ... with the inspection's year after the number: "AFI 3 (2018/19) - The service ...".
    r"^(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern|coc|r|t)\s*"
    r"\d+[a-z]?(?:\s*\((?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\))?\s*[-:.)–]\s*",
    r"^(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern)\s*[-:]\s*",
    # "3. The force …", and "4.Within …" pasted with its space lost.
    r"^\(?\d{1,2}[a-z]?[.)](?:\s+|(?=(?-i:[A-Z])))",
    # "(AFI 3) The force…", "AFI 3 The force…": the force's numbering with no stop after it.
    r"^[(\[]?(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern|coc|cfc)"
    r"\s*\d+[a-z]?[)\]]?\s+",
    r"^(?:t|r)\d{1,3}\b\s*",
    # A register reference written before the text: "[13724] ", "Ref 13736: " (refs.text_ref).
    "^" + TEXT_REF,
]
_STEM_RES = [re.compile(p, re.IGNORECASE) for p in _STEMS]
_TAIL_REF_RE = re.compile(TAIL_REF, re.IGNORECASE)
#: Any stem at all: most texts carry none, and one failed match is cheaper than six.
_ANY_STEM = re.compile("|".join(f"(?:{p})" for p in _STEMS), re.IGNORECASE)

def clean_display(value: object) -> str:
    """Text as shown to people: unicode tidied, but line breaks and bullets kept."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    if not text.isascii():   # every character _QUOTES maps is non-ASCII; translate is slow
        text = text.translate(_QUOTES)
    text = _OCR_DIGITS.sub(_ocr_digit, text)
    if "\n" not in text and "\r" not in text:   # one line, as most cells are
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(line for line in lines if line and not _FOOTER.fullmatch(line))
    return _BROKEN.sub(r"\1\2", text) if "-\n" in text else text


#: Text pasted from a scanned report: a page's footer on a line of its own ("Page 17 of 42"),
#: a word broken at a line's end ("vulner-\nable"), letters read for digits inside a number
#: ("1O%", "2O15", "3l March") and a digit for a letter inside a word ("hand1ers").
_FOOTER = re.compile(r"page \d{1,4}(?: of \d{1,4})?", re.IGNORECASE)
_BROKEN = re.compile(r"([a-z])-\n([a-z])")
_OCR_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d|%|\b)|(?<=\d)[lI](?=\d|%|\b)|(?<=[a-z])1(?=[a-z])")


def _ocr_digit(m: re.Match) -> str:
    return {"O": "0", "o": "0", "l": "1", "I": "1", "1": "l"}[m.group(0)]


def strip_stems(text: str, item: bool = False) -> str:
    """Remove ID prefixes and boilerplate stems that only one side tends to carry; of an
    item's text (`item`), a label naming its report too (`LABEL`: not of a report's name,
    "PEEL 2021/22 - Police effectiveness …")."""
    if text.endswith((")", "]", ").", "].")):
        text = _TAIL_REF_RE.sub("", text)    # "… (HMICFRS 8123)": a label, as before the text
    if item and _LABEL_HINT.search(text, 0, 170) and (m := LABEL.match(text)):
        text = text[m.end():]
    # No stem starts with ' ', ':' or '-': if none starts the stripped text, none ever matches.
    stripped = text.lstrip(" :-")
    if not _ANY_STEM.match(stripped):
        return stripped
    previous = None
    while previous != text:
        previous = text
        for rx in _STEM_RES:
            m = rx.match(text)   # anchored: a match and a slice, not a substitution
            if m:
                text = text[m.end():]
            text = text.lstrip(" :-")
    return text


#: A substring each phrase pattern cannot match without. re cannot search quickly for a
#: pattern that starts with \b, and most texts hold none of these; a pattern not listed
#: here (a new one in vocab) is always tried.
_PHRASE_NEEDS = {r"\bs\s*&\s*s\b": "&", r"\bs\s*/\s*s\b": "/", r"\bincl\b\.?": "incl",
                 r"\be\.\s?g\.?": "e.", r"\bi\.\s?e\.?": "i.", r"\bw/o\b": "w/o", r"\bw/": "w/",
                 r"\bdept\b\.?": "dept",
                 r"\bpart\s*\(?(?:[1-9]|[a-h])\)?\s*(?=[:\u2013\u2014-])": "part"}
_PHRASES = [(re.compile(p), r, _PHRASE_NEEDS.get(p, "")) for p, r in vocab.PHRASES]


def norm_text(value: object) -> str:
    """Comparison form: lower case, no punctuation or bullets, stems removed, one space."""
    return norm_display(clean_display(value))


def norm_item_text(display: str) -> str:
    """An item's text in comparison form: as `norm_display`, a label naming its report off."""
    return norm_display(display, item=True)


def norm_display(display: str, item: bool = False) -> str:
    text = display.lower()
    for pattern, replacement, needs in _PHRASES:
        if needs in text:
            text = pattern.sub(replacement, text)
    if not text.isascii():   # the bullets are all non-ASCII
        text = _BULLETS.sub(" ", text)
    text = text.replace("\n", " ").replace("&", " and ")
    text = strip_stems(" ".join(text.split()), item)
    words = NOT_WORD.sub(" ", text).replace("'", "").split()
    if not vocab.ABBREVIATIONS.keys().isdisjoint(words):
        words = [vocab.ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=1)
def stemmer():
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("english")


def tokens(text_norm: str) -> tuple[str, ...]:
    """Telling words of a normalised text, stemmed ('victims' = 'victim'), common words out."""
    words = [w for w in text_norm.split() if w not in vocab.STOPWORDS and len(w) > 1]
    return tuple(dict.fromkeys(stemmer().stemWords(words)))
