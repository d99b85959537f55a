"""Issue 17, third round of speakers: sentences written for these tests, in several phrasings (real parse)."""
import pytest

from tests.test_claims import claims_of

NAMED_BEFORE = "Senator Ann Vale spoke for an hour on Monday."


@pytest.mark.parametrize("sentence, voice", [
    ("Meanwhile, the Democrats are acting as though they want to lose.", "Democrats"),
    ("Republicans in the House say they will block the bill.", "Republicans"),
    ("The senators left early because they believe the vote is rigged.", "senators"),
    ("Because they believe the vote is rigged, the senators left early.", "senators"),
    ("The voters who backed her last year now think they were misled.", "voters"),
    ("“We will block it,” the senators said, adding that they had the votes.", "senators"),
])
def test_they_is_a_plural_subject_of_its_own_sentence_not_the_person_named_before(sentence, voice):
    found = claims_of(NAMED_BEFORE, sentence)
    assert found[-1].voice == voice


def test_a_plural_description_is_the_group_not_one_member_named_before():
    found = claims_of(NAMED_BEFORE, "The senators said the vote was rigged.")
    assert found[-1].voice == "senators"
