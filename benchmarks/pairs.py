"""The comparator on ../shared/data/pairs/: real news and readout sentences paired with an edit or a second
real sentence, labelled contra / differ / same / apart (read that folder's README).

Each pair is judged as `crosscheck pair` judges it and mapped onto contradiction / difference / agreement /
apart (no finding). Rows whose line number in pairs.tsv is even are the tuning rows; odd rows are held out.
Both are reported, with counts; the held-out figures are the ones to quote.

Usage: python -m benchmarks.pairs [--data ../shared/data] [--show wrong|all|none] [--pairs FILE]

--pairs scores another file of the same format (a fresh set written by someone who never saw the code), with
the same split by line number.
"""
from __future__ import annotations

import csv
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np
from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = ("contradiction", "difference", "agreement", "apart")
# What each label must (or must never) come out as: README of pairs/, "Scoring".
_RIGHT = {"contra": {"contradiction"}, "differ": {"difference"}, "same": {"agreement", "apart", "difference"},
          "apart": {"apart", "difference", "agreement"}}


@dataclass(frozen=True)
class Pair:
    line: int
    label: str
    kind: str
    a: str
    b: str

    @property
    def split(self) -> str:
        return "tune" if self.line % 2 == 0 else "held-out"


def read_pairs(path: Path) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header = rows[0]
    index = {name: header.index(name) for name in ("label", "kind", "a", "b")}
    return [Pair(number, row[index["label"]], row[index["kind"]], row[index["a"]], row[index["b"]])
            for number, row in enumerate(rows[1:], start=2)]


def outcome(verdict) -> str:
    if verdict.relation == "differ":
        return "contradiction" if verdict.contradiction else "difference"
    return "agreement" if verdict.relation == "agree" else "apart"


def judge_all(pairs: list[Pair], embedder, settings) -> list[tuple[Pair, object]]:
    texts = sorted({t for p in pairs for t in (p.a, p.b)})
    vectors = dict(zip(texts, embedder.embed(texts)))
    return [(p, judged(p, np.stack([vectors[p.a], vectors[p.b]]), settings)) for p in pairs]


def judged(pair: Pair, vectors, settings):
    """The judge's verdict where the report would compare the two (`candidate_pairs`: a pair of one event is judged
    only when alike enough or keyed), else "not compared", as the report leaves it."""
    return compared(pair, vectors, settings)[-1]


def compared(pair: Pair, vectors, settings) -> tuple[list, float, float, object]:
    """(the two claims, cosine, fact similarity, verdict) of `judged`: what the judge read besides its verdict
    (benchmarks.lowo reads its readings of the same claims)."""
    from crosscheck.claims import claims_read_together
    from crosscheck.compare import candidate_pairs, judge
    from crosscheck.similarity import fact_similarity_matrix
    from crosscheck.types import Judgement

    claims = claims_read_together([pair.a, pair.b])
    for _, _, cosine, similarity in candidate_pairs(claims, vectors, settings):
        return claims, cosine, similarity, judge(*claims, cosine, settings, similarity)
    similarity = float(fact_similarity_matrix(claims, vectors, settings)[0, 1])
    cosine = float(vectors[0] @ vectors[1])
    return claims, cosine, similarity, Judgement(similarity, False, "unrelated", False,
                                                 f"not compared (similarity {similarity:.2f})")


def figures(judged: list[tuple[Pair, object]]) -> dict:
    """Per split and label: outcome counts, and the goals' figures."""
    result = {}
    for split in ("tune", "held-out"):
        counts = defaultdict(Counter)
        for pair, verdict in judged:
            if pair.split == split:
                counts[pair.label][outcome(verdict)] += 1
        total = {label: sum(c.values()) for label, c in counts.items()}
        result[split] = {
            "counts": {label: dict(c) for label, c in counts.items()},
            "contra_recall": _share(counts["contra"]["contradiction"], total.get("contra", 0)),
            "contra_called_agreement": _share(counts["contra"]["agreement"], total.get("contra", 0)),
            "same_flagged_contradiction": counts["same"]["contradiction"],
            "apart_flagged_contradiction": counts["apart"]["contradiction"],
            "differ_called_agreement": counts["differ"]["agreement"],
            "differ_called_contradiction": counts["differ"]["contradiction"],
        }
    return result


def _share(part: int, whole: int) -> dict:
    return {"count": part, "of": whole, "share": round(part / whole, 3) if whole else None}


def table(result: dict) -> str:
    rows = []
    for split, figs in result.items():
        for label in ("contra", "differ", "same", "apart"):
            c = figs["counts"].get(label, {})
            rows.append([split, label, sum(c.values())] + [c.get(o, 0) for o in OUTCOMES])
    return tabulate(rows, ["split", "label", "pairs", *OUTCOMES])


def bench(data: Path, embedder, settings, echo=print, show: str = "none", show_split: str = "tune",
          path: Path | None = None) -> dict:
    path = path or data / "pairs" / "pairs.tsv"
    judged = judge_all(read_pairs(path), embedder, settings)
    result = figures(judged)
    echo(f"\nComparator on {path} (tune = even line numbers, held-out = odd)\n")
    echo(table(result))
    for split in ("tune", "held-out"):
        f = result[split]
        echo(f"{split}: contra flagged {f['contra_recall']['count']}/{f['contra_recall']['of']}, "
             f"contra called agreement {f['contra_called_agreement']['count']}, differ called agreement "
             f"{f['differ_called_agreement']}, same/apart flagged contradiction {f['same_flagged_contradiction']}/"
             f"{f['apart_flagged_contradiction']}")
    kinds = defaultdict(Counter)
    for pair, verdict in judged:
        kinds[(pair.label, pair.kind)][outcome(verdict) in _RIGHT[pair.label]] += 1
    result["by_kind"] = {f"{label}/{kind}": {"right": c[True], "of": c[True] + c[False]}
                         for (label, kind), c in sorted(kinds.items())}
    for pair, verdict in judged:
        wrong = outcome(verdict) not in _RIGHT[pair.label]
        if show_split != "both" and pair.split != show_split:
            continue
        if show == "all" or (show == "wrong" and wrong):
            echo(f"\n{'WRONG' if wrong else 'ok'} line {pair.line} {pair.label}/{pair.kind} -> {outcome(verdict)}: "
                 f"{verdict.reason}\n  A: {pair.a}\n  B: {pair.b}")
    return result


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True)
@click.option("--show", type=click.Choice(["wrong", "all", "none"]), default="none", show_default=True)
@click.option("--split", "show_split", type=click.Choice(["tune", "held-out", "both"]), default="tune",
              show_default=True, help="Whose rows --show lists: read the tuning rows while changing rules.")
@click.option("--pairs", "path", type=click.Path(dir_okay=False, exists=True),
              help="Another file of pairs.tsv's format (default: pairs/pairs.tsv under --data).")
def main(data, show, show_split, path):
    """The comparator on the labelled pairs of pairs/, tune and held-out rows."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    bench(Path(data), SentenceTransformerEmbedder.from_settings(settings), settings, click.echo, show, show_split,
          Path(path) if path else None)


if __name__ == "__main__":
    main()
