"""The console's SQLite file under `WARD_DATA_DIR/console/`: staff, sessions, audit, inbox, gate runs."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def console_db_path(data_dir: Path) -> Path:
    return data_dir / "console" / "console.sqlite"


def open_db(path: Path, schema: str) -> sqlite3.Connection:
    """A connection shared by the API's threads (callers serialise writes with their own lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db.executescript(schema)
    db.commit()
    return db
