"""Refresh the index from loaded documents: idempotent, incremental, atomic, scoped.

- unchanged procedures (same digest) are skipped, changed ones re-chunked; every chunk's embedding
  comes from the digest cache when it can, so only new text is embedded;
- procedures from the refreshed paths that no longer exist are deleted; documents outside those
  paths are kept, so `ingest extra/` never removes `corpus/`;
- a file that fails to load keeps its previous procedures and is reported, the rest goes on;
- the new version is written beside the active one and the pointer moves last, so a refresh killed
  at any moment leaves the previous index serving; a lock refuses a second refresh meanwhile.
"""
from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import logging
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from .cache import EmbeddingCache
from .documents import Chunk, Procedure, chunk_procedure
from .errors import RefreshInProgress
from .index import check_embedder
from .store import Store

EMBED_BATCH = 16
WRITE_BATCH = 256

log = logging.getLogger("ward.refresh")


@dataclass
class SourceDocuments:
    """What a loader made of one file: its procedures, or why it failed."""
    source: str
    procedures: list[Procedure] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Change:
    action: str  # created | updated | unchanged | deleted | failed
    source: str
    procedure_id: str = ""
    reason: str = ""


@dataclass
class RefreshReport:
    changes: list[Change] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    version: str | None = None
    rechunked: bool = False  # the chunking code changed since the live version: every chunk rewritten
    # Seconds per phase (compare, embed, write), so a slow refresh says where its time went.
    phases: dict[str, float] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what to check) of files read

    def count(self, action: str) -> int:
        return sum(c.action == action for c in self.changes)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(a)} {a}" for a in ("created", "updated", "unchanged", "deleted", "failed"))
        verb = "would refresh" if self.dry_run else "refreshed"
        phases = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in self.phases.items())
        return f"{verb}: {counts}; {self.chunks} chunks, {self.embedded} embedded in {self.seconds:.1f}s" + (
            f" ({phases})" if phases else "") + ("; the chunking changed, so every chunk was rewritten" if self.rechunked else "")


Progress = Callable[[int, int], None]  # (done, total) embeddings


