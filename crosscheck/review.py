"""Review decisions: the decisions file a team keeps in git, and each finding's review state.

The file is JSON, one record per finding id, sorted, so that diffs read well. It is only ever
added to: saving re-reads it and replaces one record, so a decision saved meanwhile by another
session survives, and a file that cannot be read is never overwritten.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .codec import from_data, to_data
from .errors import InputError, StateError
from .state import write_atomic
from .tracking import Trace, follow, signature
from .types import Decision, Finding, Kind, Review, Severity

SCHEMA = "crosscheck.decisions/1"
VERDICTS = ("confirmed", "dismissed")
KINDS = ("contradiction", "other difference", "differ", "omit", "agree")
STATUSES = ("open", "confirmed", "dismissed", "changed")


def load_decisions(path: Path) -> list[Decision]:
    """The decisions in `path` ([] when the file does not exist yet)."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema") != SCHEMA:
            raise ValueError(f"schema is {data.get('schema')!r}, expected {SCHEMA!r}")
        return [from_data(Decision, record) for record in data["decisions"]]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise StateError(f"{path}: cannot read the review decisions ({_first_line(error)}); fix the file or move "
                         "it aside (crosscheck never overwrites it)") from error


def save_decision(path: Path, decision: Decision) -> None:
    """Add or replace the record of one finding, keeping every other record."""
    records = {d.finding_id: d for d in load_decisions(path)}
    records[decision.finding_id] = decision
    data = {"schema": SCHEMA, "decisions": [to_data(records[k]) for k in sorted(records)]}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def decide(finding: Finding, status: str | None, note: str | None, earlier: Review | None = None) -> Decision:
    """A decision on `finding` now.

    `status` None is a note alone: it keeps the earlier verdict (unless the evidence changed
    since, which leaves the finding open). "open" reopens it. `note` None keeps the earlier note.
    """
    if status is None:
        status = earlier.status if earlier and not earlier.changed else "open"
    if note is None:
        note = earlier.note if earlier else ""
    return Decision(finding.id, status, note,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    signature(finding), finding.claim_ids, finding.reason)


def reviews(findings: list[Finding], decisions: list[Decision]) -> dict[str, Review]:
    """Each finding's review state: its own decision, or that of the same finding before its evidence changed."""
    by_id = {d.finding_id: d for d in decisions}
    followed = follow(findings, [Trace(d.finding_id, d.signature, d.evidence) for d in decisions])
    states = {}
    for finding in findings:
        if finding.id in followed:
            earlier, changed = followed[finding.id]
            decision = by_id[earlier.finding_id]
            states[finding.id] = Review(decision.status, decision.note, changed)
        else:
            states[finding.id] = Review("open")
    return states


def is_dismissed(review: Review | None) -> bool:
    """Dismissed and unchanged since: a dismissed finding with new evidence is flagged again."""
    return review is not None and review.status == "dismissed" and not review.changed


def needs_review(finding: Finding, review: Review | None) -> bool:
    """Differences and omissions with no verdict, or whose evidence changed since the verdict; not
    those the comparator keeps out of the queue (`Finding.queued`: differences in certainty)."""
    if finding.kind is Kind.AGREE or not getattr(finding, "queued", True):
        return False
    return review is None or review.status not in VERDICTS or review.changed


@dataclass(frozen=True)
class Selection:
    """Which findings a listing or report shows: by kind, least severity and review status."""

    kinds: tuple[str, ...] = ()  # from KINDS; "contradiction" is a difference flagged as one, "other difference" not
    min_severity: str | None = None  # "high", "medium", "low" or "info"
    statuses: tuple[str, ...] = ()  # from STATUSES; "changed" is evidence changed since reviewed

    def __bool__(self) -> bool:
        return bool(self.kinds or self.min_severity or self.statuses)

    def keeps(self, finding: Finding, review: Review | None) -> bool:
        review = review or Review("open")
        kinds = {finding.kind.value} | ({"contradiction"} if finding.contradiction
                                         else {"other difference"} if finding.kind is Kind.DIFFER else set())
        if self.kinds and not kinds & set(self.kinds):
            return False
        if self.min_severity and finding.severity < Severity[self.min_severity.upper()]:
            return False
        statuses = {review.status} | ({"changed"} if review.changed else set())
        return not self.statuses or bool(statuses & set(self.statuses))

    def describe(self) -> str:
        parts = []
        if self.kinds:
            parts.append("kind " + " or ".join(self.kinds))
        if self.min_severity:
            parts.append(f"severity {self.min_severity} or higher")
        if self.statuses:
            parts.append("status " + " or ".join(self.statuses))
        return ", ".join(parts)


def find(findings: list[Finding], prefix: str) -> Finding:
    """The finding whose id starts with `prefix` (ids are shown in the report and `--list`)."""
    matches = [f for f in findings if f.id.startswith(prefix)]
    if len(matches) != 1:
        problem = "no finding" if not matches else f"{len(matches)} findings"
        raise InputError(f"{problem} with id {prefix!r} in this corpus; `crosscheck review --list` shows the ids")
    return matches[0]


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]
