"""Topic labels (issue 18, twelfth round): a phrase headed by a noun of a place where something happens
(data/labels.toml venue_nouns) that every claim writing it writes as where ("at", "in", "from" ... before it) names the
scene, not what the claims are about, so the topic is named by something else; a place that is what the claims act
on keeps its name. Each case is phrased more than one way: active and passive, a relative clause, attribution first
and last."""
from tests.test_topic_acts import _first_label as first_topic_label

EVENT = "Two die in Lindhaven fire, 9 Mar 2022"


def _first_label(texts: list[str]) -> str:
    return first_topic_label(texts, EVENT)


def test_a_venue_the_claims_only_write_as_where_names_no_topic():
    scenes = [
        ["A fire killed two people at the Kestrel Point Bus Station on Sunday.",
         "The blaze broke out at Kestrel Point Bus Station shortly after midnight, police said."],
        ["Two people were killed by a fire at the Kestrel Point Bus Station on Sunday.",
         "According to police, the blaze started in Kestrel Point Bus Station shortly after midnight."],
        ["Police said the fire, which broke out at the Kestrel Point Bus Station on Sunday, killed two people.",
         "The blaze at Kestrel Point Bus Station was started deliberately, police said."],
        ["A fire killed two people at the old bus station on Sunday.",
         "The blaze broke out at the old bus station shortly after midnight, police said."],
    ]
    for texts in scenes:
        assert "station" not in _first_label(texts).casefold(), texts


def test_a_venue_the_claims_act_on_keeps_its_name():
    acted_on = [["The council will close Kestrel Point Bus Station in June.",
                 "Kestrel Point Bus Station will be closed in June, the council said."],
                ["The council will close the old bus station in June.",
                 "The old bus station will be closed in June, the council said."]]
    for texts in acted_on:
        assert "bus station" in _first_label(texts).casefold(), texts
