"""The data that flows between pipeline stages: frozen dataclasses, plain tuples."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Line:
    """One kept line of an article body, with its 1-based line number in the file."""

    number: int
    text: str


@dataclass(frozen=True)
class LeftOut:
    """A non-empty line of an article (or part of one) that is in no claim, and why."""

    line: int
    chars: int  # its characters, spaces not counted
    reason: str  # "boilerplate", "caption", "byline", "title", "date line", "heading", "question", ...


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    outlet: str
    title: str
    published: date | None
    url: str | None
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = ()
    # Ids of the other articles this one is a version of (an update, a correction, the same wire
    # story run by another outlet): near-duplicates, each kept with its own claims.
    versions: tuple[str, ...] = ()
    author: str | None = None  # front matter `author`: who wrote or issued it
    excerpt: bool = False  # front matter `excerpt: true`: only part of the account is here
    left_out: tuple[LeftOut, ...] = ()  # body lines ingest kept out of the claims, with why


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, what it counts and the period it applies to.

    `low`..`high` is the range of true values the wording admits: equal to `value` for a precise
    figure, wider for a rounded ("$1 trillion") or approximate ("about 300", "more than 12") one.
    Two figures for the same counted thing conflict only when their ranges do not overlap.
    """

    value: float
    unit: str  # "USD", "%", "count", "t", ... ("count" when the number counts `counts`)
    counts: str  # lemma of the noun the number counts ("protester"), "" when unknown
    period: str | None
    text: str
    predicate: str = ""  # lemma of the verb the figure is an argument of ("arrest", "lend")
    approx: str = ""  # the word that makes it approximate ("about", "more than"), "" when exact
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class ReportedOmission:
    """An outlet saying that some voice left something out ("X didn't mention Y")."""

    omitter: str
    omitter_side: str | None
    subject: str
    context: str


@dataclass(frozen=True)
class Measure:
    """A quantity and the variable it measures."""

    text: str
    value: float
    unit: str  # "count", "%", "USD", "age", "hour" (all durations), "tally", ...
    low: float
    high: float | None  # None: no upper bound
    counts: str  # the counted noun's lemma ("civilian"), the person an age describes, "" when unknown
    predicate: str  # the verb the figure is an argument of
    period: str
    reading: str  # "level", "change", "origin" ("up from 11,300"), "average" or "threshold" ("needed to win")
    # a vote's (for, against); against 0 and for 0: "unanimously"; (margin, None) a margin alone ("by 12 votes")
    tally: tuple[int, int | None] | None = None
    hedge: str = ""  # a forecast or possibility governing the figure's verb ("predicted ... would add 1 million")
    aside: bool = False  # stated of another time, in a clause hanging on a date ("..., when there were 256,000")
    modifiers: tuple[str, ...] = ()  # what narrows the counted thing ("continuing" claims, "service" members)
    narrowing: tuple[str, ...] = ()  # its adjectives among them: a kind of the thing ("large" fires, "armed" men)
    rounded: bool = False  # its range is only the rounding of a figure written without a bound or range word ("$100")
    # whose or where it is: the places it is counted in ("the death toll in Germany"), its owner ("Biden's 52%
    # approval", "76 percent for Trump") or a list line's label ("Army: 40% fully vaccinated"); two figures whose
    # scopes name no one place or name in common are two variables (align.comparable)
    scope: tuple[str, ...] = ()
    beside_main: bool = False  # its verb lies outside the main predicate's clauses ("a shooting that killed 14"), so
    # the claim's hedge does not cover it
    # the words narrowing the group a share is taken among ("Among primary school teachers, 71 percent": primary,
    # school): a part of the whole, whatever the words
    among: tuple[str, ...] = ()
    at_act: bool = False  # an age told at an act ("joined the army at the age of 18", "died aged 90"): the age then
    # the dimensions of the variable a figure may state besides what it counts (measures.py; compare/align.py
    # `dimensions_apart`): the basis of a change ("month" from the month before, "year" from a year earlier); whether
    # it is told as a part ("a tranche", "in Vlissingen alone") or a whole ("a total of", "the package"); the rank of the
    # kind of place it is counted in (places.toml [ranks]: a town 2, a province 3); the kind of a penalty a duration is
    # the length of ("prison", "ban")
    basis: str = ""
    part: str = ""
    place_rank: int = 0
    penalty: str = ""

    @property
    def shown(self) -> str:
        """The figure as a reader needs it: with what it counts when the words do not say."""
        if self.counts and self.counts[:4] not in self.text.lower():
            return f"{self.text} ({self.counts})"
        return self.text


