"""One act on one thing told with a doer described in each claim, by words of its own (issue 16, writer23 row of kind
`agent`): "a contractor's ground crew had left the door unlocked" / "the door had been left unlatched by the
airline's own ground staff". The passive's "by" is read wherever the parse hangs it (readings.passive_doers: on the
verb, on the state it left the thing in, on a place phrase), and two doers each qualified by a word the other claim
never writes are a doer slot in conflict: never an agreement, a difference that may conflict. One doer told in
either voice, or by words both write, still agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The council said a private contractor's crew had left the gas valve open at the school in Leith.",
     "The gas valve at the Leith school had been left open by the council's own maintenance staff, an inquiry found."),
    ("The leaked memo was passed to reporters by a junior press officer, the inquiry found.",
     "The inquiry found a senior legal adviser had passed the leaked memo to reporters."),
    ("A hospital porter found the missing painting in a storeroom, police said.",
     "The missing painting was found in a storeroom by a museum cleaner, police said."),
])
def test_doers_described_apart_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The ground crew had left the cargo door unlocked before the flight took off from Tromso.",
     "The cargo door had been left unlatched by the ground staff before take-off from Tromso, a report found."),
    ("Local fishermen rescued the two kayakers off Cape Agulhas on Thursday.",
     "The two kayakers were rescued off Cape Agulhas on Thursday by fishermen from a nearby village."),
    ("The city's road crews cleared the snow from the main bridge overnight.",
     "The snow on the main bridge was cleared overnight by the city's own road crews."),
])
def test_one_doer_told_in_either_voice_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("text, doers", [
    ("The door, left open by a cleaner, let the cat out.", [("leave", "a cleaner")]),
    ("The bridge was closed by police on Monday.", [("close", "police")]),
    ("Prices rose by 5 percent.", []),
    ("The plant was shut by Friday.", []),
])
def test_a_passives_by_is_read_as_its_doer(text, doers):
    from crosscheck.compare.readings import passive_doers

    assert [(verb, doer) for verb, doer, _ in passive_doers(text)] == doers
