"""What a claim asserts besides its meaning, read from spaCy's parse: figures, dates, negation, certainty.

Every reader takes a `span` (a spaCy Span or Doc for one claim: a sentence or a clause of it) and,
where scope matters, `root`: the Token that is the claim's main predicate ("Police said 12
protesters were arrested": span the sentence, root "arrested"; see `main_predicate`). A plain
string is accepted too and parsed (convenient for tests and free text; slow in bulk).

Scope: negation and hedges count only where they govern `root`: on `root` itself (its `neg`
arc, a modal auxiliary, an adverb, a negated subject or object) or on a verb or adjective
`root` is the complement of, walking up the xcomp/ccomp chain inside the span ("is expected to
rise": "expected" governs "rise"; "did not agree to extend": "not" governs "extend"). Words in a
relative clause, a coordinated clause, an adverbial clause or a noun phrase do not ("troops, which
could be drawn into a crisis, arrived" is stated; "neither the name nor the date was revealed, but
it is set to start in May" with root "set" is not negated). The words are in data/certainty.toml.

Negation decisions: the parser's `neg` ("not", "n't", "never", "no longer"); "nobody", "nothing",
"none" or a "no"/"neither" determiner on root's subject or object; "fail/refuse/decline to"
governing root; "deny/reject that" governing root through its clausal complement. "Not" on a
reporting verb above a clausal complement ("did not say that prices rose") does not negate it.
"""
from __future__ import annotations

import functools
from datetime import date

from . import dating, nlp
from .tense import date_tense
from .dating import dateline_date  # noqa: F401  (public: the ingest stage dates undated articles)
from .figures import bounds, compatible  # noqa: F401  (public, for the comparator)
from .figures import quantities as _quantities
from .lexicon import data_table
from .types import Quantity

__all__ = ["quantities", "dates", "negation", "hedge", "main_predicate", "dateline_date", "compatible", "bounds",
           "negated", "certainty"]

REPORTING_FILE = "reporting.toml"
REPORTING_KEYS = ("speech_verbs", "stance_verbs")
_CLIMB = ("xcomp", "ccomp", "acomp")


def quantities(span, root=None, published: date | None = None) -> tuple[Quantity, ...]:
    """Figures in the span, each with value, unit, what it counts, predicate, period, approximation
    and range (see crosscheck/figures.py for the rules)."""
    span = _as_span(span)
    return _quantities(span, root if root is not None else main_predicate(span), published)


def dates(span, published: date | None = None) -> tuple[str, ...]:
    """Dates the span names, as ISO strings with their granularity, in order, without repeats.

    "2025-08-31" (day), "2025-08" (month), "2025" (year), "--08-31" when no year is written and
    `published` is None; weekdays resolve against `published` (else "monday"), and a day without a year
    by the tense of the verb it dates (crosscheck/tense.py). See crosscheck/dating.py.
    """
    span = _as_span(span)
    found = []
    covered = set()
    for entity in span.ents:
        if entity.label_ == "DATE":
            covered.update(range(entity.start, entity.end))
            found.append(dating.normalise(("coming " if _ahead(entity) else "") + entity.text, published,
                                          date_tense(entity)))
    for token in span:  # weekdays the entity recogniser missed ("on Monday" after a quote)
        if token.i not in covered and token.pos_ == "PROPN" and token.lower_ in dating.WEEKDAYS and len(token) > 3:
            found.append(dating.normalise(token.text, published))
    return tuple(dict.fromkeys(d for d in found if d))


_BY = ("by", "until", "till")
_TO_COME = ("will", "would", "shall", "must", "should", "'ll", "to")


def _ahead(entity) -> bool:
    """A weekday named as a deadline still to come ("must decide by Sunday", "will stay open until Friday"), which
    is the next such day after the article's, not the last before it; "stayed until Friday" stays the last."""
    doc = entity.doc
    if entity.start == 0 or doc[entity.start - 1].lower_ not in _BY or entity.root.lower_ not in dating.WEEKDAYS:
        return False
    verb = doc[entity.start - 1].head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.lower_ in _TO_COME for c in verb.children if c.dep_ in ("aux", "auxpass")) or verb.tag_ in (
        "VB", "VBP", "VBZ")


