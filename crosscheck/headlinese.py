"""Headlinese: a title part the parser misreads -> the same part parsed again in plain English, its words kept.

Headlines write the present for what happened and "to" for what will ("FBI releases declassified document", "Police
to testify at first hearing"), and drop the "is" of a progressive ("Trump ‘poisoning’ democracy"); a parser trained on
sentences reads "releases" as a plural noun, "to testify" as a purpose and "Trump" as an imperative, and finds no
clause. `plain_form` puts such a part as "will" and the verb (or "is" and the participle), parses it alone, and says
how to write a span of that parse back in the title's words (headlines.title_headlines reads its headline from it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Plain:
    """A title part read again in the plain form of headlinese (`plain_form`): its parse, and how to write a span of it
    back as the title writes it."""

    part: Span  # the part, as its own parse
    verb: int  # the index there of the verb put in plain form
    start: int  # where in the part's text the plain form differs: the characters it changed
    title: str  # ... as the title writes them ("releases", "to")
    plain: str  # ... as the plain form writes them ("will release", "will")
    added: int  # the tokens the plain form adds

    def written(self, span) -> str:
        """`span` of the plain form as the title writes it."""
        text = span.doc.text
        if not span.start_char <= self.start < span.end_char:
            return span.text
        return text[span.start_char:self.start] + self.title + text[self.start + len(self.plain):span.end_char]


# Tags of a word that may head a headline's subject, before its verb ("Texas governor", "Last US military flight").
_SUBJECT_POS = {"NOUN", "PROPN", "ADJ", "NUM", "DET"}
_OPENING_QUOTES = {"'", "‘", '"', "“"}
_FINITE = {"VBZ", "VBP", "VBD", "MD"}


def plain_form(part) -> Plain | None:
    """A title part whose parse reads no verb with its subject, read again alone in the plain form of headlinese,
    or None: a present tense after a noun phrase that the parser took for a plural noun or gave no subject ("FBI
    releases newly declassified 9/11 document", "DeSantis fires back at Biden", "Senate votes to take up ...") is
    put as "will" and the verb, and an infinitive of the future after its subject ("Police who defended U.S.
    Capitol to testify at ...", "police to detail violence") as "will" too. Headlines write the present and "to"
    for what happened and what will; a parser trained on sentences reads them as nouns and purposes."""
    from .nlp import parse_one

    tokens = [t for t in part if not t.is_space]
    found = _present(tokens) or _future(tokens) or _progressive(tokens)
    if found is None:
        return None
    word, plain, *quoted = found
    text = part.text
    at = word.idx - part.start_char
    written = quoted[0] if quoted else word.text  # the title's characters the plain form writes anew
    doc = parse_one(text[:at] + plain + text[at + len(written):])
    will = next((t for t in doc if t.idx == at), None)
    verb = doc[will.i + 1] if will is not None and will.i + 1 < len(doc) else None
    # its subject opens the part, or the clause after a lead-in ("At first Jan. 6 hearing, police to detail ...")
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None) if verb is not None else None
    if subject is None or subject.left_edge.i and doc[subject.left_edge.i - 1].text != ",":
        return None
    return Plain(doc[:len(doc)], verb.i, at, written, plain, len(plain.split()) - 1)


def _present(tokens):
    """(the word, "will" and its lemma) of a title part's first present tense after a noun phrase that opens it:
    a lower-case word ending in "s" after nouns and names only, not followed by a participle ("Media pundits mocked
    for": a plural noun)."""
    for n, token in enumerate(tokens[1:], 1):
        before = tokens[:n]
        if not all(t.pos_ in _SUBJECT_POS or t.tag_ in {"POS", "HYPH"} for t in before):
            return None
        # a subject ends in its noun: "Biden's dishonest sales pitch" is one phrase
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        if before[-1].pos_ in {"NOUN", "PROPN"} and _present_tense(token, after):
            return token, f"will {token.lemma_.lower()}"
    return None


def _present_tense(token, after) -> bool:
    """A word a headline's present tense could be: "releases", "fires", "votes", before the words it takes."""
    return (token.tag_ in {"NNS", "VBZ"} and token.is_alpha and token.text.islower() and token.text.endswith("s")
            and not token.text.endswith("ss") and token.lemma_ != token.lower_ and after is not None
            and not after.is_punct and (after.tag_ not in {"VBN", "VBG", "VBD"} or after.dep_ == "amod"))


def _future(tokens):
    """(the word, "will") of a title part's "to" of the future after its subject: "to" before a verb's base form
    (or a word the parser took for a noun: "police to detail violence"), after a noun or a name."""
    for n, token in enumerate(tokens[1:-1], 1):
        following, before = tokens[n + 1], tokens[n - 1]
        if token.lower_ == "to" and before.pos_ in {"NOUN", "PROPN"} and following.tag_ in {"VB", "NN"} \
                and following.is_alpha and following.text.islower():
            return token, "will"
    return None


def _progressive(tokens):
    """(the word, "is" and the participle, the title's characters it stands for) of a title part's progressive without
    its "be" after a name that opens it: "Trump ‘poisoning’ democracy with ‘big lie’ claim", where a parser reads the
    name as a verb (an imperative) or the participle as its modifier, and finds no clause. The name is one the text
    after the title writes capitalised inside a sentence; quotation marks around the participle are left out of the
    plain form, which a parser reads whole only without them ("Trump is poisoning democracy ..."). A part with a verb
    of its own ("Capitol fencing starts coming down") is no such progressive."""
    if len(tokens) < 3 or not tokens[0].text[:1].isupper() or tokens[0].pos_ not in {"VERB", "NOUN", "PROPN"} \
            or not _named_later(tokens[0]) or any(t.tag_ in _FINITE for t in tokens):
        return None
    quoted = tokens[1].text in _OPENING_QUOTES
    participle = tokens[2] if quoted else tokens[1]
    if participle.tag_ != "VBG" or not participle.text.isalpha() or not participle.text.islower():
        return None
    if not quoted:
        return participle, f"is {participle.text}"
    closing = tokens[3] if len(tokens) > 3 and tokens[3].is_punct and tokens[3].is_quote else None
    if closing is None:
        return None
    doc = participle.doc
    return tokens[1], f"is {participle.text}", doc.text[tokens[1].idx:closing.idx + len(closing.text)]


def _named_later(token) -> bool:
    """Whether the doc writes the token's word capitalised after its first line, not at a sentence's start: a name."""
    doc = token.doc
    end = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), len(doc))
    return any(t.text == token.text and not t.is_sent_start for t in doc[end + 1:])
