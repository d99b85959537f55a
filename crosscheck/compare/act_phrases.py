"""Act phrases: whether two predicates tell one act, read by the embedding model rather than a word list.

An act's phrase is its verb (with particle) and the head words of what it acts on ("recover the van", "find the
stolen van"); two claims' acts are told alike where the cosine of two such phrases reaches
`Settings.act_phrase_min_cosine`. Each phrase is embedded once per process (`_vectors`), in one batch per call.
"""
from __future__ import annotations

import functools
import os
import re

import numpy as np

from ..config import Settings
from ..types import Frame
from .align import _headed

LIGHT = {"be", "have", "do", "make", "get", "take", "say"}
_CLAUSE_START = re.compile(r",|\b(?:which|that|who|whose)\b", re.I)
_vectors: dict[str, np.ndarray] = {}
embedded = [0]  # phrases embedded this process (the extra cost over the claims' own vectors)


@functools.cache
def _embedder():
    from ..embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder.from_settings(Settings())


def threshold() -> float:
    value = os.environ.get("CROSSCHECK_ACT_PHRASE_COSINE")
    return float(value) if value else Settings.act_phrase_min_cosine


def object_head(role: str, most: int = 4) -> str:
    """The role's words before a preposition, a comma or a relative pronoun, at most `most` ("the stolen van carrying
    medical supplies": "the stolen van carrying")."""
    return " ".join(_CLAUSE_START.split(_headed(role))[0].split()[:most])


def act_phrases(frame: Frame, main_only: bool = False) -> list[str]:
    """The phrases of the frame's acts that carry meaning of their own (no light verb)."""
    acts = [(frame.predicate, frame.theme or frame.agent)]
    if not main_only:
        acts += [(c.predicate, c.theme or c.agent) for c in frame.clauses]
    return [f"{verb} {object_head(role)}".strip() for verb, role in acts if verb and verb not in LIGHT]


def vectors_of(phrases: list[str]) -> list[np.ndarray]:
    missing = list(dict.fromkeys(p for p in phrases if p not in _vectors))
    if missing:
        _vectors.update(zip(missing, _embedder().embed(missing)))
        embedded[0] += len(missing)
    return [_vectors[p] for p in phrases]


def acts_told_alike(fa: Frame, fb: Frame, main_only: bool = False) -> bool:
    """Some act of one frame and some of the other whose phrases the model reads as one act."""
    limit = threshold()
    if limit > 1:
        return False
    xa, xb = act_phrases(fa, main_only), act_phrases(fb, main_only)
    if not (xa and xb):
        return False
    va, vb = np.stack(vectors_of(xa)), np.stack(vectors_of(xb))
    return float((va @ vb.T).max()) >= limit
