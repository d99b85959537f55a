"""Issue 17, tenth round: a curly apostrophe that opens a clitic ("didn’t", "it’s", "we’re") is parsed as the straight
one the small English pipeline was trained on, and the parse is carried back onto the article's own words
(`nlp.stream_straightened`): the negation and the verb are read, and a claim's text and voice stay as written.

Sentences written for these tests, in several phrasings: a stance or speech verb after "didn’t", attribution first
and last, in a relative clause, in the passive; and what must stay as it was: a name with an apostrophe inside
("O’Malley"), a closing single quotation mark, and a line with straight apostrophes.
"""
import pytest

from crosscheck import nlp
from tests.test_claims import claims_of


def test_straightening_keeps_every_offset_and_leaves_names_and_quotes_alone():
    text = "O’Malley didn’t say it’s ‘done’, we’re told; the voters’ view, Clinton’s, DIDN’T change."
    straight = nlp.straightened(text)
    assert len(straight) == len(text)
    assert straight == "O’Malley didn't say it's ‘done’, we're told; the voters’ view, Clinton's, DIDN'T change."


@pytest.mark.parametrize("sentence, voice", [
    ("A lot of people didn’t like the phrase.", "lot of people"),  # the verb of stance the slip hid
    ("Critics don’t like the new rule.", "Critics"),
])
def test_a_verb_after_a_curly_negation_is_read_with_its_speaker(sentence, voice):
    (doc,) = nlp.parse([sentence])
    assert doc[[t.text for t in doc].index("n’t")].dep_ == "punct"  # the tagger's slip these tests are about
    (claim,) = claims_of(sentence)
    assert claim.voice == voice and claim.negated
    assert "’" in claim.text and "'" not in claim.text  # as the article wrote it


@pytest.mark.parametrize("sentence, voice", [
    ("Voters didn’t like the levy, the mayor said on Monday.", "mayor"),  # attribution last
    ("The mayor said on Monday that voters didn’t like the levy.", "mayor"),  # attribution first
    ("“Voters didn’t like the levy,” the mayor said.", "mayor"),  # a quotation
    ("The levy wasn’t liked by voters, the mayor said.", "mayor"),  # passive
])
def test_other_phrasings_keep_their_speaker_and_read_the_negation(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice and claim.negated
    assert "’" in claim.text and "'" not in claim.text


def test_a_relative_clause_with_a_curly_negation_keeps_its_own_voice():
    found = claims_of("The levy, which voters didn’t like, was approved by the council.")
    aside = next(c for c in found if c.text.startswith("which"))
    assert aside.voice == "voters" and aside.negated and "didn’t" in aside.text


def test_a_curly_line_is_parsed_as_its_straight_form_and_keeps_its_own_words():
    curly = "A lot of people didn’t like the phrase."
    (doc,) = nlp.stream_straightened([curly])
    (plain,) = nlp.parse([curly.replace("’", "'")])
    assert doc.text == curly
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]
