"""Figures in a parsed claim -> Quantity: value, unit, what it counts, its predicate, period and range.

A figure is a run of number tokens ("12", "1.3 million", "two hundred and fifty", "550bn") with
a currency before it or a unit after it. What it counts and the verb it belongs to come from
spaCy's dependency parse; the words for currencies, units and periods from data/units.toml, the
approximation words from data/certainty.toml.

Not figures: years and dates, clock times, ordinals, phone numbers and scores ("555-123-4567",
"2-1"), list numbering ("1." opening a sentence), numbers inside names ("Boeing 737", "G20") and
labels after a noun ("Room 101"). Durations are figures in their time unit ("jailed for 10 years":
10 "year"), unless they place an event in time ("three years ago"); ages are figures in the unit
"age" counting the person they describe ("a 34-year-old man": 34 "age" of "man").

The range (`low`..`high`) follows one rule, "half a unit in the last significant digit": a
figure stands for every value that rounds to it as written. The last significant digit is the
last written decimal, or for a whole number its last non-zero digit (trailing zeros of a whole
number below 100 are significant: "10 people" is exact). A scale word multiplies the unit:
"$1 trillion" admits 0.5..1.5 trillion (so "$1.2 trillion" is compatible), "$1.3 trillion"
1.25..1.35 trillion, "300" 250..350, "12%" 11.5..12.5. A count of things written to the unit
("12 protesters") is exact: 12..12, so 12 and 15 protesters conflict; so is a whole count of time units ("four
years" and "three years" conflict, where half a year either side made them touch and the calendar's leap days
overlap them). Approximation words then widen or open the range (see data/certainty.toml); `high` is None when
there is no upper bound.
Two figures written as one range ("8 to 9 cents", "eight or nine homes", "between 12 and 15
protesters"; not "from 5 to 10 percent", a change) share the unit and counted noun written once,
and each gets the whole range.
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
from datetime import date
from decimal import Decimal

from . import periods
from .lexicon import amount_verbs, data_table
from .predicates import TIME_ENTITIES, containers, frame_words
from .types import Quantity

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$")
_SMALL = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {word: 10 * n for n, word in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
         if word != "_"}
# a number of 0 to 99 in words, as a regular expression ("nine", "twenty-one")
NUMBER_WORD = (rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(w for w, n in _SMALL.items() if 0 < n < 10)}))?"
               rf"|{'|'.join(sorted(_SMALL, key=len, reverse=True))})")
_NAME_ENTITIES = {"PERSON", "ORG", "PRODUCT", "LAW", "FAC", "EVENT", "WORK_OF_ART", "GPE", "LOC", "NORP", "LANGUAGE"}
_JOINERS = {"-", "–", "/", ":", "."}


@functools.cache
def _scales() -> frozenset[str]:
    return frozenset(data_table("frames.toml")["scales"]["nouns"])


@functools.cache
def unit_words() -> frozenset[str]:
    """The units of measure, the scales and the currencies' names of data/units.toml, lower-cased ("degree",
    "million", "dollar")."""
    table = data_table("units.toml")
    return frozenset(w.lower() for w in [*table["measures"], *table["scales"], *table["currency"]["names"]])


@functools.cache
def _units() -> dict:
    table = data_table("units.toml")
    phrases = {}
    for direction, entry in data_table("certainty.toml")["approximation"].items():
        for where in ("before", "after"):
            for phrase in entry.get(where, []):
                phrases[(where, tuple(phrase.lower().split()))] = (direction, entry.get("share", 0.0))
    return {**table, "approximation": phrases,
            "scale": {**table["scales"]}, "currency_scale": {**table["scales_currency_only"]},
            "symbols": table["currency"]["symbols"], "names": table["currency"]["names"],
            "cents": table["currency"]["cents"],
            "percent": {tuple(w.split()) for w in table["percent"]["words"]},
            "points": {tuple(w.split()) for w in table["percent"]["points"]},
            "basis": {tuple(w.split()) for w in table["percent"]["basis"]},
            "measures": {tuple(k.split()): v for k, v in table["measures"].items()},
            "time_units": set(table["time"]["units"]), "relative": set(table["time"]["relative"])}


def quantities(span, root, published: date | None = None) -> tuple[Quantity, ...]:
    """Every figure in the span, each with its own counted noun, predicate, period and range."""
    read, following = [], None
    for run in reversed([run for run in _runs(span) if not _excluded(span, run)]):
        found = _quantity(span, root, run, _shared(run, following))
        following = (run, found) if found is not None else None
        if found is not None:
            read.append((run, *found[:3]))
    read.reverse()
    read, shared = _shares_of_scales(span, read)
    fractions = _point_fractions(span, root)
    # the share words of "three-quarters of a point" and "half a million" are read with their figure
    written = shared | {t.i for tokens, _, _, _ in fractions for t in tokens} | _numerators(span)
    read = sorted([item for item in read if not {t.i for t in item[0]} & written] + fractions,
                  key=lambda item: item[0][0].i)
    for index in range(1, len(read)):
        (run, first, _, _), (next_run, second, _, _) = read[index - 1], read[index]
        if not _joined(run, next_run) or first.unit != second.unit:
            continue
        counts = first.counts or second.counts  # "between 12 and 15 protesters" parsed with the noun on 12
        word = _range_word(run, next_run)
        low, high = (min(first.low, second.low), None if None in (first.high, second.high)
                     else max(first.high, second.high)) if word else (None, None)
        for position, (item, quantity, at, verb) in ((index - 1, read[index - 1]), (index, read[index])):
            if word:
                quantity = dataclasses.replace(quantity, low=low, high=high, approx=quantity.approx or word)
            read[position] = (item, dataclasses.replace(quantity, counts=counts), at, verb)
    figures = [run for run, _, _, _ in read]
    return tuple(dataclasses.replace(quantity, period=periods.period(anchor, run, figures, span, predicate, published))
                 for run, quantity, anchor, predicate in read)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures in the same unit can both be true: their ranges share a value.

    Ranges that only touch at an end do not overlap ("12%" 11.5..12.5 and "13%" 12.5..13.5 differ).
    """
    if a.unit != b.unit:
        return True
    low_a, high_a = bounds(a)
    low_b, high_b = bounds(b)
    if low_a == high_a or low_b == high_b:  # an exact figure lies inside the other range
        return max(low_a, low_b) <= min(high_a, high_b)
    return max(low_a, low_b) < min(high_a, high_b)


