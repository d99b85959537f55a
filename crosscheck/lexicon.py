"""The packaged word lists (crosscheck/data/*.toml): what English means that a parser cannot know."""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path

DATA = Path(__file__).parent / "data"


@functools.cache
def data_table(name: str) -> dict:
    """A packaged data file under crosscheck/data, parsed once."""
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


@functools.cache
def stop_words() -> frozenset[str]:
    """English stop words (data/stop_words.toml)."""
    return frozenset(data_table("stop_words.toml")["words"])