@dataclass(frozen=True)
class ClockTime:
    """A time of day an act happened at ("struck at 3:15 a.m. local time")."""

    minutes: int  # after midnight
    approximate: bool = False  # "about 2 a.m.", or written without its minutes ("at 9 p.m.")
    zone: str = ""  # the time zone named after it ("local", "ET"), "" when none

    def __str__(self) -> str:
        return f"{'~' if self.approximate else ''}{self.minutes // 60:02d}:{self.minutes % 60:02d}" + \
            (f" {self.zone}" if self.zone else "")


@dataclass(frozen=True)
class Placing:
    """Where someone placed in a contest's results ("Clinton finished second in the Iowa caucuses")."""

    who: str
    position: int  # 1 for first (also "took the most seats")
    words: str  # the words that say so ("second", "most")
    contest: str = ""  # the contest where an "in" or "at" phrase names it ("the Iowa caucuses")


@dataclass(frozen=True)
class Clause:
    """One verb of the claim with its polarity and roles: a claim may assert several ("backed talks but
    rejected meeting Biden"; "the court struck down the limits, ruling that they violate the act")."""

    predicate: str
    negation: str
    agent: str
    theme: str
    intent: bool = False  # read from a noun of intent ("no plans to raise"): a plan, not yet an act
    dates: tuple[str, ...] = ()  # the days its own phrases name ("began on Monday": "monday"; "--03-03")
    places: tuple[str, ...] = ()  # the places its own "in", "at" or "near" phrases name ("arrested in Denver")
    recipient: str = ""  # to whom its act went (`predicates.recipient`: "the network he later sold to Comcast")
    partner: str = ""  # whom its act was done with (`predicates.partner`: "following a meeting with the governor")
    under_main: bool = True  # among the main predicate's clauses (`features.in_main_clauses`): the claim's hedge covers it


@dataclass(frozen=True)
class Frame:
    text: str
    predicate: str
    status: str  # "happened", "cancelled", "postponed" or ""
    negation: str
    hedge: str
    agent: str
    theme: str
    places: tuple[str, ...]
    dates: tuple[str, ...]
    measures: tuple[Measure, ...]
    initiator: str
    winner: str
    loser: str
    clauses: tuple[Clause, ...] = ()
    time_points: tuple[float, ...] = ()  # "six months after", "two days later": hours from the happening
    locations: tuple[str, ...] = ()  # every place named in an "in", "at" or "near" phrase, on the spine or not
    future: bool = False  # the main predicate is in the future ("will cost"): a forecast, like a hedged one
    changed: str = ""  # what a verb of amount says rose or fell: its subject's head noun ("the number of deaths": death)
    clock: tuple[ClockTime, ...] = ()  # times of day "at" which the main predicate happened (`frames.clock_times`)
    contest: str = ""  # what a win named by a noun was of ("his Iowa win": Iowa; "victory in New York": New York)
    ranked: Placing | None = None  # where someone placed in a contest's results (`frames._ranked`)
    recipient: str = ""  # to whom (or where) the main predicate's act went ("sent tanks to Ukraine", "gave Kyiv aid")
    partner: str = ""  # whom the main predicate's act was done with (`predicates.partner`: "met with the governor")
    # ("after" or "before", the happening the main act is placed by, that happening's head lemma): `frames._order`
    order: tuple[str, ...] = ()
    # (noun of a thing sent, to whom): "in a letter to Secretary Blinken", "a letter addressed to ...": `frames._addressed`
    addressed: tuple[tuple[str, str], ...] = ()
    qualities: tuple[tuple[str, str], ...] = ()  # (quality of frames.toml [qualities], what it tells of): `frames._qualities`
    ordinals: tuple[tuple[str, int, str], ...] = ()  # (noun, position, as written): "its third test": `frames._ordinals`
    offset: float = 0.0  # hours between the main act and the happening `order` places it by ("15 days before": 360)
    done: bool = False  # the main predicate told as done, in the past or the perfect ("opened", "has opened")


