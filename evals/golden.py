"""Golden cases (docs/contracts.md format) and the pass rule every evaluator agrees on.

Strings are compared after lowercasing, removing Vietnamese diacritics (đ → d) and thousands
separators (2.000 → 2000). A case passes when:
- `refuse: true`: the status is not `answered`;
- otherwise the status is `answered`, some citation title contains one of `procedure` (if given),
  and every `facts` group has one regex alternative found in the answer.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.text import fold, normalize_amounts


class Expect(BaseModel):
    procedure: list[str] = Field(default_factory=list)
    facts: list[list[str]] = Field(default_factory=list)
    refuse: bool = False


class Case(BaseModel):
    id: str
    question: str
    history: list[dict] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    expect: Expect = Field(default_factory=Expect)


def load_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(Case.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a golden case: {exc}") from exc
    return cases


def comparable(text: str) -> str:
    return fold(normalize_amounts(text or ""))


def procedure_hit(expect: Expect, titles: list[str]) -> bool:
    if not expect.procedure:
        return True
    folded = [comparable(t) for t in titles]
    return any(comparable(p) in t for p in expect.procedure for t in folded)


def facts_found(expect: Expect, answer: str) -> list[bool]:
    text = comparable(answer)
    return [any(re.search(comparable(alt), text) for alt in group) for group in expect.facts]


def passes(case: Case, status: str, answer: str, citation_titles: list[str]) -> bool:
    if case.expect.refuse:
        return status != "answered"
    return status == "answered" and procedure_hit(case.expect, citation_titles) and all(facts_found(case.expect, answer))


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)