def bounds(q: Quantity) -> tuple[float, float]:
    """A figure's range as two floats: `high` None (no upper bound) becomes infinity; a figure made
    without a range (`low` None) is exact."""
    if q.low is None:
        return q.value, q.value if q.high is None else q.high
    return q.low, math.inf if q.high is None else q.high


# -- finding the number runs ---------------------------------------------------------------------

def _runs(span) -> list[list]:
    """Maximal runs of tokens that write one number ("two hundred and fifty", "1.3 million")."""
    runs, current = [], []
    for token in span:
        if _joins(token, current):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _numeral(token) is not None and _starts_run(token) else []
    if current:
        runs.append(current)
    return [_trim(run) for run in runs]


def _starts_run(token) -> bool:
    return token.text[0].isdigit() or _tagged_number(token) or token.lower_ in ("a", "an")


def _joins(token, run: list) -> bool:
    if not run:
        return False
    last = run[-1]
    word = _scale_word(token)
    if word in _units()["scale"] or (word in _units()["currency_scale"] and last.text[0].isdigit()
                                     and not last.whitespace_):
        return True
    if last.lower_ in ("a", "an"):
        return word in _units()["scale"] or _in_and_a_half(token)
    if _in_and_a_half(token):
        return True
    if word_number(word) is not None and _tagged_number(token) and not last.text[0].isdigit():
        return True
    if word in ("-", "and") and token.i + 1 < len(token.doc):
        following = token.doc[token.i + 1]
        joined = word == "-" and not last.whitespace_ and not token.whitespace_
        if joined and following.lower_ in _units()["scale"]:
            return True  # "$53.7-million"
        after_scale = word == "and" and last.lower_ in ("hundred", "thousand", "million", "billion")
        return (joined or after_scale) and word_number(following.lower_) is not None \
            and word_number(last.lower_) is not None
    return False


def _in_and_a_half(token) -> bool:
    """The token is one of "and a half" between a number and a scale word: "three and a half million", "2 and a half
    billion" (a duration's "two and a half years" is read with its unit, measures.py)."""
    doc = token.doc
    for start in range(token.i - 2, token.i + 1):
        if start < 1 or start + 3 >= len(doc):
            continue
        words = [t.lower_ for t in doc[start:start + 3]]
        before = doc[start - 1]
        if words == ["and", "a", "half"] and doc[start + 3].lower_ in _units()["scale"] \
                and (before.text[0].isdigit() or 0 < (word_number(before.lower_) or 0)):
            return True
    return False


def _scale_word(token) -> str:
    """The token lower-cased, without the sentence's full stop the tokenizer leaves on a short scale ("£30m.": m)."""
    word = token.lower_
    return word[:-1] if word.endswith(".") and word[:-1] in _units()["currency_scale"] else word


def _trim(run: list) -> list:
    while run and run[-1].lower_ in ("-", "and"):
        run = run[:-1]
    if run and run[0].lower_ in ("a", "an") and len(run) == 1:
        return []
    return run


def _numeral(token) -> tuple[Decimal, int, float] | None:
    """(value, decimals written, scale) of one token: "1.3" -> (1.3, 1, 1), "550bn" -> (550, 0, 1e9)."""
    text = token.lower_
    match = _DIGITS.match(text)
    if match:
        suffix = match.group(3)
        scales = {**_units()["scale"], **_units()["currency_scale"]}
        if suffix and suffix not in scales:
            return None
        number = Decimal(match.group(1).replace(",", "") + ("." + match.group(2) if match.group(2) else ""))
        return number, len(match.group(2) or ""), scales.get(suffix, 1.0)
    if text in ("a", "an"):
        return Decimal(1), 0, 1.0
    value = word_number(text)
    return (Decimal(value), 0, 1.0) if value is not None and _tagged_number(token) else None


