"""Claims: Article -> list[Claim]. Sentences and clauses from spaCy's parse, who says each, and what
it asserts (figures, dates, negation and hedge of its main predicate).

A sentence's voice is the source of the attribution that governs it (attribution.py); a sentence
with none is the publisher's own narration: its voice is the outlet and `attributed` is False.
An article published by an official body (a foreign ministry, the White House, a state news
agency) is its side's account: every claim in it carries that side.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass, replace
from itertools import groupby

from . import dating, features, frames, misread, nlp
from .accounts import apply_publisher_side
from .attribution import (
    FINITE_TAGS,
    GENDER,
    MAX_LABEL_TOKENS,
    QUOTE_MARKS,
    Frame,
    Mention,
    Mentions,
    Voice,
    argument_of_main_clause,
    find_frame,
    given_name_gender,
    lexicon,
    noun_phrase,
    held_stance,
    owned_account,
    participle_finding,
    person_gender,
    person_voice,
    reported_speech,
    reporting_words,
    resolve,
    transcript_label,
    unnamed_person,
    untagged_subject,
    verb_lemma,
)
from .config import Settings
from .labels import claim_phrases
from .predicates import TIME_ENTITIES, when_phrase
from .types import Article, Claim, Line, ReportedOmission
from .voices import VoiceBook, packaged_voicebook

# Fewer words than this is a fragment or heading, not a claim; the same bound keeps a clause split
# from leaving a stub ("X rose, and fell").
MIN_CLAIM_WORDS = 4
MIN_CLAUSE_WORDS = 5
_SPLIT_MARKERS = {"while", "whereas", "but"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
# Entities that say who and when, never what: a statement of only these and procedure is no substance.
_INCIDENTAL_TYPES = {"PERSON", "DATE", "TIME", "ORDINAL", "CARDINAL"}


@dataclass(frozen=True)
class Unit:
    """A sentence, or consecutive sentences joined because a quotation runs across them."""

    span: object  # spaCy Span
    sentences: tuple  # the Spans of its sentences
    line: int
    quoted: list[bool]  # per token of the Doc: inside quotation marks
    continues_quote: bool  # opens inside a quotation begun in an earlier paragraph


def extract_claims(articles: list[Article], book: VoiceBook, settings: Settings | None = None) -> list[Claim]:
    """Split every article into claims, with voice, side and what each asserts.

    Args:
        articles: ingested articles.
        book: the sides; it learns the corpus's people and nationalities as it reads.
        settings: how the parse runs (parse_processes); default the defaults.
    Returns:
        Claims in article order; a sentence repeated inside one article is kept once.
    """
    claims: list[Claim] = []
    official: dict[str, bool] = {}
    for article, docs in parse_articles(articles, settings):
        found, flags = read_article(article, docs, book)
        claims.extend(found)
        official.update(flags)
    return finish_claims(claims, official, articles, book)


def parse_articles(articles: list[Article], settings: Settings | None = None):
    """Each article with its parsed lines, [(line number, Doc)], parsed as one batched stream (lazily)."""
    texts = [(article, _without_dateline(line) if i < DATELINE_LINES else line)
             for article in articles for i, line in enumerate(article.lines)]
    processes = _parse_processes(len(texts), settings or Settings())
    docs = nlp.stream((line.text for _, line in texts), processes)
    for _, pairs in groupby(zip(texts, docs), key=lambda pair: pair[0][0].id):
        pairs = list(pairs)
        yield pairs[0][0][0], misread.mended([(line.number, doc) for (_, line), doc in pairs])


def _parse_processes(lines: int, settings: Settings) -> int:
    return settings.parse_processes if lines >= settings.parallel_parse_min_lines and _spare_core() else 1


def _spare_core() -> bool:
    """Whether a core is idle (the 1-minute load average below the cores less half of one), as `make -l`
    judges it: parse workers beside another busy job only add the cost of sending the parses back."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (AttributeError, OSError):  # no load average on this system
        return False


def read_article(article: Article, docs, book: VoiceBook) -> tuple[list[Claim], dict[str, bool]]:
    """One article's claims, read with what the book knows so far (it learns the article's people and
    places first), and whether each claim's voice is official; the corpus-wide steps come after."""
    official: dict[str, bool] = {}
    book.publisher_side(article.outlet)  # an official publisher's country is a side before its text is read
    learn(book, [doc for _, doc in docs])
    return _article_claims(article, docs, book, official), official


def finish_claims(claims: list[Claim], official: dict[str, bool], articles: list[Article],
                  book: VoiceBook) -> list[Claim]:
    """The steps that need the whole corpus read: sides learned anywhere, and official publishers' sides."""
    claims = [_final_side(claim, book, official.get(claim.id, False)) for claim in claims]
    return apply_publisher_side(claims, articles, book)


def claim_key(text: str) -> str:
    """What makes two claims of one article the same sentence: case, spacing and the final stop aside."""
    return " ".join(text.lower().rstrip(".!…").split())


DATELINE_LINES = 2  # a dateline opens one of an article's first lines


def _without_dateline(line: Line) -> Line:
    return Line(line.number, line.text[dating.dateline_length(line.text):])


def claim_from_text(text: str, published=None) -> Claim:
    """One statement read on its own (`crosscheck pair`, the comparator benchmarks), its attribution read as
    in an article: the reported statement's predicate, not the reporting verb's ("X called off the
    interview, a producer told the Times" is the calling off)."""
    return _claim_of_doc(nlp.parse_one(text), published)


def claims_read_together(texts: list[str]) -> list[Claim]:
    """Statements read each on its own, as `claim_from_text` reads one, but mended for the tagger's slips as one
    article's lines are (`misread.mended`): a name another of them tells ("Mr. Trump") is a name, not a verb, where
    a statement opens with it ("Trump beat Cruz"); a dateline opening one is no part of it ("WASHINGTON (Reuters) -"),
    as in an article's first lines. `crosscheck pair` and the pair benchmarks read a pair so."""
    docs = misread.mended([(number, nlp.parse_one(text[dating.dateline_length(text):]))
                           for number, text in enumerate(texts)])
    return [_claim_of_doc(doc) for _, doc in docs]


def _claim_of_doc(doc, published=None) -> Claim:
    text = doc.text
    span = doc[:]
    quoted, _ = _quoted(doc)
    frame = find_frame(span, quoted, packaged_voicebook(), Mentions())
    return _claim(Article("", "", "", "", published, None, ()), 0, text, span, _predicate(span, frame),
                  frame.voice if frame else Voice("", None), frame is not None, _has_quote(span, quoted),
                  False, None)


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


