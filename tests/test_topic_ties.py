"""A topic's claims are tied to one another: a shared content word of their phrases, a name, or close meaning
(cluster._related_parts, issue 18). Sentences of our own, read by the real parser and model."""
from dataclasses import replace
from datetime import date

import pytest

from crosscheck.claims import claim_from_text
from crosscheck.cluster import _related_parts, _topics
from crosscheck.types import Event


@pytest.fixture(scope="module")
def parts(embedder, settings):
    """The parts one cluster of these sentences splits into, as lists of the sentences' indices."""
    def run(*texts):
        claims = [claim_from_text(text) for text in texts]
        vectors = embedder.embed([claim.text for claim in claims])
        return sorted(sorted(part) for part in _related_parts(list(range(len(claims))), claims, vectors, settings))
    return run


def test_claims_that_share_nothing_are_topics_apart(parts):
    assert parts("The city council approved a new budget for the public library.",
                 "Heavy rain flooded several highways near the coast on Sunday.") == [[0], [1]]


def test_a_shared_generic_noun_ties_nothing(parts):
    # "officials" is a generic noun (data/labels.toml generic_nouns): a side remark's word, not a subject
    assert parts("Officials said the ferry service would resume in June.",
                 "Officials said the museum had sold out its winter exhibition.") == [[0], [1]]


def test_a_shared_name_ties_them_whatever_the_phrasing(parts):
    # attribution first; a passive with the name as its agent, in a relative clause's sentence
    assert parts("Senator Maria Lopez said she opposed the tariff plan.",
                 "The tariffs were criticized by Lopez, who called them reckless.") == [[0, 1]]


def test_a_shared_content_word_ties_them_though_their_meaning_is_apart(parts):
    # a relative clause, attribution last: only "repairs" is shared
    assert parts("The bridge, which engineers closed on Monday, needs urgent repairs.",
                 "Repairs will cost the county millions, the mayor said.") == [[0, 1]]


def test_close_meaning_ties_them_without_a_shared_word(parts):
    assert parts("Employers added 194,000 jobs in September, the Labor Department said.",
                 "Payrolls grew by nearly two hundred thousand workers last month.") == [[0, 1]]


def test_a_claim_tied_through_another_stays(parts):
    # the first and third share nothing; each shares a word with the second
    assert parts("The harbor ferry will resume service in June.",
                 "Ferry tickets for the island route will cost more this summer.",
                 "Prices on the island route have doubled since the storm.") == [[0, 1, 2]]


def test_an_event_of_unrelated_claims_gets_a_topic_each(embedder, settings):
    claims = [claim_from_text(text) for text in (
        "A storm knocked out power to thousands of homes in Ohio.",
        "The governor praised the volunteers who cleared fallen trees.")]
    vectors = embedder.embed([claim.text for claim in claims])
    event = Event("e1", "Ohio storm", tuple({claim.article_id for claim in claims}), date(2025, 1, 1))
    loose = replace(settings, topic_distance=2.0)  # one cluster of both, then split
    topics = _topics(event, claims, vectors, loose)
    assert sorted(len(topic.claim_ids) for topic in topics) == [1, 1]
