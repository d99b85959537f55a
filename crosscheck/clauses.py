"""Clauses: every verb a claim asserts, each with its own polarity and roles, besides the main predicate.

"Backed talks but rejected meeting Biden" asserts two acts; "has no intention of running" denies one; "rejected
reports that Putin was ill" denies what the report says; "the protest turned violent" says what the protest was;
"had nothing to do with the cancellations" denies a cause; "needed 60 votes to clear" asserts no outcome. The
comparator (compare/judge.py) opposes two claims' clauses. Words a parser cannot know live in data/frames.toml.
"""
from __future__ import annotations

import functools

from . import features
from .dating import DAY_PARTS, WEEKDAYS, normalise
from .lexicon import act_nouns
from .predicates import (by_agent, frame_words, on_spine, outcome_verbs, partner, partner_words, predicate_phrase,
                         recipient, roles, sought_governors, status_of, text_of, told_of_by, when_phrase)
from .tense import told_past
from .types import Clause


_FUTURE = {"will", "would", "shall", "'ll"}


def clauses(span, root, located_places) -> tuple[Clause, ...]:
    """The verbs the claim asserts, each with its roles and its own negation ("not", "never"): the main predicate
    (a verb of speech too, when the claim asserts nothing else: "the judge dismissed the case"), and
    the clauses joined to it ("and", "but"), its complements and participles ("ruling that they violate"),
    but no clause inside a noun phrase ("criticism for not having visited", "a club that refuses ...").
    `located_places`: the span's `predicates.located`, read once by the caller."""
    found = []
    for token in span:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        aside = _aside_of(token, span) or (_aside_of(token.head, span) if _denied_by(token) else "")
        if not (on_spine(token, span.root) or aside) or (
                lemma in features.reporting_verbs() and lemma not in outcome_verbs() and token.i != root.i
                and not features.other_verb_particle(token)  # "called off the rally" is no verb of speech
                and not (aside and _reports_nothing(token))):  # "The report, published on Monday, found ..."
            continue
        if token.dep_ == "ccomp" and _falsity(token.head):
            continue  # "it was untrue that troops had crossed": read, negated, by _called_false
        agent, theme = _aside_roles(token, aside) if aside else _clause_roles(token)
        governed = _governed_negation(token)
        if (agent or theme) and governed is not None:
            negation = (next((c.lower_ for c in token.children if c.dep_ == "neg"), "") or _denied_by(token)
                        or features.argument_negation(token) or governed)
            found.append(Clause(predicate_phrase(token), negation, agent, theme, intent=_sought(token),
                                dates=_days(token), places=_where(token, located_places), recipient=recipient(token),
                                partner=partner(token), under_main=features.in_main_clauses(token, root)))
            found += _requested(token, agent, negation) + _intended(token, agent, negation) + _disputed(token, negation)
    return (tuple(found) + _states(span) + _causes(span) + _called_false(span) + _named_acts(span, located_places)
            + _held_by_noun(span, root, located_places) + _refused_by_noun(span, located_places)
            + _status_told_aside(span, located_places))


def _status_told_aside(span, located_places) -> tuple[Clause, ...]:
    """A happening's status told in a relative clause set off after its noun, wherever that noun stands ("queued for
    Saturday's reopening of the museum, which went ahead as planned", "blamed the vote, which was postponed"), as a
    clause of the status verb on the happening's noun phrase: the top noun of the "of" phrases the relative hangs on
    (the parser often hangs it on the last: "the reopening of the museum, which ..."). Not a plan ("which is
    scheduled for May"), and not a clause already read as an aside of an asserted verb."""
    found = []
    for verb in span:
        lemma = predicate_phrase(verb) if verb.pos_ in ("VERB", "AUX") else ""
        if verb.dep_ != "relcl" or status_of(lemma) in ("", "planned") or not _set_off(verb) or _aside_of(verb, span):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("which", "that"):
            continue
        happening = _phrase_holding(verb.head)
        theme = " ".join(t.text for t in happening.subtree if t.i < verb.left_edge.i - 1)
        negation = next((c.lower_ for c in verb.children if c.dep_ == "neg"), "")
        found.append(Clause(lemma, negation, "", theme, dates=_days(verb) + _days(happening),
                            places=_where(verb, located_places)))
    return tuple(found)


