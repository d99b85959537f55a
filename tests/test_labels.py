"""Labels a person would give: events like a headline, topics by a noun phrase; shortening by words."""
from datetime import date

from crosscheck.labels import fit, name_events, name_topics, shorten, window
from crosscheck.types import Article, Claim, Line


def article(aid, outlet, title, lines, published=date(2025, 11, 24)):
    return Article(aid, f"dir/{aid}.txt", outlet, title, published, None,
                   tuple(Line(n, text) for n, text in enumerate(lines, 1)))


def claim(cid, aid, text, dates=(), voice="", attributed=True):
    return Claim(cid, aid, text, 1, voice, None, False, dates=dates, attributed=attributed)


CALL = [
    article("a1", "Daily Ledger", "Xi Presses Taiwan Issue With Trump In Phone Call",
            ["Chinese President Xi Jinping told Donald Trump in a phone call on Monday that Taiwan's return to "
             "China is part of the post-war order.", "Trump said the call went well."]),
    article("a2", "Coast Wire", "Trump and Xi discuss trade and Taiwan in a phone call",
            ["US President Donald Trump spoke with Xi Jinping by phone on Monday, the White House said.",
             "Xi said Taiwan is a core interest."]),
]
FLOODS = [
    article("b1", "Harbour Times", "Lagos floods kill 30", ["Flash floods killed 30 people in Lagos on Monday.",
                                                           "The Daily Ledger reported more rain."],
            date(2025, 6, 2)),
    article("b2", "Daily Ledger", "Floods in Lagos leave thousands homeless",
            ["Thousands of residents of Lagos lost their homes to the floods, officials said."], date(2025, 6, 2)),
]


def test_an_event_is_named_by_who_what_and_when_never_by_an_outlet():
    labels = name_events([CALL, FLOODS], [], [date(2025, 11, 24), date(2025, 6, 2)], CALL + FLOODS)
    assert labels[0].rsplit(",", 1)[0] in {"Trump–Xi call", "Xi–Trump call", "Trump–Xi phone call",
                                           "Xi–Trump phone call"}
    assert labels[0].endswith(", 24 Nov 2025") and "Jinping" not in labels[0]
    assert labels[1] in {"Lagos floods kill 30, 2 Jun 2025", "Floods in Lagos leave thousands homeless, 2 Jun 2025"}
    assert not any(outlet in label for label in labels for outlet in ("Ledger", "Wire", "Harbour"))
    assert name_events([CALL, FLOODS], [], [date(2025, 11, 24), date(2025, 6, 2)], CALL + FLOODS) == labels


def test_an_undated_event_is_placed_by_the_latest_year_its_claims_name():
    undated = [article("c1", "Wire", "Trump and Xi hold a phone call", ["Trump spoke with Xi by phone."], None)]
    claims = [claim("k1", "c1", "The war began in February 2022.", ("2022-02",)),
              claim("k2", "c1", "Tariffs rose in 2025 and again in February 2026.", ("2025", "2026-02")),
              claim("k3", "c1", "The target is for 2040.", ("2040",))]
    dated = article("c2", "Wire", "Another story", ["Something else happened."], date(2026, 2, 5))
    label = name_events([undated, [dated]], claims, [None, date(2026, 2, 5)], undated + [dated])[0]
    assert label.endswith(", Feb 2026")
    assert name_events([undated], [], [None], undated)[0].endswith(", undated")


def test_a_topic_is_named_by_its_most_characteristic_phrase_never_a_function_word():
    taiwan = [claim("t1", "a1", "Xi said Taiwan's return to China is part of the post-war international order."),
              claim("t2", "a2", "Beijing considers Taiwan its territory, Xi told Trump."),
              claim("t3", "a2", "The Taiwan question is the most important issue, the Chinese readout said.")]
    soybeans = [claim("s1", "a1", "Trump said China agreed to buy more American soybeans."),
                claim("s2", "a2", "Purchases of American soybeans were discussed, officials said.")]
    labels = name_topics([taiwan, soybeans], "Trump–Xi call, 24 Nov 2025")
    assert labels[0] in {"Taiwan", "Taiwan question"} and labels[1] == "American soybeans"
    bare = {"said", "does", "the", "big", "officially", "support", "Trump", "Xi"}
    assert not bare & set(labels)
    assert name_topics([taiwan, soybeans], "Trump–Xi call, 24 Nov 2025") == labels


def test_text_is_shortened_by_words_never_mid_word():
    text = "Xi told his US counterpart that Taiwan's return to China is part of the post-war order."
    assert shorten(text, 4) == "Xi told his US …"
    assert shorten(text, 40) == text
    cut = fit(text, 30)
    assert len(cut) <= 30 and cut.endswith(" …") and text.startswith(cut[:-2])
    assert window(text, "Taiwan", 5) == "… counterpart that Taiwan's return to …"


def test_two_events_of_one_name_are_told_apart():
    other = [article("d1", "Wire", "Trump and Xi discuss fentanyl curbs in a second phone call",
                     ["Donald Trump spoke with Xi Jinping in a phone call about fentanyl curbs on Monday."]),
             article("d2", "Post", "Xi and Trump hold a phone call on fentanyl curbs",
                     ["Xi Jinping told Donald Trump in a phone call that fentanyl curbs will go ahead."])]
    labels = name_events([CALL, other], [], [date(2025, 11, 24)] * 2, CALL + other)
    assert labels[1].startswith(labels[0].rsplit(",", 1)[0])  # one name: the second tells itself apart
    assert labels[0] != labels[1] and "fentanyl curbs" in labels[1] and labels[1].endswith(", 24 Nov 2025")
