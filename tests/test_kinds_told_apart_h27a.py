"""Kinds the comparator told wrong on writer28 (issue 16, h27a), each made to hold generally: a delay told by two verbs
of one status ("delayed" / "held up") is no status conflict; a part's count beside its whole's ("the hall at the zoo" /
"the zoo"); one vote told two ways; one source's estimate against another source's figure; days that match nowhere
earn no agreement; who called for or sought a meeting initiated it. Each in other phrasings, beside look-alikes that
must not move."""
import pytest


def _outcome(result) -> str:
    if result.relation == "differ":
        return "contradiction" if result.contradiction else "difference"
    return result.relation


@pytest.mark.parametrize("a, b", [
    # a delay told by "held up" and by "delayed" or "postponed": one status, whatever the figures
    ("Fog held up the ferry's departure from Dover for two hours on Tuesday.",
     "The ferry's departure from Dover was postponed by more than an hour because of fog."),
    ("The start of the regatta was held up for an hour by strong winds, the club said.",
     "Strong winds delayed the start of the regatta by 90 minutes."),
    ("A floodlight failure held up the opening match for about half an hour, organisers said.",
     "The opening match was delayed by 40 minutes after a floodlight failure."),
    ("Ice on the runway delayed the cargo flight's departure from Oslo by more than two hours.",
     "The cargo flight's departure from Oslo was held up for at least three hours by ice on the runway, the airport "
     "said."),
])
def test_a_delay_told_by_two_verbs_is_no_status_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and "status" not in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # a thing held up to be seen is no happening delayed
    ("Fans held up their scarves as the parade went through the city centre.",
     "The parade went ahead in the city centre despite the rain."),
    ("Supporters held up signs at the rally in Leeds on Saturday.",
     "The rally in Leeds took place on Saturday as planned."),
])
def test_a_thing_held_up_is_no_delay(verdict, a, b):
    assert "status" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("The aquarium hall at Bremen zoo drew 95,000 visitors last year, its first full year.",
     "Bremen zoo had 1.4 million visitors last year, its director said."),
    ("The reptile house at Chester zoo drew 80,000 visitors last year.",
     "Chester zoo had 2.1 million visitors last year, its director said."),
    ("The concert hall at the Barbican sold 40,000 tickets for the festival.",
     "The Barbican sold 90,000 tickets for the festival, its director said."),
])
def test_a_parts_count_beside_its_wholes_is_no_contradiction(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree", result.reason


@pytest.mark.parametrize("a, b", [
    # the whole's count told two ways still conflicts
    ("Chester zoo drew 80,000 visitors last year.", "Chester zoo had 2.1 million visitors last year, its director "
                                                    "said."),
])
def test_one_wholes_count_told_two_ways_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # one vote told by its act and by its approval ("to sell" / "approved the sale"), or by one act: a conflict
    ("The board voted 9 to 4 on Friday to sell the stadium site.",
     "The board approved the sale of the stadium site by 11 votes to 2 on Friday."),
    ("The senate voted 60 to 40 on Tuesday to confirm Dana Wells as judge.",
     "On Tuesday the senate confirmed Dana Wells as judge by 55 votes to 45."),
])
def test_one_vote_told_two_ways_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The gallery's insurers valued the two stolen paintings at 4 million pounds.",
     "The two paintings stolen from the gallery were worth about 7 million pounds, according to an art dealer quoted "
     "by the BBC."),
    ("The owners of the Vienna porcelain museum valued the four stolen vases at 2 million euros.",
     "The four vases taken from the Vienna museum were worth around 5 million euros, according to an auction house "
     "expert."),
    ("An independent surveyor put the cost of repairing the pier at 12 million pounds.",
     "Repairing the pier will cost 20 million pounds, the town council said."),
])
def test_one_sources_estimate_against_anothers_figure_is_a_difference(verdict, a, b):
    result = verdict(a, b)
    assert _outcome(result) == "difference" and "source" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # one source telling two values: a conflict
    ("The museum said the two stolen paintings were worth 4 million pounds.",
     "The two paintings stolen from the museum were worth 7 million pounds, the museum's director said."),
    ("Police estimated that 30,000 people joined the march on Saturday.",
     "Police said 50,000 people joined Saturday's march."),
])
def test_one_source_told_two_ways_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The grape harvest at the Sancerre cooperative began on Tuesday, ten days earlier than last year because of the "
     "dry July.", "Pickers at the Sancerre cooperative, which has some 200 members, started cutting grapes on Friday, "
                  "its chairman said, blaming a very dry July for the early start."),
    ("The harvest at the Sancerre estate began on Tuesday, earlier than usual after a dry summer.",
     "Pickers at the Sancerre estate started on Friday, the estate's manager said, blaming the dry summer."),
    ("The new footbridge over the Tyne opened on Wednesday, the city council said.",
     "The city council said the new footbridge over the Tyne opened to walkers on Saturday."),
])
def test_days_that_match_nowhere_earn_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree", result.reason


@pytest.mark.parametrize("a, b", [
    ("The new footbridge over the Tyne opened on Wednesday, the city council said.",
     "The city council said on Wednesday that the new footbridge over the Tyne had opened."),
    ("The city council said on Monday that the new footbridge over the Tyne would open on Friday.",
     "The new footbridge over the Tyne will open on Friday, the city council said."),
])
def test_one_day_told_alike_still_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("The water company said the mayor had asked for the meeting on the reservoir, which takes place on Monday.",
     "The water company said it had called for the meeting on the reservoir with the mayor, due on Monday."),
    ("The ferry workers' union said the operator had asked for the talks on winter rotas, due to start on Tuesday.",
     "The ferry workers' union said it had called for the talks on winter rotas with the operator, which start on "
     "Tuesday."),
    ("Residents sought the inquiry into the flooding, the council said.",
     "The council said the inquiry into the flooding was requested by the water company."),
])
def test_who_called_for_a_meeting_initiated_it(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "initiator" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The farmers' union said it had called for the talks with the supermarket chains, which begin on Monday.",
     "The talks between the farmers' union and the supermarket chains begin on Monday, the union said."),
    ("The mayor called for calm after the flooding, the council said.",
     "The council said the water company had requested the inquiry into the flooding."),
])
def test_a_call_for_calm_or_one_initiator_sets_nothing_apart(verdict, a, b):
    assert "initiator" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    # a thing's first time happens once: its two days conflict, whatever verb tells it
    ("The three panda cubs born at Vienna zoo will be shown to visitors for the first time on Tuesday, the zoo said.",
     "The zoo said the three panda cubs born at Vienna zoo would make their first public appearance on Saturday."),
    ("A spokesman said the two lynx kittens born at Bern zoo would be shown to the public for the first time on "
     "Monday.", "The two lynx kittens born at Bern zoo will make their first public appearance on Thursday, a zoo "
                "spokesman said."),
    ("The King's first visit to the new children's hospital in Aarhus took place on Monday.",
     "The King visited the new children's hospital in Aarhus for the first time on Wednesday, the palace said."),
    ("The prime minister made her first trip to the flooded towns of Emilia on Tuesday.",
     "The prime minister visited the flooded towns of Emilia for the first time on Thursday, her office said."),
])
def test_one_things_first_time_dated_two_ways_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "date" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # two things' first times, and a thing's first time against another act of it
    ("The new bridge at Arnhem opened to traffic for the first time on Monday.",
     "The new tunnel under the Maas at Rotterdam opened to traffic for the first time on Friday."),
    ("The two panda cubs at Vienna zoo were shown to visitors for the first time on Tuesday.",
     "The two panda cubs at Vienna zoo were weighed by vets on Friday, the zoo said."),
    ("Unemployment in Spain fell below 10 percent for the first time in March.",
     "Unemployment in Portugal fell below 10 percent for the first time in May."),
])
def test_first_times_of_two_things_stay_apart(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # an age told "is N years old" is the copula's subject's, not the speaker's; "is at N the youngest" is an age now
    ("Officials said the winner of the Oslo junior piano prize, Ida Berg, is 12 years old, the youngest in its "
     "history.", "Ida Berg, who won the Oslo junior piano prize, is at 15 the youngest winner in its history, "
                 "officials said."),
    ("The club said its new goalkeeper, Jonas Holm, is 17 years old.",
     "Jonas Holm is at 20 the club's youngest goalkeeper, the club said."),
    ("Mia Sand, the winner of the Bergen spelling bee, is 11 years old, organisers said.",
     "Organisers said Mia Sand, who won the Bergen spelling bee, is at 13 its youngest champion."),
    ("Tomas Lind is 16 years old, the club said.",
     "The club said Tomas Lind, the youngest player in its first team, is 19."),
])
def test_an_age_on_the_copula_is_its_subjects(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "age" in result.reason, result.reason


@pytest.mark.parametrize("a, b, relation", [
    ("Mia Sand is 11 years old, organisers said.",
     "Organisers said Mia Sand, the youngest champion of the Bergen spelling bee, is 11.", "agree"),
    # an age then and an age now
    ("Ida Berg is at 15 the youngest winner of the Oslo piano prize.",
     "Ida Berg won the Oslo piano prize at 12, officials said, and is now 15.", "agree"),
])
def test_one_age_told_alike_still_agrees(verdict, a, b, relation):
    assert verdict(a, b).relation == relation


@pytest.mark.parametrize("a, b", [
    # one part's share of one whole, told by a verb of share and by another verb
    ("Rail freight accounted for 18 percent of all cargo leaving the port of Hamburg last year.",
     "Nearly a third of the cargo that left Hamburg's port last year went by rail, the port authority said."),
    ("Coal accounted for 30 percent of Poland's electricity in the first quarter.",
     "In the first quarter, coal plants generated 70 percent of the electricity produced in Poland, the ministry "
     "said."),
    ("Tourism represented 12 percent of Croatia's economic output last year.",
     "About a fifth of Croatia's economic output last year came from tourism, the central bank said."),
    ("Wind power accounted for 22 percent of Denmark's electricity last year.",
     "Nearly half of the electricity Denmark used last year came from wind power, the grid operator said."),
])
def test_one_parts_share_told_by_two_verbs_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two parts' shares of one whole, and one part's share in two years
    ("Rail freight accounted for 18 percent of all cargo leaving the port of Hamburg last year.",
     "Nearly a third of the cargo that left Hamburg's port last year went by road, the port authority said."),
    ("Wind power accounted for 22 percent of Spain's electricity last year.",
     "Solar panels produced 14 percent of Spain's electricity last year, the grid operator said."),
    ("Rail accounted for 18 percent of the cargo at Antwerp last year.",
     "Rail accounted for 25 percent of the cargo at Antwerp in 2019."),
])
def test_two_parts_shares_stay_apart(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, voice", [
    # a speaker closing the sentence, read by the parse as a participle on its noun
    ("About 15 percent of classrooms need work, inspectors estimated on Monday.", "inspectors"),
    ("Some 400 homes in the valley were damaged by the flood, surveyors estimated on Monday.", "surveyors"),
    ("About 15 percent of the region's schools need new roofs, inspectors estimated in their yearly report.",
     "inspectors"),
    ("Two climbers were injured, rescuers reported.", "rescuers"),
    # an estimate or analysis "from" someone is theirs
    ("New roofs are needed on around a quarter of the region's schools, according to an estimate from the head "
     "teachers' association.", "head teachers' association"),
    ("The flood damaged about 900 homes in the valley, according to an analysis from the insurers' association.",
     "insurers' association"),
])
def test_a_trailing_speaker_and_an_estimates_maker_are_voices(text, voice):
    from crosscheck.claims import claim_from_text
    claim = claim_from_text(text)
    assert claim.attributed and claim.voice == voice, (claim.voice, claim.attributed)


@pytest.mark.parametrize("text", [
    "The cars, imported from Japan, were sold quickly.",
    "The museum bought two paintings, both restored last year.",
])
def test_a_participle_on_a_thing_is_no_speaker(text):
    from crosscheck.claims import claim_from_text
    assert not claim_from_text(text).attributed


@pytest.mark.parametrize("a, b", [
    ("The storm caused about 40 million euros of damage in the valley, insurers estimated on Monday.",
     "The storm damage in the valley runs to 90 million euros, according to an analysis from the regional "
     "government."),
    ("About 15 percent of the region's schools need new roofs, inspectors estimated in their yearly report.",
     "New roofs are needed on around a quarter of the region's schools, according to an estimate from the head "
     "teachers' association."),
    ("Roughly 2,000 sheep died in the snowstorm, farmers estimated on Tuesday.",
     "About 5,000 sheep died in the snowstorm, according to a count from the agriculture ministry."),
])
def test_estimates_of_two_sources_told_last_are_no_contradiction(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree", result.reason


@pytest.mark.parametrize("a, b", [
    ("About 15 percent of the region's schools need new roofs, inspectors estimated in their yearly report.",
     "Around a quarter of the region's schools need new roofs, the inspectors said."),
    ("Some 400 homes in the valley were damaged by the flood, surveyors estimated on Monday.",
     "The flood damaged about 900 homes in the valley, the surveyors said."),
])
def test_one_sources_two_figures_still_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
