"""Omissions perhaps told in other words: the absent source states the point below the coverage bar, but about the
same thing.

An omission is raised when no claim of the absent source reaches a cosine bar (`CorpusIndex.uncovered`). A source
that states the point in other words (a narrower or broader wording, a synonym, a passive) can stay under it. Where
a claim (or clause) of the absent source comes close though under the bar (`told_otherwise_margin` below it) and
writes most of what the point names (`told_otherwise_share` of its phrases, names and figures, by their
stems), the omission is not stated with confidence: it stays in the findings at low severity, and its reason names
that claim with its file and line, so that a reviewer can check it in one look.
"""
from __future__ import annotations

import dataclasses
import os
import re

import numpy as np

from ..figures import word_number
from ..lexicon import words_of
from ..types import Claim, Finding, Kind, Severity
from ..features import reporting_verbs
from .align import synonym_written, stem_written
from .omissions import (
    LIGHT_PREDICATES, WORD_OR_HANDLE, CorpusIndex, bare_word, one_stem, party_names, procedure_word, side_accounts)
from .readings import clipped

_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


@dataclasses.dataclass(frozen=True)
class Told:
    """A claim of the absent source that perhaps tells the point: the claim, the words quoted (it or its clause)
    and how close it comes (cosine)."""
    claim: Claim
    text: str
    cosine: float


def hedge(index: CorpusIndex, findings: list[Finding]) -> list[Finding]:
    """The omission findings, each one that every absent source perhaps tells in other words lowered to low
    severity and its reason naming where; the rest as they were (a side omission of several points names those
    of them told otherwise, at its severity). An omission an outlet reports too (corroborated) is not weighed: the
    outlet read the absent account's silence."""
    return [_hedged(index, f) if f.kind is Kind.OMIT and f.present and not f.corroborated else f for f in findings]


def _hedged(index: CorpusIndex, finding: Finding) -> Finding:
    told = _side_told(index, finding) if finding.level == "side" else _outlet_told(index, finding)
    if not told:
        return finding
    if len(told) < _points(finding):  # some of its points only: the rest stand
        where = "; ".join(f"“{clipped(key[0], 50)}” perhaps told in other words: {_quoted(index, t)}"
                          for key, t in told.items())
        return dataclasses.replace(finding, reason=f"{finding.reason}; of these, {where}")
    where = "; ".join(_quoted(index, t) for t in told.values())
    return dataclasses.replace(finding, reason=f"{finding.reason}; perhaps told in other words: {where}",
                               severity=Severity.LOW, most=Severity.LOW)


def _quoted(index: CorpusIndex, told: Told) -> str:
    """“…” (file:line): the claim that perhaps tells the point, where a reviewer finds it."""
    claim = told.claim
    return f"“{clipped(told.text, 90)}” ({os.path.basename(index.article[claim.article_id].path)}:{claim.line})"


def _points(finding: Finding) -> int:
    """How many points the finding holds: each value (side) or each absent outlet."""
    return len(finding.values) * len(finding.absent) if finding.level == "side" else len(finding.absent)


def _side_told(index: CorpusIndex, finding: Finding) -> dict[tuple, Told]:
    """For each (point, absent side) of a side omission, the absent side's claim that perhaps tells it."""
    settings = index.settings
    accounts = side_accounts(index, finding.event_id)
    present = finding.present[0]
    told = {}
    for absent in finding.absent:
        said = [c for c in accounts.get(absent, []) if not c.omission]
        # the parties' and the people's names, not those of the places or things both accounts name: those tell
        # that the two are about one thing
        drop = party_names(index, present, absent) | _people(accounts.get(present, []) + said)
        for value in finding.values:
            claim = index.claim[value.claim_ids[0]]
            whole = value.value == claim.text
            bar = settings.side_coverage_similarity if whole else settings.part_coverage_similarity
            if found := told_otherwise(index, value.value, _vector(index, claim, value.value), claim, said, bar, drop):
                told[(value.value, absent)] = found
    return told


def _outlet_told(index: CorpusIndex, finding: Finding) -> dict[tuple, Told]:
    """For each absent outlet of an outlet omission, its claim that perhaps tells the fact: as close to one of the
    fact's statements as `told_otherwise` asks, and writing the words of its first (the one the reason names)."""
    claim = index.claim[finding.claim_ids[0]]
    vector = index.matrix([index.claim[c] for c in finding.claim_ids])
    told = {}
    for outlet in finding.absent:
        said = [c for c in index.event_claims[finding.event_id] if index.outlet(c) == outlet]
        if found := told_otherwise(index, claim.text, vector, claim, said, index.settings.coverage_similarity):
            told[(claim.text, outlet)] = found
    return told


def _people(claims: list[Claim]) -> frozenset[str]:
    """The capitalised words of the people's names (and dates) the claims stage read in `claims`: "Wang" where
    a sentence names him, also in one that the parser read no person in."""
    return frozenset(w for c in claims for phrase in c.incidentals for w in WORD_OR_HANDLE.findall(phrase) if w[:1].isupper())


