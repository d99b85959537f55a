"""The period a figure applies to ("in 2024", "by year-end", "per year"), read from the parse.

A period is a temporal phrase (a preposition from data/units.toml [period] whose object is a date
or a time noun, a rate such as "a year" or "annually", or "this year") attached to the figure's
noun or to a word on the way up to its predicate. Of several, the nearest one with no other figure
between it and this one wins, preferring one after the figure ("12 million tons by year-end and 25
million tons in 2026"). Rates normalise to "per year" and so on; a dated phrase to its preposition
and ISO date ("this year" in an article of 2025 -> "in 2025", "starting November 1" -> "starting
--11-01" or, with the publication date known, "starting 2025-11-01"; a day or month without a year takes its
year from the tense of the verb it dates, as a claim's dates do: crosscheck/tense.py).
"""
from __future__ import annotations

import functools
import re
from datetime import date

from . import dating
from .lexicon import data_table
from .predicates import frame_words
from .tense import date_tense


@functools.cache
def _words() -> dict:
    table = data_table("units.toml")["period"]
    return {"rates": table["rates"], "prepositions": set(table["prepositions"]), "nouns": set(table["nouns"])}


def period(anchor, run: list, runs: list, span, predicate, published: date | None) -> str | None:
    """The time the figure applies to, from a temporal phrase on the figure's noun or the verbs above it."""
    candidates = []
    node = anchor
    chain = [anchor]
    while node.head.i != node.i and span.start <= node.head.i < span.end and node != predicate:
        node = node.head
        chain.append(node)
    figures = {t.i for other in runs if not _window_count(other) for t in other}
    for holder in chain:
        for child in holder.children:
            phrase = _temporal_phrase(child, span)
            if phrase is not None and not figures & {t.i for t in phrase}:
                candidates.append(phrase)
    others = [t.i for other in runs if other is not run and not _window_count(other) for t in other]
    position = run[0].i

    def between(phrase) -> bool:
        lo, hi = sorted((position, phrase[0].i))
        return any(lo < i < hi for i in others)

    usable = [p for p in candidates if not between(p)]
    if not usable:
        return None
    best = min(usable, key=lambda p: (p[0].i < position, abs(p[0].i - position)))
    return _normalise_period(best, published)


def _window_count(run: list) -> bool:
    """The number counts the time units of a window of a period ("the first eight months of the year"): part of the
    period phrase, no figure of its own (frames.toml [durative] `windows`)."""
    last = run[-1]
    unit = last.head if last.head.i > last.i else None
    return unit is not None and unit.lemma_.lower() in _words()["nouns"] and (
        window_of_period(unit, run[0]) or window_to_now(unit, run[0]))


def window_to_now(unit, number) -> bool:
    """The number counts the time units up to now, the object of a period's preposition ("carried 124 million
    passengers over the past twelve months", "in the last 30 days"): the figure's period, not a figure of its own."""
    before = number.doc[number.i - 1] if number.i > 0 else None
    return before is not None and before.lower_ in _TO_NOW and unit.dep_ == "pobj" \
        and unit.head.lower_ in _words()["prepositions"]


# the words that open a window reaching up to now ("the past twelve months", "the last 30 days", "the previous year")
_TO_NOW = ("past", "last", "previous", "preceding")
# "the past twelve months", "the last year": read as a count of months up to now, however the window is written
_WINDOW_TO_NOW = re.compile(r"^(?:over|in|during|for|within|throughout)\s+the\s+(?:(?:past|last)\s+(?:(\w+)\s+)?|"
                            r"(?:previous|preceding)\s+(\w+)\s+)(month|year|week|day)s?\b")
_IN_MONTHS = {"month": 1, "year": 12}


def window_of_period(unit, number) -> bool:
    """The number and its time unit name the opening or closing stretch of a period ("the first eight months of the
    year", "the past three weeks of the campaign"; not the verb "will last two months"): the word before the number
    opens a window (frames.toml [durative] `windows`) and the unit is "of" a period."""
    before = number.doc[number.i - 1] if number.i > 0 else None
    return before is not None and before.lower_ in frame_words()["durative"]["windows"] and before.pos_ != "VERB" \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)


