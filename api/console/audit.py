"""The audit log: every sign-in (ok or refused), upload, correction, publish, rollback and override.

Append-only in the database itself: triggers refuse any UPDATE or DELETE, so no code path (nor a
later bug) can rewrite history. Staff read it in the console and export it as CSV.
"""
from __future__ import annotations

import csv
import io
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.text import mask_personal_data

from .db import console_db_path, open_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '', client TEXT NOT NULL DEFAULT '');
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
COLUMNS = ("id", "at", "actor", "action", "target", "detail", "client")


@dataclass(frozen=True)
class Event:
    id: int
    at: float
    actor: str
    action: str
    target: str
    detail: str
    client: str


class AuditLog:
    def __init__(self, path: Path) -> None:
        self._db = open_db(path, SCHEMA)
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "AuditLog":
        return cls(console_db_path(data_dir))

    def record(self, actor: str, action: str, target: str = "", detail: str = "", client: str = "") -> None:
        # A name typed into the sign-in form could be anything, a phone number included: masked.
        row = (time.time(), mask_personal_data(actor)[:80], action, mask_personal_data(target)[:300],
               mask_personal_data(detail)[:2000], client[:60])
        with self._lock:
            self._db.execute("INSERT INTO audit (at, actor, action, target, detail, client) VALUES (?, ?, ?, ?, ?, ?)", row)
            self._db.commit()

    def events(self, limit: int = 500, action: str | None = None) -> list[Event]:
        query, args = "SELECT * FROM audit", []
        if action:
            query += " WHERE action = ?"
            args.append(action)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [Event(*row) for row in rows]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for event in reversed(self.events(limit=1_000_000)):
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(event.at))
            writer.writerow([event.id, when, *(_cell(v) for v in (event.actor, event.action, event.target,
                                                                  event.detail, event.client))])
        return out.getvalue()


def _cell(value: str) -> str:
    """A cell a spreadsheet will not run: a leading = + - @ makes Excel read a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
