"""Judge: two claims -> Judgement: agree, differ (a contradiction or not), apart or unrelated, and why.

First the slots both claims' frames fill (`align.py`): a conflict on a slot aligned to one happening,
neither side hedged, is a contradiction (a difference where one is hedged or one place may hold the other);
a value stated differently is a difference; like words whose slot is not surely one variable ("hundreds"
against "a few dozen residents", which may count other people) are apart, never an agreement: two judges
found such differences wrong (benchmarks/labels/judged/). Then the clause checks: a verb asserted and
negated, or against its opposite (`data/opposites.toml`), with the same roles; a different agent for the
same act, or agent and theme (or giver and recipient) traded; one transfer to different recipients; two
happenings in opposite order; opposite qualities of one thing ("temporarily" / "permanently blocked"). Without
any of these, two claims of the same fact agree, unless one alone doubts it (a certainty difference). Last, a
contradiction stands only where both statements are shown to be about one thing and on one footing
(`_contradiction_shown`); else it is a difference that "may conflict".
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace

from ..config import Settings
from ..dating import MONTHS, WEEKDAYS, weekday_of
from ..figures import word_number
from ..frames import frame_of
from ..gazetteer import as_written, disjoint, holds, locate, nested
from ..lexicon import (amount_directions, amount_verbs, data_table, opposite_pairs, opposites_of, stop_words,
                       third_person, words_overlap)
from ..predicates import (WINNING, containers, converse, frame_words, light, light_object_head, opposite_qualities,
                          people_counts, same_predicate, spelled_alike, status_of, symmetric_predicates)
from ..similarity import fact_similarity, written_days
from ..types import Claim, Judgement
from .align import granularity as _granularity
from .align import (comparable, dates_differ, fates_apart, happening_subject, leftover_figures, matched_figures,
                    noun_forms, one_doers_figures, one_transfer, opposite_pair, periods_differ, same_place, same_side,
                    slots, stem_written, unmatched_figures, unmatched_places)
from .align import same_date as _same_date
from .bodies import initialism, one_body, shortened, spelled_out
from .holders import listed_holder
from .written import CALENDAR_WORDS
from .written import NAME as _NAME
from .written import age_holder_name, age_written, gatherings_placed, set_out_from, trip_names

_WORD = re.compile(r"(?u)\w+")
# Words that carry no identity of a subject or object: determiners, pronouns, generic heads.
_LIGHT = set("""a an the this that these those his her its their our my your some any all both each
he she it they we i you him them us who which what whom whose one ones of and or to in on at for with
by from as mr mrs ms no nobody none nothing someone somebody something""".split())
_PERSONAL = {"he", "she", "i", "we", "they"}
# Verbs whose agent carries no claim of its own (copula, possession, speech).
_LIGHT_PREDICATES = {"be", "have", "say", "tell", "do", "make", "get", "go"}


def judge(a: Claim, b: Claim, cosine: float, settings: Settings, similarity: float | None = None) -> Judgement:
    """How two statements relate: same fact or not, and if so whether they conflict, and why.

    `similarity`: their fact similarity where the caller has it already (`fact_similarity_matrix`).
    """
    return _contradiction_shown(a, b, _judged(a, b, cosine, settings, similarity))


MAY_CONFLICT = "may conflict"  # how a conflict not shown to be about one thing is told (`_contradiction_shown`)


def _contradiction_shown(a: Claim, b: Claim, verdict: Judgement) -> Judgement:
    """A contradiction stands only where the two statements are shown to be about one thing; where that is not
    shown, the conflict is only possible: a difference ("may conflict"), which the findings rank below a
    contradiction, never an agreement and never silence."""
    if not verdict.contradiction:
        return verdict
    unsure = _footing_apart(a, b) or _figures_unpaired(a, b, verdict)
    if not unsure:
        return verdict
    return replace(verdict, contradiction=False, possible=True, reason=f"{MAY_CONFLICT} ({unsure}): {verdict.reason}")


def _footing_apart(a: Claim, b: Claim) -> str:
    """One claim tells its act only on a condition ("would be scared if he won") or only as possible ("could",
    "reportedly") and the other tells it as fact: what may happen does not contradict what did. Both on one
    condition, or both doubted, stand on one footing (`_same_condition`)."""
    conditional_a, conditional_b = (parsed(c) and c.hedge.lower() in _conditions() for c in (a, b))
    if (conditional_a or conditional_b) and not _same_condition(a, b):
        return "one told only on a condition"
    if _doubted(a) != _doubted(b):
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
        return ""  # a figure the claims give by their holders or numerals, already tied by them (`_unmatched`)
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
    if parsed(a) and parsed(b):
        verdict = _frames(a, b, similarity, same_fact, cosine, settings)
        if verdict is not None and verdict.relation == "apart":
            # a date or place the frames tie to two predicates may be one act's in two clauses ("The agreement,
            # signed in August, took effect" / "was signed on June 4"): the clauses' own dates and places decide
            placed = _clause_conflicts(a, b, similarity, same_fact, cosine, settings)
            return placed if placed is not None and placed.basis in ("dates", "place") else \
                _told_two_ways(a, b, verdict, settings)
        if verdict is not None:
            return verdict
    for check in (_negation, _opposites, _clause_conflicts, _agents, _recipients, _partners, _orders,
                  _opposite_qualities, _anchored_specifics):
        verdict = check(a, b, similarity, same_fact, cosine, settings)
        if verdict is not None:
            return _said_both_ways(a, b, verdict)
    if not same_fact:
        return Judgement(similarity, False, "unrelated", False, f"different facts (similarity {similarity:.2f})")
    verdict = (_certainty(a, b, similarity, settings) or _margins(a, b, similarity, settings)
               or _unmatched(a, b, similarity, cosine, settings)
               or _specifics_unmatched(a, b, similarity, cosine, settings))
    if verdict is not None:
        return _told_two_ways(a, b, verdict, settings)
    if parsed(a) and parsed(b) and cosine < settings.near_copy_cosine and not (acts_align(a, b)
                                                                             or _shared_numerals(a, b)):
        return Judgement(similarity, False, "apart", False,
                         f"like words told of other acts (“{frame_of(a).predicate}” / “{frame_of(b).predicate}”)")
    return Judgement(similarity, True, "agree", False, f"same fact (similarity {similarity:.2f})")


def _said_both_ways(a: Claim, b: Claim, verdict: Judgement) -> Judgement:
    """A quotation asserted and its negation, both quoted from one speaker ("“They're killing people,” Biden said" /
    "“Facebook isn't killing people,” Biden said"): the speaker said both, on two occasions, and each outlet
    reports its quote right. Two utterances, not one fact told two ways: two judges found such a difference
    wrong (benchmarks/labels/judged/, sheet 8)."""
    if not (verdict.contradiction and a.quote and b.quote and a.voice and b.voice
            and _words(a.voice) & _words(b.voice)):
        return verdict
    return Judgement(verdict.similarity, False, "apart", False, f"{a.voice} is quoted both ways, two utterances: "
                     f"{verdict.reason}")


def acts_align(a: Claim, b: Claim, gate: bool = False) -> bool:
    """Some act of one claim (its main verb or a clause's) is one of the other's (the same verb, a synonym, a
    transfer told from the other end, a status of one event, two light verbs) or is written in the other's
    words ("are ready to meet" / "will meet"; "ending strikes" / "the full end of the war").

    With `gate` (which pairs a report judges at all), two light verbs are no act in common, and only a main verb
    counts written in the other's words: a clause's verb of showing or finding is often written in both ("Thursday's
    report showed that claims increased" / "claims held steady, showing the recovery remains uneven")."""
    fa, fb = frame_of(a), frame_of(b)
    acts_a = {fa.predicate, *(c.predicate for c in fa.clauses)} - {""}
    acts_b = {fb.predicate, *(c.predicate for c in fb.clauses)} - {""}
    if bool(fa.status and fb.status) or any(same_predicate(x, y) or converse(x, y)
                                            or (light(x) and light(y) and not gate) for x in acts_a for y in acts_b):
        return True
    written_a, written_b = ({fa.predicate}, {fb.predicate}) if gate else (acts_a, acts_b)
    return _written_in(written_a - _LIGHT_ACTS, b.text) or _written_in(written_b - _LIGHT_ACTS, a.text)


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
    alike = _shared_numerals(a, b) or written_days(a) & written_days(b)
    return bool(alike) and not _alike_of_two_things(frame_of(a), frame_of(b))


def _alike_of_two_things(fa, fb) -> bool:
    """A figure written alike in both that the two frames give of two variables (`comparable`)."""
    return any(x.value == y.value and x.unit == y.unit and not comparable(x, y, fa, fb)
               for x in fa.measures for y in fb.measures)


def _shared_numerals(a: Claim, b: Claim) -> bool:
    """A numeral both write, not a year nor a part of a date ("The 285-120 vote" / "120 voted against it")."""
    return bool(shared_numeral_forms(a) & shared_numeral_forms(b))


def shared_numeral_forms(claim: Claim) -> set[str]:
    """The numerals the claim writes as two claims compare them (no years, no parts of dates, no thousands' commas)."""
    return {n.replace(",", "") for n in _counted_numerals(claim)}


_LIGHT_ACTS = {"be", "have", "do", "make", "get", "take", "say"}


def _written_in(acts: set[str], text: str) -> bool:
    """An act's stem among the text's words ("meet": "meeting"; "end": "ending")."""
    return stem_written(acts, _words(text))


def parsed(claim: Claim) -> bool:
    """Whether the claims stage read the claim's main predicate (the scoped checks need it)."""
    return bool(claim.predicate)


def _differ(similarity, contradiction, reason, basis, values, fact) -> Judgement:
    return Judgement(similarity, True, "differ", contradiction, reason, basis, values, fact)


# -- slots of the two frames ----------------------------------------------------------------------

# Slots whose conflict stands on its own when the claims are only close in meaning (cosine at least
# assertion_min_cosine): the measured variable or the roles already say it is one happening.
MEASURED = {"figure", "age", "duration", "tally", "direction"}  # slots that are figures (or their direction)
_SELF_ALIGNING = MEASURED | {"status", "initiator", "winner", "rank"}
_CONTAINED = {"place"}
_BASIS = {"figure": "figures", "age": "figures", "duration": "figures", "tally": "figures", "date": "dates",
          "time": "dates"}


def _frames(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """The first slot both frames fill with values that cannot both hold (a contradiction when the slot
    belongs to the same happening in both and neither is hedged), or that differ compatibly."""
    fa, fb = frame_of(a), frame_of(b)
    close = cosine >= settings.assertion_min_cosine
    repeated = _figures_repeated(a, b, settings) or one_specific_alike(a, b)
    one_doers = None  # one act of one actor: its figures are one variable at any similarity (read when first needed)
    one_act = close and _one_act_of_one_roles(a, b, fa, fb)
    for slot in slots(fa, fb):
        if not (slot.conflict or slot.differs):
            continue
        if slot.name in MEASURED and one_doers is None:
            one_doers = one_doers_figures(fa, fb)
        one_doer = slot.name in MEASURED and slot.values in one_doers
        if one_doer:
            slot = replace(slot, aligned=True)  # two verbs of one doer's act ("set aside" / "granted")
        if not (same_fact or (slot.aligned and (close and slot.name in _SELF_ALIGNING or one_act
                                                or repeated and slot.name in MEASURED or one_doer))):
            continue
        if slot.name in MEASURED and (_other_occasions(a, b) or _other_owners(a, b, fa, fb) or _other_years(fa, fb)):
            continue
        if slot.name in ("winner", "rank", "ordinal") and _other_occasions(a, b):
            continue  # two contests of one place, on two days
        if _one_place_two_scales(slot, fa, fb, settings):
            continue
        if slot.hedge:
            if _two_forecasts(slot, fa, fb) and same_fact:
                reason = (f"{slot.name} differs, one a forecast or plan (“{slot.hedge}”): "
                          f"{slot.values[0]} vs {slot.values[1]}")
                return _differ(similarity, False, reason, "certainty", slot.values, "certainty|" + slot.fact)
            continue
        if slot.conflict and slot.name != "ordinal" and (another := _another_one(fa) or _another_one(fb)):
            # (an ordinal slot is itself the claim that it is the first or the second one)
            return Judgement(similarity, False, "apart", False, f"another one: “{_short(another, 40)}”")
        two_dates = _two_happenings_dated(slot, fa, fb, settings)
        if two_dates:
            return Judgement(similarity, False, "apart", False, f"another happening: {two_dates}")
        if not slot.aligned:
            if not slot.conflict or _left_over(slot, fa, fb):
                # compatible values of two verbs say nothing of one happening or two; the one figure each claim has
                # left once every other matches is for `_unmatched` to weigh (`leftover_figures`)
                continue
            # like words about another happening, or figures of perhaps a thing and a kind or part of it ("55 large
            # fires" / "33,491 fires"): neither agreement nor conflict
            what = "not surely one thing counted" if slot.kinship == "worded" else "another happening"
            return Judgement(similarity, False, "apart", False,
                             f"{what}: {slot.name} {slot.values[0]} vs {slot.values[1]}")
        # two plans' dates or places conflict ("is scheduled to visit on March 3" / "will travel on March 9"); a
        # plan against what was done, or a possibility, does not
        hedged = (_figure_hedged(a, fa, slot.values[0]) or _figure_hedged(b, fb, slot.values[1])
                  if slot.name in MEASURED else _uncertain(a) or _uncertain(b) if slot.name == "status"
                  else _hedged_apart(a, b))
        if hedged and slot.name in MEASURED:
            if not slot.conflict or not (_doubted(a) or _doubted(b)):
                continue  # a figure that "could" or "would" be: no conflicting fact unless one is doubted
            reason = (f"certainty differs on the {slot.name}: {slot.values[0]}{_hedge_note(a)} vs "
                      f"{slot.values[1]}{_hedge_note(b)}")
            return _differ(similarity, False, reason, "certainty", slot.values, "certainty|" + slot.fact)
        # Two place names may be one inside the other ("Budapest" / "Hungary"): a contradiction only where the
        # gazetteer puts them apart.
        contained = slot.name in _CONTAINED and not _apart(fa.places, fb.places, settings)
        contradiction = slot.conflict and not hedged and not contained
        how = "cannot both hold" if slot.conflict else "stated differently"
        note = "" if contradiction else (" (one hedged)" if hedged and slot.conflict else
                                         " (one may lie inside the other)" if contained else "")
        reason = f"{slot.name} {how}: {slot.values[0]} vs {slot.values[1]}{note}"
        basis = _BASIS.get(slot.name, slot.name)
        return _differ(similarity, contradiction, reason, basis, slot.values, slot.fact)
    return None


def _one_act_of_one_roles(a: Claim, b: Claim, fa, fb) -> bool:
    """The two main predicates name one act (the same verb, one of its synonym group, a status of one event; not a verb
    of happening, whose subject is the act's noun, nor two light verbs) and every role both fill names the same thing,
    one at least ("Police detained the brothers in Lyon" / "The brothers were arrested in Marseille"), or one thing
    changing hands told from either end (`one_transfer`): one happening however far apart the rest of the words, so its
    slots are compared as the same fact's (issue 16, point 2)."""
    one_verb = same_predicate(fa.predicate, fb.predicate) or bool(fa.status and fb.status)
    return (one_verb and _roles_aligned(fa, fb, a.entities, b.entities) and not _pronoun_against_name(fa, fb)
            or one_transfer(fa, fb))


def _pronoun_against_name(fa, fb) -> bool:
    """One doer a pronoun, the other's named ("He filed the lawsuit" / "Lawyers in Arkansas filed lawsuits"): whether
    they are one is not told."""
    return any(x.strip() and not _identity(x) and _identity(y) for x, y in ((fa.agent, fb.agent), (fb.agent, fa.agent)))


def _left_over(slot, fa, fb) -> bool:
    """The slot's two figures are the one figure each frame has left once every other figure of both is matched
    ("Some 59 percent of voters view her unfavorably ... Mr. Trump's 60 percent" / "a poll found 69 percent of
    voters holding an unfavorable view ... Mr. Trump's 60 percent"): one variable told two ways, whatever verbs
    carry it."""
    left = leftover_figures(fa, fb) if slot.name in MEASURED else None
    return left is not None and (left[0].shown, left[1].shown) == slot.values


def _one_place_two_scales(slot, fa, fb, settings: Settings) -> bool:
    """A place slot whose places hold one another: "in Budapest" / "in Hungary", one place named at two scales."""
    return slot.name == "place" and places_nested(fa.places, fb.places, settings)


def _other_owners(a: Claim, b: Claim, fa, fb) -> bool:
    """The two main acts done by different named actors, neither named in the other claim ("Trump won 24
    percent" / "Cruz won 27 percent"; "CVS wasted 2.2 million doses" / "Walgreens wasted 2.6 million"): each
    figure is its own actor's."""
    owners_a = _named(fa.agent, a.entities) or _bare_name(fa.agent)
    owners_b = _named(fb.agent, b.entities) or _bare_name(fb.agent)
    if not _distinct(owners_a, owners_b):
        return False  # "the CDC's 12 million" / "the Centers for Disease Control ...": one owner
    # neither names the other's actor among those it says acted or were acted on (a joint act, a second party);
    # a mention elsewhere ("..., stalling Trump") is no part in the act
    roles_a, roles_b = _words(f"{fa.agent} {fa.theme}"), _words(f"{fb.agent} {fb.theme}")
    return not any(_words(n) & roles_b for n in owners_a) and not any(_words(n) & roles_a for n in owners_b)


def _offices(agent: str) -> list[str]:
    """The offices one person holds that an agent without a name is described by ("the city's mayor": mayor),
    read before any clause on it; the longest where one holds another ("attorney general", not "general")."""
    found = sorted(set(_office_pattern().findall(re.split(r"\s*,", agent.lower())[0])), key=lambda o: (-len(o), o))
    return [o for o in found if not any(o != other and o in other for other in found)]


@functools.cache
def _office_pattern() -> re.Pattern:
    offices = sorted(frame_words()["offices"]["nouns"], key=len, reverse=True)  # the longest first
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in offices) + r")\b")


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
        words = [w for w in _WORD.findall(role.lower())[:4] if w not in ("a", "an", "the")]
        if words and (words[0].isdigit() or word_number(words[0]) is not None):
            words = words[1:]  # "two other hostages"
        if len(words) >= 2 and words[0] in frame_words()["another"]["words"] and words[1] != "of":
            return role  # not a fraction ("a third of the members")
    return ""


def _requested_act(frame) -> str:
    """The act a request the verb grants or refuses asks for ("granted the administration's request to temporarily
    block the law": block); "" where the theme names no such request."""
    asked = _REQUESTED.search(frame.theme)
    return asked.group(1).lower() if asked else ""


def _granted_as_told(x, y) -> bool:
    """One verb grants or refuses a request for the very act the other tells ("granted a request to block the law" /
    "blocked the law"): no opposite outcome, the act being told in a clause of its own; against another verdict
    ("refused to block", "rejected the request") the pair is judged as usual."""
    return any(req and (same_predicate(req, other.predicate) or _written_in({other.predicate}, req))
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
    if _planned(fa) != _planned(fb) and not (fa.hedge or fb.hedge):
        return f"a plan's date against a done one's ({values})"
    if _figures_apart(fa.predicate, fa, fb):
        return f"{values}, each with a figure of its own"  # "fell 3% in May" / "fell 6% in June": two months' figures
    if _objects_apart(fa, fb):
        return f"{values}, each of its own object (“{_short(fa.theme, 30)}” / “{_short(fb.theme, 30)}”)"
    return f"{values}, at other places" if _places_differ(fa, fb, settings) else ""


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


def _planned(frame) -> bool:
    """Told as to come: "will meet", "is set for"."""
    return frame.future or frame.status == "planned"


def _places_differ(fa, fb, settings: Settings) -> bool:
    places = unmatched_places(fa, fb)
    return places is not None and not places_nested(fa.locations, fb.locations, settings)


def places_nested(xs: tuple[str, ...], ys: tuple[str, ...], settings: Settings) -> bool:
    """Every place of one claim lies inside one of the other's, or holds it."""
    return all(any(nested(x, y, settings.place_prominence) for y in ys) for x in xs)


def _finest(places: tuple[str, ...], settings: Settings) -> tuple[str, ...]:
    """A claim's places but those that only hold another it names ("in Hanahan, South Carolina": Hanahan), so that two
    towns of one state named with it are two places."""
    return tuple(x for x in places if not any(holds(x, y, settings.place_prominence) for y in places))


def _apart(xs: tuple[str, ...], ys: tuple[str, ...], settings: Settings) -> bool:
    """Every place of one claim lies apart from every place of the other."""
    return all(disjoint(x, y, settings.place_apart_km, settings.place_prominence) for x in xs for y in ys)


# -- dates --------------------------------------------------------------------------------------

def _other_occasions(a: Claim, b: Claim) -> bool:
    """Both claims dated to the day, and to different days: not the same happening."""
    return _dated_apart(a.dates, b.dates, "day")


def _other_years(fa, fb) -> bool:
    """Both main acts dated by a year, and by different years ("was revised to 6% in 2020" / "... in 2021"): a
    figure of each is of its own year."""
    return _dated_apart(fa.dates, fb.dates, "year")


def _dated_apart(xs: tuple[str, ...], ys: tuple[str, ...], granularity: str) -> bool:
    """Both give dates at this granularity, and none of one is any of the other's."""
    dx = [d for d in xs if _granularity(d) == granularity]
    dy = [d for d in ys if _granularity(d) == granularity]
    return bool(dx and dy and not any(_same_date(x, y) for x in dx for y in dy))


# -- negation and opposite predicates -------------------------------------------------------------

def _negation(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not same_fact:
        return None
    if parsed(a) and parsed(b):
        existential = _existential_denial(a, b) or _existential_denial(b, a)
        if existential:
            negative, positive = existential
            reason = (f"one denies what the other asserts (“there is {negative.negation} …”): "
                      f"“{_short(positive.text)}” vs “{_short(negative.text)}”")
            return _differ(similarity, not (_hedge(a) or _hedge(b)), reason, "negation",
                           (_polarity(a), _polarity(b)), f"negation|{positive.predicate}")
        if not same_predicate(a.predicate, b.predicate) or bool(a.negation) == bool(b.negation):
            return None
        if not _negated_roles_aligned(a, b) or _other_occasions(a, b):
            return None
        negative, positive = (a, b) if a.negation else (b, a)
        if _negated_phrase(negative) and _negated_phrase(negative) in positive.text.lower():
            return None  # "I'm not confident" inside the other too: both deny it
        if _main_act_denied(positive):
            return None  # "dismissed as false reports that troops had crossed": its clauses judge it
        values = (_polarity(a), _polarity(b))
        hedged = bool(_hedge(a) or _hedge(b))
        reason = (f"one asserts what the other negates (“{negative.negation} {negative.predicate}”): "
                  f"“{_short(positive.text)}” vs “{_short(negative.text)}”")
        return _differ(similarity, not hedged, reason, "negation", values, f"negation|{a.predicate}")
    if parsed(a) or parsed(b) or a.negated == b.negated:
        return None
    # Neither claim parsed (free text before the claims stage reads it): the sentence-level flag.
    positive, negative = (a, b) if b.negated else (b, a)
    reason = f"one statement negates the other: “{_short(negative.text)}” vs “{_short(positive.text)}”"
    return _differ(similarity, a.certainty == b.certainty, reason, "negation",
                   ("negated" if a.negated else "asserted", "negated" if b.negated else "asserted"), "negation|")


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
    agreement was reached at the summit")."""
    if _aligned(a.subject, b.subject) and _aligned(a.object, b.object):
        return True
    fa, fb = frame_of(a), frame_of(b)
    return _aligned(fa.agent, fb.agent) and _aligned(fa.theme, fb.theme, required=True)


def _negated_phrase(claim: Claim) -> str:
    """The negation word with the word after it ("not confident"), as written, lower-cased."""
    match = re.search(rf"\b{re.escape(claim.negation)}\s+(\w+)", claim.text, re.I) if claim.negation else None
    return match.group(0).lower() if match else ""


def _existential_denial(negative: Claim, positive: Claim) -> tuple[Claim, Claim] | None:
    """"There is no man playing a guitar" against "A man is playing a guitar": the denied existence
    names the other's subject and its act."""
    if not (negative.predicate == "be" and not _words(negative.subject) and negative.negation and negative.object):
        return None
    if positive.negation or not positive.predicate or positive.predicate == "be":
        return None
    held = _words(negative.object)
    act = positive.predicate[:max(3, len(positive.predicate) - 1)]
    if _aligned(negative.object, positive.subject, required=True) and any(w.startswith(act) for w in held):
        return negative, positive
    return None


def _opposites(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not (parsed(a) and parsed(b)) or cosine < settings.opposite_min_cosine:
        return None
    pair = opposite_pair(a.predicate, b.predicate)
    if pair is None or bool(a.negation) != bool(b.negation) or _other_occasions(a, b) \
            or _contest(a.predicate, b.predicate):
        return None
    fa, fb, aligned = _traded_to_fit(frame_of(a), frame_of(b), a.entities, b.entities)
    if not aligned or _opposite_excused(a, fa, b, fb):
        return None
    if another := _another_role(fa) or _another_role(fb):  # "rejected the offer" / "accepted a revised offer"
        return Judgement(similarity, False, "apart", False, f"another one: “{_short(another, 40)}”")
    if _forecast_against_result(a, b, a.predicate, b.predicate):
        return Judgement(similarity, False, "apart", False, f"a forecast against a result: opposite outcomes ({pair})")
    if fates := fates_apart(fa, fb):
        return Judgement(similarity, False, "apart", False, f"two groups' fates: {fates[0].shown} {fa.predicate} vs "
                                                             f"{fates[1].shown} {fb.predicate}")
    hedged = _hedged_apart(a, b)
    reason = f"opposite outcomes ({pair}): “{_short(a.text)}” vs “{_short(b.text)}”"
    fact = "opposite|" + "/".join(sorted((a.predicate, b.predicate)))
    return _differ(similarity, not hedged, reason, "opposite", (_polarity(a), _polarity(b)), fact)


def _opposite_excused(a: Claim, x, b: Claim, y, fates: bool = True) -> bool:
    """Why two frames or clauses `x` (of a) and `y` (of b) with opposite verbs are no conflict: their objects name
    two things ("rejected the US proposal" / "accepted the EU proposal"), a request granted is the act it asked
    for ("granted a request to block the law" / "blocked the law"), or (with `fates`: the verbs, not their objects,
    are opposed) each claim tells both fates of people."""
    return (_themes_named_apart(a, x, b, y) or _granted_as_told(x, y)
            or fates and _both_outcomes_told(a, b, x.predicate, y.predicate))


def _both_outcomes_told(a: Claim, b: Claim, act_a: str, act_b: str) -> bool:
    """Each claim writes the other's fate of people too ("40 were wounded, where the strike killed 12" / "injured 40
    and killed 12"): both befell someone, and neither claim denies the other's. (Not other opposites: "59% say legal,
    39% illegal" / "39% say legal, 59% illegal" write both and swap them.)"""
    return ({act_a, act_b} <= people_counts()[0] and _written_in(opposites_of(act_a), a.text)
            and _written_in(opposites_of(act_b), b.text))


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
    return bool(_names_not_in(a, fa.theme, b) and _names_not_in(b, fb.theme, a))


def _clause_conflicts(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two clauses of one act, one in each claim, that cannot both hold: the verb asserted and negated, or a
    verb against its opposite, with the same roles ("rejected meeting Biden" / "would agree to meet Biden")."""
    # Below the same-fact threshold, an act asserted and denied of the same roles still speaks of one fact
    # when the claims are close in meaning ("has no intention of becoming his party's nominee" / "intends to
    # become the Republican nominee").
    close = cosine >= settings.assertion_min_cosine
    if not ((same_fact or close) and parsed(a) and parsed(b)) or _other_occasions(a, b):
        return None
    fa, fb = frame_of(a), frame_of(b)
    for ca in fa.clauses:
        for cb in fb.clauses:
            found = _clause_conflict(ca, cb, fa, fb, settings)
            if found is None:
                continue
            basis, what, on_objects = found
            if _another_role(ca) or _another_role(cb) or basis == "opposite" and _opposite_excused(
                    a, ca, b, cb, fates=not on_objects):
                continue  # "rejected the offer" / "accepted a revised offer"; "two other hostages were released"
            if on_objects:  # the objects are what differs: the agents must be one
                if not _aligned(_identity(ca.agent), _identity(cb.agent), required=True):
                    continue
            elif not _roles_aligned(ca, cb, a.entities, b.entities):
                if _identity(ca.theme) and _identity(cb.theme) and _aligned(_identity(ca.theme), _identity(cb.theme)):
                    # one act on one thing, asserted and denied of different actors: two facts, never one
                    return Judgement(similarity, False, "apart", False,
                                     f"another actor: “{_short(ca.agent, 40)}” vs “{_short(cb.agent, 40)}”")
                continue
            # Against a stated intent ("has no plans to raise"), a plan ("plans to raise") is what is compared,
            # not a doubt; a possibility still is.
            hedged = _doubted(a) or _doubted(b) if ca.intent or cb.intent else _hedged_apart(
                a, b, ca.under_main, cb.under_main)
            if basis == "opposite" and _forecast_against_result(a, b, ca.predicate, cb.predicate, ca.under_main,
                                                                cb.under_main):
                return Judgement(similarity, False, "apart", False, f"a forecast against a result: {what}")
            reason = f"{what}: “{_short(a.text)}” vs “{_short(b.text)}”"
            values = ((", ".join(ca.dates), ", ".join(cb.dates)) if basis == "dates" else
                      (", ".join(ca.places), ", ".join(cb.places)) if basis == "place" else
                      (ca.theme, cb.theme) if on_objects else
                      tuple(" ".join(w for w in (c.negation, c.predicate) if w) for c in (ca, cb)))
            return _differ(similarity, not hedged, reason, basis, values,
                           f"{basis}|" + "/".join(sorted({ca.predicate, cb.predicate})))
    return None


def _forecast_against_result(a: Claim, b: Claim, act_a: str, act_b: str, main_a: bool = True,
                             main_b: bool = True) -> bool:
    """An amount's way forecast against the way it went ("had anticipated the rate would drop" / "the rate rose"):
    another quantity, as a forecast figure against a result is (pairs/README: forecast vs actual is apart).
    `main_a`, `main_b`: whether each act is among its claim's main clauses, which its hedge covers."""
    if not {act_a, act_b} <= amount_verbs():
        return False
    return (main_a and _prospective(a)) != (main_b and _prospective(b))


def _figures_apart(act: str, fa, fb) -> bool:
    """Each claim gives the act a figure the other's cannot be ("laid off 11,000 in November" / "laid off 10,000 in
    March"): with their dates apart too, two happenings of a recurring act, not one dated twice."""
    def of_act(m) -> bool:  # the clause's own verb, read without its particle ("lay" of "laid off")
        return m.predicate in (act, act.split(" ")[0])
    figures_a, figures_b = [m for m in fa.measures if of_act(m)], [m for m in fb.measures if of_act(m)]
    return bool(figures_a and figures_b) and not any(m.unit == n.unit and m.value == n.value
                                                     for m in figures_a for n in figures_b)


def _described_apart(x: str, y: str, least: int | None = None) -> bool:
    """Two objects each described in words of its own, at least `least` content words each, sharing none ("a policy
    banning transgender athletes from ..." / "legislation that aims to crack down on social media ..."): two things,
    each done on its own day; not "the bill" / "the legislation", which say too little to tell."""
    least = _DESCRIBED_WORDS if least is None else least
    wx, wy = _meaning_words(x), _meaning_words(y)
    return len(wx) >= least and len(wy) >= least and not words_overlap(wx, wy)


def _meaning_words(text: str) -> set[str]:
    return _words(text) - stop_words()


# Content words each object needs to say what it is beyond its head noun ("a policy banning transgender athletes"):
# set by hand, not searched, from the one tuned pair of the sixth fresh set (12 and 15 such words); "the sports
# bill" (2) must stay one thing.
_DESCRIBED_WORDS = 3


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
    if same and polarity and done and _days_differ(ca.dates, cb.dates) and not _places_differ(fa, fb, settings) \
            and not _figures_apart(ca.predicate, fa, fb) and not _described_apart(ca.theme, cb.theme):
        return "dates", f"dates differ (“{ca.predicate}” {', '.join(ca.dates)} / {', '.join(cb.dates)})", False
    if same and polarity and done and ca.places and cb.places and _apart(ca.places, cb.places, settings) \
            and not _days_differ(ca.dates, cb.dates):  # places and days apart: the act done twice
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
    wx, wy = ([w for w in _WORD.findall(t.lower()) if w not in _LIGHT] for t in (x, y))
    shared = set(wx) & set(wy)  # "a quarterly profit" / "a quarterly loss": the words they do not share
    heads = [next((w for w in words if w not in shared), "") for words in (wx, wy)]
    return opposite_pair(*heads) if all(heads) else None


def _days_differ(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
    """Two clauses' days, compared weekday with weekday and calendar day or month with calendar day or month
    (`dates_differ`), share none (a weekday against a calendar day without its year cannot be told: "Monday" /
    "Oct. 11" may be one day)."""
    pairs = [(x, y) for x in xs for y in ys if (x in WEEKDAYS) == (y in WEEKDAYS)]
    return bool(pairs) and all(dates_differ(x, y) for x, y in pairs)


def _roles_aligned(fa, fb, entities_a: tuple[str, ...] = (), entities_b: tuple[str, ...] = ()) -> bool:
    """Agent with agent and theme with theme, passive or active ("X vetoed the bill" / "the bill was vetoed
    by X"): every role both name can be the same thing, and at least one is named in both. `entities_a`,
    `entities_b`: the claims' names, by which an agent that is a name alone ("Biden") is told from a noun."""
    if bool(fa.agent) != bool(fb.agent):
        fa, fb = _subjects_compared(fa, fb)
    shared = [(x, y) for x, y in ((fa.agent, fb.agent), (fa.theme, fb.theme)) if _identity(x) and _identity(y)]
    if _named_role(fa.agent, entities_a) != _named_role(fb.agent, entities_b) and _identity(fa.agent) \
            and _identity(fb.agent):
        return False  # "Justices Alito and Thomas" are not "the justices": named people against a group
    # "he has no intention of resigning" / "he plans to resign": one person, told of by the same pronoun
    one_person = fa.agent.lower() in _PERSONAL and fa.agent.lower() == fb.agent.lower()
    return (bool(shared) or one_person) and all(_aligned(_identity(x), _identity(y), required=True)
                                                 or initialism(x, y) for x, y in shared)


def _named_role(role: str, entities: tuple[str, ...]) -> bool:
    """The role names someone: names after its first word ("Justices Alito and Thomas"), or a name alone that the
    recogniser tagged ("Biden"; not "Shareholders" at a sentence's start)."""
    return bool(_names(role) or _bare_name(role) and _named(role, entities))


def _subjects_compared(fa, fb):
    """An intransitive's subject is read as its theme ("the troops stayed"); against a transitive whose agent it
    names ("the troops left Afghanistan") the two subjects are compared, and the objects left out."""
    lone, other = (fa, fb) if not fa.agent else (fb, fa)
    if not _aligned(lone.theme, other.agent, required=True) or _aligned(lone.theme, other.theme, required=True):
        return fa, fb
    subjects = (replace(lone, agent=lone.theme, theme=""), replace(other, theme=""))
    return subjects if lone is fa else subjects[::-1]


def _names(role: str) -> set[str]:
    """The capitalised words of a role after its first word: the names in it (not a day or a month: "the
    judge on Monday")."""
    head = re.split(r"\s(?:in|at|near)\s", role)[0]  # "Iranian forces in the Strait of Hormuz": a place, no name
    return {w for w in head.split()[1:] if w[:1].isupper() and w.lower() not in _LIGHT
            and w.lower() not in MONTHS and w.lower() not in WEEKDAYS}


def _identity(role: str) -> str:
    """A role's words without the container nouns that say nothing of what it is ("the number of ...")."""
    return " ".join(w for w in _words(role) if w not in containers())


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
    if not stem_written({y.predicate}, _words(head)):
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
    agent_x, theme_x, agent_y, theme_y = (_words(_identity(r)) for r in (x.agent, x.theme, y.agent, y.theme))
    return all((agent_x, theme_x)) and agent_x == theme_y and theme_x == agent_y and not agent_x & theme_x


def _agent_conflict(a, b, x, y, similarity, same_fact) -> Judgement | None:
    """Two frames or clauses `x` (of claim a) and `y` (of b) of one act with different named agents."""
    one_act = same_predicate(x.predicate, y.predicate) or bool(status_of(x.predicate)) and (
        status_of(x.predicate) == status_of(y.predicate))  # "cancelled" / "called off"
    if not one_act or x.predicate in _LIGHT_PREDICATES or x.predicate in WINNING:
        return None  # (two winners are the winner slot's: one contest, or two)
    if bool(x.negation) != bool(y.negation) or not (x.theme and y.theme):
        return None
    together = bool({x.predicate, y.predicate} & symmetric_predicates())  # "met", "signed": parties do it together
    if not together and _reversed(x, y):
        reason = f"roles swapped for “{x.predicate}”: {_short(x.agent, 40)} vs {_short(y.agent, 40)}"
        mutual = x.predicate in frame_words()["reciprocal"]["verbs"]  # each may have sued the other
        return _differ(similarity, not (mutual or _hedge(a) or _hedge(b)), reason, "agent", (x.agent, y.agent),
                       f"agent|{x.predicate}")
    agents_a, agents_b = _named(x.agent, a.entities), _named(y.agent, b.entities)
    offices = not (agents_a or agents_b) and bool(agents_a := _offices(x.agent)) and bool(agents_b := _offices(y.agent))
    if not _distinct(agents_a, agents_b):
        return None
    swapped = not together and any(any(_words(n) & _words(getattr(y, role, "")) for n in agents_a)
                                   and any(_words(n) & _words(getattr(x, role, "")) for n in agents_b)
                                   for role in _SWAPPED_ROLES)
    if not swapped and (not _aligned(x.theme, y.theme)
                        or any(_words(n) & _words(b.text) for n in agents_a)
                        or any(_words(n) & _words(a.text) for n in agents_b)):
        return None  # another act, or each names the other's agent too: a joint act, or a second party
    values = (", ".join(agents_a), ", ".join(agents_b))
    what = "roles swapped" if swapped else "different agent"
    reason = f"{what} for “{x.predicate} {_short(x.theme, 40)}”: {values[0]} vs {values[1]}"
    # two people cannot be one, where one body may be part of another ("Congress" / "the House")
    people = offices or (set(agents_a) <= set(a.incidentals) and set(agents_b) <= set(b.incidentals))
    if not (swapped or people or same_fact):
        return None
    # an act parties do together may have both doers ("the governor signed the bill" / "the mayor signed the bill"):
    # a difference to read, never a contradiction, and never the agreement like words would make it
    return _differ(similarity, (swapped or people) and not (together or _hedge(a) or _hedge(b)), reason, "agent",
                   values, f"agent|{x.predicate}")


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
                and _aligned(x.agent, y.agent, required=True) and _aligned(x.theme, y.theme, required=True):
            told = f"{x.predicate} {_short(x.theme, 40)}"
            verdict = _recipient_verdict(a, b, (x.recipient, y.recipient), x.theme, told, x.predicate, similarity,
                                         settings)
            if verdict is not None:
                return verdict
    return next((verdict for thing, to_x in fa.addressed for other, to_y in fb.addressed if thing == other
                 and (verdict := _recipient_verdict(a, b, (to_x, to_y), f"a {thing}", f"the {thing}", thing,
                                                    similarity, settings))), None)


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
                and bool(x.negation) == bool(y.negation) and _aligned(_doer(x, fa), _doer(y, fb), required=True):
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
    return _differ(similarity, named and one_happening and not (_hedge(a) or _hedge(b)), reason, "partner",
                   values, f"partner|{x.predicate}")


def _parties_apart(a, b, parties: tuple[str, str]) -> tuple[tuple[str, str], bool] | None:
    """Two parties to one act told apart: the names they hold, where both name a person or body and the names share
    no word; or, where neither names one, their own words where these share none ("the governor" / "union leaders").
    One named and the other described ("Xi" / "the Chinese leader") may be one: None. Returns the two values and
    whether both are named."""
    named_a, named_b = _party_names(a, parties[0]), _party_names(b, parties[1])
    if named_a or named_b:
        return ((", ".join(named_a), ", ".join(named_b)), True) if _distinct(named_a, named_b) else None
    return (parties, False) if _words_apart(*parties) else None


def _words_apart(x: str, y: str) -> bool:
    """Two descriptions, each with words of its own, that share none ("the governor" / "union leaders")."""
    words_x, words_y = _words(x), _words(y)
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
    to_a, to_b = _names_in(recipients[0], a.entities), _names_in(recipients[1], b.entities)
    people_a, people_b = [n for n in to_a if n in a.incidentals], [n for n in to_b if n in b.incidentals]
    if people_a and people_b:
        to_a, to_b = people_a, people_b
    if not (to_a or to_b):
        return _described_recipients(a, b, recipients, told, fact, similarity)
    if not _distinct(to_a, to_b):
        return None
    places = all(locate(p, settings.place_prominence) is not None for p in (*to_a, *to_b))
    if places and not _apart(tuple(to_a), tuple(to_b), settings):
        return None  # "to Ukraine" / "to Kyiv": one inside the other
    people = places or set(to_a) <= set(a.incidentals) and set(to_b) <= set(b.incidentals)
    values = (", ".join(to_a), ", ".join(to_b))
    reason = f"different recipient for “{told}”: {values[0]} vs {values[1]}"
    return _differ(similarity, _counted_or_definite(thing) and people and not (_hedge(a) or _hedge(b)), reason,
                   "recipient", values, f"recipient|{fact}")


def _described_recipients(a, b, recipients: tuple[str, str], told: str, fact: str, similarity) -> Judgement | None:
    """Two recipients that name no one, described in words that share none ("to the governor" / "to union leaders"):
    a difference (a description may fit several, so never a contradiction)."""
    if not _words_apart(*recipients):
        return None
    return _differ(similarity, False, f"different recipient for “{told}”: {recipients[0]} vs {recipients[1]}",
                   "recipient", recipients, f"recipient|{fact}")


def _counted_or_definite(role: str) -> bool:
    """A role that names things that can go only one way: definite ("the systems", "its stake") or counted ("two
    air defence systems", "a letter"); not a bare plural or a mass noun ("tanks", "oil")."""
    first = role.strip().split(" ")[0].lower() if role.strip() else ""
    return first in _DEFINITE or first[:1].isdigit() or word_number(first) is not None


_DEFINITE = {"the", "its", "his", "her", "their", "our", "a", "an", "this", "that", "these", "those"}


def _names_in(role: str, entities: tuple[str, ...]) -> list[str]:
    """The names a role holds, each whole ("Ukraine and Poland": both)."""
    return [e for e in entities if _words(e) and _words(e) <= _words(role)]


def _distinct(xs: list[str], ys: list[str]) -> bool:
    """Two lists of names, both given, that share no word and of which no name is another's initials or short form
    (`bodies.one_body`: "the Centers for Disease Control and Prevention" / "the CDC")."""
    xs, ys = spelled_out(xs), spelled_out(ys)
    x, y = " ".join(xs), " ".join(ys)
    return bool(xs and ys) and not _words(x) & _words(y) and not shortened(_words(x), _words(y)) \
        and not any(one_body(p, q) for p in xs for q in ys)


def _opposite_qualities(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Opposite qualities told of one thing ("temporarily blocked the law" / "permanently blocked the law"; "the
    ban is temporary" / "a permanent ban"; "a partial withdrawal" / "a full withdrawal"), neither claim negated:
    a contradiction, a difference where either is hedged."""
    if not _told_alike(a, b, same_fact, cosine, settings, settings.opposite_min_cosine) \
            or bool(a.negation) != bool(b.negation) or _other_occasions(a, b):
        return None
    fa, fb = frame_of(a), frame_of(b)
    if not (_aligned(fa.agent, fb.agent) and _aligned(fa.theme, fb.theme)):
        return None  # "the bridge was partially closed" / "the road was fully closed"
    found = next(((x, y) for x, of_x in fa.qualities for y, of_y in fb.qualities
                  if _one_word(of_x, of_y) and opposite_qualities(x, y)), None)
    if found is None:
        return None
    x, y = found
    reason = f"opposite qualities: “{_short(a.text, 60)}” ({x}) vs “{_short(b.text, 60)}” ({y})"
    return _differ(similarity, not (_hedge(a) or _hedge(b)), reason, "quality", (x, y), f"quality|{x}/{y}")


def _one_word(x: str, y: str) -> bool:
    """One verb or noun in two forms: the same lemma, a predicate's synonym, or one written as the other's stem
    ("closed" the adjective, "close" the verb)."""
    return x == y or same_predicate(x, y) or _written_in({x}, y) or _written_in({y}, x)


def _orders(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two happenings told in opposite order: one act placed before a happening in one claim and after it in the
    other ("resigned before the vote" / "after the vote"), or each claim's main act the other's earlier one ("The
    strike came after the talks collapsed" / "The talks collapsed after the strike"). A contradiction, a
    difference where either is hedged."""
    if not _told_alike(a, b, same_fact, cosine, settings):
        return None
    x, y = frame_of(a), frame_of(b)
    if not (x.order and y.order) or bool(x.negation) != bool(y.negation) or _other_occasions(a, b):
        return None
    (relation_x, other_x, _), (relation_y, other_y, _) = x.order, y.order
    # one act (a verb both share, or one written in the other's words: "issued an evacuation order" / "were
    # ordered to evacuate") placed on each side of one happening, told by one head ("the levee failed" / "the
    # levee gave way" share the levee; "after Congress subpoenaed him" is no happening "before Congress")
    flipped = relation_x != relation_y and _one_main_act(x, y, a, b) and _aligned(x.agent, y.agent) \
        and _aligned(other_x, other_y, required=True) and _one_happening_head(x.order, y.order)
    swapped = relation_x == relation_y and _tells(other_x, y) and _tells(other_y, x) and not _tells(other_x, x)
    if not (flipped and not _one_order_from_either_end(x, y) or swapped):
        return None
    reason = (f"order of events differs: “{_short(a.text, 60)}” ({relation_x} {_short(other_x, 30)}) vs "
              f"“{_short(b.text, 60)}” ({relation_y} {_short(other_y, 30)})")
    return _differ(similarity, not (_hedge(a) or _hedge(b)), reason, "order",
                   (f"{relation_x} {other_x}", f"{relation_y} {other_y}"), f"order|{x.predicate}")


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
    clauses = len(_words(text_x)) > 1 and len(_words(text_y)) > 1
    return same_predicate(head_x, head_y) or clauses and bool(_words(text_x) & _words(text_y))


def _one_main_act(x, y, a: Claim, b: Claim) -> bool:
    """The two main verbs tell one act: the same verb or a synonym, or one written in the other claim's words
    ("issued an evacuation order" / "were ordered to evacuate"); not two light verbs ("broke a silence" / "seemed
    to send a signal")."""
    if same_predicate(x.predicate, y.predicate) or _happening_told(x, y) or _happening_told(y, x):
        return True
    acts = {x.predicate, y.predicate} - _LIGHT_ACTS
    return len(acts) == 2 and (_written_in({x.predicate}, b.text) or _written_in({y.predicate}, a.text))


def _happening_told(x, y) -> bool:
    """`x` tells only that something happened, or followed or preceded something, and its subject names `y`'s act
    ("The FDA's full approval came eight months before ..." / "... the FDA has issued its full stamp of approval";
    "Sanders' release of the details followed the debate" / "Sanders released details")."""
    subject = happening_subject(x, placing=True)
    if not subject:
        return False
    return stem_written({y.predicate}, _words(subject)) or bool(_words(_identity(subject)) & _words(_identity(y.theme)))


def _tells(text: str, frame) -> bool:
    """The words tell the frame's main act: one of its roles' words, and its verb written in them unless the verb
    says no more than that it happened ("The strike came after ...": the strike is the act)."""
    words = _words(text)
    if not words & (_words(_identity(frame.agent)) | _words(_identity(frame.theme))):
        return False
    happening = frame_words()["happening"]
    return frame.predicate in {*happening["verbs"], *happening["hosting"], "be"} \
        or _written_in({frame.predicate}, text)


# -- certainty ----------------------------------------------------------------------------------

def _certainty(a: Claim, b: Claim, similarity: float, settings: Settings) -> Judgement | None:
    """A doubt on the shared predicate in one statement only (scoped: only parsed claims qualify), or an act told
    as a plan in one and as done in the other."""
    if not (parsed(a) and parsed(b)) or not spelled_alike(a.predicate, b.predicate):
        return None
    if _doubted(a) == _doubted(b):
        return _plan_against_done(a, b, similarity)
    if a.negation != b.negation or (a.hedge and b.hedge):
        return None
    hedged, stated = (a, b) if _doubted(a) else (b, a)
    reason = (f"certainty differs: “{_short(hedged.text, 60)}” hedges “{hedged.predicate}” with “{hedged.hedge}”; "
              f"“{_short(stated.text, 60)}” states it")
    return _differ(similarity, False, reason, "certainty", (_polarity(a), _polarity(b)), f"certainty|{a.predicate}")


def _plan_against_done(a: Claim, b: Claim, similarity: float) -> Judgement | None:
    """"He intends to sign the order" / "He signed the order": one act, told as a plan (a hedge of intent, or the
    future) in one and as done in the other (stated, not to come), neither negated. Both may be true a day apart, so it is no
    conflict, but the reader should see which outlet reports it done."""
    plans = [c for c in (a, b) if _intended(c.hedge) or not c.hedge and _planned(frame_of(c))]
    done = [c for c in (a, b) if not _prospective(c) and c.certainty == "stated" and not _infinitive(c)]
    if len(plans) != 1 or len(done) != 1 or a.negation or b.negation:
        return None
    plan, deed = plans[0], done[0]
    told = " ".join(w for w in (plan.hedge or "will", plan.predicate) if w)
    reason = (f"told as a plan in one and as done in the other: “{_short(plan.text, 60)}” ({told}); "
              f"“{_short(deed.text, 60)}”")
    return _differ(similarity, False, reason, "certainty", (told, deed.predicate), f"certainty|{a.predicate}")


def _infinitive(claim: Claim) -> bool:
    """The main act written as an infinitive ("agreed to reopen the crossing"): not told as done."""
    return bool(re.search(rf"\bto\s+{re.escape(claim.predicate.split(' ')[0][:4])}", claim.text, re.IGNORECASE))


def _intended(hedge: str) -> bool:
    """A hedge that tells an intent ("intends", "plans", "is set to"), not a forecast ("would", "predicted")."""
    word = hedge.lower().split(" ")[-1]
    return bool(word) and any(word == w or word.startswith(w.removesuffix("e")) and len(word) - len(w) <= 3
                              for w in data_table("certainty.toml")["hedge"]["expected"]["intents"])


# -- specifics of one happening, tied by more than the words -------------------------------------------

def _anchored_specifics(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """Two claims of one fact tied to one happening by more than like words, one statement told twice
    (`near_copy_cosine`) of one day or a figure both state alike (`_figure_shared`), where each names a place the
    gazetteer puts apart from all the other's, or a body the other names in no form ("greeted 2,000 supporters at a
    rally in Houston" / "Clinton, who told a crowd in Dallas ..., was greeted by 2,000 supporters"; "speeches to
    employees of Goldman Sachs earned her $675,000" / "The $675,000 she was paid for speeches delivered to Morgan
    Stanley"): the specific that differs is the conflict, read in whatever clause it is written."""
    if not (same_fact and parsed(a) and parsed(b)) or _hedge(a) or _hedge(b) or _other_occasions(a, b):
        return None
    if a.side and b.side and a.side != b.side:
        return None  # two sides' accounts, each naming its own leader or capital for one point
    fa, fb = frame_of(a), frame_of(b)
    anchor = _figure_shared(fa, fb, settings) or _told_twice_on_one_day(a, b, cosine, settings)
    if not anchor:
        return None
    # (not people: "Clinton held a 24-point lead" / "Obama held a 28-point lead" are two holders told alike)
    found = _places_apart(a, b, settings) or _named_unmatched(a, b, "bodies")
    if found is None:
        return None
    what, x, y = found
    basis = _SPECIFIC_BASIS[what]
    return _differ(similarity, True, f"{what} cannot both hold: {x} vs {y} (one happening: {anchor})", basis, (x, y),
                   f"{basis}|{a.predicate}")


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
    for x in fa.measures:
        for y in fb.measures:
            if (x.unit, x.value, x.reading) != (y.unit, y.value, y.reading) or x.hedge or y.hedge or x.tally:
                continue
            if x.unit == "count" and not (x.counts and x.counts == y.counts and x.value >= settings.anchor_count_min):
                continue
            if x.unit == "count" or x.unit.isupper():  # a currency's code: "USD"
                return f"{x.shown} in both"
    return ""


def _places_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """Places each claim names that the other names in no form, every one of the one lying apart from every one of
    the other (`_apart`): not a city against its country."""
    xs, ys = _places_not_in(a, b, settings), _places_not_in(b, a, settings)
    if not (xs and ys) or any(nested(p, q, settings.place_prominence) for p in xs for q in ys) \
            or not _apart(tuple(xs), tuple(ys), settings):
        return None  # (a name neither the recogniser nor the gazetteer read is no place to set apart)
    return "places", ", ".join(xs), ", ".join(ys)


# -- specifics left unmatched ------------------------------------------------------------------

def _unmatched(a: Claim, b: Claim, similarity: float, cosine: float, settings: Settings) -> Judgement | None:
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
    if left and _one_holder(a, b, left[0].text, left[1].text) and not (_other_occasions(a, b)
                                                                     or _other_owners(a, b, fa, fb)):
        return _leftover(a, b, fa, fb, left, similarity)
    numbers = _unread_numbers(a, fa, b, fb), _unread_numbers(b, fb, a, fa)
    told_twice = _told_twice(a, b, figures, numbers, cosine, settings)
    if told_twice:
        reason = f"{'figures' if figures else 'number'} cannot both hold: {told_twice[0]} vs {told_twice[1]} " \
                 f"(one statement told twice)"
        return _differ(similarity, True, reason, "figures", told_twice, "number")
    day = _one_day_named(a, b) if figures and figures[0].unit != "tally" and _one_figure_each(a, b, *figures) else ""
    if day and not periods_differ(*figures):
        reason = f"figures cannot both hold: {figures[0].shown} vs {figures[1].shown} (one day: {day})"
        return _differ(similarity, True, reason, "figures", (figures[0].shown, figures[1].shown), "number")
    if figures:
        reason = f"figures that match nowhere: {figures[0].shown} vs {figures[1].shown} (perhaps two measures)"
        return Judgement(similarity, False, "apart", False, reason)
    gathering = _gathering_placed_apart(a, b, settings)
    if gathering:
        x, y, noun = gathering
        return _differ(similarity, True, f"place cannot both hold: {x} vs {y} (one {noun})", "place", (x, y),
                       f"place|{noun}")
    origins = _origins_apart(a, b, settings)
    if origins:
        reason = f"place cannot both hold: set out from {origins[0]} vs {origins[1]} (one trip)"
        return _differ(similarity, True, reason, "place", origins, "place|origin")
    finest_a, finest_b = _finest(fa.locations, settings), _finest(fb.locations, settings)
    places = unmatched_places(replace(fa, locations=finest_a), replace(fb, locations=finest_b))
    if places and not places_nested(finest_a, finest_b, settings):  # "in Budapest" / "in Hungary": one place
        return Judgement(similarity, False, "apart", False,
                         f"places that match nowhere: {places[0]} vs {places[1]} (perhaps two happenings' places)")
    if fa.changed and fb.changed and not _aligned(fa.changed, fb.changed):  # "deaths have decreased" / "cases dropped"
        return Judgement(similarity, False, "apart", False, f"another thing changed: {fa.changed} vs {fb.changed}")
    if _lone_numbers(a, b, fa, fb, *numbers) and not (_hedge(a) or _hedge(b) or _other_occasions(a, b)
                                                         or _other_owners(a, b, fa, fb)):
        # a forecast against an outcome is no conflict ("would drop to 5.8%" / "ticked up to 6.1%")
        reason = f"number cannot both hold: {numbers[0][0]} vs {numbers[1][0]} (every other number matches)"
        return _differ(similarity, True, reason, "figures", (numbers[0][0], numbers[1][0]), "number")
    ages = _ages_of_one_person(a, b, *numbers) if not (_hedge(a) or _hedge(b) or _other_years(fa, fb)) else None
    if ages:
        reason = f"age cannot both hold: {ages[0]} vs {ages[1]} (one person: {ages[2]})"
        return _differ(similarity, True, reason, "figures", ages[:2], f"age|{a.predicate}")
    if all(numbers):  # numerals each writes and the other does not, beside no numeral both write
        return Judgement(similarity, False, "apart", False,
                         f"numbers that match nowhere: {', '.join(numbers[0])} vs {', '.join(numbers[1])}")
    names = _unmatched_names(a, fa, b), _unmatched_names(b, fb, a)
    if all(names):  # "Egypt brokered the truce" / "Qatar brokered the truce": perhaps two actors, perhaps two acts
        return Judgement(similarity, False, "apart", False,
                         f"who did it or to whom matches nowhere: {', '.join(names[0])} vs {', '.join(names[1])}")
    return None


def _gathering_placed_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """One gathering each claim names once by the same noun (frames.toml [happening] `gatherings`), placed by "in" or
    "at" in places the other does not write and the gazetteer puts apart ("speaking at a rally in Wilmington, N.C."
    / "told supporters at a rally in Fayetteville, N.C."; "during a town hall meeting in Columbus, Ohio" / "at a town
    hall in Cleveland"): (place, place, noun), a conflict in two claims of one fact not dated apart, whatever the
    hedge of what was said there. Not two sides' accounts, nor a plan ("will hold a rally"), nor places one inside the
    other, nor a noun written twice ("a rally in Reno after a rally in Las Vegas")."""
    if _other_occasions(a, b) or a.side and b.side and a.side != b.side:
        return None
    placed = gatherings_placed(a.text, settings.place_prominence), gatherings_placed(b.text, settings.place_prominence)
    for noun, x in placed[0].items():
        y = placed[1].get(noun)
        if y and x not in b.text and y not in a.text and _apart((x,), (y,), settings) \
                and not nested(x, y, settings.place_prominence):
            return x, y, noun
    return None


def _origins_apart(a: Claim, b: Claim, settings: Settings) -> tuple[str, str] | None:
    """One trip both claims name alike (`trip_names`: "the Ryanair plane" / "the Ryanair flight") set out from a
    place the other does not write, a few words after a word of departure (frames.toml [happening] `departures`), the
    two places apart ("the Ryanair plane, which was flying from the Greek capital, Athens" / "had boarded the Ryanair
    flight in Rome"): where one trip began, a conflict in two claims of one fact not dated apart. Not "the plane"
    alone, which may be two planes."""
    if _other_occasions(a, b) or not trip_names(a.text) & trip_names(b.text):
        return None
    xs = [p for p in _places_not_in(a, b, settings) if set_out_from(a.text, p)]
    ys = [p for p in _places_not_in(b, a, settings) if set_out_from(b.text, p)] if xs else []
    if len(xs) == 1 and len(ys) == 1 and _apart((xs[0],), (ys[0],), settings):
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
    if not (x and y) or x == y == "bare":
        return None
    holders = _age_holder(a, left_a[0], x), _age_holder(b, left_b[0], y)
    shared = holders[0] & holders[1]
    return (left_a[0], left_b[0], " ".join(sorted(shared))) if shared else None


def _age_holder(claim: Claim, numeral: str, how: str) -> set[str]:
    """The words of the name an age is told of, written beside it (`age_holder_name`), else of every person the claim
    names."""
    beside = age_holder_name(claim.text, numeral, how)
    return _words(beside) if beside else set().union(*(_words(e) for e in claim.entities if e in claim.incidentals))


def _specifics_unmatched(a: Claim, b: Claim, similarity: float, cosine: float, settings: Settings) -> Judgement | None:
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
             or _named_unmatched(a, b, "people") or _named_unmatched(a, b, "bodies") or _others_acted_on(a, b, fa, fb)
             or _places_unmatched(a, b, settings) or _holders_swapped(a, b, settings)
             or _ordinals_unmatched(a, b) or _polarities_unmatched(a, b) or _agents_unmatched(a, b, fa, fb)
             or _groups_apart(fa, fb) or _roles_traded(a, b, fa, fb) or _slots_unmatched(fa, fb, settings)
             or _statuses_unmatched(fa, fb)
             or _bounds_unmatched(fa, fb))
    if found is None:
        return None
    what, x, y = found
    swapped = what == "people acted on" and _words(x) & _words(b.text) and _words(y) & _words(a.text)
    opposed = what in _OPPOSED and not (_other_occasions(a, b) or _hedged_apart(a, b))
    told_twice = _near_copy(a, b, cosine, settings) and not (_hedge(a) or _hedge(b)) and what in _SPECIFIC_BASIS
    placed = _one_figure_placed(a, b, x, settings) if what == "ordinals" else ""
    crossed = what == "holders of one figure" and _figures_crossed(a, b, settings) and not (_hedge(a) or _hedge(b))
    # (ordinals but of one figure, polarities, doers and roles read from the words alone are never a conflict: see
    # _SPECIFIC_BASIS)
    if not swapped and (opposed or told_twice or placed or crossed):
        # opposites, or one statement told twice (near_copy_cosine): the specific that differs is its conflict
        how = " (one statement told twice)" if told_twice else f" ({placed})" if placed else \
            " (two figures, each told of the other holder)" if crossed else ""
        basis = _SPECIFIC_BASIS.get(what, "ordinal")
        return _differ(similarity, True, f"{what} cannot both hold: {x} vs {y}{how}", basis, (x, y),
                       f"{basis}|{a.predicate}")
    return Judgement(similarity, False, "apart", False, f"{what} that match nowhere: {x} vs {y} (not compared, "
                     f"so no agreement)")


def _one_day_named(a: Claim, b: Claim) -> str:
    """The day both claims name alike, a weekday or a calendar day, neither hedged nor dated apart: where they give
    one figure each of one kind ("96% effective ..., the drugmaker said Thursday" / "results Moderna released Thursday
    ... 86 percent efficacy"), it is one day's one measure told two ways, so a conflict; "" else. Not ordinals: "the
    first fire" / "the second fire" on one Monday are two of a series (test_judged_pairs)."""
    if _hedge(a) or _hedge(b) or _other_occasions(a, b):
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
        if (slot.conflict or slot.differs) and not _one_place_two_scales(slot, fa, fb, settings):
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
        if not same_predicate(x.predicate, y.predicate) or x.predicate in _LIGHT_PREDICATES \
                or {x.predicate, y.predicate} & symmetric_predicates() or bool(x.negation) != bool(y.negation):
            continue
        if _identity(x.theme) and _identity(y.theme) and not _aligned(_identity(x.theme), _identity(y.theme)):
            continue  # "passed a budget blueprint" / "advancing the president's vision": acts on two things
        agents_a, agents_b = _named_head(x.agent, a.entities), _named_head(y.agent, b.entities)
        if agents_a and agents_b and not _distinct(agents_a, agents_b):
            return None
        if _distinct(agents_a, agents_b) and found is None:
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
        return "doers of one act", f"{_short(x, 40)} ({fa.predicate})", f"{_short(y, 40)} ({fb.predicate})"
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
    kinds = {w.lower() for w in words[:-1] if w.lower() not in _LIGHT and word_number(w.lower()) is None
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
        if _distinct(sorted(x[verb]), sorted(y[verb])):
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
        doers, objects = (_named_head(role, a.entities) or _bare_name(role) for role in (clause.agent, clause.theme))
        for doer in doers:
            for thing in objects:
                if not (thing in b.text and doer in b.text and _distinct([doer], [thing])):
                    continue
                owned = rf"\b{re.escape(thing)}['’]s?\s+(?:[\w$.,-]+\s+){{0,4}}of\s+(?:the\s+)?{re.escape(doer)}\b"
                if re.search(owned, b.text):
                    return f"{doer} {clause.predicate} {thing}", f"{thing}'s ... of {doer}"
    return None


def _named_head(role: str, entities: tuple[str, ...]) -> list[str]:
    """The names the role is, not those of a phrase hanging on it ("Vaccine advisers to the US Food and Drug
    Administration" is the advisers, not the FDA)."""
    return [e for e in _named(role, entities) if not _OF_ANOTHER.search(role[:max(role.find(e), 0)])]


_OF_ANOTHER = re.compile(r"\b(?:to|of|for|from|at|with|in|by)\b", re.I)


def _ordinals_unmatched(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """One noun each claim numbers with an ordinal the other does not give it ("the first time it has weighed in" /
    "the third time the group has taken sides"): one thing placed two ways, or two things of a series
    (frames.toml [ordinal] `sequences`); not one thing told alike, so no agreement, and no conflict either."""
    x, y = _ordinals_written(a.text), _ordinals_written(b.text)
    for noun in sorted(set(x) & set(y)):
        if not x[noun] & y[noun]:
            return "ordinals", f"{'/'.join(sorted(x[noun]))} {noun}", f"{'/'.join(sorted(y[noun]))} {noun}"
    return None


@functools.lru_cache(maxsize=8192)
def _ordinals_written(text: str) -> dict[str, frozenset[str]]:
    """Each noun an ordinal of frames.toml [rank.ordinals] numbers, the next word or the one after it ("the third
    such test"), to the ordinals written before it; the nouns of an act's occurrence ([ordinal] `occurrences`: "the
    first time", "his third campaign appearance") are one noun."""
    table, found = frame_words()["rank"]["ordinals"], {}
    occurrences = frame_words()["ordinal"]["occurrences"]
    words = [w.lower() for w in _WORD.findall(text)]
    for at, word in enumerate(words):
        if word in table:
            for noun in words[at + 1:at + 3]:
                noun = noun.removesuffix("s")
                found.setdefault("occurrence" if noun in occurrences else noun, set()).add(word)
    return {noun: frozenset(ordinals) for noun, ordinals in found.items()}


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
    words = frozenset(_WORD.findall(text.lower()))
    return words, bool(words & _denial_words() or _NEGATION.search(text))


@functools.lru_cache(maxsize=8192)
def _denials(text: str) -> tuple[tuple[str, str], ...]:
    """(the denial as written, the word it denies) for each denial of the text that is not in an aside (a relative
    clause, a question) and whose word the text does not also write undenied."""
    found = []
    for denial in _NEGATION.finditer(text):
        word = denial.group(1).lower()
        rest = text[:denial.start()] + " " + text[denial.end():]
        if not (word in _LIGHT or _ASIDE_BEFORE.search(text[:denial.start()])
                or _inflection_written(word, set(_WORD.findall(rest.lower())))):
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


def _margins(a: Claim, b: Claim, similarity: float, settings: Settings) -> Judgement | None:
    """One margin between the same two rivals, told as other points ("Jones trails Smith by 4 points" / "Smith holds
    an 11-point lead over Jones"): a figure of one measured variable, whichever rival each claim names first. Not
    of two polls or two places (a body or a place the other names in no form), nor dated apart, nor hedged apart."""
    x, y = _margin(a, settings), _margin(b, settings)
    if not (x and y) or x[0] != y[0] or x[1] == y[1]:
        return None
    if _other_occasions(a, b) or _hedged_apart(a, b) or _named_unmatched(a, b, "bodies") \
            or _places_unmatched(a, b, settings):
        return None
    reason = f"margins cannot both hold: {x[1]} vs {y[1]} points between {' and '.join(sorted(x[0]))}"
    return _differ(similarity, True, reason, "figures", (f"{x[1]} points", f"{y[1]} points"), "margin")


def _margin(claim: Claim, settings: Settings) -> tuple[frozenset[str], str] | None:
    """(the two rivals' last names, the points) of the one margin the claim tells between the two names it writes
    that are no place nor owner ("HuffPost Pollster's average"), whatever the recogniser tags them ("Sanders" as a
    body, "Helen Park" as a place)."""
    words = frame_words()["margin"]
    found = _MARGIN.findall(claim.text)  # read first: most claims tell no margin, and the rivals cost place lookups
    if len(found) != 1 or not _words(claim.text) & set(words["leading"] + words["trailing"]):
        return None
    rivals = {e.split()[-1] for e in claim.entities if not any(c.isdigit() for c in e)
              and not _possessor(claim.text, e) and not re.search(r"['’]s?$", e)
              and locate(as_written(e, claim.text), settings.place_prominence) is None}
    if len(rivals) != 2:
        return None
    return frozenset(rivals), next(n for n in found[0] if n)


# "by 4 points", "by 4 percentage points", "an 11-point lead", "a lead of 11 points", "4 points behind"
_MARGIN = re.compile(r"\bby (\d+(?:\.\d+)?) (?:percentage )?points?\b|\b(\d+(?:\.\d+)?)[- ](?:percentage[- ])?points?"
                     r"[- ](?:lead|edge|advantage|behind|ahead)\b|\blead of (\d+(?:\.\d+)?) (?:percentage )?points?\b")


def _acts_opposed(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """An act one claim tells (its main verb or a clause's) whose opposite (data/opposites.toml) the other writes,
    in whatever form ("signed into law" / "was vetoed"), neither writing the other's side. Not the verbs of an
    amount, whose figures decide."""
    (written_a, done_a), (written_b, done_b) = _verbs_written(a.text), _verbs_written(b.text)
    if not (done_a or done_b):
        return None
    for acts, done, theirs_done, mine, theirs in ((_acts(fa), done_a, done_b, written_a, written_b),
                                                  (_acts(fb), done_b, done_a, written_b, written_a)):
        for _, one, other in opposite_pairs():
            for side, opposite in ((one, other), (other, one)):
                told, opposed = sorted(acts & side & done), sorted(opposite & theirs_done)
                if told and opposed and not side & theirs and not opposite & mine:
                    return "acts", told[0], opposed[0]
    return None


def _acts(frame) -> set[str]:
    return {frame.predicate, *(c.predicate for c in frame.clauses)} - {""}


@functools.lru_cache(maxsize=8192)
def _verbs_written(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word verbs of opposites.toml (not of an amount) the text writes in a regular form ("veto", "vetoes",
    "vetoed", "vetoing"), and those of them written as done, not after "to" ("needed 60 votes to clear" tells no
    clearing). One written after "not" or "never" tells its opposite ("found not guilty": acquitted). Read once per
    claim, where a claim is compared with many."""
    forms, words = _opposite_forms(), _words(text)
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
                  if opposite_qualities(x, y) and (_one_word(of_x, of_y) or x in manner)), None)
    return ("qualities", f"{found[0]} ({found[1]})", f"{found[2]} ({found[3]})") if found else None


def _orders_unmatched(a: Claim, b: Claim, fa, fb) -> tuple[str, str, str] | None:
    """Each claim places its act after or before a happening, on other sides or by other happenings' verbs; not
    one order told from either end ("won a week after Clinton defeated him" / "Clinton beat him, and a week later
    he won"), nor one happening with each claim's act after it ("approved it after the panel voted" / "the panel
    voted, and the director signed off almost immediately")."""
    if not (fa.order and fb.order):
        return None
    (relation_x, other_x, head_x), (relation_y, other_y, head_y) = fa.order, fb.order
    if relation_x == relation_y and (same_predicate(head_x, head_y) or _told_by_object(head_x, head_y, other_y)
                                     or _told_by_object(head_y, head_x, other_x)):
        return None
    if relation_x != relation_y and not same_predicate(head_x, head_y) and (
            _act_told(head_y, a, fa) and _act_told(head_x, b, fb)
            or same_predicate(head_x, fb.predicate) or same_predicate(head_y, fa.predicate)):
        # (one happening, each claim's act on its own side of it, the other's act not told: "approved it hours after
        # the panel voted" / "the panel voted, and the director signed off almost immediately")
        return None
    if relation_x == relation_y and (_chained(head_x, fb, a, fa) or _chained(head_y, fa, b, fb)):
        return None
    return "orders of events", f"{relation_x} {_short(other_x, 40)}", f"{relation_y} {_short(other_y, 40)}"


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
    outside = _words(claim.text.replace(frame.order[1], " "))  # the first claim's words but its own earlier happening's
    return not (stem_written({earlier}, outside) or outside & set(frame_words()["irregular"].get(earlier, ())))


def _told_by_object(act: str, light_verb: str, text: str) -> bool:
    """A light verb's happening is its object's act ("received federal approval": approve)."""
    return light_object_head(light_verb) and stem_written({act}, _words(text))


def _holders_swapped(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
    """One figure told of another holder, each holder named in both claims ("Biden's 52% approval is higher than
    Trump's 42%" / "Trump drew a 52% approval rating, above the 42% Biden gets")."""
    held_a, held_b = _held(a, settings), _held(b, settings)
    for numeral in sorted(held_a.keys() & held_b.keys(), key=a.text.find):  # as the first claim writes them
        x, y = held_a[numeral], held_b[numeral]
        if x and y and not _words(x) & _words(y) and _words(x) & _words(b.text) and _words(y) & _words(a.text):
            return "holders of one figure", f"{numeral} ({x})", f"{numeral} ({y})"
    return None


def _one_figure_placed(a: Claim, b: Claim, ordinals: str, settings: Settings) -> str:
    """The figure two ordinals place where both claims write it just after the ordinal ("Rubio in third at 11
    percent" / "Rubio, who placed second with 11 percent": `_ordinals_written` reads the numeral as what is
    numbered), neither hedged nor dated apart nor placed in towns apart: one holder of one figure placed two ways,
    so a conflict; "" else."""
    numeral = ordinals.split()[-1]
    if not numeral.isdigit() or _hedge(a) or _hedge(b) or _other_occasions(a, b) \
            or _places_differ(frame_of(a), frame_of(b), settings):
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
    if _dated_apart(a.dates, b.dates, "month"):
        return False
    held_a, held_b = _held(a, settings), _held(b, settings)
    for m in held_a.keys() & held_b.keys():
        x, y = _words(held_a[m]), _words(held_b[m])
        if not (x and y) or x & y:
            continue
        if any(_words(held_a[n]) & y or _words(held_b[n]) & x for n in held_a.keys() & held_b.keys() if n != m):
            return True
    return False


@functools.lru_cache(maxsize=8192)  # a claim is read for every pair it is compared in
def _held(claim: Claim, settings: Settings) -> dict[str, str]:
    """Numeral -> the one it is told of ("" when no one), for the claim's percentages (`_shares`) and for the figures
    it lists for two holders or more ("Lopez has 63 delegates and Park has 136"): a count or amount told of each
    rival, where one figure alone is rather of a thing."""
    counted = {n: _person_holding(claim, n, settings) for n in _counted_numerals(claim)}
    listed = counted if len({h for h in counted.values() if h}) >= 2 and all(counted.values()) else {}
    return {**listed, **{n: counted.get(n) if n in counted else _person_holding(claim, n, settings)
                         for n in _shares(claim.text)}}


def _shares(text: str) -> list[str]:
    """The numerals of the text's percentages: a share is held by someone ("Biden's 52%"); an amount of money or a
    count is rather of a thing ("passed a $3.5 trillion blueprint" / "Democrats pushed a $3.5 trillion framework")."""
    return _PERCENT.findall(text)


_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")


def _person_holding(claim: Claim, numeral: str, settings: Settings) -> str:
    """The one a figure is told of: as written before it (`_person_written`), else as the parse reads its owner (a
    relative clause's "who" on a name: "Clinton, who has 44 percent"), or ""."""
    return _person_written(claim, numeral, settings) or _owner_read(claim, numeral, settings)


def _owner_read(claim: Claim, numeral: str, settings: Settings) -> str:
    """The name the claims stage read as the figure's owner (`measures._owner`), not a place."""
    written = re.compile(rf"(?<![\w.,]){re.escape(numeral)}(?![\w])")
    return next((name for m in frame_of(claim).measures if written.search(m.text) for name in m.scope
                 if locate(name, settings.place_prominence) is None), "")


def _person_written(claim: Claim, numeral: str, settings: Settings) -> str:
    """The one a figure is told of, named a few words before it ("Biden's 52%", "Trump drew a 52% rating"), or ""
    (a place, or a name after a preposition, before a figure is seldom whose it is: "closed on the New York Stock
    Exchange at $21.63"; nor a name many words before it: "the Pfizer vaccine for children as young as 12")."""
    scored = _score_holders(claim.text).get(numeral)
    if scored:
        return scored
    listed = listed_holder(claim.text, numeral)
    if listed and locate(listed, settings.place_prominence) is None:
        return listed
    at = next((m.start() for m in _NUMERAL.finditer(claim.text) if m.group() == numeral), -1)  # not "63" of "163"
    holder = _holder(claim, numeral, at)
    if holder and re.search(rf"\b{re.escape(holder)}(?<=['’]s)\s+$|\b{re.escape(holder)}['’]s?\s+$", claim.text[:at]):
        # "37 percent to Trump's 36 percent": a possessive just before the figure, whatever is before it
        return re.sub(r"['’]s?$", "", holder)
    if not holder or _AFTER_PREPOSITION.search(claim.text[:claim.text.find(holder)]) \
            or locate(holder, settings.place_prominence) is not None:
        return ""
    between = claim.text[claim.text.find(holder) + len(holder):at]
    return holder if len(_WORD.findall(between)) <= settings.holder_reach_words else ""


@functools.lru_cache(maxsize=8192)
def _score_holders(text: str) -> dict[str, str]:
    """The two figures of a score told after a lead between two rivals, each to its holder: the first the subject's,
    the second the object's ("Clinton leads Sanders 47 percent to 44 percent": 47 is Clinton's, though Sanders is
    the name written just before it)."""
    found = _score_pattern().search(text)
    return {found.group(3): found.group(1), found.group(4): found.group(2)} if found else {}


@functools.cache
def _score_pattern() -> re.Pattern:
    """A lead between two named rivals and its score: "Clinton leads Sanders 47 percent to 44 percent" (not the
    margin words "ahead" and "behind", which need "of": "ahead of Sanders")."""
    words = frame_words()["margin"]
    verbs = "|".join(w for w in words["leading"] + words["trailing"] + frame_words()["holders"]["beating"]
                     if w not in words["adverbs"])
    return re.compile(rf"({_NAME})\s+(?:{verbs})\s+({_NAME}),?\s+(?:by\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)?"
                      rf"\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)")



# a name in a phrase of place or agency, not a figure's holder: "on the New York Stock Exchange", "by Pfizer and
# BioNTech"
_AFTER_PREPOSITION = re.compile(r"\b(?:on|at|by|in|for|from|with|of|to)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:and\s+)?)*$")


def _act_told(act: str, claim: Claim, frame) -> bool:
    """The act is the claim's main one, or written in its words ("win": "Sanders' win")."""
    return same_predicate(act, frame.predicate) or stem_written({act}, _words(claim.text))


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


def _named_unmatched(a: Claim, b: Claim, kind: str) -> tuple[str, str, str] | None:
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
    if not (x and y) or any(_words(p) & _words(q) for p in x for q in y):
        return None
    if fa.predicate in symmetric_predicates() and all(_words(p) & _words(fb.agent) for p in x) \
            and all(_words(q) & _words(fa.agent) for q in y):
        return None  # "Biden met Xi" / "Xi met Biden": parties of an act done together, told from either side
    return "people acted on", ", ".join(x), ", ".join(y)


def _people_in(claim: Claim, role: str) -> list[str]:
    """The people's names (not the dates nor numbers of `incidentals`) the role holds."""
    return [e for e in claim.entities if e in claim.incidentals and e in role]


def _named_not_in(claim: Claim, other: Claim, kind: str) -> list[str]:
    """Not the claim's speaker where the other has one too: two sources for one fact ("Psaki said" / "an aide
    said") are no two facts; not a body the other names by its initials ("the CDC")."""
    speaker = _words(claim.voice) if other.voice else set()
    named = claim.incidentals if kind == "people" else claim.bodies
    among = [e for e in claim.entities if e in named and not _words(e) & speaker and not _possessor(claim.text, e)]
    if not among:
        return []
    return [e for e in _names_not_in(claim, claim.text, other, like_names=True, among=among)
            if not any(initialism(e, o) for o in other.entities)]


def _possessor(text: str, name: str) -> bool:
    """The name owns what follows it ("President Biden's economic agenda"): a modifier of another thing, as a body
    is in `Claim.bodies`."""
    return bool(re.search(rf"{re.escape(name)}['’]s?\b", text))


def _places_unmatched(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str] | None:
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
    return tuple(e for e in claim.entities if _where(claim.text, e) and getattr(
        locate(as_written(e, claim.text), settings.place_prominence), "latitude", None) is not None)


@functools.lru_cache(maxsize=8192)
def _names_after_where(text: str) -> tuple[str, ...]:
    """Capitalised words in a row just after "in", "at", "near" or "from" ("at Surfside"), not a month or weekday."""
    return tuple(m.group(1) for m in _NAME_AFTER_WHERE.finditer(text) if m.group(1).lower() not in CALENDAR_WORDS)


_NAME_AFTER_WHERE = re.compile(r"\b(?:in|at|near|from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b")


def _places_not_in(claim: Claim, other: Claim, settings: Settings) -> list[str]:
    """The claim's places, each as written with its state or country after a comma ("Wilmington, N.C."), that the
    other names in no form and that hold none of the other's places nor lie in one."""
    among = [e for e in claim.entities if _where(claim.text, e) and not _INITIALS.fullmatch(e)
             and locate(as_written(e, claim.text), settings.place_prominence) is not None]
    if not among:
        return []
    return [as_written(e, claim.text) for e in _names_not_in(claim, claim.text, other, like_names=True, among=among)
            if not any(nested(as_written(e, claim.text), as_written(o, other.text), settings.place_prominence)
                       for o in other.entities)]


# a place where something is, goes or comes from, a few words before it ("in Rome", "from the Greek capital, Athens"),
# not a place whose behalf or interests are told ("on behalf of the United Arab Emirates")
_WHERE = re.compile(r"\b(?:in|at|near|from|to|into|toward|towards)\b(?:\W+(?!of\b)\w+){0,3}\W+$", re.I)


_INITIALS = re.compile(r"[A-Z]{2,5}")  # "CNN", "NBC": a body's initials, whatever place shares them


def _where(text: str, place: str) -> bool:
    at = text.find(place)
    return at >= 0 and bool(_WHERE.search(text[:at]))


# not a numeral in a name ("COVID-19", "F-35")
_NUMERAL = re.compile(r"(?<![\w.,])(?<![A-Za-z]-)\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w])")


def _unread_numbers(claim: Claim, frame, other: Claim, other_frame) -> list[str]:
    """Numerals the claim writes, outside its dates, years and figures the other's match, that the other claim does
    not write: a figure the reader could not place ("Kasich has 63 delegates, Rubio 136 and Cruz 370")."""
    theirs = {n.replace(",", "") for n in _NUMERAL.findall(other.text)}
    matched = set(_NUMERAL.findall(" ".join(matched_figures(frame, other_frame))))
    return [n for n in _counted_numerals(claim) if n.replace(",", "") not in theirs and n not in matched]


def _counted_numerals(claim: Claim) -> tuple[str, ...]:
    """The numerals the claim writes, not years and not a part of its dates ("March 14")."""
    return _numerals(claim.text, claim.dates)


@functools.lru_cache(maxsize=8192)
def _numerals(text: str, dates: tuple[str, ...]) -> tuple[str, ...]:
    """Read once per claim, where a claim is compared with many (`_unread_numbers`, `_lone_numbers`)."""
    return tuple(n for n in _NUMERAL.findall(text) if not _year(n) and not any(n in d for d in dates))


def _leftover(a: Claim, b: Claim, fa, fb, figures, similarity: float) -> Judgement:
    """The one figure each claim has left once every other is paired: one variable told two ways."""
    x, y = figures
    name = {"age": "age", "hour": "duration"}.get(x.unit, "figure")
    hedged = _figure_hedged(a, fa, x.shown) or _figure_hedged(b, fb, y.shown)
    reason = (f"{name} {'stated differently' if hedged else 'cannot both hold'}: {x.shown} vs {y.shown} "
              f"(every other figure matches){' (one hedged)' if hedged else ''}")
    return _differ(similarity, not hedged, reason, "figures", (x.shown, y.shown),
                   f"{name}|{x.unit}|{x.counts or y.counts}|{x.predicate}")


def _told_twice(a: Claim, b: Claim, figures, numbers, cosine: float, settings: Settings) -> tuple[str, str] | None:
    """The two values, as shown, of one statement told twice with one figure (or else one unread number) each
    that the other does not match, or None."""
    if not _near_copy(a, b, cosine, settings) or _hedge(a) or _hedge(b):
        return None
    if figures and periods_differ(*figures):
        return None  # "13,000 cases in a two-week period" / "9,195 cases this week"
    if figures and _one_figure_each(a, b, *figures):
        return figures[0].shown, figures[1].shown
    if figures:
        pair, numerals = (figures[0].shown, figures[1].shown), (_first_numeral(figures[0].text),
                                                                _first_numeral(figures[1].text))
    elif [len(n) for n in numbers] == [1, 1]:
        pair = numerals = (numbers[0][0], numbers[1][0])
    else:
        return None
    return pair if _one_numeral_each_of_one_unit(a, b, *numerals) else None


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
    """Close enough in meaning to be one statement told twice (`near_copy_cosine`), and not dated apart."""
    return cosine >= settings.near_copy_cosine and not (_other_occasions(a, b) or _days_differ(a.dates, b.dates))


def _one_numeral_each_of_one_unit(a: Claim, b: Claim, x: str, y: str) -> bool:
    """Each numeral the only one its claim has left, neither written in the other claim, both followed by one
    word ("72 years" / "27 years"; "a 60-second spot" / "runs 30 seconds") and told of one holder: not numbers of
    two things ("incomes over $50,000" / "women over 45") nor of two people ("Clinton held a 24-point lead" /
    "Obama led by 28 points")."""
    if any(n.replace(",", "") in {m.replace(",", "") for m in _NUMERAL.findall(other.text)}
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
    found = _NUMERAL.findall(text)
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
    if len(left_a) != 1 or len(left_b) != 1:
        return False
    kinds = _kind_of_number(fa, left_a[0]), _kind_of_number(fb, left_b[0])
    return _shared_numerals(a, b) and not (all(kinds) and kinds[0] != kinds[1]) \
        and _one_holder(a, b, left_a[0], left_b[0], both_named=True)


def _year(numeral: str) -> bool:
    return len(numeral) == 4 and numeral.isdigit() and 1800 <= int(numeral) <= 2100


def _kind_of_number(frame, numeral: str) -> tuple[str, str] | None:
    """The unit and reading of the figure the claims stage read a numeral as ("the 176 needed": a threshold), if
    any: two numerals read as figures of other kinds are two measures."""
    return next(((m.unit, m.reading) for m in frame.measures if numeral in _NUMERAL.findall(m.text)), None)


def _one_holder(a: Claim, b: Claim, x: str, y: str, both_named: bool = False) -> bool:
    """The names each figure (its text) is told of, the last named before it in its part of the sentence ("Rubio
    has 163" / "Rubio 136"), are the same, or one is not named (with `both_named`, neither is)."""
    holders = _holder(a, x), _holder(b, y)
    unnamed = not any(holders) if both_named else not all(holders)
    return unnamed or bool(_words(holders[0]) & _words(holders[1])) or one_body(*holders)


_CAPITALISED = re.compile(rf"\b{_NAME}")


def _holder(claim: Claim, figure: str, at: int | None = None) -> str:
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
    capitalised = [m.group(0) for m in _CAPITALISED.finditer(claim.text, start + 1, at)
                   if m.start() > 0 and m.start() >= at - len(part) and m.group(0).lower() not in CALENDAR_WORDS]
    return capitalised[-1] if capitalised else ""


def _unmatched_names(claim: Claim, frame, other: Claim) -> list[str]:
    """The names in the claim's agent or theme that the other claim names in no form ("Xi" is "Xi Jinping",
    "U.S." the "United States")."""
    return _names_not_in(claim, f"{frame.agent} {frame.theme}", other, like_names=True)


def _names_not_in(claim: Claim, role: str, other: Claim, like_names: bool = False, among=None) -> list[str]:
    """The claim's names in `role` that the other claim names in no form: no place of the same name, no word
    of it in the other's text; with `like_names`, not where the word shared is only that of another of a like
    name ("New Hampshire" / "New York")."""
    return [e for e in (claim.entities if among is None else among)
            if e in role and not any(same_place(e, o) or one_body(e, o) for o in other.entities)
            and (not _words(e) & _words(other.text) or like_names and _another_of_like_name(e, other.entities))]


def _another_of_like_name(name: str, entities: tuple[str, ...]) -> bool:
    """The other claim names another of a like name, sharing a word, neither inside the other ("New Hampshire" /
    "New York"); not "Xi" / "Xi Jinping"."""
    mine = _words(name)
    return any(mine & _words(e) and not (mine <= _words(e) or _words(e) <= mine) for e in entities) and not any(
        mine <= _words(e) or _words(e) <= mine for e in entities if _words(e))


# -- helpers ------------------------------------------------------------------------------------

def _hedge(claim: Claim) -> str:
    if parsed(claim):
        return claim.hedge
    return "" if claim.certainty == "stated" else claim.certainty


def _figure_hedged(claim: Claim, frame, shown: str) -> bool:
    """The claim's hedge covers the figure, unless its verb lies outside the main predicate's clauses ("proposed
    barring Muslims after a shooting that killed 14": no proposal of 14)."""
    own = [m for m in frame.measures if m.shown == shown]
    return bool(_hedge(claim)) and not (own and all(m.beside_main for m in own))


def _hedged_apart(a: Claim, b: Claim, main_a: bool = True, main_b: bool = True) -> bool:
    """One claim hedged and the other not, or either doubted ("could", "reportedly"): no conflict of facts. Two
    plans or intentions ("would vote against" / "would support"; "would cut 4,000 jobs" / "plans to add") are
    two positions, and opposite ones conflict. `main_a`, `main_b`: whether the compared act is among its claim's
    main clauses (`Clause.under_main`); a relative clause or an aside keeps none of its hedge ("The bill, which the
    Senate rejected, would have raised the wage": the rejection is told as done). Two claims on one condition
    compare what each says would follow from it."""
    doubted = (main_a and _doubted(a)) or (main_b and _doubted(b))
    if _same_condition(a, b):  # "would agree if Washington lifted sanctions" / "rejected it even if they were removed"
        return doubted
    return (main_a and _prospective(a)) != (main_b and _prospective(b)) or doubted


_CONDITION = re.compile(r"\b(if|unless)\b([^,.;]*)", re.I)


def _same_condition(a: Claim, b: Claim) -> bool:
    """Both claims state what holds on one condition, most of its words shared ("if Washington lifted all
    sanctions" / "even if Washington removed all sanctions"): the condition hedges neither against the other."""
    ca, cb = _CONDITION.search(a.text), _CONDITION.search(b.text)
    if not (ca and cb) or ca.group(1).lower() != cb.group(1).lower():  # "unless" is "if not"
        return False
    wa, wb = _words(ca.group(2)), _words(cb.group(2))
    return bool(wa and wb) and len(wa & wb) >= 0.5 * len(wa | wb)


def _prospective(claim: Claim) -> bool:
    """Hedged, or told as to come ("will cut", "said it would cut", "is set for"): a plan, a forecast or a
    possibility."""
    return bool(_hedge(claim)) or (parsed(claim) and _planned(frame_of(claim)))


def _uncertain(claim: Claim) -> bool:
    """Doubted, or only on a condition ("would be cancelled if it rains"). A plan is not: called off against will go
    ahead conflict, for a cancellation ends the plan ("The event would go ahead as planned, the firm said" / "the
    event was cancelled")."""
    return _doubted(claim) or (parsed(claim) and claim.hedge.lower() in _conditions())


def _doubted(claim: Claim) -> bool:
    """Hedged as possible ("could", "may", "reportedly") or threatened, not as a plan or forecast
    ("would", "expected": a future the other statement may report as done) nor as a condition ("if")."""
    return (parsed(claim) and bool(claim.hedge) and claim.certainty in {"possible", "threatened"}
            and claim.hedge.lower() not in _conditions())


@functools.cache
def _conditions() -> frozenset[str]:
    """The condition words of data/certainty.toml: a condition is no doubt about the fact."""
    data = data_table("certainty.toml")
    return frozenset(w.lower() for w in data.get("hedge", {}).get("possible", {}).get("conditions", []))


def _hedge_note(claim: Claim) -> str:
    word = _hedge(claim)
    return f" “{word}”" if word else ""


def _polarity(claim: Claim) -> str:
    parts = [claim.hedge, claim.negation, claim.predicate]
    return " ".join(p for p in parts if p)


@functools.lru_cache(maxsize=8192)  # a claim's text is read for every pair it is compared in
def _words(text: str) -> frozenset[str]:
    """The text's words, lower case, an accent written as a letter and its mark read as the one letter ("Barré")."""
    return frozenset(w for w in _WORD.findall(unicodedata.normalize("NFC", text).lower()) if w not in _LIGHT)


def _aligned(x: str, y: str, required: bool = False) -> bool:
    """Two subjects (or objects) that can be the same: shared words, prefixes of five letters, or one written as
    the other's initials ("the FDA" / "the Food and Drug Administration", where the words are given in order).

    One side unknown (empty, a pronoun) counts as aligned unless `required`.
    """
    wx, wy = _words(x), _words(y)
    if not wx or not wy:
        return not required
    return bool(wx & wy) or bool({w[:5] for w in wx if len(w) >= 5} & {w[:5] for w in wy if len(w) >= 5}) \
        or initialism(x, y)


def _named(subject: str, entities: tuple[str, ...]) -> list[str]:
    """The entity the subject is, when it is one ("Hamas", "the Senate", "House Speaker Nancy Pelosi": the name
    its title ends in; not "America's employers"), its initials in brackets aside ("The Council for Democratic Change
    (CDC)")."""
    subject = _BRACKETED.sub("", subject)
    words = _words(subject)
    return [e for e in entities if e and words and (words <= _words(e) or subject.rstrip().endswith(e))]


_BRACKETED = re.compile(r"\s*\(\s*[^()]*\)")


def _bare_name(role: str) -> list[str]:
    """A role that is a name alone, all its words capitalised, where the recogniser tagged none ("Trump" at a
    sentence's start)."""
    words = role.split()
    return [role] if words and all(w[:1].isupper() and w.lower() not in _LIGHT for w in words) else []


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def explain(a: Claim, b: Claim) -> list[str]:
    """The two frames and the slots they share, as lines for `crosscheck pair`."""
    lines = []
    frames = (frame_of(a), frame_of(b))
    for name, frame in zip("AB", frames):
        lines.append(f"frame {name}:       {describe(frame)}")
        for measure in frame.measures:
            read = ", ".join(f"{k} {v}" for k, v in (("counts", measure.counts), ("verb", measure.predicate),
                                                        ("period", measure.period), ("hedged by", measure.hedge)) if v)
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
            parts.append(f"{name} “{_short(value, 40)}”")
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
    basis = _TOLD_BASIS[kind]
    reason = f"{kind} cannot both hold: {x} vs {y} (one fact told two ways: {shared} alike)"
    return _differ(verdict.similarity, True, reason, basis, (x, y), f"{basis}|{a.predicate}")


_TOLD_BASIS = {"numbers": "figures", "dates": "dates", "ordinals": "ordinal", "names": "agent", "places": "place"}


def one_fact_told_two_ways(a: Claim, b: Claim, settings: Settings) -> tuple[str, str, str, str] | None:
    """Two claims of one act (`acts_align`) that state alike what a second fact would not (at least
    `told_alike_min` specifics: numbers, names, dates, ordinals) and state exactly one specific two ways, every
    other specific of a kind both state matched: the one fact's conflict ("Sanders received 69 percent ... nine of
    the 13 delegates" / "handed seven of its 13 delegates to Sanders, who took 69 percent"). (kind, value, value,
    what they share), or None. Not hedged, not two sides' accounts; names alone tie no two names, nor a count whose
    counted thing is unread, and two figures told of two holders are two facts."""
    if not (parsed(a) and parsed(b)) or _hedge(a) or _hedge(b) or (a.side and b.side and a.side != b.side):
        return None
    if not acts_align(a, b):
        return None
    specifics_a, specifics_b = _specifics(a, b, settings), _specifics(b, a, settings)
    shared, differing = [], []
    for kind, relation in _RELATIONS.items():
        xs, ys = specifics_a.get(kind, []), specifics_b.get(kind, [])
        # a name is matched by any the other writes, if only as words of its text ("U.N." / "the United Nations")
        wx, wy = (specifics_a.get("names written", []), specifics_b.get("names written", [])) if kind == "names" \
            else ([], [])
        shared += [(kind, x) for x in xs if any(relation(x, y, settings) == "same" for y in ys + wy)]
        left_x = [x for x in xs if _told_otherwise(x, ys + wy, lambda u, v: relation(u, v, settings))]
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
    if kind in _NAMES and not besides_names:
        return None  # two names told of one act, beside names alone: "Sanders beat Clinton in Iowa" / "in Nevada"
    if kind == "numbers" and _counted_unread(left_x[0][2], left_y[0][2]) and besides_names < settings.told_alike_min:
        return None  # a numeral whose counted thing is unread, beside names: "Rubio has 163 delegates" / "has 136"
    if kind == "numbers" and _holders_apart(a, left_x[0][1], b, left_y[0][1], settings):
        return None  # each figure of its own holder: "Cruz took 30 percent" / "Rubio took 25 percent"
    if kind == "names" and left_x[0][1] == "place":
        kind = "places"
    return kind, _shown(left_x[0]), _shown(left_y[0]), ", ".join(dict.fromkeys(_shown(s) for _, s in shared))


def _names_apart(specifics_a: dict, specifics_b: dict, settings: Settings) -> int:
    """1 where each claim names someone or somewhere the other names in no form, whether or not the two are of one
    kind ("Cruz took 30 percent" / "Rubio took 25 percent", "Rubio" read as a place): another specific told
    otherwise, or another holder; 2 where one claim names two such; else 0."""
    unnamed = [[x for x in mine.get("names", []) if not any(
        _names_related(x, y, settings) == "same" for y in theirs.get("names", []) + theirs.get("names written", []))]
        for mine, theirs in ((specifics_a, specifics_b), (specifics_b, specifics_a))]
    return 0 if not all(unnamed) else max(len(names) for names in unnamed)


def _distinct_specifics(shared: list[tuple[str, object]]) -> int:
    """How many specifics both state alike, a name written two ways once ("Sanders", "Bernie Sanders")."""
    names: list[frozenset[str]] = []
    for kind, specific in shared:
        if kind in _NAMES and not any(_words(_shown(specific)) & seen for seen in names):
            names.append(_words(_shown(specific)))
    return len({_shown(s) for k, s in shared if k not in _NAMES}) + len(names)


def _counted_unread(*figures) -> bool:
    """A numeral no figure holds, or a count of no thing read ("Rubio has 136 after the primaries")."""
    return any(m is None or m.unit == "count" and not m.counts for m in figures)


def _holders_apart(a: Claim, shown_a: str, b: Claim, shown_b: str, settings: Settings) -> bool:
    """The two figures told of two holders the claims name (`_person_holding`)."""
    numerals = _NUMERAL.findall(shown_a)[:1], _NUMERAL.findall(shown_b)[:1]
    if not all(numerals):
        return False
    holders = _person_holding(a, numerals[0][0], settings), _person_holding(b, numerals[1][0], settings)
    return all(holders) and not _words(holders[0]) & _words(holders[1])


def _told_otherwise(x, others, relation) -> bool:
    """No specific of the other claim is x, and one is x told another way."""
    found = [relation(x, y) for y in others]
    return "other" in found and "same" not in found


def _specifics(claim: Claim, other: Claim, settings: Settings) -> dict[str, list]:
    """The claim's specifics by kind: numbers (each figure not hedged, and each numeral no figure holds), dates,
    ordinals (noun, ordinal), places (a place the gazetteer knows where something is, goes or comes from) and other
    names (people, bodies, or a name the recogniser did not type); a name the other claim writes too is "written"
    (the other may read it as no name), and the speaker's name is no specific of what was said."""
    frame = frame_of(claim)
    numbers = [(m.value, m.shown, m) for m in frame.measures if not m.hedge]
    numbers += [(float(n.replace(",", "")), n, None) for n in _counted_numerals(claim)
                if not any(n in m.text for m in frame.measures)]
    found = {"numbers": numbers, "dates": list(dict.fromkeys(claim.dates)),
             "ordinals": _ordinals_by_word(claim.text)}
    speaker = _words(claim.voice)
    for name in claim.entities:
        if not _a_name(name) or _words(name) <= speaker or _title_before_name(name, claim):
            continue
        found.setdefault("names written" if _words(name) & _words(other.text) else "names", []).append(
            (name, _name_kind(name, claim, settings)))
    return {kind: values for kind, values in found.items() if values}


def _ordinals_by_word(text: str) -> list[tuple[frozenset[str], str]]:
    """Each ordinal the text writes, with the nouns it may number (`_ordinals_written`)."""
    nouns: dict[str, set[str]] = {}
    for noun, ordinals in _ordinals_written(text).items():
        for ordinal in ordinals:
            nouns.setdefault(ordinal, set()).add(noun)
    return [(frozenset(numbered), ordinal) for ordinal, numbered in sorted(nouns.items())]


def _a_name(name: str) -> bool:
    """A name: capitalised after any "the", with no numeral, not a date's ("September 25, 2017", "February")."""
    stripped = re.sub(r"^the\s+", "", name, flags=re.I)
    return bool(re.match(_NAME, stripped)) and not re.search(r"\d", name) and not _words(name) & CALENDAR_WORDS


def _name_kind(name: str, claim: Claim, settings: Settings) -> str:
    """ "place" (a place the gazetteer knows, where something is, goes or comes from), "person", "body", or "" (a
    name the recogniser did not type: "African American", "Black U.S." are words of description)."""
    located = locate(as_written(name, claim.text), settings.place_prominence) is not None
    if located:
        return "place" if _where(claim.text, name) else "located"
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
    if x[0] == y[0]:  # one value, unless read two ways ("revised to 6% from 5%" / "to 5% from 6%")
        return "same" if mx is None or my is None or (mx.unit, mx.reading) == (my.unit, my.reading) else None
    if mx is not None and my is not None and (mx.tally or my.tally):
        return "other" if mx.tally and my.tally else None
    if mx is None or my is None:  # a numeral no figure holds, against another or a count ("down to 39" / "29")
        return "other" if mx is my or (mx or my).unit == "count" else None
    one_variable = (mx.unit == my.unit and mx.reading == my.reading
                    and (not (mx.counts and my.counts) or mx.counts == my.counts) and not periods_differ(mx, my))
    return "other" if one_variable else None


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
    """One name written two ways (or one place inside the other); two places apart, two people or two bodies; else
    not comparable (a place against a person, a name of no kind read)."""
    (name_x, kind_x), (name_y, kind_y) = x, y
    if same_place(name_x, name_y) or one_body(name_x, name_y) or _words(name_x) & _words(name_y) \
            or nested(name_x, name_y, settings.place_prominence):
        return "same"
    if kind_x == kind_y == "place":
        return "other" if _apart((name_x,), (name_y,), settings) else None
    return "other" if kind_x == kind_y and kind_x in ("person", "body") else None


_RELATIONS = {"numbers": _numbers_related, "dates": _dates_related, "ordinals": _ordinals_related,
              "names": _names_related}
_NAMES = {"names", "names written"}


def _shown(specific) -> str:
    """A specific as written: a date or a name as it stands, a number as shown, an ordinal."""
    if isinstance(specific, str):
        return specific
    return specific[0] if len(specific) == 2 and isinstance(specific[0], str) else specific[1]
