"""Topic labels (issue 18, fifteenth round, read on the report half's unsampled stories): a name the parse cut at a
possessive after its small word is offered whole ("Safety in Children's Playgrounds Act", not "Playgrounds Act"); an
empty head noun one claim writes weighs nothing in its phrase's score ("public health efforts" weighs as "public
health"); a licence revoked is an act (data/labels.toml act_nouns); an interjection names nothing ("Nah"), and one
speaker's words that name nothing are that speaker's remarks, not the first sentence cut short. Each case is phrased
more than one way: active and passive, a relative clause, attribution first and last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]
# Another topic of the event writes "misinformation": the shared word is no longer the topic's own.
PLATFORMS = ["Platforms must remove misinformation about vaccines, the press secretary said.",
             "She said a dozen accounts spread most of the misinformation online."]


def _first_label(texts: list[str], event: str, other: list[str] = FARES) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in other]], event)[0]


def test_a_name_the_parse_cuts_at_a_possessive_is_offered_whole():
    law = "Ohio passes playground law, 9 Mar 2022"
    written = [
        ["Lawmakers approved the Safety in Children's Playgrounds Act on Monday.",
         "The governor said she would sign the Safety in Children's Playgrounds Act, which sets new fencing rules.",
         "Parents said the fencing rules would cost schools little."],
        ["The Safety in Children's Playgrounds Act was approved by lawmakers on Monday.",
         "According to the governor, the Safety in Children's Playgrounds Act sets new fencing rules.",
         "Parents said the fencing rules would cost schools little."],
    ]
    for texts in written:
        assert _first_label(texts, law) == "Safety in Children's Playgrounds Act", texts


def test_a_name_part_some_claim_writes_alone_is_no_cut():
    # "Playgrounds Act" written alone by one claim: the parse did not cut it there, so the whole name is not offered.
    law = "Ohio passes playground law, 9 Mar 2022"
    texts = ["Lawmakers approved the Safety in Children's Playgrounds Act on Monday.",
             "The Playgrounds Act, the governor said, sets new fencing rules for every school."]
    assert _first_label(texts, law) != "Safety in Children's Playgrounds Act"


def test_a_generic_head_weighs_nothing_beside_the_noun_the_claims_are_about():
    advisory = "Surgeon general issues advisory, 9 Mar 2022"
    second = "According to the advisory, health misinformation harms people's health."
    written = [
        ["Public health efforts are hurt by health misinformation, the advisory says.", second],
        ["The advisory says public health efforts suffer from health misinformation.", second],
        ["Health misinformation, the advisory says, undercuts public health efforts.", second],
    ]
    for texts in written:
        assert _first_label(texts, advisory, PLATFORMS) == "health misinformation", texts


def test_a_licence_revoked_is_the_topics_act():
    crackdown = "Minister vows crackdown on dealers, 9 Mar 2022"
    revoked = [
        ["The agency will revoke licenses from dealers who sell to minors, the minister said.",
         "Dealers would also have their licenses revoked if they refuse an inspection."],
        ["Licenses of dealers who sell to minors will be revoked, the minister said.",
         "The minister said the agency would revoke the licenses of dealers who refuse an inspection."],
    ]
    for texts in revoked:
        assert _first_label(texts, crackdown) == "revocation of licenses", texts


RACE = "Maria Lopez wins ferry race, 9 Mar 2022"


def test_an_interjection_names_no_topic():
    texts = ["“Nah,” Maria Lopez said.", "“It was for all of us,” the mayor said."]
    assert _first_label(texts, RACE) != "Nah"


def test_one_speakers_words_with_no_phrase_are_named_by_whose_they_are():
    said = [
        ["“Nah,” Maria Lopez said.", "“I was not going to let anything stop me,” Lopez added."],
        ["Maria Lopez said: “Nah.”", "Lopez added: “It was for all of us.”"],
        ["“Yeah,” said Maria Lopez.", "“It was for all of us,” said Lopez."],
    ]
    for texts in said:
        assert _first_label(texts, RACE) == "Maria Lopez's remarks", texts
