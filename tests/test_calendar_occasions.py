"""Calendar occasions: pieces written towards one day of the year ("Mother's Day", "9/11", "Memorial Day")
are of that day, though published days apart; a piece that names none is dated by its publication alone."""
from datetime import date

import numpy as np
import pytest

from crosscheck.events import _calendar, _calendar_day, _date_costs, calendar_days, occasion_labels
from crosscheck.types import Article, Claim, Line

ESSAY = "Mothers carried their families through a hard year of the pandemic, and deserve thanks this spring."


def _article(key: str, title: str, day: date | None, text: str = ESSAY) -> Article:
    return Article(key, f"{key}.txt", "Ledger", title, day, None, (Line(1, text),))


def _entry(name: str) -> dict:
    return _calendar()[1][name]


@pytest.mark.parametrize("name, day", [("mother's day", date(2021, 5, 9)), ("memorial day", date(2021, 5, 31)),
                                       ("labor day", date(2021, 9, 6)), ("thanksgiving", date(2021, 11, 25)),
                                       ("9/11", date(2021, 9, 11)), ("father's day", date(2021, 6, 20))])
def test_each_occasion_falls_on_its_day_of_the_year(name, day):
    assert _calendar_day(_entry(name), 2021) == day


def test_a_title_names_the_occasion_it_is_written_towards_only_near_that_day(settings):
    articles = [_article("a", "Mother’s Day Can Be Painful. It Can Also Reconnect Us", date(2021, 5, 3)),
                _article("b", "Happy mothers' day to every mom who got through this year", date(2021, 5, 9)),
                _article("c", "Mother's Day brunch ideas", date(2021, 3, 1)),  # two months early
                _article("d", "FBI director compares ransomware threat to 9/11", date(2021, 6, 4)),
                _article("e", "After September 11th, we found unity", date(2021, 9, 10)),
                _article("f", "Christmas shipping delays linger", date(2022, 1, 1)),  # the last year's Christmas
                _article("g", "Ports open round the clock", date(2021, 12, 24)),  # names none
                _article("h", "Mother's Day essay", None)]
    days = calendar_days(articles, settings)
    named = [None if np.isnan(day) else date.fromordinal(int(day)) for day in days]
    assert named == [date(2021, 5, 9), date(2021, 5, 9), None, None, date(2021, 9, 11), date(2021, 12, 25), None, None]


def test_two_pieces_naming_one_occasion_cost_no_days_and_a_piece_naming_none_keeps_its_own(settings):
    articles = [_article("a", "What a true Memorial Day celebration looks like", date(2021, 5, 28)),
                _article("b", "On Memorial Day, old wounds reopen for veterans' families", date(2021, 5, 31)),
                _article("c", "Patriotism and Pride", date(2021, 5, 31))]  # published on the day, naming none
    cost = _date_costs(articles, settings, [])
    assert cost[0, 1] == cost[1, 0] == 0.0
    assert cost[0, 2] == pytest.approx(3 * settings.event_day_cost)
    assert cost[1, 2] == 0.0  # the same day by publication
    off = _date_costs(articles, settings.replace(event_calendar_days=-1), [])
    assert off[0, 1] == pytest.approx(3 * settings.event_day_cost)


@pytest.mark.parametrize("titles, together", [
    (("Mother's Day can be painful", "This Mother’s Day, give yourself a pat on the back"), True),
    (("A spring essay on family", "This Mother’s Day, give yourself a pat on the back"), False),
    (("A spring essay on family", "A pat on the back for every parent"), False),
])
def test_essays_six_days_apart_are_one_occasion_only_when_both_name_the_day(settings, titles, together):
    articles = [_article("a", titles[0], date(2021, 5, 3)), _article("b", titles[1], date(2021, 5, 9))]
    claims = [Claim(f"c{a.id}", a.id, ESSAY, 1, "Ledger", None, False) for a in articles]
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0
    settings = settings.replace(event_neighbour_bonus=0.0)
    labels, _ = occasion_labels(articles, claims, vectors, settings)
    assert bool(labels[0] == labels[1]) is together
    labels, _ = occasion_labels(articles, claims, vectors, settings.replace(event_calendar_days=-1))
    assert labels[0] != labels[1]  # without the calendar, six days cost too much
