"""Compare: claims, topics and groups -> findings (agree, differ, omit), each with its evidence."""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from itertools import combinations

import numpy as np

from . import features
from .config import Settings
from .types import (Article, Claim, Clustering, Finding, Judgement, Kind, Quantity, Severity, claims_by_event,
                    topics_by_event)

_WORD = re.compile(r"(?u)\w+")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# -- the comparator: two statements -------------------------------------------------------------

def claim_from_text(text: str) -> Claim:
    """A bare claim for comparing free text (`crosscheck pair`, benchmarks)."""
    return Claim(id="", article_id="", text=text, line=0, voice="", side=None, quote=False,
                 numbers=features.quantities(text), dates=features.dates(text),
                 negated=features.negated(text), certainty=features.certainty(text))


def fact_similarity(a: Claim, b: Claim, cosine: float, settings: Settings) -> float:
    """Cosine blended with word overlap, raised when both claims name the same number or date."""
    weight = settings.lexical_weight
    blended = (1 - weight) * cosine + weight * word_overlap(a.text, b.text)
    bonus = settings.shared_specific_bonus if _shared_specific(a, b) else 0.0
    return min(1.0, blended + bonus)


def fact_similarity_matrix(claims: list[Claim], vectors: np.ndarray, settings: Settings) -> np.ndarray:
    """`fact_similarity` for every pair of claims at once."""
    weight = settings.lexical_weight
    similarity = (1 - weight) * (vectors @ vectors.T) + weight * _overlap_matrix([c.text for c in claims])
    specific = [i for i, c in enumerate(claims) if c.numbers or _specific_dates(c)]
    for i, j in combinations(specific, 2):
        if _shared_specific(claims[i], claims[j]):
            similarity[i, j] = similarity[j, i] = min(1.0, similarity[i, j] + settings.shared_specific_bonus)
    return similarity


def word_overlap(a: str, b: str) -> float:
    """Share of the shorter text's words (lower-cased, as a set) that the other text also has.

    The overlap coefficient, not Jaccard: an outlet's short restatement of a fact inside another's
    long sentence should count as overlapping.
    """
    words_a, words_b = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    smaller = min(len(words_a), len(words_b))
    return len(words_a & words_b) / smaller if smaller else 0.0


