"""A figure handed to one holder told by an office against one handed to another office (issue 16, writer23 row of
kind `two-cases`): "sentenced the former hospital director to six years" / "the hospital's former finance chief was
sentenced to four years" tell two people's sentences where neither claim writes the other's office, even when one
court, named in both, hands down both (align.given_to_two, one_doers_figures). One office told two ways ("the former
hospital director" / "the former director of the hospital") is one person, and a bare "the man" any."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("A court in Brasov sentenced the former school principal to seven years in prison for embezzlement.",
     "The school's former bursar was sentenced to three years by a court in Brasov for her part in the embezzlement."),
    ("A Lyon court jailed the club's former president for five years over the match-fixing scandal.",
     "The club's ex-treasurer received a three-year sentence from the Lyon court for his role in the match-fixing."),
    ("The tribunal in Gdansk sentenced the port's harbour master to four years for taking bribes.",
     "For his part in the bribes, the port's customs inspector was sentenced to two years by the Gdansk tribunal."),
])
def test_figures_handed_to_two_offices_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("A court in Brasov sentenced the former school principal to seven years in prison for embezzlement.",
     "The former principal of the school was sentenced to three years by a court in Brasov for embezzlement."),
    ("A court in Bergen sentenced the former mayor to five years for corruption.",
     "The former mayor of Bergen was sentenced to three years for corruption, the court said."),
    ("The judge sentenced the driver to nine years for causing the crash that killed three people.",
     "The driver who caused the crash that killed three people was jailed for six years by the judge."),
])
def test_one_offices_sentence_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
