"""The stages composed: paths -> Corpus. The CLI and the benchmarks both call `run`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .claims import extract_claims
from .cluster import cluster
from .compare import compare
from .config import Settings
from .embed import Embedder, EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from .errors import InputError
from .ingest import read_articles
from .state import open_database, state_dir_for
from .types import Claim, Corpus
from .voices import load_voicebook

_VAGUE_SUBJECT_WORDS = 3


@dataclass
class RunStats:
    articles: int = 0
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    claims: int = 0
    embedded: int = 0


def run(paths: list[str | Path], settings: Settings, embedder: Embedder | None = None) -> tuple[Corpus, RunStats]:
    """Read, split, embed, cluster and compare the articles under `paths`."""
    ingested = read_articles(paths, settings)
    articles = list(ingested.articles)
    book = load_voicebook()
    claims = extract_claims(articles, book)
    if not claims:
        raise InputError("no claims found in the articles given (nothing but headings, questions or boilerplate)")
    embedder = embedder or SentenceTransformerEmbedder(settings.model, settings.batch_size)
    connection = open_database(state_dir_for(paths, settings.state_dir))
    try:
        cache = EmbeddingCache(connection, settings.cache_key())
        queries = omission_queries(claims)
        texts = [c.text for c in claims] + list(queries.values())
        all_vectors, embedded = embed_texts(texts, embedder, settings, cache)
    finally:
        connection.close()
    vectors = all_vectors[:len(claims)]
    omission_vectors = dict(zip(queries, all_vectors[len(claims):]))
    clustering = cluster(articles, claims, vectors, settings, omission_vectors)
    findings = compare(articles, claims, vectors, clustering, settings, book.labels)
    corpus = Corpus(tuple(articles), tuple(claims), clustering, tuple(findings), book.labels)
    stats = RunStats(len(articles), ingested.skipped, ingested.warnings, len(claims), embedded)
    return corpus, stats


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

