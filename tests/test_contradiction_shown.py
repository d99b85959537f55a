"""A contradiction stands only where the two statements are shown to be about one thing (issue 16, point 2):
where each claim gives a figure among others of its kind and none of them is given alike by both, which figure of
one the other's conflicting figure gives is a guess (two tables of one kind: other groups, other places, other
questions asked), so the finding is a possible conflict, a difference ranked below a contradiction, never an
agreement. Each kind in other phrasings: passive, relative clause, attribution first or last."""
import pytest

# Each pair: two tables of one kind; main (853c95d, 548ce94) flagged every one of these as a contradiction.
TWO_TABLES = [
    ("The measure was backed by 61% of younger voters and opposed by 35% of them.",
     "The measure was backed by 44% of older voters, while 52% of them opposed it."),
    ("Pollsters said 57% approve of the mayor's handling of crime, while 38% disapprove.",
     "Pollsters said 49% approve of the mayor's handling of schools."),
    ("In the primary, which Smith won with 41 percent, Jones took 33 percent.",
     "Smith, who won 45 percent in the runoff, beat Garcia, who had 30 percent."),
    ("The senator raised $4.1 million in the first quarter, and her rival raised $2.6 million.",
     "The senator raised $900,000 in the week after the debate, her campaign said."),
    ("In the north, 64 percent of homes lost power, compared with 18 percent in the south.",
     "About 40 percent of homes lost power, the utility said."),
    ("The utility said that 64 percent of homes lost power in the storm and 18 percent lost water.",
     "The utility said 40 percent of homes lost power, in a statement on the flooding."),
    ("The company said sales rose 8% in its stores and 15% online.",
     "Online, the company's sales climbed 25% in the holiday quarter, while store sales fell 2%."),
    ("Imports from China fell 12% while exports to China rose 3%, customs data showed.",
     "Customs data showed imports from Mexico fell 7%."),
    ("Wages rose 4.1% for workers without a degree and 2.9% for graduates.",
     "For workers in manufacturing, wages rose 3.5%, the report found."),
]

# Like pairs the rules already kept from a contradiction: they must stay so.
NOT_FLAGGED = [
    # two groups' shares, each taken "among" its own age bracket: apart (measures._taken_among), once a possible
    # conflict
    ("Among voters under 30, 61% backed the measure and 35% opposed it.",
     "Among voters over 65, 44% backed the measure and 52% opposed it."),
    ("The survey, which found that 48% of parents favour later start times and 30% oppose them, was released Monday.",
     "A survey of teachers released Monday found that 62% favour later start times."),
    ("57% approve of the mayor's handling of crime and 38% disapprove, the pollsters said.",
     "According to the pollsters, 49% approve of how the mayor has handled the schools and 45% disapprove."),
    ("Smith won 41 percent, Jones took 33 percent and Brown got 12 percent.",
     "Smith won 45 percent, while Garcia had 30 percent."),
    ("Her campaign said the senator, who raised $4.1 million in the quarter, had $2.6 million on hand.",
     "The senator raised $900,000 in the days after the debate."),
    ("Of the students who passed, 72 percent were from public schools and 21 percent from private ones.",
     "Among those who failed, 64 percent came from public schools."),
    ("About 9 in 10 voters said the economy was poor.",
     "Roughly nine out of ten voters said the economy was in poor shape."),
]

# One figure each, one figure given alike beside the conflicting one, or one holder's figure by one verb.
ONE_THING = [
    ("The fire destroyed 120 homes, officials said.", "Officials said 85 homes were destroyed by the fire."),
    ("The company, which employs 4,000 people, cut 300 jobs on Monday.",
     "On Monday the company, which has 4,000 employees, cut 900 jobs."),
    ("Smith won 41 percent and Jones 33 percent.", "Smith won 41 percent, while Jones took 38 percent."),
    ("The city will spend $40 million on the bridge.", "The bridge will cost the city $65 million."),
    ("Army: 40% fully vaccinated with 57% with one dose.", "Army: 60% fully vaccinated."),
    ("The storm killed 14 people and injured 30 in the county.",
     "In the county, the storm killed 21 people and injured 30."),
]


@pytest.mark.parametrize("a, b", TWO_TABLES)
def test_a_figure_among_others_none_given_alike_is_a_possible_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
    assert result.relation == "differ" and result.reason.startswith("may conflict"), result.reason


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_two_tables_the_rules_already_keep_apart_stay_unflagged(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", ONE_THING)
def test_figures_tied_to_one_thing_still_contradict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures", result.reason


# One claim tells the act only on a condition, the other as a plan or a fact: main flagged each as a contradiction.
CONDITIONAL = [
    ("The union would strike in March, its leader said.",
     "The union would strike in May if talks failed, its leader said."),
    ("The union will strike in March, its leader said.",
     "The union would strike in May if talks failed, its leader said."),
    ("The council would approve the plan, members said.",
     "Members said the council would reject the plan if costs rose."),
]


@pytest.mark.parametrize("a, b", CONDITIONAL)
def test_an_act_told_only_on_a_condition_is_a_possible_conflict(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.reason.startswith("may conflict (one told only on a condition)"), \
        result.reason


def test_two_plans_on_one_footing_still_contradict(verdict):
    result = verdict("The union would strike in March, its leader said.",
                     "The union would strike in May, its leader said.")
    assert result.contradiction and result.basis == "dates", result.reason
