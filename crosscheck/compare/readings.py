"""What the judge's rules read off one claim or two: the words and names of a role, a claim's hedge and condition,
its days, places and numerals, and the verdict a difference makes (`difference`). Read by `judge.py`'s slot and clause
rules and by `unmatched.py`'s specifics alike.
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata

from ..config import Settings
from ..dating import SHIFTS, WEEKDAYS
from ..figures import word_number
from .. import nlp
from ..frames import before_someone, frame_of
from ..gazetteer import disjoint, locate, nested
from ..lexicon import act_nouns, data_table, opposites_of, stop_words, time_nouns, words_overlap
from ..predicates import containers, converse, frame_words, light, noun_phrase, same_predicate
from ..types import Claim, Judgement
from .align import granularity as _granularity
from .align import (dates_differ, opened_to_its_users, periods_differ, read_apart, scopes_apart, stem_written,
                    unmatched_places)
from .align import same_date as _same_date
from .bodies import initialism, one_body, shortened, spelled_out
from .holders import listed_holder
from .written import CALENDAR_WORDS
from .written import NAME as _NAME


WORD = re.compile(r"(?u)\w+")


# Words that carry no identity of a subject or object: determiners, pronouns, generic heads.
LIGHT_WORDS = set("""a an the this that these those his her its their our my your some any all both each
he she it they we i you him them us who which what whom whose one ones of and or to in on at for with
by from as mr mrs ms no nobody none nothing someone somebody something s""".split())  # (s: a possessive's)


# Verbs whose agent carries no claim of its own (copula, possession, speech).
LIGHT_PREDICATES = {"be", "have", "say", "tell", "do", "make", "get", "go"}


def acts_align(a: Claim, b: Claim, gate: bool = False) -> bool:
    """Some act of one claim (its main verb or a clause's) is one of the other's (the same verb, a synonym, a
    transfer told from the other end, a status of one event, two light verbs, a thing opened to its users against those
    users let in: `align.opened_to_its_users`) or is written in the other's
    words ("are ready to meet" / "will meet"; "ending strikes" / "the full end of the war").

    With `gate` (which pairs a report judges at all), two light verbs are no act in common, and only a main verb
    counts written in the other's words: a clause's verb of showing or finding is often written in both ("Thursday's
    report showed that claims increased" / "claims held steady, showing the recovery remains uneven")."""
    fa, fb = frame_of(a), frame_of(b)
    acts_a, acts_b = acts_of(fa), acts_of(fb)
    if bool(fa.status and fb.status) or any(same_predicate(x, y) or converse(x, y)
                                            or (light(x) and light(y) and not gate) for x in acts_a for y in acts_b):
        return True
    if opened_to_its_users(fa, fb) is not None:
        return True  # "will open to traffic on 2 September" / "Motorists will be able to use the crossing from ..."
    written_a, written_b = ({fa.predicate}, {fb.predicate}) if gate else (acts_a, acts_b)
    return written_in(written_a - LIGHT_ACTS, b.text) or written_in(written_b - LIGHT_ACTS, a.text)


def name_words(claim: Claim) -> frozenset[str]:
    """The capitalised words of the claim's named places, bodies and people ("the port of Antwerp": antwerp): a
    happening's anchors, which two reports of it both write however else they word it."""
    return frozenset(w.lower() for name in claim.entities for w in WORD.findall(name) if w[:1].isupper() and len(w) > 2)


def acts_of(frame) -> set[str]:
    """Every act a frame tells: its main verb and its clauses' verbs."""
    return {frame.predicate, *(c.predicate for c in frame.clauses)} - {""}


def words_before(role: str) -> dict[str, str]:
    """Each content word of a role with the content word written just before it, lowered ("Tram drivers": drivers ->
    tram); no figure, number word or short word as the word before ("the 48 patients")."""
    found = [w.lower() for w in WORD.findall(role)]
    return {noun: before for before, noun in zip(found, found[1:])
            if before not in stop_words() and noun not in stop_words() and before not in LIGHT_WORDS
            and not before.isdigit() and word_number(before) is None and len(before) > 2}


def qualified_apart(a: Claim, role_a: str, b: Claim, role_b: str) -> bool:
    """A noun both roles write, each after a word of its own that the other claim never writes ("headline inflation"
    / "core inflation"; "Tram drivers" / "Bus drivers"): two kinds of one thing."""
    before_a, before_b = words_before(role_a), words_before(role_b)
    words_a, words_b = word_set(a.text), word_set(b.text)
    return any(before_a[noun] not in words_b and before_b[noun] not in words_a
               for noun in before_a.keys() & before_b.keys())


def one_referent(x: str, y: str) -> bool:
    """Two roles that are bare descriptions, a determiner and a generic noun, of one group (frames.toml [referents]:
    "The carrier" / "The airline", "the vessel" / "the tanker"): one referent told in two words, where a claim names
    no one by either."""
    heads = [_described_by(role) for role in (x, y)]
    return all(heads) and heads[0] != heads[1] and any(heads[0] in group and heads[1] in group
                                                       for group in _referent_groups())


_BARE_DESCRIPTION = re.compile(r"(?:the|its|their|this)\s+((?:[a-z-]+\s+)?[a-z-]+)", re.I)


def _described_by(role: str) -> str:
    """The generic noun a bare description is headed by ("The carrier": carrier; "the bulk carrier": bulk carrier, or
    carrier where the two words are no group's); "" where the role is more than a determiner and one or two lower-case
    words."""
    found = _BARE_DESCRIPTION.fullmatch(role.strip())
    if found is None:
        return ""
    words = found.group(1).lower()
    known = {w for group in _referent_groups() for w in group}
    return words if words in known else words.split()[-1] if words.split()[-1] in known else ""


@functools.cache
def _referent_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in frame_words()["referents"]["groups"])


def agendas_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """What one meeting dealt with, told by each claim in words that share none ("Talks between the two ministers focused
    on the joint production of armoured vehicles" / "The two ministers used their meeting mainly to discuss border
    security"; "discussed trade and investment during talks in Hanoi" / "Regional security dominated Monday's talks
    in Hanoi"): (agenda, agenda), two sides' emphasis, a difference (pairs/README: agenda emphasis); else None. Both
    claims name a meeting, a place or party both name, no two days, and neither is negated."""
    if a.negation or b.negation or not (_meeting_told(a.text) and _meeting_told(b.text)):
        return None
    if other_occasions(a, b) or not name_words(a) & name_words(b):
        return None  # two meetings, on two days or of no place or party both name
    agendas = _agenda_of(a.text), _agenda_of(b.text)
    if not all(agendas):
        return None
    words = [{w for w in word_set(t) - stop_words() if len(w) > 2} - _MEETING_WORDS for t in agendas]
    return agendas if all(words) and not words_overlap(*words) else None


_MEETING_WORDS = {"talks", "meeting", "meetings", "summit", "call", "visit", "discussions", "mainly", "largely"}

# what a meeting dealt with: "discussed X", "focused on X", "centred on X", "X dominated"
_AGENDA = re.compile(r"\b(?:discuss(?:ed|es|ing)?|focus(?:ed|sed|es|ing)?\s+(?:\w+ly\s+)?on|cent(?:re|er)d\s+on|"
                     r"concentrated\s+on|dealt\s+with)\s+(?:the\s+)?([^,.;]+)", re.I)
_DOMINATED = re.compile(r"(?:^|,\s*)([^,.;]+?)\s+dominated\b", re.I)


def _agenda_of(text: str) -> str:
    told = _AGENDA.search(text) or _DOMINATED.search(text)
    return re.split(r"\s+(?:during|at|in|on|with|between|after|before|when)\s+", told.group(1))[0] if told else ""


def _meeting_told(text: str) -> bool:
    return bool(re.search(r"\b(?:talks|meeting|summit|meet|met|call|discussions)\b", text, re.I))


def shared_numerals(a: Claim, b: Claim) -> bool:
    """A numeral both write, not a year nor a part of a date ("The 285-120 vote" / "120 voted against it")."""
    return bool(shared_numeral_forms(a) & shared_numeral_forms(b))


def shared_numeral_forms(claim: Claim) -> set[str]:
    """The numerals the claim writes as two claims compare them (no years, no parts of dates, no thousands' commas)."""
    return {n.replace(",", "") for n in counted_numerals(claim)}


LIGHT_ACTS = {"be", "have", "do", "make", "get", "take", "say"}


def written_in(acts: set[str], text: str) -> bool:
    """An act's stem among the text's words ("meet": "meeting"; "end": "ending")."""
    return stem_written(acts, word_set(text))


def parsed(claim: Claim) -> bool:
    """Whether the claims stage read the claim's main predicate (the scoped checks need it)."""
    return bool(claim.predicate)


def difference(similarity, contradiction, reason, basis, values, fact) -> Judgement:
    return Judgement(similarity, True, "differ", contradiction, reason, basis, values, fact)


def one_place_two_scales(slot, fa, fb, settings: Settings) -> bool:
    """A place slot whose places hold one another: "in Budapest" / "in Hungary", one place named at two scales."""
    return slot.name == "place" and places_nested(fa.places, fb.places, settings)


def other_owners(a: Claim, b: Claim, fa, fb) -> bool:
    """The two main acts done by different named actors, neither named in the other claim ("Trump won 24
    percent" / "Cruz won 27 percent"; "CVS wasted 2.2 million doses" / "Walgreens wasted 2.6 million"): each
    figure is its own actor's."""
    owners_a = named_in(fa.agent, a.entities) or bare_name(fa.agent)
    owners_b = named_in(fb.agent, b.entities) or bare_name(fb.agent)
    if not distinct(owners_a, owners_b):
        return False  # "the CDC's 12 million" / "the Centers for Disease Control ...": one owner
    # neither names the other's actor among those it says acted or were acted on (a joint act, a second party);
    # a mention elsewhere ("..., stalling Trump") is no part in the act
    roles_a, roles_b = word_set(f"{fa.agent} {fa.theme}"), word_set(f"{fb.agent} {fb.theme}")
    return not any(word_set(n) & roles_b for n in owners_a) and not any(word_set(n) & roles_a for n in owners_b)


def is_planned(frame) -> bool:
    """Told as to come: "will meet", "is set for"."""
    return frame.future or frame.status == "planned"


def places_differ(fa, fb, settings: Settings) -> bool:
    places = unmatched_places(fa, fb)
    return places is not None and not places_nested(fa.locations, fb.locations, settings)


def places_nested(xs: tuple[str, ...], ys: tuple[str, ...], settings: Settings) -> bool:
    """Every place of one claim lies inside one of the other's, or holds it."""
    return all(any(nested(x, y, settings.place_prominence) for y in ys) for x in xs)


def located_apart(xs: tuple[str, ...], ys: tuple[str, ...], settings: Settings) -> bool:
    """Every place of one claim lies apart from every place of the other."""
    return all(disjoint(x, y, settings.place_apart_km, settings.place_prominence) for x in xs for y in ys)


def other_occasions(a: Claim, b: Claim) -> bool:
    """Both claims dated to the day, and to different days: not the same happening."""
    return dated_apart(a.dates, b.dates, "day")


def figures_of_other_occasions(fa, fb, shown: tuple[str, str]) -> bool:
    """The two figures (as `shown`) are of the main acts, and these are told of weekdays, different ones ("a magnitude
    5.2 earthquake struck on Tuesday" / "a magnitude 4.7 earthquake struck on Thursday"), or at places neither claim
    names of the other, not one inside the other ("buried six houses in Pedra Alta" / "eleven houses in Serra
    Verde"): when and where are dimensions of what a figure measures (issue 16, point 1), so each figure is its own
    day's or place's. The date or place itself is still judged as a slot of its own. Not an age, which one person
    keeps from day to day, nor figures of two acts, one not the main one ("..., which killed 12, followed" / "killed
    9 on Tuesday")."""
    figures = [next((m for m in frame.measures if m.shown == value), None) for frame, value in zip((fa, fb), shown)]
    if any(m is None or m.unit == "age" for m in figures):
        return False
    acts = [m.predicate or frame.predicate for m, frame in zip(figures, (fa, fb))]
    if not (same_predicate(*acts) or all(same_predicate(act, frame.predicate) for act, frame in zip(acts, (fa, fb)))):
        return False
    return dated_apart(fa.dates, fb.dates, "weekday") or unmatched_places(fa, fb) is not None and bool(
        fa.places and fb.places)


def old_and_new(a: Claim, b: Claim) -> bool:
    """A noun both claims write, told as the old one in one ("the previous funding agreement", "its former
    headquarters") and as the new one in the other ("the new funding agreement"): two things of one kind, each with
    what is told of it (frames.toml [another] `old`, `new`)."""
    table = frame_words()["another"]
    told_a, told_b = _aged_nouns(a.text, table), _aged_nouns(b.text, table)
    return any(noun in told_b and told_b[noun] != age for noun, age in told_a.items())


def _aged_nouns(text: str, table) -> dict[str, str]:
    """Each noun within three words after a word of age ("previous", "new"), to "old" or "new"."""
    found = {}
    for age in ("old", "new"):
        words = "|".join(re.escape(w) for w in table[age])
        for told in re.finditer(rf"\b(?:{words})\s+((?:[a-z-]+\s+){{0,2}}[a-z-]+)", text, re.I):
            for noun in told.group(1).lower().split():
                found.setdefault(noun, age)
    return found


def other_years(fa, fb) -> bool:
    """Both main acts dated by a year, and by different years ("was revised to 6% in 2020" / "... in 2021"), or both
    texts told of a year or a yearly season counted from now, different ones ("at this year's festival" / "Last year
    the prize went to"; "this summer" / "last summer"), where no publication date turned them into years: a figure of
    each is of its own year."""
    if dated_apart(fa.dates, fb.dates, "year"):
        return True
    shifts = [{SHIFTS[w.lower()] for w in _RELATIVE_YEAR.findall(f.text)} for f in (fa, fb)]
    return all(shifts) and not shifts[0] & shifts[1]


# a year or a yearly season counted from now ("this year's", "last summer", "next season"; dating.SHIFTS)
_RELATIVE_YEAR = re.compile(
    rf"\b({'|'.join(SHIFTS)})\s+(?:year|season|summer|winter|spring|autumn)(?:['’]s)?\b", re.I)


def dated_apart(xs: tuple[str, ...], ys: tuple[str, ...], granularity: str) -> bool:
    """Both give dates at this granularity, and none of one is any of the other's."""
    dx = [d for d in xs if _granularity(d) == granularity]
    dy = [d for d in ys if _granularity(d) == granularity]
    return bool(dx and dy and not any(_same_date(x, y) for x in dx for y in dy))


def days_differ(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
    """Two clauses' days, compared weekday with weekday and calendar day or month with calendar day or month
    (`dates_differ`), share none (a weekday against a calendar day without its year cannot be told: "Monday" /
    "Oct. 11" may be one day)."""
    pairs = [(x, y) for x in xs for y in ys if (x in WEEKDAYS) == (y in WEEKDAYS)]
    return bool(pairs) and all(dates_differ(x, y) for x, y in pairs)


def two_estimators(fa, fb) -> bool:
    """Each figure is what its own source estimates or puts it at (frames.toml [valuing]: "The auditor estimated the
    cost at 85 million euros" / "The mayor put the cost at 120 million"): two estimates, which differ, not one figure
    told two ways (pairs/README: figures from different sources for an estimate are a difference)."""
    valuing = frame_words()["valuing"]["verbs"]
    sources = [{w for w in word_set(role_identity(f.agent)) - stop_words() if len(w) > 1} for f in (fa, fb)]
    return fa.predicate in valuing and fb.predicate in valuing and all(sources) and not words_overlap(*sources)


def sources_estimating_apart(a, b) -> tuple[str, str] | None:
    """Two claims told by two sources whose names share no word, at least one of them telling its figure as an
    estimate (its main verb one of valuing, frames.toml [valuing]: "put the cost at", or a word of estimating:
    "Police estimated that about 40,000 people joined" / "Organisers said some 120,000 marchers"): (voice, voice), each
    source's figure, which differ, or None. Not a claim's own narration, which is no source of its own."""
    valuing = frame_words()["valuing"]["verbs"]
    estimated = any(c.predicate in valuing or _ESTIMATED.search(c.text) for c in (a, b))
    if not estimated:
        return None
    if not (parsed(a) and parsed(b)):
        return two_sources(a, b)
    voices = _source_of(a, frame_of(a)), _source_of(b, frame_of(b))  # "Copenhagen police put the number at 8,000"
    return voices_apart(a, voices[0], b, voices[1]) if all(voices) else None


def figures_of_two_sources(a: Claim, b: Claim) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((voice, voice), (figure, figure)) where two attributed sources, named apart (`two_sources`), give one measure of
    one happening two values: both claims name one place or body (`name_words`) and not two days, and a figure each of
    one unit and reading, of one period, counting one thing ("a magnitude of 6.4, the Japan Meteorological Agency said"
    / "measured 6.1, according to the US Geological Survey"; "Police put the number of farmers at around 3,000" /
    "Organisers said some 10,000 farmers took part"), neither narrowed to a part nor told of its own holder. Each source
    measures or counts on its own: a difference (pairs/README), not a contradiction, and not two facts."""
    if not (parsed(a) and parsed(b)):
        return None
    fa, fb = frame_of(a), frame_of(b)
    if not (fa.measures and fb.measures) or not name_words(a) & name_words(b) or other_occasions(a, b) \
            or hedge_of(a) or hedge_of(b):
        return None  # (a target or a forecast against a count: `forecasts_of_two_sources` weighs forecasts)
    forecasting = frame_words()["forecast"]["verbs"]
    if any(act in forecasting for frame in (fa, fb) for act in acts_of(frame)):
        return None  # "forecast up to 40 centimetres of snow" / "received 22 centimetres": a forecast and an outcome
    voices = _source_of(a, fa), _source_of(b, fb)
    sources = (voices_apart(a, voices[0], b, voices[1]) or _sources_told_apart(a, voices[0], b, voices[1])) \
        if all(voices) else None
    if sources is None:
        return None
    pair = next(((x, y) for x in fa.measures for y in fb.measures
                 if x.unit == y.unit and x.reading == y.reading and _apart(x, y) and not (x.aside or y.aside)
                 and not (_narrowed(x) or _narrowed(y) or scopes_apart(x, y)) and not periods_differ(x, y)
                 and not read_apart(x, y, fa, fb) and _one_thing_counted(x, a, y, b)
                 and _alone_of_its_unit(x, fa) and _alone_of_its_unit(y, fb)), None)
    return (sources, (pair[0].shown, pair[1].shown)) if pair else None


def _alone_of_its_unit(m, frame) -> bool:
    """The claim tells no other figure of the figure's unit: one measure, not a breakdown of several holders' ("Booker
    received 39 percent, Warren had 38 percent and Harris 12 percent")."""
    return sum(n.unit == m.unit and not n.aside for n in frame.measures) == 1


def _apart(x, y) -> bool:
    """Two figures told differently, not a value inside the other's bound ("3.46 kilograms" / "just under 3.5
    kilograms" may be one weighing); two bounds ("more than 300" / "at least 410") are two sources' own."""
    if x.value == y.value:
        return False
    return not (_inside(x, y) or _inside(y, x))


def _inside(point, bound) -> bool:
    """A figure told as a value, lying within a figure told as a bound or range."""
    if bound.low is None or (bound.low == bound.high and bound.high is not None) or point.low is None:
        return False
    high = float("inf") if bound.high is None else bound.high
    told_exactly = point.high is not None and point.high - point.low <= 0.1 * max(abs(point.value), 1)
    return told_exactly and bound.low <= point.value <= high and _BOUND.search(bound.text) is not None


_BOUND = re.compile(r"\b(?:under|over|below|above|more than|less than|fewer than|at least|at most|up to|nearly|almost|"
                    r"about|around|some|roughly|between|just)\b", re.I)


def _sources_told_apart(a: Claim, voice_a: str, b: Claim, voice_b: str) -> tuple[str, str] | None:
    """Two sources that share a word but are told apart by their nouns, neither written in the other claim ("the state
    weather agency" / "a private weather network": agency, network), else None. (One noun told with two words before it
    may be one source: "Gwynedd council" / "the local council".)"""
    heads = [_source_head(voice) for voice in (voice_a, voice_b)]
    named = {w.lower() for voice in (voice_a, voice_b) for w in WORD.findall(voice) if w[:1].isupper()}
    shared_names = word_set(voice_a) & word_set(voice_b) & (named - {w.lower() for w in ("A", "An", "The")})
    apart = all(heads) and heads[0] != heads[1] and not shared_names and not written_in({heads[0]}, b.text) \
        and not written_in({heads[1]}, a.text)
    return (voice_a, voice_b) if apart else None  # ("the FDA advisory panel" / "FDA advisers": one body's)


def _source_head(voice: str) -> str:
    """A source's noun: its last word before a clause or phrase on it ("A sensor network run by volunteers": network)."""
    before = re.split(r"\s+(?:run|who|which|that|of|in|at|by|from|for|with|based)\b|,", voice.strip(), maxsplit=1)[0]
    words = WORD.findall(before.lower())
    return words[-1] if words else ""


def _narrowed(figure) -> bool:
    """A count narrowed to a part ("800 farmers from Flanders"), not a scale's reading of one happening ("the undersea
    earthquake measured 6.1": frames.toml [scales] `measured`)."""
    return bool(figure.narrowing) and not any(figure.counts in group for group in frame_words()["scales"]["measured"])


def _source_of(claim: Claim, frame) -> str:
    """Who gives the claim's figures: its attributed voice, else the doer of its verb of valuing ("Police put the
    number at around 3,000": frames.toml [valuing]), of measuring ("A sensor network measured 90 micrograms") or of
    forecasting ("The central bank forecasts growth of 3.9 percent"), else ""."""
    if claim.attributed and claim.voice:
        return claim.voice
    table = frame_words()
    valued = frame.predicate in table["valuing"]["verbs"] and _VALUED_AT.search(claim.text)
    # (not "set a record of 2 minutes 19.4 seconds"); "A volunteer network measured 90 micrograms"; "The central bank
    # forecasts growth of 3.9 percent"
    told = valued or frame.predicate in table["valuing"]["measuring"] or frame.predicate in table["forecast"]["verbs"]
    return frame.agent if told else ""


# a figure a verb of valuing puts "at" ("put the number ... at around 3,000")
_VALUED_AT = re.compile(r"\bat\s+(?:[a-z]+\s+){0,2}\d")


def _one_thing_counted(x, a: Claim, y, b: Claim) -> bool:
    """Two figures count one thing: the same noun, two nouns of one happening read on a scale ("tremor" / "earthquake"),
    or one counting no
    noun in a claim that writes the other's ("Police put the number of farmers ... at around 3,000" / "some 10,000
    farmers")."""
    if x.unit not in ("count", "%", "tally") and not x.unit.isupper():
        # a unit of measure says what is measured ("43.2 degrees Celsius"), whatever noun is read beside it; not a sum
        # of money (a currency's code), whose noun tells a tranche from a total, a bid from a price
        return True
    if x.counts and y.counts:
        return x.counts == y.counts or any(x.counts in group and y.counts in group
                                           for group in frame_words()["scales"]["measured"])
    counted, other = (y.counts, a) if y.counts else (x.counts, b)
    return bool(counted) and bool({counted, counted + "s", counted + "es"} & word_set(other.text))  # not "bidding"


def forecasts_of_two_sources(a, b) -> tuple[str, str] | None:
    """Both claims forecast (a hedge among frames.toml [forecast] verbs: "expects", "projected"), each by its own source
    (`two_sources`): "The central bank expects the economy to grow 2.1 percent" / "will expand by 2.6 percent, the
    finance ministry projected"; (voice, voice) or None."""
    if not all(_forecast(c) for c in (a, b)):
        return None
    if not (parsed(a) and parsed(b)):
        return two_sources(a, b)
    voices = _source_of(a, frame_of(a)), _source_of(b, frame_of(b))
    return voices_apart(a, voices[0], b, voices[1]) if all(voices) else None


def _forecast(claim: Claim) -> bool:
    """The claim is told as a forecast: hedged by a verb of forecasting ("expects"), its main verb one ("Nigeria's
    central bank forecasts growth of 3.9 percent"), or attributed to a forecast ("according to a forecast published by
    the finance ministry": frames.toml [forecast] `nouns`)."""
    table = frame_words()["forecast"]
    if claim.hedge:
        return any(claim.hedge.lower().startswith(verb) for verb in table["verbs"])
    if parsed(claim) and frame_of(claim).predicate in table["verbs"] and frame_of(claim).agent:
        return True
    told = _ACCORDING_TO.search(claim.text)
    return bool(told) and any(w in table["nouns"] for w in WORD.findall(told.group(1).lower()))


# the words of an attribution after "according to", up to the next clause: "according to a forecast published by ..."
_ACCORDING_TO = re.compile(r"\baccording to ((?:\w+\W+){1,4})", re.I)


def two_sources(a, b) -> tuple[str, str] | None:
    """(voice, voice) where two claims are told by two attributed sources whose names share no word, neither's head
    noun written in the other claim ("The electoral commission put participation ..." names the other's source; "Chile's
    economy" does not name "Chile's central bank"), else None."""
    if not (a.attributed and b.attributed and a.voice and b.voice):
        return None
    return voices_apart(a, a.voice, b, b.voice)


def voices_apart(a: Claim, voice_a: str, b: Claim, voice_b: str) -> tuple[str, str] | None:
    """(voice, voice) where the two sources' names share no word and neither's head noun is written in the other
    claim, else None."""
    sources = [{w for w in word_set(voice) - stop_words() if len(w) > 1} for voice in (voice_a, voice_b)]
    # a voice's noun, not a noun its "of" or "at" phrase names ("The insurers of the museum": insurers)
    heads = [[_source_head(voice)] if _source_head(voice) else [] for voice in (voice_a, voice_b)]
    # the head written whole, not a prefix of it: "Economists" names no one in "Uruguay's economy"
    if not all(sources) or words_overlap(*sources) or any(w.startswith(h) for head, other in zip(heads, (b, a))
                                                          for h in head for w in word_set(other.text)):
        return None
    return voice_a, voice_b


_ESTIMATED = re.compile(r"\b(?:estimat(?:e|es|ed|ing)|put (?:the|its|their) \w+(?: \w+)? at)\b", re.I)


def role_identity(role: str) -> str:
    """A role's words without the container nouns that say nothing of what it is ("the number of ...")."""
    return " ".join(w for w in word_set(role) if w not in containers())


def distinct(xs: list[str], ys: list[str]) -> bool:
    """Two lists of names, both given, that share no word and of which no name is another's initials or short form
    (`bodies.one_body`: "the Centers for Disease Control and Prevention" / "the CDC")."""
    xs, ys = spelled_out(xs), spelled_out(ys)
    x, y = " ".join(xs), " ".join(ys)
    return bool(xs and ys) and not word_set(x) & word_set(y) and not shortened(word_set(x), word_set(y)) \
        and not any(one_body(p, q) for p in xs for q in ys)


def one_word(x: str, y: str) -> bool:
    """One verb or noun in two forms: the same lemma, a predicate's synonym, or one written as the other's stem
    ("closed" the adjective, "close" the verb)."""
    return x == y or same_predicate(x, y) or written_in({x}, y) or written_in({y}, x)


@functools.lru_cache(maxsize=8192)
def ordinals_written(text: str) -> dict[str, frozenset[str]]:
    """Each noun an ordinal of frames.toml [rank.ordinals] numbers, the next word or the one after it ("the third
    such test"), to the ordinals written before it; the nouns of an act's occurrence ([ordinal] `occurrences`: "the
    first time", "his third campaign appearance") are one noun."""
    table, found = frame_words()["rank"]["ordinals"], {}
    occurrences = frame_words()["ordinal"]["occurrences"]
    words = [w.lower() for w in WORD.findall(text)]
    for at, word in enumerate(words):
        if word in table:
            for noun in words[at + 1:at + 3]:
                noun = noun.removesuffix("s")
                found.setdefault("occurrence" if noun in occurrences else noun, set()).add(word)
    return {noun: frozenset(ordinals) for noun, ordinals in found.items()}


def stages_apart(a: Claim, b: Claim) -> bool:
    """Both claims name a stage of one kind of contest, and none alike ("in Sunday's first round" / "in Sunday's
    runoff", frames.toml [ordinal] `stages`, `named_stages`): two ballots or legs, each with its own results."""
    xs, ys = _stages_named(a.text), _stages_named(b.text)
    return any(ys.get(noun) and not ordinals & ys[noun] for noun, ordinals in xs.items())


@functools.lru_cache(maxsize=8192)
def _stages_named(text: str) -> dict[str, frozenset[str]]:  # a claim's text is read for every pair
    """Each stage noun the text numbers, or names alone ("runoff": the second round), to its ordinals."""
    table = frame_words()["ordinal"]
    found = {noun: set(ordinals) for noun, ordinals in ordinals_written(text).items() if noun in table["stages"]}
    lowered = text.lower()
    for name, (noun, ordinal) in table["named_stages"].items():
        if re.search(rf"\b{re.escape(name)}s?\b", lowered):
            found.setdefault(noun, set()).add(ordinal)
    return {noun: frozenset(ordinals) for noun, ordinals in found.items()}


def person_holding(claim: Claim, numeral: str, settings: Settings) -> str:
    """The one a figure is told of: as written before it (`person_written`), else as the parse reads its owner (a
    relative clause's "who" on a name: "Clinton, who has 44 percent"), or ""."""
    return person_written(claim, numeral, settings) or owner_read(claim, numeral, settings)


def owner_read(claim: Claim, numeral: str, settings: Settings) -> str:
    """The name the claims stage read as the figure's owner (`measures._owner`), not a place."""
    written = re.compile(rf"(?<![\w.,]){re.escape(numeral)}(?![\w])")
    return next((name for m in frame_of(claim).measures if written.search(m.text) for name in m.scope
                 if locate(name, settings.place_prominence) is None), "")


def person_written(claim: Claim, numeral: str, settings: Settings) -> str:
    """The one a figure is told of, named a few words before it ("Biden's 52%", "Trump drew a 52% rating"), or ""
    (a place, or a name after a preposition, before a figure is seldom whose it is: "closed on the New York Stock
    Exchange at $21.63"; nor a name many words before it: "the Pfizer vaccine for children as young as 12")."""
    scored = score_holders(claim.text).get(numeral)
    if scored:
        return scored
    listed = listed_holder(claim.text, numeral)
    if listed and locate(listed, settings.place_prominence) is None:
        return listed
    at = next((m.start() for m in NUMERAL.finditer(claim.text) if m.group() == numeral), -1)  # not "63" of "163"
    holder = holder_of(claim, numeral, at)
    if holder and re.search(rf"\b{re.escape(holder)}(?<=['’]s)\s+$|\b{re.escape(holder)}['’]s?\s+$", claim.text[:at]):
        # "37 percent to Trump's 36 percent": a possessive just before the figure, whatever is before it
        return re.sub(r"['’]s?$", "", holder)
    if not holder or AFTER_PREPOSITION.search(claim.text[:claim.text.find(holder)]) \
            or locate(holder, settings.place_prominence) is not None:
        return ""
    between = claim.text[claim.text.find(holder) + len(holder):at]
    return holder if len(WORD.findall(between)) <= settings.holder_reach_words else ""


@functools.lru_cache(maxsize=8192)
def score_holders(text: str) -> dict[str, str]:
    """The two figures of a score told after a lead between two rivals, each to its holder: the first the subject's,
    the second the object's ("Clinton leads Sanders 47 percent to 44 percent": 47 is Clinton's, though Sanders is
    the name written just before it)."""
    found = score_pattern().search(text)
    return {found.group(3): found.group(1), found.group(4): found.group(2)} if found else {}


@functools.cache
def score_pattern() -> re.Pattern:
    """A lead between two named rivals and its score: "Clinton leads Sanders 47 percent to 44 percent" (not the
    margin words "ahead" and "behind", which need "of": "ahead of Sanders")."""
    words = frame_words()["margin"]
    verbs = "|".join(w for w in words["leading"] + words["trailing"] + frame_words()["holders"]["beating"]
                     if w not in words["adverbs"])
    return re.compile(rf"({_NAME})\s+(?:{verbs})\s+({_NAME}),?\s+(?:by\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)?"
                      rf"\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)")


# a name in a phrase of place or agency, not a figure's holder: "on the New York Stock Exchange", "by Pfizer and
# BioNTech"
AFTER_PREPOSITION = re.compile(r"\b(?:on|at|by|in|for|from|with|of|to)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:and\s+)?)*$")


def possessor(text: str, name: str) -> bool:
    """The name owns what follows it ("President Biden's economic agenda"): a modifier of another thing, as a body
    is in `Claim.bodies`."""
    return bool(re.search(rf"{re.escape(name)}['’]s?\b", text))


# a place where something is, goes or comes from, a few words before it ("in Rome", "from the Greek capital, Athens"),
# not a place whose behalf or interests are told ("on behalf of the United Arab Emirates")
WHERE = re.compile(r"\b(?:in|at|near|from|to|into|toward|towards)\b(?:\W+(?!of\b)\w+){0,3}\W+$", re.I)


# "near the town of Ambato", "in the northern province of Hama": where, through a settlement's or region's noun
WHERE_OF = re.compile(r"\b(?:in|at|near|from|to|into|toward|towards)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|"
                      r"port|province|region|district|county|island|state|municipality)\s+of\s+$", re.I)


def told_where(text: str, place: str) -> bool:
    at = text.find(place)
    return at >= 0 and bool(WHERE.search(text[:at]) or WHERE_OF.search(text[:at]))


# not a numeral in a name ("COVID-19", "F-35")
NUMERAL = re.compile(r"(?<![\w.,])(?<![A-Za-z]-)\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w])")


def counted_numerals(claim: Claim) -> tuple[str, ...]:
    """The numerals the claim writes, not years and not a part of its dates ("March 14")."""
    return numerals_of(claim.text, claim.dates)


@functools.lru_cache(maxsize=8192)
def numerals_of(text: str, dates: tuple[str, ...]) -> tuple[str, ...]:
    """Read once per claim, where a claim is compared with many (`_unread_numbers`, `_lone_numbers`)."""
    return tuple(n for n in NUMERAL.findall(text) if not is_year(n) and not any(n in d for d in dates))


def is_year(numeral: str) -> bool:
    return len(numeral) == 4 and numeral.isdigit() and 1800 <= int(numeral) <= 2100


CAPITALISED = re.compile(rf"\b{_NAME}")


def holder_of(claim: Claim, figure: str, at: int | None = None) -> str:
    """Who the figure written at `at` (else where the text first writes it whole: "63" is not in "163") is told of."""
    if at is None:
        written = re.search(rf"(?<![\w.,]){re.escape(figure)}(?!\w)", claim.text)
        at = written.start() if written else -1
    if at < 0:
        return ""
    start = max(claim.text.rfind(mark, 0, at) for mark in ",;:")
    part = re.split(r"\band\b", claim.text[start + 1:at])[-1]
    named = [(part.rfind(e), e) for e in claim.entities if e in part]
    if named:
        return max(named)[1]
    # a name the recogniser missed ("Rubio 136"), not the sentence's first word ("All 58")
    capitalised = [m.group(0) for m in CAPITALISED.finditer(claim.text, start + 1, at)
                   if m.start() > 0 and m.start() >= at - len(part) and m.group(0).lower() not in CALENDAR_WORDS]
    return capitalised[-1] if capitalised else ""


def hedge_of(claim: Claim) -> str:
    if parsed(claim):
        return claim.hedge
    return "" if claim.certainty == "stated" else claim.certainty


def figure_hedged(claim: Claim, frame, shown: str) -> bool:
    """The claim's hedge covers the figure, unless its verb lies outside the main predicate's clauses ("proposed
    barring Muslims after a shooting that killed 14": no proposal of 14)."""
    own = [m for m in frame.measures if m.shown == shown]
    return bool(hedge_of(claim)) and not (own and all(m.beside_main for m in own))


def hedged_apart(a: Claim, b: Claim, main_a: bool = True, main_b: bool = True) -> bool:
    """One claim hedged and the other not, or either doubted ("could", "reportedly"): no conflict of facts. Two
    plans or intentions ("would vote against" / "would support"; "would cut 4,000 jobs" / "plans to add") are
    two positions, and opposite ones conflict. `main_a`, `main_b`: whether the compared act is among its claim's
    main clauses (`Clause.under_main`); a relative clause or an aside keeps none of its hedge ("The bill, which the
    Senate rejected, would have raised the wage": the rejection is told as done). Two claims on one condition
    compare what each says would follow from it."""
    doubted = (main_a and is_doubted(a)) or (main_b and is_doubted(b))
    if same_condition(a, b):  # "would agree if Washington lifted sanctions" / "rejected it even if they were removed"
        return doubted
    return (main_a and prospective(a)) != (main_b and prospective(b)) or doubted


CONDITION = re.compile(r"\b(if|unless)\b([^,.;]*)", re.I)


def same_condition(a: Claim, b: Claim) -> bool:
    """Both claims state what holds on one condition, most of its words shared ("if Washington lifted all
    sanctions" / "even if Washington removed all sanctions"): the condition hedges neither against the other."""
    ca, cb = CONDITION.search(a.text), CONDITION.search(b.text)
    if not (ca and cb) or ca.group(1).lower() != cb.group(1).lower():  # "unless" is "if not"
        return False
    wa, wb = word_set(ca.group(2)), word_set(cb.group(2))
    return bool(wa and wb) and len(wa & wb) >= 0.5 * len(wa | wb)


def prospective(claim: Claim) -> bool:
    """Hedged, or told as to come ("will cut", "said it would cut", "is set for"): a plan, a forecast or a
    possibility."""
    return bool(hedge_of(claim)) or (parsed(claim) and is_planned(frame_of(claim)))


def uncertain(claim: Claim) -> bool:
    """Doubted, or only on a condition ("would be cancelled if it rains"). A plan is not: called off against will go
    ahead conflict, for a cancellation ends the plan ("The event would go ahead as planned, the firm said" / "the
    event was cancelled")."""
    return is_doubted(claim) or (parsed(claim) and claim.hedge.lower() in condition_words())


def is_doubted(claim: Claim) -> bool:
    """Hedged as possible ("could", "may", "reportedly") or threatened, not as a plan or forecast
    ("would", "expected": a future the other statement may report as done) nor as a condition ("if")."""
    return (parsed(claim) and bool(claim.hedge) and claim.certainty in {"possible", "threatened"}
            and claim.hedge.lower() not in condition_words())


@functools.cache
def condition_words() -> frozenset[str]:
    """The condition words of data/certainty.toml: a condition is no doubt about the fact."""
    data = data_table("certainty.toml")
    return frozenset(w.lower() for w in data.get("hedge", {}).get("possible", {}).get("conditions", []))


def hedge_note(claim: Claim) -> str:
    word = hedge_of(claim)
    return f" “{word}”" if word else ""


def polarity_of(claim: Claim) -> str:
    parts = [claim.hedge, claim.negation, claim.predicate]
    return " ".join(p for p in parts if p)


@functools.lru_cache(maxsize=8192)  # a claim's text is read for every pair it is compared in
def word_set(text: str) -> frozenset[str]:
    """The text's words, lower case, an accent written as a letter and its mark read as the one letter ("Barré")."""
    return frozenset(w for w in WORD.findall(unicodedata.normalize("NFC", text).lower()) if w not in LIGHT_WORDS)


def can_be_same(x: str, y: str, required: bool = False) -> bool:
    """Two subjects (or objects) that can be the same: shared words, prefixes of five letters, or one written as
    the other's initials ("the FDA" / "the Food and Drug Administration", where the words are given in order).

    One side unknown (empty, a pronoun) counts as aligned unless `required`.
    """
    wx, wy = word_set(x), word_set(y)
    if not wx or not wy:
        return not required
    return bool(wx & wy) or bool({w[:5] for w in wx if len(w) >= 5} & {w[:5] for w in wy if len(w) >= 5}) \
        or initialism(x, y)


def named_in(subject: str, entities: tuple[str, ...]) -> list[str]:
    """The entity the subject is, when it is one ("Hamas", "the Senate", "House Speaker Nancy Pelosi": the name
    its title ends in; not "America's employers"), its initials in brackets aside ("The Council for Democratic Change
    (CDC)")."""
    subject = BRACKETED.sub("", subject)
    words = word_set(subject)
    return [e for e in entities if e and words and (words <= word_set(e) or subject.rstrip().endswith(e))]


BRACKETED = re.compile(r"\s*\(\s*[^()]*\)")


def bare_name(role: str) -> list[str]:
    """A role that is a name alone, all its words capitalised, where the recogniser tagged none ("Trump" at a
    sentence's start)."""
    words = role.split()
    return [role] if words and all(w[:1].isupper() and w.lower() not in LIGHT_WORDS for w in words) else []


def clipped(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def offices_of(agent: str) -> list[str]:
    """The offices one person holds that an agent without a name is described by ("the city's mayor": mayor),
    read before any clause on it; the longest where one holds another ("attorney general", not "general")."""
    found = sorted(set(office_pattern().findall(re.split(r"\s*,", agent.lower())[0])), key=lambda o: (-len(o), o))
    return [o for o in found if not any(o != other and o in other for other in found)]


@functools.cache
def office_pattern() -> re.Pattern:
    offices = sorted(frame_words()["offices"]["nouns"], key=len, reverse=True)  # the longest first
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in offices) + r")\b")


def two_things_introduced(x: str, y: str) -> bool:
    """Two objects, one at least introduced as a new thing ("a decree", "an order"), whose words share none ("signed a
    decree" / "vetoed a bill that would have raised fuel subsidies"): two things, each with its act of its own. Not
    "the bill" / "the legislation", which may be one thing told in two words."""
    wx, wy = word_set(x) - stop_words(), word_set(y) - stop_words()
    introduced = any(re.match(r"(?:a|an)\s", role.strip(), re.I) for role in (x, y))
    return bool(wx and wy) and introduced and not words_overlap(wx, wy)


def introduced_as_new(role: str) -> bool:
    """The role brings in a thing the reader does not know yet ("A freight train", "a gunman"), not an amount or a part
    told with "a" ("a dozen people", "a third of the members", "a number of homes": frames.toml [introduced])."""
    found = re.match(r"(?:a|an)\s+(\w+)", role.strip(), re.I)
    return bool(found) and found.group(1).lower() not in frame_words()["introduced"]["not_new"]


_BY = re.compile(r"\bby\b", re.IGNORECASE)


def _parse(text: str):
    """The text parsed on its own, from the parses the process keeps (`nlp.parse_kept`): the topic labels of the
    cluster stage have parsed most claims' texts already, and each is parsed once for every reading below."""
    return nlp.parse_kept((text,))[0]


@functools.lru_cache(maxsize=8192)
def numbers_with_nouns(text: str) -> tuple[tuple[float, str, str, str, float], ...]:
    """(value, the noun's lemma, as written, the verb it is told by, the rounding it is written with: `rounding_of`) of
    each number the text writes, in digits or
    words, right before the common noun it counts or measures ("84 trees", "Forty-eight trees", "22 crew members",
    "2.5 million dollars"): every number told with its unit or counted noun, read or not by the figure readers; not
    a date, a time or a
    year, nor a number inside a name ("Flight 370"), nor one written with a fraction ("three and a half million")."""
    doc = _parse(text)
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or noun.i == 0:
            continue
        group = _number_before(doc, noun.i)
        if group is None:
            continue
        value, start, rounding = group
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        found.append((value, noun.lemma_.lower(), doc[start:noun.i + 1].text,
                      verb.lemma_.lower() if verb is not None else "", rounding))
    return tuple(found)


def _number_before(doc, end: int) -> tuple[float, int, float] | None:
    """(value, first token) of a number written just before the token at `end` ("84", "2.5 million", "forty - eight",
    a word or two describing the noun between: "22 crew members", "48 damaged trees"), or None; none written with a
    fraction or a range ("a half", "3 to 4")."""
    i = end - 1
    while i > 0 and end - i <= 2 and not doc[i].like_num and doc[i].dep_ in ("amod", "compound") \
            and doc[i].pos_ in ("ADJ", "NOUN", "VERB"):
        i -= 1  # "22 crew members", "48 damaged trees"
    tokens = []
    while i >= 0 and (doc[i].like_num or doc[i].text == "-") and len(tokens) < 3:
        tokens.insert(0, doc[i])
        i -= 1
    if not tokens or tokens[0].text == "-" or i >= 0 and (doc[i].lower_ in _FRACTION_BEFORE or doc[i].lower_ in (
            "to", "and", "or") and i > 0 and doc[i - 1].like_num):
        return None
    if any(t.ent_type_ in ("TIME", "ORDINAL") or is_year(t.text) for t in tokens):
        return None
    words = [t for t in tokens if t.text != "-"]
    values = [_plain_value(t) for t in words]
    if None in values or not values[0]:
        return None
    if len(words) == 1:
        return values[0], tokens[0].i, rounding_of(words[0].text)
    if len(words) == 2 and words[1].lower_ in _SCALES:
        scale = _SCALES[words[1].lower_]
        return values[0] * scale, tokens[0].i, rounding_of(words[0].text) * scale
    if len(words) == 2 and len(tokens) == 3 and values[0] >= 20 and values[1] < 10:
        return values[0] + values[1], tokens[0].i, 0.5  # "forty - eight"
    return None


def rounding_of(written: str) -> float:
    """Half the last place a number is written to: "84" 0.5, "200" 50, "1.2" 0.05; a number in words, 0.5."""
    digits = written.replace(",", "")
    if not digits[:1].isdigit():
        return 0.5
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    return 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))


