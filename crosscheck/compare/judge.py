"""Judge: two claims -> Judgement: agree, differ (a contradiction or not), apart or unrelated, and why.

First the slots both claims' frames fill (`align.py`): a conflict on a slot aligned to one happening,
neither side hedged, is a contradiction (a difference where one is hedged or one place may hold the other);
a value stated differently is a difference; like words whose slot is not surely one variable ("hundreds"
against "a few dozen residents", which may count other people) are apart, never an agreement: two judges
found such differences wrong (benchmarks/labels/judged/). Then the clause checks: a verb asserted and
negated, or against its opposite (`data/opposites.toml`), with the same roles; a different agent for the
same act, or agent and theme (or giver and recipient) traded; one transfer to different recipients; two
happenings in opposite order, however either is worded (`readings.happenings_ordered_apart`); a role's value one
claim asserts and the other denies ("X, not Y", "X rather than Y", "It was X that": `readings.contrast_told_apart`);
opposite qualities of one thing ("temporarily" / "permanently blocked"). Without
any of these, two claims of the same fact agree, unless one alone doubts it (a certainty difference). Last, a
contradiction stands only where both statements are shown to be about one thing and on one footing
(`_contradiction_shown`); else it is a difference that "may conflict". An agreement that still holds a slot in
conflict, or a figure stated differently, is a difference (`_no_agreement_in_conflict`). What is left unmatched is
asked of `unmatched.py`, and a pair found apart of `one_fact.py`; what these read off a claim is `readings.py`'s.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from .. import nlp
from ..config import Settings
from ..dating import MONTHS, WEEKDAYS
from ..figures import word_number
from ..frames import frame_of
from ..gazetteer import as_written, locate
from ..lexicon import act_nouns, amount_verbs, data_table, opposites_of, stop_words, words_overlap
from ..predicates import (WINNING, converse, frame_words, light_object_head, one_way, opposite_qualities, people_counts,
                          same_predicate, spelled_alike, status_of, symmetric_predicates, transfer_ends)
from ..similarity import fact_similarity, written_days
from ..types import Claim, Judgement, Measure
from .align import (DESCRIBED_WORDS, bare_people, bodies_voting_apart, comparable, counts_of_other_things, fates_apart,
                    figures_apart, figures_read_apart, figures_told_differently, granularity, happening_subject,
                    holders_part_and_whole, leftover_figures, matched_figures, one_doers_figures, one_transfer,
                    opened_to_its_users, opposite_pair, other_votes, same_place, same_side, slots, stem_written,
                    two_things_acted_on)
from .bodies import initialism, one_body
from .one_fact import one_fact_told_two_ways
from .readings import (LIGHT_ACTS, LIGHT_PREDICATES, LIGHT_WORDS, WORD, acts_align, agendas_apart, bare_name,
                       can_be_same, clipped, condition_words, contrast_kept, contrast_told_apart, dated_apart,
                       days_differ, difference, distinct, figure_hedged, figures_of_other_occasions,
                       happenings_ordered_apart, hedge_note, hedge_of, hedged_apart, introduced_as_new, is_doubted,
                       is_planned, located_apart, name_words, named_in, offices_of, old_and_new, one_place_two_scales,
                       one_referent, one_word, ordered_acts, ordinals_written, other_occasions, other_owners,
                       other_years, parsed, passive_doers, places_differ, polarity_of, possessor, prospective,
                       qualified_apart, replaced_apart, role_identity, same_condition, shared_numeral_forms,
                       shared_numerals, sources_estimating_apart, stages_apart, two_estimators, two_things_introduced,
                       uncertain, word_set, words_before, written_in)
from .updates import toll_told_later
from .unmatched import (anchored_specifics, left_unmatched, named_unmatched, names_not_in, places_apart,
                        numbers_unmatched, places_at_two_breadths, places_unmatched, sources_apart,
                        specifics_unmatched)


_PERSONAL = {"he", "she", "i", "we", "they"}


def judge(a: Claim, b: Claim, cosine: float, settings: Settings, similarity: float | None = None) -> Judgement:
    """How two statements relate: same fact or not, and if so whether they conflict, and why.

    `similarity`: their fact similarity where the caller has it already (`fact_similarity_matrix`).
    """
    return _contradiction_shown(a, b, _no_agreement_in_conflict(a, b, _judged(a, b, cosine, settings, similarity),
                                                                 settings, cosine))


def _no_agreement_in_conflict(a: Claim, b: Claim, verdict: Judgement, settings: Settings,
                              cosine: float = 0.0) -> Judgement:
    """Similar wording with a slot both state in values that cannot both hold is never an agreement (issue 16,
    point 3), whichever check let the slot through: where the rules found no conflict on one happening, the pair
    is a difference that "may conflict", for a reader to weigh; and one with a figure stated differently is a
    difference (`_figure_told_apart`)."""
    if verdict.relation != "agree" or not (parsed(a) and parsed(b)):
        return verdict
    fa, fb = frame_of(a), frame_of(b)
    if apart := figures_read_apart(fa, fb):
        x, y, dimension = apart
        return Judgement(verdict.similarity, False, "apart", False,
                         f"figures of two variables (apart by {dimension}): {x.shown} vs {y.shown}")
    found = slots(fa, fb)  # read once for both checks
    conflict = _slot_in_conflict(fa, fb, found, settings) or _places_told_apart(a, b, settings) \
        or contrast_told_apart(a, b)
    if conflict is None and (part := _one_of_many(fa, a, fb, b) or _one_of_many(fb, b, fa, a)):
        reason = f"one told of {part[0]}, the other of one of them: {clipped(part[1], 50)}"
        return difference(verdict.similarity, False, reason, "scope", part, "scope|part")
    if conflict is None and (days := _days_unmatched(fa, fb)):
        return Judgement(verdict.similarity, False, "apart", False, f"days that match nowhere: {days[0]} vs {days[1]} "
                                                                   f"(no agreement while one is unmatched)")
    if conflict is None:
        verdict = _figure_told_apart(fa, fb, found, verdict)
        numbers = numbers_unmatched(a, b) if verdict.relation == "agree" else None
        if numbers is None:
            return verdict
        return Judgement(verdict.similarity, False, "apart", False, f"numbers of one thing that match nowhere: "
                         f"{numbers[0]} vs {numbers[1]} (no agreement while one is unmatched)")
    name, values = conflict
    if name == "recipient" and (amount := _one_sum_to_two_kinds(fa, fb, values)):
        reason = f"recipient cannot both hold: {values[0]} vs {values[1]} (one sum given: {amount})"
        return difference(verdict.similarity, not (hedge_of(a) or hedge_of(b)), reason, "recipient", values,
                          "recipient|")
    if name == "agent" and not _qualified_apart(values[0], fa, values[1], fb):
        # two nouns, not two descriptions of one kind: a paraphrase may name one doer so ("a fisherman" / "a local
        # angler"), so never a conflict, and no agreement either
        return Judgement(verdict.similarity, False, "apart", False,
                         f"doers that match nowhere: {values[0]} vs {values[1]} (no agreement while one is unmatched)")
    reason = f"{MAY_CONFLICT} (no agreement where a slot conflicts): {name} {values[0]} vs {values[1]}"
    return replace(difference(verdict.similarity, False, reason, _BASIS.get(name, name), values, f"{name}|"),
                   possible=True)


def _one_share_by_its_part(slot, fa, fb) -> bool:
    """The slot's two figures are shares of one whole (one counted noun), at least one told by a verb of share whose
    doer is the part ("Rail freight accounted for 18 percent of all cargo": frames.toml [light] `share_verbs`), and
    every part so told has a word written in the other claim ("... of the cargo went by rail"): one part's share, one
    variable, whichever verb tells the other. Not two parts ("Wind power accounted for 22 percent" / "Solar panels
    produced 14 percent")."""
    figures = [next((m for m in f.measures if m.shown == value), None) for f, value in zip((fa, fb), slot.values)]
    if any(m is None or m.unit != "%" or not m.counts for m in figures) or figures[0].counts != figures[1].counts:
        return False
    share_verbs = frame_words()["light"]["share_verbs"]
    parts = [(f.agent or f.theme, other) for f, other in ((fa, fb), (fb, fa)) if f.predicate in share_verbs]
    return bool(parts) and all(words_overlap(word_set(part) - LIGHT_WORDS, word_set(other.text))
                               for part, other in parts)


def _first_of_one_thing(fa, fb) -> bool:
    """Both claims tell their act as the first occurrence of it ("for the first time", "its first public
    appearance": `ordinals_written`), done by or to the same thing (a word of their doers and objects shared, beside
    the ordinal's own)."""
    if not all("first" in ordinals_written(f.text).get("occurrence", ()) for f in (fa, fb)):
        return False
    roles = [word_set(f"{f.agent} {f.theme}") - {"first"} - LIGHT_WORDS for f in (fa, fb)]
    return len(roles[0] & roles[1]) >= 2


def _days_unmatched(fa, fb) -> tuple[str, str] | None:
    """(day, day) where both claims date what they tell by weekdays, or both by calendar days, and no day of one is any
    of the other's ("began on Monday" / "started on Thursday"): a day unmatched, as a figure unmatched, earns no
    agreement, whichever act each day is of."""
    for grain in ("weekday", "day"):
        if dated_apart(fa.dates, fb.dates, grain):
            return tuple(next(d for d in f.dates if granularity(d) == grain) for f in (fa, fb))
    return None


def _one_sum_to_two_kinds(fa, fb, recipients: tuple[str, str]) -> str:
    """The sum both claims give ("its grant of 2 million pounds" / "A £2m award"; "the emergency loan of 300 million
    dollars"), told to go to recipients of two kinds, their head nouns apart ("the Swansea maritime museum" /
    "Swansea's central library"): one sum goes one way, so the recipients conflict; "" otherwise. Two recipients of
    one kind told apart by their qualifiers ("the children's hospital" / "the regional teaching hospital") may be one
    described twice: a difference that may conflict."""
    heads = [_recipient_head(_who_of(r)) for r in recipients]
    if not all(heads) or heads[0] == heads[1] or one_referent(f"the {heads[0]}", f"the {heads[1]}"):
        return ""
    return next((x.shown for x in fa.measures for y in fb.measures if x.unit == y.unit and x.unit.isupper()
                 and x.value == y.value and not (x.hedge or y.hedge)), "")


def _one_of_many(fa, a: Claim, fb, b: Claim) -> tuple[str, str] | None:
    """(the many, the one) where one act's thing is told of several counted things in one claim ("halted traffic at all
    three of Chile's main terminals") and of one of them in the other ("traffic at the terminal in San Antonio was
    brought to a standstill"): the other claim writes the counted noun once, singular, and counts it nowhere. A whole
    and a part of it: a difference (pairs/README: broader vs narrower), not one fact agreed."""
    many = [(m.counts, m.shown) for m in fa.measures if m.unit == "count" and m.counts and m.value is not None
            and m.value >= 2 and not m.aside] + _many_told(a.text)
    for noun, shown in many:
        if not re.search(rf"\b{re.escape(noun)}(?:s|es)\b", a.text, re.I):
            continue  # a count of the noun written plural ("three of its terminals"), not "a magnitude 5.8 earthquake"
        if any(n.counts == noun for n in fb.measures):
            return None
        one = re.search(rf"\b(?:the|a|an|its|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}{_PHRASE_ENDS}", b.text,
                        re.I)
        if one and not re.search(rf"\b{re.escape(noun)}(?:s|es)\b", b.text, re.I):
            return shown, one.group(0)
    return None


def _many_told(text: str) -> list[tuple[str, str]]:
    """(noun, as written) of each plural told as many by a word, not a figure ("several roads", "numerous schools":
    frames.toml [counted] `many`)."""
    words = "|".join(re.escape(w) for w in frame_words()["counted"]["many"])
    told = []
    for found in re.finditer(rf"\b(?:{words})\s+([a-z-]+)(?:\s+([a-z-]+))?", text, re.I):
        plural = next((w for w in found.groups() if w and re.fullmatch(r"[a-z-]+[^s]s", w, re.I)), None)
        if plural is not None:  # the first plural of the next two words ("several roads", "numerous small schools")
            noun = plural[:-2] if re.search(r"(?:ch|sh|x|ss)es$", plural, re.I) else plural[:-1]
            told.append((noun, found.group(0)))
    return told


# The noun ends its phrase: a punctuation mark or a word that opens no noun's modifier follows ("the terminal in San
# Antonio", "the terminal was"; not "the refugee cap", where the noun qualifies another)
_PHRASE_ENDS = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|of|on|near|by|off|outside|was|is|were|are|had|has|that|which|"
                r"where|who|and|to|for|from|with|after|before|when|as)\b)")


def _places_told_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, tuple[str, str]] | None:
    """Places each claim names that lie apart from all the other's, where no frame slot holds them ("struck near
    Latacunga in central Ecuador" / "was centred near Loja in southern Ecuador"): one statement told of two places."""
    found = places_apart(a, b, settings)
    return None if found is None else ("place", (found[1], found[2]))


def _figure_told_apart(fa, fb, found: list, verdict: Judgement) -> Judgement:
    """One counted thing's figures, compatible but stated differently, by two verbs or one ("between 40 and 60
    containers fell overboard" / "more than 50 containers were lost"): a difference, whichever verbs carry them
    (pairs/README: compatible bounds, a range against a bound, differ)."""
    told = next((slot for slot in found if slot.differs and slot.name in MEASURED and slot.kinship == "strong"
                 and not slot.hedge), None)
    if told is not None:
        reason = f"{told.name} stated differently: {told.values[0]} vs {told.values[1]}"
        return difference(verdict.similarity, False, reason, _BASIS.get(told.name, told.name), told.values, told.fact)
    figures = figures_told_differently(fa, fb)
    if figures is None:
        counts = counts_of_other_things(fa, fb)
        if counts is None:
            return verdict
        values = (counts[0].shown, counts[1].shown)
        reason = f"counts of other things, none told alike: {values[0]} vs {values[1]}"
        return difference(verdict.similarity, False, reason, "figures", values, "figure|count")
    values = (figures[0].shown, figures[1].shown)
    return difference(verdict.similarity, False, f"figure stated differently: {values[0]} vs {values[1]}", "figures",
                      values, f"figure|{figures[0].unit}")


def _slot_in_conflict(fa, fb, found: list, settings: Settings) -> tuple[str, tuple[str, str]] | None:
    """(slot, values) of a slot both frames fill in values that cannot both hold, aligned to one happening or not:
    a figure of one kind matching none of the other's (`figures_apart`), recipients told apart, or any slot `slots`
    finds in conflict but places one of which may hold the other ("Budapest" / "Hungary"). (Not any two days the
    claims name: an announcement's day and its event's are two; one act's days are `_clause_conflicts`'.)"""
    if figures := figures_apart(fa, fb):
        return "figure", (figures[0].shown, figures[1].shown)
    if recipients := _recipients_described_apart(fa, fb):
        return "recipient", recipients
    if doers := _doers_described_apart(fa, fb):
        return "agent", doers
    if orders := (_placed_apart(fa, fb) or _acts_ordered_apart(fa, fb)
                  or happenings_ordered_apart(fa.text, fb.text)):
        return "order", orders
    return next(((slot.name, slot.values) for slot in found if slot.conflict and not (
        slot.name in _CONTAINED and not located_apart(fa.places, fb.places, settings))), None)


MAY_CONFLICT = "may conflict"  # how a conflict not shown to be about one thing is told (`_contradiction_shown`)


def _contradiction_shown(a: Claim, b: Claim, verdict: Judgement) -> Judgement:
    """A contradiction stands only where the two statements are shown to be about one thing; where that is not
    shown, the conflict is only possible: a difference ("may conflict"), which the findings rank below a
    contradiction, never an agreement and never silence."""
    if not verdict.contradiction:
        return verdict
    footing = _users_let_in(a, frame_of(a), b, frame_of(b)) if parsed(a) and parsed(b) else (a, b)
    unsure = _footing_apart(*footing) or _figures_unpaired(a, b, verdict)
    if not unsure:
        return verdict
    return replace(verdict, contradiction=False, possible=True, reason=f"{MAY_CONFLICT} ({unsure}): {verdict.reason}")


def _footing_apart(a: Claim, b: Claim) -> str:
    """One claim tells its act only on a condition ("would be scared if he won") or only as possible ("could",
    "reportedly") and the other tells it as fact: what may happen does not contradict what did. Both on one
    condition, or both doubted, stand on one footing (`same_condition`)."""
    conditional_a, conditional_b = (parsed(c) and c.hedge.lower() in condition_words() for c in (a, b))
    if (conditional_a or conditional_b) and not same_condition(a, b):
        return "one told only on a condition"
    if is_doubted(a) != is_doubted(b):
        return "one told only as possible"
    return ""


