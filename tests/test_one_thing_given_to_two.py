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
