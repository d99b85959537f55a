"""Every contradiction and difference the comparator flags on all stories of allsides/ (each story run as its
own corpus), plus agreements drawn with a fixed seed: the sheet that independent judges label
(../shared/JUDGING.md). Writes one JSON line per finding, with the article files the judges must read.

Usage: python -m benchmarks.sheet --out benchmarks/labels/sheet_allsides.jsonl --articles /tmp/allsides_articles
"""
from __future__ import annotations

import json
import os
import hashlib
from pathlib import Path

import click

from .findings import evidence, finding_key, kind_of, run_folder, write_story

ROOT = Path(__file__).resolve().parent.parent
AGREEMENTS_DRAWN = 40
SEED = 20261205


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--articles", required=True, type=click.Path(file_okay=False), help="Where the story files are written.")
def main(data, out, articles):
    """Flag findings on every allsides story; write the judging sheet."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from crosscheck.config import Settings
    from crosscheck.embed import EmbeddingCache, SentenceTransformerEmbedder
    from crosscheck.state import open_database

    settings = Settings()
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    connection = open_database(ROOT / ".crosscheck" / "bench")
    cache = EmbeddingCache(connection, settings.cache_key())
    stories = [json.loads(line) for line in (Path(data) / "allsides" / "stories.jsonl").read_text().splitlines()
               if line.strip()]
    flagged, agreements = [], []
    stories = [s for s in stories if len(s.get("news") or {}) >= 2]  # a story told by one outlet compares nothing
    for number, story in enumerate(sorted(stories, key=lambda s: s["id"])):
        folder = Path(articles) / str(story["id"])
        write_story(story, folder)
        corpus = run_folder(folder, settings, embedder, cache)
        side = {c.id: c.side for c in corpus.claims}
        for finding in corpus.findings:
            kind = kind_of(finding)
            row = {"story": story["id"], "id": finding.id, "key": finding_key(corpus, finding), "kind": kind,
                   "severity": finding.severity.name.lower(), "reason": finding.reason,
                   "evidence": [{**dict(zip(("where", "outlet", "voice", "text"), e)), "side": side.get(claim_id)}
                                for e, claim_id in zip(evidence(corpus, finding), finding.claim_ids)],
                   "articles": sorted(str(p) for p in folder.glob("*.txt"))}
            if kind in ("contradiction", "difference"):
                flagged.append(row)
            elif kind == "agreement":
                agreements.append(row)
        if number % 25 == 0:
            click.echo(f"{number} stories, {len(flagged)} flagged", err=True)
    connection.close()
    # Drawn by a seeded hash of each agreement's evidence, not by position: a later run draws the same
    # agreements where they still exist, so their labels carry over.
    drawn = sorted(agreements, key=lambda r: hashlib.sha256(f"{SEED}\n{r['story']}\n{r['key']}".encode()).hexdigest())
    drawn = drawn[:AGREEMENTS_DRAWN]
    rows = flagged + drawn
    Path(out).write_text("".join(json.dumps({"n": n, **r}, ensure_ascii=False) + "\n" for n, r in enumerate(rows, 1)))
    kinds = {}
    for r in flagged:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    click.echo(f"{len(stories)} stories: {kinds}; {len(agreements)} agreements, {len(drawn)} drawn; written {out}")


if __name__ == "__main__":
    main()
