"""The claims stage's two halves timed apart, in one process: spaCy's parse of every line, then crosscheck's
own reading of the parses (attribution, frames, clauses, measures, phrases, the gazetteer's one-time table
included), on the speed benchmark's corpus of seed-grown articles.

    python -m benchmarks.claims_speed 50
    python -m benchmarks.claims_speed 500
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from .speed import make_corpus


def measure(size: int) -> dict:
    from crosscheck import claims, nlp
    from crosscheck.config import Settings
    from crosscheck.ingest import read_articles
    from crosscheck.voices import load_voicebook

    settings = Settings().replace(parse_processes=1)
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder), size)
        articles = list(read_articles([Path(folder)], settings).articles)
    nlp.parse(["Load the parser, once."])
    start = time.perf_counter()
    parsed = list(claims.parse_articles(articles, settings))
    parse = time.perf_counter() - start
    book = load_voicebook(settings.sides_file)
    start = time.perf_counter()
    found, official = [], {}
    for article, docs in parsed:
        read, flags = claims.read_article(article, docs, book)
        found.extend(read)
        official.update(flags)
    found = claims.finish_claims(found, official, articles, book)
    read = time.perf_counter() - start
    return {"articles": len(articles), "lines": sum(len(docs) for _, docs in parsed), "claims": len(found),
            "parse_s": round(parse, 2), "read_s": round(read, 2), "read_share": round(read / (parse + read), 3)}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
