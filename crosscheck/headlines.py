"""Headlines: a title -> the parts of it that state who did what, as a label writes them.

A Title Case title is put in sentence case first (`truecase`: a word the texts write in lower case, or
no text writes otherwise, is a common word; a name, an acronym or a figure stays as written), so that
the parser reads its verbs. Each part of the title between its breaks (a kicker's colon, a dash, a
second sentence) that has a verb and its subject is cut to its clause (`title_headlines`): no tail
("..., vows crackdown", "as fears grow"), no day the label's date gives ("this week"), no question, no
opinion's argument ("should") or voice ("we must"), no verdict of others on its subject ("mocked for"), never cut inside a range, a list or a quotation; a
kicker that names who speaks is kept as the attribution ("Whistleblower says ..."), and so is a source named after
the headline ("...: Study", "..., sources say"); a figure keeps the time it holds for ("after 5 months"). A headline
whose verb frames its subject rather than reports a happening ("X becomes war on Y", "X questioned amid ...") is
marked, so that a headline of what happened ranks before it (labels._central_headline).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .attribution import lexicon, transcript_label
from .dating import MONTHS
from .headlinese import plain_form
from .lexicon import stop_words, third_person, words_of
from .nlp import DASHES
from .predicates import TIME_ENTITIES, by_agent, when_phrase
from .tense import perfect, told_past
from .types import Article

# Lines of an article read with its title for the event's name: the lede says who and what. Two
# lines named the 17 events of the AllSides tuning half no better than one (three better, three
# worse, by reading), at twice the parse.
LEDE_LINES = 1
# A line without a sentence's end is a kicker or heading, not the lede, unless it is this long (a scraped
# teaser often loses its full stop). Set from the seed articles alone (kickers of 7 words, teasers of 20 and
# more): no AllSides or readout label changed with it, so no public set measures it yet.
_MIN_UNPUNCTUATED_LEDE_WORDS = 12


@functools.cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns of people who speak and of their accounts (data/reporting.toml, as attribution reads it)."""
    return lexicon().speaker_nouns | lexicon().account_nouns


@dataclass(frozen=True)
class Headline:
    """A part of a title that states who did what, cut to its clause (`title_headlines`); whether it names an
    outlet is decided when the labels are built, so that it can be kept by the text alone."""

    text: str
    flaws: int  # cut for length, a kicker left out before it, a next sentence left out that refers back to it
    lead_in: bool  # it opens with a preposition or adverb ("For Democrats, ..."), or with a phrase of where or when
    # set off by a comma before its subject ("One year into the pandemic, ..."): not who did what first
    words: tuple[str, ...]  # its content lemmas
    length: int  # its tokens
    entities: tuple[str, ...]  # its named entities, as written
    attributed: bool = False  # its kicker's speaker said it ("Whistleblower says ..."): second-hand, after a direct one
    call: bool = False  # an opinion's argument put as the call it makes ("Biden urged to ignore the debt limit")
    framing: bool = False  # its verb says what its subject is, not what happened ("war on virus becomes war on ...")
    source: str = ""  # the source the title names after it, as `text` ends with it ("study says"), "" if none
    subject: str = ""  # its subject as `text` opens with it ("Suspect who claimed to have a bomb"), "" if it does not
    subject_head: str = ""  # the lemma of its subject's head noun ("suspect")
    verb: str = ""  # the lemma of its main verb ("release" of "FBI releases ...")
    after: str = ""  # the tail it was cut before where that tells what came first ("after Fastly-linked outage")
    after_nouns: tuple[str, ...] = ()  # the common nouns (lemmas) of `after`
    speculative: bool = False  # its verb takes a modal of what may happen ("divorce could rock the world of charity")
    # its main clause is the writer's verdict, not a reported act: an imperative ("Remember, the media chose ...") or a
    # verdict noun for what it tells of ("Spin and lies won't hide the extent of Biden's border fiasco"; `_opinion`),
    # or a later part acting on what an earlier part told ("Don't kill remote learning. Fix it"; `_object_told_before`)
    opinion: bool = False
    # its verb tells a past: the simple past or the perfect ("tossed out", "has signed"), as a sentence of a lede does,
    # where a headline tells it in the present
    past: bool = False
    # its main verb tells a course: the progressive or the perfect ("are losing", "has squandered", "’s reckoning")
    course: bool = False
    # its verb takes a negated "will" ("Government won't fix the semiconductor shortage"): a forecast of what will not
    # happen, the writer's, unless a lede reports it (labels._course_argued)
    forecast: bool = False
    # its subject is a part of a group ("Some veterans' families delayed memorial services"; data/labels.toml
    # `sample_determiners`): a feature's examples of a trend, not who did what
    sampled: bool = False
    # the headline told as the charge it makes where its verb judges its object for an act ("Parents accuse school
    # board of covering up assault" of "Parents slam school board for covering up assault"; `_as_charge`), and the
    # act's lemma ("cover"): "" where it makes none
    charge: str = ""
    charged: str = ""
    # the lemma of the head noun of the thing a verb of showing says something of, where the headline is that thing
    # ("Anthony Fauci's emails" of "Anthony Fauci's emails reveal the pressure that fell on one man": "email";
    # `_inferred`), "" else
    shown: str = ""


def content_lemmas(tokens) -> set[str]:
    """The lemmas of the nouns, names, verbs, adjectives and figures among `tokens`."""
    return {t.lemma_.lower() for t in tokens if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}}


def title_end(doc) -> int:
    """The index of the first token after the doc's first line (the title)."""
    return next((t.i for t in doc if "\n" in t.text_with_ws), len(doc))


