"""A refresh scoped to one ward's overlay (`ward-assistant ward ingest`, `/w/<ward>/api/admin/ingest`).

It writes only the ward's own collections (`<WARD_COLLECTION>_w_<slug>_*`), under the ward's own lock
and uploads folder (`WARD_DATA_DIR/wards/<slug>/`), so it can never touch another ward's data or the
shared index. Its documents are the ward's local guidance (`<registry folder>/wards/<slug>/`) and its
staff's uploads; an upload overrides a local guidance file that gives the same procedure, and the
shared procedure with the same id or portal code, for this ward only (see `assistant.tenancy.merge`).
"""
from __future__ import annotations

from pathlib import Path

from assistant.cache import EmbeddingCache
from assistant.embeddings import Embedder, make_embedder
from assistant.refresh import RefreshReport, SourceDocuments, refresh, refresh_lock
from assistant.settings import Settings
from assistant.store import Store, make_client
from assistant.tenancy import Ward, check_slug, overlay_prefix

from .run import SEED_DIR, collect, load_file, source_name


def ward_data_dir(settings: Settings, slug: str) -> Path:
    """The ward's own folder: uploads, refresh lock, feedback and unanswered questions."""
    return settings.data_dir / "wards" / check_slug(slug, settings.collection)


def ward_settings(settings: Settings, ward: Ward) -> Settings:
    """The city's settings as one ward's refresh and admin routes see them: its data folder (uploads
    land in `<data>/wards/<slug>/uploads`), its documents folder, the city's embedding cache.
    Sources are then named `<slug>/…`, so a citation tells which ward's overlay it quotes."""
    # Not under `<data>/wards/<slug>/`: sources are named from the folder above, `<slug>/…` either way.
    documents = ward.documents or (settings.wards_file.parent / "wards" / ward.slug if settings.wards_file else
                                   settings.data_dir / "ward-documents" / ward.slug)
    return settings.model_copy(update={"data_dir": ward_data_dir(settings, ward.slug), "corpus_dir": documents,
                                       "embedding_cache": settings.embedding_cache_path,
                                       "chroma_path": settings.embedded_index_path,
                                       "collection": overlay_prefix(settings.collection, ward.slug)})


def ingest_ward(settings: Settings, ward: Ward, paths: list[Path] | None = None, *, dry_run: bool = False,
                embedder: Embedder | None = None, client=None) -> RefreshReport:
    """Refresh one ward's overlay from `paths` (default: its documents folder and its uploads)."""
    local = ward_settings(settings, ward)
    if paths is None:
        paths = [p for p in (local.corpus_dir, local.uploads_dir) if p.exists()]
    embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
    # The city's client: in embedded mode the overlay lives in the same Chroma folder as the shared index.
    store = Store(client or make_client(settings), overlay_prefix(settings.collection, ward.slug), embedder)
    with refresh_lock(local.data_dir):
        loaded = [load_file(f, local) for f in collect(paths)]
        loaded += [SourceDocuments(source_name(p, local), error="no such file or folder") for p in paths if not p.exists()]
        cache = EmbeddingCache(settings.embedding_cache_path, embedder.name)
        try:
            for path in paths:
                if path.is_dir():
                    cache.import_seed(path / SEED_DIR / f"{embedder.name.split(':')[0]}.npz")
            uploads = source_name(local.uploads_dir, local) + "/"
            return refresh(store, cache, loaded, [source_name(p, local) for p in paths], dry_run=dry_run,
                           overrides=lambda source: source.startswith(uploads))
        finally:
            cache.close()
