"""The events benchmark counts apart the split stories the AllSides answer key files as one though their
articles tell several occasions (benchmarks/labels/event_key.toml, `[[occasions]]`)."""
from benchmarks.events import key_occasions, occasion_of, score, write_corpus


def _story(id, sides):
    news = {side: {"newsSource": f"{side} (News)", "newsTitle": "T", "newsLink": "", "newBody": ["Text."]}
            for side in sides}
    return {"id": id, "issue": "Perspectives: a debate", "date": "2021-05-07T10:00:00", "news": news}


def test_a_story_split_along_its_judged_occasions_is_the_keys_doing(tmp_path):
    written = write_corpus([_story(10, ("left", "center", "right"))], tmp_path / "c")
    path = {written.side[p]: p for p in written.story_of}
    occasions = occasion_of(written, {(10, "left"): 0, (10, "center"): 1, (10, "right"): 1})
    # A column of another day apart from the two pieces of one day: split, by the key's doing.
    events = {path["left"]: "a", path["center"]: "b", path["right"]: "b"}
    result = score(written.story_of, events, occasions=occasions)
    assert result["split_stories"] == [10] and result["split_key"] == 1
    # The two pieces of one day split as well: the tool's doing.
    events[path["right"]] = "c"
    assert score(written.story_of, events, occasions=occasions)["split_key"] == 0
    # Without the judgement, no split is the key's.
    events[path["right"]] = "b"
    assert score(written.story_of, events)["split_key"] == 0


def test_each_judged_occasion_names_sides_once_and_the_story_holds_two_or_more():
    judged = key_occasions()
    assert judged and all(side in {"left", "center", "right"} for _, side in judged)
    groups: dict[int, set[int]] = {}
    for (story, _), group in judged.items():
        groups.setdefault(story, set()).add(group)
    assert all(len(found) >= 2 for found in groups.values())


def test_the_diagnosis_counts_split_stories_of_the_keys_doing():
    from benchmarks.events import Written, split_cause_row

    written = Written(folder=None, story_of={}, issue={1: "Perspectives: a debate", 2: "Jobs report"}, day={})
    row = split_cause_row("1/2", {1: "days apart", 2: "days apart"}, written, keyed={1})
    assert row["the key's doing"] == 1 and row["days apart"] == "2 (1)"


def _judge_file(path, entries):
    import json

    path.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    return path


def test_two_judges_part_a_story_only_where_both_part_it(tmp_path):
    from benchmarks.events import judged_occasions, occasion_labels

    editor = _judge_file(tmp_path / "editor.jsonl", [
        {"story": 10, "groups": [["left"], ["center", "right"]], "reports": {}},
        {"story": 12, "groups": [["left"], ["right"]], "reports": {"left": 14}},
        {"story": 16, "groups": [["left", "right"]], "reports": {"left": 18}}])
    checker = _judge_file(tmp_path / "checker.jsonl", [
        {"story": 10, "groups": [["left"], ["center"], ["right"]], "reports": {}},
        {"story": 12, "groups": [["left", "right"]], "reports": {"left": 14}},
        {"story": 16, "groups": [["left", "right"]], "reports": {}}])
    judged = judged_occasions(((editor,), (checker,)))
    # Both part left from the others; only one parts center from right, so they stay one occasion.
    assert judged[(10, "center")] == judged[(10, "right")] != judged[(10, "left")]
    # One judge keeps 12's two together: one occasion, and both name 14's happening for its left piece, so
    # the right piece tells it too.
    assert judged[(12, "right")] == judged[(12, "left")] == (14, 0)
    # A happening only one judge names is not taken.
    assert judged[(16, "left")] == judged[(16, "right")] == (16, 0)
    written = write_corpus([_story(10, ("left", "center", "right")), _story(20, ("left", "right"))], tmp_path / "c")
    labels = occasion_labels(written, judged)
    assert sorted(set(labels.values())) == [(10, 0), (10, 1), (20, 0)]


def test_without_both_judges_files_no_occasion_is_judged(tmp_path):
    from benchmarks.events import judged_occasions

    editor = _judge_file(tmp_path / "editor.jsonl", [{"story": 10, "groups": [["left"], ["right"]], "reports": {}}])
    assert judged_occasions(((editor,), (tmp_path / "missing.jsonl",))) == {}


def test_events_are_scored_against_occasions_as_against_stories(tmp_path):
    written = write_corpus([_story(10, ("left", "center", "right"))], tmp_path / "c")
    path = {written.side[p]: p for p in written.story_of}
    occasion = {path["left"]: (10, 1), path["center"]: (10, 0), path["right"]: (10, 0)}
    result = score(occasion, {path["left"]: "a", path["center"]: "b", path["right"]: "b"})
    assert result["ari"] == 1.0 and result["stories_kept_whole"] == 1 and result["mixed_events"] == 0


def test_two_stories_each_named_for_the_others_happening_are_one_occasion(tmp_path):
    from benchmarks.events import judged_occasions

    entries = [{"story": 10, "groups": [["left", "right"]], "reports": {"left": 12, "right": 12}},
               {"story": 12, "groups": [["left"]], "reports": {"left": 10}},
               {"story": 14, "groups": [["left"], ["right"]], "reports": {"right": 16}}]
    judged = judged_occasions(((_judge_file(tmp_path / "a.jsonl", entries),),
                               (_judge_file(tmp_path / "b.jsonl", entries),)))
    assert judged[(10, "left")] == judged[(10, "right")] == judged[(12, "left")]
    # A story no judge labelled keeps its id: its articles and the piece naming it are one occasion.
    assert judged[(14, "right")] == (16, 0) and judged[(14, "left")] == (14, 0)
