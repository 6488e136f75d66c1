"""What a city deployment keeps beside the wards' own folders, in `WARD_DATA_DIR/city.sqlite`:

- per-ward counts: questions by status, feedback (helpful / not helpful), unanswered questions by status;
  counted in memory and written at most every `flush_seconds` by a background thread, so a question
  never waits for SQLite (a worker killed hard loses at most that many seconds of counts);
- per-ward admin tokens (only their SHA-256 is stored; `ward-assistant ward token <slug>` prints a new one);
- which ward each staff account acts for (`*`: the whole city). An account with no row is the default
  ward's staff, as in a single-ward deployment.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import Counter
from pathlib import Path

from assistant.sqlite_files import open_table

CITY_WIDE = "*"
SCHEMA = [
    "CREATE TABLE IF NOT EXISTS ward_counts (ward TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (ward, kind, key))",
    "CREATE TABLE IF NOT EXISTS ward_tokens (ward TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS staff_wards (name TEXT PRIMARY KEY, ward TEXT NOT NULL)",
]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CityStore:
    def __init__(self, path: Path, flush_seconds: float = 1.0) -> None:
        self._db = open_table(path, SCHEMA[0])
        for statement in SCHEMA[1:]:
            self._db.execute(statement)
        self._db.commit()
        self.flush_seconds = flush_seconds
        self._pending: Counter = Counter()
        self._lock = threading.Lock()
        self._flusher: threading.Thread | None = None

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "CityStore":
        return cls(data_dir / "city.sqlite")

    # -- counts -------------------------------------------------------------------------------
    def count(self, ward: str, kind: str, key: str) -> None:
        """One event of a ward: kind is question, feedback or unanswered; key its status or rating."""
        with self._lock:
            self._pending[(ward, kind, key)] += 1
            if self._flusher is None:
                self._flusher = threading.Thread(target=self._flush_loop, daemon=True, name="city-counts")
                self._flusher.start()

    def _flush_loop(self) -> None:
        while True:
            time.sleep(self.flush_seconds)
            self.flush()

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, Counter()
            if not pending:
                return
            self._db.executemany(
                "INSERT INTO ward_counts VALUES (?, ?, ?, ?) ON CONFLICT (ward, kind, key) DO UPDATE SET n = n + excluded.n",
                [(*key, n) for key, n in pending.items()])
            self._db.commit()

    def counts(self) -> dict[str, dict[str, dict[str, int]]]:
        """{ward: {kind: {key: n}}} across every worker (after writing this worker's pending counts)."""
        self.flush()
        with self._lock:
            rows = self._db.execute("SELECT ward, kind, key, n FROM ward_counts ORDER BY ward, kind, key").fetchall()
        result: dict[str, dict[str, dict[str, int]]] = {}
        for ward, kind, key, n in rows:
            result.setdefault(ward, {}).setdefault(kind, {})[key] = n
        return result

    # -- admin tokens -------------------------------------------------------------------------
    def new_token(self, ward: str) -> str:
        """A new admin token for the ward, replacing its previous one; shown once, stored hashed."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO ward_tokens VALUES (?, ?, ?)", (ward, _digest(token), time.time()))
            self._db.commit()
        return token

    def token_ward(self, token: str) -> str | None:
        """The ward whose admin token this is, or None."""
        digest = _digest(token)
        with self._lock:
            rows = self._db.execute("SELECT ward, token_hash FROM ward_tokens").fetchall()
        return next((ward for ward, stored in rows if hmac.compare_digest(stored, digest)), None)

    # -- staff bound to a ward ----------------------------------------------------------------
    def bind_staff(self, name: str, ward: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO staff_wards VALUES (?, ?)", (name, ward))
            self._db.commit()

    def staff_ward(self, name: str) -> str | None:
        """The ward an account acts for, `*` for the whole city, None if never bound (the default ward's)."""
        with self._lock:
            row = self._db.execute("SELECT ward FROM staff_wards WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def staff_bindings(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT name, ward FROM staff_wards").fetchall())
