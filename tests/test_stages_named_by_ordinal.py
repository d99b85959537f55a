"""A contest's stage named by its ordinal ("the second round of the vote") is that stage, not "another one" brought in
("a second round of talks"): its date conflicts with the date another claim gives the same stage ("the runoff"), and
two stages ("the first round" / "the second round") stay two (h23a)."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Ecuador's presidential runoff will be held on April 13, the electoral council announced on Monday.",
     "The electoral council announced on Monday that the second round of Ecuador's presidential vote would take "
     "place on March 30."),
    ("The second round of Ghana's presidential election is scheduled for December 28, the commission said.",
     "Ghana's presidential run-off will be held on January 4, according to the commission."),
])
def test_one_stage_two_dates_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates", result.reason


@pytest.mark.parametrize("a, b", [
    ("The first round of Peru's presidential election will take place on April 11, the electoral board said.",
     "The electoral board said the second round of Peru's presidential election would be held on June 6."),
    ("A second round of talks between the unions and the ministry will be held on Friday, officials said.",
     "Talks between the unions and the ministry were held on Tuesday, officials said."),
])
def test_two_stages_or_another_round_stay_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