def _refused_by_noun(span, located_places) -> tuple[Clause, ...]:
    """An act its owner refused or failed to do, told by the noun ("Beijing's refusal to sign the pact on Monday",
    "the company's failure to pay the fine"), as that act's clause negated by the noun, with the owner as its doer:
    an owned refusal is told as one that happened, wherever the noun stands ("recorded Xi's refusal to commit")."""
    found = []
    for verb in span:
        noun = verb.head
        if not (verb.pos_ == "VERB" and verb.dep_ == "acl" and noun.lemma_.lower() in features.negating_nouns()
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
        if owner is None:
            continue
        doer = " ".join(t.text for t in owner.subtree if t.dep_ != "case")
        found.append(Clause(predicate_phrase(verb), noun.lemma_.lower(), doer, _clause_roles(verb)[1],
                            dates=_days(verb) + _days(noun), places=_where(verb, located_places)))
    return tuple(found)


def _named_acts(span, located_places) -> tuple[Clause, ...]:
    """An act told by its noun, with what it acts on after the noun's preposition and its doer as the owner or after
    "by" ("Hamas's release of the hostages", "the cancellation of the summit by the host", "the arrest of two men"),
    as a clause of its verb (data/labels.toml's act_nouns, read backwards: "cancellation of" -> cancel)."""
    verbs = _verbs_of_act_nouns()
    found = []
    for noun in span:
        if noun.pos_ != "NOUN" or not _told_as_done(noun):
            continue
        for prep in noun.children:
            verb = verbs.get((noun.lemma_.lower(), prep.lower_)) if prep.dep_ == "prep" else None
            theme = next((g for g in prep.children if g.dep_ == "pobj"), None) if verb else None
            if theme is None:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
            doer = owner or next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                                  for g in c.children if g.dep_ == "pobj"), None) or _caused_by(noun)
            doer_text = " ".join(t.text for t in doer.subtree if t.dep_ != "case") if doer is not None else ""
            # the parser often hangs the act's day and place on what it acts on ("the arrest of two men in Lyon on
            # Sunday"): a person or thing is not dated, its act is
            found.append(Clause(verb, "", doer_text, text_of(theme), dates=_days(noun) + _days(theme),
                                places=_where(noun, located_places) + _where(theme, located_places)))
    return tuple(found)


def _held_by_noun(span, root, located_places) -> tuple[Clause, ...]:
    """A happening told by its noun as held, as a clause of "hold" on whom it was with: what another act followed
    ("spoke to reporters following a meeting with House members", "Since talks with the union, ...") or what its doer
    "had" ("the prime minister had interactions with other leaders"; frames.toml `[held_nouns]`). Not one planned,
    put off or called off ("after the postponed meeting"), denied ("had no talks") or to come ("will have talks")."""
    nouns, light_verbs, after_words = _held_words()
    found = []
    for noun in span:
        if noun.pos_ != "NOUN" or not (noun.lower_ in nouns or noun.lemma_.lower() in nouns) or _not_held(noun):
            continue
        head = noun.head
        followed = noun.dep_ == "pobj" and head.lower_ in after_words and _done(head)
        aside = _aside_of(head, span) if noun.dep_ == "dobj" else ""
        had = (noun.dep_ == "dobj" and head.lemma_.lower() in light_verbs and (on_spine(head, root) or aside)
               and _done(head) and not any(c.dep_ == "neg" for c in head.children))
        if not (followed or had):
            continue
        doer = next((c for c in head.children if c.dep_ == "nsubj"), None) if had else None
        agent = aside if doer is not None and doer.lower_ in ("who", "which", "that") else text_of(doer)
        with_whom = " ".join(map(text_of, _companions(noun)))
        # the role a status of one happening is matched on: whom it was with, else the noun's own phrase
        found.append(Clause("hold", "", agent, with_whom or text_of(noun), places=_where(noun, located_places),
                            dates=_days(noun) + (_days(head) if had else ()), partner=with_whom))
    return tuple(found)


