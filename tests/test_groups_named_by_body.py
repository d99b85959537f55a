"""A group told by the body it belongs to, in two forms ("Shareholders of Alder Mining" / "Alder shareholders";
issue 16, writer17 rows of kind `outcome`): one actor, so opposite outcomes of its act conflict
(where the group's noun differs, an expected failure since the twenty-first stop's merge: see the mark). Named people against
a group that does not carry their name ("Justices Alito and Thomas" / "the justices") stay two actors."""
import pytest


_TAKEN_OUT = pytest.mark.xfail(strict=True, reason="the wider rule (a name of one role a word of the other: one group) "
                               "was taken out at the twenty-first stop's merge (on writer18, held out, it flagged one more "
                               "apart pair); the twenty-fourth stop's narrower one reads the Harlow pair, not these")


@pytest.mark.parametrize("a, b", [
    pytest.param("Members of the Teamsters union rejected the contract offer on Friday.",
                 "The contract offer was accepted on Friday by Teamsters members.", marks=_TAKEN_OUT),
    pytest.param("Employees of Boeing approved the new contract in a vote on Sunday.",
                 "Boeing workers rejected the new contract in a vote on Sunday.", marks=_TAKEN_OUT),
    ("The takeover bid, which shareholders of Harlow Foods rejected on Tuesday, was the third this year.",
     "Harlow shareholders approved the takeover bid on Tuesday."),
])
def test_one_group_of_one_body_with_opposite_outcomes_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "opposite" in result.reason


@pytest.mark.parametrize("a, b", [
    ("Justices Alito and Thomas dissented from the ruling on Monday.", "The justices agreed with the ruling on Monday."),
    ("Shareholders of Alder Mining rejected the merger on Wednesday.", "Corvus shareholders approved the merger on Wednesday."),
    ("Residents of Gaza rejected the plan on Monday.", "Israeli residents accepted the plan on Monday."),
])
def test_groups_of_other_bodies_or_named_people_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
