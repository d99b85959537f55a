"""Two variables, never one contradicted (issue 16): a figure's variable is its counted noun with its qualifiers, and
an act's thing is its noun with the qualifier naming where or whose it is. Two qualifiers of one kind that differ make
two variables or two things, whichever route would have flagged them:

- one noun, a qualifier of its own in each ("headline" / "core" inflation), unless a variables group lists both
  qualified names ("spoiled" / "invalid" ballots): `align.qualified_apart`;
- two votes, each on its own act, each with its own tally and day: `align.other_votes` in the date slot and the clause
  dates route;
- a first round against a runoff, in the one-fact route too: `readings.stages_apart`;
- one family name after two given names: `align.given_names_apart`;
- an act denied at one place against it done at another: no place slot;
- an act and its opposite told of two things each named by its own qualifier: `align.things_named_apart`;
- how long two things described apart lasted;
- counts of two fates, a place people were brought to read as one ("taken to hospital"): `align.fate_read`;
- one noun written after a qualifier of its own in each claim ("arriving" / "departing" passengers):
  `align.nouns_qualified_apart`;
- a running total counted "since" a time against a figure of a period: `align._total_against_period`;
- where an amount started ("bidding opened at") against another verb's figure: `align.start_against_end`;
- a rank in two tables each told with a word of its own: `align._tables_qualified_apart`;
- the status of a part told "at" its whole against the whole's: `align.part_and_whole` (with `things_named_apart`,
  `align.two_things_acted_on`, the one reading the status, opposite and negation routes ask);
- figures of two doers each named by names the other never writes, whatever common words their descriptions share
  ("the city of Krakow" / "the group Clean Air Poland"): `align.doers_named_apart`, no one doer's figure;
- an act denied of one thing by a claim that asserts it of another ("would not shut the plant in X, but would close
  the one in Y") is no denial of the other claim's act on Y: `judge._asserted_too`.
"""
import pytest

TWO_VARIABLES = [
    # one noun, two qualifiers
    ("Headline inflation in Chile slowed to 4.1 percent in March, the central bank said.",
     "Core inflation in Chile, which strips out food and fuel, climbed to 5.2 percent in March."),
    ("Chile's core inflation held at 5.2 percent in March.",
     "In March, headline inflation in Chile was 4.1 percent, the statistics office reported."),
    # two votes, each its own tally and day
    ("The Senate voted 58-40 on Monday to begin debate on the farm bill.",
     "The farm bill was approved by the Senate 55-43 on Thursday after two days of amendments."),
    ("On Tuesday deputies voted 120 to 80 to take up the budget for debate.",
     "By 110 votes to 95, the budget was adopted in its final reading on Friday."),
    # first round against runoff
    ("In the first round of Quito's mayoral race, Ana Vega came third with 18 percent.",
     "Ana Vega was elected mayor of Quito in the runoff, winning 56 percent of the vote."),
    # one family name, two people
    ("Retired judge Martin Krall, 81, was taken to Vienna General Hospital on Monday, his family said.",
     "His daughter, lawyer Eva Krall, 52, was released from Vienna General Hospital on Monday."),
    # an act denied at one place, done at another
    ("The retailer will not close its warehouse in Leicester, a spokesman said.",
     "The retailer will close its warehouse in Doncaster, a spokesman said."),
    # an act and its opposite told of two things each named
    ("Health officials will close the maternity unit at Kendal hospital at night from May.",
     "The maternity unit at Barrow hospital will stay open around the clock from May, health officials said."),
    ("The council will shut the public library in Headingley next month.",
     "The public library in Chapel Allerton will remain open, the council said."),
    # how long two things described apart lasted
    ("The afternoon session of the climate talks lasted four hours.",
     "The prime minister's meeting with farming leaders lasted two hours."),
    # two fates
    ("Twenty people were injured when a bus overturned near Porto on Friday, firefighters said.",
     "Six people were taken to hospital after Friday's bus crash near Porto."),
    ("Nine fans were hurt in the crush at the Turin stadium on Sunday.",
     "Police said two fans were rushed to a local hospital after Sunday's crush at the Turin stadium."),
    ("At least 30 people were injured in the blast in Kabul, officials said.",
     "Officials said 11 people were admitted to hospital after the Kabul blast."),
    # one noun, two qualifiers, whichever figure the parse tied it to
    ("According to the operator, 2.4 million arriving passengers passed through Lisbon airport in August.",
     "Lisbon airport handled 2.2 million departing passengers in August, the operator said."),
    ("Unemployment among young people in Greece fell to 22 percent in June, the statistics agency said.",
     "Long-term unemployment in Greece rose to 9 percent in June."),
    # a running total against a period's figure
    ("The charity said it has planted 2.4 million trees across Kenya's Rift Valley since it was founded in 2009.",
     "Some 310,000 trees were planted in the Rift Valley by the charity this year, its director said."),
    ("So far the agency has resettled 80,000 refugees.", "The agency resettled 12,000 refugees last year."),
    ("The clinic has treated 45,000 patients since opening in 2012.",
     "In the past year the clinic treated 6,000 patients, its director said."),
    # where an amount started against where it ended
    ("A sculpture by Ana Ruiz fetched 2.1 million dollars at auction in Madrid on Thursday.",
     "The auction house said bidding for the Ruiz sculpture opened at 700,000 dollars in Madrid on Thursday."),
    ("Shares of the carmaker closed at 42 euros in Frankfurt on Monday.",
     "The carmaker's shares opened at 39 euros in Frankfurt on Monday."),
    ("The manuscript sold for 2 million pounds at Sotheby's in London on Friday.",
     "Bidding for the manuscript started at 800,000 pounds at Sotheby's in London on Friday."),
    # a rank in two tables
    ("The ministry said Lund Polytechnic came first among the country's technical colleges in Tuesday's ranking.",
     "In the overall table of 48 colleges published on Tuesday, Lund Polytechnic was placed twelfth."),
    ("Among private hospitals, St Luke's came second in the annual patient survey.",
     "St Luke's finished eleventh in the national table of all hospitals, the survey showed."),
    # two named doers measuring at two sites
    ("Air-quality monitors run by the city of Brno recorded 160 micrograms per cubic metre in the centre on Monday.",
     "Readings of 70 micrograms per cubic metre were taken on Monday in the Lisen district by a sensor that the "
     "group Fresh Air Moravia runs."),
    ("Water samples taken by the Thames Authority showed 400 bacteria per millilitre at Putney on Monday.",
     "A volunteer group, River Watch London, measured 120 bacteria per millilitre at Hammersmith on Monday."),
    # a part's status against its whole's
    ("The evening fireworks at the Bath food fair were called off because of rain, organisers said.",
     "Organisers said the Bath food fair went ahead on Sunday despite the rain."),
    ("The Sunday matinee at the Galway theatre festival was postponed.",
     "The Galway theatre festival opened on Thursday as planned."),
]

