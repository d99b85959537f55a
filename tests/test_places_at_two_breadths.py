"""One happening's scope told at two breadths (issue 16, writer25 row of kind `broader-narrower`): "flu cases at four
schools in Lyon" / "flu cases at schools across France" is a difference, never one fact agreed
(unmatched.places_at_two_breadths: a whole place told with "across", "throughout", "all over", and a place inside it
the other claim never names). One breadth told alike stays agreement."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The education ministry said on Monday that flu outbreaks had been reported at four schools in Lyon.",
     "Flu outbreaks have been reported at schools across France, the education ministry said on Monday."),
    ("Power was cut to thousands of homes in Houston on Tuesday as storms swept through, the utility said.",
     "Storms cut power to thousands of homes throughout Texas on Tuesday, the utility said."),
    ("Bird flu has been detected on two poultry farms near Munich, the agriculture ministry said.",
     "The agriculture ministry said bird flu had been detected on poultry farms all over Germany."),
])
def test_a_whole_and_a_place_inside_it_differ(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("Flu outbreaks have been reported at schools across France, the education ministry said on Monday.",
     "The education ministry said on Monday that flu outbreaks had been reported at schools throughout France."),
])
def test_one_breadth_told_alike_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("More than 300 burglaries were reported across Italy over the holiday weekend, police data showed.",
     "In Milan, at least 19 homes were burgled over the holiday weekend, police said."),
    ("Police data showed at least 520 road accidents throughout Spain during the Easter break.",
     "At least 31 road accidents were recorded in Valencia during the Easter break, police data showed."),
])
def test_a_whole_places_count_and_a_parts_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "apart" and not result.contradiction, result.reason
