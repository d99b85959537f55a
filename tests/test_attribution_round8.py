"""Issue 17, eighth round: a relative clause set off in the middle of its sentence that states something is a claim
of its own beside the sentence, which stays whole and keeps its main clause's voice (real parse).

Sentences written for these tests, each shape in several phrasings: the clause after a comma, a dash or a bracket,
on the subject or the object, the main clause active or passive, the clause's speaker its own subject; and the
shapes that keep one claim: the clause inside what the sentence's speaker reports (attribution first or last, a
quotation), a restrictive clause, the relative word itself speaking on the main verb's argument.
"""
import pytest

from crosscheck.voices import load_voicebook
from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence, aside, speaker", [
    ("The levy, which critics have said would hurt farms, was approved by the council on Tuesday.",
     "which critics have said would hurt farms", "critics"),
    ("The levy — which critics have said would hurt farms — was approved by the council on Tuesday.",
     "which critics have said would hurt farms", "critics"),
    ("The new rule, which the union called a betrayal, takes effect in March.",
     "which the union called a betrayal", "union"),
    ("The new rule (which the union called a betrayal) takes effect in March.",
     "which the union called a betrayal", "union"),
    ("The tax plan, which economists warn could add $2 trillion to the deficit, was unveiled by the governor on "
     "Monday.", "which economists warn could add $2 trillion to the deficit", "economists"),
    ("Senator Holt, whom aides described as furious, left the chamber early.",
     "whom aides described as furious", "aides"),
    ("The governor, who critics say has ignored the farms, signed the levy into law on Monday.",
     "who critics say has ignored the farms", "critics"),
])
def test_a_relative_clause_in_the_middle_of_its_sentence_is_a_claim_beside_it(sentence, aside, speaker):
    whole, clause = claims_of(sentence)
    assert whole.text == sentence and whole.voice == "Example News" and not whole.attributed
    assert clause.text == aside and clause.voice == speaker and clause.attributed
    assert clause.other_occasion and not whole.other_occasion  # background to the sentence, as at its end


def test_the_sentence_keeps_its_main_clauses_speaker_beside_the_clause():
    whole, clause = claims_of(
        "After the report, which auditors have said was rushed, was leaked, the mayor insisted that the levy "
        "was fair.")
    assert whole.voice == "mayor" and clause.voice == "auditors"


@pytest.mark.parametrize("sentence, voice", [
    ("The levy, which critics have said would hurt farms, will pass easily, the mayor said.", "mayor"),  # last
    ("According to the mayor, the levy, which critics have said would hurt farms, will pass easily.", "mayor"),
    ("Reed said the levy, which critics opposed, would pass easily this time.", "Reed"),  # what Reed reports
    ("“The levy, which critics said would hurt farms, passed easily,” Reed said.", "Reed"),  # in a quotation
    ("Senator Jane Holt, who said the bill would fail, voted against it.", "Jane Holt"),  # the relative word speaks
])
def test_a_clause_in_the_middle_that_is_part_of_a_speakers_account_stays_in_its_sentence(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_a_restrictive_clause_is_not_cut_out():
    """"the rule that the union opposed" names which rule: no comma or dash sets it off as an aside."""
    found = claims_of("The rule that the union fought for months was finally approved by the council on Tuesday.")
    assert len(found) == 1


@pytest.mark.parametrize("sentence, narration, speaker", [
    ("The bill drew fire from legal experts, who worry that it signals a new era.",
     "The bill drew fire from legal experts", "legal experts"),
    ("The plan won praise from farm groups, which said it would save family farms.",
     "The plan won praise from farm groups", "farm groups"),
    ("The senator faced pointed questions from reporters, who asked whether she would run again.",
     "The senator faced pointed questions from reporters", "reporters"),
])
def test_a_preposition_after_the_verbs_object_is_the_objects(sentence, narration, speaker):
    """"drew fire from experts, who worry ...": the experts are no argument of "drew", so the sentence is the
    outlet's and the clause theirs; "reporters spoke to Holt, who said ..." stays Holt's whole."""
    first, clause = claims_of(sentence)
    assert first.text == narration and first.voice == "Example News"
    assert clause.voice == speaker
    (spoke,) = claims_of("Reporters spoke to Holt, who said the bill would fail.")
    assert spoke.voice == "Holt"


def test_the_white_house_is_not_a_name_longer_in_front():
    book = load_voicebook()
    book.place_person("Obama White House", "us")  # a tagger's PERSON
    book.place_person("Donald J. Trump", "us")
    book.place_person("Xi Jinping", "cn")
    assert book.person_side("White House") == ("White House", None)
    assert book.person_side("Donald Trump") == ("Donald J. Trump", "us")  # a middle initial is the same person
    assert book.full_name("Trump") == "Donald J. Trump" and book.full_name("Xi") == "Xi Jinping"
