"""Topic labels (issue 18, fourteenth round): a topic most of whose claims tell the event's own happening, the one its
headline's main verb reports, is named by the happening's noun (data/labels.toml happening_nouns, act_nouns) and whose
it is ("Harbourline's outage" of "Harbourline's booking site went down"), where its label would be a lone word, a name
or one claim's phrase. Each case is phrased more than one way: active and passive, a relative clause, attribution
first and last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]
OUTAGE = "Harbourline's booking site went down, 9 Mar 2022"


def _first_label(texts: list[str], event: str = OUTAGE) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_a_topic_whose_claims_tell_the_headlines_happening_is_named_by_it_and_whose_it_is():
    told = [
        ["The site was back after an outage that lasted four hours, the company said.",
         "Customers could not buy tickets during the outage on Tuesday."],
        ["According to the company, an outage of four hours was caused by a faulty update.",
         "The outage, which began at noon, left customers without tickets."],
        ["The site went down at noon and stayed down for four hours.",
         "Customers who tried to buy tickets found the outage had stopped every sale, a spokesman said."],
    ]
    for texts in told:
        assert _first_label(texts) == "Harbourline's outage", texts


def test_a_person_who_vows_names_the_vow():
    vowed = [["The mayor vowed on Monday to rebuild the ferry pier by summer.",
              "Rebuilding the pier was vowed by the mayor, who spoke at the harbour."],
             ["Speaking at the harbour, the mayor vowed to rebuild the pier.",
              "The pier will be rebuilt by summer, the mayor vowed."]]
    for texts in vowed:
        assert _first_label(texts, "Anna Berg vows to rebuild ferry pier, 9 Mar 2022") == "Anna Berg's vow", texts


def test_a_thing_that_acts_in_the_headline_names_the_happening_of_it():
    left = [["The service ended when the boat left the harbour at midnight, the operator said.",
             "Forty passengers were aboard when it left, escorted by a tug."],
            ["According to the operator, the boat, which left at midnight, ended the service.",
             "It was escorted by a tug after it had left the quay."]]
    for texts in left:
        assert _first_label(texts, "The last ferry has left Harbourline, 9 Mar 2022") == "departure of the last ferry"


def test_a_label_that_names_the_happening_or_its_subject_already_stays():
    named = ["The booking site was back after four hours, the company said.",
             "Customers could not buy tickets on the booking site on Tuesday."]
    assert _first_label(named) == "booking site"


def test_one_claim_of_two_that_tells_the_happening_names_no_topic_by_it():
    once = ["The booking site was back after an outage that lasted four hours, the company said.",
            "Ticket prices for the summer season were published on Monday."]
    assert _first_label(once) != "Harbourline's outage"


def test_a_headline_of_another_verb_names_no_happening():
    assert "Harbourline's outage" != _first_label(
        ["The booking site was back after an outage that lasted four hours, the company said.",
         "Customers could not buy tickets during the outage on Tuesday."],
        "Harbourline publishes summer timetable, 9 Mar 2022")
