"""Topic labels (issue 18, tenth round): a bare noun as the headline writes it, with what says which one; a name
the headline gives with its possessive is still the event's, not a topic's; what a claim says its words come from
("according to ...") is a source. Each case is phrased more than one way (attribution first or last, a passive, a
relative clause)."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_a_bare_noun_is_named_as_the_headline_writes_it():
    rally = [["The rally drew a few hundred people, organisers said.",
              "Organisers said the rally had been planned for months.",
              "The rally, which had been feared, passed off quietly."],
             ["The rally drew a few hundred people.",
              "A few hundred people were drawn by the rally, organisers said."]]
    for texts in rally:
        assert _first_label(texts, "'Free the Docks' rally draws small crowd, 9 Mar 2022") == "'Free the Docks' rally"
        # a headline that writes the noun alone, or not at all, says no more than the noun
        assert _first_label(texts, "Dockers rally in the rain, 9 Mar 2022") == "rally"
        assert _first_label(texts, "Dockers march on the port, 9 Mar 2022") == "rally"
    inquiry = ["According to the council, the mayors want an investigation.",
               "The investigation, which the mayors demanded on Monday, starts in May."]
    assert _first_label(inquiry, "Mayors call for investigation into harbour pollution, 9 Mar 2022") == \
        "investigation into harbour pollution"
    assert _first_label(inquiry, "Mayors seek answers, 9 Mar 2022") == "investigation"


def test_a_name_the_headline_gives_with_its_possessive_names_no_topic():
    strike = ["A strike at Harbourline stopped every crossing.",
              "Every crossing was stopped by a strike at Harbourline, the union said.",
              "The union said the strike at Harbourline would go on."]
    for event in ("Harbourline’s ferries stop running, 9 Mar 2022", "Harbourline's ferries stop running, 9 Mar 2022"):
        assert _first_label(strike, event) != "Harbourline"
    assert _first_label(strike, "Ferries stop running, 9 Mar 2022") == "Harbourline"  # a name the headline leaves out


def test_what_a_claim_says_its_words_come_from_names_no_topic():
    # narration that names its source with "according to" or "citing" (last, first, with a passive or a relative
    # clause beside it): the data are where the words come from, the cargo is what they are about
    for texts in (["Cargo volumes fell for a third month, according to Harbour Authority tonnage data.",
                   "The port handled less cargo in March."],
                  ["According to Harbour Authority tonnage data, cargo volumes fell for a third month.",
                   "Less cargo was handled by the port in March."],
                  ["Cargo volumes, which peaked in 2019, fell again, citing Harbour Authority tonnage data.",
                   "The port handled less cargo in March."]):
        assert _first_label(texts, "Port slump deepens, 9 Mar 2022").casefold() == "cargo volumes"
    # a rate is no source: "per week", "per child" weigh as the claim's own words
    from crosscheck.topic_labels import _according_to

    assert _according_to("Families get $300 per week per child.") == []
    assert _according_to("Jobs rose, per the Labor Department.") == ["the Labor Department"]
