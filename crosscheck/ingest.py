"""Ingest: files and folders -> list[Article], boilerplate stripped, metadata read or inferred."""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import dating
from .config import Settings
from .errors import InputError
from .types import Article, LeftOut, Line
from .versions import drop_repeated_lines, find_versions, version_warnings

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}
FRONT_MATTER_KEYS = {"outlet", "title", "date", "url", "author", "excerpt"}
_TRUE = {"true", "yes", "1", "on"}

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"\x1f\x8b")
_TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*\s*$")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)

# Whole lines that are site furniture, not reporting. Matched case-insensitively.
_BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^(home|homepage|news|world|logo|share|menu|search|advertisement|cameras from \w+)$",
    r"^(share|subscribe|sign up|follow us|download|read more|also read|recommended stories|related)\b",
    r"\b(newsletters?|subscribe to|sign up for|all rights reserved|privacy policy|terms of (use|service))\b",
    r"\b(stay on top of|stay updated|curated for you|download the \w+ app)\b",
    r"\b(disclaimer|investment advice|not responsible for any|for general reference only|advisory alert)\b",
    r"\b(contact (us|address|for)|hotline|grievance|[\w.-]+@[\w-]+\.\w+)",
    r"^\W*(with )?inputs from\b",
    r"^(first published|published|updated|last updated)\s*:",
    r"^list of \d+ items",
)]
_BYLINE = re.compile(r"^(by|written by|reporting by|editing by|reported by|additional reporting by)\s+[\w .,'&-]+?"
                     r"(;\s*(additional reporting|editing|writing) by [\w .,'&-]+?)*"
                     r"( \d+ (hours?|minutes?|days?) ago)?$", re.I)
# A picture's caption or credit: "Photo: ...", "(Image: Reuters)", "FILE PHOTO: ...", "... /Getty Images".
_CAPTION = re.compile(r"^\W*(file )?(photo|image|picture|video|graphic|illustration)s?\b\s*(credit)?\s*[:|/(—–-]"
                      r"|\b(photo|image|picture)\s*(credit)?\s*:|getty images|\b(ap|afp|reuters)\s*(photo)?\s*/"
                      r"|\.\s*\((?:photo|image|file)?[^()]{0,30}"
                      r"\b(reuters|ap|afp|getty|bloomberg|xinhua|pti|ani|epa)\b[^()]{0,20}\)\s*$",
                      re.I)
# What a date or time line is made of: "November 25, 2025 / 12:22 IST", "Updated: 26 tháng 10 2025".
_DATE_WORDS = re.compile(r"(?i:\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                         r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|tháng|\b(am|pm|a\.m|p\.m)\b)"
                         r"|\b[A-Z]{2,4}\b|\d+|[\W_]")
_MASTHEAD_NOISE = {"logo", "share", "home", "homepage", "menu", "news"}
_TOLD_OUTLET = re.compile(r"\btold ([A-Z][\w&]*(?: [A-Z][\w&]*){0,3})\.")
_DATE_HINT = re.compile(
    r"\b(\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tháng)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", re.I)
_MAX_DATE_LINE_WORDS = 8
_URL_DATE = re.compile(r"[/_-]((?:19|20)\d\d)[/_-]?(\d\d?)[/_-]?(\d\d?)(?=[/_.-]|$)")
_DATELINE_LINES = 3
_MIN_LINE_WORDS = 4  # fewer words is a heading or a label ("Iran", "Recommended Stories"), not a claim
_MAX_CAPTION_WORDS = 40  # a caption is a line or two; a paragraph that names a photo agency is reporting
_MAX_BREADCRUMB_CHARS = 40
_MIN_SIGNATURE_LETTERS = 6
_MAX_SIGNATURE_WORDS = 12  # "Home World " glued before a repeated title
_METADATA_LINES = 15
# A PDF line at least this share of the page's longest line, not ending a sentence, was wrapped by the
# layout and goes on in the next line (justified text fills ~0.9-1.0 of the width; headings far less).
_WRAPPED_SHARE = 0.75
# A line on at least half the pages of a PDF this long is a running header or footer, not text.
_RUNNING_MIN_PAGES = 3


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[str, ...]
    warnings: tuple[str, ...]


