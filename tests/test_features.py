"""What a claim asserts besides its meaning, read from spaCy's parse: figures, dates, negation, hedges."""
from datetime import date

import pytest

from crosscheck import features, nlp
from crosscheck.types import Quantity

# Stands in for data/reporting.toml in these tests, so they do not depend on the lead's list.
REPORTING = {"say", "tell", "state", "add", "note", "claim", "report", "announce"}
PUBLISHED = date(2025, 9, 3)  # a Wednesday


@pytest.fixture(scope="session")
def parse():
    nlp.load()

    def parse_text(text):
        span = nlp.parse_one(text)[:]
        return span, features.main_predicate(span, REPORTING)
    return parse_text


def figures(parse, text, published=None):
    span, root = parse(text)
    return features.quantities(span, root, published)


# -- figures -------------------------------------------------------------------------------------

def test_each_figure_gets_its_own_counted_noun_and_predicate(parse):
    arrested, injured = figures(parse, "Police said 12 protesters were arrested and 3 police officers injured.")
    assert (arrested.value, arrested.unit, arrested.counts, arrested.predicate) == (12, "count", "protester", "arrest")
    assert (injured.value, injured.unit, injured.counts, injured.predicate) == (3, "count", "officer", "injure")


def test_spelled_out_numbers_are_read(parse):
    found = figures(parse, "Twenty-five villagers and two hundred and fifty soldiers were evacuated.")
    assert [(q.value, q.counts) for q in found] == [(25, "villager"), (250, "soldier")]
    (money,) = figures(parse, "The fund will lend 1.3 million dollars to farmers.")
    assert (money.value, money.unit) == (1.3e6, "USD")


def test_different_counts_of_the_same_thing_conflict(parse):
    (twelve,) = figures(parse, "12 protesters were arrested.")
    (fifteen,) = figures(parse, "15 protesters were arrested.")
    assert (twelve.low, twelve.high) == (12, 12)
    assert twelve.counts == fifteen.counts == "protester"
    assert not features.compatible(twelve, fifteen)


def test_a_rounded_figure_admits_the_precise_one(parse):
    (rounded,) = figures(parse, "Beijing pledged a $1 trillion loan.")
    (precise,) = figures(parse, "Beijing pledged a $1.2 trillion loan.")
    assert (rounded.value, rounded.unit, rounded.counts) == (1e12, "USD", "loan")
    assert rounded.low <= 1.2e12 <= rounded.high
    assert (precise.low, precise.high) == pytest.approx((1.15e12, 1.25e12))
    assert features.compatible(rounded, precise)
    (other,) = figures(parse, "Beijing pledged a $2.5 trillion loan.")
    assert not features.compatible(precise, other)


def test_approximation_words_widen_or_open_the_range(parse):
    (excess,) = figures(parse, "The debt is in excess of $1 trillion.")
    (precise,) = figures(parse, "The debt is $1.3 trillion.")
    assert (excess.approx, excess.low, excess.high) == ("in excess of", 1e12, None)
    assert excess.text == "in excess of $1 trillion"
    assert features.compatible(excess, precise)
    (up_to,) = figures(parse, "The debt is up to $900 billion.")
    assert (up_to.low, up_to.high) == (0.0, 9e11)
    assert not features.compatible(up_to, precise)
    (about,) = figures(parse, "About 40 people died.")
    assert (about.approx, about.low, about.high) == ("about", pytest.approx(36), pytest.approx(44))
    (nearly,) = figures(parse, "Nearly 40 people died.")
    assert nearly.low == pytest.approx(36) and nearly.high == 40


def test_up_to_after_a_verb_whose_particle_it_is_is_no_bound(parse):
    revised, _ = figures(parse, "The jobs gains in August were revised up to 366,000 from 235,000.")
    assert (revised.approx, revised.low, revised.high) == ("", 365500, 366500)  # its rounding, no bound
    (bound,) = figures(parse, "Prices could go up to $5 a gallon.")
    assert bound.approx == "up to"


def test_a_range_written_once_applies_to_both_ends(parse):
    low, high = figures(parse, "Between 12 and 15 protesters were held.")
    assert [(q.value, q.counts, q.low, q.high) for q in (low, high)] == [(12, "protester", 12, 15),
                                                                          (15, "protester", 12, 15)]
    low, high = figures(parse, "Profit was 8 to 9 cents a share.")
    assert (low.unit, low.value, high.value) == ("USD", pytest.approx(0.08), pytest.approx(0.09))
    start, end = figures(parse, "Sales rose from 5 to 10 percent.")
    assert (start.unit, start.high, end.low) == ("%", 5.5, 9.5)


def test_money_percentages_and_units(parse):
    found = figures(parse, "Exports fell 4.5% to €3.5m, while China bought 12 million metric tons of soybeans.")
    assert [(q.value, q.unit) for q in found] == [(4.5, "%"), (3.5e6, "EUR"), (12e6, "t")]
    assert found[2].counts == "soybean"
    (share,) = figures(parse, "US tariffs on Chinese imports reached 145 percent.")
    assert (share.unit, share.counts) == ("%", "tariff")
    (points,) = figures(parse, "Turnout rose 3 percentage points.")
    assert points.unit == "points"


