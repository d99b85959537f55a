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
import time
from dataclasses import dataclass
from pathlib import Path

from .codec import from_data, to_data
from .config import Settings
from .errors import InputError
from .ingest import collect_files
from .state import StoredRun, corpus_lock, open_database, state_dir_for, store_run, stored_runs
from .tracking import follow, trace
from .types import Claim, Corpus, Finding, History

_VAGUE_SUBJECT_WORDS = 3
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class RunStats:
    articles: int = 0
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    claims: int = 0
    embedded: int = 0


@dataclass(frozen=True)
class TrackedRun:
    corpus: Corpus
    stats: RunStats
    history: History
    reused: bool  # answered from the state database: nothing had changed


def run(paths: list[str | Path], settings: Settings, embedder=None, cache=None,
        timings: dict[str, float] | None = None) -> tuple[Corpus, RunStats]:
    """Read, split, embed, cluster and compare the articles under `paths`.

    Args:
        embedder: an `embed.Embedder`; default the model named in settings, loaded only if needed.
        cache: an `embed.EmbeddingCache`; default none (every claim is embedded).
        timings: if given, receives the seconds each stage took (for the speed benchmark).
    """
    from .claims import extract_claims
    from .cluster import cluster
    from .compare import compare
    from .embed import SentenceTransformerEmbedder, embed_texts
    from .ingest import read_articles
    from .voices import load_voicebook

    clock = _Clock(timings)
    with clock("ingest"):
        ingested = read_articles(paths, settings)
    articles = list(ingested.articles)
    with clock("claims"):
        book = load_voicebook()
        claims = extract_claims(articles, book)
    if not claims:
        raise InputError("no claims found in the articles given (nothing but headings, questions or boilerplate)")
    embedder = embedder or SentenceTransformerEmbedder.from_settings(settings)
    queries = omission_queries(claims)
    texts = [c.text for c in claims] + list(queries.values())
    with clock("embed"):
        all_vectors, embedded = embed_texts(texts, embedder, settings, cache)
    vectors = all_vectors[:len(claims)]
    omission_vectors = dict(zip(queries, all_vectors[len(claims):]))
    with clock("cluster"):
        clustering = cluster(articles, claims, vectors, settings, omission_vectors)
    with clock("compare"):
        findings = compare(articles, claims, vectors, clustering, settings, book.labels)
    corpus = Corpus(tuple(articles), tuple(claims), clustering, tuple(findings), book.labels)
    stats = RunStats(len(articles), ingested.skipped, ingested.warnings, len(claims), embedded)
    return corpus, stats


class _Clock:
    """Adds each stage's wall time to a dict, when one is given."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    @contextlib.contextmanager
    def __call__(self, stage: str):
        start = time.perf_counter()
        yield
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


def run_tracked(paths: list[str | Path], settings: Settings, embedder=None) -> TrackedRun:
    """`run`, remembered in the corpus's state database and compared with the run before."""
    state_dir = state_dir_for(paths, settings.state_dir)
    fingerprint = corpus_fingerprint(paths, settings)
    with corpus_lock(state_dir, settings.lock_wait_seconds):
        connection = open_database(state_dir)
        try:
            runs = stored_runs(connection)
            if runs and runs[0].fingerprint == fingerprint:
                corpus = from_data(Corpus, runs[0].corpus)
                stats = dataclasses.replace(from_data(RunStats, runs[0].stats), embedded=0)
                return TrackedRun(corpus, stats, _history(corpus, runs[1] if len(runs) > 1 else None), True)
            from .embed import EmbeddingCache

            corpus, stats = run(paths, settings, embedder, EmbeddingCache(connection, settings.cache_key()))
            store_run(connection, fingerprint, to_data(corpus), to_data(stats))
        finally:
            connection.close()
    return TrackedRun(corpus, stats, _history(corpus, runs[0] if runs else None), False)


def _history(corpus: Corpus, previous: StoredRun | None) -> History:
    if previous is None:
        return History(None)
    earlier = [trace(from_data(Finding, f)) for f in previous.corpus["findings"]]
    followed = follow(list(corpus.findings), earlier)
    return History(previous.finished_at,
                   new=tuple(f.id for f in corpus.findings if f.id not in followed),
                   changed=tuple(f.id for f in corpus.findings if f.id in followed and followed[f.id][1]))


def corpus_fingerprint(paths: list[str | Path], settings: Settings) -> str:
    """A hash of everything a run's result depends on: the files, the settings and crosscheck itself."""
    digest = hashlib.sha256()
    for source in sorted(_PACKAGE.rglob("*.py")) + sorted(_PACKAGE.rglob("*.toml")):
        digest.update(source.read_bytes())
    digest.update(repr(dataclasses.replace(settings, state_dir=None)).encode())
    for path in collect_files(paths):
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
