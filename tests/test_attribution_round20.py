"""Speakers, twentieth round (issue 17): classes of construction, each in several phrasings of my own."""
import pytest

from tests.test_claims import claims_of


def voices_of(*lines: str) -> dict[str, str]:
    return {c.text: c.voice for c in claims_of(*lines)}


def voice_of(found: dict[str, str], part: str) -> str:
    return next(voice for text, voice in found.items() if part in text)


@pytest.mark.parametrize("line, part, speaker", [
    ("Republicans offered their prayers to the victims on Monday: Praying for the families in Dayton tonight. "
     "God bless our police.", "God bless", "Republicans"),
    ("Ann Cole and Tom Reed called for a new vote on the levy: Enough is enough. It is time to repeal the levy now.",
     "It is time", "Ann Cole and Tom Reed"),
    ("Tom Reed responded with a short statement: The levy is unfair and we will repeal it. We owe that to farmers.",
     "we will repeal it", "Tom Reed"),
    ("Tom Reed posted a photo of the crowd at the fair: A packed hall in Dayton tonight for our rally. "
     "Thank you all for coming out to the fair.", "Thank you", "Tom Reed"),
    ("The farmers' union issued the following statement: The levy will ruin us. We will fight it in court.",
     "We will fight", "farmers' union"),
])
def test_an_introduction_by_any_verb_of_its_source_speaks_the_paragraph_after_its_colon(line, part, speaker):
    assert voice_of(voices_of(line), part) == speaker


@pytest.mark.parametrize("line, part", [
    ("The results were as follows: The levy passed with sixty votes in the Senate. Ten members were absent "
     "from the chamber.", "Ten members"),
    ("Police found the name on the scanner: Syed Reed. The name was later posted by people who heard it.",
     "The name was later posted"),
])
def test_an_introduction_names_no_speaker_of_a_sentence_with_its_own_or_none(line, part):
    assert voice_of(voices_of(line), part) != "Police"
    assert voice_of(voices_of(line), part) != "results"


@pytest.mark.parametrize("line, speaker", [
    ("“We will not back down,” came the reply from Ann Cole.", "Ann Cole"),
    ("“We will not pay,” came the answer from the Farm Union on Monday.", "Farm Union"),
    ("A reply from the council said the levy would stay.", "council"),
    ("“The levy will stay,” came the response from the mayor's office.", "mayor's office"),
    ("“We are not done,” came the swift reply from Tom Reed after the vote.", "Tom Reed"),
])
def test_a_reply_from_someone_is_theirs(line, speaker):
    assert voices_of(line) == {line: speaker}


@pytest.mark.parametrize("line, speaker", [
    ("“We will win,” Reed (D) said on Monday.", "Reed"),
    ("Clint (D) told reporters the levy would fail.", "Clint"),
    ("The levy would fail, said Clint (D).", "Clint"),
    ("Clint (R-Ohio), who chairs the panel, said the levy would fail.", "Clint"),
    ("According to Clint (D), the levy would fail.", "Clint"),
])
def test_a_party_tag_is_no_part_of_the_name(line, speaker):
    assert set(voices_of(line).values()) == {speaker}


@pytest.mark.parametrize("line, speaker", [
    ("The levy drew sharp criticism from Tom Reed on Monday.", "Tom Reed"),
    ("The deal immediately sparked criticism from Democrats and Republicans in Congress.", "Democrats and Republicans"),
    ("Ann Cole came under fire from farmers over the levy.", "farmers"),
    ("The plan has drawn concern from rival campaigns.", "rival campaigns"),
    ("The levy received praise from the Farm Union.", "Farm Union"),
])
def test_a_reaction_drawn_from_someone_is_theirs(line, speaker):
    assert voices_of(line) == {line: speaker}


@pytest.mark.parametrize("line", [
    "The levy drew a crowd from across the county.",
    "The farmers received a letter from the council about the levy.",
])
def test_what_is_drawn_from_somewhere_but_no_reaction_stays_the_outlets(line):
    assert voices_of(line) == {line: "Example News"}


def test_a_reaction_in_a_relative_clause_is_the_clauses():
    found = voices_of("Reed has held rallies in taverns, which have drawn concern from rival campaigns.")
    assert voice_of(found, "which have drawn") == "rival campaigns"


@pytest.mark.parametrize("line, speaker", [
    ("Tom Reed echoed the complaint of the farmers about the levy.", "Tom Reed"),
    ("The levy is a tax on farmers, Ann Cole echoed on Monday.", "Ann Cole"),
    ("Ann Cole echoed Reed's call for a new vote on the levy.", "Ann Cole"),
])
def test_echo_is_a_verb_of_speech(line, speaker):
    assert voices_of(line) == {line: speaker}


def test_echo_of_a_place_is_no_speech():
    line = "The hall echoed with cheers as the levy failed."
    assert voices_of(line) == {line: "Example News"}


@pytest.mark.parametrize("line, quote, speaker", [
    ("Tom Reed spoke in Dayton on Monday. “The levy is dead.”", "The levy is dead", "Tom Reed"),
    ("Ann Cole took the stage at noon. “We will not pay this levy this year.”", "We will not pay", "Ann Cole"),
    ("Tom Reed was blunt about the vote. “The levy is dead and buried.”", "dead and buried", "Tom Reed"),
    ("Tom Reed met Ann Cole in Dayton. “The levy is dead,” she said.", "The levy is dead", "Ann Cole"),
    ("Ann Cole was asked about the levy on Monday. “It is dead and it will stay dead.”", "It is dead", "Ann Cole"),
])
def test_a_bare_quotation_after_a_sentence_about_a_person_is_theirs(line, quote, speaker):
    assert voice_of(voices_of(line), quote) == speaker


def test_a_bare_quotation_after_a_sentence_about_a_thing_names_no_person():
    found = voices_of("The bus took Tom Reed to a farm near Dayton. “Farmers come first in this county.”")
    assert voice_of(found, "Farmers come first") == "Example News"
