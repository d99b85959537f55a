"""Vote tallies beside the other verbs of a decision ("adopted ... 47-38", "backed ... 7-2", "endorsed", "ratified",
"rejected") and tallies written in words ("nine to two", "by eleven votes to three"; issue 16, writer21 rows of kind
`vote-tally`): the tally reader knew only "vote", "pass", "approve" and numerals, so one vote told two ways matched
nowhere. A span of hours ("from nine to five") is no tally."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The city council approved the new bus lanes by eleven votes to three on Monday.",
     "Councillors voted 9-5 on Monday to approve the new bus lanes."),
    ("The senate ratified the treaty 61-30 on Wednesday.",
     "On Wednesday the treaty was ratified by the senate, with 58 senators in favour and 33 against."),
    ("Shareholders backed the merger by 312 votes to 40 at the annual meeting.",
     "The merger was endorsed at the annual meeting by a vote of 290 to 62."),
    ("The board adopted the budget seven to two on Thursday.", "On Thursday the board voted 6-3 to adopt the budget."),
])
def test_one_vote_tallied_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The committee backed the plan nine to two on Tuesday.", "The full council rejected the plan 20-25 on Friday."),
    ("The club backed its manager after a run of games that ended two to one in its favour.",
     "The club's board voted 7-2 to keep the manager."),
    ("The senate passed the bill 61-30 on Wednesday.", "The house passed its version of the bill 220-210 on Thursday."),
])
def test_two_votes_or_a_score_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, tally", [
    ("The board adopted the budget seven to two.", (7, 2)),
    ("Councillors backed the plan by twenty-one votes to nine.", (21, 9)),
    ("The board met from nine to five and adopted the budget.", None),
])
def test_a_tally_in_words_is_read_beside_a_word_of_voting(text, tally):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    tallies = [m.tally for m in frame_of(claim_from_text(text)).measures if m.unit == "tally"]
    assert tallies == ([tally] if tally else [])
