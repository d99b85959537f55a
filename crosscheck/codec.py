"""The stage types to and from plain JSON data, so that a run can be stored and read back whole."""
from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from datetime import date


def to_data(value):
    """A dataclass tree (tuples, dicts, dates, enums) as JSON-ready lists, dicts and strings."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {k: to_data(v) for k, v in value.items()}
    return value


def from_data(kind, data):
    """Rebuild a value of type `kind` (a dataclass or an annotation) from `to_data` output."""
    if data is None:
        return None
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: from_data(hints[name], value) for name, value in data.items()})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return from_data(next(a for a in args if a is not type(None)), data)
    if origin is tuple:
        return tuple(from_data(args[0], v) for v in data)
    if origin is dict:
        return {k: from_data(args[1], v) for k, v in data.items()}
    if kind is date:
        return date.fromisoformat(data)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    return data


@functools.cache
def _hints(kind) -> dict:
    return typing.get_type_hints(kind)
