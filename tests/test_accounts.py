"""Whose account an article is: official publishers on any channel, read from front matter, title and text."""
from pathlib import Path

import pytest

from crosscheck.accounts import publisher_voice
from crosscheck import nlp
from crosscheck.claims import extract_claims, incidentals
from crosscheck.coverage import coverage
from crosscheck.ingest import parse_article, sort_lines
from crosscheck.compare.omissions import procedural, unsided_accounts
from crosscheck.attribution import Voice
from crosscheck.types import Event
from crosscheck.voices import load_voicebook

XINHUA = """---
outlet: Xinhua
title: Xi holds phone talks with Trump
date: 2025-11-24
---
Chinese President Xi Jinping held a phone conversation with U.S. President Donald Trump on Monday.
Xi stressed that Taiwan's return to China is an integral part of the postwar international order.
Trump said the United States understands how important the Taiwan question is to China.
"""

# Each account as a leader, a ministry, a spokesperson, an embassy or a state agency publishes it;
# the first of each pair narrates in the first person, the second in the third.
ACCOUNTS = {
    "leader's post, first person": ("outlet: Truth Social\nauthor: Donald J. Trump",
                                    "I just had a very good telephone call with President Xi of China.\n"
                                    "We discussed many topics including Ukraine, fentanyl and soybeans.", "us"),
    "leader's post, third person": ("outlet: Telegram\nauthor: Prime Minister of Japan",
                                    "Prime Minister Takaichi held a call with President Xi of China.\n"
                                    "The two leaders discussed trade and regional security.", "japan"),
    "statement by, first person": ("outlet: gov.uk\ntitle: Statement by the Prime Minister of the United Kingdom",
                                   "I spoke to President Xi this morning about trade and security.\n"
                                   "We agreed that our officials should meet again before the summit.", "uk"),
    "statement by, third person": ("outlet: Online Desk\ntitle: Statement from the Foreign Minister of India on the call",
                                   "The Foreign Minister discussed the border situation with his counterpart.\n"
                                   "Both ministers agreed that peace in the border areas is essential.", "india"),
    "spokesperson, first person": ("outlet: Ministry of Foreign Affairs of the People's Republic of China\n"
                                   "title: Foreign Ministry Spokesperson's Regular Press Conference",
                                   "We have noted the reports about the call between the two leaders.\n"
                                   "I can tell you that the two sides had a candid exchange of views.", "china"),
    "spokesperson, third person": ("outlet: Ministry of Foreign Affairs of the People's Republic of China\n"
                                   "title: Foreign Ministry Spokesperson's Remarks",
                                   "President Xi talked with Prime Minister Modi at the latter's request.\n"
                                   "The two sides should handle the border issue properly.", "china"),
    "embassy, first person": ("outlet: Embassy of Ukraine in the United Kingdom",
                              "We welcome the conversation between our presidents on the partial ceasefire.\n"
                              "Our teams are ready to meet in Saudi Arabia in the coming days.", "ukraine"),
    "embassy, third person": ("outlet: Embassy of Ukraine in the United Kingdom",
                              "The presidents discussed a partial ceasefire on energy infrastructure.\n"
                              "Technical teams will meet in Saudi Arabia in the coming days.", "ukraine"),
    "state agency as carried, first person": ("outlet: Daily Wire Service (Xinhua readout, as carried by Daily Wire Service)",
                                              "We will never allow Taiwan to be separated from the motherland.\n"
                                              "Our position on the Taiwan question is consistent and clear.", "china"),
    "state agency as carried, third person": ("outlet: Kremlin readout as carried by Global Wire",
                                              "The two presidents exchanged views on the crisis in Ukraine.\n"
                                              "The Russian side described the sanctions as counterproductive.", "russia"),
}


def _article(name: str, front: str, body: str):
    return parse_article(Path(f"{name}.txt"), f"---\n{front}\n---\n{body}\n".encode())


@pytest.mark.parametrize("name", sorted(ACCOUNTS))
def test_every_claim_of_an_official_account_carries_its_side(name):
    front, body, side = ACCOUNTS[name]
    readout = parse_article(Path("xinhua.txt"), XINHUA.encode())
    article = _article(name.replace(" ", "_"), front, body)
    book = load_voicebook()
    claims = [c for c in extract_claims([readout, article], book) if c.article_id == article.id]
    assert claims and {c.side for c in claims} == {side}, [(c.text, c.side) for c in claims]


def test_a_writer_in_the_first_person_speaks_for_no_side():
    book = load_voicebook()
    column = _article("column", "outlet: Daily Planet\nauthor: Jane Doe",
                      "I watched the two leaders arrive at the summit in Busan.\nWe waited for hours outside.")
    report = _article("report", "outlet: Daily Planet\nauthor: Jane Doe",
                      "The two leaders arrived at the summit in Busan.\nReporters waited for hours outside.")
    assert publisher_voice(column, book) == Voice("Jane Doe", None, False)
    assert publisher_voice(report, book) is None