# words before a number that make it a fraction's, a range's end or a part's whole ("a half", "between 3 and", "of 12")
_FRACTION_BEFORE = ("half", "quarter", "between", "-", "of")


def _plain_value(token) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return word_number(token.lower_)


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def parse_ahead(texts) -> None:
    """Parse in one batch the texts the readings below would parse one at a time, those with a word they parse for
    (a passive's "by", a contrast, an order): a batch costs the parser much less per text than one text at a time."""
    wanted = tuple(dict.fromkeys(text for text in texts if _read_by_a_parse(text)))
    nlp.parse_kept(wanted[:nlp.KEPT_PARSES // 2])  # (no more than the kept parses hold with room to spare)


def _read_by_a_parse(text: str) -> bool:
    return bool(_BY.search(text) or _CONTRAST_WORDS.search(text)) or _orders_told(text)


def _orders_told(text: str) -> bool:
    """The text writes a word or phrase of order (`ordered_happenings` parses only such texts)."""
    order, adverbs = frame_words()["order"], frame_words()["order_adverbs"]
    words = set(WORD.findall(text.lower()))
    return bool(words & (set(order) | set(adverbs) | {"once"}) or _ORDER_WORDS.search(text))


@functools.lru_cache(maxsize=8192)
def passive_doers(text: str) -> tuple[tuple[str, str, str], ...]:
    """(verb lemma, doer, what it was done to) for each passive verb the text tells with its doer's "by", wherever
    the parse hangs the "by" (on the verb, or on the state it left the thing in: "had been left unlatched by the
    ground staff"), and whatever clause the parse makes the claim's main one."""
    if not _BY.search(text):
        return ()  # (no parse for a text without a "by")
    found = []
    for token in _parse(text):
        if token.lower_ != "by" or token.dep_ not in ("agent", "prep"):
            continue
        verb = _passive_verb_above(token)
        doer = next((c for c in token.children if c.dep_ == "pobj"), None)
        if doer is None or verb is None or doer.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "CARDINAL"):
            continue
        done_to = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if done_to is None and verb.dep_ in ("relcl", "acl"):
            done_to = verb.head  # "the door, left unlatched by the staff"
        found.append((verb.lemma_.lower(), noun_phrase(doer), noun_phrase(done_to) if done_to is not None else ""))
    return tuple(found)


def _passive_verb_above(by):
    """The passive verb a "by" tells the doer of: its head, or the verb above the state or place the parse hangs it on
    ("left unlatched by", "found in a storeroom by"), within three steps; None where the verb is not passive."""
    head = by.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ == "auxpass" for c in head.children) or head.tag_ == "VBN" and head.dep_ in (
                "acl", "relcl")
            return head if passive or by.dep_ == "agent" else None
        if head.head is head:
            return None
        head = head.head
    return None


@functools.lru_cache(maxsize=8192)
def ordered_acts(text: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """(act, its subject, "before" or "after", the happening it is placed by, that happening's head verb) for every
    act the text orders against another by a clause ("had fled before officers arrived"), or by an adverb of order
    against the act it is joined to and the time that act is told at ("When officers reached the shop, the suspect
    was still inside and only fled afterwards": fled after officers reached the shop), wherever either verb stands."""
    order, adverbs = frame_words()["order"], frame_words()["order_adverbs"]
    if not set(WORD.findall(text.lower())) & (set(order) | set(adverbs)):
        return ()  # (no parse for a text without a word of order)
    found = []
    for verb in _parse(text):
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        for clause in verb.children:
            mark = next((c for c in clause.children if c.dep_ == "mark"), None)
            if clause.dep_ == "advcl" and mark is not None and mark.lower_ in order:
                found.append(_ordered(verb, order[mark.lower_], clause, mark))
        adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
        if adverb is None:
            continue
        # "X, and Y afterwards": Y after X, and after the time X is told at ("when officers arrived")
        placed = _OTHER_SIDE[adverbs[adverb.lower_]]
        for earlier in ([verb.head] if verb.dep_ == "conj" else []) + [verb]:
            when = next((c for c in earlier.children if c.dep_ == "advcl" and _when_of(c) is not None), None)
            if when is not None:
                found.append(_ordered(verb, placed, when, _when_of(when)))
                break
    return tuple(found)


_OTHER_SIDE = {"before": "after", "after": "before"}


def _when_of(clause):
    """The "when" that makes a clause the time of the act it hangs on ("When officers arrived, ..."), or None."""
    return next((m for m in clause.children if m.dep_ in ("advmod", "mark") and m.lower_ == "when"), None)


def _ordered(verb, relation: str, clause, mark) -> tuple[str, str, str, str, str]:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    told = " ".join(t.text for t in clause.subtree if mark is None or t.i != mark.i)
    return (verb.lemma_.lower(), " ".join(t.text for t in subject.subtree) if subject is not None else "", relation,
            told, clause.lemma_.lower())


# -- contrasts: one role's value asserted and another denied -------------------------------------------------------

# words that end a phrase of a contrast's value: a clause on it, a second contrast, an aside
_PHRASE_ENDS = {"who", "which", "that", "whom", "whose", "as", "but", "when", "where", "because", "while", "than",
                "and", "or", "after", "before", "since", "until", "rather", "instead", "not", "despite"}
# the dependencies of a noun in its phrase, through which the value's head is reached from its last word
_WITHIN_PHRASE = {"compound", "amod", "poss", "nmod", "pobj", "prep", "nummod", "det", "case", "appos"}
_VALUE_STARTS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"}


_CONTRAST_WORDS = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\b|\bit\s+(?:was|is|were)\b", re.I)


@functools.lru_cache(maxsize=8192)
def contrasts(text: str) -> tuple[tuple[str, str, str], ...]:
    """(role, asserted value, denied value) for each contrast the text tells of one role's value: "X, not Y", "X and
    not Y", "X rather than Y", "X instead of Y" (the denied value after the asserted one), "not Y but X", and a cleft
    "It was X that ..." (asserted alone, denied ""). The role is the asserted value's preposition or place in its
    clause (frames.toml [contrast] `roles`: "by" the agent, "in" the place, a date's "in" the time). No contrast of
    two acts ("chose to resign rather than be fired"), nor "not only X but Y", "not just", "not yet"."""
    if not _CONTRAST_WORDS.search(text):
        return ()  # (no parse for a text without a word of contrast)
    doc, table, found = _parse(text), frame_words()["contrast"], []
    for token in doc:
        start = _denied_start(doc, token, table)
        if start is not None and _leading(doc, token):
            found.append(_denied_before_its_clause(doc, start, table))
        elif start is not None:
            found.append(_asserted_then_denied(doc, token.i, start, table))
        elif token.lower_ == "not":
            found.append(_denied_then_asserted(doc, token.i, table))
        elif token.lower_ == "it":
            found.append(_cleft(doc, token.i, table))
    return tuple(f for f in found if f is not None)


def _denied_start(doc, token, table) -> int | None:
    """Where the denied value starts when `token` begins a denial ("X, not Y"; "X but not Y"; "X — not Y —"; "Instead
    of Y, X": the index of Y's first word), else None."""
    for marker in table["denying"]:
        end = token.i + len(marker)
        if end >= len(doc) or [t.lower_ for t in doc[token.i:end]] != marker:
            continue
        if marker == ["not"] and (token.i == 0 or doc[token.i - 1].lower_ not in _BEFORE_DENIAL
                                  or doc[end].lower_ in table["not_after"]):
            return None
        return end
    return None


_BEFORE_DENIAL = {",", "and", "but", "—", "–", "-", "("}


def _leading(doc, token) -> bool:
    """The marker opens its sentence ("Instead of Belgrade, ..."; "Rather than the council, it was ...")."""
    return token.i == 0 or token.is_sent_start or doc[token.i - 1].lower_ in (".", "!", "?", ";", ":", '"', "“")


def _value_at(doc, start: int) -> tuple[str, list] | None:
    """(preposition or "", the value's words) of the noun phrase starting at `start`, a preposition first or not;
    None where no noun phrase starts there (a verb: "rather than be fired")."""
    at, preposition = start, ""
    if at < len(doc) and doc[at].pos_ == "ADP":
        preposition, at = doc[at].lower_, at + 1
    if at >= len(doc) or doc[at].pos_ not in _VALUE_STARTS:
        return None
    value = []
    for token in doc[at:at + 8]:
        named = any(t.pos_ in ("NOUN", "PROPN") for t in value)  # ("anyone inside the ministry": on to its noun)
        if token.is_punct or token.lower_ in _PHRASE_ENDS or token.pos_ in ("VERB", "AUX") and token.dep_ not in (
                "amod", "compound") or token.pos_ == "ADP" and token.lower_ != "of" and named:
            break
        value.append(token)
    nominal = any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in ("pobj", "nsubj", "dobj", "attr")
                  for t in value)  # ("not to the favourite": an adjective told as a noun)
    return (preposition, value) if nominal else None


def _role(preposition: str, head, table) -> str:
    """The role a value fills: its preposition's, a date's "time", else its dependency's (frames.toml [contrast])."""
    if head is not None and head.ent_type_ in ("DATE", "TIME"):
        return "time"
    return table["roles"].get(preposition or (head.dep_ if head is not None else ""), preposition or "")


def _asserted_then_denied(doc, marker: int, start: int, table) -> tuple[str, str, str] | None:
    """"X, not Y", "X rather than Y", "X instead of Y": Y's value at `start`, X's before the marker, by Y's
    preposition where Y has one (of the phrases with it, one of Y's entity type: "held in Plovdiv in August rather
    than in Belgrade": Plovdiv), else the noun phrase the marker follows."""
    denied = _value_at(doc, start)
    if denied is None:
        return None
    preposition, denied_words = denied
    end = marker - 1
    while end >= 0 and doc[end].lower_ in (",", "and"):
        end -= 1
    if end < 0:
        return None
    if preposition:
        head = _headed_by(doc, end, preposition, denied_words)
    elif doc[end].pos_ in ("VERB", "AUX"):  # "Smith was charged, not Jones": the verb's subject
        head = next((c for c in doc[end].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        head = _phrase_head(doc[end])
        preposition = head.head.lower_ if head.dep_ == "pobj" else ""
    if head is None:
        return None
    asserted = [t for t in head.subtree if t.i < marker and not t.is_punct and not _in_clause(t, head)]
    return _told(_role(preposition, head, table), asserted, denied_words)


def _headed_by(doc, end: int, preposition: str, denied_words: list):
    """The object of the last phrase with `preposition` before `end` in the sentence, one of the denied value's
    entity type where there is one (a date's phrase is no place's)."""
    sentence_start = doc[end].sent.start
    kind = denied_words[-1].ent_type_
    objects = [c for t in doc[sentence_start:end + 1] if t.lower_ == preposition
               for c in t.children if c.dep_ == "pobj" and c.i <= end]
    typed = [o for o in objects if o.ent_type_ == kind] or [o for o in objects if _kind(o) == _kind(denied_words[-1])]
    return typed[-1] if typed else None


def _kind(token) -> str:
    """A value's kind as the recogniser tells it, where a tagger's slip between two kinds of name ("Accra" an ORG,
    "Lagos" a GPE) does not matter: a time, an amount or a name."""
    return "time" if token.ent_type_ in ("DATE", "TIME") else "amount" if token.ent_type_ in (
        "CARDINAL", "MONEY", "PERCENT", "QUANTITY") else "name"


def _phrase_head(token):
    """The head noun of the phrase `token` ends ("a customs officer in Mombasa": officer)."""
    while token.dep_ in _WITHIN_PHRASE and token.head.i != token.i and token.head.i < token.i + 1:
        if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
            break  # a verb's phrase ("by the council"): its object is the value
        token = token.head
    return token


def _in_clause(token, head) -> bool:
    while token.i != head.i:
        if token.dep_ in ("relcl", "acl", "appos", "cc", "conj") or token.lower_ in ("not", "rather", "than"):
            return True
        token = token.head
    return False


def _denied_before_its_clause(doc, start: int, table) -> tuple[str, str, str] | None:
    """"Instead of Y, X ...", "Rather than Y, it was X that ...": Y's value, and X the first value after the comma of
    Y's preposition and kind (a name of the same entity type where Y has one: "Instead of Belgrade, the championships
    will be held in Plovdiv"), else the clause's subject or a cleft's value ("Instead of the army, the police patrolled
    the streets")."""
    denied = _value_at(doc, start)
    if denied is None:
        return None
    preposition, denied_words = denied
    comma = denied_words[-1].i + 1
    if comma >= len(doc) or doc[comma].lower_ != ",":
        return None
    kind, rest = denied_words[-1].ent_type_, doc[comma + 1:doc[comma].sent.end]
    heads = [t for t in rest if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and not t.is_stop
             and (not preposition or t.dep_ == "pobj" and t.head.lower_ == preposition)]
    head = next((t for t in heads if kind and t.ent_type_ == kind), None) if kind else next(
        (t for t in heads if t.dep_ in ("nsubj", "nsubjpass", "attr") and not t.ent_type_), None)
    if head is None:
        return None
    asserted = [t for t in head.subtree if not t.is_punct and not _in_clause(t, head)]
    role_preposition = head.head.lower_ if head.dep_ == "pobj" else preposition
    return _told(_role(role_preposition, head, table), asserted, denied_words)


def _denied_then_asserted(doc, marker: int, table) -> tuple[str, str, str] | None:
    """"not Y but X" ("went not to the schools but to the police"): Y's value after "not", X's after the "but", with
    the same preposition or none."""
    if marker + 1 >= len(doc) or doc[marker + 1].lower_ in table["not_after"]:
        return None
    denied = _value_at(doc, marker + 1)
    if denied is None:
        return None
    preposition, denied_words = denied
    but = denied_words[-1].i + 1
    if but < len(doc) and doc[but].lower_ == ",":
        but += 1
    if but >= len(doc) or doc[but].lower_ != "but":
        return None
    asserted = _value_at(doc, but + 1)
    if asserted is None or asserted[0] != preposition:
        return None
    head = asserted[1][-1]
    head = denied_words[-1] if head.dep_ in ("conj", "pobj") and not preposition else head
    return _told(_role(preposition, head if preposition else _phrase_head(denied_words[-1]), table), asserted[1],
                 denied_words)


def _cleft(doc, it: int, table) -> tuple[str, str, str] | None:
    """"It was X that/who ...": X asserted for the role the "that" or "who" fills in its clause."""
    if it + 2 >= len(doc) or doc[it + 1].lemma_ != "be":
        return None
    value = _value_at(doc, it + 2)
    if value is None or value[0]:
        return None
    after = value[1][-1].i + 1
    if after >= len(doc) or doc[after].lower_ not in ("that", "who", "which"):
        return None
    return _told(table["roles"].get(doc[after].dep_, doc[after].dep_), value[1], [])


def _told(role: str, asserted: list, denied: list) -> tuple[str, str, str] | None:
    asserted_text, denied_text = (" ".join(t.text for t in words) for words in (asserted, denied))
    if not role or not _value_words(asserted_text) or denied and not _value_words(denied_text):
        return None
    return role, asserted_text, denied_text


def _value_words(value: str) -> frozenset[str]:
    """A value's content words, lowered; a capitalised word kept whatever it is ("May" the month)."""
    return frozenset(w.lower() for w in WORD.findall(value) if w.lower() not in LIGHT_WORDS and not w.isdigit()
                     and (w[:1].isupper() or w.lower() not in stop_words()))


def denied_told(x: tuple[str, str, str], asserted: str) -> bool:
    """The value `asserted` is the one contrast `x` denies, not the one it asserts: it writes a word of the denied
    value that the asserted one lacks, and none of the asserted value's own."""
    _, own, denied = x
    own_words, denied_words, words = _value_words(own), _value_words(denied), _value_words(asserted)
    return bool(words & (denied_words - own_words)) and not words & (own_words - denied_words)


def contrast_told_apart(a: Claim, b: Claim) -> tuple[str, tuple[str, str]] | None:
    """(role, (a's value, b's value)) where one claim asserts for a role of one act the value the other's contrast
    denies (`contrasts`): told in a contrast of its own ("by the agent, not by a customs officer" / "by a customs
    officer, not by the agent"), in a cleft ("It was the department that called for the inquiry"), or, where the two
    tell one act (`acts_align`), as that role of its frame ("will take place in Belgrade"). None where none is."""
    for x, y, flipped in ((a, b, False), (b, a, True)):
        told_y = contrasts(y.text)
        for contrast in contrasts(x.text):
            role, asserted = contrast[0], contrast[1]
            if not contrast[2] or role != "theme" and not _one_thing_acted_on(frame_of(x), frame_of(y)):
                continue  # (a cleft denies nothing; "Trump, not Biden, won the state" / "Biden won the popular vote")
            values = [c[1] for c in told_y if c[0] == role]
            if not any(c[0] == role and c[2] for c in told_y) and acts_align(x, y):
                values += _role_values(frame_of(y), role) + list(_objects_in_role(y.text).get(role, ()))
            hit = next((v for v in values if denied_told(contrast, v)), None)
            if hit is not None:
                return role, (hit, asserted) if flipped else (asserted, hit)
    return None


def replaced_apart(a: Claim, b: Claim) -> tuple[str, tuple[str, str]] | None:
    """(role, (a's value, b's value)) where both claims tell one change of a role's value, away from one value both
    deny, to values of their own ("will finish in Riga rather than Tallinn" / "will end in Vilnius instead of
    Tallinn"; "moved to Tuesday instead of Friday" / "to Thursday rather than Friday"): one change told with two new
    values, which cannot both hold. Not where the thing changed is another's (`_one_thing_acted_on`) or of another
    kind ("the men's final" / "the women's final")."""
    for x in contrasts(a.text):
        for y in contrasts(b.text):
            if x[0] != y[0] or not (x[2] and y[2]) or not _one_thing_acted_on(frame_of(a), frame_of(b)) \
                    or qualified_apart(a, a.text, b, b.text):
                continue  # ("the men's final" / "the women's final": two things changed alike)
            denied_x, denied_y = _value_words(x[2]), _value_words(y[2])
            own_x, own_y = _value_words(x[1]), _value_words(y[1])
            if denied_x and denied_x == denied_y and own_x and own_y and not own_x & own_y \
                    and not (own_x | own_y) & denied_x:
                return x[0], (x[1], y[1])
    return None


def _one_thing_acted_on(fx, fy) -> bool:
    """The thing one frame's act is done to is written in the other's text, or one names none ("the inquiry into the
    footbridge's collapse was ordered" / "It was the department that called for an inquiry into the collapse"; not
    "Trump, not Biden, won the state" / "Biden won the popular vote")."""
    if not (fx.theme and fy.theme):
        return True
    return any(word_set(role_identity(theme)) - stop_words() & word_set(other.text)
               for frame, other in ((fx, fy), (fy, fx)) for theme in (frame.theme, *(c.theme for c in frame.clauses)))


@functools.lru_cache(maxsize=8192)
def _objects_in_role(text: str) -> dict[str, tuple[str, ...]]:
    """Each role (frames.toml [contrast.roles]) to the objects the text's prepositions give it ("held in the park":
    place; "in June": time; "talks with the employers": partner)."""
    table, found = frame_words()["contrast"], {}
    for token in _parse(text):
        if token.dep_ == "pobj" and token.head.pos_ == "ADP" and token.head.lower_ in table["roles"]:
            found.setdefault(_role(token.head.lower_, token, table), []).append(noun_phrase(token))
    return {role: tuple(values) for role, values in found.items()}


def contrast_kept(negative: Claim, positive: Claim) -> bool:
    """The negative claim's denial is a contrast's ("The victims were not tourists but local fishermen") and the
    positive claim asserts the value the contrast asserts, not the one it denies ("the victims were local
    fishermen"): both say the same."""
    return any(denied and denied_told((role, denied, asserted), positive.text)
               for role, asserted, denied in contrasts(negative.text))


def _role_values(frame, role: str) -> list[str]:
    """The values a frame gives a role of its main act and its clauses' (a contrast's role: frames.toml
    [contrast.roles])."""
    if role == "agent":
        return [frame.agent, *(c.agent for c in frame.clauses), *(doer for _, doer, _ in passive_doers(frame.text))]
    told = {"place": frame.places, "time": frame.dates, "theme": (frame.theme,), "recipient": (frame.recipient,)}
    return [value for value in told.get(role, ()) if value]


# -- happenings in order: which of two came first ------------------------------------------------------------------

# verbs that tell only a stage of a happening named by its subject ("the evacuation began", "the sale was
# completed"): no act of their own, the noun is the happening
_STAGE_VERBS = {"be", "have", "do", "begin", "start", "complete", "finish", "end", "take", "come", "happen", "occur",
                "get", "go", "continue", "follow", "precede", "make", "put"}
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_ORDER_WORDS = re.compile(r"\b(?:follow|preced)|\bprior\s+to\b|\bin\s+the\s+wake\s+of\b|\bby\s+the\s+time\b|"
                         r"\bas\s+soon\s+as\b", re.I)


@functools.lru_cache(maxsize=8192)
def ordered_happenings(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(the earlier happening's words, the later one's) for every two happenings the text orders: an act and the clause
    or noun phrase that places it ("began only after the gates had been opened"; "was completed days before Rehak put
    pen to paper"; "resigned after the charges were announced"; "charges made public a day after the mayor's
    resignation"; "prior to", "by the time": frames.toml [order_spans]), an act and one an order verb places it by
    ("The strike followed the collapse of the talks"; "was preceded by"), an act joined by "and then", or one an
    adverb places after a "when" clause (`ordered_acts`). Each happening is read as its words' lemmas (a noun
    of an act read as its verb: "sale" as "sell", labels.toml act_nouns), so that a nominalisation and a passive tell
    the same happening as a verb does. No act denied ("did not leave before ...")."""
    order, adverbs, verbs = frame_words()["order"], frame_words()["order_adverbs"], frame_words()["order_verbs"]
    if not _orders_told(text):
        return ()  # (no parse for a text without a word of order)
    doc, found = _parse(text), []
    for word in doc:
        phrase = _order_phrase_at(doc, word.i)
        if phrase is not None:
            found.extend(_placed_by_span(doc, word.i - 1, phrase[1], phrase[0]))
        elif word.lower_ in order or word.lower_ == "once" and word.dep_ == "mark":
            found.extend(_placed_by_span(doc, word.i - 1, word.i + 1, order.get(word.lower_, "after")))
        if word.pos_ == "VERB" and word.lemma_.lower() in verbs:  # "The strike followed the collapse of the talks"
            found.extend(_placed_by_verb(word, verbs[word.lemma_.lower()]))
        adverb = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
        if word.dep_ == "conj" and adverb is not None:  # "The gates were opened and then the village was evacuated"
            joined = {t.i for t in word.subtree}
            pair = (_lemmas(t for t in word.head.subtree if t.i not in joined), _lemmas(word.subtree))
            found.append(pair if adverbs[adverb.lower_] == "before" else pair[::-1])
    for act, subject, relation, told, head in ordered_acts(text):
        pair = (_lemmas_of(told), _act_of(subject, act))  # (adverbs: "only fled afterwards")
        found.append(pair if relation == "after" else pair[::-1])
    return tuple(dict.fromkeys((earlier, later) for earlier, later in found if earlier and later))


def _order_phrase_at(doc, at: int) -> tuple[str, int] | None:
    """(relation, where the happening starts) where an order phrase of more than one word starts at `at` ("prior to",
    "by the time": frames.toml [order_spans]), else None."""
    for phrase, relation in frame_words()["order_spans"].items():
        words = phrase.split()
        if [t.lower_ for t in doc[at:at + len(words)]] == words:
            return relation, at + len(words)
    return None


def _placed_by_verb(verb, relation: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(earlier, later) of an order verb's two happenings: its subject and object ("The strike followed the collapse
    of the talks": the collapse first), or, told passive, its subject and its doer ("The evacuation was preceded by
    the opening of the gates": the opening first)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    passive = subject.dep_ == "nsubjpass"
    if subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head  # "the strike, which followed the collapse of the talks"
    if not passive:
        other = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        other = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        relation = _OTHER_SIDE[relation]
    if other is None:
        return []
    clause = {t.i for t in verb.subtree}
    subject_words = [t for t in subject.subtree if t.i not in clause or subject.i in clause]
    pair = (_lemmas(other.subtree), _lemmas(subject_words))  # (the subject "after" the other)
    return [pair if relation == "after" else pair[::-1]]


def _placed_by_span(doc, before: int, start: int, relation: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(earlier, later) for the act told before an order word, up to the comma before it, and the happening told after
    it, up to the next comma ("evacuated only after the first lava flows had reached the sea"; "completed days before
    Rehak put pen to paper"); where the order word opens its sentence or clause, the act is told after the comma
    ("After the vote collapsed, the minister resigned"). Read from the words, not the parse, which often hangs such a
    clause on the wrong verb. None where the happening is a time ("before dawn", "after two weeks") or the act is
    denied ("did not leave before ...")."""
    placed = _span(doc, start, 1)
    if not placed or placed[0].ent_type_ in ("DATE", "TIME") or placed[0].like_num \
            or any(t.lemma_.lower() in time_nouns() for t in placed[:2]):
        return []
    if not any(t.pos_ in ("VERB", "AUX") for t in placed) and any(
            t.dep_ == "pobj" and before_someone(t) for t in placed):
        return []  # "testified before Congress", "pleaded guilty before a judge": someone, not a happening
    act = [t for t in _span(doc, before, -1) if not _of_time(t)]  # ("Two weeks after ..., the court broke ...")
    if not act and before > 0 and doc[before].lower_ == ",":  # "The minister resigned on Friday, after the report ..."
        act = [t for t in _span(doc, before - 1, -1) if not _of_time(t)]
    if not act and placed[-1].i + 2 < len(doc) and doc[placed[-1].i + 1].lower_ == ",":
        act = _span(doc, placed[-1].i + 2, 1)  # "After the vote collapsed, the minister resigned"
    if not act or any(t.dep_ == "neg" or t.lower_ in ("never", "not", "n't") for t in act):
        return []
    pair = (_lemmas(placed), _lemmas(act))
    return [pair if relation == "after" else pair[::-1]]


def _of_time(token) -> bool:
    """A word of a span of time ("Two weeks", "days", "shortly"), no part of a happening."""
    return token.ent_type_ in ("DATE", "TIME") or token.like_num or token.lemma_.lower() in time_nouns() \
        or token.pos_ in ("ADV", "DET")


_ASIDE_VERBS = {"say", "tell", "add"}  # an attribution written in the act's span ("Police said the driver fled")


def _span(doc, at: int, step: int) -> list:
    """The words from `at` on (step 1) or back (step -1) to a comma or the sentence's end, without an attribution
    ("Police said the driver fled": the driver fled) nor a clause on the last noun ("..., which")."""
    found = []
    while 0 <= at < len(doc) and not (doc[at].is_punct and doc[at].lower_ not in ("'", "’", "-")) \
            and not (step == 1 and doc[at].lower_ in ("which", "who", "where", "while", "according")):
        found.append(doc[at])
        at += step
    found = found if step == 1 else found[::-1]
    said = [i for i, t in enumerate(found) if t.lemma_.lower() in _ASIDE_VERBS]
    if not said:
        return found
    return found[said[-1] + 1:] if step == -1 else found[:said[0]]


class Happening(frozenset):
    """A happening's words (lemmas), with its acts (its verbs, an act's noun) and its anchors: the words that tell
    which happening it is, its acts and its names, where a word of a participant alone may be any act of it ("the
    court")."""
    anchors: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    told: str = ""  # as written, to show


def _lemmas(tokens, by_noun: bool = True) -> Happening:
    """The happening the words tell; `by_noun`: words that may tell a happening by its noun alone ("after the
    strike"), not a subject's words read apart from its verb."""
    tokens, verbs_of = list(tokens), verbs_of_act_nouns()
    found, anchors, acts = set(), set(), set()
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ in _CONTENT and lemma not in _stage_verbs() | _ASIDE_VERBS and lemma not in stop_words() \
                and len(lemma) > 1 and lemma not in order_words() and t.ent_type_ not in ("DATE", "TIME"):
            word = verbs_of.get(lemma, lemma)
            found.add(word)
            if t.pos_ == "VERB" or lemma in verbs_of:
                acts.add(word)
            if t.pos_ == "PROPN":
                anchors.add(word)
    if by_noun and not any(t.pos_ == "VERB" for t in tokens):  # told by its noun alone ("the strike"): that noun
        anchors |= found
    return _happening(found, anchors | acts, acts, "".join(t.text_with_ws for t in tokens))


def _happening(words, anchors, acts, told: str) -> Happening:
    happening = Happening(words)
    happening.anchors, happening.acts, happening.told = frozenset(anchors), frozenset(acts), told.strip()
    return happening


@functools.cache
def _stage_verbs() -> frozenset[str]:
    """`_STAGE_VERBS` and the verbs whose object is the happening ("held the vote": frames.toml [happening])."""
    return frozenset(_STAGE_VERBS) | frozenset(frame_words()["happening"]["hosting"])


@functools.cache
def order_words() -> frozenset[str]:
    """The words that place a happening, no part of one ("after", "then", "only")."""
    return frozenset(frame_words()["order"]) | frozenset(frame_words()["order_adverbs"]) | {"once", "only"}


def _act_of(subject: str, act: str) -> Happening:
    """The happening of an act and its subject, told apart ("the court" and "break"): the act its anchor, not the
    subject's common nouns."""
    told = _lemmas(_parse(subject), by_noun=False) if subject.strip() else Happening()
    acts = set() if act in _stage_verbs() else {act}  # ("The evacuation began": the evacuation is the happening)
    return _happening(told | acts, told.anchors | acts | (told if not acts else set()), told.acts | acts,
                      f"{subject} {act}")


def _lemmas_of(text: str) -> Happening:
    return _lemmas(_parse(text)) if text.strip() else Happening()


@functools.cache
def verbs_of_act_nouns() -> dict[str, str]:
    """An act's noun -> its verb (labels.toml act_nouns read backwards: "sale of" -> sell)."""
    return {phrase.split()[0]: verb for verb, phrase in reversed(act_nouns().items())}


def one_happening_words(x: frozenset[str], y: frozenset[str]) -> int:
    """How many words of one happening the other writes: one lemma, one stem of five letters ("deputies" / "deputy"),
    or two verbs of one synonym group or of one movement (frames.toml [movement]: "arrived" / "reached")."""
    return len(_words_told(x, y))


def _words_told(x: frozenset[str], y: frozenset[str]) -> set[str]:
    return {w for w in x if any(w == v or _one_stem(w, v) or _stem_of(w, v) or same_predicate(w, v)
                                or _one_movement(w, v) for v in y)}


def _one_stem(x: str, y: str) -> bool:
    """Two words that begin alike, five letters at least and most of the shorter ("deputies" / "deputy", "publish" /
    "publication"; not "immunocompromised" / "immunization")."""
    common = len(os.path.commonprefix((x, y)))
    return common >= 5 and common >= STEM_SHARE * min(len(x), len(y))


# The share of the shorter word two words of one stem begin with alike: "deputies" / "deputy" 5 of 6, "publish" /
# "publication" 5 of 7, "resign" / "resignation" 6 of 6; "immunocompromised" / "immunization" 5 of 12 is two words.
# 0.6, not searched.
STEM_SHARE = 0.6


def _one_happening_told(x: Happening, y: Happening) -> int:
    """`one_happening_words`, where one word alone counts only if it is an act or a name of both ("fled" / "left";
    "Ginostra"), not a participant's common noun, which each of its acts writes ("Two weeks after the judge died, the
    court broke its silence" / "The court seemed to send a signal four days before the judge died": two acts of the
    court)."""
    told = _words_told(x, y)
    if len(told) == 1 and not told & getattr(x, "anchors", frozenset()) or _opposite_acts(x, y) or _other_acts(x, y):
        return 0  # ("after winning the final" / "after losing the final": two happenings)
    return len(told)


def _other_acts(x: frozenset[str], y: frozenset[str]) -> bool:
    """Both happenings told by acts, and none of one's is one of the other's ("the court broke its silence" / "the
    court sent a signal"; "the CDC gave final approval" / "the FDA expanded emergency use"): two happenings, whatever
    participants and story words they share."""
    acts_x, acts_y = getattr(x, "acts", frozenset()), getattr(y, "acts", frozenset())
    return bool(acts_x and acts_y) and not _words_told(acts_x, acts_y)


def _opposite_acts(x: frozenset[str], y: frozenset[str]) -> bool:
    return any(v in opposites_of(w) or w in opposites_of(v) for w in x for v in y)


def _stem_of(x: str, y: str) -> bool:
    """One word the other's stem of four letters or more ("open" / "opening", "vote" / "voting")."""
    shorter, longer = sorted((x, y), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter.removesuffix("e"))


def _one_movement(x: str, y: str) -> bool:
    return any(x in group and y in group for group in frame_words()["movement"]["groups"])


def happenings_ordered_apart(text_a: str, text_b: str) -> tuple[str, str] | None:
    """Two happenings one text puts in one order and the other in the opposite one (`ordered_happenings`: "the
    evacuation began only after the gates had been opened" / "the gates were opened only after the evacuation had
    been completed"): each's earlier happening told in the other's later one and its later in the other's earlier,
    by more words than they share the other way round (two happenings often share their place's name). (earlier,
    later) of a's as written, or None."""
    found = _orders_matched(text_a, text_b, crossed=True)
    return None if found is None else tuple(f"{_shown(earlier)} before {_shown(later)}" for earlier, later in found)


def _shown(happening: frozenset[str]) -> str:
    return getattr(happening, "told", "") or " ".join(sorted(happening))


def happenings_ordered_alike(text_a: str, text_b: str) -> bool:
    """Two happenings both texts put in one order, however either tells them ("The gunman escaped before police
    reached the bank" / "Officers arrived at the bank after the gunman had fled"): one order told from either end."""
    return _orders_matched(text_a, text_b, crossed=False) is not None


# How many times the words two claims' happenings share one way must outnumber those they share the other way: two
# happenings of one story share names both ways (writer23's Bergamo pair shares "Bergamo" and "mayor" the straight
# way and five words crossed; writer24's Slavia pair "Slavia" straight and five crossed). 2, not searched.
ORDER_MARGIN = 2


def _orders_matched(text_a: str, text_b: str, crossed: bool):
    """The first two ordered happenings of each text (`ordered_happenings`) matched earlier to later and later to
    earlier (`crossed`), or earlier to earlier and later to later, each surely one (`_one_happening_told`) and both
    by more than `ORDER_MARGIN` times the words they share matched the other way."""
    for earlier_a, later_a in ordered_happenings(text_a):
        for earlier_b, later_b in ordered_happenings(text_b):
            across = [(earlier_a, later_b), (later_a, earlier_b)]
            along = [(earlier_a, earlier_b), (later_a, later_b)]
            matching, other = (across, along) if crossed else (along, across)
            matched = [_one_happening_told(x, y) for x, y in matching]  # (each happening surely one)
            other = [one_happening_words(x, y) for x, y in other]
            if min(matched) >= 1 and sum(matched) > ORDER_MARGIN * sum(other):
                return (earlier_a, later_a), (earlier_b, later_b)
    return None
