"""Claims: Article -> list[Claim]. Sentences and clauses from spaCy's parse, who says each, and what
it asserts (figures, dates, negation and hedge of its main predicate).

A sentence's voice is the source of the attribution that governs it (attribution.py); a sentence
with none is the publisher's own narration: its voice is the outlet and `attributed` is False.
An article published by an official body (a foreign ministry, the White House, a state news
agency) is its side's account: every claim in it carries that side.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from itertools import groupby

from . import dating, features, frames, nlp
from .attribution import (QUOTE_MARKS, Frame, Mention, Mentions, Voice, find_frame, lexicon, noun_phrase, person_voice,
                          resolve)
from .types import Article, Claim, Line, ReportedOmission
from .voices import VoiceBook

# Fewer words than this is a fragment or heading, not a claim; the same bound keeps a clause split
# from leaving a stub ("X rose, and fell").
MIN_CLAIM_WORDS = 4
MIN_CLAUSE_WORDS = 5
_SPLIT_MARKERS = {"while", "whereas", "but"}
_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


@dataclass(frozen=True)
class Unit:
    """A sentence, or consecutive sentences joined because a quotation runs across them."""

    span: object  # spaCy Span
    sentences: tuple  # the Spans of its sentences
    line: int
    quoted: list[bool]  # per token of the Doc: inside quotation marks
    continues_quote: bool  # opens inside a quotation begun in an earlier paragraph


def extract_claims(articles: list[Article], book: VoiceBook) -> list[Claim]:
    """Split every article into claims, with voice, side and what each asserts.

    Args:
        articles: ingested articles.
        book: the sides; it learns the corpus's people and nationalities as it reads.
    Returns:
        Claims in article order; a sentence repeated inside one article is kept once.
    """
    claims: list[Claim] = []
    official: dict[str, bool] = {}
    for article, docs in parse_articles(articles):
        found, flags = read_article(article, docs, book)
        claims.extend(found)
        official.update(flags)
    return finish_claims(claims, official, articles, book)


def parse_articles(articles: list[Article]):
    """Each article with its parsed lines, [(line number, Doc)], parsed as one batched stream (lazily)."""
    texts = [(article, _without_dateline(line) if i < _DATELINE_LINES else line)
             for article in articles for i, line in enumerate(article.lines)]
    docs = nlp.load().pipe((line.text for _, line in texts), batch_size=nlp.PIPE_BATCH_SIZE)
    for _, pairs in groupby(zip(texts, docs), key=lambda pair: pair[0][0].id):
        pairs = list(pairs)
        yield pairs[0][0][0], [(line.number, doc) for (_, line), doc in pairs]


def read_article(article: Article, docs, book: VoiceBook) -> tuple[list[Claim], dict[str, bool]]:
    """One article's claims, read with what the book knows so far (it learns the article's people and
    places first), and whether each claim's voice is official; the corpus-wide steps come after."""
    official: dict[str, bool] = {}
    learn(book, [doc for _, doc in docs])
    return _article_claims(article, docs, book, official), official


def finish_claims(claims: list[Claim], official: dict[str, bool], articles: list[Article],
                  book: VoiceBook) -> list[Claim]:
    """The steps that need the whole corpus read: sides learned anywhere, and official publishers' sides."""
    claims = [_final_side(claim, book, official.get(claim.id, False)) for claim in claims]
    return apply_publisher_side(claims, articles, book)


_DATELINE_LINES = 2  # a dateline opens one of an article's first lines


def _without_dateline(line: Line) -> Line:
    return Line(line.number, line.text[dating.dateline_length(line.text):])


def claim_from_text(text: str, published=None) -> Claim:
    """One statement read on its own (`crosscheck pair`, the comparator benchmarks)."""
    doc = nlp.parse_one(text)
    span = doc[:]
    return _claim(Article("", "", "", "", published, None, ()), 0, text, span, _predicate(span, None),
                  Voice("", None), False, False, False, None)


# -- learning who is who ---------------------------------------------------------------------

def learn(book: VoiceBook, docs) -> None:
    """Teach the book the nationalities and titled people of an article's paragraphs."""
    countries = {e.text for doc in docs for e in doc.ents if e.label_ == "GPE"}
    nationalities = {e.text for doc in docs for e in doc.ents if e.label_ == "NORP"}
    nationalities |= {t.text for doc in docs for t in doc if _is_title_nationality(t, book)}
    book.learn_places(countries, nationalities)
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ != "PERSON":
                continue
            context = _title_context(entity)
            side = book.side_of_text(context)
            if side and book.is_official_phrase(context):
                book.place_person(person_voice(entity.root, book).name, side)


