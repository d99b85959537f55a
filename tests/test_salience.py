"""Substance: what a statement says, however it is phrased, ranks the findings."""
import pytest

from crosscheck.salience import cues, text_substance

WARNINGS = [
    "Xi warned Trump that China will never allow Taiwan to be separated.",
    "China will never allow Taiwan to be separated, Xi warned.",  # attribution last
    "Trump was warned by Xi that Beijing would respond to any arms sales to Taiwan.",  # passive
    "Xi, who spoke for an hour, threatened countermeasures if the arms sales went ahead.",  # relative clause
]
PROCEDURE = [
    "President Trump spoke with President Xi by phone on Monday.",
    "At the request of the US side, Xi held a phone call with Trump on Monday evening.",
    "The two leaders had a candid and in-depth exchange of views, the readout said.",
    "Trump thanked Xi for the call and said he looked forward to meeting him.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_warning_outranks_every_procedural_sentence_however_phrased(text):
    assert "warning" in cues(text)
    assert text_substance(text) > max(text_substance(p) for p in PROCEDURE)


def test_procedure_and_boilerplate_rank_low_and_attribution_does_not_sink_a_point():
    assert all(text_substance(p) < 0.3 for p in PROCEDURE)
    point = "Xi urged the US to handle the Taiwan question with prudence, according to the Chinese readout."
    bare = "Xi urged the US to handle the Taiwan question with prudence."
    assert text_substance(point) == text_substance(bare)
    assert text_substance("The statement was published by the state news agency.") < text_substance(bare)


def test_cues_match_whole_words_only():
    assert "stakes" not in cues("The warden said the reward was paid.")  # "war" is no part of "warden"
    assert "stakes" in cues("The war has lasted three years.")
    assert "demand" in cues("Beijing called on Washington to stop arms sales.")


@pytest.mark.parametrize("text", ["anti-war protest", "war-time", "prewar", "war", "(war)", "the war.", "a  red\nline",
                                  "unwarned", "forewarned them", "warned", "red lines", "redline"])
def test_cues_start_a_word_in_every_class_as_each_cue_alone_would(text):
    """The classes' patterns test a word's start once for all their cues: the same as each cue tested alone."""
    import re

    from crosscheck.lexicon import data_table
    from crosscheck.salience import _cue_pattern

    lowered = " ".join(text.lower().split())
    alone = tuple(name for name, entry in data_table("salience.toml")["classes"].items()
                  if any(re.search(r"(?<![\w-])" + _cue_pattern(cue), lowered) for cue in entry["cues"]))
    assert cues(text) == alone


def test_the_seeds_report_puts_china_s_taiwan_point_missing_from_the_us_account_first(seed_run):
    from crosscheck.report import report_order
    from crosscheck.salience import rank

    corpus = rank(seed_run[0])
    claim = {c.id: c for c in corpus.claims}
    first = report_order(corpus.findings)[:5]

    def taiwan_omitted(f):
        return (f.kind.value == "omit" and f.level == "side" and f.present == ("china",) and f.absent == ("us",)
                and any("Taiwan" in claim[c].text for c in f.claim_ids))
    assert any(taiwan_omitted(f) for f in first), [f.reason for f in first]
