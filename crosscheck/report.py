"""Report: a Corpus -> Markdown divergence report and its JSON twin, read top-down.

Order: a summary (counts by kind and severity, the findings that matter most), what changed
since the last run, the sources and the files skipped, each event's coverage, every finding in
one table, the findings by section with their evidence, and last the dismissed ones. Findings are
sorted by severity, then kind, everywhere, `crosscheck review` included.
"""
from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict

from tabulate import tabulate

from .labels import fit, window
from .review import is_dismissed, needs_review
from .salience import rank, scores, text_substance
from .tracking import History
from .types import (
    Claim,
    Corpus,
    Finding,
    Kind,
    Review,
    Severity,
    claims_by_event,
    topics_by_event,
)

SCHEMA = "crosscheck.report/1"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|!#~])")
_QUOTE_LIMIT = 240
# Characters of a finding's line in a table: shortened there by words, never mid-word.
_TABLE_REASON_LIMIT = 160
# The summary's table of what matters most: about ten per event, fewer when fewer reach medium
# severity (a screen's worth for a two-event corpus).
_TOP_PER_EVENT = 10
_TOP_SEVERITY = Severity.MEDIUM
# A finding's line names its topic first unless the point's first words already do.
_OPENING_WORDS = 6
# Words of a who-says-what cell's gist.
_GIST_WORDS = 8
# A relative clause told as a claim of its own ("who announced ...") is quoted after this many words it tells of.
_ANTECEDENT_WORDS = 4
_RELATIVE_WORDS = ("who", "whom", "whose", "which", "where", "when")
_LIST_JOINER = re.compile(r"(?:and|or|but|nor|plus|as well as)\s+", re.I)  # opens a list's item cut from its sentence
_SECTIONS = (
    ("Contradictions flagged for review", lambda f: f.contradiction),
    ("Other differences", lambda f: f.kind is Kind.DIFFER and not f.contradiction),
    ("Omissions", lambda f: f.kind is Kind.OMIT),
    ("Agreements", lambda f: f.kind is Kind.AGREE),
)
_KIND_NAMES = {"Contradictions flagged for review": "contradiction", "Other differences": "other difference",
               "Omissions": "omission", "Agreements": "agreement"}


