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


def test_kept_ledes_read_back_as_they_were_read(tmp_path):
    from crosscheck.labels import read_lede, read_ledes
    from crosscheck.nlp import parse
    from crosscheck.state import KeptWork, open_database

    texts = [("Xi warns Trump over Taiwan.\nXi Jinping told Donald Trump on Monday that Taiwan's return was part "
              "of the post-war order, Xinhua said."), "Beijing opposes the arms sale.\nChina said it opposed it."]
    connection = open_database(tmp_path / "state")
    first = read_ledes(texts, KeptWork(connection, "ledes"), "v1")  # parsed and kept
    again = read_ledes(texts, KeptWork(connection, "ledes"), "v1")  # read back
    assert again == first == [read_lede(doc) for doc in parse(texts)]
    assert first[0].entities and first[0].nouns and first[0].title_phrases
    assert connection.execute("SELECT count(*) FROM ledes").fetchone()[0] == 2
    read_ledes(texts, KeptWork(connection, "ledes"), "v2")  # another reader: read again, kept apart
    assert connection.execute("SELECT count(*) FROM ledes").fetchone()[0] == 4


def test_an_event_s_parts_are_kept_by_everything_they_are_computed_from(seed_run, settings):
    import dataclasses

    import numpy as np

    from crosscheck.cluster import event_key

    corpus, _ = seed_run
    event = corpus.clustering.events[0]
    claims = [c for c in corpus.claims if c.article_id in event.article_ids]
    vectors = np.eye(len(claims), 8, dtype=np.float32)
    key = event_key(event, claims, vectors, settings, "v1")
    assert key == event_key(event, list(claims), vectors.copy(), settings, "v1")
    changed = [
        event_key(event, claims, vectors, settings, "v2"),
        event_key(event, claims, vectors, settings.replace(topic_distance=settings.topic_distance + 0.01), "v1"),
        event_key(dataclasses.replace(event, label=event.label + "!"), claims, vectors, settings, "v1"),
        event_key(event, [dataclasses.replace(claims[0], side="xx")] + claims[1:], vectors, settings, "v1"),
        event_key(event, claims[::-1], vectors, settings, "v1"),
        event_key(event, claims, vectors * 0.5, settings, "v1"),
    ]
    assert key not in changed and len(set(changed)) == len(changed)


def test_a_re_run_computes_the_parts_of_no_unchanged_event(tmp_path, embedder, settings, monkeypatch):
    from crosscheck import cluster
    from crosscheck.pipeline import run
    from crosscheck.reading import ReadingStore
    from crosscheck.state import open_database

    connection = open_database(tmp_path / "state")
    first, _ = run(sorted(SEEDS.glob("*.txt")), settings, embedder, readings=ReadingStore(connection))
    computed = []
    original = cluster._topics
    monkeypatch.setattr(cluster, "_topics", lambda *args: computed.append(args[0].id) or original(*args))
    again, _ = run(sorted(SEEDS.glob("*.txt")), settings, embedder, readings=ReadingStore(connection))
    assert computed == [] and again == first
    cold, _ = run(sorted(SEEDS.glob("*.txt")), settings, embedder)  # nothing kept: every event computed
    assert computed and cold == first


def test_a_layout_5_database_is_upgraded_its_parses_dropped(tmp_path):
    import sqlite3

    from crosscheck.state import DATABASE_NAME, SCHEMA_VERSION, open_database

    (tmp_path / "state").mkdir()
    old = sqlite3.connect(tmp_path / "state" / DATABASE_NAME)
    old.executescript("CREATE TABLE parses (key TEXT PRIMARY KEY, doc BLOB NOT NULL, used INTEGER NOT NULL);"
                      "INSERT INTO parses VALUES ('k', x'00', 1); PRAGMA user_version = 5;")
    old.commit()
    old.close()
    connection = open_database(tmp_path / "state")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"readings", "ledes", "event_parts"} <= tables and "parses" not in tables
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