def collect_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders into article files (sorted); raise InputError for missing paths."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                raise InputError(f"{path}: no article files ({', '.join(sorted(SUFFIXES))}) in this folder")
            files.extend(found)
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def _walk(folder: Path):
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def read_articles(paths: list[str | Path], settings: Settings) -> IngestResult:
    """Read every article under `paths`.

    Returns:
        IngestResult with unique articles (same content counts once), the files skipped with
        why, and warnings. Raises InputError when nothing usable was found.
    """
    articles, skipped, warnings = [], [], []
    for path in collect_files(paths):
        try:
            article = read_article(path, settings)
        except InputError as error:
            skipped.append(str(error))
            continue
        articles.append(article)
        warnings.extend(article.warnings)
    unique: dict[str, Article] = {}
    for article in articles:
        if article.id in unique:
            warnings.append(f"{article.path}: same article as {unique[article.id].path}, counted once")
        else:
            unique[article.id] = article
    versions = find_versions(list(unique.values()), settings)
    warnings.extend(version_warnings(list(unique.values()), versions))
    kept = []
    for article in drop_repeated_lines(list(unique.values()), versions, settings):
        if article.lines:
            kept.append(article)
        else:
            skipped.append(f"{article.path}: no sentences left after removing boilerplate")
    if not kept:
        raise InputError("no usable article: " + ("; ".join(skipped) or "nothing to read"))
    return IngestResult(tuple(kept), tuple(skipped), tuple(warnings))


def read_article(path: Path, settings: Settings) -> Article:
    """Read one file into an Article (raises InputError when it holds no text)."""
    return parse_article(path, read_bytes(path, settings))


def parse_article(path: Path, raw: bytes) -> Article:
    """An Article from a file's bytes; `path` names it and its suffix says whether it is HTML."""
    meta, raw_lines, kept, warnings, left_out = _read_body(path, raw)
    if meta.get("date"):
        published, date_warning = parse_date(meta["date"], path)
        warnings += [date_warning] if date_warning else []
    else:
        published = url_date(meta.get("url")) or dateline_date(kept) or _infer_date(raw_lines)
    return Article(
        id=content_id(line.text for line in kept),
        path=str(path),
        outlet=meta.get("outlet") or _infer_outlet(raw_lines, path),
        title=meta.get("title") or _infer_title(raw_lines) or path.stem,
        published=published,
        url=meta.get("url"),
        lines=tuple(kept),
        warnings=tuple(warnings),
        author=meta.get("author") or _signature(raw_lines),
        excerpt=meta.get("excerpt", "").lower() in _TRUE,
        left_out=tuple(left_out),
    )


def article_id(path: Path, settings: Settings) -> str:
    """The id `read_article` would give the file, without inferring its metadata."""
    _, _, kept, _, _ = _read_body(path, read_bytes(path, settings))
    return content_id(line.text for line in kept)


def split_source(path: Path, raw: bytes) -> tuple[dict, int, str, list[str]]:
    """A file's (metadata, lines before the body, body text, warnings): front matter split off,
    HTML turned into text."""
    text = pdf_text(raw, path) if is_pdf(path, raw) else decode(raw, path)
    if not text.strip():
        raise InputError(f"{path}: file has no text")
    meta, body_offset, body, warnings = split_front_matter(text, path)
    if path.suffix.lower() in {".html", ".htm"} or _HTML_START.match(body):
        body, html_meta = html_to_text(body)
        body_offset = 0
        meta = {**html_meta, **meta}
    return meta, body_offset, body, warnings


def _read_body(path: Path, raw: bytes) -> tuple[dict, list[str], list[Line], list[str], list[LeftOut]]:
    meta, body_offset, body, warnings = split_source(path, raw)
    raw_lines = body.split("\n")  # only newlines count, as in an editor: not U+2028 and the like
    kept, left_out = sort_lines(raw_lines, body_offset, meta.get("title") or _infer_title(raw_lines))
    return meta, raw_lines, kept, warnings, left_out


