"""A doer told as "behind" an act's noun, or "responsible for" it ("A doctor was behind the leak of the files"), did the
act (clauses._caused_by), and verbs of making a thing public are one act (post / publish / release / leak / upload);
one act on one thing done by two people told by their occupations ("a nurse" / "a doctor": frames.toml [offices]
`occupations`) conflicts (issue 16, writer24 row of kind `agent`). A place after the doer ("a student at a college in
Lagos") names no doer; one doer told either way agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The stolen files were leaked to reporters by a nurse at the Aarhus clinic, the hospital said.",
     "A doctor at the Aarhus clinic was behind the leak of the stolen files, the hospital said."),
    ("A pilot posted the video of the landing online, the airline said.",
     "The video of the landing was uploaded by a passenger, the airline said."),
    ("The draft budget was published online by a clerk in the finance ministry in Accra, officials said.",
     "Officials said a journalist was behind the publication of the draft budget."),
    # an office after an owner's possessive is the doer's own ("the governor's chief of staff"), against an occupation
    ("The sealed tender bids were passed to a rival firm by a junior aide in the governor's office, the audit found.",
     "The audit found it was the governor's chief of staff who handed the sealed tender bids to the rival firm."),
])
def test_one_act_by_two_occupations_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("A teacher at the college posted the exam papers online, the council said.",
     "The council said a teacher at the college was behind the online release of the exam papers."),
])
def test_one_doer_told_either_way_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    # two people named with what they do, however the recogniser tags the names
    ("The decisive penalty in Saturday's shootout was saved by goalkeeper Anton Ribic, handing Rijeka the trophy.",
     "Defender Marko Senjak saved the decisive penalty in Saturday's shootout to hand Rijeka the trophy."),
])
def test_two_titled_people_doing_one_act_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("A student posted the exam papers online on Monday.", "A teacher posted the timetable online on Monday."),
    ("Students at the college posted the exam papers online.",
     "A teacher at the college was behind the release of the exam answers."),
])
def test_two_acts_or_a_group_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_a_doer_behind_an_acts_noun_is_its_doer():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("A teacher was behind the release of the exam papers."))
    assert any(c.predicate == "release" and c.agent == "A teacher" and c.theme == "the exam papers"
               for c in frame.clauses)
