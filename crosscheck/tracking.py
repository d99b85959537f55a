"""Follow findings across runs: the same finding, or the same finding with evidence added or lost.

A finding's id hashes its evidence, so new evidence gives it a new id. An earlier finding is
still the same one when it has the same signature (kind, level, sides or outlets) and shares
most of its evidence; review decisions and "new since the last run" both rest on this.
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
    matched = {f.id: (by_id[f.id], False) for f in findings if f.id in by_id}
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
