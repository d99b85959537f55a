"""One counted thing narrowed by synonymous words ("spoiled ballots" / "invalid ballots"; issue 16, writer21 row of
kind `count-noun`): one measured variable (frames.toml [variables]), where two words each of its own made two kinds
of the thing. Two kinds named apart ("invalid" / "postal") still are two."""
import pytest


def test_one_count_under_synonymous_modifiers_conflicts(verdict):
    assert verdict("Invalid ballots in the Poznan council election totalled 3,402, the electoral office said.",
                   "The electoral office put the number of spoilt ballots in the Poznan council election at just "
                   "under two thousand.").contradiction


@pytest.mark.parametrize("a, b", [
    ("Invalid ballots in the Poznan council election totalled 3,402, the electoral office said.",
     "Postal ballots in the Poznan council election totalled 12,100, the electoral office said."),
    ("Some 1,250 rejected ballots were recorded in the Galway recount, officials said.",
     "Officials said 840 blank ballots were counted in the Galway recount."),
])
def test_two_kinds_of_one_thing_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
