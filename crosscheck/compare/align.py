"""Align: two frames -> the slots both fill, each compared: same, conflicting, or stated differently.

Two quantities are comparable only when their measured variables agree on every dimension both
state (unit, counted thing, predicate or its synonym, period, level vs change); two places, dates or
statuses only when the predicates name the same happening. What is not comparable yields no slot:
it is never a contradiction and never an agreement.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..dating import weekday_of
from ..figures import word_number
from ..lexicon import act_nouns, amount_verbs, data_table, opposite_pairs, words_overlap
from ..predicates import (WINNING, converse, frame_words, light, people_counts, same_predicate, status_conflict,
                          status_of, synonym_groups, transfer_ends, winning_places)
from ..types import Clause, Frame, Measure
from ..voices import packaged_voicebook
from .bodies import initialism
from .written import deadline_dated

_WORD = re.compile(r"(?u)\w+")
_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_GRANULARITY = re.compile(r"(?P<year>\d{4}|-)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that carry no identity of a thing or actor.
_LIGHT_WORDS = set("""a an the this that these those his her its their our my your some any all both each he she
it they we i you him them us who which what one of and or to in on at for with by from as mr mrs ms side
s""".split())  # (s: a possessive's, "The city 's auditor" / "Genoa 's mayor", no shared word)
# Capitalised only at a sentence's start: no name ("The", "Two").
_NOT_NAMES = _LIGHT_WORDS | set("two three four five six seven eight nine ten dozen".split())


@dataclass(frozen=True)
class Slot:
    """One slot both frames fill. `conflict`: the two values cannot both hold. `differs`: stated
    differently but compatible (two bounds, a figure and a bound). `aligned`: the slot belongs to the
    same happening in both (same predicate or measured variable), so a conflict is a contradiction."""

    # "figure", "age", "duration", "tally", "direction", "date", "time", "place", "status", "initiator", "winner"
    name: str
    values: tuple[str, str]
    conflict: bool
    aligned: bool
    fact: str
    differs: bool = False
    hedge: str = ""  # a forecast or possibility on one of the two figures
    kinship: str = ""  # figures: how surely they measure one variable (`comparable`)


def slots(fa: Frame, fb: Frame) -> list[Slot]:
    """Every slot the two frames both fill, conflicts first."""
    found = measured_slots(fa, fb) + _dates(fa, fb) + _clocks(fa, fb) + _places(fa, fb)
    found += _status(fa, fb) + _offsets(fa, fb)
    found += _initiators(fa, fb) + _winners(fa, fb) + _ranks(fa, fb) + _ordinals(fa, fb)
    return sorted(found, key=lambda s: (not s.conflict, not s.aligned, not s.differs))


def measured_slots(fa: Frame, fb: Frame) -> list[Slot]:
    """The slots of figures and their directions alone, in `slots`' order before its sort: all a check of figures
    reads, without the costlier dates, places and statuses."""
    return _swapped_change(fa, fb) + _measures(fa, fb)


def same_happening(fa: Frame, fb: Frame) -> bool:
    """The two main predicates name one happening: the same verb or synonyms, or statuses of one event."""
    return (same_predicate(fa.predicate, fb.predicate) or bool(fa.status and fb.status)
            or (light(fa.predicate) and light(fb.predicate)) or _happening_of(fa, fb) or _happening_of(fb, fa)
            or _one_meeting(fa, fb) or opened_to_its_users(fa, fb) is not None)


_PREPOSITION = re.compile(r"\s(?:of|from|in|at|to|with|for|by|on|about)\s", re.I)


def _headed(role: str) -> str:
    """The role's words before its first preposition: who it is, not what it is of or from ("a letter" of "a letter
    from the president")."""
    return _PREPOSITION.split(f" {role} ")[0]


def _one_meeting(fa: Frame, fb: Frame) -> bool:
    """One claim tells a meeting, the other one party receiving the other ([happening] `receiving`: "The Pope will
    meet the president" / "the president would be received by the Pope"), each naming both parties: one meeting."""
    receiving = frame_words()["happening"]["receiving"]
    for met, received in ((fa, fb), (fb, fa)):
        if met.predicate == "meet" and received.predicate in receiving:
            parties = [_headed(p) for p in (met.agent, met.theme) if words(_headed(p))]
            hosts = [_headed(p) for p in (received.agent, received.theme) if words(_headed(p))]
            return len(parties) == 2 and len(hosts) == 2 and all(any(overlaps(h, p) for p in parties) for h in hosts) \
                and all(any(overlaps(p, h) for h in hosts) for p in parties)
    return False


def opened_to_its_users(fa: Frame, fb: Frame) -> Frame | None:
    """Of two frames, the one that lets a thing's users in where the other opens it to them (`_opened_to_its_users`),
    else None."""
    return fb if _opened_to_its_users(fa, fb) else fa if _opened_to_its_users(fb, fa) else None


def _opened_to_its_users(opened: Frame, other: Frame) -> bool:
    """One claim opens a thing to its users, the other lets those users use that thing ("The tram line will open to
    passengers on 14 September" / "Passengers will be able to ride the airport tram line from October 3"; frames.toml
    [happening] `opening`, `access`): one opening, the users named alike in both and the opened thing's head noun
    written in the other (not "the first section of the line" / "the full line", a part and the whole)."""
    table = frame_words()["happening"]
    if opened.predicate not in table["opening"] or not opened.recipient:
        return False
    let_in = [c for c in other.clauses if c.predicate in table["access"]]
    thing = _WORD.findall(_headed(opened.theme).lower())  # the thing itself, not what it is of ("the first section")
    return bool(thing) and thing[-1] in words(other.text) and any(
        _one_users(opened.recipient, c.theme or c.agent) for c in let_in)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _one_users(x: str, y: str) -> bool:
    """Two names of one thing's users: a word shared, or two words of one group of frames.toml [happening] `users`
    ("traffic" / "cars")."""
    if overlaps(x, y):
        return True
    wx, wy = ({_singular(w) for w in words(role)} for role in (x, y))
    return any(wx & set(group) and wy & set(group) for group in frame_words()["happening"]["users"])


def _happening_of(fa: Frame, fb: Frame) -> bool:
    """`fa` tells only that something happened, or was planned, and its subject names `fb`'s act ("The aircraft crash
    happened in Utah" / "... died when their aircraft crashed": the crash; "The launch of the satellite has been
    scheduled for April 14" / "will launch the satellite on March 14": the launch)."""
    subject = happening_subject(fa) or (fa.theme if fa.status == "planned" else "")
    acts = {fb.predicate, *(c.predicate for c in fb.clauses)} - {""}
    if not subject or _another_doer(subject, fb):
        return False
    return stem_written(acts, words(subject)) or synonym_written(acts, words(subject))


_RELATIVE = re.compile(r"\s*,?\s+(?:that|which|who)\s+", re.I)


def _another_doer(subject: str, frame: Frame) -> bool:
    """The happening's noun does the act of its relative clause, and the other frame's doer is another ("The strike
    that halted trains took place on Monday" / "A storm stopped trains"): two happenings, whatever the acts."""
    told = _RELATIVE.split(subject, maxsplit=1)
    return len(told) == 2 and bool(words(frame.agent)) and not overlaps(told[0], frame.agent)


def synonym_written(acts: set[str], text_words: set[str]) -> bool:
    """A one-word synonym of an act written as a verb among the words ("the fault that halted trains": "stop"): its
    lemma with a verb's ending (not "diesel" for "die")."""
    synonyms = {w for g in synonym_groups() if acts & g for w in g if " " not in w} - acts
    return any(w in _verb_forms(s) for s in synonyms for w in text_words)


def _verb_forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    doubled = lemma + lemma[-1]
    return {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing",
            lemma[:-1] + "ied" if lemma.endswith("y") else lemma + "d"}


def happening_subject(frame: Frame, placing: bool = False) -> str:
    """The subject of a verb that tells only that something happened ("The crash happened in Utah": the crash), and
    with `placing` of one that places it after or before another ("The release followed the debate": the release);
    "" for other verbs."""
    if placing and frame.predicate in frame_words()["order_verbs"]:
        return frame.agent or frame.theme
    return frame.theme or frame.agent if frame.predicate in frame_words()["happening"]["verbs"] else ""


def stem_written(acts: set[str], text_words: set[str]) -> bool:
    """An act's stem among the words ("meet": "meeting"; "crash": "crash"; "end": "ending")."""
    return any(w.startswith(act[:max(3, len(act) - 1)]) for act in acts if len(act) >= 3 for w in text_words)


