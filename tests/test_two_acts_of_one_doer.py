"""A forecast and an outcome of one doer, each with its own figure (issue 16, the twenty-sixth stop): where each
figure is in the object of its claim's main verb, one verb a forecast's and the other not ("forecast sales of 2
million" / "reported sales of 1.6 million"), the doer named in both does not tie the figures to one variable. With the
conflicts that must stay: one act told by a verb and its synonym ("collected" / "gathered")."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("In March the carmaker forecast sales of 2 million vehicles for the year.",
     "The carmaker reported sales of 1.6 million vehicles for the year on Tuesday."),
    ("In January the airline forecast a full-year profit of 500 million euros.",
     "The airline reported a full-year profit of 410 million euros on Thursday, as fuel costs rose."),
])
def test_a_forecast_and_an_outcome_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The charity collected 300 tonnes of food last winter, its director said.",
     "Its director said the charity gathered 180 tonnes of food last winter."),
    ("The airline reported a full-year profit of 500 million euros on Thursday.",
     "On Thursday the airline posted a full-year profit of 410 million euros."),
])
def test_one_act_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
