"""Measures: a claim's figures, each with the variable it measures (what is counted, by which predicate, in which
period and places, level or change), and the figures only frames read: ages ("who was 86", "at the age of 84",
"McAfee, 75,", "the victim, 34,", "in his seventies"), durations ("hourlong", "an 11-day war", "sentenced to ten
years", "from 16:00 until 22:00", a stoppage's: "a three-week halt"), vote tallies ("94-1", "19-to-0", "voted 1,840
to 960", "with 1,480 in favour and 960 against", "unanimously") and vague amounts ("dozens", "a few hundred").
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from . import features
from .figures import (AGE_BEFORE, NUMBER_WORD, approximated, bounds, part_of_period, point_after, scale_after,
                      set_beside_share, share_words, word_number)
from .lexicon import amount_verbs
from .periods import window_of_period
from .predicates import (ACTOR_ENTITIES, TIME_ENTITIES, containers, frame_words, light, located, named_by_kind,
                         predicate_phrase, told_of_by)
from .types import Measure, Quantity

_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0}
# A calendar unit's shortest and longest length in hours: "two months" is 56 to 62 days, so "60 days" is one of
# them (a pair of tests/test_judged_pairs.py), where 730 hours a month alone made it a conflict.
_CALENDAR_HOURS = {"month": (672.0, 744.0), "year": (8760.0, 8784.0)}
# a number of votes, with its thousands written ("1,840") or not
_VOTES = r"(\d{1,3}(?:,\d{3})+|\d{1,4})"
_TALLY = re.compile(r"\b(\d{1,3})\s*(?:-to-|-|–|—)\s*(\d{1,3})\b"
                    rf"|\b(?:vote[ds]?(?: was| of)?|by) {_VOTES} to {_VOTES}\b"
                    rf"|\b(?:[Bb]y )?{_VOTES} votes to {_VOTES}\b"  # "passed by 220 votes to 208", "1,840 votes to 960"
                    # "with 88 (lawmakers) voting in favour and 62 against", "88 votes for, 62 against"
                    rf"|\b{_VOTES} (?:[A-Za-z]+ ){{0,2}}?(?:in favou?r|for)(?:,| and| to| with| while)? {_VOTES}"
                    r"(?: (?:votes?|voting))? against\b")
# a vote's margin alone ("by a margin of 11 votes", "by a majority of 40", "by 12 votes", "a 12-vote majority")
_MARGIN = re.compile(rf"\bby (?:a (?:margin|majority) of )?(\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|{NUMBER_WORD}) votes?\b"
                     rf"(?! to\b)|\bby a (?:margin|majority) of (\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|{NUMBER_WORD})\b"
                     rf"|\ba {_VOTES}-vote (?:margin|majority)\b", re.I)
# a tally told by its sides, a vote whatever verb the claim uses ("with 1,480 in favour and 960 against")
_SIDED_TALLY = re.compile(rf"\b{_VOTES} (?:[A-Za-z]+ ){{0,2}}?(?:in favou?r|for)\b.{{0,30}}\b{_VOTES}"
                          r"(?: (?:votes?|voting))? against\b")
# a tally in words, not a span of hours ("from nine to five", "nine to two o'clock"); read beside a word of voting only
_TALLY_IN_WORDS = re.compile(rf"(?<!from )\b({NUMBER_WORD})(?: votes?)? to ({NUMBER_WORD})\b"
                             r"(?! o'clock| ?[ap]\.?m\b| in the (?:morning|afternoon|evening))", re.I)
_CLOCK = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?(\d{1,2}):(\d{2})\b.{0,20}?\b(?:until|to|till)\s+"
                    r"(?:about\s+|around\s+)?(\d{1,2}):(\d{2})", re.I)
# "85% more than a year ago", "12 percent higher than in May": a change from what it is compared with (not "rose
# to 4% up from 3.5%": "up from" follows a level), a time phrase between or none ("27 percent higher in January than
# a year earlier")
_COMPARED = re.compile(r"\s*(?:more|higher|less|lower|fewer|greater|smaller)\s+(?:(?:in|on|during|over|for)\s+"
                       r"(?:the\s+)?(?:[A-Za-z]+\s+){1,3}?)?than\s+", re.I)
_LABEL_WORDS = 4  # the longest label before a list line's colon ("Army:", "New York City:", "Fully vaccinated adults:")
_AVERAGE = re.compile(r"\b(?:average[ds]?|mean|median)\b", re.I)


def measure(q: Quantity, span, root) -> Measure | None:
    """The figure with its measured variable; None for a time unit that is no duration ("over the past three weeks")."""
    text = span.text
    halted = ""
    if q.unit in _HOURS:
        start = text.find(q.text)
        unit_token = next((t for t in span if t.idx - span.start_char >= start >= 0 and t.lemma_.lower() == q.unit), None)
        if unit_token is not None and not _durative(unit_token):
            return None
        halted = _what_lasted(unit_token) if unit_token is not None else ""
    low, high = bounds(q)
    high = None if high == float("inf") else high
    before = text[:max(text.find(q.text), 0)]
    unit, counts = q.unit, q.counts
    age_told = AGE_BEFORE.search(before) is not None
    if age_told and unit == "count":
        unit, counts = "age", ""
    # "died at the age of 78", not "a boy aged 15" (the verb "aged" describes its noun)
    at_act = unit == "age" and age_told and q.predicate not in ("", "age") \
        and not _aged_describes(_token_at(span, len(before)))
    if unit in _HOURS:  # a duration: its value and bounds in hours, one scale for "two days" and "48 hours"
        shortest, longest = _hour_bounds(unit)
        low, high = low * shortest, (None if high is None else high * longest)
        q, unit = replace(q, value=q.value * _HOURS[unit], counts=halted), "hour"
        counts = halted
        if unit_token is not None and _term_given(unit_token):
            q = replace(q, predicate="sentence")  # "was given three years by the judge": a sentence
    if _after_speech(span, q.predicate, len(before)) and root.lemma_.lower() not in features.reporting_verbs():
        q = replace(q, predicate=root.lemma_.lower())  # "Police said between 25 and 30 people were hurt", misparsed
    if q.value == 1 and not counts and unit == "count":
        return None  # "one" without a counted noun is mostly a pronoun ("including one with diplomatic status")
    if not counts and unit == "count" and q.predicate == root.lemma_.lower():
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if subject is not None and not any(t.like_num for t in subject.subtree):
            counts = subject.lemma_.lower()  # "unemployment claims dropped to 293,000"
            q = replace(q, counts=counts)
    change = _change_noun(verb_named(span, q.predicate))
    if change is not None:  # "October saw a decline in the jobless rate, to 4.8 percent": the decline's figure
        counts = _changed_in(change) or counts
        q = replace(q, predicate=change.lemma_.lower(), counts=counts)
    valued = _valued(span, len(before), q.predicate)
    if valued is not None:  # "put turnout at 48 percent": the figure is what turnout is (a container below)
        counts = valued.lemma_.lower()
        q = replace(q, counts=counts, predicate="be")
    noun = _counted_noun(span, q)
    if unit == "%" and not counts and _ELIGIBLE.match(text[len(before) + len(q.text):]):
        counts = "voter"  # "47 percent of those eligible voted": a share of the voters
        q = replace(q, counts=counts)
    group = _taken_among(span, len(before)) if unit == "%" and not counts else None
    if group is not None:  # "Among primary school teachers in Scotland, 71 percent backed ...": a share of teachers
        noun, counts = group, group.lemma_.lower()
        q = replace(q, counts=counts)
    modifiers, narrowing = _noun_modifiers(noun, span.start_char + len(before))
    if unit == "age":  # "the 55-year-old captain": "old" and "aged" write the age, no kind of captain
        modifiers, narrowing = (tuple(w for w in words if w not in frame_words()["ages"]["words"])
                                for words in (modifiers, narrowing))
    if unit == "%" and _turnout(counts, verb_named(span, q.predicate)):
        # "51 per cent of registered voters took part"; "young voters" stay a part ([counted] `parts`)
        counts = "turnout"
        modifiers = tuple(w for w in modifiers if w in frame_words()["counted"]["parts"])
        q = replace(q, counts=counts)
    # "150 people killed", "people who died": that verb's figure; not a share of a whole it describes ("59
    # percent of the votes cast" is what was won)
    participle = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) \
        if noun is not None and noun.head.lower_ != "of" else None
    if participle is not None and valued is None:
        q = replace(q, predicate=participle.lemma_.lower())
    if counts in containers():  # "the number of murders" counts murders; "the share of the Latino vote", the vote
        container = _counted_noun(span, replace(q, counts=counts))
        of = next((g for c in container.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if container is not None else None
        counts = of.lemma_.lower() if of is not None else counts
    after = text[text.find(q.text) + len(q.text):] if q.text in text else ""
    reading = "level" if q.approx == "to" else _reading(before, after)  # "$54 million to $56 million": one range
    verb = verb_named(span, q.predicate)
    if reading == "level" and _moved_from(span, len(before), verb):
        reading = "origin"  # "the 916,000 gain was revised down to 770,000": 916,000 is where it was moved from
    if reading == "change" and unit != "points" and _by_the_doers(span, len(before)):
        reading = "level"  # "a lawsuit filed by five officers": who did it, no change by five (points do nothing)
    if _AVERAGE.search(" ".join(before.split()[-6:])):
        reading = "average"  # "the average weekly number of cases was 1,200" is no count of one week
    if reading == "level" and q.predicate in amount_verbs() and _right_after(span, len(before), q.predicate) \
            and q.text.split()[0].lower() not in ("below", "above", "under", "over", "beneath"):
        reading = "change"  # "rose 3%": by 3%, where "rose to 3%" and "fell below 50%" are levels
    if re.match(r"\s*(?:\w+\s+){0,2}(?:per|a|an|each|every)\s+(?:1,000|100,000|\d+|capita|day|week|month|year|person|"
                r"people|woman|women|man|men|resident|child)\b", after, re.I) and unit == "count":
        unit = "rate"  # "55.8 births per 1,000 women", "23,600 a day"
    if _required(verb) or _aimed_at(before):
        reading = "threshold"  # "It takes 1,237 delegates to win", "the 176 seats needed to govern": no count held
    if reading == "change" and light(q.predicate):  # "sales were up 5 percent": the direction is the predicate
        word = before.lower().split()[-1] if before.split() else ""
        q = replace(q, predicate=frame_words()["reading"]["directions"].get(word, q.predicate))
    told_of = _direction_told_of(span, len(before))
    if told_of is not None:  # "Profits fell 7%, with sales up 12%": the 12% is the sales' rise, not the fall
        direction, noun = told_of
        counts = noun.lemma_.lower()
        q = replace(q, predicate=frame_words()["reading"]["directions"][direction.lower_], counts=counts)
    q = replace(q, predicate=_moved_by_particle(verb) or q.predicate)
    return Measure(q.text, q.value, unit, low, high, counts, q.predicate, q.period or "", reading,
                   hedge=_figure_hedge(span, root, verb), aside=_aside(verb), modifiers=modifiers,
                   narrowing=narrowing, rounded=not q.approx and low != high,
                   scope=_scope(span, verb) + _label(span) + _owner(span, len(before)),
                   beside_main=not features.in_main_clauses(verb, root), at_act=at_act,
                   among=modifiers + _qualifying_phrases(group) if group is not None else ())


# a share "of those eligible", "of the registered": of the voters, the adjective standing for them
_ELIGIBLE = re.compile(r"\s*of\s+(?:those|the)\s+(?:eligible|registered|entitled)\b(?!\s+(?!to\b)[a-z]+s\b)", re.I)


def _aged_describes(figure) -> bool:
    """The figure follows an "aged" that describes a noun ("the captain, aged 58,", "a boy aged 15"): the person's age,
    told at no act of theirs, where "died aged 90" is their age when they died."""
    aged = figure.doc[figure.i - 1] if figure is not None and figure.i > 0 else None
    return aged is not None and aged.lower_ == "aged" and aged.dep_ in ("amod", "acl") \
        and aged.head.pos_ in ("NOUN", "PROPN")


def _turnout(counts: str, verb) -> bool:
    """A share of voters told to have taken part (frames.toml [variables] `turnout_of`, `turnout_acts`): the turnout."""
    table = frame_words()["variables"]
    if verb is None or counts not in table["turnout_of"]:
        return False
    lemma = verb.lemma_.lower()
    acts = {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("dobj", "prt")}
    sided = any(c.dep_ == "prep" and c.lower_ in ("for", "against", "to") for c in verb.children)
    return bool(acts & set(table["turnout_acts"])) and not (lemma == "vote" and sided)


def _taken_among(span, offset: int):
    """The noun of the group a share is taken among, in an "among" phrase before the figure that opens the sentence
    or a clause ("Among primary school teachers in Scotland, 71 percent ..."), or None."""
    return next((c for token in span if token.idx - span.start_char < offset
                 and (token.lower_ == "among" and (token.i == span.start or token.doc[token.i - 1].text in (",", ";", "—"))
                      or token.lower_ == "of" and token.i == span.start)  # "Of the region's fruit growers, 78 percent"
                 for c in token.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _qualifying_phrases(noun) -> tuple[str, ...]:
    """The nouns of the phrases after a group's noun that narrow it ("Among hotels on the coast": coast; "among
    farmers in the north": north), besides its modifiers."""
    return tuple(g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ != "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))


def _moved_by_particle(verb) -> str:
    """The verb of amount a verb and its particle stand for ("took its rate down": cut; "prices were pushed up":
    rise), or ""."""
    table = frame_words()["reading"]
    if verb is None or verb.lemma_.lower() not in table["moved_by_particle"]:
        return ""
    directions = table["moved_object"] if any(c.dep_ == "dobj" for c in verb.children) else table["directions"]
    return next((directions[c.lower_] for c in verb.children
                 if c.dep_ in ("prt", "advmod") and c.lower_ in directions), "")


def _required(verb) -> bool:
    """The figure is what something takes, needs or requires: a verb of need (frames.toml, `threshold`) with the
    purpose it serves ("needed to govern"); "take" only with "it" for subject ("It takes 1,237 to win", not
    "took 55 percent to win")."""
    if verb is None or verb.lemma_.lower() not in frame_words()["threshold"]["verbs"]:
        return False
    purpose = any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    subject = next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "expl")), "")
    return purpose and (verb.lemma_.lower() != "take" or subject == "it")


