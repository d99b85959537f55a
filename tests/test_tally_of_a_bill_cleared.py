"""A bill that "cleared" a chamber was voted on (frames.toml [voting]): its tally, in figures or "N in favour and M
against", is that vote's, and conflicts with another tally of the same vote (h23a)."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Ghana's parliament approved the mining royalties bill by 141 votes to 98 on Tuesday.",
     "The mining royalties bill cleared Ghana's parliament on Tuesday with 150 members in favour and 89 against."),
    ("The rent control measure cleared the city council 9-4 on Monday night, officials said.",
     "On Monday night the city council passed the rent control measure by a vote of 7 to 6, officials said."),
])
def test_tallies_of_a_cleared_bill_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures", result.reason


@pytest.mark.parametrize("a, b", [
    # cleared of a charge, no vote; two votes on two bills
    ("The mayor was cleared of wrongdoing on Monday, an ethics panel said.",
     "An ethics panel said on Monday that 12 complaints against the mayor had been dismissed."),
    ("The Senate cleared the housing bill 61-38 on Tuesday.",
     "The Senate cleared the transport bill 55-44 on Tuesday."),
])
def test_no_tally_or_two_votes_stay_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
