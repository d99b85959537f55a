"""A title whose main clause is the writer's verdict (an imperative, a verdict noun for what it tells of) argues, and
an event whose every title argues is named by the act its ledes report ("Lopez signs ..."), not by one column's
argument nor by a bag of who and what."""
from datetime import date
from functools import partial

from crosscheck.labels import name_events, read_ledes
from tests.test_labels import article as labels_article

DAY = date(2024, 3, 4)
article = partial(labels_article, published=DAY)


def _headline(title):
    lede = read_ledes([f"{title}\nThe council met on Monday."])[0]
    return lede.headlines[0] if lede.headlines else None


def _acts(lede):
    return read_ledes([f"A column on the holiday.\n{lede}"])[0].acts


def test_a_title_that_tells_its_reader_what_to_think_argues():
    for title in ("Remember, the state's newspapers deliberately chose to praise Governor Lopez",
                  "Admit it, the council's stadium plan collapsed long before the vote"):
        headline = _headline(title)
        assert headline is not None and headline.opinion, title


def test_a_verdict_noun_for_what_a_title_tells_of_argues():
    for title in ("Excuses and lies won't hide the scale of the mayor's housing fiasco",  # the subject, and an owned one
                  "The stadium deal was sold to voters with the council's lies",  # passive, owned
                  "Voters can see through the governor's budget sham"):
        headline = _headline(title)
        assert headline is not None and headline.opinion, title


def test_a_charge_or_a_reported_act_does_not_argue():
    for title in ("Mayor charged with fraud over stadium deal", "Senator's fraud trial opens in Boston",
                  "Council won't revive the stadium plan, mayor says", "Governor Lopez signs holiday bill",
                  "State to begin paying teachers' bonuses this month"):
        headline = _headline(title)
        assert headline is not None and not headline.opinion, title


def test_a_lede_reports_a_named_actors_act_as_a_headline():
    assert _acts("On Thursday, Governor Maria Lopez signed into law a bill that makes Founders Day a state holiday.") \
        == (("Maria Lopez", "signs into law a bill that makes Founders Day a state holiday"),)
    # the date last, and a long object cut after a noun
    acts = _acts("Senator Paul Okafor launched a campaign accusing the state board of hiding the true cost of the "
                 "new stadium from voters on Tuesday.")
    assert acts and acts[0][0] == "Paul Okafor" and acts[0][1].startswith("launches a campaign accusing")
    assert len(acts[0][1].split()) <= 13 and not acts[0][1].endswith(("of", "the", "Tuesday"))


def test_a_passive_act_or_one_said_last_is_put_as_its_actor_s_act():
    assert _acts("A new tax on yachts was signed into law by Governor Maria Lopez on Thursday.") \
        == (("Maria Lopez", "signs a new tax on yachts into law"),)
    assert _acts("Governor Maria Lopez signed a new tax on yachts on Thursday, her office said.") \
        == (("Maria Lopez", "signs a new tax on yachts"),)


def test_a_saying_a_negation_or_a_relative_clause_is_no_reported_act():
    for lede in ("Governor Maria Lopez said the holiday would bring the state together.",
                 "Governor Maria Lopez did not sign the bill before the deadline.",
                 "The bill, which Governor Maria Lopez signed on Friday, takes effect in May.",
                 "Governor Maria Lopez set out the most ambitious plan of any governor in decades."):
        assert _acts(lede) == (), lede


def test_columns_on_a_signed_law_are_named_by_the_signing():
    group = [article("c1", "Review", "Founders Day is a chance for the state to face its past",
                     ["On Thursday, Governor Maria Lopez signed into law a bill that makes Founders Day a state "
                      "holiday."]),
             article("c2", "Guest Writer", "Founders Day: the activists are never satisfied",
                     ["Hours after Governor Maria Lopez signed the Founders Day bill, activists asked for more than a "
                      "state holiday."])]
    name = name_events([group], [], [date(2024, 3, 1)], group)[0]
    assert name.startswith("Lopez signs into law a bill that makes Founders Day a state holiday"), name


def test_a_title_that_ranks_the_act_by_a_quality_argues():
    for title in ("Governor Lopez just gave the most openly partisan speech of any governor in decades",
                  "Council passes the least honest budget in years"):
        headline = _headline(title)
        assert headline is not None and headline.opinion, title
    for title in ("Storm brings the highest tides in a century", "New law bans most fireworks in the city"):
        headline = _headline(title)
        assert headline is not None and not headline.opinion, title


def test_columns_on_a_speech_are_named_by_the_speech_and_to_whom():
    ledes = ["Governor Maria Lopez's address to the Assembly looked back on a hard year and promised new schools.",
             "In her annual address to the Assembly, Governor Maria Lopez set out the most ambitious plan in years.",
             "The address was long on promises, and Lopez's critics in the Assembly were unmoved."]
    titles = ("Big spending is back in the state capital", "Lopez just gave the most ambitious speech of any governor",
              "The governor's empty promises")
    group = [article(f"s{n}", outlet, title, [lede])
             for n, (outlet, title, lede) in enumerate(zip(("Review", "Weekly", "Guest Writer"), titles, ledes))]
    name = name_events([group], [], [date(2024, 3, 1)], group)[0]
    assert name.startswith("Lopez address to the Assembly") or name.startswith("Lopez address to Assembly"), name
