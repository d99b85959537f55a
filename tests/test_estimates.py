"""Two estimates of one figure by two makers (issue 16; pairs/ README: "figures from different sources for an
estimate" are a difference): each figure set by a verb of valuing (frames.toml [valuing]) by doers that cannot be
one is a difference, no conflict; one maker's two figures still conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The city's auditor estimated the cost of cleaning up after the storm in Genoa at 85 million euros.",
     "Genoa's mayor put the cost of the storm clean-up at about 120 million euros."),
    ("The cost of the clean-up was put at 85 million euros by the city's auditor.",
     "Genoa's mayor put the cost of the storm clean-up at about 120 million euros."),
    ("The insurers' association valued the damage at 1.2 billion dollars.",
     "The government estimated the damage at 3 billion dollars, a minister said."),
])
def test_two_makers_estimates_differ_without_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason
    assert "estimate" in result.reason


@pytest.mark.parametrize("a, b", [
    ("Barclays analysts put the loss at $2 billion.", "Barclays analysts put the loss at $3.5 billion."),
    ("The city's auditor put the cost of the clean-up at 85 million euros.",
     "The city's auditor put the cost of the clean-up at 120 million euros."),
])
def test_one_makers_two_estimates_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
