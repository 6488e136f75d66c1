"""The staff console over real HTTP (uvicorn, real Chroma, real PDFs): who gets in, what is refused,
what a draft shows, the gate's override rule, corrections, the inbox and the audit log.
The full staff journey in a browser is in test_console_browser.py."""
from __future__ import annotations

import io
import re
import sqlite3
import time
import zipfile

import httpx
import pytest

from tests.api.conftest import ADMIN_TOKEN
from tests.api.console_files import (APPROVER, EDITOR, FEE_QUESTION, NEW_FEE, OLD_FEE, PASSWORD, console_app,
                                     corrupt_pdf, signature_cases, signature_fee_pdf)
from tests.api.live import live_server
from tests.ingest.makers import RECORDS, make_html

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def console(tmp_path_factory, embedding_cache, embedder):
    root = tmp_path_factory.mktemp("console")
    app, settings = console_app(root, embedding_cache, embedder, [signature_cases(root / "signature.jsonl")])
    with live_server(app) as url:
        yield app, url, root


def sign_in(url: str, name: str, password: str = PASSWORD) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=url, timeout=120)
    token = CSRF.search(client.get("/admin/login").text).group(1)
    response = client.post("/admin/login", data={"name": name, "password": password, "csrf_token": token})
    return client, response


def csrf_of(client: httpx.Client) -> str:
    return CSRF.search(client.get("/admin").text).group(1)


def text_of(response: httpx.Response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


def upload(client: httpx.Client, *paths, csrf: str | None = None) -> httpx.Response:
    files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]
    data = {"csrf_token": csrf} if csrf is not None else {}
    return client.post("/admin/draft/upload", data=data, files=files)


def finished_gate(client: httpx.Client) -> str:
    """The gate's page once its run is over (the page shows the run's progress until then)."""
    deadline = time.monotonic() + 120
    page = client.get("/admin/gate").text
    while 'data-testid="gate-progress"' in page and time.monotonic() < deadline:
        assert '<meta http-equiv="refresh"' in page  # the page refreshes itself in a browser
        time.sleep(0.2)
        page = client.get("/admin/gate").text
    return page


def actions(app) -> list[str]:
    return [e.action for e in app.state.console.audit.events()]


