"""Counts that an agreement cannot rest on (issue 16, writer23 rows of kinds `bounds` and `range-vs-bound`): two
bounds of counts under other nouns ("over 200 trains" / "at least 350 rail services"), none told alike by the
other, are not shown to be one figure; and a bound in the middle of a range ("between 10,000 and 20,000" / "more
than 15,000") tells another range, not the range's first end. Both are differences, never agreements; counts told
alike under other nouns ("120 flights" / "120 departures") still agree."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Over 200 trains were cancelled across the Netherlands on Monday because of the storm.",
     "At least 350 rail services were scrapped in the Netherlands on Monday as the storm hit, the operator said."),
    ("The heatwave killed more than 90 people in Andalusia last week, officials said.",
     "Officials said at least 140 residents of Andalusia died in last week's heatwave."),
    ("Between 10,000 and 20,000 people marched through Lyon on Saturday against the pension reform.",
     "More than 15,000 people marched through Lyon on Saturday in protest at the pension reform, organisers said."),
    ("An estimated 2,000 to 3,000 homes in Cork were left without power by the storm on Friday.",
     "The storm left at least 2,500 homes in Cork without electricity on Friday."),
    ("Between 20,000 and 30,000 fans watched the final in Riga on Sunday.",
     "Upwards of 25,000 fans watched Sunday's final in Riga."),
])
def test_counts_not_shown_alike_are_a_difference(verdict, a, b):
    judged = verdict(a, b)
    assert judged.relation == "differ" and not judged.contradiction


@pytest.mark.parametrize("a, b", [
    ("Twelve people were killed when the bus overturned near Cusco on Sunday.",
     "Twelve passengers died when a bus overturned near Cusco on Sunday, police said."),
    ("Police arrested 25 protesters outside parliament in Tbilisi on Thursday.",
     "Twenty-five demonstrators were detained by police outside the Tbilisi parliament on Thursday."),
    ("The airline cancelled 120 flights at Heathrow on Monday because of fog.",
     "Fog forced the airline to cancel 120 departures from Heathrow on Monday."),
    ("The company raised more than $54 million in its share sale on Tuesday.",
     "The company raised $54 million to $56 million in its share sale on Tuesday."),
    ("Between 2,000 and 3,000 homes in Galway remained without power on Sunday night.",
     "About 2,500 homes in Galway were still without electricity on Sunday night."),
])
def test_counts_told_alike_still_agree(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Some 3,000 dockworkers marched through the port of Ravenna on Monday, and police arrested 14 of them.",
     "Twenty-three demonstrators were detained during Monday's dockworkers' march through Ravenna's port."),
    ("About 400 volunteers counted 412 toads crossing the coast road at Saltmere this spring.",
     "Volunteers at Saltmere said amphibian numbers on the coast road were up this spring, with 90 helpers taking part."),
])
def test_counts_of_two_acts_are_not_read_as_one(verdict, a, b):
    assert not verdict(a, b).reason.startswith("counts of other things")