def test_periods_belong_to_their_own_figure(parse):
    first, second = figures(parse, "China agreed to buy 12 million tons of soybeans by year-end and 25 million tons "
                                   "in 2026.")
    assert (first.period, second.period) == ("by year-end", "in 2026")
    (rate,) = figures(parse, "The plant makes 300 cars a year.")
    assert rate.period == "per year"
    (this_year,) = figures(parse, "Sales reached 40 million units this year.", PUBLISHED)
    assert this_year.period == "in 2025"


def test_dates_times_codes_and_names_are_not_figures(parse):
    assert figures(parse, "On Aug. 31, 2025 at 5 p.m. the G20 leaders met in Room 101; call 555-123-4567.") == ()
    assert figures(parse, "The second round ended in 2024.") == ()
    (age,) = figures(parse, "A 34-year-old man was arrested.")
    assert (age.value, age.unit, age.counts) == (34, "age", "man")
    (sentence,) = figures(parse, "He was jailed for 10 years three years ago.")
    assert (sentence.value, sentence.unit, sentence.predicate) == (10, "year", "jail")


# -- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["Aug. 31", "August the 31st", "31 August", "August 31st"])
def test_four_spellings_of_one_date_normalise_the_same(parse, written):
    span, _ = parse(f"The ceasefire began on {written}.")
    assert features.dates(span, None) == ("--08-31",)
    assert features.dates(span, PUBLISHED) == ("2025-08-31",)


def test_dates_keep_their_granularity(parse):
    span, _ = parse("The law passed in March 2024, took effect on March 11th, 2025 and will be reviewed in 2027.")
    assert features.dates(span, None) == ("2024-03", "2025-03-11", "2027")


@pytest.mark.parametrize("text, day", [
    ("Voters must register by Friday to take part.", "2025-09-05"),
    ("The museum will stay open until Sunday, its director said.", "2025-09-07"),
    ("Applicants have until Monday to file their forms.", "2025-09-08"),
    ("The museum stayed open until Sunday.", "2025-08-31"),  # told as done: the last one
    ("The bill was signed by Monday's deadline.", "2025-09-01"),
])
def test_a_weekday_named_as_a_deadline_to_come_is_the_next_one(parse, text, day):
    span, _ = parse(text)
    assert features.dates(span, PUBLISHED) == (day,)


@pytest.mark.parametrize("text", [
    "The singer died on Nov. 20 at her home.",
    "The singer, who died on Nov. 20, was 80.",
    "The bridge was closed by the city on Nov. 20.",
    "Her family said she died on Nov. 20.",
    "She died on Nov. 20, her family said.",
    "The talks had collapsed on Nov. 20.",
    "Prices have risen by a third since Nov. 20.",
    "Since Nov. 20, a third of the staff will have left.",
])
def test_a_day_without_a_year_told_as_done_is_the_last_one_before_publication(parse, text):
    span, _ = parse(text)  # the nearest Nov. 20 to 3 September 2025 is the one to come
    assert features.dates(span, PUBLISHED) == ("2024-11-20",)


def test_a_month_without_a_year_told_as_done_is_the_last_one_up_to_publication(parse):
    assert features.dates(parse("The singer died in November.")[0], PUBLISHED) == ("2024-11",)
    assert features.dates(parse("The singer died in September.")[0], PUBLISHED) == ("2025-09",)


@pytest.mark.parametrize("text", [
    "The leaders will meet on July 20.",
    "The ministers said they would meet on July 20.",
    "The vote is scheduled for July 20.",
    "The agency plans to publish its report on July 20, a spokesman said.",
    "Troops must leave the country by July 20.",
])
def test_a_day_without_a_year_still_to_come_is_the_next_one_after_publication(parse, text):
    span, _ = parse(text)  # the nearest July 20 to 3 September 2025 is the one gone by
    assert features.dates(span, PUBLISHED) == ("2026-07-20",)


@pytest.mark.parametrize("text, day", [
    ("The museum opens on Nov. 20.", "2025-11-20"),  # a present tells neither way
    ("Officials confirmed the Nov. 20 summit.", "2025-11-20"),  # a noun's day: the summit may lie either way
    ("Congress passed a bill funding the agency through Nov. 20.", "2025-11-20"),
    ("The ministry confirmed an upcoming visit to Paris in November.", "2025-11"),
    ("The ministry announced a planned visit to Paris on Nov. 20.", "2025-11-20"),
])
def test_a_day_without_a_year_and_no_tense_for_it_is_the_nearest(parse, text, day):
    span, _ = parse(text)
    assert features.dates(span, PUBLISHED) == (day,)


@pytest.mark.parametrize("text, period", [
    ("The company sold 3 million cars in November.", "in 2024-11"),  # told as done: the last November
    ("In November, the company sold 3 million cars, its chief said.", "in 2024-11"),  # the day first, attribution last
    ("The chief said 3 million cars were sold in November.", "in 2024-11"),  # a passive, attribution first
    ("The company will hire 500 workers by July.", "by 2026-07"),  # still to come: the next July
    ("The company sells 3 million cars in November.", "in 2025-11"),  # a present: the nearest, as a claim's dates
])
def test_a_figures_month_without_a_year_takes_its_year_from_the_tense_as_the_claims_dates_do(parse, text, period):
    span, root = parse(text)
    assert [q.period for q in features.quantities(span, root, PUBLISHED)] == [period]
    assert features.dates(span, PUBLISHED) == (period.split()[1],)


