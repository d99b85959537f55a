"""Intake: put a new article (a file or a URL) into the corpus folder, with a front-matter header."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import InputError
from .ingest import (
    SUFFIXES,
    article_id,
    collect_files,
    parse_article,
    parse_date,
    read_bytes,
    split_source,
)
from .state import write_atomic

_URL = re.compile(r"^https?://", re.I)
_FETCH_TIMEOUT_SECONDS = 30
_NAME_PART_CHARS = (10, 30, 60)  # date, outlet, title: enough to tell files apart in a listing
# A numeric date with day and month both 12 or less reads either way round ("11/03/2026").
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])")
# A copyright notice: its year is when the site's footer was written, not when the article was.
_COPYRIGHT_YEAR = r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{{4}}\s*[-–]\s*)?{year}\b"
# Lines at the top of an article where its date is read from (as ingest reads it).
_DATE_LINES = 15
_CURLY = {("'", 0): "‘", ("'", -1): "’", ('"', 0): "“", ('"', -1): "”"}


@dataclass(frozen=True)
class Added:
    path: Path
    duplicate_of: Path | None  # set when the article was already there and nothing was written
    outlet: str
    title: str
    date: str | None


def add_articles(sources: list[str], folder: Path, settings: Settings, *, force: bool = False,
                 **given: str | None) -> Iterator[Added]:
    """Add each source in turn, yielding as it goes; the folder is read once, a repeated source added once."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: not a folder; give --to the corpus folder")
    existing = _existing_ids(folder, settings)
    for source in sources:
        yield add_article(source, folder, settings, existing, force=force, **given)


def add_article(source: str, folder: Path, settings: Settings, existing: dict[str, Path], *, force: bool = False,
                outlet: str | None = None, date: str | None = None, title: str | None = None) -> Added:
    """Copy the article at `source` into `folder` as text with front matter; a no-op for an article already there.

    Refuses, with a one-line reason, a date that reads two ways and (unless `force`) a page with
    too little article text.

    Args:
        existing: {article id: file} of the folder's articles; the new file is added to it.
    """
    name, raw = _fetch(source, settings)
    meta, _, body, _ = split_source(name, raw)
    body = body.strip("\n") + "\n"
    if not body.strip():
        raise InputError(f"{source}: no article text found")
    if date:
        _check_given_date(date, name)
    elif meta.get("date") and name.suffix.lower() in {".html", ".htm"} and _is_copyright_year(meta["date"], raw):
        del meta["date"]  # the page's only date is its footer's copyright year
    given = {"outlet": outlet, "title": title, "date": date, "url": source if _URL.match(source) else None}
    meta.update({key: value for key, value in given.items() if value})
    # Read the draft as a run would, so that inferred outlet, title and date are the ones recorded.
    article = parse_article(Path(name.stem + ".txt"), (_front_matter(meta) + body).encode("utf-8"))
    words = sum(len(line.text.split()) for line in article.lines)
    if words < settings.min_article_words and not force:
        raise InputError(f"{source}: only {words} words of article text (fewer than min_article_words, "
                         f"{settings.min_article_words}): an error page, a paywall stub or a teaser? "
                         "--force adds it anyway")
    if not date and article.published:
        _check_read_date(article.published, body, source)
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


def _check_given_date(value: str, name: Path) -> None:
    found = _NUMERIC_DATE.fullmatch(value.strip())
    if found and _reads_two_ways(found):
        day, month = int(found.group(1)), int(found.group(2))
        raise InputError(f"--date {value!r} reads two ways (day {day} of month {month}, or month {day} day {month}): "
                         "give it as YYYY-MM-DD")
    if parse_date(value, name)[0] is None:
        raise InputError(f"--date {value!r} is not a date (try YYYY-MM-DD)")


def _reads_two_ways(found: re.Match) -> bool:
    first, second = int(found.group(1)), int(found.group(2))
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def _check_read_date(published, body: str, source: str) -> None:
    """Refuse a date read from the article's own top lines when it was written numerically and reads two ways."""
    top = "\n".join(line for line in body.split("\n") if line.strip())
    for found in _NUMERIC_DATE.finditer("\n".join(top.split("\n")[:_DATE_LINES])):
        if not _reads_two_ways(found):
            continue
        year = int(found.group(3)) + (2000 if len(found.group(3)) == 2 else 0)
        first, second = int(found.group(1)), int(found.group(2))
        if (published.year, published.month, published.day) in {(year, first, second), (year, second, first)}:
            raise InputError(f"{source}: the article's date {found.group(0)!r} reads two ways (day or month first); "
                             "give --date YYYY-MM-DD")


def _is_copyright_year(value: str, raw: bytes) -> bool:
    """True when a page's date is only 1 January of a year its copyright notice names."""
    if not re.fullmatch(r"\d{4}-01-01", value.strip()):
        return False
    text = raw.decode("utf-8", "replace")
    return re.search(_COPYRIGHT_YEAR.format(year=value[:4]), text, re.I) is not None


def _front_matter(meta: dict) -> str:
    lines = [f"{key}: {_one_line(meta[key])}" for key in ("outlet", "title", "date", "url") if meta.get(key)]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _one_line(value: str) -> str:
    """One line that reads back as written: front matter drops straight quotes at either end, so
    those become typographic ones."""
    text = " ".join(str(value).split())
    if text and text[0] in "'\"":
        mark, close = text[0], text.find(text[0], 1)
        text = (_CURLY[(mark, 0)] + text[1:close] + _CURLY[(mark, -1)] + text[close + 1:] if close > 0
                else _CURLY[(mark, 0)] + text[1:])
    if text and text[-1] in "'\"":
        mark, start = text[-1], text.rfind(text[-1], 0, len(text) - 1)
        text = (text[:start] + _CURLY[(mark, 0)] + text[start + 1:-1] + _CURLY[(mark, -1)] if start >= 0
                else text[:-1] + _CURLY[(mark, -1)])
    return text


def _free_name(folder: Path, meta: dict) -> Path:
    """`date_outlet_title.txt` in ASCII, made unique in the folder."""
    parts = [meta.get("date") or "undated", meta.get("outlet") or "", meta.get("title") or ""]
    stem = "_".join(filter(None, (_cut(_slug(part), limit) for part, limit in zip(parts, _NAME_PART_CHARS))))
    candidate, n = folder / f"{stem}.txt", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}.txt", n + 1
    return candidate


def _cut(slug: str, limit: int) -> str:
    """At most `limit` characters, cut between words (a single overlong word is cut where it must be)."""
    if len(slug) <= limit:
        return slug
    head = slug[:limit + 1]
    return (head[:head.rfind("-")] if "-" in head else slug[:limit]).strip("-")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
