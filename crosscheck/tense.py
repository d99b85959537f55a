"""Whether a date the text writes without a year lies behind or ahead of the article, read from the tense of the
verb it dates: "died June 3" is past, "will meet on June 3", "is scheduled for June 3", "must leave by June 3"
are to come; a verb with no tense to read ("opens June 3", a headline's present, a gerund) gives None, and
dating keeps its nearest-year rule. The words are data/tense.toml's and data/certainty.toml's (plan passives).
"""
from __future__ import annotations

import functools

from .lexicon import data_table

PAST = "past"
FUTURE = "future"
_PAST_TAGS = ("VBD",)
_PRESENT_TAGS = ("VBZ", "VBP")


@functools.cache
def _words() -> dict:
    table = data_table("tense.toml")
    return {key: frozenset(values) for key, values in table.items()} | {
        "plan_passives": frozenset(data_table("certainty.toml")["hedge"]["expected"]["passives"])}


def date_tense(entity) -> str | None:
    """PAST, FUTURE or None for a date entity (a spaCy Span), by the verb it dates."""
    before = entity.doc[entity.start - 1].lower_ if entity.start else ""
    if before in _words()["past_prepositions"]:
        return PAST  # "has been employed since Aug. 1", whatever the parse hangs it on
    verb = _governing_verb(entity.root)
    if verb is not None and _object_to_come(verb):
        return None  # "confirmed an upcoming visit in April": the day may be the visit's, however it is hung
    tense = verb_tense(verb) if verb is not None else None
    if before in _words()["deadline_prepositions"] and verb is not None:
        return None if tense == PAST else FUTURE  # "funded through Dec. 3" tells no more than the nearest year
    return tense


def verb_tense(verb) -> str | None:
    """PAST for a verb told as done ("died", "had left", "was signed", "the bill signed on"), FUTURE for one still
    to come ("will meet", "would be held", "is scheduled for", "plans to travel"), else None."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    if words & _words()["future_auxiliaries"]:
        return PAST if words & _words()["perfect_auxiliaries"] else FUTURE
    passive_plan = verb.lemma_.lower() in _words()["plan_passives"] and verb.tag_ == "VBN"
    if any(c.tag_ == "TO" for c in auxiliaries) and verb.dep_ == "xcomp":
        return FUTURE if _present(verb.head) else None  # "plans to travel on June 3"; "agreed to leave by" unknown
    if passive_plan:
        return FUTURE if _present(verb) or verb.dep_ == "acl" else None  # "scheduled for", "a vote set for"
    if verb.tag_ in _PAST_TAGS or any(c.tag_ in _PAST_TAGS for c in auxiliaries):
        return PAST
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or perfect(verb, ("aux", "auxpass"))):
        return PAST  # "the bill signed on March 3", "has closed since March 3"
    return None


def told_past(verb, auxiliary_deps: tuple[str, ...] = ("aux",)) -> bool:
    """A verb in the simple past ("tossed out") or the perfect ("has signed"); a passive participle alone ("man
    arrested in Texas") is neither, which is why this is not `verb_tense`. `auxiliary_deps` are the dependencies read
    for the perfect's "have": a headline's ("aux") or also the passive's ("auxpass"), as each caller was tuned."""
    return verb.tag_ == "VBD" or perfect(verb, auxiliary_deps)


def perfect(verb, auxiliary_deps: tuple[str, ...] = ("aux",)) -> bool:
    """A participle with "have" among its auxiliaries of `auxiliary_deps` ("has signed", "had left")."""
    return verb.tag_ == "VBN" and any(c.dep_ in auxiliary_deps and c.lemma_.lower() == "have" for c in verb.children)


def _object_to_come(verb) -> bool:
    """Whether the verb's object is told as still to come ("an upcoming visit", "a planned trip")."""
    return any(m.dep_ == "amod" and m.lower_ in _words()["ahead_modifiers"]
               for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for m in c.children)


def _present(verb) -> bool:
    """A verb in the present: its own tag or its auxiliary's ("plans", "is scheduled", "are set")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {verb.tag_} | {c.tag_ for c in auxiliaries}
    return bool(tags & set(_PRESENT_TAGS)) and not tags & set(_PAST_TAGS)


def _governing_verb(token):
    """The verb the date hangs on, itself or by one preposition ("died June 3", "died on June 3", "who died on
    June 3"); None for a date of a noun ("an upcoming visit in April", "the Jan. 6 committee"): the noun's thing
    may lie either way from the verb that governs it."""
    head = token.head
    if head.dep_ == "prep" and token.dep_ == "pobj":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != token.i else None
