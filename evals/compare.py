"""`--compare PREVIOUS_DIR`: which cases regressed or were fixed, and how every metric moved.

Cases are matched by id, system by system; a case only in one run is listed as added or removed,
never counted as a regression, so a grown golden set does not look like a broken assistant.
"""
from __future__ import annotations

from pathlib import Path

from .folder import load_run
from .metrics import METRICS, NAN, is_nan


def _delta(now, before) -> float:
    if is_nan(now) or is_nan(before):
        return NAN
    return float(now) - float(before)


def compare_runs(results_by_system: dict[str, list[dict]], summaries: dict[str, dict], previous: Path) -> dict:
    """The comparison of this run (per-case results and summaries per system) with a previous folder."""
    before = load_run(previous)
    systems = {}
    for system, results in results_by_system.items():
        old_results = before["results"].get(system)
        if old_results is None:
            continue
        old = {r["id"]: r for r in old_results}
        new = {r["id"]: r for r in results}
        shared = [i for i in new if i in old]
        old_summary = (before["summary"].get("systems", {}).get(system) or {})
        now_summary = summaries[system]
        tags = sorted(set(now_summary["by_tag"]) | set(old_summary.get("by_tag", {})))
        systems[system] = {
            "regressed": [_case(new[i], old[i]) for i in shared if old[i]["passed"] and not new[i]["passed"]],
            "fixed": [_case(new[i], old[i]) for i in shared if not old[i]["passed"] and new[i]["passed"]],
            "added": [i for i in new if i not in old],
            "removed": [i for i in old if i not in new],
            "deltas": {m: {"before": old_summary.get("overall", {}).get(m, NAN),
                           "now": now_summary["overall"].get(m, NAN),
                           "delta": _delta(now_summary["overall"].get(m), old_summary.get("overall", {}).get(m))}
                       for m in METRICS},
            "pass_rate_by_tag": {t: {"before": old_summary.get("by_tag", {}).get(t, {}).get("pass_rate", NAN),
                                     "now": now_summary["by_tag"].get(t, {}).get("pass_rate", NAN),
                                     "delta": _delta(now_summary["by_tag"].get(t, {}).get("pass_rate"),
                                                     old_summary.get("by_tag", {}).get(t, {}).get("pass_rate"))}
                                 for t in tags},
        }
    return {"previous": str(previous), "previous_commit": before["config"].get("git_commit"), "systems": systems}


def _case(now: dict, before: dict) -> dict:
    return {"id": now["id"], "question": now["question"], "status_before": before.get("status"),
            "status_now": now.get("status"), "answer_now": now.get("answer", "")[:600]}
