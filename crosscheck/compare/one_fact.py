"""One fact told two ways: two claims of one act that share specifics enough to be one statement (the same figures,
days, ordinals or names written in both) and differ in exactly one, whose two values are then that fact's conflict
(`one_fact_told_two_ways`). `judge.py` asks it of a pair its rules found apart; `judge._contradiction_shown` still
decides whether the conflict may stand.
"""
from __future__ import annotations

import re

from ..config import Settings
from ..dating import weekday_of
from ..dimensions import whole_told
from ..figures import word_number
from ..frames import frame_of
from ..gazetteer import as_written, locate, nested
from ..predicates import frame_words, people_counts
from ..types import Claim
from .align import granularity as _granularity
from .align import (fates_read_apart, given_names_apart, opposite_pair, periods_differ, same_place,
                    variables_apart)
from .align import same_date as _same_date
from .bodies import one_body
from .readings import (NUMERAL, WORD, acts_align, acts_of, counted_numerals, hedge_of, located_apart, offices_of,
                       old_and_new,
                       ordinals_written, parsed, person_holding, qualified_apart, stages_apart, told_where, word_set,
                       written_in)
from .unmatched import places_at_two_breadths
from .written import CALENDAR_WORDS, deadline_dated
from .written import NAME as _NAME


def one_fact_told_two_ways(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str, str] | None:
    """Two claims that state alike what a second fact would not (at least `told_alike_min` specifics: numbers,
    names, dates, ordinals) and state exactly one specific two ways, every other specific of a kind both state
    matched: the one fact's conflict ("Sanders received 69 percent ... nine of the 13 delegates" / "handed seven of
    its 13 delegates to Sanders, who took 69 percent"). (kind, value, value, what they share), or None. The claims
    tell one act where the acts align (`acts_align`), or where, told by other verbs and nothing saying two
    happenings (`_two_happenings_told`), the specific is a known group's count or a happening's place
    (`_one_thing_by_other_verbs`). Not hedged, not two sides' accounts; names alone tie no two names, nor a count
    whose counted thing is unread, and two figures told of two holders are two facts."""
    if not (parsed(a) and parsed(b)) or hedge_of(a) or hedge_of(b) or (a.side and b.side and a.side != b.side):
        return None
    acts_aligned = acts_align(a, b)
    if stages_apart(a, b) or deadline_dated(a.text) != deadline_dated(b.text):
        return None  # two ballots ("the first round" / "the runoff"); the day a thing was due and the day it was done
    if whole_told(a.text) != whole_told(b.text) or _at_two_breadths(a, b, settings) or old_and_new(a, b):
        return None  # "won the stage by 12 seconds" / "leads the overall standings by 48 seconds": a part, a whole
    if not acts_aligned and _two_happenings_told(a, b):
        return None
    specifics_a, specifics_b = _specifics(a, b, settings), _specifics(b, a, settings)
    shared, differing = [], []
    for kind, relation in _RELATIONS.items():
        xs, ys = specifics_a.get(kind, []), specifics_b.get(kind, [])
        # a name is matched by any the other writes, if only as words of its text ("U.N." / "the United Nations")
        wx, wy = (specifics_a.get("names written", []), specifics_b.get("names written", [])) if kind == "names" \
            else ([], [])
        left_x = [x for x in xs if _told_otherwise(x, ys + wy, lambda u, v: relation(u, v, settings))]
        shared += [(kind, x) for x in xs if x not in left_x and any(relation(x, y, settings) in _ALIKE
                                                                    for y in ys + wy)]
        left_y = [y for y in ys if _told_otherwise(y, xs + wx, lambda u, v: relation(v, u, settings))]
        if left_x and left_y:
            differing.append((kind, left_x, left_y))
    shared += [("names written", x) for specifics in (specifics_a, specifics_b)
               for x in specifics.get("names written", [])]
    if len(differing) != 1 or _distinct_specifics(shared) < settings.told_alike_min:
        return None
    kind, left_x, left_y = differing[0]
    if len(left_x) != 1 or len(left_y) != 1 or _names_apart(specifics_a, specifics_b, settings) > (kind == "names"):
        return None
    besides_names = _distinct_specifics([(k, s) for k, s in shared if k not in _NAMES])
    if kind in _NAMES and _distinct_specifics([(k, s) for k, s in shared if not _holds_either(
            s, left_x[0], left_y[0], settings)]) < settings.told_alike_min:
        return None  # a place holding both ties no two places: "in Lyon, France" / "in Toulouse, France" in May
    if kind in _NAMES and not besides_names:
        return None  # two names told of one act, beside names alone: "Sanders beat Clinton in Iowa" / "in Nevada"
    if kind in _NAMES and _one_of_a_series(a, b):
        return None  # "Lindqvist scored twice" / "the third goal was scored by Eklund": two doers of a series
    if kind == "numbers" and _counted_unread(left_x[0][2], left_y[0][2]) and besides_names < settings.told_alike_min:
        return None  # a numeral whose counted thing is unread, beside names: "Rubio has 163 delegates" / "has 136"
    if kind == "numbers" and _holders_apart(a, left_x[0][1], b, left_y[0][1], settings):
        return None  # each figure of its own holder: "Cruz took 30 percent" / "Rubio took 25 percent"
    if kind == "numbers" and _variables_apart(left_x[0][2], left_y[0][2], a, b):
        return None  # "unemployment in Seville" / "in Spain"; "youth unemployment" / "unemployment"
    if kind == "names" and left_x[0][1] == "place":
        kind = "places"
    if not (acts_aligned or _one_thing_by_other_verbs(kind, left_x[0], left_y[0], shared, a, b, settings)):
        return None
    return kind, _shown(left_x[0]), _shown(left_y[0]), ", ".join(dict.fromkeys(_shown(s) for _, s in shared))


