"""The index as the answering side sees it: the active version, loaded into memory, kept current.

A snapshot holds what every question needs without a round trip: the procedures (with their
sections), one profile vector per procedure and the keyword index. Chunk search goes to Chroma.
When a refresh moves the pointer, the next question after `poll_seconds` loads the new version.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np

from .documents import Procedure
from .embeddings import Embedder
from .errors import EmbedderMismatch, IndexNotReady
from .keyword import KeywordIndex
from .store import Store


@dataclass
class Snapshot:
    version: str
    embedder: str
    refreshed_at: float
    procedures: dict[str, Procedure]
    profile_ids: list[str]
    profile_matrix: np.ndarray  # one L2-normalised row per procedure, in profile_ids order
    chunk_count: int
    collection: object  # the Chroma collection of this version
    keywords: KeywordIndex = field(repr=False)

    def vocabulary(self) -> frozenset[str]:
        return self.keywords.vocabulary


def load_snapshot(store: Store, version: str, pointer: dict) -> Snapshot:
    collection = store.chunk_collection(version)
    profiles = collection.get(where={"section": "profile"}, include=["metadatas", "embeddings"])
    procedures: dict[str, Procedure] = {}
    ids: list[str] = []
    vectors = []
    for meta, vector in zip(profiles["metadatas"], profiles["embeddings"]):
        procedure = Procedure.from_json(meta["procedure"])
        procedures[procedure.id] = procedure
        ids.append(procedure.id)
        vectors.append(vector)
    matrix = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1) if ids else np.zeros((0, 1), np.float32)
    return Snapshot(
        version=version,
        embedder=str(pointer.get("embedder", "")),
        refreshed_at=float(pointer.get("refreshed_at", 0.0)),
        procedures=procedures,
        profile_ids=ids,
        profile_matrix=matrix,
        chunk_count=collection.count(),
        collection=collection,
        keywords=KeywordIndex.build(procedures.values()),
    )


class IndexHandle:
    """Thread-safe access to the current snapshot, reloaded when a refresh moves the pointer."""

    def __init__(self, store: Store, poll_seconds: float = 1.0) -> None:
        self.store = store
        self.poll_seconds = poll_seconds
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def current(self) -> Snapshot:
        now = time.monotonic()
        if self._snapshot is not None and now - self._checked < self.poll_seconds:
            return self._snapshot
        with self._lock:
            if self._snapshot is not None and time.monotonic() - self._checked < self.poll_seconds:
                return self._snapshot
            pointer = self.store.pointer()
            self._checked = time.monotonic()
            if not pointer:
                if self._snapshot is not None:
                    return self._snapshot
                raise IndexNotReady("the index is empty: run `ward-assistant ingest` first")
            check_embedder(pointer, self.store.embedder)
            if self._snapshot is None or self._snapshot.version != pointer["active"]:
                try:
                    self._snapshot = load_snapshot(self.store, pointer["active"], pointer)
                except Exception:
                    if self._snapshot is None:
                        raise
                    # The new version vanished under us (a newer refresh replaced it): keep serving.
                    self._checked = 0.0
            return self._snapshot


def check_embedder(pointer: dict, embedder: Embedder) -> None:
    built_with = pointer.get("embedder")
    if built_with and built_with != embedder.name:
        raise EmbedderMismatch(
            f"the index was built with {built_with!r} but WARD_EMBEDDER gives {embedder.name!r}: "
            "set WARD_EMBEDDER to match, or rebuild with `ward-assistant ingest --rebuild`"
        )
