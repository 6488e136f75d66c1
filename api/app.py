"""FastAPI application factory: `create_app(settings)` builds the app; nothing happens at import.

    api/app.py             wiring: state, middleware, routers
    api/errors.py          the one error shape and the handlers that produce it
    api/security.py        rate limit, body limits, the admin guard
    api/routes_chat.py     /api/ask, /api/chat (server-sent events), /api/feedback
    api/routes_catalog.py  /api/procedures, /api/procedures/{id}, /api/ward
    api/routes_admin.py    /api/admin/ingest, /api/admin/status
    api/routes_pages.py    /widget.js, / (demo ward page), /kiosk
    api/console/           /admin, the staff console: `api.console.routes.install(app, services)`
"""
from __future__ import annotations

import threading

from typing import Callable

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from assistant.errors import IndexNotReady, WardError
from assistant.feedback import FeedbackStore
from assistant.pipeline import Assistant
from assistant.settings import Settings

from . import routes_admin, routes_catalog, routes_chat, routes_pages
from .conversations import ConversationStore
from .errors import CatchAllMiddleware, error_response, install_error_handlers
from .routes_chat import AskRequest, Turn  # noqa: F401  (kept importable from here)
from .security import BodyLimitMiddleware, RateLimitMiddleware
from .unanswered import UnansweredLog

__all__ = ["create_app", "error_response"]


def create_app(
    settings: Settings,
    assistant: Assistant | None = None,
    ingest_files: Callable | None = None,
    conversations: ConversationStore | None = None,
) -> FastAPI:
    """The API and widget for `settings`; `ingest_files(settings, paths) -> RefreshReport` enables uploads."""
    app = FastAPI(title="Ward Assistant", version="0.1.0",
                  description="Cited answers about a ward's administrative procedures, and the chat widget.")
    app.state.settings = settings
    if assistant is None:
        assistant = Assistant(settings)
        # Load the model and the index now, not on the first citizen's question (seconds on a big index).
        threading.Thread(target=assistant.prepare, daemon=True, name="warm-up").start()
    app.state.assistant = assistant
    app.state.ingest_files = ingest_files
    app.state.conversations = conversations or ConversationStore()
    app.state.feedback = FeedbackStore.for_data_dir(settings.data_dir)
    app.state.unanswered = UnansweredLog.for_data_dir(settings.data_dir)
    install_error_handlers(app)

    # Added innermost first: CORS is outermost so that 413, 429 and 500 answers carry its headers too.
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_request_bytes=settings.max_request_kb * 1024,
                       max_upload_bytes=int(settings.max_upload_mb * 1_000_000))
    app.add_middleware(RateLimitMiddleware, limit=settings.rate_limit_per_minute)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "Authorization"], expose_headers=["Retry-After"], max_age=600)

    @app.get("/healthz", tags=["health"])
    def healthz(request: Request):
        """200 once the index is loaded; 503 with the reason otherwise."""
        try:
            snapshot = request.app.state.assistant.index.current()
        except IndexNotReady as exc:
            return error_response(503, "index_not_ready", str(exc))
        except WardError as exc:
            return error_response(503, "index_unavailable", str(exc))
        return {"status": "ok", "procedures": len(snapshot.procedures), "chunks": snapshot.chunk_count,
                "embedder": snapshot.embedder}

    for module in (routes_chat, routes_catalog, routes_admin, routes_pages):
        app.include_router(module.router)
    return app
