"""One counted or definite thing given away, told by two verbs of giving ("handed over to", "donated to", "turned
over to", "gave ... to") and, in one claim, perhaps without its giver (a passive without "by"): two recipients are a
conflict where one is a named body and the other a described one that the name does not hold and the other claim never
writes (issue 16, writer24 row of kind `recipient`). A description that may stand for any body ("the authorities"),
two things given, or a thing brought in as new stay no contradiction; one recipient told by two verbs agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The 40 confiscated motorbikes were given to rural health clinics, the customs agency said.",
     "The customs agency handed the 40 seized motorbikes over to the Kenya Wildlife Service."),
    ("Police donated the 200 recovered bicycles to the Salvation Army.",
     "The 200 recovered bicycles were handed over to local primary schools, police said."),
    ("The seized fishing boat was turned over to the navy, the ministry said.",
     "The ministry gave the seized fishing boat to the University of Bergen for research."),
])
def test_one_thing_given_to_two_recipients_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The 40 seized motorbikes were handed to the authorities in Mombasa.",
     "The customs agency gave the 40 seized motorbikes to the Mombasa County Government."),
    ("The city gave a grant of 2 million euros to the museum.",
     "The city donated 500 laptops to the Kenya Police Service."),
    ("A charter flight from Oslo was diverted to Bergen on Monday, the airline said.",
     "The airline said its Oslo service to Tromso was diverted to Bodo on Monday."),
])
def test_no_conflict_of_recipients(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The 3,000 seized laptops were handed over to public schools in Tema.",
     "Customs officials donated the 3,000 confiscated laptops to public schools in Tema."),
    ("Police donated the recovered bicycles to the Salvation Army.",
     "The recovered bicycles were given to the Salvation Army, police said."),
])
def test_one_recipient_told_by_two_verbs_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("The arts council said its grant of 500,000 euros would go to the Galway city museum for a new roof.",
     "The arts council's grant of 500,000 euros will go to Galway's public library, the council said."),
    ("The development bank's loan of 80 million dollars will go to Malawi's national water board.",
     "Malawi's electricity regulator is the recipient of an 80 million dollar loan from the development bank."),
])
def test_one_sum_to_recipients_of_two_kinds_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # one kind, two qualifiers: perhaps one recipient described twice
    ("The foundation said its grant of 2 million dollars would go to the children's hospital in Accra.",
     "Accra's regional teaching hospital is to receive the foundation's 2 million dollar grant."),
    # no sum told alike: perhaps two grants
    ("The arts council gave a grant to the Galway city museum.",
     "The arts council gave 500,000 euros to Galway's public library."),
])
def test_recipients_of_one_kind_or_two_sums_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
