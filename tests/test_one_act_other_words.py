"""One act told with other words (issue 16, point 2; helper h22x): contra pairs the comparator read as two acts or
never compared, though both tell one act of one subject and a slot conflicts. Each rule with phrasings it must get
right and look-alikes it must leave alone (two things sharing a verb, a number type or a place)."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


# -- one stoppage told by "halt", "suspend" or "ground" (frames.toml [synonyms]) -------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The rail operator suspended services on the northern line for three days.",
     "Trains on the northern line were halted for a week following the landslide, the operator said."),
    ("Flights at Bergen airport were grounded for four hours on Tuesday after a fuel leak, the airport said.",
     "A fuel leak halted all flights at Bergen airport for roughly an hour on Tuesday."),
    ("According to the port authority, a cyber attack halted loading at the Gdynia container terminal for two days.",
     "Loading at the Gdynia container terminal, suspended after a cyber attack, stayed stopped for nine days, the "
     "port authority said."),
])
def test_one_stoppage_of_two_lengths_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # two stoppages of two things, on one day
    ("Flights at Lisbon airport were grounded for five hours on Monday after a radar failure.",
     "Strikes halted production at the Setubal car plant for three days on Monday."),
    ("The regulator suspended the bank's licence for six months.",
     "The central bank halted bond purchases for two months."),
    # one stoppage told alike
    ("Flights at Lisbon airport were grounded for five hours on Monday.",
     "Flights at Lisbon airport were halted for five hours on Monday, the operator said."),
])
def test_stoppages_of_other_things_or_alike_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- a closure denied against one told as coming ("close" / "shut down") -------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The carmaker has no plans to close its assembly plant in Sunderland, a spokeswoman said.",
     "The carmaker's assembly plant in Sunderland will be shut down next year, its chief executive said."),
    ("The carmaker will not close its plant in Sunderland, a spokeswoman said.",
     "The carmaker's plant in Sunderland is being shut down, unions said."),
    ("According to the health board, there are no plans to close the maternity unit at Ashford hospital.",
     "The maternity unit at Ashford hospital will be shut by the end of the year, the health board said."),
])
def test_closure_denied_and_told_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # two plants, in two towns
    ("The carmaker has no plans to close its plant in Sunderland, a spokeswoman said.",
     "The carmaker will shut down its plant in Swindon by 2027."),
    # two things of one street
    ("The council has no plans to close the library on Mill Road.",
     "The council will shut down the swimming pool on Mill Road by 2027."),
])
def test_closure_of_another_thing_does_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- a deadline is no doer ("by 2027") ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent", [
    ("The battery plant will be shut down by 2027, the company said.", ""),
    ("The fine must be paid by Friday.", ""),
    ("The bill was signed by the governor on Friday.", "the governor"),
])
def test_deadline_read_as_no_agent(text, agent):
    assert frame_of(claim_from_text(text)).agent == agent


# -- a country and its nationality name one country ("Spain" / "Spanish") -------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Hotel occupancy in Spain fell in August, the tourism board said.",
     "Spanish hotel occupancy rose in August, according to the tourism board."),
    ("According to the customs office, French cheese exports to Japan climbed last year.",
     "Cheese exports from France to Japan declined last year, the customs office said."),
    ("Dutch flower exports rose in the spring, the growers' association said.",
     "Flower exports from the Netherlands fell in the spring, according to the growers' association."),
])
def test_country_and_its_nationality_one_country(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # two countries
    ("Hotel occupancy in Spain fell in August, the tourism board said.",
     "Portuguese hotel occupancy rose in August, according to the tourism board."),
    # a capital is a part of its country
    ("Rents in Paris rose last year, the housing agency said.",
     "French rents fell last year, according to the housing agency."),
    # two things of one country
    ("Spanish wine exports fell sharply last year.", "Wine imports to Spain rose last year."),
])
def test_other_countries_or_parts_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


def test_one_country_named_two_ways():
    from crosscheck.compare.unmatched import one_country

    assert one_country("Spain", "Spanish") and one_country("French", "France")
    assert not one_country("Paris", "French") and not one_country("Spain", "Portuguese")
    assert not one_country("Pentagon", "America")


# -- one act on things of other kinds is no agreement ("imports of poultry" / "imports of chicken") ------------------

@pytest.mark.parametrize("a, b", [
    ("The government raised the price of diesel on Monday.", "The government raised the price of bread on Monday."),
    ("Kenya lifted its ban on imports of maize from Uganda, the trade ministry said.",
     "The trade ministry said Kenya had lifted a ban on imports of sugar from Uganda."),
])
def test_things_of_other_kinds_not_agreed(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Saudi Arabia suspended imports of chicken from Poland after an outbreak of bird flu.",
     "Saudi Arabia has halted imports of Polish chicken over bird flu, according to the state news agency."),
    ("The court ordered the release of Ms. Ortega on Friday.",
     "The court ordered the release of the activist on Friday."),
    ("The government raised the price of diesel on Monday.",
     "The government increased the price of diesel fuel on Monday, officials said."),
])
def test_one_kind_told_two_ways_still_agrees(verdict, a, b):
    assert "things of other kinds" not in verdict(a, b).reason


# -- an act put off or called off, told by its noun, against the act told done by its verb --------------------------

@pytest.mark.parametrize("a, b", [
    ("The opening of the new wing has been postponed until spring.", "The new wing opened this week."),
    ("The hospital opened its new wing on Monday, managers said.",
     "The opening of the new wing at the hospital was called off at the last minute."),
    ("According to the festival's organisers, the launch of the new novel was cancelled because of the storm.",
     "The publisher launched the novel on Saturday at the festival, organisers said."),
    # done "as planned", the time after it ("as planned this week")
    ("The opening of the cross-border bridge has been delayed until next year, the ministry said.",
     "The cross-border bridge opened to traffic as planned this week, with two lanes each way, the ministry said."),
])
def test_act_put_off_by_noun_against_done(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction and verdict.basis == "status", verdict


@pytest.mark.parametrize("a, b", [
    # the act still to come, or only possible
    ("The opening of the new wing has been postponed until spring.", "The new wing will open in spring."),
    ("The opening of the new wing has been postponed until spring.", "The hospital's new wing may open this week."),
    # another thing opened
    ("The opening of the new wing has been postponed until spring.", "The new car park opened this week."),
    # another act done to another thing
    ("The release of the report was delayed.", "The ministry released the figures on Monday."),
    # perhaps another one ("a new satellite", "two hostages"), or another day
    ("The launch of the weather satellite was postponed until March.",
     "The agency launched a new weather satellite in January."),
    ("The release of the hostages was postponed on Friday.", "Militants released two hostages on Thursday."),
    ("The opening of the bridge was postponed on Friday.", "The bridge opened on Tuesday, city officials said."),
])
def test_act_to_come_or_of_another_thing_no_status_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


def test_share_of_a_count_is_no_kind():
    from crosscheck.compare.judge import _kinds_apart

    assert _kinds_apart("55 percent of the vote", "55 percent of the ballots") is None
    assert _kinds_apart("thousands of residents", "thousands of people") is None
    assert _kinds_apart("a ban on imports of maize", "a ban on imports of sugar") == ("maize", "sugar")


# -- one prize, named two ways, given to two winners ("the prize went to" / "the award was won by") ------------------

@pytest.mark.parametrize("a, b", [
    ("The city's young architect prize went to Ana Ruiz for a design of floating homes, the jury said.",
     "The young architect award of the city was won by Marco Bellini, the jury announced."),
    ("The national book prize went to the novelist Ana Ruiz on Thursday, the jury said.",
     "The national book award was won by Marco Bellini, a historian, the jury announced on Thursday."),
])
def test_one_prize_two_winners_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction and verdict.basis == "winner", verdict


@pytest.mark.parametrize("a, b", [
    # two categories
    ("The fiction prize went to Ana Ruiz, the jury said.", "Marco Bellini won the poetry prize, the jury announced."),
    # two years of a yearly prize
    ("Ana Ruiz won the city's young architect prize in 2022.",
     "The young architect prize was awarded to Marco Bellini in 2023."),
    # two prizes of one city
    ("The city's young architect prize went to Ana Ruiz, the jury said.",
     "Marco Bellini won the city's marathon on Sunday."),
])
def test_other_prizes_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- how long something lasted, told by when it ended ("ended after three weeks") ----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Bus drivers in Leeds went back to work on Monday after a walkout that lasted nine days.",
     "The Leeds bus drivers' strike ended after more than a month, with drivers back at work on Monday, the union "
     "said."),
    ("The siege of the town lasted six days, the army said.",
     "The siege of the town was lifted after three weeks, according to the army."),
    ("The dockworkers' strike in Rotterdam lasted 11 days, the union said.",
     "The Rotterdam dockworkers' strike ended after three weeks, according to the union."),
])
def test_length_told_by_ending_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # a point in time after another happening, no length
    ("The strike ended two weeks after the election.", "The strike lasted ten days."),
    # two days' talks
    ("The talks ended after three hours on Monday.", "The talks on Tuesday lasted nine hours."),
    # one length told two ways
    ("The strike ended after three weeks.", "The strike lasted three weeks, the union said."),
])
def test_length_by_ending_look_alikes(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- a race or a title taken is won ("who took the race") -----------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Ana Ruiz won the mayoral race in Split with 48 percent of the vote, the commission said.",
     "Split's new mayor is Marko Horvat, who took the race with 48 percent, according to the commission."),
    ("The commission said Ana Ruiz had won the mayoral election in Split.",
     "Marko Horvat took the mayoral election in Split, the commission announced."),
])
def test_race_taken_by_another_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction and verdict.basis == "winner", verdict


@pytest.mark.parametrize("a, b", [
    ("Ana Ruiz won the mayoral race in Split, the commission said.",
     "Marko Horvat took the mayoral race in Zadar, the commission said."),
    ("Nadal took the title in Rome on Sunday.", "Djokovic won the title in Madrid on Sunday."),
    ("Ana Ruiz won the mayoral race in Split in 2021.", "Marko Horvat took the mayoral race in Split in 2025."),
])
def test_other_races_taken_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- one crowd counted as protesters and as demonstrators ("massed", "gathered") ------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A handful of protesters gathered outside the parliament in Tbilisi on Sunday.",
     "Thousands of demonstrators massed in front of the parliament in Tbilisi on Sunday."),
    ("A few dozen protesters marched through central Riga on Saturday, police said.",
     "Police said thousands of demonstrators marched through the centre of Riga on Saturday."),
])
def test_one_crowd_counted_apart_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.contradiction, verdict


@pytest.mark.parametrize("a, b", [
    # another act done to some of them
    ("A handful of protesters were arrested outside the parliament on Sunday.",
     "Thousands of demonstrators marched to the parliament on Sunday."),
    # two crowds, two cities
    ("A few hundred protesters gathered in Batumi on Sunday.",
     "Thousands of demonstrators rallied in Tbilisi on Sunday."),
    # another group
    ("Thousands of demonstrators marched through Tbilisi on Sunday.",
     "A few dozen counter-protesters gathered near the parliament in Tbilisi on Sunday."),
])
def test_other_crowds_do_not_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or not verdict.contradiction, verdict


# -- who asked for it: "the government" where the other claim's government is not its initiator --------------------

@pytest.mark.parametrize("a, b", [
    ("The city government said the talks with the teachers' union had been requested by the union.",
     "Talks between the city and the teachers opened at the government's invitation on Monday."),
    ("The regional government said the union had asked for the negotiations with striking nurses.",
     "The negotiations with striking nurses were held at the government's request, a union official said."),
])
def test_government_against_another_initiator_conflicts(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is not None and verdict.basis == "initiator" and verdict.relation == "differ", verdict


@pytest.mark.parametrize("a, b", [
    # a country's side may be its government
    ("The Japanese government said the talks had been requested by the Japanese side.",
     "The talks began at the government's invitation."),
    # the other claim names no government
    ("China asked for the meeting, the foreign ministry said.",
     "The meeting was held at the government's invitation."),
])
def test_government_maybe_the_initiator_no_conflict(compared_together, a, b):
    verdict = compared_together(a, b)
    assert verdict is None or verdict.basis != "initiator", verdict
