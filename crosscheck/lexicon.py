"""The packaged word lists (crosscheck/data/*.toml): what English means that a parser cannot know."""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

DATA = Path(__file__).parent / "data"


@functools.cache
def data_table(name: str) -> dict:
    """A packaged data file under crosscheck/data, parsed once."""
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


@functools.cache
def words_of(key: str) -> frozenset[str]:
    """A word list of data/labels.toml, as a set."""
    return frozenset(data_table("labels.toml").get(key, ()))


@functools.cache
def act_nouns() -> dict[str, str]:
    """An act's verb -> the noun a reader names it by, with the word before what it acts on ("release" -> "release
    of", "sue" -> "lawsuit against"): data/labels.toml's act_nouns."""
    return dict(data_table("labels.toml").get("act_nouns", {}))


@functools.cache
def time_nouns() -> frozenset[str]:
    """Nouns that name a time, a stretch of time or a day ("weekend", "summer", "years", "Monday"), as lemmas:
    data/units.toml's units of time and period nouns, data/labels.toml's `days_the_date_gives` and `time_nouns`."""
    units = data_table("units.toml")
    return frozenset(units["time"]["units"]) | frozenset(units["period"]["nouns"]) | words_of("days_the_date_gives") \
        | words_of("time_nouns")


@functools.cache
def stop_words() -> frozenset[str]:
    """English stop words (data/stop_words.toml)."""
    return frozenset(data_table("stop_words.toml")["words"])


@functools.cache
def opposite_pairs() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """The opposite predicates of data/opposites.toml: (name, one side's lemmas, the other's)."""
    return tuple((p["name"], frozenset(p["a"]), frozenset(p["b"])) for p in _opposites())


def words_overlap(wx, wy, stem: int = 5) -> bool:
    """A shared word, or a shared prefix of `stem` letters of words that long ("donation" / "donate")."""
    return bool(set(wx) & set(wy)) or bool({w[:stem] for w in wx if len(w) >= stem}
                                           & {w[:stem] for w in wy if len(w) >= stem})


@functools.cache
def opposites_of(verb: str, denied: bool = False) -> frozenset[str]:
    """The verb's opposites (data/opposites.toml); with `denied`, what denying the verb tells: those of pairs not
    marked `contrary` ("not guilty": acquitted; nothing for "not killed", which is not "injured")."""
    return frozenset(v for p in _opposites() if not (denied and p.get("contrary"))
                     for side, opposite in ((p["a"], p["b"]), (p["b"], p["a"])) if verb in side for v in opposite)


@functools.cache
def amount_verbs() -> frozenset[str]:
    """Verbs of a change in an amount: the pairs of data/opposites.toml marked `amount` ("rose", "cut")."""
    return frozenset(w for p in _opposites() if p.get("amount") for w in p["a"] + p["b"])


@functools.cache
def amount_directions() -> tuple[frozenset[str], ...]:
    """Each side of the pairs marked `amount`: verbs that move an amount the same way ("rose", "climbed")."""
    return tuple(frozenset(side) for p in _opposites() if p.get("amount") for side in (p["a"], p["b"]))


def _opposites() -> list[dict]:
    return data_table("opposites.toml").get("pair", [])


def third_person(lemma: str) -> str:
    """A verb's present for one actor, as headlines write what happened: "sign" -> "signs", "launch" -> "launches",
    "carry" -> "carries"."""
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return f"{lemma}es"
    if re.search(r"[^aeiou]y$", lemma):
        return f"{lemma[:-1]}ies"
    return f"{lemma}s"