def _at_two_breadths(a: Claim, b: Claim, settings: Settings) -> bool:
    """One claim tells its happening across a whole place, the other at a place inside it ("across Spain" / "at
    Madrid's Barajas airport": `unmatched.places_at_two_breadths`): a whole's figure and a part's."""
    return places_at_two_breadths(a, b, settings) is not None


def _two_happenings_told(a: Claim, b: Claim) -> bool:
    """Two claims whose verbs differ, where something says the two are two happenings: acts of opposite sides
    ("upheld" / "overturned", "rose" / "fell": one happening told so would be a contradiction of its own, for the
    opposites' rule to find), an ordinal one claim writes and the other does not ("the first tranche" / "the
    plan's total"), or one thing qualified apart (`readings.qualified_apart`: "headline" / "core inflation"). (Not two roles
    told apart: "a quake struck" / "the tremor rattled windows" is one quake.)"""
    fa, fb = frame_of(a), frame_of(b)
    if any(opposite_pair(x, y) for x in acts_of(fa) for y in acts_of(fb)):
        return True
    roles_a, roles_b = f"{fa.agent} {fa.theme}", f"{fb.agent} {fb.theme}"
    return _numbered_apart(a, b) or qualified_apart(a, roles_a, b, roles_b)


def _one_thing_by_other_verbs(kind: str, x, y, shared: list, a: Claim, b: Claim, settings: Settings) -> bool:
    """Where the two claims' verbs are no one act, the one specific told two ways is still one fact's when it is a
    count of one group both tell as already known ("the 48 patients who were moved" / "all 84 patients ... are
    back": `_known_group`), or the place of a happening both tie by figures of one thing and a day besides names ("a
    5.1 quake struck near Izmir on Friday" / "Friday's 5.1-magnitude tremor, centred near Antalya";
    `_counted_alike`). Not a date nor a doer: one thing's two acts have days and doers of their own ("suspended on
    Monday" / "voted on Thursday to terminate")."""
    if kind == "numbers":
        mx, my = x[2], y[2]
        return (mx is not None and my is not None and bool(mx.counts) and mx.counts == my.counts
                and _known_group(a, x[1]) and _known_group(b, y[1]))
    figures = [s for k, s in shared if k == "numbers"]
    return (kind == "places" and bool(figures) and all(_counted_alike(s, a, b) for s in figures)
            and _distinct_specifics([(k, s) for k, s in shared if k not in _NAMES]) >= settings.told_alike_min)