def _is_title_nationality(token, book: VoiceBook) -> bool:
    """A capitalised modifier of an official title ("Ostrovian" in "Ostrovian Deputy Foreign Minister"),
    which the entity recogniser sometimes folds into the person's name."""
    return (token.dep_ == "amod" and token.text[:1].isupper() and token.i > 0 and not token.is_sent_start
            and book.is_official_phrase(token.head.text) and not book.is_official_phrase(token.text))


def _title_context(entity) -> str:
    """The words that describe a person: title before the name, apposition after it."""
    doc, start = entity.doc, entity.start
    left = start
    while left > 0 and doc[left - 1].pos_ in {"PROPN", "ADJ", "NOUN", "PART"} and doc[left - 1].dep_ != "punct":
        left -= 1
    words = [t.text for t in doc[left:entity.end]]
    for child in entity.root.children:
        if child.dep_ == "appos":
            words += [t.text for t in child.subtree]
    head = entity.root.head
    if entity.root.dep_ == "pobj" and head.head.dep_ == "appos":  # "the president of X, Y"
        words += [t.text for t in head.head.subtree]
    return " ".join(words)


# -- one article -----------------------------------------------------------------------------

def _article_claims(article: Article, docs, book: VoiceBook, official: dict[str, bool]) -> list[Claim]:
    mentions = Mentions()
    claims, seen = [], set()
    speaker: Voice | None = None  # the speaker of the quotation the last unit was part of
    for unit in _units(docs):
        span = unit.span
        frame = find_frame(span, unit.quoted, book, mentions)
        all_quote = _is_all_quote(span, unit.quoted)
        if frame is None and speaker is not None and (all_quote or unit.continues_quote):
            frame = Frame(speaker, None, None, True)
        introduces = span.text.rstrip().endswith(":")  # "X said:" and the quotation follows
        speaker = frame.voice if frame is not None and (
            all_quote or introduces or _has_quote(span, unit.quoted)) else None
        # A quotation over several sentences: one claim each, all the speaker's.
        clauses = list(unit.sentences) if len(unit.sentences) > 1 else _clauses(span, unit.quoted)
        for clause in clauses:
            own = frame if frame is not None and (len(clauses) == 1 or frame.covers_sentence
                                                  or len(unit.sentences) > 1 or _inside(frame.verb, clause)) else None
            if own is None and clause is not span:
                own = find_frame(clause, unit.quoted, book, mentions)
            if own is not None and not own.voice.name.strip():
                own = None  # a source that reads as nothing ("'s" alone) is no source
            text = clause.text.strip()
            key = " ".join(text.lower().split())
            if key in seen or not _is_claim(clause, text):
                continue
            seen.add(key)
            voice = own.voice if own else Voice(article.outlet, None)
            root = _predicate(clause, own)
            claim = _claim(article, unit.line, text, clause, root, voice, own is not None,
                           _has_quote(clause, unit.quoted), bool(own and own.other_occasion),
                           reported_omission(clause, book, mentions, claims[-1] if claims else None))
            official[claim.id] = voice.official
            claims.append(claim)
        _remember(span, frame, book, mentions)
    return claims


def _units(docs):
    """Sentences of each paragraph, joined while a quotation is open."""
    open_before = False
    for line, doc in docs:
        quoted = _quoted(doc)
        pending, continues = [], open_before and _opens_with_quote(doc)
        for sentence in doc.sents:
            pending.append(sentence)
            if sentence.end < len(doc) and quoted[sentence.end - 1] and quoted[sentence.end]:
                continue
            yield Unit(doc[pending[0].start:sentence.end], tuple(pending), line, quoted, continues)
            pending, continues = [], False
        if pending:
            yield Unit(doc[pending[0].start:pending[-1].end], tuple(pending), line, quoted, continues)
        open_before = bool(doc) and _ends_open(doc)


def _quoted(doc) -> list[bool]:
    """Per token, whether it lies inside quotation marks.

    A quote mark after a space opens and one attached to the word before it closes, whatever its
    glyph: typesetters and scrapers mix up “ ” " and ''.
    """
    depth, flags = 0, []
    for token in doc:
        if token.text in QUOTE_MARKS:
            if _opens(token):
                depth += 1
            else:
                depth = max(0, depth - 1)
            flags.append(True)
        else:
            flags.append(depth > 0)
    return flags


