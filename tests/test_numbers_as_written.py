"""Numbers as written (issue 16, h24b): one happening's one figure told two ways, read whatever form each writer
gives it. Tallies with thousands and told by their sides ("1,840 to 960", "with 1,480 in favour and 960 against").
Each reading tried in other phrasings, beside look-alikes that must not change (two votes of two bodies, one
tally told two ways)."""
import pytest


@pytest.mark.parametrize("a, b", [
    # thousands written, a sides form against a "to" form; the sides' verb no word of voting
    ("Members of the Leeds nurses' union voted 2,310 to 1,150 to accept the hospital trust's pay offer.",
     "The pay offer was accepted by Leeds nurses, with 2,130 in favour and 1,150 against, ending the dispute."),
    ("The hospital group's pay deal was backed by the nurses' union by 2,310 votes to 1,150, the union said.",
     "Nurses backed the hospital group's pay deal with 2,130 votes in favour and 1,150 against, according to "
     "their union."),
    ("By a vote of 3,400 to 1,200, dockworkers endorsed the new contract on Friday.",
     "The new contract was approved by dockworkers on Friday, 4,300 for and 1,200 against."),
    ("Shareholders of Vela Mining approved the merger at Tuesday's meeting, 12,840 votes to 960.",
     "At Tuesday's meeting the Vela Mining merger was approved by shareholders, 12,480 for, 960 against."),
])
def test_a_tally_told_in_other_forms_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "tally" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # one tally in two forms
    ("Shareholders approved the merger with 1,840 in favour and 960 against.",
     "The merger was approved by shareholders, 1,840 votes to 960."),
    ("The city council approved the budget with 31 in favour and 12 against on Monday.",
     "The city council approved the budget on Monday by 31 votes to 12."),
    # two bodies' votes on one bill
    ("The Senate approved the forestry bill by 41 votes to 29 on Tuesday.",
     "The House of Representatives passed the forestry bill with 1,088 in favour and 961 against."),
])
def test_one_tally_or_two_votes_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # "aged N" set off after a noun phrase with an "of" phrase: the phrase's head's age, a name inside it aside
    ("The captain of the ferry Moana, aged 58, was arrested on Monday after the collision.",
     "The ferry's 55-year-old captain was arrested on Monday after the collision, police said."),
    ("Coastguards said the 49-year-old skipper of the yacht Blue Heron was winched to safety off Cornwall.",
     "The skipper of the yacht Blue Heron, aged 94, was winched to safety off Cornwall, coastguards said."),
    ("The ferry's captain, who is 58, was arrested on Monday after the collision.",
     "Police arrested the ferry's captain, aged 85, on Monday after the collision."),
    ("The 58-year-old captain of the ferry Moana was arrested on Monday after the collision.",
     "The ferry Moana's captain, 55, was arrested on Monday after the collision, police said."),
])
def test_one_persons_age_told_in_other_forms_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "age" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # one age in two forms
    ("The driver of the bus, aged 44, was arrested after the crash in Leeds.",
     "The 44-year-old driver of the bus was arrested after the crash in Leeds."),
    # two people, one told by the other ("the son of the mayor" / "the mayor's son")
    ("The son of the former mayor, aged 34, was arrested in Leeds.",
     "The 61-year-old former mayor's son was arrested in Leeds."),
    # two people of one crew
    ("The 67-year-old pilot and his 35-year-old co-pilot were rescued after the crash.",
     "The pilot, aged 35, was rescued after the crash."),
])
def test_one_age_or_two_peoples_ages_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # a share of voters set beside a share in words, who took part: the turnout
    ("Turnout in Sunday's referendum on the Linz bypass was 38 percent, the electoral board said.",
     "Just under half of registered voters, 47 percent, took part in Sunday's Linz bypass referendum."),
    ("Half of the electorate took part in Sunday's referendum on the Linz bypass, officials said.",
     "Turnout in Sunday's Linz bypass referendum was 31 percent, officials said."),
    ("The electoral board put turnout in Sunday's referendum on the Linz bypass at 38 percent.",
     "Some 47 percent of registered voters cast ballots in Sunday's Linz bypass referendum, the electoral board "
     "said."),
])
def test_one_turnout_told_in_other_forms_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "turnout" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # the turnout against the share that took a side
    ("Turnout in Sunday's referendum on the Linz bypass was 38 percent, officials said.",
     "In Sunday's referendum on the Linz bypass, 62 percent voted in favour, officials said."),
    ("Turnout in Sunday's referendum on the Linz bypass was 38 percent, officials said.",
     "Half of the voters in Sunday's referendum on the Linz bypass backed the plan, officials said."),
    ("Turnout in Sunday's referendum on the Linz bypass was 38 percent, officials said.",
     "Just over half of eligible voters, 51 percent, backed the Linz bypass in Sunday's referendum."),
    # one turnout told twice
    ("Turnout in Sunday's referendum on the Linz bypass was 51 percent, officials said.",
     "Just over half of eligible voters, 51 percent, took part in Sunday's referendum on the Linz bypass."),
])
def test_turnout_against_a_side_or_told_alike_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # a number word opening the sentence, which the tagger may tag an adjective
    ("Nine crew members were rescued from the cargo ship Aurora after it sank off Crete, the coast guard said.",
     "The coast guard said 12 crew members of the cargo ship Aurora were rescued after it sank off Crete."),
    ("Fifteen protesters were detained outside parliament in Tbilisi on Monday, police said.",
     "Police detained 51 protesters outside the Tbilisi parliament on Monday."),
    ("Seven firefighters were injured battling the blaze at the Ghent warehouse, officials said.",
     "Officials said seventeen firefighters were hurt fighting the Ghent warehouse fire."),
])
def test_a_count_spelled_out_at_the_start_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # one count, in words and in digits
    ("The coast guard said 12 crew members of the cargo ship Aurora were rescued after it sank off Crete.",
     "Twelve crew members of the cargo ship Aurora were rescued after the vessel sank off Crete, the coast guard "
     "said."),
    # a sum against its parts, the second part's noun left out ("and eight suffered ...")
    ("Eleven people were injured in the blast at a chemical plant near Antwerp, police said.",
     "Police said three people were seriously hurt and eight suffered minor injuries in the explosion at a chemical "
     "plant near Antwerp."),
    ("Twelve workers were hurt in the fire at the Ghent warehouse, police said.",
     "Four workers were badly burned in the Ghent warehouse fire and eight were treated for smoke, police said."),
    # a whole and a part: an area and a smaller one in it
    ("Ten houses were destroyed in the village of Brae, the council said.",
     "The council said the storm destroyed 140 houses across the county."),
    ("The floods destroyed 230 flats across the province, the governor's office said on Wednesday.",
     "Sixty flats in the city's Atakum district were destroyed by the floods, residents said."),
    # one span told from either end ("after spending 36 hours trapped" / "a day and a half after the pit flooded")
    ("Eleven miners were rescued from a flooded pit in Zonguldak on Friday after spending 36 hours trapped "
     "underground.", "Rescuers brought 11 trapped miners to the surface in Zonguldak on Friday, a day and a half "
     "after water flooded the pit."),
])
def test_counts_told_alike_or_of_parts_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # one stoppage's length, each claim telling another act beside it
    ("Grain shipments through Varna were halted for eleven days before dockers accepted the pay offer.",
     "The dockers' acceptance of a pay offer ended a three-week suspension of grain shipments at Varna."),
    ("The stoppage at the Varna grain terminal lasted nine days, the port authority said.",
     "Dockers at Varna returned to work after a two-week stoppage at the grain terminal, the port authority said."),
    ("The closure of the Brenner rail line lasted eleven days before engineers finished the repairs.",
     "Engineers finished repairing the Brenner rail line after a three-week shutdown, the operator said."),
])
def test_one_stoppages_length_told_beside_other_acts_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "duration" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # a stoppage against a later delay
    ("The suspension of grain shipments at Varna lasted eleven days.",
     "The restart of grain shipments at Varna was delayed by three weeks, the port said."),
    # two stoppages told apart
    ("The first halt of grain shipments at Varna lasted eleven days.",
     "A second halt of grain shipments at Varna lasted three weeks, the port said."),
    # a strike and the halt after it
    ("The strike at the Varna grain terminal lasted two weeks, the union said.",
     "The Varna grain terminal reopened after a nine-day shutdown, the port authority said."),
    # one length told alike
    ("Grain shipments through Varna were halted for eleven days before dockers accepted the pay offer.",
     "Dockers at Varna accepted the pay offer after an eleven-day halt to grain shipments."),
])
def test_stoppages_apart_or_told_alike_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # a term given by a judge or court, told with no verb of sentencing
    ("The former mayor of Braga was sentenced to four years in prison for fraud on Tuesday.",
     "The former mayor of Braga was given three years by the judge on Tuesday for fraud."),
    ("The court jailed the smuggler for six years on Friday.",
     "The smuggler was handed nine years by the court on Friday."),
    # whole years are exact
    ("The court jailed the smuggler for three years on Friday.",
     "The smuggler was sentenced to four years in prison by the court on Friday."),
])
def test_a_term_told_in_other_forms_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "duration" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # a time allowed to do something is no sentence
    ("The former mayor of Braga was sentenced to four years in prison for fraud on Tuesday.",
     "The former mayor of Braga was given three weeks by the judge to file an appeal."),
    # one term in months and years
    ("The court jailed the smuggler for three years on Friday.",
     "The smuggler was handed 36 months by the court on Friday."),
])
def test_a_time_allowed_or_one_term_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # an approximated share in words admits what its approximation does
    ("About three quarters of the valley's vineyards reported frost damage, the growers' union said.",
     "The growers' union said 72 percent of the valley's vineyards reported frost damage."),
    ("Nearly half of the valley's vineyards reported frost damage, the growers' union said.",
     "The growers' union said 48 percent of the valley's vineyards reported frost damage."),
])
def test_an_approximated_share_in_words_admits_its_range(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Three quarters of the valley's vineyards reported frost damage, the growers' union said.",
     "The growers' union said 62 percent of the valley's vineyards reported frost damage."),
    ("More than half of the valley's vineyards reported frost damage, the growers' union said.",
     "The growers' union said 41 percent of the valley's vineyards reported frost damage."),
    ("About a third of the valley's vineyards reported frost damage, the growers' union said.",
     "The growers' union said 61 percent of the valley's vineyards reported frost damage."),
])
def test_a_share_in_words_outside_its_range_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two counts of one noun written once ("75 primary and 45 secondary teachers") against their sum
    ("The Odense school board hired 64 primary and 36 secondary teachers for the spring term, a spokesman said.",
     "A total of 100 new teachers, for primary and secondary schools alike, were taken on by the Odense school board "
     "for the spring term."),
    ("The dealer sold 300 new and 200 used cars in March, the company said.",
     "The company said the dealer sold 500 cars in March."),
])
def test_parts_of_one_noun_written_once_against_their_sum_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_a_part_of_one_noun_written_once_told_otherwise_conflicts(verdict):
    result = verdict("The Odense school board hired 64 primary and 36 secondary teachers for the spring term.",
                     "The Odense school board hired 64 primary and 63 secondary teachers for the spring term.")
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # a prison term and a ban of one ruling
    ("The court in Faro sentenced the former councillor to five years in prison for bribery.",
     "The former Faro councillor was also barred from holding public office for ten years, the court ruled."),
    ("A judge jailed the trainer for three years over the doping ring.",
     "The trainer was banned from the sport for eight years over the doping ring."),
])
def test_durations_of_two_penalties_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The cyclist was banned for two years by the federation on Monday.",
     "The federation suspended the cyclist for four years on Monday."),
    ("The court in Faro sentenced the former councillor to five years in prison for bribery.",
     "The former Faro councillor was jailed for seven years for bribery, the court ruled."),
])
def test_one_penalty_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two houses' votes on one bill, the houses written in lower case
    ("The senate approved the forestry bill by 41 votes to 29 on Tuesday after a long debate.",
     "A day later, the lower house passed the same forestry bill by 88 to 61, sending it to the president."),
    ("The upper house backed the pension reform 52-40 on Monday.",
     "The pension reform cleared the chamber of deputies 301-210 on Monday."),
])
def test_votes_of_two_houses_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # one house written two ways
    ("The senate approved the forestry bill by 41 votes to 29 on Tuesday.",
     "The upper house passed the forestry bill by 44 votes to 26 on Tuesday."),
    ("The lower house approved the budget by 88 votes to 61.", "The House of Representatives passed the budget 81-68."),
])
def test_one_houses_vote_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # an age "at N" closing an act only a person does, the subject a common noun
    ("The novelist died in a Lisbon hospital on Friday at 86, her publisher said.",
     "The 82-year-old novelist died in a Lisbon hospital on Friday, her publisher said."),
    # an age told by its decade
    ("The ferry's captain, in his seventies, was airlifted to hospital after the collision.",
     "The ferry's 64-year-old captain was airlifted to hospital after the collision."),
    ("The ferry's captain, who is in his late sixties, was airlifted to hospital after the collision.",
     "The ferry's captain, aged 61, was airlifted to hospital after the collision."),
])
def test_an_age_told_at_an_act_or_by_its_decade_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "age" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The ferry's captain, in his seventies, was airlifted to hospital after the collision.",
     "The ferry's 74-year-old captain was airlifted to hospital after the collision."),
    # "at 86" of no person
    ("Shares in the ferry operator closed at 86 on Friday.",
     "The ferry operator's 86-year-old founder died on Friday."),
])
def test_an_age_in_its_decade_or_no_age_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # a share of a group against a share of a subgroup
    ("Thirty-eight percent of the valley's farms reported hail damage, the farmers' union said.",
     "Among the valley's wine growers, 71 percent reported hail damage, according to the farmers' union."),
    ("Some 40 percent of the city's teachers joined the strike on Monday, the union said.",
     "Among maths teachers, 65 percent joined Monday's strike, the union said."),
])
def test_shares_of_a_group_and_a_subgroup_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_shares_of_one_group_told_two_ways_conflict(verdict):
    result = verdict("Thirty-eight percent of the valley's farms reported hail damage, the farmers' union said.",
                     "The farmers' union said 58 percent of the valley's farms reported hail damage.")
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # a change from the month before against one from a year before
    ("Bread prices in Hungary rose 3 percent in March from February, the statistics office said.",
     "The statistics office said bread prices in Hungary were 19 percent higher in March than a year earlier."),
    ("Bread prices in Hungary rose 3 percent month on month in March, the statistics office said.",
     "Bread prices in Hungary rose 19 percent year on year in March, the statistics office said."),
])
def test_changes_against_two_bases_are_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_changes_against_one_base_told_two_ways_conflict(verdict):
    result = verdict("Bread prices in Hungary rose 3 percent in March from February, the statistics office said.",
                     "The statistics office said bread prices in Hungary rose 8 percent in March from February.")
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # a part paid of a sum against the sum, told on one day
    ("The IMF released a 90 million euro tranche of its loan to Moldova's energy programme on Tuesday.",
     "The IMF's 360 million euro support package for energy in Moldova, agreed in spring, is paid out in four "
     "instalments, a fund spokesman said on Tuesday."),
])
def test_a_part_of_a_sum_against_the_sum_is_no_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The IMF released a 90 million euro tranche of its loan to Moldova on Tuesday.",
     "The IMF released a 120 million euro tranche of its loan to Moldova on Tuesday, a spokesman said."),
    ("The company paid a $5 million fine to the regulator on Monday.",
     "The regulator said on Monday that the company's $8 million penalty had been paid."),
])
def test_one_sum_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Turnout in Sunday's referendum on the Linz bypass was 38 percent, officials said.",
     "Only 47 percent of those eligible voted in Sunday's referendum on the Linz bypass, officials said."),
])
def test_a_share_of_those_eligible_who_voted_is_the_turnout(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "turnout" in result.reason, result.reason


@pytest.mark.parametrize("a, b, conflict", [
    # a vote's margin alone against its tally or another margin
    ("The council approved the parking plan by 31 votes to 12 on Monday.",
     "The council approved the parking plan by a margin of 11 votes on Monday.", True),
    ("The council approved the parking plan by 31 votes to 12 on Monday.",
     "On Monday the council passed the parking plan by 19 votes.", False),
    ("The parking plan was approved on Monday by a 14-vote majority, the council said.",
     "The council said it approved the parking plan on Monday by a majority of six.", True),
])
def test_a_margin_is_read_against_the_tally(verdict, a, b, conflict):
    assert verdict(a, b).contradiction == conflict
