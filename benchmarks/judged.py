"""Score a judging sheet (benchmarks/sheet.py) against the labels two independent judges gave earlier sheets.

Sheet 3 holds every contradiction and high-severity finding on all stories and the four readout calls
(readout rows carry the call's folder name as their story). A finding keeps its labels while its evidence is unchanged (matched by story and evidence key); findings no
judge has seen are counted as unlabelled, to be judged the same way (../shared/JUDGING.md). Per kind: how many
the run flags, how many are labelled, and for each judge how many are correct and useful, with the two judges'
agreement; then false contradictions per 50 stories (a contradiction either judge calls wrong).

Usage: python -m benchmarks.judged SHEET [--labels benchmarks/labels/judged] [--stories 252]
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import click
from tabulate import tabulate

LABELS = Path(__file__).resolve().parent / "labels" / "judged"
JUDGES = ("editor", "factchecker")
HEADERS = ["kind", "flagged", "labelled", *(f"correct ({j})" for j in JUDGES), *(f"useful ({j})" for j in JUDGES),
           "judges agree", "unlabelled"]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labels_by_key(folder: Path) -> dict[tuple[int, str], dict[str, dict]]:
    """(story, evidence key) -> judge -> label, over every labelled sheet in the folder."""
    found: dict[tuple[int, str], dict[str, dict]] = defaultdict(dict)
    for sheet_path in sorted(folder.glob("allsides_sheet_*.jsonl")):
        version = sheet_path.stem.removeprefix("allsides_sheet_")
        rows = {r["n"]: r for r in read_jsonl(sheet_path)}
        for judge in JUDGES:
            path = folder / f"allsides_labels_{version}_{judge}.jsonl"
            for label in read_jsonl(path) if path.is_file() else []:
                row = rows[label["n"]]
                found[(row["story"], row["key"])][judge] = label
    return found


def score(sheet: list[dict], labels: dict, stories: int) -> tuple[list[list], dict]:
    by_kind = defaultdict(lambda: defaultdict(int))
    for row in sheet:
        counts = by_kind[row["kind"]]
        counts["flagged"] += 1
        judged = labels.get((row["story"], row["key"]), {})
        if len(judged) < len(JUDGES):
            counts["unlabelled"] += 1
            continue
        counts["labelled"] += 1
        for judge in JUDGES:
            counts[f"{judge} correct"] += bool(judged[judge]["correct"])
            counts[f"{judge} useful"] += bool(judged[judge]["useful"])
        counts["judges agree (correct)"] += judged[JUDGES[0]]["correct"] == judged[JUDGES[1]]["correct"]
        if row["kind"] == "contradiction" and not all(judged[j]["correct"] for j in JUDGES):
            counts["false"] += 1
    rows = []
    for kind in dict.fromkeys(["contradiction", "difference", *by_kind, "agreement"]):
        c = by_kind[kind]
        rows.append([kind, c["flagged"], c["labelled"], *(f"{c[f'{j} correct']}/{c['labelled']}" for j in JUDGES),
                     *(f"{c[f'{j} useful']}/{c['labelled']}" for j in JUDGES), c["judges agree (correct)"],
                     c["unlabelled"]])
    false = by_kind["contradiction"]["false"]
    return rows, {"false_contradictions": false, "per_50_stories": round(50 * false / stories, 2) if stories else None,
                  "by_kind": {k: dict(v) for k, v in by_kind.items()}}


@click.command()
@click.argument("sheet", type=click.Path(exists=True, dir_okay=False))
@click.option("--labels", default=str(LABELS), show_default=True, type=click.Path(file_okay=False))
@click.option("--stories", default=252, show_default=True, help="Stories the sheet's run covered.")
def main(sheet, labels, stories):
    """Score SHEET against the judges' stored labels."""
    rows, summary = score(read_jsonl(Path(sheet)), labels_by_key(Path(labels)), stories)
    click.echo(tabulate(rows, HEADERS))
    click.echo(f"false contradictions: {summary['false_contradictions']} "
               f"({summary['per_50_stories']} per 50 stories)")


if __name__ == "__main__":
    main()
