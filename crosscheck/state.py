"""State between runs: one SQLite file under the corpus's hidden folder, a lock, and atomic writes."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import sys
import tempfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import CrosscheckError, InputError, StateError

STATE_FOLDER = ".crosscheck"
DATABASE_NAME = "state.sqlite"
LOCK_NAME = "lock"
REPORT_NAME = "divergence.md"
JSON_NAME = "divergence.json"
DECISIONS_NAME = "decisions.json"
# Layout history: 1 = embeddings only; 2 = adds runs (what each run saw, to compare the next with);
# 3 = runs carry their lineage (the settings and files asked for), so each lineage has its own
# history; 4 = adds readings (each article's claims, so a re-run reads only what is new: reading.py);
# 5 = adds parses (the titles and ledes the event labels parse every run, as spaCy's Docs);
# 6 = adds event_parts (each event's topics and same-fact groups, by what they are computed from:
# cluster.py) and ledes (what the event labels read of each title and lede: labels.Lede), and drops
# parses, which ledes replace. An older file is upgraded in place.
SCHEMA_VERSION = 6
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
CREATE TABLE IF NOT EXISTS readings (
    key TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledes (
    key TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS event_parts (
    key TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    used INTEGER NOT NULL
);
"""
# Rows of the tables of kept work (readings, ledes, event_parts) that none of the last this-many runs
# used are forgotten (an article removed, or edited, or read under other sides).
_KEPT_WORK_RUNS = 8
# The latest run of a lineage answers a re-run with nothing new; the one before it is what "new
# since the last run" compares with. Older runs serve nothing. Lineages not run lately (a try with
# other settings) are forgotten after this many others were run.
_RUNS_KEPT = 2
_LINEAGES_KEPT = 8


