"""Ages written after "aged", "at the age of" or "at age" (issue 16, writer17 rows of kind `age`): the recogniser takes
the number for a date, so the figure reader dropped it and a conflicting age was no slot at all. An age told at an act
("joined the army at the age of 18") is the person's age then: against an age told at another act it is no conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Former senator Jane Roe, 81, died on Tuesday, her office said.",
     "Her office said former senator Jane Roe died on Tuesday at the age of 78."),
    ("Jane Roe died at age 81 on Tuesday.", "Jane Roe, who died aged 78, was buried on Friday."),
    ("A man aged 34 was arrested in Leeds on Monday.", "Police arrested a 41-year-old man in Leeds on Monday."),
    ("Police said a girl aged 12 was rescued from the river.",
     "A 14-year-old girl was rescued from the river, police said."),
])
def test_an_age_told_by_phrase_conflicts_with_another_age_of_that_person(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and "age" in result.reason


@pytest.mark.parametrize("a, b", [
    ("A 34-year-old man was arrested in Leeds on Monday.", "Police arrested a man aged 34 in Leeds on Monday."),
    ("The president died in hospital at the age of 78, his family said.",
     "The former president, 78, died in a hospital, his family said."),
    # the person's ages at two acts
    ("Jane Roe joined the army at the age of 18, her family said.",
     "Jane Roe, who died aged 90 on Tuesday, was a veteran, her family said."),
    ("Jane Roe joined the army at the age of 18.", "Jane Roe died on Tuesday at the age of 90."),
    # two people's ages
    ("A woman aged 70 and her son, 45, were hurt in the crash.", "A 45-year-old man was hurt in the crash."),
    ("The driver, aged 40, was unhurt in the crash on Monday.", "A passenger aged 22 died in the crash on Monday."),
])
def test_one_age_or_ages_of_two_acts_or_people_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


def test_the_age_after_aged_is_read_as_an_age():
    from crosscheck.claims import claim_from_text

    ages = [q for q in claim_from_text("A boy aged 15 was charged with murder.").numbers if q.unit == "age"]
    assert [(q.value, q.counts) for q in ages] == [(15.0, "boy")]
