"""The widget script and the two pages that carry it: a demo ward web page and the kiosk.

`/widget.js` is served with the wording of `assistant.messages.WIDGET_TEXT` filled in, so the script
needs no build step and no second request for its labels. The kiosk page, which we own entirely,
also gets a strict Content-Security-Policy; the demo page deliberately has none, like many ward sites,
so the browser tests prove the widget itself never runs markup.
"""
from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from assistant.messages import WIDGET_TEXT

router = APIRouter(include_in_schema=False)
KIOSK_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
             "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@lru_cache(maxsize=None)
def static_text(name: str) -> str:
    return resources.files("api").joinpath("static", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def widget_script() -> str:
    # ensure_ascii: the literal then survives any charset the host page declares.
    return static_text("widget.js").replace("__WARD_TEXT__", json.dumps(WIDGET_TEXT, ensure_ascii=True))


@router.get("/widget.js")
def widget() -> Response:
    return Response(widget_script(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"})


@router.get("/", response_class=HTMLResponse)
def demo(request: Request) -> HTMLResponse:
    # The ward's own name (from ward-profile.yaml), so each ward's instance shows its own page.
    ward = html.escape(request.app.state.assistant.profile.ward_name)
    return HTMLResponse(static_text("demo.html").replace("__WARD_NAME__", ward))


@router.get("/kiosk", response_class=HTMLResponse)
def kiosk() -> HTMLResponse:
    return HTMLResponse(static_text("kiosk.html"), headers={"Content-Security-Policy": KIOSK_CSP})