def _figures_unpaired(a: Claim, b: Claim, verdict: Judgement) -> str:
    """Which of a claim's figures the other's conflicting one gives is a guess where either claim gives two or more
    figures of its kind (`_one_kind`) and none of them is written alike in both ("53% describe themselves as
    liberal; 26% say they are conservative" / "42% say they're liberal, 32% call themselves conservative"; "Trump
    received 37 percent, Clinton 36" / "Clinton received 38 percent, Rubio 33"): perhaps two tables of one kind.
    One figure each ("spent $3.5 billion" / "will cost $5.5 billion"), one written alike beside the conflicting one
    ("killed 14 after two Muslim radicals" / "two radicalized Muslims ..., killing 17"), or one holder's figure by
    one verb (`_one_holders_figure`) ties the two."""
    if verdict.basis != "figures" or len(verdict.values) != 2 or not (parsed(a) and parsed(b)):
        return ""
    fa, fb = frame_of(a), frame_of(b)
    ma = next((m for m in fa.measures if m.shown == verdict.values[0]), None)
    mb = next((m for m in fb.measures if m.shown == verdict.values[1]), None)
    if ma is None or mb is None:
        return ""  # a figure the claims give by their holders or numerals, already tied by them (`left_unmatched`)
    kind_a = [m for m in fa.measures if _one_kind(m, ma)]
    kind_b = [m for m in fb.measures if _one_kind(m, mb)]
    if len(kind_a) < 2 and len(kind_b) < 2:
        return ""
    matched = set(matched_figures(fa, fb))
    if any(m.text in matched for m in kind_a) or _one_holders_figure(ma, mb):
        return ""
    return "each among other figures of its kind, none of them given alike by both"


def _one_holders_figure(ma, mb) -> bool:
    """The two figures are told of one named holder or place by one verb ("Army: 40% fully vaccinated with 57% with
    one dose" / "Army: 60% fully vaccinated"): its figure, whatever else stands beside it. A holder by another verb
    ("Clinton had 36 percent" / "Clinton received 38 percent", each beside other candidates) may be another count."""
    return (bool(ma.scope and mb.scope) and any(same_place(x, y) for x in ma.scope for y in mb.scope)
            and same_predicate(ma.predicate, mb.predicate))


def _one_kind(m, figure) -> bool:
    """Of the figure's unit and, for a count, of what it counts ("hundreds of residents" is no other figure of
    "2.34 times the odds")."""
    return m.unit == figure.unit and (m.unit != "count" or m.counts == figure.counts)


def _judged(a: Claim, b: Claim, cosine: float, settings: Settings, similarity: float | None = None) -> Judgement:
    if similarity is None:
        similarity = fact_similarity(a, b, cosine, settings)
    same_fact = similarity >= settings.same_fact_threshold
    if told_later := toll_told_later(a, b):
        values = (told_later[0].shown, told_later[1].shown)
        return difference(similarity, False, f"a toll told at two times, risen since: {values[0]} vs {values[1]}",
                          "figures", values, "figure|count")
    if parsed(a) and parsed(b):
        verdict = _frames(a, b, similarity, same_fact, cosine, settings)
        if verdict is not None and verdict.relation == "apart":
            # a date or place the frames tie to two predicates may be one act's in two clauses ("The agreement,
            # signed in August, took effect" / "was signed on June 4"): the clauses' own dates and places decide
            placed = _clause_conflicts(a, b, similarity, same_fact, cosine, settings)
            if placed is not None and placed.basis in ("dates", "place"):
                return placed
            return _replaced(a, b, similarity, same_fact, cosine, settings) or _told_two_ways(a, b, verdict, settings)
        if verdict is not None:
            return verdict
    for check in (_contrasts, _replaced, _negation, _opposites, _clause_conflicts, _agents, _recipients, _partners,
                  _orders, _opposite_qualities, anchored_specifics):
        verdict = check(a, b, similarity, same_fact, cosine, settings)
        if verdict is not None:
            return _said_both_ways(a, b, verdict)
    if not same_fact:
        return _figures_of_two_sources(a, b, similarity, cosine, settings) or (
            _agendas_told_apart(a, b, similarity) if cosine >= settings.assertion_min_cosine else None) or Judgement(
            similarity, False, "unrelated", False, f"different facts (similarity {similarity:.2f})")
    if agendas := _agendas_told_apart(a, b, similarity):
        return agendas
    verdict = (_certainty(a, b, similarity, settings) or _margins(a, b, similarity, settings)
               or left_unmatched(a, b, similarity, cosine, settings)
               or specifics_unmatched(a, b, similarity, cosine, settings))
    if verdict is not None:
        return _told_two_ways(a, b, verdict, settings)
    if parsed(a) and parsed(b) and cosine < settings.near_copy_cosine and not (acts_align(a, b)
                                                                             or shared_numerals(a, b)):
        return Judgement(similarity, False, "apart", False,
                         f"like words told of other acts (“{frame_of(a).predicate}” / “{frame_of(b).predicate}”)")
    kinds = parsed(a) and parsed(b) and _kinds_apart(frame_of(a).theme, frame_of(b).theme)
    if kinds:
        return Judgement(similarity, False, "apart", False,
                         f"one act on things of other kinds: {kinds[0]} vs {kinds[1]}")
    if breadths := places_at_two_breadths(a, b, settings):
        if parsed(a) and parsed(b) and _figures_all_apart(frame_of(a), frame_of(b)):
            # each its own figure ("more than 400 shootings across the United States" / "In New York City, at
            # least 26 people were shot"): a whole place's count and a part's, two measures
            return Judgement(similarity, False, "apart", False,
                             f"figures of a place and of a place inside it: {breadths[0]} vs {breadths[1]}")
        reason = f"place told at two breadths: {breadths[0]} vs {breadths[1]} (one lies inside the other)"
        return difference(similarity, False, reason, "place", breadths, "place|breadth")
    return Judgement(similarity, True, "agree", False, f"same fact (similarity {similarity:.2f})")


def _figures_all_apart(fa, fb) -> bool:
    """Each frame states figures of one unit, and none of one's is written with a value of the other's ("more than
    400" / "at least 26"; not "thousands of homes" told twice)."""
    pairs = [(x, y) for x in fa.measures for y in fb.measures if x.unit == y.unit]
    return bool(pairs) and not any(x.value == y.value for x, y in pairs)


def _agendas_told_apart(a: Claim, b: Claim, similarity) -> Judgement | None:
    """One meeting's agenda told apart by the two claims (`readings.agendas_apart`): a difference of emphasis."""
    agendas = agendas_apart(a, b)
    if agendas is None:
        return None
    reason = f"one meeting's agenda told apart: {clipped(agendas[0], 40)} vs {clipped(agendas[1], 40)}"
    return difference(similarity, False, reason, "agenda", agendas, "agenda|")


def _figures_of_two_sources(a: Claim, b: Claim, similarity, cosine, settings) -> Judgement | None:
    """Two sources' figures for one measure of one happening (`unmatched.sources_apart`), the claims close in meaning
    though their added details keep them below one fact: a difference, never two facts."""
    return sources_apart(a, b, similarity) if cosine >= settings.assertion_min_cosine else None


# the kind a thing is of, after its noun: "a ban on imports of poultry and eggs from Poland": imports, poultry and eggs
_KIND_OF = re.compile(r"\b([a-z]+)\s+of\s+(.+?)(?=\s+(?:from|to|in|at|on|for|by|with|over|after|since|into)\s|,|$)")


def _kinds_apart(x: str, y: str) -> tuple[str, str] | None:
    """Two objects of one noun, each of a kind told in common words that share none ("imports of poultry and eggs" /
    "imports of chicken"; "the price of diesel" / "the price of bread"): perhaps two things, perhaps one and a part of
    it; never one thing agreed on. Names and nationalities aside ("imports of Polish chicken": chicken): a name may be
    what the other describes ("the release of Ms. Ortega" / "the release of the activist")."""
    mx, my = _KIND_OF.search(x), _KIND_OF.search(y)
    if not (mx and my) or mx.group(1) != my.group(1) or _counted(x, mx) or _counted(y, my):
        return None  # ("thousands of residents" / "thousands of people": a count, `comparable`'s to weigh)
    kinds = mx.group(2), my.group(2)
    wx, wy = (_meaning_words(" ".join(w for w in k.split() if not w[:1].isupper())) for k in kinds)
    return kinds if wx and wy and not can_be_same(" ".join(wx), " ".join(wy)) else None


@functools.cache
def _quantity_words() -> frozenset[str]:
    """Nouns that tell how much of what follows "of" there is ("dozens", "half", "a number", "a rate"), not a thing."""
    table = frame_words()
    vague = {phrase.split()[-1] for phrase in table["vague"]}
    containers = table["containers"]
    return frozenset(vague | set(table["shares"]) | set(containers["nouns"]) | set(containers["levels"]))


def _counted(role: str, found) -> bool:
    """The noun before "of" tells an amount, or follows a figure ("dozens of", "55 percent of the vote")."""
    before = role[:found.start(1)].split()[-1:]
    return any(w in _quantity_words() or word_number(w) is not None or any(c.isdigit() for c in w)
               for w in [found.group(1), *(b.lower() for b in before)])


def _said_both_ways(a: Claim, b: Claim, verdict: Judgement) -> Judgement:
    """A quotation asserted and its negation, both quoted from one speaker ("“They're killing people,” Biden said" /
    "“Facebook isn't killing people,” Biden said"): the speaker said both, on two occasions, and each outlet
    reports its quote right. Two utterances, not one fact told two ways: two judges found such a difference
    wrong (benchmarks/labels/judged/, sheet 8)."""
    if not (verdict.contradiction and a.quote and b.quote and a.voice and b.voice
            and word_set(a.voice) & word_set(b.voice)):
        return verdict
    return Judgement(verdict.similarity, False, "apart", False, f"{a.voice} is quoted both ways, two utterances: "
                     f"{verdict.reason}")


def _figures_repeated(a: Claim, b: Claim, settings: Settings) -> bool:
    """Both write `figures_repeated` figures alike or more: one measurement told twice, however far apart the words."""
    return len(shared_numeral_forms(a) & shared_numeral_forms(b)) >= settings.figures_repeated


def one_specific_alike(a: Claim, b: Claim) -> bool:
    """A numeral (not a year nor a part of a date) or a calendar day both write, its month named (`written_days`):
    "more than 260 were injured" / "more than 260 were wounded"; "expiring on Oct. 3" / "runs out on Oct. 3". With
    it, a figure of one measured variable in each (the slot aligned: one counted thing by one verb or its synonym)
    is one measurement told twice however far apart the other words, as `_figures_repeated` ties two figures alike.
    Not where a figure alike measures another thing in each ("a levy of 5 percent" / "fares will rise by 5
    percent"): two measures, perhaps of one day."""
    alike = shared_numerals(a, b) or written_days(a) & written_days(b)
    return bool(alike) and not _alike_of_two_things(frame_of(a), frame_of(b))


def _alike_of_two_things(fa, fb) -> bool:
    """A figure written alike in both that the two frames give of two variables (`comparable`)."""
    return any(x.value == y.value and x.unit == y.unit and not comparable(x, y, fa, fb)
               for x in fa.measures for y in fb.measures)


# -- slots of the two frames ----------------------------------------------------------------------

# Slots whose conflict stands on its own when the claims are only close in meaning (cosine at least
# assertion_min_cosine): the measured variable or the roles already say it is one happening.
MEASURED = {"figure", "age", "duration", "tally", "direction"}  # slots that are figures (or their direction)
_SELF_ALIGNING = MEASURED | {"status", "initiator", "winner", "rank"}
# Measured slots that a place or body both claims name anchors to one happening down to `anchored_min_cosine`
# (`findings._anchored_pairs`): not an age, a person's, whom two reports of one place often tell apart ("Bianchi, 19,
# will make his debut at the Italian Grand Prix" / "his teammate, 34-year-old Marquez, will retire after it").
ANCHORED = MEASURED - {"age"}
_CONTAINED = {"place"}
_BASIS = {"figure": "figures", "age": "figures", "duration": "figures", "tally": "figures", "date": "dates",
          "time": "dates"}


