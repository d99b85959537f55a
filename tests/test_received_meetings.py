"""A meeting told by one party receiving the other ("the president would be received by the Pope" / "the Pope will
meet the president"; issue 16, writer17 rows of kind `weekday`) is one meeting, so two days conflict; one act on two
named things ("the president of Argentina" / "the president of Brazil") is two acts, each on its own day."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The king will receive the Japanese prime minister at the palace on Tuesday.",
     "The Japanese prime minister will meet the king at the palace on Friday."),
    ("President Lula hosted the German chancellor in Brasilia on Monday.",
     "The German chancellor met Lula in Brasilia on Wednesday."),
    ("Officials said the chancellor was welcomed by the Polish president in Warsaw on Monday.",
     "The Polish president met the chancellor in Warsaw on Thursday."),
])
def test_one_party_receiving_the_other_is_the_meeting_the_other_claim_dates(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates"


@pytest.mark.parametrize("a, b", [
    ("The Pope received a letter from the president on Thursday.", "The Pope met the president on Saturday."),
    ("The Pope will meet the president of Argentina on Thursday.", "The Pope will receive the president of Brazil on Saturday."),
    ("The Pope will meet the president of Argentina on Thursday.", "The Pope will meet the president of Brazil on Saturday."),
    ("Officials said the minister visited the port of Genoa on Monday.",
     "The minister toured the port of Naples on Wednesday, officials said."),
    ("The mayor welcomed the team at city hall on Monday.", "The mayor met the team at city hall on Monday."),
])
def test_other_things_received_or_other_people_met_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
