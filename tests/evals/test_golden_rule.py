"""The pass rule (docs/contracts.md) on hand-written cases, and the liberal reading of golden sets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.dataset import read_cases
from evals.golden import Case, load_cases, passes

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Chứng thực chữ ký trong các giấy tờ, văn bản"


def case(**expect) -> Case:
    return Case(id="c", question="q", expect=expect)


def test_titles_and_answers_are_folded_before_matching():
    c = case(procedure=["chung thuc chu ky"], facts=[["dang ky"]])
    assert passes(c, "answered", "Đăng ký tại UBND", [TITLE])
    assert passes(case(procedure=["CHỨNG THỰC chữ ký"]), "answered", "x", [TITLE])
    assert not passes(c, "answered", "Đăng ký", ["Đăng ký khai sinh"])


def test_thousands_separators_are_dropped_both_ways():
    c = case(procedure=["chu ky"], facts=[["10000"]])
    assert passes(c, "answered", "Phí 10.000 đồng/trường hợp", [TITLE])
    assert passes(c, "answered", "Phí 10,000 đồng", [TITLE])
    assert passes(case(facts=[["10.000"]]), "answered", "10000 đồng", ["x"])
    assert not passes(c, "answered", "Phí 1.000 đồng", [TITLE])
    # A decimal is not a thousands separator.
    assert not passes(case(facts=[["15"]]), "answered", "1.5 ngày", ["x"])


def test_every_fact_group_needs_one_alternative():
    c = case(facts=[["(7000|10000)"], [r"\b0?7 ngay"]])
    assert passes(c, "answered", "Phí 7.000 đồng; trong 07 ngày làm việc", ["t"])
    assert passes(c, "answered", "Phí 10.000 đồng; 7 ngày", ["t"])
    assert not passes(c, "answered", "Phí 10.000 đồng; 17 ngày", ["t"])


def test_refusals_pass_on_any_status_but_answered():
    c = case(refuse=True)
    for status in ("out_of_scope", "not_found", "clarification", "error"):
        assert passes(c, status, "Xin lỗi", [])
    assert not passes(c, "answered", "Thời tiết đẹp", [])


def test_an_expected_answer_needs_status_answered_and_the_procedure_cited():
    c = case(procedure=["chu ky"], facts=[])
    assert not passes(c, "clarification", "Bạn hỏi thủ tục nào?", [TITLE])
    assert not passes(c, "answered", "…", [])
    assert passes(case(), "answered", "anything", [])  # guide questions: no procedure expected


def test_liberal_reader_accepts_what_a_hand_written_set_leaves_out(tmp_path):
    path = tmp_path / "held-out.jsonl"
    lines = [
        {"id": "a", "question": "Phí chứng thực?"},
        {"question": "no id", "history": None, "tags": None, "expect": None},
        {"id": "b", "question": "x", "tags": "fee", "expect": {"procedure": "chu ky", "facts": ["10000", ["7 ngay", "7 ngày"]]}},
        {"id": "a", "question": "duplicate id", "expect": {"refuse": True}, "extra": "ignored"},
    ]
    path.write_text("\ufeff" + "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8")
    cases = read_cases(path)
    assert [c.id for c in cases] == ["a", "line-2", "b", "a#2"]
    assert cases[1].history == [] and cases[1].tags == [] and cases[1].expect.refuse is False
    assert cases[2].tags == ["fee"]
    assert cases[2].expect.procedure == ["chu ky"]
    assert cases[2].expect.facts == [["10000"], ["7 ngay", "7 ngày"]]
    assert cases[3].expect.refuse is True


def test_liberal_reader_names_the_line_of_a_broken_case(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "question": "q"}\n{"id": "no question"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        read_cases(path)
    path.write_text('{"id": "ok", "question": "q"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        read_cases(path)


def test_liberal_reader_agrees_with_the_strict_loader_on_the_dev_set():
    dataset = ROOT / "evals" / "datasets" / "dev.jsonl"
    strict = load_cases(dataset)
    assert [c.model_dump() for c in read_cases(dataset)] == [c.model_dump() for c in strict]
