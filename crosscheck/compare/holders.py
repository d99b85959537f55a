"""Whose a share is, where polls list their figures the way the nearest-name reading (`readings.person_holding`) misses:
a name right before "at" and the share ("followed by Cruz at 25 percent", "over Clinton, at 39 percent", "Trump's
approval, at 52 percent"), where the name stands after a preposition or a comma; and the name a share chose ("53
percent picked Clinton", "41% backed Trump"), written after its figure. Verbs of choosing are in frames.toml
`[holders]`.
"""
from __future__ import annotations

import functools
import re

from ..predicates import frame_words
from .written import CALENDAR_WORDS
from .written import NAME as _NAME

_SHARE = r"\s*(?:%|percent\b|per cent\b)"


def listed_holder(text: str, numeral: str) -> str:
    """The name a share is listed beside or chose, else ""."""
    for pattern in (_at_pattern(numeral), _chosen_pattern(numeral)):
        found = pattern.search(text)
        if found and found.group(1).lower() not in CALENDAR_WORDS:
            return found.group(1)
    return ""


def _at_pattern(numeral: str) -> re.Pattern:
    """"Cruz at 25 percent", "Clinton, at 39 percent", "Trump's approval, at 52 percent" (one noun the name owns)."""
    return re.compile(rf"\b({_NAME})(?:['’]s?\s+[a-z]+)?['’]?,?\s+at\s+{re.escape(numeral)}{_SHARE}")


def _chosen_pattern(numeral: str) -> re.Pattern:
    """"53 percent picked Clinton", "41% of voters backed Trump"."""
    return re.compile(rf"(?<![\w.,]){re.escape(numeral)}{_SHARE}\s+(?:of\s+(?:[a-z]+\s+){{1,3}})?"
                      rf"(?:{'|'.join(_choosing())})\s+({_NAME})")


@functools.cache
def _choosing() -> tuple[str, ...]:
    return tuple(re.escape(v) for v in frame_words()["holders"]["choosing"])