def _tagged_number(token) -> bool:
    """A number word the tagger reads as a number, or one it tags otherwise that quantifies the noun after it
    ("Eleven crew members were rescued", tagged an adjective at the start of a sentence)."""
    if token.pos_ == "NUM":
        return True
    return token.pos_ in ("ADJ", "PROPN", "NOUN") and bool(word_number(token.lower_)) and token.dep_ in (
        "amod", "nummod", "compound") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i


def word_number(word: str) -> int | None:
    """The value of a number word ("twelve", "forty"); 0 for a scale word ("hundred"); None otherwise."""
    if word in _SMALL:
        return _SMALL[word]
    if word in _TENS:
        return _TENS[word]
    if word in _units()["scale"] and word.isalpha() and len(word) > 2:
        return 0  # a scale word; its value is applied in _value
    return None


def _value(run: list) -> tuple[float, float]:
    """The run's value and the unit of its last significant digit (see the module docstring)."""
    total, current, scale, decimals, mantissa = Decimal(0), Decimal(0), 1.0, 0, Decimal(0)
    for token in run:
        word = _scale_word(token)
        if word in ("-", "and") or (word in ("a", "an") and _in_and_a_half(token)):
            continue
        if word == "half" and _in_and_a_half(token):
            current, mantissa, decimals = current + Decimal("0.5"), mantissa + Decimal("0.5"), 1
            continue
        if word in _units()["scale"] or word in _units()["currency_scale"] and not _DIGITS.match(word):
            factor = Decimal(str(_units()["scale"].get(word) or _units()["currency_scale"][word]))
            current = (current or Decimal(1)) * factor
            if factor >= 1000:
                total, current = total + current, Decimal(0)
            scale *= float(factor)
            continue
        number, decimals, suffix_scale = _numeral(token)
        mantissa = number if not current else current + number
        current += number * Decimal(str(suffix_scale))
        scale = suffix_scale
    value = float(total + current)
    if scale == 1.0:
        mantissa = Decimal(str(value)) if not decimals else mantissa
    return value, _last_digit_unit(mantissa, decimals) * scale


def _last_digit_unit(mantissa: Decimal, decimals: int) -> float:
    if decimals:
        return 10.0 ** -decimals
    whole = int(mantissa)
    if whole < 100:
        return 1.0
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
    return 10.0 ** zeros


# -- what is not a figure ------------------------------------------------------------------------

def _excluded(span, run: list) -> bool:
    if not run:
        return True
    doc = run[0].doc
    first, last = run[0], run[-1]
    entity = {token.ent_type_ for token in run} - {""}
    if entity & (_NAME_ENTITIES | {"TIME", "ORDINAL"}):
        return True
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is not None and before.text in _JOINERS and not before.whitespace_ and before.i > 0 \
            and doc[before.i - 1].text[-1:].isdigit() and not doc[before.i - 1].whitespace_:
        return True  # "555-123": the second part of a code, score or clock time
    if after is not None and after.text in _JOINERS - {"."} and not last.whitespace_ and not after.whitespace_ \
            and after.i + 1 < len(doc) and doc[after.i + 1].text[:1].isdigit():
        return True
    if after is not None and after.lower_ in ("'s", "’s", "s") and not last.whitespace_:
        return True  # a decade ("the 90's")
    if first.i == span.start and after is not None and after.text in (".", ")") and len(run) == 1:
        return True  # list numbering
    if before is not None and before.text == "(" and after is not None and after.text == ")" and len(run) == 1:
        return True
    if first.head.i < first.i and first.dep_ == "nummod" and first.head.pos_ in ("NOUN", "PROPN") \
            and first.head.i not in {t.i for t in run} and first.head.lemma_.lower() not in _scales() \
            and not _age_told_before(run):
        return True  # a label after its noun ("Room 101", "Flight 370"), not a scale's ("magnitude 6.4")
    return False


# -- one figure ----------------------------------------------------------------------------------

def _shared(run: list, following) -> tuple[str, str, float] | None:
    """The unit, counted noun and factor of the next figure when this one is the first end of a range
    written with one unit ("8 to 9 cents", "between 12 and 15 protesters")."""
    if following is None:
        return None
    next_run, (quantity, _, _, factor) = following
    if not _joined(run, next_run):
        return None
    # "between 80 and 120 million lira": the first end takes the second's scale where it writes none of its own
    scale = _scale_of(next_run) if _scale_of(run) == 1.0 else 1.0
    return quantity.unit, quantity.counts, factor * scale


def _scale_of(run: list) -> float:
    """What the run's scale words multiply by ("120 million": 1e6; "550bn": 1e9); 1 without one."""
    scale = 1.0
    for token in run:
        word = _scale_word(token)
        digits = _DIGITS.match(word)
        if word in _units()["scale"]:
            scale *= _units()["scale"][word]
        elif digits and digits.group(3):
            scale *= {**_units()["scale"], **_units()["currency_scale"]}.get(digits.group(3), 1.0)
    return scale


def _range_word(run: list, next_run: list) -> str:
    """The word that makes two joined figures one range of values ("8 to 9", "eight or nine",
    "between 12 and 15"), "" when they are two values ("from 5 to 10": a change)."""
    doc = run[0].doc
    start = (_currency_tokens(run) or run)[0].i
    before = doc[start - 1].lower_ if start > 0 else ""
    connector = doc[run[-1].i + 1].lower_
    if before == "from" or (connector == "to" and _after_amount_verb(doc, start, _far_apart(run, next_run))):
        return ""  # "from 5 to 10", "dropped (by) 36,000 to 293,000": a change and where it ended
    if connector == "and":
        return "between" if before == "between" else ""
    return connector


