"""Two people's meeting names their event where most titles and ledes tell it as theirs, whatever else the titles
share; a meeting with someone else, or a call for something, does not."""
from datetime import date
from functools import partial

from crosscheck.labels import name_events
from tests.test_labels import article as labels_article

DAY = date(2025, 11, 25)


article = partial(labels_article, published=DAY)  # the label tests' article, published on DAY


def label(group):
    return name_events([group], [], [date(2025, 11, 24)], group)[0].rsplit(", ", 1)[0]


# The seeds' event: both titles write "truce", one lede tells the call between the two.
TRUCE_TITLES = ("Donald Trump moves to keep Xi Jinping truce intact while reassuring ally Japan",
                "Xi Jinping presses Taiwan issue with Trump amid trade truce")
ANGLE = ["Stocks in Hong Kong cheered Donald Trump's efforts to keep the truce with Xi Jinping, analysts said.",
         "Xi has not commented."]


def test_a_call_a_lede_tells_between_the_two_names_their_event():
    for lede in ("Xi Jinping pressed Trump on Taiwan's status during a call on Monday.",  # the call in a phrase
                 "Trump held a phone call with Xi Jinping on Monday, the White House said.",  # with the other person
                 "A call between Trump and Xi Jinping was held on Monday.",  # the call as the subject, passive
                 "Beijing said Xi Jinping, who spoke to Trump in a call on Monday, raised Taiwan."):  # relative clause
        group = [article("a1", "Ledger", TRUCE_TITLES[0], ANGLE),
                 article("a2", "Wire", TRUCE_TITLES[1], [lede, "Trump is set to visit China in April."])]
        assert label(group) in {"Trump–Xi call", "Xi–Trump call", "Trump–Xi phone call", "Xi–Trump phone call"}, lede


def test_without_the_call_the_headline_names_the_event():
    group = [article("a1", "Ledger", TRUCE_TITLES[0], ANGLE),
             article("a2", "Wire", TRUCE_TITLES[1], ["Xi Jinping pressed Trump on Taiwan's status on Monday."])]
    assert "call" not in label(group)


def test_an_interview_with_someone_else_is_not_their_meeting():
    # Haugen and Zuckerberg both named beside an interview, which was with a TV programme, not between them.
    group = [article("f1", "Caller", "Whistleblower Frances Haugen says Mark Zuckerberg chose profits over safety",
                     [("Mark Zuckerberg chose profits over safety, Frances Haugen said in an interview with "
                       "“60 Minutes” on Sunday.")]),
             article("f2", "Network", "Frances Haugen testifies that Mark Zuckerberg misled the public",
                     ["Frances Haugen said in an interview with Scott Pelley that Mark Zuckerberg misled the public.",
                      "Haugen worked for Zuckerberg for two years."])]
    assert "interview" not in label(group)


def test_calls_for_something_are_no_meeting():
    group = [article("k1", "Wire", "Kerry faces calls to step down over leaked Iran tapes",
                     ["John Kerry faces calls to step down after Barack Obama's former aides heard the tapes."]),
             article("k2", "Post", "Calls grow for an investigation into Kerry over Iran tapes",
                     ["Republicans made calls for an investigation into John Kerry, who served Barack Obama."])]
    assert not label(group).endswith(("call", "calls"))
