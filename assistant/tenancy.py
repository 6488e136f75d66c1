"""One deployment for every ward of a city: a shared index of the national procedures, embedded once,
and per ward an overlay (its profile, its local guidance, the documents its staff upload).

    registry (wards.yaml) ─► Ward(slug, profile)
    shared index (WARD_COLLECTION)            ─┐
    overlay index (WARD_COLLECTION_w_<slug>)  ─┴─► WardSnapshot: shared procedures, the overlay's on top
                                                   (same id or portal code: the overlay's wins, for this
                                                   ward only) ─► WardAssistant (the pipeline, unchanged)

One :class:`City` per worker holds one embedder and one shared snapshot for all its wards. A ward
without an overlay answers from the shared snapshot itself, so the 168 units of Ho Chi Minh City cost
168 small profile objects. A ward with an overlay gets a merged snapshot built lazily on its first
question and kept in a bounded LRU (`max_loaded_overlays`): its keyword index and diacritics table
are what costs memory. Which wards have an overlay, and its active version, is read for all wards at
once from the Chroma server (one listing a second, off the request path).

The default ward is today's single-ward layout: the root paths, `corpus/ward-profile.yaml`, the shared
index itself. It has no overlay: its uploads change the shared index, which is a city-wide act.
"""
from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections import ChainMap, OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from .documents import Procedure
from .errors import ConfigurationError
from .index import IndexHandle, Snapshot, check_embedder, load_snapshot
from .keyword import KeywordIndex, terms
from .messages import PLACEHOLDER, WardProfile
from .pipeline import Assistant
from .restore import DiacriticsRestorer
from .store import Store
from .text import fold

log = logging.getLogger("ward.city")

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$")
# Chroma collection names are at most 63 characters; a version adds "_chunks_<14 digits>_<6 digits>".
MAX_COLLECTION_NAME = 63
VERSION_SUFFIX = len("_chunks_20261204093000_123456")
PROFILE_FIELDS = ("ward_name", "city", "service_center", "address", "hotline", "email", "opening_hours", "website")


class UnknownWard(LookupError):
    """No unit of the registry has this slug."""


@dataclass
class Ward:
    slug: str
    profile: WardProfile
    default: bool = False
    documents: Path | None = None  # the ward's local guidance, `<registry folder>/wards/<slug>/`


def overlay_prefix(collection: str, slug: str) -> str:
    """The collection prefix of a ward's overlay on the shared Chroma server."""
    return f"{collection}_w_{slug}"


def check_slug(slug: str, collection: str = "ward") -> str:
    if not SLUG.match(slug or ""):
        raise ValueError(f"a ward slug is 1-24 lowercase letters, digits or dashes (e.g. tan-hung), not {slug!r}")
    if len(overlay_prefix(collection, slug)) + VERSION_SUFFIX > MAX_COLLECTION_NAME:
        raise ValueError(f"the slug {slug!r} with WARD_COLLECTION={collection!r} makes Chroma names over 63 characters")
    return slug


class Registry:
    """The city's units, from `wards.yaml`:

        default: tan-hung                  # served at the root paths, from the shared index alone
        wards:
          tan-hung:
            profile: corpus/ward-profile.yaml   # a profile file, relative to this file's folder
          ben-thanh:
            ward_name: Phường Bến Thành         # or the profile's fields inline
            address: "[CHƯA XÁC MINH] …"

    Values not yet verified start with `[CHƯA XÁC MINH]` and are never shown to citizens as facts.
    """

    def __init__(self, path: Path, wards: dict[str, Ward], default: str | None) -> None:
        self.path, self.wards, self.default = path, wards, default

    @classmethod
    def load(cls, path: Path, collection: str = "ward", default_profile: Path | None = None) -> "Registry":
        raw = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
        default = raw.get("default")
        wards: dict[str, Ward] = {}
        for slug, entry in (raw.get("wards") or {}).items():
            slug = check_slug(str(slug), collection)
            entry = entry or {}
            if entry.get("profile"):
                profile_path = (path.parent / str(entry["profile"])).resolve()
                if not profile_path.is_file():
                    raise ConfigurationError(f"{path}: ward {slug!r}: no profile file {profile_path}")
                profile = WardProfile.load(profile_path)
            elif slug == default and default_profile is not None and not any(k in entry for k in PROFILE_FIELDS):
                profile = WardProfile.load(default_profile)
            else:
                profile = WardProfile(**{k: str(entry[k]) for k in PROFILE_FIELDS if entry.get(k)})
            documents = path.parent / "wards" / slug
            wards[slug] = Ward(slug, profile, default=slug == default, documents=documents if documents.is_dir() else None)
        if default is not None and default not in wards:
            raise ConfigurationError(f"{path}: the default ward {default!r} is not among its wards")
        return cls(path, wards, default)

    def get(self, slug: str) -> Ward:
        ward = self.wards.get(slug)
        if ward is None:
            raise UnknownWard(slug)
        return ward

    def __len__(self) -> int:
        return len(self.wards)