# A headline names the event in at most this many words; a longer one is cut at a preposition. 15:
# "Media pundits mocked for still trying to make news out of 'dud' rally on Capitol Hill" names its
# rally (AllSides tuning half: at 12 it was cut after "make news", judged a fragment by both judges).
# Of two headlines, one longer than _HEADLINE_SHORT words counts as cut (a label reads at a glance).
_HEADLINE_WORDS = 15
_HEADLINE_SHORT = 12
# A title's kicker names who speaks ("Whistleblower:", "White House:") in at most this many words.
_KICKER_WORDS = 3
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")
_ACT_ENDINGS = ("ment",)  # "disappointment", "agreement": an act, not who acts
_MIN_AGENT_NOUN = 4
_HEADLINE_MIN_WORDS = 3
# A headline cut before its tail keeps at least this many words, else the tail stays (when the whole is short):
# "Top generals contradict Biden" and "Biden's muscle questioned" said nothing of what about (both judges, second
# tuning sample of benchmarks/labels/labels_tuning.jsonl); "Police reform talks fall apart" keeps its five.
_HEADLINE_MIN_CUT = 5
# Marks that part a title: its kicker ("White House:", "9/11 anniversary:"), a second sentence, a
# tail ("— including for private employers", ": report", "| Outlet").
_TITLE_BREAKS = {":", "|", ".", "?", "!", ";"} | DASHES
# Words after a headline's verb that start what it adds ("..., vows crackdown", "despite claims",
# "as fears grow", "amid confusion"): the headline is cut before them.
_HEADLINE_TAILS = {",", "as", "despite", "amid", "while", "but", "because", "if", "although", "though",
                   "following", "according", "after", "before", "even", "unless", "so", "when", "since",
                   "(", "including"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_NOMINALS = _SUBJECTS | {"dobj", "pobj", "conj"}  # a noun's roles, whatever the tagger made of it ("the council's lies")
_WH_WORDS = {"what", "why", "how", "who", "whom", "whose", "which", "when", "where", "will", "can", "should",
             "is", "are", "do", "does", "did", "have", "has", "could", "would", "was", "were"}
_QUOTES = {'"', "“", "”", "‘"}
_OPENING, _CLOSING = {"“", "‘", '"'}, {"”", "’", '"'}
_FIRST_PERSONS = {"i", "me", "my", "we", "us", "our", "you", "your"}
_STACKED_MODIFIERS = {"amod", "compound", "nummod", "quantmod"}  # a noun's modifiers before it
# A hyphen with a space before it and none after, then the title's last words ("... claim -key House Republican")
_WIRE_SOURCE = re.compile(r"\s-([^\W\d_][^-–—]*)$")
_QUOTED_COMMA = re.compile(r",([’”\"'])$")  # a headline's last comma inside its quotation's closing mark


def title_headlines(doc) -> tuple[Headline, ...]:
    """The parts of a doc's title (its first line) that state who did what, each cut to its clause, in order; a
    part whose parse reads no verb with its subject is read again in the plain form of headlinese
    (`headlinese.plain_form`)."""
    end = title_end(doc)
    title = doc[:end]
    parts, start = [], 0
    for token in title:
        if token.text in _TITLE_BREAKS and (token.text != "." or token.i + 1 < end) and \
                not (token.text == "-" and not token.whitespace_):
            parts.append(title[start:token.i - title.start])
            start = token.i + 1 - title.start
    parts.append(title[start:])
    found = []
    told_to = [_told_to(part) for part in parts]
    for n, part in enumerate(parts):
        if part.end < end and doc[part.end].text == "?":
            continue  # a question ("Could the Taliban take over Afghanistan?") states no event
        part = _past_quotation(part)
        cut, plain = _clause(part), None
        if cut is None and (plain := plain_form(part)) is not None:
            cut = _clause(plain.part)
            if cut is not None and cut[3].i != plain.verb:
                cut = None  # the plain form read another verb: the title says something else
        if cut is not None:
            span, shortened, modal, verb = cut
            speaker = _speaker(parts[0]) if n == 1 and doc[parts[0].end].text == ":" else ""
            text = _QUOTED_COMMA.sub(r"\1", plain.written(span) if plain else span.text)  # "a ‘cult,’" -> "a ‘cult’"
            text = _without_loaded(span, text)
            text = _call(span, modal) if modal is not None else \
                f"{speaker} {_says(parts[0])} {_sentence_start(span, text)}" if speaker else text
            # a headline read in its plain form is a doc of its own: a speaker after it is read in the title
            source = "" if speaker or modal is not None else \
                _source_after(span, plain.part, ()) or _speaker_after(part, parts[n + 1:]) if plain else \
                _source_after(span, part, parts[n + 1:])
            text = f"{text}, {source}" if source else text
            # A title's first sentence that the next refers back to ("Labor shortages give low-pay workers a raise.
            # Inflation eats it up."): half of what the title says, after a whole one.
            half = _answered(parts[n + 1:]) if part.end < end and doc[part.end].text == "." else False
            # A title that goes on with a contrast ("Eric Adams is leading, but the race isn't decided", "Concern over
            # crime is growing — but Americans don't just want more police"): its point is the whole, not this half.
            half = half or _contrasted(span, plain.part if plain else part, parts[n + 1:])
            # A title that goes on to explain ("Inflation is up. Here’s why you shouldn’t panic.", "... Here’s what happens
            # next"): an explainer's, whose first sentence sets up its question, not the news of the day.
            half = half or any(_explains(later) for later in parts[n + 1:])
            # A kicker left out may have said who says it; a question left out before it ("Have vaccines ever been
            # mandated in history? Biden COVID shot plans could affect 100m people") said nothing.
            asked = all(doc[earlier.end].text == "?" for earlier in parts[:n])
            found.append(Headline(text, shortened + (n > 0 and not speaker and not asked) + half,
                                  _leads_in(span, verb) or _fronted(span, verb),
                                  tuple(sorted(content_lemmas(span))),
                                  len(span) - (plain.added if plain else 0), tuple(ent.text for ent in span.ents),
                                  bool(speaker) and modal is None, modal is not None,
                                  _framing(verb), source,
                                  *(_subject(span, verb) if not speaker and modal is None else ("", "")),
                                  verb.lemma_.lower(),
                                  *(_after(span, plain.part if plain else part) if not (source or speaker)
                                    and modal is None else ("", ())),
                                  any(c.dep_ == "aux" and c.lower_ in words_of("speculation_modals")
                                      for c in verb.children),
                                  _opinion(span, verb) or n > 0 and (_object_told_before(verb) or any(told_to[:n])),
                                  told_past(verb),
                                  _course(verb), _forecast(verb), _sampled(verb),
                                  *(_as_charge(verb, text) if not speaker and modal is None else ("", "")),
                                  shown=span.root.lemma_.lower() if not span.start <= verb.i < span.end else ""))
    return tuple(found)


def _as_charge(verb, text: str) -> tuple[str, str]:
    """(`text`, the headline of `verb`, told as the charge it makes, the act's lemma) where its verb judges its object
    for an act ("Parents slam school board for covering up assault": "Parents accuse school board of covering up
    assault", "cover"; data/labels.toml `charge_verbs`); ("", "") where it makes none. A passive ("Board slammed for
    ...") frames its subject (`_framing`), and a thing judged, not an act ("slams governor over audit"), is no charge."""
    if verb.lemma_.lower() not in words_of("charge_verbs") or verb.tag_ not in {"VBZ", "VBP", "VBD"} or not any(
            c.dep_ == "nsubj" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return "", ""
    act = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pcomp" and o.tag_ == "VBG"), None)
    judged = re.search(rf"\b{re.escape(verb.text)}\b", text)
    charged = re.search(rf"\bfor {re.escape(act.text)}\b", text) if act is not None else None
    if judged is None or charged is None or charged.start() < judged.end():
        return "", ""
    accuse = {"VBZ": "accuses", "VBP": "accuse", "VBD": "accused"}[verb.tag_]
    return (f"{text[:judged.start()]}{accuse}{text[judged.end():charged.start()]}of {act.text}"
            f"{text[charged.end():]}", act.lemma_.lower())


def _without_loaded(span, text: str) -> str:
    """`text`, the headline `span` writes, without each loaded describing word (`_loaded`) and the words that grade it
    ("Texas governor signs extreme six-week abortion ban" -> "... signs six-week abortion ban")."""
    for token in span:
        if _loaded(token):
            start = min([token.i] + [c.i for c in token.children if c.dep_ == "advmod" and c.i < token.i])
            # a grading word the parse hung on the noun ("most extreme")
            start -= start > span.start and span.doc[start - 1].lower_ in words_of("grading_words")
            written = span.doc[start:token.i + 1].text + token.whitespace_
            text = text.replace(written, "", 1)
    return text


def _loaded(token) -> bool:
    """A describing word of a writer's charge (data/labels.toml `loaded_adjectives`) before a noun that has other
    modifiers after it ("extreme six-week abortion ban", "disastrous $3.5 trillion spending bill"); alone before its
    noun it may be the thing's name ("extreme heat")."""
    return token.dep_ == "amod" and token.lower_ in words_of("loaded_adjectives") and any(
        c.dep_ in _STACKED_MODIFIERS and token.i < c.i < token.head.i for c in token.head.children)


def _course(verb) -> bool:
    """A verb in the progressive, with "be" or without it as a headline writes it ("are losing", "Netanyahu’s reckoning
    ..."), or in the perfect ("has squandered")."""
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and aux <= {"be"} or perfect(verb)


def _forecast(verb) -> bool:
    """A verb with a negated "will" ("won't fix", "will not block")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lemma_.lower() == "will" for c in aux) and any(c.dep_ == "neg" for c in verb.children)


def _sampled(verb) -> bool:
    """A subject whose determiner picks a part of a group ("Some veterans' families", "Some farmers")."""
    return any(c.dep_ in _SUBJECTS and c.left_edge.dep_ == "det"
               and c.left_edge.lower_ in words_of("sample_determiners") for c in verb.children)


def _object_told_before(verb) -> bool:
    """A later part's verb whose object is a pronoun for what an earlier part of the title told ("Don't kill remote
    learning. Black and brown families need it.", "... depend on it"): it goes on with that part's argument and names
    nothing it acts on."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in _BACK_REFERENCES for o in objects)


def _past_quotation(part):
    """A part that opens with a quotation set off by a comma, read from where its own clause starts ("“It's a long
    tradition in RI,” Whitehouse defends family's membership in all-white club" -> "Whitehouse defends ..."): the
    quotation is a kicker in another's voice, the clause after it who did what. Not where that clause's verb is a
    saying ("“We will not back down,” Biden says"): what is said is the quotation itself. Else the part as it is."""
    tokens = [t for t in part if not t.is_space]
    if not tokens or tokens[0].text not in _OPENING:
        return part
    close = next((t.i for t in tokens[1:] if t.text in _CLOSING and t.i > tokens[0].i + 1), None)
    comma_after = close is not None and close + 1 < part.end and part.doc[close + 1].text == ","
    if close is None or not (part.doc[close - 1].text == "," or comma_after):
        return part
    start = close + 2 if comma_after else close + 1
    rest = part.doc[start:part.end]
    root = next((t for t in rest if t.head.i == t.i or t.head.i < start), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in lexicon().speech_verbs or not any(
            c.dep_ in _SUBJECTS and c.i >= start for c in root.children):
        return part
    return rest


def _after(span, part) -> tuple[str, tuple[str, ...]]:
    """The tail the headline was cut before where it tells what came first ("... after Fastly-linked outage"), as the
    title writes it, and its common nouns (lemmas); ("", ()) where the cut was at another word, or the whole would be
    longer than a headline."""
    rest = [t for t in part if t.i >= span.end and not t.is_space]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if not rest or rest[0].lower_ != "after" or any(t.text in {",", ";", "("} for t in rest):
        return "", ()
    if len([t for t in span if not t.is_punct]) + len([t for t in rest if not t.is_punct]) > _HEADLINE_WORDS:
        return "", ()
    text = part.doc.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]
    return text, tuple(sorted({t.lemma_.lower() for t in rest if t.pos_ == "NOUN" and t.is_alpha}))


def _leads_in(span, verb) -> bool:
    """A headline that opens with a preposition or an adverb of its own ("For Democrats, ...", "Again, ..."), not one
    inside its subject's phrase ("Fully vaccinated Americans don't need a booster", "Nearly half of voters back ..."):
    that subject is who did what, first."""
    if span[0].pos_ not in {"ADP", "SCONJ", "ADV"} or _clause_first(span[0]):
        return False
    token = span[0]
    while token.dep_ not in _SUBJECTS and token.head.i != token.i:
        token = token.head
    return token.dep_ not in _SUBJECTS


def _clause_first(token) -> bool:
    """A headline that opens with a clause of its own: a conjunction whose verb has its own subject, a noun ("As prices
    rise, Fed dismisses inflation worries"): two happenings told, not a feature's lead-in ("For Democrats, ...")."""
    head = token.head
    return token.pos_ == "SCONJ" and token.dep_ == "mark" and head.dep_ == "advcl" and any(
        c.dep_ in _SUBJECTS and c.pos_ in {"NOUN", "PROPN"} for c in head.children)


def _fronted(span, verb) -> bool:
    """A phrase set off by a comma before the headline's subject ("One year into the pandemic, millions of jobs are
    still missing"): where or when first, as a feature opens, not who did what."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.left_edge.i <= span.start:
        return False
    before = [t for t in span.doc[span.start:subject.left_edge.i] if not t.is_space]
    return before[-1].text == "," and any(t.pos_ == "ADP" for t in before) \
        and not any(t.pos_ in {"VERB", "AUX"} for t in before)


def _source_after(span, part, rest) -> str:
    """Who the title says the headline comes from, after it: a tail that names a speaker and its verb of saying
    ("..., sources say", "..., Lancet study confirms") or a last part after a colon that names one ("...: Study",
    "...: officials"), as a label keeps it ("study says"); "" when none. A finding put as fact without its
    source reads as the outlet's own (both judges, second tuning sample of benchmarks/labels/labels_tuning.jsonl).
    The headline still ranks as a direct one: the source is where the news came from, not a party's allegation."""
    doc = span.doc
    commas = [t.i for t in doc[span.end:part.end] if t.text == ","]
    if not commas and len(span) > 1 and span[-2].text == "," and span[-1].text in _CLOSING:
        commas = [span[-2].i]  # the comma the headline's quotation holds: "... ‘get through this together,’ email reveals"
    tail = [t for t in doc[commas[-1]:part.end] if not t.is_space] if commas else []
    words = [t for t in tail if not t.is_punct]
    # the speaker and its verb, and no more than where or when it spoke ("..., President Tsai says during National
    # Day celebrations")
    verb = next((t for t in words if t.pos_ == "VERB"), None)
    if verb is not None and any(t.i > verb.i and not _circumstance(t, verb) for t in words):
        verb = None
    if tail and verb is not None and 2 <= len([t for t in words if t.i <= verb.i]) <= _KICKER_WORDS + 1:
        # a verb of saying, or one whose clause the headline is ("..., US assesses")
        speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= span.end), None)
        said = speaker is not None and (verb.lemma_.lower() in lexicon().speech_verbs or any(
            t.dep_ == "ccomp" and t.head.i == verb.i for t in span) and verb.i == words[-1].i
            and (speaker.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or speaker.lemma_.lower() in _speaker_nouns()))
        return _sentence_start(doc[words[0].i:verb.i + 1]) if said else ""
    return _speaker_after(part, rest)


