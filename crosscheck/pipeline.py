"""The stages composed: paths -> Corpus. The CLI and the benchmarks both call `run`.

`run_tracked` is what the commands use: it remembers each run in the state database, so that a
corpus already seen is answered from there, and says what is new since the run before.
The stage modules (scikit-learn, numpy, the model) are imported only when a run has to compute:
a re-run with nothing new starts and finishes in a fraction of a second.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .codec import from_data, to_data
from .config import Settings
from .errors import InputError
from .state import (
    Layout,
    StoredRun,
    article_files,
    corpus_lock,
    layout_for,
    load_run,
    open_database,
    store_run,
    stored_runs,
)
from .tracking import History, compare_runs
from .types import Claim, Corpus, Finding

_VAGUE_SUBJECT_WORDS = 3
_PACKAGE = Path(__file__).resolve().parent
STAGES = ("ingest", "claims", "embed", "cluster", "compare")
# Texts per embedder call when progress is shown: often enough to move the display, few enough
# calls not to cost anything measurable.
_PROGRESS_CHUNK = 256


@dataclass(frozen=True)
class RunStats:
    articles: int = 0
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    claims: int = 0
    embedded: int = 0
    read: int = 0  # articles read in this run; the others' claims were kept from an earlier run


@dataclass(frozen=True)
class TrackedRun:
    corpus: Corpus
    stats: RunStats
    history: History
    reused: bool  # answered from the state database: nothing had changed
    finished_at: str  # when the run this corpus comes from finished (earlier, when reused)
    layout: Layout


def run(paths: list[str | Path], settings: Settings, embedder=None, cache=None,
        timings: dict[str, float] | None = None, progress=None,
        files: list[Path] | None = None, readings=None) -> tuple[Corpus, RunStats]:
    """Read, split, embed, cluster and compare the articles under `paths`.

    Args:
        embedder: an `embed.Embedder`; default the model named in settings, loaded only if needed.
        cache: an `embed.EmbeddingCache`; default none (every claim is embedded).
        timings: if given, receives the seconds each stage took (for the speed benchmark).
        progress: if given, called as progress(stage, done, total) when a stage starts (done and
            total None) and as embedding advances (texts embedded, texts to embed).
        files: the article files under `paths` (`state.article_files`), when the caller has listed them.
        readings: a `reading.ReadingStore`; default none (every article is read).
    """
    from .cluster import cluster
    from .compare import claim_parts, compare, unsided_accounts
    from .coverage import coverage_warnings
    from .embed import RememberingEmbedder, SentenceTransformerEmbedder, embed_texts
    from .ingest import read_articles
    from .reading import read_claims, reader_version
    from .state import KeptWork
    from .voices import load_voicebook

    clock = _Clock(timings, progress)
    with clock("ingest"):
        ingested = read_articles(files if files is not None else article_files(paths, settings), settings)
    articles = list(ingested.articles)
    with clock("claims"):
        book = load_voicebook(settings.sides_file)
        claims, reading = read_claims(articles, book, readings, settings.sides_file, settings)
    if not claims:
        raise InputError("no claims found in the articles given (nothing but headings, questions or boilerplate)")
    embedder = embedder or SentenceTransformerEmbedder.from_settings(settings)
    if progress:
        embedder = _ReportingEmbedder(embedder, progress)
    queries = omission_queries(claims)
    parts = claim_parts(claims, settings.part_min_words)  # long account claims, checked clause by clause
    part_texts = [text for texts in parts.values() for text in texts]
    texts = [c.text for c in claims] + list(queries.values()) + part_texts
    with clock("embed"):
        all_vectors, embedded = embed_texts(texts, embedder, settings, cache)
    vectors = all_vectors[:len(claims)]
    omission_vectors = dict(zip(queries, all_vectors[len(claims):len(claims) + len(queries)]))
    part_vectors, start = {}, len(claims) + len(queries)
    for claim_id, pieces in parts.items():
        part_vectors[claim_id] = (pieces, all_vectors[start:start + len(pieces)])
        start += len(pieces)
    with clock("cluster"):
        kept = {table: KeptWork(readings.connection, table, readings.run) if readings else None
                for table in ("event_parts", "ledes")}
        clustering = cluster(articles, claims, vectors, settings, omission_vectors, kept["event_parts"],
                             kept["ledes"], reader_version(str(settings.sides_file or "")),
                             # the topics' phrases: no progress shown for them
                             RememberingEmbedder(getattr(embedder, "inner", embedder), settings, cache))
    with clock("compare"):
        findings = compare(articles, claims, vectors, clustering, settings, book.labels, part_vectors)
    warnings = unsided_accounts(articles, claims, clustering.events, book) + coverage_warnings(articles, claims)
    corpus = Corpus(tuple(articles), tuple(claims), clustering, tuple(findings), book.labels, tuple(warnings))
    stats = RunStats(len(articles), ingested.skipped, ingested.warnings, len(claims), embedded, reading.read)
    return corpus, stats


class _Clock:
    """Adds each stage's wall time to a dict, when one is given, and says when a stage starts."""

    def __init__(self, timings: dict[str, float] | None, progress=None):
        self.timings = timings
        self.progress = progress

    @contextlib.contextmanager
    def __call__(self, stage: str):
        if self.progress:
            self.progress(stage, None, None)
        start = time.perf_counter()
        yield
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


