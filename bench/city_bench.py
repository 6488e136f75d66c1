"""A city on one deployment (issue 13): all 168 units of Ho Chi Minh City served by one worker, against
one single-ward instance, both on the same `chroma run` server, in the same run.

    .venv/bin/python bench/city_bench.py                       # 168 wards, 12 with an overlay, 4 clients
    .venv/bin/python bench/city_bench.py --workers 2           # the city behind serve --workers 2
    .venv/bin/python bench/city_bench.py --requests 672 --clients 8
    .venv/bin/python bench/city_bench.py --overlays 48 --max-loaded 16   # overlays evicted and rebuilt

What it does:
- starts `chroma run` and ingests the shipped corpus into it once: the shared index (the embedding
  seed makes that quick);
- writes a registry of 168 units: the shipped default ward (Tân Hưng) and 167 generated profiles
  ("Đơn vị thử nghiệm 002" …, plainly not real units); `--overlays` of them get a local fee decision
  through `ingest_ward` (the shared "Chứng thực chữ ký" with a fee of their own, 101.500 đồng, 102.500 …);
- serves both as real `ward-assistant serve` processes: the single-ward instance (no registry) and the
  city (`WARD_WARDS_FILE`); warms each (the city: one question to every ward, so every overlay is
  loaded, its first-question cost reported apart);
- sends bounded closed-loop traffic, `--clients` threads, alternating single and city phases over
  `--rounds` rounds: golden-set questions and, one request in four, the fee question; the city's
  requests are spread evenly over all 168 wards (`/w/<ward>/api/ask`);
- checks every response: HTTP 200, and no citation and no figure from another ward's overlay; an
  overlay ward's fee question must cite its own overlay and state its own fee;
- samples RSS every 0.2 s per process (per worker with `--workers N`).

Targets: city worker RSS <= 2x the single-ward instance; city p95 <= 1.2x single-ward p95; 0 errors;
0 answers citing another ward's overlay. Writes bench/results/city.json.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from common import ROOT, distinct_questions, free_port, ratio, rss_mb, run_clients, server_process, summary, write_result

from assistant.embeddings import make_embedder
from assistant.settings import Settings
from assistant.tenancy import Registry, add_ward
from ingest.run import ingest
from ingest.wards import ingest_ward, ward_settings

UNITS = 168  # Ho Chi Minh City's commune-level units since 1 July 2025
DEFAULT_OVERLAYS = 12
TARGET = {"rss_ratio": 2.0, "p95_ratio": 1.2, "errors": 0, "foreign_citations": 0}
BIN = Path(sys.executable).parent
CORPUS = ROOT / "corpus"
FEE_DOCUMENT = CORPUS / "procedures/chung-thuc/chung-thuc-chu-ky.md"
FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"


def local_fee(i: int) -> str:
    """A fee no shared document states ("101.500 đồng"…), so an answer naming it quotes that overlay."""
    return f"{100 + i}.500"


def build_city(folder: Path, settings: Settings, overlays: int, embedder) -> tuple[Path, dict[str, str]]:
    """wards.yaml with 168 units and `overlays` local fee decisions; returns it and {ward: its fee}."""
    registry = folder / "wards.yaml"
    registry.write_text(f"default: tan-hung\nwards:\n  tan-hung:\n    profile: {CORPUS / 'ward-profile.yaml'}\n", encoding="utf-8")
    for n in range(2, UNITS + 1):
        add_ward(registry, f"don-vi-{n:03d}", ward_name=f"Đơn vị thử nghiệm {n:03d}",
                 service_center=f"Trung tâm Phục vụ hành chính công đơn vị thử nghiệm {n:03d}")
    city = Registry.load(registry)
    text = FEE_DOCUMENT.read_text(encoding="utf-8")
    fees = {}
    started = time.perf_counter()
    for i, slug in enumerate(list(city.wards)[1:overlays + 1], start=1):
        # Where the ward's admin route stages an upload: its source is then "<ward>/uploads/…".
        document = ward_settings(settings, city.get(slug)).uploads_dir / FEE_DOCUMENT.name
        document.parent.mkdir(parents=True)
        document.write_text(text.replace("10.000 đồng", f"{local_fee(i)} đồng"), encoding="utf-8")
        report = ingest_ward(settings, city.get(slug), [document], embedder=embedder)
        assert not report.failed, report.summary()
        fees[slug] = local_fee(i)
    print(f"{overlays} overlays ingested in {time.perf_counter() - started:.1f} s", flush=True)
    return registry, fees


class Traffic:
    """Closed-loop load against one server; every response checked."""

    def __init__(self, url: str, wards: list[str] | None, fees: dict[str, str], pids: list[int]) -> None:
        self.url, self.wards, self.fees, self.pids = url, wards, fees, pids
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.statuses: dict[str, int] = {}
        self.own_overlay_answers = 0
        self.rss_peak = {pid: rss_mb(pid, with_children=False) for pid in pids}
        self._lock = threading.Lock()

    def path(self, i: int) -> tuple[str, str | None]:
        if not self.wards:
            return "/api/ask", None
        ward = self.wards[i % len(self.wards)]
        return f"/w/{ward}/api/ask", ward

    def check(self, ward: str | None, question: str, answer: dict) -> None:
        sources = [c["source"] for c in answer.get("citations", [])]
        for other, fee in self.fees.items():
            if other == ward:
                continue
            if any(s.startswith(f"{other}/") for s in sources) or f"{fee} đồng" in answer.get("answer", ""):
                self.foreign.append(f"ward {ward}: {other}'s overlay in {sources}")
        if ward in self.fees and any(s.startswith(f"{ward}/") for s in sources):
            self.own_overlay_answers += 1
        if ward in self.fees and question == FEE_QUESTION and (
                f"{self.fees[ward]} đồng" not in answer["answer"] or not any(s.startswith(f"{ward}/") for s in sources)):
            self.errors.append(f"ward {ward}: the fee question not answered from its overlay: {sources}")

    def run(self, questions: list[str], clients: int, requests: int, offset: int) -> dict:
        counter = iter(range(requests))
        latencies: list[float] = []

        def sample(done: threading.Event) -> None:
            while not done.wait(0.2):
                for pid in self.pids:
                    self.rss_peak[pid] = max(self.rss_peak[pid], rss_mb(pid, with_children=False))

        def client() -> None:
            with httpx.Client(base_url=self.url, timeout=60) as http:
                while (i := next(counter, None)) is not None:
                    path, ward = self.path(offset + i)
                    # One request in four asks the fee an overlay changes; the same draw for both servers.
                    fee = random.Random(offset + i).random() < 0.25
                    question = FEE_QUESTION if fee else questions[(offset + i) % len(questions)]
                    started = time.perf_counter()
                    try:
                        response = http.post(path, json={"question": question})
                    except httpx.HTTPError as exc:
                        with self._lock:
                            self.errors.append(type(exc).__name__)
                        continue
                    ms = (time.perf_counter() - started) * 1000
                    with self._lock:
                        if response.status_code != 200:
                            self.errors.append(f"HTTP {response.status_code} on {path}")
                            continue
                        answer = response.json()
                        latencies.append(ms)
                        self.statuses[answer["status"]] = self.statuses.get(answer["status"], 0) + 1
                        self.check(ward, question, answer)

        wall = run_clients(client, clients, sample)
        self.latencies += latencies
        return {"answers": len(latencies), "wall_s": round(wall, 2), "rps": round(len(latencies) / wall, 1), **summary(latencies)}

    def result(self) -> dict:
        return {**summary(self.latencies), "errors": len(self.errors), "error_kinds": sorted(set(self.errors))[:10],
                "foreign_overlay_answers": len(self.foreign), "foreign_examples": self.foreign[:5],
                "own_overlay_answers": self.own_overlay_answers, "statuses": self.statuses,
                "rss_peak_mb_per_worker": sorted(self.rss_peak.values())}


def worker_pids(process, workers: int, timeout: float = 120) -> list[int]:
    """The processes that answer: the server itself with one worker, else uvicorn's worker children."""
    if workers == 1:
        return [process.pid]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        # uvicorn's workers, not multiprocessing's resource tracker beside them
        spawned = [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        if len(spawned) >= workers:
            return spawned
        time.sleep(0.2)
    raise RuntimeError("the workers did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description="168 wards in one worker vs one single-ward instance.")
    parser.add_argument("--overlays", type=int, default=DEFAULT_OVERLAYS, help="wards with a local fee decision uploaded")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=336, help="answers per server per round (2 per ward)")
    parser.add_argument("--rounds", type=int, default=2, help="single and city phases alternate this many times")
    parser.add_argument("--workers", type=int, default=1, help="API workers of the city server")
    parser.add_argument("--max-loaded", type=int, default=200,
                        help="WARD_MAX_LOADED_OVERLAYS of the city (below --overlays: merged indexes are evicted and rebuilt)")
    options = parser.parse_args()
    questions = distinct_questions()
    random.Random(13).shuffle(questions)

    work = Path(tempfile.mkdtemp(prefix="city-bench-"))
    chroma_port = free_port()
    chroma_url = f"http://127.0.0.1:{chroma_port}"
    chroma_cmd = [str(BIN / "chroma"), "run", "--path", str(work / "chroma"), "--host", "127.0.0.1", "--port", str(chroma_port)]
    try:
        with server_process(chroma_cmd, f"{chroma_url}/api/v2/heartbeat") as chroma:
            settings = Settings(data_dir=work / "city", corpus_dir=CORPUS, chroma_url=chroma_url,
                                embedding_cache=work / "embeddings.sqlite")
            embedder = make_embedder(settings.embedder)
            started = time.perf_counter()
            report = ingest(settings, [CORPUS], embedder=embedder)
            assert not report.failed, report.summary()
            print(f"shared index: {report.summary()} ({time.perf_counter() - started:.1f} s)", flush=True)
            registry, fees = build_city(work, settings, options.overlays, embedder)
            wards = list(Registry.load(registry).wards)

            common_env = {k: v for k, v in os.environ.items() if not k.startswith("WARD_")}
            common_env.update({"WARD_CHROMA_URL": chroma_url, "WARD_CORPUS_DIR": str(CORPUS),
                               "WARD_EMBEDDING_CACHE": str(work / "embeddings.sqlite"),
                               "WARD_RATE_LIMIT_PER_MINUTE": "1000000"})
            single_port, city_port = free_port(), free_port()
            single_env = dict(common_env, WARD_DATA_DIR=str(work / "single"))
            city_env = dict(common_env, WARD_DATA_DIR=str(work / "city"), WARD_WARDS_FILE=str(registry),
                            WARD_MAX_LOADED_OVERLAYS=str(options.max_loaded))
            serve = [str(BIN / "ward-assistant"), "serve", "--host", "127.0.0.1"]
            single_url, city_url = f"http://127.0.0.1:{single_port}", f"http://127.0.0.1:{city_port}"
            with server_process([*serve, "--port", str(single_port)], f"{single_url}/healthz", env=single_env) as single, \
                    server_process([*serve, "--port", str(city_port), "--workers", str(options.workers)],
                                   f"{city_url}/healthz", env=city_env) as city:
                city_pids = worker_pids(city, options.workers)
                with httpx.Client(timeout=120) as http:
                    for question in questions[:5]:
                        http.post(f"{single_url}/api/ask", json={"question": question}).raise_for_status()
                    idle_single = rss_mb(single.pid, with_children=False)
                    # Every ward once; an overlay ward's first question builds its merged index.
                    first = {"overlay": [], "plain": []}
                    warm_checks = Traffic(city_url, wards, fees, [])
                    for ward in wards:
                        t0 = time.perf_counter()
                        response = http.post(f"{city_url}/w/{ward}/api/ask", json={"question": FEE_QUESTION})
                        response.raise_for_status()
                        warm_checks.check(ward, FEE_QUESTION, response.json())
                        first["overlay" if ward in fees else "plain"].append((time.perf_counter() - t0) * 1000)
                if options.workers > 1:  # the other workers too: concurrent fresh connections reach them all
                    warm_checks.run([FEE_QUESTION], 2 * options.workers, 3 * len(wards), offset=0)
                idle_city = [rss_mb(pid, with_children=False) for pid in city_pids]
                print(f"idle RSS: single {idle_single:.0f} MB, city workers {idle_city} MB", flush=True)

                single_traffic = Traffic(single_url, None, {}, [single.pid])
                city_traffic = Traffic(city_url, wards, fees, city_pids)
                phases = []
                for r in range(options.rounds):
                    for name, traffic in (("single", single_traffic), ("city", city_traffic)):
                        phase = traffic.run(questions, options.clients, options.requests, offset=r * options.requests)
                        phases.append({"round": r, "server": name, **phase})
                        print(f"round {r} {name:>6}: {phase['rps']:>5.1f} req/s  p50 {phase['p50_ms']} ms  "
                              f"p95 {phase['p95_ms']} ms", flush=True)
                counts = httpx.get(f"{city_url}/api/wards").json()["count"]
            chroma_rss = rss_mb(chroma.pid)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    single_result, city_result = single_traffic.result(), city_traffic.result()
    city_result["warm_up"] = {"answers": len(wards) + len(warm_checks.latencies), "errors": len(warm_checks.errors),
                              "foreign_overlay_answers": len(warm_checks.foreign),
                              "own_overlay_answers": warm_checks.own_overlay_answers}
    single_rss = max(single_result["rss_peak_mb_per_worker"])
    city_rss = max(city_result["rss_peak_mb_per_worker"])
    result = {
        "wards": counts, "overlays": options.overlays, "max_loaded_overlays": options.max_loaded, "city_workers": options.workers, "clients": options.clients,
        "requests_per_phase": options.requests, "rounds": options.rounds, "shared_index": {"chunks": report.chunks},
        "idle_rss_mb": {"single": idle_single, "city_per_worker": idle_city}, "chroma_server_rss_mb_at_end": chroma_rss,
        "first_question_ms": {"overlay_ward": summary(first["overlay"]), "plain_ward": summary(first["plain"])},
        "single": single_result, "city": city_result, "phases": phases,
        "city_over_single": {"rss_peak": ratio(city_rss, single_rss), "rss_idle": ratio(max(idle_city), idle_single),
                             "p50": ratio(city_result["p50_ms"], single_result["p50_ms"]),
                             "p95": ratio(city_result["p95_ms"], single_result["p95_ms"])},
        "target": TARGET,
    }
    verdicts(result)
    name = "city" + (f"-{options.workers}workers" if options.workers > 1 else "") + (
        f"-{options.overlays}overlays" if options.overlays != DEFAULT_OVERLAYS else "") + (
        f"-{options.max_loaded}loaded" if options.overlays > options.max_loaded else "")
    write_result(name, result)


def verdicts(result: dict) -> None:
    ratios, city, single = result["city_over_single"], result["city"], result["single"]
    checks = [
        (f"RSS: city worker peak {max(city['rss_peak_mb_per_worker']):.0f} MB vs single {max(single['rss_peak_mb_per_worker']):.0f} MB "
         f"(x{ratios['rss_peak']}, target <= x{TARGET['rss_ratio']})", ratios["rss_peak"] <= TARGET["rss_ratio"]),
        (f"p95: city {city['p95_ms']} ms vs single {single['p95_ms']} ms (x{ratios['p95']}, target <= x{TARGET['p95_ratio']})",
         ratios["p95"] <= TARGET["p95_ratio"]),
        (f"errors: city {city['errors']}, single {single['errors']} (target 0)", city["errors"] + single["errors"] == 0),
        (f"answers citing another ward's overlay: {city['foreign_overlay_answers']} of {city['n']} checked under load, "
         f"{city['warm_up']['foreign_overlay_answers']} of {city['warm_up']['answers']} in the warm-up "
         f"({city['own_overlay_answers']} + {city['warm_up']['own_overlay_answers']} cited their own overlay)",
         city["foreign_overlay_answers"] + city["warm_up"]["foreign_overlay_answers"] == 0 and not city["warm_up"]["errors"]),
    ]
    for text, ok in checks:
        print(f"{'meets' if ok else 'MISSES'}  {text}")


if __name__ == "__main__":
    main()