def _after_speech(span, predicate: str, offset: int) -> bool:
    """The figure's verb is a verb of speech written before it: what was said holds the figure ("Police said
    between 25 and 30 people were hurt"), where "40 percent of respondents said" counts the speakers."""
    if predicate not in features.reporting_verbs():
        return False
    verb = next((t for t in span if t.lemma_.lower() == predicate), None)
    return verb is not None and verb.idx - span.start_char < offset


def _aimed_at(before: str) -> bool:
    """The figure is "of" a noun of aim or limit (frames.toml, `threshold` nouns): "a target of 2 million
    masks", "the cap of 125,000 refugees"."""
    last = before.lower().split()[-2:]
    return len(last) == 2 and last[1] == "of" and last[0].rstrip("s") in frame_words()["threshold"]["nouns"]


def _valued(span, offset: int, predicate: str):
    """The object a verb of valuing sets at the figure ("put turnout at 48 percent", "estimated the crowd at
    20,000", "pegged the cost at $2 billion", "the deal, valued at $3 billion"), or None."""
    if predicate not in frame_words()["valuing"]["verbs"]:
        return None
    first = _token_at(span, offset)
    # from the number up to the preposition or verb its phrase hangs on ("$2 billion": "billion", then "at")
    at = next((a for a in first.ancestors if a.dep_ == "prep" or a.pos_ in ("VERB", "ADP")), None) if first else None
    if at is None or at.lower_ != "at" or at.head.lemma_.lower() != predicate:
        return None
    verb = at.head
    if verb.dep_ == "acl":  # "the deal, valued at $3 billion": the noun the participle tells of
        return verb.head
    valued = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if valued is not None and verb.dep_ == "relcl" and valued.tag_ in ("WDT", "WP"):
        return told_of_by(verb)  # "the haul, which was put at $4 million": the haul, not "which"
    return valued


