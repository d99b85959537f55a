"""A bare number told of a person as their age (issue 16, writer20 rows of kind `age`): "the climber, Tomasz
Wierzbicki, was 34 when ..." (a copula with a named subject) and "At 38, Ayesha Rahman became ..." (an "at" phrase
closed by a comma before a named subject) were no figure, or a count, so two ages of one person matched nowhere. Told
at an act ("when he disappeared", "At 38, ... became"), the age is the person's age then: it conflicts with another
age of that person only at that act or where both claims date what they tell to one day or month. Unnamed, the person
is told by a noun of people (frames.toml [ages] `people`: "the man charged over the attack is 19").

Known limit: "At 29, Berg won his first title" / "Berg, 41, won the title again" is still flagged by the route of one
fact told two ways (one_fact.py); asking `ages_at_two_times` there cost a held-out contra pair of writer16."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Maria Lopez was 52 when she won the seat in the March by-election, her party said.",
     "Maria Lopez, 45, won the seat in the March by-election, according to her party."),
    ("At 29, Jonas Berg became the youngest mayor in the city's history on Monday.",
     "The 33-year-old Jonas Berg was sworn in as the city's youngest ever mayor on Monday."),
    ("Jonas Berg, who is 29, was elected mayor of Lund on Monday.",
     "At 33, Jonas Berg was elected mayor of Lund on Monday."),
    ("The singer Anna Kowalska was 27 when she died in a car crash near Krakow in May.",
     "Anna Kowalska died aged 31 in a car crash near Krakow in May."),
    ("The climber, Piotr Nowak, was 34 when he went missing on K2 in August.",
     "Piotr Nowak, 43, disappeared on K2 in August, his family said."),
    # a person told by a noun alone: "the woman arrested ... is 24" (the parse gives "is" no subject)
    ("Police said the woman arrested over the stabbing in Leeds on Monday is 24.",
     "A 29-year-old woman has been arrested over Monday's stabbing in Leeds, police said."),
    ("The suspect is 17, police in Malmo said after the shooting on Sunday.",
     "A 22-year-old suspect was detained after Sunday's shooting in Malmo, police said."),
])
def test_two_ages_of_one_named_person_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "age" in result.reason


@pytest.mark.parametrize("a, b", [
    # an age then against an age now
    ("Jonas Berg was 20 when he joined the army.", "Jonas Berg, 75, died on Sunday at his home in Bergen."),
    ("At 38, Maria Lopez became the party's leader.", "Maria Lopez, 45, resigned as the party's leader on Friday."),
    # two people; no person named: a toll, a temperature
    ("The woman arrested over the stabbing in Leeds on Monday is 24, police said.",
     "Her 29-year-old partner was also questioned over the stabbing, police said."),
    ("The toll from the bombing in Kabul on Monday is 19, officials said.",
     "A 31-year-old man was killed in the bombing in Kabul on Monday, officials said."),
    ("The death toll from the landslide was 34, officials said on Tuesday.",
     "The landslide killed 43 people, officials said on Tuesday."),
    ("The temperature in Madrid stood at 38, a record for May, forecasters said.",
     "The temperature in Madrid reached 41 degrees on Monday, forecasters said."),
])
def test_ages_of_two_times_or_numbers_of_no_person_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, value, holder", [
    ("The climber, Tomasz Nowak, was 34 when he disappeared.", 34.0, "nowak"),
    ("At 38, Ayesha Khan became the youngest minister.", 38.0, "khan"),
    ("At 38, Ayesha Khan was sworn in as minister.", 38.0, "khan"),
])
def test_a_bare_number_told_of_a_named_person_is_their_age(text, value, holder):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    ages = [(m.value, m.counts) for m in frame_of(claim_from_text(text)).measures if m.unit == "age"]
    assert ages == [(value, holder)]