def told_otherwise(index: CorpusIndex, text: str, vector: np.ndarray, claim: Claim, said: list[Claim], bar: float,
                   drop: frozenset[str] = frozenset()) -> Told | None:
    """The closest claim or clause of `said` (the absent source) within `told_otherwise_margin` under `bar` that
    writes at least `told_otherwise_share` of the things the point names (`point_units`); None when none does.
    `vector`: the point's (one row), or those of the statements of one fact (its closeness: the closest's)."""
    point = point_units(text, claim, drop)
    if not point or not said:
        return None
    texts, owners, rows = [], [], []
    for other in said:  # each claim, and each clause of a long one
        pieces, vectors = index.parts.get(other.id, ([], []))
        texts += [other.text, *pieces]
        owners += [other] * (1 + len(pieces))
        rows += [index.vectors[index.row[other.id]], *vectors]
    cosines = (np.atleast_2d(vector) @ np.vstack(rows).T).max(axis=0)
    floor = bar - index.settings.told_otherwise_margin
    for i in np.argsort(-cosines, kind="stable"):
        if cosines[i] < floor:
            break
        if written_share(point, texts[i]) >= index.settings.told_otherwise_share:
            return Told(owners[i], texts[i], float(cosines[i]))
    return None


def point_units(text: str, claim: Claim, drop: frozenset[str] = frozenset()) -> tuple[frozenset[str], ...]:
    """What a point names, thing by thing: the words of each of its claim's noun phrases and named entities
    written in `text` ("the Velden border", "their troops"; phrases that share a word are one thing), each figure,
    and what it says was done (`_acts`); not function words, procedure's words (data/procedure.toml), generic
    nouns (data/labels.toml), people's names and dates (the claim's incidentals) or the `drop` names (the
    parties')."""
    incidental = {w.lower() for phrase in claim.incidentals for w in WORD_OR_HANDLE.findall(phrase)}
    dropped = {d.lower() for d in drop}

    def kept(words) -> frozenset[str]:
        return frozenset(w for w in words if w.isalpha() and w not in incidental and w not in words_of("generic_nouns")
                         and not procedure_word(w, set()) and not any(one_stem(w, d) for d in dropped))
    phrases = [kept(p.words) for p in claim.phrases if p.text in text]
    phrases += [kept(bare_word(w).lower() for w in re.split(r"[\s-]+", e)) for e in claim.entities if e in text]
    units: list[frozenset[str]] = []
    for words in filter(None, phrases):
        joined = [u for u in units if u & words]
        units = [u for u in units if not u & words] + [words.union(*joined)]
    figures = _digits(text) | {_figure(q.value) for q in claim.numbers if q.text in text}
    acts = {_ACT + a for a in _acts(claim, text)}
    return tuple(sorted(units, key=sorted)) + tuple(frozenset({f}) for f in sorted(figures | acts))


# An act among a point's things (`point_units`): "~withdraw".
_ACT = "~"


def _acts(claim: Claim, text: str) -> set[str]:
    """What the point says was done, as written in `text`: its main predicate and that of the clause under it
    ("withdraw" of "would withdraw their troops", "calm" of "the border was calm"), not a light verb ("be",
    "have"), a verb of saying ("say", "urge", "call for"), of procedure ("agree") or one that brings a subject up
    ("raise", "review": data/labels.toml `topic_verbs`)."""
    frame = claim.frame
    if frame is None:
        return set()
    lemmas = {frame.predicate} | {c.predicate for c in frame.clauses if c.under_main}
    written = _words(text)
    unsaid = LIGHT_PREDICATES | reporting_verbs() | words_of("topic_verbs")
    return {a for a in lemmas if a.isalpha() and a not in unsaid and not procedure_word(a, set())
            and stem_written({a}, written)}


def written_share(units: tuple[frozenset[str], ...], text: str) -> float:
    """The share of a point's things (`point_units`) that `text` writes: a thing is written when at least half its
    words are (a word of the same stem; a figure alike)."""
    written, figures = _words(text), _figures(text)

    def writes(word: str) -> bool:
        if word.startswith(_ACT):  # an act, by its stem ("invite": "invitation") or a synonym ("halt": "stopped")
            return stem_written({word[1:]}, written) or synonym_written({word[1:]}, written)
        return word in figures if word[0].isdigit() else any(one_stem(word, x) for x in written)
    return sum(2 * sum(map(writes, unit)) >= len(unit) for unit in units) / len(units)


def _words(text: str) -> set[str]:
    """The words of a text, lower case, each piece of a hyphenated word alone ("post-Brexit", "China-UK")."""
    return {piece.lower() for w in WORD_OR_HANDLE.findall(text) for piece in re.split(r"[-–]", bare_word(w)) if piece}


def _figures(text: str) -> set[str]:
    """The figures of a text: in digits (`_digits`) and in words ("twelve" -> "12")."""
    words = (word_number(w) for w in re.findall(r"[a-z]+", text.lower()))
    return _digits(text) | {_figure(v) for v in words if v is not None}


def _digits(text: str) -> set[str]:
    """Figures written in digits, without their thousands' commas ("1,000" -> "1000")."""
    return {f.replace(",", "") for f in _FIGURE.findall(text)}


def _figure(value: float) -> str:
    return f"{value:g}"


def _vector(index: CorpusIndex, claim: Claim, text: str) -> np.ndarray:
    """The vector of a claim, or of one of its parts (`CorpusIndex.parts`)."""
    if text == claim.text or claim.id not in index.parts:
        return index.vectors[index.row[claim.id]]
    pieces, vectors = index.parts[claim.id]
    return vectors[pieces.index(text)]