def test_first_person_narration_is_the_publisher_speaking():
    readout = parse_article(Path("xinhua.txt"), XINHUA.encode())
    post = _article("post", "outlet: Truth Social\nauthor: Donald J. Trump",
                    "I just had a very good telephone call with President Xi of China.\n"
                    "President Xi invited me to visit Beijing in April, which I accepted.")
    claims = [c for c in extract_claims([readout, post], load_voicebook()) if c.article_id == post.id]
    assert {(c.voice, c.side) for c in claims if not c.attributed} == {("Donald Trump", "us")}


def test_a_signature_names_the_issuer_without_front_matter():
    post = _article("post", "outlet: Truth Social",
                    "I just had a very good telephone call with President Xi of China.\n"
                    "We discussed many topics including soybeans.\n\nDONALD J. TRUMP, PRESIDENT OF THE USA")
    assert post.author == "DONALD J. TRUMP, PRESIDENT OF THE USA"
    assert publisher_voice(post, load_voicebook()).side == "us"
    assert [item.reason for item in post.left_out] == ["signature"]


def test_an_account_with_no_side_beside_another_sides_readout_is_a_warning():
    readout = parse_article(Path("xinhua.txt"), XINHUA.encode())
    post = _article("post", "outlet: Social Site\nauthor: Pat Example",
                    "I had a great call with the leader of a big country.\nWe agreed to keep talking.")
    book = load_voicebook()
    claims = extract_claims([readout, post], book)
    event = Event("e1", "Xi and Trump call", (readout.id, post.id), None)
    warnings = unsided_accounts([readout, post], claims, [event], book)
    assert len(warnings) == 1 and warnings[0].startswith("post.txt: reads as Pat Example's own account")
    assert "Chinese side" in warnings[0]


def test_every_line_is_in_a_claim_or_left_out_with_why():
    lines = ["Home", "Leaders agree to keep talking", "By Jane Doe", "November 25, 2025 / 12:22 IST",
             "Photo: the two leaders in Busan (Reuters)", "A Downing Street Spokesperson said:",
             "The Prime Minister spoke to President Xi earlier today.",
             "They agreed the situation in North Korea was deeply troubling", "What happens next in the talks?"]
    kept, left_out = sort_lines(lines, 0, "Leaders agree to keep talking")
    assert [(item.line, item.reason) for item in left_out] == [
        (1, "boilerplate"), (2, "title"), (3, "byline"), (4, "date line"), (5, "caption")]
    assert [line.text for line in kept] == [
        "A Downing Street Spokesperson said: The Prime Minister spoke to President Xi earlier today.",
        "They agreed the situation in North Korea was deeply troubling", "What happens next in the talks?"]


def test_coverage_counts_what_the_claims_hold_and_why_the_rest_is_out():
    article = _article("wire", "outlet: Wire\ntitle: Call", "Hours later, the two presidents spoke again.\n"
                       "Ukraine, fentanyl and soybeans and other farm products\nWhat was discussed on the call?")
    claims = extract_claims([article], load_voicebook())
    found = coverage(article, claims)
    assert [item.reason for item in found.left_out] == ["question"]
    assert found.in_claims == found.chars - len("Whatwasdiscussedonthecall?")


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister spoke to President Xi of China earlier today.", True),
    ("Xi Jinping spoke with Narendra Modi on the phone at the request of the latter.", True),
    ("They agreed to stay in touch.", True),
    ("On Friday Vladimir Putin had a telephone conversation with Barack Obama on the Russian side’s initiative.", True),
    ("I had a positive, very substantive, and frank conversation with President Trump @POTUS.", True),
    ("A fantastic phone conversation was held between the two presidents today.", True),
    ("The President reiterated his concerns about Russia’s compliance with the INF Treaty.", False),
    ("President Xi offered his condolences over the recent London terror attack.", False),
    ("The two leaders exchanged views on developments in the Ukrainian crisis.", False),
])
def test_procedure_alone_is_never_a_side_omission(text, expected):
    parties = frozenset({"China", "Russia", "Russian", "Xi", "President", "Prime", "Minister"})
    assert procedural(text, parties, incidentals(nlp.parse_one(text)[:])) is expected


def test_a_topic_named_only_by_one_side_is_substance():
    parties = frozenset({"China", "US"})
    assert not procedural("The two presidents discussed Taiwan.", parties)
    assert procedural("The two presidents discussed China.", parties)


def test_a_leaders_own_post_is_compared_with_the_other_sides_readout(embedder, settings):
    """The motivating case, without a sides file: China's readout stresses Taiwan, Trump's post does not."""
    from crosscheck.pipeline import run

    corpus, _ = run([Path(__file__).parent / "data" / "accounts"], settings, embedder)
    post = next(a for a in corpus.articles if a.path.endswith("trump_post.txt"))
    assert {c.side for c in corpus.claims if c.article_id == post.id} == {"us"}
    taiwan = [f for f in corpus.findings if f.kind.value == "omit" and f.present == ("china",)
              and f.absent == ("us",) and "Taiwan" in f.reason]
    assert taiwan and not corpus.warnings
    procedure = [f for f in corpus.findings if f.kind.value == "omit" and "maintain regular contact" in f.reason]
    assert not procedure


