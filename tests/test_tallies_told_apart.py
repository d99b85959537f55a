"""Vote tallies (issue 16, writer17 rows of kind `vote-tally`): a tally written as "88 voting in favour and 62
against" is read as one tally, a confirmation and an approval are one decision, and two tallies of votes on things of
their own ("the farm bill" / "the defence bill"; "Ann Lee" / "Tom Ford") are two votes, no conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The council approved the budget by 30 votes to 12 on Monday.",
     "On Monday the council passed the budget, with 30 in favour and 21 against."),
    ("Lawmakers passed the housing bill by 81 votes to 69 late on Wednesday.",
     "Late on Wednesday the housing bill was approved, with 88 lawmakers voting in favour and 62 against."),
    ("The Senate confirmed Judge Ann Lee to the appeals court 52-48 on Tuesday.",
     "Ann Lee's nomination to the appeals court was approved by the Senate in a 55-45 vote on Tuesday."),
    ("Lawmakers voted 61-39 to confirm Ann Lee on Tuesday.", "The Senate confirmed Ann Lee by 58 votes to 42 on Tuesday."),
])
def test_tallies_of_one_vote_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "tally" in result.reason


@pytest.mark.parametrize("a, b", [
    ("The council approved the budget by 30 votes to 12 on Monday.",
     "On Monday the council passed the budget, 30 voting for and 12 against."),
    ("The council approved the budget with 30 votes for and 12 against.", "The budget was approved by the council 30-12."),
    # two votes of one day, on things of their own
    ("The Senate passed the farm bill 52-48 on Tuesday.", "The Senate approved the defence bill 55-45 on Tuesday."),
    ("The Senate approved Judge Ann Lee's nomination 52-48 on Tuesday.",
     "On Tuesday the Senate approved the nomination of Tom Ford 55-45."),
    ("The Senate confirmed Judge Ann Lee to the appeals court 52-48 on Tuesday.",
     "The Senate approved the defence bill 55-45 on Tuesday."),
])
def test_one_tally_or_two_votes_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two bodies' votes on one bill, each on its own day (writer17 kind `two-votes`; more in
    # test_two_bodies_acts_are_two_happenings)
    ("The Senate approved the budget on Monday by 30 votes to 9.",
     "On Tuesday the budget was passed by the National Assembly, 61-18."),
])
def test_two_bodies_votes_on_two_days_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The House passed the farm bill on Wednesday.", "The House approved the farm bill on Thursday."),
    ("Police arrested the two brothers in Lyon on Monday.", "The brothers were arrested by police in Lyon on Tuesday."),
    # people named apart may be one ("Xi" / "the Chinese leader"): only bodies are two doers
    ("Xi met Biden on Monday.", "The Chinese leader met Biden on Tuesday."),
])
def test_one_doers_act_on_two_days_still_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates"


@pytest.mark.parametrize("a, b", [
    ("The House of Representatives passed the farm bill by 290 votes to 137 on Wednesday.",
     "The Senate approved the farm bill 66-33 on Thursday."),
    ("The farm bill was passed by the House of Representatives on Wednesday.",
     "The farm bill was approved by the Senate on Thursday."),
    ("The House of Representatives passed the farm bill on Wednesday, its speaker said.",
     "According to its leader, the Senate approved the farm bill on Thursday."),
    ("The Senate passed the farm bill 66-33 on Thursday.",
     "The farm bill was approved by the House 290-137 on Thursday."),
    # the other chamber named elsewhere in the claim; two chambers sharing a word ("state")
    ("The Chamber of Deputies passed the fishing quota bill by 212 votes to 148 on Thursday, sending it to the Senate.",
     "The fishing quota bill was approved by the Senate 41 to 37 on Tuesday, clearing the way for it to become law."),
    pytest.param("The state Assembly passed the rent bill on Wednesday, its speaker said.",
                 "The rent bill was passed by the state Senate on Thursday, its majority leader said.",
                 marks=pytest.mark.xfail(strict=True, reason="a date conflict read from the clauses "
                                         "(judge._clause_conflicts) does not ask whether the doers are two bodies")),
])
def test_two_bodies_acts_are_two_happenings(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "apart" and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("The House passed the farm bill on Wednesday.", "The House passed the farm bill on Thursday, 290-137."),
    ("The House passed the farm bill on Wednesday.",
     "The House of Representatives passed the farm bill on Thursday, 290-137."),
    ("Police arrested the two brothers in Lyon on Sunday.",
     "The two brothers were arrested in Lyon on Monday, police said."),
])
def test_one_doers_act_told_with_two_dates_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
