"""Voices and sides: who a source is, and which country's account it gives.

Sides come from the parse: a nationality or country entity in a source's words ("Chinese
President Xi Jinping", "the Ostrovian readout") names its side, and a nationality is matched to
its country by their shared stem ("Ostrovian" / "Ostrovia"). `data/sides.toml` adds what the
text cannot teach: capitals and seats of government ("the Kremlin"), irregular nationalities
("French" / "France"), state news agencies and official publishers. People are placed on a side
once, from any titled mention in the corpus, and keep it wherever they are quoted.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from . import nlp
from .errors import InputError

SIDES_FILE = Path(__file__).parent / "data" / "sides.toml"
# A nationality and a country share a stem this long at least ("Iraq" / "Iraqi", "Peru" / "Peruvian");
# shorter stems ("Fr-", "Spa-") are irregular and listed in the sides file.
_MIN_STEM = 4
# ... and the stem may leave at most this many letters of the country's name unmatched
# ("Ostrovia" / "Ostrovian": 0; "Norway" / "Norwegian": 2).
_MAX_COUNTRY_TAIL = 2
_POSSESSIVE = re.compile(r"[’']s$")
_POSTED_IN = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][^,;()]*")
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")
# The outlet that only carries an account: "(as carried by Reuters)", ", as quoted by PTI", "via AP".
_CARRIER = re.compile(r"(?:,\s*|\b)(?:as )?(?:carried|quoted|published|reported|cited|relayed|run|reprinted) "
                      r"(?:by|in|on) [^,;()]*|\bvia [^,;()]*", re.I)


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    names: tuple[str, ...]
    agencies: tuple[str, ...] = ()
    official: tuple[str, ...] = ()


@dataclass
class VoiceBook:
    """Sides from the data file, sides learned from the corpus, and the people placed on them."""

    sides: dict[str, Side]
    titles: tuple[str, ...]
    institutions: tuple[str, ...]
    people: dict[str, str | None] = field(default_factory=dict)  # full name -> side id
    learned: dict[str, str] = field(default_factory=dict)  # a country or nationality word -> side id

    @property
    def labels(self) -> dict[str, str]:
        return {side.id: side.label for side in self.sides.values()}

    # -- learning from the corpus -------------------------------------------------------

    def learn_places(self, countries: set[str], nationalities: set[str]) -> None:
        """Make a side of every nationality used, joined to the country whose name shares its stem."""
        for word in sorted(nationalities):
            if self.side_of_text(word) or not word[:1].isupper():
                continue
            # a country of this text, or one learned before ("Brazil" from "Embassy of Brazil")
            country = next((c for c in sorted(countries | set(self.learned)) if _same_stem(c, word)), None)
            known = self.side_of_text(country) if country else None
            side_id = known or _slug(country or word)
            if side_id not in self.sides:
                self.sides[side_id] = Side(side_id, f"{word} side", (country or word, word))
            self.learned[word] = side_id
            if country:
                self.learned[country] = side_id
            self.forget_patterns()

    def place_person(self, name: str, side: str) -> None:
        """Put a person on a side; a longer spelling of a known name replaces the shorter one."""
        known = self.full_name(name)
        self.people[known] = self.people.get(known) or side

    def full_name(self, name: str) -> str:
        """The known full name a partial mention ("Xi", "President Xi") stands for, or the name itself."""
        name = strip_possessive(name)
        if name in self.people:
            return name
        words = name.split()
        given = [w for w in words[:-1] if not w.endswith(".")]  # "Jeb" in "Jeb Bush"; not "Mr." or "J."
        candidates = []
        for person in self.people:  # each known name split once: this runs for every name before a "he"
            parts = person.split()
            if len(parts) > len(words) and ((parts[-1:] == words[-1:] and all(w in parts for w in given)
                                             and (not given or parts[0] == given[0]))
                                            or (len(words) == 1 and words[0] in parts)):
                candidates.append(person)  # "Xi" / "Xi Jinping"; "Jeb Bush" is not "George W. Bush", and
                # a name longer only in front is another ("White House" is not the "Obama White House")
        return candidates[0] if len(candidates) == 1 else name

    # -- reading sides ---------------------------------------------------------------------

    def side_of_text(self, text: str | None) -> str | None:
        """The side a phrase names by a listed or learned country, nationality, capital or agency."""
        if not text:
            return None
        match = self._name_pattern.search(text)
        return self._side_of_name[match.group(0)] if match else None

    def is_official_phrase(self, text: str) -> bool:
        """Does the phrase name an official body or role ("foreign ministry", "Deputy Foreign Minister")?"""
        return bool(self._institution_pattern.search(text) or self._title_pattern.search(text)
                    or self._official_pattern.search(text))

    def person_side(self, name: str) -> tuple[str, str | None]:
        """A person's known full name and side; "Donald J. Trump" is "Donald Trump" when only that is known."""
        full = self.full_name(name)
        if full in self.people:
            return full, self.people[full]
        words = [w.lower() for w in strip_possessive(name).split() if not re.fullmatch(r"\w\.?", w)]  # no initials
        same = [p for p in self.people if words and [w.lower() for w in p.split()[::len(p.split()) - 1 or 1]]
                == [words[0], words[-1]]]
        return (same[0], self.people[same[0]]) if len(same) == 1 else (full, None)

    def speaker_side(self, phrase: str) -> tuple[str, str | None]:
        """Who a by-line, signature or "Statement by ..." names, and the side they speak for: a person
        placed on a side, or an official role or body of a country ("President of the USA")."""
        name = phrase.split(",")[0].strip()
        name = name.title() if name.isupper() else name  # a signature in capitals
        known, side = self.person_side(name)
        if side:
            return known, side
        side = self.side_of_text(phrase) or self.side_of_text(phrase.title())
        return (known, side) if side and self.is_official_phrase(phrase) else (known, None)

    def publisher_side(self, outlet: str) -> str | None:
        """The side an outlet speaks for when it is an official body or a state news agency; an outlet
        that only carries another's account ("X, as carried by Y") speaks for X's side."""
        outlet = _CARRIER.sub("", outlet)
        for side in self.sides.values():
            if _whole_word_in(side.agencies + side.official, outlet):
                return side.id
        if not self._institution_pattern.search(outlet):
            return None
        home = _POSTED_IN.sub("", outlet)  # "Embassy of Ukraine in the United Kingdom" speaks for Ukraine
        return self.side_of_text(home) or self._side_of_country(home)

    def _side_of_country(self, phrase: str) -> str | None:
        """The side of a country no file lists, named after "of" in an official title ("Embassy of Brazil
        in London", "Ministry of Foreign Affairs of Ostrovia"): made a side, as `learn_places` does."""
        for found in reversed(_OF_COUNTRY.findall(phrase)):
            if self.is_official_phrase(found) or not _is_place(found):
                continue  # "of Foreign Affairs", "of Defence": the office, not the country
            side_id = _slug(found)
            if side_id not in self.sides:
                self.sides[side_id] = Side(side_id, f"{found} side", (found,))
                self.learned[found] = side_id
                self.forget_patterns()
            return self.side_of_text(found) or side_id
        return None

    def forget_patterns(self) -> None:
        """Drop the patterns built from the sides and learned names, after they changed."""
        for derived in ("_side_of_name", "_name_pattern", "_official_pattern"):
            self.__dict__.pop(derived, None)

    # Patterns built once per book: they run for every source phrase.
    @cached_property
    def _side_of_name(self) -> dict[str, str]:
        names = {}
        for side in self.sides.values():
            for name in side.names + side.agencies + side.official:
                names.setdefault(name, side.id)
                names.setdefault(f"{name}'s", side.id)
                names.setdefault(f"{name}’s", side.id)
        for word, side_id in self.learned.items():
            names.setdefault(word, side_id)
        return names

    @cached_property
    def _name_pattern(self) -> re.Pattern:
        return re.compile(_whole_words(self._side_of_name))

    @cached_property
    def _institution_pattern(self) -> re.Pattern:
        return re.compile(_whole_words(self.institutions), re.I)

    @cached_property
    def _title_pattern(self) -> re.Pattern:
        return re.compile(_whole_words(self.titles), re.I)

    @cached_property
    def _official_pattern(self) -> re.Pattern:
        return re.compile(_whole_words([n for side in self.sides.values() for n in side.official + side.agencies]))


