"""One person's age told two ways, tied by the full name both write, however far apart the added details pull the
words (issue 16, writer25 row of kind `age`): the candidate gate (findings._anchored_pairs) lets through an age slot
where each claim tells one age of a person both name by first name and surname. Ages at two times, and a surname
alone or two first names, stay apart."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Captain Lena Marchetti, 58, will command the research vessel when it sails for Antarctica from Hobart in "
     "January, the institute said.",
     "The expedition, leaving Hobart in January aboard the institute's icebreaker, will be led by 49-year-old Lena "
     "Marchetti, a veteran polar navigator who has made eleven trips south."),
    ("Conductor Tomas Lindqvist, 72, will lead the orchestra's farewell concert in Uppsala next week.",
     "The farewell concert in Uppsala next week, sold out within hours, will be conducted by Tomas Lindqvist, aged 66, "
     "who founded the ensemble in 1988."),
])
def test_one_named_persons_two_ages_conflict(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction, result and result.reason


@pytest.mark.parametrize("a, b", [
    # a surname alone, two first names: perhaps two people
    ("Captain Lena Marchetti, 58, will command the research vessel when it sails for Antarctica from Hobart in "
     "January, the institute said.",
     "The expedition, leaving Hobart in January aboard the institute's icebreaker, will carry 49-year-old Paolo "
     "Marchetti, the ship's engineer, who has made eleven trips south."),
])
def test_ages_of_two_people_do_not_conflict(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction, result.reason


@pytest.mark.xfail(reason="close enough to be compared without the name's tie (cosine 0.79), then read as one fact "
                          "told two ways (judge._told_two_ways): an age 'when' a past act is not read as of that time",
                   strict=True)
def test_one_persons_ages_at_two_times_do_not_conflict(compared_together):
    result = compared_together(
        "Lena Marchetti was 41 when she first sailed from Hobart to Antarctica in 2016, the institute said.",
        "The expedition, leaving Hobart in January aboard the institute's icebreaker, will be led by 49-year-old Lena "
        "Marchetti, a veteran polar navigator who has made eleven trips south.")
    assert result is None or not result.contradiction, result.reason
