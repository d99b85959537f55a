"""One resumption told by other verbs ("resumed operations" / "restarted" / "reopened"): one act, so two days for it
conflict (issue 16, writer24 row of kind `weekday`). Two things of one kind, each named by a place of its own ("the
Rotterdam refinery" / "the Antwerp refinery"), or a resumption against a later stoppage, stay two happenings; one day
told by two verbs agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The Rotterdam refinery restarted on Tuesday after a month-long outage, the operator said.",
     "The operator said production at the Rotterdam refinery resumed on Friday after a month-long outage."),
    ("Flights at Lyon airport resumed on Sunday after the strike, the airport said.",
     "Lyon airport reopened to flights on Wednesday after the strike, the airport said."),
    ("The Kiruna mine reopened on Monday after the flood, the company said.",
     "Operations at the Kiruna mine restarted on Saturday after the flood, the company said."),
])
def test_one_resumption_on_two_days_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The Rotterdam refinery restarted on Tuesday after a month-long outage, the operator said.",
     "The Rotterdam refinery was shut again on Friday after a fire, the operator said."),
    ("The Rotterdam refinery restarted on Tuesday after repairs.",
     "The Antwerp refinery restarted on Friday after repairs."),
])
def test_two_happenings_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_one_day_told_by_two_verbs_agrees(verdict):
    assert verdict("The Rotterdam refinery restarted on Tuesday after a month-long outage.",
                   "Production at the Rotterdam refinery resumed on Tuesday after a month-long outage, the operator "
                   "said.").relation == "agree"