def _speaker_after(part, rest) -> str:
    """A title's last part after a colon or a dash that names a speaker ("...: Study", "... – union leader"), as a
    label keeps it ("union leader says"); "" when there is none."""
    doc = part.doc
    if len(rest) == 1 and part.end < len(doc) and doc[part.end].text in {":"} | DASHES and _speaker(rest[0]):
        tokens = [t for t in rest[0] if not t.is_space and not t.is_punct]
        return f"{_sentence_start(doc[tokens[0].i:tokens[-1].i + 1])} {_says(rest[0])}"
    return ""


def _circumstance(token, verb) -> bool:
    """A word of a phrase that says where or when `verb` happened ("during National Day celebrations")."""
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in {"prep", "npadvmod", "advmod"}


def _subject(span, verb) -> tuple[str, str]:
    """The headline's subject, whole, where the headline opens with it, and the lemma of its head noun."""
    head = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or head.left_edge.i != span.start or head.right_edge.i >= verb.i:
        return "", ""
    return span.doc[head.left_edge.i:head.right_edge.i + 1].text, head.lemma_.lower()


def _framing(verb) -> bool:
    """A main verb that says what its subject is, not what happened: a copula with a described noun ("Biden's war
    on virus becomes war on unvaccinated", "The debt limit is a hoax") or with a describing word ("Cuba's protests
    are unprecedented", "The activist class is never satisfied"), or a passive of judging aloud (`_judged`): an
    outlet's framing of the news. A bare noun is a status ("Bill becomes law", "Biden becomes president"), and a
    light verb of data/frames.toml no mark of one: "Senators reach deal", "Biden holds call with Xi" report a
    happening."""
    return _judged(verb) or _got_it(verb) or _left_reacting(verb) or _seeming(verb) or any(
        c.dep_ == "acomp" or c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} and any(True for _ in c.children)
        for c in verb.children)