def _frames(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """The first slot both frames fill with values that cannot both hold (a contradiction when the slot
    belongs to the same happening in both and neither is hedged), or that differ compatibly."""
    fa, fb = frame_of(a), frame_of(b)
    close = cosine >= settings.assertion_min_cosine
    anchored = None  # one happening by a name both write (read when first needed)
    repeated = _figures_repeated(a, b, settings) or one_specific_alike(a, b)
    one_doers = None  # one act of one actor: its figures are one variable at any similarity (read when first needed)
    one_act = close and _one_act_of_one_roles(a, b, fa, fb)
    for slot in slots(fa, fb):
        if not (slot.conflict or slot.differs):
            continue
        if slot.name in MEASURED and one_doers is None:
            one_doers = one_doers_figures(fa, fb)
        if slot.name in ANCHORED and slot.aligned and anchored is None:
            anchored = anchored_together(a, b, cosine, settings)
        one_doer = slot.name in MEASURED and slot.values in one_doers
        if one_doer:
            slot = replace(slot, aligned=True)  # two verbs of one doer's act ("set aside" / "granted")
        elif _one_stoppage(slot, a, b, settings):
            # "lasted eleven days" / "accepted the offer after a three-week halt": the halt's length, whatever act
            # each claim tells beside it
            slot = replace(slot, aligned=True)
        elif _stoppage_counted(slot) and _things_halted_apart(a, fa, b, fb):
            continue  # two halts, each of its own thing, however alike their day
        elif slot.name == "figure" and slot.conflict and not slot.aligned and _one_share_by_its_part(slot, fa, fb):
            # "Rail accounted for 18 percent of the cargo" / "a third of the cargo went by rail": one part's share
            slot = replace(slot, aligned=True)
        elif slot.name == "date" and slot.conflict and _first_of_one_thing(fa, fb):
            # "shown to the public for the first time on Wednesday" / "their first public appearance on Friday": a
            # thing's first time happens once, whatever verb tells it
            slot = replace(slot, aligned=True)
        if not (same_fact or (slot.aligned and (close and slot.name in _SELF_ALIGNING or one_act
                                                or repeated and slot.name in MEASURED
                                                or anchored and slot.name in ANCHORED or one_doer))):
            continue
        if slot.name in MEASURED and (other_occasions(a, b) or other_owners(a, b, fa, fb) or other_years(fa, fb)
                                      or figures_of_other_occasions(fa, fb, slot.values) or stages_apart(a, b)
                                      or places_at_two_breadths(a, b, settings) or old_and_new(a, b)
                                      or holders_part_and_whole(fa, fb)):
            # (a whole place's figure and a part's: "across Spain" / "at Barcelona's airport"; the old thing's and
            # the new one's: "the former headquarters" / "the new headquarters"; a part's doer and its whole's: "the
            # aquarium hall at the zoo" / "the zoo")
            continue
        if slot.name in ("winner", "rank", "ordinal") and (other_occasions(a, b) or other_years(fa, fb)
                                                             or dated_apart(fa.dates, fb.dates, "weekday")):
            continue  # two contests of one place, on two days; a yearly prize's two years
        if slot.name in ("place", "date") and _two_winners(fa, fb):
            # "Nadal won the title in Rome" / "Djokovic won the title in Madrid"; "Strand won the downhill on
            # Saturday" / "Holm won the downhill on Sunday": two contests
            continue
        if slot.name == "winner" and (categories := _categories_apart(fa, fb)):
            return Judgement(similarity, False, "apart", False,
                             f"two categories of one prize: {categories[0]} vs {categories[1]}")
        if slot.name == "tally" and _voted_on_two_things(a, fa, b, fb):
            continue
        if one_place_two_scales(slot, fa, fb, settings):
            continue
        if slot.hedge:
            if _two_forecasts(slot, fa, fb) and same_fact:
                reason = (f"{slot.name} differs, one a forecast or plan (“{slot.hedge}”): "
                          f"{slot.values[0]} vs {slot.values[1]}")
                return difference(similarity, False, reason, "certainty", slot.values, "certainty|" + slot.fact)
            continue
        if slot.conflict and slot.name != "ordinal" and (another := _another_one(fa) or _another_one(fb)) \
                and not _another_beside_stoppage(slot, another):
            # (an ordinal slot is itself the claim that it is the first or the second one)
            return Judgement(similarity, False, "apart", False, f"another one: “{clipped(another, 40)}”")
        if slot.conflict and slot.name != "ordinal" and stages_apart(a, b):
            return Judgement(similarity, False, "apart", False, f"two stages of one contest: {slot.name} "
                             f"{slot.values[0]} vs {slot.values[1]}")  # "the first round" / "the second round"
        two_dates = _two_happenings_dated(slot, fa, fb, settings) or _named_objects_dated(slot, a, fa, b, fb)
        if two_dates:
            return Judgement(similarity, False, "apart", False, f"another happening: {two_dates}")
        if not slot.aligned:
            if not slot.conflict or _left_over(slot, fa, fb):
                # compatible values of two verbs say nothing of one happening or two; the one figure each claim has
                # left once every other matches is for `left_unmatched` to weigh (`leftover_figures`)
                continue
            # like words about another happening, or figures of perhaps a thing and a kind or part of it ("55 large
            # fires" / "33,491 fires"): neither agreement nor conflict
            what = "not surely one thing counted" if slot.kinship == "worded" else "another happening"
            return Judgement(similarity, False, "apart", False,
                             f"{what}: {slot.name} {slot.values[0]} vs {slot.values[1]}")
        # two plans' dates or places conflict ("is scheduled to visit on March 3" / "will travel on March 9"); a
        # plan against what was done, or a possibility, does not
        hedged = (figure_hedged(a, fa, slot.values[0]) or figure_hedged(b, fb, slot.values[1])
                  if slot.name in MEASURED else uncertain(a) or uncertain(b) if slot.name == "status"
                  else hedged_apart(*_users_let_in(a, fa, b, fb)))
        if hedged and slot.name in MEASURED:
            if not slot.conflict or not (is_doubted(a) or is_doubted(b)):
                continue  # a figure that "could" or "would" be: no conflicting fact unless one is doubted
            reason = (f"certainty differs on the {slot.name}: {slot.values[0]}{hedge_note(a)} vs "
                      f"{slot.values[1]}{hedge_note(b)}")
            return difference(similarity, False, reason, "certainty", slot.values, "certainty|" + slot.fact)
        if slot.conflict and (estimators := _estimators_apart(slot, a, fa, b, fb)):
            reason = (f"{slot.name} estimated apart by two sources (“{clipped(estimators[0], 30)}” / "
                      f"“{clipped(estimators[1], 30)}”): {slot.values[0]} vs {slot.values[1]}")
            return difference(similarity, False, reason, _BASIS.get(slot.name, slot.name), slot.values, slot.fact)
        if slot.name in MEASURED and slot.conflict and (sources := _slot_of_two_sources(a, b, slot, similarity)):
            return sources
        # Two place names may be one inside the other ("Budapest" / "Hungary"): a contradiction only where the
        # gazetteer puts them apart.
        contained = slot.name in _CONTAINED and not located_apart(fa.places, fb.places, settings)
        contradiction = slot.conflict and not hedged and not contained
        how = "cannot both hold" if slot.conflict else "stated differently"
        note = "" if contradiction else (" (one hedged)" if hedged and slot.conflict else
                                         " (one may lie inside the other)" if contained else "")
        reason = f"{slot.name} {how}: {slot.values[0]} vs {slot.values[1]}{note}"
        basis = _BASIS.get(slot.name, slot.name)
        return difference(similarity, contradiction, reason, basis, slot.values, slot.fact)
    return None


def _slot_of_two_sources(a: Claim, b: Claim, slot, similarity) -> Judgement | None:
    """The conflicting figures are two sources' each ("Police said about 6,000 people rallied" / "Organisers said
    25,000 attended": `unmatched.sources_apart`) of a thing each source measures or counts on its own
    (`_measured_on_its_own`): a difference, not a contradiction. A toll, an age, a tally of delegates won is one fact,
    whoever tells it."""
    measures = [m for frame in (frame_of(a), frame_of(b)) for m in frame.measures if m.shown in slot.values]
    if slot.name != "figure" or not measures or not all(_measured_on_its_own(m) for m in measures):
        return None
    sources = sources_apart(a, b, similarity)
    return sources if sources is not None and tuple(sources.values) == tuple(slot.values) else None


def _estimators_apart(slot, a: Claim, fa, b: Claim, fb) -> tuple[str, str] | None:
    """The two sources whose own estimates the slot's figures are, each its own (pairs/README), not one figure told two
    ways: each the doer of a verb of valuing (`two_estimators`: "The auditor estimated the cost at 85 million" / "The
    mayor put the cost at 120 million"), or, for figures a source measures on its own, two sources named apart, one
    estimating (`sources_estimating_apart`: "The insurers valued the eggs at 6 million euros" / "worth around 9
    million, according to a valuer"); None otherwise."""
    if slot.name in MEASURED and two_estimators(fa, fb):
        return fa.agent, fb.agent
    if slot.name == "figure" and _measured_on_their_own(slot, fa, fb):
        return sources_estimating_apart(a, b)
    return None


def _measured_on_their_own(slot, fa, fb) -> bool:
    """Every figure of the slot is a quantity its source measures on its own (`_measured_on_its_own`: a sum, a
    share, a reading), not a count that is one fact whoever tells it."""
    measures = [m for frame in (fa, fb) for m in frame.measures if m.shown in slot.values]
    return bool(measures) and all(_measured_on_its_own(m) for m in measures)


def _measured_on_its_own(m: Measure) -> bool:
    """A quantity a source reads with its own instrument (rainfall in millimetres, a magnitude, hectares burned: any
    unit but a count or an age), or a crowd it counts by eye (a count of those who gathered: frames.toml [crowds]
    verbs, "marched", "rallied", "took part")."""
    if m.unit not in ("count", "age"):
        return True
    return m.unit == "count" and (m.predicate or "").lower() in frame_words()["crowds"]["verbs"]


def _two_winners(fa, fb) -> bool:
    """Each frame names a winner, and not one who could be the other."""
    return bool(fa.winner and fb.winner) and not can_be_same(fa.winner, fb.winner)


def _users_let_in(a: Claim, fa, b: Claim, fb) -> tuple[Claim, Claim]:
    """The two claims, where one lets a thing's users in that the other opens to them (`opened_to_its_users`), read
    without its word of access (`_let_in`): in "Passengers will be able to ride the line from October 3", "able"
    tells them let in, no doubt of the opening."""
    letting = opened_to_its_users(fa, fb)
    access = frame_words()["happening"]["access"]
    return tuple(_let_in(c) if letting is f and c.hedge.lower() in access else c for c, f in ((a, fa), (b, fb)))


def _let_in(claim: Claim) -> Claim:
    """The claim read as its users let in: a plan where they will be ("will be able to ride"), else done."""
    to_come = _TO_COME.search(claim.text)
    return replace(claim, hedge=to_come.group(1) if to_come else "", certainty="expected" if to_come else "stated")


_TO_COME = re.compile(r"\b(will|shall)\s+(?:\w+\s+)?be\s+(?:able|allowed|permitted)\b", re.I)


def _categories_apart(fa, fb) -> tuple[str, str] | None:
    """The category each frame's prize or contest is won in, sharing no word ("the Valdivia Prize for fiction" / "...
    for poetry"): two awards of one name, each with its own winner."""
    x, y = _category(fa), _category(fb)
    return (x, y) if x and y and not word_set(x) & word_set(y) else None


# a category after the thing won: "for" or "in" and a bare noun, one or two words ("for fiction", "in physics",
# "for best actor"); not "for her novel", "in the final", "in 2023"
_CATEGORY = re.compile(r"\s+(?:for|in)\s+((?!(?:a|an|the|his|her|their|its|this|that|our|my|your)\b)[a-z][\w-]*"
                       r"(?:\s+(?!(?:for|in|of|with|at|on|after|as|by)\b)[a-z][\w-]*)?)")


def _category(frame) -> str:
    """The category the thing won is won in, written inside a role of the win or right after it ("won the prize for
    fiction"; "the prize for poetry went to Ruiz"); "" where none is."""
    if not frame.winner:
        return ""
    for role in (frame.theme, frame.agent):
        words = role.split()
        found = words and (_CATEGORY.search(role) or re.search(rf"\b{re.escape(words[-1])}{_CATEGORY.pattern}",
                                                               frame.text))
        if found:
            return found.group(1)
    return ""


def _voted_on_two_things(a: Claim, fa, b: Claim, fb) -> bool:
    """Each tally's vote is on a thing of its own: the objects name people or bodies the other claim names in no form
    ("confirmed Ann Lee 52-48" / "approved the nomination of Tom Ford 55-45"), or, named by neither, each object has a
    word the other claim does not write ("passed the farm bill" / "approved the defence bill"); or each vote is a body
    of its own ("The House passed the farm bill 290-137" / "The Senate approved the farm bill 66-33"): two votes."""
    return (bool(fa.theme and fb.theme) and _object_of_its_own(a, fa, b) and _object_of_its_own(b, fb, a)
            or _doers_named_apart(a, fa, b, fb))


def _object_of_its_own(claim: Claim, frame, other: Claim) -> bool:
    """The object names someone or some body the other claim names in no form, or, naming none, has a word the other
    claim does not write ("the farm bill" / "... the defence bill"), the tally's own words aside ("a unanimous
    verdict" / "the jury's 11-1 verdict")."""
    theme = frame.theme
    if any(e in theme for e in claim.entities):
        return bool(names_not_in(claim, theme, other))
    tallies = word_set(" ".join(m.text for m in frame.measures if m.unit == "tally"))
    return any(not w.isdigit() for w in _meaning_words(theme) - tallies - word_set(other.text))


def _one_act_of_one_roles(a: Claim, b: Claim, fa, fb) -> bool:
    """The two main predicates name one act (the same verb, one of its synonym group, a status of one event; not a verb
    of happening, whose subject is the act's noun, nor two light verbs) and every role both fill names the same thing,
    one at least ("Police detained the brothers in Lyon" / "The brothers were arrested in Marseille"), or one thing
    changing hands told from either end (`one_transfer`), or a thing opened to its users against those users let in
    (`opened_to_its_users`): one happening however far apart the rest of the words, so its
    slots are compared as the same fact's (issue 16, point 2)."""
    one_verb = same_predicate(fa.predicate, fb.predicate) or bool(fa.status and fb.status)
    return (one_verb and _roles_aligned(fa, fb, a.entities, b.entities) and not _pronoun_against_name(fa, fb)
            or one_transfer(fa, fb) or opened_to_its_users(fa, fb) is not None)


def anchored_together(a: Claim, b: Claim, cosine: float, settings: Settings) -> bool:
    """Two reports anchored to one happening, however far apart their added details pull their words: close enough
    (`anchored_min_cosine`), naming one place or body (`name_words`), their doers and objects not told apart as two
    groups of one kind (`_roles_qualified_apart`). Their `ANCHORED` slots, aligned, are judged as one fact's."""
    return (cosine >= settings.anchored_min_cosine and bool(name_words(a) & name_words(b)) and parsed(a) and parsed(b)
            and not _roles_qualified_apart(a, frame_of(a), b, frame_of(b)))


def _roles_named_apart(a: Claim, fa, b: Claim, fb) -> bool:
    """A noun both subjects (or both objects) write, each after a name of its own that the other claim never writes
    ("The Rotterdam refinery" / "The Antwerp refinery"): two things of one kind, each with its own act."""
    return any(_named_before(x, a, y, b) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)))


def _named_before(x: str, a: Claim, y: str, b: Claim) -> bool:
    before_x, before_y = words_before(x), words_before(y)
    return any(_capitalised_in(before_x[noun], x) and _capitalised_in(before_y[noun], y)
               and before_x[noun] not in word_set(b.text) and before_y[noun] not in word_set(a.text)
               for noun in before_x.keys() & before_y.keys())


def _capitalised_in(word: str, role: str) -> bool:
    return any(w[:1].isupper() for w in WORD.findall(role) if w.lower() == word)


def _roles_qualified_apart(a: Claim, fa, b: Claim, fb) -> bool:
    """Both doers (or both objects) name one noun, each after a word of its own that the other claim never writes
    ("Tram drivers in Ghent ended a strike" / "Bus drivers in Ghent, whose walkout stretched to two weeks"): two
    groups of one kind at one place, whose figures are two happenings' however the place anchors them."""
    return qualified_apart(a, fa.agent, b, fb.agent) or qualified_apart(a, fa.theme, b, fb.theme)


def _pronoun_against_name(fa, fb) -> bool:
    """One doer a pronoun, the other's named ("He filed the lawsuit" / "Lawyers in Arkansas filed lawsuits"): whether
    they are one is not told."""
    return any(x.strip() and not role_identity(x) and role_identity(y)
               for x, y in ((fa.agent, fb.agent), (fb.agent, fa.agent)))


def _left_over(slot, fa, fb) -> bool:
    """The slot's two figures are the one figure each frame has left once every other figure of both is matched
    ("Some 59 percent of voters view her unfavorably ... Mr. Trump's 60 percent" / "a poll found 69 percent of
    voters holding an unfavorable view ... Mr. Trump's 60 percent"): one variable told two ways, whatever verbs
    carry it."""
    left = leftover_figures(fa, fb) if slot.name in MEASURED else None
    return left is not None and (left[0].shown, left[1].shown) == slot.values


def _one_stoppage(slot, a: Claim, b: Claim, settings: Settings) -> bool:
    """The slot is one kind of stoppage's length in both claims (frames.toml [durative] `stoppages`), told of no places
    apart, dated at no granularity apart, and where both name someone or somewhere, with a name in common: one
    stoppage."""
    counted = _stoppage_counted(slot)
    return bool(counted) and not _dated_apart_at_any_grain(a, b) and places_apart(a, b, settings) is None \
        and not (a.entities and b.entities and not set(a.entities) & set(b.entities)) \
        and not _things_halted_apart(a, frame_of(a), b, frame_of(b))


def _things_halted_apart(a: Claim, fa, b: Claim, fb) -> bool:
    """Both claims name the thing their act is of, neither a pronoun nor a stoppage itself ("the suspension of the
    strike"), and neither claim writes a word of the other's thing ("the port was shut for 48 hours" / "the storm cut
    power to 48,000 homes for a full week"): two halts, each of its own thing."""
    stoppages = {w for words in frame_words()["durative"]["stoppages"].values() for w in words}
    things = [{w for w in WORD.findall(_without_relative(frame.theme).lower()) if w not in LIGHT_WORDS}
              for frame in (fa, fb)]
    if not all(things) or any(thing & stoppages or thing <= _PRONOUNS for thing in things):
        return False
    return not (stem_written(things[0], word_set(b.text)) or stem_written(things[1], word_set(a.text)))


_PRONOUNS = {"it", "they", "this", "that", "these", "those", "its", "their"}


def _without_relative(role: str) -> str:
    """A role's words before a relative clause on it ("Rail services, which stayed halted for five days" → "Rail
    services"): the clause tells what befell the thing, not which thing it is."""
    return re.split(r"\s*,?\s*\b(?:which|who|whose|that)\b", role, maxsplit=1)[0]


def _dated_apart_at_any_grain(a: Claim, b: Claim) -> bool:
    """Both claims date something at one granularity (day, weekday, month, year) and share no date at it: a date one
    claim alone gives ("a listed structure built in 1911") sets nothing apart."""
    return any(dated_apart(a.dates, b.dates, grain) for grain in ("day", "weekday", "month", "year"))


def _stoppage_counted(slot) -> str:
    """The kind of stoppage a duration slot measures ("halt", "strike"), or ""."""
    counted = slot.fact.split("|")[2] if slot.name == "duration" and slot.fact.count("|") >= 2 else ""
    return counted if counted in frame_words()["durative"]["stoppages"] else ""


def _another_beside_stoppage(slot, another: str) -> bool:
    """The slot is a stoppage's length ("eleven days" / "a three-week halt") and the other one a claim names is no
    stoppage ("accepted a revised pay offer after a three-week halt"): the offer is another, not the halt."""
    counted = _stoppage_counted(slot)
    return bool(counted) and not any(w in frame_words()["durative"]["stoppages"][counted]
                                     for w in WORD.findall(another.lower()))


def _another_one(frame) -> str:
    """The agent or theme when it names another one of its kind ("A second fire, which broke out ..."), else ""."""
    role = _another_role(frame)
    if role:
        return role
    # the scene of another one ("In a separate race, Brown won 61 percent"), but not an ordinal period ("in the
    # second quarter")
    scene = re.search(r"\b(?:in|at|during|on)\s+(?:a|an)\s+(?:" + "|".join(frame_words()["another"]["scene"])
                      + r")\s+(?!of\b)\w+", frame.text, re.I)
    return scene.group(0) if scene else ""


def _another_role(frame) -> str:
    """The agent or theme (of a frame or a clause) when it names another one of its kind ("a revised offer")."""
    for role in (frame.agent, frame.theme):
        words = [w for w in WORD.findall(role.lower())[:4] if w not in ("a", "an", "the")]
        if words and (words[0].isdigit() or word_number(words[0]) is not None):
            words = words[1:]  # "two other hostages"
        if len(words) >= 2 and words[0] in frame_words()["another"]["words"] and words[1] != "of" \
                and not _stage_named(role, words[1]):
            return role  # not a fraction ("a third of the members")
    return ""


def _stage_named(role: str, noun: str) -> bool:
    """The role names a contest's stage by its ordinal ("the second round of the vote"), which `stages_apart` compares
    (another claim may call it "the runoff"); not one brought in ("a second round of talks": another one)."""
    return noun in frame_words()["ordinal"]["stages"] and re.match(r"\s*an?\s", role, re.I) is None


def _requested_act(frame) -> str:
    """The act a request the verb grants or refuses asks for ("granted the administration's request to temporarily
    block the law": block); "" where the theme names no such request."""
    asked = _REQUESTED.search(frame.theme)
    return asked.group(1).lower() if asked else ""


def _granted_as_told(x, y) -> bool:
    """One verb grants or refuses a request for the very act the other tells ("granted a request to block the law" /
    "blocked the law"): no opposite outcome, the act being told in a clause of its own; against another verdict
    ("refused to block", "rejected the request") the pair is judged as usual."""
    return any(req and (same_predicate(req, other.predicate) or written_in({other.predicate}, req))
               for req, other in ((_requested_act(x), y), (_requested_act(y), x)))


_REQUESTED = re.compile(r"\b(?:request|motion|bid|petition|application|plea|appeal)s?\s+to\s+(?:\w+ly\s+)?(\w+)",
                        re.I)


