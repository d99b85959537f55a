"""Topic labels: a topic's claims -> the name a person would give it.

A topic is named by its most characteristic noun phrase or named entity: the phrase that says what its claims are
about, read by the sentence model that embeds them (as KeyBERT reads keyphrases: nearest their mean vector, standing
for most of them, less near the event's other topics; `_embedding_scores`), or, named without the model (claims made
by hand), the phrase its claims use most and the event's other topics least (c-TF-IDF over phrases); never a pronoun,
a function word, a lone adjective, a generic noun, a name cut short, describing words its claims do not repeat, or a
place its claims only name as where something happened. A topic half of whose claims (and two) assert one act is named
by it and what it acts on ("release of Haitian migrants", data/labels.toml's act_nouns; by a verb or by the act's
noun: "withdrawal of Simone Biles"; a name the object ends with, never what its "of" names: "sentencing of Derek
Chauvin"), one most of whose claims oblige someone to one act by the act and the
obligation ("vaccination requirement"); a level ("record low") by what reached it; a name too long for a phrase
by itself when every claim writes it, and one the parse cut at a possessive ("Fairness in Women's Sports Act", not
"Sports Act") whole where every claim writing a part writes it; an empty head one claim writes weighs nothing
("public health efforts" weighs as "public health"). A group of people only some claims name is who acts, not what
they are about (it weighs half); a phrase only one claim writes gives way to the event headline's phrase the claims
write ("debt limit"), or, where at most one claim has a phrase of its head noun, to the noun most claims' phrases are
headed by ("lawsuit" over "far-right extremist groups"), as a name who acts or speaks, or where, in every claim that
writes it does ("procedural vote" over "Charles E. Schumer"); a common noun keeps what it is of, on or against ("new
ban on evictions"), and a bare one is named as the event's headline writes it, where the headline says which one
("'Justice for J6' rally", "investigation into coronavirus origins"); a lone word is a vote's tally where two claims
give it ("94-1 vote"), and a mark a count passes ("grim milestone") the count ("600,000 deaths"); a lone word, a name
or one claim's phrase of a topic most of whose claims tell the headline's own happening is that happening, by its noun
and whose it is ("Facebook's outage", data/labels.toml's happening_nouns). An interjection ("Nah") names nothing; a
topic with no phrase, all one speaker's words, is that speaker's remarks ("Hervis Rogers's remarks"). A bare noun, or
a noun with one claim's describing word, is named with the complement two claims write ("return to normal", "talks on
a ceasefire"), a lone noun with the noun a claim writes before it ("vaccine mandate") or the describing word two write
there ("public health"), a court case's first party as the case ("Mahanoy Area School District v. B.L."); a phrase the
claims only write after a word that says it is not so ("inaccurate vaccine information", "former President") is not
offered without it; a name who says every claim, or a lone word of one speaker's quotations, is that speaker's remarks
("Miller's remarks"), and a person's name what most claims say is theirs ("Letitia James's investigation"). A label
fewer claims write than report one act with what it acts on, or a name, a place or people few claims write, gives way to
that act as a headline's clause ("military shoots down rockets" for "multiple rockets": topic_frames.py).
A label its claims only write inside a longer name or noun phrase is that name or phrase whole ("New York City Board of
Elections", "ranked choice voting"), and one holder's act most claims tell names the topic by whose it is and its noun
("Greene's apology", topic_frames.held_act).
Everything is sorted with ties broken by text, so the same input gives the same labels.
The phrases themselves are read in labels.py (`claim_phrases`), which names the events.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict

import numpy as np

from .labels import (_PHRASE_WORDS, _agencies, _holds, _is_outlet, _looks_like_name, _most_common, _norm, _outlet_name,
                     _phrases, _quoted_names, _words, shorten)
from .config import Settings
from .dating import MONTHS, WEEKDAYS
from .attribution import lexicon
from .lexicon import act_nouns, data_table, stop_words, time_nouns, words_of, words_overlap
from .nlp import KEPT_PARSES, parse_kept
from .predicates import TIME_ENTITIES
from .topic_frames import Framed, frame_label, held_act
from .types import Claim

# Claims of a topic parsed for its label's phrases when the claims stage has not read them (claims made
# by hand): its weightiest; parsing costs about as much as the claims stage's own parse. Claims the
# claims stage read all offer their phrases: reading only the weightiest four missed the phrase the
# topic's other claims repeat ("eviction moratorium" for "real estate trade groups" on the AllSides
# tuning half, 4 of its 50 judged topic labels changed).
_PARSED_PER_TOPIC = 4
# A verb names a topic's act ("release of Haitian migrants") when at least this share of its claims,
# and this many, assert it (`_act`). Two, not three (the eleventh round): a topic of two or three claims that each
# report the act is about it too ("sentencing of Derek Chauvin", where the phrase was "police officer"); on the four
# AllSides tuning samples this changed 1 sampled label (the fourth's) and no other topic of two claims or more.
_ACT_SHARE = 0.5
_ACT_CLAIMS = 2
# Where the head of what a verb acts on ends: a preposition other than "of", a comma, a relative word, a
# conjunction or "not" (its first conjunct: "three adults" of "three adults and seven children and not
# ISIS-K terrorists"), a dash or a bracket ("Many Haitian migrants" of "Many Haitian migrants camped in a
# small Texas border town").
_ACT_HEAD_END = re.compile(r"\s(?:in|at|on|for|with|from|by|to|into|since|than|after|before|during|over|under|"
                           r"across|against|amid|near|through|about|as|which|that|who|whom|whose|where|when|"
                           r"and|or|but|not)\s|[,;:(—–]")
# A lone common noun ("family", "legislation") names a topic less well than a phrase or a name:
# its score counts this share. (A lone name too, "Senate", "Washington", was tried on the AllSides tuning
# half: "Ukraine", the Obama–Putin call's matter, lost to "diplomatic solution".)
_LONE_NOUN = 0.7
# A phrase of people (data/labels.toml's who_nouns and people_nouns: "Republican lawmakers", "unvaccinated
# individuals") that at most half of a topic's claims write names who acts in some of them, not what they are
# about: its score counts this share. Read from the AllSides tuning half's judged topic labels, where 4 of the
# 14 judged unnatural were such ("names a group, not the subject"); 0.3 to 0.5 change the same 4 labels there.
_WHO_PART = 0.5
# A phrase of a headline event label ("debt limit" of "Yellen warns lawmakers U.S. Treasury to hit debt limit
# Oct. 18") names a topic whose weightiest phrase only one claim writes and shares no word with the headline
# (`_headline_phrase`); at least this many words: a lone word of the headline ("vaccine", "plan") names every topic
# (with lone words, 13 of the AllSides tuning half's 55 topic labels changed and 20 of 74 of neither half, most to
# a lone word; with two words or more, 2 and 3, all for the better by our reading).
_HEADLINE_PHRASE_WORDS = 2
# A figure names a topic ("94-1 vote", "600,000 deaths") where at least this many of its claims give it (`_tally_vote`,
# `_milestone_figure`): one claim's figure is its detail. On the four AllSides tuning samples this changed 3 sampled
# labels, all judged unnatural by both judges ("Senate", "passage", "grim milestone"), and no other topic's.
_FIGURE_CLAIMS = 2
# The most words of a headline's subject a topic's happening is named with ("departure of the last US military
# planes", `_headline_happening`); a longer subject is a phrase, not a name.
_HAPPENING_SUBJECT_WORDS = 5
# spaCy's entities of who or where: a topic label that is one says who acts or where, not what (`_person_or_place`).
_WHO_OR_WHERE = {"PERSON", "NORP", "GPE", "LOC", "FAC"}
# The shortest stem of a verb whose written forms a claim is read (`_verb_form`): "vaccinat", "arrest";
# not "ban" ("bank") nor "sue" ("sued", but "suede").
_VERB_STEM = 5
# The dependencies of a word of obligation that lays it on the word it hangs on: a modal ("must be vaccinated"), a
# describing word ("mandatory vaccination"), an adverb; any other governs what it obliges ("required to vaccinate").
_OBLIGATION_ON = {"aux", "auxpass", "amod", "advmod", "acomp"}
# The shortest word a closed compound ends in and is a kind of ("suit" of "lawsuit").
_COMPOUND_END = 4


def name_topics(groups: list[list[Claim]], event_label: str = "", settings: Settings | None = None,
                embedder=None, vectors: list[np.ndarray] | None = None) -> list[str]:
    """The label of each topic of one event: its most characteristic noun phrase or entity, each
    label used once in the event. Never an outlet (the voice of their own narration), nor a name
    the event's label gives (every topic of the Trump–Xi call is about Trump and Xi).

    With `embedder` (the claims' model), a phrase scores how well it says what the claims are about
    (`_embedding_scores`: one call to the model for the event; `vectors`, the claims' vectors a topic,
    spare embedding the claims again). Without it, a word weighs what c-TF-IDF (BERTopic's) gives it:
    the topic's claims that use it, times log(1 + a topic's average word uses / the event's uses of
    it), and a phrase scores the sum of its words' weights over the square root of its length:
    "executive privilege" beats "privilege" when both words are the topic's own. The
    phrases come from every claim's parse by the claims stage (a claim made by hand is parsed here,
    the topic's few weightiest: _PARSED_PER_TOPIC); a topic of one claim is named by its named
    entities when it has some, without a parse.
    """
    from .nlp import parse

    settings = settings or Settings()
    share = settings.topic_shared_head_share
    outlets = {_outlet_name(c.voice) for group in groups for c in group if not c.attributed and c.voice}
    outlets |= _agencies()
    # The names the event's label gives (a headline's capitalised words; all words of "Trump–Xi call"; of a short
    # label of common words, "Weak jobs report", not the two the claims write together, "jobs report").
    head = event_label.rpartition(", ")[0] or event_label
    label_words = re.findall(r"[^\W\d_][\w'’-]*", head)
    # A headline's capital is a name's only where the claims write it so: "Tropical Storm Grace strikes
    # Haiti" names no topic "tropical storm" away, nor "Unvaccinated ..." "unvaccinated people".
    texts = [c.text for group in groups for c in group]
    # The rules below that read a parse read the claims again (`parse_kept`), and between them nearly every claim of the
    # event (`held_act` every topic's of two claims or more): parsed here in one batch, not a few at a time as each
    # rule asks, they cost well under half (on the 200-article speed corpus the rules parsed 8,391 of 8,551 texts).
    parse_kept(tuple(dict.fromkeys(texts))[:KEPT_PARSES])
    short = len(label_words) <= 3
    named = {w.casefold() for w in label_words if short or w[:1].isupper() and _written_as_name(w, texts)}
    named -= _common_pairs(label_words, texts)
    named |= {re.sub(r"[’']s$", "", w) for w in named}  # "Facebook’s apps went down" names Facebook
    words = [Counter(w for c in group for w in _text_words(c.text) - named) for group in groups]
    total = Counter()
    for uses in words:
        total.update(uses)
    average = sum(total.values()) / max(len(groups), 1)
    weights = [{w: n * math.log(1 + average / total[w]) for w, n in uses.items()} for uses in words]
    phrases: list[dict[str, tuple[str, ...]]] = [{} for _ in groups]  # per topic: phrase key -> its words
    plain: dict[str, str] = {}  # phrase key -> its key without leading describing words
    surface: dict[str, Counter] = defaultdict(Counter)
    to_parse: list[tuple[int, str]] = []
    for n, (group, weight) in enumerate(zip(groups, weights)):
        entities = _entity_phrases(group[0], outlets) if len(group) == 1 else {}
        for key, (text, members) in entities.items():
            surface[key][text] += 1
            phrases[n][key] = members
        if not entities:
            heaviest = sorted(group, key=lambda c: -sum(weight.get(w, 0.0) for w in _text_words(c.text)))
            for rank, claim in enumerate(heaviest):
                if claim.frame is None:  # made by hand: no parse of the claims stage to read phrases from
                    if rank < _PARSED_PER_TOPIC:
                        to_parse.append((n, claim.text))
                    continue
                for phrase in claim.phrases:
                    if not _is_outlet(phrase.text, outlets):
                        surface[phrase.key][phrase.text] += 1
                        phrases[n][phrase.key] = phrase.words
                        plain[phrase.key] = plain.get(phrase.key) or phrase.plain
    for (n, _), doc in zip(to_parse, parse([text for _, text in to_parse])):
        for key, (text, members, shorter) in _phrases(doc, outlets).items():
            surface[key][text] += 1
            phrases[n][key] = members
            plain[key] = plain.get(key) or shorter
    long_names = [_shared_long_names(group, outlets) for group in groups]
    cut_names = [_names_cut_short(group, keys, surface, outlets) for group, keys in zip(groups, phrases)]
    for n, names in enumerate(long_names):
        offered = {key: (text, members) for key, (text, members, _) in cut_names[n].items()} | names
        for key, (text, members) in offered.items():
            surface[key][text] += 1
            phrases[n][key] = members
    used: set[str] = set()
    labels = []
    phrased: set[int] = set()  # the topics named by a phrase of their claims (not an act, an obligation, a speaker)
    cut_short: set[int] = set()  # the topics named by their first claim cut short: no phrase names them
    told_happening: set[int] = set()  # the topics named by the headline's happening ("Anna Berg's vow")
    offered = [_candidates(group, keys, surface, plain, named, whole, cut, head)
               for group, keys, whole, cut in zip(groups, phrases, long_names, cut_names)]
    # Read by the sentence model: a topic of two claims or more (one claim's phrases stand for all of it), its phrases
    # c-TF-IDF weighs most (Settings.topic_phrase_candidates).
    read = [embedder is not None and len(group) > 1 for group in groups]
    offered = [sorted(keys,
                      key=lambda k: (-_weighed(k, phrases[n], weights[n], groups[n]), k))
               [:settings.topic_phrase_candidates] if read[n] else keys for n, keys in enumerate(offered)]
    near = _embedding_scores(groups, offered, read, surface, embedder, vectors, settings) if any(read) else {}
    for n, (group, keys, weight, candidates) in enumerate(zip(groups, phrases, weights, offered)):
        roles = _roles(group, list(keys))
        fit = near[n] if read[n] else {k: _weighed(k, keys, weight, group) for k in candidates}
        score = {k: fit[k] * roles[k]
                 * (_lone_share(k, surface, read[n], settings))
                 * (_WHO_PART if _names_people(k) and (read[n] or 2 * _writing(k, group) <= len(group)) else 1.0)
                 * (settings.topic_phrase_who if read[n] and _person_or_place(_most_common(surface[k]), group) else 1.0)
                 for k in candidates}
        ranked = sorted(candidates, key=lambda k: (-score[k], k))
        obliged = _obligation(group)
        if obliged and obliged not in used:
            used.add(obliged)
            labels.append(obliged)
            continue
        # A name the event's label gives may say whom the act is of ("death of Colin Powell").
        act = _act(group, [k for k in ranked if k not in used and score[k] > 0]
                   + sorted(k for k in keys if k not in score and not _generic(_most_common(surface[k]))), surface)
        if act and act not in used:
            used.add(act)
            labels.append(act)
            continue
        open_ranked = [k for k in ranked if k not in used and score[k] > 0]
        choice = _headline_phrase(next(iter(open_ranked), None), group, open_ranked, keys, head)
        choice = _shared_head(choice, group, open_ranked, keys, surface, head, share)
        choice = _what_reached(choice, group, open_ranked)
        if choice is None:
            spoken = _speakers_words(group)
            if not spoken:  # a claim cut short names nothing: the act the claims share may
                cut_short.add(len(labels))
            labels.append(spoken or shorten(group[0].text, _PHRASE_WORDS + 2))
            continue
        used.add(choice)
        label = _described(_of_what(_most_common(surface[choice]), group, keys), group)
        label = _as_headline_writes(label, head)
        label = _with_whose(label, group)
        figure = _tally_vote(label, group) or _milestone_figure(label, group)
        label = figure if figure and figure not in labels else label
        label = _case_name(label, group)
        label = _shared_complement(label, group, settings.topic_complement_claims)
        label = _with_kind(label, group, settings.topic_complement_claims)
        label = _speaker_named(label, group)
        label = _persons_own(label, group, share)
        label = _written_whole(label, group)
        happening = _headline_happening(label, group, head) if _bare(label, group) else ""
        if happening and happening not in used:
            used.add(happening)
            label = happening
            told_happening.add(len(labels))
        phrased.add(len(labels))
        labels.append(label)
    lede = _lede_topic(groups, head, settings.topic_lede_words)
    # after the others: the lede's phrase never takes another topic's label
    told = _headline_subject(labels[lede], groups[lede], head, groups, settings.topic_lede_share) \
        if lede in phrased else ""
    if told and told not in labels:
        labels[lede] = told
    for n in sorted(phrased - told_happening | cut_short):
        # the headline's phrase names the lede's topic before any verb its claims share, not before one holder's act
        framed = _shared_act(groups[n], outlets, settings, held_only=told and n == lede)
        if framed and framed.label not in labels and not _tells(labels[n], framed.label) \
                and _says_less(labels[n], framed, groups[n], n in cut_short):
            labels[n] = framed.label
    return labels


def _candidates(group: list[Claim], keys: dict[str, tuple[str, ...]], surface: dict[str, Counter],
                plain: dict[str, str], named: set[str], whole: dict, cut: dict, head: str) -> list[str]:
    """The phrases of a topic that may name it: not a name the event's label gives, a name cut short, describing
    words its claims do not repeat, a generic noun, an interjection; a place, a venue, people, whose or an office
    that only sets the scene, unless nothing else is offered."""
    candidates = [k for k in keys if not _names_only(surface[k], named)]
    # "Jobs Act" of the "Infrastructure Investment and Jobs Act" every claim writes: a name cut short.
    candidates = [k for k in candidates if not any(k != n and _squeeze(k) in _squeeze(n) for n in whole)]
    candidates = [k for k in candidates if not any(k in parts for _, _, parts in cut.values())]
    texts = [c.text.casefold() for c in group]
    # "massive container ships" is "container ships" unless the claims say "massive" each time; but "inaccurate
    # vaccine information" is no "vaccine information": a common noun keeps a word that says it is not so.
    candidates = [k for k in candidates if not plain.get(k) or sum(k in text for text in texts) >= 2
                  or k.split()[0] in words_of("privative_words") and _most_common(surface[k]).islower()]
    candidates = [k for k in candidates if not _generic(_most_common(surface[k])) and k not in words_of("interjections")
                  and _uncut(_most_common(surface[k]))]
    # A place that only sets the scene ("the rally in Washington") names no topic, unless nothing else does.
    candidates = [k for k in candidates if not _place_aside(k, group) and not _scene_people(k, group)
                  and not _venue_aside(_most_common(surface[k]), group)] or candidates
    candidates = [k for k in candidates if not _only_whose(_most_common(surface[k]), group)] or candidates
    candidates = [k for k in candidates if not _said_not_so(_most_common(surface[k]), group)] or candidates
    return [k for k in candidates if not _office(_most_common(surface[k]), head)] or candidates


def _embedding_scores(groups: list[list[Claim]], offered: list[list[str]], read: list[bool],
                      surface: dict[str, Counter], embedder, vectors: list[np.ndarray] | None,
                      settings: Settings) -> dict[int, dict[str, float]]:
    """How well each offered phrase of each topic `read` says what its claims are about, read by the sentence model
    (as KeyBERT reads keyphrases): the cosine of the phrase's vector to the mean of its claims' vectors, times the share of the
    claims it stands for (Settings.topic_phrase_cover: the part of the score that coverage decides; a claim is
    stood for where its cosine to the phrase reaches Settings.topic_phrase_near), times 1 less
    Settings.topic_phrase_apart times its cosine to the nearest other topic's mean; never below 0, so that the shares
    name_topics weighs a score by lower it. One call to the embedder for the whole event: every topic's phrases, and
    the claims' texts where `vectors` (the claims stage's, one array a topic) are not given. Scores are rounded, so
    that ties fall to the phrase's text on every run."""
    texts = sorted({_most_common(surface[k]) for keys, reading in zip(offered, read) if reading for k in keys})
    claim_texts = [] if vectors is not None else [c.text for group in groups for c in group]
    if not texts:
        return {n: {} for n, reading in enumerate(read) if reading}
    embedded = np.asarray(embedder.embed(texts + claim_texts, progress=False), dtype=np.float32)
    phrase_vector = dict(zip(texts, embedded[:len(texts)]))
    if vectors is None:
        bounds = np.cumsum([0] + [len(g) for g in groups]) + len(texts)
        vectors = [embedded[start:end] for start, end in zip(bounds[:-1], bounds[1:])]
    means = np.vstack([_unit(v.mean(axis=0)) for v in vectors])
    cover, near, apart = settings.topic_phrase_cover, settings.topic_phrase_near, settings.topic_phrase_apart
    scores = {}
    for n, keys in enumerate(offered):
        if not read[n]:
            continue
        others = np.delete(means, n, axis=0)
        found = {}
        for k in keys:
            vector = phrase_vector[_most_common(surface[k])]
            stood_for = float(np.mean(vectors[n] @ vector >= near))
            elsewhere = float(np.max(others @ vector)) if len(others) else 0.0
            fit = max(float(means[n] @ vector), 0.0) * (1 - cover + cover * stood_for)
            fit *= 1 - apart * max(elsewhere, 0.0)
            found[k] = round(fit, 6)
        scores[n] = found
    return scores


