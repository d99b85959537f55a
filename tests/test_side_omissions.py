"""Side omissions between two readouts of one call: procedure is never one, and what the part cut from an
excerpt may hold is not raised against it. Readouts written for these tests; the real pipeline and model."""
import pytest

from crosscheck.compare.omissions import procedural
from crosscheck.nlp import parse_one
from crosscheck.claims import incidentals

from .conftest import write

PARTIES = frozenset({"Russia", "Russian", "US", "American", "Kremlin", "Washington", "President"})


@pytest.mark.parametrize("text", [
    "In this context, the two leaders exchanged views on prospects for Russian-American dialogue.",
    "Prospects for Russian-American dialogue were discussed by the two presidents.",
    "The two leaders, who exchanged views on prospects for US-Russian dialogue, agreed to stay in touch.",
    "The Kremlin said the two leaders exchanged views on prospects for dialogue.",
    "To that end, both presidents agreed to keep their channels of communication open.",
])
def test_talk_about_the_talks_is_procedure_however_phrased(text):
    assert procedural(text, PARTIES, incidentals(parse_one(text)[:]))


@pytest.mark.parametrize("text", [
    "In this context, the two leaders discussed Russian-American arms control.",
    "In this regard, the two presidents gave a positive assessment of the consultations held in Minsk.",
    "Prospects for a Russian-American grain deal were discussed by the two presidents.",
    "The two leaders exchanged views on prospects for dialogue, the Kremlin said, and on sanctions.",
])
def test_a_topic_beside_the_talk_about_talks_is_substance(text):
    assert not procedural(text, PARTIES, incidentals(parse_one(text)[:]))


_JAPAN = ("---\noutlet: Japanese Foreign Ministry\ntitle: Readout of the call\ndate: 2026-02-03\n---\n"
          "Foreign Minister Ana Sato spoke with Chinese Foreign Minister Wang Lei.\n\n"
          "The two ministers agreed to reopen the border crossing at Velden for trade next month.\n\n"
          "Sato raised the detention of three Japanese fishermen, whom the coast guard has held off Hainan since January.\n\n"
          "{korea}\n")
_CHINA = ("---\noutlet: Ministry of Foreign Affairs of the People's Republic of China\ntitle: Readout of the call\n"
          "date: 2026-02-03\n{excerpt}---\n"
          "Foreign Minister Wang Lei held a call with Japanese Foreign Minister Sato.\n\n"
          "Both ministers agreed that the Velden border crossing will reopen for trade next month{cut}\n\n"
          "The ministers exchanged views on the situation on the Korean Peninsula.\n")
_KOREA = [
    "Sato said that North Korea's missile launches were a grave threat to the region.",  # attribution first
    "Sanctions on North Korea must be strictly enforced, Sato said.",  # attribution last, passive
    "Sato condemned the missile launches, which North Korea carried out on Sunday.",  # relative clause
]


def _side_omissions(tmp_path, embedder, settings, korea, excerpt, cut="."):
    from crosscheck.pipeline import run

    write(tmp_path, "japan.txt", _JAPAN.format(korea=korea))
    write(tmp_path, "china.txt", _CHINA.format(excerpt="excerpt: true\n" if excerpt else "", cut=cut))
    corpus, _ = run([tmp_path], settings, embedder)
    return [f for f in corpus.findings if f.kind.value == "omit" and f.level == "side" and f.absent == ("china",)]


@pytest.mark.parametrize("korea", _KOREA)
def test_the_topic_an_excerpt_ends_on_may_go_on_in_its_cut_part(tmp_path, embedder, settings, korea):
    found = _side_omissions(tmp_path, embedder, settings, korea, excerpt=True)
    said = " ".join(v.value for f in found for v in f.values)
    assert "fishermen" in said and "North Korea" not in said, said
    assert all("excerpt" in f.reason for f in found)


