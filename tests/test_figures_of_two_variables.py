"""Figures of two measured variables told as one (issue 16, point 1; writer19 rows of kinds `two-days`, `two-places`,
`city-nation`, `subgroup`, `two-ages`, `month-vs-longer`,
`sales-vs-profit`, `measure-type`, `two-votes-rounds`): a figure's when, where, whose and which part are dimensions of what it measures,
so two figures apart on one of them are no contradiction; one variable's two values still are."""
import pytest


@pytest.mark.parametrize("a, b", [
    # two days (weekdays apart): each figure is its own day's
    ("Authorities said a magnitude 5.2 earthquake struck off the coast of Izmir on Tuesday.",
     "Authorities said a magnitude 4.7 earthquake struck off the coast of Izmir on Thursday."),
    ("Buildings in Izmir were shaken on Tuesday by an earthquake of magnitude 5.2, authorities said.",
     "On Thursday, an earthquake of magnitude 4.7 shook buildings in Izmir, authorities said."),
    # two places neither claim names of the other
    ("A landslide buried six houses in the village of Pedra Alta on Monday, the civil defence agency said.",
     "Eleven houses were buried by a landslide in the village of Serra Verde on Monday, the agency said."),
    ("The agency said a landslide in Pedra Alta, which buried six houses, followed days of rain.",
     "The agency said eleven houses were buried in Serra Verde by a landslide that followed days of rain."),
    # a city's rate and its nation's (one place inside the other is still another place counted)
    ("According to the statistics office, unemployment in Seville fell to 18.4 percent in the second quarter.",
     "According to the statistics office, unemployment in Spain fell to 11.2 percent in the second quarter."),
    # a part of the whole: a group's word or an age bracket
    ("Youth unemployment in Portugal rose to 21.7 percent in September, the statistics institute said.",
     "Unemployment in Portugal, which had fallen for five straight months, rose to 6.6 percent in September, the "
     "statistics institute said."),
    ("According to the survey, 34 percent of voters under 30 said they would back the Green Alliance.",
     "According to the survey, 12 percent of all voters said they would back the Green Alliance."),
    # two people's ages, each told by a noun of its own
    ("Police said the driver, 67, was arrested after the car struck a bus shelter in central Lyon on Friday.",
     "Police said a 19-year-old passenger was seriously injured when the car struck a bus shelter in central Lyon on "
     "Friday."),
    ("The 67-year-old driver was arrested after the car struck a bus shelter in Lyon on Friday, police said.",
     "Police said a passenger, who was 19, was injured when the car struck a bus shelter in Lyon on Friday."),
    # a month's figure and the first months' (a window of a period is the figure's period, no duration)
    ("Tourist arrivals in Croatia reached 1.9 million in August, a record for the month, the tourism board said.",
     "Croatia welcomed 14.8 million tourist arrivals in the first eight months of the year, the tourism board said."),
    # two things' sums and changes (a level told by a change's verb is what changed: the sales, the profit)
    ("Sales at grocery chain Nordvik Foods rose 4.5 percent in the first half to 9.3 billion crowns, the company "
     "said on Tuesday.",
     "In the first half, operating profit at Nordvik Foods rose 9 percent to 212 million crowns, the grocery chain "
     "said on Tuesday."),
    ("Sales at Nordvik Foods rose 4.5 percent in the first half, the company said.",
     "Operating profit at Nordvik Foods rose 9 percent in the first half, the company said."),
    ("Sales at Nordvik Foods rose 4.5 percent in the first half to 9.3 billion euros, the company said on Tuesday.",
     "In the first half, operating profit at Nordvik Foods rose 9 percent to 212 million euros, the company said on "
     "Tuesday."),
    # two kinds of one measure (a figure in a unit per another is its subject's level: "speeds reached ...")
    ("Average download speeds on the Telvia mobile network reached 94 megabits per second in the second quarter, the "
     "telecoms regulator said.",
     "Peak download speeds on the Telvia mobile network reached 310 megabits per second in the second quarter, the "
     "telecoms regulator said."),
    ("The regulator said the network's average download speed, which reached 94 Mbps in the second quarter, led "
     "the market.", "Peak download speeds on the network hit 310 Mbps in the second quarter, the regulator said."),
    # two stages of one contest (frames.toml [ordinal] stages, named_stages), whatever day both name
    ("Election officials said Marguerite Dallaire won 38 percent of the vote in Sunday's first round, ahead of rival "
     "Pascal Oyelaran on 31 percent.",
     "Election officials said Marguerite Dallaire won 54 percent of the vote in Sunday's runoff, defeating Pascal "
     "Oyelaran, who took 46 percent."),
    ("Dallaire, who took 38 percent in the first round on Sunday, leads the race, officials said.",
     "In the runoff on Sunday, 54 percent of voters backed Dallaire, officials said."),
])
def test_figures_of_two_variables_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("A magnitude 5.2 earthquake struck off the coast of Izmir on Tuesday, authorities said.",
     "A magnitude 4.7 earthquake struck off the coast of Izmir on Tuesday, authorities said."),
    ("Six houses were buried by a landslide in Pedra Alta on Monday, the agency said.",
     "A landslide buried eleven houses in Pedra Alta on Monday, the agency said."),
    ("Unemployment in Spain fell to 11.2 percent in the second quarter, the statistics office said.",
     "The statistics office said Spain's unemployment rate fell to 12.4 percent in the second quarter."),
    ("Youth unemployment in Portugal rose to 21.7 percent in September, the institute said.",
     "The institute said youth unemployment in Portugal rose to 19.5 percent in September."),
    ("According to the survey, 34 percent of voters under 30 said they would back the Green Alliance.",
     "According to the survey, 41 percent of voters under 30 said they would back the Green Alliance."),
    ("Police said the driver, 67, was arrested after the car struck a bus shelter in Lyon on Friday.",
     "Police said the 71-year-old driver was arrested when the car struck a bus shelter in Lyon on Friday."),
    ("Croatia welcomed 14.8 million tourist arrivals in the first eight months of the year, the board said.",
     "The board said tourist arrivals in Croatia reached 12.1 million in the first eight months of the year."),
    ("Sales at grocery chain Nordvik Foods rose 4.5 percent in the first half to 9.3 billion crowns, the company "
     "said.", "Nordvik Foods said its sales rose 6 percent in the first half to 9.5 billion crowns."),
    ("The city of Gdansk agreed to pay 4.5 million zlotys to settle the lawsuit.",
     "A settlement of 7 million zlotys was agreed by the city of Gdansk to end the lawsuit."),
    ("Average download speeds on the Telvia network reached 94 megabits per second in the second quarter, the "
     "regulator said.", "The regulator said average download speeds on the Telvia network reached 81 megabits per "
     "second in the second quarter."),
    ("Exports reached 5 billion euros in May, the ministry said.",
     "The ministry said exports hit 6 billion euros in May."),
    ("Election officials said Dallaire won 38 percent of the vote in Sunday's first round.",
     "Election officials said Dallaire won 44 percent of the vote in Sunday's first round."),
    ("Dallaire won 54 percent of the vote in Sunday's runoff, officials said.",
     "Officials said Dallaire took 51 percent in Sunday's second round."),
])
def test_one_variables_two_values_still_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures"
