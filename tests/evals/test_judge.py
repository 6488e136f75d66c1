"""Judged metrics against a tiny OpenAI-compatible HTTP server started here: the real openai client runs."""
from __future__ import annotations

import json
import math

import pytest

from evals.run import run_eval
from tests.fake_openai import fake_chat_server


def judge_reply(body: dict) -> str:
    prompt = body["messages"][-1]["content"]
    if "Thời tiết" in prompt:
        return "I cannot grade this."  # no JSON: must become an error, not a 0
    if '"completeness": if the question asks' in prompt:
        return 'Here you go: {"faithfulness": 1, "relevance": 0.8, "completeness": 0.5}'
    return '{"faithfulness": 0.9, "relevance": 1.0, "completeness": 0.2}'


@pytest.fixture
def judge_server(monkeypatch):
    with fake_chat_server(judge_reply) as (url, received):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "test")
        yield received


def test_judged_metrics_come_from_the_endpoint(small_index, embedder, small_golden, judge_server, tmp_path):
    settings, _ = small_index
    run = run_eval(settings, small_golden, tmp_path / "judged", systems=["assistant"], judge="judge-model", embedder=embedder)
    summary = json.loads((tmp_path / "judged" / "summary.json").read_text(encoding="utf-8"))
    answered = [json.loads(x) for x in (tmp_path / "judged" / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    answered = [r for r in answered if r["status"] == "answered"]
    assert summary["judge"]["run"] is True and summary["judge"]["model"] == "judge-model"
    prompts = [body["messages"][-1]["content"] for body in judge_server]
    assert summary["judge"]["judged"] == len(answered) == len(prompts)
    assert any("Phí chứng thực chữ ký" in p and "10.000" in p for p in prompts)  # question and passages sent
    overall = run.summaries["assistant"]["overall"]
    assert 0.9 <= overall["faithfulness"] <= 1.0 and 0.8 <= overall["relevance"] <= 1.0
    by_id = {r["id"]: r["metrics"] for r in answered}
    assert by_id["s-docs"]["completeness"] == 0.5  # a documents question: completeness judged
    assert by_id["s-fee"]["completeness"] is None  # not a documents question: n/a, whatever the judge said
    assert overall["completeness"] == 0.5
    html = (tmp_path / "judged" / "report.html").read_text(encoding="utf-8")
    assert "Faithfulness (judge)" in html and "judge-model" in html


def test_an_unparsable_judgement_is_an_error_not_a_zero(judge_server):
    from evals.judge import judge_results

    results = {"x": [{"status": "answered", "question": "Thời tiết?", "answer": "Nắng", "citations": [],
                      "metrics": {"expected_aspects": []}}]}
    info = judge_results(results, "judge-model")
    assert info["judged"] == 0 and info["errors"] == 1
    metrics = results["x"][0]["metrics"]
    assert "faithfulness" not in metrics and "no JSON object" in metrics["judge_error"]


def test_without_an_endpoint_the_judge_is_reported_as_not_run(monkeypatch):
    from evals.judge import judge_results
    from evals.metrics import aggregate

    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert judge_results({}, "judge-model") == {"run": False, "reason": "not run: OPENAI_BASE_URL is not set"}
    assert judge_results({}, None)["reason"].startswith("not run: no judge model")
    row = {"passed": True, "latency_ms": 1.0, "metrics": {k: None for k in (
        "hit@1", "hit@3", "hit@5", "rr", "section_hit", "fact_recall", "citation_precision", "figure_support",
        "unsupported_numbers")} | {"refused": False, "expected_refuse": False, "clarification": False, "language_match": True}}
    assert "faithfulness" not in aggregate([row])  # absent, not a fake number
    assert math.isnan(aggregate([row])["fact_recall"])
