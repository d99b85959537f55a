""""A pair of" counts two (frames.toml [vague], h23a): "the pair of kayakers" is "the two kayakers" another claim
counts, a specific both state alike that ties one rescue's two days."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The coastguard said the two kayakers missing off Cape Point were found alive on Friday, clinging to their "
     "boat.", "Rescuers reached the pair of kayakers, who had been missing since the weekend, off Cape Point on "
     "Wednesday, when a helicopter crew spotted them."),
])
def test_a_pair_and_two_tie_one_rescue(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates", result.reason


@pytest.mark.parametrize("a, b", [
    ("The coastguard said two kayakers were rescued off Cape Point on Friday.",
     "A pair of kayakers set off from Cape Point on Wednesday, the coastguard said."),
    ("A pair of climbing boots worn on the first ascent sold for 4,000 euros in Chamonix on Sunday.",
     "Two climbers reached the summit of Mont Blanc on Sunday, guides in Chamonix said."),
])
def test_a_pair_of_other_acts_or_counts_stays_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
