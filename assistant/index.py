"""The index as the answering side sees it: the active version, loaded into memory, kept current.

A snapshot holds what every question needs without a round trip: the procedures (with their
sections), one profile vector per procedure and the keyword index. Chunk search is exact, in memory,
for a ward's index (`EXACT_SEARCH_MAX_CHUNKS`); beyond that it goes to Chroma's approximate search.
When a refresh moves the pointer, the next question after `poll_seconds` loads the new version.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

import numpy as np

from .documents import Procedure
from .embeddings import Embedder
from .errors import EmbedderMismatch, IndexNotReady
from .keyword import KeywordIndex
from .store import Store

log = logging.getLogger(__name__)


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
    # Every row of the collection for an exact search (None above EXACT_SEARCH_MAX_CHUNKS): ids, metadatas,
    # documents and one L2-normalised vector a row.
    chunk_rows: tuple[list[str], list[dict], list[str], np.ndarray] | None = field(default=None, repr=False)

    def vocabulary(self) -> frozenset[str]:
        return self.keywords.vocabulary

    @cached_property
    def positions(self) -> dict[str, int]:
        """Each procedure's row in `profile_ids`, the profile matrix and the keyword scores."""
        return {pid: i for i, pid in enumerate(self.profile_ids)}


# Up to this many rows the chunk search is exact, over vectors held in memory (a ward's index is about
# 2,000; 20,000 rows of 384 floats are 30 MB). Chroma's approximate search, whose graph is rebuilt as each
# process loads it, returned a slightly different 40 nearest chunks from one start to the next: the
# same question could be answered differently after a restart.
EXACT_SEARCH_MAX_CHUNKS = 20_000


def load_snapshot(store: Store, version: str, pointer: dict) -> Snapshot:
    collection = store.chunk_collection(version)
    count = collection.count()
    rows = None
    if count <= EXACT_SEARCH_MAX_CHUNKS:
        every = collection.get(include=["metadatas", "documents", "embeddings"])
        chunk_vectors = np.asarray(every["embeddings"], dtype=np.float32).reshape(len(every["ids"]), -1)
        norms = np.linalg.norm(chunk_vectors, axis=1, keepdims=True)
        rows = (list(every["ids"]), list(every["metadatas"]), list(every["documents"]), chunk_vectors / np.maximum(norms, 1e-12))
        at = [i for i, meta in enumerate(every["metadatas"]) if meta.get("section") == "profile"]
        profiles = {"metadatas": [every["metadatas"][i] for i in at], "embeddings": [every["embeddings"][i] for i in at]}
    else:
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
        chunk_count=count,
        collection=collection,
        keywords=KeywordIndex.build(procedures.values()),
        chunk_rows=rows,
    )


class IndexHandle:
    """Thread-safe access to the current snapshot, reloaded when a refresh moves the pointer.

    The first snapshot is loaded on the caller's thread (there is nothing else to serve). A later
    version is loaded on a background thread while the old one keeps answering, then swapped in:
    at 100,000 chunks a load takes seconds, and no citizen should wait for it. `warmers` run on each
    new snapshot before it is served (the pipeline builds its diacritics table there).
    """

    def __init__(self, store: Store, poll_seconds: float = 1.0) -> None:
        self.store = store
        self.poll_seconds = poll_seconds
        self.warmers: list[Callable[[Snapshot], object]] = []
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._loading: str | None = None  # the version a background thread is loading
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
            if self._snapshot is None:
                self._snapshot = self._load(pointer)
            elif self._snapshot.version != pointer["active"] and self._loading is None:
                self._loading = pointer["active"]
                threading.Thread(target=self._load_in_background, args=(pointer,), daemon=True,
                                 name=f"load-{pointer['active']}").start()
            return self._snapshot

    def _load(self, pointer: dict) -> Snapshot:
        snapshot = load_snapshot(self.store, pointer["active"], pointer)
        for warm in self.warmers:
            warm(snapshot)
        return snapshot

    def _load_in_background(self, pointer: dict) -> None:
        try:
            snapshot = self._load(pointer)
        except Exception:  # the version vanished under us (a newer refresh replaced it): keep serving
            log.warning("could not load index version %s; still serving the previous one", pointer["active"], exc_info=True)
            snapshot = None
        with self._lock:
            if snapshot is not None:
                self._snapshot = snapshot
            self._loading = None
            self._checked = 0.0  # look at the pointer again on the next question: it may have moved on

def check_embedder(pointer: dict, embedder: Embedder) -> None:
    built_with = pointer.get("embedder")
    if built_with and built_with != embedder.name:
        raise EmbedderMismatch(
            f"the index was built with {built_with!r} but WARD_EMBEDDER gives {embedder.name!r}: "
            "set WARD_EMBEDDER to match, or rebuild with `ward-assistant ingest --rebuild`"
        )
