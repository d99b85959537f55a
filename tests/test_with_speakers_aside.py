"""Speakers brought in by "with", set off beside the sentence's own act (issue 16, h23b): "The terminal welcomed its
first passengers this week, with officials saying the building would handle 12 million travellers a year" tells the
terminal's act, not the officials' words (`attribution._with_speakers`; their clause stays a claim of its own). And an
opening told by its first users served ("welcomed its first passengers", "admitted its first patients") is the
opening's happened status (`frames._status_told_by_first_users`), in conflict with its postponement or cancellation."""
import pytest

from tests.test_attribution_round20 import voice_of, voices_of


@pytest.mark.parametrize("line, part", [
    ("Cebu's new ferry terminal welcomed its first passengers this week, with officials saying the building would "
     "eventually handle 12 million travellers a year.", "Cebu's new"),
    ("With analysts saying the deal was close, shares in the mining group rose 4 percent on Tuesday.", "shares in"),
    ("The union called off the strike on Friday, with members saying they had won most of what they asked for.",
     "The union"),
])
def test_a_sentence_with_speakers_set_off_beside_it_stays_the_outlets(line, part):
    assert voice_of(voices_of(line), part) == "Example News"


@pytest.mark.parametrize("line, part, speaker", [
    # not set off by "with": the speakers' words are the sentence's
    ("Officials said the building would eventually handle 12 million travellers a year.", "Officials", "Officials"),
    # "with" on the verb of speech itself: a manner, not speakers beside it
    ("Port officials said, with some relief, that the terminal would open in May.", "Port officials", "Port officials"),
    # a partner met "with", the participle the subject's
    ("Reed met with farmers in Dayton, saying the levy would be repealed.", "Reed met", "Reed"),
])
def test_speakers_not_brought_in_beside_the_sentence_keep_their_words(line, part, speaker):
    assert voice_of(voices_of(line), part) == speaker


@pytest.mark.parametrize("a, b", [
    ("The opening of the new metro station in Porto has been delayed until the spring, the operator said.",
     "Porto's new metro station received its first passengers on Monday, with the operator saying it expected 20,000 "
     "people a day."),
    ("The children's hospital in Tromso admitted its first patients on Friday, with health officials saying the "
     "wards would be fully staffed by summer.",
     "The opening of Tromso's new children's hospital has been postponed because of staff shortages."),
])
def test_first_users_served_against_a_postponed_opening_conflict(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction and result.basis == "status"


@pytest.mark.parametrize("a, b", [
    # its millionth visitor, not its first: no opening told
    ("The opening of the new museum in Lodz has been postponed until next year.",
     "The old museum in Lodz welcomed its millionth visitor on Sunday, with staff saying the building was full most "
     "weekends."),
    # "the first lady": a guest, no users
    ("The opening of the new terminal at Cebu's airport has been postponed until next year.",
     "The new terminal at Cebu's airport welcomed the first lady on a tour of the building on Monday."),
])
def test_guests_or_later_users_tell_no_opening(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction
