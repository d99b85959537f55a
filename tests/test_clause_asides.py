"""Issue 16: what a relative clause or a participle set off by commas asserts is read as a clause of its own,
with its own roles and figures, however long the noun's phrase before the comma (real parse)."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


def _clause(text: str, predicate: str):
    return next((c for c in frame_of(claim_from_text(text)).clauses if c.predicate == predicate), None)


@pytest.mark.parametrize("text, predicate, role", [
    # the comma after the noun's own phrase, and the clause the parser hung on the date in it
    ("The bank's decision on Thursday, which cut its benchmark rate to 4.5%, was backed by all members.", "cut",
     "decision"),
    ("The governor's order last week, which closed all schools, was lifted.", "close", "order"),
    # a verb of speech that reports nothing is an act; a past participle the tagger read as a past tense
    ("The audit office's report, published the day after the vote, found the scheme overran its budget.",
     "publish", "report"),
    ("The inquiry's findings, released a week after the crash, blamed the pilots.", "release", "findings"),
])
def test_a_clause_set_off_after_its_nouns_phrase_is_read(text, predicate, role):
    clause = _clause(text, predicate)
    assert clause is not None and role in clause.agent + " " + clause.theme


def test_a_verb_of_speech_in_an_aside_that_reports_something_is_no_act():
    assert _clause("The mayor, who said on Monday that the plan was dead, resigned.", "say") is None


@pytest.mark.parametrize("a, b", [
    ("The Central Bank of Arlen raised its main interest rate to 3.25% on Wednesday, the bank said.",
     "The Central Bank of Arlen's decision on Wednesday, which took its main interest rate down to 3.25%, "
     "surprised markets."),
    ("The regulator raised the price cap to 2% on Monday.",
     "The regulator's ruling on Monday, which took the price cap down to 2%, drew complaints from consumers."),
])
def test_a_direction_told_by_a_verb_and_its_particle_in_a_clause_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "direction"


@pytest.mark.parametrize("a, b", [
    ("The Central Bank of Arlen cut its main interest rate to 3.25% on Wednesday, the bank said.",
     "The Central Bank of Arlen's decision on Wednesday, which took its main interest rate down to 3.25%, "
     "surprised markets."),
    # a relative clause telling another fact than the main clause
    ("Biden, who signed the bill Monday, spoke Tuesday.", "Biden spoke on Tuesday."),
    ("Biden, who signed the bill Monday, spoke Tuesday.", "Biden signed the bill on Monday."),
])
def test_a_clause_telling_the_same_or_another_fact_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_a_particle_that_makes_another_act_moves_no_amount():
    frame = frame_of(claim_from_text("The board turned down the $5 million offer on Friday."))
    assert all(m.predicate not in ("cut", "fall") for m in frame.measures)


@pytest.mark.parametrize("a, b", [
    ("The two leaders praised the talks held in Geneva last week and agreed to continue them.",
     "The two leaders praised last week's talks, which were held in Vienna, and agreed to continue them."),
    ("A spokesman said the two leaders praised the talks held in Geneva last week.",
     "The talks, which were held in Vienna last week, were praised by the two leaders, a spokesman said."),
    # the participle on a noun deep in the object's phrase
    ("In a statement, the ministers gave a warm assessment of the talks by the two delegations held in Geneva.",
     "The ministers welcomed the two delegations' talks, which were held in Vienna, a statement said."),
])
def test_a_participle_that_says_where_is_a_clause_whose_place_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


def test_a_participle_that_says_where_is_read_as_its_act():
    clause = _clause("The ministers gave a warm assessment of the talks held in Geneva.", "hold")
    assert clause is not None and clause.places == ("Geneva",)


@pytest.mark.parametrize("b", [
    "The two leaders praised last week's talks in Geneva and agreed to continue them.",
    "The talks that were held in Geneva last week were praised by the two leaders, who agreed to continue them.",
])
def test_a_participle_whose_place_matches_stays_an_agreement(verdict, b):
    assert verdict("The two leaders praised the talks held in Geneva last week and agreed to continue them.",
                   b).relation == "agree"
