"""Time to first streamed text of `POST /api/chat`, over HTTP, against `POST /api/ask` as the baseline.

    .venv/bin/python bench/ttft_bench.py                 # serves WARD_DATA_DIR's index in-process
    .venv/bin/python bench/ttft_bench.py --url http://127.0.0.1:8000

For each of ~50 distinct questions (the first ones with no history in evals/datasets/dev.jsonl) it
times, in the same run and default configuration:
- chat TTFT: from sending the request to the first `delta` event read from the stream;
- chat total: to the `done` event;
- ask total: the whole JSON answer of `/api/ask` (the non-streaming baseline).
The endpoints alternate per question so a slow moment of the machine hits both alike. Prints p50/p95
and writes bench/results/ttft.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "evals" / "datasets" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results" / "ttft.json"
WARMUP = ["Xin chào", "Phí chứng thực bản sao là bao nhiêu?"]


def questions(limit: int) -> list[str]:
    seen: list[str] = []
    for line in DATASET.read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else None
        if case and not case.get("history") and case["question"] not in seen:
            seen.append(case["question"])
        if len(seen) == limit:
            break
    return seen


def time_chat(client: httpx.Client, question: str) -> tuple[float, float, str]:
    """(seconds to the first delta, seconds to done, final status) for one streamed answer."""
    started = time.perf_counter()
    first = None
    status = ""
    event = ""
    with client.stream("POST", "/api/chat", json={"question": question}) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                if event == "delta" and first is None:
                    first = time.perf_counter() - started
                elif event == "done":
                    status = json.loads(line[5:])["status"]
    return first if first is not None else float("nan"), time.perf_counter() - started, status


def time_ask(client: httpx.Client, question: str) -> float:
    started = time.perf_counter()
    response = client.post("/api/ask", json={"question": question})
    response.raise_for_status()
    return time.perf_counter() - started


def summary(seconds: list[float]) -> dict:
    ms = sorted(s * 1000 for s in seconds if s == s)
    if not ms:
        return {"n": 0, "p50_ms": float("nan"), "p95_ms": float("nan")}
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95, 1),
            "mean_ms": round(statistics.fmean(ms), 1), "max_ms": round(ms[-1], 1)}


@contextmanager
def local_server():
    """The API over the index in WARD_DATA_DIR, default settings, a real uvicorn on a free port."""
    sys.path.insert(0, str(ROOT))
    from api.app import create_app
    from assistant.settings import get_settings
    from tests.api.live import live_server

    # The limit protects a public server; a benchmark client is one address asking 100+ times.
    settings = get_settings(rate_limit_per_minute=100_000)
    with live_server(create_app(settings)) as url:
        yield url


def main() -> None:
    parser = argparse.ArgumentParser(description="Time to first streamed text of /api/chat vs /api/ask.")
    parser.add_argument("--url", help="a running server; default: serve WARD_DATA_DIR in-process")
    parser.add_argument("-n", type=int, default=50, help="distinct questions")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()

    asked = questions(options.n)
    with (nullcontext(options.url.rstrip("/")) if options.url else local_server()) as url, \
            httpx.Client(base_url=url, timeout=120) as client:
        health = client.get("/healthz").json()
        for question in WARMUP:  # first use loads the model and builds per-index caches
            time_chat(client, question)
            time_ask(client, question)
        ttft, chat_total, ask_total, statuses = [], [], [], {}
        for i, question in enumerate(asked):
            if i % 2:
                ask_total.append(time_ask(client, question))
                first, total, status = time_chat(client, question)
            else:
                first, total, status = time_chat(client, question)
                ask_total.append(time_ask(client, question))
            ttft.append(first)
            chat_total.append(total)
            statuses[status] = statuses.get(status, 0) + 1

    result = {
        "benchmark": "ttft",
        "url": options.url or "in-process uvicorn",
        "index": health,
        "questions": len(asked),
        "statuses": statuses,
        "chat_ttft": summary(ttft),
        "chat_total": summary(chat_total),
        "ask_total": summary(ask_total),
        "target": {"chat_ttft_p95_ms": 300},
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    print(f"{len(asked)} questions against {result['url']} ({health.get('procedures')} procedures, {health.get('chunks')} chunks)")
    for name in ("chat_ttft", "chat_total", "ask_total"):
        s = result[name]
        print(f"  {name:<11} p50 {s['p50_ms']:>7.1f} ms   p95 {s['p95_ms']:>7.1f} ms   max {s.get('max_ms', float('nan')):>7.1f} ms")
    verdict = "meets" if result["chat_ttft"]["p95_ms"] <= 300 else "misses"
    print(f"  chat TTFT p95 {verdict} the 300 ms target; statuses {statuses}")
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()
