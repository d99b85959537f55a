"""The tense of the verb a date hangs on (crosscheck.tense.verb_tense), read from the real parse."""
import pytest

from crosscheck.nlp import parse_one
from crosscheck.tense import FUTURE, PAST, verb_tense


def _verb(text: str, word: str):
    return next(t for t in parse_one(text) if t.text == word)


@pytest.mark.parametrize("text, word, tense", [
    ("The governor signed the bill on March 3.", "signed", PAST),
    ("The bill has been signed since March 3.", "signed", PAST),  # the perfect of a passive
    ("The plant has closed since March 3.", "closed", PAST),
    ("The minister will have left by March 3.", "left", PAST),
    ("The two leaders will meet on March 3.", "meet", FUTURE),
    ("The vote is scheduled for March 3.", "scheduled", FUTURE),
    ("The exhibition opens on March 3.", "opens", None),
])
def test_a_verb_is_told_as_done_as_still_to_come_or_neither(text, word, tense):
    assert verb_tense(_verb(text, word)) == tense
