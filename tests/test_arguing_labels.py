"""An event whose every title argues is named by the happening its ledes share, who and what, as an editor would;
a headline another title contradicts on its figure's verb ("nears" beside "passes") loses to that title."""
from datetime import date
from functools import partial

from crosscheck.labels import _contradicted, name_events, read_ledes
from tests.test_labels import article as labels_article

DAY = date(2024, 3, 4)


article = partial(labels_article, published=DAY)  # the label tests' article, published on DAY


def label(group):
    return name_events([group], [], [date(2024, 3, 3)], group)[0].rsplit(", ", 1)[0]


LEDES = ["On Sunday, thousands of Venezuelans marched in protests across Venezuela against the government.",
         "Protests spread through Venezuela on Sunday as crowds gathered in the capital.",
         "Crowds filled the streets of Venezuela's cities on Sunday in the largest protests in years."]


def test_every_title_arguing_names_the_event_by_who_and_what():
    for titles in (
            # a course no lede tells, a copula, a perfect
            ("Venezuelans are losing their patience", "The region's oldest regime is under pressure",
             "The marches have rattled the government"),
            # passive perfect, a copula with a subject complement, and a title with no verb at all
            ("The government has been shaken by the crowds", "The regime's promises are an empty ritual",
             "A nation's long season of discontent")):
        group = [article(f"v{n}", outlet, title, [lede])
                 for n, (outlet, title, lede) in enumerate(zip(("Post", "Review", "Guest Writer"), titles, LEDES))]
        name = label(group)
        assert name.startswith("Venezuela") and "protest" in name, (titles, name)


def test_a_title_that_reports_what_the_ledes_tell_still_names_the_event():
    # "spread" is a verb of a lede: this title reports the happening, so it names the event
    group = [article("v1", "Post", "Venezuelans are losing their patience", [LEDES[0]]),
             article("v2", "Wire", "Protests spread through Venezuela as crowds gather", [LEDES[1]]),
             article("v3", "Review", "The region's oldest regime is under pressure", [LEDES[2]])]
    assert label(group).startswith("Protests spread through Venezuela")


def _headlines(*titles):
    ledes = read_ledes([f"{title}\nThe ministry gave the figure on Monday." for title in titles])
    return [lede.headlines[0] for lede in ledes]


def test_a_figure_another_title_gives_as_reached_contradicts_nears():
    for near, reached in (("Italy nears 100,000 virus deaths", "Italy's virus deaths pass 100,000"),
                          ("Virus death toll approaches 100,000 in Italy",
                           "More than 100,000 people have died of the virus in Italy")):
        first, second = _headlines(near, reached)
        assert _contradicted(first, [second]), near
        assert not _contradicted(second, [first]), reached


def test_nears_stands_where_no_title_gives_its_figure():
    first, second = _headlines("Italy nears 100,000 virus deaths", "Italy extends its lockdown by two weeks")
    assert not _contradicted(first, [second])


def test_the_title_that_says_the_figure_was_reached_names_the_event():
    # the "nears" title shares more of the other ledes' words, and would name the event without the rule
    group = [article("i1", "Times", "Italy nears 100,000 virus deaths despite vaccines",
                     ["Italy's virus deaths passed 100,000 on Sunday despite vaccines, the ministry said."]),
             article("i2", "Wire", "Italy's virus deaths pass 100,000",
                     ["Italy neared 100,000 virus deaths on Sunday despite vaccines, the health ministry said."]),
             article("i3", "Daily", "Vaccines fail to stop virus in Italy",
                     ["Despite vaccines, Italy's virus deaths neared 100,000 on Sunday, the ministry said."])]
    assert label(group).startswith("Italy's virus deaths pass 100,000")


def test_a_holiday_tagged_as_a_person_names_no_one():
    from crosscheck.labels import _looks_like_name

    assert not _looks_like_name("Martin Luther King Jr. Day")
    assert _looks_like_name("Martin Luther King Jr.")
    assert _looks_like_name("Doris Day")  # a surname that is no general noun of data/labels.toml
