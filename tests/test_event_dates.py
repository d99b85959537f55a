"""The day an event is dated by: the day its ledes say it happened (events.occasion_date, happening_day)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.claims import claim_from_text
from crosscheck.events import happening_day, occasion_date
from crosscheck.types import Article, Line

SUNDAY, WEEK = date(2021, 9, 19), 7
FRIDAY, THURSDAY, WEDNESDAY, SATURDAY = date(2021, 9, 17), date(2021, 9, 16), date(2021, 9, 15), date(2021, 9, 18)


def _article(aid: str, published: date, *lede: str) -> tuple[Article, list]:
    lines = tuple(Line(n, text) for n, text in enumerate(lede, 1))
    claims = [replace(claim_from_text(text, published), id=f"{aid}{n}", article_id=aid, line=n)
              for n, text in enumerate(lede, 1)]
    return Article(aid, f"{aid}.txt", "Wire", "Title", published, None, lines), claims


def _event(*pieces: tuple[str, date, str]) -> tuple[list[Article], dict[str, list]]:
    """An event's articles, each (id, publication day, lede), and their claims by article id."""
    built = [_article(aid, published, lede) for aid, published, lede in pieces]
    return [article for article, _ in built], {article.id: claims for article, claims in built}


SAID_ON_SUNDAY = [
    # the day of the saying, wherever the attribution stands
    ("The head of Central Command announced Friday that the strike had been a tragic mistake.", FRIDAY),
    ("The strike had been a tragic mistake, the head of Central Command told reporters on Friday.", FRIDAY),
    ("The New York Times reported Thursday that the senator opposes the climate measure.", THURSDAY),
    ("The vaccine's protection wanes over six months, according to a study published Wednesday in The Lancet.",
     WEDNESDAY),
    ("The strike had been a tragic mistake, the general said Friday.", FRIDAY),
    ("The error was acknowledged by the Pentagon on Friday, after weeks of denials.", FRIDAY),
    # a day written just before the main verb dates it
    ("Former President Trump on Saturday hailed the state Senate for its audit of the election.", SATURDAY),
]


@pytest.mark.parametrize("lede", [
    # a day of another thing than what the lede says happened
    "Officials vowed a response after Thursday's bombing of the embassy compound.",
    "A storm dumped heavy rain on the towns where an earthquake on Saturday killed hundreds.",
    # a plan
    "The two ministers will meet in Geneva on Friday, officials said.",
])
def test_a_day_of_something_else_or_a_plan_is_not_the_happening(lede):
    article, claims = _article("a", SUNDAY, lede)
    assert happening_day(article, claims, WEEK) == SUNDAY
    assert happening_day(article, claims, WEEK, stated=True) is None


def test_a_weekly_figure_is_dated_by_its_release_not_by_the_end_of_its_week():
    thursday = date(2021, 7, 22)
    for lede in ("Initial jobless claims totaled 419,000 in the week ended July 17, Labor Department data showed Thursday.",
                 ("New claims for unemployment benefits soared to 419,000 for the week ending July 17, the Department "
                  "of Labor said Thursday.")):
        article, claims = _article("a", thursday, lede)
        assert happening_day(article, claims, WEEK) == thursday, lede


def test_a_day_a_lede_states_outvotes_publication_dates_that_only_stand_in_for_one():
    articles, claims = _event(("a", FRIDAY, "The congresswoman told reporters on Wednesday that the talks had collapsed."),
                              ("b", FRIDAY, "Bipartisan negotiations over the police reform bill have collapsed."),
                              ("c", FRIDAY, "Police reform talks in Congress have fallen apart."),
                              ("d", SUNDAY, "Police reform talks in Congress have fallen apart."))
    assert occasion_date(articles[:3], claims, WEEK) == WEDNESDAY
    # no lede states a day: the day most articles were published
    assert occasion_date(articles[1:], claims, WEEK) == FRIDAY


MONDAY = date(2021, 9, 20)


PUBLISHED_ON_MONDAY = [
    # a saying or a public act dated past its object, with its part of the day
    ("The FBI released a heavily redacted, 16-page declassified document Saturday night about the hijackers.",
     SATURDAY),
    ("The speaker told House Democrats in a letter Sunday night that the bill will be voted on Thursday.", SUNDAY),
    ("Florida's governor responded Wednesday to a White House attack from the president.", WEDNESDAY),
    # the weekday first, with its part of the day and an adverb before the verb
    ("The Supreme Court on Thursday night struck down the federal eviction moratorium.", THURSDAY),
    ("The aviation agency on Friday evening quietly placed a flight restriction over the bridge.", FRIDAY),
    ("On Thursday night the Supreme Court struck down the federal eviction moratorium.", THURSDAY),
    # passive, the weekday last or first
    ("The federal eviction moratorium was struck down by the Supreme Court on Thursday night.", THURSDAY),
    ("The declassified document was released by the FBI on Saturday night.", SATURDAY),
    ("Thomas Barrack was arrested in Los Angeles Tuesday morning on federal charges.", date(2021, 9, 14)),
    # a day counted from the publication: "last night", "yesterday"
    ("The FBI released the declassified document last night.", SUNDAY),
    ("The governor responded yesterday to the president's attack.", SUNDAY),
    ("The document, which the FBI released last night, shows contacts with two hijackers.", SUNDAY),
    # a date written out
    ("The FBI released the declassified document on Sept. 18, the bureau said.", SATURDAY),
]


