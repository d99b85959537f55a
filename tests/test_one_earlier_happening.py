"""Two claims that place one act after a happening told by other verbs of one common noun ("after being stranded by a
storm" / "after a storm trapped them"; writer17 row of kind `spelled-number`, a `same` pair flagged before) tell one
earlier happening: no order conflict. Opposite verbs ("after winning the final" / "after losing the final") or other
happenings still conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    # (the storm pair: test_one_earlier_happening_told_by_two_verbs_stays_an_agreement)
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


@pytest.mark.parametrize("a, b", [
    # one earlier happening told by two verbs, the common nouns of one holding the other's
    ("Seven climbers were rescued from Mont Blanc on Thursday after being stranded by a storm.",
     "Rescuers brought 7 stranded climbers down from Mont Blanc on Thursday after a storm trapped them."),
    ("After a blizzard stranded them for two days, nine hikers were airlifted off Ben Nevis on Sunday.",
     "Nine hikers, who had been trapped by a blizzard for two days, were airlifted off Ben Nevis on Sunday, rescuers said."),
    ("The fishermen were rescued on Monday, a week after their boat was trapped in pack ice, the coastguard said.",
     "The coastguard said the fishermen, marooned when pack ice closed around their boat, were rescued on Monday."),
])
def test_one_earlier_happening_told_by_two_verbs_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


@pytest.mark.parametrize("a, b", [
    # two causes, or two happenings sharing a noun: never an agreement
    ("The tourists were evacuated after floods stranded them in the valley.",
     "The tourists were evacuated after a landslide trapped them in the valley."),
    ("The minister resigned after the newspaper published the leaked memo.",
     "The minister resigned after the newspaper's editor was arrested."),
])
def test_two_earlier_happenings_stay_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"
