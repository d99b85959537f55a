"""Smaller promises: titles keep their quote marks, PDFs are read or skipped with why, options take the
report's own words, counts agree with what is written and are spelt right."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.config import Settings
from crosscheck.ingest import read_article, read_articles

from .conftest import write
from .test_workflow import bridge, bridge_article, differ_of, invoke, model_once  # noqa: F401  (fixtures)

PARAGRAPH = ["The city said on Monday that the new bridge cost $1.2 billion to build and would",
             "open to traffic next week, after two years of delays and a dispute over its design.",
             "Engineers said the bridge would carry 40,000 cars a day once it was fully open."]


def make_pdf(path: Path, *pages: list[str]) -> Path:
    """A PDF with each list of lines as a page's text layer; an empty list is a page with no text (as a scan has)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        if not lines:
            continue
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        stream = DecodedStreamObject()
        stream.set_data(("BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(f"({line}) Tj T*" for line in lines)
                         + " ET").encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


@pytest.mark.parametrize("written, title", [
    ("Trump says 'no deal' on tariffs", "Trump says 'no deal' on tariffs"),
    ("Xi to Trump: Taiwan is 'a red line'", "Xi to Trump: Taiwan is 'a red line'"),
    ('"Talks end without a deal"', "Talks end without a deal"),
    ("'Deal' is off, says minister", "'Deal' is off, says minister"),
    ("'Red line' or 'bargaining chip'", "'Red line' or 'bargaining chip'"),
])
def test_front_matter_titles_keep_their_own_quote_marks(tmp_path, written, title):
    path = write(tmp_path, "a.txt", f"---\noutlet: Wire\ntitle: {written}\n---\n"
                                    "The minister said the talks had ended without an agreement.\n")
    assert read_article(path, Settings()).title == title


def test_text_pdfs_are_read_and_image_only_pdfs_are_skipped_with_why(tmp_path):
    make_pdf(tmp_path / "release.pdf", ["City opens its new bridge", *PARAGRAPH])
    make_pdf(tmp_path / "scan.pdf", [], [])
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF body")
    result = read_articles([tmp_path], Settings())
    [article] = result.articles
    assert article.title == "City opens its new bridge"
    assert [line.text for line in article.lines] == [
        " ".join(PARAGRAPH[:2]), PARAGRAPH[2]]  # the line the page wrapped is one sentence again
    skipped = dict(message.split(": ", 1) for message in (m.rsplit("/", 1)[-1] for m in result.skipped))
    assert set(skipped) == {"scan.pdf", "broken.pdf"}
    assert "without a text layer (2 pages of images" in skipped["scan.pdf"] and "OCR" in skipped["scan.pdf"]
    assert "cannot read this PDF" in skipped["broken.pdf"]


def test_running_headers_and_page_numbers_of_a_pdf_are_not_text(tmp_path):
    sentences = ["The ministry said the new port would open to ships in the spring of next year.",
                 "Officials said the harbour had been dredged to take the largest container ships.",
                 "The port authority expects the first cargo of grain to arrive in early April."]
    header = "Issued by the press office of the Ministry of Transport."  # reads as a sentence on each page
    pages = [["Port opens to container ships next spring", sentences[0], "Page 1 of 3"]]
    pages += [[header, sentence, f"Page {n} of 3"] for n, sentence in enumerate(sentences[1:], 2)]
    pages[0].insert(1, "A statement of the Ministry of Transport:")
    article = read_article(make_pdf(tmp_path / "release.pdf", *pages), Settings())
    # A line ending in a colon introduces the paragraph after it and is read with it.
    assert [line.text for line in article.lines] == ["A statement of the Ministry of Transport: " + sentences[0],
                                                     *sentences[1:]]
    assert article.title == "Port opens to container ships next spring"


def one_line_error(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    return result.output


def test_an_output_the_tool_cannot_write_is_refused_in_one_line_before_any_work(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bridge_article(corpus, "Planet")
    assert one_line_error("report", corpus, "-o", tmp_path / "report.html") == (
        f"Error: {tmp_path / 'report.html'}: crosscheck writes Markdown, not HTML files; give a .md or .markdown "
        "name (or - for standard output)\n")
    assert "writes JSON, not CSV" in one_line_error("report", corpus, "--json", tmp_path / "r.csv")
    assert not (corpus / ".crosscheck").exists() and not (tmp_path / "report.html").exists()


def test_kind_takes_the_words_the_report_prints(bridge):
    data = json.loads(invoke("report", bridge, "--json", "-").stdout)
    differ, agree = differ_of(data), next(f for f in data["findings"] if f["kind"] == "agree")

    def listed(*kinds) -> str:
        return invoke("review", "--list", *[a for k in kinds for a in ("--kind", k)], "--corpus", bridge).stdout

    assert listed("agreement") == listed("agree") == listed("Agreements")
    assert agree["id"] in listed("agreement") and differ["id"] not in listed("agreement")
    difference = listed("other difference") if not differ["contradiction"] else listed("contradiction")
    assert differ["id"] in difference and agree["id"] not in difference
    assert differ["id"] in listed("difference") and differ["id"] in listed("differ")
    assert "No findings." in listed("omission")
    wrong = CliRunner().invoke(cli, ["review", "--list", "--kind", "omitted", "--corpus", str(bridge)])
    assert wrong.exit_code == 2 and "choose one of contradiction, difference, other difference, omission" in wrong.output


def test_counts_are_spelt_right_and_a_filtered_run_counts_what_it_wrote(bridge):
    line = invoke("report", "bridge").stdout
    assert line.startswith("bridge/reports/divergence.md: 2 articles, 1 event, ") and "1 events" not in line
    text = (bridge / "reports" / "divergence.md").read_text()
    assert text.startswith("# Divergence report — 2 articles · 1 event · ")
    every = json.loads((bridge / "reports" / "divergence.json").read_text())["findings"]

    shown = invoke("report", bridge, "--kind", "agreement", "-o", bridge.parent / "agree.md").stdout
    written = json.loads((bridge.parent / "agree.json").read_text())["findings"]
    agreements = [f for f in every if f["kind"] == "agree"]
    assert 0 < len(written) == len(agreements) < len(every)
    counted = re.search(r"(\d+) findings? \(", shown).group(1)
    assert int(counted) == len(written)
    assert f"showing kind agree: {len(written)} of {len(every)} findings" in shown
    summary = (bridge.parent / "agree.md").read_text().split("## Summary")[1]
    assert f"{len(written)} finding{'s' if len(written) != 1 else ''}; 0 to review" in summary


def test_review_list_as_json_is_the_report_records_in_review_order(bridge):
    report = json.loads(invoke("report", bridge, "--json", "-").stdout)["findings"]
    differ = differ_of({"findings": report})
    invoke("review", differ["id"], "--confirm", "--corpus", bridge)
    listed = json.loads(invoke("review", "--list", "--json", "--corpus", bridge).stdout)
    assert [f["id"] for f in listed] == [f["id"] for f in report]
    assert next(f for f in listed if f["id"] == differ["id"])["review"]["status"] == "confirmed"
    only = json.loads(invoke("review", "--list", "--json", "--kind", "agreement", "--corpus", bridge).stdout)
    assert only and {f["kind"] for f in only} == {"agree"}
    alone = CliRunner().invoke(cli, ["review", "--json", "--corpus", str(bridge)])
    assert alone.exit_code == 2 and "--json goes with --list" in alone.output


def test_a_report_to_a_device_or_pipe_writes_into_it_and_never_replaces_it(bridge, tmp_path):
    import os
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text()), daemon=True)
    reader.start()
    invoke("report", bridge, "-o", pipe)  # as `-o /dev/null` does: an atomic replace would destroy the device
    reader.join(timeout=60)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert received and received[0].startswith("# Divergence report")
    assert not (tmp_path / "pipe.json").exists()  # no JSON twin beside a device


def test_add_takes_a_text_pdf_as_an_article_file(tmp_path):
    pdf = make_pdf(tmp_path / "release.pdf", ["City opens its new bridge", *PARAGRAPH])
    corpus = tmp_path / "corpus"
    added = invoke("add", pdf, "--to", corpus, "--outlet", "City Hall", "--date", "2025-03-03", "--force").stdout
    assert added.startswith("added ") and "City opens its new bridge" in added
    [written] = corpus.glob("*.txt")
    text = written.read_text(encoding="utf-8")
    assert "title: City opens its new bridge" in text and " ".join(PARAGRAPH[:2]) in text
