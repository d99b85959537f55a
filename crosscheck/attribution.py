"""Attribution: who a statement is from, read from spaCy's parse.

A statement's source is the subject of the speech or stance verb whose complement or quotation
it is ("X said that ...", "..., X told reporters", "as X observed, ..."), the object of "according
to X", the owner of an account or finding that speaks ("X's readout said", "a report by X found"),
or the speaker of a quote that runs on from an attributed one. A verb without a subject of its own
takes the one of the verb it depends on ("X was prompted to say", "X rallied crowds by promising",
"X was quick to point out that"); a relative clause's "who" or "which" is the noun it follows. Names
joined as one subject are all the source ("X and Y said"), on a side only when they share it; a role
speaks for whom it names ("a spokeswoman for X"). A source is a person, a body, a document or a group
of people, never a thing ("the deal saw"). A verb outside the lists states its subject's position when
its arguments say so: a finite clause of its own ("voters saw that ..."), a figure given "at", a stance
noun held, a law's provision, a stance-taking role after a copula ("X has been a supporter of Y"); a count or
share of speakers is the speakers ("a third of voters"); a poll the main clause is read "in" frames it like
"according to". Pronouns and descriptions ("she", "his statement", "the ministry") are resolved to the
nearest compatible mention: the last speaker, or a person before "he" or "she" in its own sentence; "they"
after a group's statement is that group; else the nearest earlier mention in the article (`Mentions`). "He"
or "she" is not a person the text calls by the other pronoun (an honorific, or "his"/"her" in their own main
clause), when it calls someone else by this one (`person_gender`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import features
from .lexicon import data_table, words_of
from .nlp import DASHES
from .predicates import by_agent, symmetric_predicates
from .voices import VoiceBook, strip_possessive

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them", "it"}
_PLURAL_PRONOUNS = {"they", "them"}
_FIRST_PERSON = {"i", "we", "me", "us"}
# an owner named by a possessive pronoun ("his tweet", "their letter") is whom the plain pronoun refers to
_POSSESSIVE_PRONOUNS = {"his": "he", "hers": "she", "its": "it", "their": "they", "theirs": "they", "my": "i",
                        "mine": "i", "our": "we", "ours": "we"}
# whom a personal pronoun can refer to: "he" and "she" never the same person
GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she",
          "herself": "she"}
_SUBJECTS = {"nsubj"}  # a passive subject ("he was told", "she is expected to") is not the source
_SUBJECTS_OR_PASSIVE = _SUBJECTS | {"nsubjpass"}
_CONTENT = {"ccomp", "parataxis", "xcomp"}
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_TIME_MODIFIERS = {"npadvmod", "advmod", "prep", "tmod", "obl"}  # a verb's own time phrases
MAX_LABEL_TOKENS = 4  # "Sen. Bernie Sanders:" at most
QUOTE_MARKS = {"“", "”", '"', "«", "»", "''", "``"}


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    position_verbs: frozenset[str]
    account_nouns: frozenset[str]
    earlier_occasion: tuple[str, ...]
    omission_verbs: frozenset[str]
    containing_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    silent_adjectives: frozenset[str]
    absent_adjectives: frozenset[str]
    speaker_nouns: frozenset[str]  # common nouns that name people who speak ("officials", "voters")
    honorifics: tuple[tuple[str, str], ...] = ()  # ("mr", "he"), ("mrs", "she"): an honorific and its pronoun
    document_verbs: frozenset[str] = frozenset()  # speech only with a document as subject ("the letter read")
    stance_adjectives: frozenset[str] = frozenset()  # a stance after a copula ("X is confident that ...")
    stance_nouns: frozenset[str] = frozenset()  # an owner's stance before a copula ("X's view is that ...")
    question_labels: frozenset[str] = frozenset()  # a briefing transcript's question label ("Q: ...")
    answer_labels: frozenset[str] = frozenset()  # and its answer's ("A: ..."): the publisher's own words
    causing_verbs: frozenset[str] = frozenset()  # a clause brought about, not held ("X ensured that ...")
    estimate_verbs: frozenset[str] = frozenset()  # a figure given with "at" ("Forbes put his worth at $4 billion")
    holding_verbs: frozenset[str] = frozenset()  # a stance noun held ("voters had a favorable opinion of her")
    finding_nouns: frozenset[str] = frozenset()  # "in a CNN poll": the poll's finding
    issuing_verbs: frozenset[str] = frozenset()  # "a statement released by X": X's
    provision_verbs: frozenset[str] = frozenset()  # "the bill would prohibit ...": the bill's provision
    law_nouns: frozenset[str] = frozenset()  # the laws and bills that provide
    partitive_nouns: frozenset[str] = frozenset()  # "a lot of people", "38% of voters": the speakers counted
    stance_roles: frozenset[str] = frozenset()  # "X has been a supporter of Y": the subject's position
    linking_verbs: frozenset[str] = frozenset()  # "X remains confident that ...": a copula's kin
    experiencer_verbs: frozenset[str] = frozenset()  # "the remarks angered voters": the object's stance
    published_nouns: frozenset[str] = frozenset()  # "a report in The Times": the outlet's
    record_nouns: frozenset[str] = frozenset()  # "records showing that ...": a record that tells a finding
    finding_verbs: frozenset[str] = frozenset()  # "a survey finding that ...", "data showing ...": beside speech
    mind_verbs: frozenset[str] = frozenset()  # "voters hoping to ...", "those backing X": the holder's stance
    trying_verbs: frozenset[str] = frozenset()  # "X is trying to ...": with its infinitive, X's intention
    intention_nouns: frozenset[str] = frozenset()  # "X's plan to ...": X's intention
    quotation_nouns: frozenset[str] = frozenset()  # "Those were the words of X": a quotation before, X's
    reaction_nouns: frozenset[str] = frozenset()  # "the plan drew criticism from X": X's stance
    drawing_verbs: frozenset[str] = frozenset()  # and the verbs that draw it ("drew", "sparked", "came under")
    body_nouns: frozenset[str] = frozenset()  # "the union", "the campaign": a body, which "it" can stand for
    person_nouns: frozenset[str] = frozenset()  # "a spokesman", "one aide": one person the next "he"/"she" may be
    reckoning_nouns: frozenset[str] = frozenset()  # "an estimate from the union": the union's


@cache
def transcript_label(answer: bool = False) -> re.Pattern:
    """A line a briefing transcript's question label opens ("Q: ..."), or with `answer` its answer label ("A: ...");
    reporting.toml `question_labels`, `answer_labels`."""
    labels = "|".join(re.escape(w) for w in (lexicon().answer_labels if answer else lexicon().question_labels))
    return re.compile(rf"\s*(?:{labels})\s*:\s*", re.I)


@cache
def lexicon() -> Lexicon:
    """data/reporting.toml as sets, built once."""
    data = data_table("reporting.toml")
    return Lexicon(frozenset(data["speech_verbs"]), frozenset(data["stance_verbs"]), frozenset(data["position_verbs"]),
                   frozenset(data["account_nouns"]), tuple(data["earlier_occasion"]),
                   frozenset(data["omission_verbs"]), frozenset(data["containing_verbs"]),
                   frozenset(data["leaving_verbs"]),
                   frozenset(data["silent_adjectives"]), frozenset(data["absent_adjectives"]),
                   frozenset(data["speaker_nouns"]) | frozenset(data.get("body_nouns", ())),
                   tuple((word, pronoun) for pronoun, words in data.get("honorifics", {}).items() for word in words),
                   frozenset(data.get("document_verbs", ())), frozenset(data.get("stance_adjectives", ())),
                   frozenset(data.get("stance_nouns", ())), frozenset(data.get("question_labels", ())),
                   frozenset(data.get("answer_labels", ())), frozenset(data.get("causing_verbs", ())),
                   frozenset(data.get("estimate_verbs", ())), frozenset(data.get("holding_verbs", ())),
                   frozenset(data.get("finding_nouns", ())), frozenset(data.get("issuing_verbs", ())),
                   frozenset(data.get("provision_verbs", ())), frozenset(data.get("law_nouns", ())),
                   frozenset(data.get("partitive_nouns", ())), frozenset(data.get("stance_roles", ())),
                   frozenset(data.get("linking_verbs", ())), frozenset(data.get("experiencer_verbs", ())),
                   frozenset(data.get("published_nouns", ())), frozenset(data.get("record_nouns", ())),
                   frozenset(data.get("finding_verbs", ())), frozenset(data.get("mind_verbs", ())),
                   frozenset(data.get("trying_verbs", ())), frozenset(data.get("intention_nouns", ())),
                   frozenset(data.get("quotation_nouns", ())), frozenset(data.get("reaction_nouns", ())),
                   frozenset(data.get("drawing_verbs", ())), frozenset(data.get("body_nouns", ())),
                   frozenset(data.get("person_nouns", ())), frozenset(data.get("reckoning_nouns", ())))


@dataclass(frozen=True)
class Voice:
    name: str
    side: str | None
    official: bool = False  # an official role or body, not a private person or an outlet


@dataclass(frozen=True)
class Frame:
    """An attribution found in a sentence."""

    voice: Voice
    verb: int | None  # token index of the reporting verb (or "according"), None for a continued quote
    content_root: int | None  # token index of the reported statement's predicate, when the parse shows it
    covers_sentence: bool  # frames every clause of the sentence ("according to X"), not just its verb's
    other_occasion: bool = False
    plural: bool = False  # the source is several people or a group named in the plural ("Democrats say")


@dataclass
class Mention:
    name: str
    side: str | None
    person: bool
    words: frozenset[str]  # lower-case words that describe it ("president", "ministry", "foreign")
    place: bool = False  # a country or city ("it" can be one; "they" is not)
    plural: bool = False  # "Democrats", "the two sides": what "they" refers to
    sentence: int = -1  # the sentence it was named in, set by Mentions.add


@dataclass
class Mentions:
    """What an article has named so far, for resolving "she", "the ministry", "the spokesperson".

    "He" or "she" is the last speaker when the sentence before was a person's statement, else the
    subject of the latest sentence that names a person, else the first person that sentence names.
    """

    items: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None  # the person whose statement the previous sentence was
    body: Mention | None = None  # the body or group whose statement it was, when no person's
    sentence: int = 0  # sentences read so far
    _people: dict[int, list[tuple[bool, Mention]]] = field(default_factory=dict)  # sentence -> (subject, person)
    parties: tuple = ()  # (sentence, (mention, mention)): who met or spoke to whom, named or by title
    genders: dict[str, str] = field(default_factory=dict)  # a person's name -> "he" or "she", when the text tells

    def learn_gender(self, name: str, gender: str) -> None:
        """What the text tells of a person: an honorific, or "his"/"her" in their own clause. Told both, neither."""
        self.genders[name] = gender if self.genders.get(name, gender) == gender else "?"

    def fits(self, name: str, gender: str | None) -> bool:
        """Whether "he" (or "she") can be this person: yes unless the text said the other."""
        return gender is None or self.gender_of(name, gender) in (gender, "?")

    def gender_of(self, name: str, default: str | None = None) -> str | None:
        """What the text told of a person: by their name, or, for a surname alone ("Carson"), by the one full name
        told of that ends in it ("Ben Carson")."""
        if name in self.genders or " " in name:
            return self.genders.get(name, default)
        told = {g for full, g in self.genders.items() if full.split()[-1] == name}
        return told.pop() if len(told) == 1 else default

    def add(self, mention: Mention, subject: bool = False, quoted: bool = False) -> None:
        """A named person or body; a person named inside a quotation is the speaker's topic, not whom the
        narration's next "he" or "she" is about."""
        mention.sentence = self.sentence
        self.items.append(mention)
        if mention.person and not quoted:
            self._people.setdefault(self.sentence, []).append((subject, mention))

    def next_sentence(self, speaker: Mention | None, body: Mention | None = None) -> None:
        self.sentence += 1
        self.speaker = speaker
        self.body = body

    def person(self, gender: str | None = None) -> Mention | None:
        """The person "he" or "she" is: the last speaker, else the subject of the latest sentence naming a
        person, else its first person; but when the text says that one is of the other gender, the nearest
        person it says is of this one ("Mr. Reed sat beside her. “...,” she said.": not Reed), else the one other
        person of the latest sentence ("Vale fired her aide, Tom Reed. He said ...": Reed)."""
        latest = [m for _, m in self._people[max(self._people)]] if self._people else []
        if self.speaker is not None:
            found = self.speaker
        elif self._people:
            found = next((m for subject, m in self._people[max(self._people)] if subject), latest[0])
        else:
            return None
        if self.fits(found.name, gender):
            return found
        others = {m.name: m for m in latest if m.name != found.name and self.fits(m.name, gender)}
        # the one other person of the latest sentence before anyone an earlier sentence told of ("Ms. Hughes
        # avoids it, but her neighbor Ben Green knows. “...,” he said.": Green)
        other = next(iter(others.values())) if len(others) == 1 else None
        return self.told(gender, latest_only=True) or other or self.told(gender) or self.fitting(gender) or found

    def fitting(self, gender: str | None) -> Mention | None:
        """The nearest person the text has not said is of the other gender, a subject first: "he" after a woman's
        words, where no man was told of, is the latest man or person of unknown gender named before her."""
        for sentence in sorted(self._people, reverse=True):
            people = [(subject, m) for subject, m in self._people[sentence] if self.fits(m.name, gender)]
            if people:
                return next((m for subject, m in people if subject), people[0][1])
        return None

    def told(self, gender: str | None, latest_only: bool = False) -> Mention | None:
        """The nearest person the text says is "he" (or "she"): the speaker, or one named in the latest
        sentences (`latest_only`: the latest sentence naming people), a subject first. None when the text told
        of no one."""
        if gender is None:
            return None
        if self.speaker is not None and self.gender_of(self.speaker.name) == gender:
            return self.speaker
        for sentence in sorted(self._people, reverse=True)[:1 if latest_only else None]:
            people = [(subject, m) for subject, m in self._people[sentence] if self.gender_of(m.name) == gender]
            if people:
                return next((m for subject, m in people if subject), people[0][1])
        return None

    def group(self, plural: bool = False) -> Mention | None:
        """The nearest body: for "it" any, for "they" not a place; but first the group or body whose
        statement the sentence before was, when it is plural for "they" and singular for "it"."""
        if self.body is not None and self.body.plural == plural:
            return self.body
        bodies = [m for m in reversed(self.items) if not m.person and not (plural and m.place)]
        if plural and bodies:  # "Republicans in Congress are angry. They say ...": the Republicans, not Congress
            return next((m for m in bodies if m.plural and m.sentence == bodies[0].sentence), bodies[0])
        return bodies[0] if bodies else None

    def both(self) -> list[Mention]:
        """The people "they" stands for: two or more named in the latest sentence that names people, or the
        two parties of a call or meeting, when that is this sentence or the one before ("Obama spoke with
        Putin. They discussed ..."); "they" again in the next sentence is still the two of them."""
        if not (self.parties and self.parties[0] >= self.sentence - 1):
            named = {}
            if self._people and max(self._people) >= self.sentence - 1:
                named = {m.name: m for _, m in self._people[max(self._people)]}
            if len(named) < 2:
                return []
            self.parties = (self.sentence, tuple(named.values()))
        self.parties = (self.sentence, self.parties[1])  # "They agreed ... They agreed ...": still the two
        return list(self.parties[1])

    def meet(self, people: list[Mention]) -> None:
        """The two parties of this sentence's meeting or call: its subject and the one it spoke to or met."""
        self.parties = (self.sentence, tuple(people))

    def surnames(self) -> frozenset[str]:
        """The last words of the names of the people named so far ("Sanders" for "Bernie Sanders")."""
        return frozenset(m.name.split()[-1] for m in self.items if m.person and len(m.name.split()) > 1)

    def described_by(self, noun: str, side: str | None) -> Mention | None:
        return next((m for m in reversed(self.items) if noun in m.words and (side is None or m.side == side)), None)


