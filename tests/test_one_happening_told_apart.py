"""Contradictions once missed as "another happening" though the rest of the two claims tells one happening (issue 16,
the twenty-sixth stop): one change told by both away from one value to two ("in Riga rather than Tallinn" / "in
Vilnius instead of Tallinn"); a main act's day the parse hung on a later word, by a verb and its synonym ("found ...
on Wednesday" / "discovered on Friday"); a level a verb of change reached, of the act the other claim's figure is of
("the share of waste recycled rose to 48 percent" / "recycled 38 percent of its waste"); a pronoun subject standing
for the thing the other clause names ("allowing it to run again on Sunday"). And the look-alikes that must stay
apart: two things changed alike, two finds, other years, other acts."""
import pytest


@pytest.mark.parametrize("a, b", [
    # one change told with two new values
    ("The summit will be held in Cairo instead of Doha, officials said.",
     "Officials said the summit would take place in Amman rather than Doha."),
    ("Because of the strike, the final will be played in Lyon rather than Paris, the federation said.",
     "The federation said the final would be staged in Marseille instead of Paris because of the strike."),
    # a day hung on the word after the main act, the act told by a synonym
    ("Border guards found 25 kilograms of heroin in a van carrying tomatoes on Tuesday, police said.",
     "The 25 kilograms of heroin, discovered on Thursday in a van transporting tomatoes, was worth about 1 million "
     "euros, police said."),
    ("Police said officers discovered 25 kilograms of heroin hidden in a tomato van on Tuesday.",
     "The 25 kilograms of heroin were found on Thursday inside a van loaded with tomatoes, police said."),
    # the level of the act the other figure is of
    ("The share of plastic bottles recycled in Bergen rose to 61 percent last year, the council said.",
     "Bergen recycled 52 percent of its plastic bottles last year, according to the council."),
    ("The number of passengers carried by the airline fell to 2.1 million in March, the company said.",
     "The airline carried 2.8 million passengers in March, the company said."),
    # a pronoun subject standing for the thing the other names
    ("The cable car at the Alpbach resort reopened on Monday after engineers repaired it, the operator said.",
     "The operator said engineers had repaired the Alpbach cable car, allowing it to run again on Wednesday."),
])
def test_one_happening_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The summit will be held in Cairo instead of Doha, officials said.",
     "Officials said the summit would take place in Cairo rather than Doha."),
    ("Border guards found 25 kilograms of heroin in a van carrying tomatoes on Tuesday, police said.",
     "Police said 25 kilograms of heroin were discovered on Tuesday in a van transporting tomatoes."),
    ("The share of plastic bottles recycled in Bergen rose to 61 percent last year, the council said.",
     "Bergen recycled 61 percent of its plastic bottles last year, according to the council."),
    ("The cable car at the Alpbach resort reopened on Monday after engineers repaired it, the operator said.",
     "The operator said engineers had repaired the Alpbach cable car, allowing it to run again on Monday."),
])
def test_one_happening_told_alike_still_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    # two things changed alike
    ("The summit will be held in Cairo instead of Doha, officials said.",
     "The football final will be played in Amman rather than Doha, organisers said."),
    ("The men's final will be played in Lyon rather than Paris, the federation said.",
     "The federation said the women's final would be staged in Marseille instead of Paris."),
    # two finds
    ("Border guards found 25 kilograms of heroin in a van on Tuesday, police said.",
     "Police said 60 kilograms of cocaine were discovered on Thursday in a lorry at the port."),
    ("Border guards found 25 kilograms of heroin in a van on Tuesday, police said.",
     "A second van, with 25 kilograms of heroin, was discovered on Thursday, police said."),
    ("Divers found the wreck of the trawler on Monday, the coastguard said.",
     "The coastguard said the body of the skipper was discovered on Wednesday."),
    # the day a speech names, a period named in the object
    ("Customs officers discovered 25 kilograms of heroin in the April shipment, police said on Friday.",
     "The 25 kilograms of heroin were found on Tuesday, police said."),
    # another year, another act
    ("The share of plastic bottles recycled in Bergen rose to 61 percent last year, the council said.",
     "Bergen recycled 52 percent of its plastic bottles in 2015, according to the council."),
    ("The share of plastic bottles recycled in Bergen rose to 61 percent last year, the council said.",
     "Bergen burned 12 percent of its plastic bottles last year, according to the council."),
    # another thing run again
    ("The cable car at the Alpbach resort reopened on Monday after engineers repaired it, the operator said.",
     "The operator said engineers had repaired the Alpbach ski lift, allowing it to run again on Wednesday."),
])
def test_look_alikes_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
