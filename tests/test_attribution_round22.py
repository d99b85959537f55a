"""Speakers, twenty-second round (issue 17): a name the tagger did not take for a person, told one by "his" or "her"."""
import pytest

from tests.test_attribution_round20 import voice_of, voices_of


@pytest.mark.parametrize("lines, part, speaker", [
    (["Mary Lane wrote the bill.", "Rubio has lost his way, and he knows it.",
      "He conceded as much in an interview, saying the race was over."], "He conceded", "Rubio"),
    (["Tom Baker runs the campaign of Reed.", "Maybe Reed is the real thing and despite his party's doubts he truly "
      "wants to win.", "The key to it is what he said last year about the levy."], "what he said", "Reed"),
    (["Tom Baker is the treasurer.", "Walker spent his savings on the race.", "He said it was worth it."],
     "He said", "Walker"),
    (["Tom Baker is the pollster.", "Last week Huckabee raised his voice at the forum.",
      "On Monday he told reporters he had no regrets."], "he told", "Huckabee"),
    (["Jane Holt chairs the board.", "Fiorina has made her name in business.",
      "She argued that the economy needs an outsider."], "She argued", "Fiorina"),
    (["Tom Baker drafted the plan.", "In the end Pataki quit the race with his head high.",
      "He said he was proud of the campaign."], "He said", "Pataki"),
    (["Ann Cole is the host.", "Gingrich keeps his views to himself these days.",
      "But he said on Friday that the party had lost its way."], "he said", "Gingrich"),
])
def test_a_subject_whose_own_clause_holds_his_or_her_is_the_person_the_next_pronoun_is(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("lines, part, speaker", [
    (["The adviser is Ann Cole.", "Maybe Sanders is right about his plan, and she knows it.", "She said so on Friday."],
     "She said", "Ann Cole"),  # "his" tells Sanders is a man: "she" stays with Cole
    (["Jane Holt is her deputy.", "Maybe Warren has changed her mind on trade and she now backs the deal.",
      "She said on Monday that the deal was fair."], "She said", "Warren"),
    (["Tom Baker is the campaign manager.", "Cruz was criticized by his own party, and he was hurt by it.",
      "“I will not quit,” he said on Monday."], "I will not quit", "Cruz"),
])
def test_names_the_tagger_read_or_the_other_gender_keep_their_referent(lines, part, speaker):
    assert voice_of(voices_of(*lines), part) == speaker


@pytest.mark.parametrize("lines, part, speaker", [
    (["Sen. Tom Reed held a rally on Monday.", "Reed's chief adviser is Tom Baker, who was Ann Cole's aide.",
      "Maybe Reed is a secret liberal and despite his whole career he really wants city people to like him.",
      "Maybe the key to his thinking is what he said two years ago about the levy."], "what he said", "Reed"),
])
def test_a_surname_read_as_no_person_is_still_the_person_named_before(lines, part, speaker):
    assert voice_of(voices_of(*lines), part).endswith(speaker)