def _after_amount_verb(doc, start: int, by: bool) -> bool:
    """The figure at `start` follows a verb of a change in an amount, directly or, where `by`, after "by" and the
    words that qualify the figure ("dropped 36,000", "rose by about 51,000")."""
    i = start - 1
    while i >= 0 and doc[i].dep_ in ("quantmod", "advmod") and doc[i].head.i >= start:
        i -= 1
    if by and i >= 0 and doc[i].lower_ == "by":
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in amount_verbs()


def _far_apart(run: list, next_run: list) -> bool:
    """The second of two figures joined by "to" is more than _RANGE_SPREAD times the first: no range of one value
    ("by 51,000 to 419,000" is a change and a level; "by 2 to 3 percent", "by 25 to 50 basis points" are ranges)."""
    first, second = _numeral(run[-1]), _numeral(next_run[0])
    if first is None or second is None or first[0] <= 0:
        return False
    return float(second[0]) * second[2] > _RANGE_SPREAD * float(first[0]) * first[2]


# A range's top is rarely more than three times its bottom ("2 to 3 percent", "25 to 50 basis points", "5,000 to
# 10,000"); a change's level after "by" usually is ("by 51,000 to 419,000"). Not searched.
_RANGE_SPREAD = 3


def _joined(run: list, next_run: list) -> bool:
    between = run[0].doc[run[-1].i + 1:(_currency_tokens(next_run) or next_run)[0].i]  # "$54 million to $56 million"
    return len(between) == 1 and between[0].lower_ in ("to", "-", "–", "or", "and")


def _quantity(span, root, run: list, shared: tuple[str, str, float] | None = None):
    """(the figure without its period, the token that carries it, its predicate, the factor a unit
    such as "cents" applied), or None. `shared`: what the other end of a range gives ("8 to 9 cents")."""
    units = _units()
    doc = run[0].doc
    value, step = _value(run)
    head = _run_head(run)
    currency, unit_tokens = _currency_before(run), []
    unit, counted = None, ""
    follow = _following_words(run, span)
    if currency is None:
        unit, unit_tokens = _unit_after(follow)
    else:
        unit = currency
        name, name_tokens = _unit_after(follow)
        if name == currency:
            unit_tokens = name_tokens
    factor = 1.0
    if unit is None and shared is not None and currency is None:
        unit, counted, factor = shared
        value, step = value * factor, step * factor
    if unit is None and currency is None and _age_told_before(run):
        unit = "age"  # "died at the age of 78", "a boy aged 15": the recogniser takes the number for a date
    if unit is None:
        unit_tokens = []
        unit = "count"
    if currency is None and any(_DIGITS.match(t.lower_) and _DIGITS.match(t.lower_).group(3) in units["currency_scale"]
                                or t.lower_ in units["currency_scale"] for t in run):
        return None  # "3m" without a currency: metres or millions, unknown
    if unit in units["time_units"] or unit == "age":
        pass
    elif (any(t.ent_type_ == "DATE" for t in run) and not _counts_things(head) and not _range_end(shared)
          and not any(_in_and_a_half(t) for t in run) or _looks_like_year(run, value, unit, head)):
        return None
    if unit in units["time_units"] and unit_tokens:
        tail = doc[unit_tokens[-1].i + 1] if unit_tokens[-1].i + 1 < len(doc) else None
        before = doc[run[0].i - 1] if run[0].i > 0 else None
        if tail is not None and tail.lower_ in units["relative"] and not (before is not None and before.lower_ == "for"):
            return None  # "three days after the crash" dates; "closed for three days after the crash" lasts
    if _hundredths(unit, unit_tokens):
        factor = 0.01
        value, step = value * factor, step * factor  # "12 cents": 0.12 dollars; "25 basis points": 0.25 points
    anchor = unit_tokens[-1] if unit_tokens else head
    if unit == "age":
        counted = _described_noun(anchor) or _aged_person(anchor)
    elif unit == "count":
        counted = _counted_noun(head) or counted
    else:
        counted = _of_object(anchor) or _apposed_whole(anchor) or (_modified_noun(anchor) or _valued_noun(anchor)
                                         if unit not in units["time_units"] else "") or counted
    predicate = _predicate(anchor, span, root)
    if not counted and unit != "age" and unit not in units["time_units"] and _is_complement(anchor, predicate, unit):
        counted = _subject_lemma(predicate)
    approx, direction, share = _approximation(run, unit_tokens, span)
    # a whole count of time units is as exact as a count of things ("four years" and "three years" conflict)
    low, high = _range(value, step, unit == "count" or unit in units["time_units"], direction, share)
    text = doc[min(t.i for t in run + unit_tokens + _currency_tokens(run)):
               max(t.i for t in run + unit_tokens) + 1].text
    if approx:
        text = f"{approx} {text}"
    quantity = Quantity(value=value, unit=unit, counts=counted or "", period=None, text=text,
                        predicate=predicate.lemma_.lower() if predicate is not None else "",
                        approx=approx, low=low, high=high)
    return quantity, anchor, predicate, factor


