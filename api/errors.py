"""The API's one error shape, {"error": {"code", "message"}}, and the handlers that translate every
failure into it once: HTTP errors, invalid requests, the assistant's own errors, and anything
unexpected (logged here; the client never sees a stack trace)."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import IndexNotReady, RefreshInProgress, WardError

log = logging.getLogger("ward.api")

# Short machine-readable codes for the HTTP statuses the API raises itself.
_HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "too_large", 415: "unsupported_media_type", 429: "rate_limited",
}


class APIError(Exception):
    """An error a route raises on purpose, with its status, code and a message safe to show."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    """The one JSON error shape of the API: {"error": {"code", "message"}}."""
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError):
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", []) if p != "body")
        return error_response(422, "invalid_request", f"{where}: {first.get('msg', 'invalid request')}".strip(": "))

    @app.exception_handler(IndexNotReady)
    async def _not_ready(request: Request, exc: IndexNotReady):
        return error_response(503, "index_not_ready", str(exc))

    @app.exception_handler(RefreshInProgress)
    async def _busy(request: Request, exc: RefreshInProgress):
        return error_response(409, "refresh_in_progress", str(exc))

    @app.exception_handler(WardError)
    async def _ward_error(request: Request, exc: WardError):
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return error_response(503, "unavailable", "The assistant is unavailable right now; the error was logged.")



class TrackedSend:
    """An ASGI `send` that remembers whether the response has started: until then a middleware can
    still answer with the error shape; after, the only thing left is to close the connection."""

    def __init__(self, send) -> None:
        self._send = send
        self.started = False

    async def __call__(self, event) -> None:
        if event["type"] == "http.response.start":
            self.started = True
        await self._send(event)


class CatchAllMiddleware:
    """Turns any unexpected exception into the error shape, logged here.

    Starlette's own handler for `Exception` answers and then re-raises, which makes the server drop
    the keep-alive connection; the client's next request on it then fails. This one answers and stops.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        tracked = TrackedSend(send)
        try:
            await self.app(scope, receive, tracked)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if tracked.started:
                raise  # too late for a clean answer; the server closes the connection
            response = error_response(500, "internal_error", "Something went wrong; the error was logged.")
            await response(scope, receive, send)
