"""A toll told at two times (issue 16, h23b; `compare/updates.py`): one report's count of a happening's dead and
another's toll risen since to a higher level, the later report adding details of its own, are compared however far
apart the wording (`findings._toll_pairs`) and judged a difference, never a contradiction nor an agreement. Beside
them, pairs that must not be tied so: two tolls of one day, a toll lower than the count, the injured against the
dead, two happenings of one place, a nation's toll against a district's dead."""
import pytest


@pytest.mark.parametrize("a, b", [
    # the dead counted by a verb, the toll by the happening's noun, the attribution first
    ("Nine people died after a ferry capsized on Lake Volta on Saturday, police said.",
     "Rescuers said the death toll from Saturday's ferry capsizing on Lake Volta had climbed to 23 as divers "
     "recovered more bodies."),
    # the toll first, a counted noun other than people, a "when" clause
    ("The toll from the mine collapse in Zonguldak reached 41 on Friday, the energy minister said, as rescuers "
     "pulled more miners from the shaft.",
     "At least 18 miners were killed when part of the coal mine collapsed in Zonguldak, officials said on Wednesday."),
    # the attribution opening the count, "according to" closing the toll
    ("Officials in Cusco said at least seven people died when a bus plunged off a mountain road.",
     "By Thursday the death toll from the Cusco bus crash had risen to 15, according to regional police."),
    # an active verb of the dead, a passive-free toll with a tail of its own
    ("The avalanche near Zermatt killed four climbers on Sunday, the cantonal police said.",
     "The death toll from Sunday's avalanche near Zermatt has reached nine, with two people still unaccounted for, "
     "rescue services said."),
])
def test_a_count_of_the_dead_against_a_toll_risen_since_is_a_difference(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.relation == "differ" and not result.contradiction
    assert "toll told at two times" in result.reason


@pytest.mark.parametrize("a, b", [
    # two tolls of one day: one fact told two ways, for the slot rules
    ("The death toll from the ferry fire off Mindanao stood at 14 on Sunday, the coastguard said.",
     "The coastguard said on Sunday that the toll from the ferry blaze off Mindanao had reached 22."),
    # the injured, not the dead
    ("At least 20 people were injured when a landslide hit a village in Kerala overnight, officials said.",
     "The death toll from the Kerala landslide has risen to 31, the state disaster agency said."),
    # a toll lower than the dead counted: no toll that grew
    ("At least 50 people were killed when a landslide buried houses in Kerala, officials said.",
     "The death toll from the Kerala landslide has risen to 31, the state disaster agency said."),
    # two happenings of one place
    ("Twelve people were killed when a bus crashed near Kandy on Monday, police said.",
     "The death toll from the Kandy floods rose to 40 on Tuesday, the disaster centre said."),
    # a nation's toll against a district's dead
    ("The nationwide death toll from the monsoon floods in Bangladesh rose to 210, the relief ministry said.",
     "Floods in Bangladesh's Sylhet district have killed 48 people, local officials said."),
    # a city's dead against a state's toll: no place named in both
    ("Floods in the city of Recife have killed 11 people since Monday, the mayor said.",
     "The death toll from flooding across the state of Pernambuco has risen to 56, the governor said."),
])
def test_pairs_that_are_no_toll_told_later_are_not_tied_so(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or "toll told at two times" not in result.reason