def reported_acts(doc) -> tuple[tuple[str, str], ...]:
    """Each act the lede (the doc after its title) reports of a named actor, put as a headline's present: (the actor's
    name as written, the rest of the headline): "On Thursday, President Joe Biden signed into law a bill to recognize
    Juneteenth as a federal holiday" -> ("Joe Biden", "signs into law a bill to recognize Juneteenth as a federal
    holiday"). A sentence's main verb in the past, not negated, whose subject (or, in the passive, whose "by") is a
    name, a person or a body; where the sentence's main verb is a saying ("..., her office said"), the act is what was
    said. Neither a saying itself (what was said is a claim, not the act) nor "be" or "have", nor the writer's verdict
    (`_graded`, `_slanted`: "Lopez set out the most ambitious plan in years"); what the verb takes is cut at
    _HEADLINE_WORDS words, after a noun. What the columns argue about, where every title argues."""
    found, start = [], title_end(doc)
    for sentence in doc[start:].sents:
        root = sentence.root
        verbs = [root] + ([c for c in root.children if c.dep_ == "ccomp"]
                          if root.lemma_.lower() in lexicon().speech_verbs else [])
        for verb in verbs:
            actor = _actor(verb, start)
            if actor is None or verb.lemma_.lower() in {"be", "have"} | lexicon().speech_verbs or \
                    any(c.dep_ == "neg" for c in verb.children) or _inside_quotes(verb, sentence) or \
                    _graded(verb) or _slanted(sentence, verb):
                continue
            name = next(e for e in doc.ents if e.start <= actor.i < e.end)
            rest = _object_words(verb, _HEADLINE_WORDS - len(name), start)
            if rest:
                found.append((name.text, " ".join([third_person(verb.lemma_.lower()), *rest])))
    return tuple(found)


def _told_before(token) -> bool:
    """A word of a lede's sentence that points back to what came before it ("Hamas launched more rockets at Israel",
    "fired further shots", "also sent troops"; data/labels.toml `back_reference_words`): the act as a headline, read
    alone, has no before, and the word is left out ("launches rockets at Israel"; 'more' a leftover of that sentence,
    the fact-checker, fourth tuning sample). Not a comparison ("more than 1,000 rockets")."""
    if token.lower_ not in words_of("back_reference_words"):
        return False
    compared = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "than"
    return not compared and token.dep_ in {"amod", "advmod"} and token.head.pos_ in {"NOUN", "PROPN", "VERB"}


def _actor(verb, start: int):
    """Who did what a past verb tells, where a name (a person or a body) says it: its subject, or in the passive its
    "by" ("The bill was signed by Governor Lopez"); None where no name does, or the verb tells no past act."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        actor = by_agent(verb)
    elif verb.tag_ == "VBD":  # the parser may hang the title's noun on the lede's verb: the lede's own subject
        actor = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= start), None)
    else:
        return None
    return actor if actor is not None and actor.i >= start and actor.pos_ == "PROPN" and actor.ent_type_ else None


def _object_words(verb, limit: int, start: int) -> list[str]:
    """The words a verb takes after it, its objects and phrases (and, in the passive, its subject first: "signs a bill
    into law" of "A bill was signed into law by ..."), from `start` on, up to `limit` and ending on a noun that ends its
    phrase; none where they end on none. A determiner is written in lower case, as inside a sentence; a word written
    against the next ("$1.2") stays so."""
    takes = [c for c in verb.children if c.i > verb.i and c.dep_ in {"dobj", "prep", "prt", "dative", "xcomp", "attr",
                                                                     "oprd", "ccomp"} and not when_phrase(c)]
    if any(c.dep_ == "auxpass" for c in verb.children):
        takes = [c for c in verb.children if c.dep_ == "nsubjpass"] + takes
    taken = [t for c in takes for t in c.subtree if t.i >= start and not t.is_space and not _told_before(t)]
    words = taken[:limit]
    while words and not (words[-1].pos_ in {"NOUN", "PROPN"} and words[-1].dep_ != "compound"):
        words.pop()
    if len(taken) <= limit and any(t.pos_ in {"ADJ", "ADV", "VERB"} for t in taken[len(words):]) or any(
            c.i > verb.i and c.pos_ == "ADJ" and c.dep_ in {"advcl", "acomp", "oprd"} for c in verb.children):
        return []  # what it does to the noun comes after it ("kicked the door wide open"): no cut says it
    written = "".join((t.lower_ if t.pos_ == "DET" else t.text) + (t.whitespace_ if n < len(words) - 1 else "")
                      for n, t in enumerate(words))
    return written.split()  # as written: "$1.2 trillion", not "$ 1.2 trillion"


def _opinion(span, verb) -> bool:
    """A headline whose main clause argues rather than reports (`_imperative`, `_slanted`, `_graded`): the writer
    speaks to the reader or names what happened by a verdict, so no act is reported, whatever its verb."""
    return _imperative(span, verb) or _slanted(span, verb) or _graded(verb)


def _imperative(span, verb) -> bool:
    """A headline that tells its reader what to think: a verb set before its clause ("Remember, the media chose ...",
    "Admit it, the plan collapsed ..."), first, in the base form with no subject, no modal and no "to". A title whose
    own verb is an imperative ("Don't believe the hype") has no subject, so no headline. "U.S. to begin evacuating"
    has its "to", "Biden Sets Out" a present tense."""
    candidates = [c for c in verb.children if c.dep_ in {"parataxis", "advcl"} and c.i < verb.i]
    return any(_bare_imperative(c, span) for c in candidates)


def _told_to(part) -> bool:
    """A title's part that tells its reader what to do ("Stop Biden's $3.5 trillion boondoggle", "Don't kill remote
    learning"): its root verb first, in the base form with an object and no subject, modal or "to" ("Watch:" is a
    kicker of a video). The parts after it go on
    with the column's argument ("... – Manchin shows moderate Dems how to survive midterms"), whatever their verb."""
    if not [t for t in part if not t.is_space]:
        return False
    root = part.root
    return _bare_imperative(root, part) and any(c.dep_ == "dobj" for c in root.children)


