"""Issue 17, thirteenth round: who "he" and "she" are when the text gives no honorific or pronoun of its own.

A full name's given name tells it ("Tom Reed" is "he", "Ann Cole" "she": `data/given_names.toml`), and "he" after
a woman's words, where no man was told of, is the nearest person not known to be a woman (`Mentions.fitting`).
Sentences written for these tests, in several phrasings: the quotation first and the attribution after it, the
attribution first, a pronoun subject of its own sentence; and what stays: a given name borne by both, or a name
of one word, tells nothing.
"""
import pytest

from crosscheck.attribution import given_name_gender
from crosscheck.ingest import parse_article
from tests.test_claims import claims_of


@pytest.mark.parametrize("lines, speakers", [
    (("Tom Reed and Ann Cole met farmers in Dayton on Monday.", "“We cannot wait,” she said.",
      "“Nobody in Washington is listening,” he added."), ["Ann Cole", "Tom Reed"]),
    (("Ann Cole spoke after Tom Reed on Monday.", "She said the levy would fail.", "He said it would pass."),
     ["Ann Cole", "Tom Reed"]),
    (("The mayor, Ann Cole, met Senator Tom Reed on Monday.", "Later he told reporters that the levy was dead.",
      "She said the city would appeal."), ["Tom Reed", "Ann Cole"]),
])
def test_a_given_name_tells_he_from_she(lines, speakers):
    found = claims_of(*lines)
    assert [c.voice for c in found if c.line > 1] == speakers


def test_he_after_a_womans_words_is_the_nearest_person_not_known_to_be_a_woman():
    found = claims_of("Senator Reed met farmers in Dayton on Monday.", "Ann Cole, the mayor, joined him on stage.",
                      "“We have lost three farms this year,” she said.",
                      "“Nobody in Washington is listening,” he added.")
    assert [c.voice for c in found if c.line > 2] == ["Ann Cole", "Reed"]


