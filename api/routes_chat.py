"""Citizens' routes: one answer (`/api/ask`), the streamed chat (`/api/chat`) and feedback."""
from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, model_validator
from starlette.concurrency import run_in_threadpool

from assistant.answer import Answer
from assistant.feedback import REASONS

from .answering import answer_question
from .errors import APIError, error_body
from .sse import deltas, event

log = logging.getLogger("ward.api")
router = APIRouter(tags=["citizens"])


# A citizen's message is as long as a question may be; the assistant's own answers run longer (a
# steps answer quotes every step: up to ~7,000 characters), and a caller sends them back as they came.
QUESTION_CHARS = 4000
ANSWER_CHARS = 16000


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=ANSWER_CHARS)

    @model_validator(mode="after")
    def _a_citizen_turn_is_a_question(self) -> "Turn":
        if self.role == "user" and len(self.content) > QUESTION_CHARS:
            raise ValueError(f"a user turn is at most {QUESTION_CHARS} characters")
        return self


class AskRequest(BaseModel):
    question: str = Field(..., max_length=QUESTION_CHARS)
    history: list[Turn] = Field(default_factory=list, max_length=20)


class ChatRequest(BaseModel):
    question: str = Field(..., max_length=QUESTION_CHARS)
    conversation_id: str | None = Field(None, max_length=64, description="From the previous `done` event; omit to start.")


class FeedbackRequest(BaseModel):
    helpful: bool
    reason: Literal[REASONS] | Literal[""] = ""  # type: ignore[valid-type]
    comment: str = Field("", max_length=2000)
    conversation_id: str | None = Field(None, max_length=64)
    message_id: str | None = Field(None, max_length=64, description="From the `done` event of the answer rated.")
    question: str = Field("", max_length=1000, description="Needed only when there is no message_id.")
    answer: str = Field("", max_length=8000)


@router.post("/api/ask", response_model=Answer)
def ask(body: AskRequest, request: Request) -> Answer:
    """One answer, as docs/contracts.md fixes it; the caller keeps the history."""
    return answer_question(request.app.state, body.question, [t.model_dump() for t in body.history])


@router.post(
    "/api/chat",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}},
                     "description": "Events: status, delta {text}, citations, procedure, done (or error)."}},
)
async def chat(body: ChatRequest, request: Request) -> StreamingResponse:
    """The same answer as `/api/ask`, streamed as server-sent events, with the history kept here."""
    state = request.app.state
    conversation = state.conversations.get_or_create(body.conversation_id)
    history = conversation.history()

    async def stream():
        yield event("status", {"conversation_id": conversation.id, "status": "thinking"})
        try:
            answer = await run_in_threadpool(answer_question, state, body.question, history)
        except Exception:
            log.exception("chat failed")
            yield event("error", error_body("internal_error", "Something went wrong; the error was logged."))
            yield event("done", {"conversation_id": conversation.id, "message_id": None, "status": "error"})
            return
        exchange = state.conversations.record(conversation.id, body.question, answer)
        yield event("status", {"conversation_id": conversation.id, "status": answer.status,
                               "language": answer.language, "options": answer.options})
        for piece in deltas(answer.answer):
            yield event("delta", {"text": piece})
        yield event("citations", {"citations": [c.model_dump() for c in answer.citations]})
        yield event("procedure", {"procedure": answer.procedure})
        yield event("done", {"conversation_id": conversation.id, "message_id": exchange.id, "status": answer.status})

    # no-cache and X-Accel-Buffering keep proxies (nginx) from holding the stream back.
    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.post("/api/feedback", status_code=201)
def feedback(body: FeedbackRequest, request: Request) -> dict:
    """Helpful or not: stored with the question and answer it rates (masked)."""
    state = request.app.state
    exchange = state.conversations.find(body.conversation_id, body.message_id)
    if exchange is not None:
        question, answer, status, procedure_id = exchange.question, exchange.answer, exchange.status, exchange.procedure_id
    elif body.question.strip():
        question, answer, status, procedure_id = body.question, body.answer, "", ""
    else:
        raise APIError(422, "invalid_request", "Give the message_id of a recent answer, or the question rated.")
    feedback_id = state.feedback.add(
        helpful=body.helpful, question=question, answer=answer, status=status, procedure_id=procedure_id,
        reason=body.reason, comment=body.comment, conversation_id=body.conversation_id or "",
    )
    return {"id": feedback_id, "stored": True}
