"""Who started a meeting told by an act done "to" start it (issue 16, writer17 row of kind `initiator`): "the
government said it had approached mediators to start the ceasefire talks" names the government as the talks'
initiator (frames._started_meeting, frames.toml [initiator] `starting`), its pronoun read as the speaker of the
reporting verb. Against another initiator it conflicts; the same initiator, or an act to start no meeting, does not."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The peace talks were requested by the opposition, which contacted Swiss diplomats in June, the government said.",
     "The government said it had contacted Swiss diplomats in June to arrange the peace talks with the opposition."),
    ("The union said it had called the employers' federation on Monday to set up the wage talks.",
     "The wage talks were initiated by the employers' federation, which called the union on Monday."),
])
def test_a_meeting_started_by_another_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The rebels said they had approached Norwegian mediators in May to start the ceasefire talks.",
     "The ceasefire talks were initiated by the rebels, who approached Norwegian mediators in May."),
    ("The club said it had hired a new coach to start the season.", "The season was started by the league on Friday."),
])
def test_one_initiator_or_no_meeting_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_the_pronoun_of_a_reported_start_is_its_speaker():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("The ministry said it had contacted the embassy to set up the talks."))
    assert frame.initiator == "The ministry"
