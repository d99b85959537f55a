"""How well the parse-based readers of crosscheck/features.py work, on public sentence pairs.

- Negation scope, SICK trial split: the share of pairs in which exactly one sentence is negated,
  by entailment label. A reader that scopes negation to the main predicate should flag far more
  CONTRADICTION pairs than ENTAILMENT pairs; the old rule (a negation word anywhere) is shown beside it.
- Figures, MSRP validation split: numbers a naive digit regex finds vs figures `quantities` reads
  (dates, years and codes are left out on purpose), and, per label, the pairs in which the two
  sentences state conflicting figures for the same thing (same unit, period and counted noun,
  ranges that do not overlap) vs the comparator's old rule on the same figures (different value).
  Paraphrases (label 1) should rarely conflict.

Usage: python -m benchmarks.features [--data ../shared/data]
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import click
from tabulate import tabulate

from .datasets import read_msrp, read_sick

ROOT = Path(__file__).resolve().parent.parent
# The rule features.py replaced: a negation word anywhere in the sentence (baseline only).
_OLD_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|nobody|nothing|nowhere|without|cannot)\b|n[’']t\b",
                           re.I)
_NAIVE_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def negation_scope(data: Path) -> list[list]:
    from crosscheck import features, nlp

    pairs = read_sick(data, "trial")
    docs = nlp.parse([text for pair in pairs for text in (pair.first, pair.second)])
    counts: dict[str, list[int]] = {}
    for index, pair in enumerate(pairs):
        first, second = docs[2 * index][:], docs[2 * index + 1][:]
        ours = bool(features.negation(first)) != bool(features.negation(second))
        old = bool(_OLD_NEGATION.search(pair.first)) != bool(_OLD_NEGATION.search(pair.second))
        row = counts.setdefault(pair.label, [0, 0, 0])
        row[0] += 1
        row[1] += ours
        row[2] += old
    return [[label, n, f"{ours}/{n} = {ours / n:.3f}", f"{old}/{n} = {old / n:.3f}"]
            for label, (n, ours, old) in sorted(counts.items())]


def figure_reading(data: Path) -> tuple[list[list], list[list]]:
    from crosscheck import features, nlp

    pairs = read_msrp(data, "validation")
    docs = nlp.parse([text for pair in pairs for text in (pair.first, pair.second)])
    read = [features.quantities(doc[:]) for doc in docs]
    naive = sum(len(_NAIVE_NUMBER.findall(text)) for pair in pairs for text in (pair.first, pair.second))
    units: dict[str, int] = {}
    for found in read:
        for quantity in found:
            units[quantity.unit if quantity.unit in ("count", "%", "USD") else "other"] = \
                units.get(quantity.unit if quantity.unit in ("count", "%", "USD") else "other", 0) + 1
    counted = sum(1 for found in read for q in found if q.counts)
    total = sum(len(found) for found in read)
    summary = [["sentences", len(docs)], ["numbers, naive digit regex", naive], ["figures read", total],
               ["  of which with a counted noun", counted]] + [[f"  unit {u}", n] for u, n in sorted(units.items())]
    conflicts: dict[str, list[int]] = {}
    for index, pair in enumerate(pairs):
        first, second = read[2 * index], read[2 * index + 1]
        row = conflicts.setdefault(pair.label, [0, 0, 0, 0])
        row[0] += 1
        row[1] += bool(first and second)
        row[2] += _conflict(first, second, features.compatible)
        row[3] += _conflict(first, second, lambda a, b: a.value == b.value)
    table = [[label, n, both, f"{ours}/{both}", f"{old}/{both}"]
             for label, (n, both, ours, old) in sorted(conflicts.items())]
    return summary, table


def _conflict(first, second, agree) -> bool:
    """A figure of one sentence that the other states about the same thing, but never in agreement."""
    for a in first:
        same = [b for b in second if _same_thing(a, b)]
        if same and not any(agree(a, b) for b in same):
            return True
    return False


def _same_thing(a, b) -> bool:
    """Two figures about the same thing: same unit and period, and the same counted noun where both have one."""
    return a.unit == b.unit and a.period == b.period and (a.counts == b.counts or not a.counts or not b.counts)


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True,
              type=click.Path(file_okay=False))
def main(data):
    """Negation scope on SICK trial and figure reading on MSRP validation."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    data = Path(data)
    click.echo("Negation, SICK trial: pairs with exactly one sentence negated\n")
    click.echo(tabulate(negation_scope(data), ["label", "pairs", "main predicate (features.py)",
                                                "word anywhere (old)"]))
    summary, table = figure_reading(data)
    click.echo("\nFigures, MSRP validation\n")
    click.echo(tabulate(summary, ["", "count"]))
    click.echo("\nMSRP validation pairs whose figures conflict (same unit and counted noun, ranges apart)\n")
    click.echo(tabulate(table, ["label", "pairs", "both with figures", "conflict (ranges)",
                                "conflict (old: value differs)"]))


if __name__ == "__main__":
    main()
