"""Speakers, nineteenth round (issue 17): classes of construction, each in several phrasings of my own."""
import pytest

from tests.test_claims import claims_of


def voices_of(*lines: str) -> dict[str, str]:
    return {c.text: c.voice for c in claims_of(*lines)}


@pytest.mark.parametrize("line, inner, outer, speaker", [
    ("Ann Cole said Tom Reed told her that the levy would pass in March.",
     "that the levy would pass in March", "Ann Cole", "Tom Reed"),
    ("According to Ann Cole, Tom Reed said that the levy would pass in March.",
     "that the levy would pass in March", "Ann Cole", "Tom Reed"),
    ("The Ledger reported that Tom Reed said the levy would pass in March.",
     "the levy would pass in March", "Ledger", "Tom Reed"),
    ("Tom Reed has said the levy will pass in March, Ann Cole noted.",
     "the levy will pass in March", "Ann Cole", "Tom Reed"),
    ("Ann Cole told reporters that Tom Reed had said the levy was unfair to farmers.",
     "the levy was unfair to farmers", "Ann Cole", "Tom Reed"),
    ("Ann Cole said officials told her the levy would pass in March.",
     "the levy would pass in March", "Ann Cole", "officials"),
])
def test_words_a_speaker_reports_of_another_are_the_others_beside_the_sentence(line, inner, outer, speaker):
    found = voices_of(line)
    assert found.pop(inner) == speaker
    assert set(found.values()) == {outer}  # the sentence stays the reporting speaker's


@pytest.mark.parametrize("line", [
    "Tom Reed said he told farmers that the levy would pass in March.",
    "Tom Reed said I told farmers that the levy would pass in March.",
])
def test_words_the_speaker_reports_of_themselves_or_the_writer_are_no_second_voice(line):
    assert voices_of(line) == {line: "Tom Reed"}


@pytest.mark.parametrize("lines, quote, speaker", [
    (("“The levy is a tax on farmers and nothing else.” That's what Tom Reed said at the rally.",),
     "The levy is a tax on farmers", "Tom Reed"),
    (("“The levy is a tax on farmers and nothing else.”", "That's how Tom Reed put it on Monday."),
     "The levy is a tax on farmers", "Tom Reed"),
    (("“The levy is a tax on farmers and nothing else.” This is what Ann Cole wrote on Twitter.",),
     "The levy is a tax on farmers", "Ann Cole"),
    (("“We are done talking about the levy and the roads plan.” Those were the words of the union leader, Ann Cole.",),
     "We are done talking", "Ann Cole"),
    (("“We are done talking about the levy and the roads plan.”", "Those were the words of Ann Cole on Monday."),
     "We are done talking", "Ann Cole"),
    (("“Farmers will not pay the levy this year or next.” That was the message from the Farm Union.",),
     "Farmers will not pay", "Farm Union"),
])
def test_a_sentence_pointing_back_at_a_quotation_names_its_speaker(lines, quote, speaker):
    found = voices_of(*lines)
    assert next(v for text, v in found.items() if quote in text) == speaker


def test_a_demonstrative_sentence_that_names_no_speech_leaves_the_quotation_unvoiced():
    found = voices_of("“The levy is a tax on farmers and nothing else.” That was the week of the vote in Dayton.")
    assert next(v for text, v in found.items() if "tax on farmers" in text) == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("A new ad from the Farm Union says the levy is unfair to farmers.", "Farm Union"),
    ("Tom Reed's new ad says the levy is unfair to farmers.", "Tom Reed"),
    ("An advertisement by the Farm Union says the levy is unfair to farmers.", "Farm Union"),
    ("The spot, paid for by the Farm Union, says the levy is unfair to farmers.", "Farm Union"),
])
def test_an_ad_speaks_for_whoever_made_or_paid_for_it(line, voice):
    assert voices_of(line)[line] == voice


def test_a_spot_that_is_no_ad_is_no_account():
    line = "Tom Reed won the top spot on the ballot in Dayton on Monday."
    assert voices_of(line) == {line: "Example News"}


@pytest.mark.parametrize("lines, voice", [
    (("Dwight Hale met Maggie Cole in Dayton on Monday.", "“The levy is unfair to farmers,” she said."), "Maggie Cole"),
    (("Colleen Hale met Dwight Reed in Dayton on Monday.", "He said the levy was unfair to farmers."), "Dwight Reed"),
])
def test_a_common_given_name_tells_whom_he_or_she_is(lines, voice):
    found = voices_of(*lines)
    assert next(v for text, v in found.items() if "unfair" in text) == voice


@pytest.mark.parametrize("headline, voice", [
    ("Reed Slams Council Over Farm Levy", "Reed"),
    ("Cole Vows To End Farm Levy", "Cole"),
    ("Reed Calls Farm Levy 'A Disgrace'", "Reed"),
    ("Reed Accuses Cole Of Lying About Farm Levy", "Reed"),
    ("Reed Defends Farm Levy In Fiery Speech", "Reed"),
])
def test_a_title_case_headline_is_read_as_a_sentence(headline, voice):
    found = voices_of(headline, "Tom Reed and Ann Cole spoke in Dayton on Monday.")
    assert next(v for text, v in found.items() if text.startswith(headline[:12])) == voice


def test_a_sentence_full_of_names_is_no_headline():
    from crosscheck.misread import _in_title_case
    from crosscheck.nlp import parse_one
    assert not _in_title_case(parse_one("Senate Majority Leader Mitch McConnell said the Senate would vote."))
    assert _in_title_case(parse_one("Reed Defends Farm Levy In Fiery Speech"))
    assert not _in_title_case(parse_one("Dwight Hale met Maggie Cole in Dayton on Monday."))
    assert _in_title_case(parse_one("Cole Vows to End the Farm Levy"))


@pytest.mark.parametrize("lines, clause, voice", [
    (("Tom Reed spoke in Dayton on Monday.", "But he ponders whether the levy should be cut for farmers."),
     "ponders", "Tom Reed"),
    (("The county council is mulling whether to cut the levy for farmers next year.",), "mulling", "county council"),
    (("Ann Cole has contemplated a run for mayor of Dayton since the spring.",), "contemplated", "Ann Cole"),
])
def test_a_verb_of_deliberation_states_its_subjects_mind(lines, clause, voice):
    found = voices_of(*lines)
    assert next(v for text, v in found.items() if clause in text) == voice


def test_reported_words_stop_before_the_outer_attribution_hung_on_them():
    found = voices_of("Xi said Taiwan's return to China was an integral part of the postwar order, "
                      "according to the Chinese readout.")
    assert found["Taiwan's return to China was an integral part of the postwar order"] == "Xi"


@pytest.mark.parametrize("line", [
    "Analysts said the call signalled that both sides wish to keep talks on an even keel.",
    "Ann Cole said the levy, which farmers say could ruin them, would pass in March.",
])
def test_no_second_voice_for_a_thing_that_signals_or_a_clause_that_names_its_speaker_first(line):
    assert len(voices_of(line)) == 1
