"""Follow findings across runs: the same finding, or the same finding with evidence added or lost.

A finding keeps its id while what it is about stays (a difference's id hashes the fact it is
about), or gets a new one when its evidence changes (an id hashed from the evidence). Either way
an earlier finding is still the same one when it has the same id, or the same signature (kind,
level, sides or outlets) and most of its evidence; it has changed when its claims differ. Review
decisions, "since the last run" and the findings gone all rest on this.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .types import Finding

# Two findings of one signature are the same when they share at least this many claims and at
# least this share of the smaller one's claims. Two claims keep a pair finding (one conflicting
# pair of claims) from being mistaken for another pair that shares one claim with it.
_MIN_SHARED_CLAIMS = 2
_MIN_SHARED_FRACTION = 0.5


@dataclass(frozen=True)
class Trace:
    """What is remembered of a finding: enough to recognise it again."""

    finding_id: str
    signature: str
    evidence: tuple[str, ...]


def signature(finding: Finding) -> str:
    """The kind of finding, apart from its evidence: e.g. `omit/side/cn>us`."""
    parts = [finding.kind.value, finding.level or ""]
    if finding.present or finding.absent:
        parts.append(f"{','.join(finding.present)}>{','.join(finding.absent)}")
    return "/".join(parts).rstrip("/")


def trace(finding: Finding) -> Trace:
    return Trace(finding.id, signature(finding), finding.claim_ids)


def follow(findings: list[Finding], earlier: list[Trace]) -> dict[str, tuple[Trace, bool]]:
    """Match findings to earlier traces.

    Returns:
        {finding id: (the earlier trace, whether the evidence changed)} for every finding that
        has an earlier counterpart. Each earlier trace matches at most one finding.
    """
    by_id = {t.finding_id: t for t in earlier}
    # An id may hash what a finding is about rather than all of its evidence (one finding per
    # conflicting fact): the same id with other claims is the same finding, changed.
    matched = {f.id: (by_id[f.id], set(f.claim_ids) != set(by_id[f.id].evidence)) for f in findings if f.id in by_id}
    # Only traces that share a claim with a finding can match it: index them by claim, so the
    # work grows with the evidence, not with findings × traces.
    by_claim = defaultdict(list)
    for old in earlier:
        if old.finding_id not in matched:
            for claim_id in old.evidence:
                by_claim[claim_id].append(old)
    candidates = []
    for finding in findings:
        if finding.id in matched:
            continue
        nearby = {old.finding_id: old for claim_id in finding.claim_ids for old in by_claim.get(claim_id, ())}
        for old in nearby.values():
            score = _overlap(finding, old)
            if score is not None:
                candidates.append((score, finding.id, old))
    taken = set()
    for _, finding_id, old in sorted(candidates, key=lambda c: -c[0]):
        if finding_id not in matched and old.finding_id not in taken:
            matched[finding_id] = (old, True)
            taken.add(old.finding_id)
    return matched


def _overlap(finding: Finding, old: Trace) -> float | None:
    if signature(finding) != old.signature:
        return None
    shared = len(set(finding.claim_ids) & set(old.evidence))
    fraction = shared / min(len(finding.claim_ids), len(old.evidence))
    return fraction if shared >= _MIN_SHARED_CLAIMS and fraction >= _MIN_SHARED_FRACTION else None


@dataclass(frozen=True)
class Gone:
    """A finding of the earlier run that this run no longer has, and why, when that can be told."""

    finding_id: str
    kind: str
    severity: str
    reason: str
    why: str


@dataclass(frozen=True)
class History:
    """What this run found that the run before it (same settings, same paths) did not."""

    previous_at: str | None  # when the earlier run finished; None when there is none
    new: tuple[str, ...] = ()  # finding ids with no earlier counterpart
    changed: tuple[str, ...] = ()  # finding ids whose evidence changed
    gone: tuple[Gone, ...] = ()  # earlier findings with no counterpart now
    current_at: str | None = None  # when this run finished


def compare_runs(findings: list[Finding], articles, earlier_findings: list[Finding], earlier_corpus: dict,
                 earlier_at: str, current_at: str | None = None) -> History:
    """The history of `findings` against an earlier run's findings (and its stored corpus, for why).

    Args:
        articles: this run's articles (for telling a removed article from an edited one).
        earlier_corpus: `codec.to_data` of the earlier run's Corpus.
    """
    followed = follow(findings, [trace(f) for f in earlier_findings])
    taken = {old.finding_id for old, _ in followed.values()}
    why = _Why(findings, articles, earlier_corpus)
    gone = tuple(Gone(f.id, f.kind.value, f.severity.label, f.reason, why(f))
                 for f in earlier_findings if f.id not in taken)
    return History(earlier_at,
                   new=tuple(f.id for f in findings if f.id not in followed),
                   changed=tuple(f.id for f in findings if f.id in followed and followed[f.id][1]),
                   gone=gone, current_at=current_at)


class _Why:
    """Why an earlier finding has no counterpart: its article went, was edited, or the evidence moved."""

    def __init__(self, findings: list[Finding], articles, earlier_corpus: dict):
        self.article_of = {c["id"]: c["article_id"] for c in earlier_corpus.get("claims", [])}
        self.earlier_path = {a["id"]: a["path"] for a in earlier_corpus.get("articles", [])}
        self.current_ids = {a.id for a in articles}
        self.current_paths = {a.path for a in articles}
        self.holder = {}
        for finding in findings:
            for claim_id in finding.claim_ids:
                self.holder.setdefault(claim_id, finding)

    def __call__(self, finding: Finding) -> str:
        reasons = []
        for article_id in dict.fromkeys(self.article_of.get(c) for c in finding.claim_ids):
            if article_id is None or article_id in self.current_ids:
                continue
            path = self.earlier_path.get(article_id, "")
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            reasons.append(f"article edited: {name}" if path in self.current_paths else f"article removed: {name}")
        if reasons:
            return "; ".join(reasons)
        holders = {self.holder[c].id: self.holder[c] for c in finding.claim_ids if c in self.holder}
        if holders:
            return "evidence now in " + ", ".join(f"{h.id} ({h.kind.value})" for h in holders.values())
        return "no longer found; its articles are unchanged"
