"""Claims: Article -> list[Claim]. Sentences, clauses, who says it, and what it asserts."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from . import features
from .types import Article, Claim, ReportedOmission
from .voices import PRONOUNS, VoiceBook

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "inc",
    "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "approx", "est", "fig", "op", "pp", "vol",
}
_OPENERS = "“‘\"'(«"
_CLOSERS = "”’\"')]»"
_BOUNDARY = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s+[" + re.escape(_OPENERS) + r"A-Z0-9])")
_CLAUSE_SPLIT = re.compile(r"\s*;\s+|,?\s+(?:while|whereas)\s+(?=[A-Z]|the |it |he |she |they )|,\s+but\s+(?=[A-Z]|the )")
_MIN_CLAUSE_WORDS = 5

# Speech and stance verbs that make the phrase before them the source of a claim.
_REPORTING = (r"said|says|say|told|tells|telling|wrote|writes|writing|reported|reports|reporting|added|adding|"
              r"stated|announced|claimed|claims|warned|warns|insisted|noted|confirmed|stressed|emphasi[sz]ed|"
              r"urged|urging|acknowledged|described|hailed|lauded|framed|articulated|reiterated|pressed|"
              r"praised|vowed|pledged|promised|denied|rejected|argued|asserted|declared|expressed|welcomed|"
              r"criticised|criticized|accused|reacted|responded|quoted|cited|saying|indicated|explained|asked")
_REPORTING_VERB = re.compile(rf"\b(?:{_REPORTING})\b")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to ((?:[^,.;“”\"]|\.(?=[A-Z]))+)")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited) ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) as (?:saying|stating)")
_POSTPOSED = re.compile(r"(?:,|⁂)\s*(?:said|says|added|wrote|noted|explained|asked)\s+([^,.;⁂]+?)\s*(?:[,.;]|$)")
_CLAUSE_STOP = re.compile(r"(?:[,;:—–⁂]|\b(?:that|and|but|while|which|who|as|when|after|before)\b)")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,]*,")
_GENERIC_SOURCE = re.compile(
    r"\b(?:[\w-]+\s+){0,3}(?:analysts?|officials?|experts?|sources?|diplomats?|observers?|critics?|economists?|"
    r"insiders?|people familiar)\b(?:\s+[\w-]+){0,4}")
_QUOTE_MASK = "⁂"
_QUOTE_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")
# Time phrases that, next to the attribution, place a statement on another occasion
# ("telling CBS News this month", "said earlier this month").
_OTHER_OCCASION = re.compile(
    r"\b(?:earlier this (?:month|week|year)|this (?:month|week)|last (?:month|week|year)|"
    r"previously|earlier|in the past|before the \w+|(?:days|weeks|months) (?:ago|earlier))\b", re.I)
_OCCASION_WINDOW = 40
# What an omission statement says was left out; who left it out is the text before the match.
_OMISSION = [re.compile(p) for p in (
    r"\b(?:did(?: not|n[’']t)|does(?: not|n[’']t)|has(?: not|n[’']t)|had(?: not|n[’']t)|never)"
    r" (?:publicly |even )?(?:mention|refer to|address|reference|raise|bring up)(?:ed|d)? (?P<what>[^.;]+)",
    r"\bmade no (?:mention|reference) (?:of|to) (?P<what>[^.;]+)",
    r"\b(?:omitted|left out) (?:any |all )?(?:mention of |reference to )?(?P<what>[^.;]+)",
    r"\bnot to (?:publicly )?(?:mention|reference|refer to|address) (?P<what>[^.;]+)",
    r"\bwithout (?:mentioning|referring to|addressing) (?P<what>[^.;]+)",
    r"\b[Tt]here (?:was|is|were) no (?:mention|reference) (?:of|to) (?P<what>[^.;]+)",
)]
_OMISSION_SPLIT = re.compile(r",?\s+(?:nor|or|and)\s+(?:of\s+)?")
_OMISSION_TAIL = re.compile(r"\s+(?:after|during|in|on|when|following|since)\s+(?:his|her|their|the)\b.*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int
    paragraph: int


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping quotes whole and abbreviations joined."""
    sentences, start = [], 0
    depth_at = _quote_depths(text)
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if depth_at[match.end() - 1] > 0 or _ends_with_abbreviation(text[start:match.start() + 1]):
            continue
        sentences.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _quote_depths(text: str) -> list[int]:
    """Quote nesting depth at each character; an unbalanced paragraph counts as unquoted."""
    depths, depth, straight_open = [], 0, False
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_open = not straight_open
            depth += 1 if straight_open else -1
            depth = max(0, depth)
        depths.append(depth)
    if depth or straight_open:
        return [0] * len(text)
    return depths


