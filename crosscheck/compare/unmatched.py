"""Specifics left unmatched: two claims of like words where a figure, a place, a person, an ordinal or another
specific of one matches none of the other's. Where the two are shown to be one statement told twice (`near_copy_cosine`,
a figure or count both state alike, one act of one set of roles), the specific conflicts; else they may be two facts,
so apart, never an agreement (`left_unmatched`, `specifics_unmatched`, `anchored_specifics`). `judge.py` asks these
after its slot and clause rules found nothing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..config import Settings
from ..figures import word_number
from ..frames import body_nouns, frame_of
from ..gazetteer import as_written, holds, locate, nested
from ..lexicon import (amount_directions, amount_verbs, data_table, opposite_pairs, opposites_of, stop_words,
                       third_person, time_nouns)
from ..predicates import frame_words, light_object_head, opposite_qualities, same_predicate, symmetric_predicates
from ..types import Claim, Judgement
from ..voices import packaged_voicebook
from .align import granularity as _granularity
from .align import (ages_at_two_times, ages_of_two, comparable, fates_apart, holders_part_and_whole, leftover_figures,
                    matched_figures,
                    noun_forms, periods_differ, read_apart, same_place, scopes_apart, slots, stem_written,
                    two_things_acted_on,
                    named_two_ways, nouns_qualified_apart, two_fates, two_variables, unmatched_figures, unmatched_places)
from .align import same_date as _same_date
from .bodies import initialism, one_body
from .readings import (LIGHT_PREDICATES, LIGHT_WORDS, NUMERAL, WORD, acts_of, bare_name, can_be_same, clipped,
                       counted_numerals, dated_apart, days_differ, difference, distinct, figure_hedged,
                       figures_of_two_sources, forecasts_of_two_sources, happenings_ordered_alike, hedge_of,
                       hedged_apart, holder_of, introduced_as_new, located_apart, named_in, numbers_with_nouns,
                       old_and_new, one_place_two_scales, one_referent, one_word, ordinals_written, other_occasions,
                       other_owners, other_years, parsed, person_holding, places_differ, places_nested, possessor,
                       role_identity, rounding_of, shared_numeral_forms, shared_numerals, sources_estimating_apart,
                       stages_apart, told_where, two_estimators, two_things_introduced, word_set)
from .written import CALENDAR_WORDS
from .written import age_holder_name, age_written, gatherings_placed, set_out_from, trip_names


def _finest(places: tuple[str, ...], settings: Settings) -> tuple[str, ...]:
    """A claim's places but those that only hold another it names ("in Hanahan, South Carolina": Hanahan), so that two
    towns of one state named with it are two places."""
    return tuple(x for x in places if not any(holds(x, y, settings.place_prominence) for y in places))


def anchored_specifics(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two claims of one fact tied to one happening by more than like words, one statement told twice
    (`near_copy_cosine`) of one day or a figure both state alike (`_figure_shared`), where each names a place the
    gazetteer puts apart from all the other's, or a body the other names in no form ("greeted 2,000 supporters at a
    rally in Houston" / "Clinton, who told a crowd in Dallas ..., was greeted by 2,000 supporters"; "speeches to
    employees of Goldman Sachs earned her $675,000" / "The $675,000 she was paid for speeches delivered to Morgan
    Stanley"): the specific that differs is the conflict, read in whatever clause it is written."""
    if not (same_fact and parsed(a) and parsed(b)) or hedge_of(a) or hedge_of(b) or other_occasions(a, b):
        return None
    if a.side and b.side and a.side != b.side:
        return None  # two sides' accounts, each naming its own leader or capital for one point
    fa, fb = frame_of(a), frame_of(b)
    anchor = (_figure_shared(fa, fb, settings) or _figures_alike(fa, fb, settings)
              or _told_twice_on_one_day(a, b, cosine, settings))
    if not anchor:
        return None
    # (not people: "Clinton held a 24-point lead" / "Obama held a 28-point lead" are two holders told alike)
    found = places_apart(a, b, settings) or named_unmatched(a, b, "bodies")
    if found is None:
        return None
    what, x, y = found
    basis = _SPECIFIC_BASIS[what]
    return difference(similarity, True, f"{what} cannot both hold: {x} vs {y} (one happening: {anchor})", basis, (x, y),
                   f"{basis}|{a.predicate}")


def numbers_unmatched(a: Claim, b: Claim) -> tuple[str, str] | None:
    """A number each claim writes with one counted noun or unit, told by one act (`numbers_with_nouns`: "84 trees were
    felled" / "Forty-eight trees felled"), each matching no number the other writes, rounding allowed: whatever
    reading the figure readers gave or missed, a specific of one kind unmatched in both, so no agreement (issue 16:
    an agreement is earned)."""
    if not _words_after_numbers(a.text) & _words_after_numbers(b.text):
        return None  # (no parse where no word just after a number is written in both)
    xs, ys = numbers_with_nouns(a.text), numbers_with_nouns(b.text)
    every_a = [(x[0], x[4]) for x in xs] + _numerals(a.text)
    every_b = [(y[0], y[4]) for y in ys] + _numerals(b.text)
    for value, noun, shown, verb, rounding in xs:
        if any(_near((value, rounding), w) for w in every_b):
            continue
        other = next((told for v, n, told, act, r in ys if n == noun and _one_act(verb, act)
                      and not any(_near((v, r), w) for w in every_a)), None)
        if other is not None:
            return shown, other
    return None


@functools.lru_cache(maxsize=8192)
def _words_after_numbers(text: str) -> frozenset[str]:
    """The first four letters of the three words after each number the text writes, in digits or words: where the
    two texts share none, no number of one counts the noun of one of the other (`numbers_with_nouns` reads a counted
    noun at most two words after its number)."""
    words = WORD.findall(text.lower())
    return frozenset(w[:4] for i, word in enumerate(words) if word[:1].isdigit() or word_number(word) is not None
                     for w in words[i + 1:i + 4])


def _one_act(x: str, y: str) -> bool:
    """Two numbers' verbs that may tell one act: one verb or its synonym, or a light verb in either ("were", "had")."""
    return same_predicate(x, y) or x in LIGHT_PREDICATES or y in LIGHT_PREDICATES or not (x and y)


def _numerals(text: str) -> list[tuple[float, float]]:
    """Every numeral the text writes, with the rounding it is written with (`rounding_of`): not a scale after it."""
    return [(float(n.replace(",", "")), rounding_of(n)) for n in NUMERAL.findall(text)]


def _near(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Two (value, rounding) one rounding apart: the rounding either is written with ("$1 trillion" admits "$1.2
    trillion"), or a tenth of the larger, as an estimate would be told ("about 200" / "210")."""
    return abs(x[0] - y[0]) <= max(x[1], y[1], 0.1 * max(abs(x[0]), abs(y[0])))


def _told_twice_on_one_day(a: Claim, b: Claim, cosine: float, settings: Settings) -> str:
    """One statement told twice (`near_copy_cosine`) of one calendar day both write ("In Louisville on March 1" / "at
    a March 1 rally in Lexington"): not "Sanders's victory in Iowa" / "in Nevada", two contests told alike."""
    days = [d for d in a.dates if _granularity(d) == "day"], [d for d in b.dates if _granularity(d) == "day"]
    one_day = any(_same_date(x, y) for x in days[0] for y in days[1])
    return "one statement told twice of one day" if one_day and _near_copy(a, b, cosine, settings) else ""


def _figure_shared(fa, fb, settings: Settings) -> str:
    """A figure of each frame alike in unit, value and reading: a sum of money or a count of one named thing from
    `anchor_count_min` up ("2,000 supporters", "$675,000"); "" if none. Not an age: "the 30-year-old" may be two
    people."""
    for x, y in _measures_alike(fa, fb):
        if x.unit == "count" and not (x.counts and x.counts == y.counts and x.value >= settings.anchor_count_min):
            continue
        if x.unit == "count" or x.unit.isupper():  # a currency's code: "USD"
            return f"{x.shown} in both"
    return ""


def _figures_alike(fa, fb, settings: Settings) -> str:
    """`figures_repeated` figures or more of each frame alike in unit, value, reading and what they count, however small
    ("charged with two other men in a seven-count indictment" / "The seven-count indictment against Barrack ... and
    two other men"): one happening told twice, where one small count alike is often chance; "" if fewer."""
    alike = {x.shown for x, y in _measures_alike(fa, fb) if x.counts == y.counts and x.unit != "age"}
    return f"{', '.join(sorted(alike))} in both" if len(alike) >= settings.figures_repeated else ""


def _measures_alike(fa, fb):
    """(x, y): a figure of each frame alike in unit, value and reading, neither hedged, no tally."""
    return [(x, y) for x in fa.measures for y in fb.measures
            if (x.unit, x.value, x.reading) == (y.unit, y.value, y.reading) and not (x.hedge or y.hedge or x.tally)]


def places_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """Places each claim names that the other names in no form, every one of the one lying apart from every one of
    the other (`located_apart`): not a city against its country."""
    xs, ys = _places_not_in(a, b, settings, inner=True), _places_not_in(b, a, settings, inner=True)
    if not (xs and ys) or any(nested(p, q, settings.place_prominence) for p in xs for q in ys) \
            or not located_apart(tuple(xs), tuple(ys), settings):
        return None  # (a name neither the recogniser nor the gazetteer read is no place to set apart)
    return "places", ", ".join(xs), ", ".join(ys)


def places_at_two_breadths(a: Claim, b: Claim, settings: Settings) -> tuple[str, str] | None:
    """(place, place), as a and b write them, where one claim tells a happening across a whole place ("cases confirmed
    at hospitals across Romania", "throughout Texas") and the other at a place inside it that the first never names
    ("at three hospitals in Bucharest"): the happening's scope told at two breadths, a difference, never one fact
    agreed (pairs/README "broader vs narrower"). Not a place both name."""
    for whole_claim, part_claim in ((a, b), (b, a)):
        for whole in _ACROSS_PLACE.findall(whole_claim.text):
            if locate(whole, settings.place_prominence) is None:
                continue
            parts = [as_written(e, part_claim.text) for e in part_claim.entities
                     if e not in whole_claim.text and told_where(part_claim.text, e)]
            part = next((p for p in parts if p != whole and nested(p, whole, settings.place_prominence)
                         and holds(whole, p, settings.place_prominence)), None)
            if part is not None:
                return (whole, part) if whole_claim is a else (part, whole)
    return None


# a whole place a happening is told across ("across Romania", "throughout the United States", "all over Texas")
_ACROSS_PLACE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def left_unmatched(a: Claim, b: Claim, similarity: float, cosine: float, settings: Settings) -> Judgement | None:
    """Like words with a figure or a place in each that matches none of the other's, or each saying another thing
    rose or fell, where no slot tied them to one happening: never an agreement, and no difference either. Two
    judges read the first run that made these differences: 6 of 7 paired two facts that share a unit ("65-35" in
    the Senate, "254-175" in the House) or two places of one story (where a summit met, the country it
    discussed)."""
    if not (parsed(a) and parsed(b)):
        return None
    fa, fb = frame_of(a), frame_of(b)
    figures = unmatched_figures(fa, fb)
    left = leftover_figures(fa, fb) if figures else None  # a leftover pair is a pair of unmatched figures
    if left and _one_holder(a, b, left[0].text, left[1].text) and not (other_occasions(a, b)
                                                                     or other_owners(a, b, fa, fb)):
        # (the one figure left each, told by two sources, one estimating: two estimates, `_estimates_apart`)
        return _estimates_apart(a, b, left, ([], []), similarity) or _leftover(a, b, fa, fb, left, similarity)
    numbers = _unread_numbers(a, fa, b, fb), _unread_numbers(b, fb, a, fa)
    estimates = _estimates_apart(a, b, figures, numbers, similarity) or _forecasts_apart(a, b, fa, fb, similarity)
    if estimates:
        return estimates
    if sources := sources_apart(a, b, similarity):
        return sources  # one measure, by two sources: a difference, not one figure told twice nor two measures
    told_twice = _told_twice(a, b, figures, numbers, cosine, settings)
    if told_twice:
        reason = f"{'figures' if figures else 'number'} cannot both hold: {told_twice[0]} vs {told_twice[1]} " \
                 f"(one statement told twice)"
        return difference(similarity, True, reason, "figures", told_twice, "number")
    day = _one_day_named(a, b) if figures and figures[0].unit != "tally" and _one_figure_each(a, b, *figures) \
        and not (two_estimators(fa, fb) or two_variables(*figures, fa, fb)) else ""
    if day and not periods_differ(*figures):
        reason = f"figures cannot both hold: {figures[0].shown} vs {figures[1].shown} (one day: {day})"
        return difference(similarity, True, reason, "figures", (figures[0].shown, figures[1].shown), "number")
    if figures:
        reason = f"figures that match nowhere: {figures[0].shown} vs {figures[1].shown} (perhaps two measures)"
        return Judgement(similarity, False, "apart", False, reason)
    gathering = _gathering_placed_apart(a, b, settings)
    if gathering:
        x, y, noun = gathering
        return difference(similarity, True, f"place cannot both hold: {x} vs {y} (one {noun})", "place", (x, y),
                       f"place|{noun}")
    origins = _origins_apart(a, b, settings)
    if origins:
        reason = f"place cannot both hold: set out from {origins[0]} vs {origins[1]} (one trip)"
        return difference(similarity, True, reason, "place", origins, "place|origin")
    finest_a, finest_b = _finest(fa.locations, settings), _finest(fb.locations, settings)
    places = unmatched_places(replace(fa, locations=finest_a), replace(fb, locations=finest_b))
    if places and not places_nested(finest_a, finest_b, settings):  # "in Budapest" / "in Hungary": one place
        if incident := _one_incident(a, b, fa, fb, settings):
            return difference(similarity, True, f"place cannot both hold: {places[0]} vs {places[1]} ({incident})",
                              "place", places, f"place|{fa.predicate}")
        return Judgement(similarity, False, "apart", False,
                         f"places that match nowhere: {places[0]} vs {places[1]} (perhaps two happenings' places)")
    if fa.changed and fb.changed and not can_be_same(fa.changed, fb.changed):  # "deaths have decreased" / "cases dropped"
        return Judgement(similarity, False, "apart", False, f"another thing changed: {fa.changed} vs {fb.changed}")
    if _lone_numbers(a, b, fa, fb, *numbers) and not (hedge_of(a) or hedge_of(b) or other_occasions(a, b)
                                                         or other_owners(a, b, fa, fb)):
        # a forecast against an outcome is no conflict ("would drop to 5.8%" / "ticked up to 6.1%")
        reason = f"number cannot both hold: {numbers[0][0]} vs {numbers[1][0]} (every other number matches)"
        return difference(similarity, True, reason, "figures", (numbers[0][0], numbers[1][0]), "number")
    ages = _ages_of_one_person(a, b, *numbers) if not (hedge_of(a) or hedge_of(b) or other_years(fa, fb)) else None
    if ages:
        reason = f"age cannot both hold: {ages[0]} vs {ages[1]} (one person: {ages[2]})"
        return difference(similarity, True, reason, "figures", ages[:2], f"age|{a.predicate}")
    if all(numbers) and not (len(numbers[0]) == len(numbers[1]) == 1
                             and _parts_of_the_whole(a, numbers[0][0], b, numbers[1][0])):
        # numerals each writes and the other does not, beside no numeral both write
        return Judgement(similarity, False, "apart", False,
                         f"numbers that match nowhere: {', '.join(numbers[0])} vs {', '.join(numbers[1])}")
    names = _unmatched_names(a, fa, b), _unmatched_names(b, fb, a)
    if all(names):  # "Egypt brokered the truce" / "Qatar brokered the truce": perhaps two actors, perhaps two acts
        return Judgement(similarity, False, "apart", False,
                         f"who did it or to whom matches nowhere: {', '.join(names[0])} vs {', '.join(names[1])}")
    return None


def _as_change(m, other) -> tuple[str, str]:
    """(reading, counted thing) of a figure, a level of a noun of growth read as the change of what the other figure
    counts ("economic growth of 4.5 percent" / "the economy to grow by 3.8 percent": one change of the economy)."""
    if m.reading == "level" and m.counts in _GROWTH_NOUNS and other.reading == "change" and other.counts:
        return "change", other.counts
    return m.reading, m.counts


_GROWTH_NOUNS = ("growth", "expansion", "contraction")


def sources_apart(a: Claim, b: Claim, similarity: float) -> Judgement | None:
    """Two sources' figures for one measure of one happening (`readings.figures_of_two_sources`: "Organisers said about
    20,000 cyclists took part" / "police put the number of cyclists at 8,000"), or their forecasts of one variable
    (`_forecasts_apart`): a difference (pairs/README)."""
    found = figures_of_two_sources(a, b)
    if found is None:
        return _forecasts_apart(a, b, frame_of(a), frame_of(b), similarity) if parsed(a) and parsed(b) else None
    (voice_a, voice_b), values = found
    reason = f"figures of one measure by two sources (“{voice_a}” / “{voice_b}”): {values[0]} vs {values[1]}"
    return difference(similarity, False, reason, "figures", values, "figure|sources")


def _estimates_apart(a: Claim, b: Claim, figures, numbers, similarity: float) -> Judgement | None:
    """One figure (or one unread number) each, of one kind, told by two sources at least one of which estimates it
    (`sources_estimating_apart`: "Police estimated that about 40,000 people joined" / "Organisers said some 120,000
    marchers"): two sources' estimates that differ, a difference, never a contradiction (pairs/README)."""
    sources = sources_estimating_apart(a, b)
    if sources is None or hedge_of(a) or hedge_of(b):
        return None
    if figures:
        values = figures[0].shown, figures[1].shown
    elif [len(n) for n in numbers] == [1, 1]:
        values = numbers[0][0], numbers[1][0]
    else:
        return None
    reason = f"figures estimated apart by two sources (“{sources[0]}” / “{sources[1]}”): {values[0]} vs {values[1]}"
    return difference(similarity, False, reason, "figures", values, "estimate")


def _forecasts_apart(a: Claim, b: Claim, fa, fb, similarity: float) -> Judgement | None:
    """A figure each of two sources' forecasts (`forecasts_of_two_sources`) that measure one variable (one unit,
    reading, counted thing and period) and differ: two forecasts, a difference (pairs/README)."""
    sources = forecasts_of_two_sources(a, b)
    pair = next(((x, y) for x in fa.measures for y in fb.measures
                 if (x.unit, *_as_change(x, y)) == (y.unit, *_as_change(y, x)) and x.counts
                 and not periods_differ(x, y) and x.value != y.value), None) if sources else None
    if pair is None:
        return None
    values = pair[0].shown, pair[1].shown
    reason = f"figures forecast apart by two sources (“{sources[0]}” / “{sources[1]}”): {values[0]} vs {values[1]}"
    return difference(similarity, False, reason, "figures", values, "forecast")


def _gathering_placed_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """One gathering each claim names once by the same noun (frames.toml [happening] `gatherings`), placed by "in" or
    "at" in places the other does not write and the gazetteer puts apart ("speaking at a rally in Wilmington, N.C."
    / "told supporters at a rally in Fayetteville, N.C."; "during a town hall meeting in Columbus, Ohio" / "at a town
    hall in Cleveland"): (place, place, noun), a conflict in two claims of one fact not dated apart, whatever the
    hedge of what was said there. Not two sides' accounts, nor a plan ("will hold a rally"), nor places one inside the
    other, nor a noun written twice ("a rally in Reno after a rally in Las Vegas")."""
    if other_occasions(a, b) or a.side and b.side and a.side != b.side:
        return None
    placed = gatherings_placed(a.text, settings.place_prominence), gatherings_placed(b.text, settings.place_prominence)
    for noun, x in placed[0].items():
        y = placed[1].get(noun)
        if y and x not in b.text and y not in a.text and located_apart((x,), (y,), settings) \
                and not nested(x, y, settings.place_prominence):
            return x, y, noun
    return None


def _origins_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str] | None:
    """One trip both claims name alike (`trip_names`: "the Ryanair plane" / "the Ryanair flight") set out from a
    place the other does not write, a few words after a word of departure (frames.toml [happening] `departures`), the
    two places apart ("the Ryanair plane, which was flying from the Greek capital, Athens" / "had boarded the Ryanair
    flight in Rome"): where one trip began, a conflict in two claims of one fact not dated apart. Not "the plane"
    alone, which may be two planes."""
    if other_occasions(a, b) or not trip_names(a.text) & trip_names(b.text):
        return None
    xs = [p for p in _places_not_in(a, b, settings) if set_out_from(a.text, p)]
    ys = [p for p in _places_not_in(b, a, settings) if set_out_from(b.text, p)] if xs else []
    if len(xs) == 1 and len(ys) == 1 and located_apart((xs[0],), (ys[0],), settings):
        return xs[0], ys[0]
    return None


def _ages_of_one_person(a: Claim, b: Claim, left_a: list[str], left_b: list[str]) -> tuple[str, str, str] | None:
    """The one numeral each claim has left, read as the age of one person both name: at least one written as an age
    ("the 52-year-old Sadiq Khan", "died at the age of 92"), the other as an age or bare beside a name or after
    "at" or "as" ("Khan, 45,", "her death on Monday at 89,", "listed by deputies as 36,"); (age, age, person) or
    None. A person's age is one value at one time: not a number of another unit ("45 percent") nor two people's
    ages ("Trump, 70," / "Clinton, 68,")."""
    if len(left_a) != 1 or len(left_b) != 1 or not (left_a[0].isdigit() and left_b[0].isdigit()) \
            or left_a[0] == left_b[0]:
        return None
    x, y = (age_written(claim.text, n) for claim, n in ((a, left_a[0]), (b, left_b[0])))
    if not (x and y) or x == y == "bare" or _ages_told_of_two(a, left_a[0], b, left_b[0]):
        return None
    holders = _age_holder(a, left_a[0], x), _age_holder(b, left_b[0], y)
    shared = holders[0] & holders[1]
    return (left_a[0], left_b[0], " ".join(sorted(shared))) if shared else None


def _ages_told_of_two(a: Claim, numeral_a: str, b: Claim, numeral_b: str) -> bool:
    """The frames read the two numerals as the ages of two people told by nouns of their own ("the driver, 67," / "a
    19-year-old passenger": `ages_of_two`) or of one at two times ("joined the army at the age of 18" / "who died
    aged 90": `ages_at_two_times`)."""
    fa, fb = frame_of(a), frame_of(b)
    ages_a = [m for m in fa.measures if m.unit == "age" and numeral_a in m.text]
    ages_b = [m for m in fb.measures if m.unit == "age" and numeral_b in m.text]
    return any(ages_of_two(x, y, fa, fb) or ages_at_two_times(x, y, fa, fb) for x in ages_a for y in ages_b)


def _age_holder(claim: Claim, numeral: str, how: str) -> set[str]:
    """The words of the name an age is told of, written beside it (`age_holder_name`), else of every person the claim
    names."""
    beside = age_holder_name(claim.text, numeral, how)
    return word_set(beside) if beside else set().union(*(word_set(e) for e in claim.entities if e in claim.incidentals))


def specifics_unmatched(a: Claim, b: Claim, similarity: float, cosine: float, settings: Settings) -> Judgement | None:
    """A specific of one kind each claim states, anywhere in it, that no slot compared and the other does not
    match: opposite qualities ("in a private lunch" / "publicly urged"), two orders of events ("a day after he drew
    criticism" / "the day before"), people or places the other names in no form ("a group backing Bush" / "a group
    backing Rubio"; "flying from Athens" / "boarded in Rome"), a comparison that tells more against one that tells
    less ("twice as likely" / "half as likely"). Never an agreement: an agreement needs every such specific
    matched, not merely unopposed (issue 16). A contradiction where the specifics are opposites (`_OPPOSED`) in two
    claims of one fact, or where the claims are one statement told twice (`near_copy_cosine`); else apart."""
    if not (parsed(a) and parsed(b)):
        return None
    fa, fb = frame_of(a), frame_of(b)
    found = (_acts_opposed(a, b, fa, fb) or _qualities_opposed(fa, fb) or _orders_unmatched(a, b, fa, fb)
             or _comparisons_opposed(a, b)
             or named_unmatched(a, b, "people") or named_unmatched(a, b, "bodies") or named_unmatched(a, b, "names")
             or _others_acted_on(a, b, fa, fb)
             or places_unmatched(a, b, settings) or _holders_swapped(a, b, settings)
             or _ordinals_unmatched(a, b) or _polarities_unmatched(a, b) or _agents_unmatched(a, b, fa, fb)
             or _groups_apart(fa, fb) or _roles_traded(a, b, fa, fb) or _slots_unmatched(fa, fb, settings)
             or _statuses_unmatched(fa, fb)
             or _bounds_unmatched(fa, fb))
    if found is None:
        return None
    what, x, y = found
    theme_x, theme_y = (_theme_of(fa, x, fb), _theme_of(fb, y, fa)) if what == "acts" else ("", "")
    if what == "acts" and (two_things_introduced(theme_x, theme_y)
                           or two_things_acted_on(theme_x, a.text, theme_y, b.text)):
        return Judgement(similarity, False, "apart", False,
                         f"two things acted on: {x} “{clipped(theme_x, 40)}” vs {y} “{clipped(theme_y, 40)}”")
    if what == "acts" and (fates := fates_apart(fa, fb)):
        return Judgement(similarity, False, "apart", False, f"two groups' fates: {fates[0].shown} "
                         f"{fates[0].predicate} vs {fates[1].shown} {fates[1].predicate}")
    swapped = what == "people acted on" and word_set(x) & word_set(b.text) and word_set(y) & word_set(a.text)
    opposed = what in _OPPOSED and not (other_occasions(a, b) or hedged_apart(a, b))
    told_twice = _near_copy(a, b, cosine, settings) and not (hedge_of(a) or hedge_of(b)) and what in _SPECIFIC_BASIS
    placed = _one_figure_placed(a, b, x, settings) if what == "ordinals" else \
        _one_incident(a, b, fa, fb, settings) if what == "places" else ""
    crossed = what == "holders of one figure" and _figures_crossed(a, b, settings) and not (hedge_of(a) or hedge_of(b))
    # (ordinals but of one figure, polarities, doers and roles read from the words alone are never a conflict: see
    # _SPECIFIC_BASIS)
    if not swapped and (opposed or told_twice or placed or crossed):
        # opposites, or one statement told twice (near_copy_cosine): the specific that differs is its conflict
        how = " (one statement told twice)" if told_twice else f" ({placed})" if placed else \
            " (two figures, each told of the other holder)" if crossed else ""
        basis = _SPECIFIC_BASIS.get(what, "ordinal")
        return difference(similarity, True, f"{what} cannot both hold: {x} vs {y}{how}", basis, (x, y),
                       f"{basis}|{a.predicate}")
    return Judgement(similarity, False, "apart", False, f"{what} that match nowhere: {x} vs {y} (not compared, "
                     f"so no agreement)")


def _one_incident(a: Claim, b: Claim, fa, fb, settings: Settings) -> str:
    """Why two claims tell one incident, whose two places then conflict ("The tanker collided with a fishing boat at the
    entrance to the port of Durban early on Sunday, the authority said" / "Early on Sunday a tanker struck a fishing
    boat off Richards Bay, the authority said"; "an armoured cash van was robbed outside a supermarket in Eindhoven
    shortly after 8 a.m., police said" / "Shortly after 8 a.m., three masked men robbed an armoured cash van outside
    a supermarket in Tilburg, police said"): one act (a verb or its synonym) on a thing both name, neither hedged, and
    all else shared: one day and one source, with what the act befell told as known in one claim at least ("The
    tanker"), or one time of day and one source; "" otherwise. Two incidents of one kind, each brought in as new on one
    day ("A tanker hit a boat off Durban" / "A tanker hit a boat off Richards Bay"), may be two; the places must be
    two the gazetteer knows, neither inside the other (`_towns_apart`)."""
    if hedge_of(a) or hedge_of(b) or not same_predicate(fa.predicate, fb.predicate):
        return ""
    if not (a.voice and b.voice and word_set(a.voice) & word_set(b.voice) - stop_words()):
        return ""
    roles_a, roles_b = [r for r in (fa.agent, fa.theme) if r], [r for r in (fb.agent, fb.theme) if r]
    if not _one_doer_and_thing(fa, fb):
        return ""
    one_day = bool(fa.dates) and set(fa.dates) == set(fb.dates)
    known = not (all(introduced_as_new(r) for r in roles_a) and all(introduced_as_new(r) for r in roles_b))
    one_hour = _one_time_of_day(a.text, b.text)
    if not (one_day and known or one_hour):
        return ""
    xs, ys = _places_not_in(a, b, settings), _places_not_in(b, a, settings)
    if not _towns_apart(xs, ys, settings):
        return ""
    when = one_hour or ", ".join(fa.dates)
    return f"one incident: {fa.predicate}, {when}, told by {a.voice}"


def _one_doer_and_thing(fa, fb) -> bool:
    """Every role both frames fill is one thing by its noun ("an armoured cash van" / "an armoured cash van"; not "the
    opposition leader" / "the opposition leader's spokesman"); an intransitive's subject may be the other's doer ("The
    tanker collided with a fishing boat" / "a tanker struck a fishing boat")."""
    shared = [(x, y) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)) if x and y]
    if shared and all(_one_noun(x, y) for x, y in shared):
        return True
    lone, other = (fa, fb) if not fa.agent else (fb, fa) if not fb.agent else (None, None)
    return lone is not None and bool(lone.theme and other.agent) and _one_noun(lone.theme, other.agent)


def _one_noun(x: str, y: str) -> bool:
    """Two roles headed by one noun, or by two nouns of one referent (`one_referent`), their owners aside."""
    heads = [_role_head(r) for r in (x, y)]
    return all(heads) and (heads[0] == heads[1] or one_referent(f"the {heads[0]}", f"the {heads[1]}"))


def _role_head(role: str) -> str:
    """A role's noun: its last word before a phrase or clause on it, after any owner's possessive ("the opposition
    leader's spokesman": spokesman; "a pier at the port of Piraeus": pier)."""
    before = re.split(r"\s+(?:of|in|at|on|with|for|from|by|near|off|who|which|that)\b|,", role.strip(), maxsplit=1)[0]
    words = WORD.findall(re.split(r"['’]s?\s+", before)[-1].lower())
    return words[-1] if words else ""


def _towns_apart(xs: list[str], ys: list[str], settings: Settings) -> bool:
    """Places each claim names, all known to the gazetteer, none inside another ("in Eindhoven" / "in Tilburg", however
    near): where one incident happened, two answers."""
    known = all(locate(p, settings.place_prominence) is not None for p in (*xs, *ys))
    return bool(xs and ys) and known and not any(nested(x, y, settings.place_prominence) for x in xs for y in ys)


# a time of day as written: "8 a.m.", "10:30 pm", "9.30 p.m.", "shortly after 9am"
_TIME_OF_DAY = re.compile(r"\b(\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)", re.I)


