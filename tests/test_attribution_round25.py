"""Speakers, twenty-fifth round (issue 17): mechanisms frequent in news rather than rows of the tuning part. "citing"
on a clause with a speaker is that speaker's, a clause of time or concession with another speaker is a claim of its
own, a person brought in without a name speaks the next "he" or "she", and a bare quotation after a statement in its
paragraph goes on in that statement's voice."""
import pytest

from tests.test_attribution_round20 import voice_of, voices_of
from tests.test_claims import claims_of


@pytest.mark.parametrize("line, speaker", [
    ("The agency rejected the request, citing a lack of legal authority.", "agency"),
    ("Reed went out of his way to praise the mayor's record, citing figures about the budget he inherited.", "Reed"),
    ("Citing the need for unity, Cole said she would reject both nominations.", "Cole"),
    ("Officials said the levy would pass, citing a new poll.", "Officials"),
    ("The agency turned down the request, citing a lack of legal authority, the White House said.", "White House"),
    ("Reuters reported the deal, citing two people familiar with the talks.", "Reuters"),
    ("The plant will close next year, the newspaper reported, citing internal documents.", "newspaper"),
    ("Cole, citing a report by the council, said the levy had failed.", "Cole"),
    ("The party, citing low turnout, said the vote was void.", "party"),
])
def test_citing_on_a_clause_with_a_speaker_is_the_speakers_reason_not_a_source(line, speaker):
    assert voice_of(voices_of(line), line[:20]) == speaker


def test_citing_without_a_speaker_still_names_the_source():
    line = "Ten people were killed in the blast, citing local officials."
    assert voice_of(voices_of(line), "Ten people") == "local officials"


@pytest.mark.parametrize("line, first, first_speaker, second, second_speaker", [
    ("After Reed said the levy was illegal, Cole told reporters it was fair.", "illegal", "Reed", "fair", "Cole"),
    ("When the mayor said the plant would close, the union warned that it would strike.", "close", "mayor", "strike",
     "union"),
    ("As Democrats argue that the tax is fair, Republicans insist it will hurt farmers.", "fair", "Democrats",
     "farmers", "Republicans"),
    ("Although the governor insists the budget is balanced, auditors found a gap of $2 billion.", "balanced",
     "governor", "gap", "auditors"),
    ("Before Cole said she would run, the party had backed Reed.", "run", "Cole", "backed", "party"),
    ("Reed did not hide his doubts when Cole asked whether the council would pass the levy in May.", "levy in May",
     "Cole", "doubts", "Example News"),
    ("The race was clear from the first exchanges over trade, as the four candidates agreed that the deals had "
     "failed.", "failed", "four candidates", "exchanges", "Example News"),
])
def test_a_clause_of_time_or_concession_with_another_speaker_is_a_claim_of_its_own(line, first, first_speaker, second,
                                                                                    second_speaker):
    found = voices_of(line)
    assert len(found) == 2
    assert voice_of(found, first) == first_speaker
    assert voice_of(found, second) == second_speaker


@pytest.mark.parametrize("line, speaker", [
    ("As Reed said, the bill has no chance.", "Reed"),
    ("As Reed noted on Monday, the bill has no chance of passing.", "Reed"),
    ("Although he admitted that the levy was unpopular, Reed defended it at the hall.", "Reed"),
    ("The charter bans new levies, although it does say that the council may raise fees.", None),
    ("Reed said the levy was unfair when he spoke to farmers in Dayton.", "Reed"),
    ("When asked about the levy, Reed said it was unfair to farmers.", "Reed"),
])
def test_a_clause_that_says_nothing_of_its_own_or_has_the_same_subject_stays_with_its_sentence(line, speaker):
    found = voices_of(line)
    assert len(found) == 1
    assert speaker is None or list(found.values()) == [speaker]


