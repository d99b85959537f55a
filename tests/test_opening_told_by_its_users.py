"""An opening told by its users, the later report adding details of its own (issue 16, h23b): "will open to traffic
on 2 September" against "Motorists will be able to use the crossing from the first of October, officials said, adding
that ..." is one act (`align.opened_to_its_users`), which the candidate gate now counts as acts that align
(`readings.acts_align`) however far apart the rest of the words; and a day written as an ordinal word beside its month
("the first of October", "October the twenty-first") is read to the day (`dating.normalise`), not to the month."""
import pytest

from crosscheck.dating import normalise


@pytest.mark.parametrize("written, iso", [
    ("the first of October", "--10-01"),
    ("October the twenty-first", "--10-21"),
    ("the thirty-first of March", "--03-31"),
    ("the thirtieth of April", "--04-30"),
    ("the 21st of May", "--05-21"),
    # an ordinal of something else is no day
    ("the first week of October", "--10"),
    ("the second half of May", "--05"),
])
def test_a_day_written_as_an_ordinal_word_beside_its_month(written, iso):
    assert normalise(written) == iso


@pytest.mark.parametrize("a, b", [
    ("The new tram line in Bergen will open to passengers on 14 March, the city council said.",
     "Passengers will be able to ride Bergen's new tram line from the twenty-first of March, transport officials "
     "said, adding that single tickets would cost the same as on buses."),
    ("The Ringway tunnel in Leeds will reopen to traffic on 9 November, highways officials said.",
     "Drivers will be able to use the Ringway tunnel in Leeds again from the second of December, the council said, "
     "with a 40 mph limit in place."),
])
def test_an_opening_and_its_users_let_in_on_another_day_conflict(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction and result.basis == "dates"


@pytest.mark.parametrize("a, b", [
    # a day within a week of the same month: granularity, no conflict
    ("The new bridge over the Vltava in Prague will open to traffic on 2 September after a year-long delay.",
     "Motorists will be able to use Prague's new Vltava crossing from the first week of September, city officials "
     "said."),
    # other users of another thing
    ("The new tram line in Bergen will open to passengers on 14 March, the city council said.",
     "Cyclists will be able to use the new bike lanes along the Bergen harbour from the first of April, officials "
     "said."),
    # closed, not opened, to the same users
    ("The museum's new wing will open to visitors on 5 May, the director said.",
     "The museum will be closed to visitors from the first of February for the rewiring of the old wing, the "
     "director said."),
])
def test_other_acts_of_like_words_stay_no_contradiction(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction
