"""The stage types to and from plain JSON data, so that a run can be stored and read back whole.

Both directions look up what a type holds once per type (its fields, their annotations), not once per
value: a re-run decodes and encodes every kept claim, and the generic walk took a second of it.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from datetime import date

_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_data(value):
    """A dataclass tree (tuples, dicts, dates, enums) as JSON-ready lists, dicts and strings."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return [to_data(v) for v in value]
    if kind is dict:
        return {k: to_data(v) for k, v in value.items()}
    names = _field_names(kind)
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {k: to_data(v) for k, v in value.items()}
    return value


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def from_data(kind, data):
    """Rebuild a value of type `kind` (a dataclass or an annotation) from `to_data` output."""
    return _decoder(kind)(data)


def _same(data):
    return data


@functools.cache
def _decoder(kind):
    """A function that rebuilds a value of `kind` from its data (None stays None at every level)."""
    if dataclasses.is_dataclass(kind):
        return _DataclassDecoder(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return _decoder(next(a for a in args if a is not type(None)))
    if origin is tuple:
        item = _decoder(args[0])
        return _or_none(tuple) if item is _same else _or_none(lambda data: tuple(item(v) for v in data))
    if origin is dict:
        value = _decoder(args[1])
        return _or_none(dict) if value is _same else _or_none(lambda data: {k: value(v) for k, v in data.items()})
    if kind is date:
        return _or_none(date.fromisoformat)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _or_none(kind)
    return _same


def _or_none(decode):
    return lambda data: None if data is None else decode(data)


class _DataclassDecoder:
    """Rebuilds one dataclass; its fields' decoders are looked up on first use (a type may hold itself)."""

    def __init__(self, kind: type):
        self.kind = kind
        self.fields: dict | None = None

    def __call__(self, data):
        if data is None:
            return None
        if self.fields is None:
            self.fields = {name: _decoder(hint) for name, hint in typing.get_type_hints(self.kind).items()}
        fields = self.fields
        return self.kind(**{name: value if fields[name] is _same else fields[name](value)
                            for name, value in data.items()})
