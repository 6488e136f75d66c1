"""`ward-assistant staff add|list`: accounts for the console, the password stored only as a hash."""
from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from api.console.auth import StaffStore
from cli.main import app


def test_staff_add_stores_a_hash_and_the_account_signs_in(tmp_path, monkeypatch):
    monkeypatch.setenv("WARD_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    added = runner.invoke(app, ["staff", "add", "lan.pham", "--role", "editor"], input="mot-mat-khau-dai\nmot-mat-khau-dai\n")
    assert added.exit_code == 0, added.output
    assert "lan.pham added as editor" in added.output
    assert "lan.pham  editor" in runner.invoke(app, ["staff", "list"]).output

    stored = sqlite3.connect(tmp_path / "console" / "console.sqlite").execute("SELECT password_hash FROM staff").fetchone()[0]
    assert stored.startswith("$argon2id$") and "mot-mat-khau-dai" not in stored
    assert StaffStore.for_data_dir(tmp_path).verify("lan.pham", "mot-mat-khau-dai").role == "editor"

    again = runner.invoke(app, ["staff", "add", "lan.pham", "--role", "approver"], input="khac-mat-khau-1\nkhac-mat-khau-1\n")
    assert again.exit_code == 1 and "already exists" in again.output
    weak = runner.invoke(app, ["staff", "add", "minh", "--role", "boss"], input="mot-mat-khau-dai\nmot-mat-khau-dai\n")
    assert weak.exit_code == 1 and "role must be one of editor, approver" in weak.output