@pytest.mark.parametrize("name, gender", [
    ("Tom Reed", "he"), ("Ann Cole", "she"), ("Hillary Clinton", "she"), ("Bernie Sanders", "he"),
    ("Jordan Reed", None),  # borne by both
    ("Kim Jong Un", None),  # a surname first
    ("Reed", None),  # a name of one word
])
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("sentence, voice", [
    ("45% of Republicans, 28% of independents and 12% of Democrats say that would be their reaction.",
     "45% of Republicans, 28% of independents and 12% of Democrats"),
    ("Half of voters, a third of farmers and most economists say the levy failed.",
     "Half of voters and most economists"),
])
def test_a_list_of_speakers_the_parse_broke_up_keeps_its_head(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("On Monday in Dayton, Ohio, Senator Tom Reed said the levy failed.", "Tom Reed"),  # a place is no speaker
    ("Vale, the mayor, said the levy failed.", "Vale"),  # an apposition is the same speaker
    ("Neither Vale nor Reed said whether the levy would pass.", "Vale"),
])
def test_no_list_where_there_is_one_speaker(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_a_phrase_put_first_is_no_speaker_beside_the_subject():
    (claim,) = claims_of("Cross-referencing voting records and patterns of job losses between 2002 and 2010, the "
                         "researchers found that areas hit by trade shocks moved to the right.")
    assert claim.voice == "researchers"


def test_a_list_of_things_the_parse_made_a_subject_is_no_speaker():
    found = claims_of("The deal could see China buy more U.S in the spring. wheat and corn, officials familiar with "
                      "the talks said in the spring.")
    assert found[-1].voice == "officials"  # the adjective with its complement is no part of the name


@pytest.mark.parametrize("sentence, speakers", [
    ("One poll says the levy is popular, while another says voters hate it.", ["One poll", "another"]),
    ("Vale says the levy works, whereas Reed says it is a tax grab.", ["Vale", "Reed"]),
    ("After the vote, several farmers said the levy had worked, while other voters said it had hurt them.",
     ["several farmers", "other voters"]),
    ("Supporters say the levy works; opponents say it is a tax grab.", ["Supporters", "opponents"]),
    ("While some voters say they are angry, others say they are content.", ["voters", "others"]),  # as before
])
def test_two_speakers_in_one_sentence_are_two_claims(sentence, speakers):
    assert [c.voice for c in claims_of(sentence)] == speakers


@pytest.mark.parametrize("sentence", [
    "Vale says the levy works, while prices fall.",  # one speaker: what she says holds both
    "Vale said the levy works and that Reed agrees.",
    "Vale says the levy works; it has cut prices in every county.",
])
def test_one_speakers_statement_is_not_cut(sentence):
    assert claims_of(sentence)[0].voice == "Vale"


@pytest.mark.parametrize("sentence", [
    "Though he ate the occasional steak - an old favorite - others say he has never been healthier.",
    "Though he ate steak -- an old favorite -- others say he has never been healthier.",
])
def test_a_phrase_set_off_by_dashes_is_not_the_speakers_name(sentence):
    assert claims_of(sentence)[-1].voice == "others"


@pytest.mark.parametrize("sentence, clause, speaker", [
    ("The levy was drafted by the council, which meets monthly and has said it will not raise taxes.",
     "which meets monthly and has said it will not raise taxes.", "council"),
    ("Prices were set by the regional board, which sits in Dayton and insists that the levy is fair.",
     "which sits in Dayton and insists that the levy is fair.", "regional board"),
])
def test_a_verb_of_speech_joined_to_a_relative_clause_speaks_for_its_noun(sentence, clause, speaker):
    whole, cut = claims_of(sentence)
    assert (cut.text, cut.voice) == (clause, speaker)
    assert whole.voice == "Example News"


@pytest.mark.parametrize("lines, speaker", [
    (("One activist tweeted: She should resign instead of asking for votes. She has failed this city for years.",),
     "One activist"),
    (("The mayor's statement read: The city will appeal the ruling. We believe the levy is lawful.",), "mayor"),
    (("Reed wrote in a post on Facebook: The levy is dead. Farmers will not pay another cent.",), "Reed"),
])
def test_a_paragraph_an_attribution_and_colon_open_is_the_speakers(lines, speaker):
    found = claims_of(*lines)
    assert len(found) == 2 and {c.voice for c in found} == {speaker}


@pytest.mark.parametrize("line", [
    "Reed said: “The levy is dead.” Then he left the hall without taking questions.",  # the quotation marks end it
    "The reason is simple: farmers will not pay. The levy will be repealed in June.",  # no one's words
])
def test_no_speaker_runs_on_past_what_the_colon_introduces(line):
    assert claims_of(line)[-1].voice == "Example News"


def test_a_short_line_that_introduces_the_next_is_read_with_it(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Levy\noutlet: Example News\n---\nOne activist tweeted:\n\n"
                    "She should resign instead of asking for votes. She has failed this city for years.\n"
                    "\nTop Picks:\n", encoding="utf-8")
    article = parse_article(path, path.read_bytes())
    assert article.lines[0].text.startswith("One activist tweeted: She should resign")
    assert [o.reason for o in article.left_out] == ["heading"]  # "Top Picks:" is a heading


@pytest.mark.parametrize("sentence, said, followed", [
    ("After Vale told reporters that the plant would close, shares of the company fell sharply.",
     "Vale told reporters that the plant would close", "shares of the company fell sharply."),
    ("Shares of the company fell sharply after Vale told reporters that the plant would close.",
     "Vale told reporters that the plant would close.", "Shares of the company fell sharply"),
    ("The council voted to repeal the levy once the mayor said that the city could afford it.",
     "the mayor said that the city could afford it.", "The council voted to repeal the levy"),
])
def test_a_clause_of_time_that_reports_a_speaker_is_theirs_and_what_followed_is_not(sentence, said, followed):
    found = {c.text: c.voice for c in claims_of(sentence)}
    assert found[said] in {"Vale", "mayor"} and found[followed] == "Example News"


@pytest.mark.parametrize("sentence, voice", [
    ("As the senator said on Monday, the bill has no chance in the House.", "senator"),  # what he said
    ("Reed said the levy was dead when he was asked about it on Monday.", "Reed"),  # the speaker's own occasion
])
def test_no_cut_where_the_main_clause_is_what_was_said(sentence, voice):
    assert [c.voice for c in claims_of(sentence)] == [voice]


@pytest.mark.parametrize("sentence, voice", [
    ("Reed trails Cole by 8 points, a new poll shows.", "new poll"),  # "shows" read as a noun
    ("The levy cost farmers $40 million, state data shows.", "state data"),
    ("Reed has hired a pollster, FEC filings show.", "FEC filings"),  # "filings" read as the verb's modifier
    ("Reed trails Cole by 8 points, polls show.", "polls"),  # as before
])
def test_a_finding_put_last_is_its_sources_whatever_the_tagger_read(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_a_noun_before_a_verb_inside_a_sentence_is_not_its_subject():
    found = claims_of("We spend our nights poring over the latest Federal Election Commission reports, and we "
                      "love it.")
    assert {c.voice for c in found} == {"Example News"}


@pytest.mark.parametrize("sentence, voice", [
    ("Reed has hired a pollster, according to a report in The Dayton Daily News.", "Dayton Daily News"),
    ("According to an article in the Ledger, Reed has hired a pollster.", "Ledger"),
    ("A report in The Dayton Daily News said Reed had hired a pollster.", "Dayton Daily News"),
    ("According to a report in March, Reed has hired a pollster.", "report"),  # a date is no outlet
])
def test_an_account_published_in_an_outlet_is_the_outlets(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence", [
    "Two senators, Ann Cole and Tom Reed, said they will not back the levy.",
    "Two Republican members of Congress from Ohio, Ann Cole and Tom Reed, have said they will not back the levy.",
])
def test_people_named_after_a_plural_noun_are_its_speakers(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Ann Cole and Tom Reed"


def test_people_named_in_a_clause_on_the_noun_are_not():
    (claim,) = claims_of("The levy worried farm leaders, who had hoped that Ann Cole and Tom Reed would block it.")
    assert "Ann Cole" not in claim.voice


def test_a_surname_alone_has_the_gender_told_of_its_full_name():
    found = claims_of("Tom Reed and Ann Cole spoke in Dayton on Monday.",
                      "Senator Reed then met the farmers of the county.", "“We are not done,” she said.")
    assert found[-1].voice == "Ann Cole"
