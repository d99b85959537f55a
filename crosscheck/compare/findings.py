"""Compare: claims, events and groups -> findings. One finding per conflicting fact, ranked agreements.

The two-statement comparator is `judge.py`; how alike two claims are is `similarity.py`; the
omission findings are `omissions.py`. This module runs the judge over each event's candidate pairs,
merges the conflicts about one fact into one finding (each value with who states it), ranks the
agreements by what they add, and puts everything in the order a reviewer reads it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

import numpy as np

from ..config import Settings
from ..frames import frame_of
from ..happenings import predicate_keys
from ..lexicon import opposite_pairs
from ..predicates import people_counts, status_of
from ..similarity import fact_similarity_matrix, specific_dates, written_days
from ..types import (
    Article,
    Claim,
    Clustering,
    Finding,
    Judgement,
    Kind,
    Severity,
    Stated,
)
from .align import doer_words, measured_slots, one_doers_figures, slots, words
from .judge import ANCHORED, MAY_CONFLICT, MEASURED, anchored_together, judge, one_specific_alike
from .readings import acts_align, figures_of_two_sources, name_words, parse_ahead, shared_numeral_forms
from .updates import toll_keys, toll_told_later
from .omissions import CorpusIndex, finding, outlet_omissions, side_omissions
from .other_words import hedge
from .sides import side_findings

# Report order (lower first): contradictions, differences in figures and dates, corroborated side
# omissions, then the rest; certainty differences and agreements last.
_RANK_CONTRADICTION, _RANK_FIGURES, _RANK_CORROBORATED, _RANK_DIFFER, _RANK_SIDE, _RANK_OUTLET = range(6)
_RANK_CERTAINTY, _RANK_AGREE = 6, 7
# Slots whose difference, short of a contradiction, is still worth a reviewer's look.
_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")  # a quotation of a dozen characters or more
_SUBSTANTIVE_BASES = {"figures", "dates", "agent", "opposite", "negation", "status", "direction", "initiator", "winner",
                      "rank"}


def compare(articles: list[Article], claims: list[Claim], vectors: np.ndarray, clustering: Clustering,
            settings: Settings, side_labels: dict[str, str], parts: dict | None = None) -> list[Finding]:
    """All findings, most urgent first.

    Args:
        articles, claims, vectors: the corpus (row i of vectors belongs to claims[i]).
        clustering: events, topics and same-fact groups.
        side_labels: display names of sides, for reasons.
        parts: claim id -> (part texts, their vectors) for long account claims (`omissions.claim_parts`).
    Returns:
        Findings in review order: contradictions, differences in figures and dates, corroborated
        side omissions, other differences and omissions, certainty differences, agreements.
    """
    index = CorpusIndex(articles, claims, vectors, clustering, settings, side_labels, parts)
    verdicts = judged_pairs(index)
    agreed = agreements(index, verdicts)
    shown = {frozenset(pair) for f in agreed for pair in combinations(f.claim_ids, 2)}
    findings = differences(index, verdicts) + agreed + side_findings(index, verdicts, shown)
    findings += hedge(index, side_omissions(index) + outlet_omissions(index))
    return sorted(_unique(findings), key=_order)


# -- pairs --------------------------------------------------------------------------------------

def judged_pairs(index: CorpusIndex) -> dict[tuple[str, str], Judgement]:
    """The judge's verdict on every cross-article pair that may state one assertion (`candidate_pairs`), per event."""
    settings = index.settings
    verdicts = {}
    for event in index.clustering.events:
        claims = index.event_claims[event.id]
        if len({c.article_id for c in claims}) < 2:
            continue
        pairs = [(claims[i], claims[j], cosine, similarity)
                 for i, j, cosine, similarity in candidate_pairs(claims, index.matrix(claims), settings)
                 if claims[i].article_id != claims[j].article_id]
        parse_ahead(claim.text for a, b, _, _ in pairs for claim in (a, b))
        for a, b, cosine, similarity in pairs:
            verdicts[(a.id, b.id)] = judge(a, b, cosine, settings, similarity)
    return verdicts


