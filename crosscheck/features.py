"""What a single statement asserts besides its meaning: numbers, dates, negation, certainty."""
from __future__ import annotations

import re

from .types import Quantity

MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}} {_MONTH_RE}(?: \d{{4}})?"
    rf"|(?:January|February|March|April|June|July|August|September|October|November|December)(?: \d{{4}})?"
    rf"|{_WEEKDAY_RE})\b")
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
           "thousand": 1e3, "k": 1e3}
_NUMBER = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥)?\s?(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand|tn|bn|mn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|per ?cent\b|percent\b|percentage points?\b))?"
    r"(?:\s(?P<unit>metric tons?|metric tonnes?|tonnes?|tons?|barrels?|dollars?|yuan|euros?|people|troops|"
    r"countries|votes|seats|jobs|workers|vehicles|aircraft|planes|missiles|drones|items|days|years|months|hours|"
    r"minutes|kilometres|kilometers|miles)\b)?")
_UNIT_ALIASES = {"metric ton": "t", "metric tonne": "t", "tonne": "t", "ton": "t", "dollar": "USD", "euro": "EUR",
                 "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_PERIOD = re.compile(
    r"\b(by (?:the )?(?:year-end|year end|end of (?:the )?\w+|\d{4}|" + _MONTH_RE + r"(?: \d{1,2})?)"
    r"|in \d{4}|(?:this|next|last) (?:year|month|week|quarter)|starting " + _MONTH_RE + r"(?: \d{1,2})?"
    r"|from " + _MONTH_RE + r"(?: \d{1,2})?|per (?:year|month|day|annum)|a year|annually|since " + _MONTH_RE + r")\b",
    re.I)
_STOP = set("""a an the of to in on at by for from with and or but as is are was were be been being that this
these those it its their his her he she they we i you said says will would could may might can has have had do
does did not no than then so such up about over into more most also very high""".split())
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|nobody|nothing|nowhere|without|cannot)\b|n[’']t\b", re.I)
_CERTAINTY = (
    ("threatened", re.compile(r"\b(?:threat(?:en(?:s|ed|ing)?)?|warn(?:s|ed|ing)? (?:that|of))\b", re.I)),
    ("possible", re.compile(r"\b(?:could|may|might|possibl[ey]|potential(?:ly)?|perhaps|if|unclear|reportedly)\b",
                            re.I)),
    ("expected", re.compile(r"\b(?:expected to|likely|set to|plan(?:s|ned)? to|aims? to|hop(?:es|ed|ing)|"
                            r"intends? to|scheduled|would)\b", re.I)),
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers with their unit, what they count and the period they apply to."""
    found = []
    words = text.split()
    for match in _NUMBER.finditer(text):
        if _is_date_number(text, match):
            continue
        unit = _unit(match)
        if unit is None:
            continue
        value = float(match.group("num").replace(",", "") + ("." + match.group("frac") if match.group("frac") else ""))
        value *= _SCALES.get((match.group("scale") or "").lower(), 1)
        period = _PERIOD.search(text, match.end(), min(len(text), match.end() + 60))
        found.append(Quantity(value, unit, _counts(text, match, words), period.group(1).lower() if period else None,
                              match.group(0).strip()))
    return tuple(found)


def _unit(match: re.Match) -> str | None:
    if match.group("pct"):
        return "points" if "point" in match.group("pct") else "%"
    if match.group("cur"):
        return _UNIT_ALIASES[match.group("cur")]
    unit = match.group("unit")
    if unit:
        unit = unit.lower().rstrip("s") if unit.lower() not in {"aircraft", "people"} else unit.lower()
        return _UNIT_ALIASES.get(unit, unit)
    if match.group("scale"):
        return "count"
    return None


def _is_date_number(text: str, match: re.Match) -> bool:
    if match.group("cur") or match.group("pct") or match.group("scale"):
        return False
    if _YEAR.match(match.group("num")):
        return True
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 12]
    return bool(re.search(rf"{_MONTH_RE}\.?\s*$", before) or re.match(rf"\s*{_MONTH_RE}\b", after)
                or re.match(r"[:/]\d", after))


def _counts(text: str, match: re.Match, words: list[str]) -> str:
    """Content words around the number: what it counts ("tariffs chinese imports")."""
    left = re.findall(r"[A-Za-z][\w-]*", text[max(0, match.start() - 60):match.start()])[-5:]
    right = re.findall(r"[A-Za-z][\w-]*", text[match.end():match.end() + 30])[:3]
    return " ".join(w.lower() for w in left + right if w.lower() not in _STOP)


def dates(text: str) -> tuple[str, ...]:
    """Dates and weekdays mentioned, normalised to lower case ("november 1", "monday")."""
    return tuple(dict.fromkeys(m.group(0).lower().replace(".", "") for m in _DATE.finditer(text)))


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def certainty(text: str) -> str:
    """'stated', or how the claim is hedged: 'threatened', 'possible' or 'expected'."""
    for label, pattern in _CERTAINTY:
        if pattern.search(text):
            return label
    return "stated"
