"""A place named as the "of" object of a kind of place ("near the town of Ambato", "in the city of Kherson";
places.toml [kinds]) is where the act is placed: against another place of one act it conflicts, and like words with
places that match nowhere are no agreement (issue 16, writer17 rows of kind `place`)."""
import pytest


def test_a_place_named_by_its_kind_is_read():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("A magnitude 6.1 earthquake struck near the town of Ambato in central Ecuador."))
    assert "Ambato" in frame.places


@pytest.mark.parametrize("a, b", [
    ("Fighting broke out in the city of Kherson on Monday, officials said.",
     "Officials said fighting broke out in Odesa on Monday."),
    ("Officials said the summit would be held in the Swiss city of Lucerne on Friday.",
     "The summit will be held in Geneva on Friday, officials said."),
])
def test_a_place_named_by_its_kind_conflicts_with_another_place_of_one_act(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


@pytest.mark.parametrize("a, b", [
    ("A magnitude 6.1 earthquake struck near the town of Ambato in central Ecuador on Friday, the institute said.",
     "The institute said Friday's magnitude 6.1 quake was centred near Cuenca in southern Ecuador."),
])
def test_like_words_placed_apart_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Fighting broke out in the city of Kherson on Monday, officials said.",
     "Officials said fighting broke out in Kherson on Monday."),
    ("The leaders met in the capital of France on Monday.", "The leaders met in Paris on Monday."),
])
def test_one_place_named_by_its_kind_or_not_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, place", [
    ("The coast guard rescued 40 migrants off the island of Lampedusa overnight.", "Lampedusa"),
    ("The tanker ran aground off the coast of Brittany on Monday.", "Brittany"),
    ("The cargo ship sank off Cyprus on Sunday.", "Cyprus"),
])
def test_a_place_off_which_or_named_by_its_kind_is_read(text, place):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    assert place in frame_of(claim_from_text(text)).locations


@pytest.mark.parametrize("a, b", [
    ("The navy rescued 40 sailors off the coast of Somalia on Friday.", "On Friday 40 sailors were rescued off Yemen by the navy."),
])
def test_places_off_which_one_act_happened_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


@pytest.mark.parametrize("a, b", [
    ("The tanker ran aground off the coast of Brittany on Monday.", "The tanker ran aground off Brittany on Monday, officials said."),
    ("The plane took off from Madrid on Monday.", "The plane took off from Lisbon on Monday."),
    ("The storm cut power off in Miami on Monday.", "The storm cut power in Miami on Monday, officials said."),
])
def test_one_place_or_a_particle_off_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
