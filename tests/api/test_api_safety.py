"""One error shape for every error, and the abuse limits: rate, size, CORS, no stack traces."""
from __future__ import annotations

import httpx
import pytest

from api.app import create_app
from api.sse import parse
from assistant.messages import WardProfile

from tests.api.live import live_server

SECRET = "secret-internal-detail-42"


class ExplodingIndex:
    def current(self):
        raise RuntimeError(SECRET)


class ExplodingAssistant:
    """Fails the way a bug would: with an unexpected exception carrying internal detail."""

    index = ExplodingIndex()
    profile = WardProfile()

    def ask(self, question, history):
        raise RuntimeError(SECRET)


def assert_error_shape(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    assert "Traceback" not in response.text and SECRET not in response.text
    return body


@pytest.fixture(scope="module")
def strict_url(api_settings, small_assistant):
    settings = api_settings.model_copy(update={"cors_origins": ["https://ward.example"], "admin_token": None,
                                               "max_request_kb": 4})
    with live_server(create_app(settings, assistant=small_assistant)) as url:
        yield url


@pytest.fixture(scope="module")
def limited_url(api_settings, small_assistant):
    settings = api_settings.model_copy(update={"rate_limit_per_minute": 3})
    with live_server(create_app(settings, assistant=small_assistant)) as url:
        yield url


@pytest.fixture(scope="module")
def broken_url(api_settings):
    with live_server(create_app(api_settings, assistant=ExplodingAssistant())) as url:
        yield url


def test_every_error_has_the_one_shape(client):
    assert_error_shape(client.get("/api/nothing-here"), 404, "not_found")
    assert_error_shape(client.get("/api/ask"), 405, "method_not_allowed")
    body = assert_error_shape(client.post("/api/ask", json={"history": []}), 422, "invalid_request")
    assert "question" in body["error"]["message"]
    assert_error_shape(client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"}),
                       422, "invalid_request")
    assert_error_shape(client.post("/api/ask", json={"question": "x" * 4001}), 422, "invalid_request")
    assert_error_shape(client.post("/api/ask", json={"question": "x", "history": [{"role": "system", "content": "x"}]}),
                       422, "invalid_request")


def test_unexpected_failures_are_logged_not_shown(broken_url):
    with httpx.Client(base_url=broken_url) as client:
        assert_error_shape(client.post("/api/ask", json={"question": "Phí?"}), 500, "internal_error")
        assert_error_shape(client.get("/api/procedures"), 500, "internal_error")
        health = assert_error_shape(client.get("/healthz"), 500, "internal_error")
        assert health
        stream = client.post("/api/chat", json={"question": "Phí?"})
        assert stream.status_code == 200 and SECRET not in stream.text
        events = parse(stream.text)
        assert [name for name, _ in events] == ["status", "error", "done"]
        assert events[1][1] == {"error": {"code": "internal_error", "message": events[1][1]["error"]["message"]}}


def test_rate_limit_answers_429_with_retry_after(limited_url):
    with httpx.Client(base_url=limited_url) as client:
        assert all(client.get("/api/ward").status_code == 200 for _ in range(3))
        refused = client.get("/api/ward")
        assert_error_shape(refused, 429, "rate_limited")
        # The client is told how long to wait: whole seconds, within the one-minute window.
        wait_seconds = int(refused.headers["retry-after"])
        assert wait_seconds in range(1, 61), refused.headers
        assert_error_shape(client.post("/api/ask", json={"question": "Phí?"}), 429, "rate_limited")
        # Health checks and the widget script are not citizens' questions: never limited.
        assert client.get("/healthz").status_code == 200
        assert client.get("/widget.js").status_code == 200


def test_oversized_bodies_are_refused_with_413(strict_url):
    with httpx.Client(base_url=strict_url) as client:
        big = {"question": "x", "history": [{"role": "user", "content": "y" * 3000}] * 3}
        assert_error_shape(client.post("/api/ask", json=big), 413, "too_large")

        def chunked():  # no Content-Length: the limit must hold while reading
            for _ in range(10):
                yield b" " * 1024

        assert_error_shape(client.post("/api/ask", content=chunked(), headers={"content-type": "application/json"}),
                           413, "too_large")


def test_cors_allows_only_the_configured_origins(strict_url):
    with httpx.Client(base_url=strict_url) as client:
        preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
        allowed = client.options("/api/chat", headers={"Origin": "https://ward.example", **preflight})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://ward.example"
        refused = client.options("/api/chat", headers={"Origin": "https://evil.example", **preflight})
        assert "access-control-allow-origin" not in refused.headers
        simple = client.get("/api/ward", headers={"Origin": "https://ward.example"})
        assert simple.headers["access-control-allow-origin"] == "https://ward.example"


def test_admin_routes_do_not_exist_without_a_token(strict_url):
    with httpx.Client(base_url=strict_url) as client:
        assert_error_shape(client.get("/api/admin/status", headers={"Authorization": "Bearer anything"}), 404, "not_found")
        assert_error_shape(client.post("/api/admin/ingest", files={"files": ("a.md", b"# A")}), 404, "not_found")


def test_api_does_not_import_ingest():
    """Dependencies point inward: the admin upload calls the function cli/server.py hands over."""
    import ast
    from pathlib import Path

    import api

    for path in Path(api.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "ingest" or n.startswith(("ingest.", "evals")) for n in names), path.name
