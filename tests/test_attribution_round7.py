"""Issue 17, seventh round: a relative clause aside that states something is a claim of its own (real parse).

Sentences written for these tests, each shape in several phrasings: the speaker of the clause as its relative
word or as its own subject, the sentence's main clause narration or a speaker's, active and passive, the clause
on a main verb's argument or deeper down, nested in what someone else reports, and in a quotation.
"""
import pytest

from crosscheck.compare.omissions import in_account
from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence, voices, aside", [
    # the clause's own subject speaks: beside narration, or beside another speaker's sentence (active, passive)
    ("The vote came after a rally in Dayton, where organizers said 5,000 people had gathered.",
     ["Example News", "organizers"], "where organizers said 5,000 people had gathered."),
    ("The mayor praised the deal, which the union said would cost 300 jobs.",
     ["mayor", "union"], "which the union said would cost 300 jobs."),
    ("The deal was praised by the mayor, which the union said would cost 300 jobs.",
     ["mayor", "union"], "which the union said would cost 300 jobs."),
    # the relative word is the speaker, on a noun deeper than the main verb's arguments
    ("The row deepened after a warning by Senator Jane Holt, who said the bill would fail.",
     ["Example News", "Jane Holt"], "who said the bill would fail."),
    ("The call came amid a row over remarks by Prime Minister Ann Vale, who said the navy could respond.",
     ["Example News", "Ann Vale"], "who said the navy could respond."),
])
def test_a_relative_clause_aside_that_states_something_is_its_speakers_claim(sentence, voices, aside):
    found = claims_of(sentence)
    assert [c.voice for c in found] == voices
    assert found[-1].text == aside and found[-1].attributed


@pytest.mark.parametrize("sentence, voice", [
    ("Reed said he met Ann Vale, who told him the levy would fail.", "Reed"),  # nested: what Reed reports
    ("Ann Vale met the union leaders, who told her the plant would close.", "union leaders"),  # a main argument
    ("Senator Jane Holt, who said the bill would fail, voted against it.", "Jane Holt"),  # not at the end
    ("“The levy will pass,” said Tom Reed, whose party has opposed it.", "Tom Reed"),  # after a quotation
    ("The senator criticized the suggestion that the navy might need new ships.", "senator"),  # no relative word
    ("The senator was endorsed by Democracy for America, a group that said she would win.",
     "Democracy for America"),  # the sentence's speaker is the clause's
])
def test_a_relative_clause_stays_in_its_sentence(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence", [
    "The plant closed after a visit by the governor, who has backed the levy for years.",  # a stance, no clause
    "The plan was shelved after a report by the auditors, which found the costs too high.",
])
def test_a_clause_aside_in_narration_holds_its_speakers_position(sentence):
    narration, aside = claims_of(sentence)
    assert narration.voice == "Example News" and not narration.attributed
    assert aside.voice in {"governor", "auditors", "report"} and aside.attributed


def test_a_verb_inside_what_a_clause_aside_reports_speaks_for_no_one_in_the_sentence():
    """"remarks by X, who said Japan could respond": the sentence is neither X's nor Japan's statement."""
    narration, aside = claims_of(
        "The call came amid a row over remarks by Prime Minister Ann Vale, who said Japan could respond with force.")
    assert (narration.voice, narration.side) == ("Example News", None)
    assert aside.voice == "Ann Vale" and aside.text.startswith("who said Japan")


def test_a_clause_aside_is_no_sides_account_of_the_occasion():
    """A side's official named in a clause aside: the words are theirs, told as background, so no side omission
    is raised from them (the seeds' "a priority for President Trump, who is advocating for a resolution ...")."""
    found = claims_of("The talks also covered the war, a priority for the US president, who said a ceasefire was close.",
                      "The talks also covered trade, a priority for the Chinese Foreign Ministry, which said tariffs "
                      "would fall.")
    assert [(c.voice, c.side) for c in found] == [("Example News", None), ("US president", "us"),
                                                  ("Example News", None), ("Chinese Foreign Ministry", "china")]
    assert all(c.other_occasion and not in_account(c) for c in found[1::2])
    said = claims_of("The US president said a ceasefire was close.")[0]  # the same words, said on the occasion
    assert said.side == "us" and in_account(said)


def test_a_person_of_a_side_the_tagger_took_for_a_body_is_whom_he_refers_to():
    """"In Malaysia, Trump is attending ...": the tagger reads "Trump" as a body; the next "he" is still Trump, not
    the last person it tagged (Xi), once the clause aside no longer gives the sentence Trump's voice."""
    found = claims_of("US President Donald Trump arrived in Kuala Lumpur on Sunday.",
                      "Chinese President Xi Jinping said he hoped the talks would go well.",
                      "In Malaysia, Trump is attending the ASEAN Summit in Kuala Lumpur, where he is expected to endorse "
                      "a ceasefire between Thailand and Cambodia.",
                      "He will also hold side meetings with Southeast Asian leaders to discuss energy, trade, and security.")
    assert (found[-2].voice, found[-2].side) == ("Example News", None)
    assert (found[-1].voice, found[-1].side) == ("Donald Trump", "us")
