"""`ward-assistant eval`: generate answers for a golden set with every system, score them, and write
a results folder you can reproduce (see :mod:`evals.folder` for its layout)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from assistant.settings import Settings

from .compare import compare_runs
from .dataset import file_digest, read_cases
from .folder import write_json, write_results
from .gate import check, parse_thresholds
from .generate import generate
from .judge import judge_results
from .metrics import fmt, score_case, summarise
from .report_html import render_html
from .report_md import render_markdown
from .systems import SYSTEMS, build_systems, index_info


@dataclass
class EvalRun:
    out: Path
    primary: str
    summaries: dict[str, dict]
    gate_failures: list[str] = field(default_factory=list)
    compare: dict | None = None

    def text(self) -> str:
        """The console summary: one line per system, the gate's verdict, where the folder is."""
        lines = [f"{'system':<16} {'pass':>7} {'hit@1':>7} {'MRR':>7} {'refusal R':>9} {'p95':>9}"]
        for name, s in self.summaries.items():
            o = s["overall"]
            lines.append(f"{name:<16} {fmt(o['pass_rate']):>7} {fmt(o['hit@1']):>7} {fmt(o['mrr']):>7} "
                         f"{fmt(o['refusal_recall']):>9} {fmt(o['latency_p95_ms'], 'latency_p95_ms'):>9}")
        if self.compare:
            for name, diff in self.compare["systems"].items():
                lines.append(f"vs previous ({name}): {len(diff['regressed'])} regressed, {len(diff['fixed'])} fixed")
                added, removed = len(diff["added"]), len(diff["removed"])
                if added or removed:  # another dataset, tag or limit: the pass rates are over other cases
                    lines.append(f"  warning: the runs differ in their cases ({added} only in this run, {removed} only "
                                 f"in the previous): regressions and fixes cover the shared cases only")
        lines += [f"GATE FAILED: {f}" for f in self.gate_failures]
        lines.append(f"results in {self.out}")
        return "\n".join(lines)


def git_state() -> dict:
    """The commit the code ran at, and whether the tree had uncommitted changes (None outside git)."""
    root = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {"git_commit": None, "git_dirty": None}
    return {"git_commit": commit or None, "git_dirty": bool(dirty) if commit else None}


def run_eval(
    settings: Settings,
    dataset: Path,
    out: Path | None = None,
    *,
    systems: list[str] | tuple[str, ...] = SYSTEMS,
    compare: Path | None = None,
    fail_under: list[str] | None = None,
    judge: str | None = None,
    judge_client=None,
    limit: int | None = None,
    tags: list[str] | None = None,
    embedder=None,
    progress: Callable[[str, int, int], None] | None = None,
) -> EvalRun:
    """Run a golden set through the chosen systems and write the results folder."""
    thresholds = parse_thresholds(fail_under)  # refuse a bad threshold before spending minutes
    if compare is not None and not (Path(compare) / "results.jsonl").exists():
        raise FileNotFoundError(f"--compare {compare}: not a results folder (no results.jsonl)")
    cases = read_cases(dataset)
    if tags:
        cases = [case for case in cases if set(case.tags) & set(tags)]
    cases = cases[:limit] if limit else cases
    if not cases:
        raise ValueError(f"{dataset}: no cases" + (f" tagged {', '.join(tags)}" if tags else ""))
    out = Path(out or Path("evals/results") / time.strftime("%Y%m%d-%H%M%S"))
    out.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M:%S")

    built = build_systems(settings, list(dict.fromkeys(systems)), embedder=embedder, workdir=None)
    primary = built[0].name
    results: dict[str, list[dict]] = {}
    try:
        for system in built:
            results[system.name] = [score_case(row) for row in generate(system, cases, progress)]
    finally:
        for system in built:
            if hasattr(system, "close"):
                system.close()
    judge_info = judge_results(results, judge, judge_client)
    summaries = {name: summarise(rs) for name, rs in results.items()}
    comparison = compare_runs(results, summaries, Path(compare)) if compare else None
    gate_failures = check(summaries[primary], thresholds)

    config = {
        "dataset": str(Path(dataset).resolve()),
        "dataset_sha256": file_digest(dataset),
        "cases": len(cases),
        "limit": limit,
        "tags": tags,
        "systems": [s.name for s in built],
        "primary": primary,
        "embedder": built[0].embedder.name,
        "index": index_info(built),
        "settings": settings.public(),
        "judge": judge,
        "fail_under": thresholds,
        "compare": str(compare) if compare else None,
        "started_at": started,
        "finished_at": time.strftime("%Y-%m-%d %H:%M:%S"),
        "python": sys.version.split()[0],
        "argv": sys.argv,
        "openai_base_url": os.environ.get("OPENAI_BASE_URL") if judge else None,
        **git_state(),
    }
    summary = {"dataset": config["dataset"], "primary": primary, "systems": summaries, "judge": judge_info,
               "compare": comparison, "gate": {"thresholds": thresholds, "failures": gate_failures}}
    write_results(out, results, primary)
    write_json(out / "summary.json", summary)
    write_json(out / "config.json", config)
    run = {"dataset_name": Path(dataset).name, "systems": list(results), "primary": primary, "summaries": summaries,
           "results": results, "config": config, "judge": judge_info, "compare": comparison,
           "gate": summary["gate"]}
    (out / "report.md").write_text(render_markdown(run), encoding="utf-8")
    (out / "report.html").write_text(render_html(run), encoding="utf-8")
    return EvalRun(out, primary, summaries, gate_failures, comparison)
