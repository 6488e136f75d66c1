"""`ward-assistant eval`: generate answers for a golden set, then score them into a results folder."""
from __future__ import annotations

import json
import time
from pathlib import Path

from assistant.pipeline import Assistant
from assistant.settings import Settings

from .golden import Case, dump, facts_found, load_cases, passes, procedure_hit


def generate(assistant: Assistant, cases: list[Case]) -> list[dict]:
    rows = []
    for case in cases:
        started = time.perf_counter()
        answer = assistant.ask(case.question, case.history)
        rows.append({"case": case, "answer": answer, "latency_ms": (time.perf_counter() - started) * 1000})
    return rows


def score(rows: list[dict]) -> list[dict]:
    results = []
    for row in rows:
        case, answer = row["case"], row["answer"]
        titles = [c.title for c in answer.citations]
        results.append({
            "id": case.id,
            "question": case.question,
            "tags": case.tags,
            "passed": passes(case, answer.status, answer.answer, titles),
            "status": answer.status,
            "reason": answer.reason,
            "answer": answer.answer,
            "citations": [c.model_dump() for c in answer.citations],
            "retrieved": answer.retrieved,
            "expect": case.expect.model_dump(),
            "procedure_hit": procedure_hit(case.expect, titles) if not case.expect.refuse else None,
            "facts_found": facts_found(case.expect, answer.answer),
            "latency_ms": round(row["latency_ms"], 1),
        })
    return results


def summarise(results: list[dict]) -> dict:
    tags = sorted({t for r in results for t in r["tags"]})
    by_tag = {}
    for tag in tags:
        rs = [r for r in results if tag in r["tags"]]
        by_tag[tag] = {"cases": len(rs), "pass_rate": sum(r["passed"] for r in rs) / len(rs)}
    return {
        "cases": len(results),
        "pass_rate": sum(r["passed"] for r in results) / max(len(results), 1),
        "by_tag": by_tag,
    }


def run_eval(settings: Settings, dataset: Path, out: Path | None = None) -> str:
    cases = load_cases(dataset)
    results = score(generate(Assistant(settings), cases))
    summary = summarise(results)
    out = out or Path("evals/results") / time.strftime("%Y%m%d-%H%M%S")
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.jsonl").write_text("".join(dump(r) + "\n" for r in results), encoding="utf-8")
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [f"pass rate {summary['pass_rate']:.1%} over {summary['cases']} cases"]
    lines += [f"  {t:<16} {v['pass_rate']:.1%} ({v['cases']})" for t, v in summary["by_tag"].items()]
    lines.append(f"results in {out}")
    return "\n".join(lines)
