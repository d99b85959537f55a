"""One doer's figures told by opposite acts are two measurements, each of its own act, never one act's figure told
two ways (`align._opposite_acts` in `one_doers_figures`); one doer's figure told by one act, or by two verbs of one
act, still is."""
import pytest

OPPOSITE_ACTS = [
    ("The company rehired 40 workers at its Leeds plant on Monday.",
     "The company laid off 60 workers at its Leeds plant on Monday."),
    ("Some 40 workers were rehired by the company at its Leeds plant on Monday.",
     "On Monday the company laid off 60 workers at the Leeds plant."),
    ("The shipyard in Gdansk, which reinstated 120 welders on Thursday, said orders had picked up.",
     "The Gdansk shipyard laid off 85 welders on Thursday, the company said."),
]

ONE_ACT = [
    ("The council set aside 3 million pounds for flood defences on Tuesday.",
     "The council granted 4 million pounds for flood defences on Tuesday."),
    ("The company laid off 40 workers at its Leeds plant on Monday.",
     "On Monday 60 workers were laid off by the company at its Leeds plant."),
]


@pytest.mark.parametrize("a, b", OPPOSITE_ACTS)
def test_figures_of_opposite_acts_are_no_contradiction(compared_together, a, b):
    found = compared_together(a, b)
    assert found is None or not found.contradiction, found


@pytest.mark.parametrize("a, b", ONE_ACT)
def test_one_acts_figures_told_two_ways_conflict(compared_together, a, b):
    found = compared_together(a, b)
    assert found is not None and found.contradiction, found
