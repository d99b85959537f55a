"""A quarter of a year written as its ordinal or as its months ("the third quarter" / "the July-to-September
quarter"; issue 16, writer20 row of kind `percent`): one period, where the months were read as the first month alone,
so the two figures were of two periods and matched nowhere. Two quarters are still two periods."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The jobless rate in Greece fell to 9.8 percent in the first quarter, Elstat said.",
     "Greek unemployment dropped to 11.2% in the January-March quarter, according to Elstat."),
    ("Unemployment in Chile rose to 8.9 percent in the fourth quarter, the statistics institute said.",
     "Chile's jobless rate climbed to 7.7% in the October-to-December quarter, official data showed."),
])
def test_one_quarter_told_two_ways_is_one_period(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Unemployment in Chile rose to 8.9 percent in the fourth quarter, the statistics institute said.",
     "Chile's jobless rate climbed to 7.7% in the July-to-September quarter, official data showed."),
    ("Unemployment in Chile rose to 8.9 percent in the third quarter, the statistics institute said.",
     "Chile's jobless rate climbed to 7.7% in the second quarter, official data showed."),
])
def test_two_quarters_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, quarter", [
    ("the third quarter", "Q3"), ("the july-to-september quarter", "Q3"), ("the january-march quarter", "Q1"),
    ("the first quarter of 2024", "Q1 2024"), ("last quarter", ""), ("the third week", ""),
])
def test_a_quarter_is_read_however_written(text, quarter):
    from crosscheck.periods import _quarter

    assert _quarter(text) == quarter