def _bare_imperative(verb, span) -> bool:
    """The verb is the span's first word, in the base form, with no subject, modal or "to": it tells the reader."""
    return verb.tag_ == "VB" and verb.i == _first_word(span) and not any(
        c.dep_ in _SUBJECTS | {"expl"} or c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.children)


def _first_word(span) -> int:
    """The index of the span's first word, past a "Do"/"Don't" that opens an imperative."""
    tokens = [t for t in span if not t.is_space]
    n = 0
    while n < len(tokens) - 1 and (tokens[n].lower_ == "do" and tokens[n].dep_ == "aux" or tokens[n].dep_ == "neg"):
        n += 1
    return tokens[n].i if tokens else -1


def _slanted(span, verb) -> bool:
    """A headline that names what it tells of by a verdict noun (data/labels.toml `slant_nouns`) as its subject ("Spin
    and lies won't hide ...") or as someone's ("... Biden's border fiasco", "the administration's lies"): a column's
    argument. A verdict noun without an owner ("charged with fraud") or a word of a compound ("fraud indictment")
    reports a charge."""
    slant = words_of("slant_nouns")
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    subjects += [c for s in subjects for c in s.conjuncts]
    return any((t.pos_ == "NOUN" or t.dep_ in _NOMINALS) and t.lower_ in slant and t.dep_ != "compound" and not _inside_quotes(t, span)
               and (t in subjects or any(c.dep_ == "poss" for c in t.children)) for t in span)


def _graded(verb) -> bool:
    """A headline whose object is graded against all others by a quality ("Biden gave the most ideologically ambitious
    speech of any president", "Council passes the least honest budget in years"): the writer's ranking of the act, not
    the act. A figure's superlative ("highest", "largest") and "most" of a noun ("most Americans") rank by measure."""
    for thing in (c for c in verb.children if c.dep_ in {"dobj", "attr"}):
        before = [t for t in thing.subtree if t.i < thing.i]
        if any(t.lower_ in {"most", "least"} and any(a.tag_ == "JJ" and a.i > t.i for a in before) for t in before):
            return True
    return False


def _inside_quotes(token, span) -> bool:
    """Whether the token stands between an opening and a closing quotation mark of the span."""
    marks = [t for t in span if t.text in _QUOTES and t.i < token.i]
    return len(marks) % 2 == 1


def _got_it(verb) -> bool:
    """A verb whose object is "it" with a verdict after it ("Supreme Court gets it right on Texas abortion law", "The
    Senate got it wrong": data/labels.toml `verdict_complements`): a writer's verdict on the act, not the act."""
    doc = verb.doc
    return any(c.dep_ in {"dobj", "obj"} and c.lower_ == "it" and c.i + 1 < len(doc)
               and doc[c.i + 1].lower_ in words_of("verdict_complements") for c in verb.children)


def _left_reacting(verb) -> bool:
    """A verb that leaves others in a reaction (data/labels.toml `reaction_verbs`), told by a clause of theirs in the
    progressive ("Biden vaccine mandate leaves companies scrambling to figure out how to comply", "Ruling sends markets
    reeling"): how others took the news, an angle on it; "Storm leaves thousands without power" and "Shooting leaves
    three dead" report."""
    if verb.lemma_.lower() not in words_of("reaction_verbs"):
        return False
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}
               and any(s.dep_ in _SUBJECTS for s in c.children)]  # the parse's two readings: its clause, or
    clauses += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and a.i == o.i + 1]
    return any(c.tag_ == "VBG" for c in clauses)  # its object's participle


def _seeming(verb) -> bool:
    """A verb of how a thing seems (data/labels.toml `seeming_verbs`) with a describing word ("Even Trump-friendly
    companies seem comfortable with COVID restrictions", "Markets appear calm"): an impression, as a copula's."""
    return verb.lemma_.lower() in words_of("seeming_verbs") and any(
        c.dep_ in {"oprd", "acomp", "xcomp"} and c.pos_ == "ADJ" for c in verb.children)


