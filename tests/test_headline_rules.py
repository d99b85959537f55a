"""Event headlines (issue 18, sixth round): a short clause keeps the tail that says what it is about; an opinion
section's title ranks after a news title."""
from datetime import date

from crosscheck.labels import name_events
from crosscheck.types import Article, Line

DAY = date(2021, 9, 28)


def article(aid, outlet, title, lines):
    return Article(aid, f"dir/{aid}.txt", outlet, title, DAY, None, tuple(Line(n, text) for n, text in enumerate(lines, 1)))


def headline(group):
    return name_events([group], [], [DAY], group)[0].rsplit(", ", 1)[0]


def test_a_short_headline_keeps_the_tail_that_says_what_it_is_about():
    generals = [article("a", "Metro Wire", "Top generals contradict Biden, say they advised keeping troops in Kabul",
                        ["The generals told senators they had advised keeping 2,500 troops in Afghanistan."])]
    assert headline(generals) == "Top generals contradict Biden, say they advised keeping troops in Kabul"
    polls = [article("b", "Metro Wire", "Mayor's clout questioned amid falling polls",
                     ["The mayor's approval ratings fell to a new low this month."])]
    assert headline(polls) == "Mayor's clout questioned amid falling polls"
    # a tail that opens a clause of its own is still cut, however short the headline
    signs = [article("d", "Metro Wire", "Governor signs budget as protests grow",
                     ["The governor signed the state budget on Tuesday."])]
    assert headline(signs) == "Governor signs budget"
    # five words or more: the tail is still cut
    talks = [article("c", "Metro Wire", "Police reform talks fall apart after months of negotiations",
                     ["Bipartisan negotiations over the police reform bill collapsed on Wednesday."])]
    assert headline(talks) == "Police reform talks fall apart"


def test_an_opinion_sections_title_ranks_after_a_news_title():
    column = article("a", "Daily Ledger (Opinion)", "Climate report brings a flood of hyperbole",
                     ["The climate report's authors overstate what the science says."])
    news = article("b", "Metro Wire", "UN panel warns that the planet is warming faster",
                   ["A United Nations panel issued its latest climate report on Monday."])
    assert headline([column, news]) == "UN panel warns that the planet is warming faster"
    assert headline([news, column]) == "UN panel warns that the planet is warming faster"
    # an outlet whose name only holds the word inside another is no opinion section
    same = article("c", "Opinionated Wire", "Climate report brings a flood of hyperbole",
                   ["The climate report's authors overstate what the science says."])
    assert headline([same]) == "Climate report brings a flood of hyperbole"


def test_a_title_word_its_body_writes_as_often_in_lower_case_as_capitalised_is_decided_by_the_corpus():
    # (a verb other than one of showing, whose headline is its subject alone: headlines._inferred)
    churn = article("a", "Metro Wire", "Surprise Gain in Jobless Claims Signals U.S. Labor Market Churn",
                    ["Claims rose last week in an otherwise improving labor market, Labor Department data showed."])
    other = article("b", "Coast Wire", "Jobless claims rise unexpectedly",
                    ["The labor market is still healing, economists said."])
    label = name_events([[churn], [other]], [], [DAY, DAY], [churn, other])[0]
    assert label.startswith("Surprise gain in jobless claims signals U.S. labor market churn"), label