# -- finding the frame -----------------------------------------------------------------------

def find_frame(span, quoted: list[bool], book: VoiceBook, mentions: Mentions) -> Frame | None:
    """The attribution that governs the span, or None when the span is unattributed narration.

    Args:
        span: a sentence or clause (spaCy Span).
        quoted: per token of the span's Doc, whether it lies inside quotation marks.
    """
    return (_according_to(span, quoted, book, mentions) or _in_finding(span, quoted, book, mentions)
            or _reporting_verb(span, quoted, book, mentions) or _speaker_label(span, quoted, book, mentions)
            or _verb_read_as_noun(span, quoted, book, mentions) or _reaction_from(span, quoted, book, mentions))


def _reaction_from(span, quoted, book, mentions) -> Frame | None:
    """A reaction the main clause's subject drew "from" someone ("The levy drew sharp criticism from Reed", "the
    deal sparked concern from lawmakers", "Cole came under fire from farmers"): the stance is theirs, as "Reed
    criticised the levy" is Reed's (`reaction_nouns`, `drawing_verbs`)."""
    words = lexicon()
    for verb in span:
        if quoted[verb.i] or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.drawing_verbs \
                or not (_main_clause(verb) or verb.i == span.root.i or _participle_aside(verb)):
            continue  # (the root of a clause cut off as a claim of its own counts as a main verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
        for noun in objects:
            if noun.lemma_.lower() not in words.reaction_nouns:
                continue
            source = next((g for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj"), None)  # the parse hangs "from" on either
            if source is None or any(t.dep_ == "relcl" and t.doc[t.left_edge.i - 1].text in _BREAKS
                                     for t in source.subtree):
                continue  # "drew fire from experts, who worry that ...": their words are the clause, cut off beside
            voice = _joint_voice(source, book, mentions)
            if voice is not None:  # not a statement: a "they" after it is still whom the sentence before told of
                return Frame(voice, verb.i, None, False, plural=source.tag_ in {"NNS", "NNPS"})
    return None


def _participle_aside(verb) -> bool:
    """A participle set off after the main clause, telling what its act drew ("Reed vetoed the bill, drawing
    scorn from unions"): the act is what the reaction is to, as the main verb's subject is in "the veto drew ..."."""
    doc = verb.doc
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and _main_clause(verb.head) \
        and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","


def _verb_read_as_noun(span, quoted, book, mentions) -> Frame | None:
    """An attribution put last whose verb the tagger read as a noun ("Reed trails by 8 points, a new poll shows.",
    "..., state data shows."): its subject's finding (`_final_compound_subject`)."""
    last = next((t for t in reversed(span) if not t.is_punct), None)
    if last is None or last.pos_ != "NOUN" or quoted[last.i] or verb_lemma(last, reporting_words()) \
            not in reporting_words():
        return None
    subject = _final_compound_subject(last)
    if subject is None:
        return None
    content = next(c for c in last.children if c.dep_ in _CONTENT and c.i < last.i)
    return Frame(resolve(subject, book, mentions) or Voice(noun_phrase(subject), None), last.i, content.i, False)


def _final_compound_subject(verb):
    """The subject of an attribution put last that the parse made a modifier of its verb ("Reed has hired a
    pollster, FEC filings show.", "..., a new poll shows."): a noun just before the verb that ends its sentence,
    after a comma that ends the clause the verb reports. None for any other verb ("the FEC reports that ...")."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1
                    and c.pos_ in {"NOUN", "PROPN"}), None)
    content = next((c for c in verb.children if c.dep_ in _CONTENT and c.i < verb.i), None)
    if subject is None or content is None or verb.i + 1 >= len(doc) or not doc[verb.i + 1].is_punct \
            or verb.i + 2 < verb.sent.end:
        return None
    comma = content.right_edge.i + 1
    return subject if comma < subject.i and doc[comma].text == "," else None


def _in_finding(span, quoted, book, mentions) -> Frame | None:
    """A poll or survey the main clause's figures are read "in" ("Clinton held a 24-point lead in a CNN poll",
    "In a poll released Sunday, 8 percent of Democrats said ...", "Bush remains fourth in most surveys"): the
    poll's finding, as with "according to". Not one a clause aside names ("Vale, who leads in the polls, said")."""
    for token in span:
        if quoted[token.i] or token.lower_ != "in" or token.dep_ != "prep":
            continue
        finding = next((c for c in token.children if c.dep_ == "pobj"
                        and c.lemma_.lower() in lexicon().finding_nouns), None)
        if finding is None:
            continue
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"dobj", "attr", "pobj", "prep", "npadvmod",
                                                                  "acomp", "advmod"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or not _main_clause(verb):
            continue
        owner = _owner(finding)
        voice = resolve(owner, book, mentions) or Voice(noun_phrase(owner), None)
        return Frame(voice, token.i, verb.i, True)
    return None


def _main_clause(verb) -> bool:
    """The sentence's main verb or one joined to it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _according_to(span, quoted, book, mentions) -> Frame | None:
    for token in span:
        if quoted[token.i]:
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
        elif token.lower_ == "citing" and token.dep_ in {"advcl", "prep", "acl"}:
            if _cites_for_its_subject(token):
                continue  # "The agency refused, citing a lack of authority": the agency's reason, said by it
            source = next((c for c in token.children if c.dep_ == "dobj"), None)
        else:
            continue
        if token.lower_ == "according" and _on_speech_verb(token) and any(quoted[t.i] for t in span):
            continue  # "“...,” X said, according to a pool report": X's words, the report only how they are known
        if source is not None:
            voice = resolve(_owner(source), book, mentions)
            return Frame(voice, token.i, _told_of(token).i, True, plural=_plural(source)) if voice else None
    return None


def _cites_for_its_subject(citing) -> bool:
    """"citing X" on a clause whose subject can speak is that subject's word, as "saying" would be: what it cites
    is its reason or its evidence ("The agency refused, citing a lack of authority", "Citing the need for unity,
    Cole said ...", "Officials said ..., citing a new poll"), not who speaks. Only without such a subject
    ("..., citing local officials" after a clause of things) is what it cites the source, as "according to" is."""
    words = lexicon()
    subject = _subject_of(citing.head if citing.dep_ == "prep" else citing)
    if subject is not None and subject.i != citing.i and _is_named_source(subject, words):
        return True
    host = citing.head  # the parse hung it on what a speaker said: "Officials said the levy would pass, citing a poll"
    speaker = _subject_of(host.head) if host.dep_ == "ccomp" and host.head.i < host.i else None
    return speaker is not None and _is_named_source(speaker, words)


def _told_of(according):
    """The verb whose statement "according to" sources: its head, unless the parse hung it on a participle of the
    source's own phrase, which then opens with it ("..., according to court filings made public on Wednesday":
    "made" the head, the filings' own, and the statement the verb above)."""
    head = according.head
    if head.pos_ == "VERB" and head.left_edge.i == according.i and head.head.i != head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head.head
    return head


def _on_speech_verb(according) -> bool:
    """"according to" after a verb of speech with a subject of its own ("“...,” X said, according to Y"), or
    between it and the clause it reports, where the parse hangs it on that clause ("X said, according to
    Y, “...”"). Put first, it frames the whole sentence ("According to a survey, 51 percent said ...")."""
    verb = according.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "ccomp" and verb.head.i < according.i and (subject is None or according.i < subject.i):
        verb = verb.head
    words = lexicon()
    return (verb.pos_ == "VERB" and verb.i < according.i and verb_lemma(verb, words.speech_verbs) in words.speech_verbs
            and any(c.dep_ == "nsubj" and _is_named_source(c, words) for c in verb.children))


def _speaker_label(span, quoted, book, mentions) -> Frame | None:
    """A transcript's or headline's label: "Trump: ...", "SANDERS: ..." (a name, a colon, the words), also
    at the start of a quoted transcript ("“Trump: ...”")."""
    doc = span.doc
    start = span.start + 1 if doc[span.start].text in QUOTE_MARKS else span.start
    colon = next((t for t in doc[start:min(start + MAX_LABEL_TOKENS + 1, span.end)]
                  if t.text == ":" and (start > span.start or not quoted[t.i])), None)
    if colon is None or colon.i == start or colon.i + 1 >= len(doc):
        return None
    label = doc[colon.i - 1]
    if colon.i + 1 >= span.end and label.ent_type_ not in {"PERSON", "ORG"}:
        return None  # a label the parse made a sentence of its own ("Cole: And Then There Was One."): a name's only
    words = [t for t in doc[start:colon.i] if not t.is_punct]
    owner = owned_account(label)
    if owner is not None and all(t.i == label.i or t.head.i == label.i or t.head.i == owner.i for t in words):
        voice = resolve(owner, book, mentions)  # "Her reply: ...", "Vale's response: ...": the owner's words
        return Frame(voice, colon.i, None, True) if voice else None
    named = label.ent_type_ in {"PERSON", "ORG"} or all(t.text[:1].isupper() and t.is_alpha for t in words)
    if not words or not named or any(t.pos_ in {"VERB", "AUX", "DET", "PRON"} for t in words):
        return None  # "The reason is simple: ..." is narration
    if " ".join(t.text for t in words) in lexicon().question_labels | lexicon().answer_labels:
        return None  # "Q: ...", "A: ...": a briefing's question or its answer, not a speaker's name
    voice = resolve(label, book, mentions)
    return Frame(voice, colon.i, None, True) if voice else None


def owned_account(noun, by: bool = False):
    """The owner of an account, stance or intention noun ("her reply", "Vale's response", "his plan"), or None;
    with `by`, also who made it with "by" or "from" ("the claim by the union", "a warning from the mayor")."""
    words = lexicon()
    if noun.lemma_.lower() not in words.account_nouns | words.stance_nouns | words.intention_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and by:
        maker = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        owner = next((c for c in maker.children if c.dep_ == "pobj"), None) if maker is not None else None
    return owner


@cache
def reporting_words() -> frozenset[str]:
    """The verbs of speech, stance and position, as one set, built once."""
    words = lexicon()
    return words.speech_verbs | words.stance_verbs | words.position_verbs


def _reporting_verb(span, quoted, book, mentions) -> Frame | None:
    words = lexicon()
    reporting = reporting_words()
    candidates = [t for t in span if t.pos_ == "VERB" and not quoted[t.i]
                  and (verb_lemma(t, reporting) in reporting or _document_of(t) is not None
                       or _after_quotation(t, quoted) or _position_by_shape(t))] + [
        t for t in span if (_copular_stance(t) is not None or _experiencer(t) is not None) and not quoted[t.i]]
    writer: set[int] = set()
    for verb in sorted(candidates, key=_order):
        trailing = _trailing_speaker(verb)
        if verb.dep_ == "acl" and not _speaks_in_participle(verb) and not _to_infinitive_of_object(verb) \
                and trailing is None:
            continue  # "a truce called by Trump" describes a thing; "a statement saying" is an account
        if _with_finding(verb) or any(_with_speakers(v) for v in (verb, *verb.ancestors)):
            continue  # "Turnout was low, with data showing that ...": the finding a claim beside the sentence
        if _aim_of_act(verb):
            continue  # "Reed toured Ohio, hoping to win": the tour is told, the hope a claim beside it
        if trailing is None and _in_clause_aside(verb, span):
            continue  # "a row triggered by remarks from X, who suggested ...": X speaks in a clause aside
        if any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and not _held_in_mind(verb)))
               for c in verb.children):
            continue  # "it is unclear if X asked Y to ...": whether X spoke is the question, not X's word
        document = _document_of(verb)
        holder = _copular_stance(verb) or _experiencer(verb)
        if holder is not None and holder.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
            holder = _antecedent(verb)  # "Reed, who is a critic of the deal, left": Reed
        subject = _quoted_source(verb) or document or holder or _subject_of(verb) or _relative_speaker(verb, span) \
            or trailing
        if subject is None and _bare_opening_speech(verb, span) and (
                (last := mentions.person()) is not None) and (content := _content_of(verb, span, quoted)) is not None:
            # "Tom Reed hints at a run. Says the levy will fail.": a deck goes on as "he says" would, in the voice
            # of the last speaker or the person the sentence before was about
            return Frame(Voice(last.name, last.side, last.side is not None), verb.i, content.i, False)
        if subject is None:
            continue
        if subject.lower_ == "i" and subject.pos_ == "PRON":
            # the writer speaking, in the publisher's own voice; not "we", which in a leader's account of a
            # call is often both parties ("We agreed that Ukraine and the United States should continue ...")
            writer |= _reported_by(verb)
            continue
        if verb.i in writer:
            continue  # "I told Vale that it was mentioned by the Ledger": what the writer reports stays theirs
        content = _content_of(verb, span, quoted)
        if content is None and holder is not None:  # "Vale is confident the campaign will win"
            content = next((c for a in verb.children if a.dep_ == "acomp" for c in a.children if c.dep_ == "ccomp"),
                           None)
        lemma = verb_lemma(verb, reporting)
        speech = lemma in words.speech_verbs or document is not None or _after_quotation(verb, quoted)
        named = _is_named_source(subject, words)
        if not named and not (speech and content is not None and not _borrowed_occasion(subject, verb)):
            # "the island Beijing considers", "the deal saw": not a source; nor an occasion the parse hung another
            # clause's verb on ("X's call marked the first contact since Y enraged Beijing by suggesting ...")
            continue
        stance = lemma in words.position_verbs | words.stance_verbs or holder is not None or _position_by_shape(verb)
        if content is None and ((" " in lemma and speech) or not (speech or (stance and named))):
            continue  # "X put it on the table": a verb of speech only with its object is one only with a statement
        if content is None and _with_partner_only(verb):
            continue  # "Xi talked with Modi on the sidelines": a meeting told, not a statement of Xi's
        voice = _joint_voice(subject, book, mentions)
        if voice is None:
            continue
        # A verb frames only its own clause: in "China announced patrols, and Japan reaffirmed plans",
        # the second clause is not China's.
        return Frame(voice, verb.i, content.i if content is not None else None, False,
                     _earlier_occasion(verb, content, words), _plural(subject))
    return None


