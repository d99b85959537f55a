"""A day written as a thing's ("the July 13 cable", "an Aug. 31 deadline", "Friday night's drone strike") dates what a
claim refers to, not what it tells: two articles that share it are tied, but two that each name another thing's day
do not lose closeness for stating days with none in common (events._noun_days, events._add_stated_days)."""
from datetime import date

import numpy as np
import pytest

from crosscheck.events import _add_stated_days, _noun_days
from crosscheck.types import Article, Line

FRIDAY = date(2021, 8, 20)


def _article(key: str, text: str, day: date = FRIDAY) -> Article:
    return Article(key, f"{key}.txt", "Ledger", f"Story {key}", day, None, (Line(1, text),))


def _claims(articles):
    from crosscheck.claims import extract_claims
    from crosscheck.voices import load_voicebook

    return extract_claims(articles, load_voicebook())


@pytest.mark.parametrize("text, days", [
    ("The July 13 cable urged Washington to speed up the evacuation.", {"2021-07-13"}),
    ("With an Aug. 31 deadline looming, thousands remained to be flown out.", {"2021-08-31"}),
    ("Officials said the July 13 cable had been ignored.", {"2021-07-13"}),  # attribution first
    ("The warnings of the July 13 cable were ignored by the department, officials said.", {"2021-07-13"}),  # passive
    ("The diplomats who signed the July 13 cable were ignored.", {"2021-07-13"}),  # in a relative clause
    ("The president defended his Aug. 31 deadline on Tuesday.", {"2021-08-31"}),  # a possessive determiner
    ("Two militants were killed in Friday night's drone strike, the Pentagon said.", {"2021-08-20"}),
])
def test_a_day_before_its_noun_is_a_things_day(text, days):
    assert _noun_days(text, FRIDAY) == days


@pytest.mark.parametrize("text", [
    "The diplomats sent the cable on July 13.",  # the day of the act the claim tells
    "On July 13, the diplomats sent a cable to Washington.",  # the day first
    "The cable, which was sent July 13, urged a faster evacuation.",  # a relative clause's verb
    "Thousands must be flown out by Aug. 31, officials said.",  # a deadline hung on the verb
    "The Pentagon said Friday that two militants were killed.",  # a saying's weekday
    "The strike on Friday night killed two militants.",  # a noun's day written after it: a happening's own
    "Officials said that July 13 marked the start of the evacuation.",  # the day itself is the subject
])
def test_a_day_a_verb_or_a_happening_takes_is_no_things_day(text):
    assert _noun_days(text, FRIDAY) == set()


def _stated(settings, first: str, second: str) -> float:
    """What the days the two texts' claims state add to the closeness of their articles."""
    articles = [_article("a", first), _article("b", second)]
    closeness = np.zeros((2, 2), dtype=np.float32)
    _add_stated_days(closeness, articles, _claims(articles), settings)
    return float(closeness[0, 1])


def test_two_things_days_cost_nothing(settings):
    assert _stated(settings, "The July 13 cable urged Washington to speed up the evacuation.",
                   "With an Aug. 31 deadline looming, thousands remained to be flown out.") == 0.0


def test_two_days_of_what_happened_with_none_in_common_cost_the_penalty(settings):
    assert _stated(settings, "The diplomats sent the cable on July 13.",
                   "Thousands were flown out of Kabul on Aug. 19.") == pytest.approx(-settings.event_stated_day_penalty)


def test_a_things_day_in_common_still_ties(settings):
    assert _stated(settings, "The July 13 cable urged Washington to speed up the evacuation.",
                   "Officials ignored the July 13 cable, diplomats said.") == pytest.approx(settings.event_stated_day_bonus)


def test_a_things_day_beside_a_day_of_what_happened_costs_nothing(settings):
    assert _stated(settings, "With an Aug. 31 deadline looming, thousands remained to be flown out.",
                   "Thousands were flown out of Kabul on Aug. 19.") == 0.0
