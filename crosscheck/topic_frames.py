"""Topic frames: a topic named by the act its claims share, as a headline writes it.

A topic whose label is one claim's side phrase ("multiple rockets"), or a name, a place or people who only appear, is
often one act told many ways: "The U.S. military shot down rockets aimed at the airport", "The U.S. reportedly shot
down multiple rockets targeting the airport". The act is the frame its claims share: a verb (its lemma) that at least
Settings.topic_frame_share of them (and two) report with what it acts on (by its head noun), with who does it (its
subject, in the passive its "by", the noun a relative clause tells of), read from each claim's parse. It is named as a
headline's clause: the actor, the verb's present and what it acts on ("military shoots down rockets", "DeSantis
responds to Biden's criticism"), or without an actor the passive ("aid workers detained"). Each part is cut as a
headline cuts it: a person by the name's last word, a body by its name, a thing by its head noun and the words that say
which (whose it is, a compound, a name's describing word: "Haitian migrants"), never a pronoun, an outlet, a figure, a
time, a generic noun or words said ("sent a message"). A verb negated, one inside quotation marks (a speaker's words),
one that completes another ("vowed to rebuild": the vow), an infinitive or one under a modal (a purpose, advice, a
plan), or one that says only that something is, has or was said (data/topic_frames.toml) is no act.
An act of one holder is named by whose it is and its noun ("Greene's apology", `held_act`), where most claims tell it
by a verb with nothing it acts on, by its noun, or by different verbs of one act ("won", "defeated": victory); one
they only demand is called for ("calls for Kerry's resignation").
topic_labels.py decides where the act names the topic (`_says_less`).
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from .claims import quoted_tokens
from .config import Settings
from .lexicon import data_table, stop_words, third_person, time_nouns, words_of
from .nlp import parse_kept
from .predicates import TIME_ENTITIES, told_of_by
from .types import Claim

# A relative clause's words that are its subject ("the Fed, which held rates": the Fed holds them).
_RELATIVE_TAGS = {"WDT", "WP"}
# The fewest words of a headline's clause: "rockets launched", "vote delayed" say too little to name a topic.
_HEADLINE_WORDS = 3
# A verb's tags that make it no act done: an infinitive's "to", a modal ("should", "could", "will").
_NOT_DONE_TAGS = {"TO", "MD"}
# A noun names a verb's act where it shares the verb's letters but its last _STEM_CUT, and _STEM_LETTERS at least
# ("apology" of "apologize", "resignation" of "resign", "election" of "elect"; `_nouns_of_verbs`).
_STEM_LETTERS, _STEM_CUT = 5, 3
# Endings of nouns of who does an act ("attacker", "protester", "investigator", "activist"): no act's noun.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists")
# Entities that are one body though their name is plural ("Southwest Airlines cancels"); not NORP ("Republicans block").
_ONE_BODY_ENTITIES = {"ORG", "GPE", "FAC"}


@dataclass(frozen=True)
class Act:
    """One verb a claim reports: its lemma, its particle ("down" of "shut down"), who does it and what it acts on,
    each as a headline writes it ("" when the claim does not say), and its past participle as written ("" if none)."""
    lemma: str
    particle: str
    agent: str
    theme: str
    participle: str
    plural: bool = False  # the actor is many ("Regulators halt ...")


@functools.cache
def _words() -> dict:
    return data_table("topic_frames.toml")


@dataclass(frozen=True)
class Framed:
    """A topic's shared act as a headline's clause, and how many of its claims report it (its verb with what it
    acts on)."""
    label: str
    claims: int
    demanded: bool = False  # an act the claims call for, not one done ("calls for Kerry's resignation")


def frame_label(group: list[Claim], outlets: set[str], settings: Settings | None = None) -> Framed | None:
    """The act at least topic_frame_share of the claims (and two) report, with what it acts on, as a headline's
    clause: the actor, the verb's present and what it acts on ("DeSantis responds to Biden's criticism"), or the
    passive where no claim names the actor ("Haitian migrants released"). None where no act is shared so."""
    settings = settings or Settings()
    need = max(2, math.ceil(len(group) * settings.topic_frame_share))
    if len(group) < 2 or not _may_share(group, need):
        return None
    told = [_acts(doc, outlets) for doc in parse_kept(tuple(c.text for c in group))]
    claims = Counter(lemma for acts in told for lemma in {a.lemma for a in acts})
    found = [_headline([[a for a in acts if a.lemma == lemma] for acts in told], need, settings.topic_frame_words)
             for lemma in sorted(claims) if claims[lemma] >= need]
    return min((f for f in found if f), key=lambda f: (-f.claims, f.label), default=None)


def _may_share(group: list[Claim], need: int) -> bool:
    """Whether `need` of the claims may share a verb, by the verbs the claims stage read (each claim's main predicate
    and its clauses'): the claims are parsed again, for who does what, only where they may. A claim made by hand has
    not been read, and may."""
    verbs = Counter()
    for claim in group:
        if claim.frame is None:
            return True
        read = [claim.frame.predicate, *(clause.predicate for clause in claim.frame.clauses)]
        verbs.update({predicate.split()[0] for predicate in read if predicate})
    return any(n >= need for n in verbs.values())


def _headline(told: list[list[Act]], need: int, limit: int) -> Framed | None:
    """The clause of one verb's acts (each claim's): what it acts on most often, where at least `need` of the claims
    write the verb with it (by its head noun), and who does it, where two of them name the same actor or one names
    the only one, else the passive. None where they share nothing it acts on, or no passive is written."""
    theme = _commonest([a.theme for acts in told for a in acts if a.theme and not _bare(a.theme)])
    claims = _claims_writing(told, lambda a: _same_head(a.theme, theme)) if theme else 0
    if claims < need:
        return None
    agent = _commonest([a.agent for acts in told for a in acts if a.agent and not _within(a.agent, theme)])
    named = {a.agent.split()[-1].casefold() for acts in told for a in acts if a.agent}
    if agent and _claims_writing(told, lambda a: _same_head(a.agent, agent)) < 2 and len(named) > 1:
        agent = ""  # one claim's actor, where others name another
    acts = [a for acts in told for a in acts if _same_head(a.theme, theme)]
    particle = _commonest([a.particle for a in acts if a.particle])
    if agent:
        plural = any(a.plural for acts in told for a in acts if a.agent == agent)
        words = [agent, acts[0].lemma if plural else third_person(acts[0].lemma), particle, theme]
    else:
        participle = _commonest([a.participle for a in acts if a.participle])
        if not participle or theme.split()[0] in _words()["prepositions"]:
            return None
        words = [theme, participle, particle]
    label = " ".join(w for w in words if w)
    return Framed(label, claims) if _HEADLINE_WORDS <= len(label.split()) <= limit else None


def _bare(theme: str) -> bool:
    """What an act is done to that says nothing of what: headed by a generic noun ("issue", "report") or by words said
    ("message", "request"), or one of people alone ("officials")."""
    words = theme.casefold().split()
    alone = len(words) - (words[0] in _words()["prepositions"]) == 1
    return words[-1] in words_of("generic_nouns") | frozenset(_words()["said_objects"]) or alone and \
        words[-1] in words_of("people_nouns") | words_of("who_nouns")


def _within(agent: str, theme: str) -> bool:
    """Whether who acts is written inside what the act is done to ("Biden" of "Biden's criticism")."""
    return set(agent.casefold().split()) <= set(theme.casefold().replace("'s", "").split())


def _claims_writing(told: list[list[Act]], holds) -> int:
    return sum(any(holds(a) for a in acts) for acts in told)


def _same_head(text: str, other: str) -> bool:
    return bool(text) and text.split()[-1].casefold() == other.split()[-1].casefold()


def _commonest(texts: list[str]) -> str:
    """The thing written most, by its last word ("Biden's criticism" and "criticism" count as one), as the form that
    holds the words of most of those forms ("to Biden's criticism" holds "to criticism"); the shortest and least text
    among ties."""
    if not texts:
        return ""
    heads = Counter(t.split()[-1].casefold() for t in texts)
    head = min(heads, key=lambda h: (-heads[h], h))
    forms = [t for t in texts if t.split()[-1].casefold() == head]
    holds = {t: sum(set(f.casefold().split()) <= set(t.casefold().split()) for f in forms) for t in forms}
    return min(holds, key=lambda t: (-holds[t], len(t), t))


def _acts(doc, outlets: set[str]) -> list[Act]:
    """Every act a claim's parse reports: each verb not negated, not inside quotation marks (a speaker's words: Obama
    "apologized for America" of Trump's remarks is what Trump says, not an act a headline may report as done), not
    completing another ("vowed to rebuild": the vow is the act), not an infinitive ("legislation to form a commission":
    a purpose, not a thing done), not under a modal ("vaccinated people should wear masks": advice, not a thing done)
    and not one that says only that something is, has or was said (topic_frames.toml `light_verbs`), with who does it
    and what it acts on."""
    light = frozenset(_words()["light_verbs"])
    quoted = quoted_tokens(doc)
    acts = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in light or quoted[verb.i] or not _done(verb):
            continue
        (agent, plural), theme = _agent(verb, outlets), _theme(verb)
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        participle = verb.lower_ if verb.tag_ == "VBN" else ""
        acts.append(Act(lemma, particle, agent, theme, participle, plural))
    return acts


def _done(verb) -> bool:
    """Whether a verb tells an act as done: not negated, not an infinitive or under a modal (a purpose, advice, a
    plan), not one another completes ("vowed to rebuild": the vow is the act)."""
    return verb.dep_ != "xcomp" and not any(c.dep_ == "neg" or c.tag_ in _NOT_DONE_TAGS for c in verb.children)


def held_act(group: list[Claim], outlets: set[str], settings: Settings | None = None) -> Framed | None:
    """The act at least topic_frame_share of the claims (and two) tell as one holder's, named by whose it is and its
    noun ("Greene's apology"): told by a verb with nothing it acts on ("Greene apologized"), by its noun with whose it
    is ("Greene's apology", "an apology by Greene", "the apology Greene delivered": a carrying verb's subject), or by
    different verbs of one act ("resigned", "stepped down"). The noun is the one a claim writes of a verb another
    claim uses ("apologized" beside "the public apology"), else topic_frames.toml's held_act_nouns; the holder a name
    (a person by the last word of the name), the same in at least as many claims. An act the claims only demand
    ("calls for his resignation", "called for Kerry to resign": topic_frames.toml's demand_words) is named as called
    for ("calls for Kerry's resignation"), never as done. None where no act is told so."""
    settings = settings or Settings()
    need = max(2, math.ceil(len(group) * settings.topic_frame_share))
    if len(group) < 2:
        return None
    docs = parse_kept(tuple(c.text for c in group))
    nouns = _nouns_of_verbs(docs)
    told = [_held_acts(doc, outlets, nouns) for doc in docs]
    found = []
    for kind, noun in sorted({(k, n) for acts in told for k, n, _ in acts}):
        holders = [h for acts in told for h in {h for k, n, h in acts if (k, n) == (kind, noun) and h}]
        heads = Counter(h.split()[-1].casefold() for h in holders)
        head = min(heads, key=lambda h: (-heads[h], h), default="")
        claims = sum(any((k, n) == (kind, noun) and h.split()[-1].casefold() == head for k, n, h in acts if h)
                     for acts in told)
        if head and claims >= need:
            holder = _commonest([h for h in holders if h.split()[-1].casefold() == head])
            found.append(Framed(" ".join(w for w in (kind, f"{holder}'s {noun}") if w), claims, bool(kind)))
    return min(found, key=lambda f: (-f.claims, f.label), default=None)


def _nouns_of_verbs(docs) -> dict[str, str]:
    """A verb's lemma (with its particle: "step down") -> the noun its act is named by: topic_frames.toml's
    held_act_nouns, and a noun the claims write that shares the verb's stem (all its letters but the last
    _STEM_CUT, and _STEM_LETTERS at least: "apology" of "apologize"), never a noun of who does it ("attacker") nor of
    a verb that tells news (telling_verbs: "announcement")."""
    nouns = dict(_words()["held_act_nouns"])
    telling = set(_words()["telling_verbs"])
    written = {t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "NOUN" and t.is_alpha
               and not t.lower_.endswith(_AGENT_ENDINGS)}
    for verb in {t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "VERB"}:
        stem = verb[:max(_STEM_LETTERS, len(verb) - _STEM_CUT)]
        if verb not in nouns and verb not in telling and len(verb) >= _STEM_LETTERS:
            noun = min((n for n in written if n.startswith(stem)), key=lambda n: (len(n), n), default="")
            if noun:
                nouns[verb] = noun
    return nouns


def _held_acts(doc, outlets: set[str], nouns: dict[str, str]) -> set[tuple[str, str, str]]:
    """(how it is told: "" as done, "calls for" as demanded; the act's noun; its holder as a headline names them, ""
    where the claim names none) of every act a claim tells, outside quotation marks: as done by a verb of `nouns` (with
    nothing it acts on, but for held_act_objects) or by one of their nouns; as demanded by a noun or an
    infinitive after a word of demand ("calls for his resignation", "called for Kerry to resign")."""
    quoted = quoted_tokens(doc)
    table = _words()["held_act_nouns"]
    demand = _demand_at(doc)
    acts = set()
    for token in doc:
        if quoted[token.i]:
            continue
        demanded = demand is not None and demand < token.i
        if token.pos_ == "VERB" and not _passive(token):
            # "hit back": the parse hangs the particle as an adverb as often as as a particle
            particle = next((c.lower_ for c in token.children if c.dep_ == "prt" or c.i == token.i + 1
                             and c.dep_ == "advmod" and c.pos_ in {"ADP", "ADV"}), "")
            key = f"{token.lemma_.lower()} {particle}".strip()
            key = key if key in table else token.lemma_.lower()
            noun = table.get(key) or nouns.get(key)
            acts_on = any(c.dep_ in {"dobj", "dative"} for c in token.children)
            if not noun or acts_on and key not in _words()["held_act_objects"]:
                continue
            if _done(token):
                acts.add(("", noun, _holder(_agent_token(token), outlets)))
            elif demanded and _infinitive(token):
                acts.add(("calls for", noun, _holder(_agent_token(token) or _name_before(token), outlets)))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns.values():
            acts.add(("calls for" if demanded else "", token.lemma_.lower(), _holder(_noun_holder(token), outlets)))
    return acts


@functools.cache
def _demand_pattern():
    words = "|".join(re.escape(w).replace(r"\ \.\.\.\ ", r"(?:\s+\w+){0,2}\s+") for w in _words()["demand_words"])
    return re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])")


def _demand_at(doc) -> int | None:
    """Where a claim's first word of demand is (its token), or None."""
    found = _demand_pattern().search(doc.text)
    span = doc.char_span(found.start(), found.end(), alignment_mode="expand") if found else None
    return span.start if span is not None else None


def _infinitive(verb) -> bool:
    """A verb with its "to", not negated ("for Kerry to resign")."""
    return any(c.tag_ == "TO" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


def _name_before(token):
    """The nearest name before a word in its sentence ("for Mayor Tom Bekker to resign": Bekker)."""
    return next((t for t in reversed(token.doc[token.sent.start:token.i]) if t.pos_ == "PROPN"), None)


def _agent_token(verb):
    """A verb's subject, or the subject of the verb it is joined to ("visited the museum and apologized")."""
    found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        found = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return found


def _noun_holder(noun):
    """Whose an act told by its noun is: its possessor ("Greene's apology"), the name its "by" or "of" gives ("an
    apology by Greene", "the testimony of Ortiz"), or the subject of a carrying verb it is the object of ("Greene
    delivered the apology") or of a verb with no object that goes to it ("Stefanik cruised to victory"), told as
    done."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((o for c in noun.children if c.lower_ in {"by", "of"} for o in c.children
               if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if by is not None:
        return by
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _words()["carrying_verbs"] and _done(verb):
        return _agent_token(verb)
    # "Stefanik cruised to victory": the subject of a verb with no object that goes "to" the act
    verb = verb.head if noun.dep_ == "pobj" and verb.lower_ == "to" else None
    if verb is not None and verb.pos_ == "VERB" and _done(verb) and not any(c.dep_ == "dobj" for c in verb.children):
        return _agent_token(verb)
    return None


def _holder(token, outlets: set[str]) -> str:
    """A holder's name as a headline writes it; a personal pronoun is the nearest name that is the subject of a verb
    it lies under ("Jenner said she is running": Jenner). "" for none, or for no name (an outlet, a common noun)."""
    if token is not None and token.pos_ == "PRON":
        token = next((s for a in token.ancestors for s in a.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"),
                     None)
    if token is None or token.pos_ != "PROPN":
        return ""
    written = _name(token)
    return "" if written.casefold() in {o.casefold() for o in outlets} else written


def _passive(verb) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")


def _agent(verb, outlets: set[str]) -> tuple[str, bool]:
    """Who does what the verb says, as a headline names them: its subject, or in the passive its "by"; the noun a
    relative clause describes where its relative word is the subject; the subject of the verb it is joined to
    ("arrested and charged ...")."""
    if _passive(verb):
        found = _by(verb)
    else:
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is not None and found.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
            found = told_of_by(verb)
        elif found is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            found = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    written = _noun_phrase(found) if found is not None else ""
    if not written or written.casefold() in {o.casefold() for o in outlets}:
        return "", False
    # a plural noun in a name is still one body ("Southwest Airlines cancels"); common nouns in the plural are many
    return written, found.tag_ in {"NNS", "NNPS"} and found.ent_type_ not in _ONE_BODY_ENTITIES


def _by(verb):
    """The passive's actor: the object of its "by", or of a "by" the parse hung on a phrase after it ("were held at 5
    percent by the Fed")."""
    after = [t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ in {"agent", "prep"}
             and (t.head == verb or t.head.head.head == verb)]
    return next((o for by in after for o in by.children if o.dep_ == "pobj"), None)


def _theme(verb) -> str:
    """What the verb acts on, as a headline writes it: its object (in the passive its subject, or the noun a
    participle describes), else the object of a preposition it takes (with the preposition: "to Biden's criticism"),
    else what a "to" clause says is to be done ("to evacuate Afghan allies")."""
    if _passive(verb):
        found = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return _noun_phrase(found) if found is not None else ""
    found = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if found is not None:
        return _noun_phrase(found)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _words()["prepositions"]):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        written = _noun_phrase(obj) if obj is not None else ""
        if written:
            return f"{prep.lower_} {written}"
    done = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)), None)
    if done is not None and done.lemma_.lower() not in _words()["light_verbs"]:
        obj = next((c for c in done.children if c.dep_ == "dobj"), None)
        written = _noun_phrase(obj) if obj is not None else ""
        return f"to {done.lemma_.lower()} {written}" if written else ""
    return ""


