"""Speakers, sixteenth round (issue 17): sentences of my own in several phrasings."""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("lines, voice", [
    (("Ann Cole lost the race.",
      'For that she drew Tom Reed\u2019s ire - he called her "weak" and said she had "zero support" in Ohio.'),
     "Tom Reed"),
    (("Ann Cole lost the race.", "For that she drew Tom Reed's ire: he said she had no support in Ohio."), "Tom Reed"),
    (("Ann Cole lost the race.", "After the vote she faced Tom Reed's scorn, as he said she had no support."),
     "Tom Reed"),
])
def test_a_pronoun_takes_the_owner_named_before_it_when_the_last_speaker_cannot_be_it(lines, voice):
    assert claims_of(*lines)[-1].voice == voice


@pytest.mark.parametrize("line, voice", [
    ("The plan came from the Harbor Development Bank, which manages the debt and says it cannot pay the loans.",
     "Harbor Development Bank"),
    ("Reporters met Ann Cole, who leads the council and said the levy would fail.", "Ann Cole"),
])
def test_a_verb_the_parse_hung_on_the_main_verb_after_a_relative_clause_is_the_clauses(line, voice):
    assert claims_of(line)[-1].voice == voice


def test_a_verb_after_a_relative_clause_with_a_subject_of_its_own_is_not_the_clauses():
    found = claims_of("The plan came from the Harbor Development Bank, which manages the debt, "
                      "and the mayor says it cannot pay the loans.")
    assert found[-1].voice == "mayor"


@pytest.mark.parametrize("line, voice", [
    ("That\u2019s what my friend Tom Reed at the now-defunct Daily Ledger wrote recently.", "Tom Reed"),
    ("That is what my old colleague Ann Cole at the Daily Ledger said last week.", "Ann Cole"),
    ("This is exactly what my friend Tom Reed of the Daily Ledger told reporters.", "Tom Reed"),
])
def test_the_subject_the_parse_hung_on_what_speaks(line, voice):
    assert claims_of(line)[-1].voice == voice


@pytest.mark.parametrize("lines, voice", [
    (("'Farm people' his best hope, Tom Reed hints;", "Says Ann Cole would close the mills in Dayton."), "Tom Reed"),
    (("Tom Reed hints at a run for governor.", "Says the levy will fail in March."), "Tom Reed"),
])
def test_a_deck_opened_by_a_bare_verb_of_speech_is_the_person_before_it(lines, voice):
    assert claims_of(*lines)[-1].voice == voice


@pytest.mark.parametrize("lines", [
    ("Ann Cole spoke in Dayton.", "Says a lot about the council."),
    ("The levy failed on Monday.", "Says the council has no plan."),
])
def test_a_bare_verb_of_speech_with_no_statement_or_no_person_before_it_stays_the_outlets(lines):
    assert claims_of(*lines)[-1].voice == "Example News"
