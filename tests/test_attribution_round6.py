"""Issue 17, sixth round: sentences written for these tests, each in several phrasings (real parse)."""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("paragraph, quote_start, voice", [
    (("Ann Vale avoids the subject, but her neighbor Tom Reed, 83, knows what the town needs. ''It will take a "
      "fighter to fix this,'' he said."), "''It will take", "Tom Reed"),
    (("Ann Vale avoids the subject, but her neighbor Tom Reed knows what the town needs. ''It will take a fighter "
      "to fix this,'' said Mr. Reed."), "''It will take", "Reed"),
    (("The mayor, Ann Vale, spoke after the vote. ''We have many failed ventures,'' she added. ''The plant is one "
      "of them.''"), "''We have many", "Ann Vale"),
    ("Tom Reed was not convinced by the plan. \"It will never pass,\" the Ohio farmer said.", "\"It will never",
     "Ohio farmer"),
])
def test_a_quotation_mark_the_parse_left_on_the_sentence_before_opens_the_quotation(paragraph, quote_start, voice):
    found = claims_of(paragraph)
    quote = next(c for c in found if c.text.startswith(quote_start))
    assert quote.voice == voice
    assert not any(c.text.endswith((". ''", ". \"")) for c in found)  # no narration ends with the mark


@pytest.mark.parametrize("sentence, voice", [
    ("A lot of people didn't like the new slogan.", "lot of people"),
    ("A third of voters believe the economy is improving.", "third of voters"),
    ("The economy is improving, a third of voters believe.", "third of voters"),
    ("Dozens of Republicans want a new leader.", "Dozens of Republicans"),
    ("The plan was opposed by a handful of senators.", "handful of senators"),
    ("38% of likely voters would be scared if the mogul won.", "38% of likely voters"),
    ("A lot of money shows that the race is close.", "Example News"),  # a part of a thing holds nothing
    ("Dozens of buildings show that the storm was strong.", "Example News"),
])
def test_a_count_or_part_of_speakers_holds_their_position(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Tom Reed is a vocal critic of the trade deal.", "Tom Reed"),
    ("Tom Reed has long been a supporter of the governor's plan.", "Tom Reed"),
    ("Tom Reed remains a fierce critic of the trade deal.", "Tom Reed"),
    ("Tom Reed, who is a vocal critic of the trade deal, left the meeting.", "Tom Reed"),
    ("The mayor met Tom Reed, who is a vocal critic of the trade deal.", "Tom Reed"),
    ("Tom Reed remains confident that the deal will pass.", "Tom Reed"),
    ("The network has been very favorable to the governor.", "network"),
    ("A row over remarks by Tom Reed, who is a critic of the deal, grew.", "Example News"),  # a clause aside
    ("Tom Reed is a member of the trade committee.", "Example News"),  # a role that is no stance
    ("Tom Reed became an ally of the governor.", "Example News"),
    ("The deal seems likely to pass.", "Example News"),
])
def test_a_stance_taking_role_after_a_copula_is_the_subjects_position(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


_STERLING = ("Senator Tom Sterling spoke in Ohio on Friday.",
             "\"The crowds here are bigger than anywhere else,\" said Ann Vale, a local organizer.")


@pytest.mark.parametrize("sentence, voice", [
    ("Sterling's role is under discussion, but he has said his priority is the budget.", "Sterling"),
    ("Sterling's future is unclear, though his priority, he has said, is the budget.", "Sterling"),
])
def test_he_is_the_subject_named_by_an_earlier_persons_surname_the_tagger_took_for_a_body(sentence, voice):
    found = claims_of(*_STERLING, sentence)
    assert next(c for c in found if "he has said" in c.text).voice == voice


def test_a_surname_aside_is_not_whom_he_is():
    found = claims_of(*_STERLING, "When it comes to Sterling's record on trade, he is disappointed.")
    assert found[-1].voice != "Sterling"


@pytest.mark.parametrize("sentence, voice", [
    ("Tom Reed was blunt: \"The plant will stay open.\"", "Tom Reed"),
    ("Tom Reed made clear that the plant would stay open.", "Tom Reed"),
    ("Tom Reed made it clear to workers that the plant would stay open.", "Tom Reed"),
    ("The plant will stay open, Tom Reed made clear.", "Tom Reed"),
    ("Tom Reed has been clear that the plant will stay open.", "Tom Reed"),
    ("Tom Reed's message was simple: the plant will stay open.", "Tom Reed"),
    ("It was Tom Reed who said the plant would stay open.", "Tom Reed"),
    ("It is clear that the plant will stay open.", "Example News"),  # a dummy subject holds nothing
    ("It was clear to everyone that the plant would stay open.", "Example News"),
    ("The reason is simple: the plant will stay open.", "Example News"),
    ("The new rule made clear lanes for buses.", "Example News"),
    ("The sky was clear on Monday.", "Example News"),
])
def test_speech_told_by_how_plainly_it_was_said_or_in_a_cleft(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("second, voice", [
    ("Her reply: \"It is a disaster.\"", "Ann Vale"),
    ("Vale's response: the budget is a disaster.", "Vale"),
    ("Her view: it is a disaster.", "Ann Vale"),
    ("The reason is simple: the budget is a disaster.", "Example News"),
])
def test_an_owned_account_as_a_label_is_its_owners(second, voice):
    found = claims_of("Reporters asked Ann Vale about the budget. " + second)
    assert found[-1].voice == voice


def test_the_noun_a_name_is_an_apposition_to_describes_that_person():
    found = claims_of("The governor, Ann Vale, met the press.", "\"It is balanced,\" the governor said.")
    assert found[-1].voice == "Ann Vale"


@pytest.mark.parametrize("second, voice", [
    ("His tweet included a picture of the governor.", "Tom Reed"),
    ("His statement said the plant would stay open.", "Tom Reed"),
    ("The plant will stay open, his statement said.", "Tom Reed"),
    ("In his statement, he said the plant would stay open.", "Tom Reed"),
])
def test_an_account_owned_by_a_possessive_pronoun_is_that_persons(second, voice):
    found = claims_of("Tom Reed spoke in Indiana on Friday.", second)
    assert found[-1].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("The staffing change was seen by some as a demotion for the chairman.", "some"),
    ("The staffing change was seen by many analysts as a demotion.", "many analysts"),
    ("Many analysts saw the staffing change as a demotion.", "Many analysts"),
    ("The poll makes clear the headwinds ahead for the governor.", "poll"),
    ("The blog has long argued that the plant should close.", "blog"),
    ("The staffing change was seen by Tom Reed on Monday.", "Example News"),  # seen, not a view
])
def test_a_view_held_by_a_passives_agent_or_a_finding_made_clear(sentence, voice):
    assert claims_of(sentence)[0].voice == voice


@pytest.mark.parametrize("sentence", [
    "\"Oh well, I don't want to say so, but if you say it,\" Tom Reed responded.",
    "\"We will not close the plant, and if they ask we will say so,\" Tom Reed said.",
])
def test_a_quotation_is_not_cut_where_the_parse_joins_its_attribution_inside_it(sentence):
    found = claims_of(sentence)
    assert [c.voice for c in found] == ["Tom Reed"]


@pytest.mark.parametrize("sentence, voice", [
    ("Two-thirds of voters oppose the plan.", "Two-thirds of voters"),
    ("Nearly half of Republicans say the economy is improving.", "half of Republicans"),
    ("The economy is improving, say nearly half of Republicans.", "half of Republicans"),
    ("\"The economy is improving,\" say nearly half of Republicans.", "half of Republicans"),
    ("The economy is improving, says a new report.", "new report"),
    ("The two sides agreed to keep talking.", "two sides"),  # both parties, no share
])
def test_shares_of_speakers_first_or_last(sentence, voice):
    assert claims_of(sentence)[0].voice == voice