def _done(token) -> bool:
    """The act a word hangs on is told as done: the first verb above it, past its participles ("snapping at a reporter
    at a press conference following his summit": "has apologised"), in the past or the perfect, with no modal ("will
    speak", "is expected to speak", "plans to have": not done)."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and (verb.tag_ == "VBG" or verb.tag_ == "VBN" and not _auxiliaries(verb)) \
            and verb.dep_ != "ROOT":
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxiliaries = _auxiliaries(verb)
    if auxiliaries & _MODALS:
        return False
    return told_past(verb, ("aux", "auxpass"))  # "have" as either auxiliary, as `_auxiliaries` reads the modals


def _auxiliaries(verb) -> set[str]:
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}


_MODALS = _FUTURE | {"could", "may", "might", "can", "should", "must"}


@functools.cache
def _held_words() -> tuple[frozenset, frozenset, frozenset]:
    """frames.toml `[held_nouns]`: the nouns, the light verbs that "have" them, and the words after which they are
    held (the order words of "after", and "since")."""
    table = frame_words()["held_nouns"]
    after_words = {w for w, relation in frame_words()["order"].items() if relation == "after"} | set(table["since"])
    return partner_words()[0], frozenset(table["light_verbs"]), frozenset(after_words)


def _not_held(noun) -> bool:
    """A happening's noun told as planned, put off, called off or denied ("the postponed meeting", "no talks")."""
    return any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ in ("amod", "compound") and status_of(c.lemma_.lower())
               for c in noun.children)


def _companions(noun) -> list:
    """Whom a happening's noun says it was with or between ("a meeting with House members")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
            for g in c.children if g.dep_ == "pobj"]


def _told_as_done(noun) -> bool:
    """An act's noun told as done: the subject of what befell or followed it ("The release of the hostages came
    after talks", "The cancellation was announced") or the happening a time is set by ("after the arrest of two
    men"); not one asked for, planned or refused ("demanded the release of the hostages", "called for the
    cancellation"), nor denied ("no arrest of the suspect")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):  # the root: a sentence the parser read as one noun phrase
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in frame_words()["order"] or _brought_about(noun) \
        or _caused_by(noun) is not None


def _caused_by(noun):
    """Who an act's noun is told as caused by, not denied: the subject of "was behind" it or "was responsible for" it
    ("A teacher was behind the release of the papers": the teacher released them; frames.toml [cause]), or None."""
    table = frame_words()["cause"]
    if noun.dep_ != "pobj":
        return None
    preposition, above = noun.head, noun.head.head
    if preposition.lower_ in table["prepositions"] and above.lemma_ == "be":
        verb = above
    elif preposition.lower_ == "for" and above.lemma_.lower() in table["adjectives"] and above.head.lemma_ == "be":
        verb = above.head
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")), None)


def _brought_about(noun) -> bool:
    """An act's noun that a done act caused or announced ("the shooting led to a postponement of the event", "forced
    the cancellation of the summit", "announced the postponement of the vote"; frames.toml `[act_nouns_done]`)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    phrase = verb.lemma_.lower() + (f" {noun.head.lower_}" if noun.dep_ == "pobj" else "")
    return phrase in frame_words()["act_nouns_done"]["verbs"] and _done(verb) \
        and not any(c.dep_ == "neg" for c in verb.children)


@functools.cache
def _verbs_of_act_nouns() -> dict[tuple[str, str], str]:
    """(noun, preposition) -> verb: data/labels.toml's act_nouns read backwards ("firing of" -> fire), the first of
    several verbs of one noun ("death of" -> die, not "dead"), one-word verbs only."""
    verbs = {}
    for verb, phrase in act_nouns().items():
        words = phrase.split()
        if len(words) == 2 and " " not in verb:
            verbs.setdefault((words[0], words[1]), verb)
    return verbs


def _falsity(verb) -> str:
    """The adjective that calls what a linking verb's clause or subject says false ("it was untrue that",
    "claims that ... are baseless"), or ""."""
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"
                 and c.lemma_.lower() in frame_words()["dispute"]["adjectives"]), "")


def _called_false(span) -> tuple[Clause, ...]:
    """What a statement calls false, as a clause it negates: "it was untrue that troops had crossed the
    border" -> not cross (troops, the border); "claims that the vote was rigged are baseless" -> not rig."""
    found = []
    for verb in span:
        word = _falsity(verb) if verb.pos_ in ("AUX", "VERB") and on_spine(verb, span.root) else ""
        if not word:
            continue
        contents = [c for c in verb.children if c.dep_ == "ccomp"]
        nouns = frame_words()["dispute"]["nouns"]
        reports = [n for n in verb.children if n.dep_ == "nsubj" and n.lemma_.lower() in nouns]
        contents += [c for n in reports for c in n.children if c.dep_ in ("acl", "ccomp")]
        for content in contents:
            if features.that_clause(content):
                found.append(Clause(predicate_phrase(content), word, *_clause_roles(content)))
    return tuple(found)