def test_a_weekday_resolves_to_the_last_one_on_or_before_publication(parse):
    span, _ = parse("The minister resigned on Monday.")
    assert features.dates(span, PUBLISHED) == ("2025-09-01",)
    assert features.dates(span, None) == ("monday",)
    span, _ = parse("The vote took place on Wednesday.")
    assert features.dates(span, PUBLISHED) == ("2025-09-03",)


def test_a_dateline_dates_the_article():
    assert features.dateline_date("LAGOS, June 2, 2025 — Fuel prices rose again.") == date(2025, 6, 2)
    assert features.dateline_date("SAN FRANCISCO, Calif., 2 June 2025 (AP) — Fuel prices rose.") == date(2025, 6, 2)
    assert features.dateline_date("WASHINGTON (Reuters) - Fuel prices rose on June 2, 2025.") is None
    assert features.dateline_date("Fuel prices rose on June 2, 2025 — again.") is None


# -- negation and hedges -------------------------------------------------------------------------

def test_negation_is_read_on_the_main_predicate(parse):
    cases = {"The minister did not resign.": "not", "The army never crossed the river.": "never",
             "Nobody was hurt.": "nobody", "No troops were sent.": "no",
             "The firm failed to pay its debts.": "failed", "Talks were held.": ""}
    assert {text: features.negation(*parse(text)) for text in cases} == cases


def test_negation_in_another_clause_does_not_negate_the_claim(parse):
    span, _ = parse("Neither the name nor the date was revealed, but it is set to start in May.")
    start = next(t for t in span if t.text == "start")
    revealed = next(t for t in span if t.text == "revealed")
    assert features.negation(span, start) == ""
    assert features.negation(span, revealed) == "neither"
    assert features.negation(*parse("Troops that had not been paid arrived in the capital.")) == ""
    assert features.negation(*parse("She did not say that prices rose.")) == ""


def test_hedges_govern_the_main_predicate(parse):
    cases = {"Prices could rise next year.": ("possible", "could"),
             "Prices are expected to rise, officials said.": ("expected", "expected"),
             "Rates are likely to rise.": ("expected", "likely"),
             "The summit is scheduled for May 3.": ("expected", "scheduled"),
             "Trump threatened to impose new tariffs.": ("threatened", "threatened"),
             "Officials said the talks could resume if both sides agree.": ("possible", "could"),
             "The talks resumed on Monday.": ("stated", "")}
    assert {text: features.hedge(*parse(text)) for text in cases} == cases


def test_a_hedge_in_a_subordinate_clause_does_not_hedge_the_claim(parse):
    assert features.hedge(*parse("Troops, which could be drawn into a crisis, arrived on Tuesday.")) == ("stated", "")
    assert features.hedge(*parse("The ministers who might attend arrived early.")) == ("stated", "")


def test_main_predicate_follows_reporting_and_hedging_verbs(parse):
    assert features.main_predicate(parse("Police said that 12 protesters were arrested.")[0], REPORTING).text \
        == "arrested"
    assert features.main_predicate(parse("The talks are expected to resume in May.")[0], REPORTING).text == "resume"
    assert features.main_predicate(parse("The talks resumed in May.")[0], REPORTING).text == "resumed"


def test_plain_text_is_accepted_for_free_text_callers():
    assert features.negated("The minister did not resign.")
    assert features.certainty("Prices could rise.") == "possible"
    assert isinstance(features.quantities("12 protesters were arrested.")[0], Quantity)


def test_an_age_range_without_a_noun_after_it(parse):
    low, high = figures(parse, "Among those 18 to 25 years old, the senator has a big lead.")
    assert (low.unit, high.unit) == ("age", "age")
    assert (low.low, high.high) == (17.5, 25.5)


def test_a_dateline_with_or_without_a_date_is_measured_and_a_dash_in_text_is_not():
    from crosscheck.dating import dateline_length

    assert dateline_length("CLEVELAND, July 19 (UPI) — Former officials said") == len("CLEVELAND, July 19 (UPI) — ")
    assert dateline_length("Washington (AFP) – The senator said") == len("Washington (AFP) – ")
    assert dateline_length("The US-China deal - signed in May - holds") == 0


@pytest.mark.parametrize("text", [
    "Drivers who text were only half as likely to crash as other drivers, the study found.",
    "Drivers who text are more likely to crash than other drivers, the study found.",
])
def test_likely_told_as_a_comparison_is_no_hedge(text):
    from crosscheck.claims import claim_from_text
    assert claim_from_text(text).hedge == ""


def test_likely_on_its_own_stays_a_hedge():
    from crosscheck.claims import claim_from_text
    assert claim_from_text("Drivers who text are likely to crash, the study found.").hedge