def _held_in_mind(verb) -> bool:
    """A verb of belief or wish ("if he thinks that ...", "if voters want a change"): put with "if", the stance is
    still its subject's, as PolNeAR reads it; a verb of speech with "if" may never have been said."""
    words = lexicon()
    minded = words.stance_verbs | words.mind_verbs
    return verb_lemma(verb, minded) in minded


def _bare_opening_speech(verb, span) -> bool:
    """A sentence opened by a verb of speech in the third person with no subject at all ("Says the levy will
    fail.", "Adds that ..."): a headline's deck, going on in its speaker's voice."""
    words = lexicon()
    return (verb.i == span.start and verb.tag_ == "VBZ" and verb.dep_ == "ROOT"
            and verb_lemma(verb, words.speech_verbs) in words.speech_verbs
            and not any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children))


def participle_finding(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(start, end, frame) for what a participle of speech or finding reports for the record, finding or speakers
    it is on, in a sentence whose own voice is not theirs ("Police received 911 calls saying shots had been fired",
    "..., with a new survey finding that voters trust him", "There were emails showing that officials knew"): the
    participle's clause, to be a claim of its own in that voice beside the sentence, which stays whole. Not one
    inside what the sentence's speaker reports, nor one the sentence's frame already is ("a statement saying ...")."""
    words = lexicon()
    verbs = words.speech_verbs | words.finding_verbs
    for verb in span:
        if verb.tag_ != "VBG" or quoted[verb.i] or verb_lemma(verb, verbs) not in verbs:
            continue
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        source = _participle_source(verb)
        if content is None or source is None or not _records_or_speaks(source) or (frame is not None and (
                frame.verb == verb.i or _inside_content(frame, verb))):
            continue
        # "X issued a statement saying": X's; a bare record speaks as itself ("with data showing that ...")
        voice = resolve(_issuer(source) or source, book, mentions) or Voice(noun_phrase(source), None)
        if not voice.name.strip() or (frame is not None and frame.voice.name == voice.name):
            continue
        return _content_start(content), content.right_edge.i + 1, Frame(voice, verb.i, content.i, False, True)
    return None


def _content_start(content) -> int:
    """Where the words a verb of speech reports begin: at their "that", else at the clause's first word."""
    return next((c.i for c in content.children if c.dep_ == "mark" and c.lower_ == "that"), content.left_edge.i)


def reported_speech(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(start, end, frame) for another's words that the sentence's speaker reports ("Cole said Reed told her that
    the levy would pass", "According to Cole, Reed said ...", "The Ledger reported that Reed has said ..."): the
    inner verb of speech's clause, to be a claim of its own in the inner speaker's voice beside the sentence, which
    stays the outer speaker's. Not words the outer speaker says again of themselves ("Reed said he told them ...")."""
    if frame is None or frame.verb is None:
        return None
    words = lexicon()
    for verb in span:
        if verb.i == frame.verb or quoted[verb.i] or verb.pos_ != "VERB" or \
                verb_lemma(verb, words.speech_verbs) not in words.speech_verbs:
            continue
        if not (frame.covers_sentence or _inside_content(frame, verb)):
            continue
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i > verb.i
                        and c.pos_ in {"VERB", "AUX"} and not quoted[c.i]), None)  # not "which analysts say could"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if content is None or subject is None or subject.lower_ in _FIRST_PERSON or \
                not _is_named_source(subject, words):  # "the call signalled that ...": no one speaks
            continue
        voice = resolve(subject, book, mentions)
        if voice is None or not voice.name.strip() or voice.name == frame.voice.name:
            continue
        start, end = _content_start(content), content.right_edge.i + 1
        if start < frame.verb < end:  # "..., according to the readout" hung on the clause: the outer attribution
            end = frame.verb
        return start, end, Frame(voice, verb.i, content.i, False, True)
    return None


def held_stance(span, quoted, frame: Frame | None, book: VoiceBook, mentions: Mentions):
    """(start, end, frame) for a stance a participle or adjective tells of the people it is on, in a sentence whose
    own voice is not theirs ("The report cheered Democrats hoping to keep the Senate", "tax breaks for companies
    willing to move there", "rallies of farmers opposing the levy"): the participle's phrase, to be a claim of its
    own in their voice beside the sentence, which stays whole; a wish, plan, fear or support is the holder's
    position, as "Democrats hope to ..." states it. Not one inside what the sentence's speaker reports."""
    words = lexicon()
    for token in span:
        holder = _stance_holder(token, words)
        if holder is None or quoted[token.i] or not _is_named_source(holder, words) or _names_both(holder) or (
                frame is not None and (frame.verb == token.i or _inside_content(frame, token))):
            continue
        end = token.right_edge.i + 1
        if end - token.i <= _MIN_STANCE_WORDS or end > span.end:
            continue
        voice = resolve(holder, book, mentions)
        if voice is None or voice.name in span.doc[token.i:end].text:  # "crowds backing Reed" are not Reed
            voice = Voice(noun_phrase(holder), None)
        if not voice.name.strip() or (frame is not None and frame.voice.name == voice.name):
            continue
        return token.i, end, Frame(voice, token.i, token.i, False, True)
    return None


_MIN_STANCE_WORDS = 3  # "hoping to win": a stance with what it is about


def _stance_holder(token, words: Lexicon):
    """The people a participle or an adjective after them holds a stance for ("Democrats hoping to ...", "those
    backing Reed", "firms willing to ..."), or None: the noun it is on, or the subject the parse gave a participle
    with no auxiliary ("cheered Democrats hoping to ...")."""
    minded = words.mind_verbs | words.stance_verbs
    if token.tag_ == "VBG" and verb_lemma(token, minded) in minded:
        if token.dep_ == "acl" and token.head.i < token.i and token.head.dep_ != "ROOT":
            return token.head  # not a headline's verb the tagger read as a noun ("Reed heads to Ohio seeking ...")
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.dep_ == "ccomp" and subject is not None and not any(c.dep_ == "aux" for c in token.children):
            return subject
        if _aim_of_act(token):
            return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    elif token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i < token.i and (
            token.lower_ in words.stance_adjectives) and any(c.dep_ in {"xcomp", "prep"} for c in token.children):
        return token.head
    return None


def _aim_of_act(verb) -> bool:
    """A participle of wish or stance with no subject of its own, on a verb that tells an act ("Reed will head to
    Ohio, hoping to win the farm vote", "Cole toured the mills, seeking support"): the act stays the outlet's
    narration, the aim is the subject's (`held_stance`), not a frame of the whole sentence. Not a participle of
    speech ("Xi invoked the alliance, urging joint efforts": his words, as before)."""
    words = lexicon()
    minded = (words.mind_verbs | words.stance_verbs) - words.speech_verbs  # "..., urging joint efforts": speech
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB"
            and verb_lemma(verb, minded) in minded and not any(c.dep_ in _SUBJECTS | {"mark"} for c in verb.children)
            and verb_lemma(verb.head, reporting_words()) not in reporting_words())


def _participle_source(verb):
    """The noun a participle says something for: the noun it is on ("calls saying"), or its own subject ("with a
    survey finding that"), or, for one the parse hung on the verb of "there were", that verb's noun ("There were
    emails that night showing that ...")."""
    if verb.dep_ == "acl":
        return verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None or verb.dep_ != "advcl":
        return subject if verb.dep_ in {"pcomp", "advcl"} else None
    return next((c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i and c.pos_ == "NOUN"), None)


def _records_or_speaks(noun) -> bool:
    """A noun whose participle tells what it says: an account, a finding, a record, people, or a name."""
    words = lexicon()
    lemma = noun.lemma_.lower()
    return (lemma in words.finding_nouns or {lemma, noun.lower_} & words.record_nouns or _names_speakers(noun)
            or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})


