"""An event none of whose articles reports a happening of its own (columns, explainers, round-ups on one subject)
is no occasion: it keeps one article and lists the others as possibly another story."""
from datetime import date

import numpy as np
import pytest

from crosscheck.events import _set_apart_unreported, _states_recent_day, group_events
from crosscheck.happenings import Happenings
from crosscheck.labels import article_ledes, reports_a_happening
from crosscheck.types import Article, Claim, Line

DAY = date(2021, 8, 10)
LEDE = "Water is scarce in the valley this summer."


def _article(key: str, title: str, text: str = LEDE, published: date | None = DAY) -> Article:
    return Article(key, f"{key}.txt", f"Outlet {key}", title, published, None, (Line(1, text),))


@pytest.mark.parametrize("title", [
    "Senate passes $1 trillion infrastructure bill",
    "Infrastructure bill passed by Senate after months of talks",  # passive, a tail
    "Officials: Dam bursts near mountain town",  # attribution first
    "Dam bursts near mountain town, officials say",  # attribution last
    "Governor signs water rationing order that farmers opposed",  # a relative clause
])
def test_a_title_of_who_did_what_reports_a_happening(title):
    article = _article("a", title)
    assert reports_a_happening(article_ledes([article])[article.id])


@pytest.mark.parametrize("title", [
    "The Infrastructure Illusion",  # a phrase
    "Why you should care about the water shortage",  # an explainer's
    "Will the dam hold?",  # a question
    "Congress should fix the water shortage",  # an opinion's call
    "The water shortage is the result of years of neglect",  # a verdict on its subject
    "What the fight over school boards is really about",
])
def test_a_title_of_a_column_or_explainer_reports_none(title):
    article = _article("a", title)
    assert not reports_a_happening(article_ledes([article])[article.id])


def _claim(key: str, article: str, text: str, dates=(), predicate: str = "") -> Claim:
    return Claim(key, article, text, 1, f"Outlet {article}", None, False, dates=tuple(dates), predicate=predicate)


def test_a_day_stated_in_the_week_before_is_a_happening_of_its_own_and_a_things_day_is_not():
    article = _article("a", "Our Shared Drought")
    assert _states_recent_day(article, [_claim("c", "a", "The dam burst on Sunday.", ["2021-08-08"])], 7)
    assert not _states_recent_day(article, [_claim("c", "a", "The dam burst years ago.", ["2019-08-08"])], 7)
    assert not _states_recent_day(article, [_claim("c", "a", "The dam will open on Friday.", ["2021-08-13"])], 7)
    thing = _claim("c", "a", "The Aug. 8 report on the dam warned of leaks.", ["2021-08-08"])
    assert not _states_recent_day(article, [thing], 7)
    assert _states_recent_day(_article("b", "Our Shared Drought", published=None), [], 7)  # of any day


def _columns(settings, reported, claims):
    articles = [_article(k, f"Column {k}") for k in "abc"]
    vectors = np.eye(len(claims), 4, dtype=np.float32) if claims else np.zeros((0, 4), dtype=np.float32)
    happenings = Happenings(articles, claims, vectors, settings)
    closeness = np.array([[1.0, 0.5, 0.3], [0.5, 1.0, 0.4], [0.3, 0.4, 1.0]], dtype=np.float32)
    apart: dict[int, int] = {}
    labels = _set_apart_unreported(np.array([1, 1, 1]), apart, closeness, np.array(reported), articles, claims,
                                   happenings, settings)
    return labels, apart


def test_an_event_of_columns_keeps_the_one_closest_to_the_rest(settings):
    labels, apart = _columns(settings, [False, False, False], [])
    assert labels[1] == 1 and labels[0] != 1 and labels[2] != 1 and labels[0] != labels[2]
    assert apart == {0: 1, 2: 1}


def test_an_event_with_one_report_of_a_happening_stays_whole(settings):
    assert _columns(settings, [False, True, False], []) == (pytest.approx([1, 1, 1]), {})
    dated = [_claim("c", "c", "The dam burst on Sunday.", ["2021-08-08"])]
    assert list(_columns(settings, [False, False, False], dated)[0]) == [1, 1, 1]


def test_columns_that_state_one_happening_stay_together(settings):
    claims = [_claim("ca", "a", "The council approved the budget.", predicate="approve"),
              _claim("cb", "b", "The budget was approved by the council.", predicate="approve")]
    articles = [_article(k, f"Column {k}") for k in "abc"]
    vectors = np.array([[1, 0, 0, 0], [1, 0, 0, 0]], dtype=np.float32)
    happenings = Happenings(articles, claims, vectors, settings)
    closeness = np.full((3, 3), 0.4, dtype=np.float32)
    labels = _set_apart_unreported(np.array([1, 1, 1]), {}, closeness, np.zeros(3, dtype=bool), articles, claims,
                                   happenings, settings)
    assert list(labels) == [1, 1, 1]


def test_columns_of_one_subject_are_listed_as_possibly_another_story(settings):
    texts = {"a": "Droughts have always shaped the valley, and they always will.",
             "b": "I grew up hauling water from the creek behind our house.",
             "c": "Nobody in the valley talks about water until the wells run dry."}
    titles = {"a": "Our Shared Drought", "b": "Why you should care about the water shortage",
              "c": "The Drought Deception"}
    articles = [_article(k, titles[k], texts[k]) for k in "abc"]
    claims = [_claim(f"c{k}", k, texts[k]) for k in "abc"]
    vectors = np.full((3, 4), 0.5, dtype=np.float32)
    loose = settings.replace(event_similarity=-1.0)  # every pair passes
    events = group_events(articles, claims, vectors, loose)
    assert len(events) == 3 and sorted(len(e.unsure) for e in events) == [0, 0, 2]
    reports = [_article("a", "Dam bursts near mountain town", texts["a"]), *articles[1:]]
    events = group_events(reports, claims, vectors, loose)
    assert len(events) == 1 and events[0].unsure == ()