@contextmanager
def refresh_lock(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = open(data_dir / "refresh.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.close()
        raise RefreshInProgress("another refresh is running on this index; try again when it has finished") from exc
    try:
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def in_scope(source: str, scope: list[str]) -> bool:
    return any(source == s or source.startswith(s.rstrip("/") + "/") for s in scope)


def _file_slug(source: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", Path(source).stem.lower()).strip("-")[:40] or "file"


def _same_file(a: str, b: str) -> bool:
    """Two names of one file: equal, or one a longer relative path of the other. An index built by an
    older version named files from the working directory ("a/corpus/x.md" for "corpus/x.md")."""
    return a == b or a.endswith("/" + b) or b.endswith("/" + a)


def current_procedures(store: Store, pointer: dict) -> dict[str, Procedure]:
    if not pointer:
        return {}
    collection = store.chunk_collection(pointer["active"])
    profiles = collection.get(where={"section": "profile"}, include=["metadatas"])
    return {p.id: p for p in (Procedure.from_json(m["procedure"]) for m in profiles["metadatas"])}


def _live_procedures(store: Store, pointer: dict | None) -> dict[str, Procedure]:
    """What the live index holds, for a rebuild's report; nothing when it cannot be read (a rebuild is
    also how a broken index is replaced)."""
    try:
        return current_procedures(store, pointer)
    except Exception as exc:  # whatever is wrong with it, the rebuild goes on
        log.warning("the live index could not be read for the rebuild's report: %s", exc)
        return {}


def refresh(
    store: Store,
    cache: EmbeddingCache,
    loaded: list[SourceDocuments],
    scope: list[str],
    *,
    dry_run: bool = False,
    rebuild: bool = False,
    progress: Progress | None = None,
    overrides: Callable[[str], bool] = lambda source: False,
) -> RefreshReport:
    """Bring the index in line with `loaded`, the documents found under `scope`.

    Two files giving one procedure id is an error, except that a file `overrides` says is an
    override (a staff upload) takes the id from a file that is not, which is then skipped."""
    started = time.perf_counter()
    report = RefreshReport(dry_run=dry_run)
    pointer = store.pointer()
    if pointer and not rebuild:
        check_embedder(pointer, store.embedder)
    live = _live_procedures(store, pointer) if rebuild else current_procedures(store, pointer)
    # A rebuild re-reads everything, but says what it does to the live index: a procedure it does not
    # read again (a staff upload outside the paths given, say) is reported deleted, not dropped silently.
    old = {} if rebuild else live

    failed_sources = {d.source for d in loaded if d.error}
    new: dict[str, Procedure] = {
        pid: p for pid, p in old.items() if not in_scope(p.source, scope) or p.source in failed_sources
    }
    for document in loaded:
        if document.error:
            report.changes.append(Change("failed", document.source, reason=document.error))
            continue
        for procedure in document.procedures:
            owner = new.get(procedure.id)
            if owner is not None and not _same_file(owner.source, procedure.source):
                owner_overrides, this_overrides = overrides(owner.source), overrides(procedure.source)
                if owner_overrides == this_overrides and procedure.source.endswith(".md"):
                    # two corpus files, or two uploads, written to the corpus's format: which one is meant?
                    report.changes.append(Change("failed", document.source, procedure.id,
                                                 f"id {procedure.id!r} is already used by {owner.source}"))
                    continue
                if owner_overrides == this_overrides:
                    # A ward's own files may well name one procedure alike (its fee table's row and its
                    # guide): both are kept, this one under an id that names its file too.
                    procedure = dataclasses.replace(procedure, id=f"{procedure.id}--{_file_slug(procedure.source)}")
                    owner = None
                elif owner_overrides:
                    report.changes.append(Change("unchanged", document.source, procedure.id,
                                                 f"superseded by the upload {owner.source}"))
                    continue
                # else this upload takes the id over from the corpus file
            replaced = owner.source if owner is not None and owner.source != procedure.source else ""
            new[procedure.id] = procedure
            before = live.get(procedure.id)
            if before is None:
                report.changes.append(Change("created", procedure.source, procedure.id))
            elif before.digest() != procedure.digest():
                what = "; ".join(filter(None, [f"replaces {replaced}" if replaced else "", what_changed(before, procedure)]))
                report.changes.append(Change("updated", procedure.source, procedure.id, what))
            else:
                report.changes.append(Change("unchanged", procedure.source, procedure.id))
    for pid, procedure in live.items():
        if pid not in new:
            report.changes.append(Change("deleted", procedure.source, pid))

    changed = any(c.action in {"created", "updated", "deleted"} for c in report.changes)
    chunks = [c for p in new.values() for c in chunk_procedure(p)]
    report.chunks = len(chunks)
    # Same procedures but different chunks means the chunking code changed (an upgrade): without
    # this, the live index would keep the old chunks until someone thought of --rebuild.
    layout = chunk_layout(chunks)
    report.rechunked = bool(pointer) and not changed and not rebuild and pointer.get("chunk_layout") != layout
    report.phases["compare"] = time.perf_counter() - started
    if dry_run or (pointer and not changed and not rebuild and not report.rechunked):
        report.version = pointer.get("active") if pointer else None
        report.seconds = time.perf_counter() - started
        return report

    mark = time.perf_counter()
    vectors, report.embedded = _embeddings(store, cache, chunks, progress)
    report.phases["embed"] = time.perf_counter() - mark
    mark = time.perf_counter()
    report.version = _write_version(store, new, chunks, vectors, pointer, layout)
    report.phases["write"] = time.perf_counter() - mark
    report.seconds = time.perf_counter() - started
    return report


def _embeddings(store: Store, cache: EmbeddingCache, chunks: list[Chunk], progress: Progress | None):
    digests = [c.digest for c in chunks]
    vectors = cache.get_many(digests)
    missing = list(dict.fromkeys(d for d in digests if d not in vectors))
    texts = {c.digest: c.embed_text for c in chunks}
    if progress:
        progress(0, len(missing))
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        embedded = store.embedder.embed_passages([texts[d] for d in batch])
        fresh = dict(zip(batch, embedded))
        cache.put_many(fresh)  # committed now: a killed refresh keeps this work
        vectors.update(fresh)
        if progress:
            progress(min(start + EMBED_BATCH, len(missing)), len(missing))
    return vectors, len(missing)


def chunk_layout(chunks: list[Chunk]) -> str:
    """A digest of every chunk's id, text and embedded text: changes whenever the chunking does."""
    return hashlib.sha256("\n".join(sorted(f"{c.id}\t{c.digest}\t{c.text}" for c in chunks)).encode()).hexdigest()[:32]


def _write_version(store: Store, procedures: dict[str, Procedure], chunks: list[Chunk], vectors, pointer: dict,
                   layout: str) -> str:
    name = store.new_chunk_collection()
    collection = store.chunk_collection(name)
    for start in range(0, len(chunks), WRITE_BATCH):
        batch = chunks[start : start + WRITE_BATCH]
        collection.add(
            ids=[c.id for c in batch],
            embeddings=np.stack([vectors[c.digest] for c in batch]),
            documents=[c.text for c in batch],
            metadatas=[_metadata(c, procedures[c.procedure_id]) for c in batch],
        )
    previous = pointer.get("active") if pointer else None
    # The file lock guards one host; API instances on several hosts share only the Chroma server.
    # So check that nobody moved the pointer since this refresh read it: moving it now would
    # silently undo their refresh. (Check-then-set, not atomic, but the window is milliseconds.)
    if (store.pointer().get("active") or None) != previous:
        store.drop(name)
        raise RefreshInProgress("another refresh changed the index while this one ran; run this one again")
    store.set_pointer(
        active=name,
        previous=previous or "",
        embedder=store.embedder.name,
        refreshed_at=time.time(),
        procedures=len(procedures),
        chunks=len(chunks),
        chunk_layout=layout,
    )
    for other in store.chunk_collection_names():
        # Older versions and half-written ones left by a killed refresh; a newer name belongs to a
        # refresh still writing elsewhere, which will find the pointer moved and clean up itself.
        if other not in {name, previous} and other < name:
            store.drop(other)
    return name


def _metadata(chunk: Chunk, procedure: Procedure) -> dict:
    meta = {
        "procedure_id": chunk.procedure_id,
        "section": chunk.section,
        "section_title": chunk.section_title,
        "source": chunk.source,
        "page": chunk.page if chunk.page is not None else -1,
        "url": chunk.url or "",
        "title": chunk.title,
        "kind": procedure.kind,
        "digest": chunk.digest,
    }
    if chunk.section == "profile":
        meta["procedure"] = procedure.to_json()
    return meta


def describe(pointer: dict) -> str:
    return json.dumps(pointer, ensure_ascii=False, sort_keys=True)


# What staff read first in a changed procedure: its name, fee and time limit word for word.
_SUMMED_UP = (("name", "title"), ("fee", "fee_summary"), ("time limit", "time_limit"))
SHOWN_CHARS = 60


def what_changed(before: Procedure, after: Procedure) -> str:
    """One line on what a refresh changes in a procedure: "fee: 50.000 đồng/văn bản → 55.000 đồng/văn
    bản; parts changed: documents, steps" (the console shows every field in full)."""
    said = [f"{label}: {_short(getattr(before, attr))} → {_short(getattr(after, attr))}"
            for label, attr in _SUMMED_UP if getattr(before, attr) != getattr(after, attr)]
    old, new = ({s.key: s.text for s in p.sections} for p in (before, after))
    parts = [key for key in dict.fromkeys([*old, *new]) if old.get(key) != new.get(key)]
    if parts:
        said.append("parts changed: " + ", ".join(parts))
    return "; ".join(said)


def _short(value: str) -> str:
    value = " ".join((value or "—").split())
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS - 1] + "…"
