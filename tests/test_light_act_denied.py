"""An act told by a light verb's object noun ("made no request to leave", "gave no approval to the merger"; frames.toml
[light] `object_heads`) against the act told by its verb ("had asked to leave", "approved the merger"; issue 16,
writer17 rows of kind `negation-reported`): asserted and denied of one act, a contradiction. "Asked about" is no
request."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The club said its captain had asked to leave in January.",
     "The captain has made no request to leave in January, the club said."),
    ("The regulator gave no approval to the merger, officials said.", "Officials said the regulator approved the merger."),
    ("The minister made a request for more troops on Monday.", "The minister did not ask for more troops on Monday."),
])
def test_an_act_told_by_a_light_verbs_noun_asserted_and_denied_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "negation"


@pytest.mark.parametrize("a, b", [
    ("The captain asked about leaving in January, the club said.",
     "The captain has made no request to leave in January, the club said."),
    ("Reporters asked the minister about more troops on Monday.", "The minister made no request for more troops on Monday."),
    ("The regulator gave no approval to the merger, officials said.",
     "Officials said the regulator approved the sale of the plant."),
    # a noun of an amount is no act: both say no cost was told
    ("The ministry did not say how much the package would cost.", "No cost for the package was given by the ministry."),
])
def test_a_question_or_another_thing_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
