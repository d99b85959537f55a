"""Cluster: articles -> events (occasions, in events.py); claims -> topics and claim groups, with labels."""
from __future__ import annotations

from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering

from .config import Settings
from .events import _hash, group_events
from .labels import name_topics
from .similarity import fact_similarity_matrix
from .types import (
    Article,
    Claim,
    ClaimGroup,
    Clustering,
    Event,
    Topic,
    claims_by_event,
    topics_by_event,
)


def cluster(articles: list[Article], claims: list[Claim], vectors: np.ndarray, settings: Settings,
            omission_vectors: dict[str, np.ndarray] | None = None) -> Clustering:
    """Group articles into events, then each event's claims into topics and same-fact groups.

    Args:
        articles: the ingested articles.
        claims: all claims; row i of `vectors` belongs to claims[i].
        vectors: unit-length claim embeddings.
        omission_vectors: for claims that report an omission, the vector of what was omitted.
    Returns:
        Clustering with events, topics, claim groups and each claim's topic.
    """
    events = group_events(articles, claims, vectors, settings)
    topics, groups, topic_of = [], [], {}
    row = {claim.id: i for i, claim in enumerate(claims)}
    event_claims = claims_by_event(events, claims)
    for event in events:
        members = event_claims[event.id]
        if not members:
            continue
        member_vectors = vectors[[row[c.id] for c in members]]
        event_topics = _topics(event, members, member_vectors, settings)
        topics.extend(event_topics)
        topic_of.update({cid: t.id for t in event_topics for cid in t.claim_ids})
        groups.extend(_groups(event, members, member_vectors, settings))
    omission_topic = _omission_topics(claims, vectors, row, topics, topic_of, omission_vectors or {})
    return Clustering(tuple(events), tuple(topics), tuple(groups), topic_of, omission_topic)


def _agglomerate(distances: np.ndarray, threshold: float, linkage: str) -> np.ndarray:
    if len(distances) == 1:
        return np.zeros(1, dtype=int)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                    distance_threshold=threshold)
    return model.fit_predict(distances)


def _cosine_distances(vectors: np.ndarray) -> np.ndarray:
    return np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)


def _topics(event: Event, claims: list[Claim], vectors: np.ndarray, settings: Settings) -> list[Topic]:
    labels = _agglomerate(_cosine_distances(vectors), settings.topic_distance, "average")
    members = defaultdict(list)
    for claim, label in zip(claims, labels):
        members[label].append(claim)
    ordered = sorted(members.values(), key=len, reverse=True)
    topics = []
    for group, name in zip(ordered, name_topics(ordered, event.label)):
        ids = tuple(c.id for c in group)
        topics.append(Topic(_hash((event.id, *sorted(ids))), name, event.id, ids))
    return topics


def _groups(event: Event, claims: list[Claim], vectors: np.ndarray, settings: Settings) -> list[ClaimGroup]:
    similarity = fact_similarity_matrix(claims, vectors, settings)
    labels = _agglomerate(np.clip(1 - similarity, 0, 2), 1 - settings.same_fact_threshold, "average")
    members = defaultdict(list)
    for claim, label in zip(claims, labels):
        members[label].append(claim.id)
    return [ClaimGroup(_hash(tuple(sorted(ids))), event.id, tuple(ids)) for ids in members.values()]


def _omission_topics(claims, vectors, row, topics, topic_of, omission_vectors) -> dict[str, str]:
    """The topic each reported omission is about: nearest topic centroid in the claim's event."""
    topics_of_event = topics_by_event(topics)
    event_of_topic = {t.id: t.event_id for t in topics}
    centroids = {}  # per event, computed once: (topics, unit centroid rows)
    result = {}
    for claim in claims:
        if claim.omission is None or claim.id not in omission_vectors or claim.id not in topic_of:
            continue
        event_id = event_of_topic[topic_of[claim.id]]
        if event_id not in centroids:
            candidates = topics_of_event[event_id]
            means = np.vstack([vectors[[row[c] for c in t.claim_ids]].mean(axis=0) for t in candidates])
            centroids[event_id] = (candidates, means / (np.linalg.norm(means, axis=1, keepdims=True) + 1e-12))
        candidates, means = centroids[event_id]
        result[claim.id] = candidates[int(np.argmax(means @ omission_vectors[claim.id]))].id
    return result