@pytest.mark.parametrize("lines, part, speaker", [
    (['"The levy will end in May," a spokeswoman for the mayor said.', '"Nobody will pay more," she added.'],
     "Nobody", "spokeswoman for the mayor"),
    (["A Republican strategist who asked not to be named said the race was over.", '"It is done," he said.'],
     "It is done", "Republican strategist"),
    (["An aide to the senator, who asked not to be named, said the talks had failed.",
      "She said a new round would start in May."], "new round", "aide to the senator"),
    (["A spokesman for the union said the strike would go on. He did not say for how long."], "how long",
     "spokesman for the union"),
    (["Tom Reed won the primary on Tuesday.", '"It is done," a Republican strategist said.',
      '"Nobody can stop him now," he added.'], "Nobody", "Republican strategist"),
    (['"We cannot wait," an official at the ministry told reporters.', '"The talks must start now," he said.'],
     "talks must", "official"),
    (['"The vote was rigged," a voter in Dayton said.', '"I will not vote again," she said.'], "not vote again",
     "voter"),
    (["One longtime aide to Reed said the campaign was broke.", "He added that staff had not been paid."],
     "not been paid", "One longtime aide to Reed"),
])
def test_a_person_brought_in_without_a_name_is_whom_the_next_he_or_she_stands_for(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("lines, part, speaker", [
    (["Tom Reed was asked by a caller why taxes rose.", '"Because you wanted new roads," he said.'], "new roads",
     "Tom Reed"),
    (["Mayor Tom Reed spoke in Dayton on Monday.", '"The levy will end in May," the mayor told voters.',
      '"Nobody will pay more," he added.'], "Nobody", "Tom Reed"),
    (['"The levy will end in May," Mayor Tom Reed told voters.', '"Nobody will pay more," he added.'], "Nobody",
     "Tom Reed"),
])
def test_a_named_speaker_keeps_the_next_he(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("lines, part, speaker", [
    (['The mayor said the levy was dead. "We fought it for two years and we won."'], "We fought", "mayor"),
    (['Democrats said the levy was dead. "We fought it for two years and we won."'], "We fought", "Democrats"),
    (['The union said in a statement that the levy was dead. "We fought it for two years and we won."'], "We fought",
     "union"),
    (['The levy is dead, the mayor said. "We fought it for two years and we won."'], "We fought", "mayor"),
    (['The levy is dead, according to the union. "We fought it for two years and we won."'], "We fought", "union"),
    (['Reed said the levy was dead. "We fought it for two years and we won.', '"Now we have to rebuild the budget."'],
     "rebuild", "Reed"),
    (['Reed said the levy was dead. "We fought it for two years and we won.', '"Now we have to rebuild the budget."'],
     "We fought", "Reed"),
    (['Farm groups warned that the levy would ruin them. "Half of us will be gone in a year."'], "Half of us",
     "Farm groups"),
])
def test_a_bare_quotation_after_a_statement_in_its_paragraph_is_that_speakers(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("lines, part, wrong", [
    (['The mayor said the levy was dead. Critics disagree. "It will be back next year."'], "back next year", "mayor"),
    (['The ad shows Reed at a farm. "We will always put farmers first."'], "farmers first", "Reed"),
])
def test_a_bare_quotation_keeps_no_speaker_of_an_earlier_sentence(lines, part, wrong):
    assert voice_of(voices_of(*lines), part) != wrong


@pytest.mark.parametrize("line, speaker", [
    ("State media said at least 70 people had died in the floods.", "State media"),
    ("Local media reported that the mayor had resigned on Monday.", "Local media"),
    ("The data show that turnout rose by ten percent in May.", "data"),
    ("According to the data, turnout rose by ten percent in May.", "data"),
    ("The media is not the enemy of the people, Reed said on Monday.", "Reed"),
])
def test_a_noun_for_speakers_the_lemmatizer_changes_still_speaks(line, speaker):
    assert list(voices_of(line).values()) == [speaker]


@pytest.mark.parametrize("line, speaker", [
    ("Six months ago, the senator said, voters considered him a fringe candidate.", "senator"),
    ("Six months ago, the senator said, the media considered him a fringe candidate.", "senator"),
    ("Last year, Reed said, critics believed the levy would fail.", "Reed"),
    ("Critics, Reed said, believed the levy would fail.", "Reed"),
    ("The levy, Reed said, will pass next year.", "Reed"),
    ("Voters considered him a fringe candidate six months ago, the senator said.", "senator"),
    ("Critics believed the levy would fail, Reed said on Monday.", "Reed"),
])
def test_a_speaker_set_off_inside_the_clause_it_reports_speaks_for_the_sentence(line, speaker):
    assert list(voices_of(line).values()) == [speaker]


def test_a_reported_omission_after_a_clause_cut_off_is_about_the_sentence_before():
    found = claims_of("China reacted coolly to the call, with state media reporting that both sides discussed a visit.",
                      "There was no mention of the soybean purchases.")
    assert found[-1].omission is not None and found[-1].omission.omitter == "China"
