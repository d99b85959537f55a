"""A candidacy asserted by one verb and denied by another (issue 16, writer22 row of kind `negation-reported`):
"would seek a second term" / "would not run for a second term". "Seek", "run for" and "stand for" are one act
(frames.toml [synonyms]), and the negation check reads the frames' predicates, which keep the preposition, beside
the claims'. Running a marathon is no candidacy; one candidacy told by both verbs, both asserted, agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Governor Maria Lind said on Friday she would stand for a third term in the autumn election.",
     "Maria Lind, the governor, said on Friday that she would not seek a third term in the autumn election."),
    ("The senator confirmed he will run for re-election next year.",
     "The senator said he would not seek re-election next year."),
    ("Prime Minister Jonas Berg said he would not stand for the party leadership in March.",
     "Jonas Berg announced he will run for the party leadership in March."),
])
def test_a_candidacy_denied_in_other_words_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The mayor said she would run for a second term next spring.",
     "The mayor said she would seek a second term next spring."),
    ("The mayor said she would not run for a second term next spring.",
     "The mayor said she would not seek a second term next spring."),
    ("The mayor said she would not run the marathon next spring.",
     "The mayor said she would seek a second term next spring."),
])
def test_one_candidacy_or_another_run_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
