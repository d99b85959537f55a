"""Phrases a topic's name may use (labels.claim_phrases): a comparison or an epithet names nothing, a
hyphenated word stays whole. Phrased several ways: active, passive, relative clause, attribution first or last."""
import pytest

from crosscheck.labels import claim_phrases
from crosscheck.nlp import parse


def phrases(text: str) -> list[str]:
    doc = next(iter(parse([text])))
    return [p.key for p in claim_phrases(doc[:])]


@pytest.mark.parametrize("text, comparison", [
    ("The moratorium covers counties with the highest rates of infection.", "highest rates"),
    ("Counties that have the highest rates of infection are covered, officials said.", "highest rates"),
    ("Employers added far fewer jobs than economists expected.", "fewer jobs"),
    ("Far fewer jobs were added than economists expected, the report said.", "fewer jobs"),
    ("Jeff Bezos, the world's richest man, flew to the edge of space on Tuesday.", "richest man"),
    ("The troops who fought America's longest war came home.", "longest war"),
])
def test_a_superlative_or_a_comparative_before_a_noun_names_no_phrase(text, comparison):
    found = phrases(text)
    assert not any(comparison in key for key in found), found
    assert found  # the claim's other phrases stay


@pytest.mark.parametrize("text", [
    "The officers say Trump incited far-right extremist groups to attack the Capitol.",
    "According to the lawsuit, Trump conspired with far-right extremist groups.",
])
def test_a_hyphenated_word_is_never_cut_in_half(text):
    found = phrases(text)
    assert "far-right extremist groups" in found, found
    assert not any(key.startswith(("right", "-")) for key in found), found


def test_a_long_name_the_parser_splits_in_two_names_a_topic_every_claim_writes_it_in():
    from crosscheck.claims import claim_from_text
    from crosscheck.topic_labels import name_topics

    bill = ["The House passed the George Floyd Justice in Policing Act in March.",
            "There is no longer a path forward for the George Floyd Justice in Policing Act, which the House passed.",
            "Passed by the House in March, the George Floyd Justice in Policing Act stalled in the Senate."]
    talks = ["Negotiators could not strike a deal.", "The talks collapsed after months of work."]
    labels = name_topics([[claim_from_text(t) for t in bill], [claim_from_text(t) for t in talks]],
                         "Police reform talks fall apart, 22 Sep 2021")
    assert labels[0] == "George Floyd Justice in Policing Act", labels
