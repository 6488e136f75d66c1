"""`install(app, services)`: the console's state, its two exception handlers and its routers; and the
overview, inbox, procedure and audit pages. Every GET needs a session or the admin token; every POST
also its CSRF token (see web.py)."""
from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from assistant.messages import WIDGET_TEXT

from ..errors import APIError, error_response
from . import ConsoleServices, routes_auth, routes_draft, routes_release
from .audit import AuditLog
from .auth import StaffStore
from .gate import Gate
from .inbox import Inbox, WardGoldenSet
from .state import ConsoleState
from .texts import reason_label
from .web import HEADERS, NotSignedIn, Refused, audit, back, caller, console_of, form_post, language, render

router = APIRouter(prefix="/admin", include_in_schema=False)


def install(app: FastAPI, services: ConsoleServices) -> None:
    state = app.state
    data_dir = state.settings.data_dir
    state.console = ConsoleState(services, StaffStore.for_data_dir(data_dir), AuditLog.for_data_dir(data_dir),
                                 Gate.for_data_dir(data_dir, services.passes),
                                 Inbox.for_data_dir(data_dir, state.unanswered, state.feedback),
                                 WardGoldenSet.for_data_dir(data_dir))

    @app.exception_handler(NotSignedIn)
    async def _sign_in_first(request: Request, exc: NotSignedIn):
        if request.method == "GET":
            return RedirectResponse(f"/admin/login?next={quote(request.url.path)}", status_code=303)
        return error_response(401, "unauthorized", "Sign in to the console, or send the admin token.")

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused):
        return render(request, "refused.html", status=exc.status, reason=exc.reason)

    for module in (routes_auth, routes_draft, routes_release):
        app.include_router(module.router)
    app.include_router(router)


@router.get("")
def overview(request: Request):
    who, console = caller(request), console_of(request)
    live = request.app.state.assistant.index.current()
    gate = console.gate.latest()
    if gate is not None and (console.workspace.is_empty() or gate.fingerprint != console.versions.draft_fingerprint()):
        gate = None  # a run for a draft since published or changed says nothing of this one
    return render(request, "overview.html", who=who, live=live, files=console.workspace.files(),
                  changes=console.workspace.diff(), gate=gate,
                  inbox=len(console.inbox.items()), versions=console.versions.list()[:3])


@router.get("/inbox")
def inbox(request: Request):
    who, console = caller(request), console_of(request)
    titles = {pid: p.name for pid, p in request.app.state.assistant.index.current().procedures.items()}
    # A thumbs-down's reason in the widget's own words ("Thiếu thông tin"); the pipeline's codes in staff's words.
    lang = language(request)
    widget_reasons = WIDGET_TEXT[lang]["reasons"]
    groups = console.inbox.groups(titles)
    reasons = {item.reason: widget_reasons.get(item.reason) or reason_label(item.reason, lang)
               for group in groups for item in group.items if item.reason}
    return render(request, "inbox.html", who=who, groups=groups, titles=titles, reasons=reasons)


@router.post("/inbox/handled")
async def inbox_handled(request: Request):
    who, form = await form_post(request)
    key = str(form.get("key", ""))
    if console_of(request).inbox.find(key) is None:
        raise APIError(404, "not_found", "No such inbox item.")
    console_of(request).inbox.mark_handled(key, who.staff.name)
    audit(request, who.staff.name, "inbox_handled", key)
    return back("/admin/inbox")


@router.post("/inbox/golden")
async def inbox_golden(request: Request):
    who, form = await form_post(request)
    console = console_of(request)
    item = console.inbox.find(str(form.get("key", "")))
    if item is None:
        raise APIError(404, "not_found", "No such inbox item.")
    facts = str(form.get("facts", "")).splitlines()
    try:
        case = console.golden.add(str(form.get("question") or item.question), str(form.get("procedure", "")), facts)
    except ValueError as exc:
        raise APIError(422, "invalid_request", str(exc)) from exc
    console.inbox.mark_handled(item.key, who.staff.name)
    audit(request, who.staff.name, "golden_added", case["id"], case["question"])
    return back("/admin/inbox")


@router.get("/procedures/{procedure_id}")
def procedure(request: Request, procedure_id: str):
    who = caller(request)
    found = request.app.state.assistant.index.current().procedures.get(procedure_id)
    if found is None:
        raise APIError(404, "not_found", "No such procedure in the live index.")
    return render(request, "procedure.html", who=who, procedure=found,
                  deleted=procedure_id in console_of(request).workspace.deletions())


@router.get("/audit")
def audit_page(request: Request):
    who = caller(request)
    return render(request, "audit.html", who=who, events=console_of(request).audit.events())


@router.get("/audit.csv")
def audit_csv(request: Request):
    caller(request)
    return Response(console_of(request).audit.to_csv(), media_type="text/csv; charset=utf-8",
                    headers={**HEADERS, "Content-Disposition": 'attachment; filename="audit.csv"'})
