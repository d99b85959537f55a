"""The parse tests several modules share: a verb told in the past or the perfect (tense), a phrase of when
(predicates), a clause opened by "that" (features)."""
from types import SimpleNamespace

import pytest

from crosscheck import features, nlp, tense
from crosscheck.predicates import when_phrase


@pytest.fixture(scope="session")
def parse():
    nlp.load()
    return nlp.parse_one


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, verb, past", [
    ("The council approved the budget on Monday.", "approved", True),
    ("The council has approved the budget.", "approved", True),
    ("The budget, which the council had approved, was cut.", "approved", True),
    ("The council approves the budget.", "approves", False),
    ("The council will approve the budget.", "approve", False),
    ("Budget approved by council after long debate", "approved", False),  # a headline's passive participle
])
def test_told_past(parse, text, verb, past):
    assert tense.told_past(_token(parse(text), verb)) is past


def test_told_past_reads_only_the_given_auxiliaries(parse):
    approved = _token(parse("The council has approved the budget."), "approved")
    assert tense.perfect(approved) and not tense.perfect(approved, ("auxpass",))


@pytest.mark.parametrize("text, preposition, when", [
    ("The minister spoke on Tuesday about the plan.", "on", True),
    ("The plan was announced in 2021 by the minister.", "in", True),
    ("The minister spoke on the plan.", "on", False),
])
def test_when_phrase(parse, text, preposition, when):
    token = _token(parse(text), preposition)
    assert when_phrase(token) is when
    assert when_phrase(token, objects_only=True) is when


@pytest.mark.parametrize("text, head, verbs_only, opened", [
    ("The mayor said that the bridge would reopen.", "reopen", False, True),
    ("The mayor said the bridge would reopen.", "reopen", False, False),
    ("The mayor denied the claim that the bridge was unsafe.", "was", True, True),
])
def test_that_clause(parse, text, head, verbs_only, opened):
    assert features.that_clause(_token(parse(text), head), verbs_only=verbs_only) is opened



def test_when_phrase_with_objects_only_reads_the_object_alone():
    # a date hung on the preposition otherwise than as its object: a phrase of when, but not as claims reads one
    stub = SimpleNamespace(dep_="prep", children=[SimpleNamespace(dep_="npadvmod", ent_type_="DATE")])
    assert when_phrase(stub) and not when_phrase(stub, objects_only=True)


def test_that_clause_with_verbs_only_needs_a_verb():
    # a "that" hung on a noun (a misparse the callers meet): a clause opened by "that", but not on a verb
    stub = SimpleNamespace(pos_="NOUN", children=[SimpleNamespace(dep_="mark", lower_="that")])
    assert features.that_clause(stub) and not features.that_clause(stub, verbs_only=True)