def _weighed(key: str, keys: dict[str, tuple[str, ...]], weight: dict[str, float], group: list[Claim]) -> float:
    """A phrase's c-TF-IDF score: the sum of its words' weights over the square root of its length. Named with the
    sentence model, it only picks the phrases the model reads (Settings.topic_phrase_candidates)."""
    return sum(weight.get(w, 0.0) for w in _weighed_words(keys[key], key, group)) / math.sqrt(len(keys[key]))


def _uncut(text: str) -> bool:
    """Whether a phrase is written uncut: it opens no quotation it does not close ('that "spread disinformation' is
    half a quotation) and cuts no hyphenated word ("-culture standup comedy" of "anti-cancel-culture standup comedy")."""
    return (text.count('"') % 2 == 0 and text.count("“") == text.count("”")
            and not text.startswith(("-", "‐")) and not text.endswith(("-", "‐")))


def _lone_share(key: str, surface: dict[str, Counter], read: bool, settings: Settings) -> float:
    """The share of its score a lone word keeps: a lone common noun names a topic less well than a phrase or a name
    (_LONE_NOUN); read by the sentence model, a lone word of any kind (Settings.topic_phrase_lone), which it reads as
    close to every claim that mentions it ("Senate", "virus", "Psaki")."""
    if " " in key:
        return 1.0
    if read:
        return settings.topic_phrase_lone
    return _LONE_NOUN if _most_common(surface[key]).islower() else 1.0


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def _shared_act(group: list[Claim], outlets: set[str], settings: Settings, held_only: bool = False) -> Framed | None:
    """The act a topic's claims share: the verb most of them report with what it acts on ("military shoots down
    rockets"), or, told by more claims, the act of one holder told by its noun or by verbs of one act ("Greene's
    apology"; topic_frames.py); with `held_only`, only the latter."""
    framed = None if held_only else frame_label(group, outlets, settings)
    held = held_act(group, outlets, settings)
    return held if held and (framed is None or held.claims > framed.claims) else framed


