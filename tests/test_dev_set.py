"""Release gates over the full shipped corpus: the development set, and the set of real citizens'
questions (`real.jsonl`), whose test half no one tunes on.

The corpus ships an embedding seed (corpus/.embeddings), so building this index embeds little.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.dataset import read_cases, split_of
from tests.goldens import rate, run_cases

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "evals" / "datasets"


def test_full_corpus_ingests_cleanly(full_index):
    _, report = full_index
    assert not report.failed


def test_dev_set_passes_the_release_bar(full_assistant):
    cases = read_cases(DATASETS / "dev.jsonl")
    verdicts = run_cases(full_assistant, cases)
    overall = rate(verdicts, [c.id for c in cases])
    assert overall >= 0.95, f"pass rate {overall:.1%}; failing: {[k for k, v in verdicts.items() if not v]}"
    for tag in {t for c in cases for t in c.tags}:
        assert rate(verdicts, [c.id for c in cases if tag in c.tags]) >= 0.85, tag
    assert all(verdicts[c.id] for c in cases if c.expect.refuse), "every out-of-scope case must be refused"


# Floors for the real-question set, below the figures reported in evals/datasets/README.md: a
# change that drops under them is a regression.
REAL_FLOORS = {"tune": 0.84, "test": 0.63}


@pytest.mark.parametrize("half", sorted(REAL_FLOORS))
def test_real_questions_hold_their_floor(full_assistant, half):
    cases = [c for c in read_cases(DATASETS / "real.jsonl") if half in c.tags]
    verdicts = run_cases(full_assistant, cases)
    assert rate(verdicts, list(verdicts)) >= REAL_FLOORS[half], sorted(k for k, v in verdicts.items() if not v)


def test_real_set_halves_follow_the_fixed_rule():
    # The split is decided by each case's id alone (evals.dataset.split_of); nobody moves a case.
    for case in read_cases(DATASETS / "real.jsonl"):
        assert [t for t in case.tags if t in {"tune", "test"}] == [split_of(case.id)], case.id