def _noun_phrase(token) -> str:
    """A noun as a headline names it: a person by the name's last word ("Biden"), another name whole ("Department of
    Homeland Security"), a common noun with whose it is (a name's: "Biden's criticism") and the words before it that
    say which ("Haitian migrants", "vaccine mandate"); never a pronoun, a figure or a time. "" for none of these."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in TIME_ENTITIES or token.lemma_.lower() in time_nouns() \
            or not token.text.replace("-", "").isalpha():
        return ""
    if token.pos_ == "PROPN":
        return _name(token)
    owner = next((c for c in token.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)), None)
    before = [t for c in token.children if c.i < token.i and _which(c) for t in c.subtree if _which(t)]
    before += [t for t in token.doc[min((t.i for t in before), default=token.i):token.i] if t.text == "-"]
    owned = [f"{_noun_phrase(owner)}'s"] if owner is not None and _noun_phrase(owner) else []
    return " ".join(owned + [_joined(sorted(before, key=lambda t: t.i) + [token])])


def _joined(tokens) -> str:
    """Words as written, a hyphen kept between the words it joins ("anti-Asian hate crimes")."""
    tokens = [t for n, t in enumerate(tokens) if t.text != "-" or 0 < n < len(tokens) - 1]
    return "".join(_written(t) + (t.whitespace_ if n < len(tokens) - 1 else "") for n, t in enumerate(tokens))


def _which(token) -> bool:
    """A word before a noun that says which one a headline keeps: a noun of a compound ("vaccine mandate") or a
    describing word that is a name's ("Haitian migrants"); not one that grades or counts ("painstaking report",
    "several comments"), nor the word of a figure ("12-member panel")."""
    return token.is_alpha and token.lower_ not in stop_words() and (
        token.dep_ == "compound" or token.dep_ == "amod" and bool(token.ent_type_)) and not any(
        c.like_num or c.pos_ == "NUM" for c in token.children)


def _written(token) -> str:
    """A word as it is written inside a sentence: a common word in lower case ("Construction was halted"), a name or
    an acronym as written."""
    return token.text if token.pos_ == "PROPN" or token.ent_type_ or token.text.isupper() else token.lower_


def _name(token) -> str:
    """A name as a headline writes it: a person's last name, another entity as written (without "the")."""
    if token.ent_type_ == "PERSON":
        return token.text
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None:
        return token.text
    words = [t.text for t in entity if t.lower_ != "the" and t.dep_ != "case"]
    return " ".join(words)
