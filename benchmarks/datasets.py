"""Readers for the public sentence-pair sets, in the layout of brmson/dataset-sts."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

MSRP = {"train": "msrp/msr-para-train.tsv", "validation": "msrp/msr-para-val.tsv"}
SICK = {"train": "sick/SICK_train.txt", "trial": "sick/SICK_trial.txt"}
STS = ("sts/2013.headlines.tsv", "sts/2014.headlines.tsv", "sts/2015.headlines.tsv", "sts/2014.deft-news.tsv")


@dataclass(frozen=True)
class Pair:
    first: str
    second: str
    label: str  # MSRP "1"/"0", SICK entailment judgment, STS score as text


def read_msrp(root: Path, split: str) -> list[Pair]:
    rows = _rows(root / MSRP[split])
    return [Pair(r["#1 String"], r["#2 String"], r["Quality"]) for r in rows]


def read_sick(root: Path, split: str) -> list[Pair]:
    rows = _rows(root / SICK[split])
    return [Pair(r["sentence_A"], r["sentence_B"], r["entailment_judgment"]) for r in rows]


def read_sts(root: Path, name: str) -> list[Pair]:
    """STS files have no header: score, sentence, sentence; unscored rows are left out."""
    with open(root / name, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Pair(r[1].strip(), r[2].strip(), r[0]) for r in rows if len(r) >= 3 and r[0].strip()]


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