def _written_whole(label: str, group: list[Claim]) -> str:
    """A label its claims only write inside a longer name or noun phrase, as they write it whole: the name it opens
    ("New York City Board of Elections" for "New York City Board"), or with the participle or noun that opens it where
    another claim's parse reads that word as describing a noun ("ranked choice voting" for "choice voting", "ranked"
    misread as a verb there but a describing word of "ranked choice votes"). A phrase cut short names half a thing.
    The label as it is where the claims write it whole somewhere, or whole in more than one way."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(label)}(?![\w-])")
    writing = tuple(c.text for c in group if pattern.search(c.text))
    if not writing or "'s" in label:
        return label

    @functools.cache  # the whole group is parsed only where a word before the label may describe (`_whole_around`)
    def describing() -> set[str]:
        docs = parse_kept(tuple(c.text for c in group))
        return {t.lower_ for doc in docs for t in doc if t.dep_ in {"amod", "compound"} and t.head.pos_ == "NOUN"}

    wholes = set()
    for doc in parse_kept(writing):
        found = pattern.search(doc.text)
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        wholes.add(_whole_around(span, describing) if span is not None else label)
    whole = wholes.pop() if len(wholes) == 1 else label
    return whole if len(whole.split()) <= _PHRASE_WORDS + 2 else label


def _whole_around(span, describing) -> str:
    """The name a span lies inside and runs on past its end (without "the"; a name's "of" and the capitalised words
    after it: "Board of Elections"), or the span with the word before it that describes a noun elsewhere
    (`describing()`, the words that do: a participle or a noun, never a describing word that grades, nor half of a
    hyphened word)."""
    doc = span.doc
    entity = next((e for e in doc.ents if e.start <= span.start and e.end > span.end and e.label_ not in TIME_ENTITIES
                   and span[-1].text[:1].isupper()), None)
    if entity is not None:
        return " ".join(t.text for t in entity if not (t.i == entity.start and t.lower_ == "the"))
    # "Board of Elections": a name's "of" and the capitalised words it takes
    of = next((c for c in span[-1].children if c.lower_ == "of" and c.i == span.end), None) \
        if span[-1].pos_ == "PROPN" and span[-1].ent_type_ != "PERSON" else None  # "Hawley of Missouri": where from
    named = [t for t in of.subtree if t.i > of.i] if of is not None else []
    if named and all(t.text[:1].isupper() for t in named):
        return doc[span.start:named[-1].i + 1].text
    before = doc[span.start - 1] if span.start > 0 else None
    joined = before is not None and before.i > 0 and not doc[before.i - 1].whitespace_ \
        and (doc[before.i - 1].text == "-" or doc[before.i - 1].text[-1:].isalnum())
    whole_word = before is not None and not joined  # not "caused" of "human-caused"
    if whole_word and before.whitespace_ and before.is_alpha and before.is_lower and before.lower_ not in stop_words() \
            and before.tag_ in {"VBN", "VBD", "NN"} and before.lower_ in describing():
        return f"{before.text} {span.text}"
    return span.text


def _tells(label: str, act: str) -> bool:
    """Whether a label holds every word of the act's name already ("Anna Berg's resignation" of "Berg's resignation")."""
    def words(text: str) -> set[str]:
        return set(re.sub(r"[’']s\b", "", text).casefold().split())

    return words(act) <= words(label)


def _says_less(label: str, framed: Framed, group: list[Claim], cut: bool) -> bool:
    """Whether the act a topic's claims share says more than its label: a claim cut short; a phrase fewer claims write
    than report the act (one claim's side phrase: "multiple rockets" beside "military shoots down rockets"); a name, an
    office, people or a place (not a lone common word) who acts or is where, that no more than half the claims write;
    or people who do the act ("regulators" of "regulators halt construction"); a phrase no more claims write than
    demand one holder's act ("calls for Kerry's resignation"). A name most claims write is kept, and
    never a figure ("20,000 deaths"), nor a speaker's remarks (their acts are what is said)."""
    written = _writing(label, group)
    if re.search(r"\d", label) or label == _speakers_words(group):
        return False
    who = (" " in label or not label.islower()) and _says_who_or_where(label, group) and 2 * written <= len(group)
    actor = label.islower() and framed.label.casefold().startswith(label + " ")
    # a demand is the news its claims tell: a phrase as many of them write is what it is over ("Israeli military
    # operations" of "calls for Kerry's resignation")
    return cut or written < framed.claims + framed.demanded or who or actor


def _lede_topic(groups: list[list[Claim]], headline: str, words: int) -> int | None:
    """The topic that retells the event's headline: the greatest share of its claims (at least _ACT_SHARE, and
    _ACT_CLAIMS) write that many of the headline's words or more (Settings.topic_lede_words); the first of equal ones.
    None when no topic does."""
    said = _text_words(headline)
    best: tuple[tuple[float, int], int] | None = None
    for n, group in enumerate(groups):
        telling = sum(len(_text_words(c.text) & said) >= words for c in group)
        if telling >= max(_ACT_CLAIMS, math.ceil(len(group) * _ACT_SHARE)):
            rank = (telling / len(group), telling)
            if best is None or rank > best[0]:
                best = (rank, n)
    return best[1] if best else None


def _headline_subject(label: str, group: list[Claim], headline: str, groups: list[list[Claim]],
                      share: float) -> str:
    """The headline's own phrase for the topic that retells it ("Biden–Putin meeting", "Donald Rumsfeld's death"), for
    a label that says who or where rather than what (`_says_who_or_where`: "Russia", "Defense Secretary"), or a
    common-noun label fewer of its claims write ("social media companies" of "Trump blog page shuts down"); never for a
    label that shares a common noun's stem with the headline (it names the story's subject already: "vaccine donation"
    of "U.S. to donate ..."). The phrase (`_headline_nouns`): one at least `share` of the topic's claims write
    (Settings.topic_lede_share; and _ACT_CLAIMS), by its head noun or every name it holds, the most of them, then the
    longest; never one another topic writes in more claims and at a greater share (it is about that one). "" when
    none."""
    if not headline or _shares_stem(label, headline):
        return ""
    who = _says_who_or_where(label, group)
    if not who and not label.islower():
        return ""
    # a common-noun label gives way to a phrase as many of the claims write; one that says what, to one more write
    need = max(_ACT_CLAIMS, math.ceil(len(group) * share), _writing(label, group) + (not who) if label.islower() else 0)
    best, found = (0, 0), ""
    for words, names in _headline_nouns(headline):
        writing = _writing_phrase(words, names, group)
        elsewhere = [(_writing_phrase(words, names, g), len(g)) for g in groups if g is not group]
        if any(n > writing and n / size > writing / len(group) for n, size in elsewhere):
            continue
        rank = (writing, len(words.split()))
        if writing >= need and rank > best:
            best, found = rank, words
    return found


def _writing_phrase(phrase: str, names: tuple[str, ...], group: list[Claim]) -> int:
    """How many of the claims write a phrase's head noun, or the verb a noun in "-ing" is of ("meet" of "meeting"), or
    every name it holds ("Donald Rumsfeld" of "Donald Rumsfeld's death": a claim on his death need not say "death")."""
    noun = _norm(phrase.split()[-1])
    verb = noun.removesuffix("ing") if noun.endswith("ing") and len(noun) >= 7 else ""
    names = {_norm(w) for w in names}

    def writes(words: frozenset[str]) -> bool:
        told = noun in words or bool(verb) and any(w.startswith(verb) for w in words)
        return told or bool(names) and names <= words

    return sum(writes(_text_words(c.text)) for c in group)


def _says_who_or_where(label: str, group: list[Claim]) -> bool:
    """A lone word, a phrase one claim writes, an office ("Defense Secretary", "chief justice": data/labels.toml's
    office_nouns), people, or a name who acts, speaks or is where in every claim that writes it (`_actor`), or that the
    first claim writing it names as a person, a people or a place ("Letitia James", "Russia")."""
    head = _norm(label.split()[-1])
    if " " not in label or label.islower() and _writing(label, group) <= 1 or head in words_of("office_nouns"):
        return True
    if label.islower():
        return False
    return _names_people(head) or _actor(label, group) or _person_or_place(label, group)


def _office(written: str, headline: str) -> bool:
    """Whether a phrase names a person by an office without a name ("Senate majority leader", "FDA acting commissioner",
    "conference chair": headed by one of data/labels.toml's office_nouns, singular): who acts or is described, never
    what the claims are about, unless the event's headline writes the office ("Finance minister resigns": the story
    is about its holder). A describing word and the noun alone ("racial justice", "chief justice") may be a kind of
    thing, and one named by what they were ("former finance director": data/labels.toml's privative_words) holds no
    office now: neither is one here."""
    from .nlp import parse_one

    words = written.split()
    office = _norm(words[-1])
    if office != words[-1].casefold() or office not in words_of("office_nouns") or office in _text_words(headline) \
            or words[0].casefold() in words_of("privative_words"):
        return False  # a plural ("Senate Democrats") is a group, weighed as people are (_WHO_PART)
    return not (len(words) == 2 and words[0].islower() and parse_one(written)[0].pos_ == "ADJ")


def _person_or_place(name: str, group: list[Claim], kinds: set[str] = _WHO_OR_WHERE) -> bool:
    """Whether the first claim that writes the name has it as a person, a people or a place (spaCy's entities; of
    `kinds`)."""
    claim = next((c for c in group if name in c.text), None)
    if claim is None:
        return False
    return any(e.label_ in kinds and (name in e.text or name.endswith(e.text))
               for e in parse_kept((claim.text,))[0].ents)


def _shares_stem(label: str, headline: str) -> bool:
    """Whether a lower-case word of the label is the headline's, or begins as one of its words does for _VERB_STEM
    letters ("donation", "donate"): the label names the story's subject already. A name the label shares with the
    headline ("union chief Erik Dahl" of "Berg–Dahl meeting") says who, not what."""
    words = _text_words(" ".join(w for w in label.split() if w.islower()))
    return words_overlap(words, _text_words(headline), _VERB_STEM)


