"""Two measures that look like one (issue 16, writer24's tuning rows of kinds `part-whole`, `subgroup`,
`monthly-vs-annual`, `tranche-total`, `two-votes`, `two-penalties`, `sum`): a figure's measured variable has
dimensions besides what it counts (crosscheck/dimensions.py): the basis of a change, part or whole, the rank of the
place it is counted in, the kind of penalty a duration is; and a tally its voting body. Two figures that state one of
these apart are two variables, never a contradiction, never an agreement; one variable told twice still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    # a place within another place: a town "alone", a district, a city against a province, a region, the country
    ("Floods destroyed 900 houses across the region of Umbria on Monday, officials said.",
     "In the village of Norcia alone, 140 houses were destroyed by the floods on Monday, officials said."),
    ("The quake damaged 3,200 buildings across the province of Van on Sunday.",
     "The quake damaged 410 buildings in the district of Ercis on Sunday."),
    ("The storm cut power to 40,000 homes nationwide on Friday.",
     "The storm cut power to 9,000 homes in the city of Cork on Friday."),
    ("Statewide, 40 people died in the heatwave last week, health officials said.",
     "In the city of Houston, 12 people died in last week's heatwave, health officials said."),
    ("The gale damaged 900 roofs across the province of Drenthe, the regional authority said on Monday.",
     "In Emmen, 210 roofs were damaged by the gale, the regional authority said on Monday."),
    ("In Vlissingen alone, 380 homes were damaged by the storm on Monday.",
     "The storm damaged 1,400 homes on Monday, the regional authority said."),
    # a subgroup's share against another group's
    ("Some 60 percent of teachers in the district backed the strike, the union said.",
     "Among primary school teachers in the district, 81 percent backed the strike, the union said."),
    ("Of the region's fruit growers, 78 percent reported crop losses after the late frost, the chamber said.",
     "Some 42 percent of the region's farms reported crop losses after the late frost, the chamber said."),
    ("Just over half of the country's hotels reported falling bookings, the tourism board said.",
     "Among hotels on the coast, 74 percent reported falling bookings, according to the tourism board."),
    # a part told by what it is ("were among those", "of whom ... were")
    ("Fourteen people died when a coach left the road near Braga on Sunday, police said.",
     "Police said 4 children were among those killed when a coach left the road near Braga on Sunday."),
    ("Police said 30 people were treated in hospital after the fire at the hostel on Friday.",
     "Police said 8 of those treated in hospital after Friday's fire at the hostel were firefighters."),
    # the basis of a change: from the month before, from a year earlier
    ("Consumer prices rose 0.4 percent in March from February, the statistics agency said.",
     "Consumer prices were up 3.1 percent in March from a year earlier, the statistics agency said."),
    ("Industrial output grew 2 percent on the month in June, the ministry said.",
     "Industrial output grew 6 percent on the year in June, the ministry said."),
    ("Compared with a year earlier, car sales in Spain rose 12 percent in May, the industry group said.",
     "Car sales in Spain rose 2 percent in May from April, the industry group said."),
    ("Exports rose 3 percent in April from March, the customs office said.",
     "The customs office said exports were 11 percent higher in April than a year earlier."),
    ("Car sales rose 2 percent in the second quarter from the first quarter, the industry group said.",
     "Car sales rose 9 percent in the second quarter from a year earlier, the industry group said."),
    # a part against its whole: a tranche, an instalment, against the package or the loan
    ("The IMF released a 300 million dollar tranche of its loan to Ghana on Monday.",
     "The IMF released the 3 billion dollar loan package to Ghana on Monday."),
    ("The first payment of 40 million euros was made to the victims' families on Friday.",
     "The 200 million euro compensation package for the victims' families was signed on Friday."),
    ("The buyer paid a down payment of 5 million euros for the stadium on Monday.",
     "The buyer agreed to pay 50 million euros for the stadium on Monday."),
    ("The first phase of the metro line will cost 200 million euros, the city said.",
     "The metro line will cost 1.2 billion euros, the city said."),
    ("The bank paid Serbia 90 million euros on Friday, the second tranche of its rail loan.",
     "The bank's rail loan to Serbia is worth 600 million euros in all, it said on Friday."),
    ("The agency released the first 40 million dollars of flood aid to the province on Monday.",
     "The flood aid package for the province totals 320 million dollars, the agency said on Monday."),
    # two penalties of one ruling
    ("A judge jailed the former minister for six years for fraud.",
     "The former minister was also banned from holding public office for ten years, the judge ruled."),
    ("The court gave the mayor a two-year suspended sentence for fraud.",
     "The court sentenced the mayor to five years in prison for fraud."),
    ("A prison term of four years was imposed on the former mayor by the Porto court.",
     "The Porto court also imposed an eight-year ban on the former mayor holding public office."),
    # two bodies' votes on one bill
    ("The bill was approved by the upper house 61-38 on Wednesday.",
     "The bill was approved by the lower house 201-150 on Wednesday."),
    ("The finance committee approved the budget by 9 votes to 2 on Monday.",
     "The council approved the budget by 31 votes to 12 on Monday."),
    ("The port levy bill was approved 52-40 in the senate on Thursday.",
     "The port levy bill was approved 190-122 in the lower house on Thursday."),
    ("Senators approved the port levy bill 52-40 on Thursday.",
     "Deputies approved the port levy bill 190-122 on Thursday."),
    ("The Senate Judiciary Committee voted 12-10 on Thursday to advance her nomination.",
     "The full Senate voted 52-48 on Thursday to confirm her nomination."),
])
def test_figures_of_variables_apart_by_a_dimension_are_no_contradiction_nor_agreement(verdict, a, b):
    found = verdict(a, b)
    assert not found.contradiction
    assert found.relation != "agree"


@pytest.mark.parametrize("a, b", [
    # coordinated parts that add up to the other's count
    ("The school board hired 60 primary and 30 secondary teachers for the new term, a spokesman said.",
     "A total of 90 new teachers were taken on by the school board for the new term, a spokesman said."),
    ("Police said four people were seriously hurt and nine suffered minor injuries in the fire at the depot.",
     "Thirteen people were injured in the fire at the depot, police said."),
    # parts short of a count not told as a total: perhaps not all of it
    ("The school board hired 60 primary and 25 secondary teachers for the new term.",
     "The school board took on 110 teachers for the new term."),
])
def test_parts_against_a_count_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # one province's count told twice; one town's
    ("The storm damaged 1,400 homes across the province of Zeeland, the regional authority said on Monday.",
     "Across the province of Zeeland, 2,100 homes were damaged by the storm, the regional authority said on Monday."),
    ("The gale damaged 900 roofs across the province of Drenthe, the regional authority said on Monday.",
     "In Drenthe, 640 roofs were damaged by the gale, the regional authority said on Monday."),
    ("In the town of Ashford alone, 380 homes were damaged by the storm, officials said on Monday.",
     "The storm damaged 520 homes in the town of Ashford, officials said on Monday."),
    # one month's rise told twice, one year's
    ("Exports rose 3 percent in April from March, the customs office said.",
     "Exports rose 5 percent in April from March, the customs office said."),
    ("Of the region's farms, 78 percent reported crop losses after the late frost, the chamber said.",
     "Some 42 percent of the region's farms reported crop losses after the late frost, the chamber said."),
    ("Egg prices were 27 percent higher in January than a year earlier, the statistics office said.",
     "Egg prices rose 21 percent year on year in January, the statistics office said."),
    ("Retail sales rose 0.5 percent on the previous month in May, the statistics office said.",
     "Retail sales rose 1.5 percent from April in May, the statistics office said."),
    # one prison term told twice; one chamber's vote
    ("The court sentenced the mayor to five years in prison for fraud.",
     "The court jailed the mayor for seven years for fraud."),
    ("A prison term of four years was imposed on the former mayor by the Porto court.",
     "The Porto court jailed the former mayor for six years."),
    ("The national carrier cut 300 jobs on Monday, the union said.",
     "The national carrier cut 500 jobs on Monday, the union said."),
    ("The House passed the farm bill 230-201 on Tuesday.",
     "The House of Representatives passed the farm bill 228-203 on Tuesday."),
    ("Senators approved the port levy bill 52-40 on Thursday.",
     "The senate approved the port levy bill 55-37 on Thursday."),
    # a share of a group told by its act, not by what it is
    ("The coast guard said 17 crew members were taken off the tanker on Monday.",
     "The coast guard said 12 of the crew members were taken off the tanker on Monday."),
])
def test_one_variable_told_twice_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("text, dimension, value", [
    ("Egg prices rose 4 percent in January from December.", "basis", "month"),
    ("Egg prices were 27 percent higher in January than a year earlier.", "basis", "year"),
    ("Retail sales fell 4 percent year on year in May.", "basis", "year"),
    ("Car sales rose 2 percent from the first quarter.", "basis", "quarter"),
    ("The bank released a 150 million dollar tranche of the loan.", "part", "part"),
    ("A total of 120 teachers were hired.", "part", "whole"),
    ("In the town of Ashford alone, 380 homes were damaged.", "part", "part"),
    ("The storm damaged 1,400 homes across the province of Zeeland.", "place_rank", 3),
    ("The floods destroyed 60 flats in the Atakum district.", "place_rank", 2),
    ("The court sentenced him to four years in prison.", "penalty", "prison"),
    ("He was barred from public office for eight years.", "penalty", "ban"),
    ("He was put on probation for two years.", "penalty", "probation"),
    ("She was given three years' probation.", "penalty", "probation"),
    ("The court handed him a sentence of six years.", "penalty", "prison"),
])
def test_dimensions_read(text, dimension, value):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    assert value in [getattr(m, dimension) for m in frame_of(claim_from_text(text)).measures]


def test_a_count_that_leaves_out_its_noun_before_another_counts_that_noun():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("The school board hired 60 primary and 30 secondary teachers."))
    assert sorted((m.value, m.counts) for m in frame.measures) == [(30.0, "teacher"), (60.0, "teacher")]
