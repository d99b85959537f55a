"""Predicates: a verb as crosscheck compares it, read from spaCy's parse. Its phrase ("call off", "take place"),
its roles (agent: who does it; theme: what it happens to), and the words of data/frames.toml that say which
predicates are one happening (synonyms, statuses of one event) and which carry none of their own (light verbs).
"""
from __future__ import annotations

import functools

from .lexicon import amount_directions, data_table, opposite_pairs

# Verbs of a contest's outcome: "X defeated Y", "X took down Y".
WINNING = {"win", "defeat", "beat", "take down", "edge", "top", "oust", "unseat"}


@functools.cache
def frame_words() -> dict:
    return data_table("frames.toml")


@functools.cache
def containers() -> frozenset[str]:
    """Nouns that hold what is counted rather than name it ("number", "level", "share")."""
    return frozenset(frame_words()["containers"]["nouns"])


@functools.cache
def winning_places() -> tuple[frozenset[str], frozenset[str]]:
    """frames.toml's verbs that win the place they take ("carried New York") and the common nouns of places
    won ("the state"), as sets, built once."""
    table = frame_words()["winning_places"]
    return frozenset(table["verbs"]), frozenset(table["nouns"])


@functools.cache
def _statuses() -> dict[str, str]:
    return {phrase: status for status, phrases in frame_words()["status"].items() for phrase in phrases}


def status_of(predicate: str) -> str:
    return _statuses().get(predicate, "")


def status_conflict(x: str, y: str) -> bool:
    return bool(x and y and y in frame_words()["status_conflicts"].get(x, []))


@functools.cache
def synonym_groups() -> tuple[frozenset[str], ...]:
    """The synonym groups of data/frames.toml: verbs that name one happening ("killed" and "died")."""
    return tuple(frozenset(group) for group in frame_words()["synonyms"]["groups"])


def converse(x: str, y: str) -> bool:
    """Two verbs of one transfer told from either end ("handed" / "grabbed", "sold" / "bought"): data/frames.toml."""
    return any((x in giving and y in getting) or (y in giving and x in getting) for giving, getting in _converse_pairs())


@functools.cache
def _converse_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((frozenset(giving), frozenset(getting)) for giving, getting in frame_words()["converse"]["pairs"])


@functools.cache
def transfer_ends() -> tuple[frozenset[str], frozenset[str]]:
    """Every verb of giving and every verb of getting of the converse pairs ("sell" / "buy", "give" / "receive")."""
    pairs = _converse_pairs()
    return frozenset().union(*(giving for giving, _ in pairs)), frozenset().union(*(getting for _, getting in pairs))


@functools.cache
def outcome_verbs() -> frozenset[str]:
    """Verbs of an outcome ("rejected", "agreed"): an act of their own even where they also report speech."""
    return frozenset(w for _, one, other in opposite_pairs() for w in one | other)


def same_predicate(x: str, y: str) -> bool:
    """The same verb, or two verbs of one synonym group ("killed" and "died") or that move an amount the same
    way ("rose" and "climbed")."""
    return bool(x and y) and (spelled_alike(x, y)
                              or any(x in g and y in g for g in synonym_groups() + amount_directions()))


def one_way(x: str, y: str) -> bool:
    """Two words that move an amount the same way, whether they move it or tell it moved ("an increase" / "raise", "a
    cut" / "fell"; frames.toml [reading] `directions`, `moved_object`)."""
    table = frame_words()["reading"]
    return any(any(same_predicate(x, v) for v in verbs) and any(same_predicate(y, v) for v in verbs)
               for verbs in ((table["directions"][way], table["moved_object"][way]) for way in ("up", "down")))


def spelled_alike(x: str, y: str) -> bool:
    """One verb, or one in British and American spelling ("apologise" / "apologize", "criticise" / "criticize")."""
    return x == y or _us_spelling(x) == _us_spelling(y)


def _us_spelling(verb: str) -> str:
    return verb[:-3] + "ize" if verb.endswith("ise") else verb


@functools.cache
def people_counts() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs whose bare count counts people ("hundreds were killed", "12 were arrested"), and the nouns that
    count people and nothing narrower."""
    table = frame_words()["people_counts"]
    return frozenset(table["verbs"]), frozenset(table["nouns"])


@functools.cache
def symmetric_predicates() -> frozenset[str]:
    """Acts two parties do together, so either can be the subject ("Biden met Xi" / "Xi met Biden")."""
    return frozenset(frame_words()["symmetric"]["verbs"])


@functools.cache
def quality_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Opposite qualities of one thing (frames.toml [qualities]): "temporary" / "permanent"."""
    return tuple((frozenset(one), frozenset(other)) for one, other in frame_words()["qualities"]["pairs"])


@functools.cache
def quality_words() -> frozenset[str]:
    """Every word of the quality pairs, either side."""
    return frozenset(w for pair in quality_pairs() for side in pair for w in side)


def opposite_qualities(x: str, y: str) -> bool:
    return any(x in one and y in other or x in other and y in one for one, other in quality_pairs())


@functools.cache
def sought_governors() -> frozenset[str]:
    """Verbs of intent or attempt: what they govern was meant or tried, not done ("plans to raise")."""
    return frozenset(frame_words()["intent"]["verbs"]) | frozenset(frame_words()["intent"]["attempts"])


def light(predicate: str) -> bool:
    return predicate in frame_words()["light"]["verbs"]


def light_object_head(verb: str) -> bool:
    """A verb whose object names the happening ("received federal approval": approved)."""
    return verb in frame_words()["light"]["object_heads"]


@functools.cache
def _phrases() -> frozenset[str]:
    """The verb phrases the data files name: statuses, verbs of winning, outcomes and synonyms."""
    return frozenset(_statuses()) | WINNING | outcome_verbs() | {w for g in synonym_groups() for w in g if " " in w}


def predicate_phrase(root) -> str:
    """The predicate's lemma with its particle or fixed complement ("go ahead", "call off", "take place")."""
    lemma = root.lemma_.lower()
    reached = _state_reached(root)
    if reached:
        return reached
    for child in root.children:
        if child.dep_ in ("prt", "advmod", "dobj", "prep", "oprd", "acomp", "advcl") and child.i > root.i:  # "keep ... open"
            phrase = f"{lemma} {child.lemma_.lower()}"
            if phrase in _phrases():  # "struck down", "turned out"
                return phrase
    return lemma


def _state_reached(root) -> str:
    """The act a light verb's state tells ("brought to a standstill", "ground to a halt", "came to an end": halt, halt,
    end; frames.toml [states_reached] `acts`), or ""."""
    table = frame_words()["states_reached"]
    if root.lemma_.lower() not in table["light_verbs"]:
        return ""
    state = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"), None)
    return table["acts"].get(state.lemma_.lower(), "") if state is not None else ""


def roles(root) -> tuple[str, str]:
    """(agent, theme): active subject and object; a passive's "by" phrase and subject; an intransitive's subject."""
    children = list(root.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "csubj")), None)
    passive = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    told_of = told_of_by(root) if root.dep_ == "relcl" else _clefted(root)  # "Pelosi, who rejected the picks": Pelosi
    obj = _own_object(root, next((c for c in children if c.dep_ in ("dobj", "attr")), None))
    by = by_agent(root)
    if subject is None and passive is None and root.dep_ == "acl" and root.i == root.head.i + 1:
        # a sentence parsed as one noun phrase ("The measure passed by a vote of 51 to 49"): the noun before
        noun = " ".join(t.text for t in root.head.subtree if t.i < root.i)
        return ("", noun) if obj is None else (noun, text_of(obj))
    if obj is None and predicate_phrase(root) != root.lemma_.lower():  # "voted down the merger", read as a preposition
        obj = next((g for c in children if c.dep_ in ("prep", "prt")
                    and predicate_phrase(root).endswith(" " + c.lemma_.lower())
                    for g in c.children if g.dep_ == "pobj"), None) or _to_own_object(root)
    subject_text, passive_text = (noun_phrase(told_of) if told_of is not None and r is not None
                                  and r.tag_ in ("WP", "WDT") else text_of(r) for r in (subject, passive))
    if passive is not None:
        return text_of(by), passive_text
    if obj is not None:
        return subject_text, _object_with_its_complement(root, obj)
    told = next((c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > root.i), None)
    if subject is not None and told is not None:  # "Clinton proposed they debate": a clause is what she proposed
        return subject_text, text_of(told)
    return "", subject_text


def _object_with_its_complement(root, obj) -> str:
    """The object's words, with the "on" phrase right after it that the parse hung on the verb where the object is a
    noun whose "on" tells what it bears on ("upheld the ban on night-time blasting": the ban on night-time blasting;
    frames.toml [complements] `on`); not a day ("upheld the ban on Tuesday")."""
    written = text_of(obj)
    last = max(t.i for t in obj.subtree)
    if obj.lemma_.lower() not in frame_words()["complements"]["on"]:
        return written
    following = next((c for c in root.children if c.dep_ == "prep" and c.i == last + 1 and c.lower_ == "on"), None)
    if following is None or any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTITIES for g in following.children):
        return written  # ("on Tuesday"; not "on night flights", whose "night" alone is a time)
    return f"{written} {text_of(following)}"


