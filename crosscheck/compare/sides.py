"""Sides: two sides' accounts of one occasion, statement against statement -> side agreements and differences.

In an event that holds the accounts of two or more sides (readouts, a leader's statement, what a side's
voice is reported to say), each account claim of one side is paired with its closest claim in the other
side's account; a pair that is each other's closest and close enough to be about one point is judged like
any two claims. Two readouts word one point differently, so closeness alone (side_agreement_similarity)
with no conflicting slot makes the match a side agreement, shown with both texts; a conflict, or two statements of one
topic that differ, is a side difference, shown side by side. What one side says and the other does not is
a side omission (omissions.py).
"""
from __future__ import annotations


from ..frames import frame_of
from ..types import Claim, Finding, Judgement, Kind, Severity
from .align import slots
from .judge import judge
from .omissions import CorpusIndex, finding, procedural, shared_names, side_accounts


def side_findings(index: CorpusIndex, verdicts: dict[tuple[str, str], Judgement],
                  agreed: set[frozenset[str]]) -> list[Finding]:
    """Side agreements and differences of every event with two sides' accounts.

    `verdicts`: the judge's verdicts already made (pairs of claim ids); `agreed`: claim pairs that an
    outlet-level agreement already shows.
    """
    findings = []
    for event in index.clustering.events:
        accounts = side_accounts(index, event.id)
        sides = sorted(accounts)
        for n, first in enumerate(sides):
            for second in sides[n + 1:]:
                shared = shared_names(accounts[first], accounts[second])
                for a, b, cosine in _closest_pairs(index, accounts[first], accounts[second]):
                    verdict = verdicts.get((a.id, b.id)) or verdicts.get((b.id, a.id))
                    if verdict is not None and verdict.relation == "differ":
                        continue  # already a difference of its own
                    verdict = verdict or judge(a, b, cosine, index.settings)
                    made = _finding(index, event.id, a, b, verdict, agreed, shared)
                    if made is not None:
                        findings.append(made)
    return findings


def _closest_pairs(index: CorpusIndex, mine: list[Claim], theirs: list[Claim]) -> list[tuple[Claim, Claim, float]]:
    """Pairs of claims that are each other's closest across the two accounts, at least side_agreement_similarity."""
    cosine = index.matrix(mine) @ index.matrix(theirs).T
    best_of_mine, best_of_theirs = cosine.argmax(axis=1), cosine.argmax(axis=0)
    return [(mine[i], theirs[j], float(cosine[i, j])) for i, j in enumerate(best_of_mine)
            if best_of_theirs[j] == i and cosine[i, j] >= index.settings.side_agreement_similarity]


def _finding(index: CorpusIndex, event_id: str, a: Claim, b: Claim, verdict: Judgement,
             agreed: set[frozenset[str]], shared: frozenset[str]) -> Finding | None:
    sides = f"{index.side_name(a.side)} and {index.side_name(b.side)}"
    texts = f"“{a.text}” · “{b.text}”"
    if verdict.relation == "differ" and verdict.basis != "certainty":
        reason = f"{verdict.reason} — {index.side_name(a.side)}: “{a.text}” · {index.side_name(b.side)}: “{b.text}”"
        severity = Severity.HIGH if verdict.contradiction else Severity.MEDIUM
        return finding(Kind.DIFFER, severity, event_id, index.topic_of(a.id), (a.id, b.id), reason,
                       identity=("side differ", a.id, b.id), contradiction=verdict.contradiction, level="side",
                       basis=verdict.basis)
    if frozenset((a.id, b.id)) in agreed or procedural(a.text, shared, a.incidentals) \
            or procedural(b.text, shared, b.incidentals):
        return None  # the call itself (who spoke with whom, greetings) is no agreement, as it is no omission
    if verdict.relation == "apart" or any(slot.conflict for slot in slots(frame_of(a), frame_of(b))):
        return None  # close in words, apart in a figure, date, place or status: no agreement
    return finding(Kind.AGREE, Severity.INFO, event_id, index.topic_of(a.id), (a.id, b.id),
                   f"both sides state it — {sides}: {texts}", identity=("side agree", a.id, b.id), level="side",
                   basis="sides")