def test_excerpt_front_matter_is_read_without_a_warning():
    article = _article("mfa", "outlet: Ministry of External Affairs, India\nexcerpt: true\nauthor: Foreign Secretary",
                       "The prime minister underlined that peace in the border areas is essential.")
    assert article.excerpt and article.author == "Foreign Secretary" and article.warnings == ()
    assert not _article("full", "outlet: Kremlin\nexcerpt: no", "The two presidents spoke today.").excerpt


def test_an_omission_from_an_excerpt_says_so_and_is_never_high(tmp_path, embedder, settings):
    from crosscheck.pipeline import run
    from crosscheck.types import Severity

    source = Path(__file__).parent / "data" / "accounts"
    (tmp_path / "xinhua.txt").write_bytes((source / "xinhua.txt").read_bytes())
    post = (source / "trump_post.txt").read_text(encoding="utf-8")
    post = post.replace("outlet: Truth Social", "outlet: Truth Social\nexcerpt: true")
    (tmp_path / "trump_post.txt").write_text(post, encoding="utf-8")
    corpus, _ = run([tmp_path], settings, embedder)
    taiwan = [f for f in corpus.findings if f.kind.value == "omit" and f.absent == ("us",) and "Taiwan" in f.reason]
    assert taiwan and all(f.severity < Severity.HIGH and "excerpt" in f.reason for f in taiwan)


@pytest.mark.parametrize("line, reason", [
    ("US President Donald Trump and Chinese counterpart Xi Jinping. (Reuters)", "caption"),
    ("FILE PHOTO: Chinese President Xi Jinping attends a ceremony in Beijing", "caption"),
    ("Reporting by Jane Doe; Editing by John Smith", "byline"),
    ("Updated: 26 tháng 10 2025 10:42 GMT", "boilerplate"),
    ("Sat, Oct 25, 2025 | 10:42 AM EST", "date line"),
    ("The two leaders spoke by phone (Reuters reported) on Monday.", None),
])
def test_line_reasons(line, reason):
    from crosscheck.ingest import line_reason

    assert line_reason(line) == reason


def test_an_official_publisher_of_a_country_no_file_lists_is_that_countrys_side():
    book = load_voicebook()
    embassy = _article("embassy", "outlet: Embassy of Brazil in London",
                       "We welcome the call between the two presidents on trade and climate.")
    news = _article("news", "outlet: Daily Planet",
                    "The Brazilian foreign minister said the call had gone well.")
    claims = extract_claims([embassy, news], book)
    assert {c.side for c in claims if c.article_id == embassy.id} == {"brazil"}
    assert {c.side for c in claims if c.article_id == news.id} == {"brazil"}


@pytest.mark.parametrize("outlet, side", [
    ("Ministry of Foreign Affairs of Argentina", "argentina"),
    ("Presidency of the Republic of Ostrovia", "ostrovia"),
    ("Ministry of Foreign Affairs of the Republic of Korea", "south_korea"),  # a formal name the file lists
    ("Ministry of Foreign Affairs of the Democratic People's Republic of Korea", "north_korea"),
    ("Ministry of Defence", None),
    ("Department of Homeland Security", None),
    ("Daily Planet", None),
])
def test_the_country_an_official_publisher_names(outlet, side):
    assert load_voicebook().publisher_side(outlet) == side


def test_a_transcripts_question_is_left_out_whole_and_its_answer_kept():
    article = _article("mfa", "outlet: Ministry of Foreign Affairs\ntitle: Spokesperson's Remarks",
                       "Q: The two leaders reportedly met on Tuesday. Can you confirm?\n"
                       "A: The two leaders met on the sidelines of the summit on Tuesday.")
    claims = extract_claims([article], load_voicebook())
    assert [c.text for c in claims] == ["A: The two leaders met on the sidelines of the summit on Tuesday."]
    assert {item.reason for item in coverage(article, claims).left_out} == {"question"}


@pytest.mark.parametrize("line", [
    "A: President Xi Jinping talked with Prime Minister Narendra Modi on the sidelines of the summit.",
    "Answer: President Xi Jinping talked with Prime Minister Narendra Modi on the sidelines of the summit.",
])
def test_a_transcripts_answer_label_is_no_speaker_and_a_meeting_told_is_the_publishers(line):
    article = _article("mfa", "outlet: Ministry of Foreign Affairs\ntitle: Spokesperson's Remarks", line)
    [claim] = extract_claims([article], load_voicebook())
    assert claim.voice == "Ministry of Foreign Affairs" and not claim.attributed
