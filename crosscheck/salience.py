"""Salience: findings -> how much substance each carries, and the order and severity that follow.

A claim's substance comes from what it says: a warning or threat, a demand, a position, a
commitment, a figure, a named place or actor at stake rank high; procedure (who called whom,
greetings, scheduling, the tone of the talk) and attribution boilerplate rank low (cue words in
data/salience.toml). A finding's substance is that of what it is about: an omission, what is
missing; a difference, the claims that differ; an agreement, what it adds beyond the ledes, less
when every outlet of the event says it. The kind adds a little (a contradiction, a side omission an
outlet corroborates) so that, of two equally substantive findings, the sharper is read first.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict

from .lexicon import data_table
from .types import Claim, Corpus, Finding, Kind, Severity

# What the kind adds to a finding's substance: a conflict or a corroborated silence is sharper than
# an outlet's omission; an agreement is context. Set by reading the seeds and the 2014 and 2017
# readout calls (benchmarks/findings.py TUNING_CALLS); the other calls and AllSides were not read.
_KIND_BONUS = {"contradiction": 0.25, "figures": 0.15, "dates": 0.05, "corroborated": 0.2, "side": 0.1,
               "reported": 0.0, "outlet": 0.0, "differ": 0.05, "certainty": -0.2, "agree": -0.2,
               "headline": -0.45}
# Cue classes that only say who said it: they lower a claim that says nothing else.
_ATTRIBUTION = ("boilerplate",)
# Each named entity of a claim (a place or actor at stake) adds this, up to _ENTITY_CAP.
_ENTITY = 0.07
_ENTITY_CAP = 0.21
_FIGURE = 0.2
# A claim this short says little on its own ("Trump said so.").
_SHORT_WORDS = 7
_SHORT = -0.1
# An agreement every outlet of its event carries restates the story: its substance is scaled down.
_EVERYONE = 0.6
# Severity from substance: a finding at or above each bound (a difference or omission only).
SEVERITY_BOUNDS = ((Severity.HIGH, 1.0), (Severity.MEDIUM, 0.7), (Severity.LOW, 0.4))


@dataclasses.dataclass(frozen=True)
class _Cues:
    weights: dict[str, float]
    patterns: dict[str, re.Pattern]
    base: float


@functools.cache
def _cues() -> _Cues:
    table = data_table("salience.toml")
    weights, patterns = {}, {}
    for name, entry in table["classes"].items():
        weights[name] = float(entry["weight"])
        # The word-start test once, outside the alternation: inside it, every cue tried it at every
        # character of the text, and scoring a corpus's claims took seconds instead of a tenth.
        patterns[name] = re.compile(r"(?<![\w-])(?:" + "|".join(_cue_pattern(cue) for cue in entry["cues"]) + ")")
    return _Cues(weights, patterns, float(table["base"]))


def _cue_pattern(cue: str) -> str:
    """A cue's words (a trailing * takes any ending), up to a word's end; the start is tested by the caller."""
    words = cue.split()
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return r"\s+".join(parts) + r"(?![\w-])"


# A report scores each claim several times (ranking, the Markdown and the JSON, the cells of who says what).
@functools.lru_cache(maxsize=65536)
def cues(text: str) -> tuple[str, ...]:
    """The cue classes `text` has, in data/salience.toml order."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    return tuple(name for name, pattern in _cues().patterns.items() if pattern.search(lowered))


def text_substance(text: str, claim: Claim | None = None) -> float:
    """The substance of one statement (0 for none; 1 and above for a threat with a figure): its cue
    classes, figures and named entities."""
    table = _cues()
    found = cues(text)
    if any(table.weights[name] > 0 for name in found):  # attribution around a point takes nothing from it
        found = tuple(name for name in found if name not in _ATTRIBUTION)
    score = table.base + sum(table.weights[name] for name in found)
    if claim is not None:
        if any(re.search(r"\d", q.text) for q in claim.numbers):
            score += _FIGURE
        named = [e for e in claim.entities if e.lower() in text.lower() and e.lower() not in claim.voice.lower()]
        score += min(_ENTITY * len(named), _ENTITY_CAP)
    if len(text.split()) < _SHORT_WORDS:
        score += _SHORT
    return max(0.0, score)