def _opens(mark) -> bool:
    return mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_) or mark.doc[mark.i - 1].text in "([{—–-"


def _opens_with_quote(doc) -> bool:
    return len(doc) > 0 and doc[0].text in QUOTE_MARKS


def _ends_open(doc) -> bool:
    """A paragraph that opens a quotation and never closes it: the quote runs on (news convention)."""
    marks = [_opens(t) for t in doc if t.text in QUOTE_MARKS]
    return sum(marks) > len(marks) - sum(marks)


def _is_all_quote(span, quoted) -> bool:
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(quoted[t.i] for t in words)


def _has_quote(span, quoted) -> bool:
    return any(quoted[t.i] and not t.is_punct for t in span)


def _inside(index: int | None, span) -> bool:
    return index is not None and span.start <= index < span.end


def _clauses(span, quoted):
    """Split a sentence where the parse joins independent statements ("A rose, while B fell",
    "While one company says A, another says B")."""
    root, doc = span.root, span.doc
    for child in root.children:
        if quoted[child.i] or not _independent(child):
            continue
        if child.i > root.i:  # "A rose, and B fell": cut before the second statement
            left = _trim(doc, span.start, child.left_edge.i)
            right = _trim(doc, child.left_edge.i, span.end)
        else:  # "While A, B": the fronted clause first
            left = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
            right = _trim(doc, child.right_edge.i + 1, span.end)
            if child.left_edge.i > span.start:
                continue
        if len(left) >= MIN_CLAUSE_WORDS and len(right) >= MIN_CLAUSE_WORDS:
            return [left, right]
    return [span]


def _independent(child) -> bool:
    """A conjoined verb or a contrastive adverbial clause with a subject of its own."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)
    joined = (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}) or (
        child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SPLIT_MARKERS for c in child.children))
    return joined and has_subject


def _trim(doc, start: int, end: int):
    """The span without the conjunctions, markers and punctuation at its edges (a final stop stays)."""
    while start < end and (doc[start].is_punct or doc[start].dep_ in {"cc", "mark"}):
        start += 1
    while end > start and (doc[end - 1].dep_ in {"cc", "mark"} or doc[end - 1].text in {",", ";", "—", "–", "-"}):
        end -= 1
    return doc[start:end]


def _is_claim(span, text: str) -> bool:
    """Questions, headings and fragments without a verb and its subject are not claims."""
    stripped = text.rstrip("”’\"')]» ")
    if len(text.split()) < MIN_CLAIM_WORDS or stripped.endswith(("?", ":")):
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for t in span)


def _predicate(span, frame: Frame | None):
    """The claim's main predicate: the reported statement's, or the clause's own."""
    if frame is not None and _inside(frame.content_root, span):
        return span.doc[frame.content_root]
    return features.main_predicate(span)


def _claim(article, line, text, span, root, voice: Voice, attributed, quote, other, omission) -> Claim:
    digest = hashlib.sha256(f"{article.id}\n{line}\n{text}".encode("utf-8")).hexdigest()[:12]
    negation = features.negation(span, root) if root is not None else ""
    certainty, hedge = features.hedge(span, root) if root is not None else ("stated", "")
    numbers, dates = features.quantities(span, root, article.published), features.dates(span, article.published)
    return Claim(
        id=digest, article_id=article.id, text=text, line=line, voice=voice.name, side=voice.side,
        quote=quote, numbers=numbers, dates=dates, negated=bool(negation), certainty=certainty,
        other_occasion=other, omission=omission, attributed=attributed, negation=negation, hedge=hedge,
        predicate=root.lemma_.lower() if root is not None else "",
        subject=_argument(root, {"nsubj", "nsubjpass"}), object=_argument(root, {"dobj", "attr", "oprd", "dative"}),
        entities=tuple(dict.fromkeys(e.text for e in span.ents if e.label_ in _ENTITY_TYPES)),
        frame=frames.read(span, numbers, dates, negation, hedge, root) if root is not None else None,
    )


def _argument(root, deps: set[str]) -> str:
    if root is None:
        return ""
    child = next((c for c in root.children if c.dep_ in deps), None)
    return " ".join(t.text for t in child.subtree) if child is not None else ""


