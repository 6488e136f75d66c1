"""The one place the API asks the assistant: run the pipeline, log what happened (masked), and keep
unanswered questions for staff. Both `/api/ask` and `/api/chat` go through :func:`answer_question`."""
from __future__ import annotations

import logging

from assistant.answer import Answer
from assistant.text import mask_personal_data

log = logging.getLogger("ward.api")


def answer_question(state, question: str, history: list[dict]) -> Answer:
    answer = state.assistant.ask(question, history)
    log.info(
        "answered status=%s reason=%s total_ms=%s question=%r",
        answer.status, answer.reason, answer.timings_ms.get("total"), mask_personal_data(question)[:200],
    )
    if answer.status == "not_found":
        try:
            state.unanswered.add(question, answer.reason)
        except Exception:  # the citizen's answer matters more than the staff's list
            log.exception("could not record an unanswered question")
    return answer
