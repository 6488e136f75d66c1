"""Abuse limits and the admin guard.

- :class:`RateLimitMiddleware`: a sliding one-minute window per client address over `/api/`, answering
  429 with Retry-After once `rate_limit_per_minute` is spent;
- :class:`BodyLimitMiddleware`: 413 for bodies over `max_request_kb` (`max_upload_mb` for uploads), checked
  on Content-Length and again while reading, because chunked bodies carry no length;
- :func:`require_admin`: the admin routes exist only when `WARD_ADMIN_TOKEN` is set (404 otherwise) and
  answer only to `Authorization: Bearer <token>` (401 otherwise).

Both middlewares are plain ASGI so they never buffer the chat's event stream.
"""
from __future__ import annotations

import hmac
import json
import math
import threading
import time
from collections import OrderedDict, deque
from typing import Callable

from fastapi import Request
from starlette.exceptions import HTTPException as StarletteHTTPException

from .errors import APIError, TrackedSend, error_body

ADMIN_PREFIX = "/api/admin/"
UPLOAD_PATHS = {"/api/admin/ingest", "/admin/draft/upload"}
# Enough distinct clients for a ward's traffic; the oldest idle ones are forgotten first.
MAX_TRACKED_CLIENTS = 10_000
WINDOW_SECONDS = 60.0


async def send_error(send, status: int, code: str, message: str, headers: dict | None = None) -> None:
    body = json.dumps(error_body(code, message)).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), str(v).encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class SlidingWindow:
    """Requests per client in the last minute; thread-safe, bounded in the number of clients."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._hits: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, client: str) -> int:
        """0 if the request may go ahead (and count it), else the seconds to wait."""
        now = self.clock()
        with self._lock:
            hits = self._hits.pop(client, None) or deque()
            while hits and now - hits[0] >= WINDOW_SECONDS:
                hits.popleft()
            self._hits[client] = hits
            while len(self._hits) > MAX_TRACKED_CLIENTS:
                self._hits.popitem(last=False)
            if len(hits) >= self.limit:
                return max(1, math.ceil(WINDOW_SECONDS - (now - hits[0])))
            hits.append(now)
            return 0


def client_address(request: Request) -> str | None:
    """The client's address as uvicorn gives it (behind a trusted proxy, from X-Forwarded-For)."""
    return request.client.host if request.client else None


class RateLimitMiddleware:
    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.window = SlidingWindow(limit)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/api/") or scope["method"] == "OPTIONS":
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.window.check(client)
        if wait:
            return await send_error(send, 429, "rate_limited", f"Too many requests; try again in {wait} s.",
                                    {"Retry-After": wait})
        return await self.app(scope, receive, send)


class _TooLarge(StarletteHTTPException):
    """Raised from inside the body read; an HTTPException so that FastAPI's body parsing lets it
    through as a 413 rather than turning it into a generic 400."""

    def __init__(self, message: str) -> None:
        super().__init__(413, message)


class BodyLimitMiddleware:
    def __init__(self, app, max_request_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.max_upload_bytes if scope["path"] in UPLOAD_PATHS else self.max_request_bytes
        message = f"The request body is over the limit of {_human(limit)}."
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            return await send_error(send, 413, "too_large", message)

        received = 0
        tracked = TrackedSend(send)

        async def counting_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > limit:
                    raise _TooLarge(message)
            return event

        try:
            await self.app(scope, counting_receive, tracked)
        except _TooLarge:
            if not tracked.started:
                await send_error(send, 413, "too_large", message)


def _human(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size // 1024} KB"


def require_admin(request: Request) -> None:
    """FastAPI dependency guarding the admin routes."""
    check = getattr(request.app.state, "admin_check", None)
    if check is not None:  # a ward of a city: its own token, its staff or the city's (api/wards.py)
        return check(request)
    token = request.app.state.settings.admin_token
    if not token:
        # Off unless configured: the routes look as if they did not exist.
        raise APIError(404, "not_found", "Not Found")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise APIError(401, "unauthorized", "A valid admin token is required.", {"WWW-Authenticate": "Bearer"})
