"""The console's pages (GET) and form posts (POST, each CSRF-checked), and `install(app, services)`."""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from assistant.documents import SECTION_TITLES
from assistant.index import IndexHandle
from assistant.messages import WIDGET_TEXT
from assistant.pipeline import Assistant

from ..errors import APIError, error_response
from ..routes_admin import safe_name
from . import ConsoleServices
from .audit import AuditLog
from .auth import LoginRefused, StaffStore
from .gate import Gate, load_cases
from .inbox import Inbox, WardGoldenSet
from .web import (HEADERS, LOGIN_COOKIE, SESSION_COOKIE, Caller, NotSignedIn, Refused, audit, caller, form_post,
                  language, new_login_token, render, secure_cookies)

router = APIRouter(prefix="/admin", include_in_schema=False)
MAX_FILES_PER_UPLOAD = 20
# How long a publish or rollback waits for the running assistant to answer from the new version.
SWAP_WAIT_SECONDS = 60


@dataclass
class ConsoleState:
    services: ConsoleServices
    staff: StaffStore
    audit: AuditLog
    gate: Gate
    inbox: Inbox
    golden: WardGoldenSet

    @property
    def workspace(self):
        return self.services.workspace

    @property
    def versions(self):
        return self.services.versions


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

    app.include_router(router)


def _console(request: Request) -> ConsoleState:
    return request.app.state.console


def _back(path: str, **query) -> RedirectResponse:
    suffix = "&".join(f"{k}={quote(str(v))}" for k, v in query.items())
    return RedirectResponse(path + (f"?{suffix}" if suffix else ""), status_code=303)


def _wait_until_serving(assistant: Assistant, version: str) -> bool:
    """Publishing is done when the running assistant answers from the new version, not before."""
    deadline = time.monotonic() + SWAP_WAIT_SECONDS
    while time.monotonic() < deadline:
        if assistant.index.current().version == version:
            return True
        time.sleep(0.05)
    return False


# -- signing in --------------------------------------------------------------------------------
@router.get("/login")
def login_page(request: Request, next: str = "/admin"):
    token = request.cookies.get(LOGIN_COOKIE) or new_login_token()
    response = render(request, "login.html", login_token=token, next=next)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/admin",
                        secure=secure_cookies(request))
    return response


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    name, password = str(form.get("name", "")).strip()[:80], str(form.get("password", ""))
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or form.get("csrf_token") != expected:
        audit(request, name, "sign_in_refused", detail="missing or wrong CSRF token")
        raise Refused("csrf")
    next_page = str(form.get("next", "/admin"))
    if not next_page.startswith("/admin") or next_page.startswith("//"):
        next_page = "/admin"  # never an open redirect
    staff = _console(request).staff
    try:
        member = await run_in_threadpool(staff.verify, name, password)
    except LoginRefused as exc:
        audit(request, name, "sign_in_failed", detail=exc.reason)
        return render(request, "login.html", status=429 if exc.reason == "locked" else 401,
                      login_token=expected, next=next_page, error=exc.reason, name=name)
    audit(request, member.name, "sign_in", detail=member.role)
    response = _back(next_page)
    response.set_cookie(SESSION_COOKIE, staff.start_session(member), httponly=True, samesite="strict",
                        path="/admin", secure=secure_cookies(request))
    return response


@router.post("/logout")
async def logout(request: Request):
    who, _ = await form_post(request)
    _console(request).staff.end_session(request.cookies.get(SESSION_COOKIE))
    audit(request, who.staff.name, "sign_out")
    response = _back("/admin/login")
    response.delete_cookie(SESSION_COOKIE, path="/admin")
    return response


# -- overview and draft ------------------------------------------------------------------------
@router.get("")
def overview(request: Request):
    who, console = caller(request), _console(request)
    live = request.app.state.assistant.index.current()
    return render(request, "overview.html", who=who, live=live, files=console.workspace.files(),
                  changes=console.workspace.diff(), gate=console.gate.latest(),
                  inbox=len(console.inbox.items()), versions=console.versions.list()[:3])


@router.get("/draft")
def draft(request: Request):
    who, console = caller(request), _console(request)
    return render(request, "draft.html", who=who, files=console.workspace.files(),
                  deletions=console.workspace.deletions(), refused=request.query_params.getlist("refused"))


