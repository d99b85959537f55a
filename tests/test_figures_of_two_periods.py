"""Figures of one series for two months (issue 16, writer20 row of kind `now-vs-earlier`): "exports rose 7 percent
in March" / "In February, exports grew 2 percent" are two periods' figures, each month the period its figure measures,
not one happening dated twice; the verbs may be synonyms ("rose" / "grew"). One happening told with one value and two
months still conflicts on its date."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Japan's industrial output rose 3.1 percent in May, the ministry said.",
     "In April, Japanese industrial production grew 0.8 percent, according to the ministry."),
    ("German retail sales fell 1.2% in January, official data showed.",
     "Retail sales in Germany dropped 0.4% in December, the statistics office said."),
    ("Inflation in Brazil slowed to 4.2 percent in June.", "Brazil's inflation rate eased to 4.8 percent in May."),
    ("The airline carried 3.2 million passengers in July, up 8 percent.",
     "In August the airline flew 3.5 million passengers."),
])
def test_figures_of_two_months_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_one_happening_told_with_one_value_and_two_months_conflicts(verdict):
    result = verdict("The storm killed 12 people in the village in March, officials said.",
                     "The storm killed 12 people in the village in February, officials said.")
    assert result.contradiction and "date" in result.reason
