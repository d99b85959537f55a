"""Two claims that place one act after a happening told by other verbs of one common noun ("after being stranded by a
storm" / "after a storm trapped them"; writer17 row of kind `spelled-number`, a `same` pair flagged before) tell one
earlier happening: no order conflict. Opposite verbs ("after winning the final" / "after losing the final") or other
happenings still conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Seven climbers were rescued from Mont Blanc on Thursday after being stranded by a storm.",
     "Rescuers brought 7 stranded climbers down from Mont Blanc on Thursday after a storm trapped them."),
    ("The village was evacuated on Monday after the river burst its banks.",
     "After floodwater from the river swamped the village, it was evacuated on Monday."),
])
def test_one_earlier_happening_in_other_verbs_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The team celebrated after winning the final on Sunday.", "The team celebrated after losing the final on Sunday."),
    ("The senator resigned on Friday after the vote on the budget.",
     "The senator resigned on Friday after a scandal over his expenses."),
])
def test_opposite_or_other_earlier_happenings_still_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