def _ends_with_abbreviation(fragment: str) -> bool:
    word = fragment.rstrip(".").split()[-1].lower() if fragment.split() else ""
    word = word.lstrip(_OPENERS)
    return (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
            or bool(re.fullmatch(r"(?:[a-z]\.){1,}[a-z]", word)))


def split_clauses(sentence: str) -> list[str]:
    """Split a sentence that joins independent statements ("X rose, while Y fell")."""
    unquoted = _QUOTE_SPAN.sub(lambda m: "\0" * len(m.group(0)), sentence)
    parts, start = [], 0
    for match in _CLAUSE_SPLIT.finditer(unquoted):
        left, right = sentence[start:match.start()], sentence[match.end():]
        if len(left.split()) >= _MIN_CLAUSE_WORDS and len(right.split()) >= _MIN_CLAUSE_WORDS:
            parts.append(left.strip())
            start = match.end()
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def is_claim_text(sentence: str) -> bool:
    """Questions, fragments and headings are not claims."""
    stripped = sentence.strip().rstrip(_CLOSERS)
    return len(sentence.split()) >= 4 and not stripped.endswith("?") and not stripped.endswith(":")


def extract_claims(articles: list[Article], book: VoiceBook) -> list[Claim]:
    """Split every article into claims, with voice, side and features.

    Args:
        articles: ingested articles.
        book: the voice book; it learns who is who from these articles first.
    Returns:
        Claims in article order; duplicates inside one article are kept once.
    """
    book.learn(line.text for article in articles for line in article.lines)
    claims: list[Claim] = []
    for article in articles:
        claims.extend(_article_claims(article, book))
    return claims


def _article_claims(article: Article, book: VoiceBook) -> list[Claim]:
    claims, seen = [], set()
    last_speaker: tuple[str, str | None] | None = None  # whose quote an unattributed quote continues
    last_person: tuple[str, str | None] | None = None  # who "he" or "she" refers to
    previous: Claim | None = None
    for line in article.lines:
        for sentence in split_sentences(line.text):
            if not is_claim_text(sentence):
                continue
            frame = _attribution(sentence, book, last_speaker, last_person)
            for clause in split_clauses(sentence):
                own = _attribution(clause, book, last_speaker, last_person) if clause != sentence else frame
                # A frame around the whole sentence ("according to X", "..., X said") covers every
                # clause; a subject's verb covers only its own clause.
                found = own or (frame if frame and frame.covers_sentence else None)
                voice, side = (found.voice, found.side) if found else (article.outlet, None)
                key = " ".join(clause.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                quote = bool(found and found.quote) or _is_quoted(clause)
                claim = _make_claim(article, line.number, clause, voice, side, quote,
                                    bool(found and found.other_occasion), book, previous)
                claims.append(claim)
                previous = claim
            if frame:
                last_speaker = (frame.voice, frame.side)
            named = frame.voice if frame and frame.voice in book.people else book.person_in(_mask_quotes(sentence))
            if named:
                last_person = (named, book.people.get(named))
    return claims


def _make_claim(article, line, text, voice, side, is_quote, other, book, previous) -> Claim:
    digest = hashlib.sha256(f"{article.id}\n{line}\n{text}".encode("utf-8")).hexdigest()[:12]
    return Claim(
        id=digest, article_id=article.id, text=text, line=line, voice=voice, side=side, quote=is_quote,
        numbers=features.quantities(text), dates=features.dates(text), negated=features.negated(text),
        certainty=features.certainty(text), other_occasion=other,
        omission=reported_omission(text, book, previous),
    )


@dataclass(frozen=True)
class Attribution:
    voice: str
    side: str | None
    quote: bool
    other_occasion: bool
    covers_sentence: bool


def _is_quoted(text: str) -> bool:
    return bool(_QUOTE_SPAN.search(text)) or text.lstrip().startswith(("“", '"'))


def _mask_quotes(text: str) -> str:
    """Blank out quoted words so that verbs inside a quote are not read as attribution."""
    return _QUOTE_SPAN.sub(lambda m: _QUOTE_MASK + " " * (len(m.group(0)) - 1), text)


def _attribution(sentence: str, book: VoiceBook, last_speaker, last_person) -> Attribution | None:
    """Whose account the sentence is, or None when it is the outlet's own narration."""
    quote = _is_quoted(sentence)
    masked = _RELATIVE_CLAUSE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), _mask_quotes(sentence))
    phrase, verb_at, covers = _voice_phrase(masked, book)
    if phrase is None:
        if masked.strip().startswith(_QUOTE_MASK) and quote and last_speaker:
            return Attribution(*last_speaker, True, False, True)
        return None
    other = _near_other_occasion(masked, verb_at)
    if phrase.lower() in PRONOUNS:
        referent = last_person or last_speaker
        return Attribution(*referent, quote, other, covers) if referent else None
    voice, side = book.resolve(phrase)
    return Attribution(voice, side, quote, other, covers)


