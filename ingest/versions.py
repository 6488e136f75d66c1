"""Index versions for the staff console: build the draft into a collection that is not live, publish
it by moving the live pointer (the same atomic step a refresh ends with), and roll back to any kept
version by moving the pointer back.

Console versions are Chroma collections named `<prefix>_console_chunks_<time>`. A command-line
refresh cleans up only `<prefix>_chunks_*`, so it never drops a version staff may roll back to;
the console keeps the last `KEEP_VERSIONS` published versions (and the live one, always). The draft
collection is the pointer of the `<prefix>_console` store, so an ordinary `IndexHandle` on that
store answers from the draft: the test gate asks it exactly as citizens would ask the live index.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass

import numpy as np

from assistant.cache import EmbeddingCache
from assistant.documents import Procedure, chunk_procedure
from assistant.errors import WardError
# refresh() writes a version and moves the pointer in one step; a draft must be written without going
# live, so the console reuses refresh's embedding (digest cache) and chunk metadata helpers directly,
# keeping one definition of what a stored chunk holds.
from assistant.refresh import _embeddings, _metadata, chunk_layout, refresh_lock
from assistant.settings import Settings
from assistant.store import Store

from .drafts import DraftWorkspace, diff_procedures, fingerprint

KEEP_VERSIONS = 10
WRITE_BATCH = 256

SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (name TEXT PRIMARY KEY, published_at REAL, by TEXT, summary TEXT,
    changes TEXT, procedures INTEGER, chunks INTEGER, chunk_layout TEXT, note TEXT);
"""


class PublishError(WardError):
    """Publishing or rolling back was refused; the message says why."""


@dataclass
class Version:
    name: str
    published_at: float
    by: str
    summary: str
    changes: list[dict]
    procedures: int
    chunks: int
    note: str
    live: bool = False
    kept: bool = True


