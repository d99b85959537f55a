"""Topic labels (issue 18, twelfth round): how a claim's phrases are read for them (labels.claim_phrases). A
comparing word before a phrase of two words or more is left out, not the phrase ("approval rating" of "a higher
approval rating than ..."); the second of two names that together describe a noun after them is no phrase ("Pacific
Islander" of "the Asian American and Pacific Islander community"). Each case is phrased more than one way: active
and passive, a relative clause, attribution first and last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics
from tests.test_topic_acts import FARES


def _phrases(text: str) -> list[str]:
    return [p.text for p in claim_from_text(text).phrases]


def test_a_comparing_word_before_a_phrase_leaves_the_thing_compared():
    for text in ["Polls show the mayor gets a higher approval rating than her predecessor.",
                 "According to the poll, a higher approval rating went to the mayor than to her predecessor.",
                 "The mayor, who won a higher approval rating than her predecessor, thanked the voters.",
                 "The mayor won a higher approval rating than her predecessor, the pollster said."]:
        assert "approval rating" in _phrases(text), text
    assert "campaign pledges" in _phrases("The mayor kept most of her biggest campaign pledges, the paper said.")


def test_a_comparing_word_before_one_noun_still_names_nothing():
    for text in ["He is the richest man in the county.", "The county recorded the highest rates in the region."]:
        assert not {"man", "richest man", "rates", "highest rates"} & set(_phrases(text)), text


def test_a_topic_compared_with_someone_is_named_by_what_is_compared():
    approval = ["Polls show the mayor gets a higher approval rating than Jan Visser after 100 days.",
                "After 100 days the mayor's 52% approval is well above her predecessor's 41%."]
    labels = name_topics([[claim_from_text(t) for t in approval], [claim_from_text(t) for t in FARES]],
                         "Mayor marks 100 days in office, 9 Mar 2022")
    assert labels[0] == "approval rating"


def test_the_second_of_two_names_describing_a_noun_is_no_phrase():
    for text in ["The council approved funding to protect the Asian American and Pacific Islander community.",
                 "The Asian American and Pacific Islander community was protected by the new law, the council said.",
                 "According to the council, the law, which protects the Asian American and Pacific Islander "
                 "community, passed on Friday."]:
        assert "Pacific Islander" not in _phrases(text), text


def test_two_names_joined_as_sides_are_phrases_each():
    phrases = _phrases("The ceasefire between Israel and Hamas held, officials said.")
    assert {"Israel", "Hamas"} <= set(phrases)
