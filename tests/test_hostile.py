"""Broken and hostile input: a clear one-line error or a warning, never a traceback, and nothing lost."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.config import Settings
from crosscheck.errors import StateError
from crosscheck.ingest import read_article, read_articles
from crosscheck.pipeline import run
from crosscheck.report import render_markdown

from .conftest import write

SENTENCE = "The finance minister said on Tuesday that the budget would rise by 4% next year."
SECOND = "Opposition leaders said the budget would not rise next year, according to the parliament record."


def article(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def report_once(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# -- files that hold no article -----------------------------------------------------------------

@pytest.mark.parametrize("name, content", [
    ("empty.txt", b""),
    ("blank.txt", b"   \n\t\n  \r\n"),
    ("headings.md", b"# Home\n\nWorld\n\nMenu\n"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200)),
])
def test_a_file_without_an_article_is_skipped_with_its_reason(tmp_path, name, content):
    (tmp_path / name).write_bytes(content)
    write(tmp_path, "good.txt", article(SENTENCE))
    result = read_articles([tmp_path], Settings())
    assert [Path(a.path).name for a in result.articles] == ["good.txt"]
    assert len(result.skipped) == 1 and result.skipped[0].startswith(str(tmp_path / name))


def test_a_folder_of_nothing_usable_is_one_error_line(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    result = report_once("report", tmp_path, "-o", tmp_path / "r.md")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith("Error: no usable article:") and "binary file" in result.output


def test_html_in_a_txt_file_with_scripts_styles_and_comments_is_read_as_text(tmp_path):
    page = ("<!DOCTYPE html><html><head><style>p { color: red }</style><script>document.write('The script "
            "said the budget doubled.')</script></head><body><!-- The comment said the minister resigned. -->"
            f"<article><h1>Budget</h1><p>{SENTENCE}</p><p>{SECOND}</p></article></body></html>")
    found = read_article(write(tmp_path, "saved.txt", page), Settings())
    text = " ".join(line.text for line in found.lines)
    assert "budget would rise by 4%" in text
    assert not any(word in text for word in ("script", "comment", "color", "<"))


# -- encodings and odd characters ---------------------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""), ("cp1252", b""), ("latin-1", b""),
])
def test_encodings_are_read(tmp_path, encoding, bom):
    text = "Les propriétaires de café ont déclaré que la réforme coûterait deux millions."
    path = tmp_path / "e.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_article(path, Settings()).lines[0].text == text


def test_mixed_line_endings_keep_line_numbers(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Outlet\r\n\r\nFirst sentence of the story is here today.\rSecond sentence of the story "
                     b"is here today.\nThird sentence of the story is here today.\r\n")
    lines = read_article(path, Settings()).lines
    assert [(line.number, line.text.split()[0]) for line in lines][-3:] == [(3, "First"), (4, "Second"), (5, "Third")]


def test_nul_bytes_and_control_characters_are_blanked(tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(SENTENCE.replace("minister", "min\x00ister\x1b[31m").encode() + b"\x07\n")
    [line] = read_article(path, Settings()).lines
    assert not any(ord(ch) < 32 for ch in line.text) and "ister" in line.text


def test_a_very_long_line_is_read(tmp_path):
    long_line = " ".join([SENTENCE] * 20_000)  # about 1.6 MB on one line
    write(tmp_path, "long.txt", long_line)
    [found] = read_articles([tmp_path], Settings()).articles
    assert len(found.lines[0].text) == len(long_line)


def test_a_file_over_the_limit_is_refused_naming_the_limit_and_the_remedy(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:
        stream.truncate(50_000_000)
    result = report_once("report", big, "-o", tmp_path / "r.md")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "50,000,000 bytes is over the 20,000,000-byte limit (raise it with --max-bytes)" in result.output


# -- front matter and duplicates ----------------------------------------------------------------

def test_malformed_front_matter_warns_and_keeps_going(tmp_path):
    write(tmp_path, "open.txt", "---\noutlet: Open Ended\n" + article(SENTENCE))
    write(tmp_path, "odd.txt", "---\noutlet: Odd\nsection: Someone\ndate: the day after\n---\n" + article(SECOND))
    result = read_articles([tmp_path], Settings())
    assert len(result.articles) == 2
    warnings = " ".join(result.warnings)
    assert "front matter is not closed" in warnings and "unknown front-matter key 'section'" in warnings
    assert "'the day after' is not a date" in warnings
    odd = next(a for a in result.articles if a.path.endswith("odd.txt"))
    assert odd.outlet == "Odd" and odd.published is None


def test_the_same_article_under_two_names_or_other_boilerplate_counts_once(tmp_path):
    write(tmp_path, "one.txt", article(SENTENCE, SECOND, "Subscribe to our newsletter for updates."))
    write(tmp_path, "one (copy).txt", article(SENTENCE, SECOND))
    write(tmp_path, "two.txt", article(SENTENCE, SECOND, "Share this story", "Follow us on social media"))
    result = read_articles([tmp_path], Settings())
    assert len(result.articles) == 1 and sum("counted once" in w for w in result.warnings) == 2


# -- paths --------------------------------------------------------------------------------------

@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_skipped_with_its_reason(tmp_path):
    secret = write(tmp_path, "secret.txt", article(SENTENCE))
    secret.chmod(0)
    write(tmp_path, "open.txt", article(SECOND))
    result = read_articles([tmp_path], Settings())
    assert any("permission denied" in s for s in result.skipped) and len(result.articles) == 1


def test_a_dangling_link_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path, "open.txt", article(SECOND))
    result = read_articles([tmp_path], Settings())
    assert any(s.startswith(str(tmp_path / "gone.txt")) and "cannot read" in s for s in result.skipped)


def test_a_symlink_loop_ends(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    write(tmp_path / "sub", "a.txt", article(SENTENCE))
    assert len(read_articles([tmp_path], Settings()).articles) == 1


def test_thousands_of_files(tmp_path):
    for n in range(3000):
        write(tmp_path, f"{n:04d}.txt", f"---\noutlet: Outlet {n % 7}\ndate: 2025-11-{n % 28 + 1:02d}\n---\n"
              f"Report number {n} says the council met {n} times this year to discuss the budget.\n")
    assert len(read_articles([tmp_path], Settings()).articles) == 3000


def test_odd_file_names(tmp_path, embedder, settings):
    names = ["with space.txt", "it's \"quoted\".txt", "café ünïcode 北京.txt", "-dash.txt"]
    for n, name in enumerate(names):
        write(tmp_path, name, article(SENTENCE.replace("4%", f"{n + 1}%"), SECOND))
    corpus, _ = run([tmp_path], settings, embedder)
    assert sorted(Path(a.path).name for a in corpus.articles) == sorted(names)
    assert "café ünïcode 北京.txt" in render_markdown(corpus)


# -- the report cannot be broken ----------------------------------------------------------------

INJECTION = [
    "| pipes | in | a | row | said the minister on Tuesday about the budget |",
    "Officials said `code` and ```fences``` would not break the budget report on Tuesday.",
    "<script>alert('x')</script> The minister said the budget would rise by 4% next year.",
    "<!-- hidden --> Opposition leaders said the budget would not rise next year at all.",
    "# A heading said the budget would rise by 4% next year, the minister said.",
    "The minister said [a link](http://example.com) and ![an image](http://example.com/x.png) were in the budget.",
    "The minister said " + "supercalifragilistic" * 40 + " would rise by 4% next year.",
]


def test_article_text_is_inert_in_the_markdown_report(tmp_path, embedder, settings):
    write(tmp_path, "a.txt", "---\noutlet: Alpha\n---\n" + article(*INJECTION))
    write(tmp_path, "b.txt", "---\noutlet: Beta | Gamma\n---\n" + article(SENTENCE, SECOND, *INJECTION[2:5]))
    corpus, _ = run([tmp_path], settings, embedder)
    report = render_markdown(corpus)
    assert corpus.findings
    for dangerous in ("<script", "<!--", "](http", "```"):
        assert dangerous not in report
    generated = {"# Divergence report", "## "}
    assert all(line.startswith(tuple(generated)) for line in report.splitlines() if line.startswith("#"))
    for table in _tables(report):
        widths = {row.count("|") - row.count("\\|") for row in table}
        assert len(widths) == 1, table


def _tables(markdown: str) -> list[list[str]]:
    tables, current = [], []
    for line in markdown.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


# -- state: the database, the decisions file, interrupted writes -------------------------------

def test_a_corrupt_state_database_is_set_aside_with_a_warning(tmp_path, capsys):
    from crosscheck.state import open_database

    state = tmp_path / ".crosscheck"
    state.mkdir()
    (state / "state.sqlite").write_bytes(b"this is not a database" * 100)
    connection = open_database(state)
    assert connection.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 0
    assert (state / "state.corrupt").read_bytes().startswith(b"this is not a database")
    assert "moved to state.corrupt and started afresh" in capsys.readouterr().err


def test_a_state_database_from_a_newer_crosscheck_stops_the_run(tmp_path):
    from crosscheck.state import open_database

    state = tmp_path / ".crosscheck"
    state.mkdir()
    newer = sqlite3.connect(state / "state.sqlite")
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    with pytest.raises(StateError, match="newer crosscheck .* upgrade crosscheck or delete the file"):
        open_database(state)


def test_the_decisions_file_is_never_written_with_less_than_it_held(tmp_path):
    from crosscheck.review import load_decisions, save_decision
    from crosscheck.types import Decision

    path = tmp_path / "decisions.json"
    for n in range(3):
        save_decision(path, Decision(f"id{n}", "confirmed", "", "2026-01-01T00:00:00+00:00", "differ", ("a", "b"), "r"))
    save_decision(path, Decision("id1", "dismissed", "second look", "2026-01-02T00:00:00+00:00", "differ", ("a", "b"), "r"))
    decisions = {d.finding_id: d for d in load_decisions(path)}
    assert sorted(decisions) == ["id0", "id1", "id2"] and decisions["id1"].status == "dismissed"

    path.write_text(json.dumps({"schema": "crosscheck.decisions/1", "decisions": [{"finding_id": "x"}]}))
    before = path.read_bytes()
    with pytest.raises(StateError, match="move it aside"):
        save_decision(path, Decision("id9", "confirmed", "", "t", "differ", ("a",), "r"))
    assert path.read_bytes() == before


def test_debug_shows_the_traceback_and_errors_otherwise_are_one_line(tmp_path):
    command = [sys.executable, "-m", "crosscheck", "report", str(tmp_path / "missing")]
    plain = subprocess.run(command, capture_output=True, text=True, timeout=120)
    debug = subprocess.run(command + ["--debug"], capture_output=True, text=True, timeout=120)
    assert plain.returncode == 1 and plain.stderr == f"Error: {tmp_path / 'missing'}: no such file or folder\n"
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "InputError" in debug.stderr


def test_killing_a_report_run_at_any_moment_leaves_the_previous_report_whole(seed_copy, tmp_path):
    """SIGKILL a real `crosscheck report` at several moments: the old report survives, whole."""
    output = tmp_path / "reports" / "divergence.md"
    command = [sys.executable, "-m", "crosscheck", "report", str(seed_copy), "-o", str(output),
               "--json", str(output.with_suffix(".json"))]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    previous = output.read_text()
    for n, delay in enumerate((0.3, 0.8, 1.5, 2.5)):
        write(seed_copy, f"extra{n}.txt", article(SENTENCE.replace("4%", f"{n + 5}%"), SECOND))
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        current = output.read_text()
        assert current == previous or _is_whole(current), f"report torn after {delay} s"
        json.loads(output.with_suffix(".json").read_text())
        previous = current
    database = sqlite3.connect(seed_copy / ".crosscheck" / "state.sqlite")
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    database.close()
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    assert _is_whole(output.read_text())


def _is_whole(report: str) -> bool:
    return report.startswith("# Divergence report") and "## Agreements" in report and report.endswith("\n")
