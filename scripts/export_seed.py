"""Rebuild the embedding seed the corpus ships (`corpus/.embeddings/<embedder>.npz`) after editing it.

    .venv/bin/python scripts/export_seed.py            # ingests corpus/ into WARD_DATA_DIR first

A fresh clone imports the seed into its cache, so its first `make run` embeds nothing. Run this
after adding or changing corpus documents, then commit the .npz (float16, about 1.3 MB).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.cache import EmbeddingCache  # noqa: E402
from assistant.documents import chunk_procedure  # noqa: E402
from assistant.embeddings import make_embedder  # noqa: E402
from assistant.settings import get_settings  # noqa: E402
from ingest.run import SEED_DIR, collect, ingest, load_file  # noqa: E402


def main() -> None:
    settings = get_settings()
    embedder = make_embedder(settings.embedder, settings.embed_threads)
    report = ingest(settings, [settings.corpus_dir], embedder=embedder)  # embeds whatever is missing
    print(report.summary())
    if report.failed:
        sys.exit("the corpus has documents that fail to load; fix them first (ward-assistant corpus check)")
    digests = list(dict.fromkeys(
        chunk.digest
        for path in collect([settings.corpus_dir])
        for procedure in load_file(path, settings).procedures
        for chunk in chunk_procedure(procedure)
    ))
    out = settings.corpus_dir / SEED_DIR / f"{embedder.name.split(':')[0]}.npz"
    out.parent.mkdir(parents=True, exist_ok=True)
    cache = EmbeddingCache(settings.embedding_cache_path, embedder.name)
    try:
        kept = cache.export_seed(out, digests)
    finally:
        cache.close()
    print(f"wrote {kept} of {len(digests)} vectors to {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