def _describing_words(entity) -> list[str]:
    """The words "the spokesperson" or "the negotiator" can refer back to a person by: the title before the
    name and the head of an apposition with its modifiers
    ("Wendy Cutler, a former trade negotiator"), or the noun the name is an apposition to ("the governor, Ann
    Vale,"), not the bodies named inside it ("a spokesman for the campaign" is no campaign)."""
    doc, left = entity.doc, entity.start
    while left > 0 and doc[left - 1].pos_ in {"PROPN", "ADJ", "NOUN", "PART"} and doc[left - 1].dep_ != "punct":
        left -= 1
    tokens = list(doc[left:entity.end])
    heads = [c for c in entity.root.children if c.dep_ == "appos"]
    if entity.root.dep_ == "pobj" and entity.root.head.head.dep_ == "appos":  # "the president of X, Y"
        heads.append(entity.root.head.head.head)
    if entity.root.dep_ == "appos" and entity.root.head.pos_ == "NOUN":  # "the governor, Ann Vale,"
        heads.append(entity.root.head)
    for head in heads:
        tokens += [head] + [c for c in head.children if c.dep_ in {"amod", "compound"}]
    return [t.lower_ for t in tokens]


# -- one article -----------------------------------------------------------------------------

# A post's signature as an embed writes it out at its end: a dash, the author's name, their handle, the date.
_POST_SIGNATURE = re.compile(r"(?:^|\s)[—–-]+\s*(?P<name>[A-Z][^—–()\n]{1,60}?)\s*\(@\w{1,30}\)"
                             r"(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\W*$")


def _article_claims(article: Article, docs, book: VoiceBook, official: dict[str, bool]) -> list[Claim]:
    mentions = Mentions()
    claims, seen = [], set()
    speaker: Voice | None = None  # the speaker of the quotation the last unit was part of
    label: Voice | None = None  # the speaker a transcript's label names for its paragraph ("Lopez: ...")
    introduced: Voice | None = None  # the source an introduction by another verb names ("Reed called for ...: ...")
    poster: Voice | None = None  # the author of a post the paragraph holds, by its signature
    stated: Voice | None = None  # the speaker of the last unit, where it was a statement
    told: Claim | None = None  # the last claim of a sentence or of its main clauses, not of a clause aside
    units = list(_units(docs))
    for index, unit in enumerate(units):
        span = unit.span
        paragraph_opens = not index or units[index - 1].line != unit.line
        if paragraph_opens:
            poster = post_author(span.doc.text, book)
        if poster is not None:  # a post written out with its author's signature: all of it the author's words
            frame, label, introduced = Frame(poster, None, None, True), None, None
        elif not paragraph_opens and label is not None:  # "Lopez: Well, no one is like that. In a way, it ...": all
            frame = Frame(label, None, None, True)  # hers, as in a quotation (no frame of its own is looked for)
        else:
            frame = find_frame(span, unit.quoted, book, mentions)
            if paragraph_opens:
                label = frame.voice if frame is not None and (
                    _is_speaker_label(frame, span, mentions) or _introduces_paragraph(frame, span, unit.quoted)) else None
                introduced = frame.voice if frame is not None and label is None and _introduces_paragraph(
                    frame, span, unit.quoted, speech_only=False) else None
            elif frame is None and introduced is not None:  # "Reed called for a vote: ... ." and no frame of its own
                frame = Frame(introduced, None, None, True)
        all_quote = _is_all_quote(span, unit.quoted)
        runs_on = speaker is not None and index and units[index - 1].line == unit.line  # “...,” X said. “...”
        if frame is None and all_quote and not runs_on:  # “...” Pence said. — the speaker named just after it
            after = _speaker_after(units, index, book, mentions, next_paragraph=speaker is None)
            if after is None and not paragraph_opens:  # "Reed spoke in Dayton on Monday. “The levy is dead.”"
                # or "The mayor said the levy was dead. “We fought it for two years.”": the mayor's words go on
                after = _person_before(units[index - 1], book, mentions) or stated
            frame = Frame(after, None, None, True) if after is not None else None
        if frame is None and speaker is not None and (all_quote or unit.continues_quote or (
                index and units[index - 1].line == unit.line and _mostly_quote(span, unit.quoted))):
            frame = Frame(speaker, None, None, True)  # the quotation runs on, or a new one in the same paragraph
        introduces = span.text.rstrip().endswith(":")  # "X said:" and the quotation follows
        # A bare "Pence said in response." speaks the quotation after it too.
        speaker = frame.voice if frame is not None and (
            all_quote or introduces or _has_quote(span, unit.quoted)
            or (frame.verb is not None and frame.content_root is None and not frame.covers_sentence)) else None
        stated = frame.voice if frame is not None and frame.voice.name.strip() and _states(span.doc, frame) else None
        # A quotation over several sentences: one claim each, all the speaker's.
        clauses = list(unit.sentences) if len(unit.sentences) > 1 else _clauses(span, unit.quoted)
        aside = None  # a relative clause cut off: its speaker's words, told as background to the sentence
        aside_frame = None  # the aside's frame, where no verb of its own gives it (an owned noun's clause)
        if len(clauses) == 1 and len(unit.sentences) == 1:
            clauses = relative_statement(span, unit.quoted, frame, book, mentions) or clauses
            aside = clauses[-1] if len(clauses) > 1 else None
            middle = relative_aside(span, unit.quoted, frame, book, mentions) if aside is None else None
            if middle is not None:  # the sentence stays one claim, the clause inside it a second
                clauses, aside = [span, middle], middle
                if frame is not None and _inside(frame.verb, middle):
                    frame = None  # the clause's speaker is not the sentence's ("The plan, which X called ..., passed")
            elif aside is None and (owned := owned_clause(span, unit.quoted, frame, book, mentions)) is not None:
                aside, aside_frame = owned  # "He was challenged over his statement that ...": the clause his
                clauses = [span, aside]
            elif aside is None and (found := _participle_clause(span, unit.quoted, frame, book, mentions)
                                    or _stance_clause(span, unit.quoted, frame, book, mentions)
                                    or _reported_speech_clause(span, unit.quoted, frame, book, mentions)):
                aside, aside_frame = found  # "Police received calls saying shots had been fired": the calls'
                clauses = [span, aside]
        elif len(unit.sentences) == 1 and (found := owned_clause(span, unit.quoted, frame, book, mentions)
                                           or _stance_clause(span, unit.quoted, frame, book, mentions)):
            aside, aside_frame = found  # a sentence cut in clauses keeps them, the owned clause a claim beside them
            clauses = [*clauses, aside]
        for clause in clauses:
            own = frame if frame is not None and clause is not aside and (
                len(clauses) == 1 or frame.covers_sentence or len(unit.sentences) > 1 or _inside(frame.verb, clause)) \
                else None
            if own is None and clause is not span:
                own = aside_frame if clause is aside and aside_frame else find_frame(
                    clause, unit.quoted, book, mentions)
            if own is None and (label or introduced) is not None:  # "Reed said: The levy is unfair and we will ..."
                own = Frame(label or introduced, None, None, True)
            if own is not None and not any(ch.isalnum() for ch in own.voice.name):
                own = None  # a source that reads as nothing ("'s" alone, a markup's ">") is no source
            text = clause.text.strip()
            key = claim_key(text)  # a standfirst repeats a sentence without its stop
            if key in seen or not _is_claim(clause, text):
                continue
            seen.add(key)
            voice = own.voice if own else Voice(article.outlet, None)
            root = _predicate(clause, own)
            claim = _claim(article, unit.line, text, clause, root, voice, own is not None,
                           _has_quote(clause, unit.quoted), bool(own and (own.other_occasion or clause is aside)),
                           reported_omission(clause, book, mentions, told))
            official[claim.id] = voice.official
            claims.append(claim)
            if clause is not aside:  # "There was no mention of ..." is about the sentence before, not a clause aside
                told = claim
        _remember(span, unit.quoted, frame, book, mentions)
    return claims


