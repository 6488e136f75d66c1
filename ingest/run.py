"""`ward-assistant ingest`: find the files under the given paths, load each, refresh the index."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from assistant.cache import EmbeddingCache
from assistant.documents import Procedure
from assistant.embeddings import Embedder, make_embedder
from assistant.errors import DocumentError
from assistant.refresh import Progress, RefreshReport, SourceDocuments, refresh, refresh_lock
from assistant.settings import Settings
from assistant.store import Store, make_client

from .loaders import loader_for
from .structure import PORTAL_CODE

# Files in a corpus folder that are not documents.
NOT_DOCUMENTS = {"ward-profile.yaml", "README.md"}
SEED_DIR = ".embeddings"


def source_name(path: Path, settings: Settings) -> str:
    """How a file is named in the index and in citations: relative to the folder that holds the
    corpus (or the data folder, for uploads), so "corpus/procedures/x.md" whichever directory ingest
    runs from; absolute for files elsewhere."""
    resolved = path.resolve()
    for anchor in (settings.corpus_dir.parent, settings.data_dir.parent):
        try:
            return resolved.relative_to(anchor.resolve()).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()


_MISSING = {"no_fee": "no fee found", "no_time_limit": "no time limit found", "no_documents": "no list of papers found"}


def collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [Path(root) / n for n in sorted(names) if not n.startswith(".") and n not in NOT_DOCUMENTS]
        else:
            files.append(path)
    return files


def missing_parts(procedure: Procedure) -> list[str]:
    """What staff should check in a procedure read from their file: a part citizens ask for most that was
    not found ("no_fee", "no_time_limit", "no_documents")."""
    if procedure.kind != "procedure":
        return []
    return [f"no_{key}" for key in ("fee", "time_limit", "documents") if procedure.section(key) is None]


_PORTAL_CODE = re.compile(rf"(?<![\d.]){PORTAL_CODE.pattern}(?![\d.])")  # a code alone, not part of a number


def merged_codes(procedures: list[Procedure]) -> list[str]:
    """A warning when a file writes more portal codes than it was read as procedures: two procedures
    may have been read as one (a page of tabs, a leaflet's columns), which staff should check."""
    codes = sorted({code for p in procedures for text in p.texts() for code in _PORTAL_CODE.findall(text)})
    if len(codes) <= len(procedures):
        return []
    return [f"the file names {len(codes)} procedure codes ({', '.join(codes)}) but was read as {len(procedures)} "
            f"procedure{'s' if len(procedures) > 1 else ''}: check that each was split"]


def load_file(path: Path, settings: Settings) -> SourceDocuments:
    source = source_name(path, settings)
    try:
        if not path.exists():
            raise DocumentError("no such file")
        size_mb = path.stat().st_size / 1_000_000
        if size_mb > settings.max_file_mb:
            raise DocumentError(f"the file is {size_mb:.1f} MB, over the {settings.max_file_mb:g} MB limit (WARD_MAX_FILE_MB)")
        loader = loader_for(path)
        if loader is None:
            raise DocumentError(f"unsupported file type {path.suffix or '(none)'!r}")
        procedures = loader(path, source)
        if not procedures:
            raise DocumentError("no procedure text found")
        # A ward's own file (not the corpus's Markdown, written to its format) may hide a part from the
        # reader: said at once, as the staff console says it.
        warnings = [] if path.suffix.lower() == ".md" else \
            [f"{p.title}: {_MISSING[gap]}" for p in procedures for gap in missing_parts(p)] + merged_codes(procedures)
        return SourceDocuments(source, procedures, warnings=warnings)
    except DocumentError as exc:
        return SourceDocuments(source, error=str(exc))
    except Exception as exc:  # a loader bug or a hostile file must not stop the batch
        return SourceDocuments(source, error=f"could not read the file ({type(exc).__name__}: {exc})")


def ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    *,
    dry_run: bool = False,
    rebuild: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> RefreshReport:
    """Refresh the index from `paths` (default: the corpus folder)."""
    paths = paths or [settings.corpus_dir]
    embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
    store = Store(make_client(settings), settings.collection, embedder)
    with refresh_lock(settings.data_dir):
        started = time.perf_counter()
        loaded = [load_file(f, settings) for f in collect(paths)]
        loaded += [SourceDocuments(source_name(p, settings), error="no such file or folder") for p in paths if not p.exists()]
        cache = EmbeddingCache(settings.embedding_cache_path, embedder.name)
        try:
            for path in paths:
                seed = path / SEED_DIR / f"{embedder.name.split(':')[0]}.npz"
                if path.is_dir() and not dry_run:  # a dry run writes nothing, the cache included
                    cache.import_seed(seed)
            scope = [source_name(p, settings) for p in paths]
            read_seconds = time.perf_counter() - started
            uploads = source_name(settings.uploads_dir, settings) + "/"
            report = refresh(store, cache, loaded, scope, dry_run=dry_run, rebuild=rebuild, progress=progress,
                             overrides=lambda source: source.startswith(uploads))
            report.phases = {"read": read_seconds, **report.phases}
            report.warnings = [(documents.source, warning) for documents in loaded for warning in documents.warnings]
            report.seconds += read_seconds
            return report
        finally:
            cache.close()
