"""One act told with other words (issue 16, point 2; helper h22x): contra pairs the comparator read as two acts or
never compared, though both tell one act of one subject and a slot conflicts. Each rule with phrasings it must get
right and look-alikes it must leave alone (two things sharing a verb, a number type or a place)."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


# -- one stoppage told by "halt", "suspend" or "ground" (frames.toml [synonyms]) ----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The rail operator suspended services on the northern line for three days.",
     "Trains on the northern line were halted for a week following the landslide, the operator said."),
    ("Flights at Bergen airport were grounded for four hours on Tuesday after a fuel leak, the airport said.",
     "A fuel leak halted all flights at Bergen airport for roughly an hour on Tuesday."),
    ("According to the port authority, a cyber attack halted loading at the Gdynia container terminal for two days.",
     "Loading at the Gdynia container terminal, suspended after a cyber attack, stayed stopped for nine days, the "
     "port authority said."),
])
def test_one_stoppage_of_two_lengths_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # two stoppages of two things, on one day
    ("Flights at Lisbon airport were grounded for five hours on Monday after a radar failure.",
     "Strikes halted production at the Setubal car plant for three days on Monday."),
    ("The regulator suspended the bank's licence for six months.",
     "The central bank halted bond purchases for two months."),
    # one stoppage told alike
    ("Flights at Lisbon airport were grounded for five hours on Monday.",
     "Flights at Lisbon airport were halted for five hours on Monday, the operator said."),
])
def test_stoppages_of_other_things_or_alike_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- a closure denied against one told as coming ("close" / "shut down") -------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The carmaker has no plans to close its assembly plant in Sunderland, a spokeswoman said.",
     "The carmaker's assembly plant in Sunderland will be shut down next year, its chief executive said."),
    ("The carmaker will not close its plant in Sunderland, a spokeswoman said.",
     "The carmaker's plant in Sunderland is being shut down, unions said."),
    ("According to the health board, there are no plans to close the maternity unit at Ashford hospital.",
     "The maternity unit at Ashford hospital will be shut by the end of the year, the health board said."),
])
def test_closure_denied_and_told_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # two plants, in two towns
    ("The carmaker has no plans to close its plant in Sunderland, a spokeswoman said.",
     "The carmaker will shut down its plant in Swindon by 2027."),
    # two things of one street
    ("The council has no plans to close the library on Mill Road.",
     "The council will shut down the swimming pool on Mill Road by 2027."),
])
def test_closure_of_another_thing_does_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- a deadline is no doer ("by 2027") ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent", [
    ("The battery plant will be shut down by 2027, the company said.", ""),
    ("The fine must be paid by Friday.", ""),
    ("The bill was signed by the governor on Friday.", "the governor"),
])
def test_deadline_read_as_no_agent(text, agent):
    assert frame_of(claim_from_text(text)).agent == agent
