"""Specifics the frames did not read (issue 16, h16zl): each read from the parse, so the existing rules compare them.
Each reading tried in other phrasings (a relative clause on either name, a passive, the attribution first or last),
beside paraphrases that must stay agreements."""
import pytest


# -- whose a share is, where a relative clause on a name holds it: "Clinton, who has 44 percent" ------------------

@pytest.mark.parametrize("a, b", [
    ("A Gallup survey shows Ortiz with 52 percent against Lamb, who has 41 percent.",
     "Lamb, who drew 52 percent, leads Ortiz at 41 percent in the Gallup survey."),
    ("Ortiz, who has 52 percent in the new poll, is ahead of Lamb, who has 41 percent.",
     "In the new poll Lamb has 52 percent and Ortiz trails with 41 percent."),
    ("The poll puts Lamb at 41 percent, behind Ortiz, who holds 52 percent.",
     "Lamb, who holds 52 percent, is ahead of Ortiz at 41 percent, the poll found."),
    ("Ortiz leads the race with 52 percent to Lamb's 41 percent, the survey shows.",
     "Lamb, who has 52 percent, leads Ortiz, who has 41 percent, the survey shows."),
    ("Voters gave Nolan, who secured 63 percent, a clear win over Pratt, who got 37 percent.",
     "Pratt, who secured 63 percent, won clearly over Nolan, who got 37 percent."),
    ("The survey found 47% support for Reyes, who has 35% among independents, and 38% for Cole.",
     "The survey found Cole, who has 47% support, ahead of Reyes with 38%."),
])
def test_share_held_in_a_relative_clause_told_of_the_other_rival(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "holders of one figure" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("A Gallup survey shows Ortiz with 52 percent against Lamb, who has 41 percent.",
     "Ortiz, who has 52 percent, leads Lamb at 41 percent in the Gallup survey."),
    ("Ortiz, who has 52 percent in the new poll, is ahead of Lamb, who has 41 percent.",
     "In the new poll Ortiz has 52 percent and Lamb trails with 41 percent."),
    ("In the runoff, Duarte, who won 58 percent, defeated Kim, who took 42 percent.",
     "Duarte defeated Kim in the runoff, 58 percent to 42 percent."),
    ("Hughes, who captured 55 percent, narrowly beat Abbot, who earned 45 percent, officials said.",
     "Officials said Hughes captured 55 percent, with Abbot on 45 percent."),
    ("Voters gave Nolan, who secured 63 percent, a clear win over Pratt, who got 37 percent.",
     "Nolan, who secured 63 percent, won clearly over Pratt, who got 37 percent."),
    ("Marquez, who was backed by 61 percent of members, defeated Holt, who was backed by 39 percent.",
     "Marquez was backed by 61 percent of members and Holt by 39 percent."),
])
def test_share_held_in_a_relative_clause_told_of_one_rival_stays_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- "got underway" tells a happening went ahead, against its postponement or cancellation -------------------------

