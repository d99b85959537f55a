"""Frames: Claim -> Frame. What a statement asserts, slot by slot, read from spaCy's parse.

A frame holds the main predicate (lemma, status class, negation, hedge) and its roles (predicates.py), the
other verbs it asserts (clauses.py), where and when, who initiated it, who won and lost, and every quantity
with its measured variable (measures.py). Words a parser cannot know live in data/frames.toml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from itertools import combinations
from datetime import date

from . import dating, features, nlp
from .clauses import clauses, opens_reported_clause
from .dating import DAY_PARTS
from .lexicon import act_nouns, amount_verbs, data_table
from .measures import (ages, counted_hours, durations, measure, multiples, ratios, same_span, shares, tallies,
                       time_points, unit_hours, vague, vague_shares, verb_named)
from .figures import word_number
from .dimensions import with_dimensions
from .predicates import (ACTOR_ENTITIES, TIME_ENTITIES, WINNING, by_agent, containers, frame_words, located,
                         opposite_qualities, noun_phrase, partner, people_counts, predicate_phrase, quality_words,
                         recipient, roles, status_of, text_of, winning_places)
from .tense import PAST, date_tense, verb_tense
from .types import Claim, ClockTime, Frame, Measure, Placing, Quantity

_LOSING = {"lose"}


def frame_of(claim: Claim) -> Frame:
    """The claim's frame: read by the claims stage from its parse, else (a claim made by hand, `crosscheck
    pair`) from the claim's text parsed on its own, once per process."""
    if claim.frame is not None:
        return claim.frame
    return _frame_of_text(claim.text, claim.numbers, claim.dates, claim.negation, claim.hedge)


@functools.lru_cache(maxsize=4096)
def _frame_of_text(text: str, numbers: tuple[Quantity, ...], dates: tuple[str, ...], negation: str, hedge: str) -> Frame:
    return read(nlp.parse_one(text)[:], numbers, dates, negation, hedge)


def read(span, numbers: tuple[Quantity, ...], dates: tuple[str, ...], negation: str, hedge: str,
         root=None, published: date | None = None) -> Frame:
    """The frame of a parsed claim (a spaCy Span), given what the claims stage already read of it (its dates
    read against `published`)."""
    text = span.text
    root = root if root is not None else features.main_predicate(span)
    predicate = predicate_phrase(root)
    agent, theme = roles(root)
    winner, loser, contest = _contest(span)
    if not winner:  # "handed the prize to X, beating a shortlist": the contest read only who was beaten
        awarded, _, prize = _won_by_award(span)
        winner, contest = awarded, contest or (prize if awarded else "")
    # Vague amounts and tallies replace the bare numbers the figure reader took from them ("a few
    # hundred" -> "hundred"; "19-to-0" -> "19").
    read_whole = (vague(span) + tallies(span, root) + shares(span) + ratios(span) + vague_shares(span)
                  + multiples(span))
    if any(q.low is None for q in numbers):  # figures made by hand, without the reader's ranges
        numbers = features.quantities(span, root)
    measures = [m for m in (measure(q, span, root) for q in numbers
                            if not any(q.text.lower() in w.text.lower() for w in read_whole)) if m is not None]
    measures += read_whole
    told_ages = ages(span)  # a bare number the figure reader took for a count is the age a person is told to be
    measures = [m for m in measures if not (m.unit == "count" and any(same_span(m, a) for a in told_ages))]
    measures += [m for m in told_ages + durations(span) if not any(same_span(m, other) for other in measures)]
    measures = _levels_of_changes(_compared_counts(_gapped_counts(_coordinated_counts(_gapped_subjects(measures, span), span), text)))
    measures = with_dimensions(measures, span, lambda m: verb_named(span, m.predicate))
    places = tuple(located(span))  # read once: the main predicate's, every clause's and the claim's own
    return Frame(text=text, predicate=predicate, status=_status(predicate, root), negation=negation, hedge=hedge,
                 agent=agent, theme=theme, places=_places(places, root),
                 dates=_own_dates(span, _act_dates(span, root, dates, published)),
                 measures=tuple(measures), initiator=_initiator(span), winner=winner, loser=loser,
                 clauses=clauses(span, root, places), time_points=time_points(span),
                 locations=tuple(dict.fromkeys(entity.text for entity, _ in places)),
                 future=any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in root.children)
                 or features.reported_future(root), changed=_changed(root), clock=clock_times(root), contest=contest,
                 ranked=_ranked(span), recipient=recipient(root), partner=partner(root), order=_order(root),
                 qualities=_qualities(span),
                 addressed=_addressed(span, root), ordinals=_ordinals(span), offset=_order_offset(root),
                 done=verb_tense(root) == PAST)


def _ordinals(span) -> tuple[tuple[str, int, str], ...]:
    """(noun, position, the noun as written) for each ordinal on a noun said of something else: an apposition ("...,
    its first missile test in six months"), a copula's complement ("became the second woman to lead") or its "in"
    phrase ("is in this year's third special session"), or one with its owner ("its first test"). Not on a bare subject
    or object ("The first suspect was arrested": which suspect, not one thing placed twice), not with a conjunct ("the
    first and second doses"), not of nouns whose every member is its own thing (frames.toml [ordinal] `sequences`: "the
    second round")."""
    table, sequences = frame_words()["rank"]["ordinals"], _sequences()
    return tuple(sorted({(t.head.lemma_.lower(), table[t.lower_], t.head.text) for t in span
                         if t.lower_ in table and t.dep_ == "amod" and t.head.pos_ == "NOUN" and not t.conjuncts
                         and t.head.lemma_.lower() not in sequences and _said_of_another(t.head)}))


@functools.cache
def _sequences() -> frozenset[str]:
    return frozenset(frame_words()["ordinal"]["sequences"])


def _said_of_another(noun) -> bool:
    """The noun says what something else is (an apposition, a copula's complement or "in" phrase: "is in its third
    session"; not "said in the first interview", where it only says where), or whose series it belongs to ("carried
    out its first missile test", "posted its second loss in a row")."""
    return noun.dep_ in ("appos", "attr") or any(c.dep_ == "poss" for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.lemma_ == "be")


def _addressed(span, root) -> tuple[tuple[str, str], ...]:
    """(noun, to whom) for each thing sent the claim names with its recipient (frames.toml [addressed]): "in a letter
    to Secretary Blinken", "a letter addressed to Secretary Mayorkas", "the letter was addressed to the CDC"."""
    nouns, found = frame_words()["addressed"]["nouns"], []
    for token in span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        holders = [token] + [c for c in token.children if c.dep_ == "acl"]  # "a letter addressed to"
        if token.dep_ == "nsubjpass" and token.head.i == root.i:
            holders.append(root)  # "the letter was addressed to the CDC"
        to = next((g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        if to is not None:
            found.append((token.lemma_.lower(), noun_phrase(to)))
    return tuple(found)


def _gapped_counts(measures: list[Measure], text: str) -> list[Measure]:
    """A count that leaves out its noun after one that names it, each placed by one preposition ("12 schools in
    Bangor and 8 in Caernarfon", "30 people in Paris, 12 in Lyon"): the second counts the first's thing, in its own
    place, where the parse hangs it on the place or on nothing."""
    gapped = _GAPPED.search(text)
    if gapped is None:
        return measures
    out = []
    for m in measures:
        first = next((o for o in measures if m.unit == "count" and o is not m and o.unit == "count" and o.counts
                      and o.text == gapped.group(1) and gapped.group(4) == m.text), None)
        out.append(replace(m, counts=first.counts) if first is not None and m.counts != first.counts else m)
    return out


def _coordinated_counts(measures: list[Measure], span) -> list[Measure]:
    """A count whose noun is left out before another's, the two joined by "and" or "or" ("75 primary and 45 secondary
    teachers", "three adult and seven child passengers"): the first counts the second's noun, narrowed by the word
    after it, where the parse read that word as what it counts."""
    out = []
    for m in measures:
        shared = _shared_noun(m, measures, span) if m.unit == "count" else None
        out.append(m if shared is None else replace(m, counts=shared.counts, modifiers=(_word_after(m, span),)))
    return out


def _gapped_subjects(measures: list[Measure], span) -> list[Measure]:
    """A bare count that is the subject of a verb joined to another whose subject counts a noun ("three people were
    seriously hurt and eight suffered minor injuries"): the second counts the first's noun, in a clause of its own."""
    out = []
    for m in measures:
        first = _count_of_joined_verb(m, measures, span) if m.unit == "count" and not m.counts else None
        out.append(m if first is None else replace(m, counts=first.counts))
    return out


def _count_of_joined_verb(m: Measure, measures: list[Measure], span) -> Measure | None:
    token = next((t for t in span if t.text == m.text and t.dep_ in ("nsubj", "nsubjpass")), None)
    node = token.head if token is not None else None
    for _ in range(3):  # its verb, or the noun the parse hung that verb on ("eight suffered minor injuries")
        if node is None or node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            break
        node = node.head if node.head.i != node.i else None
    if node is None or node.dep_ != "conj":
        return None
    subjects = [t.text for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return next((o for o in measures if o is not m and o.unit == "count" and o.counts and o.text in subjects), None)


def _word_after(m: Measure, span) -> str:
    found = re.search(rf"(?<![\w.,]){re.escape(m.text)}\s+([a-z-]+)", span.text)
    return found.group(1).lower() if found else ""


def _shared_noun(m: Measure, measures: list[Measure], span):
    """The count after `m` ("45 secondary teachers") whose noun `m` shares, where `m`'s counted word ("primary")
    stands between it and "and" or "or"; None else."""
    found = re.search(rf"(?<![\w.,]){re.escape(m.text)}\s+([a-z-]+)\s+(?:and|or)\s+(\S+)\s+[a-z-]+\s+([a-z]+)\b",
                      span.text)
    word = next((t for t in span if found and t.idx - span.start_char == found.start(1)), None)
    if word is None or word.tag_ in ("NNS", "NNPS"):  # "5 cars and 3 heavy trucks": each its own noun
        return None
    return next((o for o in measures if o is not m and o.unit == "count" and o.text == found.group(2)
                 and o.counts and o.counts != m.counts and found.group(3).lower().startswith(o.counts[:4])), None)


# "12 schools in Bangor and 8 in Caernarfon": a count, its noun, a preposition of place, then a count with that
# preposition and no noun
_GAPPED = re.compile(r"\b(\d[\d,.]*) ([a-z]+) (in|at|from|across) [^,;]{1,40}?(?:,| and|, and) (\d[\d,.]*) \3 ")


def _compared_counts(measures: list[Measure]) -> list[Measure]:
    """A figure of someone's that names nothing it counts, beside one figure of the same unit of someone else's
    that does, counts the same thing ("Biden's 52% approval is much higher than Trump's 42%": Trump's approval)."""
    def owned_and_counted(m: Measure) -> bool:
        return bool(m.scope and m.counts)
    out = []
    for m in measures:
        others = [o for o in measures if o is not m and o.unit == m.unit and owned_and_counted(o) and o.scope != m.scope]
        if not m.counts and m.scope and len(others) == 1:
            m = replace(m, counts=others[0].counts)
        out.append(m)
    return out


def _levels_of_changes(measures: list[Measure]) -> list[Measure]:
    """A level that names nothing it counts, told by the verb of the one change beside it that does, is the level of
    what changed ("Sales rose 4.5 percent in the first half to 9.3 billion crowns": the sales; "rose 9 percent to 212
    million": what rose 9 percent)."""
    out = []
    for m in measures:
        changes = [o for o in measures if o.reading == "change" and o.counts and o.predicate == m.predicate]
        if m.reading == "level" and not m.counts and m.predicate and len(changes) == 1:
            m = replace(m, counts=changes[0].counts)
        out.append(m)
    return out


def _qualities(span) -> tuple[tuple[str, str], ...]:
    """(quality, what it tells of) for each adjective or adverb of frames.toml [qualities] the claim says of a noun
    or a verb: "the permanent ban" and "the ban is permanent" (permanent, ban); "temporarily blocked" (temporary,
    block). Two claims telling opposite qualities of one thing conflict (`judge._opposite_qualities`)."""
    words, found = quality_words(), []
    for token in span:
        if token.tag_ == "VBN" and token.dep_ == "amod" and token.lower_ in words:  # "a divided vote"
            found.append((token.lower_, token.head.lemma_.lower()))
        elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.lower_ in words \
                and not any(True for _ in token.children):  # "spoke in public": publicly
            found.append((token.lower_, token.head.head.lemma_.lower()))
        elif token.pos_ == "ADJ" and token.lemma_.lower() in words:
            if token.dep_ == "amod":
                found.append((token.lemma_.lower(), token.head.lemma_.lower()))
            elif token.dep_ in ("acomp", "oprd"):  # "the ban is temporary", "was made permanent"
                subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
                    subject = token.head.head  # "the ban, which is temporary": the ban
                if subject is not None:
                    found.append((token.lemma_.lower(), subject.lemma_.lower()))
        elif token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "ADJ"):
            quality = _adjective_of(token.lower_, words)
            if quality:
                found.append((quality, token.head.lemma_.lower()))
    if any(opposite_qualities(x, y) for (x, _), (y, _) in combinations(found, 2)):
        return ()  # "the temporary ban was made permanent": a change told, both qualities its own
    growing = frame_words()["qualities"]["growing"]
    return tuple((quality, of) for quality, of in found if of not in growing)  # "a partial count": not yet whole


def _adjective_of(adverb: str, words: frozenset[str]) -> str:
    """The adjective an adverb is made from, if it is one of `words`: "temporarily" temporary, "permanently"
    permanent, "fully" full."""
    if not adverb.endswith("ly"):
        return ""
    return next((w for w in (adverb[:-2], adverb[:-3] + "y", adverb[:-1]) if w in words), "")


def _order(root) -> tuple[str, str]:
    """("after" or "before", the happening) the main act is placed by: a clause ("came after the talks
    collapsed") or a noun phrase ("resigned before the vote"); not a time ("after 10 p.m.", "two days before")."""
    words = frame_words()["order"]
    placed_by = frame_words()["order_verbs"].get(root.lemma_.lower())
    told = next((c for c in root.children if c.dep_ == "dobj"), None)
    if placed_by and told is not None and not _a_time(told):  # "the release followed the debate"
        return placed_by, text_of(told), told.lemma_.lower()
    verbs = _placed_verbs(root)
    if root.dep_ == "ccomp" and root.head.pos_ == "VERB":  # "A day after shooting down rockets, the army said that"
        verbs.append(root.head)
    measured = [g for verb in verbs for c in verb.children if c.dep_ == "npadvmod" for g in c.children]  # "a day after"
    for child in [c for verb in verbs for c in verb.children] + measured:
        phrased = _phrased_order(child)
        if phrased:
            return phrased
        child = _order_within(child, words)
        relation = words.get(child.lower_)
        if relation is None:
            continue
        if child.dep_ != "prep":
            continue
        told = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if told is not None and not _a_time(told) and not _before_someone(told):
            return relation, text_of(told), told.lemma_.lower()
    for child in (c for verb in verbs for c in verb.children):
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in words), None)
        if child.dep_ == "advcl" and mark is not None:
            return words[mark.lower_], " ".join(t.text for t in child.subtree if t.i != mark.i), predicate_phrase(child)
    return _joined_order(root)


def _placed_verbs(root) -> list:
    """The main verb and the verbs whose order words place it: its complement ("were ordered to evacuate before ...")
    and a participle fronted before it ("Held just five days ahead of the caucuses, the debate served as ...")."""
    return [root] + [c for c in root.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and c.tag_ == "VBN"
                     and c.i < root.i and not any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)]


def _order_offset(root) -> float:
    """How many hours before or after the happening it is placed by the main act is ("came 15 days before the
    caucuses": 360; "held just five days ahead of the caucuses": 120); 0 when no count of days, weeks or hours is
    told."""
    words, phrases = frame_words()["order"], frame_words()["order_phrases"]
    for verb in _placed_verbs(root):
        for child in verb.children:
            if child.lower_ not in words and child.lower_ not in phrases:
                continue
            # the count hangs on the order word ("15 days before") or on the verb ("was held a week after")
            counts = [c for holder in (child, verb) for c in holder.children if c.dep_ == "npadvmod"]
            hours = next((h for h in map(counted_hours, counts) if h), 0.0)
            if hours:
                return hours
    return _offset_written(root.sent.text) if root.sent is not None else 0.0


# "a day and a half after water flooded the pit", "two weeks before the vote": a count of a unit of time just before
# an order word, read from the words where the parse hangs it elsewhere (an apposition of a day's name)
_OFFSET = re.compile(r"\b(an?|one|\d+|[a-z]+)\s+(hour|day|week|month|year)s?(\s+and\s+a\s+half)?\s+(?:after|before)\b",
                     re.I)


def _offset_written(text: str) -> float:
    found = _OFFSET.search(text)
    if found is None:
        return 0.0
    word = found.group(1).lower()
    number = 1 if word in ("a", "an") else int(word) if word.isdigit() else word_number(word)
    if not number:
        return 0.0
    return (number + (0.5 if found.group(3) else 0)) * unit_hours(found.group(2).lower())


def _order_within(child, words):
    """The order word a phrase of "until" holds ("pushed the debate back until after the caucuses": after), else the
    phrase itself (frames.toml [order_within])."""
    if child.dep_ != "prep" or child.lower_ not in frame_words()["order_within"]["words"]:
        return child
    return next((c for c in child.children if c.dep_ == "prep" and c.lower_ in words), child)


def _phrased_order(child) -> tuple[str, str, str] | tuple[()]:
    """An order told by a word and the preposition after it (frames.toml [order_phrases]): "ahead of the vote",
    "prior to the hearing", "in the wake of the vote"; not a time ("ahead of Tuesday")."""
    table = frame_words()["order_phrases"]
    head = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else child
    if head is None or head.lower_ not in table:
        return ()
    phrase = table[head.lower_]
    preposition = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == phrase["preposition"]), None)
    told = next((c for c in preposition.children if c.dep_ in ("pobj", "pcomp")), None) if preposition else None
    if told is None or _a_time(told) or _before_someone(told):
        return ()
    return phrase["relation"], text_of(told), told.lemma_.lower()


def _joined_order(root) -> tuple[str, str, str] | tuple[()]:
    """The main act placed by a joined act's adverb ("fired missiles and South Korea said hours later that ...";
    "fired its chief executive, then reported a loss"): before (or after) the joined act."""
    adverbs = frame_words()["order_adverbs"]
    for joined in (c for c in root.children if c.dep_ in ("conj", "advcl", "dep") and c.pos_ in ("VERB", "AUX")
                   and not any(m.dep_ == "mark" for m in c.children)):  # the parser hangs "and X said" either way
        adverb = next((c for c in joined.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
        if adverb is not None:
            return adverbs[adverb.lower_], " ".join(t.text for t in joined.subtree), joined.lemma_.lower()
    return _order_of_joined(root, adverbs)


def _order_of_joined(root, adverbs) -> tuple[str, str, str] | tuple[()]:
    """The main act is itself the joined one its adverb places ("The board's announcement came first, and the chief
    executive stepped down only afterwards": stepped down after the announcement)."""
    adverb = next((c for c in root.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
    if root.dep_ != "conj" or adverb is None or root.head.pos_ not in ("VERB", "AUX"):
        return ()
    first, joined = root.head, {t.i for t in root.subtree}
    told = " ".join(t.text for t in first.subtree if t.i not in joined and t.dep_ not in ("cc", "punct"))
    return _OTHER_SIDE[adverbs[adverb.lower_]], told, first.lemma_.lower()


_OTHER_SIDE = {"before": "after", "after": "before"}


def _a_time(token) -> bool:
    """A phrase of time, not of a happening: its head a date or time the recogniser names, or a number ("after 10
    p.m.", "two hours before"); "the vote on Friday" and "the 2020 election" are happenings."""
    return token.ent_type_ in TIME_ENTITIES or token.like_num


def _before_someone(token) -> bool:
    """"Before" in front of someone, not in time: "testified before Congress", "pleaded guilty before a judge",
    "appeared before the committee" (a body's common noun, reporting.toml `body_nouns`)."""
    return token.ent_type_ in ACTOR_ENTITIES or token.lemma_.lower() in people_counts()[1] \
        or token.lemma_.lower() in frame_words()["offices"]["nouns"] or token.lemma_.lower() in body_nouns()


@functools.cache
def body_nouns() -> frozenset[str]:
    """Common nouns of a body that acts as one ("the committee", "the court"): reporting.toml `body_nouns`."""
    return frozenset(data_table("reporting.toml")["body_nouns"])


before_someone = _before_someone  # (read by compare.readings.ordered_happenings too)


def _ranked(span) -> Placing | None:
    """Who placed where in a contest's results, and the words that say so: an ordinal on a verb of placing,
    directly or through "place" ("finished second", "came in third", "running fourth", "in fourth place"), or
    "the most" of what a verb of winning took ("took the most seats": first); who is the verb's subject, or the
    noun a relative clause hangs on ("the party, which finished second"); and the contest, where an "in" or "at"
    phrase on the verb names it ("in the Iowa caucuses"). None where the claim says none."""
    table = frame_words()["rank"]
    for token in span:
        word = token.lower_
        if word in table["ordinals"]:
            position = table["ordinals"][word]
            verbs = table["verbs"]
        elif word in table["most"] and token.head.dep_ == "dobj":
            position, verbs = 1, WINNING | set(table["taking"])
        else:
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        placed = token.head.lemma_.lower() == "place"  # "in fourth place", whatever the verb
        if verb is None or not (placed or verb.lemma_.lower() in verbs):
            continue
        if word in table["ordinals"] and not (placed or token.head == verb
                                              or token.head.pos_ == "ADP" and token.head.head == verb):
            continue  # "the second round": an ordinal of something else; "came in second" is the verb's
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is not None:
            contest = next((text_of(g) for c in (*verb.children, *token.children)
                            if c.dep_ == "prep" and c.lower_ in ("in", "at", "among")
                            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() != "place"
                            and g.i != token.i), "")  # "came in second in the Iowa caucuses"; "first among ..."
            return Placing(text_of(subject) if verb.dep_ != "relcl" else subject.text, position, word, contest)
    return None


def _changed(root) -> str:
    """The noun a verb of amount says rose or fell, read through a container ("the seven-day average number of
    deaths has decreased": death; "new cases have dropped": case); its object where it has one ("the Fed raised
    rates": rate); or ""."""
    if root.lemma_.lower() not in amount_verbs():
        return ""
    roles = ("dobj", "nsubjpass") if any(c.dep_ == "dobj" for c in root.children) else ("nsubj", "nsubjpass")
    noun = next((c for c in root.children if c.dep_ in roles and c.pos_ in ("NOUN", "PROPN")), None)
    while noun is not None and noun.lemma_.lower() in containers():
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    return noun.lemma_.lower() if noun is not None else ""


def _status(predicate: str, root) -> str:
    """The happening's status; a verb of amount without an object is no status ("the rate would drop" falls; "dropped
    the plan" cancels it)."""
    if root.lemma_.lower() in amount_verbs() and not any(c.dep_ == "dobj" for c in root.children):
        return ""
    if predicate in frame_words()["delay_of_happenings"]["verbs"] and not _happening_held_up(root):
        return ""
    return status_of(predicate) or _status_told_by_adverbial(root) or _status_told_by_first_users(root)


def _happening_held_up(root) -> bool:
    """What a verb of delay acts on (its object, or its passive subject) is a happening ("held up the launch", "the
    start was held up"), not a thing held up to be seen ("held up their scarves"): frames.toml
    [delay_of_happenings]."""
    held = next((c for c in root.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if held is None:
        return False
    noun = held.lemma_.lower()
    table = frame_words()
    acts = {told.split(" ")[0] for told in act_nouns().values()}
    return (noun in table["status_with"]["happenings"] or noun in table["delay_of_happenings"]["nouns"]
            or noun in acts or noun.endswith(_ACT_ENDINGS))


# the endings of a noun that names an act ("departure", "inspection", "shipment", "arrival")
_ACT_ENDINGS = ("ure", "tion", "sion", "ment", "ival")


def _status_told_by_first_users(root) -> str:
    """Its first users served ("The new terminal welcomed its first passengers this week", "the clinic admitted its
    first patients"): the subject opened, its opening happened (frames.toml [happening] `first_users`)."""
    if root.lemma_.lower() not in frame_words()["happening"]["first_users"]:
        return ""
    first = any(c.dep_ == "dobj" and c.tag_ == "NNS" and any(m.dep_ == "amod" and m.lower_ == "first"
                                                             for m in c.children) for c in root.children)
    return "happened" if first else ""


def _status_told_by_adverbial(root) -> str:
    """The status a phrase on the verb gives what was done ("put to a vote as scheduled": happened)."""
    for child in root.children:
        if child.dep_ in ("advcl", "prep", "advmod"):
            phrase = _adverbial_words(child)
            for status, phrases in frame_words()["status_adverbials"].items():
                if phrase in phrases:
                    return status
    return ""


def _adverbial_words(phrase) -> str:
    """The words of an adverbial phrase, less the time its verb is told at ("as planned this week": as planned)."""
    timed = {t.i for c in phrase.children if c.dep_ == "npadvmod" or c.ent_type_ in TIME_ENTITIES for t in c.subtree}
    return " ".join(t.lower_ for t in phrase.subtree if t.i not in timed)


def _name(token) -> str:
    """Who a role is, without what the sentence adds about them: the named entity it heads, or the noun
    with its compounds ("Stefanik", not "Stefanik, who was backed by Trump")."""
    if token is None:
        return ""
    if token.ent_type_:
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is not None:
            return entity.text
    return " ".join([t.text for t in token.subtree if t.dep_ == "compound" and t.head.i == token.i] + [token.text])


def _places(located_places, root) -> tuple[str, ...]:
    """Where the happening is placed: place names in an "in", "at" or "near" phrase (`predicates.located`) of
    the main predicate, its subject or object, or a passive's doer ("met in Geneva", "the summit in Porto went
    ahead"). The
    claim's `locations` are every such place, wherever it hangs ("charged ... in Brooklyn")."""
    anchors = {root.i} | {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    # the doer of a passive, where the parse hangs the place on it ("was signed by the two leaders in Shanghai")
    anchors |= {g.i for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
    return tuple(dict.fromkeys(entity.text for entity, preposition in located_places
                               if preposition.head.i in anchors))


def _act_dates(span, root, dates: tuple[str, ...], published: date | None) -> tuple[str, ...]:
    """The claim's dates (read against `published`) less those only a verb of speech names ("The company said in
    May that it was laying off 200 workers", "..., the bureau said Friday": when it was said, not when the workers
    go), those a change of amount starts from ("would drop from March's 6% to 5.8%": the old rate's) and those of a
    relative clause in the past perfect on one of its nouns ("seized a container that had arrived on Monday": the
    arrival's day, before the act; a relative clause in the simple past often dates the act itself: "in a recall that
    started on Friday")."""
    entities = [e for e in span.ents if e.label_ == "DATE"]
    if not entities:
        return tuple(dates)  # nothing to set aside
    speech = [a for a in root.ancestors if span.start <= a.i < span.end and a.lemma_.lower() in features.reporting_verbs()]
    inside = {t.i for t in root.subtree}

    def said_on(entity) -> bool:  # hung on the verb of speech itself, or by a preposition ("said on Friday")
        head = entity.root.head
        return entity.root.i not in inside and (head in speech or (head.dep_ == "prep" and head.head in speech)) \
            or opens_reported_clause(head if head.dep_ == "prep" else entity.root)

    def origin(entity) -> bool:  # "from March", "from March's 6%"; not "closed from March", "from Monday to Friday"
        word = entity.root.head if entity.root.dep_ == "poss" else entity.root
        preposition = word.head
        ends = [t for t in span if t.head.i == preposition.head.i and t.lower_ in ("to", "until", "through")
                and any(e.root.head.i == t.i for e in entities)]
        return (word.dep_ == "pobj" and preposition.lower_ == "from" and not ends
                and preposition.head.lemma_.lower() in amount_verbs())

    def in_earlier_relative(entity) -> bool:  # "a container that had arrived on Monday": the arrival came before
        return any(a.dep_ == "relcl" and a.i != root.i and _pluperfect(a) for a in entity.root.ancestors
                   if span.start <= a.i < span.end and a.i in inside)

    named = [(dating.normalise(e.text, published, date_tense(e)), said_on(e) or origin(e) or in_earlier_relative(e))
             for e in entities]
    aside = {d for d, out in named if out} - {d for d, out in named if not out}  # a date named elsewhere too stays
    return tuple(d for d in dates if d not in aside)


def _pluperfect(verb) -> bool:
    """The verb is in the past perfect ("had arrived", "had been seized")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def _own_dates(span, dates: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's dates less the weekdays that only name a thing ("a Tuesday deadline", "Monday's vote"),
    and a day the text names only by its weekday kept as that weekday: "early Friday" read against an
    article's date may be the Friday before or after, so it is compared as a weekday."""
    entities = [e for e in span.ents if e.label_ in TIME_ENTITIES]
    modifying = {e.text.lower() for e in entities if e.root.dep_ in ("compound", "poss", "amod")
                 and not _day_of_time(e.root.head)}  # "Tuesday evening" names the day
    named = {e.text.lower() for e in entities} - modifying
    kept = []
    for d in dates:
        weekday = _weekday(d)
        if any(weekday in m for m in modifying) and not any(weekday in n for n in named):
            continue
        by_weekday_only = d != weekday and any(weekday in n for n in named) and not any(
            ch.isdigit() for n in named if weekday in n for ch in n)
        kept.append(weekday if by_weekday_only else d)
    return tuple(dict.fromkeys(kept))


def _day_of_time(noun) -> bool:
    """The noun a weekday modifies tells when, so the weekday names the day: a part of the day ("Tuesday evening"), or
    a time the act happened in ("stopped trains during Thursday's morning rush", "seized in Monday's raid"); not a
    thing named by its day ("Monday's vote was postponed", "before Monday's evening session", "a Tuesday deadline"),
    nor a name the parser joined to the day ("On Monday Carlson said ...": the day of the saying)."""
    return noun.lower_ in DAY_PARTS or noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
        and noun.head.lower_ in _TIME_PREPOSITIONS


_TIME_PREPOSITIONS = ("during", "in", "at", "on")


def _weekday(iso_or_name: str) -> str:
    """"tuesday" for "tuesday" or for a full date that fell on a Tuesday; "" for a month or year."""
    return dating.weekday_of(iso_or_name) or (iso_or_name.lower() if iso_or_name.isalpha() else "\0")


def _initiator(span) -> str:
    """Who asked for or initiated it: "at X's request", "at the request of X", "on X's initiative",
    "requested by X", "a call from X", "X asked for the meeting"; "the latter" / "the former" resolved to the
    last / first actor named before."""
    nouns, verbs, from_nouns = _initiator_words()
    for token in span:
        lemma = token.lemma_.lower()
        if lemma not in nouns and lemma not in verbs and lemma not in from_nouns:
            continue  # every branch below turns on one of these words
        who = None
        if token.pos_ == "NOUN" and lemma in nouns and token.head.dep_ == "prep" or (
                token.pos_ == "NOUN" and lemma in nouns and token.dep_ == "pobj"):
            who = next((c for c in token.children if c.dep_ == "poss"), None)
            if who is None:
                who = next((g for c in token.children if c.dep_ == "prep" and c.lemma_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
        elif token.pos_ == "NOUN" and lemma in from_nouns:  # "took a call from X"
            who = next((g for c in token.children if c.dep_ == "prep" and c.lemma_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
        elif token.pos_ == "VERB" and lemma in verbs and any(c.dep_ == "agent" for c in token.children):
            who = by_agent(token)
        elif token.pos_ == "VERB" and lemma in verbs and (_asks_for_meeting(token) or _asks_to(token)):
            # "China asked for the meeting", "two committees asked the department to investigate"; "The union said
            # it had called for the talks": the union
            who = next((c for c in token.children if c.dep_ == "nsubj"), None)
            who = _speaker_of_pronoun(who) if who is not None else None
        if who is not None:
            return _resolve_relative(_own_doer(who), span)
    started = _started_meeting(span)
    return _resolve_relative(_speaker_of_pronoun(started), span) if started is not None else ""


def _started_meeting(span):
    """The subject of an act done to start a meeting (frames.toml [initiator] `starting`): "the government approached
    mediators to start the talks", "X called Y to set up the summit"; None where there is none."""
    table = frame_words()["initiator"]
    for token in span:
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
        act = f"{token.lemma_.lower()} {particle}".strip()
        if token.dep_ not in ("advcl", "xcomp") or act not in table["starting"] \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        # the meeting within the object's few words, whatever the parse makes of a noun like "talks"
        following = token.doc[token.i + 1:min(token.i + 5, len(token.doc))]
        meeting = next((t for t in following if t.lemma_.lower() in table["meetings"] and not t.is_punct), None)
        if any(t.is_punct for t in following[:1 + (meeting.i - token.i - 1 if meeting is not None else 0)]):
            meeting = None
        doer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if meeting is not None and doer is not None and token.head.pos_ in ("VERB", "AUX"):
            return doer
    return None


def _speaker_of_pronoun(who):
    """A pronoun subject of a clause reported by a verb of saying, read as its speaker ("The government said it had
    approached the mediators": the government); any other doer as it is."""
    if who.pos_ != "PRON" or who.lower_ not in ("it", "they", "we"):
        return who
    verb = who.head
    said = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else None
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    return speaker if speaker is not None and speaker.pos_ != "PRON" else who


def _own_doer(who):
    """Who "its own" or "their own" initiative is: the doer of the act it hangs on ("The committee opened the inquiry
    on its own initiative": the committee); any other initiator as it is."""
    if who.pos_ != "PRON" or who.lower_ not in ("its", "their", "his", "her"):
        return who
    verb = next((t for t in who.ancestors if t.pos_ in ("VERB", "AUX")), None)
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return doer if doer is not None and doer.pos_ != "PRON" else who


@functools.cache
def _initiator_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """frames.toml's initiator nouns, verbs and nouns of a call "from" someone, as sets, built once."""
    table = frame_words()["initiator"]
    return frozenset(table["nouns"]), frozenset(table["verbs"]), frozenset(table["from_nouns"])


def _asks_for_meeting(verb) -> bool:
    """Whether the verb's object is a meeting ("requested the call", "asked for talks")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in frame_words()["initiator"]["meetings"] for o in objects)


def _asks_to(verb) -> bool:
    """An active request of someone to do something ("asked the department to investigate"), as its passive
    ("the department was asked by X to investigate") reads it."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)


def _resolve_relative(token, span) -> str:
    word = token.lemma_.lower()
    if word in ("latter", "former"):
        actors = [e for e in span.ents if e.label_ in ACTOR_ENTITIES and e.end <= token.i]
        # "Xi talked with Modi at the BRICS Summit at the latter's request": of two people, not the summit
        people = [e for e in actors if e.label_ == "PERSON"]
        actors = people if len(people) >= 2 else actors
        if actors:
            return (actors[-1] if word == "latter" else actors[0]).text
    return noun_phrase(token).replace(" 's", "").replace(" ’s", "")


def _contest(span) -> tuple[str, str, str]:
    """(winner, loser, what was won) of "X defeated Y", "Y was defeated by X", "X took down Y", "X won, beating
    Y", "Y lost the race to X", "X carried New York"; else a win told by a noun (`_won_by_noun`)."""
    for token in span:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        phrase = predicate_phrase(token)
        if phrase not in WINNING and phrase not in _LOSING and not won_place(token):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        if phrase in _LOSING:
            loser = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if loser is not None and loser.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                loser = token.head  # "Selby Town, who lost the final": the noun the clause tells of
            return _name(_to_whom(token)), _name(loser), _won_in(token)
        if passive:
            by = by_agent(token)
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if phrase == "win":  # "the primary was won by Clinton, who beat Sanders": the subject is what was won
                return _name(by), _beaten_in_clause(by), text_of(subject)
            if phrase in WINNING:
                return _name(by), _name(subject), _won_in(token)
            return _name(by), "", text_of(subject)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            subject = token.head  # "Sanders, who carried the state": the noun the clause tells of
        taken = text_of(next((c for c in token.children if c.dep_ == "dobj"), None))
        if phrase not in WINNING:  # a place taken is the prize, not the one beaten
            return _name(subject), "", taken
        beaten = _beaten(token) if phrase != "win" else next(
            (_beaten(c) for c in token.children if c.dep_ in ("advcl", "conj") and predicate_phrase(c) in WINNING),
            "") or _won_over(token)
        return _name(subject), beaten, taken if phrase == "win" else _won_in(token)
    for read in (_won_by_noun, _won_by_title, _won_by_award):
        found = read(span)
        if any(found):
            return found
    return found


def _won_by_title(span) -> tuple[str, str, str]:
    """(winner, "", "") of a winner's title given a named subject (frames.toml [winning_nouns] `titles`: "Holloway
    Institute are the new national champions", "Lund was named the winner", "were crowned champions"), not denied
    ("is not the champion")."""
    titles = frame_words()["winning_nouns"]["titles"]
    for token in span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in titles or token.dep_ not in ("attr", "oprd", "dobj"):
            continue
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.dep_ == "dobj" and (subject is None or subject.dep_ != "nsubjpass"):
            continue  # a title as object only of a passive ("were crowned champions"), not "beat the champions"
        if subject is not None and (subject.ent_type_ or subject.pos_ == "PROPN") \
                and not any(c.dep_ == "neg" for c in verb.children):
            return _name(subject), "", ""
    return "", "", ""


def _won_by_award(span) -> tuple[str, str, str]:
    """(winner, "", the prize) of a prize given to someone (frames.toml [winning_nouns] `giving`, `prizes`): "the Booker
    Prize was awarded to the novelist Niamh Kearney", "the jury gave the award to Ana Silva", "the Nobel Peace Prize
    went to the World Food Programme", "Kearney, who was awarded the prize"; not denied, and not what else is given
    ("the money went to charity")."""
    table = frame_words()["winning_nouns"]
    for token in span:
        if token.pos_ == "VERB" and token.lemma_.lower() in table["getting"] \
                and not any(c.dep_ == "neg" for c in token.children):
            taken = _prize_taken(token, table["prizes"])
            if taken is not None:
                return taken
        if token.pos_ != "VERB" or token.lemma_.lower() not in table["giving"] \
                or any(c.dep_ == "neg" for c in token.children):
            continue
        prize = next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")
                      and (c.lemma_.lower() in table["prizes"] or _named_for_best(c))), None) \
            or _named_prize_handed(token)
        given_to = next((g for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj"), None) or _person_handed_to(token, prize)
        if given_to is None and prize is not None and prize.dep_ == "dobj":  # "Kearney was awarded the prize"
            given_to = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if given_to is not None and given_to.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                given_to = token.head  # "Kearney, who was awarded the prize"
        if prize is not None and given_to is not None and not (prize.dep_ == "nsubj" and token.lemma_.lower() != "go"):
            named = next((c for c in given_to.children if c.dep_ == "appos" and c.pos_ == "PROPN"), given_to)
            return _name(named), "", text_of(prize)
    return "", "", ""


def _prize_taken(verb, prizes) -> tuple[str, str, str] | None:
    """(winner, "", the prize) of a verb of getting whose object is a prize ("Strabag secured the contract", "the
    prize was received by Kearney"); None where the verb takes no prize or names no taker."""
    prize = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in prizes), None)
    if prize is None:
        return None
    taker = by_agent(verb) if prize.dep_ == "nsubjpass" else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    if taker is not None and taker.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        taker = verb.head  # "Strabag, which secured the contract"
    return (_name(taker), "", text_of(prize)) if taker is not None else None


def _named_for_best(noun) -> bool:
    """A name told with what it is given for, a best or an outstanding one ("the Golden Lantern for best feature", "the
    Silver Bear for outstanding artistic contribution"): a prize, whatever noun it ends in."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lower_ in frame_words()["winning_nouns"]["merits"] for g in c.subtree) for c in noun.children)


def _named_prize_handed(verb):
    """The object of a verb that hands out prizes (frames.toml [winning_nouns] `handing`), where it is a name and goes
    to a person ("judges handed the Golden Quill to Piet Drenthe"): a named prize, whatever noun it ends in."""
    if verb.lemma_.lower() not in frame_words()["winning_nouns"]["handing"]:
        return None
    prize = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                  and c.ent_type_ not in ("PERSON", "GPE", "NORP")), None)
    return prize if prize is not None and _person_handed_to(verb, prize) is not None else None


def _person_handed_to(verb, prize):
    """The person a "to" names within the verb's own phrase, where the parse hangs it on a phrase after the prize
    ("handed the Golden Quill for a first novel to Piet Drenthe"); None where it names no person."""
    if prize is None or prize.dep_ != "dobj":
        return None
    for token in verb.subtree:
        if token.i <= prize.i or token.lower_ != "to" or token.dep_ not in ("prep", "dative"):
            continue
        above = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is None or above.i != verb.i:
            continue
        person = next((c for c in token.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
        if person is not None:
            return person
    return None


def _won_in(verb) -> str:
    """What a verb of beating or losing was in, where a "where" clause says it ("the Iowa caucuses, where Trump
    beat him"), or the object lost ("lost the race"); "" otherwise, the one beaten telling the contest apart."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return text_of(verb.head)
    return text_of(next((c for c in verb.children if c.dep_ == "dobj"), None)) if verb.lemma_ == "lose" else ""


def _won_by_noun(span) -> tuple[str, str, str]:
    """(winner, loser, what was won) of a win told by a noun (frames.toml, `winning_nouns`): its owner won
    ("Clinton's victory"; "his win", his the subject of the verb it hangs on; "Okafor's defeat of the mayor"), over
    whom ("win over Trump", "defeat of the mayor"), and what ("his Iowa win", "victory in New York"). A win without an
    owner names no winner."""
    nouns, beating = frame_words()["winning_nouns"]["nouns"], frame_words()["winning_nouns"]["beating"]
    for token in span:
        beaten = _of_preposition(token, "of") if token.lemma_.lower() in beating else None
        if token.pos_ != "NOUN" or not (token.lemma_.lower() in nouns or beaten is not None):
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        owner = _owner(token, verb) or _taker(token, beaten)
        if not owner:
            continue
        over = beaten if beaten is not None else _of_preposition(token, "over")
        where = _of_preposition(token, "in")
        if where is None and verb is not None:
            where = _of_preposition(verb, "in")  # "touted his win over Clinton in Iowa"
        named = [c for c in token.children if c.dep_ == "compound" and (c.ent_type_ or c.pos_ == "PROPN")]
        what = " ".join(c.text for c in named) + (" " + text_of(where) if where is not None else "")
        return owner, _name(over), what.strip()
    return "", "", ""


_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def _taker(noun, beaten) -> str:
    """The named subject of a verb of taking whose object is the win ("Lotte Peeters claimed victory in the women's
    race", "Strand secured the win": frames.toml [winning_nouns] `taking`), not denied; "" otherwise."""
    verb = noun.head
    taking = frame_words()["winning_nouns"]["taking"]
    if beaten is not None or noun.dep_ != "dobj" or verb.lemma_.lower() not in taking \
            or any(c.dep_ == "neg" for c in verb.children):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _name(subject) if subject is not None and subject.pos_ == "PROPN" else ""


def _owner(noun, verb) -> str:
    """Who a noun is told of by its possessive: the name ("Clinton's"), or for "his" or "her" the named
    subject of `verb`, the verb the noun hangs on ("Cruz is highlighting his win")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return ""
    if owner.tag_ != "PRP$":
        return _POSSESSIVE_END.sub("", _name(owner))  # the recogniser's "Donald Trump's"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    named = subject is not None and (subject.ent_type_ or subject.pos_ == "PROPN" or subject.text[:1].isupper())
    return _name(subject) if named else ""


def _of_preposition(token, word: str):
    """The object of the token's preposition `word` ("win over Trump": Trump; "lost to X": X), or None."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == word
                 for g in c.children if g.dep_ == "pobj"), None)


def clock_times(root) -> tuple[ClockTime, ...]:
    """The times of day an "at" phrase of the main predicate names ("struck at 3:15 a.m. local time", "took
    effect at midnight"): approximate where "about" or "around" says so or the minutes are not written out, with
    the time zone named after it."""
    table = frame_words()["clock"]
    found = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "around", "about"):
            continue
        for time in (c for c in prep.children if c.dep_ == "pobj"):
            minutes, written_out = _time_of_day(time, table["named"])
            if minutes is None:
                continue
            approximate = (not written_out or prep.lower_ != "at"
                           or any(t.lower_ in table["approximate"] for t in (*prep.children, *time.subtree)))
            found.append(ClockTime(minutes, approximate, _zone(time, table)))
    return tuple(found)


def _time_of_day(time, named: dict) -> tuple[int | None, bool]:
    """Minutes after midnight of "3:15 a.m.", "9 p.m.", "midnight"; and whether its minutes are written out."""
    if time.lower_ in named:
        return named[time.lower_], True
    marker = next((c for c in time.children if c.lower_.replace(".", "") in ("am", "pm")), None)
    if marker is not None:  # "at 2 a.m." at a sentence's end: the number heads the phrase
        time, number = marker, time.text
    elif time.lower_.replace(".", "") in ("am", "pm"):
        number = next((c.text for c in time.children if c.dep_ == "nummod"), "")
    else:
        return None, False
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", number)
    if not match or not 1 <= int(match.group(1)) <= 12:
        return None, False
    hour = int(match.group(1)) % 12 + (12 if time.lower_.startswith("p") else 0)
    return hour * 60 + int(match.group(2) or 0), match.group(2) is not None


def _zone(time, table: dict) -> str:
    following = time.doc[time.i + 1:time.i + 3]
    word = following[0].text if len(following) else ""
    return word if word in table["zones"] or word.lower() in table["zones"] else ""


def won_place(verb) -> bool:
    """A verb of taking whose object is a place (frames.toml, `winning_places`): "carried New York", "took the
    city of Avdiivka", "swept the state"."""
    verbs, nouns = winning_places()
    if verb.lemma_.lower() not in verbs:
        return False
    taken = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return taken is not None and (taken.ent_type_ in ("GPE", "LOC") or taken.lemma_.lower() in nouns)


def _beaten(verb) -> str:
    """Who a verb of winning beat: its object ("defeated Y", "won, beating Y"), by the name set beside it where the
    object is a title ("unseated the city's mayor Edgar Lino": Edgar Lino); else whom it won over ("won re-election
    by 8,000 votes over challenger Rosa Dimaano")."""
    beaten = next((c for c in verb.children if c.dep_ == "dobj"), None)
    named = next((c for c in beaten.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
        if beaten is not None and beaten.pos_ == "NOUN" else None
    return _name(named or beaten) if beaten is not None and verb.lemma_ != "win" else _won_over(verb)


def _won_over(verb) -> str:
    """Whom a win was over: a person or body named after "over" in the verb's phrase ("won by 8,000 votes over Rosa
    Dimaano"), not a thing ("won over the weekend")."""
    over = next((g for t in verb.subtree if t.lower_ == "over" and t.dep_ == "prep" for g in t.children
                 if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "NORP")), None)
    return _name(over)


def _beaten_in_clause(winner) -> str:
    """Who the winner beat, told in a relative clause on the winner ("won by Clinton, who beat Sanders there")."""
    if winner is None:
        return ""
    return next((_beaten(c) for c in winner.children if c.dep_ == "relcl" and predicate_phrase(c) in WINNING
                 and predicate_phrase(c) != "win"), "")


def _to_whom(verb):
    """Who a loss went to: "lost the race to X", "lost to X"."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return next((to for h in holders if (to := _of_preposition(h, "to")) is not None), None)
