"""An act its subject received, told by the act's noun ("the tie-up won shareholder approval": shareholders approved the
tie-up), read as that act with the subject as what it was done to (issue 16, h24e: `judge._act_received`, frames.toml
[light] `received_heads`), so that one outcome told from the other end conflicts with its opposite. Look-alikes stay
uncalled: another body's approval, two days, a revised thing, the same outcome."""
import pytest


@pytest.mark.parametrize("a, b", [
    # a body's members told by "of" against the noun alone before "approval"
    ("Shareholders of Baltic Grain voted down the takeover by Nordmill at Thursday's meeting.",
     "The Nordmill takeover received shareholder approval at Baltic Grain's meeting on Thursday."),
    # a named chamber in both
    ("The Senate rejected the farm bill on Wednesday.", "The farm bill won Senate approval on Wednesday."),
    # the doer described by an adjective of its kind, "gained"
    ("Regulators blocked the sale of the Vistula refinery to Orlen.",
     "The sale of the Vistula refinery to Orlen gained regulatory approval."),
])
def test_outcome_received_conflicts_with_its_opposite(verdict, a, b):
    judged = verdict(a, b)
    assert judged.contradiction, judged.reason
    assert judged.reason.startswith("opposite outcomes"), judged.reason


@pytest.mark.parametrize("a, b", [
    # another body: shareholders against regulators, the Senate against the House
    ("Shareholders of Baltic Grain voted down the takeover by Nordmill on Thursday.",
     "The Nordmill takeover won regulatory approval on Thursday."),
    ("The Senate rejected the farm bill on Wednesday.", "The farm bill won House approval on Wednesday."),
    # two meetings on two days
    ("Shareholders of Baltic Grain voted down the takeover by Nordmill on Thursday.",
     "The Nordmill takeover won shareholder approval at Helmark's meeting on Monday."),
    # a revised plan, months later
    ("The council rejected the bus depot plan in March.",
     "A revised bus depot plan won council approval in June."),
])
def test_look_alikes_are_not_called(verdict, a, b):
    judged = verdict(a, b)
    assert not judged.contradiction, judged.reason
    assert judged.relation != "agree", judged.reason


def test_same_outcome_received_is_no_conflict(verdict):
    judged = verdict("Shareholders of Baltic Grain approved the takeover by Nordmill on Thursday.",
                     "The Nordmill takeover received shareholder approval on Thursday.")
    assert not judged.contradiction, judged.reason
