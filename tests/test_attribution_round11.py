"""Issue 17, eleventh round: the "that" clause of an account or stance noun with an owner ("Trump's claim that
...", "a warning from the mayor that ...") is what the owner said or holds, a claim of its own in the owner's voice
beside the sentence, which stays whole in its own voice (`claims.owned_clause`).

Sentences written for these tests, in several phrasings: the noun as object, after a preposition, as the subject of
a passive, inside a relative clause, with "by"/"from", and inside what another speaker reports (attribution last);
and what must stay as it was: the sentence's own speaker's noun ("Vale repeated her claim"), a noun without an owner
("the claim that ...", "the fact that ..."), and the writer's own ("my view").
"""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence, sentence_voice, owner", [
    ("Voters shrugged off the governor's promise that taxes would fall next year.", "Example News", "governor"),
    ("Despite the governor's promise that taxes would fall next year, prices rose.", "Example News", "governor"),
    ("The union's argument that the levy would hurt farms was rejected by the council.", "council", "union"),
    ("The council, which rejected the union's claim that the levy would hurt farms, met on Monday.", "council",
     "union"),
    ("The council met on Monday despite a warning from the mayor that the levy would hurt farms.", "Example News",
     "mayor"),
    ("The council rejected the claim by the union that the levy would hurt farms.", "council", "union"),
    ("The governor's promise that taxes would fall next year was broken, critics said.", "critics", "governor"),
])
def test_an_owned_nouns_clause_is_its_owners_claim_beside_the_sentence(sentence, sentence_voice, owner):
    whole, clause = claims_of(sentence)
    assert whole.text == sentence and whole.voice == sentence_voice
    assert clause.voice == owner and clause.other_occasion  # told as background to the sentence
    assert clause.text.startswith("that ") and clause.text in sentence


def test_a_quotation_that_ends_the_clause_is_kept_whole():
    sentence = "Pence blamed the media for Trump’s claim that Obama “founded ISIS,” saying they were nitpicking."
    clause = claims_of(sentence)[1]
    assert (clause.voice, clause.text) == ("Trump", "that Obama “founded ISIS,”")


@pytest.mark.parametrize("sentence", [
    "Vale repeated her claim that the levy would hurt farms.",  # the sentence's own speaker
    "The council ignored the claim that the levy would hurt farms.",  # no owner
    "The fact that the levy would hurt farms was ignored by the council.",  # no account or stance
    "My view is that the levy would hurt farms.",  # the writer's
])
def test_no_clause_is_cut_without_another_owner(sentence):
    assert [c.text for c in claims_of(sentence)] == [sentence]


@pytest.mark.parametrize("sentence, voice", [
    ("Trump’s comments about Israel had angered conservative Jews.", "conservative Jews"),
    ("Conservative Jews were angered by Trump's comments about Israel.", "Conservative Jews"),  # passive
    ("The senator's position has angered some Democrats on the left.", "Democrats"),
    ("The levy surprised the council, the mayor said.", "mayor"),  # attribution last: the speaker's account
])
def test_who_feels_what_a_verb_of_feeling_says_holds_the_stance(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence", [
    "The ruling, which angered farmers across the state, was upheld on Monday.",  # a relative clause on a thing
    "Farmers, whom the ruling angered, marched on Monday.",
    "The endorsement was worded so as not to anger the party's donors.",  # no one felt it
    "The storm upset the schedule of the summit.",  # no one who feels
    "The decision pleased nobody.",
    "The mayor angered farmers in 2019 by raising the levy.",  # a person's act, told as theirs
])
def test_no_one_feels_where_the_verb_describes_or_denies(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Example News"
