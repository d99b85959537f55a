"""The same input gives the same report: in fresh processes, in any file order, under any spelling of the corpus."""
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEEDS
from .test_workflow import bridge, bridge_article, invoke, model_once  # noqa: F401  (fixtures)

_RUN_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?: UTC|\+00:00)")


def _report_in_fresh_process(corpus: Path, state: Path, out: Path, order: list[str], env: dict,
                             one_cpu: bool = False) -> tuple[str, str]:
    def pin():  # fewer threads: one CPU for every library's pool
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    command = [sys.executable, "-m", "crosscheck", "report", *order, "--state-dir", str(state),
               "-o", str(out / "report.md"), "--json", str(out / "report.json")]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    done = subprocess.run(command, cwd=corpus, env=environment, capture_output=True, text=True, timeout=600,
                          preexec_fn=pin if one_cpu and hasattr(os, "sched_setaffinity") else None)
    assert done.returncode == 0, done.stderr
    return (out / "report.md").read_text(), (out / "report.json").read_text()


def test_fresh_processes_give_byte_identical_reports_whatever_the_order_hash_seed_or_threads(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    names = sorted(p.name for p in corpus.glob("*.txt"))
    shuffled = names[::-1]
    random.Random(20).shuffle(shuffled)
    assert shuffled != names
    outputs = []
    for n, (order, env, one_cpu) in enumerate([
            (names, {"PYTHONHASHSEED": "1"}, False),
            (shuffled, {"PYTHONHASHSEED": "2", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}, True)]):
        out = tmp_path / f"out{n}"
        out.mkdir()
        outputs.append(_report_in_fresh_process(corpus, tmp_path / f"state{n}", out, order, env, one_cpu))
    (first_md, first_json), (second_md, second_json) = outputs
    assert len(_RUN_TIME.findall(first_md)) == 1 and len(_RUN_TIME.findall(first_json)) == 1
    assert _RUN_TIME.sub("TIME", first_md) == _RUN_TIME.sub("TIME", second_md)
    assert _RUN_TIME.sub("TIME", first_json) == _RUN_TIME.sub("TIME", second_json)
    assert json.loads(first_json)["findings"], "a corpus with findings: an empty report proves nothing"


def _since(markdown: str) -> str:
    return markdown.split("## Since the last run")[1].split("\n## ")[0]


def test_every_spelling_of_the_corpus_is_one_corpus(bridge, tmp_path):
    invoke("report", "bridge")
    bridge_article(bridge, "Courier")
    grown = invoke("report", "bridge")
    assert "since the run of" in grown.stdout and "corpus unchanged" not in grown.stdout
    written = (bridge / "reports" / "divergence.md").read_text()
    assert "new" in _since(written)
    finding = json.loads((bridge / "reports" / "divergence.json").read_text())["findings"][0]["id"]

    link = tmp_path / "link"
    link.symlink_to(bridge, target_is_directory=True)
    spellings = [str(bridge), "bridge/", "./bridge/../bridge/.", str(link) + "/", "link"]
    for spelling in spellings:
        again = invoke("report", spelling, "-o", "-")
        assert "corpus unchanged since the run of" in again.stderr, spelling
        assert again.stdout == written, spelling  # "Since the last run" kept as it was
    invoke("review", finding, "--confirm", "--corpus", "link")
    for spelling in spellings:
        assert f"{finding}" in invoke("review", "--list", "--status", "confirmed", "--corpus", spelling).stdout


def test_a_rerun_that_finds_nothing_new_keeps_since_the_last_run(bridge):
    invoke("report", "bridge")
    bridge_article(bridge, "Courier")
    invoke("report", "bridge")
    before = _since((bridge / "reports" / "divergence.md").read_text())
    (bridge / "courier.txt").rename(bridge / "courier-wire.txt")  # the files change, what they say does not
    again = invoke("report", "bridge").stdout
    assert "corpus unchanged" not in again and "since the run of" in again and "0 new, 0 changed" not in again
    after = _since((bridge / "reports" / "divergence.md").read_text())
    assert _RUN_TIME.sub("TIME", after) == _RUN_TIME.sub("TIME", before) and "new" in before
