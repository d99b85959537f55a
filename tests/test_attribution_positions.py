"""Issue 17, fifth round: a position read from the verb's arguments (a clause of its own, a figure given "at",
a stance noun held, "see ... as") and a poll the main clause is read "in"; sentences written for these tests,
each in several phrasings (real parse)."""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence, voice", [
    ("Many farmers feared that the tariffs would ruin them.", "Many farmers"),
    ("The mayor's aides sensed that the vote was slipping away.", "mayor's aides"),
    ("Voters in Ohio have long suspected that the plant will close.", "Voters"),
    ("The plant will close, many workers have long suspected.", "many workers"),
    ("Tom Reed, who resents that the party ignored him, left the meeting.", "Tom Reed"),
])
def test_a_clause_of_its_own_after_any_verb_is_its_speaker_subjects_position(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence", [
    "It seems that the plant will close.",
    "This means that the plant will close.",
    "The governor made sure that the plant stayed open.",
    "The governor ensured that the plant stayed open.",
    "Ann Vale's temperament came under scrutiny: She was challenged over her statement on Wednesday that the deal is "
    "dead.",  # a passive verb the parse gave the noun's clause
    "Ann Vale was challenged over her statement on Wednesday that the deal is dead.",
])
def test_a_clause_brought_about_or_after_a_dummy_subject_is_narration(sentence):
    assert claims_of(sentence)[0].voice == "Example News"


@pytest.mark.parametrize("sentence, voice", [
    ("Analysts at Moody's pegged the losses at $2 billion.", "Analysts"),
    ("The losses were put at $2 billion by analysts.", "analysts"),
    ("The Bloomberg index puts his fortune at $4.5 billion.", "Bloomberg index"),
    ("Police arrested the suspect at 4 pm on Monday.", "Example News"),
    ("The company sold the shares at $10 each.", "Example News"),
])
def test_a_figure_given_at_is_its_estimators(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Most Republicans have a dim view of the plan.", "Most Republicans"),
    ("The mayor shares those concerns.", "mayor"),
    ("The mayor had doubts about the plan, aides said.", "aides"),
    ("The mayor has a meeting with the governor on Monday.", "Example News"),
])
def test_a_stance_noun_held_is_its_holders_position(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("The ministry sees the deal as a step forward.", "ministry"),
    ("Reed has long seen Vale as a rival.", "Reed"),
    ("Reed saw the film as a child.", "Example News"),
])
def test_see_as_is_a_view_not_what_the_subject_was_then(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Trump leads Clinton by four points in a new Quinnipiac poll.", "new Quinnipiac poll"),
    ("In the latest Gallup survey, Vale trails Reed by six points.", "latest Gallup survey"),
    ("In a poll released Sunday, just 8 percent of Democrats said they would vote for Reed.", "poll"),
    ("Vale, who trails in most polls, said she would stay in the race.", "Vale"),
    ("Vale said she was ahead in the polls.", "Vale"),
])
def test_a_poll_the_main_clause_is_read_in_frames_it(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Former Gov. Mitch Daniels ruled out a bid this morning.", "Mitch Daniels"),
    ("Vale would not rule out a run for the Senate.", "Vale"),
    ("A run for the Senate was not ruled out by Vale.", "Vale"),
    ("Cruz on Friday played down the idea that he had struck a deal.", "Cruz"),
    ("Democrats have pushed for immediate action.", "Democrats"),
    ("Pence sounded a positive note about Trump.", "Pence"),
    ("Candidates on Wednesday reacted to the shooting.", "Candidates"),
    ("Even some admirers sense a faded magnetism.", "admirers"),
    ("Ann Vale had campaigned for paid family leave.", "Ann Vale"),
    ("The union campaigned against the plan for months.", "union"),
    ("Tom Reed campaigned in Ohio on Monday.", "Example News"),
    ("The storm pushed for miles inland.", "Example News"),
])
def test_verbs_of_a_position_with_their_particle_or_object(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Of the voters polled, 43 said the same for Reed.", "43"),
    ("Recent polling is showing Reed has a significant lead.", "Recent polling"),
    ("The legislation seeks to step up sanctions against Iran.", "legislation"),
    ("In 2015, 1,200 died in the floods.", "Example News"),
])
def test_people_counted_polling_and_legislation_hold_positions(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


def test_one_and_another_are_each_a_speaker():
    found = claims_of("One says the plant will close, while another says it will stay open.")
    assert [c.voice for c in found] == ["One", "another"]


@pytest.mark.parametrize("sentence, voice", [
    ("Local officials were convinced that the plant would close.", "Local officials"),
    ("The mayor is worried about the budget.", "mayor"),
    ("On the budget, the mayor is disappointed.", "mayor"),
    ("The mayor was disappointed, aides said.", "aides"),
    ("The budget was disappointing.", "Example News"),
])
def test_a_stance_participle_after_a_copula_is_its_subjects(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Some donors were reluctant to back the plan.", "donors"),
    ("Her mother is equally passionate about the senator.", "Her mother"),
    ("The union was eager to strike a deal, its leaders said.", "its leaders"),
    ("Thirty percent would be scared if he won.", "Thirty percent"),
    ("The two sides are willing to keep in touch.", "Example News"),
])
def test_a_feeling_or_intention_after_a_copula_is_its_subjects(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("A statement released by the campaign said the report was false.", "campaign"),
    ("A poll conducted by Gallup found that most voters oppose the plan.", "Gallup"),
    ("The plant will close, according to a report published by the ministry on Monday.", "ministry"),
    ("According to a survey commissioned by the union, most workers oppose the plan.", "union"),
    ("A memo obtained by the Ledger said the plant would close.", "memo"),
])
def test_an_account_released_by_someone_is_theirs_not_one_obtained_by_someone(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


def test_an_interview_published_by_a_paper_is_the_speakers_words():
    found = claims_of("Sen. Tom Reed spoke on Monday.",
                      "He was asked about the case in an interview published by the Ledger, in which he said he "
                      "did not support the suit.")
    assert found[-1].voice != "Ledger"


@pytest.mark.parametrize("sentence, voice", [
    ("The bill would prohibit banks from lending to Iran.", "bill"),
    ("Under the proposal, which the House passed on Monday, banks would be barred from lending.", "Example News"),
    ("Lending to Iran is prohibited by the new law.", "new law"),
    ("Ann Vale's tweet included a picture of her with the coach.", "Ann Vale"),
    ("The bill passed the Senate on Tuesday.", "Example News"),
    ("The deal would prohibit Iran from enriching uranium.", "Example News"),
    ("The police prohibited the march.", "Example News"),
])
def test_a_laws_provision_and_an_accounts_content_are_the_texts(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice, predicate", [
    ("The anchor abruptly called off her interview with the mayor, the station's producer told reporters.",
     "producer", "call"),
    ("The mayor called off the parade, an aide said.", "aide", "call"),
    ("The union wrote off the deal, its leader told members.", "leader", "write"),
])
def test_a_verb_of_speech_with_a_particle_of_another_verb_is_no_speech(sentence, voice, predicate):
    claim = claims_of(sentence)[0]
    assert voice in claim.voice and claim.predicate == predicate