class _ReportingEmbedder:
    """An embedder that embeds in chunks and says how far it has got, in place of the library's own bar."""

    def __init__(self, inner, progress):
        self.inner, self.progress, self.name = inner, progress, getattr(inner, "name", "")

    @property
    def variant(self) -> str:  # the backend's part of the cache key (embed.py): never hide it
        return getattr(self.inner, "variant", "")

    def embed(self, texts: list[str], *, progress: bool = False):
        import numpy as np

        parts = []
        for start in range(0, len(texts), _PROGRESS_CHUNK):
            self.progress("embed", start, len(texts))
            parts.append(self.inner.embed(texts[start:start + _PROGRESS_CHUNK], progress=False))
        self.progress("embed", len(texts), len(texts))
        return np.vstack(parts) if parts else self.inner.embed(texts, progress=False)


def run_tracked(paths: list[str | Path], settings: Settings, embedder=None, progress=None) -> TrackedRun:
    """`run`, remembered in the corpus's state database and compared with the run before it.

    Each lineage (the settings that shape the result, and the paths asked for) has its own
    history, so a try with other settings never replaces the main run's.
    """
    layout = layout_for(paths, settings)
    files = article_files(paths, settings)  # listed once: the fingerprint and the run read the same files
    fingerprint = corpus_fingerprint(files, settings)
    lineage = run_lineage(paths, settings)
    with corpus_lock(layout.state_dir, settings.lock_wait_seconds, layout.corpus):
        connection = open_database(layout.state_dir)
        try:
            runs = stored_runs(connection, lineage)
            latest = load_run(connection, runs[0]) if runs and runs[0].fingerprint == fingerprint else None
            if latest is not None:
                corpus = from_data(Corpus, latest.corpus)
                stats = dataclasses.replace(from_data(RunStats, latest.stats), embedded=0, read=0)
                history = _history(corpus, _earlier(connection, runs[1:]), latest.finished_at)
                return TrackedRun(corpus, stats, history, True, latest.finished_at, layout)
            from .embed import EmbeddingCache
            from .reading import ReadingStore

            corpus, stats = run(paths, settings, embedder, EmbeddingCache(connection, settings.cache_key()),
                                progress=progress, files=files, readings=ReadingStore(connection))
            data = to_data(corpus)
            previous = _earlier(connection, runs)  # read before storing this run may drop it
            same = previous is not None and previous.finished_at == runs[0].finished_at and (
                previous.corpus["findings"] == data["findings"])
            if same:
                # Nothing found changed (files renamed, crosscheck upgraded to no effect): this run takes
                # the latest's place, and "since the last run" still compares with the run before it.
                previous = _earlier(connection, runs[1:])
            finished_at = store_run(connection, lineage, fingerprint, data, to_data(stats),
                                    replacing=runs[0] if same else None)
        finally:
            connection.close()
    history = _history(corpus, previous, finished_at)
    return TrackedRun(corpus, stats, history, False, finished_at, layout)


def _earlier(connection, headers) -> StoredRun | None:
    """The latest of the earlier runs that can be read."""
    return next(filter(None, (load_run(connection, header) for header in headers)), None)


def _history(corpus: Corpus, previous: StoredRun | None, finished_at: str) -> History:
    if previous is None:
        return History(None, current_at=finished_at)
    earlier = [from_data(Finding, f) for f in previous.corpus["findings"]]
    return compare_runs(list(corpus.findings), corpus.articles, earlier, previous.corpus, previous.finished_at,
                        finished_at)


def run_lineage(paths: list[str | Path], settings: Settings) -> str:
    """What makes runs one history: the settings that shape the result, and the paths relative to the corpus."""
    base = layout_for(paths, settings).corpus.resolve()
    asked = sorted(os.path.relpath(Path(p).resolve(), base) for p in paths)
    return hashlib.sha256((settings.result_key() + "\0" + "\0".join(asked)).encode()).hexdigest()[:16]


def corpus_fingerprint(files: list[Path], settings: Settings) -> str:
    """A hash of everything a run's result depends on: the article files, the settings and crosscheck itself."""
    digest = hashlib.sha256()
    for source in sorted(_PACKAGE.rglob("*.py")) + sorted(_PACKAGE.rglob("*.toml")):
        digest.update(source.read_bytes())
    digest.update(settings.result_key().encode())
    for path in files:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            size = path.stat().st_size
            digest.update(path.read_bytes() if size <= settings.max_file_bytes else str(size).encode())
        except OSError as error:
            digest.update(str(error).encode())  # the run reports it; an unreadable file is still a state
    return digest.hexdigest()


def omission_queries(claims: list[Claim]) -> dict[str, str]:
    """Text to embed for what each reported omission left out.

    A vague subject ("the island") is read together with the sentence before it, which says
    what the island is.
    """
    queries = {}
    for claim in claims:
        omission = claim.omission
        if omission is None:
            continue
        subject = omission.subject
        vague = len(subject.split()) <= _VAGUE_SUBJECT_WORDS and not any(w[:1].isupper() for w in subject.split())
        queries[claim.id] = f"{subject}. {omission.context}" if vague and omission.context else subject
    return queries
