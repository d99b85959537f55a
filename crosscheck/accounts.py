"""Accounts: Article -> whose own account it is (a side's readout, a statement, a leader's post), or None.

An account's publisher is an official body or a state agency (its outlet, also when another outlet only
carries it), or the person who issued it. Every claim of an account carries its publisher's side, and the
account's own narration, first person included, is its publisher's voice.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .attribution import Voice, lexicon
from .types import Article, Claim
from .voices import VoiceBook


def apply_publisher_side(claims: list[Claim], articles: list[Article], book: VoiceBook) -> list[Claim]:
    """Every claim of a side's own account (a readout, a statement, a leader's post) carries its publisher's
    side; the account's own narration, first person included, is its publisher's voice."""
    publishers = {a.id: publisher_voice(a, book) for a in articles}
    outlets = {a.id: a.outlet for a in articles}
    result = []
    for claim in claims:
        publisher = publishers.get(claim.article_id)
        if publisher is not None:
            voice = claim.voice if claim.attributed or publisher.name == outlets[claim.article_id] else publisher.name
            side = publisher.side or claim.side
            if (voice, side) != (claim.voice, claim.side):
                claim = replace(claim, voice=voice, side=side)
        result.append(claim)
    return result


_QUOTED_TEXT = re.compile(r"[“\"«][^”\"»]*[”\"»]")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


def publisher_voice(article: Article, book: VoiceBook) -> Voice | None:
    """The voice of an article that is a side's own account, or None for a news report.

    An account's publisher is an official body or a state agency (its outlet, also when another
    outlet only carries it), or the person who issued it: its `author` (front matter or signature),
    or the one a title such as "Statement by X" or "X's post" names. A person counts when the corpus
    places them on a side or their title names a country's office ("President of the USA"), or,
    with no side known, when the account is narrated in the first person (their own post).
    """
    side = book.publisher_side(article.outlet)
    speaker = next(filter(None, (article.author, title_speaker(article.title))), None)
    if speaker:
        name, speaker_side = book.speaker_side(speaker)
        if speaker_side or (side is None and first_person(article)):
            return Voice(name, speaker_side or side, bool(speaker_side or side))
    return Voice(article.outlet, side, True) if side else None


def title_speaker(title: str | None) -> str | None:
    """Who a title says issued the text: "Statement by X", "Remarks from X on ...", "X's post on ..."."""
    if not title:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().account_nouns, key=len, reverse=True))
    found = (re.match(rf"(?i)^\W*(?:full text of |text of |joint )?(?:{nouns})s?\s+(?:by|from)\s+(.+?)"
                      rf"(?:\s+(?i:on|about|regarding|after|following|at|to|with|in)\s.*)?$", title)
             or re.match(rf"^\W*([A-Z][\w.\- ]+?)[’']s\s+(?i:{nouns})s?\b", title))
    return found.group(1).strip(" :,") if found else None


def first_person(article: Article) -> bool:
    """Whether the article's own narration (outside quotation marks) speaks in the first person."""
    return any(_FIRST_PERSON.search(_QUOTED_TEXT.sub("", line.text)) for line in article.lines)
