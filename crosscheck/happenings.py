"""Happenings: claims -> which articles state one happening (what happened, not what was said).

The events stage asks it whether two groups of articles share a happening before it joins them
(`events._cut_tree`), and whether an event's least close member tells none of the happening its other
members tell (`events._interloper`); the comparator asks whether two articles days apart state one before
it compares them (`compare.omissions.CorpusIndex.same_occasion`); the benchmark counts the article pairs
that do (`python -m benchmarks.events --tune`).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

import numpy as np
from scipy import sparse

from .config import Settings
from .features import reporting_verbs
from .predicates import light, synonym_groups
from .types import Article, Claim

# A claim's text ends its sentence: a stop, a question or exclamation mark or an ellipsis, then closing quotes.
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")


class Happenings:
    """What happened: which claims of which articles state one happening.

    Two claims state one happening when their main predicates are one verb, or two verbs of one
    synonym group (data/frames.toml: "passed" and "approved"), and their vectors are at least
    `event_happening_similarity` alike. A light verb ("be", "have") or a verb of saying or stance
    ("said", "argued") tells what was said, not what happened, so it never counts. Only main
    predicates count: with the verbs of a claim's other clauses, a plan's purpose ("unveiled a
    blueprint to ... pass a range of policies") joined two budget stories of one day, a plan
    released and a plan passed. For the same reason a relative clause the claims stage tells apart from its
    sentence (`clauses_told_apart`) states no happening.
    """

    def __init__(self, articles: list[Article], claims: list[Claim], vectors: np.ndarray, settings: Settings):
        index = {a.id: i for i, a in enumerate(articles)}
        self.vectors = vectors
        self.threshold = np.float32(settings.event_happening_similarity)
        self.size = len(articles)
        self.keys: list[tuple[str, ...]] = []  # each claim's predicate and synonym groups, none for no happening
        self.rows: list[list[int]] = [[] for _ in articles]  # each article's claims that state a happening
        keys_of: dict[str, tuple[str, ...]] = {}
        apart = clauses_told_apart(claims)
        for row, claim in enumerate(claims):
            if apart[row]:  # a relative clause's verb is no main predicate of its sentence
                self.keys.append(())
                continue
            keys = keys_of.get(claim.predicate)
            if keys is None:
                keys = keys_of[claim.predicate] = predicate_keys(claim.predicate) if _happening(claim.predicate) else ()
            self.keys.append(keys)
            if keys and claim.article_id in index:
                self.rows[index[claim.article_id]].append(row)

    def shared(self, some: list[int], others: list[int]) -> bool:
        """Whether an article of `some` and one of `others` state a happening in common. Only the two
        groups' claims are compared, so a check costs what the groups hold, not the corpus."""
        found: dict[str, list[int]] = defaultdict(list)
        for article in some:
            for row in self.rows[article]:
                for key in self.keys[row]:
                    found[key].append(row)
        for article in others:
            for row in self.rows[article]:
                candidates = sorted({match for key in self.keys[row] for match in found.get(key, ())})
                if candidates and (self.vectors[candidates] @ self.vectors[row] >= self.threshold).any():
                    return True
        return False

    def table(self) -> sparse.csr_matrix:
        """An articles x articles table, true where a claim of each states one happening (the benchmark's
        pair counts, `python -m benchmarks.events --tune`). Each predicate's claims are compared only
        with each other."""
        rows_of: dict[str, list[int]] = defaultdict(list)
        owner = np.full(len(self.keys), -1, dtype=np.int64)
        for article, rows in enumerate(self.rows):
            owner[rows] = article
            for row in rows:
                for key in self.keys[row]:
                    rows_of[key].append(row)
        first, second = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for rows in rows_of.values():
            owners = owner[rows]
            if len(rows) < 2 or (owners == owners[0]).all():
                continue
            alike = self.vectors[rows] @ self.vectors[rows].T >= self.threshold
            alike &= owners[:, None] != owners[None, :]
            one, other = np.nonzero(alike)
            first.append(owners[one])
            second.append(owners[other])
        first, second = np.concatenate(first), np.concatenate(second)
        table = sparse.csr_matrix((np.ones(len(first), dtype=np.float32), (first, second)), shape=(self.size, self.size))
        table.data[:] = 1.0  # a pair found through several claims counts once
        return table


def shared_happenings(articles: list[Article], claims: list[Claim], vectors: np.ndarray,
                      settings: Settings) -> sparse.csr_matrix:
    """An articles x articles table, true where a claim of each states one happening (`Happenings`)."""
    return Happenings(articles, claims, vectors, settings).table()


def clauses_told_apart(claims: list[Claim], *, inside: bool = False) -> np.ndarray:
    """Which claims are a relative clause the claims stage tells apart from its sentence (`claims.relative_statement`,
    `claims.relative_aside`: "..., which he said would help protect ...", background to the sentence, `other_occasion`):
    told as background in the line of the claim before it, whose text either holds it (a clause inside the
    sentence, which stays whole) or does not end a sentence (a clause cut from its end); with `inside`, only the
    first kind, whose words the claim before states already. The events stage reads an article by its sentences:
    embedded alone, without the noun it tells of, such a clause reads as its subject in general ("equal
    opportunities for women"), and its verb is no main predicate of what happened."""
    apart = np.zeros(len(claims), dtype=bool)
    last: dict[str, int] = {}  # each article's latest claim so far
    for row, claim in enumerate(claims):
        before = last.get(claim.article_id)
        last[claim.article_id] = row
        if claim.other_occasion and before is not None and claims[before].line == claim.line:
            previous = claims[before].text
            apart[row] = claim.text.strip() in previous or (not inside and not _SENTENCE_END.search(previous))
    return apart


def _happening(predicate: str) -> bool:
    return bool(predicate) and not light(predicate) and predicate not in reporting_verbs()


@functools.cache
def predicate_keys(predicate: str) -> tuple[str, ...]:
    """The predicate itself and each synonym group it belongs to: two claims share a key when they
    share the predicate or a group."""
    return (predicate, *(f"group {n}" for n, group in enumerate(synonym_groups()) if predicate in group))