def _range_end(shared: tuple[str, str, float] | None) -> bool:
    """The figure is the first end of a range whose other end is money or a measure ("between 80 and 120 million
    lira", which the recogniser may tag "between 80" a date): a figure, whatever its tag."""
    return shared is not None and shared[0] not in ("count", "age")


def _hundredths(unit: str, unit_tokens: list) -> bool:
    """A unit written as hundredths of the one recorded: "cents" of a currency, "basis points" of points."""
    if len(unit_tokens) == 1 and unit_tokens[0].lemma_.lower() in _units()["cents"]:
        return True
    written = tuple(t.lower_ for t in unit_tokens)
    return unit == "points" and (written in _units()["basis"]
                                 or tuple(t.lemma_.lower() for t in unit_tokens) in _units()["basis"])


def _point_fractions(span, root) -> list:
    """(tokens, figure, anchor, predicate) for each share of a point written in words: "a quarter of a percentage
    point" (0.25 points), "half a point", "three-quarters of a point", "a quarter-point cut"."""
    found = []
    for tokens, value in share_words(span):
        unit_tokens = point_after(tokens[-1])
        if not unit_tokens:
            continue
        anchor = unit_tokens[-1]
        # the phrase's head, which the parse makes the share word ("a quarter of a point") or the point ("half a point")
        head = tokens[-1] if anchor in tokens[-1].subtree else anchor
        counted = _modified_noun(head) or _valued_noun(head)
        predicate = _predicate(head, span, root)
        if not counted and _is_complement(head, predicate, "points"):
            counted = _subject_lemma(predicate)
        start = tokens[0].i - 1 if tokens[0].i > span.start and tokens[0].doc[tokens[0].i - 1].lower_ in ("a", "an") \
            else tokens[0].i
        text = span.doc[start:anchor.i + 1].text
        points = value / 100
        found.append((tokens, Quantity(value=points, unit="points", counts=counted, period=None, text=text,
                                       predicate=predicate.lemma_.lower() if predicate is not None else "",
                                       approx="", low=points, high=points), anchor, predicate))
    return found


def _shares_of_scales(span, read: list) -> tuple[list, set[int]]:
    """Figures written as a share of a scale word ("a quarter of a million", "half a billion", "three-quarters of
    a million": 250,000, 500 million, 750,000) with the share's value, and the indices of the share's tokens."""
    doc = span.doc
    shares = {tokens[-1].i: (tokens, percent) for tokens, percent in share_words(span) if scale_after(tokens[-1])
              and not part_of_period(tokens[0])}
    found, taken = [], set()
    for run, quantity, anchor, predicate in read:
        before = run[0].i - 1
        before -= 1 if before >= 0 and doc[before].lower_ == "of" else 0
        if run[0].lower_ not in ("a", "an") or before not in shares:
            found.append((run, quantity, anchor, predicate))
            continue
        tokens, percent = shares[before]
        start = tokens[0].i - 1 if tokens[0].i > span.start and doc[tokens[0].i - 1].lower_ in ("a", "an") \
            else tokens[0].i
        value = quantity.value * percent / 100
        step = 10 ** math.floor(math.log10(value))  # as rough as its leading digit: 200,000 to 300,000
        quantity = dataclasses.replace(
            quantity, value=value, low=value - step / 2, high=value + step / 2,
            text=doc[start:run[-1].i + 1].text + quantity.text[quantity.text.find(run[-1].text) + len(run[-1].text):])
        found.append((run, quantity, anchor, predicate))
        taken |= {t.i for t in tokens}
    return found, taken


def part_of_period(share) -> bool:
    """A share word after a definite determiner or an ordinal is part of a period or a date, no share of anything:
    "the first half of 2021", "the third of March", "in the third quarter a million jobs were lost"."""
    if share.i == 0:
        return False
    before = share.doc[share.i - 1]
    # ("found that half of children live in poverty": "that" opens a clause, no determiner of a period)
    return before.ent_type_ == "ORDINAL" or before.lower_ in _PERIOD_WORDS and before.pos_ != "SCONJ"


# "the first half", "in the final quarter" (the recogniser tags "first" a date's, not an ordinal, in "the first quarter
# of 2024")
_PERIOD_WORDS = ("the", "this", "that", "each", "every", "first", "second", "third", "fourth", "last", "latter",
                 "former", "next", "final", "past")


def share_words(span) -> list[tuple[list, float]]:
    """(tokens, percent) for each share word of frames.toml [shares] in the span ("half", "two-thirds")."""
    words = frame_words()["shares"]
    doc = span.doc
    found = []
    for token in span:
        if token.lower_ not in _share_endings():
            continue  # read for every claim: a span's text is built only where a share word can end
        first = doc[token.i - 2] if token.i - 2 >= span.start and doc[token.i - 1].text == "-" else token
        written = doc[first.i:token.i + 1].text.lower()
        if written in words:
            found.append((list(doc[first.i:token.i + 1]), float(words[written])))
        elif token.lower_ in words:
            found.append(([token], float(words[token.lower_])))
        elif _numerator(token) is not None:
            numerator = _numerator(token)
            found.append(([doc[token.i - 1], token], numerator * float(words[token.lower_[:-1]])))
    return found