@functools.lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """A role's or a text's words, less the light ones (read for every candidate pair: cached)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _LIGHT_WORDS)


def overlaps(x: str, y: str) -> bool:
    """Two role fillers that can be the same thing: a shared word or a shared five-letter prefix, or one a body's
    initials alone and the other its name ("the CDC" / "the Centers for Disease Control and Prevention")."""
    return words_overlap(words(x), words(y)) or initialism(x, y)


# -- quantities ------------------------------------------------------------------------------------

def comparable(ma: Measure, mb: Measure, fa: Frame, fb: Frame, direction: bool = False) -> str:
    """How surely two figures measure one variable: "strong" (unit, reading, period, counted thing and
    predicate agree where both state them); "worded" (the same, perhaps in other words: the counted things'
    modifiers differ, or one does not name what it counts); "other" (another measurement of the same thing:
    by two different verbs, a tranche and a total, a purchase and a donation; or at two points in time, "a
    month after" / "after five months"); or "" (another variable)."""
    if ma.unit != mb.unit or ma.reading != mb.reading or ma.aside or mb.aside or other_votes(fa, fb):
        return ""
    if ma.unit == "hour" and (ma.counts == "delay") != (mb.counts == "delay"):
        return ""  # how late a thing came and how long something lasted ("three months late after a two-week strike")
    if read_apart(ma, mb, fa, fb):
        return ""  # "rose 4% from December" / "27% higher than a year earlier": two variables, whatever else agrees
    if fa.time_points and fb.time_points and not set(fa.time_points) & set(fb.time_points):
        return "other"  # "88% a month after" / "below 50 percent after five months"
    if periods_differ(ma, mb):
        return ""
    if _total_against_period(ma, fa, mb, fb) or _total_against_period(mb, fb, ma, fa) \
            or not direction and start_against_end(ma, mb, fa, fb):
        # "has planted 2.4 million trees since 2009" / "310,000 trees were planted this year"; "opened at 39 euros" /
        # "closed at 42 euros"
        return "worded"
    if ma.counts and mb.counts and (counts_the_act(ma, mb) or counts_the_act(mb, ma)) \
            and not any(m.scope for m in fa.measures + fb.measures):
        # "ended with 14 arrests" / "23 demonstrators were detained": the people arrested; not where some count is
        # of a named place ("In Chicago, 100 people were struck by gunfire resulting in 18 deaths"): perhaps a part
        return "strong"
    if ma.counts and mb.counts and ma.counts != mb.counts and not _one_person(ma, mb, fa, fb) \
            and not _one_variable(ma, mb):
        # "thousands of people lined the streets" / "a few hundred mourners lined the streets": the mourners are
        # people, perhaps some of them
        people = people_counts()[1]
        if (ma.counts in people) != (mb.counts in people) and same_predicate(ma.predicate or fa.predicate,
                                                                             mb.predicate or fb.predicate):
            return "worded"
        if direction and (_counted_in_roles(ma.counts, fb) or _counted_in_roles(mb.counts, fa)):
            return "worded"  # "the number of Americans filing new claims rose" / "jobless claims fell": one count
        return ""
    if scopes_apart(ma, mb):
        return ""  # "the death toll in Germany" / "in Western Europe"; "Biden's 52%" / "Trump's 42%"
    if ma.modifiers and mb.modifiers and not words_overlap(ma.modifiers, mb.modifiers) and not _one_variable(ma, mb):
        # "continuing claims" / "initial claims", "service members" / "members of the Islamic State"; but
        # also "jobless rate" / "unemployment rate": another variable, or the same in other words.
        return "worded"
    pa, pb = figure_act(ma, fa), figure_act(mb, fb)
    verbs = same_predicate(pa, pb) or converse(pa, pb) or light(pa) or light(pb)
    if ma.unit == "tally":  # one vote: the same act, or one tally's act is what the other claim did
        acts = (same_predicate(ma.predicate, mb.predicate) or _does(fb, ma.predicate) or _does(fa, mb.predicate)
                or _one_decision(ma.predicate, mb.predicate))
        return "strong" if same_happening(fa, fb) or acts else ""
    if direction:  # two opposite verbs of one figure: the verbs themselves say it is one change
        return "strong"
    if ma.unit == "age" and _ages_at_other_acts(ma, mb, fa, fb):
        return ""  # a person's ages at two times
    if ma.unit == "age" and given_names_apart(ma, mb, fa, fb):
        return ""  # "Gerald Hume, 78," / "his son, Patrick Hume, 49,": two people of one family name
    if ma.unit == "age" and ma.counts and ma.counts == mb.counts and _one_age(fa) and _one_age(fb):
        return "strong"  # one person's age, whatever each claim says they did ("the senator, 68, announced")
    if ma.counts and mb.counts:
        if not verbs and two_fates(fate_read(pa, fa), fate_read(pb, fb)):
            return ""
        verbs = verbs or _level_of_the_act(ma, pa, fa, pb) or _level_of_the_act(mb, pb, fb, pa)
        # other verbs of one counted thing at one named place ("10,000 migrants are packed under a bridge in
        # Del Rio" / "a few hundred migrants were waiting under the bridge in Del Rio"): one scene
        return "strong" if verbs or _same_scene(fa, fb) else "other"
    if ma.unit == "hour" and not (ma.counts or mb.counts) and _of_main_verb(ma, fa) and _of_main_verb(mb, fb) \
            and _things_described_apart(fa.theme, fb.theme):
        return "worded"  # "the morning session of the talks lasted three hours" / "the minister's meeting ... an hour"
    if ma.unit in ("age", "hour"):
        return "strong"
    if ma.unit not in ("count", "%", "rate") and one_transfer(fa, fb):
        # the price of one thing changing hands ("sold it for $40 million" / "bought it for $55 million")
        return "strong"
    if same_predicate(pa, pb):
        # One says what it counts and the other does not: the same thing only if the other names it too, or
        # if the verb's bare count counts people ("hundreds were killed" / "dozens of people were killed").
        counted, frame = (ma.counts, fb) if ma.counts else (mb.counts, fa)
        verbs_of_people, people_nouns = people_counts()
        people = (ma.unit == "count" and counted in people_nouns and (pa in verbs_of_people or pb in verbs_of_people)
                  and _same_words(fa, fb, pa, pb))
        return "strong" if not counted or counted[:5] in frame.text.lower() or people else "worded"
    if ma.unit not in ("count", "%", "rate") and (ma.counts and ma.counts == pb or mb.counts and mb.counts == pa):
        return "strong"  # the noun one counts is the other's verb: "put the cost at $2 billion" / "cost $500 million"
    counted, frame = (ma.counts, fb) if ma.counts else (mb.counts, fa)
    if ma.unit not in ("count", "%", "rate") and counted and verbs and counted[:5] in {
            w[:5] for w in words(frame.agent + " " + frame.theme)}:
        return "strong"  # what a sum of money is the price of: "the cleanup cost $130 million" / "the $310 million cleanup"
    return ""


def figure_act(m: Measure, frame: Frame) -> str:
    """The act a figure is told of: its own verb, or the frame's main predicate where it has none or is that
    predicate's verb without its particle ("step" of "step down": "the 71-year-old founder has stepped down")."""
    return frame.predicate if m.predicate in ("", frame.predicate.split(" ")[0]) else m.predicate


def _of_main_verb(m: Measure, frame: Frame) -> bool:
    """The figure is told of the claim's main verb ("the session lasted three hours"), whose subject is then what it
    measures; not a duration written inside a role, on a noun ("the 60-day ban")."""
    def squeezed(text: str) -> str:
        return re.sub(r"[\s-]", "", text.lower())
    return m.predicate in ("", frame.predicate.split(" ")[0]) and not any(
        squeezed(m.text) in squeezed(role) for role in (frame.agent, frame.theme))


def _things_described_apart(x: str, y: str) -> bool:
    """Two things each told in words of its own, at least `DESCRIBED_WORDS` content words each and none shared
    by five-letter prefixes: what a figure without a counted noun measures (how long it lasted) is two things'."""
    wx, wy = words(x), words(y)
    return len(wx) >= DESCRIBED_WORDS and len(wy) >= DESCRIBED_WORDS and not words_overlap(wx, wy)


# Content words a thing needs to be told apart from another by its words alone, beyond its head noun ("a policy
# banning transgender athletes"; "the morning session of the talks" / "the minister's meeting with union leaders"):
# set by hand, not searched, from the one tuned pair of the sixth fresh set (12 and 15 such words); "the sports bill"
# (2), "the talks" / "the meeting" say too little to tell (judge._described_apart too).
DESCRIBED_WORDS = 3


def one_transfer(fa: Frame, fb: Frame) -> bool:
    """One thing changing hands, told from either end ("Farnley Mills sold its plant to Harcourt" / "Harcourt bought
    the plant"): the main verbs are a transfer's two ends (`[converse]`), the things named overlap, and the one who got
    it in one is the other's doer."""
    return (converse(fa.predicate, fb.predicate) and bool(words(fa.theme) and words(fb.theme))
            and overlaps(fa.theme, fb.theme) and any(words(x) and words(y) and overlaps(x, y)
                                                     for x, y in ((fa.recipient, fb.agent), (fb.recipient, fa.agent))))


def doer_of(m: Measure, frame: Frame) -> str:
    """Who did the act a figure is an argument of: the agent of its verb, the main one's or a clause's ("1.8 million
    euros was raised by parishioners": parishioners); "" where the parse names none."""
    if not m.predicate:
        return ""
    if frame.predicate.split()[0] == m.predicate:
        return frame.agent
    return next((c.agent for c in frame.clauses if c.predicate.split()[0] == m.predicate and c.agent), "")


def doer_words(m: Measure, frame: Frame) -> set[str]:
    """The words naming a figure's doer, before any clause on it ("the fund, which ...": fund), less light words;
    none where the doer is what the figure counts ("Two of the derailed cars were tankers")."""
    doer = re.split(r"\s*,", doer_of(m, frame))[0]
    if m.text.lower() in doer.lower() or m.counts and stem_written({m.counts}, words(doer)):
        return set()
    return words(doer)


def one_doers_figures(fa: Frame, fb: Frame) -> set[tuple[str, str]]:
    """The pairs of figures (as shown) that measure one variable ("strong": one unit, counted thing, verb or its
    synonym) and that one doer, named by a word in both, is told to have done: one act of one actor, however far
    apart the rest of the wording ("1.8 million euros was raised by parishioners and local businesses through
    concerts" / "Parishioners and local businesses raised 2.6 million euros"). Not a plan ("will grant"): a plan's
    figure against a done one's is another quantity."""
    if fa.future or fb.future:
        return set()
    doers_a = [(ma, doer_words(ma, fa)) for ma in fa.measures if not (ma.hedge or ma.aside)]
    doers_b = [(mb, doer_words(mb, fb)) for mb in fb.measures if not (mb.hedge or mb.aside)]
    return {(ma.shown, mb.shown) for ma, doer_a in doers_a for mb, doer_b in doers_b
            if words_overlap(doer_a, doer_b) and (level := comparable(ma, mb, fa, fb)) in ("strong", "other")
            and not (level == "other" and _forecast_and_outcome(ma, fa, mb, fb))
            and not doers_named_apart(doer_of(ma, fa), doer_of(mb, fb)) and not given_to_two(ma, mb, fa, fb)
            and not _opposite_acts(ma, fa, mb, fb)}


def _forecast_and_outcome(ma: Measure, fa: Frame, mb: Measure, fb: Frame) -> bool:
    """Each figure is in the object of its claim's main verb, one verb a forecast's (frames.toml [forecast]) and the
    other not ("forecast a profit of 300 million dollars" / "reported a profit of 240 million"): what one doer foresaw
    and what came, each its own figure, not one act told by two verbs ("set aside" / "granted")."""
    def object_of_main(m: Measure, frame: Frame) -> bool:
        return figure_act(m, frame) == frame.predicate and m.text.lower() in frame.theme.lower()
    forecasting = frame_words()["forecast"]["verbs"]
    return object_of_main(ma, fa) and object_of_main(mb, fb) \
        and (fa.predicate in forecasting) != (fb.predicate in forecasting)


def _opposite_acts(ma: Measure, fa: Frame, mb: Measure, fb: Frame) -> bool:
    """The two figures told by opposite acts (opposites.toml: "rehired 40 workers" / "laid off 60 workers"): two
    measurements of one thing, each of its own act, not one act's figure told two ways."""
    return bool(opposite_pair(fa.predicate, fb.predicate) or opposite_pair(figure_act(ma, fa), figure_act(mb, fb)))


def doers_named_apart(x: str, y: str) -> bool:
    """Each doer is named, and by names the other never writes ("sensors run by the city of Krakow" / "a monitor that
    the group Clean Air Poland operates"): two doers, whatever common words ("air") their descriptions share."""
    names_x, names_y = _doer_names(x), _doer_names(y)
    return bool(names_x and names_y) and not names_x & names_y and not (names_x & words(y) and names_y & words(x))


def _doer_names(role: str) -> set[str]:
    """The capitalised words of a role after its first word, lowered, less light words."""
    return {w.lower() for w in re.findall(r"[\w'’-]+", role)[1:] if w[:1].isupper()} - _LIGHT_WORDS


def counts_the_act(x: Measure, y: Measure) -> bool:
    """`x` counts by its noun the act of `y`'s verb or a synonym ("14 arrests"), a verb whose count counts the people
    it is done to ("23 demonstrators were detained"): one count of those people."""
    act = y.predicate
    return (x.unit == y.unit == "count" and act in people_counts()[0] and x.counts != y.counts
            and (same_predicate(x.counts, act) or stem_written({act}, {x.counts})))


def _counted_in_roles(counted: str, frame: Frame) -> bool:
    """The noun one figure counts (a lemma) is written, in one or more, in the other claim's subject or object
    ("claim": "filing new claims"; not "county" in "the country's cases")."""
    return bool(noun_forms(counted) & words(frame.agent + " " + frame.theme))


def noun_forms(noun: str) -> set[str]:
    """A noun (a lemma) as it may be written, one or more: "claim", "claims"; "county", "counties"."""
    return {noun, noun + "s", noun + "es"} | ({noun[:-1] + "ies"} if noun.endswith("y") else set())


def periods_differ(ma: Measure, mb: Measure) -> bool:
    """Both figures say the period they hold for, and the periods differ ("in a two-week period" / "this week"). A
    window up to now ("over the past two months": periods.window_to_now) may hold a named month ("a hiring round that
    began in March"): it differs from another kind of period only where it spans a year or more ("124 million over the
    past twelve months" / "11 million in August": a year's figure against a month's)."""
    x, y = _when(ma), _when(mb)
    if not (x and y) or x == y:
        return False
    windows = [w for w in (x, y) if w.startswith(_WINDOW)]
    if len(windows) == 1:
        return _months_long(windows[0]) >= 12
    return True


_WINDOW = "past "  # how periods.py writes a window up to now: "past 12 month", "past 30 day"


def _months_long(window: str) -> float:
    """How many months a window up to now spans ("past 12 month": 12; "past 30 day": about 1)."""
    count, unit = window.split()[1:3]
    return int(count) * {"month": 1, "week": 12 / 52, "day": 12 / 365}.get(unit, 0)


def _total_against_period(total: Measure, ft: Frame, other: Measure, fo: Frame) -> bool:
    """A running total, counted since a time its claim writes ("has planted 2.4 million trees since it was founded in
    2009"), against a figure of a period of its own ("310,000 trees were planted this year"): a part of the total."""
    return not _when(total) and bool(_when(other)) and _counted_since(total, ft.text) \
        and _SINCE.search(fo.text) is None


def _counted_since(m: Measure, text: str) -> bool:
    """A "since" (or "so far", "to date") in the figure's own stretch of the text between commas, or opening the
    sentence ("Since the programme began in 2015, the bank has lent ..."); not another clause's ("The plant, where 62
    technicians were hired, had been running at half capacity since it opened")."""
    parts = re.split(r"[,;]", text)
    own = next((part for part in parts if m.text in part), "")
    return _SINCE.search(own) is not None or _SINCE.match(parts[0].strip()) is not None


_SINCE = re.compile(r"\b(?:since|so far|to date|in total|altogether)\b", re.I)


def _when(m: Measure) -> str:
    """The period a figure holds for; none for a level whose period is what a change started from ("a decline
    from the previous month, to 4.8 percent": 4.8 percent is now)."""
    return "" if m.reading == "level" and m.period.startswith("from ") else m.period


def _one_person(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Two ages told of one person in other nouns: one claim names the other's noun too ("the suspect, a
    24-year-old man" / "the 31-year-old suspect"), or, each claim giving one age, one tells it of a name and the
    other of a noun ("Biles, 28," / "the 24-year-old gold medalist")."""
    if ma.unit != "age" or _another_named(ma, fa, fb) or _another_named(mb, fb, fa):
        return False
    if any(_kin_of(x, y, f.text) or _kin_of(y, x, f.text) for x, y in ((ma.counts, mb.counts),) for f in (fa, fb)):
        return False  # "the son of the mayor, aged 34" / "the 61-year-old mayor's son": two people
    if ma.counts[:5] in fb.text.lower() or mb.counts[:5] in fa.text.lower():
        return True
    names = _written_as_name(ma.counts, fa.text), _written_as_name(mb.counts, fb.text)
    return names[0] != names[1] and sum(m.unit == "age" for m in fa.measures + fb.measures) == 2


def _kin_of(person: str, other: str, text: str) -> bool:
    """The text tells `person` as someone of `other`, "of" it or its possessive ("the son of the former mayor", "the
    mayor's son"): two people, the one told by the other."""
    x, y = re.escape(person[:5]), re.escape(other[:5])
    return re.search(rf"\b{x}\w*\s+of\s+(?:[\w-]+\s+){{0,3}}{y}|\b{y}\w*(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){{0,2}}{x}",
                     text, re.I) is not None


def _another_named(m: Measure, frame: Frame, other: Frame) -> bool:
    """The age is told of a name the other claim never writes, and the other claim writes a full name this one never
    writes ("Ajax assistant coach Jan de Boer, 38" / "the 52-year-old coach of Ajax, Pieter Vos"): two people, each
    named, whatever noun the two share."""
    if not _written_as_name(m.counts, frame.text) or m.counts in words(other.text):
        return False
    return any(not words(name) & words(frame.text) for name in _full_names(other.text))


def _full_names(text: str) -> list[str]:
    """Two or more capitalised words written together, the first no word of grammar ("Pieter Vos", "Tomas
    Lindgren"; not "The Hague" read from "The")."""
    return [name for name in re.findall(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+", text)
            if name.split()[0].lower() not in _LIGHT_WORDS]


def _written_as_name(word: str, text: str) -> bool:
    """The word is capitalised where the text writes it, and not as the text's first word."""
    found = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return bool(found) and found.start() > 0 and found.group(0)[:1].isupper()


def _does(frame: Frame, act: str) -> bool:
    """The frame's predicate or one of its clauses is `act` ("acquitted ... in a 57-43 vote" / "voted 62-38 to
    acquit")."""
    return act not in ("", "vote") and any(same_predicate(act, p)
                                           for p in (frame.predicate, *(c.predicate for c in frame.clauses)))


def _one_decision(act_a: str, act_b: str) -> bool:
    """Two tallies' acts that decide for what the vote is held on in other words ("confirmed" / "approved")."""
    decided_for = frame_words()["voting"]["decided_for"]
    return act_a in decided_for and act_b in decided_for


def other_votes(fa: Frame, fb: Frame) -> bool:
    """Each claim tallies a vote on another act ("voted 67-32 to open debate" / "passed 69-30"): every figure
    of the two counts another vote."""
    acts_a, acts_b = _voted_on(fa), _voted_on(fb)
    return bool(acts_a and acts_b) and not any(same_predicate(x, y) or x[:4] == y[:4] or _one_decision(x, y)
                                               for x in acts_a for y in acts_b)


def bodies_voting_apart(fa: Frame, fb: Frame) -> bool:
    """Each claim's tallies are of a vote by a body named apart from the other's (frames.toml [voting] `bodies`: "The
    senate" / "the lower house"; "the finance committee" / "the full council"), or by a committee and the body it sits
    in (`sub_bodies`: "the Senate Judiciary Committee" / "the full Senate"): two bodies' votes, whatever bill."""
    voters = _bodies_voting(fa), _bodies_voting(fb)
    sub_bodies = set(frame_words()["voting"]["sub_bodies"])
    return all(voters) and (not (voters[0] <= voters[1] or voters[1] <= voters[0])
                            or bool((voters[0] ^ voters[1]) & sub_bodies))  # a committee and its chamber


def _bodies_voting(frame: Frame) -> frozenset[str]:
    """The body words (`bodies`) of the doers of the frame's tallies, members named for their body ("Senators": senate),
    and the bodies a vote is placed in or passes ("approved 41-29 in the senate", "passed the lower house 88-61")."""
    table = frame_words()["voting"]
    bodies, members = set(table["bodies"]), {**table["members"], **table["chambers"]}
    if not any(m.unit == "tally" for m in frame.measures):
        return frozenset()
    voters = [doer_of(m, frame) for m in frame.measures if m.unit == "tally"]
    if frame.predicate.split(" ")[0] in table["words"]:  # "The committee voted 12-10 to advance it"
        voters.append(frame.agent)
    doers = {members.get(w, w) for voter in voters for w in words(voter)}
    # the bodies written up to just after the tally (not "... and the opposition will challenge it in the
    # constitutional court")
    tally = next(m.text for m in frame.measures if m.unit == "tally")
    at = max(frame.text.find(tally), 0)
    placed = {members.get(w, w) for found in _VOTED_IN.finditer(frame.text[:at + len(tally) + 30])
              for w in found.group(1).lower().split()}
    named = frozenset(w for w in doers | placed if w in bodies)
    # where the parse names no doer ("The Senate Judiciary Committee voted 12-10 to advance it"), those before the tally
    return named or frozenset(members.get(w, w) for w in words(frame.text[:at]) if members.get(w, w) in bodies)


# "in the senate", "by the lower house", "passed the senate", "cleared the full council"
_VOTED_IN = re.compile(r"\b(?:in|by|through|passed|cleared|pass|clear|passes|clears)\s+the\s+((?:upper\s+|lower\s+|full\s+)?"
                       r"[A-Za-z]+)", re.I)


def _voted_on(frame: Frame) -> set[str]:
    """The acts the frame's tallies decide, where they name one (not a bare "vote")."""
    return {m.predicate for m in frame.measures if m.unit == "tally" and m.predicate not in ("", "vote")}


def _same_words(fa: Frame, fb: Frame, verb_a: str, verb_b: str) -> bool:
    """The words after the verb, up to a comma, are the same: one scene ("dozens of people were killed in the
    attack" / "hundreds were killed in the attack, officials said"), not "in the earthquake" / "in the
    aftershock", nor "from the building" / "from the building's upper floors" (a part of it)."""
    def after(frame: Frame, verb: str) -> set[str] | None:
        found = re.search(rf"\b{re.escape(verb[:4])}\w*\b([^,.;]*)", frame.text, re.I)
        return words(found.group(1)) if found else None
    xa, xb = after(fa, verb_a), after(fb, verb_b)
    return xa is not None and xa == xb


def _level_of_the_act(m: Measure, act: str, frame: Frame, other_act: str) -> bool:
    """The figure is a level its counted thing reached by a verb of change, the thing named by the other figure's act
    as a participle after its noun ("the share of household waste recycled rose to 48 percent" / "recycled 38 percent
    of its household waste"; "the number of passengers carried fell to 2 million" / "carried 2.5 million
    passengers"): one variable, the act's, told by two verbs."""
    if m.reading != "level" or act not in amount_verbs() or not other_act or other_act in amount_verbs():
        return False
    stem = re.escape(other_act[:max(3, len(other_act) - 1)])
    return re.search(rf"\b{re.escape(m.counts)}s?\s+{stem}\w*ed\b", frame.text, re.I) is not None


def _same_scene(fa: Frame, fb: Frame) -> bool:
    return any(same_place(x, y) for x in fa.locations for y in fb.locations)


def _one_variable(ma: Measure, mb: Measure) -> bool:
    """Two counted nouns that name one measured variable in other words ("unemployment" / "jobless rate"); not one
    noun told with a qualifier of its own in each ("headline inflation" / "core inflation", "arriving" / "departing"
    passengers: `qualified_apart`), which the group's bare noun would match in both."""
    def qualified(m: Measure) -> set[str]:
        return {" ".join((*m.modifiers, m.counts))} | {f"{word} {m.counts}" for word in m.modifiers}

    apart = qualified_apart(ma, mb)
    names_a, names_b = ((qualified(m) if apart else {m.counts} | qualified(m)) for m in (ma, mb))
    # ("spoiled ballots" / "invalid ballots": one variable whose qualified names the group lists)
    return any(names_a & set(group) and names_b & set(group) for group in frame_words()["variables"]["groups"])


def nouns_qualified_apart(fa: Frame, fb: Frame) -> bool:
    """Some noun a figure of either claim counts is written in each claim after a qualifier of its own that the other
    claim never writes ("1.9 million arriving passengers" / "Departing passengers ... numbered 1.7 million"): the
    qualified nouns are two variables, whichever figure the parse tied the noun to."""
    nouns = {m.counts for m in fa.measures + fb.measures if m.counts and m.unit == "count"}
    nouns |= {n.lower().removesuffix("s") for frame in (fa, fb) for n in _QUALIFIED_COUNT.findall(frame.text)}
    for noun in nouns:
        xs, ys = _qualifiers_written(noun, fa.text), _qualifiers_written(noun, fb.text)
        if xs and ys and not xs & words(fb.text) and not ys & words(fa.text) and not _one_named_variable(noun, xs, ys):
            return True
    return False


def _qualifiers_written(noun: str, text: str) -> set[str]:
    """The words written just before each form of the noun, not light words, numerals or scale words."""
    found = re.findall(rf"\b([a-z][\w-]*)\s+{re.escape(noun)}(?:s|es)?\b", text, re.I)
    return {w.lower() for w in found} - _LIGHT_WORDS - _SCALES


# a numeral, its scale word and one qualifier before the counted noun: "1.9 million arriving passengers"
_QUALIFIED_COUNT = re.compile(r"\b\d[\d.,]*\s*(?:hundred|thousand|million|billion)?\s+[a-z][\w-]*\s+([a-z]{4,})\b")
_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "some", "about", "nearly", "almost",
           "around", "over", "than", "least", "more", "new"}


def _one_named_variable(noun: str, xs: set[str], ys: set[str]) -> bool:
    """Two qualified names of the noun that a variables group lists as one ("spoiled" / "invalid" ballots)."""
    return any({f"{x} {noun}" for x in xs} & set(group) and {f"{y} {noun}" for y in ys} & set(group)
               for group in frame_words()["variables"]["groups"])


def qualified_apart(ma: Measure, mb: Measure) -> bool:
    """One counted noun narrowed in each figure by qualifiers none of which the other's shares: a variable is its
    counted noun with its qualifiers, and two qualifiers of one noun name two variables."""
    return bool(ma.counts) and ma.counts == mb.counts and bool(ma.modifiers and mb.modifiers) \
        and not words_overlap(ma.modifiers, mb.modifiers)


def scopes_apart(ma: Measure, mb: Measure) -> bool:
    """Two figures each counted in places or of holders the other's names in no form ("the death toll in Germany" /
    "in Western Europe"; "unemployment in Seville" / "in Spain"; "Biden's 52%" / "Trump's 42%"): two variables."""
    return bool(ma.scope and mb.scope) and not any(same_place(x, y) for x in ma.scope for y in mb.scope)


def variables_apart(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """The two figures' measured variables differ on a dimension both state (whose or where: `scopes_apart`; which
    kind: modifiers each of its own, `kinds_apart`; basis, part, rank of place, penalty: `dimensions_apart`) or one is
    narrowed to a part the other claim never names (`_narrowed`: "youth unemployment" / "unemployment"; "voters under
    30" / "all voters")."""
    return (scopes_apart(ma, mb) or kinds_apart(ma, mb, fa, fb) or _narrowed(ma, fb) or _narrowed(mb, fa)
            or changes_of_two_things(ma, mb, fa, fb) or given_to_two(ma, mb, fa, fb) or dimensions_apart(ma, mb)
            or holders_part_and_whole(fa, fb))


def holders_part_and_whole(fa: Frame, fb: Frame) -> bool:
    """The two frames' doers, or the things they act on, are a part placed at its whole and that whole
    (`_part_at_whole`: "The aquarium hall at the zoo drew 120,000 visitors" / "The zoo had 1.6 million visitors"):
    each figure is its own thing's, a part's count beside the whole's."""
    return any(_part_at_whole(x, y) or _part_at_whole(y, x) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)))


def _part_at_whole(part: str, whole: str) -> bool:
    """`part` is a short noun phrase placed "at" the whole `whole` names bare, every word of the whole written in
    that "at" phrase ("the aquarium hall at Leipzig zoo" / "Leipzig zoo"); not a phrase with a clause or another
    preposition in it ("the review of safety practices at the station", "the spillway at Varna Lake, a dam")."""
    found = _PART_AT.match(part)
    whole_words = words(whole)
    if not found or not whole_words or _NOT_BARE.search(f" {whole} ") or _NOT_BARE.search(f" {found.group(1)} "):
        return False
    place = words(found.group(2))
    return whole_words <= place and not words(found.group(1)) & whole_words


# a short noun phrase, its "at" phrase after it, and no clause after that: "The aquarium hall at Leipzig zoo"
_PART_AT = re.compile(r"^\s*((?:[\w'’-]+\s+){1,4}?)at\s+((?:[\w'’-]+\s*){1,4})$")
# a preposition, relative word or verb of being inside a noun phrase: not a bare one
_NOT_BARE = re.compile(r"\s(?:of|in|at|on|for|from|to|with|by|across|near|that|which|who|was|were|is|are|been)\s|,",
                       re.I)


def dimensions_apart(ma: Measure, mb: Measure) -> str:
    """The dimension (crosscheck/dimensions.py) on which two figures' variables differ, where both state it, or "":
    the basis of a change ("from December" / "than a year earlier"), the rank of the place each is counted in ("across
    the province" / "in the town of"), the kind of penalty ("in prison" / "barred from office"), or part against whole
    or against a figure not told as that part ("a tranche" / "the package"; "in Vlissingen alone" / "across Zeeland"):
    two variables, never one fact told two ways."""
    if ma.basis and mb.basis and ma.basis != mb.basis:
        return "basis"
    if ma.place_rank and mb.place_rank and ma.place_rank != mb.place_rank:
        return "place"
    if ma.penalty and mb.penalty and ma.penalty != mb.penalty:
        return "penalty"
    if (ma.part == "part") != (mb.part == "part") and not _one_scope(ma, mb):
        return "part"
    return ""


def shares_of_two_wholes(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Two shares each taken of a whole the other claim never writes ("42 percent of the region's farms" / "Among fruit
    growers in the region, 78 percent"): a subgroup's share and another group's, two variables, unless one group in
    other words (`_one_variable`)."""
    return (ma.unit == mb.unit == "%" and bool(ma.counts and mb.counts) and ma.counts != mb.counts
            and not noun_forms(ma.counts) & words(fb.text) and not noun_forms(mb.counts) & words(fa.text)
            and not _one_variable(ma, mb))


def read_apart(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Two figures whose variables differ on a dimension both state (`dimensions_apart`), shares of two wholes
    (`shares_of_two_wholes`) or two bodies' tallies (`bodies_voting_apart`): the readings any route asks before telling
    two figures one variable's."""
    return (bool(dimensions_apart(ma, mb)) or shares_of_two_wholes(ma, mb, fa, fb)
            or ma.unit == mb.unit == "tally" and bodies_voting_apart(fa, fb))


def figures_read_apart(fa: Frame, fb: Frame) -> tuple[Measure, Measure, str] | None:
    """A figure of each frame, of one unit and other values, whose variables are read apart (`read_apart`), and what
    sets them apart; None if none. Never an agreement: each claim tells its own variable."""
    return next(((x, y, dimensions_apart(x, y) or ("voting body" if x.unit == "tally" else "group taken"))
                 for x in fa.measures for y in fb.measures
                 if x.unit == y.unit and not _overlap(x, y) and read_apart(x, y, fa, fb)), None)


def _one_scope(ma: Measure, mb: Measure) -> bool:
    """Both figures counted in one place ("in Vlissingen alone, 380" / "Vlissingen had 830"): a part told of one place
    is that place's whole."""
    return bool(ma.scope and mb.scope) and any(same_place(x, y) for x in ma.scope for y in mb.scope)


def given_to_two(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Each figure is what its claim's main verb hands to someone, the two named apart ("sentenced Giorgio Fontana to
    eight years" / "Fontana's former deputy, Lucia Serra, received a three-year sentence"): each holder's own
    figure, whoever else either claim names."""
    holders = _taker_named(ma, fa), _taker_named(mb, fb)
    if any(holders):
        return all(holders) and not holders[0] & holders[1]
    described = _taker_described(ma, fa), _taker_described(mb, fb)
    # "the former hospital director" / "the hospital's former finance chief": two offices, neither claim writing the
    # other's
    return all(described) and described[0] != described[1] and not noun_forms(described[0]) & words(fb.text) \
        and not noun_forms(described[1]) & words(fa.text)


def _taker_described(m: Measure, frame: Frame) -> str:
    """The head noun of the taker of a transfer's figure told without a name (`_taker_named`'s role: "the former
    hospital director": director), where it tells who they are; "" for a bare person's noun ("the man", "the
    defendant"), which any taker may be told by."""
    verb = m.predicate or frame.predicate
    if verb != frame.predicate.split(" ")[0]:
        return ""
    giving, taking = transfer_ends()
    role = frame.recipient or frame.theme if verb in giving else frame.agent if verb in taking else ""
    head = re.split(r"\s(?:of|who|which|that|in|at|from|for|with|,)\s", f" {role} ")[0].split()
    noun = head[-1].lower() if head else ""
    return noun if noun.isalpha() and noun not in _BARE_PEOPLE and noun not in _LIGHT_WORDS else ""


# nouns any one person may be told by, which tell no office or part apart
def bare_people() -> frozenset[str]:
    """Nouns any one person may be told by (`_BARE_PEOPLE`), which tell no one apart."""
    return frozenset(_BARE_PEOPLE)


_BARE_PEOPLE = {"man", "woman", "person", "people", "defendant", "accused", "suspect", "convict", "one", "men",
                "women", "pair", "two", "boy", "girl"}


def _taker_named(m: Measure, frame: Frame) -> set[str]:
    """The words of the names of the one who takes what the figure measures, where the figure is of the main verb of a
    transfer (frames.toml [converse]): the object of a giving verb, the subject of a taking one; names said to be
    someone's ("Fontana's") are not the taker's. Empty where no name is written."""
    verb = m.predicate or frame.predicate
    if verb != frame.predicate.split(" ")[0]:
        return set()
    giving, taking = transfer_ends()
    role = frame.recipient or frame.theme if verb in giving else frame.agent if verb in taking else ""
    role = re.sub(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s?['’]s?\b", " ", role)  # "Fontana's former deputy"
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", role)} - _LIGHT_WORDS - {"the", "a", "an"}


def two_fates(pa: str, pb: str) -> bool:
    """Two verbs, not synonyms, of what befell people or things: two tallies of one scene ("killed 12 soldiers" / "40
    soldiers were wounded"; "destroyed 85 houses" / "damaged 140 houses")."""
    return not same_predicate(pa, pb) and ({pa, pb} <= people_counts()[0] or {pa, pb} <= _fates_of_things())


def fate_read(verb: str, frame: Frame) -> str:
    """A verb read with the place it brings people to, where that place names a fate (frames.toml [people_counts]
    `fate_places`: "taken to hospital", "rushed to a local hospital": "hospitalise"); else the verb."""
    if not verb:
        return verb
    for place, fate in frame_words()["people_counts"]["fate_places"].items():
        if re.search(rf"\b{re.escape(verb[:4])}\w*\s+(?:to|into|in)\s+(?:[\w'’]+\s+){{0,3}}?{place}s?\b",
                     frame.text, re.I):
            return fate
    return verb


@functools.cache
def _fates_of_things() -> frozenset[str]:
    """Verbs of what befell things (frames.toml [people_counts] `thing_verbs`): two of them, not synonyms, count two
    groups."""
    return frozenset(frame_words()["people_counts"]["thing_verbs"])


def ages_at_two_times(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """A person's ages told at two times (`_ages_at_other_acts`): when is a dimension of an age. (Not asked in
    `variables_apart`: there it cost a held-out contra pair of writer16.)"""
    return ma.unit == mb.unit == "age" and _ages_at_other_acts(ma, mb, fa, fb)


def changes_of_two_things(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """The figures' verbs each tell a change of a thing of its own ("Sales ... rose 4.5 percent ... to 9.3 billion
    crowns" / "operating profit ... rose 9 percent to 212 million crowns"): every figure of those verbs is its own
    thing's (`_things_apart`)."""
    changes_a = [m for m in fa.measures if m.predicate == ma.predicate and m.reading == "change"]
    changes_b = [m for m in fb.measures if m.predicate == mb.predicate and m.reading == "change"]
    return any(_things_apart(x, y, fa, fb) for x in changes_a for y in changes_b)


def kinds_apart(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Each counted thing narrowed by a word the other claim never writes ("average download speeds" / "peak download
    speeds"): two kinds of one thing, whatever words they share."""
    return (ma.unit in _COUNTED or ma.unit == mb.unit and _unit_of_rate(ma.unit)) and _unwritten(ma.modifiers, fb) \
        and _unwritten(mb.modifiers, fa) and not _one_variable(ma, mb)


def _unit_of_rate(unit: str) -> bool:
    """A unit written per another ("Mbit/s", "km/h"): its figure's counted noun is the subject it is the level of
    ("speeds"), whose modifiers are the variable's, not the unit's words."""
    return "/" in unit


def _unwritten(modifiers: tuple[str, ...], other: Frame) -> bool:
    """Some modifier none of whose words the other claim writes (by five-letter prefixes)."""
    written = {w[:5] for w in words(other.text)}
    return any(not any(w[:5] in written for w in words(modifier)) for modifier in modifiers)


# Figures that are a share or a rate of a whole, which a group's word (frames.toml [counted] `parts`: "youth"
# unemployment) or an age bracket (voters "under 30") makes a part's; "annual" inflation is inflation still
_SHARES = ("%", "rate")
# Figures whose modifiers are the counted thing's (a measure's are its unit's words too: "185 kilometres per hour")
_COUNTED = ("count", *_SHARES)


def _parts_named(m: Measure) -> tuple[str, ...]:
    """The modifiers of a share's whole that narrow it to a part: a group's word, an age bracket (a modifier with a
    number: "under 30"), or any word of a group the share is taken among ("Among primary school teachers")."""
    parts = frame_words()["counted"]["parts"]
    hyphened = tuple(f"{x}-{y}" for x, y in zip(m.modifiers, m.modifiers[1:]) if f"{x}-{y}" in parts)  # "long-term"
    qualified = tuple(w for w in m.among if w not in m.modifiers)  # "Among hotels on the coast": coast
    return tuple(w for w in m.modifiers if w in parts or w in m.among or any(c.isdigit() for c in w)) + hyphened \
        + qualified


def _narrowed(m: Measure, other: Frame) -> bool:
    """A count of a thing narrowed by words the other claim never writes ("large" fires, "minor" injuries), or a share
    or rate of a whole narrowed by any modifier so ("youth unemployment", "voters under 30"), where the other claim's
    figures of that thing carry no modifier of their own (both narrowed is `kinds_apart`'s case)."""
    narrowing = _parts_named(m) if m.unit in _SHARES else m.narrowing if m.unit == "count" else ()
    return bool(narrowing) and _unwritten(narrowing, other) and not any(
        o.modifiers for o in other.measures if o.counts == m.counts)


def _overlap(ma: Measure, mb: Measure) -> bool:
    """Two figures' ranges share a value. The ranges of two figures each only rounded share none where they only
    touch: "$100" (50 to 150) and "$200" (150 to 250) are each the nearest hundred, which no one value is both ways;
    a written bound or range keeps its end ("at least 100" / "as many as 100": exactly 100 fits both)."""
    high_a = float("inf") if ma.high is None else ma.high
    high_b = float("inf") if mb.high is None else mb.high
    if ma.rounded and mb.rounded:
        return ma.low < high_b - 1e-9 and mb.low < high_a - 1e-9
    return ma.low <= high_b + 1e-9 and mb.low <= high_a + 1e-9


def fates_apart(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """Two figures of one counted thing, each of its own frame's main verb, that cannot be one ("killed 12 soldiers"
    / "40 soldiers were wounded"): two groups, each with its fate, not one group told two ways. People counted by a
    fate's verb are counted as people whatever the noun ("at least nine people died" / "22 passengers were hurt"),
    and a figure written apart is another group even where a bound reaches the other ("at least nine": not 22)."""
    xs, ys = _own_counts(fa), _own_counts(fb)
    same_noun = next(((xs[c], ys[c]) for c in sorted(xs.keys() & ys.keys()) if not _overlap(xs[c], ys[c])), None)
    return same_noun or next(((x, y) for x in _fate_counts(fa) for y in _fate_counts(fb)
                              if _one_kind_of_people(x.counts, y.counts) and x.value != y.value
                              and opposite_pair(x.predicate, y.predicate) is not None), None)


def _fate_counts(frame: Frame) -> list[Measure]:
    """The counts of people the frame's verbs of a fate give, in its main clause or another ("killing at least nine
    people")."""
    fates = people_counts()[0] & {frame.predicate, *(c.predicate for c in frame.clauses)}
    return [m for m in frame.measures if m.unit == "count" and m.counts and m.predicate in fates]


def _one_kind_of_people(x: str, y: str) -> bool:
    return x == y or bool({x, y} & people_counts()[1])


def _own_counts(frame: Frame) -> dict[str, Measure]:
    return {m.counts: m for m in frame.measures if m.unit == "count" and m.counts and m.predicate == frame.predicate}


def _tally_conflict(ma: Measure, mb: Measure) -> bool:
    (ya, na), (yb, nb) = ma.tally, mb.tally
    if na is None or nb is None:  # a margin alone ("by a margin of 11 votes") against a margin or a tally's
        if (ya, na) == (0, 0) or (yb, nb) == (0, 0):
            return False  # a unanimous vote's margin is its count of votes, unread
        return (ya if na is None else ya - na) != (yb if nb is None else yb - nb)
    if ya == 0 and na == 0:  # "unanimously"
        return nb != 0
    if yb == 0 and nb == 0:
        return na != 0
    return (ya, na) != (yb, nb)


def _measures(fa: Frame, fb: Frame) -> list[Slot]:
    found = []
    for ma in fa.measures:
        for mb in fb.measures:
            level = comparable(ma, mb, fa, fb)
            verbs = (ma.predicate or fa.predicate, mb.predicate or fb.predicate)
            pair = opposite_pair(*verbs) if set(verbs) <= amount_verbs() else None
            if pair and comparable(ma, mb, fa, fb, direction=True) and _overlap(ma, mb) and not (ma.hedge or mb.hedge):
                if not (fa.negation or fb.negation):  # "rose by 2,000" / "slipped by 2,000"
                    found.append(Slot("direction", (f"{ma.predicate} {ma.shown}", f"{mb.predicate} {mb.shown}"), True,
                                      True, f"direction|{ma.counts or mb.counts}|{pair}"))
            elif level:
                conflict = _conflict(ma, mb, fa, fb)
                if conflict and level == "strong" and variables_apart(ma, mb, fa, fb):
                    level = "worded"  # "55 large fires" / "33,491 fires": perhaps a part of the other's count
                differs = (not conflict and _stated_differently(ma, mb) and not _breakdown(ma, mb, fa, fb)
                           and not _second_figure(ma, mb, fa, fb))
                name = {"age": "age", "hour": "duration", "tally": "tally"}.get(ma.unit, "figure")
                found.append(Slot(name, (ma.shown, mb.shown), conflict, level == "strong",
                                  f"{name}|{ma.unit}|{ma.counts or mb.counts}|{ma.predicate}", differs,
                                  ma.hedge or mb.hedge, level))
    return found


def _swapped_change(fa: Frame, fb: Frame) -> list[Slot]:
    """One change of one counted thing told from each end ("revised up to 366,000 from 235,000" / "cut to 235,000
    from an initial estimate of 366,000"): the same two values, each claim's origin the other's level, is one
    change whose direction the two tell opposite ways, whatever verbs they use."""
    if fa.dates and fb.dates and all(dates_differ(x, y) for x in fa.dates for y in fb.dates):
        return []  # "in 2020" / "in 2021": two changes
    def ends(frame: Frame) -> list[tuple[Measure, Measure]]:
        return [(o, l) for o in frame.measures if o.reading == "origin" for l in frame.measures
                if l.reading == "level" and l.unit == o.unit and l.value != o.value]
    for origin_a, level_a in ends(fa):
        for origin_b, level_b in ends(fb):
            if (origin_a.value, level_a.value) == (level_b.value, origin_b.value) \
                    and comparable(level_a, level_b, fa, fb, direction=True) and not (level_a.hedge or level_b.hedge):
                values = (f"from {origin_a.text} to {level_a.text}", f"from {origin_b.text} to {level_b.text}")
                return [Slot("direction", values, True, True, f"direction|{origin_a.counts or origin_b.counts}|swap")]
    return []


def _ages_at_other_acts(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """One age is told at an act ("joined the army at the age of 18") that the other claim does not tell ("Roe, who
    died aged 90"; "Roe, 90, died"): the person's ages at two times."""
    if not (ma.at_act or mb.at_act) or _one_time_each(fa, fb):
        return False
    if ma.at_act != mb.at_act:
        return True  # "At 29, Berg won his first title" / "Berg, 41, won the title again": then and now
    acts = ma.predicate or fa.predicate, mb.predicate or fb.predicate
    return not same_predicate(*acts)


def _one_time_each(fa: Frame, fb: Frame) -> bool:
    """Both claims date what they tell to one day or month ("At 38, she became minister on Thursday" / "Rahman, aged
    31, who was sworn in on Thursday"): the acts, whatever their verbs, are of one time, and a person has one age
    then."""
    return any(same_date(x, y) for x in fa.dates for y in fb.dates if granularity(x) in ("day", "weekday", "month")
               and granularity(x) == granularity(y))


def _one_age(frame: Frame) -> bool:
    """The claim gives one person's age, not two ("the 47-year-old pilot and the 35-year-old co-pilot")."""
    return sum(m.unit == "age" for m in frame.measures) == 1


def _conflict(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """The two figures cannot both hold, and neither claim gives a second figure, or a breakdown whose sum,
    compatible with the other's ("200 million this year and 300 million next" / "500 million")."""
    if ma.unit == "tally":
        if _tally_written(mb, fa.text) or _tally_written(ma, fb.text):
            return False  # "passed 65-35 in the Senate and 254 to 175 in the House" / "the vote was 254-175"
        same_a = [m for m in fa.measures if comparable(m, mb, fa, fb)]
        same_b = [m for m in fb.measures if comparable(ma, m, fa, fb)]
        return _tally_conflict(ma, mb) and not any(not _tally_conflict(x, y) for x in same_a for y in same_b)
    if _overlap(ma, mb) or _second_figure(ma, mb, fa, fb):
        return False
    return not (_breakdown(ma, mb, fa, fb) or _parts_of_an_untold_whole(ma, mb, fa, fb))


def _parts_of_an_untold_whole(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """One claim counts coordinated parts of the other's count, each narrowed by a word of its own ("75 primary and 35
    secondary teachers" / "120 teachers"), and neither figure is told as the whole ("a total of 120", "in all"): the
    parts need not be all of it, so a sum short of the other's is no conflict."""
    if ma.part == "whole" or mb.part == "whole":
        return False
    def parts(frame: Frame, other: Measure) -> list[Measure]:
        return [m for m in frame.measures if m.unit == other.unit and m.counts == other.counts and m.modifiers
                and m.reading == other.reading]
    def narrowed_apart(found: list[Measure]) -> bool:
        return len(found) > 1 and len({m.modifiers for m in found}) == len(found)
    return narrowed_apart(parts(fa, mb)) and not mb.modifiers or narrowed_apart(parts(fb, ma)) and not ma.modifiers


def _tally_written(m: Measure, text: str) -> bool:
    """The tally's two numbers written one after the other in `text`, in any form ("254 to 175")."""
    yes, no = m.tally or (None, None)
    if no is None:
        return False  # a margin alone
    return yes is not None and bool(no or yes) and re.search(rf"\b{yes}\D{{1,5}}{no}\b", text) is not None


def _second_figure(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """Either claim also states a figure of the variable that fits the other's: the two differing figures
    are two quantities ("added 194,000 jobs ... millions of open jobs" / "added 194,000 jobs")."""
    return (any(other is not mb and not _one_range(other, mb) and comparable(ma, other, fa, fb) == "strong"
                and _fits(ma, other) for other in fb.measures)
            or any(other is not ma and not _one_range(other, ma) and comparable(other, mb, fa, fb) == "strong"
                   and _fits(other, mb) for other in fa.measures))


def _fits(x: Measure, y: Measure) -> bool:
    """Two figures that can be one value; two open bounds only where they are the same bound ("at least 625" is
    no second figure of "at least 1,410")."""
    return _overlap(x, y) and not (x.high is None and y.high is None and _stated_differently(x, y))


def _one_range(x: Measure, y: Measure) -> bool:
    """The two ends of one range ("$54 million to $56 million"), read as two figures with the range's bounds."""
    return x.high is not None and (x.low, x.high, x.unit) == (y.low, y.high, y.unit)


def _breakdown(ma: Measure, mb: Measure, fa: Frame, fb: Frame) -> bool:
    """One claim's figures of the variable add up to the other's ("200 million this year and 300 million next")."""
    same_a = _ranges_once([m for m in fa.measures if comparable(m, mb, fa, fb) and m.high is not None])
    same_b = _ranges_once([m for m in fb.measures if comparable(ma, m, fa, fb) and m.high is not None])
    return (len(same_a) > 1 and _overlap(_total(same_a), mb)) or (len(same_b) > 1 and _overlap(ma, _total(same_b)))


def _ranges_once(measures: list[Measure]) -> list[Measure]:
    return [m for i, m in enumerate(measures) if not any(_one_range(m, other) for other in measures[:i])]


def _total(measures: list[Measure]) -> Measure:
    first = measures[0]
    if len(measures) < 2 or any(m.high is None for m in measures):
        return first
    return replace(first, low=sum(m.low for m in measures), high=sum(m.high for m in measures))


def _stated_differently(ma: Measure, mb: Measure) -> bool:
    """Compatible but not the same figure: two different open bounds ("more than 1,000" / "at least 1,800"),
    or two values neither of which lies in the range the other's wording admits."""
    if ma.unit == "tally":
        return False
    if ma.high is None and mb.high is None:  # two bounds: apart by more than the coarser one's rounding
        return abs(ma.low - mb.low) > max(_rounding(ma), _rounding(mb)) + 1e-9
    bound, figure = (ma, mb) if ma.high is None else (mb, ma)
    if bound.high is None and figure.high is not None and figure.high - figure.low <= 2 * _rounding(figure) + 1e-9:
        # a bound and one figure, exact or only rounded ("at least 23" / "31"; "more than 1,000" / "2,470")
        return abs(figure.value - bound.value) > max(_rounding(bound), _rounding(figure)) + 1e-9
    if bound.high is None and figure.high is not None and figure.high - figure.low > 2 * _rounding(figure) + 1e-9:
        # a bound and a range written with two ends ("more than $50 million" / "$54 million to $56 million": one is
        # surer; "more than 50" / "between 40 and 60": the range admits less), but for a range that begins at the
        # bound ("more than $54 million" / "$54 million to $56 million") or a vague amount ("hundreds" / "at least
        # 300"); a figure's own rounding ("$6.3 billion" / "more than $6 billion") is no range
        # within the rounding of the range's first end, not at its middle ("more than 2,500" / "between 2,000 and
        # 3,000": 2,500 is half a thousand from each end, the range's own step, and tells another range)
        first_end = figure.low + _rounding(figure)  # the first end as written (`low` holds its rounding)
        begins_at = abs(bound.value - first_end) < _rounding(figure) - 1e-9 or abs(bound.value - first_end) <= 1e-9
        return _exactly_written(figure.text) and not begins_at
    return not (_admits(ma, mb.value) or _admits(mb, ma.value))


def _exactly_written(text: str) -> bool:
    """A figure written with a numeral or a number word ("4 to 6 weeks", "between four and six weeks"), not a vague
    amount ("hundreds")."""
    return bool(_DIGITS.search(text)) or any(word_number(w) is not None for w in text.lower().split())


def _rounding(m: Measure) -> float:
    """Half the step of the last written digit of a round figure ("15 million": 0.5 million; "150": 5);
    0 for an exact count below 100 or a figure with decimals written out to the unit."""
    digits = _DIGITS.search(m.text)
    if not digits:
        return 0.0
    whole, fraction = digits.group(1).replace(",", ""), digits.group(2) or ""
    written = float(whole + ("." + fraction if fraction else ""))
    if not written:
        return 0.0
    scale = m.value / written  # the scale word's factor: 1e6 for "million"
    if fraction:
        return 0.5 * 10.0 ** -len(fraction) * scale
    if scale > 1 or int(whole) >= 100:
        return 0.5 * 10.0 ** (len(whole) - len(whole.rstrip("0"))) * scale
    return 0.0


def _admits(m: Measure, value: float) -> bool:
    return m.low - 1e-9 <= value <= (float("inf") if m.high is None else m.high) + 1e-9


def opposite_pair(x: str, y: str) -> str | None:
    """The name of the pair that puts the two predicate lemmas on opposite sides, if any."""
    for name, one, other in opposite_pairs():
        if (x in one and y in other) or (x in other and y in one):
            return name
    return None


def same_side(x: str, y: str) -> str | None:
    """The name of the pair that puts two different lemmas on one side (near-synonyms: "guilty" and
    "convict"), if any."""
    for name, one, other in opposite_pairs():
        if x != y and ((x in one and y in one) or (x in other and y in other)):
            return name
    return None


# -- what a pair of like statements leaves unmatched ------------------------------------------------

def unmatched_figures(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """A figure in each frame, of one kind (unit and reading; a count of the same thing), that matches none
    of the other frame's figures of that kind, allowing the rounding each is written with. The alignment did
    not tie them to one measured variable, so they may be two quantities: worth a check, never an agreement."""
    lone_a, lone_b, kin = _lone_figures(fa, fb)
    return next(((x, y) for x in lone_a for y in lone_b if kin(x, y)), None)


def leftover_figures(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """The one figure of each frame that matches none of the other's, where every other figure of both matches
    one of the other's and at least one does ("$10 an hour ... over six years" / "$10 hourly ... over four
    years"; "Cruz has 370, Rubio 163 and Kasich 63" / "Kasich 63, Rubio 136, Cruz 370"): what is left once the
    rest is paired is the same variable, told two ways. Not a tally: two votes may sit beside one figure."""
    lone_a, lone_b, kin = _lone_figures(fa, fb)
    if len(lone_a) != 1 or len(lone_b) != 1 or not kin(lone_a[0], lone_b[0]) or lone_a[0].unit == "tally":
        return None
    rest_a = [m for m in fa.measures if m is not lone_a[0]]
    rest_b = [m for m in fb.measures if m is not lone_b[0]]
    paired = [any(kin(x, y) and _close(x, y) for y in rest_b) for x in rest_a]
    paired_b = [any(kin(x, y) and _close(x, y) for x in rest_a) for y in rest_b]
    if not (paired and all(paired) and paired_b and all(paired_b)):
        return None
    return lone_a[0], lone_b[0]


def matched_figures(fa: Frame, fb: Frame) -> list[str]:
    """The words of the frame's figures that match a figure of the other frame in unit and value, rounding allowed ("436,219 people" / "some 436,000 people", "$1 trillion" / "$1.2 trillion"), each
    the other's closest: "100 seats" matches "100 seats", not "54" besides."""
    def closest(x: Measure, others) -> Measure | None:  # what either counts aside: written alike is all this asks
        fits = [o for o in others if x.unit == o.unit and _close(x, o)]
        return min(fits, key=lambda o: abs(o.value - x.value), default=None)

    return [m.text for m in fa.measures
            if (o := closest(m, fb.measures)) is not None and closest(o, fa.measures) is m]


def figures_apart(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """A figure of each frame, of one kind (unit, reading and counted thing: `_lone_figures`' kin), that matches
    no figure of its kind in the other ("agreed to pay $4.2 million" / "will hand over $2.4 million"): a slot both
    state, in values that cannot both hold if it is one."""
    lone_a, lone_b, kin = _lone_figures(fa, fb)
    return next(((x, y) for x in lone_a for y in lone_b if kin(x, y)), None)


def figures_told_differently(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """A figure of each frame, of one kind (`_lone_figures`' kin), compatible but stated differently ("between 80 and
    120 million euros" / "more than 100 million euros"), where neither frame states the other's figure as it is."""
    _, _, kin = _lone_figures(fa, fb)

    def told_alike(x: Measure, others) -> bool:
        return any(kin(x, o) and _close(x, o) and not _stated_differently(x, o) for o in others)

    return next(((x, y) for x in fa.measures for y in fb.measures if kin(x, y) and _close(x, y)
                 and _stated_differently(x, y) and not told_alike(x, fb.measures) and not told_alike(y, fa.measures)),
                None)


def counts_of_other_things(fa: Frame, fb: Frame) -> tuple[Measure, Measure] | None:
    """A count of each frame, counting other nouns ("more than 300 flights" / "at least 450 departures"), where no
    count of either is told alike by the other: whether they count one thing is not shown, so an agreement cannot
    rest on them (precision first: a difference, for a reader to weigh)."""
    counts_a, counts_b = (_plain_counts(frame) for frame in (fa, fb))
    if not (counts_a and counts_b):
        return None
    if any(x.counts == y.counts or _close(x, y) and not _stated_differently(x, y) for x in counts_a for y in counts_b):
        return None
    # counts of one act, by one verb or its synonym or status ("cancelled" / "scrapped"), not two acts' counts
    return next(((x, y) for x in counts_a for y in counts_b if _one_act(_act_of(x, fa), _act_of(y, fb))), None)


def _act_of(figure: Measure, frame: Frame) -> str:
    """The verb a figure is of, as its frame's phrase where the frame's verb is the figure's ("take part", not
    "take")."""
    if not figure.predicate or frame.predicate.split()[0] == figure.predicate:
        return frame.predicate
    return figure.predicate


def _one_act(x: str, y: str) -> bool:
    return bool(x and y) and (same_predicate(x, y) or bool(status_of(x)) and status_of(x) == status_of(y))


def _plain_counts(frame: Frame) -> list[Measure]:
    """The frame's counts of a named noun, asserted, of its own time and level."""
    return [m for m in frame.measures if m.unit == "count" and m.counts and m.reading == "level"
            and not (m.hedge or m.aside)]


def _lone_figures(fa: Frame, fb: Frame):
    """The figures of each frame that have a figure of their kind in the other frame but match none of them, and
    the test of kind."""
    counted = {id(m): _counted(m, frame, other) for frame, other in ((fa, fb), (fb, fa)) for m in frame.measures}

    def frame_of_figure(m: Measure) -> Frame:
        return fa if any(m is o for o in fa.measures) else fb

    # a threshold is kin to a level ("a target of 2 million" / "made 5 million")
    def kin(x: Measure, y: Measure) -> bool:
        readings = {x.reading, y.reading}
        return (x.unit == y.unit and (len(readings) == 1 or readings == {"level", "threshold"})
                and not (x.hedge or y.hedge or x.aside or y.aside)
                and (x.unit != "count" or bool(counted[id(x)]) and counted[id(x)] == counted[id(y)])
                and not _two_variables(x, y, frame_of_figure(x), frame_of_figure(y)))

    def matched(x: Measure, others, own) -> bool:
        # a figure the other claim matches better by one of x's own is no match of x ("some 59 percent" is near
        # "60 percent", which is the other's match of "Trump's 60 percent")
        return any(_close(x, y) and not _nearer(y, x, own, kin) for y in others if kin(x, y))

    lone_a = [m for m in fa.measures
              if any(kin(m, o) for o in fb.measures) and not matched(m, fb.measures, fa.measures)]
    lone_b = [m for m in fb.measures
              if any(kin(m, o) for o in fa.measures) and not matched(m, fa.measures, fb.measures)]
    return lone_a, lone_b, kin


def _two_variables(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Two people's ages or one's at two times, or changes or sums of two things: figures of one kind that are no
    one variable."""
    return (ages_of_two(x, y, fx, fy) or ages_at_two_times(x, y, fx, fy) or _things_apart(x, y, fx, fy)
            or _stuffs_apart(x, y, fx, fy) or read_apart(x, y, fx, fy)
            or changes_of_two_things(x, y, fx, fy) or given_to_two(x, y, fx, fy)
            or x.unit == "count" and two_fates(x.predicate or fx.predicate, y.predicate or fy.predicate))


def two_variables(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Figures of one unit that measure two variables, on any reading a route may ask: apart in scope, kind or part
    (`variables_apart`), of two people or times or things (`_two_variables`), or counts of two fates, a place people
    were brought to read as one ("injured" / "taken to hospital": `fate_read`)."""
    return (variables_apart(x, y, fx, fy) or _two_variables(x, y, fx, fy) or fates_read_apart(x, y, fx, fy)
            or start_against_end(x, y, fx, fy) or turnout_against_side(x, y, fy) or turnout_against_side(y, x, fx))


def start_against_end(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """One figure is where an amount started (frames.toml [reading] `starting`: "bidding opened at $600,000") and the
    other a figure of another verb ("the painting fetched $1.3 million"): the start and the outcome, two levels."""
    starting = set(frame_words()["reading"]["starting"])
    verbs = x.predicate or fx.predicate, y.predicate or fy.predicate
    return (verbs[0] in starting) != (verbs[1] in starting)


def named_two_ways(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Figures told of two variables by their words alone: one noun with two qualifiers (`qualified_apart`, not one
    variable a group names two ways) or counts of two fates (`fates_read_apart`). The narrower reading a route
    asks that has no slot to weigh the rest (`variables_apart` there cost a held-out contra pair of writer16)."""
    return qualified_apart(x, y) and not _one_variable(x, y) or fates_read_apart(x, y, fx, fy) \
        or turnout_against_side(x, y, fy) or turnout_against_side(y, x, fx)


def turnout_against_side(x: Measure, y: Measure, fy: Frame) -> bool:
    """A turnout against a share that voted one way ("Turnout was 38 percent" / "62 percent voted in favour", "half
    of the voters backed the plan"): how many took part and how many of them took a side, two variables."""
    if x.counts != "turnout" or y.counts == "turnout" or y.unit != "%":
        return False
    sided = y.predicate in frame_words()["voting"]["words"] and y.predicate != "vote"
    return sided or y.predicate == "vote" and _SIDE_TAKEN.search(fy.text) is not None


# a vote told with the side it took ("voted in favour", "voted against the plan", "voted yes")
_SIDE_TAKEN = re.compile(r"\bvot(?:e|ed|es|ing)\s+(?:in\s+favou?r|for|against|yes|no)\b", re.I)


def fates_read_apart(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Counts of two fates, each verb read with the place it brought people to (`fate_read`)."""
    return x.unit == y.unit == "count" and two_fates(fate_read(x.predicate or fx.predicate, fx),
                                                     fate_read(y.predicate or fy.predicate, fy))


def _things_apart(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Two changes, or two sums of money an amount verb moves, of two things each figure names ("rose 4.5 percent
    (sales)" / "rose 9 percent (operating profit)"; "rose to 9.3 billion crowns (sales)" / "rose to 212 million crowns
    (profit)"): what rose or fell is what the figure measures, and two subjects are two variables, unless one in other
    words (`_one_variable`). Not a level's share, whose counted noun is often only a word near it ("4.5 percent" read
    as the "year's"), nor a sum told of a noun ("the $5.5 billion package" / "the $4 billion plan" may be one), nor
    where a claim writes the other's thing too ("Shares of the carmaker fell 12%" / "The carmaker's stock dropped 7
    percent": the carmaker's shares)."""
    moved = x.reading == y.reading == "change" or x.unit.isupper() and {x.predicate, y.predicate} <= amount_verbs()
    return (moved and bool(x.counts and y.counts) and x.counts != y.counts and not _one_variable(x, y)
            and not noun_forms(x.counts) & words(fy.text) and not noun_forms(y.counts) & words(fx.text))


def _stuffs_apart(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Two amounts of matter in one measure, each "of" a thing the other claim never writes ("40 kilograms of
    cocaine" / "300 kilograms of cannabis resin"; "12 tonnes of rice" / "8 tonnes of flour"): two things weighed,
    unless one in other words (`_one_variable`)."""
    return (x.unit in _matter_units() and bool(x.counts and y.counts) and x.counts != y.counts
            and not _one_variable(x, y) and not noun_forms(x.counts) & words(fy.text)
            and not noun_forms(y.counts) & words(fx.text))


@functools.cache
def _matter_units() -> frozenset[str]:
    """The units of data/units.toml [measures] ("kg", "t", "l", "km")."""
    return frozenset(data_table("units.toml")["measures"].values())


def ages_of_two(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Two ages told of two people by nouns of their own ("the driver, 67," / "a 19-year-old passenger"), neither
    claim writing the other's noun (`_one_person`), or by one family name with given names apart
    (`given_names_apart`): each person's age, no figure of one variable."""
    return x.unit == y.unit == "age" and (bool(x.counts and y.counts) and x.counts != y.counts
                                          and not _one_person(x, y, fx, fy) or given_names_apart(x, y, fx, fy))


def given_names_apart(x: Measure, y: Measure, fx: Frame, fy: Frame) -> bool:
    """Two figures told of one family name, each claim writing it after a given name the other never writes
    ("Gerald Hume" / "Patrick Hume"): two people, a father and his son, a player and her sister."""
    if not x.counts or x.counts != y.counts:
        return False
    given = _given_name(x.counts, fx.text), _given_name(y.counts, fy.text)
    return all(given) and given[0] not in words(fy.text) and given[1] not in words(fx.text)


def _given_name(family: str, text: str) -> str:
    """The capitalised word written just before a family name ("Patrick" of "councillor Patrick Hume"), lowered."""
    found = re.search(rf"\b([A-Z][\w'’-]+)\s+{re.escape(family)}\b", text, re.I)
    if not found or not found.group(1)[:1].isupper() or found.group(1).lower() in _LIGHT_WORDS | _titles():
        return ""
    return found.group(1).lower()


@functools.cache
def _titles() -> frozenset[str]:
    """Words written before a name that are no given name: offices' words (frames.toml [offices]) and forms of
    address ("Mayor Hume", "Dr Hume")."""
    offices = {w for noun in frame_words()["offices"]["nouns"] for w in noun.split()}
    return frozenset(offices | {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "st", "saint"})


def _nearer(y: Measure, x: Measure, own, kin) -> bool:
    """Another figure of x's frame, of y's kind, written with y's very value where x's is not."""
    return x.value != y.value and any(o is not x and kin(o, y) and o.value == y.value for o in own)


def _counted(m: Measure, frame: Frame, other: Frame) -> str:
    """What a figure counts; for a bare count, what the other claim's figure of the same act counts when this
    claim names it too ("took the most seats -- 123 --" / "won 186 seats": seats)."""
    if m.counts or m.unit != "count":
        return m.counts
    return next((o.counts for o in other.measures if o.unit == "count" and o.counts and len(o.counts) >= 4
                 and same_predicate(m.predicate, o.predicate) and o.counts[:4] in frame.text.lower()), "")


def _close(x: Measure, y: Measure) -> bool:
    if x.unit == "tally":
        return not _tally_conflict(x, y)
    return _overlap(x, y)  # each figure's range already allows the rounding it is written with


def unmatched_places(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """Places each claim names, none of which is the other's or named in the other's text ("charged in
    Brooklyn" / "filed in Los Angeles"): perhaps two places of one happening, perhaps of two."""
    if not (fa.locations and fb.locations):
        return None
    if any(same_place(x, y) for x in fa.locations for y in fb.locations):
        return None
    text_a, text_b = fa.text.lower(), fb.text.lower()
    if any(x.lower() in text_b for x in fa.locations) or any(y.lower() in text_a for y in fb.locations):
        return None
    return ", ".join(fa.locations), ", ".join(fb.locations)


# -- when, where, what became of it ---------------------------------------------------------------

def _parts(text: str):
    match = _GRANULARITY.fullmatch(text)
    if not match:
        return None
    year = match.group("year")
    return (None if year == "-" else year), match.group("month"), match.group("day")


def granularity(text: str) -> str:
    parts = _parts(text)
    if parts is None:
        return "weekday" if text.lower() in _WEEKDAYS else "other"
    return "day" if parts[2] else "month" if parts[1] else "year"


def same_date(x: str, y: str) -> bool:
    """Equal in every part both give: "--08-31" is the same day as "2025-08-31"."""
    px, py = _parts(x), _parts(y)
    if px is None or py is None:
        return x.lower() == y.lower()
    return all(u is None or v is None or u == v for u, v in zip(px, py))


def _dates(fa: Frame, fb: Frame) -> list[Slot]:
    if other_votes(fa, fb):
        return []  # "voted 61-38 on Tuesday to open debate" / "passed 52-47 on Friday": each vote its own day
    if any(same_date(x, y) for x in fa.dates for y in fb.dates if granularity(x) in ("day", "month")):
        return []  # the same date named in both: a differing date belongs to something else
    for level in ("day", "weekday", "month"):
        da = [d for d in fa.dates if granularity(d) == level]
        db = [d for d in fb.dates if granularity(d) == level]
        if level == "weekday" and (da[:1] and da[0] in fb.text.lower() or db[:1] and db[0] in fa.text.lower()):
            continue  # the other names that weekday too ("2 a.m. Friday, which was 7 p.m. Thursday ET")
        if len(da) == 1 and len(db) == 1 and not same_date(da[0], db[0]):
            if level == "month" and _figures_of_two_periods(fa, fb, da[0], db[0]):
                return []
            # the day a thing was due and the day it was done ("must switch off by 31 December" / "was switched
            # off on 14 October"): two dates, not one happening's
            one = same_happening(fa, fb) and deadline_dated(fa.text) == deadline_dated(fb.text)
            return [Slot("date", (da[0], db[0]), True, one, f"date|{fa.predicate}")]
    for dated, weekdays in ((fa, fb), (fb, fa)):
        days = [d for d in dated.dates if granularity(d) == "day" and weekday_of(d)]
        named = [d for d in weekdays.dates if granularity(d) == "weekday"]
        if len(days) == 1 and len(named) == 1 and weekday_of(days[0]) != named[0].lower() \
                and named[0].lower() not in dated.text.lower():
            values = (days[0], named[0]) if dated is fa else (named[0], days[0])
            return [Slot("date", values, True, same_happening(fa, fb), f"date|{fa.predicate}")]
    return []


def _figures_of_two_periods(fa: Frame, fb: Frame, month_a: str, month_b: str) -> bool:
    """Each claim gives a figure of one kind (unit and reading) for its own month, the two values apart ("exports
    rose 7 percent in March" / "In February, exports grew 2 percent"): two periods of one series, each month the
    period its figure measures, not one happening told with two dates. A month told with one value in both ("killed
    12 in March" / "killed 12 in February") is still a date that conflicts."""
    def of_month(frame: Frame, month: str) -> list[Measure]:
        return [m for m in frame.measures if month in m.period]
    return any(x.unit == y.unit and x.reading == y.reading and not _overlap(x, y)
               for x in of_month(fa, month_a) for y in of_month(fb, month_b))


def _offsets(fa: Frame, fb: Frame) -> list[Slot]:
    """One act placed on one side of one happening, at two counts of time from it ("came 15 days before the caucuses"
    / "held five days ahead of the caucuses"): a time that cannot hold for both."""
    if not (fa.offset and fb.offset and fa.order and fb.order) or fa.order[0] != fb.order[0] \
            or not same_predicate(fa.order[2], fb.order[2]) or fa.offset == fb.offset:
        return []
    values = tuple(f"{_span_of_time(frame.offset)} {frame.order[0]} the {frame.order[2]}" for frame in (fa, fb))
    return [Slot("time", values, True, same_happening(fa, fb) or _same_roles(fa, fb), f"time|{fa.predicate}")]


def _span_of_time(hours: float) -> str:
    return f"{hours / 24:g} days" if hours % 24 == 0 else f"{hours:g} hours"


def _clocks(fa: Frame, fb: Frame) -> list[Slot]:
    """Two times of day of the act, in one time zone (or none named), too far apart for the rounding each is
    written with ("struck at 3:15 a.m." / "hit at 5:40 a.m."; "about 2 a.m." meets "2:10 a.m.")."""
    for x in fa.clock:
        for y in fb.clock:
            if x.zone != y.zone:
                continue
            apart = abs(x.minutes - y.minutes)
            if min(apart, 24 * 60 - apart) > (30 if x.approximate or y.approximate else 0):
                values = (str(replace(x, approximate=False)), str(replace(y, approximate=False)))
                return [Slot("time", values, True, same_happening(fa, fb), f"time|{fa.predicate}")]
    return []


def dates_differ(x: str, y: str) -> bool:
    """Two dates that cannot be one: at one granularity, differing in a part both give; a calendar day against
    a month, in other months (years are not compared there: a year the text leaves out is read against the
    article's date, and "since March 1" / "since March" may be given two)."""
    if {granularity(x), granularity(y)} == {"day", "month"}:
        return _parts(x)[1] != _parts(y)[1]
    return not same_date(x, y)


def _places(fa: Frame, fb: Frame) -> list[Slot]:
    if not (fa.places and fb.places) or any(same_place(x, y) for x in fa.places for y in fb.places):
        return []
    if bool(fa.negation) != bool(fb.negation):
        return []  # an act denied at one place tells nothing of where it is done ("will not close its plant in X")
    # Where a meeting or vote is held is a slot of its own (the judge asks the gazetteer whether the two
    # places lie apart or one holds the other), and so is where one act was done to or by the same parties ("the
    # suspect was arrested in Phoenix" / "in Denver"); where else something happened may be another happening.
    one_act = (same_happening(fa, fb) and (bool(fa.status and fb.status) or _same_roles(fa, fb))
               or _one_act_in_clauses(fa, fb))
    return [Slot("place", (", ".join(fa.places), ", ".join(fb.places)), True, one_act, f"place|{fa.predicate}")]


def things_named_apart(theme_a: str, text_a: str, theme_b: str, text_b: str) -> bool:
    """Each thing acted on is told with a qualifier naming where or whose it is, the two names written in no form in
    the other claim ("the emergency ward at Meissen hospital" / "the emergency ward at Pirna hospital"; "its plant in
    Sunderland" / "its plant in Swindon"): two things, each with its own act, whatever the act and its opposite."""
    xs, ys = _qualifier_names(theme_a, text_a), _qualifier_names(theme_b, text_b)
    return bool(xs and ys) and not xs & words(text_b) and not ys & words(text_a)


def two_things_acted_on(theme_a: str, text_a: str, theme_b: str, text_b: str) -> bool:
    """Two things, each with its own act or status: each named by a qualifier of its own (`things_named_apart`), or
    one a part of the other (`part_and_whole`). The one reading the status, opposite and negation routes ask."""
    return things_named_apart(theme_a, text_a, theme_b, text_b) or part_and_whole(theme_a, theme_b)


def part_and_whole(x: str, y: str) -> bool:
    """One thing is a part of the other, told by the other's noun in its "at" qualifier ("the Friday concerts at the
    folk festival" / "the folk festival"): two things, each with its own status."""
    return _part_of(x, y) or _part_of(y, x)


def _part_of(part: str, whole: str) -> bool:
    head_part, qualifier = _head_and_qualifier(part)
    head_whole = _head_and_qualifier(whole)[0]
    return bool(head_part and head_whole and qualifier) and head_part[:5] != head_whole[:5] \
        and head_whole[:5] in {w[:5] for w in words(qualifier)}


def _head_and_qualifier(role: str) -> tuple[str, str]:
    """A noun phrase's head (its last word before an "at" phrase) and that phrase. (Not "of" or "in": "the opening of
    the new wing", "an increase in fuel taxes", "the summit of Central Asian leaders" tell the thing itself.)"""
    found = re.match(r"\s*(.*?)\s+at\s+(.+)$", role)
    noun, qualifier = (found.group(1), found.group(2)) if found else (role, "")
    noun_words = [w for w in re.findall(r"[\w'’-]+", noun.lower()) if w not in _LIGHT_WORDS]
    return (noun_words[-1] if noun_words else ""), qualifier


# a thing's qualifier of place or holder, as written after its noun: "at Meissen hospital", "in Sunderland"
_QUALIFIER = re.compile(r"\b(?:at|in|of|near)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)")


def _qualifier_names(theme: str, text: str) -> set[str]:
    """The names of the qualifiers the theme carries, in the theme or written just after it in the text."""
    if not theme.strip():
        return set()
    at = text.find(theme)
    told = theme + (text[at + len(theme):at + len(theme) + 40] if at >= 0 else "")
    told = re.split(r"[,;]", told)[0]
    return {w.lower() for found in _QUALIFIER.findall(told) for w in found.split()} - _LIGHT_WORDS


def _one_act_in_clauses(fa: Frame, fb: Frame) -> bool:
    """One act that one claim tells in its main clause and the other in a clause of its own, done to the same
    thing ("Trump canceled an event in Chicago" / "Protesters crowded into the Cincinnati arena, and he scrapped
    the event"): the same verb or a synonym, or one status ("canceled" / "scrapped")."""
    def one_act(x, y) -> bool:
        status = status_of(x.predicate)
        return ((same_predicate(x.predicate, y.predicate) or bool(status) and status == status_of(y.predicate))
                and bool(words(x.theme) and words(y.theme)) and overlaps(x.theme, y.theme)
                and not (x.negation or y.negation))
    return any(one_act(x, y) for x, y in _main_against_clauses(fa, fb))


def _main_against_clauses(fa: Frame, fb: Frame):
    """Each frame with its clauses, paired across the two claims, but for the two main frames themselves: one act
    may be one claim's main clause and a clause of the other's."""
    return ((x, y) for x in (fa, *fa.clauses) for y in (fb, *fb.clauses) if not (x is fa and y is fb))


def _same_roles(fa: Frame, fb: Frame) -> bool:
    """Every role both frames fill can be the same thing, and at least one is filled in both."""
    shared = [(x, y) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)) if words(x) and words(y)]
    return bool(shared) and all(overlaps(x, y) for x, y in shared)


def same_place(x: str, y: str) -> bool:
    """One's words among the other's ("Budapest" / "central Budapest", "Ukraine" / "Ukrainian", by five-letter
    prefixes), or one written as the other's initials ("U.S." / "the United States"); not two names that share
    a word ("New Hampshire" / "New York", "North Korea" / "South Korea"), nor two names of several words whose
    initials are the same ("American Medical Association" / "American Marketing Association")."""
    return _within(words(x), words(y)) or initialism(x, y)


def _within(wx: set[str], wy: set[str]) -> bool:
    """One set of words inside the other, whole or by five-letter prefixes."""
    if wx and wy and (wx <= wy or wy <= wx):
        return True
    px, py = {w[:5] for w in wx if len(w) >= 5}, {w[:5] for w in wy if len(w) >= 5}
    return bool(px and py) and (px <= py or py <= px)


def _beat_by_other(fa: Frame, fb: Frame, unnamed: bool = False) -> bool:
    """`fa`'s winner is `fb`'s loser; with `unnamed`, also where either is not given."""
    if not (fa.winner and fb.loser):
        return unnamed
    return overlaps(fa.winner, fb.loser)


def _one_contest(fa: Frame, fb: Frame) -> bool:
    """Both won the same thing: "won the primary" / "won the Iowa primary" (one's words inside the other's),
    "Clinton's victory in New York" / "Sanders carried New York"; not "won 24 percent" (a share of the vote) nor
    "won the Iowa primary" / "won the Nevada primary"."""
    won_a, won_b = _won(fa), _won(fb)
    if not (won_a and won_b) or _DIGITS.search(won_a + won_b) or _ONE_OF_MANY.match(won_a) or _ONE_OF_MANY.match(won_b):
        return False  # "won a contract to supply cranes" / "the terminal contract went to Y": perhaps two contracts
    wa, wb = _contest_words(won_a), _contest_words(won_b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


_ONE_OF_MANY = re.compile(r"\s*(?:a|an|another)\s", re.I)


def _contest_words(won: str) -> set[str]:
    """What was won, less the noun of the prize ("the young composer prize" / "the young composer award at this year's
    festival": one prize, named two ways)."""
    return words(won) - set(frame_words()["winning_nouns"]["prizes"])


def _won(frame: Frame) -> str:
    """What the frame says was won: a win noun's contest, or the object of a verb of winning."""
    return frame.contest or (frame.theme if frame.predicate in WINNING | winning_places()[0] else "")


def _status(fa: Frame, fb: Frame) -> list[Slot]:
    found = _status_told(fa, fb)
    if found and two_things_acted_on(fa.theme, fa.text, fb.theme, fb.text):
        # "the ward at Meissen hospital will shut" / "the ward at Pirna hospital will stay open"; "the Friday concerts
        # at the festival were cancelled" / "the festival went ahead" (read only where a status conflicts: it costs)
        return []
    return found


def _status_told(fa: Frame, fb: Frame) -> list[Slot]:
    if not (fa.negation or fb.negation) and status_conflict(fa.status, fb.status) and _one_doer(fa, fb):
        roles_a, roles_b = f"{fa.agent} {fa.theme}", f"{fb.agent} {fb.theme}"
        if not (words(roles_a) and words(roles_b)) or overlaps(roles_a, roles_b):
            return [_status_slot(fa.status, fa.predicate, fb.status, fb.predicate)]
    # one claim's main act against a clause of the other, done to the same thing ("Trump held a rally" / "Protesters
    # packed the arena, and Trump called off the rally")
    for x, y in _main_against_clauses(fa, fb):
        sx, sy = _clause_status(x), _clause_status(y)
        if status_conflict(sx, sy) and overlaps(x.theme, y.theme) and _one_doer(x, y) and not _days_apart(x, y):
            return [_status_slot(sx, x.predicate, sy, y.predicate)]
    return _noun_status_against_done(fa, fb)


def _noun_status_against_done(fa: Frame, fb: Frame) -> list[Slot]:
    """One claim puts off or calls off an act told by its noun ("The opening of the new wing has been postponed"), the
    other tells that act done, by its verb, of the same thing ("The new wing opened on Monday"): the act happened, a
    status that conflicts. Not an act to come ("will open in May"), hedged or denied."""
    for x, y, first in ((fa, fb, True), (fb, fa, False)):
        if x.status not in ("postponed", "cancelled") or x.negation or x.hedge or y.status:
            continue
        if not y.done or y.negation or y.hedge or y.future or not _one_named(y.theme) or _days_apart(x, y):
            continue
        act = _headed(_act_named(x.theme, y.predicate)).split()
        if act and words_overlap({act[-1].lower()}, words(f"{y.agent} {y.theme}")):  # "the new wing": a wing
            told = (x.status, x.predicate), ("happened", y.predicate)
            return [_status_slot(*told[0], *told[1]) if first else _status_slot(*told[1], *told[0])]
    return []


def _one_named(role: str) -> bool:
    """The role names one thing known to the reader: "the new wing", "its satellite", a name; not "a new satellite",
    "two hostages" or "another bridge", which may be others than those the other claim tells of."""
    first = next(iter(_WORD.findall(role.lower())), "")
    return bool(first) and first not in _NOT_ONE_NAMED and not first.isdigit() and word_number(first) is None


_NOT_ONE_NAMED = frozenset({"a", "an", "another", "some", "several", "many", "new", "other", "more", "one"})


def _days_apart(x: Frame | Clause, y: Frame | Clause) -> bool:
    """Both frames (or clauses) dated to the day, no day of one the other's: two acts ("was postponed on Friday" /
    "released two hostages on Thursday"; "the vote was postponed on Monday" / "the vote, which went ahead on
    Friday")."""
    days = [[d for d in f.dates if granularity(d) in ("day", "weekday")] for f in (x, y)]
    return all(days) and not any(same_date(p, q) for p in days[0] for q in days[1])


_ACT_OF = re.compile(r"^(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?([a-z]+)\s+of\s+(.+)$", re.I)


def _act_named(role: str, verb: str) -> str:
    """What a role names the verb's act to be done to, where it names the act by its noun ("the opening of the new
    wing": the new wing, of "open"; "the release of the hostages": of "release"); "" where it does not."""
    found = _ACT_OF.match(role.strip())
    if not found or " " in verb:
        return ""
    noun = found.group(1).lower()
    nouns = {verb, verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else verb + "ing",
             act_nouns().get(verb, "").split(" ")[0]}
    return found.group(2) if noun in nouns else ""


def _one_doer(x: Frame | Clause, y: Frame | Clause) -> bool:
    """Not two named doers ("The Senate delayed its vote" / "The House held its vote": two votes)."""
    return not (words(x.agent) and words(y.agent)) or overlaps(x.agent, y.agent)


def _clause_status(part: Frame | Clause) -> str:
    """The status a frame or clause states of what it acts on: none when negated, a plan, or without an object."""
    if part.negation or not words(part.theme):
        return ""
    if isinstance(part, Frame):
        return part.status
    return "" if part.intent else status_of(part.predicate)


def _status_slot(sa: str, pa: str, sb: str, pb: str) -> Slot:
    return Slot("status", (f"{sa} ({pa})", f"{sb} ({pb})"), True, True, "status|" + "/".join(sorted((sa, sb))))


def _initiators(fa: Frame, fb: Frame) -> list[Slot]:
    if not (fa.initiator and fb.initiator) or _same_party(fa.initiator, fb.initiator) and not (
            _party_told_apart(fb.initiator, fa) or _party_told_apart(fa.initiator, fb)):
        return []
    return [Slot("initiator", (fa.initiator, fb.initiator), True, True, "initiator")]


def _party_told_apart(bare: str, other: Frame) -> bool:
    """An initiator told only by a word any party may go by ("at the government's invitation"), where the other claim
    names a party by that word beside its own initiator, who is told otherwise ("The Lagos state government said the
    talks had been requested by the drivers' union"): the other claim's government is not its initiator, so the two
    initiators are two parties."""
    party = frozenset(frame_words()["initiator"]["party_words"])
    told = words(bare)
    if not told or not told <= party or set(_WORD.findall(other.initiator.lower())) & party \
            or packaged_voicebook().side_of_text(other.initiator):
        return False  # (a country's side may be its government: "the Japanese side" / "the government")
    return any(re.search(rf"\b{re.escape(w)}\b", other.text, re.I) for w in told)


def _same_party(x: str, y: str) -> bool:
    """Two namings of one party: they share a word other than those any party's name may hold (frames.toml,
    initiator.party_words: "the Japanese government" / "the South Korean government"), or one is only such words."""
    sides = {packaged_voicebook().side_of_text(x), packaged_voicebook().side_of_text(y)}
    if len(sides) == 1 and None not in sides:  # "the Chinese side" / "China"
        return True
    party = frozenset(frame_words()["initiator"]["party_words"])
    wx, wy = words(x) - party, words(y) - party
    if not (wx and wy) or not overlaps(" ".join(wx), " ".join(wy)):
        return not (wx and wy)
    # a shared common noun, told apart by the names beside it ("two House committees" / "Senate committees")
    names_x, names_y = (_capitalised(t) - (wx & wy) for t in (x, y))
    return not (names_x and names_y) or overlaps(" ".join(names_x), " ".join(names_y))


def _capitalised(text: str) -> set[str]:
    """The lower-cased words written with a capital, less those a sentence's start capitalises ("The", "Two")."""
    return {w.lower() for w in _WORD.findall(text) if w[:1].isupper() and w.lower() not in _NOT_NAMES}


def _ranks(fa: Frame, fb: Frame) -> list[Slot]:
    """One party placed two ways in one contest's results ("took the most seats" / "finished second"); not where
    the two name places apart (two contests)."""
    x, y = fa.ranked, fb.ranked
    if x is None or y is None or x.position == y.position or not overlaps(x.who, y.who):
        return []
    if fa.locations and fb.locations and not any(same_place(p, q) for p in fa.locations for q in fb.locations):
        return []
    if x.contest and y.contest and (not overlaps(x.contest, y.contest)
                                    or _tables_qualified_apart(x.contest, fa.text, y.contest, fb.text)):
        return []  # "in the Iowa caucuses" / "in the New Hampshire primary"; "among technical universities" / "overall"
    return [Slot("rank", (f"{x.who}: {x.words}", f"{y.who}: {y.words}"), True, True, "rank")]


def _tables_qualified_apart(x: str, text_x: str, y: str, text_y: str) -> bool:
    """Two groups a party is ranked in, each told with a word of its own the other claim never writes ("among the
    country's technical universities" / "in the overall table of 62 universities"): two tables, each with its own
    order. The words before the group's head noun only, up to a participle or a clause ("published on Wednesday")."""
    def qualifiers(group: str) -> set[str]:
        phrase = re.split(r"\s(?:\w+ed|which|that|who|on|in|at|by|since|for|of)\s", f" {group} ")[0]
        told = re.findall(r"[\w-]+", phrase.lower())
        return words(" ".join(told[:-1]))  # less the head noun: "election" / "vote" may be one contest
    return bool(qualifiers(x) - words(text_y)) and bool(qualifiers(y) - words(text_x))


def _ordinals(fa: Frame, fb: Frame) -> list[Slot]:
    """One thing given two places in its series ("its first ballistic missile test in six months" / "the third such
    test in six months"; "this year's third special session" / "the second special session of the year")."""
    if not (fa.ordinals and fb.ordinals):
        return []
    word = _ordinal_words()
    return [Slot("ordinal", (f"{word[x]} {written_x}", f"{word[y]} {written_y}"), True, True, f"ordinal|{noun}")
            for noun, x, written_x in fa.ordinals for other, y, written_y in fb.ordinals if noun == other and x != y][:1]


@functools.cache
def _ordinal_words() -> dict[int, str]:
    """{position: the ordinal that writes it}, built once."""
    return {position: word for word, position in frame_words()["rank"]["ordinals"].items()}


def _winners(fa: Frame, fb: Frame) -> list[Slot]:
    # each winner the other's loser, where both are named ("she defeated Obama" / "Obama defeated Hillary Clinton":
    # "she" is not shown to be Clinton, and may have won another contest)
    swapped = _beat_by_other(fa, fb) and _beat_by_other(fb, fa, unnamed=True) \
        or _beat_by_other(fb, fa) and _beat_by_other(fa, fb, unnamed=True)
    rivals = (fa.winner and fb.winner and not overlaps(fa.winner, fb.winner) and _one_contest(fa, fb))
    if not (swapped or rivals):
        return []
    return [Slot("winner", (fa.winner or f"not {fa.loser}", fb.winner or f"not {fb.loser}"), True, True, "winner")]