def _two_forecasts(slot, fa, fb) -> bool:
    """A forecast or plan ("would add 1 million jobs") against a result ("added 266,000") is another quantity;
    against another forecast ("will cost $4 billion") it is the same one, stated differently."""
    return slot.conflict and slot.aligned and (fa.future or fb.future or bool(fa.hedge and fb.hedge))


def _two_happenings_dated(slot, fa, fb, settings: Settings) -> str:
    """Why two dates are two happenings' and no conflict, or "": a plan's date against a done one's ("will lay
    off 500 in June" / "laid off 500 in April"), each date with a figure of the act the other's cannot be ("fell 3% in
    May" / "fell 6% in June"), or dates at places apart ("began Monday in Detroit" / "Wednesday in Toledo")."""
    if slot.name != "date":
        return ""
    values = f"{slot.values[0]} vs {slot.values[1]}"
    if is_planned(fa) != is_planned(fb) and not (fa.hedge or fb.hedge):
        return f"a plan's date against a done one's ({values})"
    if _figures_apart(fa.predicate, fa, fb):
        return f"{values}, each with a figure of its own"  # "fell 3% in May" / "fell 6% in June": two months' figures
    if _objects_apart(fa, fb):
        return f"{values}, each of its own object (“{clipped(fa.theme, 30)}” / “{clipped(fb.theme, 30)}”)"
    if (introduced := _each_introduced(fa, fb)):
        return f"{values}, each told of “{clipped(introduced[0], 30)}” / “{clipped(introduced[1], 30)}”"
    return f"{values}, at other places" if places_differ(fa, fb, settings) else ""


def _each_introduced(fa, fb) -> tuple[str, str] | None:
    """What the act befalls (the object, or an intransitive's subject), brought in as new by both frames (or clauses)
    ("A freight train derailed near Wroclaw on Wednesday" / "A freight train carrying coal derailed near Wroclaw on
    Sunday"): neither tells a thing the reader knows, so an incident that recurs may be two of its kind, each on its
    own day. Not "the bridge" / "the Marlow Bridge", one thing the reader knows, whose one act may be dated two ways,
    nor a doer brought in as new ("A federal judge issued an order" / "The order ... was handed down by a federal
    judge"), who may do one act."""
    if fa.theme and fb.theme and introduced_as_new(fa.theme) and introduced_as_new(fb.theme):
        return fa.theme, fb.theme
    return None


def _named_objects_dated(slot, a: Claim, fa, b: Claim, fb) -> str:
    """Two dates of one act done to two things told by one noun and named apart, each name in no form in the other
    claim ("will meet the president of Argentina on Thursday" / "will meet the president of Brazil on Saturday"; not
    "met Xi" / "met the Chinese leader", which may be one), or by two bodies named apart (`_doers_named_apart`): two
    acts, each on its own day."""
    if slot.name != "date":
        return ""
    values = f"{slot.values[0]} vs {slot.values[1]}"
    if _themes_named_apart(a, fa, b, fb) and _meaning_words(fa.theme) & _meaning_words(fb.theme):
        return f"{values}, each of its own object (“{clipped(fa.theme, 30)}” / “{clipped(fb.theme, 30)}”)"
    if _doers_named_apart(a, fa, b, fb):
        return f"{values}, each of its own doer (“{clipped(fa.agent, 30)}” / “{clipped(fb.agent, 30)}”)"
    return ""


def _doers_named_apart(a: Claim, fa, b: Claim, fb) -> bool:
    """Each agent names a body, and no name of one agent's bodies is a name of the other's ("The House passed the farm
    bill" / "The Senate approved the farm bill"; "the state Assembly" / "the state Senate", whatever else each claim
    names: "sending the measure to the Senate"): two doers, each doing the act on its own day or by its own vote.
    Not people ("Xi" / "the Chinese leader" may be one), nor one body named two ways ("the House" / "the House of
    Representatives")."""
    bodies_a = [x for x in a.bodies if x in fa.agent]
    bodies_b = [y for y in b.bodies if y in fb.agent]
    return bool(bodies_a and bodies_b) and not any(
        one_body(x, y) or _names(x, first=True) & _names(y, first=True) for x in bodies_a for y in bodies_b)


def _objects_apart(fa, fb) -> bool:
    """One act done to two things, each told in common nouns that share no word ("met the governor on Monday" /
    "met union leaders on Wednesday"; "signed the budget" / "signed the executive order"): two acts, each on its own
    day. Not where either names someone ("met Xi" / "met the Chinese leader"): a name may be what the other
    describes."""
    if not same_predicate(fa.predicate, fb.predicate):
        return False  # "The vote took place" / "held the vote": "place" is the verb's own word, no object
    return _described_apart(fa.theme, fb.theme, least=1) and not (_names_someone(fa) or _names_someone(fb))


def _names_someone(frame) -> bool:
    """A capitalised word in the frame's object, but for the sentence's first word ("Union leaders were met ..."):
    a name ("Xi", "the Chinese leader")."""
    at = frame.text.find(frame.theme)
    return any(m.start() + at > 0 for m in re.finditer(r"\b[A-Z]", frame.theme)) if at >= 0 else \
        bool(re.search(r"\b[A-Z]", frame.theme))


# -- negation and opposite predicates -------------------------------------------------------------

