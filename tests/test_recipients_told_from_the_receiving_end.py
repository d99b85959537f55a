"""Who got a thing told from either end (issue 16, writer23 row of kind `recipient`): "the grant would go to the
children's hospital" / "the regional teaching hospital is to receive the grant" name two recipients, one as the "to"
of a verb of going or giving, the other as the subject of a verb of getting (judge._received_apart); described
apart by their head nouns or by words qualifying one noun that the other claim never writes. Never an agreement: a
difference that may conflict (a description may fit several). One recipient told from both ends still agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The council said the 50,000-euro prize would go to the city's oldest primary school.",
     "The town's new secondary school is to receive the council's 50,000-euro prize, its head teacher said."),
    ("The bequest of 3 million pounds will go to the county's maritime museum, the executors said.",
     "The executors said the county's railway museum would receive the 3 million pound bequest."),
    ("The ministry's grant will go to the northern rescue service to buy two helicopters.",
     "The coastal rescue service got the ministry's grant for two new helicopters, officials said."),
])
def test_two_recipients_told_from_either_end_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The foundation said its grant of 2 million dollars would go to the children's hospital in Accra to build a ward.",
     "The children's hospital in Accra is to receive the foundation's 2 million dollar grant for a new ward."),
    ("The grant will go to the city's main hospital, the foundation said.",
     "The main hospital in the city will receive the grant, the foundation said."),
    ("The grant will go to the hospital in Kumasi, the foundation said.",
     "Kumasi's teaching hospital will receive the foundation's grant."),
])
def test_one_recipient_told_from_either_end_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"