def _one_time_of_day(x: str, y: str) -> str:
    """A time of day both texts write alike ("shortly after 8 a.m."), or ""."""
    times_x = {re.sub(r"[\s.]", "", t.lower()) for t in _TIME_OF_DAY.findall(x)}
    times_y = {re.sub(r"[\s.]", "", t.lower()) for t in _TIME_OF_DAY.findall(y)}
    return next(iter(sorted(times_x & times_y)), "")


def _one_day_named(a: Claim, b: Claim) -> str:
    """The day both claims name alike, a weekday or a calendar day, neither hedged nor dated apart: where they give
    one figure each of one kind ("96% effective ..., the drugmaker said Thursday" / "results Moderna released Thursday
    ... 86 percent efficacy"), it is one day's one measure told two ways, so a conflict; "" else. Not ordinals: "the
    first fire" / "the second fire" on one Monday are two of a series (test_judged_pairs)."""
    if hedge_of(a) or hedge_of(b) or other_occasions(a, b):
        return ""
    return next((x for x in a.dates for y in b.dates
                 if _granularity(x) in ("day", "weekday") and _granularity(x) == _granularity(y) and _same_date(x, y)),
                "")


# Specifics that are opposites of each other (an act and its opposite, opposite qualities, more against less) conflict
# in any two claims of one fact (same_fact_threshold) not dated apart, both told as done or both as plans.
_OPPOSED = {"acts", "qualities", "comparisons"}


# The kinds of specific left unmatched that conflict in one statement told twice, each with the finding's basis
# (findings.py words each basis for the reader). The people one act is done to conflict only where neither claim
# names the other's: "Biden met Xi" / "Xi met Biden" is one meeting, whose doer is the roles' to judge. The kinds not
# here (ordinals, polarities, doers of one act, roles traded around a noun: issue 16's positive match) keep a pair from
# agreeing and conflict nowhere: they are read from the words, where "the first time" / "the third time" may be two
# things of a series and a denial may be in other words.
_SPECIFIC_BASIS = {"acts": "opposite", "qualities": "quality", "orders of events": "order", "comparisons": "direction",
                   "people": "agent", "bodies": "agent", "people acted on": "recipient", "places": "place",
                   "holders of one figure": "figures"}


def _slots_unmatched(fa, fb, settings: Settings) -> tuple[str, str, str] | None:
    """A slot both frames fill with values told apart that `_frames` set aside (two verbs, two owners or occasions,
    a forecast: "mentioned in more than 80 broadcasts" / "used in at least 120 broadcasts"): not one value matched,
    so no agreement, and no conflict either; not one place named at two scales ("in Budapest" / "in Hungary")."""
    for slot in slots(fa, fb):
        if (slot.conflict or slot.differs) and not one_place_two_scales(slot, fa, fb, settings):
            return f"{slot.name} values", slot.values[0], slot.values[1]
    return None


def _bounds_unmatched(fa, fb) -> tuple[str, str, str] | None:
    """One figure each claim writes with the same value and unit, each with a bound or estimate word but bounded
    another way, where no slot compared them (other counted nouns): "about 100 types" / "more than 100 strains", "up
    to 100 million Americans" / "some 100 million workers". A bound is no match of an estimate: never an agreement,
    and no conflict either. Not a bare figure against a bound ("at least 13 service members" / "13 troops", "at least
    30" / "30": the lead's judged pairs agree), nor where a slot compared them."""
    for ma in fa.measures:
        for mb in fb.measures:
            if ma.unit == mb.unit and ma.value == mb.value and _bound(ma) != _bound(mb) \
                    and not (_bare(ma) or _bare(mb) or comparable(ma, mb, fa, fb)):
                return "bounds", ma.text, mb.text
    return None


def _bare(measure) -> bool:
    """A figure written without a bound or estimate word: exact ("13") or only its rounding ("$100 million")."""
    return measure.rounded or measure.low == measure.high


def _bound(measure) -> str:
    """"above" for a figure open upwards ("more than 100"), "below" for one from nought ("up to 100"), else ""."""
    return "above" if measure.high is None else "below" if measure.low == 0 < measure.value else ""


def _statuses_unmatched(fa, fb) -> tuple[str, str, str] | None:
    """Each claim tells its happening's status, and the two differ where no conflict was read ("two marches are
    planned" / "organizers scrapped the two marches"): not one status matched, so no agreement."""
    if fa.status and fb.status and fa.status != fb.status and not (fa.negation or fb.negation):
        return "statuses", f"{fa.status} ({fa.predicate})", f"{fb.status} ({fb.predicate})"
    return None


