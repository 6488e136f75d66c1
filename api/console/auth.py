"""Staff accounts, sessions and lock-out.

- Passwords are hashed with Argon2id (argon2-cffi's defaults, rehashed when those move on).
- A session is a random token in an HttpOnly cookie; only its SHA-256 is stored, so a copy of the
  database opens no session. Each session carries its own CSRF token for the console's forms.
- Five wrong passwords for one name within 15 minutes lock that name for the rest of the window,
  whether or not the account exists, so the lock-out does not tell which names are staff.
- Twenty wrong sign-ins from one client address within 15 minutes lock that address, whatever names
  it tries: guessing a few passwords for each of many names is the same attack.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .db import console_db_path, open_db

ROLES = ("editor", "approver")
MAX_FAILURES = 5
# Per client address; a ward office behind one NAT address stays well under it.
MAX_CLIENT_FAILURES = 20
LOCK_SECONDS = 15 * 60
# A ward's working day: staff sign in in the morning and are not asked again before evening.
SESSION_SECONDS = 8 * 3600
MIN_PASSWORD = 10
_NAME = re.compile(r"^[\w.\-]{2,40}$", re.UNICODE)

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
    created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, csrf TEXT NOT NULL,
    expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS login_failures (name_key TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS client_failures (client TEXT NOT NULL, name_key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_by_name ON login_failures (name_key, at);
CREATE INDEX IF NOT EXISTS client_failures_by_client ON client_failures (client, at);
"""


@dataclass(frozen=True)
class Staff:
    name: str
    role: str

    @property
    def can_override(self) -> bool:
        """Only an approver may publish over a failed test gate."""
        return self.role == "approver"


@dataclass(frozen=True)
class Session:
    staff: Staff
    csrf: str


