"""Planted corpora written by helper sessions that never saw the code: is each planted conflict found?

Each set under benchmarks/data/planted/ holds ten made-up events (NN_kind/a.txt, b.txt, c.txt: two or three
outlets telling one invented event in their own words), each with exactly one planted contradiction of its kind
(count, money, date, place, status, agent, swap, order, quality, direction) and at least two traps (a figure
rounded, a second quantity, one day written two ways, a hedge, a paraphrase). `key.tsv` gives, per folder, the
kind, the two conflicting sentences and the traps. A conflict is found when a difference holds a claim of each
sentence; a finding of agreement over the two is the worse error; every other difference is a trap flagged.

The rounds of issue 16 tuned on planted5, 6, 7 and 9 after measuring them once; planted8 and planted10 (written at
the fifteenth stop, after its rules), planted11 (the sixteenth stop's) and planted12 (the twenty-sixth stop's, written
before its rules were merged) are held out whole.

Usage: python -m benchmarks.planted [--set planted8] [--show]
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import click
from tabulate import tabulate

from .findings import ROOT, bench_cache, copy_texts, run_folder

PLANTED_SETS = ROOT / "benchmarks" / "data" / "planted"
HELD_OUT = {"planted8", "planted10", "planted11", "planted12"}
# A claim is one of the key's sentences when they share this many leading characters either way (the claims stage
# may cut a sentence's attribution or split its clauses).
_PREFIX = 40


def planted_sets() -> list[Path]:
    return sorted(p for p in PLANTED_SETS.iterdir() if (p / "key.tsv").is_file())


def read_key(folder: Path) -> dict[str, tuple[str, str, str]]:
    """Per case folder: (kind, first conflicting sentence, second)."""
    with open(folder / "key.tsv", encoding="utf-8", newline="") as handle:
        return {row[0]: (row[1], row[2], row[3]) for row in csv.reader(handle, delimiter="\t") if row}


def _tells(claim_text: str, sentence: str) -> bool:
    return sentence[:_PREFIX] in claim_text or claim_text[:_PREFIX] in sentence


def score_case(corpus, first: str, second: str) -> dict:
    text = {c.id: c.text for c in corpus.claims}

    def over_both(finding) -> bool:
        return (any(_tells(text[c], first) for c in finding.claim_ids)
                and any(_tells(text[c], second) for c in finding.claim_ids))

    differences = [f for f in corpus.findings if f.kind.value == "differ"]
    hits = [f for f in differences if over_both(f)]
    agreements = [f for f in corpus.findings if f.kind.value == "agree" and over_both(f)]
    return {"found": bool(hits), "contradiction": any(f.contradiction for f in hits),
            "agreement": bool(agreements), "traps": [f.reason for f in differences if f not in hits],
            "reason": hits[0].reason if hits else ""}


def run_set(folder: Path, settings, embedder, cache, workdir: Path) -> list[dict]:
    rows = []
    for case, (kind, first, second) in sorted(read_key(folder).items()):
        copy = copy_texts(folder / case, workdir / folder.name / case)
        rows.append({"set": folder.name, "case": case, "kind": kind,
                     **score_case(run_folder(copy, settings, embedder, cache), first, second)})
    return rows


def summary(rows: list[dict]) -> list[list]:
    table = []
    for name in sorted({r["set"] for r in rows}):
        mine = [r for r in rows if r["set"] == name]
        table.append([name, "held out" if name in HELD_OUT else "tuned on", f"{sum(r['found'] for r in mine)}/{len(mine)}",
                      sum(r["contradiction"] for r in mine), sum(r["agreement"] for r in mine),
                      sum(len(r["traps"]) for r in mine)])
    return table


HEADERS = ["set", "role", "conflicts found", "as contradictions", "reported as agreement", "traps flagged"]


def bench(settings, embedder, cache, echo=click.echo, only: str | None = None) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        rows = [row for folder in planted_sets() if only in (None, folder.name)
                for row in run_set(folder, settings, embedder, cache, Path(tmp))]
    echo("\nPlanted corpora written by helpers who never saw the code (benchmarks/data/planted/)\n")
    echo(tabulate(summary(rows), HEADERS))
    return rows


@click.command()
@click.option("--set", "only", help="One set (a folder name under benchmarks/data/planted/).")
@click.option("--show", is_flag=True, help="Each case: found or not, and the traps flagged.")
def main(only, show):
    """Is each planted conflict found, and how many traps are flagged?"""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    with bench_cache(settings) as cache:
        rows = bench(settings, embedder, cache, only=only)
    if show:
        for r in rows:
            mark = "found" + (" (contradiction)" if r["contradiction"] else "") if r["found"] else "NOT FOUND"
            click.echo(f"{r['set']}/{r['case']}: {mark}{'; reported as agreement' if r['agreement'] else ''}"
                       f"{'; ' + r['reason'] if r['reason'] else ''}")
            for trap in r["traps"]:
                click.echo(f"    trap: {trap}")


if __name__ == "__main__":
    main()
