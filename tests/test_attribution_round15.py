"""Speakers, fifteenth round (issue 17): sentences of my own in several phrasings."""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("first, line, voice", [
    ("Ann Cole voted against the bill on Monday.",
     "Asked about Mr. Reed's remarks, she said the bill had no support.", "Ann Cole"),
    ("Ann Cole voted against the bill on Monday.",
     "In an interview with Tom Reed, she said the bill had no support.", "Ann Cole"),
    ("Tom Reed voted against the bill on Monday.",
     "When Ann Cole called him, he said the bill had no support.", "Tom Reed"),
    ("Tom Reed voted against the bill on Monday.",
     "After a meeting with Mrs. Vale, he told reporters the bill had no support.", "Tom Reed"),
])
def test_a_pronoun_is_not_someone_of_the_other_gender_named_before_it_in_its_sentence(first, line, voice):
    assert claims_of(first, line)[-1].voice == voice


def test_a_pronoun_still_takes_the_fitting_person_named_before_it_in_its_sentence():
    found = claims_of("Ann Cole voted against the bill on Monday.",
                      "When Tom Reed arrived in Dayton on Monday, he said she had no support.")
    assert found[-1].voice == "Tom Reed"


@pytest.mark.parametrize("line, clause, voice", [
    ("Police received 911 calls saying shots had been fired inside the center.",
     "shots had been fired inside the center", "911 calls"),
    ("There were also emails that night showing that officials knew the group was behind the attack.",
     "that officials knew the group was behind the attack", "emails"),
    ("The council released documents showing that the mayor had approved the levy in March.",
     "that the mayor had approved the levy in March", "documents"),
    ("Turnout was low in Dayton, with data showing that most farmers had stayed at home.",
     "that most farmers had stayed at home", "data"),
])
def test_what_a_participle_of_speech_or_finding_reports_is_its_nouns_claim(line, clause, voice):
    found = {c.text: c for c in claims_of(line)}
    assert found[clause].voice == voice and found[clause].other_occasion
    assert found[line].voice != voice  # the sentence stays whole, in its own voice


@pytest.mark.parametrize("line, voice", [
    ("The Reed campaign issued a statement saying that the senator meant farmers would vote together.",
     "Reed campaign"),
    ("Reed said the council had received letters saying the levy was unfair.", "Reed"),
])
def test_no_participle_clause_apart_where_the_sentence_speaks_for_it(line, voice):
    (claim,) = claims_of(line)
    assert claim.voice == voice


@pytest.mark.parametrize("line", [
    "The vote cost her the support of Tom Reed, and he said she had no future in the party.",
    "After the vote she met Tom Reed, and he told her she had no support.",
])
def test_a_pronoun_that_the_last_speaker_cannot_be_takes_the_person_named_before_it(line):
    found = claims_of("“I will vote no,” Ann Cole said on Monday.", line)
    assert found[-1].voice == "Tom Reed"


@pytest.mark.parametrize("headline, claim", [
    ("Ann Coulter: And Then There Was the One.", "And Then There Was the One."),
    ("Tom Reed: And So It Ends for the Levy.", "And So It Ends for the Levy."),
])
def test_a_headline_label_the_parse_made_a_sentence_of_its_own_names_the_speaker(headline, claim):
    found = {c.text: c for c in claims_of(headline, "A woman just won the race for mayor by spending no money on ads.")}
    assert found[claim].voice == headline.split(":")[0]


def test_a_heading_word_before_a_colon_is_no_speaker():
    found = claims_of("Update: And Then There Was the Levy.", "A woman just won the race for mayor by spending no money.")
    assert found[0].voice == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("Senator Tom Reed offered a blunt assessment of the levy on Monday.", "Tom Reed"),
    ("Ann Cole addressed the controversy over the levy at a rally in Dayton.", "Ann Cole"),
    ("Mayor Ann Cole swipes at Governor Tom Reed over the levy.", "Ann Cole"),
    ("Ann Cole brushed off the report's findings about the levy.", "Ann Cole"),
    ("At the hearing, Tom Reed speculated about the cost of the levy to farmers.", "Tom Reed"),
    ("Older voters in Dayton remember the last levy well, and its cost to farms.", "Older voters"),
])
def test_a_verb_of_position_voices_its_named_subject(line, voice):
    assert claims_of(line)[0].voice == voice


@pytest.mark.parametrize("line", [
    "The store offered a discount on tractors for the whole of March.",
    "The new bridge will address the traffic problem downtown.",
])
def test_a_verb_of_position_without_a_speaker_is_narration(line):
    assert claims_of(line)[0].voice == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("Governor Tom Reed has stayed neutral in the fight over the levy so far.", "Tom Reed"),
    ("Farm leaders in Ohio are deeply divided over the levy and its cost.", "Farm leaders"),
    ("Farm leaders in Ohio were careful not to mention the levy at the fair.", "Farm leaders"),
    ("Ann Cole, who is unafraid of a fight, has called the levy unfair.", "Ann Cole"),
    ("The Cole campaign is counting on a big turnout among farmers in March.", "Cole campaign"),
    ("Senator Tom Reed is lending his support to the farmers who oppose the levy.", "Tom Reed"),
])
def test_where_a_named_subject_stands_is_their_position(line, voice):
    assert claims_of(line)[0].voice == voice


@pytest.mark.parametrize("line, voice", [
    ("Tom Reed later reversed course on the levy after the vote.", "Tom Reed"),
    ("Ann Cole ignored the questions about the levy at the rally.", "Ann Cole"),
    ("Ann Cole does not seem to relish the fight over the levy.", "Ann Cole"),
    ("Many farmers in Ohio empathize with Tom Reed's vote against the levy.", "Many farmers"),
])
def test_more_verbs_of_position_voice_their_named_subject(line, voice):
    assert claims_of(line)[0].voice == voice


def test_the_one_challenged_is_not_the_voice():
    assert claims_of("Tom Reed was challenged over his remarks on the levy at the debate.")[0].voice == "Example News"


@pytest.mark.parametrize("line", [
    "Unlike earlier mayors, Reed has not prioritised money for farms and has instead focused on roads.",
    "Ohio has long resisted federal rules on the levy, as farm leaders know.",
])
def test_a_policy_told_of_its_maker_stays_the_outlets_narration(line):
    assert claims_of(line)[0].voice == "Example News"


@pytest.mark.parametrize("line, voice", [
    ("Senator Tom Reed has distanced himself from the levy since the vote.", "Tom Reed"),
    ("Tom Reed stood by his vote for the levy on Monday.", "Tom Reed"),
    ("After the debate, Ann Cole stopped insulting the governor over the levy.", "Ann Cole"),
    ("Ann Cole has championed the levy since her first term.", "Ann Cole"),
])
def test_a_stance_taken_or_left_voices_its_named_subject(line, voice):
    assert claims_of(line)[0].voice == voice


@pytest.mark.parametrize("line, first, second", [
    ("Ann Cole talks about a fair levy, but the council is deeply divided over the deal.",
     "Ann Cole talks about a fair levy", "the council is deeply divided over the deal."),
    ("Tom Reed praised the levy, but the farmers were sharply divided over its cost.",
     "Tom Reed praised the levy", "the farmers were sharply divided over its cost."),
])
def test_a_second_clause_whose_subject_the_parse_hung_on_its_auxiliary_is_cut_apart(line, first, second):
    found = {c.text: c.voice for c in claims_of(line)}
    assert set(found) == {first, second} and found[second] != found[first]