def _scope(span, verb) -> tuple[str, ...]:
    """The places a figure's verb counts it in: place names in an "in", "across" or "throughout" phrase
    of the verb or inside its subject or object ("the death toll in Germany climbed to 143", "the death toll
    from flooding in Western Europe rose above 150"), or named by a kind of place there ("across the province of
    Zeeland")."""
    if verb is None:
        return ()
    holders = {verb.i} | {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree}
    places = []
    for entity in span.ents:
        head = entity.root
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:  # not "compound": "a U.S. airstrike"
            head = head.head
        preposition = head.head if head.dep_ == "pobj" else None
        if named_by_kind(head):  # "across the province of Zeeland": placed where the province is
            preposition = head.head.head.head if head.head.head.dep_ == "pobj" else None
        if (entity.label_ in ("GPE", "LOC") and preposition is not None
                and preposition.lower_ in ("in", "across", "throughout") and preposition.head.i in holders):
            places.append(entity.text)
    places += [entity.text for entity, preposition in located(span)  # "in the town of Tewkesbury"
               if preposition.lower_ == "in" and preposition.head.i in holders and entity.text not in places]
    places += [name for name in _counted_across(span, holders) + _named_by_their_kind(span, holders)
               if name not in places]
    return tuple(places)


def _named_by_their_kind(span, holders: set[int]) -> list[str]:
    """Names a kind of place names ("across the province of Drenthe") where the figure's verb counts it there, whether
    the recogniser tags the name or not."""
    found = []
    for token in span:
        if token.pos_ != "PROPN" or not named_by_kind(token) or token.head.head.dep_ != "pobj":
            continue
        preposition = token.head.head.head
        if preposition.lower_ in ("in", "across", "throughout") and preposition.head.i in holders:
            found.append(span.doc[min(t.i for t in token.subtree):token.i + 1].text)
    return found


def _counted_across(span, holders: set[int]) -> list[str]:
    """Names a figure's verb is counted across ("Across Gloucestershire, 1,200 homes were damaged"): after "across" or
    "throughout" a name is a place's, whatever the recogniser tags it ("Throughout Kent": a person) and whether or not
    the gazetteer knows it."""
    return [span.doc[min(t.i for t in token.subtree):token.i + 1].text for token in span
            if token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in ("across", "throughout")
            and token.head.head.i in holders and token.ent_type_ not in TIME_ENTITIES]


def _owner(span, offset: int) -> tuple[str, ...]:
    """Whose figure it is, by a name's possessive: on what the figure counts or describes ("Biden's 52% approval",
    "CVS's 2.2 million wasted doses", "Trump's 42%"), or on the subject whose level it gives ("Trump's approval
    stood at 52%")."""
    first = _token_at(span, offset)
    if first is None:
        return ()
    node = first
    while node.dep_ in ("nummod", "compound", "quantmod", "nmod", "advmod") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and _possessor(node) is not None:
            break
    owner = _possessor(node) or _owner_by_verb(node)
    return (" ".join(t.text for t in owner.subtree if t.i == owner.i or t.dep_ == "compound"),) if owner else ()


