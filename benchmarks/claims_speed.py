"""The claims stage's two halves timed apart, in one process: spaCy's parse of every line, then crosscheck's
own reading of the parses (attribution, frames, clauses, measures, phrases, the gazetteer's one-time table
included), on the speed benchmark's corpus of seed-grown articles. Each half in wall and CPU seconds (process
time, every thread counted, which other jobs on the machine barely move); with --embed, the default model's
embedding of the distinct claim texts too, so the stage's CPU can be set against the embedding's.

    python -m benchmarks.claims_speed 50
    python -m benchmarks.claims_speed 500 --embed
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.config import Settings

from .speed import make_corpus


def measure(size: int, embed: bool = False) -> dict:
    from crosscheck import claims, nlp
    from crosscheck.ingest import read_articles
    from crosscheck.voices import load_voicebook

    settings = Settings().replace(parse_processes=1)
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder), size)
        articles = list(read_articles([Path(folder)], settings).articles)
    nlp.parse(["Load the parser, once."])
    start, cpu = time.perf_counter(), time.process_time()
    parsed = list(claims.parse_articles(articles, settings))
    parse, parse_cpu = time.perf_counter() - start, time.process_time() - cpu
    book = load_voicebook(settings.sides_file)
    start, cpu = time.perf_counter(), time.process_time()
    found, official = [], {}
    for article, docs in parsed:
        read, flags = claims.read_article(article, docs, book)
        found.extend(read)
        official.update(flags)
    found = claims.finish_claims(found, official, articles, book)
    read, read_cpu = time.perf_counter() - start, time.process_time() - cpu
    result = {"articles": len(articles), "lines": sum(len(docs) for _, docs in parsed), "claims": len(found),
              "parse_s": round(parse, 2), "read_s": round(read, 2), "read_share": round(read / (parse + read), 3),
              "parse_cpu_s": round(parse_cpu, 1), "read_cpu_s": round(read_cpu, 1)}
    if embed:
        result.update(_embedding_cpu(list(dict.fromkeys(claim.text for claim in found)), parse_cpu + read_cpu))
    return result


def _embedding_cpu(texts: list[str], claims_cpu: float) -> dict:
    from crosscheck.embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder.from_settings(Settings())
    embedder.embed(["Load the model, once."])
    start, cpu = time.perf_counter(), time.process_time()
    embedder.embed(texts)
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    return {"embedded": len(texts), "embed_s": round(wall, 2), "embed_cpu_s": round(used, 1),
            "claims_over_embed_cpu": round(claims_cpu / used, 3)}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), "--embed" in sys.argv[2:])))