def candidate_pairs(claims: list[Claim], vectors: np.ndarray,
                    settings: Settings) -> list[tuple[int, int, float, float]]:
    """(i, j, cosine, fact similarity) of each pair the judge rules on: the pairs whose fact similarity reaches the
    same-fact threshold, the pairs close enough in meaning (`opposite_min_cosine`, `assertion_min_cosine`) that share
    a predicate, an opposite predicate or a counted thing (`_keyed_pairs`) or whose acts align as the judge aligns them
    (`readings.acts_align`: a synonym, a transfer's other end, a main verb written in the other's words), the pairs
    anchored to one happening by a name both write that give one measured variable two values (`_anchored_pairs`),
    and, at any similarity, the pairs that repeat figures, state a figure of one doer's act (`_one_doer_pairs`), count
    a happening's dead and tell its toll risen since (`_toll_pairs`) or give one measured variable two values beside a
    numeral or day written alike (`_one_variable_pairs`)."""
    cosine = vectors @ vectors.T
    similarity = fact_similarity_matrix(claims, vectors, settings)
    same_fact = similarity >= settings.same_fact_threshold
    near = cosine >= min(settings.opposite_min_cosine, settings.assertion_min_cosine)
    keyed = _keyed_pairs(claims)
    tied = (_pairs_repeating_figures(claims, settings.figures_repeated) | _one_doer_pairs(claims)
            | _toll_pairs(claims))
    candidates = same_fact | near
    for i, j in tied:
        candidates[i, j] = True
    chosen = [(i, j) for i, j in zip(*np.nonzero(np.triu(candidates, 1)))
              if same_fact[i, j] or (i, j) in keyed or (i, j) in tied or acts_align(claims[i], claims[j], gate=True)
              or cosine[i, j] >= settings.assertion_min_cosine and figures_of_two_sources(claims[i], claims[j])]
    chosen += _anchored_pairs(claims, cosine, settings, set(chosen))
    chosen += _one_variable_pairs(claims, set(chosen))
    return [(i, j, float(cosine[i, j]), float(similarity[i, j])) for i, j in sorted(chosen)]


