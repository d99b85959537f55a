"""Topic labels (issue 18, sixteenth round): the topic that retells its event's headline (the greatest share of its
claims write two of the headline's words) is named by the headline's own phrase ("Berg–Dahl meeting", "Anna Berg's
resignation") where its label says who or where rather than what: a lone word, a person, an office, a place or one
claim's phrase. Each case is phrased more than one way: active and passive, a relative clause, attribution first and
last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_the_topic_that_retells_a_meeting_is_named_by_it_not_by_who_meets():
    retold = [
        ["Mayor Anna Berg and union chief Erik Dahl will meet in Lysekil on June 16, the council said.",
         "Anna Berg will meet union chief Erik Dahl face to face for the first time, her office announced.",
         "The two will meet on June 16 in Lysekil, where union chief Erik Dahl was born."],
        ["Union chief Erik Dahl is to be met by Mayor Anna Berg in Lysekil on June 16.",
         "According to her office, Anna Berg will meet union chief Erik Dahl for the first time.",
         "A meeting, which union chief Erik Dahl requested, is planned for June 16."],
    ]
    event = "Berg–Dahl meeting set for June 16 in Lysekil, 9 Mar 2022"
    for texts in retold:
        assert _first_label(texts, event) == "Berg–Dahl meeting", texts


def test_an_office_gives_way_to_the_headlines_phrase_its_claims_write_by_its_name():
    retold = [
        ["Anna Berg, the controversial port director, resigned on Monday after ten years, the council said.",
         "The council thanked Anna Berg, who served as port director since 2012.",
         "Anna Berg's resignation was announced by the port director's office."],
        ["According to the council, port director Anna Berg stepped down on Monday.",
         "Port director Anna Berg, whose resignation surprised the union, will leave in May.",
         "Anna Berg was praised by the mayor as a port director who rebuilt the harbour."],
    ]
    for texts in retold:
        assert _first_label(texts, "Anna Berg's resignation, 9 Mar 2022") == "Anna Berg's resignation", texts


def test_a_topic_named_by_what_its_claims_write_keeps_its_label():
    named = ["The council will resume talks on the pier's repair costs, Councillor Maria Lindqvist said.",
             "Repair costs for the pier have doubled since May.",
             "The union said the repair costs should be shared with the council."]
    assert _first_label(named, "Harbour council resumes ferry pier talks, 9 Mar 2022") == "repair costs"


def test_a_topic_that_does_not_retell_the_headline_keeps_its_label():
    aside = ["Councillor Maria Lindqvist praised the union.", "The union thanked Councillor Maria Lindqvist on Monday."]
    assert _first_label(aside, "Harbour council resumes ferry pier talks, 9 Mar 2022") == "Councillor Maria Lindqvist"


BLOG_READERS = ["Anna Berg's blog page drew few readers in its first month, web data showed.",
                "Readers of the blog page fell by half in May, the data showed.",
                "The blog page had fewer readers than her old newsletter."]


def test_a_side_phrase_gives_way_to_the_headlines_phrase_more_of_the_claims_write():
    # the story's own subject is in every topic of the event, so its words weigh little against a side phrase
    retold = [
        ["Anna Berg's blog page, started after larger social media companies banned her, has shut down.",
         "The blog page, which larger social media companies had mocked, went dark on Monday.",
         "The blog page is gone for good, her aide said."],
        ["According to her aide, Anna Berg's blog page has been shut down since larger social media companies "
         "banned her.",
         "The blog page was mocked by larger social media companies, the aide said.",
         "The blog page is gone for good."],
    ]
    for texts in retold:
        labels = name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in BLOG_READERS]],
                             "Anna Berg's blog page shuts down for good, 9 Mar 2022")
        assert labels[0] == "Anna Berg's blog page", texts


def test_a_lone_word_gives_way_to_the_headlines_phrase():
    texts = ["After a bitter winter strike, the talks were resumed by the council.",
             "The talks, the union said, come after a bitter winter strike.",
             "The council said the talks will cover pensions."]
    assert _first_label(texts, "Council resumes wage talks with dock union, 9 Mar 2022") == "wage talks"
