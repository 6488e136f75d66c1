"""The unanswered log keeps refusals beside not-found questions, and reads files written before it did."""
from __future__ import annotations

import sqlite3

from api.unanswered import UnansweredLog


def test_a_log_written_before_refusals_were_kept_is_read_and_extended(tmp_path):
    path = tmp_path / "unanswered.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE unanswered (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at REAL, question TEXT, reason TEXT)")
    db.execute("INSERT INTO unanswered (created_at, question, reason) VALUES (1, 'cũ', 'no_match')")
    db.commit()
    db.close()
    log = UnansweredLog(path)
    log.add("Gọi 0912345678 giúp tôi", "guardrails_personal", status="out_of_scope")
    assert [(r["question"], r["status"]) for r in log.recent()] == [("Gọi [số điện thoại] giúp tôi", "out_of_scope"),
                                                                     ("cũ", "not_found")]
    assert [r["question"] for r in log.recent(status="not_found")] == ["cũ"]
    UnansweredLog(path)  # opening it again leaves the column as it is