def test_the_console_needs_a_session_or_the_admin_token(console):
    app, url, _ = console
    with httpx.Client(base_url=url) as anonymous:
        assert anonymous.get("/admin").status_code == 303
        assert anonymous.get("/admin").headers["location"].startswith("/admin/login")
        assert anonymous.get("/admin/audit.csv").status_code == 303
        assert anonymous.post("/admin/gate/run").status_code == 401
        assert anonymous.get("/admin", headers={"Authorization": "Bearer wrong"}).status_code == 303
        scripted = anonymous.get("/admin/audit.csv", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
        assert scripted.status_code == 200 and scripted.text.startswith("id,at,actor,action")


def test_a_wrong_password_is_refused_and_five_lock_the_name(console):
    app, url, _ = console
    client, response = sign_in(url, EDITOR, "not-the-password")
    assert response.status_code == 401
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.text
    assert "ward_console" not in client.cookies
    assert client.get("/admin").status_code == 303  # still not signed in
    events = app.state.console.audit.events(action="sign_in_failed")
    assert events[0].actor == EDITOR and events[0].detail == "wrong"

    app.state.console.staff.add("chi.le", "editor", PASSWORD)
    for _ in range(5):
        assert sign_in(url, "chi.le", "wrong-password")[1].status_code == 401
    client, response = sign_in(url, "chi.le")  # the right password, too late
    assert response.status_code == 429 and "tạm khóa" in response.text
    assert client.get("/admin").status_code == 303


def test_many_names_tried_from_one_address_lock_that_address(tmp_path):
    from api.console.auth import LOCK_SECONDS, MAX_CLIENT_FAILURES, MAX_FAILURES, LoginRefused, StaffStore

    now = [1_000_000.0]
    staff = StaffStore(tmp_path / "console.sqlite", clock=lambda: now[0])
    staff.add("chi.le", "editor", PASSWORD)
    attacker, office = "203.0.113.5", "198.51.100.7"
    for i in range(MAX_CLIENT_FAILURES):  # a few guesses for each of many names: no name reaches its own limit
        with pytest.raises(LoginRefused):
            staff.verify(f"name-{i % (MAX_CLIENT_FAILURES // (MAX_FAILURES - 1) + 1)}", "guess-password", attacker)
    with pytest.raises(LoginRefused) as refused:
        staff.verify("chi.le", PASSWORD, attacker)  # the right password, from the locked address
    assert refused.value.reason == "locked"
    assert staff.verify("chi.le", PASSWORD, office).name == "chi.le"  # the ward office is not locked out
    now[0] += LOCK_SECONDS + 1
    assert staff.verify("chi.le", PASSWORD, attacker).name == "chi.le"


def test_a_session_is_a_strict_httponly_cookie_that_sign_out_ends(console):
    app, url, _ = console
    client, response = sign_in(url, EDITOR)
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/admin" in cookie
    assert client.get("/admin").status_code == 200
    kept = client.cookies["ward_console"]
    client.post("/admin/logout", data={"csrf_token": csrf_of(client)})
    with httpx.Client(base_url=url, cookies={"ward_console": kept}) as replay:
        assert replay.get("/admin").status_code == 303  # the old cookie opens nothing any more
    assert actions(app)[0] == "sign_out"


def test_a_post_without_its_csrf_token_is_refused(console, tmp_path):
    app, url, _ = console
    client, response = sign_in(url, EDITOR)
    assert response.status_code == 303
    refused = upload(client, signature_fee_pdf(tmp_path / "khong-csrf.pdf"))
    assert refused.status_code == 403 and "mã bảo vệ" in refused.text
    assert "khong-csrf.pdf" not in app.state.console.workspace.file_names()
    assert client.post("/admin/gate/run", data={"csrf_token": "forged"}).status_code == 403
    assert actions(app)[:2] == ["csrf_refused", "csrf_refused"]
    # The sign-in form has its own token (there is no session yet to hold one).
    with httpx.Client(base_url=url) as bare:
        assert bare.post("/admin/login", data={"name": EDITOR, "password": PASSWORD}).status_code == 403


def test_upload_shows_each_file_read_or_failed_and_the_diff_field_by_field(console, tmp_path):
    app, url, _ = console
    client, _ = sign_in(url, EDITOR)
    csrf = csrf_of(client)
    upload(client, signature_fee_pdf(tmp_path / "chung-thuc-chu-ky.pdf"), corrupt_pdf(tmp_path / "hong.pdf"), csrf=csrf)
    page = text_of(client.get("/admin/draft"))
    assert "chung-thuc-chu-ky.pdf" in page and "Đã đọc: nhận ra 1 thủ tục" in page and "Cập nhật thủ tục đang có" in page
    assert "hong.pdf" in page and "Không đọc được" in page and "Tệp bị hỏng, không đọc được." in page

    detail = client.get("/admin/draft/file", params={"name": "chung-thuc-chu-ky.pdf"})
    assert f"{NEW_FEE} đồng" in detail.text  # extracted text and the recognised fee section
    assert 'data-testid="section-fee"' in detail.text and "Các đoạn" in detail.text

    diff = client.get("/admin/diff").text
    fee_row = re.search(r'data-field="fee">(.*?)</tr>', diff, re.S).group(1)
    assert OLD_FEE in fee_row.split('class="new"')[0] and NEW_FEE in fee_row.split('class="new"')[1]
    assert 'data-action="updated"' in diff and 'data-action="created"' not in diff  # same portal code: an update
    assert client.post("/api/ask", json={"question": FEE_QUESTION}).json()["answer"].count(OLD_FEE)  # not live yet
    for name in ("chung-thuc-chu-ky.pdf", "hong.pdf"):
        client.post("/admin/draft/remove", data={"csrf_token": csrf, "name": name})


def test_an_editor_cannot_override_a_blocked_gate_and_an_approver_can(console, tmp_path):
    app, url, _ = console
    editor, _ = sign_in(url, EDITOR)
    csrf = csrf_of(editor)
    upload(editor, signature_fee_pdf(tmp_path / "chung-thuc-chu-ky.pdf"), csrf=csrf)
    assert editor.post("/admin/gate/run", data={"csrf_token": csrf}).status_code == 303
    gate = finished_gate(editor)
    assert 'data-blocked="yes"' in gate  # the golden fee questions expect 10.000: they regress
    assert 'data-regression="yes"' in gate and OLD_FEE in gate and NEW_FEE in gate
    refused = editor.post("/admin/publish", data={"csrf_token": csrf, "reason": "phí mới"})
    assert refused.status_code == 403 and "người phê duyệt" in refused.text
    assert OLD_FEE in editor.post("/api/ask", json={"question": FEE_QUESTION}).json()["answer"]
    assert actions(app)[0] == "override_refused"

    approver, _ = sign_in(url, APPROVER)
    csrf = csrf_of(approver)
    without_reason = approver.post("/admin/publish", data={"csrf_token": csrf})
    assert without_reason.headers["location"] == "/admin/gate?error=reason"
    assert approver.post("/admin/publish", data={"csrf_token": csrf, "reason": "Quyết định 12/QĐ về phí"}).status_code == 303
    assert NEW_FEE in approver.post("/api/ask", json={"question": FEE_QUESTION}).json()["answer"]
    assert actions(app)[:2] == ["publish", "override"]
    assert "Quyết định 12/QĐ về phí" in app.state.console.audit.events(action="override")[0].detail

    versions = approver.get("/admin/versions").text
    assert versions.count('data-testid="version"') == 2 and APPROVER in versions
    older = re.search(r'data-name="([^"]+)" data-live="no"', versions).group(1)
    approver.post("/admin/versions/rollback", data={"csrf_token": csrf, "name": older})
    assert OLD_FEE in approver.post("/api/ask", json={"question": FEE_QUESTION}).json()["answer"]


def test_a_correction_survives_uploading_the_same_file_again(console, tmp_path):
    app, url, _ = console
    client, _ = sign_in(url, EDITOR)
    csrf = csrf_of(client)
    pdf = signature_fee_pdf(tmp_path / "chung-thuc-chu-ky.pdf")
    upload(client, pdf, csrf=csrf)
    procedure_id = app.state.console.workspace.read(pdf.name).procedures[0].id
    client.post("/admin/draft/correct", data={"csrf_token": csrf, "name": pdf.name, "procedure_id": procedure_id,
                                               "field": "fee", "value": "25.000 đồng cho mỗi trường hợp"})
    upload(client, signature_fee_pdf(pdf, fee=NEW_FEE), csrf=csrf)  # re-uploaded: read again from scratch
    page = client.get("/admin/draft/file", params={"name": pdf.name}).text
    assert "đã sửa tay" in page
    fee = re.search(r'data-testid="section-fee">(.*?)</pre>', page, re.S).group(1)
    assert "25.000" in fee and NEW_FEE not in fee
    assert "25.000" in client.get("/admin/diff").text
    assert actions(app)[:2] == ["upload", "correction"]
    client.post("/admin/draft/remove", data={"csrf_token": csrf, "name": pdf.name})


def test_uploads_are_bounded_and_names_never_leave_the_draft_folder(console, tmp_path):
    app, url, root = console
    client, _ = sign_in(url, EDITOR)
    csrf = csrf_of(client)
    sneaky = tmp_path / "sneaky.md"
    sneaky.write_text("# Thủ tục\n\n## Phí, lệ phí\n- 1.000 đồng\n", encoding="utf-8")
    files = [("files", ("../../../../outside.md", sneaky.read_bytes(), "text/markdown")),
             ("files", ("virus.exe", b"MZ", "application/octet-stream"))]
    response = client.post("/admin/draft/upload", data={"csrf_token": csrf}, files=files)
    assert "refused=virus.exe" in response.headers["location"]
    assert app.state.console.workspace.file_names() == ["outside.md"]
    assert not (root / "outside.md").exists() and not (root.parent / "outside.md").exists()
    assert (root / "data" / "console" / "draft" / "files" / "outside.md").exists()

    many = [("files", (f"tep-{i}.md", b"# x", "text/markdown")) for i in range(21)]
    assert client.post("/admin/draft/upload", data={"csrf_token": csrf}, files=many).status_code == 413

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 5_000_000)
    files = [("files", ("bom.docx", bomb.getvalue(), "application/octet-stream"))]
    client.post("/admin/draft/upload", data={"csrf_token": csrf}, files=files)
    report = app.state.console.workspace.read("bom.docx")
    assert report.status == "failed" and report.failure == "zip_bomb"
    for name in app.state.console.workspace.file_names():
        client.post("/admin/draft/remove", data={"csrf_token": csrf, "name": name})