@router.post("/draft/upload")
async def upload(request: Request):
    who, form = await form_post(request)
    workspace = _console(request).workspace
    uploads = [f for f in form.getlist("files") if getattr(f, "filename", None)]
    if len(uploads) > MAX_FILES_PER_UPLOAD:
        raise Refused("too_many_files", 413)
    refused = []
    limit = int(request.app.state.settings.max_file_mb * 1_000_000)
    for upload in uploads:
        try:
            name = safe_name(upload.filename)
        except APIError:
            refused.append(f"{upload.filename[:80]}: bad_name")
            continue
        data = await upload.read(limit + 1)  # one byte over says "too large" without reading the rest
        try:
            report = await run_in_threadpool(workspace.add_file, name, data, who.staff.name)
        except ValueError as exc:
            refused.append(f"{name}: {getattr(exc, 'kind', 'refused')}")
            audit(request, who.staff.name, "upload_refused", name, str(exc))
            continue
        detail = (f"failed ({report.failure}): {report.error}" if report.status == "failed"
                  else f"read: {len(report.procedures)} procedure(s)")
        audit(request, who.staff.name, "upload", name, detail)
    return _back("/admin/draft", **({"refused": "; ".join(refused)} if refused else {}))


@router.get("/draft/file")
def draft_file(request: Request, name: str):
    who, console = caller(request), _console(request)
    if name not in console.workspace.file_names():
        raise APIError(404, "not_found", "No such draft file.")
    return render(request, "file.html", who=who, report=console.workspace.read(name),
                  corrections=console.workspace.corrections(name), section_titles=SECTION_TITLES)


@router.post("/draft/correct")
async def correct(request: Request):
    who, form = await form_post(request)
    name, procedure_id, field = (str(form.get(k, "")) for k in ("name", "procedure_id", "field"))
    value = str(form.get("value", ""))
    try:
        await run_in_threadpool(_console(request).workspace.correct, name, procedure_id, field, value, who.staff.name)
    except ValueError as exc:
        raise APIError(422, "invalid_request", str(exc)) from exc
    audit(request, who.staff.name, "correction", f"{name} / {procedure_id} / {field}", value[:500])
    return _back("/admin/draft/file", name=name)


@router.post("/draft/remove")
async def remove(request: Request):
    who, form = await form_post(request)
    name = str(form.get("name", ""))
    if name in _console(request).workspace.file_names():
        _console(request).workspace.remove_file(name)
        audit(request, who.staff.name, "draft_file_removed", name)
    return _back("/admin/draft")


@router.post("/draft/delete-procedure")
async def delete_procedure(request: Request):
    who, form = await form_post(request)
    procedure_id, undo = str(form.get("procedure_id", "")), form.get("undo") == "1"
    try:
        _console(request).workspace.mark_deleted(procedure_id, who.staff.name, deleted=not undo)
    except ValueError as exc:
        raise APIError(404, "not_found", str(exc)) from exc
    audit(request, who.staff.name, "procedure_restored" if undo else "procedure_deleted", procedure_id)
    return _back("/admin/diff")


@router.get("/diff")
def diff(request: Request):
    who, console = caller(request), _console(request)
    return render(request, "diff.html", who=who, changes=console.workspace.diff())


# -- the gate, publishing and versions ---------------------------------------------------------
@router.get("/gate")
def gate_page(request: Request):
    who, console = caller(request), _console(request)
    run = console.gate.latest()
    current = console.versions.draft_fingerprint()
    return render(request, "gate.html", who=who, run=run, current=run is not None and run.fingerprint == current,
                  empty=console.workspace.is_empty(), error=request.query_params.get("error", ""))


@router.post("/gate/run")
async def run_gate(request: Request):
    who, _ = await form_post(request)
    console = _console(request)
    if console.workspace.is_empty():
        return _back("/admin/gate", error="empty")
    run = await run_in_threadpool(_run_gate, request, console, who.staff.name)
    audit(request, who.staff.name, "gate_run", f"gate #{run.id}",
          f"{run.total} questions, {len(run.changes)} changed, {len(run.regressions)} regressions")
    return _back("/admin/gate")


