"""Dates as written ("Aug. 31", "August the 31st", "the first of October", "on Monday") -> ISO strings with their
granularity.

The finding of dates is spaCy's (DATE entities, see features.dates); this module only reads the
words of one date expression. Month and weekday names come from Python's `calendar` (English).
Granularity shows in the string: "2025-08-31" (day), "2025-08" (month), "2025" (year),
"--08-31" / "--08" when no year is written and none can be resolved, "monday" for a weekday
that cannot be resolved.

Resolution against the article's publication date (news convention):
- a day or month written without a year takes the year that puts it closest to the publication
  date ("March 11" in an article of 20 March 2025 is 2025-03-11; in one of 5 January 2026 as well),
  unless the tense of the verb it dates says which way it lies (`tense`, see crosscheck/tense.py): a past
  one is the last such day on or before the publication ("died June 3" in an article of 31 May 2021 is
  2020-06-03), a future one the next on or after it ("will meet on Jan. 6" in July 2021 is 2022-01-06);
- a weekday is the most recent such day on or before the publication date ("next Monday": the
  first one after it);
- "today", "yesterday", "tomorrow", "this/last/next year|month" count from the publication date.
Nothing is ever resolved against today's date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})
DAY_PARTS = {"morning", "afternoon", "evening", "night"}  # "Tuesday evening" is Tuesday
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Words that count a year, month or season from now ("last year", "this summer") and by how many
SHIFTS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th|s)?")
_YEAR = re.compile(r"^(1[0-9]{3}|2[0-9]{3})$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def normalise(text: str, published: date | None = None, tense: str | None = None) -> str | None:
    """One date expression as an ISO string with its granularity, or None when it names no date.
    `tense` ("past", "future" or None) is the way a day or month without a year lies from `published`.

    Durations ("10 years"), ages and decades name no date and give None.
    """
    iso = _ISO.search(text)
    if iso:
        return _day_iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    words = _WORD.findall(text.replace("’", "'"))
    lowered = [w.lower().rstrip(".") for w in words]
    month = next((MONTHS[w] for w in lowered if w in MONTHS), None)
    year = next((int(w) for w in lowered if _YEAR.match(w)), None)
    day = _day_number(lowered, month)
    if month:
        return _month_date(year, month, day, published, tense)
    if year:
        return str(year)
    return _relative(lowered, published)


def _day_number(words: list[str], month: int | None) -> int | None:
    if month is None:
        return None
    for word in words:
        match = _DAY.match(word)
        if match and 1 <= int(match.group(1)) <= 31:
            return int(match.group(1))
    return _spelled_day(words)


_ORDINAL_DAYS = {word: number for number, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_ORDINAL_TENS = {"twenty": 20, "thirty": 30}


def _spelled_day(words: list[str]) -> int | None:
    """A day written as an ordinal word, next to its month: "the first of October", "October the twenty-first";
    not an ordinal of something else ("the first week of October", "the second half of May")."""
    for index, word in enumerate(words):
        if word not in _ORDINAL_DAYS and word != "thirtieth":
            continue
        before, after = words[max(index - 2, 0):index], words[index + 1:index + 3]
        tens = _ORDINAL_TENS.get(before[-1], 0) if before else 0
        if tens:
            before = words[max(index - 3, 0):index - 1]
        day = 30 if word == "thirtieth" else tens + _ORDINAL_DAYS[word]
        of_month = len(after) == 2 and after[0] == "of" and after[1] in MONTHS
        month_the = len(before) == 2 and before[0] in MONTHS and before[1] == "the"
        if (of_month or month_the) and day <= 31:
            return day
    return None


def _month_date(year: int | None, month: int, day: int | None, published: date | None,
                tense: str | None = None) -> str | None:
    if year is None and published is not None:
        year = _year_by_tense(month, day, published, tense) if tense else _closest_year(month, day or 15, published)
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _day_iso(year, month, day)


def _closest_year(month: int, day: int, published: date) -> int:
    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day) - published).days)
        except ValueError:  # 29 February in a common year
            return abs((date(year, month, 28) - published).days)
    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _year_by_tense(month: int, day: int | None, published: date, tense: str) -> int:
    """The year of the last such day (or month) on or before `published` ("past"), or the next on or after it."""
    written, now = ((month, day), (published.month, published.day)) if day else (month, published.month)
    if tense == "past":
        return published.year if written <= now else published.year - 1
    return published.year if written >= now else published.year + 1


def _day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(words: list[str], published: date | None) -> str | None:
    """Weekdays and days, months or years counted from the publication date."""
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        if word in WEEKDAYS and (len(word) > 3 or index == len(words) - 1):
            if published is None:
                return calendar.day_name[WEEKDAYS[word]].lower()
            return resolve_weekday(WEEKDAYS[word], published, after=before in ("next", "coming")).isoformat()
        if published is None:
            continue
        if word in _RELATIVE_DAYS:
            return (published + timedelta(days=_RELATIVE_DAYS[word])).isoformat()
        if word in ("year", "month") and before in SHIFTS:
            return _shifted(published, word, SHIFTS[before])
    return None


def resolve_weekday(weekday: int, published: date, after: bool = False) -> date:
    """The most recent such weekday on or before `published`, or the first one after it."""
    if after:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _shifted(published: date, unit: str, shift: int) -> str:
    if unit == "year":
        return str(published.year + shift)
    months = published.year * 12 + published.month - 1 + shift
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


_DATELINE = re.compile(
    r"^\s*(?:[^\W\d_][^\n,—–(]{0,40}?(?:,\s*[^\W\d_][\w.]{1,12})?\s*(?:\([^)\n]{1,40}\)\s*)?,\s*)?"
    r"(?P<date>(?:[A-Z][a-z]+\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--?|:|/)")


# Any dateline, dated or not: "CLEVELAND, July 19 (UPI) — ", "Washington (AFP) – ": a place (capitals,
# or any with an agency after it), an optional date, an optional agency, then a dash.
_ANY_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][\w.'’ -]{1,40}(?=\s*\())(?:,\s*[A-Z][\w.]*\.?(?: \d{1,2})?(?:,? \d{4})?)*"
    r"\s*(?:\([\w .&/-]{1,30}\))?\s*[—–-]{1,2}\s+")


def dateline_length(text: str) -> int:
    """How many characters a dateline takes at the start of the text (0 when it has none)."""
    match = _ANY_DATELINE.match(text)
    return match.end() if match else 0


def dateline_date(text: str) -> date | None:
    """The date of a dateline that opens an article's first paragraph ("LAGOS, June 2, 2025 —").

    Only a full date (day, month and year) counts; "WASHINGTON (Reuters) -" has none.
    """
    match = _DATELINE.match(text)
    if not match:
        return None
    iso = normalise(match.group("date"))
    return date.fromisoformat(iso) if iso and len(iso) == 10 and not iso.startswith("-") else None


def weekday_of(iso: str) -> str:
    """The weekday of a calendar day given with its year ("2021-10-03": sunday); "" without a year."""
    try:
        return date.fromisoformat(iso).strftime("%A").lower()
    except ValueError:
        return ""
