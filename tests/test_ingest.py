from datetime import date

import pytest

from crosscheck.config import Settings
from crosscheck.errors import InputError
from crosscheck.ingest import read_article, read_articles

from .conftest import write

ARTICLE = """Daily Planet
Home
Mayor opens the new bridge after two years of work

March 3, 2025 / 09:00 IST

Mayor Ann Lee opened the bridge on Monday, the city said in a statement.
Share this story
Subscribe to our newsletter for the latest updates.
The bridge cost $40 million, according to the city budget office.
By staff 2 hours ago
"""


def test_front_matter_gives_metadata(tmp_path):
    path = write(tmp_path, "a.txt", "---\noutlet: Example News\ntitle: A title\ndate: 2025-11-25\n"
                 "url: https://example.org/a\n---\nThe minister said the talks were useful and would go on.\n")
    article = read_article(path, Settings())
    assert (article.outlet, article.title, article.published, article.url) == (
        "Example News", "A title", date(2025, 11, 25), "https://example.org/a")
    assert [line.number for line in article.lines] == [7]


def test_metadata_is_inferred_without_front_matter(tmp_path):
    article = read_article(write(tmp_path, "planet.txt", ARTICLE), Settings())
    assert article.outlet == "Daily Planet"
    assert article.title == "Mayor opens the new bridge after two years of work"
    assert article.published == date(2025, 3, 3)


def test_boilerplate_never_survives(tmp_path):
    article = read_article(write(tmp_path, "planet.txt", ARTICLE), Settings())
    texts = [line.text for line in article.lines]
    assert texts == ["Mayor Ann Lee opened the bridge on Monday, the city said in a statement.",
                     "The bridge cost $40 million, according to the city budget office."]


def test_vietnamese_date_and_unknown_date(tmp_path):
    dated = write(tmp_path, "vi.txt", "Tin tức\n26 tháng 10 2025\n\nThe summit opened in Busan with both leaders.\n")
    undated = write(tmp_path, "none.txt", "The summit opened in Busan with both leaders present.\n")
    assert read_article(dated, Settings()).published == date(2025, 10, 26)
    assert read_article(undated, Settings()).published is None


def test_same_article_twice_counts_once(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b copy.txt", ARTICLE.replace("Share this story", "Follow us on social media"))
    result = read_articles([tmp_path], Settings())
    assert len(result.articles) == 1
    assert any("counted once" in w for w in result.warnings)


def test_lines_repeated_by_one_outlet_are_dropped(tmp_path):
    footer = "Discover the best stories of the week, picked by our editors.\n"
    write(tmp_path, "a.txt", "---\noutlet: Planet\n---\nThe council approved the budget on Tuesday.\n" + footer)
    write(tmp_path, "b.txt", "---\noutlet: Planet\n---\nThe river flooded three streets overnight.\n" + footer)
    result = read_articles([tmp_path], Settings())
    texts = [line.text for article in result.articles for line in article.lines]
    assert footer.strip() not in texts and len(texts) == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "cp1252", "utf-8-sig"])
def test_encodings(tmp_path, encoding):
    path = tmp_path / "e.txt"
    path.write_bytes("Café owners said the new rules would cost them €2 million.\n".encode(encoding))
    assert read_article(path, Settings()).lines[0].text.startswith("Café owners said")


def test_errors_name_the_input(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles([tmp_path / "missing"], Settings())
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files"):
        read_articles([tmp_path / "empty"], Settings())
    write(tmp_path, "blank.txt", "  \n\n")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError, match="no usable article"):
        read_articles([tmp_path / "blank.txt", tmp_path / "img.txt"], Settings())


def test_html_is_turned_into_text(tmp_path):
    page = ("<html><head><title>T</title><script>var x = 'The script said nothing.';</script></head><body>"
            "<nav>Home | World</nav><article><h1>Talks resume</h1><p>The foreign minister said the talks "
            "would resume next week in Geneva.</p><p>Both delegations confirmed the date in statements "
            "released on Friday.</p></article></body></html>")
    article = read_article(write(tmp_path, "page.html", page), Settings())
    texts = " ".join(line.text for line in article.lines)
    assert "talks would resume" in texts and "script" not in texts