@pytest.mark.parametrize("a, b", [
    ("The film festival got underway in Austin on Saturday.",
     "The film festival in Austin was postponed on Saturday because of the storm."),
    ("The postponement of the marathon was announced on Sunday by the city.",
     "The marathon got underway on Sunday, the city said."),
    ("The peace talks, which got underway in Oslo on Thursday, are expected to last a week.",
     "The peace talks in Oslo were called off on Thursday."),
])
def test_got_underway_against_called_off_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "status" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The film festival got underway in Austin on Saturday.", "The film festival opened in Austin on Saturday."),
    ("The trial got underway on Monday, court officials said.", "Court officials said the trial began on Monday."),
    ("The marathon got underway on Sunday, the city said.", "The city said the marathon went ahead on Sunday."),
    ("Voting got underway across the state on Tuesday morning.", "Voting began across the state on Tuesday morning."),
])
def test_got_underway_stays_agreement_with_began(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- an act told by a light verb's object: "gave Trump a briefing" is "briefed Trump" ------------------------------

@pytest.mark.parametrize("a, b", [
    ("The envoy gave the president a briefing on the ceasefire talks on Monday.",
     "The president briefed the envoy on the ceasefire talks on Monday."),
    ("Officials said Lee gave Moon a warning about the missile tests.",
     "Moon warned Lee about the missile tests, officials said."),
    ("Patel gave Singh a full briefing on the talks with the union.",
     "Singh briefed Patel on the talks with the union, the ministry said."),
    ("It was Ankara that gave Baghdad an assurance on the water deal.", "Baghdad assured Ankara on the water deal."),
    ("It was Morales who gave Ruiz a warning about the deadline.", "Ruiz warned Morales about the deadline."),
])
def test_act_of_a_light_verbs_object_with_roles_swapped_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "roles swapped" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The envoy gave the president a briefing on the ceasefire talks on Monday.",
     "The envoy briefed the president on the ceasefire talks on Monday."),
    ("Officials said Lee gave Moon a warning about the missile tests.",
     "Lee warned Moon about the missile tests, officials said."),
    ("The company gave investors an update on the merger on Tuesday.",
     "The company updated investors on the merger on Tuesday."),
    ("The minister gave lawmakers a briefing, aides said.", "Aides said lawmakers were briefed by the minister."),
    ("It was Ankara that gave Baghdad an assurance on the water deal.", "Ankara assured Baghdad on the water deal."),
])
def test_act_of_a_light_verbs_object_told_alike_stays_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- two towns, each named with the one state that holds both, are two places ---------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The governor spoke at a rally in Hanahan, South Carolina, on Monday.",
     "The governor spoke at a rally in Summerville, South Carolina, on Monday."),
    ("Trump praised the editor at a press conference in Hanahan, South Carolina, on Monday.",
     "At a Monday news conference in Summerville, South Carolina, Trump singled out the editor for praise."),
    ("The plant, which is in Lyon, France, will close in May.",
     "The plant in Toulouse, France, will close in May, the company said."),
])
def test_towns_of_one_state_named_with_it_are_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and "places that match nowhere" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The governor spoke at a rally in Hanahan, South Carolina, on Monday.",
     "The governor spoke at a rally in Hanahan on Monday."),
    ("The governor spoke at a rally in Hanahan, South Carolina, on Monday.",
     "The governor spoke at a rally in South Carolina on Monday."),
    ("Police said the suspect was arrested in Pasadena, Texas, on Friday.",
     "The suspect was arrested in Texas on Friday, police said."),
    ("The plant, which is in Lyon, France, will close in May.", "The plant in Lyon will close in May, the company said."),
    ("In Reno, Nevada, the senator held a town hall on Tuesday.", "The senator held a town hall in Reno on Tuesday."),
])
def test_a_town_and_its_state_stay_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- a verb whose object is a clause: its subject is who did it, the clause what ("Clinton proposed they debate") --

@pytest.mark.parametrize("text, act, doer", [
    ("Ortiz proposed they meet in Geneva on Friday.", "propose", "Ortiz"),
    ("The union demanded the plant stay open.", "demand", "The union"),
    ("Patel recommended the company sell its plant.", "recommend", "Patel"),
    ("The board voted to sell the plant after Patel recommended it be sold.", "recommend", "Patel"),
    ("The governor ordered the schools be closed on Monday.", "order", "The governor"),
])
def test_the_doer_of_a_verb_whose_object_is_a_clause(text, act, doer):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    clause = next(c for c in frame_of(claim_from_text(text)).clauses if c.predicate == act)
    assert clause.agent == doer and clause.theme, clause


# -- a proposal told by its noun is an act of proposing, by its owner ----------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("Lamb's proposal of a May 3 debate in Boston was rejected by Ortiz.", "Lamb"),
    ("The company's proposal of a four-day week was turned down by the union.", "The company"),
    ("Germany's proposal of a gas price cap was blocked on Friday by Italy.", "Germany"),
])
def test_a_proposal_told_by_its_noun_is_its_owners_act(text, doer):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    clause = next(c for c in frame_of(claim_from_text(text)).clauses if c.predicate == "propose")
    assert clause.agent == doer, clause


@pytest.mark.parametrize("a, b", [
    ("Ortiz proposed they debate in Boston on May 3, but Lamb rejected the idea.",
     "Lamb's proposal of a May 3 debate in Boston was rejected by Ortiz."),
])
def test_a_proposal_by_the_other_rival_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Ortiz proposed they debate in Boston on May 3, but Lamb rejected the idea.",
     "Ortiz's proposal of a May 3 debate in Boston was rejected by Lamb."),
    ("The union proposed a four-day week, which the company turned down.",
     "The union's proposal of a four-day week was turned down by the company."),
    ("Germany's proposal of a gas price cap was blocked on Friday by Italy.",
     "Germany proposed a gas price cap on Friday, but Italy blocked it."),
    ("The proposal of new talks in Doha by Qatar came after the clashes.",
     "Qatar proposed new talks in Doha after the clashes."),
    ("Officials said Reyes proposed the merger of the two agencies.",
     "The proposal of the merger of the two agencies by Reyes surprised officials."),
])
def test_a_proposal_told_by_its_noun_stays_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason
