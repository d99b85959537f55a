"""An agreement needs every specific both claims state matched, not merely unopposed (issue 16: "what is not
comparable is never a contradiction and never an agreement"): opposite qualities, two orders of events, a
comparison that tells more against one that tells less, people or places the other claim names in no form.
Each tried in other phrasings (passive, a relative clause, the attribution first or last), beside pairs that
must stay agreements."""
from dataclasses import replace

import pytest

from crosscheck.claims import claim_from_text
from crosscheck.compare import judge


@pytest.mark.parametrize("a, b", [
    ("The governor urged lawmakers in a private dinner on Monday to pass the budget.",
     "On Monday the governor publicly urged lawmakers to pass the budget, in a speech open to reporters."),
    ("Lawmakers were urged by the governor, at a private dinner on Monday, to pass the budget.",
     "The governor, speaking in public on Monday, urged lawmakers to pass the budget."),
    ("The panel, which unanimously backed the nominee last spring, sent her name to the full Senate.",
     "The panel backed the nominee last spring on a sharply divided vote and sent her name to the full Senate."),
])
def test_opposite_qualities_anywhere_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The network fired the commentator on Tuesday, a day after he posted the video, a spokesman said.",
     "It was the day before he posted the video that the network fired the commentator, a spokesman said."),
    ("A spokesman said the commentator was fired by the network a day after he posted the video.",
     "The commentator, a spokesman said, was fired by the network a day before he posted the video."),
])
def test_orders_of_events_that_do_not_match_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_one_order_told_twice_stays_an_agreement(verdict):
    result = verdict("The network fired the commentator on Tuesday, a day after he posted the video.",
                     "A day after he posted the video, the commentator was fired by the network on Tuesday.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Smokers are more than twice as likely to develop the disease as non-smokers, the study found.",
     "The study found that people who smoke were only half as likely to develop the disease as those who don't."),
    ("The agency expects 12 million passengers this summer, a 40% increase over last year.",
     "About 12 million passengers are expected this summer, roughly half as many as last year, the agency said."),
    ("Ridership, which doubled over the year, reached 3 million riders, the city said.",
     "The city said ridership reached 3 million riders after it halved over the year."),
])
def test_a_comparison_that_tells_more_against_one_that_tells_less_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_a_comparison_told_twice_the_same_way_stays_an_agreement(verdict):
    result = verdict("Smokers are twice as likely to develop the disease, the study found.",
                     "The study found that smokers were two times as likely to develop the disease.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Last year the foundation gave $5 million to a committee backing Ann Harris, the former senator.",
     "The foundation's $5 million donation last year went to a committee backing Paul Newsom, the governor."),
    ("The dismissal came in a written order by Judge Maria Ortega, who called it the only course.",
     "It was Judge Daniel Whitfield who dismissed the case in a written order, calling it the only course."),
])
def test_people_the_other_names_in_no_form_are_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("Senator Maria Lopez said the bill would lower drug prices for seniors.",
     "The bill would lower drug prices for seniors, Lopez said."),
    ("The bill would lower drug prices for seniors, Senator Maria Lopez said.",
     "The bill would lower drug prices for seniors, Governor Tom Reed said."),
])
def test_one_person_in_two_forms_or_two_speakers_stay_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"


def test_each_side_naming_its_own_leader_is_no_unmatched_person(embedder, settings):
    a = replace(claim_from_text("President Harlow stressed the importance of keeping trade open."), side="A")
    b = replace(claim_from_text("President Okafor stressed the importance of keeping trade open."), side="B")
    vectors = embedder.embed([a.text, b.text])
    result = judge(a, b, float(vectors[0] @ vectors[1]), settings)
    assert "people" not in result.reason


@pytest.mark.parametrize("a, b", [
    ("The 30-year-old was aboard the plane, which was flying from the Greek capital, Athens.",
     "The 30-year-old had boarded the plane in Rome, the Italian capital."),
    ("Flying from Athens, the plane carried the 30-year-old dissident.",
     "The plane carrying the 30-year-old dissident had taken off from Rome."),
])
def test_places_in_any_phrase_that_match_nowhere_are_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and not result.contradiction


def test_a_place_inside_the_other_stays_an_agreement(verdict):
    result = verdict("The 30-year-old was aboard the plane, which was flying from Athens.",
                     "The 30-year-old had boarded the plane in Greece.")
    assert "places" not in result.reason


@pytest.mark.parametrize("a, b", [
    ("The FBI released a heavily redacted 20-page report on Saturday about the bombing plot.",
     "The 20-page report on the bombing plot, which the CIA declassified and made public on Saturday, was redacted."),
    ("The station, which he later sold to Univision, carried the debate live from Houston.",
     "He carried the debate live from Houston on the station, a network he would later sell to Telemundo."),
])
def test_bodies_the_other_names_in_no_form_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_a_body_and_its_initials_stay_an_agreement(verdict):
    result = verdict("About 100 people developed the rare condition after 12 million doses, the Centers for Disease "
                     "Control and Prevention told reporters.",
                     "Roughly 100 recipients of the Acme Pharma vaccine developed the rare condition after 12 million "
                     "doses, according to the CDC.")
    assert "bodies" not in result.reason


@pytest.mark.parametrize("a, b", [
    ("On Thursday the governor signed into law a bill making Labor Day a state holiday.",
     "The bill making Labor Day a state holiday was vetoed by the governor on Thursday."),
    ("The bill, which the governor signed on Thursday, makes Labor Day a state holiday.",
     "The governor on Thursday vetoed the bill that would make Labor Day a state holiday."),
])
def test_an_act_against_its_opposite_written_anywhere_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_one_act_told_twice_stays_an_agreement(verdict):
    result = verdict("On Thursday the governor signed into law a bill making Labor Day a state holiday.",
                     "The bill making Labor Day a state holiday was signed by the governor on Thursday.")
    assert result.relation == "agree"


@pytest.mark.parametrize("b", [
    "The mayor on Friday dismissed the deputy parks commissioner, Laura Finch, but kept Commissioner Owen Hale.",
    "Deputy parks commissioner Laura Finch was fired by the mayor on Friday, while Commissioner Owen Hale kept his "
    "job.",
])
def test_one_act_done_to_another_person_is_no_agreement(verdict, b):
    result = verdict("The mayor fired Parks Commissioner Owen Hale on Friday amid a dispute over the budget.", b)
    assert result.relation != "agree"


@pytest.mark.parametrize("a", [
    "The army shot down the drones on Monday, a day after it said its jets had struck a fuel depot.",
    "On Monday, a day after saying its jets had struck a fuel depot, the army shot down the drones.",
])
def test_an_order_placed_on_the_verb_of_saying_is_read(verdict, a):
    result = verdict(a, "A day after shooting down the drones, the army said that its jets had struck a fuel depot.")
    assert result.relation != "agree"


def test_one_order_placed_on_the_verb_of_saying_told_twice_stays_an_agreement(verdict):
    result = verdict("A day after shooting down the drones, the army said that its jets had struck a fuel depot.",
                     "The army said its jets had struck a fuel depot, a day after it shot down the drones.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a", [
    "The army shot down the drones on Monday, and two days later it struck a fuel depot.",
    "The drones were shot down by the army on Monday, and two days later the army struck a fuel depot.",
])
def test_an_act_placed_by_a_joined_act_told_later_is_read(verdict, a):
    result = verdict(a, "Two days before it shot down the drones, the army struck a fuel depot.")
    assert result.relation != "agree"


def test_one_order_told_from_either_end_stays_an_agreement(verdict):
    result = verdict("The army shot down the drones on Monday, and two days later it struck a fuel depot.",
                     "Two days after it shot down the drones, the army struck a fuel depot.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a, b, kind", [
    ("The measure fell short in the evenly split Senate, failing to get the 60 votes needed to advance.",
     "The measure needed 60 votes to clear a procedural hurdle in the Senate on Tuesday.", "acts"),
    ("The court ruled on Monday that migrants later allowed to remain for humanitarian reasons cannot become "
     "permanent residents.",
     "The court ruled on Monday that migrants allowed to stay temporarily for humanitarian reasons may not apply "
     "for green cards.", "qualities"),
    ("The city ordered its staff to get vaccinated, after the regulator fully approved the vaccine this week.",
     "City staff were ordered on Tuesday to get vaccinated, two days after the vaccine received federal approval.",
     "orders"),
    ("The mayor apologised after snapping at a CNN reporter at a press conference on Wednesday.",
     "The mayor snapped at a reporter at the end of his press conference on Wednesday in Geneva.", "places"),
])
def test_specifics_of_two_things_or_read_alike_do_not_block_an_agreement(verdict, a, b, kind):
    assert kind not in verdict(a, b).reason


@pytest.mark.parametrize("b", [
    "The poll found that Tanaka drew a 48% approval rating, well above the 39% that Reyes now gets.",
    "Tanaka's 48% approval is well above Reyes's 39%, according to the poll.",
])
def test_one_figure_told_of_the_other_holder_is_no_agreement(verdict, b):
    result = verdict("Reyes's 48% approval is well above Tanaka's 39%, the poll found.", b)
    assert result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Reyes holds 48% approval, against Tanaka's 39%.", "Tanaka trails with 39%, against the 48% of Reyes."),
    ("Zenith stock closed Monday on the Nasdaq Exchange at $14.20 a share, down 9 cents.",
     "Zenith shares closed Monday at $14.20 a share, down 9 cents, on the Nasdaq Exchange."),
    ("The regulator cleared the vaccine made by Corvax and Heliogen for people 16 years of age or older.",
     "Full approval for the Corvax-Heliogen vaccine in people aged 16 and up was granted by the regulator."),
])
def test_one_figure_of_one_holder_in_other_words_stays_an_agreement(verdict, a, b):
    assert "holders" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b, kind", [
    ("The mayor apologised after snapping at a reporter at a press conference on Wednesday.",
     "The mayor snapped at a reporter at his press conference on Wednesday after she asked about the budget.",
     "orders"),
    ("The council passed a $3.5 million budget plan early Wednesday.",
     "Democrats pushed a $3.5 million budget plan through the council early Wednesday.", "holders"),
    ("The council raced toward a Wednesday vote on Governor Ana Ruiz's $2 million housing plan.",
     "Council leader Tom Varga is racing toward a Wednesday vote on the $2 million housing plan.", "people"),
])
def test_a_chain_of_acts_an_amount_of_a_thing_or_an_owner_do_not_block_an_agreement(verdict, a, b, kind):
    assert kind not in verdict(a, b).reason


# -- one statement told twice: the specific left unmatched is its conflict -------------------------------------

@pytest.mark.parametrize("a, b, basis", [
    ("The station fired the host on Friday, a day after he insulted a caller on air.",
     "It was a day before he insulted a caller on air that the station fired the host on Friday.", "order"),
    ("The mayor urged the council in a private meeting on Tuesday to approve the budget.",
     "The mayor publicly urged the council on Tuesday to approve the budget.", "quality"),
    ("Television ratings suggest the final drew more than twice as many viewers as last year's final.",
     "Television ratings suggest the final drew only half as many viewers as last year's final.", "direction"),
    ("The ferry, which was sailing from Naples, sank near the island on Thursday.",
     "The ferry sank near the island on Thursday after sailing from Palermo.", "place"),
])
def test_a_specific_left_unmatched_in_one_statement_told_twice_conflicts(verdict, a, b, basis):
    result = verdict(a, b)
    assert result.contradiction and result.basis == basis


@pytest.mark.parametrize("a, b", [
    # alike, but not so close as one statement told twice: perhaps two facts
    ("The bank gave $5 million to a charity run by Smith, the former senator.",
     "The bank's $5 million gift went to a charity run by Jones, the former senator."),
    # one of them hedged
    ("The mayor urged the council in a private meeting on Tuesday to approve the budget.",
     "The mayor may have publicly urged the council on Tuesday to approve the budget."),
])
def test_a_specific_left_unmatched_short_of_one_statement_told_twice_is_no_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The jury found the officer not guilty of manslaughter on Friday.",
     "The officer was convicted of manslaughter by the jury on Friday."),
    ("The officer, whom the jury found not guilty of manslaughter on Friday, left the court.",
     "The officer, whom the jury convicted of manslaughter on Friday, left the court."),
])
def test_an_act_written_after_not_tells_its_opposite(verdict, a, b):
    assert verdict(a, b).contradiction


def test_two_people_who_meet_are_no_conflict_of_whom_it_was_done_to(verdict):
    result = verdict("Chancellor Anna Lindqvist met Prime Minister Kenji Tanaka in Rome on Thursday.",
                     "Prime Minister Kenji Tanaka met Chancellor Anna Lindqvist in Rome on Thursday.")
    assert not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("Unvaccinated workers were more than twice as likely to catch the virus as vaccinated ones, a company survey "
     "found.",
     "Workers who skipped the vaccine were only half as likely to be infected as their vaccinated colleagues, "
     "according to a survey by the company."),
    ("According to the study, which the institute published on Monday, drivers who text are more than twice as "
     "likely to crash as other drivers.",
     "Drivers who text were only half as likely to crash as other drivers, says a study the institute published."),
])
def test_opposite_specifics_in_two_claims_of_one_fact_conflict_short_of_one_statement_told_twice(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "direction"


def test_opposite_specifics_one_of_them_only_possible_are_no_conflict(verdict):
    result = verdict("Unvaccinated workers were more than twice as likely to catch the virus as vaccinated ones, a "
                     "company survey found.",
                     "Workers who skipped the vaccine could be only half as likely to be infected as their "
                     "vaccinated colleagues, a survey by the company found.")
    assert not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("The senator told supporters at a rally in Wilmington, N.C., on Monday that the tax would be repealed.",
     "At a rally in Fayetteville, N.C., on Monday, the senator told supporters that the tax would be repealed."),
    ("The senator spoke to supporters at a rally in Wilmington, N.C., on Monday.",
     "The senator, at a rally in Fayetteville, N.C., on Monday, spoke to supporters."),
])
def test_a_city_named_with_its_states_abbreviation_is_placed(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place"


def test_a_city_with_and_without_its_states_abbreviation_is_one_place(verdict):
    assert verdict("The senator spoke to supporters at a rally in Wilmington, N.C., on Monday.",
                   "The senator spoke to supporters at a rally in Wilmington on Monday.").relation == "agree"


@pytest.mark.parametrize("name, text, written", [
    ("Wilmington", "a rally in Wilmington, N.C., on Monday", "Wilmington, N.C."),
    ("Paris", "a fair in Paris, Texas, last week", "Paris, Texas"),
    ("Paris", "talks in Paris, Smith said", "Paris"),
])
def test_a_place_as_written_takes_the_state_or_country_after_it(name, text, written):
    from crosscheck.gazetteer import as_written
    assert as_written(name, text) == written


# -- a margin between two rivals ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Maria Lopez trails Helen Park in Ohio by 4 percentage points, according to the state's polling average.",
     "Helen Park holds an 11-point lead over Maria Lopez in Ohio, the state's polling average shows."),
    ("According to the latest Gallup survey, Helen Park leads Maria Lopez by 6 points among likely voters.",
     "Maria Lopez, who is 2 points behind Helen Park in the latest Gallup survey, gained among likely voters."),
])
def test_one_margin_between_two_rivals_told_as_other_points_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "margins" in result.reason


@pytest.mark.parametrize("b", [
    # another poll
    "Helen Park holds an 11-point lead over Maria Lopez in Ohio, a Quinnipiac poll shows.",
    # the same margin from the other end
    "Helen Park holds a 4-point lead over Maria Lopez in Ohio, the state's polling average shows.",
])
def test_margins_of_two_polls_or_one_margin_told_twice_are_no_conflict(verdict, b):
    a = "Maria Lopez trails Helen Park in Ohio by 4 percentage points, according to a Gallup poll."
    a = a if "Quinnipiac" in b else a.replace("a Gallup poll", "the state's polling average")
    assert not verdict(a, b).contradiction