def negation(span, root=None) -> str:
    """The word that negates the main predicate ("not", "n't", "never", "no", "nobody", "failed",
    "denied"), "" when it is not negated."""
    span = _as_span(span)
    root = root if root is not None else main_predicate(span)
    words = data_table("certainty.toml")["negation"]
    for node, governed in _governors(span, root):
        if governed is not None and governed.dep_ == "ccomp":
            if node.lemma_.lower() in words["denials"]:
                return node.lower_
            continue  # "did not say that ...": the report is negated, not what it reports
        word = _neg_word(node)
        if word:
            return word
        if node.lemma_.lower() in words["governors"] and (governed is not None or _has_xcomp(node)):
            return node.lower_
    return _negated_argument(root, words)


def hedge(span, root=None) -> tuple[str, str]:
    """(certainty, word): "stated" with "", or "possible", "expected" or "threatened" with the word
    that hedges the main predicate ("could", "expected", "threatened")."""
    span = _as_span(span)
    root = root if root is not None else main_predicate(span)
    classes = data_table("certainty.toml")["hedge"]
    for node, governed in _governors(span, root):
        for label in ("threatened", "possible", "expected"):
            word = _hedge_word(node, governed, classes[label], node == root)
            if word:
                return label, word
    return "stated", ""


def reported_future(verb) -> bool:
    """Whether the verb is a "will" told in reported speech: "would" in what a verb of speech in the past
    reports ("she said her government would not raise the age" is her "will not"), not a conditional."""
    would = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "would" for c in verb.children)
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        verb, head = head.head, head.head.head  # "said in a statement that the service would be held"
    return (would and verb.dep_ in ("ccomp", "parataxis", "prep") and head.tag_ == "VBD"
            and head.lemma_.lower() in reporting_verbs()
            and not any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                        for c in verb.children))