def _inside_content(frame: Frame, token) -> bool:
    """Whether a token lies in what the frame's speaker reports."""
    return frame.content_root is not None and token.i in {t.i for t in token.doc[frame.content_root].subtree}


def _on_relative_word(clause) -> bool:
    """The clause's subject is a relative word ("which", "who"): it tells of the noun it hangs on."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.tag_ in _RELATIVE_TAGS


def _relative_speaker(verb, span):
    """The noun a relative clause is on, for a verb of speech joined to the clause's own verb, where the clause is
    the span, a claim cut off from its sentence ("[the bank,] which manages the debt and says it cannot pay");
    None elsewhere, where the noun is no argument of the sentence's verb and the sentence is not its account."""
    clause = verb.head if verb.dep_ == "conj" else None
    if clause is None or clause.dep_ != "relcl" or span.start <= clause.head.i < span.end:
        return None
    return _antecedent(clause) if _on_relative_word(clause) else None


def _in_clause_aside(verb, span) -> bool:
    """The verb is in a relative clause or participle on a noun that is no argument of the main verb, or in what
    such a clause reports ("remarks by X, who said Japan could respond": neither X's nor Japan's word for the
    sentence), unless that clause is the span itself: cut off as a claim of its own
    (`claims.relative_statement`), it speaks for itself."""
    words = lexicon()
    token = verb
    while token.head.i != token.i:
        if (token.dep_ == "relcl" or (token.dep_ == "acl" and token.head.lemma_.lower() not in words.account_nouns)) \
                and not argument_of_main_clause(token.head) and span.start <= token.head.i < span.end:
            return True
        if token.dep_ not in _CONTENT:
            return False  # only what the clause reports is inside it
        token = token.head
    return False


def _position_by_shape(verb) -> bool:
    """A verb outside the lists whose arguments make what it says its subject's position: a finite clause of
    its own ("voters saw that Obama could win", "they resent that ...", "the senator is betting that ..."; not
    one it brings about, "X ensured that ..."), a figure it gives with "at" ("Forbes put his worth at $4
    billion", "a survey had him at 4 percent"), an aim it sets out for ("X is trying to ...", `_sets_out_to`), a
    stance noun it holds ("voters had a favorable opinion of
    her", "Trump has held left-leaning positions on ..."), or a text's content: a law's provision ("the bill
    would prohibit ...") or what an account holds ("his tweet included a picture of ...")."""
    words = lexicon()
    lemma = verb_lemma(verb, words.causing_verbs)
    if lemma in words.causing_verbs or not verb.is_alpha:
        return False
    return (_holds_clause(verb) or _gives_figure(verb, lemma) or _text_provides(verb, lemma) or _sets_out_to(verb)
            or (lemma in words.holding_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in words.stance_nouns
                                                     for c in verb.children)))


def _sets_out_to(verb) -> bool:
    """A verb of trying with the infinitive it takes ("Reed has tried to make an issue of it", "Cole is looking to
    end the feud", "they are working to portray him as ..."): its subject's intention, as "X plans to ..." states
    it; not the verb alone ("Reed tried the soup", "Cole looked tired")."""
    words = lexicon()
    if verb_lemma(verb, words.trying_verbs) not in words.trying_verbs:
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
               for c in verb.children)


def _holds_clause(verb) -> bool:
    """An active verb with a finite clause of its own after it, and a subject that can hold it (not "it appears
    that"; not "he was challenged over his statement that ...", a noun's clause the parse gave the verb; not
    "Manafort comes ...: he protected", a clause before the verb)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"}), None)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            subject is not None and subject.lower_ in _DUMMY_SUBJECTS):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"} and _finite_clause(c)
               and not _inverted_attribution(c) and not _object_relative(c, verb) for c in verb.children)


def _object_relative(clause, verb) -> bool:
    """A clause opened by a relative pronoun after the verb's object, which the parse gave the verb ("opposed
    legislation Tuesday that would create a commission"): it tells of the object; the subject holds no clause."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.tag_ in _RELATIVE_TAGS and subject.i == clause.left_edge.i and any(
        c.dep_ == "dobj" and c.i < subject.i for c in verb.children)


def _inverted_attribution(clause) -> bool:
    """A clause after a comma whose verb of speech has a subject of its own ("X called off the interview, a producer
    told the Times"): the parse hung the attribution on what it reports, which is no clause the subject holds."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (before is not None and before.text == "," and verb_lemma(clause, lexicon().speech_verbs)
            in lexicon().speech_verbs and any(c.dep_ == "nsubj" for c in clause.children))


def _gives_figure(verb, lemma: str) -> bool:
    """"put his worth at $4 billion", "had him at 4 percent", "the losses were put at $2 billion by analysts"."""
    return lemma in lexicon().estimate_verbs and any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(_is_figure(g) for g in c.children) for c in verb.children)


def _text_provides(verb, lemma: str) -> bool:
    """A law's provision ("the bill would prohibit ...", "is barred by the new law") or what an account holds
    ("her tweet included a picture of ...")."""
    words = lexicon()
    text = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"}), None) or by_agent(verb)
    return text is not None and ((lemma in words.provision_verbs and text.lemma_.lower() in words.law_nouns) or (
        lemma in words.containing_verbs and text.lemma_.lower() in words.account_nouns))


_DUMMY_SUBJECTS = {"it", "this", "that", "there"}  # "it appears that ...": no one holds the clause


def _finite_clause(clause) -> bool:
    """A clause with a subject and a finite verb of its own, or opened by "that" ("that she would run")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return False
    marked = features.that_clause(clause)
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS | {"MD"}
                                                  for c in clause.children)
    return subject and (marked or finite)


def _is_figure(token) -> bool:
    """A number, or a noun counted by one ("$45 billion", "4 percent", "30 points")."""
    return token.like_num or token.pos_ == "NUM" or any(c.dep_ in {"nummod", "quantmod"} and c.like_num
                                                        for c in token.children)


def _borrowed_occasion(subject, verb) -> bool:
    """Whether `subject` is another verb's subject that names an occasion (a call, a meeting), which says
    nothing: the parse hung the verb of speech on the wrong clause."""
    own = subject.head == verb or subject == verb.head or (subject.head.dep_ == "agent" and subject.head.head == verb)
    return not own and subject.lemma_.lower() in words_of("meeting_nouns")


def _reported_by(verb) -> set[int]:
    """The token indices of the clause a verb reports: its complement's ("I told Vale [that ...]"), or, with the
    attribution put last, the clause it hangs on ("[It was mentioned by the Ledger], I told her")."""
    clauses = [c for c in verb.children if c.dep_ in _CONTENT]
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
        return {verb.head.i} | {t.i for c in clauses for t in c.subtree}
    return {t.i for c in clauses for t in c.subtree}


def _with_partner_only(verb) -> bool:
    """An act two parties do together (`symmetric_predicates`) that names whom it was done with ("talked with
    Modi on the sidelines") and no object, clause or topic ("about", "of") that would be what was said: a
    meeting told, where "disagreed with her" still holds a stance."""
    lemma = verb.lemma_.lower()
    if lemma not in symmetric_predicates() or lemma in lexicon().stance_verbs:
        return False
    children = list(verb.children)
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
    said = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") or (c.dep_ == "prep" and c.lower_ in ("about", "of"))
               for c in children)
    return partner and not said


def _copular_stance(token):
    """Who holds the stance a copula (or a verb linking as one does, "remains") states: its subject before an
    adjective of stance ("Vale is confident the campaign will win", "officials were adamant that ...", "Vale is
    critical of the plan") or a noun of a stance-taking role ("Vale is a critic of the plan"), or the owner of
    the view or argument that is its subject, with the clause it is ("Vale's view is that ...")."""
    words = lexicon()
    if (held := _passive_stance(token, words)) is not None:
        return held
    linking = token.pos_ == "AUX" or (token.pos_ == "VERB" and token.lemma_.lower() in words.linking_verbs)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), _subject_of_has(token)) if linking else None
    if subject is None or subject.lower_ in _DUMMY_SUBJECTS:
        return None  # "It is clear that ...": no one holds it
    if any(c.dep_ in {"attr", "oprd"} and c.lemma_.lower() in words.stance_roles for c in token.children):
        return subject  # "Bannon has been a supporter of Trump", "she remains a fierce critic of the deal"
    if any(c.dep_ == "acomp" and (c.lemma_.lower() in words.stance_adjectives or c.lower_ in words.stance_adjectives)
           for c in token.children):  # a participle the tagger took for a verb ("is disappointed", "were convinced")
        return subject
    if subject.lemma_.lower() in words.stance_nouns and (any(c.dep_ == "ccomp" for c in token.children)
                                                       or _before_colon(token)):
        return next((c for c in subject.children if c.dep_ == "poss"), None)  # also "X's message was simple: ..."
    return None


