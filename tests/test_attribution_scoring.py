"""The attribution benchmark's mended scoring: its own misreadings of PolNeAR put right (issue 17)."""
from benchmarks.attribution import (
    Annotated,
    Annotation,
    _head,
    mend,
    relative_antecedents,
)


def test_a_source_and_cue_the_annotator_swapped_are_put_back():
    swapped = Annotation("E1", True, ((10, 14),), ((0, 6),), ((20, 30),), "said in an interview", "Hassan")
    fixed = mend(swapped)
    assert (fixed.source_text, fixed.cue_text, fixed.source, fixed.cue) == ("Hassan", "said in an interview",
                                                                          ((0, 6),), ((10, 14),))
    # a source that only contains a speech word ("Secretary of State") is no swap
    kept = Annotation("E2", True, ((0, 9),), ((10, 14),), ((20, 30),), "Secretary of State Kerry", "urged")
    assert mend(kept) == kept


def test_a_name_in_a_trailing_prepositional_phrase_is_not_the_head():
    cronin = [(0, 14, "PERSON", "Melissa Cronin"), (18, 24, "PERSON", "Gawker")]  # the tagger's "person" Gawker
    assert _head(cronin, "Melissa Cronin of Gawker", 0) == "Melissa Cronin"
    assert _head(cronin, "Melissa Cronin of Gawker", 0, mended=False) == "Gawker"
    average = [(4, 21, "ORG", "RealClearPolitics"), (41, 54, "GPE", "New Hampshire")]
    source = "the RealClearPolitics polling average in New Hampshire"
    assert _head(average, source, 0) == "the RealClearPolitics polling average"
    assert _head(average, source, 0, mended=False) == "New Hampshire"
    # a name that spans the preposition, or a title before a name, keeps its head
    assert _head([(0, 15, "ORG", "Bank of America")], "Bank of America", 0) == "Bank of America"
    kander = [(0, 8, "GPE", "Missouri"), (28, 40, "PERSON", "Jason Kander")]
    assert _head(kander, "Missouri Secretary of State Jason Kander", 0) == "Jason Kander"


def test_a_relative_pronoun_is_scored_against_the_noun_it_follows():
    from crosscheck import nlp

    text = "Headline\n\nThe last question came from a young child, who said he drove from Omaha with his father.\n"
    start = text.index("who")
    annotation = Annotation("E1", True, ((start, start + 3),), ((start + 4, start + 8),),
                            ((start + 9, len(text) - 2),), "who", "said")
    item = Annotated("x", text, None, "", [annotation])
    assert relative_antecedents(item, nlp.parse_one) == {"E1": ["a young child"]}
