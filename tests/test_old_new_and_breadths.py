"""Figures of two things of one kind are no contradiction (issue 16, the twenty-sixth stop): the old one and the new
one ("the previous sponsorship deal" / "the new sponsorship deal"; "the former headquarters" / "the new
headquarters"), and a whole place's against a place inside it ("across Spain" / "at Madrid's Barajas airport";
"throughout Germany" / "in Munich"), whichever rule reads the figures. One thing's figures told apart still
conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The club's previous sponsorship deal with the bank was worth 2 million pounds a year.",
     "Under the new sponsorship deal signed on Monday, the bank will pay the club 3.5 million pounds a year."),
    ("The former headquarters of the company in Leeds employed 900 people.",
     "The company's new headquarters in Leeds will employ 1,400 people, it said."),
    ("Airline passenger numbers across Spain rose 6 percent in July, the airports operator said.",
     "At Madrid's Barajas airport, passenger numbers rose 11 percent in July, the operator said."),
    ("Home prices throughout Germany fell 3 percent last year, the statistics office said.",
     "In Munich, home prices fell 8 percent last year, the statistics office said."),
])
def test_two_things_of_one_kind_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The club's new sponsorship deal with the bank is worth 2 million pounds a year, the club said.",
     "Under the new sponsorship deal, the bank will pay the club 3.5 million pounds a year, the club said."),
    ("Airline passenger numbers across Spain rose 6 percent in July, the airports operator said.",
     "The operator said passenger numbers across Spain rose 11 percent in July."),
])
def test_one_things_figures_told_apart_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
