from crosscheck.claims import extract_claims, split_clauses, split_sentences
from crosscheck.features import certainty, quantities
from crosscheck.types import Article, Line
from crosscheck.voices import load_voicebook


def claims_of(*lines: str):
    article = Article("a1", "a.txt", "Example News", "t", None, None,
                      tuple(Line(i + 1, text) for i, text in enumerate(lines)))
    return extract_claims([article], load_voicebook())


def test_sentences_respect_abbreviations_and_quotes():
    text = ('Mr. Smith met U.S. officials on Monday. “We agreed. We will meet again,” he said. '
            'The talks ended at 5 p.m. on Friday.')
    assert split_sentences(text) == ["Mr. Smith met U.S. officials on Monday.",
                                     "“We agreed. We will meet again,” he said.",
                                     "The talks ended at 5 p.m. on Friday."]


def test_independent_statements_become_separate_claims():
    sentence = "US tariffs on Chinese imports reached 145 percent, while China's retaliatory taxes reached 125 percent."
    assert split_clauses(sentence) == ["US tariffs on Chinese imports reached 145 percent",
                                       "China's retaliatory taxes reached 125 percent."]


def test_voice_and_side_follow_the_attribution_not_the_subject():
    found = claims_of(
        "Chinese President Xi Jinping spoke to US President Donald Trump on Monday.",
        "Trump acknowledged the importance of the issue, according to the Chinese readout.",
        "China's foreign ministry reported that Trump agreed to keep talking.",
        "“It was a very good call,” Trump wrote on Truth Social.",
        "Japanese Prime Minister Sanae Takaichi spoke to reporters after the call. “We are close,” she said.",
    )
    by_text = {c.text[:20]: c for c in found}
    assert by_text["Trump acknowledged t"].side == "china"
    assert by_text["China's foreign mini"].side == "china"
    assert (by_text["“It was a very good "].voice, by_text["“It was a very good "].side) == ("Donald Trump", "us")
    assert by_text["“We are close,” she "].voice == "Sanae Takaichi"
    assert by_text["“We are close,” she "].quote


def test_questions_and_headings_are_not_claims():
    found = claims_of("What was discussed regarding Taiwan?", "Key issues on the table include:",
                      "The ministers met for two hours in Geneva.")
    assert [c.text for c in found] == ["The ministers met for two hours in Geneva."]


def test_numbers_carry_unit_count_and_period():
    first, second = quantities("China committed to buy at least 12 million metric tons of soybeans by year-end "
                               "and 25 million metric tons in 2026.")
    assert (first.value, first.unit, first.period) == (12e6, "t", "by year-end")
    assert (second.value, second.unit, second.period) == (25e6, "t", "in 2026")
    (tariff,) = quantities("Trump threatened tariffs as high as 155 per cent starting November 1.")
    assert (tariff.value, tariff.unit, tariff.period) == (155, "%", "starting november 1")
    (money,) = quantities("Japan will announce $550 billion in investments.")
    assert (money.value, money.unit) == (550e9, "USD")


def test_certainty():
    assert certainty("Tariffs reached 145 percent.") == "stated"
    assert certainty("Tariffs could rise to 155 percent.") == "possible"
    assert certainty("Trump threatened to raise tariffs.") == "threatened"
    assert certainty("She is expected to announce the plan.") == "expected"


def test_reported_omissions_name_who_left_out_what():
    found = claims_of(
        "US President Donald Trump and Chinese President Xi Jinping spoke on Monday.",
        "Xi raised Taiwan, according to the Chinese readout. Trump’s own account didn’t mention the island.",
        "China reacted coolly, with state media reporting on the call. "
        "There was no mention of the visit to Beijing, nor of buying soya beans.",
    )
    omissions = [c.omission for c in found if c.omission]
    assert [(o.omitter, o.omitter_side, o.subject) for o in omissions] == [
        ("Donald Trump", "us", "the island"),
        ("China", "china", "the visit to Beijing / buying soya beans"),
    ]
    assert "Taiwan" in omissions[0].context


def test_statements_on_another_occasion_are_marked():
    found = claims_of("US President Donald Trump spoke to Xi.",
                      "Trump also offered reassurance to Taiwan this month, telling CBS News that he was calm.",
                      "Trump said he spoke with Xi about soybeans.")
    assert [c.other_occasion for c in found] == [False, True, False]
