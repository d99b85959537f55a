"""Dimensions of a figure's measured variable besides what it counts, read from the words around it (issue 16: "two
quantities are comparable only when their measured variables agree on every dimension that both state"): the basis
of a change (from the month before, from a year earlier), part or whole (a tranche of a package, one town "alone"
of a province's count, "a total of"), the rank of the kind of place it is counted in (a town, a province), and the
kind of penalty a duration is the length of (prison, a ban from office). compare/align.py `dimensions_apart` sets
two figures apart where both state one of these and they differ.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import replace

from .lexicon import data_table
from .predicates import frame_words
from .types import Measure

_MONTHS = tuple(name.lower() for name in calendar.month_name if name)
# "from December", "than in December", "compared with December": the month before as the basis, unless the month is
# told of a year before ("from January last year", "than in January a year earlier")
_FROM_MONTH = re.compile(rf"\b(?:from|than(?: in)?|compared (?:with|to)|against|over)\s+(?:{'|'.join(_MONTHS)})\b"
                         r"(?!\s*(?:,\s*)?(?:last year|a year|of last year|the year before|\d{4}))", re.I)
# "from the first quarter", "than in the previous quarter": the quarter before as the basis, unless told of a year
# before ("from the second quarter of last year")
_FROM_QUARTER = re.compile(r"\b(?:from|than(?: in)?|compared (?:with|to)|against|over)\s+the\s+(?:first|second|third|"
                           r"fourth|previous|prior|preceding)\s+quarter\b(?!\s*(?:,\s*)?(?:of )?(?:last year|a year|"
                           r"the year before|the previous year|\d{4}))", re.I)
# "in the town of Vlissingen alone", "In 2020 alone": the figure told as one part of a larger whole
_ALONE = re.compile(r"\b(?:in|across|at|for)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?alone\b", re.I)
# "Nine of those taken to hospital were children", "12 of whom were children": a part of a group, told by what it is
_OF_A_GROUP = re.compile(r"\s*of\s+(?:whom|them|those|these|which|the|its|their)\b", re.I)
# "Three children were among those killed": a part of those the other claim may count
_AMONG_THEM = re.compile(r"^[^,;]*?\b(?:was|were|are|is|be)\s+among\b", re.I)
# "released the first 250 million euros of aid", "the first 50 passengers": the first part of a whole
_FIRST_OF = re.compile(r"\b(?:the|its|their)\s+(?:first|initial|opening)\s*$", re.I)
_PLACING = ("in", "across", "throughout", "within")
_SEGMENT_END = re.compile(r"[;]")


def with_dimensions(measures: list[Measure], span, verb_of) -> list[Measure]:
    """The figures with the dimensions their words state. `verb_of(measure)` is the token of the figure's verb, or
    None."""
    text = span.text
    starts = {id(m): _start(text, m) for m in measures}
    out = []
    for m in measures:
        start = starts[id(m)]
        if start < 0:
            out.append(m)
            continue
        end = start + len(m.text)
        following = [s for s in starts.values() if s > start]
        segment = text[end:min(following, default=len(text))]
        segment = _SEGMENT_END.split(segment)[0]
        before = text[max(0, start - 40):start]
        verb = verb_of(m)
        # what it is compared with, after it or opening the claim before it ("Compared with a year earlier, sales
        # rose 12 percent"), not past another figure
        opening = text[max((s + 1 for s in starts.values() if s < start), default=0):start]
        told = basis(m, segment) or basis(m, opening)
        out.append(replace(m, basis=told, part=part_or_whole(m, before, segment, text, verb),
                           place_rank=place_rank(span, verb, m.counts), penalty=penalty(m, span, start, end, verb),
                           period="" if told and _BASIS_PERIOD.match(m.period) else m.period))
    return out


# a change's period read from what it is compared with ("rose 1.5 percent from April": April is its basis, not when it
# rose)
_BASIS_PERIOD = re.compile(r"(?:from|than|compared|against|over)\b", re.I)


def _start(text: str, m: Measure) -> int:
    return text.find(m.text) if m.text else -1


def basis(m: Measure, segment: str) -> str:
    """What a change is compared with, by the words after it: "year", "month", "quarter" or "" where none is told
    ("rose 4 percent in January from December": month; "27 percent higher than a year earlier": year)."""
    if m.reading != "change":
        return ""
    lowered = f" {segment.lower()} "
    table = _table()
    for name in ("year", "month", "quarter"):
        if any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", lowered) for p in table[f"{name}_basis"]):
            return name
    return "month" if _FROM_MONTH.search(segment) else "quarter" if _FROM_QUARTER.search(segment) else ""


def part_or_whole(m: Measure, before: str, segment: str, text: str, verb=None) -> str:
    """"part" for a figure told as a part of a whole (a part's noun: "a 150 million dollar tranche"; "the first
    payment"; a place or time "alone": "In Vlissingen alone, 380 homes"), "whole" for one told as the whole ("a
    total of 120", "the $600 million package", "1,400 in all"), else ""."""
    table = _table()
    counted = m.counts.lower()
    if counted in table["part_nouns"]:
        return "part"
    if counted in table["ordinal_part_nouns"] and re.search(
            rf"\b(?:{'|'.join(table['part_ordinals'])})\s+(?:[\w$€£.,-]+\s+){{0,4}}?{re.escape(counted)}", text, re.I):
        return "part"
    if _part_named_before(before, table) or _told_of_a_part(verb, table) or _part_named_after(segment, table) \
            or _in_a_condition(segment, table) \
            or m.unit != "hour" and _FIRST_OF.search(before):
        return "part"
    if _ALONE.search(text) or m.predicate in ("be", "") and (_OF_A_GROUP.match(segment) or _AMONG_THEM.search(segment)):
        return "part"  # (not "11 of the crew were rescued": the rescued, told as a share of the crew)
    if counted in table["whole_nouns"]:
        return "whole"
    if whole_told(f" {before[-15:]} | {segment[:40]} "):
        return "whole"
    return ""


def whole_told(text: str) -> bool:
    """The text tells a whole by a word of wholeness ("overall", "in total", "altogether": frames.toml [dimensions]
    `whole_words`)."""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I) for w in _table()["whole_words"])