def add_ward(path: Path, slug: str, collection: str = "ward", **profile: str) -> Ward:
    """Add a unit to `wards.yaml` (created if missing). Missing profile fields are written as
    placeholders for staff to fill in, never guessed."""
    check_slug(slug, collection)
    raw = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
    wards = raw.setdefault("wards", {}) or {}
    raw["wards"] = wards
    if slug in wards:
        raise ValueError(f"ward {slug!r} is already in {path}")
    entry = {}
    for name in PROFILE_FIELDS:
        value = (profile.get(name) or "").strip()
        entry[name] = value or f"{PLACEHOLDER} {PLACEHOLDER_HINTS[name]}"
    wards[slug] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    # Appended as text when that reads back right, so the file's comments (its sources, the
    # placeholder rule) survive; rewritten whole otherwise.
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    block = "".join(f"  {line}\n" for line in yaml.safe_dump({slug: entry}, allow_unicode=True, sort_keys=False).splitlines())
    appended = (before.rstrip("\n") + "\n" if before.strip() else "") + ("" if "wards" in (yaml.safe_load(before) or {}) else "wards:\n") + block
    try:
        readable = yaml.safe_load(appended) == raw
    except yaml.YAMLError:
        readable = False
    path.write_text(appended if readable else yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Registry.load(path, collection).get(slug)


PLACEHOLDER_HINTS = {
    "ward_name": "Tên đơn vị hành chính (phường, xã, đặc khu)",
    "city": "Tỉnh, thành phố",
    "service_center": "Tên Trung tâm Phục vụ hành chính công",
    "address": "Địa chỉ trụ sở Trung tâm Phục vụ hành chính công (số nhà, tên đường)",
    "hotline": "Số điện thoại đường dây nóng",
    "email": "Địa chỉ thư điện tử",
    "opening_hours": "Giờ tiếp nhận và trả hồ sơ",
    "website": "Địa chỉ trang thông tin điện tử chính thức",
}


# -- the merged view of one ward ------------------------------------------------------------------
# An overlay this small is searched in memory (a few hundred kilobytes at most); a larger one in Chroma.
IN_MEMORY_CHUNKS = 1000


class OverlayCollection:
    """Chunk search over the shared collection and a ward's overlay, as one collection: the shared
    chunks of procedures the overlay replaces are dropped, the rest merged by distance.

    A ward's overlay is a few documents, so its chunks are held in memory and searched exactly
    (cosine, as Chroma's `hnsw:space`): one Chroma query per question, as for a single ward."""

    def __init__(self, shared, overlay, count: int, replaced: frozenset[str]) -> None:
        self.shared, self.overlay, self.replaced, self._count = shared, overlay, replaced, count
        self._chunks = None
        if count <= IN_MEMORY_CHUNKS:
            got = overlay.get(include=["embeddings", "documents", "metadatas"])
            matrix = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            self._chunks = (list(got["ids"]), list(got["metadatas"]), list(got["documents"]),
                            matrix / np.where(norms > 0, norms, 1))

    def count(self) -> int:
        return self.shared.count() + self._count

    def query(self, query_embeddings, n_results: int, include):
        result = self.shared.query(query_embeddings=query_embeddings, n_results=n_results, include=include)
        rows = [(result["distances"][0][i], chunk_id, result["metadatas"][0][i], result["documents"][0][i])
                for i, chunk_id in enumerate(result["ids"][0])
                if result["metadatas"][0][i]["procedure_id"] not in self.replaced]
        rows += self._own(query_embeddings[0], n_results, include)
        rows.sort(key=lambda row: row[0])
        rows = rows[:n_results]
        return {"ids": [[r[1] for r in rows]], "metadatas": [[r[2] for r in rows]],
                "documents": [[r[3] for r in rows]], "distances": [[r[0] for r in rows]]}

    def _own(self, vector, n_results: int, include) -> list[tuple]:
        if self._chunks is None:
            result = self.overlay.query(query_embeddings=[vector], n_results=max(1, min(n_results, self._count)), include=include)
            return [(result["distances"][0][i], chunk_id, result["metadatas"][0][i], result["documents"][0][i])
                    for i, chunk_id in enumerate(result["ids"][0])]
        ids, metadatas, documents, matrix = self._chunks
        query = np.asarray(vector, dtype=np.float32)
        distances = 1.0 - matrix @ (query / (np.linalg.norm(query) or 1.0))
        order = np.argsort(distances)[:n_results]
        return [(float(distances[i]), ids[i], metadatas[i], documents[i]) for i in order]


class _StackedRows:
    """The merged snapshot's profile matrix without copying the shared one (~190 KB a ward): the
    shared rows kept, then the overlay's. `retrieval` only multiplies it by the question's vector."""

    def __init__(self, shared: np.ndarray, keep: list[int], own: np.ndarray) -> None:
        self.shared, self.keep, self.own = shared, np.asarray(keep, dtype=np.int64), own
        self.shape = (len(self.keep) + own.shape[0], shared.shape[1])

    def __matmul__(self, vector: np.ndarray) -> np.ndarray:
        return np.concatenate([(self.shared @ vector)[self.keep], self.own @ vector])

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, row: int) -> np.ndarray:
        """One row, as numpy reads an index (negative from the end)."""
        if not -len(self) <= row < len(self):
            raise IndexError(f"row {row} of {len(self)}")
        row %= len(self)
        kept = len(self.keep)
        return self.shared[self.keep[row]] if row < kept else self.own[row - kept]


