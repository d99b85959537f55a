"""Issue 16: a clause's act carries its recipient, so one thing told as gone to two named recipients conflicts
whether either claim tells the act in its main clause or in a clause on a noun (real parse)."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


def test_a_clause_reads_its_recipient():
    clause = next(c for c in frame_of(claim_from_text("Current TV, which its founders sold to Comcast in January, "
                                                      "will close.")).clauses if c.predicate == "sell")
    assert clause.recipient == "Comcast"


@pytest.mark.parametrize("a, b, contradiction", [
    # main clause against a "which" clause; the thing is one ("the two systems"): a contradiction
    ("Norway will send the two air defence systems to Estonia, the ministry said.",
     "The two air defence systems, which Norway will send to Latvia, arrive next month, the ministry said.", True),
    # a bare mass noun may go both ways: a difference, no contradiction
    ("Germany, which sends oil to India, raised prices.", "Germany, which sends oil to China, raised prices.", False),
])
def test_recipients_told_in_clauses_differ(verdict, a, b, contradiction):
    found = verdict(a, b)
    assert found.basis == "recipient" and found.contradiction is contradiction


@pytest.mark.parametrize("a, b", [
    ("The ministry said the two systems, which Norway will send to Estonia, arrive next month.",
     "Norway will send the two systems to Estonia, the ministry said."),
    ("The company, which sold its stake to Microsoft last year, reported a loss.",
     "The company reported a loss after it sold its stake to Microsoft last year."),
])
def test_one_recipient_told_in_a_clause_and_a_main_clause_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction and verdict(a, b).basis != "recipient"