@lru_cache(maxsize=1024)
def _is_place(name: str) -> bool:
    """Whether the tagger reads the name as a country or city where a place name stands."""
    doc = nlp.parse_one(f"The delegation flew to {name} yesterday.")
    return any(e.label_ == "GPE" and e.text.removeprefix("the ") == name for e in doc.ents)


def _same_stem(country: str, nationality: str) -> bool:
    if country == nationality or " " in country:
        return False
    stem = 0
    for a, b in zip(country.lower(), nationality.lower()):
        if a != b:
            break
        stem += 1
    return stem >= _MIN_STEM and len(country) - stem <= _MAX_COUNTRY_TAIL


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _whole_words(words) -> str:
    """A regex matching any of the words, not inside a longer word or abbreviation."""
    longest_first = sorted(set(words), key=len, reverse=True) or ["(?!)"]
    return rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in longest_first)})(?![\w-])"


def _whole_word_in(words, text: str) -> bool:
    return bool(words) and bool(re.search(_whole_words(words), text))


def strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip())


def _read_sides(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: cannot read the sides file ({error})") from error


def packaged_voicebook() -> VoiceBook:
    """The packaged sides, read once, for lookups only (a statement read on its own, two namings of one party):
    a run that learns from its articles loads its own book (`load_voicebook`)."""
    return lookup_voicebook(None)


@lru_cache(maxsize=4)
def lookup_voicebook(extra: str | Path | None) -> VoiceBook:
    """The packaged sides with a user's sides file, read once per file, for lookups only (the names a
    side's parties go by); never taught: a run's own book is `load_voicebook`'s."""
    return load_voicebook(extra)


def load_voicebook(extra: str | Path | None = None) -> VoiceBook:
    """The packaged sides, with those of `extra` (a user's sides file) added or overriding."""
    data = _read_sides(SIDES_FILE)
    if extra:
        user = _read_sides(Path(extra))
        data["sides"].update(user.get("sides", {}))
        for key, values in user.get("roles", {}).items():
            data.setdefault("roles", {}).setdefault(key, [])
            data["roles"][key] = list(dict.fromkeys(data["roles"][key] + list(values)))
    sides = {}
    for key, value in data["sides"].items():
        if "label" not in value:
            raise InputError(f"sides file: side {key!r} has no label")
        sides[key] = Side(key, value["label"], tuple(value.get("names", ())), tuple(value.get("agencies", ())),
                          tuple(value.get("official", ())))
    roles = data.get("roles", {})
    return VoiceBook(sides, tuple(roles.get("titles", ())), tuple(roles.get("institutions", ())))
