"""The results folder: its layout in one place, for the runner, `--compare` and the notebooks.

    results.jsonl            one line per case for the primary system (the assistant when it ran)
    results-<system>.jsonl   the same for every other system (baselines)
    summary.json             aggregates per system, overall and per tag; judge status; comparison
    config.json              settings, embedder, index version, git commit, dataset hash, systems
    report.md, report.html   the reports
"""
from __future__ import annotations

import json
from pathlib import Path

from .golden import dump
from .metrics import jsonable


def results_name(system: str, primary: str) -> str:
    return "results.jsonl" if system == primary else f"results-{system}.jsonl"


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(jsonable(obj), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_results(out: Path, results_by_system: dict[str, list[dict]], primary: str) -> None:
    for system, results in results_by_system.items():
        lines = "".join(dump(jsonable({"system": system, **r})) + "\n" for r in results)
        (out / results_name(system, primary)).write_text(lines, encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_run(folder: Path) -> dict:
    """A results folder as {"summary", "config", "primary", "results": {system: [case results]}}.

    Folders written before systems existed (a bare results.jsonl without a `system` field) load as one
    system named by the summary, or "assistant"."""
    folder = Path(folder)
    if not (folder / "results.jsonl").exists():
        raise FileNotFoundError(f"{folder} is not a results folder: no results.jsonl")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8")) if (folder / "summary.json").exists() else {}
    config = json.loads((folder / "config.json").read_text(encoding="utf-8")) if (folder / "config.json").exists() else {}
    primary_rows = read_jsonl(folder / "results.jsonl")
    primary = summary.get("primary") or (primary_rows[0].get("system") if primary_rows else None) or "assistant"
    results = {primary: primary_rows}
    for path in sorted(folder.glob("results-*.jsonl")):
        results[path.stem[len("results-"):]] = read_jsonl(path)
    return {"summary": summary, "config": config, "primary": primary, "results": results}