class _Union:
    """Membership in either of two sets, without copying the shared one (`in` is all it is used for)."""

    def __init__(self, first, second) -> None:
        self.first, self.second = first, second

    def __contains__(self, item) -> bool:
        return item in self.first or item in self.second

    def __len__(self) -> int:
        return len(self.first) + len(self.second)


class _InNoDocument(Mapping):
    """The shared index's terms as the overlay's index sees them: known, in none of its documents."""

    NONE = np.zeros(0, dtype=np.int64)

    def __init__(self, terms) -> None:
        self.terms = terms

    def __getitem__(self, term):
        if term not in self.terms:
            raise KeyError(term)
        return self.NONE

    def __contains__(self, term) -> bool:
        return term in self.terms

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


class OverlayKeywords:
    """The keyword index of a ward: the shared index's scores for the shared procedures it keeps,
    and a small index of the overlay's procedures scored with the shared index's term weights (a
    term the shared index never saw weighs as a term of one document), side by side in the merged
    snapshot's order. Rebuilding the whole index per ward would cost megabytes per ward."""

    def __init__(self, shared: KeywordIndex, overlay_procedures: list[Procedure], keep: list[int]) -> None:
        self.shared, self.keep = shared, np.asarray(keep, dtype=np.int64)
        own = KeywordIndex.build(overlay_procedures)
        rare = math.log(1 + max(len(shared.ids), 1))
        for mine, theirs in ((own.names, shared.names), (own.body, shared.body)):
            mine.idf = ChainMap({t: rare for t in mine.idf if t not in theirs.idf}, theirs.idf)
            # A bigram either index knows counts in a question's total, as in a rebuilt index.
            mine.postings = ChainMap(mine.postings, _InNoDocument(theirs.postings))
        own.name_idf = own.names.idf
        own.__post_init__()  # the name masses, with those weights
        self.own = own
        self.ids = [shared.ids[i] for i in keep] + own.ids
        self.vocabulary = _Union(shared.vocabulary, own.vocabulary)
        self._size = len(shared.ids)

    def scores(self, question: str) -> dict[str, np.ndarray]:
        shared = self.shared.scores(question)
        unigrams, bigrams = terms(question)
        unknown = math.log(1 + max(self._size, 1))  # as the shared index weighs an unknown word
        size = len(self.own.ids)
        own = {"names": self.own.names.coverage(unigrams, bigrams, size, unknown),
               "body": self.own.body.coverage(unigrams, bigrams, size, unknown),
               "precision": self.own._precision(set(unigrams) | set(bigrams), size)}
        return {k: np.concatenate([shared[k][self.keep], own[k]]) for k in shared}

    def phrase_precision(self, procedure_id: str, content: str, question: str) -> float:
        index = self.own if self.own.holds(procedure_id) else self.shared
        return index.phrase_precision(procedure_id, content, question)


