"""Generate: ask every system every case, and keep what came back. Scoring is a separate step
(:mod:`evals.metrics`), so a run's outputs can be re-scored without asking again."""
from __future__ import annotations

import inspect
import logging
import time
from dataclasses import dataclass, field
from typing import Callable

from assistant.answer import Answer

from .golden import Case

log = logging.getLogger("ward.evals")


@dataclass
class Generated:
    """One system's answer to one case, with the retrieved procedures named by title."""
    case: Case
    answer: Answer
    retrieved_titles: list[str] = field(default_factory=list)
    latency_ms: float = 0.0


def generate(system, cases: list[Case], progress: Callable[[str, int, int], None] | None = None) -> list[Generated]:
    """Answer every case with one system. A crash on one case becomes an `error` answer for that
    case (the run goes on, and the report shows it) rather than losing the whole run."""
    rows: list[Generated] = []
    prepare = getattr(system, "prepare", None)
    if prepare is not None:
        # A long preparation (the naive baseline's first run embeds the corpus: minutes) says how far.
        prepare(progress) if "progress" in inspect.signature(prepare).parameters else prepare()
    for number, case in enumerate(cases, 1):
        started = time.perf_counter()
        try:
            answer = system.ask(case.question, case.history)
            titles = system.titles(answer)
        except Exception as exc:  # a system bug is a finding of the evaluation, not a reason to stop
            log.exception("%s failed on %s", system.name, case.id)
            answer = Answer(status="error", answer="", reason=f"error_exception_{type(exc).__name__}: {exc}")
            titles = []
        rows.append(Generated(case, answer, titles, (time.perf_counter() - started) * 1000))
        if progress:
            progress(system.name, number, len(cases))
    return rows
