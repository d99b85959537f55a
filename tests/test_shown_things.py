"""A feature's headline that reads a thing ("Mayor Voss's letters reveal the strain on city hall") names the event by
the act the ledes tell of the thing ("Release of Mayor Voss's letters"; issue 18, labels._act_on, headlines._inferred):
the news is what was done with it, the reading one outlet's."""
from datetime import date

import pytest

from crosscheck.labels import name_events, read_ledes
from tests.test_labels import article

DAY = date(2024, 3, 6)


def label(titles_and_ledes) -> str:
    group = [article(f"a{n}", outlet, title, [lede], published=DAY)
             for n, (outlet, title, lede) in enumerate(titles_and_ledes)]
    return name_events([group], [], [DAY], group)[0].rsplit(", ", 1)[0]


FEATURE = ("Valley Times", "Mayor Voss’s letters reveal the strain on a small city hall",
           "The letter arrived in Mayor Dana Voss's inbox on a Friday night, with a one-word subject line.")
FACT_CHECK = ("Check Desk", "No, letters to Mayor Voss don’t show a cover-up at the harbour",
              "{}")
COLUMN = ("Daily Ledger (Opinion)", "Voss letters all the more reason to audit the harbour",
          "So the mayor knew about the harbour's debts months before she told the council.")


@pytest.mark.parametrize("lede", [
    "The release of hundreds of letters to and from Eastport Mayor Dana Voss has fueled claims of a cover-up.",
    "Critics seized on the release of the letters written by Eastport Mayor Dana Voss to claim a cover-up.",
    "Hundreds of pages came out this week; the release of the letters has fueled claims of a cover-up.",
])
def test_a_feature_s_reading_of_a_thing_gives_way_to_the_act_the_ledes_tell_of_it(lede):
    fact_check = (FACT_CHECK[0], FACT_CHECK[1], lede)
    assert label([fact_check, FEATURE, COLUMN]) == "Release of Mayor Voss’s letters"


def test_people_who_reveal_a_thing_act():
    lede = read_ledes(["Senators reveal bill text and introduce the harbour bill.\n"
                       "A group of senators released the text of the harbour bill on Sunday."])[0]
    assert lede.headlines[0].text.startswith("Senators reveal bill text")


def test_a_reading_with_no_act_told_of_the_thing_names_the_thing():
    fact_check = (FACT_CHECK[0], FACT_CHECK[1], "Letters to Eastport Mayor Dana Voss have fueled claims of a cover-up.")
    assert label([fact_check, FEATURE, COLUMN]) == "Mayor Voss’s letters"
