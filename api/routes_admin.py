"""Staff routes (issue 4): upload documents into the index, and see its state and what citizens
could not get answered. Off unless `WARD_ADMIN_TOKEN` is set; see :func:`api.security.require_admin`.

The upload route calls the `ingest_files(settings, paths)` function given to `create_app`: `api/`
does not import `ingest/`, `cli/server.py` wires them together.
"""
from __future__ import annotations

import dataclasses
import os
import re
import secrets
from pathlib import Path

from fastapi import APIRouter, Depends, File, Request, UploadFile
from starlette.concurrency import run_in_threadpool

from assistant.status import index_status

from .errors import APIError
from .security import require_admin

router = APIRouter(prefix="/api/admin", tags=["admin"], dependencies=[Depends(require_admin)])
COPY_CHUNK = 1 << 20
RECENT = 20


def safe_name(filename: str | None) -> str:
    """A file name that cannot leave the staging folder or hide itself."""
    name = Path((filename or "").replace("\\", "/")).name
    name = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).lstrip(".")
    if not name:
        raise APIError(422, "invalid_request", "Every uploaded file needs a name.")
    return name[:150]


async def _save(upload: UploadFile, folder: Path, budget: int) -> tuple[Path, int]:
    """Write one upload atomically (temp file, then rename); refuse it once over the budget."""
    target = folder / safe_name(upload.filename)
    partial = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    size = 0
    try:
        with partial.open("wb") as out:
            while chunk := await upload.read(COPY_CHUNK):
                size += len(chunk)
                if size > budget:
                    raise APIError(413, "too_large", "The upload is over the WARD_MAX_UPLOAD_MB limit.")
                out.write(chunk)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target, size


@router.post("/ingest")
async def ingest(request: Request, files: list[UploadFile] = File(..., description="PDF, DOCX, HTML, Markdown or portal records")) -> dict:
    """Stage the uploaded files under `WARD_DATA_DIR/uploads` and refresh the index from them.

    A file uploaded again under the same name replaces its earlier version, so re-uploading an edited
    document updates its procedures rather than clashing with them.
    """
    state = request.app.state
    if state.ingest_files is None:
        raise APIError(501, "not_configured", "This server was started without an ingest function.")
    settings = state.settings
    folder = settings.uploads_dir
    folder.mkdir(parents=True, exist_ok=True)
    budget = int(settings.max_upload_mb * 1_000_000)
    paths = []
    for upload in files:
        path, size = await _save(upload, folder, budget)
        budget -= size
        paths.append(path)
    report = await run_in_threadpool(state.ingest_files, settings, paths)
    return {
        "summary": report.summary(),
        "failed": report.failed,
        "version": report.version,
        "files": [p.name for p in paths],
        "changes": [dataclasses.asdict(c) for c in report.changes],
    }


@router.get("/status")
def status(request: Request) -> dict:
    """The index, feedback counts, and the latest unanswered and not-helpful questions."""
    state = request.app.state
    unhelpful = state.feedback.list(helpful=False, limit=RECENT)
    everything = state.feedback.list(limit=1_000_000)
    helpful = sum(f.helpful for f in everything)
    return {
        "index": index_status(state.settings),
        "feedback": {"total": len(everything), "helpful": helpful, "not_helpful": len(everything) - helpful},
        "unanswered_total": state.unanswered.count(),
        "recent_not_found": state.unanswered.recent(RECENT, status="not_found"),
        "recent_not_helpful": [
            {"at": f.created_at, "question": f.question, "reason": f.reason, "comment": f.comment,
             "status": f.status, "procedure_id": f.procedure_id}
            for f in unhelpful
        ],
    }
