"""Not-helpful feedback becomes draft golden cases that the harness can read once completed."""
from __future__ import annotations

import json

from assistant.feedback import FeedbackStore
from evals.dataset import read_cases
from evals.feedback_export import main
from evals.golden import load_cases


def test_not_helpful_feedback_becomes_draft_cases_once(tmp_path, capsys):
    data = tmp_path / "data"
    store = FeedbackStore.for_data_dir(data)
    store.add(True, "Phí chứng thực chữ ký?", "10.000 đồng", "answered", "chung-thuc-chu-ky")
    store.add(False, "Làm lại CCCD bị mất ở đâu?", "Không tìm thấy", "not_found", reason="wrong", comment="sai rồi")
    store.add(False, "lam lai cccd bi mat o dau?", "Không tìm thấy", "not_found")  # the same question, folded
    store.add(False, "Gọi cho tôi số 0912345678 về tạm trú", "…", "answered", "dang-ky-tam-tru", reason="incomplete")
    store.close()

    out = tmp_path / "drafts.jsonl"
    assert main(["--data-dir", str(data), "--out", str(out)]) == 0
    drafts = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["question"] for d in drafts] == ["Làm lại CCCD bị mất ở đâu?", "Gọi cho tôi số [số điện thoại] về tạm trú"]
    assert drafts[0]["tags"] == ["from-feedback", "feedback-wrong"]
    assert drafts[0]["expect"] == {"procedure": [], "facts": [], "refuse": False}
    assert drafts[0]["draft"]["comment"] == "sai rồi" and drafts[0]["draft"]["status"] == "not_found"
    assert "0912345678" not in out.read_text(encoding="utf-8")
    assert [c.id for c in load_cases(out)] == [c.id for c in read_cases(out)] == [d["id"] for d in drafts]
    assert "2 new draft cases" in capsys.readouterr().out

    # Staff complete a draft; a second export keeps their edit and adds only what is new.
    drafts[0]["expect"]["procedure"] = ["cap lai the can cuoc"]
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts), encoding="utf-8")
    store = FeedbackStore.for_data_dir(data)
    store.add(False, "Đăng ký kết hôn mất mấy ngày?", "…", "answered")
    store.close()
    assert main(["--data-dir", str(data), "--out", str(out)]) == 0
    again = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(again) == 3 and again[0]["expect"]["procedure"] == ["cap lai the can cuoc"]
    assert again[2]["question"] == "Đăng ký kết hôn mất mấy ngày?"


def test_no_store_is_a_clear_error(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.jsonl")]) == 1
    assert "no feedback store" in capsys.readouterr().err
