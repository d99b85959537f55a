"""A re-run reads only the articles that are new or changed, and gives what a cold run gives."""
import shutil
from pathlib import Path

from crosscheck.codec import to_data
from crosscheck.pipeline import run_tracked
from crosscheck.report import render_json, render_markdown

from .conftest import SEEDS

SIXTH = Path(__file__).parent / "data" / "wire_call_readouts.txt"


def test_incremental_run_equals_a_cold_run_after_an_added_an_edited_and_a_removed_article(tmp_path, embedder,
                                                                                            settings):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds:
        shutil.copy(path, corpus / path.name)
    first = run_tracked([corpus], settings, embedder)
    assert first.stats.read == len(seeds)

    shutil.copy(SIXTH, corpus / "005_wire.txt")  # added
    edited = corpus / seeds[1].name
    lines = edited.read_text(encoding="utf-8").split("\n")
    body = max(range(len(lines)), key=lambda i: len(lines[i]))  # its longest paragraph loses its last sentence
    lines[body] = lines[body].rsplit(". ", 1)[0] + "."
    edited.write_text("\n".join(lines), encoding="utf-8")
    (corpus / seeds[3].name).unlink()  # removed

    again = run_tracked([corpus], settings, embedder)
    cold = run_tracked([corpus], settings.replace(state_dir=str(tmp_path / "cold")), embedder)
    assert cold.stats.read == len(seeds) and not cold.history.previous_at
    assert 2 <= again.stats.read < len(seeds)  # the added and the edited article, not every one
    assert to_data(again.corpus) == to_data(cold.corpus)
    assert render_markdown(again.corpus) == render_markdown(cold.corpus)
    assert render_json(again.corpus) == render_json(cold.corpus)
    assert {a.path.rsplit("/", 1)[-1] for a in again.corpus.articles} >= {"005_wire.txt", seeds[1].name}
    assert seeds[3].name not in {a.path.rsplit("/", 1)[-1] for a in again.corpus.articles}
