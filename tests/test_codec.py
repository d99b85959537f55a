"""A run's result to plain data and back: the same values, of the same types, at every level."""
import json
from datetime import date

from crosscheck.codec import from_data, to_data
from crosscheck.types import Article, Corpus, Line


def test_a_corpus_comes_back_from_its_json_data_as_it_was(seed_run):
    corpus, _ = seed_run
    data = json.loads(json.dumps(to_data(corpus)))
    back = from_data(Corpus, data)
    assert back == corpus
    assert repr(back) == repr(corpus)  # tuples stay tuples, enums enums, dates dates
    assert to_data(back) == data


def test_none_optional_fields_dates_and_empty_tuples_come_back():
    article = Article("a1", "x.txt", "Outlet", "Title", None, None, (Line(1, "Text."),), excerpt=True)
    assert from_data(Article, to_data(article)) == article
    dated = Article("a2", "y.txt", "Outlet", "", date(2025, 11, 24), "https://x", ())
    data = to_data(dated)
    assert data["published"] == "2025-11-24" and data["lines"] == [] and data["versions"] == []
    assert from_data(Article, data) == dated and isinstance(from_data(Article, data).lines, tuple)
    assert from_data(Article, None) is None
