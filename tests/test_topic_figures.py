"""Topic labels (issue 18, thirteenth round): a topic named by the figure its claims report, where a lone word or a
mark would name it: a vote by its tally, two claims or more giving it ("94-1 vote", not "passage" or "Senate"), and a
mark a count passes ("grim milestone", data/labels.toml milestone_nouns) by the count and what it counts ("20,000
deaths"). And the thirteenth round's act of act_nouns, a detainee's transfer. Each case is phrased more than one way:
active and passive, a relative clause, attribution first and last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]
LAW = "Parliament passes ferry safety law, 9 Mar 2022"
# A short label's words are the event's: "flu deaths" names no topic, so the mark is the topic's weightiest phrase.
DEATHS = "Flu deaths, 9 Mar 2022"


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def test_a_vote_two_claims_give_the_tally_of_is_named_by_it():
    voted = [
        ["The bill, which needed 76 votes for passage, was approved by a 120-30 vote.",
         "It ultimately passed 120-30 with one abstention."],
        ["The measure was passed 120-30 by the Senate on Tuesday.",
         "Senators voted 120-30 for passage, the clerk said."],
        ["According to the clerk, passage came by a 120-30 vote.",
         "The Senate, which passed the law 120-30, adjourned."],
    ]
    for texts in voted:
        assert _first_label(texts, LAW) == "120-30 vote", texts


def test_a_tally_one_claim_gives_names_no_topic():
    once = ["The bill, which needed 76 votes for passage, was approved by a 120-30 vote.",
            "Opponents said passage would raise fares for island residents."]
    assert _first_label(once, LAW) != "120-30 vote"


def test_a_mark_a_count_passes_is_named_by_the_count_two_claims_give():
    passed = [
        ["The country passed a grim milestone on Sunday, recording more than 20,000 flu deaths.",
         "Officials said 20,000 deaths had been recorded since October, a grim milestone."],
        ["Health officials said the nation had passed 20,000 flu deaths, a grim milestone.",
         "A grim milestone was reached as the toll passed 20,000 deaths, the ministry said."],
        ["According to the ministry, 20,000 people have died of flu, a grim milestone.",
         "The grim milestone of 20,000 deaths was passed on Sunday, which officials called a tragedy."],
    ]
    for texts in passed:
        assert _first_label(texts, DEATHS) == "20,000 deaths", texts


def test_a_mark_whose_count_one_claim_gives_stays():
    once = ["The country passed a grim milestone on Sunday, recording more than 20,000 flu deaths.",
            "Officials called the grim milestone a warning to the unvaccinated."]
    assert _first_label(once, DEATHS) == "grim milestone"


def test_a_detainees_transfer_names_its_topic():
    moved = [["The ministry transferred a detainee from the island prison to his home country on Monday.",
              "The detainee, who was transferred after nine years, was freed on arrival, his lawyer said."],
             ["According to his lawyer, a detainee was transferred to his home country.",
              "The ministry said it transferred a detainee for the first time since 2015."]]
    for texts in moved:
        assert _first_label(texts, "Island prison to close, 9 Mar 2022") == "transfer of a detainee", texts



MUSEUM = "Museum board fires director Anna Vos, 9 Mar 2022"
# Another topic of the event writes "dismissal" too: the lone noun is no longer the topic's own word.
PROTEST = ["The board said the dismissal followed an audit of the museum's accounts.",
           "Staff protested the dismissal outside the museum on Monday."]


def _label_beside_protest(texts: list[str]) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in PROTEST]], MUSEUM)[0]


def test_a_name_the_claims_write_only_as_whose_gives_way_and_a_lone_noun_takes_whose_it_is():
    dismissed = [
        ["Vos was one of the few remaining federal appointees from former Governor Mark Holt’s administration.",
         "Local reporters were first to report Vos's dismissal."],
        ["Vos's dismissal was first reported by local reporters.",
         "Vos was one of the few remaining federal appointees from former Governor Mark Holt’s administration."],
    ]
    for texts in dismissed:
        assert _label_beside_protest(texts) == "Vos's dismissal", texts


def test_a_name_written_as_who_acts_stays():
    acting = ["Vos was one of the few remaining federal appointees whom former Governor Mark Holt named.",
              "Local reporters were first to report Vos's dismissal."]
    # the name stays; "former" says he is no governor now, so not "Governor Mark Holt" (test_topic_complements.py)
    assert _label_beside_protest(acting) == "Mark Holt"


def test_a_lone_noun_takes_the_name_its_of_gives_as_whose_it_is():
    kept_weak = [
        ["In reality, the policy of Prime Minister Anna Berg and her governments has been to keep the rebels weak.",
         "The primary reason for this policy is to keep the island divided."],
        ["The primary reason for this policy, critics say, is to keep the island divided.",
         "The rebels were kept weak by the policy of Prime Minister Anna Berg."],
    ]
    for texts in kept_weak:
        assert _first_label(texts, "Island rockets, 9 Mar 2022") == "Anna Berg's policy", texts
    no_name = ["The primary reason for this policy is to keep the island divided.",
               "The rebels were kept weak by the policy of the government."]
    assert _first_label(no_name, "Island rockets, 9 Mar 2022") == "policy"
    no_owner = ["The primary reason for this policy is to keep the island divided.",
                "It's policy to keep the rebels weak, an aide said."]
    assert _first_label(no_owner, "Island rockets, 9 Mar 2022") == "policy"


def test_two_claims_that_say_someone_was_found_dead_are_named_by_the_death():
    found = [["On Wednesday novelist Jan Smit was found dead in his jail cell near Madrid, authorities said.",
              "The novelist Jan Smit has been found dead in his cell in Spain, hours after a court approved it."],
             ["According to the police, Jan Smit was found dead in the prison on Wednesday.",
              "Guards found Jan Smit dead in his cell late on Wednesday."]]
    for texts in found:
        assert _first_label(texts, "Novelist found dead in Spanish prison, 9 Mar 2022") == "death of Jan Smit", texts


def test_what_left_people_dead_is_not_who_died():
    shooting = ["A shooting that erupted at a rail depot in Utrecht has left at least nine people dead.",
                "A depot employee opened fire at his workplace, leaving at least eight people dead, officials said."]
    assert not _first_label(shooting, "Depot worker kills eight, 9 Mar 2022").startswith("death of")


# Another topic of the event writes "sentence" too.
APPEAL = ["Dekker's lawyers said he would appeal the sentence.",
          "Families of the passengers said the sentence was too short."]
SENTENCED = "Dekker sentenced to six years for ferry crash, 9 Mar 2022"


def _label_beside_appeal(texts: list[str], event: str = SENTENCED) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in APPEAL]], event)[0]


def test_the_judge_who_hands_down_the_sentence_gives_way_to_whose_sentence_the_headline_says_it_is():
    handed_down = [
        ["Handed down by District Court Judge Anna Vos, the sentence was longer than legal experts predicted.",
         "District Court Judge Anna Vos said a 22-page memorandum would explain her reasoning on the sentence."],
        ["The sentence, which was handed down by Judge Anna Vos, was longer than legal experts predicted.",
         "Judge Anna Vos said a memorandum would explain her reasoning on the sentence."],
        ["According to Judge Anna Vos, the sentence reflects the deaths of four passengers.",
         "The sentence was handed down by Judge Anna Vos on Friday."],
    ]
    for texts in handed_down:
        assert _label_beside_appeal(texts) == "Dekker's sentence", texts


def test_a_headline_of_another_verb_or_no_name_says_nobodys_sentence():
    texts = ["Handed down by District Court Judge Anna Vos, the sentence was longer than legal experts predicted.",
             "District Court Judge Anna Vos said a 22-page memorandum would explain her reasoning on the sentence."]
    for event in ("Dekker jailed for six years for ferry crash, 9 Mar 2022",
                  "Harbour pilot sentenced to six years for ferry crash, 9 Mar 2022"):
        assert "'s sentence" not in _label_beside_appeal(texts, event), event


def test_a_word_a_hyphen_joins_to_a_figure_is_cut_with_it():
    # "10-member commission" is no "member commission": the figure's word goes with the figure
    told = [
        ["The mayor named a 12-member panel on Monday.",
         "A 12-member panel was named by the mayor.",
         "The mayor said the 12-member panel would start work soon."],
        ["The mayor named a 12-member panel on Monday to review the harbour contract.",
         "A 12-member panel, named by the mayor, will review the harbour contract.",
         "The harbour contract will be reviewed by a 12-member panel, officials said."],
    ]
    for texts in told:
        assert "member" not in _first_label(texts, LAW).split(), texts
