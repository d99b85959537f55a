"""Judge: two claims -> Judgement. Same fact or not; if so, agree, differ or contradict, and why.

Precision first: a contradiction needs the same assertion (the same predicate, aligned subject and
object, close in meaning) with values that cannot both hold: figures for the same counted thing
whose ranges do not overlap, dates of the same event at the same granularity, the predicate
asserted and negated, or a predicate against its opposite (`data/opposites.toml`). Anything less
certain is a difference of lower severity, or nothing.
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .config import Settings
from .features import bounds
from .similarity import fact_similarity
from .types import Claim, Judgement, Quantity

_WORD = re.compile(r"(?u)\w+")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_OPPOSITES = Path(__file__).resolve().parent / "data" / "opposites.toml"
_CERTAINTY = Path(__file__).resolve().parent / "data" / "certainty.toml"
# Words that carry no identity of a subject or object: determiners, pronouns, generic heads.
_LIGHT = set("""a an the this that these those his her its their our my your some any all both each
he she it they we i you him them us who which what whom whose one ones of and or to in on at for with
by from as mr mrs ms no nobody none nothing someone somebody something""".split())
# Verbs whose agent carries no claim of its own (copula, possession, speech).
_LIGHT_PREDICATES = {"be", "have", "say", "tell", "do", "make", "get", "go"}
# Wording that makes a figure approximate or open-ended when the claims stage gave no range.
_ABOUT = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to)\s*$", re.I)
_ABOVE = re.compile(r"\b(?:more than|over|at least|in excess of|upwards of|above)\s*$", re.I)
_BELOW = re.compile(r"\b(?:less than|fewer than|under|up to|at most|below)\s*$", re.I)
_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_APPROX_SHARE = 0.15  # "about 300" admits 255..345; the claims stage's own ranges win when given


def judge(a: Claim, b: Claim, cosine: float, settings: Settings, similarity: float | None = None) -> Judgement:
    """How two statements relate: same fact or not, and if so whether they conflict, and why.

    `similarity`: their fact similarity where the caller has it already (`fact_similarity_matrix`).
    """
    if similarity is None:
        similarity = fact_similarity(a, b, cosine, settings)
    same_fact = similarity >= settings.same_fact_threshold
    for check in (_figures, _dates, _negation, _opposites, _agents):
        verdict = check(a, b, similarity, same_fact, cosine, settings)
        if verdict is not None:
            return verdict
    if not same_fact:
        return Judgement(similarity, False, "unrelated", False, f"different facts (similarity {similarity:.2f})")
    verdict = _certainty(a, b, similarity)
    if verdict is not None:
        return verdict
    return Judgement(similarity, True, "agree", False, f"same fact (similarity {similarity:.2f})")


def parsed(claim: Claim) -> bool:
    """Whether the claims stage read the claim's main predicate (the scoped checks need it)."""
    return bool(claim.predicate)


def _differ(similarity, contradiction, reason, basis, values, fact) -> Judgement:
    return Judgement(similarity, True, "differ", contradiction, reason, basis, values, fact)


# -- figures ------------------------------------------------------------------------------------

