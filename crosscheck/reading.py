"""Reading kept between runs: articles -> claims, reading only the articles not read before.

Each article's claims are kept in the state database, keyed by what its reading depends on: the
article itself (its text as ingest left it, outlet, title, date), the reader (crosscheck's code and
data, the spaCy pipeline) and the sides file. Reading also teaches the voice book the corpus's
people and places, and an article is read with what the articles before it taught: so an article's
reading is reused only when the book stood where it stood when the article was read, and what the
article taught the book is replayed. The steps that need the whole corpus (sides learned anywhere,
publishers' sides) run on the kept claims every time. A re-run therefore gives the claims a cold run
gives, and costs the articles that are new or changed.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .codec import from_data, to_data
from .config import Settings
from .state import KeptWork
from .types import Article, Claim
from .voices import Side, VoiceBook

_PACKAGE = Path(__file__).resolve().parent
# Article fields that do not change its reading: where the file is, and ingest's remarks on it.
_NOT_READ = ("path", "warnings")


@dataclass(frozen=True)
class Reading:
    """One article's reading: the book it was read with, what it taught the book, its claims."""

    before: str  # the book's state when the article was read (book_state, then next_state after each article)
    taught: dict  # the book's entries the article added or changed: {"sides": ..., "learned": ..., "people": ...}
    claims: tuple[Claim, ...]
    official: dict[str, bool]


@dataclass(frozen=True)
class ReadStats:
    read: int  # articles read (parsed) in this run
    reused: int  # articles whose kept reading was used


class ReadingStore:
    """The `readings` table of the state database (`state.open_database` makes it): one row per article
    reading, with the number of the last run that used it."""

    def __init__(self, connection: sqlite3.Connection):
        self.rows = KeptWork(connection, "readings")
        self.connection, self.run = connection, self.rows.run

    def get_many(self, keys: list[str]) -> dict[str, Reading]:
        found = {}
        for key, blob in self.rows.get_many(keys).items():
            try:
                data = json.loads(zlib.decompress(blob))
                found[key] = Reading(data["before"], data["taught"],
                                     tuple(from_data(Claim, c) for c in data["claims"]), data["official"])
            except (zlib.error, ValueError, KeyError, TypeError):
                continue  # an unreadable row is an article to read again
        return found

    def save(self, new: dict[str, Reading], reused: list[str]) -> None:
        """Keep the new readings, mark the reused ones as used by this run, forget the long unused."""
        self.rows.save({key: zlib.compress(json.dumps({"before": r.before, "taught": r.taught, "claims": to_data(r.claims),
                                                       "official": r.official}, ensure_ascii=False).encode("utf-8"), 6)
                        for key, r in new.items()}, reused)


def read_claims(articles: list[Article], book: VoiceBook, store: ReadingStore | None = None,
                sides_file: str | None = None, settings: Settings | None = None) -> tuple[list[Claim], ReadStats]:
    """The claims of `articles` (as `claims.extract_claims` gives them), reusing kept readings.

    Args:
        book: the voice book, as `load_voicebook(sides_file)` gives it; it learns as the articles are read.
        store: where readings are kept; None reads every article.
        settings: how the parse runs (parse_processes); default the defaults.
    """
    from .claims import finish_claims, parse_articles, read_article

    keys = {a.id: reading_key(a, sides_file) for a in articles}
    kept = store.get_many(list(keys.values())) if store else {}
    unread = parse_articles([a for a in articles if keys[a.id] not in kept], settings)  # one batched parse
    claims, official, new, reused = [], {}, {}, []
    state, entries = book_state(book), None  # the book's entries, built only when an article is read
    for article in articles:
        key = keys[article.id]
        reading = kept.get(key)
        if reading is not None and reading.before == state:
            teach(book, reading.taught)
            reused.append(key)
            if reading.taught:
                entries = None
        else:
            # Kept but read with another book (an article before it taught something new): read it again.
            _, docs = next(unread) if reading is None else next(parse_articles([article]))
            entries = entries or _entries(book)
            found, flags = read_article(article, docs, book)
            after = _entries(book)
            reading = new[key] = Reading(state, _taught(entries, after), tuple(found), flags)
            entries = after
        state = next_state(state, reading.taught)
        claims.extend(reading.claims)
        official.update(reading.official)
    if store:
        store.save(new, reused)
    return finish_claims(claims, official, articles, book), ReadStats(len(new), len(reused))


def reading_key(article: Article, sides_file: str | None) -> str:
    """What an article's reading depends on: the article, the reader and the sides file."""
    data = {k: v for k, v in to_data(article).items() if k not in _NOT_READ}
    text = json.dumps([reader_version(str(sides_file or "")), data], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def reader_version(sides_file: str) -> str:
    """crosscheck's code and data, the spaCy library and pipeline, and the user's sides file."""
    digest = hashlib.sha256()
    for source in sorted(_PACKAGE.rglob("*.py")) + sorted(_PACKAGE.rglob("*.toml")):
        digest.update(source.relative_to(_PACKAGE).as_posix().encode() + b"\0" + source.read_bytes())
    from .nlp import PIPELINE_PACKAGE

    for package in ("spacy", PIPELINE_PACKAGE.replace("_", "-")):
        try:
            digest.update(f"{package}={version(package)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=-\0".encode())
    if sides_file:
        try:
            digest.update(Path(sides_file).read_bytes())
        except OSError as error:  # load_voicebook has already said so; a missing file is a state too
            digest.update(str(error).encode())
    return digest.hexdigest()


def book_state(book: VoiceBook) -> str:
    """A hash of the book's entries, in order: an article read with the same book reads the same."""
    return hashlib.sha256(json.dumps(to_data(_entries(book)), ensure_ascii=False).encode("utf-8")).hexdigest()


def next_state(state: str, taught: dict) -> str:
    """The book's state after an article taught it `taught`: the state before and what was added, hashed
    (hashing the whole book again for each of a large corpus's articles cost a second)."""
    if not taught:
        return state
    return hashlib.sha256((state + json.dumps(taught, ensure_ascii=False)).encode("utf-8")).hexdigest()


def _entries(book: VoiceBook) -> dict:
    return {"sides": dict(book.sides), "learned": dict(book.learned), "people": dict(book.people)}


def _taught(before: dict, after: dict) -> dict:
    """The entries added or changed, in the book's order; only the parts that changed."""
    changed = {part: {k: v for k, v in after[part].items() if k not in before[part] or before[part][k] != v}
               for part in after}
    return {part: to_data(entries) for part, entries in changed.items() if entries}


def teach(book: VoiceBook, taught: dict) -> None:
    """Replay what an article taught the book, as reading it would have."""
    for key, side in taught.get("sides", {}).items():
        book.sides[key] = from_data(Side, side)
    book.learned.update(taught.get("learned", {}))
    book.people.update(taught.get("people", {}))
    book.forget_patterns()
