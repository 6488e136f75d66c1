"""Servers started as processes by the tests (`chroma run`, `ward-assistant serve`): readiness and stopping."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx


def log_tail(log: Path, chars: int = 4000) -> str:
    text = log.read_text(errors="replace") if log.exists() else "(no log)"
    return f"--- {log.name} (tail) ---\n{text[-chars:]}"


def wait_until_ready(ready, process: subprocess.Popen, log: Path, what: str, timeout: float) -> None:
    """Poll `ready()` until it is true; fail with the server's log if it exits or time runs out."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, f"{what} exited with {process.returncode}\n{log_tail(log)}"
        assert time.monotonic() < deadline, f"{what} was not ready after {timeout:.0f} s\n{log_tail(log)}"
        time.sleep(0.3)


def answers_200(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def stop_process(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it has not stopped within 20 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
