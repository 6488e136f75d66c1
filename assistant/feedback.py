"""Citizens' feedback on answers, in SQLite under `WARD_DATA_DIR`.

The API writes it (helpful / not helpful, a reason, a comment); staff read the unanswered and
unhelpful questions; evaluators export "not helpful" items as draft golden cases. Personal data is
masked before anything is stored.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .sqlite_files import open_table
from .text import mask_personal_data

REASONS = ("wrong", "incomplete", "outdated", "not_understood", "other")


@dataclass
class Feedback:
    id: int
    created_at: float
    helpful: bool
    reason: str
    comment: str
    question: str
    answer: str
    status: str
    procedure_id: str
    conversation_id: str


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self._db = open_table(
            path,
            "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at REAL, "
            "helpful INTEGER, reason TEXT, comment TEXT, question TEXT, answer TEXT, status TEXT, "
            "procedure_id TEXT, conversation_id TEXT)",
        )
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "FeedbackStore":
        return cls(data_dir / "feedback.sqlite")

    def add(
        self,
        helpful: bool,
        question: str,
        answer: str = "",
        status: str = "",
        procedure_id: str = "",
        reason: str = "",
        comment: str = "",
        conversation_id: str = "",
    ) -> int:
        row = (
            time.time(), int(helpful), reason, mask_personal_data(comment)[:2000], mask_personal_data(question)[:1000],
            mask_personal_data(answer)[:8000], status, procedure_id, conversation_id,
        )
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO feedback (created_at, helpful, reason, comment, question, answer, status, procedure_id, "
                "conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            self._db.commit()
            return int(cursor.lastrowid)

    def list(self, helpful: bool | None = None, limit: int = 1000) -> list[Feedback]:
        query = "SELECT * FROM feedback"
        args: list = []
        if helpful is not None:
            query += " WHERE helpful = ?"
            args.append(int(helpful))
        query += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        with self._lock:
            rows = self._db.execute(query, args).fetchall()
        return [Feedback(r[0], r[1], bool(r[2]), *r[3:]) for r in rows]

    def close(self) -> None:
        self._db.close()
