"""What a journalist reads first (issue 18): the report's first findings and its labels, for judges.

For each readout call (`readouts/`) and each AllSides story of the report half (ids ≡ 4 mod 8, the
first SAMPLE_SIZE with three outlets, as in benchmarks/findings.py), run as its own corpus:
- the findings the report puts first for each event, its summary's "What matters most" table (up to ten
  differences and omissions of medium severity or more; agreements are context, never there), with their
  one-line statement and evidence;
- every event label, and 50 topic labels drawn with a fixed seed;
- for the readouts, where each gold side omission first appears, in the comparator's order and in the
  report's (an objective check of the ranking, beside the judges').

`--dump FILE` writes them as Markdown for two judges (an editor and a fact-checker) who label them
from the texts alone, independently; their labels go in benchmarks/labels/first_findings.jsonl, one
JSON object a line: {"judge", "story", "key", "correct", "useful"} for a finding (key: the finding's
evidence hashed, `findings.finding_key`), {"judge", "story", "label", "natural"} for a label; a later judging
round's verdict ("round": 2) replaces an earlier one of the same judge. Without
--dump it scores the labels it has: useful and correct shares of the first findings, and the share
of labels a person would say, per judge, with counts.

Usage: python -m benchmarks.first_findings [--data ../shared/data] [--dump first.md --keep DIR]
"""
from __future__ import annotations

import json
import os
import random
import tempfile
from pathlib import Path

import click

from .findings import (LABELS, ROOT, TUNING_CALLS, _matches, bench_cache, copy_texts, evidence, finding_key, half,
                       run_folder, sample_stories, write_story)

FIRST_LABELS = LABELS / "first_findings.jsonl"
TOPIC_SAMPLE = 50
SEED = 18


def corpora(data: Path, workdir: Path):
    """(story id, folder) for each readout call and each story of the AllSides report half."""
    for call in sorted((data / "readouts").iterdir()):
        if call.is_dir():
            yield call.name, copy_texts(call, workdir / call.name)
    for story in sample_stories(data / "allsides" / "stories.jsonl"):
        if half(story["id"]) == "report":
            folder = workdir / str(story["id"])
            write_story(story, folder)
            yield str(story["id"]), folder


def first_findings(corpus) -> list:
    """What the report puts first for each event, its "What matters most" table: up to ten differences and
    omissions of medium severity or more, fewer when fewer matter (as issue 18 asks of the first table)."""
    from crosscheck.report import report_order, top_findings
    from crosscheck.salience import rank

    return top_findings(report_order(rank(corpus).findings))


def collect(data: Path, settings, embedder, cache, keep: Path | None = None) -> dict:
    """`keep`: a folder to write the story corpora into and leave there (the judges read them)."""
    from crosscheck.report import _View, plain_line
    from crosscheck.salience import rank

    result = {"findings": [], "events": [], "topics": [], "gold": [], "articles": {}}
    gold = {call["occasion"]: call for call in json.loads((data / "readouts" / "gold.json").read_text(encoding="utf-8"))}
    with tempfile.TemporaryDirectory(prefix="crosscheck-first-") as tmp:
        for story, folder in corpora(data, keep or Path(tmp)):
            result["articles"][story] = sorted(str(p) for p in folder.glob("*.txt"))
            compared = run_folder(folder, settings, embedder, cache)
            corpus = rank(compared)
            if story in gold:
                result["gold"].append(gold_ranks(story, gold[story], compared, corpus))
            view = _View(corpus, {})
            for finding in first_findings(corpus):
                result["findings"].append({"story": story, "key": finding_key(corpus, finding),
                                           "line": plain_line(finding, view), "severity": finding.severity.label,
                                           "evidence": evidence(corpus, finding)})
            result["events"] += [{"story": story, "label": e.label,
                                  "titles": [a.title for a in corpus.articles if a.id in e.article_ids]}
                                 for e in corpus.clustering.events]
            result["topics"] += [{"story": story, "label": t.label,
                                  "claims": [view.claim[c].text for c in t.claim_ids]}
                                 for t in corpus.clustering.topics if len(t.claim_ids) > 1]
    result["topics"] = random.Random(SEED).sample(result["topics"], min(TOPIC_SAMPLE, len(result["topics"])))
    return result


def gold_ranks(story: str, call: dict, compared, ranked) -> dict:
    """Where each gold side omission of a call first appears: in the comparator's order and in the report's."""
    claim = {c.id: c for c in compared.claims}

    def place(findings, omission):
        return next((n for n, f in enumerate(findings, 1) if f.kind.value == "omit" and f.level == "side"
                     and f.present and _matches(f, omission, claim)), None)
    return {"call": story, "half": "tuning" if story in TUNING_CALLS else "report", "findings": len(ranked.findings),
            "before": [place(list(compared.findings), o) for o in call["omissions"]],
            "after": [place(list(ranked.findings), o) for o in call["omissions"]]}