def _voice_phrase(masked: str, book: VoiceBook) -> tuple[str | None, int | None, bool]:
    """(source phrase, where its verb is, whether it frames the whole sentence)."""
    for pattern in (_ACCORDING_TO, _QUOTED_AS, _POSTPOSED):
        match = pattern.search(masked)
        if match:
            return match.group(1).strip(), match.start(), True
    for match in _REPORTING_VERB.finditer(masked):
        phrase = _phrase_before(masked, match.start(), book)
        if phrase:
            return phrase, match.start(), False
    return None, None, False


def _phrase_before(text: str, at: int, book: VoiceBook) -> str | None:
    """The subject of a reporting verb, looking back past asides ("X, director of Y, said")."""
    chunks = [c.strip() for c in _CLAUSE_STOP.split(text[:at]) if c.strip()][-3:]
    for chunk in reversed(chunks):
        last_word = chunk.split()[-1].lower()
        if last_word in PRONOUNS:
            return last_word
        aside = chunk[0].islower()
        entity = book.first_entity(chunk)
        if entity and not (aside and entity[0] >= 4):
            return entity[1]
        generic = _GENERIC_SOURCE.search(chunk)
        if generic:
            return generic.group(0)
        if not aside:
            return None
    return None


def _near_other_occasion(text: str, at: int) -> bool:
    window = text[max(0, at - _OCCASION_WINDOW):at + _OCCASION_WINDOW]
    return bool(_OTHER_OCCASION.search(window))


def reported_omission(text: str, book: VoiceBook, previous: Claim | None) -> ReportedOmission | None:
    """An outlet's statement that a voice left something out ("X's account didn't mention Y")."""
    for pattern in _OMISSION:
        match = pattern.search(text)
        if not match:
            continue
        who = text[:match.start()].strip()
        entity = book.first_entity(who) if who else None
        if entity:
            omitter, side = book.resolve(entity[1])
        elif previous is not None:
            omitter, side = previous.voice, previous.side
        else:
            continue
        what = match.group("what").strip(" ,”\"")
        subjects = [_OMISSION_TAIL.sub("", s.split(",")[0]).strip() for s in _OMISSION_SPLIT.split(what)]
        subjects = [s for s in subjects if s]
        context = previous.text if previous is not None else ""
        return ReportedOmission(omitter, side, " / ".join(subjects), context)
    return None