def _negation(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not same_fact:
        return None
    if parsed(a) and parsed(b):
        existential = _existential_denial(a, b) or _existential_denial(b, a)
        if existential:
            negative, positive = existential
            reason = (f"one denies what the other asserts (“there is {negative.negation} …”): "
                      f"“{clipped(positive.text)}” vs “{clipped(negative.text)}”")
            return difference(similarity, not (hedge_of(a) or hedge_of(b)), reason, "negation",
                           (polarity_of(a), polarity_of(b)), f"negation|{positive.predicate}")
        if bool(a.negation) == bool(b.negation):
            return None
        negative, positive = (a, b) if a.negation else (b, a)
        fa, fb = frame_of(a), frame_of(b)
        f_negative, f_positive = (fa, fb) if a.negation else (fb, fa)
        planned_noun = _planned_by_noun(f_positive, f_negative)
        # one act, or two verbs that move one amount one way ("would not raise" / "intends to increase")
        # (the frames' predicates hold a verb's particle or preposition: "run for" a term is "seek" it)
        if not (same_predicate(a.predicate, b.predicate) or same_predicate(fa.predicate, fb.predicate)
                or planned_noun or _done_by_noun(fa, fb)
                or _done_by_noun(fb, fa) or one_way(a.predicate, b.predicate)):
            return None
        if not _negated_roles_aligned(a, b) or other_occasions(a, b) or places_apart(a, b, settings) \
                or two_things_acted_on(fa.theme, a.text, fb.theme, b.text):
            return None  # (done at one place and denied at another: "its plant in Swindon" / "in Sunderland")
        if _negated_phrase(negative) and _negated_phrase(negative) in positive.text.lower():
            return None  # "I'm not confident" inside the other too: both deny it
        if contrast_kept(negative, positive):
            return None  # "were not tourists but fishermen" / "were fishermen": the value it asserts
        if _main_act_denied(positive):
            return None  # "dismissed as false reports that troops had crossed": its clauses judge it
        if _asserted_too(f_negative, positive.predicate):
            return None  # "would not shut its plant in X, but would close the one in Y" / "will close its plant in Y"
        values = (polarity_of(a), polarity_of(b))
        # a plan against a refusal to come ("An increase is planned" / "would not raise"; "intends to increase" /
        # "would not raise"): one footing
        plan_refused = (planned_noun or _intended(positive.hedge)) and is_planned(f_negative)
        hedged = bool(hedge_of(negative) or hedge_of(positive) and not plan_refused)
        reason = (f"one asserts what the other negates (“{negative.negation} {negative.predicate}”): "
                  f"“{clipped(positive.text)}” vs “{clipped(negative.text)}”")
        return difference(similarity, not hedged, reason, "negation", values, f"negation|{a.predicate}")
    if parsed(a) or parsed(b) or a.negated == b.negated:
        return None
    # Neither claim parsed (free text before the claims stage reads it): the sentence-level flag.
    positive, negative = (a, b) if b.negated else (b, a)
    reason = f"one statement negates the other: “{clipped(negative.text)}” vs “{clipped(positive.text)}”"
    return difference(similarity, a.certainty == b.certainty, reason, "negation",
                   ("negated" if a.negated else "asserted", "negated" if b.negated else "asserted"), "negation|")


def _asserted_too(negative, act: str, denied: str = "") -> bool:
    """The negative claim also asserts the act, of something else, in a clause of its own ("would not shut its factory
    in Sunderland, but would close the one in Barcelona"): its denial is of another thing than the other claim's.
    `denied`: the denied clause's verb, where it is not the claim's main one."""
    denied = denied or negative.predicate
    return any(not c.negation and same_predicate(c.predicate, act) for c in negative.clauses if c.predicate != denied)


def _planned_by_noun(planned, other) -> bool:
    """`planned` plans an act told by its noun, which is `other`'s act ("An increase in fuel taxes is planned" /
    "would not raise fuel taxes"; "The strike was set for Monday" / "will not strike"): the noun is the verb's, or
    moves an amount the verb's way (`one_way`). Both dated alike, or neither: "for 2027" / "this year" may be two
    plans."""
    if planned.status != "planned" or set(planned.dates) != set(other.dates):
        return False
    noun = _head_noun(planned.theme)
    return bool(noun) and (same_predicate(noun, other.predicate) or stem_written({other.predicate}, {noun})
                           or one_way(noun, other.predicate))


def _done_by_noun(light, other) -> bool:
    """`light`'s verb tells an act by its object, the act's noun ("gave no approval": approve, labels.toml act_nouns;
    "made no request to leave": request, frames.toml [request] `asked`; the verbs of frames.toml [light]
    `object_heads`), which is `other`'s act ("approved", "had asked to leave"). Not a noun of an amount ("No cost for
    the package was given" / "did not say how much the package would cost")."""
    if not light_object_head(light.predicate):
        return False
    noun = _head_noun(light.theme)
    act = _verbs_of_act_nouns().get(noun, "")
    return bool(act) and same_predicate(act, other.predicate) or _asked_for(noun, other) or (
        noun in frame_words()["request"]["asked"] and same_predicate(noun, other.predicate))


@functools.cache
def _verbs_of_act_nouns() -> dict[str, str]:
    """An act's noun -> its verb (labels.toml act_nouns read backwards: "approval of" -> approve)."""
    return {phrase.split()[0]: verb for verb, phrase in reversed(act_nouns().items())}


def _asked_for(noun: str, frame) -> bool:
    """A request's noun against a verb of asking with "to" or "for" ("asked to leave"), not "asked about leaving"."""
    table = frame_words()["request"]
    return noun in table["asked"] and frame.predicate in table["asking"] and re.search(
        rf"\b{frame.predicate}\w*\s+(?:\w+\s+){{0,2}}?(?:to|for)\b", frame.text, re.I) is not None


def _head_noun(role: str) -> str:
    """The role's first word past its determiner, possessive or "no" ("no request to leave", "its approval":
    request, approval)."""
    return next((w for w in WORD.findall(role.lower()) if w not in _DETERMINERS), "")


_DETERMINERS = ("a", "an", "the", "no", "any", "its", "his", "her", "their", "our", "my", "your")


def _main_act_denied(claim: Claim) -> bool:
    """The claim's main act, with its very roles, is denied by a clause of its own ("The ministry dismissed as false
    reports that troops had crossed the border": the parse takes "crossed" for what is reported, the clause of the
    dispute denies it)."""
    frame = frame_of(claim)
    return any(c.negation and c.predicate == frame.predicate and (c.agent, c.theme) == (frame.agent, frame.theme)
               for c in frame.clauses)


def _negated_roles_aligned(a: Claim, b: Claim) -> bool:
    """The asserted and the negated statement are about the same things: the same subjects and objects, or
    the same doer and thing done to, read through the voice ("the summit produced no agreement" / "an
    agreement was reached at the summit"); not where one role names two people (`_told_of_two_named`)."""
    fa, fb = frame_of(a), frame_of(b)
    if _told_of_two_named(fa, fb):
        return False
    if can_be_same(a.subject, b.subject) and can_be_same(a.object, b.object):
        return True
    return can_be_same(fa.agent, fb.agent) and can_be_same(fa.theme, fb.theme, required=True)


def _negated_phrase(claim: Claim) -> str:
    """The negation word with the word after it ("not confident"), as written, lower-cased."""
    match = re.search(rf"\b{re.escape(claim.negation)}\s+(\w+)", claim.text, re.I) if claim.negation else None
    return match.group(0).lower() if match else ""


def _existential_denial(negative: Claim, positive: Claim) -> tuple[Claim, Claim] | None:
    """"There is no man playing a guitar" against "A man is playing a guitar": the denied existence
    names the other's subject and its act."""
    if not (negative.predicate == "be" and not word_set(negative.subject) and negative.negation and negative.object):
        return None
    if positive.negation or not positive.predicate or positive.predicate == "be":
        return None
    held = word_set(negative.object)
    act = positive.predicate[:max(3, len(positive.predicate) - 1)]
    if can_be_same(negative.object, positive.subject, required=True) and any(w.startswith(act) for w in held):
        return negative, positive
    return None


def _opposites(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not (parsed(a) and parsed(b)) or cosine < settings.opposite_min_cosine:
        return None
    told_a, told_b = _act_by_its_noun(frame_of(a)), _act_by_its_noun(frame_of(b))
    pair = opposite_pair(told_a.predicate, told_b.predicate)
    if pair is None or bool(a.negation) != bool(b.negation) or other_occasions(a, b) or days_differ(a.dates, b.dates) \
            or _contest(told_a.predicate, told_b.predicate):  # "voted down on Thursday" / "won approval on Monday"
        return None
    fa, fb, aligned = _traded_to_fit(told_a, told_b, a.entities, b.entities)
    if not aligned or _opposite_excused(a, fa, b, fb) or _told_of_two_named(fa, fb):
        return None
    if _two_changed(fa, fb) and not (written_in({fa.changed}, b.text) or written_in({fb.changed}, a.text)):
        return Judgement(similarity, False, "apart", False, f"another thing changed: {fa.changed} vs {fb.changed}")
    if another := _another_role(fa) or _another_role(fb):  # "rejected the offer" / "accepted a revised offer"
        return Judgement(similarity, False, "apart", False, f"another one: “{clipped(another, 40)}”")
    if _forecast_against_result(a, b, a.predicate, b.predicate):
        return Judgement(similarity, False, "apart", False, f"a forecast against a result: opposite outcomes ({pair})")
    if fates := fates_apart(fa, fb):
        return Judgement(similarity, False, "apart", False, f"two groups' fates: {fates[0].shown} {fa.predicate} vs "
                                                             f"{fates[1].shown} {fb.predicate}")
    hedged = hedged_apart(a, b)
    reason = f"opposite outcomes ({pair}): “{clipped(a.text)}” vs “{clipped(b.text)}”"
    fact = "opposite|" + "/".join(sorted((a.predicate, b.predicate)))
    return difference(similarity, not hedged, reason, "opposite", (polarity_of(a), polarity_of(b)), fact)


def _act_by_its_noun(frame):
    """A light verb's act told by its object's noun, as that noun's verb with what the noun is of as its theme ("gave
    its approval to merging the services": approve, "merging the services"; labels.toml act_nouns); else the frame
    as it is."""
    if not light_object_head(frame.predicate):
        return frame
    act = _verbs_of_act_nouns().get(_head_noun(frame.theme), "")
    if not act:
        return _act_received(frame)
    of = re.split(r"\s+(?:to|of|for|on)\s+", frame.theme, maxsplit=1)
    return replace(frame, predicate=act, theme=of[1] if len(of) == 2 else "")


def _act_received(frame):
    """An act its subject received, told by the act's noun after one word of its doer ("The tie-up won shareholder
    approval": shareholders approved the tie-up; "the bill received Senate approval"): that noun's verb, the subject
    as its theme and the word before the noun as its doer (frames.toml [light] `received_heads`); else the frame."""
    found = re.fullmatch(r"\s*(?:(?:the|a|an|its|their)\s+)?([\w-]+)\s+(\w+)\s*", frame.theme, re.I)
    if frame.predicate not in frame_words()["light"]["received_heads"] or found is None or not frame.agent:
        return frame
    act = _verbs_of_act_nouns().get(found.group(2).lower(), "")
    return replace(frame, predicate=act, agent=found.group(1), theme=frame.agent) if act else frame


def _two_changed(fa, fb) -> bool:
    """Verbs of amount told of two things ("its revenue rose" / "its net profit fell"): two variables, each going its
    own way, not one told two ways (as `left_unmatched` reads "deaths have decreased" / "cases dropped"). Where
    either claim writes the other's thing too, it may tell both ("the pound fell against the dollar" / "the dollar
    rose against the pound"): the verbs' opposition decides."""
    return bool(fa.changed and fb.changed) and not can_be_same(fa.changed, fb.changed)


def _opposite_excused(a: Claim, x, b: Claim, y, fates: bool = True) -> bool:
    """Why two frames or clauses `x` (of a) and `y` (of b) with opposite verbs are no conflict: their objects name
    two things ("rejected the US proposal" / "accepted the EU proposal"), a request granted is the act it asked
    for ("granted a request to block the law" / "blocked the law"), or (with `fates`: the verbs, not their objects,
    are opposed) each claim tells both fates of people."""
    return (_themes_named_apart(a, x, b, y) or two_things_introduced(x.theme, y.theme) or _granted_as_told(x, y)
            or fates and _both_outcomes_told(a, b, x.predicate, y.predicate))


def _both_outcomes_told(a: Claim, b: Claim, act_a: str, act_b: str) -> bool:
    """Each claim writes the other's fate of people too ("40 were wounded, where the strike killed 12" / "injured 40
    and killed 12"): both befell someone, and neither claim denies the other's. (Not other opposites: "59% say legal,
    39% illegal" / "39% say legal, 59% illegal" write both and swap them.)"""
    return ({act_a, act_b} <= people_counts()[0] and written_in(opposites_of(act_a), a.text)
            and written_in(opposites_of(act_b), b.text))


def _traded_to_fit(fa, fb, entities_a, entities_b):
    """(frame, frame, whether their roles align): the subject and object of a verb that takes either way round ("the
    bill cleared the Senate" / "the Senate cleared the bill": frames.toml [alternating]) traded where only the trade
    aligns them with the other's ("Senate Republicans blocked the bill" / "The bill cleared the Senate")."""
    if _roles_aligned(fa, fb, entities_a, entities_b):
        return fa, fb, True
    alternating = frame_words()["alternating"]["verbs"]
    for i, frame in enumerate((fa, fb)):
        if frame.predicate in alternating and frame.agent and frame.theme:
            traded = replace(frame, agent=frame.theme, theme=frame.agent)
            pair = (traded, fb) if i == 0 else (fa, traded)
            if _roles_aligned(*pair, entities_a, entities_b):
                return *pair, True
    return fa, fb, False


def _themes_named_apart(a: Claim, fa, b: Claim, fb) -> bool:
    """Each theme (of a frame or a clause) names something the other claim does not name ("rejected the US
    proposal" / "accepted the EU proposal"): two things, one rejected and one accepted."""
    return bool(names_not_in(a, fa.theme, b) and names_not_in(b, fb.theme, a))


def _clause_conflicts(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two clauses of one act, one in each claim, that cannot both hold: the verb asserted and negated, or a
    verb against its opposite, with the same roles ("rejected meeting Biden" / "would agree to meet Biden")."""
    # Below the same-fact threshold, an act asserted and denied of the same roles still speaks of one fact
    # when the claims are close in meaning ("has no intention of becoming his party's nominee" / "intends to
    # become the Republican nominee").
    close = cosine >= settings.assertion_min_cosine
    if not ((same_fact or close) and parsed(a) and parsed(b)) or other_occasions(a, b):
        return None
    fa, fb = frame_of(a), frame_of(b)
    clauses_b = _main_dated(fb)
    for ca in _main_dated(fa):
        for cb in clauses_b:
            found = _clause_conflict(ca, cb, fa, fb, settings)
            if found is None:
                continue
            ca, cb = _pronoun_read(ca, a, cb), _pronoun_read(cb, b, ca)
            basis, what, on_objects = found
            if basis == "negation" and (_asserted_too(fa, cb.predicate, ca.predicate) if ca.negation
                                        else _asserted_too(fb, ca.predicate, cb.predicate)):
                continue  # "would not shut its plant in X, but would close the one in Y" / "will close its plant in Y"
            if basis in ("negation", "opposite") and (_told_of_two_named(ca, cb) or places_apart(a, b, settings)
                                                       or two_things_acted_on(ca.theme, a.text, cb.theme, b.text)):
                continue  # (done at one place and denied at another: "its plant in Swindon" / "in Sunderland")
            if _roles_named_apart(a, ca, b, cb):
                continue  # "The Rotterdam refinery restarted on Tuesday" / "The Antwerp refinery ... on Friday"
            if basis == "dates" and _themes_named_apart(a, ca, b, cb):
                continue  # "will meet the president of Argentina on Thursday" / "... of Brazil on Saturday": two acts
            if _another_role(ca) or _another_role(cb) or basis == "opposite" and _opposite_excused(
                    a, ca, b, cb, fates=not on_objects):
                continue  # "rejected the offer" / "accepted a revised offer"; "two other hostages were released"
            if on_objects:  # the objects are what differs: the agents must be one
                if not can_be_same(role_identity(ca.agent), role_identity(cb.agent), required=True):
                    continue
            elif not _roles_aligned(ca, cb, a.entities, b.entities):
                themes = role_identity(ca.theme), role_identity(cb.theme)
                if all(themes) and can_be_same(*themes):
                    # one act on one thing, asserted and denied of different actors: two facts, never one
                    x, y = (ca.agent, cb.agent) if ca.agent or cb.agent else themes  # an intransitive's subjects
                    return Judgement(similarity, False, "apart", False,
                                     f"another actor: “{clipped(x, 40)}” vs “{clipped(y, 40)}”")
                continue
            # Against a stated intent ("has no plans to raise"), a plan ("plans to raise") is what is compared,
            # not a doubt; a possibility still is.
            hedged = is_doubted(a) or is_doubted(b) if ca.intent or cb.intent else hedged_apart(
                a, b, ca.under_main, cb.under_main)
            if basis == "opposite" and _forecast_against_result(a, b, ca.predicate, cb.predicate, ca.under_main,
                                                                cb.under_main):
                return Judgement(similarity, False, "apart", False, f"a forecast against a result: {what}")
            reason = f"{what}: “{clipped(a.text)}” vs “{clipped(b.text)}”"
            values = ((", ".join(ca.dates), ", ".join(cb.dates)) if basis == "dates" else
                      (", ".join(ca.places), ", ".join(cb.places)) if basis == "place" else
                      (ca.theme, cb.theme) if on_objects else
                      tuple(" ".join(w for w in (c.negation, c.predicate) if w) for c in (ca, cb)))
            return difference(similarity, not hedged, reason, basis, values,
                           f"{basis}|" + "/".join(sorted({ca.predicate, cb.predicate})))
    return None


def _pronoun_read(clause, claim: Claim, other):
    """The clause with its bare pronoun subject ("allowing it to run again on Sunday") read as the other clause's
    thing, where the pronoun's claim writes that thing's head noun too ("cleared its main chairlift"): the thing the
    pronoun may stand for, so the two clauses' roles can align."""
    if clause.agent or clause.theme.lower() not in ("it", "they") or not other.theme:
        return clause
    head = _recipient_head(other.theme)
    return replace(clause, theme=other.theme) if head and written_in({head}, claim.text) else clause


def _main_dated(frame) -> list:
    """The frame's clauses, its main act's given the frame's one day where the parse hung the day on a word of the act's
    own phrase, no clause with a subject of its own between ("found 40 kilograms of cannabis in a lorry carrying frozen
    fish on Wednesday": found on Wednesday; not "said on Tuesday they had arrested him", the day the saying's)."""
    if len(frame.dates) != 1 or granularity(frame.dates[0]) not in ("day", "weekday") \
            or any(frame.dates[0] in o.dates for o in frame.clauses):
        return list(frame.clauses)  # (a month or a year in the object's phrase is a period's: "the figures for May")
    return [replace(c, dates=frame.dates) if c.predicate == frame.predicate and c.under_main and not c.dates
            and _day_under_act(frame.text, c.predicate) else c for c in frame.clauses]


def _day_under_act(text: str, act: str) -> bool:
    """A weekday or month the text writes hangs, in its parse, on the verb of `act` through words of that verb's own
    phrase (prepositions, nouns, participles), not through a clause with its own subject ("a lorry that had arrived
    on Monday")."""
    days = set(WEEKDAYS) | set(MONTHS)
    doc = nlp.parse_kept((text,))[0]
    verbs = [t for t in doc if t.lemma_.lower() == act.split()[0] and t.pos_ in ("VERB", "AUX")]
    for token in (t for t in doc if t.lower_ in days):
        head = token
        while head.head.i != head.i and head not in verbs:
            if head.dep_ in ("relcl", "ccomp", "advcl", "conj") or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                     for c in head.children):
                break
            head = head.head
        if head in verbs:
            return True
    return False


def _forecast_against_result(a: Claim, b: Claim, act_a: str, act_b: str, main_a: bool = True,
                             main_b: bool = True) -> bool:
    """An amount's way forecast against the way it went ("had anticipated the rate would drop" / "the rate rose"):
    another quantity, as a forecast figure against a result is (pairs/README: forecast vs actual is apart).
    `main_a`, `main_b`: whether each act is among its claim's main clauses, which its hedge covers."""
    if not {act_a, act_b} <= amount_verbs():
        return False
    return (main_a and prospective(a)) != (main_b and prospective(b))


def _figures_apart(act: str, fa, fb) -> bool:
    """Each claim gives the act a figure the other's cannot be ("laid off 11,000 in November" / "laid off 10,000 in
    March"; "exports rose 7 percent in March" / "In February, exports grew 2 percent"): with their dates apart too,
    two happenings of a recurring act, not one dated twice."""
    def of_act(frame) -> list:
        # the clause's own verb, read without its particle ("lay" of "laid off"); where the claim gives it no figure,
        # a synonym's ("grew" for "rose"): "laid off 11,000 ... would cut 10,000 more" gives the lay-off 11,000
        own = [m for m in frame.measures if m.predicate in (act, act.split(" ")[0])]
        return own or [m for m in frame.measures if m.predicate and same_predicate(m.predicate, act)]
    figures_a, figures_b = of_act(fa), of_act(fb)
    return bool(figures_a and figures_b) and not any(m.unit == n.unit and m.value == n.value
                                                     for m in figures_a for n in figures_b)


def _described_apart(x: str, y: str, least: int | None = None) -> bool:
    """Two objects each described in words of its own, at least `least` content words each, sharing none ("a policy
    banning transgender athletes from ..." / "legislation that aims to crack down on social media ..."): two things,
    each done on its own day; not "the bill" / "the legislation", which say too little to tell."""
    least = DESCRIBED_WORDS if least is None else least
    wx, wy = _meaning_words(x), _meaning_words(y)
    return len(wx) >= least and len(wy) >= least and not words_overlap(wx, wy)


def _meaning_words(text: str) -> set[str]:
    return word_set(text) - stop_words()



def _contest(x: str, y: str) -> bool:
    """Two verbs of who won and who lost ("France beat Morocco" / "Morocco lost to France"): the winner slot, which
    reads who beat whom, judges them, not the verbs' opposition."""
    return bool({x, y} & WINNING) and bool({x, y} - WINNING) and opposite_pair(x, y) is not None


def _clause_conflict(ca, cb, fa, fb, settings: Settings) -> tuple[str, str, bool] | None:
    """How two clauses of one act cannot both hold, as (basis, what, whether it is their objects), or None."""
    same = same_predicate(ca.predicate, cb.predicate) or _participle_of(ca.predicate, cb.predicate)
    polarity = bool(ca.negation) == bool(cb.negation)
    done = not (ca.intent or cb.intent)
    if same and not polarity:
        return "negation", f"one asserts what the other negates (“{ca.negation or cb.negation} {ca.predicate}”)", False
    if same and polarity and done and days_differ(ca.dates, cb.dates) and not places_differ(fa, fb, settings) \
            and not _figures_apart(ca.predicate, fa, fb) and not _described_apart(ca.theme, cb.theme) \
            and not _each_introduced(ca, cb) and not other_votes(fa, fb):
        return "dates", f"dates differ (“{ca.predicate}” {', '.join(ca.dates)} / {', '.join(cb.dates)})", False
    if same and polarity and done and ca.places and cb.places and located_apart(ca.places, cb.places, settings) \
            and not days_differ(ca.dates, cb.dates):  # places and days apart: the act done twice
        return "place", f"places lie apart (“{ca.predicate}” in {', '.join(ca.places)} / {', '.join(cb.places)})", False
    if same_side(ca.predicate, cb.predicate) and not polarity and ca.intent == cb.intent:  # "not guilty" / "convicted"
        return "negation", f"one denies what the other asserts in other words (“{ca.negation or cb.negation}”)", False
    # (an outcome against one only meant or tried, "needed 60 votes to clear", is no conflict)
    pair = opposite_pair(ca.predicate, cb.predicate) if polarity and ca.intent == cb.intent \
        and not _contest(ca.predicate, cb.predicate) else None
    if pair:
        return "opposite", f"opposite outcomes ({pair})", False
    objects = _opposite_objects(ca.theme, cb.theme) if same and polarity and done else None
    if objects:  # "posted a profit of $2 billion" / "posted a loss of $2 billion"
        return "opposite", f"opposite outcomes ({objects})", True
    return None


def _participle_of(x: str, y: str) -> bool:
    """One is the other's past participle read as a state ("remains committed to" / "refused to commit to"; "was
    prepared to" / "prepare")."""
    return any(p in (v + "ed", v + "d", v + v[-1:] + "ed") for p, v in ((x, y), (y, x)) if len(v) >= 4)


def _opposite_objects(x: str, y: str) -> str | None:
    """The pair whose opposite nouns head the two objects ("a profit of ..." / "a loss of ..."), if any, after the
    words they share."""
    wx, wy = ([w for w in WORD.findall(t.lower()) if w not in LIGHT_WORDS] for t in (x, y))
    shared = set(wx) & set(wy)  # "a quarterly profit" / "a quarterly loss": the words they do not share
    heads = [next((w for w in words if w not in shared), "") for words in (wx, wy)]
    return opposite_pair(*heads) if all(heads) else None


def _roles_aligned(fa, fb, entities_a: tuple[str, ...] = (), entities_b: tuple[str, ...] = ()) -> bool:
    """Agent with agent and theme with theme, passive or active ("X vetoed the bill" / "the bill was vetoed
    by X"): every role both name can be the same thing, and at least one is named in both. `entities_a`,
    `entities_b`: the claims' names, by which an agent that is a name alone ("Biden") is told from a noun."""
    if bool(fa.agent) != bool(fb.agent):
        fa, fb = _subjects_compared(fa, fb)
    shared = [(x, y) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)) if role_identity(x) and role_identity(y)]
    if _named_role(fa.agent, entities_a) != _named_role(fb.agent, entities_b) and role_identity(fa.agent) \
            and role_identity(fb.agent) and not _members_of_one_body(fa.agent, fb.agent):
        # "Justices Alito and Thomas" are not "the justices": named people against a group; but "Shareholders of Alder
        # Mining" are "Alder shareholders", the name written in both
        return False
    # "he has no intention of resigning" / "he plans to resign": one person, told of by the same pronoun
    one_person = fa.agent.lower() in _PERSONAL and fa.agent.lower() == fb.agent.lower()
    return (bool(shared) or one_person) and all(can_be_same(role_identity(x), role_identity(y), required=True)
                                                 or initialism(x, y) or one_referent(x, y) for x, y in shared)


def _members_of_one_body(x: str, y: str) -> bool:
    """One role is a body's members told by an "of" ("Shareholders of Alder Mining"), the other the same noun after the
    body's name ("Alder shareholders"): one group, named two ways."""
    return any(_of_the_body(p, q) for p, q in ((x, y), (y, x)))


def _of_the_body(x: str, y: str) -> bool:
    found = _MEMBERS_OF.fullmatch(x.strip())
    if found is None:
        return False
    noun, name = found.group(1).lower(), found.group(2).split()[0]
    if y.strip().lower() in (noun, noun.removesuffix("s")):
        return True  # "Shareholders of Alder Mining" / "shareholder approval": the members, their body left untold
    return re.search(rf"\b{re.escape(name)}\b(?:\s+[A-Z][\w-]*)*\s+{re.escape(noun)}$", y.strip(), re.I) is not None


# "Shareholders of Alder Mining", "members of the Harbour Workers Union"
_MEMBERS_OF = re.compile(r"(?:[Tt]he\s+)?([A-Za-z]+)\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _told_of_two_named(fa, fb) -> bool:
    """An act asserted of one named doer or subject and denied (or its opposite told) of another ("former mayor Dorin
    Pavel pleaded not guilty" / "former deputy mayor Ilie Stanescu pleaded guilty"): two people, each with an act of
    their own, not one fact told two ways. (The same act of two named doers, both asserted, is `_agents`' conflict.)"""
    return any(x and y and _named_apart(x, y) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)))


def _named_apart(x: str, y: str) -> bool:
    """Each role names someone by a name the other role does not write ("former mayor Dorin Pavel" / "former deputy
    mayor Ilie Stanescu"): the titles and words they share say nothing of one person; two people are named."""
    return bool(_names(x) and _names(y)) and not _name_in_both(x, y)


def _name_in_both(x: str, y: str) -> bool:
    """A name of one role is a word of the other ("former mayor Dorin Pavel" / "Pavel"): perhaps one named twice."""
    return bool({w.lower() for w in _names(x)} & word_set(y) or {w.lower() for w in _names(y)} & word_set(x))


def _named_role(role: str, entities: tuple[str, ...]) -> bool:
    """The role names someone: names after its first word ("Justices Alito and Thomas"), or a name alone that the
    recogniser tagged ("Biden"; not "Shareholders" at a sentence's start)."""
    return bool(_names(role) or bare_name(role) and named_in(role, entities))