class LoginRefused(Exception):
    """`reason` is "wrong" (name or password) or "locked"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffStore:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._db = open_db(path, SCHEMA)
        self._lock = threading.Lock()
        self._hasher = PasswordHasher()
        self.clock = clock
        # Checked when the name is unknown, so a wrong name costs as much time as a wrong password.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "StaffStore":
        return cls(console_db_path(data_dir))

    # -- accounts ---------------------------------------------------------------------------
    def add(self, name: str, role: str, password: str) -> Staff:
        if not _NAME.match(name):
            raise ValueError("a staff name is 2-40 letters, digits, dots, dashes or underscores")
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
        with self._lock:
            if self._db.execute("SELECT 1 FROM staff WHERE name = ?", (name,)).fetchone():
                raise ValueError(f"staff member {name!r} already exists")
            self._db.execute("INSERT INTO staff VALUES (?, ?, ?, ?)", (name, role, self._hasher.hash(password), self.clock()))
            self._db.commit()
        return Staff(name, role)

    def unlock(self, name: str) -> int:
        """Forget the name's wrong passwords, and those of the addresses they came from (a ward office
        behind one address is locked out as a whole); how many the name had."""
        key = name.casefold()
        with self._lock:
            self._db.execute("DELETE FROM client_failures WHERE client IN "
                             "(SELECT client FROM client_failures WHERE name_key = ?)", (key,))
            cursor = self._db.execute("DELETE FROM login_failures WHERE name_key = ?", (key,))
            self._db.commit()
        return cursor.rowcount

    def unlock_address(self, client: str) -> int:
        """Forget the wrong sign-ins from one address; how many there were."""
        with self._lock:
            cursor = self._db.execute("DELETE FROM client_failures WHERE client = ?", (client,))
            self._db.commit()
        return cursor.rowcount

    def set_password(self, name: str, password: str) -> None:
        """A new password (a forgotten one, a leaked one): every session of the name ends, the lock lifts."""
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
        self._change(name, "UPDATE staff SET password_hash = ? WHERE name = ?", (self._hasher.hash(password), name))
        self.unlock(name)

    def set_role(self, name: str, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        self._change(name, "UPDATE staff SET role = ? WHERE name = ?", (role, name))

    def remove(self, name: str) -> None:
        """The account and its sessions are gone: a signed-in browser is signed out at its next click."""
        self._change(name, "DELETE FROM staff WHERE name = ?", (name,))

    def _change(self, name: str, statement: str, values: tuple) -> None:
        with self._lock:
            if self._db.execute(statement, values).rowcount == 0:
                raise ValueError(f"no staff member {name!r}")
            self._db.execute("DELETE FROM sessions WHERE name = ?", (name,))
            self._db.commit()

    def list(self) -> list[Staff]:
        with self._lock:
            rows = self._db.execute("SELECT name, role FROM staff ORDER BY name").fetchall()
        return [Staff(*row) for row in rows]

    def get(self, name: str) -> Staff | None:
        with self._lock:
            row = self._db.execute("SELECT name, role FROM staff WHERE name = ?", (name,)).fetchone()
        return Staff(*row) if row else None

    # -- signing in -------------------------------------------------------------------------
    def locked(self, name: str, client: str | None = None) -> bool:
        since = self.clock() - LOCK_SECONDS
        with self._lock:
            count = self._db.execute("SELECT COUNT(*) FROM login_failures WHERE name_key = ? AND at > ?",
                                     (name.casefold(), since)).fetchone()[0]
            from_client = self._db.execute("SELECT COUNT(*) FROM client_failures WHERE client = ? AND at > ?",
                                           (client, since)).fetchone()[0] if client else 0
        return count >= MAX_FAILURES or from_client >= MAX_CLIENT_FAILURES

    def verify(self, name: str, password: str, client: str | None = None) -> Staff:
        """The staff member, or LoginRefused. A locked name, or a client address locked for its
        failures, is refused even with the right password."""
        if self.locked(name, client):
            raise LoginRefused("locked")
        with self._lock:
            row = self._db.execute("SELECT name, role, password_hash FROM staff WHERE name = ?", (name,)).fetchone()
        stored = row[2] if row else self._dummy
        try:
            self._hasher.verify(stored, password)
            ok = row is not None
        except (VerificationError, InvalidHashError):
            ok = False
        with self._lock:
            if not ok:
                now = self.clock()
                # Failures older than the lock window count for nothing: forgotten, so the tables stay small.
                self._db.execute("DELETE FROM login_failures WHERE at <= ?", (now - LOCK_SECONDS,))
                self._db.execute("DELETE FROM client_failures WHERE at <= ?", (now - LOCK_SECONDS,))
                self._db.execute("INSERT INTO login_failures VALUES (?, ?)", (name.casefold(), now))
                if client:
                    self._db.execute("INSERT INTO client_failures VALUES (?, ?, ?)", (client, name.casefold(), now))
                self._db.commit()
                raise LoginRefused("wrong")
            self._db.execute("DELETE FROM login_failures WHERE name_key = ?", (name.casefold(),))
            if self._hasher.check_needs_rehash(stored):
                self._db.execute("UPDATE staff SET password_hash = ? WHERE name = ?", (self._hasher.hash(password), name))
            self._db.commit()
        return Staff(row[0], row[1])

    # -- sessions ---------------------------------------------------------------------------
    def start_session(self, staff: Staff) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
            self._db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?)",
                             (_digest(token), staff.name, secrets.token_urlsafe(32), now + SESSION_SECONDS))
            self._db.commit()
        return token

    def session(self, token: str | None) -> Session | None:
        """The live session of a cookie; the role is read fresh, so a changed role applies at once."""
        if not token:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT s.csrf, st.name, st.role FROM sessions s JOIN staff st ON st.name = s.name "
                "WHERE s.token_hash = ? AND s.expires_at > ?", (_digest(token), self.clock())).fetchone()
        return Session(Staff(row[1], row[2]), row[0]) if row else None

    def end_session(self, token: str | None) -> None:
        if token:
            with self._lock:
                self._db.execute("DELETE FROM sessions WHERE token_hash = ?", (_digest(token),))
                self._db.commit()
