"""Topic labels (issue 18, nineteenth round): a person named by an office without a name ("Senate majority leader",
"FDA acting commissioner", "conference chair") says who acts or is described, never what the claims are about, so it
names no topic while another phrase does; unless the event's headline writes the office (the story is its holder's),
or the phrase is a describing word and the noun alone ("racial justice"). Each case phrased more than one way:
attribution first and last, a passive, a relative clause."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_an_office_without_a_name_names_no_topic():
    written = [
        ("Parliament debates budget, 9 Mar 2022",
         ["The parliamentary majority leader is courting moderates and keeping a channel open to the opposition.",
          "The parliamentary majority leader wanted to explain the spending deal to wavering members."]),
        ("Parliament debates budget, 9 Mar 2022",
         ["Moderates are being courted by the parliamentary majority leader, who wants a spending deal.",
          "According to aides, the parliamentary majority leader will explain the spending deal on Monday."]),
        ("Last troops leave capital, 9 Mar 2022",
         ["The last plane took off with the British ambassador on board after midnight.",
          "The British ambassador, who stayed until the end, left on the final flight."]),
        ("Party ousts deputy leader, 9 Mar 2022",
         ["Members questioned her ability to carry out her duties as caucus chair.",
          "The caucus chair was removed in a secret ballot on Wednesday."]),
    ]
    for event, texts in written:
        label = _first_label(texts, event)
        assert label.split()[-1] not in {"leader", "ambassador", "chair"}, (texts, label)


def test_an_office_the_headline_writes_names_its_holders_topic():
    written = [
        ("Minister resigns over scandal, 9 Mar 2022",
         ["The finance minister resigned after leaked emails showed he hid loans.",
          "The leaked emails were published by a newspaper on Sunday."], "finance minister"),
        ("City picks new police chief, 9 Mar 2022",
         ["The deputy mayor said the new police chief would start in April.",
          "Reform groups welcomed the choice, the deputy mayor said."], "police chief"),
    ]
    for event, texts, office in written:
        assert _first_label(texts, event) == office, texts


def test_a_describing_word_and_an_office_noun_may_be_a_kind_of_thing():
    march = "Thousands march in capital, 9 Mar 2022"
    written = [["Marchers demanded racial justice, the organisers said.",
                "Racial justice was the march's main demand."],
               ["According to organisers, racial justice is the marchers' demand.",
                "The marchers, who want racial justice, walked to the square."]]
    for texts in written:
        assert _first_label(texts, march) == "racial justice", texts



def test_a_group_named_by_an_office_is_no_single_holders_office():
    talks = "Budget talks stall, 9 Mar 2022"
    written = [["Opposition senators walked out of the chamber, aides said.",
                "The walkout by opposition senators delayed the vote.",
                "According to aides, opposition senators will return on Monday."],
               ["According to aides, opposition senators left the chamber in protest.",
                "The vote, which opposition senators boycotted, was delayed.",
                "Opposition senators will return on Monday, their leader said."]]
    for texts in written:
        assert _first_label(texts, talks) == "opposition senators", texts
