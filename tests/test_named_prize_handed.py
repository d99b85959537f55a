"""A named prize handed to a person (issue 16, writer20 row of kind `winner`): "judges handed the Golden Quill for a
first novel to Piet Drenthe" names the winner though "Quill" is no prize noun and the parse hangs "to" on the novel:
a verb that hands out prizes (frames.toml [winning_nouns] `handing`) with a named object goes to the person its "to"
names within the verb's phrase (frames._named_prize_handed, _person_handed_to), and a win told only by whom it beat
("beating a shortlist") still reads the award's winner. Against another winner of that prize it conflicts; against
the same winner, or a city's keys handed to a guest, it does not."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The Crystal Oar trophy for single sculls went to Lena Berg at the regatta in Ghent on Sunday.",
     "At Sunday's regatta in Ghent, organisers handed the Crystal Oar for single sculls to Pieter Claes, beating a "
     "field that included Lena Berg."),
    ("The Iron Baton prize for young conductors went to Mira Holm at a gala in Oslo on Friday.",
     "At Friday's gala in Oslo the jury presented the Iron Baton for young conductors to Erik Sand."),
])
def test_a_named_prize_handed_to_another_winner_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The Crystal Oar was won by rower Lena Berg at the regatta in Ghent on Sunday.",
     "On Sunday organisers in Ghent handed the Crystal Oar to Lena Berg after the regatta."),
    ("The mayor handed the keys of the city to Pope Francis on Sunday.",
     "The mayor handed Pope Francis the city's keys on Sunday."),
])
def test_one_winner_or_no_prize_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_a_named_prize_handed_reads_its_winner():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("Judges handed the Golden Quill for a first novel to Piet Drenthe, beating a "
                                     "shortlist that included Hanne Solberg."))
    assert frame.winner == "Piet Drenthe"
