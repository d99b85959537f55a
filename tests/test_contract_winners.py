"""One contract, concession, licence or tender won, told from the winner's end ("X won the contract", "X secured the
concession") or from the giver's ("the contract was awarded to Y", "the concession went to Y"): the winner is its
slot, and two winners of one contract conflict (issue 16, writer24 row of kind `winner`). A contract brought in as
one of many ("won a contract to supply ..."), or two contracts told apart, stay apart; one winner told by two verbs
agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The contract to build the new Rhine bridge was awarded to Skanska, the transport ministry said.",
     "Strabag won the contract to build the new Rhine bridge, the transport ministry said on Tuesday."),
    ("Strabag secured the contract to build the Rhine bridge at Leverkusen.",
     "The Leverkusen Rhine bridge contract went to Skanska, the ministry announced."),
    ("The licence to run the national lottery went to Allwyn, the gaming commission said.",
     "The gaming commission said Camelot had won the national lottery licence."),
])
def test_two_winners_of_one_contract_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Skanska won the contract to build the Rhine bridge at Leverkusen.",
     "Strabag won the contract to maintain the motorway near Cologne."),
    ("Skanska won a contract to supply steel for the Leverkusen bridge.",
     "The Leverkusen bridge contract went to Strabag."),
])
def test_two_contracts_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_one_winner_told_by_two_verbs_agrees(verdict):
    assert verdict("The contract to build the Rhine bridge was awarded to Skanska.",
                   "Skanska won the Rhine bridge contract, the ministry said.").relation == "agree"


@pytest.mark.parametrize("text, winner", [
    ("Strabag secured the contract to build the bridge.", "Strabag"),
    ("The concession went to Nordhavn Shipping.", "Nordhavn Shipping"),
    ("The prize was received by Anna Lund.", "Anna Lund"),
    ("Strabag did not secure the contract.", ""),
])
def test_a_taker_of_a_contract_is_its_winner(text, winner):
    from crosscheck.frames import _frame_of_text

    assert _frame_of_text(text, (), (), "", "").winner == winner
