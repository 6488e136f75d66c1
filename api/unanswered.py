"""Questions the assistant could not answer (`not_found`), kept for staff under `WARD_DATA_DIR`.

Staff read them on the admin status page to see which documents are missing. Only the masked question
is stored, never an ID or phone number.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from assistant.sqlite_files import open_table
from assistant.text import mask_personal_data


class UnansweredLog:
    def __init__(self, path: Path, keep: int = 5000) -> None:
        self.keep = keep
        self._db = open_table(path, "CREATE TABLE IF NOT EXISTS unanswered (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                    "created_at REAL, question TEXT, reason TEXT)")
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "UnansweredLog":
        return cls(data_dir / "unanswered.sqlite")

    def add(self, question: str, reason: str) -> None:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO unanswered (created_at, question, reason) VALUES (?, ?, ?)",
                (time.time(), mask_personal_data(question)[:1000], reason),
            )
            # Bounded: the log is a working list for staff, not an archive.
            self._db.execute("DELETE FROM unanswered WHERE id <= ?", (cursor.lastrowid - self.keep,))
            self._db.commit()

    def recent(self, limit: int = 20) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT created_at, question, reason FROM unanswered ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [{"at": at, "question": q, "reason": r} for at, q, r in rows]

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM unanswered").fetchone()[0])
