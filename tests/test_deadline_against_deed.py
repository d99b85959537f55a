"""The day a duty falls due against the day it was done (issue 16, writer25 row of kind `deadline-vs-event`): "must
shut the plant by 30 June" / "the plant was shut on 2 May" are two dates, not one happening dated twice
(compare/written.deadline_dated reads a duty, "must", "have to", "are required to", with "by" a day, as "until" was
read). A deed dated "by" a day, or two deadlines, still conflict."""
import pytest

DONE = "The environment ministry said the coal plant at Rybnik was shut down on 2 May."


@pytest.mark.parametrize("due", [
    "The owner of the Rybnik coal plant must shut it down by 30 June, the environment ministry said.",
    "The environment ministry said the coal plant at Rybnik has to be shut down by June 30.",
    "Under the ministry's order, the Rybnik coal plant's owner is required to close it by the end of June.",
    "The owner of the Rybnik coal plant was ordered to shut it down by 30 June, the environment ministry said.",
])
def test_a_deadline_and_the_deed_are_no_contradiction(verdict, due):
    assert not verdict(due, DONE).contradiction


@pytest.mark.parametrize("a, b", [
    ("The environment ministry said the coal plant at Rybnik was shut down by 30 June.", DONE),
    ("The owner of the Rybnik coal plant must shut it down by 30 June, the environment ministry said.",
     "The owner of the Rybnik coal plant must shut it down by 31 August, the environment ministry said."),
])
def test_two_deeds_or_two_deadlines_still_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
