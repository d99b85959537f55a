"""Report: a Corpus -> Markdown divergence report and its JSON twin."""
from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict

from tabulate import tabulate

from .review import is_dismissed
from .types import Claim, Corpus, Finding, History, Kind, Review, claims_by_event, topics_by_event

SCHEMA = "crosscheck.report/1"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|!#~])")
_QUOTE_LIMIT = 240
_TABLE_REASON_LIMIT = 120
_SECTIONS = (
    ("Contradictions flagged for review", lambda f: f.contradiction),
    ("Other differences", lambda f: f.kind is Kind.DIFFER and not f.contradiction),
    ("Omissions", lambda f: f.kind is Kind.OMIT),
    ("Agreements", lambda f: f.kind is Kind.AGREE),
)


def escape(text: str, limit: int | None = None) -> str:
    """Make article text inert in Markdown: no HTML, no links, no table breaks, one line."""
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    text = html.escape(text, quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def render_markdown(corpus: Corpus, reviews: dict[str, Review] | None = None, history: History | None = None) -> str:
    """The divergence report: what is new, sources, events with coverage, findings by section, dismissed."""
    view = _View(corpus, reviews or {})
    parts = [f"# Divergence report — {len(corpus.articles)} articles · {len(corpus.clustering.events)} events · "
             f"{len(corpus.claims)} claims", ""]
    if history is not None:
        parts += view.history(history)
    parts += ["## Sources", "", view.sources_table(), ""]
    for event in corpus.clustering.events:
        parts += [f"## {escape(event.label)} ({len(event.article_ids)} article{'s' if len(event.article_ids) != 1 else ''})",
                  "", view.coverage_table(event), ""]
    parts += [f"## Findings at a glance ({len(corpus.findings)})", "", view.findings_table(), ""]
    standing = [f for f in corpus.findings if not is_dismissed(view.reviews.get(f.id))]
    for title, _ in _SECTIONS:
        chosen = [f for f in standing if _section_of(f) == title]
        parts += [f"## {title} ({len(chosen)})", ""]
        parts += [view.finding(f) for f in chosen] or ["None found.", ""]
    dismissed = [f for f in corpus.findings if is_dismissed(view.reviews.get(f.id))]
    if dismissed:
        parts += [f"## Dismissed ({len(dismissed)})", ""] + [view.dismissed(f) for f in dismissed] + [""]
    return "\n".join(parts).rstrip() + "\n"


class _View:
    def __init__(self, corpus: Corpus, reviews: dict[str, Review]):
        self.corpus = corpus
        self.reviews = reviews
        self.finding_of = {f.id: f for f in corpus.findings}
        self.article = {a.id: a for a in corpus.articles}
        self.claim = {c.id: c for c in corpus.claims}
        self.topic = {t.id: t for t in corpus.clustering.topics}
        self.event = {e.id: e for e in corpus.clustering.events}
        self.event_of = {aid: e for e in corpus.clustering.events for aid in e.article_ids}
        self.event_claims = claims_by_event(corpus.clustering.events, corpus.claims)
        self.event_topics = topics_by_event(corpus.clustering.topics)
        self.counts = defaultdict(int)
        for claim in corpus.claims:
            self.counts[claim.article_id] += 1

    def side_name(self, side: str | None) -> str:
        return self.corpus.side_labels.get(side, side or "—")

    def where(self, claim: Claim) -> str:
        return f"{os.path.basename(self.article[claim.article_id].path)}:{claim.line}"

    def sources_table(self) -> str:
        rows = [[escape(os.path.basename(a.path)), escape(a.outlet), a.published.isoformat() if a.published else "unknown",
                 escape(a.title, 90), self.counts[a.id], escape(self.event_of[a.id].label)]
                for a in self.corpus.articles]
        return tabulate(rows, ["file", "outlet", "date", "title", "claims", "event"], tablefmt="github")

    def coverage_table(self, event) -> str:
        claims = self.event_claims[event.id]
        sides = sorted({c.side for c in claims if c.side}, key=lambda s: -sum(c.side == s for c in claims))
        outlets = sorted({self.article[a].outlet for a in event.article_ids})
        topics = [t for t in self.event_topics.get(event.id, []) if len(t.claim_ids) > 1]
        rows = []
        for topic in topics:
            members = [self.claim[c] for c in topic.claim_ids]
            row = [escape(topic.label)]
            row += [sum(c.side == s for c in members) or "—" for s in sides]
            row += [sum(self.article[c.article_id].outlet == o for c in members) or "—" for o in outlets]
            rows.append(row)
        singles = sum(1 for t in self.event_topics.get(event.id, []) if len(t.claim_ids) == 1)
        headers = ["topic"] + [escape(self.side_name(s)) for s in sides] + [escape(o) for o in outlets]
        table = tabulate(rows, headers, tablefmt="github") if rows else "No topic has more than one claim."
        return table + (f"\n\n{singles} more claims stand alone in topics of their own." if singles else "")

    def findings_table(self) -> str:
        if not self.corpus.findings:
            return "No findings."
        rows = [[f"`{row[0]}`", *row[1:4], escape(row[4], _TABLE_REASON_LIMIT)]
                for row in finding_rows(self.corpus.findings, self.reviews)]
        return tabulate(rows, FINDING_COLUMNS, tablefmt="github")

    def history(self, history: History) -> list[str]:
        if history.previous_at is None:
            return ["## New since the last run", "", "First run on this corpus: nothing to compare with.", ""]
        lines = [f"## New since the last run ({len(history.new)} new, {len(history.changed)} changed)", "",
                 f"Compared with the run of {history.previous_at}.", ""]
        for finding_id, what in [(i, "new") for i in history.new] + [(i, "evidence changed") for i in history.changed]:
            finding = self.finding_of[finding_id]
            lines.append(f"- `{finding.id}` {what} · {finding.kind.value} · severity {finding.severity.label} — "
                         f"{escape(finding.reason, _QUOTE_LIMIT)}")
        return lines + ([] if history.new or history.changed else ["Nothing new."]) + [""]

    def finding(self, finding: Finding) -> str:
        topic = self.topic.get(finding.topic_id)
        label = f"**{escape(topic.label)}** — " if topic else ""
        lines = [f"- {label}{escape(finding.reason)}  ",
                 f"  `{finding.id}` · {finding.kind.value} · severity {finding.severity.label} · "
                 f"{escape(self.event[finding.event_id].label)}{self.review_mark(finding)}"]
        note = self.reviews.get(finding.id, Review("open")).note
        if note:
            lines.append(f"  - Reviewer's note: {escape(note)}")
        for claim_id in finding.claim_ids:
            claim = self.claim[claim_id]
            outlet = self.article[claim.article_id].outlet
            source = escape(claim.voice) + (f" ({escape(self.side_name(claim.side))})" if claim.side else "")
            lines.append(f"  - “{escape(claim.text, _QUOTE_LIMIT)}” — {escape(outlet)}, {source} "
                         f"({escape(self.where(claim))})")
        return "\n".join(lines) + "\n"


    def review_mark(self, finding: Finding) -> str:
        review = self.reviews.get(finding.id)
        if review is None or review.status == "open" and not review.changed:
            return ""
        mark = "" if review.status == "open" else f" · **{review.status}**"
        return mark + (" · changed since reviewed" if review.changed else "")

    def dismissed(self, finding: Finding) -> str:
        note = self.reviews[finding.id].note
        return (f"- `{finding.id}` · {finding.kind.value} — {escape(finding.reason, _QUOTE_LIMIT)}"
                + (f" — note: {escape(note)}" if note else ""))


def render_json(corpus: Corpus, reviews: dict[str, Review] | None = None, history: History | None = None) -> str:
    """The same content as the Markdown report, as `crosscheck.report/1` JSON."""
    reviews = reviews or {}
    event_of = {aid: e.id for e in corpus.clustering.events for aid in e.article_ids}
    data = {
        "schema": SCHEMA,
        "articles": [{"id": a.id, "path": a.path, "outlet": a.outlet, "title": a.title,
                      "date": a.published.isoformat() if a.published else None, "event": event_of[a.id]}
                     for a in corpus.articles],
        "events": [{"id": e.id, "label": e.label, "articles": list(e.article_ids)} for e in corpus.clustering.events],
        "claims": [{"id": c.id, "article": c.article_id, "text": c.text, "line": c.line, "voice": c.voice,
                    "side": c.side, "quote": c.quote, "topic": corpus.clustering.topic_of.get(c.id)}
                   for c in corpus.claims],
        "topics": [{"id": t.id, "label": t.label, "event": t.event_id} for t in corpus.clustering.topics],
        "findings": [_finding_json(f, reviews.get(f.id, Review("open"))) for f in corpus.findings],
    }
    if history is not None:
        data["since"] = {"previous_run": history.previous_at, "new": list(history.new), "changed": list(history.changed)}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _finding_json(finding: Finding, review: Review) -> dict:
    data = {"id": finding.id, "kind": finding.kind.value, "severity": finding.severity.label,
            "contradiction": finding.contradiction, "event": finding.event_id, "topic": finding.topic_id,
            "reason": finding.reason, "claims": list(finding.claim_ids),
            "review": {"status": review.status, "note": review.note, "changed": review.changed}}
    if finding.kind is Kind.OMIT:
        data.update(level=finding.level, present=list(finding.present), absent=list(finding.absent),
                    corroborated=finding.corroborated)
    return data


FINDING_COLUMNS = ["id", "kind", "severity", "status", "reason"]


def finding_rows(findings, reviews: dict[str, Review]) -> list[list[str]]:
    """One row per finding, in report order: id, kind, severity, review status, reason (raw text)."""
    rows = []
    for finding in report_order(findings):
        review = reviews.get(finding.id, Review("open"))
        rows.append([finding.id, finding.kind.value + (" (contradiction)" if finding.contradiction else ""),
                     finding.severity.label, review.status + (", changed since reviewed" if review.changed else ""),
                     finding.reason])
    return rows


def report_order(findings) -> list[Finding]:
    """Findings in the order the report shows them: contradictions, other differences, omissions, agreements."""
    rank = {title: n for n, (title, _) in enumerate(_SECTIONS)}
    return sorted(findings, key=lambda f: rank[_section_of(f)])


def _section_of(finding: Finding) -> str:
    """The first section a finding belongs to: each finding is shown once."""
    return next(title for title, belongs in _SECTIONS if belongs(finding))


def review_screen(corpus: Corpus, finding: Finding, review: Review, position: str) -> str:
    """One finding as plain terminal text for `crosscheck review`: reason, evidence, status."""
    view = _View(corpus, {finding.id: review})
    topic = view.topic.get(finding.topic_id)
    flag = " · contradiction" if finding.contradiction else ""
    lines = [f"{position} {finding.id} · {finding.kind.value} · severity {finding.severity.label}{flag}",
             f"event: {_printable(view.event[finding.event_id].label)}"
             + (f" · topic: {_printable(topic.label)}" if topic else ""),
             f"reason: {_printable(finding.reason)}"]
    if review.status != "open" or review.changed:
        lines.append(f"status: {review.status}" + (" — evidence changed since it was reviewed" if review.changed else ""))
    if review.note:
        lines.append(f"note: {_printable(review.note)}")
    lines.append("evidence:")
    for number, claim_id in enumerate(finding.claim_ids, 1):
        claim = view.claim[claim_id]
        side = f" ({view.side_name(claim.side)})" if claim.side else ""
        lines += [f"  {number}. “{_printable(claim.text)}”",
                  f"     {_printable(view.article[claim.article_id].outlet)}, {_printable(claim.voice)}{side} — "
                  f"{_printable(view.where(claim))}"]
    return "\n".join(lines)


def _printable(text: str) -> str:
    """Article text for a terminal: no escape sequences or other control characters."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text))