def _headline_nouns(headline: str) -> list[tuple[str, tuple[str, ...]]]:
    """The headline's phrases of two words or more headed by a common noun, as it writes them without determiners or
    quotation marks ("Confederate statues", "Trump blog page", "Biden–Putin meeting"); never one headed by a noun of
    people, an office or a generic noun ("Taliban leader"), nor the subject of a verb of saying ("New York AG’s office
    says ...": who speaks); each with the capitalised words it holds ("Donald", "Rumsfeld")."""
    found = []
    speech = lexicon().speech_verbs
    for chunk in _parsed_headline(headline).noun_chunks:
        root = chunk.root
        if root.pos_ != "NOUN" or _names_people(root.lower_) or _generic(root.text) \
                or _norm(root.text) in words_of("office_nouns"):
            continue
        if root.dep_ == "nsubj" and root.head.lemma_.casefold() in speech:
            continue
        doc = chunk.doc
        start = root.left_edge.i
        # "Biden–Putin meeting": the name a dash joins to the phrase is of it
        while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].pos_ in {"PROPN", "NOUN", "PUNCT"}:
            start -= 1
        tokens = [t for t in doc[start:root.i + 1]
                  if t.pos_ not in {"DET", "PRON"} or t.tag_ == "POS"]
        while tokens and (tokens[0].tag_ == "POS" or tokens[0].pos_ == "PUNCT"):
            tokens = tokens[1:]
        if sum(t.pos_ != "PUNCT" for t in tokens) >= 2:
            found.append((re.sub(r"[‘“”\"]|[’'](?!s\b)", "", doc[tokens[0].i:tokens[-1].i + 1].text).strip(),
                          tuple(t.text for t in tokens if t.text[:1].isupper() and t.tag_ != "POS")))
    return found


def _bare(label: str, group: list[Claim]) -> bool:
    """A label that says what kind of thing or who, not what happened: a lone word ("apps", "Afghanistan"), a name
    ("Joe Biden"), or one claim's phrase ("military mission")."""
    return " " not in label or _title_of_name(label) or _writing(label, group) <= 1


def _headline_happening(label: str, group: list[Claim], headline: str) -> str:
    """The event's own happening, named by whose it is and its noun ("Facebook's outage" of "Facebook's apps went
    down"; "Biden's vow" of "Biden vows to complete Afghan evacuation"), where at least _ACT_SHARE of the topic's claims
    (and _ACT_CLAIMS) tell it, by the headline's verb or its noun (data/labels.toml happening_nouns). "" when
    the headline's main word is no verb of the table, its subject names no one, too few claims tell it, or the label
    names a name of its subject, or (a phrase) the happening or its subject's noun already ("vaccine donation", "Chauvin's
    sentence", "U.S. birth rate" of "U.S. birthrate fell")."""
    if len(group) < _ACT_CLAIMS or not headline:
        return ""
    verb, owner, subject = _headline_verb(headline)
    noun = data_table("labels.toml").get("happening_nouns", {}).get(verb, "")
    # a lone word ("apps" of "Facebook's apps went down", "outage") says neither whose nor which happening
    named = (noun, *subject) if " " in label else [w for w in subject if w[:1].isupper()]
    if not noun or not owner or any(_squeeze(w) in _squeeze(label) for w in named):
        return ""
    lemma, _, particle = verb.partition(" ")
    telling = sum(_writes_noun(c, noun) or _tells_verb(c, lemma, particle) for c in group)
    label = f"{owner} {noun}" if owner.endswith("'s") else f"{noun} {owner}"
    return label if telling >= max(_ACT_CLAIMS, math.ceil(len(group) * _ACT_SHARE)) else ""


def _tells_verb(claim: Claim, lemma: str, particle: str) -> bool:
    """Whether a claim's main verb or a clause's is the verb ("went down": "go" with "down" after it), or the claim
    writes one of its regular forms (an attribution's "the mayor vowed", which the claims stage reads as no clause)."""
    verbs = {claim.predicate} | {c.predicate for c in (claim.frame.clauses if claim.frame else ())}
    written = _verb_forms(lemma.removesuffix("e")).search(claim.text) is not None
    return (lemma in verbs or written) and (not particle or re.search(rf"(?i)\b{re.escape(particle)}\b", claim.text) is not None)


