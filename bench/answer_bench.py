"""Answer latency in-process, per kind of question, against the naive LangChain baseline in the same run.

    .venv/bin/python bench/answer_bench.py            # the index in WARD_DATA_DIR (run `ward-assistant ingest` first)
    .venv/bin/python bench/answer_bench.py --rounds 3 # more samples for p99

Every case of evals/datasets/dev.jsonl (follow-ups with their history) is asked `--rounds` times of
the real pipeline (`Assistant.ask`, default settings, extractive composer) and of the naive
pipeline (`evals.naive`: embed, Chroma top 4, concatenate), alternating which goes first so a slow
moment of the machine hits both alike. Also timed on the same questions: the query embedding alone,
the floor every answer pays. Reported: p50/p95/p99 overall, per tag (the kinds of question) and per
status; the mean and p95 of each pipeline stage (where the time goes); ours/naive ratios.
Writes bench/results/answer.json. Target: p95 <= 60 ms.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from collections import defaultdict

from common import dev_cases, ratio, summary, write_result

from assistant.retrieval import _chunk_hits
from assistant.settings import get_settings
from evals.systems import build_systems

TARGET_P95_MS = 60
# Pipeline stages in the order they run; the indented ones are the parts of `retrieve`.
STAGE_ORDER = ("normalise", "route", "rewrite", "retrieve", "  embed query", "  chroma top-k", "  keyword scores",
               "choose", "compose", "verify", "total")


def main() -> None:
    parser = argparse.ArgumentParser(description="In-process answer latency per kind of question.")
    parser.add_argument("--rounds", type=int, default=2, help="times each golden case is asked")
    parser.add_argument("--dataset", type=Path, default=None,
                        help="another golden set (default evals/datasets/dev.jsonl), e.g. the real questions' letters")
    options = parser.parse_args()

    settings = get_settings()
    assistant, naive = build_systems(settings, ["assistant", "naive-langchain"])
    assistant.prepare()
    naive.prepare()
    cases = dev_cases(options.dataset) if options.dataset else dev_cases()
    embedder = assistant.embedder
    for case in cases[:5]:  # warm both pipelines' caches (restorer, Chroma segments)
        assistant.ask(case["question"], case.get("history"))
        naive.ask(case["question"])

    ours: list[float] = []
    baseline: list[float] = []
    floor: list[float] = []
    by_tag: dict[str, list[float]] = defaultdict(list)
    by_status: dict[str, list[float]] = defaultdict(list)
    stages: dict[str, list[float]] = defaultdict(list)
    started = time.perf_counter()
    for round_ in range(options.rounds):
        for i, case in enumerate(cases):
            question, history = case["question"], case.get("history") or []

            def run_ours() -> None:
                t0 = time.perf_counter()
                answer = assistant.ask(question, history)
                ms = (time.perf_counter() - t0) * 1000
                ours.append(ms)
                for tag in case.get("tags") or ["untagged"]:
                    by_tag[tag].append(ms)
                by_status[answer.status].append(ms)
                for stage, stage_ms in answer.timings_ms.items():
                    stages[stage].append(stage_ms)

            def run_naive() -> None:
                t0 = time.perf_counter()
                naive.ask(question)
                baseline.append((time.perf_counter() - t0) * 1000)

            for step in ((run_ours, run_naive) if (i + round_) % 2 else (run_naive, run_ours)):
                step()
            for part, seconds in retrieval_parts(assistant, question).items():
                stages[part].append(seconds * 1000)
            floor.append(stages["  embed query"][-1])
    wall = time.perf_counter() - started
    naive.close()

    result = {
        "index": {"procedures": len(assistant.index.current().procedures), "chunks": assistant.index.current().chunk_count,
                  "embedder": embedder.name},
        "cases": len(cases),
        "rounds": options.rounds,
        "wall_s": round(wall, 1),
        "assistant": summary(ours),
        "naive_langchain": summary(baseline),
        "query_embedding_floor": summary(floor),  # the same question, embedded alone
        "ratio_p50": ratio(summary(ours)["p50_ms"], summary(baseline)["p50_ms"]),
        "ratio_p95": ratio(summary(ours)["p95_ms"], summary(baseline)["p95_ms"]),
        "by_tag": {tag: summary(values) for tag, values in sorted(by_tag.items())},
        "by_status": {status: summary(values) for status, values in sorted(by_status.items())},
        "stages": {stage: {"mean_ms": round(sum(v) / len(v), 2), "p95_ms": summary(v)["p95_ms"]}
                   for stage, v in sorted(stages.items(), key=lambda kv: _stage_rank(kv[0]))},
        "target": {"assistant_p95_ms": TARGET_P95_MS},
    }
    print_report(result)
    write_result("answer" if options.dataset is None else f"answer-{options.dataset.stem}", result)


def _stage_rank(stage: str) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)


def retrieval_parts(assistant, question: str) -> dict[str, float]:
    """The retrieve stage taken apart on one question: seconds for each of its three costs."""
    snapshot = assistant.index.current()
    dense_text, keyword_text = assistant.query_texts(snapshot, question)
    t0 = time.perf_counter()
    vector = assistant.embedder.embed_query(dense_text)
    t1 = time.perf_counter()
    _chunk_hits(snapshot, vector, assistant.settings.chunk_top_k)
    t2 = time.perf_counter()
    snapshot.keywords.scores(keyword_text)
    t3 = time.perf_counter()
    return {"  embed query": t1 - t0, "  chroma top-k": t2 - t1, "  keyword scores": t3 - t2}


def print_report(result: dict) -> None:
    index = result["index"]
    print(f"{result['cases']} golden cases x {result['rounds']} rounds on {index['procedures']} procedures, "
          f"{index['chunks']} chunks ({index['embedder']}), {result['wall_s']} s")
    print(f"{'':<24}{'n':>6}{'p50':>9}{'p95':>9}{'p99':>9}   (ms)")
    rows = [("assistant", result["assistant"]), ("naive-langchain", result["naive_langchain"]),
            ("query embedding alone", result["query_embedding_floor"])]
    rows += [(f"  tag {tag}", s) for tag, s in result["by_tag"].items()]
    rows += [(f"  status {status}", s) for status, s in result["by_status"].items()]
    for name, s in rows:
        print(f"{name:<24}{s['n']:>6}{s['p50_ms']:>9.1f}{s['p95_ms']:>9.1f}{s['p99_ms']:>9.1f}")
    print("where the time goes (mean / p95 ms per stage, over the answers that reach it; indented: retrieve's parts):")
    for stage, s in result["stages"].items():
        print(f"  {stage:<12}{s['mean_ms']:>8.2f}{s['p95_ms']:>8.1f}")
    p95 = result["assistant"]["p95_ms"]
    verdict = "meets" if p95 <= TARGET_P95_MS else "misses"
    print(f"assistant p95 {p95} ms {verdict} the {TARGET_P95_MS} ms target; "
          f"ours/naive p50 x{result['ratio_p50']}, p95 x{result['ratio_p95']}")


if __name__ == "__main__":
    main()