def escape(text: str, limit: int | None = None) -> str:
    """Make article text inert in Markdown: no HTML, no links, no table breaks, one line."""
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = fit(text, limit)  # by words, never mid-word
    text = html.escape(text, quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def render_markdown(corpus: Corpus, reviews: dict[str, Review] | None = None, history: History | None = None, *,
                    skipped: tuple[str, ...] = (), scope: str = "") -> str:
    """The divergence report.

    Args:
        reviews: each finding's review state (default: all open).
        history: what changed since the run before; None leaves the section out.
        skipped: the files not read, each with why (`RunStats.skipped`).
        scope: a description of the selection applied to `corpus.findings`, when one was.
    """
    corpus = rank(corpus)
    view = _View(corpus, reviews or {})
    findings = report_order(corpus.findings)
    parts = [f"# Divergence report — {counted(len(corpus.articles), 'article')} · "
             f"{counted(len(corpus.clustering.events), 'event')} · {counted(len(corpus.claims), 'claim')}", ""]
    warnings = [f"- warning: {escape(w)}" for w in corpus.warnings]  # accounts with no side, text left out
    parts += view.summary(findings, scope) + warnings + [""] * bool(warnings)
    if history is not None:
        parts += view.history(history)
    parts += ["## Sources", "", view.sources_table(), ""]
    if skipped:
        parts += [f"## Skipped files ({len(skipped)})", ""] + [f"- {escape(s)}" for s in skipped] + [""]
    for event in corpus.clustering.events:
        parts += [f"## {escape(event.label)} ({len(event.article_ids)} article{'s' if len(event.article_ids) != 1 else ''})",
                  "", view.coverage_table(event), ""]
        if event.unsure:  # set apart by the events stage: nearer another occasion, so compared with nothing here
            parts += ["Possibly another story, not compared: " + "; ".join(
                escape(f"{view.article[a].outlet}, “{view.article[a].title}”") for a in event.unsure), ""]
    parts += [f"## Findings at a glance ({len(findings)})", ""] + _folded(
        "every finding, most severe and most substantive first", [view.findings_table(findings), ""])
    standing = [f for f in findings if not is_dismissed(view.reviews.get(f.id))]
    for title, _ in _SECTIONS:
        chosen = [f for f in standing if _section_of(f) == title]
        parts += [f"## {title} ({len(chosen)})", ""]
        first = [f for f in chosen if f.severity >= _TOP_SEVERITY]
        rest = [f for f in chosen if f.severity < _TOP_SEVERITY]
        parts += [view.finding(f) for f in first]
        if rest:
            parts += _folded(f"{len(rest)} {'more ' if first else ''}of low substance", [view.finding(f) for f in rest])
        if not chosen:
            parts += ["None found.", ""]
    dismissed = [f for f in findings if is_dismissed(view.reviews.get(f.id))]
    if dismissed:
        parts += [f"## Dismissed ({len(dismissed)})", ""] + [view.dismissed(f) for f in dismissed] + [""]
    return "\n".join(parts).rstrip() + "\n"


def _folded(summary: str, lines: list[str]) -> list[str]:
    """Markdown folded under a one-line summary (an HTML <details> block: GitHub and most viewers fold it)."""
    return ["<details>", f"<summary>{html.escape(summary)}</summary>", ""] + lines + ["</details>", ""]


def top_findings(findings: list[Finding], review: dict[str, Review] | None = None) -> list[Finding]:
    """What the report puts first: the most substantive differences and omissions standing, up to
    _TOP_PER_EVENT per event, of medium severity or more, in the order given (the report's)."""
    taken: dict[str, int] = defaultdict(int)
    chosen = []
    for finding in findings:
        if (finding.kind is Kind.AGREE or is_dismissed((review or {}).get(finding.id)) or finding.severity < _TOP_SEVERITY
                or taken[finding.event_id] >= _TOP_PER_EVENT):
            continue
        taken[finding.event_id] += 1
        chosen.append(finding)
    return chosen


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
        self.name = relative_names(corpus.articles)
        self.position = {c.id: i for i, c in enumerate(corpus.claims)}

    def side_name(self, side: str | None) -> str:
        return self.corpus.side_labels.get(side, side or "—")

    def where(self, claim: Claim) -> str:
        return f"{self.name[claim.article_id]}:{claim.line}"

    def quoted(self, claim: Claim) -> str:
        """The claim as evidence: a relative clause told as a claim of its own keeps, before it, the words of its
        sentence that it tells of ("…against Dr. Alan Braid, who announced …")."""
        words = claim.text.split()
        if not words or words[0].lower() not in _RELATIVE_WORDS:
            return claim.text
        line = next((l.text for l in self.article[claim.article_id].lines if l.number == claim.line), "")
        at = line.find(claim.text)
        before = line[:at].split()[-_ANTECEDENT_WORDS:] if at > 0 else []
        return f"…{' '.join(before)} {claim.text}" if before else claim.text

    def source(self, claim: Claim) -> str:
        """Who says it: the outlet, then the voice when that is someone else, then the side."""
        return claim_source(claim, self.article[claim.article_id].outlet, self.side_name(claim.side))

    def summary(self, findings: list[Finding], scope: str) -> list[str]:
        review = {f.id: self.reviews.get(f.id, Review("open")) for f in findings}
        to_review = sum(needs_review(f, review[f.id]) for f in findings)
        dismissed = sum(is_dismissed(review[f.id]) for f in findings)
        lines = ["## Summary", ""]
        if scope:
            lines += [f"Showing only findings with {escape(scope)}.", ""]
        lines += [f"{counted(len(findings), 'finding')}; {to_review} to review"
                  + (f", {dismissed} dismissed" if dismissed else "") + ".", ""]
        if not findings:
            return lines
        levels = sorted(Severity, reverse=True)
        rows = []
        for title, _ in _SECTIONS:
            chosen = [f for f in findings if _section_of(f) == title]
            if chosen:
                rows.append([_KIND_NAMES[title]] + [sum(f.severity is s for f in chosen) or "—" for s in levels]
                            + [len(chosen)])
        lines += [tabulate(rows, ["kind"] + [s.label for s in levels] + ["total"], tablefmt="github"), ""]
        top = top_findings(findings, review)
        if top:
            lines += [f"What matters most ({len(top)} of the differences and omissions standing, up to "
                      f"{_TOP_PER_EVENT} per event):", "", self.top_table(top), ""]
        return lines

    def top_table(self, findings: list[Finding]) -> str:
        rows = [[f"`{f.id}`", f.severity.label, escape(plain_line(f, self, _TABLE_REASON_LIMIT)),
                 escape(self.event[f.event_id].label)] for f in findings]
        return tabulate(rows, ["id", "severity", "finding", "event"], tablefmt="github")

    def sources_table(self) -> str:
        rows = [[escape(self.name[a.id]), escape(a.outlet), a.published.isoformat() if a.published else "unknown",
                 escape(a.title, 90), self.counts[a.id], escape(self.event_of[a.id].label)]
                for a in self.corpus.articles]
        table = tabulate(rows, ["file", "outlet", "date", "title", "claims", "event"], tablefmt="github")
        return table + "".join(self.versions_note())

    def versions_note(self) -> list[str]:
        """One line per article with versions (an update, a correction, a syndicated copy)."""
        groups = sorted({tuple(sorted((a.id, *a.versions), key=self.name.get)) for a in self.corpus.articles
                         if a.versions and all(v in self.name for v in a.versions)})
        return [f"\n\nVersions of one article, each read with its own claims (what changed between them is "
                f"among the findings): {', '.join(escape(self.name[aid]) for aid in group)}." for group in groups]

    def coverage_table(self, event) -> str:
        """Who says what: a row per topic, a column per side and outlet, each cell the gist of what
        that column says on the topic (its most substantive claim, in a few words) and how many
        claims say it."""
        claims = self.event_claims[event.id]
        sides = sorted({c.side for c in claims if c.side}, key=lambda s: (-sum(c.side == s for c in claims), s))
        outlets = sorted({self.article[a].outlet for a in event.article_ids})
        topics = [t for t in self.event_topics.get(event.id, []) if len(t.claim_ids) > 1]
        columns = [(self.side_name(s), lambda c, s=s: c.side == s) for s in sides]
        columns += [(o, lambda c, o=o: self.article[c.article_id].outlet == o) for o in outlets]
        cells = [[[c for c in (self.claim[i] for i in t.claim_ids) if belongs(c)] for _, belongs in columns]
                 for t in topics]
        # A column no topic row fills says nothing, and an outlet that is a side's one voice says it twice:
        # leave them out.
        used = [i for i in range(len(columns)) if any(row[i] for row in cells)
                and not (i >= len(sides) and any(_same_column(cells, i, j) for j in range(len(sides))))]
        rows = [[escape(t.label)] + [self.gist(row[i], t.label) for i in used] for t, row in zip(topics, cells)]
        singles = sum(1 for t in self.event_topics.get(event.id, []) if len(t.claim_ids) == 1)
        headers = ["topic"] + [escape(columns[i][0]) for i in used]
        table = tabulate(rows, headers, tablefmt="github") if rows else "No topic has more than one claim."
        alone = "stands alone in a topic of its own" if singles == 1 else "stand alone in topics of their own"
        return table + (f"\n\n{counted(singles, 'more claim')} {alone}." if singles else "")

    def gist(self, claims: list[Claim], label: str = "") -> str:
        """A cell of who says what: a few words of the most substantive claim (from just before the
        topic's name, when it names it), and how many claims when more than one."""
        if not claims:
            return "—"
        best = max(claims, key=lambda c: (text_substance(c.text, c), -self.position[c.id]))
        count = f" ({len(claims)})" if len(claims) > 1 else ""
        return escape(window(best.text, label, _GIST_WORDS)) + count

    def findings_table(self, findings: list[Finding]) -> str:
        if not findings:
            return "No findings."
        rows = [[f"`{row[0]}`", *row[1:4], escape(plain_line(finding, self, _TABLE_REASON_LIMIT))]
                for finding, row in zip(report_order(findings), finding_rows(findings, self.reviews))]
        return tabulate(rows, FINDING_COLUMNS, tablefmt="github")

    def history(self, history: History) -> list[str]:
        run = f"the run of {format_time(history.current_at)}" if history.current_at else "this run"
        if history.previous_at is None:
            return ["## Since the last run", "",
                    f"This report comes from {run}, the first with these settings on this corpus: "
                    "nothing earlier to compare with.", ""]
        counts = f"{len(history.new)} new, {len(history.changed)} changed, {len(history.gone)} gone"
        lines = [f"## Since the last run ({counts})", "",
                 f"This report comes from {run}, compared with the run of {format_time(history.previous_at)}.", ""]
        marked = [(i, "new") for i in history.new] + [(i, "evidence changed") for i in history.changed]
        for finding_id, what in marked:
            finding = self.finding_of.get(finding_id)
            if finding is not None:  # a selection may leave it out
                lines.append(f"- `{finding.id}` {what} · {finding.kind.value} · severity {finding.severity.label} — "
                             f"{escape(finding.reason, _QUOTE_LIMIT)}")
        for gone in history.gone:
            lines.append(f"- `{gone.finding_id}` gone ({escape(gone.why)}) · {gone.kind} · severity {gone.severity} — "
                         f"{escape(gone.reason, _QUOTE_LIMIT)}")
        return lines + ([] if marked or history.gone else ["Nothing new, nothing changed, nothing gone."]) + [""]

    def finding(self, finding: Finding) -> str:
        """A finding in full: its line, what it is, the note, and each piece of evidence quoted whole."""
        lines = [f"- {escape(plain_line(finding, self))}  ",
                 f"  `{finding.id}` · {finding.kind.value} · severity {finding.severity.label} · "
                 f"{escape(self.event[finding.event_id].label)}{self.review_mark(finding)}"]
        note = self.reviews.get(finding.id, Review("open")).note
        if note:
            lines.append(f"  - Reviewer's note: {escape(note)}")
        for claim_id in finding.claim_ids:
            claim = self.claim[claim_id]
            lines.append(f"  - “{escape(self.quoted(claim))}” — {escape(self.source(claim))} "
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


def claim_source(claim: Claim, outlet: str, side_name: str) -> str:
    """"Outlet, Voice (Side)", with the voice left out when it is the outlet's own narration."""
    voice = claim.voice.strip()
    narration = not voice or voice.casefold() == outlet.strip().casefold()
    text = outlet if narration else f"{outlet}, {voice}"
    return text + (f" ({side_name})" if claim.side else "")


def relative_names(articles) -> dict[str, str]:
    """Each article's path relative to the folder all the corpus's files are under, so that two
    folders' files of one name are told apart."""
    paths = {a.id: os.path.abspath(a.path) for a in articles}
    if not paths:
        return {}
    root = os.path.commonpath([os.path.dirname(p) for p in paths.values()])
    return {aid: os.path.relpath(path, root) for aid, path in paths.items()}


def render_json(corpus: Corpus, reviews: dict[str, Review] | None = None, history: History | None = None, *,
                skipped: tuple[str, ...] = ()) -> str:
    """The same content as the Markdown report, as `crosscheck.report/1` JSON."""
    reviews = reviews or {}
    event_of = {aid: e.id for e in corpus.clustering.events for aid in e.article_ids}
    data = {
        "schema": SCHEMA,
        "articles": [{"id": a.id, "path": a.path, "outlet": a.outlet, "title": a.title,
                      "date": a.published.isoformat() if a.published else None, "event": event_of[a.id]}
                     for a in corpus.articles],
        "skipped": list(skipped),
        "events": [{"id": e.id, "label": e.label, "articles": list(e.article_ids)} for e in corpus.clustering.events],
        "claims": [{"id": c.id, "article": c.article_id, "text": c.text, "line": c.line, "voice": c.voice,
                    "side": c.side, "quote": c.quote, "topic": corpus.clustering.topic_of.get(c.id)}
                   for c in corpus.claims],
        "topics": [{"id": t.id, "label": t.label, "event": t.event_id} for t in corpus.clustering.topics],
        "findings": [],
    }
    corpus = rank(corpus)
    view, salience = _View(corpus, reviews), scores(corpus)
    for finding in report_order(corpus.findings):
        entry = _finding_json(finding, reviews.get(finding.id, Review("open")))
        entry.update(line=plain_line(finding, view), salience=salience[finding.id])
        data["findings"].append(entry)
    if history is not None:
        data["since"] = {"previous_run": history.previous_at, "run": history.current_at,
                         "new": list(history.new), "changed": list(history.changed),
                         "gone": [{"id": g.finding_id, "kind": g.kind, "severity": g.severity, "reason": g.reason,
                                   "why": g.why} for g in history.gone]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _finding_json(finding: Finding, review: Review) -> dict:
    data = {"id": finding.id, "kind": finding.kind.value, "severity": finding.severity.label,
            "contradiction": finding.contradiction, "event": finding.event_id, "topic": finding.topic_id,
            "reason": finding.reason, "claims": list(finding.claim_ids),
            "review": {"status": review.status, "note": review.note, "changed": review.changed}}
    if finding.kind is Kind.OMIT:
        data.update(level=finding.level, present=list(finding.present), absent=list(finding.absent),
                    corroborated=finding.corroborated)
    if finding.kind is Kind.DIFFER:
        data.update(basis=finding.basis, queued=finding.queued)
    if finding.values:  # differences: each conflicting value; side omissions: the parts not covered
        data["values"] = [{"value": v.value, "claims": list(v.claim_ids), "sources": list(v.sources)}
                          for v in finding.values]
    return data


FINDING_COLUMNS = ["id", "kind", "severity", "status", "reason"]


def finding_rows(findings, reviews: dict[str, Review], corpus: Corpus | None = None) -> list[list[str]]:
    """One row per finding, in report order: id, kind, severity, review status, and its line (raw
    text): the plain line that leads with the point when the corpus is given, else the comparator's reason."""
    view = _View(corpus, reviews) if corpus is not None else None
    rows = []
    for finding in report_order(findings):
        review = reviews.get(finding.id, Review("open"))
        rows.append([finding.id, finding.kind.value + (" (contradiction)" if finding.contradiction else ""),
                     finding.severity.label, review.status + (", changed since reviewed" if review.changed else ""),
                     _listed(finding, view) if view else finding.reason])
    return rows


def _same_column(cells: list[list[list[Claim]]], column: int, other: int) -> bool:
    """Whether two columns of who says what hold the same claims in every row."""
    return all(row[column] == row[other] for row in cells)


def _listed(finding: Finding, view: _View) -> str:
    """A finding's line for a listing: the point, then who has it and who not without the parentheses."""
    point, where = line_parts(finding, view)
    where = re.sub(r"^in the (.+?)'s account, absent from the (.+?)'s$", r"\1's, not \2's", _compact(where))
    return f"{point} — {where}" if where else point


def report_order(findings) -> list[Finding]:
    """Findings as the report and `review` show them: most severe first, and within a severity in
    the order given (`salience.rank`: most substantive first)."""
    return sorted(findings, key=lambda f: -f.severity)


# -- the one-line statement of a finding --------------------------------------------------------

def plain_line(finding: Finding, view: _View, width: int | None = None) -> str:
    """`Taiwan: Xi told Trump Taiwan's return to China is part of the post-war order — in the Chinese
    side's account (Xinhua), absent from the US side's`: the point first, then who has it and who not.
    With `width`, the point is shortened by words so that the line fits, and who has it is kept whole."""
    point, where = line_parts(finding, view)
    if width and len(point) + len(where) + 3 > width:
        where = _compact(where)
        point = fit(point, max(width - len(where) - 3, 30))
    return f"{point} — {where}" if where else point


def _outlet(outlet: str) -> str:
    """An outlet's name without what its file adds in parentheses ("White House (statement from ...)")."""
    return outlet.split(" (")[0].strip() or outlet


def _compact(where: str) -> str:
    """Who has it and who not, without the parentheses (outlets, the extra points) and what follows a
    semicolon (who reports the omission): for tables."""
    while True:
        shorter = re.sub(r" ?\([^()]*\)", "", where)
        if shorter == where:
            return where.split("; ")[0]
        where = shorter


def line_parts(finding: Finding, view: _View) -> tuple[str, str]:
    """A finding's point (its topic, when the words name it, and what is said) and who has it and who not."""
    claims = [view.claim[c] for c in finding.claim_ids if c in view.claim]
    if finding.kind is Kind.OMIT and finding.present and finding.level == "side":
        point, where = _side_omission_parts(finding, view, claims)
    elif finding.kind is Kind.OMIT and finding.level == "outlet" and claims:
        point, where = _point(claims[0]), f"in {', '.join(finding.present)}; not in {', '.join(finding.absent)}"
    elif finding.kind is Kind.AGREE and finding.basis != "headline" and claims:
        best = max(claims, key=lambda c: (text_substance(c.text, c), -view.position[c.id]))
        point, where = _point(best), _said_alike(finding, view, claims)
    else:
        point, where = finding.reason, ""
    topic = view.topic.get(finding.topic_id)
    return _with_topic(topic.label if topic else "", point), where


def _said_alike(finding: Finding, view: _View, claims: list[Claim]) -> str:
    """Who says it: the sides of a side agreement ("in the Indian side's and the Chinese side's accounts"),
    else the outlets."""
    sides = list(dict.fromkeys(c.side for c in claims if c.side))
    if finding.level == "side" and len(sides) > 1:
        return "in the " + "'s and the ".join(view.side_name(side) for side in sides) + "'s accounts"
    outlets = sorted({_outlet(view.article[c.article_id].outlet) for c in claims})
    return f"said alike by {len(outlets)} outlets: {', '.join(outlets)}"


def _with_topic(label: str, point: str) -> str:
    """"Taiwan: ..." when the point's words name the topic; a topic they do not name would mislead."""
    words = [_word_key(w) for w in point.split()]
    if not label or not all(_word_key(w) in words for w in label.split()):
        return point
    if all(_word_key(w) in words[:_OPENING_WORDS] for w in label.split()):
        return point  # the point opens with it: "Beijing: Beijing has warned ..." says it twice
    return f"{label[:1].upper()}{label[1:]}: {point}"


def _side_omission_parts(finding: Finding, view: _View, claims: list[Claim]) -> tuple[str, str]:
    by_id = {c.id: c for c in claims}
    values = finding.values or ()
    if values:
        best = max(values, key=lambda v: (text_substance(v.value, by_id.get(v.claim_ids[0])),
                                          -values.index(v)))
        point = _point(by_id.get(best.claim_ids[0]), best.value)
        more = len(values) - 1
    else:
        point, more = (_point(claims[0]) if claims else ""), 0
    present = view.side_name(finding.present[0])
    absent = "'s and the ".join(view.side_name(side) for side in finding.absent)
    evidence = [by_id[v.claim_ids[0]] for v in values if v.claim_ids[0] in by_id] or claims[:1]
    outlets = sorted({_outlet(view.article[c.article_id].outlet) for c in evidence})
    where = f"in the {present}'s account ({', '.join(outlets)}), absent from the {absent}'s"
    if more:
        where += f" (with {more} more point{'s' if more > 1 else ''} it leaves out)"
    if finding.corroborated:
        reporters = sorted({_outlet(view.article[c.article_id].outlet) for c in claims[len(evidence):]})
        where += f"; {', '.join(reporters) or 'an outlet'} reports the omission"
    return point, where


def _point(claim: Claim | None, text: str | None = None) -> str:
    """What is said. A clause cut from a longer claim (a side omission's part) that does not name
    its speaker is quoted after the speaker's name; a relative clause told as a claim of its own after who it tells of
    (its speaker, for "who"); a whole claim stands as written."""
    whole = " ".join((claim.text if claim else "").split())
    text = " ".join(text.split()) if text is not None else whole
    joined = _LIST_JOINER.match(text)
    if joined and text != whole:  # a list's last item cut from its sentence: "…the return of the children"
        text = "…" + text[joined.end():]
    first = text.split(" ", 1)[0].lower()
    if first in _RELATIVE_WORDS:  # a relative clause told as a claim: "Dr. Braid, who said ..."
        return f"{claim.voice}, {text}" if first == "who" and claim is not None and claim.voice else f"…{text}"
    if claim is None or text.strip(" .,;:") == whole.strip(" .,;:") or not claim.attributed or not claim.voice:
        return text
    voice = claim.voice.split()
    names = {_word_key(w) for w in voice if w[:1].isupper()} or {_word_key(voice[-1])}  # "prime minister": its head
    if names & {_word_key(w) for w in text.split()}:
        return text
    quoted = text.strip('“”" ')
    return f"{claim.voice}: “{quoted}”"


def _word_key(word: str) -> str:
    """A word compared as a name: case, possessive and surrounding punctuation set aside ("Xi’s" = "xi")."""
    return re.sub(r"[’']s$", "", word.casefold().strip("“”\"()[],;:!?")).strip(".")


def _section_of(finding: Finding) -> str:
    """The first section a finding belongs to: each finding is shown once."""
    return next(title for title, belongs in _SECTIONS if belongs(finding))


def review_screen(corpus: Corpus, finding: Finding, review: Review, position: str = "") -> str:
    """One finding as plain terminal text for `crosscheck review`: reason, evidence, status."""
    view = _View(corpus, {finding.id: review})
    topic = view.topic.get(finding.topic_id)
    flag = " · contradiction" if finding.contradiction else ""
    line = plain_line(finding, view)
    lines = [f"{position} {finding.id} · {finding.kind.value} · severity {finding.severity.label}{flag}".lstrip(),
             f"event: {_printable(view.event[finding.event_id].label)}"
             + (f" · topic: {_printable(topic.label)}" if topic else ""),
             f"finding: {_printable(line)}",
             f"status: {review.status}" + (" — evidence changed since it was reviewed" if review.changed else "")]
    if review.note:
        lines.append(f"note: {_printable(review.note)}")
    lines.append("evidence:")
    for number, claim_id in enumerate(finding.claim_ids, 1):
        claim = view.claim[claim_id]
        lines += [f"  {number}. “{_printable(view.quoted(claim))}”",
                  f"     {_printable(view.source(claim))} — {_printable(view.where(claim))}"]
    return "\n".join(lines)


def _printable(text: str) -> str:
    """Article text for a terminal: no escape sequences or other control characters."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text))


def status_line(target: str, tracked, reviews: dict[str, Review]) -> str:
    """The one line `crosscheck report` prints: what was read, what was found, what changed, what to do."""
    stats, history, corpus = tracked.stats, tracked.history, tracked.corpus
    to_review = sum(needs_review(f, reviews.get(f.id)) for f in corpus.findings)
    changes = f"{len(history.new)} new, {len(history.changed)} changed, {len(history.gone)} gone"
    if tracked.reused:
        since = (f"corpus unchanged since the run of {format_time(tracked.finished_at)}"
                 + (f", which found {changes}" if history.previous_at else ", the first with these settings"))
    elif history.previous_at:
        since = f"{changes} since the run of {format_time(history.previous_at)}"
    else:
        since = "first run with these settings"
    line = (f"{target}: {counted(stats.articles, 'article')}, {counted(len(corpus.clustering.events), 'event')}, "
            f"{counted(stats.claims, 'claim')}, {counted(len(corpus.findings), 'finding')} ({since}); "
            f"{to_review} to review")
    if stats.skipped:
        line += f"; {counted(len(stats.skipped), 'file')} skipped"
    if stats.embedded:
        line += f"; embedded {counted(stats.embedded, 'new text')}"
    return line


def counted(n: int, noun: str) -> str:
    """`1 event`, `2 events`."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def format_time(iso: str | None) -> str:
    """An ISO time as the report shows it: `2026-03-11 10:02 UTC`."""
    if not iso:
        return "unknown"
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(iso).astimezone(timezone.utc)
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
