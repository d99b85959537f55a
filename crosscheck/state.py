"""State between runs: one SQLite file under the corpus's hidden folder, a lock, and atomic writes."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import tempfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import StateError

STATE_FOLDER = ".crosscheck"
DATABASE_NAME = "state.sqlite"
LOCK_NAME = "lock"
# Layout history: 1 = embeddings only; 2 = adds runs (what each run saw, to compare the next with).
# Tables are only ever added, so an older file is upgraded in place by creating what it lacks.
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    corpus BLOB NOT NULL,
    stats TEXT NOT NULL
);
"""
# The latest run answers a re-run with nothing new; the one before it is what "new since the last
# run" compares with. Older runs serve nothing.
_RUNS_KEPT = 2


@dataclass(frozen=True)
class StoredRun:
    fingerprint: str
    finished_at: str
    corpus: dict  # codec.to_data(Corpus)
    stats: dict


def state_dir_for(paths: list[str | Path], override: str | None = None) -> Path:
    """The state folder: the override, else `.crosscheck/` in the first folder given (or its parent)."""
    if override:
        return Path(override)
    first = Path(paths[0]) if paths else Path(".")
    base = first if first.is_dir() else first.parent
    return base / STATE_FOLDER


def open_database(state_dir: Path) -> sqlite3.Connection:
    """Open (creating or upgrading) the state database; a foreign or corrupt file is set aside."""
    _make_folder(state_dir)
    path = state_dir / DATABASE_NAME
    try:
        return _connect(path)
    except sqlite3.DatabaseError as error:
        # The database holds only what can be recomputed: keep the damaged file for inspection and start afresh.
        aside = path.with_suffix(".corrupt")
        path.replace(aside)
        print(f"warning: {path} could not be read ({error}); moved to {aside.name} and started afresh "
              "(it held only cached work)", file=sys.stderr)
        return _connect(path)


def _make_folder(state_dir: Path) -> None:
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StateError(f"{state_dir}: cannot create the state folder ({error.strerror}); "
                         "pass --state-dir to use another") from error


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30)
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        connection.close()
        raise StateError(f"{path} was written by a newer crosscheck (layout {version}); "
                         "upgrade crosscheck or delete the file")
    connection.executescript(_SCHEMA)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.commit()
    return connection


def write_atomic(path: Path, text: str) -> None:
    """Write text so that readers see the old file or the new one, never half of either."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def stored_runs(connection: sqlite3.Connection) -> list[StoredRun]:
    """The runs kept, latest first. A row that cannot be read is treated as absent."""
    runs = []
    for fingerprint, finished_at, corpus, stats in connection.execute(
            "SELECT fingerprint, finished_at, corpus, stats FROM runs ORDER BY id DESC"):
        try:
            runs.append(StoredRun(fingerprint, finished_at, json.loads(zlib.decompress(corpus)), json.loads(stats)))
        except (zlib.error, ValueError):
            continue
    return runs


def store_run(connection: sqlite3.Connection, fingerprint: str, corpus: dict, stats: dict) -> None:
    """Record a finished run and forget all but the last few."""
    finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    blob = zlib.compress(json.dumps(corpus, ensure_ascii=False).encode("utf-8"), 6)
    with connection:
        connection.execute("INSERT INTO runs (fingerprint, finished_at, corpus, stats) VALUES (?, ?, ?, ?)",
                           (fingerprint, finished_at, blob, json.dumps(stats)))
        connection.execute("DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?)",
                           (_RUNS_KEPT,))


@contextlib.contextmanager
def corpus_lock(state_dir: Path, wait_seconds: float):
    """Hold the corpus's lock: a second crosscheck on the same corpus waits, then gives up clearly."""
    from filelock import FileLock, Timeout

    _make_folder(state_dir)
    lock = FileLock(str(state_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        print(f"waiting for another crosscheck working on {state_dir.parent} ...", file=sys.stderr)
        try:
            lock.acquire(timeout=wait_seconds)
        except Timeout:
            raise StateError(f"{state_dir / LOCK_NAME}: another crosscheck has been working on this corpus for over "
                             f"{wait_seconds:.0f} s; try again when it has finished") from None
    try:
        yield
    finally:
        lock.release()
