"""What adding one article costs: `crosscheck report` on the AllSides corpus after one article is added,
against a cold run (a fresh state folder: nothing read, nothing embedded) of the same corpus.

Runs are interleaved on one machine (add, cold, add, cold ...), each in its own process so that its
wall time (interpreter start included, as a user waits for it) and peak memory are its own. Each
pair's reports are also compared: the run that read only the new article must write what the cold
run writes (the "Since the last run" section apart).

Usage: python -m benchmarks.incremental [--data ../shared/data] [--rounds 2]
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_RATIO = 0.15  # issue 20: adding one article costs at most this share of a cold run


def bench(data: Path, echo, rounds: int = 2) -> dict:
    """Time and peak memory of adding one article against a cold run, `rounds` times, interleaved."""
    from tabulate import tabulate

    from . import events

    with tempfile.TemporaryDirectory() as folder:
        corpus, held = Path(folder) / "corpus", Path(folder) / "held"
        written = events.write_corpus(events.read_stories(data), corpus)
        held.mkdir()
        to_add = sorted(written.story_of)[-rounds:]  # the last articles written wait to be added, one a round
        for path in to_add:
            shutil.move(path, held / Path(path).name)
        warm = _report(corpus, Path(folder) / "state", Path(folder) / "warm.md")
        echo(f"  incremental: corpus of {warm['articles']} articles read once ({warm['wall_s']:.1f} s)", err=True)
        runs = []
        for number, path in enumerate(to_add):
            shutil.move(held / Path(path).name, path)
            added = _report(corpus, Path(folder) / "state", Path(folder) / f"added{number}.md")
            cold = _report(corpus, Path(folder) / f"cold{number}", Path(folder) / f"cold{number}.md")
            same = _without_since(Path(folder) / f"added{number}.json") == _without_since(Path(folder) / f"cold{number}.json")
            runs.append({"articles": added["articles"], "added": added, "cold": cold, "same_report": same,
                         "ratio": added["wall_s"] / cold["wall_s"]})
            echo(f"  incremental: round {number + 1} of {rounds} done", err=True)
    ratio = statistics.median(r["ratio"] for r in runs)
    rows = [[r["articles"], f"{r['cold']['wall_s']:.1f}", f"{r['added']['wall_s']:.1f}", f"{r['ratio']:.3f}",
             f"{r['cold']['peak_mb']:,.0f}", f"{r['added']['peak_mb']:,.0f}", r["added"]["read"],
             "yes" if r["same_report"] else "NO"] for r in runs]
    echo("\nAdding one article to the AllSides corpus (allsides/, all 253 stories), against a cold run of the same "
         "corpus; interleaved, one process each\n")
    echo(tabulate(rows, ["articles", "cold s", "add one s", "ratio", "cold peak MB", "add one peak MB",
                         "articles read", "same report"]))
    echo(f"Median ratio {ratio:.3f} (goal <= {GOAL_RATIO}); peak memory of adding one "
         f"{'<=' if all(r['added']['peak_mb'] <= r['cold']['peak_mb'] for r in runs) else '>'} the cold run's")
    return {"runs": runs, "median_ratio": ratio, "goal_ratio": GOAL_RATIO}


def _report(corpus: Path, state: Path, out: Path) -> dict:
    command = [sys.executable, "-m", "benchmarks.incremental", "child", str(corpus), str(state), str(out)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"crosscheck report on {corpus} failed:\n{done.stderr[-2000:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall_s": wall}


def _without_since(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("since", None)
    return data


def _child(corpus: str, state: str, out: str) -> None:
    """`crosscheck report` in this process, then what it read and its peak memory, as JSON."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run_tracked
    from crosscheck.report import render_json, render_markdown
    from crosscheck.review import reviews
    from crosscheck.state import write_atomic

    tracked = run_tracked([corpus], Settings().replace(state_dir=state))
    states = reviews(list(tracked.corpus.findings), [])
    write_atomic(Path(out), render_markdown(tracked.corpus, states, tracked.history, skipped=tracked.stats.skipped))
    write_atomic(Path(out).with_suffix(".json"), render_json(tracked.corpus, states, tracked.history,
                                                             skipped=tracked.stats.skipped))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": tracked.stats.articles, "read": tracked.stats.read,
                      "embedded": tracked.stats.embedded, "peak_mb": peak}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        _child(*sys.argv[2:5])
    else:
        import click

        @click.command()
        @click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True)
        @click.option("--rounds", default=2, show_default=True)
        def main(data, rounds):
            """Adding one article against a cold run, on the AllSides corpus."""
            bench(Path(data), click.echo, rounds)

        main()
