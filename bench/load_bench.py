"""HTTP under bounded loopback load: requests/s, p95 and errors at 1/4/8/16 concurrent clients, and
the server's memory, against the naive LangChain baseline served the same way in the same run.

    .venv/bin/python bench/load_bench.py                    # `ward-assistant serve`, 1 worker, WARD_DATA_DIR's index
    .venv/bin/python bench/load_bench.py --workers 2        # uvicorn --workers 2 (embedding threads shared)
    .venv/bin/python bench/load_bench.py --levels 8 --requests 400

Both servers run as their own processes: ours is the real `ward-assistant serve`; the baseline is
`bench/naive_app.py` (embed, Chroma top 4, concatenate) behind the same `POST /api/ask`. At each
level, C client threads each send one distinct golden-set question at a time (closed loop) until
`--requests` answers came back (the first `--requests` distinct questions, the same at every level);
ours and the baseline alternate level by level so a slow moment of the machine hits both. The per-client rate limit is lifted (every request comes from 127.0.0.1).
Server RSS (the process and its workers) is sampled every 0.2 s. Writes bench/results/load.json.
Targets at 8 clients: >= 30 requests/s, p95 <= 400 ms, no errors; RSS <= 600 MB.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

import httpx
from common import distinct_questions, free_port, ratio, rss_mb, run_clients, server_process, summary, write_result

TARGET = {"rps_at_8": 30, "p95_ms_at_8": 400, "rss_mb": 600}
BIN = Path(sys.executable).parent
UNLIMITED = {"WARD_RATE_LIMIT_PER_MINUTE": "1000000"}


def run_level(url: str, questions: list[str], clients: int, requests: int, pid: int) -> dict:
    """Closed-loop load: `clients` threads share a queue of `requests` questions."""
    latencies: list[float] = []
    errors: list[str] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    next_index = iter(range(requests))
    peak_rss = [rss_mb(pid)]

    def sample_memory(done: threading.Event) -> None:
        while not done.wait(0.2):
            peak_rss.append(rss_mb(pid))

    def client() -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            while True:
                with lock:
                    i = next(next_index, None)
                if i is None:
                    return
                question = questions[i % len(questions)]
                started = time.perf_counter()
                try:
                    response = http.post("/api/ask", json={"question": question})
                    ms = (time.perf_counter() - started) * 1000
                    with lock:
                        if response.status_code == 200:
                            latencies.append(ms)
                            status = response.json().get("status", "?")
                            statuses[status] = statuses.get(status, 0) + 1
                        else:
                            errors.append(f"HTTP {response.status_code}")
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(type(exc).__name__)

    wall = run_clients(client, clients, sample_memory)
    return {
        "clients": clients,
        "requests": requests,
        "wall_s": round(wall, 2),
        "rps": round(len(latencies) / wall, 1),
        **summary(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "statuses": statuses,
        "rss_peak_mb": max(peak_rss),
    }


def warm_up(url: str, questions: list[str]) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        for question in questions[:3]:
            http.post("/api/ask", json={"question": question}).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description="HTTP load: ours vs the naive baseline.")
    parser.add_argument("--levels", default="1,4,8,16", help="concurrent clients, comma-separated")
    parser.add_argument("--requests", type=int, default=160, help="answers per level and server")
    parser.add_argument("--workers", type=int, default=1, help="API worker processes of our server")
    parser.add_argument("--no-baseline", action="store_true", help="only our server")
    options = parser.parse_args()
    levels = [int(x) for x in options.levels.split(",") if x.strip()]
    questions = distinct_questions()

    ours_port, naive_port = free_port(), free_port()
    ours_cmd = [str(BIN / "ward-assistant"), "serve", "--port", str(ours_port), "--workers", str(options.workers)]
    naive_cmd = [sys.executable, "-m", "uvicorn", "--factory", "bench.naive_app:create_app", "--port", str(naive_port),
                 "--log-level", "warning"]
    ours_url, naive_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{naive_port}"
    rows: dict[str, list[dict]] = {"assistant": [], "naive_langchain": []}
    with server_process(ours_cmd, f"{ours_url}/healthz", env=UNLIMITED) as ours:
        index = httpx.get(f"{ours_url}/healthz").json()
        warm_up(ours_url, questions)
        idle_rss = rss_mb(ours.pid)
        naive_ctx = server_process(naive_cmd, f"{naive_url}/healthz") if not options.no_baseline else None
        naive = naive_ctx.__enter__() if naive_ctx else None
        try:
            if naive:
                warm_up(naive_url, questions)
            for clients in levels:  # the same questions at every level, so the levels compare like for like
                rows["assistant"].append(run_level(ours_url, questions, clients, options.requests, ours.pid))
                if naive:
                    rows["naive_langchain"].append(run_level(naive_url, questions, clients, options.requests, naive.pid))
                print_row(rows, -1)
        finally:
            if naive_ctx:
                naive_ctx.__exit__(None, None, None)

    comparison = [
        {"clients": a["clients"], "rps_ratio": ratio(a["rps"], b["rps"]), "p50_ratio": ratio(a["p50_ms"], b["p50_ms"]),
         "p95_ratio": ratio(a["p95_ms"], b["p95_ms"])}
        for a, b in zip(rows["assistant"], rows["naive_langchain"])
    ]
    result = {"workers": options.workers, "index": index, "questions": len(questions), "idle_rss_mb": idle_rss,
              **rows, "ours_over_naive": comparison, "target": TARGET}
    verdicts(result)
    write_result("load" if options.workers == 1 else f"load-{options.workers}workers", result)


def print_row(rows: dict, i: int) -> None:
    a = rows["assistant"][i]
    line = (f"{a['clients']:>3} clients  ours {a['rps']:>6.1f} req/s  p50 {a['p50_ms']:>6.1f}  p95 {a['p95_ms']:>6.1f} ms"
            f"  errors {a['errors']}  RSS {a['rss_peak_mb']:.0f} MB")
    if rows["naive_langchain"]:
        b = rows["naive_langchain"][i]
        line += (f"  |  naive {b['rps']:>6.1f} req/s  p50 {b['p50_ms']:>6.1f}  p95 {b['p95_ms']:>6.1f} ms  RSS {b['rss_peak_mb']:.0f} MB"
                 f"  |  ours/naive req/s x{ratio(a['rps'], b['rps'])}")
    print(line, flush=True)


def verdicts(result: dict) -> None:
    at8 = next((r for r in result["assistant"] if r["clients"] == 8), None)
    peak = max(r["rss_peak_mb"] for r in result["assistant"])
    if at8:
        ok = at8["rps"] >= TARGET["rps_at_8"] and at8["p95_ms"] <= TARGET["p95_ms_at_8"] and not at8["errors"]
        print(f"at 8 clients: {at8['rps']} req/s, p95 {at8['p95_ms']} ms, {at8['errors']} errors: "
              f"{'meets' if ok else 'misses'} the target (>= 30 req/s, p95 <= 400 ms, no errors)")
    print(f"server RSS peak {peak:.0f} MB (idle {result['idle_rss_mb']:.0f} MB): "
          f"{'meets' if peak <= TARGET['rss_mb'] else 'misses'} the 600 MB target")


if __name__ == "__main__":
    main()
