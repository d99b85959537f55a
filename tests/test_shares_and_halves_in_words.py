"""Figures written in words that the figure reader cut in two (issue 16, writer23 rows of kinds `percent` and
`paraphrase-money`): a share counted by a number word written apart from it ("three quarters of", "four fifths of")
was read as a count of quarters of a year, and "three and a half million" as "three" and "a million"."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The health ministry said 91 percent of nurses in Leipzig had received the booster by June.",
     "By June, only three quarters of Leipzig's nurses had been given the booster, the health ministry said."),
    ("Two thirds of the fishing boats in Vigo stayed in port during the strike on Monday.",
     "Some 95 percent of Vigo's fishing boats stayed in port during Monday's strike."),
    ("Four fifths of the schools in Tromsø were closed by the snow on Tuesday, the council said.",
     "The council said 45 percent of schools in Tromsø shut on Tuesday because of the snow."),
    ("The region's water company said 60 percent of households in Murcia had fitted meters by March.",
     "By March nine tenths of Murcia's households had water meters, according to the water company."),
])
def test_a_share_in_words_conflicts_with_another_percentage(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Turnout among first-time voters in Leipzig fell to 74 percent in the spring election, officials said.",
     "Only about three quarters of first-time voters in Leipzig cast a ballot in the spring election."),
    ("Two thirds of the fishing boats in Vigo stayed in port during the strike on Monday.",
     "About 67 percent of Vigo's fishing boats stayed in port during Monday's strike."),
    ("The bakery chain's sales rose in each of the last three quarters, its chief executive said.",
     "Sales at the bakery chain grew by 4 percent in the third quarter."),
])
def test_a_share_in_words_that_fits_or_a_count_of_quarters_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The province will spend 2.5 billion dollars on new rail lines over the next decade.",
     "Some two and a half billion dollars has been set aside by the province for new rail lines over ten years."),
    ("One and a half million people visited the museum last year, its director said.",
     "The museum drew 1.5 million visitors last year, according to its director."),
    ("The club sold the striker for four and a half million euros, the club said.",
     "The striker was sold for 4.5 million euros, the club confirmed."),
])
def test_and_a_half_before_a_scale_word_is_one_figure(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("text, value", [
    ("The city will spend three and a half million dollars on roads.", 3.5e6),
    ("Two and a half billion euros was wiped off the company's value.", 2.5e9),
    ("Six and a half thousand runners took part.", 6500),
])
def test_and_a_half_is_read_into_the_figure(text, value):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    assert value in [q.value for q in claim_from_text(text).numbers]


def test_a_share_numerator_is_no_figure_of_its_own():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("About three quarters of the homes in the town were flooded."))
    assert [q.value for q in claim_from_text("About three quarters of the homes in the town were flooded.").numbers] == []
    assert [m.value for m in frame.measures if m.unit == "%"] == [75.0]