def _figures(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not (a.numbers and b.numbers):
        return None
    ranges_a = [_range(q, a) for q in a.numbers]
    ranges_b = [_range(q, b) for q in b.numbers]
    for qa, ra in zip(a.numbers, ranges_a):
        for qb, rb in zip(b.numbers, ranges_b):
            if not _same_quantity(qa, qb, a, b) or _overlap(ra, rb):
                continue
            # A claim that also states a figure compatible with the other's is giving a second quantity.
            if any(_overlap(ra, r) for q, r in zip(b.numbers, ranges_b) if _same_quantity(qa, q, a, b)):
                continue
            if any(_overlap(r, rb) for q, r in zip(a.numbers, ranges_a) if _same_quantity(q, qb, a, b)):
                continue
            shared_count = bool(qa.counts and qa.counts == qb.counts and qa.predicate and qa.predicate == qb.predicate)
            if not (same_fact or (shared_count and cosine >= settings.assertion_min_cosine)):
                continue
            if _other_occasions(a, b) or not (_asserted(qa, a) and _asserted(qb, b)):
                continue
            values = (_figure_text(qa), _figure_text(qb))
            fact = "|".join(("figure", qa.unit, qa.counts, qa.period or "", qa.predicate))
            if _hedge(a) or _hedge(b):  # a figure that "could" or "would" be is no conflicting fact
                if not (_doubted(a) or _doubted(b)):
                    continue  # a forecast or plan ("would add 1 million jobs") is another quantity
                reason = f"certainty differs on the figure: {values[0]}{_hedge_note(a)} vs {values[1]}{_hedge_note(b)}"
                return _differ(similarity, False, reason, "certainty", values, "certainty|" + fact)
            return _differ(similarity, True, f"figures differ: {values[0]} vs {values[1]}", "figures", values, fact)
    return None


def _asserted(q: Quantity, claim: Claim) -> bool:
    """The figure is an argument of the claim's main predicate, not of a clause inside it
    ("economists had predicted America would add 1 million jobs")."""
    return not (parsed(claim) and q.predicate and q.predicate != claim.predicate)


def _same_quantity(qa: Quantity, qb: Quantity, a: Claim, b: Claim) -> bool:
    """The same unit, period and counted thing (and the same predicate where both are read)."""
    if qa.unit != qb.unit or (qa.period or "") != (qb.period or ""):
        return False
    if qa.predicate and qb.predicate and qa.predicate != qb.predicate:
        return False
    if parsed(a) and parsed(b):
        if qa.counts or qb.counts:
            return qa.counts == qb.counts
        return bool(qa.predicate and qa.predicate == qb.predicate)
    # Claims not parsed: what a figure counts is its neighbouring words; they must share one.
    return bool(set(qa.counts.split()) & set(qb.counts.split()))


def _range(q: Quantity, claim: Claim) -> tuple[float, float]:
    """The values the wording admits: the claims stage's range (`high` None: no upper bound), else,
    for a figure built without one (by hand), rounding and the approximation word before it."""
    if q.low is not None:
        return bounds(q)
    half = _rounding(q)
    before = claim.text[:max(claim.text.find(q.text), 0)]
    if _ABOVE.search(before):
        return q.value, float("inf")
    if _BELOW.search(before):
        return 0.0, q.value
    if _ABOUT.search(before) or q.approx:
        half = max(half, q.value * _APPROX_SHARE)
    return q.value - half, q.value + half


def _rounding(q: Quantity) -> float:
    """Half the last written digit's step where a figure reads as rounded ("$1 trillion", "300", "1.2 bn")."""
    digits = _DIGITS.search(q.text)
    if not digits:
        return 0.0
    whole, fraction = digits.group(1).replace(",", ""), digits.group(2) or ""
    written = float(whole + ("." + fraction if fraction else ""))
    if not written:
        return 0.0
    multiplier = q.value / written  # the scale word's factor: 1e6 for "million"
    if fraction:
        step = 10.0 ** -len(fraction)
    elif multiplier > 1 or int(whole) >= 100:  # small whole numbers ("12 arrested") are exact counts
        step = 10.0 ** (len(whole) - len(whole.rstrip("0")))
    else:
        return 0.0
    return 0.5 * step * multiplier


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] + 1e-9 and y[0] <= x[1] + 1e-9


def _figure_text(q: Quantity) -> str:
    if q.counts and q.counts.lower()[:4] not in q.text.lower():
        return f"{q.text} ({q.counts})"
    return q.text


# -- dates --------------------------------------------------------------------------------------

