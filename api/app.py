"""FastAPI application factory: `create_app(settings)` builds the app; nothing happens at import."""
from __future__ import annotations

import logging
from typing import Callable, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.answer import Answer
from assistant.errors import IndexNotReady, WardError
from assistant.pipeline import Assistant
from assistant.settings import Settings

log = logging.getLogger("ward.api")


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=4000)


class AskRequest(BaseModel):
    question: str = Field(..., max_length=1000)
    history: list[Turn] = Field(default_factory=list, max_length=20)


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    """The one JSON error shape of the API: {"error": {"code", "message"}}."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def create_app(settings: Settings, assistant: Assistant | None = None, ingest_files: Callable | None = None) -> FastAPI:
    app = FastAPI(title="Ward Assistant", version="0.1.0", description="Cited answers about a ward's procedures.")
    app.state.settings = settings
    app.state.assistant = assistant or Assistant(settings)
    app.state.ingest_files = ingest_files

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, "http_error", str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", []) if p != "body")
        return error_response(422, "invalid_request", f"{where}: {first.get('msg', 'invalid request')}".strip(": "))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, "internal_error", "Something went wrong; the error was logged.")

    @app.get("/healthz")
    def healthz():
        try:
            snapshot = app.state.assistant.index.current()
        except IndexNotReady as exc:
            return error_response(503, "index_not_ready", str(exc))
        except WardError as exc:
            return error_response(503, "index_unavailable", str(exc))
        return {"status": "ok", "procedures": len(snapshot.procedures), "chunks": snapshot.chunk_count,
                "embedder": snapshot.embedder}

    @app.post("/api/ask", response_model=Answer)
    def ask(request: AskRequest) -> Answer:
        return app.state.assistant.ask(request.question, [t.model_dump() for t in request.history])

    return app
