"""Topic labels (issue 18, eleventh round): a topic named by the act its claims report, by the act's noun
(data/labels.toml act_nouns), where two of its claims report it; what the act is done to is the name its object ends
with ("Jan Dekker" of "former harbour pilot Jan Dekker"), never a phrase after the object's "of". Each case is phrased
more than one way: active and passive, a relative clause, attribution first and last (a relative clause alone,
"the director, who was fired on Monday", is read as no act: the claims stage reads no frame in it)."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]
EVENT = "Harbour pilot jailed over ferry crash, 9 Mar 2022"


def _first_label(texts: list[str], event: str = EVENT) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_two_claims_that_report_one_act_are_named_by_its_noun_and_the_name_it_is_done_to():
    sentenced = [
        ["Former harbour pilot Jan Dekker was sentenced to six years in prison on Friday.",
         "The court said it sentenced Jan Dekker, the former harbour pilot, for the deaths of four passengers."],
        ["A judge sentenced former harbour pilot Jan Dekker to six years, prosecutors said.",
         "Jan Dekker, who was sentenced on Friday, will appeal."],
        ["According to the court, former harbour pilot Jan Dekker was sentenced to six years.",
         "Prosecutors said the judge sentenced Jan Dekker after a two-week trial."],
    ]
    for texts in sentenced:
        assert _first_label(texts) == "sentencing of Jan Dekker", texts


def test_one_claim_of_two_reports_no_act_of_the_topics():
    once = ["Former harbour pilot Jan Dekker was sentenced to six years in prison on Friday.",
            "Passengers' families said the harbour pilot had ignored the storm warning."]
    assert not _first_label(once).startswith("sentencing of")


def test_an_act_of_the_eleventh_rounds_verbs_names_its_topic():
    fired = [["The board fired the director of the Maritime Museum on Monday.",
              "The director of the Maritime Museum was fired after the audit, the board said."],
             ["According to the board, it fired the director of the Maritime Museum over the audit.",
              "The director of the Maritime Museum was fired on Monday."]]
    for texts in fired:
        # the director, not the museum the object's "of" names
        assert _first_label(texts, "Museum audit finds missing funds, 9 Mar 2022") == "firing of the director", texts
