"""Speakers, twenty-third round (issue 17): a spaced hyphen read as the dash it is, an account noun's clause the
parse hung on the verb, a participle set off after a noun's clause."""
import pytest

from tests.test_attribution_round20 import voice_of, voices_of


@pytest.mark.parametrize("line, part, speaker", [
    ("The mayor - who has said the levy is unfair - told reporters on Monday that he would veto it.", "veto", "mayor"),
    ("The mayor - a Democrat - told reporters on Monday that he would veto it.", "veto", "mayor"),
    ("The senator - a critic of the deal - told reporters that the vote would fail.", "fail", "senator"),
    ('"The levy is dead," the mayor - a Democrat - told reporters.', "dead", "mayor"),
    ("The mayor - a Democrat - told reporters that he would veto the levy, and the council agreed.", "veto", "mayor"),
    ("The owner - who bought the mill in 2010 - told workers that the mill would close in May.", "close", "owner"),
    ("Reed told voters - many of them farmers - that the levy would be repealed.", "repealed", "Reed"),
    ("The mayor ― a Democrat ― told reporters on Monday that he would veto it.", "veto", "mayor"),
    ("The chair ― who has said the levy is unfair ― wrote on Monday that she would vote against it.", "vote", "chair"),
])
def test_a_hyphen_between_spaces_or_a_horizontal_bar_sets_off_an_aside_as_a_dash_does(line, part, speaker):
    assert voice_of(voices_of(line), part) == speaker


def test_a_dash_aside_in_one_speakers_clause_keeps_the_second_speaker_apart():
    found = voices_of("While some friends say Reed would look better if he ate the odd steak - an old favorite - "
                      "others say he has never been healthier.")
    assert voice_of(found, "odd steak") == "friends"
    assert voice_of(found, "never been healthier") == "others"


@pytest.mark.parametrize("line, clause, owner, sentence", [
    ('Reed was challenged over his statement on Wednesday that "farmers are lazy."', "farmers are lazy", "Reed",
     "Example News"),
    ("Critics seized on Reed's claim on Monday that the levy would pay for itself.", "pay for itself", "Reed",
     "Critics"),
    ("The union pounced on the mayor's promise in March that no jobs would be lost.", "no jobs", "mayor", "union"),
    ("His temper came under scrutiny: Reed was grilled over his assertion on Tuesday that the levy had passed.",
     "the levy had passed", "Reed", "Example News"),
    ("The council voted despite the mayor's warning on Monday that the budget would not balance.",
     "would not balance", "mayor", "council"),
])
def test_an_account_nouns_clause_hung_on_the_verb_after_a_time_phrase_is_the_owners(line, clause, owner, sentence):
    found = voices_of(line)
    assert found[next(text for text in found if text.startswith("that") and clause in text)] == owner
    assert found[line] == sentence


def test_a_clause_on_a_verb_that_takes_one_stays_the_verbs():
    found = voices_of("Reed told his aide on Monday that the levy would pass.")
    assert list(found.values()) == ["Reed"]


@pytest.mark.parametrize("line, speaker", [
    ("Voters gave the idea that the state should run the mills little support — signalling that they distrust the "
     "plan.", "Voters"),
    ("Most economists see little chance that the fund will run dry before 2030 - suggesting that they trust the new "
     "rules.", "Most economists"),
    ("Economists see little chance that the fund will run dry before 2030, suggesting that they trust the new rules.",
     "Economists"),
    ("Pollsters see a real chance that the senator will lose in November — implying that they doubt her lead.",
     "Pollsters"),
    ("Farmers put the odds that the levy will pass at one in ten, suggesting that they expect a veto.", "Farmers"),
    ("Doctors see a small risk that the virus will spread this winter, implying that they trust the vaccine.",
     "Doctors"),
])
def test_a_participle_set_off_after_a_nouns_clause_tells_of_the_sentences_subject(line, speaker):
    assert voice_of(voices_of(line), "that they") == speaker


@pytest.mark.parametrize("line, part, speaker", [
    ("Acme Corp. lost money last year, and it said on Monday that it would cut 500 jobs.", "it said", "Acme Corp."),
    ("The union lost the vote, but it said on Monday that the strike would go on.", "it said", "union"),
    ("The campaign raised $5 million in May, and it says it will spend most of the money on ads.", "it says",
     "campaign"),
    ("The ad began airing on Monday, and it says the senator voted to raise taxes.", "it says", "ad"),
    ("The Sierra Club endorsed Reed in May, and it has said it will spend $1 million on ads in Ohio.", "it has said",
     "Sierra Club"),
    ("Though the committee was split on the bill, it told reporters that a vote would come soon.", "it told",
     "committee"),
    ("The report was leaked to reporters on Friday; it concludes that the mill is unsafe.", "it concludes", "report"),
])
def test_it_is_the_body_or_document_its_own_sentence_has_as_subject_before_it(line, part, speaker):
    assert voice_of(voices_of(line), part) == speaker


def test_it_is_no_person_its_sentence_has_as_subject():
    found = voices_of("Tom Reed lost the vote, but it was clear that he would run again.")
    assert voice_of(found, "it was clear") != "Tom Reed"
