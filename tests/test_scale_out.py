"""Scale-out for real: one `chroma run` server, two `ward-assistant serve` instances as OS processes
(one with `--workers 2`), each configured only through `WARD_*` variables as a deployment would be.

Both instances answer from the shared index, and a refresh uploaded to one instance's admin route is
seen by the other instance's workers, which notice the moved pointer on their own.

The small corpus copy carries the shipped embedding seed (corpus/.embeddings), as `make run` does on a
fresh clone, so the session's embedding cache already holds the vectors of every corpus passage.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from ingest.run import ingest
from tests.processes import answers_200, log_tail, stop_process, wait_until_ready

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
WARD_ASSISTANT = Path(sys.executable).parent / "ward-assistant"
ADMIN_TOKEN = "scale-out-admin-token"

FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
# A procedure that is not in the small corpus: it reaches the index only through the refresh.
NEW_DOCUMENT = CORPUS / "procedures/ho-tich/dang-ky-khai-tu.md"
NEW_PROCEDURE = "dang-ky-khai-tu"
NEW_QUESTION = "Đăng ký khai tử cần giấy tờ gì?"


def _serve(port: int, workers: int, env: dict, cwd: Path, log: Path) -> subprocess.Popen:
    """`ward-assistant serve` as users run it, in a session of its own so that its workers can be reaped."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(WARD_ASSISTANT), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
            env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM to the server (uvicorn stops its workers), then SIGKILL to whatever is left of its group."""
    stop_process(process)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the group this test created: stray workers only
    except (ProcessLookupError, PermissionError):
        pass


def _worker_pids(log: Path) -> set[int]:
    return {int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", log.read_text(errors="replace"))}


def _wait_ready(url: str, process: subprocess.Popen, workers: int, log: Path, timeout: float = 120) -> None:
    """Until every worker has started and the index answers /healthz."""
    def ready() -> bool:
        started = log.read_text(errors="replace").count("Application startup complete.")
        return started >= workers and answers_200(f"{url}/healthz")

    wait_until_ready(ready, process, log, f"serve with {workers} workers at {url}", timeout)


def _ask(url: str, question: str) -> dict:
    """One question on a fresh connection, so that either worker may take it; HTTP failures as a status."""
    try:
        response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=120)
    except httpx.HTTPError as exc:
        return {"status": "http error", "answer": repr(exc)}
    if response.status_code != 200:
        return {"status": f"http {response.status_code}", "answer": response.text}
    return response.json()


def _ask_many(url: str, question: str, n: int, concurrency: int = 4) -> list[dict]:
    with ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(lambda _: _ask(url, question), range(n)))


def _fee_answered(answer: dict) -> bool:
    return answer["status"] == "answered" and "10.000" in answer["answer"]


def _cites_new_procedure(answer: dict) -> bool:
    return (answer["status"] == "answered"
            and (answer.get("procedure") or {}).get("id") == NEW_PROCEDURE
            and any(c["source"].endswith(NEW_DOCUMENT.name) for c in answer["citations"]))


def _brief(answer: dict) -> str:
    sources = [c["source"] for c in answer.get("citations", [])]
    return f"{answer.get('status')} {answer.get('reason')!r} procedure={(answer.get('procedure') or {}).get('id')} " \
           f"sources={sources} answer={answer.get('answer', '')[:200]!r}"


def test_two_serve_instances_share_a_chroma_server_and_see_each_others_refresh(
        tmp_path, make_settings, embedder, embedding_cache, small_corpus_copy, chroma_server, free_port):
    assert NEW_DOCUMENT.exists(), NEW_DOCUMENT
    corpus = small_corpus_copy(tmp_path / "corpus")
    assert not (corpus / NEW_DOCUMENT.relative_to(CORPUS)).exists(), "the new document must not be in the small corpus"
    shutil.copytree(CORPUS / ".embeddings", corpus / ".embeddings")
    report = ingest(make_settings(chroma_url=chroma_server), [corpus], embedder=embedder)
    assert not report.failed, report.summary()

    base_env = {k: v for k, v in os.environ.items() if not k.startswith("WARD_")}
    base_env.update({
        "WARD_CHROMA_URL": chroma_server,
        "WARD_CORPUS_DIR": str(corpus),
        "WARD_EMBEDDING_CACHE": str(embedding_cache),
        "WARD_ADMIN_TOKEN": ADMIN_TOKEN,
        "WARD_RATE_LIMIT_PER_MINUTE": "100000",
    })
    instances = {}

    def logs() -> str:
        return "\n".join(log_tail(i["log"]) for i in instances.values()) + "\n" + log_tail(tmp_path / "chroma.log", 1500)

    try:
        # Two instances as on two hosts: nothing in common but the Chroma server (and the embedding cache).
        for name, workers in (("a", 2), ("b", 1)):
            home = tmp_path / f"instance-{name}"
            home.mkdir()
            env = dict(base_env, WARD_DATA_DIR=str(home / "data"))
            port = free_port()
            log = tmp_path / f"serve-{name}.log"
            instances[name] = {"url": f"http://127.0.0.1:{port}", "workers": workers, "log": log,
                               "process": _serve(port, workers, env, home, log)}
        a, b = instances["a"], instances["b"]
        for instance in instances.values():
            _wait_ready(instance["url"], instance["process"], instance["workers"], instance["log"])
        assert len(_worker_pids(a["log"])) == 2, f"--workers 2 did not start two worker processes\n{logs()}"

        # (a) the two-worker instance answers, on fresh connections spread over its workers.
        answers = _ask_many(a["url"], FEE_QUESTION, 12)
        bad = [_brief(x) for x in answers if not _fee_answered(x)]
        assert not bad, f"instance a: {bad}\n{logs()}"

        # (b) a separate instance on the same Chroma server answers too.
        answers = _ask_many(b["url"], FEE_QUESTION, 3, concurrency=1)
        bad = [_brief(x) for x in answers if not _fee_answered(x)]
        assert not bad, f"instance b: {bad}\n{logs()}"
        before = _ask(b["url"], NEW_QUESTION)
        assert not _cites_new_procedure(before), f"indexed before the refresh: {_brief(before)}"

        # (c) a refresh uploaded to instance a's admin route ...
        response = httpx.post(
            f"{a['url']}/api/admin/ingest", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
            files=[("files", (NEW_DOCUMENT.name, NEW_DOCUMENT.read_bytes(), "text/markdown"))], timeout=120,
        )
        assert response.status_code == 200, f"{response.status_code} {response.text}\n{logs()}"
        refresh = response.json()
        created = [c["procedure_id"] for c in refresh["changes"] if c["action"] == "created"]
        deleted = [c["procedure_id"] for c in refresh["changes"] if c["action"] == "deleted"]
        assert not refresh["failed"] and created == [NEW_PROCEDURE] and not deleted, f"{refresh}\n{logs()}"

        # ... is seen by instance b, whose worker polls the pointer in the Chroma server on its own,
        deadline = time.monotonic() + 60
        while not _cites_new_procedure(seen := _ask(b["url"], NEW_QUESTION)):
            assert time.monotonic() < deadline, f"instance b never saw the refresh: {_brief(seen)}\n{logs()}"
            time.sleep(0.5)
        # ... and by instance a's workers (the one that did not refresh polls on its own too): a whole
        # burst on fresh connections, spread over both, answers from the new version.
        deadline = time.monotonic() + 60
        while True:
            burst = _ask_many(a["url"], NEW_QUESTION, 8)
            if all(_cites_new_procedure(x) for x in burst):
                break
            assert time.monotonic() < deadline, f"instance a: {[_brief(x) for x in burst]}\n{logs()}"
            time.sleep(0.5)
        # The refresh added a document and removed none: the old answers still hold everywhere.
        for instance in (a, b):
            answer = _ask(instance["url"], FEE_QUESTION)
            assert _fee_answered(answer), f"{instance['url']}: {_brief(answer)}\n{logs()}"
        for instance in instances.values():
            assert instance["process"].poll() is None, f"serve exited\n{logs()}"
            assert not re.search(r"Child process \[\d+\] died", instance["log"].read_text(errors="replace")), \
                f"a worker died\n{logs()}"
    finally:
        for instance in instances.values():
            _stop(instance["process"])
