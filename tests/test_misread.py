"""Issue 17, ninth round: a name the small English tagger takes for a verb ("Trump at a rally said ...": "trump"
is an English verb), or a verb of speech it takes for a noun ("The campaign projects that ...", "did post"), is
parsed again with a stand-in of the right part of speech in its place, and that parse carried back onto the
article's words, so the sentence keeps its subject and its speaker (real parse; `crosscheck.misread`).

Sentences written for these tests: the name first with a phrase between it and its verb (a place, a time, a
statement), the attribution last, after a quotation, in a relative clause and in the passive; and the shapes the
mend must leave alone: a verb that opens a sentence beside a name ("Follow Pam Key on Twitter"), and a name the
article never gives outside the opening of a sentence.
"""
import pytest

from crosscheck import misread, nlp
from tests.test_claims import claims_of

INTRO = "Donald Trump spoke in Iowa on Monday."


@pytest.mark.parametrize("sentence", [
    "Trump at a rally in Iowa said the media is unfair.",
    "Trump over the weekend told supporters that the media is unfair.",
    "Trump this week accused the media of bias.",
    "\"The media is unfair,\" Trump at a rally in Iowa said.",
])
def test_a_name_the_tagger_took_for_a_verb_speaks(sentence):
    (doc,) = nlp.parse([sentence])
    assert doc[[t.text for t in doc].index("Trump")].pos_ == "VERB"  # the tagger's slip these tests are about
    _, claim = claims_of(INTRO, sentence)
    assert claim.voice == "Trump" and claim.attributed


@pytest.mark.parametrize("sentence, voice", [
    ("Trump in 2015 said the plan would fail.", "Trump"),  # tagged a verb, but parsed as the subject
    ("Trump, in a statement, said he was honored.", "Trump"),
    ("The media is unfair, Trump at a rally in Iowa said on Monday.", "Trump"),  # attribution last
    ("Trump at a rally in Iowa was criticized by the governor for his remarks.", "governor"),  # passive
])
def test_other_phrasings_keep_their_speaker(sentence, voice):
    _, claim = claims_of(INTRO, sentence)
    assert claim.voice == voice


def test_the_parse_is_carried_back_onto_the_articles_own_words():
    lines = [(1, doc) for doc in nlp.parse([INTRO])] + [(2, nlp.parse(["Trump this week accused the media."])[0])]
    (_, intro), (_, mended) = misread.mended(lines)
    assert intro is lines[0][1]  # no name read as a verb: the line is not parsed again
    assert mended.text == "Trump this week accused the media."
    trump = mended[0]
    assert (trump.pos_, trump.dep_, trump.lemma_, trump.ent_type_) == ("PROPN", "nsubj", "Trump", "PERSON")
    assert trump.head.lemma_ == "accuse" and len(list(mended.sents)) == 1


def test_a_verb_opening_a_sentence_beside_a_name_stays_a_verb():
    """"Follow" is inside the recogniser's PERSON "Follow Pam Key", but only where it opens a sentence."""
    lines = [(1, doc) for doc in nlp.parse(["Pam Key wrote the story.", "Follow Pam Key on Twitter @pamkeyNEN."])]
    assert all(a is b for (_, a), (_, b) in zip(lines, misread.mended(lines)))
    assert lines[1][1][0].pos_ == "VERB"


def test_a_name_the_article_gives_only_at_the_start_of_a_sentence_is_left_as_parsed():
    """"Trump" is a name to the recogniser here only where it opens a sentence, which is no evidence of one."""
    lines = [(1, doc) for doc in nlp.parse(["Trump said the media is unfair.",
                                            "Trump at a rally in Iowa said the media is unfair."])]
    assert all(a is b for (_, a), (_, b) in zip(lines, misread.mended(lines)))


@pytest.mark.parametrize("sentence, voice", [
    ("The Sanders campaign projects that the tax would raise $75 billion a year.", "Sanders campaign"),
    ("The budget office projects that the levy will raise $2 million.", "budget office"),
    ("Vale did tweet on Friday that the levy was unfair.", "Vale"),
    ("Trump did post on Twitter Friday that his claims were sarcasm.", "Trump"),
])
def test_a_verb_of_speech_the_tagger_took_for_a_noun_speaks(sentence, voice):
    (doc,) = nlp.parse([sentence])
    assert not any(t.pos_ == "VERB" and t.lemma_ in {"project", "post", "tweet"} for t in doc)  # the slip
    _, claim = claims_of(INTRO, sentence)
    assert claim.voice == voice and claim.attributed


@pytest.mark.parametrize("sentence", [
    "The company's projects that the council approved were delayed.",  # a noun: the sentence's verb is another
    "Farm projects that the council approved were delayed.",
])
def test_a_noun_of_the_same_form_is_left_a_noun(sentence):
    lines = [(1, doc) for doc in nlp.parse([sentence])]
    assert misread.mended(lines)[0][1] is lines[0][1]


@pytest.mark.parametrize("sentence, agent", [
    ("Trump beat Ted Cruz in the Iowa caucuses.", "Trump"),  # "Trump" a common noun, "beat" a compound
    ("Trump defeated Cruz in Indiana on Tuesday.", "Trump"),  # "Trump" the root, "defeated" its modifier
    ("Trump signs the bill into law.", "Trump"),  # "signs" a noun beside the noun "Trump"
    ("In Indiana on Tuesday, Trump defeated Cruz, the results showed.", "Trump"),  # a phrase first, source last
])
def test_a_name_the_tagger_took_for_a_noun_or_a_head_is_the_subject(sentence, agent):
    from crosscheck.frames import frame_of

    _, claim = claims_of(INTRO, sentence)
    assert frame_of(claim).agent == agent


@pytest.mark.parametrize("intro, line, word", [
    ("Donald Trump spoke on Monday.", "Trade rose in May.", "Trade"),  # no line names anyone "Trade"
    ("A White House official spoke on Monday.", "House prices rose in May.", "House"),  # a word inside a longer name
    ("The Department of Health spoke on Monday.", "Health officials met in May.", "Health"),
    ("Senator Bill Cassidy spoke on Monday.", "Bill payments rose in May.", "Bill"),  # a given name
])
def test_a_word_no_line_gives_as_a_whole_name_stays_a_word(intro, line, word):
    (_, _), (_, mended) = misread.mended([(1, doc) for doc in nlp.parse([intro, line])])
    (alone,) = nlp.parse([line])
    token, as_parsed = (next(t for t in doc if t.text == word) for doc in (mended, alone))
    assert (token.pos_, token.dep_, token.ent_type_) == (as_parsed.pos_, as_parsed.dep_, as_parsed.ent_type_)


def test_a_pair_is_read_as_one_articles_lines():
    """`crosscheck pair`: the name one statement gives ("Mr. Trump") mends the other's opening word."""
    from crosscheck.claims import claim_from_text, claims_read_together
    from crosscheck.frames import frame_of

    first, second = "Mr. Trump was defeated in Iowa by Ted Cruz.", "Trump beat Ted Cruz in Iowa."
    assert frame_of(claim_from_text(second)).winner != "Trump"  # read alone, "Trump" is no name
    _, read = claims_read_together([first, second])
    assert (frame_of(read).winner, frame_of(read).loser) == ("Trump", "Ted Cruz")


@pytest.mark.parametrize("sentence, predicate", [
    ("Senate Republicans on Friday blocked legislation to form a commission on the attack.", "block"),
    ("The blocked road reopened on Friday after the storm.", "reopen"),
])
def test_a_past_verb_the_tagger_took_for_a_modifier_is_the_main_verb(sentence, predicate):
    (doc,) = nlp.parse([sentence])
    assert not any(t.dep_ == "ROOT" and t.pos_ == "VERB" for t in doc)  # the tagger's slip these tests are about
    _, claim = claims_of(INTRO, sentence)
    assert claim.predicate == predicate


@pytest.mark.parametrize("sentence", [
    "A list of the injured, released by the hospital.",  # a caption's participle
    "Photos of the damaged homes.",
    "Senate Republicans on the blocked bill",  # a heading
])
def test_a_modifier_in_a_line_without_a_verb_stays_a_modifier(sentence):
    (before,) = nlp.parse([sentence])
    ((_, after),) = misread.mended([(1, before)])
    assert [t.dep_ for t in after] == [t.dep_ for t in before]


def test_a_participle_after_a_preposition_stays_a_modifier():
    (before,) = nlp.parse(["Residents of occupied territories in the east."])
    ((_, after),) = misread.mended([(1, before)])
    assert [t.dep_ for t in after] == [t.dep_ for t in before]


@pytest.mark.parametrize("text, doer", [
    ("WASHINGTON (Reuters) - Senators approved the bill on Friday.", "Senators"),
    ("KABUL, Afghanistan (AP) — Taliban fighters seized the city on Sunday.", "Taliban fighters"),
    ("NEW YORK (CNN) -- The mayor announced the plan on Monday.", "The mayor"),
])
def test_a_statement_read_on_its_own_leaves_its_dateline_out(text, doer):
    """`crosscheck pair` reads a pasted first line as the pipeline reads an article's: the dateline is no doer."""
    from crosscheck.claims import claims_read_together
    from crosscheck.frames import frame_of

    claim, _ = claims_read_together([text, "The vote came late."])
    assert frame_of(claim).agent == doer and claim.text.startswith(doer)
