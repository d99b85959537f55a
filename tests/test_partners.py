"""Whom an act was done with or to (issue 16, h16zb): the partner of a meeting ("met with", "talks with", "a meeting
with", "met X") and the recipient of what was sent, as a slot; doers written as groups of one kind told apart. Each
rule tried in other phrasings (passive, a relative clause, the attribution first or last), beside pairs that must
not conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The president met with the governor on Monday.", "The president met with union leaders on Monday."),
    ("The president held talks with the governor on Monday.", "The president held talks with union leaders on Monday."),
    ("The governor spoke to reporters following a meeting with the mayor on Monday.",
     "The governor spoke to reporters following a meeting with union leaders on Monday."),
    ("The president met with union leaders on Monday, officials said.",
     "Officials said the president met with the governor on Monday."),
    ("The president on Monday had a meeting with the governor.", "The president on Monday had a meeting with the board."),
    ("The president met the governor on Monday.", "The president met union leaders on Monday."),
    ("The president, who met with the governor on Monday, said the talks went well.",
     "The president, who met with union leaders on Monday, said the talks went well."),
    ("The senator sent the letter to the governor on Tuesday.", "The senator sent the letter to the mayor on Tuesday."),
    ("The letter was sent to the governor by the senator on Tuesday.",
     "The senator sent the letter to the mayor on Tuesday."),
])
def test_partners_described_apart_are_a_difference(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction and result.basis in ("partner", "recipient"), \
        result.reason


@pytest.mark.parametrize("a, b", [
    ("The president spoke with Emmanuel Macron by phone on Monday.",
     "The president spoke with Olaf Scholz by phone on Monday."),
    ("On Monday the president held talks with Emmanuel Macron in Paris.",
     "The president held talks with Olaf Scholz in Paris on Monday."),
])
def test_named_partners_of_one_happening_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "partner", result.reason


@pytest.mark.parametrize("a, b", [
    # a name and a description may be one
    ("The president met with Xi Jinping on Monday.", "The president met with the Chinese leader on Monday."),
    ("The president spoke with Emmanuel Macron by phone on Monday.",
     "The president spoke with the French leader by phone on Monday."),
    ("The president met Xi on Monday.", "The president met the Chinese leader on Monday."),
    # one partner among others, or the same one described again
    ("The president met with the governor on Monday.", "The president met with the governor and the mayor on Monday."),
    ("The president met with the governor on Monday.", "The president met with the state's governor on Monday."),
    ("The president met with union leaders on Monday.", "Union leaders met with the president on Monday."),
    # "with" on a verb of no meeting names no partner
    ("The police broke the door with a hammer on Monday.", "The police broke the door with a crowbar on Monday."),
])
def test_partners_that_may_be_one_are_no_difference(verdict, a, b):
    result = verdict(a, b)
    assert result.basis not in ("partner", "recipient") and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("The two foreign ministers met in Geneva on Friday.", "The two trade ministers met in Geneva on Friday."),
    ("State prosecutors charged the man on Friday.", "Federal prosecutors charged the man on Friday."),
    # a plural in "-ies" is read as its noun ("secretaries": secretary)
    ("The two defense secretaries met in Brussels on Monday.", "The two treasury secretaries met in Brussels on Monday."),
])
def test_groups_of_one_kind_told_apart_are_two_doers(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "apart" and not result.contradiction, result.reason


@pytest.mark.parametrize("b", [
    "The foreign ministers of both countries met in Geneva on Friday.",
    # the same kind read from both groups ("foreign"), so the kind test itself is what keeps them one doer
    "Both foreign ministers met in Geneva on Friday.",
])
def test_a_group_written_again_is_one_doer(verdict, b):
    result = verdict("The two foreign ministers met in Geneva on Friday.", b)
    assert result.relation == "agree", result.reason


@pytest.mark.parametrize("a, b", [
    # other words for one thing, and a group told by several words
    ("Unemployment claims dropped to 293,000 last week, the Labor Department said.",
     "Jobless claims dropped to 293,000 last week, the Labor Department said."),
    ("Unemployment claims dropped to 293,000 last week, the Labor Department said.",
     "The latest weekly initial jobless claims dropped to 293,000 last week, the Labor Department said."),
])
def test_things_told_in_other_words_are_no_two_doers(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason
