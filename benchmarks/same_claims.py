"""Every field of every claim of a fixed corpus, as JSON, to check that a change to the claims stage
leaves its output byte-identical.

The corpus: the 50-article speed corpus (the seeds, then copies with varied sentences), the four
readouts in ../shared/data/readouts, and 10 AllSides stories (30 articles; the stories the findings
benchmark samples first). Parsed in one process, so the run is the same whatever the machine's load.

    python -m benchmarks.same_claims before.json
    ... change ...
    python -m benchmarks.same_claims after.json && cmp before.json after.json
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from .speed import ALLSIDES, make_corpus

SPEED_ARTICLES = 50
STORIES = 10


def write_corpus(folder: Path) -> list[Path]:
    """The three parts of the corpus, each in a folder of its own."""
    from .findings import sample_stories, write_story

    speed, readouts, allsides = folder / "speed", ALLSIDES / "readouts", folder / "allsides"
    speed.mkdir()
    make_corpus(speed, SPEED_ARTICLES)
    for story in sample_stories(ALLSIDES / "allsides" / "stories.jsonl")[:STORIES]:
        write_story(story, allsides / str(story["id"]))
    return [speed, readouts, allsides]


def claims_data(folders: list[Path]) -> list:
    """The claims of each folder's articles, read as the pipeline reads them (one book per folder)."""
    from crosscheck.claims import extract_claims
    from crosscheck.codec import to_data
    from crosscheck.config import Settings
    from crosscheck.ingest import read_articles
    from crosscheck.voices import load_voicebook

    settings = Settings().replace(parse_processes=1)
    out = []
    for folder in folders:
        articles = list(read_articles([folder], settings).articles)
        out.append(to_data(extract_claims(articles, load_voicebook(settings.sides_file), settings)))
    return out


def main(path: str) -> None:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        data = claims_data(write_corpus(Path(folder)))
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{sum(len(part) for part in data)} claims in {time.perf_counter() - start:.1f} s -> {path}")


if __name__ == "__main__":
    main(sys.argv[1])
