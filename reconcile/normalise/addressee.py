"""Whom a recommendation is addressed to: the words before each sentence's early "should". A
joint inspection words one recommendation for each body ("The force should improve how it
works with partners …", "Children's social care should improve how it works with partners
…"): a force tracking its partners' copies has rows that read like the police item but are
not it."""

from __future__ import annotations

import re

#: How far into a sentence the addressee may run before its "should".
_WORDS = 16
_SHOULD = re.compile(r"^(?:(?:by|within|before)\b[^,]{0,40},\s*|(?:within|in)\s+\w+\s+"
                     r"(?:days?|weeks?|months?|years?)\s+|(?:(?:not|no)\s+later\s+than|by|"
                     r"before)\s+[^,]{0,25}?\b(?:19|20)\d\d\s+|immediately\s+)?"
                     r"(.{2,160}?)\s+should\b", re.IGNORECASE | re.DOTALL)
_POLICE = re.compile(r"\b(?:force|forces|constabular(?:y|ies)|police|chief\s+constables?|"
                     r"chief\s+(?:fire\s+)?officers?|services?|fire\s+and\s+rescue|frss?)\b",
                     re.IGNORECASE)
#: Bodies other than the police, each under one name, as joint and national recommendations
#: (and forces, shortening them) name them.
_BODIES = {
    "children's social care": r"children'?s\s+(?:social\s+care|services)|social\s+care",
    "the local authority": r"local\s+authorit(?:y|ies)|(?:city|county|borough|district)\s+"
                           r"councils?|the\s+council",
    "health": r"health(?:\s+(?:partners|services|boards?))?|nhs|clinical\s+commissioning\s+"
              r"groups?|integrated\s+care\s+boards?",
    "the CPS": r"crown\s+prosecution\s+service|cps",
    "probation": r"(?:national\s+)?probation(?:\s+service)?|hmpps",
    "youth justice": r"youth\s+(?:offending|justice)(?:\s+(?:service|team)s?)?",
    "the Home Office": r"home\s+office",
    "the College of Policing": r"college\s+of\s+policing",
    "the NPCC": r"npcc|national\s+police\s+chiefs'?\s+council",
    "the NFCC": r"nfcc|national\s+fire\s+chiefs'?\s+council",
    "the LGA": r"lga|local\s+government\s+association",
    "the National Employers": r"national\s+employers?",
    "the PCC": r"(?:association\s+of\s+)?police(?:,?\s+fire)?\s+and\s+crime\s+commissioners?|"
               r"apcc|pf?ccs?",
    "safeguarding partners": r"safeguarding\s+partners(?:hip)?",
    "schools": r"schools?",
    "the Ministry of Justice": r"ministry\s+of\s+justice",
    "a government department": r"department\s+for\s+\w+",
}
_NAMES = list(_BODIES)
_OTHER = re.compile("|".join(f"(?P<b{k}>\\b(?:{p})\\b)" for k, p in enumerate(_BODIES.values())),
                    re.IGNORECASE)
#: A clause before the addressee saying when or how: "as a precursor to …", "in
#: consultation with …", "following the review".
_PREAMBLE = re.compile(r"\s*(?:as|in|to|following|after|having|given|where|when|while|once|by|"
                       r"within|before|immediately|from|with|working|subject)\b", re.IGNORECASE)
#: Words before the addressee's own ("HMIC recommends that the force", "every police force").
_LEAD_WORDS = 4
#: A "should" continuing the sentence's own verb, not its addressee's: "…, and should".
_CARRIED_ON = re.compile(r"(?:\b(?:and|or|but|which|that|it|they)|,)\s*$", re.IGNORECASE)
#: Where a recommendation's next sentence (and addressee) may start.
_SENTENCES = re.compile(r"(?<=[.;:])\s*(?:(?:and|or)\s+)?(?=[A-Z])|\n+")


def addressees(text: object) -> str:
    """Everyone a text's sentences are addressed to, '|'-joined in order of first mention:
    "By 2018, chief constables should … The Home Office, NPCC and APCC should support …" is
    'the police|the Home Office|the NPCC|the PCC'; '' when no sentence names one."""
    if not isinstance(text, str):
        return ""
    found = [who for s in _SENTENCES.split(text.strip()) for who in _addressed(s)]
    return "|".join(dict.fromkeys(found))


def _addressed(sentence: str) -> list[str]:
    """Whom one sentence is addressed to: 'the police' (the force, forces, chief constables)
    and each other body it names before its "should"."""
    m = _SHOULD.match(sentence.strip().replace("&", "and"))
    if not m:
        return []
    # "As a precursor to …, chief fire officers", "In consultation with PCCs, chief
    # constables": the clauses before the addressee say when or how, not who.
    clauses = m.group(1).split(",")
    while len(clauses) > 1 and _PREAMBLE.match(clauses[0]):
        clauses.pop(0)
    who = ",".join(clauses)
    if len(who.split()) > _WORDS or _CARRIED_ON.search(who):
        return []
    hits = list(_OTHER.finditer(who))
    others = [_NAMES[int(g[1:])] for hit in hits for g, v in hit.groupdict().items() if v]
    # "National Police Chiefs' Council", "police and crime commissioners": not the police.
    police = _POLICE.search(_OTHER.sub(lambda m: " " * len(m.group(0)), who))
    # The addressee opens the sentence ("The force", "Avon and Somerset Constabulary"): a
    # body named further in is what the sentence is about ("… people with mental ill health
    # accurately, and should do so by March").
    first = min([m.start() for m in hits] + ([police.start()] if police else []), default=-1)
    if first < 0 or len(who[:first].split()) > _LEAD_WORDS:
        return []
    return (["the police"] if police else []) + others
