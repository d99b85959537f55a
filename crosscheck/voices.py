"""Voices and sides: who a claim's source is, and which party that source speaks for.

Sides come from `data/sides.toml` (countries, capitals, state news agencies: facts the text
cannot teach); people are placed on a side by reading the corpus for titles such as
"Chinese President Xi Jinping". Name variants ("Xi", "Xi Jinping", "President Xi") are merged
with rapidfuzz.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

SIDES_FILE = Path(__file__).parent / "data" / "sides.toml"
_NAME = r"[A-Z][\w’'.-]*[a-z][\w’'-]*|[A-Z]{2,}|[A-Z]\."
_NAME_RUN = re.compile(rf"(?:{_NAME})(?:\s+(?:{_NAME}))*")
PRONOUNS = {"he", "she", "they", "him", "her"}
# Capitalised words that start sentences and clauses but never name anyone.
_NOT_NAMES = {
    "The", "A", "An", "But", "And", "However", "While", "In", "On", "At", "As", "After", "Before", "Hours",
    "According", "Curiously", "Still", "Meanwhile", "Following", "Last", "This", "That", "These", "Those",
    "It", "Its", "He", "She", "They", "We", "I", "His", "Her", "Their", "Both", "Any", "Some", "Also",
    "If", "When", "Since", "Unlike", "Historically", "Most", "Adding", "Looking", "From", "With", "Even",
    "Here", "There", "What", "Who", "Why", "How", "Domestically", "Internationally", "Conversely", "Past",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Prime", "Minister", "Secretary",
    "Vice", "Treasury", "State", "Foreign", "Chinese", "Japanese", "US", "U.S.", "New", "Newly",
}
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    names: tuple[str, ...]
    agencies: tuple[str, ...]


@dataclass
class VoiceBook:
    """Sides from the data file plus the people the corpus places on them."""

    sides: dict[str, Side]
    titles: tuple[str, ...]
    institutions: tuple[str, ...]
    people: dict[str, str | None] = field(default_factory=dict)

    @property
    def labels(self) -> dict[str, str]:
        return {side.id: side.label for side in self.sides.values()}

    def learn(self, texts) -> None:
        """Place people on sides from titled mentions such as "US Treasury Secretary Scott Bessent"."""
        markers = "|".join(re.escape(n) for side in self.sides.values() for n in side.names)
        titles = "|".join(re.escape(t) for t in sorted(self.titles, key=len, reverse=True))
        pattern = re.compile(rf"\b({markers})(?:[’']s)?\s+((?:(?:{titles})\s+)+)((?:{_NAME})(?:\s+(?:{_NAME})){{0,2}})")
        untitled = re.compile(rf"\b(?:{titles})\s+((?:{_NAME})(?:\s+(?:{_NAME})){{0,2}})")
        for text in texts:
            for match in pattern.finditer(text):
                name = _strip_possessive(match.group(3))
                side = self.side_of_marker(match.group(1))
                if name and side and not self.side_of_marker(name):
                    self._add_person(name, side)
            for match in untitled.finditer(text):
                name = _strip_possessive(match.group(1))
                if name and name.split()[0] not in _NOT_NAMES and not self.side_of_marker(name):
                    self.people.setdefault(self._merge(name), None)

    def _add_person(self, name: str, side: str) -> None:
        known = self._merge(name)
        if known != name and len(name) > len(known):
            self.people[name] = side
            self.people.pop(known, None)
        else:
            self.people[known] = self.people.get(known) or side

    def _merge(self, name: str) -> str:
        """The known full name this name is a variant of, or the name itself."""
        if not self.people:
            return name
        match = process.extractOne(name, list(self.people), scorer=fuzz.token_set_ratio, score_cutoff=95)
        if match and _shares_token(name, match[0]):
            return match[0]
        return name

    def side_of_marker(self, text: str) -> str | None:
        for side_id, pattern in self._side_patterns:
            if pattern.search(text):
                return side_id
        return None

    def resolve(self, phrase: str) -> tuple[str, str | None]:
        """Turn a voice phrase ("China's foreign ministry", "Xi") into (voice, side)."""
        phrase = phrase.strip(" ,;:“”\"'")
        phrase = re.sub(r"^(the|a|an|one)\s+", "", phrase, flags=re.I)
        entity = self.first_entity(phrase)
        if entity and entity[0] == 0:
            return entity[1], self.people.get(entity[1])
        if entity and entity[0] == 1:
            return entity[1], self.side_of_marker(entity[1])
        if entity and entity[0] == 3:
            return entity[1], None
        # A place name alone does not make a source official: "an analyst in Washington" is not
        # the US side, "Washington" or "US officials" are.
        official = len(phrase.split()) <= 2 or self._institution_pattern.search(phrase)
        return phrase, self.side_of_marker(phrase) if official else None

    def person_in(self, phrase: str) -> str | None:
        """A known person named in the phrase, by full name or a variant of it."""
        for run in _NAME_RUN.findall(phrase):
            words = [w for w in run.split() if w not in _NOT_NAMES]
            if not words:
                continue
            name = _strip_possessive(" ".join(words))
            merged = self._merge(name)
            if merged in self.people:
                return merged
        return None

    def first_entity(self, phrase: str) -> tuple[int, str] | None:
        """The best source named in a phrase, as (rank, voice phrase); lower rank is better.

        Ranks: 0 known person, 1 state news agency, 2 official body ("China's foreign ministry"),
        3 unknown full name, 4 bare country or capital, 5 any other capitalised name.
        """
        person = self.person_in(phrase)
        if person:
            return 0, person
        for pattern in self._agency_patterns:
            agency = pattern.search(phrase)
            if agency:
                return 1, agency.group(0)
        official = self._official_pattern.search(phrase)
        if official:
            return 2, official.group(0)
        runs = [[w for w in run.split() if w not in _NOT_NAMES] for run in _NAME_RUN.findall(phrase)]
        runs = [_strip_possessive(" ".join(words)) for words in runs if words]
        for run in runs:
            if len(run.split()) >= 2 and not self.side_of_marker(run):
                return 3, run
        marker = re.search(self._marker_pattern, phrase)
        if marker:
            return 4, marker.group(0)
        return (5, runs[0]) if runs else None

    # Patterns built once per book: these run for every sentence and clause.
    @cached_property
    def _marker_pattern(self) -> str:
        words = sorted((w for side in self.sides.values() for w in side.names), key=len, reverse=True)
        return _whole_words(words)

    @cached_property
    def _side_patterns(self) -> list[tuple[str, re.Pattern]]:
        return [(side.id, re.compile(_whole_words(side.names + side.agencies))) for side in self.sides.values()]

    @cached_property
    def _agency_patterns(self) -> list[re.Pattern]:
        return [re.compile(_whole_words(side.agencies)) for side in self.sides.values() if side.agencies]

    @cached_property
    def _institution_pattern(self) -> re.Pattern:
        return re.compile(rf"\b(?:{'|'.join(re.escape(i) for i in self.institutions)})\b", re.I)

    @cached_property
    def _official_pattern(self) -> re.Pattern:
        institution = "|".join(re.escape(i) for i in self.institutions)
        return re.compile(rf"({self._marker_pattern})(?:\s+\w+){{0,2}}?\s+(?:{institution})\b")


def _whole_words(words) -> str:
    """A regex matching any of the words, not inside a longer word or abbreviation."""
    longest_first = sorted(words, key=len, reverse=True)
    return rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in longest_first)})(?![\w-])"


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip())


def _shares_token(a: str, b: str) -> bool:
    return bool(set(a.lower().split()) & set(b.lower().split()))


def load_voicebook(path: str | Path | None = None) -> VoiceBook:
    """Read the sides data file (the packaged one unless `path` is given)."""
    text = Path(path or SIDES_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    sides = {
        key: Side(key, value["label"], tuple(value.get("names", ())), tuple(value.get("agencies", ())))
        for key, value in data["sides"].items()
    }
    roles = data.get("roles", {})
    return VoiceBook(sides, tuple(roles.get("titles", ())), tuple(roles.get("institutions", ())))
