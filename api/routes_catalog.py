"""Browsing: the procedure cards and the ward's public profile (the widget's desk hand-off)."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request

from assistant.text import fold

from .errors import APIError

router = APIRouter(tags=["procedures"])


@router.get("/api/procedures")
def procedures(request: Request, q: str = Query("", max_length=200, description="Words the name must contain."),
               field: str = Query("", max_length=100)) -> dict:
    """Every indexed procedure and guide, by field then name; `q` filters without regard to accents."""
    snapshot = request.app.state.assistant.index.current()
    wanted = fold(q).split()
    items = []
    for procedure in snapshot.procedures.values():
        haystack = fold(" ".join([procedure.title, procedure.name, *procedure.aliases]))
        if wanted and not all(w in haystack for w in wanted):
            continue
        if field and fold(field) != fold(procedure.field):
            continue
        items.append({"id": procedure.id, "title": procedure.title, "short_title": procedure.name,
                      "field": procedure.field, "kind": procedure.kind, "code": procedure.code})
    items.sort(key=lambda p: (p["kind"] != "procedure", fold(p["field"]), fold(p["short_title"])))
    return {"count": len(items), "procedures": items}


@router.get("/api/procedures/{procedure_id}")
def procedure(procedure_id: str, request: Request) -> dict:
    """One procedure card: papers, fee, time limit, where, channels, online link, legal basis."""
    found = request.app.state.assistant.index.current().procedures.get(procedure_id)
    if found is None:
        raise APIError(404, "not_found", f"No procedure with id {procedure_id!r}.")
    return found.card()


@router.get("/api/ward")
def ward(request: Request) -> dict:
    """The ward's public profile; values not yet verified are null."""
    return request.app.state.assistant.profile.public()
