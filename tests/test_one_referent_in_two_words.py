"""A generic noun that names the same referent as the other claim's subject ("the carrier" / "the airline", "the
vessel" / "the tanker", "the lender" / "the bank": frames.toml [referents]) is one actor, not "another actor" (issue
16, writer24 row of kind `negation-reported`): an act asserted of one and denied of the other conflicts. A name against
a description, or nouns of no one group, stay apart."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The lender will close its branches in rural Wales, the bank's chairman said on Monday.",
     "The bank will not close any rural branches in Wales, its chairman said on Monday."),
    ("The carmaker will build its new battery plant in Saxony, the company said.",
     "The company will not build its new battery plant in Saxony, a spokesman said."),
    ("The vessel was carrying 40,000 tonnes of crude when it ran aground off Brittany, the coastguard said.",
     "The tanker was carrying 25,000 tonnes of crude when it ran aground off Brittany, the coastguard said."),
    # a body's members named by an "of" in one claim, by a name before the noun in the other: one group
    ("Members of the Harbour Workers Union rejected the pay deal at a vote in Gdansk on Friday.",
     "The pay deal was approved by Harbour Workers Union members at a vote in Gdansk on Friday."),
])
def test_one_referent_in_two_words_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


def test_one_referent_in_two_words_agrees(verdict):
    assert verdict("The carrier will keep its routes from Vienna, the airline said.",
                   "The airline will keep flying from Vienna, its chief executive said.").relation == "agree"


@pytest.mark.parametrize("x, y, one", [
    ("The carrier", "The airline", True),
    ("the vessel", "the bulk carrier", True),
    ("The lender", "the bank", True),
    ("The bank", "the government", False),
    ("Lufthansa", "the airline", False),
    ("the airline's pilots", "the carrier", False),
])
def test_bare_descriptions_of_one_group_are_one_referent(x, y, one):
    from crosscheck.compare.readings import one_referent

    assert one_referent(x, y) is one


@pytest.mark.parametrize("a, b", [
    ("Lufthansa will keep its long-haul routes from Vienna.", "The airline Ryanair will not keep flying from Vienna."),
    ("The bank raised its rates on Monday.", "The government did not raise its rates on Monday."),
])
def test_other_actors_stay_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction
