"""Cluster: articles -> events (occasions, in events.py); claims -> topics and claim groups, with labels.

An event's topics and same-fact groups depend on the event alone (its id, its label, its claims and
their vectors) and the settings: kept in the state database by all of those (`event_key`), a re-run
computes them only for the events that changed.
"""
from __future__ import annotations

import hashlib
import json
import zlib
from collections import defaultdict

import numpy as np

from .codec import from_data, to_data
from .config import Settings
from .events import _hash, group_events
from .labels import name_topics
from .lexicon import words_of
from .similarity import fact_similarity_matrix
from .state import KeptWork
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
            omission_vectors: dict[str, np.ndarray] | None = None, kept: KeptWork | None = None,
            ledes: KeptWork | None = None, version: str = "", embedder=None) -> Clustering:
    """Group articles into events, then each event's claims into topics and same-fact groups.

    Args:
        articles: the ingested articles.
        claims: all claims; row i of `vectors` belongs to claims[i].
        vectors: unit-length claim embeddings.
        omission_vectors: for claims that report an omission, the vector of what was omitted.
        kept: the `event_parts` table, where events' topics and groups are kept; None computes every event.
        ledes: the `ledes` table, where the event labels' reading of each title and lede is kept.
        version: crosscheck's code, spaCy's and the sides file (`reading.reader_version`), part of both keys.
        embedder: the claims' model, which reads the topics' phrases to name them (`labels.name_topics`); None names
            them without it.
    Returns:
        Clustering with events, topics, claim groups and each claim's topic.
    """
    events = group_events(articles, claims, vectors, settings, ledes, version)
    row = {claim.id: i for i, claim in enumerate(claims)}
    event_claims = claims_by_event(events, claims)
    work = [(event, event_claims[event.id], vectors[[row[c.id] for c in event_claims[event.id]]])
            for event in events if event_claims[event.id]]
    keys = [event_key(event, members, member_vectors, settings, version) for event, members, member_vectors in work]
    found = _kept_parts(kept, keys)
    topics, groups, topic_of, new = [], [], {}, {}
    for key, (event, members, member_vectors) in zip(keys, work):
        if key in found:
            event_topics, event_groups = found[key]
        else:
            event_topics = _topics(event, members, member_vectors, settings, embedder)
            event_groups = _groups(event, members, member_vectors, settings)
            new[key] = zlib.compress(json.dumps(to_data([event_topics, event_groups]), ensure_ascii=False).encode(), 6)
        topics.extend(event_topics)
        topic_of.update({cid: t.id for t in event_topics for cid in t.claim_ids})
        groups.extend(event_groups)
    if kept is not None:
        kept.save(new, [key for key in keys if key in found])
    omission_topic = _omission_topics(claims, vectors, row, topics, topic_of, omission_vectors or {})
    return Clustering(tuple(events), tuple(topics), tuple(groups), topic_of, omission_topic)


def event_key(event: Event, claims: list[Claim], vectors: np.ndarray, settings: Settings, version: str) -> str:
    """Everything an event's topics and groups are computed from: the code (`version`), the settings, the
    event's id and label, its claims whole (a claim's repr shows every field) and their vectors."""
    digest = hashlib.sha256(f"{version}\0{settings.result_key()}\0{event.id}\0{event.label}".encode())
    for claim in claims:
        digest.update(b"\0" + repr(claim).encode("utf-8", "surrogatepass"))
    digest.update(f"\0{vectors.dtype}{vectors.shape}".encode() + np.ascontiguousarray(vectors).tobytes())
    return digest.hexdigest()


def _kept_parts(kept: KeptWork | None, keys: list[str]) -> dict[str, tuple[list[Topic], list[ClaimGroup]]]:
    found = {}
    for key, blob in (kept.get_many(keys) if kept is not None else {}).items():
        try:
            topics, groups = json.loads(zlib.decompress(blob))
            found[key] = ([from_data(Topic, t) for t in topics], [from_data(ClaimGroup, g) for g in groups])
        except (zlib.error, ValueError, KeyError, TypeError):
            continue  # an unreadable row is an event to compute again
    return found


def _agglomerate(distances: np.ndarray, threshold: float, linkage: str) -> np.ndarray:
    """The clusters scikit-learn's AgglomerativeClustering(metric="precomputed", distance_threshold=threshold)
    gives, without importing scikit-learn (a second of every run's start): SciPy's tree of the same
    distances, its last merges at or above the threshold undone, as the estimator cuts it. Returns a
    cluster number per row; which rows share one is the result, not the numbers."""
    if len(distances) == 1:
        return np.zeros(1, dtype=int)
    from scipy.cluster.hierarchy import linkage as merge_tree

    rows, columns = np.triu_indices(len(distances), k=1)
    merges = merge_tree(distances[rows, columns], method=linkage)
    kept = len(merges) - int(np.count_nonzero(merges[:, 2] >= threshold))
    cluster_of = list(range(2 * len(distances) - 1))  # node -> the node standing for its cluster
    for node, (left, right) in enumerate(merges[:kept, :2].astype(int), start=len(distances)):
        cluster_of[node] = node
        for child in (left, right):
            cluster_of[child] = node
    labels = np.empty(len(distances), dtype=int)
    for row in range(len(distances)):
        node = row
        while cluster_of[node] != node:
            node = cluster_of[node]
        labels[row] = node
    return labels


def _cosine_distances(vectors: np.ndarray) -> np.ndarray:
    return np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)


def _topics(event: Event, claims: list[Claim], vectors: np.ndarray, settings: Settings, embedder=None) -> list[Topic]:
    labels = _agglomerate(_cosine_distances(vectors), settings.topic_distance, "average")
    members = defaultdict(list)
    for row, label in enumerate(labels):
        members[label].append(row)
    parts = [part for rows in members.values() for part in _related_parts(rows, claims, vectors, settings)]
    parts = sorted(parts, key=len, reverse=True)
    ordered = [[claims[row] for row in part] for part in parts]
    names = name_topics(ordered, event.label, settings, embedder, [vectors[part] for part in parts])
    topics = []
    for group, name in zip(ordered, names):
        ids = tuple(c.id for c in group)
        topics.append(Topic(_hash((event.id, *sorted(ids))), name, event.id, ids))
    return topics


def _related_parts(rows: list[int], claims: list[Claim], vectors: np.ndarray, settings: Settings) -> list[list[int]]:
    """A cluster's claims split where nothing ties them: two claims are tied when they share a content word of
    their phrases or a name, or their vectors are at least `topic_close_similarity` alike; each part is a set of
    claims tied to one another through the others. Average linkage can join two claims that share neither (a
    side remark of one story beside another's), a topic a reader would not recognise."""
    from scipy.sparse.csgraph import connected_components

    tied = vectors[rows] @ vectors[rows].T >= settings.topic_close_similarity
    holders = defaultdict(list)  # a content key -> the cluster's claims that have it
    for i, row in enumerate(rows):
        for key in _content_keys(claims[row]):
            holders[key].append(i)
    for sharing in holders.values():
        tied[np.ix_(sharing, sharing)] = True
    _, part_of = connected_components(np.triu(tied, k=1), directed=False)
    parts = defaultdict(list)
    for row, part in zip(rows, part_of):
        parts[part].append(row)
    return list(parts.values())


def _content_keys(claim: Claim) -> set[str]:
    """The words of a claim's phrases that can say what it is about (not a generic noun: "officials", "year") and
    its names, lower case."""
    generic = words_of("generic_nouns")
    words = {word for phrase in claim.phrases for word in phrase.words if word not in generic}
    return words | {name.lower() for name in claim.entities}


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


