"""Staff routes: token guard, document upload into a writable index, status with what went unanswered."""
from __future__ import annotations

import time

import httpx
import pytest

from api.app import create_app
from tests.api.conftest import ADMIN_TOKEN
from tests.api.live import live_server

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
UPLOADED_DOC = """---
id: xac-nhan-thu-nghiem-tai-len
kind: procedure
title: "Xác nhận thử nghiệm tải lên"
short_title: Xác nhận thử nghiệm tải lên
field: Thử nghiệm
fee_summary: "3.000 đồng/bản"
time_limit: "Trong ngày"
---

# Xác nhận thử nghiệm tải lên

Thủ tục giả để kiểm thử việc cán bộ tải tài liệu lên.

## Phí, lệ phí
- Lệ phí xác nhận thử nghiệm tải lên là 3.000 đồng/bản.
"""


@pytest.fixture
def admin(hostile_url):
    with httpx.Client(base_url=hostile_url, timeout=300) as client:
        yield client


def test_admin_routes_need_the_bearer_token(admin):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {ADMIN_TOKEN}"}):
        response = admin.get("/api/admin/status", headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["error"]["code"] == "unauthorized"
    assert admin.post("/api/admin/ingest", files={"files": ("a.md", b"# A")}).status_code == 401


def test_upload_stages_the_file_and_refreshes_the_index(admin, hostile_index):
    response = admin.post("/api/admin/ingest", headers=AUTH,
                          files={"files": ("../../xac-nhan-thu-nghiem-tai-len.md", UPLOADED_DOC.encode(), "text/markdown")})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["failed"] is False and body["files"] == ["xac-nhan-thu-nghiem-tai-len.md"]
    assert {"action": "created", "procedure_id": "xac-nhan-thu-nghiem-tai-len"}.items() <= body["changes"][0].items()
    staged = hostile_index.data_dir / "uploads" / "xac-nhan-thu-nghiem-tai-len.md"
    assert staged.read_text(encoding="utf-8") == UPLOADED_DOC  # inside the staging folder, whatever the name said
    # The serving index picks the new version up on its next poll.
    deadline = time.monotonic() + 60
    while admin.get("/api/procedures/xac-nhan-thu-nghiem-tai-len").status_code != 200:
        assert time.monotonic() < deadline, "the uploaded procedure never became visible"
        time.sleep(0.2)
    answer = admin.post("/api/ask", json={"question": "Lệ phí xác nhận thử nghiệm tải lên là bao nhiêu?"}).json()
    assert answer["status"] == "answered" and "3.000" in answer["answer"]

    again = admin.post("/api/admin/ingest", headers=AUTH,
                       files={"files": ("xac-nhan-thu-nghiem-tai-len.md", UPLOADED_DOC.encode(), "text/markdown")})
    assert [c["action"] for c in again.json()["changes"]] == ["unchanged"]


def test_a_file_that_cannot_be_read_is_reported(admin):
    response = admin.post("/api/admin/ingest", headers=AUTH, files={"files": ("notes.xyz", b"hello", "text/plain")})
    assert response.status_code == 200
    body = response.json()
    assert body["failed"] is True and body["changes"][0]["action"] == "failed"
    assert "unsupported" in body["changes"][0]["reason"]


def test_uploads_over_the_limit_are_refused(hostile_index, hostile_app):
    settings = hostile_index.model_copy(update={"max_upload_mb": 0.001})
    app = create_app(settings, assistant=hostile_app.state.assistant, ingest_files=hostile_app.state.ingest_files)
    with live_server(app) as url, httpx.Client(base_url=url) as client:
        response = client.post("/api/admin/ingest", headers=AUTH, files={"files": ("big.md", b"x" * 5000)})
        assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"
    assert not (settings.data_dir / "uploads" / "big.md").exists()


def test_status_reports_index_feedback_and_unanswered_questions(admin):
    unanswered = "Đăng ký nuôi ong mật cần mang giấy tờ gì?"
    assert admin.post("/api/ask", json={"question": unanswered}).json()["status"] == "not_found"
    admin.post("/api/feedback", json={"helpful": False, "reason": "wrong", "question": "Phí chứng thực chữ ký?"})
    admin.post("/api/feedback", json={"helpful": True, "question": "Phí chứng thực chữ ký?"})
    status = admin.get("/api/admin/status", headers=AUTH).json()
    assert status["index"]["procedures"] >= 2 and status["index"]["chunks"] > 0
    assert status["feedback"]["helpful"] >= 1 and status["feedback"]["not_helpful"] >= 1
    assert status["feedback"]["total"] == status["feedback"]["helpful"] + status["feedback"]["not_helpful"]
    assert status["recent_not_found"][0]["question"] == unanswered
    assert status["recent_not_helpful"][0]["reason"] == "wrong"
