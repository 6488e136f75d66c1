"""`ward-assistant eval` through the real CLI: the release gate's exit codes and `--compare`."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli.main import app
from evals.gate import check, parse_thresholds


@pytest.fixture
def cli_env(small_index, monkeypatch):
    settings, _ = small_index
    monkeypatch.setenv("WARD_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("WARD_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("WARD_EMBEDDING_CACHE", str(settings.embedding_cache_path))
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    return settings


def invoke(*args):
    return CliRunner().invoke(app, ["eval", *map(str, args)], catch_exceptions=False)


def test_fail_under_exits_1_with_a_clear_message_and_compare_finds_no_change(cli_env, small_run, small_golden, tmp_path):
    _, previous = small_run
    out = tmp_path / "gated"
    result = invoke(small_golden, "--out", out, "--systems", "assistant", "--fail-under", "0.99",
                    "--compare", previous.out)
    assert result.exit_code == 1
    assert "release gate failed for assistant" in result.output
    assert "below 99.0%" in result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert list(summary["systems"]) == ["assistant"]
    diff = summary["compare"]["systems"]["assistant"]
    assert diff["regressed"] == [] and diff["fixed"] == []  # same code, same index, same verdicts
    assert "Compared with the previous run" in (out / "report.html").read_text(encoding="utf-8")


def test_a_gate_the_run_meets_exits_0(cli_env, small_golden, tmp_path):
    out = tmp_path / "ok"
    result = invoke(small_golden, "--out", out, "--systems", "keyword-only,assistant", "--fail-under", "0.5",
                    "--fail-under", "fee=0.5,out-of-scope=1.0", "--limit", "6")
    assert result.exit_code == 0, result.output
    assert "results in" in result.output and "GATE FAILED" not in result.output
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["systems"] == ["keyword-only", "assistant"] and config["cases"] == 6
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 6  # primary: first system named
    assert (out / "results-assistant.jsonl").is_file()


def test_bad_arguments_exit_2_before_any_work(cli_env, small_golden, tmp_path):
    assert invoke(small_golden, "--fail-under", "most", "--out", tmp_path / "a").exit_code == 2
    assert invoke(small_golden, "--systems", "gpt-5", "--out", tmp_path / "b").exit_code == 2
    assert invoke(small_golden, "--compare", tmp_path, "--out", tmp_path / "c").exit_code == 2
    assert not (tmp_path / "a").exists()


def test_thresholds_parse_and_a_tag_without_cases_fails_the_gate():
    assert parse_thresholds(["0.9", "fee=0.85, time=80"]) == {"": 0.9, "fee": 0.85, "time": 0.8}
    with pytest.raises(ValueError):
        parse_thresholds(["fee=1.5x"])
    summary = {"overall": {"cases": 10, "passed": 9, "pass_rate": 0.9},
               "by_tag": {"fee": {"cases": 4, "passed": 3, "pass_rate": 0.75}}}
    assert check(summary, {"": 0.9, "fee": 0.75}) == []
    failures = check(summary, {"": 0.95, "fee": 0.8, "typo": 0.5})
    assert len(failures) == 3
    assert "no cases carry this tag" in failures[2]


def test_tag_runs_one_half_and_corpus_answers_from_those_documents_only(cli_env, tmp_path):
    """`--tag test` runs only that half; `--corpus` ingests the given documents into a new, empty
    index, as a ward starting from its own files would, and answers from them alone."""
    from pathlib import Path

    documents = tmp_path / "docs"
    documents.mkdir()
    unseen = Path(__file__).resolve().parents[2] / "evals" / "unseen" / "documents"
    passport = next(unseen.glob("trinh-bao-mat-ho-chieu-*"))
    (documents / passport.name).write_bytes(passport.read_bytes())
    golden = tmp_path / "golden.jsonl"
    golden.write_text("\n".join(json.dumps(case, ensure_ascii=False) for case in [
        {"id": "a", "question": "Mất hộ chiếu thì trình báo ở đâu?", "tags": ["tune"],
         "expect": {"procedure": ["trinh bao mat ho chieu"]}},
        {"id": "b", "question": "Phí chứng thực chữ ký bao nhiêu?", "tags": ["test"],
         "expect": {"procedure": ["chung thuc chu ky"], "facts": [["10000"]]}},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    result = invoke(golden, "--corpus", documents, "--tag", "tune", "--systems", "assistant", "--out", out)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a"] and rows[0]["passed"] is True
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["index"]["procedures"] == 1 and config["tags"] == ["tune"]
    assert invoke(golden, "--corpus", documents, "--systems", "naive-langchain", "--out", tmp_path / "n").exit_code == 2
