"""Figures two sources give, at least one as an estimate ("Police estimated that about 40,000 people joined" /
"Organisers said some 120,000 marchers"; "The state government put the cost at ..." / "Insurers estimate ..."; issue
16, writer20 rows of kind `estimate-source`), or two sources' forecasts ("The central bank expects the economy to
grow 2.1 percent" / "will expand by 2.6 percent, the finance ministry projected"): a difference, never a
contradiction and never apart (pairs/README). One source's two figures, or a source the other claim names too, are not
two sources."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Police estimated that around 8,000 people marched through Bilbao on Sunday against the tax plan.",
     "Union organisers said 25,000 protesters filled the streets of Bilbao on Sunday to oppose the tax plan."),
    ("The city council put the cost of the flood repairs in Ghent at 45 million euros.",
     "Engineers estimate the flood in Ghent caused some 70 million euros of damage."),
    # two sources' forecasts
    ("Kenya's central bank expects the economy to grow 5.1 percent this year, citing strong farm output.",
     "Kenya's economy will expand by 6.2 percent this year, the finance ministry projected on Monday, citing new "
     "geothermal projects."),
])
def test_two_sources_estimates_are_a_difference(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("Police said 14 people were arrested at the Bilbao march on Sunday.",
     "Police said 9 people were arrested at Sunday's march in Bilbao."),
    ("Turnout in the regional election in Tyrol reached 61 percent, according to the electoral office.",
     "The electoral office put participation in Tyrol's regional poll at 52 percent."),
])
def test_one_sources_figures_told_two_ways_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


def test_a_forecast_against_last_years_outcome_is_no_difference_of_sources(verdict):
    result = verdict("Kenya's central bank expects the economy to grow 5.1 percent this year.",
                     "Kenya's economy grew 4.8 percent last year, the treasury said on Tuesday.")
    assert not result.contradiction and not result.reason.startswith("figures forecast apart"), result.reason
