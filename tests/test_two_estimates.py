"""Two figures each put or estimated by its own source ("The auditor estimated the cost at 85 million euros" / "The
mayor put the cost at about 120 million euros"; frames.toml [valuing]; writer17 rows of kind `estimate-source`, a
`differ` pair flagged before) are two estimates: no contradiction. One source's two figures, or figures told as fact,
still conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The city's auditor estimated the cost of cleaning up after the storm at 85 million euros.",
     "The mayor put the cost of the storm clean-up at about 120 million euros."),
    ("Officials estimated the damage at $2 billion on Monday.", "Insurers put the damage at $5 billion on Monday."),
])
def test_two_sources_estimates_are_no_contradiction(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The auditor estimated the cost of the clean-up at 85 million euros.",
     "The auditor put the cost of the clean-up at 120 million euros."),
    ("The ministry said the clean-up cost 85 million euros.", "The clean-up cost 120 million euros, the ministry said."),
])
def test_one_sources_figures_or_figures_told_as_fact_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


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
