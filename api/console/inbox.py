"""Questions to fix: what citizens asked that got `not_found`, a refusal, or a thumbs-down, grouped by
procedure (or, without one, by the reason), with personal data masked again on display (rows stored
before masking improved are shown masked too). Staff mark items handled, add them to the ward's
own golden set, or open the procedure."""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.text import fold, mask_personal_data, normalize_amounts

from .db import console_db_path, open_db

SCHEMA = "CREATE TABLE IF NOT EXISTS inbox_handled (key TEXT PRIMARY KEY, by TEXT, at REAL);"
LIMIT = 500


@dataclass
class Item:
    key: str  # "u<id>" (unanswered log) or "f<id>" (feedback)
    kind: str  # not_found | refused | not_helpful
    at: float
    question: str
    reason: str
    comment: str
    procedure_id: str


@dataclass
class Group:
    topic: str  # a procedure id, or "reason:<reason>"
    title: str
    items: list[Item]


class Inbox:
    def __init__(self, path: Path, unanswered, feedback) -> None:
        self._db = open_db(path, SCHEMA)
        self._lock = threading.Lock()
        self.unanswered = unanswered
        self.feedback = feedback

    @classmethod
    def for_data_dir(cls, data_dir: Path, unanswered, feedback) -> "Inbox":
        return cls(console_db_path(data_dir), unanswered, feedback)

    def items(self, include_handled: bool = False) -> list[Item]:
        items = [Item(f"u{row['id']}", "refused" if row["status"] == "out_of_scope" else "not_found", row["at"],
                      row["question"], row["reason"] or "", "", "") for row in self.unanswered.recent(LIMIT)]
        items += [Item(f"f{f.id}", "not_helpful", f.created_at, f.question, f.reason, f.comment, f.procedure_id)
                  for f in self.feedback.list(helpful=False, limit=LIMIT)]
        handled = self.handled()
        for item in items:
            item.question, item.comment = mask_personal_data(item.question), mask_personal_data(item.comment)
        return sorted((i for i in items if include_handled or i.key not in handled), key=lambda i: -i.at)

    def groups(self, titles: dict[str, str]) -> list[Group]:
        """Items by procedure (its title from `titles`), then by reason; the biggest groups first."""
        grouped: dict[str, Group] = {}
        for item in self.items():
            topic = item.procedure_id or f"reason:{item.kind}"
            title = titles.get(item.procedure_id, item.procedure_id) if item.procedure_id else ""
            grouped.setdefault(topic, Group(topic, title, [])).items.append(item)
        return sorted(grouped.values(), key=lambda g: (-len(g.items), g.topic))

    def find(self, key: str) -> Item | None:
        return next((i for i in self.items(include_handled=True) if i.key == key), None)

    def mark_handled(self, key: str, by: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO inbox_handled VALUES (?, ?, ?)", (key, by, time.time()))
            self._db.commit()

    def handled(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT key FROM inbox_handled")}


class WardGoldenSet:
    """The ward's own golden questions (docs/contracts.md format), in `WARD_DATA_DIR/console/golden.jsonl`;
    the test gate runs them with the shipped set."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "WardGoldenSet":
        return cls(data_dir / "console" / "golden.jsonl")

    def add(self, question: str, procedure: str, facts: list[str]) -> dict:
        """Append a case. Staff type words, not regular expressions: each fact is stored in the pass
        rule's comparable form (folded, 20.000 → 20000) and escaped, so it matches literally."""
        question = mask_personal_data(question).strip()
        if not question:
            raise ValueError("the question is empty")
        with self._lock:
            number = len(self.cases()) + 1
            case = {"id": f"ward-{number:03d}", "question": question, "history": [], "tags": ["ward"],
                    "expect": {"procedure": [procedure] if procedure.strip() else [],
                               "facts": [[re.escape(fold(normalize_amounts(f.strip())))] for f in facts if f.strip()], "refuse": False}}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(case, ensure_ascii=False) + "\n")
        return case

    def cases(self) -> list[dict]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]
