"""Issue 16: shares of a percentage point are one scale, whether written in basis points ("25 basis points"),
in decimals ("0.25 percentage point") or in words ("a quarter of a percentage point", "half a point", "a
quarter-point cut"); two such figures that cannot both hold are a conflict, equal ones are not (real parse)."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


def _points(text: str) -> list[float]:
    return [round(m.value, 4) for m in frame_of(claim_from_text(text)).measures if m.unit == "points"]


@pytest.mark.parametrize("text, points", [
    ("The central bank cut its key rate by 25 basis points on Thursday.", [0.25]),
    ("The central bank cut its key rate by half a percentage point on Thursday.", [0.5]),
    ("The decision, which took its rate down a quarter of a percentage point to 4.5%, was unanimous.", [0.25]),
    ("The Fed delivered a quarter-point cut on Wednesday.", [0.25]),
    ("Turnout rose three-quarters of a point.", [0.75]),
])
def test_a_share_of_a_point_is_read_in_points(text, points):
    assert _points(text) == points


def test_a_share_of_a_whole_stays_a_share():
    (share,) = frame_of(claim_from_text("A quarter of the voters stayed home.")).measures
    assert (share.unit, share.value) == ("%", 25.0)


@pytest.mark.parametrize("a, b", [
    ("The central bank cut its key rate by 25 basis points on Thursday.",
     "The central bank cut its key rate by half a percentage point on Thursday."),
    # the passive, its doer's "by" before the figure's
    ("The Fed raised interest rates by 50 basis points, the biggest increase in two decades.",
     "Interest rates were raised by the Fed by three-quarters of a percentage point, the biggest increase in two "
     "decades."),
    # the figure in a relative clause, against one in a clause put last
    ("The central bank, which raised its key rate by 75 basis points in July, said it would pause.",
     "The central bank said it would pause after it raised its key rate by half a percentage point in July."),
    ("Unemployment fell by a quarter of a point to 4.1 percent in May, the Labor Department said.",
     "The Labor Department said unemployment fell 0.1 percentage point to 4.1 percent in May."),
])
def test_shares_of_a_point_that_cannot_both_hold_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The central bank cut its key rate by 25 basis points on Thursday.",
     "The central bank cut its key rate by a quarter of a percentage point on Thursday."),
    ("The central bank cut its key rate by 25 basis points on Thursday.",
     "The central bank cut its key rate by 0.25 percentage point on Thursday."),
    ("Rates were cut by the central bank by half a percentage point, its first cut since 2020.",
     "The central bank cut rates by 50 basis points, its first cut since 2020."),
])
def test_one_share_of_a_point_written_two_ways_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction
