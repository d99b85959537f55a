"""A role's value one claim asserts and the other denies ("X, not Y", "X rather than Y", "not Y but X", "It was X
that"), and two happenings told in opposite orders, however worded (readings.contrasts, readings.ordered_happenings):
conflicts, never agreements; and the look-alikes that must not conflict."""
import pytest

from crosscheck.compare.readings import contrasts, ordered_happenings


@pytest.mark.parametrize("text, role, asserted, denied", [
    ("The recall was ordered by the regulator, not by the carmaker.", "agent", "the regulator", "the carmaker"),
    ("The summit will be held in Nairobi instead of Kampala.", "place", "Nairobi", "Kampala"),
    ("The talks took place in Accra in March rather than in Lagos.", "place", "Accra", "Lagos"),
    ("The aid went not to the army but to the refugee camps.", "recipient", "the refugee camps", "the army"),
    ("It was the rail operator that called the strike.", "agent", "the rail operator", ""),
    ("It was the coach, not the players, who asked for the meeting.", "agent", "the coach", "the players"),
    ("The vote was held on Tuesday, not on Monday.", "time", "Tuesday", "Monday"),
    ("The shares were bought by pension funds — not by the central bank — traders said.", "agent", "pension funds",
     "the central bank"),
    ("The merger was approved by shareholders but not by the regulator.", "agent", "shareholders", "the regulator"),
    ("Instead of Kampala, the summit will be held in Nairobi.", "place", "Nairobi", "Kampala"),
    ("Instead of the army, the police patrolled the streets.", "agent", "the police", "the army"),
    ("The medal went to a Chilean rider and not to the favourite.", "recipient", "a Chilean rider", "the favourite"),
])
def test_a_contrast_gives_the_asserted_and_the_denied_value(text, role, asserted, denied):
    assert (role, asserted, denied) in contrasts(text), contrasts(text)


@pytest.mark.parametrize("text", [
    "Not only the mayor but also the governor attended the ceremony.",
    "He chose to resign rather than be fired.",
    "The company no longer sells cars in Russia.",
    "The plant has not yet reopened, not least because of the floods.",
    "She was not just a witness but a suspect.",
    "Rather than resign, he chose to fight the charges.",
    "Instead of waiting, the crowd marched to the palace.",
])
def test_no_contrast_of_two_values(text):
    assert contrasts(text) == ()


@pytest.mark.parametrize("a, b", [
    # a contrast against its mirror
    ("The forged licences were signed by a border guard, not by the freight broker.",
     "The forged licences were signed by the freight broker, not by a border guard, investigators said."),
    ("Officials said the contract was awarded to a Danish firm rather than to the Swedish bidder.",
     "The contract went to the Swedish bidder, not the Danish firm, officials said."),
    ("The summit will be held in Nairobi instead of Kampala.", "The summit will take place in Kampala, not in Nairobi."),
    ("The recall was ordered by the regulator, not the carmaker.",
     "The carmaker, not the regulator, ordered the recall."),
    # against a cleft
    ("The strike was called by the drivers' union, not the rail operator.",
     "It was the rail operator that called the strike, a spokesman said."),
    # against the role told plainly
    ("The aid went not to the army but to the refugee camps.", "The aid went to the army, the ministry said."),
    ("The concert will take place at the stadium instead of the park, organisers said.",
     "Organisers said the concert would be held in the park."),
    ("The election will be held in May rather than June.", "The election will be held in June, the commission said."),
    ("The strike was called off after talks with the government, not with the employers.",
     "The union called off the strike after talks with the employers."),
])
def test_a_value_asserted_against_its_denial_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # the other claim asserts the value the contrast asserts too
    ("The treaty was signed in Oslo, not Stockholm.", "The treaty was signed in Oslo on Monday by both ministers."),
    ("The fine was paid by the company, not by its chief executive.", "The company paid the fine, a spokesman said."),
    ("The summit will be held in Nairobi instead of Kampala.", "The summit will be held in Nairobi next month."),
    ("The ship docked in Rotterdam rather than Antwerp.", "The ship left Antwerp on Monday and docked in Rotterdam."),
    ("The victims were not tourists but local fishermen, police said.",
     "Police said the victims were local fishermen."),
    # no contrast of two values
    ("Not only the mayor but also the governor attended the ceremony.", "The governor attended the ceremony."),
    ("The company chose to cut wages rather than lay off workers.", "The company laid off 200 workers."),
])
def test_a_value_both_assert_is_no_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # a place of an act on another day
    ("The talks were held in Geneva on Monday, not in Vienna.", "Talks were held in Vienna on Thursday."),
    # the denied doer's act on another thing
    ("The governor, not the mayor, signed the budget.", "The mayor signed the housing decree on Friday."),
])
def test_a_value_of_another_act_is_no_denial(verdict, a, b):
    result = verdict(a, b)
    assert "denied by the other" not in result.reason, result.reason


def test_an_order_is_read_as_two_happenings():
    (earlier, later), = ordered_happenings("The evacuation of the town began only after the sluice gates were opened.")
    assert {"gate", "open"} <= earlier and {"evacuate", "town"} <= later


@pytest.mark.parametrize("a, b", [
    # a nominalisation against a clause, a passive against an active
    ("The bridge was closed only after the flood had peaked, officials said.",
     "Officials said the flood peaked after the bridge had already been closed."),
    ("The minister resigned before the report was published.",
     "The report's publication came two days before the minister's resignation."),
    ("The ceasefire took effect after the prisoners were exchanged.",
     "The exchange of prisoners followed the start of the ceasefire."),
    ("The goalkeeper was sent off after the penalty was awarded.",
     "The penalty was awarded after the goalkeeper was sent off."),
    ("The curfew was lifted only after the rioters had been dispersed.",
     "Rioters were dispersed by police after the lifting of the curfew, the governor said."),
    # one movement in two verbs ("escaped" / "fled", "reached" / "arrived")
    ("The gunman escaped before police reached the bank.",
     "The gunman fled only after officers had arrived at the bank."),
    # "and then", a passive order verb, "by the time", "prior to" / "in the wake of", "as soon as"
    ("The floodgates were shut and then the river burst its banks.",
     "The river burst its banks before the floodgates were shut."),
    ("The strike was preceded by the breakdown of the pay talks.",
     "The pay talks broke down only after the strike had begun."),
    ("By the time firefighters arrived, the roof had collapsed.", "The roof collapsed after firefighters arrived."),
    ("The square was cleared prior to the parade, organisers said.",
     "Organisers said the square was cleared in the wake of the parade."),
    ("The border closed as soon as the fighting reached the valley.",
     "The fighting reached the valley days after the border had closed."),
    # an order after a comma; an order verb in a relative clause
    ("The coach was sacked on Monday, after the club was relegated.",
     "The club was relegated on Monday, after the coach had been sacked."),
    ("The blackout, which followed the failure of the dam's turbines, lasted two days.",
     "The turbines failed only after the blackout had begun, engineers said."),
    ("Workers were moved out of the tunnel before the roof collapsed.",
     "The collapse of the tunnel roof came before crews could get the workers out, the operator said."),
])
def test_two_happenings_in_opposite_orders_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    # one order told from either end, or by a noun
    ("The minister resigned before the report was published.",
     "The minister stepped down a week before the report was released, aides said."),
    ("The talks began after the ceasefire was signed.", "The ceasefire was signed in Doha, and talks began a day later."),
    ("The gunman escaped before police reached the bank.", "Officers arrived at the bank after the gunman had fled."),
    # two earlier happenings of one act, opposite ones or others, are no order told from either end
    ("The crowd cheered after the home side won the derby on Saturday.",
     "The crowd cheered after the home side lost the derby on Saturday."),
    ("The count began after the polls closed.", "The polls closed and then the count began."),
    ("The curfew was lifted after the rioters had been dispersed.",
     "The rioters were dispersed before the curfew was lifted."),
    # two happenings each placed by a time, not by each other
    ("The plant resumed operations after a two-week shutdown for repairs.",
     "After two weeks of repairs, the plant restarted on schedule."),
    # two acts of one participant, one on each side of one happening
    ("Three days after the founder died, the board announced a new chairman.",
     "The board quietly changed its bylaws a week before the founder died."),
    # three happenings in a chain, the middle one told by both, the others by other acts of one story
    ("The drug agency gave final approval to the malaria vaccine hours after an expert panel voted to back it.",
     "The expert panel held its vote on the malaria vaccine a day after the maker filed new trial data."),
    # before someone, not before a happening
    ("The minister testified before the committee.", "The minister testified after the committee summoned her."),
    # two acts told alike by different people
    ("The president spoke after the minister arrived.", "The minister spoke after the president arrived."),
])
def test_one_order_is_no_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction or "order" not in result.reason, result.reason