def main_predicate(span, reporting: set[str] | None = None):
    """The span's main predicate: its root verb, or what a reporting verb reports ("X said that Y
    rose" -> "rose"), or what a hedging or negating verb governs ("is expected to rise", "are likely
    to rise", "failed to pay" -> "rise", "pay"; `hedge` and `negation` read those verbs back).
    Reporting verbs are data/reporting.toml's."""
    span = _as_span(span)
    verbs = reporting_verbs() if reporting is None else reporting
    governors = _governor_lemmas()
    node, seen = _verb_of_noun_root(span), set()
    while node.i not in seen:
        seen.add(node.i)
        inside = [c for c in node.children if span.start <= c.i < span.end]
        if node.lemma_.lower() in verbs and not other_verb_particle(node):
            following = [c for c in inside if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")] or \
                _said_in(inside)
        elif node.lemma_.lower() in governors:
            following = [c for c in inside if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        else:
            following = [x for c in inside if c.dep_ == "acomp" and c.lemma_.lower() in governors
                         for x in c.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")] or _clefted(node, inside)
        if not following:
            break
        node = following[0]
    return node


def _clefted(node, inside) -> list:
    """What a cleft sets off: "It was Pelosi who rejected the picks" (the relative clause on "Pelosi", opened by
    "who"), "It was in an interview on Tuesday that she revealed it" (the "that" clause after a phrase); not "It is
    the first time that the company cut jobs" (no relative pronoun opens the clause), "It is unlikely that ..."."""
    if node.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in inside) \
            or any(c.dep_ == "neg" for c in inside):
        return []  # "It was not Pelosi who rejected the picks": the negation is the copula's, kept there
    for attr in (c for c in inside if c.dep_ == "attr"):
        clefts = [r for r in attr.children if r.dep_ == "relcl" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.tag_ in ("WP", "WDT") for s in r.children)]
        if clefts:
            return clefts
    if any(c.dep_ in ("attr", "acomp") for c in inside) or not any(c.dep_ == "prep" for c in inside):
        return []  # "It is unlikely that ...", "It is true that ...": no cleft; "It was in Paris that ..." is one
    return [c for c in inside if c.dep_ == "ccomp" and that_clause(c)]


def that_clause(token, verbs_only: bool = False) -> bool:
    """A clause opened by "that" ("said that ...", "the claim that ..."): a child of dep "mark" written "that"; with
    `verbs_only`, only where its head is a verb or auxiliary."""
    return (not verbs_only or token.pos_ in ("VERB", "AUX")) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _said_in(inside) -> list:
    """What "said in a statement that ..." reports, where the parse hangs the "that" clause on the noun."""
    return [g for c in inside if c.dep_ == "prep" for n in c.children if n.dep_ == "pobj" for g in n.children
            if g.dep_ == "acl" and that_clause(g, verbs_only=True)]


def in_main_clauses(verb, root) -> bool:
    """Whether the verb is among the main predicate's clauses, which the claim's hedge covers: the main predicate, a
    verb above it that hedges it ("expecting" of "expecting the rate to fall"; not "voted" of "voted that the
    booster should be authorized"), or one its clausal complements or conjuncts reach ("anticipated that the
    economy would add jobs and that the rate would drop"); not a relative clause or an aside ("noting that ...")."""
    if verb is None or verb.i == root.i:
        return True
    if verb in root.ancestors:
        return verb.lemma_.lower() in _governor_lemmas()
    node = verb
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.i == root.i:
            return True
    return False


def other_verb_particle(verb) -> str:
    """The particle that makes a verb of speech another verb ("off" of "called off the interview";
    reporting.toml `other_verb_particles`), or ""."""
    particles = data_table(REPORTING_FILE).get("other_verb_particles", ())
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" and c.lower_ in particles), "")


def _verb_of_noun_root(span):
    """The span's root, or, where the parser read a whole sentence as one noun phrase ("The measure passed
    by a vote of 51 to 49": "passed" hung on "measure" as a participle), the past-tense verb it hung there."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or not span.text.rstrip().endswith((".", "!")):
        return root
    return next((c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB" and (
        c.tag_ in ("VBD", "VBN") and (c.i == root.i + 1 or _after_asides(root, c)))), root)


def _after_asides(root, verb) -> bool:
    """Only a relative clause on the noun, set off by commas, stands between it and the verb ("Anna Kohler, who has
    led Graz since 2017, confirmed ..."). Not an apposition ("The senator, 68, announced ..."), which the claims stage
    reads with the noun it stands by."""
    between = set(range(root.i + 1, verb.i))
    asides = {t.i for c in root.children if c.dep_ in ("relcl", "punct") and c.i < verb.i for t in c.subtree}
    return bool(between) and between <= asides and root.doc[verb.i - 1].lower_ == ","


@functools.cache
def negating_governors() -> frozenset[str]:
    """Verbs that deny the verb they govern ("failed to pay", "refused to delay")."""
    return frozenset(data_table("certainty.toml")["negation"]["governors"])


@functools.cache
def negating_nouns() -> frozenset[str]:
    """The nouns of those verbs ("Beijing's refusal to sign", "the company's failure to pay")."""
    return frozenset(data_table("certainty.toml")["negation"]["governor_nouns"])


@functools.cache
def _governor_lemmas() -> frozenset[str]:
    """Verbs and adjectives that hedge or negate the verb they govern ("expected to", "failed to")."""
    table = data_table("certainty.toml")
    words = {w for entry in table["hedge"].values() for w in entry.get("governors", [])}
    return frozenset(words | negating_governors())


@functools.cache
def reporting_verbs() -> frozenset[str]:
    """The speech and stance verbs of data/reporting.toml (`speech_verbs`, `stance_verbs`), lower-cased."""
    table = data_table(REPORTING_FILE)
    return frozenset(w.lower() for key in REPORTING_KEYS for w in table[key])


def negated(span, root=None) -> bool:
    """Whether the main predicate is negated (`negation` as a flag, for Claim.negated)."""
    return bool(negation(span, root))


def certainty(span, root=None) -> str:
    """The certainty label alone (`hedge`'s first part, for Claim.certainty)."""
    return hedge(span, root)[0]


# -- helpers -------------------------------------------------------------------------------------

def _as_span(span):
    if isinstance(span, str):
        return nlp.parse_one(span)[:]
    if not hasattr(span, "start"):  # a Doc
        return span[:]
    return span


def _governors(span, root):
    """(node, the node below it on the way up from root): root first, then the verbs and adjectives
    root is the complement of, inside the span."""
    node, below = root, None
    while True:
        yield node, below
        if node.dep_ not in _CLIMB or node.head.i == node.i or not span.start <= node.head.i < span.end:
            return
        node, below = node.head, node


def _has_xcomp(node) -> bool:
    return any(c.dep_ == "xcomp" for c in node.children)


def _neg_word(node) -> str:
    for child in node.children:
        if child.dep_ == "neg":
            return child.lower_
        if child.dep_ in ("aux", "auxpass", "advmod"):
            for grandchild in child.children:
                if grandchild.dep_ == "neg":
                    return f"{grandchild.lower_} {child.lower_}" if child.dep_ == "advmod" else grandchild.lower_
    return ""


def argument_negation(verb) -> str:
    """The word that denies a verb through its subject or object ("No deaths were caused", "None of the passengers
    were hurt", "nobody came"), "" when none does."""
    return _negated_argument(verb, data_table("certainty.toml")["negation"])


def _negated_argument(root, words: dict) -> str:
    """"nobody", "nothing", or "no"/"neither"/"not" on root's subject or object ("not a lot of
    people", "there is no man singing")."""
    arguments = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "expl")]
    if any(c.dep_ == "expl" for c in arguments):  # "there is [no man singing]": the clause's subject too
        arguments += [s for c in arguments if c.dep_ == "attr" and c.pos_ == "VERB"
                      for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    for argument in arguments:
        if argument.lower_ in words["pronouns"]:
            return argument.lower_
        for mark in argument.children:
            if mark.dep_ == "neg" or mark.dep_ in ("det", "preconj") and mark.lower_ in words["determiners"]:
                return mark.lower_
    return ""


def _hedge_word(node, governed, words: dict, is_root: bool) -> str:
    for child in node.children:
        if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD" and child.lower_ in words.get("modals", ()):
            if not (child.lower_ == "would" and (reported_future(node) or _under_terms(node, words))):
                return child.lower_
        if child.dep_ == "advmod" and child.lower_ in words.get("adverbs", ()):
            return child.lower_
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.get("conditions", ())
                                         for m in child.children):
            return next(m.lower_ for m in child.children if m.dep_ == "mark")
    lemma = node.lemma_.lower()
    if lemma in words.get("governors", ()) and (governed is not None or _has_xcomp(node)) and not _compared(node):
        return node.lower_
    if is_root:
        passive = any(c.dep_ == "auxpass" for c in node.children)
        if passive and lemma in words.get("passives", ()):
            return node.lower_
        preposition = words.get("with_preposition", {}).get(lemma)
        if preposition and (lemma in words.get("governors", ())
                            or any(c.dep_ == "prep" and c.lower_ == preposition for c in node.children)):
            return node.lower_
    return ""


def _compared(node) -> bool:
    """An adjective told as a comparison ("twice as likely to crash", "more likely than"): a measure of what it
    tells, no hedge of it."""
    before = node.doc[node.i - 1].lower_ if node.i > 0 else ""
    return node.pos_ == "ADJ" and (before in _COMPARING or any(c.dep_ == "advmod" and c.lower_ in _COMPARING
                                                               for c in node.children))


_COMPARING = {"as", "more", "less", "most", "least"}


def _under_terms(verb, words: dict) -> bool:
    """The verb is told under a plan's or a law's terms ("Under the agreement, the wage would climb"): its
    "would" states what they provide."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in words.get("terms", ()) for o in c.children) for c in verb.children)
