"""Questions the assistant did not answer (`not_found`, and refusals: `out_of_scope`), kept for staff
under `WARD_DATA_DIR`.

Staff read them on the admin status page and in the console's inbox to see which documents are
missing. Only the masked question is stored, never an ID or phone number.
"""
from __future__ import annotations

import sqlite3
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
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(unanswered)")}
        if "status" not in columns:  # files written before refusals were kept
            try:
                self._db.execute("ALTER TABLE unanswered ADD COLUMN status TEXT NOT NULL DEFAULT 'not_found'")
                self._db.commit()
            except sqlite3.OperationalError:  # another worker added it first
                pass
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "UnansweredLog":
        return cls(data_dir / "unanswered.sqlite")

    def add(self, question: str, reason: str, status: str = "not_found") -> None:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO unanswered (created_at, question, reason, status) VALUES (?, ?, ?, ?)",
                (time.time(), mask_personal_data(question)[:1000], reason, status),
            )
            # Bounded: the log is a working list for staff, not an archive.
            self._db.execute("DELETE FROM unanswered WHERE id <= ?", (cursor.lastrowid - self.keep,))
            self._db.commit()

    def recent(self, limit: int = 20, status: str | None = None) -> list[dict]:
        where, args = ("WHERE status = ?", (status,)) if status else ("", ())
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, created_at, question, reason, status FROM unanswered {where} ORDER BY id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [{"id": i, "at": at, "question": q, "reason": r, "status": s} for i, at, q, r, s in rows]

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM unanswered").fetchone()[0])
