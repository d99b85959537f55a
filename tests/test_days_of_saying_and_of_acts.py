"""Whose day a day is (issue 16, the twenty-seventh stop). "The company said on Wednesday it had completed the
takeover" dates the saying, though the parser hangs the day on "completed" when no "that" opens the reported clause;
and two acts told as one fact but dated on two days at one granularity are never an agreement (judge._days_unmatched).
"""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The company said on Wednesday it had completed the takeover of its rival.",
     "The company completed the takeover of its rival on Monday, it said on Wednesday."),
    ("The ministry said on Friday the bridge had reopened.",
     "The bridge reopened on Tuesday, the ministry said."),
    ("The club announced on Thursday its new stadium had passed the safety inspection.",
     "The new stadium passed its safety inspection on Monday, the club announced."),
])
def test_the_day_of_the_saying_is_not_the_act_s(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Police said on Friday the suspect had been charged with murder on Thursday.",
     "The suspect was charged with murder on Wednesday, police said."),
    ("The company said it had on Wednesday completed the takeover of its rival.",
     "The company completed the takeover of its rival on Monday, it said."),
])
def test_the_act_s_own_day_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Rescuers on Tuesday found a climber who had gone missing on Saturday.",
     "Police said the climber, missing since Saturday, was found by rescuers on Monday."),
])
def test_acts_dated_apart_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"
