"""A prize given to someone names its winner ("the Booker Prize was awarded to Kearney", "the award went to Silva";
issue 16, writer17 rows of kind `winner`): against another winner of the same prize it conflicts; a prize given to
the winner the other names, or another prize, does not."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The jury awarded the Pritzker Prize to Ana Silva on Monday.", "Architect Tom Berg won the Pritzker Prize on Monday."),
    ("The Nobel Peace Prize went to the World Food Programme, the committee said.",
     "The committee said the Nobel Peace Prize was won by Doctors Without Borders."),
    ("Niamh Kearney was awarded the Booker Prize on Tuesday.", "Daniel Okafor won Tuesday's Booker Prize for his debut novel."),
    ("Niamh Kearney, who was awarded the Booker Prize on Tuesday, thanked her publisher.",
     "Daniel Okafor, who won the Booker Prize on Tuesday, thanked his publisher."),
    ("Author Sam Porter won the Carnegie Medal on Thursday, the judges said.",
     "The judges said the Carnegie Medal was given on Thursday to the author Ruth Ellis."),
])
def test_a_prize_given_to_another_winner_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "winner" in result.reason


@pytest.mark.parametrize("a, b", [
    ("The Nobel Peace Prize went to the World Food Programme, the committee said.",
     "The World Food Programme won the Nobel Peace Prize, the committee said."),
    ("The Booker Prize was awarded on Tuesday to the Irish novelist Niamh Kearney.",
     "Niamh Kearney, who won the Booker Prize on Tuesday, thanked her publisher."),
    ("The Booker Prize was awarded on Tuesday to Niamh Kearney.", "Daniel Okafor won the Costa Prize on Tuesday."),
    ("The gold medal was presented to Ana Silva by the mayor.", "Tom Berg won the silver medal."),
    ("The committee gave the award to John Smith in 2019.", "Jane Doe won the award in 2021."),
    ("The money went to Ana Silva, the committee said.", "Tom Berg won the money, the committee said."),
    ("Niamh Kearney was awarded the Booker Prize on Tuesday.", "Niamh Kearney won Tuesday's Booker Prize for her novel."),
])
def test_one_winner_or_other_prizes_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
