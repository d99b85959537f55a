"""Issue 17, tenth round: a curly apostrophe that opens a clitic ("didn’t", "it’s", "we’re") is parsed as the straight
one the small English pipeline was trained on, and the parse is carried back onto the article's own words
(`nlp.stream`, `nlp.parse_one`: every route to the parser): the negation and the verb are read, and a claim's text
and voice stay as written, in an article, in a statement read on its own (`crosscheck pair`) and in a line parsed again
(`misread`).

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
    doc = nlp.load()(sentence)  # the pipeline itself, without the mend
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


@pytest.mark.parametrize("parsed", [lambda text: nlp.parse([text])[0], lambda text: next(nlp.stream([text])),
                                    nlp.parse_one], ids=["parse", "stream", "parse_one"])
def test_a_curly_line_is_parsed_as_its_straight_form_and_keeps_its_own_words(parsed):
    curly = "A lot of people didn’t like the phrase."
    doc = parsed(curly)
    plain = nlp.load()(curly.replace("’", "'"))
    assert doc.text == curly
    assert [(t.dep_, t.head.i, t.lemma_) for t in doc][:4] == [(t.dep_, t.head.i, t.lemma_) for t in plain][:4]
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]


@pytest.mark.parametrize("curly", [
    "Voters didn’t like the levy.",
    "Critics don’t like the new rule.",
    "The levy wasn’t liked by voters, the mayor said.",  # passive, attribution last
    "The mayor said voters didn’t like the levy.",  # attribution first
])
def test_a_statement_read_on_its_own_reads_a_curly_negation_as_the_straight_one(curly):
    """`crosscheck pair` and the comparator's benchmarks read a statement with `claim_from_text`."""
    from crosscheck.claims import claim_from_text

    claim, straight = claim_from_text(curly), claim_from_text(curly.replace("’", "'"))
    assert claim.negated and claim.negated == straight.negated
    assert claim.voice == straight.voice and claim.text == curly


def test_pair_reads_a_curly_negation_as_a_difference(embedder):
    from click.testing import CliRunner

    from crosscheck.cli import cli

    for curly, other in [("He didn’t sign the bill", "He signed the bill"),
                         ("Voters didn’t like the levy", "Voters liked the levy")]:
        outputs = [CliRunner().invoke(cli, ["pair", first, other]).output.replace("’", "'").splitlines()
                   for first in (curly, curly.replace("’", "'"))]
        assert "contradiction: yes" in outputs[1]
        assert [line for line in outputs[0] if not line.startswith("similarity:")] == \
            [line for line in outputs[1] if not line.startswith("similarity:")]


def test_a_line_parsed_again_for_a_misread_name_keeps_its_apostrophes_straightened():
    from crosscheck import misread

    lines = [(1, doc) for doc in nlp.parse(["Donald Trump spoke in Iowa on Monday.",
                                            "Trump at a rally in Iowa said the media isn’t fair."])]
    (_, _), (_, mended) = misread.mended(lines)
    assert mended is not lines[1][1]  # the name read as a verb: parsed again
    assert mended.text == "Trump at a rally in Iowa said the media isn’t fair."
    negation = mended[[t.text for t in mended].index("n’t")]
    assert (negation.dep_, negation.lemma_) == ("neg", "not") and mended[0].dep_ == "nsubj"