def _run_gate(request: Request, console: ConsoleState, by: str):
    live = request.app.state.assistant
    _, mark = console.versions.build_draft()
    draft = Assistant(live.settings, embedder=live.embedder, index=IndexHandle(console.versions.draft_store),
                      profile=live.profile)
    cases = load_cases(console.services.golden_sets) + console.golden.cases()
    return console.gate.run(cases, live, draft, mark, by)


@router.post("/publish")
async def publish(request: Request):
    who, form = await form_post(request)
    console = _console(request)
    run = console.gate.latest()
    if run is None or run.fingerprint != console.versions.draft_fingerprint():
        return _back("/admin/gate", error="stale")
    reason = str(form.get("reason", "")).strip()
    if run.blocked:
        if not who.staff.can_override:
            audit(request, who.staff.name, "override_refused", f"gate #{run.id}", f"role {who.staff.role}")
            raise Refused("override_role")
        if not reason:
            return _back("/admin/gate", error="reason")
        audit(request, who.staff.name, "override", f"gate #{run.id}",
              f"{len(run.regressions)} regressions; reason: {reason}")
    try:
        version = await run_in_threadpool(console.versions.publish, who.staff.name, run.fingerprint, reason)
    except Exception as exc:  # PublishError, RefreshInProgress: shown, not a 500
        return _back("/admin/gate", error=str(exc)[:200])
    audit(request, who.staff.name, "publish", version.name, version.summary + "; " +
          ", ".join(f"{c['action']} {c['procedure_id']}" for c in version.changes)[:1500])
    await run_in_threadpool(_wait_until_serving, request.app.state.assistant, version.name)
    return _back("/admin/versions")


@router.get("/versions")
def versions(request: Request):
    who = caller(request)
    return render(request, "versions.html", who=who, versions=_console(request).versions.list(),
                  error=request.query_params.get("error", ""))


@router.post("/versions/rollback")
async def rollback(request: Request):
    who, form = await form_post(request)
    name = str(form.get("name", ""))
    try:
        version = await run_in_threadpool(_console(request).versions.rollback, name)
    except Exception as exc:
        return _back("/admin/versions", error=str(exc)[:200])
    audit(request, who.staff.name, "rollback", version.name, version.summary or version.note)
    await run_in_threadpool(_wait_until_serving, request.app.state.assistant, version.name)
    return _back("/admin/versions")


# -- inbox, procedures, audit ------------------------------------------------------------------
@router.get("/inbox")
def inbox(request: Request):
    who, console = caller(request), _console(request)
    titles = {pid: p.name for pid, p in request.app.state.assistant.index.current().procedures.items()}
    # A thumbs-down's reason in the widget's own words ("Thiếu thông tin"); pipeline reasons stay as codes.
    reasons = WIDGET_TEXT[language(request)]["reasons"]
    return render(request, "inbox.html", who=who, groups=console.inbox.groups(titles), titles=titles, reasons=reasons)


@router.post("/inbox/handled")
async def inbox_handled(request: Request):
    who, form = await form_post(request)
    key = str(form.get("key", ""))
    if _console(request).inbox.find(key) is None:
        raise APIError(404, "not_found", "No such inbox item.")
    _console(request).inbox.mark_handled(key, who.staff.name)
    audit(request, who.staff.name, "inbox_handled", key)
    return _back("/admin/inbox")


@router.post("/inbox/golden")
async def inbox_golden(request: Request):
    who, form = await form_post(request)
    console = _console(request)
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
    return _back("/admin/inbox")


@router.get("/procedures/{procedure_id}")
def procedure(request: Request, procedure_id: str):
    who = caller(request)
    found = request.app.state.assistant.index.current().procedures.get(procedure_id)
    if found is None:
        raise APIError(404, "not_found", "No such procedure in the live index.")
    return render(request, "procedure.html", who=who, procedure=found,
                  deleted=procedure_id in _console(request).workspace.deletions())


@router.get("/audit")
def audit_page(request: Request):
    who = caller(request)
    return render(request, "audit.html", who=who, events=_console(request).audit.events())


@router.get("/audit.csv")
def audit_csv(request: Request):
    caller(request)
    return Response(_console(request).audit.to_csv(), media_type="text/csv; charset=utf-8",
                    headers={**HEADERS, "Content-Disposition": 'attachment; filename="audit.csv"'})
