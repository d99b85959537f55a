"""One incident told at two places (issue 16, writer24 row of kind `place`): one act (a verb or its synonym: collide /
strike / hit / run into), on things both name, one day, one source, what it befell told as known in one claim at
least ("The ferry"), and places the gazetteer puts apart ("at the port of Piraeus" / "in the harbour at Patras"):
the places conflict (unmatched._one_incident). Two days, or other things acted on, stay two incidents; one place told
in other words agrees. A place told through a part of it ("at the entrance to the port of Durban") is where the act
is (predicates._place_of_part)."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The ferry ran into a pier at the port of Piraeus on Tuesday morning, the coast guard said.",
     "On Tuesday morning a ferry hit a pier in the harbour at Patras, the coast guard said."),
    ("The freight train struck a lorry at a level crossing near Leeds on Friday, Network Rail said.",
     "A freight train hit a lorry at a crossing outside Sheffield on Friday, Network Rail said."),
    # one time of day and one source, though both bring the thing in as new
    ("Police said a jewellery shop was raided in Utrecht at about 9.30 p.m. by two men on a scooter.",
     "At about 9.30 p.m. two men on a scooter raided a jewellery shop in Maastricht, police said."),
])
def test_one_incident_at_two_places_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The tanker collided with a fishing boat off Durban on Sunday, the authority said.",
     "A cargo ship struck a pier at Richards Bay on Sunday, the authority said."),
    ("The tanker collided with a fishing boat off Durban on Sunday, the authority said.",
     "The tanker struck a fishing boat off Richards Bay on Monday, the authority said."),
    ("Police said a jewellery shop was raided in Utrecht at 9 p.m.",
     "A petrol station was raided in Amersfoort at 9 p.m., police said."),
    # another person acted on: the owner's possessive makes the spokesman his own
    ("Soldiers arrested the union leader at his home in Lyon on Friday, the union said.",
     "Soldiers arrested the union leader's deputy in Marseille on Friday, the union said."),
])
def test_two_incidents_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_one_place_in_other_words_agrees(verdict):
    assert verdict("The tanker collided with a fishing boat at the entrance to the port of Durban on Sunday.",
                   "On Sunday a tanker struck a fishing boat at the harbour mouth in Durban, the authority "
                   "said.").relation == "agree"


def test_a_place_told_through_a_part_of_it_places_the_act():
    from crosscheck.frames import _frame_of_text

    frame = _frame_of_text("The ferry sank at the entrance to the port of Piraeus.", (), (), "", "")
    assert "Piraeus" in frame.places