def _inferred(verb):
    """The subject of a verb of showing (data/labels.toml `inference_verbs`) where it is a thing, not a named actor,
    and what it shows a noun phrase, not a clause; else None. "Weak jobs report shows limits of 'stimulus'": what
    it shows is the outlet's inference, the subject the happening; "Data shows US wasted 15M doses" (a clause)
    reports the data's finding, "Biden highlights ..." a named actor's act ("Senators reveal bill text" people's), and
    "No, emails don't show agreement"
    (negated) a fact-check's finding that the subject alone would leave out."""
    if verb.lemma_.lower() not in words_of("inference_verbs") or any(c.dep_ in {"ccomp", "neg"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or _of_people(subject) or not any(
            c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None
    return subject


def _of_people(noun) -> bool:
    """A noun of people (data/labels.toml `people_nouns`, `who_nouns`): "Senators reveal bill text" is their act."""
    return noun.lower_ in words_of("people_nouns") | words_of("who_nouns")


def _call(span, modal) -> str:
    """An opinion's argument as the call it makes, a headline's passive: "Biden should ignore the debt limit and mint a
    $1 trillion coin" -> "Biden urged to ignore the debt limit and mint a $1 trillion coin"; "... should not ..." ->
    "... urged not to ..."."""
    doc = span.doc
    rest = modal.i + 1
    if rest < span.end and doc[rest].lower_ == "to":  # "ought to"
        rest += 1
    negation = rest < span.end and doc[rest].dep_ == "neg"
    after = doc[rest + negation:span.end].text
    return f"{doc[span.start:modal.i].text} urged {'not ' if negation else ''}to {after}"


def _speaker(kicker) -> str:
    """A title's kicker that says who speaks ("Whistleblower: Facebook is misleading ...", "Officials: ...",
    "White House: ..."): a name of a person or a body, or a common noun for people or a document
    (data/reporting.toml, or an agent noun: "whistleblower"), of at most _KICKER_WORDS words and no verb;
    "" when the kicker names a topic ("9/11 anniversary:", "Infrastructure deal:")."""
    tokens = [t for t in kicker if not t.is_space and not t.is_punct]
    if not tokens or len(tokens) > _KICKER_WORDS or any(t.pos_ in {"VERB", "AUX", "NUM", "PRON", "DET"} for t in tokens):
        return ""  # "Another disappointment:", "The Memo:": a column's or a comment's name
    head = tokens[-1]
    named = head.ent_type_ in {"PERSON", "ORG", "NORP"}  # "HHS Secretary Becerra:", "White House:"
    lemma = head.lemma_.lower()
    speaking = lemma in _speaker_nouns() or lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith(_ACT_ENDINGS) \
        and len(lemma) > _MIN_AGENT_NOUN
    if not (named or speaking and head.pos_ in {"NOUN", "PROPN"}):
        return ""
    text = kicker.doc[tokens[0].i:head.i + 1].text
    return text[:1].upper() + text[1:]


def _says(kicker) -> str:
    """"says", or "say" after a plural ("Officials say")."""
    heads = [t for t in kicker if not t.is_punct]
    return "say" if heads and heads[-1].tag_ in {"NNS", "NNPS"} else "says"


def _sentence_start(span, text: str = "") -> str:
    """A clause (`span`, or `text` where the title writes it otherwise) as the rest of a sentence: its first word in
    lower case unless a name ("The attacks" -> "the attacks"; "Facebook" stays: a name, or written with a capital
    inside a sentence of its text)."""
    first, text = span[0], text or span.text
    named = any(t.lower_ == first.lower_ and t.text[:1].isupper() and not t.is_sent_start and t.i != first.i
                and t.doc[t.i - 1].text not in _TITLE_BREAKS for t in first.doc)
    if named or first.pos_ == "PROPN" or first.ent_type_ in _NAME_TYPES or first.text.isupper() or first.text == "I":
        return text
    return first.text[:1].lower() + text[1:]


def _listed(token) -> bool:
    """A comma inside a list of describing words ("broad, longer-term immunity", "for elderly, high-risk") or of
    bare nouns ("against hate speech, violence, misinformation"): no tail starts there."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text != "," or following is None or following.tag_ == "VBG":
        return False
    head = following
    while head.dep_ in {"compound", "amod"} and head.head.i > head.i:
        head = head.head
    if head.dep_ in _SUBJECTS and head.head.i > head.i and head.head.lemma_.lower() in lexicon().speech_verbs:
        return False  # who says it (", President Tsai says ..."): the source, no list
    if _next_item(token, following):
        return True
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    bare_noun = following.pos_ in {"NOUN", "PROPN"} and (after is None or after.text in {",", "and", "or", "."}
                                                         or after.is_space)  # "hate speech, violence, misinformation"
    return bare_noun or following.pos_ == "ADJ" or following.dep_ in {"amod", "conj", "compound"}


def _next_item(comma, following) -> bool:
    """The noun phrase after a comma is the next item of a list of things or names the noun before it opens ("from
    China, Russia as he departs", "on workers, students, doctor's offices to ..."): its head noun, past the words
    that describe or own it, is joined to a noun before the comma. A cut there keeps half of the list (both judges
    fault a cut inside a list)."""
    head = following
    while head.dep_ in {"compound", "amod", "poss", "case"} and head.head.i > head.i:
        head = head.head
    joined = head.head.i < comma.i and head.head.pos_ in {"NOUN", "PROPN"}
    # names the parser reads as in apposition ("China, Russia"); a common noun in apposition is a remark on the
    # noun before it ("..., a win for Va. student"), no item
    return joined and (head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "conj"
                       or head.dep_ == "appos" and head.pos_ == head.head.pos_ == "PROPN")


def _relative_day(token) -> bool:
    """A day or time the label's date already gives ("this week", "on Monday", "today": data/labels.toml); a
    dated deadline ("Oct. 18"), a month ("jobs in July", reported in August) or a span ("for a third month")
    is part of the news."""
    if token.ent_type_ not in TIME_ENTITIES:
        return False
    start, end = token.i, token.i + 1
    while start > 0 and token.doc[start - 1].ent_type_ == token.ent_type_ and token.doc[start].ent_iob_ != "B":
        start -= 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1  # the whole of it: "last" of "last week" goes with "week"
    words = token.doc[start:end]
    return any(t.lower_ in words_of("days_the_date_gives") for t in words) and not any(
        re.search(r"\d", t.text) or t.text.strip(".").lower() in MONTHS for t in words)


def _range_word(token) -> bool:
    """"to" between two figures ("children 5 to 11"): part of a range, no place to cut."""
    doc = token.doc
    return (token.lower_ in {"to", "-", "–"} and token.i > 0 and token.i + 1 < len(doc)
            and doc[token.i - 1].like_num and doc[token.i + 1].like_num)


def _clause(part):
    """`part` cut to the clause it states (its subject, verb and what the verb takes), with whether it was cut for
    length, its opinion's modal (or None) and its main verb; or None."""
    tokens = [t for t in part if not t.is_space]
    if tokens and (tokens[0].is_quote or tokens[0].text in _QUOTES):
        return None  # a quotation ("'Absolutely the government's business' to know ..."): no event's headline
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if len(tokens) < _HEADLINE_MIN_WORDS or tokens[0].lower_ in _WH_WORDS or tokens[0].lower_ in _CONTRASTS:
        return None  # a question, or the contrast that goes on from the part before ("— but Americans don't ...")
    inside = {t.i for t in tokens}
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in _SUBJECTS and c.i in inside and c.pos_ != "PRON" for c in t.children)
        or _headline_passive(t, inside)]
    # A subordinate clause's verb ("As Pride Month begins, Republicans double down ...") after the main one.
    verb = next((t for t in verbs if not any(c.dep_ == "mark" for c in t.children)), verbs[0] if verbs else None)
    if verb is None:
        return None
    end = tokens[-1].i + 1
    doc = part.doc
    shown = _inferred(verb)
    if shown is not None and shown.left_edge.i == tokens[0].i:
        # the happening is what shows it: "Weak jobs report shows limits of 'stimulus'" -> "Weak jobs report" (both
        # judges, fourth tuning sample: the inference is one outlet's angle on the report)
        return doc[shown.left_edge.i:shown.right_edge.i + 1], 0, None, verb
    for token in tokens:
        if token.i > verb.i and (token.lower_ in _HEADLINE_TAILS or _second_clause(token, verb)) and not _listed(token) \
                and not _qualifies_figure(token):
            # with the words that lead into it ("20 years after attacks": "20 years" says when, of the tail)
            end = token.left_edge.i if verb.i < token.left_edge.i < token.i else token.i
            break
    whole = [t for t in tokens if not t.is_punct]
    if end <= tokens[-1].i and len([t for t in whole if t.i < end]) < _HEADLINE_MIN_CUT and len(whole) <= _HEADLINE_SHORT \
            and _adds_to_clause(doc[end:tokens[-1].i + 1]):
        end = tokens[-1].i + 1  # "Biden's muscle questioned amid falling polls": its tail says what the rest is about
    if _weighed(verb, doc[end:tokens[-1].i + 1]):
        return None  # one half of a judgement weighed both ways ("Biden isn't quite right, but he's not wrong")
    words = [t for t in tokens if t.i < end and not t.is_punct]
    # An opinion's argument ("Biden should ignore the debt limit"): no event, but the call it makes (`_call`).
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in words_of("opinion_modals")
                  and c.i < verb.i), None)
    if _verdict(verb):
        return None  # others' verdict on its subject ("Media pundits mocked for ..."): an outlet's angle, not the event
    shortened = len(words) > _HEADLINE_WORDS
    if shortened:  # too long: cut before the last preposition (or "to") that follows a noun
        preps = [t.i for t in words[:_HEADLINE_WORDS + 1] if t.i > verb.i + 1
                 and (t.pos_ == "ADP" or t.lower_ == "to") and doc[t.i - 1].pos_ in {"NOUN", "PROPN", "NUM"}
                 and not _range_word(t) and not _infinitive_to(t)]
        if not preps:
            return None
        end = preps[-1]
    while end > verb.i + 1 and (doc[end - 1].pos_ in {"CCONJ", "ADP", "DET", "PUNCT", "PART", "SCONJ"}
                                and doc[end - 1].dep_ != "prt"  # "Facebook's apps went down"
                                and not _verb_adverb(doc[end - 1], verb)  # "Inflation is up"
                                or doc[end - 1].text in {"“", "‘"} or _relative_day(doc[end - 1])):
        end -= 1
    quoting = any(t.text in _OPENING for t in doc[tokens[0].i:end])
    if end < len(doc) and doc[end].text in _CLOSING and quoting:
        end += 1  # the quotation's closing mark: "taken ‘wildly out of context’"
    elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _CLOSING and quoting:
        end += 2  # the comma the quotation holds, and its closing mark: "calls the Democrats a ‘cult,’ says ..."
    span = doc[tokens[0].i:end]
    quotes = [t for t in span if t.text in _QUOTES]
    opened = [t.i for t in quotes if t.text == "‘"]
    if len([t for t in quotes if t.text != "‘"]) % 2 or opened and not any(t.text == "’" and t.i > opened[-1] for t in span):
        return None  # a quotation cut open
    if not quotes and any(t.text == "I" or t.lower_ in _FIRST_PERSONS and not t.text.isupper() for t in span):
        return None  # an opinion's voice ("we must reclaim"), not an event's
    if modal is not None and (modal.lower_ not in words_of("call_modals") or not any(
            c.dep_ in _SUBJECTS and c.i < modal.i and c.i in inside for c in verb.children)):
        return None  # no call ("Facebook must face lawsuit, judge rules"), or no one called on
    return span, int(shortened or len([t for t in span if not t.is_punct]) > _HEADLINE_SHORT), modal, verb