def _passive_stance(token, words: Lexicon):
    """The subject of an adjective of stance the parse made a passive verb ("Vale is still persuaded of the
    benefits", "the council was divided over the deal"), or None; not a passive with its agent ("the plan is
    opposed by Vale": Vale's stance, `_subject_of`'s)."""
    if token.tag_ != "VBN" or token.lower_ not in words.stance_adjectives or any(c.dep_ == "agent" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _DUMMY_SUBJECTS or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    return subject


def _experiencer(verb):
    """Who feels what a verb of feeling says its subject caused: its object ("the remarks angered conservative
    Jews", "attacks alarm legal experts"), or its subject in the passive ("voters were angered by the remarks"); a
    stance as "voters are angry" states one. None for other verbs, for one with a clause of its own, for one in a
    relative clause or participle (a noun described: "the ruling, which angered farmers, was upheld"), for one
    negated or in the infinitive ("so as not to anger Trump": no one felt it), for no one ("pleased nobody"), and
    where a person or a group angered them ("Obama angered farmers when he said ...": an act told as the actor's)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().experiencer_verbs or verb.dep_ in {"relcl", "acl"} \
            or any(c.dep_ in {"ccomp", "xcomp", "neg"} or (c.dep_ == "aux" and c.lower_ == "to")
                   for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if cause is not None and (cause.ent_type_ in _NAME_ENTITIES or cause.pos_ in {"PROPN", "PRON"}
                              or cause.lemma_.lower() in lexicon().speaker_nouns):
        return None  # "Obama angered farmers when he criticized ...": someone's act, told as theirs
    holder = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    negation = data_table("certainty.toml")["negation"]  # "pleased nobody", "angered no one"
    if holder is None or holder.lower_ in negation["pronouns"] or any(
            c.lower_ in negation["determiners"] for c in holder.children):
        return None
    return holder


def _before_colon(token) -> bool:
    """A clause that ends in a colon, introducing what follows ("Vale's answer was short: ...")."""
    end = token.right_edge.i + 1
    return end < len(token.doc) and token.doc[end].text == ":"


def _after_quotation(verb, quoted) -> bool:
    """A verb with its subject right after a quotation that breaks off at a comma, "?" or "!" ("“Get out,” she
    snapped", "“We did it!” beamed Vale", "“...,” the nominee riffed on ..."): where it stands makes it a verb of
    speech, whatever the verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or quoted[subject.i] or abs(subject.i - verb.i) > _MAX_INVERTED_SUBJECT:
        return False
    first = min(verb.i, subject.left_edge.i)
    doc = verb.doc
    return first >= 2 and doc[first - 1].text in QUOTE_MARKS and doc[first - 2].text in {",", "?", "!"}


_MAX_INVERTED_SUBJECT = 6  # "“...,” said Ann Vale, the chair": the subject beside its verb, a short name at most


def _document_of(verb):
    """The document a verb of speech for documents has as subject; after a quotation the parse makes it the
    object ("“...,” read a statement from X")."""
    if verb.lemma_.lower() not in lexicon().document_verbs:
        return None
    deps = {"nsubj"} if any(c.dep_ == "nsubj" for c in verb.children) else {"nsubj", "dobj"}
    return next((c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in lexicon().account_nouns), None)


def _plural(source) -> bool:
    """A source in the plural: a plural noun or pronoun, or names joined ("Democrats", "they", "X and Y")."""
    return source.tag_ in {"NNS", "NNPS"} or source.lower_ in _PLURAL_PRONOUNS or bool(_conjuncts(source))


def _joint_voice(subject, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """The voice of a subject and the names joined to it ("Rokita and House Speaker Bosma have said",
    "Matthews, Seitz-Wald and Lopez argued"): all of them, on a side only when they share it."""
    leading = _listed_before(subject)  # "45% of Republicans, 28% of independents and 12% of Democrats say"
    if leading and all(_is_named_source(t, lexicon()) for t in leading):  # not "soybeans and aircraft, officials said"
        subject, listed = leading[0], leading[1:] + [subject]
    else:
        listed = []
    first = resolve(_owner(subject), book, mentions)
    joined = [c for c in listed + _conjuncts(listed[-1] if listed else subject)
              if c.tag_ != "DT" and _is_named_source(c, lexicon())]  # not "both"
    if first is None or not joined or not _is_named_source(subject, lexicon()):
        return first
    if any(c.dep_ == "cc" and c.lower_ not in {"and", "&"} for t in [subject, *joined] for c in t.children):
        return first  # "neither X nor Y", "X or Y": not a statement of them all
    voices = [first] + [v for v in (resolve(_owner(c), book, mentions) for c in joined) if v is not None]
    names = list(dict.fromkeys(v.name for v in voices))
    if len(names) < 2:
        return first
    sides = {v.side for v in voices}
    side = sides.pop() if len(sides) == 1 else None
    return Voice(", ".join(names[:-1]) + " and " + names[-1], side, side is not None and all(v.official for v in voices))


_NOT_SPEAKERS = {"GPE", "LOC", "FAC", "DATE", "TIME"}  # "On Monday in Dayton, Ohio, Gov. Hale said": the parse's slip


def _listed_before(subject) -> list:
    """The subjects the parse gave the same verb just before this one, each ending at the comma or "and" before the
    next ("[45% of Republicans], [28% of independents] and 12% of Democrats say", "[Half of voters, a third of
    farmers] and most economists say"): the head of one list of speakers the parse broke up. Empty when none is, or
    when no "and" ends the list ("Cross-referencing voting records ..., the researchers found": a phrase put first)."""
    listed, token, joined = [], subject, any(c.dep_ == "conj" for c in subject.children)
    while True:
        comma = token.left_edge.i - 1
        before = next((c for c in subject.head.children if c.dep_ in _SUBJECTS and c.i < token.i
                       and c.right_edge.i in (comma - 1, comma) and c.ent_type_ not in _NOT_SPEAKERS), None)
        if comma < 1 or token.doc[comma].lower_ not in {",", "and"} or before is None:
            return listed if joined else []
        joined = joined or token.doc[comma].lower_ == "and"
        listed.insert(0, before)
        token = before


def _conjuncts(token) -> list:
    """The nouns coordinated with a token ("A, B and C"): its conj children, and theirs."""
    found, stack = [], [c for c in token.children if c.dep_ == "conj"]
    while stack:
        child = stack.pop(0)
        found.append(child)
        stack.extend(c for c in child.children if c.dep_ == "conj")
    return found


def _owner(source, issued: bool = True):
    """Who an account or finding is by: "Trump's post said", "a report by the institute found", "according
    to an analysis by Pew", with `issued` also "a statement released by the campaign"; the source itself when it
    names no one else ("the readout said")."""
    if source.pos_ != "NOUN":
        return source
    by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None) or next(
        (a for c in source.children if issued and c.dep_ == "acl" and c.lemma_.lower() in lexicon().issuing_verbs
         for a in c.children if a.dep_ == "agent"), None)  # "a statement released by the campaign said"
    owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None and source.lemma_.lower() in lexicon().published_nouns:  # "a report in The Dayton Daily News"
        owner = next((g for c in source.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" and g.ent_type_ in {"ORG", "WORK_OF_ART"}), None)
    if owner is None and source.lemma_.lower() in (lexicon().account_nouns | lexicon().quotation_nouns
                                                   | lexicon().reckoning_nouns):
        # "a statement from the campaign", "“...,” came the reply from the mayor", "an estimate from the union"
        owner = next((c for c in source.children if c.dep_ == "poss"), None) or next(
            (g for c in source.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ == "pobj" and g.ent_type_ not in {"GPE", "LOC", "DATE", "TIME"}), None)
    return owner if owner is not None else source


def verb_lemma(verb, known: frozenset[str]) -> str:
    """The verb's lemma, mended where the lemmatizer cuts a listed verb's final e ("hoped", "hoping" -> "hop"), or with its
    object or particle where the two are listed together ("put it": "as one voter put it"; "lash out"), or with a
    particle that makes it another verb ("call off", `other_verb_particles`)."""
    lemma = verb.lemma_.lower()
    if lemma in _phrase_starts(known):  # else no phrase "lemma word" is listed: most verbs
        # an "as" the parse hung on the verb's object or its passive's agent ("saw the change as a demotion", "was
        # seen by some as a demotion") is the verb's own
        hung = [g for c in verb.children if c.dep_ in {"agent", "dobj"} for a in [c, *c.children]
                if a.dep_ in {"pobj", "dobj"} for g in a.children if g.dep_ == "prep" and g.lower_ == "as"]
        phrase = next((f"{lemma} {c.lower_}" for c in [*verb.children, *hung] if (
            c.dep_ in {"dobj", "prt", "advmod", "prep"} or (c.dep_ in {"ccomp", "oprd", "acomp"} and c.pos_ == "ADJ"))
                       and f"{lemma} {c.lower_}" in known and not _as_a_person(c, verb)), None)
        if phrase is not None:
            return phrase
    particle = features.other_verb_particle(verb)
    if particle:
        return f"{lemma} {particle}"  # "called off the interview" is no speech
    if lemma not in known and verb.tag_ in {"VBD", "VBN"} and verb.lower_.endswith("ed") and verb.lower_[:-1] in known:
        return verb.lower_[:-1]
    if lemma not in known and verb.tag_ == "VBG" and f"{lemma}e" in known:  # "hoping" -> "hop"
        return f"{lemma}e"
    return lemma


@lru_cache(maxsize=32)
def _phrase_starts(known: frozenset[str]) -> frozenset[str]:
    """Whatever comes before a space in a listed phrase ("put" of "put it"): a lemma that is none of these
    makes no listed phrase with the word after it."""
    return frozenset(entry[:j] for entry in known for j, ch in enumerate(entry) if ch == " ")


def _as_a_person(prep, verb) -> bool:
    """"as" naming what the subject was then ("saw the film as a child"), not what they take a thing or a person
    for ("sees the state as fertile ground", "sees Vale as a rival")."""
    if prep.dep_ != "prep" or any(c.dep_ == "dobj" and (c.pos_ in {"PROPN", "PRON"} or _names_speakers(c))
                                  for c in verb.children):
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and _names_speakers(c) for c in prep.children)


def _quoted_source(verb):
    """"CGTN quoted Xi as saying ...", "Xi was quoted as saying ...": the one quoted, not the one quoting,
    is the source."""
    if verb.lemma_.lower() not in {"quote", "cite"}:
        return None
    speech = lexicon().speech_verbs
    as_saying = any((c.lower_ == "as" and any(g.pos_ == "VERB" and g.lemma_ in speech for g in c.children))
                    or (c.dep_ == "advcl" and c.lemma_ in speech) for c in verb.children)  # not "cited his role as"
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None) if as_saying else None


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _order(verb) -> float:
    """Candidates are tried from the top of the parse down, but a report "as" sets beside its main clause
    ("As the Ledger reported, the mayor opposes the levy") comes before that clause's own verb, as "the Ledger
    reported that the mayor opposes the levy" does: the whole is the reporter's account. Not before a verb of
    speech: what someone said, and a quotation above all, stays theirs ("“...,” said Rapp-Hooper, as reported by
    Reuters"; issue 17: a quote is the person's quoted, not the outlet's that carried it)."""
    if _as_report(verb):
        framed = _framed_by_as(verb)
        if verb_lemma(framed, lexicon().speech_verbs) not in lexicon().speech_verbs:
            return _depth(framed) - 0.5
    if _set_off_report(verb):  # "Critics, Reed said, believed the levy would fail": Reed's account, as if put last
        return _depth(verb.head) - 0.5
    return _depth(verb)


def _set_off_report(verb) -> bool:
    """A verb of speech with its own subject set off by commas inside the clause it reports ("Six months ago, the
    senator said, voters considered him a fringe candidate"), where the parse hung it beside that clause's verb: the
    whole is the speaker's, as with the attribution first or last; not beside another verb of speech."""
    speech = lexicon().speech_verbs
    doc = verb.doc
    return (verb.dep_ == "parataxis" and verb.head.i > verb.i and verb_lemma(verb, speech) in speech
            and verb_lemma(verb.head, speech) not in speech
            and any(c.dep_ == "nsubj" for c in verb.children)
            and _comma_at(doc, verb.left_edge.i, -1) and _comma_at(doc, verb.right_edge.i, 1))


def _comma_at(doc, edge: int, step: int) -> bool:
    """A comma at the edge of a phrase, or just beyond it (`step` -1 before, 1 after)."""
    return doc[edge].text == "," or (0 <= edge + step < len(doc) and doc[edge + step].text == ",")


def _framed_by_as(verb):
    """The clause an "as" clause frames: the verb it hangs on, or the verb of the subject the parse hung it on
    ("The mayor, as the Ledger reported, has opposed ...")."""
    head = verb.head
    return head.head if head.dep_ in {"nsubj", "nsubjpass"} else head


def _as_report(verb) -> bool:
    """"As X reported," / ", as X noted": a verb of speech marked by "as" with nothing of its own reported
    (no clause, no object: "As Trump spoke to the crowd, protesters shouted ..." is a time, not a report)."""
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and verb_lemma(verb, lexicon().speech_verbs) in lexicon().speech_verbs
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "dative"} for c in verb.children))


