"""Specifics read from how a sentence writes them, where the parse gives no slot: an age beside a name ("Khan, 45,",
"the 52-year-old Sadiq Khan"), the place of a gathering ("at a rally in Wilmington, N.C."), the name of a trip and
where it set out from ("the Ryanair plane, which was flying from the Greek capital, Athens"). The judge (judge.py)
weighs them when two claims' values match nowhere."""
from __future__ import annotations

import functools
import re

from ..dating import MONTHS, WEEKDAYS
from ..gazetteer import locate
from ..predicates import frame_words

NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"  # capitalised words in a row: a name
CALENDAR_WORDS = {w.lower() for w in (*MONTHS, *WEEKDAYS)}  # capitalised, and never a name
_PLACE_NAME = rf"{NAME}(?:,\s+[A-Z][\w.]*)?"  # "Columbus, Ohio", "Wilmington, N.C."
_AGE_WRITTEN = r"(?<![\w.,]){n}-year-old|\bage(?:d| of)? {n}(?!\w)"
_AGE_BARE = r"(?:,|\bat|\bas) {n}(?=\s*(?:[,;)]|\.(?!\d)|$))"
# a plan's word a few words before the gathering's noun ("will hold a rally", "is scheduled to speak at a town hall")
_PLANNED_BEFORE = r"\b(?:will|plans?|planned|scheduled|set to|expected to)\b(?:\W+\w+){{0,4}}?\W+{noun}"


def deadline_dated(text: str) -> bool:
    """The text gives a day as a deadline: "were given until 30 June to finish", "has till Friday", or a duty to be
    done "by" a day ("operators must switch off their networks by 31 December", "are required to file by Friday"):
    when something was due, not when it was done. "By" alone dates deeds too ("was completed by March 3"), and "a
    deadline of Nov. 14" may be the day a thing falls due, which another claim tells as the day it happens ("will
    run out of cash on Nov. 4")."""
    lowered = text.lower()
    return _UNTIL_DAY.search(lowered) is not None or _DUE_BY_DAY.search(lowered) is not None


_CALENDAR = "|".join(sorted(CALENDAR_WORDS))
_UNTIL_DAY = re.compile(rf"\b(?:until|till)\W+(?:\w+\W+){{0,2}}?(?:{_CALENDAR})\b")
# a duty ("must", "have to", "are required to") and, later in its clause, "by" a day ("by 31 December", "by the end
# of March", "by Friday")
_DUE_BY_DAY = re.compile(rf"\b(?:must|ha(?:ve|s|d) to|(?:required|ordered|obliged|told|asked) to|needs? to|"
                         rf"(?:is|are) to)\b[^.;:]*?\bby\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                         rf"(?:{_CALENDAR})\b")


def age_written(text: str, numeral: str) -> str:
    """"age" where the numeral is written as an age ("52-year-old", "at the age of 92", "aged 45"), "bare" where it
    stands alone after a comma, "at" or "as" ("Khan, 45,", "at 89,"), else ""; only 1 to 119."""
    if not 0 < int(numeral) < 120:
        return ""
    return next((how for how, pattern in (("age", _AGE_WRITTEN), ("bare", _AGE_BARE))
                 if re.search(pattern.format(n=re.escape(numeral)), text)), "")


def age_holder_name(text: str, numeral: str, how: str) -> str:
    """The name an age is written beside ("Khan, 45": Khan; "the 52-year-old Sadiq Khan": Sadiq Khan), or ""."""
    beside = re.search(rf"({NAME}),\s+{re.escape(numeral)}(?!\w)", text) if how == "bare" \
        else re.search(rf"(?<![\w.,]){re.escape(numeral)}-year-old\s+({NAME})", text)
    return beside.group(1) if beside else ""


@functools.lru_cache(maxsize=8192)
def gatherings_placed(text: str, prominence: float) -> dict[str, str]:
    """{noun: place} for each gathering's noun (frames.toml [happening] `gatherings`) written once, with a place the
    gazetteer knows in the "in" or "at" phrase after it or after the next word ("a town hall meeting in Columbus,
    Ohio": town hall and meeting, Columbus, Ohio; "at a town hall in the Bronx", "the summit, held in Vienna"); not a
    gathering told as a plan ("will hold a rally in Reno")."""
    found = {}
    for noun in frame_words()["happening"]["gatherings"]:
        written = re.findall(rf"(?i:\b{noun}s?(?:,?\s+\w+)?\s+(?:in|at)\s+(?:the\s+)?)({_PLACE_NAME})", text)
        if len(written) == 1 and len(re.findall(rf"\b{noun}s?\b", text, re.I)) == 1 \
                and not re.search(_PLANNED_BEFORE.format(noun=noun), text, re.I) \
                and locate(written[0], prominence) is not None:
            found[noun] = re.sub(r"(?<=[a-z])\.$", "", written[0])  # the sentence's full stop, not "N.C."
    return found


@functools.lru_cache(maxsize=8192)
def trip_names(text: str) -> frozenset[str]:
    """The words of the name written just before a trip's vehicle (frames.toml [happening] `trips`: "the Ryanair
    plane", "The Ryanair flight", "Flight 17"), in lower case; "the plane" alone names no one trip."""
    vehicles = "|".join(frame_words()["happening"]["trips"])
    found = re.findall(rf"({NAME})\s+(?i:(?:{vehicles})s?\b)|(?i:\b(?:{vehicles}))\s+(\d+)\b", text)
    words = {w.lower() for name, number in found for w in re.findall(r"[\w’'-]+", name or number)}
    return frozenset(words - _NO_TRIP_NAME)


# words written before a vehicle that name no one trip
_NO_TRIP_NAME = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "flight", "plane"}


def set_out_from(text: str, place: str) -> bool:
    """A word of departure ([happening] `departures`) at most five words before the place ("flying from the Greek
    capital, Athens", "had boarded the flight in Rome")."""
    departures = "|".join(re.escape(d) for d in frame_words()["happening"]["departures"])
    at = text.find(place)
    return at > 0 and bool(re.search(rf"\b(?:{departures})\b(?:\W+\w+){{0,5}}\W+$", text[:at], re.I))
