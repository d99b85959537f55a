"""The labels benchmark's scoring: a label keeps its judges' verdict while its text is unchanged; a new one is
counted apart, unjudged."""
from benchmarks.labels_sheet import score


def test_unchanged_labels_keep_their_verdict_and_new_ones_are_counted_unjudged():
    verdicts = [
        {"judge": "editor", "story": "1", "label": "Senate passes bill, 1 Aug 2021", "kind": "event", "natural": True},
        {"judge": "editor", "story": "2", "label": "Attacks, 2 Aug 2021", "kind": "event", "natural": False},
        {"judge": "editor", "story": "1", "label": "test vote", "kind": "topic", "natural": False},
        {"judge": "editor", "story": "1", "label": "test vote", "kind": "topic", "natural": True, "round": 2},
    ]
    events = [("1", "Senate passes bill, 1 Aug 2021", []), ("2", "9/11 anniversary, 2 Aug 2021", [])]
    topics = [("1", "test vote", []), ("1", "Senate", [])]
    rows = {(kind, judge): rest for kind, judge, *rest in score(events, topics, verdicts)}
    assert rows[("event", "editor")] == ["1.00 (1/1)", 1, 2]
    assert rows[("topic", "editor")] == ["1.00 (1/1)", 1, 2]  # the later round's verdict
