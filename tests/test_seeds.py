"""End to end on the seed articles with the real model: the findings the tool exists for."""
import os
from pathlib import Path

from crosscheck.types import Kind


def _names(corpus):
    article = {a.id: a for a in corpus.articles}
    claim = {c.id: c for c in corpus.claims}
    return article, claim


def test_three_occasions_kept_apart(seed_run):
    corpus, _ = seed_run
    article, _ = _names(corpus)
    groups = sorted(sorted(os.path.basename(article[a].path)[:3] for a in e.article_ids)
                    for e in corpus.clustering.events)
    assert groups == [["000", "001"], ["002", "003"], ["004"]]


def test_taiwan_omission_with_reported_omission_beside_it(seed_run):
    corpus, _ = seed_run
    article, claim = _names(corpus)
    found = [f for f in corpus.findings if f.kind is Kind.OMIT and f.level == "side"
             and f.present == ("china",) and f.absent == ("us",)
             and any("Taiwan" in claim[c].text for c in f.claim_ids)]
    assert found, "the Taiwan omission (Chinese side mentions it, Trump's account does not) is missing"
    # Xi's own point, as China's readout gives it: a US-side sentence saying Trump's post "omitted any mention of the
    # contentious Taiwan issue" (cosine 0.565 to it) reports the omission and covers nothing
    assert any("return to China" in claim[c].text for f in found for c in f.claim_ids)
    taiwan = found[0]
    assert taiwan.corroborated
    events = {e.id: e for e in corpus.clustering.events}
    assert {os.path.basename(article[a].path)[:3] for a in events[taiwan.event_id].article_ids} == {"000", "001"}
    reported = [claim[c] for c in taiwan.claim_ids if claim[c].omission]
    assert any("didn’t mention the island" in c.text and article[c.article_id].outlet == "Moneycontrol"
               for c in reported)
    # Trump's CBS interview on Taiwan was another occasion: it must not count as his account of the call.
    assert not any("CBS" in claim[c].text for c in taiwan.claim_ids)


def _agreement_with(corpus, *needles):
    _, claim = _names(corpus)
    return [f for f in corpus.findings if f.kind is Kind.AGREE
            and all(any(n in claim[c].text for c in f.claim_ids) for n in needles)]


def test_agreements_across_outlets(seed_run):
    corpus, _ = seed_run
    assert _agreement_with(corpus, "April"), "the April visit"
    assert _agreement_with(corpus, "155"), "the 155% tariff threat"
    assert _agreement_with(corpus, "$550 billion"), "the $550 billion Japanese investment"


def test_no_false_contradictions(seed_run):
    corpus, _ = seed_run
    article, claim = _names(corpus)
    event_of = {a: e.id for e in corpus.clustering.events for a in e.article_ids}
    for finding in corpus.findings:
        assert len({event_of[claim[c].article_id] for c in finding.claim_ids}) == 1, "a finding spans occasions"
        if finding.contradiction:
            texts = " ".join(claim[c].text for c in finding.claim_ids)
            assert not ("12 million" in texts and "25 million" in texts)


def test_no_boilerplate_among_claims(seed_run):
    corpus, _ = seed_run
    texts = " ".join(c.text for c in corpus.claims)
    for furniture in ("Subscribe", "Advisory Alert", "Discover the latest", "Recommended Stories", "disclaimer",
                      "investment advice", "Hotline", "first published", "By news", "curated for you",
                      "What is the purpose of Trump"):
        assert furniture not in texts


def test_rerun_with_cache_embeds_nothing(seed_run, embedder, settings):
    from crosscheck.embed import EmbeddingCache
    from crosscheck.pipeline import run
    from crosscheck.state import open_database

    corpus, stats = seed_run
    assert stats.embedded > 0
    folder = os.path.dirname(corpus.articles[0].path)
    connection = open_database(Path(folder) / ".crosscheck")
    again, second = run([folder], settings, embedder, EmbeddingCache(connection, settings.cache_key()))
    connection.close()
    assert second.embedded == 0
    assert [f.id for f in again.findings] == [f.id for f in corpus.findings]