def test_a_complete_account_s_silence_on_that_topic_is_an_omission(tmp_path, embedder, settings):
    found = _side_omissions(tmp_path, embedder, settings, _KOREA[0], excerpt=False)
    said = " ".join(v.value for f in found for v in f.values)
    assert "fishermen" in said and "North Korea" in said, said


def test_nothing_is_raised_against_an_excerpt_cut_inside(tmp_path, embedder, settings):
    assert not _side_omissions(tmp_path, embedder, settings, _KOREA[0], excerpt=True, cut="…")
    assert _side_omissions(tmp_path, embedder, settings, _KOREA[0], excerpt=False, cut="…")


def test_talk_about_the_talks_between_two_readouts_is_no_omission(tmp_path, embedder, settings):
    """The parties' names from the sides file ("American" for the US side) read as names in procedure."""
    from crosscheck.pipeline import run

    write(tmp_path, "kremlin.txt", "---\noutlet: Kremlin\ntitle: Telephone conversation\ndate: 2026-04-02\n---\n"
          "Vladimir Putin had a telephone conversation with the President of the United States.\n\n"
          "The two presidents discussed the situation around the grain corridor in the Black Sea.\n\n"
          "In this context, the two leaders exchanged views on prospects for Russian-American dialogue.\n\n"
          "The Russian side raised the case of a Russian pilot held in Liberia since March.\n")
    write(tmp_path, "white_house.txt", "---\noutlet: White House\ntitle: Readout of the call\ndate: 2026-04-02\n---\n"
          "The President spoke today with President Putin of Russia.\n\n"
          "The two leaders discussed the grain corridor in the Black Sea.\n\n"
          "The President raised the detention of two American journalists in Moscow.\n")
    corpus, _ = run([tmp_path], settings, embedder)
    said = " ".join(v.value for f in corpus.findings if f.kind.value == "omit" and f.level == "side" for v in f.values)
    assert "pilot" in said and "journalists" in said, said
    assert "dialogue" not in said, said


def test_a_point_two_other_sides_leave_out_is_one_finding_naming_both(tmp_path, embedder, settings):
    """Three readouts of one trilateral call: what only Japan's says is one omission, absent from the other two."""
    from crosscheck.pipeline import run

    agreed = "agreed to reopen the border crossing at Velden for trade next month"
    write(tmp_path, "japan.txt", "---\noutlet: Japanese Foreign Ministry\ntitle: Readout of the trilateral call\n"
          f"date: 2026-02-03\n---\nForeign Minister Sato held a call with the Chinese and Korean foreign ministers.\n\n"
          f"The three ministers {agreed}.\n\n"
          "Sato raised the detention of three Japanese fishermen, whom the coast guard has held off Hainan since January.\n\n"
          "Sato urged Beijing to release the fishermen before the Lunar New Year.\n")
    write(tmp_path, "china.txt", "---\noutlet: Ministry of Foreign Affairs of the People's Republic of China\n"
          "title: Readout of the trilateral call\ndate: 2026-02-03\n---\n"
          "Foreign Minister Wang Lei held a call with the Japanese and Korean foreign ministers.\n\n"
          f"The three ministers {agreed}.\n\nWang said China hopes the crossing will carry more grain than before.\n")
    write(tmp_path, "korea.txt", "---\noutlet: Ministry of Foreign Affairs of the Republic of Korea\n"
          "title: Readout of the trilateral call\ndate: 2026-02-03\n---\n"
          "Foreign Minister Park Ji held a call with the Japanese and Chinese foreign ministers.\n\n"
          f"The three ministers {agreed}.\n\nPark said the new crossing should also open to tourists by the summer.\n")
    corpus, _ = run([tmp_path], settings, embedder)
    found = [f for f in corpus.findings if f.kind.value == "omit" and f.level == "side"
             and any("fishermen" in v.value for v in f.values)]
    assert len(found) == 1 and len(found[0].absent) == 2, [(f.absent, f.reason) for f in found]
    assert "side's and the" in found[0].reason