def _subjects_compared(fa, fb):
    """An intransitive's subject is read as its theme ("the troops stayed"); against a transitive whose agent it
    names ("the troops left Afghanistan") the two subjects are compared, and the objects left out."""
    lone, other = (fa, fb) if not fa.agent else (fb, fa)
    if not can_be_same(lone.theme, other.agent, required=True) or can_be_same(lone.theme, other.theme, required=True):
        return fa, fb
    subjects = (replace(lone, agent=lone.theme, theme=""), replace(other, theme=""))
    return subjects if lone is fa else subjects[::-1]


def _names(role: str, first: bool = False) -> set[str]:
    """The capitalised words of a role after its first word (with `first`, from it: a body's name alone, "Senate"):
    the names in it (not a day or a month: "the judge on Monday")."""
    head = re.split(r"\s(?:in|at|near)\s", role)[0]  # "Iranian forces in the Strait of Hormuz": a place, no name
    return {w for w in head.split()[0 if first else 1:] if w[:1].isupper() and w.lower() not in LIGHT_WORDS
            and w.lower() not in MONTHS and w.lower() not in WEEKDAYS}


def _agents(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """The same act credited to different named agents (passive or active), in the main clauses or in any
    two clauses the claims assert ("The ceasefire, brokered by Egypt, ..." / "..., which Qatar brokered, ...").
    When each agent stands in the other's theme ("Pelosi rejected the Republicans McCarthy picked" / "the
    Republicans Pelosi named were rejected by McCarthy"; "Biden called Xi" / "Xi called Biden") the roles are
    swapped: a contradiction. Otherwise the same thing was done by another agent: a contradiction between two
    people ("fired by Mayor Adams" / "City Manager Lopez fired"), a difference between bodies, one of which may
    be part of the other ("Congress passed" / "the House passed"). Acts parties do together ("met", "talked")
    are neither. When each text merely names the other's agent on the same thing, it may be a joint act: no
    finding."""
    if not _told_alike(a, b, same_fact, cosine, settings):
        return None  # (another agent's name lowers the fact similarity of two claims of one act)
    fa, fb = frame_of(a), frame_of(b)
    for x, y in [(fa, fb)] + [(cx, cy) for cx in fa.clauses for cy in fb.clauses]:
        verdict = _agent_conflict(a, b, _as_act_of(x, y), _as_act_of(y, x), similarity, same_fact)
        if verdict is not None:
            return verdict
    return None


def _as_act_of(x, y):
    """A light verb's act told by its object, as the other's verb where that object is the verb's noun, with to whom
    it was given as its theme ("Zelenskyy gave Trump a briefing" / "Trump briefed Zelenskyy": brief (Zelenskyy,
    Trump)); else the frame or clause as it is."""
    if not (light_object_head(x.predicate) and x.recipient and x.theme) or light_object_head(y.predicate):
        return x
    head = re.split(r"\s+(?:on|of|about|with|for|to|over)\s+", x.theme)[0]
    if not stem_written({y.predicate}, word_set(head)):
        return x
    return replace(x, predicate=y.predicate, theme=x.recipient, recipient="")


# The frame's roles (attribute names) where each claim's agent may stand in the other's: "Biden called Xi" / "Xi
# called Biden" (theme), "Germany sends tanks to Ukraine" / "Ukraine sends tanks to Germany" (recipient)
_SWAPPED_ROLES = ("theme", "recipient")


def _reversed(x, y) -> bool:
    """Agent and theme traded, named or not ("The company was bought by Microsoft" / "The company bought
    Microsoft"): each role of one is the other role of the other, word for word, and the two differ."""
    if x.predicate in frame_words()["alternating"]["verbs"]:
        return False  # "The bill passed the Senate" / "The Senate passed the bill"
    agent_x, theme_x, agent_y, theme_y = (word_set(role_identity(r)) for r in (x.agent, x.theme, y.agent, y.theme))
    return all((agent_x, theme_x)) and agent_x == theme_y and theme_x == agent_y and not agent_x & theme_x


def _agent_conflict(a, b, x, y, similarity, same_fact) -> Judgement | None:
    """Two frames or clauses `x` (of claim a) and `y` (of b) of one act with different named agents."""
    one_act = same_predicate(x.predicate, y.predicate) or bool(status_of(x.predicate)) and (
        status_of(x.predicate) == status_of(y.predicate))  # "cancelled" / "called off"
    if not one_act or x.predicate in LIGHT_PREDICATES or x.predicate in WINNING:
        return None  # (two winners are the winner slot's: one contest, or two)
    if bool(x.negation) != bool(y.negation) or not (x.theme and y.theme):
        return None
    together = bool({x.predicate, y.predicate} & symmetric_predicates())  # "met", "signed": parties do it together
    if not together and _reversed(x, y):
        reason = f"roles swapped for “{x.predicate}”: {clipped(x.agent, 40)} vs {clipped(y.agent, 40)}"
        mutual = x.predicate in frame_words()["reciprocal"]["verbs"]  # each may have sued the other
        return difference(similarity, not (mutual or hedge_of(a) or hedge_of(b)), reason, "agent", (x.agent, y.agent),
                       f"agent|{x.predicate}")
    # who did it, not where they are ("a student at a private college in Lagos" names no Lagos as its doer)
    agents_a, agents_b = named_in(_who_of(x.agent), a.entities), named_in(_who_of(y.agent), b.entities)
    offices = not (agents_a or agents_b) and bool(agents_a := _person_described(x.agent)) \
        and bool(agents_b := _person_described(y.agent))
    if not distinct(agents_a, agents_b):
        return None
    swapped = not together and any(any(word_set(n) & word_set(getattr(y, role, "")) for n in agents_a)
                                   and any(word_set(n) & word_set(getattr(x, role, "")) for n in agents_b)
                                   for role in _SWAPPED_ROLES)
    if not swapped and (not can_be_same(x.theme, y.theme)
                        or any(word_set(n) & word_set(b.text) for n in agents_a)
                        or any(word_set(n) & word_set(a.text) for n in agents_b)):
        return None  # another act, or each names the other's agent too: a joint act, or a second party
    values = (", ".join(agents_a), ", ".join(agents_b))
    what = "roles swapped" if swapped else "different agent"
    reason = f"{what} for “{x.predicate} {clipped(x.theme, 40)}”: {values[0]} vs {values[1]}"
    # two people cannot be one, where one body may be part of another ("Congress" / "the House")
    people = offices or (set(agents_a) <= set(a.incidentals) and set(agents_b) <= set(b.incidentals)) \
        or _titled_person(x.agent) and _titled_person(y.agent)
    if not (swapped or people or same_fact):
        return None
    # an act parties do together may have both doers ("the governor signed the bill" / "the mayor signed the bill"):
    # a difference to read, never a contradiction, and never the agreement like words would make it
    return difference(similarity, (swapped or people) and not (together or hedge_of(a) or hedge_of(b)), reason, "agent",
                   values, f"agent|{x.predicate}")


def _titled_person(agent: str) -> bool:
    """A doer named with the office or occupation one person holds ("Goalkeeper Ivo Tomic", "defender Luka Maric",
    "Mayor Ana Lopes"): a person, however the recogniser tagged the name."""
    words = WORD.findall(_who_of(agent))
    named = [w for w in words[1:] if w[:1].isupper()]
    titled = bool(offices_of(agent)) or any(w.lower() in frame_words()["offices"]["occupations"] for w in words)
    return titled and bool(named)


def _person_described(agent: str) -> list[str]:
    """The office or occupation a doer without a name is told by ("the city's mayor", "the mayor's chief of staff", "a
    junior aide"), or []."""
    own = re.split(r"\s*['’]s?\s+", _who_of(agent))[-1]  # "the mayor's chief of staff": the chief of staff's own
    return offices_of(own) or _occupation_of(own)


def _occupation_of(agent: str) -> list[str]:
    """The occupation a doer brought in as one person is told by ("a student at a private college": student; frames.toml
    [offices] `occupations`), its place aside; [] for a group ("students") or anything else."""
    words = _who_of(agent).lower().split()
    one = len(words) >= 2 and words[0] in ("a", "an", "the", "one") or len(words) == 1
    return [words[-1]] if one and words[-1] in frame_words()["offices"]["occupations"] else []


def _told_alike(a, b, same_fact, cosine, settings, floor: float | None = None) -> bool:
    """Two parsed claims of one fact, or close in meaning (a conflicting slot lowers the fact similarity): cosine at
    least `floor` (default `assertion_min_cosine`; opposite words, `opposite_min_cosine`)."""
    floor = settings.assertion_min_cosine if floor is None else floor
    return (same_fact or cosine >= floor) and parsed(a) and parsed(b)


def _recipients(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """One act by one agent on one thing, gone to different named recipients ("Norway will send the two systems to
    Estonia" / "... to Latvia"), or one thing addressed to different named recipients ("In a letter to Secretary
    Blinken, ..." / "... in a letter addressed to Secretary Mayorkas"). A contradiction where the thing is one
    ("the", "its", a number: it can go but one way) and the recipients are people or places the gazetteer puts apart;
    otherwise a difference ("sells oil to India" / "to China": both may be so; "to Congress" / "to the Senate": a body
    and its part). A recipient one names among others ("to Ukraine and Poland") or a place inside the other ("to
    Ukraine" / "to Kyiv") is no conflict."""
    if not _told_alike(a, b, same_fact, cosine, settings):
        return None
    fa, fb = frame_of(a), frame_of(b)
    for x, y in _frames_and_clauses(fa, fb):
        if x.recipient and y.recipient and same_predicate(x.predicate, y.predicate) \
                and bool(x.negation) == bool(y.negation) and not {x.predicate, y.predicate} & symmetric_predicates() \
                and _one_giver(x, y) and can_be_same(x.theme, y.theme, required=True):
            told = f"{x.predicate} {clipped(x.theme, 40)}"
            verdict = _recipient_verdict(a, b, (x.recipient, y.recipient), x.theme, told, x.predicate, similarity,
                                         settings)
            if verdict is not None:
                return verdict
    if verdict := _recipients_of_one_transfer(a, fa, b, fb, similarity, settings):
        return verdict
    return next((verdict for thing, to_x in fa.addressed for other, to_y in fb.addressed if thing == other
                 and (verdict := _recipient_verdict(a, b, (to_x, to_y), f"a {thing}", f"the {thing}", thing,
                                                    similarity, settings))), None)


def _recipients_of_one_transfer(a: Claim, fa, b: Claim, fb, similarity, settings) -> Judgement | None:
    """One transfer told from either end (`converse`: "was delivered to Malawi" / "Mozambique received"): the giver's
    recipient and the getter's subject are its recipient, compared as two recipients of one thing, where the giver is
    untold or written in the other claim too."""
    for (x, cx, y, cy) in ((fa, a, fb, b), (fb, b, fa, a)):
        # not two things by their ordinals ("the first shipment" / "its second shipment"), nor two givers
        if not (_giving_to(x, y) and x.recipient and y.agent) or x.negation or y.negation \
                or not can_be_same(x.theme, y.theme, required=True) or _ordinals(x.theme) != _ordinals(y.theme) \
                or x.agent and not written_in(word_set(x.agent), cy.text):
            continue
        pair = (cx, cy) if cx is a else (cy, cx)
        given_to = _body_of_the_country(x, settings)
        recipients = (given_to, y.agent) if cx is a else (y.agent, given_to)
        return _recipient_verdict(*pair, recipients, x.theme, f"{x.predicate} {clipped(x.theme, 40)}", x.predicate,
                                  similarity, settings)
    return None


def _body_of_the_country(giving, settings: Settings) -> str:
    """The recipient of a giving act, told as a word that may stand for any body and placed in a country by the act's
    "in" ("delivered to health authorities in Malawi": Malawi's authorities), as the country's; else as told."""
    placed = (*giving.places, *_AT_A_PLACE.split(giving.recipient)[1:])  # the act's "in", or the recipient's own
    countries = list(dict.fromkeys(p for p in placed if (where := locate(p, settings.place_prominence))
                                   and not where.region))
    head = _recipient_head(_who_of(giving.recipient))
    if len(countries) != 1 or head not in frame_words()["recipients"]["any_body"]:
        return giving.recipient
    return f"{countries[0]} {giving.recipient}"  # not "... in Malawi", which `_who_of` reads as where, not who


def _giving_to(x, y) -> bool:
    """x gives (a verb of giving or its synonym: "delivered", "handed over") what y gets ("received")."""
    giving, _ = transfer_ends()
    return any(same_predicate(x.predicate, verb) and converse(verb, y.predicate) for verb in giving)


def _ordinals(role: str) -> frozenset[str]:
    return frozenset().union(*ordinals_written(role).values())


def _one_giver(x, y) -> bool:
    """The two acts' givers can be one: both named alike, or one left untold (a passive without its "by": "the laptops
    were handed over to schools") where the thing given is one counted or definite thing both tell ("the 3,000
    laptops"), which only one giver can have given; not one brought in as new ("A flight from Lisbon was diverted to
    Shannon" / "its Lisbon-to-Boston service was diverted to Halifax": perhaps two)."""
    if x.agent and y.agent:
        return can_be_same(x.agent, y.agent, required=True)
    return not any(introduced_as_new(t) for t in (x.theme, y.theme)) and _counted_or_definite(x.theme) \
        and _counted_or_definite(y.theme)


def _partners(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """One act by one doer done with different partners ("met with the governor" / "met with union leaders";
    "following a meeting with the mayor" / "... with the board"): never an agreement. Partners are apart when both
    name someone and the names share no word, or when neither names anyone and their words share none (a name and a
    description, "Xi" / "the Chinese leader", may be one). A contradiction where both name people and the act is one
    happening (the same day stated by both, neither hedged); otherwise a difference."""
    if not _told_alike(a, b, same_fact, cosine, settings):
        return None
    fa, fb = frame_of(a), frame_of(b)
    for x, y in _frames_and_clauses(fa, fb):
        if x.partner and y.partner and same_predicate(x.predicate, y.predicate) \
                and bool(x.negation) == bool(y.negation) and can_be_same(_doer(x, fa), _doer(y, fb), required=True):
            verdict = _partner_verdict(a, b, (x.partner, y.partner), x, y, similarity)
            if verdict is not None:
                return verdict
    return None


def _doer(frame, main) -> str:
    """Who did the act: its agent, else the subject the parse left as its theme ("The president met with ..."), else,
    for a happening told by its noun ("spoke following a meeting with the mayor"), the main act's doer."""
    if frame.agent or frame.theme and frame.theme != frame.partner:
        return frame.agent or frame.theme
    return main.agent or main.theme


def _party_names(claim: Claim, party: str) -> list[str]:
    """The people and bodies a party to an act names (not a nationality: "the Chinese leader" names no one)."""
    return [e for e in _names_in(party, claim.entities) if e in claim.incidentals or e in claim.bodies]


def _partner_verdict(a, b, partners: tuple[str, str], x, y, similarity) -> Judgement | None:
    """Two partners of one act (`_partners`): a verdict where they are told apart."""
    told_apart = _parties_apart(a, b, partners)
    if told_apart is None:
        return None
    values, named = told_apart
    one_happening = bool(x.dates) and set(x.dates) == set(y.dates)
    reason = f"different partner for “{x.predicate}”: {values[0]} vs {values[1]}"
    return difference(similarity, named and one_happening and not (hedge_of(a) or hedge_of(b)), reason, "partner",
                   values, f"partner|{x.predicate}")


def _parties_apart(a, b, parties: tuple[str, str]) -> tuple[tuple[str, str], bool] | None:
    """Two parties to one act told apart: the names they hold, where both name a person or body and the names share
    no word; or, where neither names one, their own words where these share none ("the governor" / "union leaders").
    One named and the other described ("Xi" / "the Chinese leader") may be one: None. Returns the two values and
    whether both are named."""
    named_a, named_b = _party_names(a, parties[0]), _party_names(b, parties[1])
    if named_a or named_b:
        return ((", ".join(named_a), ", ".join(named_b)), True) if distinct(named_a, named_b) else None
    return (parties, False) if _words_apart(*parties) else None


def _words_apart(x: str, y: str) -> bool:
    """Two descriptions, each with words of its own, that share none ("the governor" / "union leaders")."""
    words_x, words_y = word_set(x), word_set(y)
    return bool(words_x and words_y) and not words_x & words_y


def _frames_and_clauses(fa, fb):
    """The two main frames, then each claim's main frame or clause against each of the other's: an act told in a
    clause ("Current TV, the network he later sold to Al Jazeera") is the act another claim tells in its own."""
    yield fa, fb
    yield from ((x, y) for x in (fa, *fa.clauses) for y in (fb, *fb.clauses) if not (x is fa and y is fb))


def _recipient_verdict(a, b, recipients: tuple[str, str], thing: str, told: str, fact: str, similarity, settings):
    """Two recipients of one act or one thing (`_recipients`): a verdict where they are named and told apart (by
    the people they name, where both name someone: "Secretary of State Antony Blinken" / "Homeland Security Secretary
    Alejandro Mayorkas" are Blinken and Mayorkas)."""
    to_a, to_b = (_names_in(_who_of(r), c.entities) for r, c in zip(recipients, (a, b)))
    people_a, people_b = [n for n in to_a if n in a.incidentals], [n for n in to_b if n in b.incidentals]
    if people_a and people_b:
        to_a, to_b = people_a, people_b
    if not (to_a or to_b):
        return _described_recipients(a, b, recipients, told, fact, similarity)
    if not (to_a and to_b):
        return _named_against_described(a, b, recipients, thing, told, fact, similarity)
    if not distinct(to_a, to_b):
        return None
    places = all(locate(p, settings.place_prominence) is not None for p in (*to_a, *to_b))
    if places and not located_apart(tuple(to_a), tuple(to_b), settings):
        return None  # "to Ukraine" / "to Kyiv": one inside the other
    people = places or set(to_a) <= set(a.incidentals) and set(to_b) <= set(b.incidentals)
    values = (", ".join(to_a), ", ".join(to_b))
    reason = f"different recipient for “{told}”: {values[0]} vs {values[1]}"
    return difference(similarity, _counted_or_definite(thing) and people and not (hedge_of(a) or hedge_of(b)), reason,
                   "recipient", values, f"recipient|{fact}")


def _who_of(recipient: str) -> str:
    """A recipient without the place it is told at ("public schools in Tema": public schools): a place after its noun
    says where the recipient is, not who."""
    return _AT_A_PLACE.split(recipient)[0]


_AT_A_PLACE = re.compile(r"\s+(?:in|at|near|across|around)\s+")


def _named_against_described(a, b, recipients: tuple[str, str], thing: str, told: str, fact: str,
                             similarity) -> Judgement | None:
    """One recipient a named body ("the Ghana Police Service"), the other described by a common noun that the name does
    not hold and the other claim never writes ("public schools"), and not a word that may stand for any body (frames.toml
    [recipients] `any_body`: "the authorities", "a charity"): two recipients, and one thing given ("the 3,000 laptops")
    can go only one way."""
    described, named, named_claim = ((recipients[0], recipients[1], b) if not _names_in(_who_of(recipients[0]), a.entities)
                                     else (recipients[1], recipients[0], a))
    head = _recipient_head(_who_of(described))
    if not head or head in frame_words()["recipients"]["any_body"] or written_in({head}, named_claim.text) \
            or written_in({head}, named):
        return None
    reason = f"different recipient for “{told}”: {recipients[0]} vs {recipients[1]}"
    return difference(similarity, _counted_or_definite(thing) and not (hedge_of(a) or hedge_of(b)), reason,
                      "recipient", recipients, f"recipient|{fact}")


def _recipients_described_apart(fa, fb) -> tuple[str, str] | None:
    """The recipients of one act told in the two claims, each headed by a common noun the other claim does not
    write ("would go to the maritime museum" / "is going to the central library"): perhaps two recipients. Named
    recipients are `_recipients`' to weigh ("to Ukraine" / "to Kyiv" may be one)."""
    for x, y in _frames_and_clauses(fa, fb):
        if x.recipient and y.recipient and same_predicate(x.predicate, y.predicate) \
                and bool(x.negation) == bool(y.negation) and _heads_apart(x.recipient, fa, y.recipient, fb):
            return x.recipient, y.recipient
    return (_recipient_by_noun_apart(fa, fb) or _recipient_by_noun_apart(fb, fa, swapped=True)
            or _received_apart(fa, fb) or _received_apart(fb, fa, swapped=True) or _recipients_of_one_sum(fa, fb))


def _recipients_of_one_sum(fa, fb) -> tuple[str, str] | None:
    """One sum both claims give alike, told to go to a recipient in each by any verb of giving, going or funding
    ("the gift would go to its school of forestry" / "the donation will fund its veterinary school"; "paid out
    $3 million to fishermen" / "the $3 million had gone to dock workers"), the two described apart
    (`_descriptions_apart`): where one sum went, two answers."""
    if not _one_sum(fa, fb):
        return None
    return next(((x, y) for x in _sum_recipients(fa) for y in _sum_recipients(fb)
                 if _descriptions_apart(_who_of(x), fa, _who_of(y), fb) and not _one_referent_headed(x, y)), None)


def _one_referent_headed(x: str, y: str) -> bool:
    """Two roles headed by nouns of one referent (`one_referent`: "families of the victims" / "relatives of those
    killed"), not told apart by words before them ("the state rail operator" / "the Lisbon metro company")."""
    heads = _recipient_head(_who_of(x)), _recipient_head(_who_of(y))
    if not (all(heads) and one_referent(f"the {heads[0]}", f"the {heads[1]}")):
        return False
    before = [{w for w in _headed_words(_who_of(r))[:-1] if w.isalpha() and w.islower() and w not in _DETERMINERS
               and w not in stop_words()} for r in (x, y)]
    return not (before[0] - before[1] and before[1] - before[0])


def _one_sum(fa, fb) -> bool:
    """A figure of each frame alike in unit and value, neither hedged, that measures an amount (not a count, share,
    age or length of time)."""
    return any(x.unit == y.unit and x.value == y.value and x.unit not in _NOT_SUMS and not (x.hedge or y.hedge)
               for x in fa.measures for y in fb.measures)


_NOT_SUMS = ("count", "%", "age", "hour", "tally", "times")


def _sum_recipients(frame) -> list[str]:
    """Where the frame's acts send what they give: each act's "to" or dative (`recipient`), the object of a verb of
    funding (frames.toml [recipients] `funding`: "will fund its veterinary school"), and what a "go to" phrase names
    wherever the parse hangs it ("had gone to dock workers", parsed as the verb "dock")."""
    acts = [x for x in (frame, *frame.clauses) if not x.negation]
    found = [x.recipient for x in acts if x.recipient]
    found += [x.theme for x in acts if x.theme and x.predicate in frame_words()["recipients"]["funding"]]
    found += [m.group(1) for m in _GONE_TO.finditer(frame.text)]
    return list(dict.fromkeys(found))


_GONE_TO = re.compile(r"\b(?:go|goes|went|gone|going)\s+to\s+([^,.;:]+)", re.I)


def _heads_apart(x: str, fa, y: str, fb) -> bool:
    heads = _recipient_head(x), _recipient_head(y)
    return all(heads) and not written_in({heads[0]}, fb.text) and not written_in({heads[1]}, fa.text)


def _doers_described_apart(fa, fb) -> tuple[str, str] | None:
    """One act on one thing told with a doer described in each claim, by words of its own that the other never
    writes ("a contractor's ground crew left the door unlocked" / "the door had been left unlatched by the airline's
    own ground staff"): perhaps two doers. Named doers are `_agents`' to weigh. The passive's "by" is read wherever the
    parse hangs it (`passive_doers`)."""
    acts_a, acts_b = _acts_with_doers(fa), _acts_with_doers(fb)
    return next(((x, y) for verb_a, x, thing_a in acts_a for verb_b, y, thing_b in acts_b
                 if same_predicate(verb_a, verb_b) and verb_a not in symmetric_predicates()
                 and _one_thing_done_to(thing_a, fb) and _one_thing_done_to(thing_b, fa)
                 and (_qualified_apart(x, fa, y, fb) or _doer_nouns_apart(x, fa, y, fb))), None)


def _doer_nouns_apart(x: str, fa, y: str, fb) -> bool:
    """Two doers told by common nouns of their own, neither written in the other claim ("started by a former
    employee" / "by a roofing contractor"): not a noun that may stand for any doer ("the authorities", "a group",
    "officials") or any person ("a man", "a gunman" / "an attacker", "a worker": `_any_person`), nor two nouns of one
    referent (`one_referent`: "the company" / "the insurer"), nor a doer with a name (`_agents`' to weigh)."""
    heads = _recipient_head(x), _recipient_head(y)
    if not all(heads) or not _heads_apart(x, fa, y, fb) or one_referent(f"the {heads[0]}", f"the {heads[1]}"):
        return False
    if _words_of(x) & _words_of(y) or not (_one_doer(x) and _one_doer(y)):
        return False  # "the transport minister" / "the transport secretary": one described twice, perhaps
    return not any(h in _any_person() for h in heads) and not any(_capitalised_words(r) for r in (x, y))


def _one_doer(role: str) -> bool:
    """One doer told as one ("a former employee", "the contractor"): not a bare plural or a plural head ("senators" /
    "lawmakers", "the shareholders" / "investors": a class named in many words)."""
    words = role.split()
    head = _recipient_head(role)
    return bool(words) and words[0].lower() in ("a", "an", "the", "one") and not (head.endswith("s")
                                                                                   and not head.endswith("ss"))


def _words_of(role: str) -> set[str]:
    """A role's words in lower case, less determiners ("a former employee": former, employee)."""
    return {w.lower() for w in WORD.findall(role)} - set(_DETERMINERS)


@functools.cache
def _any_person() -> frozenset[str]:
    """Nouns that may tell any doer, a body or a person, in either claim's words: frames.toml [recipients]
    `any_body` and [ages] `people` ("the driver", "a suspect", "a worker"), singular and plural."""
    table = frame_words()
    nouns = {*table["recipients"]["any_body"], *table["ages"]["people"], *bare_people()}
    return frozenset(nouns | {f"{n}s" for n in nouns} | {"men", "women", "people", "children"})


def _capitalised_words(role: str) -> bool:
    return any(w[:1].isupper() for w in role.split()[1:]) or role[:1].isupper() and role.split()[0].lower() not in \
        _DETERMINERS


def _acts_with_doers(frame) -> list[tuple[str, str, str]]:
    """(verb, doer, what it was done to) of the frame and its clauses, asserted, and of every passive with its "by"."""
    acts = [(x.predicate, x.agent, x.theme) for x in (frame, *frame.clauses) if x.agent and x.theme and not x.negation]
    return acts + [act for act in passive_doers(frame.text) if act not in acts]


def _one_thing_done_to(thing: str, other) -> bool:
    head = _recipient_head(thing)
    return not head or written_in({head}, other.text)


def _qualified_apart(x: str, fa, y: str, fb) -> bool:
    """Each description has a qualifying word (a possessor, an adjective, a noun before its head) that the other claim
    never writes ("a contractor's ground crew" / "the airline's own ground staff")."""
    own = ({w for w in _qualifiers(x) if not written_in({w}, fb.text)},
           {w for w in _qualifiers(y) if not written_in({w}, fa.text)})
    return all(own) and bool(_recipient_head(x) and _recipient_head(y))


def _received_apart(fa, fb, swapped: bool = False) -> tuple[str, str] | None:
    """One claim tells where a thing went ("the grant would go to the children's hospital"), the other who got it,
    told from the receiving end as its verb's subject ("the regional teaching hospital is to receive the grant"), the
    two described apart (`_descriptions_apart`): perhaps two recipients."""
    getting = transfer_ends()[1]
    for x in (fa, *fa.clauses):
        if not x.recipient or x.negation or x.predicate in getting:
            continue
        thing = _recipient_head(x.theme)
        for y in (fb, *fb.clauses):
            if y.predicate in getting and y.agent and not y.negation and thing and written_in({thing}, y.theme) \
                    and _descriptions_apart(x.recipient, fa, y.agent, fb):
                return (y.agent, x.recipient) if swapped else (x.recipient, y.agent)
    return None


def _descriptions_apart(x: str, fa, y: str, fb) -> bool:
    """Two recipients headed by common nouns the other claim does not write (`_heads_apart`), or by one noun each
    claim qualifies by a word the other never writes ("the children's hospital" / "the regional teaching hospital";
    "the county's maritime museum" / "the county's railway museum")."""
    if _heads_apart(x, fa, y, fb):
        return True
    heads = _recipient_head(x), _recipient_head(y)
    if not all(heads) or heads[0] != heads[1]:
        return False
    return _qualified_apart(x, fa, y, fb)


def _qualifiers(role: str) -> set[str]:
    """The lower-case words before a role's head noun and in an "of" phrase on it, less determiners and light words
    ("the children 's hospital": children; "its school of forestry": forestry); names, capitalised, are left to the
    name checks."""
    words = _headed_words(role)[:-1] + _of_phrase(role)
    return {w for w in words if w.isalpha() and w.islower() and w not in _DETERMINERS and w not in stop_words()}


def _of_phrase(role: str) -> list[str]:
    """The words of an "of" phrase right after a role's head ("its school of forestry and environmental sciences":
    forestry, and, environmental, sciences), up to the next phrase or clause."""
    found = re.match(r"[^,]*?\s+of\s+([^,]+)", role)
    return re.split(r"\s+(?:for|from|in|at|on|with|by|about|to|who|which|that)\s+", found.group(1))[0].split() \
        if found and len(_headed_words(role)) == len(re.split(r"\s+of\s+", role)[0].split()) else []


def _recipient_by_noun_apart(fa, fb, swapped: bool = False) -> tuple[str, str] | None:
    """One claim names who got a thing by a noun ("the copper agency is the recipient of the loan"), the other by a
    verb's "to" ("the loan will go to the power utility"), each headed by a common noun the other does not write."""
    told = _RECIPIENT_NOUN.search(fa.text)
    if told is None:
        return None
    recipient, thing = told.group("who"), _headed_words(told.group("what"))
    for y in (fb, *fb.clauses):
        if y.recipient and thing and written_in({thing[-1]}, y.theme) and not y.negation \
                and _heads_apart(recipient, fa, y.recipient, fb):
            return (y.recipient, recipient) if swapped else (recipient, y.recipient)
    return None


# "X is the recipient of Y", "X will be the main beneficiary of Y"
_RECIPIENT_NOUN = re.compile(r"(?P<who>[\w'’ -]+?)\s+(?:is|was|will be|would be)\s+the\s+(?:\w+\s+)?"
                             r"(?:recipient|beneficiary)\s+of\s+(?P<what>[^,.;]+)", re.I)


def _recipient_head(recipient: str) -> str:
    """The common noun a recipient is headed by: its last word before any preposition, lower-case in the text
    ("the Swansea maritime museum for roof repairs": museum), not a reflexive after it ("the port operator itself":
    operator); "" for a name ("Ukraine") or a pronoun."""
    words = _headed_words(recipient)
    if len(words) > 1 and words[-1] in _REFLEXIVES:
        words = words[:-1]
    head = words[-1] if words else ""
    return head if head.isalpha() and head.islower() and head not in _PERSONAL | {"them", "him", "her", "it", "us"} \
        else ""


_REFLEXIVES = ("itself", "themselves", "himself", "herself")


def _headed_words(role: str) -> list[str]:
    return re.split(r"\s+(?:for|of|from|in|at|on|with|by|about|to)\s+", role)[0].split()


def _described_recipients(a, b, recipients: tuple[str, str], told: str, fact: str, similarity) -> Judgement | None:
    """Two recipients that name no one, described in words that share none ("to the governor" / "to union leaders"):
    a difference (a description may fit several, so never a contradiction)."""
    if not _words_apart(*recipients):
        return None
    return difference(similarity, False, f"different recipient for “{told}”: {recipients[0]} vs {recipients[1]}",
                   "recipient", recipients, f"recipient|{fact}")


def _counted_or_definite(role: str) -> bool:
    """A role that names things that can go only one way: definite ("the systems", "its stake") or counted ("two
    air defence systems", "a letter"); not a bare plural or a mass noun ("tanks", "oil")."""
    first = role.strip().split(" ")[0].lower() if role.strip() else ""
    return first in _DEFINITE or first[:1].isdigit() or word_number(first) is not None


_DEFINITE = {"the", "its", "his", "her", "their", "our", "a", "an", "this", "that", "these", "those"}


def _names_in(role: str, entities: tuple[str, ...]) -> list[str]:
    """The names a role holds, each whole ("Ukraine and Poland": both)."""
    return [e for e in entities if word_set(e) and word_set(e) <= word_set(role)]


def _contrasts(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """One role of one act given a value one claim asserts and the other denies (`contrast_told_apart`: "issued by a
    customs officer, not by the agent" / "by the agent, not by a customs officer"; "ordered by the council, not the
    department" / "It was the department that called for it"): a conflict on that role whatever the similarity, a
    contradiction where both are asserted, a difference where one is hedged."""
    if not _told_alike(a, b, same_fact, cosine, settings) or other_occasions(a, b) \
            or other_years(frame_of(a), frame_of(b)):
        return None  # (a place or a doer of one act on two days, each its own)
    found = contrast_told_apart(a, b)
    if found is None:
        return None
    role, values = found
    reason = f"{role} asserted by one and denied by the other: {clipped(values[0], 40)} vs {clipped(values[1], 40)}"
    return difference(similarity, not hedged_apart(a, b), reason, _BASIS.get(role, role), values, f"{role}|contrast")


def _replaced(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """One change of a role's value told by both, away from one value, to two values (`readings.replaced_apart`:
    "will finish in Riga rather than Tallinn" / "will end in Vilnius instead of Tallinn"): a conflict on that role,
    whatever slot the frames found apart, for the one value both deny ties the two to one change."""
    if not _told_alike(a, b, same_fact, cosine, settings) or other_occasions(a, b) \
            or other_years(frame_of(a), frame_of(b)):
        return None
    if (replaced := replaced_apart(a, b)) is None:
        return None
    role, values = replaced
    reason = f"{role} changed from one value to two: {clipped(values[0], 40)} vs {clipped(values[1], 40)}"
    return difference(similarity, not hedged_apart(a, b), reason, _BASIS.get(role, role), values, f"{role}|replaced")


def _opposite_qualities(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Opposite qualities told of one thing ("temporarily blocked the law" / "permanently blocked the law"; "the
    ban is temporary" / "a permanent ban"; "a partial withdrawal" / "a full withdrawal"), neither claim negated:
    a contradiction, a difference where either is hedged."""
    if not _told_alike(a, b, same_fact, cosine, settings, settings.opposite_min_cosine) \
            or bool(a.negation) != bool(b.negation) or other_occasions(a, b):
        return None
    fa, fb = frame_of(a), frame_of(b)
    if not (can_be_same(fa.agent, fb.agent) and can_be_same(fa.theme, fb.theme)):
        return None  # "the bridge was partially closed" / "the road was fully closed"
    found = next(((x, y) for x, of_x in fa.qualities for y, of_y in fb.qualities
                  if one_word(of_x, of_y) and opposite_qualities(x, y)), None)
    if found is None:
        return None
    x, y = found
    reason = f"opposite qualities: “{clipped(a.text, 60)}” ({x}) vs “{clipped(b.text, 60)}” ({y})"
    return difference(similarity, not (hedge_of(a) or hedge_of(b)), reason, "quality", (x, y), f"quality|{x}/{y}")


def _orders(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two happenings told in opposite order: one act placed before a happening in one claim and after it in the
    other ("resigned before the vote" / "after the vote"), or each claim's main act the other's earlier one ("The
    strike came after the talks collapsed" / "The talks collapsed after the strike"). A contradiction, a
    difference where either is hedged."""
    if not _told_alike(a, b, same_fact, cosine, settings):
        return None
    x, y = frame_of(a), frame_of(b)
    if other_occasions(a, b):
        return None
    if not (x.order and y.order) or bool(x.negation) != bool(y.negation):
        return _happenings_in_other_order(a, b, similarity)
    (relation_x, other_x, head_x), (relation_y, other_y, head_y) = x.order, y.order
    # one act (a verb both share, or one written in the other's words: "issued an evacuation order" / "were
    # ordered to evacuate") placed on each side of one happening, told by one head ("the levee failed" / "the
    # levee gave way" share the levee; "after Congress subpoenaed him" is no happening "before Congress")
    flipped = relation_x != relation_y and _one_main_act(x, y, a, b) and can_be_same(x.agent, y.agent) \
        and can_be_same(other_x, other_y, required=True) and _one_happening_head(x.order, y.order)
    swapped = relation_x == relation_y and _tells(other_x, y, head_x) and _tells(other_y, x, head_y) \
        and not _tells(other_x, x)
    if not (flipped and not _one_order_from_either_end(x, y) or swapped):
        return _happenings_in_other_order(a, b, similarity)
    reason = (f"order of events differs: “{clipped(a.text, 60)}” ({relation_x} {clipped(other_x, 30)}) vs "
              f"“{clipped(b.text, 60)}” ({relation_y} {clipped(other_y, 30)})")
    return difference(similarity, not (hedge_of(a) or hedge_of(b)), reason, "order",
                   (f"{relation_x} {other_x}", f"{relation_y} {other_y}"), f"order|{x.predicate}")


def _happenings_in_other_order(a: Claim, b: Claim, similarity: float) -> Judgement | None:
    """Two happenings each claim orders, in opposite orders, however either is worded (`happenings_ordered_apart`:
    "the evacuation began only after the gates had been opened" / "the gates were opened only after the evacuation
    had been completed"; "signed before the club was sold" / "the sale was completed days before he put pen to
    paper"). A contradiction, a difference where either is hedged."""
    found = happenings_ordered_apart(a.text, b.text)
    if found is None:
        return None
    reason = f"order of events differs: {clipped(found[0], 80)} vs {clipped(found[1], 80)}"
    return difference(similarity, not (hedge_of(a) or hedge_of(b)), reason, "order", found, "order|happenings")


def _placed_apart(x, y) -> tuple[str, str] | None:
    """One happening's act done to or by one thing, placed before one happening in one claim and after it in the
    other, whatever verbs tell the act ("Residents were evacuated only after the lava reached the sea" / "Teams moved
    the residents out before any lava had reached the sea"): the order slot, told apart. Not one order told from
    either end (`_one_order_from_either_end`)."""
    if not (x.order and y.order) or x.order[0] == y.order[0] or bool(x.negation) != bool(y.negation):
        return None
    one_thing = any(role_identity(p) and role_identity(q) and can_be_same(role_identity(p), role_identity(q),
                                                                        required=True)
                    for p, q in ((x.theme, y.theme), (x.agent, y.agent)))
    if not (one_thing and _one_happening_head(x.order, y.order)) or _one_order_from_either_end(x, y):
        return None
    return f"{x.order[0]} {x.order[1]}", f"{y.order[0]} {y.order[1]}"


def _acts_ordered_apart(fa, fb) -> tuple[str, str] | None:
    """One act of one subject placed before one happening in one claim and after it in the other, wherever the parse
    puts either verb (`ordered_acts`: "the suspect had fled before officers arrived" / "when officers reached the
    shop, the suspect was still inside and only fled afterwards")."""
    for act_x, subject_x, relation_x, told_x, head_x in ordered_acts(fa.text):
        for act_y, subject_y, relation_y, told_y, head_y in ordered_acts(fb.text):
            if same_predicate(act_x, act_y) and relation_x != relation_y \
                    and can_be_same(role_identity(subject_x), role_identity(subject_y), required=True) \
                    and _one_happening_head((relation_x, told_x, head_x), (relation_y, told_y, head_y)):
                return f"{act_x} {relation_x} {told_x}", f"{act_y} {relation_y} {told_y}"
    return None


def _one_order_from_either_end(x, y) -> bool:
    """Two acts, each claim's main act the other's placed happening, on other sides: one order told from either end
    ("The minister resigned, and the prime minister dissolved parliament shortly thereafter" / "The prime minister
    dissolved parliament soon after the minister resigned")."""
    return x.order[0] != y.order[0] and not same_predicate(x.predicate, y.predicate) \
        and same_predicate(x.order[2], y.predicate) and same_predicate(y.order[2], x.predicate)


def _one_happening_head(order_x: tuple[str, ...], order_y: tuple[str, ...]) -> bool:
    """The two happenings the acts are placed by are one: one head ("the vote" / "the vote on Friday"), or two
    clauses of one subject ("the levee failed" / "the levee gave way")."""
    (_, text_x, head_x), (_, text_y, head_y) = order_x, order_y
    clauses = len(word_set(text_x)) > 1 and len(word_set(text_y)) > 1
    return same_predicate(head_x, head_y) or clauses and bool(word_set(text_x) & word_set(text_y))


def _one_main_act(x, y, a: Claim, b: Claim) -> bool:
    """The two main verbs tell one act: the same verb or a synonym, or one written in the other claim's words
    ("issued an evacuation order" / "were ordered to evacuate"); not two light verbs ("broke a silence" / "seemed
    to send a signal")."""
    if same_predicate(x.predicate, y.predicate) or _happening_told(x, y) or _happening_told(y, x):
        return True
    acts = {x.predicate, y.predicate} - LIGHT_ACTS
    return len(acts) == 2 and (written_in({x.predicate}, b.text) or written_in({y.predicate}, a.text))


def _happening_told(x, y) -> bool:
    """`x` tells only that something happened, or followed or preceded something, and its subject names `y`'s act
    ("The FDA's full approval came eight months before ..." / "... the FDA has issued its full stamp of approval";
    "Sanders' release of the details followed the debate" / "Sanders released details")."""
    subject = happening_subject(x, placing=True)
    if not subject:
        return False
    return stem_written({y.predicate}, word_set(subject)) \
        or bool(word_set(role_identity(subject)) & word_set(role_identity(y.theme)))


def _tells(text: str, frame, head: str = "") -> bool:
    """The words tell the frame's main act: one of its roles' words, and its verb written in them, or the verb `head`
    of the words one of its synonyms ("the board had signed it off" tells "the board approved"), unless the verb
    says no more than that it happened ("The strike came after ...": the strike is the act)."""
    words = word_set(text)
    if not words & (word_set(role_identity(frame.agent)) | word_set(role_identity(frame.theme))):
        return False
    happening = frame_words()["happening"]
    return frame.predicate in {*happening["verbs"], *happening["hosting"], "be"} \
        or written_in({frame.predicate}, text) or bool(head) and same_predicate(head, frame.predicate)


# -- certainty ----------------------------------------------------------------------------------

def _certainty(a: Claim, b: Claim, similarity: float, settings: Settings) -> Judgement | None:
    """A doubt on the shared predicate in one statement only (scoped: only parsed claims qualify), or an act told
    as a plan in one and as done in the other."""
    if not (parsed(a) and parsed(b)) or not spelled_alike(a.predicate, b.predicate):
        return None
    if is_doubted(a) == is_doubted(b):
        return _plan_against_done(a, b, similarity)
    if a.negation != b.negation or (a.hedge and b.hedge):
        return None
    hedged, stated = (a, b) if is_doubted(a) else (b, a)
    reason = (f"certainty differs: “{clipped(hedged.text, 60)}” hedges “{hedged.predicate}” with "
              f"“{hedged.hedge}”; “{clipped(stated.text, 60)}” states it")
    return difference(similarity, False, reason, "certainty", (polarity_of(a), polarity_of(b)),
                      f"certainty|{a.predicate}")


def _plan_against_done(a: Claim, b: Claim, similarity: float) -> Judgement | None:
    """"He intends to sign the order" / "He signed the order": one act, told as a plan (a hedge of intent, or the
    future) in one and as done in the other (stated, not to come), neither negated. Both may be true a day apart, so it is no
    conflict, but the reader should see which outlet reports it done."""
    plans = [c for c in (a, b) if _intended(c.hedge) or not c.hedge and is_planned(frame_of(c))]
    done = [c for c in (a, b) if not prospective(c) and c.certainty == "stated" and not _infinitive(c)]
    if len(plans) != 1 or len(done) != 1 or a.negation or b.negation:
        return None
    plan, deed = plans[0], done[0]
    told = " ".join(w for w in (plan.hedge or "will", plan.predicate) if w)
    reason = (f"told as a plan in one and as done in the other: “{clipped(plan.text, 60)}” ({told}); "
              f"“{clipped(deed.text, 60)}”")
    return difference(similarity, False, reason, "certainty", (told, deed.predicate), f"certainty|{a.predicate}")


def _infinitive(claim: Claim) -> bool:
    """The main act written as an infinitive ("agreed to reopen the crossing"): not told as done."""
    return bool(re.search(rf"\bto\s+{re.escape(claim.predicate.split(' ')[0][:4])}", claim.text, re.IGNORECASE))


def _intended(hedge: str) -> bool:
    """A hedge that tells an intent ("intends", "plans", "is set to"), not a forecast ("would", "predicted")."""
    word = hedge.lower().split(" ")[-1]
    return bool(word) and any(word == w or word.startswith(w.removesuffix("e")) and len(word) - len(w) <= 3
                              for w in data_table("certainty.toml")["hedge"]["expected"]["intents"])


# -- margins ------------------------------------------------------------------------------------

def _margins(a: Claim, b: Claim, similarity: float, settings: Settings) -> Judgement | None:
    """One margin between the same two rivals, told as other points ("Jones trails Smith by 4 points" / "Smith holds
    an 11-point lead over Jones"): a figure of one measured variable, whichever rival each claim names first. Not
    of two polls or two places (a body or a place the other names in no form), nor dated apart, nor hedged apart."""
    x, y = _margin(a, settings), _margin(b, settings)
    if not (x and y) or x[0] != y[0] or x[1] == y[1]:
        return None
    if other_occasions(a, b) or hedged_apart(a, b) or named_unmatched(a, b, "bodies") \
            or places_unmatched(a, b, settings):
        return None
    reason = f"margins cannot both hold: {x[1]} vs {y[1]} points between {' and '.join(sorted(x[0]))}"
    return difference(similarity, True, reason, "figures", (f"{x[1]} points", f"{y[1]} points"), "margin")


def _margin(claim: Claim, settings: Settings) -> tuple[frozenset[str], str] | None:
    """(the two rivals' last names, the points) of the one margin the claim tells between the two names it writes
    that are no place nor owner ("HuffPost Pollster's average"), whatever the recogniser tags them ("Sanders" as a
    body, "Helen Park" as a place)."""
    words = frame_words()["margin"]
    found = _MARGIN.findall(claim.text)  # read first: most claims tell no margin, and the rivals cost place lookups
    if len(found) != 1 or not word_set(claim.text) & set(words["leading"] + words["trailing"]):
        return None
    rivals = {e.split()[-1] for e in claim.entities if not any(c.isdigit() for c in e)
              and not possessor(claim.text, e) and not re.search(r"['’]s?$", e)
              and locate(as_written(e, claim.text), settings.place_prominence) is None}
    if len(rivals) != 2:
        return None
    return frozenset(rivals), next(n for n in found[0] if n)


# "by 4 points", "by 4 percentage points", "an 11-point lead", "a lead of 11 points", "4 points behind"
_MARGIN = re.compile(r"\bby (\d+(?:\.\d+)?) (?:percentage )?points?\b|\b(\d+(?:\.\d+)?)[- ](?:percentage[- ])?points?"
                     r"[- ](?:lead|edge|advantage|behind|ahead)\b|\blead of (\d+(?:\.\d+)?) (?:percentage )?points?\b")


# -- what `crosscheck pair` shows ----------------------------------------------------------------

def explain(a: Claim, b: Claim) -> list[str]:
    """The two frames and the slots they share, as lines for `crosscheck pair`."""
    lines = []
    frames = (frame_of(a), frame_of(b))
    for name, frame in zip("AB", frames):
        lines.append(f"frame {name}:       {describe(frame)}")
        for measure in frame.measures:
            read = ", ".join(f"{k} {v}" for k, v in (("counts", measure.counts), ("verb", measure.predicate),
                                                        ("period", measure.period), ("hedged by", measure.hedge),
                                                        ("basis", measure.basis), ("told as", measure.part),
                                                        ("place rank", measure.place_rank),
                                                        ("penalty", measure.penalty)) if v)
            lines.append(f"  figure:        {measure.shown} [{measure.unit}, {measure.reading}{', ' + read if read else ''}]")
    shared = slots(*frames)
    if not shared:
        lines.append("slots:         none both fill")
    for slot in shared:
        state = "conflict" if slot.conflict else "stated differently" if slot.differs else "compatible"
        lines.append(f"slot {slot.name}: {slot.values[0]} vs {slot.values[1]} -> {state}"
                     f"{'' if slot.aligned else ' (not the same happening)'}")
    return lines


def describe(frame) -> str:
    """One line: the predicate with its status and polarity, then each filled role."""
    head = " ".join(p for p in (frame.hedge, frame.negation, frame.predicate) if p)
    parts = [f"{head}" + (f" ({frame.status})" if frame.status else "")]
    for name in ("agent", "theme", "initiator", "winner", "loser"):
        value = getattr(frame, name)
        if value:
            parts.append(f"{name} “{clipped(value, 40)}”")
    if frame.places:
        parts.append("in " + ", ".join(frame.places))
    if frame.dates:
        parts.append("on " + ", ".join(frame.dates))
    if frame.clock:
        parts.append("at " + ", ".join(str(time) for time in frame.clock))
    return "; ".join(parts)


# -- one fact told two ways -----------------------------------------------------------------------

def _told_two_ways(a: Claim, b: Claim, verdict: Judgement, settings: Settings) -> Judgement:
    """A verdict of two facts ("figures that match nowhere", "another happening") where the claims are one fact
    told two ways (`one_fact_told_two_ways`): the one specific they state differently is that fact's conflict,
    whose footing `_contradiction_shown` still weighs."""
    if verdict.relation != "apart":
        return verdict
    found = one_fact_told_two_ways(a, b, settings)
    if found is None:
        return verdict
    kind, x, y, shared = found
    if kind == "numbers" and _tallies_of_two_votes(a, b, x, y):
        return verdict  # "cleared the housing bill 61-38" / "cleared the transport bill 55-44"
    if kind == "numbers" and (sources := sources_apart(a, b, verdict.similarity)) is not None:
        # "Police said about 8,000 marched" / "Organisers said 40,000 took part": each figure its own source's
        return sources
    basis = _TOLD_BASIS[kind]
    reason = f"{kind} cannot both hold: {x} vs {y} (one fact told two ways: {shared} alike)"
    return difference(verdict.similarity, True, reason, basis, (x, y), f"{basis}|{a.predicate}")


def _tallies_of_two_votes(a: Claim, b: Claim, x: str, y: str) -> bool:
    """The two numbers told two ways are tallies of votes on two things (`_voted_on_two_things`) or by two bodies
    (`bodies_voting_apart`)."""
    fa, fb = frame_of(a), frame_of(b)
    tallied = [any(m.unit == "tally" and m.shown == shown for m in f.measures) for f, shown in ((fa, x), (fb, y))]
    return all(tallied) and (_voted_on_two_things(a, fa, b, fb) or bodies_voting_apart(fa, fb))


_TOLD_BASIS = {"numbers": "figures", "dates": "dates", "ordinals": "ordinal", "names": "agent", "places": "place"}