def _second_clause(token, verb) -> bool:
    """An "and" that joins to the headline's verb a clause with a subject of its own ("Fed raises rates and Treasury
    yields jump"): a second happening, or what came of the first, which the headline is cut before, as before a tail.
    "Biden and Putin meet", "House passes bill and sends it to Senate" are one."""
    return token.dep_ == "cc" and token.head.i == verb.i and any(
        c.dep_ == "conj" and c.i > token.i and any(d.dep_ in _SUBJECTS for d in c.children) for c in verb.children)


def _verb_adverb(token, verb) -> bool:
    """A preposition without an object that the verb takes as its adverb ("Inflation is up", "Prices are down"): what
    the verb says, not a preposition whose object the cut left out."""
    return token.pos_ == "ADP" and token.head.i == verb.i and not list(token.children)


def _infinitive_to(token) -> bool:
    """The "to" of an infinitive a verb takes after its object ("urge Americans to take vaccine shots", "asks Congress
    to act"): what is urged or asked, which a cut there would leave out."""
    return token.tag_ == "TO" and token.head.dep_ == "xcomp" and token.head.head.pos_ == "VERB"


def _qualifies_figure(token) -> bool:
    """A preposition with a time after a figure ("falls below 50 percent after 5 months", "up 5% since March"): it
    says when the figure holds, and the figure without it says another thing (both judges, second tuning sample)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return ((token.pos_ == "ADP" or token.dep_ == "prep") and before is not None
            and (before.like_num or before.ent_type_ in _FIGURES)
            and any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in token.children))


_FIGURES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


def _adds_to_clause(tail) -> bool:
    """A tail that goes on with the clause's own subject (", say they advised ...") or adds a phrase to it
    ("amid falling polls"), not one that opens a clause of its own ("but the House delays", "as fears grow")."""
    words = [t for t in tail if not t.is_punct]
    return bool(words) and words[0].pos_ not in {"CCONJ", "SCONJ"} and (
        words[0].pos_ == "ADP" or words[0].pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in words[0].children))


def _verdict(verb) -> bool:
    """A verb of judging aloud without an object, with what its subject is judged for: a headline's passive
    ("Media pundits mocked for still trying to make news out of 'dud' rally", "Senator is slammed for ...",
    which a parser often reads as a past tense; data/labels.toml's verdict_verbs). "Parents slam school board
    for ..." judges its object: who did what."""
    return _judged(verb) and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _judged(verb) -> bool:
    """A headline's passive of a verb of judging aloud, whoever judges ("Biden's muscle questioned amid falling
    polls", "Plan panned by economists"): others' verdict on its subject, an outlet's angle on the news."""
    return (verb.tag_ in {"VBN", "VBD"} and verb.lemma_.lower() in words_of("verdict_verbs")
            and not any(c.dep_ in {"dobj", "obj", "ccomp"} for c in verb.children))


def _answered(rest) -> bool:
    """Whether the title's next sentence refers back to the one before it by a pronoun ("Inflation eats it up")."""
    return bool(rest) and any(t.pos_ == "PRON" and t.lower_ in _BACK_REFERENCES and t.dep_ != "expl" for t in rest[0])


_BACK_REFERENCES = {"it", "this", "that", "they", "them", "he", "she", "him", "her"}


def _contrasted(span, part, rest) -> bool:
    """Whether the title goes on after the headline with a contrast that states a clause of its own, a verb with its
    own subject: in the headline's part (", but the race isn't decided") or opening the next ("— but Americans don't
    just want more police"). A contrast that goes on with the headline's subject (", but admits risks") adds to it."""
    after = [t for t in part if t.i >= span.end and not t.is_space and not t.is_punct]
    if not after and rest:
        after = [t for t in rest[0] if not t.is_space and not t.is_punct]
    return bool(after) and after[0].lower_ in _CONTRASTS and any(
        t.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECTS for c in t.children) for t in after[1:])


def _explains(part) -> bool:
    """A part of a title that promises an explanation: "Here’s why ...", "Here is what ...", "Here's how ..."."""
    words = [t for t in part if not t.is_space]
    return len(words) > 2 and words[0].lower_ == "here" and words[1].lower_ in {"’s", "'s", "is"} \
        and words[2].lower_ in _WH_WORDS


def _weighed(verb, rest) -> bool:
    """A negated verb whose headline is cut before a contrast that states a clause of its own ("Biden isn't
    quite right, but he's not wrong"): the first half says the opposite of the whole."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    words = [t for t in rest if not t.is_punct]
    return bool(words) and words[0].lower_ in _CONTRASTS and any(t.pos_ in {"VERB", "AUX"} for t in words[1:])


_CONTRASTS = {"but", "yet", "though", "although"}
_WORD_RE = r"\b[{}][\w'’-]*\b"


def _title_case(words: list[str]) -> bool:
    """Three words or more, most capitalised ("Our Post-9/11 Bond", "Dems Dismiss Inflation Fears")."""
    return len(words) >= 3 and sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words)


def _case_counts(article: Article, title: bool = False) -> tuple[Counter, Counter]:
    """How often the article's body writes each word in lower case, and capitalised within a
    sentence (as lower case); with `title`, its title too unless written in Title Case."""
    lines = [line.text for line in article.lines[:40]]
    if title and article.title and not _title_case(article.title.split(" ")):
        lines.append(article.title)
    body = " ".join(lines)
    # Capitalised: within a sentence (after a word or a comma: "New York's"), or after a hyphen
    # ("pro-Palestinian"), not at its start.
    upper = re.findall(r"(?<=[A-Za-z,;] )" + _WORD_RE.format("A-Z"), body) + re.findall(r"(?<=[a-z]-)[A-Z][\w'’]*", body) \
        + _after_abbreviation(body)
    return (Counter(_case_key(w) for w in re.findall(_WORD_RE.format("a-z"), body)),
            Counter(_case_key(w) for w in upper))


def _after_abbreviation(body: str) -> list[str]:
    """The capitalised words just after a title's abbreviation ("Rep. Ilhan Omar", "Sen. Joe Manchin"; data/labels.toml
    `name_abbreviations`): within a sentence, though after a full stop. A first name the text writes only there was
    read as a word no text capitalises, a common word ("Pelosi goes after ilhan Omar")."""
    abbreviations = "|".join(sorted(re.escape(w) for w in words_of("name_abbreviations")))
    return re.findall(rf"(?<![\w.])(?:{abbreviations})\. ({_WORD_RE.format('A-Z')})", body)


def _case_key(word: str) -> str:
    """A word as the case counts key it: lower case, without a possessive ("israel" of "Israel’s")."""
    return re.sub(r"['’]s$", "", word.lower())


def _stem(word: str) -> str:
    """"recommend" of "recommends", "push" of "pushed": what a word's other forms begin with."""
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word


