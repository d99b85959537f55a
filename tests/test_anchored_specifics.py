"""Contra pairs found where the conflicting specific is read but was not tied to one happening (issue 16, h16y):
a place or a body that differs in two claims tied by a figure both state or told twice of one day, the figure each
claim has left once every other matches, the loser of a contest told in the passive. Each in other phrasings
(passive, a relative clause, the attribution first or last), beside pairs that must stay no contradiction."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The senator greeted 3,500 supporters at a rally in Denver on Friday night.",
     "Some 3,500 supporters cheered the senator on Friday night at a rally that aides said was held in Phoenix."),
    ("At a Friday-night rally in Phoenix, according to aides, 3,500 supporters greeted the senator.",
     "The senator, who spoke to a crowd in Denver on Friday night, was greeted by 3,500 supporters."),
])
def test_places_apart_in_claims_tied_by_a_shared_figure_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


@pytest.mark.parametrize("a, b", [
    ("In Denver on May 4, the minister was angered by the reaction of the crowd, she said later.",
     "The minister, who was jeered by a crowd at a May 4 meeting in Phoenix, later said the reaction had angered her."),
    ("In Denver on May 4, the minister was shocked by the reaction from protesters, she said in an interview later.",
     "The minister, who was jostled by protesters at a May 4 meeting in Phoenix, later said the reaction had shocked "
     "her."),
])
def test_places_apart_in_one_statement_told_twice_of_one_day_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


@pytest.mark.parametrize("a, b", [
    ("His two speeches to bankers at Citigroup earned him $450,000 in all.",
     "The $450,000 he was paid for two speeches, which were given to bankers at Barclays, drew criticism."),
])
def test_bodies_named_in_no_form_in_claims_tied_by_a_shared_sum_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "agent" and "Barclays" in result.reason


@pytest.mark.parametrize("a, b", [
    # two contests told alike, no figure nor day to tie them
    ("In Iowa, Sanders's victory over Clinton was narrow.", "Sanders's victory over Clinton in Nevada was narrow."),
    # one figure shared, but two happenings on two days
    ("The senator greeted 3,500 supporters in Denver on Friday.",
     "The governor greeted 3,500 supporters in Phoenix on Saturday."),
    # an age is no tie: "the 30-year-old" may be two people
    ("Flying from Athens, the plane carried the 30-year-old dissident.",
     "The plane carrying the 30-year-old dissident had taken off from Rome."),
])
def test_specifics_without_a_tie_to_one_happening_are_no_contradiction(verdict, a, b):
    # (people are never such a specific: two holders told alike, test_judged_pairs.py and
    # test_unmatched_specifics.py, "a 24-point lead" / "a 28-point lead", "a charity run by Smith" / "by Jones")
    assert not verdict(a, b).contradiction


def test_one_place_in_claims_tied_by_a_figure_stays_an_agreement(verdict):
    result = verdict("The senator greeted 3,500 supporters at a rally in Denver on Friday night.",
                     "Some 3,500 supporters at a Friday-night rally in Denver greeted the senator, aides said.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Some 48 percent of likely voters approve of the mayor, a Gallup poll found, well above the governor's 40 "
     "percent.",
     "A Gallup poll found 55 percent of likely voters approving of the mayor, against 40 percent for the governor."),
    ("A Gallup poll found that the mayor is approved of by some 48 percent of likely voters; the governor has 40 "
     "percent.",
     "The governor is at 40 percent, while 55 percent of likely voters approve of the mayor, Gallup found."),
])
def test_the_figure_left_once_every_other_matches_conflicts_whatever_its_verb(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures"


@pytest.mark.parametrize("a, b", [
    ("Clinton won the Kentucky primary on Tuesday, defeating Sanders.",
     "The Kentucky primary on Tuesday was won by Sanders, who beat Clinton narrowly."),
    ("Sanders edged out Clinton in Tuesday's Kentucky primary.",
     "Tuesday's Kentucky primary was narrowly won by Clinton, who beat Sanders there, officials said."),
])
def test_a_contest_won_in_the_passive_reads_the_winners_rival_as_the_loser(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "winner"


def test_a_contest_won_in_the_passive_is_no_loser(verdict):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("The Kentucky primary was won by Clinton, who defeated Sanders."))
    assert (frame.winner, frame.loser) == ("Clinton", "Sanders")


def test_an_unread_place_in_a_pair_tied_by_a_figure_is_no_conflict(verdict):
    # "Surfside" is read by neither the recogniser nor the gazetteer: perhaps a place inside the other town
    result = verdict("The county paid $675,000 for the repairs at Surfside, officials said.",
                     "Officials said the county paid $675,000 for the repairs in Fort Lauderdale.")
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    # two small figures alike tie the claims as one large one does (pairs/ kind `place`)
    ("Three men were charged in a five-count indictment filed in Chicago, prosecutors said.",
     "Prosecutors said the five-count indictment against the three men was filed in Boston."),
    ("Barrack, who was charged with two other men in a seven-count indictment in Denver federal court, chaired the fund.",
     "The seven-count indictment against Barrack, who chaired the fund, and two other men was filed in court in Miami."),
])
def test_places_apart_in_claims_tied_by_two_small_figures_alike_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


@pytest.mark.parametrize("a, b", [
    ("Three men were charged in a five-count indictment filed in Chicago, prosecutors said.",
     "Prosecutors said the five-count indictment against the three men was filed in Chicago."),
    ("Police said two officers and three civilians were hurt in Paris.",
     "Two officers and three civilians were hurt in France, police said."),
    # one small figure alike is chance
    ("Two people were hurt when a bus crashed in Chicago, officials said.",
     "Officials said two people were hurt when a fire broke out in a Boston restaurant."),
])
def test_one_place_or_one_small_figure_alike_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