def _trailing_speaker(verb):
    """The speaker of a verb of speech or stance closing the sentence after a comma, which the parse read as a
    participle on its noun and hung that noun on the main verb ("Most classrooms need work, school inspectors estimated
    in their report": inspectors); None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.i > verb.i or not _hung_on_main_clause(noun):
        return None
    edge = noun.left_edge  # the parse may hang the comma on the noun itself
    before = edge.i if edge.text == "," else edge.i - 1
    if before < 0 or noun.doc[before].text != "," or verb_lemma(verb, reporting_words()) not in reporting_words():
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return None  # "..., the figures estimated to be ...": a participle with its own complement
    return noun if _names_speakers(noun) or noun.pos_ == "PROPN" or noun.ent_type_ in _NAME_ENTITIES else None


def _hung_on_main_clause(noun) -> bool:
    """A noun after the main clause that the parse hung on its verb ("need work, inspectors estimated": npadvmod) or
    joined to its object by a comma alone ("need new roofs, inspectors estimated": conj, no "and")."""
    if noun.dep_ == "npadvmod":
        return noun.head.dep_ == "ROOT" and noun.head.i < noun.i
    return (noun.dep_ == "conj" and noun.head.head.dep_ == "ROOT" and noun.head.dep_ in ("dobj", "attr", "acomp")
            and not any(c.dep_ == "cc" for c in noun.head.children))


def _speaks_in_participle(verb) -> bool:
    """A participle that reports what its noun says: an account's ("a statement saying"), or a clause said by
    a document or by people ("emails showing that officials knew", "calls from residents saying shots had been
    fired", "a poll finding that ...")."""
    noun = verb.head
    return noun.lemma_.lower() in lexicon().account_nouns or (
        _reports_clause(verb) and (noun.pos_ == "PROPN" or _names_speakers(noun)))


def _with_finding(verb) -> bool:
    """A participle of finding that reports a clause for the record "with" brings in beside the sentence ("Turnout was
    low, with data showing that farmers stayed home"): a finding told beside what the sentence says, which
    `participle_finding` makes a claim of its own; the sentence is not the finding's."""
    findings = lexicon().finding_verbs
    if verb.tag_ != "VBG" or not _reports_clause(verb) or verb_lemma(verb, findings) not in findings:
        return False
    if verb.dep_ == "pcomp":  # the parse's other reading: "with" taking the clause, "data" its subject
        source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return verb.head.lower_ == "with" and source is not None and _is_record(source)
    return verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with" and _is_record(verb.head)


def _with_speakers(verb) -> bool:
    """A participle of speech that reports a clause for people "with" brings in, set off beside the sentence's own act
    ("The terminal welcomed its first passengers this week, with officials saying the building would handle 12
    million travellers a year"; "With analysts saying the deal is near, shares rose"): their words told beside what
    the sentence says, as `_with_finding`'s record's are; the sentence is not theirs (issue 16, h23b: the aside's
    verb was read as the claim's act)."""
    if verb.tag_ != "VBG" or not _reports_clause(verb) or verb_lemma(verb, lexicon().speech_verbs) \
            not in lexicon().speech_verbs:
        return False
    # "with" taking the speakers, the participle on them; or the parse's other reading, "with" taking the clause
    with_ = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else \
        verb.head if verb.dep_ == "pcomp" else None
    if with_ is None or with_.lower_ != "with" or with_.dep_ != "prep" or with_.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = with_.doc
    return with_.i == with_.sent.start or doc[with_.i - 1].text == ","


def _is_record(noun) -> bool:
    """A finding or a record ("data", "records", "a poll"), not people."""
    lemma = noun.lemma_.lower()
    return bool({lemma, noun.lower_} & (lexicon().finding_nouns | lexicon().record_nouns))


def _reports_clause(verb) -> bool:
    return any(c.dep_ == "ccomp" for c in verb.children)


def _issuer(account):
    """Who put out an account a participle reports from ("His office put out a statement saying ...", "Forbes
    shot back in an article stating ..."); None when the sentence names no one ("There were emails showing")."""
    if account.lemma_.lower() not in lexicon().account_nouns:
        return None
    verb = account.head
    if verb.dep_ == "prep" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return _subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None


def _subject_of(verb):
    if verb.dep_ == "acl" and _speaks_in_participle(verb):
        noun = verb.head  # else the noun itself, when it says a clause or has an owner ("his speech praising")
        return _issuer(noun) or (noun if _reports_clause(verb) or _owner(noun, issued=False) is not noun else None)
    # the nearest of two subjects the parse gave ("On Monday in Dayton, OH, ..., Gov. Tom Hale said")
    subjects = sorted((c for c in verb.children if c.dep_ in _SUBJECTS), key=lambda c: abs(c.i - verb.i))
    subject = next((c for c in subjects if not _quote_between(c, verb)), subjects[0] if subjects else None)
    subject = subject if subject is not None else _subject_of_has(verb)
    if subject is not None and subject.pos_ == "ADP":  # "Of Lund, Varga said": the parse's slip
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "ccomp":
        # a cleft the parse read as a clause of the copula: "It was Vale who said ...": Vale
        subject = next((c for c in verb.head.children if c.dep_ == "attr" and c.i < subject.i), subject)
    if subject is not None:
        return _antecedent(verb) if subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl" else subject
    subject = _final_compound_subject(verb) or _subject_under_what(verb)
    if subject is not None:  # "..., FEC filings show": the parse made the subject a compound
        return subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # "it was announced by X"
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    clause = _relative_clause_before(verb)
    if clause is not None:
        return _antecedent(clause)
    controller = _controller(verb)
    if controller is not None and controller.lower_ == "it" and verb.dep_ == "conj":
        return _name_just_before(verb) or controller  # "it wasn't an accident — Tom Wade, an aide, told ..."
    return controller or _subject_before(verb)


def _subject_of_has(verb):
    """The subject of a perfect the parse read as a passive, its "'s" taken for "is" ("he's changed his mind", "she's
    often been careful not to ..."): a participle with an object of its own, or "been"; None for a true passive."""
    passive = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if passive is None or passive.lower_ not in {"'s", "’s"} or not (
            verb.lower_ == "been" or any(c.dep_ == "dobj" for c in verb.children)):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _subject_under_what(verb):
    """The subject the parse hung on the verb's "what" ("That's what my friend Tom Reed wrote": Reed)."""
    what = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i), None)
    return None if what is None else next((c for c in what.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)


def _relative_clause_before(verb):
    """The relative clause a subjectless verb is joined to where the parse hung the verb on the main verb instead
    ("The plan came from the bank, which manages the debt and says it cannot pay": the bank says): the "and" comes
    right after a relative clause on "who" or "which" whose verb has the same tense and number."""
    if verb.dep_ != "conj":
        return None
    joint = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None) or next(
        (c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if joint is None:
        return None
    before = joint.i - 1
    while before > verb.head.i and verb.doc[before].is_punct:
        before -= 1
    clause = next((t for t in verb.doc[verb.head.i + 1:joint.i] if t.dep_ == "relcl"
                   and t.right_edge.i == before), None)
    if clause is None or clause.tag_ != verb.tag_ or clause.tag_ not in FINITE_TAGS:
        return None
    return clause if _on_relative_word(clause) else None


def _inverted_speaker(verb):
    """The speaker of an attribution put last and inverted, which the parse made the verb's object ("The economy is
    improving, say nearly half of Republicans"): a named source after a verb of speech whose clause comes first."""
    words = lexicon()
    if verb_lemma(verb, words.speech_verbs) not in words.speech_verbs or not any(
            c.dep_ in _CONTENT and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _is_named_source(c, words)), None)


def _quote_between(a, b) -> bool:
    """A quotation mark between two tokens: one is in the quotation, the other outside ("“Thanks, all,” said X")."""
    first, last = sorted((a.i, b.i))
    return any(t.text in QUOTE_MARKS for t in a.doc[first:last])


def argument_of_main_clause(noun) -> bool:
    """The noun is a subject or object of the sentence's main verb, or of a verb joined to it ("Marlow,
    who said ..., left", "they met Marlow, who said ...", "reporters spoke to Marlow, who said ..."): a
    relative clause on it speaks for the sentence; on a noun deeper down ("a row triggered by remarks from
    Marlow, who said ...") it does not."""
    while noun.dep_ in ("appos", "compound", "conj") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        if noun.head.lower_ in _SOURCE_PREPOSITIONS and any(
                c.dep_ == "dobj" and c.i < noun.head.i for c in noun.head.head.children):
            return False  # after the verb's object, "from" is the object's ("drew fire from experts, who ...")
        noun = noun.head  # "reporters spoke to Holt, who said ...": the verb's own preposition
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "prep", "dative"):
        return False
    verb = noun.head
    while verb.dep_ in ("conj", "ccomp", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


# A preposition naming where the verb's object came from ("drew fire from", "won praise from"): the parser hangs
# it on the verb, but it belongs to the object; "in 2019", "at the station" do modify the verb.
_SOURCE_PREPOSITIONS = {"from"}


def _antecedent(relative_clause):
    """What a relative clause is about: "Marlow, who said", and the name an apposition describes
    ("Action for Ohio, a group that endorsed")."""
    noun = relative_clause.head
    if noun.dep_ == "conj" and _plural_verb(relative_clause):
        noun = noun.head  # "Rokita and Bosma, who have said ...": both of them
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        name = noun.head
        entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
        return entity.root if entity is not None else name
    return noun


def _plural_verb(verb) -> bool:
    """A verb (or its auxiliary) in the plural present or "were": "who have said", "who say", "who were"."""
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in [verb, *(c for c in verb.children if c.dep_ == "aux")])


def _controller(verb):
    """The subject of the verbs a subjectless verb depends on: "Halvorsen was prompted to say", "rushing to TV
    to say", "he went on to say", "..., telling reporters", "X rallied crowds by promising", "after
    hinting ..., Lind": up the chain of infinitives, participles and conjoined verbs. Up an
    infinitive, a passive subject is the one who speaks ("X was asked to say")."""
    if verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS:
        return None  # a finite verb has a subject of its own, which the parse missed ("as tensions threaten to")
    holder = _clause_holding_noun(verb)
    if holder is not None and (subject := next((c for c in holder.children if c.dep_ in _SUBJECTS), None)):
        return subject
    token = verb
    speech = verb_lemma(verb, lexicon().speech_verbs) in lexicon().speech_verbs
    while (governor := _governing_verb(token, through_adjective=speech)) is not None:
        # up an infinitive, or from a verb of speech through a preposition of a passive ("X was criticized
        # for saying", "X was quoted as saying"), the passive subject is who spoke
        passive = token.dep_ == "xcomp" or (speech and token is verb and token.dep_ == "pcomp")
        deps = _SUBJECTS | ({"nsubjpass"} if passive else set())
        token = governor
        subject = next((c for c in token.children if c.dep_ in deps), None)
        if subject is not None and subject.tag_ in _RELATIVE_TAGS and token.dep_ == "relcl":
            # "Lopez, who was quick to point out ...": the noun the clause is on, when it speaks for the sentence
            return _antecedent(token) if argument_of_main_clause(token.head) else None
        if subject is not None:
            return subject
    return None


def _clause_holding_noun(verb):
    """For a participle set off by a comma or dash after the "that" clause of a noun, which the parse hung on that
    clause ("Traders see a chance that the bank will stop - implying that they expect ..."), the verb the noun hangs
    on: such a free adjunct tells of the sentence's subject, not of what the noun's clause supposes. None elsewhere."""
    head = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > head.i
            and verb.doc[verb.i - 1].text in _BREAKS and head.dep_ == "acl"
            and features.that_clause(head)):
        return None
    noun = head.head
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in {"dobj", "attr"} else None
    return holder if holder is not None and holder.pos_ in {"VERB", "AUX"} else None


def _governing_verb(token, through_adjective: bool = False):
    """The verb a subjectless infinitive, participle or conjoined verb hangs on, directly or through a
    preposition ("by promising", "after suggesting"), the object it says something of ("had nothing bad
    to say") or, for a verb of speech, an adjective ("was quick to say", "headed out, ready to tell"; but
    "China stands ready to promote ties" is the account's narration of a stance, not a statement)."""
    head = token.head
    if (token.dep_ == "pcomp" and head.dep_ == "prep") or _to_infinitive_of_object(token):
        head = head.head
    elif token.dep_ not in _CHAIN:
        return None
    elif through_adjective and token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in _ADJECTIVE_DEPS \
            and any(c.dep_ in {"ccomp", "parataxis"} for t in (token, head.head) for c in t.children):
        head = head.head  # with what was said beside it ("quick to point out that ...", "..., X was quick to add")
    return head if head.i != token.i and head.pos_ in {"VERB", "AUX"} else None


_ADJECTIVE_DEPS = {"acomp", "advcl", "oprd", "conj", "xcomp"}