def _anchored_pairs(claims: list[Claim], cosine: np.ndarray, settings: Settings,
                    chosen: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index pairs not chosen otherwise that are anchored to one happening (`judge.anchored_together`: close enough,
    naming one place or body) and give one measured variable (`judge.ANCHORED`) two values, the slot aligned to one
    happening (a duration of one strike, a figure of one counted thing by one verb): what the judge rules on so
    (`judge._frames`), though the two reports' added details keep their words apart (issue 16, h23b: "The walkout by
    Antwerp dockers, which stretched to three weeks before ..., had left more than 200 ships waiting offshore, the port
    authority said" / "Dock workers at the port of Antwerp ended a strike that had lasted 11 days ...")."""
    measured = [i for i, claim in enumerate(claims) if claim.predicate and frame_of(claim).measures]
    if len(measured) < 2:
        return []
    names = [name_words(claims[i]) for i in measured]
    units = [{m.unit for m in frame_of(claims[i]).measures} for i in measured]
    close = cosine[np.ix_(measured, measured)] >= settings.anchored_min_cosine  # read first: most pairs are far apart
    found = []
    for x, y in zip(*np.nonzero(np.triu(close, 1))):
        i, j = measured[x], measured[y]
        if (i, j) in chosen or not (names[x] & names[y] and units[x] & units[y]):
            continue
        if anchored_together(claims[i], claims[j], float(cosine[i, j]), settings) and any(
                s.aligned and (s.conflict or s.differs)
                and (s.name in ANCHORED or s.name == "age" and _aged_by_one_full_name(claims[i], claims[j]))
                for s in measured_slots(frame_of(claims[i]), frame_of(claims[j]))):
            found.append((i, j))
    return found


def _aged_by_one_full_name(a: Claim, b: Claim) -> bool:
    """Each claim tells one age, of a person both name in full, first name and surname ("Commander Anna Berg, 61," /
    "the 54-year-old Anna Berg"): one person's age, tied by the name however far apart the added details pull the
    words. A surname alone may be two people's."""
    ages = [[m for m in frame_of(c).measures if m.unit == "age"] for c in (a, b)]
    if [len(x) for x in ages] != [1, 1] or ages[0][0].counts != ages[1][0].counts or not ages[0][0].counts:
        return False
    surname = re.escape(ages[0][0].counts)
    full = re.search(rf"\b[A-Z][\w'’-]+\s+(?i:{surname})\b", a.text)
    return full is not None and full.group(0) in b.text


def _one_variable_pairs(claims: list[Claim], chosen: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index pairs not chosen otherwise that give a figure of one measured variable each (the slot aligned: one
    counted thing by one verb or its synonym), differing, and write one other numeral or calendar day alike
    (`judge.one_specific_alike`: "Three people were killed and more than 260 were injured" / "five people died and
    more than 260 were wounded"): one measurement told twice however far apart the words, which the judge weighs at
    any similarity as it weighs two figures alike (`figures_repeated`)."""
    found = []
    for i, j in sorted((_pairs_repeating_figures(claims, 1) | _pairs_of_one_day(claims)) - chosen):
        if not (claims[i].predicate and claims[j].predicate and one_specific_alike(claims[i], claims[j])):
            continue
        if any(s.aligned and (s.conflict or s.differs) and s.name in MEASURED
               for s in measured_slots(frame_of(claims[i]), frame_of(claims[j]))):
            found.append((i, j))
    return found


def _toll_pairs(claims: list[Claim]) -> set[tuple[int, int]]:
    """Index pairs where one claim counts a happening's dead and the other tells its toll risen since
    (`updates.toll_told_later`): one toll told at two times, however far apart the two reports' other words."""
    keys = defaultdict(list)
    for i, claim in enumerate(claims):
        for word in toll_keys(claim):
            keys[word].append(i)
    return {(i, j) for i, j in _pairs_sharing(keys) if toll_told_later(claims[i], claims[j])}


def _one_doer_pairs(claims: list[Claim]) -> set[tuple[int, int]]:
    """Index pairs with a figure of one variable that one doer, named in both, is told to have done
    (`align.one_doers_figures`): one act of one actor however far apart the wording, judged at any similarity."""
    keys = defaultdict(list)
    for i, claim in enumerate(claims):
        if not claim.predicate:
            continue
        frame = frame_of(claim)
        for measure in frame.measures:
            for word in doer_words(measure, frame):
                keys[(measure.unit, measure.counts, word[:5])].append(i)
    return {(i, j) for i, j in _pairs_sharing(keys) if one_doers_figures(frame_of(claims[i]), frame_of(claims[j]))}


def _pairs_sharing(keys: dict) -> set[tuple[int, int]]:
    """Index pairs of claims listed under one key, two by two."""
    return {pair for members in keys.values() for pair in combinations(sorted(set(members)), 2)}


def _pairs_repeating_figures(claims: list[Claim], least: int) -> set[tuple[int, int]]:
    """Index pairs that write `least` figures or more alike (`figures_repeated`, as `judge._figures_repeated` reads a
    pair): one measurement told twice however far apart the wording, which the judge rules on though neither
    similarity reaches its threshold."""
    holders = defaultdict(list)
    for i, claim in enumerate(claims):
        for numeral in shared_numeral_forms(claim):
            holders[numeral].append(i)
    shared = defaultdict(int)
    for members in holders.values():
        for pair in combinations(sorted(set(members)), 2):
            shared[pair] += 1
    return {pair for pair, count in shared.items() if count >= least}


def _pairs_of_one_day(claims: list[Claim]) -> set[tuple[int, int]]:
    """Index pairs that write one calendar day (`similarity.written_days`)."""
    keys = defaultdict(list)
    for i, claim in enumerate(claims):
        for day in written_days(claim):
            keys[day].append(i)
    return _pairs_sharing(keys)


def _keyed_pairs(claims: list[Claim]) -> set[tuple[int, int]]:
    """Index pairs sharing a predicate (the main one or a clause's), an opposite pair of predicates, a counted thing,
    a figure of one unit told by one verb ("has agreed to pay $4.5 million" / "will pay $7.5 million": the main
    predicates differ), a quality's noun or verb, a noun given a place in a series, or both telling an event's
    status (held, cancelled, postponed: "canceled a trip" / "went ahead with the trip"): what the judge can rule on
    though the two claims are not one fact by their words."""
    keys = defaultdict(list)
    for i, claim in enumerate(claims):
        if claim.predicate:
            keys[("predicate", claim.predicate)].append(i)
            for name, one, other in opposite_pairs():
                if claim.predicate in one or claim.predicate in other:
                    keys[("opposite", name)].append(i)
        for quantity in claim.numbers:
            if quantity.counts:
                keys[("count", quantity.unit, quantity.counts)].append(i)
        if not claim.predicate:
            continue
        frame = frame_of(claim)
        for measure in frame.measures:
            act = measure.predicate if measure.predicate in people_counts()[0] else measure.counts
            for key in predicate_keys(act) if measure.unit == "count" and act else ():
                # "14 arrests" / "23 demonstrators were detained" (`align.counts_the_act`)
                keys[("people acted on", key)].append(i)
            if measure.predicate and not measure.counts:
                keys[("figure", measure.unit, measure.predicate)].append(i)
        for clause in frame.clauses:  # an act one claim tells in a clause ("after the levee failed")
            keys[("predicate", clause.predicate)].append(i)
        for _, told_of in frame.qualities:  # "temporarily halt" / "the closure will be permanent"
            keys[("quality", told_of)].append(i)
        for noun, _, _ in frame.ordinals:  # "its first test in six months" / "the launch, the third such test"
            keys[("ordinal", noun)].append(i)
        if frame.status or any(status_of(c.predicate) for c in frame.clauses):
            # "canceled a trip" / "went ahead with the trip": one event's status told by two verbs, or by a verb and an
            # act's noun ("The cancellation of the summit was announced")
            keys[("status",)].append(i)
        if frame.winner:  # "the prize went to Amundsen" / "the award was won by Haldorsen": who won, told by two verbs
            keys[("winner",)].append(i)
    return _pairs_sharing(keys)


# -- differences: one finding per conflicting fact ----------------------------------------------

def differences(index: CorpusIndex, verdicts: dict[tuple[str, str], Judgement]) -> list[Finding]:
    """Conflicting pairs merged per fact: the pairs of one (basis, fact) that share a claim are one finding."""
    parent: dict[tuple, tuple] = {}

    def root(node):
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    stated: dict[tuple, dict[str, str]] = defaultdict(dict)  # (label, claim) -> value it states
    pairs = defaultdict(list)
    for (a, b), verdict in verdicts.items():
        if verdict.relation != "differ":
            continue
        label = (index.event_of_claim(a), verdict.basis, verdict.fact)
        parent[root((label, a))] = root((label, b))
        stated[(label, a)][verdict.values[0]] = a
        stated[(label, b)][verdict.values[1]] = b
        pairs[label].append((a, b, verdict))
    components = defaultdict(list)
    for label, members in pairs.items():
        for a, b, verdict in members:
            components[root((label, a))].append((a, b, verdict))
    return [_difference(index, key[0][0], key[0][1], members, stated)
            for key, members in components.items()]


def _difference(index: CorpusIndex, event_id: str, basis: str, members: list, stated: dict) -> Finding:
    label = (event_id, basis, members[0][2].fact)
    claim_ids = sorted({c for a, b, _ in members for c in (a, b)}, key=index.position)
    by_value: dict[str, list[str]] = defaultdict(list)
    for claim_id in claim_ids:
        for value in stated[(label, claim_id)]:
            by_value[value.lower()].append(claim_id)
    values = tuple(Stated(_display(stated, label, ids[0], key), tuple(ids), index.sources(ids))
                   for key, ids in sorted(by_value.items(), key=lambda kv: index.position(kv[1][0])))
    contradiction = any(v.contradiction for _, _, v in members)
    what = {"figures": "figures differ", "dates": "dates differ", "negation": "asserted and negated",
            "opposite": "opposite outcomes", "agent": "different agent for the same act",
            "certainty": "certainty differs", "place": "places differ", "status": "held vs called off or delayed",
            "direction": "opposite directions", "initiator": "different initiator", "winner": "different winner",
            "rank": "placed differently", "recipient": "went to different recipients",
            "partner": "done with different partners", "order": "order of events differs",
            "quality": "opposite qualities",
            "ordinal": "placed differently in a series"}.get(basis, "differ")
    listing = " · ".join(f"{v.value}: {', '.join(v.sources)}" for v in values)
    reason = f"{what} — {listing}"
    # two outlets' day or length of a wait apart: worth a check, rarely the story (two judges; and a length
    # stated differently, "more than five hours" / "nearly six hours", is no story at all: both judges, sheet 18)
    minor = {v.basis for _, _, v in members} <= {"dates"} or all("duration" in v.fact or "age" in v.fact
                                                                for _, _, v in members)
    if basis == "certainty":
        reason = f"{members[0][2].reason}"
        severity = Severity.LOW
    elif contradiction:
        severity = Severity.MEDIUM if minor else Severity.HIGH
    else:
        severity = Severity.MEDIUM if basis in _SUBSTANTIVE_BASES and not minor else Severity.LOW
        hedges = [v.reason for _, _, v in members if "hedge" in v.reason]
        possible = any(v.possible for _, _, v in members)
        reason += f" ({'one hedged' if hedges else MAY_CONFLICT if possible else 'not certain'})"
    first = claim_ids[0]
    return finding(Kind.DIFFER, severity, event_id, index.topic_of(first), tuple(claim_ids), reason,
                   identity=("differ", basis, members[0][2].fact, first), contradiction=contradiction,
                   basis=basis, values=values, queued=basis != "certainty",
                   most=Severity.MEDIUM if minor else Severity.HIGH)


def _display(stated: dict, label: tuple, claim_id: str, key: str) -> str:
    return next(v for v in stated[(label, claim_id)] if v.lower() == key)


# -- agreements ---------------------------------------------------------------------------------

def agreements(index: CorpusIndex, verdicts: dict[tuple[str, str], Judgement]) -> list[Finding]:
    """Same-fact groups across outlets, without their differing pairs, ranked by what they add.

    Agreements with nothing specific (no figure, date, quote, name beyond the headlines, or second
    side), and those made only of the articles' ledes, restate the event's main account: they
    collapse into one line per event.
    """
    # Pairs that conflict, or that look alike but speak of another happening, are never agreements.
    differing = {frozenset(pair) for pair, v in verdicts.items() if v.relation in ("differ", "apart")}
    plain = defaultdict(list)
    findings = []
    agreeing = {frozenset(pair) for pair, v in verdicts.items() if v.relation == "agree"}
    for group in index.clustering.groups:
        members = _without_differences([index.claim[c] for c in group.claim_ids], differing)
        members = _judged_alike(index, members, agreeing)
        outlets = sorted({index.outlet(c) for c in members})
        if len(outlets) < 2:
            continue
        adds = _what_it_adds(index, members)
        if not adds or all(index.is_lede(c) for c in members):
            plain[group.event_id].append(members)
            continue
        sides = sorted({index.side_name(c.side) for c in members if c.side})
        across = f"; across sides: {', '.join(sides)}" if len(sides) >= 2 else ""
        # what the group's claims hold between them, not what each states ("a quote": one of them may quote)
        reason = (f"{len(outlets)} outlets report the same fact ({', '.join(adds)} between them): "
                  f"{', '.join(outlets)}{across}")
        findings.append(finding(Kind.AGREE, Severity.INFO, group.event_id, index.topic_of(members[0].id),
                                tuple(c.id for c in members), reason,
                                identity=("agree", min((c.id for c in members), key=index.position)),
                                basis="+".join(adds)))
    for event_id, groups in plain.items():
        widest = min(groups, key=lambda g: (-len({index.outlet(c) for c in g}), index.position(g[0].id)))
        outlets = sorted({index.outlet(c) for g in groups for c in g})
        reason = (f"{len(outlets)} outlets restate the event's main account ({len(groups)} shared statement"
                  f"{'s' if len(groups) != 1 else ''} in their ledes or with nothing specific): {', '.join(outlets)}")
        evidence = [c.id for c in widest] + [c.id for g in groups if g is not widest for c in g]
        findings.append(finding(Kind.AGREE, Severity.INFO, event_id, index.topic_of(widest[0].id),
                                tuple(dict.fromkeys(evidence)), reason,
                                identity=("agree", "headline", min(evidence, key=index.position)), basis="headline"))
    return findings


def _judged_alike(index: CorpusIndex, members: list[Claim], agreeing: set) -> list[Claim]:
    """The members the judge found the same fact as another outlet's member, with no slot told apart
    (a figure, date or place stated otherwise; one hedged and the other not): a group the clusterer
    made of like words is no agreement until the judge says so."""
    def alike(a: Claim, b: Claim) -> bool:
        if index.outlet(a) == index.outlet(b) or frozenset((a.id, b.id)) not in agreeing:
            return False
        if not index.same_occasion(a.article_id, b.article_id):
            return False  # one fact told by two stories (a follow-up recalls the earlier happening)
        if bool(a.hedge) != bool(b.hedge) and a.predicate == b.predicate:
            return False  # "signed" / "intends to sign": a certainty difference, not one fact
        if _other_quotations(a, b, index.settings.agreement_quote_overlap):
            return False
        return not any(slot.conflict or slot.differs for slot in slots(frame_of(a), frame_of(b)))

    return [c for c in members if any(alike(c, other) for other in members)]


def _other_quotations(a: Claim, b: Claim, overlap: float) -> bool:
    """Both quote someone, and the shorter quotation's words are mostly not in the other: two sentences of
    a speaker, not one fact."""
    qa, qb = words(" ".join(_QUOTED.findall(a.text))), words(" ".join(_QUOTED.findall(b.text)))
    if not (qa and qb):
        return False
    return len(qa & qb) < overlap * min(len(qa), len(qb))


def _without_differences(members: list[Claim], differing: set) -> list[Claim]:
    """Drop the claims in differing pairs (most differences first) until no such pair is left."""
    members = list(members)
    while True:
        counts = defaultdict(int)
        for a, b in combinations(members, 2):
            if frozenset((a.id, b.id)) in differing:
                counts[a.id] += 1
                counts[b.id] += 1
        if not counts:
            return members
        worst = max(counts, key=counts.get)
        members = [c for c in members if c.id != worst]


def _what_it_adds(index: CorpusIndex, members: list[Claim]) -> list[str]:
    adds = []
    if any(c.numbers for c in members):
        adds.append("figures")
    if any(specific_dates(c) for c in members):
        adds.append("dates")
    if any(c.quote for c in members):
        adds.append("quotes")
    titles = index.event_titles(members[0].article_id).lower()
    if any(e.lower() not in titles for c in members for e in c.entities):
        adds.append("names")
    if len({c.side for c in members if c.side}) >= 2:
        adds.append("sides")
    return adds


# -- order --------------------------------------------------------------------------------------

def _order(f: Finding):
    if f.kind is Kind.DIFFER:
        rank = (_RANK_CONTRADICTION if f.contradiction else _RANK_FIGURES if f.basis in {"figures", "dates"}
                else _RANK_CERTAINTY if f.basis == "certainty" else _RANK_DIFFER)
    elif f.kind is Kind.OMIT:
        rank = _RANK_CORROBORATED if f.corroborated else _RANK_SIDE if f.level == "side" else _RANK_OUTLET
    else:
        rank = _RANK_AGREE
    weight = (1 if f.basis == "headline" else -len(f.basis.split("+"))) if f.kind is Kind.AGREE else 0
    return rank, -f.severity, weight, f.reason, f.id


def _unique(findings: list[Finding]) -> list[Finding]:
    seen, result = set(), []
    for f in findings:
        if f.id not in seen:
            seen.add(f.id)
            result.append(f)
    return result
