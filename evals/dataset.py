"""Reading golden sets liberally: held-out sets written by other people must run unchanged.

The format of docs/contracts.md is the contract, but a set typed by hand may leave out `history`, `tags` or
parts of `expect`, write `null` for them, give `procedure` as one string or `facts` as a flat list of
strings, or omit `id`. Each of those has one obvious meaning, so it is read that way instead of
failing the whole run. Anything else (no question, a line that is not JSON) is an error naming the
line, because guessing there would change what the case tests.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .golden import Case


def normalise_case(raw: dict, number: int) -> dict:
    """One raw JSON object as the strict :class:`Case` model expects it."""
    if not isinstance(raw, dict):
        raise ValueError("a case must be a JSON object")
    question = raw.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError("a case needs a non-empty `question`")
    expect = raw.get("expect") or {}
    procedure = expect.get("procedure") or []
    if isinstance(procedure, str):
        procedure = [procedure]
    facts = expect.get("facts") or []
    if isinstance(facts, str):
        facts = [[facts]]
    # A flat list of strings is a list of single-alternative groups: every one must be found.
    facts = [[group] if isinstance(group, str) else list(group) for group in facts]
    tags = raw.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    return {
        "id": str(raw.get("id") or f"line-{number}"),
        "question": question,
        "history": [turn for turn in (raw.get("history") or []) if isinstance(turn, dict)],
        "tags": [str(t) for t in tags],
        "expect": {"procedure": [str(p) for p in procedure], "facts": facts, "refuse": bool(expect.get("refuse", False))},
    }


def read_cases(path: Path) -> list[Case]:
    """The cases of a golden set (JSONL), read liberally; duplicate ids get a suffix so none is lost."""
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            case = Case.model_validate(normalise_case(json.loads(line), number))
        except ValueError as exc:  # json.JSONDecodeError and pydantic's ValidationError are ValueErrors
            raise ValueError(f"{path}:{number}: not a golden case: {exc}") from exc
        if case.id in seen:
            seen[case.id] += 1
            case.id = f"{case.id}#{seen[case.id]}"
        else:
            seen[case.id] = 1
        cases.append(case)
    return cases


def file_digest(path: Path) -> str:
    """sha256 of the dataset file, recorded in config.json so a run names exactly what it measured."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def split_of(case_id: str) -> str:
    """The fixed half a case belongs to: "tune" (look at it while changing code) or "test" (never
    look; report it). Decided by the case's id alone, so adding cases never moves old ones."""
    return "test" if hashlib.sha256(case_id.encode("utf-8")).digest()[0] % 2 else "tune"