@dataclass
class WardSnapshot(Snapshot):
    """The shared snapshot with one ward's overlay on top; derived data (diacritics table…) is kept
    on the snapshot itself, so it lives exactly as long as the snapshot is loaded."""
    derived: dict = field(default_factory=dict, repr=False)
    shared: Snapshot | None = field(default=None, repr=False)
    overlay_procedures: list[Procedure] = field(default_factory=list, repr=False)

    def derive(self, name: str, build):
        if name not in self.derived:
            self.derived[name] = build()
        return self.derived[name]


def merge(shared: Snapshot, overlay: Snapshot) -> WardSnapshot:
    """The ward's index: the overlay's procedures replace the shared ones with the same id or portal
    code, and add the rest."""
    codes = {p.code: pid for pid, p in shared.procedures.items() if p.code}
    replaced = set(overlay.procedures) & set(shared.procedures)
    replaced |= {codes[p.code] for p in overlay.procedures.values() if p.code in codes}
    procedures: dict[str, Procedure] = {pid: p for pid, p in shared.procedures.items() if pid not in replaced}
    procedures.update(overlay.procedures)
    # The merged order: the shared keyword index's order less the replaced, then the overlay's.
    keep = [i for i, pid in enumerate(shared.keywords.ids) if pid not in replaced]
    own = [overlay.procedures[pid] for pid in overlay.profile_ids]
    keywords = OverlayKeywords(shared.keywords, own, keep)
    matrix = _StackedRows(shared.profile_matrix, [shared.positions[shared.keywords.ids[i]] for i in keep],
                          overlay.profile_matrix.reshape(len(overlay.profile_ids), -1)[[overlay.positions[p.id] for p in own]])
    ids = keywords.ids
    return WardSnapshot(
        version=f"{shared.version}+{overlay.version}",
        embedder=shared.embedder,
        refreshed_at=max(shared.refreshed_at, overlay.refreshed_at),
        procedures=procedures,
        profile_ids=ids,
        profile_matrix=matrix,
        chunk_count=shared.chunk_count + overlay.chunk_count,
        collection=OverlayCollection(shared.collection, overlay.collection, overlay.chunk_count, frozenset(replaced)),
        keywords=keywords,
        shared=shared,
        overlay_procedures=own,
    )


class WardIndex:
    """What `Assistant.index` is for one ward: `current()` gives the shared snapshot, or the shared
    one merged with the ward's overlay when the ward has one."""

    def __init__(self, city: "City", ward: Ward) -> None:
        self.city, self.ward = city, ward
        self.store = city.overlay_store(ward.slug)
        self.warmers: list = []
        self._merged: WardSnapshot | None = None
        self._overlay: Snapshot | None = None
        self._lock = threading.Lock()
        self.retired = False  # its ward's registry entry changed: a request still holding it finishes

    def current(self) -> Snapshot:
        shared = self.city.shared_index.current()
        pointer = self.city.directory.pointer(self.ward.slug)
        if not pointer:
            return shared
        merged = self._merged
        if merged is not None and merged.version == f"{shared.version}+{pointer['active']}":
            self.city.touch(self)
            return merged
        with self._lock:
            if self._merged is None or self._merged.version != f"{shared.version}+{pointer['active']}":
                try:
                    self._merged = self._build(shared, pointer)
                except Exception:  # the version vanished under us (a newer refresh replaced it)
                    if self._merged is None:
                        raise
                    log.warning("ward %s: could not load overlay %s; still serving the previous one",
                                self.ward.slug, pointer["active"], exc_info=True)
            merged = self._merged
        self.city.touch(self)
        return merged

    def _build(self, shared: Snapshot, pointer: dict) -> WardSnapshot:
        check_embedder(pointer, self.store.embedder)
        if self._overlay is None or self._overlay.version != pointer["active"]:
            self._overlay = load_snapshot(self.store, pointer["active"], pointer)
        merged = merge(shared, self._overlay)
        for warm in self.warmers:
            warm(merged)
        return merged

    def unload(self) -> None:
        """Forget the merged snapshot (the LRU bound); the next question builds it again."""
        with self._lock:
            self._merged = None
            self._overlay = None

    @property
    def loaded(self) -> bool:
        return self._merged is not None