def _known_group(claim: Claim, shown: str) -> bool:
    """The figure counts a group told as one the reader knows ("the 48 patients", "all 84 patients", "its 300
    workers"), not one brought in ("84 patients were discharged")."""
    numeral = NUMERAL.findall(shown)[:1]
    return bool(numeral) and re.search(rf"\b(?:the|all|all the|its|their|these|those)\s+{re.escape(numeral[0])}\b",
                                       claim.text, re.I) is not None


def _counted_alike(figure, a: Claim, b: Claim) -> bool:
    """A figure both write alike counts one thing: what it counts in one claim is unread or written in the other ("a
    magnitude 5.1 earthquake" / "a 5.1-magnitude tremor"), not "40 kilograms of cocaine" / "of heroin"."""
    measure = figure[2]
    if measure is None or not measure.counts:
        return True
    return written_in({measure.counts}, b.text) or _counted_in(b, figure[0], a.text)


def _counted_in(claim: Claim, value: float, other_text: str) -> bool:
    """The claim's figure of that value counts nothing read, or a thing the other text writes."""
    return any(not m.counts or written_in({m.counts}, other_text)
               for m in frame_of(claim).measures if m.value == value)


def _one_of_a_series(a: Claim, b: Claim) -> bool:
    """Either claim tells its act done more than once ("scored twice", "three times"), or one numbers it by an ordinal
    the other does not write ("the third goal"): one of a series, whose times may each have a doer of its own."""
    return _repeated(a.text) or _repeated(b.text) or _numbered_apart(a, b)


def _numbered_apart(a: Claim, b: Claim) -> bool:
    """One claim numbers a thing by an ordinal the other does not write ("the first tranche" / "the plan's total")."""
    ordinals_a, ordinals_b = ({o for _, o in _ordinals_by_word(c.text)} for c in (a, b))
    return ordinals_a != ordinals_b


def _repeated(text: str) -> bool:
    words = frame_words()["repeated"]
    tokens = WORD.findall(text.lower())
    return any(w in words["adverbs"] or w in words["times"] and i and (tokens[i - 1].isdigit() or word_number(
        tokens[i - 1])) for i, w in enumerate(tokens))


def _holds_either(specific, x, y, settings: Settings) -> bool:
    """A name shared that holds one of the two places told apart ("France" of "Lyon" / "Toulouse")."""
    return (isinstance(specific, tuple) and len(specific) == 2 and isinstance(specific[0], str)
            and any(_names_related(specific, z, settings) == "within" for z in (x, y)))


def _names_apart(specifics_a: dict, specifics_b: dict, settings: Settings) -> int:
    """1 where each claim names someone or somewhere the other names in no form, whether or not the two are of one
    kind ("Cruz took 30 percent" / "Rubio took 25 percent", "Rubio" read as a place): another specific told
    otherwise, or another holder; 2 where one claim names two such; else 0."""
    unnamed = [[x for x in mine.get("names", []) if not any(
        _names_related(x, y, settings) in _ALIKE for y in theirs.get("names", []) + theirs.get("names written", []))]
        for mine, theirs in ((specifics_a, specifics_b), (specifics_b, specifics_a))]
    return 0 if not all(unnamed) else max(len(names) for names in unnamed)


def _distinct_specifics(shared: list[tuple[str, object]]) -> int:
    """How many specifics both state alike, a name written two ways once ("Sanders", "Bernie Sanders")."""
    names: list[frozenset[str]] = []
    for kind, specific in shared:
        if kind in _NAMES and not any(word_set(_shown(specific)) & seen for seen in names):
            names.append(word_set(_shown(specific)))
    return len({_shown(s) for k, s in shared if k not in _NAMES}) + len(names)


def _counted_unread(x, y) -> bool:
    """A numeral no figure holds, or a count of no thing read ("Rubio has 136 after the primaries"). A bare count of
    a verb whose bare count counts people ("hundreds were hurt", frames.toml [people_counts]) is read against a count
    of people ("dozens of people"), not of some of them ("dozens of soldiers")."""
    return any(m is None or m.unit == "count" and not m.counts and not _people_against_people(m, other)
               for m, other in ((x, y), (y, x)))


