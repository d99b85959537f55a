"""An agreement is earned (issue 16: "similar wording with a conflicting slot is never an agreement"): every specific
either claim states is matched in the other or absent from it. The readings that let specifics through unread: a
duration hung on the state it was spent in, a share told as so many in so many, a number word the recogniser calls a
date, where one sum went by any verb of giving, going or funding, doers told by nouns of their own, names written as
a person's whichever kind the recogniser gave them. And the paraphrases that must stay agreements."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text, value", [
    ("About eight in ten of the region's trains were punctual in May.", 80.0),
    ("One in five homes in the valley lost power.", 20.0),
    ("Three out of four nurses backed the strike, the union said.", 75.0),
    # a share word after the "that" of a clause, no period's part
    ("The report found that half of children in the district live in poverty.", 50.0),
])
def test_a_share_told_as_so_many_in_so_many(text, value):
    shares = [m for m in frame_of(claim_from_text(text)).measures if m.unit == "%"]
    assert [m.value for m in shares] == [value]


@pytest.mark.parametrize("text, low, high", [
    ("Most of the 300 workers at the plant will lose their jobs.", 50.5, 100.0),
    ("The majority of members backed the deal.", 50.5, 100.0),
    ("A minority of the plant's workers will be laid off.", 0.0, 49.5),
])
def test_a_share_told_as_more_or_less_than_half(text, low, high):
    shares = [m for m in frame_of(claim_from_text(text)).measures if m.unit == "%"]
    assert [(m.low, m.high) for m in shares] == [(low, high)]


@pytest.mark.parametrize("text", [
    "The most important thing is safety.",
    "Most likely the vote will pass.",
    "In one of the two games, the team lost.",
    "The vote passed with 41 in favour and 9 against.",
])
def test_no_share_where_none_is_told(text):
    assert not [m for m in frame_of(claim_from_text(text)).measures if m.unit == "%"]


@pytest.mark.parametrize("text, hours", [
    ("The ferry arrived two hours late, the operator said.", 2.0),
    ("The operator said the ferry was three hours behind schedule.", 3.0),
    ("The flight was delayed by four hours after a bird strike.", 4.0),
    ("The plane was forty minutes late.", 40 / 60),
])
def test_a_delay_is_read_as_its_own_kind_of_length(text, hours):
    delays = [m for m in frame_of(claim_from_text(text)).measures if m.counts == "delay"]
    assert [round(m.value, 3) for m in delays] == [round(hours, 3)]


def test_no_delay_in_a_point_of_time():
    assert not frame_of(claim_from_text("The plane landed two hours later.")).measures


@pytest.mark.parametrize("a, b", [
    # how late one thing came, however written
    ("The ferry arrived two hours late, the operator said.",
     "The operator said the ferry was three hours behind schedule."),
    ("The flight was delayed by four hours after a bird strike.", "A bird strike left the flight 90 minutes late."),
    ("The new hospital wing is running six months behind schedule, the council said.",
     "The council said the new hospital wing was a year behind schedule."),
    # a duration spent in a state, however written
    ("The pumping station was out of action for five days, the water company said.",
     "The water company said the pumping station spent eleven days out of action."),
    ("The runway was closed for two days.", "The runway spent four days closed for repairs, the airport said."),
    # a share told in words against a percentage
    ("Nearly 52 percent of the region's trains ran on time in May, the operator said.",
     "About eight in ten of the region's trains were punctual in May, the operator said."),
    ("In the district, nearly one in three children lives in poverty, the report found.",
     "The report found that half of children in the district live in poverty."),
    ("Most of the 300 workers at the plant will lose their jobs.",
     "A minority of the plant's 300 workers will be laid off."),
    ("A majority of members voted for the strike, the union said.",
     "The union said 38 percent of members voted for the strike."),
    # a count the recogniser reads as a date
    ("Thirty-two of the miners were rescued on Sunday, officials said.",
     "Officials said 23 of the miners were rescued on Sunday."),
    # where one sum went, by "paid to" against "had gone to", by "go to" against "fund"
    ("The relief fund paid 2 million euros to farmers in Tulcea after the floods, the ministry said.",
     "The ministry said the 2 million euros from the relief fund had gone to shop owners in Tulcea after the floods."),
    ("The 4 million dollar bequest will go to the city's school of music, the trust said.",
     "The trust said the 4 million dollar bequest would fund the city's law school."),
    # one doer each, told by a noun of its own
    ("The fire at the town hall was started by a former employee, police said.",
     "Police said a roofing contractor started the fire at the town hall."),
    # names written as people's, one read as a body
    ("The only goal was scored by striker Pavel Novak in the 75th minute, giving Sparta a 1-0 win over Dukla.",
     "Sparta beat Dukla 1-0 after winger Jan Dvorak headed in the winner in the 75th minute."),
])
def test_no_agreement_while_a_specific_is_unmatched(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The pumping station was out of action for five days, the water company said.",
     "The water company said the pumping station spent eleven days out of action."),
    ("Thirty-two of the miners were rescued on Sunday, officials said.",
     "Officials said 23 of the miners were rescued on Sunday."),
    ("The relief fund paid 2 million euros to farmers in Tulcea after the floods, the ministry said.",
     "The ministry said the 2 million euros from the relief fund had gone to shop owners in Tulcea after the floods."),
])
def test_one_statement_told_with_another_value_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The fire at the town hall was started by a former employee, police said.",
     "Police said a roofing contractor started the fire at the town hall."),
    ("The inquiry was ordered by the minister.", "The regulator ordered the inquiry, officials said."),
])
def test_doers_told_by_their_nouns_alone_are_apart_not_a_conflict(verdict, a, b):
    judged = verdict(a, b)
    assert judged.relation == "apart" and not judged.contradiction


@pytest.mark.parametrize("a, b", [
    ("The pumping station spent five days offline, the water company said.",
     "The pumping station was offline for five days, the water company said."),
    ("About one in five homes in the valley lost power, the utility said.",
     "The utility said roughly 20 percent of homes in the valley lost power."),
    ("Three out of four nurses at the hospital backed the strike, the union said.",
     "The union said 75 percent of the hospital's nurses backed the strike."),
    ("In the district, nearly one in three children lives in poverty, the report found.",
     "The report found that 33 percent of children in the district live in poverty."),
    ("The relief fund paid 2 million euros to farmers in Tulcea after the floods, the ministry said.",
     "The ministry said the 2 million euros from the relief fund had gone to farmers in Tulcea."),
    ("The 4 million dollar bequest will go to the city's school of music, the trust said.",
     "The trust said the 4 million dollar bequest would fund the city's school of music."),
    ("Most of the 300 workers at the plant will lose their jobs.",
     "The majority of the plant's 300 workers will lose their jobs."),
    ("A majority of members voted for the strike, the union said.",
     "The union said 62 percent of members voted for the strike."),
    # a delay beside a stoppage's length: two lengths, each matched
    ("The bridge opened three months late after a two-week strike.",
     "A two-week strike left the bridge opening three months behind schedule."),
    ("The ferry arrived two hours late, the operator said.", "The operator said the ferry was two hours late."),
    # one sum's recipients told by nouns of one referent
    ("The fund paid 2 million dollars to families of the victims.",
     "The 2 million dollars paid by the fund went to relatives of those killed."),
    ("The government gave 5 million dollars to the school, officials said.",
     "Officials said the school received 5 million dollars from the government."),
    # one doer in other words: a shared word, a class in the plural, a noun any person may be told by
    ("The fire at the town hall was started by a former employee, police said.",
     "Police said a former member of staff started the fire at the town hall."),
    ("The inquiry was ordered by the transport minister.", "The transport secretary ordered the inquiry."),
    ("The merger was approved by shareholders on Friday.", "Investors approved the merger on Friday."),
    ("The vaccine was developed by scientists at the institute.",
     "Researchers at the institute developed the vaccine."),
    # a person one names beside a body the other names: more detail, not another name
    ("Finance Minister Karin Holm warned Speaker Erik Lund that the state could run out of cash in November.",
     "The state could run out of cash in November unless parliament acts, Finance Minister Karin Holm warned."),
])
def test_paraphrases_stay_agreements(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("text, read", [
    ("Forty-eight trees were felled in the park.", [(48, "tree")]),
    ("The fund paid 2.5 million dollars to 300 families.", [(2_500_000, "dollar"), (300, "family")]),
    ("Flight 370 carried 239 people.", [(239, "people")]),
    # a range, a fraction, a year: no number of one thing
    ("Between 300 and 400 jobs will go.", []),
    ("Some three and a half million dollars has been set aside.", []),
    ("In 2019 the town was flooded.", []),
])
def test_numbers_told_with_their_nouns(text, read):
    from crosscheck.compare.readings import numbers_with_nouns
    assert [(value, noun) for value, noun, *_ in numbers_with_nouns(text)] == read


@pytest.mark.parametrize("a, b, unmatched", [
    ("Inspectors counted 48 damaged trees in the park.", "Inspectors counted 84 damaged trees in the park.", True),
    ("Police arrested 14 people and questioned 30 people.", "Fourteen people were arrested, police said.", False),
    ("About 200 homes were flooded, officials said.", "Officials said 210 homes had been flooded.", False),
    # a number written rounded admits the precise one
    ("The state will spend 2 million dollars on new buses.", "The state will spend 2.4 million dollars on buses.",
     False),
    # two acts: a forecast's figure and what fell
    ("The agency had predicted up to 60 millimetres of snow in the town.",
     "Just 25 millimetres of snow fell on the town.", False),
])
def test_numbers_of_one_thing_unmatched(a, b, unmatched):
    from crosscheck.compare.unmatched import numbers_unmatched
    assert (numbers_unmatched(claim_from_text(a), claim_from_text(b)) is not None) == unmatched
