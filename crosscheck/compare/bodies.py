"""One body by its full name, its initials or its short form: where the comparator decides that two names may be one
doer ("the Centers for Disease Control and Prevention" / "the CDC" / "C.D.C." / "the CDC's"; "the Federal Reserve" /
"the Fed"; "the Department of Labor" / "the Labor Department", which share their words).

Initials are read from a name's capitalised words as written, with or without the small words between them ("of",
"and", "for": frames.toml `[bodies]`), and from the name up to its last "and" (a name that grew a part keeps its
initials: "Centers for Disease Control [and Prevention]"). Two full names are never one body by their initials: the
initials are compared only where one of the two is written as initials alone.
"""
from __future__ import annotations

import functools
import re

from ..predicates import frame_words
from ..voices import strip_possessive

# Initials alone as written: "CDC", "F.B.I.", "U.S." (capitals, each with or without its full stop)
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,6}")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")


def one_body(x: str, y: str) -> bool:
    """Two names that may be one body: one written as the other's initials, or one the other shortened."""
    return initialism(x, y) or shortened(_content(x), _content(y))


def initialism(x: str, y: str) -> bool:
    """One name written as the other's initials, either way round ("the FDA" / "The Food and Drug Administration")."""
    return initials_of(x, y) or initials_of(y, x)


def initials_of(short: str, name: str) -> bool:
    """`short` is initials alone ("the CDC", "F.B.I.", "the CDC's") and `name` holds a name of several words that they
    stand for, or the same initials written another way ("CDC" / "C.D.C.")."""
    letters = initials_written(short)
    if not letters:
        return False
    other = initials_written(name)
    if other:
        return other == letters
    return any(letters in initialisms(run) for run in name_runs(name))


def spelled_out(names: list[str]) -> list[str]:
    """The names, less those written as initials that another of them spells out ("The Council for Democratic Change
    (CDC)"): such initials stand for that name alone, never for another of the same initials."""
    return [n for n in names if not any(m is not n and initials_of(n, m) and not initials_written(m) for m in names)]


def initials_written(text: str) -> str:
    """The letters, in lower case, of a name written as initials alone ("the F.B.I.'s": "fbi"), else ""."""
    bare = strip_possessive(_ARTICLE.sub("", text.strip()).rstrip(",;:"))
    return bare.replace(".", "").lower() if _INITIALS.fullmatch(bare) else ""


def name_runs(text: str) -> list[str]:
    """The names of several capitalised words a text writes, joined by the small words between them ("the order
    of the Centers for Disease Control and Prevention": "Centers for Disease Control and Prevention")."""
    runs, run, pending = [], [], []
    for word in _WORD.findall(text):
        if word[0].isupper():
            run += pending + [word]
            pending = []
        elif run and word.lower() in _connectors():
            pending.append(word)
        else:
            runs.append(run)
            run, pending = [], []
    runs.append(run)
    return [" ".join(r) for r in runs if len(r) > 1]


@functools.lru_cache(maxsize=4096)
def initialisms(name: str) -> frozenset[str]:
    """The initials a name of two or more words may be written as: its words' first letters in the order written
    (all the letters of a word written as initials: "U.S. Department of Agriculture", "usda"), without the small
    words and with them ("Department of Labor": "dl", "dol"), for the whole name and for its part up to its last
    "and" ("Centers for Disease Control and Prevention": "cdcp", "cdc")."""
    written = _WORD.findall(strip_possessive(_ARTICLE.sub("", name.strip())))
    found = set()
    for words in (written, _before_last_and(written)):
        if len(words) < 2:
            continue
        found.add("".join(_letters(w) for w in words))
        found.add("".join(_letters(w) for w in words if w.lower() not in _connectors()))
    return frozenset(f for f in found if len(f) >= 2)


def _letters(word: str) -> str:
    return word.replace(".", "").lower() if _INITIALS.fullmatch(word) else word[0].lower()


def _before_last_and(words: list[str]) -> list[str]:
    lowered = [w.lower() for w in words]
    return words[:len(lowered) - 1 - lowered[::-1].index("and")] if "and" in lowered else []


def shortened(x: set[str] | frozenset[str], y: set[str] | frozenset[str]) -> bool:
    """One name (its words) is the other shortened, each of its words the start of one of the other's ("the Fed" /
    "the Federal Reserve")."""
    short, long = sorted((x, y), key=len)
    return bool(short) and all(len(w) >= 3 and any(v.startswith(w) and v != w for v in long) for w in short)


def _content(name: str) -> set[str]:
    return {w for w in re.findall(r"(?u)\w+", name.lower()) if w not in _connectors() and w not in _ARTICLES}


_ARTICLES = {"a", "an", "the"}


@functools.cache
def _connectors() -> frozenset[str]:
    return frozenset(frame_words()["bodies"]["connectors"])
