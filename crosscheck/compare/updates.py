"""A toll told at two times: one report counts a disaster's dead ("At least 12 people were killed when a landslide
buried houses in a village in Kerala") and another tells their toll risen to a higher level ("The death toll from the
Kerala landslide has risen to 31, with rescue teams still digging ..."). One toll, told before and after more dead
were counted: a difference (pairs/README: "an early lower bound vs a later count"), never a contradiction nor an
agreement. The later report tells the happening by its noun ("the landslide", "Monday's derailment") where the
earlier told it by a verb, and adds details of its own, so the two read as far apart as two stories (fact similarity
about 0.5): the candidate gate (`findings.candidate_pairs`) lets such a pair in at any similarity, on the anchors both
write: a name, and the happening the toll is "from". Words: frames.toml [toll_updates].
"""
from __future__ import annotations

import functools
import re

from ..frames import frame_of
from ..lexicon import stop_words, words_overlap
from ..predicates import frame_words
from ..types import Claim, Frame, Measure
from .readings import WORD, name_words, parsed, word_set

# the words after "toll" that name what it is the toll of: "the death toll from Monday's train derailment near Kosice"
_TOLL_OF = re.compile(r"(?i)\btolls?\s+(?:from|of|in|after)\s+([^,;]+)")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = frame_words()["toll_updates"]
    return frozenset(table["tolls"]), frozenset(table["fates"]), frozenset(table["risen"])


def toll_told_later(a: Claim, b: Claim) -> tuple[Measure, Measure] | None:
    """(a's figure, b's figure) where one claim counts a happening's dead and the other tells their toll risen to a
    higher level (`_risen_toll`), both naming one place or body and the happening the toll is of (`_one_happening`).
    Not where the counting claim tells a risen toll too (two tolls: one fact, `count-bare`), nor a toll risen to
    fewer than the other's dead (a conflict, for the slot rules)."""
    if not (parsed(a) and parsed(b)):
        return None
    fa, fb = frame_of(a), frame_of(b)
    for counted, fc, risen, fr, flipped in ((a, fa, b, fb, False), (b, fb, a, fa, True)):
        dead, toll = _count_of_dead(fc), _risen_toll(fr)
        if dead is None or toll is None or _risen_toll(fc) is not None or toll.value <= dead.value:
            continue
        if _one_happening(counted, risen):
            return (toll, dead) if flipped else (dead, toll)
    return None


def toll_keys(claim: Claim) -> set[str]:
    """The name words (`readings.name_words`) of a claim that counts the dead or tells a risen toll, one side of a pair
    `toll_told_later` may tie (two such claims share one); none for any other claim."""
    if not (parsed(claim) and claim.entities):
        return set()
    frame = frame_of(claim)
    return set(name_words(claim)) if _count_of_dead(frame) is not None or _risen_toll(frame) is not None else set()


def _count_of_dead(frame: Frame) -> Measure | None:
    """A plain count of the dead: people or anyone else killed or dead ("18 miners were killed", "seven died"), or
    deaths counted ("12 deaths")."""
    tolls, fates, _ = _words()
    return next((m for m in frame.measures if _plain_count(m) and (
        m.predicate in fates or m.counts in tolls and m.counts != "toll")), None)


def _risen_toll(frame: Frame) -> Measure | None:
    """A toll told at a new, higher level ("has risen to 31", "reached 17", "brought the death toll to 29"), its
    noun narrowed by nothing but what it counts ("the nationwide death toll" may hold the other's dead and more)."""
    tolls, _, risen = _words()
    return next((m for m in frame.measures if _plain_count(m) and m.counts in tolls and m.predicate in risen
                 and set(m.modifiers) <= tolls), None)


def _plain_count(m: Measure) -> bool:
    return m.unit == "count" and m.reading == "level" and not (m.hedge or m.aside)


def _one_happening(counted: Claim, risen: Claim) -> bool:
    """Both name one place or body, and what the toll is of ("the toll from Tuesday's floods") is written in the
    counting claim ("died when floodwaters swept through"): one happening's anchors, whatever else each adds."""
    names = name_words(counted) & name_words(risen)
    found = _TOLL_OF.search(risen.text)
    if not (names and found):
        return False
    of = {w.lower() for w in WORD.findall(found.group(1))[:6] if not w[:1].isupper() and len(w) > 2} - stop_words()
    tolls, fates, _ = _words()
    return words_overlap(of - tolls - fates, word_set(counted.text) - tolls - fates)
