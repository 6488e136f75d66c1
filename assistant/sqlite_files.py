"""The SQLite files under `WARD_DATA_DIR` (embedding cache, feedback, unanswered questions)."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def open_table(path: Path, schema: str) -> sqlite3.Connection:
    """Open (creating folder and table if needed) a SQLite file that several threads share.

    The connection is not tied to its creating thread: the API's worker threads all use it, and the
    callers serialise their writes. The 30 s timeout rides out another process's write (a refresh).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db.execute(schema)
    db.commit()
    return db
