"""A count told of those in a condition ("with four people in a serious condition") is a part of the count of the
hurt, not that count told two ways (issue 16, the twenty-sixth stop: a false contradiction on a toll update). Two
counts of those in one condition still conflict."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text", [
    "The number hurt had risen to 31 by the evening, police said, with four people in a serious condition.",
    "Four people were in critical condition, police said.",
    "Nine were injured, three of them in a life-threatening condition.",
])
def test_a_count_in_a_condition_is_a_part(text):
    parts = [m for m in frame_of(claim_from_text(text)).measures if m.part == "part"]
    assert len(parts) == 1


def test_a_count_of_the_hurt_is_no_part():
    assert not [m for m in frame_of(claim_from_text("Four people were hurt in the crash.")).measures if m.part]


@pytest.mark.parametrize("a, b", [
    ("At least 12 people were injured when a footbridge collapsed in Bristol on Sunday, police said.",
     "The number hurt in Sunday's footbridge collapse in Bristol had risen to 27, police said, with five people in a "
     "serious condition."),
    ("Eight people were hurt when a bus overturned near Cork on Monday, police said.",
     "Police said two people were in critical condition after a bus overturned near Cork on Monday."),
])
def test_those_in_a_condition_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_two_counts_in_one_condition_conflict(verdict):
    found = verdict("Police said two people were in critical condition after a bus overturned near Cork on Monday.",
                    "Five people were in critical condition after the bus overturned near Cork on Monday, police said.")
    assert found.contradiction