def _numerators(span) -> set[int]:
    """The indices of the number words that count a share ("three quarters of", "two-thirds of"): part of the share,
    no figure of their own ("three" quarters of a year)."""
    return {tokens[0].i for tokens, _ in share_words(span) if len(tokens) > 1}


def _numerator(token) -> int | None:
    """The number word that counts a plural share word written apart from it: "three quarters", "two thirds"."""
    if not token.lower_.endswith("s") or token.lower_[:-1] not in frame_words()["shares"] or token.i == 0:
        return None
    number = word_number(token.doc[token.i - 1].lower_)
    return number if number and 1 < number < 10 else None


@functools.cache
def _share_endings() -> frozenset[str]:
    """The words a share word of frames.toml [shares] ends in, alone or after its hyphen ("half", "thirds"), and
    the plurals a numerator written apart counts ("three quarters")."""
    endings = {w for share in frame_words()["shares"] for w in (share, share.rsplit("-", 1)[-1])}
    return frozenset(endings | {w + "s" for w in endings if "-" not in w and not w.endswith("s")})


def scale_after(token) -> bool:
    """A scale word follows a share word as "(of) a million" ("a quarter of a million", "half a billion")."""
    doc = token.doc
    i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of")
    return i + 1 < len(doc) and doc[i].lower_ in ("a", "an") and doc[i + 1].lower_ in _units()["scale"]


def point_after(token) -> list:
    """The tokens that write "(of) a (percentage) point" right after a share word, or []: "a quarter of a
    percentage point", "half a point", "a quarter-point"; not "a quarter of the points" (a share of points)."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].lower_ == "-":
        i += 1
    else:
        i += 1 if i < len(doc) and doc[i].lower_ == "of" else 0
        if not (i < len(doc) and doc[i].lower_ in ("a", "an")):
            return []
        i += 1
    for size in (3, 2, 1):  # "a half-percentage-point cut": the hyphens are no words
        written = [t for t in doc[i:i + size] if t.lower_ != "-"]
        if len(doc[i:i + size]) == size and tuple(t.lower_ for t in written) in _units()["points"] \
                and written[-1].lower_ != "points":
            return written
    return []


def _run_head(run: list):
    indices = {t.i for t in run}
    outside = [t for t in run if t.head.i not in indices or t.head.i == t.i]
    return outside[-1] if outside else run[-1]


def _currency_tokens(run: list) -> list:
    doc = run[0].doc
    found = []
    index = run[0].i - 1
    while index >= 0 and len(found) < 2 and doc[index].lower_ in _units()["symbols"]:
        found.insert(0, doc[index])
        index -= 1
    return found


def _currency_before(run: list) -> str | None:
    tokens = _currency_tokens(run)
    return _units()["symbols"][tokens[-1].lower_] if tokens else None


def _following_words(run: list, span) -> list:
    doc = run[0].doc
    end = min(span.end, len(doc))
    return [doc[i] for i in range(run[-1].i + 1, min(end, run[-1].i + 6))]


def _unit_after(words: list) -> tuple[str | None, list]:
    """The unit written after a figure and the tokens that write it."""
    units = _units()
    lemmas = [t.lemma_.lower() for t in words]
    texts = [t.lower_ for t in words]
    spelled = [(i, lemma) for i, lemma in enumerate(lemmas) if lemma != "-"]  # "34-year-old", "35 year-old"
    if len(spelled) >= 2 and spelled[0][1] == "year" and spelled[1][1] == "old" and spelled[1][0] <= 3:
        return "age", words[:spelled[1][0] + 1]
    for size in (3, 2, 1):
        key_text, key_lemma = tuple(texts[:size]), tuple(lemmas[:size])
        if len(key_text) < size:
            continue
        if key_text in units["points"] or key_lemma in units["points"]:
            return "points", words[:size]
        if key_text in units["percent"]:
            return "%", words[:size]
        if key_lemma in units["measures"] and words[size - 1].pos_ in ("NOUN", "PROPN", "X") \
                and not _currency_told(key_lemma, words[size - 1]):
            return units["measures"][key_lemma], words[:size]
    if lemmas and lemmas[0] in units["cents"] and words[0].pos_ == "NOUN":
        return units["cents"][lemmas[0]], words[:1]
    if lemmas and lemmas[0] in units["names"] and words[0].pos_ in ("NOUN", "PROPN"):
        return units["names"][lemmas[0]], words[:1]
    if lemmas[:1] == ["-"] and len(lemmas) > 1 and lemmas[1] in units["names"]:
        return units["names"][lemmas[1]], words[:2]  # "the 49-million-euro jackpot"
    if lemmas and lemmas[0] in units["time_units"] and words[0].pos_ == "NOUN":
        return lemmas[0], words[:1]
    return None, []


def _currency_told(key: tuple[str, ...], token) -> bool:
    """A word of a measure that names a currency too ("pound"), in a figure the recogniser tags as money ("would
    spend 48 million pounds"): the currency, not the weight; but a weight of something ("2 million pounds of beef")
    stays a weight."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return len(key) == 1 and key[0] in _units()["names"] and token.ent_type_ == "MONEY" \
        and not (following is not None and following.lower_ == "of")


_PLURAL = ("NNS", "NNPS")  # what a count above one counts; a singular noun after a year is what it dates


def _looks_like_year(run: list, value: float, unit: str, head) -> bool:
    text = run[0].text
    return (len(run) == 1 and unit == "count" and len(text) == 4 and text.isdigit() and 1500 <= value <= 2200
            and not (head.dep_ == "nummod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i
                     and head.head.tag_ in _PLURAL))  # "2000 troops", not "the 2011 election"


def _counts_things(head) -> bool:
    """A number in a DATE entity that still counts a noun outside it ("[Between 12] and 15 protesters"), or is the
    other end of a range that does ("[Between 20 and 30] people": 30 a conjunct of 20)."""
    if head.dep_ == "conj" and head.head.like_num and head.head.i < head.i:
        return _counts_things(head.head)
    noun = head.head
    if head.dep_ != "nummod":  # "[Forty-eight] of the trees": the count of an "of" phrase's things
        noun = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)
        return noun is not None and _counted_plural(noun)
    return noun.i > head.i and _counted_plural(noun)


