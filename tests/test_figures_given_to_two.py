"""A figure handed to one person against one handed to another (issue 16, writer20 row of kind `two-cases`): "sentenced
Giorgio Fontana to eight years" / "Fontana's former deputy, Lucia Serra, received a three-year sentence" tell each
holder's own sentence, however much else they share; a name said to be someone's ("Fontana's deputy") is not the
taker's. One person's sentence told two ways, from either end of the transfer, still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("A Lyon court sentenced the gang's leader, Marc Dubois, to twelve years in prison for the robbery.",
     "His accomplice, Julien Petit, received a five-year sentence from the Lyon court over the robbery."),
    ("A court in Porto sentenced the former mayor, Rui Costa, to six years in prison for corruption.",
     "Costa's chief of staff, Ana Lopes, got a two-year sentence from the same Porto court for corruption."),
])
def test_figures_handed_to_two_people_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("A court in Porto sentenced the former mayor Rui Costa to six years in prison for corruption.",
     "Rui Costa received a four-year sentence from the Porto court for corruption."),
    ("The court jailed Maria Rossi for five years on Monday for the Verona bank fraud.",
     "Maria Rossi was sentenced on Monday to seven years in prison for the Verona bank fraud."),
])
def test_one_persons_sentence_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