def _headline_verb(headline: str) -> tuple[str, str, tuple[str, ...]]:
    """The headline's main verb (its lemma, with its particle: "go down") and the name of whose happening it is: its
    subject's name, or the name the subject is of ("Facebook" of "Facebook's apps"); and the subject's words of
    meaning ("Facebook", "apps"). Empty when its main word is no verb."""
    doc = _parsed_headline(headline)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return "", "", ()
    # "went down": spaCy hangs the particle as an adverb as often as as a particle
    particle = next((t.lower_ for t in root.children if t.dep_ == "prt" or t.i == root.i + 1 and t.dep_ == "advmod"
                     and t.pos_ in {"ADP", "ADV"}), "")
    verb = f"{root.lemma_.casefold()} {particle}".strip()
    subject = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return verb, "", ()
    words = doc[subject.left_edge.i:subject.i + 1]
    meaning = tuple(t.text for t in words if t.pos_ in {"PROPN", "NOUN"})
    whose = subject if subject.pos_ == "PROPN" else next(
        (t for t in subject.children if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
    if whose is not None:
        names = [t for t in whose.subtree if t.pos_ == "PROPN" and (t is whose or t.dep_ == "compound")]
        return verb, f"{doc[names[0].i:whose.i + 1].text}'s", meaning
    # a thing ("The last US military planes have left"): the happening of it, as the headline writes it
    if subject.pos_ != "NOUN" or len(words) > _HAPPENING_SUBJECT_WORDS:
        return verb, "", meaning
    # a headline's capital opens it ("The last ...", "New COVID cases"), not a name's
    opening = words[0].lower_ if words[0].pos_ in {"DET", "ADJ"} else words[0].text
    return verb, f"of {opening}{words.text[len(opening):]}", meaning


# A name with its possessive ("Saul's", "Joe Biden’s"): at most two capitalised words before it.
_WHOSE = r"((?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*)[’']s"
# The name an "of" gives whose something is: its last two capitalised words, before a word that is not one.
_OF_NAME = r"((?:[A-Z][\w.-]*\s)?[A-Z][\w-]*)(?![\w’'-])(?!\s[A-Z])"


def _said_not_so(written: str, group: list[Claim]) -> bool:
    """Whether every claim that writes the phrase writes it after a word that says it is not so ("inaccurate
    vaccine information", data/labels.toml's privative_words): without the word it names the opposite."""
    writing, pattern = _privative_patterns(written)
    before = [m.group(1) for c in group if writing.search(c.text) for m in pattern.finditer(c.text)]
    return bool(before) and all(w and w.casefold() in words_of("privative_words") for w in before)


@functools.lru_cache(maxsize=4096)
def _privative_patterns(written: str) -> tuple[re.Pattern, re.Pattern]:
    """`_said_not_so`'s patterns, compiled once per phrase (asked of every candidate of every topic): the phrase, and
    the phrase with the word before it. Only a text the first finds in is searched with the second, much slower."""
    return (re.compile(re.escape(written), re.IGNORECASE),
            re.compile(r"(?:([\w-]+)[\s-]+)?(?<![\w-])" + re.escape(written) + r"(?![\w-])", re.IGNORECASE))


def _only_whose(written: str, group: list[Claim]) -> bool:
    """A name every claim that writes it writes as whose something is ("from former President Donald Trump’s
    administration"): it says whose, not what the claims are about."""
    if written.islower():
        return False
    found = [re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", c.text) for c in group]
    uses = [m for m in found if m]
    return bool(uses) and all(re.match(r"[’']s\b", c.text[m.end():]) for c, m in zip(group, found) if m)


def _with_whose(label: str, group: list[Claim]) -> str:
    """A lone common noun with the name a claim writes it after, as whose it is ("Saul's dismissal" of "report Saul's
    dismissal"), or after its "of" ("Benjamin Netanyahu's policy" of "the policy of Prime Minister Benjamin
    Netanyahu"): a bare noun says what kind of thing, the name which one."""
    if " " in label or not label.islower():
        return label
    # never "It's policy", "That's policy": a word that opens a clause, no name
    found = Counter(m.group(0) for c in group
                    for m in re.finditer(rf"{_WHOSE}\s{re.escape(label)}(?![\w-])", c.text)
                    if m.group(1).split()[0].casefold() not in stop_words())
    # "the policy of Prime Minister Benjamin Netanyahu": Benjamin Netanyahu's policy; never a place's ("the city of
    # New York") nor its people's.
    if label in words_of("venue_nouns") or _names_people(label):
        return _most_common(found) if found else label
    found.update(f"{m.group(1)}'s {label}" for c in group
                 for m in re.finditer(rf"(?i:the)\s{re.escape(label)}\sof\s(?:[A-Z][\w.-]*\s)*?{_OF_NAME}", c.text))
    return _most_common(found) if found else label


def _tally_vote(label: str, group: list[Claim]) -> str:
    """A vote named by its tally ("94-1 vote"), for a lone word ("passage", "Senate") of a topic two of whose claims
    (or more) give one vote's tally ("was approved by a 94-1 vote", "passed 94-1"): the word says where or what
    passed, the tally is the vote the claims report. "" when none (a unanimous vote, 0-0, has no tally to give)."""
    if " " in label:
        return ""
    claims = Counter()
    for claim in group:
        claims.update({m.tally for m in _measures(claim) if m.unit == "tally" and m.tally and None not in m.tally
                       and sum(m.tally)})  # (a margin alone, "by 12 votes", is no tally to give)
    tally, count = _commonest(claims, ((0, 0), 0))
    return f"{tally[0]}-{tally[1]} vote" if count >= _FIGURE_CLAIMS else ""


# A figure as written, without what hedges it ("more than 600,000": 600,000; "1.5 million").
_FIGURE = re.compile(r"\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?")


def _milestone_figure(label: str, group: list[Claim]) -> str:
    """A mark a count passes ("grim milestone", data/labels.toml's milestone_nouns) named by the count two of the
    topic's claims (or more) give and what it counts, as they write it ("600,000 deaths" of "reaching more than
    600,000 Covid fatalities", "will surpass 600,000 deaths"): the mark says only that a count was passed. "" when
    none."""
    if label.split()[-1].casefold() not in words_of("milestone_nouns"):
        return ""
    claims: Counter = Counter()
    written: dict[float, Counter] = defaultdict(Counter)
    for claim in group:
        counted = {m for m in _measures(claim) if m.unit == "count" and m.counts and not m.aside}
        claims.update({m.value for m in counted})
        for m in counted:
            written[m.value].update(_counted_as_written(claim.text, m))
    value, count = _commonest(claims, (0.0, 0))
    return _most_common(written[value]) if count >= _FIGURE_CLAIMS and written[value] else ""


def _counted_as_written(text: str, measure) -> set[str]:
    """A count's figure with the noun it counts, as a claim writes them ("600,000 deaths"), at most two words between
    them ("600,000 Covid fatalities"); empty when the claim writes them apart."""
    figure = _FIGURE.search(measure.text)
    if figure is None:
        return set()
    stem = measure.counts[:-1] if len(measure.counts) > 4 else measure.counts
    pattern = rf"(?<![\w,.]){re.escape(figure.group(0))}((?:\s[\w-]+){{0,2}}?\s{re.escape(stem)}[a-z]*)\b"
    return {figure.group(0) + m.group(1) for m in re.finditer(pattern, text, re.IGNORECASE)}


def _measures(claim: Claim) -> tuple:
    """The figures the claims stage read in a claim (none for a claim made by hand)."""
    return claim.frame.measures if claim.frame is not None else ()


# What a headline's noun is of, into, on, over or against ("investigation into coronavirus origins"): says which one.
_COMPLEMENT_LINKS = {"of", "into", "on", "over", "against"}


def _common_pairs(label_words: list[str], texts: list[str]) -> set[str]:
    """Of a short label that names no one (none of its words written as a name), the words of each two in a row that
    the claims write together ("jobs report" of "Weak jobs report", "debt ceiling"): what the claims are about, a
    topic's name as much as the event's; a who–what label's ("Cuba protests") stay the event's alone."""
    if len(label_words) > 3 or any(w[:1].isupper() and _written_as_name(w, texts)
                                   and any(_holds(t, w) for t in texts) for w in label_words):
        return set()
    joined = " ".join(texts).casefold()
    pairs = [(a.casefold(), b.casefold()) for a, b in zip(label_words, label_words[1:])]
    return {w for pair in pairs if _holds(joined, " ".join(pair)) for w in pair}


def _as_headline_writes(label: str, headline: str) -> str:
    """A lone common noun as the event's headline writes it, with what says which one: the name in quotation marks
    before it ("'Justice for J6' rally") or what it is of, into, on, over or against ("investigation into coronavirus
    origins"); at most _PHRASE_WORDS + 1 words. A bare noun ("rally", "investigation") says what kind of thing, not
    which; the headline says which one the story is about. The label as it is where the headline has no such form."""
    if " " in label or not label.islower() or not headline:
        return label
    owner = _headline_owner(label, headline)
    if owner:
        return f"{owner}'s {label}"
    if _norm(label) not in _text_words(headline):
        return label
    doc = _parsed_headline(headline)
    for start, end in _quoted_names(doc):
        if _norm(doc[end - 1].text) == _norm(label):
            return doc[start:end].text
    for token in doc:
        if _norm(token.text) != _norm(label) or token.pos_ != "NOUN":
            continue
        # the word right after it, wherever the parser hangs it ("call for investigation into ...": on "call")
        link = doc[token.i + 1] if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _COMPLEMENT_LINKS else None
        what = next((t for t in link.children if t.dep_ == "pobj"), None) if link is not None else None
        if what is None:
            continue
        words = doc[token.i:what.i + 1]
        if len(words) <= _PHRASE_WORDS + 1 and not any(t.pos_ in {"DET", "PRON", "VERB", "PUNCT"} for t in words):
            return words.text
    return label


def _headline_owner(noun: str, headline: str) -> str:
    """The name the event's headline reports a lone noun of as its main verb's subject ("Chauvin" of "Chauvin sentenced
    to 22.5 years ..." for "sentence"; "Derek Chauvin is sentenced"): whose the thing is. "" when the headline's main
    verb is another, or its subject no name."""
    if " " in noun or not headline:
        return ""
    doc = _parsed_headline(headline)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.casefold() != noun:
        return ""
    subject = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN":
        return ""
    names = [t for t in subject.subtree if t.pos_ == "PROPN" and (t is subject or t.dep_ == "compound")]
    return doc[names[0].i:subject.i + 1].text if names else ""


@functools.lru_cache(maxsize=64)
def _parsed_headline(headline: str):
    """The event headline's parse, once for all the event's topics that ask for it."""
    from .nlp import parse_one

    return parse_one(headline)


def _writing(key: str, group: list[Claim]) -> int:
    """How many of the claims write the phrase."""
    return sum(_squeeze(key) in _squeeze(c.text) for c in group)


def _names_people(key: str) -> bool:
    """A phrase headed by a noun of people ("Republican lawmakers", "actual attendees"): data/labels.toml."""
    return key.split()[-1] in words_of("who_nouns") | words_of("people_nouns")


def _headline_phrase(choice: str | None, group: list[Claim], ranked: list[str], keys: dict[str, tuple[str, ...]],
                     headline: str) -> str | None:
    """A topic's weightiest phrase, unless only one of its claims writes it and it shares no word with the event's
    headline ("financial obligations", "party line vote"): then the weightiest phrase of the headline its claims write
    ("debt limit", "budget blueprint"; of _HEADLINE_PHRASE_WORDS words or more, none of people). One claim's phrase
    says nothing of what the topic is about; the headline says what the story is."""
    if choice is None or len(group) < 2 or _writing(choice, group) > 1:
        return choice
    said = {_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]*", headline)}
    if set(keys[choice]) & said:
        return choice
    text = headline.casefold()
    return next((k for k in ranked if len(k.split()) >= _HEADLINE_PHRASE_WORDS and not _names_people(k)
                 and re.search(rf"(?<![\w'’]){re.escape(k)}(?![\w-])", text)), choice)


def _same_head(one: str, other: str) -> bool:
    """One head noun, or one the closed compound of the other ("lawsuit" and "suit": a lawsuit is a suit)."""
    short, long = sorted((one, other), key=len)
    return short == long or len(short) >= _COMPOUND_END and long.endswith(short)


def _head_claims(head: str, group: list[Claim], voiced: bool = True) -> int:
    """How many of the claims have a phrase headed by that noun (or its compound); with voiced=False, a phrase that
    is not the claim's voice ("the treasurer" of "the treasurer warned": who speaks, not what it is about)."""
    def heads(claim: Claim) -> set[str]:
        voice = "" if voiced or not claim.attributed or _document(claim.voice) else _squeeze(claim.voice)
        return {p.words[-1] for p in claim.phrases if p.words and not (voice and _squeeze(p.text) in voice)}

    return sum(any(_same_head(head, h) for h in heads(c)) for c in group)


def _document(voice: str) -> bool:
    """A voice that is a filing, not who speaks ("The complaints say ...", "the lawsuit alleges"): data/labels.toml's
    topic_documents; what the claims are about, where they quote it (a study that finds is their source)."""
    words = re.findall(r"[a-z]+", voice.casefold())
    return bool(words) and words[-1] in words_of("topic_documents")


def _shared_head(choice: str | None, group: list[Claim], ranked: list[str], keys: dict[str, tuple[str, ...]],
                 surface: dict[str, Counter], headline: str, share: float) -> str | None:
    """A topic's weightiest phrase, unless at most one of its claims has a phrase headed by its head noun: then the
    weightiest common-noun phrase headed by the noun most of its claims' phrases are headed by (at least `share` of
    them, Settings.topic_shared_head_share, and two; more claims than write any word of the choice): what the claims
    are about, not a phrase that only appears in them ("lawsuit" of "filed a lawsuit ...", "The suit argues ..." over
    "far-right extremist groups" one claim names). Never a noun of people, nor the voice of the claims that write it
    ("the treasurer warned": who speaks), nor one of the choice's own words; a choice its claims write with "of" says
    what it is of already, one that shares a word with the event's headline says what the story is. A name who acts
    or speaks, or where it happened, in every claim that writes it (`_actor`: "Senate Majority Leader Chuck Schumer will
    force a vote", "rockets fired at Kabul airport") gives way too, however many claims write it, to such a phrase of
    two words or more ("procedural vote"): who acts and where, not what the claims are about. Claims made by hand (no
    parse of the claims stage) keep the choice."""
    if choice is None or len(group) < 2 or not keys.get(choice) or any(c.frame is None for c in group):
        return choice
    if set(keys[choice]) & {_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]*", headline)}:
        return choice
    written = _most_common(surface[choice])
    need = max(2, math.ceil(len(group) * share))
    shared = [(k, _head_claims(keys[k][-1], group, voiced=False)) for k in ranked
              if keys.get(k) and _most_common(surface[k]).islower() and not _names_people(k)
              and not set(keys[k]) <= set(keys[choice])]
    about = _about(choice, group, keys, written, shared, need)
    if about != choice or not _actor(written, group):
        return about
    # Who acts gives way to what most claims say they act on, named by a phrase: a lone noun ("outage", "letters") or a
    # generic head ("home country") says less than the name.
    # A lone noun the headline reports by its verb says whose it is: "sentence" of "Chauvin sentenced ...", "Chauvin's
    # sentence" (`_headline_owner`).
    shared = [(k, n) for k, n in shared if (" " in k or _headline_owner(k, headline)) and not _generic(k.split()[-1])]
    best = max((n for _, n in shared), default=0)
    return next(k for k, n in shared if n == best) if best >= need else choice


def _about(choice: str, group: list[Claim], keys: dict[str, tuple[str, ...]], written: str,
           shared: list[tuple[str, int]], need: int) -> str:
    """The shared head's phrase for a choice at most one claim has a phrase of the head noun of (`_shared_head`)."""
    if _head_claims(keys[choice][-1], group) > 1 or _of_what(written, group, keys) != written:
        return choice
    best = max((n for _, n in shared), default=0)
    # Only a noun more claims are about than write any word of the choice ("looting" of "looting sprees": the choice
    # already says what most of them are about). A name's words in it say whose, not what ("Blue Origin" of "Blue
    # Origin vehicle", which one claim writes, where three write of the flight): they count only against a lone noun,
    # which says less than the phrase it replaces ("island" for "National Day celebrations").
    writing = {w: sum(w in _text_words(c.text) for c in group) for w in keys[choice]}
    common = [w for w in keys[choice] if any(x.islower() and _norm(x) == w for x in written.split())]
    if best < need or best <= max(writing.values()):
        if not common or best < need or best <= max(writing[w] for w in common):
            return choice
        shared = [(k, n) for k, n in shared if " " in k]
        best = max((n for _, n in shared), default=0)
        if best < need or best <= max(writing[w] for w in common):
            return choice
    return next(k for k, n in shared if n == best)


def _actor(written: str, group: list[Claim]) -> bool:
    """A name (not in lower case) that every claim writing it has as who acts or speaks (the subject or an agent of its
    verbs, `Frame.agent` and its clauses', a passive's "by" with the name's title before it: "Handed down by District
    Court Judge Peter Cahill, the sentence ...", or its voice; any of them the name's end, without its title) or as
    where something happened (`Frame.locations`)."""
    if written.islower():
        return False
    name = _squeeze(written)
    writing = [c for c in group if name in _squeeze(c.text)]
    by = re.compile(rf"(?<![\w-])by\s+(?:[A-Z][\w.-]*\s+)*{re.escape(written)}(?![\w-])")
    # who acts may be written without the title the name has ("Anna Vos said" for "Judge Anna Vos")
    return bool(writing) and all(any(name in _squeeze(who) or name.endswith(_squeeze(who)) for who in _who(c) if who)
                                 or _located(name, c) or by.search(c.text) for c in writing)


def _located(name: str, claim: Claim) -> bool:
    """Whether a claim names the place (squeezed) as where something happened, or a place within it ("Kabul airport"
    of "at Kabul airport", "the Abbey Gate of Kabul airport")."""
    places = [_squeeze(p) for p in (claim.frame.locations if claim.frame is not None else ()) if p]
    return any(name in place or place in name for place in places)


def _who(claim: Claim) -> list[str]:
    """Who acts or speaks in a claim: its subject, the agents of its verbs and its voice."""
    frame = claim.frame
    agents = [frame.agent, *(c.agent for c in frame.clauses)] if frame is not None else []
    return [claim.subject, claim.voice if claim.attributed else "", *agents]


def _what_reached(choice: str | None, group: list[Claim], ranked: list[str]) -> str | None:
    """A level ("record low", "all-time high": a phrase whose head is data/labels.toml's level_nouns)
    names the topic by what reached it: the weightiest phrase of the subject of a claim that writes it
    ("poverty" of "the share of people living in poverty fell to a record low"); else the level."""
    if choice is None or choice.split()[-1] not in words_of("level_nouns"):
        return choice
    subjects = [_squeeze(c.subject) for c in group if c.subject and _squeeze(choice) in _squeeze(c.text)]
    return next((k for k in ranked if k != choice and any(_squeeze(k) in s for s in subjects)), choice)


def _written_as_name(word: str, texts: list[str]) -> bool:
    """A word the texts write with a capital inside a sentence at least as often as in lower case."""
    capital = lower = 0
    for text in texts:
        for match in re.finditer(rf"(?<![\w'’-])({re.escape(word)})(?![\w-])", text, re.IGNORECASE):
            written = match.group(1)
            if written.islower():
                lower += 1
            elif match.start() > 0 and not re.search(r"[.!?:“\"]\s*$", text[:match.start()]):
                capital += 1
    return capital >= lower


def _shared_long_names(group: list[Claim], outlets: set[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Names longer than a phrase (_PHRASE_WORDS) that every claim of a topic of two or more writes ("the
    Infrastructure Investment and Jobs Act"): what they are all about, though too long for a phrase."""
    if len(group) < 2:
        return {}
    found = {}
    # The parser may name a long name's parts apart ("the George Floyd Justice", "Policing Act"): a run of
    # capitalised words joined by small words is offered too.
    names = {e for c in group for e in c.entities} | {m.group(0) for c in group for m in _NAME_RUN.finditer(c.text)}
    for entity in sorted({re.sub(r"^the\s+", "", e, flags=re.IGNORECASE) for e in names}):
        members = _name_members(entity)
        if (len(entity.split()) > _PHRASE_WORDS and not _is_outlet(entity, outlets) and _title_of_name(entity)
                and all(_squeeze(entity) in _squeeze(c.text) for c in group)):
            found[entity.lower()] = (entity, members)
    return found


def _names_cut_short(group: list[Claim], keys: dict[str, tuple[str, ...]], surface: dict[str, Counter],
                     outlets: set[str]) -> dict[str, tuple[str, tuple[str, ...], set[str]]]:
    """Names the parse cut at their small word or at a possessive after it ("Fairness" and "Sports Act" of "the
    Fairness in Women's Sports Act"), whole (`_one_name`), where every claim that writes a part writes the whole: the
    part alone is a name cut short. Key -> (the name, its words, the parts' keys)."""
    runs = {re.sub(r"^(?:The|A|An)\s+", "", m.group(0)) for c in group for m in _NAME_RUN.finditer(c.text)}
    found = {}
    for run in sorted(runs):
        if (len(run.split()) <= _PHRASE_WORDS or not _title_of_name(run) or _is_outlet(run, outlets)
                or not _one_name(run)):
            continue
        whole = _squeeze(run)
        ends = {part.casefold() for m in _CUT_AT.finditer(run) for part in m.groups() if part}
        parts = {k for k in keys if k in ends and _title_of_name(_most_common(surface[k]))}
        writing = [c for c in group if any(_squeeze(k) in _squeeze(c.text) for k in parts)]
        if parts and all(whole in _squeeze(c.text) for c in writing):
            members = _name_members(run)
            found[run.lower()] = (run, members, parts)
    return found


def _name_members(name: str) -> tuple[str, ...]:
    """A name's words as phrases are keyed, without its small words."""
    return tuple(_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in stop_words())


# The small words inside a name ("Office for Civil Rights", "Fairness in Women's Sports Act"), "and" apart.
_NAME_SMALL_WORDS = ("of", "for", "on", "to", "in")
# Where the parse cuts a long name: a part ends before its first small word or opens after a possessive.
_CUT_AT = re.compile(r"[’']s\s+(.+)$|^(.+?)\s+(?:" + "|".join(_NAME_SMALL_WORDS) + r")\s")


def _one_name(run: str) -> bool:
    """A run of capitalised words that is one name cut at its small word ("Fairness in Women's Sports Act"), not two
    names joined ("Senate Armed Services Committee on Tuesday and House Armed Services Committee"), a name and its day
    ("Hamid Karzai International Airport on August"), nor a possessor and the name it owns ("President Biden's American
    Jobs Plan"): a small word but "and" between its words, none a day or a month, and a possessive only after it."""
    words = run.split()
    small = [n for n, w in enumerate(words) if w in _NAME_SMALL_WORDS]
    owners = [n for n, w in enumerate(words) if re.search(r"[’']s$", w)]
    return (bool(small) and bool(owners) and "and" not in words and all(n > small[0] for n in owners)
            and not any(w.casefold().strip(".,") in MONTHS | WEEKDAYS for w in words))


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:" + "|".join(("and", *_NAME_SMALL_WORDS)) + r")\s+)?[A-Z][\w'’-]*)+")


def _title_of_name(text: str) -> bool:
    """A name's capitalised words with its small words between them ("Office for Civil Rights")."""
    words = text.split()
    return words[-1][:1].isupper() and all(w[:1].isupper() or w in {"and", "the", *_NAME_SMALL_WORDS} for w in words)


def _place_aside(key: str, group: list[Claim]) -> bool:
    """A place alone ("Washington", "Washington, DC", "Kentucky") that each claim writing it names as where
    something happened ("the rally in Washington") or by the people there ("Kentucky residents", where
    another claim says "patients in Kentucky"): the scene, not what they are about."""
    parts = {_place_key(part) for part in key.split(",")}
    writing = [c for c in group if _squeeze(key) in _squeeze(c.text)]
    scene = [c for c in writing if c.frame is not None and parts <= _scenes([c])]
    return bool(scene) and all(c in scene or _scene_people(f"{key} {_people_after(key, c.text)}", group)
                               for c in writing)


# Where a phrase a claim writes is a place where something happened: a locative preposition just before it, with an
# article and up to three describing words between ("at a light rail maintenance yard", "from Hamid Karzai
# International Airport", "at the Abbey Gate of Hamid Karzai International Airport"), none a word that opens another
# phrase or a clause ("in talks about the prison").
_WHERE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:at|in|near|outside|inside|from|across)\s+(?:(?:the|a|an)\s+)?"
                           r"(?:(?!(?:about|on|over|with|for|to|by|that|which|who|and|or)\s)[\w’'.-]+\s+){0,3}$")


@functools.cache
def _venue_nouns() -> frozenset[str]:
    return frozenset(_norm(w) for w in words_of("venue_nouns"))


def _venue_aside(written: str, group: list[Claim]) -> bool:
    """A phrase headed by a noun of a place where something happens (data/labels.toml's venue_nouns: "rail maintenance
    yard", "Hamid Karzai International Airport") that every claim writing it writes as where, after "at", "in", "from"
    ...: the scene ("A shooting that erupted ... at a light rail maintenance yard"), not what the claims are about.
    `_place_aside` reads a place alone as the claims stage placed it; this one the places it does not read (a yard, a
    named airport)."""
    if _norm(written.split()[-1]) not in _venue_nouns():
        return False
    written_at = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])", re.IGNORECASE)
    befores = [c.text[:m.start()] for c in group for m in written_at.finditer(c.text)]
    return bool(befores) and all(_WHERE_BEFORE.search(before) for before in befores)


def _scenes(group: list[Claim]) -> set[str]:
    """The places the claims name as where something happened, by their parts ("Washington", "DC")."""
    return {_place_key(part) for c in group if c.frame is not None for where in c.frame.locations
            for part in where.split(",")}


def _people_after(place: str, text: str) -> str:
    """The noun right after a place in a text ("residents" of "Kentucky residents"), "" when none."""
    match = re.search(rf"(?<!\w){re.escape(place)}\s+(\w+)", text, re.IGNORECASE)
    return match.group(1).casefold() if match else ""


def _scene_people(key: str, group: list[Claim]) -> bool:
    """People named by the place where something happened ("Kentucky residents" where another claim
    says "patients in Kentucky"): who the scene held, not what the claims are about."""
    *place, people = key.split()
    return (bool(place) and people in words_of("people_nouns")
            and _place_key(" ".join(place)) in _scenes(group))


def _place_key(text: str) -> str:
    return _squeeze(re.sub(r"^\s*the\s+", "", text, flags=re.IGNORECASE))


def _act(group: list[Claim], keys: list[str], surface: dict[str, Counter]) -> str:
    """What most of a topic's claims assert, named by its act and what it acts on ("release of Haitian
    migrants"): a verb of data/labels.toml's act_nouns that at least _ACT_SHARE of its claims (and
    _ACT_CLAIMS) share, with the phrase that heads what it acts on in most of them. "" when none."""
    if len(group) < _ACT_CLAIMS:
        return ""
    nouns = act_nouns()
    # An act's noun -> what it acts on, one per claim that asserts it by a verb ("pulled out", "withdrew": withdrawal).
    acts: dict[str, list[str]] = defaultdict(list)
    asserting: dict[str, int] = Counter()  # an act's noun -> the claims that assert it, by a verb or by the noun
    for claim in group:
        pairs = [(claim.predicate, claim.frame.theme if claim.frame is not None else claim.object, claim.negation)]
        pairs += [(clause.predicate, clause.theme, clause.negation)
                  for clause in (claim.frame.clauses if claim.frame else ())]
        seen = set()
        for verb, theme, negation in pairs:
            # "did not approve the plan" denies the approval: no claim that denies an act asserts it
            if verb in nouns and nouns[verb] not in seen and theme and not negation:
                seen.add(nouns[verb])
                acts[nouns[verb]].append(theme)
        # "a withdrawal that has now extended to ...": the act's noun asserts it too, though it names nothing acted on.
        written = set(nouns.values()) if claim.frame is not None else set()
        asserting.update(seen | {a for a in written if _writes_noun(claim, a.split()[0])})
    need = max(_ACT_CLAIMS, math.ceil(len(group) * _ACT_SHARE))
    shared = sorted((a for a in acts if asserting[a] >= need), key=lambda a: (-asserting[a], -len(acts[a]), a))
    for act in shared:
        heads, articles = Counter(), defaultdict(Counter)
        for theme in acts[act]:
            head = _ACT_HEAD_END.split(theme.casefold(), maxsplit=1)[0]
            found = _acted_on(head, keys, surface)
            if act in words_of("people_acts"):  # "death of a shooting" of "A shooting ... has left nine people dead"
                found = [k for k in found if _title_of_name(_most_common(surface[k])) or _names_people(k)]
            if found:
                # The thing the head opens with ("Republican-led states" of "five Republican-led states blocking local
                # school districts"), whole.
                key = min(found, key=lambda k: (_squeeze(head).find(_squeeze(k)), -len(k), k))
                heads[key] += 1
                article = re.search(rf"\b(an?|the)\s+{re.escape(key)}\b", head)
                articles[key][article.group(1) if article else ""] += 1
        # Where the act's noun made up the share, what it acts on is what two of its verbs act on, not one claim's.
        # ("Simone Biles" and "Biles" are one).
        same = {k: sum(n for j, n in heads.items() if j == k or j.endswith(" " + k) or k.endswith(" " + j))
                for k in heads}
        if heads and (len(acts[act]) >= need or max(same.values()) >= 2):
            best = min(heads, key=lambda k: (-same[k], -heads[k], keys.index(k)))
            # One thing, as the claims write it: "killing of an aid worker", never "killing of aid worker".
            article = _most_common(articles[best])
            # A name as most of the claims write it in full ("Simone Biles" where a clause says "Biles withdrew").
            fuller = [k for k in keys if k.endswith(" " + best) and _title_of_name(_most_common(surface[k]))]
            best = max(fuller, key=lambda k: (_writing(k, group), -len(k), k)) if fuller else best
            return " ".join(w for w in (act, article, _most_common(surface[best])) if w)
    return ""


def _acted_on(head: str, keys: list[str], surface: dict[str, Counter]) -> list[str]:
    """The phrases of a verb's object that name what the act is done to: never one only after "of" in it (the
    commissioner, not "Social Security", of "the commissioner of Social Security"), and a name the object ends with
    rather than the words that describe it ("Derek Chauvin" of "former police officer Derek Chauvin")."""
    body = _squeeze(re.split(r"\sof\s", head, maxsplit=1)[0])
    found = [k for k in keys if _squeeze(k) in body]
    named = [k for k in found if body.endswith(_squeeze(k)) and _title_of_name(_most_common(surface[k]))]
    return named or found


def _obligation(group: list[Claim]) -> str:
    """What most of a topic's claims oblige someone to do, named by the act and the obligation: at least _ACT_SHARE of
    its claims (and two) write a word of obligation (data/labels.toml's topic_obligation: "must", "required",
    "forced") on one act of act_nouns, by its verb or its noun (`_obliged_acts`: "federal contractors must be
    vaccinated", "employers must ensure their workers are vaccinated": "vaccination requirement"; not "banned mask
    mandates"); the obligation's noun is the one its claims write most ("vaccine mandate": "vaccination mandate"), else
    "requirement". "" when none. The claims that write such a word are parsed again."""
    nouns, words = act_nouns(), data_table("labels.toml").get("topic_obligation", {})
    oblige = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(map(re.escape, words.get('words', ())))})(?![\w-])")
    obliging = tuple(c.text for c in group if oblige.search(c.text))
    need = max(2, math.ceil(len(group) * _ACT_SHARE))
    if len(obliging) < need:
        return ""
    acts: Counter = Counter()
    for doc in parse_kept(obliging):
        acts.update(_obliged_acts(doc, oblige, nouns))
    shared = sorted((a for a in acts if acts[a] >= need), key=lambda a: (-acts[a], a))
    if not shared:
        return ""
    named = Counter({n: sum(_writes_noun(c, n) for c in group) for n in words.get("nouns", ())})
    noun = min(named, key=lambda n: (-named[n], n)) if named and max(named.values()) else "requirement"
    return f"{shared[0]} {noun}"


