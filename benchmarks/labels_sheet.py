"""Event and topic labels of the AllSides sample and the readouts, with the texts they name, to read.

Each story of one half of the AllSides sample (benchmarks/findings.py: tuning, ids ≡ 0 mod 8, or
report, ids ≡ 4 mod 8) and each readout call of that half (TUNING_CALLS, or the others) is run as
its own corpus; the corpora are kept (pickled) under --keep, so that a change to labels.py is read
again in seconds: `--relabel` names the kept corpora's events and topics anew with the labels.py
of now, without the rest of the pipeline (the claims' phrases are read again: the claims stage reads them
with labels.py; the topics' phrases are read by the claims' model, which embeds the claims again with them). The sheet
lists every event label with its articles' titles, and
TOPIC_SAMPLE topic labels (of topics of two claims or more, drawn with a fixed seed, as
first_findings.py draws them) with three of their claims. Tune on the tuning half only, and on the second,
third and fourth tuning samples (`--half tuning-2`, `tuning-3`, `tuning-4`: 30 stories of ids ≡ 2 mod 8, the first
30 of ids ≡ 6 and the rest of them, no readouts), whose verdicts live beside the first's in TUNING_LABELS.
`--half unsampled`: 40 stories in no sample (UNSAMPLED_SEED), to read how the labels fare on stories no round was
fitted on; its verdicts (UNSAMPLED_LABELS, judged at the seventeenth stop) score it and are never tuned on.
`--half report-rest`: the stories of the report half's residue (ids ≡ 4 mod 8, two outlets or more) outside the
report sample, to tune on stories of the report half's kind without reading the judged sample.
`--half tuning-5`: the 32 stories told twice or more outside the report half's residue that neither a sample nor the
unsampled reading holds, a fresh sample to tune on (drawn at the eighteenth stop).

With --judging it lists the sample first_findings.py judges (every readout call and the report half),
for judges who rate each label from the texts alone.

With --score it scores the labels against the judges' verdicts on that half (TUNING_LABELS for the
tuning half: {"judge", "story", "label", "kind", "natural"} a line): a label whose text is unchanged keeps
its verdict; a new label is counted apart, unjudged, for the judges' next round.

Usage: python -m benchmarks.labels_sheet --half tuning --keep DIR [--relabel] [--out sheet.md] [--all-topics] [--score]
       python -m benchmarks.labels_sheet --judging --keep DIR --out labels_for_judging.md
"""
from __future__ import annotations

import functools
import json
import os
import pickle
import random
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import click

from .findings import LABELS, ROOT, SAMPLE_SIZE, TUNING_CALLS, bench_cache, copy_texts, half, run_folder, sample_stories, write_story
from .first_findings import SEED, TOPIC_SAMPLE, _latest

TUNING_LABELS = LABELS / "labels_tuning.jsonl"
# The judges' verdicts on the unsampled stories: a held-out reading of the labels beside the report half's, kept apart
# from TUNING_LABELS so that no round reads their reasons.
UNSAMPLED_LABELS = LABELS / "labels_unsampled.jsonl"


# Further tuning samples, drawn as the halves are but from the stories neither half holds: the first half's 35
# labels had been tuned on for five rounds, and its figures ran far ahead of the report half's, so a second sample
# (ids ≡ 2 mod 8) was drawn; after three rounds on both, the report half still trailed them, so a third (ids ≡ 6),
# and after its first round a fourth: the ids ≡ 6 stories after the third's, to tune on more kinds of story at once.
# A sample: (residue of the id mod 8, which run of SAMPLE_SIZE stories of that residue, in id order).
EXTRA_TUNING = {"tuning-2": (2, 0), "tuning-3": (6, 0), "tuning-4": (6, 1)}
# Stories in no sample, to read how the labels fare on new stories after rounds fitted on the samples: UNSAMPLED_SIZE
# stories drawn with UNSAMPLED_SEED from those told by two outlets or more, outside the report half's residue (ids
# ≢ 4 mod 8) and in none of the samples above. Read them, never tune figures on them.
UNSAMPLED_SIZE, UNSAMPLED_SEED = 40, 1814
# After fifteen label rounds the tuning samples had risen and the report half had not: the stories of the report half's
# residue that its sample did not draw are the nearest kind of story to tune on that no judged figure reads.
REPORT_REST = "report-rest"
# After twenty label rounds the four tuning samples read 0.93-1.00 for events while both held-out readings read
# 0.71-0.82: the rounds had fitted the samples. The last stories told twice or more outside the report half's residue
# that no sample and no unsampled reading holds (32) are a fresh sample to tune on.
FRESH_TUNING = "tuning-5"


