"""Two towns of one country, each named with that country, are two places: the country both name does not excuse
them (`unmatched._places_not_in`), and an agreement between them is never left standing (`judge._places_told_apart`).
A town against its own country, or one place named two ways, is no conflict."""
import pytest

TWO_TOWNS_OF_ONE_COUNTRY = [
    ("Flooding forced the evacuation of hundreds of homes near Bilbao in northern Spain on Sunday.",
     "Hundreds of homes were evacuated near Seville in southern Spain because of flooding on Sunday."),
    ("Police in Lyon, France, arrested 12 people on Saturday after clashes outside a stadium.",
     "After clashes outside a stadium on Saturday, police in Marseille, France, arrested 12 people."),
    ("The regional train derailed near Graz in southern Austria late on Tuesday, injuring 14 passengers.",
     "Fourteen passengers were hurt when a regional train derailed near Salzburg, Austria, on Tuesday night."),
]

ONE_PLACE = [
    ("Police in Lyon arrested 12 people on Saturday after clashes outside a stadium.",
     "French police arrested 12 people after clashes outside a stadium in France on Saturday."),
    ("A magnitude 6.0 earthquake struck near Cuenca in southern Ecuador on Friday.",
     "Friday's magnitude 6.0 earthquake in Ecuador was centred near Cuenca, the geological institute said."),
]


@pytest.mark.parametrize("a, b", TWO_TOWNS_OF_ONE_COUNTRY)
def test_two_towns_of_one_country_are_two_places(compared_together, a, b):
    found = compared_together(a, b)
    assert found is not None and found.relation == "differ" and "place" in found.reason, found


@pytest.mark.parametrize("a, b", ONE_PLACE)
def test_one_place_named_two_ways_is_no_conflict(compared_together, a, b):
    found = compared_together(a, b)
    assert found is None or not found.contradiction, found
