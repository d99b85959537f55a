"""One person's age told two ways by a verb with a particle (h23a): a figure's verb is the main predicate without
its particle ("step" of "step down"), so "the 71-year-old founder has stepped down" / "founder X, 67, has stepped
down" tell one act, as "resigned" / "resigned" do. Two people each named in full, whose ages one shared noun would
tie ("coach"), stay two people's ages."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Tomas Lindgren, the 64-year-old chairman of Nordbank, stepped down on Monday after a decade at the helm.",
     "Nordbank chairman Tomas Lindgren, 58, has stood down after ten years in the post."),
    ("The 52-year-old coach of Ajax, Pieter Vos, has stepped down after six seasons.",
     "After six seasons in charge, Ajax coach Pieter Vos, 47, stepped down, the club said."),
])
def test_one_persons_age_by_a_phrasal_verb_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.values[0].startswith(("64", "52")), result.reason


@pytest.mark.parametrize("a, b", [
    # another person named in full, beside a noun both write or none
    ("Tomas Lindgren, the 64-year-old chairman of Nordbank, stepped down on Monday.",
     "His deputy, Ana Ruiz, 44, stepped down from Nordbank's board on Monday."),
    ("The 52-year-old coach of Ajax, Pieter Vos, has stepped down.",
     "Ajax assistant coach Jan de Boer, 38, stepped down on the same day."),
    ("The 52-year-old coach of Ajax, Pieter Vos, has resigned.",
     "Ajax assistant coach Jan de Boer, 38, resigned on the same day."),
    # one family name, two given names
    ("Former mayor Gerald Hume, 78, stepped down from the board on Sunday.",
     "His son, councillor Patrick Hume, 49, stepped down from the board on Sunday."),
])
def test_two_peoples_ages_stay_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