def _to_infinitive_of_object(verb) -> bool:
    """"(had) nothing to say", "(had) harsh words to say": an infinitive on the object of a verb."""
    return (verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


_CHAIN = {"conj", "advcl", "xcomp"}
FINITE_TAGS = {"VBD", "VBP", "VBZ"}  # a finite verb's tags, the modal's aside


def _subject_before(verb):
    """A main verb the parse gave no subject, because it hung the name before it on something else: the
    nearest subject before the verb ("Marlow, who has no endorsements, said"; "Ruth Adler, a
    rabbi helping to organize the boycott, said"), else the nearest apposition ("..., former president
    Erik Berg said", "a White House official who spoke anonymously said"), the name rather than the
    title beside it ("Maya Okafor, head of the Center, recounted"), but not a place ("a rally in Dayton, Ohio,");
    else a name set off by a comma that the parse hung on the verb ("Hale, speaking in Dayton, Ohio, said")."""
    if verb.dep_ != "ROOT":
        return None
    before = []
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.text in QUOTE_MARKS:
            break  # the words of a quotation are not its speaker
        if token.pos_ in {"PROPN", "NOUN", "PRON"} and token.tag_ not in _RELATIVE_TAGS:
            before.append(token)
    subject = next((t for t in before if t.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    apposition = next((t for t in before if t.dep_ == "appos" and t.ent_type_ not in _PLACES), None)
    if apposition is not None and apposition.pos_ == "NOUN":
        return next((t for t in before if t.dep_ == "appos" and t.head == apposition.head and t.pos_ == "PROPN"),
                    apposition)
    # a name the parse hung on the verb as a modifier, set off by a comma ("Hale, speaking in Dayton, Ohio, said")
    return apposition or next((t for t in before if t.head == verb and t.pos_ == "PROPN"
                               and t.ent_type_ in {"", "PERSON", "ORG", "NORP"} and verb.doc[t.i + 1].text == ","), None)


_PLACES = {"GPE", "LOC"}


_RELATIVE_TAGS = {"WP", "WDT", "WP$"}


def _name_just_before(verb):
    """A person the parse hung as an apposition between a conjoined verb and the verb it joins ("... — Tom
    Wade, a spokesman for Lind, told ..."): the speaker, when "it" is all the chain gives."""
    between = verb.doc[verb.head.i + 1:verb.i]
    if any(t.text in QUOTE_MARKS or t.pos_ in {"VERB", "AUX"} for t in between):
        return None
    return next((t for t in reversed(between) if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)


def _content_of(verb, span, quoted):
    """The reported statement's predicate: the verb's clausal complement, or a quotation beside it."""
    if _trailing_speaker(verb) is not None:
        return verb.head.head  # "Most classrooms need work, inspectors estimated": the clause before the comma
    for child in verb.children:
        if child.dep_ in _CONTENT and child.pos_ in {"VERB", "AUX"} and not _object_relative(child, verb):
            return child
    clause = next((g for c in verb.children if c.dep_ in _CONTENT and c.pos_ == "ADJ" for g in c.children
                   if g.dep_ in {"ccomp", "advcl"} and g.pos_ in {"VERB", "AUX"}), None)
    if clause is not None:
        return clause  # "made it clear that ...", the parse's clause of the adjective
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i in range(span.start, span.end):
        return verb.head  # "The talks, he said, went well": the parse hangs "said" under "went"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and verb.head.i in range(span.start, span.end):
        return _framed_by_as(verb)  # "As the Post observed, the party holds 30 states"
    if any(quoted[t.i] for t in span):
        inside = [t for t in span if quoted[t.i] and t.pos_ in {"VERB", "AUX"}]
        return inside[0] if inside else None
    return None


def _is_named_source(subject, words: Lexicon) -> bool:
    """A subject that can hold a position: a name, a pronoun, or a common noun for speakers or a document
    ("voters", "the poll", "a report"), not a thing ("the deal saw", "the island Beijing considers").
    What both parties did together ("the two presidents discussed ...") is the account's narration."""
    return (subject.ent_type_ in _NAME_ENTITIES or subject.pos_ == "PROPN"
            or subject.pos_ == "NUM"  # people counted: "43 said the same", "Six in ten say"
            or subject.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS
            or subject.lemma_.lower() in words.account_nouns
            or (_names_speakers(subject) and not _names_both(subject)))


def _earlier_occasion(verb, content, words: Lexicon) -> bool:
    """A time phrase on the reporting verb itself ("said earlier this month", "telling CBS this month")
    places it on another occasion; one inside a clause it reports or adds ("saying a pact struck last
    month") does not."""
    top = verb.head if verb.dep_ in {"advcl", "xcomp"} else verb  # "..., telling CBS this month"
    tokens = []
    for head in {top.i: top, verb.i: verb}.values():
        for child in head.children:
            if child.dep_ in _TIME_MODIFIERS and (content is None or child.i != content.i):
                tokens += list(child.subtree)
    text = " ".join(t.lower_ for t in sorted(set(tokens), key=lambda t: t.i))
    return any(f" {phrase} " in f" {text} " for phrase in words.earlier_occasion)


# -- naming the source -----------------------------------------------------------------------

def resolve(token, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """The voice a source token names: a person, a body, a country, or what a pronoun refers to."""
    token = _name_before_tag(token)
    lower = _POSSESSIVE_PRONOUNS.get(token.lower_, token.lower_)  # "his statement said": whom "he" is
    if token.pos_ == "PRON" and token.lemma_.lower() in lexicon().speaker_nouns:
        return Voice(noun_phrase(token), None)  # "some said", "many say": people, not an earlier mention
    described = next((c for c in token.children if c.dep_ == "relcl"), None)
    if token.pos_ == "PRON" and described is not None and lower not in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        return Voice(token.doc[token.i:described.right_edge.i + 1].text, None)  # "those who voted for it said"
    if token.pos_ == "PRON" or lower in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _FIRST_PERSON:
        if lower in _FIRST_PERSON:
            return None  # the writer speaking: the publisher's own voice
        if lower in _PLURAL_PRONOUNS and (group := _group_in_sentence(token)) is not None:
            return _joint_voice(group, book, mentions)  # "the Democrats are acting as though they want to lose"
        if lower == "it" and (body := _body_in_sentence(token)) is not None:
            return _joint_voice(body, book, mentions)  # "The union lost the vote, but it said the strike goes on"
        if lower in _PLURAL_PRONOUNS and mentions.body is not None and mentions.body.plural:
            return Voice(mentions.body.name, mentions.body.side, mentions.body.side is not None)  # "Democrats say ... they say"
        if lower in _PLURAL_PRONOUNS and (people := mentions.both()):
            return Voice(" and ".join(m.name for m in people), None)  # both parties: no one side
        gender = GENDER.get(lower)
        if lower in _PERSON_PRONOUNS and (earlier := _person_earlier_in_sentence(
                token, book, named_only=mentions.speaker is None, surnames=mentions.surnames())) is not None:
            voice = person_voice(earlier, book)
            if _gender_in_sentence(earlier, voice.name, mentions) in (gender, "?", None):
                return voice
            other = mentions.told(gender) or mentions.person(gender)
            return Voice(other.name, other.side, other.side is not None) if other else voice
        found = mentions.person(gender) if lower in _PERSON_PRONOUNS else (
            mentions.group(lower in _PLURAL_PRONOUNS))  # "it" is never a person
        if lower in _PERSON_PRONOUNS and found is not None and not mentions.fits(found.name, gender) and (
                named := _fitting_person_in_sentence(token, gender, book, mentions)) is not None:
            return named  # "“...,” Ann Cole said. For that she drew Tom Reed's ire - he called her weak": Reed
        return Voice(found.name, found.side, found.side is not None) if found else None
    listed = _people_set_off(token)
    if len(listed) > 1:  # "Two senators, Ann Cole and Tom Reed, said": the people named
        voices = [person_voice(person, book) for person in listed]
        sides = {v.side for v in voices}
        side = sides.pop() if len(sides) == 1 else None
        names = [v.name for v in voices]
        return Voice(", ".join(names[:-1]) + " and " + names[-1], side, side is not None)
    if _names_both(token):  # "the two sides", "both leaders": both parties, unless the text says whose
        return Voice(noun_phrase(token), None)
    title = token.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in token.children)
    named = [c for c in token.children if (c.dep_ in {"appos", "compound"} or (title and c.dep_ == "conj"))
             and c.ent_type_ in {"PERSON", "ORG"} and c.i > token.i]  # "lawyer and party strategist Tom Wade"
    if title and not named:  # "master of ceremonies Omar Al-Rashid"
        named = [t for t in _phrase_after(token) if t.ent_type_ == "PERSON" and t.dep_ != "compound"][:1]
    if token.pos_ == "NOUN" and not named:  # "a spokesman for Lind, Tom Wade, said"
        named = [t for t in token.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > token.i][:1]
    if not token.ent_type_ and named:  # "the spokesperson, Mao Ning, said", "the agency Xinhua"
        token = named[0]
    if token.ent_type_ == "PERSON":
        return person_voice(token, book)
    phrase = _entity_name(token) or noun_phrase(token)
    if token.ent_type_ in _NAME_ENTITIES or token.pos_ == "PROPN":
        known, person_side = book.person_side(phrase)  # a person the tagger did not mark ("Trump's account")
        if person_side:
            return Voice(known, person_side, True)
        side = book.side_of_text(phrase)
        return Voice(phrase, side, side is not None)
    principal = _principal(token)
    if principal:  # "a spokeswoman for Jane Holt", "an aide to the minister": whom they speak for
        phrase = f"{phrase} {principal}"
    side = book.side_of_text(phrase)
    if _is_description(token) and not principal:  # "the ministry", "the US president": the nearest such mention
        described = mentions.described_by(token.lemma_.lower(), side)
        if described is not None:
            return Voice(described.name, described.side, described.side is not None)
    official = side is not None and (book.is_official_phrase(phrase) or len(phrase.split()) <= 2)
    if not official and token.text[:1].islower() and not _can_speak(token, book):
        return None  # "time will tell", "criminals say": a common noun that names no speaker
    return Voice(phrase, side if official else None, official)


def _name_before_tag(token):
    """The name a parenthesised tag follows, where the parse made the tag the source ("Clint (D) said", "Reed
    (R-Ohio) told reporters": Clint, Reed); any other token as it is."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "(":
        return token
    name = doc[token.i - 2]
    return name if name.head.i == token.i and (name.pos_ == "PROPN" or name.ent_type_ == "PERSON") else token


def _people_set_off(token) -> list:
    """The people a plural noun names after a comma ("Two senators, Ann Cole and Tom Reed,", "two members of Congress
    from Ohio, Ann Cole and Tom Reed,"): the last token of each person's name, in order; empty for any other noun."""
    if token.tag_ != "NNS":
        return []
    doc, subtree = token.doc, {t.i for t in token.subtree}
    comma = next((t.i for t in doc[token.i + 1:token.right_edge.i + 1] if t.text == ","), None)
    if comma is None:
        return []
    return [e.root for e in doc.ents if e.label_ == "PERSON" and e.start > comma and e.root.i in subtree
            and _in_noun_phrase(e.root, token)]


def _in_noun_phrase(token, head) -> bool:
    """Whether a token hangs on a noun through nouns and prepositions only, not through a clause ("leaders, who hoped
    Obama ...": not Obama)."""
    while token.i != head.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return False
    return True


def _principal(token) -> str:
    """Whom a person named by a role speaks for: "for Jane Holt" in "a spokeswoman for Jane Holt", "to the
    minister" in "an aide to the minister"; "" when the role names no one."""
    if token.pos_ != "NOUN" or not _names_speakers(token):
        return ""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}), None)
    owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None or not (owner.ent_type_ in _NAME_ENTITIES or owner.pos_ == "PROPN" or _names_speakers(owner)):
        return ""
    article = next((c.text + " " for c in owner.children if c.dep_ == "det" and c.i < owner.i), "")
    return f"{prep.text} {article}{_entity_name(owner) or noun_phrase(owner)}"


def _entity_name(token) -> str | None:
    """The whole name of the body a token heads, when it runs past the noun phrase's "of" complements
    ("the Institute for Fiscal Studies", not "Institute")."""
    entity = next((e for e in token.doc.ents if e.root.i == token.i and e.label_ in _NAME_ENTITIES - {"PERSON"}), None)
    if entity is None or entity.end - 1 <= token.i:
        return None
    return strip_possessive(entity.text.removeprefix("the ").removeprefix("The "))


def _person_earlier_in_sentence(pronoun, book: VoiceBook, named_only: bool = False,
                                surnames: frozenset[str] = frozenset()):
    """The person "he" or "she" refers to in its own sentence: the nearest person before it that is a
    subject or owner ("Obama angered farmers when he criticized ...", "Lind's visit ... as he seeks"),
    else (`named_only`: when the sentence before was no one's statement) the one an earlier "he" of the
    sentence is, or the only person named before it. Not across a quotation, whose names are the speaker's words."""
    before = pronoun.doc[pronoun.sent.start:pronoun.i]
    if any(t.text in QUOTE_MARKS for t in before):
        return None
    # a name is a person's when the tagger says so, when the book knows it, or, as a subject or its owner, when it
    # is the surname of a person the article named before ("Sanders's role is under discussion, but he has said
    # ...", Sanders tagged a body)
    people = [t for t in reversed(before) if t.dep_ not in {"compound", "case"} and (
        t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and book.full_name(t.text) in book.people)
        or (t.pos_ == "PROPN" and strip_possessive(t.text) in surnames
            and (t.dep_ in {"nsubj", "nsubjpass"} or _owns_subject(t)))
        or _subject_told_a_person(t))]
    # the subject or owner first; else the one person the sentence names before it ("when I asked Sanders
    # if he would endorse her, he said ...")
    # a subject inside what another says is that speaker's topic ("Ryan says Trump owns the party, but he wants")
    subjects = [t for t in people if t.dep_ in {"nsubj", "nsubjpass"} or _owns_subject(t)]
    subject = next((t for t in subjects if not _reported(t)), subjects[0] if subjects else None)
    if subject is not None or not people or not named_only:
        return subject
    same = next((t for t in reversed(before) if t.lower_ == pronoun.lower_), None)  # "if he ..., he said"
    if same is not None:
        return _person_earlier_in_sentence(same, book, named_only, surnames)
    # not an owner in a phrase that modifies the pronoun's own verb ("Dismayed by Jim Hale's years in office, he
    # ..."; but "When reporters asked Sanders about it, he said": Sanders)
    people = [t for t in people if not (t.dep_ == "poss" and _in_modifier_of(t, pronoun.head))]
    return people[0] if len({t.text for t in people}) == 1 else None


def _subject_told_a_person(token) -> bool:
    """A name the tagger did not take for a person, as a subject whose own clause holds "his" or "her" ("Maybe Reed
    is tired of his job and he ...")."""
    return untagged_subject(token) and person_gender(token.doc[token.i:token.i + 1]) is not None


def untagged_subject(token) -> bool:
    """A proper noun as a subject that the recogniser left untagged or took for a body ("Reed", "Trump")."""
    return token.pos_ == "PROPN" and token.dep_ in {"nsubj", "nsubjpass"} and token.ent_type_ in {"", "ORG"}


def _in_modifier_of(token, verb) -> bool:
    """The token lies in an adverbial clause or phrase hung on the verb."""
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in {"advcl", "prep", "npadvmod", "advmod"}


def _fitting_person_in_sentence(pronoun, gender: str | None, book: VoiceBook, mentions: Mentions) -> Voice | None:
    """The one person named before a pronoun in its sentence, in any role, where no one the text told of fits the
    pronoun and that person does."""
    earlier = _person_earlier_in_sentence(pronoun, book, named_only=True, surnames=mentions.surnames())
    if earlier is None:
        return None
    voice = person_voice(earlier, book)
    return voice if _gender_in_sentence(earlier, voice.name, mentions) in (gender, "?", None) else None


def _gender_in_sentence(name_token, name: str, mentions: Mentions) -> str | None:
    """What is known of a person named in the sentence being read, before its names are remembered: what the text
    told before, else an honorific just before the name ("Mr. Reed"), else the given name ("Tom Reed")."""
    told = mentions.gender_of(name)
    if told is not None:
        return told
    first = name_token.doc[max(name_token.i - len(name.split()), 0):name_token.i + 1]
    return _honorific_gender(first) or given_name_gender(name)


def _honorific_gender(tokens) -> str | None:
    """The pronoun of the first honorific among the tokens ("Mr." he, "Ms" she), or None."""
    honorifics = dict(lexicon().honorifics)
    return next((honorifics[t.lower_.rstrip(".")] for t in tokens if t.lower_.rstrip(".") in honorifics), None)


def _owns_subject(token) -> bool:
    """An owner whose noun is a subject ("Lind's visit ... as he seeks"), not one in a phrase aside ("Dismayed
    by Hale's record, he ...")."""
    return token.dep_ == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"}


def _reported(token) -> bool:
    """Whether a token lies in the clause a verb of speech or stance reports ("Ryan says [Trump owns it]")."""
    words = lexicon()
    return any(a.dep_ == "ccomp" and verb_lemma(a.head, words.speech_verbs | words.stance_verbs)
               in words.speech_verbs | words.stance_verbs for a in token.ancestors)


def _body_in_sentence(pronoun):
    """The body "it" refers to in its own sentence: the nearest subject before it, where that is a body or a
    document ("Acme lost money, and it said ...", "The ad began airing Monday, and it says ..."). Not across a
    quotation, whose names are the speaker's words."""
    subjects = _subjects_before(pronoun)
    subject = subjects[0] if subjects else None
    if subject is None or (pronoun.head.dep_ == "advcl" and pronoun.head.head.i == subject.head.i):
        # "The army shot down the drones, a day after it said ...": a time of the act told, which a frame on its
        # verb would take for the whole sentence's account; left as before
        return None
    return subject if _is_body(subject) else None


def _is_body(token) -> bool:
    """A body, an institution or a document, in the singular: what "it" can stand for."""
    if token.ent_type_ in {"ORG", "GPE", "FAC"}:
        return True
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in _it_nouns()


@cache
def _it_nouns() -> frozenset:
    """Bodies and documents (reporting.toml): the common nouns "it" can stand for."""
    words = lexicon()
    return frozenset(words.body_nouns | words.account_nouns | words.record_nouns | words.published_nouns
                     | words.law_nouns | words.finding_nouns)


def unnamed_person(frame: Frame, doc) -> bool:
    """Whether a statement's speaker is a person the article brings in without a name ("A spokesman for the mayor
    said ...", "one aide who asked not to be named said"): an indefinite singular noun for one person as the
    subject. The next "he" or "she" is that person; not "the mayor", who may be someone named before."""
    if frame.verb is None:
        return False
    subject = _subject_of(doc[frame.verb])  # the verb's own subject: not "X was asked by a caller ...", X answering
    return (subject is not None and subject.dep_ == "nsubj" and subject.tag_ == "NN"
            and subject.lemma_.lower() in lexicon().person_nouns
            and any(c.dep_ in {"det", "nummod"} and c.lower_ in _INDEFINITE for c in subject.children))


_INDEFINITE = {"a", "an", "another", "one"}


def _group_in_sentence(pronoun):
    """The group "they" refers to in its own sentence: the nearest plural subject before it that names
    speakers ("Democrats", "the senators", "Hale and Reed"), or, for the subject of a clause put first, the
    subject of the clause it leads into ("Because they believe ..., the senators left"). Not across a
    quotation, whose names are the speaker's words."""
    subjects = _subjects_before(pronoun, quotes_after=True)
    if subjects is None:
        return None
    clause = pronoun.head
    ahead = [c for c in clause.head.children if c.i > clause.i] if clause.dep_ == "advcl" and clause.i < clause.head.i else []
    return next((t for t in subjects + ahead if t.dep_ in _SUBJECTS_OR_PASSIVE and t.pos_ != "PRON" and _plural(t)
                 and _is_named_source(t, lexicon())), None)


def _subjects_before(pronoun, quotes_after: bool = False) -> list | None:
    """The subjects (active or passive) before a pronoun in its sentence, nearest first; None where a quotation mark
    lies before it, or with `quotes_after` anywhere in its sentence (as "they" was read): a quotation's names are the
    speaker's words."""
    sentence = pronoun.sent
    before = pronoun.doc[sentence.start:pronoun.i]
    if any(t.text in QUOTE_MARKS for t in (sentence if quotes_after else before)):
        return None
    return [t for t in reversed(before) if t.dep_ in _SUBJECTS_OR_PASSIVE]


def person_gender(entity, quoted: list[bool] | None = None) -> str | None:
    """Whether the text tells that a named person is "he" or "she": an honorific before or in the name ("Mr.
    Trump", "Ms. Acosta"), or a possessive or reflexive pronoun in a clause whose subject they are ("Varga
    raised her voice", "Holt shook his head"), the sentence's main clause, outside quotation marks. An
    object pronoun of their own verb is someone else ("Reed sat beside her"), and so is one in a clause with
    another subject, or in a clause that reports another's words ("Ann said that Holt ignored her call")."""
    doc = entity.doc
    quoted = quoted or [False] * len(doc)
    by_title = _honorific_gender(t for t in doc[max(entity.start - 1, 0):entity.start + 1] if t.i < entity.end - 1)
    if by_title is not None:
        return by_title
    root = entity.root
    verb = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or quoted[root.i] or not (
            verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return None
    told = set()
    for token in root.head.subtree:
        if quoted[token.i] or token.i < root.i or token.lower_ not in GENDER or not (
                token.dep_ == "poss" or token.lower_.endswith("self")):
            continue
        clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is not None and any(c.i == root.i for c in clause.children):
            told.add(GENDER[token.lower_])
    return told.pop() if len(told) == 1 else None


@cache
def _given_names() -> dict[str, str]:
    """data/given_names.toml as one map: a given name (lower case) -> "he" or "she"."""
    return {name: pronoun for pronoun, names in data_table("given_names.toml").items() for name in names}


def is_given_name(word: str) -> bool:
    """Whether a word is a given name data/given_names.toml lists ("Ann", "Tom")."""
    return word.lower() in _given_names()


def given_name_gender(name: str) -> str | None:
    """"he" or "she" as a full name's given name tells it ("Tom Reed", "Ann Cole"); None for a name of one word
    ("Reed") or a given name borne by both."""
    words = name.split()
    return _given_names().get(words[0].lower().rstrip(".")) if len(words) > 1 else None


def _phrase_after(token) -> list:
    """The tokens of a noun's phrase after it, up to the first comma, parenthesis or relative clause ("documents
    that showed Trump ...": not Trump)."""
    after = []
    for t in token.doc[token.i + 1:token.right_edge.i + 1]:
        if t.text in {",", "(", "—", "–"} or t.tag_ in _RELATIVE_TAGS:
            break
        after.append(t)
    return after


def _names_both(token) -> bool:
    """A plural noun with "both", "two" or "the two" ("both leaders", "the two sides", "the two presidents")."""
    return token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() not in lexicon().partitive_nouns and any(
        c.lower_ in {"both", "two"} for c in token.children)  # "two-thirds of voters" is a share, not two parties


def _can_speak(token, book: VoiceBook) -> bool:
    """Whether a common noun can name a source: a person or a group of people, a body, or a document
    ("officials", "voters", "the poll", "another ranking"), not a thing or an abstraction taken in
    general ("time will tell", "criminals say"): a bare noun speaks only when it names speakers.
    Only lower-case nouns are judged: a capitalised one may be a name the tagger took for a noun."""
    if _names_speakers(token) or book.is_official_phrase(token.text):
        return True
    return any(c.dep_ in {"det", "poss", "nummod", "predet", "quantmod"} for c in token.children)


def _names_speakers(token) -> bool:
    """A common noun for a document, a person or a group of people ("report", "officials", "voter"), by its lemma
    or as written: the lemmatizer makes "media" "medium" and "data" "datum" ("state media said", "data show")."""
    lemma, words = token.lemma_.lower(), lexicon()
    return (any(form in words.account_nouns or form in words.speaker_nouns for form in (lemma, token.lower_))
            or (lemma.endswith(_AGENT_ENDINGS) and len(lemma) > _MIN_AGENT_NOUN) or _counts_speakers(token))


def _counts_speakers(token) -> bool:
    """A count or part of a group of speakers ("a lot of people", "dozens of Republicans", "a third of voters",
    "38% of likely voters"), or a share given with its number alone ("33% would be scared"); not of a thing ("a
    lot of money")."""
    if token.lemma_.lower() not in lexicon().partitive_nouns and token.lower_ not in lexicon().partitive_nouns:
        return False
    parts = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if parts:
        return any(g.ent_type_ in {"NORP", "PERSON", "ORG"} or g.pos_ == "PROPN" or _names_speakers(g) for g in parts)
    return any(c.dep_ == "nummod" for c in token.children)


# Agent nouns name a person by their suffix: "voter", "advisor", "analyst", "historian", "resident",
# "assistant", "employee", "congressman", "chairperson"; none shorter than this many letters ("her", "or").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "ive")
_MIN_AGENT_NOUN = 4


def person_voice(token, book: VoiceBook) -> Voice:
    """A person's name without the titles the tagger sometimes folds into it, and their side."""
    name_tokens = [token]
    for left in reversed(list(token.doc[token.left_edge.i:token.i])):
        if left.ent_type_ != "PERSON" or (left.pos_ != "PROPN" and left.text != "-") or _is_title_word(left, book):
            break
        name_tokens.insert(0, left)
    name = book.full_name(strip_possessive(join_tokens(name_tokens)))
    side = book.people.get(name)
    return Voice(name, side, side is not None)


def _is_title_word(token, book: VoiceBook) -> bool:
    return book.is_official_phrase(token.text) or book.side_of_text(token.text) is not None


# punctuation that ends a phrase aside before a source's head, with a space after it ("Wealth-X" is one name)
_BREAKS = {",", "--"} | DASHES


def noun_phrase(token) -> str:
    """The source phrase: the head noun with its modifiers and "of" complement, no clauses or asides."""
    keep = {"det", "amod", "compound", "poss", "nmod", "case", "nummod", "prep", "pobj", "punct"}
    tokens = [token]
    stack = [c for c in token.children if c.dep_ in keep - {"punct"}]
    while stack:
        child = stack.pop()
        if child.dep_ == "prep" and (child.lower_ != "of" or not any(g.dep_ == "pobj" for g in child.children)):
            continue  # "opponents of allowing refugees in": no "of" without its noun
        if child.dep_ == "amod" and child.i > child.head.i and any(c.dep_ in {"xcomp", "prep"} for c in child.children):
            continue  # "firms willing to move", "officials familiar with the talks": a clause on the noun
        tokens.append(child)
        stack.extend(c for c in child.children if c.dep_ in keep - {"punct", "prep"} or
                     (c.dep_ == "prep" and c.lower_ == "of"))
    first = min(t.i for t in tokens)
    while token.doc[first].dep_ == "det" and first < token.i:
        first += 1
    last = max(t.i for t in tokens)
    before = [t.i for t in token.doc[first:token.i] if t.text in _BREAKS and t.dep_ == "punct" and t.whitespace_]
    first = before[-1] + 1 if before else first  # "steak - an old favorite - others say": others
    span = token.doc[first:last + 1]  # contiguous, so "Post-ABC" keeps its hyphen
    cut = next((t.i for t in span if t.text in {",", "(", "—", "–"} and t.i > token.i), last + 1)
    return strip_possessive(token.doc[first:cut].text) or token.text


def join_tokens(tokens) -> str:
    """Tokens as written: "China's", not "China 's"."""
    return ("".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text).strip() if tokens else ""


def _is_description(token) -> bool:
    """A definite common noun ("the ministry", "the spokesperson") that refers back to a named mention; a
    plural one ("the senators") is the group it names, not the one senator named before."""
    return token.pos_ == "NOUN" and token.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                        for c in token.children)
