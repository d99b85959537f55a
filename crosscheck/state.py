"""State between runs: one SQLite file under the corpus's hidden folder, and atomic writes."""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from .errors import StateError

STATE_FOLDER = ".crosscheck"
DATABASE_NAME = "state.sqlite"
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
);
"""


def state_dir_for(paths: list[str | Path], override: str | None = None) -> Path:
    """The state folder: the override, else `.crosscheck/` in the first folder given (or its parent)."""
    if override:
        return Path(override)
    first = Path(paths[0]) if paths else Path(".")
    base = first if first.is_dir() else first.parent
    return base / STATE_FOLDER


def open_database(state_dir: Path) -> sqlite3.Connection:
    """Open (creating or upgrading) the state database; a foreign or corrupt file is set aside."""
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StateError(f"{state_dir}: cannot create the state folder ({error.strerror}); "
                         "pass --state-dir to use another") from error
    path = state_dir / DATABASE_NAME
    try:
        return _connect(path)
    except sqlite3.DatabaseError:
        # The database is only a cache: keep the damaged file for inspection and start afresh.
        path.replace(path.with_suffix(".corrupt"))
        return _connect(path)


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