class Versions:
    """The draft index, publishing and rollback of one ward's index."""

    def __init__(self, settings: Settings, live: Store, workspace: DraftWorkspace) -> None:
        self.settings = settings
        self.live = live
        self.workspace = workspace
        self.draft_store = Store(live.client, f"{live.prefix}_console", live.embedder)
        self._db = sqlite3.connect(str(settings.data_dir / "console" / "drafts.sqlite"), timeout=30, check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._lock = threading.RLock()

    # -- the draft index --------------------------------------------------------------------
    def build_draft(self, progress=None) -> tuple[str, str]:
        """Write the draft's procedures into a collection of their own (not live) and point the
        draft store at it: (collection, fingerprint). Unchanged drafts are not written twice."""
        with self._lock:
            procedures = self.workspace.procedures()
            mark = fingerprint(procedures)
            pointer = self.draft_store.pointer()
            if pointer.get("fingerprint") == mark and pointer.get("active") in self._collections():
                return pointer["active"], mark
            name, layout, chunks = self._write(procedures, progress)
            self.draft_store.set_pointer(active=name, embedder=self.live.embedder.name, refreshed_at=time.time(),
                                         procedures=len(procedures), chunks=chunks, chunk_layout=layout,
                                         fingerprint=mark)
            if pointer.get("active"):
                self._drop_unless_kept(pointer["active"])
            return name, mark

    def _write(self, procedures: dict[str, Procedure], progress) -> tuple[str, str, int]:
        chunks = [c for p in procedures.values() for c in chunk_procedure(p)]
        cache = EmbeddingCache(self.settings.embedding_cache_path, self.live.embedder.name)
        try:
            vectors, _ = _embeddings(self.live, cache, chunks, progress)
        finally:
            cache.close()
        name = self.draft_store.new_chunk_collection()
        collection = self.draft_store.chunk_collection(name)
        for start in range(0, len(chunks), WRITE_BATCH):
            batch = chunks[start:start + WRITE_BATCH]
            collection.add(ids=[c.id for c in batch], embeddings=np.stack([vectors[c.digest] for c in batch]),
                           documents=[c.text for c in batch],
                           metadatas=[_metadata(c, procedures[c.procedure_id]) for c in batch])
        return name, chunk_layout(chunks), len(chunks)

    def draft_fingerprint(self) -> str:
        return fingerprint(self.workspace.procedures())

    # -- publish and roll back --------------------------------------------------------------
    def publish(self, by: str, expected_fingerprint: str, note: str = "") -> Version:
        """Make the draft live. `expected_fingerprint` is the draft the gate tested: a draft changed
        since (or a live index refreshed since, which changes the draft's base) must be tested again."""
        with refresh_lock(self.settings.data_dir), self._lock:
            live_before = self.workspace.live_procedures()
            name, mark = self.build_draft()
            if mark != expected_fingerprint:
                raise PublishError("the draft or the live index changed since the test gate ran: run it again")
            changes = [_plain(c) for c in diff_procedures(live_before, self.workspace.procedures())]
            if not changes:
                raise PublishError("the draft changes nothing")
            self._remember_current_live()
            # The files behind the published procedures, where their citations name them (uploads/).
            self.settings.uploads_dir.mkdir(parents=True, exist_ok=True)
            for report in self.workspace.files():
                if report.status == "read":
                    shutil.copy2(self.workspace.files_dir / report.name, self.settings.uploads_dir / report.name)
            draft = self.draft_store.pointer()
            version = Version(name, time.time(), by, summarise(changes), changes, int(draft["procedures"]),
                              int(draft["chunks"]), note)
            self._insert(version, draft["chunk_layout"])
            self._point_live_at(version, draft["chunk_layout"])
            self.workspace.clear()
            self.draft_store.set_pointer(active="", fingerprint="")
            self._prune()
            return version

    def rollback(self, name: str) -> Version:
        with refresh_lock(self.settings.data_dir), self._lock:
            version = next((v for v in self.list() if v.name == name), None)
            if version is None or not version.kept:
                raise PublishError(f"version {name!r} is not kept any more")
            if version.live:
                raise PublishError("this version is already live")
            row = self._db.execute("SELECT chunk_layout FROM versions WHERE name = ?", (name,)).fetchone()
            self._point_live_at(version, row[0] if row else "")
            return version

    def _point_live_at(self, version: Version, layout: str) -> None:
        previous = self.live.pointer().get("active", "")
        self.live.set_pointer(active=version.name, previous=previous, embedder=self.live.embedder.name,
                              refreshed_at=time.time(), procedures=version.procedures, chunks=version.chunks,
                              chunk_layout=layout)

    def _remember_current_live(self) -> None:
        """The version live before the console's first publish (built by `ingest`), so staff can roll back to it."""
        pointer = self.live.pointer()
        active = pointer.get("active")
        if active and not active.startswith(self.draft_store.prefix + "_") and \
                not self._db.execute("SELECT 1 FROM versions WHERE name = ?", (active,)).fetchone():
            self._insert(Version(active, float(pointer.get("refreshed_at", 0)), "ingest", "", [],
                                 int(pointer.get("procedures", 0)), int(pointer.get("chunks", 0)), ""),
                         pointer.get("chunk_layout", ""))

    def _insert(self, version: Version, layout: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (version.name, version.published_at, version.by, version.summary,
                          json.dumps(version.changes, ensure_ascii=False), version.procedures, version.chunks,
                          layout, version.note))
        self._db.commit()

    # -- listing and housekeeping -----------------------------------------------------------
    def list(self) -> list[Version]:
        """Every published version, newest first, with which one is live and which can be rolled back to.
        A live version that `ingest` built since (the command line, a scheduled refresh) is listed too:
        staff see what serves, and what a rollback would leave."""
        active = self.live.pointer().get("active")
        existing = self._collections()
        with self._lock:
            self._remember_current_live()
            rows = self._db.execute("SELECT name, published_at, by, summary, changes, procedures, chunks, note "
                                    "FROM versions ORDER BY published_at DESC").fetchall()
        return [Version(r[0], r[1], r[2], r[3], json.loads(r[4] or "[]"), r[5], r[6], r[7] or "",
                        live=r[0] == active, kept=r[0] in existing) for r in rows]

    def _collections(self) -> set[str]:
        return {c if isinstance(c, str) else c.name for c in self.live.client.list_collections()}

    def _drop_unless_kept(self, name: str) -> None:
        published = self._db.execute("SELECT 1 FROM versions WHERE name = ?", (name,)).fetchone()
        if not published and name != self.live.pointer().get("active"):
            self.draft_store.drop(name)

    def _prune(self) -> None:
        active = self.live.pointer().get("active")
        console = [v for v in self.list() if v.kept and v.name.startswith(self.draft_store.prefix + "_chunks_")]
        for version in console[KEEP_VERSIONS:]:
            if version.name != active:
                self.draft_store.drop(version.name)


def summarise(changes: list[dict]) -> str:
    counts = {a: sum(c["action"] == a for c in changes) for a in ("created", "updated", "deleted")}
    return ", ".join(f"{n} {a}" for a, n in counts.items() if n)


def _plain(change) -> dict:
    return {"action": change.action, "procedure_id": change.procedure_id, "title": change.title,
            "fields": [f.field for f in change.fields]}


def open_console_index(settings: Settings, store: Store) -> tuple[DraftWorkspace, Versions]:
    workspace = DraftWorkspace(settings, store)
    return workspace, Versions(settings, store, workspace)


