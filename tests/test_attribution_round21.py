"""Speakers, twenty-first round (issue 17): classes of construction, each in several phrasings of my own."""
import pytest

from tests.test_attribution_round20 import voices_of


@pytest.mark.parametrize("line, speaker", [
    ("The mayor vetoed the bill on Friday, prompting outrage from unions.", "unions"),
    ("Reed, who chairs the panel, blocked the vote, drawing criticism from both parties.", "parties"),
    ("The senator skipped the hearing again, attracting complaints from voters.", "voters"),
    ("The plan was approved by the board, sparking protests from parents.", "parents"),
    ("The deal sparked anger among farmers, drawing scorn from party leaders.", "party leaders"),
])
def test_a_participle_aside_of_reaction_gives_the_act_to_whom_it_drew_the_reaction_from(line, speaker):
    assert voices_of(line) == {line: speaker}


@pytest.mark.parametrize("line, speaker", [
    ("Reed said the levy would stay, drawing scorn from farmers.", "Reed"),  # the main clause's frame comes first
    ("The storm hit the coast on Monday, drawing crowds from across the state.", "Example News"),  # no reaction
    ("Reed left the room, drawing his coat from the chair.", "Example News"),
])
def test_a_participle_aside_without_a_reaction_or_after_a_frame_leaves_the_voice(line, speaker):
    assert voices_of(line) == {line: speaker}
