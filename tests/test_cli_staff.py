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


def test_an_administrator_unlocks_resets_changes_and_removes_accounts(tmp_path, monkeypatch):
    """What the staff guide's "báo quản trị viên" needs: lift a lock-out, set a new password (ending the
    open sessions), change a role, remove someone who left; a wrong role is refused before any password."""
    import pytest

    from api.console.auth import MAX_FAILURES, LoginRefused

    monkeypatch.setenv("WARD_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    assert runner.invoke(app, ["staff", "add", "lan.pham", "--role", "editor"], input="mot-mat-khau-dai\n" * 2).exit_code == 0
    store = StaffStore.for_data_dir(tmp_path)
    session = store.start_session(store.get("lan.pham"))
    for _ in range(MAX_FAILURES):
        with pytest.raises(LoginRefused):
            store.verify("lan.pham", "sai-mat-khau-1")
    with pytest.raises(LoginRefused):
        store.verify("lan.pham", "mot-mat-khau-dai")  # locked

    unlocked = runner.invoke(app, ["staff", "unlock", "lan.pham"])
    assert unlocked.exit_code == 0 and f"{MAX_FAILURES} wrong password(s) forgotten" in unlocked.output
    assert store.verify("lan.pham", "mot-mat-khau-dai").name == "lan.pham"

    # The ward office's one address, locked by many names' wrong passwords, is unlocked too.
    from api.console.auth import MAX_CLIENT_FAILURES
    for i in range(MAX_CLIENT_FAILURES):
        with pytest.raises(LoginRefused):
            store.verify("lan.pham" if i == 0 else f"ten-{i % 4}", "sai-mat-khau-1", "10.0.0.7")
    with pytest.raises(LoginRefused):
        store.verify("lan.pham", "mot-mat-khau-dai", "10.0.0.7")
    assert runner.invoke(app, ["staff", "unlock", "lan.pham"]).exit_code == 0
    assert store.verify("lan.pham", "mot-mat-khau-dai", "10.0.0.7").name == "lan.pham"
    for i in range(MAX_CLIENT_FAILURES):
        with pytest.raises(LoginRefused):
            store.verify(f"ai-do-{i % 5}", "sai-mat-khau-1", "10.0.0.8")
    by_address = runner.invoke(app, ["staff", "unlock", "--address", "10.0.0.8"])
    assert by_address.exit_code == 0 and f"{MAX_CLIENT_FAILURES} wrong sign-in(s) forgotten" in by_address.output
    assert store.verify("lan.pham", "mot-mat-khau-dai", "10.0.0.8").name == "lan.pham"

    changed = runner.invoke(app, ["staff", "password", "lan.pham"], input="mat-khau-moi-123\n" * 2)
    assert changed.exit_code == 0, changed.output
    assert store.session(session) is None  # the open session ended
    assert store.verify("lan.pham", "mat-khau-moi-123").name == "lan.pham"

    assert runner.invoke(app, ["staff", "role", "lan.pham", "--role", "approver"]).exit_code == 0
    assert "lan.pham  approver" in runner.invoke(app, ["staff", "list"]).output
    wrong = runner.invoke(app, ["staff", "add", "minh.tran", "--role", "boss"], input="")
    assert wrong.exit_code == 1 and "role must be one of editor, approver" in wrong.output  # no password asked

    assert runner.invoke(app, ["staff", "remove", "lan.pham", "--yes"]).exit_code == 0
    assert store.get("lan.pham") is None and runner.invoke(app, ["staff", "remove", "lan.pham", "--yes"]).exit_code == 1


def test_asking_from_another_folder_warns_that_no_ward_profile_was_found(tmp_path, monkeypatch):
    """Run away from the project folder, `./corpus/ward-profile.yaml` is not found and every hand-off
    would name no ward, address or hours: the command says so instead of answering as "Phường"."""
    monkeypatch.setenv("WARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARD_CORPUS_DIR", str(tmp_path / "corpus"))
    result = CliRunner().invoke(app, ["ask", "Phí chứng thực chữ ký là bao nhiêu?"])
    assert "no ward profile at" in result.output and "WARD_CORPUS_DIR" in result.output
