"""A verb lemma the small pipeline misreads ("fined" as "fin") set right (data/frames.toml [misread_lemmas], h23a):
a fine told by the verb and by the noun is one sum."""
import pytest


def test_fined_is_read_as_fine():
    from crosscheck.claims import claim_from_text
    assert claim_from_text("The operator was fined 85,000 euros by the regulator.").predicate == "fine"


@pytest.mark.parametrize("a, b", [
    ("The club was fined 40,000 pounds by the league on Monday for crowd trouble.",
     "The league's fine of 14,000 pounds against the club for crowd trouble was announced on Monday."),
    ("A Gdynia shipping firm has been fined 120,000 zloty by the port authority for dumping ballast water.",
     "The port authority's fine of 210,000 zloty against the Gdynia shipping firm for dumping ballast water is its "
     "largest yet, an official said."),
])
def test_a_fine_by_verb_and_noun_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures", result.reason


@pytest.mark.parametrize("a, b", [
    # a fine and another sum of the same firm
    ("The club was fined 40,000 pounds by the league for crowd trouble, the league said.",
     "The club's new stadium barriers cost 14,000 pounds, the league said."),
])
def test_a_fine_and_another_sum_stay_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
