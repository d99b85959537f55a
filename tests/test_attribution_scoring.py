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


def _referents(text: str, source: str, gendered: bool = True) -> list[str]:
    """What a voice may name for the last `source` in `text`, read as the benchmark reads it."""
    from benchmarks.attribution import ArticleReader
    from crosscheck import nlp

    start = text.rindex(source)
    annotation = Annotation("E1", True, ((start, start + len(source)),), ((start + len(source) + 1, start + 9),),
                            ((12, 20),), source, "said")
    item = Annotated("x", text, None, "", [annotation])
    return ArticleReader(item, nlp.parse_one(text), True, None, gendered).names(annotation)


def test_she_refers_to_no_one_the_article_tells_is_a_man():
    by_honorific = "Ann Cole met Mr. Reed in Dayton on Monday. “We cannot wait,” she said."
    assert "Reed" in _referents(by_honorific, "she", gendered=False)  # the gender-blind scoring: the nearest
    assert "Reed" not in _referents(by_honorific, "she") and "Ann Cole" in _referents(by_honorific, "she")
    by_pronoun = "Ann Cole spoke after Tom Reed, whose farm his father had sold. Prices will rise, she said."
    assert "Ann Cole" in _referents(by_pronoun, "she") and "Tom Reed" not in _referents(by_pronoun, "she")
    passive = "The plan was backed by Ann Cole and then by Tom Reed, who said he would vote. “Not yet,” her aide said."
    assert not {"Tom Reed", "Reed"} & set(_referents(passive, "her aide"))


def test_he_refers_to_no_one_the_article_tells_is_a_woman():
    text = "Tom Reed spoke on Monday, and then Ms. Ann Cole answered. “It is too late,” he told reporters."
    assert "Ann Cole" in _referents(text, "he", gendered=False) and "Ann Cole" not in _referents(text, "he")
    assert "Tom Reed" in _referents(text, "he")


def test_a_name_told_both_ways_or_not_at_all_keeps_its_referents():
    from benchmarks.attribution import told_genders

    couple = "Mr. Clinton spoke first, then Mrs. Clinton, then Mrs. Clinton again."
    assert "clinton" not in told_genders(couple, [])
    text = "Tom Reed said his plan would pass. Later, Ann Cole said she disagreed."
    people = [(0, 8, "PERSON", "Tom Reed"), (text.index("Ann"), text.index(" said she"), "PERSON", "Ann Cole")]
    told = told_genders(text, people)
    assert told["reed"] == "he" and told["ann cole"] == "she" and told["cole"] == "she"
    text = "Sam Lee arrived late. “Not now,” she said."
    assert "Sam Lee" in _referents(text, "she")  # nothing told of Sam Lee: still a referent


def test_an_embedded_posts_tags_are_blanked_to_spaces_of_equal_length():
    from benchmarks.attribution import blank_markup

    text = 'Reed wrote:\n\n<tweet id="1" author="@reed" datetime="2016-01-01">The levy is dead.</tweet>.\n' \
           '<tweet tweet-author="@cole" tweet-date="May 1, 2016">We will appeal.<tweet/>.'
    blanked = blank_markup(text)
    assert len(blanked) == len(text) and "tweet" not in blanked
    assert blanked.index("The levy is dead.") == text.index("The levy is dead.")
    assert blank_markup("Reed will tweet about it <b>soon</b>.") == "Reed will tweet about it <b>soon</b>."


def test_a_claim_of_two_joined_lines_is_found_across_any_run_of_spaces_between():
    from types import SimpleNamespace

    from benchmarks.attribution import claim_spans

    text = "Reed wrote:\n\n" + " " * 90 + "The levy is dead and we will appeal.\n"
    line = SimpleNamespace(number=1, text="Reed wrote: The levy is dead and we will appeal.")
    claim = SimpleNamespace(line=1, text="Reed wrote: The levy is dead and we will appeal.")
    located, missing = claim_spans(SimpleNamespace(lines=[line]), text, [claim])
    assert missing == 0 and text[located[0][0]:located[0][1]].endswith("we will appeal.")