def _part_named_before(before: str, table: dict) -> bool:
    """The figure is "of" a part's noun ("a tranche of $150 million", "a down payment of 5 million euros", "the first
    instalment of")."""
    found = re.search(r"\b(?:(\w+)\s+)?(\w+)\s+of\s*$", before.lower())
    if found is None:
        return False
    ordinal, noun = found.group(1) or "", found.group(2).rstrip("s")
    return noun in table["part_nouns"] or noun in table["ordinal_part_nouns"] and ordinal in table["part_ordinals"]


def _part_named_after(segment: str, table: dict) -> bool:
    """The figure named a part in an apposition after it ("paid Moldova 300 million euros on Tuesday, the first tranche
    of its growth plan")."""
    found = re.match(r"[^.;,]{0,40},\s+(?:the|a|an|its|their)\s+(?:(\w+)\s+)?(\w+)\s+of\b", segment)
    if found is None:
        return False
    ordinal, noun = (found.group(1) or "").lower(), found.group(2).lower().rstrip("s")
    return noun in table["part_nouns"] or noun in table["ordinal_part_nouns"] and ordinal in table["part_ordinals"]


def _in_a_condition(segment: str, table: dict) -> bool:
    """The count is told of those in a condition ("four people in a serious condition", "three of them in critical
    condition"): some of the hurt or the ill, a part of their count (frames.toml [dimensions] `conditions`)."""
    words = "|".join(re.escape(w) for w in table["conditions"])
    return re.match(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:were\s+|are\s+|remain\s+)?in\s+(?:a\s+)?(?:{words})\s+condition\b",
                    segment, re.I) is not None


def _told_of_a_part(verb, table: dict) -> bool:
    """The figure's verb tells it of a part: its subject is a part's noun ("The first phase of the line will cost 200
    million euros", "The second tranche was worth $50 million")."""
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        noun = subject.lemma_.lower()
        ordinals = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound", "nummod")}
        if noun in table["part_nouns"] or noun in table["ordinal_part_nouns"] and ordinals & set(table["part_ordinals"]):
            return True
    return False


def place_rank(span, verb, counted: str = "") -> int:
    """The rank of the finest kind of place (places.toml [ranks]) the figure's verb counts it in: a kind's noun in an
    "in", "across" or "throughout" phrase of the verb or of its subject or object ("across the province of Zeeland":
    3; "in Samsun's Atakum district": 2), or a word of a whole place on the verb or on what it counts ("nationwide": 4; "the
    statewide toll": 3; not "the national carrier cut 300 jobs"); 0 if none."""
    if verb is None:
        return 0
    ranks = _ranks()
    holders = {verb.i} | {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree}
    found = []
    for token in span:
        rank = ranks.get(token.lemma_.lower()) or ranks.get(token.lower_)
        if not rank:
            continue
        placed = token.dep_ == "pobj" and token.head.lower_ in _PLACING and token.head.head.i in holders
        beside = token.dep_ in ("advmod", "amod", "npadvmod") and token.pos_ in ("ADV", "ADJ") and (
            token.head.i == verb.i or token.head.lemma_.lower() == counted and token.head.i in holders)
        if placed or beside:
            found.append(rank)
    return min(found, default=0)


def penalty(m: Measure, span, start: int, end: int, verb) -> str:
    """The kind of penalty a duration is the length of (frames.toml [dimensions.penalties]), by a phrase near it ("a
    two-year suspended sentence"), the noun it counts ("four years in prison"), a word beside it ("eight years'
    probation") or its verb ("barred from office for eight years"); "" for no duration or none told."""
    if m.unit != "hour":
        return ""
    kinds = _penalties()
    text = span.text
    near = text[max(0, start - 30):end + 30].lower()
    for kind, words in kinds.items():
        if any(" " in w and w in near for w in words):
            return kind
    close = {t.lemma_.lower() for t in span if start - 30 <= t.idx - span.start_char <= end + 20}
    words = close | {m.counts.lower()} | _verbs_over(verb, span)
    return next((kind for kind, named in kinds.items() if words & set(named)), "")


def _verbs_over(verb, span) -> set[str]:
    """The lemmas of the figure's verb and of the verbs it hangs on, up to its clause's head ("banned from holding
    office for ten years": hold, ban)."""
    found, token = set(), verb
    for _ in range(4):  # through a preposition: "banned from holding"
        if token is None:
            break
        if token.pos_ in ("VERB", "AUX"):
            found.add(token.lemma_.lower())
            if token.dep_ in ("ROOT", "ccomp", "conj"):
                break
        elif token.pos_ != "ADP":
            break
        token = token.head if token.head.i != token.i else None
    return found


@functools.cache
def _table() -> dict:
    return frame_words()["dimensions"]


@functools.cache
def _penalties() -> dict[str, tuple[str, ...]]:
    return {kind: tuple(words) for kind, words in _table()["penalties"].items()}


@functools.cache
def _ranks() -> dict[str, int]:
    return dict(data_table("places.toml")["ranks"])
