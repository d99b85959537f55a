"""Versions and boilerplate: which articles are versions of one (an update, a correction, a
syndicated copy), and which lines are one outlet's furniture rather than reporting."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .config import Settings
from .types import Article

_SHINGLE = 5  # words per sequence compared between articles to find versions


def find_versions(articles: list[Article], settings: Settings) -> dict[str, tuple[str, ...]]:
    """Articles that are versions of one another: most of the shorter one's word sequences (five
    words in a row, within a line) are also in the other.

    Returns each such article's id with the ids of its other versions (transitively: an update of a
    wire story run by two outlets makes three versions). One pass through a sparse articles x
    sequences matrix, so the cost grows with the text, not with the square of its vocabulary.
    """
    import numpy as np  # here, not at the top: a re-run answered from the state database never needs it
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    if len(articles) < 2:
        return {}
    columns: dict[int, int] = {}
    rows, cols = [], []
    for row, article in enumerate(articles):
        for shingle in _shingles(article.lines):  # a set: a sequence said twice in one article counts once
            rows.append(row)
            cols.append(columns.setdefault(shingle, len(columns)))
    if not columns:
        return {}
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                               shape=(len(articles), len(columns)))
    shared = (matrix @ matrix.T).tocoo()
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    smaller = np.minimum(sizes[shared.row], sizes[shared.col])
    near = (shared.row < shared.col) & (shared.data >= settings.version_containment * smaller)
    links = sparse.coo_matrix((np.ones(int(near.sum())), (shared.row[near], shared.col[near])),
                              shape=(len(articles), len(articles)))
    _, labels = connected_components(links, directed=False)
    groups: dict[int, list[str]] = defaultdict(list)
    for article, label in zip(articles, labels):
        groups[label].append(article.id)
    return {aid: tuple(other for other in group if other != aid)
            for group in groups.values() if len(group) > 1 for aid in group}


def _shingles(lines) -> set[int]:
    found = set()
    for line in lines:
        words = re.findall(r"\w+", line.text.lower())
        if len(words) < _SHINGLE:
            found.add(hash(" ".join(words)))
        found.update(hash(" ".join(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1))
    return found


def version_warnings(articles: list[Article], versions: dict[str, tuple[str, ...]]) -> list[str]:
    path = {a.id: a.path for a in articles}
    seen, warnings = set(), []
    for aid, others in versions.items():
        if aid in seen:
            continue
        group = [aid, *others]
        seen.update(group)
        warnings.append(f"{' and '.join(sorted(path[a] for a in group))}: versions of one article "
                        "(an update, a correction or a syndicated copy); each keeps its claims")
    return warnings


def drop_repeated_lines(articles: list, versions: dict[str, tuple[str, ...]], settings: Settings) -> list:
    """Remove lines one outlet repeats across different stories: site furniture the patterns did not catch.

    A line counts only once per group of versions of one article, so the text an update, a
    correction or a syndicated copy shares with its original is never taken for furniture; nor is
    a line different outlets share (a quote, a wire paragraph).

    Article ids stay as they were: an article's identity (and so its claims' ids, which review
    decisions refer to) must not depend on which other articles sit beside it. Versions are recorded
    on each article.
    """
    family = {a.id: min((a.id, *versions.get(a.id, ()))) for a in articles}
    stories_by_line: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in articles:
        for text in {line.text for line in article.lines}:
            stories_by_line[(article.outlet.lower(), text)].add(family[article.id])
    repeated = {text for (_, text), stories in stories_by_line.items()
                if len(stories) >= settings.repeated_line_min_articles}
    result = []
    for article in articles:
        kept = tuple(line for line in article.lines if line.text not in repeated)
        if len(kept) != len(article.lines) or article.id in versions:
            article = replace(article, lines=kept, versions=tuple(sorted(versions.get(article.id, ()))))
        result.append(article)
    return result
