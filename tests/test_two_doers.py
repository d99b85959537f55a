"""Two named doers that cannot be one, each acting on its own day or with its own tally, are two acts (issue 16;
pairs/ README: "two different votes" are apart): "The House passed the farm bill on Wednesday" / "The Senate
approved it on Thursday" is no date conflict. One doer's act told with two dates or tallies still conflicts."""
import pytest


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