def post_author(paragraph: str, book: VoiceBook) -> Voice | None:
    """The author a paragraph's closing signature names, as an embedded post is written out ("Just another day on
    the trail. — Ann Cole (@anncole) May 1, 2016"): the post is their words, as a quotation is."""
    signed = _POST_SIGNATURE.search(paragraph)
    if signed is None:
        return None
    name, side = book.speaker_side(signed.group("name"))
    return Voice(name, side)


def _is_speaker_label(frame: Frame, span, mentions: Mentions) -> bool:
    """A transcript's label naming who speaks ("Lopez: ...", "Chris Matthews: ..."): the frame's colon near the
    start of the paragraph after a person or a body, not a heading's word ("Update: ...")."""
    doc = span.doc
    if frame.verb is None or doc[frame.verb].text != ":" or frame.verb - span.start > MAX_LABEL_TOKENS + 1:
        return False
    name = doc[frame.verb - 1]
    return name.ent_type_ in {"PERSON", "ORG"} or name.text in mentions.surnames()


def _introduces_paragraph(frame: Frame, span, quoted: list[bool], *, speech_only: bool = True) -> bool:
    """A paragraph that opens with an attribution ending in a colon, and goes on without quotation marks ("One
    activist tweeted: She should resign. She has failed us.", "The statement read: The city will appeal. ..."): the
    rest of the paragraph is the speaker's too, as after a transcript's label. Not where a quotation follows, whose
    marks say where the words end ("Reed said: “...” Then he left."). Without `speech_only`, also another verb whose
    subject is the source, with a longer tail ("Reed called for a new vote on the levy: Enough is enough. ...",
    "Republicans offered their prayers to the victims: ..."), but not a colon closing a reported clause ("Reed said
    the levy had one aim: ...", a finite verb before the colon)."""
    doc, words = span.doc, lexicon()
    if frame.verb is None or frame.covers_sentence or quoted[frame.verb]:
        return False
    verb = doc[frame.verb]
    if speech_only and verb_lemma(verb, words.speech_verbs) not in words.speech_verbs | words.document_verbs:
        return False
    if not speech_only and (verb.pos_ != "VERB" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
        return False
    tail = _MAX_INTRO_TAIL if speech_only else _MAX_INTRO_TAIL_OTHER
    colon = next((t for t in doc[verb.i + 1:min(verb.i + tail + 2, span.end)] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(doc) or doc[colon.i + 1].text in QUOTE_MARKS:
        return False
    verbs = {"VERB", "AUX"} if speech_only else {"AUX"}
    return not any(t.pos_ in verbs or t.tag_ in FINITE_TAGS | {"MD"} or t.text in QUOTE_MARKS
                   for t in doc[verb.i + 1:colon.i])


_MAX_INTRO_TAIL = 6  # "Reed wrote [in a post on Facebook]:": the words between the verb and its colon, at most
_MAX_INTRO_TAIL_OTHER = 12  # "called [for further action to stem gun violence]:", "offered [their thoughts and
# prayers to the victims and the first responders]:" (the tuning part's longest introductions)


def _person_before(unit: Unit, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """The person the sentence before a bare quotation in its paragraph is about, as its subject, outside quotation
    marks ("Reed spoke in Dayton on Monday. “The levy is dead.”", "She was blunt. “...”"): whom the paragraph quotes;
    None for any other subject ("The ad shows Reed at a farm. “Farmers first.”")."""
    subject = next((c for c in unit.span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or unit.quoted[subject.i]:
        return None
    if subject.ent_type_ != "PERSON" and subject.lower_ not in {"he", "she"}:
        return None
    return resolve(subject, book, mentions)


def _speaker_after(units: list[Unit], index: int, book: VoiceBook, mentions: Mentions,
                   next_paragraph: bool = False) -> Voice | None:
    """Who speaks a quotation, named in the first sentence after it in its paragraph that is not quotation
    too ("“I am calling from the council. How are you this evening?” Karsten said."); with `next_paragraph`
    (no quotation runs on from before), also a bare "So said Karsten." opening the next paragraph."""
    line = units[index].line
    for unit in units[index + 1:]:
        if unit.line != line:
            return _bare_speech(unit, book, mentions) if next_paragraph else None
        if not _is_all_quote(unit.span, unit.quoted):
            return _bare_speech(unit, book, mentions)
    return None


def _bare_speech(unit: Unit, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """The speaker of a sentence in the same paragraph that only says who spoke ("Pence said in response.",
    "Karsten, a retired teacher, said into the phone."); who the speaker is, in an apposition, is not counted."""
    described = sum(len(list(t.subtree)) for t in unit.span if t.dep_ == "appos")
    if _has_quote(unit.span, unit.quoted) or len(unit.span) - described > _MAX_BARE_SPEECH_TOKENS:
        return None
    frame = find_frame(unit.span, unit.quoted, book, mentions)
    if frame is not None and frame.verb is not None and (
            frame.content_root is None or _points_back(unit.span.doc[frame.content_root])):
        return frame.voice  # "Pence said in response.", "That is what Pence told voters."
    return _owner_of_quotation(unit.span, book, mentions)


_DEMONSTRATIVES = {"that", "this", "those", "these"}


def _points_back(copula) -> bool:
    """A copula whose subject is a demonstrative ("That was how Reed put it", "That is what Cole told voters"): the
    sentence points back at the quotation before it."""
    return copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES for c in copula.children)


def _owner_of_quotation(span, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """Whose words a sentence pointing back at a quotation says they were ("Those were the words of the union's
    leader, Ann Cole.", "That was the message from the council."); None for any other sentence."""
    words = lexicon()
    root = span.root
    noun = next((c for c in root.children if c.dep_ == "attr"), None) if _points_back(root) else None
    if noun is None or not {noun.lemma_.lower(), noun.lower_} & (words.quotation_nouns | words.account_nouns):
        return None
    owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                  for g in c.children if g.dep_ == "pobj"), None)
    return resolve(owner, book, mentions) if owner is not None else None


# "Pence said in response to the boy's question." at most: longer, the sentence says more than who spoke.
_MAX_BARE_SPEECH_TOKENS = 12


def _units(docs):
    """Sentences of each paragraph, joined while a quotation is open."""
    open_before = False
    for line, doc in docs:
        quoted, ends_open = _quoted(doc)
        pending, continues = [], open_before and _opens_with_quote(doc)
        for sentence in _sentences(doc, quoted):
            pending.append(sentence)
            if sentence.end < len(doc) and quoted[sentence.end - 1] and quoted[sentence.end]:
                continue
            yield Unit(doc[pending[0].start:sentence.end], tuple(pending), line, quoted, continues)
            pending, continues = [], False
        if pending:
            yield Unit(doc[pending[0].start:pending[-1].end], tuple(pending), line, quoted, continues)
        open_before = ends_open


def _sentences(doc, quoted: list[bool]) -> list:
    """The parse's sentences, with a quotation's opening mark that the parse left at the end of the sentence
    before it moved to the sentence it opens ("... shares this view. ''We're in a bubble,'' he said."): left
    there, it joins the narration to the quotation as if one quotation ran across both."""
    bounds = [(s.start, s.end) for s in doc.sents]
    for k in range(len(bounds) - 1):
        start, end = bounds[k]
        last = end - 1
        if end - start > 1 and doc[last].text in QUOTE_MARKS and quoted[last] and not quoted[last - 1]:
            bounds[k], bounds[k + 1] = (start, last), (last, bounds[k + 1][1])
    return [doc[start:end] for start, end in bounds]


def _quoted(doc) -> tuple[list[bool], bool]:
    """Per token, whether it lies inside quotation marks; and whether the paragraph ends inside one (it
    opens a quotation and never closes it: the quote runs on, news convention).

    A quote mark after a space opens and one attached to the word before it closes, whatever its
    glyph: typesetters and scrapers mix up “ ” " and ''. Inside a quotation, a mark with a space on both
    sides closes it (a quote within a quote ends "... of 'Clinton,' " said Maxwell").
    """
    quoted, depth, opened, closed = [], 0, 0, 0
    for token in doc:
        if token.text not in QUOTE_MARKS:
            quoted.append(depth > 0)
            continue
        opens = _opens(token, depth > 0)
        depth = depth + 1 if opens else max(0, depth - 1)
        opened, closed = opened + opens, closed + (not opens)
        quoted.append(True)
    return quoted, opened > closed


def quoted_tokens(doc) -> list[bool]:
    """Per token of a parse, whether it lies inside quotation marks (`_quoted`)."""
    return _quoted(doc)[0]


def _opens(mark, inside: bool) -> bool:
    doc = mark.doc
    spaced_before = mark.i == 0 or bool(doc[mark.i - 1].whitespace_) or doc[mark.i - 1].text in "([{—–-"
    spaced_after = bool(mark.whitespace_) or mark.i == len(doc) - 1
    return spaced_before and not (inside and spaced_after)


def _opens_with_quote(doc) -> bool:
    return len(doc) > 0 and doc[0].text in QUOTE_MARKS


def _is_all_quote(span, quoted) -> bool:
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(quoted[t.i] for t in words)


def _mostly_quote(span, quoted) -> bool:
    """Half its words or more inside quotation marks ("Biden “kind of misspoke."): a partial quotation."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and 2 * sum(quoted[t.i] for t in words) >= len(words)


def _has_quote(span, quoted) -> bool:
    return any(quoted[t.i] and not t.is_punct for t in span)


def _inside(index: int | None, span) -> bool:
    return index is not None and span.start <= index < span.end


def _clauses(span, quoted):
    """Split a sentence where the parse joins independent statements ("A rose, while B fell",
    "While one company says A, another says B")."""
    root, doc = span.root, span.doc
    semicolon = _second_speaker_after_semicolon(root, quoted)
    if semicolon is not None:  # "Supporters say A; opponents say B"
        left, right = _trim(doc, span.start, semicolon.i), _trim(doc, semicolon.i + 1, span.end)
        if len(left) >= MIN_CLAUSE_WORDS and len(right) >= MIN_CLAUSE_WORDS:
            return [left, right]
    for child in [*root.children, *_second_speakers(root)]:
        if quoted[child.i] or quoted[child.left_edge.i] or not (_independent(child) or _occasion_of_speech(child)):
            continue  # nor where the cut falls inside a quotation ("“A, but if B,” X responded": the parse's slip)
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


def relative_statement(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions) -> list | None:
    """A sentence cut before a relative clause that ends it and holds a statement of its own ("... alarmed legal
    experts, who worry that the vendetta signals ...", "..., which an FBI inquiry said was careless", "an
    interview, in which Vale declared that ..."): the clause is a claim of its own, in its speaker's voice, and
    the rest stays the sentence's. Not a clause inside what the sentence's own speaker reports ("Reed said he
    met Vale, who told him ...": Reed's account), nor one on the main verb's own arguments, which speaks for the
    sentence ("they met Vale, who said ..."), nor one without a relative word ("the style he prefers"). Beside a
    speaker's sentence only another's words are cut off ("X criticized the plan, which Y said was careless")."""
    doc = span.doc
    for clause in _relative_clauses(span, quoted, at_end=True):
        start = clause.left_edge.i
        if quoted[start] or (frame is not None and (_inside(frame.verb, doc[start:span.end]) or (
                frame.content_root is not None and start in {t.i for t in doc[frame.content_root].subtree}))):
            continue
        left, right = _trim(doc, span.start, start), doc[start:span.end]
        if len(left) < MIN_CLAUSE_WORDS or len(right) < MIN_CLAUSE_WORDS:
            continue
        own = find_frame(right, quoted, book, mentions)
        if own is None or not _verb_of_clause(own.verb, clause) or not own.voice.name.strip() or (
                frame is not None and own.voice.name == frame.voice.name):
            continue  # the clause's own verb states it, and the sentence's speaker is another ("was endorsed by X, a
            # group that said ...": X's sentence, whole)
        speech = lexicon().speech_verbs
        if frame is None or (verb_lemma(clause, speech) in speech and own.content_root is not None):
            # beside a speaker's sentence, only another's words
            return [left, right]  # ("X criticized the plan, which Y said was careless"), not "documents that showed"
    return None


def relative_aside(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """A relative clause set off in the middle of its sentence that states something of its own speaker's ("The
    levy, which critics said would hurt farms, passed", "the report, which concluded that ..., was leaked"): the
    clause alone, to be a claim of its own beside the sentence, which stays whole (a claim is one stretch of text)
    and keeps its main clause's voice. Not a clause whose relative word speaks on the main verb's own argument
    ("Holt, who said ..., voted": the sentence is Holt's), nor one inside what the sentence's speaker reports
    ("Reed said the levy, which critics opposed, would pass": Reed's account), nor a restrictive clause without
    a comma or dash before it, which names its noun rather than adding to it ("the picture that X paints")."""
    doc = span.doc
    for clause in _relative_clauses(span, quoted, at_end=False):
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        if start <= span.start or doc[start - 1].text not in _ASIDE_OPENERS or quoted[start] or quoted[end - 1]:
            continue
        if frame is not None and frame.content_root is not None and not _inside(frame.verb, doc[start:end]) \
                and start in {t.i for t in doc[frame.content_root].subtree}:
            continue
        middle = _trim(doc, start, end)
        if len(middle) < MIN_CLAUSE_WORDS:
            continue
        own = find_frame(middle, quoted, book, mentions)
        if own is None or not _verb_of_clause(own.verb, clause) or not own.voice.name.strip():
            continue
        if frame is None or _inside(frame.verb, middle):
            return middle
        speech = lexicon().speech_verbs
        if own.voice.name != frame.voice.name and verb_lemma(clause, speech) in speech and own.content_root is not None:
            return middle  # beside a speaker's sentence, only another's words
    return None


def owned_clause(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(clause, frame) for the "that" clause of an account or stance noun with an owner, in a sentence another
    voice speaks ("He was challenged over his statement that Islam hates us", "Pence blamed the media for Trump's
    claim that Obama founded ISIS", "the vote fed the party's fear that ..."): what the owner said or holds, a claim
    of its own in the owner's voice beside the sentence, which stays whole. Not one inside what the sentence's
    speaker reports ("Reed said Vale's claim that ... was wrong": Reed's account), nor the writer's ("my view")."""
    doc = span.doc
    for noun in span:
        owner = owned_account(noun, by=True)
        clause = next((c for c in noun.children
                       if c.dep_ in {"acl", "ccomp"} and features.that_clause(c, verbs_only=True)), None)
        if clause is None and owner is not None:
            clause = _noun_clause_on_verb(noun)
        if clause is None and owner is not None:
            clause = _intention_of(noun)
        if owner is None or clause is None or quoted[noun.i]:
            continue
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        if start < span.start or end > span.end:
            continue
        if sum(t.text in QUOTE_MARKS for t in doc[start:end]) % 2:  # a quotation ending the clause: “founded ISIS,”
            end = next((i + 1 for i in range(end, min(end + 2, span.end)) if doc[i].text in QUOTE_MARKS), end)
        middle = _without_closing_marks(doc, start, end)  # "that" kept: the whole of what the noun reports
        voice = resolve(owner, book, mentions)
        if len(middle) <= MIN_CLAIM_WORDS or voice is None or not voice.name.strip() or (
                frame is not None and frame.voice.name == voice.name):
            continue
        return middle, Frame(voice, noun.i, clause.i, False, True)
    return None


def _noun_clause_on_verb(noun):
    """The "that" clause of an account noun that the parse hung on the noun's verb instead, where that verb takes
    no clause of its own ("He was challenged over his statement on Wednesday that ...", "Critics seized on Reed's
    claim last week that ..."): the clause right after the noun and its time phrase is what the noun reports."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb_lemma(verb, reporting_words()) in reporting_words():
        return None
    clause = next((c for c in verb.children
                   if c.dep_ == "ccomp" and c.i > noun.i and features.that_clause(c, verbs_only=True)), None)
    if clause is None:
        return None
    between = noun.doc[noun.right_edge.i + 1:clause.left_edge.i]
    return clause if all(_of_time(t) for t in between) else None


def _of_time(token) -> bool:
    """A word of a time phrase: a date or time, or the preposition that takes one ("on Wednesday")."""
    return token.ent_type_ in TIME_ENTITIES or when_phrase(token, objects_only=True)


def _intention_of(noun):
    """The infinitive a stance noun takes ("Vale's plan to cut the levy", "his decision not to run", "the
    party's demand to recount"), or "of" with a gerund ("his policy of not attacking Reed"): what its owner
    intends, as "X plans to ..." states it; None for another noun."""
    words = lexicon()
    if noun.lemma_.lower() not in words.stance_nouns | words.intention_nouns:
        return None
    return next((c for c in noun.children if (c.dep_ == "acl" and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)) or (c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))), None)


def _participle_clause(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(clause, frame) for what a participle of speech or finding reports (`attribution.participle_finding`), as a
    claim beside the sentence; None where there is none or it is too short to be a claim."""
    return _clause_beside(span, participle_finding(span, quoted, frame, book, mentions))


def _reported_speech_clause(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(clause, frame) for another's words the sentence's speaker reports (`attribution.reported_speech`), as a
    claim beside the sentence; None where there are none or they are too short to be a claim."""
    return _clause_beside(span, reported_speech(span, quoted, frame, book, mentions))


def _clause_beside(span, found):
    """(clause, frame) for a (start, end, frame) found in the span, without its closing marks ("that" kept, as
    PolNeAR's content has it); None for none found or a clause too short to be a claim."""
    if found is None:
        return None
    start, end, own = found
    clause = _without_closing_marks(span.doc, start, min(end, span.end))
    return (clause, own) if len(clause) > MIN_CLAIM_WORDS else None


def _stance_clause(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(clause, frame) for a stance a participle tells of the people it is on (`attribution.held_stance`), as a
    claim beside the sentence."""
    found = held_stance(span, quoted, frame, book, mentions)
    if found is None:
        return None
    start, end, own = found
    return _without_closing_marks(span.doc, start, end), own


def _without_closing_marks(doc, start: int, end: int):
    """The tokens start..end without the commas, semicolons and dashes that close them."""
    while end > start + 1 and doc[end - 1].text in _CLOSING_MARKS:
        end -= 1
    return doc[start:end]


_CLOSING_MARKS = {",", ";"} | nlp.DASHES


def _relative_clauses(span, quoted, at_end: bool):
    """The span's relative clauses, outside quotations and opened by a relative word, that end the sentence
    (`at_end`) or stand inside it; not one on the main verb's own argument whose relative word is its subject,
    which speaks for the sentence ("they met Vale, who said ...")."""
    doc = span.doc
    last = span.end - 1
    while last > span.start and (doc[last].is_punct or doc[last].text in QUOTE_MARKS):
        last -= 1
    for clause in span:
        if clause.dep_ != "relcl" or clause.pos_ not in {"VERB", "AUX"} or quoted[clause.i] \
                or (clause.right_edge.i >= last) != at_end or not _relative_word(clause) or (
                    argument_of_main_clause(clause.head) and _relative_subject(clause)):
            continue
        yield clause


# What sets a clause off as an aside: a comma, a dash or a bracket before it.
_ASIDE_OPENERS = {",", "--", "("} | nlp.DASHES


def _relative_word(clause) -> bool:
    """The clause opens with a relative word, after a preposition or a part at most ("who", "which", "in which",
    "where", "many of whom"); "that" only as the clause's subject or object, not a noun's complement ("the
    suggestion that Japan ...")."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.dep_ == "prep" and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    elif first.i + 2 < len(doc) and doc[first.i + 1].lower_ == "of" and doc[first.i + 2].tag_ in _RELATIVE_TAGS:
        first = doc[first.i + 2]  # "many of whom", "some of which": a part of what the clause is on
    if first.lower_ == "that":
        return first.dep_ in {"nsubj", "nsubjpass", "dobj"}
    return first.tag_ in _RELATIVE_TAGS and first.dep_ != "mark"


def _relative_subject(clause) -> bool:
    """The relative word is the clause's subject: what the clause is on speaks ("Vale, who said"), where in
    "the plan, which Reed said was careless" Reed does."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "which auditors said was rushed", parsed with two subjects: the noun speaks, not the relative word
    return len(subjects) == 1 and (subjects[0].tag_ in _RELATIVE_TAGS or subjects[0].lower_ == "that")


_RELATIVE_TAGS = {"WP", "WDT", "WP$", "WRB"}


def _verb_of_clause(index: int | None, clause) -> bool:
    """The clause's own verb, or one joined to it ("which manages the debt and says it cannot pay")."""
    return index is not None and (index == clause.i or (
        clause.doc[index].dep_ == "conj" and clause.doc[index].head.i == clause.i))


def _occasion_of_speech(clause) -> bool:
    """A clause of time or reason whose verb of speech has a subject of its own, on a main clause that reports no one
    ("After Vale told reporters that the plant would close, shares fell", "the crowd cheered when Reed said the levy
    would end"): what the speaker said is theirs, what followed the narration's. Not "as" ("As Reed said, the bill
    has no chance": the main clause is what he said), nor on a verb of speech or stance ("Reed said it when asked").
    """
    root = clause.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in clause.children) or not _speaks_on_its_own(clause):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _OCCASION_MARKERS for c in clause.children) \
            and verb_lemma(root, reporting_words()) not in reporting_words():
        return True
    marker = next((c.lower_ for c in clause.children if c.dep_ == "mark" or (
        c.dep_ == "advmod" and c.lower_ == "when" and c.i == clause.left_edge.i)), None)  # "when" parsed as an adverb
    return marker is not None and _beside_another_subject(clause, marker)


def _beside_another_subject(clause, marker: str) -> bool:
    """A clause of time, reason or concession whose verb of speech says something of its own, on a main clause with
    another subject ("After Reed said the levy was illegal, Cole told reporters it was fair", "Although the governor
    insists the budget is balanced, auditors found a gap", "As Democrats argue that the tax is fair, Republicans
    insist ..."): two statements, each its own speaker's. Not "As Reed said, ..." (nothing said of its own: the
    main clause is what he said), nor the same subject's ("Although he admitted that ..., he maintained ...", "The
    law bans it, though it does say that ...")."""
    if marker not in _OCCASION_MARKERS | _CONCESSION_MARKERS | {"as"} \
            or not any(c.dep_ == "ccomp" for c in clause.children):
        return False
    own = next(c for c in clause.children if c.dep_ == "nsubj")
    main = next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # a pronoun there is mostly the main subject, before it or after ("though it does say", "After he left, Reed said")
    return main is not None and main.lower_ != own.lower_ and own.pos_ != "PRON"


_OCCASION_MARKERS = {"when", "after", "before", "because", "since", "until", "once"}
_CONCESSION_MARKERS = {"though", "although"}


def _speaks_on_its_own(verb) -> bool:
    """A verb of speech with a subject of its own ("another says", "opponents say")."""
    speech = lexicon().speech_verbs
    return verb_lemma(verb, speech) in speech and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _second_speakers(root) -> list:
    """Another speaker's statement the parse hung on what the first one says ("One poll says A, while another says
    B", "Vale says A, whereas Reed says B"): a verb of speech with its own subject, joined after the content
    clause of a verb of speech."""
    if not _speaks_on_its_own(root):
        return []
    return [g for c in root.children if c.dep_ == "ccomp" and c.i > root.i for g in c.children
            if g.i > c.i and _speaks_on_its_own(g) and _independent(g)]


def _second_speaker_after_semicolon(root, quoted):
    """The semicolon between two speakers' statements the parse made one ("Supporters say A; opponents say B": the
    first the second's clause), or None."""
    if not _speaks_on_its_own(root):
        return None
    first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and _speaks_on_its_own(c)), None)
    if first is None:
        return None
    return next((c for c in root.children if c.text == ";" and first.right_edge.i < c.i < root.i
                 and not quoted[c.i]), None)


def _independent(child) -> bool:
    """A conjoined verb or a contrastive adverbial clause with a subject of its own."""
    # the subject on the verb, or on its auxiliary where the parse hung it there ("but the council is deeply divided")
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children) or any(
        g.dep_ in {"nsubj", "nsubjpass"} for c in child.children if c.dep_ in {"aux", "auxpass"} for g in c.children)
    joined = (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}) or (
        child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SPLIT_MARKERS for c in child.children))
    return joined and has_subject


def _trim(doc, start: int, end: int):
    """The span without the conjunctions, markers and punctuation at its edges (a final stop stays)."""
    while start < end and (doc[start].is_punct or doc[start].dep_ in {"cc", "mark"}):
        start += 1
    while end > start and (doc[end - 1].dep_ in {"cc", "mark"} or doc[end - 1].text in _CLOSING_MARKS):
        end -= 1
    return doc[start:end]


def _is_claim(span, text: str) -> bool:
    """Questions and short fragments are not claims; nor is a sentence without a subject, unless it is
    a line of its own without final punctuation (a bullet point, a standfirst)."""
    return not left_out_reason(span, text)


def left_out_reason(span, text: str) -> str | None:
    """Why a sentence of a kept line is no claim, or None when it is one."""
    stripped = text.rstrip("”’\"')]» ")
    if stripped.endswith("?") or _is_question_line(span.doc):
        return "question"
    if len(text.split()) < MIN_CLAIM_WORDS:
        return "fragment"
    if stripped.endswith(":"):
        return "introduces what follows"
    # A line of its own without final punctuation (a bullet point, a standfirst) is read as a statement;
    # so is a sentence with a verb but no subject the parse found ("Thank you for your attention to this
    # matter!", the headline style "Donald Trump heads to Asia seeking trade deals.").
    bare_line = span.start == 0 and span.end == len(span.doc) and not span.doc[-1].is_punct
    if bare_line or any(t.pos_ in {"VERB", "AUX"} or t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for t in span):
        return None
    return "no subject"


@functools.lru_cache(maxsize=8)  # the sentences of one paragraph are read one after the other
def _is_question_line(doc) -> bool:
    """Whether the paragraph opens with a question label; a Doc's text is joined anew on every read, so only its
    opening tokens are joined (a space, the label, a space, the colon)."""
    return transcript_label().match(doc[:4].text) is not None


def _predicate(span, frame: Frame | None):
    """The claim's main predicate: the reported statement's, or the clause's own."""
    if frame is not None and _inside(frame.content_root, span):
        content = span.doc[frame.content_root]  # and what a hedging verb there governs ("is scheduled to visit")
        start, end = max(content.left_edge.i, span.start), min(content.right_edge.i + 1, span.end)
        return features.main_predicate(span.doc[start:end])
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
        incidentals=incidentals(span),
        bodies=bodies(span),
        frame=(frames.read(span, numbers, dates, negation, hedge, root, article.published)
               if root is not None else None),
        phrases=claim_phrases(span),
    )


def bodies(span) -> tuple[str, ...]:
    """The span's organisations named as a phrase of their own ("the FBI released", "sold to Comcast"), not as a
    modifier of another noun ("the Johnson & Johnson vaccine", "C.V. Starr's gift")."""
    return tuple(dict.fromkeys(e.text for e in span.ents
                               if e.label_ == "ORG" and e.root.dep_ not in ("compound", "amod", "poss", "nmod")))


def incidentals(span) -> tuple[str, ...]:
    """The span's people's names, dates, times and numbers, as the recogniser reads them."""
    return tuple(dict.fromkeys(e.text for e in span.ents if e.label_ in _INCIDENTAL_TYPES))


def _argument(root, deps: set[str]) -> str:
    if root is None:
        return ""
    child = next((c for c in root.children if c.dep_ in deps), None)
    return " ".join(t.text for t in child.subtree) if child is not None else ""


def _remember(span, quoted: list[bool], frame: Frame | None, book: VoiceBook, mentions: Mentions) -> None:
    """Add the sentence's named people and bodies to the mentions pronouns and descriptions refer to."""
    carried = _person_of_pronoun_subject(span, quoted, mentions)
    for entity in span.ents:
        if entity.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or entity.root.pos_ == "ADJ":
            continue  # "Russian" in "Russian President Putin" is nobody "they" can refer to
        subject = entity.root.dep_ in {"nsubj", "nsubjpass"}
        person = entity.label_ == "PERSON" or (entity.label_ == "ORG" and _known_person(entity, book))
        if person:  # also a person of a side the tagger took for a body ("In Malaysia, Trump is attending ...")
            voice = person_voice(entity.root, book)
            words = _describing_words(entity)
        else:
            name = noun_phrase(entity.root) if entity.label_ == "ORG" else entity.text.removeprefix("the ")
            voice = Voice(name, book.side_of_text(name))
            words = name.lower().split()
        if not any(w[:1].isalpha() and w not in _DETERMINERS for w in voice.name.lower().split()):
            continue  # "The" alone: a tagger's slip, no one "it" can refer to
        mentions.add(Mention(voice.name, voice.side, person, frozenset(words),
                             entity.label_ == "GPE", entity.root.tag_ in {"NNS", "NNPS"}), subject, quoted[entity.root.i])
        if person and (gender := person_gender(entity, quoted) or _untold_given_name(voice.name, mentions)):
            mentions.learn_gender(voice.name, gender)
    for person, token in _untagged_people(span, quoted, book, mentions):
        mentions.add(person, subject=True, quoted=quoted[token.i])
    if carried is not None:
        mentions.add(carried, subject=True)
    parties = _parties(span, book)
    if parties:
        mentions.meet(parties)
    speaker = _speaking_person(frame.voice.name, mentions) if frame is not None and frame.voice.name else None
    if speaker is None and frame is not None and frame.voice.name and _states(span.doc, frame) \
            and unnamed_person(frame, span.doc):  # "“...,” a spokesman said. “...,” he added.": the spokesman
        speaker = Mention(frame.voice.name, frame.voice.side, True, frozenset(frame.voice.name.lower().split()))
    body = None
    if speaker is None and frame is not None and frame.voice.name and _states(span.doc, frame):
        body = Mention(frame.voice.name, frame.voice.side, False, frozenset(frame.voice.name.lower().split()),
                       plural=frame.plural)
    mentions.next_sentence(speaker, body)


def _untagged_people(span, quoted: list[bool], book: VoiceBook, mentions: Mentions) -> list[tuple[Mention, object]]:
    """People the article named before whom this sentence's subject names again by a surname the tagger took for a
    body or left untagged ("Maybe Reed is a secret liberal and he ...", after "Sen. Tom Reed"): the next "he" is
    them, not someone an earlier sentence named; also a name never tagged a person, where "his" or "her" in its own
    clause tells it is one. Each with its token."""
    found = []
    for token in span:
        if not (untagged_subject(token) and _lone_name(token)):
            continue
        if book.person_side(token.text)[1]:
            continue  # a person of a side is remembered with the entities already
        gender = person_gender(span.doc[token.i:token.i + 1], quoted)  # "Reed is tired of his job": a person
        person = _speaking_person(token.text, mentions) or (
            Mention(token.text, None, True, frozenset()) if gender is not None else None)
        if person is not None:
            if gender is not None:
                mentions.learn_gender(person.name, gender)
            found.append((replace(person), token))  # a copy: `add` sets the sentence it was named in
    return found


def _lone_name(token) -> bool:
    """A one-word name, capitalised ("Reed", not "Sen. Tom Reed"'s last word)."""
    doc = token.doc
    alone = token.ent_iob_ != "I" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and token.text[:1].isupper()


def _untold_given_name(name: str, mentions: Mentions) -> str | None:
    """What a person's given name tells of "he" or "she", while the text has told nothing of its own."""
    return None if name in mentions.genders else given_name_gender(name)


def _known_person(entity, book: VoiceBook) -> bool:
    """A name the sides file places on a side as a person: the full name, or a surname alone ("Trump"); not
    a body whose words a person's entry happens to share ("White House")."""
    known, side = book.person_side(entity.text)
    return side is not None and (len(entity) == 1 or known == entity.text)


def _person_of_pronoun_subject(span, quoted: list[bool], mentions: Mentions) -> Mention | None:
    """Whom the main clause's subject "he" or "she" refers to, as the person this sentence is about: the next
    "he" stays with them rather than with someone the sentence names aside ("Dismayed by Bill Clinton's years in
    office, he backs Sanders. “...,” he said.": not Clinton)."""
    subject = next((c for c in span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or quoted[subject.i] or subject.lower_ not in {"he", "she"}:
        return None
    return mentions.person(GENDER[subject.lower_])


def _states(doc, frame: Frame) -> bool:
    """Whether a frame is a statement ("Democrats say ...", "according to officials"), not a position or an
    act ("Technical teams will meet to discuss ...")."""
    if frame.verb is None or frame.covers_sentence:
        return True
    words = lexicon()
    return verb_lemma(doc[frame.verb], words.speech_verbs | words.stance_verbs) in words.speech_verbs | words.stance_verbs


def _speaking_person(name: str, mentions: Mentions) -> Mention | None:
    """The person a speaker's name stands for: a person of that name so far, or the one person whose surname
    it is ("Menendez said" after "Sen. Robert Menendez"), though the tagger took it for a place or body here."""
    same = next((m for m in reversed(mentions.items) if m.name == name and m.person), None)
    if same is not None or len(name.split()) != 1:
        return same
    named = {m.name: m for m in mentions.items if m.person and m.name.split()[-1] == name}
    return next(iter(named.values())) if len(named) == 1 else None


def _parties(span, book: VoiceBook) -> list[Mention]:
    """The subject of the sentence's main verb and the person it acts on or with ("The Prime Minister spoke
    to President Xi", "Obama met Putin"), when both are people: named, or an official by title."""
    verbs = [span.root] + [c for c in span.root.children if c.dep_ in {"ccomp", "parataxis", "conj"}]
    for verb in verbs:  # "A spokesperson said: The Prime Minister spoke to President Xi": the reported call
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        people = [t for t in [subject, *objects] if t is not None and _is_person(t, book)]
        if subject is not None and len(people) >= 2 and people[0] is subject:
            return [Mention(_person_name(t, book), None, True, frozenset()) for t in people[:2]]
    return []


def _is_person(token, book: VoiceBook) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ in {"NOUN", "PROPN"} and book.is_official_phrase(token.text)
                                           and not book.side_of_text(token.text))


def _person_name(token, book: VoiceBook) -> str:
    return person_voice(token, book).name if token.ent_type_ == "PERSON" else noun_phrase(token)


def _final_side(claim: Claim, book: VoiceBook, official: bool) -> Claim:
    """Sides learned after a claim was read (a person's title met later in the corpus) apply to it too,
    and to the one it reports left something out."""
    omission = claim.omission
    if omission is not None and omission.omitter_side is None:
        known, side = book.person_side(omission.omitter)
        if side:
            claim = replace(claim, omission=replace(omission, omitter=known, omitter_side=side))
    if not claim.attributed:
        return claim
    name = book.full_name(claim.voice)
    side = book.people.get(name) or claim.side or (book.side_of_text(name) if official else None)
    return replace(claim, voice=name, side=side) if (name, side) != (claim.voice, claim.side) else claim


# -- reported omissions ----------------------------------------------------------------------

_OMITTED_WHAT = re.compile(r",?\s+(?:nor|or|and)\s+(?:of\s+)?")


def reported_omission(span, book: VoiceBook, mentions: Mentions, previous: Claim | None) -> ReportedOmission | None:
    """A statement that an account left something out, read from the parse: a negated verb of containing
    ("did not mention / include / contain"), a verb of leaving out ("omitted", "left out"), "no mention /
    reference of", "X was silent on Y" or "Y was absent from X's readout"."""
    for token in span:
        found = _omission_parts(token, span)
        if found is None:
            continue
        subject, what_tokens = found
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


# The words a report of an omission turns on: a verb ("omitted"), a noun ("no mention"), an adjective ("silent").
_OMISSION_POS = {"VERB", "NOUN", "ADJ"}


def _omission_parts(token, span):
    """(the omitter's token or None, the tokens of what was left out) when `token` reports an omission."""
    if token.pos_ not in _OMISSION_POS:
        return None
    words = lexicon()
    lemma = token.lemma_.lower()
    if lemma not in _omission_lemmas():
        return None  # no branch below can take it: most words of a claim stop here
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "there"), None)
    negated = any(c.dep_ == "neg" or c.lower_ in {"never", "without"} for c in token.children)
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    account = subject is not None and subject.lemma_.lower() in words.account_nouns
    if token.pos_ == "VERB" and (negated or token.head.lower_ == "without") and (
            lemma in words.omission_verbs or (account and lemma in words.containing_verbs)):
        return subject, _omitted(token)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    mention = obj is not None and obj.lemma_.lower() in {"mention", "reference"}
    if token.pos_ == "VERB" and not negated and (lemma == "omit" or (account or mention) and (
            lemma in words.leaving_verbs or f"{lemma} {particle}" in words.leaving_verbs)):
        return subject, _omitted(token)
    if lemma in {"mention", "reference"} and token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}), None)
        what = [t for t in span.doc[of.i + 1:span.end] if not t.is_punct or t.text == ","] if of is not None else []
        verb = token.head
        return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "there"), None), what
    negated = negated or any(c.dep_ == "neg" for c in token.head.children)  # "was not silent on"
    if token.pos_ == "ADJ" and token.dep_ in {"acomp", "amod", "oprd"} and not negated:
        prep = next((c for c in token.children if c.dep_ == "prep"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        holder = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if pobj is None or holder is None:
            return None
        if lemma in words.silent_adjectives:  # "Washington was silent on the arms sales"
            return holder, list(pobj.subtree)
        if lemma in words.absent_adjectives:  # "Taiwan was absent from the US readout"
            return pobj, list(holder.subtree)
    return None


@functools.cache
def _omission_lemmas() -> frozenset[str]:
    """Every lemma `_omission_parts` can read as reporting an omission: the lexicon's verbs and adjectives,
    the first words of its verbs with a particle ("leave" of "leave out"), "omit", "mention", "reference"."""
    words = lexicon()
    leaving = {" ".join(verb.split(" ")[:n]) for verb in words.leaving_verbs for n in range(1, verb.count(" ") + 2)}
    return frozenset(words.omission_verbs | words.containing_verbs | leaving | words.silent_adjectives
                     | words.absent_adjectives | {"omit", "mention", "reference"})


def _previous_speaker(previous: Claim, book: VoiceBook) -> tuple[str, str | None]:
    """Who "there was no mention of ..." is about: the previous claim's source, or its subject's side."""
    subject_side = book.side_of_text(previous.subject)
    if not previous.attributed and subject_side:
        return previous.subject, subject_side
    return previous.voice, previous.side


def _omitted(verb) -> list:
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"}), None)
    if obj is not None and obj.lemma_.lower() in {"mention", "reference"}:  # "left out any reference to X"
        prep = next((c for c in obj.children if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), obj) if prep is not None else obj
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return []
    tokens = [t for t in obj.subtree]
    for conj in (c for c in verb.children if c.dep_ == "conj"):  # "nor of buying soya beans"
        tokens += [t for t in conj.subtree]
    return sorted(set(tokens), key=lambda t: t.i)
