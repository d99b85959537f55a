"""Labels: events and topics -> the names a person would give them.

An event is named like a headline: who did what, and when. Two people and the occasion that
brought them together are named by who and what ("Trump–Xi call, 24 Nov 2025"); any other event by
its most central headline ("Texas abortion law takes effect, 1 Sep 2021"): of its titles that state
who did what (a verb and its subject), the one whose words its other titles and ledes share most,
without its kicker or tail, cut at a phrase boundary; without one (commentary), by its titles' most
specific phrase, else by who and what as below; where every headline its titles state argues (a copula, a
call, a course no lede tells: "Cubans are losing their fear") none reports the happening, and who and what name it
("Cuba protests"). Who: the people
its titles and ledes name in at least half of its articles, by the name the texts use alone ("Xi",
not "Jinping"), else the place or body they name; what: the noun of the occasion its titles and
ledes share, rarer across the corpus first (an occasion noun of data/labels.toml wins over another);
when: the occasion's date, else the month or year its claims name. An outlet is never a name.

The headlines themselves, and the sentence case of a Title Case title, are read in headlines.py.

A topic is named in topic_labels.py, from the phrases this module reads of each claim (`claim_phrases`).
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from .attribution import lexicon
from .codec import from_data, to_data
from .headlines import Headline, content_lemmas, corpus_case, reported_acts, title_end, title_headlines, truecase
from .figures import unit_words
from .lexicon import act_nouns, data_table, stop_words, words_of
from .predicates import TIME_ENTITIES, symmetric_predicates, synonym_groups
from .state import KeptWork
from .types import Article, Claim, Phrase

# A person, place or noun names the event when at least this share of its articles' titles or
# ledes use it (one article: its own title and lede).
_SHARED = 0.5
# A figure's digits and their marks ("$1", "118", "52%"); not "9/11".
_NUMERIC = re.compile(r"[$€£]?[\d.,]+%?|[$€£%]")
_ARTICLES = {"a", "an", "the"}
_OCCASION_BONUS = 3.0
# Words of a topic label at most: a phrase, not a sentence.
_PHRASE_WORDS = 4
_PLACE_TYPES = ("GPE", "LOC", "FAC", "ORG", "EVENT")
_WHERE = {"GPE", "LOC", "FAC", "ORG"}  # a name that places a noun ("US Capitol bomb threat suspect")
_ACTORS = {"PERSON", "ORG"}  # who acts, of the named entities
# A headline names one outlet's angle (`_named_alone`) only beside at least this many other articles: of two, either
# may be the angle (with one other, 1 of the 40 unsampled stories changed, each title telling half of the story).
_ANGLE_OTHERS = 2
# A single word tagged as a person or place names the event only when its texts write it at least
# this often: one stray tag ("Divided" of a title read as a person) does not name an event.
_MIN_MENTIONS = 2
_DROP_LEADING = {"DET", "PRON", "NUM", "CCONJ", "ADP", "PART", "PUNCT", "SYM", "AUX", "ADV"}
_DASH = "–"
# A headline's source after it, who said it: "..., says Ramaphosa", "..., South says".
_SAID_BY = re.compile(r", (?:says (?P<speaker>[^,]+)|(?P<before>[^,]+) says)$")
# A run of capitalised words, with the small words a name may hold inside it ("Food and Drug Administration").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w’'-]*)+")
_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}  # the last word of a person's full name where one is written
# A speaker given by an office alone, after the headline ("..., says president") or before its verb of saying ("...,
# key House Republican says"; "President says ..." of a kicker): at most three words.
_OFFICE_SPEAKER = re.compile(r"(?:, says (?:the )?(?P<office>[\w.-]+(?: [\w.-]+){0,2})$)"
                             r"|(?:(?:^|, )(?P<office_before>[\w.-]+(?: [\w.-]+){0,2}) says\b)", re.IGNORECASE)
# The opening lines of an article where the person its title names by an office alone is named (`_speaker_named`):
# the lede says "the president has said", the next line "Cyril Ramaphosa said ..." (second tuning sample).
_SPEAKER_LINES = 3
# An auxiliary of the progressive or the perfect before a verb's participle ("are losing", "has emboldened").
_COURSE = re.compile(r"\b(?:is|are|has|have|had)\s+(?:\w+ly\s+)?\w+(?:ing|ed|en)\b", re.IGNORECASE)


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = data_table("labels.toml")
    reporting = data_table("reporting.toml")
    accounts = frozenset(reporting.get("account_nouns", ()))
    return frozenset(table["occasion_nouns"]), frozenset(table["generic_nouns"]) | accounts, accounts


@functools.cache
def _agencies() -> frozenset[str]:
    sides = data_table("sides.toml").get("sides", {})
    return frozenset(name.casefold() for side in sides.values() for name in side.get("agencies", ()))


# -- events -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TitlePhrase:
    """A noun phrase of a title that may name its event, unless it names an outlet (`written`, as the
    title has it, says whether it does)."""

    key: str
    written: str
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Lede:
    """What the event labels read of an article's title and lede: all from their parse (`read_lede`), so
    that it can be kept between runs by the text alone."""

    text: str
    nouns: tuple[str, ...]  # common nouns (lemmas) and two-noun compounds, in order
    forms: tuple[tuple[str, str], ...]  # (noun, as written) for each noun read
    titled: tuple[str, ...]  # the nouns of the title
    entities: tuple[tuple[str, str], ...]  # (named entity as `_clean_entity` gives it, its label), in order
    title_phrases: tuple[TitlePhrase, ...]
    lemmas: tuple[str, ...] = ()  # the content words' lemmas, each once
    headlines: tuple[Headline, ...] = ()  # the title's parts that state who did what, in order
    # (head noun's lemma, the noun with the words before it) of the title's nouns those words name a place in
    # ("suspect", "US Capitol bomb threat suspect")
    placed_nouns: tuple[tuple[str, str], ...] = ()
    # (meeting noun as `nouns` keys it, its sentence, what its "with" phrase names or "") of each meeting noun
    # ("call", "Xi Jinping pressed Trump on Taiwan's status during a call.", "")
    meetings: tuple[tuple[str, str, str], ...] = ()
    # the lemmas of the lede's verbs, after the title: a course a title tells that no lede writes is argued
    # ("Cubans are losing their fear" beside "Cubans came out to the streets"; `_argues`)
    lede_verbs: tuple[str, ...] = ()
    # (actor as written, the rest of a headline) of each act the lede reports of a named actor (`reported_acts`:
    # "Joe Biden", "signs into law a bill to recognize Juneteenth as a federal holiday")
    acts: tuple[tuple[str, str], ...] = ()
    # (noun as `nouns` keys it, the name its phrase takes after it) of each common noun with a name after it, as
    # written ("address", "to Congress" of "Biden's joint address to Congress"; `_named_complements`)
    complements: tuple[tuple[str, str], ...] = ()
    # (person's name as `entities` gives it, the phrase as the title writes it) of each noun of what befell a person
    # that the title writes as theirs ("Donald Rumsfeld", "Donald Rumsfeld's death"; `_persons_happenings`)
    befell: tuple[tuple[str, str], ...] = ()
    # (person's name as `entities` gives it, the stance as written) of each stance noun the lede writes as a person's
    # ("Joe Manchin III", "opposition to the budget reconciliation bill" of "... Manchin ... explain his opposition to
    # the budget reconciliation bill"; `_stances`)
    stances: tuple[tuple[str, str], ...] = ()
    # (the object's head lemma, the act noun and its word before what it acts on, as a label writes them) of each act
    # noun of data/labels.toml `act_nouns` the lede writes with what it acts on ("The release of thousands of emails
    # to and from Dr. Anthony Fauci ...": ("email", "release of"); `_acts_of`)
    acts_of: tuple[tuple[str, str], ...] = ()


def name_events(groups: list[list[Article]], claims: list[Claim], days: list[date | None],
                articles: list[Article], kept: KeptWork | None = None, version: str = "") -> list[str]:
    """A headline-like label for each group of articles.

    Args:
        groups: the events' articles.
        claims: the corpus's claims (their dates place an undated event).
        days: each event's occasion date, None when undated.
        articles: every article of the corpus: their outlets are never names, and nouns every
            event uses rank below the nouns of one occasion.
        kept: the `ledes` table, where each title and lede's reading is kept; None parses every one.
        version: crosscheck's code and spaCy's (`reading.reader_version`), part of a kept reading's key.
    """
    outlets = {_outlet_name(a.outlet) for a in articles if a.outlet} | _agencies()
    case = corpus_case(articles)
    ledes = dict(zip((a.id for a in articles), read_ledes([truecase(a, case) for a in articles], kept, version)))
    forms: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        for noun, written in ledes[article.id].forms:
            forms[noun][written] += 1
    titled = {a.id: set(ledes[a.id].titled) for a in articles}
    nouns_of = {a.id: list(ledes[a.id].nouns) for a in articles}
    frequency = Counter(n for nouns in nouns_of.values() for n in set(nouns))
    latest = max((a.published.year for a in articles if a.published), default=None)
    claim_dates = defaultdict(list)
    for claim in claims:
        claim_dates[claim.article_id].extend(claim.dates)
    labels = []
    for group, day in zip(groups, days):
        group_ledes = [ledes[a.id] for a in group]
        when = _when(day, [d for a in group for d in claim_dates[a.id]], latest)
        text = " ".join(_full_text(a) for a in group)
        people = _people(group_ledes, outlets, text)
        who = people or _place(group_ledes, outlets, text)
        what = _what([nouns_of[a.id] for a in group], [titled[a.id] for a in group], frequency, len(articles), who)
        # Two people and the occasion that brought them together ("Trump–Xi call") say it all; any
        # other event is named by its most central headline, who did what, as its titles write it
        # (two people and a bill, "Manchin–Biden bill", say nothing of what happened).
        # Where every title argues ("Cubans are losing their fear", "The left's favorite dictatorship is under siege")
        # no title reports the happening: who and what the titles and ledes share name it, as an editor would
        # ("Cuba protests").
        # Where what they share is no occasion ("Biden debt": a bag of nouns, both judges), a phrase most of its titles
        # write names it ("Debt ceiling"), as before any argued; one title's phrase ("Israel's enemies") is its angle.
        # The phrase names it too where no person or place is shared ("CRT backlash is not astroturf" beside two
        # questions on critical race theory: "Critical race theory"); else the central headline, as before.
        # Without such a phrase, a named day most ledes write names it ("Memorial Day", of a feature and two columns on
        # it), and where no one is shared, the phrase of a title headed by what the articles share ("chip shortage" of
        # "Government won't fix the semiconductor shortage" beside "The global chip shortage is going from bad to
        # worse").
        titles_argue = bool(what) and _all_argue(group_ledes, outlets, who, what)
        phrase = _title_phrase(group_ledes, outlets, frequency, len(articles), _SHARED) or _named_day(group_ledes) or (
            "" if who else _headed_by(_title_phrase(group_ledes, outlets, frequency, len(articles)), what, forms)) \
            if titles_argue and what not in _words()[0] else ""
        if phrase:
            labels.append(_dated(phrase, when))
            continue
        arguing = titles_argue and bool(who)
        met = _a_meeting(what, group_ledes)
        stance = _stance(group_ledes, who, what) if not met else ""
        # an act one lede alone reports ("the Supreme Court ruled against the NCAA" beside two pieces on the court's
        # term) is its aside, not what the columns argue about: their who and what name it ("Supreme Court rulings")
        act = _reported_act(group_ledes, who, shared_only=True, what=_as_written(forms, what)) if arguing else ""
        # of two people with no meeting of theirs, a stance one takes on the occasion comes before an act of another
        # thing ("Voss goes on three talk shows"), after an act of the occasion ("signs into law a bill ...")
        act = stance if arguing and stance and not _holds(act.casefold(), what) else act
        if act:
            labels.append(_dated(act, when))
            continue
        if len(who) == 2 and met or arguing:
            written = _as_written(forms, what)
            if arguing:
                written = _compound(what, written, [nouns_of[a.id] for a in group])
                written = f"{written} {_complement(what, group_ledes, who)}".strip()
            labels.append(_headline(_joined(who, what, met), written, when, group))
            continue
        # Else the titles' most central headline; without one (commentary: "The Debt Ceiling
        # Deception"), the titles' most specific phrase; else who and what.
        central = _central_headline(group_ledes, outlets, [_opinion_section(a.outlet) for a in group])
        name = central.text if central else ""
        if central and who and not people:  # `who` is the event's place
            name = _placed(central, who, group_ledes)
        if central and name == central.text:
            name = _charge(central, group_ledes)
        if central:
            name = _speaker_named(name, group, text)
        if central and central.shown:
            name = _act_on(central, group_ledes) or name
        # Their meeting names it too where most titles and ledes tell it as theirs and no headline says what the two
        # did together ("Xi Jinping pressed Trump on Taiwan's status during a call": "Trump–Xi call", not "Donald
        # Trump moves to keep Xi Jinping truce intact", one side's move); so does any meeting their titles and ledes
        # name where no headline says what happened, or only a readout's sentence that names neither of them ("On
        # the sidelines of the summit, the prime minister held talks").
        meeting = ""
        if len(who) == 2:
            meeting = "" if _together(central) else _their_meeting(group_ledes, who)
            if not meeting and (not name or _set_aside(central, who)):
                meeting = _meeting(group_ledes)
        if meeting:
            labels.append(_headline(who, _as_written(forms, meeting), when, group))
            continue
        # No title states a headline (questions, explainers, phrases: "What's in the infrastructure bill?"): the act
        # the ledes report of the event's actor says what happened, before the titles' phrase says what of.
        name = name or (_reported_act(group_ledes, who, shared_only=True) if len(group) > 1 else "")
        name = name or _befell(_title_phrase(group_ledes, outlets, frequency, len(articles)), group_ledes)
        if name:
            labels.append(_dated(name, when))
            continue
        labels.append(f"{stance}, {when}" if stance else
                      _headline(_joined(who, what, met), _as_written(forms, what), when, group))
    return _told_apart(labels, [[ledes[a.id] for a in group] for group in groups], outlets, frequency, len(articles))


def read_ledes(texts: list[str], kept: KeptWork | None = None, version: str = "") -> list[Lede]:
    """Each text's `Lede`: kept ones read back, the others parsed (and kept, when `kept` is given)."""
    from .nlp import parse

    keys = [hashlib.sha256(f"{version}\n{text}".encode("utf-8", "surrogatepass")).hexdigest() for text in texts]
    found = {}
    for key, blob in (kept.get_many(keys) if kept is not None else {}).items():
        try:
            found[key] = from_data(Lede, json.loads(zlib.decompress(blob)))
        except (zlib.error, ValueError, KeyError, TypeError):
            continue  # an unreadable row is a text to parse again
    missing = {key: text for key, text in zip(keys, texts) if key not in found}
    new = dict(zip(missing, (read_lede(doc) for doc in parse(list(missing.values())))))
    if kept is not None:
        kept.save({key: zlib.compress(json.dumps(to_data(lede), ensure_ascii=False).encode("utf-8", "surrogatepass"), 6)
                   for key, lede in new.items()}, [key for key in keys if key in found])
    return [found.get(key) or new[key] for key in keys]


def read_lede(doc) -> Lede:
    """What the event labels use of a title and lede's parse."""
    nouns, forms, titled = _nouns(doc)
    title = doc[:title_end(doc)].as_doc()
    return Lede(doc.text, tuple(nouns), tuple(forms), tuple(sorted(titled)),
                tuple((_clean_entity(ent), ent.label_) for ent in doc.ents),
                tuple(TitlePhrase(*candidate[:4]) for candidate in _phrase_candidates(title, title=True)),
                tuple(sorted(content_lemmas(doc))), title_headlines(doc), _placed_nouns(title), _meetings(doc),
                tuple(sorted({t.lemma_.lower() for t in doc[title_end(doc):] if t.pos_ == "VERB"})), reported_acts(doc),
                _named_complements(doc), _persons_happenings(title, doc), _stances(doc), _acts_of(doc))


def _acts_of(doc) -> tuple[tuple[str, str], ...]:
    """Each act noun (data/labels.toml `act_nouns`: "release of") written with the word before what it acts on, as
    (the head lemma of what it acts on, past any nouns of how many: "thousands of emails" is emails; the noun and its
    word, lower-cased)."""
    found = []
    for token in doc:
        word = _act_noun_words().get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        thing = _object_of(token, word) if word else None
        while thing is not None and thing.lemma_.lower() in words_of("quantity_nouns"):
            thing = _object_of(thing, "of")
        if thing is not None and thing.pos_ == "NOUN":
            found.append((thing.lemma_.lower(), f"{token.lemma_.lower()} {word}"))
    return tuple(found)


@functools.cache
def _act_noun_words() -> dict[str, str]:
    """Each act noun of two words (data/labels.toml `act_nouns`: "release of") -> its word before what it acts on."""
    return {phrase.split()[0]: phrase.split()[1] for phrase in act_nouns().values() if len(phrase.split()) == 2}