def _agents_unmatched(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """One act (the main verbs, or any two clauses) whose named doers differ, where each claim names the other's
    doer too, so no agent conflict was read: a joint act, a second party, or the doers traded ("Patel raised $3
    million, twice as much as Moreno" / "Moreno raised $3 million, twice as much as Patel"); not a match either way.
    Not acts that parties do together ("met", "talked"), nor light verbs, nor where some clause of the act has one
    doer in both ("Clinton received 49.8% while Sanders received 49.6%" / "Clinton won with 49.8%")."""
    found = None
    for x, y in [(fa, fb)] + [(cx, cy) for cx in fa.clauses for cy in fb.clauses]:
        if not same_predicate(x.predicate, y.predicate) or x.predicate in LIGHT_PREDICATES \
                or {x.predicate, y.predicate} & symmetric_predicates() or bool(x.negation) != bool(y.negation):
            continue
        if role_identity(x.theme) and role_identity(y.theme) and not can_be_same(role_identity(x.theme), role_identity(y.theme)):
            continue  # "passed a budget blueprint" / "advancing the president's vision": acts on two things
        agents_a, agents_b = _named_head(x.agent, a.entities), _named_head(y.agent, b.entities)
        if agents_a and agents_b and not distinct(agents_a, agents_b):
            return None
        if distinct(agents_a, agents_b) and found is None:
            found = ("doers of one act", f"{', '.join(agents_a)} ({x.predicate})",
                     f"{', '.join(agents_b)} ({y.predicate})")
    return found or _written_doers_unmatched(a, b)


def _groups_apart(fa, fb) -> tuple[str, str, str] | None:
    """One act whose doers are groups of one kind told apart by their describing words ("the two foreign ministers" /
    "the two trade ministers"; "state prosecutors" / "federal prosecutors"): two doers, not one."""
    if not same_predicate(fa.predicate, fb.predicate):
        return None
    x, y = fa.agent or fa.theme, fb.agent or fb.theme
    group_x, group_y = _group_kind(x), _group_kind(y)
    if group_x and group_y and group_x[0] == group_y[0] and group_x[1] != group_y[1]:
        return "doers of one act", f"{clipped(x, 40)} ({fa.predicate})", f"{clipped(y, 40)} ({fb.predicate})"
    return None


@functools.lru_cache(maxsize=4096)
def _group_kind(role: str) -> tuple[str, str] | None:
    """A group of people of one office or trade and the one word that says which kind, in lower case ("the two
    foreign ministers": minister, foreign; frames.toml `[groups]`); None for a name (a capitalised word past the
    first), a thing ("unemployment claims" / "jobless claims": other words for one thing) or a group told by several
    words ("the latest weekly figures"). Read for every pair the judge rules on."""
    words = role.split()
    head = _group_nouns().get(words[-1].lower()) if words else None
    if head is None or any(w[:1].isupper() for w in words[1:]):
        return None
    kinds = {w.lower() for w in words[:-1] if w.lower() not in LIGHT_WORDS and word_number(w.lower()) is None
             and w.isalpha()}
    return (head, kinds.pop()) if len(kinds) == 1 else None


@functools.cache
def _group_nouns() -> dict[str, str]:
    """frames.toml `[groups]` nouns by each form a group writes them in: "ministers", "secretaries" (and the singular)."""
    return {form: noun for noun in frame_words()["groups"]["nouns"] for form in noun_forms(noun)}


def _written_doers_unmatched(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """One verb both claims write whose doer each names as written, the name just before it or after its "by"
    ("Speaker Pelosi rejected two of the five" / "were rejected on Wednesday by Minority Leader McCarthy"), where
    the parse gave no roles to compare; not where one names a doer both write for it."""
    x, y = _doers_written(a.text, a.entities), _doers_written(b.text, b.entities)
    for verb in sorted(set(x) & set(y)):
        if distinct(sorted(x[verb]), sorted(y[verb])):
            return ("doers of one act", f"{', '.join(sorted(x[verb]))} ({verb})",
                    f"{', '.join(sorted(y[verb]))} ({verb})")
    return None


@functools.lru_cache(maxsize=8192)
def _doers_written(text: str, entities: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each past form the text writes with a name as its doer: the name just before it ("Pelosi rejected", "McCarthy
    had tapped") or a few words after its "by" ("were rejected on Wednesday by Minority Leader Kevin McCarthy")."""
    found: dict[str, set[str]] = {}
    for name in entities:
        if not name[:1].isupper() or any(c.isdigit() for c in name):
            continue
        written = re.escape(name)
        for verb in re.findall(rf"\b{written}\s+(?:(?:had|has|have)\s+)?([a-z]{{3,}}ed)\b", text):
            found.setdefault(verb, set()).add(name)
        for verb in re.findall(rf"\b(?:was|were|been|being|is|are)\s+([a-z]{{3,}}ed)\s+(?:[\w.,]+\s+){{0,3}}?by\s+"
                               rf"(?:[\w.]+\s+){{0,4}}?{written}\b", text):
            found.setdefault(verb, set()).add(name)
    return {verb: frozenset(names) for verb, names in found.items()}


def _roles_traded(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """An act of either claim whose doer and object the other trades around a noun (`_roles_traded_in_a_noun`)."""
    found = _roles_traded_in_a_noun(a, b, fa)
    if found:
        return "roles", *found
    found = _roles_traded_in_a_noun(b, a, fb)
    return ("roles", found[1], found[0]) if found else None


def _roles_traded_in_a_noun(a: Claim, b: Claim, fa) -> tuple[str, str] | None:
    """An act of one claim whose named doer and named object the other writes the other way round around a noun,
    the object as its owner and the doer after "of" ("Microsoft, which bought Activision" / "Activision's $69 billion
    acquisition of Microsoft"): not a match, whatever the noun (so no conflict either)."""
    for clause in (fa, *fa.clauses):
        doers, objects = (_named_head(role, a.entities) or bare_name(role) for role in (clause.agent, clause.theme))
        for doer in doers:
            for thing in objects:
                if not (thing in b.text and doer in b.text and distinct([doer], [thing])):
                    continue
                owned = rf"\b{re.escape(thing)}['’]s?\s+(?:[\w$.,-]+\s+){{0,4}}of\s+(?:the\s+)?{re.escape(doer)}\b"
                if re.search(owned, b.text):
                    return f"{doer} {clause.predicate} {thing}", f"{thing}'s ... of {doer}"
    return None


def _named_head(role: str, entities: tuple[str, ...]) -> list[str]:
    """The names the role is, not those of a phrase hanging on it ("Vaccine advisers to the US Food and Drug
    Administration" is the advisers, not the FDA)."""
    return [e for e in named_in(role, entities) if not _OF_ANOTHER.search(role[:max(role.find(e), 0)])]


_OF_ANOTHER = re.compile(r"\b(?:to|of|for|from|at|with|in|by)\b", re.I)


def _ordinals_unmatched(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """One noun each claim numbers with an ordinal the other does not give it ("the first time it has weighed in" /
    "the third time the group has taken sides"): one thing placed two ways, or two things of a series
    (frames.toml [ordinal] `sequences`); not one thing told alike, so no agreement, and no conflict either."""
    x, y = ordinals_written(a.text), ordinals_written(b.text)
    for noun in sorted(set(x) & set(y)):
        if not x[noun] & y[noun]:
            return "ordinals", f"{'/'.join(sorted(x[noun]))} {noun}", f"{'/'.join(sorted(y[noun]))} {noun}"
    return None


def _polarities_unmatched(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """A word one claim denies ("its members had not accepted the pay offer") that the other writes and denies nowhere
    ("the pay offer ... was accepted by union members"), where no slot read them as one act asserted and negated (a
    misparse): never an agreement. Not where the
    denying claim also writes the word undenied ("visited the border, after criticism for not having visited"), nor
    where the other denies it in other words ("does not have" / "without"), nor a denied act whose opposite the other
    writes ("found not guilty" / "acquitted")."""
    if _verbs_written(a.text)[0] & _verbs_written(b.text)[0]:
        return None  # an act and its opposite, or one act, both written: the slots and opposites judge them
    for denying, other in ((a, b), (b, a)):
        other_words, other_denies = _plain_words(other.text)
        if other_denies:
            continue
        for text, word in _denials(denying.text):
            if _inflection_written(word, other_words):
                return ("polarities", text, f"{word} (not denied)") if denying is a else \
                    ("polarities", f"{word} (not denied)", text)
    return None


@functools.lru_cache(maxsize=8192)  # a claim's text is read for every pair it is compared in
def _plain_words(text: str) -> tuple[frozenset[str], bool]:
    """The text's words, lower case (its function words too: "no", "none"), and whether it denies anything."""
    words = frozenset(WORD.findall(text.lower()))
    return words, bool(words & _denial_words() or _NEGATION.search(text))


@functools.lru_cache(maxsize=8192)
def _denials(text: str) -> tuple[tuple[str, str], ...]:
    """(the denial as written, the word it denies) for each denial of the text that is not in an aside (a relative
    clause, a question) and whose word the text does not also write undenied."""
    found = []
    for denial in _NEGATION.finditer(text):
        word = denial.group(1).lower()
        rest = text[:denial.start()] + " " + text[denial.end():]
        if not (word in LIGHT_WORDS or _ASIDE_BEFORE.search(text[:denial.start()])
                or _inflection_written(word, set(WORD.findall(rest.lower())))):
            found.append((denial.group(), word))
    return tuple(found)


def _inflection_written(word: str, words: set[str]) -> bool:
    """A form of the word among the words ("charged": "charge", "charges", "charging")."""
    stem = re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 5 else word
    return any(w.startswith(stem) and len(w) - len(stem) <= 3 for w in words)


# a denial inside a question or a relative clause, not the claim's own ("to know which Americans haven't been
# vaccinated", "a resolution, which does not include ..."): a wh-word a few words before it
_ASIDE_BEFORE = re.compile(r"\b(?:which|who|whom|whose|whether|if|when|where|why|how|unless)\b(?:\W+\w+){0,4}\W*$",
                           re.I)


# a negation and the word it denies, past an auxiliary ("not be charged": charged; "never ratified", "didn't attend",
# "would not “bow”"); not "not only", "not just", "whether or not", "if not", "not least" (no denial)
_NEGATION = re.compile(r"(?:\b(?:not|never|no longer)|n[’']t)(?<!\bor not)(?<!\bif not)(?!\W+(?:only|just|least)\b)"
                       r"(?:\W+(?:be|been|being|have|having|yet|ever|even|to|always|also|so|too))*\W+(\w+)", re.I)


@functools.cache
def _denial_words() -> frozenset[str]:
    """Words of a denial other than "not" (certainty.toml [negation]), in their regular forms: one of them in the other
    claim may tell the same denial ("does not have the death penalty" / "states without the death penalty")."""
    table = data_table("certainty.toml")["negation"]
    verbs = {form for verb in (*table["governors"], *table["denials"]) for form in _forms(verb)}
    return frozenset(verbs | {w for w in (*table["pronouns"], *table["determiners"], *table["others"],
                                          *table["governor_nouns"]) if " " not in w})


def _acts_opposed(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """An act one claim tells (its main verb or a clause's) whose opposite (data/opposites.toml) the other writes,
    in whatever form ("signed into law" / "was vetoed"), neither writing the other's side. Not the verbs of an
    amount, whose figures decide."""
    (written_a, done_a), (written_b, done_b) = _verbs_written(a.text), _verbs_written(b.text)
    if not (done_a or done_b):
        return None
    for acts, done, theirs_done, mine, theirs in ((acts_of(fa), done_a, done_b, written_a, written_b),
                                                  (acts_of(fb), done_b, done_a, written_b, written_a)):
        for _, one, other in opposite_pairs():
            for side, opposite in ((one, other), (other, one)):
                told, opposed = sorted(acts & side & done), sorted(opposite & theirs_done)
                if told and opposed and not side & theirs and not opposite & mine:
                    return "acts", told[0], opposed[0]
    return None


def _theme_of(frame, act: str, other) -> str:
    """The object of the frame's act (its main verb's or a clause's); `_acts_opposed` may name the act of either
    frame, so the other's is asked where this one lacks it."""
    for f in (frame, other):
        for told in (f, *f.clauses):
            if told.predicate == act:
                return told.theme
    return ""


@functools.lru_cache(maxsize=8192)
def _verbs_written(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word verbs of opposites.toml (not of an amount) the text writes in a regular form ("veto", "vetoes",
    "vetoed", "vetoing"), and those of them written as done, not after "to" ("needed 60 votes to clear" tells no
    clearing). One written after "not" or "never" tells its opposite ("found not guilty": acquitted). Read once per
    claim, where a claim is compared with many."""
    forms, words = _opposite_forms(), word_set(text)
    written = {verb for word in words for verb in forms.get(word, ())}
    negated = {verb for verb in written if any(re.search(rf"\b(?:not|never) {form}\b", text, re.I)
                                               for form in _forms(verb) if form in words)}
    done = {verb for verb in written - negated if any(re.search(rf"(?<!\bto )\b{form}\b", text, re.I)
                                                      for form in _forms(verb) if form in words)}
    told = {opposite for verb in negated for opposite in opposites_of(verb, denied=True)}
    return frozenset(written - negated | told), frozenset(done | told)


@functools.cache
def _opposite_forms() -> dict[str, frozenset[str]]:
    """Each regular form of a one-word verb of opposites.toml (not of an amount), to the verbs it is a form of."""
    forms: dict[str, set[str]] = {}
    for _, one, other in opposite_pairs():
        for verb in (one | other) - amount_verbs():
            if " " not in verb:
                for form in _forms(verb):
                    forms.setdefault(form, set()).add(verb)
    return {form: frozenset(verbs) for form, verbs in forms.items()}


@functools.lru_cache(maxsize=1024)
def _forms(verb: str) -> frozenset[str]:
    stem = verb[:-1] if verb.endswith("e") else verb[:-1] + "i" if verb.endswith("y") else verb
    return frozenset({verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb + "ing", stem + "ed", stem + "es",
                      stem + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing"})


def _qualities_opposed(fa, fb) -> tuple[str, str, str] | None:
    """Opposite qualities of frames.toml [qualities] the two claims tell of one thing, though their roles did not
    align ("the partial ceasefire" / "the full ceasefire"), or of how anything took place ("in a private lunch" /
    "publicly urged")."""
    manner = frame_words()["qualities"]["manner"]
    found = next(((x, of_x, y, of_y) for x, of_x in fa.qualities for y, of_y in fb.qualities
                  if opposite_qualities(x, y) and (one_word(of_x, of_y) or x in manner)), None)
    return ("qualities", f"{found[0]} ({found[1]})", f"{found[2]} ({found[3]})") if found else None


def _orders_unmatched(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """Each claim places its act after or before a happening, on other sides or by other happenings' verbs; not
    one order told from either end ("won a week after Clinton defeated him" / "Clinton beat him, and a week later
    he won"), nor one happening with each claim's act after it ("approved it after the panel voted" / "the panel
    voted, and the director signed off almost immediately")."""
    if not (fa.order and fb.order) or happenings_ordered_alike(fa.text, fb.text):
        return None  # (one order told from either end in other words: "escaped before police reached the bank" /
        # "officers arrived after the gunman had fled")
    (relation_x, other_x, head_x), (relation_y, other_y, head_y) = fa.order, fb.order
    if relation_x == relation_y and (same_predicate(head_x, head_y) or _told_by_object(head_x, head_y, other_y)
                                     or _told_by_object(head_y, head_x, other_x)):
        return None
    if relation_x == relation_y and (_span_from_its_start(fa, fb) or _span_from_its_start(fb, fa)):
        return None
    if relation_x != relation_y and not same_predicate(head_x, head_y) and (
            _act_told(head_y, a, fa) and _act_told(head_x, b, fb)
            or same_predicate(head_x, fb.predicate) or same_predicate(head_y, fa.predicate)):
        # (one happening, each claim's act on its own side of it, the other's act not told: "approved it hours after
        # the panel voted" / "the panel voted, and the director signed off almost immediately")
        return None
    told = _earlier_happenings_told(other_x, head_x, other_y, head_y) if relation_x == relation_y else ""
    if relation_x == relation_y and (_chained(head_x, fb, a, fa) or _chained(head_y, fa, b, fb) or told == "alike"):
        return None
    # happenings that share a noun may be one told in other words, or two ("after the newspaper published the memo" /
    # "after the newspaper's editor was arrested"): neither agreement nor conflict (not in _SPECIFIC_BASIS)
    what = "earlier happenings" if told == "sharing a noun" else "orders of events"
    return what, f"{relation_x} {clipped(other_x, 40)}", f"{relation_y} {clipped(other_y, 40)}"


def _span_from_its_start(fx, fy) -> bool:
    """One claim places its act after a happening of a stated length ("after a 40-day journey"), the other that long
    after another happening ("some 40 days after launch"): the span told from either end, its start the other's
    happening; one order, not two."""
    happening = re.sub(r"\s+", "", fx.order[1])
    return fy.offset > 0 and any(m.unit == "hour" and re.sub(r"\s+", "", m.text) in happening
                                 and m.low <= fy.offset <= m.high for m in fx.measures)


def _earlier_happenings_told(x: str, head_x: str, y: str, head_y: str) -> str:
    """How the two happenings each act is placed after (or before), each told by its own verb, not opposites ("after
    winning the final" / "after losing the final"), are told: "alike" where the common nouns of one hold all the
    other's ("after being stranded by a storm" / "after a storm trapped them"), one happening in other words;
    "sharing a noun" where they share one but each has its own ("after the river burst its banks" / "after floodwater
    from the river swamped the village", one happening; "after the newspaper published the memo" / "after the
    newspaper's editor was arrested", two); else ""."""
    if head_y in opposites_of(head_x) or head_x in opposites_of(head_y):
        return ""
    def nouns(text: str, head: str) -> set[str]:  # lower-case words: no name ("after Clinton defeated him"), no time
        # ("two days"), not the verb's own forms ("stranded")
        return {w for w in WORD.findall(text) if w.islower() and len(w) >= 4 and w not in time_nouns()
                and w[:-1] not in time_nouns() and not w.startswith(head[:4])} - stop_words() \
            - set(frame_words()["order"])
    told_x, told_y = nouns(x, head_x), nouns(y, head_y)
    if told_x and told_y and (told_x <= told_y or told_y <= told_x):
        return "alike"
    return "sharing a noun" if told_x & told_y else ""


def _chained(head: str, other_frame, claim: Claim, frame) -> bool:
    """One claim's earlier happening is the other's main act, and the other's earlier one is not told in the first:
    a chain of three ("apologised after snapping at a reporter" / "snapped at a reporter after she asked why"), not
    two acts told in either order ("shot down rockets a day after it said ..." / "a day after shooting down rockets,
    it said ...")."""
    if not same_predicate(head, other_frame.predicate):
        return False
    earlier = other_frame.order[2]
    if same_predicate(earlier, frame.predicate):
        return False
    outside = word_set(claim.text.replace(frame.order[1], " "))  # the first claim's words but its own earlier happening's
    return not (stem_written({earlier}, outside) or outside & set(frame_words()["irregular"].get(earlier, ())))


def _told_by_object(act: str, light_verb: str, text: str) -> bool:
    """A light verb's happening is its object's act ("received federal approval": approve)."""
    return light_object_head(light_verb) and stem_written({act}, word_set(text))


def _holders_swapped(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """One figure told of another holder, each holder named in both claims ("Biden's 52% approval is higher than
    Trump's 42%" / "Trump drew a 52% approval rating, above the 42% Biden gets")."""
    held_a, held_b = _held(a, settings), _held(b, settings)
    for numeral in sorted(held_a.keys() & held_b.keys(), key=a.text.find):  # as the first claim writes them
        x, y = held_a[numeral], held_b[numeral]
        if x and y and not word_set(x) & word_set(y) and word_set(x) & word_set(b.text) and word_set(y) & word_set(a.text):
            return "holders of one figure", f"{numeral} ({x})", f"{numeral} ({y})"
    return None


def _one_figure_placed(a: Claim, b: Claim, ordinals: str, settings: Settings) -> str:
    """The figure two ordinals place where both claims write it just after the ordinal ("Rubio in third at 11
    percent" / "Rubio, who placed second with 11 percent": `ordinals_written` reads the numeral as what is
    numbered), neither hedged nor dated apart nor placed in towns apart: one holder of one figure placed two ways,
    so a conflict; "" else."""
    numeral = ordinals.split()[-1]
    if not numeral.isdigit() or hedge_of(a) or hedge_of(b) or other_occasions(a, b) \
            or places_differ(frame_of(a), frame_of(b), settings):
        return ""
    return f"{numeral} placed in both"


def _figures_crossed(a: Claim, b: Claim, settings: Settings) -> bool:
    """Two figures both claims write, each told of one holder in one claim and of the other holder in the other
    ("Biden's 52% approval is much higher than Trump's 42%" / "Trump drew a 52% approval rating, well above the 42%
    that Biden now gets"; "shows Lopez with 47 percent versus Park, who has 44 percent" / "Park leads Lopez 47
    percent to 44 percent"): the two holders traded, a conflict in any two claims of one fact. One figure's holders
    read in both claims and the other's in one suffice (the reader leaves some unread: "Clinton leads Sanders 47
    percent to 44 percent"). Not one figure told of two holders alone, which may be two races or two polls, nor
    polls of other months."""
    if dated_apart(a.dates, b.dates, "month"):
        return False
    held_a, held_b = _held(a, settings), _held(b, settings)
    for m in held_a.keys() & held_b.keys():
        x, y = word_set(held_a[m]), word_set(held_b[m])
        if not (x and y) or x & y:
            continue
        if any(word_set(held_a[n]) & y or word_set(held_b[n]) & x for n in held_a.keys() & held_b.keys() if n != m):
            return True
    return False


@functools.lru_cache(maxsize=8192)  # a claim is read for every pair it is compared in
def _held(claim: Claim, settings: Settings) -> dict[str, str]:
    """Numeral -> the one it is told of ("" when no one), for the claim's percentages (`_shares`) and for the figures
    it lists for two holders or more ("Lopez has 63 delegates and Park has 136"): a count or amount told of each
    rival, where one figure alone is rather of a thing."""
    counted = {n: person_holding(claim, n, settings) for n in counted_numerals(claim)}
    listed = counted if len({h for h in counted.values() if h}) >= 2 and all(counted.values()) else {}
    return {**listed, **{n: counted.get(n) if n in counted else person_holding(claim, n, settings)
                         for n in _shares(claim.text)}}


def _shares(text: str) -> list[str]:
    """The numerals of the text's percentages: a share is held by someone ("Biden's 52%"); an amount of money or a
    count is rather of a thing ("passed a $3.5 trillion blueprint" / "Democrats pushed a $3.5 trillion framework")."""
    return _PERCENT.findall(text)


_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")


def _act_told(act: str, claim: Claim, frame) -> bool:
    """The act is the claim's main one, or written in its words ("win": "Sanders' win")."""
    return same_predicate(act, frame.predicate) or stem_written({act}, word_set(claim.text))


def _comparisons_opposed(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """One claim's comparison tells more ("twice as likely", "a 60% increase"), the other's less ("half as
    likely"), and neither tells both."""
    x, y = _comparisons(a.text), _comparisons(b.text)
    if len(x) == 1 and len(y) == 1 and x != y:
        return "comparisons", next(iter(x)), next(iter(y))
    return None


@functools.lru_cache(maxsize=8192)
def _comparisons(text: str) -> frozenset[str]:
    """"more" and "less" for each comparison the text tells by a ratio (frames.toml [comparison]) or by a
    percentage's change noun ("a 60% increase")."""
    lowered, found = text.lower(), set()
    for side, patterns in _comparison_patterns().items():
        if any(pattern.search(lowered) for pattern in patterns):
            found.add(side)
    return frozenset(found)


@functools.cache
def _comparison_patterns() -> dict[str, tuple[re.Pattern, ...]]:
    table = frame_words()["comparison"]
    directions = amount_directions()  # each amount pair's sides in order: more, then less
    patterns = {}
    for side, index in (("more", 0), ("less", 1)):
        ratios = [w for w in table[side] if not w.endswith("ed")]
        verbs = [w for w in table[side] if w.endswith("ed")]
        nouns = sorted({w for pair in directions[index::2] for w in pair if " " not in w})
        patterns[side] = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, ratios))})\s+as\s+(?:{'|'.join(table['measured'])})\b"),
            re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})\b"),
            re.compile(rf"\d\s*(?:%|percent|per cent)\s+(?:{'|'.join(nouns)})s?\b"),
            *_changed_by_patterns(table, side),
        )
    return patterns


def _changed_by_patterns(table: dict, side: str) -> tuple[re.Pattern, ...]:
    """A verb of multiplying in any form ("will more than double", "doubling", "will halve") and a change by a share
    ("was down by about a fifth", "up by 20%"): frames.toml [comparison]."""
    bare = "|".join(map(re.escape, table[f"{side}_verbs"]))
    inflected = "|".join(f"{third_person(v)}|{v[:-1] if v.endswith('e') else v}ing" for v in table[f"{side}_verbs"])
    markers = "|".join(map(re.escape, table["verb_markers"]))
    shares = "|".join(map(re.escape, table["shares"]))
    about = "|".join(map(re.escape, table["approximately"]))
    directions = "|".join(map(re.escape, table["changed_by"][side]))
    return (re.compile(rf"\b(?:(?:{markers})\s+(?:{bare})|{inflected})\b(?!-)"),
            re.compile(rf"\b(?:{directions})\s+by\s+(?:(?:{about})\s+)?(?:(?:{shares})\b|\d+(?:\.\d+)?\s*(?:%|percent\b))"))


def named_unmatched(a: Claim, b: Claim, kind: str) -> tuple[str, str, str] | None:
    """People (or bodies) each claim names, not its speaker, that the other names in no form ("a ruling by Judge
    Analisa Torres" / "Judge Alvin Hellerstein dismissed"; "The FBI released" / "which the CIA declassified").
    Not across two sides' accounts, where each names its own leader for one shared point ("President Trump
    stressed" / "President Zelensky stressed")."""
    if a.side and b.side and a.side != b.side:
        return None
    x = _named_not_in(a, b, kind)
    y = _named_not_in(b, a, kind) if x else []
    return (kind, ", ".join(x), ", ".join(y)) if x and y else None


def _others_acted_on(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """One act done to a person each claim names in its object, the one not in the other's object, though the other
    may name them elsewhere ("fired Commissioner Andrew Saul" / "dismissed the deputy commissioner, David Black,
    but kept Saul")."""
    if not same_predicate(fa.predicate, fb.predicate):
        return None
    x, y = _people_in(a, fa.theme), _people_in(b, fb.theme)
    if not (x and y) or any(word_set(p) & word_set(q) for p in x for q in y):
        return None
    if fa.predicate in symmetric_predicates() and all(word_set(p) & word_set(fb.agent) for p in x) \
            and all(word_set(q) & word_set(fa.agent) for q in y):
        return None  # "Biden met Xi" / "Xi met Biden": parties of an act done together, told from either side
    return "people acted on", ", ".join(x), ", ".join(y)


def _people_in(claim: Claim, role: str) -> list[str]:
    """The people's names (not the dates nor numbers of `incidentals`) the role holds."""
    return [e for e in claim.entities if e in claim.incidentals and e in role]


def _named_not_in(claim: Claim, other: Claim, kind: str) -> list[str]:
    """Not the claim's speaker where the other has one too: two sources for one fact ("Psaki said" / "an aide
    said") are no two facts; not a body the other names by its initials ("the CDC")."""
    speaker = word_set(claim.voice) if other.voice else set()
    # "names": written as a person's, whether the recogniser read it as a person or as a body ("midfielder Tomas
    # Varga" / "defender Lukas Horvath"); not a body against a person ("Congress" / "Nancy Pelosi": other kinds)
    named = {"people": claim.incidentals, "bodies": claim.bodies}.get(kind, (*claim.incidentals, *claim.bodies))
    among = [e for e in claim.entities if e in named and not word_set(e) & speaker and not possessor(claim.text, e)
             and (kind != "names" or _written_as_a_person(e))]
    if not among:
        return []
    return [e for e in names_not_in(claim, claim.text, other, like_names=True, among=among)
            if not any(initialism(e, o) for o in other.entities)]


def _written_as_a_person(name: str) -> bool:
    """Two or three capitalised words, none a body's noun (reporting.toml `body_nouns`): "Lukas Horvath", not
    "Congress" nor "the Ferencvaros Football Club"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                        for w in words) and not any(w.lower() in body_nouns() for w in words)


def places_unmatched(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """Places each claim names, in whatever phrase, that the other names in no form and that do not hold one
    another ("flying from Athens" / "boarded the flight in Rome")."""
    x = _places_not_in(a, b, settings)
    y = _places_not_in(b, a, settings) if x else []
    if not (x and y) or any(nested(p, q, settings.place_prominence) for p in x for q in y):
        return _unread_place_unmatched(a, b, settings) or _unread_place_unmatched(b, a, settings, swap=True)
    return "places", ", ".join(x), ", ".join(y)


def _unread_place_unmatched(a: Claim, b: Claim, settings: Settings, swap: bool = False) -> tuple[str, str, str] | None:
    """A name one claim writes where something is ("the collapse at Surfside"), that neither the recogniser nor the
    gazetteer read and the other does not write, against a town or city the other names and the first does not
    ("the collapse in Fort Lauderdale"): two places at the finest scale each gives, neither matched. Never an
    agreement; no conflict either (the unread name may be a building or a district inside the town)."""
    unread = [name for name in _names_after_where(a.text) if name not in b.text
              and not any(name in e or e in name for e in a.entities)]
    towns = [e for e in _towns(b, settings) if e not in a.text]
    if not (unread and towns):
        return None
    pair = unread[0], towns[0]
    return "unread places", *(pair[::-1] if swap else pair)


@functools.lru_cache(maxsize=8192)  # a claim is read for every pair it is compared in
def _towns(claim: Claim, settings: Settings) -> tuple[str, ...]:
    """The claim's names of a town or city that it writes as where something is ("in Fort Lauderdale")."""
    return tuple(e for e in claim.entities if told_where(claim.text, e) and getattr(
        locate(as_written(e, claim.text), settings.place_prominence), "latitude", None) is not None)


@functools.lru_cache(maxsize=8192)
def _names_after_where(text: str) -> tuple[str, ...]:
    """Capitalised words in a row just after "in", "at", "near" or "from" ("at Surfside"), not a month or weekday."""
    return tuple(m.group(1) for m in _NAME_AFTER_WHERE.finditer(text) if m.group(1).lower() not in CALENDAR_WORDS)


_NAME_AFTER_WHERE = re.compile(r"\b(?:in|at|near|from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b")


def _places_not_in(claim: Claim, other: Claim, settings: Settings, inner: bool = False) -> list[str]:
    """The claim's places, each as written with its state or country after a comma ("Wilmington, N.C."), that the
    other names in no form and that hold none of the other's own places nor lie in one. A place both name is no
    other's own: "near Latacunga in central Ecuador" / "near Loja in southern Ecuador" are two towns of one country.
    `inner`: a place lying in one of the other's is kept, for the other may name a place of its own inside that one
    too ("near Katowice" / "outside Lublin, in eastern Poland": two towns of one country, the country no place
    apart)."""
    among = [e for e in claim.entities if told_where(claim.text, e) and not _INITIALS.fullmatch(e)
             and locate(as_written(e, claim.text), settings.place_prominence) is not None]
    if not among:
        return []
    theirs = [as_written(o, other.text) for o in other.entities if not word_set(o) <= word_set(claim.text)]
    related = functools.partial(holds if inner else nested, prominence=settings.place_prominence)
    return [as_written(e, claim.text) for e in names_not_in(claim, claim.text, other, like_names=True, among=among)
            if not any(related(as_written(e, claim.text), o) for o in theirs)]


_INITIALS = re.compile(r"[A-Z]{2,5}")  # "CNN", "NBC": a body's initials, whatever place shares them


def _unread_numbers(claim: Claim, frame, other: Claim, other_frame) -> list[str]:
    """Numerals the claim writes, outside its dates, years and figures the other's match, that the other claim does
    not write: a figure the reader could not place ("Kasich has 63 delegates, Rubio 136 and Cruz 370")."""
    theirs = {n.replace(",", "") for n in NUMERAL.findall(other.text)}
    matched = set(NUMERAL.findall(" ".join(matched_figures(frame, other_frame))))
    return [n for n in counted_numerals(claim) if n.replace(",", "") not in theirs and n not in matched]


def _leftover(a: Claim, b: Claim, fa, fb, figures, similarity: float) -> Judgement:
    """The one figure each claim has left once every other is paired: one variable told two ways."""
    x, y = figures
    name = {"age": "age", "hour": "duration"}.get(x.unit, "figure")
    hedged = figure_hedged(a, fa, x.shown) or figure_hedged(b, fb, y.shown)
    reason = (f"{name} {'stated differently' if hedged else 'cannot both hold'}: {x.shown} vs {y.shown} "
              f"(every other figure matches){' (one hedged)' if hedged else ''}")
    return difference(similarity, not hedged, reason, "figures", (x.shown, y.shown),
                   f"{name}|{x.unit}|{x.counts or y.counts}|{x.predicate}")


def _told_twice(a: Claim, b: Claim, figures, numbers, cosine: float, settings: Settings) -> tuple[str, str] | None:
    """The two values, as shown, of one statement told twice with one figure (or else one unread number) each
    that the other does not match, or None."""
    if not _near_copy(a, b, cosine, settings) or hedge_of(a) or hedge_of(b):
        return None
    if two_fates(a.predicate, b.predicate):
        return None  # "destroyed 85 houses" / "damaged 140 houses": two groups, each with its fate
    if nouns_qualified_apart(frame_of(a), frame_of(b)):
        return None  # "arriving passengers" / "departing passengers": two variables
    if places_at_two_breadths(a, b, settings) or old_and_new(a, b) or holders_part_and_whole(frame_of(a), frame_of(b)):
        # "across Spain" / "at Madrid's airport": a whole place's figure and a part's; "the previous agreement" /
        # "the new agreement": two things; "the aquarium hall at the zoo" / "the zoo": a part's count and the whole's
        return None
    if figures and (periods_differ(*figures) or _part_and_whole(a, b, *figures)
                    or named_two_ways(*figures, frame_of(a), frame_of(b)) or read_apart(*figures, frame_of(a), frame_of(b))):
        # "13,000 cases in a two-week period" / "9,195 cases this week"; "340 homes in Tewkesbury" / "Across
        # Gloucestershire, 1,200 homes ..., with Tewkesbury among the worst-hit places": a part and its whole
        return None
    if figures and _one_figure_each(a, b, *figures):
        return figures[0].shown, figures[1].shown
    if figures:
        pair, numerals = (figures[0].shown, figures[1].shown), (_first_numeral(figures[0].text),
                                                                _first_numeral(figures[1].text))
    elif [len(n) for n in numbers] == [1, 1] and not _numerals_read_apart(a, numbers[0][0], b, numbers[1][0]):
        pair = numerals = (numbers[0][0], numbers[1][0])
    else:
        return None
    return pair if _one_numeral_each_of_one_unit(a, b, *numerals) else None


def _numerals_read_apart(a: Claim, x: str, b: Claim, y: str) -> bool:
    """The figures the two numerals are written in measure variables apart (`read_apart`: "rose 4 percent from
    December" / "27 percent higher than a year earlier"; "11 million in August" / "124 million over the past twelve
    months": two periods), though the alignment paired neither."""
    fa, fb = frame_of(a), frame_of(b)
    return any(read_apart(ma, mb, fa, fb) or periods_differ(ma, mb) for ma in fa.measures if x in NUMERAL.findall(ma.text)
               for mb in fb.measures if y in NUMERAL.findall(mb.text))


def _part_and_whole(a: Claim, b: Claim, x, y) -> bool:
    """Two figures counted in places apart (`scopes_apart`), one claim naming the other's place beside its own figure's
    ("340 homes in the town of Tewkesbury" / "Across Gloucestershire, 1,200 homes ..., with Tewkesbury among the
    worst-hit places"), that claim's figure counted across its place: the place is one part of the other's whole, so
    its figure is a part's."""
    def whole_over(part, whole, whole_claim: Claim) -> bool:
        return any(p in whole_claim.text for p in part.scope) and any(
            re.search(rf"\b(?:across|throughout)\s+(?:the\s+)?{re.escape(p)}", whole_claim.text, re.I)
            for p in whole.scope)
    return scopes_apart(x, y) and (whole_over(x, y, b) or whole_over(y, x, a))


def _one_figure_each(a: Claim, b: Claim, x, y) -> bool:
    """Two figures the claims stage read as of one kind (`unmatched_figures`: unit, reading, counted thing), each the
    only figure of its unit its claim writes, told of one holder ("gas prices are up 58% ... $3.04" / "costs $3.04,
    which AAA says is 85% more"; "contributed more than $2 million" / "was given about $500,000 by George Soros"):
    in one statement told twice they are one variable, whatever word follows the numeral. Not a figure beside
    another of its unit ("Army: 40% fully vaccinated with 57% with one dose"), where which is which is the
    question."""
    fa, fb = frame_of(a), frame_of(b)
    return all(sum(m.unit == own.unit for m in frame.measures) == 1 for frame, own in ((fa, x), (fb, y))) \
        and _one_holder(a, b, x.text, y.text)


def _near_copy(a: Claim, b: Claim, cosine: float, settings: Settings) -> bool:
    """Close enough in meaning to be one statement told twice (`near_copy_cosine`), and not dated apart nor told of
    two stages of a contest (`stages_apart`)."""
    return cosine >= settings.near_copy_cosine and not (other_occasions(a, b) or days_differ(a.dates, b.dates)
                                                        or stages_apart(a, b))


def _one_numeral_each_of_one_unit(a: Claim, b: Claim, x: str, y: str) -> bool:
    """Each numeral the only one its claim has left, neither written in the other claim, both followed by one
    word ("72 years" / "27 years"; "a 60-second spot" / "runs 30 seconds") and told of one holder: not numbers of
    two things ("incomes over $50,000" / "women over 45") nor of two people ("Clinton held a 24-point lead" /
    "Obama led by 28 points")."""
    if any(n.replace(",", "") in {m.replace(",", "") for m in NUMERAL.findall(other.text)}
           for n, other in ((x, b), (y, a))):
        return False
    units = _unit_word(a.text, x), _unit_word(b.text, y)
    return bool(units[0]) and units[0] == units[1] and _sign(a.text, x) == _sign(b.text, y) \
        and _one_holder(a, b, x, y)


def _sign(text: str, numeral: str) -> str:
    """The currency sign written before the numeral, if any ("$50,000" against "over 45")."""
    at = text.find(numeral)
    return text[at - 1] if at > 0 and text[at - 1] in "$€£¥" else ""


def _first_numeral(text: str) -> str:
    found = NUMERAL.findall(text)
    return found[0] if found else ""


def _unit_word(text: str, numeral: str) -> str:
    after = re.search(rf"(?<![\w.,]){re.escape(numeral)}[\s-]+([A-Za-z]{{2,}})\b", text)  # not "a.m."
    return after.group(1).lower().removesuffix("s") if after else ""


def _lone_numbers(a: Claim, b: Claim, fa, fb, left_a: list[str], left_b: list[str]) -> bool:
    """One numeral left in each claim beside numerals (not years nor days) both write, told of one holder or of
    none ("Cruz has 370 delegates, Rubio has 163" / "Rubio 136 and Cruz 370"; "a 54-person majority in the
    100-seat Senate" / "51 of the chamber's 100 seats"): numbers whose measured variables the claims stage did not
    tie (one read as no figure, or counting other nouns), tied by the numerals they share; not two figures read
    as other kinds of measure ("dropped 36,000" / "from a revised 344,750": a change and a level)."""
    if len(left_a) != 1 or len(left_b) != 1 or _parts_of_the_whole(a, left_a[0], b, left_b[0]):
        return False
    kinds = _kind_of_number(fa, left_a[0]), _kind_of_number(fb, left_b[0])
    return shared_numerals(a, b) and not (all(kinds) and kinds[0] != kinds[1]) \
        and _one_holder(a, b, left_a[0], left_b[0], both_named=True)


def _parts_of_the_whole(a: Claim, x: str, b: Claim, y: str) -> bool:
    """One claim's lone numeral and a numeral both write add up to the other's ("held 430 men and 70 women" / "was
    holding 500 inmates, 70 of them women"): a whole told by its parts, not two values of one number. A day both
    give is no part ("for 60 days, expiring on Sept. 30" / "after 90 days ... on Sept. 30")."""
    shared = {float(n) for n in shared_numeral_forms(a) & shared_numeral_forms(b)}
    vx, vy = float(x.replace(",", "")), float(y.replace(",", ""))
    return any(abs(vx + part - vy) < 1e-9 or abs(vy + part - vx) < 1e-9 for part in shared)


def _kind_of_number(frame, numeral: str) -> tuple[str, str] | None:
    """The unit and reading of the figure the claims stage read a numeral as ("the 176 needed": a threshold), if
    any: two numerals read as figures of other kinds are two measures."""
    return next(((m.unit, m.reading) for m in frame.measures if numeral in NUMERAL.findall(m.text)), None)


def _one_holder(a: Claim, b: Claim, x: str, y: str, both_named: bool = False) -> bool:
    """The names each figure (its text) is told of, the last named before it in its part of the sentence ("Rubio
    has 163" / "Rubio 136"), are the same, or one is not named (with `both_named`, neither is)."""
    holders = holder_of(a, x), holder_of(b, y)
    unnamed = not any(holders) if both_named else not all(holders)
    return unnamed or bool(word_set(holders[0]) & word_set(holders[1])) or one_body(*holders)


def _unmatched_names(claim: Claim, frame, other: Claim) -> list[str]:
    """The names in the claim's agent or theme that the other claim names in no form ("Xi" is "Xi Jinping",
    "U.S." the "United States")."""
    return names_not_in(claim, f"{frame.agent} {frame.theme}", other, like_names=True)


def names_not_in(claim: Claim, role: str, other: Claim, like_names: bool = False, among=None) -> list[str]:
    """The claim's names in `role` that the other claim names in no form: no place of the same name, no word
    of it in the other's text; with `like_names`, not where the word shared is only that of another of a like
    name ("New Hampshire" / "New York")."""
    return [e for e in (claim.entities if among is None else among)
            if e in role and not any(same_place(e, o) or one_body(e, o) or one_country(e, o) for o in other.entities)
            and (not word_set(e) & word_set(other.text) or like_names and _another_of_like_name(e, other.entities))]


def one_country(x: str, y: str) -> bool:
    """A country and its nationality, one word each, that data/sides.toml lists of one side ("Spain" / "Spanish",
    "France" / "French"): one country named two ways. Not a city or state ("Paris" / "French": a part of it), nor an
    official body or an agency ("Pentagon" / "America", "Xinhua"), each a doer of its own."""
    book = packaged_voicebook()
    if x == y or " " in x.strip() or " " in y.strip() or any(_inside_a_country(n) for n in (x, y)):
        return False
    side = book.side_of_text(x)
    return side is not None and side == book.side_of_text(y) and not any(
        n in book.sides[side].official + book.sides[side].agencies for n in (x, y))


def _inside_a_country(name: str) -> bool:
    """A city or a state the gazetteer knows ("Madrid", "Paris"): part of a country, not the country."""
    place = locate(name, 0.0)
    return place is not None and bool(place.region)


def _another_of_like_name(name: str, entities: tuple[str, ...]) -> bool:
    """The other claim names another of a like name, sharing a word, neither inside the other ("New Hampshire" /
    "New York"); not "Xi" / "Xi Jinping"."""
    mine = word_set(name)
    return any(mine & word_set(e) and not (mine <= word_set(e) or word_set(e) <= mine) for e in entities) and not any(
        mine <= word_set(e) or word_set(e) <= mine for e in entities if word_set(e))