class _Context:
    """The corpus looked up for scoring: claims by id, each article's lede line, each event's outlets."""

    def __init__(self, corpus: Corpus):
        self.claim = {c.id: c for c in corpus.claims}
        outlet = {a.id: a.outlet for a in corpus.articles}
        self.outlet = {c.id: outlet.get(c.article_id, "") for c in corpus.claims}
        first = defaultdict(lambda: 10 ** 9)
        for claim in corpus.claims:
            first[claim.article_id] = min(first[claim.article_id], claim.line)
        self.lede = {c.id: c.line == first[c.article_id] for c in corpus.claims}
        self.event_outlets = {e.id: {outlet[a] for a in e.article_ids if a in outlet} for e in corpus.clustering.events}


def finding_substance(finding: Finding, context: _Context) -> float:
    """What the finding says, 0 to 1, before the kind's bonus."""
    claims = [context.claim[c] for c in finding.claim_ids if c in context.claim]
    if not claims:
        return 0.0
    if finding.kind is Kind.OMIT and finding.values:  # a side omission: the parts not covered
        by_id = {c.id: c for c in claims}
        return max(text_substance(v.value, by_id.get(v.claim_ids[0])) for v in finding.values)
    if finding.kind is Kind.AGREE:
        beyond = [c for c in claims if not context.lede[c.id]] or claims
        score = max(text_substance(c.text, c) for c in beyond)
        outlets = {context.outlet[c.id] for c in claims}
        if outlets >= context.event_outlets.get(finding.event_id, set()):
            score *= _EVERYONE
        return score
    if finding.kind is Kind.OMIT and finding.corroborated:  # the corroborating outlet's claims come last
        claims = claims[:max(1, len(claims) - 1)]
    return max(text_substance(c.text, c) for c in claims)


def kind_of(finding: Finding) -> str:
    """The finding's kind as _KIND_BONUS names it."""
    if finding.kind is Kind.AGREE:
        return "headline" if finding.basis == "headline" else "agree"
    if finding.kind is Kind.DIFFER:
        if finding.contradiction:
            return "contradiction"
        return finding.basis if finding.basis in {"figures", "dates", "certainty"} else "differ"
    if finding.corroborated:
        return "corroborated"
    if finding.level == "side":
        return "side" if finding.present else "reported"
    return "outlet"


def scores(corpus: Corpus) -> dict[str, float]:
    """Each finding's salience: its substance plus what its kind adds (about -0.5 to 1.25)."""
    context = _Context(corpus)
    return {f.id: round(finding_substance(f, context) + _KIND_BONUS[kind_of(f)], 4) for f in corpus.findings}


def severity(finding: Finding, score: float) -> Severity:
    """Severity follows substance, up to the most the comparator allows (`Finding.most`): an agreement stays
    informational; a contradiction is never below medium."""
    if finding.kind is Kind.AGREE:
        return Severity.INFO
    level = min(next((level for level, bound in SEVERITY_BOUNDS if score >= bound), Severity.INFO), finding.most)
    return max(level, Severity.MEDIUM) if finding.contradiction else level


def rank(corpus: Corpus) -> Corpus:
    """The corpus with each finding at the severity its salience gives, most severe first, then most
    salient (the comparator's order among equals). Ranking a ranked corpus changes nothing."""
    score = scores(corpus)
    position = {f.id: i for i, f in enumerate(corpus.findings)}
    findings = [dataclasses.replace(f, severity=severity(f, score[f.id])) for f in corpus.findings]
    findings.sort(key=lambda f: (-f.severity, -score[f.id], position[f.id]))
    return dataclasses.replace(corpus, findings=tuple(findings))
