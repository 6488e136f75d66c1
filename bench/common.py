"""What every benchmark shares: the questions, percentiles, process memory, servers, result files.

Benchmarks run as scripts (`.venv/bin/python bench/<name>.py`); this module puts the repository on
`sys.path` so they import the project the way its own code does.
"""
from __future__ import annotations

import json
import math
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATASET = ROOT / "evals" / "datasets" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results"


def dev_cases(path: Path = DATASET) -> list[dict]:
    """The golden cases, in file order (follow-ups keep their history)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def distinct_questions(limit: int | None = None, path: Path = DATASET) -> list[str]:
    """First-turn questions of the golden set, each once: what independent users would ask."""
    seen = list(dict.fromkeys(c["question"] for c in dev_cases(path) if not c.get("history")))
    return seen[:limit] if limit else seen


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (no interpolation: a real observed value)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def summary(milliseconds: list[float]) -> dict:
    """n, p50, p95, p99, mean and max of latencies in milliseconds (NaN samples dropped)."""
    ms = sorted(v for v in milliseconds if v == v)
    if not ms:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "p99_ms": None, "mean_ms": None, "max_ms": None}
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "max_ms": round(ms[-1], 1),
    }


def ratio(ours: float | None, baseline: float | None) -> float | None:
    """ours / baseline, the drift-proof figure: both are measured in the same run."""
    if not ours or not baseline:
        return None
    return round(ours / baseline, 2)


def machine() -> dict:
    load1, load5, _ = os.getloadavg()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_1m_5m_at_end": [round(load1, 2), round(load5, 2)],
    }


def rss_mb(pid: int, with_children: bool = True) -> float:
    """Resident memory of a process (and, by default, its descendants) in MB, from /proc."""
    total = 0
    pids = [pid, *(_descendants(pid) if with_children else [])]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            continue
    return round(total / 1024, 1)


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return found
    for child in map(int, children):
        found.append(child)
        found.extend(_descendants(child))
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server_process(command: list[str], ready_url: str, env: dict | None = None, timeout: float = 180) -> Iterator[subprocess.Popen]:
    """Run a server as its own process until `ready_url` answers 200; stop it afterwards."""
    from tests.processes import answers_200, stop_process  # the tests start their servers the same way

    log = open(RESULTS / f".{Path(command[0]).name}-{os.getpid()}.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}; see {log.name}")
            if answers_200(ready_url):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{ready_url} not ready after {timeout:.0f} s; see {log.name}")
            time.sleep(0.2)
        yield process
    finally:
        stop_process(process)
        log.close()
        Path(log.name).unlink(missing_ok=True)


def write_result(name: str, result: dict, out: Path | None = None) -> Path:
    path = out or RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    result = {"benchmark": name, **result, "machine": machine(), "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def run_clients(client: Callable[[], None], clients: int, sample: Callable[[threading.Event], None]) -> float:
    """Run `clients` threads of `client` while `sample(done)` samples beside them until they are all
    done; the wall time in seconds."""
    done = threading.Event()
    sampler = threading.Thread(target=sample, args=(done,), daemon=True)
    sampler.start()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    return wall