class WardAssistant(Assistant):
    """The pipeline for one ward: the worker's assistant (embedder, composer, settings, per-version
    caches of the shared snapshot) with the ward's index and profile. Built without loading anything."""

    def __init__(self, base: Assistant, index: WardIndex, profile: WardProfile) -> None:  # noqa: D107
        self.__dict__.update(base.__dict__)
        self.base = base
        self.index = index
        self.profile = profile
        self.stages = [getattr(self, stage.__name__) for stage in base.stages]
        index.warmers = [getattr(self, warm.__name__) for warm in base.index.warmers]

    def compose(self, context) -> None:
        """As for any ward, except that a passage the shared corpus wrote about the default ward (its
        opening hours, its desk: "phường Tân Hưng") is never quoted to another ward's citizens: this
        ward's desk is named instead, until the ward uploads its own version of that guide."""
        super().compose(context)
        composition = context.composition
        other = _ward_words(self.base.profile.ward_name)
        if (context.answer is None and composition is not None and other and other != _ward_words(self.profile.ward_name)
                and any(other in fold(c.quote) or other in fold(c.title) for c in composition.citations)):
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_other_ward_passage")

    def _restorer(self, snapshot: Snapshot):
        if not isinstance(snapshot, WardSnapshot):
            return self.base._restorer(snapshot)
        # The shared table with the overlay's own n-grams on top: a copy per ward would cost megabytes.
        def build() -> DiacriticsRestorer:
            base = self.base._restorer(snapshot.shared)
            shared = base.table
            own = DiacriticsRestorer.build(text for p in snapshot.overlay_procedures for text in p.texts()).table
            # Only what the shared table lacks or writes otherwise: the same lookups, a fraction of the memory.
            return DiacriticsRestorer(ChainMap({k: v for k, v in own.items() if shared.get(k) != v}, shared), base.forms)

        return snapshot.derive("restorer", build)

    def _per_snapshot(self, name: str, snapshot: Snapshot, build):
        if not isinstance(snapshot, WardSnapshot):
            return self.base._per_snapshot(name, snapshot, build)
        if name in CORPUS_WIDE:
            return self.base._per_snapshot(name, snapshot.shared, build)
        return snapshot.derive(name, lambda: build(snapshot))


def _ward_words(ward_name: str) -> str:
    """"Phường Tân Hưng" → "tan hung": the ward's own name, as the corpus would write it."""
    return re.sub(r"^(phuong|xa|dac khu|thi tran)\s+", "", fold(ward_name or "").strip())


# Derived data that is a statistic of the whole corpus, taken from the shared snapshot for every
# ward: "everyday" words are those of at least 10% of the procedures, a line an overlay of a few
# documents does not move, and computing it again costs ~170 ms a ward. (A name not listed here is
# computed on the ward's merged snapshot: slower, never wrong.)
CORPUS_WIDE = frozenset({"everyday"})


