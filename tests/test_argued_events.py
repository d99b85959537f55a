"""Events whose titles argue or infer (issue 18, thirteenth round): a phrase most titles write names an event whose
shared noun is no occasion; what a happening "shows" is an outlet's inference, the happening its subject; a verdict
("gets it right") frames; a headline naming neither who nor the occasion, with a verb no lede writes, argues; and
the two words in a row of a short label of common words that the claims write are left to the topics."""
from datetime import date
from functools import partial

import pytest

from crosscheck.claims import claim_from_text
from crosscheck.labels import name_events, read_ledes
from crosscheck.topic_labels import name_topics
from tests.test_labels import article as labels_article

article = partial(labels_article, published=date(2024, 3, 4))


def label(group):
    return name_events([group], [], [date(2024, 3, 3)], group)[0].rsplit(", ", 1)[0]


def _event(titles, ledes, outlets=("Post", "Review", "Guest Writer")):
    """One article a title, each with its lede, from the outlets in turn."""
    return [article(f"a{n}", outlet, title, [lede])
            for n, (outlet, title, lede) in enumerate(zip(outlets, titles, ledes))]


def _headline(title):
    lede = read_ledes([f"{title}.\nThe ministry gave the figures on Monday."])[0]
    return lede.headlines[0].text if lede.headlines else ""


PENSION_LEDES = ["Governor Mara Lind wants to borrow from the state pension fund to pay for roads.",
                 "Lind's plan would take money from the pension fund for two years.",
                 "Teachers say the pension fund cannot spare the money Lind wants."]


@pytest.mark.parametrize("titles", [
    ("Lind should keep her hands off the pension fund", "The pension fund hoax",  # a call, a slant, a question
     "What teachers think about the fight over the pension fund"),
    ("Lind should not touch the pension fund", "The great pension fund deception",  # the phrase in a longer one
     "Why the pension fund matters to teachers"),
])
def test_where_every_title_argues_and_no_occasion_is_shared_a_phrase_most_titles_write_names_it(titles):
    assert label(_event(titles, PENSION_LEDES)) == "Pension fund"  # not "Lind pension", a bag of nouns


def test_what_a_happening_shows_is_left_out_its_subject_kept():
    for title, subject in (("Weak factory report shows limits of tariffs", "Weak factory report"),
                           ("Weak factory report underscores the cost of tariffs", "Weak factory report"),
                           ("Surprise drop in factory orders highlights the toll of tariffs",
                            "Surprise drop in factory orders")):
        assert _headline(title) == subject, title
    # a clause shown is its source's finding, a named actor's act is a happening, and a denial is a fact-check's
    for denial in ("Emails to the mayor don't show agreement on the bridge",
                   "Emails to the mayor do not show agreement on the bridge"):
        assert _headline(denial) == denial
    assert _headline("Data shows factories cut 40,000 jobs in March") == "Data shows factories cut 40,000 jobs in March"
    assert _headline("Governor Lind highlights school funding in budget speech").startswith(
        "Governor Lind highlights school funding")


def test_a_verdict_on_it_frames_the_headline():
    for title in ("Appeals court gets it right on Ohio gun law", "The Senate got it wrong on the farm bill"):
        assert read_ledes([f"{title}.\nThe court ruled on Monday."])[0].headlines[0].framing, title
    assert not read_ledes(["Police get it back after a chase.\nThe car was found on Monday."])[0].headlines[0].framing


GUN_LEDES = ["Late on Monday, the appeals court refused to block Ohio's new gun law, which takes effect in May.",
             "Ohio's gun law lets anyone carry a handgun without a permit from May.",
             "Voters in Ohio are split on guns, a poll of 1,000 adults found."]


@pytest.mark.parametrize("titles", [
    ("Appeals court gets it right on Ohio gun law", "Ohio's reckless gun law is pure cowardice",  # a verdict, a copula,
     "About half of voters say guns should be harder to buy"),  # another happening
    ("The appeals court got it right on the Ohio gun law", "Ohio's gun law is a gift to the gun lobby",
     "Most voters say handguns should need a permit"),
])
def test_where_every_headline_argues_or_names_neither_who_nor_the_occasion_who_and_what_name_the_event(titles):
    assert label(_event(titles, GUN_LEDES)) == "Ohio gun law"


def test_a_headline_that_names_a_person_of_the_ledes_reports():
    group = [article("h1", "Review", "Appeals court gets it right on Ohio gun law", [GUN_LEDES[0]]),
             article("h2", "Post", "Ohio's reckless gun law is pure cowardice", [GUN_LEDES[1]]),
             article("h3", "Wire", "Yost vows to defend permitless carry in court",
                     ["Attorney General Dave Yost said on Monday he would defend the law in court."])]
    assert label(group).startswith("Yost vows to defend permitless carry")


DEBT = ["The debt ceiling must be raised by October, the Treasury said, or Republican votes will be needed.",
        "Republicans said their votes would not raise the debt ceiling.",
        "Without Republican votes, Democrats cannot raise the debt ceiling in time."]
ROADS = ["The bill also funds new roads in three states.", "Road builders welcomed the funds for new roads."]


def test_two_words_a_short_label_of_common_words_shares_with_the_claims_are_left_to_the_topics():
    topics = [[claim_from_text(t) for t in DEBT], [claim_from_text(t) for t in ROADS]]
    for event in ("Debt ceiling, 6 Oct 2021", "Looming debt ceiling, 6 Oct 2021"):
        assert name_topics(topics, event)[0] == "debt ceiling", event
    # a who–what label's words are the event's, never a topic's ("Treasury" is a name the claims write)
    assert name_topics(topics, "Treasury debt, 6 Oct 2021")[0] == "Republican votes"


SEA_LEDES = ["The United Nations World Meteorological Organization is the keeper of the record on the oceans, "
             "issuing a careful report on sea levels every two years.",
             "The World Meteorological Organization has issued its latest report on sea levels, and the media are "
             "exaggerating it.",
             "A majority of Americans now worry about rising seas."]


@pytest.mark.parametrize("titles", [
    ("Sea level doubters lose their last good argument", "Rising seas bring a flood of alarm",
     "To unite Americans on the oceans, the US should look to the Dutch"),
    ("Sea level skeptics run out of excuses", "The ocean panic brings more heat than light",
     "Americans should learn from the Dutch on rising seas"),
])
def test_a_body_named_within_a_longer_name_and_its_report_name_an_argued_event(titles):
    # the body is named in two ledes of three, once within a longer name; "report" is an account, and an occasion
    assert label(_event(titles, SEA_LEDES)) == "World Meteorological Organization report"