def _temporal_phrase(child, span) -> list | None:
    units = _words()
    tokens = sorted(_without_conjuncts(child, span), key=lambda t: t.i)
    if not tokens:
        return None
    text = " ".join(t.lower_ for t in tokens)
    if text in units["rates"]:
        return tokens
    dated = any(t.ent_type_ == "DATE" for t in tokens)
    timed = any(t.lemma_.lower() in units["nouns"] for t in tokens)
    if child.dep_ == "prep" and child.lower_ in units["prepositions"] and (dated or timed):
        return tokens
    if child.dep_ in ("npadvmod", "advmod") and (dated or timed) and child.lemma_.lower() in units["nouns"]:
        return tokens
    if child.dep_ in ("advcl", "acl") and child.lower_ in units["prepositions"] and dated:
        return tokens
    return None


def _without_conjuncts(token, span) -> list:
    """The phrase a token heads, without what is coordinated with it ("by year-end [and 25 tons]")."""
    found = [token] if span.start <= token.i < span.end else []
    for child in token.children:
        if child.dep_ not in ("conj", "cc"):
            found.extend(_without_conjuncts(child, span))
    return found


def _normalise_period(tokens: list, published: date | None) -> str:
    units = _words()
    tokens = _without_nested_phrases(tokens)
    text = " ".join(t.text for t in tokens).lower().replace(" - ", "-")
    if text in units["rates"]:
        return units["rates"][text]
    first = tokens[0]
    to_now = _window_to_now(text)
    if to_now:
        return to_now
    quarter = _quarter(text)
    if quarter:
        return f"{first.lower_ if first.lower_ in units['prepositions'] else 'in'} {quarter}"
    date_tokens = [t for t in tokens if t.ent_type_ == "DATE"]
    if date_tokens:
        entity = next((e for e in first.doc.ents if e.start <= date_tokens[0].i < e.end), None)
        iso = dating.normalise(" ".join(t.text for t in date_tokens), published,
                               date_tense(entity) if entity is not None else None)
        if iso:
            lead = first.lower_ if first.lower_ in units["prepositions"] else "in"
            return f"{lead} {iso}"
    return text


def _window_to_now(text: str) -> str:
    """A window up to now in one form whatever its preposition and words: "over the past twelve months", "in the last
    year", "during the previous 12 months" are all "past 12 month"; "" for none, and for what a change is compared
    with ("from the previous month") or a year named as the one before ("the previous year")."""
    from .figures import word_number  # figures reads periods: imported here, not at the top

    found = _WINDOW_TO_NOW.search(text)
    if found is None:
        return ""
    count, unit = found.group(1) or found.group(2), found.group(3)
    number = 1 if count is None else int(count) if count.isdigit() else word_number(count)
    if not number:
        return ""
    if unit in _IN_MONTHS:
        return f"past {number * _IN_MONTHS[unit]} month"
    return f"past {number} {unit}"


@functools.cache
def _quarter_ordinals() -> dict[str, int]:
    """The ordinals a quarter is numbered by (frames.toml [rank.ordinals], first to fourth), and "final" (not "last":
    the one before)."""
    return {w: n for w, n in frame_words()["rank"]["ordinals"].items() if n <= 4} | {"final": 4}


def _quarter(text: str) -> str:
    """A quarter of a year, however written: "the third quarter", "the July-to-September quarter", "the
    July-September quarter" are all "Q3" (with the year where the phrase gives one: "Q3 2024"); "" for no quarter.
    Read before the dates in the phrase, which would make "July-to-September" the month of July."""
    words = re.findall(r"[a-z]+|\d{4}", text)
    if "quarter" not in words:
        return ""
    year = next((w for w in words if w.isdigit()), "")
    number = next((_quarter_ordinals()[w] for w in words if w in _quarter_ordinals()), None)
    months = [dating.MONTHS[w] for w in words if w in dating.MONTHS]
    if number is None and len(months) == 2 and months[1] - months[0] == 2 and months[0] % 3 == 1:
        number = (months[0] + 2) // 3
    return f"Q{number} {year}".strip() if number else ""


def _without_nested_phrases(tokens: list) -> list:
    """The phrase without a prepositional phrase on its object that places it elsewhere in time: "in a two-week period
    [on Friday]" is a span of two weeks, not Friday (the day hangs on the noun, not on the figure's verb); an "of"
    phrase is the period's own ("in the month of May", "in the first quarter of 2024")."""
    head = tokens[0]
    if head.dep_ != "prep":
        return tokens
    nested = {t.i for o in head.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep" and c.lower_ != "of"
              for t in c.subtree}
    return [t for t in tokens if t.i not in nested] if nested else tokens
