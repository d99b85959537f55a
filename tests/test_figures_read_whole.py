"""No false contradiction from a figure read in part (issue 16, the twenty-sixth stop): a sum hyphenated before its
currency ("the roughly 49-million-euro jackpot") is money, not a count of euros; a lone number that a number both
claims write adds up to ("430 men and 70 women" / "500 inmates, 70 of them women") is a whole told by its parts; a
figure told of a whole ("leads the overall standings by 48 seconds") is not one told of a part ("won the stage by 12
seconds"). And the conflicts that must stay."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text, unit, value", [
    ("A single ticket scooped the roughly 49-million-euro jackpot.", "EUR", 49e6),
    ("The council approved a 3-million-pound budget.", "GBP", 3e6),
    ("A 3-billion-dollar bridge will link the two islands.", "USD", 3e9),
])
def test_a_hyphenated_sum_is_money(text, unit, value):
    money = [m for m in frame_of(claim_from_text(text)).measures if m.unit == unit]
    assert [m.value for m in money] == [value]


@pytest.mark.parametrize("a, b", [
    ("The lottery prize of 12.8 million euros was won by one ticket sold in Seville, the operator said.",
     "One ticket bought in Seville scooped the roughly 13-million-euro prize, according to the operator."),
    ("The school has 120 boys and 80 girls, the headteacher said.",
     "The headteacher said the school has 200 pupils, 80 of them girls."),
])
def test_one_figure_told_two_ways_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("The ferry carried 210 adults and 35 children when it ran aground, the coastguard said.",
     "The coastguard said 245 passengers, 35 of them children, were on board the ferry when it ran aground."),
    ("Eva Lind won the second stage of the Tour of Flanders by 8 seconds on Tuesday.",
     "After Tuesday's second stage, Lind leads the overall standings of the Tour of Flanders by 31 seconds, "
     "officials said."),
    ("The team scored 14 points in the second half on Sunday, the club said.",
     "The team scored 40 points in total on Sunday, the club said."),
])
def test_parts_and_wholes_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The ferry carried 210 adults and 35 children when it ran aground, the coastguard said.",
     "The coastguard said 300 passengers, 35 of them children, were on board the ferry when it ran aground."),
    ("Eva Lind won the second stage of the Tour of Flanders by 8 seconds on Tuesday.",
     "Eva Lind took Tuesday's second stage of the Tour of Flanders by 31 seconds, officials said."),
])
def test_parts_that_do_not_add_up_still_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