def _people_against_people(bare, other) -> bool:
    verbs, nouns = people_counts()
    return bare.predicate in verbs and other is not None and other.counts in nouns


def _holders_apart(a: Claim, shown_a: str, b: Claim, shown_b: str, settings: Settings) -> bool:
    """The two figures told of two holders the claims name (`person_holding`)."""
    numerals = NUMERAL.findall(shown_a)[:1], NUMERAL.findall(shown_b)[:1]
    if not all(numerals):
        return False
    holders = person_holding(a, numerals[0][0], settings), person_holding(b, numerals[1][0], settings)
    return all(holders) and not word_set(holders[0]) & word_set(holders[1])


def _variables_apart(mx, my, a: Claim, b: Claim) -> bool:
    """Two figures whose measured variables differ in place, holder or kind (`align.variables_apart`), that count
    two fates (`align.fates_read_apart`), or two ages of one family name told after given names apart ("Gerald Hume,
    78," / "his son, Patrick Hume, 49,": `align.given_names_apart`). (Not a person's ages at two times: see
    `align.ages_at_two_times`.)"""
    if mx is None or my is None:
        return False
    fa, fb = frame_of(a), frame_of(b)
    return (variables_apart(mx, my, fa, fb) or fates_read_apart(mx, my, fa, fb)
            or mx.unit == "age" and given_names_apart(mx, my, fa, fb))


def _told_otherwise(x, others, relation) -> bool:
    """No specific of the other claim is x, and one is x told another way (a place only holding x is no "same":
    `_names_related` calls it "within")."""
    found = [relation(x, y) for y in others]
    return "other" in found and "same" not in found


def _specifics(claim: Claim, other: Claim, settings: Settings) -> dict[str, list]:
    """The claim's specifics by kind: numbers (each figure not hedged, and each numeral no figure holds), dates,
    ordinals (noun, ordinal), places (a place the gazetteer knows where something is, goes or comes from) and other
    names (people, bodies, or a name the recogniser did not type); a name the other claim writes too is "written"
    (the other may read it as no name), and the speaker's name is no specific of what was said."""
    frame = frame_of(claim)
    numbers = [(m.value, m.shown, m) for m in frame.measures if not m.hedge]
    numbers += [(float(n.replace(",", "")), n, None) for n in counted_numerals(claim)
                if not any(n in m.text for m in frame.measures)]
    found = {"numbers": numbers, "dates": list(dict.fromkeys(claim.dates)),
             "ordinals": _ordinals_by_word(claim.text)}
    speaker = word_set(claim.voice)
    for name in claim.entities:
        if not _a_name(name) or word_set(name) <= speaker or _title_before_name(name, claim):
            continue
        found.setdefault("names written" if word_set(name) & word_set(other.text) else "names", []).append(
            (name, _name_kind(name, claim, settings)))
    return {kind: values for kind, values in found.items() if values}


def _ordinals_by_word(text: str) -> list[tuple[frozenset[str], str]]:
    """Each ordinal the text writes, with the nouns it may number (`ordinals_written`)."""
    nouns: dict[str, set[str]] = {}
    for noun, ordinals in ordinals_written(text).items():
        for ordinal in ordinals:
            nouns.setdefault(ordinal, set()).add(noun)
    return [(frozenset(numbered), ordinal) for ordinal, numbered in sorted(nouns.items())]


def _a_name(name: str) -> bool:
    """A name: capitalised after any "the", with no numeral, not a date's ("September 25, 2017", "February")."""
    stripped = re.sub(r"^the\s+", "", name, flags=re.I)
    return bool(re.match(_NAME, stripped)) and not re.search(r"\d", name) and not word_set(name) & CALENDAR_WORDS


