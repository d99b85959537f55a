"""Unique roles (issue 16, the twenty-sixth stop): a ruling's one outcome on one rule, its object's "on" phrase read
where the parse hung it on the verb ("upheld the ban on night fishing" / "struck down restrictions on night
fishing"); a prize's one winner, the prize a name told with what it is for ("the Crystal Owl for best documentary
went to" / "was awarded to"); a race's one winner, told by a win taken ("claimed victory in"). And the look-alikes:
two rules, another one, two prizes, two races on two days, this year's prize and last year's."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text, theme", [
    ("The court upheld the ban on night fishing in the bay.", "the ban on night fishing in the bay"),
    ("The tribunal overturned the curb on night flights at Linton airport.", "the curb on night flights at Linton "
                                                                             "airport"),
    ("The court upheld the ban on Tuesday.", "the ban"),
])
def test_an_objects_on_phrase_is_its_own(text, theme):
    assert frame_of(claim_from_text(text)).theme == theme


@pytest.mark.parametrize("text, winner", [
    ("The Crystal Owl for best documentary went to Northern Light, the jury said.", "Northern Light"),
    ("The Crystal Owl for best documentary was awarded to Salt Marsh.", "Salt Marsh"),
    ("Organisers said Anna Holm claimed victory in the downhill at the Kvitfjell World Cup.", "Anna Holm"),
])
def test_a_winner_read(text, winner):
    assert frame_of(claim_from_text(text)).winner == winner


@pytest.mark.parametrize("text", [
    "The Crystal Owl went to Northern Light, the jury said.",  # a name alone may be anything that goes somewhere
    "Anna Holm did not claim victory in the downhill.",
])
def test_no_winner_read(text):
    assert not frame_of(claim_from_text(text)).winner


@pytest.mark.parametrize("a, b", [
    ("The high court upheld the ban on fishing in the Aral estuary, the ministry said.",
     "The ministry said the high court had struck down restrictions on fishing in the Aral estuary."),
    ("Campaigners said the tribunal had upheld the curb on night flights at Linton airport.",
     "The tribunal overturned the limit on night flights at Linton airport on Monday, airport officials said."),
    ("The Crystal Owl for best documentary went to Marta Lind's film Northern Light, the festival jury said.",
     "The festival jury awarded the Crystal Owl for best documentary to Jonas Berg's Salt Marsh."),
    ("The Crystal Owl for best documentary was given to Northern Light, the jury said.",
     "The jury said the Crystal Owl for best documentary went to Salt Marsh."),
    ("Maria Strand won the men's downhill at the Kvitfjell World Cup, organisers said.",
     "Organisers said Anna Holm claimed victory in the men's downhill at the Kvitfjell World Cup."),
    ("Anna Holm secured the win in the Stockholm marathon on Sunday.",
     "The Stockholm marathon on Sunday was won by Maria Strand."),
])
def test_a_unique_role_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The high court upheld the ban on fishing in the Aral estuary, the ministry said.",
     "The ministry said the high court had upheld restrictions on fishing in the Aral estuary."),
    ("The Crystal Owl for best documentary went to Marta Lind's film Northern Light, the festival jury said.",
     "The festival jury awarded the Crystal Owl for best documentary to Marta Lind's Northern Light."),
    ("Maria Strand won the men's downhill at the Kvitfjell World Cup, organisers said.",
     "Organisers said Maria Strand claimed victory in the men's downhill at the Kvitfjell World Cup."),
])
def test_one_role_told_alike_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("The high court upheld the ban on fishing in the Aral estuary, the ministry said.",
     "The high court struck down the tax on fuel imports, the ministry said."),
    ("The court upheld the ban on Tuesday, the ministry said.",
     "The court struck down a separate ban on Friday, the ministry said."),
    ("The Crystal Owl for best documentary went to Northern Light, the jury said.",
     "The Silver Owl for best short film went to Salt Marsh, the jury said."),
    ("The Crystal Owl for best documentary went to Northern Light at this year's festival, the jury said.",
     "Last year the Crystal Owl for best documentary went to Salt Marsh, the jury said."),
    ("Maria Strand won the downhill at the Kvitfjell World Cup, organisers said.",
     "Organisers said Anna Holm claimed victory in the slalom at the Kvitfjell World Cup."),
    ("Maria Strand won the downhill at the Kvitfjell World Cup on Saturday.",
     "Anna Holm claimed victory in the downhill at the Kvitfjell World Cup on Sunday."),
    ("Maria Strand won the downhill at the Kvitfjell World Cup on Saturday.",
     "Anna Holm won the downhill at the Kvitfjell World Cup on Sunday."),
])
def test_two_rules_prizes_or_races_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
