"""One stoppage's length told two ways conflicts where the claims are dated at no granularity apart (issue 16, the
twenty-sixth stop): a year one claim alone gives, of something else ("which opened in 1964"), no longer keeps the two
apart. Two stoppages dated apart (other years, other weekdays) stay apart."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The council said the Queen Street footbridge would be closed for six weeks while its deck is replaced.",
     "Workers replacing the deck of the Queen Street footbridge, which opened in 1964, will keep it shut for four "
     "months, the council said."),
    ("The ministry said the Elm Road tunnel, built in 1932, would be closed for three weeks for repairs.",
     "The Elm Road tunnel will be shut for repairs for two months, the ministry said."),
])
def test_one_stoppage_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The Queen Street footbridge was closed for six weeks in 2019 while its deck was replaced, the council said.",
     "The council said the Queen Street footbridge was shut for four months in 2022 for repairs to its lights."),
    ("The footbridge was closed for two days on Monday, the council said.",
     "The footbridge was closed for three days on Thursday, the council said."),
])
def test_stoppages_dated_apart_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
