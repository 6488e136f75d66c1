"""The draft: upload files (bounded in number and size, names made safe), see each file's status, text,
sections and chunks, correct a field, remove a file, mark a procedure deleted, and the diff."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from assistant.documents import SECTION_TITLES

from ..errors import APIError
from ..routes_admin import safe_name
from .web import Refused, audit, back, caller, console_of, form_post, render

router = APIRouter(prefix="/admin", include_in_schema=False)
MAX_FILES_PER_UPLOAD = 20


@router.get("/draft")
def draft(request: Request):
    who, console = caller(request), console_of(request)
    return render(request, "draft.html", who=who, files=console.workspace.files(),
                  deletions=console.workspace.deletions(), refused=request.query_params.getlist("refused"))


@router.post("/draft/upload")
async def upload(request: Request):
    who, form = await form_post(request)
    workspace = console_of(request).workspace
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
    return back("/admin/draft", **({"refused": "; ".join(refused)} if refused else {}))


@router.get("/draft/file")
def draft_file(request: Request, name: str):
    who, console = caller(request), console_of(request)
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
        await run_in_threadpool(console_of(request).workspace.correct, name, procedure_id, field, value, who.staff.name)
    except ValueError as exc:
        raise APIError(422, "invalid_request", str(exc)) from exc
    audit(request, who.staff.name, "correction", f"{name} / {procedure_id} / {field}", value[:500])
    return back("/admin/draft/file", name=name)


@router.post("/draft/remove")
async def remove(request: Request):
    who, form = await form_post(request)
    name = str(form.get("name", ""))
    if name in console_of(request).workspace.file_names():
        console_of(request).workspace.remove_file(name)
        audit(request, who.staff.name, "draft_file_removed", name)
    return back("/admin/draft")


@router.post("/draft/delete-procedure")
async def delete_procedure(request: Request):
    who, form = await form_post(request)
    procedure_id, undo = str(form.get("procedure_id", "")), form.get("undo") == "1"
    try:
        console_of(request).workspace.mark_deleted(procedure_id, who.staff.name, deleted=not undo)
    except ValueError as exc:
        raise APIError(404, "not_found", str(exc)) from exc
    audit(request, who.staff.name, "procedure_restored" if undo else "procedure_deleted", procedure_id)
    return back("/admin/diff")


@router.get("/diff")
def diff(request: Request):
    who, console = caller(request), console_of(request)
    return render(request, "diff.html", who=who, changes=console.workspace.diff())