def _obliged_acts(doc, oblige: re.Pattern, nouns: dict[str, str]) -> set[str]:
    """The acts (act_nouns' nouns, by their first word) a word of obligation in the claim governs: what it requires
    ("required to get vaccinated", "a mandate for vaccination"), or the verb or noun a modal or a describing word of
    obligation is on ("must be fully vaccinated", "mandatory vaccination"). An act the obligation is not on obliges
    no one to it: "banned mask mandates" (the mandates are what is banned), "condemned Belarus after it forced the
    plane to land" (the landing is what was forced)."""
    acts = set()
    for found in oblige.finditer(doc.text):
        word = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if word is None:
            continue
        token = word[0]
        scope = token.head if token.dep_ in _OBLIGATION_ON else token
        for t in scope.subtree:
            acts.update(nouns[v].split()[0] for v in nouns if _verb_form(t.text, v) or t.lemma_.lower() == v)
            acts.update(a.split()[0] for a in set(nouns.values()) if _norm(t.text) == _norm(a.split()[0]))
    return acts


def _verb_form(text: str, verb: str) -> bool:
    """Whether a word is a form of a verb of _VERB_STEM letters or more ("vaccinated", "vaccinating" of "vaccinate";
    not "unvaccinated", nor "executive" of "execute")."""
    stem = verb.removesuffix("e")
    return len(stem) >= _VERB_STEM and " " not in verb and _verb_forms(stem).fullmatch(text) is not None


