"""Embeddings cached by content digest, so a refresh embeds only what changed.

A SQLite file in `WARD_DATA_DIR`, committed batch by batch: a refresh killed half-way keeps what it
had embedded, and the next one picks up from there. A fresh clone is seeded from the `.npz` file the
corpus ships (see `export_seed`), so its first start does not spend minutes embedding.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

from .sqlite_files import open_table


class EmbeddingCache:
    def __init__(self, path: Path, embedder_name: str) -> None:
        self.embedder_name = embedder_name
        self._db = open_table(path, "CREATE TABLE IF NOT EXISTS embeddings (embedder TEXT, digest TEXT, vector BLOB, "
                                    "PRIMARY KEY (embedder, digest))")

    def get_many(self, digests: Iterable[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        digests = list(dict.fromkeys(digests))
        for start in range(0, len(digests), 500):
            batch = digests[start : start + 500]
            rows = self._db.execute(
                f"SELECT digest, vector FROM embeddings WHERE embedder = ? AND digest IN ({','.join('?' * len(batch))})",
                [self.embedder_name, *batch],
            )
            for digest, blob in rows:
                found[digest] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
            [(self.embedder_name, d, np.asarray(v, dtype=np.float32).tobytes()) for d, v in items.items()],
        )
        self._db.commit()

    def import_seed(self, path: Path) -> int:
        """Load a shipped seed file if it was made by this embedder; returns how many vectors it added."""
        if not path.exists():
            return 0
        with np.load(path, allow_pickle=False) as seed:
            if str(seed["embedder"]) != self.embedder_name:
                return 0
            digests = [str(d) for d in seed["digests"]]
            missing = set(digests) - set(self.get_many(digests))
            vectors = seed["vectors"].astype(np.float32)
        self.put_many({d: v for d, v in zip(digests, vectors) if d in missing})
        return len(missing)

    def export_seed(self, path: Path, digests: list[str]) -> int:
        vectors = self.get_many(digests)
        kept = [d for d in digests if d in vectors]
        np.savez_compressed(
            path,
            embedder=np.array(self.embedder_name),
            digests=np.array(kept),
            vectors=np.stack([vectors[d] for d in kept]).astype(np.float16) if kept else np.zeros((0, 1), np.float16),
        )
        return len(kept)

    def close(self) -> None:
        self._db.close()
