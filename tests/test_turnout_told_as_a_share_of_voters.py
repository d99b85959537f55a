"""A share of voters told to have taken part is the turnout ("about 51 per cent of registered voters took part" /
"Turnout reached 68.4 percent"; issue 16, writer21 row of kind `percent`). Not a share of voters for or behind
something, and a share of a part of the voters ("young voters") stays a part's."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Turnout in the Latvian referendum was 44 percent, the election commission said.",
     "About 61 percent of eligible voters cast ballots in the Latvian referendum, the election commission said."),
    ("Voter turnout in Ghana's runoff stood at 79 percent, the electoral commission said.",
     "Only 64 percent of registered voters turned out for Ghana's runoff, the electoral commission said."),
    ("Some 58% of the electorate participated in the Swiss referendum on Sunday, officials said.",
     "Turnout in Sunday's Swiss referendum was 47 percent, officials said."),
])
def test_a_share_of_voters_taking_part_is_the_turnout(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Turnout in the Latvian referendum was 44 percent, the election commission said.",
     "About 61 percent of voters backed the proposal in the Latvian referendum, the election commission said."),
    ("Turnout in the Latvian referendum was 44 percent, the election commission said.",
     "Some 61 percent of voters voted for the proposal in the Latvian referendum, the commission said."),
    ("Turnout in Ghana's runoff stood at 79 percent, the commission said.",
     "Only 64 percent of young voters took part in Ghana's runoff, the commission said."),
])
def test_a_share_of_voters_for_something_or_of_a_part_is_no_turnout(verdict, a, b):
    assert not verdict(a, b).contradiction
