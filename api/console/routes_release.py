"""The test gate, publishing (an approver may override a regression, with a reason) and versions with
rollback. Publishing and rollback return once the running assistant answers from the new version."""
from __future__ import annotations

import time

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from assistant.index import IndexHandle
from assistant.pipeline import Assistant

from ..errors import APIError
from .gate import load_cases
from .state import ConsoleState
from .web import Refused, audit, back, caller, console_of, form_post, render

router = APIRouter(prefix="/admin", include_in_schema=False)
# How long a publish or rollback waits for the running assistant to answer from the new version.
SWAP_WAIT_SECONDS = 60


def _wait_until_serving(assistant: Assistant, version: str) -> bool:
    """Publishing is done when the running assistant answers from the new version, not before."""
    deadline = time.monotonic() + SWAP_WAIT_SECONDS
    while time.monotonic() < deadline:
        if assistant.index.current().version == version:
            return True
        time.sleep(0.05)
    return False


@router.get("/gate")
def gate_page(request: Request):
    who, console = caller(request), console_of(request)
    run = console.gate.latest()
    job = console.gate_runner.job
    running = console.gate_runner.running()
    # Not recomputed every two seconds while a run competes for the index: the result shows after it.
    current = "" if running else console.versions.draft_fingerprint()
    error = request.query_params.get("error", "") or (job.error if job is not None and job.finished else "")
    return render(request, "gate.html", who=who, run=run, current=run is not None and run.fingerprint == current,
                  empty=console.workspace.is_empty(), error=error, running=running)


@router.post("/gate/run")
async def run_gate(request: Request):
    """Starts the run and shows its progress on the gate's page; a script (the admin token) gets
    the answer when the run is over, as it always did."""
    who, _ = await form_post(request)
    console = console_of(request)
    if console.workspace.is_empty():
        return back("/admin/gate", error="empty")
    by = who.staff.name
    job = console.gate_runner.start(by, lambda progress: _run_gate(request, console, by, progress))
    if job is None:
        if who.via_token:
            raise APIError(409, "gate_running", "A test gate run is already going; try again when it is over.")
        return back("/admin/gate")  # a run is already going: its page shows how far
    if who.via_token:
        await run_in_threadpool(job.thread.join)
        if job.error:
            raise APIError(500, "gate_failed", f"The test gate did not finish: {job.error}")
    return back("/admin/gate")


def _run_gate(request: Request, console: ConsoleState, by: str, progress) -> None:
    live = request.app.state.assistant
    _, mark = console.versions.build_draft()
    draft = Assistant(live.settings, embedder=live.embedder, index=IndexHandle(console.versions.draft_store),
                      profile=live.profile)
    cases = load_cases(console.services.golden_sets) + console.golden.cases()
    run = console.gate.run(cases, live, draft, mark, by, progress)
    audit(request, by, "gate_run", f"gate #{run.id}",
          f"{run.total} questions, {len(run.changes)} changed, {len(run.regressions)} regressions")


@router.post("/publish")
async def publish(request: Request):
    who, form = await form_post(request)
    console = console_of(request)
    if console.gate_runner.running() is not None:
        return back("/admin/gate", error="busy")  # publishing would pull the draft from under the run
    run = console.gate.latest()
    if run is None or run.fingerprint != console.versions.draft_fingerprint():
        return back("/admin/gate", error="stale")
    reason = str(form.get("reason", "")).strip()
    if run.blocked:
        if not who.staff.can_override:
            audit(request, who.staff.name, "override_refused", f"gate #{run.id}", f"role {who.staff.role}")
            raise Refused("override_role")
        if not reason:
            return back("/admin/gate", error="reason")
        audit(request, who.staff.name, "override", f"gate #{run.id}",
              f"{len(run.regressions)} regressions; reason: {reason}")
    try:
        version = await run_in_threadpool(console.versions.publish, who.staff.name, run.fingerprint, reason)
    except Exception as exc:  # PublishError, RefreshInProgress: shown, not a 500
        return back("/admin/gate", error=str(exc)[:200])
    audit(request, who.staff.name, "publish", version.name, version.summary + "; " +
          ", ".join(f"{c['action']} {c['procedure_id']}" for c in version.changes)[:1500])
    await run_in_threadpool(_wait_until_serving, request.app.state.assistant, version.name)
    return back("/admin/versions")


@router.get("/versions")
def versions(request: Request):
    who = caller(request)
    return render(request, "versions.html", who=who, versions=console_of(request).versions.list(),
                  error=request.query_params.get("error", ""))


@router.post("/versions/rollback")
async def rollback(request: Request):
    who, form = await form_post(request)
    name = str(form.get("name", ""))
    if console_of(request).gate_runner.running() is not None:
        return back("/admin/versions", error="A test gate run is going: roll back when it is over.")
    try:
        version = await run_in_threadpool(console_of(request).versions.rollback, name)
    except Exception as exc:
        return back("/admin/versions", error=str(exc)[:200])
    audit(request, who.staff.name, "rollback", version.name, version.summary or version.note)
    await run_in_threadpool(_wait_until_serving, request.app.state.assistant, version.name)
    return back("/admin/versions")
