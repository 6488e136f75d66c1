"""`--fail-under`: the release gate. `0.9` bounds the overall pass rate; `fee=0.85` a tag's.

Thresholds apply to the primary system (the assistant). A tag with no cases fails the gate: a
threshold that measures nothing is a misconfigured gate, and silence would hide it.
"""
from __future__ import annotations

from .metrics import is_nan


def parse_thresholds(values: list[str] | None) -> dict[str, float]:
    """["0.9", "fee=0.85,time=0.8"] -> {"": 0.9, "fee": 0.85, "time": 0.8} ("" is overall)."""
    thresholds: dict[str, float] = {}
    for value in values or []:
        for part in str(value).split(","):
            part = part.strip()
            if not part:
                continue
            tag, _, number = part.rpartition("=")
            try:
                threshold = float(number)
            except ValueError:
                raise ValueError(f"--fail-under {part!r}: expected a rate such as 0.9 or tag=0.85") from None
            if threshold > 1 and threshold <= 100:
                threshold /= 100  # "90" means 90%
            if not 0 <= threshold <= 1:
                raise ValueError(f"--fail-under {part!r}: a pass rate is between 0 and 1")
            thresholds[tag.strip()] = threshold
    return thresholds


def check(summary: dict, thresholds: dict[str, float]) -> list[str]:
    """The gate's failures as sentences; empty when the run may be released."""
    failures = []
    for tag, threshold in thresholds.items():
        scope = summary["overall"] if not tag else summary["by_tag"].get(tag)
        label = "overall" if not tag else f"tag {tag!r}"
        if scope is None or scope["cases"] == 0:
            failures.append(f"{label}: no cases carry this tag, so the gate cannot check it")
            continue
        rate = scope["pass_rate"]
        if is_nan(rate) or rate < threshold:
            failures.append(f"{label}: pass rate {rate:.1%} ({scope['passed']}/{scope['cases']}) is below {threshold:.1%}")
    return failures
