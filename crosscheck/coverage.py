"""Coverage: Article + its claims -> how much of its text the claims hold, and every piece left out with why.

Ingest leaves out whole lines (boilerplate, bylines, captions, the title again); the claims stage leaves
out questions, fragments and sentences without a statement. Nothing is dropped without a word: each
piece is counted with its reason, and an article whose reporting text is over MAX_TEXT_LEFT_OUT out of
claims is a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import dating
from .claims import DATELINE_LINES, MIN_CLAIM_WORDS, claim_key
from .ingest import visible_chars
from .types import Article, Claim, LeftOut

# Reasons for text that is not reporting at all (site furniture, the title again): never a warning.
# Text already in another claim ("repeated in the article") is not lost either.
FURNITURE = frozenset({"boilerplate", "newsletter", "title", "date line", "byline", "caption", "signature",
                       "repeated on the outlet's other stories", "dateline", "repeated in the article"})
_JOINT = re.compile(r"^\W*(?:\w+\W*)?$")  # what joins two clauses: ", and", "; while"


# Over this share of an article's reporting text in no claim is worth a warning (issue 17's bound).
MAX_TEXT_LEFT_OUT = 0.05


@dataclass(frozen=True)
class Coverage:
    """How much of an article's text its claims hold, and what is left out with why."""

    chars: int  # non-space characters of its non-empty body lines
    in_claims: int
    left_out: tuple[LeftOut, ...]

    def text_left_out(self) -> int:
        """Characters of reporting (not site furniture) that no claim holds."""
        return sum(item.chars for item in self.left_out if item.reason not in FURNITURE)


def coverage(article: Article, claims: list[Claim]) -> Coverage:
    """Which of the article's characters lie in its claims; every other piece counted with a reason."""
    by_line: dict[int, list[Claim]] = {}
    for claim in claims:
        by_line.setdefault(claim.line, []).append(claim)
    left_out = list(article.left_out)
    texts = {claim_key(c.text) for c in claims}
    chars = sum(item.chars for item in article.left_out)
    for number, line in enumerate(article.lines):
        covered = [False] * len(line.text)
        for claim in by_line.get(line.number, []):
            found = _locate(line.text, claim.text)
            if found:
                covered[found[0]:found[1]] = [True] * (found[1] - found[0])
        chars += visible_chars(line.text)
        for start, end in _gaps(covered):
            piece = line.text[start:end].strip()
            if not piece or _JOINT.match(piece):
                continue
            left_out.append(LeftOut(line.number, visible_chars(piece),
                                    _piece_reason(piece, start, number, texts)))
    missing = sum(item.chars for item in left_out)
    return Coverage(chars, chars - missing, tuple(sorted(left_out, key=lambda item: item.line)))


def coverage_warnings(articles: list[Article], claims: list[Claim]) -> list[str]:
    """One line per article whose reporting text (not site furniture) is over MAX_TEXT_LEFT_OUT out of claims."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    warnings = []
    for article in articles:
        found = coverage(article, by_article.get(article.id, []))
        missing = found.text_left_out()
        if found.chars and missing / found.chars > MAX_TEXT_LEFT_OUT:
            reasons: dict[str, int] = {}
            for item in found.left_out:
                if item.reason not in FURNITURE:
                    reasons[item.reason] = reasons.get(item.reason, 0) + item.chars
            why = ", ".join(f"{reason} {chars}" for reason, chars in sorted(reasons.items(), key=lambda kv: -kv[1]))
            warnings.append(f"{article.path}: {missing / found.chars:.0%} of its text ({missing} of {found.chars} "
                            f"characters) is in no claim ({why})")
    return warnings


def _piece_reason(piece: str, start: int, index: int, claim_texts: set[str]) -> str:
    if start == 0 and index < DATELINE_LINES and dating.dateline_length(piece + " x"):
        return "dateline"
    if claim_key(piece) in claim_texts:
        return "repeated in the article"
    if piece.rstrip("”’\"')]» ").endswith("?"):
        return "question"
    return "fragment" if len(piece.split()) < MIN_CLAIM_WORDS else "no subject"


def _locate(line: str, text: str) -> tuple[int, int] | None:
    at = line.find(text)
    if at >= 0:
        return at, at + len(text)
    match = re.search(r"\s*".join(re.escape(w) for w in text.split()), line)
    return match.span() if match else None


def _gaps(covered: list[bool]):
    start = None
    for i, flag in enumerate(covered + [True]):
        if not flag and start is None:
            start = i
        elif flag and start is not None:
            yield start, i
            start = None
