"""Time to first streamed text of `POST /api/chat`, over HTTP, against `POST /api/ask` and the naive
LangChain baseline in the same run.

    .venv/bin/python bench/ttft_bench.py                 # serves WARD_DATA_DIR's index in-process
    .venv/bin/python bench/ttft_bench.py --url http://127.0.0.1:8000

For each of ~50 distinct questions (the first ones with no history in evals/datasets/dev.jsonl) it
times, in the same run and default configuration:
- chat TTFT: from sending the request to the first `delta` event read from the stream;
- chat total: to the `done` event;
- ask total: the whole JSON answer of `/api/ask` (the non-streaming answer);
- naive total: the naive pipeline (bench/naive_app.py) behind the same `/api/ask`: it streams
  nothing, so its whole answer is its time to first text.
The three alternate per question so a slow moment of the machine hits all alike. Prints
p50/p95/p99 and writes bench/results/ttft.json. Target: chat TTFT p95 <= 300 ms.
"""
from __future__ import annotations

import argparse
import json
import time
from contextlib import contextmanager, nullcontext

import httpx
from common import distinct_questions, ratio, summary, write_result

WARMUP = ["Xin chào", "Phí chứng thực bản sao là bao nhiêu?"]
TARGET_P95_MS = 300


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


@contextmanager
def local_server():
    """The API over the index in WARD_DATA_DIR, default settings, a real uvicorn on a free port."""
    from api.app import create_app
    from assistant.settings import get_settings
    from tests.api.live import live_server

    # The limit protects a public server; a benchmark client is one address asking 100+ times.
    settings = get_settings(rate_limit_per_minute=100_000)
    with live_server(create_app(settings)) as url:
        yield url


def main() -> None:
    parser = argparse.ArgumentParser(description="Time to first streamed text of /api/chat vs /api/ask and the naive baseline.")
    parser.add_argument("--url", help="a running server; default: serve WARD_DATA_DIR in-process")
    parser.add_argument("-n", type=int, default=50, help="distinct questions")
    options = parser.parse_args()

    asked = distinct_questions(options.n)
    with (nullcontext(options.url.rstrip("/")) if options.url else local_server()) as url, \
            naive_server() as naive_url, \
            httpx.Client(base_url=url, timeout=120) as client, httpx.Client(base_url=naive_url, timeout=120) as naive:
        health = client.get("/healthz").json()
        for question in WARMUP:  # first use loads the model and builds per-index caches
            time_chat(client, question)
            time_ask(client, question)
            time_ask(naive, question)
        ttft, chat_total, ask_total, naive_total, statuses = [], [], [], [], {}

        def chat(question: str) -> None:
            first, total, status = time_chat(client, question)
            ttft.append(first)
            chat_total.append(total)
            statuses[status] = statuses.get(status, 0) + 1

        steps = [chat, lambda q: ask_total.append(time_ask(client, q)), lambda q: naive_total.append(time_ask(naive, q))]
        for i, question in enumerate(asked):
            for step in steps[i % 3:] + steps[: i % 3]:
                step(question)

    ms = lambda seconds: [s * 1000 for s in seconds]  # noqa: E731
    result = {
        "url": options.url or "in-process uvicorn",
        "index": health,
        "questions": len(asked),
        "statuses": statuses,
        "chat_ttft": summary(ms(ttft)),
        "chat_total": summary(ms(chat_total)),
        "ask_total": summary(ms(ask_total)),
        "naive_total": summary(ms(naive_total)),
        "target": {"chat_ttft_p95_ms": TARGET_P95_MS},
    }
    result["ttft_over_naive_p95"] = ratio(result["chat_ttft"]["p95_ms"], result["naive_total"]["p95_ms"])
    print(f"{len(asked)} questions against {result['url']} ({health.get('procedures')} procedures, {health.get('chunks')} chunks)")
    for name in ("chat_ttft", "chat_total", "ask_total", "naive_total"):
        s = result[name]
        print(f"  {name:<11} p50 {s['p50_ms']:>7.1f} ms   p95 {s['p95_ms']:>7.1f} ms   p99 {s['p99_ms']:>7.1f} ms")
    verdict = "meets" if result["chat_ttft"]["p95_ms"] <= TARGET_P95_MS else "misses"
    print(f"  chat TTFT p95 {verdict} the {TARGET_P95_MS} ms target; x{result['ttft_over_naive_p95']} the naive "
          f"baseline's p95; statuses {statuses}")
    write_result("ttft", result)


@contextmanager
def naive_server():
    """The naive baseline's app, served the same way as ours (in-process uvicorn)."""
    from bench.naive_app import create_app
    from tests.api.live import live_server

    with live_server(create_app()) as url:
        yield url


if __name__ == "__main__":
    main()
