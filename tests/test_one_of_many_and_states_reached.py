"""A light verb's state is the act it tells ("brought to a standstill", "ground to a halt", "came to an end": halted,
ended; frames.toml [states_reached] `acts`), and one act told of several counted things in one claim ("all four of
the island's hospitals") and of one of them in the other ("the hospital in Kirkwall") is a whole and a part: a
difference, never one fact agreed (issue 16, writer24 row of kind `broader-narrower`). One thing told by either verb
still agrees; a scale's reading or a misread count is no whole."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The storm cut power to all four of the island's hospitals on Monday.",
     "Power to the hospital in Kirkwall was cut on Monday by the storm."),
])
def test_a_whole_and_one_of_its_parts_differ(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("The strike halted container traffic at the port of Valparaiso on Wednesday.",
     "Container traffic at the port of Valparaiso was brought to a standstill on Wednesday by the strike."),
    ("Talks between the two sides came to an end on Friday without a deal.",
     "The talks between the two sides ended on Friday without a deal."),
    ("A magnitude 6.1 earthquake struck off the coast of Rhodes on Tuesday, the fire brigade said.",
     "A 6.1-magnitude quake hit the sea off the island of Rhodes on Tuesday, Greek authorities said."),
])
def test_one_thing_told_by_either_verb_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    # the counted noun qualifying another noun names no one of them ("the refugee cap", "the tenant allowance")
    ("The city said on Monday it would house 1,200 tenants in new flats this year after weeks of protests.",
     "The mayor raised the tenant allowance to 1,200 on Monday after weeks of protests by the city's renters."),
    ("The ministry will admit 62,000 refugees this year, officials said on Monday.",
     "On Monday the government lifted the refugee ceiling to 62,000, officials said."),
])
def test_a_noun_qualifying_another_is_no_part(verdict, a, b):
    assert "one of them" not in verdict(a, b).reason


@pytest.mark.parametrize("text, act", [
    ("Traffic was brought to a standstill by the strike.", "halt"),
    ("The talks came to an end on Friday.", "end"),
    ("Production ground to a halt.", "halt"),
    ("The bill came to the Senate floor.", "come"),
])
def test_a_state_reached_is_read_as_its_act(text, act):
    from crosscheck.frames import _frame_of_text

    assert _frame_of_text(text, (), (), "", "").predicate == act
