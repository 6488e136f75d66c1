"""The answer object every surface returns (docs/contracts.md: `POST /api/ask`)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

# The closed set of outcomes. `reason` says why, for staff; citizens see only the wording.
Status = Literal["answered", "clarification", "out_of_scope", "not_found", "error"]


class Citation(BaseModel):
    title: str
    section: str
    url: str | None = None
    source: str
    quote: str


class Answer(BaseModel):
    status: Status
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    procedure: dict | None = None
    language: Literal["vi", "en"] = "vi"
    reason: str = Field("", description="internal reason, e.g. guardrails_injection, unverified_number")
    options: list[str] = Field(default_factory=list, description="choices offered by a clarification")
    rewritten_question: str | None = None
    retrieved: list[str] = Field(default_factory=list, description="candidate procedure ids, best first")
    timings_ms: dict[str, float] = Field(default_factory=dict)
