"""Topic labels read by the sentence model (issue 18, 25th round): a topic is named by the phrase its claims are about,
scored by cosine to their mean vector and by how many of them it stands for, not by the phrase written most nor one
claim's detail (that the same input gives the same labels in fresh processes is tests/test_identity.py's). The claims
are made up."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

# A tally of cases and deaths: "cases", the word written most, is half of it; c-TF-IDF named it "new cases".
TALLY = ["The country recorded 4,000 new cases and 120 deaths on Monday, the health ministry said.",
         "Deaths from the virus have now passed 50,000, according to a tally of official figures.",
         "New infections rose for a fifth day, with cases concentrated in the capital's hospitals.",
         "The death toll climbed as hospitals in the capital filled up."]
# Warnings of a takeover, beside one report's detail ("the army's northern mountain brigades").
WARNINGS = ["Intelligence reports warned in July that the rebels could take Marsk within weeks.",
            "Officials ignored warnings from intelligence agencies of a rapid rebel takeover.",
            "One report said the collapse of the army's northern mountain brigades could come within days of a pullout.",
            "Analysts' warnings of a swift takeover went unheeded, officials said."]
# The ferry fares, beside one passenger's detail ("a retired ferry captain").
FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher ferry fares.",
         "A retired ferry captain, who has crossed the fjord for forty years, called the fare rise a disgrace."]
EVENT = "Lysekil council meeting, 9 Mar 2022"


def _labels(embedder, groups: list[list[str]]) -> list[str]:
    return name_topics([[claim_from_text(t) for t in texts] for texts in groups], EVENT, embedder=embedder)


def test_a_topic_is_named_by_what_its_claims_are_about_not_its_commonest_phrase(embedder):
    tally, _ = _labels(embedder, [TALLY, FARES])
    assert tally == "death toll"


def test_one_claims_detail_does_not_name_the_topic(embedder):
    warnings, fares = _labels(embedder, [WARNINGS, FARES])
    assert "takeover" in warnings and "brigades" not in warnings
    assert "fare" in fares.casefold() and "captain" not in fares.casefold()



# Reviews of a comedy special, most of them writing "anti-cancel-culture": the parse may cut the word at a hyphen.
SPECIAL = ["Critics called the anti-cancel-culture standup comedy special a shrewd provocation.",
           "The streaming service defended the anti-cancel-culture standup comedy special against its critics.",
           "Fans of anti-cancel-culture standup comedy flocked to the special in its first week."]


def test_no_label_is_a_hyphenated_word_cut_in_two(embedder):
    for label in _labels(embedder, [SPECIAL, FARES]) + name_topics([[claim_from_text(t) for t in SPECIAL]], EVENT):
        assert not label.startswith("-") and not label.endswith("-"), label