def test_document_text_is_shown_as_text_never_run(console, tmp_path):
    app, url, _ = console
    client, _ = sign_in(url, EDITOR)
    csrf = csrf_of(client)
    hostile = tmp_path / "doc-hai.txt"
    hostile.write_text("Tên thủ tục: Xác nhận <script>alert(1)</script> thử\nMã thủ tục: 9.000001\n"
                       "Phí, lệ phí: 5.000 đồng <img src=x onerror=alert(2)>\n", encoding="utf-8")
    upload(client, hostile, csrf=csrf)
    for path in ("/admin/draft", "/admin/diff", f"/admin/draft/file?name={hostile.name}"):
        page = client.get(path)
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
        assert "&lt;script&gt;" in page.text or "&lt;img" in page.text
        assert "script-src" not in page.headers["content-security-policy"]  # no script may run at all
        assert page.headers["x-frame-options"] == "DENY"
    client.post("/admin/draft/remove", data={"csrf_token": csrf, "name": hostile.name})


def test_inbox_masks_personal_data_and_feeds_the_wards_golden_set(console):
    app, url, root = console
    client, _ = sign_in(url, APPROVER)
    csrf = csrf_of(client)
    question = "Tôi số 0912345678, email an@example.com, CCCD 079123456789: phí chứng thực chữ ký?"
    client.post("/api/feedback", json={"helpful": False, "question": question, "reason": "wrong"})
    client.post("/api/ask", json={"question": "Thủ tục cấp phép bay flycam ở phường?"})
    page = client.get("/admin/inbox").text
    assert "0912345678" not in page and "an@example.com" not in page and "079123456789" not in page
    assert "[số điện thoại]" in page and 'data-kind="not_helpful"' in page
    # Why the flycam question went unanswered, in staff's words (the code beside it for support).
    assert re.search(r"(Chủ đề chưa có trong tài liệu|Không tìm|Câu hỏi không khớp|Ngoài phạm vi|Bị từ chối)[^<]*\(\w+\)", page)
    key = re.search(r'name="key" value="(f\d+)"', page).group(1)
    client.post("/admin/inbox/golden", data={"csrf_token": csrf, "key": key, "procedure": "Chứng thực chữ ký",
                                              "facts": "10.000 đồng"})
    cases = app.state.console.golden.cases()
    assert cases[-1]["expect"] == {"procedure": ["Chứng thực chữ ký"], "facts": [["10000\\ dong"]], "refuse": False}
    assert "0912345678" not in cases[-1]["question"]
    assert f'value="{key}"' not in client.get("/admin/inbox").text  # handled by being added
    assert actions(app)[0] == "golden_added"


def test_the_audit_log_is_append_only_and_exports_csv(console):
    app, url, root = console
    sign_in(url, "=HYPERLINK(\"http://x\")", "wrong-password")  # a name typed to attack the spreadsheet
    client, _ = sign_in(url, APPROVER)
    db = sqlite3.connect(root / "data" / "console" / "console.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit")
    exported = client.get("/admin/audit.csv")
    assert exported.headers["content-disposition"].startswith("attachment")
    assert f",{APPROVER},sign_in," in exported.text
    assert "'=HYPERLINK" in exported.text and ",=HYPERLINK" not in exported.text


def test_a_script_publishes_with_the_token_and_a_later_refresh_keeps_it(tmp_path_factory, embedding_cache, embedder):
    """The admin token drives the console without a session or CSRF token (a bearer header is never sent
    by a browser on its own); a command-line refresh of the corpus afterwards keeps the published upload
    and the console's versions."""
    from ingest.run import ingest

    root = tmp_path_factory.mktemp("console-token")
    app, settings = console_app(root, embedding_cache, embedder, golden_sets=[])
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    pdf = signature_fee_pdf(root / "chung-thuc-chu-ky.pdf")
    with live_server(app) as url, httpx.Client(base_url=url, headers=headers, timeout=120) as script:
        assert upload(script, pdf).status_code == 303
        script.post("/admin/gate/run")
        assert 'data-blocked="no"' in script.get("/admin/gate").text  # no golden question: nothing regresses
        assert "câu trả lời thay đổi" in script.get("/admin").text  # the overview shows the draft's gate run
        assert script.post("/admin/publish").headers["location"] == "/admin/versions"
        overview = script.get("/admin").text  # the draft is published: its run says nothing of the next draft
        assert "Chưa chạy kiểm thử cho bản nháp hiện tại." in overview and "câu trả lời thay đổi" not in overview
        assert NEW_FEE in script.post("/api/ask", json={"question": FEE_QUESTION}).json()["answer"]
        assert [e.actor for e in app.state.console.audit.events(action="publish")] == ["token"]

        report = ingest(settings, [settings.corpus_dir], embedder=embedder)
        assert not report.failed
        assert any("superseded by the upload" in c.reason for c in report.changes)
        script.post("/api/ask", json={"question": FEE_QUESTION})  # let the assistant see the refreshed pointer
        versions = app.state.console.versions.list()
        assert [v.kept for v in versions] == [True, True]
        live = app.state.console.workspace.live_procedures()["chung-thuc-chu-ky"]
        assert NEW_FEE in live.fee_summary and live.source.endswith("uploads/chung-thuc-chu-ky.pdf")

        # A refresh that changes something (a page ingested from the command line) is what serves
        # next: the versions page lists it as live, and a rollback to the console's version is a choice.
        extra = root / "extra"
        extra.mkdir()
        make_html(extra / "bo-cau.html", RECORDS[1])
        assert not ingest(settings, [extra], embedder=embedder).failed
        versions = app.state.console.versions.list()
        assert versions[0].live and versions[0].by == "ingest" and not any(v.live for v in versions[1:])
        assert script.get("/admin/versions").text.count('data-live="yes"') == 1


def test_a_procedure_opened_from_the_inbox_can_be_deleted_in_the_draft_and_kept_again(console):
    app, url, _ = console
    client, _ = sign_in(url, EDITOR)
    csrf = csrf_of(client)
    page = client.get("/admin/procedures/dang-ky-khai-sinh")
    assert page.status_code == 200 and "Thành phần hồ sơ" in page.text
    client.post("/admin/draft/delete-procedure", data={"csrf_token": csrf, "procedure_id": "dang-ky-khai-sinh"})
    diff = client.get("/admin/diff", params={"lang": "en"})
    assert 'data-action="deleted"' in diff.text and "Changes against the live index" in diff.text
    assert "ward_console_lang=en" in diff.headers["set-cookie"]
    assert "Thay đổi so với" not in client.get("/admin/diff").text  # English stays chosen
    client.post("/admin/draft/delete-procedure", data={"csrf_token": csrf, "procedure_id": "dang-ky-khai-sinh",
                                                        "undo": "1"})
    assert 'data-action="deleted"' not in client.get("/admin/diff").text
    assert actions(app)[:2] == ["procedure_restored", "procedure_deleted"]


def test_random_bytes_named_pdf_read_as_a_broken_file(tmp_path):
    """What staff see for a .pdf that is no PDF at all: the staff guide's "Tệp bị hỏng", the loader's
    own words only as technical detail."""
    from assistant.errors import DocumentError
    from ingest.drafts import failure_kind
    from ingest.loaders import loader_for

    broken = tmp_path / "quyet-dinh.pdf"
    broken.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DocumentError) as error:
        loader_for(broken)(broken, broken.name)
    assert failure_kind(str(error.value)) == "corrupt"


def test_publishing_waits_for_a_running_gate(console):
    """A publish or a rollback while the gate runs would pull the draft from under it: refused with a
    message, and a script's second run gets 409 rather than an older result."""
    import threading

    app, url, root = console
    release = threading.Event()
    runner = app.state.console.gate_runner
    assert runner.start("test", lambda progress: release.wait(30)) is not None
    try:
        client, _ = sign_in(url, APPROVER)
        csrf = csrf_of(client)
        refused = client.post("/admin/publish", data={"csrf_token": csrf, "reason": "x"})
        assert refused.headers["location"] == "/admin/gate?error=busy"
        assert "chờ chạy xong rồi mới xuất bản" in client.get(refused.headers["location"]).text
        assert 'data-testid="gate-progress"' in client.get("/admin/gate").text
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}) as script:
            upload(script, signature_fee_pdf(root / "phi.pdf"))
            assert script.post("/admin/gate/run").status_code == 409
            script.post("/admin/draft/remove", data={"name": "phi.pdf"})
    finally:
        release.set()
        runner.job.thread.join(10)
    assert runner.running() is None