@functools.lru_cache(maxsize=None)
def _verb_forms(stem: str) -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-]){re.escape(stem)}(?:e|es|ed|ing|s)?(?![\w-])")


def _writes_noun(claim: Claim, noun: str) -> bool:
    """Whether a claim writes the noun (singular or plural: "withdrawal", "arrests")."""
    return _norm(noun) in _text_words(claim.text)


# A participle that describes a thing after a figure or an article ("1 million wasted doses", "the
# 15.1 million wasted doses"): a describing word, not a finite verb ("pharmacies wasted doses").
_COUNTED = r"(?:\d|\b(?:the|a|an|these|those|thousand|thousands|million|millions|billion|billions))"


def _described(label: str, group: list[Claim]) -> str:
    """A common-noun label with the participle at least two of its claims describe its head noun with
    ("vaccine doses" -> "wasted vaccine doses"): what the claims say of the thing, not the thing alone.
    At most _PHRASE_WORDS words."""
    if not label.islower() or len(label.split()) >= _PHRASE_WORDS:
        return label
    head = label.split()[-1]
    pattern = re.compile(rf"{_COUNTED}\S*\s+([a-z]+(?:ed|en))\s+(?:[a-z-]+\s+)?{re.escape(head)}\b")
    said = Counter()
    for claim in group:
        said.update({m.group(1) for m in pattern.finditer(claim.text)} - set(label.split()) - stop_words())
    participle, claims = _commonest(said, ("", 0))
    return f"{participle} {label}" if claims >= 2 else label


def _of_what(label: str, group: list[Claim], keys: dict[str, tuple[str, ...]]) -> str:
    """A label its claims write before "of" and a bare phrase of the topic, with it ("conflicts of
    interest", "secretary of state"), or a common-noun label before "on" or "against" ("new ban on evictions"):
    the label alone is cut off. At most _PHRASE_WORDS + 1 words."""
    # What a common noun is on or against ("ban on evictions", "lawsuit against the city"); a name's "on" is a
    # circumstance ("the Delta variant on kids").
    links = "of|on|against" if label.islower() else "of"
    pattern = re.compile(rf"(?<![\w-]){re.escape(label)} ({links}) ([^\W\d_][\w' -]*)", re.IGNORECASE)
    for claim in group:
        match = pattern.search(claim.text)
        if match is None:
            continue
        rest = match.group(2).casefold()
        found = [k for k in keys if rest == k or rest.startswith(k + " ")]
        if found:
            whole = f"{label} {match.group(1).casefold()} {match.group(2)[:len(max(found, key=len))]}"
            if len(whole.split()) <= _PHRASE_WORDS + 1:
                return whole
    return label


# A court case's name: one party, "v." or "vs.", the other ("Mahanoy Area School District v. B.L.").
_CASE_PARTY = r"[A-Z][\w'’-]*\.?(?:\s?(?:(?:of|the|and|for)\s)*[A-Z][\w'’-]*\.?)*"
_VERSUS = re.compile(r"\s+vs?\.\s+(" + _CASE_PARTY + r")")


def _case_name(label: str, group: list[Claim]) -> str:
    """A name that at least half of the claims writing it (and two) write as a court case's first party, as the case
    ("Mahanoy Area School District v. B.L."): the party alone names who sued or was sued, not the case the claims are
    about. The other party as written most often; "v." whichever the claims write."""
    if label.islower():
        return label
    writing = [c.text for c in group if label in c.text]
    parties = Counter()
    for text in writing:
        parties.update({_party(m.group(1)) for m in re.finditer(re.escape(label) + _VERSUS.pattern, text)})
    party, claims = _commonest(parties, ("", 0))
    return f"{label} v. {party}" if claims >= 2 and 2 * claims >= len(writing) else label


def _party(written: str) -> str:
    """A case's second party without the full stop a sentence puts after it; initials keep theirs ("B.L.")."""
    written = written.rstrip(".")
    return written + "." if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", written) else written


# What a noun is to, on, over, against, into or for: its complement, which says which one ("return to normal",
# "talks on a ceasefire"); "of" is `_of_what`'s, and "in", "at", "from" say where or when, as a phrase of time does
# after any of them ("flights over the weekend": `_of_time`).
_COMPLEMENT_PREPOSITIONS = {"to", "on", "over", "against", "into", "for"}


def _shared_complement(label: str, group: list[Claim], claims: int) -> str:
    """A lone common noun, or a noun with the describing word one claim writes ("gradual return"), as the noun and its
    complement at least `claims` of the claims write together: the noun's own ("return to normal") or the noun it
    completes ("talks on a ceasefire", for "ceasefire"). A bare noun says what kind of thing, and one claim's
    describing word its view of it; the complement the claims share says which one. Any other common-noun label of
    two words completes the noun the claims write it after ("assault weapons" -> "ban on assault weapons"): what they
    are about is the ban. The label as it is where no such complement is shared; at most _PHRASE_WORDS words."""
    words = label.split()
    if not label.islower() or len(words) > 2:
        return label
    docs = parse_kept(_texts_writing(words[-1], group))
    bare = len(words) == 1 or _one_claims_description(words, docs)
    written: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for doc in docs:
        spans = [span for span in _complements(doc, words[-1])
                 if bare or span[-1].i > span[0].i and span.text.casefold().endswith(" " + label)]
        for key, text in {_complement_key(span): _lower_first(span) for span in spans}.items():
            written[key][text] += 1
    shared = [(sum(texts.values()), key) for key, texts in written.items() if sum(texts.values()) >= claims]
    if not shared:
        return label
    _, key = min(shared, key=lambda found: (-found[0], len(found[1]), found[1]))
    return _most_common(written[key])


def _one_claims_description(words: list[str], docs: list) -> bool:
    """Whether the two words are a describing word and its noun ("gradual return") that at most one claim writes."""
    found = [doc[t.i - 1:t.i + 1] for doc in docs for t in doc[1:]
             if t.lower_ == words[1] and doc[t.i - 1].lower_ == words[0]]
    return len(found) <= 1 and any(span[0].pos_ == "ADJ" and span[0].dep_ == "amod" for span in found)


def _complements(doc, noun: str) -> list:
    """The spans of the doc that hold the noun with a complement: the noun, its preposition and what that governs
    ("return to normal"), or a noun and the preposition whose object the noun is ("talks on a ceasefire"); none
    longer than _PHRASE_WORDS words, none holding a verb or a pronoun."""
    spans = []
    for token in doc:
        if _norm(token.text) != _norm(noun) or token.pos_ != "NOUN":
            continue
        for link in token.children:
            # its object, or the word after it the parse hangs on it otherwise ("return to normal": "normal" an amod)
            what = next((t for t in link.children if t.dep_ == "pobj"), None) \
                or next((t for t in link.children if t.i == link.i + 1 and t.pos_ in {"NOUN", "ADJ"}), None)
            if link.dep_ == "prep" and link.lower_ in _COMPLEMENT_PREPOSITIONS and what is not None \
                    and not _of_time(what):
                spans.append(doc[token.i:what.i + 1])
        link = token.head
        if token.dep_ == "pobj" and link.lower_ in _COMPLEMENT_PREPOSITIONS and link.head.pos_ == "NOUN" \
                and link.head.i < token.i and _norm(link.head.text) != _norm(noun) and not _of_time(token):
            spans.append(doc[link.head.i:token.i + 1])
    return [span for span in spans if len(span) <= _PHRASE_WORDS
            and not any(t.pos_ in {"VERB", "AUX", "PRON", "PUNCT", "PROPN", "NUM"} for t in span)
            and not _generic(span[0].text)]


