"""A level told for one month against a level told for the window up to now (issue 16, writer25 row of kind
`monthly-vs-annual`): "reached 4 million riders in May" / "carried 45 million riders over the past twelve months" are
two periods' figures (periods.window_to_now reads "the past twelve months", "the last 30 days" as the figure's period,
not a figure of its own), not one statement told twice. The same window told in other words ("the past year" / "the
last twelve months") is one period, and a figure told twice for it still conflicts."""
import pytest

from crosscheck.claims import claim_from_text


@pytest.mark.parametrize("a, b", [
    ("Ridership on Oslo's tram network hit 4 million in May, the city transport agency said.",
     "The city transport agency said Oslo's trams carried 45 million riders over the past twelve months."),
    ("The ferry line carried 310,000 passengers in July, its owner said.",
     "Over the last 12 months the ferry line has carried 2.9 million passengers, its owner said."),
    ("Visitors to the national gallery numbered 95,000 in March, the museum said.",
     "The museum said the national gallery drew 1.1 million visitors in the past year."),
    ("Sales of the app reached 40,000 downloads in the week to Sunday, the developer said.",
     "The developer said the app was downloaded 600,000 times during the last 30 days."),
])
def test_a_month_and_a_year_to_now_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, period", [
    ("The metro carried 124 million passengers over the past twelve months.", "past 12 month"),
    ("The metro carried 124 million passengers in the last year.", "past 12 month"),
    ("The site had 3 million visitors during the previous 30 days.", "past 30 day"),
])
def test_a_window_to_now_is_the_figures_period(text, period):
    from crosscheck.frames import frame_of
    measures = frame_of(claim_from_text(text)).measures
    assert [m.period for m in measures] == [period]


def test_one_window_told_in_other_words_still_conflicts(verdict):
    result = verdict("The operator said the metro carried 124 million passengers over the past twelve months.",
                     "The operator said the metro carried 142 million passengers in the last year.")
    assert result.contradiction


def test_a_short_window_to_now_may_hold_the_named_month(verdict):
    # "over the past two months" may be the round "that began in March": one count told twice, still a conflict
    result = verdict("The utility hired 35 linemen for the grid upgrade in a recruitment drive that began in April, "
                     "a company statement said.",
                     "The utility, where 51 linemen were hired for the grid upgrade over the past two months, said "
                     "the work would finish in the autumn.")
    assert result.contradiction, result.reason