@dataclass(frozen=True)
class Phrase:
    """A noun phrase or named entity of a claim, as a topic's name could use it (labels.py)."""

    key: str  # lower case
    text: str  # as written
    words: tuple[str, ...]  # its content words, normalised
    plain: str = ""  # the key of the phrase without its leading describing words ("container ships"), "" if none


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    text: str
    line: int
    voice: str
    side: str | None
    quote: bool
    numbers: tuple[Quantity, ...] = ()
    dates: tuple[str, ...] = ()  # ISO with granularity: "2025-11-24", "2025-11", "2025", "--08-31" (no year)
    negated: bool = False
    certainty: str = "stated"
    other_occasion: bool = False
    omission: ReportedOmission | None = None
    attributed: bool = False  # False: the publisher's own narration (voice is the outlet)
    negation: str = ""  # the word that negates the main predicate ("not", "never"), "" when none
    hedge: str = ""  # the word that hedges the main predicate ("could", "expected"), "" when none
    predicate: str = ""  # lemma of the claim's main predicate ("arrest", "postpone")
    subject: str = ""  # the main predicate's subject, as written
    object: str = ""  # its direct object or complement, as written
    entities: tuple[str, ...] = ()  # named entities in the claim ("Xi Jinping", "Taiwan", "Beijing")
    frame: Frame | None = None  # what it asserts, slot by slot (frames.py), read from the claims stage's parse
    phrases: tuple[Phrase, ...] = ()  # its noun phrases and entities, read from the claims stage's parse
    incidentals: tuple[str, ...] = ()  # its people's names, dates, times and numbers: never substance on their own
    bodies: tuple[str, ...] = ()  # its organisations' names that head a phrase ("the FBI released"), not modifiers


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    article_ids: tuple[str, ...]
    date: date | None
    # Articles nearest this event but set apart as possibly another story: each is an event of its
    # own, so no finding of this event compares them or counts them absent.
    unsure: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    event_id: str
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class ClaimGroup:
    """Claims that state the same fact."""

    id: str
    event_id: str
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Clustering:
    events: tuple[Event, ...]
    topics: tuple[Topic, ...]
    groups: tuple[ClaimGroup, ...]
    topic_of: dict[str, str] = field(default_factory=dict)
    omission_topic: dict[str, str] = field(default_factory=dict)


class Kind(str, enum.Enum):
    AGREE = "agree"
    DIFFER = "differ"
    OMIT = "omit"


class Severity(enum.IntEnum):
    """Higher is more urgent for a reviewer."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    id: str
    kind: Kind
    severity: Severity
    event_id: str
    topic_id: str | None
    claim_ids: tuple[str, ...]
    reason: str
    contradiction: bool = False
    level: str | None = None
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    corroborated: bool = False
    basis: str = ""  # differences: figures, dates, negation, opposite, agent or certainty
    values: tuple["Stated", ...] = ()  # differences: each conflicting value with who states it
    # The highest severity the comparator allows whatever the substance (salience.py): an omission from an
    # account of which only an excerpt was read, or two outlets' day or wait apart, is at most medium.
    most: Severity = Severity.HIGH
    queued: bool = True  # offered by `crosscheck review` by default (certainty differences are not)


@dataclass(frozen=True)
class Stated:
    """One of the values a difference is about, with the claims and sources that state it."""

    value: str
    claim_ids: tuple[str, ...]
    sources: tuple[str, ...]  # "Outlet" or "Outlet (voice)"


@dataclass(frozen=True)
class Judgement:
    """How the comparator judges two statements."""

    similarity: float
    same_fact: bool
    # "agree", "differ", "unrelated" (different facts), or "apart": alike in words but a slot says another
    # happening (the same counted thing of another verb, a date of another occasion); never an agreement
    relation: str
    contradiction: bool
    reason: str
    basis: str = ""  # what the verdict rests on: figures, dates, place, status, direction, initiator, winner,
    # negation, opposite, agent, certainty
    values: tuple[str, ...] = ()  # the conflicting values: the first claim's, the second's
    fact: str = ""  # what the values are values of ("figure|count|protester||arrest"), for grouping
    possible: bool = False  # a conflict not shown to be about one thing: it "may conflict" (judge._contradiction_shown)


@dataclass(frozen=True)
class Corpus:
    """Everything one run produced, ready for rendering."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    clustering: Clustering
    findings: tuple[Finding, ...]
    side_labels: dict[str, str] = field(default_factory=dict)
    # What a reader must know about the run's accounts: an account that gives no side, text left out.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """A reviewer's verdict on one finding, as kept in the decisions file."""

    finding_id: str
    status: str  # "confirmed", "dismissed", or "open" (a note without a verdict)
    note: str
    decided_at: str  # ISO 8601, UTC
    signature: str  # what kind of finding it was, to follow it when its evidence grows
    evidence: tuple[str, ...]  # claim ids the reviewer saw
    reason: str  # the finding's reason when reviewed, for people reading the file


@dataclass(frozen=True)
class Review:
    """A finding's review state in this run."""

    status: str  # "open", "confirmed" or "dismissed"
    note: str = ""
    changed: bool = False  # its evidence is not what the reviewer saw


def claims_by_event(events: tuple[Event, ...] | list[Event], claims) -> dict[str, list[Claim]]:
    """Each event's claims, in corpus order, found in one pass over the claims."""
    event_of = {article_id: event.id for event in events for article_id in event.article_ids}
    grouped: dict[str, list[Claim]] = {event.id: [] for event in events}
    for claim in claims:
        if claim.article_id in event_of:
            grouped[event_of[claim.article_id]].append(claim)
    return grouped


def topics_by_event(topics) -> dict[str, list[Topic]]:
    grouped: dict[str, list[Topic]] = {}
    for topic in topics:
        grouped.setdefault(topic.event_id, []).append(topic)
    return grouped
