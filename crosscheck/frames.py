"""Frames: Claim -> Frame. What a statement asserts, slot by slot, read from spaCy's parse.

A frame holds the main predicate (lemma, status class, negation, hedge), its roles (agent: who does
it; theme: what it happens to), where and when, who initiated it, who won and lost, and every
quantity with its measured variable: what is counted, by which predicate, in which period, and
whether it is a level ("to 373,000") or a change ("by 2,000"). Besides the figures the claims stage
reads, frames read ages ("who was 86", "at the age of 84", "McAfee, 75,"), durations ("hourlong",
"an 11-day war", "from 16:00 until 22:00"), vote tallies ("94-1", "19-to-0", "unanimously") and vague
amounts ("dozens", "a few hundred"). Words a parser cannot know live in data/frames.toml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from . import features, nlp
from .figures import bounds, word_number
from .lexicon import amount_verbs, data_table, opposite_pairs
from .types import Claim, Clause, Frame, Measure, Quantity

_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
_ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0}
_TALLY = re.compile(r"\b(\d{1,3})\s*(?:-to-|-|–|—)\s*(\d{1,3})\b|\bvote of (\d{1,3}) to (\d{1,3})\b")
_CLOCK = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?(\d{1,2}):(\d{2})\b.{0,20}?\b(?:until|to|till)\s+"
                    r"(?:about\s+|around\s+)?(\d{1,2}):(\d{2})", re.I)
_AGE_OF = re.compile(r"\b(?:at the )?age of\s*$|\baged\s*$", re.I)
_WINNING = {"win", "defeat", "beat", "take down", "edge", "top", "oust"}
_LOSING = {"lose"}


def frame_of(claim: Claim) -> Frame:
    """The claim's frame: read by the claims stage from its parse, else (a claim made by hand, `crosscheck
    pair`) from the claim's text parsed on its own, once per process."""
    if claim.frame is not None:
        return claim.frame
    return _frame_of_text(claim.text, claim.numbers, claim.dates, claim.negation, claim.hedge)


@functools.lru_cache(maxsize=4096)
def _frame_of_text(text: str, numbers: tuple[Quantity, ...], dates: tuple[str, ...], negation: str, hedge: str) -> Frame:
    return read(nlp.parse_one(text)[:], numbers, dates, negation, hedge)


def read(span, numbers: tuple[Quantity, ...], dates: tuple[str, ...], negation: str, hedge: str,
         root=None) -> Frame:
    """The frame of a parsed claim (a spaCy Span), given what the claims stage already read of it."""
    text = span.text
    root = root if root is not None else features.main_predicate(span)
    predicate = _phrase(root)
    agent, theme = _roles(root)
    winner, loser = _contest(span)
    # Vague amounts and tallies replace the bare numbers the figure reader took from them ("a few
    # hundred" -> "hundred"; "19-to-0" -> "19").
    read_whole = _vague(span) + _tallies(span)
    if any(q.low is None for q in numbers):  # figures made by hand, without the reader's ranges
        numbers = features.quantities(span, root)
    measures = [m for m in (_measure(q, span, root) for q in numbers if not any(q.text in w.text for w in read_whole))
                if m is not None] + read_whole
    measures += [m for m in _ages(span) + _durations(span) if not any(_same_span(m, other) for other in measures)]
    return Frame(text=text, predicate=predicate, status=status_of(predicate), negation=negation, hedge=hedge,
                 agent=agent, theme=theme, places=_places(span, root), dates=_own_dates(span, dates),
                 measures=tuple(measures), initiator=_initiator(span), winner=winner, loser=loser,
                 clauses=_clauses(span, root), time_points=_time_points(span), locations=_locations(span),
                 future=any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in root.children))


# -- words from data/frames.toml -------------------------------------------------------------------

@functools.cache
def _table() -> dict:
    return data_table("frames.toml")


@functools.cache
def containers() -> frozenset[str]:
    """Nouns that hold what is counted rather than name it ("number", "level", "share")."""
    return frozenset(_table()["containers"]["nouns"])


@functools.cache
def _statuses() -> dict[str, str]:
    return {phrase: status for status, phrases in _table()["status"].items() for phrase in phrases}


def status_of(predicate: str) -> str:
    return _statuses().get(predicate, "")


def status_conflict(x: str, y: str) -> bool:
    return bool(x and y and y in _table()["status_conflicts"].get(x, []))


@functools.cache
def _synonym_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in _table()["synonyms"]["groups"])


@functools.cache
def _outcome_verbs() -> frozenset[str]:
    """Verbs of an outcome ("rejected", "agreed"): an act of their own even where they also report speech."""
    return frozenset(w for _, one, other in opposite_pairs() for w in one | other)


def same_predicate(x: str, y: str) -> bool:
    """The same verb, or two verbs of one synonym group ("killed" and "died")."""
    return bool(x and y) and (x == y or any(x in g and y in g for g in _synonym_groups()))


def light(predicate: str) -> bool:
    return predicate in _table()["light"]["verbs"]


# -- predicate and roles ----------------------------------------------------------------------------

def _phrase(root) -> str:
    """The predicate's lemma with its particle or fixed complement ("go ahead", "call off", "take place")."""
    lemma = root.lemma_.lower()
    for child in root.children:
        if child.dep_ in ("prt", "advmod", "dobj", "prep", "oprd") and child.i > root.i:  # "keep ... open"
            phrase = f"{lemma} {child.lemma_.lower()}"
            if phrase in _statuses() or phrase in _WINNING or phrase in _outcome_verbs():  # "struck down"
                return phrase
    return lemma


def _roles(root) -> tuple[str, str]:
    """(agent, theme): active subject and object; a passive's "by" phrase and subject; an intransitive's subject."""
    children = list(root.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "csubj")), None)
    passive = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    obj = next((c for c in children if c.dep_ in ("dobj", "attr")), None)
    by = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subject is None and passive is None and root.dep_ == "acl" and root.i == root.head.i + 1:
        # a sentence parsed as one noun phrase ("The measure passed by a vote of 51 to 49"): the noun before
        noun = " ".join(t.text for t in root.head.subtree if t.i < root.i)
        return ("", noun) if obj is None else (noun, _text(obj))
    if obj is None and _phrase(root) != root.lemma_.lower():  # "voted down the merger", parsed as a preposition
        obj = next((g for c in children if c.dep_ == "prep" and _phrase(root).endswith(" " + c.lemma_.lower())
                    for g in c.children if g.dep_ == "pobj"), None)
    if passive is not None:
        return _text(by), _text(passive)
    if obj is not None:
        return _text(subject), _text(obj)
    return "", _text(subject)


def _clauses(span, root) -> tuple[Clause, ...]:
    """The verbs the claim asserts, each with its roles and its own negation ("not", "never"): the main predicate
    (a verb of speech too, when the claim asserts nothing else: "the judge dismissed the case"), and
    the clauses joined to it ("and", "but"), its complements and participles ("ruling that they violate"),
    but no clause inside a noun phrase ("criticism for not having visited", "a club that refuses ...")."""
    found = []
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or not _on_spine(token, span.root) or (
                lemma in features.reporting_verbs() and lemma not in _outcome_verbs() and token.i != root.i):
            continue
        agent, theme = _clause_roles(token)
        governed = _governed_negation(token)
        if (agent or theme) and governed is not None:
            negation = next((c.lower_ for c in token.children if c.dep_ == "neg"), "") or _denied_by(token) or governed
            found.append(Clause(_phrase(token), negation, agent, theme, intent=_sought(token)))
            found += _requested(token, agent, negation) + _intended(token, agent, negation) + _disputed(token, negation)
    return tuple(found) + _states(span) + _causes(span)


def _causes(span) -> tuple[Clause, ...]:
    """Who or what caused something, as a clause "cause" asserted or denied: "X caused / triggered Y", "X was
    behind Y", "X was responsible for Y", "X played a role in Y"; "X had nothing to do with Y", "X had no
    role in Y" deny it."""
    table = _table()["cause"]
    found = []
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or not _on_spine(verb, span.root):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("who", "which", "that"):
            continue
        negation = next((c.lower_ for c in verb.children if c.dep_ == "neg"), "")
        for child in verb.children:
            effect, denied = _effect(verb, child, table)
            if effect is not None:
                found.append(Clause("cause", denied or negation, _text(subject), _text(effect)))
    return tuple(found)


def _effect(verb, child, table) -> tuple[object, str]:
    """(what `verb`'s `child` says was caused, the word that denies it) or (None, "")."""
    def object_of(token, preposition: str):
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == preposition
                     for g in c.children if g.dep_ == "pobj"), None)

    lemma, word = verb.lemma_.lower(), child.lower_
    if child.dep_ == "dobj" and lemma in table["verbs"] and lemma != "cause":
        return child, ""  # "triggered the cancellations" ("caused" is a clause of its own already)
    if child.dep_ == "dobj" and word == "nothing":  # "had nothing to do with Y"
        return next((object_of(c, "with") for c in child.children if c.lemma_ == "do"), None), "nothing"
    if child.dep_ == "prep" and word in table["prepositions"] and lemma == "be":  # "was behind Y"
        return next((g for g in child.children if g.dep_ == "pobj"), None), ""
    if child.dep_ == "acomp" and child.lemma_.lower() in table["adjectives"]:  # "was responsible for Y"
        return object_of(child, "for"), ""
    if child.dep_ == "dobj" and child.lemma_.lower() in table["nouns"]:  # "played no part in Y"
        denied = next((c.lower_ for c in child.children if c.dep_ == "det" and c.lower_ == "no"), "")
        return object_of(child, "in") or object_of(verb, "in"), denied
    return None, ""


def _disputed(verb, negation: str) -> list[Clause]:
    """What a denied report says, as a clause the denial negates: "rejected reports that Putin was ill" -> not
    ill (Putin); "denied allegations that its soldiers killed civilians" -> not kill (civilians)."""
    table = _table()["dispute"]
    if negation or verb.lemma_.lower() not in table["verbs"]:
        return []
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.lemma_.lower() not in table["nouns"]:
            continue
        for content in noun.children:
            if content.dep_ not in ("acl", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "that"
                                                               for c in content.children):
                continue
            state = next((c for c in content.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
            subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if state is not None:
                found.append(Clause(state.lemma_.lower(), verb.lemma_.lower(), "", _text(subject)))
            else:
                found.append(Clause(_phrase(content), verb.lemma_.lower(), *_clause_roles(content)))
    return found


def _states(span) -> tuple[Clause, ...]:
    """What a linking verb says its subject is, as a clause of the adjective: "the protest was peaceful" ->
    peaceful (the protest); "turned violent", "was found dead"."""
    found = []
    for token in span:
        verb = token.head
        if token.dep_ not in ("acomp", "oprd", "ccomp") or token.pos_ != "ADJ" or not _on_spine(verb, span.root):
            continue
        # "found Smith guilty": the adjective's own subject (a small clause) or the object is what it describes
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.dep_ == "ccomp" else \
            next((c for c in verb.children if c.dep_ == "dobj"), None) if token.dep_ == "oprd" else None
        if subject is None and token.dep_ == "ccomp":
            continue
        subject = subject or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("who", "which", "that"):
            negation = next((c.lower_ for c in verb.children if c.dep_ == "neg"), "")
            found.append(Clause(token.lemma_.lower(), negation, "", _text(subject)))
    return tuple(found)


def _governed_negation(verb) -> str | None:
    """What a negated verb above passes to its complement: a verb of intent passes its negation ("does not
    intend to sell": not sell), any other asserts nothing of it ("did not agree to meet": None); "" when the
    verb above is not negated."""
    head = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "neg" for c in head.children):
        return ""
    return next(c.lower_ for c in head.children if c.dep_ == "neg") if head.lemma_.lower() in _table()["intent"]["verbs"] \
        else None


def _sought(verb) -> bool:
    """A verb that an intent or an attempt governs ("plans to raise", "tried to block"), or an infinitive of
    purpose ("needed 60 votes to clear"): what was meant or tried, not what happened."""
    table = _table()["intent"]
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in set(table["verbs"]) | set(table["attempts"])


def _denied_by(verb) -> str:
    """The verb that denies this one as its complement ("refused to delay", "failed to pass"), unless itself
    negated ("did not fail to pay"); "" when none."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in features.negating_governors():
        return ""
    return "" if any(c.dep_ == "neg" for c in head.children) else head.lemma_.lower()


def _requested(verb, agent: str, negation: str) -> list[Clause]:
    """What a granted or denied request asked for, as a clause of its own: "granted the request to delay the
    trial" -> delay (the trial); "the motion to dismiss was denied" -> not dismiss."""
    table = _table()["request"]
    phrase = _phrase(verb)
    word = phrase if phrase in table["granting"] or phrase in table["denying"] else verb.lemma_.lower()
    if word not in table["granting"] and word not in table["denying"]:
        return []
    denied = (word in table["denying"]) != bool(negation)
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.lemma_.lower() not in table["nouns"]:
            continue
        for asked in noun.children:
            if asked.dep_ in ("acl", "relcl") and asked.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                             for c in asked.children):
                _, theme = _roles(asked)
                found.append(Clause(_phrase(asked), verb.lemma_.lower() if denied else "", agent, theme))
    return found


def _intended(verb, agent: str, negation: str) -> list[Clause]:
    """What a noun of intent says its holder will or will not do, as a clause of its own: "has no intention of
    running" -> not run; "there are no plans to raise taxes" -> not raise (taxes); "has plans to raise" -> raise."""
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "attr", "nsubj") or noun.lemma_.lower() not in _table()["intent"]["nouns"]:
            continue
        denied = negation or next((c.lower_ for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), "")
        for complement in noun.children:
            if complement.dep_ == "prep" and complement.lower_ == "of":
                complement = next((c for c in complement.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            elif not (complement.dep_ == "acl" and complement.pos_ == "VERB"):
                continue
            if complement is not None:
                found.append(Clause(_phrase(complement), denied, agent, _clause_roles(complement)[1], intent=True))
    return found


def _clause_roles(verb) -> tuple[str, str]:
    """A clause's (agent, theme), with what the clause shares with the verb it hangs on: "X voted to hear":
    X hears; "X backed talks but rejected meeting Y": X rejected; and a verb's clause as its theme when it has
    no object ("rejected meeting Y", "would agree to meet Y")."""
    agent, theme = _roles(verb)
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        agent = agent or _text(subject)
    complement = next((c for c in children if c.dep_ == "xcomp"), None)
    has_object = any(c.dep_ in ("dobj", "attr", "nsubjpass", "csubjpass") for c in children)
    if complement is not None and not has_object:
        agent, theme = _text(subject), " ".join(t.text for t in complement.subtree)
    elif not theme or theme == agent:  # an intransitive verb's aim: "running for president"
        aim = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "against")), None)
        theme = _text(aim) if aim is not None else theme
    return agent, theme


def _on_spine(token, top) -> bool:
    """Reached from the span's root through clausal links only."""
    while token.i != top.i and token.dep_ != "ROOT":
        if token.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "parataxis") or token.head.pos_ not in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _name(token) -> str:
    """Who a role is, without what the sentence adds about them: the named entity it heads, or the noun
    with its compounds ("Stefanik", not "Stefanik, who was backed by Trump")."""
    if token is None:
        return ""
    if token.ent_type_:
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is not None:
            return entity.text
    return " ".join(t.text for t in token.subtree if t.dep_ == "compound" and t.head.i == token.i) + " " + token.text


def _text(token) -> str:
    if token is None:
        return ""
    return " ".join(t.text for t in token.subtree)


def _places(span, root) -> tuple[str, ...]:
    """Where the happening is placed: place names in an "in", "at" or "near" phrase of the main predicate or
    of its subject or object ("met in Geneva", "the summit in Porto went ahead")."""
    anchors = {root.i} | {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    return tuple(dict.fromkeys(entity.text for entity, preposition in _located(span) if preposition.head.i in anchors))


def _locations(span) -> tuple[str, ...]:
    """Every place named in an "in", "at" or "near" phrase of the claim, wherever it hangs ("charged ... in
    Brooklyn", "a bridge in Del Rio"): where something in the claim happened, if not what the main verb says."""
    return tuple(dict.fromkeys(entity.text for entity, _ in _located(span)))


def _located(span):
    """(place entity, its preposition) for each place name in an "in", "at" or "near" phrase."""
    for entity in span.ents:
        if entity.label_ not in _PLACE_ENTITIES:
            continue
        head = entity.root
        while head.dep_ in ("appos", "conj") and head.head.i != head.i:  # not "compound": "a U.S. airstrike"
            head = head.head
        preposition = head.head if head.dep_ == "pobj" else None
        if preposition is not None and preposition.lemma_.lower() in ("in", "at", "near"):
            yield entity, preposition


def _own_dates(span, dates: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's dates less the weekdays that only name a thing ("a Tuesday deadline", "Monday's vote"),
    and a day the text names only by its weekday kept as that weekday: "early Friday" read against an
    article's date may be the Friday before or after, so it is compared as a weekday."""
    entities = [e for e in span.ents if e.label_ in ("DATE", "TIME")]
    modifying = {e.text.lower() for e in entities if e.root.dep_ in ("compound", "poss", "amod")}
    named = {e.text.lower() for e in entities} - modifying
    kept = []
    for d in dates:
        weekday = _weekday(d)
        if any(weekday in m for m in modifying) and not any(weekday in n for n in named):
            continue
        by_weekday_only = d != weekday and any(weekday in n for n in named) and not any(
            ch.isdigit() for n in named if weekday in n for ch in n)
        kept.append(weekday if by_weekday_only else d)
    return tuple(dict.fromkeys(kept))


def _weekday(iso_or_name: str) -> str:
    """"tuesday" for "tuesday" or for a full date that fell on a Tuesday; "" for a month or year."""
    try:
        return date.fromisoformat(iso_or_name).strftime("%A").lower()
    except ValueError:
        return iso_or_name.lower() if iso_or_name.isalpha() else "\0"


def _initiator(span) -> str:
    """Who asked for or initiated it: "at X's request", "at the request of X", "on X's initiative",
    "requested by X", "a call from X"; "the latter" / "the former" resolved to the last / first actor named before."""
    nouns, verbs = set(_table()["initiator"]["nouns"]), set(_table()["initiator"]["verbs"])
    from_nouns = set(_table()["initiator"]["from_nouns"])
    for token in span:
        lemma = token.lemma_.lower()
        who = None
        if token.pos_ == "NOUN" and lemma in nouns and token.head.dep_ == "prep" or (
                token.pos_ == "NOUN" and lemma in nouns and token.dep_ == "pobj"):
            who = next((c for c in token.children if c.dep_ == "poss"), None)
            if who is None:
                who = next((g for c in token.children if c.dep_ == "prep" and c.lemma_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
        elif token.pos_ == "NOUN" and lemma in from_nouns:  # "took a call from X"
            who = next((g for c in token.children if c.dep_ == "prep" and c.lemma_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
        elif token.pos_ == "VERB" and lemma in verbs and token.tag_ == "VBN":
            who = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if who is not None:
            return _resolve_relative(who, span)
    return ""


def _resolve_relative(token, span) -> str:
    word = token.lemma_.lower()
    if word in ("latter", "former"):
        actors = [e for e in span.ents if e.label_ in _ACTOR_ENTITIES and e.end <= token.i]
        if actors:
            return (actors[-1] if word == "latter" else actors[0]).text
    return _text(token).replace(" 's", "").replace(" ’s", "")


def _contest(span) -> tuple[str, str]:
    """(winner, loser) of "X defeated Y", "Y was defeated by X", "X took down Y", "X won"."""
    for token in span:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        phrase = _phrase(token)
        if phrase not in _WINNING and phrase not in _LOSING:
            continue
        agent, theme = _roles(token)
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        if phrase in _LOSING:
            loser = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return "", _name(loser)
        if passive:
            by = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            return _name(by), _name(subject)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        beaten = _name(obj) if obj is not None and phrase != "win" else ""
        return _name(subject), beaten
    return "", ""


# -- measures -------------------------------------------------------------------------------------

def _measure(q: Quantity, span, root) -> Measure | None:
    """The figure with its measured variable; None for a time unit that is no duration ("over the past three weeks")."""
    text = span.text
    if q.unit in _HOURS:
        start = text.find(q.text)
        unit_token = next((t for t in span if t.idx - span.start_char >= start >= 0 and t.lemma_.lower() == q.unit), None)
        if unit_token is not None and not _durative(unit_token):
            return None
    low, high = bounds(q)
    high = None if high == float("inf") else high
    before = text[:max(text.find(q.text), 0)]
    unit, counts = q.unit, q.counts
    if _AGE_OF.search(before) and unit == "count":
        unit, counts = "age", ""
    if unit in _HOURS:
        scale = _HOURS[unit]
        low, high, unit = low * scale, (None if high is None else high * scale), "hour"
    if q.value == 1 and not counts and unit == "count":
        return None  # "one" without a counted noun is mostly a pronoun ("including one with diplomatic status")
    if not counts and unit == "count" and q.predicate == root.lemma_.lower():
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if subject is not None and not any(t.like_num for t in subject.subtree):
            counts = subject.lemma_.lower()  # "unemployment claims dropped to 293,000"
            q = replace(q, counts=counts)
    noun = _counted_noun(span, q)
    modifiers = _modifiers(noun)
    participle = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) \
        if noun is not None else None
    if participle is not None:  # "150 people killed", "people who died": the figure belongs to that verb
        q = replace(q, predicate=participle.lemma_.lower())
    if counts in containers():  # "the number of murders" counts murders
        of = re.search(rf"\b{re.escape(counts)}s? of (?:the )?(\w+)", text, re.I)
        counts = of.group(1).lower().rstrip("s") if of else counts
    after = text[text.find(q.text) + len(q.text):] if q.text in text else ""
    reading = "level" if q.approx == "to" else _reading(before, after)  # "$54 million to $56 million": one range
    if reading == "level" and q.predicate in amount_verbs() and _right_after(span, len(before), q.predicate):
        reading = "change"  # "rose 3%": by 3%, where "rose to 3%" is the level
    if re.match(r"\s*(?:\w+\s+){0,2}(?:per|a|an|each|every)\s+(?:1,000|100,000|\d+|capita|day|week|month|year|person|"
                r"people|woman|women|man|men|resident|child)\b", after, re.I) and unit == "count":
        unit = "rate"  # "55.8 births per 1,000 women", "23,600 a day"
    verb = next((t for t in span if t.lemma_.lower() == q.predicate and t.pos_ in ("VERB", "AUX")), None)
    if reading == "change" and light(q.predicate):  # "sales were up 5 percent": the direction is the predicate
        word = before.lower().split()[-1] if before.split() else ""
        q = replace(q, predicate=_table()["reading"]["directions"].get(word, q.predicate))
    return Measure(q.text, q.value, unit, low, high, counts, q.predicate, q.period or "", reading,
                   hedge=_figure_hedge(span, root, verb), aside=_aside(verb), modifiers=modifiers,
                   scope=_scope(span, verb))


def _scope(span, verb) -> tuple[str, ...]:
    """The places a figure's verb counts it in: place names in an "in", "across" or "throughout" phrase
    of the verb or inside its subject or object ("the death toll in Germany climbed to 143", "the death toll
    from flooding in Western Europe rose above 150")."""
    if verb is None:
        return ()
    holders = {verb.i} | {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree}
    places = []
    for entity in span.ents:
        head = entity.root
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:  # not "compound": "a U.S. airstrike"
            head = head.head
        preposition = head.head if head.dep_ == "pobj" else None
        if (entity.label_ in ("GPE", "LOC") and preposition is not None
                and preposition.lower_ in ("in", "across", "throughout") and preposition.head.i in holders):
            places.append(entity.text)
    return tuple(places)


def _counted_noun(span, q: Quantity):
    """The token of the noun a figure counts: the one of its lemma nearest the figure."""
    start = span.text.find(q.text)
    nouns = [t for t in span if t.lemma_.lower() == q.counts and t.pos_ in ("NOUN", "PROPN")] if q.counts else []
    return min(nouns, key=lambda t: abs(t.idx - span.start_char - start), default=None)


def _modifiers(noun) -> tuple[str, ...]:
    """Adjectives, compounds and "of" objects of the noun a figure counts, other than the figure itself."""
    if noun is None:
        return ()
    # Places and nationalities are left out: one place has many names ("US" troops, "American" troops).
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound") and not c.like_num
             and c.ent_type_ not in ("GPE", "NORP", "LOC")}
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.subtree if g.pos_ in ("PROPN", "NOUN", "ADJ")}
    return tuple(sorted(words - {"new", "more", "other", "last", "first", "total", "all"}))


def _aside(verb) -> bool:
    """The figure's verb sits in a clause about another time ("since March 14, 2020, when there were 256,000")."""
    return verb is not None and verb.dep_ in ("relcl", "advcl") and verb.head.ent_type_ in ("DATE", "TIME")


def _figure_hedge(span, root, verb) -> str:
    """The hedge on the verb a figure belongs to, when that verb is not the claim's main predicate (whose
    hedge is the claim's own)."""
    if verb is None:
        return ""
    node = verb  # up the clausal complements only: "predicted [that employers would add ...]"
    while node.dep_ in ("ccomp", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in _forecast_verbs():
            return node.text
    if verb.i == root.i:
        return ""
    label, word = features.hedge(span, verb)
    return word if label != "stated" else ""


@functools.cache
def _forecast_verbs() -> frozenset[str]:
    return frozenset(_table()["forecast"]["verbs"])


def _right_after(span, offset: int, lemma: str) -> bool:
    """Whether the figure starting `offset` characters into the span follows the verb `lemma` directly."""
    first = next((t for t in span if t.idx - span.start_char >= offset), None)
    if first is None or first.i == span.start:
        return False
    previous = first.doc[first.i - 1]
    previous = first.doc[first.i - 2] if previous.text in ("$", "€", "£") and first.i - 2 >= span.start else previous
    return previous.lemma_.lower() == lemma


def _reading(before: str, after: str = "") -> str:
    """"level" ("to 373,000"), "change" ("by 2,000"; "dropped 36,000 to 293,000") or "origin" ("up from 11,300")."""
    words = before.lower().split()
    last = words[-1] if words else ""
    if last in ("nearly", "about", "almost", "roughly", "some", "around", "a") and len(words) > 1:
        last = words[-2]
    if last in ("from",):
        return "origin"
    if last in _table()["reading"]["change"] or re.match(r"\s*(?:\w+\s+)?to\s+(?:a\s+)?[\d$€£]", after):
        return "change"
    return "level"


def _same_span(m: Measure, other: Measure) -> bool:
    return m.text in other.text or other.text in m.text


def _number(token) -> float | None:
    if token.like_num:
        try:
            return float(token.text.replace(",", ""))
        except ValueError:
            return word_number(token.lower_) or None
    if token.lower_ in ("a", "an"):
        return 1.0
    return None


def _ages(span) -> list[Measure]:
    """"Powell, who was 86", "McAfee, 75,": a bare number describing a person."""
    ages = []
    for token in span:
        if not token.like_num or _number(token) is None or not 1 <= (_number(token) or 0) < 120:
            continue
        person = None
        if token.dep_ == "appos" and (token.head.ent_type_ == "PERSON" or _set_off(token) and token.head.pos_ == "NOUN"):
            person = token.head  # "McAfee, 75,"; "the victim, 34,": a number set off after a noun is its age
        elif token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ == "who" and token.head.dep_ == "relcl":
                person = token.head.head
        if person is not None and (person.ent_type_ == "PERSON" or person.pos_ == "NOUN"):
            value = float(_number(token))
            ages.append(Measure(token.text, value, "age", value, value, person.lemma_.lower(), "", "", "level"))
    return ages


def _set_off(token) -> bool:
    """Between commas, or after a comma at the end of the sentence ("the victim, 34, was shot")."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else "."
    return before == "," and after in (",", ".", ";")


def _durations(span) -> list[Measure]:
    """"hourlong", "an 11-day war", "three weeks of fighting", "from 16:00 until 22:00"."""
    found = []
    for token in span:
        word = token.lower_
        if word.endswith("long") and word[:-4] in _HOURS:  # "hourlong", "daylong", "weeklong"
            value = _HOURS[word[:-4]]
            found.append(Measure(token.text, value, "hour", value * 0.75, value * 1.25, "", "", "", "level"))
        elif token.lemma_.lower() in _HOURS and token.i > 0 and _durative(token):
            doc = token.doc
            number = _number(doc[token.i - 1]) if doc[token.i - 1].text != "-" else (
                _number(doc[token.i - 2]) if token.i > 1 else None)
            if number:
                value = number * _HOURS[token.lemma_.lower()]
                found.append(Measure(doc[token.i - 1].text + " " + token.text, value, "hour", value, value, "", "",
                                     "", "level"))
    clock = _CLOCK.search(span.text)
    if clock:
        start, end = int(clock.group(1)) + int(clock.group(2)) / 60, int(clock.group(3)) + int(clock.group(4)) / 60
        hours = (end - start) % 24
        found.append(Measure(clock.group(0), hours, "hour", hours - 0.5, hours + 0.5, "", "", "", "level"))
    return found


def _time_points(span) -> tuple[float, ...]:
    """Points in time counted from the happening ("90% effective six months after", "below 50 percent after
    five months"): two figures at different points are two measurements, not one."""
    points = []
    for token in span:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        before = token.doc[token.i - 2] if token.i > 1 else None
        if token.lemma_.lower() in _HOURS and token.i > 0 and (
                (following is not None and following.lower_ in ("after", "later", "since", "ago", "into"))
                or (before is not None and before.lower_ in ("after", "within"))):  # "after five months"
            number = _number(token.doc[token.i - 1])
            if number:
                points.append(number * _HOURS[token.lemma_.lower()])
    return tuple(points)


def _durative(unit) -> bool:
    """How long something lasted: "an 11-day war", "waited six hours", "lasted two hours", "for three weeks",
    "three weeks of fighting"; not a point or a window in time ("six months after", "over the past three weeks")."""
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    head = unit.head
    if following is not None and following.lower_ in ("after", "ago", "later", "earlier", "before"):
        while head.dep_ in ("mark", "advcl") and head.head.i != head.i:
            # "lasted two hours before the services came back", parsed as "two hours before ... came": the
            # hours hang on the clause "before" opens, which itself hangs on the verb that lasted
            head = head.head
        return head.lemma_.lower() in _table()["durative"]["verbs"]
    if unit.dep_ in ("compound", "amod", "nmod") or (following is not None and following.lower_ == "of"):
        return True
    if head.lemma_.lower() == "for":
        return True
    if head.lemma_.lower() == "to" and head.head.i != head.i:  # "sentenced to ten years"
        head = head.head
    return head.lemma_.lower() in _table()["durative"]["verbs"]


def _tallies(span) -> list[Measure]:
    """Vote tallies next to a word of voting ("approved by a 94-1 vote", "voted 19-to-0", "passed 92-6")."""
    text = span.text
    voting = any(t.lemma_.lower() in ("vote", "pass", "approve", "win", "defeat", "ballot", "rule", "confirm")
                 for t in span)
    found = []
    if voting:
        for match in _TALLY.finditer(text):
            yes, no = (int(g) for g in (match.groups()[:2] if match.group(1) else match.groups()[2:]))
            if yes + no >= 3 and not re.match(r"\d{1,2}:\d", text[match.start():match.end() + 2]):
                found.append(Measure(match.group(0), yes, "tally", yes, yes, "", "", "", "level", (yes, no)))
    if any(t.lower_ == "unanimously" for t in span) and not found:
        found.append(Measure("unanimously", 0, "tally", 0, None, "", "", "", "level", (0, 0)))
    return found


def _vague(span) -> list[Measure]:
    """"dozens killed", "a few hundred migrants", "thousands of protesters"."""
    vague = _table()["vague"]
    text = span.text.lower()
    found = []
    for phrase in sorted(vague, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(phrase)}\b", text)
        if not match or any(phrase in m.text.lower() for m in found):
            continue
        token = span.char_span(match.start(), match.end(), alignment_mode="expand")
        counts = ""
        if token is not None:
            head = token.root
            of = next((g for c in head.children if c.lemma_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            counts = (of.lemma_ if of is not None else head.head.lemma_ if head.head.pos_ == "NOUN" else "").lower()
        low, high = vague[phrase]
        verb = next((a for a in token.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if token is not None else None
        predicate = verb.lemma_.lower() if verb is not None else ""
        found.append(Measure(match.group(0), float(low), "count", float(low), float(high), counts, predicate, "",
                             "level"))
    return found