def stories(data: Path, part: str, workdir: Path):
    """(story id, folder) of the readout calls and the AllSides stories of one half."""
    if part in EXTRA_TUNING:
        yield from _extra_tuning(data, workdir, *EXTRA_TUNING[part])
        return
    if part == "unsampled":
        yield from _unsampled(data, workdir)
        return
    if part == REPORT_REST:
        yield from _report_rest(data, workdir)
        return
    if part == FRESH_TUNING:
        yield from _written(_fresh_tuning(data), workdir)
        return
    for call in sorted((data / "readouts").iterdir()):
        if call.is_dir() and (call.name in TUNING_CALLS) == (part == "tuning"):
            yield call.name, copy_texts(call, workdir / call.name)
    for story in sample_stories(data / "allsides" / "stories.jsonl"):
        if half(story["id"]) == part:
            folder = workdir / str(story["id"])
            write_story(story, folder)
            yield str(story["id"]), folder


def _extra_tuning(data: Path, workdir: Path, residue: int, run: int):
    yield from _written(_sampled(_all_stories(data), residue, run), workdir)


def _all_stories(data: Path) -> list[dict]:
    rows = [json.loads(line) for line in (data / "allsides" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return sorted(rows, key=lambda s: s["id"])


def _sampled(rows: list[dict], residue: int, run: int) -> list[dict]:
    drawn = [s for s in rows if s["id"] % 8 == residue and len(s.get("news") or {}) == 3]
    return drawn[run * SAMPLE_SIZE:(run + 1) * SAMPLE_SIZE]


def _unsampled(data: Path, workdir: Path):
    yield from _written(_unsampled_stories(data), workdir)


def _unsampled_stories(data: Path) -> list[dict]:
    left = _in_no_sample(data)
    return sorted(random.Random(UNSAMPLED_SEED).sample(left, UNSAMPLED_SIZE), key=lambda s: s["id"])


def _fresh_tuning(data: Path) -> list[dict]:
    read = {s["id"] for s in _unsampled_stories(data)}
    return [s for s in _in_no_sample(data) if s["id"] not in read]


def _in_no_sample(data: Path) -> list[dict]:
    """The stories told by two outlets or more, outside the report half's residue, that no sample draws."""
    rows = _all_stories(data)
    taken = {s["id"] for s in sample_stories(data / "allsides" / "stories.jsonl")}
    taken |= {s["id"] for residue, run in EXTRA_TUNING.values() for s in _sampled(rows, residue, run)}
    return [s for s in rows if s["id"] % 8 != 4 and s["id"] not in taken and len(s.get("news") or {}) >= 2]


def _written(rows: list[dict], workdir: Path):
    for story in rows:
        folder = workdir / str(story["id"])
        write_story(story, folder)
        yield str(story["id"]), folder


def _report_rest(data: Path, workdir: Path):
    taken = {s["id"] for s in sample_stories(data / "allsides" / "stories.jsonl")}
    yield from _written([s for s in _all_stories(data) if half(s["id"]) == "report" and s["id"] % 4 == 0
                         and s["id"] not in taken and len(s.get("news") or {}) >= 2], workdir)


def relabel(corpus) -> tuple[list[str], dict[str, str]]:
    """The corpus's event labels and topic labels (topic id -> label) as labels.py names them now."""
    from crosscheck.config import Settings
    from crosscheck.events import dated_names
    from crosscheck.topic_labels import name_topics

    corpus = replace(corpus, claims=tuple(_phrases_now(corpus)))
    article = {a.id: a for a in corpus.articles}
    events = corpus.clustering.events
    groups = [[article[i] for i in e.article_ids] for e in events]
    claims_of = defaultdict(list)
    for c in corpus.claims:
        claims_of[c.article_id].append(c)
    names, _ = dated_names(groups, list(corpus.claims), claims_of, list(corpus.articles), Settings())
    claim = {c.id: c for c in corpus.claims}
    topics = defaultdict(list)
    for topic in corpus.clustering.topics:
        topics[topic.event_id].append(topic)
    labels = {}
    embedder = _embedder()
    for event, name in zip(events, names):
        mine = topics[event.id]
        named = name_topics([[claim[c] for c in t.claim_ids] for t in mine], name, embedder=embedder)
        for topic, label in zip(mine, named):
            labels[topic.id] = label
    return names, labels


@functools.cache
def _embedder():
    """The claims' model, which reads the topics' phrases to name them (the claims are embedded again with them)."""
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder.from_settings(Settings())


def _phrases_now(corpus) -> list:
    """The corpus's claims with their phrases read again as labels.py reads them now: the claims stage reads them
    (`labels.claim_phrases`), so a kept corpus holds the phrases of the code that ran it."""
    from crosscheck.claims import extract_claims
    from crosscheck.voices import load_voicebook

    fresh = {c.id: c.phrases for c in extract_claims(list(corpus.articles), load_voicebook(None))}
    return [replace(c, phrases=fresh.get(c.id, c.phrases)) for c in corpus.claims]


def labelled(runs: dict, fresh: bool, all_topics: bool) -> tuple[list[tuple], list[tuple]]:
    """(story, label, titles) of every event, and (story, label, claims) of the sampled topics (of two
    claims or more; every one with `all_topics`), in the runs' order."""
    events, topics = [], []
    for story, corpus in runs.items():
        names, topic_labels = relabel(corpus) if fresh else ([e.label for e in corpus.clustering.events], {})
        claim = {c.id: c for c in corpus.claims}
        for event, name in zip(corpus.clustering.events, names):
            events.append((story, name, [a.title for a in corpus.articles if a.id in event.article_ids]))
        for topic in corpus.clustering.topics:
            if len(topic.claim_ids) > 1:
                topics.append((story, topic_labels.get(topic.id, topic.label),
                               [claim[c].text for c in topic.claim_ids[:3]]))
    if not all_topics:
        topics = random.Random(SEED).sample(topics, min(TOPIC_SAMPLE, len(topics)))
    return events, topics


def sheet(events: list[tuple], topics: list[tuple]) -> str:
    lines = [f"- {story} · **{name}** — titles: {' | '.join(titles)}" for story, name, titles in events]
    rows = [f"- {story} · **{label}** — claims: {' | '.join(texts)}" for story, label, texts in topics]
    return "\n".join(["# Event labels", ""] + lines + ["", "# Topic labels", ""] + rows) + "\n"


def score(events: list[tuple], topics: list[tuple], verdicts: list[dict]) -> list[list]:
    """Per judge and kind: the labels a person would say, of those judged (a label keeps its verdict
    while its text is unchanged), and how many labels are new, not yet judged."""
    rows = []
    for kind, named in (("event", events), ("topic", topics)):
        for judge in sorted({v["judge"] for v in verdicts}):
            mine = {(v["story"], v["label"]): bool(v["natural"]) for v in _latest(
                [v for v in verdicts if v["judge"] == judge and v.get("kind") == kind])}
            found = [mine[(story, label)] for story, label, _ in named if (story, label) in mine]
            yes = sum(found)
            rows.append([kind, judge, f"{yes / len(found):.2f} ({yes}/{len(found)})" if found else "—",
                         len(named) - len(found), len(named)])
    return rows


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True, type=click.Path(file_okay=False))
@click.option("--half", "part", type=click.Choice(["tuning", *EXTRA_TUNING, FRESH_TUNING, "unsampled", REPORT_REST, "report"]),
              default="tuning", show_default=True,
              help="tuning-2, tuning-3, tuning-4: further tuning samples (ids ≡ 2, 6 and 6 mod 8); unsampled: 40 stories "
                   "in no sample, to read; report-rest: the report residue's stories outside the report sample; tuning-5: the "
                   "stories in no sample nor in unsampled.")
@click.option("--keep", required=True, type=click.Path(file_okay=False), help="Folder of the kept corpora.")
@click.option("--relabel", "fresh", is_flag=True, help="Name the kept corpora anew with labels.py as it is now.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write the sheet here (default: print it).")
@click.option("--all-topics", is_flag=True, help="Every topic of two claims or more, not a sample.")
@click.option("--judging", is_flag=True,
              help="The sample first_findings.py judges: every readout call and the AllSides report half.")
@click.option("--score", "scored", is_flag=True,
              help="Score the labels against the judges' verdicts: TUNING_LABELS, or UNSAMPLED_LABELS for --half unsampled.")
def main(data, part, keep, fresh, out, all_topics, judging, scored):
    """Event and topic labels of one half of the sample, with the texts they name."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    keep = Path(keep)
    keep.mkdir(parents=True, exist_ok=True)
    runs = {}
    with tempfile.TemporaryDirectory(prefix="crosscheck-labels-") as tmp:
        pending, order = [], []
        from .first_findings import corpora

        for story, folder in (corpora(Path(data), Path(tmp)) if judging else stories(Path(data), part, Path(tmp))):
            order.append(story)
            kept = keep / f"{story}.pickle"
            if kept.is_file():
                runs[story] = pickle.loads(kept.read_bytes())
            else:
                pending.append((story, folder))
        if pending:
            from crosscheck.config import Settings
            from crosscheck.embed import SentenceTransformerEmbedder

            settings = Settings()
            with bench_cache(settings) as cache:
                embedder = SentenceTransformerEmbedder.from_settings(settings)
                for story, folder in pending:
                    corpus = run_folder(folder, settings, embedder, cache)
                    (keep / f"{story}.pickle").write_bytes(pickle.dumps(corpus))
                    runs[story] = corpus
    events, topics = labelled({s: runs[s] for s in order}, fresh, all_topics)
    if scored:
        if judging or part == "report":
            raise click.UsageError("--score scores the tuning half: the report half is judged by first_findings.py")
        from tabulate import tabulate

        judged = UNSAMPLED_LABELS if part == "unsampled" else TUNING_LABELS
        verdicts = [json.loads(line) for line in judged.read_text(encoding="utf-8").splitlines() if line.strip()]
        click.echo(tabulate(score(events, topics, verdicts), ["kind", "judge", "natural (of judged)", "new, unjudged",
                                                              "labels"]))
        return
    text = sheet(events, topics)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text)


if __name__ == "__main__":
    main()