def sort_lines(raw_lines: list[str], offset: int = 0, title: str | None = None) -> tuple[list[Line], list[LeftOut]]:
    """Every non-empty line is either kept for the claims or left out with why.

    A line that ends in a colon ("A spokesperson said:") introduces the paragraph after it and is
    read with it, under its own number: where the claims read from the two begin. (Citing the introduced
    paragraph's number instead, tried at the twenty-first stop for "Here is a look at how he is being
    remembered:", misplaced every sentence an introducing line holds before its colon: "The officials, ...
    made the comments in a meeting with Jeffrey Zients. From The New York Times:", two judges, sheet 19.)
    A line without final punctuation is a sentence like any other.
    """
    blocked = _newsletter_block(raw_lines)
    signature = signature_line(raw_lines)
    kept: list[Line] = []
    left_out: list[LeftOut] = []
    intro: Line | None = None
    for i, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text:
            continue
        number = offset + i + 1
        reason = "newsletter" if i in blocked else "signature" if i == signature else line_reason(text, title)
        if reason:
            left_out.append(LeftOut(number, visible_chars(text), reason))
            if intro is not None:  # the introduced paragraph is not the next line: read the intro alone
                kept.append(intro)
                intro = None
            continue
        if intro is not None and not text.endswith("?"):  # the paragraph an introducing line announced
            kept.append(Line(intro.number, f"{intro.text} {text}"))
            intro = None
            continue
        if intro is not None:
            kept.append(intro)
            intro = None
        if text.endswith(":") and not text.endswith("::"):
            intro = Line(number, text)
        else:
            kept.append(Line(number, text))
    if intro is not None:
        kept.append(intro)
    return kept, left_out


def signature_line(raw_lines: list[str]) -> int | None:
    """The index of a signature closing the text: a last line in capitals ("DONALD J. TRUMP, PRESIDENT
    OF THE USA") or a dash and a name ("— Volodymyr Zelenskyy")."""
    last = next((i for i in range(len(raw_lines) - 1, -1, -1) if raw_lines[i].strip()), None)
    if last is None:
        return None
    text = raw_lines[last].strip()
    words = text.split()
    capitals = text.upper() == text and sum(ch.isalpha() for ch in text) >= _MIN_SIGNATURE_LETTERS
    dashed = text[:1] in "—–-" and len(words) >= 2 and all(w[:1].isupper() for w in words[1:3])
    return last if (capitals or dashed) and len(words) <= _MAX_SIGNATURE_WORDS else None


def line_reason(text: str, title: str | None = None) -> str | None:
    """Why a non-empty line holds no claim ("boilerplate", "byline", ...), or None for a line to read."""
    if is_boilerplate(text):
        return "boilerplate"
    if _BYLINE.match(text):
        return "byline"
    if _CAPTION.search(text) and len(text.split()) <= _MAX_CAPTION_WORDS:
        return "caption"
    if title and not _TERMINAL.search(text) and _same_words(text, title, ending=True):
        return "title"
    if not _DATE_WORDS.sub("", text).strip():
        return "date line"
    if len(text.split()) < _MIN_LINE_WORDS and not _short_introduction(text):
        return "heading"
    return None


def _short_introduction(text: str) -> bool:
    """A line of a few words that introduces the paragraph after it, not a heading or a label: it ends in a colon
    and has a word in lower case after its first ("Trump tweeted:", "She said:"; not "Related Stories:")."""
    words = text.split()
    return len(words) > 1 and text.endswith(":") and any(w[:1].islower() for w in words[1:])


def _signature(raw_lines: list[str]) -> str | None:
    """Who signed the text ("DONALD J. TRUMP, PRESIDENT OF THE USA")."""
    index = signature_line(raw_lines)
    return raw_lines[index].strip().lstrip("—–- ").strip() or None if index is not None else None


def _same_words(text: str, other: str, ending: bool = False) -> bool:
    """The same words, ignoring case and punctuation; with `ending`, `text` may have a breadcrumb before them."""
    a, b = (" ".join(re.findall(r"\w+", t.lower())) for t in (text, other))
    return bool(b) and (a == b or (ending and a.endswith(b) and len(a) - len(b) <= _MAX_BREADCRUMB_CHARS))


def visible_chars(text: str) -> int:
    """The characters a reader sees: all but whitespace."""
    return sum(not ch.isspace() for ch in text)