def gold_rows(result: dict) -> list[list]:
    rows = []
    for entry in result["gold"]:
        found = [r for r in entry["after"] if r]
        rows.append([entry["call"], entry["half"], entry["findings"], f"{len(found)}/{len(entry['after'])}",
                     " ".join(str(r or "—") for r in entry["before"]), " ".join(str(r or "—") for r in entry["after"])])
    for part in ("tuning", "report"):
        entries = [e for e in result["gold"] if e["half"] == part]
        for when in ("before", "after"):
            places = [r for e in entries for r in e[when] if r]
            rows.append([f"{part}: {when}", "", "", f"{len(places)}/{sum(len(e[when]) for e in entries)}",
                         f"first 3: {sum(r <= 3 for r in places)}", f"first 5: {sum(r <= 5 for r in places)}"])
    return rows


def score(result: dict, labels: list[dict]) -> list[list]:
    """Per judge: correct and useful shares of the first findings, natural shares of the labels (a label
    keeps its verdict while its text is unchanged), and how many findings and labels no verdict covers yet."""
    keys = {(f["story"], f["key"]) for f in result["findings"]}
    events = {(e["story"], e["label"]) for e in result["events"]}
    topics = {(t["story"], t["label"]) for t in result["topics"]}
    rows = []
    for judge in sorted({entry["judge"] for entry in labels}):
        mine = _latest([entry for entry in labels if entry["judge"] == judge])
        found = [e for e in mine if (e.get("story"), e.get("key")) in keys]
        named = [e for e in mine if (e.get("story"), e.get("label")) in events]
        topical = [e for e in mine if (e.get("story"), e.get("label")) in topics]
        rows.append([judge, _share(found, "correct"), _share(found, "useful"), _share(named, "natural"),
                     _share(topical, "natural"), len(keys) - len(found),
                     f"{len(events) - len({(e['story'], e['label']) for e in named})} · "
                     f"{len(topics) - len({(t['story'], t['label']) for t in topical})}"])
    return rows


def _latest(entries: list[dict]) -> list[dict]:
    """One verdict per finding or label: a later judging round's (its `round`, 1 when absent) replaces an earlier."""
    kept = {}
    for entry in sorted(entries, key=lambda e: e.get("round", 1)):
        kept[(entry.get("story"), entry.get("key"), entry.get("label"), entry.get("kind"))] = entry
    return list(kept.values())


def _share(entries: list[dict], field: str) -> str:
    yes = sum(bool(e.get(field)) for e in entries)
    return f"{yes / len(entries):.2f} ({yes}/{len(entries)})" if entries else "—"


def dump(result: dict, path: Path) -> None:
    lines = ["# First findings and labels, for judging", ""]
    for f in result["findings"]:
        lines += [f"## {f['story']} · key {f['key']} · {f['severity']}", f["line"]]
        if result["articles"].get(f["story"]):
            lines += ["    articles: " + " ".join(result["articles"][f["story"]])]
        lines += [f"    [{where} {outlet} | {voice}] {text}" for where, outlet, voice, text in f["evidence"]] + [""]
    lines += ["# Event labels", ""] + [f"- {e['story']} · {e['label']} — titles: {' | '.join(e['titles'])}"
                                        for e in result["events"]]
    lines += ["", "# Topic labels", ""] + [f"- {t['story']} · {t['label']} — claims: {' | '.join(t['claims'][:3])}"
                                           for t in result["topics"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True,
              type=click.Path(file_okay=False))
@click.option("--dump", "dump_path", type=click.Path(dir_okay=False), help="Write the findings and labels to judge here.")
@click.option("--keep", type=click.Path(file_okay=False), help="Write the story corpora here and keep them (for judges).")
def main(data, dump_path, keep):
    """The report's first findings and its labels on the readouts and AllSides, judged."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from tabulate import tabulate

    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    with bench_cache(settings) as cache:
        result = collect(Path(data), settings, SentenceTransformerEmbedder.from_settings(settings), cache,
                         Path(keep) if keep else None)
    if dump_path:
        dump(result, Path(dump_path))
    labels = [json.loads(line) for line in FIRST_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if FIRST_LABELS.exists() else []
    click.echo(f"{len(result['findings'])} first findings, {len(result['events'])} event labels, "
               f"{len(result['topics'])} topic labels sampled")
    click.echo(tabulate(score(result, labels), ["judge", "correct", "useful", "event labels natural",
                                                "topic labels natural", "findings unlabelled",
                                                "labels unjudged (events · topics)"]))
    click.echo("\nGold side omissions of the readouts (gold.json): where each first appears, in the comparator's "
               "order (before) and the report's (after)\n")
    click.echo(tabulate(gold_rows(result), ["call", "half", "findings", "found", "places before", "places after"]))


if __name__ == "__main__":
    main()
