"""A claim attributed to a forecast ("will expand 3.1 percent next year, according to a forecast by the central bank")
forecasts as one hedged by a verb of forecasting does (frames.toml [forecast] `nouns`), and a source whose name shares a
prefix with a word of the other claim ("Economists" / "the economy") is still its own source: two sources' forecasts of
one variable are a difference (issue 16, writer24 row of kind `forecast-source`), never an agreement nor a
contradiction. One source's forecast told twice, or a forecast against a result, is not two sources' forecasts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Economists surveyed by Reuters expect Peru's economy to grow 2.5 percent next year.",
     "Peru's economy will expand by 3.2 percent next year, according to a forecast released by the central bank."),
    ("Analysts polled by the agency expect inflation in Kenya to ease to 5.1 percent next year.",
     "Inflation in Kenya will slow to 6.0 percent next year, according to projections published by the treasury."),
    ("The IMF expects Ghana's economy to grow 4.0 percent in 2027.",
     "Ghana's economy will grow 5.5 percent in 2027, according to the finance ministry's outlook."),
    # a forecast told by its main verb, of growth told by its noun
    ("The World Bank expects Kenya's economy to grow 4.7 percent next year.",
     "Kenya's treasury forecasts economic growth of 5.6 percent next year, citing stronger farm output."),
])
def test_two_sources_forecasts_differ(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


def test_a_forecast_against_a_result_is_no_difference_of_sources(verdict):
    result = verdict("Economists expect Peru's economy to grow 2.5 percent next year.",
                     "Peru's economy grew 3.2 percent last year, the statistics office said.")
    assert not result.reason.startswith("figures forecast apart"), result.reason