def _remember(span, frame: Frame | None, book: VoiceBook, mentions: Mentions) -> None:
    """Add the sentence's named people and bodies to the mentions pronouns and descriptions refer to."""
    for entity in span.ents:
        if entity.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or entity.root.pos_ == "ADJ":
            continue  # "Russian" in "Russian President Putin" is nobody "they" can refer to
        subject = entity.root.dep_ in {"nsubj", "nsubjpass"}
        if entity.label_ == "PERSON":
            voice = person_voice(entity.root, book)
            words = _title_context(entity).lower().split()
        else:
            name = noun_phrase(entity.root) if entity.label_ == "ORG" else entity.text.removeprefix("the ")
            voice = Voice(name, book.side_of_text(name))
            words = name.lower().split()
        mentions.add(Mention(voice.name, voice.side, entity.label_ == "PERSON", frozenset(words)), subject)
    speaker = None
    if frame is not None and frame.voice.name:
        speaker = next((m for m in reversed(mentions.items) if m.name == frame.voice.name and m.person), None)
    mentions.next_sentence(speaker)


def _final_side(claim: Claim, book: VoiceBook, official: bool) -> Claim:
    """Sides learned after a claim was read (a person's title met later in the corpus) apply to it too."""
    if not claim.attributed:
        return claim
    name = book.full_name(claim.voice)
    side = book.people.get(name) or claim.side or (book.side_of_text(name) if official else None)
    return replace(claim, voice=name, side=side) if (name, side) != (claim.voice, claim.side) else claim


def apply_publisher_side(claims: list[Claim], articles: list[Article], book: VoiceBook) -> list[Claim]:
    """Every claim of an official publication carries its publisher's side: it is that side's account."""
    sides = {a.id: book.publisher_side(a.outlet) for a in articles}
    return [replace(c, side=sides[c.article_id]) if sides.get(c.article_id) and c.side != sides[c.article_id]
            else c for c in claims]


# -- reported omissions ----------------------------------------------------------------------

_OMITTED_WHAT = re.compile(r",?\s+(?:nor|or|and)\s+(?:of\s+)?")


def reported_omission(span, book: VoiceBook, mentions: Mentions, previous: Claim | None) -> ReportedOmission | None:
    """A statement that a voice left something out ("Trump's account didn't mention the island")."""
    verbs = lexicon().omission_verbs
    for token in span:
        lemma = token.lemma_.lower()
        negated = any(c.dep_ == "neg" or c.lower_ in {"never", "without"} for c in token.children)
        if lemma in verbs and token.pos_ == "VERB" and (negated or token.head.lower_ == "without"):
            what_tokens = _omitted(token)
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        elif lemma in {"mention", "reference"} and token.pos_ == "NOUN" and any(
                c.lower_ == "no" for c in token.children):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}), None)
            what_tokens = [t for t in span.doc[of.i + 1:span.end] if not t.is_punct or t.text == ","] if of is not None else []
            verb = token.head
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "there"),
                           None)
        else:
            continue
        if not what_tokens:
            continue
        if subject is not None and subject.lemma_.lower() in lexicon().account_nouns:
            subject = next((c for c in subject.children if c.dep_ == "poss"), subject)
        voice = resolve(subject, book, mentions) if subject is not None else None
        if voice is None and previous is None:
            continue
        omitter, side = (voice.name, voice.side) if voice else _previous_speaker(previous, book)
        what = " ".join(t.text for t in what_tokens).replace(" ,", ",").strip(" ,.”\"")
        subjects = [s.split(",")[0].strip() for s in _OMITTED_WHAT.split(what) if s.strip()]
        return ReportedOmission(omitter, side, " / ".join(s for s in subjects if s),
                                previous.text if previous is not None else "")
    return None


def _previous_speaker(previous: Claim, book: VoiceBook) -> tuple[str, str | None]:
    """Who "there was no mention of ..." is about: the previous claim's source, or its subject's side."""
    subject_side = book.side_of_text(previous.subject)
    if not previous.attributed and subject_side:
        return previous.subject, subject_side
    return previous.voice, previous.side


def _omitted(verb) -> list:
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"}), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return []
    tokens = [t for t in obj.subtree]
    for conj in (c for c in verb.children if c.dep_ == "conj"):  # "nor of buying soya beans"
        tokens += [t for t in conj.subtree]
    return sorted(set(tokens), key=lambda t: t.i)
