"""Speakers, twenty-first round (issue 17): classes of construction, each in several phrasings of my own."""
import pytest

from tests.test_attribution_round20 import voice_of, voices_of


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


@pytest.mark.parametrize("lines, part, speaker", [
    (["The levy is dead. We will fight on. — Ann Cole (@AnnCole) May 3, 2016"], "We will fight on", "Ann Cole"),
    (["Reed and Cole briefly wore the hats at the rally. Just another day. — Tom Baker (@tombaker) September 1, 2016"],
     "wore the hats", "Tom Baker"),
    (["Some officials said the vote would slip. — Ann Cole (@AnnCole) May 3, 2016"], "the vote would slip",
     "Ann Cole"),  # the post's own "said" is inside what she posted
    (["Reed posted on Monday:", "The council has failed us all. — Tom Reed (@RepTomReed) June 2, 2017"],
     "has failed us", "Tom Reed"),
    (["The farm union will meet the governor on Friday -- Ann Cole (@anncole_1)"], "will meet", "Ann Cole"),
])
def test_a_post_written_out_with_its_signature_is_its_authors_words(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("line, speaker", [
    ("Reed said the levy is dead — a claim his rivals dispute.", "Reed"),
    ("The levy passed on Monday — Reuters", "Example News"),
    ("The levy passed on Monday, said Ann Cole (@AnnCole).", "Ann Cole"),
])
def test_a_dash_or_a_handle_alone_is_no_signature(line, speaker):
    assert voices_of(line) == {line: speaker}