def _aside_of(verb, span) -> str:
    """The noun a relative clause or a participle set off by a comma tells of, when that noun is an argument
    of an asserted verb ("The strike, which began on Monday, ended ...", "The ceasefire, brokered by Egypt,
    took effect"): its text; else ""."""
    noun = told_of_by(verb) if verb.dep_ == "relcl" else verb.head
    # "The ceasefire, brokered by Egypt, ..."; a past form hung on a noun is a participle, whatever the tagger says;
    # a present one set off tells what the noun did ("The ministers, meeting in Vienna on Friday, ...")
    participle = verb.dep_ == "acl" and (verb.tag_ in ("VBN", "VBD") or verb.tag_ == "VBG" and _set_off(verb))
    # a participle not set off tells an act too where it says where or when ("the talks held in Geneva")
    if not (verb.dep_ == "relcl" and _set_off(verb) or participle and (_set_off(verb) or _situated(verb))):
        return ""
    # a "when" or "where" clause on any noun of an asserted verb's phrase tells what happened then or there ("came
    # at the summit, when a final day failed to yield a deal")
    relative_adverb = verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "where")
                                                   for c in verb.children)
    argument = _phrase_holding(noun) if participle and not _set_off(verb) else noun
    holder = argument.head.head if argument.dep_ == "pobj" and relative_adverb else argument.head
    if not (argument.dep_ in ("nsubj", "nsubjpass", "dobj") or argument.dep_ == "pobj" and relative_adverb) \
            or not on_spine(holder, span.root):
        return ""
    return " ".join(t.text for t in noun.subtree if t.i <= noun.i)


def _phrase_holding(noun):
    """The noun heading the phrase a noun sits in, through "of" and "by" phrases ("an assessment of the consultations
    by a contact group": assessment)."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _situated(verb) -> bool:
    """The verb's own phrases name a place or a day ("held in Minsk", "signed on March 3"); not a plan's ("a trip
    planned for Wednesday": the day of what was planned, perhaps never done)."""
    if status_of(verb.lemma_.lower()) == "planned":
        return False
    return bool(_days(verb)) or any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS and g.dep_ == "pobj"
                                    and g.ent_type_ in ("GPE", "LOC", "FAC") for c in verb.children for g in c.children)


_PLACE_PREPOSITIONS = {"in", "at", "near"}


def _reports_nothing(verb) -> bool:
    """A verb of speech without what was said: an act of its own ("published on Monday", "announced last week")."""
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in verb.children)


def _set_off(verb) -> bool:
    """A comma before the clause's first word: right after its noun ("The strike, which began ...") or after the
    noun's own phrase ("The bank's decision on Thursday, which cut the rate ...", "The report into the project,
    published a day later, ...")."""
    start = verb.left_edge.i
    return start > verb.head.i and verb.doc[start - 1].text == ","


def _aside_roles(verb, noun: str) -> tuple[str, str]:
    """(agent, theme) of a clause set off after `noun`: "the ceasefire, brokered by Egypt": Egypt brokered the
    ceasefire; "the strike, which began on Monday": the strike began."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "the ministers, meeting the envoy in Vienna": they met him
        return noun, text_of(next((c for c in verb.children if c.dep_ == "dobj"), None))
    if verb.dep_ == "acl":
        by = by_agent(verb)
        return text_of(by), noun
    agent, theme = _clause_roles(verb)
    return (noun if agent in ("which", "who") else agent), (noun if theme in ("which", "who") else theme)


def _days(verb) -> tuple[str, ...]:
    """The days (or months without a year) the verb's own phrases name, as dating reads them: "began on Monday",
    "signed March 3", "signed in August"; none for a verb of the future ("will lay off 200 workers in July"),
    whose date is a plan's, not a day something happened. A month with its year ("in March 2020") is left out:
    read here, it made a false contradiction on the pairs set (README, comparator)."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in _FUTURE for c in verb.children):
        return ()
    found = []
    for child in verb.children:
        if opens_reported_clause(child):
            continue  # "said on Wednesday it had completed the takeover": the saying's day
        tokens = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else \
            [child] if child.dep_ in ("npadvmod", "tmod") else []
        for token in (_day_of_part(t) for t in tokens):
            # "late Tuesday" of "late Tuesday night" is tagged a time: a day it names dates the verb all the same
            entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in ("DATE", "TIME")),
                          None)
            day = normalise(entity.text) if entity is not None else None
            if day and (day in WEEKDAYS or day.startswith("--") or len(day) == 10):
                found.append(day)
    return tuple(found)


