"""An act placed after a happening of a stated length ("after a 40-day journey") and the same act placed that long
after the happening's start ("some 40 days after launch") is one order told from either end (writer19 row 19):
no conflict. Another length, or the act on the other side of the happening, still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The space agency said its lunar probe Selene-3 entered orbit around the Moon on March 14 after a 40-day journey.",
     "The lunar probe Selene-3 reached orbit around the Moon in mid-March, some 40 days after launch, the space agency "
     "said."),
    ("The rowers reached Barbados on Friday after a 52-day crossing of the Atlantic, organisers said.",
     "Organisers said the rowers arrived in Barbados on Friday, 52 days after setting off from the Canary Islands."),
])
def test_one_span_told_from_either_end_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The rowers reached Barbados on Friday after a 52-day crossing of the Atlantic, organisers said.",
     "Organisers said the rowers arrived in Barbados on Friday, 30 days after setting off from the Canary Islands."),
    ("The probe entered orbit on March 14 after a 40-day journey.",
     "The probe entered orbit on March 14 before a 40-day journey."),
])
def test_another_length_or_side_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
