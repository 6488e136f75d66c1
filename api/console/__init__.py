"""The staff console at `/admin` (issue 12): sign-in, drafts, diff, test gate, publish, rollback,
the inbox of questions to fix and the audit log. Server-rendered Jinja2 pages, Vietnamese first.

    auth.py      staff accounts (Argon2id), sessions, CSRF tokens, lock-out
    audit.py     the append-only audit log and its CSV export
    gate.py      the golden questions on the draft against the live index
    inbox.py     questions to fix: not found, refused, thumbs-down
    texts.py     every label of the console, in Vietnamese and English
    routes.py    install(app, services); overview, inbox, procedure and audit pages
    routes_auth.py, routes_draft.py, routes_release.py   sign-in; the draft and diff; gate, publish, versions
    web.py       who is asking, the CSRF check, rendering; state.py: what app.state.console holds

`api/` does not import `ingest/` or `evals/`: `cli/server.py` builds :class:`ConsoleServices` with the
draft workspace and versions (ingest) and the golden pass rule (evals); `routes.install(app, services)`
puts the console on the app.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


@dataclass
class ConsoleServices:
    """What the console needs from outside `api/`.

    `workspace`: the draft workspace (`ingest.drafts.DraftWorkspace`); `versions`: publishing and
    rollback (`ingest.versions.Versions`); `passes(case, answer) -> bool`:
    the golden-set pass rule; `golden_sets`: the shipped golden sets the gate re-runs (the ward's own
    set is added from the data folder)."""
    workspace: Any
    versions: Any
    passes: Callable[[dict, Any], bool]
    golden_sets: list[Path] = field(default_factory=list)
