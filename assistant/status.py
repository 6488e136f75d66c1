"""What is indexed, for `ward-assistant status` and the admin API."""
from __future__ import annotations

import datetime as dt

from .documents import Procedure
from .embeddings import make_embedder
from .index import IndexHandle
from .settings import Settings
from .store import Store, make_client


def index_status(settings: Settings) -> dict:
    store = Store(make_client(settings), settings.collection, make_embedder(settings.embedder, settings.embed_threads))
    pointer = store.pointer()
    if not pointer:
        return {"index": "empty: run `ward-assistant ingest`", "location": settings.chroma_url or str(settings.data_dir)}
    refreshed = dt.datetime.fromtimestamp(float(pointer.get("refreshed_at", 0))).isoformat(timespec="seconds")
    return {
        "procedures": int(pointer.get("procedures", 0)),
        "chunks": int(pointer.get("chunks", 0)),
        "embedder": pointer.get("embedder"),
        "configured embedder": store.embedder.name,
        "last refresh": refreshed,
        "version": pointer.get("active"),
        "location": settings.chroma_url or str(settings.data_dir),
    }


def indexed_procedures(settings: Settings) -> list[Procedure]:
    """Every procedure of the live index, by the file it came from: what staff ingested, one by one."""
    store = Store(make_client(settings), settings.collection, make_embedder(settings.embedder, settings.embed_threads))
    if not store.pointer():
        return []
    return sorted(IndexHandle(store).current().procedures.values(), key=lambda p: (p.source, p.id))
