"""An act told by its noun under a verb of planning ("The launch of the satellite has been scheduled for April 14",
"the strike was set for Wednesday"; issue 16, writer17 rows of kind `date`) is the act the other claim tells by its
verb ("will launch the satellite on March 14"): two dates of one planned happening conflict. A plan against a done
act, or another one of the act, does not."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The union will strike on Monday, its leaders said.", "Union leaders said the strike was set for Wednesday."),
    ("The council has scheduled the vote on the budget for Tuesday.", "The council will vote on the budget on Thursday."),
    ("The company plans to launch the satellite on May 3.", "The launch of the satellite has been set for June 1."),
    ("The ministers will meet in Brussels on Monday.",
     "A meeting of the ministers has been scheduled for Thursday in Brussels."),
])
def test_a_planned_act_told_by_its_noun_conflicts_on_its_date(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates"


@pytest.mark.parametrize("a, b", [
    ("The council has scheduled the vote on the budget for Tuesday.", "The council voted on the budget on Thursday."),
    ("The launch of the rocket is scheduled for May 3.", "The company launched its last rocket on April 2."),
    ("The launch of the satellite is scheduled for May 3.", "The company will launch a second satellite on June 1."),
    ("The union will strike on Monday, its leaders said.", "Union leaders said the strike was set for Monday."),
])
def test_a_plan_against_a_done_act_or_another_one_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
