"""Named occasions: a follow-up whose lede gives the occasion both titles name a day before ("Saturday's rally"
in Monday's paper) is of the day the earlier piece was written on, though published days apart."""
from datetime import date

import pytest

from crosscheck.events import _date_costs, named_occasions
from crosscheck.types import Article, Line

SATURDAY, MONDAY = date(2021, 9, 18), date(2021, 9, 20)
FOLLOW_UP = "Capitol fencing starts coming down after 'Justice for J6' rally"


def _article(key: str, title: str, day: date | None, text: str) -> Article:
    return Article(key, f"{key}.txt", "Ledger", title, day, None, (Line(1, text),))


def _claims(articles):
    from crosscheck.claims import extract_claims
    from crosscheck.voices import load_voicebook

    return extract_claims(articles, load_voicebook())


@pytest.mark.parametrize("lede", [
    "Workers began taking down the fencing around the Capitol after Saturday's rally drew only a few hundred people.",
    "The rally on Saturday drew only a few hundred people, and the fencing around the Capitol came down.",
    "Only a few hundred people were drawn by the rally on Saturday, police said.",  # passive, attribution last
    "Police said the rally on Saturday drew only a few hundred people.",  # attribution first
    "The fencing, which went up before the rally on Saturday, came down.",  # a relative clause
    "Workers took down the fencing after Saturday night's rally drew a small crowd.",  # a part of the day
])
def test_a_follow_up_lede_gives_the_occasion_its_title_names_the_day_before(lede):
    articles = [_article("a", FOLLOW_UP, MONDAY, lede)]
    assert named_occasions(articles, _claims(articles), 2) == {0: {("rally", SATURDAY)}}


@pytest.mark.parametrize("title, lede, published", [
    # A name, not a happening: a person's day is no occasion the titles name.
    ("Biden signs the funding bill", "Biden on Saturday signed the funding bill after a week of talks.", MONDAY),
    # A plan: the rally is still to come.
    ("Organisers plan another rally", "Organisers will hold another rally on Saturday, police said.", MONDAY),
    # The weekday is tied to a word the title does not write.
    (FOLLOW_UP, "Workers took down the barriers on Saturday after a small crowd gathered.", MONDAY),
    # Too long before: a week-old rally is the news of another day.
    (FOLLOW_UP, "The rally on Saturday drew only a few hundred people.", date(2021, 9, 24)),
    # The same day: nothing to follow up.
    (FOLLOW_UP, "The rally on Saturday drew only a few hundred people.", SATURDAY),
])
def test_no_named_occasion_in_a_name_a_plan_another_word_or_a_day_out_of_reach(title, lede, published):
    articles = [_article("a", title, published, lede)]
    assert named_occasions(articles, _claims(articles), 2) == {}


def test_a_follow_up_and_a_piece_of_the_day_it_names_cost_no_days_apart(settings):
    articles = [_article("a", "What's really behind the 'Justice for J6' rally", SATURDAY,
                         "Supporters of the rioters gathered in Washington, and the message was plain."),
                _article("b", FOLLOW_UP, MONDAY, "Workers took down the fencing after Saturday's rally drew a small crowd."),
                _article("c", "Capitol Police prepare for a weekend of protests", SATURDAY,  # another title word
                         "Police readied the Capitol for a weekend of protests in Washington."),
                _article("d", "Why the 'Justice for J6' rally fizzled", date(2021, 9, 19),  # not of the day named
                         "The crowd was small and the speeches were short.")]
    claims = _claims(articles)
    cost = _date_costs(articles, settings, claims)
    assert cost[0, 1] == cost[1, 0] == 0.0
    assert cost[1, 2] == pytest.approx(2 * settings.event_day_cost)
    assert cost[1, 3] == pytest.approx(settings.event_day_cost)
    assert _date_costs(articles, settings, [])[0, 1] == pytest.approx(2 * settings.event_day_cost)  # without claims


def test_a_piece_of_the_day_named_that_reports_the_day_before_keeps_its_days_apart(settings):
    thursday, friday = date(2016, 3, 10), date(2016, 3, 11)
    articles = [_article("a", "Rubio did well in a more substantive debate", friday,
                         "The columnist said the debate on Thursday was more substantive than the last one."),
                # Thursday's paper, on Wednesday night's debate: not the debate of the day the follow-up names.
                _article("b", "Scrappy debate signals long grind", thursday,
                         "Democrats squabbled at length during Wednesday night's debates in Miami."),  # plural
                # Thursday's paper, naming no other day: of that day.
                _article("c", "Candidates meet for a debate in Miami", thursday,
                         "Four candidates take the stage for the debate in Miami.")]
    cost = _date_costs(articles, settings, _claims(articles))
    assert cost[0, 1] == pytest.approx(settings.event_day_cost)
    assert cost[0, 2] == 0.0


def test_a_piece_of_the_day_named_whose_lede_dates_what_happened_to_another_day_keeps_its_days_apart(settings):
    thursday, friday = date(2016, 3, 10), date(2016, 3, 11)
    articles = [_article("a", "Rubio did well in a more substantive debate", friday,
                         "The columnist said the debate on Thursday was more substantive than the last one."),
                # Thursday's paper whose lede dates its saying to Tuesday, with no word of its title's debate.
                _article("b", "Candidates meet for a debate in Miami", thursday,
                         "Clinton said on Tuesday night that Sanders had misled voters.")]
    assert _date_costs(articles, settings, _claims(articles))[0, 1] == pytest.approx(settings.event_day_cost)