def _overlap_matrix(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import CountVectorizer

    if not any(_WORD.search(t) for t in texts):
        return np.zeros((len(texts), len(texts)))
    words = CountVectorizer(binary=True, lowercase=True, token_pattern=_WORD.pattern).fit_transform(texts)
    shared = (words @ words.T).toarray().astype(float)
    sizes = np.asarray(words.sum(axis=1)).ravel().astype(float)
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


def _specific_dates(claim: Claim) -> set[str]:
    return {d for d in claim.dates if d not in _WEEKDAYS}


def _shared_specific(a: Claim, b: Claim) -> bool:
    same_number = {(q.value, q.unit) for q in a.numbers} & {(q.value, q.unit) for q in b.numbers}
    return bool(same_number or _specific_dates(a) & _specific_dates(b))


def judge(a: Claim, b: Claim, cosine: float, settings: Settings) -> Judgement:
    """How two statements relate: same fact or not, and if so whether they conflict, and why."""
    similarity = fact_similarity(a, b, cosine, settings)
    same_fact = similarity >= settings.same_fact_threshold
    hedged = (a.certainty == "stated") != (b.certainty == "stated")
    conflict = _number_conflict(a, b) if same_fact else None
    if conflict:
        qa, qb = conflict
        if hedged:
            reason = (f"certainty differs on the figure: {_describe(qa, a)} vs {_describe(qb, b)}")
            return Judgement(similarity, True, "differ", False, reason, "numbers")
        return Judgement(similarity, True, "differ", True, f"numbers differ: {qa.text} vs {qb.text}", "numbers")
    if a.negated != b.negated and same_fact:
        positive, negative = (a, b) if b.negated else (b, a)
        return Judgement(similarity, True, "differ", not hedged,
                         f"one statement negates the other: “{_short(negative.text)}” vs “{_short(positive.text)}”",
                         "negation")
    if not same_fact:
        return Judgement(similarity, False, "unrelated", False, f"different facts (similarity {similarity:.2f})")
    date_conflict = _date_conflict(a, b)
    if date_conflict:
        return Judgement(similarity, True, "differ", not hedged, f"dates differ: {date_conflict[0]} vs {date_conflict[1]}", "dates")
    if hedged:
        stated, other = (a, b) if a.certainty == "stated" else (b, a)
        return Judgement(similarity, True, "differ", False,
                         f"certainty differs: stated as fact in one, “{other.certainty}” in the other", "certainty")
    if a.side and b.side and a.side != b.side:
        return Judgement(similarity, True, "differ", False,
                         f"attributed to different sides: {a.voice} vs {b.voice}", "attribution")
    return Judgement(similarity, True, "agree", False, f"same fact (similarity {similarity:.2f})")


def _number_conflict(a: Claim, b: Claim) -> tuple[Quantity, Quantity] | None:
    """Two figures for the same quantity (unit, period and what they count) that differ."""
    for qa in a.numbers:
        for qb in b.numbers:
            if qa.unit != qb.unit or qa.period != qb.period or abs(qa.value - qb.value) < 1e-9:
                continue
            if any((q.value, q.unit, q.period) == (qa.value, qa.unit, qa.period) for q in b.numbers):
                continue  # b states a's figure too: a second quantity, not a conflict
            if _same_count(qa, qb):
                return qa, qb
    return None


def _same_count(qa: Quantity, qb: Quantity) -> bool:
    wa, wb = set(qa.counts.split()), set(qb.counts.split())
    return not wa or not wb or bool(wa & wb)


def _date_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    for kind in (_WEEKDAYS, None):
        da = {d for d in a.dates if (d in _WEEKDAYS) == (kind is not None)}
        db = {d for d in b.dates if (d in _WEEKDAYS) == (kind is not None)}
        if da and db and not da & db:
            return sorted(da)[0], sorted(db)[0]
    return None


def _describe(quantity: Quantity, claim: Claim) -> str:
    return quantity.text if claim.certainty == "stated" else f"{quantity.text} ({claim.certainty})"


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# -- findings over a corpus ---------------------------------------------------------------------

def compare(articles: list[Article], claims: list[Claim], vectors: np.ndarray, clustering: Clustering,
            settings: Settings, side_labels: dict[str, str]) -> list[Finding]:
    """All findings, most urgent first.

    Args:
        articles, claims, vectors: the corpus (row i of vectors belongs to claims[i]).
        clustering: events, topics and same-fact groups.
        side_labels: display names of sides, for reasons.
    Returns:
        Findings sorted by severity, then kind.
    """
    context = _Context(articles, claims, vectors, clustering, settings, side_labels)
    findings = context.group_findings() + context.side_omissions() + context.outlet_omissions()
    order = {Kind.DIFFER: 0, Kind.OMIT: 1, Kind.AGREE: 2}
    return sorted(findings, key=lambda f: (-int(f.contradiction), -f.severity, order[f.kind], f.reason, f.id))


class _Context:
    def __init__(self, articles, claims, vectors, clustering, settings, side_labels):
        self.article = {a.id: a for a in articles}
        self.claim = {c.id: c for c in claims}
        self.row = {c.id: i for i, c in enumerate(claims)}
        self.vectors = vectors
        self.clustering = clustering
        self.settings = settings
        self.side_labels = side_labels
        self.event_of = {aid: e.id for e in clustering.events for aid in e.article_ids}
        self.event_claims = claims_by_event(clustering.events, claims)
        self.event_topics = topics_by_event(clustering.topics)

    def outlet(self, claim: Claim) -> str:
        return self.article[claim.article_id].outlet

    def side_name(self, side: str | None) -> str:
        return self.side_labels.get(side, side or "unattributed")

    def group_findings(self) -> list[Finding]:
        findings = []
        for group in self.clustering.groups:
            members = [self.claim[c] for c in group.claim_ids]
            if len({c.article_id for c in members}) < 2:
                continue
            topic = self.clustering.topic_of.get(members[0].id)
            differences = []
            for a, b in combinations(members, 2):
                if a.article_id == b.article_id:
                    continue
                cosine = float(self.vectors[self.row[a.id]] @ self.vectors[self.row[b.id]])
                verdict = judge(a, b, cosine, self.settings)
                if verdict.relation == "differ":
                    differences.append((a, b, verdict))
            for a, b, verdict in differences:
                severity = Severity.HIGH if verdict.contradiction else (
                    Severity.MEDIUM if verdict.basis in {"numbers", "dates"} else Severity.LOW)
                findings.append(_finding(Kind.DIFFER, severity, group.event_id, topic, (a.id, b.id),
                                         verdict.reason, contradiction=verdict.contradiction))
            if not any(v.contradiction for _, _, v in differences):
                outlets = sorted({self.outlet(c) for c in members})
                if len(outlets) >= 2:
                    reason = f"{len(outlets)} outlets report the same fact: {', '.join(outlets)}"
                    findings.append(_finding(Kind.AGREE, Severity.INFO, group.event_id, topic,
                                             tuple(c.id for c in members), reason))
        return findings

    def side_omissions(self) -> list[Finding]:
        """Topics in one side's account of an occasion and absent from another side's account."""
        findings = []
        for event in self.clustering.events:
            claims = self.event_claims[event.id]
            reported = self._reported_omissions(claims)
            accounts = defaultdict(list)
            for claim in claims:
                if claim.side and not claim.other_occasion and not self._omits_own_side(claim):
                    accounts[claim.side].append(claim)
            sides = [s for s, cs in accounts.items() if len(cs) >= self.settings.min_side_claims]
            computed = []  # (topic, present side, absent side, missing claims, corroborating claims)
            for topic in self.event_topics.get(event.id, []):
                for present in sides:
                    mine = [c for c in accounts[present] if self.clustering.topic_of.get(c.id) == topic.id]
                    for absent in (s for s in sides if s != present and mine):
                        missing = self._uncovered(mine, accounts[absent])
                        corroboration = reported.pop((topic.id, absent), [])
                        if len(missing) >= self.settings.min_topic_claims or (missing and corroboration):
                            computed.append((topic, present, absent, missing, corroboration))
                        elif corroboration:
                            reported[(topic.id, absent)] = corroboration
            leftovers = self._attach_reported(computed, reported)
            findings += [self._side_omission(event, *entry) for entry in computed]
            findings += [self._reported_only(event, topic_id, absent, evidence)
                         for (topic_id, absent), evidence in leftovers.items()]
        return findings

    def _attach_reported(self, computed: list, reported: dict) -> dict:
        """Let a reported omission corroborate the computed one its sentence is closest to.

        Returns the reported omissions that corroborate none.
        """
        leftovers = {}
        for (topic_id, absent), evidence in reported.items():
            candidates = [entry for entry in computed if entry[2] == absent]
            scores = [self._closeness(evidence, entry[3]) for entry in candidates]
            if scores and max(scores) >= self.settings.coverage_similarity:
                candidates[scores.index(max(scores))][4].extend(evidence)
            else:
                leftovers[(topic_id, absent)] = evidence
        return leftovers

    def _closeness(self, claims: list[Claim], others: list[Claim]) -> float:
        return float((self._matrix(claims) @ self._matrix(others).T).max())

    def _matrix(self, claims: list[Claim]) -> np.ndarray:
        return self.vectors[[self.row[c.id] for c in claims]]

    def _uncovered(self, claims: list[Claim], account: list[Claim]) -> list[Claim]:
        """The claims that nothing in the other side's account comes close to."""
        if not account:
            return claims
        best = (self._matrix(claims) @ self._matrix(account).T).max(axis=1)
        return [c for c, score in zip(claims, best) if score < self.settings.coverage_similarity]

    def _omits_own_side(self, claim: Claim) -> bool:
        return claim.omission is not None and claim.omission.omitter_side == claim.side

    def _reported_omissions(self, claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
        reported = defaultdict(list)
        for claim in claims:
            omission = claim.omission
            topic = self.clustering.omission_topic.get(claim.id)
            if omission and omission.omitter_side and topic and not claim.other_occasion:
                reported[(topic, omission.omitter_side)].append(claim)
        return reported

    def _side_omission(self, event, topic, present, absent, evidence, corroboration) -> Finding:
        reason = (f"in the {self.side_name(present)}'s account ({len(evidence)} claim"
                  f"{'s' if len(evidence) != 1 else ''}), absent from the {self.side_name(absent)}'s account")
        if corroboration:
            first = corroboration[0]
            reason += f"; {self.outlet(first)} reports the same: “{_short(first.text, 90)}”"
            severity = Severity.HIGH
        else:
            severity = Severity.MEDIUM if len(evidence) >= 2 else Severity.LOW
        ids = tuple(c.id for c in evidence) + tuple(c.id for c in corroboration)
        return _finding(Kind.OMIT, severity, event.id, topic.id, ids, reason, level="side",
                        present=(present,), absent=(absent,), corroborated=bool(corroboration))

    def _reported_only(self, event, topic_id, absent, evidence) -> Finding:
        first = evidence[0]
        reason = (f"{self.outlet(first)} reports that the {self.side_name(absent)}'s account left out "
                  f"{first.omission.subject}; not confirmed by the claims read")
        return _finding(Kind.OMIT, Severity.MEDIUM, event.id, topic_id, tuple(c.id for c in evidence), reason,
                        level="side", absent=(absent,))

    def outlet_omissions(self) -> list[Finding]:
        """Topics some outlets covering an event report and others leave out."""
        findings = []
        for event in self.clustering.events:
            outlets = sorted({self.article[a].outlet for a in event.article_ids})
            if len(outlets) < 2:
                continue
            for topic in self.event_topics.get(event.id, []):
                claims = [self.claim[c] for c in topic.claim_ids]
                counts = defaultdict(int)
                for claim in claims:
                    counts[self.outlet(claim)] += 1
                present = [o for o in outlets if counts[o] >= self.settings.min_topic_claims]
                absent = [o for o in outlets if counts[o] == 0]
                if present and absent:
                    covered = ", ".join(f"{o} ({counts[o]} claims)" for o in present)
                    reason = f"covered by {covered}; absent from {', '.join(absent)}"
                    findings.append(_finding(Kind.OMIT, Severity.LOW, event.id, topic.id,
                                             tuple(c.id for c in claims if self.outlet(c) in present), reason,
                                             level="outlet", present=tuple(present), absent=tuple(absent)))
        return findings


def _finding(kind: Kind, severity: Severity, event_id: str, topic_id: str | None, claim_ids: tuple[str, ...],
             reason: str, **extra) -> Finding:
    basis = "\n".join([kind.value, extra.get("level") or "", *sorted(claim_ids), *extra.get("present", ()),
                       *extra.get("absent", ())])
    finding_id = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:10]
    return Finding(finding_id, kind, severity, event_id, topic_id, tuple(claim_ids), reason, **extra)
