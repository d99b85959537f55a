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
