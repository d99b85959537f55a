"""Labels a person would give: events like a headline, topics by a noun phrase; shortening by words."""
from datetime import date

from crosscheck.labels import fit, name_events, shorten, window
from crosscheck.topic_labels import name_topics
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


def test_an_event_is_named_by_its_most_central_headline_cut_at_a_phrase_boundary():
    law = [article("e1", "Capital Post", "Texas Abortion Law Takes Effect As Supreme Court Stays Silent",
                   ["A Texas law that bans most abortions took effect on Wednesday after the Supreme Court did not act.",
                    "The law takes effect in every clinic of the state."], date(2021, 9, 1)),
           article("e2", "Plains Herald", "Near-total abortion ban takes effect in Texas",
                   ["The Texas abortion law took effect on Wednesday."], date(2021, 9, 1)),
           article("e3", "Daily Ledger", "Opinion: What the Texas law means for us",
                   ["We should ask what the Texas abortion law does."], date(2021, 9, 1))]
    label = name_events([law], [], [date(2021, 9, 1)], law)[0]
    headline = label.rsplit(", ", 1)[0]
    assert label.endswith(", 1 Sep 2021")
    assert headline in {"Texas abortion law takes effect", "Near-total abortion ban takes effect in Texas"}
    assert not any(word in headline for word in ("Ledger", "Herald", "Post", "What", "us", "Supreme"))
    assert name_events([law], [], [date(2021, 9, 1)], law)[0] == label


def test_a_kicker_a_tail_and_an_outlet_never_name_an_event():
    panel = [article("f1", "Metro Wire", "FDA advisers: Pfizer booster plan rejected by panel, for now",
                     ["A Food and Drug Administration panel rejected Pfizer's booster plan on Friday."], date(2021, 9, 17)),
             article("f2", "Metro Wire", "Pfizer booster plan rejected by FDA advisers — Metro Wire",
                     ["FDA advisers rejected a plan for Pfizer boosters for everyone 16 and older."], date(2021, 9, 17))]
    label = name_events([panel], [], [date(2021, 9, 17)], panel)[0]
    assert label in {"Pfizer booster plan rejected by panel, 17 Sep 2021",
                     "Pfizer booster plan rejected by FDA advisers, 17 Sep 2021"}
    assert "Metro" not in label and "for now" not in label


def test_two_people_and_their_occasion_stay_a_who_what_label():
    call = [article("g1", "Kremlin", "Telephone conversation with US President Barack Obama",
                    ["Vladimir Putin had a telephone conversation with Barack Obama."], date(2014, 8, 1)),
            article("g2", "White House", "Readout of the President's Call with President Putin of Russia",
                    ["President Obama spoke with President Putin of Russia by phone today. Obama and Putin discussed Ukraine."],
                    date(2014, 8, 1))]
    label = name_events([call], [], [date(2014, 8, 1)], call)[0]
    assert label.rsplit(", ", 1)[0] in {"Obama–Putin call", "Putin–Obama call", "Obama–Putin conversation",
                                        "Putin–Obama conversation", "Obama–Putin telephone conversation",
                                        "Putin–Obama telephone conversation"}


def test_a_topic_drops_describing_words_its_claims_do_not_repeat():
    ships = [claim("m1", "a1", "Dozens of massive container ships waited off the port of Los Angeles."),
             claim("m2", "a2", "The container ships anchored for weeks, port officials said."),
             claim("m3", "a2", "Container ships carried fewer goods, the port said.")]
    panel = [claim("p1", "a1", "An influential federal advisory panel voted against boosters for everyone."),
             claim("p2", "a2", "The advisory panel backed boosters for people over 65.")]
    labels = name_topics([ships, panel], "Supply chain crisis deepens, 13 Oct 2021")
    assert labels[0] == "container ships"
    assert labels[1] in {"advisory panel", "boosters"}
    health = [claim("h1", "a1", "The Centers for Disease Control and Prevention said the study covered 250 patients."),
              claim("h2", "a2", "Left unchecked, the Centers for Disease Control and Prevention said, cases will rise.")]
    label = name_topics([health], "Vaccine reduces risk of infection, 7 Aug 2021")[0]
    assert label not in {"Disease Control", "Prevention", "Left"}


def test_a_headline_is_never_cut_inside_a_range_or_a_list_of_describing_words():
    shots = [article("g1", "Metro Wire", "Drugmaker asks regulators to approve its flu vaccine for children aged 5 to 11",
                     ["The drugmaker asked regulators on Thursday to approve its flu vaccine for children."], date(2022, 3, 3)),
             article("g2", "Coast Wire", "Panel backs flu boosters only for elderly, high-risk adults",
                     ["A panel backed flu boosters for the elderly and for high-risk adults."], date(2022, 3, 3))]
    for group in ([shots[0]], [shots[1]]):
        headline = name_events([group], [], [date(2022, 3, 3)], shots)[0].rsplit(", ", 1)[0]
        assert not headline.endswith((" 5", " to", "elderly")), headline