def corpus_case(articles: list[Article]) -> tuple[Counter, Counter]:
    """Over every article's body (and title, unless in Title Case): how often words beginning with each stem (of four letters or more)
    are written in lower case, and capitalised."""
    lower, upper = Counter(), Counter()
    for article in articles:
        for counts, total in zip(_case_counts(article, title=True), (lower, upper)):
            for word, n in counts.items():
                for end in range(4, len(word) + 1):
                    total[word[:end]] += n
    return lower, upper


def _headline_passive(token, inside: set[int]) -> bool:
    """A headline's passive without "is": "Pfizer booster plan rejected by FDA advisers" (a participle
    after the part's head noun, taking a "by" phrase or a preposition)."""
    head = token.head
    return (token.tag_ == "VBN" and token.dep_ == "acl" and head.i < token.i and head.pos_ in {"NOUN", "PROPN"}
            and (head.head.i not in inside or head.head.i == head.i)
            and any(c.dep_ in {"agent", "prep"} for c in token.children))


def truecase(article: Article, corpus: tuple[Counter, Counter] = (Counter(), Counter())) -> str:
    """The title and lede as one text, the title's capitalised common words lower-cased: a parser
    reads "Xi Presses Taiwan Issue With Trump" as one organisation's name. A word counts as common
    when the article's body writes it in lower case more often than capitalised; a word its body
    does not use, when the corpus's bodies write its stem ("recommend" of "Recommends") so."""
    lower, upper = _case_counts(article)
    # A title wholly in square brackets is an editor's note on the text ("[Foreign Secretary's briefing ...;
    # original title not captured]"), no headline of its publisher's.
    written = "" if re.fullmatch(r"\s*\[.*\]\s*", article.title or "") else (article.title or "")
    words = written.split(" ")
    if _title_case(words):
        words = [w if not i or _lettered_name(w) else "-".join(_lowered(part, lower, upper, corpus)
                                                                for part in w.split("-"))
                 for i, w in enumerate(words)]
    title = _wire_source(" ".join(words).rstrip(" .:"))
    # a briefing transcript's lede is its first answer, not the journalist's question ("Q: ... A: President Xi
    # talked with ...")
    lines = [line for line in article.lines if _sentence_line(line.text)
             and not transcript_label().match(line.text)] or article.lines
    lede = " ".join(_unlabelled(line.text) for line in lines[:LEDE_LINES])
    return f"{title}.\n{lede}" if title else lede


def _unlabelled(text: str) -> str:
    """A line without a transcript's answer label ("A: President Xi talked with ...")."""
    label = transcript_label(answer=True).match(text)
    return text[label.end():] if label else text


def _wire_source(title: str) -> str:
    """A wire title's source written after a hyphen set against it ("Trump 'poisoning' democracy with 'big lie' claim
    -key House Republican"), set off by a spaced dash, as a title's other parts are: the parse reads "-key" as one word,
    and the headline ran on into its source."""
    match = _WIRE_SOURCE.search(title)
    if match is None or len(match.group(1).split()) > _KICKER_WORDS:
        return title
    return f"{title[:match.start()]} – {match.group(1)}"


def _sentence_line(text: str) -> bool:
    """A line that reads as a sentence: one ending as a sentence does, or long enough to be one; not a kicker
    ("Nov 26, 2025 China International Relations") or a section heading above the lede."""
    return bool(re.search(r"[.!?…][”’\"')]*\s*$", text)) or len(text.split()) >= _MIN_UNPUNCTUATED_LEDE_WORDS


def _lettered_name(word: str) -> bool:
    """A word of hyphenated parts one of which is a lone capital letter ("ISIS-K", "T-Mobile"): only a name is written
    so, and it keeps its case."""
    parts = word.strip(":,.;!?'’\"‘“”").split("-")
    return len(parts) > 1 and any(len(part) == 1 and part.isupper() for part in parts)


def _lowered(part: str, lower: Counter, upper: Counter, corpus: tuple[Counter, Counter]) -> str:
    """A word of a Title Case title (or a part of a hyphenated one: "Low-Pay", "Fund-Raiser"), in lower
    case when it is a common word; a name, an acronym ("COVID") or a figure as written."""
    mark = part[:len(part) - len(part.lstrip("‘“\"'"))]  # "‘Tragic mistake’": the word after the quotation mark
    word = part[len(mark):]
    if word[:1].isupper() and (word[1:].islower() or len(word) == 1 and word != "I") and _common(
            _case_key(word.strip(":,.;!?'’\"‘“”")), lower, upper, corpus):
        return mark + word[0].lower() + word[1:]  # "A criminal inquiry" too
    return part


def _common(word: str, lower: Counter, upper: Counter, corpus: tuple[Counter, Counter] = (Counter(), Counter())) -> bool:
    """A Title Case title's capitalised word is a common word when the body writes it in lower case
    more often than capitalised; one the body never uses, when it is a function word ("This") or
    the corpus's bodies write its stem in lower case more often ("recommend" of "Recommends"). A word
    no text writes otherwise is a common word too: a name is written in the lede or the body, and a
    title half in Title Case ("Dems dismiss inflation Fears") reads as a slip."""
    if lower[word] != upper[word]:
        return lower[word] > upper[word]
    plain = word.replace("’", "'")  # as often one way as the other ("labor market", "Labor Department"): the corpus says
    if not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", plain):  # "19" of "COVID-19": as written
        return False
    if not lower[word] and _clipped_name(plain, upper):
        return False
    stem = _stem(plain)
    return plain in stop_words() or corpus[0][stem] >= corpus[1][stem]


# The letters of a name's short form, without a plural's "s": "Fed", "Dem", "Gov" (the sixteenth round of event
# labels, read on the report residue's titles: two letters are initials, five or more a word of its own). Not searched.
_CLIPPED = (3, 4)


def _clipped_name(word: str, upper: Counter) -> bool:
    """A short word the body never writes that begins a word it writes capitalised ("Fed" of "Federal Reserve", "Dems"
    of "Democrats"): a name's short form, which a title writes for room."""
    root = word.removesuffix("s")
    return _CLIPPED[0] <= len(root) <= _CLIPPED[1] and word not in stop_words() and any(
        w.startswith(root) and len(w) > len(root) + 1 for w in upper)


_NAME_TYPES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
