"""Every contradiction and difference the comparator flags on all stories of allsides/ (each story run as its
own corpus), plus 40 agreements drawn by a seeded hash: the sheet that independent judges label
(../shared/JUDGING.md). Writes one JSON line per finding, with the article files the judges must read;
`benchmarks/judged.py` scores a sheet against the labels kept in benchmarks/labels/judged/.

Usage: python -m benchmarks.sheet --out /tmp/sheet.jsonl --articles /tmp/allsides_articles [--high]
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import click

from .findings import bench_cache, copy_texts, evidence, finding_key, kind_of, run_folder, write_story

ROOT = Path(__file__).resolve().parent.parent
AGREEMENTS_DRAWN = 40
SEED = 20261205


def build(data: Path, settings, embedder, cache, articles: Path, echo=None) -> tuple[list[dict], int, list[dict], int]:
    """The judging sheet's rows (every contradiction and difference, then the agreements drawn) over every
    AllSides story told by two outlets or more, each run as its own corpus; how many stories ran; every
    agreement (drawn or not) two of whose claims fill a slot with values that cannot both hold; and how many
    agreements there are in all."""
    stories = [json.loads(line) for line in (data / "allsides" / "stories.jsonl").read_text().splitlines()
               if line.strip()]
    stories = [s for s in stories if len(s.get("news") or {}) >= 2]  # a story told by one outlet compares nothing
    flagged, agreements, conflicting = [], [], []
    for number, story in enumerate(sorted(stories, key=lambda s: s["id"])):
        folder = articles / str(story["id"])
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
                conflicting += [row] if _conflicting_slot(corpus, finding, settings) else []
        if echo and number % 25 == 0:
            echo(f"  sheet: {number} stories, {len(flagged)} flagged")
    # Drawn by a seeded hash of each agreement's evidence, not by position: a later run draws the same
    # agreements where they still exist, so their labels carry over.
    drawn = sorted(agreements, key=lambda r: hashlib.sha256(f"{SEED}\n{r['story']}\n{r['key']}".encode()).hexdigest())
    rows = flagged + drawn[:AGREEMENTS_DRAWN]
    return [{"n": n, **r} for n, r in enumerate(rows, 1)], len(stories), conflicting, len(agreements)


def _conflicting_slot(corpus, finding, settings) -> str:
    """The first slot two of the agreement's claims, from two articles, fill with values that cannot both
    hold, as "name: a vs b", or "" (the issue's test: no agreement holds a conflicting slot). A place inside the
    other ("Los Angeles" / "California") is no conflict, as the comparator reads it."""
    from crosscheck.compare.align import slots
    from crosscheck.compare.readings import places_nested
    from crosscheck.frames import frame_of

    claim = {c.id: c for c in corpus.claims}
    claims = [claim[i] for i in finding.claim_ids if i in claim]
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.article_id == b.article_id:
                continue  # an agreement is between sources; one article's two statements are not compared
            fa, fb = frame_of(a), frame_of(b)
            conflict = next((s for s in slots(fa, fb) if s.conflict and s.aligned
                             and not (s.name == "place" and places_nested(fa.places, fb.places, settings))),
                            None)
            if conflict is not None:
                return f"{conflict.name}: {conflict.values[0]} vs {conflict.values[1]}"
    return ""


def build_high(data: Path, settings, embedder, cache, articles: Path) -> list[dict]:
    """Every contradiction and every high-severity finding (in report order, after salience ranking) on
    the four readout calls and every AllSides story told by two outlets or more: the sheet judges label
    so that no high finding goes unread."""
    from crosscheck.salience import rank

    folders = []
    for call in sorted(p for p in (data / "readouts").iterdir() if p.is_dir()):
        folders.append((call.name, copy_texts(call, articles / call.name)))
    stories = [json.loads(line) for line in (data / "allsides" / "stories.jsonl").read_text().splitlines() if line.strip()]
    for story in sorted(stories, key=lambda s: s["id"]):
        if len(story.get("news") or {}) >= 2:
            folder = articles / str(story["id"])
            write_story(story, folder)
            folders.append((story["id"], folder))
    rows = []
    for story, folder in folders:
        corpus = rank(run_folder(folder, settings, embedder, cache))
        rows += [{"story": story, "id": f.id, "key": finding_key(corpus, f), "kind": kind_of(f),
                  "severity": f.severity.name.lower(), "reason": f.reason,
                  "evidence": [dict(zip(("where", "outlet", "voice", "text"), e)) for e in evidence(corpus, f)],
                  "articles": sorted(str(p) for p in folder.glob("*.txt"))}
                 for f in corpus.findings if f.contradiction or f.severity.name == "HIGH"]
    return [{"n": n, **r} for n, r in enumerate(rows, 1)]


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--articles", required=True, type=click.Path(file_okay=False), help="Where the story files are written.")
@click.option("--high", is_flag=True, help="Every contradiction and high-severity finding, readouts included.")
def main(data, out, articles, high):
    """Flag findings on every allsides story; write the judging sheet."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    with bench_cache(settings) as cache:
        if high:
            rows, stories = build_high(Path(data), settings, embedder, cache, Path(articles)), None
        else:
            rows, stories, conflicting, agreements = build(Path(data), settings, embedder, cache, Path(articles),
                                                           lambda line: click.echo(line, err=True))
            click.echo(f"agreements in all: {agreements}; holding a conflicting slot: {len(conflicting)}")
            for row in conflicting:
                click.echo(f"  {row['story']} {row['id']}: {row['reason']}")
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    click.echo(f"{stories or 'all'} stories: {kinds}; written {out}")


if __name__ == "__main__":
    main()
