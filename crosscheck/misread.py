"""An article's parsed lines -> the same, each line where the small English tagger misread a word's part of speech
parsed again with a stand-in word of the right part (`nlp.reparse`), so that the parse keeps its subject and verb.

Two slips, both read from the article itself rather than from a list of words:
- a name taken for a verb ("Trump at a rally in Iowa said ...": "trump" is an English verb), for a common noun
  ("Trump beat Cruz"), or read as a name with the verb after it taken for a noun's modifier ("Trump defeated
  Cruz"), when the article names someone or a body with that word where it does not open a sentence
  ("Donald Trump");
- a verb of speech or stance taken for a noun: after "did"/"does" ("Trump did post on Twitter that ...", "Vale did
  tweet on Friday that ..."), or in the present tense after a noun, where the tagger reads the two as one plural
  noun ("The campaign projects that ...").
"""
from __future__ import annotations


from . import nlp
from .attribution import is_given_name, reporting_words

# A surname the small English pipeline reads as a proper noun and the subject in every phrasing tried
# ("Smith at a rally in Iowa said", "Smith this week accused", "Smith tweets that": tests/test_misread.py).
PLACEHOLDER_NAME = "Smith"
# The verb of speech it reads as the verb in the phrasings tried, present tense and bare ("The budget office says
# that", "Trump did say on Twitter that": tests/test_misread.py).
PLACEHOLDER_VERBS = {"VBZ": "says", "VB": "say"}
_NAME_TYPES = {"PERSON", "ORG"}
# A transitive verb it reads as the past tense of a sentence's main verb wherever the tagger took one for a modifier
# ("Senate Republicans on Friday took legislation ...": tests/test_misread.py).
PLACEHOLDER_PAST = "took"
_FINITE_OR_MODAL_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_CLAUSE_OPENERS = {"that", "about"}
_MODIFIERS = {"amod", "compound"}
_NAME_TAGS = {"PROPN", "NOUN"}
_SUBJECTS = {"nsubj", "nsubjpass"}  # a name read as a noun but parsed as the subject needs no mending
# A title-case line: every word capitalised but the small ones, at least this many of at least this many letters
# ("Reed Slams Council Over Farm Levy"); a sentence full of names ("Dwight Hale met Maggie Cole in Dayton") has a verb
# in lower case.
_TITLE_WORD_LENGTH = 4
_TITLE_MIN_WORDS = 3
_LOWER_IN_TITLES = {"ADP", "DET", "CCONJ", "SCONJ", "PART"}  # "to", "a", "and", "of": small words titles leave small


def mended(docs: list) -> list:
    """The article's [(line number, Doc)], a line parsed again where the tagger misread a name or a verb; a name the
    recogniser missed in one line but found whole in another is tagged there as it was found (in place, on the
    line's Doc)."""
    names = _names_given(docs, _NAME_TYPES)
    whole = _whole_names(docs)
    titled = [_in_title_case(doc) for _, doc in docs]
    written = _capitalised_in_running_text([line for line, title in zip(docs, titled) if not title])
    out = []
    for (number, doc), title in zip(docs, titled):
        if title:  # a headline: parsed again as a sentence would be written
            stand_ins, lemmas, types = _sentence_case(doc, written), {}, {}
        else:
            stand_ins, lemmas, types = _misread(doc, names, whole)
        doc = nlp.reparse(doc, stand_ins, lemmas, types) if stand_ins else doc
        _tag_missed_names(doc, whole)
        out.append((number, doc))
    return out


def _misread(doc, names: dict[str, str], whole) -> tuple[dict, dict, dict]:
    """({index: stand-in}, {index: lemma}, {index: entity type}) for the line's names read as words and verbs read
    as nouns or modifiers."""
    stand_ins, lemmas, types = {}, {}, {}
    for token in doc:
        if _name_read_as_word(token, names, whole):
            stand_ins[token.i], lemmas[token.i], types[token.i] = PLACEHOLDER_NAME, token.text, names[token.text]
            continue
        verb = _verb_read_as_noun(token) or _verb_read_as_modifier(token)
        if verb is not None:
            stand_ins[token.i], lemmas[token.i] = verb
    return stand_ins, lemmas, types


def _in_title_case(doc) -> bool:
    """A line in title case ("Reed Slams Council Over Farm Levy", "Cole Vows to End the Levy"): every word
    capitalised but prepositions, articles and conjunctions, at least three of four letters or more; the tagger
    reads such a line's verbs as names."""
    words = [t for t in doc if t.is_alpha]
    long_words = [t for t in words if len(t) >= _TITLE_WORD_LENGTH]
    return len(long_words) >= _TITLE_MIN_WORDS and all(
        t.text[0].isupper() or t.pos_ in _LOWER_IN_TITLES for t in words)


def _capitalised_in_running_text(docs: list) -> frozenset[str]:
    """The words these lines (the article's, outside its title-case lines) capitalise inside a sentence: its
    names."""
    return frozenset(t.text for _, doc in docs for t in doc if t.text.istitle() and not t.is_sent_start)


def _sentence_case(doc, written: frozenset[str]) -> dict[int, str]:
    """{index: stand-in} that writes a title-case line as a sentence: each capitalised word the article does not
    capitalise in running text in lower case; a line's first word keeps its capital, and so do a given name and
    the word after it ("Ann Coulter: And Then ...", where the body names her "Coulter" or not at all)."""
    named = {t.i for t in doc if is_given_name(t.text)}
    named |= {i + 1 for i in named}
    return {t.i: t.text.lower() for t in doc if t.text.istitle() and len(t) > 1 and t.text not in written
            and not t.is_sent_start and t.i not in named}


def _names_given(docs: list, types: set[str]) -> dict[str, str]:
    """{word: entity type} of the proper nouns inside the article's names of these types, where they do not open a
    sentence (a capitalised first word is no evidence of a name)."""
    return {t.text: e.label_ for _, doc in docs for e in doc.ents if e.label_ in types
            for t in e if t.pos_ == "PROPN" and not t.is_sent_start}


def _whole_names(docs: list) -> dict[str, str]:
    """{word: entity type} of what alone names someone or somewhere in the article: a person's surname (the last
    word of a PERSON), a name of one word ("Pelosi", "Ukraine"); not a word inside a longer name ("House" of "the
    White House", "Health" of "the Department of Health", "Bill" of "Bill Cassidy"), and not where it opens a
    sentence."""
    found = {}
    for _, doc in docs:
        for e in doc.ents:
            last = e[-1]
            if last.pos_ != "PROPN" or last.is_sent_start:
                continue
            if e.label_ == "PERSON" or (e.label_ in _NAME_TYPES | {"GPE"} and len(e) == 1):
                found[last.text] = e.label_
    return found


def _tag_missed_names(doc, names: dict) -> None:
    """Tag as a name a proper noun (or a capitalised noun: the subject "Pelosi" opening a short line is tagged a
    noun) standing alone that the recogniser left out here but tagged where the article gives it elsewhere
    ("Pelosi rejected the picks", beside "Speaker Nancy Pelosi")."""
    from spacy.tokens import Span

    alone = [token for token in doc if token.pos_ in _NAME_TAGS and not token.ent_type_ and token.text in names
             and token.text.istitle() and not any(n.pos_ == "PROPN" for n in _neighbours(token))
             and (not token.is_sent_start or token.dep_ in _SUBJECTS)]  # "Major donors gave": no name opens it
    if alone:
        doc.set_ents([Span(doc, t.i, t.i + 1, label=names[t.text]) for t in alone], default="unmodified")


def _neighbours(token) -> list:
    doc = token.doc
    return [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]


def _name_read_as_word(token, names: dict, whole: dict) -> bool:
    """A word the article names someone with elsewhere (`names`), taken for a verb; or a word that alone names
    someone there (`whole`), taken for a common noun outside any name and not the subject ("Trump beat Cruz in Iowa":
    "Trump" the root, "beat" a compound of "Cruz"), or read as a name with the verb after it taken for a noun's
    modifier ("Trump defeated Cruz": "defeated" a modifier of "Cruz")."""
    if token.text not in names or not token.text.istitle():
        return False
    if token.pos_ == "VERB":
        return True
    if token.text not in whole:
        return False
    if token.pos_ == "NOUN" and not token.ent_type_ and token.dep_ not in _SUBJECTS:
        return True
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "VERB" and following.dep_ in _MODIFIERS


def _verb_read_as_noun(token) -> tuple[str, str] | None:
    """(stand-in, lemma) for a verb of speech or stance the tagger took for a noun: after "did"/"does", or the
    head of its sentence after a noun and before "that"/"about" in the present tense."""
    if token.pos_ not in {"NOUN", "PROPN"} or not token.is_lower:
        return None
    reporting = reporting_words()
    if any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children) or (
            token.dep_ == "dobj" and token.head.lemma_ == "do" and token.head.i == token.i - 1):  # "did tweet"
        return (PLACEHOLDER_VERBS["VB"], token.text) if token.text in reporting else None
    doc = token.doc
    if token.dep_ != "ROOT" or not 0 < token.i < len(doc) - 1 or doc[token.i + 1].lower_ not in _CLAUSE_OPENERS \
            or doc[token.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    lemma = next((stem for stem in _present_stems(token.text) if stem in reporting), None)
    return (PLACEHOLDER_VERBS["VBZ"], lemma) if lemma else None


def _verb_read_as_modifier(token) -> tuple[str, str] | None:
    """(stand-in, lemma) for a past-tense verb the tagger took for an adjective in a sentence it left without a verb:
    after a time phrase between subject and verb ("Senate Republicans on Friday blocked legislation ...": "blocked"
    a modifier of "legislation", "Republicans" the root), not after a determiner, a preposition or a comma ("the
    blocked road", "Residents of occupied territories", "A list of the injured, released by ...")."""
    if token.tag_ not in {"VBN", "VBD"} or token.dep_ not in _MODIFIERS | {"acl"} or token.i == token.sent.start:
        return None
    sentence = token.sent
    if sentence.root.pos_ not in _NAME_TAGS or sentence.root.i > token.i or not sentence.text.rstrip().endswith(".") \
            or any(t.tag_ in _FINITE_OR_MODAL_TAGS for t in sentence if t.i != token.i) \
            or token.doc[token.i - 1].pos_ in {"DET", "PRON", "ADJ", "ADP", "PUNCT"} or _before_by(token):
        return None
    return PLACEHOLDER_PAST, token.lemma_.lower()


def _before_by(token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "by"


def _present_stems(word: str) -> list[str]:
    """What a present-tense verb ending in -s may be the form of ("denies": deny, "pushes": push, "projects")."""
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    return stems
