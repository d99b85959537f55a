"""A value that "matches nowhere" on aligned frames is a conflict (issue 16, h16ze): the one figure each claim gives of
one kind, told twice or on one day both name; two ages of one person; two ordinals of one figure; one gathering placed
in two towns apart; two figures each told of the other holder; one trip set out from two places. Each tried in other
phrasings (passive, a relative clause, the attribution first or last, a noun for the act), beside pairs that must
stay apart."""
import pytest


@pytest.mark.parametrize("a, b", [
    # one figure each of one unit, one statement told twice, the attribution first or last
    ("Diesel prices are up 40% from a year ago, the auto club said.",
     "The auto club says a gallon of diesel now costs 25% more than a year ago."),
    ("According to the auto club, diesel prices are up 40% from a year ago with an average gallon costing drivers "
     "$4.12.", "An average gallon of diesel now costs drivers $4.12, which the auto club says is 25% more than a year "
     "ago."),
    ("The drugmaker said Tuesday that its nasal vaccine is 92% effective in children aged 6 to 11.",
     "According to trial results the drugmaker released Tuesday, its nasal vaccine protected children aged 6 to 11 "
     "with 82 percent efficacy."),
])
def test_one_figure_each_told_twice_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures" and "told twice" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # one figure each of one unit on one day both name, in other words
    ("The ad, part of a $2 million Ohio buy from the Forward Fund, attacks the senator for skipping Tuesday's debate "
     "to hold his own event.", "The Forward Fund's new spot, part of an Ohio ad purchase paid for with $5 million "
     "from the group, hits the senator for skipping the debate on Tuesday to host a rival event."),
    ("Shares of the carmaker fell 12% on Tuesday after it cut its sales forecast.",
     "The carmaker's stock dropped 7 percent Tuesday, a day after it lowered its outlook for sales."),
])
def test_one_figure_each_of_one_day_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures" and "one day" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # an age written as one, against one after "at" (a relative clause; a noun for the act)
    ("Tom Reed, the city's longtime mayor who died Friday at the age of 77, used his last speech to praise the river "
     "towns.", "In a last speech published after his death on Friday at 71, Tom Reed praised the river towns."),
    ("Novelist Jane Porter, who died Sunday at the age of 88, wrote twelve books about the river towns.",
     "After her death on Sunday at 81, Jane Porter was remembered for twelve books about the river towns."),
])
def test_two_ages_of_one_person_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures" and "age" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("For instance, a Channel 4 poll last week showed Warren in third at 14 percent, followed closely by Booker at 12 "
     "percent and Harris at 9 percent.", "Warren, who placed second with 14 percent in last week's Channel 4 survey, "
     "was trailed narrowly by Booker at 12 percent and Harris at 9."),
])
def test_two_ordinals_of_one_figure_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "ordinal", result.reason


@pytest.mark.parametrize("a, b", [
    ("The senator, speaking at a rally in Reno, Nevada, warned that the plan would raise taxes on farmers.",
     "The plan would raise taxes on farmers, the senator told supporters at a rally in Boise, Idaho."),
    ("The governor, during a town hall meeting in Denver, said the new pipeline would create thousands of jobs.",
     "Defending the pipeline at a town hall in Omaha, the governor said it would create many new jobs."),
    ("At a town hall meeting in Denver, Colorado, the governor said she would sign the water bill.",
     "The governor said she would sign the water bill, speaking at a town hall in Omaha."),
    ("The summit in Geneva ended on Friday without a deal, officials said.",
     "Officials said the summit, held in Vienna, ended on Friday without a deal."),
])
def test_one_gathering_in_two_towns_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place" and "one " in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("Warren's 55% approval is much higher than Booker's 43%, but she has also received far kinder press coverage "
     "than Booker.", "At this point in his term, Booker drew a 55% approval rating, well above the 43% that Warren "
     "now gets, the survey found."),
    ("Booker received 39 percent, Warren had 38 percent and Harris snagged 12 percent, according to the results.",
     "In the three-way race with Harris at 12 percent, it was Warren who came out narrowly ahead, 39 percent to "
     "Booker's 38 percent, the poll found."),
])
def test_two_figures_with_their_holders_traded_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "each told of the other holder" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The journalist was aboard the Iberia jet, which was flying from the Spanish capital, Madrid, when it was "
     "diverted.", "The diverted Iberia jet carrying the journalist had taken off from Lisbon, the Portuguese capital, "
     "according to the airline."),
    ("Passengers had boarded the Alpine Express train in Milan, the operator said, before it stalled in the tunnel.",
     "The Alpine Express train, which departed from Zurich, stalled in the tunnel with hundreds of passengers aboard, "
     "the operator said."),
])
def test_one_trip_set_out_from_two_places_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place" and "one trip" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # a trip's start named at two scales, or where it ended told alike; "the jet" alone may be two jets
    ("The journalist was aboard the Iberia jet, which was flying from Madrid, when it was diverted.",
     "The diverted Iberia jet carrying the journalist had taken off from Spain, according to the airline."),
    ("The journalist was aboard the jet, which was flying from the Spanish capital, Madrid, when it was diverted.",
     "The diverted jet carrying the journalist had taken off from Lisbon, the Portuguese capital, according to the "
     "airline."),
    ("The jet, which was flying from Madrid, landed in Vienna after a bomb threat.",
     "A jet that had left Madrid was diverted to Vienna after a bomb threat."),
    # polls of other months may trade their leaders
    ("A Channel 4 poll in May shows Warren with 48 percent versus Booker, who has 45 percent.",
     "Booker leads Warren 48 percent to 45 percent in a Channel 4 survey taken in June."),
    # two figures of one unit each: which is which is the question
    ("Among men, 40% approve of the plan and 52% disapprove, the poll found.",
     "Among women, 61% approve of the plan and 30% disapprove, the poll found."),
    # one day's figures of two holders
    ("Shares of Ford fell 12% on Tuesday after the company cut its sales forecast.",
     "Shares of General Motors dropped 7 percent on Tuesday after the company cut its sales forecast."),
    # ages of other years
    ("In 2000, Reed, 45, ran for mayor of the city.", "In 2010, the 55-year-old Reed ran for mayor of the city."),
    # ordinals with no day both name: perhaps two of a series
    ("The senator is heading into the sixth debate of the primary.",
     "The senator heads into the fourth debate of the primary."),
    # one figure placed in two contests
    ("Warren finished third with 14 percent in Iowa.", "Warren finished second with 14 percent in Ohio."),
    # a possibility against a fact
    ("Oregon could on Tuesday become the second state to ban the pesticide.",
     "Oregon on Tuesday became the fifth state to ban the pesticide."),
    # a gathering in one place named at two scales, on other days, or planned
    ("The senator spoke at a rally in Reno on Friday.", "The senator spoke at a rally in Nevada on Friday."),
    ("The senator spoke at a rally in Reno on Monday.", "The senator spoke at a rally in Boise on Thursday."),
    ("The senator will hold a rally in Reno on Friday.", "The senator held a rally in Boise on Friday."),
])
def test_apart_pairs_stay_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