def _name_kind(name: str, claim: Claim, settings: Settings) -> str:
    """ "place" (a place the gazetteer knows, where something is, goes or comes from), "person", "body", or "" (a
    name the recogniser did not type: "African American", "Black U.S." are words of description)."""
    located = locate(as_written(name, claim.text), settings.place_prominence) is not None
    if located:
        return "place" if told_where(claim.text, name) else "located"
    return "person" if name in claim.incidentals else "body" if name in claim.bodies else ""


def _title_before_name(name: str, claim: Claim) -> bool:
    """The name is a word of a title before another name the recogniser read ("Finance" of "Finance Minister Anna
    Berg")."""
    return any(re.search(rf"\b{re.escape(name)}\s+(?:[A-Z][\w.'’-]*\s+)?{re.escape(other)}\b", claim.text)
               for other in claim.entities if other != name)


def _numbers_related(x, y, settings: Settings) -> str | None:
    """"same" for one value; "other" for two values of one measured variable (one unit, reading and counted thing,
    one period), or two numerals no figure holds; None where not comparable."""
    mx, my = x[2], y[2]
    if x[0] == y[0]:  # one value, unless read two ways ("revised to 6% from 5%" / "to 5% from 6%") or of two offices
        if mx is None or my is None:
            return "same"
        return "same" if (mx.unit, mx.reading) == (my.unit, my.reading) and not _offices_apart(mx, my) else None
    if mx is not None and my is not None and (mx.tally or my.tally):
        return "other" if mx.tally and my.tally else None
    if mx is None or my is None:  # a numeral no figure holds, against another or a count ("down to 39" / "29")
        return "other" if mx is my or (mx or my).unit == "count" else None
    one_variable = (mx.unit == my.unit and mx.reading == my.reading
                    and (not (mx.counts and my.counts) or mx.counts == my.counts) and not periods_differ(mx, my))
    return "other" if one_variable else None


def _offices_apart(mx, my) -> bool:
    """Two counts of the holders of two offices ("the two presidents" / "the two foreign ministers"): two groups."""
    x, y = (offices_of(" ".join((*m.modifiers, m.counts))) for m in (mx, my))
    return bool(x and y) and not set(x) & set(y)


def _dates_related(x: str, y: str, settings: Settings) -> str | None:
    """Two dates of one granularity, or a calendar day against a weekday ("Sunday, October 3" / "Tuesday")."""
    granularities = {_granularity(x), _granularity(y)}
    if granularities == {"day", "weekday"}:
        day, weekday = (x, y) if _granularity(x) == "day" else (y, x)
        named = weekday_of(day)
        return None if not named else "same" if named == weekday.lower() else "other"
    if len(granularities) != 1:
        return None
    if _same_date(x, y):
        return "same"
    return None if granularities == {"year"} else "other"  # a recurring act's other years are no conflict


def _ordinals_related(x, y, settings: Settings) -> str | None:
    if not x[0] & y[0]:
        return None
    return "same" if x[1] == y[1] else "other"


def _names_related(x: tuple[str, str], y: tuple[str, str], settings: Settings) -> str | None:
    """One name written two ways ("same"), or one place inside the other ("within"); two places apart, two people or
    two bodies ("other"); else not comparable (a place against a person, a name of no kind read)."""
    (name_x, kind_x), (name_y, kind_y) = x, y
    if same_place(name_x, name_y) or one_body(name_x, name_y) or word_set(name_x) & word_set(name_y):
        return "same"
    if nested(name_x, name_y, settings.place_prominence):
        return "within"
    if kind_x == kind_y == "place":
        return "other" if located_apart((name_x,), (name_y,), settings) else None
    return "other" if kind_x == kind_y and kind_x in ("person", "body") else None


_RELATIONS = {"numbers": _numbers_related, "dates": _dates_related, "ordinals": _ordinals_related,
              "names": _names_related}


_NAMES = {"names", "names written"}
_ALIKE = {"same", "within"}  # what matches a specific where the two claims' shared specifics are counted


def _shown(specific) -> str:
    """A specific as written: a date or a name as it stands, a number as shown, an ordinal."""
    if isinstance(specific, str):
        return specific
    return specific[0] if len(specific) == 2 and isinstance(specific[0], str) else specific[1]
