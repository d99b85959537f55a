"""Report: a Corpus -> Markdown divergence report and its JSON twin."""
from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict

from tabulate import tabulate

from .types import Claim, Corpus, Finding, Kind

SCHEMA = "crosscheck.report/1"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|!#~])")
_QUOTE_LIMIT = 240
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


def render_markdown(corpus: Corpus) -> str:
    """The divergence report: sources, events with coverage, then findings by section."""
    view = _View(corpus)
    parts = [f"# Divergence report — {len(corpus.articles)} articles · {len(corpus.clustering.events)} events · "
             f"{len(corpus.claims)} claims", "", "## Sources", "", view.sources_table(), ""]
    for event in corpus.clustering.events:
        parts += [f"## {escape(event.label)} ({len(event.article_ids)} article{'s' if len(event.article_ids) != 1 else ''})",
                  "", view.coverage_table(event), ""]
    for title, belongs in _SECTIONS:
        chosen = [f for f in corpus.findings if belongs(f)]
        parts += [f"## {title} ({len(chosen)})", ""]
        parts += [view.finding(f) for f in chosen] or ["None found.", ""]
    return "\n".join(parts).rstrip() + "\n"


class _View:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.article = {a.id: a for a in corpus.articles}
        self.claim = {c.id: c for c in corpus.claims}
        self.topic = {t.id: t for t in corpus.clustering.topics}
        self.event = {e.id: e for e in corpus.clustering.events}
        self.event_of = {aid: e for e in corpus.clustering.events for aid in e.article_ids}
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
        claims = [c for c in self.corpus.claims if c.article_id in event.article_ids]
        sides = sorted({c.side for c in claims if c.side}, key=lambda s: -sum(c.side == s for c in claims))
        outlets = sorted({self.article[a].outlet for a in event.article_ids})
        topics = [t for t in self.corpus.clustering.topics if t.event_id == event.id and len(t.claim_ids) > 1]
        rows = []
        for topic in topics:
            members = [self.claim[c] for c in topic.claim_ids]
            row = [escape(topic.label)]
            row += [sum(c.side == s for c in members) or "—" for s in sides]
            row += [sum(self.article[c.article_id].outlet == o for c in members) or "—" for o in outlets]
            rows.append(row)
        singles = sum(1 for t in self.corpus.clustering.topics if t.event_id == event.id and len(t.claim_ids) == 1)
        headers = ["topic"] + [escape(self.side_name(s)) for s in sides] + [escape(o) for o in outlets]
        table = tabulate(rows, headers, tablefmt="github") if rows else "No topic has more than one claim."
        return table + (f"\n\n{singles} more claims stand alone in topics of their own." if singles else "")

    def finding(self, finding: Finding) -> str:
        topic = self.topic.get(finding.topic_id)
        label = f"**{escape(topic.label)}** — " if topic else ""
        lines = [f"- {label}{escape(finding.reason)}  ",
                 f"  `{finding.id}` · {finding.kind.value} · severity {finding.severity.label} · "
                 f"{escape(self.event[finding.event_id].label)}"]
        for claim_id in finding.claim_ids:
            claim = self.claim[claim_id]
            outlet = self.article[claim.article_id].outlet
            source = escape(claim.voice) + (f" ({escape(self.side_name(claim.side))})" if claim.side else "")
            lines.append(f"  - “{escape(claim.text, _QUOTE_LIMIT)}” — {escape(outlet)}, {source} "
                         f"({escape(self.where(claim))})")
        return "\n".join(lines) + "\n"


def render_json(corpus: Corpus) -> str:
    """The same content as the Markdown report, as `crosscheck.report/1` JSON."""
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
        "findings": [_finding_json(f) for f in corpus.findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _finding_json(finding: Finding) -> dict:
    data = {"id": finding.id, "kind": finding.kind.value, "severity": finding.severity.label,
            "contradiction": finding.contradiction, "event": finding.event_id, "topic": finding.topic_id,
            "reason": finding.reason, "claims": list(finding.claim_ids)}
    if finding.kind is Kind.OMIT:
        data.update(level=finding.level, present=list(finding.present), absent=list(finding.absent),
                    corroborated=finding.corroborated)
    return data
