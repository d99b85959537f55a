"""Similarity: how alike two claims are as statements of one fact, used by clustering and the judge.

Fact similarity = (1 - lexical_weight) * cosine + lexical_weight * word overlap, plus a bonus when
both claims carry the same figure or calendar date (settings and their measurements: config.py).
"""
from __future__ import annotations

import re
from itertools import combinations

import numpy as np

from .config import Settings
from .dating import MONTHS
from .types import Claim

_WORD = re.compile(r"(?u)\w+")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def fact_similarity(a: Claim, b: Claim, cosine: float, settings: Settings) -> float:
    """Cosine blended with word overlap, raised when both claims name the same number or date."""
    weight = settings.lexical_weight
    blended = (1 - weight) * cosine + weight * word_overlap(a.text, b.text)
    bonus = settings.shared_specific_bonus if shared_specific(a, b) else 0.0
    return min(1.0, blended + bonus)


def fact_similarity_matrix(claims: list[Claim], vectors: np.ndarray, settings: Settings) -> np.ndarray:
    """`fact_similarity` for every pair of claims at once."""
    weight = settings.lexical_weight
    similarity = (1 - weight) * (vectors @ vectors.T) + weight * overlap_matrix([c.text for c in claims])
    specific = [i for i, c in enumerate(claims) if c.numbers or specific_dates(c)]
    for i, j in combinations(specific, 2):
        if shared_specific(claims[i], claims[j]):
            similarity[i, j] = similarity[j, i] = min(1.0, similarity[i, j] + settings.shared_specific_bonus)
    return similarity


def word_overlap(a: str, b: str) -> float:
    """Share of the shorter text's words (lower-cased, as a set) that the other text also has.

    The overlap coefficient, not Jaccard: an outlet's short restatement of a fact inside another's
    long sentence should count as overlapping.
    """
    words_a, words_b = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    smaller = min(len(words_a), len(words_b))
    return len(words_a & words_b) / smaller if smaller else 0.0


def overlap_matrix(texts: list[str]) -> np.ndarray:
    """`word_overlap` for every pair of texts at once."""
    from scipy import sparse

    column: dict[str, int] = {}
    rows = [sorted({column.setdefault(w, len(column)) for w in _WORD.findall(t.lower())}) for t in texts]
    words = sparse.csr_matrix((np.ones(sum(map(len, rows)), dtype=np.int64), [i for row in rows for i in row],
                               np.cumsum([0] + [len(row) for row in rows])), shape=(len(texts), max(len(column), 1)))
    shared = (words @ words.T).toarray().astype(float)  # counts of words in common: whole numbers, exact
    sizes = np.array([len(row) for row in rows], dtype=float)
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


def specific_dates(claim: Claim) -> set[str]:
    """The claim's calendar dates (weekdays left out: every week has one)."""
    return {d for d in claim.dates if d not in _WEEKDAYS}


def written_days(claim: Claim) -> set[str]:
    """The claim's calendar days whose month it writes ("expiring on Oct. 3": "--10-03"), as "MM-DD"; not a weekday
    the claims stage dated against the article ("on Wednesday"), which every claim of that day's report shares."""
    months = {MONTHS[w] for w in _WORD.findall(claim.text.lower()) if w in MONTHS}
    return {d[-5:] for d in claim.dates if re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", d) and int(d[-5:-3]) in months}


def shared_specific(a: Claim, b: Claim) -> bool:
    same_number = {(q.value, q.unit) for q in a.numbers} & {(q.value, q.unit) for q in b.numbers}
    return bool(same_number or specific_dates(a) & specific_dates(b))
