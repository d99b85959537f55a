"""The events benchmark counts apart what the AllSides answer key does: an article filed under one story
that reports another story's happening (benchmarks/labels/event_key.toml) mixes stories, not happenings."""
from benchmarks.events import happening_of, key_judgements, score, write_corpus


def _story(id, issue, sides):
    news = {side: {"newsSource": f"{side} (News)", "newsTitle": "T", "newsLink": "", "newBody": ["Text."]}
            for side in sides}
    return {"id": id, "issue": issue, "date": "2021-05-07T10:00:00", "news": news}


def test_an_event_mixing_stories_through_a_judged_article_is_the_keys_doing(tmp_path):
    stories = [_story(10, "Jobs report", ("left", "center")), _story(12, "Perspectives: jobs", ("left", "right"))]
    written = write_corpus(stories, tmp_path / "c")
    path = {(story, written.side[p]): p for p, story in written.story_of.items()}
    happening = happening_of(written, {(12, "left"): 10})
    assert happening[path[12, "left"]] == 10 and happening[path[12, "right"]] == 12
    # One event: the jobs report's two articles and the round-up's piece on it; the round-up's other
    # piece, on another happening, in an event of its own.
    events = {path[10, "left"]: "a", path[10, "center"]: "a", path[12, "left"]: "a", path[12, "right"]: "b"}
    result = score(written.story_of, events, happening=happening)
    assert result["mixed_events"] == 1 and result["mixed_key"] == 1
    # The same event with the round-up's other piece in it mixes happenings too: the tool's doing.
    events[path[12, "right"]] = "a"
    result = score(written.story_of, events, happening=happening)
    assert result["mixed_events"] == 1 and result["mixed_key"] == 0


def test_the_judged_articles_name_a_story_and_a_side():
    judged = key_judgements()
    assert judged and all(side in {"left", "center", "right"} for _, side in judged)
    assert all(story != happening for (story, _), happening in judged.items())