def _to_own_object(root):
    """What a phrase of a verb and its own object is done to, told after "to" ("put their names to the accord": the
    accord), or None."""
    own = next((c for c in root.children if c.dep_ == "dobj" and predicate_phrase(root).endswith(" " + c.lemma_.lower())),
               None)
    if own is None:
        return None
    return next((g for c in (*root.children, *own.children) if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"), None)


def by_agent(verb):
    """The doer a passive names in its "by" phrase ("was signed by the governor": governor), or None; not a time the
    parse reads as one ("will be shut down by 2027", "must be paid by Friday": a deadline)."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTITIES), None)


def _own_object(root, obj):
    """What the verb acts on: not the noun of its own phrase ("The debate took place": nothing, so the debate is what
    happened); for a verb that tells a happening went ahead, what its "with" phrase names ("he would go ahead with the
    meeting", "the council proceeded with the vote": frames.toml `[status_with]`), not where the subject is what went
    ahead ("The festival went ahead with a reduced crowd") or the phrase tells what went on meanwhile ("went ahead
    with 60 members making the journey")."""
    phrase = predicate_phrase(root)
    if obj is not None and phrase.endswith(" " + obj.lemma_.lower()):
        obj = None
    table = frame_words()["status_with"]
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if obj is None and phrase in table["verbs"] and not (subject is not None and _happening_noun(subject, table)):
        with_what = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                          for g in c.children if g.dep_ == "pobj"), None)
        if with_what is not None and not any(t.pos_ == "VERB" for t in with_what.subtree):
            obj = with_what
    return obj


def _happening_noun(token, table) -> bool:
    """A noun of something that is held ("the festival", "the meeting"): frames.toml [status_with] `happenings`
    and [held_nouns]."""
    lemma = token.lemma_.lower()
    return lemma in table["happenings"] or lemma in frame_words()["held_nouns"]["nouns"]


def recipient(root) -> str:
    """To whom (or where) the act went: the dative ("gave Ukraine tanks") or the "to" phrase on the verb ("sent
    tanks to Ukraine", "sold the company to Microsoft"); "" when neither is there."""
    dative = next((c for c in root.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    if dative is None:
        dative = next((g for c in root.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"), None)
    if dative is None or dative.like_num or dative.ent_type_ in ("PERCENT", "MONEY", "DATE", "TIME", "CARDINAL") \
            or dative.lemma_.lower() in frame_words()["states_reached"]["nouns"]:
        return ""  # "fell to 42%", "delayed to Friday", "brought to a standstill": a level, a day or a state
    return noun_phrase(dative)


def partner(root) -> str:
    """Whom the act was done with: the "with" phrase on a verb of meeting ("met with the governor", "spoke with union
    leaders") or on the happening's noun it holds ("held talks with the mayor", "had a meeting with the board");
    frames.toml `[partners]` and `[held_nouns]`. "" when none."""
    nouns, verbs, light_verbs, objects = partner_words()
    held = [c for c in root.children if c.dep_ == "dobj" and (c.lower_ in nouns or c.lemma_.lower() in nouns)]
    verb = root.lemma_.lower()
    # "held talks with the mayor": the parser may hang "with" on the light verb
    heads = [root] if verb in verbs or held and verb in light_verbs else []
    heads += held
    withs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    met = [c for c in root.children if c.dep_ == "dobj"] if verb in objects else []
    return " ".join(noun_phrase(g) for g in withs + met)


@functools.cache
def partner_words() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """frames.toml: the happenings' nouns (`[held_nouns]`), and the verbs whose "with" names a partner, the light
    verbs that hold such a noun and the verbs whose object is the partner (`[partners]`). `partner` reads them for
    every verb."""
    table = frame_words()
    partners = table["partners"]
    return (frozenset(table["held_nouns"]["nouns"]), frozenset(partners["verbs"]), frozenset(partners["light_verbs"]),
            frozenset(partners["objects"]))


def noun_phrase(noun) -> str:
    """The noun's phrase without the clauses on it ("India, which resold it to Europe": "India ,")."""
    return " ".join(t.text for t in noun.subtree if not _under_clause(t, noun)).rstrip(" ,")


def _under_clause(token, top) -> bool:
    """The token is in a clause on a noun below `top` ("India, which resold it to Europe": "resold it to Europe")."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _clefted(clause):
    """The noun a cleft puts first ("It was China that asked for the call": China), or None."""
    be = clause.head
    if clause.dep_ != "ccomp" or be.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < clause.i), None)


def told_of_by(clause):
    """The noun a relative clause tells of: the one it hangs on, but for a date the parser hung it on that the
    clause cannot be of, a "which" that acts on something ("The decision on Thursday, which cut the rate":
    the decision, not Thursday)."""
    noun = clause.head
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that")), None)
    acts = pronoun is not None and any(c.dep_ == "dobj" for c in clause.children)
    if acts and noun.ent_type_ in TIME_ENTITIES and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


def on_spine(token, top) -> bool:
    """Reached from the span's root through clausal links only."""
    while token.i != top.i and token.dep_ != "ROOT":
        if token.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "parataxis") or token.head.pos_ not in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def text_of(token) -> str:
    if token is None:
        return ""
    return " ".join(t.text for t in token.subtree)


TIME_ENTITIES = ("DATE", "TIME")


def when_phrase(token, objects_only: bool = False) -> bool:
    """A phrase that says when ("on Tuesday", "in 2021"): a preposition that takes a date or time; with
    `objects_only`, only as its object ("pobj"), as claims reads a time phrase between a noun and its clause."""
    return token.dep_ == "prep" and any(c.ent_type_ in TIME_ENTITIES and (c.dep_ == "pobj" or not objects_only)
                                        for c in token.children)


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}  # who can act, own a figure, or be acted on by name


_PLACING = ("in", "at", "near", "into", "inside", "off")  # prepositions that place what happened ("sank off Crete")
_AT_A_NAMED_THING = ("at", "near", "into", "inside")  # "into the Cincinnati arena"; "in a U.S. airstrike" is no place


def located(span):
    """(place entity, its preposition) for each place name in an "in", "at", "near", "into", "inside" or "off"
    phrase."""
    for entity in span.ents:
        if entity.label_ not in PLACE_ENTITIES:
            continue
        head = entity.root
        while head.dep_ in ("appos", "conj") and head.head.i != head.i:  # not "compound": "a U.S. airstrike"
            head = head.head
        if head.dep_ == "compound" and head.head.dep_ == "pobj" and head.head.head.lower_ in _AT_A_NAMED_THING:
            head = head.head  # "at the Detroit plant" (but "in a U.S. airstrike" places nothing)
        if named_by_kind(head):
            head = head.head.head  # "near the town of Ambato": placed where the town is
        head = _place_of_part(head)
        preposition = head.head if head.dep_ == "pobj" else None
        if preposition is not None and preposition.lemma_.lower() in _PLACING:
            yield entity, preposition
    yield from _untagged_places(span)


def _place_of_part(head):
    """The noun of a part of a place whose "to" or "of" holds the place ("at the entrance to the port of Durban": the
    entrance, placed by "at"; places.toml [parts]), or the place's own noun."""
    above = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "of") else None
    if above is not None and above.dep_ == "pobj" and above.lower_ in _place_parts():
        return above
    return head


@functools.cache
def _place_parts() -> frozenset[str]:
    return frozenset(data_table("places.toml")["parts"]["nouns"])


def named_by_kind(head) -> bool:
    """The name is the "of" object of a noun of a kind of place (places.toml [kinds]: "the town of Ambato")."""
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _place_kinds() \
        and of.head.dep_ == "pobj"


@functools.cache
def _place_kinds() -> frozenset[str]:
    return frozenset(data_table("places.toml")["kinds"]["nouns"])


def _untagged_places(span):
    """A name in an "in", "at" or "near" phrase that the recogniser tagged as no place ("arrested in Lyon",
    read as a person's name) but the gazetteer knows as one, or that a kind of place names ("off the island of
    Lampedusa", read as a person's name, unknown to the gazetteer)."""
    from .config import Settings
    from .gazetteer import locate

    for token in span:
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.ent_type_ in PLACE_ENTITIES:
            continue
        name = span.doc[min(t.i for t in token.subtree if t.dep_ == "compound" or t == token):token.i + 1]
        if named_by_kind(token) and token.head.head.head.lemma_.lower() in _PLACING:
            yield name, token.head.head.head  # "off the island of Lampedusa": the kind says it is a place
            continue
        if token.head.lemma_.lower() not in _PLACING:
            continue
        # only a place the gazetteer places without doubt: a name it does not know, or shares between far-apart
        # places, stays no place
        if name.text[:1].isupper() and locate(name.text, Settings.place_prominence) is not None:
            yield name, token.head
