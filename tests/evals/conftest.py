"""Fixtures for the evaluator tests: one full evaluation run (all four systems) on the small index.

The run is session-wide because the naive baseline embeds the small corpus's long chunks once; every
test that only reads a results folder shares it and must not write to it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden" / "small.jsonl"


@pytest.fixture(scope="session")
def small_golden() -> Path:
    return GOLDEN


@pytest.fixture(scope="session")
def small_run(small_index, embedder, tmp_path_factory):
    """(settings, EvalRun) of `small.jsonl` through every system, with a gate it fails (0.95)."""
    from evals.run import run_eval

    settings, _ = small_index
    out = tmp_path_factory.mktemp("small-run") / "run"
    run = run_eval(settings, GOLDEN, out, embedder=embedder, fail_under=["0.95", "fee=0.5"])
    return settings, run