# published on Sunday: the day of the saying or of the main verb; published on Monday: a day past the object, before
# the verb, or counted from the publication ("last night")
@pytest.mark.parametrize("lede, published, day", [(lede, SUNDAY, day) for lede, day in SAID_ON_SUNDAY]
                         + [(lede, MONDAY, day) for lede, day in PUBLISHED_ON_MONDAY])
def test_a_lede_dates_the_happening(lede, published, day):
    article, claims = _article("a", published, lede)
    assert happening_day(article, claims, WEEK) == day


@pytest.mark.parametrize("lede", [
    # a plan whose verb is the saying's own, a day past a clause of its own, another thing's night
    "The full report is expected to be released Friday, officials said.",
    "The FBI released a document that investigators had first read on Friday.",
    "Officials vowed a response in the wake of last night's bombing of the embassy.",
    # a day past the main verb's object that the parse hangs on a noun, a negated act
    "President Biden canceled a trip to Chicago planned for Wednesday.",
    "The official was not authorized to discuss the matter Tuesday.",
])
def test_a_planned_release_or_a_day_of_another_clause_is_not_the_happening(lede):
    article, claims = _article("a", MONDAY, lede)
    assert happening_day(article, claims, WEEK, stated=True) is None


def test_the_day_most_ledes_state_dates_the_event_never_a_day_after_every_publication():
    articles, claims = _event(("a", SUNDAY, "The FBI released a declassified document Saturday night."),
                              ("b", SUNDAY, "The Biden administration has declassified an FBI report."),
                              ("c", SUNDAY, "The bureau ended the anniversary by releasing a document."),
                              ("d", FRIDAY, "The FBI will release the declassified document Saturday night."))
    assert occasion_date(articles[:3], claims, WEEK) == SATURDAY
    # "Saturday" in a Friday paper is a plan (or last week's): the event keeps its publication day
    assert occasion_date(articles[3:], claims, WEEK) == FRIDAY


def _titled(aid: str, published: date, title: str, *lede: str) -> tuple[Article, list]:
    article, claims = _article(aid, published, *lede)
    return replace(article, title=title), claims


def test_where_no_lede_dates_a_verb_the_day_most_ledes_give_the_occasion_the_titles_name_dates_it():
    fence, fence_claims = _titled("a", MONDAY, "Capitol fencing comes down after 'Justice for J6' rally",
                                  "Fencing put up ahead of the rally on Saturday was taken down by crews.")
    behind, behind_claims = _titled("b", MONDAY, "What's really behind the 'Justice for J6' rally",
                                    "Saturday's 'Justice for J6' rally was smaller than expected.")
    media, media_claims = _titled("c", MONDAY, "Media mocked over 'dud' rally on Capitol Hill",
                                  "Analysts tore into the media who hyped the danger of the protest.")
    claims = {"a": fence_claims, "b": behind_claims, "c": media_claims}
    assert occasion_date([fence, behind, media], claims, WEEK) == SATURDAY
    # one lede of three is no majority: the publication day stays
    assert occasion_date([fence, media, replace(media, id="d")], {**claims, "d": media_claims}, WEEK) == MONDAY


def test_a_calendar_occasion_the_ledes_name_dates_an_event_whose_ledes_date_no_verb():
    wednesday = date(2021, 9, 8)
    toils, toils_claims = _titled("a", wednesday, "White House toils amid crises",
                                  "There is no rest for an under-pressure White House this Labor Day.")
    polls, polls_claims = _titled("b", wednesday, "Biden's standing nosedives",
                                  "As Labor Day marks the close of summer, the president's poll numbers take a hit.")
    assert occasion_date([toils, polls], {"a": toils_claims, "b": polls_claims}, WEEK) == date(2021, 9, 6)


@pytest.mark.parametrize("lede", [
    # a plan: the rally's Saturday read back from a Thursday paper lies beyond `occasion_named_days`
    "Police are preparing for the rally on Saturday at the Capitol.",
    # the day of a word no title writes
    "Fencing went up around the Capitol ahead of Saturday's march.",
])
def test_a_weekday_of_a_plan_or_of_another_thing_does_not_date_the_occasion(lede):
    thursday = date(2021, 9, 16)
    article, claims = _titled("a", thursday, "Capitol braces for 'Justice for J6' rally", lede)
    assert occasion_date([article], {"a": claims}, WEEK) == thursday


@pytest.mark.parametrize("lede", [
    # the parse hangs the part of the day on the verb and the day on the part: the day dates the verb
    "The mayor's tour of the shelters ended shortly after it began Wednesday morning, with protesters blocking the van.",
    "Police arrested the two men Wednesday night outside the stadium.",
    "The bridge, which reopened on Wednesday afternoon, was closed again within hours.",
    "On Wednesday evening the council voted to close the shelter.",
    # the recogniser tags "late Wednesday" a time, not a date
    "Police arrested the two men late Wednesday night outside the stadium.",
])
def test_a_part_of_the_day_dates_its_verb_by_its_day(lede):
    article, claims = _article("a", THURSDAY, lede)
    assert happening_day(article, claims, WEEK, stated=True) == WEDNESDAY
