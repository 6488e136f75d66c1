"""Turn citizens' "not helpful" feedback into draft golden cases for staff to complete.

    python -m evals.feedback_export [--data-dir DIR] [--out drafts.jsonl] [--limit N]

Reads `feedback.sqlite` in `WARD_DATA_DIR` (the API's FeedbackStore; personal data was masked when
it was stored) and writes one golden case (docs/contracts.md) per distinct question, tagged `from-feedback`
(and `feedback-<reason>`), with `expect` left empty: deciding the right procedure and facts is
staff's job. What the citizen saw goes in a `draft` field, which golden-set readers ignore, so a
completed file runs through `ward-assistant eval` as it is. Cases already in `--out` keep their
place (and staff's edits); only new questions are appended.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.feedback import FeedbackStore
from assistant.settings import get_settings
from assistant.text import fold

from .golden import dump


def draft_cases(store: FeedbackStore, limit: int = 1000) -> list[dict]:
    """Draft cases from "not helpful" feedback, oldest first, one per distinct (folded) question."""
    drafts, seen = [], set()
    for item in sorted(store.list(helpful=False, limit=limit), key=lambda f: f.id):
        key = " ".join(fold(item.question).split())
        if not key or key in seen:
            continue
        seen.add(key)
        tags = ["from-feedback"] + ([f"feedback-{item.reason}"] if item.reason else [])
        drafts.append({
            "id": f"fb-{item.id:05d}",
            "question": item.question,
            "history": [],
            "tags": tags,
            "expect": {"procedure": [], "facts": [], "refuse": False},
            "draft": {
                "status": item.status,
                "answer": item.answer,
                "procedure_id": item.procedure_id,
                "reason": item.reason,
                "comment": item.comment,
                "created_at": item.created_at,
                "todo": "set expect.procedure (folded title substrings) and expect.facts, or refuse: true",
            },
        })
    return drafts


def export(data_dir: Path, out: Path, limit: int = 1000) -> tuple[int, int]:
    """Append new drafts to `out`; returns (new cases written, cases already there)."""
    existing = []
    if out.exists():
        existing = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    known_ids = {c.get("id") for c in existing}
    known_questions = {" ".join(fold(c.get("question", "")).split()) for c in existing}
    store = FeedbackStore.for_data_dir(data_dir)
    try:
        new = [d for d in draft_cases(store, limit)
               if d["id"] not in known_ids and " ".join(fold(d["question"]).split()) not in known_questions]
    finally:
        store.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        for case in new:
            handle.write(dump(case) + "\n")
    return len(new), len(existing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="WARD_DATA_DIR holding feedback.sqlite")
    parser.add_argument("--out", type=Path, default=Path("evals/drafts/from-feedback.jsonl"))
    parser.add_argument("--limit", type=int, default=1000, help="at most this many feedback items")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or get_settings().data_dir
    if not (data_dir / "feedback.sqlite").exists():
        print(f"no feedback store at {data_dir / 'feedback.sqlite'}", file=sys.stderr)
        return 1
    written, kept = export(data_dir, args.out, args.limit)
    print(f"{written} new draft cases written to {args.out} ({kept} already there); complete their `expect` before use")
    return 0


if __name__ == "__main__":
    sys.exit(main())