ONE_VARIABLE_CONTRADICTED = [
    ("Headline inflation in Chile slowed to 4.1 percent in March, the central bank said.",
     "Chile's headline inflation rate rose to 4.6 percent in March, according to the central bank."),
    ("Spoiled ballots in the Leeds count numbered 2,318, the commission said.",
     "The commission put the number of invalid ballots in Leeds at 1,100."),
    ("The Senate voted 58-40 on Monday to pass the farm bill.",
     "The Senate passed the farm bill 58-40 on Thursday."),
    ("Three people were hospitalised after the tram crash in Lyon.",
     "Five people were taken to hospital after the tram crash in Lyon."),
    ("Twenty people were injured when a bus overturned near Porto on Friday.",
     "Twelve people were injured when a bus overturned near Porto on Friday, firefighters said."),
    ("The council will shut the public library in Headingley next month.",
     "The public library in Headingley will stay open, the council said."),
    ("The retailer will not close its warehouse in Leicester, a spokesman said.",
     "The retailer will close its warehouse in Leicester, a spokesman said."),
    ("Eight people were taken to hospital after the storm hit the island.",
     "Twelve people were taken to hospital after the storm hit the island, officials said."),
    ("Actor Tom Berri, 74, received a lifetime award in Cannes on Friday.",
     "Tom Berri, 71, was given a lifetime award in Cannes on Friday."),
    ("The charity has planted 2.4 million trees since 2009.",
     "The charity has planted 1.9 million trees since it was founded in 2009."),
    ("Bidding for the Ruiz sculpture opened at 700,000 dollars in Madrid on Thursday.",
     "Bidding for the Ruiz sculpture started at 450,000 dollars in Madrid on Thursday."),
    ("Lund Polytechnic came first in the national ranking released on Tuesday.",
     "Lund Polytechnic was placed ninth in the national ranking published on Tuesday."),
    ("The Senate approved the defence bill 64-35 on Wednesday.",
     "The defence bill was passed by the Senate 64-35 on Friday."),
    ("The Galway theatre festival was cancelled because of the storm, police said.",
     "The Galway theatre festival went ahead on Saturday under clear skies."),
    ("The concert at the stadium was cancelled.", "The concert at the stadium went ahead as planned."),
    ("Sensors run by the city of Brno showed levels of 160 micrograms in the centre on Monday.",
     "Brno's city sensors recorded 70 micrograms in the centre on Monday."),
    ("Villagers and local firms raised 3.1 million crowns through a charity run.",
     "2.2 million crowns was raised by villagers and local firms through a charity run."),
    # a "since" of another clause is no running total
    ("The clinic, where 30 nurses were hired over the past six weeks, had been running short of staff since it opened "
     "last spring.", "The health board hired 22 nurses for the clinic in a recruitment round that began in April."),
    # a duration written on a noun is no thing's length
    ("Expiring on June 1, the 30-day curfew was the council's last resort.",
     "Residents say the 45-day measure, which ends on June 1, hits only the old quarter."),
]


@pytest.mark.parametrize("a,b", TWO_VARIABLES)
def test_two_variables_are_never_contradicted(verdict, a, b):
    judged = verdict(a, b)
    assert not judged.contradiction, judged.reason
    assert judged.relation != "agree", judged.reason


@pytest.mark.parametrize("a,b", ONE_VARIABLE_CONTRADICTED)
def test_one_variable_told_two_ways_is_still_flagged(verdict, a, b):
    judged = verdict(a, b)
    assert judged.contradiction, judged.reason


DENIED_OF_ONE_ASSERTED_OF_ANOTHER = [
    ("Nissan said it would not shut its factory in Sunderland, but would close the one in Barcelona.",
     "Nissan will close its factory in Barcelona."),
    ("The ministry will not cut the grant for the Leeds museum, but will cut the one for the Hull gallery.",
     "The ministry will cut the grant for the Hull gallery."),
]


@pytest.mark.parametrize("a,b", DENIED_OF_ONE_ASSERTED_OF_ANOTHER)
def test_a_denial_of_another_thing_is_no_contradiction(verdict, a, b):
    judged = verdict(a, b)
    assert not judged.contradiction, judged.reason