class OverlayDirectory:
    """Every ward's overlay pointer, read from Chroma in one listing at most every `poll_seconds`.

    The first read is on the caller's thread; later ones on a background thread while the last
    listing keeps answering, so no citizen's question waits for it."""

    def __init__(self, client, collection: str, poll_seconds: float = 1.0) -> None:
        self.client, self.collection, self.poll_seconds = client, collection, poll_seconds
        self._pointers: dict[str, dict] | None = None
        self._read_at = 0.0
        self._reading = False
        self._lock = threading.Lock()

    def pointer(self, slug: str) -> dict:
        pointers = self._pointers
        if pointers is None:
            with self._lock:
                if self._pointers is None:
                    self._pointers = self._list()
                    self._read_at = time.monotonic()
            pointers = self._pointers
        elif time.monotonic() - self._read_at >= self.poll_seconds and not self._reading:
            with self._lock:
                if not self._reading:
                    self._reading = True
                    threading.Thread(target=self._refresh, daemon=True, name="overlay-directory").start()
        return pointers.get(slug, {})

    def refresh_now(self) -> None:
        """Read the listing now (after this worker refreshed an overlay itself)."""
        pointers = self._list()
        with self._lock:
            self._pointers, self._read_at = pointers, time.monotonic()

    def _refresh(self) -> None:
        try:
            pointers = self._list()
            with self._lock:
                self._pointers = pointers
        except Exception:  # the server is away for a moment: keep the last listing
            log.warning("could not list the wards' overlays; keeping the last listing", exc_info=True)
        finally:
            self._read_at = time.monotonic()
            self._reading = False

    def _list(self) -> dict[str, dict]:
        head, tail = f"{self.collection}_w_", "_meta"
        pointers = {}
        for model in _collection_models(self.client):
            name, meta = model.name, dict(model.metadata or {})
            if name.startswith(head) and name.endswith(tail) and meta.get("active"):
                pointers[name[len(head):-len(tail)]] = meta
        return pointers


def _collection_models(client) -> list:
    """Names and metadata of every collection. The public `list_collections` wraps each in a
    Collection that would build its embedding function from the stored config (here: load a model);
    the server API underneath returns the bare models."""
    server = getattr(client, "_server", None)
    if server is None:
        return list(client.list_collections())
    models, offset, page = [], 0, 1000
    while True:
        batch = server.list_collections(page, offset, tenant=client.tenant, database=client.database)
        models += batch
        if len(batch) < page:
            return models
        offset += page


class City:
    """Every ward of the registry, served from one worker: one embedder, one shared snapshot, one
    :class:`WardAssistant` per ward (created on its first question), at most `max_loaded` merged
    overlay snapshots in memory."""

    def __init__(self, base: Assistant, registry: Registry, client, max_loaded: int = 200,
                 poll_seconds: float = 1.0) -> None:
        self.base, self.registry, self.client = base, registry, client
        self.settings = base.settings
        self.shared_index: IndexHandle = base.index
        self.directory = OverlayDirectory(client, self.settings.collection, poll_seconds)
        self.max_loaded = max_loaded
        self._assistants: dict[str, Assistant] = {}
        self._loaded: OrderedDict[str, WardIndex] = OrderedDict()
        self._lock = threading.Lock()

    def overlay_store(self, slug: str) -> Store:
        return Store(self.client, overlay_prefix(self.settings.collection, slug), self.base.embedder)

    def assistant(self, slug: str) -> Assistant:
        """The ward's assistant; the default ward's is the worker's own. UnknownWard if not registered."""
        found = self._assistants.get(slug)
        if found is not None:
            return found
        ward = self.registry.get(slug)
        with self._lock:
            found = self._assistants.get(slug)
            if found is None:
                found = self.base if ward.default else WardAssistant(self.base, WardIndex(self, ward), ward.profile)
                self._assistants[slug] = found
        return found

    def touch(self, index: WardIndex) -> None:
        """Mark a ward's merged snapshot as used; unload the least recently used past the bound."""
        if index.retired:
            return  # forgotten: a request that still holds it must not bring it back over the new one
        evicted = []
        with self._lock:
            self._loaded[index.ward.slug] = index
            self._loaded.move_to_end(index.ward.slug)
            while len(self._loaded) > self.max_loaded:
                evicted.append(self._loaded.popitem(last=False)[1])
        for old in evicted:
            old.unload()

    def forget(self, slugs: set[str]) -> None:
        """Drop what was built for these wards (their registry entry changed or was removed): a
        changed ward is built again from its new entry on its next question."""
        with self._lock:
            indexes = [self._loaded.pop(slug) for slug in slugs if slug in self._loaded]
            indexes += [a.index for a in (self._assistants.pop(slug, None) for slug in slugs)
                        if isinstance(getattr(a, "index", None), WardIndex)]
        for index in indexes:
            index.retired = True
            index.unload()

    def loaded_overlays(self) -> list[str]:
        return [slug for slug, index in self._loaded.items() if index.loaded]


__all__ = ["City", "Registry", "Ward", "WardAssistant", "WardIndex", "WardSnapshot", "UnknownWard", "add_ward",
           "overlay_prefix", "check_slug", "merge"]