class KeptWork:
    """One table of work kept between runs (readings, ledes, event_parts): a blob by key, with the number
    of the last run that used it. `run` is this run's number, one past the last any table recorded."""

    def __init__(self, connection: sqlite3.Connection, table: str, run: int | None = None):
        self.connection, self.table = connection, table
        self.run = run if run is not None else (connection.execute(
            f"SELECT max(used) FROM {table}").fetchone()[0] or 0) + 1

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # under SQLite's limit on a statement's parameters
            chunk = keys[start:start + 500]
            found.update(self.connection.execute(
                f"SELECT key, data FROM {self.table} WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def save(self, new: dict[str, bytes], used: list[str]) -> None:
        """Keep the new rows, mark the used ones as used by this run, forget those long unused."""
        if not new and not used:
            return  # nothing to write: no transaction (each costs a sync of the file)
        with self.connection:
            self.connection.executemany(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?, ?)",
                                        [(key, blob, self.run) for key, blob in new.items()])
            self.connection.executemany(f"UPDATE {self.table} SET used = ? WHERE key = ?",
                                        [(self.run, key) for key in used])
            self.connection.execute(f"DELETE FROM {self.table} WHERE used <= ?", (self.run - _KEPT_WORK_RUNS,))


@dataclass(frozen=True)
class RunHeader:
    row_id: int
    fingerprint: str
    finished_at: str


@dataclass(frozen=True)
class StoredRun:
    fingerprint: str
    finished_at: str
    corpus: dict  # codec.to_data(Corpus)
    stats: dict


@dataclass(frozen=True)
class Layout:
    """Where a corpus's state and outputs live."""

    corpus: Path  # the corpus folder: the first folder given, or the folder of the first file
    state_dir: Path
    reports_dir: Path

    @property
    def report(self) -> Path:
        return self.reports_dir / REPORT_NAME

    @property
    def json(self) -> Path:
        return self.reports_dir / JSON_NAME

    @property
    def decisions(self) -> Path:
        return self.reports_dir / DECISIONS_NAME


def layout_for(paths: list[str | Path], settings) -> Layout:
    """The corpus folder of `paths` with its state folder (`.crosscheck/`) and reports folder."""
    first = Path(paths[0]) if paths else Path(".")
    corpus = first if first.is_dir() or not first.suffix else first.parent
    return Layout(corpus, state_dir_for(paths, settings.state_dir), corpus / settings.reports_dir)


def state_dir_for(paths: list[str | Path], override: str | None = None) -> Path:
    """The state folder: the override, else `.crosscheck/` in the first folder given (or its parent)."""
    if override:
        return Path(override)
    first = Path(paths[0]) if paths else Path(".")
    base = first if first.is_dir() else first.parent
    return base / STATE_FOLDER


def article_files(paths: list[str | Path], settings) -> list[Path]:
    """The article files under `paths`, less those in the corpus's reports folder (its outputs).

    Each file is named by its real folder (symlinks, `.` and `..` resolved) and the list is sorted,
    so however the corpus is spelled or its files are listed, a run reads the same names in the
    same order: its history, its shortcut and its report do not depend on the spelling.
    """
    from .ingest import collect_files

    reports = layout_for(paths, settings).reports_dir.resolve()
    files = sorted({real_file(f) for f in collect_files(paths)}, key=str)
    files = [f for f in files if reports not in f.resolve().parents]
    if not files:
        raise InputError(f"{paths[0]}: no article files in this folder (only crosscheck's own reports)")
    return files


def real_file(path: Path) -> Path:
    """`path` in its real folder: the folder's symlinks resolved, the file's own name kept."""
    path = Path(os.path.abspath(path))
    return Path(os.path.realpath(path.parent)) / path.name


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
    connection.execute("DROP TABLE IF EXISTS parses")  # layout 5's: ledes hold what the labels used of them
    columns = {row[1] for row in connection.execute("PRAGMA table_info(runs)")}
    if "lineage" not in columns:
        connection.execute("ALTER TABLE runs ADD COLUMN lineage TEXT NOT NULL DEFAULT ''")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.commit()
    return connection


def check_writable(path: Path) -> None:
    """Fail early, in one line, when `path` cannot be written as a file (before any work is done)."""
    if is_special_file(path):
        if not os.access(path, os.W_OK):
            raise CrosscheckError(f"{path}: cannot write (permission denied)")
        return
    if path.is_dir():
        raise CrosscheckError(f"{path}: is a folder; give a file name")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise CrosscheckError(f"{path}: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CrosscheckError(f"{path}: cannot write in {folder} (permission denied)")


def write_atomic(path: Path, text: str) -> None:
    """Write text so that readers see the old file or the new one, never half of either.

    The file gets the mode an ordinary write would give it: that of the file it replaces, or
    what the umask allows.
    """
    check_writable(path)
    if is_special_file(path):  # /dev/null, /dev/stdout, a pipe: write into it; replacing it would destroy it
        try:
            with path.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        except OSError as error:
            raise CrosscheckError(f"{path}: cannot write ({error.strerror or error})") from error
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise CrosscheckError(f"{path}: cannot write ({error.strerror or error})") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise CrosscheckError(f"{path}: cannot write ({error.strerror or error})") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def is_special_file(path: Path) -> bool:
    """A device, pipe or socket (through any symlink): not a file that an atomic write may replace."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
        os.umask(mask)
        return 0o666 & ~mask


def stored_runs(connection: sqlite3.Connection, lineage: str) -> list[RunHeader]:
    """The runs kept for one lineage, latest first: what tells them apart, their results read on demand
    (`load_run`), so that a run never holds two earlier corpora in memory to use one."""
    return [RunHeader(row_id, fingerprint, finished_at) for row_id, fingerprint, finished_at in connection.execute(
        "SELECT id, fingerprint, finished_at FROM runs WHERE lineage = ? ORDER BY id DESC", (lineage,))]


def load_run(connection: sqlite3.Connection, header: RunHeader) -> StoredRun | None:
    """A kept run's result; None when its row is gone or cannot be read (treated as absent)."""
    row = connection.execute("SELECT corpus, stats FROM runs WHERE id = ?", (header.row_id,)).fetchone()
    if row is None:
        return None
    try:
        return StoredRun(header.fingerprint, header.finished_at, json.loads(zlib.decompress(row[0])), json.loads(row[1]))
    except (zlib.error, ValueError):
        return None


def store_run(connection: sqlite3.Connection, lineage: str, fingerprint: str, corpus: dict, stats: dict,
              replacing: RunHeader | None = None) -> str:
    """Record a finished run of a lineage and forget all but the last few; returns when it finished.

    With `replacing`, the run takes that run's place instead of following it (see `run_tracked`).
    """
    finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    blob = zlib.compress(json.dumps(corpus, ensure_ascii=False).encode("utf-8"), 6)
    with connection:
        if replacing is not None:
            connection.execute("UPDATE runs SET fingerprint = ?, finished_at = ?, corpus = ?, stats = ? WHERE id = ?",
                               (fingerprint, finished_at, blob, json.dumps(stats), replacing.row_id))
        else:
            connection.execute("INSERT INTO runs (lineage, fingerprint, finished_at, corpus, stats) "
                               "VALUES (?, ?, ?, ?, ?)", (lineage, fingerprint, finished_at, blob, json.dumps(stats)))
        connection.execute("DELETE FROM runs WHERE lineage = ? AND id NOT IN "
                           "(SELECT id FROM runs WHERE lineage = ? ORDER BY id DESC LIMIT ?)",
                           (lineage, lineage, _RUNS_KEPT))
        connection.execute("DELETE FROM runs WHERE lineage NOT IN (SELECT lineage FROM runs GROUP BY lineage "
                           "ORDER BY max(id) DESC LIMIT ?)", (_LINEAGES_KEPT,))
    return finished_at


@contextlib.contextmanager
def corpus_lock(state_dir: Path, wait_seconds: float, corpus: Path | None = None):
    """Hold the corpus's lock: a second crosscheck on the same corpus waits, then gives up clearly."""
    from filelock import FileLock, Timeout

    _make_folder(state_dir)
    lock = FileLock(str(state_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        print(f"waiting for another crosscheck working on {corpus or state_dir} ...", file=sys.stderr)
        try:
            lock.acquire(timeout=wait_seconds)
        except Timeout:
            raise StateError(f"{state_dir / LOCK_NAME}: another crosscheck has been working on this corpus for over "
                             f"{wait_seconds:.0f} s; try again when it has finished") from None
    try:
        yield
    finally:
        lock.release()