def _of_time(token) -> bool:
    """Whether a preposition's object is a time, a stretch of time or a date ("over the weekend", "over two years",
    "for months"): it says when or how long, never which one, so it is no complement whatever its preposition. A
    month by its name only where it is written as one ("a ban on May 1", never "calls for a march")."""
    return token.ent_type_ in TIME_ENTITIES or token.lemma_.lower() in time_nouns() \
        or token.lower_ in time_nouns() or token.is_title and token.lower_ in MONTHS


def _lower_first(span) -> str:
    """A span's text with its first word in lower case where a sentence's start capitalised it ("Talks on ...")."""
    return span.text[:1].lower() + span.text[1:] if span[0].is_title else span.text


def _complement_key(span) -> tuple[str, ...]:
    """A complement's words as one whatever their number and articles ("talks on a ceasefire", "talk on ceasefire")."""
    return tuple(_norm(t.text) for t in span if t.pos_ != "DET")


def _with_kind(label: str, group: list[Claim], claims: int) -> str:
    """A lone common noun with the word before it that says what kind: the noun a claim writes there ("mandate" ->
    "vaccine mandate", of "school vaccine mandates"; never a day or a month, "May numbers"), or else the describing
    word at least `claims` of the claims write there ("public health", a describing word the phrases drop); the
    commonest, ties broken by text."""
    if " " in label or not label.islower():
        return label
    kinds, described = Counter(), Counter()
    for doc in parse_kept(_texts_writing(label, group)):
        before = [doc[head.i - 1] for head in doc[1:] if _norm(head.text) == _norm(label)]
        # the parse reads "vaccine mandates" as a clause as often as a noun's: the noun before it, hung on it either way
        kinds.update({t.lower_ for t in before if t.dep_ in {"compound", "nsubj"} and t.head.i == t.i + 1
                      and t.pos_ == "NOUN" and t.is_alpha and t.is_lower and t.lower_ not in MONTHS
                      and t.lower_ not in WEEKDAYS and not _generic(t.text)})
        described.update({t.lower_ for t in before if t.dep_ == "amod" and t.head.i == t.i + 1 and t.pos_ == "ADJ"
                          and t.head.pos_ == "NOUN" and t.is_alpha and t.is_lower})
    kind, _ = _commonest(kinds, ("", 0))
    if not kind:
        kind, written = _commonest(described, ("", 0))
        kind = kind if written >= claims else ""
    return f"{kind} {label}" if kind else label


def _texts_writing(noun: str, group: list[Claim]) -> tuple[str, ...]:
    """The texts of the claims that may write the noun (in any form `_norm` reads as one): the only ones the rules
    that parse claims again can read it in, so the rest are not parsed."""
    written = _norm(noun)
    return tuple(c.text for c in group if written in c.text.casefold())


# A phrase that says who says it ("A Downing Street Spokesperson said", "told Scott Pelley", "in a
# statement on Facebook", "according to NBC News") rarely names what the claim is about: its score counts
# this share for each claim it does so in (the mean over the topic's claims that use it). Read from the
# AllSides tuning half's judged topic labels, where 4 of 25 unnatural labels were such sources. Weighing up
# what the claims' verbs act on (their objects, x1.3 to x2) was tried there too: as many judged-natural
# labels lost ("Ukraine" to "telephone conversation") as unnatural ones were mended, so it is left out.
_ROLE_SOURCE = 0.2
_SOURCE_BREAKS = (",", ";", ":", "“", "”", '"', ". ", " — ")
# The words of a source's part around its voice: "according to NBC News", "his family said in a statement
# on Facebook", "Haugen told Scott Pelley on".
_SOURCE_BEFORE = 2
_SOURCE_AFTER = 6


@functools.lru_cache(maxsize=16384)  # asked of every claim's text for every phrase of its topic
def _squeeze(text: str) -> str:
    """Lower case without spaces: "high - level exchanges ," (a parse's tokens joined) finds "high-level exchanges"."""
    return re.sub(r"\s+", "", text.casefold())


def _source_part(claim: Claim) -> str:
    """The part of an attributed claim that says who says it (lower case): its voice, with the words
    before it back to a break ("according to") and after it up to a break or "that" ("said in a
    statement on Facebook", "told Congress that"), at most _SOURCE_BEFORE and _SOURCE_AFTER words;
    "" when none."""
    if not claim.attributed or not claim.voice:
        return ""
    text = claim.text.casefold()
    at = text.find(claim.voice.casefold())
    actors = [claim.subject] + ([claim.frame.agent] if claim.frame is not None else [])
    if at < 0 or any(_squeeze(claim.voice) in _squeeze(actor) for actor in actors if actor):
        return ""  # the voice acts ("The Office for Civil Rights announced investigations"): it is no mere source
    start = max(text.rfind(mark, 0, at) + len(mark) if text.rfind(mark, 0, at) >= 0 else 0 for mark in _SOURCE_BREAKS)
    after = at + len(claim.voice)
    ends = [text.find(mark, after) for mark in _SOURCE_BREAKS + (" that ",)]
    end = min([e for e in ends if e >= 0], default=len(text))
    before = text[start:at].split()[-_SOURCE_BEFORE:] if _SOURCE_BEFORE else []
    return " ".join(before + [text[at:after]] + text[after:end].split()[:_SOURCE_AFTER])


# What a source preposition introduces ends at a preposition, a relative word, a participle of publishing or a break:
# "a small study" of "according to a small study that assessed the likelihood of reinfection".
_SOURCE_END = (r"(?=\s+(?:of|on|in|for|from|by|into|that|which|who|released|published|about|showing|shows|found)\b"
               r"|[,;:.“”\"—]|$)")


@functools.cache
def _source_named() -> re.Pattern:
    """A source preposition and what it introduces, a name or a phrase opening with an article: "per the Labor
    Department", never the rate of "$300 per week"."""
    words = data_table("reporting.toml").get("source_prepositions", ())
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, words))})\s+((?:(?i:the|an?)\s|[A-Z])"
                      rf"[^,;:.“”\"—]*?){_SOURCE_END}")


def _according_to(text: str) -> list[str]:
    """What a claim says its words come from (data/reporting.toml's source_prepositions: "according to Johns Hopkins
    University data"): a source, whether or not the claims stage read the claim as attributed."""
    return [m.group(1) for m in _source_named().finditer(text)]


def _roles(group: list[Claim], keys: list[str]) -> dict[str, float]:
    """Each phrase's mean weight over the topic's claims that use it: _ROLE_SOURCE where it is only in the
    part that says who says it (an attributed claim's source part, or what "according to" introduces), else 1 (1 when
    no claim writes it as it is)."""
    weights: dict[str, list[float]] = defaultdict(list)
    for claim in group:
        text = _squeeze(claim.text)
        sources = [s for s in (_squeeze(_source_part(claim)), *map(_squeeze, _according_to(claim.text))) if s]
        rest = text
        for source in sources:
            rest = rest.replace(source, " ")
        for k in keys:
            if _squeeze(k) in text:
                weights[k].append(_ROLE_SOURCE if any(_squeeze(k) in s for s in sources) and _squeeze(k) not in rest
                                  else 1.0)
    return {k: sum(weights[k]) / len(weights[k]) if weights[k] else 1.0 for k in keys}


@functools.lru_cache(maxsize=16384)
def _text_words(text: str) -> frozenset[str]:
    """A claim's words as a topic's weights count them: lower case, singular, no stop words. Read once per claim,
    where every topic rule and every act noun asks for them."""
    stop = stop_words()
    return frozenset(_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 2 and w.lower() not in stop)


def _entity_phrases(claim: Claim, outlets: set[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """A claim's named entities (read by the claims stage) as phrase candidates."""
    found = {}
    for entity in claim.entities:
        members = tuple(_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]*", entity))
        if members and not _is_outlet(entity, outlets) and _looks_like_name(entity.replace("’s", "").replace("'s", "")):
            found.setdefault(entity.lower(), (entity, members))
    return found


def _weighed_words(members: tuple[str, ...], key: str, group: list[Claim]) -> tuple[str, ...]:
    """The words of a phrase that weigh in its score: all but an empty head noun after describing words where only
    one claim writes the phrase ("public health efforts" weighs as "public health": one claim's effort says nothing of
    what about health its claims say; data/labels.toml's empty_heads). A head that names a kind of thing ("abortion
    case", "contact group") weighs, and so does an empty one more claims write."""
    if len(members) > 1 and members[-1] in _empty_heads() and _writing(key, group) <= 1:
        return members[:-1]
    return members


@functools.cache
def _empty_heads() -> frozenset[str]:
    return frozenset(_norm(w) for w in words_of("empty_heads"))


def _speakers_words(group: list[Claim]) -> str:
    """A topic with no phrase to name it, all of whose claims one speaker says ("'Nah.'", "'I wasn't going to let
    nothing stop me,' he added."), by whose words they are ("Hervis Rogers's remarks"): the speaker's name as the
    claims write it longest, every voice its end. "" when the claims have no one speaker."""
    voices = [c.voice for c in group if c.attributed and c.voice]
    if len(voices) < len(group) or not all(_title_of_name(v) for v in voices):
        return ""
    name = max(voices, key=lambda v: (len(v), v))
    if not all(name == v or name.endswith(" " + v) for v in voices):
        return ""
    return f"{name}'s {data_table('labels.toml')['remarks_noun']}"


def _persons_own(label: str, group: list[Claim], share: float) -> str:
    """A person's name that a claim writes as whose a common noun is ("Letitia James's investigation"), where at least
    `share` of the claims (and two) write that noun, as the noun and whose it is: the claims are about her
    investigation, and her name alone says only who. The name as it is otherwise."""
    if label.islower() or not _person_or_place(label, group, {"PERSON"}):
        return label
    owned = Counter(m.group(1).casefold() for c in group
                    for m in re.finditer(rf"{re.escape(label)}[’']s\s([a-z][a-z-]+)(?![\w-])", c.text)
                    if m.group(1) not in stop_words())
    writing = {noun: sum(_norm(noun) in _text_words(c.text) for c in group) for noun in owned}
    noun, claims = _commonest(writing, ("", 0))
    return f"{label}'s {noun}" if claims >= 2 and claims >= share * len(group) else label


def _speaker_named(label: str, group: list[Claim]) -> str:
    """A name who says every claim of the topic, or a lone word of a topic all of whose claims are one speaker's
    quotations ("history" of "'We must learn from history'"), as that speaker's remarks ("Miller" -> "Miller's
    remarks"): the claims are what the speaker says, and the name alone says only who, a word of the quotation
    nothing."""
    spoken = _speakers_words(group)
    speaker = spoken.rpartition("'s ")[0]
    same = speaker and (label == speaker or speaker.endswith(" " + label) or label.endswith(" " + speaker))
    quoted = speaker and " " not in label and all(c.quote for c in group)
    return spoken if same or quoted else label


def _generic(text: str) -> bool:
    """A phrase of generic nouns only ("legislation", "the moment"): data/labels.toml."""
    _, generic, _ = _words()
    return all(w.casefold() in generic for w in text.split())


def _names_only(surface: Counter, named: set[str]) -> bool:
    """A name the event's label already gives: its words, capitalised, all among the label's."""
    text = _most_common(surface)
    words = [w.strip("’'") for w in text.split()]
    return all(w[:1].isupper() for w in words) and bool({w.casefold() for w in words} & named)


def _commonest(counts: dict, default: tuple) -> tuple:
    """(key, count) of the key counted most, the least key among ties (the same on every run), or `default`."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]), default=default)