def content_id(lines) -> str:
    """Hash of the article's kept text, insensitive to whitespace and case."""
    normal = " ".join(" ".join(lines).lower().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


def read_bytes(path: Path, settings: Settings) -> bytes:
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise InputError(f"{path}: {size:,} bytes is over the {settings.max_file_bytes:,}-byte limit "
                             "(raise it with --max-bytes)")
        return path.read_bytes()
    except PermissionError as error:
        raise InputError(f"{path}: cannot read (permission denied)") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from error


def decode(raw: bytes, path: Path) -> str:
    """Decode bytes: BOMs first, then UTF-8, then Windows-1252 (Latin-1 as a last resort)."""
    if raw.startswith(_BINARY_MAGIC):
        raise InputError(f"{path}: binary file (not text), skipped")
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", errors="replace")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    elif len(raw) >= 4 and raw[1::2].count(0) > len(raw) // 4 and raw[0::2].count(0) == 0:
        text = raw.decode("utf-16-le", errors="replace")
    elif len(raw) >= 4 and raw[0::2].count(0) > len(raw) // 4 and raw[1::2].count(0) == 0:
        text = raw.decode("utf-16-be", errors="replace")
    else:
        if raw.count(0) > len(raw) // 10:
            raise InputError(f"{path}: binary file (not text), skipped")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return _clean_control(text)


def _clean_control(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch if ch in "\n\t" or ord(ch) >= 32 and ch != "\x7f" else " " for ch in text)


def split_front_matter(text: str, path: Path) -> tuple[dict, int, str, list[str]]:
    """Split `---` front matter off. Returns (metadata, lines before body, body, warnings)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, 0, text, []
    try:
        end = next(i for i in range(1, min(len(lines), 50)) if lines[i].strip() == "---")
    except StopIteration:
        return {}, 0, text, [f"{path}: front matter is not closed with '---'; read as body text"]
    meta, warnings = {}, []
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            continue
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"{path}: unknown front-matter key {key!r} ignored")
            continue
        meta[key] = unquote(value.strip())
    return meta, end + 1, "\n".join(lines[end + 1:]), warnings


def unquote(value: str) -> str:
    """A front-matter value without the quote marks enclosing it (`"Talks end"`), keeping quote marks
    that belong to it (`Trump: 'no deal'`, `'Deal' is off`)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" and value[0] not in value[1:-1]:
        return value[1:-1]
    return value


def is_pdf(path: Path, raw: bytes) -> bool:
    return path.suffix.lower() == ".pdf" or raw.startswith(b"%PDF")


def pdf_text(raw: bytes, path: Path) -> str:
    """The text layer of a PDF, its lines wrapped by the page joined back into paragraphs.

    Raises InputError, saying why, for a PDF with no text layer (scanned pages), an encrypted one
    or one that cannot be parsed: the run lists it as skipped.
    """
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is one skipped line, not a log
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError(f"{path}: encrypted PDF, skipped (save it without a password first)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(f"{path}: cannot read this PDF ({str(error).splitlines()[0] if str(error) else type(error).__name__}), skipped") from error
    if not "".join(pages).strip():
        raise InputError(f"{path}: PDF without a text layer ({len(pages)} page{'s' if len(pages) != 1 else ''} "
                         "of images, a scan?), skipped; run OCR on it first")
    # A running header is kept on the first page, where it is often the title; a page number never is.
    furniture = _running_lines(pages)
    return "\n\n".join(_join_wrapped("\n".join(line for line in page.split("\n") if _page_key(line) not in furniture
                                                or (number == 0 and "#" not in _page_key(line))))
                       for number, page in enumerate(pages))


def _running_lines(pages: list[str]) -> set[str]:
    """Running headers and footers: lines on at least half the pages of a document of three or more,
    page numbers apart ("Page 3 of 9", "Ministry of Examples 12")."""
    if len(pages) < _RUNNING_MIN_PAGES:
        return set()
    counts = Counter(key for page in pages for key in {_page_key(line) for line in page.split("\n")} if key)
    return {key for key, count in counts.items() if count * 2 >= len(pages)}


def _page_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _join_wrapped(page: str) -> str:
    """Join the lines the page layout broke: a line as long as the page's text lines that does not end
    a sentence goes on in the next one; a short line (a heading, a byline) stands alone."""
    lines = [line.strip() for line in page.split("\n")]
    full = _WRAPPED_SHARE * max((len(line) for line in lines), default=0)
    paragraphs, current = [], ""
    for line in lines:
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line  # a word hyphenated at the line's end
        else:
            current = f"{current} {line}".strip()
        if not line or len(line) < full or _TERMINAL.search(line):
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n".join(p for p in paragraphs if p)


def html_to_text(html: str) -> tuple[str, dict]:
    """Turn an HTML page into article text with trafilatura; returns (text, metadata)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return "", {}
    meta = {"title": doc.title, "outlet": doc.sitename, "date": doc.date, "url": doc.url}
    return doc.text, {k: v for k, v in meta.items() if v}


def is_boilerplate(line: str) -> bool:
    return any(pattern.search(line) for pattern in _BOILERPLATE)


def _newsletter_block(raw_lines: list[str]) -> set[int]:
    """The indented or bulleted lines that follow a newsletter/subscribe heading (indexes into raw_lines)."""
    blocked: set[int] = set()
    in_block = False
    for i, line in enumerate(raw_lines):
        if not line.strip():
            continue
        if is_boilerplate(line.strip()) and re.search(r"newsletter|subscribe", line, re.I):
            in_block = True
        elif in_block and (line[:1].isspace() or line.lstrip()[:1] in "•*-"):
            blocked.add(i)
        else:
            in_block = False
    return blocked


def _top_lines(raw_lines: list[str]) -> list[str]:
    lines = (line.strip() for line in raw_lines)
    return [line for line in lines if line and not is_boilerplate(line) and not _BYLINE.match(line)][:_METADATA_LINES]


def _infer_title(raw_lines: list[str]) -> str | None:
    signature = signature_line(raw_lines)
    top = _top_lines(raw_lines if signature is None else raw_lines[:signature])
    for i, line in enumerate(top):
        words = line.split()
        if 4 <= len(words) <= 25 and not _TERMINAL.search(line) and line[-1] not in ":?" and not _DATE_HINT.search(" ".join(words[:3])):
            # A breadcrumb glued to the title ("HomeWorldTitle") repeats as a clean line below.
            clean = next((later for later in top[i + 1:] if later != line and line.endswith(later)), None)
            return clean or line
    first = next(iter(top), None)
    return first[:120] if first else None


def _infer_outlet(raw_lines: list[str], path: Path) -> str:
    top = _top_lines(raw_lines)
    if top and len(top[0].split()) <= 3 and top[0].lower() not in _MASTHEAD_NOISE and not _TERMINAL.search(top[0]):
        words = top[0].split()
        return " ".join(w for w in words if w not in {"PRO", "Online", "News"}) or top[0]
    mentions = Counter(_TOLD_OUTLET.findall("\n".join(raw_lines)))
    if mentions:
        return mentions.most_common(1)[0][0]
    return path.stem


def _infer_date(raw_lines: list[str]) -> date | None:
    for line in _top_lines(raw_lines):
        head = line.split(" / ")[0]
        if len(head.split()) <= _MAX_DATE_LINE_WORDS and _DATE_HINT.search(head):
            found = _dateparse(head) or _dateparse(" ".join(head.split()[:3]))
            if found:
                return found
    return None


def url_date(url: str | None) -> date | None:
    """The publication date many sites put in an article's address: /2025/06/02/, -2025-06-02, /20250602/."""
    for found in _URL_DATE.finditer(url or ""):
        year, month, day = (int(part) for part in found.groups())
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def dateline_date(lines) -> date | None:
    """The date in a dateline opening the article ("LAGOS, June 2, 2025 — ..."), in its first lines."""
    return next(filter(None, (dating.dateline_date(line.text) for line in list(lines)[:_DATELINE_LINES])), None)


def parse_date(value: str, path: Path) -> tuple[date | None, str | None]:
    found = _dateparse(value)
    if found is None:
        return None, f"{path}: front-matter date {value!r} is not a date; treated as unknown"
    return found, None


def _dateparse(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    if not re.search(r"\d", text):
        return None
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None