def _counted_plural(noun) -> bool:
    """A plural common noun outside any date, not a unit of time: things a number counts."""
    return (noun.pos_ == "NOUN" and noun.ent_type_ != "DATE" and noun.tag_ in _PLURAL
            and noun.lemma_.lower() not in _units()["time_units"])


def _counted_noun(head) -> str:
    """The noun a count counts: the noun it modifies ("12 protesters"), or "of" its object ("12 of the
    protesters"), or the scale it follows ("magnitude 6.4")."""
    if head.dep_ == "nummod" and head.head.i < head.i and head.head.lemma_.lower() in _scales():
        return head.head.lemma_.lower()
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i > head.i:
        return _hyphened_noun(head.head).lemma_.lower()
    return _of_object(head) or _fronted_whole(head)


def _hyphened_noun(token):
    """The last word of a hyphened noun the tokenizer split ("27 e-scooters": scooters, not "e")."""
    doc, i = token.doc, token.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ \
            and doc[i + 2].is_alpha:
        i += 2
    return doc[i]


def _fronted_whole(head) -> str:
    """The whole a subject count is part of, set before the sentence ("Of the 613 athletes in Tokyo, roughly 300
    have not been vaccinated": athletes)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i == head.i:
        return ""
    whole = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < head.i
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return whole.lemma_.lower() if whole is not None else ""


def _of_object(token) -> str:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "on"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN") and objects[0].ent_type_ not in TIME_ENTITIES \
                    and not (child.lower_ == "for" and objects[0].pos_ == "PROPN"):  # "76 percent for Trump": whose
                return objects[0].lemma_.lower()
    return ""


def _apposed_whole(token) -> str:
    """What a figure set beside a share in words is a share of ("half of eligible voters, 52 percent, took part":
    voters), however the parse hangs the two."""
    doc = token.doc
    start = token.i
    while start > 0 and (doc[start - 1].like_num or doc[start - 1].text in _units()["symbols"]):
        start -= 1
    share = next((t for t in doc[max(0, start - 10):start] if set_beside_share(t) == start), None)
    return _of_object(share) if share is not None else ""


def set_beside_share(share) -> int | None:
    """Where the figure set off beside a share word and its "of" phrase starts ("half of eligible voters, 52
    percent,": at 52), or None."""
    doc = share.doc
    if share.lower_ not in frame_words()["shares"] or share.i + 1 >= len(doc) or doc[share.i + 1].lower_ != "of":
        return None
    end = max(t.i for t in doc[share.i + 1].subtree) + 1
    return end + 1 if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].like_num else None


def _modified_noun(token) -> str:
    """The noun a figure describes: "a $1 trillion loan", "tariffs as high as 155 per cent"."""
    node = token
    while node.dep_ in ("pobj", "prep") or node.dep_ in ("advmod", "npadvmod") and node.pos_ in ("ADJ", "ADV"):
        if node.head.i == node.i:
            return ""
        node = node.head
    if node.dep_ in ("compound", "nmod", "amod", "nummod") and node.head.pos_ == "NOUN":
        return node.head.lemma_.lower()
    return ""


