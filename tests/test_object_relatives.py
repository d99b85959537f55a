"""A relative clause on a verb's object that the parse gave the verb as its clause ("opposed legislation Tuesday that
would create a commission") tells of the object: the verb is the claim's act, not a stance on what the clause says."""
from __future__ import annotations

from datetime import date

import pytest

from crosscheck.claims import claim_from_text

TUESDAY = date(2021, 5, 18)


@pytest.mark.parametrize("text, act", [
    ("The minority leader opposed legislation Tuesday that would create an independent commission.", "oppose"),
    ("Senate Democrats backed a measure on Monday which would expand voting by mail.", "back"),
    ("The governor rejected a proposal last week that would have raised the gas tax.", "reject"),
    ("The union endorsed a plan Friday that would cut the school day by an hour, officials said.", "endorse"),
])
def test_a_relative_clause_on_the_object_is_no_stance_held(text, act):
    claim = claim_from_text(text, TUESDAY)
    assert claim.predicate == act
    assert not claim.hedge


@pytest.mark.parametrize("text, content", [
    ("The minority leader argued Tuesday that the commission would be biased.", "bias"),
    ("The minority leader said that would be a mistake.", "be"),
    ("The senator opposed the bill, insisting that it would raise costs.", "oppose"),
])
def test_a_clause_the_subject_holds_stays_its_content(text, content):
    assert claim_from_text(text, TUESDAY).predicate == content
