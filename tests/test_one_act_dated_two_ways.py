"""One act dated two ways, and two happenings on two days (issue 16, point 3; helper h22d).

One act of one thing the reader knows, told in two words, is dated two ways: a road shut and closed, a rate lifted and
raised, an accord signed and one its parties put their names to (frames.toml [synonyms]); a thing opened to its users
and those users let in ("will open to passengers on 14 September" / "Passengers will be able to ride the line from
October 3": `align.opened_to_its_users`); a happening told by its noun whose relative clause tells the act in a
synonym ("The fault that halted trains occurred on Monday"). Their date slot is aligned, so two days conflict. A
weekday on a part of a day the act happened in ("during Thursday's morning rush") dates the act.

An incident brought in as new in both claims ("A freight train derailed ... on Wednesday" / "A freight train carrying
coal derailed ... on Sunday") may be two of its kind, each on its own day: apart, never a contradiction
(`judge._each_introduced`, `readings.introduced_as_new`), unless its other specifics are told alike, one incident
told two ways (`one_fact.one_fact_told_two_ways`)."""
import pytest


@pytest.mark.parametrize("a, b", [
    # one road closure, "closed" / "was shut", the agent a cause in one
    ("Heavy snow closed the M62 between Leeds and Manchester on Friday, stranding hundreds of drivers overnight.",
     "The M62 between Leeds and Manchester was shut on Monday after heavy snow, police said."),
    # the passive against the active, the attribution first
    ("According to the port authority, the Kiel canal locks were closed to shipping on Thursday after a collision.",
     "The port authority shut the Kiel canal locks to shipping on Sunday after a freighter hit a gate."),
    # a rate "lifted" / "raised", by one rise told in two units
    ("Poland's central bank lifted its main interest rate by a quarter of a percentage point on Wednesday, its first "
     "rise in a year.",
     "The central bank of Poland raised its main interest rate by 25 basis points on Friday, its governor said."),
    # names put to an accord are its signing ("put name" of [synonyms] "sign"; what it is done to, the "to" phrase)
    ("Both leaders put their names to the ceasefire deal in Doha on Monday, the mediators said.",
     "The ceasefire deal was signed in Doha on Thursday."),
    ("The two governments will sign the fisheries pact in Oslo on 2 May, according to the Norwegian ministry.",
     "Norway and Iceland are set to put their names to the fisheries pact in Oslo on 12 May."),
    # "hiked" / "lifted", the attribution last
    ("The Reserve Bank hiked its cash rate by 40 basis points on Tuesday, the bank said.",
     "The Reserve Bank lifted its cash rate by 40 basis points on Thursday, surprising markets."),
])
def test_one_act_told_in_a_synonym_on_two_days_is_a_contradiction(verdict, a, b):
    found = verdict(a, b)
    assert found.contradiction, found.reason
    assert found.relation == "differ"


@pytest.mark.parametrize("a, b", [
    # two derailments: each train brought in as new ("A freight train")
    ("A freight train derailed outside Brno on Tuesday, blocking the line to Vienna for hours, the operator said.",
     "A freight train loaded with timber derailed outside Brno on Saturday, closing the line to Vienna overnight, the "
     "operator said."),
    # two pipeline blasts, the passive against the active
    ("A gas pipeline was damaged by an explosion near Minsk on Friday.",
     "An explosion damaged a gas pipeline near Minsk on Tuesday."),
    # two quakes of two magnitudes at one place
    ("A magnitude 5.8 earthquake struck near Arequipa on Monday.",
     "A magnitude 4.9 earthquake struck near Arequipa on Thursday."),
    # two car bombs at one place
    ("A car bomb exploded outside a police station in Quetta on Monday, officials said.",
     "A car bomb went off outside a police station in Quetta on Thursday."),
])
def test_an_incident_brought_in_as_new_on_two_days_is_no_contradiction(verdict, a, b):
    found = verdict(a, b)
    assert not found.contradiction, found.reason
    assert found.relation != "agree", found.reason


@pytest.mark.parametrize("a, b", [
    # the train the reader knows, dated two ways: still one derailment's conflict
    ("The overnight sleeper train derailed near Brno on Tuesday.",
     "The overnight sleeper train derailed near Brno on Saturday."),
    # brought in as new, but told with its other specifics alike (`one_fact_told_two_ways`): one incident
    ("A magnitude 5.8 earthquake struck near Arequipa in southern Peru on Monday, the seismology institute said.",
     "A magnitude 5.8 earthquake struck near Arequipa in southern Peru on Wednesday, injuring 12 people."),
    ("A tanker lorry carrying 30,000 litres of petrol overturned on the N4 near Maputo on Friday.",
     "A tanker lorry carrying 30,000 litres of petrol overturned on the N4 near Maputo on Tuesday."),
    # a doer brought in as new, the thing done the reader's: one order dated two ways
    ("A district judge issued an order on Monday freezing the merger.",
     "The order freezing the merger was issued on Tuesday by a district judge."),
    # "a dozen" tells an amount, no thing brought in as new: one arrest of a dozen told on two days
    ("A dozen protesters were arrested outside the parliament in Minsk on Saturday.",
     "A dozen protesters were arrested outside the parliament in Minsk on Sunday."),
])
def test_a_thing_the_reader_knows_dated_two_ways_stays_a_contradiction(verdict, a, b):
    assert verdict(a, b).contradiction


def test_a_ban_lifted_keeps_its_opposite(verdict):
    """"lift" joins "raise", not the amount verbs: a ban lifted against one imposed is still opposite outcomes."""
    assert verdict("The government lifted the ban on cod fishing on Monday.",
                   "The government imposed a ban on cod fishing on Monday.").contradiction


@pytest.mark.parametrize("a, b", [
    # another act of the signed thing on another day: no conflict
    ("The ceasefire deal was signed in Doha on Monday.", "The ceasefire deal took effect in Doha on Thursday."),
    ("The farm bill was signed on Monday.", "The farm bill was put to a vote on Thursday."),
])
def test_another_act_of_the_signed_thing_is_no_contradiction(verdict, a, b):
    found = verdict(a, b)
    assert not found.contradiction, found.reason
    assert found.relation != "agree", found.reason


def test_one_act_at_two_places_that_may_nest_is_no_contradiction(verdict):
    assert not verdict("The storm closed schools in Leeds on Monday.", "The storm shut schools in York on Monday."
                       ).contradiction


@pytest.mark.parametrize("a, b", [
    # an opening told from its users' side, both to come
    ("The Horniman museum will reopen to visitors on Monday after a year of repairs.",
     "Visitors will be able to tour the Horniman museum again from Friday, its director said."),
    # the users let in by "allowed", both told as done
    ("The new footbridge over the Tyne opened to pedestrians on Saturday, the council said.",
     "Pedestrians were allowed onto the new footbridge over the Tyne on Wednesday."),
    # the users named two ways ("traffic" / "lorries", frames.toml [happening] users), below the same-fact gate
    ("The A14 viaduct reopened to traffic on Monday after repairs.",
     "Lorries were allowed back onto the A14 viaduct on Thursday, highways officials said."),
    # the users let in, in a second clause after the closing
    ("The Elm Street bridge was reopened to traffic on 3 April, a year after it was closed for repairs.",
     "Crews closed the Elm Street bridge last spring, and motorists were allowed back across on 23 April, the city "
     "said."),
    # the attribution first in one, last in the other
    ("According to the council, the Wear footbridge will reopen to cyclists on 2 March.",
     "Cyclists will be allowed to cross the Wear footbridge again from 9 March, the council said."),
])
def test_an_opening_told_as_its_users_let_in_on_two_days_is_a_contradiction(verdict, a, b):
    found = verdict(a, b)
    assert found.contradiction, found.reason


@pytest.mark.parametrize("a, b", [
    # a part opened and the whole ridden
    ("The first section of the metro line opened to passengers on Monday.",
     "Passengers were able to ride the full metro line from Friday."),
    # the terminal opened, the ferry boarded: two things
    ("The ferry terminal reopened to passengers on Monday.", "Passengers were allowed back onto the ferry on Tuesday."),
    # other users let in
    ("The Marlow Bridge reopened to traffic on 9 October.",
     "Pedestrians were allowed back across the Marlow Bridge on 19 November."),
    ("The new stadium opened to fans on Saturday.", "Journalists were allowed into the new stadium on Thursday."),
    # a possibility against the opening
    ("The museum reopened to visitors on Monday.", "Visitors could tour the museum again from Friday."),
    # a plan against what was done
    ("The tram line will open to passengers on 14 September.",
     "Passengers were able to ride the tram line from 3 October."),
])
def test_look_alikes_of_an_opening_are_no_contradiction(verdict, a, b):
    found = verdict(a, b)
    assert not found.contradiction, found.reason
    assert found.relation != "agree", found.reason


def test_an_opening_and_its_users_on_one_day_agree(verdict):
    assert verdict("The tram line will open to passengers on 14 September.",
                   "Passengers will be able to ride the tram line from 14 September.").relation == "agree"


@pytest.mark.parametrize("a, b", [
    # a weekday on a part of a day the act happened in names the act's day (`frames._time_within`)
    ("A power cut halted the Oslo metro on Tuesday evening.",
     "The power cut halted the Oslo metro during Friday's evening commute, the operator said."),
    ("According to the operator, the blackout shut the Oslo metro in Wednesday's morning rush.",
     "The blackout shut the Oslo metro on Saturday morning."),
])
def test_a_weekday_on_a_part_of_the_day_dates_the_act(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # the same day told both ways
    ("A power cut halted the Oslo metro on Friday evening.",
     "The power cut halted the Oslo metro during Friday's evening commute, the operator said."),
    # a weekday naming a session the act came before: no date of the act
    ("The senator criticised the bill on Tuesday.", "The senator criticised the bill before Monday's evening session."),
])
def test_a_weekday_of_another_thing_or_one_day_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # a happening told by its noun, its act in a relative clause in a synonym ("halted" / "stopped")
    ("The outage, which halted trains on the red line, happened on Monday, the operator said.",
     "Trains on the red line were stopped by an outage on Wednesday."),
    ("The explosion that flattened the warehouse happened on Sunday night.",
     "An explosion destroyed the warehouse on Tuesday night, fire officials said."),
])
def test_a_happening_whose_act_is_told_in_a_synonym_is_one(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # another doer of the act
    ("The strike that halted trains across Norway took place on Monday.",
     "A storm stopped trains across Norway on Thursday."),
    # a synonym's letters in a noun ("diesel", not "died")
    ("The diesel leak that the crash caused at the depot happened on Monday, the council said.",
     "Two workers were killed in a crash at the depot on Thursday, the council said."),
])
def test_a_happening_of_another_doer_or_act_is_another(verdict, a, b):
    found = verdict(a, b)
    assert not found.contradiction, found.reason
    assert found.relation != "agree"
