"""Speakers, seventeenth round (issue 17): a stance told of its holder is the holder's, in several phrasings."""
import pytest

from tests.test_claims import claims_of


def voices_of(*lines: str) -> dict[str, str]:
    return {c.text: c.voice for c in claims_of(*lines)}


@pytest.mark.parametrize("lines, clause, voice", [
    (("Ann Cole's plan to cut the levy for farmers drew criticism.",), "to cut the levy for farmers", "Ann Cole"),
    (("Ann Cole spoke on Monday.", "The council met after her refusal to sign the levy bill for the county."),
     "to sign the levy bill for the county", "Ann Cole"),
    (("The levy was raised despite the union's demand that the council cut it for farmers.",),
     "that the council cut it for farmers", "union"),
    (("Tom Reed crossed Ohio on a bus, and the trip was part of his plan to win the farm vote in the fall.",),
     "to win the farm vote in the fall", "Tom Reed"),
])
def test_a_stance_nouns_infinitive_or_clause_is_its_owners(lines, clause, voice):
    assert voices_of(*lines)[clause] == voice


def test_a_stance_noun_without_an_owner_stays_the_outlets():
    assert set(voices_of("The decision to close the mills in Dayton drew criticism.").values()) == {"Example News"}


@pytest.mark.parametrize("line, clause, voice", [
    ("The jobs report cheered Democrats hoping to keep the Senate next year.", "hoping to keep the Senate next year",
     "Democrats"),
    ("The levy vote drew farmers hoping to keep their land in the county.",
     "hoping to keep their land in the county", "farmers"),
    ("Rallies drew thousands of voters opposing the levy on farm land in Ohio.",
     "opposing the levy on farm land in Ohio", "voters"),
    ("The bill passed with votes of farmers, and crowds of voters backing Tom Reed for governor in the fall cheered.",
     "backing Tom Reed for governor in the fall", "crowds of voters"),
    ("The council gave tax breaks to unions willing to build new halls in the county.",
     "willing to build new halls in the county", "unions"),
])
def test_a_stance_a_participle_tells_of_people_is_theirs_beside_the_sentence(line, clause, voice):
    found = voices_of(line)
    assert found.pop(clause) == voice
    assert set(found.values()) == {"Example News"}  # the sentence, whole or cut in clauses, stays the outlet's


@pytest.mark.parametrize("line", [
    "The report was read by farmers walking to the market in the town.",
    "Tom Reed signed the levy bill in Dayton on Monday.",
    "Ann Cole visited Paris with farmers on Monday.",
])
def test_an_act_told_of_people_stays_the_outlets(line):
    assert set(voices_of(line).values()) == {"Example News"}


@pytest.mark.parametrize("line, voice", [
    ("Tom Reed hoping for a shift in the closing contests of the race.", "Tom Reed"),
    ("Ann Cole is hoping that the levy will pass in March.", "Ann Cole"),
    ("The levy is opposed by Tom Reed.", "Tom Reed"),
    ("Tom Reed, who is pushing for a lower levy, wants the council to vote in March.", "Tom Reed"),
    ("The council should cut the levy, Ann Cole believes.", "Ann Cole"),
])
def test_a_stance_verb_states_its_subjects_position_in_any_order(line, voice):
    assert voices_of(line)[line] == voice


@pytest.mark.parametrize("line, voice", [
    ("Mr. Reed, like most economists, is still persuaded of the benefits that trade brings to the county.", "Reed"),
    ("The council is deeply divided over the levy on farm land.", "council"),
])
def test_an_adjective_of_stance_the_parse_made_a_passive_is_its_subjects(line, voice):
    assert voices_of(line)[line] == voice


@pytest.mark.parametrize("line", [
    "The levy was opposed in the council on Monday.",
    "It is widely expected that the levy will pass.",
])
def test_a_passive_of_stance_with_no_one_holding_it_stays_the_outlets(line):
    assert voices_of(line)[line] == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("The council can still act if Tom Reed thinks that the levy is unfair.", "Tom Reed"),
    ("If farmers want a lower levy, the council will listen.", "farmers"),
    ("It is unclear if Tom Reed said the levy would fail.", "Example News"),
    ("The council can still act if Tom Reed says that the levy is unfair.", "Example News"),
])
def test_a_belief_or_wish_put_with_if_is_still_its_subjects_but_not_speech(line, voice):
    assert voices_of(line)[line] == voice


@pytest.mark.parametrize("lines", [
    ("Tom Reed spoke on Monday.", "He\u2019s often been careful not to mention Ann Cole by name."),
    ("Tom Reed spoke on Monday.", "Maybe he's changed his mind about the levy on farm land."),
])
def test_a_perfect_the_parse_read_as_a_passive_keeps_its_subject(lines):
    assert voices_of(*lines)[lines[-1]] == "Tom Reed"


def test_a_true_passive_with_s_names_no_one():
    line = "The levy's been opposed in the council on Monday."
    assert voices_of(line)[line] == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("Tom Reed has tried to make an issue out of the levy on farm land.", "Tom Reed"),
    ("The vote came as Ann Cole was looking to end the feud with the council.", "Ann Cole"),
    ("The council, which is working to cut the levy, met on Monday.", "council"),
    ("Tom Reed tried the soup at the fair in Dayton.", "Example News"),
    ("Ann Cole looked tired after the long vote on Monday.", "Example News"),
])
def test_a_verb_of_trying_is_its_subjects_intention_only_with_its_infinitive(line, voice):
    assert voices_of(line)[line] == voice


def test_a_stance_nouns_gerund_with_of_is_its_owners():
    found = voices_of("Tom Reed spoke on Monday.", "But later he broke from his policy of never attacking Ann Cole "
                      "in public.")
    assert found["of never attacking Ann Cole in public"] == "Tom Reed"


@pytest.mark.parametrize("line, clause", [
    ("Tom Reed will head to Ohio this week for a long tour, hoping to win the farm vote.",
     "hoping to win the farm vote"),
    ("Tom Reed toured the mills on Monday, seeking support from the farm vote.", "seeking support from the farm vote"),
    ("Hoping to win the farm vote, Tom Reed toured the mills on Monday.", "Hoping to win the farm vote"),
    ("Tom Reed heads to Ohio seeking farm votes amid rising tensions with the council",
     "seeking farm votes amid rising tensions with the council"),
])
def test_an_act_stays_narration_and_the_aim_beside_it_is_the_subjects(line, clause):
    found = voices_of(line)
    assert found.pop(clause) == "Tom Reed"
    assert set(found.values()) == {"Example News"}


def test_an_intention_noun_held_tells_a_fact():
    line = "The council has no plan for the levy on farm land."
    assert voices_of(line)[line] == "Example News"