def _owner_by_verb(node):
    """Whose figure it is by the words around it: "76 percent for Trump"; "Trump holds 14 percent" (a verb of
    holding, frames.toml [owning]); "50 percent chose Clinton", "Trump was chosen by 50 percent", "and Clinton by 40
    percent" (a verb of choosing); "Trump's approval stood at 52%", "put Clinton's share at 14 percent" (the level of
    a noun its verb tells of)."""
    owning = frame_words()["owning"]
    named = next((g for c in node.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj" and _a_name(g)), None)
    if named is not None:
        return named
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in owning["holding"]:
        return _named_subject(head, "nsubj")
    if node.dep_ == "nsubj" and head.lemma_.lower() in owning["choosing"]:
        return next((c for c in head.children if c.dep_ == "dobj" and _a_name(c)), None)
    if node.dep_ == "pobj" and head.lower_ == "by":
        chooser = head.head
        if _a_name(chooser):  # "and Clinton by 40 percent"
            return chooser
        if chooser.lemma_.lower() in owning["choosing"]:
            return _named_subject(chooser, "nsubjpass")
    if node.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        told = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        return next((p for c in told if (p := _possessor(c)) is not None), None)
    return None


def _named_subject(verb, dependency: str):
    """The verb's subject of that kind where it is a name, or the name a relative clause's "who" stands for ("Clinton,
    who has 44 percent", "Trump, who was backed by 40 percent"); None else."""
    subject = next((c for c in verb.children if c.dep_ == dependency), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = told_of_by(verb)
    return subject if subject is not None and _a_name(subject) else None


def _a_name(token) -> bool:
    """A name, by its tag or by the recogniser (a possessive the tagger reads as a noun: "Walgreens' doses")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ACTOR_ENTITIES


def _possessor(noun):
    """The name in the noun's possessive ("Biden's approval": Biden); None for a pronoun or none."""
    return next((c for c in noun.children if c.dep_ == "poss" and _a_name(c)), None)


def _label(span) -> tuple[str, ...]:
    """The label that opens a line of a list, before its colon ("Army: 40% fully vaccinated"): whose figures the
    line gives. A few words with no verb; none where the colon opens a quotation or a clause."""
    colon = next((t for t in span[:_LABEL_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i == span.start:
        return ()
    label = span.doc[span.start:colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in label) or not any(_a_name(t) for t in label):
        return ()  # "Update:", "Note:": no one's figures
    return (label.text,)


def _counted_noun(span, q: Quantity):
    """The token of the noun a figure counts: the one of its lemma nearest the figure."""
    start = span.text.find(q.text)
    nouns = [t for t in span if t.lemma_.lower() == q.counts and t.pos_ in ("NOUN", "PROPN")] if q.counts else []
    return min(nouns, key=lambda t: abs(t.idx - span.start_char - start), default=None)


def _noun_modifiers(noun, figure_at: int = -1) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(modifiers, narrowing) of the noun a figure counts: its adjectives, compounds and "of" objects other than the
    figure itself; and of those the adjectives that narrow it to a kind of it ("large" fires, "armed" protesters), not
    a noun in front of it ("death toll" and "toll" are one thing) nor a word that tells how the figure is known or
    that it adds to another ("estimated", "additional": frames.toml [counted] `not_kinds`, [reading] `earlier`).
    Places and nationalities are left out of both: one place has many names ("US" troops, "American" troops)."""
    if noun is None:
        return (), ()
    ignored, not_kinds = _counted_words()
    # with the modifiers of a compound before it ("Average download speeds": average, download)
    nearest = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    before = [c for c in nearest + [g for c in nearest if c.dep_ == "compound" for g in c.children
                                    if g.dep_ in ("amod", "compound") and g.i < c.i]
              if not c.like_num and c.ent_type_ not in ("GPE", "NORP", "LOC")]
    words = {c.lemma_.lower() for c in before}
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.subtree if g.pos_ in ("PROPN", "NOUN", "ADJ")}
    kinds = {c.lemma_.lower() for c in before if c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB")} - not_kinds
    return tuple(sorted((words - ignored) | _brackets(noun, figure_at))), tuple(sorted(kinds))


def _brackets(noun, figure_at: int) -> set[str]:
    """The ages or numbers a phrase after the noun narrows it to ("voters under 30": "under 30"; "people aged 18 to
    24": "aged 18 to 24"), as written: frames.toml [counted] `brackets` with a number in its words. Not the phrase
    that holds the figure itself at `figure_at` (a character offset): "a boy aged 15" is the boy's age, no part."""
    brackets = frame_words()["counted"]["brackets"]
    # the parse may hang the phrase on the share the noun is the "of" object of ("34 percent of voters under 30")
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    children = [*noun.children, *(c for c in whole.children if c.i > noun.i)] if whole is not None else noun.children
    return {" ".join(t.lower_ for t in c.subtree) for c in children
            if c.dep_ in ("prep", "acl", "amod", "advmod") and c.i > noun.i and c.lower_ in brackets
            and any(t.like_num for t in c.subtree) and not any(t.idx == figure_at for t in c.subtree)}


@functools.cache
def _counted_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that are no modifier of a counted noun, words that are no kind of it), built once."""
    table = frame_words()["counted"]
    ignored = frozenset(table["not_modifiers"])
    return ignored, ignored | frozenset(table["not_kinds"]) | frozenset(frame_words()["reading"]["earlier"])


def _aside(verb) -> bool:
    """The figure's verb sits in a clause about another time ("since March 14, 2020, when there were 256,000")."""
    if verb is None or verb.dep_ not in ("relcl", "advcl"):
        return False
    told_of = told_of_by(verb) if verb.dep_ == "relcl" else verb.head  # "The decision on Thursday, which cut ..."
    return told_of.ent_type_ in TIME_ENTITIES \
        and not any(c.lower_ == "where" for c in verb.children)  # "on Tuesday, where five were hurt": a place's


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
    return frozenset(frame_words()["forecast"]["verbs"])


def _right_after(span, offset: int, lemma: str) -> bool:
    """Whether the figure starting `offset` characters into the span follows the verb `lemma` directly."""
    first = _token_at(span, offset)
    if first is None or first.i == span.start:
        return False
    previous = first.doc[first.i - 1]
    previous = first.doc[first.i - 2] if previous.text in ("$", "€", "£") and first.i - 2 >= span.start else previous
    return previous.lemma_.lower() == lemma


def _changed_in(change) -> str:
    """What a noun of change is a change in ("a decline in the jobless rate": rate); "" where it does not say."""
    counted = next((g for c in change.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return counted.lemma_.lower() if counted is not None else ""


def _change_noun(verb):
    """The noun of a change in an amount that a verb has for its object ("saw a decline", "posted an increase",
    "recorded a drop"): the verb only says the change happened."""
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in amount_verbs()), None)


def _hour_bounds(unit: str) -> tuple[float, float]:
    """The shortest and longest length of a time unit in hours (a month 28 to 31 days)."""
    return _CALENDAR_HOURS.get(unit, (_HOURS[unit],) * 2)


def _direction_told_of(span, offset: int):
    """The direction word a figure hangs on and the noun that word tells of, both the figure's own and not its
    clause's verb's ("with sales up 12%", "with sales down 12%", "energy costs down 4%", as the parser hangs them):
    (direction, noun), else None."""
    directions = frame_words()["reading"]["directions"]
    unit = _token_at(span, offset)
    while unit is not None and unit.dep_ in ("nummod", "quantmod", "compound") and unit.head is not unit:
        unit = unit.head  # "12" -> "%"
    if unit is None or unit.dep_ != "npadvmod":
        return None
    head = unit.head
    if head.lower_ in directions:  # "with sales down 12%": the noun is the word's head or its subject
        noun = head.head if head.dep_ == "advmod" else next((c for c in head.children if c.dep_ == "nsubj"), None)
        return (head, noun) if noun is not None and noun.pos_ == "NOUN" else None
    if head.pos_ == "NOUN":  # "with imports up 6%": the figure hangs on the noun, beside its direction word
        direction = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in directions), None)
        return (direction, head) if direction is not None else None
    return None


def _token_at(span, offset: int):
    """The first token starting `offset` characters or more into the span (where a figure's text begins)."""
    return next((t for t in span if t.idx - span.start_char >= offset), None)


def verb_named(span, lemma: str):
    """The span's verb of this lemma: the one a figure's predicate names."""
    return next((t for t in span if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX")), None)


@functools.cache
def _moving_verbs() -> frozenset[str]:
    """Verbs that move a figure to a new value: frames.toml [reading] `moving`, and the verbs of amount."""
    return frozenset(frame_words()["reading"]["moving"]) | amount_verbs()


def _moved_from(span, offset: int, verb) -> bool:
    """The figure starting `offset` characters into the span lies inside the subject of a verb that moves a figure
    to a new value given after "to" ("March's 916,000 gain was revised down to 770,000")."""
    if verb is None or verb.lemma_.lower() not in _moving_verbs():
        return False
    first = _token_at(span, offset)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or subject is None or not subject.left_edge.i <= first.i <= subject.right_edge.i:
        return False
    to = [g for c in verb.children if c.dep_ in ("prep", "advmod", "prt") for p in (c, *c.children)
          if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(t.like_num or t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") for g in to for t in g.subtree)


def _by_the_doers(span, offset: int) -> bool:
    """The figure starting `offset` characters into the span follows a passive's "by" ("filed by five officers",
    "was signed by 40 senators"): it counts who did it."""
    first = _token_at(span, offset)
    by = next((t for t in first.ancestors if t.lower_ == "by"), None) if first is not None else None
    return by is not None and by.dep_ == "agent"


def _reading(before: str, after: str = "") -> str:
    """"level" ("to 373,000"), "change" ("by 2,000"; "dropped 36,000 to 293,000") or "origin" ("up from 11,300")."""
    words = before.lower().split()
    last = words[-1] if words else ""
    if last in ("nearly", "about", "almost", "roughly", "some", "around", "a") and len(words) > 1:
        last = words[-2]
    if last in ("from",) or _from_named(words) or _from_described(words):
        return "origin"
    if last in frame_words()["reading"]["change"] or re.match(r"\s*(?:\w+\s+)?to\s+(?:a\s+)?[\d$€£]", after) \
            or _COMPARED.match(after):
        return "change"
    return "level"


def _from_described(words: list[str]) -> bool:
    """"from an initially reported", "from a previously estimated": the origin, its figure after a few words that
    describe it."""
    if "from" not in words[-4:-1]:
        return False
    earlier = frame_words()["reading"]["earlier"]
    return all(w in earlier for w in _after_last(words, "from"))


def _from_named(words: list[str]) -> bool:
    """"from an initial estimate of", "from the previous reading of": the origin named before its figure."""
    if not words or words[-1] != "of" or "from" not in words[-6:]:
        return False
    between = _after_last(words, "from")[:-1]  # before "of"
    return 0 < len(between) <= 3 and not any(w in ("to", "by", "and", "than") for w in between)


def _after_last(words: list[str], word: str) -> list[str]:
    """The words after the last `word` (which the list holds)."""
    return words[len(words) - words[::-1].index(word):]


def same_span(m: Measure, other: Measure) -> bool:
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


def ages(span) -> list[Measure]:
    """"Powell, who was 86", "McAfee, 75,": a bare number describing a person."""
    ages = []
    for token in span:
        if not token.like_num or _number(token) is None or not 1 <= (_number(token) or 0) < 120:
            continue
        person, act = None, None
        described = token.head.ent_type_ == "PERSON" or _set_off(token) and _person_like(token.head)
        if token.dep_ == "appos" and described:
            person = token.head  # "McAfee, 75,"; "the victim, 34,": a number set off after a noun is its age
        elif token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ == "who" and token.head.dep_ == "relcl":
                person = token.head.head
            elif subject is None and not list(token.children):
                subject = _subject_of_reduced_relative(token.head)
                person = subject if subject is not None and subject.lemma_.lower() in frame_words()["ages"]["people"] \
                    else None  # "the man charged over the attack is 19", the parse giving "is" no subject
            elif subject is not None and not list(token.children):
                person = _person_named(subject)  # "the climber, Tomasz Wierzbicki, was 34 when he vanished"
                if person is None and subject.lemma_.lower() in frame_words()["ages"]["people"]:
                    person = subject  # "the suspect is 19"
                act = next((c for c in token.head.children if c.dep_ == "advcl"
                            and any(w.lower_ == "when" for w in c.children)), None)
        elif token.dep_ == "pobj" and token.head.lower_ == "at" and _at_age_on_copula(token):
            # "Jonsdottir is at 17 the youngest champion": the age now, the copula's subject's
            subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            person = _person_named(subject) if subject is not None else None
        elif token.dep_ == "pobj" and token.head.lower_ == "at" and _closes_phrase(token):
            act = token.head.head
            subject = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            person = _person_named(subject) if subject is not None else None  # "At 38, Ayesha Rahman became"
            if person is None and subject is not None and subject.pos_ == "NOUN" \
                    and act.lemma_.lower() in frame_words()["ages"]["life_acts"]:
                person = subject  # "the actor died in hospital on Friday at 86": an act only a person does at an age
        if person is not None and (person.ent_type_ == "PERSON" or _person_like(person)):
            value = float(_number(token))
            # an age at an act ("was 34 when he disappeared", "At 38, she became") is the age then, compared only
            # with an age told at the same act (align._ages_at_other_acts)
            ages.append(Measure(token.text, value, "age", value, value, person.lemma_.lower(),
                                act.lemma_.lower() if act is not None else "", "", "level", at_act=act is not None))
    return ages + _decades_of_life(span)


def _decades_of_life(span) -> list[Measure]:
    """"The skipper, in his seventies," (70 to 79), "who is in her late sixties" (67 to 69): an age told by its
    decade, of the noun the phrase is said of."""
    found = []
    for match in _DECADE.finditer(span.text):
        start = span.start_char + match.start()
        token = next((t for t in span if t.idx >= start), None)
        decade = _DECADES.get(match.group(3).lower())
        person = _decade_said_of(token) if token is not None else None
        if decade is None or person is None:
            continue
        low, high = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}.get((match.group(2) or "").lower().rstrip("- "),
                                                                         (0, 9))
        found.append(Measure(match.group(0), decade + (low + high) / 2, "age", decade + low, decade + high,
                             person.lemma_.lower(), "", "", "level"))
    return found


_DECADES = {w: 10 * n for n, w in enumerate("_ _ twenties thirties forties fifties sixties seventies eighties "
                                            "nineties".split()) if w != "_"}
_DECADE = re.compile(r"\bin (his|her|their) (early |mid-|mid |late )?(twenties|thirties|forties|fifties|sixties|"
                     r"seventies|eighties|nineties)\b", re.I)


def _decade_said_of(token):
    """The noun "in his seventies" is said of: the noun it is set off after ("The skipper, in his seventies,"), the
    subject of the "be" it completes ("who is in her late sixties": the relative's noun), else None."""
    verb = token.head
    if verb.lemma_ == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            return verb.head
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    set_off = token.i > 0 and token.doc[token.i - 1].text == ","
    return subject if set_off and subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _subject_of_reduced_relative(be):
    """The subject of a participle the parse set beside "be" as a clause of its own where it is a relative clause on
    the subject ("the man [charged over the attack] is 19": man), or None."""
    sibling = next((t for t in reversed(list(be.head.children)) if t.i < be.i and t.tag_ == "VBN"
                    and t.dep_ == be.dep_), None) if be.head.i != be.i else None
    return next((c for c in sibling.children if c.dep_ in ("nsubj", "nsubjpass")), None) if sibling is not None \
        else None


def _person_named(subject):
    """The name a subject gives a person: the subject itself where the recogniser tags it a person ("Ayesha
    Rahman"), the name set beside it ("the climber, Tomasz Wierzbicki,"); else None. A bare number is an age only
    of someone named: "The toll was 34" and "the score was 3" tell no person's."""
    if subject.ent_type_ == "PERSON":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _at_age_on_copula(token) -> bool:
    """"at" and a bare number on a form of "be", a noun phrase of the subject's after it ("is at 17 the youngest
    champion", "was at 34 a veteran"): not "at 38 Downing Street" nor "at 38 degrees", whose noun follows the number
    without a determiner."""
    doc, at = token.doc, token.head
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return at.head.lemma_ == "be" and following is not None and following.lower_ in ("the", "a", "an", "its", "their",
                                                                                     "his", "her")


def _closes_phrase(token) -> bool:
    """The number ends its phrase, before a comma, a full stop or the end ("At 38, she ..."; "... at 38."), so no
    noun or unit follows it ("at 38 degrees", "at 38 Downing Street")."""
    doc = token.doc
    return token.i + 1 >= len(doc) or doc[token.i + 1].text in (",", ".", ";")


# what a name the recogniser tagged as one of these is not: a person with an age
_NOT_PEOPLE = {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "EVENT"}


def _person_like(token) -> bool:
    """A noun, or a name the recogniser took for no place, body, date or amount ("Biles, 28," with "Biles" tagged a
    product)."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PEOPLE


def _set_off(token) -> bool:
    """Between commas, or after a comma at the end of the sentence ("the victim, 34, was shot")."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else "."
    return before == "," and after in (",", ".", ";")


def durations(span) -> list[Measure]:
    """"hourlong", "an 11-day war", "three weeks of fighting", "from 16:00 until 22:00"."""
    found = []
    for token in span:
        word = token.lower_
        if word.endswith("long") and word[:-4] in _HOURS:  # "hourlong", "daylong", "weeklong"
            value = _HOURS[word[:-4]]
            found.append(Measure(token.text, value, "hour", value * 0.75, value * 1.25, "", "", "", "level"))
        elif token.lemma_.lower() in _HOURS and token.i > 0 and (_durative(token) or _delay(token)):
            doc = token.doc
            written = _count_of_unit(doc, token)
            number = _number(written) if written is not None else None
            shown, number = _halves(doc, token, number)
            if number and written is not None and written.i < token.i - 1 and doc[token.i - 1].text != "-":
                shown = doc[written.i:token.i + 1].text  # "a full week", "two whole days"
            if number:
                unit = token.lemma_.lower()
                shortest, longest = _hour_bounds(unit)
                approx, low, high = approximated(written, token, span, number)  # "almost six hours", "more than five"
                kind = "delay" if _delay(token) else _what_lasted(token)
                found.append(Measure(f"{approx} {shown}".strip(), number * _HOURS[unit], "hour", low * shortest,
                                     None if high is None else high * longest, kind, "", "", "level"))
    clock = _CLOCK.search(span.text)
    if clock:
        start, end = int(clock.group(1)) + int(clock.group(2)) / 60, int(clock.group(3)) + int(clock.group(4)) / 60
        hours = (end - start) % 24
        found.append(Measure(clock.group(0), hours, "hour", hours - 0.5, hours + 0.5, "", "", "", "level"))
    return found


def _count_of_unit(doc, unit):
    """The token that counts a unit of time: the word before it ("three days"), before its hyphen ("a 3-hour call"), or
    before a word of wholeness ("a full week", "two whole days", "an entire month": frames.toml [durative] `whole`)."""
    if unit.i == 0:
        return None
    before = doc[unit.i - 1]
    if before.text == "-" or before.lower_ in frame_words()["durative"]["whole"]:
        return doc[unit.i - 2] if unit.i > 1 else None
    return before


def _delay(unit) -> bool:
    """How late (or early) something came or is: "arrived two hours late", "six months behind schedule", "delayed by
    four hours" (frames.toml [durative] `delays`, `delaying`); not "two days later" (a point in time)."""
    words = frame_words()["durative"]
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if unit.head.lower_ in words["delays"] or following is not None and following.lower_ in words["delays"]:
        return True
    return unit.head.lower_ == "by" and unit.head.head.lemma_.lower() in words["delaying"]


def _term_given(unit) -> bool:
    """A count of years or months given or handed to someone with no purpose told ("was given three years by the
    judge", "handed the smuggler nine years"): a sentence, where "given three weeks to appeal" is a time allowed."""
    verb = unit.head
    if unit.dep_ != "dobj" or verb.lemma_.lower() not in frame_words()["durative"]["given"] \
            or unit.lemma_.lower() not in ("year", "month"):
        return False
    return not any(c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children) for c in verb.children)


def stoppage_lasting(unit) -> str:
    """The stoppage a duration is how long of (frames.toml [durative] `stoppages`), as the word of its kind ("halt",
    "strike"): "a three-week halt to shipments", "the suspension lasted eleven days", "shipments were halted for
    eleven days", "after 11 days of stoppage"; "" for any other duration. One stoppage's length, whatever else each
    claim tells, where a duration of another act ("delayed by three weeks") is no stoppage's."""
    kinds = frame_words()["durative"]["stoppages"]
    of = next((g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    candidates = [unit.head] if unit.dep_ in ("compound", "amod", "nmod") else []
    candidates += [of] if of is not None else []
    # ("closed for three days after the crash" is parsed with the days on "after")
    verb = unit.head.head if unit.head.lower_ in ("for", "after", "before") else unit.head
    # "lasted eleven days before dockworkers accepted", parsed with the days on "accepted": the verb it hangs on too
    verbs = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    for verb in (v for v in verbs if v.pos_ in ("VERB", "AUX")):
        candidates += [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for word in candidates:
        lemma = word.lemma_.lower()
        kind = next((k for k, words in kinds.items() if lemma in words), "")
        if kind:
            return kind
    return ""


def _what_lasted(unit) -> str:
    """What a duration is the length of: a stoppage's kind (`stoppage_lasting`), else the work that took it
    (`_work_taking`), else ""."""
    return stoppage_lasting(unit) or _work_taking(unit)


def _work_taking(unit) -> str:
    """What took the time, where a noun's or a gerund's work is said to take it ("Repairs to the bridge took a full
    week": "repair"; "Repainting the lantern took a week": "repaint"), "" otherwise: the work's length, not a
    stoppage's ("the bridge was closed for three days")."""
    verb = unit.head
    if verb.lemma_.lower() != "take" or unit.dep_ not in ("dobj", "npadvmod"):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" or c.dep_ == "csubj"), None)
    return subject.lemma_.lower() if subject is not None else ""


def _halves(doc, unit, number: float | None) -> tuple[str, float | None]:
    """A duration's words and count, halves read: "half an hour" 0.5, "an hour and a half" 1.5, "two and a half
    hours" 2.5."""
    before = [t.lower_ for t in doc[max(0, unit.i - 4):unit.i]]
    if before[-2:] in (["half", "a"], ["half", "an"]):
        return doc[unit.i - 2:unit.i + 1].text, 0.5
    if before[-3:] == ["and", "a", "half"] and len(before) == 4 and _number(doc[unit.i - 4]):
        return doc[unit.i - 4:unit.i + 1].text, _number(doc[unit.i - 4]) + 0.5
    if number and [t.lower_ for t in doc[unit.i + 1:unit.i + 4]] == ["and", "a", "half"]:
        return doc[unit.i - 1:unit.i + 4].text, number + 0.5
    start = unit.i - 2 if doc[unit.i - 1].text == "-" and unit.i > 1 else unit.i - 1  # "a 3-hour call"
    return doc[start:unit.i + 1].text, number


def time_points(span) -> tuple[float, ...]:
    """Points in time counted from the happening ("90% effective six months after", "below 50 percent after
    five months"): two figures at different points are two measurements, not one."""
    points = []
    for token in span:
        if token.i == 0 or token.lemma_.lower() not in _HOURS:
            continue
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        before = token.doc[token.i - 2] if token.i > 1 else None
        if (following is not None and following.lower_ in ("after", "later", "since", "ago", "into")) or (
                before is not None and before.lower_ in ("after", "within")):  # "after five months"
            number = _number(token.doc[token.i - 1])
            if number:
                points.append(number * _HOURS[token.lemma_.lower()])
    return tuple(points)


def unit_hours(unit: str) -> float:
    """The hours of a unit of time ("day": 24), 0 for a word that is none."""
    return _HOURS.get(unit, 0.0)


def counted_hours(unit) -> float:
    """The hours a count of a unit of time tells ("15 days": 360; "a week": 168), 0 where the word is no unit or no
    number counts it."""
    if unit.lemma_.lower() not in _HOURS:
        return 0.0
    number = next((n for n in (_number(c) for c in unit.children if c.dep_ in ("nummod", "det")) if n), None)
    return number * _HOURS[unit.lemma_.lower()] if number else 0.0


def _durative(unit) -> bool:
    """How long something lasted: "an 11-day war", "waited six hours", "lasted two hours", "for three weeks",
    "three weeks of fighting"; not a point or a window in time ("six months after", "over the past three weeks")."""
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    head = unit.head
    if _window_of_period(unit):
        return False
    if following is not None and following.lower_ in ("after", "ago", "later", "earlier", "before"):
        while head.dep_ in ("mark", "advcl") and head.head.i != head.i:
            # "lasted two hours before the services came back", parsed as "two hours before ... came": the
            # hours hang on the clause "before" opens, which itself hangs on the verb that lasted
            head = head.head
        opening = unit.doc[unit.left_edge.i - 1] if unit.left_edge.i > 0 else None
        if head.lemma_.lower() == "for" or (opening is not None and opening.lower_ == "for"):
            # "dragged on for two weeks before the rota was agreed"; "closed for three days after the crash", the
            # days parsed as hanging on "after"
            return True
        if head.lemma_.lower() == "to" and head.head.i != head.i:
            head = head.head  # "stretched to three weeks before a new offer was accepted"
        return head.lemma_.lower() in frame_words()["durative"]["verbs"]
    if unit.dep_ in ("compound", "amod", "nmod") or (following is not None and following.lower_ == "of"):
        return True
    if head.lemma_.lower() == "for" or _spread_over(unit) or _ended_after(unit):
        return True
    penalties = frame_words()["durative"]["nouns"]
    if (head.lower_ == "of" or unit.dep_ == "poss") and (head.head if head.lower_ == "of" else head).lemma_.lower() \
            in penalties:
        return True  # "a prison term of four years", "three years' probation"
    if head.lemma_.lower() == "to" and head.head.i != head.i:  # "sentenced to ten years"
        head = head.head
    if unit.dep_ == "npadvmod" and head.pos_ in ("ADJ", "ADV") and head.head.i != head.i:
        head = head.head  # "spent nine weeks offline", parsed with the weeks on the state they were spent in
    return head.lemma_.lower() in frame_words()["durative"]["verbs"] or _term_given(unit)


def _ended_after(unit) -> bool:
    """How long something lasted, told by when it ended ("a strike that ended after three weeks", "the siege was lifted
    after nine days"): the time after "after" on a verb of ending."""
    after = unit.head
    return after.lower_ == "after" and after.dep_ == "prep" and predicate_phrase(after.head) in frame_words()[
        "durative"]["ending"]


def _window_of_period(unit) -> bool:
    """The unit counts the opening or closing stretch of a period ("in the first eight months of the year", "the last
    three weeks of the campaign"): a window a figure holds for (its period), not how long something lasted."""
    numbers = [c for c in unit.children if c.like_num and c.i < unit.i]
    return bool(numbers) and window_of_period(unit, min(numbers, key=lambda t: t.i))


def _spread_over(unit) -> bool:
    """A time something is spread over ("would climb over six years", "over a period of four years"); not a window
    named by its place in time ("over the past three weeks")."""
    head = unit.head
    if any(c.dep_ in ("det", "amod", "poss") for c in unit.children):
        return False
    if head.lower_ == "of" and head.head.lemma_.lower() == "period":
        head = head.head.head
    counted_over = any(c.dep_ == "nummod" and any(q.lower_ == "over" for q in c.children) for c in unit.children)
    return head.lower_ == "over" or (counted_over and unit.dep_ == "npadvmod" and head.pos_ == "VERB")


def tallies(span, root=None) -> list[Measure]:
    """Vote tallies next to a word of voting ("approved by a 94-1 vote", "voted 19-to-0", "passed 92-6")."""
    text = span.text
    voting_words = frame_words()["voting"]["words"]
    verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_.lower() in voting_words), None) or next(
        (t for t in span if t.lemma_.lower() in voting_words), None)
    if verb is None and root is not None and _SIDED_TALLY.search(text):
        verb = root  # "accepted the offer, with 1,480 in favour and 960 against": the sides say a vote decided it
    voting = vote_act(verb) if verb is not None else ""
    found = []
    if verb is not None:  # the tally's verb: a vote in a relative clause meets another's ("which passed 220-210")
        beside = root is not None and not features.in_main_clauses(verb, root)
        read = [(match, *(int(g.replace(",", "")) for g in match.groups() if g is not None))
                for match in _TALLY.finditer(text)
                if not re.match(r"\d{1,2}:\d", text[match.start():match.end() + 2])]
        if not any(yes + no >= 3 for _, yes, no in read):  # "backed the rezoning nine to two", "by seven votes to four"
            read = [(match, _words_value(match.group(1)), _words_value(match.group(2)))
                    for match in _TALLY_IN_WORDS.finditer(text)]
        found = [Measure(match.group(0), yes, "tally", yes, yes, "", voting, "", "level", (yes, no), beside_main=beside)
                 for match, yes, no in read if yes + no >= 3]
    margin = _MARGIN.search(text) if verb is not None and not found else None
    if margin is not None:  # "approved the plan by a margin of 11 votes", "a 12-vote majority": the margin alone
        written = next(g for g in margin.groups() if g is not None).replace(",", "")
        value = int(written) if written.isdigit() else _words_value(written)
        found.append(Measure(margin.group(0), value, "tally", value, value, "", voting, "", "level", (value, None),
                             beside_main=root is not None and not features.in_main_clauses(verb, root)))
    unanimous = next((t.text for t in span if t.lower_ in ("unanimously", "unanimous")), "")
    if unanimous and not found:
        found.append(Measure(unanimous, 0, "tally", 0, None, "", "", "", "level", (0, 0)))
    return found


def _words_value(words: str) -> int:
    """The value of a number of 0 to 99 in words ("nine", "twenty-one")."""
    return sum(word_number(w) or 0 for w in words.lower().split("-"))


def vote_act(verb) -> str:
    """What a vote decided, as the tally's predicate: "voted 67-32 to open debate" -> open, "voting for passage"
    -> passage, "voted 50-49 on the amendment" -> amendment, "passed 92-6" -> pass; two tallies of different acts
    are two votes."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "NOUN" and lemma != "vote":
        # "upheld the ban in a 6-3 ruling", "In a 5-4 decision, the justices struck down": the verb it is a
        # ruling of; a ruling on nothing the claim says decided nothing it can be compared on
        act = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        return predicate_phrase(act) if act is not None else ""
    if lemma != "vote":
        return lemma
    purpose = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
    if purpose is None:
        purpose = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                        for g in c.children if g.dep_ == "pobj"), None)
    return predicate_phrase(purpose) if purpose is not None else lemma


def vague(span) -> list[Measure]:
    """"dozens killed", "a few hundred migrants", "thousands of protesters"."""
    vague = frame_words()["vague"]
    text = span.text.lower()
    found = []
    for phrase, pattern in _vague_patterns():
        match = pattern.search(text) if phrase in text else None
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
        predicate = predicate_phrase(verb) if verb is not None else ""
        found.append(Measure(match.group(0), float(low), "count", float(low), float(high), counts, predicate, "",
                             "level"))
    return found


@functools.cache
def _vague_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """frames.toml's vague amounts, longest first, each as a whole-word pattern compiled once."""
    return tuple((phrase, re.compile(rf"\b{re.escape(phrase)}\b"))
                 for phrase in sorted(frame_words()["vague"], key=len, reverse=True))


def shares(span) -> list[Measure]:
    """A share said in words, as a percentage of what it is "of": "half of the voters" (50%), "two-thirds of
    the members", "a quarter of the homes"."""
    found = []
    doc = span.doc
    for tokens, value in share_words(span):
        first, token = tokens[0], tokens[-1]
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # "the first half of 2021", "the third of March" are no shares; "a quarter of a point" or "of a million" is a
        # figure of its own
        if following is None or following.lower_ != "of" or part_of_period(first) or point_after(token) \
                or scale_after(token):
            if (change := _change_by_share(span, first, token, value)) is not None:
                found.append(change)
            continue
        if set_beside_share(token) is not None:
            continue  # "half of eligible voters, 52 percent,": the figure beside it says how much, once
        of = next((g for g in following.children if g.dep_ == "pobj"), None)
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        of_what = of.lemma_.lower() if of is not None else ""
        if _turnout(of_what, verb):  # "half of the electorate took part": the turnout
            of_what = "turnout"
        # "about three quarters" admits 67.5 to 82.5, "more than half" anything above 47.5: the approximation's range
        # joined to the share's own 2.5 points either side
        article = doc[first.i - 1] if first.i > span.start and doc[first.i - 1].lower_ in ("a", "an") else first
        approx, low, high = approximated(article, token, span, value)  # "about a third"
        low, high = min(low, value - 2.5), (None if high is None else max(high, value + 2.5))
        shown = doc[(article if approx else first).i:token.i + 1].text
        found.append(Measure(f"{approx} {shown}".strip(), value, "%", low, high, of_what,
                             verb.lemma_.lower() if verb is not None else "", "", "level"))
    return found


def _change_by_share(span, first, token, value: float) -> Measure | None:
    """A change told as a share after "by" ("were down by almost a fifth", "fell by a third", "rose by half"): a
    percentage change of its verb's subject, as "by 20 percent" is read; None for any other share word."""
    doc = span.doc
    start = first.i - 1 if first.i > span.start and doc[first.i - 1].lower_ in ("a", "an") else first.i
    words = [t.lower_ for t in doc[max(span.start, start - 3):start]]
    if "by" not in words:
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None:
        return None
    approx, low, high = approximated(doc[start], token, span, value)  # "almost a fifth"
    low, high = min(low, value - 2.5), (None if high is None else max(high, value + 2.5))
    shown = doc[start:token.i + 1].text
    return Measure(f"{approx} {shown}".strip(), value, "%", low, high, subject.lemma_.lower(), verb.lemma_.lower(), "",
                   "change")


def vague_shares(span) -> list[Measure]:
    """A share told only as more or less than half of what it is "of" (frames.toml [vague_shares]): "most of the 300
    workers", "a majority of members" (above half), "a minority of the staff" (below half). Not "the most" nor "most
    likely", which share nothing."""
    found = []
    doc = span.doc
    table = frame_words()["vague_shares"]
    for token in span:
        bounds = table.get(token.lower_)
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if bounds is None or following is None or following.lower_ != "of" \
                or token.i > 0 and doc[token.i - 1].lower_ in ("the", "its", "their") and token.lower_ == "most":
            continue
        of = next((g for g in following.children if g.dep_ == "pobj"), None)
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        low, high = bounds
        first = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an", "the") else token
        found.append(Measure(doc[first.i:token.i + 1].text, (low + high) / 2, "%", low, high,
                             of.lemma_.lower() if of is not None else "", verb.lemma_.lower() if verb is not None
                             else "", "", "level"))
    return found


def ratios(span) -> list[Measure]:
    """A share told as so many in (or out of) so many, as a percentage of what the second number counts: "seven in ten
    departures" (70%), "one in five homes", "three out of four voters". Written so, the share is rounded to the
    whole of its second number, up to 5 points either way ("seven in ten" is 65 to 75 percent, "one in three" 28 to
    38), and widened by any approximation ("roughly")."""
    found = []
    doc = span.doc
    for token in span:
        part = _number(token) if token.like_num else None
        after = _ratio_whole(token)
        if not part or after is None:
            continue
        whole = _number(after)
        if not whole or whole <= part or whole > 1000:
            continue
        value = 100 * part / whole
        approx, low, high = approximated(token, after, span, part)
        half = min(50 / whole, 5.0)  # the rounding a share in whole parts is written with, "one in three" no looser
        low, high = min(100 * low / whole, value - half), None if high is None else max(100 * high / whole,
                                                                                        value + half)
        counted = next((c for c in (after.head, *after.children) if c.pos_ in ("NOUN", "PROPN")), None)
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        shown = doc[token.i:after.i + 1].text
        found.append(Measure(f"{approx} {shown}".strip(), value, "%", low, high,
                             counted.lemma_.lower() if counted is not None else "",
                             verb.lemma_.lower() if verb is not None else "", "", "level"))
    return found


def _ratio_whole(token):
    """The number after "in" or "out of" that a number is a part of ("seven in ten", "three out of four"), or None."""
    doc, i = token.doc, token.i
    words = [t.lower_ for t in doc[i + 1:i + 4]]
    gap = 1 if words[:1] == ["in"] else 2 if words[:2] == ["out", "of"] else 0
    if not gap or i + gap + 1 >= len(doc):
        return None
    whole = doc[i + gap + 1]
    return whole if whole.like_num and whole.pos_ == "NUM" else None


def multiples(span) -> list[Measure]:
    """A change said by how many times ("the price doubled", "tripled", "halved"), as a factor of what its
    subject was."""
    factors = frame_words()["multiples"]
    found = []
    for token in span:
        if token.pos_ == "VERB" and token.lemma_.lower() in factors:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            value = float(factors[token.lemma_.lower()])
            found.append(Measure(token.text, value, "times", value, value,
                                 subject.lemma_.lower() if subject is not None else "", "multiply", "", "change"))
    return found
