"""Intake: put a new article (a file or a URL) into the corpus folder, with a front-matter header."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import InputError
from .ingest import SUFFIXES, article_id, collect_files, parse_article, parse_date, read_bytes, split_source
from .state import write_atomic

_URL = re.compile(r"^https?://", re.I)
_FETCH_TIMEOUT_SECONDS = 30
_NAME_PART_CHARS = (10, 30, 60)  # date, outlet, title: enough to tell files apart in a listing


@dataclass(frozen=True)
class Added:
    path: Path
    duplicate_of: Path | None  # set when the article was already there and nothing was written
    outlet: str
    title: str
    date: str | None


def add_articles(sources: list[str], folder: Path, settings: Settings, **given: str | None) -> Iterator[Added]:
    """Add each source in turn, yielding as it goes; the folder is read once, a repeated source added once."""
    existing = _existing_ids(folder, settings)
    for source in sources:
        yield add_article(source, folder, settings, existing, **given)


def add_article(source: str, folder: Path, settings: Settings, existing: dict[str, Path], *,
                outlet: str | None = None, date: str | None = None, title: str | None = None) -> Added:
    """Copy the article at `source` into `folder` as text with front matter; a no-op for an article already there.

    Args:
        existing: {article id: file} of the folder's articles; the new file is added to it.
    """
    name, raw = _fetch(source, settings)
    meta, _, body, _ = split_source(name, raw)
    body = body.strip("\n") + "\n"
    if not body.strip():
        raise InputError(f"{source}: no article text found")
    if date and parse_date(date, name)[0] is None:
        raise InputError(f"--date {date!r} is not a date (try YYYY-MM-DD)")
    given = {"outlet": outlet, "title": title, "date": date, "url": source if _URL.match(source) else None}
    meta.update({key: value for key, value in given.items() if value})
    # Read the draft as a run would, so that inferred outlet, title and date are the ones recorded.
    article = parse_article(Path(name.stem + ".txt"), (_front_matter(meta) + body).encode("utf-8"))
    meta.update(outlet=article.outlet, title=article.title)
    if article.published:
        meta["date"] = article.published.isoformat()
    if article.id in existing:
        return Added(existing[article.id], existing[article.id], article.outlet, article.title, meta.get("date"))
    target = _free_name(folder, meta)
    write_atomic(target, _front_matter(meta) + body)
    existing[article.id] = target
    return Added(target, None, article.outlet, article.title, meta.get("date"))


def _fetch(source: str, settings: Settings) -> tuple[Path, bytes]:
    if _URL.match(source):
        import urllib.request

        try:
            with urllib.request.urlopen(source, timeout=_FETCH_TIMEOUT_SECONDS) as response:
                raw = response.read(settings.max_file_bytes + 1)
        except (OSError, ValueError) as error:
            raise InputError(f"{source}: cannot fetch ({error}); save the page and add the file instead") from None
        if len(raw) > settings.max_file_bytes:
            raise InputError(f"{source}: page is over the {settings.max_file_bytes:,}-byte limit (raise it with --max-bytes)")
        return Path("page.html"), raw
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: not an article file (expected one of {', '.join(sorted(SUFFIXES))})")
    return path, read_bytes(path, settings)


def _existing_ids(folder: Path, settings: Settings) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    ids = {}
    try:
        files = collect_files([folder])
    except InputError:
        return {}  # an empty folder
    for path in files:
        try:
            ids.setdefault(article_id(path, settings), path)
        except InputError:
            continue  # unreadable files are the run's to report
    return ids


def _front_matter(meta: dict) -> str:
    lines = [f"{key}: {_one_line(meta[key])}" for key in ("outlet", "title", "date", "url") if meta.get(key)]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _free_name(folder: Path, meta: dict) -> Path:
    """`date_outlet_title.txt` in ASCII, made unique in the folder."""
    parts = [meta.get("date") or "undated", meta.get("outlet") or "", meta.get("title") or ""]
    stem = "_".join(filter(None, (_slug(part)[:limit].strip("-") for part, limit in zip(parts, _NAME_PART_CHARS))))
    candidate, n = folder / f"{stem}.txt", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}.txt", n + 1
    return candidate


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
