"""A ship that "ran aground", "went aground" or "was grounded" tells one act (frames.toml [synonyms]; writer17 rows of
kind `weekday`): on two days, told in a main clause or in a clause of what followed, a contradiction; another ship
is no conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The cargo ship ran aground near Dover on Tuesday, the coastguard said.",
     "The coastguard said the cargo ship went aground near Dover on Friday."),
    ("The ferry ran aground off Cyprus on Monday night, officials said.",
     "Officials said fuel began leaking into the sea after the ferry went aground off Cyprus on Thursday night."),
])
def test_one_ship_aground_on_two_days_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates"


@pytest.mark.parametrize("a, b", [
    ("The ferry was grounded off Cyprus on Monday.", "The ferry ran aground off Cyprus on Monday, officials said."),
    ("The tanker ran aground off Brittany on Monday.", "A second tanker went aground off Brittany on Wednesday."),
])
def test_one_day_or_another_ship_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
