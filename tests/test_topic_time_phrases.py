"""Topic labels (issue 18, nineteenth round): a phrase of time, duration or date is never a label's complement,
whatever its preposition ("flights over the weekend", "talks over the summer", "a rise over the decade"), while a
complement that says which one keeps its place ("fight over wages"). Each case phrased more than one way: attribution
first and last, a passive, a relative clause."""
from crosscheck.claims import claim_from_text
from crosscheck.nlp import parse_one
from crosscheck.topic_labels import _complements, name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_a_weekend_is_no_complement():
    storm = "Storm grounds planes at city airport, 9 Mar 2022"
    written = [
        ["The airline cancelled hundreds of flights over the weekend, the company said.",
         "Flights over the weekend were delayed by the storm.",
         "Passengers whose flights over the weekend were cancelled will get refunds."],
        ["According to the airline, flights over the weekend were cut by half.",
         "Hundreds of flights over the weekend were cancelled by the carrier.",
         "The carrier said refunds would be paid."],
    ]
    for texts in written:
        assert _first_label(texts, storm) == "flights", texts


def test_a_season_is_no_complement():
    meeting = "Unions and ministers meet in capital, 9 Mar 2022"
    written = [
        ["Talks over the summer failed to settle the dispute, the union said.",
         "The ministers, who held talks over the summer, blamed the union.",
         "The union wants a bigger pay rise."],
        ["According to ministers, talks over the summer were useful.",
         "Talks over the summer were called off by the union in August.",
         "The union wants a bigger pay rise."],
    ]
    for texts in written:
        assert _first_label(texts, meeting) == "talks", texts


def test_what_a_fight_is_over_stays_its_complement():
    dockers = "Dockers walk out at port, 9 Mar 2022"
    written = [
        ["The fight over wages closed the docks, the union said.",
         "A fight over wages, which began in May, has stalled exports.",
         "Dockers say they will stay out."],
        ["According to the owners, the fight over wages will end soon.",
         "Exports were stalled by the fight over wages.",
         "Dockers say they will stay out."],
    ]
    for texts in written:
        assert _first_label(texts, dockers) == "fight over wages", texts


def test_a_stretch_of_time_or_a_date_completes_no_noun():
    timed = [("Officials reported a rise over the decade.", "rise"),
             ("The talks for the year were cancelled.", "talks"),
             ("A ban on Monday was lifted.", "ban"), ("The strike over the holidays was called off.", "strike"),
             ("Ministers said sales into the spring would fall.", "sales")]
    for text, noun in timed:
        assert _complements(parse_one(text), noun) == [], text
    assert [span.text for span in _complements(parse_one("Officials reported a fight over wages."), "fight")] \
        == ["fight over wages"]