def opens_reported_clause(word) -> bool:
    """The word opens a reported clause right after its verb of speech, before the clause's subject ("The company said
    on Wednesday it had completed the takeover"): the parser hangs the day on "completed", but without a "that" it is
    when the company said so."""
    verb = word.head
    before = [c for c in verb.lefts if c.i != word.i and not c.is_punct]
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in features.reporting_verbs() \
        and verb.head.i < word.i < verb.i and all(word.i < c.i for c in before)


def _day_of_part(token):
    """The day a part of it names: "Wednesday" of "began Wednesday morning", where the parse hangs the part ("morning",
    tagged a time) on the verb and the day on the part."""
    if token.lower_ not in DAY_PARTS:
        return token
    return next((c for c in token.children if c.dep_ == "compound"), token)


def _where(verb, located_places) -> tuple[str, ...]:
    """The places the verb's own "in", "at" or "near" phrases name: "was arrested on Sunday in Denver"."""
    return tuple(entity.text for entity, preposition in located_places if preposition.head.i == verb.i)


def _causes(span) -> tuple[Clause, ...]:
    """Who or what caused something, as a clause "cause" asserted or denied: "X caused / triggered Y", "X was
    behind Y", "X was responsible for Y", "X played a role in Y"; "X had nothing to do with Y", "X had no
    role in Y" deny it."""
    table = frame_words()["cause"]
    found = []
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or not on_spine(verb, span.root):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("who", "which", "that"):
            continue
        negation = next((c.lower_ for c in verb.children if c.dep_ == "neg"), "")
        for child in verb.children:
            effect, denied = _effect(verb, child, table)
            if effect is not None:
                found.append(Clause("cause", denied or negation, text_of(subject), text_of(effect)))
                if denied == "nothing":  # "Y had nothing to do with X" denies that X caused Y as well
                    found.append(Clause("cause", denied, text_of(effect), text_of(subject)))
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
    table = frame_words()["dispute"]
    if negation:
        return []
    found = []
    for noun in _reports_acted_on(verb):
        if noun.lemma_.lower() not in table["nouns"] or not (verb.lemma_.lower() in table["verbs"]
                                                             or _called_false_as(verb, noun)):
            continue
        for content in noun.children:
            if content.dep_ not in ("acl", "ccomp") or not features.that_clause(content):
                continue
            state = next((c for c in content.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
            subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if state is not None:
                found.append(Clause(state.lemma_.lower(), verb.lemma_.lower(), "", text_of(subject)))
            else:
                found.append(Clause(predicate_phrase(content), verb.lemma_.lower(), *_clause_roles(content)))
    return found


def _reports_acted_on(verb) -> list:
    """The verb's object, or the noun of its "as" phrase ("dismissed as false reports that ...")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]


def _called_false_as(verb, noun) -> bool:
    """The verb calls the report false, whatever the verb ("branded as false reports that ...", "described reports
    that ... as baseless"): an adjective of frames.toml `[dispute] adjectives` on the report in an "as" phrase or in
    the verb's own "as" phrase."""
    adjectives = set(frame_words()["dispute"]["adjectives"])
    beside = [c for c in noun.children if c.dep_ == "amod"] if noun.head.lower_ == "as" else []
    phrased = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ in ("pobj", "amod", "acomp")]
    # "described reports that troops had crossed the border as inaccurate": the parse hangs a bare "as inaccurate"
    # on the report's own clause, which it cannot describe
    trailing = [g for content in noun.children if content.dep_ in ("acl", "ccomp") for c in content.children
                if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.pos_ == "ADJ"]
    return any(t.lemma_.lower() in adjectives for t in beside + phrased + trailing)


def _states(span) -> tuple[Clause, ...]:
    """What a linking verb says its subject is, as a clause of the adjective: "the protest was peaceful" ->
    peaceful (the protest); "turned violent", "was found dead", "tested positive" (which the parser may hang on
    the verb as an adverbial clause)."""
    found = []
    for token in span:
        if token.dep_ not in ("acomp", "oprd", "ccomp", "advcl") or token.pos_ != "ADJ":
            continue
        verb = token.head
        if not on_spine(verb, span.root):
            continue
        # "found Smith guilty": the adjective's own subject (a small clause) or the object is what it describes
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.dep_ == "ccomp" else \
            next((c for c in verb.children if c.dep_ == "dobj"), None) if token.dep_ == "oprd" else None
        if subject is None and token.dep_ == "ccomp":
            continue
        subject = subject or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("who", "which", "that"):
            negation = next((c.lower_ for c in (*verb.children, *token.children) if c.dep_ == "neg"), "")  # "not guilty"
            found.append(Clause(token.lemma_.lower(), negation, "", text_of(subject)))
    return tuple(found)


def _governed_negation(verb) -> str | None:
    """What a negated verb above passes to its complement: a verb of intent passes its negation ("does not
    intend to sell": not sell), any other asserts nothing of it ("did not agree to meet": None); "" when the
    verb above is not negated."""
    head = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "neg" for c in head.children):
        return ""
    if head.lemma_.lower() not in frame_words()["intent"]["verbs"]:
        return None
    return next(c.lower_ for c in head.children if c.dep_ == "neg")


def _sought(verb) -> bool:
    """A verb that an intent or an attempt governs ("plans to raise", "tried to block"), or an infinitive of
    purpose ("needed 60 votes to clear"): what was meant or tried, not what happened."""
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in sought_governors()


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
    table = frame_words()["request"]
    phrase = predicate_phrase(verb)
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
                _, theme = roles(asked)
                found.append(Clause(predicate_phrase(asked), verb.lemma_.lower() if denied else "", agent, theme))
    return found


def _intended(verb, agent: str, negation: str) -> list[Clause]:
    """What a noun of intent says its holder will or will not do, as a clause of its own: "has no intention of
    running" -> not run; "there are no plans to raise taxes" -> not raise (taxes); "has plans to raise" -> raise."""
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "attr", "nsubj") or noun.lemma_.lower() not in frame_words()["intent"]["nouns"]:
            continue
        denied = negation or next((c.lower_ for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), "")
        for complement in noun.children:
            if complement.dep_ == "prep" and complement.lower_ == "of":
                complement = next((c for c in complement.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            elif not (complement.dep_ == "acl" and complement.pos_ == "VERB"):
                continue
            if complement is not None:
                theme = _clause_roles(complement)[1]
                found.append(Clause(predicate_phrase(complement), denied, agent, theme, intent=True))
    return found


def _clause_roles(verb) -> tuple[str, str]:
    """A clause's (agent, theme), with what the clause shares with the verb it hangs on: "X voted to hear":
    X hears; "X backed talks but rejected meeting Y": X rejected; and a verb's clause as its theme when it has
    no object ("rejected meeting Y", "would agree to meet Y")."""
    agent, theme = roles(verb)
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ in ("xcomp", "conj") or _participle_on_verb(verb)):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        agent = agent or text_of(subject)
    complement = next((c for c in children if c.dep_ == "xcomp"), None)
    has_object = any(c.dep_ in ("dobj", "attr", "nsubjpass", "csubjpass") for c in children)
    if complement is not None and not has_object:
        agent, theme = text_of(subject), " ".join(t.text for t in complement.subtree)
    elif not theme or theme == agent:  # an intransitive verb's aim: "running for president"
        aim = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "against")
                    and not when_phrase(c)), None)  # not "on Friday"
        theme = text_of(aim) if aim is not None else theme
    return agent, theme


def _participle_on_verb(verb) -> bool:
    """A present participle hung on a verb without a subject or a word that opens it ("discussed the ceasefire,
    meeting in Geneva on Friday"): its doer is the subject of the verb it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)