def _valued_noun(token) -> str:
    """The noun a figure is the "of" object of, which it gives the value of ("a payment of $200", "a fine of
    $5,000"); not a noun that only holds an amount ("a total of $5 million": frames.toml [containers]), nor one the
    figure is a level or a change of ("a high of $30", "a rise of 5%")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.pos_ != "NOUN":
        return ""
    noun = token.head.head.lemma_.lower()
    return "" if noun in _not_valued() else noun


@functools.cache
def _not_valued() -> frozenset[str]:
    return containers() | frozenset(frame_words()["containers"]["levels"]) | amount_verbs()


AGE_BEFORE = re.compile(r"\b(?:at (?:the )?)?age of\s*$|\baged\s*$|\bat age\s*$", re.I)


def _age_told_before(run: list) -> bool:
    """The words just before the figure say it is an age ("at the age of", "aged", "at age")."""
    doc = run[0].doc
    before = doc[max(run[0].i - 4, 0):run[0].i].text
    return AGE_BEFORE.search(before) is not None


def _aged_person(token) -> str:
    """Whose age a figure after "aged" or "at the age of" is: the noun "aged" describes ("a boy aged 15"), else the
    subject of the verb the phrase hangs on ("the president died ... at the age of 78"; "Smith, who died aged 90")."""
    node = token
    while node.head.i != node.i and (node.pos_ not in ("VERB", "NOUN", "PROPN") or node.lower_ in ("age", "aged")
                                     and node.dep_ not in ("acl", "ROOT")) and not _copula_with_subject(node):
        node = node.head
    if node.lower_ == "aged" and node.dep_ == "acl" or node.pos_ in ("NOUN", "PROPN") and node.lower_ != "age":
        person = node.head if node.lower_ == "aged" else node
        return (_phrase_head(person) if _set_off_before(token) else person).lemma_.lower()
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and node.dep_ == "relcl":
        subject = node.head
    return subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else ""


def _copula_with_subject(token) -> bool:
    """A form of "be" with a subject of its own ("Jonsdottir is 14 years old, organisers said"): the age is its
    subject's, not the subject of a verb of saying the copula's clause hangs on."""
    return token.lemma_ == "be" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _set_off_before(token) -> bool:
    """The words of age the figure closes are set off by a comma before them ("the skipper of the trawler, aged
    76,")."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].lower_ in ("aged", "age", "the", "of", "at"):
        i -= 1
    return i > 0 and doc[i - 1].text == ","


def _phrase_head(noun):
    """The head of the noun phrase an "of" phrase ends ("the skipper of the trawler Bonny Jean": skipper): what a
    modifier set off after the whole phrase describes."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun


def _described_noun(token) -> str:
    node = token
    while node.dep_ in ("npadvmod", "amod", "punct", "compound") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return (_phrase_head(node) if _set_off_before(token) else node).lemma_.lower()
    return ""


def _predicate(token, span, root):
    """The verb the figure is an argument of: the nearest verb above it in the parse, inside the span."""
    node = token
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
    return root


def _is_complement(anchor, predicate, unit: str) -> bool:
    """A figure that says how much the predicate's subject is ("the toll rose to 300", "tariffs are 145%")."""
    if predicate is None:
        return False
    node = anchor.head if anchor.dep_ == "pobj" else anchor
    if node.lower_ == "per" and node.head != predicate:
        node = node.head  # "94 megabits per second": the unit's first noun
    if node.head != predicate or node == predicate:
        return False
    if node.dep_ in ("attr", "acomp", "npadvmod", "oprd"):
        return True
    if node.dep_ == "prep" and node.lower_ in ("to", "at", "by", "from"):
        return True
    level_objects = frame_words()["reading"]["level_objects"]
    if node.dep_ == "dobj" and unit != "count" and predicate.lemma_.lower() in level_objects:
        return True  # "download speeds reached 94 megabits per second": the speeds'
    return unit in ("%", "points") and node.dep_ == "dobj"


def _subject_lemma(predicate) -> str:
    for child in predicate.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            return child.lemma_.lower()
    return ""


def _approximation(run: list, unit_tokens: list, span) -> tuple[str, str, float]:
    """The approximation phrase around the figure: (words, direction, share), or ("", "", 0)."""
    doc = run[0].doc
    phrases = _units()["approximation"]
    start = (_currency_tokens(run) or run)[0].i
    for size in (4, 3, 2, 1):
        if start - size < span.start:
            continue
        words = tuple(t.lower_ for t in doc[start - size:start])
        if doc[start - size].dep_ == "prt" or _particle_of_verb(doc[start - size]):
            continue  # the verb's particle, not a bound: "were revised up to 366,000", "will hand over $2.4 million"
        if ("before", words) in phrases:
            return " ".join(words), *phrases[("before", words)]
    end = max(t.i for t in run + unit_tokens) + 1
    for size in (2, 1):
        if end + size > span.end:
            continue
        words = tuple(t.lower_ for t in doc[end:end + size])
        if ("after", words) in phrases:
            return " ".join(words), *phrases[("after", words)]
    return "", "", 0.0


def _particle_of_verb(token) -> bool:
    """The word is the particle of the verb right before it ("hand over", units.toml [particle_verbs]), whatever the
    parser tags it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "VERB" and \
        before.lemma_.lower() in _units()["particle_verbs"].get(token.lower_, ())


def approximated(number, unit, span, value: float) -> tuple[str, float, float | None]:
    """(the approximation's words, low, high) of an exact `value` written by the token `number` before its unit
    token: "almost six hours" (5.4 to 6), "more than five hours" (5 and above); ("", value, value) without one."""
    approx, direction, share = _approximation([number], [unit], span)
    return (approx, *_range(value, 0.0, True, direction, share))


def _range(value: float, step: float, count: bool, direction: str, share: float) -> tuple[float, float | None]:
    low, high = (value, value) if count and step <= 1 else (value - step / 2, value + step / 2)
    if direction == "around":
        return min(low, value * (1 - share)), max(high, value * (1 + share))
    if direction == "just_below":
        return min(low, value * (1 - share)), value
    if direction == "just_above":
        return value, max(high, value * (1 + share))
    if direction == "above":
        return value, None
    if direction == "below":
        return 0.0, value
    return low, high
