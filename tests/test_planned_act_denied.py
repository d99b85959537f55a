"""An act planned by its noun ("An increase in fuel taxes is planned by the government") against the act denied by its
verb ("the government would not raise fuel taxes"; issue 16, writer17 rows of kind `negation-reported`): one act, on
one footing (a plan against a refusal to come), so a contradiction. The noun is the verb's or moves an amount its way
("an increase" / "raise"); another way ("a cut"), another thing, or another year is no conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The government will not raise fuel taxes this year, the minister said.",
     "The minister said a rise in fuel taxes has been planned by the government for this year."),
    ("The union said its members would not strike on Monday.",
     "A strike by the union's members has been scheduled for Monday, the union said."),
    ("The central bank will not cut interest rates this month, its governor said.",
     "Its governor said a cut in interest rates was planned by the central bank for this month."),
])
def test_an_act_planned_by_its_noun_against_the_act_denied_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "negation"


@pytest.mark.parametrize("a, b", [
    ("The government will not raise fuel taxes this year, the minister said.",
     "The minister said a cut in fuel taxes has been planned by the government for this year."),
    ("The government will not raise fuel taxes this year, the minister said.",
     "The minister said an increase in tobacco taxes has been planned by the government for this year."),
    ("The government will not raise fuel taxes this year, the minister said.",
     "The minister said an increase in fuel taxes has been planned by the government for 2027."),
    ("The government raised fuel taxes last year, the minister said.",
     "The minister said no increase in fuel taxes is planned this year."),
])
def test_another_way_thing_or_time_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