def _dates(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not (same_fact and parsed(a) and parsed(b) and a.predicate == b.predicate):
        return None
    if not _aligned(a.subject, b.subject):
        return None
    if any(_same_date(x, y) for x in a.dates for y in b.dates):
        return None  # the same day named in both: the differing date belongs to something else
    # Years are left out: a bare year mostly dates something else ("his 2016 campaign").
    for granularity in ("day", "month", "weekday"):
        da = [d for d in a.dates if _granularity(d) == granularity]
        db = [d for d in b.dates if _granularity(d) == granularity]
        if len(da) == 1 and len(db) == 1 and not _same_date(da[0], db[0]):
            if any(_same_date(da[0], d) for d in b.dates) or any(_same_date(d, db[0]) for d in a.dates):
                return None
            hedged = bool(_hedge(a) or _hedge(b))
            return _differ(similarity, not hedged, f"dates differ for “{a.predicate}”: {da[0]} vs {db[0]}",
                           "dates", (da[0], db[0]), f"date|{a.predicate}")
    return None


_ISO = re.compile(r"(?P<year>\d{4}|-)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _parts(text: str) -> tuple[str | None, str | None, str | None] | None:
    """(year, month, day) of an ISO date with granularity ("2025-08-31", "2025-08", "--08-31", "--04")."""
    match = _ISO.fullmatch(text)
    if not match:
        return None
    year = match.group("year")
    return (None if year == "-" else year), match.group("month"), match.group("day")


def _granularity(text: str) -> str:
    parts = _parts(text)
    if parts is None:
        return "weekday" if text.lower() in _WEEKDAYS else "other"
    return "day" if parts[2] else "month" if parts[1] else "year"


def _same_date(x: str, y: str) -> bool:
    """Equal in every part both give: "--08-31" is the same day as "2025-08-31"."""
    px, py = _parts(x), _parts(y)
    if px is None or py is None:
        return x.lower() == y.lower()
    return all(u is None or v is None or u == v for u, v in zip(px, py))


def _other_occasions(a: Claim, b: Claim) -> bool:
    """Both claims dated to the day, and to different days: not the same happening."""
    da = [d for d in a.dates if _granularity(d) == "day"]
    db = [d for d in b.dates if _granularity(d) == "day"]
    return bool(da and db and not any(_same_date(x, y) for x in da for y in db))


# -- negation and opposite predicates -------------------------------------------------------------

def _negation(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not same_fact:
        return None
    if parsed(a) and parsed(b):
        existential = _existential_denial(a, b) or _existential_denial(b, a)
        if existential:
            negative, positive = existential
            reason = (f"one denies what the other asserts (“there is {negative.negation} …”): "
                      f"“{_short(positive.text)}” vs “{_short(negative.text)}”")
            return _differ(similarity, not (_hedge(a) or _hedge(b)), reason, "negation",
                           (_polarity(a), _polarity(b)), f"negation|{positive.predicate}")
        if a.predicate != b.predicate or bool(a.negation) == bool(b.negation):
            return None
        if not (_aligned(a.subject, b.subject) and _aligned(a.object, b.object)) or _other_occasions(a, b):
            return None
        negative, positive = (a, b) if a.negation else (b, a)
        values = (_polarity(a), _polarity(b))
        hedged = bool(_hedge(a) or _hedge(b))
        reason = (f"one asserts what the other negates (“{negative.negation} {negative.predicate}”): "
                  f"“{_short(positive.text)}” vs “{_short(negative.text)}”")
        return _differ(similarity, not hedged, reason, "negation", values, f"negation|{a.predicate}")
    if parsed(a) or parsed(b) or a.negated == b.negated:
        return None
    # Neither claim parsed (free text before the claims stage reads it): the sentence-level flag.
    positive, negative = (a, b) if b.negated else (b, a)
    reason = f"one statement negates the other: “{_short(negative.text)}” vs “{_short(positive.text)}”"
    return _differ(similarity, a.certainty == b.certainty, reason, "negation",
                   ("negated" if a.negated else "asserted", "negated" if b.negated else "asserted"), "negation|")


def _existential_denial(negative: Claim, positive: Claim) -> tuple[Claim, Claim] | None:
    """"There is no man playing a guitar" against "A man is playing a guitar": the denied existence
    names the other's subject and its act."""
    if not (negative.predicate == "be" and not _words(negative.subject) and negative.negation and negative.object):
        return None
    if positive.negation or not positive.predicate or positive.predicate == "be":
        return None
    held = _words(negative.object)
    act = positive.predicate[:max(3, len(positive.predicate) - 1)]
    if _aligned(negative.object, positive.subject, required=True) and any(w.startswith(act) for w in held):
        return negative, positive
    return None


def _opposites(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    if not (parsed(a) and parsed(b)) or cosine < settings.opposite_min_cosine:
        return None
    pair = opposite_pair(a.predicate, b.predicate)
    if pair is None or bool(a.negation) != bool(b.negation) or _other_occasions(a, b):
        return None
    if not (_aligned(a.subject, b.subject, required=True) and _aligned(a.object, b.object)):
        return None
    hedged = bool(_hedge(a) or _hedge(b))
    reason = f"opposite outcomes ({pair}): “{_short(a.text)}” vs “{_short(b.text)}”"
    fact = "opposite|" + "/".join(sorted((a.predicate, b.predicate)))
    return _differ(similarity, not hedged, reason, "opposite", (_polarity(a), _polarity(b)), fact)


def _agents(a, b, similarity, same_fact, cosine, settings) -> Judgement | None:
    """The same act on the same object credited to different named agents."""
    if not (same_fact and parsed(a) and parsed(b)) or a.predicate != b.predicate or a.predicate in _LIGHT_PREDICATES:
        return None
    if bool(a.negation) != bool(b.negation) or not (a.object and b.object and _aligned(a.object, b.object)):
        return None
    agents_a, agents_b = _named(a.subject, a.entities), _named(b.subject, b.entities)
    if not agents_a or not agents_b or _words(" ".join(agents_a)) & _words(" ".join(agents_b)):
        return None
    if any(_words(x) & _words(b.text) for x in agents_a) or any(_words(x) & _words(a.text) for x in agents_b):
        return None  # each names the other's agent too: a joint act, or a second party
    values = (", ".join(agents_a), ", ".join(agents_b))
    reason = f"different agent for “{a.predicate} {_short(a.object, 40)}”: {values[0]} vs {values[1]}"
    return _differ(similarity, False, reason, "agent", values, f"agent|{a.predicate}")


@functools.cache
def opposite_pairs() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """The opposite predicates of data/opposites.toml: (name, one side's lemmas, the other's)."""
    data = tomllib.loads(_OPPOSITES.read_text(encoding="utf-8"))
    return tuple((p["name"], frozenset(p["a"]), frozenset(p["b"])) for p in data.get("pair", []))


def opposite_pair(x: str, y: str) -> str | None:
    """The name of the pair that puts the two predicate lemmas on opposite sides, if any."""
    for name, one, other in opposite_pairs():
        if (x in one and y in other) or (x in other and y in one):
            return name
    return None


# -- certainty ----------------------------------------------------------------------------------

def _certainty(a: Claim, b: Claim, similarity: float) -> Judgement | None:
    """A doubt on the shared predicate in one statement only (scoped: only parsed claims qualify)."""
    if not (parsed(a) and parsed(b)) or a.predicate != b.predicate or _doubted(a) == _doubted(b):
        return None
    if a.negation != b.negation or (a.hedge and b.hedge):
        return None
    hedged, stated = (a, b) if _doubted(a) else (b, a)
    reason = (f"certainty differs: “{_short(hedged.text, 60)}” hedges “{hedged.predicate}” with “{hedged.hedge}”; "
              f"“{_short(stated.text, 60)}” states it")
    return _differ(similarity, False, reason, "certainty", (_polarity(a), _polarity(b)), f"certainty|{a.predicate}")


# -- helpers ------------------------------------------------------------------------------------

def _hedge(claim: Claim) -> str:
    if parsed(claim):
        return claim.hedge
    return "" if claim.certainty == "stated" else claim.certainty


def _doubted(claim: Claim) -> bool:
    """Hedged as possible ("could", "may", "reportedly") or threatened, not as a plan or forecast
    ("would", "expected": a future the other statement may report as done) nor as a condition ("if")."""
    return (parsed(claim) and bool(claim.hedge) and claim.certainty in {"possible", "threatened"}
            and claim.hedge.lower() not in _conditions())


@functools.cache
def _conditions() -> frozenset[str]:
    """The condition words of data/certainty.toml: a condition is no doubt about the fact."""
    data = tomllib.loads(_CERTAINTY.read_text(encoding="utf-8")) if _CERTAINTY.is_file() else {}
    return frozenset(w.lower() for w in data.get("hedge", {}).get("possible", {}).get("conditions", []))


def _hedge_note(claim: Claim) -> str:
    word = _hedge(claim)
    return f" “{word}”" if word else ""


def _polarity(claim: Claim) -> str:
    parts = [claim.hedge, claim.negation, claim.predicate]
    return " ".join(p for p in parts if p)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _LIGHT}


def _aligned(x: str, y: str, required: bool = False) -> bool:
    """Two subjects (or objects) that can be the same: shared words, or prefixes of five letters.

    One side unknown (empty, a pronoun) counts as aligned unless `required`.
    """
    wx, wy = _words(x), _words(y)
    if not wx or not wy:
        return not required
    return bool(wx & wy) or bool({w[:5] for w in wx if len(w) >= 5} & {w[:5] for w in wy if len(w) >= 5})


def _named(subject: str, entities: tuple[str, ...]) -> list[str]:
    """The entity the subject is, when it is one ("Hamas", "the Senate"; not "America's employers")."""
    words = _words(subject)
    return [e for e in entities if e and words and words <= _words(e)]


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def claim_from_text(text: str) -> Claim:
    """A claim read from free text (`crosscheck pair`, benchmarks), parsed when the claims stage can."""
    try:
        from .claims import claim_from_text as parse
    except ImportError:  # a claims stage without the parsed reader: the sentence-level features
        from . import features

        return Claim(id="", article_id="", text=text, line=0, voice="", side=None, quote=False,
                     numbers=features.quantities(text), dates=features.dates(text),
                     negated=features.negated(text), certainty=features.certainty(text))
    return parse(text)
