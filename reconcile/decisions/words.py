"""The words a decision may be: one of the choices a sheet's drop-down offers, whatever its
case or spacing, or one of the obvious short forms ("agree", "reject", "close")."""

from __future__ import annotations

from .. import vocab
from .records import cell_text

CHOICES = vocab.DECISION_CHOICES
MATCH_CHOICES = vocab.MATCH_CHOICES
ACCEPT, REJECT = vocab.ACCEPT, vocab.REJECT

_FULL = {vocab.key(c): c for cs in CHOICES.values() for c in cs}
#: On a sheet of items one step from closing, a bare "reject" may mean "do not close it" as
#: well as "wrong match": reading it as "Reject match" would undo a sure pair.
_REFUSING = frozenset({"reject", "rejected"})
_CLOSING = frozenset({"closeable_submit", "closeable_local"})
_ANY = _FULL | {k: forms[0] for k, forms in vocab.DECISION_SHORT_FORMS.items()}


def canonical_decision(value: object) -> str | None:
    """A decision as one of the choices, whatever its case or spacing; other text as typed."""
    text = cell_text(value)
    if not text:
        return None
    return _ANY.get(vocab.key(text), text)


def is_choice(value: object) -> bool:
    """Whether `value` is one of the decisions some sheet offers (or its short form)."""
    return vocab.key(cell_text(value)) in _ANY


def choice_on(value: object, category: str | None) -> str | None:
    """The choice `value` stands for on a sheet of `category`, or None when it is none of the
    words that sheet's drop-down offers (a sheet not known: any sheet's choice)."""
    k = vocab.key(cell_text(value))
    offered = CHOICES.get(category or "", ())
    if not offered:
        return _ANY.get(k)
    if k in _FULL and _FULL[k] in offered:
        return _FULL[k]
    if k in _REFUSING and category in _CLOSING:
        return None       # "don't close it" or "wrong match"? Shown, never applied: ask
    return next((c for c in vocab.DECISION_SHORT_FORMS.get(k, ()) if c in offered), None)


def offered(category: str | None) -> str:
    """'Agree to close, Not yet or Reject match': what the sheet's drop-down offers."""
    words = CHOICES.get(category or "", ())
    if not words:
        return "one of the words in the Decision drop-down"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
