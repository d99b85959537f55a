"""The gazetteer: a place named with its state or country ("Paris, Texas") is read where that context puts it."""
from crosscheck.config import Settings
from crosscheck.gazetteer import disjoint, locate, nested


def test_context_after_a_comma_picks_the_city_it_names():
    assert locate("Paris", Settings.place_prominence).country == "FR"
    assert (locate("Paris, Texas", Settings.place_prominence).country,
            locate("Paris, Texas", Settings.place_prominence).region) == ("US", "TX")
    assert locate("Springfield", Settings.place_prominence) is None  # many, none far larger
    assert locate("Springfield, Illinois", Settings.place_prominence).region == "IL"


def test_places_with_context_compare():
    assert disjoint("Paris, Texas", "Paris, France", 50.0, Settings.place_prominence)
    assert nested("Brooklyn, New York", "United States", Settings.place_prominence)