def _object_of(noun, word: str):
    """The object of the noun's preposition `word` ("of" of "release of emails": "emails"), None if it has none."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == word for o in p.children
                 if o.dep_ == "pobj"), None)


def _act_on(headline: Headline, ledes: list[Lede]) -> str:
    """The thing a feature's headline reads (`Headline.shown`: "Anthony Fauci's emails" of "... emails reveal the
    pressure that fell on one man") with the act the ledes tell of it, the one most of them write ("release of
    Anthony Fauci's emails"): the news is what was done with the thing, the reading one outlet's; "" where no lede
    writes an act on it."""
    acts = Counter(act for lede in ledes for thing, act in set(lede.acts_of) if thing == headline.shown)
    return f"{min(acts, key=lambda a: (-acts[a], a))} {headline.text}" if acts else ""


def _stances(doc) -> tuple[tuple[str, str], ...]:
    """Each stance noun (data/labels.toml `stance_nouns`) owned by a person, by name or by a pronoun for the last
    person its sentence names before it, with the thing it is on: (the person as `_clean_entity` gives them, the
    noun and its preposition's object, without what follows that object: "opposition to the budget reconciliation
    bill")."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or _noun_key(token) not in words_of("stance_nouns"):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        thing = next((o for p in token.children if p.dep_ == "prep" and p.i > token.i
                      for o in p.children if o.dep_ == "pobj"), None)
        if owner is None or thing is None:
            continue
        people = [e for e in token.sent.ents if e.label_ == "PERSON" and e.start <= owner.i]
        person = next((e for e in people if e.start <= owner.i < e.end), None)
        if person is None and owner.pos_ == "PRON" and people:
            person = people[-1]
        if person is not None:
            found.append((_clean_entity(person), doc[token.i:thing.i + 1].text))
    return tuple(found)


def _persons_happenings(title, doc) -> tuple[tuple[str, str], ...]:
    """Each noun of what befell a person (data/labels.toml `person_happenings`) that the title writes as a named
    person's, by the owner or the name before it or "of" after it, with the phrase as written ("Reactions to Donald
    Rumsfeld's death": ("Donald Rumsfeld", "Donald Rumsfeld's death"); "the resignation of Andrew Cuomo"; "The Gaetz
    nomination": ("Matt Gaetz", "Gaetz nomination"))."""
    found = []
    for token in title:
        if token.pos_ != "NOUN" or _noun_key(token) not in words_of("person_happenings"):
            continue
        owners = [c for c in token.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"] + [
            o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for owner in owners:
            person = next((e for e in title.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end), None)
            if person is None and owner.dep_ == "compound":
                person = title[owner.i:owner.i + 1]  # a surname the parse names no one by ("The Ruiz confirmation")
            name = _full_name(person, doc) if person is not None else ""
            if name:
                start, end = min(person.start, token.i), max(person.end, token.i + 1)
                found.append((name, title[start:end].text))
    return tuple(found)


def _full_name(person, doc) -> str:
    """A person's name as `_clean_entity` gives it, in full where the title writes the surname alone and its lede (of
    `doc`, the title and lede) the whole name ("Gaetz" of "The Gaetz nomination": "Matt Gaetz"); "" where a name the
    parse tags no one's is no person's of the lede."""
    name = _clean_entity(person)
    full = next((_clean_entity(e) for e in doc.ents if e.label_ == "PERSON" and " " not in name
                 and _clean_entity(e).endswith(f" {name}")), "")
    return full or (name if person.label_ == "PERSON" else "")


def _named_complements(doc) -> tuple[tuple[str, str], ...]:
    """Each common noun's phrase after it that names a person, a body or a place ("address to Congress", "strikes on
    Gaza"), as (the noun as `_nouns` keys it, the preposition and the name as written)."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or not token.text.isalpha() or not token.text.islower():
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in words_of("complement_prepositions")):
            name = next((e for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                         for e in doc.ents if e.start <= c.i < e.end and e.label_ in _ACTORS | _WHERE), None)
            if name is not None:
                key = _noun_key(token)
                found.append((key, f"{prep.lower_} {_clean_entity(name)}"))
    return tuple(found)


def _demand(noun) -> bool:
    """A meeting noun that asks for something ("calls to step down", "calls for an investigation", "Calls grow for
    an investigation"): no meeting. "Talks continue for a second day" ask for nothing."""
    asked = [c for c in noun.children if c.dep_ == "prep"] + (
        [c for c in noun.head.children if c.dep_ == "prep"] if noun.dep_ == "nsubj" else [])
    for_what = any(c.lower_ == "for" and not any(o.ent_type_ in TIME_ENTITIES for o in c.children) for c in asked)
    return for_what or any(c.dep_ in {"acl", "relcl"} and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
                           for c in noun.children)


def _audience(noun) -> bool:
    """A meeting noun held for an audience, not with a party ("press conference", "news conference": data/labels.toml
    `audience_compounds`): one side faces the press, so it is no meeting of the two people a sentence names ("at a
    press conference following his summit with Putin")."""
    return any(c.dep_ == "compound" and c.lower_ in words_of("audience_compounds") for c in noun.children)


def _meetings(doc) -> tuple[tuple[str, str, str], ...]:
    """Each meeting noun of the doc (data/labels.toml `meeting_nouns`) that asks for nothing, with its sentence and
    what its "with" phrase names ("an interview with '60 Minutes'"), "" where it has none."""
    meetings, found = words_of("meeting_nouns"), []
    for token in doc:
        key = _noun_key(token)
        if token.pos_ != "NOUN" or key not in meetings or _demand(token) or _audience(token):
            continue
        partner = next((doc[c.left_edge.i:c.right_edge.i + 1].text for p in token.children
                        if p.dep_ == "prep" and p.lower_ == "with" for c in p.children if c.dep_ == "pobj"), "")
        found.append((key, token.sent.text.strip(), partner))
    return tuple(found)


def _placed_nouns(title) -> tuple[tuple[str, str], ...]:
    """Each noun of a title that the words before it place ("US Capitol bomb threat suspect"): names and nouns
    only before it, one of them a place's name."""
    found = []
    for token in title:
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound" or token.left_edge.i == token.i:
            continue
        words = title[token.left_edge.i:token.i + 1]
        if all(t.pos_ in {"NOUN", "PROPN"} for t in words) and any(t.ent_type_ in _WHERE for t in words[:-1]):
            found.append((token.lemma_.lower(), words.text))
    return tuple(found)


def _told_apart(labels: list[str], ledes: list[list[Lede]], outlets: set[str], frequency: Counter,
                total: int) -> list[str]:
    """Two events of one name (two stories of one day about one person) each add their titles' most
    specific phrase; the first keeps its name."""
    seen: Counter = Counter()
    result = []
    for label, group_ledes in zip(labels, ledes):
        seen[label] += 1
        if seen[label] > 1:
            phrase = _title_phrase(group_ledes, outlets, frequency, total)
            name, _, when = label.rpartition(", ")
            label = f"{name} ({phrase or f'story {seen[label]}'}), {when}"
        result.append(label)
    return result


def _central_headline(ledes: list[Lede], outlets: set[str], opinion: list[bool] | None = None) -> Headline | None:
    """The event's most central headline, cleaned: of the titles that state who did what (a verb and
    its subject, no question, no outlet), the one whose words the event's other titles and ledes
    share most, cut to its clause (no kicker, no tail, at most _HEADLINE_WORDS words, ended at a
    phrase boundary, never mid-word). None when no title states one. A title of an opinion section
    (`opinion`, by its outlet's name: "Wall Street Journal (Opinion)") ranks after a news title as good:
    a column's headline argues ("Climate change brings a flood of hyperbole"), a report's says what happened.
    A headline that frames its subject (`Headline.framing`: "Biden's war on virus becomes war on unvaccinated",
    "Biden's muscle questioned amid falling polls") counts as a flaw: it ranks after a headline that reports a
    happening as whole, as an analysis's angle is no event's name while another title says what happened."""
    opinion = opinion or [False] * len(ledes)
    own = [_own_headlines(lede, outlets) for lede in ledes]
    told = {verb for lede in ledes for verb in lede.lede_verbs}
    candidates = []
    for n, lede in enumerate(ledes):
        # An opinion's call ("Biden urged to ...") names a column alone, its own event; where several articles
        # are one event, what happened is another's headline or what their titles share.
        headline = next((h for h in own[n] if not _names_outlet(h, outlets) and not (h.call and len(ledes) > 1)),
                        None)
        if headline is None:
            continue
        others = [set(other.lemmas) for m, other in enumerate(ledes) if m != n]
        words = _told_words(headline)
        share = sum(sum(w in other for other in others) for w in words) / (len(words) * len(others)) \
            if others and words else 0.0
        contradicted = _contradicted(headline, [h for m, headlines in enumerate(own) if m != n for h in headlines])
        # one outlet's angle, where another title reports the happening rather than frames it
        alone = _named_alone(headline, lede, [other for m, other in enumerate(ledes) if m != n]) and any(
            not (h.framing or h.call) for m, headlines in enumerate(own) if m != n for h in headlines)
        course = _course_argued(headline, told)
        candidates.append((headline.framing + headline.opinion + headline.flaws + headline.lead_in + contradicted + alone
                           + course + headline.sampled,
                           _sentence_worded(headline), opinion[n], headline.attributed, -share, headline.length,
                           headline.text, n))
    if not candidates:
        return None
    best = min(candidates)
    chosen = next(h for h in own[best[-1]] if h.text == best[-2])
    others = [lede for m, lede in enumerate(ledes) if m != best[-1]]
    if chosen.after and any(noun not in chosen.words and any(noun in other.titled for other in others)
                            for noun in chosen.after_nouns):
        # the tail tells the happening the other titles name ("Websites rumble back to life after Fastly-linked
        # outage" beside "Major websites experience outages"): without it the headline names no event
        return replace(chosen, text=f"{chosen.text} {chosen.after}")
    return _one_of_places(chosen, ledes[best[-1]], others, [h for m, hs in enumerate(own) if m != best[-1] for h in hs])


def _told_words(headline: Headline) -> tuple[str, ...]:
    """The headline's content lemmas but those of who it says said it ("..., says president"): what the other titles
    and ledes share of a saying is what was said ("Enemies of democracy behind South Africa protests, says president"
    beside two reports of the violence: one side's claim, both judges, second tuning sample), as every report of it
    writes "said" and names the president."""
    said = _SAID_BY.search(headline.text)
    if said is None:
        return headline.words
    speaker = {word.casefold() for word in re.findall(r"[\w’'-]+", said.group("speaker") or said.group("before"))}
    return tuple(w for w in headline.words if w != "say" and w not in speaker) or headline.words


def _one_of_places(headline: Headline, own: Lede, others: list[Lede], headlines: list[Headline]) -> Headline:
    """The headline without the place its subject opens with, where no other title or lede of the event writes that
    place and another title's headline tells of the same thing in another place ("New York COVID restrictions lifted"
    beside "California to remove pandemic restrictions": "COVID restrictions lifted"): the event is the trend across
    places, and one of them names one outlet's piece of it (both judges, report residue). The headline as it is else."""
    places = sorted({name for name, label in own.entities if label == "GPE"}, key=lambda p: (-len(p), p))
    place = next((p for p in places if headline.subject.startswith(f"{p} ")), "")  # the longest: "New York City"
    if not place or not headline.subject_head:
        return headline
    named = {name for other in others for name, label in other.entities if label == "GPE"}
    if any(_holds(other.text, place) for other in others) or any(_place_keys(n) & _place_keys(place) for n in named):
        return headline  # the others write it too, in any form ("U.S." of "US", "United States")
    if not any(headline.subject_head in h.words and any(e in named for e in h.entities) for h in headlines):
        return headline
    rest = headline.text[len(place):].lstrip()
    return replace(headline, text=rest[:1].upper() + rest[1:], subject=headline.subject[len(place):].lstrip())


def _place_keys(name: str) -> set[str]:
    """A place's name in letters alone, and its initials where it has several words ("US" of "U.S.", "United
    States")."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    return {"".join(words)} | ({"".join(w[0] for w in words)} if len(words) > 1 else set())


def _speaker_named(name: str, group: list[Article], text: str) -> str:
    """The headline with the speaker its title gives by an office alone ("..., says president", "..., union leader
    says": data/labels.toml `office_nouns`) named as its article names the person ("..., says Ramaphosa"): a label
    that leaves who said it unnamed leaves out who (the fact-checker, second tuning sample). The person is one the
    article's opening lines (`_SPEAKER_LINES`) name as saying something, or name after the office ("President Cyril
    Ramaphosa"), by the name the texts use alone; the headline as it is where they name no such person (no guess), or
    the speaker is named already ("..., President Tsai says")."""
    match = _OFFICE_SPEAKER.search(name)
    if match is None:
        return name
    part = "office" if match.group("office") else "office_before"
    office = match.group(part).split()
    offices = words_of("office_nouns")
    if office[-1].casefold() not in offices or any(w[:1].isupper() and w.casefold() not in offices for w in office[1:]):
        return name  # a name ("..., says Tsai"), or an office before one ("President Tsai says")
    own = next((a for a in group if a.title and _holds(a.title.casefold(), " ".join(office).casefold())), None)
    person = _speaking_person(own, office[-1]) if own is not None else ""
    return name[:match.start(part)] + _short_name(person, text) + name[match.end(part):] if person else name


def _speaking_person(article: Article, office: str) -> str:
    """The first person the article's opening lines name as the subject of a verb of saying, or right after `office`
    ("President Cyril Ramaphosa"), and its title does not; "" if none."""
    from .nlp import parse_one

    doc = parse_one(" ".join(line.text for line in article.lines[:_SPEAKER_LINES]))
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent.text.split()) < 2 or _holds(article.title, ent.text.split()[-1]):
            continue
        saying = ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in lexicon().speech_verbs
        titled = ent.start > 0 and doc[ent.start - 1].lower_ == office.casefold()
        if saying or titled:
            return ent.text
    return ""


def _sentence_worded(headline: Headline) -> bool:
    """A headline that opens with an article and tells a past ("A judge tossed out ...", "The governor of Texas has
    signed ..."): worded as a lede's or an explainer's sentence, where a headline drops its articles and tells it in
    the present; it ranks after a headline as whole. "The Biden administration issues ..." is a headline's present."""
    return headline.past and headline.text.split(" ", 1)[0].casefold() in _ARTICLES


def _named_alone(headline: Headline, own: Lede, others: list[Lede]) -> bool:
    """A headline that opens with a person or a company its lede names, where neither other title nor lede of the event
    writes that name ("Trump laments 7-year-high gas prices" beside two reports of the prices, "Pfizer says it's time
    for a booster" beside two of the agencies' answer): one outlet's angle on the happening, or one party's side of it,
    which ranks after a headline of what the others tell. Two others at least: of two articles, either may be the
    angle. A place or a body ("Israel, Hamas trade ...", "White House toils ...") is where it happened, and the others
    write it in other forms ("Israeli", "US"), as they write an acronym ("FDA") in full ("the Food and Drug
    Administration"). The name is one the lede writes, not only the title."""
    first = re.sub(r"['’]s$", "", headline.text.split()[0]) if headline.text.split() else ""
    lede = own.text.split("\n", 1)[1] if "\n" in own.text else ""
    named = not first.replace(".", "").isupper() and _holds(lede, first) and any(
        label in _ACTORS and name.split()[-1] == first for name, label in own.entities if name)
    return named and len(others) >= _ANGLE_OTHERS and not any(_holds(other.text.casefold(), first.casefold()) for other in others)


def _argues(headline: Headline, told: set[str], who: list[str] = (), what: str = "",
            people: set[str] = frozenset()) -> bool:
    """A headline that argues rather than reports: a call or a framing verb (headlines.py), a copula ("The left's
    favorite dictatorship is under siege"), a course told in the progressive or the perfect whose verb, or
    any synonym of it (data/frames.toml), no lede of the event writes (`told`: "Cubans are losing their fear",
    "Biden has emboldened Israel's enemies", where the ledes tell of protests and rockets), as is such a verb, in
    any tense, of a headline that names neither the event's who, nor a person its ledes name, nor its occasion
    (`what`, an occasion noun of data/labels.toml; `_unnamed`). The progressive counts without its "be" too, as a
    headline writes it ("Supreme Court confounding its partisan critics", an analysis's thesis: both judges, fresh
    tuning sample). A report's verb is one its ledes write ("have died" beside "the deaths ... hit"), or a dated act
    ("Biden fires ...")."""
    verb = headline.verb
    if headline.call or headline.framing or verb == "be" or headline.speculative or headline.opinion \
            or headline.sampled:
        return True
    if not _COURSE.search(headline.text) and not headline.course and not headline.forecast \
            and not _unnamed(headline, who, what, people):
        return False
    return not _told(verb, told) and not _refused(headline, told)


def _told(verb: str, told: set[str]) -> bool:
    """Whether a lede of the event writes the verb, or a synonym of it (data/frames.toml)."""
    return verb in told or any(verb in group and group & told for group in synonym_groups())


def _course_argued(headline: Headline, told: set[str]) -> bool:
    """A course told in the progressive or the perfect ("Netanyahu’s reckoning a sour ending", "Cubans are losing their
    fear"), or a forecast of what will not happen ("Government won’t fix the semiconductor shortage"), whose verb no
    lede of the event writes: argued, as `_argues` reads it; a flaw of a central headline, beside one that reports.
    "Regulators will not block the merger" is a decision its lede reports ("said they would not block")."""
    return (headline.course or headline.forecast) and not _told(headline.verb, told) and not _refused(headline, told)


def _refused(headline: Headline, told: set[str]) -> bool:
    """A forecast whose refusal a lede reports (data/labels.toml `refusal_verbs`: "Supreme Court won't revive school's
    bathroom ban" beside "The Supreme Court declined to take up ..."): a decision, not the writer's forecast."""
    return headline.forecast and bool(told & words_of("refusal_verbs"))


def _unnamed(headline: Headline, who: list[str], what: str, people: set[str]) -> bool:
    """A headline that names neither who nor the occasion its event's titles and ledes share, nor anyone they name as a
    person ("Climate doubters lose one of their last remaining arguments" of the IPCC's report, "Six in ten Americans
    say abortion should be legal" of a court's ruling on a state's law): an angle on the happening, or another
    happening. "Pelosi strikes confident tone" names who acted."""
    if not who or what not in _words()[0]:
        return False
    text = headline.text.casefold()
    return not any(_holds(text, name.casefold()) for name in [*who, *people]) and not any(
        _holds(text, form) for form in {what, f"{what}s", f"{what}es"})


def _all_argue(ledes: list[Lede], outlets: set[str], who: list[str] = (), what: str = "") -> bool:
    """Of the event's (two or more) titles, one or more state a headline, and every headline argues (`_argues`, with
    the event's `who` and `what`): none reports the happening. Titles without one (questions, phrases) are left to
    the meeting and the titles' phrase, as before."""
    told = {verb for lede in ledes for verb in lede.lede_verbs}
    people = {part for lede in ledes for name, label in lede.entities if label == "PERSON" and name
              for part in (name, name.split()[-1])}  # "Pelosi" of "Nancy Pelosi"
    headlines = [h for lede in ledes for h in _own_headlines(lede, outlets)]
    return len(ledes) > 1 and bool(headlines) and all(_argues(h, told, who, what, people) for h in headlines)


def _reported_act(ledes: list[Lede], who: list[str], shared_only: bool = False, what: str = "") -> str:
    """Where every title argues, the act a lede reports of one of the event's people or its place, as a headline
    ("Biden signs into law a bill to recognize Juneteenth as a federal holiday" of two columns on the holiday): the
    happening the columns argue about, named by the short name the event's label gives its actor. Of several, the one
    whose words the other ledes write most, its verb left out (`_acted_on`); "" where no lede reports one (with
    `shared_only`, one whose words another lede writes: the ledes' act of the event, not an aside of one of them). With
    `what` (the occasion's noun as the texts write it), an act of another actor on the event's who, of that occasion,
    is one too ("Hamas launches more rockets at Israel" of "rockets" and "Israel", where "Israel rockets" said neither
    who fired nor at whom: both judges, fourth tuning sample)."""
    found = []
    for n, lede in enumerate(ledes):
        others = [other.text.casefold() for m, other in enumerate(ledes) if m != n]
        for actor, rest in lede.acts:
            name = next((name for name in who if _holds(actor, name)), None)
            if name is None and what and _holds(rest, what) and any(_holds(rest, person) for person in who):
                name = actor
            if name is not None:
                shared = sum(_holds(other, word) for word in _acted_on(rest) for other in others)
                found.append((-shared, n, f"{name} {rest}"))
    found = [act for act in found if act[0] < 0 or not shared_only]
    return min(found)[-1] if found else ""


def _acted_on(rest: str) -> set[str]:
    """The words (four letters or more) of what an act's verb acts on, the verb left out: "rules against the National
    Collegiate Athletic Association ..." shares nothing of its ruling with a lede that writes "rulings" of a term."""
    return {w.casefold() for w in rest.split()[1:] if len(w) > 3}


def _charge(headline: Headline, ledes: list[Lede]) -> str:
    """The headline's text, or the charge it makes (`Headline.charge`: "Parents accuse Loudoun County school board of
    covering up ...", of "Parents slam ... for covering up ...") where the event has other articles and no lede but its
    own tells the act it judges its object for, by its verb or a synonym: one side's charge, which the judging verb
    states as fact (both judges, the fresh tuning sample: "asserts a 'cover-up' ... as fact"). An act the others tell
    too ("Senator slams Brandt for vetoing the budget" beside "Brandt vetoes school budget") is what happened, and the
    headline stays; so does one article's, which none can tell either way."""
    own = next((lede for lede in ledes if any(h.text == headline.text for h in lede.headlines)), None)
    if not headline.charge or own is None or len(ledes) < 2:
        return headline.text  # no charge, a headline cut or placed anew, or no other article to tell the act
    told = any(_told(headline.charged, set(lede.lede_verbs)) for lede in ledes if lede is not own)
    return headline.text if told else headline.charge


def _contradicted(headline: Headline, others: list[Headline]) -> bool:
    """A headline that says its figure is not yet reached ("U.S. nears 600,000 virus deaths": data/labels.toml
    `approach_verbs`) where another title of the event gives the same figure as reached ("US coronavirus deaths hit
    600,000"): the other titles contradict it, and it ranks after them."""
    approach = words_of("approach_verbs")
    figures = {w for w in headline.words if any(c.isdigit() for c in w)}
    return headline.verb in approach and any(
        other.verb not in approach and figures & set(other.words) for other in others)


def _placed(headline: Headline, places: list[str], ledes: list[Lede]) -> str:
    """The headline with the place most of the event's titles and ledes name (`places`, `_who`'s), where it names
    none: its subject gives way to the noun phrase another title heads by the same noun and places ("Suspect who
    claimed to have a bomb has surrendered ..." -> "US Capitol bomb threat suspect has surrendered ..."). A
    headline without its where leaves out what the story is (both judges, second tuning sample)."""
    place = places[0].casefold()
    if not headline.subject or _holds(headline.text.casefold().replace(".", ""), place.replace(".", "")):
        return headline.text  # "US job openings climb ..." names "U.S."
    fuller = sorted(text for lede in ledes for head, text in lede.placed_nouns
                    if head == headline.subject_head and place in text.casefold())
    if not fuller:
        return headline.text
    return fuller[0][:1].upper() + fuller[0][1:] + headline.text[len(headline.subject):]


def _own_headlines(lede: Lede, outlets: set[str]) -> list[Headline]:
    """The title's headlines, each without the source its title names after it where that source is an outlet
    ("..., Reuters says"): an outlet is never a name, and the rest is still the headline."""
    return [replace(h, text=h.text[:-len(h.source) - 2], source="")
            if h.source and any(_holds(h.source.casefold(), o) for o in outlets if len(o) > 3) else h
            for h in lede.headlines]


def _opinion_section(outlet: str) -> bool:
    """An outlet's name that marks an opinion section ("Wall Street Journal (Opinion)"; data/labels.toml)."""
    return any(re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", (outlet or "").casefold())
               for mark in words_of("opinion_sections"))


def _set_aside(headline: Headline | None, who: list[str]) -> bool:
    """A headline that opens with where or when and names none of the event's people ("On the sidelines of the
    summit, the prime minister had talks"): a readout's sentence, not what a person calls the meeting."""
    return headline is not None and headline.lead_in and not any(_holds(headline.text, person) for person in who)


def _names_outlet(headline: Headline, outlets: set[str]) -> bool:
    return any(e.casefold() in outlets for e in headline.entities) or any(
        re.search(rf"(?<!\w){re.escape(o)}(?!\w)", headline.text.casefold()) for o in outlets if len(o) > 3)


def _full_text(article: Article) -> str:
    return "\n".join([article.title or ""] + [line.text for line in article.lines])


def _place(ledes: list[Lede], outlets: set[str], text: str) -> list[str]:
    """Where no people are named in half of the titles and ledes (`_people`), the place or body that is, written
    at least _MIN_MENTIONS times in the articles' `text`."""
    surface: dict[str, Counter] = defaultdict(Counter)
    named = []
    for lede in ledes:
        seen = set()
        for name, label in lede.entities:  # `name`, not `text`: that is the articles' text the mentions are counted in
            if label in _PLACE_TYPES and name and not _is_outlet(name, outlets):
                seen.add(name.casefold())
                surface[name.casefold()][name] += 1
        named.append(seen)
    # a lede names a body where it writes it within a longer name ("United Nations Intergovernmental Panel on
    # Climate Change" names the "Intergovernmental Panel on Climate Change")
    places = Counter({key: sum(any(_holds(other, key) for other in seen) for seen in named) for key in surface})
    shared = [k for k, n in places.items() if n / len(ledes) >= _SHARED and _mentions(_most_common(surface[k]), text)
              >= _MIN_MENTIONS]
    shared.sort(key=lambda k: (-places[k], -sum(surface[k].values()), k))
    return [_most_common(surface[shared[0]])] if shared else []


def _mentions(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _people(ledes: list[Lede], outlets: set[str], text: str) -> list[str]:
    """Up to two people, each by the name the texts use alone, named in at least half of the titles and
    ledes (a name counts in one wherever it is written, whatever the parser tagged it there)."""
    tags: dict[str, Counter] = defaultdict(Counter)  # how the parser tagged each text, over the ledes
    for lede in ledes:
        for name, label in lede.entities:
            tags[name]["person" if label == "PERSON" else "other"] += 1
    names = [n for n, votes in tags.items() for _ in range(votes["person"])
             if n and votes["person"] > votes["other"] and _looks_like_name(n) and not _is_outlet(n, outlets)]
    fulls = Counter(n for n in names if len(n.split()) >= 2)
    shorts = set()
    for name in names:
        tokens = set(name.split())
        holders = [f for f in fulls if tokens <= set(f.split())]
        # a given name before "and" and another's full name shares its surname ("Bill and Melinda Gates")
        couple = next((f for f in sorted(fulls) if _holds(text, f"{name} and {f}")), None) if len(tokens) == 1 else None
        if not holders and couple:
            name = f"{name} {couple.split()[-1]}"
        shorts.add(_short_name(min(holders, key=lambda f: (-fulls[f], f)) if holders else name, text))
    share, titles, count = Counter(), Counter(), Counter()
    for short in shorts:
        pattern = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
        for lede in ledes:
            found = len(pattern.findall(lede.text))
            share[short] += bool(found)
            titles[short] += bool(pattern.search(lede.text.split("\n")[0]))
            count[short] += found
    # A full name the parser tags as a person is one; a single word it tags once may be a stray tag.
    full = {_short_name(f, text) for f in fulls}
    chosen = [p for p in shorts if share[p] / len(ledes) >= _SHARED and (p in full or _mentions(p, text) >= _MIN_MENTIONS)]
    chosen.sort(key=lambda p: (-share[p], -titles[p], -count[p], p))
    return chosen[:2]


def _looks_like_name(text: str) -> bool:
    """Capitalised words of letters (hyphens, apostrophes, initials): "COVID-19" is no one's name; nor is a name
    that goes on after its generational suffix ("Martin Luther King Jr. Day", a holiday the parser tags as a person,
    whose "Day" would pass for a surname): what is named after a person."""
    words = text.split()
    return not any(w.rstrip(".,") in _NAME_SUFFIXES for w in words[:-1]) and all(
        re.fullmatch(r"[A-Z][a-zA-Z'’.-]*", w) and not (len(w) > 2 and w.isupper()) for w in words)


def _short_name(full: str, text: str) -> str:
    """The part of a name the texts use alone ("Xi" of "Xi Jinping", "Biden" of "Joe Biden"):
    the word written most often outside the full name; the last word when none is, or when two are
    written as often."""
    tokens = full.split()
    if len(tokens) == 1:
        return full
    whole = _mentions(full, text)
    used = [(_mentions(t, text) - whole, i) for i, t in enumerate(tokens)]  # equal counts: the last word
    best = max(range(len(tokens)), key=lambda i: used[i])
    return tokens[best] if used[best][0] > 0 else tokens[-1]


def _clean_entity(ent) -> str:
    tokens = [t for t in ent if not (t.pos_ in {"DET", "PART", "PUNCT"} or t.text in {"’s", "'s"}
                                     or t.text[:1] in "@#")]
    return " ".join(t.text for t in tokens).strip()


def _outlet_name(outlet: str) -> str:
    """An outlet's name without what its file adds in parentheses ("White House (statement from ...)")."""
    return outlet.split("(")[0].strip().casefold()


def _is_outlet(text: str, outlets: set[str]) -> bool:
    """A name that is an outlet's or a part of one ("Wall Street Journal", "Journal"), or holds one
    ("the Kyodo report"), word for word: "RT" is no outlet of "poverty", nor "SPA" of "space"."""
    key = text.casefold()
    return any(key == o or (len(key) > 3 and (_holds(o, key) or _holds(key, o))) for o in outlets)


def _as_written(forms: dict, noun: str) -> str:
    """How the ledes most often write a noun ("complications" for "complication"); the noun where none does."""
    return _most_common(forms[noun]) if forms.get(noun) else noun


def _holds(text: str, part: str) -> bool:
    """`part` written in `text` as whole words (a substring test first: the pattern is built only where it may hold)."""
    return part in text and re.search(rf"(?<![\w'’]){re.escape(part)}(?![\w-])", text) is not None


def _nouns(doc) -> tuple[list[str], list[tuple[str, str]], set[str]]:
    """The doc's common nouns (lemmas, lower case), and "phone call"-like compounds of two; how each
    noun is written ("complications" for "complication"); and the nouns of the title (the doc's
    first line)."""
    result, forms, titled = [], [], set()
    end = title_end(doc)
    for token in doc:
        if token.i == end:
            titled.update(result)
        if token.pos_ != "NOUN" or not token.text.isalpha() or not token.text.islower() or len(token.text) < 3:
            continue  # a common noun is written in lower case ("BioNTech" is a name)
        result.append(_noun_key(token))
        forms.append((result[-1], token.text.lower()))
        left = token.nbor(-1) if token.i > 0 else None
        if left is not None and left.pos_ == "NOUN" and left.dep_ == "compound" and left.text.isalpha():
            result.append(f"{left.text.lower()} {token.text.lower()}")
    if end >= len(doc):
        titled.update(result)
    return result, forms, titled


def _what(nouns_per_article: list[list[str]], titled: list[set[str]], frequency: Counter, total: int,
          who: list[str]) -> str:
    """The noun most of the articles use, a title's twice a lede's, rarer in the corpus first, an
    occasion noun before another."""
    occasions, generic, _ = _words()
    # an account that is an occasion of its own ("the IPCC's report"), not a meeting ("an interview with '60 Minutes'")
    reports = occasions - words_of("meeting_nouns")
    names = {w.casefold() for name in who for w in name.split()}
    share = Counter(n for nouns in nouns_per_article for n in set(nouns))
    weight = Counter()
    for nouns, title in zip(nouns_per_article, titled):
        weight.update({n: 1.0 if n in title else 0.5 for n in set(nouns)})
    best, best_score = "", 0.0
    for noun in sorted(share):
        if share[noun] / len(nouns_per_article) < _SHARED or noun in generic and noun not in reports or noun in names:
            continue
        # log(1 + N/df): a noun every article uses still counts when the corpus is one occasion.
        score = weight[noun] * math.log(1 + (1 + total) / (1 + frequency[noun]))
        score *= _OCCASION_BONUS if noun in occasions else 1.0
        if score > best_score:
            best, best_score = noun, score
    return best


def _compound(noun: str, written: str, nouns_per_article: list[list[str]]) -> str:
    """The occasion noun with the noun before it that most of the articles write with it ("abortion law" of "law":
    "Texas abortion law", not "Texas law", which says which state but not which law); as written where none is."""
    share = Counter(n for nouns in nouns_per_article for n in set(nouns)
                    if " " in n and n.split()[-1] in {noun, written})
    found = [n for n, count in share.items() if count / len(nouns_per_article) >= _SHARED]
    if not found:
        return written
    best = min(found, key=lambda n: (-share[n], n))
    return f"{best.split()[0]} {written}"


def _complement(noun: str, ledes: list[Lede], who: list[str]) -> str:
    """The name most of the ledes write after the event's occasion noun, with its preposition ("to Congress" of
    "Biden's address to Congress": "Biden address to Congress", where "Biden address" said neither which address nor
    to whom); "" where none is, or where it names the event's who again."""
    share = Counter(c for lede in ledes for c in {after for key, after in lede.complements if key == noun})
    found = [c for c, count in share.items() if count / len(ledes) >= _SHARED
             and not any(_holds(c, name) for name in who)]
    return min(found, key=lambda c: (-share[c], c)) if found else ""


def _stance(ledes: list[Lede], who: list[str], what: str) -> str:
    """Of two people named with no meeting of theirs, the stance of one on the event's occasion that a lede writes as
    theirs ("Manchin's opposition to the budget reconciliation bill", where "Manchin–Biden reconciliation bill" told
    of a bill the two did not write together: both judges, report residue); "" where no lede writes one."""
    if len(who) != 2 or not what:
        return ""
    found = sorted((next(name for name in who if _holds(person, name)), stance)
                   for lede in ledes for person, stance in lede.stances
                   if any(_holds(person, name) for name in who)
                   and any(_holds(stance.casefold(), form) for form in (what, f"{what}s")))
    return f"{found[0][0]}'s {found[0][1]}" if found else ""


def _a_meeting(noun: str, ledes: list[Lede]) -> bool:
    """A meeting noun ("phone call") that a title or lede writes as a meeting, not as a call for something ("calls to
    step down")."""
    return noun in words_of("meeting_nouns") and any(noun.split()[-1] == met for lede in ledes
                                                     for met, _, _ in lede.meetings)


def _together(headline: Headline | None) -> bool:
    """A headline of what two parties did together ("Brant meets Lind", "Lind and Brant agree to reopen the border":
    data/frames.toml's symmetric verbs): it says more than that they met."""
    return headline is not None and headline.verb in symmetric_predicates()


def _their_meeting(ledes: list[Lede], who: list[str]) -> str:
    """The meeting noun at least half of the titles and ledes write in a sentence that names both people, and
    that meets no one else ("an interview with '60 Minutes'" is not Haugen's and Facebook's), "" if none."""
    told = Counter()
    for lede in ledes:
        told.update({noun for noun, sentence, partner in lede.meetings
                     if all(_holds(sentence, person) for person in who)
                     and (not partner or any(_holds(partner, person) for person in who))})
    found = [n for n, count in told.items() if count / len(ledes) >= _SHARED]
    return min(found, key=lambda n: (-told[n], n)) if found else ""


def _meeting(ledes: list[Lede]) -> str:
    """The meeting noun ("call") at least half of the titles and ledes use, "" if none."""
    meetings = words_of("meeting_nouns")
    share = Counter(n for lede in ledes for n in set(lede.nouns) if n in meetings)
    found = [n for n, count in share.items() if count / len(ledes) >= _SHARED]
    return min(found, key=lambda n: (-share[n], n)) if found else ""


def _when(day: date | None, dates: list[str], latest: int | None) -> str:
    """"24 Nov 2025"; an undated event by the latest year its claims name (news tells of what came
    before it), with the month when one of that year is named ("Feb 2026"). Years after `latest`
    (a dated article's year, plus one) are plans, not the occasion."""
    if day:
        return f"{day.day} {day:%b %Y}"
    years = {int(d[:4]) for d in dates if re.match(r"\d{4}", d)}
    years = {y for y in years if latest is None or y <= latest + 1}
    if not years:
        return "undated"
    year = max(years)
    months = sorted(d[:7] for d in dates if re.match(rf"{year}-\d{{2}}", d))
    return f"{date(year, int(months[-1][5:7]), 1):%b %Y}" if months else str(year)


def _title_phrase(ledes: list[Lede], outlets: set[str], frequency: Counter, total: int, share: float = 0.0) -> str:
    """The noun phrase of the group's titles whose words are rarest in the other events' titles and
    ledes and most used in the group's (IDF times the share of the group's titles and ledes that use
    it, summed over its words, over the square root of its length), shared by most titles first; of
    two words or more, so that it says more than the occasion noun alone. The rarity counts only the
    articles outside the group: in a corpus of one event, every word its articles share would be the
    commonest, and the phrase only one title writes won ("$1 trillion coin" over "debt ceiling"). With `share`,
    only a phrase at least that share of the titles write, whole or in a longer phrase ("debt ceiling" of "The
    debt ceiling deception")."""
    counts: Counter = Counter()
    members, surface = {}, defaultdict(Counter)
    for lede in ledes:
        found: dict[str, tuple[str, tuple[str, ...]]] = {}
        for phrase in lede.title_phrases:
            if not _is_outlet(phrase.written, outlets):
                found.setdefault(phrase.key, (phrase.text, tuple(phrase.words)))
        for key, (text, words) in found.items():
            counts[key] += 1
            members[key] = words
            surface[key][text] += 1
    texts = [lede.text.casefold() for lede in ledes]
    mine = Counter(n for lede in ledes for n in set(lede.nouns))
    others = total - len(ledes)

    def score(key):  # a word counts as much as the titles and ledes that use it: "9/11" of "9/11 anniversary"
        # log(1 + N/df) over the other events' articles, as _what weighs its nouns
        idf = [math.log(1 + (1 + others) / (1 + max(frequency.get(w, 0) - mine[w], 0)))
               * sum(w in t for t in texts) / len(texts) for w in members[key]]
        return counts[key] * sum(idf) / math.sqrt(len(idf))
    slant = words_of("slant_nouns")  # "The Debt Ceiling Deception": a verdict, not the occasion
    # of two words or more: more than the occasion noun alone
    # nor one headed by a group's member ("the most committed anti-Trump Republican"): who, not what happened
    members_of = {form for lede in ledes for name, label in lede.entities if label == "NORP" and name
                  for form in (name.split()[-1].casefold(), name.split()[-1].casefold().removesuffix("s"))}
    # nor a figure and its unit ("118 degrees", "$40 million"): a measure, not what happened ("$2 trillion coin" is a thing)
    candidates = [k for k in counts if len(members[k]) >= 2 and members[k][-1] not in slant
                  and members[k][-1] not in members_of and not _measure(members[k])
                  and sum(_writes(lede, members[k]) for lede in ledes) / len(ledes) >= share]
    if not candidates:
        return ""
    return _most_common(surface[min(candidates, key=lambda k: (-score(k), k))])


def _named_day(ledes: list[Lede]) -> str:
    """The named day (a date or an event the parse tags, of two capitalised words or more, the last "Day": "Memorial
    Day", "Labor Day", not "Sunday" nor "June 3") that at least half of the titles and ledes write, "" if none."""
    days = Counter(name for lede in ledes for name in {name for name, label in lede.entities
                                                       if label in {"DATE", "EVENT"} and _day_name(name)})
    found = [d for d, count in days.items() if count / len(ledes) >= _SHARED]
    return min(found, key=lambda d: (-days[d], d)) if found else ""


def _day_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1] == "Day" and all(re.fullmatch(r"[A-Z][a-z'’]+", w) for w in words)


def _headed_by(phrase: str, noun: str, forms: dict) -> str:
    """The phrase where its last word is the noun, as the lemma or as the texts write it; else ""."""
    last = phrase.split()[-1].casefold() if phrase else ""
    return phrase if last and (last == noun or last in forms.get(noun, ())) else ""


def _measure(words: tuple[str, ...]) -> bool:
    """Whether a phrase's words are a figure and its unit of measure or scale (data/units.toml: "118 degree", "$ 40
    million"), nothing more."""
    return all(w in unit_words() or _NUMERIC.fullmatch(w) for w in words)


def _befell(phrase: str, ledes: list[Lede]) -> str:
    """A titles' phrase that is a person's name alone ("Donald Rumsfeld") with what befell them as a title writes it
    ("Donald Rumsfeld's death"): a name says who, not what happened. The phrase as it is where no title writes one."""
    told = sorted(written for lede in ledes for person, written in lede.befell if person == phrase)
    return min(told, key=lambda w: (-told.count(w), w)) if told else phrase


def _writes(lede: Lede, words: tuple[str, ...]) -> bool:
    """Whether one of the title's phrases has `words` in a row, whole or in a longer phrase."""
    return any(phrase.words[i:i + len(words)] == tuple(words) for phrase in lede.title_phrases
               for i in range(len(phrase.words) - len(words) + 1))


def _joined(who: list[str], what: str, met: bool) -> list[str]:
    """The people a who-and-what label names: two only where `what` is a meeting of theirs (`met`) or an act two
    parties do together (data/labels.toml `joint_nouns`: "Lind–Voss race"); else the first alone. Two names joined
    before another noun say the two did it together ("Carlson–Klobuchar attack", "Manchin–Biden reconciliation bill",
    "Biden–Putin conference" of Biden's own press conference: each judged misleading by both judges)."""
    joint = met or bool(what) and what.split()[-1].casefold() in words_of("joint_nouns")
    return who if len(who) < 2 or joint else who[:1]


def _headline(who: list[str], what: str, when: str, group: list[Article]) -> str:
    subject = _DASH.join(who)
    name = f"{subject} {what}".strip() if what else (subject or _title_words(group))
    return _dated(name, when)


def label_doer(label: str) -> tuple[frozenset[str], str]:
    """Who the label's headline says acted, by the keys (`name_keys`) of the name its subject opens with ("NSA hits
    back at allegations ...": "nsa"), or its source's where it tells who said it ("..., says Ramaphosa"), and the
    lemma of what they did ("hit", "say"). No keys where the label states no headline, or its doer is no name
    ("Parents accuse ...", "Enemies of democracy behind South Africa protests": South Africa is no doer)."""
    from .nlp import parse_one

    name = label.rpartition(", ")[0] or label
    headline = next(iter(title_headlines(parse_one(name))), None)
    if headline is None:
        return frozenset(), ""
    said = _SAID_BY.search(headline.text)
    doer = said.group("speaker") or said.group("before") if said else headline.subject
    keys = frozenset(key for entity in headline.entities if doer.startswith(entity) for key in name_keys(entity))
    return keys, "say" if said else headline.verb


def name_keys(text: str) -> set[str]:
    """The keys a text names someone by, to match a name written another way: its capitalised words of three letters
    or more but an article, lower-cased, and the initials of each run of capitalised words, with the runs' ends ("The
    Food and Drug Administration": "tfda", "fda"; "US National Security Agency": "unsa", "nsa"), so that a short form
    and the full name meet."""
    keys = {word.casefold() for word in re.findall(r"[\w’'-]{3,}", text)
            if word[0].isupper() and word.casefold() not in _ARTICLES}
    for run in _CAPITALISED_RUN.finditer(text):
        initials = "".join(word[0] for word in run.group(0).split() if word[0].isupper()).casefold()
        keys |= {initials[n:] for n in range(len(initials) - 2)}
    return keys


def redated(label: str, day: date) -> str:
    """The label with its date set to `day` ("NSA hits back ..., 28 Jun 2021" -> "..., 30 Jun 2021")."""
    return f"{label.rpartition(', ')[0]}, {_when(day, [], None)}"


def _dated(name: str, when: str) -> str:
    """An event's label: its name, capitalised, and when it happened ("Trump–Xi call, June 3")."""
    return f"{name[:1].upper()}{name[1:]}, {when}"


def _title_words(group: list[Article]) -> str:
    title = min((a.title for a in group if a.title), key=lambda t: (len(t), t), default="")
    return shorten(title, 6) if title else "Untitled"


# -- topics (topic_labels.py) ---------------------------------------------------------------------

def name_topics(groups: list[list[Claim]], event_label: str = "", settings=None, embedder=None,
                vectors=None) -> list[str]:
    """The label of each topic of one event (`topic_labels.name_topics`)."""
    from .topic_labels import name_topics as named  # imported here: topic_labels reads this module's phrases

    return named(groups, event_label, settings, embedder, vectors)


# -- phrases ------------------------------------------------------------------------------------
def _norm(word: str) -> str:
    """"Soybeans" and "soybean", "Taiwan's" and "Taiwan": one word."""
    word = _POSSESSIVE_END.sub("", word.casefold())
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


# Compiled once: claim_phrases runs them on every token of every claim.
_DIGIT = re.compile(r"\d")
_LOWER_LETTER = re.compile(r"[a-z]")
_POSSESSIVE_END = re.compile(r"[’']s$")
_NOT_A_SUBJECT = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_AMOUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
# A superlative or a comparative before a noun ("highest rates", "fewer jobs", "longest war", "richest man"):
# what it is compared with, or whom it describes, is elsewhere. The second tuning sample's judges faulted 4
# of its 50 topic labels for it (benchmarks/labels/labels_tuning.jsonl).
_COMPARING_TAGS = {"JJS", "JJR", "RBS", "RBR"}


def claim_phrases(span) -> tuple[Phrase, ...]:
    """The phrases a topic's name could use, read once from the claims stage's parse of a claim."""
    return tuple(Phrase(key, text, words, plain) for key, (text, words, plain) in _phrases(span, set()).items())


def _phrases(doc, outlets: set[str]) -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Noun phrases and named entities of one claim (a Doc or a Span), none an outlet's name: key (lower
    case) -> (text as written, its words, the key of the phrase without its leading describing words or "")."""
    found: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for key, written, text, members, plain in _phrase_candidates(doc):
        if not _is_outlet(written, outlets):
            found.setdefault(key, (text, members, plain if plain in found else ""))
    return found


def _phrase_candidates(doc, title: bool = False):
    """The noun phrases and named entities of a Doc or Span that may name something, in order, whatever the
    outlets: (key, text as the doc writes it, text as a label writes it, its words, the key of the phrase
    without its leading describing words or ""). A phrase's shorter form comes just before it. Of a `title`,
    a phrase keeps the figure that names its occasion ("9/11 anniversary", "$1 trillion coin") and the name
    that owns it ("Democrats' tax-hike menu"): an event's name needs its who."""
    _, generic, _ = _words()
    entities = [e for e in doc.ents if e.label_ not in _NOT_A_SUBJECT]
    chunks = _noun_chunks(doc)
    quoted = _quoted_names(doc) if title else []
    # The tokens of a title's amounts written with a digit ("$", "1", "trillion" of "$1 trillion").
    amounts = {t.i for e in doc.ents if title and e.label_ in _AMOUNTS and _DIGIT.search(e.text) for t in e}
    for start, end in quoted:  # "'Justice for J6' rally": the name in quotation marks and the noun it names
        written = doc[start:end].text
        members = tuple(_norm(t.text) for t in doc[start:end] if (t.is_alpha or _DIGIT.search(t.text))
                        and t.lower_ not in stop_words())
        yield written.lower(), written, written, members, ""
    if quoted:  # the parser's pieces of it ("J6' rally") name nothing
        chunks = [c for c in chunks if not any(c.start < end and c.end > start for start, end in quoted)]
        entities = [e for e in entities if not any(e.start < end and e.end > start for start, end in quoted)]
    if title:  # a title's noun the parser left out of its phrases ("9/11 anniversary: ..."), with its modifiers
        covered = {t.i for chunk in chunks for t in chunk}
        chunks += [doc[t.left_edge.i - doc[0].i:t.i - doc[0].i + 1] for t in doc if t.pos_ == "NOUN" and t.i not in covered
                   and t.dep_ not in {"compound", "amod", "nmod", "poss"} and t.left_edge.i < t.i]
    for span in chunks + entities:
        tokens = [t for t in span]
        figures = [i for i, t in enumerate(tokens) if t.like_num or t.pos_ == "NUM" or _DIGIT.search(t.text)]
        numeric = figures + [i for i, t in enumerate(tokens) if t.ent_type_ in _NOT_A_SUBJECT]
        if title:  # a title's figure names its occasion, all of it ("$1 trillion coin"); a date word or a lone
            # count ("20 years") does not
            numeric = [i for i in numeric if (not _DIGIT.search(tokens[i].text) or tokens[i].ent_type_ in TIME_ENTITIES
                                              and "/" not in tokens[i].text) and tokens[i].i not in amounts]
        # a word a hyphen joins to the figure is the figure's ("10-member commission": not "member commission")
        numeric += [i + 2 for i in numeric if i + 2 < len(tokens) and tokens[i + 1].text == "-"
                    and not tokens[i].whitespace_ and not tokens[i + 1].whitespace_]
        if numeric:  # "the nearly four-year Ukraine war", "annual inflation": what follows the figure or date
            tokens = tokens[max(numeric) + 1:]
        while tokens and (tokens[0].pos_ in _DROP_LEADING and not (title and (tokens[0].pos_ == "NUM" and figures
                                                                              or tokens[0].i in amounts))
                          or tokens[0].dep_ == "poss" and not (title and _owner(tokens))
                          or tokens[0].text in {"’s", "'s", "-"} or tokens[0].lower_ in generic
                          # a bracket the parser tags as a word ("[transport workers’] wellbeing")
                          or not any(ch.isalnum() for ch in tokens[0].text) and tokens[0].i not in amounts):
            tokens = tokens[1:]
        tokens = _whole_first_word(tokens, span)
        if not title:  # "a higher approval rating (than ...)": the thing compared is the approval rating
            tokens = _compared_thing(tokens)
        if any(t.tag_ in _COMPARING_TAGS for t in tokens[:-1]):
            continue  # "highest rates", "far fewer jobs", "richest man": a comparison or an epithet, not a thing
        if any(t.pos_ in {"DET", "PRON", "VERB", "AUX"} for t in tokens):
            continue  # a phrase the parser cut badly ("longstanding a flashpoint")
        while tokens and tokens[-1].pos_ in {"PUNCT", "PART"}:
            tokens = tokens[:-1]
        if not tokens or _cut_off(tokens) or not title and _conjunct_of_describing(tokens):
            continue
        owned = title and _owner(tokens)
        if span not in entities and any((t.pos_ in {"CCONJ", "PART"} or t.pos_ == "PUNCT" and t.whitespace_)
                                        and not (owned and t.i == tokens[1].i) for t in tokens):
            continue  # "American and world history", "narrow, remote border", "community’s unity": two things
        # Describing words before a noun and its modifier ("massive container ships", "influential
        # federal advisory panel"): the phrase is offered without them too, and keeps them only where
        # its topic's claims repeat it (name_topics). The word next to the noun is kept: "economic
        # contraction", "remote learning" name a kind of thing.
        plain = tokens
        while len(plain) > 2 and plain[0].pos_ in {"ADJ", "ADV", "VERB"} and plain[0].ent_iob_ == "O":
            step = 3 if _hyphen(plain[1]) else 1  # "far-right" is one word
            if len(plain) <= step + 1:
                break
            plain = plain[step:]
        shorter = _phrase(plain, figures, generic, title) if plain is not tokens else None
        phrase = _phrase(tokens, figures, generic, title)
        if shorter:
            yield (*shorter, "")
        if phrase:
            yield (*phrase, shorter[0] if shorter else "")


# A name a title gives in quotation marks before the noun it names ("'Justice for J6' rally", "‘Build Back
# Better’ plan"): at most this many words inside the marks.
_QUOTED_NAME_WORDS = 5
_OPEN_MARKS, _CLOSE_MARKS = {"'", "‘", '"', "“"}, {"'", "’", '"', "”"}


def _quoted_names(doc) -> list[tuple[int, int]]:
    """(start, end) of each name in quotation marks that opens with a capital and is followed by a common
    noun, the noun included; the parser splits them ("Justice", "J6' rally")."""
    found = []
    for token in doc:
        if token.text not in _OPEN_MARKS or token.i + 2 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
            continue
        close = next((t.i for t in doc[token.i + 2:token.i + 2 + _QUOTED_NAME_WORDS] if t.text in _CLOSE_MARKS), None)
        noun = doc[close + 1] if close is not None and close + 1 < len(doc) else None
        if noun is not None and noun.text.isalpha() and noun.text.islower() and noun.pos_ in {"NOUN", "PROPN"} \
                and not any(f[0] <= token.i < f[1] for f in found):
            found.append((token.i, noun.i + 1))
    return found


def _noun_chunks(doclike) -> list:
    """`doclike.noun_chunks`: a Span's are its Doc's that lie inside it, and the Doc's are read once here,
    not once per claim of a paragraph."""
    chunks = _doc_noun_chunks(doclike.doc)
    if doclike is doclike.doc:
        return list(chunks)
    return [c for c in chunks if c.start >= doclike.start and c.end <= doclike.end]


@functools.lru_cache(maxsize=8)  # the claims of one paragraph are read one after the other
def _doc_noun_chunks(doc) -> tuple:
    return tuple(doc.noun_chunks)


def _owner(tokens) -> bool:
    """A phrase that opens with a name that owns it: "Democrats' tax-hike menu"."""
    return (len(tokens) > 2 and tokens[0].pos_ == "PROPN" and tokens[0].dep_ == "poss"
            and tokens[1].text in {"'", "’", "'s", "’s"} and tokens[-1].pos_ == "NOUN")  # not "Florida's Ron DeSantis"


def _hyphen(token) -> bool:
    """A hyphen inside a word ("far-right")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _whole_first_word(tokens, span) -> list:
    """The phrase with the first half of a hyphenated word put back where the describing words were dropped
    before its second half ("far-right extremist groups", never "right extremist groups")."""
    if not tokens:
        return tokens
    doc, first = tokens[0].doc, tokens[0].i
    while first - 2 >= span.start and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    return [doc[i] for i in range(first, tokens[0].i)] + list(tokens) if first < tokens[0].i else tokens


def _cut_off(tokens) -> bool:
    """A phrase cut out of a longer name: "emergency use" of "emergency use authorization" (its last
    word modifies a word after it), "Disease Control" of "Centers for Disease Control and Prevention"
    (it starts or ends inside an entity)."""
    doc, last = tokens[0].doc, tokens[-1]
    if last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i:
        return True
    if tokens[0].ent_iob_ == "I":
        return True
    return last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and last.ent_iob_ != "O"


def _compared_thing(tokens) -> list:
    """A phrase of two words or more without the comparing words before it: "approval rating" of "a higher approval
    rating than Donald Trump", "positive media coverage" of "more positive media coverage" (the second and fourth
    tuning samples' judges faulted the name a topic got instead, "Donald Trump"). A comparing word before one noun
    stays, and the phrase is dropped below ("highest rates", "richest man": what the rates are of, whom the epithet
    names, is elsewhere)."""
    while len(tokens) > 2 and tokens[0].tag_ in _COMPARING_TAGS:
        tokens = tokens[1:]
    return tokens


def _conjunct_of_describing(tokens) -> bool:
    """The second of two names joined by "and" that together describe a noun after them: "Pacific Islander" of "the
    Asian American and Pacific Islander community" names neither the community nor the first name (the fourth tuning
    sample's judges: "a fragment"); "Hamas" of "between Israel and Hamas" names a side."""
    last = tokens[-1]
    first = last.head
    return (last.dep_ == "conj" and first.i < tokens[0].i and first.dep_ in {"compound", "amod", "nmod"}
            and first.head.i > last.i)


def _phrase(tokens, figures, generic, title: bool = False):
    """(key, text as the doc writes it, text as a label writes it, words) of a candidate phrase, or None;
    of a `title`, a figure counts among its words ("9/11 anniversary")."""
    words = [t for t in tokens if not (title and (t.is_punct or t.pos_ == "PART"))  # "Democrats' tax-hike menu": 4
             and not _hyphen(t) and not (t.i > 0 and _hyphen(t.doc[t.i - 1]))]  # "far-right": one word
    if not tokens or len(words) > _PHRASE_WORDS or tokens[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if figures and len(tokens) == 1:
        return None  # "Minutes" of "60 Minutes", "May" of "May 2021"
    written = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text
    key, text = written.lower(), written
    if not _LOWER_LETTER.search(key):
        return None
    if len(tokens) == 1 and (key in generic or tokens[0].pos_ == "NOUN" and len(key) < 4):
        return None
    if len(tokens) == 1 and tokens[0].pos_ == "PROPN" and tokens[0].ent_iob_ == "O" and tokens[0].is_sent_start:
        return None  # "Left" of "Left unchecked, ...": a capital the sentence gave it
    if all(t.lower_ in generic or t.pos_ not in {"NOUN", "PROPN"} for t in tokens):
        return None
    if tokens[0].pos_ != "PROPN" and tokens[0].ent_iob_ == "O" and not tokens[0].text.isupper():
        text = text[:1].lower() + text[1:]
    members = tuple(_norm(t.text) for t in tokens if t.is_alpha and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                    or title and _DIGIT.search(t.text))
    return (key, written, text, members) if members else None


def _most_common(counter: Counter) -> str:
    return min(counter, key=lambda text: (-counter[text], text))


# -- text for tables ----------------------------------------------------------------------------

def shorten(text: str, words: int) -> str:
    """The first `words` words of `text`, with "…" when some were left out: cut by words, never mid-word."""
    parts = " ".join(str(text).split()).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:—–-") + " …"


def window(text: str, phrase: str, words: int) -> str:
    """`words` words of `text` from two words before `phrase` (from the start when it is not there),
    with "…" where words were left out: cut by words, never mid-word."""
    parts = " ".join(str(text).split()).split(" ")
    keys = [re.sub(r"\W", "", w.casefold()) for w in parts]
    first = re.sub(r"\W", "", phrase.split()[0].casefold()) if phrase.split() else ""
    start = next((i for i, k in enumerate(keys) if first and k.startswith(first)), 0)
    start = max(0, min(start - 2, len(parts) - words))
    return ("… " if start else "") + shorten(" ".join(parts[start:]), words)


def fit(text: str, width: int) -> str:
    """As many whole words of `text` as fit in `width` characters, with "…" when some were left out."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[:max(width - 2, 1)]
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else cut
    return head.rstrip(",;:—–-") + " …"


def _noun_key(token) -> str:
    """A word as the labels compare it: an occasion noun as written ("talks" is not "talk"), any other its lemma."""
    return token.text.lower() if token.text.lower() in _words()[0] else token.lemma_.lower()
