"""The test gate: the golden questions (the shipped set and the ward's own) asked of the live index
and of the draft; every answer that changed is shown before and after, with its citations.

A *regression* is a case that passes on the live index and fails on the draft. Any regression blocks
publishing unless an approver overrides it with a reason (see routes.py). A run is tied to the
draft's fingerprint: change the draft and the gate must run again.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .db import console_db_path, open_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS gate_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL, by TEXT, fingerprint TEXT,
    total INTEGER, regressions INTEGER, result TEXT);
"""


@dataclass
class Side:
    status: str
    answer: str
    citations: list[dict]
    passed: bool


@dataclass
class CaseChange:
    id: str
    question: str
    before: Side
    after: Side

    @property
    def regression(self) -> bool:
        return self.before.passed and not self.after.passed

    @property
    def fixed(self) -> bool:
        return self.after.passed and not self.before.passed


@dataclass
class GateRun:
    id: int
    at: float
    by: str
    fingerprint: str
    total: int
    changes: list[CaseChange] = field(default_factory=list)

    @property
    def regressions(self) -> list[CaseChange]:
        return [c for c in self.changes if c.regression]

    @property
    def blocked(self) -> bool:
        return bool(self.regressions)


def load_cases(paths: list[Path]) -> list[dict]:
    """Golden cases (docs/contracts.md format) from JSONL files; missing files are skipped (the ward's own
    set exists only once staff add to it)."""
    cases = []
    for path in paths:
        if path.exists():
            cases += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return cases


def _side(answer, case: dict, passes: Callable) -> Side:
    citations = [{"title": c.title, "section": c.section, "url": c.url or ""} for c in answer.citations]
    return Side(answer.status, answer.answer, citations, bool(passes(case, answer)))


class Gate:
    def __init__(self, path: Path, passes: Callable[[dict, object], bool]) -> None:
        self._db = open_db(path, SCHEMA)
        self._lock = threading.Lock()
        self.passes = passes
        # Live answers do not change while the live version does not: asked once per version.
        self._live_answers: dict[tuple[str, str], Side] = {}

    @classmethod
    def for_data_dir(cls, data_dir: Path, passes) -> "Gate":
        return cls(console_db_path(data_dir), passes)

    def run(self, cases: list[dict], live, draft, fingerprint: str, by: str,
            progress: Callable[[int, int], None] | None = None) -> GateRun:
        """Ask every case of both assistants; keep the cases whose answer or verdict changed.
        `progress(done, total)` is told after each case."""
        version = live.index.current().version
        if any(key[0] != version for key in self._live_answers):
            self._live_answers.clear()  # only the live version's answers are worth keeping
        changes = []
        for done, case in enumerate(cases, 1):
            history = case.get("history") or []
            key = (version, json.dumps(case, sort_keys=True, ensure_ascii=False))
            before = self._live_answers.get(key)
            if before is None:
                before = self._live_answers[key] = _side(live.ask(case["question"], history), case, self.passes)
            after = _side(draft.ask(case["question"], history), case, self.passes)
            if (before.answer, before.status, before.passed) != (after.answer, after.status, after.passed):
                changes.append(CaseChange(case.get("id", ""), case["question"], before, after))
            if progress is not None:
                progress(done, len(cases))
        run = GateRun(0, time.time(), by, fingerprint, len(cases), changes)
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO gate_runs (at, by, fingerprint, total, regressions, result) VALUES (?, ?, ?, ?, ?, ?)",
                (run.at, by, fingerprint, run.total, len(run.regressions),
                 json.dumps([asdict(c) for c in changes], ensure_ascii=False)))
            self._db.commit()
        run.id = int(cursor.lastrowid)
        return run

    def latest(self) -> GateRun | None:
        with self._lock:
            row = self._db.execute("SELECT id, at, by, fingerprint, total, result FROM gate_runs "
                                   "ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        changes = [CaseChange(c["id"], c["question"], Side(**c["before"]), Side(**c["after"]))
                   for c in json.loads(row[5])]
        return GateRun(row[0], row[1], row[2], row[3], row[4], changes)


@dataclass
class GateJob:
    """A gate run in progress, shown on the gate's page while it asks its questions (a few hundred
    questions, twice, take tens of seconds: staff see how far it is instead of a hanging page)."""
    by: str
    started: float
    done: int = 0
    total: int = 0
    error: str = ""
    finished: bool = False
    thread: threading.Thread | None = field(default=None, repr=False)


class GateRunner:
    """At most one gate run at a time, in a thread of its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.job: GateJob | None = None

    def running(self) -> GateJob | None:
        job = self.job
        return job if job is not None and not job.finished else None

    def start(self, by: str, work: Callable[[Callable[[int, int], None]], None]) -> GateJob | None:
        """Run `work(progress)` in the background; None when a run is already going."""
        with self._lock:
            if self.running() is not None:
                return None
            job = self.job = GateJob(by, time.time())
        thread = threading.Thread(target=self._run, args=(job, work), name="console-gate", daemon=True)
        thread.start()
        job.thread = thread
        return job

    @staticmethod
    def _run(job: GateJob, work) -> None:
        def progress(done: int, total: int) -> None:
            job.done, job.total = done, total

        try:
            work(progress)
        except Exception as exc:  # shown on the gate's page; the draft and the live index are untouched
            job.error = f"{type(exc).__name__}: {exc}"[:300]
        finally:
            job.finished = True
